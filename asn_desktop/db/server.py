"""A PostgreSQL server as the office (or regency) database: the engine and its settings.

SQLite stays the default and the embedded choice for one PC; several PCs, or a
regency merging every kecamatan, share one PostgreSQL database instead of a
SQLite file on a network share (a known way to corrupt it). Everything that
differs between the two lives in db/: this module for the server, session.py
for the file.

What the SQLite engine gets from pragmas, the server has by itself: foreign
keys are always enforced; readers never block writers (MVCC). What SQLite's
``BEGIN IMMEDIATE`` gives, one writer at a time, the server gets from a
transaction-scoped advisory lock taken first in every write (``begin_server_write``):
a read-modify-write inside a unit of work then sees every committed change
(READ COMMITTED takes a new snapshot per statement), and the audit log's hash
chain is extended by one transaction at a time, exactly as on SQLite. A writer
waits for the lock at most ``LOCK_TIMEOUT`` (SQLite's busy timeout), then gets the
same "sedang dipakai" message. The optimistic ``version_id`` checks still catch
an edit made from a stale screen.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import getpass
import socket
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from asn_desktop.db.peek import BUSY_TIMEOUT_MS

#: the key of the one writer lock (pg_advisory_xact_lock); migrations use 7406150
WRITER_LOCK = 7406151

#: what ``--db`` accepts as a server address
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(value: object) -> bool:
    text = str(value).strip()
    return bool(re.match(r"^(postgresql|postgres)(\+psycopg)?://", text, re.IGNORECASE))


def sqlalchemy_url(value: str) -> str:
    """``postgresql://…`` as SQLAlchemy's psycopg 3 URL (``postgresql+psycopg://…``)."""
    text = value.strip()
    scheme, rest = text.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme.lower() in ("postgresql", "postgres") else text


def shown_url(value: str) -> str:
    """The address for messages and the status bar: never the password."""
    from urllib.parse import unquote

    try:
        return unquote(make_url(sqlalchemy_url(value)).render_as_string(hide_password=True).replace(
            "postgresql+psycopg://", "postgresql://"
        ))
    except Exception:  # noqa: BLE001 - a malformed address is shown without its user part
        parts = urlsplit(value)
        return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"


def make_server_engine(url: str, *, password: str | None = None) -> Engine:
    sa_url = make_url(sqlalchemy_url(url))
    if password is not None:
        sa_url = sa_url.set(password=password)
    return create_engine(
        sa_url,
        # as on SQLite: no personal data (names, NIPs, password hashes) in error texts
        hide_parameters=True,
        pool_pre_ping=True,  # an office server restarted overnight
        connect_args={"connect_timeout": 10, "application_name": application_name()},
    )


def application_name() -> str:
    """How this PC shows in the server's session list ("who else is working now")."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        user = "?"
    return f"asn-desktop {user}@{socket.gethostname()}"[:63]


def begin_server_write(conn: Connection) -> None:
    """Start a write transaction as the one writer (see the module docstring)."""
    conn.execute(text(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'"))
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK})


def other_sessions(conn: Connection) -> list[tuple[str, Any]]:
    """The other copies of the app connected to this database now: (who, since), one per PC
    and user, oldest first."""
    rows = conn.execute(text(
        "SELECT application_name, min(backend_start) FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name LIKE 'asn-desktop %' "
        "AND application_name <> :me GROUP BY application_name ORDER BY 2"
    ), {"me": application_name()}).all()
    return [(r[0].removeprefix("asn-desktop "), r[1]) for r in rows]
