"""Translation-friendly messages without Qt.

``N_`` only marks a source string so an lupdate-like extractor can find it; the
UI layer translates at display time. ``Msg`` keeps the template and the
parameters apart so the template stays translatable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def N_(text: str) -> str:
    """Mark ``text`` for extraction; returns it unchanged (translation happens in the UI)."""
    return text


@dataclass(frozen=True)
class Msg:
    """A message template plus its named parameters (``str.format`` syntax)."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, template: str, **params: Any) -> Msg:
        """Shorthand: ``Msg.of(N_("{n} pegawai"), n=3)``."""
        return cls(template, dict(params))

    def __str__(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never crash the app: show the raw template.
            return self.template
