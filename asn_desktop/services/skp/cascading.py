"""The cascading tree of one year: each RHK with the subordinate RHK that intervene
it (PermenPANRB 6/2022 Pasal 9), read as plain rows because a regency year is large."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from asn_desktop.db.models import Indikator, Pegawai, Rhk, Skp
from asn_desktop.domain.enums import JenisRhk, StatusPegawai, StatusSkp
from asn_desktop.db.batch import rows_in
from asn_desktop.domain.nama import format_nama, search_key
from asn_desktop.services.context import AppContext
from asn_desktop.domain.angka import format_target
from asn_desktop.services.skp.types import _label
from asn_desktop.services.skp._common import _nomor


@dataclass
class CascadeNode:
    rhk_id: int
    skp_id: int
    pegawai_id: int
    pegawai_nama: str
    jabatan: str
    status: str
    nomor: str
    jenis: str
    teks: str
    indikator: list[str]
    children: list["CascadeNode"] = field(default_factory=list)
    #: subordinate RHK intervening this one, counted in SQL (the lazy tree shows "…" until expanded)
    jumlah_anak: int = 0
    urutan: int = 0

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)

    def count(self) -> int:
        return 1 + sum(c.count() for c in self.children)


@dataclass
class CascadeTree:
    tahun: int
    roots: list[CascadeNode]  # RHK of the leaders (SKPs whose penilai is outside the database)
    tanpa_induk: list[CascadeNode]  # utama RHK of subordinates not linked to a supervisor RHK
    tanpa_skp: list[str]  # "Nama (Jabatan)" of active employees without SKP


def cascade_tree(ctx: AppContext, tahun: int, *, root_pegawai_id: int | None = None) -> CascadeTree:
    """The cascading of one year: from the top leader (the Camat) down, each RHK
    with the subordinate RHK that intervene it (PermenPANRB 6/2022 Pasal 9)."""
    # plain rows, not ORM objects: a regency year has tens of thousands of RHK
    current = (Skp.tahun == tahun) & (Skp.status != StatusSkp.DIGANTI.value)
    with ctx.read() as s:
        skps = {k.id: k for k in s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.pegawai_nama, Skp.pegawai_jabatan, Skp.status,
                   Skp.pejabat_penilai_id).where(current))}
        rhks = list(s.execute(
            select(Rhk.id, Rhk.skp_id, Rhk.jenis, Rhk.urutan, Rhk.teks, Rhk.parent_rhk_id)
            .join(Skp, Rhk.skp_id == Skp.id).where(current)))
        inds: dict[int, list[str]] = defaultdict(list)
        for rid, teks, tmin, tmax, sat, tt in s.execute(
            select(Indikator.rhk_id, Indikator.teks, Indikator.target_min, Indikator.target_max, Indikator.satuan,
                   Indikator.target_teks)
            .join(Rhk, Indikator.rhk_id == Rhk.id).join(Skp, Rhk.skp_id == Skp.id).where(current)
            .order_by(Indikator.rhk_id, Indikator.urutan)):
            inds[rid].append(f"{teks}: {format_target(tmin, tmax, sat, tt)}")
        have = {k.pegawai_id for k in skps.values()}
        tanpa_skp = sorted(
            f"{format_nama(gd, nama, gb)} ({jab or '-'})"
            for pid, gd, nama, gb, jab in s.execute(
                select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nama_jabatan)
                .where(Pegawai.status == StatusPegawai.AKTIF.value))
            if pid not in have)
    by_skp: dict[int, list[Any]] = defaultdict(list)
    for r in rhks:
        by_skp[r.skp_id].append(r)
    nomor: dict[int, str] = {}
    for sid, rs in by_skp.items():
        cnt: dict[str, int] = defaultdict(int)
        for r in sorted(rs, key=lambda x: (0 if x.jenis == JenisRhk.UTAMA.value else 1, x.urutan, x.id)):
            cnt[r.jenis] += 1
            nomor[r.id] = _nomor(r.jenis, cnt[r.jenis])
    rhk_ids = {r.id for r in rhks}
    kids: dict[int, list[Any]] = defaultdict(list)
    for r in rhks:
        if r.parent_rhk_id in rhk_ids:
            kids[r.parent_rhk_id].append(r)

    def node(r: Any, seen: frozenset[int]) -> CascadeNode:
        k = skps[r.skp_id]
        n = CascadeNode(
            rhk_id=r.id, skp_id=k.id, pegawai_id=k.pegawai_id, pegawai_nama=k.pegawai_nama,
            jabatan=k.pegawai_jabatan or "", status=k.status, nomor=nomor[r.id], jenis=r.jenis, teks=r.teks,
            indikator=inds.get(r.id, []),
        )
        for c in sorted(kids.get(r.id, []), key=lambda x: (skps[x.skp_id].pegawai_jabatan or "", nomor[x.id])):
            if c.id not in seen:
                n.children.append(node(c, seen | {c.id}))
        return n

    def order_key(r: Any) -> tuple[Any, ...]:
        return (skps[r.skp_id].pegawai_nama, 0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan)

    with_skp = {k.pegawai_id for k in skps.values()}
    if root_pegawai_id is not None:
        root_rhk = [r for r in rhks if skps[r.skp_id].pegawai_id == root_pegawai_id]
    else:
        root_rhk = [r for r in rhks if skps[r.skp_id].pejabat_penilai_id is None
                    or skps[r.skp_id].pejabat_penilai_id not in with_skp]
    roots = [node(r, frozenset({r.id})) for r in sorted(root_rhk, key=order_key)]
    root_ids = {r.id for r in root_rhk}
    orphans = [
        node(r, frozenset({r.id})) for r in sorted(rhks, key=order_key)
        if r.id not in root_ids and r.jenis == JenisRhk.UTAMA.value and r.parent_rhk_id not in rhk_ids
        and root_pegawai_id is None
    ]
    return CascadeTree(tahun, roots, orphans, tanpa_skp)


# --------------------------------------------------------------------------- the lazy tree
#
# The view opens on the leaders' RHK and one level below them; each further level is read when
# its parent is expanded, one query per level with the child count per node computed in SQL.
# A regency year (60,000 RHK, 150,000 indicators) then reads a few hundred rows to open.

#: a group (RHK without a supervisor RHK, employees without SKP) comes with the first view up to this size
GRUP_AWAL = 200
#: matches a search shows at most (with the path to each); more asks for a longer search text
BATAS_CARI = 300


@dataclass(frozen=True)
class CascadeRingkasan:
    """The counts in the view's heading, all computed in SQL."""

    tahun: int
    pimpinan: int  # RHK of the leaders (roots)
    terhubung: int  # RHK intervening a supervisor RHK of this year
    tanpa_induk: int  # utama RHK of subordinates not linked to a supervisor RHK
    tanpa_skp: int  # active employees without SKP this year


@dataclass
class CascadeAwal:
    """What the cascading view shows first: the leaders' RHK with their children (one level)."""

    ringkasan: CascadeRingkasan
    roots: list[CascadeNode]
    tanpa_induk: list[CascadeNode] | None  # None: more than GRUP_AWAL, read when the group is opened
    tanpa_skp: list[str] | None


@dataclass
class CascadeCari:
    """A search: the matching RHK with the path of RHK above each (as the tree shows them)."""

    roots: list[CascadeNode]
    tanpa_induk: list[CascadeNode]
    tanpa_skp: list[str]
    cocok: int  # matching RHK shown
    terpotong: bool  # more matched than BATAS_CARI


def _current(k: Any, tahun: int) -> ColumnElement[bool]:
    return and_(k.tahun == tahun, k.status != StatusSkp.DIGANTI.value)


def _akar(tahun: int) -> ColumnElement[bool]:
    """An RHK of a leader: his pejabat penilai has no SKP this year (or none is named)."""
    atasan = aliased(Skp)
    return or_(Skp.pejabat_penilai_id.is_(None), ~exists().where(
        atasan.pegawai_id == Skp.pejabat_penilai_id, _current(atasan, tahun)))


def _induk_ada(tahun: int) -> ColumnElement[bool]:
    """The RHK it intervenes is an RHK of this year."""
    induk, induk_skp = aliased(Rhk), aliased(Skp)
    return exists().where(induk.id == Rhk.parent_rhk_id, induk_skp.id == induk.skp_id, _current(induk_skp, tahun))


def _tanpa_induk(tahun: int) -> ColumnElement[bool]:
    return and_(Rhk.jenis == JenisRhk.UTAMA.value, ~_akar(tahun), ~_induk_ada(tahun))


def _nodes(s: Session, tahun: int, where: ColumnElement[bool] | None = None,
           ids: list[int] | None = None) -> list[CascadeNode]:
    """The RHK of this year matching ``where`` (or with these ids) as childless nodes, with their
    indicators, number and child count: four queries whatever the number of nodes."""
    q = (select(Rhk.id, Rhk.skp_id, Rhk.jenis, Rhk.urutan, Rhk.teks, Skp.pegawai_id, Skp.pegawai_nama,
                Skp.pegawai_jabatan, Skp.status)
         .join(Skp, Rhk.skp_id == Skp.id))
    if ids is None:
        rows = list(s.execute(q.where(_current(Skp, tahun), *([where] if where is not None else []))))
    else:  # ids of this year's RHK: by primary key (a year filter made SQLite scan the year's SKPs per chunk)
        rows = list(rows_in(s, q, Rhk.id, ids))
    if not rows:
        return []
    rhk_ids = [r.id for r in rows]
    inds: dict[int, list[str]] = defaultdict(list)
    for rid, teks, tmin, tmax, sat, tt in rows_in(
            s, select(Indikator.rhk_id, Indikator.teks, Indikator.target_min, Indikator.target_max,
                      Indikator.satuan, Indikator.target_teks)
            .order_by(Indikator.rhk_id, Indikator.urutan, Indikator.id), Indikator.rhk_id, rhk_ids):
        inds[rid].append(f"{teks}: {format_target(tmin, tmax, sat, tt)}")
    anak = Counter(pid for _rid, pid in _anak_dari(s, tahun, rhk_ids))
    nomor: dict[int, str] = {}
    by_skp: dict[int, list[Any]] = defaultdict(list)
    for r in rows_in(s, select(Rhk.id, Rhk.skp_id, Rhk.jenis, Rhk.urutan), Rhk.skp_id, sorted({r.skp_id for r in rows})):
        by_skp[r.skp_id].append(r)
    for rs in by_skp.values():
        cnt: dict[str, int] = defaultdict(int)
        for r in sorted(rs, key=lambda x: (0 if x.jenis == JenisRhk.UTAMA.value else 1, x.urutan, x.id)):
            cnt[r.jenis] += 1
            nomor[r.id] = _nomor(r.jenis, cnt[r.jenis])
    return [CascadeNode(rhk_id=r.id, skp_id=r.skp_id, pegawai_id=r.pegawai_id, pegawai_nama=r.pegawai_nama,
                        jabatan=r.pegawai_jabatan or "", status=r.status, nomor=nomor.get(r.id, ""), jenis=r.jenis,
                        teks=r.teks, indikator=inds.get(r.id, []), jumlah_anak=int(anak.get(r.id, 0)),
                        urutan=r.urutan)
            for r in rows]


def _urut_akar(nodes: list[CascadeNode]) -> list[CascadeNode]:
    """Leaders and RHK without supervisor RHK: by name, utama first, in their order."""
    return sorted(nodes, key=lambda n: (n.pegawai_nama, 0 if n.jenis == JenisRhk.UTAMA.value else 1, n.urutan,
                                        n.rhk_id))


def _urut_anak(nodes: list[CascadeNode]) -> list[CascadeNode]:
    """The RHK intervening one RHK: by the subordinate's jabatan, then number."""
    return sorted(nodes, key=lambda n: (n.jabatan, n.nomor, n.rhk_id))


def _anak_dari(s: Session, tahun: int, parent_ids: list[int]) -> list[tuple[int, int]]:
    """(child id, parent id) of this year's RHK intervening ``parent_ids``. Found through the parent
    index and the year tested on the rows found: with the year in SQL, SQLite scanned the whole
    year's SKPs for each chunk of ids."""
    q = select(Rhk.id, Rhk.parent_rhk_id, Skp.tahun, Skp.status).join(Skp, Rhk.skp_id == Skp.id)
    return [(rid, pid) for rid, pid, th, st in rows_in(s, q, Rhk.parent_rhk_id, parent_ids)
            if th == tahun and st != StatusSkp.DIGANTI.value]


def _anak(s: Session, tahun: int, parent_ids: list[int]) -> dict[int, list[CascadeNode]]:
    if not parent_ids:
        return {}
    parent_of = dict(_anak_dari(s, tahun, parent_ids))
    out: dict[int, list[CascadeNode]] = {pid: [] for pid in parent_ids}
    for n in _nodes(s, tahun, ids=sorted(parent_of)):
        out[parent_of[n.rhk_id]].append(n)
    return {pid: _urut_anak(ns) for pid, ns in out.items()}


def _tanpa_skp(s: Session, tahun: int) -> list[str]:
    punya = exists().where(Skp.pegawai_id == Pegawai.id, _current(Skp, tahun))
    return sorted(f"{format_nama(gd, nama, gb)} ({jab or '-'})" for gd, nama, gb, jab in s.execute(
        select(Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nama_jabatan)
        .where(Pegawai.status == StatusPegawai.AKTIF.value, ~punya)))


def _ringkasan(s: Session, tahun: int) -> CascadeRingkasan:
    """The heading's counts: one pass over the year's RHK grouped by (utama, leader's, linked)."""
    akar = case((_akar(tahun), 1), else_=0).label("akar")
    induk = case((_induk_ada(tahun), 1), else_=0).label("induk")
    utama = case((Rhk.jenis == JenisRhk.UTAMA.value, 1), else_=0).label("utama")
    pimpinan = terhubung = tanpa_induk = 0
    for is_utama, is_akar, has_induk, n in s.execute(
            select(utama, akar, induk, func.count(Rhk.id)).join(Skp, Rhk.skp_id == Skp.id)
            .where(_current(Skp, tahun)).group_by(utama, akar, induk)):
        pimpinan += n if is_akar else 0
        terhubung += n if has_induk else 0
        tanpa_induk += n if is_utama and not is_akar and not has_induk else 0
    punya = exists().where(Skp.pegawai_id == Pegawai.id, _current(Skp, tahun))
    tanpa_skp = int(s.scalar(select(func.count(Pegawai.id))
                             .where(Pegawai.status == StatusPegawai.AKTIF.value, ~punya)) or 0)
    return CascadeRingkasan(tahun, pimpinan, terhubung, tanpa_induk, tanpa_skp)


def cascade_awal(ctx: AppContext, tahun: int) -> CascadeAwal:
    """The first view of the cascading tree (PermenPANRB 6/2022 Pasal 9): the counts, the
    leaders' RHK with the RHK intervening them, and the two small groups."""
    with ctx.read() as s:
        ring = _ringkasan(s, tahun)
        roots = _urut_akar(_nodes(s, tahun, _akar(tahun)))
        kids = _anak(s, tahun, [r.rhk_id for r in roots if r.jumlah_anak])
        for r in roots:
            r.children = [c for c in kids.get(r.rhk_id, []) if c.rhk_id != r.rhk_id]
        orphans = (None if ring.tanpa_induk > GRUP_AWAL else
                   _urut_akar(_nodes(s, tahun, _tanpa_induk(tahun))) if ring.tanpa_induk else [])
        names = None if ring.tanpa_skp > GRUP_AWAL else _tanpa_skp(s, tahun) if ring.tanpa_skp else []
    return CascadeAwal(ring, roots, orphans, names)


def cascade_anak(ctx: AppContext, tahun: int, parent_ids: list[int]) -> dict[int, list[CascadeNode]]:
    """The RHK intervening each of ``parent_ids`` (one level, each with its own child count)."""
    with ctx.read() as s:
        return _anak(s, tahun, list(parent_ids))


def cascade_tanpa_induk(ctx: AppContext, tahun: int) -> list[CascadeNode]:
    """Utama RHK of subordinates that intervene no supervisor RHK of this year."""
    with ctx.read() as s:
        return _urut_akar(_nodes(s, tahun, _tanpa_induk(tahun)))


def cascade_tanpa_skp(ctx: AppContext, tahun: int) -> list[str]:
    """"Nama (Jabatan)" of the active employees without an SKP this year."""
    with ctx.read() as s:
        return _tanpa_skp(s, tahun)


def cascade_cari(ctx: AppContext, tahun: int, teks: str, batas: int = BATAS_CARI) -> CascadeCari:
    """RHK whose text, employee or jabatan holds every word of ``teks``, each with the RHK above it
    up to its leader (one query per level of the path), pruned as the tree shows a search."""
    words = search_key(teks).split()
    with ctx.read() as s:
        names = [n for n in _tanpa_skp(s, tahun) if all(w in search_key(n) for w in words)]
        if not words:
            return CascadeCari([], [], names, 0, False)
        # lower() and LIKE narrow it in SQL; the search key (accents, apostrophes) decides
        cols = (Rhk.teks, Skp.pegawai_nama, Skp.pegawai_jabatan)
        cond = and_(*[or_(*[func.replace(func.lower(c), "'", "").contains(w, autoescape=True) for c in cols])
                      for w in words])
        found = [r for r in s.execute(select(Rhk.id, Rhk.parent_rhk_id, Rhk.teks, Skp.pegawai_nama,
                                             Skp.pegawai_jabatan).join(Skp, Rhk.skp_id == Skp.id)
                                      .where(_current(Skp, tahun), cond).order_by(Rhk.id))
                 if all(w in search_key(r.teks, r.pegawai_nama, r.pegawai_jabatan) for w in words)]
        terpotong = len(found) > batas
        found = found[:batas]
        parent: dict[int, int | None] = {r.id: r.parent_rhk_id for r in found}
        todo = {p for p in parent.values() if p is not None and p not in parent}
        while todo:
            level = {rid: p for rid, p, th, st in rows_in(
                s, select(Rhk.id, Rhk.parent_rhk_id, Skp.tahun, Skp.status).join(Skp, Rhk.skp_id == Skp.id),
                Rhk.id, sorted(todo)) if th == tahun and st != StatusSkp.DIGANTI.value}
            for rid in todo:
                parent[rid] = level.get(rid, -1)  # -1: not an RHK of this year
            todo = {p for p in level.values() if p is not None and p not in parent}
        shown = {rid for rid, p in parent.items() if p != -1}
        nodes = {n.rhk_id: n for n in _nodes(s, tahun, ids=sorted(shown))}
        tops = [rid for rid in nodes if parent[rid] not in nodes]
        akar = set(s.scalars(select(Rhk.id).join(Skp, Rhk.skp_id == Skp.id).where(_akar(tahun))
                             .where(Rhk.id.in_(tops)))) if tops else set()
    kids: dict[int, list[CascadeNode]] = defaultdict(list)
    for rid, n in nodes.items():
        p = parent[rid]
        if p in nodes:
            kids[p].append(n)

    def tree(n: CascadeNode, path: frozenset[int]) -> CascadeNode:
        n.children = [tree(c, path | {c.rhk_id}) for c in _urut_anak(kids.get(n.rhk_id, [])) if c.rhk_id not in path]
        return n

    roots = [tree(nodes[r], frozenset({r})) for r in tops if r in akar]
    # a top that is no leader's RHK intervenes no RHK of this year: shown when it is an utama RHK
    orphans = [tree(nodes[r], frozenset({r})) for r in tops if r not in akar and nodes[r].jenis == JenisRhk.UTAMA.value]
    return CascadeCari(_urut_akar(roots), _urut_akar(orphans), names, len(found), terpotong)
