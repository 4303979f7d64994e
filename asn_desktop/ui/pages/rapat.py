"""Area 'Rapat & Pembinaan': evaluation meetings, their follow-ups and coaching.

The unit's leader (and Admin) creates a meeting for his unit or the whole kecamatan,
shows each person's figures on the projector (presentation mode), notes attendance,
what went well, challenges and solutions, agrees follow-ups and prints the minutes.
Everyone else sees the meetings he took part in, with his own notes and follow-ups.
Reading and writing go through ``services.rapat`` and ``services.pembinaan``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui.i18n import nama_periode, tanggal_teks
from asn_desktop.services import rapat
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.penilaian.common import Column
from asn_desktop.ui.rapat.common import SortableTable, ask_pdf_path, save_pdf_in_background
from asn_desktop.ui.rapat.detail import RapatPanel
from asn_desktop.ui.rapat.laporan import TindakLanjutTab
from asn_desktop.ui.rapat.pembinaan import PembinaanTab


class RapatPage(BasePage):
    key = "rapat"
    watches = Change.RAPAT | Change.PEGAWAI | Change.ORGANISASI | Change.EVALUASI

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RapatPage", "Rapat & Pembinaan")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: Any = None
        self.presentasi: Any = None
        lay = QVBoxLayout(self)
        head = QLabel("<h2>" + escape(self.tr("Rapat & Pembinaan")) + "</h2>")
        lay.addWidget(head)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)

        rapat_tab = QWidget()
        rl = QVBoxLayout(rapat_tab)
        bar = QHBoxLayout()
        self.btn_baru = QPushButton(self.tr("Rapat &baru…"))
        self.btn_baru.clicked.connect(self.baru)
        self.btn_ubah = QPushButton(self.tr("&Ubah…"))
        self.btn_ubah.clicked.connect(self.ubah)
        self.btn_hapus = QPushButton(self.tr("&Hapus"))
        self.btn_hapus.clicked.connect(self.hapus)
        self.btn_presentasi = QPushButton(self.tr("&Presentasi (F11)"))
        self.btn_presentasi.setToolTip(self.tr("Layar penuh untuk proyektor: satu pegawai per halaman"))
        self.btn_presentasi.clicked.connect(self.presentasikan)
        self.btn_notulen = QPushButton(self.tr("Cetak &notulen (PDF)…"))
        self.btn_notulen.clicked.connect(self.cetak_notulen)
        for b in (self.btn_baru, self.btn_ubah, self.btn_hapus):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.btn_presentasi)
        bar.addWidget(self.btn_notulen)
        rl.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = SortableTable([
            Column(self.tr("Tanggal"), lambda r: tanggal_teks(r.tanggal), sort=lambda r: r.tanggal.isoformat()),
            Column(self.tr("Rapat"), lambda r: r.judul),
            Column(self.tr("Periode"), lambda r: nama_periode(r.periode_label)),
            Column(self.tr("Hadir"), lambda r: f"{r.jumlah_hadir}/{r.jumlah_peserta}", sort=lambda r: r.jumlah_hadir,
                   align_right=True),
            Column(self.tr("TL terbuka"), lambda r: r.tindak_lanjut_terbuka, align_right=True,
                   header_tip=self.tr("Tindak lanjut yang masih terbuka")),
        ], (100, 170, 105, 50, 60))
        self.list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.list.selectionModel().currentRowChanged.connect(lambda *_a: self._on_select())
        split.addWidget(self.list)
        self.panel = RapatPanel(self.ctx)
        self.panel.on_saved = lambda _info: self._reload_list()
        split.addWidget(self.panel)
        split.setSizes([380, 900])
        rl.addWidget(split, 1)
        self.tabs.addTab(rapat_tab, self.tr("Rapat Evaluasi"))
        self.tl_tab = TindakLanjutTab(self.ctx)
        self.tabs.addTab(self.tl_tab, self.tr("Laporan Tindak Lanjut"))
        self.pembinaan_tab = PembinaanTab(self.ctx)
        self.tabs.addTab(self.pembinaan_tab, self.tr("Pembinaan Kinerja"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.presentasikan,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        self._reload_list()
        self._load_tab()

    def _load_tab(self) -> None:
        w = self.tabs.currentWidget()
        if w is self.tl_tab:
            self.tl_tab.load()
        elif w is self.pembinaan_tab:
            self.pembinaan_tab.load()

    def _reload_list(self) -> None:
        cur = self.current()
        try:
            rows = rapat.daftar_rapat(self.ctx)
            boleh_buat = bool(rapat.unit_pilihan(self.ctx))
        except ServiceError as exc:
            show_error(self, exc)
            rows, boleh_buat = [], False
        self.btn_baru.setVisible(boleh_buat)
        self.list.set_rows(rows, cur.id if cur else None)
        if not rows:
            self.panel.show_detail(None)
        self._buttons()

    def current(self) -> rapat.RapatInfo | None:
        return self.list.current()

    def _on_select(self) -> None:
        info = self.current()
        if self.panel.dirty and self.panel.detail is not None and (info is None or
                                                                   info.id != self.panel.detail.info.id):
            self.panel.save()
        if info is None:
            self.panel.show_detail(None)
        else:
            try:
                self.panel.show_detail(rapat.detail_rapat(self.ctx, info.id))
            except ServiceError as exc:
                show_error(self, exc)
                self.panel.show_detail(None)
        self._buttons()

    def _buttons(self) -> None:
        info = self.current()
        kelola = info is not None and info.boleh_kelola
        for b in (self.btn_ubah, self.btn_hapus, self.btn_presentasi, self.btn_notulen):
            b.setEnabled(kelola)
            b.setVisible(kelola or info is None)

    # ---------------------------------------------------------------- actions
    def baru(self) -> None:
        from asn_desktop.ui.rapat.dialog import RapatDialog

        dlg = RapatDialog(self.ctx, None, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.result_info:
            self._reload_list()
            self.list.set_rows(self.list.model_.rows, dlg.result_info.id)

    def ubah(self) -> None:
        from asn_desktop.ui.rapat.dialog import RapatDialog

        info = self.current()
        d = self.panel.detail
        if info is None or not info.boleh_kelola or d is None:
            return
        if self.panel.dirty and not self.panel.save():
            return
        dlg = RapatDialog(self.ctx, d.info, [p.pegawai_id for p in d.peserta], self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._reload_list()
            self._on_select()

    def hapus(self) -> None:
        info = self.current()
        if info is None or not info.boleh_kelola:
            return
        if QMessageBox.question(self, self.tr("Hapus rapat"), fmt(self.tr("Hapus rapat \"%1\"?"), info.judul)
                                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            rapat.hapus_rapat(self.ctx, info.id)
        except ServiceError as exc:
            show_error(self, exc)
        self._reload_list()

    def presentasikan(self, *, fullscreen: bool = True) -> Any:
        from asn_desktop.ui.rapat.presentasi import PresentasiRapat

        info = self.current()
        if info is None or not info.boleh_kelola:
            return None
        if self.panel.dirty and not self.panel.save():
            return None
        try:
            agenda = rapat.agenda_rapat(self.ctx, info.id)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.presentasi = PresentasiRapat(info, agenda)
        self.presentasi.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if fullscreen:
            self.presentasi.showFullScreen()
        else:
            self.presentasi.show()
        self.presentasi.setFocus()
        return self.presentasi

    def cetak_notulen(self) -> str | None:
        info = self.current()
        if info is None or not info.boleh_kelola:
            return None
        if self.panel.dirty and not self.panel.save():
            return None
        path = ask_pdf_path(self, self.tr("Simpan Notulen Rapat"), "Notulen", info.judul)
        if not path:
            return None
        self.job = save_pdf_in_background(self, self.tr("Mencetak notulen rapat…"), path,
                                          lambda p: rapat.cetak_notulen(self.ctx, info.id, p),
                                          self.tr("Notulen rapat evaluasi disimpan."))
        return path

    def apply_changes(self, changes: Change) -> None:
        if self.panel.dirty:
            return  # keep what is being typed; the user saves or reloads with F5
        self.load()
