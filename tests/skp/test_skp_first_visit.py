"""The SKP area's first visit from the main window: its year, years and overview come with the
page's module (read off the UI thread); only the overview is built then, the other tabs on their
first show and the SKP editor when an SKP is first opened — and they all still work."""

from __future__ import annotations

from pathlib import Path

import pytest

from testkit import copy_database, open_window, wait_loaded

pytestmark = pytest.mark.sqlite_only  # the window opens a database file in the background


def test_first_visit_builds_the_overview_and_the_rest_when_asked(qtbot, _demo_template: Path,  # noqa: ANN001
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop.services import skp as S
    from asn_desktop.ui.pages.skp import CASCADING, MATRIKS, PUSTAKA, SkpPage
    from asn_desktop.ui.skp.editor import SkpEditor

    reads: list[int] = []
    real = S.overview
    monkeypatch.setattr(S, "overview", lambda ctx, tahun: (reads.append(tahun), real(ctx, tahun))[1])

    win = open_window(qtbot, copy_database(Path(_demo_template), tmp_path / "kantor.db"))
    page = win.goto("skp")
    assert isinstance(page, SkpPage)
    wait_loaded(page)
    ov = page.overview
    assert ov.data is not None and ov.data.tahun == page.tahun == page.cmb_tahun.currentData()
    assert ov.model.rowCount() == 40 and "40 dari 40" in ov.lbl_count.text()
    assert reads == [page.tahun]  # read once, with the page's module
    # only the overview was built
    assert all(page.tabs.built(i) is None for i in (CASCADING, MATRIKS, PUSTAKA))
    assert not page.findChildren(SkpEditor)
    # the other tabs, opened later, read their data
    page.tabs.setCurrentIndex(CASCADING)
    wait_loaded(page)
    assert page.tabs.built(CASCADING) is page.cascade and page.cascade.tree.topLevelItemCount() > 0
    page.tabs.setCurrentWidget(page.library)
    assert page.tabs.currentIndex() == PUSTAKA and page.library.tree.topLevelItemCount() > 5
    page.tabs.setCurrentIndex(MATRIKS)
    assert page.matriks.isVisible()
    # the editor is built when an SKP is opened, and back returns to the list
    page.tabs.setCurrentIndex(0)
    sid = next(r.skp_id for r in ov.data.rows if r.skp_id is not None)
    page.open_skp(sid)
    assert page.stack.currentWidget() is page.editor and page.editor.detail.id == sid
    assert len(page.findChildren(SkpEditor)) == 1
    page.show_home()
    assert page.stack.currentWidget() is page.tabs
    # F5 reads the overview afresh
    page.refresh()
    wait_loaded(page)
    assert ov.model.rowCount() == 40 and reads == [page.tahun] * 2
    win.close()
    win.ctx.db.dispose()
