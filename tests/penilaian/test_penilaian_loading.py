"""The Penilaian list is read in the background: "Memuat…" over the frame, then the rows; a
quicker later unit choice wins over an earlier one still being read; a failed read shows its
message and the area stays usable."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from asn_desktop.services import evaluasi as ev_pkg
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.jobs import wait_for_jobs
from testkit import wait_loaded


def _page(qtbot, ctx: AppContext):  # noqa: ANN001, ANN202
    from asn_desktop.ui.pages.penilaian import PenilaianPage

    page = PenilaianPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_memuat_then_rows(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    gate = threading.Event()
    real = ev_pkg.list_evaluasi

    def slow(*a: Any, **k: Any) -> Any:
        assert gate.wait(30)
        return real(*a, **k)

    monkeypatch.setattr(ev_pkg, "list_evaluasi", slow)
    page = _page(qtbot, demo_ctx)
    page.activate()
    overlay = page._daftar.overlay
    assert not page.is_loaded and overlay.isVisible() and overlay.text() == "Memuat…"
    assert page.model.rowCount() == 0 and page.lbl_info.text() == "Memuat…"
    page.ed_cari.setText("a")  # typing works while the list is read
    assert page.ed_cari.text() == "a"
    page.ed_cari.clear()
    gate.set()
    wait_loaded(page)
    assert not overlay.isVisible()
    assert page.model.rowCount() == len(page.rows) > 10
    assert "pegawai" in page.lbl_info.text() and page.periode_id() is not None
    assert page.editor.detail is not None  # the first row is opened in the editor


def test_newer_unit_choice_wins(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.activate()
    wait_loaded(page)
    first, second = 1, page.cb_unit.count() - 1  # two different units
    unit_a, unit_b = page.cb_unit.itemData(first), page.cb_unit.itemData(second)
    gates = {unit_a: threading.Event(), unit_b: threading.Event()}
    real = ev_pkg.list_evaluasi

    def gated(ctx: Any, periode_id: int, unit_id: int | None = None, cari: str = "") -> Any:
        assert gates[unit_id].wait(30)
        return real(ctx, periode_id, unit_id, cari)

    monkeypatch.setattr(ev_pkg, "list_evaluasi", gated)
    page.cb_unit.setCurrentIndex(first)
    page.cb_unit.setCurrentIndex(second)  # chosen before the first list arrived
    gates[unit_b].set()
    wait_loaded(page)
    shown = [r.pegawai_id for r in page.rows]
    expected = {r.pegawai_id for r in real(demo_ctx, page.periode_id(), unit_b)}
    assert set(shown) == expected
    gates[unit_a].set()  # the older list arrives late ...
    assert wait_for_jobs()
    qtbot.wait(1)
    assert [r.pegawai_id for r in page.rows] == shown  # ... and is dropped
    assert page.unit_id() == unit_b


def test_failed_read_is_reported_and_area_stays_usable(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_ctx)
    page.activate()
    wait_loaded(page)
    before = [r.pegawai_id for r in page.rows]
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    real = ev_pkg.list_evaluasi
    broken = {"on": True}

    def failing(*a: Any, **k: Any) -> Any:
        if broken["on"]:
            raise ServiceError("Basis data sedang dipakai proses lain.")
        return real(*a, **k)

    monkeypatch.setattr(ev_pkg, "list_evaluasi", failing)
    page.cb_unit.setCurrentIndex(1)
    wait_loaded(page)
    # said in the page, where the count line stood; no rows of the previous unit under the new one
    assert "Basis data sedang dipakai proses lain." in page.lbl_info.text() and shown == []
    assert page.rows == [] and page.model.rowCount() == 0 and page.editor.detail is None
    assert not page._daftar.overlay.isVisible()
    broken["on"] = False
    page.cb_unit.setCurrentIndex(0)  # the next choice reads again
    wait_loaded(page)
    assert [r.pegawai_id for r in page.rows] == before and "pegawai" in page.lbl_info.text()


def test_list_usable_before_editor_and_curve(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The list is on screen and can be searched, sorted and chosen from while the first
    employee's evaluation and the unit's curve are still being read; the editor then opens
    the employee chosen last."""
    from asn_desktop.services import laporan as lap

    gate = threading.Event()
    real_detail, real_dist = ev_pkg.detail_evaluasi, lap.distribusi_unit

    def slow_detail(*a: Any, **k: Any) -> Any:
        assert gate.wait(30)
        return real_detail(*a, **k)

    def slow_dist(*a: Any, **k: Any) -> Any:
        assert gate.wait(30)
        return real_dist(*a, **k)

    monkeypatch.setattr(ev_pkg, "detail_evaluasi", slow_detail)
    monkeypatch.setattr(lap, "distribusi_unit", slow_dist)
    page = _page(qtbot, demo_ctx)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 10)
    assert not page.is_loaded  # the editor's first employee and the curve are still being read
    assert "pegawai" in page.lbl_info.text() and not page._daftar.overlay.isVisible()
    total = page.proxy.rowCount()
    page.ed_cari.setText(page.rows[0].nama[:4])  # typing filters at once
    assert 0 < page.proxy.rowCount() < total
    page.ed_cari.clear()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a header click sorts
    names = [page.model.row_at(r).nama.casefold() for r in range(page.model.rowCount())]
    assert names == sorted(names, reverse=True)
    target = next(r for r in reversed(page.model.rows) if r.dapat_dievaluasi)
    assert page.select_pegawai(target.pegawai_id)  # another employee chosen meanwhile
    assert page.current_row() is target
    gate.set()
    wait_loaded(page)
    assert page.editor.detail is not None and page.editor.detail.skp_id == target.skp_id
    assert page.kurva.dist is not None or not page.lihat_kurva
