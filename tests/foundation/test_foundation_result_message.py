"""One result message after every save, PDF, export, backup and import; long jobs tell the time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMainWindow, QWidget

from asn_desktop.ui import hasil
from asn_desktop.ui.jobs import teks_waktu


def test_result_banner_says_what_and_where_and_opens_file_and_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(hasil, "OPEN_URL", lambda url: opened.append(QUrl(url).toLocalFile()))
    win = QMainWindow()
    win.setCentralWidget(QWidget())
    win.resize(1000, 700)
    win.statusBar().showMessage("Siap")
    qtbot.addWidget(win)
    win.show()
    out = tmp_path / "Laporan.xlsx"
    out.write_bytes(b"x")
    b = hasil.tampilkan_hasil(win.centralWidget(), "Laporan disimpan.", out)
    # in the main window: the message in the status bar, the file and its buttons at its right end
    assert b.parent() is win.statusBar() and b.isVisible() and b.lbl_pesan.text() == "Laporan disimpan. Laporan.xlsx"
    assert b.lbl_pesan.toolTip() == str(out) and b.btn_buka.isVisible() and b.btn_folder.isVisible()
    assert "Laporan disimpan." in win.statusBar().currentMessage() and str(out) in win.statusBar().currentMessage()
    b.btn_buka.click()
    b.btn_folder.click()
    assert opened == [str(out), str(tmp_path)]
    # the same banner is reused; an import (into the database) has no file to open
    again = hasil.tampilkan_hasil(win, "12 pegawai diimpor.")
    assert again is b and not b.btn_buka.isVisible() and not b.btn_folder.isVisible()
    b.btn_tutup.click()
    assert not b.isVisible()


def test_in_a_dialog_the_banner_floats_inside_it_and_a_folder_offers_only_the_folder(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog

    dlg = QDialog()
    dlg.resize(700, 500)
    qtbot.addWidget(dlg)
    dlg.show()
    b = hasil.tampilkan_hasil(dlg, "3 PDF SKP disimpan.", tmp_path)
    assert b.parent() is dlg and b.lbl_pesan.text() == "3 PDF SKP disimpan." and str(tmp_path) in b.lbl_path.text()
    assert b.btn_folder.isVisible() and not b.btn_buka.isVisible() and b.folder() == tmp_path
    assert b.geometry().right() <= dlg.width() and b.geometry().bottom() <= dlg.height()


def test_progress_text_shows_elapsed_and_estimated_remaining_time() -> None:
    assert teks_waktu(0.2, 0, 10) == "Berjalan 0:00"  # no estimate from nothing
    assert teks_waktu(12, 3, 10) == "Berjalan 0:12 · sisa sekitar 0:28"
    assert teks_waktu(3725, 1, 2) == "Berjalan 1:02:05 · sisa sekitar 1:02:05"
    assert teks_waktu(30, 10, 10) == "Berjalan 0:30"


def test_the_first_result_in_the_main_window_is_not_drawn_over_the_database_label(qtbot, tmp_path: Path) -> None:
    """The banner appearing lays the status bar out again, which showed the database label
    on top of the result message; the label now stays hidden while a message shows."""
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.ui.main_window import MainWindow

    db = open_database(tmp_path / "kantor.db")
    win = MainWindow(AppContext(db, Actor.system("admin")))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.lbl_db.isVisible())
    hasil.tampilkan_hasil(win, "Paket hasil 2026 ditulis (38483 baris).", tmp_path / "paket.xlsx",
                          status="Paket hasil 2026 ditulis")
    qtbot.wait(50)  # the status bar's own layout pass
    assert win.statusBar().currentMessage() == "Paket hasil 2026 ditulis"
    assert not win.lbl_db.isVisible()
    win.statusBar().clearMessage()
    assert win.lbl_db.isVisible()  # back once the message is gone
    win.close()
    db.dispose()
