"""Display texts of the domain's coded values, in the interface language.

``domain/enums.py`` keeps one Bahasa Indonesia ``label`` per member: PDFs
(``reports/``) and Excel exchange files (``excel/``) print it as it is — they are
official documents and head-office formats, whatever the interface language. The
interface shows a member through :func:`label`, which looks its Indonesian label
up in the translation context ``"label"``. lupdate cannot see these dynamic
texts, so ``scripts/i18n.py`` adds every label of every ``LabeledEnum`` in
``asn_desktop.domain`` to that context; the English is in
``resources/translations/en.json`` under ``_konteks › label``.

Translate at the time of display (never into a module-level dict): the language
can change at run time (Pengaturan › Bahasa).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from asn_desktop.domain.enums import LabeledEnum

#: translation context of every domain label (scripts/i18n.py extracts into it)
CONTEXT = "label"


def label(member: LabeledEnum | str | None, empty: str = "—") -> str:
    """The member's label in the interface language; ``empty`` for ``None``.

    Also takes a label a service already put in a plain string (e.g.
    ``RhkView.aspek_label``): the same Indonesian text, the same translation.
    """
    if member is None:
        return empty
    text = member.label if isinstance(member, LabeledEnum) else str(member)
    return QCoreApplication.translate(CONTEXT, text) if text else empty


def predikat_teks(text: str) -> str:
    """A service's predikat text ("Baik", "Jan: Baik; Feb: Sangat Baik") with every predikat label
    in the interface language (longest label first, so "Sangat Baik" is not read as "Baik")."""
    from asn_desktop.domain.enums import Predikat

    if not text:
        return text
    names = sorted((m.label for m in Predikat), key=len, reverse=True)
    return re.sub("|".join(re.escape(n) for n in names), lambda m: label(m.group(0)), text)


def choices(members: Iterable[LabeledEnum]) -> list[tuple[str, str]]:
    """``(value, translated label)`` pairs, like ``LabeledEnum.choices()`` for display."""
    return [(m.value, label(m)) for m in members]


def fill_combo(combo: QComboBox, members: Iterable[LabeledEnum]) -> None:
    """Append one item per member: translated label shown, the stored code as item data."""
    for m in members:
        combo.addItem(label(m), m.value)
