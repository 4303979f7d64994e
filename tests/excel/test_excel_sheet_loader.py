"""The merge's read-ahead thread (excel/exchange._SheetLoader) never leaves the caller waiting:
whatever the thread meets, each sheet is either handed over, raised at that sheet, or left for
the caller to read itself."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest

from asn_desktop.excel import exchange as X
from asn_desktop.excel.reader import Workbook, probe_file


class _Panic(BaseException):
    """What pyo3 raises when calamine panics: not an Exception."""


@pytest.fixture
def three(tmp_path: Path) -> Path:
    p = tmp_path / "tiga.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "A"
    wb.active.append([1, 2])
    for n in "BC":
        wb.create_sheet(n).append([3, 4])
    wb.save(p)
    return p


def _take(loader: X._SheetLoader, name: str) -> object:
    """take() on a helper thread, so a hang fails the test instead of stopping the run."""
    out: list[object] = []

    def run() -> None:
        try:
            out.append(loader.take(name))
        except BaseException as exc:  # noqa: BLE001
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(20)
    assert not t.is_alive(), f"take({name}) still waiting"
    return out[0]


def test_a_panic_on_the_thread_is_raised_at_its_sheet_and_the_next_sheet_still_comes(
        three: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Workbook.load

    def load(self: Workbook, name: str) -> object:
        if name == "B" and threading.current_thread().name == "muat-lembar":
            raise _Panic("calamine panicked")
        return real(self, name)

    monkeypatch.setattr(Workbook, "load", load)
    loader = X._SheetLoader(three, probe_file(three, max_rows=X.EXCHANGE_MAX_ROWS), ["A", "B", "C"])
    try:
        assert [list(r) for r in _take(loader, "A").iter_rows()] == [[1.0, 2.0]]
        assert isinstance(_take(loader, "B"), _Panic)
        assert [list(r) for r in _take(loader, "C").iter_rows()] == [[3.0, 4.0]]  # and goes on
    finally:
        loader.stop()
    assert not loader.thread.is_alive()


def test_a_file_the_thread_cannot_open_again_is_read_by_the_caller(
        three: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Workbook.__init__

    def init(self: Workbook, *a: object, **k: object) -> None:
        if threading.current_thread().name == "muat-lembar":
            raise OSError("berkas sedang dipakai program lain")
        real(self, *a, **k)

    monkeypatch.setattr(Workbook, "__init__", init)
    loader = X._SheetLoader(three, probe_file(three, max_rows=X.EXCHANGE_MAX_ROWS), ["A", "B", "C"])
    try:
        assert [_take(loader, n) for n in "ABC"] == [None, None, None]
    finally:
        loader.stop()
