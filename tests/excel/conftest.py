"""Helpers for the Excel exchange tests: build real workbooks the way offices do."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
if not SAMPLES.is_dir():  # CI clone: shared/ sits beside the repository
    SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
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


@pytest.fixture
def xlsx(tmp_path: Path):
    """``xlsx(rows, name=..., sheet=..., merges=[...])`` → path of a one-sheet workbook."""
    counter = [0]

    def build(rows: Sequence[Sequence[Any]], *, sheet: str = "Data", merges: list[str] | None = None,
              name: str | None = None, extra: dict[str, Sequence[Sequence[Any]]] | None = None) -> Path:
        counter[0] += 1
        path = tmp_path / (name or f"roster{counter[0]}.xlsx")
        sheets: dict[str, Sequence[Sequence[Any]]] = dict(extra or {})
        sheets[sheet] = rows
        return make_workbook(path, sheets, {sheet: merges or []})

    return build
