"""Tabs 'Akun Saya' (own password) and 'Pengguna' (accounts, admin only) with their dialogs."""

from __future__ import annotations


from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Role
from asn_desktop.services import akun
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hanya_baca import tampil_hanya_baca
from asn_desktop.ui.labels import fill_combo, label
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.pengaturan.common import _dt, _message_of, _status


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
