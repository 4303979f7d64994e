"""A database being opened in the background while the first window is already on screen.

The GUI's first window (login, or the main window) must not wait for SQLAlchemy
and the data model to import (~0.3 s, three times a bare Qt window's start;
docs/benchmarks.md). ``ContextFuture`` runs ``services.startup.open_for_gui`` in
the thread pool; a dialog or window asks ``result()`` only when it needs the
database (the user pressed Masuk, an area is shown) and by then it is usually
done. ``result()`` keeps the event loop running while it waits, so the window
never freezes, and raises the opening's error (``DatabaseError``) on the UI thread.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from asn_desktop.services.actor import Actor
from asn_desktop.ui.jobs import wait_until

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext

log = logging.getLogger("asn_desktop")


class _Relay(QObject):
    finished = Signal(object, object)  # (context or None, exception or None)


class _OpenJob(QRunnable):
    def __init__(self, opener: Callable[[], "AppContext"], warm: Sequence[str], relay: _Relay) -> None:
        super().__init__()
        self.opener, self.warm, self.relay = opener, tuple(warm), relay

    def run(self) -> None:  # worker thread
        try:
            ctx = self.opener()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.finished.emit(None, exc)
            return
        # Modules the next steps need (services, the first area's page): imported here,
        # off the UI thread, while the user reads the window. Failing here is not fatal:
        # the UI thread imports them again and reports a real problem there.
        for name in self.warm:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001
                log.exception("pra-muat modul %s gagal", name)
        self.relay.finished.emit(ctx, None)


class ContextFuture(QObject):
    """An ``AppContext`` that is being opened; ``ready``/``failed`` fire on the UI thread."""

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, path: Path, actor: Actor, opener: Callable[[], "AppContext"] | None = None,
                 warm: Sequence[str] = (), parent: QObject | None = None, *,
                 ctx: "AppContext | None" = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        #: what the window calls the database: the file, or the server address
        self.label = ctx.db.label if ctx is not None else str(self.path)
        self.actor = actor
        self._ctx: AppContext | None = ctx
        self._error: BaseException | None = None
        self._done = ctx is not None
        self._relay = _Relay()
        if ctx is not None:  # already open: nothing runs
            return
        if opener is None:
            from asn_desktop.services.startup import open_for_gui

            opener = lambda: open_for_gui(self.path, actor)  # noqa: E731
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._job = _OpenJob(opener, warm, self._relay)
        self._job.setAutoDelete(False)
        self._started = False
        # Started once the event loop runs, i.e. after the first window is built and shown:
        # a worker importing SQLAlchemy while the UI thread builds that window makes the UI
        # thread wait for the GIL at every call into Qt (measured under X11: login dialog
        # 0.8 s with the open started at once).
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        if not self._started:
            self._started = True
            QThreadPool.globalInstance().start(self._job)

    @classmethod
    def resolved(cls, ctx: "AppContext") -> "ContextFuture":
        """An already open context in the same shape (after a login, in tests)."""
        return cls(ctx.db.path, ctx.actor, ctx=ctx)

    def _finished(self, ctx: "AppContext | None", exc: BaseException | None) -> None:
        self._done = True
        self._ctx, self._error = ctx, exc
        if exc is not None:
            self.failed.emit(exc)
        else:
            self.ready.emit(ctx)

    def done(self) -> bool:
        return self._done

    def error(self) -> BaseException | None:
        return self._error

    def result(self) -> "AppContext":
        """The open context; waits (events keep flowing, wait cursor) if it is not open yet."""
        if not self._done:
            self._start()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                wait_until(self.done)
            finally:
                QApplication.restoreOverrideCursor()
        if self._error is not None:
            raise self._error
        assert self._ctx is not None
        return self._ctx


def as_context(source: "AppContext | ContextFuture") -> "AppContext":
    return source.result() if isinstance(source, ContextFuture) else source


__all__ = ["ContextFuture", "as_context"]
