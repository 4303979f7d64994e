"""Cooperative progress reporting and cancellation for long jobs.

Used by services and Excel import/export (no Qt here): the UI passes a callback
that forwards to a signal and a flag that reads a "Batal" button. Reports are
throttled so a 10 000-row import does not flood the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]

#: Minimum seconds between two callback calls (except the final one).
THROTTLE_SECONDS = 0.05


class Cancelled(Exception):
    """Raised by :meth:`Progress.check` when the operator cancelled the job."""

    def __init__(self, message: str = "Proses dibatalkan oleh pengguna.") -> None:
        super().__init__(message)
        self.message = message


class Progress:
    """Throttled progress callback plus a cancel flag, both optional."""

    def __init__(
        self,
        callback: ProgressCallback | None = None,
        cancel_flag: Callable[[], bool] | None = None,
        *,
        interval: float = THROTTLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._callback = callback
        self._cancel_flag = cancel_flag
        self._interval = interval
        self._clock = clock
        self._last: float | None = None

    @classmethod
    def none(cls) -> Progress:
        """A no-op instance for callers that do not care (tests, scripts)."""
        return cls()

    @property
    def cancelled(self) -> bool:
        """True when the cancel flag is set (without raising)."""
        return bool(self._cancel_flag is not None and self._cancel_flag())

    def report(self, done: int, total: int, message: str = "") -> None:
        """Call the callback at most every ``interval`` seconds, always when done >= total."""
        if self._callback is None:
            return
        now = self._clock()
        final = done >= total
        if not final and self._last is not None and now - self._last < self._interval:
            return
        self._last = now
        self._callback(done, total, message)

    def check(self) -> None:
        """Raise :class:`Cancelled` if the operator asked to stop."""
        if self.cancelled:
            raise Cancelled()

    def step(self, done: int, total: int, message: str = "") -> None:
        """``check()`` then ``report()``: call once per unit of work."""
        self.check()
        self.report(done, total, message)
