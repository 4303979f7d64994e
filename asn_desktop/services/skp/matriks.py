"""Matriks peran hasil (kinerja-asn.md §3): one leader's RHK against the RHK of
their subordinates, on screen and exported to Excel (excel/matriks.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from asn_desktop.db.models import Pegawai, Skp, UnitKerja
from asn_desktop.domain.enums import JenisRhk, StatusPegawai, StatusSkp
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError, pesan_dari
from asn_desktop.services import scope
from asn_desktop.services.settings import get_office
from asn_desktop.domain.angka import format_target
from asn_desktop.services.skp._common import _nama, _current_skp, _ordered_rhk, _rhk_numbers, _get_pegawai, _depth_order
from asn_desktop.services.skp.unit_overview import STATUS_BELUM


@dataclass
class MatriksKolom:
    pegawai_id: int
    nama: str
    jabatan: str
    skp_id: int | None
    status: str  # StatusSkp value or STATUS_BELUM


@dataclass
class MatriksBaris:
    rhk_id: int
    nomor: str
    teks: str
    iki: list[str]  # indikator kinerja individu with target
    sel: list[list[str]]  # per column: the subordinate RHK ("A.1 teks") that intervene this RHK


@dataclass
class Matriks:
    """Matriks peran hasil (kinerja-asn.md §3): the cascading of one leader as a matrix."""

    tahun: int
    pemimpin_id: int
    pemimpin_nama: str
    pemimpin_jabatan: str
    unit: str
    skp_id: int | None
    kolom: list[MatriksKolom]
    baris: list[MatriksBaris]
    tidak_terhubung: list[list[str]]  # per column: utama RHK not linked to any of the leader's RHK


@dataclass
class Pemimpin:
    pegawai_id: int
    nama: str
    jabatan: str
    jumlah_bawahan: int
    punya_skp: bool


def leaders(ctx: AppContext, tahun: int) -> list[Pemimpin]:
    """Employees with subordinates (by ``atasan_id`` or as pejabat penilai), top first."""
    with ctx.read() as s:
        people = {p.id: p for p in s.scalars(select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value))}
        subs: dict[int, set[int]] = defaultdict(set)
        for p in people.values():
            if p.atasan_id in people:
                subs[p.atasan_id].add(p.id)
        for pid, penilai in s.execute(select(Skp.pegawai_id, Skp.pejabat_penilai_id).where(
                Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)):
            if penilai in people and pid in people:
                subs[penilai].add(pid)
        with_skp = set(s.scalars(select(Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)))
    ordered = _depth_order([people[i] for i in subs])
    return [Pemimpin(p.id, _nama(p), p.nama_jabatan or "", len(subs[p.id]), p.id in with_skp) for p in ordered]


def matriks_peran_hasil(ctx: AppContext, pemimpin_id: int, tahun: int) -> Matriks:
    with ctx.read() as s:
        leader = _get_pegawai(s, pemimpin_id)
        leader_skp = _current_skp(s, pemimpin_id, tahun)
        if leader_skp is not None:
            scope.require_lihat_matriks(ctx.actor, leader_skp)
        sub_ids = set(s.scalars(select(Pegawai.id).where(
            Pegawai.atasan_id == pemimpin_id, Pegawai.status == StatusPegawai.AKTIF.value)))
        sub_ids.update(s.scalars(select(Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value, Skp.pejabat_penilai_id == pemimpin_id)))
        subs = list(s.scalars(select(Pegawai).where(Pegawai.id.in_(sub_ids)).options(selectinload(Pegawai.unit))))
        sub_skps = {
            k.pegawai_id: k for k in s.scalars(
                select(Skp).where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value,
                                  Skp.pegawai_id.in_(sub_ids))
                .options(selectinload(Skp.rhk))
            )
        } if sub_ids else {}
        unit_order = {u.id: (u.urutan, u.nama) for u in s.scalars(select(UnitKerja))}
        subs.sort(key=lambda p: (unit_order.get(p.unit_id, (999, "")), 0 if p.eselon else 1, p.nama))
        kolom = [
            MatriksKolom(p.id, _nama(p), p.nama_jabatan or "", sub_skps[p.id].id if p.id in sub_skps else None,
                         sub_skps[p.id].status if p.id in sub_skps else STATUS_BELUM)
            for p in subs
        ]
        baris: list[MatriksBaris] = []
        linked: set[int] = set()
        if leader_skp is not None:
            s.refresh(leader_skp)
            nums = _rhk_numbers(leader_skp)
            col_nums = {p.id: _rhk_numbers(sub_skps[p.id]) for p in subs if p.id in sub_skps}
            for r in _ordered_rhk(leader_skp):
                sel: list[list[str]] = []
                for p in subs:
                    k = sub_skps.get(p.id)
                    cell = []
                    if k is not None:
                        for c in _ordered_rhk(k):
                            if c.parent_rhk_id == r.id:
                                cell.append(f"{col_nums[p.id][c.id]} {c.teks}")
                                linked.add(c.id)
                    sel.append(cell)
                baris.append(MatriksBaris(
                    r.id, nums[r.id], r.teks,
                    [f"{i.teks}: {format_target(i.target_min, i.target_max, i.satuan, i.target_teks)}"
                     for i in sorted(r.indikator, key=lambda x: x.urutan)],
                    sel,
                ))
        tidak: list[list[str]] = []
        for p in subs:
            k = sub_skps.get(p.id)
            nums_k = _rhk_numbers(k) if k is not None else {}
            tidak.append([f"{nums_k[c.id]} {c.teks}" for c in (_ordered_rhk(k) if k else [])
                          if c.jenis == JenisRhk.UTAMA.value and c.id not in linked])
        return Matriks(
            tahun=tahun, pemimpin_id=leader.id, pemimpin_nama=_nama(leader), pemimpin_jabatan=leader.nama_jabatan or "",
            unit=leader.unit.nama if leader.unit else "", skp_id=leader_skp.id if leader_skp else None,
            kolom=kolom, baris=baris, tidak_terhubung=tidak,
        )


def export_matriks(ctx: AppContext, pemimpin_id: int, tahun: int, path: str | Path) -> Path:
    """Write the matriks peran hasil to an .xlsx file (text cells stay text)."""
    from asn_desktop.excel import ExcelError
    from asn_desktop.excel.matriks import MatriksRow, MatriksSheet, write_matriks

    m = matriks_peran_hasil(ctx, pemimpin_id, tahun)
    office = get_office(ctx)
    sheet = MatriksSheet(
        judul=f"MATRIKS PERAN HASIL TAHUN {tahun}",
        instansi=" — ".join(x for x in (office.nama_kantor, office.instansi) if x),
        pemimpin=f"{m.pemimpin_nama} ({m.pemimpin_jabatan})" if m.pemimpin_jabatan else m.pemimpin_nama,
        kolom=[f"{k.nama}\n{k.jabatan}" + ("" if k.skp_id else "\n(belum ada SKP)") for k in m.kolom],
        baris=[MatriksRow(b.nomor, b.teks, b.iki, b.sel) for b in m.baris],
        tidak_terhubung=m.tidak_terhubung,
    )
    try:
        out = write_matriks(Path(path), sheet)
    except ExcelError as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    with ctx.write("skp.ekspor_matriks") as uow:
        uow.audit(None, None, f"Matriks peran hasil {m.pemimpin_nama} {tahun} diekspor ke {out.name}")
    return out
