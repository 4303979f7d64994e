"""Screenshots for the Panduan Pengguna, made from the real window on the demo kecamatan.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/panduan_shots.py [--out resources/help/img] [--lang id,en]

Builds a fresh demo database in a temporary folder, opens the main window as an admin at
1366x768 in each language and saves the areas and tabs the guide shows as
``<out>/<lang>/<name>.png``. Re-run it after changing a view so the guide never shows an old
screen; the test suite runs it on a small demo into a temporary folder and fails when an image
the guide references is not produced.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: (file name, area, attribute of the page naming the tab or a tab key, or None for the area as it opens)
SHOTS: tuple[tuple[str, str, str | None], ...] = (
    ("pegawai", "pegawai", None),
    ("skp", "skp", None),
    ("skp_cascade", "skp", "cascade"),
    ("penilaian", "penilaian", None),
    ("laporan", "laporan", None),
    ("laporan_distribusi", "laporan", "tab_distribusi"),
    ("karier", "karier", None),
    ("layanan", "layanan", None),
    ("register", "register", None),
    ("rapat", "rapat", None),
    ("sinkronisasi", "sinkronisasi", None),
    ("pengaturan", "pengaturan", None),
    ("pengaturan_cadangan", "pengaturan", "cadangan"),
)

#: Saved width: sharp in the window (shown 640 px wide) and in the printed guide, small in the repo.
SAVE_WIDTH = 1100


def _settle(app: object) -> None:
    from asn_desktop.ui.jobs import wait_for_jobs

    for _ in range(30):
        app.processEvents()  # type: ignore[attr-defined]
    wait_for_jobs()
    for _ in range(10):
        app.processEvents()  # type: ignore[attr-defined]


def _select_tab(page: object, tab: str) -> None:
    from PySide6.QtWidgets import QTabWidget

    tabs = getattr(page, "tabs", None)
    if not isinstance(tabs, QTabWidget):
        return
    target = getattr(page, tab, None)
    if target is None:  # Pengaturan: its tabs carry a key
        target = getattr(page, "tab_widgets", {}).get(tab)
    if target is not None and tabs.indexOf(target) >= 0:
        tabs.setCurrentWidget(target)


def make_shots(out: Path, langs: tuple[str, ...] = ("id", "en"), *, pegawai: int = 40,
               db: Path | None = None) -> list[Path]:
    """Write every screenshot the guide uses; returns the files written."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.services.demo import build_demo
    from asn_desktop.ui.app import make_app
    from asn_desktop.ui.i18n import install_translations
    from asn_desktop.ui.main_window import MainWindow

    tmp = tempfile.TemporaryDirectory()
    path = db or Path(tmp.name) / "demo.db"
    database = open_database(path)
    ctx = AppContext(database, Actor.system("admin"))
    if db is None:
        build_demo(ctx, pegawai)
    app = QApplication.instance() or make_app()
    written: list[Path] = []
    try:
        for lang in langs:
            install_translations(app, lang)
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            win = MainWindow(ctx)
            win.resize(1366, 768)
            win.show()
            try:
                for name, area, tab in SHOTS:
                    page = win.goto(area)
                    if tab:
                        _select_tab(page, tab)
                    _settle(app)
                    img = win.grab().toImage().scaledToWidth(SAVE_WIDTH, Qt.TransformationMode.SmoothTransformation)
                    # 256 colours: a screen of widgets looks the same and the file is a fifth as large
                    img = img.convertToFormat(QImage.Format.Format_Indexed8,
                                              Qt.ImageConversionFlag.ThresholdDither
                                              | Qt.ImageConversionFlag.AvoidDither)
                    dest = folder / f"{name}.png"
                    img.save(str(dest))
                    written.append(dest)
            finally:
                win.close()
                win.deleteLater()
                _settle(app)
    finally:
        install_translations(app, "id")
        database.dispose()
        tmp.cleanup()
    return written


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "resources" / "help" / "img"))
    ap.add_argument("--lang", default="id,en")
    ap.add_argument("--pegawai", type=int, default=40)
    ap.add_argument("--db", help="use this database instead of a fresh demo")
    args = ap.parse_args()
    for p in make_shots(Path(args.out), tuple(args.lang.split(",")), pegawai=args.pegawai,
                        db=Path(args.db) if args.db else None):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
