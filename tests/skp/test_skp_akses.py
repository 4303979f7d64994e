"""A Penilai reaches only the SKPs and evaluations of the people he is pejabat penilai of,
through every service entry point (the access rules live in services/scope.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asn_desktop.db import models as m
from asn_desktop.domain.enums import Role
from asn_desktop.services import evaluasi as E
from asn_desktop.services import laporan as L
from asn_desktop.services import skp as S
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services.pertukaran_formulir import find_periode


def _penilai_and_stranger(ctx: AppContext) -> tuple[AppContext, int, int, int]:
    """(a Penilai's context, one SKP of his own subordinate, one SKP of someone in another unit, tahun)."""
    with ctx.read() as s:
        skps = [k for k in s.scalars(select(m.Skp).where(m.Skp.tahun == 2026, m.Skp.status == "disetujui"))]
        by_penilai: dict[int, list[m.Skp]] = {}
        for k in skps:
            pid = k.pejabat_penilai_id or k.pegawai.atasan_id
            if pid is not None:
                by_penilai.setdefault(pid, []).append(k)
        penilai_id, own = max(by_penilai.items(), key=lambda kv: len(kv[1]))
        unit = s.get(m.Pegawai, penilai_id).unit_id
        people = {k.pegawai_id for k in own} | {penilai_id}
        stranger = next(k for k in skps if k.pegawai_id not in people
                        and (k.pejabat_penilai_id or k.pegawai.atasan_id) != penilai_id
                        and k.pegawai.unit_id != unit)
        return (ctx.as_actor(Actor(None, "penilai", Role.PENILAI, pegawai_id=penilai_id)),
                own[0].id, stranger.id, 2026)


def test_penilai_reads_his_own_people_but_not_another_units_skp_by_any_entry_point(demo_ctx, tmp_path) -> None:
    pen, own, other, tahun = _penilai_and_stranger(demo_ctx)
    pid = find_periode(demo_ctx, tahun, "Triwulan I")
    assert S.get_skp(pen, own).id == own
    with demo_ctx.read() as s:
        other_pegawai = s.get(m.Skp, other).pegawai_id
        other_ev = s.scalar(select(m.Evaluasi.id).where(m.Evaluasi.skp_id == other, m.Evaluasi.periode_id == pid))
    assert other_ev is not None  # the demo evaluated the first quarter
    entry_points = {
        "get_skp": lambda: S.get_skp(pen, other),
        "get_skp(for_print)": lambda: S.get_skp(pen, other, for_print=True),
        "current_skp_id": lambda: S.current_skp_id(pen, other_pegawai, tahun),
        "validate_skp": lambda: S.validate_skp(pen, other),
        "parent_options": lambda: S.parent_options(pen, other),
        "skp_pdf_bytes": lambda: S.skp_pdf_bytes(pen, other),
        "detail_evaluasi": lambda: E.detail_evaluasi(pen, other, pid),
        "get_evaluasi": lambda: E.get_evaluasi(pen, other_ev),
        "dokumen_evaluasi": lambda: L.dokumen_evaluasi(pen, other_ev),
        "set_penilaian": lambda: E.set_penilaian(pen, other_ev, "sesuai", "sesuai"),
    }
    for name, call in entry_points.items():
        with pytest.raises(PermissionDenied):
            call()
            pytest.fail(f"{name} let the Penilai read another unit's SKP")
    listed = {x.id for x in S.list_skp(pen, tahun)}
    assert own in listed and other not in listed
    assert other_pegawai not in {r.pegawai_id for r in S.overview(pen, tahun).rows}
    assert other_pegawai not in {r.pegawai_id for r in E.list_evaluasi(pen, pid)}
    own_pegawai = S.get_skp(pen, own).pegawai_id
    assert own_pegawai in {r.pegawai_id for r in E.list_evaluasi(pen, pid)}


def test_operator_sees_every_evaluation_but_no_rating_and_cannot_rate(demo_ctx) -> None:
    _pen, own, _other, tahun = _penilai_and_stranger(demo_ctx)
    op = demo_ctx.as_actor(Actor(None, "operator", Role.OPERATOR))
    pid = find_periode(demo_ctx, tahun, "Triwulan I")
    d = E.detail_evaluasi(op, own, pid)
    assert d.rating_hasil is None and d.predikat is None
    assert len(E.list_evaluasi(op, pid)) == len(E.list_evaluasi(demo_ctx, pid))
    with pytest.raises(PermissionDenied):
        E.set_penilaian(op, d.evaluasi_id, "sesuai", "sesuai")


def test_access_rules_are_stated_once_as_permissions() -> None:
    """Services decide access through services/scope.py and the permissions of domain/roles.py,
    never by comparing role names; the RHK library needs nothing from the SKP service."""
    import re
    from pathlib import Path

    import asn_desktop.services as services_pkg

    root = Path(services_pkg.__file__).parent
    for f in sorted(root.rglob("*.py")):  # packages (services/evaluasi/) included
        if f.name in ("akun.py", "actor.py"):  # accounts are where roles are assigned
            continue
        text = f.read_text(encoding="utf-8")
        assert not re.search(r"actor\.role\s*(==|!=|in\b|not in\b)", text), f.name
        assert not re.search(r"Role\.(ADMIN|OPERATOR|PENILAI|PEGAWAI)", text), f.name
    library = (root / "template_rhk.py").read_text(encoding="utf-8")
    assert "services.skp" not in library and "import skp" not in library
