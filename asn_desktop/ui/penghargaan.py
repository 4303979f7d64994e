"""Piagam Penghargaan in Laporan › Tindak Lanjut: the action on the award-candidates list.

The panel sits under the candidates table (shown only for that list and only to those who
print certificates): print for the selected candidates or the whole list (in the background,
with progress and cancel, the achievement of each editable first), the certificates issued
this year with "Cetak ulang" from their stored snapshot, and the number format and logo
(Admin). Widgets hold no session: everything goes through services/penghargaan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.roles import Permission
from asn_desktop.ui.i18n import tanggal_teks
from asn_desktop.services import penghargaan as ph
from asn_desktop.services import scope
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.tindak_lanjut import BarisKandidat
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.penilaian.common import Column, RowsModel, status_message

#: Replaced in tests: the logo file chooser (None = ask the user).
PILIH_LOGO: Callable[[QWidget], str] | None = None


def _save_path(parent: QWidget, title: str, name: str) -> str:
    from asn_desktop.ui.pages.laporan import ask_save_path  # the page imports this module

    path = ask_save_path(parent, title, name, "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


class TerbitkanDialog(QDialog):
    """Who gets a certificate, for what (editable), and the date of issue."""

    def __init__(self, rows: Sequence[BarisKandidat], format_nomor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak Piagam Penghargaan"))
        self.rows = list(rows)
        v = QVBoxLayout(self)
        info = QLabel(fmt(self.tr("%1 piagam akan diterbitkan dan dicatat di riwayat penghargaan pegawai. Nomor "
                                  "diambil dari urutan kantor dengan format %2 dan tidak pernah dipakai ulang. "
                                  "Prestasi dapat diubah sebelum dicetak."), str(len(self.rows)), format_nomor))
        info.setWordWrap(True)
        v.addWidget(info)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIP"), self.tr("Prestasi yang dihargai")])
        for i, r in enumerate(self.rows):
            for c, text in enumerate((r.pegawai.nama, format_nip(r.pegawai.nip) if r.pegawai.nip else "")):
                it = QTableWidgetItem(text)
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, c, it)
            self.table.setItem(i, 2, QTableWidgetItem(ph.prestasi_kandidat(r)))
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 165)
        self.table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.table, 1)
        form = QFormLayout()
        self.tanggal = QDateEdit(QDate.currentDate())
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Tanggal piagam:"), self.tanggal)
        v.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Terbitkan dan cetak…"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        v.addWidget(bb)
        self.resize(980, 460)

    def permintaan(self, tahun: int) -> list[ph.PermintaanPiagam]:
        out = []
        for i, r in enumerate(self.rows):
            item = self.table.item(i, 2)
            out.append(ph.PermintaanPiagam(r.pegawai.pegawai_id, tahun, item.text().strip() if item else ""))
        return out

    def tanggal_terbit(self) -> date:
        return self.tanggal.date().toPython()  # type: ignore[no-any-return]


class PengaturanPiagamDialog(QDialog):
    """Number format and office logo (Admin): both are office settings."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:  # noqa: ANN401
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pengaturan Piagam"))
        self._logo_path: str | None = None
        self._hapus_logo = False
        form = QFormLayout(self)
        self.ed_format = QLineEdit(ph.get_format_nomor(ctx))
        self.ed_format.setToolTip(self.tr("{no} = nomor urut kantor, {tahun} = tahun piagam (nomor mulai dari 1 "
                                          "setiap tahun bila {tahun} dipakai)."))
        self.ed_format.textChanged.connect(self._contoh)
        form.addRow(self.tr("Format nomor:"), self.ed_format)
        self.lbl_contoh = QLabel()
        form.addRow(self.tr("Contoh:"), self.lbl_contoh)
        row = QHBoxLayout()
        self.lbl_logo = QLabel()
        self.lbl_logo.setFixedSize(64, 72)
        self.lbl_logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lbl_logo.setStyleSheet("border: 1px solid #ccc;")
        row.addWidget(self.lbl_logo)
        b_pilih = QPushButton(self.tr("Pilih logo…"))
        b_pilih.clicked.connect(self._pilih)
        b_hapus = QPushButton(self.tr("Hapus logo"))
        b_hapus.clicked.connect(self._hapus)
        row.addWidget(b_pilih)
        row.addWidget(b_hapus)
        row.addStretch(1)
        form.addRow(self.tr("Logo kantor:"), row)
        note = QLabel(self.tr("Kop piagam memakai Identitas Kantor (Pengaturan › Identitas): instansi, nama kantor, "
                              "alamat dan kota penandatanganan; penandatangan adalah kepala unit tertinggi (Camat)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.simpan)
        bb.rejected.connect(self.reject)
        form.addRow(bb)
        self._show_logo(ph.get_logo(ctx))
        self._contoh()
        self.resize(560, 300)

    def _show_logo(self, data: bytes | None) -> None:
        pm = QPixmap()
        if data and pm.loadFromData(data):
            self.lbl_logo.setPixmap(pm.scaled(60, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.lbl_logo.setPixmap(QPixmap())
            self.lbl_logo.setText(self.tr("(tanpa)"))

    def _contoh(self) -> None:
        try:
            self.lbl_contoh.setText(ph.format_nomor(self.ed_format.text(), 12, date.today().year))
            self.lbl_contoh.setStyleSheet("")
        except ServiceError as exc:
            self.lbl_contoh.setText(error_text(exc))
            self.lbl_contoh.setStyleSheet("color: #b3261e;")

    def _pilih(self) -> None:
        path = PILIH_LOGO(self) if PILIH_LOGO is not None else QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kantor"), str(Path.home()), self.tr("Gambar (*.png *.jpg *.jpeg)"))[0]
        if path:
            self._logo_path, self._hapus_logo = path, False
            self._show_logo(Path(path).read_bytes() if Path(path).is_file() else None)

    def _hapus(self) -> None:
        self._logo_path, self._hapus_logo = None, True
        self._show_logo(None)

    def simpan(self) -> None:
        try:
            if self.ed_format.text().strip() != ph.get_format_nomor(self.ctx):
                ph.set_format_nomor(self.ctx, self.ed_format.text())
            if self._logo_path:
                ph.set_logo(self.ctx, self._logo_path)
            elif self._hapus_logo:
                ph.set_logo(self.ctx, None)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()


class PiagamPanel(QWidget):
    """Under the award-candidates list: print certificates, reprint issued ones, settings."""

    def __init__(self, ctx: Any, candidates_view: QTableView, rows: Callable[[], list[BarisKandidat]],  # noqa: ANN401
                 tahun: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidates_view = candidates_view
        self.rows = rows
        self.tahun = tahun
        self.last_pdf: Path | None = None
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.btn_cetak = QPushButton(self.tr("Cetak piagam untuk yang dipilih…"))
        self.btn_cetak.clicked.connect(lambda: self.cetak(False))
        self.btn_semua = QPushButton(self.tr("Cetak piagam untuk semua kandidat…"))
        self.btn_semua.clicked.connect(lambda: self.cetak(True))
        self.btn_atur = QPushButton(self.tr("Pengaturan piagam…"))
        self.btn_atur.clicked.connect(self.pengaturan)
        top.addWidget(self.btn_cetak)
        top.addWidget(self.btn_semua)
        top.addStretch(1)
        top.addWidget(self.btn_atur)
        v.addLayout(top)
        self.btn_atur.setVisible(ctx.actor.can(Permission.SETTINGS))  # in the page first: no window of its own
        head = QHBoxLayout()
        self.lbl = QLabel()
        self.lbl.setStyleSheet("font-weight: bold;")
        head.addWidget(self.lbl, 1)
        self.btn_ulang = QPushButton(self.tr("Cetak ulang terpilih…"))
        self.btn_ulang.clicked.connect(self.cetak_ulang)
        head.addWidget(self.btn_ulang)
        v.addLayout(head)
        self.model = RowsModel([
            Column(self.tr("Nomor"), lambda r: r.nomor),
            Column(self.tr("Tanggal"), lambda r: tanggal_teks(r.tanggal), sort=lambda r: r.tanggal or date.min),
            Column(self.tr("Nama"), lambda r: r.nama),
            Column(self.tr("NIP"), lambda r: r.nip),
            Column(self.tr("Prestasi"), lambda r: r.prestasi, tooltip=lambda r: r.prestasi),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        for c, w in enumerate((150, 130, 210, 165)):
            self.view.setColumnWidth(c, w)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        v.addWidget(self.view, 1)

    def reload(self) -> None:
        tahun = self.tahun()
        try:
            rows = ph.daftar_piagam(self.ctx, tahun) if tahun is not None else []
        except ServiceError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.lbl.setText(fmt(self.tr("Piagam yang sudah diterbitkan tahun %1: %2"), str(tahun or "-"), str(len(rows))))
        self.btn_ulang.setEnabled(bool(rows))
        self.btn_semua.setEnabled(bool(self.rows()))

    def _selected_candidates(self) -> list[BarisKandidat]:
        view = self.candidates_view
        proxy = view.model()
        src_rows = sorted({proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()})  # type: ignore[attr-defined]
        all_rows = self.rows()
        return [all_rows[r] for r in src_rows if r < len(all_rows)]

    def cetak(self, semua: bool, path: str | None = None, dialog: TerbitkanDialog | None = None) -> None:
        tahun = self.tahun()
        rows = self.rows() if semua else self._selected_candidates()
        if tahun is None or not rows:
            QMessageBox.information(self, self.tr("Cetak piagam"),
                                    self.tr("Pilih dahulu kandidat yang akan diberi piagam."))
            return
        dlg = dialog or TerbitkanDialog(rows, ph.get_format_nomor(self.ctx), self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reqs = dlg.permintaan(tahun)
        tanggal = dlg.tanggal_terbit()
        name = f"Piagam_Penghargaan_{tahun}.pdf" if len(reqs) > 1 else f"Piagam_{rows[0].pegawai.nama}.pdf"
        path = path or _save_path(self, self.tr("Simpan Piagam Penghargaan"), name)
        if not path:
            return

        def done(h: ph.HasilPiagam) -> None:
            self.reload()
            self.last_pdf = h.path
            tampilkan_hasil(self, h.pesan, h.path, status=h.pesan)

        run_job(self, fmt(self.tr("Menerbitkan %1 piagam…"), str(len(reqs))),
                lambda prog: ph.terbitkan_piagam(self.ctx, reqs, path, tanggal=tanggal, progress=prog), done,
                modal=False)

    def cetak_ulang(self, path: str | None = None) -> None:
        ids = [self.model.rows[i.row()].riwayat_id for i in self.view.selectionModel().selectedRows()]
        if not ids:
            QMessageBox.information(self, self.tr("Cetak ulang"), self.tr("Pilih dahulu piagam yang akan dicetak ulang."))
            return
        path = path or _save_path(self, self.tr("Simpan cetak ulang piagam"), "Piagam_Penghargaan_cetak_ulang.pdf")
        if not path:
            return

        def done(p: Path) -> None:
            self.last_pdf = Path(p)
            msg = fmt(self.tr("%1 piagam dicetak ulang dari arsipnya."), str(len(ids)))
            tampilkan_hasil(self, msg, p, status=fmt(self.tr("%1 piagam dicetak ulang ke %2"), str(len(ids)), str(p)))

        run_job(self, self.tr("Mencetak ulang piagam…"),
                lambda prog: ph.cetak_ulang_piagam(self.ctx, ids, path, prog), done, modal=False)

    def pengaturan(self) -> None:
        dlg = PengaturanPiagamDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            status_message(self, self.tr("Pengaturan piagam disimpan."))


def boleh_cetak(ctx: Any) -> bool:  # noqa: ANN401
    return scope.boleh_cetak_piagam(ctx.actor)


__all__ = ["PengaturanPiagamDialog", "PiagamPanel", "TerbitkanDialog", "boleh_cetak"]
