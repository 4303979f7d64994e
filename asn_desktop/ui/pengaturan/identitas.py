"""Tab 'Identitas Kantor': the office identity printed on every document, and the signing key."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import OfficeInfo, get_office, set_office
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hanya_baca import tampil_hanya_baca
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.pengaturan.common import _status


# =========================================================================== Identitas Kantor


class IdentitasTab(QWidget):
    key = "identitas"

    #: captions marked here and translated when the tab is built (the language can change at run time)
    FIELDS_KANTOR = [
        ("kode_kantor", QT_TRANSLATE_NOOP("IdentitasTab", "Kode kantor")),
        ("nama_kantor", QT_TRANSLATE_NOOP("IdentitasTab", "Nama kantor")),
        ("instansi", QT_TRANSLATE_NOOP("IdentitasTab", "Instansi")),
        ("kabupaten_kota", QT_TRANSLATE_NOOP("IdentitasTab", "Kabupaten/Kota")),
        ("provinsi", QT_TRANSLATE_NOOP("IdentitasTab", "Provinsi")),
        ("alamat", QT_TRANSLATE_NOOP("IdentitasTab", "Alamat")),
        ("kota_ttd", QT_TRANSLATE_NOOP("IdentitasTab", "Tempat penandatanganan")),
    ]
    FIELDS_ATASAN = [
        ("atasan_camat_nama", QT_TRANSLATE_NOOP("IdentitasTab", "Nama")),
        ("atasan_camat_nip", QT_TRANSLATE_NOOP("IdentitasTab", "NIP")),
        ("atasan_camat_pangkat", QT_TRANSLATE_NOOP("IdentitasTab", "Pangkat/Gol. ruang")),
        ("atasan_camat_jabatan", QT_TRANSLATE_NOOP("IdentitasTab", "Jabatan")),
        ("atasan_camat_unit", QT_TRANSLATE_NOOP("IdentitasTab", "Unit kerja")),
    ]
    PLACEHOLDERS = {
        "nama_kantor": "Kecamatan Maulafa",
        "instansi": "Pemerintah Kota Kupang",
        "kabupaten_kota": "Kota Kupang",
        "provinsi": "Nusa Tenggara Timur",
        "kota_ttd": "Kupang",
        "atasan_camat_jabatan": "Sekretaris Daerah Kota Kupang",
        "atasan_camat_nip": "18 digit, mis. 197505122000031003",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(Permission.SETTINGS)
        self.edits: dict[str, QLineEdit] = {}
        self._saved = OfficeInfo()
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Identitas ini dicetak pada SKP, dokumen evaluasi, dan laporan, serta ditulis pada berkas "
                    "pertukaran Excel.")
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        g1 = QGroupBox(self.tr("Kantor"))
        f1 = QFormLayout(g1)
        for name, caption in self.FIELDS_KANTOR:
            f1.addRow(self.tr(caption) + ":", self._edit(name))
        g2 = QGroupBox(self.tr("Atasan pejabat penilai Camat"))
        v2 = QVBoxLayout(g2)
        note = QLabel(
            self.tr("<small>Atasan langsung Camat berada di tingkat kabupaten/kota dan biasanya tidak ada di "
                    "basis data ini; datanya dicetak sebagai atasan pejabat penilai pada SKP Camat.</small>")
        )
        note.setWordWrap(True)
        v2.addWidget(note)
        f2 = QFormLayout()
        for name, caption in self.FIELDS_ATASAN:
            f2.addRow(self.tr(caption) + ":", self._edit(name))
        v2.addLayout(f2)
        self.lbl_nip = QLabel("")
        self.lbl_nip.setWordWrap(True)
        self.lbl_nip.setStyleSheet("color: #b3261e;")
        v2.addWidget(self.lbl_nip)
        v2.addStretch(1)
        row.addWidget(g1, 1)
        row.addWidget(g2, 1)
        lay.addLayout(row)
        lay.addWidget(self._key_box())
        bar = QHBoxLayout()
        self.lbl_state = QLabel("")
        bar.addWidget(self.lbl_state, 1)
        self.btn_revert = QPushButton(self.tr("&Batalkan perubahan"))
        self.btn_save = QPushButton(self.tr("&Simpan"))
        self.btn_save.setDefault(True)
        self.btn_save.setToolTip(self.tr("Simpan identitas kantor (Ctrl+S)"))
        bar.addWidget(self.btn_revert)
        bar.addWidget(self.btn_save)
        lay.addLayout(bar)
        lay.addStretch(1)
        self.btn_save.clicked.connect(self.save)
        self.btn_revert.clicked.connect(self.load)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        if not self.editable:
            for ed in self.edits.values():
                tampil_hanya_baca(ed, True, self.tr("Hanya admin yang dapat mengubah identitas kantor."))
            self.btn_save.hide()
            self.btn_revert.hide()
            self.lbl_state.setText(self.tr("Hanya admin yang dapat mengubah identitas kantor."))

    def _key_box(self) -> QGroupBox:
        """The office's signing key: its fingerprint is what the regency compares by phone."""
        box = QGroupBox(self.tr("Kunci tanda tangan paket hasil"))
        v = QVBoxLayout(box)
        note = QLabel(self.tr(
            "<small>Setiap paket hasil yang diekspor ditandatangani dengan kunci kantor ini. Saat paket pertama "
            "digabungkan, petugas kabupaten menelepon dan mencocokkan sidik jari di bawah ini; setelah itu "
            "kabupaten hanya menerima paket yang ditandatangani dengan kunci ini.</small>"))
        note.setWordWrap(True)
        v.addWidget(note)
        h = QHBoxLayout()
        h.addWidget(QLabel(self.tr("Sidik jari:")))
        self.lbl_key = QLabel("")
        self.lbl_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_key.setStyleSheet("font-family: monospace; font-size: 13pt; font-weight: bold;")
        h.addWidget(self.lbl_key)
        self.lbl_key_date = QLabel("")
        h.addWidget(self.lbl_key_date, 1)
        self.btn_key_new = QPushButton(self.tr("Buat &kunci sekarang"))
        self.btn_key_rotate = QPushButton(self.tr("&Ganti kunci…"))
        self.btn_key_new.clicked.connect(self.create_key)
        self.btn_key_rotate.clicked.connect(self.rotate_key)
        h.addWidget(self.btn_key_new)
        h.addWidget(self.btn_key_rotate)
        v.addLayout(h)
        return box

    def load_key(self) -> None:
        from asn_desktop.services.kunci_kantor import office_key

        key = office_key(self.ctx)
        if key is None:
            self.lbl_key.setText(self.tr("belum ada"))
            self.lbl_key_date.setText(self.tr("(dibuat otomatis saat paket hasil pertama diekspor)"))
        else:
            self.lbl_key.setText(key.sidik_jari)
            self.lbl_key_date.setText(fmt(self.tr("dibuat %1"), key.dibuat_pada.replace("T", " ")))
        self.btn_key_new.setVisible(self.editable and key is None)
        self.btn_key_rotate.setVisible(self.editable and key is not None)

    def create_key(self) -> None:
        from asn_desktop.services.kunci_kantor import create_office_key

        try:
            create_office_key(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.load_key()

    def rotate_key(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from asn_desktop.services.kunci_kantor import rotate_office_key

        alasan, ok = QInputDialog.getText(self, self.tr("Ganti kunci kantor"), self.tr(
            "Kunci lama tidak dipakai lagi; kabupaten harus menerima kunci baru (sidik jari dicocokkan lewat "
            "telepon) sebelum paket berikutnya diterima.\n\nAlasan penggantian (dicatat di log audit):"))
        if not ok:
            return
        try:
            key = rotate_office_key(self.ctx, alasan)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.load_key()
        _status(self, fmt(self.tr("Kunci kantor diganti; sidik jari baru %1"), key.sidik_jari))

    def _edit(self, name: str) -> QLineEdit:
        ed = QLineEdit()
        ed.setMaxLength(300)
        if name in self.PLACEHOLDERS:
            ed.setPlaceholderText(fmt(self.tr("mis. %1"), self.PLACEHOLDERS[name]))
        ed.textChanged.connect(self._changed)
        self.edits[name] = ed
        return ed

    def load(self) -> None:
        self._saved = get_office(self.ctx)
        data = asdict(self._saved)
        for name, ed in self.edits.items():
            ed.blockSignals(True)
            ed.setText(data.get(name, ""))
            ed.blockSignals(False)
        self._changed()
        self.load_key()

    def current(self) -> OfficeInfo:
        return OfficeInfo(**{name: " ".join(ed.text().split()) for name, ed in self.edits.items()})

    def _nip_problem(self) -> str:
        raw = self.edits["atasan_camat_nip"].text().strip()
        if not raw:
            return ""
        from asn_desktop.domain.errors import DomainError
        from asn_desktop.domain.nip import parse_nip

        try:
            parse_nip(raw)
        except DomainError as exc:
            return fmt(self.tr("NIP atasan: %1"), str(exc))
        return ""

    def _changed(self) -> None:
        dirty = self.current() != self._saved
        problem = self._nip_problem()
        self.lbl_nip.setText(problem)
        self.btn_save.setEnabled(self.editable and dirty and not problem)
        self.btn_revert.setEnabled(dirty)
        if self.editable:
            self.lbl_state.setText(self.tr("Ada perubahan yang belum disimpan.") if dirty else "")

    def save(self) -> None:
        if not self.btn_save.isEnabled():
            return
        info = self.current()
        try:
            set_office(self.ctx, info)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._saved = info
        self._changed()
        _status(self, self.tr("Identitas kantor disimpan."))
