"""The unit of work: permissions first, all-or-nothing, audited, conflicts detected."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import AuditLog, Pegawai
from asn_desktop.domain.enums import Role
from asn_desktop.domain.roles import Permission
from asn_desktop.services import Actor, AppContext, ConflictError, PermissionDenied
from asn_desktop.services.context import row_dict
from asn_desktop.services.settings import OfficeInfo, get_office, set_office


def _count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Pegawai)) or 0


def test_failed_operation_leaves_database_as_it_was(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError):
        with ctx.write("uji.gagal", Permission.MASTER_WRITE) as uow:
            uow.session.add(Pegawai(nama="Maria Ndolu", nip="199001012015012001"))
            uow.session.flush()
            uow.audit("pegawai", 1, "akan dibatalkan")
            raise RuntimeError("listrik padam")
    assert _count(ctx) == 0
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == 0


def test_write_is_audited_with_before_and_after(ctx: AppContext) -> None:
    with ctx.write("pegawai.tambah", Permission.MASTER_WRITE) as uow:
        p = Pegawai(nama="Maria Ndolu", nip="199001012015012001")
        uow.session.add(p)
        uow.audit_change(p, None, "Pegawai ditambahkan")
    with ctx.write("pegawai.ubah", Permission.MASTER_WRITE) as uow:
        p = uow.session.scalars(select(Pegawai)).one()
        before = row_dict(p)
        p.nama = "Maria Magdalena Ndolu"
        uow.audit_change(p, before, "Nama diubah")
    with ctx.read() as s:
        logs = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
    assert [x.aksi for x in logs] == ["pegawai.tambah", "pegawai.ubah"]
    assert logs[1].sebelum == {"nama": "Maria Ndolu"}
    assert logs[1].sesudah == {"nama": "Maria Magdalena Ndolu"}
    assert logs[1].username == "penguji"


def test_role_without_permission_is_refused_before_anything_is_written(ctx: AppContext) -> None:
    pegawai = ctx.as_actor(Actor(5, "budi", Role.PEGAWAI, pegawai_id=None))
    with pytest.raises(PermissionDenied) as err:
        with pegawai.write("pegawai.tambah", Permission.MASTER_WRITE) as uow:
            uow.session.add(Pegawai(nama="X"))
    assert "tidak berhak" in err.value.message
    assert _count(ctx) == 0


def test_two_windows_editing_the_same_record_do_not_lose_an_update(ctx: AppContext) -> None:
    with ctx.write("pegawai.tambah", Permission.MASTER_WRITE) as uow:
        uow.session.add(Pegawai(nama="Agustinus Lau", nip="198507172010011002"))
    s1, s2 = ctx.db.session(), ctx.db.session()
    a = s1.scalars(select(Pegawai)).one()
    b = s2.scalars(select(Pegawai)).one()
    s1.close()
    s2.close()
    with ctx.write("pegawai.ubah", Permission.MASTER_WRITE) as uow:
        uow.session.add(a)
        a.no_hp = "081234"
    with pytest.raises(ConflictError):
        with ctx.write("pegawai.ubah", Permission.MASTER_WRITE) as uow:
            uow.session.add(b)
            b.email = "x@contoh.go.id"
    with ctx.read() as s:
        p = s.scalars(select(Pegawai)).one()
        assert (p.no_hp, p.email) == ("081234", None)


def test_office_identity_round_trips(ctx: AppContext) -> None:
    set_office(ctx, OfficeInfo(nama_kantor="Kecamatan Alak", instansi="Pemerintah Kota Kupang", kota_ttd="Kupang"))
    office = get_office(ctx)
    assert (office.nama_kantor, office.kota_ttd) == ("Kecamatan Alak", "Kupang")
