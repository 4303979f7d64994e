"""Laporan › Tindak Lanjut certificate action and the Admin-only Insentif Kinerja tab (offscreen, 1366×768)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader

from asn_desktop.domain.enums import Role
from asn_desktop.services import insentif as ins
from asn_desktop.services import penghargaan as ph
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui import penghargaan as ui_ph
from asn_desktop.ui.hasil import banner_of
from asn_desktop.ui.insentif import AturanDialog, DisiplinDialog
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.pages import laporan
from asn_desktop.ui.pages.laporan import LaporanPage
from testkit import shot_dir

SHOTS = shot_dir("penghargaan")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def page_for(qtbot, ctx: AppContext) -> LaporanPage:  # type: ignore[no-untyped-def]
    page = LaporanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)  # the area's share of a 1366×768 main window
    page.show()
    page.activate()
    return page


def _tindak_penghargaan(page: LaporanPage) -> laporan.TindakLanjutTab:
    page.tabs.setCurrentWidget(page.tab_tindak)
    tab = page.tab_tindak
    tab.cb_jenis.setCurrentIndex(tab.cb_jenis.findData("penghargaan"))
    QApplication.processEvents()
    return tab


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_operator_prints_certificates_from_the_candidates_list(qtbot, demo_ctx: AppContext, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    op = demo_ctx.as_actor(Actor(901, "operator", Role.OPERATOR))
    page = page_for(qtbot, op)
    assert page.tab_insentif is None  # pay figures: not even the tab for the operator
    tab = _tindak_penghargaan(page)
    panel = tab.piagam
    assert panel is not None and panel.isVisible() and not panel.btn_atur.isVisible()
    rows = list(tab.model.rows)
    assert len(rows) >= 2
    dlg = ui_ph.TerbitkanDialog(rows, ph.get_format_nomor(op), page)
    qtbot.addWidget(dlg)
    dlg.table.item(0, 2).setText("Inovasi layanan keliling di sepuluh kelurahan")
    dlg.tanggal.setDate(QDate(2026, 12, 1))
    dlg.show()
    shot(dlg, "piagam_terbitkan_dialog.png")
    panel.cetak(True, str(tmp_path / "piagam.pdf"), dialog=dlg)
    assert wait_for_jobs()
    QApplication.processEvents()
    assert [r.nomor for r in panel.model.rows] == [f"800/{i}/KEC/2026" for i in range(len(rows), 0, -1)]
    text = PdfReader(tmp_path / "piagam.pdf").pages[0].extract_text()
    assert "Inovasi layanan keliling" in text and "1 Desember 2026" in text
    hasil = banner_of(panel)
    assert hasil.pesan.startswith(f"{len(rows)} piagam penghargaan diterbitkan (nomor 800/1/KEC/2026")
    assert hasil.path == tmp_path / "piagam.pdf"
    shot(page, "tindak_lanjut_piagam.png")
    # reprint of the first issued certificate, once every reload the issuance set off has ended (a
    # message box here would wait for a click for ever: it fails the test instead)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **_k: pytest.fail(f"pesan tak terduga: {a[2:]}"))
    assert wait_for_jobs()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(rows) and wait_for_jobs(), timeout=30_000)
    panel.view.selectRow(0)
    panel.cetak_ulang(str(tmp_path / "ulang.pdf"))
    assert wait_for_jobs()
    assert len(PdfReader(tmp_path / "ulang.pdf").pages) == 1


def test_penilai_sees_no_certificate_action(qtbot, demo_ctx: AppContext) -> None:
    pen = demo_ctx.as_actor(Actor(902, "penilai", Role.PENILAI, 1))
    page = page_for(qtbot, pen)
    assert page.tab_tindak.piagam is None and page.tab_insentif is None


def test_admin_settings_dialog_for_number_format_and_logo(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (50, 60), (20, 90, 160)).save(tmp_path / "logo.png")
    dlg = ui_ph.PengaturanPiagamDialog(demo_ctx)
    qtbot.addWidget(dlg)
    dlg.ed_format.setText("800/{no}/PEM/{bulan}")
    assert "hanya boleh memuat" in dlg.lbl_contoh.text()
    dlg.ed_format.setText("800/{no}/KEC-MLF/{tahun}")
    assert dlg.lbl_contoh.text() == f"800/12/KEC-MLF/{date.today().year}"
    ui_ph.PILIH_LOGO = lambda parent: str(tmp_path / "logo.png")
    try:
        dlg._pilih()
    finally:
        ui_ph.PILIH_LOGO = None
    dlg.show()
    shot(dlg, "piagam_pengaturan.png")
    dlg.simpan()
    assert ph.get_format_nomor(demo_ctx) == "800/{no}/KEC-MLF/{tahun}"
    assert ph.get_logo(demo_ctx) == (tmp_path / "logo.png").read_bytes()


def test_admin_incentive_tab_rules_discipline_and_export(qtbot, demo_ctx: AppContext, tmp_path: Path,
                                                         errors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_for(qtbot, demo_ctx)
    tab = page.tab_insentif
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert len(tab.m_aturan.rows) == 1  # the demo's rule
    tab.cb_masa.setCurrentIndex(tab.cb_masa.findText("Maret 2026"))
    assert tab.hasil is not None and tab.hasil.judul == "Maret 2026"
    assert "Perkada TPP 2026 (contoh)" in tab.lbl.text() and "0 dari" in tab.lbl.text()
    # discipline typed for the month; a value over 100 is refused and nothing is stored
    dd = DisiplinDialog(demo_ctx, 2026, 3, tab)
    qtbot.addWidget(dd)
    for i in range(dd.table.rowCount()):
        dd.table.item(i, 3).setText("95" if i % 4 else "87,5")
    dd.show()
    shot(dd, "insentif_disiplin.png")
    dd.table.item(0, 3).setText("120")
    assert not dd.simpan() and errors and "0 sampai 100" in errors[-1]
    assert ins.daftar_disiplin(demo_ctx, 2026, 3) == {}
    dd.table.item(0, 3).setText("87,5")
    assert dd.simpan()
    tab.hitung()
    assert any(b.total for b in tab.hasil.baris)
    shot(page, "insentif_tab.png")
    # a new rule version from March: the dialog starts from the latest rule
    dlg = AturanDialog(tab.m_aturan.rows[0], True, tab)
    qtbot.addWidget(dlg)
    dlg.tanggal.setDate(QDate(2026, 3, 1))
    dlg.nama.setText("Perkada TPP 2026 perubahan")
    dlg.t_pred.item(1, 1).setText("110")
    dlg.show()
    shot(dlg, "insentif_aturan_dialog.png")
    assert not tab.tambah_aturan(dlg) and "Baik harus 0 sampai 100" in errors[-1]
    dlg.t_pred.item(1, 1).setText("95")
    assert tab.tambah_aturan(dlg)
    assert len(tab.m_aturan.rows) == 2
    tab.cb_masa.setCurrentIndex(tab.cb_masa.findText("Maret 2026"))
    tab.hitung()
    assert "Perkada TPP 2026 perubahan" in tab.lbl.text()
    monkeypatch.setattr(laporan, "SAVE_PATH", lambda parent, title, name, filt: str(tmp_path / name))
    shown = len(errors)
    tab.ekspor()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export is not None or len(errors) > shown)
    assert page.last_export is not None, errors[shown:]
    assert page.last_export.parent == tmp_path and page.last_export.name.startswith("TPP_Kinerja_Maret")
    assert page.last_export.exists()


def test_views_in_the_main_window_at_1366x768(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.goto("laporan")
    assert isinstance(page, LaporanPage)
    tab = _tindak_penghargaan(page)
    assert tab.piagam is not None and tab.piagam.isVisible()
    assert [r.nomor for r in tab.piagam.model.rows] == []  # the demo's two certificates are of last year
    page.cb_tahun.setCurrentIndex(page.cb_tahun.findData(2026))
    shot(win, "main_tindak_lanjut_piagam_1366.png")
    page.tabs.setCurrentWidget(page.tab_insentif)
    QApplication.processEvents()
    assert page.tab_insentif is not None and page.tab_insentif.m_hasil.rows
    shot(win, "main_insentif_1366.png")
