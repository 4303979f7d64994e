"""The registers in the database: front-desk entry, figures for the unit's leaders, the public statistics API."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, Pegawai, UnitKerja
from asn_desktop.domain.enums import Role
from asn_desktop.services import layanan
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ValidationError

D = date(2026, 12, 7)  # a Monday


def as_role(ctx: AppContext, role: Role, pegawai_id: int | None = None) -> AppContext:
    return ctx.as_actor(Actor(900 + (pegawai_id or 0), f"{role.value}{pegawai_id or ''}", role, pegawai_id=pegawai_id))


def at(day: int, h: int, m: int = 0) -> datetime:
    return datetime(2026, 12, day, h, m)


def setup_units(ctx: AppContext) -> tuple[UnitKerja, UnitKerja, int]:
    """(top unit, a child unit with its own head, an officer of the child unit who heads nothing)."""
    with ctx.read() as s:
        top = s.scalars(select(UnitKerja).where(UnitKerja.parent_id.is_(None), UnitKerja.kepala_id.isnot(None))).first()
        heads = set(s.scalars(select(UnitKerja.kepala_id).where(UnitKerja.kepala_id.isnot(None))))
        for child in s.scalars(select(UnitKerja).where(UnitKerja.parent_id == top.id, UnitKerja.kepala_id.isnot(None),
                                                       UnitKerja.kepala_id != top.kepala_id)):
            officer = s.scalar(select(Pegawai.id).where(Pegawai.unit_id == child.id, Pegawai.id.not_in(heads),
                                                        Pegawai.status == "aktif"))
            if officer is not None:
                return top, child, officer
    raise AssertionError("demo data has no child unit with staff")


def test_front_desk_records_and_leaders_see_the_figures(demo_ctx: AppContext) -> None:
    top, child, officer = setup_units(demo_ctx)
    op = as_role(demo_ctx, Role.OPERATOR)
    ktp = layanan.simpan_standar(op, "Rekomendasi KTP uji", 1, "hari")
    layanan.simpan_libur(op, date(2026, 12, 24), "Cuti bersama Natal")
    rows = [layanan.PermohonanInput(ktp.id, officer, at(7, 9), at(7, 9 + h), nomor=f"U-{h}") for h in range(1, 6)]
    rows.append(layanan.PermohonanInput(ktp.id, officer, at(7, 9), at(9, 9), pemohon="Terlambat"))  # 16 h
    res = layanan.simpan_permohonan(op, rows)
    assert (res.baru, res.diubah) == (6, 0)
    layanan.simpan_pengaduan(op, [layanan.PengaduanInput("whatsapp", at(7, 8), at(7, 10), at(8, 8),
                                                         pegawai_id=officer)])

    with pytest.raises(PermissionDenied, match="pimpinan unit"):
        layanan.statistik_layanan(op, mulai=D, selesai=D, unit_id=child.id)
    for leader in (child.kepala_id, top.kepala_id):
        st = layanan.statistik_layanan(as_role(demo_ctx, Role.PENILAI, leader), mulai=D, selesai=D,
                                       unit_id=child.id, jenis_id=ktp.id)
        assert (st.jumlah, st.selesai, st.tepat_waktu) == (6, 6, 5)
        assert st.persen_tepat_waktu == pytest.approx(500 / 6)
        assert st.median_jam == 3.5 and st.p90_jam == 16.0
    # the kecamatan (None) includes the child unit; the officer sees his own figures
    assert layanan.statistik_layanan(demo_ctx, mulai=D, selesai=D, jenis_id=ktp.id).jumlah == 6
    mine = layanan.statistik_layanan(as_role(demo_ctx, Role.PEGAWAI, officer), mulai=D, selesai=D,
                                     pegawai_id=officer, jenis_id=ktp.id)
    assert mine.tepat_waktu == 5
    with pytest.raises(PermissionDenied):
        layanan.statistik_layanan(as_role(demo_ctx, Role.PEGAWAI, officer), mulai=D, selesai=D)
    pg = layanan.statistik_pengaduan(as_role(demo_ctx, Role.PENILAI, child.kepala_id), mulai=D,
                                     selesai=date(2026, 12, 8), unit_id=child.id)
    assert (pg.jumlah, pg.direspon, pg.selesai, pg.rata_respon_jam, pg.rata_selesai_jam) == (1, 1, 1, 2.0, 8.0)

    with demo_ctx.read() as s:
        aksi = {a for a, in s.execute(select(AuditLog.aksi).where(AuditLog.username == "operator"))}
    assert {"layanan.simpan_standar", "layanan.simpan_libur", "layanan.simpan_permohonan",
            "layanan.simpan_pengaduan"} <= aksi


def test_the_promise_is_kept_with_the_request_and_the_unit_is_the_officers(demo_ctx: AppContext) -> None:
    _top, child, officer = setup_units(demo_ctx)
    st = layanan.simpan_standar(demo_ctx, "Legalisir uji", 4, "jam")
    layanan.simpan_permohonan(demo_ctx, [layanan.PermohonanInput(st.id, officer, at(7, 9), at(7, 14))])
    (row,) = [r for r in layanan.daftar_permohonan(demo_ctx, mulai=D, selesai=D) if r.jenis == "Legalisir uji"]
    assert (row.unit_id, row.tepat_waktu, row.durasi_jam, row.janji) == (child.id, False, 5.0, "4 jam kerja")
    layanan.simpan_standar(demo_ctx, "Legalisir uji", 1, "hari", standar_id=st.id, version_id=st.version_id)
    (row,) = [r for r in layanan.daftar_permohonan(demo_ctx, cari="legalisir uji")]
    assert row.tepat_waktu is False  # recorded under the 4-hour promise
    assert layanan.hapus_standar(demo_ctx, st.id) is False  # in use: only set inactive
    assert [x.aktif for x in layanan.daftar_standar(demo_ctx) if x.id == st.id] == [False]


def test_bad_rows_save_nothing_and_others_cannot_enter(demo_ctx: AppContext) -> None:
    _top, _child, officer = setup_units(demo_ctx)
    st = layanan.simpan_standar(demo_ctx, "SKTM uji", 1, "hari")
    rows = [layanan.PermohonanInput(st.id, officer, at(7, 9), at(7, 10)),
            layanan.PermohonanInput(st.id, officer, at(7, 9), at(6, 10))]
    with pytest.raises(ValidationError) as exc:
        layanan.simpan_permohonan(demo_ctx, rows)
    assert "Baris 2: Selesai tidak boleh sebelum diterima." in str(exc.value.problems[0].message)
    assert layanan.daftar_permohonan(demo_ctx, cari="SKTM uji") == []
    with pytest.raises(ValidationError, match="pengaduan"):
        layanan.simpan_pengaduan(demo_ctx, [layanan.PengaduanInput("merpati", at(7, 9))])
    for role in (Role.PEGAWAI, Role.PENILAI):
        with pytest.raises(PermissionDenied):
            layanan.simpan_permohonan(as_role(demo_ctx, role, officer), rows[:1])
        with pytest.raises(PermissionDenied):
            layanan.simpan_standar(as_role(demo_ctx, role, officer), "X", 1, "hari")
