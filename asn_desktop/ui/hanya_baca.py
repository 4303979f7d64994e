"""One look for a field the acting user cannot change, in every editor.

A read-only ``QLineEdit``/``QPlainTextEdit`` keeps Qt's white, editable look and silently ignores
typing; users read that as a broken program. :func:`tampil_hanya_baca` makes such a field grey and
gives it a tooltip that says who fills it (or why it is locked).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

#: How a text field the user cannot change looks: grey, like the disabled controls beside it.
HANYA_BACA_BG = "#eceff3"


def tampil_hanya_baca(w: QWidget, hanya_baca: bool, siapa: str = "") -> None:
    """Make a field the acting user cannot change look so, with a tooltip saying who fills it.

    A read-only text field keeps Qt's white, editable look and silently ignores typing; users read
    that as a broken program. Text fields become read-only *and* grey (their text stays selectable
    and copyable); other controls (combos, buttons) are disabled. ``siapa`` replaces the tooltip
    while locked; the original tooltip comes back when the field is editable again.
    """
    asli = w.property("tip_asli")
    if asli is None:
        asli = w.toolTip()
        w.setProperty("tip_asli", asli)
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        w.setReadOnly(hanya_baca)
        kelas = next(c.__name__ for c in (QLineEdit, QPlainTextEdit, QTextEdit) if isinstance(w, c))
        w.setStyleSheet(f"{kelas} {{ background-color: {HANYA_BACA_BG}; color: #3c4043; }}" if hanya_baca else "")
        w.setProperty("hanya_baca", hanya_baca)
    else:
        w.setEnabled(not hanya_baca)
    w.setToolTip(siapa if (hanya_baca and siapa) else str(asli))
