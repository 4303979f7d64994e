"""Small helpers the Pengaturan tabs share."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QProcess,
)
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.ui.errors import error_text


LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]


def _size(n: int) -> str:
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} KB"


def _dt(value: datetime | None) -> str:
    return f"{value:%d-%m-%Y %H:%M}" if value else "—"


def _status(widget: QWidget, message: str) -> None:
    win = widget.window()
    bar = getattr(win, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, 8000)


def _message_of(exc: ServiceError) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        return error_text(exc) + "\n" + "\n".join("• " + error_text(p) for p in exc.problems)
    return error_text(exc)


def restart_application(window: QWidget) -> None:
    """After a restore: start a fresh process on the restored database and close this one."""
    from asn_desktop.ui.login import release_instance_lock

    release_instance_lock()
    setattr(window, "skip_exit_backup", True)
    args = list(getattr(sys, "orig_argv", sys.argv))[1:]
    QProcess.startDetached(sys.executable, args)
    QApplication.quit()


#: Replaced in tests (a test must not start a new application process).
RESTART: Callable[[QWidget], None] = restart_application
