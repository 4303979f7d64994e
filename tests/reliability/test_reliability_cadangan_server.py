"""Backups of an office database on a PostgreSQL server: pg_dump archives made, listed, rotated,
checked and restored into an empty database, on the real throw-away cluster (tests/pgserver.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import content_digest
from testkit import server_db

from asn_desktop.db import backup as fb
from asn_desktop.db import pgdump
from asn_desktop.db.session import Database, open_database
from asn_desktop.services import cadangan
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import ServiceError

PASSWORD = "Rahasia-Server-77"


@pytest.fixture(scope="module")
def _kantor_server(pg_cluster: Any) -> str:
    """A demo office on the cluster, built once; each test works on a copy."""
    from asn_desktop.services.demo import build_demo

    url = pg_cluster.create_database("cadangan_template")
    db = open_database(url)
    build_demo(AppContext(db, Actor.system("penguji")), 14, tahun=2026, seed=5, periode_dinilai=1)
    db.dispose()
    return "cadangan_template"


@pytest.fixture
def server(_kantor_server: str, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    db = open_database(server_db(request, template=_kantor_server))
    yield AppContext(db, Actor.system("penguji"))
    db.dispose()


@pytest.fixture
def no_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC without the PostgreSQL client tools: empty PATH, none in the usual places."""
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv(pgdump.ENV_FOLDER, raising=False)
    monkeypatch.setattr(pgdump, "USUAL_PLACES", [])
    monkeypatch.setattr(pgdump, "tools_folder", None)


def _count(db: Database, table: str) -> int:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


# --------------------------------------------------------------------------- backup and restore


def test_dump_then_restore_into_an_empty_database_gives_the_same_office(server: AppContext,
                                                                        request: pytest.FixtureRequest) -> None:
    res = cadangan.create_backup(server)
    assert res.path is not None and res.path.suffix == ".dump" and res.path.stat().st_size > 0
    assert res.path.parent == cadangan.default_folder(server)
    assert fb.parse_backup_name(res.path).alasan == "manual"
    assert not list(res.path.parent.glob("*.part"))
    listed = cadangan.list_backups(server)
    assert [b.path for b in listed] == [res.path] and listed[0].alasan_label == "Manual"
    info = cadangan.check_backup(server, res.path)
    assert info.revisi_terbaru and info.jumlah_pegawai == 14 and info.nama_kantor == "Kecamatan Maulafa"

    empty = server_db(request)
    out = cadangan.restore_dump(server.actor, res.path, empty)
    assert out.catatan == [] and out.diperbarui_dari is None
    restored = open_database(empty)
    try:
        assert content_digest(restored) == content_digest(server.db)
        with restored.engine.connect() as conn:
            from sqlalchemy import text

            last = conn.execute(text("SELECT aksi, ringkasan FROM audit_log ORDER BY id DESC LIMIT 1")).one()
        assert last[0] == "cadangan.pulihkan" and res.path.name in last[1]
        assert cadangan.check_audit_chain(AppContext(restored, Actor.system("penguji"))) is None
    finally:
        restored.dispose()


def test_restore_into_a_database_that_is_not_empty_is_refused_and_changes_nothing(
        server: AppContext, request: pytest.FixtureRequest) -> None:
    dump = cadangan.create_backup(server).path
    assert dump is not None
    other = open_database(server_db(request))  # a fresh office database: the app's tables, no rows yet
    before = content_digest(other)
    with pytest.raises(ServiceError, match="tidak kosong") as err:
        cadangan.restore_dump(server.actor, dump, str(other.target))
    assert "createdb" in err.value.message and "CREATE DATABASE" in err.value.message
    assert content_digest(other) == before
    other.dispose()
    with pytest.raises(ServiceError, match="tidak kosong"):  # nor the database in use
        cadangan.restore_dump(server.actor, dump, str(server.db.target))


def test_only_an_admin_restores(server: AppContext, request: pytest.FixtureRequest) -> None:
    from asn_desktop.domain.roles import Role
    from asn_desktop.services.errors import PermissionDenied

    dump = cadangan.create_backup(server).path
    operator = Actor(None, "op", Role.OPERATOR, None, "Operator")
    with pytest.raises(PermissionDenied):
        cadangan.restore_dump(operator, dump, server_db(request))


def test_a_file_that_is_not_a_dump_is_refused_by_the_check(server: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "kantor-20261201-080000-manual.dump"
    bad.write_text("bukan arsip\n" * 50)
    with pytest.raises(ServiceError, match="bukan arsip pg_dump"):
        cadangan.check_backup(server, bad)


def test_automatic_backups_are_skipped_when_nothing_changed_and_made_before_an_import(server: AppContext) -> None:
    from asn_desktop.services.pertukaran_umum import backup_before_import

    first = cadangan.automatic_backup(server, "keluar")
    assert first.path is not None and not first.dilewati
    again = cadangan.automatic_backup(server, "keluar")
    assert again.dilewati and again.path == first.path
    before_import = backup_before_import(server)
    assert before_import is not None and before_import.name.endswith("-sebelum-impor.dump")
    assert len(cadangan.list_backups(server)) == 2


def test_rotation_keeps_the_same_dumps_as_for_files(server: AppContext) -> None:
    made = cadangan.create_backup(server).path
    assert made is not None
    folder = made.parent
    now = datetime.now()
    stem = made.name.split("-")[0]
    for days in range(1, 41):  # one automatic dump a day for 40 days, each with its sidecar
        when = now - timedelta(days=days)
        p = folder / fb.backup_name(stem, "keluar", when, suffix=".dump")
        shutil.copyfile(made, p)
        shutil.copyfile(pgdump.sidecar(made), pgdump.sidecar(p))
    res = cadangan.automatic_backup(server, "keluar", paksa=True)
    kept = [b for b in cadangan.list_backups(server) if b.alasan == "keluar"]
    # the new one + days 1..6 (7 newest days) + 4 older ISO weeks
    assert len(kept) == 1 + 6 + 4, [b.path.name for b in kept]
    assert res.dihapus and all(not pgdump.sidecar(p).exists() for p in res.dihapus)
    assert made.exists()  # manual ones stay


# --------------------------------------------------------------------------- tools and password


def test_missing_tools_are_named_and_imports_go_on_without_a_backup(server: AppContext, no_tools: None) -> None:
    with pytest.raises(ServiceError) as err:
        cadangan.create_backup(server)
    assert "pg_dump" in err.value.message and "postgresql-client-" in err.value.message
    assert "Command Line Tools" in err.value.message
    res = cadangan.automatic_backup(server, "sebelum-impor", paksa=True)
    assert res.path is None and res.tidak_dicadangkan is not None
    assert cadangan.server_backup_warning(server) is not None
    from asn_desktop.services.pertukaran_umum import backup_before_import

    assert backup_before_import(server) is None  # the operator confirmed (GUI) / was warned (CLI)
    assert cadangan.list_backups(server) == []


def test_a_tools_folder_pointing_nowhere_is_reported(server: AppContext, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(pgdump, "tools_folder", tmp_path / "tidak-ada")
    with pytest.raises(ServiceError, match="tidak ditemukan di komputer ini"):
        cadangan.create_backup(server)


def test_a_pg_dump_older_than_the_server_is_refused_with_what_to_install(
        server: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgdump, "server_major", lambda _engine: 99)
    with pytest.raises(ServiceError) as err:
        cadangan.create_backup(server)
    assert "lebih lama dari server PostgreSQL (versi 99)" in err.value.message
    assert "postgresql-client-99" in err.value.message


def test_the_password_reaches_pg_dump_only_through_its_environment(
        server: AppContext, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = pgdump.find_tools()
    argv, env = pgdump.dump_command(tools, f"postgresql://asn:{PASSWORD}@kantor:5432/kinerja", Path("x.dump"))
    assert not any(PASSWORD in a for a in argv) and env["PGPASSWORD"] == PASSWORD
    assert "--format=custom" in argv and "--dbname=postgresql://asn@kantor:5432/kinerja" in argv
    argv, env = pgdump.restore_command(tools, f"postgresql://asn:{PASSWORD}@kantor/kinerja", Path("x.dump"))
    assert not any(PASSWORD in a for a in argv) and env["PGPASSWORD"] == PASSWORD
    assert {"--no-owner", "--single-transaction", "--exit-on-error"} <= set(argv)
    # a real backup of a database opened with a password (the cluster trusts the socket, so any works)
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = pgdump._run

    def spy(argv: list[str], env: dict[str, str], **kw: Any) -> str:
        seen.append((argv, env))
        return real_run(argv, env, **kw)

    monkeypatch.setattr(pgdump, "_run", spy)
    db = open_database(str(server.db.target), password=PASSWORD)
    try:
        res = cadangan.create_backup(AppContext(db, Actor.system("penguji")))
    finally:
        db.dispose()
    dumps = [s for s in seen if Path(s[0][0]).name.startswith("pg_dump")]
    assert len(dumps) == 1 and dumps[0][1]["PGPASSWORD"] == PASSWORD
    assert not any(PASSWORD in a for a in dumps[0][0])
    assert PASSWORD not in pgdump.sidecar(res.path).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- command line


def test_cli_backup_and_restore_with_a_server_address(server: AppContext, request: pytest.FixtureRequest,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from asn_desktop.cli import main

    url = str(server.db.target)
    assert main(["backup", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Cadangan dibuat:" in out and ".dump" in out
    dump = cadangan.list_backups(server)[0].path
    assert main(["restore", str(dump), "--db", url, "--yes"]) == 1  # the database in use is not empty
    assert "tidak kosong" in capsys.readouterr().err
    empty = server_db(request)
    assert main(["restore", str(dump), "--db", empty]) == 2  # no terminal, no --yes
    assert main(["restore", str(dump), "--db", empty, "--yes"]) == 0
    assert "dipulihkan" in capsys.readouterr().out
    restored = open_database(empty)
    try:
        assert content_digest(restored) == content_digest(server.db)
    finally:
        restored.dispose()


def test_cli_import_on_a_server_without_tools_warns_and_goes_on(server: AppContext, no_tools: None,
                                                                tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from asn_desktop.cli import main

    xlsx = tmp_path / "roster.xlsx"
    assert main(["employees", "export", str(xlsx), "--db", str(server.db.target)]) == 0
    assert "Tanpa cadangan" not in capsys.readouterr().err  # an export needs no backup
    code = main(["employees", "import", str(xlsx), "--db", str(server.db.target)])
    err = capsys.readouterr().err
    assert "Peringatan: Tanpa cadangan" in err and "postgresql-client-" in err
    assert code == 0


# --------------------------------------------------------------------------- Pengaturan › Cadangan


def _tab(qtbot: Any, ctx: AppContext) -> Any:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    return win, win.goto("pengaturan").show_tab("cadangan")


def test_backup_tab_on_a_server_makes_lists_and_restores_dumps(qtbot: Any, server: AppContext,
                                                              request: pytest.FixtureRequest,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from testkit import shot_dir

    cadangan.automatic_backup(server, "sebelum-impor", paksa=True)
    win, tab = _tab(qtbot, server)
    for b in (tab.btn_backup, tab.btn_check, tab.btn_open, tab.btn_restore_file, tab.btn_folder, tab.btn_tools):
        assert b.isEnabled() and b.isVisibleTo(tab), b.text()
    assert "pg_dump" in tab.lbl_server.text() and not tab.lbl_warn.isVisibleTo(tab)
    assert tab.model.rowCount() == 1 and tab.model.item(0, 1).text() == "Sebelum impor"
    tab.btn_backup.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=30_000)
    kinds = {tab.model.item(r, 1).text(): tab.model.item(r, 3).text() for r in range(2)}  # same second: any order
    assert set(kinds) == {"Manual", "Sebelum impor"} and kinds["Manual"].endswith("-manual.dump")
    out = shot_dir("h17b")
    out.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(out / "cadangan_server_dua_dump.png"))

    # restore the selected dump into a new, empty database; then decline switching to it
    empty = server_db(request)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (asked.append(a[2]) or (empty, True))))
    shown: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[-1].click()  # "Nanti"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    tab.view.selectRow(next(r for r in range(2) if tab.model.item(r, 1).text() == "Manual"))
    tab.btn_restore.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "Kecamatan Maulafa" in asked[0] and "KOSONG" in asked[0]
    assert "dipulihkan" in shown[0]
    restored = open_database(empty)
    try:
        assert content_digest(restored) == content_digest(server.db)
    finally:
        restored.dispose()


def test_backup_tab_on_a_server_without_tools_says_what_to_install(qtbot: Any, server: AppContext,
                                                                  no_tools: None) -> None:
    from testkit import shot_dir

    win, tab = _tab(qtbot, server)
    assert tab.lbl_warn.isVisibleTo(tab) and "postgresql-client-" in tab.lbl_warn.text()
    assert not tab.btn_backup.isEnabled() and tab.btn_tools.isEnabled()
    out = shot_dir("h17b")
    out.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(out / "cadangan_server_tanpa_alat.png"))
    from asn_desktop.ui.pengaturan.cadangan import tanpa_cadangan

    assert "Tanpa cadangan" in tanpa_cadangan(server)  # added to the import / merge confirmation


def test_a_server_database_is_dumped_before_its_schema_is_upgraded(request: pytest.FixtureRequest) -> None:
    from asn_desktop.db.server import make_server_engine
    from asn_desktop.db.session import _upgrade, head_revision, known_revisions

    older = sorted(r for r in known_revisions() if r != head_revision())[-1]
    url = server_db(request)
    engine = make_server_engine(url)
    _upgrade(engine, older)
    engine.dispose()
    db = open_database(url)
    try:
        assert db.report.upgraded_from == older
        path = db.report.backup_path
        assert path is not None and path.name.endswith(f"-sebelum-migrasi-{older}.dump")
        assert cadangan.check_dump(path).revisi == older  # the archive holds the schema before the upgrade
    finally:
        db.dispose()


# --------------------------------------------------------------------------- the child process


def test_a_running_tool_stops_on_cancel_and_on_its_timeout() -> None:
    import sys
    import time

    from asn_desktop.domain.progress import Cancelled

    slow = [sys.executable, "-c", "import time; time.sleep(60)"]
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        pgdump._run(slow, pgdump._child_env(None), timeout=120, cancelled=lambda: True, on_line=None,
                    where=None, shown="")
    with pytest.raises(pgdump.PgToolError, match="tidak selesai dalam 0 menit"):
        pgdump._run(slow, pgdump._child_env(None), timeout=0.5, cancelled=None, on_line=None, where=None,
                    shown="postgresql://asn@kantor/kinerja")
    assert time.monotonic() - t0 < 30  # stopped, not waited out


def test_a_cancelled_dump_leaves_no_file(server: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop.domain.progress import Cancelled, Progress

    real_run = pgdump._run

    def slow_dump(argv: list[str], env: dict[str, str], **kw: Any) -> str:
        if Path(argv[0]).name.startswith("pg_dump"):
            import sys

            argv = [sys.executable, "-c", "import time; time.sleep(60)"]
        return real_run(argv, env, **kw)

    monkeypatch.setattr(pgdump, "_run", slow_dump)
    with pytest.raises(Cancelled):
        cadangan.create_backup(server, progress=Progress(cancel_flag=lambda: True))
    folder = cadangan.default_folder(server)
    assert not list(folder.glob("*.dump")) and not list(folder.glob("*.part"))


@pytest.mark.parametrize("stderr, expected", [
    ("pg_dump: error: aborting because of server version mismatch\npg_dump: detail: server version: 16.2; "
     "pg_dump version: 15.18", "postgresql-client-16"),
    ('pg_dump: error: connection to server at "kantor" (192.168.1.10), port 5432 failed: FATAL:  password '
     'authentication failed for user "asn"', "menolak login"),
    ("pg_dump: error: could not write to output file: No space left on device", "Ruang penyimpanan"),
    ("pg_restore: error: input file does not appear to be a valid archive", "bukan arsip pg_dump"),
])
def test_the_tools_failures_are_worded_for_the_office(stderr: str, expected: str) -> None:
    msg = str(pgdump._classify("pg_dump", stderr, 1, Path("/media/usb/kinerja.dump"), "postgresql://asn@kantor/k"))
    assert expected in msg
