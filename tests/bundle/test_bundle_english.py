"""English that is complete: every area and tab in English shows no Indonesian interface text.

A text on screen fails when it is exactly an Indonesian source string of the catalogue whose
English differs (a tr() forgotten, or a label built below the UI shown untranslated), or when an
interface element (label, button, tab, header, group title) holds a word from a list of words
only Indonesian interface text uses. Table cells are data (names, units, RHK written in
Indonesian), so only the first check applies to them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from asn_desktop.domain.roles import AREA_PERMISSIONS
from asn_desktop.services.context import AppContext
from asn_desktop.ui.i18n import install_translations
from testkit import shot_dir

ROOT = Path(__file__).resolve().parents[2]
SHOTS = shot_dir("english")

#: Words that only Indonesian interface text uses (data such as names and units never needs them).
INDONESIAN_ONLY = re.compile(
    r"\b(belum|sudah|Tahunan|sisanya|paling banyak|paling sedikit|Pindahkan|Berhasil|Ditolak|ditetapkan|"
    r"disimpan|dihapus|ditambahkan|Simpan|Batal|Tutup|Cari|Semua|tidak ada)\b"
)

#: Indonesian texts that stay Indonesian in English on purpose (legal names, BerAKHLAK values).
KEEP = {"BerAKHLAK"}


def _catalogue() -> dict[str, str]:
    """Indonesian source → English, from en.json and the new_*.json files waiting to be merged."""
    folder = ROOT / "resources" / "translations"
    out: dict[str, str] = {}
    for path in [folder / "en.json", *sorted(folder.glob("new_*.json"))]:
        for k, v in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(v, str) and k not in out:
                out[k] = v
    return out


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text).strip()


def _columns(model, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _visible(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top)


def _chrome_texts(top: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of the interface elements shown in ``top``."""
    out: list[tuple[str, str]] = []
    for w in top.findChildren(QLabel):
        if _visible(w, top):
            out.append(("label", w.text()))
    for w in top.findChildren(QAbstractButton):
        if _visible(w, top):
            out.append(("button", w.text()))
            out.append(("tooltip", w.toolTip()))
    for w in top.findChildren(QGroupBox):
        if _visible(w, top):
            out.append(("group", w.title()))
    for w in top.findChildren(QTabBar):
        if _visible(w, top):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in top.findChildren(QLineEdit):
        if _visible(w, top):
            out.append(("placeholder", w.placeholderText()))
    for v in top.findChildren(QAbstractItemView):
        model = v.model()
        if model is None or not _visible(v, top):
            continue
        for c in range(_columns(model, QModelIndex())):
            h = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(h, str):
                out.append(("header", h))
    return [(k, _plain(t)) for k, t in out if t and _plain(t)]


def _cell_texts(top: QWidget) -> list[str]:
    """Table cells and combo-box choices: data as often as not (units, names, phrases)."""
    out: list[str] = []
    for w in top.findChildren(QComboBox):
        if _visible(w, top):
            out += [_plain(w.itemText(i)) for i in range(min(w.count(), 30))]
    for v in top.findChildren(QAbstractItemView):
        model = v.model()
        if model is None or not _visible(v, top):
            continue

        def walk(parent: QModelIndex, depth: int) -> None:
            for r in range(min(model.rowCount(parent), 40)):
                for c in range(_columns(model, parent)):
                    idx = model.index(r, c, parent)
                    val = idx.data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(val, str) and val:
                        out.append(_plain(val))
                if depth < 2:
                    walk(model.index(r, 0, parent), depth + 1)

        walk(QModelIndex(), 0)
    return out


def problems_in(top: QWidget, catalogue: dict[str, str]) -> list[str]:
    found: list[str] = []
    for kind, text in _chrome_texts(top):
        if text in KEEP:
            continue
        eng = catalogue.get(text)
        if eng is not None and _plain(eng) != text:
            found.append(f"{kind}: {text!r} (English: {eng!r})")
        elif INDONESIAN_ONLY.search(text):
            found.append(f"{kind}: {text!r}")
    for text in _cell_texts(top):
        eng = catalogue.get(text)
        if eng is not None and _plain(eng) != text and text not in KEEP:
            found.append(f"cell: {text!r} (English: {eng!r})")
    return sorted(set(found))


@pytest.fixture
def english_window(app: QApplication, qtbot, demo_ctx: AppContext):  # type: ignore[no-untyped-def]
    from asn_desktop.ui.main_window import MainWindow

    install_translations(app, "en")
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.wait_ready()
    yield win
    win.close()
    install_translations(app, "id")


def test_every_area_and_tab_in_english_shows_no_indonesian_interface_text(app: QApplication, english_window) -> None:
    from asn_desktop.ui.jobs import wait_for_jobs

    win = english_window
    catalogue = _catalogue()
    SHOTS.mkdir(parents=True, exist_ok=True)
    report: list[str] = []
    for key in AREA_PERMISSIONS:
        page = win.goto(key)
        tabs = getattr(page, "tabs", None)
        count = tabs.count() if isinstance(tabs, QTabWidget) else 1
        for i in range(count):
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(i)
            wait_for_jobs()
            for _ in range(5):
                app.processEvents()
            win.grab().save(str(SHOTS / f"{key}_{i + 1}.png"))
            report += [f"{key} tab {i + 1}: {p}" for p in problems_in(win, catalogue)]
    assert not report, "\n".join(report)
