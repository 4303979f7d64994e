"""Laporan › Insentif Kinerja (Admin only): the TPP rule versions, the discipline input and the
computed amounts per month or period, exported to Excel for the treasurer.

A tab of Laporan rather than an area of its own: it is computed from the year's ratings (the
page's year selector applies), it is a report handed on (to the bendahara), and only the Admin
sees it, so the tab is added for the Admin alone and other roles never learn it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Predikat
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.rating import PREDIKAT_ORDER
from asn_desktop.services import insentif as ins
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.i18n import bulan_pendek, fmt, nama_bulan, nama_periode, tanggal_teks, teks
from asn_desktop.ui.labels import predikat_teks
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.pages.laporan import LaporanPage, ReportTab, _table
from asn_desktop.ui.penilaian.common import Column, RowsModel, WARNA_PREDIKAT, status_message

#: Replaced in tests: the discipline workbook chooser (None = ask the user).
PILIH_BERKAS: Callable[[QWidget], str] | None = None


def _angka(text: str) -> float | None:
    t = text.strip().replace("Rp", "").replace(" ", "").replace(".", "").replace(",", ".")
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        return None


def _keterangan(b: ins.BarisInsentif) -> str:
    """The row's notes in the installed language."""
    return "; ".join(teks(m) for m in b.keterangan_pesan) if b.keterangan_pesan else b.keterangan


def _aturan(b: ins.BarisInsentif) -> str:
    """The rule version(s) of the row in the installed language."""
    return "; ".join(teks(m) for m in b.aturan_pesan) if b.aturan_pesan else b.aturan


class AturanDialog(QDialog):
    """One rule version: effective date, shares, predikat percentages and amounts per kelas."""

    def __init__(self, dasar: ins.AturanInsentifInfo | None, baru: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aturan TPP Kinerja") if baru else self.tr("Ubah Aturan TPP Kinerja"))
        v = QVBoxLayout(self)
        form = QFormLayout()
        self.tanggal = QDateEdit()
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd-MM-yyyy")
        d = dasar.berlaku_mulai if dasar is not None and not baru else date(date.today().year, 1, 1)
        self.tanggal.setDate(QDate(d.year, d.month, d.day))
        form.addRow(self.tr("Berlaku mulai:"), self.tanggal)
        self.nama = QLineEdit(dasar.nama if dasar is not None and not baru else "")
        self.nama.setPlaceholderText(self.tr("mis. Perkada Nomor 5 Tahun 2026 tentang TPP"))
        form.addRow(self.tr("Nama / dasar hukum:"), self.nama)
        self.porsi = QDoubleSpinBox()
        self.porsi.setRange(0, 100)
        self.porsi.setDecimals(1)
        self.porsi.setSuffix(" %")
        self.porsi.setValue(dasar.porsi_kinerja if dasar is not None else 60)
        self.lbl_disiplin = QLabel()
        self.porsi.valueChanged.connect(lambda x: self.lbl_disiplin.setText(
            fmt(self.tr("porsi disiplin %1 %"), f"{100 - x:g}")))
        row = QHBoxLayout()
        row.addWidget(self.porsi)
        row.addWidget(self.lbl_disiplin, 1)
        form.addRow(self.tr("Porsi kinerja dari TPP:"), row)
        self.lbl_disiplin.setText(fmt(self.tr("porsi disiplin %1 %"), f"{100 - self.porsi.value():g}"))
        v.addLayout(form)
        tables = QHBoxLayout()
        g1 = QGroupBox(self.tr("Predikat → % komponen kinerja"))
        l1 = QVBoxLayout(g1)
        self.t_pred = QTableWidget(len(PREDIKAT_ORDER), 2)
        self.t_pred.setHorizontalHeaderLabels([self.tr("Predikat"), self.tr("Persen (0–100)")])
        for i, p in enumerate(PREDIKAT_ORDER):
            it = QTableWidgetItem(p.label)
            it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
            it.setData(Qt.ItemDataRole.UserRole, p.value)
            self.t_pred.setItem(i, 0, it)
            val = dasar.persen_predikat.get(p.value) if dasar is not None else None
            self.t_pred.setItem(i, 1, QTableWidgetItem("" if val is None else f"{val:g}"))
        self.t_pred.verticalHeader().setVisible(False)
        self.t_pred.setColumnWidth(0, 150)
        self.t_pred.horizontalHeader().setStretchLastSection(True)
        l1.addWidget(self.t_pred)
        tables.addWidget(g1, 2)
        g2 = QGroupBox(self.tr("Kelas jabatan → TPP per bulan (Rp)"))
        l2 = QVBoxLayout(g2)
        self.t_kelas = QTableWidget(ins.KELAS_MAX - ins.KELAS_MIN + 1, 2)
        self.t_kelas.setHorizontalHeaderLabels([self.tr("Kelas"), self.tr("TPP per bulan")])
        for i, k in enumerate(range(ins.KELAS_MIN, ins.KELAS_MAX + 1)):
            it = QTableWidgetItem(str(k))
            it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.t_kelas.setItem(i, 0, it)
            val = dasar.nilai_kelas.get(k) if dasar is not None else None
            self.t_kelas.setItem(i, 1, QTableWidgetItem("" if val is None else ins.rupiah(val).removeprefix("Rp ")))
        self.t_kelas.verticalHeader().setVisible(False)
        self.t_kelas.setColumnWidth(0, 60)
        self.t_kelas.horizontalHeader().setStretchLastSection(True)
        l2.addWidget(self.t_kelas)
        tables.addWidget(g2, 2)
        v.addLayout(tables, 1)
        self.keterangan = QLineEdit(dasar.keterangan if dasar is not None and not baru else "")
        f2 = QFormLayout()
        f2.addRow(self.tr("Keterangan:"), self.keterangan)
        v.addLayout(f2)
        hint = QLabel(self.tr("Kelas yang dikosongkan tidak dibayar menurut aturan ini. Satu tanggal berlaku hanya "
                              "untuk satu aturan; perhitungan tiap bulan memakai aturan terakhir yang sudah berlaku."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        v.addWidget(hint)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        v.addWidget(bb)
        self.resize(760, 620)

    def data(self) -> ins.AturanInsentifData:
        """What was typed; a cell that is not a number stays in as text so the service names it."""
        pred: dict[str, Any] = {}
        for i in range(self.t_pred.rowCount()):
            key = self.t_pred.item(i, 0).data(Qt.ItemDataRole.UserRole)
            text = self.t_pred.item(i, 1).text() if self.t_pred.item(i, 1) else ""
            if text.strip():
                num = _angka(text)
                pred[key] = num if num is not None else text
        kelas: dict[int, Any] = {}
        for i in range(self.t_kelas.rowCount()):
            text = self.t_kelas.item(i, 1).text() if self.t_kelas.item(i, 1) else ""
            if text.strip():
                num = _angka(text)
                kelas[int(self.t_kelas.item(i, 0).text())] = num if num is not None else text
        return ins.AturanInsentifData(self.tanggal.date().toPython(), self.nama.text(), self.porsi.value(), pred,
                                      kelas, self.keterangan.text())


class DisiplinDialog(QDialog):
    """The discipline percent of every employee for one month (typed; blank = not yet known)."""

    def __init__(self, ctx: Any, tahun: int, bulan: int, parent: QWidget | None = None) -> None:  # noqa: ANN401
        super().__init__(parent)
        self.ctx, self.tahun, self.bulan = ctx, tahun, bulan
        self.setWindowTitle(fmt(self.tr("Disiplin %1"), nama_bulan(bulan, tahun)))
        v = QVBoxLayout(self)
        lbl = QLabel(self.tr("Persentase capaian komponen disiplin (0–100) menurut rekap kehadiran/disiplin bulan "
                             "ini. Kosongkan bila belum diketahui."))
        lbl.setWordWrap(True)
        v.addWidget(lbl)
        self.rows = ins.daftar_isian_disiplin(ctx, tahun, bulan)
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIP"), self.tr("Unit kerja"),
                                              self.tr("Disiplin (%)")])
        for i, (p, val) in enumerate(self.rows):
            for c, text in enumerate((p.nama, format_nip(p.nip) if p.nip else "", p.unit_nama)):
                it = QTableWidgetItem(text)
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, c, it)
            self.table.setItem(i, 3, QTableWidgetItem("" if val is None else f"{val:g}"))
        self.table.verticalHeader().setVisible(False)
        for c, w in enumerate((220, 170, 220)):
            self.table.setColumnWidth(c, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.table, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.simpan)
        bb.rejected.connect(self.reject)
        v.addWidget(bb)
        self.resize(780, 560)

    def nilai(self) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for i, (p, _v) in enumerate(self.rows):
            text = self.table.item(i, 3).text() if self.table.item(i, 3) else ""
            num = _angka(text.replace("%", ""))
            out[p.pegawai_id] = None if not text.strip() else (num if num is not None else text)
        return out

    def simpan(self) -> bool:
        try:
            n = ins.simpan_disiplin(self.ctx, self.tahun, self.bulan, self.nilai())
        except ServiceError as exc:
            show_error(self, exc)
            return False
        status_message(self.parentWidget() or self, fmt(self.tr("Disiplin %1: %2 isian disimpan."),
                                                       nama_bulan(self.bulan, self.tahun), str(n)))
        self.accept()
        return True


class InsentifTab(ReportTab):
    """Rules on top, the computation of the chosen month or period below."""

    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        self.hasil: ins.HasilInsentif | None = None
        v = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        # --- rules
        box = QGroupBox(self.tr("Aturan TPP kinerja (versi menurut tanggal berlaku)"))
        bl = QVBoxLayout(box)
        self.m_aturan = RowsModel([
            Column(self.tr("Berlaku mulai"), lambda a: tanggal_teks(a.berlaku_mulai), sort=lambda a: a.berlaku_mulai),
            Column(self.tr("Nama / dasar hukum"), lambda a: a.nama),
            Column(self.tr("Porsi kinerja"), lambda a: f"{a.porsi_kinerja:g} %", align_right=True),
            Column(self.tr("Predikat (SB/B/BP/K/SK)"),
                   lambda a: " / ".join(f"{a.persen_predikat.get(p.value, 0):g}" for p in PREDIKAT_ORDER)),
            Column(self.tr("Kelas diatur"), lambda a: f"{min(a.nilai_kelas)}–{max(a.nilai_kelas)}" if a.nilai_kelas
                   else "-"),
            Column(self.tr("Versi"), lambda a: a.versi, align_right=True),
        ], self)
        self.v_aturan = self._view(self.m_aturan)
        self.v_aturan.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest version on top
        for c, w in enumerate((130, 330, 95, 170, 95)):
            self.v_aturan.setColumnWidth(c, w)
        fit_header_texts(self.v_aturan.horizontalHeader())  # English captions are longer
        self.v_aturan.doubleClicked.connect(lambda _i: self.ubah_aturan())
        bl.addWidget(self.v_aturan, 1)
        rb = QHBoxLayout()
        self.btn_tambah = QPushButton(self.tr("Tambah aturan…"))
        self.btn_tambah.clicked.connect(self.tambah_aturan)
        self.btn_ubah = QPushButton(self.tr("Ubah…"))
        self.btn_ubah.clicked.connect(self.ubah_aturan)
        self.btn_hapus = QPushButton(self.tr("Hapus"))
        self.btn_hapus.clicked.connect(self.hapus_aturan)
        for b in (self.btn_tambah, self.btn_ubah, self.btn_hapus):
            rb.addWidget(b)
        rb.addStretch(1)
        bl.addLayout(rb)
        split.addWidget(box)
        # --- computation
        calc = QWidget()
        cl = QVBoxLayout(calc)
        cl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Masa:")))
        self.cb_masa = QComboBox()
        self.cb_masa.setMinimumWidth(200)
        self.cb_masa.currentIndexChanged.connect(lambda _i: self.hitung() if self.loaded else None)
        top.addWidget(self.cb_masa)
        self.btn_disiplin = QPushButton(self.tr("Isi disiplin…"))
        self.btn_disiplin.clicked.connect(self.isi_disiplin)
        self.btn_impor = QPushButton(self.tr("Impor disiplin…"))
        self.btn_impor.clicked.connect(self.impor_disiplin)
        self.btn_ekspor = QPushButton(self.tr("Ekspor untuk bendahara…"))
        self.btn_ekspor.clicked.connect(lambda: self.ekspor())
        top.addWidget(self.btn_disiplin)
        top.addWidget(self.btn_impor)
        top.addStretch(1)
        top.addWidget(self.btn_ekspor)
        cl.addLayout(top)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        cl.addWidget(self.lbl)
        self.m_hasil = RowsModel([
            Column(self.tr("Nama"), lambda b: b.pegawai.nama,
                   tooltip=lambda b: f"{format_nip(b.pegawai.nip) if b.pegawai.nip else ''}\n{b.pegawai.jabatan}"),
            Column(self.tr("Kelas"), lambda b: "" if b.kelas is None else b.kelas, align_right=True,
                   sort=lambda b: b.kelas or 0),
            Column(self.tr("TPP"), lambda b: ins.rupiah(b.tpp), align_right=True, sort=lambda b: b.tpp or 0),
            Column(self.tr("Predikat"), lambda b: bulan_pendek(predikat_teks(b.predikat)), color=self._warna),
            Column(self.tr("Kinerja"), lambda b: ins.rupiah(b.nilai_kinerja), align_right=True,
                   sort=lambda b: b.nilai_kinerja or 0),
            Column(self.tr("Disiplin"), lambda b: bulan_pendek(b.disiplin), align_right=True),
            Column(self.tr("Komponen disiplin"), lambda b: ins.rupiah(b.nilai_disiplin), align_right=True,
                   sort=lambda b: b.nilai_disiplin or 0),
            Column(self.tr("Jumlah"), lambda b: ins.rupiah(b.total), align_right=True, sort=lambda b: b.total or 0,
                   bold=lambda b: b.total is not None),
            Column(self.tr("Keterangan"), _keterangan, color=lambda b: "#b3261e" if b.keterangan else None,
                   tooltip=lambda b: _aturan(b) + ("\n" + _keterangan(b) if b.keterangan else ""), prose=True),
        ], self)
        self.v_hasil = self._view(self.m_hasil)
        self.v_hasil.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for c, w in enumerate((210, 55, 115, 120, 115, 75, 125, 120)):
            self.v_hasil.setColumnWidth(c, w)
        cl.addWidget(self.v_hasil, 1)
        split.addWidget(calc)
        split.setSizes([190, 470])
        v.addWidget(split, 1)

    @staticmethod
    def _warna(b: ins.BarisInsentif) -> str | None:
        try:
            return WARNA_PREDIKAT[Predikat.from_label(b.predikat)]
        except ValueError:
            return None

    def _view(self, model: RowsModel) -> QTableView:
        view, _proxy = _table(model, self)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        try:
            rules = ins.daftar_aturan(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.m_aturan.set_rows(rules)
        self.btn_ubah.setEnabled(bool(rules))
        self.btn_hapus.setEnabled(bool(rules))
        keep = self.cb_masa.currentData()
        self.cb_masa.blockSignals(True)
        self.cb_masa.clear()
        tahun = self.page.tahun()
        if tahun is not None:
            t = self.page.tahun_info()
            dinilai = -1  # the last period with evaluations: what the treasurer is most likely to ask for
            for p in (t.periode if t is not None else []):
                if p.jenis.value == "periodik":
                    months = tuple(range(p.tanggal_mulai.month, p.tanggal_selesai.month + 1)) \
                        if p.tanggal_mulai.year == p.tanggal_selesai.year == tahun else ()
                    if months:
                        self.cb_masa.addItem(f"{nama_periode(p.nama)} {tahun}", (months, f"{p.nama} {tahun}"))
                        if p.jumlah_evaluasi:
                            dinilai = self.cb_masa.count() - 1
            for m in range(1, 13):
                self.cb_masa.addItem(nama_bulan(m, tahun), ((m,), ins.nama_bulan(tahun, m)))
            idx = next((i for i in range(self.cb_masa.count()) if self.cb_masa.itemData(i) == keep), -1)
            if idx < 0:
                idx = dinilai if dinilai >= 0 else 0
            self.cb_masa.setCurrentIndex(idx)
        self.cb_masa.blockSignals(False)
        self.hitung()

    def masa(self) -> tuple[tuple[int, ...], str] | None:
        return self.cb_masa.currentData()

    def hitung(self) -> None:
        tahun, masa = self.page.tahun(), self.masa()
        if tahun is None or masa is None:
            self.m_hasil.set_rows([])
            return
        try:
            h = ins.hitung_insentif(self.ctx, tahun, masa[0], masa[1])
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.hasil = h
        self.m_hasil.set_rows(h.baris)
        lengkap = sum(1 for b in h.baris if b.total is not None)
        dasar = "; ".join(teks(m) for m in h.aturan_pesan) if h.aturan else self.tr("tidak ada aturan yang berlaku")
        self.lbl.setText(fmt(self.tr("%1 — dasar: %2. %3 dari %4 pegawai dapat dihitung; jumlah %5."), self.cb_masa.currentText(), dasar,
                             str(lengkap), str(len(h.baris)), ins.rupiah(h.jumlah)))
        single = len(masa[0]) == 1
        self.btn_disiplin.setEnabled(single)
        self.btn_impor.setEnabled(single)
        tip = "" if single else self.tr("Disiplin diisi per bulan: pilih satu bulan.")
        self.btn_disiplin.setToolTip(tip)
        self.btn_impor.setToolTip(tip)

    # ------------------------------------------------------------------ rules

    def _terpilih(self) -> ins.AturanInsentifInfo | None:
        idx = self.v_aturan.selectionModel().selectedRows()
        if not idx:
            return self.m_aturan.rows[0] if len(self.m_aturan.rows) == 1 else None
        src = self.v_aturan.model().mapToSource(idx[0])  # type: ignore[attr-defined]
        return self.m_aturan.rows[src.row()]

    def _edit(self, dasar: ins.AturanInsentifInfo | None, aturan_id: int | None,
              dialog: AturanDialog | None = None) -> bool:
        dlg = dialog or AturanDialog(dasar, aturan_id is None, self)
        while True:
            if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            try:
                a = ins.simpan_aturan(self.ctx, dlg.data(), aturan_id)
            except ServiceError as exc:
                show_error(self, exc)
                if dialog is not None:
                    return False
                continue  # the dialog keeps what was typed
            status_message(self, fmt(self.tr("Aturan disimpan: %1"), teks(a.label_pesan)))
            self.reload()
            return True

    def tambah_aturan(self, dialog: AturanDialog | None = None) -> bool:
        rules = self.m_aturan.rows
        return self._edit(rules[0] if rules else None, None, dialog)  # a new version starts from the latest

    def ubah_aturan(self, dialog: AturanDialog | None = None) -> bool:
        a = self._terpilih()
        if a is None:
            QMessageBox.information(self, self.tr("Ubah aturan"), self.tr("Pilih dahulu aturan yang akan diubah."))
            return False
        return self._edit(a, a.id, dialog)

    def hapus_aturan(self) -> None:
        a = self._terpilih()
        if a is None:
            return
        if QMessageBox.question(self, self.tr("Hapus aturan"), fmt(self.tr("Hapus aturan %1?"), teks(a.label_pesan))) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            ins.hapus_aturan(self.ctx, a.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.reload()

    # ------------------------------------------------------------------ discipline and export

    def isi_disiplin(self) -> None:
        tahun, masa = self.page.tahun(), self.masa()
        if tahun is None or masa is None or len(masa[0]) != 1:
            return
        if DisiplinDialog(self.ctx, tahun, masa[0][0], self).exec() == QDialog.DialogCode.Accepted:
            self.hitung()

    def impor_disiplin(self, path: str | None = None) -> None:
        tahun, masa = self.page.tahun(), self.masa()
        if tahun is None or masa is None or len(masa[0]) != 1:
            return
        if path is None:
            path = PILIH_BERKAS(self) if PILIH_BERKAS is not None else QFileDialog.getOpenFileName(
                self, self.tr("Impor disiplin"), str(Path.home()), "Excel (*.xlsx *.xlsm *.xls *.ods)")[0]
        if not path:
            return
        try:
            h = ins.impor_disiplin(self.ctx, path, tahun, masa[0][0])
        except ServiceError as exc:
            show_error(self, exc)
            return
        tampilkan_hasil(self, fmt(self.tr("Disiplin %1 diimpor untuk %2 pegawai."), masa[1], str(h.jumlah)))
        self.hitung()

    def ekspor(self) -> None:
        tahun, masa = self.page.tahun(), self.masa()
        if tahun is None or masa is None:
            return
        self.export(f"TPP_Kinerja_{masa[1]}.xlsx",
                    lambda path, prog: ins.ekspor_insentif(self.ctx, tahun, masa[0], path, masa[1], prog))


__all__ = ["AturanDialog", "DisiplinDialog", "InsentifTab"]
