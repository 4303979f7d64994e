"""Small shared pieces of the SKP area: status colours, safe service calls, feedback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from asn_desktop.domain.enums import StatusSkp
from asn_desktop.domain.nama import rapikan_titik
from asn_desktop.domain.progress import Cancelled
from asn_desktop.services.errors import ConflictError, ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.labels import label

T = TypeVar("T")

#: background / text colours per SKP status (overview "belum" = no SKP yet)
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "belum": ("#F3F4F6", "#6B7280"),
    "draft": ("#FEF3C7", "#92400E"),
    "diajukan": ("#DBEAFE", "#1E40AF"),
    "dikembalikan": ("#FEE2E2", "#991B1B"),
    "disetujui": ("#DCFCE7", "#166534"),
    "diganti": ("#E5E7EB", "#374151"),
}


def tr(text: str) -> str:
    """Translate a string of the SKP area outside a QObject."""
    return QCoreApplication.translate("Skp", text)


def status_label(status: str) -> str:
    """An SKP status code in the interface language ("belum" = the overview's "no SKP yet")."""
    if status == "belum":
        return tr("Belum ada SKP")
    try:
        return label(StatusSkp(status))
    except ValueError:
        return status


def status_brushes(status: str) -> tuple[QBrush, QBrush]:
    bg, fg = STATUS_COLORS.get(status, ("#FFFFFF", "#111827"))
    return QBrush(QColor(bg)), QBrush(QColor(fg))


def status_badge_html(status: str) -> str:
    bg, fg = STATUS_COLORS.get(status, ("#FFFFFF", "#111827"))
    return (f"<span style='background:{bg}; color:{fg}; font-weight:600;'>&nbsp;{status_label(status)}&nbsp;"
            "</span>")


def make_badge(status: str) -> QLabel:
    lbl = QLabel()
    set_badge(lbl, status)
    return lbl


def set_badge(lbl: QLabel, status: str) -> None:
    bg, fg = STATUS_COLORS.get(status, ("#FFFFFF", "#111827"))
    lbl.setText(status_label(status))
    lbl.setStyleSheet(f"QLabel {{ background:{bg}; color:{fg}; border-radius:9px; padding:2px 10px;"
                      " font-weight:600; }")
    lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)


def call(parent: QWidget | None, fn: Callable[..., T], *args: Any,
         on_conflict: Callable[[ConflictError], None] | None = None, **kwargs: Any) -> T | None:
    """Run a service call; expected errors become a dialog and ``None`` (the caller stays put).
    ``on_conflict`` takes over an optimistic-lock conflict (the editor reloads)."""
    try:
        return fn(*args, **kwargs)
    except ConflictError as exc:
        if on_conflict is None:
            show_error(parent, exc)
        else:
            on_conflict(exc)
        return None
    except (ServiceError, Cancelled) as exc:
        if isinstance(exc, Cancelled):
            return None
        show_error(parent, exc)
        return None


def notify(widget: QWidget, message: str) -> None:
    """Status-bar feedback after an action (the other areas hear of the change from the
    service's unit of work, services/changes.py)."""
    win = widget.window()
    sb = getattr(win, "statusBar", None)
    if callable(sb):
        sb().showMessage(rapikan_titik(message), 6000)


def confirm(parent: QWidget, title: str, text: str, ok_text: str, *, danger: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if danger else ok)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def parse_number(text: str) -> float | None:
    """Indonesian input: "12", "12,5", "1.500", "1.500,25"; "" → None; anything else → ValueError."""
    s = (text or "").strip().replace(" ", "")
    if not s:
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif s.count(".") >= 1:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and parts[0].lstrip("-").isdigit()):
            s = s.replace(".", "")  # thousands separators
    value = float(s)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def format_number(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4f}".rstrip("0").rstrip(".").replace(".", ",")


class WrapDelegate(QStyledItemDelegate):
    """Wraps long texts in tree/table cells instead of eliding them, so an RHK is
    readable in full. The row height follows the column width (see ``install_wrap``)."""

    def __init__(self, view: QAbstractItemView, columns: set[int]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns

    def _width(self, index: QModelIndex) -> int:
        header = getattr(self.view, "header", None) or getattr(self.view, "horizontalHeader")
        w = header().sectionSize(index.column())
        if index.column() == 0 and hasattr(self.view, "indentation"):
            depth, p = 0, index.parent()
            while p.isValid():
                depth += 1
                p = p.parent()
            w -= self.view.indentation() * (depth + 1)
        return max(w - 12, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        if index.column() not in self.columns:
            return base
        text = str(index.data() or "")
        if not text:
            return base
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        fm = QFontMetrics(font)
        rect = fm.boundingRect(QRect(0, 0, self._width(index), 10_000),
                               int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() in self.columns:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone


def install_wrap(view: QAbstractItemView, columns: set[int]) -> WrapDelegate:
    """Wrap ``columns`` of a tree/table view and re-lay rows out when a column is resized."""
    delegate = WrapDelegate(view, columns)
    view.setItemDelegate(delegate)
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    timer = QTimer(view, singleShot=True, interval=60)
    timer.timeout.connect(view.doItemsLayout)
    header.sectionResized.connect(lambda *_a: timer.start())
    return delegate




def wrap_to_width(text: str, fm: QFontMetrics, width: int) -> str:
    """Break each line of ``text`` at spaces so that it fits ``width`` pixels: a header cannot
    wrap by itself and would otherwise be cut ("Kepala Seksi Ketenteraman dan Ketert")."""
    out: list[str] = []
    for line in text.split("\n"):
        cur = ""
        for word in line.split(" "):
            trial = f"{cur} {word}" if cur else word
            if cur and fm.horizontalAdvance(trial) > width:
                out.append(cur)
                cur = word
            else:
                cur = trial
        out.append(cur)
    return "\n".join(out)


def fit_placeholder(edit: QLineEdit, extra: int = 44) -> None:
    """A search field at least as wide as its placeholder (plus the clear button), so the hint
    is never cut mid-word when the toolbar is crowded."""
    edit.setMinimumWidth(min(edit.maximumWidth(), edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + extra))
