"""Area 'Sinkronisasi Excel': roster import, exports, results packages (regency
merge), offline supervisor forms, and the exchange log.

Every action runs its service off the UI thread (``ui.jobs``) with progress and
cancel; the wizard and dialogs live in ``ui/sinkronisasi``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.services import pertukaran as P
from asn_desktop.services.changes import Change
from asn_desktop.services.pertukaran_umum import RINGKASAN_LABEL, STATUS_LABEL
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.sinkronisasi.common import Card, ask_open, ask_save, run_and_wait
from asn_desktop.ui.i18n import fmt, teks


class SinkronisasiPage(BasePage):
    key = "sinkronisasi"
    watches = Change.PERTUKARAN  # the exchange log; the rest is read when a dialog opens

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SinkronisasiPage", "Sinkronisasi Excel")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.wizard = None
        self.last_result: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        head = QLabel(self.tr("<h2 style='margin:0'>Sinkronisasi Excel</h2>"))
        lay.addWidget(head)
        sub = QLabel(self.tr(
            "Pertukaran data dengan BKPSDM dan kecamatan lain melalui berkas Excel. Setiap impor diperiksa dan "
            "ditampilkan dulu, dibuat cadangannya, lalu disimpan sekaligus; setiap pertukaran tercatat di riwayat."))
        sub.setWordWrap(True)
        sub.setStyleSheet("color:#4a5560;")
        lay.addWidget(sub)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        a = self.actor = ctx.actor

        c1 = Card(self.tr("Impor daftar pegawai"), self.tr(
            "DUK atau ekspor SIASN dari BKPSDM, apa adanya: judul, judul kolom bertingkat, blok tanda tangan. "
            "Pratinjau baru / berubah / ditolak sebelum disimpan."))
        self.btn_import = QPushButton(self.tr("&Impor daftar pegawai…"))
        self.btn_import.setToolTip(self.tr("Ctrl+I"))
        self.btn_import.clicked.connect(lambda: self.start_roster_import())
        self.btn_import.setEnabled(a.can(Permission.MASTER_WRITE))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.btn_import)
        c1.body.addLayout(row)
        grid.addWidget(c1, 0, 0)

        c2 = Card(self.tr("Ekspor daftar pegawai"), self.tr(
            "Lembar \"Pegawai\" dengan NIP sebagai teks dan tanggal Excel asli; dapat diimpor kembali tanpa "
            "perubahan."))
        row = QHBoxLayout()
        self.chk_aktif = QCheckBox(self.tr("Hanya pegawai aktif"))
        self.btn_export_emp = QPushButton(self.tr("&Ekspor daftar pegawai…"))
        self.btn_export_emp.clicked.connect(lambda: self.export_employees_to())
        row.addWidget(self.chk_aktif)
        row.addStretch(1)
        row.addWidget(self.btn_export_emp)
        c2.body.addLayout(row)
        grid.addWidget(c2, 0, 1)

        c3 = Card(self.tr("Ekspor paket hasil"), self.tr(
            "Hasil satu tahun untuk kabupaten: pegawai, unit, SKP, RHK, indikator, perilaku, evaluasi per periode "
            "termasuk Tahunan, dengan versi format dan checksum."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tahun:")))
        self.spn_tahun = QSpinBox()
        self.spn_tahun.setRange(2000, 2100)
        self.spn_tahun.setValue(date.today().year)
        row.addWidget(self.spn_tahun)
        row.addStretch(1)
        self.btn_export_hasil = QPushButton(self.tr("Ekspor &paket hasil…"))
        self.btn_export_hasil.clicked.connect(lambda: self.export_results_to())
        self.btn_export_hasil.setEnabled(a.can(Permission.EVAL_READ_ALL))
        if not a.can(Permission.EVAL_READ_ALL):
            self.btn_export_hasil.setToolTip(self.tr("Paket hasil berisi penilaian yang rahasia: khusus admin."))
        row.addWidget(self.btn_export_hasil)
        c3.body.addLayout(row)
        grid.addWidget(c3, 0, 2)

        c4 = Card(self.tr("Gabungkan paket hasil (kabupaten)"), self.tr(
            "Gabungkan paket dari banyak kecamatan ke basis data ini. Konflik dilaporkan; paket yang diubah "
            "setelah ekspor atau berformat lebih baru ditolak."))
        self.btn_import_hasil = QPushButton(self.tr("&Gabungkan paket hasil…"))
        self.btn_import_hasil.clicked.connect(lambda: self.open_results_import())
        self.btn_import_hasil.setEnabled(a.can(Permission.EVAL_READ_ALL) and a.can(Permission.MASTER_WRITE))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.btn_import_hasil)
        c4.body.addLayout(row)
        grid.addWidget(c4, 1, 0)

        c5 = Card(self.tr("Formulir penilaian offline"), self.tr(
            "Formulir Excel terkunci untuk pejabat penilai yang menilai tanpa aplikasi: hanya sel rating dan umpan "
            "balik yang dapat diisi. Formulir yang diubah di luar sel isian ditolak."))
        row = QHBoxLayout()
        self.btn_form_export = QPushButton(self.tr("&Buat formulir…"))
        self.btn_form_import = QPushButton(self.tr("Impor formulir &terisi…"))
        self.btn_form_export.clicked.connect(lambda: self.open_form_export())
        self.btn_form_import.clicked.connect(lambda: self.import_form_from())
        can_forms = a.can(Permission.EVAL_READ_ALL) or a.can(Permission.EVAL_RATE)
        self.btn_form_export.setEnabled(can_forms)
        self.btn_form_import.setEnabled(a.can(Permission.EVAL_RATE))
        row.addStretch(1)
        row.addWidget(self.btn_form_export)
        row.addWidget(self.btn_form_import)
        c5.body.addLayout(row)
        grid.addWidget(c5, 1, 1)

        c6 = Card(self.tr("Impor nilai kinerja lama"), self.tr(
            "Rekap PP 46/2011, rekap e-Kinerja, formulir SKP/DP3 lama (satu pegawai per lembar): dicocokkan dengan "
            "NIP dan disimpan ke riwayat pegawai. Impor ulang tidak menggandakan data."))
        self.btn_import_lama = QPushButton(self.tr("Impor &nilai lama…"))
        self.btn_import_lama.clicked.connect(lambda: self.import_past_results_from())
        self.btn_import_lama.setEnabled(a.can(Permission.MASTER_WRITE))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.btn_import_lama)
        c6.body.addLayout(row)
        grid.addWidget(c6, 1, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        lay.addLayout(grid)

        log_head = QHBoxLayout()
        log_head.addWidget(QLabel(self.tr("<b>Riwayat pertukaran</b>")))
        log_head.addStretch(1)
        self.btn_report = QPushButton(self.tr("&Lihat laporan…"))
        self.btn_reload = QPushButton(self.tr("&Muat ulang"))
        self.btn_report.clicked.connect(self.open_selected_report)
        self.btn_reload.clicked.connect(self.load_log)
        log_head.addWidget(self.btn_report)
        log_head.addWidget(self.btn_reload)
        lay.addSpacing(6)
        lay.addLayout(log_head)
        self.tbl_log = QTableWidget(0, 6)
        self.tbl_log.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Jenis"), self.tr("Berkas"),
                                                self.tr("Status"), self.tr("Ringkasan"), self.tr("Pengguna")])
        self.tbl_log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl_log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl_log.setAlternatingRowColors(True)
        self.tbl_log.verticalHeader().hide()
        self.tbl_log.setSortingEnabled(True)
        hh = self.tbl_log.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        for i, w in enumerate((140, 190, 260, 130, 360, 110)):
            self.tbl_log.setColumnWidth(i, w)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tbl_log.doubleClicked.connect(lambda _i: self.open_selected_report())
        lay.addWidget(self.tbl_log, 1)
        self.lbl_empty = QLabel(self.tr("Belum ada pertukaran. Mulailah dengan mengimpor daftar pegawai dari BKPSDM."),
                                self.tbl_log.viewport())
        self.lbl_empty.setStyleSheet("color:#6b7780; padding: 16px;")
        self.lbl_empty.move(8, 8)
        self.lbl_empty.adjustSize()
        QShortcut(QKeySequence("Ctrl+I"), self, activated=lambda: self.btn_import.isEnabled() and self.start_roster_import())

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        self.load_log()

    def apply_changes(self, changes: Change) -> None:
        self.load_log()

    def load_log(self) -> None:
        try:
            entries = P.list_log(self.ctx)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.tbl_log.setSortingEnabled(False)
        self.tbl_log.setRowCount(len(entries))
        for i, e in enumerate(entries):
            summary = ", ".join(f"{teks(RINGKASAN_LABEL.get(k, k))} {v}" for k, v in e.ringkasan.items()
                                if not isinstance(v, (dict, list)) and k != "checksum" and (v or k == "pegawai"))
            vals = (e.waktu.strftime("%Y-%m-%d %H:%M"), teks(e.jenis_label), Path(e.nama_file).name if e.nama_file
                    else "", teks(STATUS_LABEL.get(e.status, e.status)), summary, e.username)
            for j, v in enumerate(vals):
                it = QTableWidgetItem(v)
                if j == 0:
                    it.setData(Qt.ItemDataRole.UserRole, e.id)
                if j == 2:
                    it.setToolTip(e.nama_file)
                if j == 4:
                    it.setToolTip(summary)
                self.tbl_log.setItem(i, j, it)
        self.tbl_log.setSortingEnabled(True)
        self.tbl_log.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.lbl_empty.setVisible(not entries)

    def _status(self, text: str) -> None:
        win = self.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(text, 8000)

    # -- roster import --------------------------------------------------------------------
    def start_roster_import(self, path: Path | None = None):  # noqa: ANN201
        """Open the roster import wizard (also called by the first-start choice)."""
        from asn_desktop.ui.sinkronisasi.roster_wizard import RosterImportWizard

        wiz = RosterImportWizard(self.ctx, self, path)
        wiz.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wiz.imported.connect(lambda rep: (self.load_log(), tampilkan_hasil(self, rep.ringkasan)))
        wiz.finished.connect(lambda _r: self.load_log())
        self.wizard = wiz
        wiz.open()
        return wiz

    # -- exports -----------------------------------------------------------------------------
    def export_employees_to(self, path: Path | None = None) -> None:
        path = path or ask_save(self, self.tr("Ekspor daftar pegawai"), f"daftar-pegawai-{date.today():%Y%m%d}.xlsx")
        if path is None:
            return
        aktif = self.chk_aktif.isChecked()

        def done(res: Any) -> None:
            self.last_result = res
            tampilkan_hasil(self, fmt(self.tr("%1 pegawai diekspor."), str(res.rows)), res.path,
                            status=fmt(self.tr("%1 pegawai diekspor ke %2"), str(res.rows), str(res.path)))
            self.load_log()

        run_job(self, self.tr("Mengekspor daftar pegawai…"),
                lambda p: P.export_employees(self.ctx, path, include_inactive=not aktif, progress=p), done,
                modal=False)

    def export_results_to(self, path: Path | None = None, tahun: int | None = None) -> None:
        tahun = tahun or self.spn_tahun.value()
        path = path or ask_save(self, self.tr("Ekspor paket hasil"), f"paket-hasil-{tahun}.xlsx")
        if path is None:
            return

        def done(res: Any) -> None:
            self.last_result = res
            tampilkan_hasil(self, fmt(self.tr("Paket hasil %1 ditulis (%2 baris)."), str(tahun), str(res.rows)), res.path,
                            status=fmt(self.tr("Paket hasil %1 ditulis ke %2 (%3 baris)"), str(tahun), str(res.path), str(res.rows)))
            self.load_log()

        run_job(self, self.tr("Mengekspor paket hasil…"), lambda p: P.export_results(self.ctx, path, tahun, progress=p),
                done, modal=False)

    # -- results packages ---------------------------------------------------------------------
    def open_results_import(self, files: list[Path] | None = None):  # noqa: ANN201
        from asn_desktop.ui.sinkronisasi.dialogs import ResultsImportDialog

        if files is None:
            files = ask_open(self, self.tr("Pilih paket hasil"), multiple=True)
            if not files:
                return None
        dlg = ResultsImportDialog(self.ctx, self, files)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(lambda rep: (self.load_log(), tampilkan_hasil(self, rep.ringkasan)))
        dlg.finished.connect(lambda _r: self.load_log())
        dlg.open()
        return dlg

    # -- forms ----------------------------------------------------------------------------------
    def open_form_export(self):  # noqa: ANN201
        from asn_desktop.ui.sinkronisasi.dialogs import FormExportDialog

        dlg = FormExportDialog(self.ctx, self.spn_tahun.value(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            penilai, periode = dlg.choice()
            path = ask_save(self, self.tr("Simpan formulir"), dlg.nama_berkas_saran())
            if path is not None:
                self.export_form_to(penilai, periode, path)

        dlg.accepted.connect(accepted)
        dlg.open()
        return dlg

    def export_form_to(self, penilai: int | str, periode_id: int, path: Path) -> None:
        def done(info: Any) -> None:
            self.last_result = info
            self.load_log()
            tampilkan_hasil(self, fmt(self.tr(
                "Formulir %1 untuk %2 disimpan: %4 pegawai, %5 dapat diisi. Serahkan berkas ini kepada "
                "pejabat penilai; setelah diisi, impor kembali dengan \"Impor formulir terisi\"."), info.periode, info.penilai)
                .replace("%4", str(info.pegawai)).replace("%5", str(info.dapat_diisi)), info.path)

        run_job(self, self.tr("Membuat formulir…"), lambda p: P.export_form(self.ctx, penilai, periode_id, path, p), done)

    def import_form_from(self, path: Path | None = None):  # noqa: ANN201
        from asn_desktop.ui.sinkronisasi.dialogs import FormImportDialog

        if path is None:
            files = ask_open(self, self.tr("Pilih formulir yang sudah diisi"))
            if not files:
                return None
            path = files[0]
        out = run_and_wait(self, self.tr("Memeriksa formulir…"), lambda _p: P.preview_form(self.ctx, path))
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return None
        if out.cancelled:
            return None
        dlg = FormImportDialog(self.ctx, out.result, Path(path), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(lambda rep: (self.load_log(), tampilkan_hasil(self, rep.ringkasan)))
        dlg.finished.connect(lambda _r: self.load_log())
        dlg.open()
        return dlg

    # -- past results -------------------------------------------------------------------------------
    def import_past_results_from(self, path: Path | None = None):  # noqa: ANN201
        """Preview a file of past appraisal results, then let the user import it."""
        from asn_desktop.services.riwayat_nilai import pratinjau_nilai_lama
        from asn_desktop.ui.sinkronisasi.nilai_lama import NilaiLamaDialog

        if path is None:
            files = ask_open(self, self.tr("Pilih rekap atau formulir nilai lama"))
            if not files:
                return None
            path = files[0]
        out = run_and_wait(self, self.tr("Memeriksa berkas…"), lambda _p: pratinjau_nilai_lama(self.ctx, path))
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return None
        if out.cancelled:
            return None
        dlg = NilaiLamaDialog(self.ctx, out.result, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(lambda res: (self.load_log(), tampilkan_hasil(self, res.summary)))
        dlg.finished.connect(lambda _r: self.load_log())
        dlg.open()
        return dlg

    # -- log --------------------------------------------------------------------------------------
    def open_selected_report(self):  # noqa: ANN201
        from asn_desktop.ui.sinkronisasi.dialogs import ReportDialog

        row = self.tbl_log.currentRow()
        if row < 0:
            self._status(self.tr("Pilih satu baris riwayat terlebih dahulu."))
            return None
        log_id = self.tbl_log.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            data = P.get_log_report(self.ctx, int(log_id))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        dlg = ReportDialog(data, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg


__all__ = ["SinkronisasiPage"]
