"""Memory after a long job: the job keeps no reference to its result, and freed memory goes back to the OS."""

from __future__ import annotations

import gc
import platform
import sys
import weakref

from PySide6.QtWidgets import QWidget

from asn_desktop import memori
from asn_desktop.memori import kembalikan_memori
from asn_desktop.ui import jobs


class _Hasil:
    """Stands for a job's result (an export's report)."""


def test_freed_memory_is_handed_back_where_the_allocator_can() -> None:
    assert isinstance(kembalikan_memori(), bool)
    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert memori._malloc_trim() is not None
    else:  # Windows, macOS, musl: nothing to call, dropping the references is all
        assert memori._malloc_trim() is None


def test_a_long_job_lets_go_of_its_result_and_hands_memory_back(qtbot, monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(jobs, "kembalikan_memori", lambda: calls.append(1) or True)
    monkeypatch.setattr(jobs, "LONG_JOB_S", 0.0)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[weakref.ref] = []
    job = jobs.run_job(parent, "uji", lambda p: _Hasil(), lambda res: seen.append(weakref.ref(res)))
    qtbot.waitUntil(lambda: bool(seen) and bool(calls), timeout=10_000)
    gc.collect()
    assert seen[0]() is None, "the finished job still holds its result"
    assert job not in jobs._running


def test_a_short_job_does_not_trim(qtbot, monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(jobs, "kembalikan_memori", lambda: calls.append(1) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[object] = []
    jobs.run_job(parent, "uji", lambda p: 1, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.wait(50)
    assert not calls
