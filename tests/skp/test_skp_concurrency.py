"""Two windows (or two PCs) on the same SKP: optimistic version checks.

Each "window" is its own ``AppContext`` from its own ``open_database`` on the same
file, as two running copies of the app would be. A save made with the version the
window loaded succeeds; a save from a window still showing an older version is
refused with ConflictError and leaves the other window's change intact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from asn_desktop.db.models import Skp
from asn_desktop.db.session import open_database
from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services import template_rhk as T
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import ConflictError
from asn_desktop.ui.skp import editor as ui_editor
from asn_desktop.ui.skp.rhk_dialog import RhkDialog

from skp_helpers import Fresh, approved_with_children, as_role, rhk_input, supervisor_rhk


@dataclass
class Windows:
    a: AppContext
    b: AppContext
    skp_id: int


@pytest.fixture
def windows(demo_ctx: AppContext, fresh: Fresh) -> Iterator[Windows]:
    """A complete draft SKP (2 RHK with 3 indicators each) opened in two windows."""
    parent = supervisor_rhk(demo_ctx, fresh.skp_id)
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Terselesaikannya pengarsipan surat", parent=parent))
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Tersusunnya laporan bulanan", parent=parent))
    second = open_database(demo_ctx.db.path)
    yield Windows(demo_ctx.as_actor(Actor.system("jendela_a")), AppContext(second, Actor.system("jendela_b")),
                  fresh.skp_id)
    second.dispose()


def _edit(r: S.RhkData, teks: str) -> S.RhkInput:
    """The RHK as the dialog would send it, with a new text."""
    return S.RhkInput(teks=teks, jenis=r.jenis, parent_rhk_id=r.parent_rhk_id, indikator=[
        S.IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min, target_max=i.target_max,
                         satuan=i.satuan, id=i.id) for i in r.indikator])


def _state(ctx: AppContext, skp_id: int) -> tuple[Any, ...]:
    """What a user would notice of an SKP: status, header, RHK with indicators, perilaku, lampiran."""
    d = S.get_skp(ctx, skp_id)
    return (d.status, d.version_id, d.pendekatan, d.tempat_tanggal_ttd, d.pejabat_penilai_id,
            [(r.nomor, r.teks, [(i.teks, i.target) for i in r.indikator]) for r in d.rhk],
            [p.ekspektasi_khusus for p in d.perilaku],
            (d.lampiran_dukungan_sumber_daya, d.lampiran_skema_pertanggungjawaban, d.lampiran_konsekuensi))


# ------------------------------------------------------------------------------- the helpers


def test_touch_advances_the_version_even_within_one_second(demo_ctx: AppContext, fresh: Fresh) -> None:
    """Setting an equal updated_at is no change for SQLAlchemy; touch must still bump version_id."""
    v0 = S.get_skp(demo_ctx, fresh.skp_id).version_id
    for _ in range(3):  # three touches in (usually) the same second
        with demo_ctx.write("uji.sentuh") as uow:
            uow.touch(uow.session.get(Skp, fresh.skp_id))
    assert S.get_skp(demo_ctx, fresh.skp_id).version_id == v0 + 3


def test_expect_version_refuses_only_a_different_version(demo_ctx: AppContext, fresh: Fresh) -> None:
    v = S.get_skp(demo_ctx, fresh.skp_id).version_id
    with demo_ctx.write("uji.versi") as uow:
        skp = uow.session.get(Skp, fresh.skp_id)
        uow.expect_version(skp, None, "SKP")  # callers that do not track versions
        uow.expect_version(skp, v, "SKP")
        with pytest.raises(ConflictError, match="SKP Budi sudah diubah di jendela atau komputer lain"):
            uow.expect_version(skp, v - 1, "SKP Budi")


# ------------------------------------------------------------------------------- the scenario


def test_stale_rhk_edit_is_refused_and_the_first_save_survives(windows: Windows) -> None:
    a, b, sid = windows.a, windows.b, windows.skp_id
    da, db_ = S.get_skp(a, sid), S.get_skp(b, sid)
    assert da.version_id == db_.version_id
    r = da.rhk[0]
    saved = S.save_rhk(a, sid, _edit(r, "Teks dari jendela A"), r.id, expected_version=da.version_id)
    assert saved.teks == "Teks dari jendela A" and saved.skp_version_id > da.version_id
    # B still shows the old SKP: its edit of the same RHK is refused ...
    with pytest.raises(ConflictError, match="sudah diubah di jendela atau komputer lain"):
        S.save_rhk(b, sid, _edit(r, "Teks dari jendela B"), r.id, expected_version=db_.version_id)
    # ... and so is any other change based on what B shows (A changed only RHK rows)
    with pytest.raises(ConflictError):
        S.save_rhk(b, sid, rhk_input("RHK baru dari jendela B"), expected_version=db_.version_id)
    with pytest.raises(ConflictError):
        S.update_lampiran(b, sid, "Dari B", "Dari B", "Dari B", expected_version=db_.version_id)
    now = S.get_skp(b, sid)
    assert [x.teks for x in now.rhk] == ["Teks dari jendela A", "Tersusunnya laporan bulanan"]
    assert now.lampiran_dukungan_sumber_daya == "" and now.version_id == saved.skp_version_id
    # B reloads (sees A's text) and redoes its change
    again = S.save_rhk(b, sid, _edit(now.rhk[0], "Teks dari jendela B"), r.id, expected_version=now.version_id)
    assert again.skp_version_id > now.version_id
    assert S.get_skp(a, sid).rhk[0].teks == "Teks dari jendela B"
    # A is the stale one now
    with pytest.raises(ConflictError):
        S.update_lampiran(a, sid, "x", "y", "z", expected_version=saved.skp_version_id)


def test_stale_header_update_and_submit_are_refused(windows: Windows) -> None:
    a, b, sid = windows.a, windows.b, windows.skp_id
    da, db_ = S.get_skp(a, sid), S.get_skp(b, sid)
    after_a = S.update_header(a, sid, S.HeaderInput(da.pendekatan, da.jenis_skp, da.pejabat_penilai_id,
                                                    "Kupang, 5 Januari 2026"), expected_version=da.version_id)
    assert after_a.version_id > da.version_id
    with pytest.raises(ConflictError):
        S.update_header(b, sid, S.HeaderInput("kualitatif", db_.jenis_skp, db_.pejabat_penilai_id, ""),
                        expected_version=db_.version_id)
    # B submits what it shows: refused, the SKP stays a draft with A's header
    with pytest.raises(ConflictError):
        S.submit(b, sid, expected_version=db_.version_id)
    d = S.get_skp(b, sid)
    assert d.status == "draft" and d.pendekatan == "kuantitatif" and d.tempat_tanggal_ttd == "Kupang, 5 Januari 2026"
    assert S.submit(b, sid, expected_version=d.version_id).status == "diajukan"


def test_penilai_cannot_approve_content_changed_after_loading(windows: Windows, fresh: Fresh) -> None:
    """The employee withdraws, changes a target and resubmits while the penilai looks at the
    old content: the approval of what the penilai saw is refused."""
    a, sid = windows.a, windows.skp_id
    penilai = as_role(windows.b, Role.PENILAI, fresh.atasan_id, "kasi")
    S.submit(a, sid)
    shown = S.get_skp(penilai, sid)
    d = S.withdraw(a, sid, expected_version=S.get_skp(a, sid).version_id)
    r = d.rhk[0]
    inp = _edit(r, r.teks)
    inp.indikator[0].target_min = 1
    d = S.get_skp(a, sid)
    S.save_rhk(a, sid, inp, r.id, expected_version=d.version_id)
    S.submit(a, sid, expected_version=S.get_skp(a, sid).version_id)
    for op in (lambda v: S.approve(penilai, sid, expected_version=v),
               lambda v: S.return_skp(penilai, sid, "Target terlalu rendah", expected_version=v)):
        with pytest.raises(ConflictError):
            op(shown.version_id)
    assert S.get_skp(a, sid).status == "diajukan"
    fresh_view = S.get_skp(penilai, sid)
    assert fresh_view.rhk[0].indikator[0].target == "1 surat"
    assert S.approve(penilai, sid, expected_version=fresh_view.version_id).status == "disetujui"


# every mutation of an existing SKP: (name, operation(ctx, skp_id, detail, version))
Op = Callable[[AppContext, int, S.SkpDetail, int | None], Any]
OPS: list[tuple[str, Op]] = [
    ("header", lambda c, i, d, v: S.update_header(
        c, i, S.HeaderInput("kualitatif", d.jenis_skp, d.pejabat_penilai_id), expected_version=v)),
    ("snapshot", lambda c, i, d, v: S.refresh_snapshots(c, i, expected_version=v)),
    ("rhk_baru", lambda c, i, d, v: S.save_rhk(c, i, rhk_input("RHK ketiga"), expected_version=v)),
    ("rhk_ubah", lambda c, i, d, v: S.save_rhk(c, i, _edit(d.rhk[1], "Diubah"), d.rhk[1].id, expected_version=v)),
    ("rhk_hapus", lambda c, i, d, v: S.delete_rhk(c, d.rhk[1].id, expected_version=v)),
    ("rhk_urut", lambda c, i, d, v: S.move_rhk(c, d.rhk[1].id, -1, expected_version=v)),
    ("indikator_urut", lambda c, i, d, v: S.move_indikator(c, d.rhk[1].indikator[2].id, -1, expected_version=v)),
    ("indikator_hapus", lambda c, i, d, v: S.delete_indikator(c, d.rhk[1].indikator[0].id, expected_version=v)),
    ("perilaku", lambda c, i, d, v: S.update_perilaku(c, i, {"akuntabel": "Tepat waktu"}, expected_version=v)),
    ("lampiran", lambda c, i, d, v: S.update_lampiran(c, i, "DPA", "Bulanan", "Sesuai aturan", expected_version=v)),
    ("pustaka", lambda c, i, d, v: S.apply_templates(c, i, [T.list_templates(c)[0].id], expected_version=v)),
    ("ajukan", lambda c, i, d, v: S.submit(c, i, expected_version=v)),
    ("hapus_skp", lambda c, i, d, v: S.delete_skp(c, i, expected_version=v)),
]


@pytest.mark.parametrize("name,op", OPS, ids=[n for n, _ in OPS])
def test_every_skp_change_checks_the_version(windows: Windows, name: str, op: Op) -> None:
    a, b, sid = windows.a, windows.b, windows.skp_id
    stale = S.get_skp(b, sid)
    da = S.get_skp(a, sid)
    # window A changes only child rows (an RHK text): the SKP's version must still advance
    S.save_rhk(a, sid, _edit(da.rhk[0], "Diubah di jendela A"), da.rhk[0].id, expected_version=da.version_id)
    before = _state(a, sid)
    assert before[1] > stale.version_id
    with pytest.raises(ConflictError):
        op(b, sid, stale, stale.version_id)
    assert _state(b, sid) == before
    # after reloading, the same operation goes through and A's change is still there
    current = S.get_skp(b, sid)
    op(b, sid, current, current.version_id)
    if name != "hapus_skp":
        after = _state(a, sid)
        assert after[1] > before[1] or name == "snapshot"
        assert any(t == "Diubah di jendela A" for _n, t, _i in after[5])


def test_moving_the_first_rhk_up_changes_nothing_and_returns_the_version(windows: Windows) -> None:
    d = S.get_skp(windows.a, windows.skp_id)
    assert S.move_rhk(windows.a, d.rhk[0].id, -1, expected_version=d.version_id) == d.version_id
    assert S.get_skp(windows.a, windows.skp_id).version_id == d.version_id


def test_revision_advances_the_subordinates_skp_versions(demo_ctx: AppContext) -> None:
    """Revising re-points the subordinates' RHK to the copy: their open editors must reload
    instead of saving the old link back."""
    from asn_desktop.db.models import Rhk
    from sqlalchemy import select

    _pid, skp_id, _penilai = approved_with_children(demo_ctx)
    with demo_ctx.read() as s:
        parent_ids = [r.id for r in s.get(Skp, skp_id).rhk]
        child_skps = sorted(set(s.scalars(select(Rhk.skp_id).where(Rhk.parent_rhk_id.in_(parent_ids)))))
    versions = {i: S.get_skp(demo_ctx, i).version_id for i in child_skps}
    old = S.get_skp(demo_ctx, skp_id)
    with pytest.raises(ConflictError):
        S.revise(demo_ctx, skp_id, "Perubahan target", expected_version=old.version_id - 1)
    S.revise(demo_ctx, skp_id, "Perubahan target", expected_version=old.version_id)
    assert all(S.get_skp(demo_ctx, i).version_id > versions[i] for i in child_skps)


# ------------------------------------------------------------------------------- two editor windows


def _editor(qtbot, ctx: AppContext, skp_id: int) -> ui_editor.SkpEditor:
    ed = ui_editor.SkpEditor(ctx)
    qtbot.addWidget(ed)
    ed.resize(1280, 800)
    ed.show()
    assert ed.load(skp_id)
    return ed


def test_two_editors_second_save_shows_conflict_and_reloads(qtbot, windows: Windows,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    ed_a = _editor(qtbot, windows.a, windows.skp_id)
    ed_b = _editor(qtbot, windows.b, windows.skp_id)
    # A writes the lampiran; B, still showing the empty one, writes its own
    ed_a.tabs.setCurrentIndex(3)
    ed_a.ed_lampiran["dukungan"].setPlainText("Anggaran DPA kecamatan")
    assert ed_a.save_lampiran() and shown == []
    ed_b.tabs.setCurrentIndex(3)
    ed_b.ed_lampiran["dukungan"].setPlainText("Komputer dan jaringan internet")
    assert not ed_b.save_lampiran()
    assert len(shown) == 1 and "diubah di jendela atau komputer lain" in shown[0] and "clipboard" in shown[0]
    # B now shows A's text, its own typing is on the clipboard, nothing of B was saved
    assert ed_b.ed_lampiran["dukungan"].toPlainText() == "Anggaran DPA kecamatan"
    assert "Komputer dan jaringan internet" in QApplication.clipboard().text()
    assert ed_b.detail.version_id == S.get_skp(windows.a, windows.skp_id).version_id
    assert ed_b.tabs.currentIndex() == 3 and not ed_b._dirty_lampiran
    assert S.get_skp(windows.b, windows.skp_id).lampiran_dukungan_sumber_daya == "Anggaran DPA kecamatan"
    # B redoes its change on the fresh data: saved
    ed_b.ed_lampiran["skema"].setPlainText("Laporan bulanan")
    assert ed_b.save_lampiran() and len(shown) == 1

    # A (now stale) edits an RHK through the dialog: conflict, the dialog closes, A reloads
    def rhk_exec(dlg: RhkDialog) -> int:
        dlg.ed_teks.setPlainText("RHK diubah di jendela A")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(RhkDialog, "exec", rhk_exec)
    ed_a.tabs.setCurrentIndex(1)
    ed_a.edit_rhk(ed_a.detail.rhk[0])
    assert len(shown) == 2 and "diubah di jendela atau komputer lain" in shown[1]
    assert ed_a.detail.lampiran_skema_pertanggungjawaban == "Laporan bulanan"  # B's change now visible in A
    assert "RHK diubah di jendela A" in QApplication.clipboard().text()
    assert S.get_skp(windows.a, windows.skp_id).rhk[0].teks == "Terselesaikannya pengarsipan surat"
    # retried on the reloaded editor: saved, the tree shows it
    ed_a.edit_rhk(ed_a.detail.rhk[0])
    assert len(shown) == 2
    assert ed_a.tree.topLevelItem(0).child(0).text(0) == "A.1  RHK diubah di jendela A"
    # B moves an RHK on its stale view: refused and reloaded, the order is unchanged
    ed_b.tabs.setCurrentIndex(1)
    ed_b._reselect("rhk", ed_b.detail.rhk[1].id)
    ed_b.move_selected(-1)
    assert len(shown) == 3
    assert [r.teks for r in ed_b.detail.rhk] == ["RHK diubah di jendela A", "Tersusunnya laporan bulanan"]
    ed_b.move_selected(-1)  # now with the fresh version
    assert len(shown) == 3
    assert [r.teks for r in S.get_skp(windows.a, windows.skp_id).rhk] == [
        "Tersusunnya laporan bulanan", "RHK diubah di jendela A"]


# ------------------------------------------------------------------------------- evaluation (already versioned)


def test_realisasi_saves_in_one_second_each_advance_the_evaluation_version(demo_ctx: AppContext) -> None:
    """save_realisasi changes only child rows; its version bump must not depend on the clock."""
    from sqlalchemy import select

    from asn_desktop.db.models import Periode
    from asn_desktop.services import evaluasi as E

    with demo_ctx.read() as s:
        periode_id = s.scalar(select(Periode.id).where(Periode.status == "dibuka").order_by(Periode.urutan))
    skp_id = next(r.skp_id for r in S.overview(demo_ctx, 2026).rows if r.status == "disetujui")
    ev_id = E.ensure_evaluasi(demo_ctx, skp_id, periode_id)
    d = E.get_evaluasi(demo_ctx, ev_id)
    ind = S.get_skp(demo_ctx, skp_id).rhk[0].indikator[0].id
    v0 = d.version_id
    d1 = E.save_realisasi(demo_ctx, ev_id, [E.RealisasiInput(ind, realisasi="10 dokumen")], version_id=v0)
    d2 = E.save_realisasi(demo_ctx, ev_id, [E.RealisasiInput(ind, realisasi="12 dokumen")], version_id=d1.version_id)
    assert v0 < d1.version_id < d2.version_id
    with pytest.raises(ConflictError):  # a window still holding d1's version
        E.save_realisasi(demo_ctx, ev_id, [E.RealisasiInput(ind, realisasi="9 dokumen")], version_id=d1.version_id)
