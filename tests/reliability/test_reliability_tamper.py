"""Tamper evidence (hash-chained audit log), file permissions, refusing files without touching them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.cli import main
from asn_desktop.db.audit_chain import verify_file
from asn_desktop.db.session import open_database
from asn_desktop.services.context import Actor, AppContext
from reliability_helpers import Kantor

#: backups, restores and edits of the SQLite file itself; a server is backed up with its own tools
pytestmark = pytest.mark.sqlite_only



def _raw(path: Path, sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def _audit_ids(path: Path) -> list[int]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
    finally:
        con.close()


def test_every_writer_leaves_a_whole_chain(kantor_berakun: Kantor, tmp_path: Path, capsys) -> None:
    """Demo data, account creation, a manual backup and the CLI check: the chain holds."""
    from asn_desktop.services import cadangan

    cadangan.create_backup(kantor_berakun.ctx.as_actor(kantor_berakun.admin))
    path = kantor_berakun.ctx.db.path
    assert len(_audit_ids(path)) > 3
    assert verify_file(path) is None
    assert main(["check", "--db", str(path)]) == 0
    assert "rantai log audit utuh" in capsys.readouterr().out


@pytest.mark.parametrize("attack", ["edit_rating", "delete_row", "insert_row", "become_admin_row"])
def test_editing_the_audit_log_outside_the_app_is_reported_at_the_first_broken_link(
    kantor_berakun: Kantor, attack: str, capsys
) -> None:
    from asn_desktop.services import cadangan

    cadangan.create_backup(kantor_berakun.ctx.as_actor(kantor_berakun.admin))  # one more audited write
    path = kantor_berakun.ctx.db.path
    kantor_berakun.ctx.db.dispose()
    ids = _audit_ids(path)
    victim = ids[len(ids) // 2]
    if attack == "edit_rating":
        _raw(path, "UPDATE audit_log SET ringkasan = 'Sangat Baik' WHERE id = ?", (victim,))
        first = victim
    elif attack == "delete_row":
        _raw(path, "DELETE FROM audit_log WHERE id = ?", (victim,))
        first = ids[ids.index(victim) + 1]
    elif attack == "insert_row":
        # a forged row squeezed into a gap-free history with its own (fake) hash
        _raw(path, "UPDATE audit_log SET username = 'camat' WHERE id = ?", (victim,))
        first = victim
    else:
        # an attacker makes himself admin and adds a plausible audit row at the end, unsealed
        _raw(path, "INSERT INTO audit_log (waktu, username, aksi, ringkasan) VALUES "
                   "('2026-01-01 00:00:00.000000', 'admin', 'akun.ubah', 'peran diubah')")
        first = max(ids) + 1
    brk = verify_file(path)
    assert brk is not None and brk.row_id == first
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"id {first}" in err and "Rantai log audit terputus" in err


def test_roster_import_bulk_audit_rows_are_chained(tmp_path: Path) -> None:
    """The roster import writes its audit rows with raw executemany: the seal covers them."""
    from asn_desktop.services import pertukaran as P

    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN"])
    ws.append(["198001012005011001", "Budi", "Kepala Seksi"])
    ws.append(["198502142010012002", "Maria", "Pengadministrasi"])
    for row in ws.iter_rows(min_row=2):
        row[0].data_type = "s"
    roster = tmp_path / "duk.xlsx"
    wb.save(roster)
    db = open_database(tmp_path / "k.db")
    try:
        rep = P.import_roster(AppContext(db, Actor.system("penguji")), roster)
        assert rep.written
    finally:
        db.dispose()
    assert len(_audit_ids(tmp_path / "k.db")) >= 2
    assert verify_file(tmp_path / "k.db") is None


def test_upgrade_from_0002_chains_existing_rows(tmp_path: Path) -> None:
    """An existing database (schema 0002, audit rows without hashes) is chained on upgrade."""
    from alembic import command

    from asn_desktop.db.session import alembic_config, make_engine

    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0002")
    engine.dispose()
    for i in range(3):
        _raw(path, "INSERT INTO audit_log (waktu, username, aksi, ringkasan) VALUES (?, 'admin', 'uji', ?)",
             (f"2026-01-0{i + 1} 00:00:00.000000", f"baris {i}"))
    db = open_database(path)
    db.dispose()
    con = sqlite3.connect(path)
    hashes = [r[0] for r in con.execute("SELECT chain_hash FROM audit_log ORDER BY id")]
    con.close()
    assert len(hashes) == 3 and all(hashes)
    assert verify_file(path) is None
    _raw(path, "UPDATE audit_log SET ringkasan = 'lain' WHERE id = 2")
    assert verify_file(path).row_id == 2


# --------------------------------------------------------------------------- refusing leaves the file as it was


def _sqlite_file(path: Path, tables: list[str], revision: str | None) -> bytes:
    con = sqlite3.connect(path)
    for t in tables:
        con.execute(f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, teks TEXT)")
        con.execute(f"INSERT INTO {t} (teks) VALUES ('x')")
    if revision is not None:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_a_refused_file_is_byte_for_byte_unchanged(tmp_path: Path, kind: str) -> None:
    from asn_desktop.db.session import DatabaseTooNew, NotAnAsnDatabase

    path = tmp_path / "lain.db"
    if kind == "newer":
        before = _sqlite_file(path, ["pegawai", "audit_log"], "9999_masa_depan")
        expected: type = DatabaseTooNew
    else:
        before = _sqlite_file(path, ["buku", "anggota"], None)
        expected = NotAnAsnDatabase
    with pytest.raises(expected) as err:
        open_database(path)
    assert "tidak diubah" in err.value.message
    assert path.read_bytes() == before  # header bytes 18/19 (WAL), 28, 96 included
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_pre_migration_backup_goes_through_part_and_rename(tmp_path: Path, monkeypatch) -> None:
    """A kill between writing and renaming leaves no file that looks like a backup."""
    from alembic import command

    from asn_desktop.db import backup as fb
    from asn_desktop.db.session import DatabaseError, alembic_config, make_engine

    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0002")
    engine.dispose()

    def killed(*_a, **_k) -> None:
        raise OSError(5, "proses dihentikan")

    monkeypatch.setattr(fb.os, "replace", killed)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert fb.list_backups(tmp_path / "backups") == []
    monkeypatch.undo()
    db = open_database(path)  # the next start upgrades after a complete backup
    try:
        assert db.report.upgraded_from == "0002"
        backups = fb.list_backups(tmp_path / "backups")
        assert len(backups) == 1 and fb.check_candidate(backups[0].path).revisi == "0002"
    finally:
        db.dispose()


# --------------------------------------------------------------------------- owner-only files


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX modes; Windows uses profile ACLs")
def test_database_backups_evidence_and_logs_are_owner_only(kantor_berakun: Kantor, tmp_path: Path) -> None:
    import logging
    import os
    import stat

    from asn_desktop.paths import PrivateRotatingFileHandler, companion_dir
    from asn_desktop.services import cadangan

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "baru" / "kantor.db"
        db = open_database(fresh)
        db.dispose()
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
        res = cadangan.create_backup(kantor_berakun.ctx.as_actor(kantor_berakun.admin))
        assert stat.S_IMODE(res.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(res.path.parent.stat().st_mode) == 0o700
        for name in ("bukti", "logs"):
            assert stat.S_IMODE(companion_dir(kantor_berakun.ctx.db.path, name).stat().st_mode) == 0o700
        handler = PrivateRotatingFileHandler(tmp_path / "app.log", maxBytes=200, backupCount=2)
        rec = logging.LogRecord("asn_desktop", logging.INFO, __file__, 1, "x" * 150, None, None)
        for _ in range(4):
            handler.emit(rec)  # rotates: the new file is owner-only too
        handler.close()
        for f in tmp_path.glob("app.log*"):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        # a database made world-readable by an earlier version is tightened when opened
        lama = tmp_path / "lama.db"
        lama.write_bytes(fresh.read_bytes())
        os.chmod(lama, 0o644)
        open_database(lama).dispose()
        assert stat.S_IMODE(lama.stat().st_mode) == 0o600
    finally:
        os.umask(old)


# --------------------------------------------------------------------------- backups to a chosen folder


def test_operator_cannot_write_full_backups_to_a_chosen_folder(kantor_berakun: Kantor, tmp_path: Path) -> None:
    """Attack: an Operator (barred from exporting results) copied every rating and password hash
    to a flash disk through 'Cadangkan' with a chosen folder."""
    from asn_desktop.services import cadangan
    from asn_desktop.services.errors import PermissionDenied

    usb = tmp_path / "flashdisk"
    usb.mkdir()
    op = kantor_berakun.ctx.as_actor(kantor_berakun.operator)
    with pytest.raises(PermissionDenied, match="hanya admin"):
        cadangan.create_backup(op, usb)
    with pytest.raises(PermissionDenied, match="hanya admin"):
        cadangan.set_folder(op, usb)
    assert list(usb.iterdir()) == []
    # the admin chooses the stick; the operator's backups still stay beside the database
    adm = kantor_berakun.ctx.as_actor(kantor_berakun.admin)
    cadangan.set_folder(adm, usb)
    res = cadangan.create_backup(op)
    assert res.path.parent == cadangan.default_folder(op) and list(usb.iterdir()) == []
    auto = cadangan.automatic_backup(op, "keluar", paksa=True)
    assert auto.path.parent == cadangan.default_folder(op) and list(usb.iterdir()) == []
    assert cadangan.create_backup(adm).path.parent == usb.resolve()


# --------------------------------------------------------------------------- read-only file, full disk


def _read_only(db) -> None:  # type: ignore[no-untyped-def]
    """Every new connection refuses writes the way SQLite does for a read-only file
    (SQLITE_READONLY: 'attempt to write a readonly database'); the tests run as root,
    for whom file modes do not stop writes."""
    from sqlalchemy import event

    event.listen(db.engine, "connect", lambda con, _rec: con.execute("PRAGMA query_only=ON"))
    db.engine.dispose()


def test_login_on_a_read_only_database_says_so_in_indonesian(kantor_berakun: Kantor, qtbot) -> None:
    from asn_desktop.services import akun
    from asn_desktop.services.errors import ServiceError
    from asn_desktop.ui import login as login_ui
    from reliability_helpers import PASSWORDS

    path = kantor_berakun.ctx.db.path
    before = _audit_ids(path)
    _read_only(kantor_berakun.ctx.db)
    with pytest.raises(ServiceError) as err:
        akun.login(kantor_berakun.ctx, "admin", PASSWORDS["admin"])
    assert "hanya dapat dibaca" in err.value.message and str(path) in err.value.message
    dlg = login_ui.LoginDialog(kantor_berakun.ctx, None, "admin", office_name="Kecamatan Uji")
    qtbot.addWidget(dlg)
    dlg.ed_pw.setText(PASSWORDS["admin"])
    dlg._try()
    assert dlg.actor is None and "hanya dapat dibaca" in dlg.lbl_msg.text()
    assert not dlg.lbl_msg.isHidden()
    assert _audit_ids(path) == before


def test_full_disk_during_the_results_merge_commit_changes_nothing(demo_ctx, tmp_path: Path, monkeypatch,
                                                                   capsys) -> None:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from asn_desktop.db import models as m
    from asn_desktop.services import pertukaran as P

    paket = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, paket, 2026)
    kab_path = tmp_path / "kabupaten.db"
    open_database(kab_path).dispose()
    real_commit = Session.commit

    def disk_full(self: Session) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Session, "commit", disk_full)
    code = main(["results", "import", str(paket), "--db", str(kab_path), "--trust-new-office"])
    err = capsys.readouterr().err
    assert code == 1 and "Disk tempat basis data" in err and "penuh" in err
    assert "Traceback" not in err
    monkeypatch.setattr(Session, "commit", real_commit)
    db = open_database(kab_path)
    try:
        ctx = AppContext(db, Actor.system("penguji"))
        with ctx.read() as s:
            assert s.scalar(select(func.count()).select_from(m.Pegawai)) == 0  # nothing half-written
        rep = P.import_results(ctx, [paket], trust_new_office=True)  # room again: the same package merges
        assert rep.written and rep.accepted
    finally:
        db.dispose()


def test_full_disk_in_the_roster_imports_bulk_writes_is_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    """The disk fills while the roster import's bulk insert of employees runs: a clear message,
    nothing written (the driver's error comes through SQLAlchemy's executemany)."""
    from sqlalchemy import event

    from asn_desktop.services import pertukaran as P
    from asn_desktop.services.errors import ServiceError

    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA"])
    ws.append(["198001012005011001", "Budi"])
    ws["A2"].data_type = "s"
    roster = tmp_path / "duk.xlsx"
    wb.save(roster)

    db = open_database(tmp_path / "k.db")

    def disk_full(cursor, statement, parameters, context):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO PEGAWAI"):
            raise sqlite3.OperationalError("database or disk is full")
        return False

    event.listen(db.engine, "do_executemany", disk_full)
    event.listen(db.engine, "do_execute", disk_full)
    try:
        with pytest.raises(ServiceError) as err:
            P.import_roster(AppContext(db, Actor.system("penguji")), roster)
        assert "penuh" in err.value.message and "Tidak ada yang diubah" in err.value.message
    finally:
        db.dispose()
    assert _audit_ids(tmp_path / "k.db") == []


def test_the_background_check_warns_in_the_window_about_a_broken_chain(kantor_berakun: Kantor, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from asn_desktop.ui.crash import start_integrity_check
    from asn_desktop.ui.main_window import MainWindow

    path = kantor_berakun.ctx.db.path
    victim = _audit_ids(path)[1]
    _raw(path, "UPDATE audit_log SET sesudah = '{\"role\": \"admin\"}' WHERE id = ?", (victim,))
    win = MainWindow(kantor_berakun.ctx.as_actor(kantor_berakun.admin))
    qtbot.addWidget(win)
    start_integrity_check(win)
    qtbot.waitUntil(lambda: getattr(win, "audit_chain_break", None) is not None)
    assert f"id {victim}" in win.audit_chain_break
    note = win.statusBar().findChild(QLabel, "auditChainWarning")
    assert note is not None and "Log audit tidak utuh" in note.text()
    box = win._audit_chain_box
    assert box.isVisible() and "di luar aplikasi" in box.text()
    box.close()


def test_operator_sees_the_backup_folder_choice_disabled(kantor_berakun: Kantor, qtbot) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(kantor_berakun.ctx.as_actor(kantor_berakun.operator))
    qtbot.addWidget(win)
    cad = win.goto("pengaturan").show_tab("cadangan")
    assert not cad.btn_folder.isEnabled() and "hanya admin" in cad.btn_folder.toolTip()
    assert cad.btn_backup.isEnabled()


def test_a_restore_keeps_the_chain_whole(kantor_berakun: Kantor) -> None:
    """The restore writes its own audit row into the checked copy with raw sqlite3: sealed there."""
    from asn_desktop.services import cadangan

    adm = kantor_berakun.ctx.as_actor(kantor_berakun.admin)
    backup = cadangan.create_backup(adm).path
    cadangan.restore(adm, backup)
    path = kantor_berakun.ctx.db.path
    con = sqlite3.connect(path)
    last = con.execute("SELECT aksi, chain_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    assert last[0] == "cadangan.pulihkan" and last[1]
    assert verify_file(path) is None


def test_periksa_integritas_in_pengaturan_also_checks_the_chain(kantor_berakun: Kantor, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from asn_desktop.ui.main_window import MainWindow

    path = kantor_berakun.ctx.db.path
    _raw(path, "DELETE FROM audit_log WHERE id = ?", (_audit_ids(path)[2],))
    win = MainWindow(kantor_berakun.ctx.as_actor(kantor_berakun.admin))
    qtbot.addWidget(win)
    cad = win.goto("pengaturan").show_tab("cadangan")
    cad.check_integrity()
    qtbot.waitUntil(lambda: getattr(win, "audit_chain_break", None) is not None)
    assert "Rantai log audit terputus" in win.audit_chain_break
    assert len(win.statusBar().findChildren(QLabel, "auditChainWarning")) == 1
    win._audit_chain_box.close()


def test_a_lock_file_that_cannot_be_made_is_not_reported_as_another_window(tmp_path: Path, monkeypatch,
                                                                           qtbot) -> None:
    """A read-only folder: no '<db>.lock' can be created; that is not 'open in another window'."""
    from asn_desktop.db import peek
    from asn_desktop.ui import login as login_ui

    blocker = tmp_path / "berkas-biasa"
    blocker.write_text("bukan folder")
    monkeypatch.setattr(peek, "lock_path", lambda _p: blocker / "kantor.db.lock")

    def no_dialog(*_a, **_k) -> int:
        raise AssertionError("no 'sedang dibuka' dialog expected")

    monkeypatch.setattr(login_ui.QMessageBox, "exec", no_dialog)
    try:
        assert login_ui.acquire_instance_lock(tmp_path / "kantor.db", ask=True)
    finally:
        login_ui.release_instance_lock()


def test_a_backup_with_a_broken_chain_is_flagged_before_restoring(kantor_berakun: Kantor) -> None:
    from asn_desktop.db import backup as fb
    from asn_desktop.services import cadangan

    adm = kantor_berakun.ctx.as_actor(kantor_berakun.admin)
    path = cadangan.create_backup(adm).path
    assert not any("Rantai" in c for c in fb.check_candidate(path).catatan)
    _raw(path, "UPDATE audit_log SET username = 'orang_lain' WHERE id = 2")
    notes = cadangan.check_backup(adm, path).catatan
    assert any("Rantai log audit terputus di baris id 2" in c for c in notes)
