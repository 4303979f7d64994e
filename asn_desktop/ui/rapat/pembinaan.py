"""Pembinaan kinerja: the list of coaching sessions, their dialog and the two printed forms."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui.i18n import nama_periode, tanggal_teks
from asn_desktop.services import pembinaan
from asn_desktop.services import periode as periode_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.penilaian.common import Column
from asn_desktop.ui.rapat.common import SortableTable, ask_pdf_path, save_pdf_in_background


class BimbinganDialog(QDialog):
    """Record or change a coaching session; the competency grid feeds the evaluasi kompetensi form."""

    def __init__(self, ctx: AppContext, info: pembinaan.BimbinganInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.result_info: pembinaan.BimbinganInfo | None = None
        self.setWindowTitle(self.tr("Ubah Bimbingan Kinerja") if info else self.tr("Bimbingan Kinerja Baru"))
        self.resize(780, 640)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cb_pegawai = QComboBox()
        for pid, nama, jab in pembinaan.kandidat_pegawai(ctx):
            self.cb_pegawai.addItem(f"{nama} — {jab}" if jab else nama, pid)
        form.addRow(self.tr("&Pegawai:"), self.cb_pegawai)
        self.ed_tanggal = QDateEdit(QDate.currentDate())
        self.ed_tanggal.setCalendarPopup(True)
        self.ed_tanggal.setDisplayFormat("dd-MM-yyyy")
        self.ed_tempat = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.ed_tanggal)
        row.addWidget(QLabel(self.tr("Tempat:")))
        row.addWidget(self.ed_tempat, 1)
        lbl_tanggal = QLabel(self.tr("&Tanggal:"))
        lbl_tanggal.setBuddy(self.ed_tanggal)  # the row is a layout: the label needs its buddy for Alt+T
        form.addRow(lbl_tanggal, row)
        self.cb_periode = QComboBox()
        self.cb_periode.addItem(self.tr("(tidak dikaitkan)"), None)
        for t in periode_svc.list_tahun(ctx):
            for p in t.periode:
                self.cb_periode.addItem(p.label, p.id)
        aktif = periode_svc.periode_aktif(ctx)
        if aktif is not None:
            self.cb_periode.setCurrentIndex(max(0, self.cb_periode.findData(aktif.id)))
        form.addRow(self.tr("Peri&ode:"), self.cb_periode)
        self.ed_topik = QLineEdit()
        form.addRow(self.tr("T&opik / permasalahan:"), self.ed_topik)
        self.ed_catatan = QPlainTextEdit()
        self.ed_umpan = QPlainTextEdit()
        self.ed_tl = QPlainTextEdit()
        for ed, text in ((self.ed_catatan, self.tr("&Uraian bimbingan:")), (self.ed_umpan, self.tr("Umpan &balik:")),
                         (self.ed_tl, self.tr("Rencana tindak &lanjut:"))):
            ed.setTabChangesFocus(True)
            ed.setMaximumHeight(70)
            form.addRow(text, ed)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Evaluasi kompetensi (baris kosong diabaikan):")))
        self.grid = QTableWidget(4, 4)
        self.grid.setHorizontalHeaderLabels([self.tr("Kompetensi"), self.tr("Standar"), self.tr("Kondisi saat ini"),
                                             self.tr("Rekomendasi pengembangan")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        lay.addWidget(self.grid, 1)
        b_row = QPushButton(self.tr("Tambah &baris"))
        b_row.clicked.connect(lambda: self.grid.insertRow(self.grid.rowCount()))
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.addButton(b_row, QDialogButtonBox.ButtonRole.ActionRole)
        bb.accepted.connect(self.simpan)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        if info is not None:
            self.cb_pegawai.setCurrentIndex(max(0, self.cb_pegawai.findData(info.pegawai_id)))
            self.cb_pegawai.setEnabled(False)
            self.ed_tanggal.setDate(QDate(info.tanggal.year, info.tanggal.month, info.tanggal.day))
            self.ed_tempat.setText(info.tempat)
            self.cb_periode.setCurrentIndex(max(0, self.cb_periode.findData(info.periode_id)))
            self.ed_topik.setText(info.topik)
            self.ed_catatan.setPlainText(info.catatan)
            self.ed_umpan.setPlainText(info.umpan_balik)
            self.ed_tl.setPlainText(info.tindak_lanjut)
            self.grid.setRowCount(max(4, len(info.kompetensi) + 1))
            for r, k in enumerate(info.kompetensi):
                for c, key in enumerate(pembinaan.KOMPETENSI_KUNCI):
                    self.grid.setItem(r, c, QTableWidgetItem(k.get(key, "")))

    def data(self) -> pembinaan.BimbinganInput:
        komp = []
        for r in range(self.grid.rowCount()):
            row = {}
            for c, key in enumerate(pembinaan.KOMPETENSI_KUNCI):
                item = self.grid.item(r, c)
                row[key] = item.text() if item is not None else ""
            komp.append(row)
        q = self.ed_tanggal.date()
        return pembinaan.BimbinganInput(
            pegawai_id=int(self.cb_pegawai.currentData() or 0), tanggal=date(q.year(), q.month(), q.day()),
            topik=self.ed_topik.text(), pembimbing_id=self.info.pembimbing_id if self.info else None,
            periode_id=self.cb_periode.currentData(), tempat=self.ed_tempat.text(),
            catatan=self.ed_catatan.toPlainText(), umpan_balik=self.ed_umpan.toPlainText(),
            tindak_lanjut=self.ed_tl.toPlainText(), kompetensi=komp,
        )

    def simpan(self) -> None:
        if self.cb_pegawai.currentData() is None:
            show_error(self, ServiceError(self.tr("Tidak ada pegawai yang dapat Anda bimbing.")))
            return
        try:
            self.result_info = pembinaan.simpan_bimbingan(
                self.ctx, self.data(), self.info.id if self.info else None,
                version_id=self.info.version_id if self.info else None)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()


class PembinaanTab(QWidget):
    """Coaching sessions the user may see; leaders record them and print the forms."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Bimbingan kinerja oleh pejabat penilai sepanjang tahun (PermenPANRB 6/2022: pembinaan "
                              "kinerja). Formulir umpan balik bimbingan dan evaluasi kompetensi dapat dicetak."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.table = SortableTable([
            Column(self.tr("Tanggal"), lambda b: tanggal_teks(b.tanggal), sort=lambda b: b.tanggal.isoformat()),
            Column(self.tr("Pegawai"), lambda b: b.pegawai_nama),
            Column(self.tr("Pembimbing"), lambda b: b.pembimbing_nama),
            Column(self.tr("Periode"), lambda b: nama_periode(b.periode_label)),
            Column(self.tr("Topik"), lambda b: b.topik),
        ], (130, 220, 200, 140))
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        lay.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.btn_baru = QPushButton(self.tr("&Baru…"))
        self.btn_baru.clicked.connect(self.baru)
        self.btn_ubah = QPushButton(self.tr("&Ubah…"))
        self.btn_ubah.clicked.connect(self.ubah)
        self.btn_hapus = QPushButton(self.tr("&Hapus"))
        self.btn_hapus.clicked.connect(self.hapus)
        self.btn_umpan = QPushButton(self.tr("Cetak umpan balik &bimbingan (PDF)…"))
        self.btn_umpan.clicked.connect(lambda: self.cetak("umpan_balik"))
        self.btn_komp = QPushButton(self.tr("Cetak evaluasi &kompetensi (PDF)…"))
        self.btn_komp.clicked.connect(lambda: self.cetak("kompetensi"))
        for b in (self.btn_baru, self.btn_ubah, self.btn_hapus):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.btn_umpan)
        bar.addWidget(self.btn_komp)
        lay.addLayout(bar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())

    def load(self) -> None:
        cur = self.table.current()
        try:
            rows = pembinaan.daftar_bimbingan(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            rows = []
        self.table.set_rows(rows, cur.id if cur else None)
        try:
            self.btn_baru.setVisible(bool(pembinaan.kandidat_pegawai(self.ctx)))
        except ServiceError:
            self.btn_baru.setVisible(False)
        self._buttons()

    def _buttons(self) -> None:
        b = self.table.current()
        for w in (self.btn_ubah, self.btn_hapus):
            w.setEnabled(b is not None and b.boleh_ubah)
        for w in (self.btn_umpan, self.btn_komp):
            w.setEnabled(b is not None)

    def baru(self) -> None:
        dlg = BimbinganDialog(self.ctx, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.load()

    def ubah(self) -> None:
        b = self.table.current()
        if b is None or not b.boleh_ubah:
            return
        if BimbinganDialog(self.ctx, b, self).exec() == QDialog.DialogCode.Accepted:
            self.load()

    def hapus(self) -> None:
        b = self.table.current()
        if b is None or not b.boleh_ubah:
            return
        if QMessageBox.question(self, self.tr("Hapus bimbingan"),
                                fmt(self.tr("Hapus catatan bimbingan \"%1\" untuk %2?"), b.topik, b.pegawai_nama)
                                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            pembinaan.hapus_bimbingan(self.ctx, b.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.load()

    def cetak(self, jenis: str) -> str | None:
        b = self.table.current()
        if b is None:
            return None
        if jenis == "kompetensi":
            title, prefix = self.tr("Simpan Evaluasi Kompetensi"), "Evaluasi_Kompetensi"
            write = lambda p: pembinaan.cetak_evaluasi_kompetensi(self.ctx, b.id, p)  # noqa: E731
            msg = self.tr("Evaluasi kompetensi pegawai disimpan.")
        else:
            title, prefix = self.tr("Simpan Umpan Balik Bimbingan"), "Umpan_Balik_Bimbingan"
            write = lambda p: pembinaan.cetak_umpan_balik(self.ctx, b.id, p)  # noqa: E731
            msg = self.tr("Umpan balik bimbingan kinerja disimpan.")
        path = ask_pdf_path(self, title, prefix, b.pegawai_nama, b.tanggal.isoformat())
        if not path:
            return None
        self.job = save_pdf_in_background(self, title, path, write, msg)
        return path
