"""Area 'Penilaian': choose year, period and unit; the employees with their evaluation
status; the evaluation editor; and the unit's curve (SE MenPANRB 3/2023) beside it,
updated live while a rating is being chosen — a warning, never a block."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Predikat, PredikatOrganisasi, StatusEvaluasi, StatusSkp
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.rating import predikat_rank
from asn_desktop.domain.roles import Permission
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.labels import label
from asn_desktop.ui.penilaian.common import (
    SORT_ROLE,
    WARNA_PREDIKAT,
    Column,
    FilterProxy,
    RowsModel,
    status_evaluasi_text,
    status_message,
)
from asn_desktop.ui.penilaian.editor import EvaluasiEditor, Isi360Dialog
from asn_desktop.ui.penilaian.kurva import KurvaPanel
from asn_desktop.ui.penilaian.periode_dialog import PengaturanPeriodeDialog
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt, nama_periode

#: Short status texts for the narrow list (the editor header shows the full one).
_STATUS_PENDEK = {
    StatusEvaluasi.DRAFT.value: QT_TRANSLATE_NOOP("PenilaianPage", "Belum dinilai"),
    StatusEvaluasi.DIAJUKAN.value: QT_TRANSLATE_NOOP("PenilaianPage", "Diri diajukan"),
    StatusEvaluasi.DINILAI.value: QT_TRANSLATE_NOOP("PenilaianPage", "Dinilai"),
    StatusEvaluasi.FINAL.value: QT_TRANSLATE_NOOP("PenilaianPage", "Final"),
}

_STATUS_COLOR = {
    StatusEvaluasi.DRAFT.value: "#777777",
    StatusEvaluasi.DIAJUKAN.value: "#1b5e9a",
    StatusEvaluasi.DINILAI.value: "#1b7f3b",
    StatusEvaluasi.FINAL.value: "#0d4f25",
    "tanpa_skp": "#b3261e",
    "skp_belum_disetujui": "#8a5a00",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("PenilaianPage", text)


def periode_bawaan(t: per.TahunInfo | None, select_id: int | None = None) -> int | None:
    """The period the list opens on: ``select_id`` when the year has it, else the last open
    periodic one, else the year's first."""
    if t is None or not t.periode:
        return None
    if select_id is not None and any(p.id == select_id for p in t.periode):
        return select_id
    open_ = [p for p in t.periode if p.terbuka and not p.tahunan]
    return (open_[-1] if open_ else t.periode[0]).id


@dataclass
class _Daftar:
    """What the list shows for one period and unit, read off the UI thread."""

    periode_id: int | None
    unit_id: int | None
    rows: list[ev.BarisEvaluasi]
    keep_pegawai: int | None
    order: tuple[int, Qt.SortOrder] | None = None  # the table's order the rows were sorted in
    #: on the first show and F5 also the choices (years, units) and where they stand
    years: list[per.TahunInfo] | None = None
    units: list[lap.UnitRingkas] | None = None
    tahun: int | None = None


class PenilaianPage(BasePage):
    key = "penilaian"
    watches = Change.EVALUASI | Change.SKP | Change.PERIODE | Change.PEGAWAI | Change.ORGANISASI

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PenilaianPage", "Penilaian")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.years: list[per.TahunInfo] = []
        self.rows: list[ev.BarisEvaluasi] = []
        self._busy = False
        self._force_editor = False
        self.lihat_kurva = any(ctx.actor.can(p) for p in (Permission.REPORTS, Permission.EVAL_RATE,
                                                         Permission.EVAL_READ_ALL))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun:")))
        self.cb_tahun = QComboBox()
        self.cb_tahun.setMinimumWidth(70)
        top.addWidget(self.cb_tahun)
        top.addWidget(QLabel(self.tr("Periode:")))
        self.cb_periode = QComboBox()
        self.cb_periode.setMinimumWidth(170)
        top.addWidget(self.cb_periode)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.cb_unit = QComboBox()
        self.cb_unit.setMinimumWidth(210)
        top.addWidget(self.cb_unit, 1)
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari nama, NIP, jabatan… (Ctrl+F)"))
        self.ed_cari.setClearButtonEnabled(True)
        self.ed_cari.setMinimumWidth(160)
        top.addWidget(self.ed_cari, 1)
        self.btn_360 = QPushButton(self.tr("Masukan 360° untuk Saya"))
        self.btn_360.clicked.connect(self.isi_360)
        self.btn_360.setVisible(ctx.actor.pegawai_id is not None and ctx.actor.can(Permission.EVAL_SELF))
        top.addWidget(self.btn_360)
        self.btn_periode = QPushButton(self.tr("Pengaturan Periode…"))
        self.btn_periode.clicked.connect(self.pengaturan_periode)
        self.btn_periode.setVisible(ctx.actor.can(Permission.PERIOD_ADMIN))
        top.addWidget(self.btn_periode)
        lay.addLayout(top)
        self.lbl_info = QLabel()
        self.lbl_info.setStyleSheet("color: #555;")
        lay.addWidget(self.lbl_info)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        self.model = RowsModel(self._columns(), self)
        self.proxy = FilterProxy(self)  # sorting in the model: one key per row (15,000 rows)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        # status and predikat columns as wide as their longest text in the interface language
        statuses = [_t(t) for t in _STATUS_PENDEK.values()] + [status_evaluasi_text("tanpa_skp", None)] + [
            status_evaluasi_text("skp_belum_disetujui", s) for s in (StatusSkp.DRAFT, StatusSkp.DIAJUKAN,
                                                                     StatusSkp.DIKEMBALIKAN)]
        status_w = max(self.table.fontMetrics().horizontalAdvance(t) for t in statuses) + 12
        bold = QFont(self.table.font())
        bold.setBold(True)
        pred_w = max(QFontMetrics(bold).horizontalAdvance(label(p)) for p in Predikat) + 12
        for c, w in enumerate((170, max(95, status_w), max(105, pred_w), 60, 40, 150)):
            self.table.setColumnWidth(c, w)
        fit_header_texts(self.table.horizontalHeader())
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        left.addWidget(self.table)
        self.kurva = KurvaPanel(compact=True)
        if self.ctx.actor.can(Permission.PERIOD_ADMIN):
            self.kurva.on_tetapkan = self._tetapkan_org
        self.kurva_area = QScrollArea()
        self.kurva_area.setWidgetResizable(True)
        self.kurva_area.setFrameShape(QFrame.Shape.NoFrame)
        self.kurva_area.setWidget(self.kurva)
        left.addWidget(self.kurva_area)
        left.setSizes([330, 400])
        self.kurva_area.setVisible(self.lihat_kurva)
        self.split.addWidget(left)
        self.editor = EvaluasiEditor(ctx, on_saved=self._on_saved, on_preview=self._on_preview)
        self.split.addWidget(self.editor)
        self.editor.history.changed.connect(self.undo_changed)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([420, 640])
        lay.addWidget(self.split, 1)

        # the list (and on the first show the years and units) and the curve: off the UI thread
        self._daftar = self.loader(self._show_daftar, over=self.table)
        self._kurva_loader = self.loader(self._show_kurva, over=self.kurva_area)

        self.cb_tahun.currentIndexChanged.connect(self._on_tahun)
        self.cb_periode.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.cb_unit.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: self.ed_cari.setFocus())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

    def _columns(self) -> list[Column]:
        def pred_color(r: ev.BarisEvaluasi) -> str | None:
            return WARNA_PREDIKAT[r.predikat] if r.predikat else None

        return [
            Column(self.tr("Nama"), lambda r: r.nama, tooltip=lambda r: f"{r.nama}\n{r.jabatan}\n{r.unit_nama}"),
            Column(self.tr("Status"), lambda r: _t(_STATUS_PENDEK[r.status]) if r.status in _STATUS_PENDEK
                   else status_evaluasi_text(r.status, r.skp_status), color=lambda r: _STATUS_COLOR.get(r.status),
                   tooltip=lambda r: status_evaluasi_text(r.status, r.skp_status) + "\n"
                   + fmt(self.tr("Pejabat penilai: %1"), r.penilai_nama or "—")),
            Column(self.tr("Predikat"), lambda r: label(r.predikat, ""),
                   sort=lambda r: predikat_rank(r.predikat) if r.predikat else 0, color=pred_color,
                   bold=lambda r: r.predikat is not None),
            Column(self.tr("Realisasi"), lambda r: f"{r.realisasi_terisi}/{r.indikator_total}" if r.skp_id else "",
                   sort=lambda r: r.realisasi_terisi, align_right=True),
            Column(self.tr("Diri"), lambda r: "✓" if r.penilaian_diri_diajukan else "",
                   tooltip=lambda r: self.tr("Penilaian diri sudah diajukan") if r.penilaian_diri_diajukan else None),
            Column(self.tr("NIP"), lambda r: format_nip(r.nip), sort=lambda r: r.nip),
            Column(self.tr("Jabatan"), lambda r: r.jabatan),
            Column(self.tr("Unit kerja"), lambda r: r.unit_nama),
        ]

    # ------------------------------------------------------------------ Edit › Urungkan / Ulangi
    def undo_text(self) -> str:
        return self.editor.history.undo_text()

    def redo_text(self) -> str:
        return self.editor.history.redo_text()

    def undo(self) -> None:
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    # ------------------------------------------------------------------ loading
    def load(self, keep_periode: int | None = None) -> None:
        """First show, F5, a change elsewhere: years, units and the list read in one background
        fetch (ui/loading.py); the frame stays usable meanwhile. ``keep_periode``: show it."""
        if not self.editor.maybe_save():
            return
        if keep_periode is None:
            keep_periode = self.periode_id()
        unit = self.unit_id()
        cur = self.current_row()
        keep_pegawai = cur.pegawai_id if cur else None
        ctx, model, order = self.ctx, self.model, self.model.sort_state

        def fetch() -> _Daftar:
            years = per.list_tahun(ctx)
            units = lap.daftar_unit(ctx)
            want = keep_periode
            if want is None:
                aktif = per.periode_aktif(ctx)
                want = aktif.id if aktif else None
            tahun = next((t for t in years if any(p.id == want for p in t.periode)), None)
            if tahun is None:
                tahun = years[0] if years else None  # as the year box shows first
            pid = periode_bawaan(tahun, want)
            unit_id = unit if any(u.id == unit for u in units) else None
            rows = model.in_order(ev.list_evaluasi(ctx, pid, unit_id), order) if pid is not None else []
            return _Daftar(pid, unit_id, rows, keep_pegawai, order, years, units, tahun.tahun if tahun else None)

        self.lbl_info.setText(self.tr("Memuat…"))
        self._daftar.request(fetch)

    def _fill_choices(self, d: _Daftar) -> None:
        """Years, periods and units from a first-show fetch (without re-reading the list)."""
        self._busy = True
        try:
            self.years = d.years or []
            self.cb_tahun.clear()
            for t in self.years:
                self.cb_tahun.addItem(str(t.tahun), t.tahun)
            self.cb_unit.clear()
            self.cb_unit.addItem(self.tr("Semua unit kerja"), None)
            for u in d.units or []:
                self.cb_unit.addItem("    " * u.level + u.nama, u.id)
            self.cb_unit.setCurrentIndex(max(0, self.cb_unit.findData(d.unit_id)))
            if d.tahun is not None:
                self.cb_tahun.setCurrentIndex(self.cb_tahun.findData(d.tahun))
            self._fill_periode(d.periode_id)
        finally:
            self._busy = False

    def refresh(self) -> None:
        if self.editor.maybe_save():
            self.load()

    def tahun(self) -> int | None:
        return self.cb_tahun.currentData()

    def periode_id(self) -> int | None:
        return self.cb_periode.currentData()

    def unit_id(self) -> int | None:
        return self.cb_unit.currentData()

    def _tahun_info(self) -> per.TahunInfo | None:
        return next((t for t in self.years if t.tahun == self.tahun()), None)

    def _periode_info(self) -> per.PeriodeInfo | None:
        t = self._tahun_info()
        return next((p for p in t.periode if p.id == self.periode_id()), None) if t else None

    def _fill_periode(self, select_id: int | None = None) -> None:
        was = self._busy
        self._busy = True
        try:
            self.cb_periode.clear()
            t = self._tahun_info()
            if t is None:
                return
            for p in t.periode:
                self.cb_periode.addItem(f"{nama_periode(p.nama)} ({label(p.status).lower()})", p.id)
            self.cb_periode.setCurrentIndex(max(0, self.cb_periode.findData(periode_bawaan(t, select_id))))
        finally:
            self._busy = was

    def _on_tahun(self, _i: int) -> None:
        if self._busy:
            return
        self._fill_periode()
        self.reload_list()

    def pilih_periode(self, periode_id: int) -> None:
        for t in self.years:
            if any(p.id == periode_id for p in t.periode):
                self._busy = True
                self.cb_tahun.setCurrentIndex(self.cb_tahun.findData(t.tahun))
                self._fill_periode(periode_id)
                self._busy = False
                self.reload_list()
                return

    def pilih_unit(self, unit_id: int | None) -> None:
        self.cb_unit.setCurrentIndex(self.cb_unit.findData(unit_id))

    def reload_list(self, keep_pegawai: int | None = None) -> None:
        """The list for the chosen period and unit, read off the UI thread; a newer choice
        made meanwhile supersedes it (its late result is dropped)."""
        if self._busy:
            return
        if not self.editor.maybe_save():
            return
        pid, unit = self.periode_id(), self.unit_id()
        if keep_pegawai is None:
            cur = self.current_row()
            keep_pegawai = cur.pegawai_id if cur else None
        if pid is None:
            self._daftar.cancel()
            self._show_daftar(_Daftar(None, unit, [], keep_pegawai, self.model.sort_state))
            return
        ctx, model, order = self.ctx, self.model, self.model.sort_state
        self._daftar.request(lambda: _Daftar(pid, unit, model.in_order(ev.list_evaluasi(ctx, pid, unit), order),
                                             keep_pegawai, order))

    def _show_daftar(self, d: _Daftar) -> None:
        """The fetched list on screen (UI thread): rows, the count line, the selection, the editor."""
        if d.years is not None:
            self._fill_choices(d)
            if not self.years:
                self.lbl_info.setText(self.tr("Belum ada tahun kinerja. Admin dapat membuatnya di Pengaturan Periode."))
        self.rows = d.rows
        # sorted in the background, unless the user sorted otherwise meanwhile
        self.model.set_rows(self.rows, presorted=d.order == self.model.sort_state)
        if d.periode_id is None:
            if d.years is None or self.years:
                self.lbl_info.setText("")
            self.editor.load(None, None)
            self.update_kurva()
            return
        p = self._periode_info()
        n_eval = sum(1 for r in self.rows if r.dapat_dievaluasi)
        n_done = sum(1 for r in self.rows if r.status in (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value))
        info = fmt(self.tr("%1 pegawai · %2 SKP disetujui · %3 sudah dinilai"), str(len(self.rows)), str(n_eval), str(n_done))
        if p is not None and not p.terbuka:
            info += " · " + (self.tr("periode ditutup (terkunci)") if p.status.value == "ditutup"
                             else self.tr("periode belum dibuka"))
        self.lbl_info.setText(info)
        self._update_360_button()
        self._force_editor = True  # the same row may now show different data (period closed, rating saved)
        try:
            if d.keep_pegawai is not None and self.select_pegawai(d.keep_pegawai):
                pass
            elif self.rows:
                self.table.selectRow(0)
            else:
                self.editor.load(None, None)
            if self._force_editor:  # selection did not change: reload the editor explicitly
                self._on_row(self.table.selectionModel().currentIndex(), None)
        finally:
            self._force_editor = False
        self.update_kurva()

    def current_row(self) -> ev.BarisEvaluasi | None:
        idx = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if idx is None or not idx.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(idx).row())

    def select_pegawai(self, pegawai_id: int) -> bool:
        for r, row in enumerate(self.model.rows):
            if row.pegawai_id == pegawai_id:
                pidx = self.proxy.mapFromSource(self.model.index(r, 0))
                if pidx.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        pidx, self.table.selectionModel().SelectionFlag.ClearAndSelect
                        | self.table.selectionModel().SelectionFlag.Rows)
                    self.table.scrollTo(pidx)
                    return True
        return False

    def _on_row(self, current, _previous) -> None:  # noqa: ANN001
        row = self.model.row_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        d = self.editor.detail
        forced, self._force_editor = self._force_editor, False
        if (not forced and row is not None and d is not None and d.skp_id == row.skp_id
                and d.periode.id == self.periode_id()):
            return
        if not self.editor.maybe_save():
            return
        if row is None or not row.dapat_dievaluasi:
            self.editor.load(None, None)
            if row is not None:
                self.editor.lbl_head.setText(
                    fmt(self.tr("<b>%1</b><br><i>%2: evaluasi baru dapat dibuat setelah SKP tahun ini disetujui "
                            "(area SKP).</i>"), row.nama, status_evaluasi_text(row.status, row.skp_status)))
            return
        self.editor.load(row.skp_id, self.periode_id())

    # ------------------------------------------------------------------ curve
    def _kurva_unit(self) -> int | None:
        u = self.unit_id()
        if u is not None:
            return u
        return self.cb_unit.itemData(1) if self.cb_unit.count() > 1 else None

    def update_kurva(self, pratinjau: dict[int, Predikat | None] | None = None) -> None:
        """The unit's curve. Read off the UI thread (a whole regency is 15,000 people); a
        preview of a rating not saved yet is read at once, as the user clicks."""
        if not self.lihat_kurva:
            return
        uid, pid = self._kurva_unit(), self.periode_id()
        if uid is None or pid is None:
            self._kurva_loader.cancel()
            self.kurva.tampilkan(None)
            return
        ctx = self.ctx

        def fetch() -> tuple[lap.DistribusiUnit | None, ServiceError | None]:
            try:
                return lap.distribusi_unit(ctx, uid, pid, pratinjau=pratinjau), None
            except ServiceError as exc:
                return None, exc

        if pratinjau:
            self._kurva_loader.cancel()
            self._show_kurva(fetch(), pratinjau=True)
        else:
            self._kurva_loader.request(fetch)

    def _show_kurva(self, res: tuple[lap.DistribusiUnit | None, ServiceError | None], *,
                    pratinjau: bool = False) -> None:
        dist, exc = res
        if dist is None:
            self.kurva.tampilkan(None, error_text(exc) if exc is not None else "")
            return
        self.kurva.tampilkan(dist, self.tr("Pratinjau: termasuk rating yang belum disimpan.") if pratinjau else "")

    def _tetapkan_org(self, dist: lap.DistribusiUnit) -> None:
        """Set the unit's organisation predicate from the curve panel (same service as Pengaturan Periode)."""
        labels = [label(p) for p in PredikatOrganisasi]
        text, ok = QInputDialog.getItem(
            self, self.tr("Predikat organisasi"),
            fmt(self.tr("Capaian kinerja organisasi %1, %2 (ditetapkan pimpinan di atasnya):"), dist.unit_nama, dist.periode.label), labels, 1, False)
        if not ok:
            return
        pred = list(PredikatOrganisasi)[labels.index(text)]
        try:
            per.set_predikat_organisasi(self.ctx, dist.unit_id, dist.periode.id, pred)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.update_kurva()
        if self.editor.detail is not None and not self.editor.is_dirty():
            self.editor.load(self.editor.detail.skp_id, self.editor.detail.periode.id)

    def _on_preview(self, skp_id: int, pred: Predikat | None) -> None:
        self.update_kurva({skp_id: pred})

    def _on_saved(self, d: ev.EvaluasiDetail) -> None:
        self.reload_list(keep_pegawai=d.pegawai_id)

    # ------------------------------------------------------------------ dialogs
    def pengaturan_periode(self) -> None:
        if not self.editor.maybe_save():
            return
        dlg = PengaturanPeriodeDialog(self.ctx, self, self.tahun())
        dlg.exec()
        if dlg.changed:
            self.load()
            status_message(self, self.tr("Pengaturan periode diperbarui."))

    def _update_360_button(self) -> None:
        if not self.btn_360.isVisible() and not (self.ctx.actor.pegawai_id and self.ctx.actor.can(Permission.EVAL_SELF)):
            return
        try:
            req = ev.list_my_permintaan_360(self.ctx)
        except ServiceError:
            return
        pending = sum(1 for r in req if r.diajukan_pada is None and r.periode_terbuka)
        self.btn_360.setText(fmt(self.tr("Masukan 360° untuk Saya (%1)"), str(pending)) if pending
                             else self.tr("Masukan 360° untuk Saya"))
        self.btn_360.setEnabled(bool(req))

    def isi_360(self) -> None:
        try:
            req = ev.list_my_permintaan_360(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        dlg = Isi360Dialog(self.ctx, req, self)
        dlg.exec()
        self._update_360_button()
        if dlg.result() == QDialog.DialogCode.Accepted:
            self.reload_list()
