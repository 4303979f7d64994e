"""Tab 'Log Audit': the audit log with filters, paging and export (admin only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import audit
from asn_desktop.services.audit_label import cocokkan_ringkasan, label_aksi, label_grup
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.i18n import fmt, teks


# =========================================================================== Log Audit


class AuditModel(QAbstractTableModel):
    COLS = [QT_TRANSLATE_NOOP("AuditModel", "Waktu"), QT_TRANSLATE_NOOP("AuditModel", "Pengguna"),
            QT_TRANSLATE_NOOP("AuditModel", "Aksi"), QT_TRANSLATE_NOOP("AuditModel", "Entitas"),
            QT_TRANSLATE_NOOP("AuditModel", "ID"), QT_TRANSLATE_NOOP("AuditModel", "Ringkasan")]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[audit.AuditEntry] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditModel", self.COLS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c = index.column()
            if c == 0:
                return f"{e.waktu:%d-%m-%Y %H:%M:%S}"
            if c == 2:  # the action's label; the code stays in the tooltip (filters and exports use it)
                return teks(label_aksi(e.aksi)) if role == Qt.ItemDataRole.DisplayRole else e.aksi
            if c == 5:
                return _ringkasan(e.ringkasan).replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole \
                    else _ringkasan(e.ringkasan)
            value = [None, e.username, e.aksi, e.entitas, e.entitas_id, e.ringkasan][c]
            if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
                return value.replace("\n", " ")
            return value
        return None

    def set_rows(self, rows: list[audit.AuditEntry], append: bool = False) -> None:
        if append:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        else:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()


def _ringkasan(text: str) -> str:
    """An audit summary in the installed language when it was written from a known template
    (services/audit_label.RINGKASAN_AUDIT); stored in Indonesian, searched in Indonesian."""
    msg = cocokkan_ringkasan(text) if text else None
    return teks(msg) if msg is not None else text


class AuditTab(QWidget):
    key = "audit"
    PAGE = 500

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.total = 0
        lay = QVBoxLayout(self)
        grid = QGridLayout()
        self.cb_user = QComboBox()
        self.cb_aksi = QComboBox()
        self.cb_entitas = QComboBox()
        for cb in (self.cb_user, self.cb_aksi, self.cb_entitas):
            cb.setMinimumWidth(160)
            cb.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chk_dari = QCheckBox(self.tr("&Dari"))
        self.chk_sampai = QCheckBox(self.tr("&Sampai"))
        today = QDate.currentDate()
        self.ed_dari = QDateEdit(today.addDays(-30))
        self.ed_sampai = QDateEdit(today)
        for ed in (self.ed_dari, self.ed_sampai):
            ed.setCalendarPopup(True)
            ed.setDisplayFormat("dd-MM-yyyy")
            ed.setEnabled(False)
        self.ed_teks = QLineEdit()
        self.ed_teks.setPlaceholderText(self.tr("Cari teks (nama, NIP, nilai)…"))
        self.ed_teks.setClearButtonEnabled(True)
        self.btn_reset = QPushButton(self.tr("&Reset filter"))
        lbl = lambda t, w: (QLabel(t), w)  # noqa: E731
        pairs = [lbl(self.tr("Pengguna:"), self.cb_user), lbl(self.tr("Aksi:"), self.cb_aksi),
                 lbl(self.tr("Entitas:"), self.cb_entitas)]
        for i, (l_, w) in enumerate(pairs):
            l_.setBuddy(w)
            grid.addWidget(l_, 0, 2 * i)
            grid.addWidget(w, 0, 2 * i + 1)
        grid.addWidget(self.chk_dari, 1, 0)
        grid.addWidget(self.ed_dari, 1, 1)
        grid.addWidget(self.chk_sampai, 1, 2)
        grid.addWidget(self.ed_sampai, 1, 3)
        tl = QLabel(self.tr("&Teks:"))
        tl.setBuddy(self.ed_teks)
        grid.addWidget(tl, 1, 4)
        grid.addWidget(self.ed_teks, 1, 5)
        grid.addWidget(self.btn_reset, 0, 6)
        grid.setColumnStretch(5, 1)
        lay.addLayout(grid)

        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        hh = self.view.horizontalHeader()
        hh.setStretchLastSection(True)
        for c, w in enumerate([140, 110, 170, 110, 60]):
            self.view.setColumnWidth(c, w)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Pilih satu baris untuk melihat nilai sebelum dan sesudah perubahan."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.lbl_count = QLabel("")
        self.btn_more = QPushButton(self.tr("Muat &lebih banyak"))
        self.btn_export = QPushButton(self.tr("&Ekspor ke Excel…"))
        bottom.addWidget(self.lbl_count, 1)
        bottom.addWidget(self.btn_more)
        bottom.addWidget(self.btn_export)
        lay.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        for cb in (self.cb_user, self.cb_aksi, self.cb_entitas):
            cb.currentIndexChanged.connect(lambda _i: self._timer.start())
        for chk, ed in ((self.chk_dari, self.ed_dari), (self.chk_sampai, self.ed_sampai)):
            chk.toggled.connect(ed.setEnabled)
            chk.toggled.connect(lambda _on: self._timer.start())
            ed.dateChanged.connect(lambda _d: self._timer.start())
        self.ed_teks.textChanged.connect(lambda _t: self._timer.start())
        self.btn_reset.clicked.connect(self.reset_filters)
        self.btn_more.clicked.connect(self.load_more)
        self.btn_export.clicked.connect(self.export)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)

    def load(self) -> None:
        try:
            choices = audit.pilihan_filter(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        groups = sorted({a.split(".")[0] + "." for a in choices.aksi if "." in a})
        for cb, values, extra in (
            (self.cb_user, choices.usernames, []),
            (self.cb_aksi, choices.aksi, groups),
            (self.cb_entitas, choices.entitas, []),
        ):
            current = cb.currentData()
            cb.blockSignals(True)
            cb.clear()
            cb.addItem(self.tr("(semua)"), "")
            labelled = cb is self.cb_aksi
            for g in extra:
                cb.addItem(fmt(self.tr("%1 (semua aksi)"), teks(label_grup(g))) if labelled
                           else fmt(self.tr("%1* (semua)"), g), g)
            for v in values:
                cb.addItem(teks(label_aksi(v)) if labelled else v, v)
            i = cb.findData(current) if current else 0
            cb.setCurrentIndex(max(0, i))
            cb.blockSignals(False)
        self.reload()

    def current_filter(self) -> audit.AuditFilter:
        def d(chk: QCheckBox, ed: QDateEdit) -> date | None:
            return ed.date().toPython() if chk.isChecked() else None  # type: ignore[return-value]

        return audit.AuditFilter(
            username=self.cb_user.currentData() or "", aksi=self.cb_aksi.currentData() or "",
            entitas=self.cb_entitas.currentData() or "", dari=d(self.chk_dari, self.ed_dari),
            sampai=d(self.chk_sampai, self.ed_sampai), teks=self.ed_teks.text(),
        )

    def reload(self) -> None:
        try:
            page = audit.cari_audit(self.ctx, self.current_filter(), limit=self.PAGE)
        except ServiceError as exc:
            self.lbl_count.setText(error_text(exc))
            self.model.set_rows([])
            return
        self.total = page.total
        self.model.set_rows(page.rows)
        self.detail.clear()
        self._count()

    def load_more(self) -> None:
        try:
            page = audit.cari_audit(self.ctx, self.current_filter(), limit=self.PAGE, offset=len(self.model.rows))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(page.rows, append=True)
        self._count()

    def _count(self) -> None:
        shown = len(self.model.rows)
        self.lbl_count.setText(
            fmt(self.tr("Menampilkan %1 dari %2 entri (terbaru di atas)."), f"{shown:,}".replace(",", "."), f"{self.total:,}".replace(",", "."))
        )
        self.btn_more.setEnabled(shown < self.total)
        self.btn_export.setEnabled(self.total > 0)

    def _show_detail(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        e = self.model.rows[current.row()]
        head = f"{e.waktu:%d-%m-%Y %H:%M:%S} · {e.username} · {teks(label_aksi(e.aksi))} ({e.aksi})"
        if e.entitas:
            head += f" · {e.entitas} {e.entitas_id}"
        body = e.perubahan or self.tr("(tidak ada nilai sebelum/sesudah)")
        self.detail.setPlainText(f"{head}\n{_ringkasan(e.ringkasan)}\n\n{body}")

    def reset_filters(self) -> None:
        for w in (self.cb_user, self.cb_aksi, self.cb_entitas):
            w.setCurrentIndex(0)
        self.chk_dari.setChecked(False)
        self.chk_sampai.setChecked(False)
        self.ed_teks.clear()
        self._timer.stop()
        self.reload()

    def export(self) -> None:
        default = str(Path.home() / f"log-audit-{date.today():%Y%m%d}.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor log audit"), default,
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        f = self.current_filter()

        def done(n: int) -> None:
            tampilkan_hasil(self, fmt(self.tr("%1 baris log audit diekspor."), str(n)), path,
                            status=fmt(self.tr("%1 baris log audit diekspor ke %2."), str(n), str(path)))
            self.reload()

        self.job = run_job(self, self.tr("Mengekspor log audit…"),
                           lambda p: audit.ekspor_audit(self.ctx, path, f, progress=p), done, modal=False)
