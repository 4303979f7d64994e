"""Importing the registers from real .xlsx files: every rejected value named, nothing half-stored."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from asn_desktop.db.models import Pegawai
from asn_desktop.excel import ExcelError
from asn_desktop.services import layanan
from asn_desktop.services.context import AppContext


def officer(ctx: AppContext) -> tuple[int, str, str]:
    with ctx.read() as s:
        pid, nama, nip = s.execute(select(Pegawai.id, Pegawai.nama, Pegawai.nip)
                                   .where(Pegawai.nip.isnot(None), Pegawai.unit_id.isnot(None))).first()
    return pid, nama, nip


def write(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_service_register_preview_names_every_bad_value(demo_ctx: AppContext, tmp_path: Path) -> None:
    pid, nama, nip = officer(demo_ctx)
    layanan.simpan_standar(demo_ctx, "Surat Pindah Uji", 3, "hari")
    path = write(tmp_path / "register.xlsx", [
        ["REGISTER LAYANAN KECAMATAN"],
        [],
        ["No", "Tanggal Diterima", "Jam Diterima", "Tanggal Selesai", "Jenis Layanan", "Petugas", "Pemohon", "Warna"],
        [1, datetime(2026, 12, 7, 9, 0), None, datetime(2026, 12, 8, 10, 0), "Surat pindah uji", nip, "Ani", "x"],
        [2, "07-12-2026", "10.30", "09-12-2026 11:00", "Surat Pindah Uji", nama, None, None],
        [3, "31-02-2026", None, None, "Surat Pindah Uji", nip, None, None],
        [4, datetime(2026, 12, 7, 9), time(25 % 24, 0), datetime(2026, 12, 6, 9), "Paspor", "Siapa Saja", None, None],
        [],
    ])
    b = layanan.baca_impor_permohonan(demo_ctx, path)
    assert (b.sheet, b.header_row, b.kolom["jenis"]) == ("Register", 3, "E")
    assert b.tidak_dipakai == ["H (Warna)"]
    assert [x.baris for x in b.diterima] == [4, 5]
    assert b.diterima[1].nilai["diterima"] == datetime(2026, 12, 7, 10, 30)
    msgs = [b.teks_masalah(p) for x in b.ditolak for p in x.masalah]
    assert any(m.startswith('register.xlsx, lembar "Register", baris 6, kolom B (Tanggal Diterima) [31-02-2026]')
               for m in msgs), msgs
    row7 = [m for m in msgs if "baris 7" in m]
    assert any("kolom D (Tanggal Selesai)" in m and "tidak boleh sebelum diterima" in m for m in row7), row7
    assert any("kolom E (Jenis Layanan) [Paspor]" in m and "standar pelayanan" in m for m in row7)
    assert any("kolom F (Petugas) [Siapa Saja]" in m for m in row7)

    res = layanan.impor_permohonan(demo_ctx, b)
    assert res.baru == 2
    stored = layanan.daftar_permohonan(demo_ctx, cari="surat pindah uji")
    assert sorted(r.nomor for r in stored) == ["1", "2"] and all(r.petugas == nama for r in stored)


def test_complaint_register_and_a_file_without_a_table(demo_ctx: AppContext, tmp_path: Path) -> None:
    _pid, _nama, nip = officer(demo_ctx)
    path = write(tmp_path / "aduan.xlsx", [
        ["Nomor", "Saluran", "Diterima", "Respon pertama", "Selesai", "Petugas", "Perihal"],
        ["A-1", "SP4N-LAPOR!", "07-12-2026 09:00", "07-12-2026 11:00", "08-12-2026 09:00", nip, "Lampu jalan"],
        ["A-2", "WA", "07-12-2026 13:00", None, None, None, "Antrian"],
        ["A-3", "burung", "07-12-2026 13:00", None, "08-12-2026", None, None],
    ])
    b = layanan.baca_impor_pengaduan(demo_ctx, path)
    assert [x.baris for x in b.diterima] == [2, 3]
    msgs = [b.teks_masalah(p) for x in b.ditolak for p in x.masalah]
    assert any("baris 4, kolom B (Saluran) [burung]" in m for m in msgs)
    assert any("baris 4, kolom D (Respon pertama)" in m and "respon pertama" in m for m in msgs)
    assert layanan.impor_pengaduan(demo_ctx, b).baru == 2

    empty = write(tmp_path / "kosong.xlsx", [["Nama", "Alamat"], ["x", "y"]])
    with pytest.raises(ExcelError, match="Tanggal diterima, Jenis layanan, Petugas"):
        layanan.baca_impor_permohonan(demo_ctx, empty)
