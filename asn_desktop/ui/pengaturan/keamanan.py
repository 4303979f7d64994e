"""Pengaturan › Keamanan: the idle lock of a shared office PC (Admin)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import MAX_KUNCI_MENIT, get_idle_lock_minutes, set_idle_lock_minutes
from asn_desktop.ui.errors import show_error


class KeamananTab(QWidget):
    """How many idle minutes before the window locks itself (0 = never)."""

    key = "keamanan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spin_menit = QSpinBox()
        self.spin_menit.setRange(0, MAX_KUNCI_MENIT)
        self.spin_menit.setSuffix(self.tr(" menit"))
        self.spin_menit.setSpecialValueText(self.tr("mati"))
        form.addRow(self.tr("&Kunci otomatis setelah tidak dipakai:"), self.spin_menit)
        lay.addLayout(form)
        self.btn_save = QPushButton(self.tr("&Simpan"))
        row = QHBoxLayout()
        row.addWidget(self.btn_save)
        row.addStretch(1)
        lay.addLayout(row)
        note = QLabel(self.tr(
            "<small>Berlaku untuk semua pengguna di basis data ini. Jendela yang terkunci hanya dapat dibuka "
            "dengan kata sandi pengguna yang sedang masuk; pekerjaan yang terbuka tetap utuh. Kunci kapan saja "
            "dengan Berkas › Kunci (Ctrl+L); ganti pengguna dengan Berkas › Ganti pengguna (Ctrl+Shift+L). "
            "0 = tidak pernah terkunci otomatis.</small>"))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addStretch(1)
        self.btn_save.clicked.connect(self.save)
        if not ctx.actor.can(Permission.SETTINGS):
            self.spin_menit.setEnabled(False)
            self.btn_save.setEnabled(False)

    def load(self) -> None:
        self.spin_menit.setValue(get_idle_lock_minutes(self.ctx))

    def save(self) -> None:
        try:
            menit = set_idle_lock_minutes(self.ctx, self.spin_menit.value())
        except ServiceError as exc:
            show_error(self, exc)
            return
        win = self.window()
        apply = getattr(win, "apply_idle_lock", None)
        if callable(apply):
            apply(menit)
        bar = getattr(win, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Kunci otomatis disimpan."), 8000)
