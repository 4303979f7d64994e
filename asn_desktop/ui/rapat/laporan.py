"""The follow-up report: every follow-up agreed in the meetings the user runs (or his own),
open ones first by due date, overdue ones in red; closing one is one audited operation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asn_desktop.ui.i18n import tanggal_teks
from asn_desktop.services import rapat
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.penilaian.common import ERROR_COLOR, Column
from asn_desktop.ui.rapat.common import SortableTable, status_tl_label


class TindakLanjutTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lbl = QLabel()
        top.addWidget(self.lbl, 1)
        self.chk_semua = QCheckBox(self.tr("Tampilkan juga yang sudah &ditutup"))
        self.chk_semua.toggled.connect(lambda _on: self.load())
        top.addWidget(self.chk_semua)
        lay.addLayout(top)
        self.table = SortableTable([
            Column(self.tr("Tenggat"), lambda t: tanggal_teks(t.tenggat) if t.tenggat else "—",
                   sort=lambda t: t.tenggat.isoformat() if t.tenggat else "9999",
                   color=lambda t: ERROR_COLOR if t.terlambat() else None, bold=lambda t: t.terlambat()),
            Column(self.tr("Penanggung jawab"), lambda t: t.pegawai_nama),
            Column(self.tr("Tindak lanjut"), lambda t: t.uraian),
            Column(self.tr("Rapat"), lambda t: f"{tanggal_teks(t.rapat_tanggal)} — {t.rapat_judul}",
                   sort=lambda t: t.rapat_tanggal.isoformat()),
            Column(self.tr("Status"), lambda t: status_tl_label(t.terbuka)),
            Column(self.tr("Catatan penutupan"), lambda t: t.catatan_penutupan, prose=True),
        ], (120, 190, 300, 260, 70))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # soonest due first
        self.table.doubleClicked.connect(lambda _i: self.tutup())
        lay.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.btn_tutup = QPushButton(self.tr("&Tutup / buka kembali…"))
        self.btn_tutup.clicked.connect(self.tutup)
        bar.addWidget(self.btn_tutup)
        bar.addStretch(1)
        self.btn_ekspor = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.btn_ekspor.clicked.connect(self.ekspor)
        bar.addWidget(self.btn_ekspor)
        lay.addLayout(bar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())

    def load(self) -> None:
        cur = self.table.current()
        try:
            rows = rapat.daftar_tindak_lanjut(self.ctx, hanya_terbuka=not self.chk_semua.isChecked())
        except ServiceError as exc:
            show_error(self, exc)
            rows = []
        self.table.set_rows(rows, cur.id if cur else None)
        terbuka = [t for t in rows if t.terbuka]
        self.lbl.setText(fmt(self.tr("%1 tindak lanjut terbuka, %2 lewat tenggat."), len(terbuka),
                             sum(1 for t in terbuka if t.terlambat())))
        self._buttons()

    def ekspor(self) -> str | None:
        """Write the report as shown (open only, or with the closed ones) to Excel in the background."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from asn_desktop.domain.nama import nama_berkas
        from asn_desktop.ui.hasil import tampilkan_hasil
        from asn_desktop.ui.jobs import run_job
        from asn_desktop.ui.rapat import common

        name = nama_berkas("Tindak_Lanjut_Rapat", ext="xlsx")
        if common.SAVE_PATH is not None:
            path = common.SAVE_PATH(self, name)
        else:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Ekspor tindak lanjut"), str(Path.home() / name),
                                                   self.tr("Buku kerja Excel (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        semua = self.chk_semua.isChecked()
        self.job = run_job(self, self.tr("Mengekspor tindak lanjut…"),
                           lambda _p: rapat.ekspor_tindak_lanjut_rapat(self.ctx, path, hanya_terbuka=not semua),
                           lambda _r: tampilkan_hasil(self, self.tr("Laporan tindak lanjut diekspor."), path),
                           cancellable=False, modal=False)
        return path

    def _buttons(self) -> None:
        t = self.table.current()
        self.btn_tutup.setEnabled(t is not None and t.boleh_tutup)

    def tutup(self) -> None:
        from asn_desktop.ui.rapat.dialog import TutupDialog

        t = self.table.current()
        if t is None or not t.boleh_tutup:
            return
        dlg = TutupDialog(t, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            rapat.tutup_tindak_lanjut(self.ctx, t.id, dlg.catatan(), buka_kembali=not t.terbuka,
                                      version_id=t.version_id)
        except ServiceError as exc:
            show_error(self, exc)
        self.load()
