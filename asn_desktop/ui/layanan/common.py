"""Widgets the register tabs share: a typed date-time field, a searchable pick list, the import preview."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import layanan as dl
from asn_desktop.domain.errors import DomainError
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.i18n import fmt

ERROR_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


class WaktuField(QLineEdit):
    """A date-time typed as the front desk writes it ("05-12-2026 08:30", "051226 8.30", "5 Des 2026");
    ``value()`` is None when empty or unreadable, ``error()`` says why it is unreadable."""

    changed = Signal()

    def __init__(self, wajib: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wajib = wajib
        self.setPlaceholderText(self.tr("hh-bb-tttt jj:mm"))
        self.setToolTip(self.tr("Ketik tanggal dan jam, misalnya 05-12-2026 08:30, 051226 8.30 atau 5 Des 2026 "
                                "(tanpa jam = 08:00). F2 atau tombol * = sekarang."))
        self.setMinimumWidth(150)
        self.textChanged.connect(self._check)
        self.editingFinished.connect(self._reformat)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F2 or (event.text() == "*" and not self.text().strip()):
            self.set_value(datetime.now().replace(second=0, microsecond=0))
            return
        super().keyPressEvent(event)

    def _parse(self) -> datetime | None:
        text = self.text().strip()
        return dl.parse_waktu_ketikan(text) if text else None

    def value(self) -> datetime | None:
        try:
            return self._parse()
        except DomainError:
            return None

    def error(self) -> str | None:
        try:
            v = self._parse()
        except DomainError as exc:
            return error_text(exc)
        if v is None and self.wajib:
            return self.tr("Wajib diisi.")
        return None

    def set_value(self, v: datetime | None) -> None:
        self.setText(dl.format_waktu(v))

    def _check(self, *_a: Any) -> None:
        bad = bool(self.text().strip()) and self.error() is not None
        self.setStyleSheet(ERROR_STYLE if bad else "")
        self.changed.emit()

    def _reformat(self) -> None:
        v = self.value()
        if v is not None and dl.format_waktu(v) != self.text():
            self.set_value(v)


class PilihCombo(QComboBox):
    """An editable pick list that completes on any part of the text (an officer's name or NIP)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        comp = self.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        keep = self.current_id()
        self.blockSignals(True)
        self.clear()
        for key, text in items:
            self.addItem(text, key)
        self.set_current(keep)
        self.blockSignals(False)

    def current_id(self) -> Any:
        """The chosen item's key when the typed text is exactly one of the items, else None."""
        i = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(i) if i >= 0 else None

    def set_current(self, key: Any) -> None:
        i = self.findData(key) if key is not None else -1
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")


class ImportPreview(QDialog):
    """What a register file gave: the recognised columns, the rows that can be imported and every rejected
    value (file, sheet, row, column, what was expected). Nothing is written until "Impor"."""

    def __init__(self, bacaan: Any, judul: str, kolom: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bacaan = bacaan
        self.setWindowTitle(judul)
        self.resize(1200, 660)
        lay = QVBoxLayout(self)
        ok, bad = len(bacaan.diterima), len(bacaan.ditolak)
        head = QLabel(fmt(self.tr("Berkas %1, lembar \"%2\", judul kolom di baris %3. Kolom dikenali: %4."),
                          bacaan.berkas, bacaan.sheet, bacaan.header_row,
                          ", ".join(f"{c} ({bacaan.judul.get(f, f)})" for f, c in bacaan.kolom.items())))
        head.setWordWrap(True)
        lay.addWidget(head)
        if bacaan.tidak_dipakai:
            unused = QLabel(fmt(self.tr("Kolom tidak dipakai: %1."), ", ".join(bacaan.tidak_dipakai)))
            unused.setWordWrap(True)
            unused.setStyleSheet("color:#4a5560;")
            lay.addWidget(unused)
        self.summary = QLabel(fmt(self.tr("<b>%1 baris terbaca: %2 dapat diimpor, %3 ditolak.</b> Baris yang "
                                          "ditolak tidak disimpan sama sekali; perbaiki di berkas lalu impor lagi."),
                                  ok + bad, ok, bad))
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(min(ok, 500), len(kolom) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Baris")] + [label for _f, label in kolom])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, b in enumerate(bacaan.diterima[:500]):
            self.table.setItem(r, 0, QTableWidgetItem(str(b.baris)))
            for c, (fld, _label) in enumerate(kolom, 1):
                self.table.setItem(r, c, QTableWidgetItem(_teks(b.nilai.get(fld))))
        self.table.resizeColumnsToContents()
        split.addWidget(self.table)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("<b>Ditolak</b> (berkas, lembar, baris, kolom, isi, yang diharapkan)")))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        from asn_desktop.ui.i18n import teks  # here, not at the top: a small, local change

        for b in bacaan.ditolak:
            for p in b.masalah:
                self.problems.addItem(teks(bacaan.pesan_masalah(p)))
        bl.addWidget(self.problems)
        split.addWidget(box)
        split.setSizes([360, 200])
        lay.addWidget(split, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(fmt(self.tr("Impor %1 baris"), ok))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)


def _teks(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return dl.format_waktu(v)
    if isinstance(v, date):
        return v.strftime("%d-%m-%Y")
    return str(v)


def sel_label(text: str, tip: str = "") -> QLabel:
    lbl = QLabel(text)
    if tip:
        lbl.setToolTip(tip)
    return lbl
