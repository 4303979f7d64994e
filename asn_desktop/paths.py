"""Where data lives: per-user data dir, ``--db`` override, or portable mode.

Portable mode: when a folder named ``data`` sits beside the executable (offices
run the app from a USB stick), the database, backups, evidence and logs live
there instead of the per-user directory.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
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
    make_private_dir(d)
    return d


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def server_companion_path(url: str) -> Path:
    """For a database on a server: a file name in this PC's data folder whose folder holds
    what stays local (logs/, backups/, and bukti/: a cache of the evidence kept on the server), one
    folder per server database so two servers never share one."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    host = parts.hostname or (parse_qs(parts.query).get("host") or ["lokal"])[0]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{host}_{parts.port or 5432}_{parts.path.strip('/')}").strip("._")
    d = data_dir() / "server" / (name or "server")
    make_private_dir(d)
    return d / "server.db"


def companion_dir(db_path: Path, name: str) -> Path:
    """A folder next to the database (``backups``, ``bukti``, ``logs``); created on demand."""
    d = Path(db_path).resolve().parent / name
    make_private_dir(d)
    return d


# --------------------------------------------------------------------------- owner-only files
# The database, its backups, evidence files and logs hold every rating and password hash: on
# POSIX they are created owner-only (files 0600, folders 0700), so another account on the same
# computer cannot read them. On Windows the per-user profile (%LOCALAPPDATA%) is already
# readable only by its owner and administrators through inherited ACLs; the POSIX modes are
# ignored there (docs/security.md).

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def _posix() -> bool:
    return os.name == "posix"


def make_private(path: Path | str, mode: int = PRIVATE_FILE) -> None:
    """Remove group/other access from an existing file or folder we own; never fails."""
    if not _posix():
        return
    try:
        st = os.stat(path)
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(path, (st.st_mode & 0o7777 & ~0o077) | (mode & 0o700))
    except OSError:
        pass


def make_private_dir(d: Path) -> None:
    """``mkdir -p`` whose last folder is owner-only (0700), also when it existed already."""
    d.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(d, PRIVATE_DIR)


def create_private_file(path: Path | str) -> None:
    """Create ``path`` empty and owner-only unless it exists, so the content written later
    (SQLite, a backup's ``.part``) is never readable by others, not even for a moment."""
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, PRIVATE_FILE))
    make_private(path)


# An export the user asked for (a PDF, a report workbook, a form) is the user's own document to
# send, print or share: it gets the permissions any other program would give a saved file
# (0666 minus the umask, usually 0644), not the owner-only mode of the database. Temporary
# files from ``tempfile.mkstemp`` start at 0600, so the writer widens them before the rename.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
USER_FILE = 0o666 & ~_UMASK


def make_user_file(path: Path | str) -> None:
    """Give a file the user saved the ordinary permissions of a saved document; never fails."""
    if not _posix():
        return
    try:
        os.chmod(path, USER_FILE)
    except OSError:
        pass


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The app's log (it may hold names and NIPs): created and rotated owner-only.

    Rotation renames the file; on Windows that fails while another process (a second window,
    ``asn-desktop.exe`` on the console) has the same log open. The failure is swallowed and the
    log keeps growing a little before the next attempt, so no record is lost and no traceback
    is printed per record (the stdlib handler would retry, and fail, on every record)."""

    _retry_at = 0  # file size below which no rotation is attempted after a failed one

    def _open(self):  # type: ignore[no-untyped-def]
        create_private_file(self.baseFilename)
        return super()._open()

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802 - stdlib name
        if self._retry_at and self.stream is not None and self.stream.tell() < self._retry_at:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:  # noqa: N802 - stdlib name
        try:
            super().doRollover()
            self._retry_at = 0
        except OSError:
            if self.stream is None:
                self.stream = self._open()
            self._retry_at = self.stream.tell() + max(self.maxBytes // 10, 1)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path | None:
    """The app's rotating log file, if one is open in this process."""
    for h in logging.getLogger("asn_desktop").handlers:
        if isinstance(h, RotatingFileHandler):
            return Path(h.baseFilename)
    return None


def open_log(folder: Path, max_bytes: int = 1_000_000, backups: int = 5) -> Path | None:
    """The one place the app's log is set up: ``asn_desktop.log`` in ``folder`` (5 × 1 MB),
    owner-only, scrubbed of SQL parameters and hashes; once per process (the GUI start and the
    crash handler both ask). None when the folder cannot be written (read-only USB stick)."""
    existing = log_file()
    if existing is not None:
        return existing
    from asn_desktop.scrub import ScrubFilter

    try:
        make_private_dir(folder)
        handler = PrivateRotatingFileHandler(folder / "asn_desktop.log", maxBytes=max_bytes, backupCount=backups,
                                             encoding="utf-8")  # names with accents on a cp1252 Windows too
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(ScrubFilter())
    root = logging.getLogger("asn_desktop")
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return Path(handler.baseFilename)


def resources_dir() -> Path:
    """``resources/`` in a source checkout, or inside a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
