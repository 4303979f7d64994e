"""The date field reads dates the way people type them, and says the expected form otherwise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from asn_desktop.ui.pegawai.widgets import DateField


def test_typed_compact_date_is_read_day_first_and_shown_in_the_field_form(qtbot) -> None:
    f = DateField()
    qtbot.addWidget(f)
    qtbot.keyClicks(f.edit, "01102026")
    assert f.error() is None and f.value() == date(2026, 10, 1)
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert f.edit.text() == "01-10-2026"


def test_two_digit_year_and_month_name(qtbot) -> None:
    f = DateField()
    qtbot.addWidget(f)
    for typed in ("01/10/26", "1 Okt 2026"):
        f.edit.setText(typed)
        assert f.value() == date(2026, 10, 1), typed


def test_unreadable_date_message_names_the_expected_form(qtbot) -> None:
    f = DateField()
    qtbot.addWidget(f)
    f.edit.setText("31022026")
    assert f.value() is None
    msg = f.error() or ""
    assert "tidak memiliki tanggal 31" in msg and "hh-bb-tttt" in msg
