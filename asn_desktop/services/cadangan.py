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

On a PostgreSQL server the same triggers, folders and rotation make ``pg_dump`` archives
(``.dump``, db/pgdump.py) instead of file copies, and a restore goes into a new, empty
server database (``restore_dump``), never over the one in use.
"""

from __future__ import annotations

import os
from typing import Any
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn_desktop.db import audit_chain
from asn_desktop.db import backup as fb
from asn_desktop.db import pgdump
from asn_desktop.db.models import Setting
from asn_desktop.db.backup import BackupError
from asn_desktop.db.copy import CopyRefused, CopyReport, copy_database
from asn_desktop.db.session import Database, DatabaseError, open_database
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
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
    #: why no backup was made although one was due (a server PC without pg_dump)
    tidak_dicadangkan: Msg | None = None


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
        Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Folder cadangan {folder} tidak tersedia (flashdisk tidak terpasang?); "
                                      "cadangan disimpan di {bawaan}."), folder=chosen, bawaan=default_folder(ctx))),
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
                username=ctx.actor.username, label=Msg(ctx.actor.role.label),
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


def _stem(ctx: AppContext) -> str:
    """Name part of this database's backups: the file's stem, or the server database's name
    (two servers' dumps in one chosen folder keep apart)."""
    return pgdump.backup_stem(ctx.db.label) if ctx.db.is_server else ctx.db.path.stem


def _suffix(ctx: AppContext) -> str:
    return pgdump.SUFFIX if ctx.db.is_server else ".db"


def server_tools(ctx: AppContext) -> pgdump.Tools:
    """pg_dump/pg_restore fit for this server (``ServiceError`` naming what to install)."""
    try:
        return pgdump.find_tools(pgdump.server_major(ctx.db.engine))
    except pgdump.PgToolError as exc:
        raise ServiceError(exc.pesan) from exc


def server_backup_warning(ctx: AppContext) -> Msg | None:
    """Why backups before risky work cannot be made on this PC (None: they can). The GUI adds
    it to the confirmation it already asks before an import or merge; the CLI prints it."""
    if not ctx.db.is_server:
        return None
    try:
        pgdump.find_tools(pgdump.server_major(ctx.db.engine))
    except pgdump.PgToolError as exc:
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanpa cadangan: {alasan}"), alasan=exc.pesan)
    return None


def _server_backup(ctx: AppContext, folder: Path, alasan: str, progress: Progress | None) -> BackupResult:
    from asn_desktop.db.models import Base

    t0 = time.perf_counter()
    tools = server_tools(ctx)
    dest = fb._unique(folder / fb.backup_name(_stem(ctx), alasan, suffix=pgdump.SUFFIX))
    facts = pgdump.office_facts(ctx.db.engine)
    facts.update({"server": ctx.db.label, "pg_dump": tools.major, "alasan": alasan})
    # report only (never raising Cancelled from pg_dump's output reader): cancel is polled by pgdump._run
    step = None if progress is None else (lambda done, total: progress.report(done, total, "Membuat cadangan (pg_dump)"))
    try:
        path = pgdump.dump(str(ctx.db.target), dest, tools, shown=ctx.db.label, tables=len(Base.metadata.tables),
                           on_step=step, cancelled=(lambda: progress.cancelled) if progress else None)
        pgdump.write_sidecar(path, facts)
    except pgdump.PgToolError as exc:
        raise ServiceError(exc.pesan) from exc
    except OSError as exc:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Cadangan server tidak dapat ditulis: {sebab}."),
                                  sebab=exc.strerror or exc)) from exc
    res = BackupResult(path, path.stat().st_size, round(time.perf_counter() - t0, 2))
    res.dihapus = fb.rotate(folder, _stem(ctx), daily=KEEP_DAILY, weekly=KEEP_WEEKLY, suffix=pgdump.SUFFIX)
    return res


def _backup(
    ctx: AppContext, folder: Path, alasan: str, progress: Progress | None
) -> BackupResult:
    if ctx.db.is_server:
        return _server_backup(ctx, folder, alasan, progress)
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
    if ctx.db.is_server:
        warn = server_backup_warning(ctx)
        if warn is not None:  # the caller asked the operator (GUI) or printed a warning (CLI)
            return BackupResult(None, dilewati=True, catatan=[Teks(warn)], tidak_dicadangkan=warn)
    if not paksa:
        newest = fb.list_backups(folder, _stem(ctx), _suffix(ctx))
        if newest:
            if ctx.db.is_server:
                mark: int | None = pgdump.audit_high_water(ctx.db.engine)
                before = pgdump.read_sidecar(newest[0].path).get("audit_tertinggi")
            else:
                mark, before = fb.audit_high_water(ctx.db.path), fb.audit_high_water(newest[0].path)
            if mark is not None and mark == before:
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
        for b in fb.list_backups(f, _stem(ctx), _suffix(ctx))
    ]
    out.sort(key=lambda c: c.waktu, reverse=True)
    return out


# --------------------------------------------------------------------------- restore


def check_backup(ctx: AppContext, path: Path) -> fb.CandidateInfo:
    """Check a file before offering to restore it (nothing is changed)."""
    ctx.require(Permission.BACKUP)
    if Path(path).suffix == pgdump.SUFFIX:
        return check_dump(Path(path))
    staged = fb.stage_copy(Path(path), default_folder(ctx)) if Path(path).is_file() else Path(path)
    try:
        info = fb.check_candidate(staged)
    except DatabaseError as exc:
        raise ServiceError(_named_as(exc, staged, Path(path))) from exc
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
                username=ctx.actor.username, label=Msg(ctx.actor.role.label),
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
            raise ServiceError(_named_as(exc, staged, Path(sumber))) from exc
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
    """``PRAGMA integrity_check`` of the open database; [] when healthy. A server checks its
    own pages (data checksums, amcheck: the server administrator's), so [] there."""
    if ctx.db.is_server:
        return []
    return fb.integrity_problems(ctx.db.path, full=full)


def check_audit_chain(ctx: AppContext) -> str | None:
    """The first broken link of the audit log's hash chain as a message, or None when whole
    (db/audit_chain.py; docs/security.md says what this does and does not prove)."""
    ctx.require(Permission.BACKUP)
    if ctx.db.is_server:
        return _server_chain_break(ctx.db)
    brk = audit_chain.verify_file(ctx.db.path)
    return None if brk is None else brk.message


def _server_chain_break(db: Database) -> str | None:
    brk = audit_chain.verify_database(db)
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


def damage_guidance(db_path: Path, problems: list[str], cadangan: BackupInfo | None) -> Teks:
    """What the operator should do when the integrity check fails: Indonesian as text (the CLI,
    logs), in the installed language where the UI shows it (``ui/i18n.teks``)."""
    if cadangan is not None:
        pulihkan = Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Pulihkan dari cadangan sehat terbaru: {berkas} ({waktu}). Perubahan setelah waktu itu "
                     "perlu dimasukkan ulang."), berkas=str(cadangan.path), waktu=f"{cadangan.waktu:%d-%m-%Y %H:%M}")
    else:
        pulihkan = Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Pulihkan dari cadangan terakhir (folder backups/ atau flashdisk cadangan)."))
    return Teks(Msg.of(QT_TRANSLATE_NOOP(
        "Pesan", "Pemeriksaan integritas basis data {berkas} menemukan kerusakan:\n{masalah}\n\n"
                 "Yang perlu dilakukan:\n"
                 "  1. Jangan hapus atau timpa berkas basis data; tutup jendela lain yang membukanya.\n"
                 "  2. {pulihkan}\n"
                 "  3. Dari baris perintah: asn-desktop restore BERKAS_CADANGAN. Basis data yang rusak "
                 "dicadangkan dahulu sebelum diganti."),
        berkas=str(db_path), masalah="\n".join("  • " + p for p in problems[:5]), pulihkan=pulihkan))


def _named_as(exc: DatabaseError, staged: Path, asli: Path) -> Msg | str:
    """The check's message about the staged copy, naming the file the operator chose instead."""
    a, b = str(staged), str(asli)
    pesan = pesan_dari(exc)
    if isinstance(pesan, Msg):
        return Msg(pesan.template, {k: v.replace(a, b) if isinstance(v, str) else (b if v == staged else v)
                                    for k, v in pesan.params.items()})
    return pesan.replace(a, b)


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
    if report.ok:
        # Evidence files this PC keeps beside its database go along: on a server every PC opens them
        # from the database (services/berkas_bukti).
        from asn_desktop.services import berkas_bukti as berkas

        step("berkas bukti dukung", len(report.tables), len(report.tables) + 1)
        with tujuan.session() as s, s.begin():
            pindah = berkas.move_folder_into(ctx, s)
        report.bukti_disalin, report.bukti_hilang = pindah.disalin, pindah.hilang
    ringkasan = (f"Basis data disalin dari {ctx.db.label} ke {tujuan.label}: {report.rows} baris, "
                 f"{len(report.tables)} tabel" + ("" if report.ok else " (PEMERIKSAAN GAGAL)")
                 + (f", {report.bukti_disalin} berkas bukti" if report.bukti_disalin else "")
                 + (f", {len(report.bukti_hilang)} berkas bukti tidak ditemukan" if report.bukti_hilang else ""))
    detail = {"dari": ctx.db.label, "ke": tujuan.label, "baris": report.rows, "ok": report.ok,
              "bukti_disalin": report.bukti_disalin, "bukti_hilang": report.bukti_hilang[:50]}
    with ctx.write("basis_data.salin", Permission.BACKUP) as uow:
        uow.audit(None, None, ringkasan, None, detail)
    with AppContext(tujuan, ctx.actor).write("basis_data.salin", Permission.BACKUP) as uow:
        uow.audit(None, None, ringkasan, None, detail)
    return report


# --------------------------------------------------------------------------- server restore


@dataclass
class ServerRestoreResult:
    sumber: Path
    tujuan: str  # the server address restored into (never with its password)
    info: fb.CandidateInfo
    diperbarui_dari: str | None = None
    catatan: list[str] = field(default_factory=list)


def check_dump(path: Path, tools: pgdump.Tools | None = None) -> fb.CandidateInfo:
    """What a ``.dump`` holds, checked like a file before a restore: ``pg_restore --list`` reads
    it, it holds the ASN tables, and its schema revision (read from the archive) is one this
    version knows. Office and counts come from the sidecar written beside it."""
    from asn_desktop.db.session import head_revision, known_revisions

    path = Path(path)
    if not path.is_file():
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {path} tidak ditemukan."), path=path))
    try:
        info = pgdump.inspect_dump(path, tools or pgdump.find_tools())
    except pgdump.PgToolError as exc:
        raise ServiceError(exc.pesan) from exc
    if info.revisi is None:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas {berkas} tidak memiliki versi skema yang jelas; bukan cadangan yang utuh."), berkas=path))
    if info.revisi not in known_revisions():
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas {berkas} dibuat oleh versi aplikasi yang lebih baru atau berbeda (revisi skema {revisi}). "
            "Perbarui ASN Kinerja Desktop sebelum memulihkan berkas ini."), berkas=path, revisi=info.revisi))
    f = info.fakta
    waktu = None
    if f.get("perubahan_terakhir"):
        try:
            waktu = datetime.fromisoformat(str(f["perubahan_terakhir"]))
        except ValueError:
            waktu = None
    cand = fb.CandidateInfo(
        path=path, revisi=info.revisi, revisi_terbaru=info.revisi == head_revision(), ukuran=info.ukuran,
        jumlah_pegawai=int(f.get("jumlah_pegawai") or 0), jumlah_pengguna=int(f.get("jumlah_pengguna") or 0),
        nama_kantor=str(f.get("nama_kantor") or ""), perubahan_terakhir=waktu,
    )
    if not cand.revisi_terbaru:
        cand.catatan.append(Teks(Msg(fb.SKEMA_LEBIH_LAMA)))
    if "jumlah_pegawai" not in f:
        cand.catatan.append(Teks(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "Jumlah pegawai dan akun tidak diketahui (tidak ada berkas keterangan .json di samping cadangan)."))))
    return cand


def _target_engine(url: str, password: str | None) -> Any:
    """An engine on the restore target, raising ``PasswordNeeded`` as the server login does
    (the same reading of the server's answer: ``db/session.server_connect_error``)."""
    from sqlalchemy.exc import OperationalError

    from asn_desktop.db.server import make_server_engine, shown_url
    from asn_desktop.db.session import PasswordNeeded, server_connect_error

    engine = make_server_engine(url, password=password)
    try:
        pgdump.user_tables(engine)
    except OperationalError as exc:
        engine.dispose()
        err = server_connect_error(exc, shown_url(url), password)
        if isinstance(err, PasswordNeeded):
            raise err from exc
        raise ServiceError(pesan_dari(err)) from exc
    return engine


def restore_dump(actor: Actor, sumber: Path, tujuan: str, *, password: str | None = None,
                 progress: Progress | None = None) -> ServerRestoreResult:
    """Restore a ``.dump`` into the EMPTY server database ``tujuan`` (admin only).

    Order: check the archive → refuse a target that holds any table → ``pg_restore`` in one
    transaction → open the result as the app opens a server (an older schema is upgraded, a
    newer one refused) → verify the audit chain → record the restore in its audit log.
    The database in use is never touched: the operator switches to the restored one.
    """
    from sqlalchemy.engine import make_url

    from asn_desktop.db.models import Base
    from asn_desktop.db.server import shown_url, sqlalchemy_url

    if not (actor.can(Permission.BACKUP) and actor.can(Permission.SETTINGS)):
        raise PermissionDenied(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Pemulihan cadangan mengganti seluruh data (termasuk akun dan penilaian); hanya admin yang "
            "dapat melakukannya. Akun '{username}' berperan {label}."), username=actor.username,
            label=Msg(actor.role.label)))
    sumber = Path(sumber)
    shown = shown_url(tujuan)
    if progress:
        progress.step(0, 4, "Memeriksa berkas cadangan")
    engine = _target_engine(tujuan, password)
    try:
        tables = pgdump.user_tables(engine)
        if tables:
            raise ServiceError(pgdump.not_empty_message(shown, tables))
        try:
            tools = pgdump.find_tools(pgdump.server_major(engine))
        except pgdump.PgToolError as exc:
            raise ServiceError(exc.pesan) from exc
    finally:
        engine.dispose()
    info = check_dump(sumber, tools)
    info.path = sumber
    url = tujuan
    if password is not None:
        url = make_url(sqlalchemy_url(tujuan)).set(password=password).render_as_string(hide_password=False)
    if progress:
        progress.step(1, 4, "Memulihkan (pg_restore)")
    try:
        pgdump.restore(url, sumber, tools, shown=shown, tables=len(Base.metadata.tables))
    except pgdump.PgToolError as exc:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "{alasan} Pemulihan dibatalkan seluruhnya; basis data tujuan tetap kosong."),
            alasan=exc.pesan)) from exc
    if progress:
        progress.step(2, 4, "Membuka basis data hasil pemulihan")
    try:
        db2 = open_database(tujuan, password=password)
    except DatabaseError as exc:
        raise ServiceError(pesan_dari(exc)) from exc
    try:
        res = ServerRestoreResult(sumber, shown, info, db2.report.upgraded_from)
        brk = _server_chain_break(db2)
        if brk:
            res.catatan.append(fb.peringatan(brk))
        # recorded under the restorer's name: their account (or its password) may differ in the archive
        with AppContext(db2, Actor.system(actor.username)).write("cadangan.pulihkan", Permission.BACKUP) as uow:
            uow.audit(None, None, f"Basis data dipulihkan dari {sumber}", None,
                      {"sumber": str(sumber), "tujuan": shown, "revisi": info.revisi})
    finally:
        db2.dispose()
    if progress:
        progress.report(4, 4, "Selesai")
    return res
