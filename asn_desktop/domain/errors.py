"""Errors raised by the pure domain layer.

Every message is user-facing Bahasa Indonesia and says what was expected, so
the services and the UI can show ``err.message`` as is (e.g. next to an Excel
row during import).
"""

from __future__ import annotations


class DomainError(ValueError):
    """A value that breaks a domain rule; ``message`` is shown to the operator."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # keep str(err) == err.message even if args change
        return self.message
