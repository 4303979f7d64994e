"""Opening the office database: create at head, upgrade older files after a
backup, refuse newer or foreign files, check integrity.

SQLite settings: foreign keys on (SQLite defaults to off), WAL journal so a
reader never blocks the writer, a busy timeout so a second window waits rather
than failing, ``synchronous=NORMAL`` which is crash-safe under WAL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.db.peek import (  # noqa: F401 - re-exported: the light part of opening a file
    BUSY_TIMEOUT_MS,
    MIGRATIONS_DIR,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseTooNew,
    NotAnAsnDatabase,
    check_header,
    closed_cleanly,
    connect_ro,
    database_path,
    quick_head,
    recorded_revision,
)
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako) costs ~0.2 s to import: it is imported only when a file is
# created, upgraded or checked, never on the everyday path of opening a database
# already at head (measured in benchmarks/, docs/benchmarks.md).


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # SQL parameters hold names, NIPs, ratings and password hashes: an error's text
        # (log file, crash report, error details) shows the statement without them
        hide_parameters=True,
    )
    event.listen(engine, "connect", _set_pragmas)
    # SQLAlchemy emits BEGIN itself (pysqlite's own transaction handling is off)
    # so a write transaction can take the write lock at BEGIN (``sqlite_begin``
    # execution option = "IMMEDIATE", set by services' unit of work): two
    # writers then queue on busy_timeout instead of failing mid-transaction,
    # while readers keep using deferred transactions and never wait (WAL).
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def alembic_config(engine: Engine | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


CHECK_AFTER_CRASH = "after-crash"


@dataclass
class OpenReport:
    """What happened while opening: shown in the status bar / log."""

    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def check_integrity(path: Path) -> list[str]:
    """``PRAGMA quick_check`` on a file; returns problems (empty when fine).

    A file that cannot be opened or read at all (permissions, locked by another program,
    a share gone offline: SQLite's "operational" errors) is not damaged: that raises
    ``DatabaseError`` with its own guidance instead of sending the operator to a restore.
    """
    try:
        con = connect_ro(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        raise DatabaseError(cannot_open_message(path, exc)) from exc
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def cannot_open_message(path: Path | str, exc: BaseException) -> str:
    return (
        f"Basis data {path} tidak dapat dibuka: {exc}. Periksa bahwa berkas dan foldernya dapat ditulis "
        "oleh pengguna komputer ini, tidak sedang dikunci program lain, dan disknya tersedia; lalu jalankan ulang."
    )


def driver_cursor(session: Session) -> Any:
    """A DB-API cursor on ``session``'s connection, inside its transaction: for code that
    works on plain cursors (the audit chain's seal, shared with the migrations)."""
    return session.connection().connection.driver_connection.cursor()


class Database:
    """One open office database file. Thread-safe factory of short-lived sessions."""

    def __init__(self, path: Path, engine: Engine, report: OpenReport, *, url: str | None = None,
                 connect: str | None = None) -> None:
        #: the SQLite file; for a server, a local file name whose folder holds this PC's
        #: companions (logs/, backups/, bukti/): see ``paths.server_companion_path``
        self.path = path
        #: the PostgreSQL address (never with its password) or None for a SQLite file
        self.url = url
        self._connect = connect or url
        self.engine = engine
        self.report = report
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def target(self) -> Path | str:
        """What ``open_database`` opens this database again by (a second window, a worker)."""
        return self._connect if self._connect is not None else self.path

    @property
    def label(self) -> str:
        """What the status bar and messages call this database."""
        return self.url if self.url is not None else str(self.path)

    def session(self) -> Session:
        return self._factory()

    def begin_write(self, session: Session) -> None:
        """Start ``session``'s transaction as a writer: SQLite takes the write lock at
        ``BEGIN IMMEDIATE``, so two writers queue on the busy timeout instead of one
        failing half-way (see ``make_engine``). Raises the driver's OperationalError
        (wrapped by SQLAlchemy) when the lock is not had in time."""
        if self.is_server:
            from asn_desktop.db.server import begin_server_write

            begin_server_write(session.connection())
            return
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def data_dir(self) -> Path:
        return self.path.resolve().parent


def open_database(
    path: Path | str,
    *,
    backup: Callable[[Path, str], Path] | None = None,
    check: bool | str = True,
    password: str | None = None,
) -> Database:
    """Open (creating or upgrading) the database at ``path``.

    ``backup(path, reason)`` is called before an upgrade; by default a
    timestamped copy is written to ``backups/`` beside the database.
    ``check``: True runs ``PRAGMA quick_check`` first; ``CHECK_AFTER_CRASH``
    (the GUI's start) runs it only when the last session did not end cleanly
    or before an upgrade, because it reads the whole file (0.4 s warm, seconds
    cold on a 320 MB regency database) and the GUI runs a full
    ``integrity_check`` in the background after start anyway.
    """
    from asn_desktop.db.server import is_server_url

    if is_server_url(path):
        return open_server(str(path), password=password)
    path = database_path(path)
    report = OpenReport()
    existed = path.exists() and path.stat().st_size > 0
    if existed and check:
        check_header(path)
    rev = recorded_revision(path) if existed else None
    at_head = rev is not None and rev == quick_head()  # the everyday case, decided without alembic
    if existed and check and (check != CHECK_AFTER_CRASH or not closed_cleanly(path) or not at_head):
        problems = check_integrity(path)
        if problems:
            raise DatabaseCorrupt(
                "Pemeriksaan integritas basis data gagal ({}): {}. Pulihkan dari cadangan terakhir "
                "(menu Pengaturan › Cadangan › Pulihkan, atau `asn-desktop restore FILE`).".format(
                    path, "; ".join(problems[:3])
                )
            )
    if existed and not at_head:
        # decided read-only before the first read-write connection: that one switches the
        # file to WAL (header bytes 18-19 and more), so a refused file would not be unchanged
        _refuse_foreign_or_newer(path, rev)
    path.parent.mkdir(parents=True, exist_ok=True)
    from asn_desktop.paths import create_private_file, make_private

    if existed:
        make_private(path)  # files made by earlier versions were world-readable (0644)
    else:
        try:
            create_private_file(path)
        except OSError as exc:
            raise DatabaseError(cannot_open_message(path, exc)) from exc
    engine = make_engine(path)
    try:
        if not existed:
            _upgrade(engine, "head")
            report.created = True
        elif at_head:
            pass
        else:
            rev = current_revision(engine)
            head = head_revision()
            if rev is None:
                _upgrade(engine, "head")
                report.created = True
            elif rev != head:
                engine.dispose()
                report.backup_path = (backup or default_backup)(path, f"sebelum-migrasi-{rev}")
                _upgrade(engine, "head")
                report.upgraded_from = rev
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, report)


class PasswordNeeded(DatabaseError):
    """The server wants a password (none given, or a wrong one): ask the user, then open again.
    The password is never kept in settings; libpq's own PGPASSWORD / pgpass file also work."""

    def __init__(self, message: str, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


def open_server(url: str, *, password: str | None = None) -> Database:
    """Open (creating at head, or upgrading) the office database on a PostgreSQL server.

    An empty database is created at head; one at an older revision is upgraded (one PC at a
    time: env.py holds an advisory lock); a newer or foreign schema is refused untouched.
    Before an upgrade a pg_dump archive goes into this PC's backups folder when the client tools
    are here (``_server_backup_before_upgrade``).
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from asn_desktop.db.server import make_server_engine, shown_url
    from asn_desktop.paths import server_companion_path

    shown = shown_url(url)
    engine = make_server_engine(url, password=password)
    report = OpenReport()
    try:
        try:
            rev = current_revision(engine)
            tables = set(inspect(engine).get_table_names())
        except (OperationalError, ProgrammingError) as exc:
            raise server_connect_error(exc, shown, password) from exc
        tables.discard("alembic_version")
        if rev is None and tables:
            raise NotAnAsnDatabase(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Basis data {shown} bukan basis data ASN Kinerja Desktop (tabel tidak "
                        "dikenal: {nilai}); tidak ada yang diubah."), shown=shown, nilai=', '.join(sorted(tables)[:5]))
            )
        if rev is not None and rev not in known_revisions():
            raise DatabaseTooNew(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Basis data {shown} dibuat oleh versi aplikasi yang lebih baru (revisi "
                        "skema {rev}). Perbarui ASN Kinerja Desktop di komputer ini; tidak ada "
                        "yang diubah."), shown=shown, rev=rev)
            )
        head = head_revision()
        if rev is None:
            _upgrade(engine, "head")
            report.created = True
        elif rev != head:
            report.backup_path = _server_backup_before_upgrade(engine, url, password, rev)
            _upgrade(engine, "head")
            report.upgraded_from = rev
    except BaseException:
        engine.dispose()
        raise
    connect = url
    if password is not None:  # kept in memory only, so a second window can open the same server
        from sqlalchemy.engine import make_url

        from asn_desktop.db.server import sqlalchemy_url

        connect = make_url(sqlalchemy_url(url)).set(password=password).render_as_string(hide_password=False)
    return Database(server_companion_path(url), engine, report, url=shown, connect=connect)


def server_connect_error(exc: Any, shown: str, password: str | None) -> DatabaseError:
    """What a failed first query on a server says: ``PasswordNeeded`` (asked again) or why the
    server cannot be reached (address, database, user, server down, pg_hba.conf)."""
    reason = str(exc.orig).lower()
    if "password" in reason and ("no password supplied" in reason or password is None):
        return PasswordNeeded(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Server basis data {shown} meminta kata sandi."), shown=shown))
    if "password authentication failed" in reason:
        return PasswordNeeded(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kata sandi untuk {shown} salah."), shown=shown), wrong=True)
    return DatabaseError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Server basis data {shown} tidak dapat dihubungi: {nilai}. Periksa "
                "alamat, nama basis data, pengguna dan sandi, dan bahwa server menyala "
                "dan mengizinkan komputer ini (pg_hba.conf)."), shown=shown,
               nilai=(str(exc.orig).strip().splitlines() or [""])[0])
    )


def _server_backup_before_upgrade(engine: Engine, url: str, password: str | None, rev: str) -> Path | None:
    """A pg_dump of a server database about to be upgraded, as a file is copied before its upgrade.
    Without the client tools the upgrade still runs: PostgreSQL's DDL is transactional, so a failed
    upgrade rolls back whole (the file's backup protects against a half-upgraded file)."""
    import logging

    from sqlalchemy.engine import make_url

    from asn_desktop.db import pgdump
    from asn_desktop.db.backup import _unique, backup_name
    from asn_desktop.db.server import shown_url, sqlalchemy_url
    from asn_desktop.paths import companion_dir, server_companion_path

    try:
        tools = pgdump.find_tools(pgdump.server_major(engine))
        folder = companion_dir(server_companion_path(url), "backups")
        dest = _unique(folder / backup_name(pgdump.backup_stem(url), f"sebelum-migrasi-{rev}", suffix=pgdump.SUFFIX))
        target = url if password is None else make_url(sqlalchemy_url(url)).set(password=password).render_as_string(
            hide_password=False)
        path = pgdump.dump(target, dest, tools, shown=shown_url(url))
        pgdump.write_sidecar(path, pgdump.office_facts(engine) | {"alasan": f"sebelum-migrasi-{rev}"})
        return path
    except (pgdump.PgToolError, OSError) as exc:
        logging.getLogger(__name__).warning("Tanpa cadangan sebelum pembaruan skema server: %s", exc)
        return None


def _refuse_foreign_or_newer(path: Path, rev: str | None) -> None:
    """Refuse a newer-version or foreign file after looking at it read-only (nothing written)."""
    if rev is None:
        try:
            con = connect_ro(path)
            try:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                con.close()
        except sqlite3.OperationalError as exc:
            raise DatabaseError(cannot_open_message(path, exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} bukan basis data ASN Kinerja Desktop ({exc})."), berkas=path, exc=exc)) from exc
        tables.discard("alembic_version")
        if tables:
            raise NotAnAsnDatabase(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Berkas {berkas} bukan basis data ASN Kinerja Desktop (tabel tidak "
                        "dikenal: {nilai}); berkas tidak diubah."), berkas=path, nilai=', '.join(sorted(tables)[:5]))
            )
    elif rev not in known_revisions():
        raise DatabaseTooNew(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Basis data {berkas} dibuat oleh versi aplikasi yang lebih baru (revisi "
                    "skema {rev}). Perbarui ASN Kinerja Desktop ke versi terbaru sebelum membuka "
                    "berkas ini; berkas tidak diubah."), berkas=path, rev=rev)
        )


def _upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), target)


def default_backup(path: Path, reason: str) -> Path:
    """Consistent copy into ``backups/`` through the one backup helper (online backup API →
    ``.part`` → check → fsync → rename), so a kill never leaves a broken file under a backup's name."""
    from asn_desktop.db.backup import backup_database, backup_name
    from asn_desktop.paths import companion_dir

    return backup_database(path, companion_dir(path, "backups") / backup_name(path.stem, reason))


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
