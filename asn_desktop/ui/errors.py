"""Friendly error dialogs: expected errors show their message; unexpected ones
show an apology with a copyable report and are logged. The app keeps running."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from asn_desktop.db.peek import DatabaseError
from asn_desktop.domain.nama import rapikan_titik
from asn_desktop.fileio import FileWriteError
from asn_desktop.services.errors import ServiceError, SesiBerakhir
from asn_desktop.ui.i18n import teks

log = logging.getLogger("asn_desktop")


def error_text(exc: object) -> str:
    """The text of an expected error (or of one field problem of a ValidationError) for a label or
    a dialog, in the installed language: a service message (``pesan``, domain/messages) is
    translated; other errors show their Indonesian text."""
    pesan = getattr(exc, "pesan", None)
    if pesan is not None:
        return rapikan_titik(teks(pesan))
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    tr = lambda s: QApplication.translate("errors", s)  # noqa: E731
    if isinstance(exc, SesiBerakhir) and _back_to_login(parent, error_text(exc)):
        return
    if isinstance(exc, (ServiceError, DatabaseError, FileWriteError)):  # a file open in Excel is no crash
        text = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Tidak dapat dilanjutkan"), text, parent=parent)
        details = getattr(exc, "details", None)
        problems = getattr(exc, "problems", None)
        if problems:  # the field problems in the installed language
            details = [f"{p.field}: {error_text(p)}" for p in problems]
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()
        return
    from asn_desktop.ui.crash import show_crash  # report dialog + rotating log

    show_crash(parent, exc, tb)


def _back_to_login(parent: QWidget | None, message: str) -> bool:
    """The account was deactivated or changed since login: the main window covers itself
    with the login (ui/lock.py) instead of showing one more dialog. False: no window to do it."""
    w = parent
    while w is not None:
        if hasattr(w, "session_ended"):
            break
        w = w.parentWidget()
    if w is None:
        w = next((x for x in QApplication.topLevelWidgets() if hasattr(x, "session_ended") and x.isVisible()), None)
    if w is None:
        return False
    w.session_ended(message)  # type: ignore[attr-defined]
    return True


def install_excepthook() -> None:
    """Unexpected exceptions in slots and worker threads end up in a dialog instead of killing the app."""
    from asn_desktop.ui.crash import install_crash_handler

    install_crash_handler()
