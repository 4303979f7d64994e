"""One result message after every save, PDF, export, backup and import.

A PDF written in silence leaves the operator guessing whether anything happened and where the
file went. ``tampilkan_hasil`` shows the same result everywhere: what was written, where, and
the buttons "Buka" and "Buka folder". In the main window the message goes to the status bar and
the buttons sit at its right end (nothing of the area is covered); in a dialog a small banner
floats over its bottom edge. Neither takes the focus or blocks other work; they close after a
while, with ×, or when the next result replaces them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nama import rapikan_titik

#: How long the banner stays when nobody touches it (it never holds anything up).
TAMPIL_MS = 20_000

#: Replaced in tests: how a file or folder is opened in the system's program.
OPEN_URL: Callable[[QUrl], object] = QDesktopServices.openUrl


class HasilBanner(QFrame):
    """The floating result strip of one window (one per window, reused)."""

    def __init__(self, host: QWidget, status_bar: QStatusBar | None = None) -> None:
        super().__init__(status_bar or host)
        self.setObjectName("hasilBanner")
        self.host = host
        self.compact = status_bar is not None
        self.path: Path | None = None
        self.pesan = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#hasilBanner { background: #e8f3ea; border: 1px solid #9cc9a5; border-radius: 6px; }"
            "#hasilBanner QLabel { background: transparent; }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(*((6, 0, 2, 0) if self.compact else (10, 8, 6, 8)))
        outer.setSpacing(8)
        icon = QLabel("✔")
        icon.setStyleSheet("color: #1e6b30; font-weight: bold;")
        outer.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.lbl_pesan = QLabel()
        self.lbl_pesan.setWordWrap(True)
        self.lbl_pesan.setTextFormat(Qt.TextFormat.PlainText)
        self.lbl_path = QLabel()
        self.lbl_path.setWordWrap(True)
        self.lbl_path.setTextFormat(Qt.TextFormat.PlainText)
        self.lbl_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_path.setStyleSheet("color: #33463a;")
        texts.addWidget(self.lbl_pesan)
        texts.addWidget(self.lbl_path)
        outer.addLayout(texts, 1)
        self.btn_buka = QPushButton(self.tr("Buka"))
        self.btn_folder = QPushButton(self.tr("Buka folder"))
        for b in (self.btn_buka, self.btn_folder):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            outer.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
        self.btn_tutup = QToolButton()
        self.btn_tutup.setText("×")
        self.btn_tutup.setToolTip(self.tr("Tutup pesan"))
        self.btn_tutup.setAutoRaise(True)
        outer.addWidget(self.btn_tutup, 0, Qt.AlignmentFlag.AlignTop)
        self.btn_buka.clicked.connect(self.buka)
        self.btn_folder.clicked.connect(self.buka_folder)
        self.btn_tutup.clicked.connect(self.hide)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        if status_bar is not None:
            status_bar.insertPermanentWidget(0, self)
        else:
            host.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------------ content
    def show_result(self, pesan: str, path: Path | None = None) -> None:
        self.pesan = rapikan_titik(pesan)
        self.path = Path(path) if path is not None else None
        is_dir = self.path is not None and self.path.is_dir()
        if self.compact:  # one line in the status bar: the message and the file's name (full path as tip)
            self.lbl_pesan.setText(self.pesan + (f" {self.path.name}" if self.path is not None else ""))
            self.lbl_pesan.setWordWrap(False)
            self.lbl_pesan.setToolTip(str(self.path) if self.path is not None else "")
            self.lbl_path.setText(str(self.path) if self.path is not None else "")
            self.lbl_path.setVisible(False)
        else:
            self.lbl_pesan.setText(self.pesan)
            if self.path is not None:
                self.lbl_path.setText(str(self.path))
                self.lbl_path.setToolTip(str(self.path))
            self.lbl_path.setVisible(self.path is not None)
        self.btn_buka.setVisible(self.path is not None and not is_dir)
        self.btn_folder.setVisible(self.path is not None)
        if not self.compact:
            self._place()
        self.show()
        self.raise_()
        self.timer.start(TAMPIL_MS)

    def folder(self) -> Path | None:
        if self.path is None:
            return None
        return self.path if self.path.is_dir() else self.path.parent

    def buka(self) -> None:
        if self.path is not None:
            OPEN_URL(QUrl.fromLocalFile(str(self.path)))

    def buka_folder(self) -> None:
        folder = self.folder()
        if folder is not None:
            OPEN_URL(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ placement
    def _place(self) -> None:
        """Bottom right of the window, above the status bar; never wider than the window."""
        host = self.host
        margin = 12
        bottom = host.height() - margin
        sb = getattr(host, "statusBar", None)
        if callable(sb) and sb().isVisible():
            bottom -= sb().height()
        width = min(560, max(240, host.width() - 2 * margin))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(max(margin, host.width() - width - margin), max(0, bottom - self.height()))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if obj is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def enterEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        self.timer.stop()  # reading it: stay
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        self.timer.start(TAMPIL_MS)
        super().leaveEvent(event)


def banner_of(widget: QWidget) -> HasilBanner:
    """The result banner of ``widget``'s window (created on first use): in the status bar of a
    main window, floating over a dialog."""
    host = widget.window()
    found = host.findChild(HasilBanner, "hasilBanner")
    if isinstance(found, HasilBanner):
        return found
    return HasilBanner(host, host.statusBar() if isinstance(host, QMainWindow) else None)


def tampilkan_hasil(widget: QWidget, pesan: str, path: Path | str | None = None, *,
                    status: str | None = None) -> HasilBanner:
    """Tell the operator what was written and where: the banner with "Buka"/"Buka folder", and
    ``status`` (default: the message and the path) in the status bar. For an import ``path`` is
    None: it went into the database."""
    win = widget.window()
    sb = getattr(win, "statusBar", None)
    if callable(sb):
        text = status if status is not None else pesan if path is None else f"{pesan} {path}"
        sb().showMessage(rapikan_titik(text), TAMPIL_MS)
    banner = banner_of(widget)
    banner.show_result(pesan, Path(path) if path is not None else None)
    return banner
