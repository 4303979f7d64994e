"""PySide6 6.12.0 drops a reference to True on every Python-side emit and to None on every
None handed back by Qt; the app must survive both."""

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
        from PySide6.QtCore import QModelIndex
        for i in range(20000):  # Qt handing None back to Python
            QModelIndex().data()
        import gc; gc.collect()
        print("ok", len(seen))
        """
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "ok 20000" in res.stdout


def test_many_calls_of_python_overrides_do_not_abort_the_interpreter() -> None:
    """Qt calling a Python paintEvent/eventFilter drops a reference to None (PySide6 6.12.0, CPython 3.11)."""
    res = _run(
        """
        import asn_desktop.ui  # applies the work-around
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        class W(QWidget):
            def paintEvent(self, event):
                pass
        class F(QObject):
            def eventFilter(self, obj, event):
                return False
        w = W()
        f = F()
        w.installEventFilter(f)
        w.show()
        for _ in range(20000):
            w.repaint()
        import gc; gc.collect()
        print("ok")
        """
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "ok" in res.stdout


def test_fmt_fills_placeholders_once_and_never_inside_a_value() -> None:
    from asn_desktop.ui.i18n import fmt

    assert fmt("%1 menilai %2", "Ani %2 Putri", "Budi") == "Ani %2 Putri menilai Budi"
    assert fmt("%2 sebelum %1", "a", "b") == "b sebelum a"
    assert fmt("%1 dari %3", 5) == "5 dari %3"  # a placeholder without a value stays visible
