"""Print preview that shows the PDF itself, rendered by PDFium (pypdfium2).

QtPdf is not part of the shipped PySide6 wheels and Windows has no ``pdftoppm``;
pypdfium2 ships PDFium for Windows and Linux. Rendering the very bytes that
"Simpan PDF…" writes means the preview can never disagree with the file.

The same rendering feeds a ``QPrinter``: "Cetak…" prints directly, in A4 or F4.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from asn_desktop.ui.i18n import fmt


def render_page(page: pdfium.PdfPage, scale: float) -> QImage:
    """One page as a QImage at ``scale`` pixels per PDF point (white background, no alpha)."""
    bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
    # PDFium's BGRx byte order is QImage's native 0xffRRGGBB on little-endian machines (x86, ARM)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
    return image.copy()  # detach from PDFium's buffer, which is freed with the bitmap


class PageView(QWidget):
    """One page on screen: white sheet with a shadow, rendered at the widget's size when first painted."""

    def __init__(self, page: pdfium.PdfPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.w_pt, self.h_pt = page.get_size()
        self.zoom = 1.0
        self._image: QImage | None = None
        self.apply_zoom(1.0)

    def apply_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        px = 96 / 72 * zoom
        self.setFixedSize(int(self.w_pt * px) + 6, int(self.h_pt * px) + 6)
        self._image = None
        self.update()

    def image(self) -> QImage:
        """The page at the current size and the screen's pixel ratio (rendered once per zoom)."""
        ratio = self.devicePixelRatioF()
        if self._image is None:
            self._image = render_page(self.page, (self.width() - 6) / self.w_pt * ratio)
            self._image.setDevicePixelRatio(ratio)
        return self._image

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        p = QPainter(self)
        w, h = self.width() - 6, self.height() - 6
        p.fillRect(QRectF(4, 4, w, h), QColor(0, 0, 0, 60))
        p.fillRect(QRectF(0, 0, w, h), Qt.GlobalColor.white)
        p.drawImage(QRectF(0, 0, w, h), self.image())
        p.end()


def print_pages(printer: Any, document: pdfium.PdfDocument) -> None:
    """Print every page on a QPrinter (already configured), one sheet each, at the printer's resolution."""
    p = QPainter()
    if not p.begin(printer):
        raise OSError("Printer tidak dapat dibuka.")
    try:
        for i in range(len(document)):
            if i:
                printer.newPage()
            page = document[i]
            w_pt, h_pt = page.get_size()
            rect = printer.pageRect(printer.Unit.DevicePixel)
            s = min(rect.width() / w_pt, rect.height() / h_pt)
            p.drawImage(QRectF(0, 0, w_pt * s, h_pt * s), render_page(page, s))
    finally:
        p.end()


class PdfPreviewDialog(QDialog):
    """All pages under each other, zoomable; Cetak… prints, Simpan PDF… saves."""

    save_requested = Signal()

    def __init__(self, pdf: bytes, ukuran: str, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = pdfium.PdfDocument(pdf)
        self.ukuran = ukuran
        self.size_pt = self.document[0].get_size() if len(self.document) else (595.0, 842.0)
        self.setWindowTitle(fmt(self.tr("Pratinjau cetak — %1"), judul))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(820, screen.height() - 60))  # fits a 1366x768 screen
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
        self.lbl_info = QLabel(fmt(self.tr("%1 halaman · %2"), str(len(self.document)), ukuran))
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
        self.pages = [PageView(self.document[i]) for i in range(len(self.document))]
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
        self._fitted = False
        self.set_zoom(1.0)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Open at page width: the whole width of the table is what people check first."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def done(self, result: int) -> None:
        """Free PDFium's pages and document with the dialog (they hold native memory)."""
        super().done(result)
        for view in self.pages:
            view.page.close()
        self.document.close()

    def set_zoom(self, z: float) -> None:
        self.zoom = max(0.3, min(4.0, z))
        for pv in self.pages:
            pv.apply_zoom(self.zoom)
        self.inner.adjustSize()
        self.lbl_zoom.setText(f"{round(self.zoom * 100)} %")

    def fit_width(self) -> None:
        # the vertical scroll bar may appear only after zooming: leave room for it
        avail = self.scroll.viewport().width() - self.scroll.verticalScrollBar().sizeHint().width() - 40
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
        print_pages(printer, self.document)
