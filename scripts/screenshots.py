"""Grab every area of the main window on the demo kecamatan (for looking at the app).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out screenshots/tour] [--lang en]

Builds a fresh demo database in a temporary folder, opens the main window as an
admin at 1366x768 (a common office screen) and saves one PNG per area.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Qt and app imports happen in main(), after the platform is chosen
    from PySide6.QtWidgets import QApplication

    from asn_desktop.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="screenshots/tour")
    ap.add_argument("--lang", default="id")
    ap.add_argument("--db", help="use this database (a file or a postgresql:// URL) instead of a fresh demo")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from asn_desktop.db.server import is_server_url
    from asn_desktop.db.session import open_database, open_server
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.services.demo import build_demo
    from asn_desktop.ui.app import make_app
    from asn_desktop.ui.i18n import install_translations
    from asn_desktop.ui.main_window import MainWindow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory()
    if args.db and is_server_url(args.db):
        db = open_server(args.db, password=os.environ.get("PGPASSWORD"))
    else:
        db = open_database(Path(args.db) if args.db else Path(tmp.name) / "demo.db")
    ctx = AppContext(db, Actor.system("admin"))
    if not args.db:
        build_demo(ctx, 40)
    app = make_app()
    install_translations(app, args.lang)
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    for row in range(win.nav.count()):
        key = win.nav.item(row).data(256)
        _wait_shown(app, win, key)
        win.grab().save(str(out / f"{row + 1:02d}_{key}.png"))
        print(out / f"{row + 1:02d}_{key}.png")
    win.close()
    db.dispose()
    QApplication.processEvents()
    return 0


def _wait_shown(app: QApplication, win: MainWindow, key: str) -> None:
    """Until the area shows its data (``MainWindow.goto``, as the self-test visits the areas), no
    read is left, and the pieces built a timer turn at a time after it (Penilaian's editor) are
    on screen: a picture of "Memuat…" is no picture."""
    import time

    from PySide6.QtCore import QEventLoop

    from asn_desktop.ui.jobs import wait_for_jobs

    win.goto(key)
    wait_for_jobs()
    for _ in range(10):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.02)


if __name__ == "__main__":
    raise SystemExit(main())
