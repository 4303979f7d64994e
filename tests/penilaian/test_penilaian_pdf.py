"""Dokumen Evaluasi Kinerja Pegawai: content checked through pypdf text extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from penilaian_helpers import Kantor
from pypdf import PdfReader

from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_single_document_content(kantor: Kantor, tmp_path: Path) -> None:
    ctx = kantor.ctx
    pid = kantor.staf[0]
    skp_id = kantor.skp[pid]
    ind = kantor.indikator[skp_id]
    per.set_predikat_organisasi(ctx, kantor.unit_id, kantor.tw1, "baik")
    eid = ev.pastikan_evaluasi(ctx, skp_id, kantor.tw1)
    ev.simpan_realisasi(ctx, eid, [ev.RealisasiInput(ind[0], "Susun laporan", "3 laporan bulanan", 3),
                                   ev.RealisasiInput(ind[1], None, None, 95)])
    ev.set_penilaian(ctx, eid, "di_atas", "sesuai", {ind[0]: "Laporan rapi dan tepat waktu"},
                     {"kolaboratif": "Aktif membantu seksi lain"}, "Diikutkan pelatihan analisis data")
    ev.finalisasi_evaluasi(ctx, eid, "Kupang, 2 April 2026")
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


def test_bulk_one_file_and_per_employee(kantor: Kantor, tmp_path: Path) -> None:
    ctx = kantor.ctx
    ids = []
    for pid in kantor.staf[:4]:
        eid = ev.pastikan_evaluasi(ctx, kantor.skp[pid], kantor.tw1)
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


def test_cancel_and_bad_input(kantor: Kantor, tmp_path: Path) -> None:
    ctx = kantor.ctx
    eid = ev.pastikan_evaluasi(ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    with pytest.raises(ServiceError, match="Tidak ada evaluasi"):
        lap.cetak_dokumen_evaluasi(ctx, [], tmp_path / "x.pdf")
    with pytest.raises(ServiceError, match="Ukuran kertas"):
        lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "x.pdf", ukuran="Letter")
    with pytest.raises(Cancelled):
        lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "x.pdf", progress=Progress(None, lambda: True))
    assert not (tmp_path / "x.pdf").exists()
    from asn_desktop.domain.enums import Role

    with pytest.raises(PermissionDenied):
        lap.cetak_dokumen_evaluasi(kantor.as_role(Role.OPERATOR, None, "op"), [eid], tmp_path / "x.pdf")


def test_demo_camat_document(demo_ctx: AppContext, tmp_path: Path) -> None:
    t = per.get_tahun(demo_ctx, 2026)
    rows = ev.daftar_evaluasi(demo_ctx, t.periodik[0].id)
    camat = next(r for r in rows if r.jabatan.startswith("Camat"))
    out = lap.cetak_dokumen_evaluasi(demo_ctx, [camat.evaluasi_id], tmp_path / "camat.pdf")
    text = _flat(_text(out[0]))
    assert "PERSPEKTIF" in text  # JPT layout
    assert "Sekretaris Daerah Kota Kupang" in text  # his penilai is outside the database
    assert camat.nama in text
