"""Bantuan › Langkah pertama in the real main window: shown at the first start, refreshed by the
change flags, each step a click to where it is done, closed for good, reopened from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from asn_desktop.domain.enums import Role
from asn_desktop.services import langkah_pertama as L
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.settings import OfficeInfo, set_office
from asn_desktop.ui import langkah_pertama as ui_lp
from asn_desktop.ui.main_window import MainWindow


@pytest.fixture
def prefs(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The user's preferences kept in the test, not in the machine's QSettings."""
    store: dict[str, object] = {}

    class Prefs:
        @staticmethod
        def read(opt):  # noqa: ANN001, ANN205
            return store.get(opt.key, opt.default_value())

        @staticmethod
        def write(opt, value) -> None:  # noqa: ANN001
            store[opt.key] = value

    monkeypatch.setattr(ui_lp, "preferences", Prefs)
    return store


def _window(qtbot, ctx: AppContext) -> MainWindow:  # noqa: ANN001
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_first_start_shows_the_checklist_that_follows_the_data(qtbot, ctx: AppContext, prefs) -> None:  # noqa: ANN001
    win = _window(qtbot, ctx)
    panel = ui_lp.panel_of(win)
    assert panel is not None and panel.isVisible()
    assert panel.width() <= win.nav.width() and win.width() <= 1366  # no width taken from the areas
    assert panel.progress.value() == 0 and "0 dari 8 langkah selesai" == panel.progress.format()
    assert "○" in panel.labels[L.IDENTITAS].text() and "Isi identitas kantor" in panel.labels[L.IDENTITAS].text()
    assert "Pengaturan › Identitas Kantor" in panel.labels[L.IDENTITAS].toolTip()

    set_office(ctx, OfficeInfo(nama_kantor="Kecamatan Uji", instansi="Pemerintah Kota Uji"))  # any window's write
    assert "✔" in panel.labels[L.IDENTITAS].text()
    assert panel.progress.value() == 1

    panel.labels[L.AKUN_PENILAI].linkActivated.emit(L.AKUN_PENILAI)  # a click on the step's link
    page = win.page("pengaturan")
    assert page is not None and win.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.tab_widgets["pengguna"]

    qtbot.mouseClick(panel.btn_close, Qt.MouseButton.LeftButton)  # closed by the user: remembered
    assert not panel.isVisible()
    assert prefs["bantuan/langkah_pertama_ditutup"] == "ya"
    win2 = _window(qtbot, ctx)
    assert ui_lp.panel_of(win2) is None  # not shown by itself any more
    win2.act_langkah.trigger()  # Bantuan › Langkah pertama
    again = ui_lp.panel_of(win2)
    assert again is not None and again.isVisible() and again.progress.value() == 1


def test_an_office_past_its_first_evaluation_opens_it_only_from_the_menu(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                                                          prefs) -> None:
    win = _window(qtbot, demo_ctx)
    assert ui_lp.panel_of(win) is None
    assert win.act_langkah.isVisible()
    win.act_langkah.trigger()
    panel = ui_lp.panel_of(win)
    st = L.status_langkah_pertama(demo_ctx)
    assert panel.isVisible() and panel.progress.value() == st.selesai and not st.lengkap
    assert f"{st[L.SKP_DISETUJUI].jumlah} dari {st[L.SKP_DISETUJUI].dari}" in panel.labels[L.SKP_DISETUJUI].text()
    assert win.width() <= 1366


def test_hidden_from_those_who_do_not_set_the_office_up(qtbot, demo_ctx: AppContext, prefs) -> None:  # noqa: ANN001
    pegawai_id = demo_ctx.actor.pegawai_id or 3
    win = _window(qtbot, demo_ctx.as_actor(Actor(905, "kasi", Role.PENILAI, pegawai_id=pegawai_id)))
    assert ui_lp.panel_of(win) is None and not win.act_langkah.isVisible()
    win.show_langkah_pertama()  # even asked directly: nothing
    assert ui_lp.panel_of(win) is None
