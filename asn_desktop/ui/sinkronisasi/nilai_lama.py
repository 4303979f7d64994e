"""Preview and import of past appraisal results (PP 46/2011, e-Kinerja, old SKP/DP3 forms).

The preview shows how each sheet was read, columns left unused (with a sample
value), and every row: new, changed, unchanged or rejected with where and why.
"Impor" writes only the accepted rows, in one transaction after a backup.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nip import format_nip
from asn_desktop.services.context import AppContext
from asn_desktop.services.riwayat_nilai import SKEMA_LABEL, HasilNilaiLama, impor_nilai_lama
from asn_desktop.ui.pengaturan.cadangan import tanpa_cadangan
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.pegawai.riwayat import periode_label
from asn_desktop.ui.sinkronisasi.common import run_and_wait
from asn_desktop.ui.i18n import fmt, teks

_COLORS = {"baru": "#e3f4e8", "diperbarui": "#fff4d6", "sama": "#eef1f4", "ditolak": "#fbe3e3"}
_ORDER = {"ditolak": 0, "diperbarui": 1, "baru": 2, "sama": 3}


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}".replace(".", ",")


class NilaiLamaDialog(QDialog):
    """Preview of a past-results file; Impor stores the accepted rows."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, result: HasilNilaiLama, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result = result
        self.setWindowTitle(self.tr("Impor nilai kinerja lama"))
        self.resize(1180, 640)
        lay = QVBoxLayout(self)
        self.lbl_head = QLabel()
        self.lbl_head.setWordWrap(True)
        lay.addWidget(self.lbl_head)
        self.lbl_sheets = QLabel()
        self.lbl_sheets.setWordWrap(True)
        self.lbl_sheets.setStyleSheet("color:#4a5560;")
        lay.addWidget(self.lbl_sheets)
        self.chk_rejected = QCheckBox(self.tr("Hanya baris yang ditolak atau bermasalah"))
        self.chk_rejected.toggled.connect(lambda _c: self.fill())
        lay.addWidget(self.chk_rejected)
        heads = [self.tr("Lembar"), self.tr("Baris"), self.tr("NIP"), self.tr("Pegawai"), self.tr("Tahun"),
                 self.tr("Periode"), self.tr("Skema"), self.tr("Nilai SKP"), self.tr("Perilaku"),
                 self.tr("Nilai akhir"), self.tr("Sebutan / predikat"), self.tr("Status"), self.tr("Masalah")]
        self.table = QTableWidget(0, len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_detail)
        lay.addWidget(self.table, 1)
        self.lbl_detail = QLabel()
        self.lbl_detail.setWordWrap(True)
        self.lbl_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.lbl_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.lbl_detail)
        bb = QDialogButtonBox()
        self.btn_import = bb.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = bb.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_import.clicked.connect(self.apply)
        close.clicked.connect(self.reject)
        lay.addWidget(bb)
        self.show_result(result)

    def _status_text(self, status: str) -> str:
        return {"baru": self.tr("Baru"), "diperbarui": self.tr("Diperbarui"), "sama": self.tr("Sudah ada"),
                "ditolak": self.tr("Ditolak")}[status]

    def show_result(self, res: HasilNilaiLama) -> None:
        self.result = res
        head = fmt(self.tr("<b>%1</b><br>%2"), html.escape(res.path.name), html.escape(res.summary))
        if res.written:
            head += "<br>" + fmt(self.tr("<b>%1 baris disimpan.</b>"), str(res.written))
        self.lbl_head.setText(head)
        lines = []
        for s in res.parse.sheets:
            text = fmt(self.tr("Lembar \"%1\": %2"), s.sheet, s.kind)
            if s.unused:
                text += " · " + fmt(self.tr("kolom tidak dipakai: %1"), "; ".join(s.unused))
            lines.append(html.escape(text, quote=False))
        for m in res.parse.problems:
            lines.append(html.escape(f"{teks(m.lokasi)}: {teks(m.teks)}", quote=False))
        self.lbl_sheets.setText("<br>".join(lines))
        self.fill()
        todo = res.count("baru") + res.count("diperbarui")
        self.btn_import.setEnabled(todo > 0 and res.dry_run)  # a preview; after the import there is nothing left
        self.btn_import.setText(fmt(self.tr("&Impor %1 baris"), str(todo)))

    def fill(self) -> None:
        rows = sorted(self.result.rows, key=lambda r: (_ORDER[r.status], r.rec.sheet, r.rec.row))
        if self.chk_rejected.isChecked():
            rows = [r for r in rows if r.masalah]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            rec = r.rec
            # sheet and row are in their own columns: the cell says column, value and what is wrong
            kolom = self.tr("kolom %1")  # outside the f-string: lupdate reads it
            problems = "; ".join(
                f"{fmt(kolom, m.column) + ' ' if m.column else ''}"
                f"{f'[{m.value}] ' if m.value else ''}{teks(m.teks)}" for m in r.masalah)
            vals: list[Any] = [rec.sheet, rec.row, format_nip(rec.nip) if rec.nip else "", r.pegawai_nama or rec.nama,
                               rec.tahun or "", periode_label(rec.periode), SKEMA_LABEL.get(rec.skema, rec.skema),
                               _num(rec.nilai_skp), _num(rec.nilai_perilaku), _num(rec.nilai_akhir),
                               rec.kategori or "", self._status_text(r.status), problems]
            for j, v in enumerate(vals):
                it = QTableWidgetItem(str(v))
                if j == 11:
                    it.setBackground(QBrush(QColor(_COLORS[r.status])))
                if j == 12 and problems:
                    it.setToolTip(problems)
                self.table.setItem(i, j, it)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(self.table.columnCount() - 1, 520)
        self.table.resizeRowsToContents()
        if rows:
            self.table.selectRow(0)
        self._show_detail()

    def _show_detail(self) -> None:
        """Every problem of the selected row in full, with sheet, row and column."""
        i = self.table.currentRow()
        item = self.table.item(i, 0) if i >= 0 else None
        if item is None:
            self.lbl_detail.setText("")
            return
        sheet, row = item.text(), self.table.item(i, 1).text()
        r = next((r for r in self.result.rows if r.rec.sheet == sheet and str(r.rec.row) == row), None)
        if r is None or not r.masalah:
            self.lbl_detail.setText("")
            return
        self.lbl_detail.setText("\n".join(
            f"• {teks(m.lokasi)}{f' [{m.value}]' if m.value else ''}: {teks(m.teks)}" for m in r.masalah))

    def apply(self) -> None:
        res = self.result
        n = res.count("baru") + res.count("diperbarui")
        if QMessageBox.question(self, self.tr("Impor nilai kinerja lama"), fmt(self.tr(
                "Simpan %1 nilai lama ke riwayat pegawai? Baris yang ditolak tidak disimpan; cadangan dibuat lebih "
                "dulu."), str(n)) + tanpa_cadangan(self.ctx)) != QMessageBox.StandardButton.Yes:
            return
        path: Path = res.path
        out = run_and_wait(self, self.tr("Menyimpan nilai lama…"), lambda _p: impor_nilai_lama(self.ctx, path))
        if out.cancelled:
            return
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return
        self.show_result(out.result)
        self.imported.emit(out.result)
