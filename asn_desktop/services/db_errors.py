"""SQLite's refusals in words an office can act on (busy, read-only, disk full, disk gone).

Every ``ctx.write``/``ctx.read`` turns SQLite's operational errors into a ``ServiceError`` with
one of these messages. The write was one transaction that has been rolled back, so each message
can truthfully say that nothing changed. Raw ``sqlite3`` errors count too: the audit chain's seal
works on the transaction's driver cursor, outside SQLAlchemy's wrapping.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.exc import OperationalError

from asn_desktop.services.errors import ServiceError

try:  # the server driver's own errors, raised on plain cursors (the audit seal) outside SQLAlchemy
    from psycopg import OperationalError as _PgOperationalError
except ImportError:  # pragma: no cover - the driver ships with the app
    _PgOperationalError = sqlite3.OperationalError  # type: ignore[assignment,misc]

SQLITE_ERRORS = (OperationalError, sqlite3.OperationalError, _PgOperationalError)


def is_busy(exc: OperationalError | sqlite3.OperationalError) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    # SQLite: "database is locked"/"busy"; PostgreSQL: the writer lock's lock_timeout
    return "locked" in text or "busy" in text or "lock timeout" in text


def db_error(exc: OperationalError | sqlite3.OperationalError, path: Any = None) -> ServiceError:
    """A write SQLite refused, in words the office can act on; the transaction was rolled back, so
    nothing changed. Busy: another window kept the write lock longer than the busy timeout."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    where = f" {path}" if path is not None else ""
    if is_busy(exc):
        return ServiceError(
            "Basis data sedang dipakai untuk menyimpan oleh jendela atau komputer lain (misalnya impor besar). "
            "Tidak ada yang diubah; tunggu sebentar lalu ulangi."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ServiceError(
            f"Basis data{where} hanya dapat dibaca: berkas atau foldernya tidak dapat ditulisi oleh pengguna "
            "komputer ini (izin berkas, flashdisk yang dikunci, atau folder jaringan hanya-baca). Tidak ada yang "
            "diubah. Minta admin komputer memberi izin tulis, atau salin basis data ke folder yang dapat ditulisi "
            "dan buka dari sana.",
            details=[str(orig)],
        )
    if "full" in text:
        return ServiceError(
            f"Disk tempat basis data{where} penuh, sehingga perubahan tidak dapat disimpan. Tidak ada yang "
            "diubah dan tidak ada data yang hilang. Kosongkan ruang disk (hapus berkas yang tidak diperlukan "
            "atau pindahkan cadangan lama), lalu ulangi.",
            details=[str(orig)],
        )
    if "unable to open" in text or "i/o" in text:
        return ServiceError(
            f"Basis data{where} tidak dapat dibaca atau ditulis (disk terlepas, folder jaringan terputus, atau "
            "izin folder berubah). Tidak ada yang diubah. Periksa disk dan foldernya, lalu jalankan ulang aplikasi.",
            details=[str(orig)],
        )
    return ServiceError("Basis data tidak dapat ditulis; tidak ada yang diubah.", details=[str(orig)])
