"""Report tables (follow-up lists, completeness, distribution, history) as .xlsx.

Operators think in Excel (kinerja-asn.md §8): each list is one sheet with a
title block, a bold frozen header, auto filter and sensible widths. Text that
starts with ``= + - @`` is written as text, never as a formula (a name or a
comment typed by a user must not run in somebody's Excel). No Qt here.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from asn_desktop.domain.progress import Progress

_FORMULA_START = ("=", "+", "-", "@")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_BAD = re.compile(r"[\[\]\:\*\?\/\\]")
MAKS_SEL = 32_000  # Excel's cell limit is 32,767 characters


@dataclass
class Kolom:
    judul: str
    lebar: float = 14
    angka: bool = False  # right-aligned number, "0.###" format
    wrap: bool = False


@dataclass
class Tabel:
    """One sheet: title lines, columns, rows of plain values."""

    nama_sheet: str
    judul: str
    kolom: list[Kolom]
    baris: list[Sequence[Any]]
    subjudul: list[str] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)


def aman(value: Any) -> Any:
    """A cell value that Excel shows as typed: formula-looking text stays text, control chars go."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, (int, float, date, datetime)):
        return value
    text = _ILLEGAL.sub("", str(value))
    if len(text) > MAKS_SEL:
        text = text[: MAKS_SEL - 1] + "…"
    return text


def _set(cell: Cell, value: Any) -> None:
    v = aman(value)
    cell.value = v
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        cell.data_type = "s"  # stored as a string cell, not a formula
        cell.quotePrefix = True


def _sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", name).strip()[:31] or "Sheet"
    out, i = base, 2
    while out.lower() in used:
        suffix = f" ({i})"
        out = base[: 31 - len(suffix)] + suffix
        i += 1
    used.add(out.lower())
    return out


def tulis_tabel(
    path: str | os.PathLike[str],
    tabel: Tabel | Sequence[Tabel],
    *,
    kantor: str = "",
    progress: Progress | None = None,
) -> Path:
    """Write one or more tables to ``path`` (atomically: a temp file renamed into place)."""
    tables = [tabel] if isinstance(tabel, Tabel) else list(tabel)
    progress = progress or Progress.none()
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE7F3")
    thin = Side(style="thin", color="A0A0A0")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    total = sum(len(t.baris) for t in tables) or 1
    done = 0
    for t in tables:
        ws = wb.create_sheet(_sheet_name(t.nama_sheet, used))
        r = 1
        _set(ws.cell(r, 1), t.judul)
        ws.cell(r, 1).font = Font(bold=True, size=13)
        r += 1
        for line in ([kantor] if kantor else []) + list(t.subjudul):
            _set(ws.cell(r, 1), line)
            r += 1
        r += 1
        head_row = r
        for c, k in enumerate(t.kolom, start=1):
            cell = ws.cell(r, c)
            _set(cell, k.judul)
            cell.font = bold
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(c)].width = k.lebar
        for row in t.baris:
            r += 1
            for c, k in enumerate(t.kolom, start=1):
                v = row[c - 1] if c - 1 < len(row) else None
                cell = ws.cell(r, c)
                _set(cell, v)
                cell.border = border
                if k.angka and isinstance(cell.value, (int, float)):
                    cell.number_format = "0.###" if isinstance(cell.value, float) else "0"
                if k.wrap:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                else:
                    cell.alignment = Alignment(vertical="top")
            done += 1
            if done % 200 == 0:
                progress.step(done, total, f"Menulis {t.judul}")
        ws.freeze_panes = ws.cell(head_row + 1, 1)
        if t.baris:
            ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(t.kolom))}{r}"
        if t.catatan:
            r += 2
            for line in t.catatan:
                _set(ws.cell(r, 1), line)
                ws.cell(r, 1).font = Font(italic=True)
                r += 1
        ws.print_options.gridLines = False
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if not tables:
        wb.create_sheet("Kosong")
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".~", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    progress.report(total, total, "Selesai")
    return dest
