"""Careers on the demo kecamatan: kenaikan pangkat proposal, gaji berkala, potensi import, nine-box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, PenilaianHistoris, PenilaianPotensi
from asn_desktop.domain.enums import Role
from asn_desktop.services import karier as k
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied

HARI = date(2026, 12, 5)


def _set(ctx: AppContext, pid: int, **values: object) -> None:
    with ctx.write("uji.ubah") as uow:
        p = uow.session.get(Pegawai, pid)
        for key, v in values.items():
            setattr(p, key, v)


def _hist(ctx: AppContext, pid: int, tahun: int, kategori: str) -> None:
    with ctx.write("uji.riwayat") as uow:
        s = uow.session
        for h in s.scalars(select(PenilaianHistoris).where(PenilaianHistoris.pegawai_id == pid,
                                                           PenilaianHistoris.tahun == tahun)):
            s.delete(h)
        s.add(PenilaianHistoris(pegawai_id=pid, tahun=tahun, skema="permenpanrb6_2022", kategori=kategori,
                                detail={"periode": "tahunan"}))


def _a_pns(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(Pegawai.id).where(Pegawai.status_kepegawaian == "PNS", Pegawai.status == "aktif")
                        .order_by(Pegawai.id).offset(3))


def test_kenaikan_pangkat_lists_the_eligible_and_says_what_others_miss(demo_ctx: AppContext, tmp_path: Path) -> None:
    pid = _a_pns(demo_ctx)
    _set(demo_ctx, pid, golongan="III/a", tmt_golongan=date(2022, 10, 1), pendidikan_terakhir="S1")
    _hist(demo_ctx, pid, 2024, "Baik")
    _hist(demo_ctx, pid, 2025, "Sangat Baik")
    d = k.daftar_kenaikan_pangkat(demo_ctx, date(2026, 10, 1))
    row = next(b for b in d.baris if b.pegawai.pegawai_id == pid)
    assert row.memenuhi and row.golongan_baru == "III/b"
    assert d.baris[0].memenuhi  # eligible first
    _hist(demo_ctx, pid, 2025, "Butuh Perbaikan")
    d = k.daftar_kenaikan_pangkat(demo_ctx, date(2026, 10, 1))
    row = next(b for b in d.baris if b.pegawai.pegawai_id == pid)
    assert not row.memenuhi and any("2025 Butuh Perbaikan" in x for x in row.kekurangan)
    assert d.bukan_pns > 0 and all(b.pegawai.status_kepegawaian == "PNS" for b in d.baris)

    _hist(demo_ctx, pid, 2025, "Baik")
    out = k.ekspor_karier(demo_ctx, "kp", tmp_path / "usulan.xlsx", periode=date(2026, 10, 1))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Usulan KP", "Belum Memenuhi"]
    cells = [str(c.value) for row_ in wb["Usulan KP"].iter_rows() for c in row_ if c.value is not None]
    assert any("Penata Muda Tingkat I, III/b" == c for c in cells)
    assert any("TMT 1 Oktober 2026" in c for c in cells)
    belum = [str(c.value) for row_ in wb["Belum Memenuhi"].iter_rows() for c in row_ if c.value is not None]
    assert any("belum 4 tahun" in c or "belum ada" in c for c in belum)


def test_only_april_or_october(demo_ctx: AppContext) -> None:
    with pytest.raises(k.ValidationError):
        k.daftar_kenaikan_pangkat(demo_ctx, date(2026, 5, 1))


def test_pegawai_and_penilai_may_not_open_career_lists(demo_ctx: AppContext) -> None:
    for role in (Role.PEGAWAI, Role.PENILAI):
        c = demo_ctx.as_actor(Actor(1, "u", role, 1))
        with pytest.raises(PermissionDenied):
            k.daftar_kenaikan_pangkat(c)
        with pytest.raises(PermissionDenied):
            k.peta_talenta(c, 2026)


def test_operator_sees_the_predikat_condition_for_proposals(demo_ctx: AppContext) -> None:
    op = demo_ctx.as_actor(Actor(1, "op", Role.OPERATOR, None))
    d = k.daftar_kenaikan_pangkat(op, date(2026, 10, 1))
    assert any(v for b in d.baris for _y, v in b.predikat)


def test_gaji_berkala_due_and_held_back_by_a_low_predikat(demo_ctx: AppContext) -> None:
    pid = _a_pns(demo_ctx)
    _set(demo_ctx, pid, tmt_cpns=date(2015, 1, 1))  # due 1 January 2027, rests on 2026
    with demo_ctx.write("uji") as uow:
        other = uow.session.scalar(select(Pegawai).where(Pegawai.id != pid, Pegawai.status_kepegawaian == "PNS"))
        other.tmt_cpns = date(2013, 2, 1)  # due 1 February 2027
        oid = other.id
    _hist(demo_ctx, pid, 2026, "Kurang")
    _hist(demo_ctx, oid, 2026, "Baik")
    d = k.daftar_kgb(demo_ctx, 3, hari_ini=HARI)
    mine = next(b for b in d.baris if b.pegawai.pegawai_id == pid)
    assert mine.jatuh_tempo == date(2027, 1, 1) and mine.masa_kerja_tahun == 12
    assert mine.boleh is False and "ditunda" in mine.keterangan
    theirs = next(b for b in d.baris if b.pegawai.pegawai_id == oid)
    assert theirs.boleh is True
    assert all(HARI.replace(day=1) <= b.jatuh_tempo < date(2027, 3, 1) for b in d.baris)
    assert "TMT CPNS" in d.dasar


def _potensi_wb(path: Path, nips: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Potensi"
    ws.append(["Hasil asesmen potensi 2026"])
    ws.append(["NIP", "Tanggal", "Potensi", "Skor", "Metode"])
    ws.append([nips[0], "01-11-2026", "Tinggi", 88, "Assessment center"])
    ws.append([nips[1], "02-11-2026", "", 65, "Uji kompetensi"])  # level from the score: menengah
    ws.append([198001012005011001, "02-03-2026", "Tinggi", None, ""])  # a number: digits lost
    ws.append(["199901012020011999", "02-03-2026", "Rendah", None, ""])  # nobody
    ws.append([nips[2], "31-02-2026", "Rendah", None, ""])  # no such date
    ws.append([nips[2], "03-03-2026", "Luar biasa", None, ""])
    wb.save(path)
    return path


def test_potensi_import_rejects_rows_with_their_place_and_keeps_the_good_ones(demo_ctx: AppContext,
                                                                              tmp_path: Path) -> None:
    with demo_ctx.read() as s:
        nips = list(s.scalars(select(Pegawai.nip).where(Pegawai.nip.is_not(None)).order_by(Pegawai.id).limit(3)))
        before = s.scalar(select(func.count()).select_from(PenilaianPotensi))
    path = _potensi_wb(tmp_path / "potensi.xlsx", nips)
    uji = k.impor_potensi(demo_ctx, path, uji=True)
    assert uji.diterima == 2 and len(uji.ditolak) == 4 and not uji.disimpan
    with demo_ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(PenilaianPotensi)) == before
    msgs = [str(m) for m in uji.ditolak]
    assert msgs[0].startswith('potensi.xlsx, lembar "Potensi", baris 5, kolom A:') and "angka" in msgs[0]
    assert "baris 6" in msgs[1] and "tidak dikenal" in msgs[1]
    assert "baris 7, kolom B" in msgs[2]
    assert "baris 8, kolom C" in msgs[3] and "Rendah, Menengah atau Tinggi" in msgs[3]
    res = k.impor_potensi(demo_ctx, path)
    assert res.disimpan and res.diterima == 2
    with demo_ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(PenilaianPotensi)) == before + 2
        pid = s.scalar(select(Pegawai.id).where(Pegawai.nip == nips[1]))
        latest = k.potensi_terakhir(s)[pid]
    assert latest.tingkat is k.dk.Tingkat.MENENGAH and latest.skor == 65


def test_nine_box_places_people_and_names_candidates(demo_ctx: AppContext) -> None:
    pid = _a_pns(demo_ctx)
    _hist(demo_ctx, pid, 2025, "Sangat Baik")
    k.simpan_potensi(demo_ctx, pid, date(2026, 11, 1), "Tinggi", 90, "Assessment center")
    _set(demo_ctx, pid, tmt_jabatan=date(2018, 1, 1))
    with demo_ctx.write("uji") as uow:
        from asn_desktop.db.models import RiwayatJabatan
        for r in uow.session.scalars(select(RiwayatJabatan).where(RiwayatJabatan.pegawai_id == pid)):
            r.tmt = date(2018, 1, 1)
    m = k.peta_talenta(demo_ctx, 2026, hari_ini=HARI)
    row = next(b for b in m.baris if b.pegawai.pegawai_id == pid)
    assert row.potensi is not None and row.potensi.tingkat is k.dk.Tingkat.TINGGI
    assert row.kotak in m.jumlah() and row in m.di_kotak(row.kotak)
    assert row.rotasi and "rotasi" in row.kandidat and row.tahun_di_jabatan == pytest.approx(8.9, abs=0.1)
    assert sum(m.jumlah().values()) == len([b for b in m.baris if b.kotak])
    assert any(b.kebutuhan_pelatihan for b in m.baris)  # linked to the training-needs list
