"""Dialogs of the SKP area: create, return/revise reason, bulk create, bulk PDF, print."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Pendekatan
from asn_desktop.options import FOLDER_PDF_SKP, UKURAN_KERTAS_SKP
from asn_desktop.domain.roles import Permission
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.ui import preferences
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.skp.common import call, notify, status_label, tr
from asn_desktop.ui.i18n import fmt


def _buttons(dlg: QDialog, ok_text: str) -> QDialogButtonBox:
    bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    bb.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    bb.button(QDialogButtonBox.StandardButton.Cancel).setText(dlg.tr("Batal"))
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    return bb


class PenilaiCombo(QComboBox):
    """Pick an active employee as pejabat penilai; typing filters (editable with completer)."""

    def __init__(self, people: list[S.PegawaiPilihan], exclude: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(self.tr("(tidak ada — pejabat penilai di luar basis data)"), None)
        for p in people:
            if p.id != exclude:
                self.addItem(f"{p.nama} — {p.jabatan}", p.id)
        comp = self.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(comp.CompletionMode.PopupCompletion)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(32)

    def set_pegawai(self, pid: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(pid)))
        self.lineEdit().setCursorPosition(0)

    def pegawai_id(self) -> int | None:
        i = self.findText(self.currentText())
        return self.itemData(i) if i >= 0 else self.currentData()


class CreateSkpDialog(QDialog):
    """New SKP for one employee: copy last year's, fill from the library, or empty."""

    COPY, TEMPLATE, EMPTY = 0, 1, 2

    def __init__(self, ctx: AppContext, pegawai: S.PegawaiPilihan, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pegawai = pegawai
        self.setWindowTitle(self.tr("Buat SKP"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<h3>{pegawai.nama}</h3><div>{pegawai.jabatan}<br>{pegawai.unit}</div>"))
        form = QFormLayout()
        self.spin_tahun = QSpinBox()
        self.spin_tahun.setRange(2000, 2100)
        self.spin_tahun.setValue(tahun)
        form.addRow(self.tr("&Tahun:"), self.spin_tahun)
        self.cmb_pendekatan = QComboBox()
        self.cmb_pendekatan.addItem(self.tr("Kuantitatif (target angka dan satuan)"), Pendekatan.KUANTITATIF.value)
        self.cmb_pendekatan.addItem(self.tr("Kualitatif (target berupa uraian)"), Pendekatan.KUALITATIF.value)
        form.addRow(self.tr("&Pendekatan:"), self.cmb_pendekatan)
        # The pejabat penilai is the atasan (PermenPANRB 6/2022); only an Operator/Admin may
        # name someone else, with a reason — the service enforces it, this shows only that choice.
        people = S.pegawai_choices(ctx)
        self.may_choose_penilai = ctx.actor.can(Permission.SKP_EDIT_ANY)
        self.cmb_penilai: PenilaiCombo | None = None
        self.ed_alasan: QLineEdit | None = None
        if self.may_choose_penilai:
            self.cmb_penilai = PenilaiCombo(people, pegawai.id)
            self.cmb_penilai.set_pegawai(pegawai.atasan_id)
            form.addRow(self.tr("Pejabat p&enilai:"), self.cmb_penilai)
            self.ed_alasan = QLineEdit()
            self.ed_alasan.setMaxLength(500)
            self.ed_alasan.setPlaceholderText(self.tr("wajib bila bukan atasan langsung, mis. atasan cuti panjang"))
            form.addRow(self.tr("A&lasan:"), self.ed_alasan)
            self.cmb_penilai.currentIndexChanged.connect(self._penilai_changed)
            self._penilai_changed()
        else:
            atasan = next((p for p in people if p.id == pegawai.atasan_id), None)
            text = (f"{atasan.nama} — {atasan.jabatan}" if atasan is not None
                    else self.tr("(di luar basis data, dari Pengaturan kantor)"))
            self.lbl_penilai = QLabel(text + "<br><small>" + self.tr(
                "Pejabat penilai adalah atasan langsung. Bila keliru, minta operator memperbaiki data atasan.")
                + "</small>")
            self.lbl_penilai.setWordWrap(True)
            form.addRow(self.tr("Pejabat penilai:"), self.lbl_penilai)
        lay.addLayout(form)

        grp = QGroupBox(self.tr("Isi awal"))
        gl = QVBoxLayout(grp)
        self.group = QButtonGroup(self)
        self.rb_copy = QRadioButton()
        self.rb_tpl = QRadioButton(self.tr("Isi dari &pustaka RHK jabatan ini (dapat diubah)"))
        self.rb_empty = QRadioButton(self.tr("&Kosong"))
        for i, rb in enumerate((self.rb_copy, self.rb_tpl, self.rb_empty)):
            self.group.addButton(rb, i)
            gl.addWidget(rb)
        lay.addWidget(grp)
        self.spin_tahun.valueChanged.connect(self._refresh_copy)
        self._refresh_copy()
        lay.addWidget(_buttons(self, self.tr("&Buat SKP")))

    def _penilai_changed(self, _i: int = 0) -> None:
        assert self.cmb_penilai is not None and self.ed_alasan is not None
        self.ed_alasan.setEnabled(self.cmb_penilai.pegawai_id() not in (None, self.pegawai.atasan_id))

    def accept(self) -> None:
        """A pejabat penilai other than the atasan needs its reason before anything is created."""
        penilai, alasan = self._penilai()
        if penilai not in (None, self.pegawai.atasan_id) and len(alasan.strip()) < S.MIN_ALASAN_PENILAI:
            QMessageBox.warning(self, self.tr("Alasan diperlukan"), fmt(self.tr(
                "Pejabat penilai yang dipilih bukan atasan langsung. Tuliskan alasannya (minimal %1 karakter)."
            ), str(S.MIN_ALASAN_PENILAI)))
            if self.ed_alasan is not None:
                self.ed_alasan.setFocus()
            return
        super().accept()

    def _penilai(self) -> tuple[int | None, str]:
        """The chosen pejabat penilai (None = the atasan) and the reason for another one."""
        if self.cmb_penilai is None or self.ed_alasan is None:
            return None, ""
        return self.cmb_penilai.pegawai_id(), self.ed_alasan.text()

    def _refresh_copy(self) -> None:
        info = S.previous_skp_info(self.ctx, self.pegawai.id, self.spin_tahun.value())
        if info is None:
            self.rb_copy.setText(self.tr("Salin SKP tahun sebelumnya (tidak ada)"))
            self.rb_copy.setEnabled(False)
            if self.rb_copy.isChecked() or self.group.checkedId() < 0:
                self.rb_tpl.setChecked(True)
        else:
            self.rb_copy.setEnabled(True)
            self.rb_copy.setText(fmt(self.tr("&Salin SKP tahun %1 (%2 RHK, %3) — target dapat diubah"), str(info.tahun), str(info.jumlah_rhk), status_label(info.status)))
            self.rb_copy.setChecked(True)

    def create(self) -> tuple[int, str] | None:
        """Run the chosen creation; returns (skp id, status message)."""
        tahun = self.spin_tahun.value()
        pend = self.cmb_pendekatan.currentData()
        penilai, alasan = self._penilai()
        mode = self.group.checkedId()
        if mode == self.COPY:
            res = call(self, S.copy_from_previous, self.ctx, self.pegawai.id, tahun, pendekatan=pend)
            if res is None:
                return None
            if self.cmb_penilai is not None and penilai != res.skp.pejabat_penilai_id:
                call(self, S.update_header, self.ctx, res.skp.id,
                     S.HeaderInput(pend, res.skp.jenis_skp, penilai, alasan_penilai=alasan),
                     expected_version=res.skp.version_id)
            msg = fmt(self.tr("SKP %1 dibuat dari SKP %2: %3 RHK, %4 indikator disalin."), str(tahun), str(res.sumber_tahun), str(res.rhk_disalin), str(res.indikator_disalin))
            if res.induk_perlu_dipilih:
                QMessageBox.information(
                    self, self.tr("Pilih ulang RHK atasan"),
                    fmt(self.tr("RHK atasan untuk RHK berikut tidak ditemukan pada SKP atasan tahun ini; pilih "
                            "ulang di editor:\n\n%1"), "\n".join(res.induk_perlu_dipilih)))
            return res.skp.id, msg
        d = call(self, S.create_skp, self.ctx, self.pegawai.id, tahun, pendekatan=pend, pejabat_penilai_id=penilai,
                 alasan_penilai=alasan)
        if d is None:
            return None
        if mode == self.TEMPLATE:
            from asn_desktop.services import template_rhk as T

            ids = call(self, T.suggest_for_skp, self.ctx, d.id) or []
            umum = [t.id for t in T.list_templates(self.ctx) if t.nama_jabatan == T.SEMUA_JABATAN]
            if ids or umum:
                call(self, S.apply_templates, self.ctx, d.id, ids + umum, expected_version=d.version_id)
                return d.id, fmt(self.tr("SKP %1 dibuat dan diisi %2 RHK dari pustaka."), str(tahun), str(len(ids) + len(umum)))
        return d.id, fmt(self.tr("SKP %1 kosong dibuat."), str(tahun))


class ReasonDialog(QDialog):
    """A text the user must (or may) give: reason for returning, note for a revision."""

    def __init__(self, title: str, prompt: str, ok_text: str, *, required: bool, parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        lbl = QLabel(prompt)
        lbl.setWordWrap(True)
        lay.addWidget(lbl)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        lay.addWidget(self.edit)
        self.bb = _buttons(self, ok_text)
        lay.addWidget(self.bb)
        self.edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = not self.required or len(self.edit.toPlainText().strip()) >= 3
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def text(self) -> str:
        return self.edit.toPlainText().strip()


def _unit_combo(units: list[S.UnitCount], selected: int | None) -> QComboBox:
    cmb = QComboBox()
    cmb.addItem(tr("Semua unit kerja"), None)
    for u in units:
        if u.unit_id is None:
            continue
        cmb.addItem(("    " * u.depth) + u.nama, u.unit_id)
    cmb.setCurrentIndex(max(0, cmb.findData(selected)))
    return cmb


class BulkCreateDialog(QDialog):
    def __init__(self, units: list[S.UnitCount], unit_id: int | None, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buat SKP massal"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        info = QLabel(self.tr("SKP dibuat untuk setiap pegawai aktif unit terpilih yang belum memiliki SKP tahun ini. "
                              "Atasan dibuat lebih dahulu sehingga RHK bawahan dapat langsung terhubung "
                              "(cascading). Semua SKP baru berstatus Draft."))
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.cmb_unit = _unit_combo(units, unit_id)
        form.addRow(self.tr("&Unit kerja:"), self.cmb_unit)
        self.chk_sub = QCheckBox(self.tr("termasuk sub-unit"))
        self.chk_sub.setChecked(True)
        form.addRow("", self.chk_sub)
        self.spin_tahun = QSpinBox()
        self.spin_tahun.setRange(2000, 2100)
        self.spin_tahun.setValue(tahun)
        form.addRow(self.tr("&Tahun:"), self.spin_tahun)
        self.cmb_pendekatan = QComboBox()
        self.cmb_pendekatan.addItem(self.tr("Kuantitatif"), Pendekatan.KUANTITATIF.value)
        self.cmb_pendekatan.addItem(self.tr("Kualitatif"), Pendekatan.KUALITATIF.value)
        form.addRow(self.tr("&Pendekatan:"), self.cmb_pendekatan)
        self.chk_copy = QCheckBox(self.tr("Salin SKP tahun sebelumnya bila ada"))
        self.chk_copy.setChecked(True)
        self.chk_tpl = QCheckBox(self.tr("Selain itu isi dari pustaka RHK sesuai jabatan"))
        self.chk_tpl.setChecked(True)
        form.addRow(self.tr("Isi awal:"), self.chk_copy)
        form.addRow("", self.chk_tpl)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, self.tr("&Buat")))


class BulkPdfDialog(QDialog):
    def __init__(self, units: list[S.UnitCount], unit_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF SKP massal"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cmb_unit = _unit_combo(units, unit_id)
        form.addRow(self.tr("&Unit kerja:"), self.cmb_unit)
        self.cmb_status = QComboBox()
        self.cmb_status.addItem(self.tr("Hanya SKP yang disetujui"), "disetujui")
        self.cmb_status.addItem(self.tr("Semua SKP (draft diberi tanda)"), None)
        form.addRow(self.tr("&SKP:"), self.cmb_status)
        self.cmb_size = QComboBox()
        self.cmb_size.addItem("A4", "A4")
        self.cmb_size.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        self.cmb_size.setCurrentIndex(max(0, self.cmb_size.findData(preferences.read(UKURAN_KERTAS_SKP))))
        form.addRow(self.tr("U&kuran kertas:"), self.cmb_size)
        row = QHBoxLayout()
        self.ed_folder = QLineEdit(preferences.read(FOLDER_PDF_SKP))
        btn = QPushButton(self.tr("Pilih…"))
        btn.clicked.connect(self._browse)
        row.addWidget(self.ed_folder, 1)
        row.addWidget(btn)
        lbl = QLabel(self.tr("&Folder tujuan:"))
        lbl.setBuddy(self.ed_folder)
        form.addRow(lbl, row)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, self.tr("&Simpan PDF")))

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan PDF"), self.ed_folder.text())
        if d:
            self.ed_folder.setText(d)

    def accept(self) -> None:
        if not self.ed_folder.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Pilih folder tujuan."))
            return
        preferences.write(UKURAN_KERTAS_SKP, self.cmb_size.currentData())
        preferences.write(FOLDER_PDF_SKP, self.ed_folder.text().strip())
        super().accept()


class PrintDialog(QDialog):
    """Cetak SKP: paper size, in-app preview (and print), save as PDF, or open in the PDF viewer."""

    def __init__(self, ctx: AppContext, skp_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skp_id = skp_id
        self.detail = S.get_skp(ctx, skp_id)
        self.setWindowTitle(self.tr("Cetak SKP"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        d = self.detail
        lay.addWidget(QLabel(fmt(self.tr("<h3>SKP %1 — %2</h3><div>Versi %3 · %4 · %5</div>"), str(d.tahun), d.pegawai.nama, str(d.versi), status_label(d.status), self.tr("format JPT") if d.is_jpt else self.tr("format non-JPT"))))
        if d.status != "disetujui":
            warn = QLabel(fmt(self.tr("SKP ini belum disetujui: setiap halaman diberi tanda '%1'."), status_label(d.status).upper()))
            warn.setStyleSheet("color:#92400E;")
            lay.addWidget(warn)
        form = QFormLayout()
        self.cmb_size = QComboBox()
        self.cmb_size.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.cmb_size.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        self.cmb_size.setCurrentIndex(max(0, self.cmb_size.findData(preferences.read(UKURAN_KERTAS_SKP))))
        form.addRow(self.tr("&Ukuran kertas:"), self.cmb_size)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.btn_preview = QPushButton(self.tr("&Pratinjau && cetak…"))
        self.btn_save = QPushButton(self.tr("&Simpan PDF…"))
        self.btn_open = QPushButton(self.tr("&Buka PDF"))
        self.btn_open.setToolTip(self.tr("Buka di penampil PDF komputer ini (untuk dicetak dari sana)"))
        self.btn_preview.clicked.connect(self.preview)
        self.btn_save.clicked.connect(self.save)
        self.btn_open.clicked.connect(self.open_external)
        for b in (self.btn_preview, self.btn_save, self.btn_open):
            row.addWidget(b)
        lay.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.last_path: Path | None = None

    def ukuran(self) -> str:
        preferences.write(UKURAN_KERTAS_SKP, self.cmb_size.currentData())
        return str(self.cmb_size.currentData())

    def save(self, path: str | None = None) -> Path | None:
        if not path:
            folder = Path(preferences.read(FOLDER_PDF_SKP))
            start = str((folder if folder.is_dir() else Path.home()) / S.pdf_filename(self.detail))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF SKP"), start, self.tr("PDF (*.pdf)"))
            if not path:
                return None
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        try:
            S.render_skp_pdf(self.ctx, self.skp_id, out, ukuran=self.ukuran())
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                fmt(self.tr("PDF tidak dapat disimpan ke %1: %2"), str(out), exc.strerror or str(exc)))
            return None
        preferences.write(FOLDER_PDF_SKP, str(out.parent))
        self.last_path = out
        if out.parent != Path(tempfile.gettempdir()) / "asn_kinerja_pdf":  # not the "open in viewer" copy
            tampilkan_hasil(self, self.tr("PDF SKP disimpan."), out,
                            status=fmt(self.tr("PDF disimpan: %1"), str(out)))
        else:
            notify(self, fmt(self.tr("PDF disimpan: %1"), str(out)))
        return out

    def open_external(self) -> None:
        folder = Path(tempfile.gettempdir()) / "asn_kinerja_pdf"
        folder.mkdir(exist_ok=True)
        out = self.save(str(folder / S.pdf_filename(self.detail)))
        if out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def preview(self) -> None:
        from asn_desktop.ui.skp.preview import PdfPreviewDialog

        pdf = call(self, S.skp_pdf_bytes, self.ctx, self.skp_id, ukuran=self.ukuran())
        if pdf:
            dlg = PdfPreviewDialog(pdf, self.ukuran(), self.detail.pegawai.nama, self)
            dlg.save_requested.connect(lambda: self.save())
            dlg.exec()

