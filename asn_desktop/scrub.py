"""Keep personal data out of the log file and crash reports.

The engine is created with ``hide_parameters=True`` (db/session.py), so SQLAlchemy's
own error text names no values. This catches what may still carry them: an error
text from another engine or driver (``[parameters: …]``), a password hash, and a
``repr`` of a bound value in a SQLAlchemy message. Kept free of Qt and SQLAlchemy so
the log handler and the CLI can use it at start.
"""

from __future__ import annotations

import logging
import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # SQLAlchemy "[parameters: (...)]" — may span lines; up to the closing "]" of the block
    (re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.S), "[parameter SQL disembunyikan]"),
    (re.compile(r"\$(?:argon2(?:id|i|d)|scrypt)\$[^\s'\"\],)]+"), "<hash>"),
)


def scrub(text: str) -> str:
    """``text`` without SQL parameters and password hashes."""
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class ScrubFilter(logging.Filter):
    """Logging filter: every record reaches the file already scrubbed."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is still logged as is
            return True
        cleaned = scrub(message)
        if record.exc_info and record.exc_info[1] is not None:
            cleaned += "\n" + scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = cleaned, None
        return True
