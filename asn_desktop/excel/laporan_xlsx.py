"""Report tables (follow-up lists, completeness, distribution, history) as .xlsx.

Operators think in Excel (kinerja-asn.md §8): each list is one sheet with a
title block, a bold frozen header, auto filter and sensible widths. Text that
starts with ``= + - @`` is written as text, never as a formula (a name or a
comment typed by a user must not run in somebody's Excel). No Qt here.

This is the one writer for report-like tables (services build a ``Tabel`` and
call ``tulis_tabel``); the cell-safety rule itself lives in ``excel/safe.py``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_desktop.domain.progress import Progress
from asn_desktop.excel.safe import clean_string, fast_value, make_cell
from asn_desktop.fileio import write_atomic

# openpyxl is imported by tulis_tabel: the services building tables, and the report areas showing
# them, load without it (~0.3 s).
if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell

_SHEET_BAD = re.compile(r"[\[\]\:\*\?\/\\]")


@dataclass
class Kolom:
    judul: str
    lebar: float = 14
    angka: bool = False  # right-aligned number, "0.###" format
    wrap: bool = False
    format: str | None = None  # number format, e.g. for date-time columns


@dataclass
class Tabel:
    """One sheet: title lines, columns, rows of plain values.

    ``baris`` may be a generator (rows streamed from the database); ``jumlah`` then
    gives the expected count for progress. ``blok_judul=False`` puts the header in
    row 1 (a log meant for filtering, not for printing). ``penanda_kontrol`` marks
    characters a workbook cannot hold instead of dropping them.
    """

    nama_sheet: str
    judul: str
    kolom: list[Kolom]
    baris: Iterable[Sequence[Any]]
    subjudul: list[str] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)
    jumlah: int | None = None
    blok_judul: bool = True
    penanda_kontrol: str = ""


def aman(value: Any, penanda_kontrol: str = "") -> Any:
    """A cell value as Excel should show it: yes/no in words, text cleaned (``excel/safe.py``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, (int, float, date, datetime)):
        return value
    return clean_string(str(value), penanda_kontrol)


def _cell(ws: Any, value: Any, **style: Any) -> WriteOnlyCell:
    """A styled write-only cell through the one safety rule (formula-looking text stays text)."""
    number_format = style.pop("number_format", None)
    return make_cell(ws, value, number_format=number_format, **{k: v for k, v in style.items() if v is not None})


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
    from openpyxl import Workbook  # noqa: PLC0415 - only when a table is written
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

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
    total = sum(t.jumlah if t.jumlah is not None else len(t.baris) for t in tables) or 1  # type: ignore[arg-type]
    done = 0
    for t in tables:
        ws = wb.create_sheet(_sheet_name(t.nama_sheet, used))
        for c, k in enumerate(t.kolom, start=1):
            ws.column_dimensions[get_column_letter(c)].width = k.lebar
        lines = ([t.judul] + ([kantor] if kantor else []) + list(t.subjudul)) if t.blok_judul else []
        head_row = len(lines) + 2 if lines else 1
        ws.freeze_panes = f"A{head_row + 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        for i, line in enumerate(lines):
            ws.append([_cell(ws, line, font=title_font if i == 0 else None)])
        if lines:
            ws.append([])
        ws.append([_cell(ws, k.judul, font=bold, fill=head_fill, border=border, alignment=head_align)
                   for k in t.kolom])
        mark = t.penanda_kontrol
        rows = 0
        for row in t.baris:
            out = []
            for c, k in enumerate(t.kolom):
                v = aman(row[c] if c < len(row) else None, mark)
                if k.wrap and v is not None:
                    out.append(_cell(ws, v, alignment=wrap_align, number_format=k.format))
                elif k.format is not None and v is not None:
                    out.append(_cell(ws, v, number_format=k.format))
                elif k.angka and isinstance(v, float):
                    out.append(_cell(ws, v, number_format="0.###"))
                else:
                    out.append(fast_value(ws, v))
            ws.append(out)
            rows += 1
            done += 1
            if done % 500 == 0:
                progress.step(done, total, f"Menulis {t.judul}")
        if rows:  # set after streaming: the rows of a generator are counted as they are written
            ws.auto_filter.ref = f"A{head_row}:{get_column_letter(max(1, len(t.kolom)))}{head_row + rows}"
        if t.catatan:
            ws.append([])
            for line in t.catatan:
                ws.append([_cell(ws, line, font=italic)])
    if not tables:
        wb.create_sheet("Kosong")
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(dest, wb.save)
    progress.report(done, max(done, 1), "Selesai")
    return dest
