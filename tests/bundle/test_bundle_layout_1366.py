"""Every area and the main dialogs fit an office screen of 1366×768 in both languages.

A header cut to "Achievemen", a placeholder that ends mid-word or a window that grows past the
screen by itself were all seen on a real 1366×768 day. This test opens each area (and the main
dialogs) in Bahasa Indonesia and in English and fails when a visible column header, label,
button or search placeholder is cut off, or a window is larger than the screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from asn_desktop.services.context import AppContext
from asn_desktop.ui.i18n import install_translations
from asn_desktop.ui.tata_letak import header_text_width

SCREEN_W, SCREEN_H = 1366, 768
#: what a taskbar leaves of 768 pixels
AVAILABLE_H = SCREEN_H - 40
#: room the main window's minimum width keeps below its 1280 px (real fonts are wider than offscreen)
GROWTH_SLACK = 40
SHOTS = Path(os.environ.get("LAYOUT_SHOTS", "")) if os.environ.get("LAYOUT_SHOTS") else None


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _elided(top: QWidget) -> list[str]:
    """Texts that do not fit in their widget (visible widgets only)."""
    found: list[str] = []
    for hv in top.findChildren(QHeaderView):
        if not hv.isVisible() or hv.orientation().name != "Horizontal":
            continue
        model = hv.model()
        if model is None:
            continue
        for i in range(hv.count()):
            if hv.isSectionHidden(i) or hv.sectionSize(i) <= 0:
                continue
            text = str(model.headerData(i, hv.orientation()) or "")
            need = header_text_width(hv, i)
            last_stretches = i == hv.count() - 1 and hv.stretchLastSection()
            if text and need > hv.sectionSize(i) + 1 and not last_stretches:
                found.append(f"kolom {text!r} ({hv.sectionSize(i)} < {need} px) di {type(hv.parent()).__name__}")
    for lbl in top.findChildren(QLabel):
        if not lbl.isVisible() or lbl.wordWrap() or not lbl.text() or lbl.pixmap() is not None and not lbl.pixmap().isNull():
            continue
        if lbl.width() + 1 < lbl.minimumSizeHint().width():
            found.append(f"label {lbl.text()!r} ({lbl.width()} < {lbl.minimumSizeHint().width()} px)")
    for b in top.findChildren(QAbstractButton):
        if not b.isVisible() or not b.text() or not isinstance(b, (QCheckBox, QRadioButton)) and b.parent() is None:
            continue
        if b.width() + 1 < b.minimumSizeHint().width():
            found.append(f"tombol {b.text()!r} ({b.width()} < {b.minimumSizeHint().width()} px)")
    for ed in top.findChildren(QLineEdit):
        ph = ed.placeholderText()
        if not ed.isVisible() or not ph or ed.text():
            continue
        room = ed.contentsRect().width() - 8
        if ed.fontMetrics().horizontalAdvance(ph) > room:
            found.append(f"placeholder {ph!r} ({room} px)")
    return found


@pytest.fixture(params=["id", "en"])
def lang(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    install_translations(app, request.param)
    yield request.param
    install_translations(app, "id")


def test_every_area_fits_1366x768_without_cut_off_texts(qtbot, demo_ctx: AppContext, lang: str) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, AVAILABLE_H)
    win.show()
    problems: list[str] = []
    for row in range(win.nav.count()):
        key = win.nav.item(row).data(256)
        page = win.goto(key)
        _settle()
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            win.grab().save(str(SHOTS / f"{lang}-{row + 1:02d}-{key}.png"))
        tabs = [t for t in page.findChildren(QWidget) if t.metaObject().className() == "QTabWidget"]
        for tw in tabs or [None]:
            for i in range(tw.count() if tw is not None else 1):
                if tw is not None:
                    if not tw.isVisible():
                        continue
                    tw.setCurrentIndex(i)
                    _settle()
                problems += [f"{key}: {p}" for p in _elided(win)]
        if win.width() != 1280 or win.height() > AVAILABLE_H:
            problems.append(f"{key}: jendela berubah ukuran sendiri menjadi {win.width()}×{win.height()}")
        # The window's minimum width is the widest area (and tab) visited so far: a one-line text
        # that forces it near 1280 px here grows the window on a real screen, whose fonts measure
        # a few percent wider than offscreen (1274 px here was 1297 px there).
        if win.minimumSizeHint().width() > 1280 - GROWTH_SLACK:
            problems.append(f"{key}: lebar minimum jendela {win.minimumSizeHint().width()} px, "
                            f"lebih dari {1280 - GROWTH_SLACK} px")
        assert win.minimumSizeHint().width() <= SCREEN_W, key
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def _check_tabs(top: QWidget, name: str, lang: str) -> list[str]:
    """Every tab of ``top`` (and nested tabs) checked for cut-off texts; a PNG per tab when asked."""
    from PySide6.QtWidgets import QTabWidget

    problems = [f"{name}: {p}" for p in _elided(top)]
    for tw in top.findChildren(QTabWidget):
        if not tw.isVisible():
            continue
        for i in range(tw.count()):
            tw.setCurrentIndex(i)
            _settle()
            problems += [f"{name}/{tw.tabText(i)}: {p}" for p in _elided(top)]
            if SHOTS:
                top.grab().save(str(SHOTS / f"{lang}-dlg-{name}-{i}.png"))
    if top.width() > SCREEN_W or top.height() > AVAILABLE_H:
        problems.append(f"{name}: {top.width()}×{top.height()} lebih besar dari layar")
    return problems


def test_main_dialogs_fit_1366x768_without_cut_off_texts(qtbot, demo_ctx: AppContext, lang: str) -> None:
    from asn_desktop.services import skp as S
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, AVAILABLE_H)
    win.show()
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    peg = win.goto("pegawai")
    first = peg.model.row_at(0).id
    dlg = peg.open_profile(first)
    assert dlg is not None
    qtbot.waitExposed(dlg)
    problems += _check_tabs(dlg, "profil", lang)
    dlg.reject()
    sk = win.goto("skp")
    tahun = max(s.tahun for s in S.list_skp(demo_ctx, 2026)) if S.list_skp(demo_ctx, 2026) else 2026
    sk.open_skp(S.list_skp(demo_ctx, tahun)[0].id)
    _settle()
    problems += _check_tabs(win, "skp-editor", lang)
    sin = win.goto("sinkronisasi")
    fdlg = sin.open_form_export()
    qtbot.waitExposed(fdlg)
    problems += _check_tabs(fdlg, "formulir", lang)
    fdlg.reject()
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
