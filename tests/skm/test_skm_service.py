"""SKM surveys in the database: entry by the front desk, results for the unit's leaders, audit, upgrade."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, SkmResponden, UnitKerja
from asn_desktop.domain.enums import Role
from asn_desktop.services import skm
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ValidationError
from test_skm_domain import CONTOH


def as_role(ctx: AppContext, role: Role, pegawai_id: int | None = None) -> AppContext:
    return ctx.as_actor(Actor(900 + (pegawai_id or 0), f"{role.value}{pegawai_id or ''}", role, pegawai_id=pegawai_id))


def rows_from(data: list[list[int | None]]) -> list[skm.RespondenInput]:
    return [skm.RespondenInput(i, {f"U{k + 1}": v for k, v in enumerate(r)}, "L" if i % 2 else "P", 20 + i,
                               "SMA", "Swasta", "Antrian lebih cepat" if i == 3 else None)
            for i, r in enumerate(data, 1)]


def units(ctx: AppContext) -> tuple[UnitKerja, UnitKerja]:
    """(top unit with its head, a child unit with a head different from the top's)."""
    with ctx.read() as s:
        top = s.scalars(select(UnitKerja).where(UnitKerja.parent_id.is_(None), UnitKerja.kepala_id.isnot(None))).first()
        child = s.scalars(select(UnitKerja).where(UnitKerja.parent_id == top.id, UnitKerja.kepala_id.isnot(None),
                                                  UnitKerja.kepala_id != top.kepala_id)).first()
        assert top is not None and child is not None
        return top, child


def test_operator_enters_leader_sees_results(demo_ctx: AppContext) -> None:
    top, child = units(demo_ctx)
    op = as_role(demo_ctx, Role.OPERATOR)
    sv = skm.buat_survei(op, "Surat keterangan", "Semester I 2026", date(2026, 1, 1), date(2026, 6, 30),
                         unit_kerja_id=child.id, populasi=100)
    res = skm.simpan_responden(op, sv.id, rows_from(CONTOH))
    assert (res.baru, res.jumlah) == (10, 10)

    with pytest.raises(PermissionDenied, match="pimpinan unit"):
        skm.hasil_survei(op, sv.id)  # the front desk enters, it does not read the results
    for leader in (child.kepala_id, top.kepala_id):  # the unit's head and the Camat above it
        h = skm.hasil_survei(as_role(demo_ctx, Role.PENILAI, leader), sv.id)
        assert h.hasil.ikm_teks == "3.1556" and h.hasil.mutu.huruf == "B"
    other = next(p for p in range(1, 60) if p not in (child.kepala_id, top.kepala_id))
    with pytest.raises(PermissionDenied):
        skm.hasil_survei(as_role(demo_ctx, Role.PENILAI, other), sv.id)
    assert [s.id for s in skm.daftar_survei(as_role(demo_ctx, Role.PENILAI, other))] == []

    h = skm.hasil_survei(demo_ctx, sv.id)  # admin
    assert h.sampel_minimum == 80 and any("sampel minimum 80" in w for w in h.hasil.peringatan)
    assert dict(h.profil["Jenis kelamin"]) == {"Laki-laki": 5, "Perempuan": 5}
    assert h.saran == [(3, "Antrian lebih cepat")]
    with demo_ctx.read() as s:
        aksi = [a for a, in s.execute(select(AuditLog.aksi).where(AuditLog.username == "operator"))]
    assert aksi.count("skm.simpan_responden") == 10 and "skm.buat_survei" in aksi


def test_pegawai_and_penilai_cannot_enter(demo_ctx: AppContext) -> None:
    sv = skm.buat_survei(demo_ctx, "KTP", "2026", date(2026, 1, 1), date(2026, 12, 31))
    for role in (Role.PEGAWAI, Role.PENILAI):
        with pytest.raises(PermissionDenied):
            skm.simpan_responden(as_role(demo_ctx, role, 5), sv.id, rows_from(CONTOH[:1]))
        with pytest.raises(PermissionDenied):
            skm.buat_survei(as_role(demo_ctx, role, 5), "KTP", "2027", date(2027, 1, 1), date(2027, 12, 31))


def test_bad_row_saves_nothing_and_edits_delete_are_audited(ctx: AppContext) -> None:
    sv = skm.buat_survei(ctx, "KTP", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    rows = rows_from(CONTOH[:3])
    rows[1].jawaban["U4"] = 5
    with pytest.raises(ValidationError) as exc:
        skm.simpan_responden(ctx, sv.id, rows)
    assert "Baris 2 (kuesioner 2), U4: jawaban harus 1–4" in str(exc.value)
    with ctx.read() as s:
        assert s.scalars(select(SkmResponden)).all() == []
    rows[1].jawaban["U4"] = None  # not answered is allowed
    skm.simpan_responden(ctx, sv.id, rows)
    saved = skm.daftar_responden(ctx, sv.id)
    assert [r.nomor for r in saved] == [1, 2, 3] and saved[1].jawaban["U4"] is None
    saved[0].jawaban["U1"] = 1
    res = skm.simpan_responden(ctx, sv.id, [saved[0]], hapus_ids=[saved[2].id])
    assert (res.baru, res.diubah, res.dihapus, res.jumlah) == (0, 1, 1, 2)
    assert skm.hasil_survei(ctx, sv.id).hasil.unsur[0].nrr == 2  # (1 + 3) / 2


def test_extra_unsur_weights(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="Jumlah bobot"):
        skm.buat_survei(ctx, "Izin", "2026", date(2026, 1, 1), date(2026, 12, 31),
                        unsur_tambahan=[("U10", "Informasi daring")], bobot={f"U{i}": "0.1" for i in range(1, 11)}
                        | {"U10": "0.5"})
    sv = skm.buat_survei(ctx, "Izin", "2026", date(2026, 1, 1), date(2026, 12, 31),
                         unsur_tambahan=[("U10", "Informasi daring")], bobot={f"U{i}": "0,1" for i in range(1, 11)})
    assert sv.kode_unsur[-1] == "U10"
    skm.simpan_responden(ctx, sv.id, [skm.RespondenInput(1, {**{f"U{i}": 4 for i in range(1, 10)}, "U10": 1})])
    h = skm.hasil_survei(ctx, sv.id)
    assert h.hasil.ikm_teks == "3.7000" and skm.daftar_responden(ctx, sv.id)[0].jawaban["U10"] == 1


def test_demo_has_one_realistic_survey(demo_ctx: AppContext) -> None:
    (sv,) = skm.daftar_survei(demo_ctx)
    assert (sv.jenis_layanan, sv.periode, sv.populasi, sv.jumlah_responden) == ("Surat keterangan",
                                                                               "Semester I 2026", 300, 170)
    h = skm.hasil_survei(demo_ctx, sv.id)
    assert h.hasil.ikm is not None and h.hasil.mutu.huruf in ("B", "C")
    assert {u.kode for u in h.hasil.terlemah(2)} == {"U3", "U9"}
    assert not h.hasil.peringatan and h.saran
