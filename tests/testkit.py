"""Small helpers the test folders share (tests/ is on sys.path through the root conftest)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
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
