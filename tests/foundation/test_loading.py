"""The background fetch of a view (ui/loading.py): "Memuat…" while it runs, the newest request
wins, an error is shown and the view stays usable, a closed view is never called into."""

from __future__ import annotations

import threading
from typing import Any

from shiboken6 import isValid
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from asn_desktop.ui.loading import Loader
from asn_desktop.ui.jobs import wait_for_jobs


class _View(QWidget):
    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 1)
        self.label = QLabel()
        lay.addWidget(self.label)
        lay.addWidget(self.table)
        self.shown: list[Any] = []
        self.loader = Loader(self, self.show_data, over=self.table)

    def show_data(self, data: Any) -> None:
        self.shown.append(data)
        self.label.setText(str(data))


def _gated(value: Any, gate: threading.Event) -> Any:
    def fetch() -> Any:
        assert gate.wait(30)
        return value
    return fetch


def test_memuat_then_data(qtbot) -> None:  # noqa: ANN001
    view = _View()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    gate = threading.Event()
    view.loader.request(_gated(["baris"], gate))
    assert view.loader.busy
    assert view.loader.overlay is not None and view.loader.overlay.isVisible()
    assert view.loader.overlay.text() == "Memuat…"
    assert view.shown == []
    gate.set()
    qtbot.waitUntil(lambda: not view.loader.busy)
    assert view.shown == [["baris"]]
    assert not view.loader.overlay.isVisible()


def test_newer_request_supersedes_older(qtbot) -> None:  # noqa: ANN001
    view = _View()
    qtbot.addWidget(view)
    first, second = threading.Event(), threading.Event()
    view.loader.request(_gated("tahun 2025", first))
    view.loader.request(_gated("tahun 2026", second))
    second.set()  # the newer one ends first ...
    qtbot.waitUntil(lambda: view.shown == ["tahun 2026"])
    first.set()  # ... the older one arrives late and is dropped
    assert wait_for_jobs()
    qtbot.wait(1)  # let the late (queued) delivery be processed
    assert view.shown == ["tahun 2026"]
    assert view.label.text() == "tahun 2026"
    assert not view.loader.busy


def test_error_is_shown_and_view_stays_usable(qtbot, monkeypatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    view = _View()
    qtbot.addWidget(view)

    def broken() -> Any:
        raise RuntimeError("basis data terkunci")

    view.loader.request(broken)
    qtbot.waitUntil(lambda: not view.loader.busy)
    assert shown == ["basis data terkunci"]
    assert view.shown == [] and not view.loader.overlay.isVisible()
    view.loader.request(lambda: "lagi")  # the next try works
    qtbot.waitUntil(lambda: view.shown == ["lagi"])


def test_view_closed_while_fetching(qtbot) -> None:  # noqa: ANN001
    calls: list[Any] = []
    view = _View()
    view.show_data = calls.append  # type: ignore[method-assign]
    view.loader = Loader(view, lambda d: calls.append(d))
    gate = threading.Event()
    view.loader.request(_gated("terlambat", gate))
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: not isValid(view))  # the view is gone
    gate.set()
    assert wait_for_jobs()
    qtbot.wait(1)
    assert calls == []


def test_lazy_tabs_build_a_tab_on_its_first_show(qtbot) -> None:  # noqa: ANN001
    """Only the tab on screen is built; another is built when it is shown or asked for, once,
    and is then the tab's widget for indexOf / setCurrentWidget / currentWidget."""
    from asn_desktop.ui.loading import LazyTabs

    built: list[str] = []

    def make(name: str):  # noqa: ANN202
        def build() -> QLabel:
            built.append(name)
            return QLabel(name)
        return build

    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    plain = QLabel("biasa")
    for name in ("satu", "dua", "tiga"):
        tabs.add_lazy(make(name), name, f"kunci_{name}")
    tabs.addTab(plain, "biasa")
    tabs.show()
    assert built == ["satu"] and tabs.currentWidget().text() == "satu"
    assert tabs.built(1) is None and tabs.built(3) is plain
    tabs.setCurrentIndex(2)
    assert built == ["satu", "tiga"] and tabs.currentWidget().text() == "tiga"
    assert tabs.currentWidget().isVisible()  # the built widget fills the tab
    dua = tabs.widget(1)  # asked for by code: built without being shown
    assert built == ["satu", "tiga", "dua"] and tabs.indexOf(dua) == 1
    assert dua.key == "kunci_dua"  # the guide's anchor for a tab no page attribute holds
    tabs.setCurrentWidget(dua)
    assert tabs.currentIndex() == 1 and dua.isVisible()
    tabs.setCurrentWidget(plain)
    assert tabs.currentIndex() == 3 and tabs.indexOf(QLabel("lain")) == -1
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(2)
    assert built == ["satu", "tiga", "dua"]  # each built once
