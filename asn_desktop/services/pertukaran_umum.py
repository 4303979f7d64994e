"""Shared pieces of the Excel exchange use cases: file hashing, the
exchange log (``log_pertukaran``), translating workbook errors, backups."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asn_desktop.db.models import LogPertukaran
from asn_desktop.db.session import default_backup
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pesan_dari
from asn_desktop.domain.roles import Permission
from asn_desktop.excel import ExcelError
from asn_desktop.fileio import file_sha256  # noqa: F401 - the exchange services import it from here
from asn_desktop.services.cadangan import pre_import_backup
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError

#: Exit codes of the exchange commands (documented in docs/exchange-format.md and --help).
EXIT_OK = 0
EXIT_FAILED = 1  # refused or failed: nothing written
EXIT_PARTIAL = 4  # written, but some rows were rejected / some records skipped (conflicts)
EXIT_STRICT = 5  # strict mode refused: rows were rejected, nothing written


class ExchangeError(ServiceError):
    """A workbook that cannot be used (wrong file, wrong sheets, altered form...)."""


def from_excel(exc: ExcelError) -> ExchangeError:
    return ExchangeError(pesan_dari(exc), details=list(exc.details))


def backup_before_import(ctx: AppContext) -> Path | None:
    """A consistent copy of the database before an import writes anything, made by the
    backup service (its folder and rotation). Should the service fail unexpectedly (not a
    refusal it words itself), a plain copy goes into ``backups/`` beside the database:
    the import must not run without a copy to return to."""
    try:
        res = pre_import_backup(ctx)
    except ServiceError:
        raise
    except Exception:  # noqa: BLE001 - the plain copy below still protects the import
        if ctx.db.is_server:  # no file to copy: the server's own dump failed unexpectedly
            raise
        logging.getLogger(__name__).warning("Cadangan sebelum impor gagal; salinan biasa dibuat", exc_info=True)
        return default_backup(ctx.db.path, "sebelum-impor")
    # None: a server PC without pg_dump, after the operator confirmed (server_backup_warning)
    return Path(res.path) if res.path is not None else None


def write_log(
    uow: Any,
    jenis: str,
    path: Path | str | None,
    sha: str | None,
    status: str,
    ringkasan: dict[str, Any],
    laporan: dict[str, Any] | None,
) -> int:
    """Add a ``log_pertukaran`` row in the caller's transaction; returns its id."""
    row = LogPertukaran(
        username=uow.actor.username,
        jenis=jenis,
        nama_file=str(path) if path is not None else None,
        sha256=sha,
        status=status,
        ringkasan=ringkasan,
        laporan=laporan,
    )
    uow.session.add(row)
    uow.session.flush()
    return row.id


def log_only(ctx: AppContext, jenis: str, path: Path | str | None, sha: str | None, status: str,
             ringkasan: dict[str, Any], laporan: dict[str, Any] | None = None) -> int:
    """A log row on its own (exports, refused imports)."""
    with ctx.write(f"pertukaran.{jenis}", Permission.EXCHANGE) as uow:
        return write_log(uow, jenis, path, sha, status, ringkasan, laporan)


@dataclass
class LogEntry:
    id: int
    waktu: datetime
    username: str
    jenis: str
    nama_file: str
    status: str
    ringkasan: dict[str, Any] = field(default_factory=dict)

    @property
    def jenis_label(self) -> str:
        return JENIS_LABEL.get(self.jenis, self.jenis)


JENIS_LABEL = {
    "impor_pegawai": QT_TRANSLATE_NOOP("Pesan", "Impor daftar pegawai"),
    "ekspor_pegawai": QT_TRANSLATE_NOOP("Pesan", "Ekspor daftar pegawai"),
    "ekspor_hasil": QT_TRANSLATE_NOOP("Pesan", "Ekspor paket hasil"),
    "impor_hasil": QT_TRANSLATE_NOOP("Pesan", "Impor paket hasil"),
    "ekspor_formulir": QT_TRANSLATE_NOOP("Pesan", "Formulir penilai dibuat"),
    "impor_formulir": QT_TRANSLATE_NOOP("Pesan", "Impor formulir penilai"),
    "impor_nilai_lama": QT_TRANSLATE_NOOP("Pesan", "Impor nilai kinerja lama"),
}

#: Indonesian names of the counts stored in ``log_pertukaran.ringkasan``.
RINGKASAN_LABEL = {
    "inserted": QT_TRANSLATE_NOOP("Pesan", "baru"),
    "updated": QT_TRANSLATE_NOOP("Pesan", "berubah"),
    "unchanged": QT_TRANSLATE_NOOP("Pesan", "tidak berubah"),
    "rejected": QT_TRANSLATE_NOOP("Pesan", "ditolak"),
    "duplicates_counted_once": QT_TRANSLATE_NOOP("Pesan", "duplikat identik"),
    "units_created": QT_TRANSLATE_NOOP("Pesan", "unit kerja baru"),
    "pegawai": QT_TRANSLATE_NOOP("Pesan", "pegawai"),
    "dapat_diisi": QT_TRANSLATE_NOOP("Pesan", "dapat diisi"),
    "periode": QT_TRANSLATE_NOOP("Pesan", "periode"),
    "berubah": QT_TRANSLATE_NOOP("Pesan", "berubah"),
    "ditolak": QT_TRANSLATE_NOOP("Pesan", "ditolak"),
    "paket": QT_TRANSLATE_NOOP("Pesan", "paket"),
    "diterima": QT_TRANSLATE_NOOP("Pesan", "diterima"),
    "konflik": QT_TRANSLATE_NOOP("Pesan", "konflik"),
    "tahun": QT_TRANSLATE_NOOP("Pesan", "tahun"),
    "checksum": QT_TRANSLATE_NOOP("Pesan", "checksum"),
}

STATUS_LABEL = {
    "ok": QT_TRANSLATE_NOOP("Pesan", "Berhasil"),
    "sebagian": QT_TRANSLATE_NOOP("Pesan", "Sebagian ditolak"),
    "ditolak": QT_TRANSLATE_NOOP("Pesan", "Ditolak"),
    "ditolak_ketat": QT_TRANSLATE_NOOP("Pesan", "Ditolak (mode ketat)"),
    "uji": QT_TRANSLATE_NOOP("Pesan", "Uji coba (tidak disimpan)"),
    "gagal": QT_TRANSLATE_NOOP("Pesan", "Gagal"),
}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector during a bulk import.

    Reading and checking 15,000 rows keeps ~1 million small containers alive
    (cells, records, plan rows); each automatic full collection walks all of
    them, which cost a third of a roster import. The import makes no
    cyclic garbage worth collecting meanwhile (reference counting frees the
    rest); the collector resumes afterwards, also when the job fails.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def list_log(ctx: AppContext, limit: int = 500) -> list[LogEntry]:
    """The exchange log, newest first."""
    with ctx.read(Permission.EXCHANGE) as s:
        rows = s.scalars(select(LogPertukaran).order_by(LogPertukaran.id.desc()).limit(limit)).all()
        return [
            LogEntry(r.id, r.waktu, r.username or "", r.jenis, r.nama_file or "", r.status, dict(r.ringkasan or {}))
            for r in rows
        ]


def get_log_report(ctx: AppContext, log_id: int) -> dict[str, Any]:
    """The full stored report of one log entry."""
    with ctx.read(Permission.EXCHANGE) as s:
        r = s.get(LogPertukaran, log_id)
        if r is None:
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Catatan pertukaran {log_id} tidak ditemukan."), log_id=log_id))
        return {
            "id": r.id, "waktu": r.waktu.isoformat(sep=" "), "pengguna": r.username, "jenis": r.jenis,
            "berkas": r.nama_file, "sha256": r.sha256, "status": r.status, "ringkasan": r.ringkasan or {},
            "laporan": r.laporan or {},
        }
