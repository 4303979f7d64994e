"""Where data lives: per-user data dir, ``--db`` override, or portable mode.

Portable mode: when a folder named ``data`` sits beside the executable (offices
run the app from a USB stick), the database, backups, evidence and logs live
there instead of the per-user directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from asn_desktop import APP_ID

DB_FILENAME = "asn_kinerja.db"


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir() -> Path | None:
    candidate = executable_dir() / "data"
    return candidate if candidate.is_dir() and getattr(sys, "frozen", False) else None


def data_dir() -> Path:
    """The folder holding the database and its companions (backups/, bukti/, logs/)."""
    env = os.environ.get("ASN_DESKTOP_DATA")
    if env:
        d = Path(env)
    else:
        d = portable_data_dir() or Path(user_data_dir(APP_ID, appauthor=False, roaming=False))
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def companion_dir(db_path: Path, name: str) -> Path:
    """A folder next to the database (``backups``, ``bukti``, ``logs``); created on demand."""
    d = Path(db_path).resolve().parent / name
    d.mkdir(parents=True, exist_ok=True)
    return d


def resources_dir() -> Path:
    """``resources/`` in a source checkout, or inside a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
