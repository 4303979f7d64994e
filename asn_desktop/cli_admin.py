"""Admin commands: backup, restore, integrity check, users, audit export.

    asn-desktop backup [--to DIR]
    asn-desktop restore FILE [--yes] [--force]       (FILE.dump with --db postgresql://…: into an empty database)
    asn-desktop check
    asn-desktop periksa-capaian [--tahun N]
    asn-desktop users list | add NAME --role R [--pegawai NIP] | reset-password NAME | unlock NAME
                       | deactivate NAME
    asn-desktop audit export FILE.xlsx [--pengguna U] [--aksi A] [--dari YYYY-MM-DD] [--sampai ...] [--teks T]

Passwords come from a hidden prompt (asked twice) or, for scripts, from
standard input with ``--password-stdin``; never from the command line, where
other users could read them in the process list. Commands that change accounts
or data, or export confidential data, run as the account named by ``--user``
after its password (``cli.authenticate``); on a database without accounts yet,
as the CLI itself. With ``--password-stdin`` the first line is then the
``--user`` password and the next one the new password (``users add``,
``users reset-password``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from asn_desktop.cli import (
    CLI_ACTOR,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    _db_path,
    add_login_options,
    authenticate,
    open_context,
)

AddCommon = Callable[[argparse.ArgumentParser], None]


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


# --------------------------------------------------------------------------- backup / restore / check


def cmd_backup(args: argparse.Namespace) -> int:
    from asn_desktop.services.cadangan import create_backup

    ctx = open_context(args, login=True)
    try:
        res = create_backup(ctx, Path(args.to) if args.to else None)
    finally:
        ctx.db.dispose()
    for note in res.catatan:
        _err(note)
    print(f"Cadangan dibuat: {res.path} ({_size(res.ukuran)}, {res.detik} detik).")
    if res.dihapus:
        print(f"{len(res.dihapus)} cadangan otomatis lama dihapus (rotasi 7 harian + 4 mingguan).")
    return EXIT_OK


def cmd_db_copy(args: argparse.Namespace) -> int:
    """Move an office to a server (or back): the whole database, ids and audit chain intact."""
    from asn_desktop.db.server import is_server_url
    from asn_desktop.domain.progress import Progress
    from asn_desktop.services.cadangan import copy_to_database

    if not is_server_url(args.to) and Path(args.to).exists() and Path(args.to).stat().st_size > 0:
        _err(f"Berkas tujuan {args.to} sudah ada. Salin hanya ke berkas baru; tujuan tidak diubah.")
        return EXIT_FAILED
    args.db = args.source
    ctx = open_context(args, login=True)
    try:
        from asn_desktop.cli import _open_asking_password

        target = _open_asking_password(args.to if is_server_url(args.to) else Path(args.to))
        try:
            shown = {"t": ""}

            def cb(done: int, total: int, msg: str) -> None:
                if msg != shown["t"]:
                    shown["t"] = msg
                    print(f"  [{done}/{total}] {msg}", file=sys.stderr)

            rep = copy_to_database(ctx, target, progress=Progress(cb, interval=0))
        finally:
            target.dispose()
    finally:
        ctx.db.dispose()
    for t in rep.tables:
        if t.rows:
            print(f"  {t.name:28} {t.rows:>9} baris  sha256 {t.checksum[:16]}")
    if not rep.ok:
        for m in rep.mismatches:
            _err("Berbeda: " + m)
        if rep.chain_break:
            _err(rep.chain_break)
        _err("Salinan TIDAK sama dengan sumber; jangan pakai tujuan ini. Sumber tidak diubah.")
        return EXIT_FAILED
    print(f"Disalin dan diperiksa: {rep.rows} baris dalam {len(rep.tables)} tabel; jumlah baris dan checksum "
          "setiap tabel sama, rantai log audit utuh.")
    if rep.bukti_disalin:
        print(f"Berkas bukti dukung dari folder bukti ikut disalin ke basis data tujuan: {rep.bukti_disalin}.")
    for m in rep.bukti_hilang:
        _err("Bukti dukung tidak ikut tersalin: " + m)
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("ya", "y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    """Works on a database too damaged to open: the target is never opened before the swap."""
    from asn_desktop.db import backup as fb
    from asn_desktop.db.session import DatabaseError
    from asn_desktop.paths import companion_dir
    from asn_desktop.services.cadangan import restore_file

    target = _db_path(args)
    if isinstance(target, str):
        return _restore_server(args, target)
    source = Path(args.file)
    actor = _restore_actor(args, target)
    if actor is None:
        return EXIT_FAILED
    holder = fb.lock_holder(target)
    if holder and not args.force:
        _err(
            f"Basis data {target} sedang dibuka di aplikasi ({holder}). Tutup aplikasi itu terlebih dahulu "
            "(atau tambahkan --force bila yakin tidak ada yang membukanya)."
        )
        return EXIT_FAILED
    work = companion_dir(target, "backups")
    try:
        staged = fb.stage_copy(source, work) if source.is_file() else source
        try:
            info = fb.check_candidate(staged)
        finally:
            if staged != source:
                fb.discard(staged)
    except DatabaseError as exc:
        _err("Berkas tidak dapat dipulihkan: " + exc.message.replace(str(staged), str(source)))
        return EXIT_FAILED
    waktu = f"{info.perubahan_terakhir:%d-%m-%Y %H:%M}" if info.perubahan_terakhir else "tidak diketahui"
    print(
        f"Berkas lolos pemeriksaan: {source}\n  kantor: {info.nama_kantor or '(belum diatur)'}\n"
        f"  pegawai: {info.jumlah_pegawai}, akun: {info.jumlah_pengguna}, perubahan terakhir: {waktu}\n"
        f"  revisi skema: {info.revisi}" + ("" if info.revisi_terbaru else " (lebih lama; akan diperbarui)")
    )
    for note in info.catatan:
        print("  " + note)
    if not args.yes:
        if not sys.stdin.isatty():
            _err("Pemulihan mengganti seluruh isi basis data. Tambahkan --yes untuk menjalankan tanpa pertanyaan.")
            return EXIT_USAGE
        if not _confirm(f"Ganti seluruh isi {target} dengan berkas ini? Ketik 'ya' untuk melanjutkan: "):
            print("Dibatalkan; basis data tidak diubah.")
            return EXIT_FAILED
    res = restore_file(target, source, actor, work)
    print(f"Basis data dipulihkan dari {source}.\nBasis data sebelumnya dicadangkan di {res.cadangan_sebelumnya}.")
    if res.diperbarui_dari:
        print(f"Skema diperbarui dari revisi {res.diperbarui_dari}.")
    return EXIT_OK


def _restore_server(args: argparse.Namespace, url: str) -> int:
    """A ``.dump`` into an EMPTY server database. No account to ask: the target has none yet, and
    whoever may create a database on the server could run pg_restore without this program."""
    import getpass

    from asn_desktop.db.session import PasswordNeeded
    from asn_desktop.services.cadangan import check_dump, restore_dump
    from asn_desktop.services.context import Actor
    from asn_desktop.services.errors import ServiceError

    source = Path(args.file)
    if source.suffix != ".dump":
        _err(f"Basis data di server dipulihkan dari arsip pg_dump (.dump), bukan {source.name}. Untuk memindahkan "
             "berkas .db ke server gunakan: asn-desktop db copy --from BERKAS.db --to postgresql://…")
        return EXIT_USAGE
    try:
        info = check_dump(source)
    except ServiceError as exc:
        _err("Berkas tidak dapat dipulihkan: " + exc.message)
        return EXIT_FAILED
    waktu = f"{info.perubahan_terakhir:%d-%m-%Y %H:%M}" if info.perubahan_terakhir else "tidak diketahui"
    print(f"Arsip lolos pemeriksaan: {source}\n  kantor: {info.nama_kantor or '(tidak diketahui)'}\n"
          f"  pegawai: {info.jumlah_pegawai}, akun: {info.jumlah_pengguna}, perubahan terakhir: {waktu}\n"
          f"  revisi skema: {info.revisi}" + ("" if info.revisi_terbaru else " (lebih lama; akan diperbarui)"))
    for note in info.catatan:
        print("  " + note)
    if not args.yes:
        if not sys.stdin.isatty():
            _err("Tambahkan --yes untuk memulihkan tanpa pertanyaan.")
            return EXIT_USAGE
        if not _confirm("Pulihkan ke basis data server yang kosong ini? Ketik 'ya' untuk melanjutkan: "):
            print("Dibatalkan; tidak ada yang diubah.")
            return EXIT_FAILED
    password: str | None = None
    for _ in range(3):
        try:
            res = restore_dump(Actor.system(CLI_ACTOR), source, url, password=password)
            break
        except PasswordNeeded as exc:
            if not sys.stdin.isatty():
                _err(exc.message + " Isi PGPASSWORD atau berkas pgpass untuk perintah tanpa terminal.")
                return EXIT_FAILED
            _err(exc.message)
            password = getpass.getpass("Kata sandi server basis data: ")
        except ServiceError as exc:
            _err(exc.message)
            return EXIT_FAILED
    else:
        return EXIT_FAILED
    print(f"Basis data {res.tujuan} dipulihkan dari {source}.")
    if res.diperbarui_dari:
        print(f"Skema diperbarui dari revisi {res.diperbarui_dari}.")
    for note in res.catatan:
        _err(note)
    return EXIT_OK


def _restore_actor(args: argparse.Namespace, target: Path) -> Any:
    """Who restores: an admin of the current database (``--user``), like the GUI. A file
    SQLite cannot open at all has no accounts to ask (and anyone who can replace the
    file could do so without this program): the CLI then restores as itself."""
    from asn_desktop.db.session import DatabaseError, open_database
    from asn_desktop.domain.roles import Permission
    from asn_desktop.services.context import Actor, AppContext

    if not target.is_file():
        return Actor.system(CLI_ACTOR)
    try:
        db = open_database(target)
    except DatabaseError:
        return Actor.system(f"{CLI_ACTOR} (basis data rusak)")
    try:
        ctx = authenticate(AppContext(db, Actor.system(CLI_ACTOR)), args)
    finally:
        db.dispose()
    if not (ctx.actor.can(Permission.BACKUP) and ctx.actor.can(Permission.SETTINGS)):
        _err(f"Pemulihan cadangan mengganti seluruh data; hanya admin yang dapat melakukannya. Akun "
             f"'{ctx.actor.username}' berperan {ctx.actor.role.label}.")
        return None
    return ctx.actor


def cmd_check(args: argparse.Namespace) -> int:
    from asn_desktop.db import backup as fb
    from asn_desktop.services.cadangan import newest_healthy_backup, damage_guidance

    target = _db_path(args)
    if isinstance(target, str):
        return _check_server(target)
    if not target.is_file():
        _err(f"Berkas {target} tidak ditemukan.")
        return EXIT_FAILED
    problems = fb.integrity_problems(target, full=True)
    if not problems:
        from asn_desktop.db import audit_chain

        fk = fb.foreign_key_problems(target)
        print(f"OK: {target} lolos PRAGMA integrity_check.")
        for p in fk:
            print("Peringatan: " + p)
        brk = audit_chain.verify_file(target)
        if brk is not None:
            _err(brk.message)
            return EXIT_FAILED
        print("OK: rantai log audit utuh.")
        return EXIT_OK
    best = newest_healthy_backup(target)
    _err(damage_guidance(target, problems, best))
    return EXIT_FAILED


def _check_server(url: str) -> int:
    """The server's counterpart of the file check (db/server_check): connection, schema revision
    and tables, references between tables, audit chain; nothing is changed."""
    from asn_desktop.cli import _open_asking_password
    from asn_desktop.db.server_check import check_server
    from asn_desktop.db.session import DatabaseError

    try:
        res = _open_asking_password(url, check_server)
    except DatabaseError as exc:
        _err(exc.message)
        return EXIT_FAILED
    for line in res.ok:
        print(f"OK: {line}")
    for line in res.warnings:
        print(f"Peringatan: {line}")
    for line in res.problems:
        _err(line)
    if not res.passed:
        _err(f"Pemeriksaan {res.server} menemukan masalah. Jangan ubah data dahulu; pulihkan dari cadangan "
             "(asn-desktop restore BERKAS.dump ke basis data kosong) atau hubungi admin server.")
        return EXIT_FAILED
    return EXIT_OK


def cmd_periksa_capaian(args: argparse.Namespace) -> int:
    """Final documents whose printed capaian differs from the unit's predicate (cancel-finalise and redo)."""
    from asn_desktop.services.laporan import capaian_final_tidak_sesuai

    ctx = open_context(args)
    try:
        rows = capaian_final_tidak_sesuai(ctx, args.tahun)
    finally:
        ctx.db.dispose()
    if not rows:
        print("OK: capaian kinerja organisasi pada semua dokumen evaluasi final sesuai predikat unitnya.")
        return EXIT_OK
    for r in rows:
        print(f"{r.periode.label}\t{r.nip}\t{r.nama}\t{r.unit_nama}\ttercetak: "
              f"{r.tercetak.label if r.tercetak else '-'}\tpredikat unit: "
              f"{r.predikat_unit.label if r.predikat_unit else 'belum ditetapkan'}")
    _err(f"{len(rows)} dokumen evaluasi final mencetak capaian yang berbeda dari predikat unitnya; "
         "batalkan finalisasinya lalu finalkan kembali.")
    return EXIT_FAILED


# --------------------------------------------------------------------------- users


def _read_password(args: argparse.Namespace, label: str = "Kata sandi baru") -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        _err("Tidak ada terminal untuk menanyakan kata sandi; pakai --password-stdin.")
        return None
    first = getpass.getpass(f"{label}: ")
    second = getpass.getpass("Ulangi kata sandi: ")
    if first != second:
        _err("Kedua kata sandi tidak sama.")
        return None
    return first


def cmd_users_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.akun import daftar_pengguna

    ctx = open_context(args)
    try:
        users = daftar_pengguna(ctx)
    finally:
        ctx.db.dispose()
    if not users:
        print("Belum ada akun. Akun admin pertama dibuat saat aplikasi dibuka, atau dengan `users add`.")
        return EXIT_OK
    print(f"{'Nama pengguna':<20} {'Peran':<9} {'Status':<22} {'Nama':<28} Pegawai")
    for u in users:
        status = "aktif" if u.aktif else "nonaktif"
        if u.terkunci:
            status += f", terkunci s.d. {u.terkunci_sampai:%H:%M}"
        print(f"{u.username:<20} {u.role.label:<9} {status:<22} {u.nama[:28]:<28} {u.pegawai_nama}")
    return EXIT_OK


def _find_pegawai(ctx: Any, ref: str) -> int:
    from sqlalchemy import select

    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.errors import NotFound

    digits = "".join(ch for ch in ref if ch.isdigit())
    with ctx.read() as s:
        pid = s.scalar(select(Pegawai.id).where(Pegawai.nip == digits)) if len(digits) >= 9 else None
        if pid is None and ref.isdigit():
            pid = s.scalar(select(Pegawai.id).where(Pegawai.id == int(ref)))
    if pid is None:
        raise NotFound(f"Pegawai dengan NIP/id '{ref}' tidak ditemukan.")
    return int(pid)


def cmd_users_add(args: argparse.Namespace) -> int:
    from asn_desktop.domain.enums import Role
    from asn_desktop.services.akun import PenggunaBaru, ada_akun, buat_admin_pertama, buat_pengguna

    ctx = open_context(args, login=True)  # the --user password comes first on stdin
    try:
        password = _read_password(args)
        if password is None:
            return EXIT_USAGE
        role = Role(args.role)
        if not ada_akun(ctx) and role == Role.ADMIN and not args.pegawai:
            buat_admin_pertama(ctx, args.username, password, args.nama or "Administrator")
            print(f"Akun admin pertama '{args.username}' dibuat.")
            return EXIT_OK
        pid = _find_pegawai(ctx, args.pegawai) if args.pegawai else None
        info = buat_pengguna(
            ctx, PenggunaBaru(args.username, args.nama or "", role, password, pid, not args.no_change)
        )
    finally:
        ctx.db.dispose()
    print(f"Akun '{info.username}' ({info.role.label}) dibuat" + (f", tertaut ke {info.pegawai_id}" if pid else "") + ".")
    return EXIT_OK


def cmd_users_reset(args: argparse.Namespace) -> int:
    from asn_desktop.services.akun import cari_pengguna, reset_password

    ctx = open_context(args, login=True)  # the --user password comes first on stdin
    try:
        password = _read_password(args)
        if password is None:
            return EXIT_USAGE
        u = cari_pengguna(ctx, args.username)
        reset_password(ctx, u.id, password, harus_ganti=not args.no_change)
    finally:
        ctx.db.dispose()
    print(
        f"Kata sandi '{u.username}' disetel ulang dan kunci dibuka"
        + ("" if args.no_change else "; pengguna diminta menggantinya saat masuk") + "."
    )
    return EXIT_OK


def cmd_users_unlock(args: argparse.Namespace) -> int:
    from asn_desktop.services.akun import buka_kunci, cari_pengguna

    ctx = open_context(args, login=True)
    try:
        u = cari_pengguna(ctx, args.username)
        buka_kunci(ctx, u.id)
    finally:
        ctx.db.dispose()
    print(f"Kunci akun '{u.username}' dibuka.")
    return EXIT_OK


def cmd_users_deactivate(args: argparse.Namespace) -> int:
    from asn_desktop.services.akun import atur_aktif, cari_pengguna

    ctx = open_context(args, login=True)
    try:
        u = cari_pengguna(ctx, args.username)
        atur_aktif(ctx, u.id, False)
    finally:
        ctx.db.dispose()
    print(f"Akun '{u.username}' dinonaktifkan.")
    return EXIT_OK


# --------------------------------------------------------------------------- audit


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' harus berformat TTTT-BB-HH, mis. 2026-03-31") from exc


def cmd_audit_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.audit import AuditFilter, ekspor_audit

    f = AuditFilter(
        username=args.pengguna or "", aksi=args.aksi or "", entitas=args.entitas or "",
        dari=args.dari, sampai=args.sampai, teks=args.teks or "",
    )
    ctx = open_context(args, login=True)  # the log holds before/after of every rating
    try:
        n = ekspor_audit(ctx, Path(args.file), f)
    finally:
        ctx.db.dispose()
    print(f"{n} baris log audit diekspor ke {args.file}.")
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def _need_sub(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return EXIT_USAGE

    return run


def register(subparsers: Any, add_common: AddCommon) -> None:
    p = subparsers.add_parser(
        "backup", help="membuat cadangan basis data (API cadangan SQLite, atau pg_dump untuk server "
                       "PostgreSQL; aman saat aplikasi terbuka)"
    )
    add_common(p)
    p.add_argument("--to", metavar="FOLDER", help="folder tujuan (mis. flashdisk); bawaan: folder cadangan")
    add_login_options(p)
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="memulihkan basis data dari berkas cadangan (diperiksa dulu; yang lama dicadangkan); "
                        "untuk --db postgresql://… arsip .dump ke basis data server yang kosong"
    )
    add_common(p)
    p.add_argument("file", metavar="BERKAS", help="berkas cadangan (.db, atau .dump untuk server)")
    p.add_argument("--yes", action="store_true", help="jangan bertanya konfirmasi")
    p.add_argument("--force", action="store_true", help="pulihkan walau aplikasi tampak masih membuka basis data")
    add_login_options(p)
    p.set_defaults(func=cmd_restore)

    dbp = subparsers.add_parser("db", help="basis data: copy (SQLite ↔ server PostgreSQL)")
    dsub = dbp.add_subparsers(title="perintah", metavar="PERINTAH")
    dbp.set_defaults(func=_need_sub(dbp))
    q = dsub.add_parser(
        "copy", help="menyalin seluruh basis data kantor ke berkas baru atau basis data server yang kosong",
        description="Menyalin setiap tabel dengan id, uid dan log audit apa adanya, lalu memeriksa jumlah baris dan "
                    "checksum setiap tabel. Tujuan harus kosong (berkas baru, atau basis data PostgreSQL kosong).")
    q.add_argument("--from", dest="source", required=True, metavar="SUMBER",
                   help="berkas .db atau postgresql://pengguna@server/nama")
    q.add_argument("--to", required=True, metavar="TUJUAN", help="berkas .db baru atau postgresql://… yang kosong")
    add_login_options(q)
    q.set_defaults(func=cmd_db_copy, db=None)

    p = subparsers.add_parser(
        "check", help="PRAGMA integrity_check penuh dan rantai log audit, dengan panduan bila rusak; untuk "
                 "postgresql://…: koneksi, revisi skema, rujukan antar tabel dan rantai log audit"
    )
    add_common(p)
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser("periksa-capaian",
                              help="dokumen evaluasi final yang capaian organisasinya berbeda dari predikat unit")
    add_common(p)
    p.add_argument("--tahun", type=int, help="hanya tahun kinerja ini")
    p.set_defaults(func=cmd_periksa_capaian)

    users = subparsers.add_parser("users", help="akun pengguna: list, add, reset-password, unlock, deactivate")
    add_common(users)
    users.set_defaults(func=_need_sub(users))
    usub = users.add_subparsers(title="tindakan", metavar="TINDAKAN")
    q = usub.add_parser("list", help="daftar akun")
    add_common(q)
    q.set_defaults(func=cmd_users_list)
    q = usub.add_parser("add", help="membuat akun (kata sandi ditanyakan)")
    add_common(q)
    q.add_argument("username", metavar="NAMA_PENGGUNA")
    q.add_argument("--role", required=True, choices=["admin", "operator", "penilai", "pegawai"])
    q.add_argument("--nama", help="nama lengkap")
    q.add_argument("--pegawai", metavar="NIP", help="NIP (atau id) pegawai yang ditautkan; wajib untuk penilai/pegawai")
    add_login_options(q, password_stdin=False)
    q.add_argument("--password-stdin", action="store_true",
                   help="baca dari stdin: kata sandi akun --user (bila diminta), lalu kata sandi baru")
    q.add_argument("--no-change", action="store_true", help="tidak wajib mengganti kata sandi saat masuk pertama")
    q.set_defaults(func=cmd_users_add)
    q = usub.add_parser("reset-password", help="menyetel ulang kata sandi (juga membuka kunci)")
    add_common(q)
    q.add_argument("username", metavar="NAMA_PENGGUNA")
    add_login_options(q, password_stdin=False)
    q.add_argument("--password-stdin", action="store_true",
                   help="baca dari stdin: kata sandi akun --user (bila diminta), lalu kata sandi baru")
    q.add_argument("--no-change", action="store_true", help="tidak wajib mengganti kata sandi saat masuk")
    q.set_defaults(func=cmd_users_reset)
    q = usub.add_parser("unlock", help="membuka kunci akun setelah terlalu banyak gagal masuk")
    add_common(q)
    q.add_argument("username", metavar="NAMA_PENGGUNA")
    add_login_options(q)
    q.set_defaults(func=cmd_users_unlock)
    q = usub.add_parser("deactivate", help="menonaktifkan akun (akun tidak pernah dihapus)")
    add_common(q)
    q.add_argument("username", metavar="NAMA_PENGGUNA")
    add_login_options(q)
    q.set_defaults(func=cmd_users_deactivate)

    audit = subparsers.add_parser("audit", help="log audit: export")
    add_common(audit)
    audit.set_defaults(func=_need_sub(audit))
    asub = audit.add_subparsers(title="tindakan", metavar="TINDAKAN")
    q = asub.add_parser("export", help="mengekspor log audit ke Excel (.xlsx)")
    add_common(q)
    q.add_argument("file", metavar="BERKAS.xlsx")
    q.add_argument("--pengguna", metavar="NAMA", help="hanya tindakan akun ini")
    q.add_argument("--aksi", help="hanya aksi ini (atau awalan diakhiri titik, mis. 'akun.')")
    q.add_argument("--entitas", help="hanya entitas ini (mis. pegawai, skp)")
    q.add_argument("--dari", type=_date, help="sejak tanggal (TTTT-BB-HH)")
    q.add_argument("--sampai", type=_date, help="sampai dengan tanggal (TTTT-BB-HH)")
    q.add_argument("--teks", help="mengandung teks")
    add_login_options(q)
    q.set_defaults(func=cmd_audit_export)
