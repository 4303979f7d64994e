"""The Karier and Kinerja Saya areas, with real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, Pegawai, PenilaianPotensi, Skp
from asn_desktop.domain.enums import Role
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from testkit import shot_dir


def _shot(w, name: str) -> None:  # noqa: ANN001
    d = shot_dir("karier")
    d.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(d / f"{name}.png"))


def test_karier_area_lists_exports_and_maps_the_nine_box(qtbot, demo_ctx: AppContext, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop.ui.main_window import MainWindow
    from asn_desktop.ui.pages import karier as kui
    from asn_desktop.ui.pages import laporan as lap_ui

    op = demo_ctx.as_actor(Actor(1, "op", Role.OPERATOR, None))
    win = MainWindow(op)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.goto("karier")
    kp = page.tab_kp
    kp.cb_periode.setCurrentIndex(0)
    assert kp.model.rowCount() > 20 and kp.data is not None
    kp.chk_memenuhi.setChecked(True)
    assert kp.model.rowCount() == len(kp.data.memenuhi)
    monkeypatch.setattr(lap_ui, "SAVE_PATH", lambda *_a: str(tmp_path / "usulan.xlsx"))
    kp.ekspor()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert openpyxl.load_workbook(tmp_path / "usulan.xlsx").sheetnames == ["Usulan KP", "Belum Memenuhi"]

    page.tabs.setCurrentIndex(1)
    assert page.tab_kgb.data is not None and "TMT CPNS" in page.tab_kgb.lbl.text()

    page.tabs.setCurrentIndex(2)
    tal = page.tab_talenta
    tal.cb_tahun.setCurrentIndex(tal.cb_tahun.findData(2026))
    counts = tal.data.jumlah()
    n = max(counts, key=lambda k: counts[k])
    assert f"{counts[n]} orang" in tal.boxes[n].text()
    tal.boxes[n].click()
    assert tal.model.rowCount() == counts[n] and tal.boxes[n].isChecked()
    assert all(tal.model.row_at(i).kotak == n for i in range(tal.model.rowCount()))
    _shot(win, "karier-talenta")

    page.tabs.setCurrentIndex(3)
    pot = page.tab_potensi
    with demo_ctx.read() as s:
        nip = s.scalar(select(Pegawai.nip).order_by(Pegawai.id).offset(2))
        before = len(list(s.scalars(select(PenilaianPotensi.id))))
    wb = openpyxl.Workbook()
    wb.active.append(["NIP", "Tanggal", "Potensi"])
    wb.active.append([nip, "01-11-2026", "Tinggi"])
    wb.active.append(["123", "01-11-2026", "Tinggi"])
    wb.save(tmp_path / "potensi.xlsx")
    asked: list[str] = []
    monkeypatch.setattr(kui, "OPEN_PATH", lambda _w: str(tmp_path / "potensi.xlsx"))
    monkeypatch.setattr(kui.QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or kui.QMessageBox.StandardButton.Yes)
    pot.impor()
    assert "1 baris dapat diimpor, 1 baris ditolak" in asked[0] and "baris 3, kolom A" in asked[0]
    assert "1 asesmen disimpan" in pot.info.text()
    with demo_ctx.read() as s:
        assert len(list(s.scalars(select(PenilaianPotensi.id)))) == before + 1

    page.tabs.setCurrentIndex(4)  # Rapor Kinerja for anyone, several at once in the background
    rap = page.tab_rapor
    rap.view.selectRow(0)
    rap.view.selectionModel().select(rap.proxy.index(1, 0), rap.view.selectionModel().SelectionFlag.Select
                                     | rap.view.selectionModel().SelectionFlag.Rows)
    assert len(rap.selected_ids()) == 2
    page.last_export = None
    rap.cetak(False, str(tmp_path / "rapor"))
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert len(list((tmp_path / "rapor").glob("Rapor_Kinerja_*.pdf"))) == 2


def test_pegawai_lands_on_kinerja_saya_and_prints_the_rapor(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from asn_desktop.ui.main_window import MainWindow

    with demo_ctx.read() as s:
        pid = s.scalar(select(Skp.pegawai_id).join(Evaluasi, Evaluasi.skp_id == Skp.id)
                       .where(Evaluasi.predikat.is_not(None)).order_by(Skp.pegawai_id).offset(3))
        nama = s.get(Pegawai, pid).nama
    win = MainWindow(demo_ctx.as_actor(Actor(1, "saya", Role.PEGAWAI, pid)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.nav.item(0).text() == "Kinerja Saya" and win.nav.currentRow() == 0
    page = win.goto("kinerja_saya")
    assert page.data is not None and page.data.pegawai_id == pid and nama in page.lbl_head.text()
    assert not page.cb_pegawai.isVisible()  # an employee sees only himself
    assert page.m_predikat.rowCount() >= 3 and page.m_dist.rowCount() >= 1
    assert "rapat evaluasi kinerja" in page.lbl_slot.text()
    _shot(win, "kinerja-saya")
    page.cetak_rapor(str(tmp_path / "rapor.pdf"))
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert len(PdfReader(str(tmp_path / "rapor.pdf")).pages) == 1
