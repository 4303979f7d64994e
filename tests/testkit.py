"""Small helpers the test folders share (tests/ is on sys.path through the root conftest)."""

from __future__ import annotations


import os
import sqlite3
import tempfile
from typing import Any
from pathlib import Path


def shot_dir(sub: str) -> Path:
    """Where tests save the screenshots a person looks at, never inside the repository:
    ASN_TEST_SCREENSHOTS/<sub> when that is set (to keep them), else a folder in the system temp."""
    base = os.environ.get("ASN_TEST_SCREENSHOTS") or os.path.join(tempfile.gettempdir(), "asn-test-screenshots")
    return Path(base) / sub


def copy_database(src: Path, dest: Path) -> Path:
    """A consistent copy of a closed or open SQLite file through the online backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    s, d = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()
    return dest


def on_server() -> bool:
    """The PostgreSQL pass (``ASN_TEST_DB=postgresql``, scripts/test.sh)."""
    return os.environ.get("ASN_TEST_DB") == "postgresql"


def server_db(request: Any, *, template: str | None = None) -> str:
    """A new database on the session's throw-away cluster for one test (a copy of ``template``)."""
    import re
    import uuid

    cluster = request.getfixturevalue("pg_cluster")
    name = "t_" + re.sub(r"\W", "_", request.node.name)[:40].lower() + "_" + uuid.uuid4().hex[:6]
    if template is None:
        return cluster.create_database(name)
    cluster.psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return cluster.url(name)



def wait_loaded(page: Any, timeout: float = 60.0) -> Any:
    """Until an area (``BasePage``) shows its data: its views are read in the background
    (ui/loading.py). Events keep flowing meanwhile; fails after ``timeout`` s. Returns the page."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not page.is_loaded:
        if time.monotonic() > deadline:
            raise AssertionError(f"{type(page).__name__} tidak selesai memuat dalam {timeout} detik")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return page


def open_window(qtbot: Any, db: Path, office: str = "Kecamatan Maulafa") -> Any:
    """The main window on the database file ``db`` as the app opens it (the database in the
    background), 1366×768, once it is ready: where a first-visit test starts."""
    from asn_desktop.services.actor import Actor
    from asn_desktop.ui.main_window import MainWindow
    from asn_desktop.ui.opening import ContextFuture

    win = MainWindow(ContextFuture(db, Actor.system()), office_name=office)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready, timeout=20_000)
    return win
