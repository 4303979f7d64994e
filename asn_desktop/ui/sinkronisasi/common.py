"""Shared pieces of the 'Sinkronisasi Excel' area: background work with a local
event loop, file dialogs with sensible filters, small widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from asn_desktop.domain.progress import Progress
from asn_desktop.ui.jobs import run_job


def tr(text: str) -> str:
    return QCoreApplication.translate("Sinkronisasi", text)


@dataclass
class JobOutcome:
    """What a background job ended with: a result, an error, or a cancel."""

    result: Any = None
    error: BaseException | None = None
    traceback: str = ""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


def run_and_wait(parent: QWidget | None, title: str, fn: Callable[[Progress], Any]) -> JobOutcome:
    """Run ``fn`` off the UI thread (progress dialog with Batal) and wait for it
    while the event loop keeps the window alive; for wizard steps that need the result."""
    loop = QEventLoop()
    out = JobOutcome()

    def done(res: Any) -> None:
        out.result = res
        loop.quit()

    def failed(exc: BaseException, tb: str) -> None:
        out.error, out.traceback = exc, tb
        loop.quit()

    def cancelled() -> None:
        out.cancelled = True
        loop.quit()

    job = run_job(parent, title, fn, done, failed)
    job.signals.cancelled.connect(cancelled)
    loop.exec()
    return out


EXCEL_FILTER = "Buku kerja Excel (*.xlsx *.xlsm *.xls *.ods);;Tabel teks (*.csv *.txt *.htm *.html);;Semua berkas (*)"
XLSX_FILTER = "Buku kerja Excel (*.xlsx)"
JSON_FILTER = "Laporan JSON (*.json)"


def _last_dir() -> str:
    return str(QSettings().value("sinkronisasi/folder", str(Path.home())))


def _remember(path: str) -> None:
    if path:
        QSettings().setValue("sinkronisasi/folder", str(Path(path).parent))


def ask_open(parent: QWidget, title: str, multiple: bool = False) -> list[Path]:
    if multiple:
        files, _ = QFileDialog.getOpenFileNames(parent, title, _last_dir(), tr(EXCEL_FILTER))
    else:
        one, _ = QFileDialog.getOpenFileName(parent, title, _last_dir(), tr(EXCEL_FILTER))
        files = [one] if one else []
    if files:
        _remember(files[0])
    return [Path(f) for f in files]


def ask_save(parent: QWidget, title: str, suggested: str, file_filter: str = XLSX_FILTER) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_last_dir()) / suggested), tr(file_filter))
    if not path:
        return None
    _remember(path)
    suffix = ".json" if "json" in file_filter else ".xlsx"
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


class Card(QFrame):
    """A framed block with a title, a short explanation and its controls."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kartu")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#kartu { background: palette(base); border: 1px solid #c9d1da; border-radius: 6px; }"
        )
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        head = QLabel(f"<b style='font-size:11pt'>{title}</b>")
        head.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(head)
        info = QLabel(text)
        info.setWordWrap(True)
        info.setStyleSheet("color: #4a5560;")
        info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(info)
        self.body.addStretch(1)  # the card's controls sit at its bottom edge, titles line up


def status_chip(text: str, color: str) -> QLabel:
    lab = QLabel(text)
    lab.setStyleSheet(
        f"QLabel {{ background: {color}; border-radius: 9px; padding: 3px 10px; font-weight: 600; }}"
    )
    return lab


STATUS_COLORS = {
    "baru": "#d9f0d6",
    "berubah": "#fff1b8",
    "tetap": "#eceff1",
    "ditolak": "#f8d0cd",
    "duplikat": "#dfe8f5",
}
