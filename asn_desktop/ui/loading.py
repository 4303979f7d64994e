"""What a view shows, read off the UI thread: the view's frame is on screen at once.

A ``Loader`` belongs to one view (an area's page, or one tab of it). ``request(fetch)``
runs ``fetch()`` in the thread pool (a ``ui.jobs.Job``: the one thread mechanism) and
hands its result to ``show(data)`` on the UI thread. While it runs, a quiet "Memuat…"
lies over the view's table; navigation, menus and typing stay responsive.

- ``fetch`` runs on a pool thread: it may only call services that open their own
  session (``ctx.read()`` opens a new one on every call; no Session, widget or model
  is touched there). Read what it needs from widgets *before* calling ``request``,
  e.g. ``year = self.tahun; loader.request(lambda: svc.rows(ctx, year))``.
- A newer request supersedes an older one (a generation counter): a result that
  arrives late for an old filter or year is dropped, never shown.
- An error in ``fetch`` goes to ``ui.errors.show_error`` (or ``on_error``); the view
  stays usable and shows what it showed before.
- The window closing while a fetch runs is safe: the result is delivered to a
  ``QObject`` child of the view, and Qt drops a queued delivery to a deleted object
  (``run_for``: the same for any owner, e.g. the main window's area prefetch).

Tests wait with ``qtbot.waitUntil(lambda: page.is_loaded)`` (``BasePage.is_loaded``) or
``testkit.wait_loaded``.

``LazyTabs`` is the other half of a fast first view: a tab widget whose tabs are built on
their first show, so an area's first visit builds only the tab on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QTabWidget, QVBoxLayout, QWidget

from asn_desktop.ui.jobs import Job

log = logging.getLogger("asn_desktop")

#: jobs under way, kept alive independently of their view (which may close meanwhile)
_alive: set[Job] = set()


def _retire(job: Job) -> None:
    """Let go of a job that reported; a moment later, so its ``run()`` has surely returned."""
    QTimer.singleShot(1000, lambda: _alive.discard(job))


class LoadingOverlay(QLabel):
    """A quiet "Memuat…" over a view (its viewport for a table) while its data is read."""

    def __init__(self, over: QWidget) -> None:
        target = over.viewport() if isinstance(over, QAbstractScrollArea) else over
        super().__init__(target)
        self.setObjectName("memuat")
        self.setText(self.tr("Memuat…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#memuat { color: #666; font-size: 11pt; background: rgba(255, 255, 255, 170); }")
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def start(self) -> None:
        self._fit()
        self.show()
        self.raise_()

    def stop(self) -> None:
        self.hide()


class _Delivery(QObject):
    """One background result's delivery point, a child of its owner: deleted with the owner (a
    view, the main window), after which Qt drops the worker's queued result instead of calling
    into a dead widget."""

    def __init__(self, owner: QObject, on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException, str], None]) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_failed = on_failed

    def finished(self, data: Any) -> None:
        self.deleteLater()
        self._on_done(data)

    def failed(self, exc: BaseException, tb: str) -> None:
        self.deleteLater()
        self._on_failed(exc, tb)


def run_for(owner: QObject, fetch: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[BaseException, str], None]) -> Job:
    """``fetch()`` in the thread pool (a ``ui.jobs.Job``); its result goes to ``on_done`` (its error to
    ``on_failed``) on the UI thread while ``owner`` lives, and is dropped once ``owner`` was deleted
    (a window closed meanwhile is never called into). The job is kept alive on its own."""
    delivery = _Delivery(owner, on_done, on_failed)
    job = Job(lambda _progress: fetch())
    # queued: delivered on the UI thread, and dropped if ``delivery`` (its owner) is gone by then
    job.signals.finished.connect(delivery.finished, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(delivery.failed, Qt.ConnectionType.QueuedConnection)
    # not through ``delivery``: this one also runs when the owner was deleted meanwhile
    job.signals.finished.connect(lambda _data: _retire(job))
    job.signals.failed.connect(lambda _exc, _tb: _retire(job))
    _alive.add(job)
    QThreadPool.globalInstance().start(job)
    return job


class Loader(QObject):
    """The data of one view, fetched in the background; the newest request wins."""

    #: the view's data was shown (or its fetch failed): the view is settled again
    settled = Signal()

    def __init__(
        self,
        view: QWidget,
        show: Callable[[Any], None],
        *,
        over: QWidget | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._show = show
        self._on_error = on_error
        self._generation = 0
        self._busy = False
        self.overlay = LoadingOverlay(over) if over is not None else None

    @property
    def busy(self) -> bool:
        """A fetch whose result is still to be shown is running."""
        return self._busy

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, fetch: Callable[[], Any]) -> int:
        """Start ``fetch()`` off the UI thread; older requests' results will be dropped."""
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        run_for(self, fetch, lambda data: self._finished(generation, data),
                lambda exc, tb: self._failed(generation, exc, tb))
        return generation

    def cancel(self) -> None:
        """Drop whatever is being fetched (the view shows something else now)."""
        self._generation += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        was, self._busy = self._busy, busy
        if self.overlay is not None:
            self.overlay.start() if busy else self.overlay.stop()
        if was and not busy:
            self.settled.emit()

    def _finished(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return  # superseded by a newer filter/year: dropped
        try:
            self._show(data)
        finally:
            self._set_busy(False)

    def _failed(self, generation: int, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            log.info("hasil muat lama diabaikan (gagal): %s", exc)
            return
        self._set_busy(False)
        if self._on_error is not None:
            self._on_error(exc, tb)
            return
        from asn_desktop.ui.errors import show_error  # noqa: PLC0415 - errors imports dialogs

        show_error(self.view, exc, tb)


class _LazyTab(QWidget):
    """The frame a lazy tab holds until it is first shown; then its built widget fills it."""

    def __init__(self, build: Callable[[], QWidget], key: str | None) -> None:
        super().__init__()
        self._build: Callable[[], QWidget] | None = build
        self._key = key
        self.content: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None and self._build is not None:
            build, self._build = self._build, None
            self.content = build()
            if self._key and getattr(self.content, "key", None) is None:
                self.content.key = self._key  # type: ignore[attr-defined]  # the guide's anchor
            self.layout().addWidget(self.content)
            self.content.show()  # at once, not on the next event-loop turn (the tab may be on screen)
        return self.content if self.content is not None else self


class LazyTabs(QTabWidget):
    """Tabs built on their first show: ``add_lazy(build, title)`` adds an empty frame, and
    ``build()`` makes the tab's widget when the tab is first shown (a regency's first visit of
    SKP or Laporan built every tab, though only one is on screen).

    To Python code a lazy tab *is* its widget: ``widget(i)`` and ``currentWidget()`` build and
    return it, ``indexOf``/``setCurrentWidget`` accept it; ``built(i)`` returns it only when it
    has been built (e.g. to mark only built tabs for re-reading). ``build`` wires its widget's
    signals itself; ``key`` names the tab where the page has no attribute holding it (the guide's
    anchor ``<area>-<key>``, ui/bantuan.anchor_for). Tabs added with ``addTab`` behave as in any
    ``QTabWidget``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # first connection: the tab is built before any handler of the page asks for it
        self.currentChanged.connect(self._build_current)

    def add_lazy(self, build: Callable[[], QWidget], title: str, key: str | None = None) -> int:
        return self.addTab(_LazyTab(build, key), title)

    def _build_current(self, index: int) -> None:
        if index >= 0:
            self.widget(index)

    def built(self, index: int) -> QWidget | None:
        """The tab's widget if it exists already (never builds it)."""
        w = super().widget(index)
        return w.content if isinstance(w, _LazyTab) else w

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        w = super().widget(index)
        return w.ensure() if isinstance(w, _LazyTab) else w

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # type: ignore[override]  # noqa: N802
        for i in range(self.count()):
            w = super().widget(i)
            if w is widget or (isinstance(w, _LazyTab) and w.content is not None and w.content is widget):
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # type: ignore[override]  # noqa: N802
        self.setCurrentIndex(self.indexOf(widget))


__all__ = ["LazyTabs", "Loader", "LoadingOverlay", "run_for"]
