"""Command line for past appraisal results: ``asn-desktop history import FILE``.

Registered by ``cli.py`` like the exchange commands; exit codes as in
:data:`asn_desktop.cli_exchange.EXIT_HELP` (0 ok, 1 refused, 4 written with
rejected rows; with --dry-run nothing is written and the code says what would
happen).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from asn_desktop.cli_exchange import EXIT_HELP, _with_ctx
from asn_desktop.fileio import write_text_atomic


def cmd_history_import(args: argparse.Namespace) -> int:
    from asn_desktop.services.riwayat_nilai import SKEMA_LABEL, impor_nilai_lama

    def run(ctx: Any) -> int:
        res = impor_nilai_lama(ctx, Path(args.file), sheet=args.sheet, dry_run=args.dry_run)
        for read in res.parse.sheets:
            how = read.kind + (f" ({SKEMA_LABEL.get(read.skema or '', read.skema)})" if read.skema else "")
            print(f"Lembar \"{read.sheet}\": {how}.")
            for u in read.unused:
                print(f"  Kolom tidak dipakai: {u}")
        print(("Pratinjau (tidak disimpan): " if args.dry_run else "") + res.summary)
        if res.backup:
            print(f"Cadangan sebelum impor: {res.backup}")
        errors = [(r, m) for r in res.rows for m in r.masalah if m.level == "error"]
        warnings = [(r, m) for r in res.rows for m in r.masalah if m.level != "error"]
        warnings += [(None, m) for m in res.parse.problems]
        for title, items in (("Ditolak", errors), ("Peringatan", warnings)):
            if items:
                print(f"{title} ({len(items)} masalah):", file=sys.stderr)
                for _r, m in items[:40]:
                    value = f" [{m.value}]" if m.value else ""
                    print(f"  - {m.where}{value}: {m.message}", file=sys.stderr)
                if len(items) > 40:
                    print(f"  … dan {len(items) - 40} lainnya (lihat --report).", file=sys.stderr)
        if args.report:
            write_text_atomic(args.report, json.dumps({
                "berkas": str(res.path), "ringkasan": res.summary, "dry_run": res.dry_run, "ditulis": res.written,
                "baris": [{"lembar": r.rec.sheet, "baris": r.rec.row, "nip": r.rec.nip, "tahun": r.rec.tahun,
                           "skema": r.rec.skema, "periode": r.rec.periode, "status": r.status,
                           "masalah": [m.as_dict() for m in r.masalah]} for r in res.rows],
            }, ensure_ascii=False, indent=2))
            print(f"Laporan: {args.report}")
        return 4 if res.count("ditolak") else 0

    return _with_ctx(args, run)


def register(sub: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    grp = sub.add_parser("history", help="nilai kinerja lama (PP 46/2011, e-Kinerja, SKP/DP3 lama)", epilog=EXIT_HELP)
    hsub = grp.add_subparsers(title="perintah", metavar="PERINTAH")
    grp.set_defaults(func=lambda a: (grp.print_help(), 2)[1])
    p = hsub.add_parser(
        "import", epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="impor nilai kinerja lama ke riwayat pegawai (dicocokkan dengan NIP)",
        description=("Membaca rekap PP 46/2011, rekap e-Kinerja (bulanan/tahunan) atau formulir SKP/DP3 lama "
                     "(satu pegawai per lembar) dari .xlsx, .xls, .ods, CSV atau HTML, mencocokkan pegawai dengan "
                     "NIP, lalu menyimpan baris yang valid dalam satu transaksi setelah membuat cadangan. Impor ulang "
                     "berkas yang sama tidak menggandakan data."),
    )
    add_common(p)
    p.add_argument("file", metavar="FILE", help="berkas rekap/formulir (.xlsx, .xls, .ods, .csv, HTML)")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan pratinjau; tidak menyimpan")
    p.add_argument("--sheet", metavar="NAMA", help="hanya lembar ini")
    p.add_argument("--report", metavar="REPORT.json", help="tulis laporan lengkap ke JSON")
    p.set_defaults(func=cmd_history_import)
