"""Command line: ``asn-desktop`` starts the GUI; subcommands run headless jobs.

Exit codes (all commands): 0 success; 1 the operation was refused or failed
(message on stderr, database unchanged); 2 wrong usage; 3 the database could
not be opened (corrupt, newer version, not an ASN database). Commands that
report rows (imports) document further codes in their own help.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from asn_desktop import APP_NAME, __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3

Handler = Callable[[argparse.Namespace], int]


def _db_path(args: argparse.Namespace) -> Path | str:
    """The SQLite file, or the PostgreSQL address (a str) a server database is opened by."""
    from asn_desktop.db.peek import database_path
    from asn_desktop.db.server import is_server_url
    from asn_desktop.paths import default_db_path

    if not getattr(args, "db", None):
        return default_db_path()
    return str(args.db).strip() if is_server_url(args.db) else database_path(args.db)


class UsageProblem(Exception):
    """Wrong or missing options found after parsing (exit code 2)."""


#: audit name of CLI work on a database without accounts (never taken from $USER: anyone can set it)
CLI_ACTOR = "cli"


def add_login_options(p: argparse.ArgumentParser, *, password_stdin: bool = True) -> None:
    """``--user NAME`` (+ ``--password-stdin``) for a command that changes accounts or data
    or exports confidential results: one mechanism for every such command."""
    p.add_argument("--user", dest="login_user", metavar="NAMA",
                   help="akun yang menjalankan perintah; kata sandinya ditanyakan (atau --password-stdin). "
                        "Wajib bila basis data sudah memiliki akun")
    if password_stdin:
        p.add_argument("--password-stdin", action="store_true",
                       help="baca kata sandi akun --user dari baris pertama stdin (untuk skrip)")


def _login_password(args: argparse.Namespace, username: str) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageProblem("Tidak ada terminal untuk menanyakan kata sandi; pakai --password-stdin.")
    import getpass

    return getpass.getpass(f"Kata sandi {username}: ")


def authenticate(ctx: Any, args: argparse.Namespace) -> Any:
    """The context to run a protected command as: the account named by ``--user`` after
    its password (a normal login: audited, counts towards the lockout); on a database
    without any account yet (new, demo) the CLI itself, so demo scripts need no login."""
    from asn_desktop.services import akun
    from asn_desktop.services.context import Actor

    if not akun.ada_akun(ctx):
        return ctx.as_actor(Actor.system(CLI_ACTOR))
    username = getattr(args, "login_user", None)
    if not username:
        raise UsageProblem(
            "Basis data ini memiliki akun pengguna: perintah ini perlu masuk dengan --user NAMA "
            "(kata sandi ditanyakan, atau dari stdin dengan --password-stdin)."
        )
    actor = akun.login(ctx, username, _login_password(args, username))
    return ctx.as_actor(actor)


def _open_asking_password(target: Path | str, opener: Callable[..., Any] | None = None) -> Any:
    """``open_database`` (or ``opener``); a server that wants a password gets it from the
    terminal (three tries)."""
    import getpass

    from asn_desktop.db.session import PasswordNeeded, open_database

    opener = opener or open_database
    password: str | None = None
    for _ in range(3):
        try:
            return opener(target, password=password)
        except PasswordNeeded as exc:
            if not sys.stdin.isatty():
                raise PasswordNeeded(exc.message + " Isi PGPASSWORD atau berkas pgpass untuk perintah tanpa "
                                     "terminal.") from exc
            print(exc.message, file=sys.stderr)
            password = getpass.getpass("Kata sandi server basis data: ")
    return opener(target, password=password)


def open_context(args: argparse.Namespace, *, login: bool = False) -> Any:
    """Open the database named by ``--db`` (or the default). ``login``: the command changes
    accounts or data or exports confidential results, so it runs as the authenticated
    ``--user`` (see :func:`authenticate`); otherwise as the CLI itself."""
    from asn_desktop.services.context import Actor, AppContext

    db = _open_asking_password(_db_path(args))
    if db.report.upgraded_from:
        print(
            f"Basis data diperbarui dari revisi {db.report.upgraded_from}; cadangan: {db.report.backup_path}",
            file=sys.stderr,
        )
    ctx = AppContext(db, Actor.system(CLI_ACTOR))
    if not login:
        return ctx
    try:
        return authenticate(ctx, args)
    except BaseException:
        db.dispose()
        raise


# --------------------------------------------------------------------------- commands


def cmd_gui(args: argparse.Namespace) -> int:
    from asn_desktop.ui.app import run_gui

    return run_gui(_db_path(args), lang=getattr(args, "lang", None), explicit=bool(getattr(args, "db", None)))


def cmd_demo(args: argparse.Namespace) -> int:
    from asn_desktop.domain.progress import Progress
    from asn_desktop.services.demo import build_demo

    ctx = open_context(args, login=True)
    try:
        last = [-1]

        def show(done: int, total: int, msg: str) -> None:
            pct = int(done * 100 / total) if total else 100
            if pct != last[0] and sys.stderr.isatty():
                print(f"\r{msg}: {pct}%   ", end="", file=sys.stderr)
                last[0] = pct

        res = build_demo(ctx, args.pegawai, tahun=args.tahun, progress=Progress(show))
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        ctx.db.dispose()
    print(
        f"Data demo dibuat di {ctx.db.label}: {res.pegawai} pegawai, {res.unit} unit kerja, {res.skp} SKP, "
        f"{res.indikator} indikator, {res.evaluasi} evaluasi (tahun {res.tahun}) dalam {res.detik} detik."
    )
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    """Open the database, check migrations, build the main window offscreen (used by the bundle)."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from asn_desktop.db.session import current_revision, head_revision

    tmp = None
    if not getattr(args, "db", None):
        tmp = tempfile.TemporaryDirectory(prefix="asn-selftest-")
        args.db = str(Path(tmp.name) / "selftest.db")
    ctx = open_context(args)
    try:
        rev, head = current_revision(ctx.db.engine), head_revision()
        if rev != head:
            print(f"GAGAL: revisi skema {rev}, seharusnya {head}", file=sys.stderr)
            return EXIT_FAILED
        from asn_desktop.ui.app import build_main_window_for_test, installation_problems

        title = build_main_window_for_test(ctx)
        facts, problems = installation_problems()
    finally:
        ctx.db.dispose()
        if tmp is not None:
            tmp.cleanup()
    for p in problems:
        print(f"GAGAL: {p}", file=sys.stderr)
    if problems:
        return EXIT_FAILED
    print(f"OK: {APP_NAME} {__version__}; skema {head}; jendela utama '{title}' dapat dibangun; {'; '.join(facts)}.")
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="berkas basis data (SQLite)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="asn-desktop",
        description=f"{APP_NAME} {__version__}: pengelolaan kinerja ASN kecamatan (SKP, penilaian, "
        "pertukaran Excel). Tanpa subperintah: membuka aplikasi.",
        epilog="Kode keluar: 0 berhasil, 1 ditolak/gagal (basis data tidak berubah), 2 salah penggunaan, "
        "3 basis data tidak dapat dibuka. Perintah yang mengubah akun atau data, atau mengekspor hasil "
        "penilaian, meminta --user NAMA dan kata sandinya bila basis data sudah memiliki akun (kata sandi salah: "
        "kode 1; tanpa --user: kode 2).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--lang", choices=["id", "en"], help="bahasa antarmuka (bawaan: dari Pengaturan)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="subperintah", metavar="PERINTAH")

    p = sub.add_parser("gui", help="membuka aplikasi (sama dengan tanpa subperintah)")
    _common(p)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo", help="membuat data demo kecamatan pada basis data kosong")
    _common(p)
    p.add_argument("--pegawai", type=int, default=40, metavar="N", help="jumlah pegawai (bawaan 40; 15000 = kabupaten)")
    p.add_argument("--tahun", type=int, default=None, help="tahun kinerja (bawaan: tahun ini)")
    add_login_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("self-test", help="memeriksa basis data, migrasi, dan jendela utama (tanpa layar)")
    _common(p)
    p.set_defaults(func=cmd_self_test)

    for register in _EXTRA_COMMANDS:
        register(sub, _common)
    return parser


# Further command groups (employees, results, forms, backup, users, ...) register
# themselves here: ``register(subparsers, add_common_options)``.
_EXTRA_COMMANDS: list[Callable[[Any, Callable[[argparse.ArgumentParser], None]], None]] = []


def _load_extra_commands() -> None:
    import importlib

    for name in ("asn_desktop.cli_exchange", "asn_desktop.cli_admin", "asn_desktop.cli_riwayat",
                 "asn_desktop.cli_skm"):
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if mod.register not in _EXTRA_COMMANDS:  # main() may run several times in one process (tests)
            _EXTRA_COMMANDS.append(mod.register)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def console_safe_output() -> None:
    """A Windows console or a redirected output in cp1252/cp850 cannot encode "→", "≥" or
    "…": print a stand-in character instead of ending the command with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding not in ("utf8", "utf8sig") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    from asn_desktop.db.peek import DatabaseError
    from asn_desktop.services.errors import ServiceError

    console_safe_output()
    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DatabaseError as exc:
        print(f"Basis data tidak dapat dibuka: {exc.message}", file=sys.stderr)
        return EXIT_DATABASE
    except UsageProblem as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except ServiceError as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_FAILED
