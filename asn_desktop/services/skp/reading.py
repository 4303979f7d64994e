"""Reading SKPs: one SKP with everything the editor shows, the list of a year,
the pickers' employee list and the years to offer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from asn_desktop.db.models import Pegawai, Rhk, Skp, TahunKinerja
from asn_desktop.domain.enums import StatusPegawai, StatusSkp
from asn_desktop.services.context import AppContext
from asn_desktop.services import scope
from asn_desktop.services.skp.types import SkpDetail, SkpSummary
from asn_desktop.services.skp._common import _nama, _current_skp, _load_detail, _detail, _previous_skp


def get_skp(ctx: AppContext, skp_id: int, *, for_print: bool = False) -> SkpDetail:
    """One SKP with RHK, indicators, perilaku, history and what the actor may do.
    ``for_print`` skips history, versions and permissions (faster)."""
    with ctx.read() as s:
        skp = _load_detail(s, skp_id, light=for_print)
        scope.require_baca_skp(ctx.actor, skp)
        return _detail(s, ctx.actor, skp, light=for_print)


def current_skp_id(ctx: AppContext, pegawai_id: int, tahun: int) -> int | None:
    with ctx.read() as s:
        skp = _current_skp(s, pegawai_id, tahun)
        if skp is None:
            return None
        scope.require_baca_skp(ctx.actor, skp)
        return skp.id


def list_skp(ctx: AppContext, tahun: int, *, include_replaced: bool = False) -> list[SkpSummary]:
    """SKPs of a year the actor may see (current versions unless ``include_replaced``)."""
    with ctx.read() as s:
        visible = scope.pegawai_terlihat(s, ctx.actor)
        n_rhk = (
            select(Rhk.skp_id, func.count(Rhk.id).label("n")).group_by(Rhk.skp_id).subquery()
        )
        q = (
            select(Skp, func.coalesce(n_rhk.c.n, 0))
            .outerjoin(n_rhk, n_rhk.c.skp_id == Skp.id)
            .where(Skp.tahun == tahun)
            .order_by(Skp.pegawai_nama, Skp.versi)
        )
        if not include_replaced:
            q = q.where(Skp.status != StatusSkp.DIGANTI.value)
        if visible is not None:
            q = q.where(Skp.pegawai_id.in_(visible))
        return [
            SkpSummary(
                id=k.id, pegawai_id=k.pegawai_id, tahun=k.tahun, versi=k.versi, status=k.status,
                pegawai_nama=k.pegawai_nama, pegawai_nip=k.pegawai_nip or "", pegawai_jabatan=k.pegawai_jabatan or "",
                penilai_nama=k.penilai_nama or "", jumlah_rhk=int(n),
            )
            for k, n in s.execute(q)
        ]


def available_years(ctx: AppContext) -> list[int]:
    """Years with SKPs or a performance year defined, plus the current year (descending)."""
    with ctx.read() as s:
        years = set(s.scalars(select(Skp.tahun).distinct()))
        years.update(s.scalars(select(TahunKinerja.tahun)))
    years.add(date.today().year)
    return sorted(years, reverse=True)


@dataclass
class PegawaiPilihan:
    """An active employee for pickers (pejabat penilai, create dialog)."""

    id: int
    nama: str
    nip: str
    jabatan: str
    unit: str
    atasan_id: int | None


def pegawai_choices(ctx: AppContext) -> list[PegawaiPilihan]:
    """Active employees the actor may pick (pejabat penilai / create SKP for). An account
    that may not browse the employee list (Pegawai) gets only itself and its atasan."""
    actor = ctx.actor
    with ctx.read() as s:
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value).options(selectinload(Pegawai.unit))
        if not scope.boleh_pilih_semua_pegawai(actor):
            own = s.get(Pegawai, actor.pegawai_id) if actor.pegawai_id is not None else None
            q = q.where(Pegawai.id.in_([i for i in (actor.pegawai_id, own.atasan_id if own else None) if i]))
        rows = s.scalars(q).all()
        return sorted(
            (PegawaiPilihan(p.id, _nama(p), p.nip or "", p.nama_jabatan or "", p.unit.nama if p.unit else "",
                            p.atasan_id) for p in rows),
            key=lambda x: x.nama.casefold(),
        )


@dataclass
class SebelumnyaInfo:
    skp_id: int
    tahun: int
    status: str
    jumlah_rhk: int


def previous_skp_info(ctx: AppContext, pegawai_id: int, tahun: int) -> SebelumnyaInfo | None:
    """The SKP that "Salin dari tahun lalu" would copy (None when there is none)."""
    with ctx.read() as s:
        src = _previous_skp(s, pegawai_id, tahun)
        if src is None:
            return None
        return SebelumnyaInfo(src.id, src.tahun, src.status, len(src.rhk))


def default_year(ctx: AppContext) -> int:
    """The year the SKP area opens on: this year if it has SKPs, else the latest year with SKPs."""
    today = date.today().year
    with ctx.read() as s:
        years = set(s.scalars(select(Skp.tahun).distinct()))
    if not years or today in years:
        return today
    earlier = [y for y in years if y <= today + 1]
    return max(earlier) if earlier else min(years)
