"""Translation-friendly messages without Qt.

Services build the messages the user reads (errors, result summaries, labels of stored codes)
but cannot import Qt. They carry the Indonesian source text as the key plus its values; the UI
translates at display time (``ui/i18n.teks``) in the context ``"Pesan"``. The Indonesian text
stays the source, so logs and the CLI stay readable without any translation.

``QT_TRANSLATE_NOOP("Pesan", text)`` marks a source string so pyside6-lupdate (which scans the
text of every module that uses the marker) puts it in the catalogue; it returns ``text``
unchanged. A template with ``%n`` is a plural (Qt's numerus forms): its count is the parameter
``n``. Other values use ``str.format`` names, ``{unit}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The translation context of every message built below the UI.
CONTEXT = "Pesan"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the catalogue under ``context``; returns it unchanged."""
    return text


def N_(text: str) -> str:
    """Mark ``text`` for extraction; returns it unchanged (translation happens in the UI)."""
    return text


@dataclass(frozen=True)
class Msg:
    """A message template plus its named parameters (``str.format`` syntax; ``%n`` = ``n``)."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, template: str, **params: Any) -> Msg:
        """Shorthand: ``Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n pegawai dipindahkan ke {unit}"), n=3, unit=u)``."""
        return cls(template, dict(params))

    @property
    def n(self) -> int | None:
        """The count of a plural message (``%n`` in the template), else None."""
        v = self.params.get("n")
        return int(v) if "%n" in self.template and isinstance(v, int) else None

    def render(self, template: str) -> str:
        """``template`` (this message's or its translation) filled with the values; nested
        messages render in Indonesian here (the UI passes translated values)."""
        text = template.replace("%n", str(self.params["n"])) if self.n is not None else template
        try:
            return text.format(**{k: str(v) for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            # A broken translation must never crash the app: show the raw template.
            return text

    def __str__(self) -> str:
        return self.render(self.template)


class Teks(str):
    """An Indonesian text that still carries its Msg (``pesan``), for a value that must stay a
    ``str`` (a list of warnings tests and logs read as text): ``ui/i18n.teks`` shows the Msg."""

    pesan: Msg

    def __new__(cls, pesan: Msg) -> Teks:
        obj = super().__new__(cls, str(pesan))
        obj.pesan = pesan
        return obj


def daftar(items: list[Msg | str]) -> Msg | str:
    """Items joined by ", " as one message whose items each translate (month abbreviations in an
    allowance note): nested "{a}, {b}" messages, so teks() translates every marked item."""
    if not items:
        return ""
    head: Msg | str = Msg(items[0]) if isinstance(items[0], str) else items[0]
    if len(items) == 1:
        return head
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{a}, {b}"), a=head, b=daftar(items[1:]))


def pisah(message: str | Msg) -> tuple[str, Msg | None]:
    """(Indonesian text, the Msg or None) of an error's message: errors below the UI keep the
    Indonesian text as ``message`` (logs, CLI, tests) and the Msg as ``pesan`` (the UI)."""
    return (str(message), message) if isinstance(message, Msg) else (message, None)


def pesan_dari(exc: BaseException) -> Msg | str:
    """What an error says, as a Msg when it carries one (``pesan``), else its Indonesian text:
    the value to pass on when a caught error is re-raised or put into a composed message."""
    pesan = getattr(exc, "pesan", None)
    return pesan if isinstance(pesan, Msg) else getattr(exc, "message", None) or str(exc)
