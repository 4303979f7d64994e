"""Dokumen Evaluasi Kinerja Pegawai: content checked through pypdf text extraction."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from penilaian_helpers import Kantor
from pypdf import PdfReader

from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.paths import USER_FILE
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_single_document_content(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    pid = kantor_kecil.staf[0]
    skp_id = kantor_kecil.skp[pid]
    ind = kantor_kecil.indikator[skp_id]
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "baik")
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tw1)
    ev.save_realisasi(ctx, eid, [ev.RealisasiInput(ind[0], "Susun laporan", "3 laporan bulanan", 3),
                                   ev.RealisasiInput(ind[1], None, None, 95)])
    ev.set_penilaian(ctx, eid, "di_atas", "sesuai", {ind[0]: "Laporan rapi dan tepat waktu"},
                     {"kolaboratif": "Aktif membantu seksi lain"}, "Diikutkan pelatihan analisis data")
    ev.finalize_evaluasi(ctx, eid, "Kupang, 2 April 2026")
    out = lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "dok.pdf")
    text = _flat(_text(out[0]))
    for expected in (
        "DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I", "1 JANUARI SD 31 MARET TAHUN 2026",
        "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
        "Staf 01", "19900101 201501 1 010", "Kepala Seksi Uji", "CAPAIAN KINERJA ORGANISASI BAIK",
        "PREDIKAT KINERJA PEGAWAI BAIK", "RATING HASIL KERJA DI ATAS EKSPEKTASI",
        "RATING PERILAKU KERJA SESUAI EKSPEKTASI", "Terlaksananya tugas uji 1", "Jumlah laporan",
        "12 laporan", "3 laporan bulanan", "Laporan rapi dan tepat waktu", "Berorientasi Pelayanan",
        "Kolaboratif", "Aktif membantu seksi lain", "Diikutkan pelatihan analisis data",
        "Kupang, 2 April 2026", "Pegawai yang Dinilai", "A. UTAMA", "B. TAMBAHAN",
    ):
        assert expected in text, expected
    assert "DRAF" not in text
    if os.name == "posix":  # the user's own document, like the SKP PDF: ordinary, not owner-only
        assert stat.S_IMODE(out[0].stat().st_mode) == USER_FILE


def test_bulk_one_file_and_per_employee(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    ids = []
    for pid in kantor_kecil.staf[:4]:
        eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ev.set_penilaian(ctx, eid, "sesuai", "sesuai")
        ids.append(eid)
    seen: list[tuple[int, int]] = []
    out = lap.cetak_dokumen_evaluasi(ctx, ids, tmp_path / "semua.pdf",
                                     progress=Progress(lambda d, t, m: seen.append((d, t)), interval=0))
    reader = PdfReader(out[0])
    assert len(reader.pages) >= 4
    text = _text(out[0])
    for i in range(1, 5):
        assert f"Staf {i:02d}" in text
    assert "DRAF" in text  # not final yet
    assert seen and seen[-1][0] >= seen[-1][1]
    files = lap.cetak_dokumen_evaluasi(ctx, ids, tmp_path / "folder", per_pegawai=True, ukuran="F4")
    assert len(files) == 4 and all(f.parent.name == "folder" for f in files)
    assert "Staf 03" in _text(files[2])
    box = PdfReader(files[0]).pages[0].mediabox
    assert round(float(box.width)) == round(330 / 25.4 * 72)  # F4 landscape


def test_cancel_and_bad_input(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    with pytest.raises(ServiceError, match="Tidak ada evaluasi"):
        lap.cetak_dokumen_evaluasi(ctx, [], tmp_path / "x.pdf")
    with pytest.raises(ServiceError, match="Ukuran kertas"):
        lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "x.pdf", ukuran="Letter")
    with pytest.raises(Cancelled):
        lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "x.pdf", progress=Progress(None, lambda: True))
    assert not (tmp_path / "x.pdf").exists()
    from asn_desktop.domain.enums import Role

    with pytest.raises(PermissionDenied):
        lap.cetak_dokumen_evaluasi(kantor_kecil.as_role(Role.OPERATOR, None, "op"), [eid], tmp_path / "x.pdf")


def test_demo_camat_document(demo_ctx: AppContext, tmp_path: Path) -> None:
    t = per.get_tahun(demo_ctx, 2026)
    rows = ev.list_evaluasi(demo_ctx, t.periodik[0].id)
    camat = next(r for r in rows if r.jabatan.startswith("Camat"))
    out = lap.cetak_dokumen_evaluasi(demo_ctx, [camat.evaluasi_id], tmp_path / "camat.pdf")
    text = _flat(_text(out[0]))
    assert "PERSPEKTIF" in text  # JPT layout
    assert "Sekretaris Daerah Kota Kupang" in text  # his penilai is outside the database
    assert camat.nama in text


def _pages(path: Path) -> list[str]:
    return [_flat(p.extract_text()) for p in PdfReader(path).pages]


def test_realisasi_prints_number_and_description_with_decimal_comma(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    skp_id = kantor_kecil.skp[kantor_kecil.staf[1]]
    ind = kantor_kecil.indikator[skp_id]
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tw1)
    ev.save_realisasi(ctx, eid, [
        ev.RealisasiInput(ind[0], "Susun laporan", "Laporan bulanan kepada Camat", 1150),
        ev.RealisasiInput(ind[1], "Periksa", "Semua laporan diterima tanpa revisi besar", 97.5),
    ])
    text = _flat(_text(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "r.pdf")[0]))
    assert "1.150 laporan Laporan bulanan kepada Camat" in text
    assert "97,5 % Semua laporan diterima tanpa revisi besar" in text
    assert "97.5" not in text


def test_ratings_print_once_after_their_tables_and_signatures_keep_company(kantor_kecil: Kantor,
                                                                          tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[2]], kantor_kecil.tw1)
    ev.set_penilaian(ctx, eid, "di_atas", "sesuai", catatan="Pertahankan")
    pages = _pages(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "x.pdf")[0])
    text = " ".join(pages)
    for label in ("RATING HASIL KERJA", "RATING PERILAKU KERJA", "PREDIKAT KINERJA PEGAWAI"):
        assert text.count(label) == 1, label
    assert text.index("B. TAMBAHAN") < text.index("RATING HASIL KERJA DI ATAS EKSPEKTASI") < text.index("PERILAKU KERJA NO")
    assert text.index("Kolaboratif") < text.index("RATING PERILAKU KERJA SESUAI EKSPEKTASI")
    assert "B. TAMBAHAN - - - - - - - -" in text  # no tambahan RHK: every cell says so
    sig = next(p for p in pages if "Pegawai yang Dinilai" in p)
    assert "CATATAN / REKOMENDASI Pertahankan" in sig  # the signatures never stand alone on a page


def test_jpt_document_has_the_jpt_skp_columns(demo_ctx: AppContext, tmp_path: Path) -> None:
    t = per.get_tahun(demo_ctx, 2026)
    camat = next(r for r in ev.list_evaluasi(demo_ctx, t.periodik[0].id) if r.jabatan.startswith("Camat"))
    text = " ".join(_pages(lap.cetak_dokumen_evaluasi(demo_ctx, [camat.evaluasi_id], tmp_path / "c.pdf")[0]))
    # the JPT SKP's columns in the SKP's order, then what the evaluation adds
    assert ("NO RENCANA HASIL KERJA INDIKATOR KINERJA INDIVIDU TARGET PERSPEKTIF REALISASI BERDASARKAN BUKTI DUKUNG "
            "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG") in text
    assert "Penugasan dari:" in text and "Klasifikasi:" in text
    assert "PIMPINAN YANG DIINTERVENSI" not in text
    assert "B. TAMBAHAN - - - - - -" in text


def test_non_jpt_heading_is_the_skp_heading(kantor_kecil: Kantor, tmp_path: Path) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[3]], kantor_kecil.tw1)
    text = _flat(_text(lap.cetak_dokumen_evaluasi(kantor_kecil.ctx, [eid], tmp_path / "h.pdf")[0]))
    assert "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI" in text
    assert "PIMPINAN YANG DIINTERVENSI" not in text


def test_bulk_footer_names_the_employee_on_every_page(kantor_kecil: Kantor, tmp_path: Path) -> None:
    from asn_desktop.domain.nip import format_nip

    ctx = kantor_kecil.ctx
    ids = []
    for pid in kantor_kecil.staf[:3]:
        eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        # long feedback, so every document runs over several pages
        first = kantor_kecil.indikator[kantor_kecil.skp[pid]][0]
        ev.set_penilaian(ctx, eid, "sesuai", "sesuai", {first: "Umpan balik rinci. " * 150})
        ids.append(eid)
    docs = [lap.dokumen_evaluasi(ctx, e) for e in ids]
    pages = _pages(lap.cetak_dokumen_evaluasi(ctx, ids, tmp_path / "bulk.pdf")[0])
    current = -1
    continuation = 0
    for page in pages:
        if page.startswith("DOKUMEN EVALUASI KINERJA PEGAWAI"):
            current += 1
        else:
            continuation += 1
        d = docs[current]
        assert f"Dokumen Evaluasi Kinerja Pegawai - {d.pegawai.nama} - NIP {format_nip(d.pegawai.nip)}" in page
    assert current == 2 and continuation >= 3


def test_file_names_never_end_in_a_double_dot() -> None:
    from asn_desktop.domain.nama import nama_berkas

    assert nama_berkas("Maria Ndolu, S.H.", ext="pdf") == "Maria_Ndolu_S.H.pdf"
    assert nama_berkas("TRIWULAN I") == "TRIWULAN_I"
    assert nama_berkas("...") == "pegawai"
