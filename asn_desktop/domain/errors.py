"""Errors raised by the pure domain layer.

Every message is user-facing Bahasa Indonesia and says what was expected, so
the services and the UI can show ``err.message`` as is (e.g. next to an Excel
row during import).
"""

from __future__ import annotations

from asn_desktop.domain.messages import Msg, pisah


class DomainError(ValueError):
    """A value that breaks a domain rule; ``message`` is shown to the operator (Indonesian);
    ``pesan`` keeps the Msg it was raised with, for the UI to show in the installed language."""

    message: str
    pesan: Msg | None

    def __init__(self, message: str | Msg) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)

    def __str__(self) -> str:  # keep str(err) == err.message even if args change
        return self.message
