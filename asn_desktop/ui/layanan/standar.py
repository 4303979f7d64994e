"""Service standards (the promise per service type) and the office's holiday list, both editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import layanan as dl
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services import layanan
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.i18n import fmt, teks
from asn_desktop.ui.layanan.register import table_view
from asn_desktop.ui.pegawai.widgets import DateField
from asn_desktop.ui.penilaian.common import Column, RowsModel, banner, message_of, status_message



class StandarTab(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.can_entry = self.ctx.actor.can(layanan.ENTRY_PERMISSION)
        self.loaded = False
        self.editing: layanan.StandarInfo | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)

        left = QGroupBox(self.tr("Standar pelayanan (waktu yang dijanjikan)"))
        ll = QVBoxLayout(left)
        form = QHBoxLayout()
        self.nama = QLineEdit()
        self.nama.setPlaceholderText(self.tr("Jenis layanan"))
        self.nama.setToolTip(self.tr("Jenis layanan, mis. Rekomendasi KTP-el"))
        self.waktu = QSpinBox()
        self.waktu.setRange(1, 365)
        self.satuan = QComboBox()
        for k, label in dl.SATUAN.items():
            self.satuan.addItem(label, k)
        self.aktif = QCheckBox(self.tr("Aktif"))
        self.aktif.setChecked(True)
        self.btn_save = QPushButton(self.tr("Simpan"))
        self.btn_save.clicked.connect(self.save_standar)
        self.nama.returnPressed.connect(self.save_standar)
        self.btn_new = QPushButton(self.tr("Baru"))
        self.btn_new.clicked.connect(self.clear_standar)
        self.btn_del = QPushButton(self.tr("Hapus"))
        self.btn_del.setToolTip(self.tr("Standar yang sudah dipakai tidak dihapus, hanya dinonaktifkan."))
        self.btn_del.clicked.connect(self.delete_standar)
        form.addWidget(self.nama, 1)
        form2 = QHBoxLayout()
        for w in (self.waktu, self.satuan, self.aktif):
            form2.addWidget(w)
        form2.addStretch(1)
        for w in (self.btn_save, self.btn_new, self.btn_del):
            form2.addWidget(w)
        box = QWidget()
        boxl = QVBoxLayout(box)
        boxl.setContentsMargins(0, 0, 0, 0)
        boxl.addLayout(form)
        boxl.addLayout(form2)
        ll.addWidget(box)
        box.setVisible(self.can_entry)  # in the layout first: shown before, it flashed as a window
        self.problem = banner("", kind="warning")
        self.problem.setVisible(False)
        ll.addWidget(self.problem)
        self.m_standar = RowsModel([
            Column(self.tr("Jenis layanan"), lambda r: r.nama),
            Column(self.tr("Waktu janji"), lambda r: teks(r.janji_pesan), sort=lambda r: dl.janji_jam(r.waktu, r.satuan)),
            Column(self.tr("Aktif"), lambda r: self.tr("ya") if r.aktif else self.tr("tidak"),
                   color=lambda r: None if r.aktif else "#888888"),
            Column(self.tr("Dipakai"), lambda r: r.dipakai, align_right=True),
        ])
        self.v_standar, self.p_standar = table_view(self.m_standar, self)
        self.v_standar.doubleClicked.connect(self._edit_standar)
        self.v_standar.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ll.addWidget(self.v_standar, 1)
        note = QLabel(self.tr("Permohonan menyimpan janji waktu saat dicatat: mengubah standar tidak mengubah "
                              "penilaian tepat waktu permohonan yang sudah ada. Klik dua kali untuk mengubah."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#4a5560;")
        ll.addWidget(note)
        lay.addWidget(left, 3)

        right = QGroupBox(self.tr("Hari libur nasional dan cuti bersama"))
        rl = QVBoxLayout(right)
        rform = QHBoxLayout()
        self.tgl = DateField()
        self.tgl.edit.setMinimumWidth(110)
        self.ket = QLineEdit()
        self.ket.setPlaceholderText(self.tr("Keterangan"))
        self.ket.setMinimumWidth(110)
        self.ket.returnPressed.connect(self.save_libur)
        self.btn_libur = QPushButton(self.tr("Tambah"))
        self.btn_libur.clicked.connect(self.save_libur)
        self.btn_libur_del = QPushButton(self.tr("Hapus"))
        self.btn_libur_del.clicked.connect(self.delete_libur)
        rform.addWidget(self.tgl)
        rform.addWidget(self.ket, 1)
        rform2 = QHBoxLayout()
        rform2.addStretch(1)
        rform2.addWidget(self.btn_libur)
        rform2.addWidget(self.btn_libur_del)
        rbox = QWidget()
        rboxl = QVBoxLayout(rbox)
        rboxl.setContentsMargins(0, 0, 0, 0)
        rboxl.addLayout(rform)
        rboxl.addLayout(rform2)
        rl.addWidget(rbox)
        rbox.setVisible(self.can_entry)
        hari = (self.tr("Senin"), self.tr("Selasa"), self.tr("Rabu"), self.tr("Kamis"), self.tr("Jumat"),
                self.tr("Sabtu"), self.tr("Minggu"))
        self.m_libur = RowsModel([
            Column(self.tr("Tanggal"), lambda r: format_tanggal_pendek(r.tanggal), sort=lambda r: r.tanggal.isoformat()),
            Column(self.tr("Hari"), lambda r: hari[r.tanggal.weekday()]),
            Column(self.tr("Keterangan"), lambda r: r.keterangan, prose=True),
        ])
        self.v_libur, self.p_libur = table_view(self.m_libur, self)
        self.v_libur.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        rl.addWidget(self.v_libur, 1)
        rnote = QLabel(self.tr("Hari kerja: Senin–Jumat (Perpres 21/2023) kecuali tanggal di daftar ini. Isi sesuai "
                               "SKB tentang hari libur nasional dan cuti bersama tahun berjalan."))
        rnote.setWordWrap(True)
        rnote.setStyleSheet("color:#4a5560;")
        rl.addWidget(rnote)
        lay.addWidget(right, 2)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload()

    def reload(self) -> None:
        try:
            self.m_standar.set_rows(layanan.daftar_standar(self.ctx))
            self.m_libur.set_rows(layanan.daftar_libur(self.ctx))
        except ServiceError as exc:
            self.say(message_of(exc))
        self.v_standar.resizeColumnsToContents()
        self.v_libur.resizeColumnsToContents()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear_standar(self) -> None:
        self.editing = None
        self.nama.clear()
        self.waktu.setValue(1)
        self.satuan.setCurrentIndex(0)
        self.aktif.setChecked(True)
        self.btn_save.setText(self.tr("Simpan"))
        self.nama.setFocus()

    def _edit_standar(self, index: Any) -> None:
        if not self.can_entry:
            return
        r = self.m_standar.row_at(self.p_standar.mapToSource(index).row())
        if r is None:
            return
        self.editing = r
        self.nama.setText(r.nama)
        self.waktu.setValue(r.waktu)
        self.satuan.setCurrentIndex(max(0, self.satuan.findData(r.satuan)))
        self.aktif.setChecked(r.aktif)
        self.btn_save.setText(self.tr("Simpan perubahan"))
        self.nama.setFocus()

    def save_standar(self) -> None:
        e = self.editing
        try:
            info = layanan.simpan_standar(self.ctx, self.nama.text(), self.waktu.value(), self.satuan.currentData(),
                                          aktif=self.aktif.isChecked(), standar_id=e.id if e else None,
                                          version_id=e.version_id if e else None)
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        self.say("")
        status_message(self, fmt(self.tr("Standar pelayanan tersimpan: %1, %2."), info.nama, teks(info.janji_pesan)))
        self.clear_standar()
        self.reload()
        self.page.standards_changed()

    def delete_standar(self) -> None:
        rows = self.v_standar.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("Pilih standar yang akan dihapus."))
            return
        r = self.m_standar.row_at(self.p_standar.mapToSource(rows[0]).row())
        try:
            removed = layanan.hapus_standar(self.ctx, r.id)
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        status_message(self, self.tr("Standar dihapus.") if removed
                       else self.tr("Standar sudah dipakai: dinonaktifkan, riwayatnya tetap."))
        self.reload()
        self.page.standards_changed()

    def save_libur(self) -> None:
        d = self.tgl.value()
        if d is None:
            self.say(self.tgl.error() or self.tr("Isi tanggal hari libur."))
            return
        try:
            layanan.simpan_libur(self.ctx, d, self.ket.text())
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        self.say("")
        self.tgl.set_value(None)
        self.ket.clear()
        self.tgl.setFocus()
        self.reload()

    def delete_libur(self) -> None:
        rows = self.v_libur.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("Pilih hari libur yang akan dihapus."))
            return
        r = self.m_libur.row_at(self.p_libur.mapToSource(rows[0]).row())
        try:
            layanan.hapus_libur(self.ctx, r.id)
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        self.reload()
