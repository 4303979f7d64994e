"""Helpers of the SKP tests (a unique module name: several test folders have a conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services.context import Actor, AppContext


@dataclass
class Fresh:
    """An employee of the demo without an SKP for 2026, and the people around them."""

    pegawai_id: int
    atasan_id: int
    atasan_atasan_id: int | None
    skp_id: int


def as_role(ctx: AppContext, role: Role, pegawai_id: int | None = None, name: str = "") -> AppContext:
    return ctx.as_actor(Actor(900 + (pegawai_id or 0), name or f"{role.value}{pegawai_id or ''}", role,
                              pegawai_id=pegawai_id))


def rhk_input(teks: str = "Terselesaikannya pengarsipan surat kecamatan", parent: int | None = None,
              jenis: str = "utama", n: int = 3) -> S.RhkInput:
    inds = [
        S.IndikatorInput(teks="Jumlah surat yang diarsipkan", aspek="kuantitas", target_min=600, satuan="surat"),
        S.IndikatorInput(teks="Persentase arsip tanpa kesalahan", aspek="kualitas", target_min=95, satuan="%"),
        S.IndikatorInput(teks="Waktu pengarsipan", aspek="waktu", target_min=1, target_max=2, satuan="hari kerja"),
    ][:n]
    return S.RhkInput(teks=teks, jenis=jenis, parent_rhk_id=parent, indikator=inds)


def pegawai_without_skp(ctx: AppContext, tahun: int = 2026) -> int:
    ov = S.overview(ctx, tahun)
    return next(r.pegawai_id for r in ov.rows if r.status == S.STATUS_BELUM)


def make_fresh(demo_ctx: AppContext) -> Fresh:
    pid = pegawai_without_skp(demo_ctx)
    with demo_ctx.read() as s:
        p = s.get(Pegawai, pid)
        atasan = p.atasan
        aa = atasan.atasan_id if atasan else None
        assert atasan is not None
    d = S.create_skp(demo_ctx, pid, 2026)
    return Fresh(pid, atasan.id, aa, d.id)


def supervisor_rhk(ctx: AppContext, skp_id: int) -> int:
    return S.parent_options(ctx, skp_id).opsi[0].rhk_id


def skp_of(ctx: AppContext, pegawai_id: int, tahun: int = 2026) -> Skp:
    with ctx.read() as s:
        return s.scalars(select(Skp).where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun)
                         .order_by(Skp.versi.desc())).first()


def approved_with_children(ctx: AppContext) -> tuple[int, int, int]:
    """(pegawai_id, skp_id, penilai pegawai_id) of an approved, evaluated SKP whose RHK
    are intervened by subordinates (a Kepala Seksi / Lurah of the demo)."""
    from asn_desktop.db.models import Evaluasi, Rhk

    with ctx.read() as s:
        for k in s.scalars(select(Skp).where(Skp.tahun == 2026, Skp.status == "disetujui",
                                             Skp.pejabat_penilai_id.is_not(None)).order_by(Skp.id)):
            rhk_ids = [r.id for r in k.rhk]
            has_children = s.scalars(select(Rhk.id).where(Rhk.parent_rhk_id.in_(rhk_ids))).first()
            has_eval = s.scalars(select(Evaluasi.id).where(Evaluasi.skp_id == k.id)).first()
            if has_children and has_eval:
                return k.pegawai_id, k.id, k.pejabat_penilai_id
    raise AssertionError("demo has no approved SKP with subordinates")
