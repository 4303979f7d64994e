"""Dialogs of the bulk actions on the list's multi-selection: move to a unit,
set the supervisor, change the status (pensiun / mutasi / meninggal …).

Each dialog names who is affected and says what will happen before anything is
written; the page runs the service as a background job and offers "Urungkan".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import StatusPegawai
from asn_desktop.services.organisasi import UnitNode
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.labels import fill_combo
from asn_desktop.ui.pegawai.pickers import PegawaiPickerDialog, UnitPickerDialog
from asn_desktop.ui.pegawai.widgets import Banner, DateField, set_combo_data
from asn_desktop.ui.i18n import fmt

MAX_NAMES = 8


def names_summary(rows: Sequence[PegawaiRow], tr_more: str) -> str:
    """"A, B, C dan 12 lainnya" (``tr_more`` contains %1 for the count)."""
    names = [r.nama for r in rows[:MAX_NAMES]]
    text = ", ".join(names)
    if len(rows) > MAX_NAMES:
        text += " " + fmt(tr_more, str(len(rows) - MAX_NAMES))
    return text


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MoveDialog(UnitPickerDialog):
    """Move the selection to another unit; optionally the supervisor follows the new unit's head."""

    def __init__(self, units: Sequence[UnitNode], selected: Sequence[PegawaiRow], parent: QWidget | None = None) -> None:
        n = len(selected)
        super().__init__(units, "", "", parent)
        self.setWindowTitle(self.tr("Pindahkan ke unit kerja"))
        self.prompt_label.setText(
            fmt(self.tr("<b>Pindahkan %n pegawai</b> ke unit kerja yang dipilih:<br><small>%1</small>", "", n),
                _esc(names_summary(selected, self.tr("dan %1 lainnya"))))
        )
        self.chk_atasan = QCheckBox(self.tr("Atasan langsung mengikuti &kepala unit tujuan"))
        self.chk_atasan.setChecked(True)
        self.chk_atasan.setToolTip(
            self.tr("Kepala unit tujuan menjadi atasan langsung; kepala unit itu sendiri mendapat kepala unit di atasnya.")
        )
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertWidget(lay.count() - 1, self.chk_atasan)
        ok = self.bb.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Pindahkan %n pegawai", "", n))  # "Move 1 employee" / "Move 3 employees"


class AtasanDialog(PegawaiPickerDialog):
    """Choose the supervisor for the selection (or clear it)."""

    def __init__(self, rows: Sequence[PegawaiRow], selected: Sequence[PegawaiRow], parent: QWidget | None = None) -> None:
        n = len(selected)
        super().__init__(rows, "", "", parent, exclude=[r.id for r in selected] if n == 1 else ())
        self.setWindowTitle(self.tr("Tetapkan atasan langsung"))
        self.prompt_label.setText(
            fmt(self.tr("<b>Atasan langsung untuk %1 pegawai</b>:<br><small>%2</small>"), str(n), _esc(names_summary(selected, self.tr("dan %1 lainnya"))))
        )
        self.clear = False
        self.btn_clear = QPushButton(self.tr("&Kosongkan atasan"))
        self.btn_clear.setAutoDefault(False)
        self.btn_clear.setToolTip(self.tr("Hapus atasan langsung pegawai terpilih"))
        self.bb.addButton(self.btn_clear, QDialogButtonBox.ButtonRole.ResetRole)
        self.btn_clear.clicked.connect(self._clear)
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tetapkan"))

    def _clear(self) -> None:
        self.clear = True
        QDialog.accept(self)

    def atasan_id(self) -> int | None:
        if self.clear:
            return None
        row = self.pegawai()
        return row.id if row else None


class StatusDialog(QDialog):
    """Pensiun / mutasi / meninggal / diberhentikan (with a date and a note), or back to aktif."""

    def __init__(self, selected: Sequence[PegawaiRow], bawahan: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah status pegawai"))
        self.setMinimumWidth(520)
        n = len(selected)
        lay = QVBoxLayout(self)
        head = QLabel(
            fmt(self.tr("<b>%1 pegawai</b>: %2"), str(n), _esc(names_summary(selected, self.tr("dan %1 lainnya"))))
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        info = QLabel(
            self.tr("Pegawai tidak pernah dihapus. Pegawai yang tidak aktif disembunyikan dari daftar "
                    "(tampilkan dengan filter Status); SKP dan penilaiannya tetap tersimpan.")
        )
        info.setWordWrap(True)
        info.setStyleSheet("color: #5f6368;")
        lay.addWidget(info)
        self.banner = Banner()
        lay.addWidget(self.banner)
        form = QFormLayout()
        self.cb_status = QComboBox()
        fill_combo(self.cb_status, StatusPegawai)
        all_active = all(r.status == StatusPegawai.AKTIF.value for r in selected)
        set_combo_data(self.cb_status, StatusPegawai.PENSIUN.value if all_active else StatusPegawai.AKTIF.value)
        self.ed_tanggal = DateField()
        self.ed_tanggal.set_value(date.today())
        self.ed_ket = QPlainTextEdit()
        self.ed_ket.setTabChangesFocus(True)
        self.ed_ket.setFixedHeight(64)
        self.ed_ket.setPlaceholderText(self.tr("mis. nomor SK pensiun / mutasi ke instansi …"))
        lbl_s = QLabel(self.tr("&Status baru:"))
        lbl_s.setBuddy(self.cb_status)
        lbl_t = QLabel(self.tr("&Tanggal (TMT):"))
        lbl_t.setBuddy(self.ed_tanggal)
        lbl_k = QLabel(self.tr("&Keterangan:"))
        lbl_k.setBuddy(self.ed_ket)
        form.addRow(lbl_s, self.cb_status)
        form.addRow(lbl_t, self.ed_tanggal)
        form.addRow(lbl_k, self.ed_ket)
        lay.addLayout(form)
        self.lbl_bawahan = QLabel()
        self.lbl_bawahan.setWordWrap(True)
        self.lbl_bawahan.setStyleSheet("color: #8a5a00;")
        if bawahan:
            self.lbl_bawahan.setText(
                fmt(self.tr("⚠ %1 pegawai aktif lain beratasan langsung ke pegawai ini. Setelah status diubah, mereka "
                        "muncul di tab \"Tanpa Atasan\" sampai atasan barunya ditetapkan."), str(bawahan))
            )
        lay.addWidget(self.lbl_bawahan)
        self.lbl_bawahan.setVisible(bool(bawahan))
        self.bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan status"))
        self.bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.bb.accepted.connect(self.accept)
        self.bb.rejected.connect(self.reject)
        lay.addWidget(self.bb)
        self.cb_status.currentIndexChanged.connect(self._toggle)
        self._toggle()
        self.cb_status.setFocus()

    def _toggle(self) -> None:
        aktif = self.status() == StatusPegawai.AKTIF.value
        self.ed_tanggal.setEnabled(not aktif)
        self.ed_ket.setEnabled(not aktif)

    def status(self) -> str:
        return str(self.cb_status.currentData())

    def tanggal(self) -> date | None:
        return self.ed_tanggal.value()

    def keterangan(self) -> str:
        return self.ed_ket.toPlainText().strip()

    def accept(self) -> None:
        if self.status() != StatusPegawai.AKTIF.value:
            err = self.ed_tanggal.error()
            if err:
                self.banner.show_error(err)
                return
            if self.tanggal() is None:
                self.banner.show_error(self.tr("Isi tanggal perubahan status (TMT)."))
                self.ed_tanggal.setFocus()
                return
        super().accept()
