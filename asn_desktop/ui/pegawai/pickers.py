"""Choosers used by the profile editor, the bulk actions and the unit tree:
a unit from the tree, and a person from (possibly) 15,000 with instant search."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services.organisasi import UnitNode
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.pegawai.model import Col, PegawaiTableModel
from asn_desktop.ui.i18n import fmt

SEARCH_DELAY_MS = 150


def fill_unit_combo(
    combo: QComboBox,
    units: Sequence[UnitNode],
    *,
    empty_label: str | None = None,
    include_archived_ids: Iterable[int] = (),
) -> None:
    """Units in tree order, indented by depth; archived ones only when listed (e.g. the current unit)."""
    keep = set(include_archived_ids)
    combo.blockSignals(True)
    combo.clear()
    if empty_label is not None:
        combo.addItem(empty_label, None)
    for u in units:
        if not u.aktif and u.id not in keep:
            continue
        label = "    " * u.depth + u.nama
        if not u.aktif:
            label += combo.tr(" (diarsipkan)")
        combo.addItem(label, u.id)
        combo.setItemData(combo.count() - 1, u.path, Qt.ItemDataRole.ToolTipRole)
    combo.blockSignals(False)


def build_unit_tree(tree: QTreeWidget, units: Sequence[UnitNode], columns: Callable[[UnitNode], list[str]],
                    *, skip: set[int] | None = None) -> dict[int, QTreeWidgetItem]:
    """Fill a QTreeWidget from the flat tree-ordered list; returns id → item."""
    tree.clear()
    items: dict[int, QTreeWidgetItem] = {}
    skip = skip or set()
    for u in units:
        if u.id in skip:
            continue
        parent = items.get(u.parent_id) if u.parent_id is not None else None
        item = QTreeWidgetItem(columns(u))
        item.setData(0, Qt.ItemDataRole.UserRole, u.id)
        item.setToolTip(0, u.path)
        if not u.aktif:
            f = item.font(0)
            f.setItalic(True)
            for c in range(tree.columnCount()):
                item.setFont(c, f)
                item.setForeground(c, Qt.GlobalColor.gray)
        if parent is None:
            tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        items[u.id] = item
    tree.expandAll()
    return items


class UnitPickerDialog(QDialog):
    """Choose an (active) unit from the tree; some units can be excluded (a unit's own subtree)."""

    def __init__(self, units: Sequence[UnitNode], title: str, prompt: str, parent: QWidget | None = None, *,
                 exclude: set[int] | None = None, allow_top: bool = False, top_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(680, 540)
        lay = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        lay.addWidget(self.prompt_label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik untuk mencari unit…"))
        self.search.setClearButtonEnabled(True)
        lay.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit kerja"), self.tr("Kepala")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 210)
        active = [u for u in units if u.aktif]
        self.items = build_unit_tree(self.tree, active, lambda u: [u.nama, u.kepala_nama], skip=exclude)
        self.top_item: QTreeWidgetItem | None = None
        if allow_top:
            self.top_item = QTreeWidgetItem([top_label or self.tr("(tingkat teratas)"), ""])
            self.top_item.setData(0, Qt.ItemDataRole.UserRole, None)
            self.tree.insertTopLevelItem(0, self.top_item)
        lay.addWidget(self.tree, 1)
        self.bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pilih"))
        self.bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.bb.accepted.connect(self.accept)
        self.bb.rejected.connect(self.reject)
        lay.addWidget(self.bb)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.search.textChanged.connect(self._filter)
        self._update()
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        from asn_desktop.domain.nama import search_key

        key = search_key(text)

        def visit(item: QTreeWidgetItem) -> bool:
            own = not key or key in search_key(item.text(0))
            child_hit = False
            for i in range(item.childCount()):
                child_hit = visit(item.child(i)) or child_hit
            item.setHidden(not (own or child_hit))
            return own or child_hit

        first: QTreeWidgetItem | None = None
        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))
        it = self.tree.topLevelItem(0)
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack and first is None:
            it = stack.pop(0)
            if not it.isHidden() and (not key or key in search_key(it.text(0))):
                first = it
            stack[:0] = [it.child(i) for i in range(it.childCount())]
        if first is not None:
            self.tree.setCurrentItem(first)

    def _update(self) -> None:
        item = self.tree.currentItem()
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None and not item.isHidden())

    def select(self, unit_id: int | None) -> None:
        if unit_id is None and self.top_item is not None:
            self.tree.setCurrentItem(self.top_item)
        elif unit_id in self.items:
            self.tree.setCurrentItem(self.items[unit_id])

    def unit_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)


class PegawaiPickerDialog(QDialog):
    """Choose one active person; search is the list's instant search."""

    def __init__(self, rows: Sequence[PegawaiRow], title: str, prompt: str, parent: QWidget | None = None, *,
                 exclude: Iterable[int] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 560)
        skip = set(exclude)
        lay = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        lay.addWidget(self.prompt_label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, atau jabatan…"))
        self.search.setClearButtonEnabled(True)
        lay.addWidget(self.search)
        self.model = PegawaiTableModel([r for r in rows if r.status == "aktif" and r.id not in skip], self)
        self.model.sort(Col.NAMA, Qt.SortOrder.AscendingOrder)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(Col.NAMA, Qt.SortOrder.AscendingOrder)
        for col, w in ((Col.NIP, 158), (Col.NAMA, 200), (Col.GOLONGAN, 48), (Col.JABATAN, 210), (Col.UNIT, 150)):
            self.view.horizontalHeader().resizeSection(col, w)
        for col in (Col.ATASAN, Col.STATUS):
            self.view.setColumnHidden(col, True)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        self.count = QLabel()
        lay.addWidget(self.count)
        self.bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pilih"))
        self.bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.bb.accepted.connect(self.accept)
        self.bb.rejected.connect(self.reject)
        lay.addWidget(self.bb)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.model.filtered.connect(self._after_filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.view.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._after_filter()
        self.search.setFocus()

    def _apply_search(self) -> None:
        self.model.set_filter_text(self.search.text())

    def _after_filter(self) -> None:
        n = self.model.rowCount()
        self.count.setText(fmt(self.tr("%1 pegawai aktif"), f"{n:,}".replace(",", ".")))
        if n:
            self.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.bb.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.view.selectionModel().hasSelection())

    def select(self, pegawai_id: int | None) -> None:
        if pegawai_id is None:
            return
        r = self.model.view_row_of(pegawai_id)
        if r >= 0:
            self.view.selectRow(r)
            self.view.scrollTo(self.model.index(r, 0))

    def pegawai(self) -> PegawaiRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def accept(self) -> None:
        if self._timer.isActive():  # Enter right after typing: apply the search first
            self._timer.stop()
            self._apply_search()
        if self.pegawai() is None:
            return
        super().accept()
