"""Who has no SKP yet, or which status theirs has, per unit (the SKP area's overview)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, Rhk, Skp, UnitKerja
from asn_desktop.domain.enums import StatusPegawai, StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services import scope
from asn_desktop.services.skp.types import _label
from asn_desktop.services.skp._common import _nama


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

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for r in self.rows:
            out[r.status] += 1
        return dict(out)


OVERVIEW_STATUSES = (
    STATUS_BELUM, StatusSkp.DRAFT.value, StatusSkp.DIAJUKAN.value, StatusSkp.DIKEMBALIKAN.value,
    StatusSkp.DISETUJUI.value,
)


def overview(ctx: AppContext, tahun: int) -> Overview:
    """Per active employee the status of the SKP in force for ``tahun``, and counts per unit."""
    with ctx.read() as s:
        visible = scope.pegawai_terlihat(s, ctx.actor)
        if visible is not None and not visible:
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Akun ini belum terhubung dengan data pegawai, sehingga tidak ada SKP yang dapat ditampilkan."),
                ))
        units = s.execute(select(UnitKerja.id, UnitKerja.nama, UnitKerja.parent_id, UnitKerja.urutan)
                          .where(UnitKerja.aktif.is_(True))).all()
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value)
        if visible is not None:
            q = q.where(Pegawai.id.in_(visible))
        people = list(s.scalars(q))
        names = {p.id: _nama(p) for p in people}
        missing_atasan = {p.atasan_id for p in people if p.atasan_id and p.atasan_id not in names}
        if missing_atasan:
            for p in s.scalars(select(Pegawai).where(Pegawai.id.in_(missing_atasan))):
                names[p.id] = _nama(p)
        n_rhk = select(Rhk.skp_id, func.count(Rhk.id).label("n")).group_by(Rhk.skp_id).subquery()
        skps: dict[int, tuple[int, str, int, int]] = {}
        for sid, pid, st, versi, n in s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, func.coalesce(n_rhk.c.n, 0))
            .outerjoin(n_rhk, n_rhk.c.skp_id == Skp.id)
            .where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)
        ):
            if pid not in skps or versi > skps[pid][2]:
                skps[pid] = (sid, st, versi, int(n))
    unit_name = {u.id: u.nama for u in units}
    rows: list[OverviewRow] = []
    for p in people:
        sid, st, versi, n = skps.get(p.id, (None, STATUS_BELUM, 0, 0))
        rows.append(OverviewRow(
            pegawai_id=p.id, nama=names[p.id], nip=p.nip or "", jabatan=p.nama_jabatan or "",
            unit_id=p.unit_id, unit_nama=unit_name.get(p.unit_id, "") if p.unit_id else "",
            atasan_nama=names.get(p.atasan_id, "") if p.atasan_id else "",
            skp_id=sid, status=st, versi=versi, jumlah_rhk=n,
        ))
    rows.sort(key=lambda r: (r.unit_nama, r.nama))
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
