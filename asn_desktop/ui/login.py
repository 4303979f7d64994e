"""Start of a session: second-instance notice, first admin, login, forced password change.

``login(ctx, parent)`` is called by ui/app.py once the database is open:

1. another window of this app on the same database (QLockFile beside it) is
   told clearly; working side by side is safe (busy timeout, one transaction
   per operation, version checks) so the user may continue;
2. a database without accounts first asks for the admin account (password
   typed twice), then shows the login with that name filled in;
3. the login dialog: wrong password and lockout messages in the dialog itself;
4. after an admin reset the user must choose a new password before working.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME
from asn_desktop.db.peek import DatabaseError
from asn_desktop.domain.sandi import MAX_PASSWORD, MIN_PASSWORD
from asn_desktop.options import NAMA_LOGIN_TERAKHIR
from asn_desktop.services.actor import Actor
from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.ui import preferences
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.opening import ContextFuture, as_context
from asn_desktop.ui.i18n import fmt

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext

# The dialogs take an open context or one still opening (ui/opening.py): the login
# shows before SQLAlchemy and argon2 are imported, and waits for the database only
# when the user presses Masuk. ``services.akun`` is imported there, not here.

_lock: QLockFile | None = None  # held for the whole session


def _error_style(label: QLabel, kind: str = "error") -> None:
    color = {"error": "#b3261e", "lock": "#8a4b00", "info": "#1f5f99"}[kind]
    bg = {"error": "#fdecea", "lock": "#fff4e0", "info": "#e8f1fb"}[kind]
    label.setStyleSheet(f"QLabel {{ color: {color}; background: {bg}; border-radius: 4px; padding: 6px; }}")


def _password_field() -> QLineEdit:
    ed = QLineEdit()
    ed.setEchoMode(QLineEdit.EchoMode.Password)
    ed.setMaxLength(MAX_PASSWORD)
    return ed


class _ShowPassword(QCheckBox):
    def __init__(self, fields: list[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Tampilkan kata sandi"))
        self.fields = fields
        self.toggled.connect(self._toggle)

    def _toggle(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for f in self.fields:
            f.setEchoMode(mode)


def _problem_text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        return "\n".join(error_text(p) for p in exc.problems)
    return error_text(exc)


# --------------------------------------------------------------------------- first admin


class FirstAdminDialog(QDialog):
    """No account yet: the person installing the app chooses the admin password."""

    def __init__(self, ctx: "AppContext | ContextFuture", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(fmt(self.tr("Buat akun admin — %1"), APP_NAME))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<h3>Akun admin pertama</h3><p>Basis data ini belum memiliki akun. Buat akun admin untuk "
                "mengelola pengguna, cadangan, dan pengaturan. Penilaian kinerja bersifat rahasia: pilih "
                "kata sandi yang tidak mudah ditebak dan simpan di tempat aman.</p>"
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.ed_nama = QLineEdit(self.tr("Administrator"))
        self.ed_user = QLineEdit("admin")
        self.ed_user.setMaxLength(50)
        self.ed_pw1 = _password_field()
        self.ed_pw2 = _password_field()
        self.ed_pw1.setPlaceholderText(fmt(self.tr("minimal %1 karakter"), str(MIN_PASSWORD)))
        form.addRow(self.tr("&Nama lengkap:"), self.ed_nama)
        form.addRow(self.tr("Nama &pengguna:"), self.ed_user)
        form.addRow(self.tr("&Kata sandi:"), self.ed_pw1)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.ed_pw2)
        self.chk_show = _ShowPassword([self.ed_pw1, self.ed_pw2])
        form.addRow("", self.chk_show)
        lay.addLayout(form)
        self.lbl_hint = QLabel("")
        self.lbl_hint.setWordWrap(True)
        self.lbl_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay.addWidget(self.lbl_hint)
        lay.addStretch(1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.btn_ok = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.btn_ok.setText(self.tr("&Buat akun"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self._create)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        for ed in (self.ed_user, self.ed_pw1, self.ed_pw2):
            ed.textChanged.connect(self._check)
        self._check()
        self.ed_pw1.setFocus()

    def _check(self) -> None:
        pw1, pw2 = self.ed_pw1.text(), self.ed_pw2.text()
        msg = ""
        if not pw1:
            msg = fmt(self.tr("Kata sandi minimal %1 karakter; campurkan huruf dan angka."), str(MIN_PASSWORD))
            kind = "info"
        elif len(pw1) < MIN_PASSWORD:
            msg = fmt(self.tr("Kata sandi masih kurang dari %1 karakter."), str(MIN_PASSWORD))
            kind = "info"
        elif pw2 and pw1 != pw2:
            msg = self.tr("Kedua kata sandi belum sama.")
            kind = "error"
        elif not pw2:
            msg = self.tr("Ketik kata sandi sekali lagi untuk memastikan.")
            kind = "info"
        else:
            kind = "info"
        self.lbl_hint.setText(msg)
        self.lbl_hint.setVisible(bool(msg))
        _error_style(self.lbl_hint, kind)
        self.btn_ok.setEnabled(bool(self.ed_user.text().strip()) and len(pw1) >= MIN_PASSWORD and pw1 == pw2)

    @property
    def ctx(self) -> "AppContext":
        return as_context(self._source)

    def _create(self) -> None:
        from asn_desktop.services import akun

        try:
            self.actor = akun.buat_admin_pertama(
                self.ctx, self.ed_user.text(), self.ed_pw1.text(), self.ed_nama.text()
            )
        except DatabaseError as exc:  # the background open failed
            self.lbl_hint.setText(error_text(exc))
            _error_style(self.lbl_hint, "error")
            self.lbl_hint.setVisible(True)
            self.btn_ok.setEnabled(False)
            return
        except ServiceError as exc:
            self.lbl_hint.setText(_problem_text(exc))
            _error_style(self.lbl_hint, "error")
            self.lbl_hint.setVisible(True)
            return
        self.accept()


# --------------------------------------------------------------------------- login


class LoginDialog(QDialog):
    """Username + password; wrong password and lockout explained in the dialog."""

    def __init__(self, ctx: "AppContext | ContextFuture", parent: QWidget | None = None, username: str = "",
                 *, office_name: str | None = None) -> None:
        super().__init__(parent)
        self._source = ctx
        self.actor: Actor | None = None
        self.password_used = ""
        self.setWindowTitle(fmt(self.tr("Masuk — %1"), APP_NAME))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        kantor = office_name or ""
        if office_name is None and not isinstance(ctx, ContextFuture):
            from asn_desktop.services.settings import get_office

            try:
                kantor = get_office(ctx).nama_kantor
            except Exception:  # noqa: BLE001 - the login must appear whatever the settings hold
                kantor = ""
        head = QLabel(
            f"<h2>{APP_NAME}</h2>"
            + (f"<p>{_html(kantor)}</p>" if kantor else "")
        )
        lay.addWidget(head)
        form = QFormLayout()
        self.ed_user = QLineEdit(username)
        self.ed_user.setMaxLength(50)
        self.ed_pw = _password_field()
        form.addRow(self.tr("Nama &pengguna:"), self.ed_user)
        form.addRow(self.tr("&Kata sandi:"), self.ed_pw)
        self.chk_show = _ShowPassword([self.ed_pw])
        form.addRow("", self.chk_show)
        lay.addLayout(form)
        self.lbl_msg = QLabel("")
        self.lbl_msg.setWordWrap(True)
        self.lbl_msg.setVisible(False)
        self.lbl_msg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.lbl_msg)
        foot = QLabel(
            self.tr("<small>Lupa kata sandi? Minta admin kantor menyetel ulang di Pengaturan › Pengguna.</small>")
        )
        foot.setWordWrap(True)
        lay.addWidget(foot)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.btn_ok = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.btn_ok.setText(self.tr("&Masuk"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        bb.accepted.connect(self._try)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        (self.ed_pw if username else self.ed_user).setFocus()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.lbl_msg.setText(text)
        _error_style(self.lbl_msg, kind)
        self.lbl_msg.setVisible(True)
        self.adjustSize()  # a long message wraps onto more lines: the dialog grows with it

    @property
    def ctx(self) -> "AppContext":
        return as_context(self._source)

    def _try(self) -> None:
        try:
            ctx = self.ctx  # waits here if the database is still opening (rarely: people type slower)
        except DatabaseError as exc:  # the background open failed: say why here, nothing to retry
            self.show_message(error_text(exc), "error")
            self.btn_ok.setEnabled(False)
            return
        from asn_desktop.services import akun

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = akun.login(ctx, self.ed_user.text(), self.ed_pw.text())
        except akun.AkunTerkunci as exc:
            self.show_message(error_text(exc), "lock")
            self.ed_pw.clear()
            return
        except ServiceError as exc:
            self.show_message(error_text(exc), "error")
            self.ed_pw.clear()
            self.ed_pw.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.password_used = self.ed_pw.text()
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- change password


class ChangePasswordDialog(QDialog):
    """Own password change; ``forced`` after an admin reset (the old one is known then)."""

    def __init__(self, ctx: "AppContext", parent: QWidget | None = None, *, forced_old: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forced_old = forced_old
        self.actor: Actor | None = None  # the actor to continue as after the change
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.setMinimumWidth(440)
        lay = QVBoxLayout(self)
        if forced_old is not None:
            info = QLabel(
                self.tr("Kata sandi Anda baru disetel ulang oleh admin. Pilih kata sandi baru yang hanya Anda "
                        "ketahui sebelum melanjutkan.")
            )
            info.setWordWrap(True)
            lay.addWidget(info)
        form = QFormLayout()
        self.ed_old = _password_field()
        self.ed_new1 = _password_field()
        self.ed_new2 = _password_field()
        self.ed_new1.setPlaceholderText(fmt(self.tr("minimal %1 karakter"), str(MIN_PASSWORD)))
        if forced_old is None:
            form.addRow(self.tr("Kata sandi &lama:"), self.ed_old)
        form.addRow(self.tr("Kata sandi &baru:"), self.ed_new1)
        form.addRow(self.tr("&Ulangi kata sandi baru:"), self.ed_new2)
        form.addRow("", _ShowPassword([self.ed_old, self.ed_new1, self.ed_new2], self))
        lay.addLayout(form)
        self.lbl_msg = QLabel("")
        self.lbl_msg.setWordWrap(True)
        self.lbl_msg.setVisible(False)
        lay.addWidget(self.lbl_msg)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self._save)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        (self.ed_new1 if forced_old is not None else self.ed_old).setFocus()

    def _save(self) -> None:
        if self.ed_new1.text() != self.ed_new2.text():
            self.lbl_msg.setText(self.tr("Kedua kata sandi baru belum sama."))
            _error_style(self.lbl_msg)
            self.lbl_msg.setVisible(True)
            return
        old = self.forced_old if self.forced_old is not None else self.ed_old.text()
        from asn_desktop.services import akun

        try:
            self.actor = akun.ganti_password(self.ctx, old, self.ed_new1.text())
        except ServiceError as exc:
            self.lbl_msg.setText(_problem_text(exc))
            _error_style(self.lbl_msg)
            self.lbl_msg.setVisible(True)
            return
        # the window's areas share this context: they go on as the same user with the new password
        self.ctx.actor = self.actor
        self.accept()


# --------------------------------------------------------------------------- second instance


def acquire_instance_lock(db_path: Path, parent: QWidget | None = None, *, ask: bool = True) -> bool:
    """Hold ``<db>.lock`` for the session; if another window holds it, say so and let the user choose.

    Two windows on one database are safe (every write is one BEGIN IMMEDIATE
    transaction; version checks refuse overwriting someone else's change), but
    people should know, e.g. before a restore.
    """
    global _lock
    from asn_desktop.db.peek import lock_path

    release_instance_lock()
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # only a dead process's lock is stale, never a long session
    if lock.tryLock(100):
        _lock = lock
        return True
    if lock.error() != QLockFile.LockError.LockFailedError:
        # no lock file could be made (read-only folder): nobody else holds one; the login
        # then says what is wrong with the database instead of "open in another window"
        return True
    if not ask:
        return False
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname); older bindings prefix a bool
    pid, host = (info[-3], info[-2]) if len(info) >= 3 else (0, "")
    who = fmt(QApplication.translate("login", "proses %1 di komputer %2"), str(pid), host or "?")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QApplication.translate("login", "Basis data sedang dibuka"),
        fmt(QApplication.translate(
            "login",
            "Basis data ini sedang dibuka di jendela %1 lain (%2).\n\n"
            "Anda tetap dapat bekerja bersamaan: setiap penyimpanan aman, dan bila dua jendela mengubah data "
            "yang sama, penyimpanan kedua ditolak dengan pesan agar Anda memuat ulang. Untuk pemulihan "
            "cadangan, tutup jendela lain terlebih dahulu.",
        ), APP_NAME, who),
        parent=parent,
    )
    b_open = box.addButton(QApplication.translate("login", "Tetap buka"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("login", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(b_open)
    box.exec()
    return box.clickedButton() is b_open


def release_instance_lock() -> None:
    global _lock
    if _lock is not None:
        _lock.unlock()
        _lock = None


# --------------------------------------------------------------------------- entry point


def login(source: "AppContext | ContextFuture", parent: QWidget | None = None, *,
          has_accounts: bool | None = None, office_name: str | None = None) -> Actor | None:
    """Who is using the app; None when the user cancelled (the app then closes).

    ``source`` may still be opening (``ContextFuture``): ``has_accounts`` and
    ``office_name`` then come from the start-up peek so the first dialog needs
    nothing from the database until the user confirms it.
    """
    path = source.path if isinstance(source, ContextFuture) else source.db.path
    if not acquire_instance_lock(path, parent):
        return None
    username = preferences.read(NAMA_LOGIN_TERAKHIR)
    if has_accounts is None:
        from asn_desktop.services import akun

        has_accounts = akun.ada_akun(as_context(source))
    if not has_accounts:
        first = FirstAdminDialog(source, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.actor is None:
            return None
        username = first.actor.username
    dlg = LoginDialog(source, parent, username, office_name=office_name)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.actor is None:
        return None
    actor = dlg.actor
    preferences.write(NAMA_LOGIN_TERAKHIR, actor.username)
    ctx = as_context(source)
    from asn_desktop.services import akun

    user_ctx = ctx.as_actor(actor)
    if akun.harus_ganti_password(user_ctx):
        change = ChangePasswordDialog(user_ctx, parent, forced_old=dlg.password_used)
        if change.exec() != QDialog.DialogCode.Accepted or change.actor is None:
            return None
        actor = change.actor
    app = QApplication.instance()
    if app is not None:  # for the crash report
        app.setProperty("asn_db_path", str(ctx.db.path))
        app.setProperty("asn_user", f"{actor.username} ({actor.role.label})")
    return actor
