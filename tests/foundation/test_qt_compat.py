"""PySide6 6.12.0 drops a reference to True on every Python-side emit; the app must survive."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )


def test_many_signal_emits_do_not_abort_the_interpreter() -> None:
    res = _run(
        """
        import asn_desktop.ui  # applies the work-around
        from PySide6.QtCore import QObject, Signal
        class P(QObject):
            progress = Signal(int, int, str)
        p = P()
        seen = []
        p.progress.connect(lambda d, t, m: seen.append(d))
        for i in range(20000):
            p.progress.emit(i, 20000, "x")
        import gc; gc.collect()
        print("ok", len(seen))
        """
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "ok 20000" in res.stdout
