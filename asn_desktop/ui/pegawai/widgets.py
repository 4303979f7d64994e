"""Small widgets shared by the employee screens: nullable date field, inline field
messages, combo helpers, photo scaling."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nama import rapikan_titik
from asn_desktop.domain.tanggal import format_tanggal_pendek, parse_tanggal_ketikan
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.i18n import fmt

#: Longest side of a stored photo (pixels) and its JPEG quality.
FOTO_MAX_PX = 400
FOTO_QUALITY = 85

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5a00"


class DateField(QWidget):
    """A date that may be empty: typed day-first ("01-02-1980", "1 Februari 1980") or
    picked from a calendar. ``value()`` is ``date | None``; unreadable text is reported
    by ``error()`` instead of being guessed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.edit.setMaximumWidth(150)
        self.edit.setToolTip(self.tr("Ketik tanggal hh-bb-tttt, misalnya 01-10-2026, 01102026, 01/10/26 atau 1 Okt 2026; kosongkan bila tidak ada."))
        self.btn = QToolButton()
        self.btn.setText("▾")
        self.btn.setToolTip(self.tr("Pilih dari kalender"))
        self.btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.btn)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        act = QWidgetAction(menu)
        act.setDefaultWidget(self.calendar)
        menu.addAction(act)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(lambda qd: (self._pick(qd), menu.close()))
        self.calendar.activated.connect(lambda qd: (self._pick(qd), menu.close()))
        self.btn.setMenu(menu)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        lay.addWidget(self.btn)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._reformat)

    def _prepare_calendar(self) -> None:
        d = self.value()
        qd = QDate(d.year, d.month, d.day) if d else QDate.currentDate()
        self.calendar.setSelectedDate(qd)

    def _pick(self, qd: QDate) -> None:
        self.set_value(date(qd.year(), qd.month(), qd.day()))
        self.edit.setFocus()

    def _reformat(self) -> None:
        d = self.value()
        if d is not None:
            text = format_tanggal_pendek(d)
            if text != self.edit.text():
                self.edit.setText(text)

    def value(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_tanggal_ketikan(text)
        except DomainError:
            return None

    def error(self) -> str | None:
        """Why the typed text is not a date (None when empty or valid)."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            parse_tanggal_ketikan(text)
        except DomainError as exc:
            return error_text(exc)
        return None

    def set_value(self, d: date | None) -> None:
        self.edit.setText(format_tanggal_pendek(d) if d else "")

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(ro)
        self.btn.setEnabled(not ro)


class FieldMessage(QLabel):
    """The error/warning line shown under a field (hidden when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.level = ""
        self.hide()

    def show_message(self, errors: list[str], warnings: list[str]) -> None:
        if errors:
            self.level = "error"
            self.setText("✖ " + "\n✖ ".join(errors))
            self.setStyleSheet(f"color: {ERROR_COLOR};")
            self.show()
        elif warnings:
            self.level = "warning"
            self.setText("⚠ " + "\n⚠ ".join(warnings))
            self.setStyleSheet(f"color: {WARNING_COLOR};")
            self.show()
        else:
            self.level = ""
            self.clear()
            self.hide()


class Banner(QLabel):
    """A message strip at the top of a dialog (error = red, info = blue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(8)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(f"background: #fdecea; color: {ERROR_COLOR}; border: 1px solid #f5c2c0; border-radius: 4px;")
        self.setText(rapikan_titik(text))
        self.show()

    def show_info(self, text: str) -> None:
        self.setStyleSheet("background: #e8f0fe; color: #174ea6; border: 1px solid #c6dafc; border-radius: 4px;")
        self.setText(rapikan_titik(text))
        self.show()


def set_combo_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data equals ``value`` (the first item when absent; editable combos keep the text)."""
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable() and value:
        combo.setEditText(str(value))
    else:
        combo.setCurrentIndex(0 if combo.count() else -1)


def combo_value(combo: QComboBox) -> Any:
    """Data of the current item; for an editable combo with typed text, the text."""
    if combo.isEditable():
        text = combo.currentText().strip()
        i = combo.findText(text)
        if i >= 0 and combo.itemData(i) is not None:
            return combo.itemData(i)
        return text or None
    return combo.currentData()


# --------------------------------------------------------------------------- photo


def scale_photo(image: QImage, max_px: int = FOTO_MAX_PX, quality: int = FOTO_QUALITY) -> bytes:
    """A stored photo: at most ``max_px`` on the long side, JPEG, transparency on white.

    Keeps the database small (a phone photo of 4 MB becomes ~30 KB).
    """
    if image.isNull():
        raise ValueError("empty image")
    if image.width() > max_px or image.height() > max_px:
        image = image.scaled(QSize(max_px, max_px), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    else:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", quality)
    buf.close()
    return bytes(data.data())


def load_photo_file(path: str) -> bytes:
    """Read an image file and scale it for storage; ValueError with an Indonesian message if unreadable."""
    image = QImage(path)
    if image.isNull():
        raise ValueError(
            fmt(QCoreApplication.translate("Foto", "Berkas %1 bukan gambar yang dapat dibaca (gunakan JPG atau PNG)."), path)
        )
    return scale_photo(image)


def muted(widget: QWidget) -> None:
    """Grey text for secondary labels."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
    widget.setPalette(pal)
