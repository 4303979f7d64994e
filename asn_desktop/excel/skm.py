"""Reading SKM response tables (one row per respondent) from Excel.

The table has a header row naming the nine unsur as ``U1`` … ``U9`` (also
"U 1", "U1 Persyaratan", "Unsur 1"); answers are 1–4 or the questionnaire's
answer texts (see :func:`asn_desktop.domain.skm.parse_jawaban`). Title rows
above the header and blank rows are skipped. Opening goes through the
project's bounded reader (:class:`asn_desktop.excel.reader.Workbook`), so a
broken, protected or huge file gives the same clear message as elsewhere.

A cell that is not an answer is reported (sheet, row, column, value, what was
expected) and counted as not answered, so one typo does not hide the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.skm import KODE_BAKU, parse_jawaban
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import HEADER_SCAN_ROWS, SheetData, Workbook, col_letter, display_value, is_blank

_KODE_HEADER = re.compile(r"^(?:U|UNSUR)\s*[-.]?\s*([1-9]\d?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class MasalahSel:
    """One cell that could not be used; ``row`` is the Excel row number (1-based)."""

    sheet: str
    row: int
    column: str
    header: str
    value: str
    message: str

    def teks(self) -> str:
        nilai = f" [{self.value}]" if self.value else ""
        return f"{self.sheet} baris {self.row}, kolom {self.column} ({self.header}){nilai}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"lembar": self.sheet, "baris": self.row, "kolom": self.column, "judul": self.header,
                "nilai": self.value, "pesan": self.message}


@dataclass
class TabelSkm:
    """The answers read from one sheet, ready for :func:`asn_desktop.domain.skm.hitung`."""

    berkas: str
    sheet: str
    header_row: int  # Excel row number of the header
    kolom: dict[str, str]  # kode → column letter
    jawaban: list[dict[str, int | None]] = field(default_factory=list)
    baris: list[int] = field(default_factory=list)  # Excel row of each entry in ``jawaban``
    masalah: list[MasalahSel] = field(default_factory=list)


def kode_dari_judul(text: Any) -> str | None:
    """"U1", "u 1", "U1. Persyaratan", "Unsur 1" → "U1"; anything else → None."""
    if is_blank(text):
        return None
    m = _KODE_HEADER.match(str(text).strip())
    return f"U{int(m.group(1))}" if m else None


def _find_header(sheet: SheetData) -> tuple[int, dict[str, int]] | None:
    for r in range(min(sheet.height, HEADER_SCAN_ROWS)):
        found: dict[str, int] = {}
        for c, v in enumerate(sheet.rows[r]):
            kode = kode_dari_judul(v)
            if kode and kode not in found:
                found[kode] = c
        if all(k in found for k in KODE_BAKU):
            return r, {k: found[k] for k in KODE_BAKU}
    return None


def baca_tabel_skm(path: Path | str, sheet: str | None = None, *, kolom: Mapping[str, int] | None = None) -> TabelSkm:
    """Read the response table of ``path``.

    ``sheet``: a sheet name, or None for the first sheet whose header names
    U1…U9. ``kolom`` (kode → 0-based column) overrides the header search; the
    data then start on the second row (the first being the questions).
    Raises :class:`ExcelError` when the file or the table cannot be used.
    """
    path = Path(path)
    with Workbook(path) as wb:
        names = [sheet] if sheet else [s.name for s in wb.sheets if s.visible] or wb.sheet_names
        found: tuple[SheetData, int, dict[str, int]] | None = None
        for name in names:
            data = wb.read(name)
            if kolom is not None:
                found = (data, 0, dict(kolom))
                break
            hit = _find_header(data)
            if hit is not None:
                found = (data, hit[0], hit[1])
                break
        if found is None:
            where = f"lembar \"{sheet}\"" if sheet else "lembar mana pun"
            raise ExcelError(
                f"Tabel jawaban SKM tidak ditemukan pada {where} di \"{path.name}\": seharusnya ada baris judul "
                f"dengan kolom U1, U2, … U9 (satu kolom per unsur) dalam {HEADER_SCAN_ROWS} baris pertama."
            )
    data, header_row, cols = found
    tabel = TabelSkm(path.name, data.name, header_row + 1, {k: col_letter(c) for k, c in cols.items()})
    headers = {k: display_value(data.cell(header_row, c)) or k for k, c in cols.items()}
    for r in range(header_row + 1, data.height):
        cells = {k: data.cell(r, c) for k, c in cols.items()}
        if all(is_blank(v) for v in cells.values()):
            continue  # blank line, or a signature block under the table
        row: dict[str, int | None] = {}
        for k, v in cells.items():
            try:
                row[k] = parse_jawaban(v)
            except DomainError as exc:
                row[k] = None
                tabel.masalah.append(MasalahSel(data.name, r + 1, tabel.kolom[k], headers[k],
                                                display_value(v), exc.message))
        tabel.jawaban.append(row)
        tabel.baris.append(r + 1)
    return tabel
