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
from openpyxl.cell import WriteOnlyCell
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


def _cell(ws: Any, value: Any, *, font: Font | None = None, fill: PatternFill | None = None,
          border: Border | None = None, alignment: Alignment | None = None,
          number_format: str | None = None) -> WriteOnlyCell:
    """A write-only cell; formula-looking text is stored as a plain string cell."""
    v = aman(value)
    c = WriteOnlyCell(ws, v)
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        c.data_type = "s"
    if font is not None:
        c.font = font
    if fill is not None:
        c.fill = fill
    if border is not None:
        c.border = border
    if alignment is not None:
        c.alignment = alignment
    if number_format is not None:
        c.number_format = number_format
    return c


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
    """Write one or more tables to ``path`` (atomically: a temp file renamed into place).

    Streams rows (openpyxl write-only mode), so a regency list of 15,000 rows is
    written in a few seconds; only the header and wrapped columns carry styles.
    """
    tables = [tabel] if isinstance(tabel, Tabel) else list(tabel)
    progress = progress or Progress.none()
    wb = Workbook(write_only=True)
    used: set[str] = set()
    title_font = Font(bold=True, size=13)
    bold = Font(bold=True)
    italic = Font(italic=True)
    head_fill = PatternFill("solid", fgColor="DDE7F3")
    thin = Side(style="thin", color="A0A0A0")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_align = Alignment(wrap_text=True, vertical="center")
    wrap_align = Alignment(wrap_text=True, vertical="top")
    total = sum(len(t.baris) for t in tables) or 1
    done = 0
    for t in tables:
        ws = wb.create_sheet(_sheet_name(t.nama_sheet, used))
        for c, k in enumerate(t.kolom, start=1):
            ws.column_dimensions[get_column_letter(c)].width = k.lebar
        lines = [t.judul] + ([kantor] if kantor else []) + list(t.subjudul)
        head_row = len(lines) + 2
        ws.freeze_panes = f"A{head_row + 1}"
        last = head_row + len(t.baris)
        if t.baris:
            ws.auto_filter.ref = f"A{head_row}:{get_column_letter(max(1, len(t.kolom)))}{last}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        for i, line in enumerate(lines):
            ws.append([_cell(ws, line, font=title_font if i == 0 else None)])
        ws.append([])
        ws.append([_cell(ws, k.judul, font=bold, fill=head_fill, border=border, alignment=head_align)
                   for k in t.kolom])
        wraps = [k.wrap for k in t.kolom]
        for row in t.baris:
            out = []
            for c, k in enumerate(t.kolom):
                v = row[c] if c < len(row) else None
                if wraps[c]:
                    out.append(_cell(ws, v, alignment=wrap_align))
                elif k.angka and isinstance(v, float):
                    out.append(_cell(ws, v, number_format="0.###"))
                else:
                    v = aman(v)
                    out.append(_cell(ws, v) if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
            ws.append(out)
            done += 1
            if done % 500 == 0:
                progress.step(done, total, f"Menulis {t.judul}")
        if t.catatan:
            ws.append([])
            for line in t.catatan:
                ws.append([_cell(ws, line, font=italic)])
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
