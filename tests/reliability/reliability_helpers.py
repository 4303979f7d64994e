"""Helpers shared by the reliability tests (not fixtures)."""

from __future__ import annotations

from typing import Any

import hashlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.services.context import Actor, AppContext

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PASSWORDS = {"admin": "Admin-rahasia1", "operator": "Operator-2026", "penilai": "Penilai-2026", "pegawai": "Pegawai-2026"}


@dataclass
class Kantor:
    """The demo office with four accounts (one per role) and their actors."""

    ctx: AppContext  # system actor (admin rights), for setup and checks
    admin: Actor
    operator: Actor
    penilai: Actor  # the Camat: pejabat penilai of the sekretaris and the seksi heads
    pegawai: Actor  # a staff member under one of the penilai's subordinates
    bawahan_id: int  # a direct subordinate of the penilai
    bukan_bawahan_id: int  # an employee the penilai does not rate

    def as_(self, role: str) -> AppContext:
        return self.ctx.as_actor(getattr(self, role))


def content_digest(path: Any, skip: tuple[str, ...] = ("audit_log", "log_pertukaran")) -> str:
    """Hash of every row of every table except logs: 'the database is as it was'. ``path``: the
    SQLite file, or an open ``Database`` (a server database is hashed table by table, db/copy.py)."""
    from asn_desktop.db.session import Database

    if isinstance(path, Database) and path.is_server:
        from asn_desktop.db.copy import table_checksum
        from asn_desktop.db.models import Base

        h = hashlib.sha256()
        for t in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
            if t.name not in skip:
                h.update(f"{t.name}:{table_checksum(path, t)}".encode())
        return h.hexdigest()
    if isinstance(path, Database):
        path = path.path
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            if t in skip or t.startswith("sqlite_"):
                continue
            h.update(t.encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env

