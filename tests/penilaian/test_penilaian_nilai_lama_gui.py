"""Past results in the GUI: preview and import in Sinkronisasi, the employee's history, the Laporan report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from test_penilaian_nilai_lama import _nips, _pid, _pp46_recap, _tanpa_riwayat_demo  # noqa: F401 - autouse

from asn_desktop.db.models import Pegawai
from asn_desktop.services.context import AppContext
from asn_desktop.services.riwayat_nilai import impor_nilai_lama
from asn_desktop.ui.jobs import wait_for_jobs


def test_sinkronisasi_preview_then_import(qtbot, demo_ctx: AppContext, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop.ui.pages.sinkronisasi import SinkronisasiPage

    path = _pp46_recap(tmp_path / "rekap 2018.xlsx", _nips(demo_ctx))
    page = SinkronisasiPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.btn_import_lama.isEnabled()
    dlg = page.import_past_results_from(path)
    assert dlg is not None and dlg.isVisible()
    assert dlg.table.rowCount() == 5
    statuses = [dlg.table.item(i, 11).text() for i in range(5)]
    assert statuses[:2] == ["Ditolak", "Ditolak"] and statuses.count("Baru") == 3  # rejected rows first
    assert "kolom B" in dlg.table.item(0, 12).text() or "kolom B" in dlg.table.item(1, 12).text()
    assert "Paraf" in dlg.lbl_sheets.text()  # the unused column is named, with a sample
    assert dlg.btn_import.isEnabled() and "3" in dlg.btn_import.text()
    dlg.chk_rejected.setChecked(True)
    assert dlg.table.rowCount() == 3  # the two rejected rows and the one with a sebutan warning
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dlg.apply()
    wait_for_jobs()
    assert dlg.result.written == 3 and not dlg.btn_import.isEnabled()
    assert "3 baris disimpan" in dlg.lbl_head.text()
    dlg.close()
    page.load_log()
    assert any(page.tbl_log.item(i, 1).text() == "Impor nilai kinerja lama" for i in range(page.tbl_log.rowCount()))


def test_employee_history_and_report_show_imported_results(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.ui.pages.laporan import LaporanPage
    from asn_desktop.ui.pages.pegawai import PegawaiPage

    nips = _nips(demo_ctx)
    impor_nilai_lama(demo_ctx, _pp46_recap(tmp_path / "rekap.xlsx", nips))
    page = PegawaiPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activate()
    page.select_ids([_pid(demo_ctx, nips[0])])
    dlg = page.edit_current()
    tab = dlg.tab_nilai_lama
    assert tab is not None
    assert [tab.table.item(0, j).text() for j in (0, 1, 2, 5, 6)] == ["2018", "Tahunan", "PP 46/2011", "83,30",
                                                                       "Baik"]
    dlg._initial = dlg._snapshot()
    dlg.close()
    # someone without imported results gets no empty tab
    with demo_ctx.read() as s:
        other = s.scalar(select(Pegawai.id).where(Pegawai.nip.not_in(nips)).limit(1))
    page.select_ids([other])
    dlg2 = page.edit_current()
    assert dlg2.tab_nilai_lama is None
    dlg2._initial = dlg2._snapshot()
    dlg2.close()
    wait_for_jobs()

    lap = LaporanPage(demo_ctx)
    qtbot.addWidget(lap)
    lap.buka_hasil = False
    lap.resize(1280, 760)
    lap.show()
    lap.activate()
    lap.tabs.setCurrentWidget(lap.tab_riwayat)
    wait_for_jobs()
    model = lap.tab_riwayat.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = heads.index("2018 (skema lama)")
    nip_col = heads.index("NIP")
    cells = {model.index(r, nip_col).data().replace(" ", ""): model.index(r, col).data()
             for r in range(model.rowCount())}
    assert cells[nips[0]] == "Baik" and cells[nips[1]] == "Sangat Baik"
