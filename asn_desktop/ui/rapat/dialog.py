"""Dialogs of the meeting area: the meeting itself, a follow-up action, closing one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import periode as periode_svc
from asn_desktop.services import rapat
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class RapatDialog(QDialog):
    """Create or edit a meeting: unit (or the whole kecamatan), period, date, place, chair,
    note-taker and the participants (ticked; the unit's people are offered)."""

    def __init__(self, ctx: AppContext, info: rapat.RapatInfo | None = None, peserta: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.result_info: rapat.RapatInfo | None = None
        self.setWindowTitle(self.tr("Ubah Rapat Evaluasi") if info else self.tr("Rapat Evaluasi Baru"))
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.ed_judul = QLineEdit()
        self.ed_judul.setMaxLength(300)
        form.addRow(self.tr("&Judul:"), self.ed_judul)
        self.cb_unit = QComboBox()
        for uid, nama in rapat.unit_pilihan(ctx):
            self.cb_unit.addItem(self.tr("Kecamatan (semua unit)") if uid is None else nama, uid)
        form.addRow(self.tr("&Unit:"), self.cb_unit)
        self.cb_periode = QComboBox()
        aktif = periode_svc.periode_aktif(ctx)
        for t in periode_svc.list_tahun(ctx):
            for p in t.periode:
                self.cb_periode.addItem(f"{p.nama} {p.tahun}", p.id)
        if aktif is not None:
            self.cb_periode.setCurrentIndex(max(0, self.cb_periode.findData(aktif.id)))
        form.addRow(self.tr("&Periode yang dievaluasi:"), self.cb_periode)
        self.ed_tanggal = QDateEdit(_qdate(date.today()))
        self.ed_tanggal.setCalendarPopup(True)
        self.ed_tanggal.setDisplayFormat("dd-MM-yyyy")
        self.ed_waktu = QLineEdit()
        self.ed_waktu.setPlaceholderText(self.tr("mis. 09.00 WITA s.d. selesai"))
        row = QHBoxLayout()
        row.addWidget(self.ed_tanggal)
        row.addWidget(QLabel(self.tr("Waktu:")))
        row.addWidget(self.ed_waktu, 1)
        form.addRow(self.tr("&Tanggal:"), row)
        self.ed_tempat = QLineEdit()
        form.addRow(self.tr("T&empat:"), self.ed_tempat)
        self.cb_pimpinan = QComboBox()
        self.cb_notulis = QComboBox()
        form.addRow(self.tr("Pimpinan &rapat:"), self.cb_pimpinan)
        form.addRow(self.tr("&Notulis:"), self.cb_notulis)
        lay.addLayout(form)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Peserta (centang; Spasi mencentang baris terpilih):")), 1)
        b_all = QPushButton(self.tr("Pilih &semua"))
        b_none = QPushButton(self.tr("&Kosongkan"))
        b_all.clicked.connect(lambda: self._check_all(True))
        b_none.clicked.connect(lambda: self._check_all(False))
        head.addWidget(b_all)
        head.addWidget(b_none)
        lay.addLayout(head)
        self.list_peserta = QListWidget()
        lay.addWidget(self.list_peserta, 1)
        self.lbl_count = QLabel()
        lay.addWidget(self.lbl_count)
        self.list_peserta.itemChanged.connect(lambda _i: self._count())
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.simpan)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self._peserta_awal = set(peserta or [])
        if info is not None:
            self.ed_judul.setText(info.judul)
            self.cb_unit.setCurrentIndex(max(0, self.cb_unit.findData(info.unit_kerja_id)))
            self.cb_periode.setCurrentIndex(max(0, self.cb_periode.findData(info.periode_id)))
            self.ed_tanggal.setDate(_qdate(info.tanggal))
            self.ed_waktu.setText(info.waktu)
            self.ed_tempat.setText(info.tempat)
        self._isi_peserta(first=True)
        self.cb_unit.currentIndexChanged.connect(lambda _i: self._isi_peserta())
        self.cb_periode.currentIndexChanged.connect(lambda _i: self._judul_usul())
        self._judul_usul()

    def _judul_usul(self) -> None:
        if self.info is None and (not self.ed_judul.text() or self.ed_judul.isModified() is False):
            self.ed_judul.setText(fmt(self.tr("Rapat evaluasi kinerja %1 — %2"), self.cb_unit.currentText(),
                                      self.cb_periode.currentText()))

    def _isi_peserta(self, first: bool = False) -> None:
        unit = self.cb_unit.currentData()
        try:
            kandidat = rapat.kandidat_peserta(self.ctx, unit)
        except ServiceError as exc:
            show_error(self, exc)
            kandidat = []
        keep = self._peserta_awal if first and self.info is not None else None
        self.list_peserta.blockSignals(True)
        self.list_peserta.clear()
        for k in kandidat:
            item = QListWidgetItem(f"{k.nama} — {k.jabatan}" + (f" ({k.unit_nama})" if k.unit_nama else ""))
            item.setData(ID_ROLE, k.pegawai_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = keep is None or k.pegawai_id in keep
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list_peserta.addItem(item)
        self.list_peserta.blockSignals(False)
        for cb, current in ((self.cb_pimpinan, self.info.pimpinan_id if self.info else None),
                            (self.cb_notulis, self.info.notulis_id if self.info else None)):
            cb.clear()
            cb.addItem(self.tr("(tidak dicantumkan)"), None)
            for k in kandidat:
                cb.addItem(k.nama, k.pegawai_id)
            if current is not None:
                cb.setCurrentIndex(max(0, cb.findData(current)))
        if self.info is None and kandidat:
            self.cb_pimpinan.setCurrentIndex(1)  # the unit's head comes first
        self._count()
        if not first:
            self._judul_usul()

    def _check_all(self, on: bool) -> None:
        for i in range(self.list_peserta.count()):
            self.list_peserta.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def peserta(self) -> list[int]:
        out = []
        for i in range(self.list_peserta.count()):
            item = self.list_peserta.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(ID_ROLE)))
        return out

    def _count(self) -> None:
        self.lbl_count.setText(fmt(self.tr("%1 dari %2 pegawai dipilih."), len(self.peserta()),
                                   self.list_peserta.count()))

    def data(self) -> rapat.RapatInput:
        return rapat.RapatInput(
            judul=self.ed_judul.text(), periode_id=int(self.cb_periode.currentData() or 0),
            tanggal=_pydate(self.ed_tanggal.date()), unit_kerja_id=self.cb_unit.currentData(),
            waktu=self.ed_waktu.text(), tempat=self.ed_tempat.text(), pimpinan_id=self.cb_pimpinan.currentData(),
            notulis_id=self.cb_notulis.currentData(), peserta=self.peserta(),
        )

    def simpan(self) -> None:
        try:
            if self.info is None:
                self.result_info = rapat.buat_rapat(self.ctx, self.data())
            else:
                self.result_info = rapat.ubah_rapat(self.ctx, self.info.id, self.data(),
                                                    version_id=self.info.version_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()


class TindakLanjutDialog(QDialog):
    """A follow-up action: what, who (one of the participants), due date."""

    def __init__(self, peserta: list[rapat.PesertaInfo], tanggal_rapat: date, pegawai_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah Tindak Lanjut"))
        self.resize(520, 280)
        form = QFormLayout(self)
        self.ed_uraian = QPlainTextEdit()
        self.ed_uraian.setTabChangesFocus(True)
        self.ed_uraian.setPlaceholderText(self.tr("Apa yang akan dilakukan"))
        form.addRow(self.tr("&Tindak lanjut:"), self.ed_uraian)
        self.cb_pegawai = QComboBox()
        for p in peserta:
            self.cb_pegawai.addItem(p.nama, p.pegawai_id)
        if pegawai_id is not None:
            self.cb_pegawai.setCurrentIndex(max(0, self.cb_pegawai.findData(pegawai_id)))
        form.addRow(self.tr("&Penanggung jawab:"), self.cb_pegawai)
        self.ed_tenggat = QDateEdit(_qdate(date.fromordinal(max(date.today(), tanggal_rapat).toordinal() + 14)))
        self.ed_tenggat.setCalendarPopup(True)
        self.ed_tenggat.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("T&enggat:"), self.ed_tenggat)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)

    def values(self) -> tuple[int, str, date]:
        return int(self.cb_pegawai.currentData()), self.ed_uraian.toPlainText(), _pydate(self.ed_tenggat.date())


class TutupDialog(QDialog):
    """Closing (or reopening) a follow-up with a short note."""

    def __init__(self, t: rapat.TindakLanjutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        buka = not t.terbuka
        self.setWindowTitle(self.tr("Buka Kembali Tindak Lanjut") if buka else self.tr("Tutup Tindak Lanjut"))
        self.resize(480, 240)
        lay = QVBoxLayout(self)
        info = QLabel(fmt(self.tr("%1\nPenanggung jawab: %2"), t.uraian, t.pegawai_nama))
        info.setWordWrap(True)
        lay.addWidget(info)
        lay.addWidget(QLabel(self.tr("Catatan (mis. apa yang sudah dilakukan):")))
        self.ed_catatan = QPlainTextEdit()
        self.ed_catatan.setTabChangesFocus(True)
        lay.addWidget(self.ed_catatan, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buka kembali") if buka else self.tr("Tutup"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def catatan(self) -> str:
        return self.ed_catatan.toPlainText()
