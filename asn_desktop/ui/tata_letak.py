"""Layout helpers shared by the areas: columns whose header text is never cut off, and
report tables whose columns the operator can always widen.

Column widths are set in pixels for the Indonesian captions; the English ones are often longer
("Achievement" in a 60 px column showed as "Achievemen"). After the widths are set, every
section is widened to its header text in the language in use.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

#: no report column is narrower than this (a number, a percentage, a short code)
LEBAR_MIN_KOLOM = 48

#: A model role giving a cell's own elide mode: a report elides names in the middle ("Kelurahan
#: B…Kecamatan Alak"), but a sentence cut in its middle reads as nothing ("disiplin belu…kt, Nov,
#: Des)"), so prose columns answer ``Qt.TextElideMode.ElideRight`` here.
ELIDE_ROLE = int(Qt.ItemDataRole.UserRole) + 77


def header_text_width(hh: QHeaderView, section: int) -> int:
    """Pixels the caption of ``section`` needs (longest line, plus the header's margins)."""
    model = hh.model()
    if model is None:
        return 0
    text = str(model.headerData(section, hh.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return 0
    margin = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, hh)
    font = hh.font()
    font.setBold(True)  # as Qt sizes a section (QHeaderView::sectionSizeFromContents): a selected row's are bold
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin


def fit_header_texts(hh: QHeaderView) -> None:
    """Widen each visible, resizable section that is narrower than its caption."""
    for i in range(hh.count()):
        if hh.isSectionHidden(i) or hh.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
            continue
        need = header_text_width(hh, i)
        if need > hh.sectionSize(i):
            hh.resizeSection(i, need)


class _TipWhenElided(QStyledItemDelegate):
    """Cells whose text does not fit show it whole as a tooltip (unless the model gives one), and
    are elided as the model's ``ELIDE_ROLE`` asks (else as the view does)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        mode = index.data(ELIDE_ROLE)
        if mode is not None:
            option.textElideMode = Qt.TextElideMode(mode)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and option.fontMetrics.horizontalAdvance(text.strip()) + 12 > option.rect.width():
                QToolTip.showText(event.globalPos(), text.strip(), view)
                return True
        return super().helpEvent(event, view, option, index)


def report_columns(view: QTableView) -> None:
    """How every report table's columns behave (Laporan, Karier, Insentif): each one resizable by
    the operator (Interactive; Stretch or ResizeToContents squeezed a regency's unit names to ~50 px
    and nothing could be widened), none narrower than ``LEBAR_MIN_KOLOM``, long names elided in the
    middle (the start and the end of "Kelurahan …, Kecamatan …" stay readable) with the whole text
    as a tooltip."""
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setMinimumSectionSize(LEBAR_MIN_KOLOM)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)
    if not isinstance(view.itemDelegate(), _TipWhenElided):
        view.setItemDelegate(_TipWhenElided(view))


def cell_padding(view: QAbstractItemView) -> int:
    """Pixels a cell adds around its text: the item's margins, as the delegate's size hint adds them."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return 2 * (margin + 1) + 2


def fit_report_columns(view: QTableView, minimum: dict[int, int] | None = None, maximum: int = 420,
                       texts: Sequence[Sequence[str]] | None = None, sample: int = 8) -> None:
    """Size a filled report table once from its texts — each column as wide as the widest of its
    ``sample`` longest texts, at least its caption, ``LEBAR_MIN_KOLOM`` and its ``minimum`` (e.g.
    {0: 260} for the unit column), at most ``maximum`` — after which the widths are the operator's
    to change. ``texts``: the rows' cell texts when the caller has them (else read from the model);
    a caller may leave out a row that should not widen the columns (a total, elided with a tooltip).

    Only those few texts are measured: a size-to-contents pass asked every cell's size hint on the
    UI thread (a regency's report has hundreds of rows)."""
    hh = view.horizontalHeader()
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return
    minimum = minimum or {}
    if texts is None:
        texts = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                 for r in range(model.rowCount())]
    fm = QFontMetrics(view.font())
    pad = cell_padding(view)
    for c in range(model.columnCount()):
        longest = heapq.nlargest(sample, (row[c] for row in texts if c < len(row)), key=len)
        need = max((fm.horizontalAdvance(t) for t in longest), default=0) + pad
        want = min(need, max(maximum, minimum.get(c, 0)))
        view.setColumnWidth(c, max(want, minimum.get(c, 0), LEBAR_MIN_KOLOM, header_text_width(hh, c)))
