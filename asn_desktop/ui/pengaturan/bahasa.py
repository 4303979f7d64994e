"""Tab 'Bahasa': the interface language, switched at once and kept for the next start."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.options import BAHASA
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import get_option, set_option
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.pengaturan.common import LANGUAGES, _status


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
