"""The cascading tree of one year: each RHK with the subordinate RHK that intervene
it (PermenPANRB 6/2022 Pasal 9), read as plain rows because a regency year is large."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from asn_desktop.db.models import Indikator, Pegawai, Rhk, Skp
from asn_desktop.domain.enums import JenisRhk, StatusPegawai, StatusSkp
from asn_desktop.domain.nama import format_nama
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
