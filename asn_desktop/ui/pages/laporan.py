"""Area 'Laporan': completeness per unit, predicate distribution against the curve,
each employee's predicates over periods and years, follow-up lists, and bulk printing
of the Dokumen Evaluasi. Every table can be exported to Excel; long work runs in the
background with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Predikat, StatusEvaluasi
from asn_desktop.domain.nama import nama_berkas_dari
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.rating import PREDIKAT_ORDER, predikat_rank
from asn_desktop.domain.periode import nama_pendek
from asn_desktop.domain.roles import Permission
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per
from asn_desktop.services import tindak_lanjut as tl
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.labels import fill_combo, label
from asn_desktop.services.scope import boleh_lihat_insentif
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.penghargaan import PiagamPanel
from asn_desktop.ui.penghargaan import boleh_cetak as boleh_cetak_piagam
from asn_desktop.ui.penilaian.common import (
    SORT_ROLE,
    WARNA_PREDIKAT,
    Column,
    RowsModel,
    banner,
    status_evaluasi_text,
    status_message,
)
from asn_desktop.ui.penilaian.kurva import KurvaPanel
from asn_desktop.ui.loading import LazyTabs, Loader
from asn_desktop.ui.tata_letak import cell_padding, fit_header_texts, fit_report_columns, report_columns
from asn_desktop.ui.i18n import fmt, nama_periode, teks

#: Replaced in tests: where "Simpan sebagai" dialogs point (None = ask the user).
SAVE_PATH: Callable[[QWidget, str, str, str], str] | None = None


def ask_save_path(parent: QWidget, title: str, default_name: str, filt: str) -> str:
    default_name = nama_berkas_dari(default_name)  # period names may hold "/" or ":"
    if SAVE_PATH is not None:
        return SAVE_PATH(parent, title, default_name, filt)
    path, _f = QFileDialog.getSaveFileName(parent, title, str(Path.home() / default_name), filt)
    return path


def _table(model: RowsModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    report_columns(view)
    return view, proxy


_SINGKAT = {
    Predikat.SANGAT_BAIK: "SB",
    Predikat.BAIK: "B",
    Predikat.BUTUH_PERBAIKAN: "BP",
    Predikat.KURANG: "K/M",
    Predikat.SANGAT_KURANG: "SK",
}


def _pred_color(p: Predikat | str | None) -> str | None:
    if not p:
        return None
    try:
        return WARNA_PREDIKAT[Predikat(p)] if isinstance(p, Predikat) else WARNA_PREDIKAT[Predikat.from_label(p)]
    except ValueError:
        return None


class ReportTab(QWidget):
    """A tab of a report area (Laporan, Insentif, Karier): read on its first show (``ensure_loaded``;
    a tab whose data is large reads it through a ``ui.loading.Loader``), exported to Excel through a
    background job. Areas differ only in the export's texts and modality (``EXPORT_*``)."""

    #: the export's progress title, confirmation and status-bar text (None: no status text)
    EXPORT_PROGRESS = QT_TRANSLATE_NOOP("ReportTab", "Mengekspor ke Excel…")
    EXPORT_DONE = QT_TRANSLATE_NOOP("ReportTab", "Laporan disimpan.")
    EXPORT_STATUS: str | None = QT_TRANSLATE_NOOP("ReportTab", "Laporan disimpan: %1")
    #: a modal progress dialog (the operator waits) or a quiet one (he may keep reading)
    EXPORT_MODAL = False

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.loaded = False

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            try:
                self.reload()
            except ServiceError as exc:  # a read refused (database busy, unreadable): said; the next show reads again
                self.loaded = False
                show_error(self, exc)

    def reload(self) -> None:  # pragma: no cover - overridden
        pass

    def _text(self, source: str) -> str:
        return QCoreApplication.translate("ReportTab", source)

    def export(self, default_name: str, fn: Callable[[str, Any], Path]) -> None:
        path = ask_save_path(self, self.tr("Ekspor ke Excel"), default_name, "Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def done(p: Path) -> None:
            self.page.last_export = Path(p)
            status = fmt(self._text(self.EXPORT_STATUS), str(p)) if self.EXPORT_STATUS else None
            tampilkan_hasil(self, self._text(self.EXPORT_DONE), p, status=status)

        run_job(self, self._text(self.EXPORT_PROGRESS), lambda prog: fn(path, prog), done,
                modal=self.EXPORT_MODAL)


def report_tabs(page: Any, tabs: Sequence[tuple[ReportTab, str]]) -> LazyTabs:
    """The tabs of a report area built at once (Karier; Laporan builds its own lazily): each reads on
    its first show once the area is loaded."""
    widget = LazyTabs()
    for tab, title in tabs:
        widget.addTab(tab, title)
    widget.currentChanged.connect(lambda _i: widget.currentWidget().ensure_loaded() if page._loaded else None)
    return widget


def reload_tabs(tabs: LazyTabs) -> None:
    """Every tab reads again on its next show, the one in view now (a tab not built yet reads on
    its first show anyway)."""
    for i in range(tabs.count()):
        tab = tabs.built(i)
        if tab is not None:
            tab.loaded = False  # type: ignore[attr-defined]
    tabs.currentWidget().ensure_loaded()  # type: ignore[attr-defined]


# =========================================================================== Kelengkapan

#: one cell of the Kelengkapan table: its text and its colour (None: the table's own)
_Sel = tuple[str, str | None]


@dataclass(frozen=True)
class IsiKelengkapan:
    """The Kelengkapan report with its table's cells made, off the UI thread: showing it only
    creates the items (a regency has hundreds of units)."""

    laporan: lap.LaporanKelengkapan
    sel: list[list[_Sel]]  # per row of ``baris`` + the total row; the total's unit cell is made on show


def baca_kelengkapan(ctx: Any, tahun: int) -> IsiKelengkapan:
    """The report for ``tahun`` and its cells (thread-safe: services open their own session)."""
    rep = lap.kelengkapan(ctx, tahun)
    sel: list[list[_Sel]] = []
    for k in rep.baris + [rep.total]:
        unit = "" if k.unit_id is None else "    " * k.level + k.unit_nama  # the total's name: translated on show
        vals: list[_Sel] = [(unit, None), (str(k.pegawai), None),
                            (str(k.skp_disetujui), None),
                            (str(k.skp_proses or ""), "#8a5a00" if k.skp_proses else None),
                            (str(k.tanpa_skp or ""), "#b3261e" if k.tanpa_skp else None)]
        for p in rep.periode:
            if not k.skp_disetujui:
                vals.append(("", None))
                continue
            n = k.dinilai.get(p.id, 0)
            pct = n * 100 / k.skp_disetujui
            color = "#1b7f3b" if pct >= 100 else ("#8a5a00" if pct > 0 else "#777777")
            vals.append((f"{n}/{k.skp_disetujui} ({pct:.0f} %)", color))
        sel.append(vals)
    return IsiKelengkapan(rep, sel)


#: Kelengkapan's unit column is never narrower than this (a unit's name with its kecamatan stays readable)
_LEBAR_UNIT = 260


class KelengkapanTab(ReportTab):
    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        v.addWidget(self.lbl)
        self.tbl = QTableWidget()
        self.tbl.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl.verticalHeader().setVisible(False)
        self.tbl.verticalHeader().setDefaultSectionSize(24)  # as the other report tables
        self.tbl.setAlternatingRowColors(True)
        report_columns(self.tbl)
        v.addWidget(self.tbl, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.btn_export = QPushButton(self.tr("Ekspor Excel…"))
        self.btn_export.clicked.connect(self.ekspor)
        row.addWidget(self.btn_export)
        v.addLayout(row)
        self.loader = Loader(self, self._show, over=self.tbl, on_error=self._failed)
        self._tahun: int | None = None

    def reload(self) -> None:
        """Read the report off the UI thread (a regency has hundreds of units, 15,000 employees)."""
        tahun = self.page.tahun()
        self._tahun = tahun
        if tahun is None:
            self.loader.cancel()
            self.tbl.clear()
            self.tbl.setRowCount(0)
            self.lbl.setText(self.tr("Belum ada tahun kinerja."))
            return
        ctx = self.ctx
        awal = self.page.take_kelengkapan_awal(tahun)
        if awal is not None:  # the area's first visit: read with the page's module
            self.loader.request(lambda: awal)  # shown on the next turn: the page's frame paints first
            return
        self.loader.request(lambda: baca_kelengkapan(ctx, tahun))

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.tbl.clear()
        self.tbl.setRowCount(0)
        if isinstance(exc, ServiceError):
            self.lbl.setText(error_text(exc))
        else:
            show_error(self, exc, tb)

    def _show(self, isi: IsiKelengkapan) -> None:
        rep = isi.laporan
        tahun = rep.tahun
        self.tbl.clear()
        heads = [self.tr("Unit kerja"), self.tr("Pegawai"), self.tr("SKP disetujui"), self.tr("SKP proses"),
                 self.tr("Tanpa SKP")] + [nama_periode(nama_pendek(p.nama))
                                          for p in rep.periode]
        self.tbl.setColumnCount(len(heads))
        self.tbl.setHorizontalHeaderLabels(heads)
        rows = rep.baris + [rep.total]
        self.tbl.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        colors: dict[str, QColor] = {}
        self.tbl.setUpdatesEnabled(False)
        for r, (k, vals) in enumerate(zip(rows, isi.sel)):
            is_total = k is rep.total
            nama = teks(k.unit_nama) if k.unit_id is None else k.unit_nama  # the total row: "Jumlah"
            if k.unit_id is None:
                vals = [("    " * k.level + nama, None)] + vals[1:]
            for c, (text, color) in enumerate(vals):
                it = QTableWidgetItem(text)
                if c > 0:
                    it.setTextAlignment(right)
                else:
                    it.setToolTip(nama)
                if color:
                    it.setForeground(colors.get(color) or colors.setdefault(color, QColor(color)))
                if is_total:
                    it.setFont(bold)
                self.tbl.setItem(r, c, it)
        self.tbl.setUpdatesEnabled(True)
        # sized once from the units' longest texts, the unit column readable; then the operator's to change
        # (the bold total, "15000/15000 (100 %)", would widen every period column past the window: it is
        # elided with its whole text as a tooltip, as before)
        fit_report_columns(self.tbl, {0: _LEBAR_UNIT}, texts=[[t for t, _c in vals] for vals in isi.sel[:-1]])
        self._fit_total(isi.sel[-1] if isi.sel else [], bold)
        t = rep.total
        self.lbl.setText(
            fmt(self.tr("Tahun %1: %2 pegawai aktif, %3 SKP disetujui, %4 SKP masih diproses, %5 tanpa SKP. "
                    "Kolom periode: jumlah pegawai yang sudah dinilai dari SKP yang disetujui."), str(tahun), str(t.pegawai), str(t.skp_disetujui), str(t.skp_proses), str(t.tanpa_skp))
        )

    def _fit_total(self, total: list[tuple[str, str | None]], bold: QFont) -> None:
        """The bold total row shown whole when the widened columns still fit the table (a
        kecamatan's report); at regency scale it stays elided, with its tooltip."""
        fm = QFontMetrics(bold)
        pad = cell_padding(self.tbl)
        widths = [self.tbl.columnWidth(c) for c in range(self.tbl.columnCount())]
        need = [max(w, fm.horizontalAdvance(t) + pad) for w, (t, _c) in zip(widths, total)]
        need += widths[len(need):]
        if sum(need) <= self.tbl.viewport().width():
            for c, (w, n) in enumerate(zip(widths, need)):
                if n > w:
                    self.tbl.setColumnWidth(c, n)

    def ekspor(self) -> None:
        tahun = self.page.tahun()
        if tahun is None:
            return
        self.export(f"Kelengkapan_{tahun}.xlsx",
                    lambda path, prog: lap.ekspor_laporan(self.ctx, "kelengkapan", path, tahun=tahun, progress=prog))


# =========================================================================== Distribusi


class DistribusiTab(ReportTab):
    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        self.rows: list[lap.DistribusiUnit] = []
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode:")))
        self.cb_periode = QComboBox()
        self.cb_periode.setMinimumWidth(180)
        self.cb_periode.currentIndexChanged.connect(lambda _i: self.reload() if self.loaded else None)
        top.addWidget(self.cb_periode)
        top.addStretch(1)
        self.btn_export = QPushButton(self.tr("Ekspor Excel…"))
        self.btn_export.clicked.connect(self.ekspor)
        top.addWidget(self.btn_export)
        v.addLayout(top)
        split = QSplitter()
        cols = [
            Column(self.tr("Unit kerja"), lambda d: "    " * d.level + d.unit_nama, sort=lambda d: d.unit_nama),
            Column(self.tr("Predikat org."), lambda d: label(d.org_predikat)),
        ] + [
            Column(_SINGKAT[p], (lambda d, p=p: d.counts[p] or ""), sort=(lambda d, p=p: d.counts[p]),
                   align_right=True, color=(lambda d, p=p: WARNA_PREDIKAT[p] if d.counts[p] else None),
                   header_tip=label(p))
            for p in PREDIKAT_ORDER
        ] + [
            Column(self.tr("Dinilai"), lambda d: f"{d.dinilai}/{d.total_skp}", sort=lambda d: d.dinilai,
                   align_right=True),
            Column(self.tr("Kurva"), lambda d: (self.tr("disembunyikan") if d.disembunyikan else "—")
                   if d.check is None else (self.tr("✓ sesuai") if d.ok else self.tr("⚠ peringatan")),
                   color=lambda d: None if d.check is None else ("#1b7f3b" if d.ok else "#b3261e"),
                   tooltip=lambda d: "\n".join(teks(w) for w in d.peringatan) or None),
        ]
        self.model = RowsModel(cols, self)
        self.view, self.proxy = _table(self.model, self)
        self.view.setSortingEnabled(False)  # tree order matters
        self.proxy.sort(-1)
        self.view.setColumnWidth(0, 250)
        for c in range(1, len(cols)):
            self.view.setColumnWidth(c, 44 if 2 <= c <= 6 else 95)
        fit_header_texts(self.view.horizontalHeader())
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        split.addWidget(self.view)
        self.kurva = KurvaPanel()
        split.addWidget(self.kurva)
        split.setSizes([640, 420])
        v.addWidget(split, 1)

    def fill_periode(self) -> None:
        keep = self.cb_periode.currentData()
        self.cb_periode.blockSignals(True)
        self.cb_periode.clear()
        t = self.page.tahun_info()
        if t is not None:
            for p in t.periode:
                self.cb_periode.addItem(f"{nama_periode(p.nama)} {p.tahun} ({label(p.status).lower()})", p.id)
            idx = self.cb_periode.findData(keep)
            if idx < 0:
                done = [i for i, p in enumerate(t.periode) if p.jumlah_evaluasi and not p.tahunan]
                idx = done[-1] if done else 0
            self.cb_periode.setCurrentIndex(idx)
        self.cb_periode.blockSignals(False)

    def reload(self) -> None:
        self.fill_periode()
        pid = self.cb_periode.currentData()
        if pid is None:
            self.model.set_rows([])
            self.kurva.tampilkan(None)
            return
        try:
            self.rows = lap.distribusi_semua_unit(self.ctx, pid)
        except ServiceError as exc:
            show_error(self, exc)
            self.rows = []
        self.model.set_rows(self.rows)
        if self.rows:
            self.view.selectRow(0)
            self.kurva.tampilkan(self.rows[0])

    def _on_row(self, current, _prev) -> None:  # noqa: ANN001
        d = self.model.row_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        self.kurva.tampilkan(d)

    def ekspor(self) -> None:
        pid = self.cb_periode.currentData()
        if pid is None:
            return
        name = self.cb_periode.currentText().split(" (")[0].replace(" ", "_")
        self.export(f"Distribusi_Predikat_{name}.xlsx",
                    lambda path, prog: lap.ekspor_laporan(self.ctx, "distribusi", path, periode_id=pid,
                                                          progress=prog))


# =========================================================================== Riwayat


class RiwayatTab(ReportTab):
    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit:")))
        self.cb_unit = QComboBox()
        self.cb_unit.setMinimumWidth(240)
        self.cb_unit.currentIndexChanged.connect(lambda _i: self.reload() if self.loaded else None)
        top.addWidget(self.cb_unit)
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari nama, NIP, jabatan…"))
        self.ed_cari.setClearButtonEnabled(True)
        top.addWidget(self.ed_cari, 1)
        self.btn_export = QPushButton(self.tr("Ekspor Excel…"))
        self.btn_export.clicked.connect(self.ekspor)
        top.addWidget(self.btn_export)
        v.addLayout(top)
        self.note = banner("", "info")
        v.addWidget(self.note)
        self.model = RowsModel([], self)
        self.view, self.proxy = _table(self.model, self)
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        v.addWidget(self.view, 1)
        self._units_filled = False

    def reload(self) -> None:
        if not self._units_filled:
            units = lap.daftar_unit(self.ctx)  # read first: a refused read leaves the filter as it was
            self.cb_unit.blockSignals(True)
            self.cb_unit.addItem(self.tr("Semua unit kerja"), None)
            for u in units:
                self.cb_unit.addItem("    " * u.level + u.nama, u.id)
            self.cb_unit.blockSignals(False)
            self._units_filled = True
        try:
            rep = lap.riwayat_predikat(self.ctx, self.page.tahun(), self.cb_unit.currentData())
        except ServiceError as exc:
            show_error(self, exc)
            return
        cols = [
            Column(self.tr("Nama"), lambda r: r.nama, tooltip=lambda r: f"{r.jabatan}\n{r.unit_nama}"),
            Column(self.tr("NIP"), lambda r: format_nip(r.nip), sort=lambda r: r.nip),
            Column(self.tr("Jabatan"), lambda r: r.jabatan),
        ]
        for key, head in rep.kolom:
            cols.append(Column(
                nama_periode(teks(head)), (lambda r, k=key: label(r.nilai.get(k), "")),  # a predicate label, or ""
                sort=(lambda r, k=key: predikat_rank(Predikat.from_label(r.nilai[k]))
                      if r.nilai.get(k) in {p.label for p in Predikat} else 0),
                color=(lambda r, k=key: _pred_color(r.nilai.get(k))),
                bold=(lambda r, k=key: k.startswith("p") and "Tahunan" in head),
            ))
        self.model.set_columns(cols)
        self.model.set_rows(rep.baris)
        self.view.setColumnWidth(0, 200)
        self.view.setColumnWidth(1, 160)
        self.view.setColumnWidth(2, 200)
        for c in range(3, len(cols)):
            self.view.setColumnWidth(c, 150)
        fit_header_texts(self.view.horizontalHeader())
        self.note.setText("\n".join(teks(c) for c in rep.catatan))
        self.note.setVisible(bool(rep.catatan))

    def ekspor(self) -> None:
        tahun, unit = self.page.tahun(), self.cb_unit.currentData()
        self.export(f"Riwayat_Predikat_{tahun or ''}.xlsx",
                    lambda path, prog: lap.ekspor_laporan(self.ctx, "riwayat", path, tahun=tahun, unit_id=unit,
                                                          progress=prog))


# =========================================================================== Tindak lanjut


class TindakLanjutTab(ReportTab):
    JENIS = [
        ("angka_kredit", QT_TRANSLATE_NOOP("TindakLanjutTab", "Angka kredit jabatan fungsional")),
        ("pelatihan", QT_TRANSLATE_NOOP("TindakLanjutTab", "Kebutuhan pelatihan")),
        ("penghargaan", QT_TRANSLATE_NOOP("TindakLanjutTab", "Kandidat penghargaan / talenta")),
        ("karier", QT_TRANSLATE_NOOP("TindakLanjutTab", "Cek kenaikan pangkat / promosi")),
    ]

    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Daftar:")))
        self.cb_jenis = QComboBox()
        for key, text in self.JENIS:  # translated here, not at import: the language can change at run time
            self.cb_jenis.addItem(self.tr(text), key)
        self.cb_jenis.currentIndexChanged.connect(lambda _i: self.reload() if self.loaded else None)
        top.addWidget(self.cb_jenis)
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari…"))
        self.ed_cari.setClearButtonEnabled(True)
        top.addWidget(self.ed_cari, 1)
        self.btn_export = QPushButton(self.tr("Ekspor daftar ini…"))
        self.btn_export.clicked.connect(self.ekspor)
        self.btn_export_all = QPushButton(self.tr("Ekspor semua daftar…"))
        self.btn_export_all.clicked.connect(self.ekspor_semua)
        top.addWidget(self.btn_export)
        top.addWidget(self.btn_export_all)
        v.addLayout(top)
        # career rule (a setting; default "at least Baik in each of the last two years")
        self.rule_box = QWidget()
        rl = QHBoxLayout(self.rule_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Aturan: predikat tahunan paling rendah")))
        self.cb_min = QComboBox()
        fill_combo(self.cb_min, PREDIKAT_ORDER)
        rl.addWidget(self.cb_min)
        rl.addWidget(QLabel(self.tr("pada setiap")))
        self.sp_tahun = QSpinBox()
        self.sp_tahun.setRange(1, 5)
        rl.addWidget(self.sp_tahun)
        rl.addWidget(QLabel(self.tr("tahun terakhir")))
        self.btn_rule = QPushButton(self.tr("Simpan aturan"))
        self.btn_rule.clicked.connect(self.simpan_aturan)
        self.btn_rule.setEnabled(self.ctx.actor.can(Permission.SETTINGS))
        if not self.ctx.actor.can(Permission.SETTINGS):
            self.btn_rule.setToolTip(self.tr("Hanya admin yang dapat mengubah aturan; Anda dapat mencoba aturan lain "
                                             "tanpa menyimpan."))
        self.cb_min.currentIndexChanged.connect(lambda _i: self.reload() if self.loaded else None)
        self.sp_tahun.valueChanged.connect(lambda _v: self.reload() if self.loaded else None)
        rl.addWidget(self.btn_rule)
        rl.addStretch(1)
        v.addWidget(self.rule_box)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        self.lbl.setStyleSheet("color: #444;")
        v.addWidget(self.lbl)
        self.model = RowsModel([], self)
        self.view, self.proxy = _table(self.model, self)
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        # certificates for the award candidates: printed by whoever may (operator, admin)
        self.piagam = PiagamPanel(self.ctx, self.view, lambda: list(self.model.rows) if self.jenis() == "penghargaan"
                                  else [], self.page.tahun) if boleh_cetak_piagam(self.ctx) else None
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        if self.piagam is not None:
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            split.addWidget(self.piagam)
            split.setSizes([400, 260])
        v.addWidget(split, 1)
        self._rule_loaded = False

    def jenis(self) -> str:
        return self.cb_jenis.currentData()

    def _aturan(self) -> tl.AturanKarier:
        return tl.AturanKarier(Predikat(self.cb_min.currentData()), self.sp_tahun.value())

    def reload(self) -> None:
        tahun = self.page.tahun()
        jenis = self.jenis()
        self.rule_box.setVisible(jenis == "karier")
        if not self._rule_loaded:
            a = tl.get_aturan_karier(self.ctx)
            for w in (self.cb_min, self.sp_tahun):
                w.blockSignals(True)
            self.cb_min.setCurrentIndex(self.cb_min.findData(a.predikat_minimal.value))
            self.sp_tahun.setValue(a.jumlah_tahun)
            for w in (self.cb_min, self.sp_tahun):
                w.blockSignals(False)
            self._rule_loaded = True
        if tahun is None:
            self.model.set_rows([])
            return
        ident = [
            Column(self.tr("Nama"), lambda r: r.pegawai.nama,
                   tooltip=lambda r: f"{format_nip(r.pegawai.nip)}\n{r.pegawai.jabatan}\n{r.pegawai.unit_nama}"),
            Column(self.tr("Jabatan"), lambda r: r.pegawai.jabatan),
            Column(self.tr("Unit kerja"), lambda r: r.pegawai.unit_nama),
        ]
        try:
            if jenis == "angka_kredit":
                rows: list[Any] = tl.daftar_angka_kredit(self.ctx, tahun)
                labels = [a.periode for a in rows[0].periode] if rows else []
                cols = ident + [Column(self.tr("Jenjang"), lambda r: label(r.jenjang, "")),
                                Column(self.tr("Koef."), lambda r: ev.format_angka(r.koefisien), align_right=True)]
                for i, lb in enumerate(labels):
                    cols.append(Column(
                        lb, (lambda r, i=i: (f"{label(r.periode[i].predikat)}: {ev.format_angka(r.periode[i].ak)}"
                                             if r.periode[i].ak is not None else "")),
                        color=(lambda r, i=i: WARNA_PREDIKAT[r.periode[i].predikat] if r.periode[i].predikat else None),
                        tooltip=(lambda r, i=i: fmt(self.tr("Jenjang pada periode ini: %1"), r.periode[i].jenjang or "-")),
                    ))
                cols += [Column(self.tr("AK tahunan"), lambda r: ev.format_angka(r.ak_tahunan)
                                if r.ak_tahunan is not None else "", sort=lambda r: r.ak_tahunan or 0,
                                align_right=True, bold=lambda r: True),
                         Column(self.tr("Dasar"), lambda r: teks(r.dasar), prose=True)]
                info = self.tr("Peraturan BKN 3/2023: AK = bulan/12 × persentase predikat (Sangat Baik 150 %, Baik "
                               "100 %, Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 %) × koefisien tahunan "
                               "jenjang.")
            elif jenis == "pelatihan":
                rows = tl.daftar_kebutuhan_pelatihan(self.ctx, tahun)
                cols = ident + [
                    Column(fmt(self.tr("JP %1"), str(tahun)), lambda r: ev.format_angka(r.jp_tahun_ini),
                           sort=lambda r: r.jp_tahun_ini, align_right=True),
                    Column(self.tr("Alasan"), lambda r: "; ".join(teks(a) for a in r.alasan),
                           tooltip=lambda r: "\n".join(teks(a) for a in r.alasan),
                           prose=True),
                    Column(self.tr("Nilai / aspek terkait"), lambda r: ", ".join(r.nilai_terkait)),
                ]
                info = self.tr("Pegawai dengan rating Di Bawah Ekspektasi pada tahun ini, atau pengembangan "
                               "kompetensi kurang dari 20 JP setahun (PP 17/2020 Pasal 203). Nilai BerAKHLAK terkait "
                               "diambil dari masukan 360° yang menilai Di Bawah Ekspektasi.")
            elif jenis == "penghargaan":
                rows = tl.daftar_kandidat_penghargaan(self.ctx, tahun)
                cols = ident + [Column(self.tr("Dasar"), lambda r: teks(r.dasar), prose=True),
                                Column(self.tr("Berturut-turut"), lambda r: r.jumlah_berturut, align_right=True)]
                info = self.tr("Predikat Sangat Baik pada paling sedikit dua periode berturut-turut tahun ini, atau "
                               "pada tahun-tahun yang berturut-turut.")
            else:
                aturan, rows = tl.daftar_cek_karier(self.ctx, tahun, self._aturan())
                years = [y for y, _v in rows[0].tahun] if rows else []
                cols = ident + [Column(self.tr("Gol."), lambda r: r.pegawai.golongan)]
                for i, y in enumerate(years):
                    cols.append(Column(str(y), (lambda r, i=i: label(r.tahun[i][1], "")),
                                       color=(lambda r, i=i: _pred_color(r.tahun[i][1]))))
                cols += [Column(self.tr("Memenuhi"), lambda r: "✓ Ya" if r.memenuhi else "Belum",
                                color=lambda r: "#1b7f3b" if r.memenuhi else "#b3261e", bold=lambda r: r.memenuhi),
                         Column(self.tr("Keterangan"), lambda r: r.keterangan, prose=True)]
                n_ok = sum(1 for r in rows if r.memenuhi)
                info = fmt(self.tr("%1. %2 dari %3 pegawai memenuhi."), aturan.teks, str(n_ok), str(len(rows)))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_columns(cols)
        self.model.set_rows(rows)
        widths = {
            "angka_kredit": [100, 55] + [150] * (len(cols) - 7) + [95],
            "pelatihan": [70, 420],
            "penghargaan": [420],
            "karier": [50] + [115] * (len(cols) - 6) + [85],
        }[jenis]
        for c, w in enumerate([200, 190, 220] + widths):  # the unit with its kecamatan, elided in the middle
            if c < len(cols):
                self.view.setColumnWidth(c, w)
            fit_header_texts(self.view.horizontalHeader())
        self.view.horizontalHeader().setStretchLastSection(True)
        self.lbl.setText(info + "  " + self.tr("(%n baris)", "", len(rows)))
        if self.piagam is not None:
            self.piagam.setVisible(jenis == "penghargaan")
            if jenis == "penghargaan":
                self.piagam.reload()

    def simpan_aturan(self) -> None:
        try:
            a = tl.set_aturan_karier(self.ctx, self.cb_min.currentData(), self.sp_tahun.value())
        except ServiceError as exc:
            show_error(self, exc)
            return
        status_message(self, fmt(self.tr("Aturan disimpan: %1"), a.teks))

    def ekspor(self) -> None:
        tahun, jenis = self.page.tahun(), self.jenis()
        if tahun is None:
            return
        self.export(f"Tindak_Lanjut_{jenis}_{tahun}.xlsx",
                    lambda path, prog: tl.ekspor_tindak_lanjut(self.ctx, tahun, path, [jenis], prog))

    def ekspor_semua(self) -> None:
        tahun = self.page.tahun()
        if tahun is None:
            return
        self.export(f"Tindak_Lanjut_{tahun}.xlsx",
                    lambda path, prog: tl.ekspor_tindak_lanjut(self.ctx, tahun, path, None, prog))


# =========================================================================== Dokumen Evaluasi (bulk)


class DokumenTab(ReportTab):
    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode:")))
        self.cb_periode = QComboBox()
        self.cb_periode.setMinimumWidth(170)
        top.addWidget(self.cb_periode)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.cb_unit = QComboBox()
        self.cb_unit.setMinimumWidth(220)
        top.addWidget(self.cb_unit, 1)
        self.cb_status = QComboBox()
        self.cb_status.addItem(self.tr("Sudah dinilai dan final"), "dinilai")
        self.cb_status.addItem(self.tr("Hanya final"), "final")
        top.addWidget(self.cb_status)
        v.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("Nama"), lambda r: r.nama),
            Column(self.tr("NIP"), lambda r: format_nip(r.nip), sort=lambda r: r.nip),
            Column(self.tr("Jabatan"), lambda r: r.jabatan),
            Column(self.tr("Unit kerja"), lambda r: r.unit_nama),
            Column(self.tr("Status"), lambda r: status_evaluasi_text(r.status, r.skp_status)),
            Column(self.tr("Predikat"), lambda r: label(r.predikat, ""),
                   color=lambda r: WARNA_PREDIKAT[r.predikat] if r.predikat else None),
        ], self)
        self.view, self.proxy = _table(self.model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for c, w in enumerate((210, 160, 220, 220, 150, 110)):
            self.view.setColumnWidth(c, w)
        fit_header_texts(self.view.horizontalHeader())
        v.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.lbl = QLabel()
        # wraps instead of widening the window: the count plus the hint is ~500 px in one line
        self.lbl.setWordWrap(True)
        bottom.addWidget(self.lbl, 1)
        bottom.addWidget(QLabel(self.tr("Kertas:")))
        self.cb_kertas = QComboBox()
        self.cb_kertas.addItem("A4", "A4")
        self.cb_kertas.addItem(self.tr("F4 / Folio"), "F4")
        bottom.addWidget(self.cb_kertas)
        self.chk_per = QCheckBox(self.tr("Satu berkas per pegawai"))
        bottom.addWidget(self.chk_per)
        self.btn_cetak = QPushButton(self.tr("Cetak terpilih…"))
        self.btn_cetak.clicked.connect(lambda: self.cetak(False))
        self.btn_cetak_semua = QPushButton(self.tr("Cetak semua…"))
        self.btn_cetak_semua.clicked.connect(lambda: self.cetak(True))
        bottom.addWidget(self.btn_cetak)
        bottom.addWidget(self.btn_cetak_semua)
        v.addLayout(bottom)
        for cb in (self.cb_periode, self.cb_unit, self.cb_status):
            cb.currentIndexChanged.connect(lambda _i: self._load_rows() if self.loaded else None)
        self._units_filled = False

    def reload(self) -> None:
        keep = self.cb_periode.currentData()
        self.cb_periode.blockSignals(True)
        self.cb_periode.clear()
        t = self.page.tahun_info()
        if t is not None:
            for p in t.periode:
                self.cb_periode.addItem(f"{nama_periode(p.nama)} {p.tahun}", p.id)
            idx = self.cb_periode.findData(keep)
            if idx < 0:
                done = [i for i, p in enumerate(t.periode) if p.jumlah_evaluasi]
                idx = done[-1] if done else 0
            self.cb_periode.setCurrentIndex(idx)
        self.cb_periode.blockSignals(False)
        if not self._units_filled:
            units = lap.daftar_unit(self.ctx)  # read first: a refused read leaves the filter as it was
            self.cb_unit.blockSignals(True)
            self.cb_unit.addItem(self.tr("Semua unit kerja"), None)
            for u in units:
                self.cb_unit.addItem("    " * u.level + u.nama, u.id)
            self.cb_unit.blockSignals(False)
            self._units_filled = True
        self._load_rows()

    def _load_rows(self) -> None:
        pid = self.cb_periode.currentData()
        if pid is None:
            self.model.set_rows([])
            return
        try:
            rows = ev.list_evaluasi(self.ctx, pid, self.cb_unit.currentData())
        except ServiceError as exc:
            show_error(self, exc)
            return
        want = (StatusEvaluasi.FINAL.value,) if self.cb_status.currentData() == "final" else (
            StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)
        rows = [r for r in rows if r.evaluasi_id and r.status in want and r.lihat_rating]
        self.model.set_rows(rows)
        self.lbl.setText(fmt(self.tr("%1 evaluasi siap dicetak. Pilih baris (Ctrl/Shift untuk beberapa) atau cetak "
                                 "semua."), str(len(rows))))
        self.btn_cetak_semua.setEnabled(bool(rows))

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r].evaluasi_id for r in rows]

    def cetak(self, semua: bool, path: str | None = None) -> None:
        ids = [r.evaluasi_id for r in self.model.rows] if semua else self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Cetak"), self.tr("Pilih dahulu evaluasi yang akan dicetak."))
            return
        per_pegawai = self.chk_per.isChecked()
        nama_periode = self.cb_periode.currentText().replace(" ", "_")
        if path is None:
            if per_pegawai:
                path = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan"), str(Path.home()))
            else:
                path = ask_save_path(self, self.tr("Simpan Dokumen Evaluasi"), f"Dokumen_Evaluasi_{nama_periode}.pdf",
                                     "PDF (*.pdf)")
        if not path:
            return
        kertas = self.cb_kertas.currentData()

        def done(paths: list[Path]) -> None:
            self.page.last_export = Path(paths[0]).parent if per_pegawai else Path(paths[0])
            tampilkan_hasil(self, fmt(self.tr("%1 dokumen evaluasi dicetak."), str(len(ids))),
                            self.page.last_export,
                            status=fmt(self.tr("%1 dokumen evaluasi dicetak ke %2"), str(len(ids)), str(self.page.last_export)))
            if self.page.buka_hasil:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.page.last_export)))

        run_job(self, fmt(self.tr("Mencetak %1 dokumen evaluasi…"), str(len(ids))),
                lambda prog: lap.cetak_dokumen_evaluasi(self.ctx, ids, path, ukuran=kertas,
                                                        per_pegawai=per_pegawai, progress=prog), done,
                modal=False)


# =========================================================================== Capaian dokumen final


class CapaianTab(ReportTab):
    """Signed documents whose capaian kinerja organisasi differs from their unit's predicate, so an
    admin can cancel the finalisation and sign them again (older versions derived it from a rating)."""

    def __init__(self, page: LaporanPage) -> None:
        super().__init__(page)
        self.rows: list[lap.CapaianTidakSesuai] = []
        v = QVBoxLayout(self)
        self.lbl = QLabel()
        self.lbl.setObjectName("capaian_info")
        self.lbl.setWordWrap(True)
        self.lbl.setMinimumHeight(self.lbl.fontMetrics().lineSpacing() * 3 + 4)  # wrapped text stays readable
        v.addWidget(self.lbl)
        cols = [
            Column(self.tr("Periode"), lambda r: r.periode.label, sort=lambda r: r.periode.tanggal_mulai),
            Column(self.tr("Nama"), lambda r: r.nama),
            Column(self.tr("NIP"), lambda r: format_nip(r.nip), sort=lambda r: r.nip),
            Column(self.tr("Unit kerja"), lambda r: r.unit_nama),
            Column(self.tr("Capaian tercetak"), lambda r: label(r.tercetak) if r.tercetak else "-"),
            Column(self.tr("Predikat unit sekarang"),
                   lambda r: label(r.predikat_unit) if r.predikat_unit else self.tr("belum ditetapkan"),
                   color=lambda r: "#b3261e"),
        ]
        self.model = RowsModel(cols, self)
        self.view, self.proxy = _table(self.model, self)
        for c, w in enumerate((120, 220, 160, 220, 130, 160)):
            self.view.setColumnWidth(c, w)
        fit_header_texts(self.view.horizontalHeader())
        v.addWidget(self.view, 1)

    def reload(self) -> None:
        try:
            self.rows = lap.capaian_final_tidak_sesuai(self.ctx, self.page.tahun())
        except ServiceError as exc:
            show_error(self, exc)
            self.rows = []
        self.model.set_rows(self.rows)
        if self.rows:
            self.lbl.setText(fmt(self.tr(
                "%1 dokumen evaluasi final mencetak capaian kinerja organisasi yang berbeda dari predikat "
                "organisasi unitnya untuk periode itu. Dokumen final tidak diubah otomatis; batalkan "
                "finalisasinya di area Penilaian lalu finalkan kembali."), str(len(self.rows))))
        else:
            self.lbl.setText(self.tr("Semua dokumen evaluasi final tahun ini mencetak capaian kinerja organisasi "
                                     "sesuai predikat unitnya."))


# =========================================================================== page


@dataclass
class _Awal:
    """What the first visit shows, read with the page's module (``LaporanPage.prefetch``)."""

    years: list[per.TahunInfo]
    kelengkapan: IsiKelengkapan | None  # of the first year; None: the tab reads (and reports) it itself


class LaporanPage(BasePage):
    """The first visit builds and reads the Kelengkapan tab alone: the other tabs are built on
    their first show (``ui/loading.LazyTabs``)."""

    key = "laporan"
    watches = (Change.EVALUASI | Change.SKP | Change.PERIODE | Change.PEGAWAI | Change.ORGANISASI
               | Change.RIWAYAT | Change.INSENTIF)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LaporanPage", "Laporan")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.years: list[per.TahunInfo] = []
        self.last_export: Path | None = None
        self.buka_hasil = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun kinerja:")))
        self.cb_tahun = QComboBox()
        self.cb_tahun.setMinimumWidth(80)
        self.cb_tahun.currentIndexChanged.connect(self._on_tahun)
        top.addWidget(self.cb_tahun)
        top.addStretch(1)
        lay.addLayout(top)
        self._kelengkapan_awal: IsiKelengkapan | None = None
        self.tabs = LazyTabs()
        self.tab_kelengkapan = KelengkapanTab(self)
        self.tabs.addTab(self.tab_kelengkapan, self.tr("Kelengkapan"))
        for make, title, key in ((lambda: DistribusiTab(self), self.tr("Distribusi && Kurva"), "tab_distribusi"),
                                 (lambda: RiwayatTab(self), self.tr("Riwayat Predikat"), "tab_riwayat"),
                                 (lambda: TindakLanjutTab(self), self.tr("Tindak Lanjut"), "tab_tindak"),
                                 (lambda: DokumenTab(self), self.tr("Dokumen Evaluasi"), "tab_dokumen"),
                                 (lambda: CapaianTab(self), self.tr("Capaian Dokumen Final"), "tab_capaian")):
            self.tabs.add_lazy(make, title, key)
        self._insentif = boleh_lihat_insentif(ctx.actor)  # pay figures: the tab exists for the Admin only
        if self._insentif:
            self.tabs.add_lazy(self._make_insentif, self.tr("Insentif Kinerja"), "tab_insentif")
        self.tabs.currentChanged.connect(lambda _i: self._current_tab().ensure_loaded())
        lay.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

    def _make_insentif(self) -> ReportTab:
        from asn_desktop.ui.insentif import InsentifTab  # noqa: PLC0415 - it builds on this module's ReportTab

        return InsentifTab(self)

    # the tabs after the first, built when first shown or asked for
    @property
    def tab_distribusi(self) -> DistribusiTab:
        return self.tabs.widget(1)  # type: ignore[return-value]

    @property
    def tab_riwayat(self) -> RiwayatTab:
        return self.tabs.widget(2)  # type: ignore[return-value]

    @property
    def tab_tindak(self) -> TindakLanjutTab:
        return self.tabs.widget(3)  # type: ignore[return-value]

    @property
    def tab_dokumen(self) -> DokumenTab:
        return self.tabs.widget(4)  # type: ignore[return-value]

    @property
    def tab_capaian(self) -> CapaianTab:
        return self.tabs.widget(5)  # type: ignore[return-value]

    @property
    def tab_insentif(self) -> ReportTab | None:
        return self.tabs.widget(6) if self._insentif else None  # type: ignore[return-value]

    def _current_tab(self) -> ReportTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    @classmethod
    def prefetch(cls, ctx: Any) -> _Awal:
        """The years and the first year's Kelengkapan, off the UI thread: while they are read the
        window only waits; then the page is built and shows them."""
        years = per.list_tahun(ctx)
        try:
            kel = baca_kelengkapan(ctx, years[0].tahun) if years else None
        except ServiceError:
            kel = None
        return _Awal(years, kel)

    def take_kelengkapan_awal(self, tahun: int) -> IsiKelengkapan | None:
        """The prefetched Kelengkapan once, when it is of ``tahun`` (F5 reads afresh)."""
        awal, self._kelengkapan_awal = self._kelengkapan_awal, None
        return awal if awal is not None and awal.laporan.tahun == tahun else None

    def load(self) -> None:
        pre = self.take_prefetched()
        if isinstance(pre, _Awal):
            self.years, self._kelengkapan_awal = pre.years, pre.kelengkapan
        else:
            try:
                self.years = per.list_tahun(self.ctx)
            except ServiceError as exc:
                show_error(self, exc)
                self.years = []
        keep = self.tahun()
        self.cb_tahun.blockSignals(True)
        self.cb_tahun.clear()
        for t in self.years:
            self.cb_tahun.addItem(str(t.tahun), t.tahun)
        idx = self.cb_tahun.findData(keep)
        self.cb_tahun.setCurrentIndex(idx if idx >= 0 else 0)
        self.cb_tahun.blockSignals(False)
        self._reset_tabs()

    def refresh(self) -> None:
        self.load()

    def _reset_tabs(self) -> None:
        reload_tabs(self.tabs)

    def _on_tahun(self, _i: int) -> None:
        self._reset_tabs()

    def tahun(self) -> int | None:
        return self.cb_tahun.currentData()

    def tahun_info(self) -> per.TahunInfo | None:
        return next((t for t in self.years if t.tahun == self.tahun()), None)
