"""Who may name the pejabat penilai: the atasan by default; anyone else only by an
Operator/Admin with a reason (PermenPANRB 6/2022). Each case was an accepted attack."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, Pegawai
from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ValidationError

from skp_helpers import as_role, pegawai_without_skp


def _people(ctx: AppContext) -> tuple[int, int, int]:
    """An employee without an SKP, their atasan, and a colleague who is neither."""
    pid = pegawai_without_skp(ctx)
    with ctx.read() as s:
        p = s.get(Pegawai, pid)
        peer = s.scalar(select(Pegawai.id).where(Pegawai.id.notin_([pid, p.atasan_id]),
                                                 Pegawai.status == "aktif"))
        return pid, p.atasan_id, peer


def test_pegawai_cannot_pick_a_colleague_as_own_rater(demo_ctx: AppContext) -> None:
    pid, atasan, peer = _people(demo_ctx)
    me = as_role(demo_ctx, Role.PEGAWAI, pid)
    with pytest.raises(PermissionDenied, match="atasan langsung"):
        S.create_skp(me, pid, 2026, pejabat_penilai_id=peer, alasan_penilai="teman baik saya sendiri")
    assert S.overview(demo_ctx, 2026).rows  # nothing was created:
    assert next(r for r in S.overview(demo_ctx, 2026).rows if r.pegawai_id == pid).skp_id is None
    d = S.create_skp(me, pid, 2026, pejabat_penilai_id=atasan)  # the atasan is always fine
    assert d.pejabat_penilai_id == atasan
    with pytest.raises(PermissionDenied):
        S.update_header(me, d.id, S.HeaderInput(d.pendekatan, d.jenis_skp, peer))
    with pytest.raises(PermissionDenied):  # nor clear it to an empty rater
        S.update_header(me, d.id, S.HeaderInput(d.pendekatan, d.jenis_skp, None))
    assert S.get_skp(demo_ctx, d.id).pejabat_penilai_id == atasan


def test_penilai_cannot_choose_the_rater_of_their_own_skp(demo_ctx: AppContext) -> None:
    pid, atasan, _peer = _people(demo_ctx)
    # the atasan is a Penilai with their own SKP: pick one of their subordinates (pid) as their rater
    boss = as_role(demo_ctx, Role.PENILAI, atasan)
    with demo_ctx.read() as s:
        own = S._current_skp(s, atasan, 2026)
        own_id = own.id if own is not None else None
    if own_id is None:
        own_id = S.create_skp(boss, atasan, 2026).id
    d = S.get_skp(boss, own_id)
    if d.status == "disetujui":  # the attack came through the Penilai's own revision
        d = S.revise(boss, own_id, "Perubahan target triwulan")
        own_id = d.id
    with pytest.raises(PermissionDenied):
        S.update_header(boss, own_id, S.HeaderInput(d.pendekatan, d.jenis_skp, pid, alasan_penilai="x" * 20))


def test_operator_needs_a_reason_and_it_is_audited(demo_ctx: AppContext) -> None:
    pid, atasan, peer = _people(demo_ctx)
    op = as_role(demo_ctx, Role.OPERATOR)
    with pytest.raises(ValidationError, match="alasan"):
        S.create_skp(op, pid, 2026, pejabat_penilai_id=peer)
    d = S.create_skp(op, pid, 2026, pejabat_penilai_id=peer, alasan_penilai="Atasan langsung cuti besar (Plt.)")
    assert d.pejabat_penilai_id == peer
    with demo_ctx.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.entitas == "skp", AuditLog.entitas_id == str(d.id),
                                               AuditLog.ringkasan.contains("bukan atasan"))).one()
    assert "Atasan langsung cuti besar (Plt.)" in row.ringkasan
    assert row.username == op.actor.username and row.sesudah["pejabat_penilai_id"] == peer


def test_pegawai_sees_only_self_and_atasan_as_choices(demo_ctx: AppContext) -> None:
    pid, atasan, _peer = _people(demo_ctx)
    ids = {p.id for p in S.pegawai_choices(as_role(demo_ctx, Role.PEGAWAI, pid))}
    assert ids == {pid, atasan}
    assert len(S.pegawai_choices(as_role(demo_ctx, Role.OPERATOR))) > 10


def _shot(widget, name: str) -> None:
    folder = os.environ.get("ASN_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def test_create_dialog_offers_the_choice_only_to_operators(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.skp.dialogs import CreateSkpDialog

    pid, atasan, peer = _people(demo_ctx)
    me = as_role(demo_ctx, Role.PEGAWAI, pid)
    p = next(x for x in S.pegawai_choices(me) if x.id == pid)
    dlg = CreateSkpDialog(me, p, 2026)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.cmb_penilai is None and dlg.ed_alasan is None
    boss = next(x for x in S.pegawai_choices(me) if x.id == atasan)
    assert boss.nama in dlg.lbl_penilai.text()
    _shot(dlg, "create_skp_pegawai.png")

    op = as_role(demo_ctx, Role.OPERATOR)
    dlg2 = CreateSkpDialog(op, p, 2026)
    qtbot.addWidget(dlg2)
    dlg2.show()
    assert dlg2.cmb_penilai is not None and dlg2.cmb_penilai.pegawai_id() == atasan
    assert not dlg2.ed_alasan.isEnabled()
    dlg2.cmb_penilai.set_pegawai(peer)
    assert dlg2.ed_alasan.isEnabled()
    dlg2.ed_alasan.setText("Atasan langsung sedang tugas belajar")
    _shot(dlg2, "create_skp_operator.png")
    dlg2.rb_empty.setChecked(True)
    sid, _msg = dlg2.create()
    assert S.get_skp(demo_ctx, sid).pejabat_penilai_id == peer


def test_editor_lets_only_operators_change_the_rater(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.main_window import MainWindow

    pid, atasan, _peer = _people(demo_ctx)
    me = as_role(demo_ctx, Role.PEGAWAI, pid)
    sid = S.create_skp(me, pid, 2026).id
    for ctx, may in ((me, False), (as_role(demo_ctx, Role.OPERATOR), True)):
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        page = win.goto("skp")
        page.open_skp(sid)
        ed = page.editor
        assert ed.detail is not None and ed.detail.boleh.edit
        assert ed.cmb_penilai.isEnabled() is may
        if not may:
            assert ed.cmb_penilai.count() == 2  # "(tidak ada)" and the atasan already on the SKP
            ed.tabs.setCurrentIndex(0)
            _shot(win, "skp_editor_pegawai.png")
