"""Ikhtisar SKP: for one year, who has no SKP and who is draft / diajukan /
dikembalikan / disetujui, per unit, with quick actions."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nama import search_key
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.skp.common import STATUS_COLORS, status_brushes, status_label
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.loading import Loader

_Index = QModelIndex | QPersistentModelIndex


_STATUS_ORDER = {st: k for k, st in enumerate(S.OVERVIEW_STATUSES)}


_TEXT_COLUMN = {"nama": "nama", "jabatan": "jabatan", "unit": "unit_nama", "nip": "nip", "atasan": "atasan_nama"}


def _sort_key(r: S.OverviewRow, col: str) -> Any:
    if col == "versi":
        return r.versi
    if col == "rhk":
        return r.jumlah_rhk
    if col == "status":
        return _STATUS_ORDER.get(r.status, 9)
    return getattr(r, _TEXT_COLUMN[col]).casefold()


def search_keys(rows: list[S.OverviewRow]) -> list[str]:
    """The rows' search keys (``search_key(nama, nip, jabatan, unit)``); computed with the rows, off
    the UI thread. The key of each part is made on its own — the same text, since parts are joined
    by a blank — and a regency's few hundred job titles and unit names once each (15,000 rows)."""
    known: dict[str, str] = {}

    def part(text: str) -> str:
        key = known.get(text)
        if key is None:
            key = known[text] = search_key(text)
        return key

    return [" ".join([k for k in (search_key(r.nama), r.nip if r.nip.isdigit() else search_key(r.nip),
                                  part(r.jabatan), part(r.unit_nama)) if k])
            for r in rows]


#: what the overview's list shows: the year's overview (its totals counted), the rows' search keys,
#: and their order (column, sort order, indices)
Ikhtisar = tuple[S.Overview, list[str], tuple[int, Qt.SortOrder, list[int]]]


def baca_ikhtisar(ctx: AppContext, tahun: int, column: int = 0,
                  order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> Ikhtisar:
    """The overview of ``tahun`` ready for the list, read off the UI thread; sorted by ``column``
    (the list opens sorted by name)."""
    data = S.overview(ctx, tahun)
    data.totals()  # counted here once, not on the UI thread
    return data, search_keys(data.rows), (column, order, sorted_indices(data.rows, column, order))


def sorted_indices(rows: list[S.OverviewRow], column: int, order: Qt.SortOrder) -> list[int]:
    """Indices of ``rows`` in the list's order for ``column`` (stable, as the model sorts)."""
    col = OverviewModel.COLS[column]
    return sorted(range(len(rows)), key=lambda i: _sort_key(rows[i], col),
                  reverse=order == Qt.SortOrder.DescendingOrder)


class OverviewModel(QAbstractTableModel):
    """Employees with the status of their SKP in force for the year.

    Filtering and sorting happen here in Python, not in a QSortFilterProxyModel calling back
    into Python per row and per comparison: the rows are sorted once per column (``_order``, made
    with the rows in the background for the first view) and a filter keeps that order (one list
    comprehension per keystroke), so 15,000 rows stay instant.
    """

    COLS = ("nama", "jabatan", "status", "rhk", "unit", "nip", "versi", "atasan")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[S.OverviewRow] = []  # all rows of the year
        self._keys: list[str] = []
        self._order: list[int] | None = None  # all rows' indices, sorted by the current column
        self.view: list[int] = []  # indices into rows, filtered and sorted
        self.words: list[str] = []
        self.status: str | None = None
        self.units: set[int | None] | None = None
        self.sort_col = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[S.OverviewRow], apply: bool = True, keys: list[str] | None = None,
                 order: tuple[int, Qt.SortOrder, list[int]] | None = None) -> None:
        """New rows of the year; ``apply=False`` when the caller sets the filter next (one pass, not two);
        ``keys``: their search keys and ``order``: (column, order, indices), their order, when already
        made (``search_keys``, ``sorted_indices``, in the background)."""
        self.rows = rows
        self._keys = keys if keys is not None and len(keys) == len(rows) else search_keys(rows)
        self._order = None
        if order is not None and order[:2] == (self.sort_col, self.sort_order) and len(order[2]) == len(rows):
            self._order = order[2]
        if apply:
            self.apply()

    def set_filter(self, words: list[str], status: str | None, units: set[int | None] | None) -> None:
        self.words, self.status, self.units = words, status, units
        self.apply()

    def apply(self) -> None:
        words, status, units, keys, rows = self.words, self.status, self.units, self._keys, self.rows
        if self._order is None:
            self._order = sorted_indices(rows, self.sort_col, self.sort_order)
        if not words and not status and units is None:
            view = list(self._order)
        else:
            view = [i for i in self._order
                    if (not status or rows[i].status == status) and (units is None or rows[i].unit_id in units)
                    and all(w in keys[i] for w in words)]
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != (self.sort_col, self.sort_order):
            self.sort_col, self.sort_order = column, order
            self._order = None
        self.apply()

    def row_at(self, r: int) -> S.OverviewRow:
        return self.rows[self.view[r]]

    def headers(self) -> list[str]:
        return [self.tr("Nama"), self.tr("Jabatan"), self.tr("Status SKP"), self.tr("RHK"), self.tr("Unit kerja"),
                self.tr("NIP"), self.tr("Versi"), self.tr("Atasan langsung")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.view)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[self.view[index.row()]]
        col = self.COLS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "nama": r.nama, "nip": r.nip, "jabatan": r.jabatan, "unit": r.unit_nama,
                "status": status_label(r.status), "versi": r.versi or "", "rhk": r.jumlah_rhk if r.skp_id else "",
                "atasan": r.atasan_nama,
            }[col]
        if col == "status" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = status_brushes(r.status)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("versi", "rhk"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == "status" and r.status == S.STATUS_BELUM:
            return self.tr("Belum ada SKP untuk tahun ini: tekan Buat SKP (Ctrl+N).")
        return None


class OverviewWidget(QWidget):
    """The year's SKP status by unit (left) and by employee (right)."""

    open_requested = Signal(int)  # skp id
    create_requested = Signal(int)  # pegawai id
    bulk_create_requested = Signal(object)  # unit id or None
    bulk_pdf_requested = Signal(object)  # unit id or None
    bulk_submit_requested = Signal(object)  # unit id or None
    pdf_requested = Signal(int)  # skp id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tahun = 0
        self.data: S.Overview | None = None
        self._units: set[int | None] | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lbl_summary = QLabel()
        self.lbl_summary.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.lbl_summary)

        split = QSplitter()
        # units
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("<b>Per unit kerja</b> (pilih untuk menyaring daftar)")))
        self.units = QTableWidget(0, 7)
        self.units.setHorizontalHeaderLabels([
            self.tr("Unit kerja"), self.tr("Σ"), self.tr("Belum"), self.tr("Draft"), self.tr("Ajukan"),
            self.tr("Kembali"), self.tr("Setuju")])
        tips = [self.tr("Unit kerja (termasuk sub-unit bila dipilih)"), self.tr("Jumlah pegawai aktif"),
                self.tr("Belum ada SKP"), self.tr("Draft"), self.tr("Diajukan, menunggu persetujuan"),
                self.tr("Dikembalikan oleh pejabat penilai"), self.tr("Disetujui")]
        for c, tip in enumerate(tips):
            self.units.horizontalHeaderItem(c).setToolTip(tip)
        self.units.verticalHeader().hide()
        self.units.verticalHeader().setDefaultSectionSize(24)
        self.units.setWordWrap(False)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.units.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fm = hh.fontMetrics()
        digits = fm.horizontalAdvance("00000") + 14  # a regency counts 15000 in "Semua unit"
        for c in range(1, 7):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            # the header text in the current language (English "Submitted" is wider than "Ajukan")
            head = fm.horizontalAdvance(self.units.horizontalHeaderItem(c).text()) + 14
            self.units.setColumnWidth(c, max(digits, head))
        self.units.itemSelectionChanged.connect(self._unit_changed)
        ll.addWidget(self.units)
        left.setMinimumWidth(560)
        split.addWidget(left)

        # employees
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, jabatan, unit…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.cmb_status = QComboBox()
        self.cmb_status.addItem(self.tr("Semua status"), None)
        for st in S.OVERVIEW_STATUSES:
            self.cmb_status.addItem(status_label(st), st)
        self.cmb_status.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.cmb_status)
        rl.addLayout(bar)
        self.model = OverviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        th = self.table.horizontalHeader()
        th.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for c, w in enumerate((200, 210, 110, 40, 190, 150, 45)):
            self.table.setColumnWidth(c, w)
        fit_header_texts(self.table.horizontalHeader())
        self.table.doubleClicked.connect(lambda _i: self._open_or_create())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        rl.addWidget(self.table, 1)
        self.lbl_count = QLabel()
        rl.addWidget(self.lbl_count)

        btns = QHBoxLayout()
        self.btn_open = QPushButton(self.tr("&Buka SKP"))
        self.btn_open.setToolTip(self.tr("Buka SKP pegawai terpilih (Enter)"))
        self.btn_create = QPushButton(self.tr("Buat &SKP…"))
        self.btn_create.setToolTip(self.tr("Buat SKP untuk pegawai terpilih: kosong, salin tahun lalu, atau dari "
                                           "pustaka RHK (Ctrl+N)"))
        self.btn_pdf = QPushButton(self.tr("Cetak / &PDF…"))
        self.btn_open.clicked.connect(self._open_or_create)
        self.btn_create.clicked.connect(self._create)
        self.btn_pdf.clicked.connect(self._pdf)
        # actions on the whole selected unit, in one menu
        self.btn_unit = QToolButton()
        self.btn_unit.setText(self.tr("Unit terpilih ▾"))
        self.btn_unit.setToolTip(self.tr("Tindakan untuk semua pegawai unit terpilih (termasuk sub-unit)"))
        self.btn_unit.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.btn_unit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.btn_unit)
        self.act_bulk = menu.addAction(self.tr("Buat SKP yang belum ada…"))
        self.act_bulk_submit = menu.addAction(self.tr("Ajukan semua Draft yang lengkap…"))
        self.act_bulk_pdf = menu.addAction(self.tr("Simpan PDF semua SKP…"))
        self.act_bulk.triggered.connect(lambda: self.bulk_create_requested.emit(self.selected_unit()))
        self.act_bulk_submit.triggered.connect(lambda: self.bulk_submit_requested.emit(self.selected_unit()))
        self.act_bulk_pdf.triggered.connect(lambda: self.bulk_pdf_requested.emit(self.selected_unit()))
        self.btn_unit.setMenu(menu)
        for b in (self.btn_open, self.btn_create, self.btn_pdf):
            btns.addWidget(b)
        btns.addStretch(1)
        btns.addWidget(self.btn_unit)
        rl.addLayout(btns)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([560, 520])
        lay.addWidget(split, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self._create)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._open_or_create)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, activated=self._open_or_create)
        self._mirror_permissions()
        self._update_buttons()
        self.loader = Loader(self, self._show, over=self.table, on_error=self._failed)

    # -- data -------------------------------------------------------------------------
    def load(self, tahun: int, fetched: Ikhtisar | None = None) -> None:
        """The year's overview, read off the UI thread (ui/loading.py): "Memuat…" over the list
        meanwhile; a year chosen again meanwhile supersedes this one. ``fetched``: read already
        (the area's first visit); shown on the next event-loop turn, after the page's frame."""
        self.tahun = tahun
        if fetched is not None:
            self.loader.request(lambda: fetched)
            return
        ctx = self.ctx
        column, order = self.model.sort_col, self.model.sort_order
        self.loader.request(lambda: baca_ikhtisar(ctx, tahun, column, order))

    def _show(self, fetched: Ikhtisar) -> None:
        data, keys, order = fetched
        keep = self.selected_row()
        keep_unit = self.selected_unit()
        self.data = data
        self.model.set_rows(data.rows, apply=False, keys=keys, order=order)
        self._fill_units(data, keep_unit)  # applies the filter once
        self._summary(data)
        if keep is not None:
            self.select_pegawai(keep.pegawai_id)
        elif self.model.rowCount():
            self.table.selectRow(0)

    def _failed(self, exc: BaseException, tb: str) -> None:
        """The year could not be read (database busy or unreadable): said where the totals stood, and
        no employee of the previous year stays listed under the one chosen now; F5 reads again."""
        if not isinstance(exc, ServiceError):
            show_error(self, exc, tb)
        self.data = None
        self.model.set_rows([], apply=False)
        self.units.setRowCount(0)
        self._unit_changed()  # applies the (empty) filter
        self.lbl_summary.setText(html.escape(fmt(self.tr("%1 Tekan F5 untuk memuat ulang."), error_text(exc))))

    def _fill_units(self, data: S.Overview, keep_unit: int | None) -> None:
        self.units.blockSignals(True)
        self.units.setRowCount(0)
        totals = data.totals()
        rows: list[tuple[str, int | None, dict[str, int], int, bool]] = [
            (self.tr("Semua unit"), -1, totals, 0, True)]
        rows += [(u.nama, u.unit_id, u.counts, u.depth, False) for u in data.units]
        bold = QFont()
        bold.setBold(True)
        select_row = 0
        for i, (nama, uid, counts, depth, is_total) in enumerate(rows):
            self.units.insertRow(i)
            it = QTableWidgetItem(("    " * depth) + nama)
            it.setData(Qt.ItemDataRole.UserRole, uid)
            it.setToolTip(nama)
            if is_total:
                it.setFont(bold)
            self.units.setItem(i, 0, it)
            total = sum(counts.values())
            vals = [total] + [counts.get(k, 0) for k in S.OVERVIEW_STATUSES]
            for c, v in enumerate(vals, start=1):
                cell = QTableWidgetItem(str(v) if v else "·")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c >= 2 and v:
                    st = S.OVERVIEW_STATUSES[c - 2]
                    bg, fg = STATUS_COLORS[st]
                    cell.setForeground(QBrush(QColor(fg)))
                    if st in ("belum", "dikembalikan"):
                        cell.setFont(bold)
                if is_total:
                    cell.setFont(bold)
                self.units.setItem(i, c, cell)
            if uid == keep_unit:
                select_row = i
        self.units.selectRow(select_row)
        self.units.blockSignals(False)
        self._unit_changed()

    def _summary(self, data: S.Overview) -> None:
        t = data.totals()
        n = sum(t.values())
        parts = [fmt(self.tr("<b>Tahun %1</b> · %2 pegawai aktif"), str(data.tahun), str(n))]
        for st in S.OVERVIEW_STATUSES:
            bg, fg = STATUS_COLORS[st]
            parts.append(f"<span style='color:{fg}; background:{bg};'>&nbsp;{status_label(st)}: "
                         f"<b>{t.get(st, 0)}</b>&nbsp;</span>")
        self.lbl_summary.setText(" &nbsp; ".join(parts))

    def _unit_changed(self) -> None:
        uid = self.selected_unit(raw=True)
        if uid == -1 or self.data is None:
            self._units = None
        else:
            # the unit and its sub-units
            kids: dict[int | None, list[int | None]] = {}
            for u in self.data.units:
                kids.setdefault(u.parent_id, []).append(u.unit_id)
            sel: set[int | None] = set()
            stack = [uid]
            while stack:
                x = stack.pop()
                sel.add(x)
                stack.extend(kids.get(x, []) if x is not None else [])
            self._units = sel
        self._filter()

    def _filter(self) -> None:
        self.model.set_filter(search_key(self.search.text()).split(), self.cmb_status.currentData(),
                              self._units)
        shown, total = self.model.rowCount(), len(self.model.rows)
        self.lbl_count.setText(fmt(self.tr("%1 dari %2 pegawai ditampilkan"), str(shown), str(total)))
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------
    def selected_unit(self, raw: bool = False) -> int | None:
        rows = self.units.selectionModel().selectedRows() if self.units.selectionModel() else []
        if not rows:
            return -1 if raw else None
        uid = self.units.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if raw:
            return uid
        return None if uid == -1 else uid

    def selected_row(self) -> S.OverviewRow | None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            return None
        return self.model.row_at(idx[0].row())

    def select_pegawai(self, pegawai_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).pegawai_id == pegawai_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                return

    def _mirror_permissions(self) -> None:
        from asn_desktop.domain.roles import Permission

        a = self.ctx.actor
        can_any = a.can(Permission.SKP_EDIT_ANY)
        self.act_bulk.setVisible(can_any or a.can(Permission.SKP_APPROVE))
        self.act_bulk_submit.setVisible(can_any or a.can(Permission.SKP_APPROVE))
        self.act_bulk_pdf.setVisible(a.can(Permission.REPORTS) or can_any)
        self.btn_unit.setVisible(any(x.isVisible() for x in (self.act_bulk, self.act_bulk_submit, self.act_bulk_pdf)))

    def _update_buttons(self) -> None:
        r = self.selected_row()
        self.btn_open.setEnabled(r is not None and r.skp_id is not None)
        self.btn_create.setEnabled(r is not None and r.skp_id is None)
        self.btn_pdf.setEnabled(r is not None and r.skp_id is not None)

    # -- actions ------------------------------------------------------------------------
    def _open_or_create(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        if r.skp_id is not None:
            self.open_requested.emit(r.skp_id)
        else:
            self.create_requested.emit(r.pegawai_id)

    def _create(self) -> None:
        r = self.selected_row()
        if r is not None and r.skp_id is None:
            self.create_requested.emit(r.pegawai_id)

    def _pdf(self) -> None:
        r = self.selected_row()
        if r is not None and r.skp_id is not None:
            self.pdf_requested.emit(r.skp_id)

    def visible_skp_ids(self) -> list[int]:
        """SKP ids in the list's current filter and sort order."""
        return [row.skp_id for row in (self.model.row_at(r) for r in range(self.model.rowCount()))
                if row.skp_id is not None]

    def skp_ids_of_unit(self, unit_id: int | None, only_status: str | None = None) -> list[int]:
        if self.data is None:
            return []
        if unit_id is None:
            units = None
        else:
            kids: dict[int | None, list[int | None]] = {}
            for u in self.data.units:
                kids.setdefault(u.parent_id, []).append(u.unit_id)
            units, stack = set(), [unit_id]
            while stack:
                x = stack.pop()
                units.add(x)
                stack.extend(kids.get(x, []))
        return [r.skp_id for r in self.data.rows if r.skp_id is not None
                and (units is None or r.unit_id in units) and (only_status is None or r.status == only_status)]
