"""Who has no SKP yet, or which status theirs has, per unit (the SKP area's overview)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from asn_desktop.db.models import Pegawai, Rhk, Skp, UnitKerja
from asn_desktop.domain.enums import StatusPegawai, StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services import scope
from asn_desktop.services.skp.types import _label
from asn_desktop.domain.nama import format_nama


STATUS_BELUM = "belum"  # overview pseudo-status: no SKP for the year


@dataclass
class OverviewRow:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    unit_id: int | None
    unit_nama: str
    atasan_nama: str
    skp_id: int | None
    status: str  # StatusSkp value or STATUS_BELUM
    versi: int
    jumlah_rhk: int

    @property
    def status_label(self) -> str:
        return "Belum ada SKP" if self.status == STATUS_BELUM else _label(StatusSkp, self.status)


@dataclass
class UnitCount:
    unit_id: int | None
    nama: str
    depth: int
    parent_id: int | None
    counts: dict[str, int]  # status → count (incl. STATUS_BELUM)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Overview:
    tahun: int
    units: list[UnitCount]
    rows: list[OverviewRow]
    _totals: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def totals(self) -> dict[str, int]:
        """Employees per status (counted once: the view asks for them more than once)."""
        if self._totals is None:
            out: dict[str, int] = defaultdict(int)
            for r in self.rows:
                out[r.status] += 1
            self._totals = dict(out)
        return dict(self._totals)


OVERVIEW_STATUSES = (
    STATUS_BELUM, StatusSkp.DRAFT.value, StatusSkp.DIAJUKAN.value, StatusSkp.DIKEMBALIKAN.value,
    StatusSkp.DISETUJUI.value,
)


def overview(ctx: AppContext, tahun: int) -> Overview:
    """Per active employee the status of the SKP in force for ``tahun``, and counts per unit.

    One query shaped for the view: the employee's columns, the atasan's name, the newest SKP
    version (not replaced) by an indexed look-up per employee and its RHK count aggregated in
    SQL; no ORM objects, no per-row queries (15,000 employees, read off the UI thread)."""
    with ctx.read() as s:
        visible = scope.pegawai_terlihat(s, ctx.actor)
        if visible is not None and not visible:
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Akun ini belum terhubung dengan data pegawai, sehingga tidak ada SKP yang dapat ditampilkan."),
                ))
        units = s.execute(select(UnitKerja.id, UnitKerja.nama, UnitKerja.parent_id, UnitKerja.urutan)
                          .where(UnitKerja.aktif.is_(True))).all()
        k = aliased(Skp)
        newest = (select(k.id).where(k.pegawai_id == Pegawai.id, k.tahun == tahun,
                                     k.status != StatusSkp.DIGANTI.value)
                  .order_by(k.versi.desc()).limit(1).scalar_subquery())
        n_rhk = (select(Rhk.skp_id.label("skp_id"), func.count(Rhk.id).label("n"))
                 .join(Skp, Skp.id == Rhk.skp_id).where(Skp.tahun == tahun)
                 .group_by(Rhk.skp_id).subquery("n_rhk"))
        atasan = aliased(Pegawai)
        q = (
            select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan, Pegawai.unit_id, atasan.gelar_depan, atasan.nama, atasan.gelar_belakang,
                   Skp.id, Skp.status, Skp.versi, n_rhk.c.n)
            .select_from(Pegawai)
            .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
            .outerjoin(Skp, Skp.id == newest)
            .outerjoin(n_rhk, n_rhk.c.skp_id == Skp.id)
            .where(Pegawai.status == StatusPegawai.AKTIF.value)
        )
        if visible is not None:
            q = q.where(Pegawai.id.in_(visible))
        people = s.execute(q).all()
    unit_name = {u.id: u.nama for u in units}
    rows: list[OverviewRow] = []
    append = rows.append
    atasan_nama: dict[tuple[str | None, str, str | None], str] = {}  # a leader heads many: named once
    for (pid, g_depan, nama, g_belakang, nip, jabatan, unit_id, a_depan, a_nama, a_belakang,
         sid, st, versi, n) in people:
        if a_nama is None:
            boss = ""
        else:
            boss = atasan_nama.get((a_depan, a_nama, a_belakang))
            if boss is None:
                boss = atasan_nama[(a_depan, a_nama, a_belakang)] = format_nama(a_depan, a_nama, a_belakang)
        append(OverviewRow(
            pegawai_id=pid, nama=format_nama(g_depan, nama, g_belakang), nip=nip or "", jabatan=jabatan or "",
            unit_id=unit_id, unit_nama=unit_name.get(unit_id, "") if unit_id else "",
            atasan_nama=boss,
            skp_id=sid, status=st if sid is not None else STATUS_BELUM, versi=versi or 0, jumlah_rhk=int(n or 0),
        ))
    rows.sort(key=attrgetter("unit_nama", "nama"))
    # units in tree order with own counts
    children: dict[int | None, list[Any]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in unit_name else None].append(u)
    counts: dict[int | None, dict[str, int]] = defaultdict(lambda: {k: 0 for k in OVERVIEW_STATUSES})
    for r in rows:
        counts[r.unit_id if r.unit_id in unit_name else None][r.status] += 1
    ordered: list[UnitCount] = []

    def walk(parent: int | None, depth: int) -> None:
        for u in sorted(children.get(parent, []), key=lambda x: (x.urutan, x.nama)):
            c = counts.get(u.id)
            ordered.append(UnitCount(u.id, u.nama, depth, u.parent_id, dict(c) if c else
                                     {k: 0 for k in OVERVIEW_STATUSES}))
            walk(u.id, depth + 1)

    walk(None, 0)
    if None in counts:
        ordered.append(UnitCount(None, "(tanpa unit kerja)", 0, None, dict(counts[None])))
    if visible is not None:
        ordered = [u for u in ordered if u.total > 0]
    return Overview(tahun, ordered, rows)
