"""Piagam Penghargaan: numbering, award history, snapshots for reprints, bulk issue, roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from asn_desktop.db.models import NomorUrut, Pegawai, RiwayatPenghargaan
from asn_desktop.domain.enums import Role
from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.services import penghargaan as ph
from asn_desktop.services import tindak_lanjut as tl
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


def _teks(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def _jumlah_piagam(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(RiwayatPenghargaan)
                        .where(RiwayatPenghargaan.piagam.isnot(None))) or 0


def _as(ctx: AppContext, role: Role) -> AppContext:
    return ctx.as_actor(Actor(99, "uji_" + role.value, role, None, "Uji"))


def test_candidates_get_numbered_certificates_recorded_in_the_award_history(demo_ctx: AppContext,
                                                                          tmp_path: Path) -> None:
    ctx = demo_ctx
    awal = _jumlah_piagam(ctx)
    assert awal == 2 and {p.nomor for p in ph.daftar_piagam(ctx, 2025)} == {"800/1/KEC/2025", "800/2/KEC/2025"}
    rows = tl.daftar_kandidat_penghargaan(ctx, 2026)
    assert len(rows) >= 2
    hasil = ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows[:2], 2026), tmp_path / "piagam.pdf")
    assert [t.nomor for t in hasil.terbit] == ["800/1/KEC/2026", "800/2/KEC/2026"]
    pages = _teks(tmp_path / "piagam.pdf")
    assert len(pages) == 2
    box = PdfReader(tmp_path / "piagam.pdf").pages[0].mediabox
    assert box.width > box.height  # A4 landscape
    first = pages[0]
    for text in ("PIAGAM PENGHARGAAN", "Nomor: 800/1/KEC/2026", rows[0].pegawai.nama, "KECAMATAN MAULAFA",
                 "SANGAT BAIK", "CAMAT", "NIP."):
        assert text in first, text
    assert "tiga periode berturut-turut" in first or "dua periode berturut-turut" in first
    with ctx.read() as s:
        r = s.scalar(select(RiwayatPenghargaan).where(RiwayatPenghargaan.nomor_sk == "800/1/KEC/2026"))
        assert r is not None and r.pegawai_id == rows[0].pegawai.pegawai_id and r.tahun == 2026
        assert r.nama == ph.NAMA_PENGHARGAAN and r.piagam["nomor"] == "800/1/KEC/2026"
    assert _jumlah_piagam(ctx) == awal + 2
    # printing the same list again does not double the awards, and consumes no number
    again = ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows[:2], 2026), tmp_path / "lagi.pdf")
    assert again.terbit == [] and len(again.dilewati) == 2 and again.path is None
    assert "sudah menerima piagam 800/1/KEC/2026" in again.pesan
    nxt = ph.terbitkan_piagam(ctx, [ph.PermintaanPiagam(rows[0].pegawai.pegawai_id, 2026, "Inovasi layanan")],
                              tmp_path / "tiga.pdf")
    assert nxt.terbit[0].nomor == "800/3/KEC/2026"


def test_cancel_or_failed_pdf_issues_nothing_and_numbers_are_not_consumed(demo_ctx: AppContext,
                                                                           tmp_path: Path) -> None:
    ctx = demo_ctx
    rows = tl.daftar_kandidat_penghargaan(ctx, 2026)
    awal = _jumlah_piagam(ctx)
    with pytest.raises(Cancelled):
        ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows, 2026), tmp_path / "batal.pdf",
                            progress=Progress(cancel_flag=lambda: True))
    with pytest.raises(ServiceError):
        ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows, 2026), tmp_path / "tidak_ada" / "x.pdf")
    assert _jumlah_piagam(ctx) == awal
    assert not (tmp_path / "batal.pdf").exists()
    hasil = ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows[:1], 2026), tmp_path / "ok.pdf")
    assert hasil.terbit[0].nomor == "800/1/KEC/2026"


def test_reprint_uses_the_snapshot_not_the_edited_profile(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    rows = tl.daftar_kandidat_penghargaan(ctx, 2026)
    hasil = ph.terbitkan_piagam(ctx, ph.permintaan_dari_kandidat(rows[:1], 2026), tmp_path / "a.pdf")
    pid = rows[0].pegawai.pegawai_id
    with ctx.write("uji") as uow:
        p = uow.session.get(Pegawai, pid)
        p.nama = "Nama Sesudah Diubah"
        p.nama_jabatan = "Jabatan Baru"
    ulang = ph.cetak_ulang_piagam(ctx, [hasil.terbit[0].riwayat_id], tmp_path / "ulang.pdf")
    text = _teks(ulang)[0]
    assert rows[0].pegawai.nama in text and "Nama Sesudah Diubah" not in text and "Jabatan Baru" not in text
    assert "800/1/KEC/2026" in text
    assert [t.nomor for t in ph.daftar_piagam(ctx, 2026)] == ["800/1/KEC/2026"]


def test_number_format_is_editable_validated_and_never_reuses_a_number(demo_ctx: AppContext,
                                                                     tmp_path: Path) -> None:
    ctx = demo_ctx
    for bad in ("800/KEC/{tahun}", "800/{no}/{bulan}", ""):
        with pytest.raises(ValidationError):
            ph.set_format_nomor(ctx, bad)
    ph.set_format_nomor(ctx, "PH-{no}")
    pid = tl.daftar_kandidat_penghargaan(ctx, 2026)[0].pegawai.pegawai_id
    # a number typed by hand into the history earlier is skipped, not issued a second time
    with ctx.write("uji") as uow:
        uow.session.add(RiwayatPenghargaan(pegawai_id=pid, nama="Satyalancana", nomor_sk="PH-1"))
    h1 = ph.terbitkan_piagam(ctx, [ph.PermintaanPiagam(pid, 2026, "Prestasi A")], tmp_path / "1.pdf")
    h2 = ph.terbitkan_piagam(ctx, [ph.PermintaanPiagam(pid, 2027, "Prestasi B")], tmp_path / "2.pdf")
    assert [h1.terbit[0].nomor, h2.terbit[0].nomor] == ["PH-2", "PH-3"]  # no {tahun}: one running sequence
    with ctx.read() as s:
        assert s.scalar(select(NomorUrut.terakhir).where(NomorUrut.jenis == "piagam", NomorUrut.tahun == 0)) == 3
    with pytest.raises(ValidationError):
        ph.terbitkan_piagam(ctx, [ph.PermintaanPiagam(pid, 2026, "  ")], tmp_path / "3.pdf")


def test_operator_prints_certificates_penilai_does_not(demo_ctx: AppContext, tmp_path: Path) -> None:
    op = _as(demo_ctx, Role.OPERATOR)
    rows = tl.daftar_kandidat_penghargaan(op, 2026)  # the printer sees whom to print for
    assert rows
    assert ph.terbitkan_piagam(op, ph.permintaan_dari_kandidat(rows[:1], 2026), tmp_path / "op.pdf").terbit
    pen = _as(demo_ctx, Role.PENILAI)
    with pytest.raises(PermissionDenied):
        ph.terbitkan_piagam(pen, ph.permintaan_dari_kandidat(rows[:1], 2026), tmp_path / "pen.pdf")
    with pytest.raises(PermissionDenied):
        ph.daftar_piagam(pen)


def test_logo_must_be_an_image(demo_ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "logo.txt"
    bad.write_text("bukan gambar")
    with pytest.raises(ValidationError, match="bukan gambar"):
        ph.set_logo(demo_ctx, bad)
    from PIL import Image

    Image.new("RGB", (40, 50), (20, 90, 160)).save(tmp_path / "logo.png")
    ph.set_logo(demo_ctx, tmp_path / "logo.png")
    assert ph.get_logo(demo_ctx).startswith(b"\x89PNG")
    rows = tl.daftar_kandidat_penghargaan(demo_ctx, 2026)
    h = ph.terbitkan_piagam(demo_ctx, ph.permintaan_dari_kandidat(rows[:1], 2026), tmp_path / "logo.pdf")
    assert h.path is not None and h.path.stat().st_size > 0


def test_long_names_and_achievements_shrink_to_fit_one_page(demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.reports import piagam_pdf
    from asn_desktop.reports.pdf_common import mm

    rows = tl.daftar_kandidat_penghargaan(demo_ctx, 2026)
    with pytest.raises(ValidationError, match="paling panjang 300"):
        ph.terbitkan_piagam(demo_ctx, [ph.PermintaanPiagam(rows[0].pegawai.pegawai_id, 2026, "x" * 301)],
                            tmp_path / "a.pdf")
    h = ph.terbitkan_piagam(demo_ctx, [ph.PermintaanPiagam(rows[0].pegawai.pegawai_id, 2026,
                                                           "Inovasi pelayanan " * 16)], tmp_path / "b.pdf")
    d = piagam_pdf.DataPiagam.from_dict(_snapshot(demo_ctx, h.terbit[0].riwayat_id))
    d = piagam_pdf.DataPiagam(**{**d.to_dict(), "nama": "Prof. Dr. Ir. Maria Goreti Yosefina Ndolu-Lobo Fanggidae, "
                                                          "S.E., M.Si., M.A.P., M.Hum."})
    w, hgt = piagam_pdf.ukuran_isi()
    k, _body, tinggi = piagam_pdf.muat(d, w - 16 * mm, hgt)
    assert k < 1 and tinggi <= hgt - 8
    short = piagam_pdf.DataPiagam(**{**d.to_dict(), "nama": "Ana", "prestasi": "Pelayanan prima"})
    assert piagam_pdf.muat(short, w - 16 * mm, hgt)[0] == 1.0
    assert len(PdfReader(h.path).pages) == 1


def _snapshot(ctx: AppContext, riwayat_id: int) -> dict:
    with ctx.read() as s:
        return dict(s.get(RiwayatPenghargaan, riwayat_id).piagam)
