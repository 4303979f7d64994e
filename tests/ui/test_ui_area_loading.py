"""The window while its areas load: the operator closes it, a read fails, choices change meanwhile.

Each area's first view is read off the UI thread and its page built over several event-loop turns
(ui/loading.py, MainWindow._fetch_then_show). Whatever happens meanwhile, no exception may escape an
event handler (``qtbot.captureExceptions``), nothing may be called on a window already gone, and a
failed read is said in the window (never a "Memuat…" left for good)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QtMsgType
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_desktop.services.actor import Actor
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.opening import ContextFuture
from testkit import copy_database, open_window, shot_dir, wait_loaded

GAGAL = "Basis data tidak dapat dibaca (uji)."


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Qt's own warnings (a connection to a deleted object, a widget used from a thread) fail the test;
    exceptions in slots are caught by ``qtbot.captureExceptions`` in each test."""
    yield
    bad = [r.message for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and "propagateSizeHints" not in r.message]  # the offscreen platform's own note
    assert not bad, bad


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo kecamatan, opened by the window as the app opens it."""
    return copy_database(_demo_template, tmp_path / "kantor.db")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the window shows (instead of waiting for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _row(win: MainWindow, key: str) -> int:
    return next(i for i, c in enumerate(win._classes) if c.key == key)


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise ServiceError(GAGAL)


def test_an_area_read_that_ends_after_the_window_is_gone_is_dropped(qtbot, demo_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The operator opens Penilaian and closes the window while its first list is still being read:
    the list arriving afterwards builds no page on the deleted window."""
    from asn_desktop.ui.pages.penilaian import PenilaianPage

    reading, release = threading.Event(), threading.Event()
    real = PenilaianPage.prefetch.__func__

    def slow(cls, ctx):  # type: ignore[no-untyped-def]
        reading.set()
        release.wait(30)
        return real(cls, ctx)

    monkeypatch.setattr(PenilaianPage, "prefetch", classmethod(slow))
    source = ContextFuture(demo_path, Actor.system())
    win = MainWindow(source, office_name="Kecamatan Maulafa")  # not qtbot's: it is deleted here
    win.show()
    qtbot.waitUntil(lambda: win.is_ready, timeout=20_000)
    with qtbot.captureExceptions() as exceptions:
        win.nav.setCurrentRow(_row(win, "penilaian"))
        assert reading.wait(30)
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window is gone
        release.set()
        assert wait_for_jobs()
        QCoreApplication.processEvents()  # the read's result is delivered now
        QCoreApplication.processEvents()
    assert not exceptions, exceptions[0][1] if exceptions else ""
    source.result().db.dispose()


@pytest.mark.parametrize("error", [ServiceError, RuntimeError])
def test_a_first_list_that_cannot_be_read_is_said_and_the_window_goes_on(qtbot, demo_path: Path, messages,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         error: type[Exception]) -> None:
    """Pegawai, the first area, cannot read its list (database busy, unreadable; or a fault: the
    report dialog): the operator is told, the window is ready and usable, and F5 reads again."""
    from asn_desktop.services import pegawai as svc
    from asn_desktop.ui import crash

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise error(GAGAL)

    reports: list[str] = []
    monkeypatch.setattr(crash, "show_crash", lambda _parent, exc, _tb=None: reports.append(str(exc)))
    real = svc.list_pegawai_rows
    monkeypatch.setattr(svc, "list_pegawai_rows", refuse)
    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)  # waits until the window is ready
        assert (messages if error is ServiceError else reports) == [GAGAL]
        page = win.goto("laporan")  # the other areas open as usual
        assert page.is_loaded
        monkeypatch.setattr(svc, "list_pegawai_rows", real)
        page = win.goto("pegawai")
        page.refresh()
        assert len(page.rows()) == 40
    assert not exceptions, exceptions[0][1] if exceptions else ""
    win.close()
    win.ctx.db.dispose()


def test_penilaian_whose_list_cannot_be_read_says_so_instead_of_loading_for_ever(
        qtbot, demo_path: Path, messages, monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop.services import evaluasi as ev

    real = ev.list_evaluasi
    monkeypatch.setattr(ev, "list_evaluasi", _refuse)
    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        page = win.goto("penilaian")
        qtbot.waitUntil(lambda: page._editor_siap)  # the editor's pieces are built all the same
        wait_loaded(page)
        folder = shot_dir("h23a")
        folder.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(folder / "penilaian_gagal_dimuat.png"))
        assert GAGAL in page.lbl_info.text() and "F5" in page.lbl_info.text()
        assert "Memuat" not in page.editor.lbl_head.text()
        assert page.model.rowCount() == 0
        monkeypatch.setattr(ev, "list_evaluasi", real)
        page.refresh()  # F5: the database answers again
        wait_loaded(page)
        assert page.model.rowCount() == 40 and "40 pegawai" in page.lbl_info.text()
        assert page.editor.detail is not None  # the first employee is shown
        # a later read that fails leaves no rows of the previous choice under the new one
        monkeypatch.setattr(ev, "list_evaluasi", _refuse)
        page.cb_periode.setCurrentIndex((page.cb_periode.currentIndex() + 1) % page.cb_periode.count())
        wait_loaded(page)
        assert page.model.rowCount() == 0 and GAGAL in page.lbl_info.text()
        assert page.editor.detail is None
    assert not exceptions, exceptions[0][1] if exceptions else ""
    assert messages == []  # said in the page, no dialog to click away
    win.close()
    win.ctx.db.dispose()


def test_an_employee_read_for_the_previous_period_is_not_shown_under_the_next(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Penilaian opens and its first employee is still being read when the operator picks another
    period, whose list cannot be read: the old period's evaluation arriving afterwards must not
    appear in the editor under the empty list (a realisasi typed there would go to the period no
    longer chosen)."""
    from asn_desktop.services import evaluasi as ev

    real_detail = ev.detail_evaluasi
    gate = threading.Event()

    def detail(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return real_detail(*args, **kwargs)

    monkeypatch.setattr(ev, "detail_evaluasi", detail)
    request.addfinalizer(lambda: (gate.set(), wait_for_jobs()))  # also when it fails
    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        win.nav.setCurrentRow(_row(win, "penilaian"))
        qtbot.waitUntil(lambda: win.page("penilaian") is not None, timeout=20_000)
        page = win.page("penilaian")
        qtbot.waitUntil(lambda: page._editor_siap and page._detail.busy, timeout=20_000)  # editor up, "Memuat…"
        monkeypatch.setattr(ev, "list_evaluasi", _refuse)
        page.cb_periode.setCurrentIndex((page.cb_periode.currentIndex() + 1) % page.cb_periode.count())
        qtbot.waitUntil(lambda: GAGAL in page.lbl_info.text())
        gate.set()  # the old period's employee arrives now
        assert wait_for_jobs()
        QCoreApplication.processEvents()
        wait_loaded(page)
        assert page.model.rowCount() == 0 and page.editor.detail is None
    assert not exceptions, exceptions[0][1] if exceptions else ""
    win.close()
    win.ctx.db.dispose()


@pytest.mark.parametrize("when", ["while_read", "after_built"])
def test_a_change_saved_while_an_area_is_fetched_is_in_it_when_shown(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, when: str) -> None:
    """The operator opens Penilaian, goes back to Pegawai before it is shown and renames someone
    there: Penilaian, once visited, lists the new name, not the one its first read found (the area
    was still being fetched, or built but not shown yet, when the change was announced)."""
    from asn_desktop.services import pegawai as svc
    from asn_desktop.ui.pages.penilaian import PenilaianPage

    read, gate = threading.Event(), threading.Event()
    found: list[int] = []
    real = PenilaianPage.prefetch.__func__

    def prefetch(cls, ctx):  # type: ignore[no-untyped-def]
        data = real(cls, ctx)
        found.append(data.rows[0].pegawai_id)
        read.set()
        gate.wait(30)
        return data

    monkeypatch.setattr(PenilaianPage, "prefetch", classmethod(prefetch))
    request.addfinalizer(lambda: (gate.set(), wait_for_jobs()))
    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        win.nav.setCurrentRow(_row(win, "penilaian"))  # its first list is read...
        assert read.wait(30)
        win.nav.setCurrentRow(_row(win, "pegawai"))  # ... and the operator went back to Pegawai
        if when == "after_built":
            gate.set()
            qtbot.waitUntil(lambda: win.page("penilaian") is not None, timeout=20_000)
        prof = svc.get_profil(win.ctx, found[0])
        prof.data.nama = "Yohana Nama Baru"
        svc.save_profil(win.ctx, prof.data)  # saved in Pegawai (the area on screen)
        QCoreApplication.processEvents()
        gate.set()
        page = win.goto("penilaian")
        assert "Yohana Nama Baru" in [r.nama for r in page.rows]
    assert not exceptions, exceptions[0][1] if exceptions else ""
    win.close()
    win.ctx.db.dispose()


class _WindowsShown(QObject):
    """Records every top-level window shown (a widget shown before it has a parent is one)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.area = ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            self.shown.append(f"{self.area}: {type(obj).__name__} {getattr(obj, 'text', lambda: '')()!r}")
        return False


def test_opening_every_area_flashes_no_window_and_keeps_the_keyboard(qtbot, demo_path: Path) -> None:
    """No widget of an area is shown as a window of its own while the area is built (it flashed on
    screen and took the keyboard from the main window: Ctrl+1…, F5 and Ctrl+F stopped working)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = open_window(qtbot, demo_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for cls in list(win._classes):
            spy.area = cls.key
            page = win.goto(cls.key)
            tabs = getattr(page, "tabs", None)
            for i in range(tabs.count() if tabs is not None else 0):  # each tab (built on its first show)
                spy.area = f"{cls.key} tab {i}"
                tabs.setCurrentIndex(i)
                wait_loaded(page)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == [], "\n".join(spy.shown)
    assert QApplication.activeWindow() is win
    QTest.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the first area by keyboard
    assert win._current_key() == win._classes[0].key
    win.close()
    win.ctx.db.dispose()


def test_skp_year_whose_overview_cannot_be_read_shows_no_rows_of_the_previous_year(
        qtbot, demo_path: Path, messages, monkeypatch: pytest.MonkeyPatch) -> None:
    """SKP: another year is chosen and its overview cannot be read: the refusal is said where the
    totals stood, no employee of the previous year stays listed under it (Buat SKP would have
    acted on them for the new year), and F5 reads again."""
    from asn_desktop.services import skp as S

    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        page = win.goto("skp")
        ov = page.overview
        assert ov.model.rowCount() == 40
        real = S.overview
        monkeypatch.setattr(S, "overview", _refuse)
        page.cmb_tahun.setCurrentIndex((page.cmb_tahun.currentIndex() + 1) % page.cmb_tahun.count())
        wait_loaded(page)
        assert ov.model.rowCount() == 0 and ov.units.rowCount() == 0
        assert GAGAL in ov.lbl_summary.text() and "F5" in ov.lbl_summary.text()
        assert not ov.btn_create.isEnabled() and not ov.btn_open.isEnabled()
        folder = shot_dir("h23a")
        folder.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(folder / "skp_gagal_dimuat.png"))
        monkeypatch.setattr(S, "overview", real)
        page.refresh()  # F5
        wait_loaded(page)
        assert ov.data is not None and ov.data.tahun == page.cmb_tahun.currentData()
    assert not exceptions, exceptions[0][1] if exceptions else ""
    assert messages == []  # said in the page, no dialog to click away
    win.close()
    win.ctx.db.dispose()


def test_a_laporan_tab_whose_units_cannot_be_read_says_so_and_reads_again(
        qtbot, demo_path: Path, messages, monkeypatch: pytest.MonkeyPatch) -> None:
    """Laporan › Riwayat Predikat is opened while the database refuses reads: the operator is told
    (no exception out of the tab switch), and once it answers the tab reads again on F5 with its unit
    filter whole (one "Semua unit kerja", the units, and choosing one filters)."""
    from asn_desktop.services import laporan as lap

    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        page = win.goto("laporan")
        real = lap.daftar_unit
        monkeypatch.setattr(lap, "daftar_unit", _refuse)
        page.tabs.setCurrentIndex(2)  # Riwayat Predikat, built and read on its first show
        assert messages == [GAGAL]
        monkeypatch.setattr(lap, "daftar_unit", real)
        page.refresh()  # F5
        wait_loaded(page)
        tab = page.tab_riwayat
        names = [tab.cb_unit.itemText(i) for i in range(tab.cb_unit.count())]
        assert names.count("Semua unit kerja") == 1 and len(names) == 1 + len(real(win.ctx))
        assert not tab.cb_unit.signalsBlocked()
    assert not exceptions, exceptions[0][1] if exceptions else ""
    win.close()
    win.ctx.db.dispose()


def test_cascading_year_that_cannot_be_read_shows_no_tree_of_the_previous_year(
        qtbot, demo_path: Path, messages, monkeypatch: pytest.MonkeyPatch) -> None:
    """SKP › Cascading: another year is chosen and its tree cannot be read: the refusal is said
    where the totals stood and the previous year's tree is gone (an RHK of another year would be
    opened from it); F5 reads again."""
    from asn_desktop.services import skp as S

    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        page = win.goto("skp")
        page.tabs.setCurrentWidget(page.cascade)
        cas = page.cascade
        qtbot.waitUntil(lambda: cas.data is not None and cas.tree.topLevelItemCount() > 0)
        real = S.cascade_awal
        monkeypatch.setattr(S, "cascade_awal", _refuse)
        cas.load(cas.tahun + 1)
        qtbot.waitUntil(lambda: GAGAL in cas.lbl.text())
        assert cas.tree.topLevelItemCount() == 0 and cas.data is None and "F5" in cas.lbl.text()
        monkeypatch.setattr(S, "cascade_awal", real)
        cas.load(cas.tahun - 1)
        qtbot.waitUntil(lambda: cas.data is not None and cas.tree.topLevelItemCount() > 0)
    assert not exceptions, exceptions[0][1] if exceptions else ""
    assert messages == []
    win.close()
    win.ctx.db.dispose()


def test_penilaian_first_employee_whose_read_breaks_leaves_no_loading_header(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error reading the first employee (while the editor is built) is reported and the
    editor is left empty, not saying "Memuat…" for good."""
    import asn_desktop.ui.pages.penilaian as pen_ui
    from asn_desktop.services import evaluasi as ev

    import asn_desktop.ui.errors as errors_ui

    reported: list[BaseException] = []
    for module in (pen_ui, errors_ui):  # the page's handler, or the loader's default one
        monkeypatch.setattr(module, "show_error", lambda _w, exc, *_a: reported.append(exc))
    gate = threading.Event()

    def broken(*_a: object, **_k: object) -> None:
        gate.wait(10)  # the editor is on screen, saying "Memuat…", before this fails
        raise RuntimeError("rusak (uji)")

    monkeypatch.setattr(ev, "detail_evaluasi", broken)
    with qtbot.captureExceptions() as exceptions:
        win = open_window(qtbot, demo_path)
        win.nav.setCurrentRow(_row(win, "penilaian"))  # as a click does: goto() would wait for the read
        qtbot.waitUntil(lambda: win.page("penilaian") is not None and win.page("penilaian")._editor_siap,
                        timeout=20_000)
        page = win.page("penilaian")
        assert "Memuat" in page.editor.lbl_head.text()  # the editor is on screen, the employee still read
        gate.set()
        qtbot.waitUntil(lambda: bool(reported))
        wait_loaded(page)
        assert isinstance(reported[0], RuntimeError)
        assert "Memuat" not in page.editor.lbl_head.text() and page.editor.detail is None
    assert not exceptions, exceptions[0][1] if exceptions else ""
    win.close()
    win.ctx.db.dispose()
