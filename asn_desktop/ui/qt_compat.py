"""Work-arounds for bugs of the pinned Qt binding, applied once when ``asn_desktop.ui`` is imported.

PySide6 6.12.0 on CPython < 3.12 (measured here): every ``SignalInstance.emit()``
called from Python drops one reference to ``True`` (signals emitted by Qt
itself do not). ``True`` is not immortal before 3.12, so after a few thousand
emits — a progress bar, a filter box — the interpreter aborts with "Fatal
Python error: bool_dealloc". 6.12.0 is the only 6.12 release.

The same binding drops a reference to ``None`` each time Qt calls a Python
override of a virtual function (``paintEvent``, ``eventFilter``, ``changeEvent``
…): measured 5,000 ``repaint()`` of a widget with a Python ``paintEvent`` abort
with "none_dealloc" (the benchmarks' employee-list probe died of it at exit).

Fix: if a probe shows the leak, give ``True`` and ``None`` a reference count so
large (2**40) that no session can use it up, which is what CPython 3.12 does for
all singletons ("immortal objects", PEP 683). One global mechanism, so code
keeps calling ``signal.emit()`` normally; a fixed binding makes the probe
find nothing and the fix is skipped.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40
applied = False


def _leak_per_emit() -> int:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        ctypes.c_ssize_t.from_address(id(True)).value += lost
    return max(0, lost // 4)


def apply() -> bool:
    """Apply the work-around where needed; returns True when it was applied."""
    global applied
    if applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return applied
    if _leak_per_emit() > 0:
        ctypes.c_ssize_t.from_address(id(True)).value += _IMMORTAL
        ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL  # virtual overrides (see above)
        applied = True
    return applied
