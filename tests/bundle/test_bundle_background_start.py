"""Start-up shows the first window before SQLAlchemy is imported and opens the database
in the background (docs/benchmarks.md): the window is interactive at once, fills when
the database is there, and a database that needs a dialog still gets it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from asn_desktop.db.peek import NotAnAsnDatabase, peek
from asn_desktop.db.session import open_database
from asn_desktop.services.actor import Actor
from asn_desktop.services.context import AppContext
from asn_desktop.ui import app as app_ui
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.opening import ContextFuture
from testkit import copy_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo kecamatan (no connection open, as at start-up)."""
    return copy_database(_demo_template, tmp_path / "kantor.db")


def test_peek_reads_what_the_first_window_shows(demo_path: Path) -> None:
    info = peek(demo_path)
    assert info.ready and info.has_pegawai and not info.has_accounts
    assert info.setting("office")["nama_kantor"] == "Kecamatan Maulafa"


def test_peek_never_raises_and_is_not_ready_for_files_needing_a_dialog(demo_path: Path, tmp_path: Path) -> None:
    assert not peek(tmp_path / "belum-ada.db").exists
    garbage = tmp_path / "bukan.db"
    garbage.write_bytes(b"ini bukan basis data" * 100)
    assert peek(garbage).exists and not peek(garbage).ready
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")  # an older schema: upgrade dialog path
    con.commit()
    con.close()
    assert not peek(demo_path).ready and peek(demo_path).revision == "0001"


def test_peek_sees_an_unclean_end(demo_path: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crash.db"
    shutil.copy(demo_path, crashed)
    Path(f"{crashed}-wal").write_bytes(b"\0" * 64)  # left behind by a crash
    info = peek(crashed)
    assert info.exists and not info.clean and not info.ready


def test_first_window_modules_do_not_import_sqlalchemy() -> None:
    """The guard of the design: what runs before the first window shows stays light."""
    code = (
        "import sys; import asn_desktop.ui.app, asn_desktop.ui.main_window, asn_desktop.ui.login, "
        "asn_desktop.services.startup, asn_desktop.ui.pages, asn_desktop.ui.opening;"
        "import contextlib, io; from asn_desktop import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit): cli.main(['--help'])\n"
        "print(sorted(m for m in ('sqlalchemy', 'asn_desktop.db.models', 'argon2', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_main_window_shows_before_the_database_is_open_then_fills(qtbot, demo_path: Path) -> None:
    info = peek(demo_path)
    started = app_ui.start_database(demo_path, info)
    assert not isinstance(started, int)
    source, office, has_accounts = started
    assert office == "Kecamatan Maulafa" and has_accounts is False
    win = MainWindow(source, office_name=office)
    qtbot.addWidget(win)
    win.show()
    # interactive at once: title from the peek, navigation listed, the area says it is loading
    assert "Kecamatan Maulafa" in win.windowTitle()
    assert win.nav.count() == 8
    if not source.done():
        assert isinstance(win.stack.currentWidget(), QLabel)
        assert "Memuat" in win.stack.currentWidget().text()
    qtbot.waitUntil(lambda: win.is_ready, timeout=20_000)
    page = win.page("pegawai")
    assert page is not None and win.stack.currentWidget() is page
    assert len(page.rows()) == 40  # the prefetched list was handed over
    # F5 reads afresh (the prefetched rows are used once)
    page.refresh()
    assert len(page.rows()) == 40
    win.goto("skp")  # other areas build as before
    assert win.page("skp") is not None
    win.close()
    source.result().db.dispose()


def test_navigation_while_opening_lands_on_the_chosen_area(qtbot, demo_path: Path) -> None:
    source = ContextFuture(demo_path, Actor.system())
    win = MainWindow(source, office_name="Kecamatan Maulafa")
    qtbot.addWidget(win)
    win.show()
    win.nav.setCurrentRow(3)  # Laporan, clicked before the database is open
    qtbot.waitUntil(lambda: win.is_ready, timeout=20_000)
    assert win.nav.currentRow() == 3 and win.page("laporan") is not None
    assert win.page("pegawai") is None  # not built: the operator never went there
    win.close()
    source.result().db.dispose()


def test_a_failed_background_open_is_explained_and_closes_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken() -> AppContext:
        raise NotAnAsnDatabase("Berkas kantor.db bukan basis data SQLite (ASN Kinerja Desktop).")

    source = ContextFuture(tmp_path / "kantor.db", Actor.system(), opener=broken)
    win = MainWindow(source, office_name="")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "bukan basis data SQLite" in shown[0]
    assert not win.isVisible()
    with pytest.raises(NotAnAsnDatabase):
        source.result()


def test_start_database_uses_the_checking_path_after_a_crash(demo_path: Path) -> None:
    """A session cut off (wal left behind) opens here, with the quick check, before any window."""
    Path(f"{demo_path}-wal").write_bytes(b"\0" * 64)
    info = peek(demo_path)
    assert not info.ready
    started = app_ui.start_database(demo_path, info)
    assert not isinstance(started, int)
    source = started[0]
    assert source.done() and source.result().db.path == demo_path
    source.result().db.dispose()


def test_login_shows_while_opening_and_waits_for_the_database_on_masuk(qtbot, demo_path: Path, monkeypatch) -> None:
    from asn_desktop.services import akun
    from asn_desktop.ui import login as login_ui

    db = open_database(demo_path)
    akun.buat_admin_pertama(AppContext(db, Actor.system()), "admin", "Kantor-rahasia-1")
    db.dispose()
    info = peek(demo_path)
    assert info.ready and info.has_accounts
    source = ContextFuture(demo_path, Actor.system())

    def login_exec(dlg: login_ui.LoginDialog) -> int:
        assert "Kecamatan Maulafa" in dlg.findChildren(QLabel)[0].text()  # from the peek
        dlg.ed_user.setText("admin")
        dlg.ed_pw.setText("Kantor-rahasia-1")
        dlg.btn_ok.click()
        return dlg.result()

    monkeypatch.setattr(login_ui.LoginDialog, "exec", login_exec)
    actor = login_ui.login(source, has_accounts=True, office_name="Kecamatan Maulafa")
    assert actor is not None and actor.username == "admin"
    assert QApplication.instance().property("asn_user") == "admin (Admin)"
    source.result().db.dispose()
    login_ui.release_instance_lock()


def test_login_explains_a_failed_background_open_in_the_dialog(qtbot, tmp_path: Path) -> None:
    from asn_desktop.ui import login as login_ui

    def broken() -> AppContext:
        raise NotAnAsnDatabase("Berkas kantor.db tidak dapat dibuka: izin ditolak.")

    source = ContextFuture(tmp_path / "kantor.db", Actor.system(), opener=broken)
    dlg = login_ui.LoginDialog(source, None, "admin", office_name="Kecamatan Maulafa")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ed_pw.setText("Kantor-rahasia-1")
    dlg.btn_ok.click()  # waits for the open, which fails
    assert "izin ditolak" in dlg.lbl_msg.text() and dlg.lbl_msg.isVisible()
    assert dlg.actor is None and not dlg.btn_ok.isEnabled()
    first = login_ui.FirstAdminDialog(source)
    qtbot.addWidget(first)
    first.ed_pw1.setText("Kantor-rahasia-1")
    first.ed_pw2.setText("Kantor-rahasia-1")
    first.btn_ok.click()
    assert "izin ditolak" in first.lbl_hint.text() and first.actor is None


def test_goto_an_area_whose_data_is_still_being_fetched_waits_for_it(qtbot, demo_path: Path) -> None:
    source = ContextFuture(demo_path, Actor.system())
    win = MainWindow(source, office_name="Kecamatan Maulafa")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "pegawai" in win._fetching or win.page("pegawai") is not None, timeout=20_000)
    win.nav.setCurrentRow(1)  # SKP, while the employee list is still on its way
    page = win.goto("pegawai")
    assert page is win.page("pegawai") and len(page.rows()) == 40
    win.close()
    source.result().db.dispose()


def test_a_file_that_cannot_be_opened_is_a_database_error_with_guidance(tmp_path: Path, monkeypatch) -> None:
    """Permissions or a locked share show up only when connecting: the background open connects
    and turns the driver's error into a message for the operator (tested by making connect fail)."""
    import sqlite3 as _sqlite3

    from asn_desktop.db.peek import DatabaseError
    from asn_desktop.db.session import open_database as _open
    from asn_desktop.services import startup

    path = tmp_path / "kantor.db"
    _open(path).dispose()
    real_connect = _sqlite3.connect

    def refusing(*args, **kwargs):  # type: ignore[no-untyped-def]
        if "mode=ro" in str(args[0]):  # a read-only file: reading works, the app's connection does not
            return real_connect(*args, **kwargs)
        raise _sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(_sqlite3, "connect", refusing)
    monkeypatch.setattr(_sqlite3.dbapi2, "connect", refusing)  # what SQLAlchemy's driver calls
    with pytest.raises(DatabaseError) as ei:
        startup.open_for_gui(path)
    assert "tidak dapat dibuka" in ei.value.message and "dapat ditulis" in ei.value.message
    assert "Pulihkan" not in ei.value.message  # not sent to a restore: the file is fine


def test_an_unreadable_file_is_not_called_damaged(tmp_path: Path, monkeypatch) -> None:
    """SQLite cannot open the file at all (locked, permissions): no 'restore from backup' advice."""
    import sqlite3 as _sqlite3

    from asn_desktop.db.peek import DatabaseCorrupt, DatabaseError
    from asn_desktop.db.session import check_integrity

    path = tmp_path / "kantor.db"
    _sqlite3.connect(path).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)

    def refusing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise _sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(_sqlite3, "connect", refusing)
    with pytest.raises(DatabaseError) as ei:
        check_integrity(path)
    assert not isinstance(ei.value, DatabaseCorrupt) and "tidak dapat dibuka" in ei.value.message
