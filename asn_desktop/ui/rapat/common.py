"""Helpers shared by the meeting widgets: sortable tables, saving a PDF in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QTableView, QWidget

from asn_desktop.domain.nama import nama_berkas
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.penilaian.common import SORT_ROLE, Column, RowsModel
from asn_desktop.ui.tata_letak import fit_header_texts

#: tests set this to answer the save dialog: (parent, suggested name) -> path or ""
SAVE_PATH: Callable[[QWidget, str], str] | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("RapatPage", text)


def kehadiran_label(code: str | None) -> str:
    """The attendance code in the interface language ("" = not recorded)."""
    # each call with a literal context and text, so lupdate extracts them
    return {
        "hadir": QCoreApplication.translate("RapatPage", "Hadir"),
        "izin": QCoreApplication.translate("RapatPage", "Izin"),
        "sakit": QCoreApplication.translate("RapatPage", "Sakit"),
        "dinas_luar": QCoreApplication.translate("RapatPage", "Dinas luar"),
        "tanpa_keterangan": QCoreApplication.translate("RapatPage", "Tanpa keterangan"),
    }.get(code or "", "")


def status_tl_label(terbuka: bool) -> str:
    if terbuka:
        return QCoreApplication.translate("RapatPage", "Terbuka")
    return QCoreApplication.translate("RapatPage", "Selesai")


class SortableTable(QTableView):
    """A read-only, sortable, single-selection table over a :class:`RowsModel`."""

    def __init__(self, columns: Sequence[Column], widths: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model_)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for c, w in enumerate(widths):
            self.setColumnWidth(c, w)
        fit_header_texts(hh)

    def set_rows(self, rows: Sequence[Any], keep_id: int | None = None) -> None:
        self.model_.set_rows(rows)
        if not rows:
            return
        target = 0
        if keep_id is not None:
            for r in range(self.proxy.rowCount()):
                if getattr(self.row_at(r), "id", None) == keep_id:
                    target = r
                    break
        self.selectRow(target)

    def row_at(self, proxy_row: int) -> Any:
        src = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model_.row_at(src.row())

    def current(self) -> Any:
        idx = self.currentIndex()
        return self.row_at(idx.row()) if idx.isValid() else None


def ask_pdf_path(parent: QWidget, title: str, *parts: str) -> str:
    """Where to save a PDF (the test hook answers instead of the dialog)."""
    name = nama_berkas(*parts, ext="pdf") if parts else "dokumen.pdf"
    if SAVE_PATH is not None:
        return SAVE_PATH(parent, name)
    path, _f = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), _tr("PDF (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def save_pdf_in_background(parent: QWidget, title: str, path: str, write: Callable[[Path], Any],
                           done_message: str, on_done: Callable[[Path], None] | None = None) -> Any:
    """Write a PDF off the UI thread; the result banner names the file with "Buka"/"Buka folder"."""
    target = Path(path)

    def done(_res: Any) -> None:
        tampilkan_hasil(parent, done_message, target)
        if on_done:
            on_done(target)

    return run_job(parent, title, lambda _p: write(target), done, cancellable=False, modal=False)
