"""Laporan's first visit from the main window: the years and the first year's Kelengkapan come
with the page's module (read off the UI thread); only the Kelengkapan tab is built then, the
others on their first show — and each still reads and shows its report when opened later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView

from testkit import copy_database, open_window, wait_loaded

pytestmark = pytest.mark.sqlite_only  # the window opens a database file in the background


def test_first_visit_shows_kelengkapan_and_builds_the_other_tabs_when_opened(
        qtbot, _demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from asn_desktop.services import laporan as lap
    from asn_desktop.ui.pages.laporan import LaporanPage

    reads: list[int] = []
    real = lap.kelengkapan
    monkeypatch.setattr(lap, "kelengkapan", lambda ctx, tahun: (reads.append(tahun), real(ctx, tahun))[1])
    win = open_window(qtbot, copy_database(Path(_demo_template), tmp_path / "kantor.db"))
    page = win.goto("laporan")
    assert isinstance(page, LaporanPage)
    wait_loaded(page)
    tk = page.tab_kelengkapan.tbl
    assert reads == [page.tahun()]  # read once, with the page's module
    assert tk.rowCount() >= 10 and tk.item(tk.rowCount() - 1, 0).text() == "Jumlah"
    assert tk.columnWidth(0) >= 260
    assert all(tk.horizontalHeader().sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive
               for c in range(tk.columnCount()))
    # a unit's longest number ("12/12 (100 %)") fits its column (the bold total may elide)
    widest = max(tk.fontMetrics().horizontalAdvance(tk.item(r, 5).text()) for r in range(tk.rowCount() - 1))
    assert tk.columnWidth(5) >= widest
    # a kecamatan's table has room: its bold total is shown whole too (at regency scale it elides)
    total = tk.rowCount() - 1
    for c in range(1, tk.columnCount()):
        item = tk.item(total, c)
        assert QFontMetrics(item.font()).horizontalAdvance(item.text()) < tk.columnWidth(c), (c, item.text())
    assert all(page.tabs.built(i) is None for i in range(1, page.tabs.count()))  # only Kelengkapan built
    # the other tabs, opened later, read their reports
    page.tabs.setCurrentIndex(1)
    wait_loaded(page)
    assert page.tab_distribusi.model.rowCount() >= 10
    page.tabs.setCurrentWidget(page.tab_riwayat)
    assert page.tabs.currentIndex() == 2 and page.tab_riwayat.model.rowCount() >= 30
    page.tabs.setCurrentIndex(4)
    assert page.tab_dokumen.model.rowCount() >= 20
    assert page.tab_insentif is not None  # the Admin's tab, built when asked for
    page.tabs.setCurrentWidget(page.tab_insentif)
    assert page.tabs.currentIndex() == 6
    # F5: the report is read afresh
    page.tabs.setCurrentIndex(0)
    page.refresh()
    wait_loaded(page)
    assert reads == [page.tahun()] * 2 and tk.rowCount() >= 10
    win.close()
    win.ctx.db.dispose()
