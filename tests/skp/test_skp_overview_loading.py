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
    # said where the totals stand (no dialog to click away), F5 named
    assert shown == [] and "Basis data sedang dipakai proses lain." in page.overview.lbl_summary.text()
    assert page.overview.model.rowCount() == 0 and not page.overview.loader.overlay.isVisible()
    broken["on"] = False
    page.refresh()  # F5 reads again
    wait_loaded(page)
    assert page.overview.model.rowCount() > 10


def test_search_keys_and_order_made_in_the_background_equal_the_models_own() -> None:
    """The keys made part by part (job titles and units once each) are the whole row's key, and a
    filter over the order sorted once gives the rows a filter-then-sort gave."""
    from PySide6.QtCore import Qt

    from asn_desktop.domain.nama import search_key
    from asn_desktop.ui.skp.overview import OverviewModel, search_keys, sorted_indices

    def row(i: int, nama: str, nip: str, jabatan: str, unit: str, status: str) -> S.OverviewRow:
        return S.OverviewRow(pegawai_id=i, nama=nama, nip=nip, jabatan=jabatan, unit_id=i % 2, unit_nama=unit,
                             atasan_nama="", skp_id=None, status=status, versi=0, jumlah_rhk=0)

    rows = [row(1, "Ma'ruf Amin, S.Sos", "198501012010011001", "Kepala Seksi", "Kelurahan Oebobo", "belum"),
            row(2, "José Ñúñez", "", "", "Kelurahan Oebobo", "draft"),
            row(3, "ANDI  --", "1985 0101", "Staf 'Umum'", "", "belum"),
            row(4, "Élodie Ruth", "x-12", "Kepala Seksi", "Kecamatan Kota Lama", "disetujui"),
            row(5, "andi", "197001", "Kepala Seksi", "Kecamatan Kota Lama", "belum")]
    assert search_keys(rows) == [search_key(r.nama, r.nip, r.jabatan, r.unit_nama) for r in rows]
    model = OverviewModel()
    for column, order in ((0, Qt.SortOrder.AscendingOrder), (2, Qt.SortOrder.DescendingOrder)):
        model.sort(column, order)
        model.set_rows(rows, keys=search_keys(rows), order=(column, order, sorted_indices(rows, column, order)))
        for words, status in (([], None), (["kepala"], None), ([], "belum"), (["andi"], "belum")):
            model.set_filter(words, status, None)
            expect = [r.pegawai_id for r in sorted(
                (r for r in rows if (not status or r.status == status)
                 and all(w in search_key(r.nama, r.nip, r.jabatan, r.unit_nama) for w in words)),
                key=lambda r: r.nama.casefold() if column == 0 else S.OVERVIEW_STATUSES.index(r.status),
                reverse=order == Qt.SortOrder.DescendingOrder)]
            assert [model.row_at(i).pegawai_id for i in range(model.rowCount())] == expect
