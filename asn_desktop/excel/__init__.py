"""Workbook readers and writers (no Qt, no database): messy rosters, exchange
workbooks, offline supervisor forms. Errors are :class:`ExcelError` with a
Bahasa Indonesia message the operator can act on."""

from __future__ import annotations

from asn_desktop.domain.messages import Msg


class ExcelError(Exception):
    """A workbook that cannot be used as it is; ``message`` is for the operator. Given a ``Msg``,
    ``pesan`` keeps it so the UI can show it in the installed language."""

    def __init__(self, message: str | Msg, *, details: list[str] | None = None) -> None:
        self.pesan: Msg | None = message if isinstance(message, Msg) else None
        message = str(message)
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message
