"""Helpers shared by the employee/organisation tests; imported by module name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import AuditLog
from asn_desktop.domain.enums import Role
from asn_desktop.services import organisasi as org
from asn_desktop.services import pegawai as svc
from asn_desktop.services.context import Actor, AppContext

#: A valid NIP for someone born 1990-05-17, CPNS March 2015, female (kinerja-asn.md §7).
NIP_BARU = "199005172015032001"
LAHIR_BARU = date(1990, 5, 17)


@dataclass
class Struktur:
    """The demo kecamatan's structure, found by shape (names depend on the random seed)."""

    root: org.UnitNode
    sekretariat: org.UnitNode
    seksi: list[org.UnitNode]
    kelurahan: list[org.UnitNode]
    camat_id: int

    def staff_of(self, ctx: AppContext, unit: org.UnitNode) -> list[svc.PegawaiRow]:
        return [r for r in svc.list_pegawai_rows(ctx) if r.unit_id == unit.id and r.id != unit.kepala_id]


def find_struktur(ctx: AppContext) -> Struktur:
    units = org.list_units(ctx)
    root = next(u for u in units if u.parent_id is None)
    assert root.kepala_id is not None
    return Struktur(
        root=root,
        sekretariat=next(u for u in units if u.jenis == "sekretariat"),
        seksi=[u for u in units if u.jenis == "seksi"],
        kelurahan=[u for u in units if u.jenis == "kelurahan"],
        camat_id=root.kepala_id,
    )


def audit_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog)) or 0


def as_role(ctx: AppContext, role: Role, pegawai_id: int | None = None) -> AppContext:
    return ctx.as_actor(Actor(7, f"user_{role.value}", role, pegawai_id, role.label))


def row(ctx: AppContext, pegawai_id: int) -> svc.PegawaiRow:
    return svc.get_pegawai_rows(ctx, [pegawai_id])[0]


@pytest.fixture
def struktur(demo_ctx: AppContext) -> Struktur:
    """The demo kecamatan's structure (import this fixture by name in the test module)."""
    return find_struktur(demo_ctx)
