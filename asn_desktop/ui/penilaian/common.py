"""Small helpers shared by the evaluation widgets: colours, labels, status messages, table models."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

from asn_desktop.domain.enums import Predikat, PredikatOrganisasi, Rating, StatusEvaluasi, StatusSkp
from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.labels import label
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.tata_letak import ELIDE_ROLE

#: Colours of the predicates, best (green) to worst (red); used in tables and the chart.
WARNA_PREDIKAT: dict[Predikat, str] = {
    Predikat.SANGAT_BAIK: "#1b7f3b",
    Predikat.BAIK: "#4f9a3a",
    Predikat.BUTUH_PERBAIKAN: "#c98a00",
    Predikat.KURANG: "#d3541b",
    Predikat.SANGAT_KURANG: "#b3261e",
}
ERROR_COLOR = "#b3261e"
WARNING_BG = "#fff4d6"
WARNING_BORDER = "#e0b84c"
INFO_BG = "#eef3fa"


def rating_label(r: Rating | None) -> str:
    return label(r)


def predikat_label(p: Predikat | None) -> str:
    return label(p)


def org_label(p: PredikatOrganisasi | None) -> str:
    return label(p) if p else QCoreApplication.translate("penilaian", "belum ditetapkan")


def status_evaluasi_text(status: str, skp_status: StatusSkp | None) -> str:
    """A list row's evaluation status in the interface language (``BarisEvaluasi.status_label`` is the
    service's Indonesian text, kept for exports)."""
    if status == "tanpa_skp":
        return QCoreApplication.translate("penilaian", "Belum ada SKP")
    if status == "skp_belum_disetujui":
        return fmt(QCoreApplication.translate("penilaian", "SKP %1"), label(skp_status).lower())
    try:
        return label(StatusEvaluasi(status))
    except ValueError:
        return status


def status_message(widget: QWidget, message: str, ms: int = 8000) -> None:
    """Show ``message`` in the main window's status bar (if there is one)."""
    win = widget.window()
    bar = getattr(win, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, ms)


def message_of(exc: ServiceError) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        return error_text(exc) + "\n" + "\n".join("• " + error_text(p) for p in exc.problems)
    return error_text(exc)


def banner(text: str = "", kind: str = "warning") -> QLabel:
    """A coloured, word-wrapped notice (locked period, curve warning, …)."""
    lbl = QLabel(text)
    lbl.setWordWrap(True)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    bg, border = (WARNING_BG, WARNING_BORDER) if kind == "warning" else (INFO_BG, "#b8c7dd")
    lbl.setStyleSheet(f"QLabel {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; padding: 6px; }}")
    lbl.setVisible(bool(text))
    return lbl


def predikat_badge(p: Predikat | None, big: bool = False) -> str:
    """Rich text of a predicate in its colour."""
    if p is None:
        none_yet = QCoreApplication.translate("penilaian", "belum ada")
        return f"<span style='color:#777'>{none_yet}</span>"
    size = "16pt" if big else "10pt"
    return f"<span style='color:{WARNA_PREDIKAT[p]}; font-weight:bold; font-size:{size}'>{label(p)}</span>"


class Column:
    """One column of a :class:`RowsModel`: header, value getter, optional sort key/colours/alignment."""

    def __init__(
        self,
        header: str,
        value: Callable[[Any], Any],
        *,
        sort: Callable[[Any], Any] | None = None,
        color: Callable[[Any], str | None] | None = None,
        background: Callable[[Any], str | None] | None = None,
        bold: Callable[[Any], bool] | None = None,
        align_right: bool = False,
        tooltip: Callable[[Any], str | None] | None = None,
        header_tip: str | None = None,
        prose: bool = False,
    ) -> None:
        self.header_tip = header_tip
        self.prose = prose  # a sentence: elided at its end in report tables (tata_letak.ELIDE_ROLE)
        self.header = header
        self.value = value
        self.sort = sort
        self.color = color
        self.background = background
        self.bold = bold
        self.align_right = align_right
        self.tooltip = tooltip


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _sort_key(value: Any) -> tuple[int, Any]:
    """Empty first, then numbers, then texts without regard to case."""
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, str(value).casefold())


class FilterProxy(QSortFilterProxyModel):
    """Filters a :class:`RowsModel` as typed and leaves sorting to it: the view's header clicks
    reach the model's one-key-per-row sort (``RowsModel.sort_rows``)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowsModel):
            source.sort_rows(column, order)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dataclass rows (sortable through a proxy with SORT_ROLE)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], *, presorted: bool = False) -> None:
        """``presorted``: ``rows`` come from :meth:`in_order` (sorted in the background)."""
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted is not None and not presorted:
            self.rows = [self.rows[i] for i in self._order(self.rows, *self._sorted)]
        self.endResetModel()

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The table's order (column, direction); None: as given."""
        return self._sorted

    def in_order(self, rows: Sequence[Any], state: tuple[int, Qt.SortOrder] | None) -> list[Any]:
        """``rows`` in the order ``state`` (read earlier on the UI thread from ``sort_state``);
        plain Python, so a background fetch sorts 15,000 rows before they reach the UI thread
        (then ``set_rows(rows, presorted=state == sort_state)``)."""
        rows = list(rows)
        return rows if state is None else [rows[i] for i in self._order(rows, *state)]

    _sorted: tuple[int, Qt.SortOrder] | None = None

    def _order(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' positions in sorted order (stable; one key per row)."""
        col = self.columns[column]
        get = col.sort or col.value
        keys = [_sort_key(get(r)) for r in rows]
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in Python, with one key per row: a proxy sorting 15,000 rows asks
        ``data(SORT_ROLE)`` some 400,000 times on the UI thread (seconds at regency scale)."""
        if not 0 <= column < len(self.columns):
            self._sorted = None
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        perm = self._order(self.rows, column, order)
        new_pos = [0] * len(perm)
        for new, old_row in enumerate(perm):
            new_pos[old_row] = new
        self.rows = [self.rows[i] for i in perm]
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_pos[i.row()], i.column()) if 0 <= i.row() < len(new_pos) else QModelIndex()
                  for i in old])
        self.layoutChanged.emit()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tip
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = col.value(row)
            return "" if v is None else str(v)
        if role == SORT_ROLE:
            v = col.sort(row) if col.sort else col.value(row)
            return "" if v is None else v
        if role == Qt.ItemDataRole.ForegroundRole and col.color:
            c = col.color(row)
            return QColor(c) if c else None
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            c = col.background(row)
            return QColor(c) if c else None
        if role == Qt.ItemDataRole.FontRole and col.bold and col.bold(row):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        if role == ELIDE_ROLE and col.prose:
            return int(Qt.TextElideMode.ElideRight.value)
        return None
