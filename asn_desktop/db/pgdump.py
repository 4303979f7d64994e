"""Backups of an office database on a PostgreSQL server: ``pg_dump`` / ``pg_restore``.

A server database cannot be copied through SQLite's backup API, and a table-by-table copy
made by the app would be slower and less trusted than the server's own tools. So a server
backup is a ``pg_dump --format=custom`` archive (``.dump``), named, kept and rotated like
the file backups (db/backup.py), with a small JSON sidecar beside it holding what the
Cadangan list and the restore confirmation show (office, counts, last change); the schema
revision is read from the archive itself.

Rules kept here:

- the password goes to the child only through its ``PGPASSWORD`` environment: never on
  the command line (any user of the PC can read that in the process list), never on disk;
- ``pg_dump`` refuses a server newer than itself, so the tools are chosen by the server's
  major version, and a missing or too old tool is named with what to install;
- a dump is written to ``<name>.part`` and renamed only after ``pg_restore --list`` read it;
- restore goes only into an EMPTY database, in one transaction (``--single-transaction
  --exit-on-error``): a failed restore leaves the target empty, never half-filled.

No Qt, no services: the service layer (services/cadangan.py) adds permissions, folders,
rotation and the audit log.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url

from asn_desktop.domain.messages import Msg, QT_TRANSLATE_NOOP

#: extension of a server backup (the file backups are ``.db``)
SUFFIX = ".dump"
#: a backup of a regency database takes minutes; a hung server must not hold the app forever
DUMP_TIMEOUT = 3 * 3600
#: environment variable naming the folder of pg_dump/pg_restore (scripts, a portable install)
ENV_FOLDER = "ASN_PG_BIN"
#: folder chosen in the app (options.FOLDER_ALAT_PG, set by the UI at start); None = search
tools_folder: Path | None = None
#: where the PostgreSQL installers put the client tools, searched after PATH
USUAL_PLACES: list[str] = [
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/opt/homebrew/opt/libpq/bin",
    "/usr/local/opt/libpq/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    r"C:\Program Files\PostgreSQL\*\bin",
]

#: progress callback: (tables done, tables in total)
StepCallback = Callable[[int, int], None]


class PgToolError(Exception):
    """A server backup or restore that could not be done; ``pesan`` says why, in Indonesian,
    naming what to install or change. Nothing was changed (a failed dump leaves no file)."""

    def __init__(self, pesan: Msg) -> None:
        self.pesan = pesan
        self.message = str(pesan)
        super().__init__(self.message)


class ToolsMissing(PgToolError):
    """pg_dump / pg_restore not found, or too old for the server."""


class TargetNotEmpty(PgToolError):
    """A restore target that already holds tables."""


@dataclass(frozen=True)
class Tools:
    pg_dump: Path
    pg_restore: Path
    major: int


@dataclass
class DumpInfo:
    """What a ``.dump`` holds: the archive's schema revision plus the sidecar's facts."""

    path: Path
    revisi: str | None
    ukuran: int
    fakta: dict[str, Any]


# --------------------------------------------------------------------------- finding the tools


def _exe(name: str) -> str:
    return name + (".exe" if os.name == "nt" else "")


def _version_of(folder: str) -> tuple[int, ...]:
    m = re.search(r"(\d+)(?:\.(\d+))?", Path(folder).parent.name + " " + folder)
    return tuple(int(g) for g in m.groups() if g) if m else (0,)


def candidate_folders(folder: Path | str | None = None) -> list[Path]:
    """Where to look, in order: an explicit folder (only that one, so a wrong setting is
    reported rather than silently bypassed), else PATH, then the installers' usual places
    (newest version first)."""
    chosen = folder or tools_folder or os.environ.get(ENV_FOLDER) or None
    if chosen:
        return [Path(chosen)]
    out: list[Path] = []
    on_path = shutil.which(_exe("pg_dump"))
    if on_path:
        out.append(Path(on_path).parent)
    for pattern in USUAL_PLACES:
        for f in sorted(glob.glob(pattern), key=_version_of, reverse=True):
            if Path(f) not in out:
                out.append(Path(f))
    return out


def tool_major(exe: Path) -> int:
    """Major version of a PostgreSQL tool ("pg_dump (PostgreSQL) 15.18" → 15; 9.6 → 9)."""
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=30,
                         env=_child_env(None)).stdout
    m = re.search(r"\)\s*(\d+)", out) or re.search(r"(\d+)\.\d+", out)
    if not m:
        raise OSError(errno.ENOEXEC, "no version", str(exe))  # skipped by the caller: not a usable tool
    return int(m.group(1))


def missing_message(server_major: int | None) -> Msg:
    versi = str(server_major) if server_major else "15"
    return Msg.of(QT_TRANSLATE_NOOP(
        "Pesan",
        "Alat cadangan PostgreSQL (pg_dump dan pg_restore) tidak ditemukan di komputer ini. Pasang paket "
        "postgresql-client-{versi} (Debian/Ubuntu) atau komponen Command Line Tools dari penginstal "
        "PostgreSQL {versi} (Windows), atau tunjukkan foldernya di Pengaturan › Cadangan."), versi=versi)


def too_old_message(tool_major_: int, server_major: int) -> Msg:
    return Msg.of(QT_TRANSLATE_NOOP(
        "Pesan",
        "pg_dump di komputer ini versi {alat}, lebih lama dari server PostgreSQL (versi {server}); pg_dump "
        "menolak mencadangkan server yang lebih baru. Pasang paket postgresql-client-{server} (Debian/Ubuntu) "
        "atau komponen Command Line Tools dari penginstal PostgreSQL {server} (Windows)."),
        alat=tool_major_, server=server_major)


def find_tools(server_major: int | None = None, folder: Path | str | None = None) -> Tools:
    """The first pg_dump/pg_restore pair at least as new as the server (``ToolsMissing`` else)."""
    found: list[Tools] = []
    for f in candidate_folders(folder):
        dump, restore = f / _exe("pg_dump"), f / _exe("pg_restore")
        if not (dump.is_file() and restore.is_file()):
            continue
        try:
            found.append(Tools(dump, restore, tool_major(dump)))
        except (OSError, subprocess.SubprocessError):
            continue
    if not found:
        raise ToolsMissing(missing_message(server_major))
    if server_major is None:
        return found[0]
    for t in found:
        if t.major >= server_major:
            return t
    raise ToolsMissing(too_old_message(max(t.major for t in found), server_major))


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT current_setting('server_version_num')::int")).scalar_one()) // 10000


# --------------------------------------------------------------------------- the command line


def libpq_target(url: str) -> tuple[str, str | None]:
    """``url`` as a libpq connection URI without the password, and the password apart."""
    from asn_desktop.db.server import sqlalchemy_url

    u = make_url(sqlalchemy_url(url))
    clean = URL.create("postgresql", username=u.username, host=u.host, port=u.port, database=u.database,
                       query=u.query)
    return clean.render_as_string(hide_password=False), u.password


def backup_stem(url: str) -> str:
    """Name part of a server database's backups: the database's name (two servers' dumps in one
    chosen folder keep apart by it; rotation works per name)."""
    from urllib.parse import urlsplit

    from asn_desktop.db.server import shown_url

    return re.sub(r"[^A-Za-z0-9_.]+", "_", urlsplit(shown_url(url)).path.strip("/")).strip("._") or "server"


def _child_env(password: str | None) -> dict[str, str]:
    env = dict(os.environ)  # a PGPASSWORD / PGPASSFILE the operator set for a script still works
    if password:
        env["PGPASSWORD"] = password  # the child's environment only: never argv, never a file
    env["PGCONNECT_TIMEOUT"] = "15"
    env["LC_MESSAGES"] = "C"  # messages parsed below are the tools' English ones
    env["LANG"] = "C"
    return env


def dump_command(tools: Tools, url: str, dest: Path) -> tuple[list[str], dict[str, str]]:
    """argv and environment of the pg_dump that writes ``dest`` (tests inspect both)."""
    conninfo, password = libpq_target(url)
    argv = [str(tools.pg_dump), "--format=custom", "--verbose", f"--file={dest}", f"--dbname={conninfo}"]
    return argv, _child_env(password)


def restore_command(tools: Tools, url: str, src: Path) -> tuple[list[str], dict[str, str]]:
    conninfo, password = libpq_target(url)
    argv = [str(tools.pg_restore), "--no-owner", "--single-transaction", "--exit-on-error", "--verbose",
            f"--dbname={conninfo}", str(src)]
    return argv, _child_env(password)


def _classify(tool: str, err: str, rc: int, where: Path | None, shown: str) -> Msg:
    low = err.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "{alat}: server {server} menolak login (kata sandi salah atau tidak diberikan)."),
            alat=tool, server=shown)
    m = re.search(r"server version: (\d+)[^;]*; \S+ version: (\d+)", err)
    if "version mismatch" in low and m:
        return too_old_message(int(m.group(2)), int(m.group(1)))
    if "unsupported version" in low and "file header" in low:
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas cadangan {berkas} dibuat oleh pg_dump yang lebih baru dari pg_restore di komputer "
            "ini. Pasang alat klien PostgreSQL versi terbaru (paket postgresql-client, atau komponen Command "
            "Line Tools di Windows)."), berkas=where or "")
    if "no space left" in low or "disk full" in low:
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Ruang penyimpanan di {folder} tidak cukup untuk cadangan. Kosongkan ruang atau pilih "
            "folder lain."), folder=where.parent if where else "")
    if "could not connect" in low or "connection to server" in low:
        first = next((ln for ln in err.splitlines() if "connection" in ln.lower()), err.strip()[:200])
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "{alat}: server {server} tidak dapat dihubungi ({alasan}). Periksa alamat, bahwa server "
            "menyala, dan pg_hba.conf."), alat=tool, server=shown, alasan=first.strip()[:200])
    if "input file does not appear to be a valid archive" in low or "input file is too short" in low:
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas {berkas} bukan arsip pg_dump (format custom); bukan cadangan server ASN Kinerja "
            "Desktop."), berkas=where or "")
    lines = [ln for ln in err.strip().splitlines() if "error" in ln.lower()] or err.strip().splitlines()
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alat} gagal (kode {kode}): {pesan}"),
                  alat=tool, kode=rc, pesan=" / ".join(lines[-3:])[:400])


def _run(argv: list[str], env: dict[str, str], *, timeout: float, cancelled: Callable[[], bool] | None,
         on_line: Callable[[str], None] | None, where: Path | None, shown: str) -> str:
    """Run a tool, reading its stderr as it goes; returns stdout. Raises ``PgToolError``
    (with the tool's reason), ``TimeoutError`` or ``Cancelled`` (after stopping the child)."""
    from asn_desktop.domain.progress import Cancelled

    tool = Path(argv[0]).stem
    try:
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ToolsMissing(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alat} tidak dapat dijalankan: {alasan}"),
                                  alat=argv[0], alasan=exc)) from exc
    err: list[str] = []
    out: list[str] = []

    def read_err() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            err.append(line)
            if on_line is not None:
                try:
                    on_line(line)
                except Exception:  # noqa: BLE001 - the pipe must be drained whatever the callback does
                    pass

    def read_out() -> None:
        assert proc.stdout is not None
        out.append(proc.stdout.read())

    readers = [threading.Thread(target=read_err, daemon=True), threading.Thread(target=read_out, daemon=True)]
    for r in readers:
        r.start()
    deadline = time.monotonic() + timeout
    stop: BaseException | None = None
    while True:
        try:
            proc.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            pass
        if cancelled is not None and cancelled():
            stop = Cancelled()
        elif time.monotonic() > deadline:
            stop = PgToolError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{alat} tidak selesai dalam {menit} menit dan dihentikan; tidak ada yang diubah. Periksa "
                "jaringan ke server {server}."), alat=tool, menit=int(timeout // 60), server=shown))
        if stop is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            break
    for r in readers:
        r.join(timeout=5)
    if stop is not None:
        raise stop
    if proc.returncode != 0:
        raise PgToolError(_classify(tool, "".join(err), proc.returncode, where, shown))
    return "".join(out)


# --------------------------------------------------------------------------- dump / check / restore


def dump(url: str, dest: Path, tools: Tools, *, shown: str = "", tables: int = 0,
         on_step: StepCallback | None = None, cancelled: Callable[[], bool] | None = None,
         timeout: float = DUMP_TIMEOUT) -> Path:
    """``pg_dump --format=custom`` of ``url`` to ``dest`` (via ``dest.part``, read back with
    ``pg_restore --list`` before the rename); returns ``dest``."""
    from asn_desktop.db.backup import write_part
    from asn_desktop.paths import create_private_file

    part = dest.with_name(dest.name + ".part")
    done = [0]

    def line(s: str) -> None:
        if "dumping contents of table" in s and on_step is not None:
            done[0] += 1
            on_step(min(done[0], max(tables, 1)), max(tables, 1))

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        create_private_file(part)  # owner-only: the dump holds every rating and password hash
    except OSError as exc:
        raise PgToolError(_disk_msg(exc, dest.parent)) from exc
    argv, env = dump_command(tools, url, part)

    def fill(part: Path) -> None:
        _run(argv, env, timeout=timeout, cancelled=cancelled, on_line=line, where=dest, shown=shown)
        list_archive(part, tools)

    return write_part(part, dest, fill)


def _disk_msg(exc: OSError, where: Path) -> Msg:
    if getattr(exc, "errno", None) == 28:
        return Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Ruang penyimpanan di {folder} tidak cukup untuk cadangan. Kosongkan ruang atau pilih "
            "folder lain."), folder=where)
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Folder {folder} tidak dapat ditulisi ({alasan}). Pilih folder lain."),
                  folder=where, alasan=exc)


def list_archive(path: Path, tools: Tools) -> list[str]:
    """The archive's table of contents (``pg_restore --list``); ``PgToolError`` when it is not one."""
    out = _run([str(tools.pg_restore), "--list", str(path)], _child_env(None), timeout=600, cancelled=None,
               on_line=None, where=path, shown="")
    return [ln for ln in out.splitlines() if ln and not ln.startswith(";")]


def _copy_rows(path: Path, tools: Tools, table: str) -> list[list[str | None]]:
    """The rows of one table as the archive holds them (COPY text format, unescaped)."""
    out = _run([str(tools.pg_restore), "--data-only", f"--table={table}", "--file=-", str(path)],
               _child_env(None), timeout=600, cancelled=None, on_line=None, where=path, shown="")
    rows: list[list[str | None]] = []
    inside = False
    for ln in out.splitlines():
        if ln.startswith("COPY "):
            inside = True
            continue
        if inside:
            if ln == "\\.":
                break
            rows.append([None if v == "\\N" else _unescape(v) for v in ln.split("\t")])
    return rows


def _unescape(v: str) -> str:
    table = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}
    return re.sub(r"\\(.)", lambda m: table.get(m.group(1), m.group(1)), v)


def sidecar(path: Path) -> Path:
    return Path(str(path) + ".json")


def read_sidecar(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_sidecar(path: Path, facts: dict[str, Any]) -> None:
    from asn_desktop import fileio

    fileio.write_text_atomic(sidecar(path), json.dumps(facts, ensure_ascii=False, indent=1, default=str))


def inspect_dump(path: Path, tools: Tools) -> DumpInfo:
    """Read a ``.dump``: its table of contents must list the ASN tables, and its schema revision
    is read from the archive's ``alembic_version`` rows; the rest comes from the sidecar (if any)."""
    toc = list_archive(path, tools)
    names = {m.group(1) for ln in toc if (m := re.search(r"TABLE DATA \S+ (\w+) ", ln))}
    if not {"alembic_version", "pegawai", "audit_log", "setting"} <= names:
        raise PgToolError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas {berkas} adalah arsip pg_dump, tetapi bukan cadangan basis data ASN Kinerja Desktop "
            "(tabel pegawai/audit_log tidak ada)."), berkas=path))
    revs = [r[0] for r in _copy_rows(path, tools, "alembic_version") if r and r[0]]
    fakta = read_sidecar(path)
    if "nama_kantor" not in fakta:  # no sidecar (a dump made by the server's own cron job)
        for r in _copy_rows(path, tools, "setting"):
            if len(r) >= 2 and r[0] == "office" and r[1]:
                try:
                    fakta["nama_kantor"] = str(json.loads(r[1]).get("nama_kantor") or "")
                except (ValueError, AttributeError):
                    pass
    return DumpInfo(path, revs[0] if len(revs) == 1 else None, path.stat().st_size, fakta)


def office_facts(engine: Engine) -> dict[str, Any]:
    """What the sidecar of a new dump records, read from the live database just before it."""
    with engine.connect() as conn:
        office = conn.execute(text("SELECT value FROM setting WHERE key = 'office'")).scalar()
        nama = ""
        if office:
            try:
                nama = str((office if isinstance(office, dict) else json.loads(office)).get("nama_kantor") or "")
            except (ValueError, AttributeError):
                nama = ""
        last = conn.execute(text("SELECT max(waktu) FROM audit_log")).scalar()
        return {
            "revisi": conn.execute(text("SELECT version_num FROM alembic_version")).scalar(),
            "nama_kantor": nama,
            "jumlah_pegawai": int(conn.execute(text("SELECT count(*) FROM pegawai")).scalar_one()),
            "jumlah_pengguna": int(conn.execute(text("SELECT count(*) FROM pengguna")).scalar_one()),
            "perubahan_terakhir": last.isoformat() if isinstance(last, datetime) else last,
            "audit_tertinggi": audit_high_water(engine),
        }


def audit_high_water(engine: Engine) -> int:
    """As db/backup.audit_high_water for a file: the newest audit row that is not a backup or a login."""
    with engine.connect() as conn:
        v = conn.execute(text("SELECT max(id) FROM audit_log WHERE aksi NOT LIKE 'cadangan.%' "
                              "AND aksi <> 'akun.login'")).scalar()
    return int(v or 0)


def user_tables(engine: Engine) -> list[str]:
    """Tables in the target's schemas (besides the system ones): non-empty means 'not empty'."""
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') "
            "ORDER BY tablename"))]


def not_empty_message(shown: str, tables: list[str]) -> Msg:
    from urllib.parse import urlsplit

    nama = urlsplit(shown).path.strip("/") or "kinerja"
    return Msg.of(QT_TRANSLATE_NOOP(
        "Pesan", "Basis data tujuan {server} tidak kosong (berisi tabel {tabel}); pemulihan hanya ke basis data "
        "kosong agar tidak ada data yang tertimpa. Buat basis data baru yang kosong, mis. dengan "
        "`createdb -O asn {nama}_pulih` atau di psql `CREATE DATABASE {nama}_pulih OWNER asn;`, lalu pilih "
        "alamatnya sebagai tujuan."), server=shown, tabel=", ".join(tables[:5]), nama=nama)


def restore(url: str, src: Path, tools: Tools, *, shown: str = "", tables: int = 0,
            on_step: StepCallback | None = None, timeout: float = DUMP_TIMEOUT) -> None:
    """``pg_restore`` of ``src`` into the (checked empty) database at ``url``, in one transaction."""
    done = [0]

    def line(s: str) -> None:
        if "processing data for table" in s and on_step is not None:
            done[0] += 1
            on_step(min(done[0], max(tables, 1)), max(tables, 1))

    argv, env = restore_command(tools, url, src)
    _run(argv, env, timeout=timeout, cancelled=None, on_line=line, where=src, shown=shown)
