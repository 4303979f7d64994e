"""Area 'Penilaian': choose year, period and unit; the employees with their evaluation
status; the evaluation editor; and the unit's curve (SE MenPANRB 3/2023) beside it,
updated live while a rating is being chosen — a warning, never a block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
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
    _sort_key,
    Column,
    FilterProxy,
    RowsModel,
    status_evaluasi_text,
    status_message,
)
from asn_desktop.ui.penilaian.editor import EvaluasiEditor, Isi360Dialog, baca_bekal, baca_frasa
from asn_desktop.ui.penilaian.kurva import KurvaPanel
from asn_desktop.ui.penilaian.periode_dialog import PengaturanPeriodeDialog
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt, nama_periode
from asn_desktop.ui.rapat import panel as _panel_rapat  # noqa: F401 - the editor's; imported with the page, off the UI thread

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
    frasa: tuple[list[str], list[str]] | None = None  # the editor's phrases (first show)
    n_eval: int = 0  # rows whose SKP is approved
    n_done: int = 0  # rows rated or final

    def __post_init__(self) -> None:
        """The count line's figures, made with the rows (15,000 at regency scale) off the UI thread."""
        self.n_eval = sum(1 for r in self.rows if r.dapat_dievaluasi)
        self.n_done = sum(1 for r in self.rows if r.status in _DINILAI)


_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)
#: the table's order when the page opens (by name, A–Z): the first list is sorted so beforehand
_URUTAN_AWAL = (0, Qt.SortOrder.AscendingOrder)


def baca_daftar(ctx: Any, keep_periode: int | None, unit: int | None, keep_pegawai: int | None,
                order: tuple[int, Qt.SortOrder] | None,
                urutkan: Callable[[list[ev.BarisEvaluasi]], list[ev.BarisEvaluasi]]) -> _Daftar:
    """Years, units, the period to show and its list with the editor's phrases: what the first
    show (and F5) reads, in one background fetch (thread-safe services only)."""
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
    rows = urutkan(ev.list_evaluasi(ctx, pid, unit_id)) if pid is not None else []
    return _Daftar(pid, unit_id, rows, keep_pegawai, order, years, units, tahun.tahun if tahun else None,
                   baca_frasa(ctx))


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
        top.addWidget(self.btn_360)
        self.btn_periode = QPushButton(self.tr("Pengaturan Periode…"))
        self.btn_periode.clicked.connect(self.pengaturan_periode)
        top.addWidget(self.btn_periode)
        lay.addLayout(top)
        # shown or hidden once in the page: shown before, a widget without a parent is a window of its own
        self.btn_360.setVisible(ctx.actor.pegawai_id is not None and ctx.actor.can(Permission.EVAL_SELF))
        self.btn_periode.setVisible(ctx.actor.can(Permission.PERIOD_ADMIN))
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
        # the editor is built after the list is on screen, a piece per event-loop turn (``editor``)
        self._editor: EvaluasiEditor | None = None
        self._editor_siap = False
        self._editor_row: ev.BarisEvaluasi | None = None  # what it shows once built (nothing to read)
        #: read before it was built (with what showing it reads): shown once it is
        self._editor_detail: tuple[ev.EvaluasiDetail, dict[str, Any]] | None = None
        self._editor_isi: tuple[ev.EvaluasiDetail, dict[str, Any]] | None = None  # ... shown on the next turn
        self._kurva_nanti = False  # the curve is read once the editor is on screen
        self._frasa: tuple[list[str], list[str]] | None = None
        self._editor_slot = QLabel(self.tr("Memuat…"))
        self._editor_slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._editor_slot.setStyleSheet("color: #666;")
        self.split.addWidget(self._editor_slot)
        self._editor_timer = QTimer(self)
        self._editor_timer.setSingleShot(True)
        self._editor_timer.setInterval(0)
        self._editor_timer.timeout.connect(self._bangun_editor)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([420, 640])
        lay.addWidget(self.split, 1)

        # the list (and on the first show the years and units) and the curve: off the UI thread
        self._daftar = self.loader(self._show_daftar, over=self.table, on_error=self._daftar_gagal)
        self._kurva_loader = self.loader(self._show_kurva, over=self.kurva_area)
        self._kurva_dasar: lap.DistribusiUnit | None = None  # the saved ratings' curve on screen
        # the first employee, while the editor is built
        self._detail = self.loader(self._show_detail, on_error=self._detail_gagal)

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

    @classmethod
    def prefetch(cls, ctx) -> _Daftar:  # noqa: ANN001
        """The first list (by name, as the table opens) read with the page's module, off the UI thread."""
        return baca_daftar(ctx, None, None, None, _URUTAN_AWAL,
                           lambda rows: sorted(rows, key=lambda r: _sort_key(r.nama)))

    @property
    def is_loaded(self) -> bool:
        """Also the curve, whose read waits for the editor (``_kurva_nanti``)."""
        return super().is_loaded and not self._kurva_nanti

    # ------------------------------------------------------------------ the editor, built in pieces
    @property
    def editor(self) -> EvaluasiEditor:
        """The evaluation editor; built at once when its pieces are not all done yet."""
        if not self._editor_siap:
            if self._editor is None:
                self._editor = self._editor_baru()
            self._editor.selesaikan()
            self._pasang_editor()
        if self._editor_isi is not None:
            self._isi_editor()
        assert self._editor is not None
        return self._editor

    def _editor_baru(self) -> EvaluasiEditor:
        return EvaluasiEditor(self.ctx, on_saved=self._on_saved, on_preview=self._on_preview, frasa=self._frasa,
                              bertahap=True)

    def _mulai_editor(self) -> None:
        if not self._editor_siap and not self._editor_timer.isActive():
            self._editor_timer.start()

    def _bangun_editor(self) -> None:
        """One piece of the editor (one event-loop turn); the last one puts it on screen."""
        if self._editor_siap:
            return
        if self._editor is None:
            self._editor = self._editor_baru()
        elif not self._editor.langkah():
            self._pasang_editor()
            return
        self._editor_timer.start()

    def _pasang_editor(self) -> None:
        """The built editor takes the placeholder's place and shows what was chosen meanwhile."""
        if self._editor_siap or self._editor is None:
            return
        self._editor_timer.stop()
        self._editor_siap = True
        self._editor.history.changed.connect(self.undo_changed)
        self.split.replaceWidget(1, self._editor)
        self._editor_slot.deleteLater()
        pending, self._editor_detail = self._editor_detail, None
        if pending is not None:  # filled on a turn of its own: the empty editor's first layout and paint come first
            self._editor_isi = pending
            QTimer.singleShot(0, self, self._isi_editor)
            return
        if not self._detail.busy:  # a row without an evaluation to read (or none)
            self._editor_kosong(self._editor_row)
        else:  # the chosen employee's evaluation is still being read
            self._editor.lbl_head.setText(self.tr("Memuat…"))
        QTimer.singleShot(0, self, self._kurva_setelah_editor)

    def _isi_editor(self) -> None:
        """The employee read while the editor was built, unless another choice came meanwhile."""
        pending, self._editor_isi = self._editor_isi, None
        if pending is not None and self._editor is not None:
            self._editor.tampilkan(*pending)
        QTimer.singleShot(0, self, self._kurva_setelah_editor)  # after the filled editor's paint

    def _kurva_setelah_editor(self) -> None:
        if self._kurva_nanti:
            self._kurva_nanti = False
            self.update_kurva()

    def _lupakan_detail(self) -> None:
        """Another list is coming: an employee read (or waiting) for the editor while it was built
        belongs to the old one and must not be shown, also when the editor is on screen by now (its
        evaluation of the period no longer chosen would take the realisasi typed next)."""
        self._detail.cancel()
        self._editor_detail = None
        self._editor_isi = None

    def _editor_kosong(self, row: ev.BarisEvaluasi | None) -> None:
        """No evaluation to edit: nothing chosen, or a row whose SKP is not approved yet."""
        if not self._editor_siap:
            self._lupakan_detail()
            self._editor_row = row
            self._mulai_editor()
            return
        self._editor_isi = None
        self.editor.load(None, None)
        if row is not None:
            self.editor.lbl_head.setText(
                fmt(self.tr("<b>%1</b><br><i>%2: evaluasi baru dapat dibuat setelah SKP tahun ini disetujui "
                        "(area SKP).</i>"), row.nama, status_evaluasi_text(row.status, row.skp_status)))

    def _detail_gagal(self, exc: BaseException, tb: str) -> None:
        """An unexpected error reading the chosen employee (a refusal comes back in the result): told,
        and the editor empty instead of "Memuat…" for good; choosing the row again reads again."""
        show_error(self, exc, tb)
        if self._editor_siap:
            self.editor.load(None, None)

    def _show_detail(self, res: tuple[ev.EvaluasiDetail | None, ServiceError | None, dict[str, Any]]) -> None:
        d, exc, bekal = res
        if d is not None and not self._editor_siap:  # shown by its last piece, a turn of its own
            self._editor_detail = (d, bekal)
            self._mulai_editor()
            return
        editor = self.editor
        if d is None:
            if exc is not None:
                show_error(self, exc)
            editor.load(None, None)
            return
        editor.tampilkan(d, bekal)

    # ------------------------------------------------------------------ Edit › Urungkan / Ulangi
    def undo_text(self) -> str:
        return self.editor.history.undo_text() if self._editor_siap else ""

    def redo_text(self) -> str:
        return self.editor.history.redo_text() if self._editor_siap else ""

    def undo(self) -> None:
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    # ------------------------------------------------------------------ loading
    def load(self, keep_periode: int | None = None) -> None:
        """First show, F5, a change elsewhere: years, units and the list read in one background
        fetch (ui/loading.py); the frame stays usable meanwhile. ``keep_periode``: show it."""
        if self._editor_siap and not self.editor.maybe_save():
            return
        self._lupakan_detail()
        if keep_periode is None:
            keep_periode = self.periode_id()
        unit = self.unit_id()
        cur = self.current_row()
        keep_pegawai = cur.pegawai_id if cur else None
        ctx, model, order = self.ctx, self.model, self.model.sort_state
        pre = self.take_prefetched()  # the first visit: read with the page's module
        self.lbl_info.setText(self.tr("Memuat…"))
        if (isinstance(pre, _Daftar) and keep_periode is None and unit is None and keep_pegawai is None
                and pre.order == order):
            self._daftar.request(lambda: pre)  # shown on the next turn: the page's frame paints first
            return
        self._daftar.request(lambda: baca_daftar(ctx, keep_periode, unit, keep_pegawai, order,
                                                 lambda rows: model.in_order(rows, order)))

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
        if not self._editor_siap or self.editor.maybe_save():
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
        if self._editor_siap and not self.editor.maybe_save():
            return
        self._lupakan_detail()
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
        if d.frasa is not None:
            self._frasa = d.frasa
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
            self._editor_kosong(None)
            self.update_kurva()
            return
        p = self._periode_info()
        info = fmt(self.tr("%1 pegawai · %2 SKP disetujui · %3 sudah dinilai"), str(len(self.rows)), str(d.n_eval),
                   str(d.n_done))
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
                self._editor_kosong(None)
            if self._force_editor:  # selection did not change: reload the editor explicitly
                self._on_row(self.table.selectionModel().currentIndex(), None)
        finally:
            self._force_editor = False
        if self._editor_siap:
            self.update_kurva()
        else:  # read once the editor is on screen: its pieces and the curve's read would share the interpreter
            self._kurva_nanti = True

    def _daftar_gagal(self, exc: BaseException, tb: str) -> None:
        """The list could not be read (database busy or unreadable): said where "Memuat…" stood, and
        no rows or employee of the previous choice stay under the new one; F5 reads again."""
        if not isinstance(exc, ServiceError):
            show_error(self, exc, tb)
        self.rows = []
        self.model.set_rows([])
        self.lbl_info.setText(fmt(self.tr("%1 Tekan F5 untuk memuat ulang."), error_text(exc)))
        self._editor_kosong(None)
        if self._editor_siap:
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
        forced, self._force_editor = self._force_editor, False
        pid = self.periode_id()
        if not self._editor_siap:  # still being built: the evaluation is read meanwhile, off the UI thread
            if row is None or not row.dapat_dievaluasi or pid is None:
                self._editor_kosong(row)
                return
            ctx, skp_id = self.ctx, row.skp_id

            def fetch() -> tuple[ev.EvaluasiDetail | None, ServiceError | None, dict[str, Any]]:
                try:
                    d = ev.detail_evaluasi(ctx, skp_id, pid)
                except ServiceError as exc:
                    return None, exc, {}
                return d, None, baca_bekal(ctx, d)  # what showing it reads too: no query on the UI thread

            self._editor_detail = None
            self._detail.request(fetch)
            self._mulai_editor()
            return
        self._detail.cancel()  # a choice made after it was built wins over the first row still being read
        self._editor_isi = None
        d = self.editor.detail
        if (not forced and row is not None and d is not None and d.skp_id == row.skp_id
                and d.periode.id == pid):
            return
        if not self.editor.maybe_save():
            return
        if row is None or not row.dapat_dievaluasi:
            self._editor_kosong(row)
            return
        self.editor.load(row.skp_id, pid)

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
            dasar = self._kurva_dasar
            cepat = (lap.pratinjau_distribusi(ctx, dasar, pratinjau)
                     if dasar is not None and dasar.unit_id == uid and dasar.periode.id == pid
                     and not self._kurva_loader.busy else None)
            self._kurva_loader.cancel()
            self._show_kurva((cepat, None) if cepat is not None else fetch(), pratinjau=True)
        else:
            self._kurva_loader.request(fetch)

    def _show_kurva(self, res: tuple[lap.DistribusiUnit | None, ServiceError | None], *,
                    pratinjau: bool = False) -> None:
        dist, exc = res
        if not pratinjau:
            self._kurva_dasar = dist  # what a preview is worked out from (no second read per click)
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
