"""Command line for the Survei Kepuasan Masyarakat: ``asn-desktop skm hitung FILE.xlsx``.

Reads a response table and prints the PermenPANRB 14/2017 figures. It only
reads a file: no database is opened and no credentials are asked.
Registered by ``cli.py`` (``register(subparsers, add_common)``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_PARTIAL = 4

EXIT_HELP = (
    "Kode keluar: 0 dihitung tanpa masalah; 1 berkas/tabel tidak dapat dibaca atau IKM tidak dapat dihitung; "
    "2 salah penggunaan; 4 dihitung, tetapi sebagian sel ditolak (dianggap tidak dijawab, lihat daftar)."
)


def _angka(value: Fraction | None, places: int) -> str:
    """Indonesian decimal comma, rounded half up."""
    from asn_desktop.domain.skm import teks_desimal

    return "-" if value is None else teks_desimal(value, places, koma=True)


def cmd_skm_hitung(args: argparse.Namespace) -> int:
    from asn_desktop.cli import print_json
    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.skm import hitung
    from asn_desktop.excel import ExcelError
    from asn_desktop.excel.skm import baca_tabel_skm

    path = Path(args.file)
    if not path.is_file():
        print(f"Gagal: berkas \"{path}\" tidak ditemukan.", file=sys.stderr)
        return EXIT_FAILED
    try:
        tabel = baca_tabel_skm(path, args.sheet)
        hasil = hitung(tabel.jawaban, populasi=args.populasi)
    except (ExcelError, DomainError) as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return EXIT_FAILED
    code = EXIT_FAILED if hasil.ikm is None else EXIT_PARTIAL if tabel.masalah else EXIT_OK

    if args.json:
        out: dict[str, Any] = {"berkas": tabel.berkas, "lembar": tabel.sheet, "baris_judul": tabel.header_row}
        out.update(hasil.as_dict())
        out["masalah"] = [m.as_dict() for m in tabel.masalah]
        print_json(out)
    else:
        print(f"Berkas {tabel.berkas}, lembar \"{tabel.sheet}\": {hasil.responden} responden.")
        print(f"{'Unsur':<46} {'Responden':>9} {'NRR':>7} {'×25':>7}  Mutu")
        lemah = {u.kode for u in hasil.terlemah()}
        for u in hasil.unsur:
            mutu = u.mutu.huruf if u.mutu else "-"
            tanda = "  ← terlemah" if u.kode in lemah else ""
            print(f"{(u.kode + ' ' + u.nama)[:46]:<46} {u.jumlah_responden:>9} {_angka(u.nrr, 4):>7} "
                  f"{_angka(u.konversi, 2):>7}  {mutu}{tanda}")
        print(f"IKM (skala 1–4): {_angka(hasil.ikm, 4)}")
        print(f"Nilai konversi (IKM × 25): {_angka(hasil.konversi, 2)}")
        m = hasil.mutu
        print(f"Mutu pelayanan: {m.huruf} (kinerja unit: {m.kinerja})" if m else "Mutu pelayanan: -")
    for p in hasil.peringatan:
        print(f"Peringatan: {p}", file=sys.stderr)
    if tabel.masalah:
        print(f"Sel ditolak ({len(tabel.masalah)}), dihitung sebagai tidak dijawab:", file=sys.stderr)
        for item in tabel.masalah[:50]:
            print(f"  - {item.teks()}", file=sys.stderr)
        if len(tabel.masalah) > 50:
            print(f"  … dan {len(tabel.masalah) - 50} lainnya (lihat --json).", file=sys.stderr)
    return code


def register(sub: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    skm = sub.add_parser("skm", help="Survei Kepuasan Masyarakat (PermenPANRB 14/2017)", epilog=EXIT_HELP)
    ssub = skm.add_subparsers(title="perintah", metavar="PERINTAH")
    skm.set_defaults(func=lambda a: (skm.print_help(), 2)[1])
    p = ssub.add_parser(
        "hitung", epilog=EXIT_HELP,
        help="hitung NRR per unsur, IKM, nilai konversi dan mutu dari tabel jawaban Excel",
        description=(
            "Membaca tabel jawaban (satu baris per responden, kolom U1…U9; jawaban 1–4 atau teks jawaban seperti "
            "\"Sangat Baik\", \"Kurang sesuai\"; sel kosong = tidak dijawab, responden itu tidak dihitung pada "
            "unsur tersebut saja) lalu mencetak NRR per unsur, IKM (1–4, empat desimal), nilai konversi IKM × 25 "
            "(dua desimal) dan mutu pelayanan A–D. Hanya membaca berkas; basis data tidak dibuka."
        ),
    )
    p.add_argument("file", metavar="FILE.xlsx", help="berkas Excel (.xlsx, .xls, .ods)")
    p.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: lembar pertama yang berisi kolom U1…U9)")
    p.add_argument("--json", action="store_true", help="keluaran JSON (angka dengan titik desimal)")
    p.add_argument("--populasi", type=int, metavar="N",
                   help="jumlah pengguna layanan pada periode survei; peringatan bila responden kurang dari "
                        "sampel minimum (tabel Krejcie–Morgan)")
    p.set_defaults(func=cmd_skm_hitung)
