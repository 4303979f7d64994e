"""A PostgreSQL server as the office (or regency) database: the engine and its settings.

SQLite stays the default and the embedded choice for one PC; several PCs, or a
regency merging every kecamatan, share one PostgreSQL database instead of a
SQLite file on a network share (a known way to corrupt it). Everything that
differs between the two lives in db/: this module for the server, session.py
for the file.

What the SQLite engine gets from pragmas, the server has by itself: foreign
keys are always enforced; readers never block writers (MVCC); a writer that
would conflict waits on the row lock. ``Database.begin_write`` takes no file
lock there: each write runs at READ COMMITTED and the optimistic ``version_id``
checks catch a lost update, as they do on SQLite.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

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
        connect_args={"connect_timeout": 10, "application_name": "asn-desktop"},
    )
