"""When things go wrong: crash report dialog, rotating log, damaged database.

- ``show_crash``: an unexpected exception becomes a friendly dialog with a
  copyable report (version, system, database, traceback) and a line in the
  rotating log file; the application keeps running. Exceptions raised while a
  report is already on screen are only logged (no dialog avalanche).
- ``install_crash_handler``: routes ``sys.excepthook`` (exceptions in Qt slots)
  and ``threading.excepthook`` (worker threads) to ``show_crash`` on the UI thread.
- ``recover_database``: at start, a database that fails its check is not a dead
  end: the dialog explains, and offers to restore the newest healthy backup.
- ``start_integrity_check``: full ``PRAGMA integrity_check`` in the background
  after start; guidance dialog when it fails.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME, __version__
from asn_desktop.paths import log_file, open_log
from asn_desktop.scrub import scrub
from asn_desktop.ui.i18n import fmt, teks

log = logging.getLogger("asn_desktop")

_showing = False  # a crash dialog is open
_suppressed = 0  # exceptions logged while it was open


ensure_log = open_log  # the crash handler's name for the one log set-up in paths.py


def _context_lines() -> list[str]:
    from PySide6 import __version__ as pyside_version

    lines = [
        f"{APP_NAME} {__version__}",
        f"Waktu: {datetime.now():%Y-%m-%d %H:%M:%S}",
        f"Sistem: {platform.platform()} ({platform.machine()})",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
    ]
    app = QApplication.instance()
    db = app.property("asn_db_path") if app is not None else None
    user = app.property("asn_user") if app is not None else None
    if db:
        lines.append(f"Basis data: {db}")
    if user:
        lines.append(f"Pengguna: {user}")
    lf = log_file()
    lines.append(f"Log: {lf}" if lf else "Log: (tidak aktif)")
    return lines


def build_report(exc: BaseException, tb: str | None = None) -> str:
    tb = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    # people paste the report into chats and e-mails: no SQL parameters, no hashes
    return scrub("\n".join(_context_lines()) + f"\n\n{type(exc).__name__}: {exc}\n\n{tb}")


class CrashDialog(QDialog):
    """Apology, what to do, the report in a read-only box, and 'Salin laporan'."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        text = QLabel(
            self.tr(
                "<h3>Maaf, terjadi kesalahan yang tidak terduga.</h3>"
                "<p>Data yang sudah tersimpan tetap aman: perubahan yang gagal dibatalkan seluruhnya. "
                "Aplikasi tetap berjalan; ulangi langkah terakhir bila perlu.</p>"
                "<p>Agar masalah ini dapat diperbaiki, klik <b>Salin laporan</b> lalu kirimkan isinya "
                "kepada pengelola aplikasi (misalnya lewat surel atau WhatsApp).</p>"
            )
        )
        text.setWordWrap(True)
        top.addWidget(text, 1)
        lay.addLayout(top)
        self.box = QPlainTextEdit(report)
        self.box.setReadOnly(True)
        self.box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSize(max(8, self.font().pointSize() - 1))
        self.box.setFont(mono)
        self.box.setMinimumHeight(220)
        lay.addWidget(self.box, 1)
        self.lbl_copied = QLabel("")
        bb = QDialogButtonBox()
        self.btn_copy = bb.addButton(self.tr("&Salin laporan"), QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_log = bb.addButton(self.tr("Buka folder &log"), QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_close = bb.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_close.setDefault(True)
        self.btn_log.setEnabled(log_file() is not None)
        self.btn_copy.clicked.connect(self.copy)
        self.btn_log.clicked.connect(self.open_log_folder)
        bb.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.lbl_copied, 1)
        row.addWidget(bb)
        lay.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Copy, self, activated=self.copy)
        self.resize(760, 460)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.lbl_copied.setText(self.tr("Laporan tersalin ke papan klip."))

    def open_log_folder(self) -> None:
        lf = log_file()
        if lf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(lf.parent)))


def show_crash(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    """Log an unexpected exception and show the report dialog (one at a time)."""
    global _showing, _suppressed
    report = build_report(exc, tb)
    log.error("Kesalahan tak terduga: %s: %s\n%s", type(exc).__name__, scrub(str(exc)), report)
    if _showing or QApplication.instance() is None:
        _suppressed += 1
        return
    _showing = True
    try:
        dlg = CrashDialog(report, parent)
        dlg.exec()
    finally:
        _showing = False


class _Relay(QObject):
    """Carries exceptions from worker threads to the UI thread."""

    crashed = Signal(object, str)

    @Slot(object, str)
    def show(self, exc: BaseException, tb: str) -> None:
        from asn_desktop.ui.errors import show_error

        show_error(QApplication.activeWindow(), exc, tb)


_relay: _Relay | None = None


def install_crash_handler() -> None:
    """Exceptions in slots (sys.excepthook) and threads (threading.excepthook) → dialog + log."""
    global _relay
    app = QApplication.instance()
    if app is not None and _relay is None:
        _relay = _Relay()
        _relay.moveToThread(app.thread())
        _relay.crashed.connect(_relay.show, Qt.ConnectionType.QueuedConnection)

    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        if QApplication.instance() is None or issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        from asn_desktop.ui.errors import show_error

        show_error(QApplication.activeWindow(), value, text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        if _relay is not None:
            _relay.crashed.emit(args.exc_value, text)
        else:
            log.error("Kesalahan di thread %s:\n%s", getattr(args.thread, "name", "?"), text)

    sys.excepthook = hook
    threading.excepthook = thread_hook


# --------------------------------------------------------------------------- damaged database


def recover_database(db_path: Path, exc: BaseException, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """A database that failed to open: explain, and for a damaged one offer a restore.

    Returns the opened ``Database`` after a successful restore, else None.
    """
    from asn_desktop.db.session import DatabaseCorrupt, DatabaseError, open_database
    from asn_desktop.paths import companion_dir
    from asn_desktop.services.cadangan import newest_healthy_backup, damage_guidance, restore_file
    from asn_desktop.services.context import Actor
    from asn_desktop.services.errors import ServiceError

    tr = lambda s: QApplication.translate("recover", s)  # noqa: E731
    message = getattr(exc, "message", str(exc))
    if not isinstance(exc, DatabaseCorrupt):
        QMessageBox.critical(parent, APP_NAME, message)
        return None
    backups = companion_dir(db_path, "backups")
    best = newest_healthy_backup(db_path)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Basis data rusak"), message, parent=parent)
    box.setInformativeText(teks(damage_guidance(db_path, [], best)).split("\n", 2)[-1].strip())
    b_best = None
    if best is not None:
        b_best = box.addButton(
            fmt(tr("Pulihkan cadangan %1"), f"{best.waktu:%d-%m-%Y %H:%M}"), QMessageBox.ButtonRole.AcceptRole
        )
    b_pick = box.addButton(tr("Pilih berkas cadangan…"), QMessageBox.ButtonRole.ActionRole)
    b_quit = box.addButton(tr("Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(b_best or b_pick)
    box.setEscapeButton(b_quit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is b_best and best is not None:
        source = best.path
    elif clicked is b_pick:
        name, _ = QFileDialog.getOpenFileName(
            parent, tr("Pilih berkas cadangan"), str(backups), tr("Basis data (*.db *.sqlite);;Semua berkas (*)")
        )
        if not name:
            return None
        source = Path(name)
    else:
        return None
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "operator"
    try:
        res = restore_file(db_path, source, Actor.system(user), backups)
        db = open_database(db_path)
    except (ServiceError, DatabaseError) as err:
        QMessageBox.critical(parent, APP_NAME, getattr(err, "message", str(err)))
        return None
    QMessageBox.information(
        parent, APP_NAME,
        fmt(tr("Basis data dipulihkan dari %1.\nBerkas yang rusak disimpan di %2."), str(source), str(res.cadangan_sebelumnya)),
    )
    return db


class _CheckJob(QRunnable):
    def __init__(self, path: Path, relay: "_CheckRelay") -> None:
        super().__init__()
        self.path = path
        self.relay = relay

    def run(self) -> None:
        from asn_desktop.db.backup import integrity_problems

        try:
            problems = integrity_problems(self.path, full=True)
        except Exception as exc:  # noqa: BLE001 - report, never crash a worker
            problems = [str(exc)]
        if not problems:
            from asn_desktop.db.audit_chain import verify_file

            try:
                brk = verify_file(self.path)
            except Exception as exc:  # noqa: BLE001 - a failed check must not look like a pass
                log.warning("rantai audit tidak dapat diperiksa: %s", exc)
            else:
                if brk is not None:
                    self.relay.chain.emit(brk.message)
        self.relay.done.emit(problems)


class _CheckRelay(QObject):
    done = Signal(list)
    chain = Signal(object)  # the first broken link of the audit log's hash chain (a Teks: shown translated)


def start_integrity_check(window) -> QObject:  # type: ignore[no-untyped-def]
    """Full ``PRAGMA integrity_check`` off the UI thread after start; guidance if it fails."""
    relay = _CheckRelay(window)
    if window.ctx.db.is_server:  # a server checks its own pages; there is no local file to read
        window.integrity_problems = []
        return relay
    path = Path(window.ctx.db.path)

    def finished(problems: list[str]) -> None:
        window.integrity_problems = problems
        if not problems:
            log.info("integrity_check: ok (%s)", path)
            return
        log.error("integrity_check gagal untuk %s: %s", path, problems[:5])
        show_integrity_problems(window, problems)

    def chain_broken(message: str) -> None:
        log.error("rantai log audit terputus (%s): %s", path, message)
        show_chain_break(window, message)

    relay.chain.connect(chain_broken, Qt.ConnectionType.QueuedConnection)
    relay.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_CheckJob(path, relay))
    return relay


def show_chain_break(window, message: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    """Tamper warning: a lasting note in the status bar and a window-modal box (not blocking)."""
    tr = lambda s: QApplication.translate("recover", s)  # noqa: E731
    window.audit_chain_break = message
    bar = window.statusBar()
    note = bar.findChild(QLabel, "auditChainWarning")
    if note is None:  # the background check and Periksa integritas may both find it
        note = QLabel(tr("⚠ Log audit tidak utuh: basis data mungkin diubah di luar aplikasi"))
        note.setObjectName("auditChainWarning")
        note.setStyleSheet("color: #b00020; font-weight: bold;")
        bar.addPermanentWidget(note)
    note.setToolTip(teks(message))
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Log audit tidak utuh"),
        tr("Pemeriksaan menemukan bahwa log audit tidak lagi utuh: ada catatan yang diubah, disisipkan, "
           "atau dihapus di luar aplikasi. Data lain (akun, penilaian) mungkin juga diubah. Bandingkan "
           "dengan cadangan sebelumnya dan laporkan ke admin."),
        parent=window,
    )
    box.setDetailedText(teks(message))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    window._audit_chain_box = box
    return box


def show_integrity_problems(window, problems: list[str]) -> None:  # type: ignore[no-untyped-def]
    from asn_desktop.services.cadangan import chosen_folder_or_none, newest_healthy_backup, damage_guidance

    tr = lambda s: QApplication.translate("recover", s)  # noqa: E731
    try:
        best = newest_healthy_backup(window.ctx.db.path, [chosen_folder_or_none(window.ctx)])
    except Exception:  # noqa: BLE001
        best = None
    box = QMessageBox(
        QMessageBox.Icon.Critical, tr("Basis data rusak"),
        tr("Pemeriksaan integritas menemukan kerusakan pada basis data. Jangan lanjutkan pekerjaan besar "
           "(impor, penilaian massal) sebelum dipulihkan."),
        parent=window,
    )
    box.setDetailedText(teks(damage_guidance(window.ctx.db.path, problems, best)))
    from asn_desktop.domain.roles import Permission

    b_go = None
    if window.ctx.actor.can(Permission.BACKUP):
        b_go = box.addButton(tr("Buka Pengaturan › Cadangan"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Nanti"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if b_go is not None and box.clickedButton() is b_go:
        try:
            page = window.goto("pengaturan")
            show = getattr(page, "show_tab", None)
            if show:
                show("cadangan")
        except KeyError:
            pass
