"""Edit › Urungkan / Ulangi in the SKP editor: through the SKP services, per SKP, refused when stale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.ui.skp import editor as ui_editor
from asn_desktop.ui.skp.rhk_dialog import RhkDialog

from skp_helpers import rhk_input, supervisor_rhk


def _window(qtbot, ctx: AppContext, skp_id: int):  # noqa: ANN001, ANN202
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)  # window shortcuts need the active window
    page = win.goto("skp")
    page.open_skp(skp_id)
    return win, page, page.editor


def _key(qtbot, win, ed, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:  # noqa: ANN001
    """A shortcut typed while the RHK tree has the focus (not a text field, which keeps its own Ctrl+Z)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    ed.tabs.setCurrentIndex(1)
    ed.tree.setFocus()
    qtbot.keyClick(ed.tree, key, mods)
    QApplication.processEvents()


def _ctrl_z(qtbot, win, ed) -> None:  # noqa: ANN001
    _key(qtbot, win, ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _ctrl_shift_z(qtbot, win, ed) -> None:  # noqa: ANN001
    _key(qtbot, win, ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_header_edit_undone_and_redone_with_the_keyboard(qtbot, demo_ctx: AppContext, fresh) -> None:  # noqa: ANN001
    win, _page, ed = _window(qtbot, demo_ctx, fresh.skp_id)
    assert not win.act_undo.isEnabled() and win.act_undo.text() == "&Urungkan"
    ed.tabs.setCurrentIndex(0)
    ed.ed_ttd.setText("Kupang, 2 Januari 2026")
    ed.save_header()
    assert S.get_skp(demo_ctx, fresh.skp_id).tempat_tanggal_ttd == "Kupang, 2 Januari 2026"
    assert win.act_undo.isEnabled() and win.act_undo.text() == "&Urungkan: ubah pengaturan SKP"

    _ctrl_z(qtbot, win, ed)
    assert S.get_skp(demo_ctx, fresh.skp_id).tempat_tanggal_ttd == ""  # the database
    assert ed.ed_ttd.text() == ""  # and the view
    assert "Diurungkan: ubah pengaturan SKP" in win.statusBar().currentMessage()
    assert win.act_redo.text() == "U&langi: ubah pengaturan SKP" and not win.act_undo.isEnabled()

    _ctrl_shift_z(qtbot, win, ed)
    assert S.get_skp(demo_ctx, fresh.skp_id).tempat_tanggal_ttd == "Kupang, 2 Januari 2026"
    assert ed.ed_ttd.text() == "Kupang, 2 Januari 2026"
    _ctrl_z(qtbot, win, ed)
    _key(qtbot, win, ed, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y redoes too
    assert S.get_skp(demo_ctx, fresh.skp_id).tempat_tanggal_ttd == "Kupang, 2 Januari 2026"
    # the overview hears of it (the editor's change marks the list stale)
    assert {0, 1, 2} <= _page._stale


def test_rhk_add_edit_and_delete_are_undone_in_order(qtbot, demo_ctx: AppContext, fresh,  # noqa: ANN001
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    parent = supervisor_rhk(demo_ctx, fresh.skp_id)
    first = S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("RHK pertama", parent=parent))
    win, _page, ed = _window(qtbot, demo_ctx, fresh.skp_id)

    def add_exec(dlg: RhkDialog) -> int:
        dlg.ed_teks.setPlainText("Terlayaninya surat keterangan")
        t = dlg.indicators.table
        t.item(0, 1).setText("Jumlah surat keterangan")
        t.item(0, 2).setText("300")
        t.item(0, 4).setText("surat")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(RhkDialog, "exec", add_exec)
    ed.edit_rhk(None, "utama")
    texts = lambda: [r.teks for r in S.get_skp(demo_ctx, fresh.skp_id).rhk]  # noqa: E731
    assert texts() == ["RHK pertama", "Terlayaninya surat keterangan"]
    assert win.act_undo.text() == "&Urungkan: tambah RHK A.2"

    # delete the first RHK (with its three indicators), then undo: it comes back in first place
    monkeypatch.setattr(ui_editor, "confirm", lambda *a, **k: True)
    ed._reselect("rhk", first.id)
    ed.delete_selected()
    assert texts() == ["Terlayaninya surat keterangan"]
    assert win.act_undo.text() == "&Urungkan: hapus RHK A.1"
    win.act_undo.trigger()
    back = S.get_skp(demo_ctx, fresh.skp_id).rhk
    assert [r.teks for r in back] == ["RHK pertama", "Terlayaninya surat keterangan"]
    assert [i.teks for i in back[0].indikator] == [i.teks for i in first.indikator]
    assert back[0].parent_rhk_id == parent
    assert ed.tree.topLevelItem(0).child(0).text(0).startswith("A.1  RHK pertama")

    # delete one indicator, undo puts it back in its place
    ind = back[0].indikator[1]
    ed._reselect("ind", ind.id)
    ed.delete_selected()
    assert len(S.get_skp(demo_ctx, fresh.skp_id).rhk[0].indikator) == 2
    win.act_undo.trigger()
    assert [i.teks for i in S.get_skp(demo_ctx, fresh.skp_id).rhk[0].indikator] == [i.teks for i in first.indikator]

    # then the add (newest remaining) is undone, and redone
    win.act_undo.trigger()  # the RHK delete's redo was dropped by the indicator edit; next: the add
    assert texts() == ["RHK pertama"]
    assert ed.tree.topLevelItem(0).childCount() == 1
    win.act_redo.trigger()
    assert texts() == ["RHK pertama", "Terlayaninya surat keterangan"]


def test_perilaku_expectation_undone(qtbot, demo_ctx: AppContext, fresh) -> None:  # noqa: ANN001
    win, _page, ed = _window(qtbot, demo_ctx, fresh.skp_id)
    ed.tabs.setCurrentIndex(2)
    old = ed.tbl_perilaku.item(0, 2).text()
    ed.tbl_perilaku.item(0, 2).setText("Menjawab pengaduan warga di hari yang sama")
    assert ed.save_perilaku()
    assert S.get_skp(demo_ctx, fresh.skp_id).perilaku[0].ekspektasi_khusus.startswith("Menjawab")
    win.act_undo.trigger()
    assert S.get_skp(demo_ctx, fresh.skp_id).perilaku[0].ekspektasi_khusus == old
    assert ed.tbl_perilaku.item(0, 2).text() == old


def test_undo_refused_after_someone_else_changed_the_skp(qtbot, demo_ctx: AppContext, fresh) -> None:  # noqa: ANN001
    win, _page, ed = _window(qtbot, demo_ctx, fresh.skp_id)
    ed.ed_ttd.setText("Kupang, 2 Januari 2026")
    ed.save_header()
    # another window (or computer) saves the SKP after us
    d = S.get_skp(demo_ctx, fresh.skp_id)
    S.update_lampiran(demo_ctx, fresh.skp_id, "Anggaran DPA", "", "", expected_version=d.version_id)
    win.act_undo.trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: ed.dlg_undo_refused is not None and ed.dlg_undo_refused.isVisible(), timeout=3000)
    assert "sudah diubah" in ed.dlg_undo_refused.text()
    now = S.get_skp(demo_ctx, fresh.skp_id)
    assert now.tempat_tanggal_ttd == "Kupang, 2 Januari 2026"  # not forced back
    assert now.lampiran_dukungan_sumber_daya == "Anggaran DPA"  # theirs kept
    assert ed.ed_lampiran["dukungan"].toPlainText() == "Anggaran DPA"  # the editor shows the current data
    assert not win.act_undo.isEnabled() and not win.act_redo.isEnabled()
    ed.dlg_undo_refused.close()


def test_a_workflow_step_ends_the_history_and_says_so(qtbot, demo_ctx: AppContext, fresh,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=supervisor_rhk(demo_ctx, fresh.skp_id)))
    win, _page, ed = _window(qtbot, demo_ctx, fresh.skp_id)
    ed.ed_ttd.setText("Kupang, 2 Januari 2026")
    ed.save_header()
    assert win.act_undo.isEnabled()
    monkeypatch.setattr(ui_editor, "confirm", lambda *a, **k: True)
    ed.submit()
    assert S.get_skp(demo_ctx, fresh.skp_id).status == "diajukan"
    assert not win.act_undo.isEnabled() and not win.act_redo.isEnabled()
    assert "Riwayat urungkan SKP ini dikosongkan" in win.statusBar().currentMessage()


def test_history_is_per_skp_and_follows_the_editor(qtbot, demo_ctx: AppContext, fresh) -> None:  # noqa: ANN001
    win, page, ed = _window(qtbot, demo_ctx, fresh.skp_id)
    ed.ed_ttd.setText("Kupang, 3 Januari 2026")
    ed.save_header()
    assert win.act_undo.isEnabled()
    page.show_home()  # the overview: nothing on screen to undo
    assert not win.act_undo.isEnabled()
    win.goto("pegawai")
    assert not win.act_undo.isEnabled()
    win.goto("skp")
    page.open_skp(fresh.skp_id)
    assert win.act_undo.text() == "&Urungkan: ubah pengaturan SKP"
