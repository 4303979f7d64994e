"""Workbook readers and writers (no Qt, no database): messy rosters, exchange
workbooks, offline supervisor forms. Errors are :class:`ExcelError` with a
Bahasa Indonesia message the operator can act on."""

from __future__ import annotations

from asn_desktop.domain.messages import Msg, pisah


class ExcelError(Exception):
    """A workbook that cannot be used as it is; ``message`` is for the operator (Indonesian),
    ``pesan`` the Msg it was raised with (shown in the installed language)."""

    def __init__(self, message: str | Msg, *, details: list[str] | None = None) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)
        self.details = details or []

    def __str__(self) -> str:
        return self.message
