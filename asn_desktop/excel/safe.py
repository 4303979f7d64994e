"""Writing cells safely: text stays text, identifiers never become numbers.

Formula injection: a name, a feedback text or an RHK typed as ``=HYPERLINK(…)``,
``+62…``, ``-`` or ``@SUM(…)`` must never run as a formula when the workbook is
opened, and must survive a later edit of the cell. openpyxl turns any string
starting with ``=`` into a formula; here every string is forced to data type
``s`` (a plain string) and strings starting with ``= + - @``, tab or CR get the
"quote prefix" style (Excel's leading apostrophe), so re-typing the cell in
Excel keeps it text as well.

NIPs are text (kinerja-asn.md §7): written as strings with the Text number
format ``@`` so an operator who edits them cannot turn them into doubles.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written (a report area opens without it)
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

#: First characters that spreadsheet programs treat as the start of a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit on the text of one cell.
MAX_CELL_TEXT = 32_767
#: Control characters XML 1.0 cannot hold (openpyxl would refuse the workbook).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM:SS"
TEXT_FORMAT = "@"


def clean_string(text: str, replacement: str = "") -> str:
    """Drop (or mark with ``replacement``) characters a workbook cannot store; cap the length at Excel's limit."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(replacement, text)
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT]
    return text


def needs_guard(text: str) -> bool:
    """True when ``text`` would be read as a formula if typed into a cell."""
    return text.startswith(FORMULA_TRIGGERS)


def _apply(cell: Cell | WriteOnlyCell, value: Any, *, text: bool, number_format: str | None) -> None:
    if value is None or value == "":
        cell.value = None
        if text:
            cell.number_format = TEXT_FORMAT
        return
    if text and not isinstance(value, str):
        value = str(value)
    if isinstance(value, str):
        value = clean_string(value)
        cell.value = value
        cell.data_type = "s"  # never "f", whatever the first character is
        if needs_guard(value):
            cell.quotePrefix = True
        if text:
            cell.number_format = TEXT_FORMAT
        return
    cell.value = value
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT if value.time() != time() else DATE_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT


def make_cell(
    ws: Any, value: Any, *, text: bool = False, number_format: str | None = None, **style: Any
) -> WriteOnlyCell:
    """A styled cell for a write-only sheet (``ws.append([...])``)."""
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - openpyxl only when a workbook is written

    cell = WriteOnlyCell(ws, None)
    _apply(cell, value, text=text, number_format=number_format)
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def fast_value(ws: Any, value: Any) -> Any:
    """A plain value when openpyxl writes it correctly as is, otherwise a safe cell.

    Used on large sheets: most numbers and ordinary strings need no cell object.
    """
    if isinstance(value, str):
        if value and not value.startswith(FORMULA_TRIGGERS) and not _ILLEGAL.search(value) and len(
            value
        ) <= MAX_CELL_TEXT:
            return value
        return make_cell(ws, value)
    if isinstance(value, (date, datetime)):
        return make_cell(ws, value)
    if value == "":
        return None
    return value


def set_cell(ws: Worksheet, row: int, column: int, value: Any, *, text: bool = False,
             number_format: str | None = None) -> Cell:
    """Write ``value`` into a normal (not write-only) worksheet, safely."""
    cell = ws.cell(row=row, column=column)
    _apply(cell, value, text=text, number_format=number_format)
    return cell
