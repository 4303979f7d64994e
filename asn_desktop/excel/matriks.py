"""Matriks peran hasil as an .xlsx workbook (kinerja-asn.md §3).

Rows = the leader's RHK with their IKI, columns = the subordinates, cells = the
subordinate RHK that intervene the row's RHK. One sheet, ready to print
(landscape, fit to width, header rows repeated).

Every text cell is written as a string (data type ``s``) and texts starting
with ``= + - @`` carry Excel's quote prefix, so an RHK typed as ``=HYPERLINK(…)``
or ``- Dokumen …`` is never evaluated as a formula, now or after an edit.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from asn_desktop.excel.safe import set_cell
from asn_desktop.paths import make_user_file

HEADER_ROW = 5
FIRST_SUB_COL = 4  # NO | RHK | IKI | subordinates...


@dataclass
class MatriksRow:
    nomor: str
    teks: str
    iki: list[str]
    sel: list[list[str]]  # per column


@dataclass
class MatriksSheet:
    """Everything the sheet shows, as plain text (filled by ``services.skp``)."""

    judul: str
    instansi: str
    pemimpin: str
    kolom: list[str]  # subordinate headers ("Nama\nJabatan")
    baris: list[MatriksRow]
    tidak_terhubung: list[list[str]] = field(default_factory=list)  # per column


def _text(ws: Worksheet, row: int, col: int, value: str | None, **style: Any) -> None:
    """Write text that stays text (never a formula; ``excel.safe``), with optional styles."""
    cell = set_cell(ws, row, col, value or None)
    for k, v in style.items():
        setattr(cell, k, v)


def _lines(items: list[str]) -> str:
    return "\n".join(f"• {x}" if len(items) > 1 else x for x in items)


def build_workbook(sheet: MatriksSheet) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Matriks Peran Hasil"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    sub_fill = PatternFill("solid", fgColor="F2F2F2")
    bold = Font(bold=True)
    n_cols = FIRST_SUB_COL - 1 + len(sheet.kolom)

    _text(ws, 1, 1, sheet.judul, font=Font(bold=True, size=14))
    _text(ws, 2, 1, sheet.instansi, font=Font(size=11))
    _text(ws, 3, 1, f"Pimpinan: {sheet.pemimpin}", font=Font(bold=True, size=11))

    headers = ["NO", "RENCANA HASIL KERJA PIMPINAN", "INDIKATOR KINERJA INDIVIDU"] + sheet.kolom
    for c, h in enumerate(headers, start=1):
        _text(ws, HEADER_ROW, c, h, font=bold, fill=head_fill, border=border,
              alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"))
    r = HEADER_ROW + 1
    if not sheet.baris:
        _text(ws, r, 1, "-", border=border, alignment=wrap)
        _text(ws, r, 2, "Pimpinan belum memiliki SKP atau RHK untuk tahun ini.", border=border, alignment=wrap)
        for c in range(3, n_cols + 1):
            _text(ws, r, c, None, border=border)
        r += 1
    for b in sheet.baris:
        _text(ws, r, 1, b.nomor, border=border, alignment=Alignment(vertical="top", horizontal="center"))
        _text(ws, r, 2, b.teks, border=border, alignment=wrap)
        _text(ws, r, 3, _lines(b.iki), border=border, alignment=wrap)
        for k in range(len(sheet.kolom)):
            cell = b.sel[k] if k < len(b.sel) else []
            _text(ws, r, FIRST_SUB_COL + k, _lines(cell) if cell else None, border=border, alignment=wrap)
        r += 1
    if any(sheet.tidak_terhubung):
        _text(ws, r, 1, None, border=border, fill=sub_fill)
        _text(ws, r, 2, "RHK utama bawahan yang belum mengintervensi RHK pimpinan", font=Font(italic=True),
              border=border, alignment=wrap, fill=sub_fill)
        _text(ws, r, 3, None, border=border, fill=sub_fill)
        for k in range(len(sheet.kolom)):
            cell = sheet.tidak_terhubung[k] if k < len(sheet.tidak_terhubung) else []
            _text(ws, r, FIRST_SUB_COL + k, _lines(cell) if cell else None, border=border, alignment=wrap,
                  fill=sub_fill)
        r += 1

    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 40
    for k in range(len(sheet.kolom)):
        ws.column_dimensions[get_column_letter(FIRST_SUB_COL + k)].width = 34
    ws.row_dimensions[HEADER_ROW].height = 45
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIRST_SUB_COL)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb


def write_matriks(path: Path, sheet: MatriksSheet) -> Path:
    """Write atomically (temp file, then rename), so a failed write never leaves half a file."""
    from asn_desktop.excel import ExcelError

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = build_workbook(sheet)
    try:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=str(path.parent))
        os.close(fd)
        try:
            wb.save(tmp)
            make_user_file(tmp)  # an export the user asked for: ordinary permissions
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except PermissionError as exc:
        raise ExcelError(
            f"Berkas {path.name} tidak dapat ditulis: mungkin sedang terbuka di Excel. Tutup berkas itu lalu ulangi."
        ) from exc
    except OSError as exc:
        raise ExcelError(f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}.") from exc
    return path
