"""Workbook readers and writers (no Qt, no database): messy rosters, exchange
workbooks, offline supervisor forms. Errors are :class:`ExcelError` with a
Bahasa Indonesia message the operator can act on."""

from __future__ import annotations


class ExcelError(Exception):
    """A workbook that cannot be used as it is; ``message`` is for the operator."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message
