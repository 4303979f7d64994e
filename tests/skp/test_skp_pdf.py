"""The printed SKP: headings, rows, NIP spacing, both layouts, A4/F4, long content, bulk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.reports import pdf_common as pc
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError

from skp_helpers import Fresh, rhk_input, supervisor_rhk


def _text(path: Path | io.BytesIO) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def _flat(s: str) -> str:
    return " ".join(s.split())


def test_non_jpt_skp_pdf_has_official_headings_and_rows(demo_ctx: AppContext, fresh: Fresh, tmp_path: Path) -> None:
    parent = supervisor_rhk(demo_ctx, fresh.skp_id)
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Terselesaikannya pengarsipan surat kecamatan", parent=parent))
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Anggota tim penyusun profil kecamatan", jenis="tambahan", n=1))
    S.update_perilaku(demo_ctx, fresh.skp_id, {"kompeten": "Mengikuti pelatihan arsip digital"})
    S.update_lampiran(demo_ctx, fresh.skp_id, "Komputer dan printer", "Laporan bulanan kepada Kasubbag",
                      "Teguran lisan")
    out = tmp_path / "skp.pdf"
    S.render_skp_pdf(demo_ctx, fresh.skp_id, out)
    d = S.get_skp(demo_ctx, fresh.skp_id)
    pages = _text(out)
    allt = _flat("\n".join(pages))
    first = _flat(pages[0])
    for heading in ("SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                    "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
                    "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026", "PEGAWAI YANG DINILAI",
                    "PEJABAT PENILAI KINERJA", "HASIL KERJA", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                    "INDIKATOR KINERJA INDIVIDU", "ASPEK", "TARGET", "A. UTAMA", "B. TAMBAHAN"):
        assert heading in first, heading
    assert "PEMERINTAH KOTA KUPANG" in first
    assert format_nip(d.pegawai.nip) in first and " " in format_nip(d.pegawai.nip)
    assert d.penilai.nama in first and d.pegawai.jabatan in first
    assert "Terselesaikannya pengarsipan surat kecamatan" in allt
    assert d.rhk[0].rhk_atasan_teks.split()[0] in allt
    assert "Jumlah surat yang diarsipkan" in allt and "600 surat" in allt and "1 – 2 hari kerja" in allt
    assert "Kuantitas" in allt and "Kualitas" in allt and "Waktu" in allt
    for value in ("PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "Berorientasi Pelayanan", "Akuntabel",
                  "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif", "Membantu orang lain belajar",
                  "Mengikuti pelatihan arsip digital"):
        assert value in allt, value
    last = _flat(pages[-1])
    for value in ("LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA", "Komputer dan printer",
                  "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI", "Teguran lisan", "Pegawai yang Dinilai",
                  "Pejabat Penilai Kinerja"):
        assert value in last, value
    assert "Kupang," in allt and "DRAFT" in allt  # draft mark until approved
    assert f"Halaman 1 dari {len(pages)}" in first


def test_jpt_layout_with_perspektif_on_f4(demo_ctx: AppContext) -> None:
    camat = S.leaders(demo_ctx, 2026)[0].pegawai_id
    sid = S.current_skp_id(demo_ctx, camat, 2026)
    buf = io.BytesIO()
    S.render_skp_pdf(demo_ctx, sid, buf, ukuran="F4")
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330
    first = _flat(reader.pages[0].extract_text())
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in first
    assert "PERSPEKTIF" in first and "Penerima Layanan" in first and "Penugasan dari:" in first
    assert "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI" not in first
    assert "BAGI PEJABAT ADMINISTRASI" not in first
    assert "Sekretaris Daerah Kota Kupang" in first  # the Camat's penilai, stored by value
    assert "DRAFT" not in first  # approved: no mark
    d = S.get_skp(demo_ctx, sid)
    assert d.rhk[0].teks in first


def test_a4_is_default_and_unknown_size_is_refused(demo_ctx: AppContext, fresh: Fresh) -> None:
    buf = io.BytesIO()
    S.render_skp_pdf(demo_ctx, fresh.skp_id, buf)
    box = PdfReader(io.BytesIO(buf.getvalue())).pages[0].mediabox
    assert round(float(box.height) / 72 * 25.4) == 297
    with pytest.raises(ValueError, match="A4 atau F4"):
        S.render_skp_pdf(demo_ctx, fresh.skp_id, io.BytesIO(), ukuran="Letter")


def test_many_rows_split_across_pages_with_repeated_headers(demo_ctx: AppContext, fresh: Fresh) -> None:
    for k in range(22):
        S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(f"RHK nomor {k + 1} tentang layanan administrasi kependudukan"))
    buf = io.BytesIO()
    S.render_skp_pdf(demo_ctx, fresh.skp_id, buf)
    pages = [_flat(t) for t in _text(io.BytesIO(buf.getvalue()))]
    assert len(pages) >= 4
    assert "RHK nomor 22 tentang" in " ".join(pages)
    with_rows = [p for p in pages if "RHK nomor" in p]
    assert len(with_rows) >= 2
    for p in with_rows:
        assert "INDIKATOR KINERJA INDIVIDU" in p  # header row repeated on every page of the table


def test_huge_and_hostile_texts_still_print(demo_ctx: AppContext, fresh: Fresh) -> None:
    long = "Pelayanan administrasi terpadu kecamatan " * 48  # ~2000 characters
    S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks=long[:2000], rhk_atasan_teks=long[:2000], indikator=[
        S.IndikatorInput(teks=long[:2000], target_min=1, satuan="dokumen") for _ in range(12)]))
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Tanda <b>tebal</b> & kutip “x” ≤ 5 ✓ ĝ 中"))
    buf = io.BytesIO()
    S.render_skp_pdf(demo_ctx, fresh.skp_id, buf)
    text = _flat(" ".join(_text(io.BytesIO(buf.getvalue()))))
    assert "Tanda <b>tebal</b> & kutip" in text and "<= 5" in text


def test_pdf_text_keeps_indonesian_and_replaces_the_rest() -> None:
    assert pc.pdf_text("Pelayanan – “PATEN” é") == "Pelayanan – “PATEN” é"
    assert pc.pdf_text("≤ 5\x00\tĝ中") == "<= 5 g?"
    assert pc.markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"


def test_bulk_pdf_for_a_unit_and_cancel(demo_ctx: AppContext, tmp_path: Path) -> None:
    rows = [r for r in S.overview(demo_ctx, 2026).rows if r.skp_id][:6]
    res = S.bulk_pdf(demo_ctx, [r.skp_id for r in rows], tmp_path / "cetak", ukuran="F4")
    assert len(res.files) == 6 and res.gagal == []
    assert all(f.exists() and f.read_bytes().startswith(b"%PDF") for f in res.files)
    assert len({f.name for f in res.files}) == 6 and all(f.name.startswith("SKP_2026_") for f in res.files)
    assert not list((tmp_path / "cetak").glob("*.tmp"))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        S.bulk_pdf(demo_ctx, [r.skp_id for r in rows], tmp_path / "batal", progress=Progress(None, cancel))
    assert len(list((tmp_path / "batal").glob("*.pdf"))) < 6
    res = S.bulk_pdf(demo_ctx, [10**9], tmp_path / "x")
    assert res.files == [] and "tidak ditemukan" in res.gagal[0]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ServiceError, match="tidak dapat dibuat"):
        S.bulk_pdf(demo_ctx, [rows[0].skp_id], blocker / "sub")


