"""Writing files so that Windows and Linux behave alike (docs/windows.md).

Every file the app produces for the user (workbooks, PDFs, JSON reports) is written to a
temporary file in the destination folder and then renamed over the destination, so a crash or
a full disk never leaves half a file under the real name. On Windows that rename fails with
PermissionError while another program (Excel, a PDF viewer, an antivirus scan) holds the
destination open; this module turns that, a full disk, a name Windows refuses and a path
longer than Windows allows into one Indonesian sentence naming the file.

Pure Python, no Qt and no database: importable from every layer.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable
from typing import NoReturn
from pathlib import Path, PurePath

from asn_desktop.domain.nama import WINDOWS_RESERVED
from asn_desktop.paths import make_user_file

#: Set on Windows; tests switch it on to exercise the Windows-only checks on Linux.
ON_WINDOWS = os.name == "nt"

#: Longest full path the Windows file API accepts without the long-path opt-in (MAX_PATH 260,
#: including the terminating NUL): Excel itself cannot open a longer one either.
WINDOWS_MAX_PATH = 259

#: Characters Windows refuses in a file or folder name (plus the control characters).
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

#: Attempts at the final rename: an antivirus scanner opens a new file for a moment after it is
#: written, which makes the first rename fail on Windows although nothing is wrong.
_REPLACE_ATTEMPTS = 4


class FileWriteError(OSError):
    """A file could not be written; ``message`` is for the operator (Bahasa Indonesia)."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


def windows_name_problem(name: str) -> str | None:
    """Why Windows refuses ``name`` as a file name, or None when it is accepted.

    Rules of the Windows file system ("Naming Files, Paths, and Namespaces", Microsoft):
    no ``< > : " / \\ | ? *`` or control characters, no trailing period or space, none of the
    reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) even with an extension.
    """
    if not name or name in (".", ".."):
        return "nama berkas kosong"
    bad = sorted(set(_WINDOWS_FORBIDDEN.findall(name)))
    if bad:
        return "memuat karakter yang ditolak Windows: " + " ".join(repr(c)[1:-1] for c in bad)
    if name[-1] in ". ":
        return "diakhiri titik atau spasi"
    if name.split(".")[0].rstrip(" ").upper() in WINDOWS_RESERVED:
        return f"\"{name.split('.')[0]}\" adalah nama perangkat yang dicadangkan Windows"
    return None


def windows_path_problem(path: PurePath | str) -> str | None:
    """Why Windows cannot write ``path`` (a name it refuses, or longer than MAX_PATH), or None."""
    text = str(path)
    if len(text) > WINDOWS_MAX_PATH:
        return f"lokasinya terlalu panjang untuk Windows ({len(text)} karakter, paling banyak {WINDOWS_MAX_PATH})"
    problem = windows_name_problem(PurePath(path).name)
    return problem


def pesan_gagal_tulis(path: PurePath | str, exc: BaseException) -> str:
    """The sentence an operator reads when ``path`` could not be written (shown after saves/exports)."""
    name = PurePath(path).name
    if isinstance(exc, FileWriteError):
        return exc.message
    if isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (5, 32, 33):
        if ON_WINDOWS and Path(path).exists():  # Windows refuses to replace a file another program holds open
            return f"Berkas \"{name}\" sedang dibuka di program lain (Excel?). Tutup berkas itu, lalu ulangi."
        return (f"Berkas \"{name}\" tidak dapat ditulis: tidak ada izin menulis di folder {PurePath(path).parent}, "
                "atau berkas itu sedang dibuka di program lain.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"Berkas \"{name}\" tidak dapat ditulis: disk penuh. Kosongkan ruang atau pilih disk lain."
    if isinstance(exc, OSError):
        return f"Berkas \"{name}\" tidak dapat ditulis: {exc.strerror or exc}."
    return f"Berkas \"{name}\" tidak dapat ditulis: {exc}."


def check_writable_name(path: PurePath | str) -> None:
    """Refuse, before any work, a destination Windows would refuse (checked on Windows only:
    Linux accepts these names, and a Linux user may keep them)."""
    if ON_WINDOWS:
        problem = windows_path_problem(Path(path).absolute())
        if problem:
            raise FileWriteError(f"Berkas \"{PurePath(path).name}\" tidak dapat ditulis: {problem}.", Path(path))


def replace_file(src: Path | str, dest: Path | str) -> None:
    """``os.replace`` that waits out a scanner's brief hold and explains a file held open."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dest)
            return
        except PermissionError as exc:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise FileWriteError(pesan_gagal_tulis(dest, exc), Path(dest)) from exc
            time.sleep(0.05 * 2**attempt)  # 50, 100, 200 ms: long enough for a scan, short for a user


def file_sha256(path: Path | str) -> str:
    """SHA-256 of a file, read a megabyte at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_atomic(
    dest: Path | str,
    write: Callable[[Path], object],
    *,
    error: type[Exception] | None = None,
    suffix: str | None = None,
) -> Path:
    """Write ``dest`` through ``write(tmp_path)`` and a rename; returns ``dest``.

    Everything written here is a file the user asked for (an export, a PDF, a report): it gets
    the ordinary permissions of a saved document, not the owner-only mode of the temporary
    file (the database, backups and evidence are kept owner-only elsewhere, see paths.py).

    The temporary file sits in the destination folder (a rename across disks is not atomic)
    under a short name (it must not push the path over Windows' limit). Any failure removes
    it and leaves an existing ``dest`` as it was. OS errors become :class:`FileWriteError`,
    or ``error(message)`` when the caller's layer has its own error type (ExcelError,
    ServiceError); other exceptions from ``write`` pass through unchanged.
    """
    dest = Path(dest)
    try:
        check_writable_name(dest)
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=".~", suffix=suffix or dest.suffix or ".tmp")
        os.close(fd)
    except OSError as exc:
        _raise(dest, exc, error)
    tmp = Path(name)
    try:
        write(tmp)
        make_user_file(tmp)
        replace_file(tmp, dest)
    except OSError as exc:
        _discard(tmp)
        _raise(dest, exc, error)
    except BaseException:
        _discard(tmp)
        raise
    return dest


def write_text_atomic(dest: Path | str, text: str, *, error: type[Exception] | None = None) -> Path:
    """UTF-8 text (JSON reports) written atomically; "\\n" line ends on every system, which
    every Windows editor since Notepad 2018 shows correctly."""
    return write_atomic(dest, lambda p: p.write_bytes(text.encode("utf-8")), error=error)


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # held by a scanner: a hidden ".~" file is left, never a half file under the real name


def _raise(dest: Path, exc: OSError, error: type[Exception] | None) -> NoReturn:
    message = pesan_gagal_tulis(dest, exc)
    if error is None:
        raise FileWriteError(message, dest) from exc
    raise error(message) from exc
