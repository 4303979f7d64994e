"""File-level backup, check and restore of the office database.

Everything goes through SQLite's online backup API, never a plain file copy
of a live database: the API copies a consistent snapshot while other windows
keep working, and writing *into* a database through it is one transaction,
so a restore killed half-way leaves the old database intact.

- ``backup_database``: snapshot to ``<dest>.part``, switch it to a
  self-contained rollback-journal file, ``quick_check`` it, fsync, rename.
- ``check_candidate``: everything a file must pass before it may replace the
  office database (SQLite header, ``integrity_check``, an ASN schema whose
  Alembic revision this version knows).
- ``restore_into``: copy a checked file into the live database path.
- ``rotate``: keep 7 daily + 4 weekly automatic backups (manual ones stay).
- ``stamp_audit``: one sealed audit row written into a file nobody has open (the
  restore's record, written into the checked copy before it replaces the database).

No Qt, no services: the service layer (services/cadangan.py) adds
permissions, settings and the audit log.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from asn_desktop.db.session import (
    BUSY_TIMEOUT_MS,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseTooNew,
    NotAnAsnDatabase,
    head_revision,
    known_revisions,
)
from asn_desktop.db.peek import connect_ro, lock_path  # noqa: F401 - lock_path re-exported
from asn_desktop import fileio
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.paths import create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables any ASN Kinerja Desktop database has since the first revision.
CORE_TABLES = frozenset({"alembic_version", "pegawai", "unit_kerja", "setting", "pengguna", "audit_log", "skp"})
#: ``<stem>-YYYYMMDD-HHMMSS-<alasan>.db`` — also the name db/session.default_backup writes.
BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<alasan>[a-z0-9-]+)(?P<ext>\.db|\.dump)$"
)
#: Reasons never deleted by rotation: the operator made them on purpose.
KEEP_ALWAYS = frozenset({"manual", "rusak-sebelum-pulihkan"})

PageCallback = Callable[[int, int], None]


class BackupError(DatabaseError):
    """A backup or restore that could not be done; the database is unchanged."""


@dataclass
class BackupFile:
    """A backup file found in a folder, parsed from its name."""

    path: Path
    waktu: datetime
    alasan: str
    ukuran: int


@dataclass
class CandidateInfo:
    """What a checked file contains, shown before the operator confirms a restore."""

    path: Path
    revisi: str
    revisi_terbaru: bool  # False: older schema, upgraded after the restore
    ukuran: int
    jumlah_pegawai: int
    jumlah_pengguna: int
    nama_kantor: str
    perubahan_terakhir: datetime | None
    catatan: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- names


def backup_name(stem: str, alasan: str, when: datetime | None = None, suffix: str = ".db") -> str:
    """File name of a new backup; ``alasan`` is lowercase words joined by '-'; ``suffix``
    ".dump" for a server's pg_dump archive (db/pgdump.py)."""
    when = when or datetime.now()
    slug = re.sub(r"[^a-z0-9]+", "-", alasan.lower()).strip("-") or "cadangan"
    return f"{stem}-{when:%Y%m%d-%H%M%S}-{slug}{suffix}"


def parse_backup_name(path: Path) -> BackupFile | None:
    m = BACKUP_NAME.match(path.name)
    if not m:
        return None
    try:
        waktu = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        ukuran = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, waktu, m["alasan"], ukuran)


def list_backups(folder: Path, stem: str | None = None, suffix: str = ".db") -> list[BackupFile]:
    """Backups in ``folder`` (newest first); ``stem`` limits to one database's backups."""
    if not folder.is_dir():
        return []
    out: list[BackupFile] = []
    for p in folder.glob(f"*{suffix}"):
        b = parse_backup_name(p)
        if b is None:
            continue
        m = BACKUP_NAME.match(p.name)
        if stem is not None and m is not None and m["stem"] != stem:
            continue
        out.append(b)
    out.sort(key=lambda b: (b.waktu, b.path.name), reverse=True)
    return out


def _unique(dest: Path) -> Path:
    """Two backups in the same second (exit right after a manual backup) must not overwrite."""
    if not dest.exists():
        return dest
    m = BACKUP_NAME.match(dest.name)
    for n in range(2, 1000):
        if m:
            cand = dest.with_name(f"{m['stem']}-{m['stamp']}-{n}-{m['alasan']}{m['ext']}")
        else:
            cand = dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        if not cand.exists():
            return cand
    raise BackupError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Terlalu banyak cadangan dengan nama {name}."), name=dest.name))


# --------------------------------------------------------------------------- backup


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_part(part: Path, dest: Path, fill: Callable[[Path], object]) -> Path:
    """How every backup, raw copy and server dump reaches its name: ``fill(part)``, fsync, rename
    onto ``dest``, fsync the folder. A failure of any kind removes ``part`` (a crash or a pulled
    USB stick never leaves a half file under a backup's name) and is raised as it came."""
    try:
        fill(part)
        _fsync_file(part)
        fileio.replace_file(part, dest)  # waits out an antivirus scan of the new file (Windows)
        _fsync_dir(dest.parent)
    except BaseException:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    return dest


def _disk_message(exc: BaseException, where: Path) -> str:
    text = str(exc)
    if "full" in text.lower() or getattr(exc, "errno", None) == 28:
        return f"Ruang penyimpanan di {where} tidak cukup untuk cadangan. Kosongkan ruang atau pilih folder lain."
    if isinstance(exc, PermissionError) or "readonly" in text.lower() or "read-only" in text.lower():
        return f"Folder {where} tidak dapat ditulisi (hanya-baca atau tanpa izin). Pilih folder lain."
    return f"Cadangan ke {where} gagal: {text}"


def backup_database(
    src: Path, dest: Path, *, on_pages: PageCallback | None = None, verify: bool = True
) -> Path:
    """Consistent snapshot of ``src`` at ``dest`` (or a free variant of it); returns the path.

    Written to ``dest.part`` first and renamed only when complete and checked,
    so a crash or a pulled USB stick never leaves a half backup under a real name.
    """
    src, dest = Path(src), Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(_disk_message(exc, dest.parent)) from exc
    dest = _unique(dest)
    part = dest.with_name(dest.name + ".part")

    def fill(part: Path) -> None:
        part.unlink(missing_ok=True)
        create_private_file(part)  # owner-only before a single page is copied into it
        s = sqlite3.connect(str(src), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            d = sqlite3.connect(str(part))
            try:

                def step(_status: int, remaining: int, total: int) -> None:
                    if on_pages is not None:
                        on_pages(total - remaining, total)

                s.backup(d, pages=2048, progress=step)
                # a backup is a single self-contained file (no -wal beside it on the stick)
                d.execute("PRAGMA journal_mode=DELETE")
                if verify:
                    rows = [r[0] for r in d.execute("PRAGMA quick_check").fetchall()]
                    if rows != ["ok"]:
                        raise BackupError(Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan",
                            "Cadangan yang baru dibuat tidak lolos pemeriksaan ({masalah}). Jalankan pemeriksaan "
                            "integritas basis data."), masalah="; ".join(rows[:3])))
            finally:
                d.close()
        finally:
            s.close()

    try:
        return write_part(part, dest, fill)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_disk_message(exc, dest.parent)) from exc


# --------------------------------------------------------------------------- checks


def integrity_problems(path: Path, *, full: bool = True) -> list[str]:
    """``PRAGMA integrity_check`` (or ``quick_check``) of a file, read-only; [] when fine."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = connect_ro(path)
        try:
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(path: Path, limit: int = 5) -> list[str]:
    """Rows pointing at rows that do not exist (a warning: SQLite itself is intact)."""
    try:
        con = connect_ro(path)
        try:
            rows = con.execute("PRAGMA foreign_key_check").fetchmany(limit)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "tabel {tabel} baris {baris} merujuk {induk} yang tidak ada"),
                        tabel=r[0], baris=r[1], induk=r[2])) for r in rows]


#: The note of a file whose schema the restore upgrades (a .db file or a server dump).
SKEMA_LEBIH_LAMA = QT_TRANSLATE_NOOP("Pesan", "Skema berkas lebih lama; akan diperbarui otomatis setelah dipulihkan.")


def peringatan(isi: str) -> str:
    """"Peringatan: …" before a note, as a text the UI shows translated (``Teks``)."""
    pesan = getattr(isi, "pesan", None)
    return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Peringatan: {isi}"),
                       isi=pesan if isinstance(pesan, Msg) else Msg(str(isi))))


def check_candidate(path: Path) -> CandidateInfo:
    """Everything a file must pass before it may replace the office database.

    Raises ``NotAnAsnDatabase``, ``DatabaseCorrupt`` or ``DatabaseTooNew`` with a
    message naming the file and what is wrong; never modifies the file.
    """
    path = Path(path)
    if not path.is_file():
        raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} tidak ditemukan."), berkas=path))
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    if size >= 16 and head != SQLITE_HEADER:
        raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} bukan basis data SQLite (ASN Kinerja Desktop)."), berkas=path))
    if size < 512:
        raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} kosong atau terpotong ({size} byte); bukan cadangan yang utuh."), berkas=path, size=size))
    problems = integrity_problems(path, full=True)
    if problems:
        raise DatabaseCorrupt(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas {berkas} rusak dan tidak dapat dipakai untuk pemulihan: {masalah}"),
            berkas=path, masalah="; ".join(problems[:3])))
    try:
        con = connect_ro(path)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = CORE_TABLES - tables
            if missing:
                raise NotAnAsnDatabase(
                    Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan",
                            "Berkas {berkas} bukan basis data ASN Kinerja Desktop (tabel tidak "
                            "ada: {nilai})."), berkas=path, nilai=', '.join(sorted(missing)))
                )
            revs = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
            pegawai = con.execute("SELECT count(*) FROM pegawai").fetchone()[0]
            pengguna = con.execute("SELECT count(*) FROM pengguna").fetchone()[0]
            office = con.execute("SELECT value FROM setting WHERE key='office'").fetchone()
            last = con.execute("SELECT max(waktu) FROM audit_log").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} tidak dapat dibaca: {exc}"), berkas=path, exc=exc)) from exc
    if len(revs) != 1:
        raise NotAnAsnDatabase(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {berkas} tidak memiliki versi skema yang jelas ({jumlah} revisi)."), berkas=path, jumlah=len(revs)))
    rev = revs[0]
    if rev not in known_revisions():
        raise DatabaseTooNew(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas {berkas} dibuat oleh versi aplikasi yang lebih baru atau berbeda "
                    "(revisi skema {rev}). Perbarui ASN Kinerja Desktop sebelum memulihkan "
                    "berkas ini."), berkas=path, rev=rev)
        )
    nama = ""
    if office and office[0]:
        try:
            nama = str(json.loads(office[0]).get("nama_kantor") or "")
        except (ValueError, AttributeError):
            nama = ""
    waktu = None
    if last:
        try:
            waktu = datetime.fromisoformat(str(last))
        except ValueError:
            waktu = None
    info = CandidateInfo(
        path=path, revisi=rev, revisi_terbaru=rev == head_revision(), ukuran=size,
        jumlah_pegawai=int(pegawai), jumlah_pengguna=int(pengguna), nama_kantor=nama,
        perubahan_terakhir=waktu,
    )
    if not info.revisi_terbaru:
        info.catatan.append(Teks(Msg(SKEMA_LEBIH_LAMA)))
    for fk in foreign_key_problems(path):
        info.catatan.append(peringatan(fk))
    from asn_desktop.db.audit_chain import verify_file

    try:
        brk = verify_file(path)
    except sqlite3.DatabaseError:
        brk = None
    if brk is not None:  # restorable, but the admin should know before choosing it
        info.catatan.append(peringatan(brk.message))
    return info


def audit_high_water(path: Path) -> int | None:
    """Highest audit_log id in a database file (every write audits): a cheap 'changed?' mark.

    Rows about backups themselves and logins do not count: a manual backup
    followed by closing the app, or a session that only looked at data, must
    not make another copy of an unchanged database.
    """
    try:
        con = connect_ro(path)
        try:
            row = con.execute("SELECT max(id) FROM audit_log WHERE aksi NOT LIKE 'cadangan.%' AND aksi != 'akun.login'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row and row[0] is not None else 0


# --------------------------------------------------------------------------- restore


def stage_copy(candidate: Path, work_dir: Path) -> Path:
    """Private copy of a candidate (and its -wal, if any) next to the database.

    The copy is what gets checked *and* restored, so the file cannot change
    between check and use, and a USB stick can be pulled right after.
    """
    work_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="pulihkan-", suffix=".db", dir=work_dir)
    os.close(fd)
    staged = Path(name)
    try:
        shutil.copyfile(candidate, staged)
        wal = Path(str(candidate) + "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            shutil.copyfile(wal, Path(str(staged) + "-wal"))
            con = sqlite3.connect(str(staged))  # folds the WAL into the copy
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode=DELETE")
            finally:
                con.close()
    except (OSError, sqlite3.Error) as exc:
        discard(staged)
        raise BackupError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas {candidate} tidak dapat disalin untuk diperiksa: {exc}"), candidate=candidate, exc=exc)) from exc
    return staged


def discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def restore_into(target: Path, source: Path, *, on_pages: PageCallback | None = None) -> None:
    """Replace the content of ``target`` with ``source`` in one SQLite transaction.

    Through the backup API the destination is written under its own lock and
    journal: killed half-way, SQLite rolls the destination back to what it was.
    Other connections to ``target`` (a second window) see the new content on
    their next transaction.
    """
    try:
        s = connect_ro(source)
        try:
            d = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                d.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

                def step(_status: int, remaining: int, total: int) -> None:
                    if on_pages is not None:
                        on_pages(total - remaining, total)

                s.backup(d, pages=0, progress=step)  # one step: one transaction on the target
                d.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                d.close()
        finally:
            s.close()
    except sqlite3.Error as exc:
        raise BackupError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Pemulihan ke {target} gagal ({exc}); basis data tidak diubah. Tutup jendela "
                    "lain yang membuka basis data ini, lalu coba lagi."), target=target, exc=exc)
        ) from exc


def replace_file(target: Path, source: Path) -> None:
    """Last resort for a target SQLite cannot write into (damaged header): atomic file swap.

    Only safe when no process has ``target`` open; the caller saved it first.
    """
    tmp = Path(str(target) + ".pulihkan")
    create_private_file(tmp)  # the office database stays owner-only after the swap
    shutil.copyfile(source, tmp)
    _fsync_file(tmp)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    fileio.replace_file(tmp, target)  # a clear message when another program holds the database
    _fsync_dir(target.parent)


def copy_raw(src: Path, dest: Path) -> Path:
    """Byte copy of a file SQLite cannot read any more, made like every backup: owner-only
    ``dest.part`` → fsync → rename, so a kill never leaves a half copy under a backup's name."""
    part = dest.with_name(dest.name + ".part")

    def fill(part: Path) -> None:
        part.unlink(missing_ok=True)
        create_private_file(part)
        shutil.copyfile(src, part)

    return write_part(part, dest, fill)


# --------------------------------------------------------------------------- open elsewhere?


def lock_holder(db_path: Path) -> str | None:
    """Who holds the GUI lock of ``db_path`` ("PID 123 di PC-KANTOR"), or None.

    Reads Qt's QLockFile format (pid, app name, host) without Qt; a lock left
    by a crashed process on this machine is ignored.
    """
    import socket

    p = lock_path(db_path)
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host in ("", socket.gethostname()) and not pid_alive(pid):
        return None
    return f"PID {pid}" + (f" di {host}" if host else "")


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer (when unsure: yes, so a lock is respected).

    ``os.kill(pid, 0)`` is a liveness probe on POSIX only: on Windows signal 0 is CTRL_C_EVENT and
    any other number terminates the process, so Windows asks the kernel for the process instead.
    """
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # exists, under another account
        return True
    try:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(ctypes.get_last_error() == 5)  # ERROR_ACCESS_DENIED: exists, another account
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except (AttributeError, OSError):
        return True


# --------------------------------------------------------------------------- rotation


def rotate(
    folder: Path,
    stem: str,
    *,
    daily: int = 7,
    weekly: int = 4,
    now: datetime | None = None,
    suffix: str = ".db",
) -> list[Path]:
    """Delete old automatic backups of ``stem`` in ``folder``; returns what was deleted.

    Kept: everything from the last 24 hours (a pre-import copy stays at hand
    the day of the import), the newest backup of each of the ``daily`` most
    recent days, the newest of each of the ``weekly`` most recent ISO weeks
    before those, and every manual backup.
    """
    now = now or datetime.now()
    files = list_backups(folder, stem, suffix)
    keep: set[Path] = set()
    by_day: dict[object, BackupFile] = {}
    for b in files:  # newest first
        if b.alasan in KEEP_ALWAYS or now - b.waktu < timedelta(hours=24):
            keep.add(b.path)
        by_day.setdefault(b.waktu.date(), b)
    days = sorted(by_day, reverse=True)[:daily]
    keep.update(by_day[d].path for d in days)
    oldest_daily = min(days) if days else None
    by_week: dict[tuple[int, int], BackupFile] = {}
    for b in files:
        if oldest_daily is not None and b.waktu.date() >= oldest_daily:
            continue
        iso = b.waktu.isocalendar()
        by_week.setdefault((iso[0], iso[1]), b)
    for wk in sorted(by_week, reverse=True)[:weekly]:
        keep.add(by_week[wk].path)
    deleted: list[Path] = []
    for b in files:
        if b.path not in keep:
            try:
                b.path.unlink()
                deleted.append(b.path)
                Path(str(b.path) + ".json").unlink(missing_ok=True)  # a server dump's sidecar
            except OSError:
                pass
    for stale in folder.glob(f"{stem}-*{suffix}.part"):  # left by a crash during a backup
        try:
            if now.timestamp() - stale.stat().st_mtime > 3600:  # not another window's backup in progress
                stale.unlink()
        except OSError:
            pass
    return deleted


# SQLAlchemy's SQLite DateTime text format: a row written here must match it, or
# same-second rows sort wrongly ("…:10" < "…:10.000000" as text).
_SQLA_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def stamp_audit(path: Path, aksi: str, user_id: int | None, username: str | None, ringkasan: str,
                sesudah: dict[str, object]) -> None:
    """Add one audit row to the database file ``path`` (not open elsewhere) in its own
    transaction, sealed into the hash chain when the file has one (an older file gets
    its chain from the upgrade that follows). Raises ``BackupError``."""
    from asn_desktop.db import audit_chain

    con = sqlite3.connect(str(path))
    try:
        con.execute(
            "INSERT INTO audit_log (waktu, user_id, username, aksi, entitas, entitas_id, ringkasan, sebelum, sesudah) "
            "VALUES (?, ?, ?, ?, NULL, NULL, ?, NULL, ?)",
            (datetime.now().replace(microsecond=0).strftime(_SQLA_DATETIME), user_id, username, aksi, ringkasan,
             json.dumps(sesudah)),
        )
        cur = con.cursor()
        if audit_chain.has_chain(cur):
            audit_chain.seal(cur)
        con.commit()
    except sqlite3.Error as exc:
        raise BackupError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas cadangan tidak dapat disiapkan untuk pemulihan: {exc}"), exc=exc)) from exc
    finally:
        con.close()
