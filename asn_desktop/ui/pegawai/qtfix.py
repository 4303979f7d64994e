"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

Measured here: every ``SignalInstance.emit()`` called from Python drops one
reference to ``True`` (a C++ signal emitted by Qt itself does not). On Python
< 3.12 ``True`` is not immortal, so after a few thousand emits the interpreter
aborts with "Fatal Python error: bool_dealloc". Every emit in this package goes
through :func:`emit`, which gives the reference back when (and only when) the
probe at import time shows the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _measure() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return max(0, round(lost / 4))


_LOST_PER_EMIT = _measure() if sys.version_info < (3, 12) else 0


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` without the leak described above."""
    signal.emit(*args)
    for _ in range(_LOST_PER_EMIT):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
