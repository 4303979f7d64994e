"""What the GUI needs to know about a database file before SQLAlchemy is imported.

Importing SQLAlchemy's ORM and declaring the data model costs ~0.3 s, three
times a bare Qt window's whole start (docs/benchmarks.md). The GUI shows its
first window before that: this module reads, with ``sqlite3`` alone and
read-only, whether the file is an ASN database at the current schema, closed
cleanly, and the few settings the first window shows (language, office name).
``db/session.py`` uses the same functions when it opens the file for real.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pisah
from asn_desktop.options import BAHASA, IDENTITAS_KANTOR

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database that cannot be opened; ``message`` is for the user (Bahasa Indonesia),
    ``pesan`` the Msg it was raised with (shown in the installed language)."""

    def __init__(self, message: str | Msg) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class NotAnAsnDatabase(DatabaseError):
    pass


# A ``--db`` of the form ``scheme://…`` (or ``postgresql:…``) names a database server, not a file.
# Treated as a path it silently became an SQLite file in a folder called "postgresql:" under the
# working directory. A one-letter scheme is a Windows drive ("C:\\data\\kantor.db") and stays a path.
_URL_LIKE = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+):(?P<slash>/)?")
_SERVER_SCHEMES = frozenset({"postgresql", "postgres", "mysql", "mariadb", "mssql", "oracle", "sqlite", "file",
                             "http", "https", "ftp", "smb"})


def database_path(value: str | PurePath) -> Path:
    """The SQLite file a ``--db`` value names; ``DatabaseError`` for a database URL, before
    anything is created on disk (a PostgreSQL address goes to ``db.server`` instead)."""
    text = str(value).strip()
    m = _URL_LIKE.match(text)
    if m and m.group("scheme").lower() in ("postgresql", "postgres", "postgresql+psycopg") and "//" in text:
        raise DatabaseError("'{}' adalah alamat server PostgreSQL: bukalah dengan open_database, bukan sebagai "
                            "berkas.".format(re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", text)))
    if m and (m.group("slash") or m.group("scheme").lower() in _SERVER_SCHEMES):
        shown = re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", text)  # never echo a password
        raise DatabaseError(
            "'{}' adalah alamat server basis data yang tidak didukung. Gunakan berkas SQLite "
            "(mis. --db D:\\Kinerja\\kantor.db) atau server PostgreSQL "
            "(--db postgresql://pengguna@server/nama_basis_data).".format(shown)
        )
    return Path(text)


_REV = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def quick_head() -> str | None:
    """The head revision read from the revision files' ``revision``/``down_revision``
    lines without importing alembic; None when a file is not in that simple form
    (the caller then asks alembic). Same answer as ``head_revision()`` (tested)."""
    revs: dict[str, tuple[str, ...]] = {}
    for f in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REV.findall(f.read_text(encoding="utf-8")))
        rev, down = found.get("revision", ""), found.get("down_revision", "")
        m = re.fullmatch(r"[\"']([\w-]+)[\"']", rev)
        if not m:
            return None
        if down == "None":
            parents: tuple[str, ...] = ()
        elif re.fullmatch(r"[\"'][\w-]+[\"']", down):
            parents = (down[1:-1],)
        else:
            return None  # merge revisions or unusual syntax: let alembic decide
        revs[m.group(1)] = parents
    referenced = {p for ps in revs.values() for p in ps}
    heads = [r for r in revs if r not in referenced]
    return heads[0] if len(heads) == 1 else None


def closed_cleanly(path: Path) -> bool:
    """True when no session is open or was cut off: SQLite removes the ``-wal`` file
    (and leaves no ``-journal``) when the last connection closes normally; one
    left behind means a crash, a power cut, or another window still open."""
    wal, journal = Path(f"{path}-wal"), Path(f"{path}-journal")
    return not journal.exists() and (not wal.exists() or wal.stat().st_size == 0)


def check_header(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} bukan basis data SQLite (ASN Kinerja Desktop)."), berkas=path))


def lock_path(db_path: Path) -> Path:
    """The GUI holds this QLockFile while a database is open (ui/login.py)."""
    return Path(str(db_path) + ".lock")


def connect_ro(path: Path | str) -> sqlite3.Connection:
    """A read-only connection (a URI with forward slashes, also on Windows) that waits
    for a writer like the app's own connections do."""
    return sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def uri_path(path: PurePath | str) -> str:
    """The path part of an SQLite ``file:`` URI: forward slashes, and "?", "#", "%" (legal in
    folder names such as "Kantor #2") percent-encoded so they are not read as the query.

    A Windows share (``\\\\server\\data\\asn.db``, an office NAS) becomes ``////server/data/asn.db``:
    with only two slashes SQLite would read "server" as the URI authority and refuse the file
    (sqlite.org/uri.html: the authority must be empty or "localhost"); a drive path becomes
    ``/C:/…``."""
    from urllib.parse import quote

    text = (path if isinstance(path, PurePath) else Path(path)).as_posix()
    if text.startswith("//"):
        text = "//" + text
    elif text[1:3] == ":/":
        text = "/" + text  # "/C:/…", the drive form SQLite documents (it drops the slash on Windows)
    return quote(text, safe="/:")


def recorded_revision(path: Path) -> str | None:
    """The revision the file records (``alembic_version``), read-only without alembic;
    None for a file without one (new, foreign, damaged)."""
    try:
        con = connect_ro(path)
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return rows[0][0] if len(rows) == 1 else None


@dataclass(frozen=True)
class Peek:
    """A database file as seen before opening it. ``ready``: at the current schema and
    closed cleanly, so opening it needs no dialog (no upgrade, no integrity check)."""

    path: Path
    exists: bool = False
    revision: str | None = None
    at_head: bool = False
    clean: bool = False
    has_pegawai: bool = False
    has_accounts: bool = False
    settings: dict[str, Any] | None = None

    @property
    def ready(self) -> bool:
        return self.exists and self.at_head and self.clean

    def setting(self, key: str, default: Any = None) -> Any:
        return (self.settings or {}).get(key, default)


_SETTINGS = (BAHASA.key, IDENTITAS_KANTOR.key)  # what the start needs before the open


def peek(path: Path | str) -> Peek:
    """Read-only look at ``path``; never raises for a missing, foreign or damaged file
    (``ready`` is then False and the normal, checking open path reports the problem)."""
    path = Path(path)
    try:
        if not (path.is_file() and path.stat().st_size > 0):
            return Peek(path)
        check_header(path)
    except (OSError, DatabaseError):
        return Peek(path, exists=True)
    clean = closed_cleanly(path)
    head = quick_head()
    try:
        con = connect_ro(path)
        try:
            revs = con.execute("SELECT version_num FROM alembic_version").fetchall()
            rev = revs[0][0] if len(revs) == 1 else None
            if rev is None or rev != head:
                return Peek(path, exists=True, revision=rev, clean=clean)
            has_pegawai = con.execute("SELECT EXISTS (SELECT 1 FROM pegawai)").fetchone()[0] == 1
            has_accounts = con.execute("SELECT EXISTS (SELECT 1 FROM pengguna)").fetchone()[0] == 1
            marks = ", ".join("?" for _ in _SETTINGS)
            settings: dict[str, Any] = {}
            for key, raw in con.execute(f"SELECT key, value FROM setting WHERE key IN ({marks})", _SETTINGS):
                try:
                    settings[key] = json.loads(raw) if isinstance(raw, (str, bytes)) else raw
                except ValueError:
                    settings[key] = None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return Peek(path, exists=True, clean=clean)
    return Peek(path, exists=True, revision=rev, at_head=True, clean=clean, has_pegawai=has_pegawai,
                has_accounts=has_accounts, settings=settings)
