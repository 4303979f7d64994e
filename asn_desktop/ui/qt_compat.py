"""Work-arounds for bugs of the pinned Qt binding, applied once when ``asn_desktop.ui`` is imported.

PySide6 6.12.0 on CPython < 3.12 (measured here; 6.12.0 is the only 6.12 release):

- every ``SignalInstance.emit()`` called from Python drops one reference to ``True``;
- every ``None`` that Qt hands back to Python (``index.data()``,
  ``combo.currentData()``, ``tree.currentItem()``, ``sender()`` …) drops one
  reference to ``None``.

These singletons are not immortal before 3.12, so after a few thousand such
calls — a progress bar, a filter box, sorting 3,000 rows — the interpreter
aborts with "Fatal Python error: bool_dealloc / none_dealloc".

Fix: if a probe shows either leak, give ``None``, ``True`` and ``False`` a
reference count so large (2**40) that no session can use it up — what CPython
3.12 does for all singletons ("immortal objects", PEP 683). One global
mechanism, so the rest of the code calls Qt normally; with a fixed binding the
probe finds nothing and nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40
applied = False


def _give_back(obj: object, n: int) -> None:
    if n > 0:
        ctypes.c_ssize_t.from_address(id(obj)).value += n


def _leaks() -> tuple[int, int]:
    """References lost to (True per emit, None per returned value)."""
    from PySide6.QtCore import QModelIndex, QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe, n = _Probe(), 8
    t0 = sys.getrefcount(True)
    for _ in range(n):
        probe.ping.emit()
    lost_true = t0 - sys.getrefcount(True)
    n0 = sys.getrefcount(None)
    for _ in range(n):
        QModelIndex().data()
    lost_none = n0 - sys.getrefcount(None)
    _give_back(True, lost_true)  # what the probe itself took
    _give_back(None, lost_none)
    return max(0, lost_true // n), max(0, lost_none // n)


def apply() -> bool:
    """Apply the work-around where needed; returns True when it is in effect."""
    global applied
    if applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return applied
    if any(_leaks()):
        for obj in (None, True, False):
            _give_back(obj, _IMMORTAL)
        applied = True
    return applied
