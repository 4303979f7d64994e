"""Area 'Pengaturan': office identity, own account, users, backups, audit log, language.

Tabs appear by permission (the services enforce the same rules): everyone has
'Akun Saya' and 'Bahasa'; 'Pengguna' and 'Log Audit' are admin's; 'Cadangan'
is for admin and operator (restoring is admin-only). Each tab loads on first view.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QProcess,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Role
from asn_desktop.domain.roles import Permission
from asn_desktop.options import BAHASA
from asn_desktop.services import akun, audit, cadangan
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.pages.pengaturan_keamanan import KeamananTab
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.services.settings import OfficeInfo, get_office, get_option, set_office, set_option
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hanya_baca import tampil_hanya_baca
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.labels import fill_combo, label
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.i18n import fmt

LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]


def _size(n: int) -> str:
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} KB"


def _dt(value: datetime | None) -> str:
    return f"{value:%d-%m-%Y %H:%M}" if value else "—"


def _status(widget: QWidget, message: str) -> None:
    win = widget.window()
    bar = getattr(win, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, 8000)


def _message_of(exc: ServiceError) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        return exc.message + "\n" + "\n".join("• " + p.message for p in exc.problems)
    return exc.message


def restart_application(window: QWidget) -> None:
    """After a restore: start a fresh process on the restored database and close this one."""
    from asn_desktop.ui.login import release_instance_lock

    release_instance_lock()
    setattr(window, "skip_exit_backup", True)
    args = list(getattr(sys, "orig_argv", sys.argv))[1:]
    QProcess.startDetached(sys.executable, args)
    QApplication.quit()


#: Replaced in tests (a test must not start a new application process).
RESTART: Callable[[QWidget], None] = restart_application


# =========================================================================== Identitas Kantor


class IdentitasTab(QWidget):
    key = "identitas"

    FIELDS_KANTOR = [
        ("kode_kantor", QCoreApplication.translate("IdentitasTab", "Kode kantor")),
        ("nama_kantor", QCoreApplication.translate("IdentitasTab", "Nama kantor")),
        ("instansi", QCoreApplication.translate("IdentitasTab", "Instansi")),
        ("kabupaten_kota", QCoreApplication.translate("IdentitasTab", "Kabupaten/Kota")),
        ("provinsi", QCoreApplication.translate("IdentitasTab", "Provinsi")),
        ("alamat", QCoreApplication.translate("IdentitasTab", "Alamat")),
        ("kota_ttd", QCoreApplication.translate("IdentitasTab", "Tempat penandatanganan")),
    ]
    FIELDS_ATASAN = [
        ("atasan_camat_nama", QCoreApplication.translate("IdentitasTab", "Nama")),
        ("atasan_camat_nip", QCoreApplication.translate("IdentitasTab", "NIP")),
        ("atasan_camat_pangkat", QCoreApplication.translate("IdentitasTab", "Pangkat/Gol. ruang")),
        ("atasan_camat_jabatan", QCoreApplication.translate("IdentitasTab", "Jabatan")),
        ("atasan_camat_unit", QCoreApplication.translate("IdentitasTab", "Unit kerja")),
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
            f1.addRow(caption + ":", self._edit(name))
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
            f2.addRow(caption + ":", self._edit(name))
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


# =========================================================================== Akun Saya


class AkunSayaTab(QWidget):
    key = "akun"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Akun yang sedang dipakai"))
        form = QFormLayout(box)
        a = ctx.actor
        form.addRow(self.tr("Nama pengguna:"), QLabel(f"<b>{a.username}</b>"))
        form.addRow(self.tr("Nama:"), QLabel(a.nama or "—"))
        form.addRow(self.tr("Peran:"), QLabel(label(a.role)))
        self.lbl_rights = QLabel(self._rights_text())
        self.lbl_rights.setWordWrap(True)
        form.addRow(self.tr("Hak akses:"), self.lbl_rights)
        lay.addWidget(box)
        self.btn_pw = QPushButton(self.tr("&Ganti kata sandi…"))
        self.btn_pw.clicked.connect(self.change_password)
        row = QHBoxLayout()
        row.addWidget(self.btn_pw)
        row.addStretch(1)
        lay.addLayout(row)
        if a.user_id is None:
            self.btn_pw.setEnabled(False)
            self.btn_pw.setToolTip(self.tr("Akun sistem (baris perintah) tidak memiliki kata sandi."))
        lay.addStretch(1)

    def _rights_text(self) -> str:
        texts = {
            Role.ADMIN: self.tr("Semua: data induk, SKP, penilaian, pengguna, cadangan, log audit, pengaturan."),
            Role.OPERATOR: self.tr("Data induk pegawai dan unit, impor/ekspor Excel, penyiapan SKP, laporan, "
                                   "cadangan. Tidak termasuk penilaian."),
            Role.PENILAI: self.tr("SKP dan penilaian pegawai yang Anda nilai (bawahan langsung), SKP dan "
                                  "penilaian diri Anda sendiri, laporan."),
            Role.PEGAWAI: self.tr("SKP, realisasi, dan penilaian diri Anda sendiri; masukan 360° bila diminta."),
        }
        return texts[self.ctx.actor.role]

    def load(self) -> None:
        pass

    def change_password(self) -> None:
        from asn_desktop.ui.login import ChangePasswordDialog

        dlg = ChangePasswordDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            _status(self, self.tr("Kata sandi diganti."))


# =========================================================================== Pengguna


class UserDialog(QDialog):
    """Add (with password) or edit an account."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, user: akun.PenggunaInfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.result_info: akun.PenggunaInfo | None = None
        self.setWindowTitle(self.tr("Ubah akun") if user else self.tr("Tambah akun"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.ed_user = QLineEdit(user.username if user else "")
        self.ed_user.setMaxLength(50)
        self.ed_user.setPlaceholderText(self.tr("huruf kecil tanpa spasi, mis. budi.santoso"))
        if user:
            tampil_hanya_baca(self.ed_user, True, self.tr("Nama pengguna tidak dapat diubah; buat akun baru bila "
                                                          "perlu nama lain."))
        self.ed_nama = QLineEdit(user.nama if user else "")
        self.ed_nama.setMaxLength(200)
        self.cb_role = QComboBox()
        fill_combo(self.cb_role, Role)
        self.cb_role.setCurrentIndex(self.cb_role.findData((user.role if user else Role.OPERATOR).value))
        self.cb_pegawai = QComboBox()
        self.cb_pegawai.setEditable(True)
        self.cb_pegawai.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cb_pegawai.addItem(self.tr("— tidak ditautkan —"), None)
        try:
            for p in akun.pilihan_pegawai(ctx):
                self.cb_pegawai.addItem(p.label, p.id)
        except ServiceError:
            pass
        comp = self.cb_pegawai.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if user and user.pegawai_id is not None:
            i = self.cb_pegawai.findData(user.pegawai_id)
            self.cb_pegawai.setCurrentIndex(max(0, i))
        self.lbl_role = QLabel("")
        self.lbl_role.setWordWrap(True)
        role_box = QVBoxLayout()
        role_box.setSpacing(2)
        role_box.addWidget(self.cb_role)
        role_box.addWidget(self.lbl_role)
        form.addRow(self.tr("Nama &pengguna:"), self.ed_user)
        form.addRow(self.tr("Nama &lengkap:"), self.ed_nama)
        lbl = QLabel(self.tr("Pe&ran:"))
        lbl.setBuddy(self.cb_role)
        form.addRow(lbl, role_box)
        form.addRow(self.tr("Pe&gawai:"), self.cb_pegawai)
        self.ed_pw1 = QLineEdit()
        self.ed_pw2 = QLineEdit()
        self.chk_change = QCheckBox(self.tr("Wajib mengganti kata sandi saat pertama masuk"))
        self.chk_change.setChecked(True)
        if user is None:
            for ed in (self.ed_pw1, self.ed_pw2):
                ed.setEchoMode(QLineEdit.EchoMode.Password)
                ed.setMaxLength(akun.MAX_PASSWORD)
            self.ed_pw1.setPlaceholderText(fmt(self.tr("minimal %1 karakter"), str(akun.MIN_PASSWORD)))
            form.addRow(self.tr("&Kata sandi awal:"), self.ed_pw1)
            form.addRow(self.tr("&Ulangi kata sandi:"), self.ed_pw2)
            form.addRow("", self.chk_change)
        lay.addLayout(form)
        self.lbl_msg = QLabel("")
        self.lbl_msg.setWordWrap(True)
        self.lbl_msg.setStyleSheet("color: #b3261e;")
        lay.addWidget(self.lbl_msg)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self._save)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.cb_role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        (self.ed_nama if user else self.ed_user).setFocus()

    def role(self) -> Role:
        return Role(self.cb_role.currentData())

    def pegawai_id(self) -> int | None:
        text = self.cb_pegawai.currentText()
        i = self.cb_pegawai.findText(text, Qt.MatchFlag.MatchExactly)
        return self.cb_pegawai.itemData(i) if i > 0 else None

    def _role_changed(self) -> None:
        r = self.role()
        hints = {
            Role.ADMIN: self.tr("Semua hak, termasuk pengguna, cadangan, dan log audit."),
            Role.OPERATOR: self.tr("Data induk, impor/ekspor, penyiapan SKP; tidak dapat memberi penilaian."),
            Role.PENILAI: self.tr("Menyetujui SKP dan menilai bawahannya sendiri. Wajib ditautkan ke pegawai."),
            Role.PEGAWAI: self.tr("Hanya SKP dan penilaian dirinya sendiri. Wajib ditautkan ke pegawai."),
        }
        self.lbl_role.setText(f"<small>{hints[r]}</small>")

    def _save(self) -> None:
        if self.user is None and self.ed_pw1.text() != self.ed_pw2.text():
            self.lbl_msg.setText(self.tr("Kedua kata sandi belum sama."))
            return
        try:
            if self.user is None:
                self.result_info = akun.buat_pengguna(
                    self.ctx,
                    akun.PenggunaBaru(self.ed_user.text(), self.ed_nama.text(), self.role(), self.ed_pw1.text(),
                                      self.pegawai_id(), self.chk_change.isChecked()),
                )
            else:
                self.result_info = akun.ubah_pengguna(
                    self.ctx, self.user.id, nama=self.ed_nama.text(), role=self.role(), pegawai_id=self.pegawai_id()
                )
        except ServiceError as exc:
            self.lbl_msg.setText(_message_of(exc))
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, user: akun.PenggunaInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Setel ulang kata sandi"))
        self.setMinimumWidth(440)
        lay = QVBoxLayout(self)
        info = QLabel(
            fmt(self.tr("Kata sandi baru untuk <b>%1</b>. Kunci akun (jika ada) ikut dibuka. Sampaikan kata sandi "
                    "ini langsung kepada pemilik akun."), user.username)
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.ed_pw1 = QLineEdit()
        self.ed_pw2 = QLineEdit()
        for ed in (self.ed_pw1, self.ed_pw2):
            ed.setEchoMode(QLineEdit.EchoMode.Password)
            ed.setMaxLength(akun.MAX_PASSWORD)
        form.addRow(self.tr("Kata sandi &baru:"), self.ed_pw1)
        form.addRow(self.tr("&Ulangi:"), self.ed_pw2)
        self.chk_change = QCheckBox(self.tr("Wajib diganti oleh pemilik saat masuk"))
        self.chk_change.setChecked(user.id != ctx.actor.user_id)
        form.addRow("", self.chk_change)
        lay.addLayout(form)
        self.lbl_msg = QLabel("")
        self.lbl_msg.setWordWrap(True)
        self.lbl_msg.setStyleSheet("color: #b3261e;")
        lay.addWidget(self.lbl_msg)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Setel ulang"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self._save)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def _save(self) -> None:
        if self.ed_pw1.text() != self.ed_pw2.text():
            self.lbl_msg.setText(self.tr("Kedua kata sandi belum sama."))
            return
        try:
            akun.reset_password(self.ctx, self.user.id, self.ed_pw1.text(), harus_ganti=self.chk_change.isChecked())
        except ServiceError as exc:
            self.lbl_msg.setText(_message_of(exc))
            return
        self.accept()


class PenggunaTab(QWidget):
    key = "pengguna"
    COLS = [QT_TRANSLATE_NOOP("PenggunaTab", "Nama pengguna"), QT_TRANSLATE_NOOP("PenggunaTab", "Nama"),
            QT_TRANSLATE_NOOP("PenggunaTab", "Peran"), QT_TRANSLATE_NOOP("PenggunaTab", "Pegawai tertaut"),
            QT_TRANSLATE_NOOP("PenggunaTab", "Status"), QT_TRANSLATE_NOOP("PenggunaTab", "Masuk terakhir")]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[akun.PenggunaInfo] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.ed_search = QLineEdit()
        self.ed_search.setPlaceholderText(self.tr("Cari nama pengguna, nama, atau pegawai…"))
        self.ed_search.setClearButtonEnabled(True)
        self.chk_inactive = QCheckBox(self.tr("Tampilkan akun nonaktif"))
        top.addWidget(self.ed_search, 1)
        top.addWidget(self.chk_inactive)
        lay.addLayout(top)
        self.model = QStandardItemModel(0, len(self.COLS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        side = QVBoxLayout()
        self.btn_add = QPushButton(self.tr("&Tambah…"))
        self.btn_edit = QPushButton(self.tr("&Ubah…"))
        self.btn_reset = QPushButton(self.tr("&Setel ulang kata sandi…"))
        self.btn_unlock = QPushButton(self.tr("&Buka kunci"))
        self.btn_active = QPushButton(self.tr("&Nonaktifkan"))
        for b in (self.btn_add, self.btn_edit, self.btn_reset, self.btn_unlock, self.btn_active):
            side.addWidget(b)
        side.addStretch(1)
        body.addLayout(side)
        lay.addLayout(body, 1)
        self.lbl_info = QLabel(
            self.tr("<small>Akun tidak pernah dihapus agar log audit tetap menyebut pelakunya; nonaktifkan akun "
                    "yang tidak dipakai lagi. Penilai dan Pegawai wajib ditautkan ke data pegawai.</small>")
        )
        self.lbl_info.setWordWrap(True)
        lay.addWidget(self.lbl_info)
        self.btn_add.clicked.connect(self.add)
        self.btn_edit.clicked.connect(self.edit)
        self.btn_reset.clicked.connect(self.reset_password)
        self.btn_unlock.clicked.connect(self.unlock)
        self.btn_active.clicked.connect(self.toggle_active)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ed_search.textChanged.connect(self.proxy.setFilterFixedString)
        self.chk_inactive.toggled.connect(lambda _on: self.load())
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, activated=self.edit)
        self._update_buttons()

    def load(self, select_id: int | None = None) -> None:
        try:
            self.users = akun.daftar_pengguna(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.setRowCount(0)
        for u in self.users:
            if not u.aktif and not self.chk_inactive.isChecked():
                continue
            status = self.tr("aktif") if u.aktif else self.tr("nonaktif")
            if u.terkunci:
                status = fmt(self.tr("terkunci s.d. %1"), f"{u.terkunci_sampai:%H:%M}")
            elif u.harus_ganti_password and u.aktif:
                status += self.tr(", wajib ganti sandi")
            cells = [u.username, u.nama, label(u.role), u.pegawai_nama or "—", status, _dt(u.login_terakhir)]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(u.id, Qt.ItemDataRole.UserRole)
            if not u.aktif:
                for it in items:
                    it.setForeground(Qt.GlobalColor.gray)
            self.model.appendRow(items)
        self.view.resizeColumnsToContents()
        if select_id is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == select_id:
                    self.view.selectRow(r)
                    break
        self._update_buttons()

    def selected(self) -> akun.PenggunaInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        uid = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((u for u in self.users if u.id == uid), None)

    def _update_buttons(self) -> None:
        u = self.selected()
        for b in (self.btn_edit, self.btn_reset, self.btn_active):
            b.setEnabled(u is not None)
        self.btn_unlock.setEnabled(u is not None and u.terkunci)
        self.btn_active.setText(self.tr("&Aktifkan") if u is not None and not u.aktif else self.tr("&Nonaktifkan"))

    def add(self) -> None:
        dlg = UserDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.result_info:
            self.load(dlg.result_info.id)
            _status(self, fmt(self.tr("Akun %1 dibuat."), dlg.result_info.username))

    def edit(self) -> None:
        u = self.selected()
        if u is None:
            return
        dlg = UserDialog(self.ctx, self, u)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.load(u.id)
            _status(self, fmt(self.tr("Akun %1 diubah."), u.username))

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        if ResetPasswordDialog(self.ctx, u, self).exec() == QDialog.DialogCode.Accepted:
            self.load(u.id)
            _status(self, fmt(self.tr("Kata sandi %1 disetel ulang."), u.username))

    def unlock(self) -> None:
        u = self.selected()
        if u is None:
            return
        try:
            akun.buka_kunci(self.ctx, u.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.load(u.id)
        _status(self, fmt(self.tr("Kunci akun %1 dibuka."), u.username))

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        if u.aktif:
            ans = QMessageBox.question(
                self, self.tr("Nonaktifkan akun"),
                fmt(self.tr("Nonaktifkan akun %1? Pemiliknya tidak dapat masuk lagi sampai akun diaktifkan kembali."), u.username),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if ans != QMessageBox.StandardButton.Yes:
                return
        try:
            akun.atur_aktif(self.ctx, u.id, not u.aktif)
        except ServiceError as exc:
            show_error(self, exc)
            return
        if u.aktif and not self.chk_inactive.isChecked():
            self.chk_inactive.setChecked(True)  # reloads; keep the row visible
        self.load(u.id)
        _status(self, fmt(self.tr("Akun %1 dinonaktifkan.") if u.aktif else self.tr("Akun %1 diaktifkan."), u.username))


# =========================================================================== Cadangan


class CadanganTab(QWidget):
    key = "cadangan"
    COLS = [QT_TRANSLATE_NOOP("CadanganTab", "Waktu"), QT_TRANSLATE_NOOP("CadanganTab", "Jenis"),
            QT_TRANSLATE_NOOP("CadanganTab", "Ukuran"), QT_TRANSLATE_NOOP("CadanganTab", "Berkas")]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_restore = ctx.actor.can(Permission.BACKUP) and ctx.actor.can(Permission.SETTINGS)
        self.items: list[cadangan.InfoCadangan] = []
        lay = QVBoxLayout(self)

        loc = QGroupBox(self.tr("Lokasi cadangan"))
        g = QGridLayout(loc)
        self.lbl_folder = QLabel("")
        self.lbl_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_folder.setWordWrap(True)
        self.lbl_warn = QLabel("")
        self.lbl_warn.setWordWrap(True)
        self.lbl_warn.setStyleSheet("color: #8a4b00;")
        self.btn_folder = QPushButton(self.tr("&Pilih folder…"))
        self.btn_default = QPushButton(self.tr("Gunakan folder &bawaan"))
        g.addWidget(self.lbl_folder, 0, 0)
        g.addWidget(self.btn_folder, 0, 1)
        g.addWidget(self.btn_default, 0, 2)
        g.addWidget(self.lbl_warn, 1, 0, 1, 3)
        g.setColumnStretch(0, 1)
        lay.addWidget(loc)

        act = QHBoxLayout()
        self.btn_backup = QPushButton(self.tr("&Cadangkan sekarang"))
        self.btn_backup.setDefault(True)
        self.btn_check = QPushButton(self.tr("Periksa &integritas"))
        act.addWidget(self.btn_backup)
        act.addWidget(self.btn_check)
        act.addStretch(1)
        lay.addLayout(act)
        auto = QLabel(
            self.tr("<small>Cadangan otomatis dibuat saat aplikasi ditutup (jika ada perubahan), sebelum impor, "
                    "sebelum pembaruan skema, dan sebelum pemulihan. Yang disimpan: semua dari 24 jam terakhir, "
                    "satu per hari untuk 7 hari, dan satu per minggu untuk 4 minggu sebelumnya. Cadangan manual "
                    "tidak pernah dihapus otomatis. Simpan juga salinan di flashdisk secara berkala.</small>")
        )
        auto.setWordWrap(True)
        lay.addWidget(auto)

        self.model = QStandardItemModel(0, len(self.COLS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLS])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        hh = self.view.horizontalHeader()
        hh.setStretchLastSection(True)
        for c, w in enumerate([130, 210, 80]):
            self.view.setColumnWidth(c, w)
        lay.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.lbl_count = QLabel("")
        bottom.addWidget(self.lbl_count, 1)
        self.btn_open = QPushButton(self.tr("Buka &folder"))
        self.btn_restore = QPushButton(self.tr("&Pulihkan cadangan terpilih…"))
        self.btn_restore_file = QPushButton(self.tr("Pulihkan dari &berkas lain…"))
        for b in (self.btn_open, self.btn_restore_file, self.btn_restore):
            bottom.addWidget(b)
        lay.addLayout(bottom)
        self.can_choose_folder = cadangan.boleh_folder_pilihan(ctx.actor)
        if not self.can_choose_folder:
            for b in (self.btn_folder, self.btn_default):
                b.setEnabled(False)
                b.setToolTip(self.tr("Cadangan berisi seluruh penilaian dan hash kata sandi; hanya admin yang dapat "
                                     "menyimpannya ke folder lain (mis. flashdisk)."))
        if not self.can_restore:
            for b in (self.btn_restore, self.btn_restore_file):
                b.setEnabled(False)
                b.setToolTip(self.tr("Pemulihan mengganti seluruh data; hanya admin yang dapat melakukannya."))

        self.btn_folder.clicked.connect(self.choose_folder)
        self.btn_default.clicked.connect(lambda: self._set_folder(None))
        self.btn_backup.clicked.connect(self.backup_now)
        self.btn_check.clicked.connect(self.check_integrity)
        self.btn_open.clicked.connect(self.open_folder)
        self.btn_restore.clicked.connect(self.restore_selected)
        self.btn_restore_file.clicked.connect(self.restore_from_file)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())

    def load(self) -> None:
        try:
            folder, warn = cadangan.folder_cadangan(self.ctx)
            chosen = cadangan.folder_pilihan(self.ctx)
            if not self.can_choose_folder:
                folder, warn, chosen = cadangan.folder_bawaan(self.ctx), None, None
            self.items = cadangan.daftar_cadangan(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        kind = self.tr("folder pilihan") if chosen and not warn else self.tr("folder bawaan")
        self.lbl_folder.setText(fmt(self.tr("Cadangan disimpan di <b>%1</b> (%2)."), str(folder), kind))
        self.lbl_warn.setText(warn or "")
        self.lbl_warn.setVisible(bool(warn))
        self.btn_default.setEnabled(self.can_choose_folder and chosen is not None)
        self.model.setRowCount(0)
        for c in self.items:
            items = [QStandardItem(_dt(c.waktu)), QStandardItem(self._label(c.alasan)), QStandardItem(_size(c.ukuran)),
                     QStandardItem(c.path.name if c.path.parent == folder else str(c.path))]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[3].setToolTip(str(c.path))
            self.model.appendRow(items)
        if self.items:
            for c in range(3):
                self.view.resizeColumnToContents(c)
        self.lbl_count.setText(fmt(self.tr("%1 cadangan"), str(len(self.items))))
        self._update_buttons()

    def _label(self, alasan: str) -> str:
        labels = {
            "manual": self.tr("Manual"),
            "keluar": self.tr("Otomatis saat keluar"),
            "sebelum-impor": self.tr("Sebelum impor"),
            "sebelum-pulihkan": self.tr("Sebelum pemulihan"),
            "rusak-sebelum-pulihkan": self.tr("Berkas rusak (sebelum pemulihan)"),
        }
        if alasan.startswith("sebelum-migrasi"):
            return self.tr("Sebelum pembaruan skema")
        return labels.get(alasan, alasan.replace("-", " "))

    def selected(self) -> cadangan.InfoCadangan | None:
        rows = self.view.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.btn_restore.setEnabled(self.can_restore and self.selected() is not None)

    def choose_folder(self) -> None:
        start = str(cadangan.folder_pilihan(self.ctx) or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan (mis. flashdisk)"), start)
        if folder:
            self._set_folder(Path(folder))

    def _set_folder(self, folder: Path | None) -> None:
        try:
            cadangan.atur_folder(self.ctx, folder)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.load()
        _status(self, self.tr("Folder cadangan diubah."))

    def backup_now(self) -> None:
        def done(res: cadangan.HasilCadangan) -> None:
            self.load()
            msg = fmt(self.tr("Cadangan dibuat: %1 (%2)."), str(res.path), _size(res.ukuran))
            tampilkan_hasil(self, fmt(self.tr("Cadangan dibuat (%1)."), _size(res.ukuran)), res.path,
                            status=msg)
            if res.catatan:
                QMessageBox.warning(self, self.tr("Cadangan"), "\n".join(res.catatan))

        self.job = run_job(self, self.tr("Membuat cadangan…"), lambda p: cadangan.buat_cadangan(self.ctx, progress=p),
                           done)

    def check_integrity(self) -> None:
        def done(result: tuple[list[str], str | None]) -> None:
            problems, chain = result
            if not problems and chain is not None:
                from asn_desktop.ui.crash import show_chain_break

                win = self.window()
                if hasattr(win, "statusBar"):
                    show_chain_break(win, chain)
                else:
                    QMessageBox.warning(self, self.tr("Periksa integritas"), chain)
                return
            if not problems:
                QMessageBox.information(self, self.tr("Periksa integritas"),
                                        self.tr("Basis data sehat: PRAGMA integrity_check = ok.") + "\n"
                                        + self.tr("Rantai log audit utuh."))
                _status(self, self.tr("Basis data sehat."))
                return
            from asn_desktop.ui.crash import show_integrity_problems

            win = self.window()
            if hasattr(win, "ctx"):
                show_integrity_problems(win, problems)
            else:
                QMessageBox.critical(self, self.tr("Periksa integritas"), "\n".join(problems[:10]))

        self.job = run_job(self, self.tr("Memeriksa integritas basis data…"),
                           lambda _p: self._periksa(), done, cancellable=False)

    def _periksa(self) -> tuple[list[str], str | None]:
        """integrity_check first; the audit chain only of a file that is not damaged."""
        problems = cadangan.periksa_integritas(self.ctx)
        return problems, (None if problems else cadangan.periksa_rantai_audit(self.ctx))

    def open_folder(self) -> None:
        folder, _w = cadangan.folder_cadangan(self.ctx)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_selected(self) -> None:
        c = self.selected()
        if c is not None and self.can_restore:
            self.restore(c.path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(cadangan.folder_cadangan(self.ctx)[0]),
            self.tr("Basis data (*.db *.sqlite);;Semua berkas (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        """Check → confirm (showing what the file holds) → restore → restart."""
        self.job = run_job(self, self.tr("Memeriksa berkas cadangan…"),
                           lambda _p: cadangan.periksa_cadangan(self.ctx, path),
                           lambda info: self._confirm_restore(path, info), cancellable=False)

    def confirm_text(self, info: Any) -> str:
        waktu = _dt(info.perubahan_terakhir)
        lines = [
            fmt(self.tr("Berkas: %1"), str(info.path)),
            fmt(self.tr("Kantor: %1"), info.nama_kantor or "—"),
            fmt(self.tr("Pegawai: %1, akun: %2"), str(info.jumlah_pegawai), str(info.jumlah_pengguna)),
            fmt(self.tr("Perubahan terakhir di dalamnya: %1"), waktu),
        ]
        lines += list(info.catatan)
        import os

        from asn_desktop.db.backup import lock_holder

        holder = lock_holder(self.ctx.db.path)
        if holder and not holder.startswith(f"PID {os.getpid()}"):
            lines.append(fmt(self.tr("Perhatian: basis data ini juga dibuka di jendela lain (%1). Tutup jendela itu "
                                 "terlebih dahulu."), holder))
        return "\n".join(lines)

    def _confirm_restore(self, path: Path, info: Any) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Pulihkan cadangan"),
            self.tr("Seluruh isi basis data saat ini akan diganti dengan isi cadangan ini. Basis data saat ini "
                    "dicadangkan dahulu. Setelah pemulihan aplikasi dimulai ulang dan Anda perlu masuk lagi."),
            parent=self,
        )
        box.setInformativeText(self.confirm_text(info))
        b_ok = box.addButton(self.tr("&Pulihkan"), QMessageBox.ButtonRole.DestructiveRole)
        b_no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(b_no)
        box.setEscapeButton(b_no)
        self.confirm_box = box
        box.exec()
        if box.clickedButton() is not b_ok:
            return
        self.job = run_job(self, self.tr("Memulihkan basis data…"),
                           lambda p: cadangan.pulihkan(self.ctx, path, progress=p), self._restored,
                           cancellable=False)

    def _restored(self, res: cadangan.HasilPulihkan) -> None:
        QMessageBox.information(
            self, self.tr("Pemulihan selesai"),
            fmt(self.tr("Basis data dipulihkan dari %1.\nBasis data sebelumnya disimpan di %2.\n\nAplikasi akan dimulai "
                    "ulang."), str(res.sumber), str(res.cadangan_sebelumnya)),
        )
        RESTART(self.window())


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
            for g in extra:
                cb.addItem(fmt(self.tr("%1* (semua)"), g), g)
            for v in values:
                cb.addItem(v, v)
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
            self.lbl_count.setText(exc.message)
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
        head = f"{e.waktu:%d-%m-%Y %H:%M:%S} · {e.username} · {e.aksi}"
        if e.entitas:
            head += f" · {e.entitas} {e.entitas_id}"
        body = e.perubahan or self.tr("(tidak ada nilai sebelum/sesudah)")
        self.detail.setPlainText(f"{head}\n{e.ringkasan}\n\n{body}")

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


# =========================================================================== Bahasa


class BahasaTab(QWidget):
    key = "bahasa"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cb_lang = QComboBox()
        for code, caption in LANGUAGES:
            self.cb_lang.addItem(caption, code)
        self.cb_lang.setMinimumWidth(220)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Bahasa antarmuka:"), self.cb_lang)
        lay.addLayout(form)
        self.btn_apply = QPushButton(self.tr("&Terapkan"))
        row = QHBoxLayout()
        row.addWidget(self.btn_apply)
        row.addStretch(1)
        lay.addLayout(row)
        self.lbl_note = QLabel(
            self.tr("<small>Bahasa disimpan di basis data dan berlaku untuk semua pengguna kantor ini. Dokumen "
                    "resmi (SKP, evaluasi) tetap berbahasa Indonesia. Sebagian tampilan baru berganti setelah "
                    "aplikasi dibuka ulang.</small>")
        )
        self.lbl_note.setWordWrap(True)
        lay.addWidget(self.lbl_note)
        lay.addStretch(1)
        self.btn_apply.clicked.connect(self.apply)
        if not ctx.actor.can(Permission.SETTINGS):
            self.cb_lang.setEnabled(False)
            self.btn_apply.setEnabled(False)
            self.btn_apply.setToolTip(self.tr("Hanya admin yang dapat mengubah bahasa."))

    def load(self) -> None:
        code = get_option(self.ctx, BAHASA)
        self.cb_lang.setCurrentIndex(max(0, self.cb_lang.findData(code)))

    def apply(self) -> None:
        code = self.cb_lang.currentData()
        try:
            set_option(self.ctx, BAHASA, code)
        except ServiceError as exc:
            show_error(self, exc)
            return
        from asn_desktop.ui.i18n import install_translations

        app = QApplication.instance()
        if app is not None:
            install_translations(app, code)
        _status(self, fmt(self.tr("Bahasa diubah ke %1."), self.cb_lang.currentText()))


# =========================================================================== page


class PengaturanPage(BasePage):
    key = "pengaturan"
    #: What each tab shows; a change reloads only the tabs it touches (the audit log: every write).
    TAB_WATCHES: dict[str, Change] = {
        "identitas": Change.KANTOR,
        "akun": Change.AKUN,
        "pengguna": Change.AKUN | Change.PEGAWAI,  # accounts are linked to employees by name
        "cadangan": Change.CADANGAN,
        "audit": Change.AUDIT,
        "keamanan": Change.KANTOR,
    }
    watches = Change.KANTOR | Change.AKUN | Change.PEGAWAI | Change.CADANGAN | Change.AUDIT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        a = ctx.actor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs)
        specs: list[tuple[type[QWidget], str, bool]] = [
            (IdentitasTab, self.tr("Identitas Kantor"), a.can(Permission.SETTINGS) or a.can(Permission.MASTER_READ)),
            (AkunSayaTab, self.tr("Akun Saya"), True),
            (PenggunaTab, self.tr("Pengguna"), a.can(Permission.USERS)),
            (CadanganTab, self.tr("Cadangan"), a.can(Permission.BACKUP)),
            (AuditTab, self.tr("Log Audit"), a.can(Permission.AUDIT_READ)),
            (BahasaTab, self.tr("Bahasa"), True),
            (KeamananTab, self.tr("Keamanan"), a.can(Permission.SETTINGS)),
        ]
        self.tab_widgets: dict[str, QWidget] = {}
        self._loaded_tabs: set[str] = set()
        for cls, caption, ok in specs:
            if not ok:
                continue
            w = cls(ctx, self)  # type: ignore[call-arg]
            self.tab_widgets[w.key] = w  # type: ignore[attr-defined]
            self.tabs.addTab(w, caption)
        self.tabs.currentChanged.connect(self._tab_shown)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PengaturanPage", "Pengaturan")

    def load(self) -> None:
        self._loaded_tabs.clear()
        self._tab_shown(self.tabs.currentIndex())

    def apply_changes(self, changes: Change) -> None:
        """Only the tabs showing changed data are read again (the current one now)."""
        for key, shows in self.TAB_WATCHES.items():
            if shows & changes:
                self._loaded_tabs.discard(key)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w is None:
            return
        key = getattr(w, "key", "")
        if key not in self._loaded_tabs:
            self._loaded_tabs.add(key)
            w.load()  # type: ignore[attr-defined]

    def show_tab(self, key: str) -> QWidget | None:
        w = self.tab_widgets.get(key)
        if w is not None:
            self.tabs.setCurrentWidget(w)
            self._tab_shown(self.tabs.currentIndex())
        return w
