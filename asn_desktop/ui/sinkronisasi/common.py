"""Shared pieces of the 'Sinkronisasi Excel' area: file dialogs with sensible
filters, small widgets (background work with a wait: ``ui/jobs.run_and_wait``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from asn_desktop.domain.nama import nama_berkas_dari
from asn_desktop.options import FOLDER_SINKRONISASI
from asn_desktop.ui import preferences
from asn_desktop.ui.jobs import JobOutcome, run_and_wait  # noqa: F401 - the area's dialogs import them from here


def tr(text: str) -> str:
    return QCoreApplication.translate("Sinkronisasi", text)


EXCEL_FILTER = "Buku kerja Excel (*.xlsx *.xlsm *.xls *.ods);;Tabel teks (*.csv *.txt *.htm *.html);;Semua berkas (*)"
XLSX_FILTER = "Buku kerja Excel (*.xlsx)"
JSON_FILTER = "Laporan JSON (*.json)"


def _last_dir() -> str:
    return preferences.read(FOLDER_SINKRONISASI)


def _remember(path: str) -> None:
    if path:
        preferences.write(FOLDER_SINKRONISASI, str(Path(path).parent))


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
    suggested = nama_berkas_dari(suggested)  # a period or office name never yields a name Windows refuses
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
