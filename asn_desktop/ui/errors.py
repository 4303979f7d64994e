"""Friendly error dialogs: expected errors show their message; unexpected ones
show an apology with a copyable report and are logged. The app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from asn_desktop.db.session import DatabaseError
from asn_desktop.services.errors import ServiceError

log = logging.getLogger("asn_desktop")


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    tr = lambda s: QApplication.translate("errors", s)  # noqa: E731
    if isinstance(exc, (ServiceError, DatabaseError)):
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Tidak dapat dilanjutkan"), exc.message, parent=parent)
        details = getattr(exc, "details", None)
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()
        return
    tb = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Kesalahan tak terduga: %s\n%s", exc, tb)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Terjadi kesalahan"),
        tr(
            "Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman; "
            "perubahan yang sedang dikerjakan mungkin perlu diulang.\n\nSalin laporan di bawah "
            "(Tampilkan Detail) dan kirimkan kepada pengelola aplikasi."
        ),
        parent=parent,
    )
    box.setDetailedText(f"{type(exc).__name__}: {exc}\n\n{tb}")
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots end up in a dialog instead of killing the app."""

    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(etype, value, tb)
            return
        show_error(QApplication.activeWindow(), value, text)

    sys.excepthook = hook
