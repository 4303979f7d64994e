"""Command line for the Excel exchange: employees, results, forms.

Registered by ``cli.py`` (``register(subparsers, add_common)``). Exit codes are
listed in :data:`EXIT_HELP` and in docs/exchange-format.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

EXIT_HELP = (
    "Kode keluar: 0 berhasil tanpa masalah; 1 ditolak/gagal, tidak ada yang disimpan; 2 salah penggunaan; "
    "3 basis data tidak dapat dibuka; 4 disimpan, tetapi sebagian baris/data ditolak atau dilewati (lihat "
    "laporan); 5 mode ketat menolak impor karena ada baris ditolak, tidak ada yang disimpan. "
    "Dengan --dry-run tidak ada yang disimpan; kodenya menunjukkan apa yang akan terjadi (0, 4, atau 1)."
)


def _progress() -> Any:
    from asn_desktop.domain.progress import Progress

    if not sys.stderr.isatty():
        return Progress.none()
    last = [""]

    def show(done: int, total: int, msg: str) -> None:
        pct = int(done * 100 / total) if total else 100
        text = f"\r{msg[:60]:<60} {pct:3d}%"
        if text != last[0]:
            print(text, end="", file=sys.stderr, flush=True)
            last[0] = text

    return Progress(show)


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 70 + "\r", end="", file=sys.stderr)


def _with_ctx(args: argparse.Namespace, fn: Callable[[Any], int]) -> int:
    from asn_desktop.cli import open_context

    ctx = open_context(args, login=True)  # every exchange command writes data or exports confidential data
    try:
        from asn_desktop.services.cadangan import server_backup_warning

        warn = server_backup_warning(ctx)  # a server PC without pg_dump: imports run without a backup
        importing = getattr(getattr(args, "func", None), "__name__", "").endswith("_import")
        if warn is not None and importing and not getattr(args, "dry_run", False):
            print(f"Peringatan: {warn} Impor tetap dijalankan tanpa cadangan sebelumnya.", file=sys.stderr)
        return fn(ctx)
    finally:
        _end_progress()
        ctx.db.dispose()


def _print_problems(problems: list[Any], limit: int = 30) -> None:
    """Problems that reject a row, then warnings; the title counts problems *and* the rows they
    are on (one row can have several), so "1 baris ditolak" and "3 masalah" never look contradictory."""
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    for title, items in (("Masalah yang membuat baris ditolak", errors),
                         ("Peringatan (baris tetap diimpor)", warnings)):
        if not items:
            continue
        rows = len({(p.sheet, p.row) for p in items if p.row})
        print(f"{title}: {len(items)} masalah pada {rows} baris:", file=sys.stderr)
        for p in items[:limit]:
            where = (f"baris {p.row}" if p.row else "") + (f", kolom {p.column}" if p.column else "")
            value = f" [{p.value}]" if p.value else ""
            print(f"  - {p.sheet} {where}{value}: {p.message}", file=sys.stderr)
        if len(items) > limit:
            print(f"  … dan {len(items) - limit} lainnya (lihat --report).", file=sys.stderr)


# --------------------------------------------------------------------------- employees


def cmd_employees_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import import_roster

    def run(ctx: Any) -> int:
        rep = import_roster(ctx, Path(args.file), strict=args.strict, dry_run=args.dry_run, sheet=args.sheet,
                            progress=_progress())
        _end_progress()
        if args.report:
            rep.save_json(args.report)
        print(f"Berkas {rep.berkas}, lembar \"{rep.sheet}\".")
        if rep.sheet_reason:
            print(f"{rep.sheet_reason} (gunakan --sheet NAMA)")
        print(rep.ringkasan)
        for u in rep.unused:
            print(f"Kolom {u.column} ({u.header or 'tanpa judul'}) tidak diimpor: {u.reason}; contoh: "
                  f"{u.sample or '-'}.")
        if rep.backup:
            print(f"Cadangan sebelum impor: {rep.backup}")
        if rep.skipped.totals:
            print(f"Baris jumlah di dalam tabel diabaikan: baris {', '.join(map(str, rep.skipped.totals))}.")
        footer = rep.skipped.footer
        if footer:
            rows = f"{footer[0]}" if len(footer) == 1 else f"{footer[0]}–{footer[-1]}"
            print(f"Kaki tabel (jumlah, tanda tangan) diabaikan: baris {rows}.")
        for g in rep.duplicates:
            kind = "identik, dihitung sekali" if g.identical else "berbeda, tidak diimpor"
            print(f"NIP ganda {g.nip} pada baris {', '.join(map(str, g.rows))} ({kind}).")
        _print_problems(rep.problems)
        if args.report:
            print(f"Laporan: {args.report}")
        return rep.exit_code

    if args.dry_run and not _db_exists(args):
        # a dry run compares with an empty database and never leaves a database file behind
        import tempfile

        with tempfile.TemporaryDirectory(prefix="asn-uji-") as tmp:
            print("Basis data belum ada; uji coba dibandingkan dengan basis data kosong (tidak ada berkas dibuat).",
                  file=sys.stderr)
            args_tmp = argparse.Namespace(**{**vars(args), "db": str(Path(tmp) / "uji.db")})
            return _with_ctx(args_tmp, run)
    return _with_ctx(args, run)


def _db_exists(args: argparse.Namespace) -> bool:
    from asn_desktop.cli import _db_path

    target = _db_path(args)
    return True if isinstance(target, str) else target.exists()  # a server database is there to connect to


def cmd_employees_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import export_employees

    def run(ctx: Any) -> int:
        res = export_employees(ctx, Path(args.file), include_inactive=not args.aktif, progress=_progress())
        _end_progress()
        print(f"{res.rows} pegawai diekspor ke {res.path} ({res.detik} detik).")
        return 0

    return _with_ctx(args, run)


# --------------------------------------------------------------------------- results


def cmd_results_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import export_results

    def run(ctx: Any) -> int:
        res = export_results(ctx, Path(args.file), args.tahun, progress=_progress())
        _end_progress()
        counts = ", ".join(f"{k} {v}" for k, v in res.sheets.items())
        print(f"Paket hasil tahun {args.tahun} ditulis ke {res.path} ({res.detik} detik): {counts}.")
        print(f"Checksum data: {res.checksum}")
        print(f"Paket nomor {res.nomor}, ditandatangani dengan kunci kantor (sidik jari {res.sidik_jari}).")
        return 0

    return _with_ctx(args, run)


def cmd_results_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import import_results

    def run(ctx: Any) -> int:
        rep = import_results(ctx, [Path(f) for f in args.files], dry_run=args.dry_run,
                             trust_new_office=args.trust_new_office, progress=_progress())
        _end_progress()
        if args.report:
            rep.save_json(args.report)
        for p in rep.packages:
            # a file refused before its _meta was read names no office: the file and the reason only
            who = (f"{p.nama_kantor} ({p.kode_kantor or '-'}), tahun {p.tahun or '?'}"
                   + (f", paket nomor {p.nomor}" if p.nomor else "") + ": ") if p.nama_kantor else ""
            print(f"{Path(p.berkas).name}: {who}{p.pesan or 'Diterima'}")
            if p.sidik_jari:
                print(f"  Sidik jari kunci kantor: {p.sidik_jari}"
                      + (" (baru dipercaya)" if p.dipercaya_sekarang else ""))
            for entitas, c in p.counts.items():
                print(f"  {entitas}: {c['baru']} baru, {c['berubah']} berubah, {c['tetap']} tetap"
                      + (f", {c['konflik']} konflik" if c["konflik"] else ""))
        if rep.conflicts:
            print(f"Konflik ({len(rep.conflicts)}):", file=sys.stderr)
            for c in rep.conflicts[:30]:
                print(f"  - {Path(c.berkas).name} · {c.entitas} · {c.kunci}: {c.pesan}", file=sys.stderr)
            if len(rep.conflicts) > 30:
                print(f"  … dan {len(rep.conflicts) - 30} lainnya (lihat --report).", file=sys.stderr)
        print(rep.ringkasan)
        if rep.backup:
            print(f"Cadangan sebelum impor: {rep.backup}")
        return rep.exit_code

    return _with_ctx(args, run)


def cmd_results_offices(args: argparse.Namespace) -> int:
    from asn_desktop.services.kunci_kantor import list_offices

    def run(ctx: Any) -> int:
        offices = list_offices(ctx)
        if not offices:
            print("Belum ada kantor pengirim yang dipercaya di basis data ini.")
            return 0
        for o in offices:
            nomor = ", ".join(f"{t}: {n}" for t, n in sorted(o.nomor_terakhir.items())) or "-"
            print(f"{o.kode}  {o.nama}")
            print(f"  sidik jari kunci: {o.sidik_jari}  (dipercaya {o.dipercaya_pada} oleh {o.dipercaya_oleh})")
            print(f"  nomor paket terakhir per tahun: {nomor}")
            print(f"  impor terakhir: {o.impor_terakhir or '-'} {o.berkas_terakhir}")
        return 0

    return _with_ctx(args, run)


def cmd_results_offices_reset(args: argparse.Namespace) -> int:
    from asn_desktop.services.kunci_kantor import reset_office

    def run(ctx: Any) -> int:
        reset_office(ctx, args.kode, args.alasan or "")
        print(f"Status kantor {args.kode} diatur ulang (kunci, nomor paket, unit). Paket berikutnya dari kantor ini "
              "diperlakukan sebagai kantor baru.")
        return 0

    return _with_ctx(args, run)


def cmd_results_offices_trust(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran_hasil import package_key
    from asn_desktop.services.kunci_kantor import trust_office

    def run(ctx: Any) -> int:
        info = package_key(Path(args.package))
        if args.kode != info.kode:
            print(f"Paket {Path(args.package).name} berasal dari kantor {info.kode}, bukan {args.kode}.",
                  file=sys.stderr)
            return 1
        if args.sidik_jari.replace(" ", "").upper() != info.sidik_jari.replace(" ", ""):
            print(f"Sidik jari tidak cocok: paket {info.sidik_jari}, yang diketik {args.sidik_jari}. Tidak ada yang "
                  "diubah.", file=sys.stderr)
            return 1
        o = trust_office(ctx, info.kode, info.nama, info.kunci_publik)
        print(f"Kunci kantor {o.kode} ({o.nama}) dipercaya: sidik jari {o.sidik_jari}.")
        return 0

    return _with_ctx(args, run)


# --------------------------------------------------------------------------- forms


def cmd_forms_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import export_form
    from asn_desktop.services.pertukaran_formulir import find_periode

    def run(ctx: Any) -> int:
        tahun = args.tahun or date.today().year
        pid = find_periode(ctx, tahun, args.periode)
        info = export_form(ctx, args.penilai, pid, Path(args.out), progress=_progress())
        _end_progress()
        print(f"Formulir {info.periode} untuk {info.penilai}: {info.pegawai} pegawai ({info.dapat_diisi} dapat "
              f"diisi) → {info.path}")
        print(f"Nomor formulir: {info.form_id}")
        return 0

    return _with_ctx(args, run)


def cmd_forms_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.pertukaran import import_form

    def run(ctx: Any) -> int:
        rep = import_form(ctx, Path(args.file), dry_run=args.dry_run, progress=_progress())
        _end_progress()
        if args.report:
            import json

            from asn_desktop.fileio import write_text_atomic

            write_text_atomic(args.report, json.dumps(rep.to_dict(), ensure_ascii=False, indent=2))
        print(f"Formulir {rep.periode}, pejabat penilai {rep.penilai}.")
        for r in rep.rows:
            if r.status == "berubah":
                print(f"  {r.nama}: " + "; ".join(r.perubahan) + (f" → predikat {r.predikat_label}"
                                                                     if r.predikat else ""))
            elif r.status == "ditolak":
                print(f"  {r.nama}: DITOLAK: " + " ".join(r.masalah), file=sys.stderr)
        print(rep.ringkasan)
        return rep.exit_code

    return _with_ctx(args, run)


# --------------------------------------------------------------------------- parser


def register(sub: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    fmt = argparse.RawDescriptionHelpFormatter
    from asn_desktop.cli import add_login_options

    def common(p: argparse.ArgumentParser) -> None:
        """--db, and --user/--password-stdin: every exchange command needs a login (cli.authenticate)."""
        add_common(p)
        add_login_options(p)

    emp = sub.add_parser("employees", help="impor/ekspor daftar pegawai (Excel)", epilog=EXIT_HELP)
    esub = emp.add_subparsers(title="perintah", metavar="PERINTAH")
    emp.set_defaults(func=lambda a: (emp.print_help(), 2)[1])

    p = esub.add_parser(
        "import", formatter_class=fmt, epilog=EXIT_HELP,
        help="impor daftar pegawai dari Excel BKPSDM (DUK, ekspor SIASN, berkas ekspor aplikasi ini)",
        description=(
            "Membaca daftar pegawai dari berkas Excel apa adanya (judul, judul kolom dua baris, baris penomoran, "
            "baris kosong, blok tanda tangan), mencocokkan pegawai dengan NIP, lalu menyimpan baris yang valid dalam "
            "satu transaksi setelah membuat cadangan. Baris yang ditolak dilaporkan dengan lembar, baris, kolom, "
            "nilai, dan alasannya."
        ),
    )
    common(p)
    p.add_argument("file", metavar="FILE.xlsx", help="berkas Excel (.xlsx, .xls, .ods)")
    p.add_argument("--dry-run", action="store_true", help="hanya periksa dan tampilkan hasilnya; tidak menyimpan")
    p.add_argument("--strict", action="store_true", help="mode ketat: tidak menyimpan apa pun bila ada baris ditolak")
    p.add_argument("--report", metavar="REPORT.json", help="tulis laporan lengkap (jumlah dan setiap masalah) ke JSON")
    p.add_argument("--sheet", metavar="NAMA", help="nama lembar bila berkas memiliki beberapa lembar daftar pegawai")
    p.set_defaults(func=cmd_employees_import)

    p = esub.add_parser("export", epilog=EXIT_HELP,
                        help="ekspor daftar pegawai ke lembar \"Pegawai\" (format pertukaran)")
    common(p)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--aktif", action="store_true", help="hanya pegawai berstatus aktif")
    p.set_defaults(func=cmd_employees_export)

    res = sub.add_parser("results", help="paket hasil kinerja (kecamatan → kabupaten)", epilog=EXIT_HELP)
    rsub = res.add_subparsers(title="perintah", metavar="PERINTAH")
    res.set_defaults(func=lambda a: (res.print_help(), 2)[1])
    p = rsub.add_parser("export", epilog=EXIT_HELP, help="ekspor paket hasil satu tahun (SKP, evaluasi, predikat)")
    common(p)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--tahun", type=int, required=True, metavar="YYYY", help="tahun kinerja")
    p.set_defaults(func=cmd_results_export)
    p = rsub.add_parser(
        "import", epilog=EXIT_HELP,
        help="gabungkan satu atau beberapa paket hasil ke basis data ini (mode kabupaten)",
        description=("Memverifikasi setiap paket (format, versi, tanda tangan kantor), lalu menggabungkan setiap "
                     "paket dalam transaksinya sendiri setelah membuat cadangan. Paket yang tidak ditandatangani, "
                     "diubah setelah ditandatangani, atau ditandatangani kunci lain selalu ditolak. Kantor yang "
                     "belum dikenal ditolak (kode 1, sidik jari kuncinya ditampilkan) kecuali --trust-new-office; "
                     "kantor yang sudah dikenal tidak memerlukan pilihan apa pun."),
    )
    common(p)
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="hanya periksa; tidak menyimpan")
    p.add_argument("--trust-new-office", action="store_true",
                   help="percayai kunci kantor yang belum pernah dikenal tanpa bertanya (sidik jarinya dicetak)")
    p.add_argument("--report", metavar="REPORT.json", help="tulis laporan lengkap ke JSON")
    p.set_defaults(func=cmd_results_import)
    p = rsub.add_parser("offices", epilog=EXIT_HELP,
                        help="status kantor pengirim: sidik jari kunci, nomor paket terakhir, impor terakhir")
    add_common(p)
    p.set_defaults(func=cmd_results_offices)
    osub = p.add_subparsers(title="perintah", metavar="PERINTAH")
    q = osub.add_parser("reset", epilog=EXIT_HELP,
                        help="lupakan kunci, nomor paket, dan unit satu kantor (admin, tercatat di log audit)")
    add_common(q)
    q.add_argument("kode", metavar="KODE")
    q.add_argument("--alasan", metavar="TEKS", help="alasan, dicatat di log audit")
    q.set_defaults(func=cmd_results_offices_reset)
    q = osub.add_parser("trust", epilog=EXIT_HELP,
                        help="percayai kunci (baru) sebuah kantor dari paketnya, setelah sidik jari dicocokkan lewat "
                             "telepon (penggantian kunci kantor; admin, tercatat di log audit)")
    add_common(q)
    q.add_argument("kode", metavar="KODE")
    q.add_argument("--package", required=True, metavar="FILE.xlsx", help="paket bertanda tangan dari kantor itu")
    q.add_argument("--sidik-jari", dest="sidik_jari", required=True, metavar="SIDIK_JARI",
                   help="sidik jari yang dibacakan kantor pengirim (spasi boleh)")
    q.set_defaults(func=cmd_results_offices_trust)

    frm = sub.add_parser("forms", help="formulir penilaian offline untuk pejabat penilai", epilog=EXIT_HELP)
    fsub = frm.add_subparsers(title="perintah", metavar="PERINTAH")
    frm.set_defaults(func=lambda a: (frm.print_help(), 2)[1])
    p = fsub.add_parser("export", epilog=EXIT_HELP, help="buat formulir Excel terkunci untuk satu penilai dan periode")
    common(p)
    p.add_argument("--penilai", required=True, metavar="NIP", help="NIP pejabat penilai")
    p.add_argument("--periode", required=True, metavar="NAMA",
                   help="nama periode, mis. \"Triwulan II\", tw2, \"Semester I\", Tahunan")
    p.add_argument("--tahun", type=int, metavar="YYYY", help="tahun kinerja (bawaan: tahun ini)")
    p.add_argument("out", metavar="OUT.xlsx")
    p.set_defaults(func=cmd_forms_export)
    p = fsub.add_parser("import", epilog=EXIT_HELP, help="impor formulir yang sudah diisi (diperiksa dulu)")
    common(p)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan perubahan; tidak menyimpan")
    p.add_argument("--report", metavar="REPORT.json", help="tulis laporan ke JSON")
    p.set_defaults(func=cmd_forms_import)
