"""Quitting while an area still reads its data or a job still runs: background work is stopped
first (a job cancelled, its write rolled back; an area's fetch allowed to end), then the exit
backup, then the database is closed — no error, no warning, no thread left reading it."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool, QtMsgType

from asn_desktop.db.models import Setting
from asn_desktop.db.session import open_database
from asn_desktop.services import laporan as lap
from asn_desktop.services.context import AppContext
from asn_desktop.ui.app import close_down
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The main window on the demo office; ``order`` records when the database was closed."""
    order: list[str] = []
    real_dispose = demo_ctx.db.dispose
    monkeypatch.setattr(demo_ctx.db, "dispose", lambda: (order.append("tutup"), real_dispose()))
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.wait_ready()
    win.order = order  # type: ignore[attr-defined]
    return win


def _quiet(caplog: pytest.LogCaptureFixture, qtlog) -> None:  # type: ignore[no-untyped-def]
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r.message for r in qtlog.records if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
                and "propagateSizeHints" not in r.message]  # the offscreen platform's own note


def test_closing_the_window_while_an_area_loads_closes_the_database_after_the_fetch(
        window, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, caplog, qtlog) -> None:
    real = lap.kelengkapan
    reading = threading.Event()

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        reading.set()
        time.sleep(0.5)  # a regency's report still being read when the operator quits
        try:
            return real(*args, **kwargs)
        finally:
            window.order.append("dibaca")

    page = window.goto("laporan")
    monkeypatch.setattr(lap, "kelengkapan", slow)
    page.refresh()  # F5: the report is read again, off the UI thread
    assert reading.wait(30) and not page.is_loaded
    window.skip_exit_backup = True  # the database closes right after the wait for the fetch
    window.close()
    close_down(window, demo_ctx)
    assert window.order == ["dibaca", "tutup"]  # the fetch ended before the database closed
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    _quiet(caplog, qtlog)


def test_quitting_during_a_job_cancels_it_and_its_write_leaves_nothing(
        window, demo_ctx: AppContext, caplog, qtlog) -> None:
    writing = threading.Event()
    outcome: list[str] = []

    def long_write(progress):  # type: ignore[no-untyped-def]
        with demo_ctx.write("uji") as uow:
            uow.session.add(Setting(key="uji_keluar", value="setengah jalan"))
            uow.session.flush()
            writing.set()
            for _ in range(3000):  # an import that checks for Batal between its rows (at most ~30 s)
                progress.check()
                time.sleep(0.01)

    job = run_job(window, "Mengimpor…", long_write, lambda _r: outcome.append("selesai"))
    job.signals.cancelled.connect(lambda: outcome.append("dibatalkan"))
    assert writing.wait(30)
    window.close()
    close_down(window, demo_ctx)
    assert job.is_cancelled and window.order == ["tutup"]
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert list((demo_ctx.db.path.parent / "backups").glob("*keluar*"))  # the exit backup, after the cancel
    db = open_database(demo_ctx.db.target)
    try:
        with db.session() as s:
            assert s.get(Setting, "uji_keluar") is None  # rolled back, not half-written
    finally:
        db.dispose()
    _quiet(caplog, qtlog)


def test_a_job_a_thread_takes_after_stop_jobs_never_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Quitting cancels every job made and not finished, also one no thread had taken yet (a thread
    may take it while stop_jobs runs): when it starts, it ends as cancelled without running."""
    from asn_desktop.ui import jobs

    ran: list[bool] = []
    job = jobs.Job(lambda _p: ran.append(True))
    seen: list[str] = []
    job.signals.cancelled.connect(lambda: seen.append("batal"))
    assert jobs.stop_jobs(1000)  # nothing running; the job is known and is cancelled
    job.run()  # what a pool thread would do with it now
    qtbot.waitUntil(lambda: seen == ["batal"])
    assert ran == [] and job not in jobs._active
