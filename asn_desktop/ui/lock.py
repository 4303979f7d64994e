"""The lock screen of the main window: Kunci, Ganti pengguna, idle lock and the login
after an account was changed by an admin (a shared office PC).

The screen covers the window's areas (and hides any open dialog) without
destroying them, so unlocking as the same user returns to exactly what was on
screen. Unlocking asks that user's password (``services.akun.login``: failures
count towards the account lockout and are audited like any login); "Ganti
pengguna" accepts any account and the window then rebuilds its areas for it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME
from asn_desktop.domain.sandi import MAX_PASSWORD
from asn_desktop.services.actor import Actor
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.labels import label
from asn_desktop.ui.i18n import fmt

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext


class LockScreen(QWidget):
    """Username/password over the hidden areas. Modes: ``KUNCI`` (only the same user may
    unlock) and ``GANTI`` (any account: switch user, or log in again after a revocation)."""

    KUNCI, GANTI = "kunci", "ganti"

    #: a login succeeded: the actor to continue as
    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layarKunci")
        self.mode = self.KUNCI
        self.ctx: AppContext | None = None
        self.locked_user: Actor | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("kartuKunci")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMinimumWidth(420)
        self.card.setMaximumWidth(520)
        self.card.setStyleSheet("QFrame#kartuKunci { background: palette(base); border: 1px solid #bbb; "
                                "border-radius: 8px; }")
        lay = QVBoxLayout(self.card)
        lay.setContentsMargins(24, 20, 24, 20)
        self.lbl_title = QLabel()
        lay.addWidget(self.lbl_title)
        self.lbl_info = QLabel()
        self.lbl_info.setWordWrap(True)
        lay.addWidget(self.lbl_info)
        form = QFormLayout()
        self.ed_user = QLineEdit()
        self.ed_user.setMaxLength(50)
        self.ed_pw = QLineEdit()
        self.ed_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.ed_pw.setMaxLength(MAX_PASSWORD)
        self.lbl_user = QLabel()
        self.lbl_pw = QLabel()
        form.addRow(self.lbl_user, self.ed_user)
        form.addRow(self.lbl_pw, self.ed_pw)
        lay.addLayout(form)
        self.lbl_msg = QLabel()
        self.lbl_msg.setWordWrap(True)
        self.lbl_msg.setVisible(False)
        self.lbl_msg.setStyleSheet("QLabel { color: #b3261e; background: #fdecea; border-radius: 4px; padding: 6px; }")
        lay.addWidget(self.lbl_msg)
        buttons = QHBoxLayout()
        self.btn_switch = QPushButton()
        self.btn_quit = QPushButton()
        self.btn_ok = QPushButton()
        self.btn_ok.setDefault(True)
        buttons.addWidget(self.btn_switch)
        buttons.addWidget(self.btn_quit)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_ok)
        lay.addLayout(buttons)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.btn_ok.clicked.connect(self.submit)
        self.ed_pw.returnPressed.connect(self.submit)
        self.ed_user.returnPressed.connect(self.ed_pw.setFocus)
        self.btn_switch.clicked.connect(lambda: self.show_mode(self.GANTI, self.ctx, self.locked_user))
        self.btn_quit.clicked.connect(self.quit_requested.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.lbl_user.setText(self.tr("Nama &pengguna:"))
        self.lbl_user.setBuddy(self.ed_user)
        self.lbl_pw.setText(self.tr("&Kata sandi:"))
        self.lbl_pw.setBuddy(self.ed_pw)
        self.btn_switch.setText(self.tr("&Ganti pengguna"))
        self.btn_quit.setText(self.tr("Kel&uar aplikasi"))
        if self.mode == self.KUNCI:
            self.lbl_title.setText(fmt(self.tr("<h2>%1 terkunci</h2>"), APP_NAME))
            self.btn_ok.setText(self.tr("&Buka kunci"))
        else:
            self.lbl_title.setText(fmt(self.tr("<h2>Masuk — %1</h2>"), APP_NAME))
            self.btn_ok.setText(self.tr("&Masuk"))

    def show_mode(self, mode: str, ctx: "AppContext | None", user: Actor | None, message: str = "") -> None:
        """Prepare the screen; ``message`` explains why (e.g. the account was deactivated)."""
        self.mode = mode
        self.ctx = ctx
        self.locked_user = user
        self.retranslate()
        self.ed_pw.clear()
        if mode == self.KUNCI and user is not None:
            self.ed_user.setText(user.username)
            self.ed_user.setReadOnly(True)
            self.lbl_info.setText(
                fmt(self.tr("Dikunci oleh %1 (%2). Masukkan kata sandi akun ini untuk melanjutkan; pekerjaan yang "
                        "terbuka tetap seperti semula."), user.nama or user.username, label(user.role)))
            self.btn_switch.setVisible(True)
        else:
            self.ed_user.setReadOnly(False)
            self.ed_user.setText("" if message == "" else (user.username if user else ""))
            self.lbl_info.setText(
                self.tr("Masuk dengan akun Anda. Bila akun lain yang masuk, pekerjaan yang belum disimpan di "
                        "jendela ini ditutup."))
            self.btn_switch.setVisible(False)
        self.lbl_msg.setText(message)
        self.lbl_msg.setVisible(bool(message))
        (self.ed_pw if self.ed_user.text() else self.ed_user).setFocus()

    def submit(self) -> None:
        """Check the typed password; a locked window opens only for the user who locked it."""
        if self.ctx is None:
            return
        from asn_desktop.services import akun

        username = self.ed_user.text()
        if self.mode == self.KUNCI and self.locked_user is not None:
            username = self.locked_user.username
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = akun.login(self.ctx, username, self.ed_pw.text())
        except ServiceError as exc:
            self.ed_pw.clear()
            self.lbl_msg.setText(error_text(exc))
            self.lbl_msg.setVisible(True)
            self.ed_pw.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        password = self.ed_pw.text()
        self.ed_pw.clear()
        if akun.harus_ganti_password(self.ctx.as_actor(actor)):
            from asn_desktop.ui.login import ChangePasswordDialog

            change = ChangePasswordDialog(self.ctx.as_actor(actor), self, forced_old=password)
            if change.exec() != change.DialogCode.Accepted or change.actor is None:
                return
            actor = change.actor
        self.lbl_msg.setVisible(False)
        self.unlocked.emit(actor)


class IdleWatcher(QObject):
    """Notes the last keyboard or mouse input anywhere in the app; ``idle`` fires once
    after ``minutes`` without any (checked every few seconds, not a timer per keystroke)."""

    idle = Signal()
    _INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    })

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = 0
        self.last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.last_input = time.monotonic()
        app = QApplication.instance()
        if self.minutes and not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        elif not self.minutes and self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False
        if self.minutes:
            self._timer.start(min(15_000, self.minutes * 60_000))
        else:
            self._timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self, now: float | None = None) -> bool:
        """Fire ``idle`` when the time is up; returns whether it did (tests pass ``now``)."""
        if not self.minutes:
            return False
        now = time.monotonic() if now is None else now
        if now >= self.last_input + self.minutes * 60:  # same sum as a caller adding the timeout (no float drift)
            self.last_input = now
            self.idle.emit()
            return True
        return False
