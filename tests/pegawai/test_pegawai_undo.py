"""Ctrl+Z / Ctrl+Shift+Z for profile edits within the session, through the same service operation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pegawai_helpers import Struktur, row, struktur  # noqa: F401 (fixture)
from PySide6.QtWidgets import QApplication, QLineEdit

from asn_desktop.services import pegawai as svc
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.pages.pegawai import PegawaiPage
from asn_desktop.ui.pegawai.editor import ProfileDialog


@pytest.fixture
def window(qtbot, demo_ctx: AppContext) -> Iterator[tuple[MainWindow, PegawaiPage]]:  # noqa: ANN001
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.goto("skp")
    page = win.goto("pegawai")
    assert isinstance(page, PegawaiPage)
    yield win, page
    wait_for_jobs()


def _edit(qtbot, page: PegawaiPage, pegawai_id: int, **fields: str) -> None:  # noqa: ANN001
    page.select_ids([pegawai_id])
    dlg = page.edit_current()
    assert isinstance(dlg, ProfileDialog)
    for key, text in fields.items():
        w = dlg.fields[key]
        assert isinstance(w, QLineEdit)
        w.setText(text)
    assert dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)


def test_undo_and_redo_a_profile_edit(qtbot, window, struktur: Struktur) -> None:  # noqa: ANN001, F811
    win, page = window
    target = struktur.staff_of(page.ctx, struktur.seksi[2])[0]
    old = svc.get_profil(page.ctx, target.id).data
    assert not page.act_undo.isEnabled() and not page.act_redo.isEnabled()
    _edit(qtbot, page, target.id, gelar_depan="Ir.", no_hp="0812 3456 7890")
    assert page.model.find(target.id).nama.startswith("Ir. ")
    assert page.act_undo.isEnabled() and "profil" in page.act_undo.toolTip()

    win.goto("skp")  # SKP shows employees: it reloads when it is next shown
    assert not win.page("skp").pending_changes
    win.goto("pegawai")
    page.act_undo.trigger()  # Ctrl+Z
    QApplication.processEvents()
    back = svc.get_profil(page.ctx, target.id).data
    assert (back.gelar_depan, back.no_hp) == (old.gelar_depan, old.no_hp)
    assert not page.model.find(target.id).nama.startswith("Ir. ")  # the list row follows at once
    assert "diurungkan" in page.last_message
    assert Change.PEGAWAI in win.page("skp").pending_changes  # the other area hears of it
    assert page.act_redo.isEnabled() and not page.act_undo.isEnabled()

    page.act_redo.trigger()  # Ctrl+Shift+Z
    QApplication.processEvents()
    again = svc.get_profil(page.ctx, target.id).data
    assert (again.gelar_depan, again.no_hp) == ("Ir.", "0812 3456 7890")
    assert page.model.find(target.id).nama.startswith("Ir. ")
    assert "diulang" in page.last_message
    page.act_undo.trigger()
    QApplication.processEvents()
    assert svc.get_profil(page.ctx, target.id).data.gelar_depan == old.gelar_depan


def test_undo_is_refused_when_someone_changed_the_record_since(qtbot, window, struktur: Struktur,  # noqa: ANN001, F811
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.pages.pegawai.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    _win, page = window
    target = struktur.staff_of(page.ctx, struktur.seksi[1])[0]
    _edit(qtbot, page, target.id, email="satu@kupangkota.go.id")
    other = svc.get_profil(page.ctx, target.id)  # another window saves over it
    other.data.email = "dua@kupangkota.go.id"
    svc.save_profil(page.ctx, other.data, other.riwayat)
    page.act_undo.trigger()
    QApplication.processEvents()
    assert shown and "diubah" in shown[0].lower()
    assert svc.get_profil(page.ctx, target.id).data.email == "dua@kupangkota.go.id"  # theirs kept
    assert not page.act_undo.isEnabled() and not page.act_redo.isEnabled()


def test_ctrl_z_takes_back_the_newest_change_first(qtbot, window, struktur: Struktur) -> None:  # noqa: ANN001, F811
    _win, page = window
    src, dst = struktur.seksi[0], struktur.seksi[1]
    target = struktur.staff_of(page.ctx, struktur.seksi[2])[0]
    _edit(qtbot, page, target.id, no_hp="0813 0000 1111")
    mover = struktur.staff_of(page.ctx, src)[0]
    page.select_ids([mover.id])
    page.move_selected_to(dst.id, True)
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.model.find(mover.id).unit_id == dst.id, timeout=5000)
    page.confirm_undo = lambda step: True  # type: ignore[method-assign]
    page.act_undo.trigger()  # the move first
    wait_for_jobs()
    qtbot.waitUntil(lambda: page.model.find(mover.id).unit_id == src.id, timeout=5000)
    assert svc.get_profil(page.ctx, target.id).data.no_hp == "0813 0000 1111"
    page.act_undo.trigger()  # then the profile edit
    QApplication.processEvents()
    assert svc.get_profil(page.ctx, target.id).data.no_hp != "0813 0000 1111"
    assert row(page.ctx, mover.id).unit_id == src.id
