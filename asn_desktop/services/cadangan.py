"""Backups and restore of the office database.

The database is the office's only copy, so:

- automatic backups on exit (skipped when nothing was written since the last
  one), before an import (``pre_import_backup``), before a migration
  (db/session.py) and before a restore; rotated 7 daily + 4 weekly;
- manual backups to the data dir's ``backups/`` or a chosen folder (a USB
  stick), remembered in the setting ``cadangan_folder``;
- restore only after the candidate passed every check (db/backup.check_candidate)
  on a private copy, and only after the current database was backed up.

Restore is admin-only (BACKUP + SETTINGS): it replaces accounts and ratings too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn_desktop.db import audit_chain
from asn_desktop.db import backup as fb
from asn_desktop.db.models import Setting
from asn_desktop.db.backup import BackupError
from asn_desktop.db.copy import CopyRefused, CopyReport, copy_database
from asn_desktop.db.session import Database, DatabaseError, open_database
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.options import FOLDER_CADANGAN
from asn_desktop.paths import companion_dir
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, pesan_dari

SETTING_FOLDER = FOLDER_CADANGAN.key
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass
class BackupInfo:
    """A backup file as listed in Pengaturan › Cadangan."""

    path: Path
    waktu: datetime
    alasan: str
    ukuran: int

    @property
    def alasan_label(self) -> str:
        return ALASAN_LABEL.get(self.alasan, self.alasan.replace("-", " "))


ALASAN_LABEL = {
    "manual": "Manual",
    "keluar": "Otomatis saat keluar",
    "sebelum-impor": "Sebelum impor",
    "sebelum-pulihkan": "Sebelum pemulihan",
}


@dataclass
class BackupResult:
    path: Path | None
    ukuran: int = 0
    detik: float = 0.0
    dilewati: bool = False  # nothing changed since the newest backup
    dihapus: list[Path] = field(default_factory=list)  # removed by rotation
    catatan: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    sumber: Path
    cadangan_sebelumnya: Path
    info: fb.CandidateInfo
    diperbarui_dari: str | None = None  # older schema upgraded after restoring


# --------------------------------------------------------------------------- folders


def default_folder(ctx: AppContext) -> Path:
    return companion_dir(ctx.db.path, "backups")


def chosen_folder(ctx: AppContext) -> Path | None:
    """The folder the operator chose (e.g. a USB stick), or None."""
    with ctx.read() as s:
        row = s.get(Setting, SETTING_FOLDER)
        value = None if row is None else row.value
    return Path(value) if value else None


def backup_folder(ctx: AppContext) -> tuple[Path, str | None]:
    """Where backups go now, and a warning when the chosen folder is unavailable."""
    chosen = chosen_folder(ctx)
    if chosen is None:
        return default_folder(ctx), None
    if chosen.is_dir() and os.access(chosen, os.W_OK):
        return chosen, None
    return (
        default_folder(ctx),
        f"Folder cadangan {chosen} tidak tersedia (flashdisk tidak terpasang?); cadangan disimpan di "
        f"{default_folder(ctx)}.",
    )


def boleh_folder_pilihan(actor: Actor) -> bool:
    """Backups outside the data folder (a chosen folder, a USB stick) are the admin's: a
    backup holds every rating and every password hash, and an Operator may not even
    export results. Automatic and manual backups beside the database stay for everyone."""
    return actor.can(Permission.BACKUP) and actor.can(Permission.SETTINGS)


def _require_chosen_folder_allowed(ctx: AppContext) -> None:
    if not boleh_folder_pilihan(ctx.actor):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Cadangan berisi seluruh penilaian dan hash kata sandi; hanya admin yang dapat menyimpannya ke folder lain (mis. flashdisk). Akun '{username}' berperan {label}: cadangan disimpan di folder bawaan di samping basis data."),
                username=ctx.actor.username, label=ctx.actor.role.label,
            )
        )


def _folder_for(ctx: AppContext) -> tuple[Path, str | None]:
    """Where this user's backups go: the chosen folder for an admin, else beside the database."""
    if boleh_folder_pilihan(ctx.actor):
        return backup_folder(ctx)
    return default_folder(ctx), None


def set_folder(ctx: AppContext, folder: Path | None) -> Path | None:
    """Choose the backup folder (None: back to the data dir's ``backups/``); admin only."""
    _require_chosen_folder_allowed(ctx)
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Folder {folder} tidak ditemukan."), folder=folder))
        if not os.access(folder, os.W_OK):
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Folder {folder} tidak dapat ditulisi. Pilih folder lain."),
                folder=folder,
            ))
        folder = folder.resolve()
    with ctx.write("cadangan.atur_folder", Permission.BACKUP) as uow:
        row = uow.session.get(Setting, SETTING_FOLDER)
        before = None if row is None else row.value
        value = None if folder is None else str(folder)
        if row is None:
            uow.session.add(Setting(key=SETTING_FOLDER, value=value))
        else:
            row.value = value
        uow.audit("setting", SETTING_FOLDER, "Folder cadangan diubah", {"value": before}, {"value": value})
    return folder


# --------------------------------------------------------------------------- backup


def _pages_progress(progress: Progress | None, msg: str):  # type: ignore[no-untyped-def]
    if progress is None:
        return None
    return lambda done, total: progress.step(done, max(total, 1), msg)


def _backup(
    ctx: AppContext, folder: Path, alasan: str, progress: Progress | None
) -> BackupResult:
    t0 = time.perf_counter()
    dest = folder / fb.backup_name(ctx.db.path.stem, alasan)
    try:
        path = fb.backup_database(ctx.db.path, dest, on_pages=_pages_progress(progress, "Membuat cadangan"))
    except DatabaseError as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    res = BackupResult(path, path.stat().st_size, round(time.perf_counter() - t0, 2))
    res.dihapus = fb.rotate(folder, ctx.db.path.stem, daily=KEEP_DAILY, weekly=KEEP_WEEKLY)
    return res


def create_backup(
    ctx: AppContext, folder: Path | None = None, *, progress: Progress | None = None
) -> BackupResult:
    """Manual backup (button / ``asn-desktop backup [--to DIR]``); never rotated away."""
    ctx.require(Permission.BACKUP)
    note = None
    if folder is None:
        folder, note = _folder_for(ctx)
    elif not _same_dir(Path(folder), default_folder(ctx)):
        _require_chosen_folder_allowed(ctx)
    res = _backup(ctx, Path(folder), "manual", progress)
    if note:
        res.catatan.append(note)
    with ctx.write("cadangan.buat", Permission.BACKUP) as uow:
        uow.audit(None, None, f"Cadangan dibuat: {res.path}", None, {"path": str(res.path), "ukuran": res.ukuran})
    return res


def automatic_backup(
    ctx: AppContext, alasan: str, *, progress: Progress | None = None, paksa: bool = False
) -> BackupResult:
    """Backup the machine makes by itself (exit, before import/restore): no permission
    needed and not audited; skipped when no write happened since the newest backup."""
    folder, note = _folder_for(ctx)
    if not paksa:
        newest = fb.list_backups(folder, ctx.db.path.stem)
        if newest:
            mark = fb.audit_high_water(ctx.db.path)
            if mark is not None and mark == fb.audit_high_water(newest[0].path):
                return BackupResult(newest[0].path, newest[0].ukuran, dilewati=True)
    res = _backup(ctx, folder, alasan, progress)
    if note:
        res.catatan.append(note)
    return res


def pre_import_backup(ctx: AppContext, progress: Progress | None = None) -> BackupResult:
    """For importers: call right before applying an import."""
    return automatic_backup(ctx, "sebelum-impor", progress=progress, paksa=True)


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """Backups of this database in the data dir and the chosen folder, newest first."""
    ctx.require(Permission.BACKUP)
    folders = [default_folder(ctx)]
    chosen = chosen_folder(ctx)
    if chosen is not None and chosen.is_dir() and chosen.resolve() != folders[0].resolve():
        folders.append(chosen)
    out = [
        BackupInfo(b.path, b.waktu, b.alasan, b.ukuran)
        for f in folders
        for b in fb.list_backups(f, ctx.db.path.stem)
    ]
    out.sort(key=lambda c: c.waktu, reverse=True)
    return out


# --------------------------------------------------------------------------- restore


def check_backup(ctx: AppContext, path: Path) -> fb.CandidateInfo:
    """Check a file before offering to restore it (nothing is changed)."""
    ctx.require(Permission.BACKUP)
    staged = fb.stage_copy(Path(path), default_folder(ctx)) if Path(path).is_file() else Path(path)
    try:
        info = fb.check_candidate(staged)
    except DatabaseError as exc:
        raise ServiceError(exc.message.replace(str(staged), str(path))) from exc
    finally:
        if staged != Path(path):
            fb.discard(staged)
    info.path = Path(path)
    return info


def _same_dir(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def restore(ctx: AppContext, sumber: Path, *, progress: Progress | None = None) -> RestoreResult:
    """Replace the open database with ``sumber`` (admin only).

    The caller must not use its sessions afterwards (the GUI restarts, the CLI
    exits); ``ctx.db``'s engine is closed here.
    """
    if not (ctx.actor.can(Permission.BACKUP) and ctx.actor.can(Permission.SETTINGS)):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pemulihan cadangan mengganti seluruh data (termasuk akun dan penilaian); hanya admin yang dapat melakukannya. Akun '{username}' berperan {label}."),
                username=ctx.actor.username, label=ctx.actor.role.label,
            )
        )
    try:
        folder, _note = backup_folder(ctx)
    except Exception:  # noqa: BLE001 - a damaged database must still be restorable
        folder = default_folder(ctx)
    ctx.db.dispose()
    return restore_file(ctx.db.path, sumber, ctx.actor, folder, progress=progress)


def restore_file(
    target: Path, sumber: Path, actor: Actor, folder: Path, *, progress: Progress | None = None
) -> RestoreResult:
    """Restore ``sumber`` over the database file ``target`` (which nobody in this process has open).

    Order: private copy → full check → backup of the current file → copy into
    place in one SQLite transaction → reopen (upgrading an older schema) →
    audit row in the restored database. Also used at start-up when the
    current database is too damaged to open.
    """
    sumber, target = Path(sumber), Path(target)
    if _same_file(sumber, target):
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas yang dipilih adalah basis data yang sedang dibuka; pilih berkas cadangan."),
        ))
    if not sumber.is_file():
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {sumber} tidak ditemukan."), sumber=sumber))
    if progress:
        progress.step(0, 4, "Memeriksa berkas cadangan")
    work = companion_dir(target, "backups")
    try:
        staged = fb.stage_copy(sumber, work)
    except DatabaseError as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    try:
        try:
            info = fb.check_candidate(staged)
        except DatabaseError as exc:
            raise ServiceError(exc.message.replace(str(staged), str(sumber))) from exc
        info.path = sumber
        if progress:
            progress.step(1, 4, "Mencadangkan basis data saat ini")
        before = _backup_current(target, folder)
        _stamp_restore(staged, actor, sumber, before, info.revisi)
        if progress:
            progress.step(2, 4, "Memulihkan")
        try:
            fb.restore_into(target, staged)
        except DatabaseError as exc:
            if not fb.integrity_problems(target, full=False):
                raise ServiceError(pesan_dari(exc)) from exc
            # too damaged for SQLite to write into: swap the file itself (saved above)
            try:
                fb.replace_file(target, staged)
            except OSError as exc2:
                raise ServiceError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Pemulihan gagal: {sebab}. Basis data lama tersimpan di {before}."),
                    sebab=exc2, before=before,
                )) from exc2
    finally:
        fb.discard(staged)
    if progress:
        progress.report(3, 4, "Membuka basis data hasil pemulihan")
    try:
        db2 = open_database(target)
    except DatabaseError as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    try:
        upgraded = db2.report.upgraded_from
        fb.rotate(folder, target.stem, daily=KEEP_DAILY, weekly=KEEP_WEEKLY)
    finally:
        db2.dispose()
    if progress:
        progress.report(4, 4, "Selesai")
    return RestoreResult(sumber, before, info, upgraded)


def _stamp_restore(staged: Path, actor: Actor, sumber: Path, before: Path, revisi: str) -> None:
    """The audit row of the restore, written into the checked copy *before* it is copied
    into place: restore and its record arrive in the same transaction, or neither does."""
    try:
        fb.stamp_audit(
            staged, "cadangan.pulihkan", actor.user_id, actor.username, f"Basis data dipulihkan dari {sumber}",
            {"sumber": str(sumber), "cadangan_sebelumnya": str(before), "revisi": revisi},
        )
    except BackupError as exc:
        raise ServiceError(pesan_dari(exc)) from exc


def _backup_current(target: Path, folder: Path) -> Path:
    """The file about to be replaced, kept whatever its state.

    A healthy database is copied through the backup API; a damaged one (the
    usual reason for a restore) may fail that, so its raw bytes are copied
    instead: whatever is still readable stays available to a technician.
    """
    if not target.exists() or target.stat().st_size == 0:
        return target
    dest = folder / fb.backup_name(target.stem, "sebelum-pulihkan")
    try:
        return fb.backup_database(target, dest, verify=False)
    except DatabaseError:
        pass
    raw = companion_dir(target, "backups") / fb.backup_name(target.stem, "rusak-sebelum-pulihkan")
    try:
        wal = Path(str(target) + "-wal")
        if wal.is_file():  # first, so the listed backup never lacks the WAL it belongs with
            fb.copy_raw(wal, Path(str(raw) + "-wal"))
        fb.copy_raw(target, raw)
    except OSError as exc:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Basis data saat ini tidak dapat dicadangkan sebelum pemulihan ({exc}); pemulihan dibatalkan."),
                exc=exc,
            )
        ) from exc
    return raw


# --------------------------------------------------------------------------- integrity


def check_integrity(ctx: AppContext, *, full: bool = True) -> list[str]:
    """``PRAGMA integrity_check`` of the open database; [] when healthy."""
    return fb.integrity_problems(ctx.db.path, full=full)


def check_audit_chain(ctx: AppContext) -> str | None:
    """The first broken link of the audit log's hash chain as a message, or None when whole
    (db/audit_chain.py; docs/security.md says what this does and does not prove)."""
    ctx.require(Permission.BACKUP)
    brk = audit_chain.verify_file(ctx.db.path)
    return None if brk is None else brk.message


def chosen_folder_or_none(ctx: AppContext) -> Path | None:
    """Chosen folder without failing when the database itself is damaged."""
    try:
        return chosen_folder(ctx)
    except Exception:  # noqa: BLE001 - a damaged database must not hide the guidance
        return None


def newest_healthy_backup(db_path: Path, extra_folders: Sequence[Path | None] = (),
                          batas: int = 10) -> BackupInfo | None:
    """The newest backup of the database at ``db_path`` that passes ``quick_check``, for the
    corruption guidance. Looks beside the database (its ``backups/``) and in ``extra_folders``
    (the chosen folder, :func:`chosen_folder_or_none`). Takes a path, not a context, because it
    also runs when the damaged database cannot be opened at all."""
    folders = [companion_dir(Path(db_path), "backups"), *(f for f in extra_folders if f is not None)]
    cands = [b for f in folders for b in fb.list_backups(f, Path(db_path).stem)]
    cands.sort(key=lambda b: b.waktu, reverse=True)
    for b in cands[:batas]:
        if not fb.integrity_problems(b.path, full=False):
            return BackupInfo(b.path, b.waktu, b.alasan, b.ukuran)
    return None


def damage_guidance(db_path: Path, problems: list[str], cadangan: BackupInfo | None) -> str:
    """What the operator should do when the integrity check fails (plain Indonesian)."""
    lines = [
        f"Pemeriksaan integritas basis data {db_path} menemukan kerusakan:",
        *("  • " + p for p in problems[:5]),
        "",
        "Yang perlu dilakukan:",
        "  1. Jangan hapus atau timpa berkas basis data; tutup jendela lain yang membukanya.",
    ]
    if cadangan is not None:
        lines.append(
            f"  2. Pulihkan dari cadangan sehat terbaru: {cadangan.path} ({cadangan.waktu:%d-%m-%Y %H:%M}). "
            "Perubahan setelah waktu itu perlu dimasukkan ulang."
        )
    else:
        lines.append("  2. Pulihkan dari cadangan terakhir (folder backups/ atau flashdisk cadangan).")
    lines.append(
        "  3. Dari baris perintah: asn-desktop restore BERKAS_CADANGAN. Basis data yang rusak dicadangkan "
        "dahulu sebelum diganti."
    )
    return "\n".join(lines)


def copy_to_database(ctx: AppContext, tujuan: Database, *, progress: Progress | None = None) -> CopyReport:
    """Copy this office database, whole, into the empty ``tujuan`` (SQLite file ↔ PostgreSQL
    server), verified per table; the copy is recorded in both audit logs. Needs the backup
    permission: a copy is a backup that leaves this PC."""

    ctx.require(Permission.BACKUP)

    def step(nama: str, i: int, n: int) -> None:
        if progress is not None:
            progress.step(i, n, f"Menyalin {nama}" if nama else "Memeriksa salinan")

    try:
        report = copy_database(ctx.db, tujuan, progress=step)
    except CopyRefused as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    ringkasan = (f"Basis data disalin dari {ctx.db.label} ke {tujuan.label}: {report.rows} baris, "
                 f"{len(report.tables)} tabel" + ("" if report.ok else " (PEMERIKSAAN GAGAL)"))
    detail = {"dari": ctx.db.label, "ke": tujuan.label, "baris": report.rows, "ok": report.ok}
    with ctx.write("basis_data.salin", Permission.BACKUP) as uow:
        uow.audit(None, None, ringkasan, None, detail)
    with AppContext(tujuan, ctx.actor).write("basis_data.salin", Permission.BACKUP) as uow:
        uow.audit(None, None, ringkasan, None, detail)
    return report
