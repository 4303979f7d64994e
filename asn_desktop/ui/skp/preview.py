"""Print preview without a PDF engine: paints the content streams our reports write.

QtPdf is not part of the shipped PySide6 wheels and Windows has no ``pdftoppm``,
so the preview interprets the page content streams that ``reports.pdf_common``
records while building the PDF (``record_pages``). Only the operators our own
documents use are supported: paths and rectangles (``m l re S f f* n``), colours
(``rg RG g G``), line width, graphics state (``q Q cm gs``) and text
(``BT ET Tf TL Tm Td TD T* Tj ' TJ Tc Tw``) in the standard Helvetica family.
Each string is stretched to reportlab's own width for it, so line breaks and
columns look exactly as in the PDF even where the screen font differs.

The same painter draws on a ``QPrinter``: "Cetak…" prints directly, in A4 or F4.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from asn_desktop.reports.pdf_common import page_size

_TOKEN = re.compile(rb"\s*(?:(%[^\n]*)|(\()|(\[)|(\])|(/[^\s/\[\]()<>]+)|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z\*'\"]+))")
_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans", "Sans Serif"]


def _read_string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A PDF literal string starting after "(": escapes and nested parentheses."""
    out = bytearray()
    depth = 1
    n = len(data)
    while pos < n:
        ch = data[pos]
        if ch == 0x5C:  # backslash
            pos += 1
            c = data[pos:pos + 1]
            if c in b"01234567":
                m = re.match(rb"[0-7]{1,3}", data[pos:pos + 3])
                assert m is not None
                out.append(int(m.group(0), 8) & 0xFF)
                pos += len(m.group(0))
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(c, c)
            pos += 1
            continue
        if ch == 0x28:
            depth += 1
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), pos + 1
        out.append(ch)
        pos += 1
    return bytes(out), pos


def tokens(stream: str) -> Iterator[tuple[str, Any]]:
    """("num", float) / ("name", "/F1") / ("str", text) / ("arr", [...]) / ("op", "Tj") / ("comment", text)."""
    data = stream.encode("latin-1", "replace")
    pos, n = 0, len(data)
    stack: list[list[Any]] = []
    while pos < n:
        m = _TOKEN.match(data, pos)
        if m is None:
            pos += 1
            continue
        pos = m.end()
        comment, lpar, lbr, rbr, name, num, op = m.groups()
        item: tuple[str, Any] | None
        if comment is not None:
            item = ("comment", comment.decode("latin-1"))
        elif lpar is not None:
            raw, pos = _read_string(data, pos)
            item = ("str", raw.decode("cp1252", "replace"))
        elif lbr is not None:
            stack.append([])
            continue
        elif rbr is not None:
            arr = stack.pop() if stack else []
            item = ("arr", arr)
        elif name is not None:
            item = ("name", name.decode("latin-1"))
        elif num is not None:
            item = ("num", float(num))
        else:
            item = ("op", op.decode("latin-1"))
        if stack and item[0] != "op":
            stack[-1].append(item)
        else:
            yield item


@dataclass
class _Gs:
    ctm: QTransform = field(default_factory=QTransform)
    fill: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    stroke: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    width: float = 1.0
    alpha: float = 1.0

    def copy(self) -> "_Gs":
        return _Gs(QTransform(self.ctm), QColor(self.fill), QColor(self.stroke), self.width, self.alpha)


_font_cache: dict[tuple[str, float, int], QFont] = {}


def _qfont(ps_name: str, size: float, dpi: int) -> QFont:
    """A screen font of ``size`` PDF units in a painter whose unit is one PDF point."""
    key = (ps_name, size, dpi)
    f = _font_cache.get(key)
    if f is None:
        f = QFont()
        f.setFamilies(_FAMILIES)
        f.setPointSizeF(max(size * 72.0 / max(dpi, 1), 0.5))
        f.setBold("Bold" in ps_name)
        f.setItalic("Oblique" in ps_name or "Italic" in ps_name)
        f.setStyleHint(QFont.StyleHint.SansSerif)
        _font_cache[key] = f
    return f


def paint_page(painter: QPainter, stream: str, page_height: float) -> None:
    """Paint one page (PDF user space, y up) with the painter's current transform."""
    fonts: dict[str, str] = {}
    alphas: dict[str, float] = {}
    base = QTransform(1, 0, 0, -1, 0, page_height)  # PDF → top-left origin
    gs = _Gs()
    stack: list[_Gs] = []
    path = QPainterPath()
    ops: list[tuple[str, Any]] = []
    # text state
    font_ref, font_size, leading, char_sp, word_sp = "/F1", 10.0, 12.0, 0.0, 0.0
    tm = QTransform()
    tlm = QTransform()
    painter.save()
    outer = painter.transform()
    dpi = painter.device().logicalDpiY() if painter.device() is not None else 96

    def device(t: QTransform) -> QTransform:
        return t * gs.ctm * base * outer

    def show(text: str) -> None:
        nonlocal tm
        if not text:
            return
        ps = fonts.get(font_ref, "Helvetica")
        try:
            width = stringWidth(text, ps, font_size)
        except Exception:  # noqa: BLE001 - unknown font name in a foreign stream
            width = stringWidth(text, "Helvetica", font_size)
        extra = char_sp * len(text) + word_sp * text.count(" ")
        qf = _qfont(ps, font_size, dpi)
        fm = QFontMetricsF(qf)
        qt_w = fm.horizontalAdvance(text) or 1.0
        painter.setTransform(QTransform(1, 0, 0, -1, 0, 0) * device(tm))  # text upright
        painter.scale((width + extra) / qt_w, 1.0)
        painter.setFont(qf)
        c = QColor(gs.fill)
        c.setAlphaF(gs.alpha)
        painter.setPen(c)
        painter.drawText(QPointF(0, 0), text)
        tm = QTransform.fromTranslate(width + extra, 0) * tm

    def paint_path(fill: bool, stroke: bool, even_odd: bool = False) -> None:
        nonlocal path
        painter.setTransform(device(QTransform()))
        if fill:
            path.setFillRule(Qt.FillRule.OddEvenFill if even_odd else Qt.FillRule.WindingFill)
            c = QColor(gs.fill)
            c.setAlphaF(gs.alpha)
            painter.fillPath(path, c)
        if stroke:
            pen = QPen(gs.stroke, max(gs.width, 0.1))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.strokePath(path, pen)
        path = QPainterPath()

    for kind, val in tokens(stream):
        if kind == "comment":
            if val.startswith("%fonts "):
                fonts = dict(x.split("=", 1) for x in val[7:].split() if "=" in x)
                fonts = {v: k for k, v in fonts.items()}
            elif val.startswith("%alpha "):
                alphas = {k: float(v) for k, v in (x.split("=", 1) for x in val[7:].split() if "=" in x)}
            continue
        if kind != "op":
            ops.append((kind, val))
            continue
        nums = [v for k, v in ops if k == "num"]
        try:
            if val == "q":
                stack.append(gs.copy())
            elif val == "Q":
                gs = stack.pop() if stack else _Gs()
            elif val == "cm" and len(nums) >= 6:
                a, b, c, d, e, f = nums[-6:]
                gs.ctm = QTransform(a, b, c, d, e, f) * gs.ctm
            elif val == "w" and nums:
                gs.width = nums[-1]
            elif val == "rg" and len(nums) >= 3:
                gs.fill = QColor.fromRgbF(*[min(1.0, max(0.0, x)) for x in nums[-3:]])
            elif val == "RG" and len(nums) >= 3:
                gs.stroke = QColor.fromRgbF(*[min(1.0, max(0.0, x)) for x in nums[-3:]])
            elif val == "g" and nums:
                gs.fill = QColor.fromRgbF(nums[-1], nums[-1], nums[-1])
            elif val == "G" and nums:
                gs.stroke = QColor.fromRgbF(nums[-1], nums[-1], nums[-1])
            elif val == "gs":
                names = [v for k, v in ops if k == "name"]
                if names and names[-1] in alphas:
                    gs.alpha = alphas[names[-1]]
            elif val == "m" and len(nums) >= 2:
                path.moveTo(nums[-2], nums[-1])
            elif val == "l" and len(nums) >= 2:
                path.lineTo(nums[-2], nums[-1])
            elif val == "c" and len(nums) >= 6:
                path.cubicTo(*nums[-6:])
            elif val == "re" and len(nums) >= 4:
                x, y, w, h = nums[-4:]
                path.addRect(QRectF(x, y, w, h).normalized())
            elif val == "h":
                path.closeSubpath()
            elif val == "S":
                paint_path(False, True)
            elif val in ("f", "F"):
                paint_path(True, False)
            elif val == "f*":
                paint_path(True, False, True)
            elif val in ("B", "b"):
                paint_path(True, True)
            elif val in ("B*", "b*"):
                paint_path(True, True, True)
            elif val == "n":
                path = QPainterPath()
            elif val == "BT":
                tm, tlm = QTransform(), QTransform()
            elif val == "Tf":
                names = [v for k, v in ops if k == "name"]
                if names:
                    font_ref = names[-1]
                if nums:
                    font_size = nums[-1]
            elif val == "TL" and nums:
                leading = nums[-1]
            elif val == "Tc" and nums:
                char_sp = nums[-1]
            elif val == "Tw" and nums:
                word_sp = nums[-1]
            elif val == "Tm" and len(nums) >= 6:
                tlm = QTransform(*nums[-6:])
                tm = QTransform(tlm)
            elif val in ("Td", "TD") and len(nums) >= 2:
                if val == "TD":
                    leading = -nums[-1]
                tlm = QTransform.fromTranslate(nums[-2], nums[-1]) * tlm
                tm = QTransform(tlm)
            elif val == "T*":
                tlm = QTransform.fromTranslate(0, -leading) * tlm
                tm = QTransform(tlm)
            elif val == "Tj":
                strs = [v for k, v in ops if k == "str"]
                if strs:
                    show(strs[-1])
            elif val == "'":
                tlm = QTransform.fromTranslate(0, -leading) * tlm
                tm = QTransform(tlm)
                strs = [v for k, v in ops if k == "str"]
                if strs:
                    show(strs[-1])
            elif val == "TJ":
                arrs = [v for k, v in ops if k == "arr"]
                for k2, v2 in (arrs[-1] if arrs else []):
                    if k2 == "str":
                        show(v2)
                    elif k2 == "num":
                        tm = QTransform.fromTranslate(-v2 / 1000.0 * font_size, 0) * tm
        except (IndexError, ValueError, TypeError):
            pass  # a malformed operator is skipped, never fatal in a preview
        ops = []
    painter.restore()


class PageView(QWidget):
    """One page on screen: white sheet with a shadow, painted at the widget's width."""

    def __init__(self, stream: str, size_pt: tuple[float, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stream = stream
        self.w_pt, self.h_pt = size_pt
        self.zoom = 1.0
        self.apply_zoom(1.0)

    def apply_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        px = 96 / 72 * zoom
        self.setFixedSize(int(self.w_pt * px) + 6, int(self.h_pt * px) + 6)
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width() - 6, self.height() - 6
        p.fillRect(QRectF(4, 4, w, h), QColor(0, 0, 0, 60))
        p.fillRect(QRectF(0, 0, w, h), Qt.GlobalColor.white)
        s = w / self.w_pt
        p.scale(s, s)
        paint_page(p, self.stream, self.h_pt)
        p.end()


def print_pages(printer: Any, streams: list[str], size_pt: tuple[float, float]) -> None:
    """Paint the pages on a QPrinter (already configured), one sheet each."""
    p = QPainter()
    if not p.begin(printer):
        raise OSError("Printer tidak dapat dibuka.")
    try:
        for i, stream in enumerate(streams):
            if i:
                printer.newPage()
            rect = printer.pageRect(printer.Unit.DevicePixel)
            s = min(rect.width() / size_pt[0], rect.height() / size_pt[1])
            p.save()
            p.scale(s, s)
            paint_page(p, stream, size_pt[1])
            p.restore()
    finally:
        p.end()


class PdfPreviewDialog(QDialog):
    """All pages under each other, zoomable; Cetak… prints, Simpan PDF… saves."""

    save_requested = Signal()

    def __init__(self, streams: list[str], ukuran: str, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.streams = streams
        self.ukuran = ukuran
        self.size_pt = page_size(ukuran)
        self.setWindowTitle(self.tr("Pratinjau cetak — %1").replace("%1", judul))
        self.resize(980, 820)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.btn_out = QPushButton(self.tr("−"))
        self.btn_out.setToolTip(self.tr("Perkecil (Ctrl+-)"))
        self.btn_in = QPushButton(self.tr("+"))
        self.btn_in.setToolTip(self.tr("Perbesar (Ctrl++)"))
        self.btn_fit = QPushButton(self.tr("Lebar halaman"))
        for b in (self.btn_out, self.btn_in):
            b.setFixedWidth(36)
        self.lbl_zoom = QLabel()
        self.lbl_info = QLabel(self.tr("%1 halaman · %2").replace("%1", str(len(streams))).replace("%2", ukuran))
        self.btn_print = QPushButton(self.tr("&Cetak…"))
        self.btn_print.setDefault(True)
        self.btn_save = QPushButton(self.tr("&Simpan PDF…"))
        self.btn_close = QPushButton(self.tr("Tutup"))
        for w in (self.btn_out, self.btn_in, self.btn_fit, self.lbl_zoom):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.lbl_info)
        bar.addStretch(1)
        for w in (self.btn_print, self.btn_save, self.btn_close):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #6B7280; }")
        inner = QWidget()
        inner.setStyleSheet("background: #6B7280;")
        il = QVBoxLayout(inner)
        il.setSpacing(14)
        il.setContentsMargins(14, 14, 14, 14)
        self.pages = [PageView(s, self.size_pt) for s in streams]
        for pv in self.pages:
            il.addWidget(pv, 0, Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(inner)
        self.inner = inner
        lay.addWidget(self.scroll, 1)
        self.btn_out.clicked.connect(lambda: self.set_zoom(self.zoom / 1.2))
        self.btn_in.clicked.connect(lambda: self.set_zoom(self.zoom * 1.2))
        self.btn_fit.clicked.connect(self.fit_width)
        self.btn_print.clicked.connect(self.print_)
        self.btn_save.clicked.connect(lambda: self.save_requested.emit())
        self.btn_close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.set_zoom(self.zoom * 1.2))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.set_zoom(self.zoom / 1.2))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_)
        self.zoom = 1.0
        self.set_zoom(1.0)

    def set_zoom(self, z: float) -> None:
        self.zoom = max(0.3, min(4.0, z))
        for pv in self.pages:
            pv.apply_zoom(self.zoom)
        self.inner.adjustSize()
        self.lbl_zoom.setText(f"{round(self.zoom * 100)} %")

    def fit_width(self) -> None:
        avail = self.scroll.viewport().width() - 40
        self.set_zoom(avail / (self.size_pt[0] * 96 / 72))

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        w_mm, h_mm = self.size_pt[0] / 72 * 25.4, self.size_pt[1] / 72 * 25.4
        ps = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, self.ukuran)
        printer.setPageLayout(QPageLayout(ps, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Cetak SKP"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        print_pages(printer, self.streams, self.size_pt)
