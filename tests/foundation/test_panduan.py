"""Panduan Pengguna: F1 opens the guide at the current area and tab, contents/search/Back/Forward,
the whole guide as one PDF, and screenshots made by the script from the real window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from asn_desktop.domain.roles import AREA_PERMISSIONS
from asn_desktop.paths import resources_dir
from asn_desktop.services.context import AppContext
from asn_desktop.ui import bantuan
from asn_desktop.ui.i18n import install_translations
from asn_desktop.ui.jobs import wait_for_jobs
from testkit import copy_database, shot_dir

SHOTS = shot_dir("panduan")


@pytest.fixture
def app(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The application with no translator afterwards, as the other tests expect (Indonesian)."""
    from asn_desktop.ui.i18n import clear_translations

    yield qapp
    clear_translations(qapp)


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_area_and_both_extra_sections_exist_in_both_languages(lang: str) -> None:
    folder = resources_dir() / "help" / lang
    assert {p.stem for p in folder.glob("*.md")} == set(bantuan.SECTIONS)
    assert set(AREA_PERMISSIONS) <= set(bantuan.SECTIONS)  # F1 in any area finds its section
    parts = bantuan.sections(lang)
    assert all(s.anchors and s.anchors[0][1] == s.key for s in parts)  # the title is the section's anchor
    assert all("{#" not in s.markdown for s in parts)  # anchors never show as text
    names = [a for s in parts for _, a in s.anchors]
    assert len(names) == len(set(names))


def test_both_languages_have_the_same_anchors() -> None:
    ids = {s.key: [a for _, a in s.anchors] for s in bantuan.sections("id")}
    ens = {s.key: [a for _, a in s.anchors] for s in bantuan.sections("en")}
    assert ids == ens


def _main_window(app: QApplication, qtbot, ctx: AppContext, lang: str):  # type: ignore[no-untyped-def]
    from asn_desktop.ui.main_window import MainWindow

    install_translations(app, lang)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.wait_ready()
    return win


def test_every_tab_of_every_area_has_its_place_in_the_guide(app: QApplication, qtbot, demo_ctx: AppContext) -> None:
    win = _main_window(app, qtbot, demo_ctx, "id")
    anchors = {a for s in bantuan.sections("id") for _, a in s.anchors}
    missing = []
    for key in AREA_PERMISSIONS:
        page = win.goto(key)
        tabs = getattr(page, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            a = bantuan.anchor_for(page)
            if a not in anchors:
                missing.append((key, tabs.tabText(i), a))
    assert not missing, missing


@pytest.mark.parametrize("lang", ["id", "en"])
def test_f1_opens_the_guide_at_the_current_area_and_tab(app: QApplication, qtbot, demo_ctx: AppContext,
                                                        lang: str) -> None:
    win = _main_window(app, qtbot, demo_ctx, lang)
    page = win.goto("skp")
    page.tabs.setCurrentWidget(page.cascade)
    win.activateWindow()
    win.sc_help.activated.emit()  # F1 (offscreen windows do not take key focus reliably)
    help_win = win._help_window
    qtbot.waitUntil(help_win.isVisible)
    assert help_win.lang == lang
    assert help_win.current == "skp" and help_win._anchor == "skp-cascade"
    assert help_win.browser.verticalScrollBar().value() > 0  # scrolled down to the Cascading heading
    title = {"id": "SKP", "en": "SKP"}[lang]
    assert help_win.contents.currentItem().text() == title
    cascading = "Cascading"
    top = help_win.browser.cursorForPosition(help_win.browser.viewport().rect().topLeft())
    assert cascading in top.block().text() or cascading in top.block().next().text()
    _shot(help_win, f"help_f1_skp_cascade_{lang}.png")

    # Bantuan › Panduan Pengguna: the start of the guide
    win.act_guide.trigger()
    assert help_win.current == "memulai" and help_win.browser.verticalScrollBar().value() == 0
    _shot(help_win, f"help_start_{lang}.png")
    # Back returns to the Cascading section, Forward to the start again
    help_win.back()
    assert (help_win.current, help_win._anchor) == ("skp", "skp-cascade")
    help_win.forward()
    assert help_win.current == "memulai"
    assert help_win.btn_back.isEnabled() and not help_win.btn_forward.isEnabled()
    help_win.close()
    install_translations(app, "id")


def test_search_narrows_the_contents_and_finds_the_text_in_the_next_section(app: QApplication, qtbot) -> None:
    install_translations(app, "id")
    win = bantuan.HelpWindow(None, "id")
    qtbot.addWidget(win)
    win.show()
    win.open("memulai")
    qtbot.keyClicks(win.search, "kurva distribusi")
    shown = [win.contents.item(i).data(Qt.ItemDataRole.UserRole) for i in range(win.contents.count())
             if not win.contents.item(i).isHidden()]
    assert shown and "penilaian" in shown and "pegawai" not in shown
    assert "Ditemukan" in win.lbl_found.text()
    assert win.find_next()
    assert win.current in shown
    assert win.browser.textCursor().selectedText().lower() == "kurva distribusi"
    _shot(win, "help_search_id.png")
    win.search.setText("tidakadakatainidipanduan")
    assert win.lbl_found.text() == "Tidak ditemukan di panduan."
    assert not win.find_next()
    # a link to another section opens it, and Back comes back
    win.open("sinkronisasi")
    from PySide6.QtCore import QUrl

    win._link(QUrl("pertukaran.md"))
    assert win.current == "pertukaran"
    win.back()
    assert win.current == "sinkronisasi"


def test_the_whole_guide_prints_to_one_pdf_in_the_background(app: QApplication, qtbot, tmp_path: Path,
                                                             monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    install_translations(app, "id")
    win = QMainWindow()
    qtbot.addWidget(win)
    win.show()
    dest = tmp_path / "panduan"
    bantuan.save_guide_pdf(win, "id", str(dest))
    assert wait_for_jobs()
    app.processEvents()
    pdf = dest.with_suffix(".pdf")
    assert pdf.is_file()
    assert "Panduan Pengguna disimpan sebagai PDF." in win.statusBar().currentMessage()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for s in bantuan.sections("id"):
        assert s.title in text, s.title
    pages = text.count("\f")
    assert pages >= len(bantuan.SECTIONS) + 1  # the cover, then every section on a new page
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "3", str(pdf), str(SHOTS / "panduan_pdf")],
                   check=False)


def test_the_screenshot_script_makes_every_image_the_guide_shows(_demo_template: Path, tmp_path: Path,
                                                                 app: QApplication) -> None:
    from scripts import panduan_shots

    out = tmp_path / "img"
    written = panduan_shots.make_shots(out, ("id", "en"), db=copy_database(_demo_template, tmp_path / "d.db"))
    made = {p.relative_to(out).as_posix() for p in written}
    for lang in ("id", "en"):
        base = resources_dir() / "help" / "img"
        wanted = {p.relative_to(base.resolve()).as_posix() for p in bantuan.referenced_images(lang)}
        assert wanted, lang
        assert wanted <= made, wanted - made
    assert all(p.stat().st_size > 10_000 for p in written)  # real screens, not blank images
