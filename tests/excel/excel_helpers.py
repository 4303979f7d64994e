"""Helpers for the Excel exchange tests: build real workbooks the way offices do.

A uniquely named module (not ``conftest``), so ``from excel_helpers import …`` cannot pick up
another area's conftest when the whole suite runs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"  # shared/ sits beside the repository
DATA = Path(__file__).resolve().parent / "data"

# valid NIPs (birth date + TMT CPNS + gender + sequence), kinerja-asn.md §7
NIP_A = "198001012005011001"  # L, lahir 1 Januari 1980
NIP_B = "198502142010012002"  # P, lahir 14 Februari 1985
NIP_C = "199003032015031003"  # L, lahir 3 Maret 1990
NIP_D = "197712312001122004"  # P, lahir 31 Desember 1977
NIP_PPPK = "199704152024211001"  # NI PPPK, L


def put_text(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write a cell as Excel would keep typed text (never a formula, numbers stay numbers)."""
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        c.data_type = "s"


def write_rows(ws: Worksheet, rows: Sequence[Sequence[Any]], start_row: int = 1) -> None:
    for r, row in enumerate(rows, start=start_row):
        for c, value in enumerate(row, start=1):
            if value is not None:
                put_text(ws, r, c, value)


def make_workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], merges: dict[str, list[str]] | None = None,
                  hidden: Sequence[str] = ()) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        write_rows(ws, rows)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path




def messy_duk(path: Path, employees: list[dict[str, Any]]) -> Path:
    """A DUK as a kecamatan gets it: title, two-row merged header, numbering row, group
    headings, blank rows, a NIP typed as a number, a conflicting duplicate, a bad date,
    new people, and a signature block with a NIP. ``employees``: rows of an employees
    export (dicts by exchange header) for people already in the database."""
    from datetime import date as _date

    rows: list[list[Any]] = [
        ["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"],
        ["KECAMATAN MAULAFA KOTA KUPANG · KEADAAN 1 JANUARI 2026"],
        [],
        ["NO", "NAMA / NIP", None, "PANGKAT", None, "JABATAN", "TEMPAT, TGL LAHIR", "L/P", "UNIT KERJA", "KET"],
        [None, "NAMA", "NIP", "GOL. RUANG", "TMT", None, None, None, None, None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
        ["A. PEGAWAI LAMA"],
    ]
    n = 0
    promote = next(i for i, e in enumerate(employees) if i not in (2, 3) and "/" in (e["Golongan"] or ""))
    for i, e in enumerate(employees):
        n += 1
        gol = e["Golongan"]
        tmt = e["TMT Golongan"]
        if i == promote:  # a promotion
            gol, tmt = ("IV/a" if gol != "IV/a" else "IV/b"), _date(2026, 4, 1)
        nama = " ".join(x for x in (e["Gelar Depan"], (e["Nama"] or "").upper()) if x)
        if e["Gelar Belakang"]:
            nama += ", " + e["Gelar Belakang"]
        nip = e["NIP"]
        if i == 2:
            nip = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        if i == 3:
            nip = float(nip)  # digits already lost
        born = e["Tanggal Lahir"]
        ttl = f"{(e['Tempat Lahir'] or '').upper()}, {born.day} {['Januari','Pebruari','Maret','April','Mei','Juni','Juli','Agustus','September','Oktober','Nopember','Desember'][born.month - 1]} {born.year}"
        rows.append([n, nama, nip, gol, tmt, e["Jabatan"], ttl, e["Jenis Kelamin"], e["Unit Kerja"], None])
        if i == 4:
            rows.append([])
    rows.append(["B. PEGAWAI BARU"])
    rows.append([n + 1, "Drs. MARKUS NDOLU, M.Si", "19800101 200501 1 001", "Penata Tk. I, III/d", "01-04-2023",
                 "Analis Kebijakan Ahli Muda", "SOE, 1 Januari 1980", "LK", "Seksi Pemerintahan", "mutasi masuk"])
    rows.append([n + 2, "MARIA GORETI TEFA, S.E.", "'198502142010012002", "Penata Muda, III/a", "31-02-2024",
                 "Penata Layanan Operasional", "KUPANG, 14 Februari 1985", "PR", "Seksi Pelayanan Umum", None])
    rows.append([n + 3, "JOKO SUSILO", "199003032015031003", "Penata Muda Tingkat I (III/b)", "01-10-2022",
                 "Pengelola Umum Operasional", "KUPANG, 3 Maret 1990", "L", "Kelurahan Penfui", None])
    rows.append([n + 4, "JOKO SUSILO", "199003032015031003", "Penata, III/c", "01-10-2024",
                 "Pengelola Umum Operasional", "KUPANG, 3 Maret 1990", "L", "Kelurahan Penfui", "ganda"])
    rows += [[], [None] * 6 + ["Kupang, 2 Januari 2026"], [None] * 6 + ["CAMAT MAULAFA"], [],
             [None] * 6 + ["Drs. KEPALA KANTOR, M.Si"], [None] * 6 + ["NIP. 197202101996031008"]]
    merges = ["A1:J1", "A2:J2", "B4:C4", "D4:E4", "A4:A5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "J4:J5"]
    return make_workbook(path, {"DUK 2026": rows}, {"DUK 2026": merges})


def export_dicts(ctx: Any, tmp: Path, limit: int = 14) -> list[dict[str, Any]]:
    """The first rows of the employees export as dicts (headers → values)."""
    from python_calamine import CalamineWorkbook

    from asn_desktop.services import pertukaran as P

    path = tmp / "ekspor-untuk-duk.xlsx"
    P.export_employees(ctx, path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Pegawai").to_python()
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:limit + 1]]
