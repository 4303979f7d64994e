"""Panduan Pengguna: the help window opened with F1 and from Bantuan, and the guide as one PDF.

The guide is Markdown in ``resources/help/<lang>/<section>.md`` (one file per area, plus
"Memulai" and "Pertukaran Excel"); screenshots in ``resources/help/img/<lang>/`` are made by
``scripts/panduan_shots.py`` from the real window on the demo data. A heading may carry an
anchor, ``## Cascading {#skp-cascade}``: F1 opens the current area's section at the anchor of
the current tab (``<area>-<tab>``, see ``anchor_for``).

The PDF is rendered by Qt (QTextDocument → QPdfWriter) rather than reports/pdf_common: it is the
same Markdown renderer that shows the guide on screen, so what is printed for a sosialisasi is
what the operator reads in the window, without a second Markdown reader for ReportLab. Because
Qt renders it, it lives here in ui/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME, __version__
from asn_desktop.fileio import write_atomic
from asn_desktop.paths import resources_dir
from asn_desktop.ui.i18n import fmt, installed_catalogues

#: The guide's sections in reading order (file names without .md).
SECTIONS: tuple[str, ...] = (
    "memulai", "kinerja_saya", "pegawai", "skp", "penilaian", "rapat", "laporan", "karier", "layanan", "register",
    "sinkronisasi", "pertukaran", "pengaturan",
)

#: Widest image in the window and in the PDF (screenshots are 1366 px wide).
IMAGE_WIDTH = 640

_HEADING_ANCHOR = re.compile(r"^(#{1,6}\s+.*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def current_language() -> str:
    """"en" when the English catalogue is installed, otherwise "id" (the source language)."""
    return "en" if any("asn_desktop_en" in p for p in installed_catalogues()) else "id"


def help_dir(lang: str) -> Path:
    """The folder of the guide in ``lang``; Bahasa Indonesia when there is none."""
    d = resources_dir() / "help" / lang
    return d if d.is_dir() else resources_dir() / "help" / "id"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    markdown: str  # anchors stripped from the headings
    anchors: tuple[tuple[str, str], ...]  # (heading text, anchor) in order

    def text(self) -> str:
        return self.markdown.lower()


def read_section(lang: str, key: str) -> Section:
    """One section of the guide, its title (first heading) and heading anchors."""
    path = help_dir(lang) / f"{key}.md"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raw = f"# {key}\n"
    anchors: list[tuple[str, str]] = []

    def strip(m: re.Match[str]) -> str:
        heading = m.group(1)
        anchors.append((heading.lstrip("#").strip(), m.group(2)))
        return heading

    md = _HEADING_ANCHOR.sub(strip, raw)
    title = next((ln.lstrip("#").strip() for ln in md.splitlines() if ln.startswith("# ")), key)
    return Section(key, title, md, tuple(anchors))


def sections(lang: str) -> list[Section]:
    return [read_section(lang, k) for k in SECTIONS]


def referenced_images(lang: str) -> set[Path]:
    """Every image file the guide in ``lang`` shows (the screenshot script must produce them all)."""
    base = help_dir(lang)
    out: set[Path] = set()
    for s in sections(lang):
        for m in _IMAGE.finditer(s.markdown):
            out.add((base / m.group(1)).resolve())
    return out


class GuideDocument(QTextDocument):
    """The guide's document: screenshots load from the language folder. Printing works on a clone
    whose parent is this document and that asks it for resources, so the PDF shows them too
    (a bare clone has no base URL to resolve ``../img/...`` with)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setBaseUrl(QUrl.fromLocalFile(str(help_dir(lang)) + "/"))

    def loadResource(self, type: int, name: QUrl) -> object:  # noqa: A002, N802 - Qt override
        if type == QTextDocument.ResourceType.ImageResource.value:
            path = Path(name.toLocalFile()) if name.isLocalFile() else help_dir(self.lang) / name.path()
            img = QImage(str(path))
            if not img.isNull():
                return img
        return super().loadResource(type, name)


def _decorate(doc: QTextDocument, anchors: list[tuple[str, str]], *, page_breaks: bool = False) -> None:
    """Give headings their anchors (Qt's Markdown reader drops raw HTML) and shrink images to fit."""
    todo = list(anchors)
    first_h1 = True
    blk = doc.begin()
    while blk.isValid():
        level = blk.blockFormat().headingLevel()
        if level:
            text = blk.text().strip()
            if todo and todo[0][0] == text:
                name = todo.pop(0)[1]
                cur = QTextCursor(blk)
                cur.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                f = QTextCharFormat()
                f.setAnchor(True)
                f.setAnchorNames([name])
                cur.mergeCharFormat(f)
            if page_breaks and level == 1:
                if not first_h1:
                    bf = QTextBlockFormat()
                    bf.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(blk).mergeBlockFormat(bf)
                first_h1 = False
        it = blk.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.charFormat().isImageFormat():
                img = frag.charFormat().toImageFormat()
                if img.width() <= 0:
                    img.setWidth(IMAGE_WIDTH)
                    cur = QTextCursor(doc)
                    cur.setPosition(frag.position())
                    cur.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                    cur.setCharFormat(img)
            it += 1
        blk = blk.next()


def load_into(doc: QTextDocument, lang: str, section: Section) -> None:
    """Show one section in ``doc``: images resolve relative to the language folder."""
    doc.setBaseUrl(QUrl.fromLocalFile(str(help_dir(lang)) + "/"))
    doc.setMarkdown(section.markdown)
    _decorate(doc, list(section.anchors))


def whole_guide(lang: str) -> QTextDocument:
    """The whole guide as one document, each section on a new page (for the PDF)."""
    doc = GuideDocument(lang)
    parts = sections(lang)
    title = QCoreApplication.translate("Bantuan", "Panduan Pengguna")
    cover = f"# {title}\n\n**{APP_NAME}** {__version__}\n\n"
    cover += "\n".join(f"{i}. {s.title}" for i, s in enumerate(parts, 1)) + "\n\n"
    text = cover + "\n\n".join(s.markdown for s in parts)
    doc.setMarkdown(text)
    anchors = [a for s in parts for a in s.anchors]
    _decorate(doc, anchors, page_breaks=True)
    return doc


def write_guide_pdf(lang: str, dest: Path | str) -> Path:
    """Print the whole guide to ``dest`` (A4, page numbers at the foot). Safe in a worker thread:
    the document and the writer are created in the calling thread and images load as QImage."""

    def write(tmp: Path) -> None:
        doc = whole_guide(lang)
        writer = QPdfWriter(str(tmp))
        writer.setTitle(QCoreApplication.translate("Bantuan", "Panduan Pengguna") + f" — {APP_NAME}")
        writer.setCreator(APP_NAME)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        doc.print_(writer)

    return write_atomic(Path(dest), write, suffix=".pdf")


def anchor_for(page: QWidget | None) -> str | None:
    """The heading anchor of an area's current tab: ``<area>-<attribute>`` where the tab's widget is
    the attribute of the page (``skp-cascade``) or has a ``key`` (``pengaturan-cadangan``)."""
    if page is None:
        return None
    area = getattr(page, "key", "")
    tabs = getattr(page, "tabs", None)
    if not isinstance(tabs, QTabWidget) or tabs.currentWidget() is None:
        return None
    w = tabs.currentWidget()
    key = getattr(w, "key", None)
    if isinstance(key, str) and key:
        return f"{area}-{key}"
    for name, value in vars(page).items():
        if value is w and not name.startswith("_"):
            return f"{area}-{name}"
    return f"{area}-{tabs.currentIndex() + 1}"


class HelpWindow(QWidget):
    """Contents on the left with a search box, the guide on the right, Back/Forward on top."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.lang = lang or current_language()
        self.sections = {s.key: s for s in sections(self.lang)}
        self.current: str | None = None
        self._back: list[tuple[str, str | None]] = []
        self._forward: list[tuple[str, str | None]] = []
        self.setWindowTitle(fmt(self.tr("Panduan Pengguna — %1"), APP_NAME))
        self.resize(1100, 700)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari di panduan…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        self.contents = QListWidget()
        for s in self.sections.values():
            item = QListWidgetItem(s.title)
            item.setData(Qt.ItemDataRole.UserRole, s.key)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(lambda it: self.open(it.data(Qt.ItemDataRole.UserRole)))
        self.contents.itemClicked.connect(lambda it: self.open(it.data(Qt.ItemDataRole.UserRole)))
        self.lbl_found = QLabel()
        self.lbl_found.setWordWrap(True)
        self.lbl_found.setStyleSheet("color: #555;")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.lbl_found)
        ll.addWidget(self.contents, 1)

        self.btn_back = QToolButton()
        self.btn_back.setText(self.tr("◀ Kembali"))
        self.btn_back.setToolTip(self.tr("Kembali (Alt+Kiri)"))
        self.btn_back.clicked.connect(self.back)
        self.btn_forward = QToolButton()
        self.btn_forward.setText(self.tr("Maju ▶"))
        self.btn_forward.setToolTip(self.tr("Maju (Alt+Kanan)"))
        self.btn_forward.clicked.connect(self.forward)
        self.btn_pdf = QToolButton()
        self.btn_pdf.setText(self.tr("Simpan sebagai PDF…"))
        self.btn_pdf.clicked.connect(lambda: save_guide_pdf(self, self.lang))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Forward), self, self.forward)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        bar = QHBoxLayout()
        bar.addWidget(self.btn_back)
        bar.addWidget(self.btn_forward)
        bar.addStretch(1)
        bar.addWidget(self.btn_pdf)

        self.browser = QTextBrowser()
        self.browser.setDocument(GuideDocument(self.lang, self.browser))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.browser, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 840])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self._update_buttons()

    # ------------------------------------------------------------------ navigation
    def open(self, key: str, anchor: str | None = None, *, remember: bool = True) -> None:
        """Show section ``key`` (scrolled to ``anchor`` when given); Back returns to the previous place."""
        if key not in self.sections:
            key = SECTIONS[0]
        if remember and self.current is not None and (key, anchor) != self._here():
            self._back.append(self._here())
            self._forward.clear()
        if key != self.current:
            load_into(self.browser.document(), self.lang, self.sections[key])
            self.current = key
        self._anchor = anchor
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        for i in range(self.contents.count()):
            if self.contents.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(i)
                self.contents.blockSignals(False)
        self._update_buttons()

    def _here(self) -> tuple[str, str | None]:
        return (self.current or SECTIONS[0], getattr(self, "_anchor", None))

    def back(self) -> None:
        if self._back:
            self._forward.append(self._here())
            self.open(*self._back.pop(), remember=False)

    def forward(self) -> None:
        if self._forward:
            self._back.append(self._here())
            self.open(*self._forward.pop(), remember=False)

    def _update_buttons(self) -> None:
        self.btn_back.setEnabled(bool(self._back))
        self.btn_forward.setEnabled(bool(self._forward))

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        path = url.path()
        key = Path(path).stem if path else self.current or SECTIONS[0]
        self.open(key, url.fragment() or None)

    # ------------------------------------------------------------------ search
    def matching(self, text: str) -> list[str]:
        needle = text.strip().lower()
        return [k for k, s in self.sections.items() if not needle or needle in s.text()]

    def _filter(self, text: str) -> None:
        hits = set(self.matching(text))
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in hits)
        if not text.strip():
            self.lbl_found.clear()
        elif hits:
            self.lbl_found.setText(fmt(self.tr("Ditemukan di %1 bagian. Tekan Enter untuk mencari berikutnya."),
                                       str(len(hits))))
        else:
            self.lbl_found.setText(self.tr("Tidak ditemukan di panduan."))

    def find_next(self) -> bool:
        """Highlight the next occurrence: further in this section, then in the next section that has it."""
        text = self.search.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        hits = self.matching(text)
        if not hits:
            return False
        order = list(SECTIONS)
        start = order.index(self.current) if self.current in order else -1
        following = [k for k in order[start + 1:] + order[:start + 1] if k in hits]
        nxt = following[0]
        self.open(nxt)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(text)


def help_window(owner: QWidget) -> HelpWindow:
    """The one help window of ``owner`` (a main window), made on first use."""
    win = getattr(owner, "_help_window", None)
    lang = current_language()
    if not isinstance(win, HelpWindow) or win.lang != lang:
        win = HelpWindow(owner, lang)
        owner._help_window = win  # type: ignore[attr-defined]
    return win


def show_help(owner: QWidget, area: str | None = None, page: QWidget | None = None) -> HelpWindow:
    """F1: the section of ``area`` at the current tab; without an area the start of the guide."""
    win = help_window(owner)
    win.open(area or SECTIONS[0], anchor_for(page) if area else None)
    win.show()
    win.raise_()
    win.activateWindow()
    return win


def default_pdf_name(lang: str) -> str:
    return "Panduan Pengguna ASN Kinerja.pdf" if lang == "id" else "ASN Kinerja User Guide.pdf"


def save_guide_pdf(parent: QWidget, lang: str | None = None, path: str | None = None) -> QObject | None:
    """Bantuan › Simpan Panduan sebagai PDF…: ask where, write in the background, then the result message."""
    from asn_desktop.ui.errors import show_error
    from asn_desktop.ui.hasil import tampilkan_hasil
    from asn_desktop.ui.jobs import run_job

    lang = lang or current_language()
    if not path:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Bantuan", "Simpan Panduan sebagai PDF"),
                                              str(Path.home() / default_pdf_name(lang)),
                                              QCoreApplication.translate("Bantuan", "PDF (*.pdf)"))
        if not path:
            return None
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")

    def done(res: Path) -> None:
        tampilkan_hasil(parent, QCoreApplication.translate("Bantuan", "Panduan Pengguna disimpan sebagai PDF."), res)

    def failed(exc: BaseException, tb: str) -> None:
        show_error(parent, exc, tb)

    return run_job(parent, QCoreApplication.translate("Bantuan", "Menyimpan panduan sebagai PDF…"),
                   lambda p: write_guide_pdf(lang, out), done, failed, cancellable=False)
