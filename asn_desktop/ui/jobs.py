"""Long work off the UI thread, with progress and cancel.

``run_job(parent, title, fn, on_done)`` runs ``fn(progress)`` in the thread
pool, where ``progress`` is a ``domain.progress.Progress`` whose ``check()``
raises ``Cancelled`` once the user pressed Batal. The result (or the
exception) comes back on the UI thread. The window never freezes.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.memori import kembalikan_memori
from asn_desktop.services.changes import origin as acting_for
from asn_desktop.ui.i18n import fmt


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


def area_of(widget: QWidget | None) -> str | None:
    """The key of the main-window area ``widget`` belongs to (None: none)."""
    from asn_desktop.ui.pages.base import BasePage  # noqa: PLC0415 - pages import this module

    while widget is not None:
        if isinstance(widget, BasePage):
            return widget.key
        widget = widget.parentWidget()
    return None


class Job(QRunnable):
    """``fn`` on a pool thread; its writes are announced as made by the area ``origin``,
    which updates itself from the result (services/changes.py)."""

    def __init__(self, fn: Callable[[Progress], Any], origin: str | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.origin = origin
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)
        with _active_lock:  # known from the start: a job a pool thread picks up while stop_jobs runs is cancelled too
            _active.add(self)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # worker thread
        progress = Progress(self.signals.progress.emit, self._cancel.is_set)
        try:
            if self._cancel.is_set():  # cancelled before a thread took it (quitting)
                raise Cancelled()
            with acting_for(self.origin):
                result = self.fn(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            with _active_lock:
                _active.discard(self)


#: jobs made and not finished yet (an area's fetch, a run_job, a prefetch): what ``stop_jobs``
#: cancels at exit
_active: set[Job] = set()
_active_lock = threading.Lock()


_running: set[Job] = set()

#: A job that ran at least this long gives its freed memory back to the OS when it ends.
LONG_JOB_S = 2.0


def _mm_ss(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def teks_waktu(elapsed: float, done: int, total: int) -> str:
    """"Berjalan 0:12 · sisa sekitar 0:40": an 86-second export must say how long it still takes.
    The estimate assumes the remaining steps take as long as the ones done so far; it is left out
    until a step is done (no guess from nothing)."""
    text = fmt(QCoreApplication.translate("jobs", "Berjalan %1"), _mm_ss(elapsed))
    if total > 0 and 0 < done < total and elapsed >= 1:
        sisa = elapsed * (total - done) / done
        text += " · " + fmt(QCoreApplication.translate("jobs", "sisa sekitar %1"), _mm_ss(sisa))
    return text


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    *,
    cancellable: bool = True,
    modal: bool = True,
) -> Job:
    """Start ``fn`` in the background with a progress dialog; returns the job."""
    job = Job(fn, area_of(parent))
    dlg = QProgressDialog(title, QProgressDialog.tr("Batal") if cancellable else "", 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    if not cancellable:
        dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
    dlg.canceled.connect(job.cancel)

    started = time.monotonic()
    state: dict[str, Any] = {"msg": title, "done": 0, "total": 0}

    def show_label() -> None:
        dlg.setLabelText(state["msg"] + "\n" + teks_waktu(time.monotonic() - started, state["done"], state["total"]))

    def on_progress(done: int, total: int, msg: str) -> None:
        if total > 0:
            dlg.setMaximum(total)
            dlg.setValue(min(done, total))
            state["done"], state["total"] = done, total
        if msg:
            state["msg"] = msg
        show_label()

    clock = QTimer(dlg)  # elapsed time keeps moving between progress reports
    clock.setInterval(1000)
    clock.timeout.connect(show_label)
    clock.start()

    def finish() -> None:
        _running.discard(job)
        clock.stop()
        dlg.close()
        dlg.deleteLater()
        if time.monotonic() - started >= LONG_JOB_S:
            # after the result handler has run and let go of the result (a queued call)
            QTimer.singleShot(0, kembalikan_memori)

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        finish()
        if on_error:
            on_error(exc, tb)
        else:
            from asn_desktop.ui.errors import show_error

            show_error(parent, exc, tb)

    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(finish)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


@dataclass
class JobOutcome:
    """What a background job ended with: a result, an error, or a cancel."""

    result: Any = None
    error: BaseException | None = None
    traceback: str = ""
    cancelled: bool = False
    finished: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


def run_and_wait(parent: QWidget | None, title: str, fn: Callable[[Progress], Any]) -> JobOutcome:
    """Run ``fn`` off the UI thread (progress dialog with Batal) and wait for its outcome
    while the event loop keeps the window alive; for steps that need the result to go on."""
    out = JobOutcome()

    def done(res: Any) -> None:
        out.result, out.finished = res, True

    def failed(exc: BaseException, tb: str) -> None:
        out.error, out.traceback, out.finished = exc, tb, True

    def cancelled() -> None:
        out.cancelled, out.finished = True, True

    job = run_job(parent, title, fn, done, failed)
    job.signals.cancelled.connect(cancelled)
    wait_until(lambda: out.finished)
    return out


def wait_until(done: Callable[[], bool]) -> None:
    """Keep the event loop running until ``done()``; for a result that arrives as a queued
    signal (each delivery is an event, so it wakes this wait): the window never freezes."""
    loop = QEventLoop()
    while not done():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until background jobs are done."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


#: how long quitting waits for background work to end before the database is closed anyway
STOP_WAIT_MS = 15_000


def stop_jobs(timeout_ms: int = STOP_WAIT_MS) -> bool:
    """At exit, before the database closes: jobs not started yet are dropped, running ones are
    cancelled (a job stops at its next progress check and its write rolls back; an area's fetch
    cannot be interrupted and is given the time to end), then the pool is waited for. False when
    something still runs after ``timeout_ms``."""
    pool = QThreadPool.globalInstance()
    pool.clear()
    with _active_lock:
        running = list(_active)
    for job in running:
        job.cancel()
    return pool.waitForDone(timeout_ms)
