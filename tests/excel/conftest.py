"""Fixtures for the Excel exchange tests (helpers live in excel_helpers.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from excel_helpers import make_workbook


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
