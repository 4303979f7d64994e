"""Layout helpers shared by the areas: columns whose header text is never cut off.

Column widths are set in pixels for the Indonesian captions; the English ones are often longer
("Achievement" in a 60 px column showed as "Achievemen"). After the widths are set, every
section is widened to its header text in the language in use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle


def header_text_width(hh: QHeaderView, section: int) -> int:
    """Pixels the caption of ``section`` needs (longest line, plus the header's margins)."""
    model = hh.model()
    if model is None:
        return 0
    text = str(model.headerData(section, hh.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return 0
    margin = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, hh)
    return max(hh.fontMetrics().horizontalAdvance(line) for line in text.split("\n")) + 2 * margin + 4


def fit_header_texts(hh: QHeaderView) -> None:
    """Widen each visible, resizable section that is narrower than its caption."""
    for i in range(hh.count()):
        if hh.isSectionHidden(i) or hh.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
            continue
        need = header_text_width(hh, i)
        if need > hh.sectionSize(i):
            hh.resizeSection(i, need)
