"""The SKP overview is read in the background: "Memuat…" over the list, then the rows; a year
chosen again meanwhile wins; a failed read shows its message and the overview stays usable."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.jobs import wait_for_jobs
from testkit import wait_loaded


def _page(qtbot, ctx: AppContext):  # noqa: ANN001, ANN202
    from asn_desktop.ui.pages.skp import SkpPage

    page = SkpPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_memuat_then_rows_and_newer_year_wins(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    real = S.overview
    gates: dict[int, threading.Event] = {}

    def gated(ctx: Any, tahun: int) -> Any:
        assert gates.setdefault(tahun, threading.Event()).wait(30)
        return real(ctx, tahun)

    monkeypatch.setattr(S, "overview", gated)
    page = _page(qtbot, demo_ctx)
    year = page.tahun
    gates[year] = threading.Event()
    page.activate()
    ov = page.overview
    assert ov.loader.busy and ov.loader.overlay.isVisible() and ov.loader.overlay.text() == "Memuat…"
    assert ov.model.rowCount() == 0
    gates[year].set()
    wait_loaded(page)
    assert not ov.loader.overlay.isVisible()
    assert ov.model.rowCount() > 10 and ov.data is not None and ov.data.tahun == year
    # another year, then back: the late result of the other year is dropped
    other = next(ov for ov in (year - 1, year + 1) if page.cmb_tahun.findData(ov) >= 0)
    gates[other] = threading.Event()
    gates[year] = threading.Event()
    page.cmb_tahun.setCurrentIndex(page.cmb_tahun.findData(other))
    page.cmb_tahun.setCurrentIndex(page.cmb_tahun.findData(year))
    gates[year].set()
    wait_loaded(page)
    assert ov.data.tahun == year
    gates[other].set()
    assert wait_for_jobs()
    qtbot.wait(1)
    assert ov.data.tahun == year and ov.tahun == year


def test_failed_read_is_reported(qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    real = S.overview
    broken = {"on": True}

    def failing(ctx: Any, tahun: int) -> Any:
        if broken["on"]:
            raise ServiceError("Basis data sedang dipakai proses lain.")
        return real(ctx, tahun)

    monkeypatch.setattr(S, "overview", failing)
    page = _page(qtbot, demo_ctx)
    page.activate()
    wait_loaded(page)
    assert shown == ["Basis data sedang dipakai proses lain."]
    assert page.overview.model.rowCount() == 0 and not page.overview.loader.overlay.isVisible()
    broken["on"] = False
    page.refresh()  # F5 reads again
    wait_loaded(page)
    assert page.overview.model.rowCount() > 10
