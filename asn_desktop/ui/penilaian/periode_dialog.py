"""Period settings: performance years and their scheme, opening/closing/reopening periods,
and the organisation predicate of each unit for the selected period (admin)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import PredikatOrganisasi, SkemaPeriode, StatusPeriode
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services import periode as per
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.labels import fill_combo, label
from asn_desktop.ui.penilaian.common import banner
from asn_desktop.ui.i18n import fmt, nama_periode

_STATUS_COLOR = {StatusPeriode.DIBUKA: "#1b7f3b", StatusPeriode.DITUTUP: "#b3261e", StatusPeriode.BELUM_DIBUKA: "#777"}


class TahunBaruDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, tahun: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tahun kinerja baru"))
        form = QFormLayout(self)
        self.sp_tahun = QSpinBox()
        self.sp_tahun.setRange(2000, 2100)
        self.sp_tahun.setValue(tahun or date.today().year)
        self.cb_skema = QComboBox()
        fill_combo(self.cb_skema, SkemaPeriode)
        self.cb_skema.setCurrentIndex(self.cb_skema.findData(SkemaPeriode.TRIWULANAN.value))
        form.addRow(self.tr("Tahun:"), self.sp_tahun)
        form.addRow(self.tr("Skema evaluasi periodik:"), self.cb_skema)
        note = QLabel(self.tr("PermenPANRB 6/2022 Pasal 31: evaluasi periodik bulanan, triwulanan, atau semesteran "
                              "sesuai pilihan instansi, ditambah satu evaluasi tahunan."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)


class PengaturanPeriodeDialog(QDialog):
    """Years on the left; the periods of the selected year and the organisation predicates on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tahun: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Pengaturan Periode Penilaian"))
        self.resize(1060, 680)
        self.admin = ctx.actor.can(Permission.PERIOD_ADMIN)
        v = QVBoxLayout(self)
        if not self.admin:
            v.addWidget(banner(self.tr("Hanya admin yang dapat mengubah periode dan predikat organisasi; "
                                       "Anda melihat pengaturan ini dalam mode baca saja.")))
        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Tahun kinerja</b>")))
        self.lst_tahun = QListWidget()
        self.lst_tahun.currentRowChanged.connect(self._on_tahun)
        lv.addWidget(self.lst_tahun, 1)
        self.btn_tahun = QPushButton(self.tr("Tahun baru…"))
        self.btn_tahun.clicked.connect(self.tahun_baru)
        self.btn_skema = QPushButton(self.tr("Ubah skema…"))
        self.btn_skema.clicked.connect(self.ubah_skema)
        lv.addWidget(self.btn_tahun)
        lv.addWidget(self.btn_skema)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        gb = QGroupBox(self.tr("Periode"))
        gv = QVBoxLayout(gb)
        self.tbl = QTableWidget(0, 5)
        self.tbl.setHorizontalHeaderLabels([self.tr("Periode"), self.tr("Tanggal"), self.tr("Status"),
                                            self.tr("Evaluasi"), self.tr("Ditutup oleh / pada")])
        self.tbl.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl.verticalHeader().setVisible(False)
        hh = self.tbl.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.tbl.itemSelectionChanged.connect(self._on_periode)
        gv.addWidget(self.tbl)
        row = QHBoxLayout()
        self.btn_buka = QPushButton(self.tr("Buka periode"))
        self.btn_buka.clicked.connect(self.buka)
        self.btn_tutup = QPushButton(self.tr("Tutup (kunci) periode…"))
        self.btn_tutup.clicked.connect(self.tutup)
        self.btn_buka_kembali = QPushButton(self.tr("Buka kembali…"))
        self.btn_buka_kembali.setToolTip(self.tr("Khusus admin; alasan dicatat di log audit."))
        self.btn_buka_kembali.clicked.connect(self.buka_kembali)
        for b in (self.btn_buka, self.btn_tutup, self.btn_buka_kembali):
            row.addWidget(b)
        row.addStretch(1)
        gv.addLayout(row)
        rv.addWidget(gb, 2)
        gb2 = QGroupBox(self.tr("Capaian kinerja organisasi (predikat organisasi) per unit kerja"))
        g2 = QVBoxLayout(gb2)
        self.lbl_org = QLabel()
        self.lbl_org.setWordWrap(True)
        self.lbl_org.setStyleSheet("color: #555;")
        g2.addWidget(self.lbl_org)
        self.tbl_org = QTableWidget(0, 3)
        self.tbl_org.setHorizontalHeaderLabels([self.tr("Unit kerja"), self.tr("Predikat organisasi"),
                                                self.tr("Keterangan")])
        self.tbl_org.verticalHeader().setVisible(False)
        self.tbl_org.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        oh = self.tbl_org.horizontalHeader()
        oh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        oh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        oh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        g2.addWidget(self.tbl_org, 1)
        rv.addWidget(gb2, 3)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([190, 860])
        v.addWidget(split, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        bb.rejected.connect(self.reject)
        v.addWidget(bb)
        self.years: list[per.TahunInfo] = []
        self.btn_tahun.setEnabled(self.admin)
        self.btn_skema.setEnabled(self.admin)
        self.reload(tahun)

    # ------------------------------------------------------------------ data
    def reload(self, tahun: int | None = None, periode_id: int | None = None) -> None:
        cur = self.tahun_terpilih()
        tahun = tahun or (cur.tahun if cur else None)
        self.years = per.list_tahun(self.ctx)
        self.lst_tahun.blockSignals(True)
        self.lst_tahun.clear()
        for t in self.years:
            it = QListWidgetItem(f"{t.tahun} — {label(t.skema)}")
            self.lst_tahun.addItem(it)
        self.lst_tahun.blockSignals(False)
        idx = next((i for i, t in enumerate(self.years) if t.tahun == tahun), 0 if self.years else -1)
        self.lst_tahun.setCurrentRow(idx)
        self._on_tahun(idx, periode_id)

    def tahun_terpilih(self) -> per.TahunInfo | None:
        i = self.lst_tahun.currentRow() if hasattr(self, "lst_tahun") else -1
        return self.years[i] if 0 <= i < len(self.years) else None

    def periode_terpilih(self) -> per.PeriodeInfo | None:
        t = self.tahun_terpilih()
        rows = self.tbl.selectionModel().selectedRows() if self.tbl.selectionModel() else []
        if t is None or not rows:
            return None
        r = rows[0].row()
        return t.periode[r] if 0 <= r < len(t.periode) else None

    def _on_tahun(self, idx: int, periode_id: int | None = None) -> None:
        t = self.years[idx] if 0 <= idx < len(self.years) else None
        self.tbl.setRowCount(0)
        if t is None:
            self._on_periode()
            return
        self.tbl.setRowCount(len(t.periode))
        for r, p in enumerate(t.periode):
            oleh = ""
            if p.ditutup_pada:
                oleh = f"{p.ditutup_oleh or ''}, {p.ditutup_pada:%d-%m-%Y %H:%M}"
            vals = [nama_periode(p.nama), f"{format_tanggal_pendek(p.tanggal_mulai)} s.d. {format_tanggal_pendek(p.tanggal_selesai)}",
                    label(p.status), str(p.jumlah_evaluasi), oleh]
            for c, text in enumerate(vals):
                it = QTableWidgetItem(text)
                if c == 2:
                    it.setForeground(Qt.GlobalColor.black)
                    from PySide6.QtGui import QColor

                    it.setForeground(QColor(_STATUS_COLOR[p.status]))
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
                if c == 3:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.tbl.setItem(r, c, it)
        sel = next((r for r, p in enumerate(t.periode) if p.id == periode_id), None)
        if sel is None:
            sel = next((r for r, p in enumerate(t.periode) if p.terbuka), 0)
        self.tbl.selectRow(sel)
        self._on_periode()

    def _on_periode(self) -> None:
        p = self.periode_terpilih()
        on = p is not None and self.admin
        self.btn_buka.setEnabled(on and p.status is StatusPeriode.BELUM_DIBUKA)
        self.btn_tutup.setEnabled(on and p.status is StatusPeriode.DIBUKA)
        self.btn_buka_kembali.setEnabled(on and p.status is StatusPeriode.DITUTUP)
        self._fill_org(p)

    def _fill_org(self, p: per.PeriodeInfo | None) -> None:
        self.tbl_org.setRowCount(0)
        if p is None:
            self.lbl_org.setText("")
            return
        editable = self.admin and p.terbuka
        self.lbl_org.setText(
            fmt(self.tr("SE MenPANRB 3/2023: ditetapkan pimpinan di atasnya untuk %1. Unit tanpa penetapan mengikuti "
                    "rating hasil kerja pimpinannya, lalu unit induknya. %2"), p.label, "" if editable else self.tr("(Periode tidak dibuka: hanya dapat dilihat.)"))
        )
        try:
            rows = per.daftar_predikat_organisasi(self.ctx, p.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.tbl_org.setRowCount(len(rows))
        for r, info in enumerate(rows):
            it = QTableWidgetItem("    " * info.level + info.unit_nama)
            self.tbl_org.setItem(r, 0, it)
            cb = QComboBox()
            cb.addItem(self.tr("— belum ditetapkan —"), None)
            fill_combo(cb, PredikatOrganisasi)
            cb.setCurrentIndex(cb.findData(info.predikat.value) if info.sumber == "ditetapkan" and info.predikat
                               else 0)
            cb.setEnabled(editable)
            cb.setProperty("unit_id", info.unit_id)
            cb.currentIndexChanged.connect(lambda _i, box=cb, pid=p.id: self._set_org(box, pid))
            self.tbl_org.setCellWidget(r, 1, cb)
            ket = {
                "ditetapkan": fmt(self.tr("ditetapkan %1"), info.ditetapkan_oleh or ""),
                "induk": fmt(self.tr("mengikuti unit induk: %1"), label(info.predikat, "")),
            }.get(info.sumber, self.tr("kurva belum dapat diperiksa"))
            self.tbl_org.setItem(r, 2, QTableWidgetItem(ket))

    def _set_org(self, box: QComboBox, periode_id: int) -> None:
        unit_id = box.property("unit_id")
        try:
            per.set_predikat_organisasi(self.ctx, int(unit_id), periode_id, box.currentData())
        except ServiceError as exc:
            show_error(self, exc)
        self.changed = True
        p = self.periode_terpilih()
        self._fill_org(p)

    # ------------------------------------------------------------------ actions
    def tahun_baru(self) -> None:
        last = max((t.tahun for t in self.years), default=date.today().year - 1)
        dlg = TahunBaruDialog(self, last + 1 if self.years else date.today().year)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            t = per.buat_tahun(self.ctx, dlg.sp_tahun.value(), dlg.cb_skema.currentData())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.reload(t.tahun)

    def ubah_skema(self) -> None:
        t = self.tahun_terpilih()
        if t is None:
            return
        skema = list(SkemaPeriode)
        labels = [label(s) for s in skema]  # shown in the interface language; picked back by position
        cur = skema.index(t.skema)
        text, ok = QInputDialog.getItem(self, self.tr("Ubah skema"),
                                        fmt(self.tr("Skema evaluasi periodik tahun %1:"), str(t.tahun)),
                                        labels, cur, False)
        if not ok:
            return
        try:
            per.ubah_skema(self.ctx, t.tahun, skema[labels.index(text)])
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.reload(t.tahun)

    def buka(self) -> None:
        p = self.periode_terpilih()
        if p is None:
            return
        try:
            per.buka_periode(self.ctx, p.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.reload(p.tahun, p.id)

    def tutup(self, *, konfirmasi: bool = True) -> None:
        p = self.periode_terpilih()
        if p is None:
            return
        if konfirmasi and QMessageBox.question(
            self, self.tr("Tutup periode"),
            fmt(self.tr("Tutup %1? Setelah ditutup, realisasi, umpan balik, dan penilaian periode ini terkunci. "
                    "Hanya admin yang dapat membukanya kembali."), p.label),
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            per.tutup_periode(self.ctx, p.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.reload(p.tahun, p.id)

    def buka_kembali(self, alasan: str | None = None) -> None:
        p = self.periode_terpilih()
        if p is None:
            return
        if alasan is None:
            alasan, ok = QInputDialog.getText(self, self.tr("Buka kembali periode"),
                                              fmt(self.tr("Alasan membuka kembali %1 (dicatat di log audit):"), p.label))
            if not ok:
                return
        try:
            per.buka_kembali_periode(self.ctx, p.id, alasan)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.reload(p.tahun, p.id)
