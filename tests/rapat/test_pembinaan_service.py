"""Coaching sessions (bimbingan kinerja): who records them, bad input, the two printed forms."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from asn_desktop.db.models import Pegawai
from asn_desktop.domain.enums import Role
from asn_desktop.services import pembinaan
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ValidationError
from test_rapat_service import as_role


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())  # narrow columns wrap: compare words, not lines


def test_penilai_records_coaching_employee_reads_it_and_forms_print(demo_ctx: AppContext, tmp_path: Path) -> None:
    with demo_ctx.read() as s:
        staff = s.scalars(select(Pegawai).where(Pegawai.atasan_id.isnot(None)).order_by(Pegawai.id)).first()
        atasan, pid = staff.atasan_id, staff.id
    boss = as_role(demo_ctx, Role.PENILAI, atasan)
    assert pid in [k for k, _n, _j in pembinaan.kandidat_pegawai(boss)]
    b = pembinaan.simpan_bimbingan(boss, pembinaan.BimbinganInput(
        pid, date(2026, 5, 4), "Ketepatan waktu laporan", tempat="Ruang rapat", catatan="Laporan sering terlambat",
        umpan_balik="Susun jadwal kerja mingguan", tindak_lanjut="Dipantau tiap Jumat",
        kompetensi=[{"kompetensi": "Manajemen waktu", "standar": "Level 2", "kondisi": "Level 1",
                     "rekomendasi": "Coaching 4 JP"}, {"kompetensi": "", "standar": ""}]))
    assert b.pembimbing_id == atasan and len(b.kompetensi) == 1 and b.boleh_ubah
    me = as_role(demo_ctx, Role.PEGAWAI, pid)
    mine = pembinaan.daftar_bimbingan(me)
    assert b.id in [x.id for x in mine] and not [x for x in mine if x.id == b.id][0].boleh_ubah
    with pytest.raises(PermissionDenied):
        pembinaan.simpan_bimbingan(me, pembinaan.BimbinganInput(pid, date(2026, 5, 4), "Sendiri"))
    with pytest.raises(ValidationError, match="belum dapat disimpan"):
        pembinaan.simpan_bimbingan(boss, pembinaan.BimbinganInput(pid, date(2026, 5, 4), " ", kompetensi=[
            {"standar": "Level 2"}]), b.id)
    assert pembinaan.get_bimbingan(boss, b.id).topik == "Ketepatan waktu laporan"

    t1 = pdf_text(pembinaan.cetak_umpan_balik(boss, b.id, tmp_path / "ub.pdf"))
    assert "UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA" in t1 and "Susun jadwal kerja mingguan" in t1 and "PEGAWAI YANG DIBIMBING" in t1
    t2 = pdf_text(pembinaan.cetak_evaluasi_kompetensi(boss, b.id, tmp_path / "ek.pdf"))
    assert "EVALUASI KOMPETENSI PEGAWAI" in t2 and "Manajemen waktu" in t2 and "Coaching 4 JP" in t2
    pembinaan.hapus_bimbingan(boss, b.id)
    assert b.id not in [x.id for x in pembinaan.daftar_bimbingan(boss)]


def test_demo_has_one_coaching_session(demo_ctx: AppContext) -> None:
    rows = pembinaan.daftar_bimbingan(demo_ctx)
    assert len(rows) == 1 and rows[0].kompetensi and rows[0].pembimbing_nama
