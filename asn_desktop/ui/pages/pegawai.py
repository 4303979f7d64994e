"""Area 'Pegawai' of the main window: the employee list (instant search, filters,
sorting, multi-selection, bulk actions), the organisation tree, and the list of
people without a supervisor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisJabatan, StatusPegawai
from asn_desktop.domain.golongan import PNS_GOLONGAN, PPPK_GOLONGAN
from asn_desktop.domain.roles import Permission
from asn_desktop.services import organisasi as org
from asn_desktop.services import pegawai as svc
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.organisasi import BulkResult, Penempatan, UnitNode
from asn_desktop.services.pegawai import PegawaiRow, SaveResult
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.labels import choices, label
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.pegawai.bulk import AtasanDialog, MoveDialog, StatusDialog
from asn_desktop.ui.pegawai.editor import ProfileDialog
from asn_desktop.ui.pegawai.model import Col, PegawaiTableModel
from asn_desktop.ui.pegawai.pickers import SEARCH_DELAY_MS, fill_unit_combo
from asn_desktop.ui.pegawai.undo import ProfileEdit
from asn_desktop.ui.pegawai.unit_tree import OrganisasiWidget, TanpaAtasanWidget
from asn_desktop.ui.i18n import fmt, teks

_STATUS_NONAKTIF = tuple(s.value for s in StatusPegawai if s is not StatusPegawai.AKTIF)
_STRUKTURAL = (JenisJabatan.JPT_UTAMA.value, JenisJabatan.JPT_MADYA.value, JenisJabatan.JPT_PRATAMA.value,
               JenisJabatan.ADMINISTRATOR.value, JenisJabatan.PENGAWAS.value)
_FUNGSIONAL = (JenisJabatan.FUNGSIONAL_KEAHLIAN.value, JenisJabatan.FUNGSIONAL_KETERAMPILAN.value)


#: Column widths at 1280 px; name/jabatan/unit/atasan share what is left.
_BASE_WIDTHS = {Col.NIP: 160, Col.NAMA: 225, Col.GOLONGAN: 50, Col.JABATAN: 205, Col.UNIT: 185, Col.ATASAN: 180,
                Col.STATUS: 72}
_FLEX = (Col.NAMA, Col.JABATAN, Col.UNIT, Col.ATASAN)


@dataclass
class UndoStep:
    """One bulk placement that "Urungkan" can put back."""

    label: str
    sebelum: list[Penempatan]


def _fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class PegawaiPage(BasePage):
    key = "pegawai"
    watches = Change.PEGAWAI | Change.ORGANISASI

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PegawaiPage", "Pegawai")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_write = ctx.actor.can(Permission.MASTER_WRITE)
        self.units: list[UnitNode] = []
        self.undo_stack: list[UndoStep] = []  # bulk placements (undone in a job, after a question)
        self.edits = QUndoStack(self)  # profile edits of this session, undone and redone at once
        self._history: list[str] = []  # "bulk" / "profil", newest last: what Ctrl+Z takes back
        self.last_message = ""
        self.open_dialogs: list[QDialog] = []

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs)
        self.tabs.addTab(self._build_list(), self.tr("Daftar Pegawai"))
        self.org = OrganisasiWidget(ctx, self.model.all_rows)
        self.org.changed.connect(self._org_changed)
        self.org.show_unit.connect(self.show_unit)
        self.tabs.addTab(self.org, self.tr("Struktur Organisasi"))
        self.tanpa = TanpaAtasanWidget(ctx)
        self.tanpa.assign.connect(self.set_atasan_dialog)
        self.tanpa.follow_head.connect(self.atasan_follow_head)
        self.tanpa.open_profile.connect(self.open_profile)
        self.tabs.addTab(self.tanpa, self.tr("Tanpa Atasan"))
        self._org_dirty = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self._update_actions()

    # ================================================================== building
    def _build_list(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 6, 0, 0)
        # -- filter row
        f = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama / NIP / jabatan (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        f.addWidget(self.search, 3)
        self.cb_unit = QComboBox()
        self.cb_unit.setMaxVisibleItems(25)
        self.cb_unit.setToolTip(self.tr("Unit kerja"))
        f.addWidget(self.cb_unit, 2)
        self.chk_sub = QCheckBox(self.tr("+ sub-unit"))
        self.chk_sub.setChecked(True)
        self.chk_sub.setToolTip(self.tr("Termasuk pegawai sub-unit (mis. seksi dan kelurahan di bawah kecamatan)"))
        f.addWidget(self.chk_sub)
        # combo data are plain string keys; FILTER_SETS maps them to the value sets
        self._filter_sets: dict[str, tuple[str, ...] | None] = {"": None}
        self.cb_status = QComboBox()
        self.cb_status.setToolTip(self.tr("Status pegawai"))
        self._add_filter(self.cb_status, self.tr("Aktif"), "status:aktif", (StatusPegawai.AKTIF.value,))
        self._add_filter(self.cb_status, self.tr("Tidak aktif (semua)"), "status:nonaktif", _STATUS_NONAKTIF)
        for s in StatusPegawai:
            if s is not StatusPegawai.AKTIF:
                self._add_filter(self.cb_status, label(s), f"status:{s.value}", (s.value,))
        self._add_filter(self.cb_status, self.tr("Semua status"), "", None)
        f.addWidget(self.cb_status)
        self.cb_gol = QComboBox()
        self.cb_gol.setToolTip(self.tr("Golongan"))
        self._add_filter(self.cb_gol, self.tr("Semua golongan"), "", None)
        for major in ("I", "II", "III", "IV"):
            codes = tuple(g.kode for g in PNS_GOLONGAN if g.kode.split("/")[0] == major)
            self._add_filter(self.cb_gol, fmt(self.tr("Gol. %1 (semua)"), major), f"gol:{major}",
                             codes)
            for c in codes:
                self._add_filter(self.cb_gol, "    " + c, f"gol:{c}", (c,))
        self._add_filter(self.cb_gol, self.tr("PPPK (semua)"), "gol:pppk",
                         tuple(g.kode for g in PPPK_GOLONGAN))
        for g in PPPK_GOLONGAN:
            self._add_filter(self.cb_gol, "    " + fmt(self.tr("PPPK %1"), g.kode), f"gol:pppk:{g.kode}",
                             (g.kode,))
        self.cb_gol.setMaxVisibleItems(25)
        f.addWidget(self.cb_gol)
        self.cb_jenis = QComboBox()
        self.cb_jenis.setToolTip(self.tr("Jenis jabatan"))
        self._add_filter(self.cb_jenis, self.tr("Semua jenis jabatan"), "", None)
        self._add_filter(self.cb_jenis, self.tr("Struktural (JPT, administrator, pengawas)"), "jenis:struktural",
                         _STRUKTURAL)
        self._add_filter(self.cb_jenis, self.tr("Fungsional (semua)"), "jenis:fungsional", _FUNGSIONAL)
        for value, text in choices(JenisJabatan):
            self._add_filter(self.cb_jenis, "    " + text, f"jenis:{value}", (value,))
        f.addWidget(self.cb_jenis)
        for cb, n in ((self.cb_unit, 12), (self.cb_status, 7), (self.cb_gol, 11), (self.cb_jenis, 14)):
            cb.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            cb.setMinimumContentsLength(n)
            cb.view().setMinimumWidth(cb.view().sizeHintForColumn(0) + 30)
        self.btn_reset = QToolButton()
        self.btn_reset.setText(self.tr("Reset"))
        self.btn_reset.setToolTip(self.tr("Hapus semua filter (Ctrl+R)"))
        f.addWidget(self.btn_reset)
        v.addLayout(f)

        # -- action row
        a = QHBoxLayout()
        self.act_new = self._action(self.tr("&Tambah pegawai"), "Ctrl+N", self.new_pegawai,
                                    self.tr("Tambah pegawai baru"))
        self.act_edit = self._action(self.tr("&Ubah profil"), None, self.edit_current,
                                     self.tr("Buka profil pegawai terpilih (Enter / klik ganda)"))
        self.act_status = self._action(self.tr("Ubah &status…"), None, self.status_dialog,
                                       self.tr("Pensiun, mutasi, meninggal, diberhentikan, atau aktif kembali "
                                               "(Delete). Pegawai tidak pernah dihapus."))
        self.act_move = self._action(self.tr("&Pindahkan ke unit…"), "Ctrl+M", self.move_dialog,
                                     self.tr("Pindahkan pegawai terpilih ke unit kerja lain"))
        self.act_atasan = self._action(self.tr("Tetapkan &atasan…"), "Ctrl+T", self.set_atasan_dialog,
                                       self.tr("Tetapkan atasan langsung pegawai terpilih"))
        # Ctrl+Z / Ctrl+Shift+Z belong to the main window's Edit menu, which calls undo()/redo() here
        self.act_undo = self._action(self.tr("Urun&gkan"), None, self.undo,
                                     self.tr("Urungkan perubahan terakhir: profil, pemindahan atau penetapan atasan")
                                     + " (Ctrl+Z)")
        self.act_redo = self._action(self.tr("Ulan&gi"), None, self.redo,
                                     self.tr("Ulangi perubahan profil yang diurungkan") + " (Ctrl+Shift+Z)")
        self.act_reload = self._action(self.tr("Muat ulang"), "F5", self.refresh, self.tr("Muat ulang daftar (F5)"))
        for act in (self.act_new, self.act_edit, self.act_status, self.act_move, self.act_atasan, self.act_undo):
            b = QToolButton()
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            a.addWidget(b)
        a.addStretch(1)
        self.lbl_count = QLabel()
        self.lbl_count.setStyleSheet("color: #5f6368;")
        self.lbl_count.setContentsMargins(8, 0, 8, 0)
        a.addWidget(self.lbl_count)
        v.addLayout(a)

        # -- table
        self.model = PegawaiTableModel([], self)
        self.view = QTableView()
        self.view.setObjectName("daftarPegawai")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setTabKeyNavigation(False)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setDefaultSectionSize(24)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSortIndicator(Col.NAMA, Qt.SortOrder.AscendingOrder)
        self._fitting = False
        self._user_resized = False
        self._fit_columns()
        hh.sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._header_menu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        v.addWidget(self.view, 1)
        self.lbl_empty = QLabel()
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lbl_empty.setStyleSheet("color: #5f6368; padding: 16px;")
        self.lbl_empty.hide()
        v.addWidget(self.lbl_empty)

        # -- wiring
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.cb_unit.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.chk_sub.toggled.connect(lambda _c: self.apply_filters())
        self.cb_status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.cb_gol.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.cb_jenis.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.btn_reset.clicked.connect(self.reset_filters)
        self.model.filtered.connect(self._update_count)
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reset_filters, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.view, self.edit_current, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.status_dialog,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_table,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, lambda: self.search.clear(),
                  context=Qt.ShortcutContext.WidgetShortcut)
        return w

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif obj is self.view and event.type() == QEvent.Type.KeyPress:
            # typing a letter or digit in the table continues in the search box
            assert isinstance(event, QKeyEvent)
            text = event.text()
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            if text and text.isprintable() and not text.isspace() and mods == Qt.KeyboardModifier.NoModifier:
                self.search.setFocus()
                self.search.insert(text)
                return True
        return super().eventFilter(obj, event)

    def _fit_columns(self) -> None:
        """Share the width among the text columns until the operator resizes one by hand."""
        if self._user_resized:
            return
        avail = self.view.viewport().width()
        if avail < 200:
            avail = 1040
        shown = [c for c in Col if not self.view.isColumnHidden(c)]
        widths = dict(_BASE_WIDTHS)
        widths[Col.STATUS] = self._status_width()
        fixed = sum(widths[c] for c in shown if c not in _FLEX)
        flex = sum(widths[c] for c in shown if c in _FLEX) or 1
        scale = max(0.6, (avail - fixed - 2) / flex)
        self._fitting = True
        hh = self.view.horizontalHeader()
        for c in shown:
            hh.resizeSection(c, int(widths[c] * scale) if c in _FLEX else widths[c])
        self._fitting = False

    def _status_width(self) -> int:
        """Wide enough for "Pensiun 01-03-2026" when former employees are listed, narrow otherwise."""
        fm = self.view.fontMetrics()
        statuses = self._filter_values(self.cb_status)
        shown = [s for s in StatusPegawai if statuses is None or s.value in statuses]
        dated = any(s is not StatusPegawai.AKTIF for s in shown)
        longest = max(fm.horizontalAdvance(label(s) + (" 00-00-0000" if dated else "")) for s in shown)
        return max(_BASE_WIDTHS[Col.STATUS], longest + 16)

    def _section_resized(self, *_args: Any) -> None:
        if not self._fitting:
            self._user_resized = True

    def _add_filter(self, combo: QComboBox, text: str, key: str, values: tuple[str, ...] | None) -> None:
        combo.addItem(text, key)
        self._filter_sets[key] = values

    def _filter_values(self, combo: QComboBox) -> tuple[str, ...] | None:
        return self._filter_sets.get(combo.currentData() or "")

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], Any], tip: str) -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip += f" ({shortcut})"
        act.setToolTip(tip)
        act.setStatusTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    # ================================================================== loading
    @classmethod
    def prefetch(cls, ctx: AppContext) -> list[PegawaiRow]:
        """The 15,000-row list is most of the first show (≈0.3 s): fetched off the UI thread at start."""
        return svc.list_pegawai_rows(ctx)

    def load(self) -> None:
        """First show (and F5): one query for all rows, then the units and the side tabs."""
        selected = [r.id for r in self.selected_rows()]
        rows = self.take_prefetched()
        if rows is None:
            rows = svc.list_pegawai_rows(self.ctx)
        self._load_units()
        self.model.set_rows(rows)
        if self.model.sort_column() < 0:
            self.model.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
        self.select_ids(selected)
        self._load_org()
        self._load_tanpa()
        self._update_empty()

    def _load_units(self) -> None:
        current = self.cb_unit.currentData()
        self.units = org.list_units(self.ctx)
        fill_unit_combo(self.cb_unit, self.units, empty_label=self.tr("Semua unit kerja"))
        i = self.cb_unit.findData(current)
        self.cb_unit.blockSignals(True)
        self.cb_unit.setCurrentIndex(max(0, i))
        self.cb_unit.blockSignals(False)
        self.apply_filters()

    def _load_tanpa(self) -> None:
        self.tanpa.load()
        n = self.tanpa.missing_count()
        self.tabs.setTabText(2, fmt(self.tr("Tanpa Atasan (%1)"), str(n)) if n else self.tr("Tanpa Atasan"))

    def rows(self) -> list[PegawaiRow]:
        return self.model.all_rows()

    # ================================================================== filters
    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.view.setFocus()
        if not self.view.selectionModel().hasSelection() and self.model.rowCount():
            self.view.selectRow(0)

    def _search_enter(self) -> None:
        self._search_timer.stop()
        self.apply_search()
        self._focus_table()

    def apply_search(self) -> None:
        self.model.set_filter_text(self.search.text())

    def apply_filters(self) -> None:
        unit = self.cb_unit.currentData()
        if unit is None:
            units = None
        elif self.chk_sub.isChecked():
            units = org.descendant_ids(self.units, unit)
        else:
            units = {unit}
        self.model.set_filters(
            units=units,
            statuses=self._filter_values(self.cb_status),
            golongan=self._filter_values(self.cb_gol),
            jenis=self._filter_values(self.cb_jenis),
        )
        self._fit_columns()  # the Status column widens when former employees (with a date) are listed

    def reset_filters(self) -> None:
        for cb in (self.cb_unit, self.cb_status, self.cb_gol, self.cb_jenis):
            cb.blockSignals(True)
            cb.setCurrentIndex(0)
            cb.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter_text("")
        self.apply_filters()

    def set_status_filter(self, status: str | None) -> None:
        """``status`` = "aktif", "nonaktif", one StatusPegawai value, or None for all."""
        i = self.cb_status.findData(f"status:{status}" if status else "")
        if i >= 0:
            self.cb_status.setCurrentIndex(i)

    def show_unit(self, unit_id: int) -> None:
        """From the organisation tab: the list filtered on a unit (with sub-units)."""
        i = self.cb_unit.findData(unit_id)
        if i >= 0:
            self.cb_unit.setCurrentIndex(i)
        self.tabs.setCurrentIndex(0)
        self.view.setFocus()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        sel = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        text = fmt(self.tr("%1 dari %2 pegawai"), _fmt_int(shown), _fmt_int(total))
        if sel:
            text += " · " + fmt(self.tr("%1 dipilih"), _fmt_int(sel))
        self.lbl_count.setText(text)
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.lbl_empty.hide()
            return
        if self.model.total_count() == 0:
            self.lbl_empty.setText(self.tr("Belum ada pegawai. Tekan \"Tambah pegawai\" (Ctrl+N) atau impor daftar "
                                           "pegawai dari Excel di area Sinkronisasi Excel."))
        else:
            self.lbl_empty.setText(self.tr("Tidak ada pegawai yang cocok dengan pencarian/filter. "
                                           "Tekan Reset (Ctrl+R) untuk melihat semua."))
        self.lbl_empty.show()

    # ================================================================== selection / menus
    def selected_rows(self) -> list[PegawaiRow]:
        sm = self.view.selectionModel()
        if sm is None:
            return []
        return [self.model.row_at(i.row()) for i in sorted(sm.selectedRows(), key=lambda i: i.row())]

    def select_ids(self, ids: Sequence[int]) -> None:
        sm = self.view.selectionModel()
        sm.clearSelection()
        first = True
        for pid in ids:
            r = self.model.view_row_of(pid)
            if r >= 0:
                idx = self.model.index(r, 0)
                flags = sm.SelectionFlag.Select | sm.SelectionFlag.Rows
                sm.select(idx, flags)
                if first:
                    sm.setCurrentIndex(idx, sm.SelectionFlag.NoUpdate)
                    self.view.scrollTo(idx)
                    first = False
        self._update_actions()

    def _update_actions(self) -> None:
        n = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        w = self.can_write
        self.act_new.setEnabled(w)
        self.act_edit.setEnabled(n == 1)
        self.act_edit.setText(self.tr("&Ubah profil") if w else self.tr("&Lihat profil"))
        for act in (self.act_status, self.act_move, self.act_atasan):
            act.setEnabled(w and n > 0)
        self.act_undo.setEnabled(w and bool(self._history))
        if self._history:
            last = self.undo_stack[-1].label if self._history[-1] == "bulk" else self.edits.undoText()
            self.act_undo.setToolTip(fmt(self.tr("Urungkan: %1 (Ctrl+Z)"), last))
        self.act_redo.setEnabled(w and self.edits.canRedo())
        if self.edits.canRedo():
            self.act_redo.setToolTip(fmt(self.tr("Ulangi: %1 (Ctrl+Shift+Z)"), self.edits.redoText()))
        self._update_count()
        self.undo_changed.emit()

    def undo_text(self) -> str:
        if not (self.can_write and self._history):
            return ""
        return self.undo_stack[-1].label if self._history[-1] == "bulk" else self.edits.undoText()

    def redo_text(self) -> str:
        return self.edits.redoText() if self.can_write and self.edits.canRedo() else ""

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.act_edit, None, self.act_move, self.act_atasan, self.act_status, None, self.act_new,
                    self.act_undo, self.act_redo, self.act_reload):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        """Show / hide columns."""
        menu = QMenu(self)
        for col in Col:
            act = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not self.view.isColumnHidden(col))
            act.setEnabled(col not in (Col.NIP, Col.NAMA))
            act.toggled.connect(lambda on, c=col: (self.view.setColumnHidden(c, not on), self._fit_columns()))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    # ================================================================== feedback
    def announce(self, message: str) -> None:
        """Status-bar feedback after an action (kept in ``last_message`` for tests)."""
        self.last_message = message
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(message, 10_000)

    def _refresh_rows(self, ids: Sequence[int]) -> None:
        rows = svc.get_pegawai_rows(self.ctx, ids)
        # people whose supervisor name is shown from these rows
        touched = set(ids)
        followers = [r.id for r in self.model.all_rows() if r.atasan_id in touched and r.id not in touched]
        if followers:
            rows += svc.get_pegawai_rows(self.ctx, followers)
        self.model.upsert_rows(rows)

    def _after_structure_change(self) -> None:
        """Units or supervisors changed: the side tabs and the unit filter need fresh data."""
        selected = [r.id for r in self.selected_rows()]
        self._load_units()
        self.select_ids(selected)
        self._load_org()
        self._load_tanpa()

    def _load_org(self) -> None:
        """The tree is rebuilt now when visible, else when its tab is next shown."""
        if self.tabs.currentWidget() is self.org:
            self.org.load(units=self.units)
            self._org_dirty = False
        else:
            self._org_dirty = True

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.org and self._org_dirty:
            self.org.load(units=self.units)
            self._org_dirty = False

    # ================================================================== profile
    def make_profile_dialog(self, profil: svc.Profil | None, default_unit_id: int | None = None) -> ProfileDialog:
        dlg = ProfileDialog(self.ctx, profil, self.units, self.model.all_rows, self,
                            default_unit_id=default_unit_id)
        dlg.saved.connect(self._profile_saved)
        dlg.saved.connect(lambda res, before=profil: self._remember_edit(before, res))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r, d=dlg: self.open_dialogs.remove(d) if d in self.open_dialogs else None)
        self.open_dialogs.append(dlg)
        return dlg

    def open_profile(self, pegawai_id: int) -> ProfileDialog | None:
        try:
            profil = svc.get_profil(self.ctx, pegawai_id)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        dlg = self.make_profile_dialog(profil)
        dlg.open()
        return dlg

    def edit_current(self) -> ProfileDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            idx = self.view.currentIndex()
            if not idx.isValid():
                return None
            rows = [self.model.row_at(idx.row())]
        return self.open_profile(rows[0].id)

    def new_pegawai(self) -> ProfileDialog | None:
        if not self.can_write:
            return None
        dlg = self.make_profile_dialog(None, default_unit_id=self.cb_unit.currentData())
        dlg.open()
        return dlg

    def _profile_saved(self, res: SaveResult) -> None:
        self._refresh_rows([res.row.id])
        self._after_structure_change()
        msg = fmt(self.tr("Pegawai baru %1 ditambahkan.") if res.baru else self.tr("Profil %1 tersimpan."), res.row.nama)
        if res.baru and res.row.id not in {r.id for r in self.model.visible_rows()}:
            # the search typed before "Tambah" would hide the person just added: show everyone
            self.reset_filters()
            msg += " " + self.tr("Pencarian dan filter dikosongkan agar pegawai baru terlihat.")
        if res.baru:
            self.select_ids([res.row.id])
        if res.row.id not in {r.id for r in self.model.visible_rows()}:
            msg += " " + self.tr("(tidak tampil karena filter)")
        if res.warnings:
            msg += " " + fmt(self.tr("%1 peringatan."), str(len(res.warnings)))
        if res.catatan:
            msg += " " + " ".join(teks(c) for c in res.catatan)
        self.announce(msg)
        tampilkan_hasil(self, msg, status=msg)

    # ================================================================== bulk actions
    def _run_bulk(self, title: str, fn: Callable[[Any], BulkResult], undo_label: str | None) -> None:
        def done(res: BulkResult) -> None:
            if undo_label and res.sebelum:
                self.undo_stack.append(UndoStep(undo_label, list(res.sebelum)))
                self._history.append("bulk")
            self._refresh_rows(res.diubah)
            self.announce(" ".join(teks(m) for m in res.catatan_pesan) + (
                " " + self.tr("Urungkan dengan Ctrl+Z.") if undo_label and res.sebelum else ""))
            self._after_structure_change()
            self._update_actions()

        run_job(self, title, fn, done)

    def move_dialog(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.can_write:
            return
        dlg = MoveDialog(self.units, rows, self)
        if len({r.unit_id for r in rows}) == 1:
            dlg.select(rows[0].unit_id)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.unit_id() is None:
            return
        unit_id = dlg.unit_id()
        assert unit_id is not None
        self.move_selected_to(unit_id, dlg.chk_atasan.isChecked(), rows)

    def move_selected_to(self, unit_id: int, atasan_ikut_kepala: bool = True,
                         rows: Sequence[PegawaiRow] | None = None) -> None:
        ids = [r.id for r in (rows if rows is not None else self.selected_rows())]
        unit = next((u.nama for u in self.units if u.id == unit_id), "")
        self._run_bulk(
            self.tr("Memindahkan pegawai…"),
            lambda p: org.move_pegawai(self.ctx, ids, unit_id, atasan_ikut_kepala=atasan_ikut_kepala, progress=p),
            fmt(self.tr("pindah %1 pegawai ke %2"), str(len(ids)), unit),
        )

    def set_atasan_dialog(self, ids: Sequence[int] | None = None) -> None:
        if not self.can_write:
            return
        rows = self.selected_rows() if not ids else [r for r in (self.model.find(i) for i in ids) if r]
        if not rows:
            return
        dlg = AtasanDialog(self.model.all_rows(), rows, self)
        if len({r.atasan_id for r in rows}) == 1:
            dlg.select(rows[0].atasan_id)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_atasan_selected(dlg.atasan_id(), rows)

    def set_atasan_selected(self, atasan_id: int | None, rows: Sequence[PegawaiRow] | None = None) -> None:
        ids = [r.id for r in (rows if rows is not None else self.selected_rows())]
        self._run_bulk(
            self.tr("Menetapkan atasan…"),
            lambda p: org.set_atasan(self.ctx, ids, atasan_id, progress=p),
            fmt(self.tr("atasan %1 pegawai"), str(len(ids))),
        )

    def atasan_follow_head(self, ids: Sequence[int]) -> None:
        if not ids or not self.can_write:
            return
        ids = list(ids)
        self._run_bulk(
            self.tr("Menetapkan atasan…"),
            lambda p: org.atasan_ke_kepala_unit(self.ctx, ids, progress=p),
            fmt(self.tr("atasan %1 pegawai"), str(len(ids))),
        )

    def status_dialog(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.can_write:
            return
        dlg = StatusDialog(rows, svc.count_bawahan(self.ctx, [r.id for r in rows]), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.change_status([r.id for r in rows], dlg.status(), dlg.tanggal(), dlg.keterangan())

    def change_status(self, ids: Sequence[int], status: str, tanggal: date | None, keterangan: str = "") -> None:
        ids = list(ids)
        nama_status = label(StatusPegawai(status))

        def done(changed: list[int]) -> None:
            self._refresh_rows(ids)
            msg = (fmt(self.tr("Status %1 pegawai diubah menjadi %2."), str(len(changed)), nama_status))
            if status != StatusPegawai.AKTIF.value and self.cb_status.currentData() == "status:aktif":
                msg += " " + self.tr("Mereka kini tersembunyi; tampilkan dengan filter status \"Tidak aktif\".")
            self.announce(msg)
            self._after_structure_change()

        run_job(self, self.tr("Mengubah status…"),
                lambda p: svc.ubah_status(self.ctx, ids, status, tanggal, keterangan, progress=p), done)

    # ================================================================== undo / redo
    def _remember_edit(self, before: svc.Profil | None, res: SaveResult) -> None:
        """A saved change to an existing profile can be taken back (a new employee cannot:
        employees are never deleted)."""
        if before is None or before.data.id is None or res.baru:
            return
        self.edits.push(ProfileEdit(self.ctx, before, res, self._edit_applied, self._edit_refused))
        self._history.append("profil")
        self._update_actions()

    def _edit_applied(self, res: SaveResult, undone: bool) -> None:
        if not undone:
            self._history.append("profil")
        self._refresh_rows([res.row.id])
        self._after_structure_change()
        self.announce(fmt(self.tr("Perubahan profil %1 diurungkan.") if undone
                       else self.tr("Perubahan profil %1 diulang."), res.row.nama))
        self._update_actions()

    def _edit_refused(self, exc: ServiceError) -> None:
        show_error(self, exc)
        QTimer.singleShot(0, self._update_actions)  # the stack drops the command after this returns

    def redo(self) -> None:
        """Ctrl+Shift+Z: the profile edit undone last, saved again."""
        if self.can_write and self.edits.canRedo():
            self.edits.redo()
            self._update_actions()

    def undo(self) -> None:
        """Ctrl+Z: takes back the newest change, a profile edit or a bulk placement."""
        if not self._history or not self.can_write:
            return
        if self._history[-1] == "profil":
            self._history.pop()
            self.edits.undo()
            self._update_actions()
            return
        step = self.undo_stack[-1]
        if not self.confirm_undo(step):
            return
        self.undo_stack.pop()
        self._history.pop()

        def done(res: BulkResult) -> None:
            self._refresh_rows(res.diubah)
            self.announce(fmt(self.tr("Diurungkan: %1."), step.label) + " " + " ".join(teks(m) for m in res.catatan_pesan))
            self._after_structure_change()
            self._update_actions()

        def failed(exc: BaseException, tb: str) -> None:
            show_error(self, exc, tb)
            self._update_actions()

        run_job(self, self.tr("Mengurungkan…"), lambda _p: org.restore_penempatan(self.ctx, step.sebelum), done,
                failed)

    def confirm_undo(self, step: UndoStep) -> bool:
        return QMessageBox.question(
            self, self.tr("Urungkan"),
            fmt(self.tr("Urungkan perubahan terakhir (%1)? Penempatan dan atasan %2 pegawai dikembalikan seperti semula."), step.label, str(len(step.sebelum))),
        ) == QMessageBox.StandardButton.Yes

    # ================================================================== organisation
    def _org_changed(self, message: str) -> None:
        """A unit was added/renamed/moved/merged: names in rows may change → reload the rows."""
        rows = svc.list_pegawai_rows(self.ctx)
        self.model.set_rows(rows)
        self._load_units()
        self._load_tanpa()
        self.announce(message)

    def refresh(self) -> None:
        self.load()
        self.announce(self.tr("Daftar pegawai dimuat ulang."))



