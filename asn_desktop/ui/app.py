"""Start-up of the GUI: Qt application, database, first-start choice, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QIcon, QImageReader
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME, __version__
from asn_desktop.db.peek import DatabaseError
from asn_desktop.options import BAHASA, IDENTITAS_KANTOR
from asn_desktop.paths import companion_dir, resources_dir
from asn_desktop.services.actor import Actor
from asn_desktop.ui.errors import error_text, install_excepthook, show_error
from asn_desktop.ui.i18n import install_translations
from asn_desktop.ui.opening import ContextFuture
from asn_desktop.ui.i18n import fmt

if TYPE_CHECKING:
    from asn_desktop.db.peek import Peek
    from asn_desktop.services.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

# Start-up path (docs/benchmarks.md): nothing imported at module level here pulls in
# SQLAlchemy, the data model or the services; a database that is ready (at the
# current schema, closed cleanly, not empty) opens in the background while the
# first window — the login, or the main window — is already on screen.

log = logging.getLogger("asn_desktop")


#: How long a background thread may keep the GIL while the UI thread waits for it. Python's
#: 5 ms default let an area's background read stretch the UI thread's 30 ms of layout and
#: paint to 70-270 ms; at 1 ms a keystroke typed meanwhile waits ~50 ms (docs/benchmarks.md).
UI_SWITCH_INTERVAL = 0.001


def make_app(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("asn-desktop")
    icon = resources_dir() / "icons" / "app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    return app


_registered_fonts: list[int] = []


def register_fonts() -> None:
    """Bundled fonts (DejaVu Sans), so a machine without fonts does not show empty boxes.
    Once per process: make_app() runs again in self-test and tests."""
    if _registered_fonts:
        return
    folder = resources_dir() / "fonts"
    if folder.is_dir():
        for f in sorted(folder.glob("*.ttf")):
            _registered_fonts.append(QFontDatabase.addApplicationFont(str(f)))


def setup_logging(db_path: Path | str) -> None:
    """The log beside the database (paths.open_log, shared with the crash handler); for a
    server database, in this PC's folder for that server."""
    from asn_desktop.db.server import is_server_url
    from asn_desktop.paths import open_log, server_companion_path

    if is_server_url(db_path):
        db_path = server_companion_path(str(db_path))

    try:
        open_log(companion_dir(db_path, "logs"))
    except OSError:
        return


class FirstStartDialog(QDialog):
    """Empty database: start empty, load the demo kecamatan, or import a roster."""

    EMPTY, DEMO, IMPORT, SERVER = 0, 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fmt(self.tr("Selamat datang di %1"), APP_NAME))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<h3>Basis data baru</h3><p>Basis data ini masih kosong. Bagaimana Anda ingin memulai?</p>"
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.group = QButtonGroup(self)
        self.hints: dict[int, QLabel] = {}
        options = [
            (self.EMPTY, self.tr("Mulai dengan basis data &kosong"),
             self.tr("Isi sendiri unit kerja dan pegawai.")),
            (self.DEMO, self.tr("Muat data &demo (Kecamatan Maulafa, ±40 pegawai)"),
             self.tr("Untuk mencoba aplikasi: pegawai, SKP, dan penilaian contoh.")),
            (self.IMPORT, self.tr("&Impor daftar pegawai dari Excel BKPSDM"),
             self.tr("DUK atau ekspor SIASN; pratinjau sebelum disimpan.")),
            (self.SERVER, self.tr("Hubungkan ke &server basis data kantor (PostgreSQL)"),
             self.tr("Bila beberapa PC bekerja pada satu basis data; alamat dari admin server.")),
        ]
        for oid, text, hint in options:
            rb = QRadioButton(text)
            rb.setToolTip(hint)
            self.group.addButton(rb, oid)
            lay.addWidget(rb)
            h = QLabel(f"<small>{hint}</small>")
            h.setIndent(24)
            lay.addWidget(h)
            self.hints[oid] = h
        self.group.button(self.DEMO).setChecked(True)
        form = QFormLayout()
        self.ed_kantor = QLineEdit()
        self.ed_kantor.setPlaceholderText(self.tr("mis. Kecamatan Maulafa"))
        self.ed_instansi = QLineEdit()
        self.ed_instansi.setPlaceholderText(self.tr("mis. Pemerintah Kota Kupang"))
        form.addRow(self.tr("Nama kantor:"), self.ed_kantor)
        form.addRow(self.tr("Instansi:"), self.ed_instansi)
        self.ed_server = QLineEdit()
        self.ed_server.setPlaceholderText("postgresql://asn@192.168.1.10/kinerja")
        self.lbl_server = QLabel(self.tr("Alamat server:"))
        srow = QFormLayout()
        srow.setContentsMargins(24, 0, 0, 6)
        srow.addRow(self.lbl_server, self.ed_server)
        lay.addLayout(srow)
        self.lbl_form = QLabel(self.tr("<small>Identitas kantor (dapat diubah nanti di Pengaturan):</small>"))
        lay.addWidget(self.lbl_form)
        lay.addLayout(form)
        self.group.idToggled.connect(self._toggle)
        self._toggle(self.DEMO, True)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mulai"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def _toggle(self, _id: int, _checked: bool) -> None:
        show = self.group.checkedId() in (self.EMPTY, self.IMPORT)
        for w in (self.ed_kantor, self.ed_instansi, self.lbl_form):
            w.setEnabled(show)
        server = self.group.checkedId() == self.SERVER
        self.ed_server.setEnabled(server)
        self.lbl_server.setEnabled(server)

    def accept(self) -> None:
        if self.choice() == self.SERVER:
            from asn_desktop.options import SERVER_BASIS_DATA

            url = self.ed_server.text().strip()
            if not SERVER_BASIS_DATA.accepts(url) or not url:
                QMessageBox.warning(self, APP_NAME, self.tr(
                    "Tulis alamat server seperti postgresql://pengguna@server/nama_basis_data "
                    "(tanpa kata sandi; kata sandi ditanyakan saat menghubungkan)."))
                self.ed_server.setFocus()
                return
        super().accept()

    def choice(self) -> int:
        return self.group.checkedId()


def first_start(ctx: "AppContext", parent: QWidget | None = None, *, server: bool = True) -> int | str | None:
    """Ask how to start; returns the choice (the server's address for "connect to a server"),
    or None when the user cancelled. ``server``: offer the server choice (not when already on one)."""
    dlg = FirstStartDialog(parent)
    if not server:
        dlg.group.button(dlg.SERVER).hide()
        dlg.hints[dlg.SERVER].hide()
        dlg.ed_server.hide()
        dlg.lbl_server.hide()
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dlg.choice()
    if choice == FirstStartDialog.SERVER:
        return dlg.ed_server.text().strip()
    if choice == FirstStartDialog.DEMO:
        from asn_desktop.services.demo import build_demo
        from asn_desktop.ui.jobs import run_and_wait

        out = run_and_wait(parent, dlg.tr("Membuat data demo…"), lambda p: build_demo(ctx, 40, progress=p))
        if out.error is not None:
            show_error(parent, out.error, out.traceback)
    else:
        from asn_desktop.services.settings import OfficeInfo, set_office

        nama = dlg.ed_kantor.text().strip()
        instansi = dlg.ed_instansi.text().strip()
        if nama or instansi:
            set_office(ctx, OfficeInfo(nama_kantor=nama, instansi=instansi))
    return choice


def authenticate(source: "AppContext | ContextFuture", parent: QWidget | None = None, *,
                 has_accounts: bool | None = None, office_name: str | None = None) -> Actor | None:
    """Who is using the app (an admin account is created on first use)."""
    from asn_desktop.ui.login import login

    return login(source, parent, has_accounts=has_accounts, office_name=office_name)


def start_language(app: QApplication, info: "Peek", lang: str | None = None) -> str:
    """Install the language the GUI starts in: ``lang`` (the ``--lang`` option) when given, else the
    setting saved in Pengaturan › Bahasa as the start-up peek read it; returns the language in use."""
    return install_translations(app, lang or BAHASA.coerce(info.setting(BAHASA.key)))


#: Imported in the background while the login shows: what the main window's first
#: area needs after it (the services behind login are imported by the open itself).
WARM_MODULES = ("asn_desktop.services.akun", "asn_desktop.services.settings", "asn_desktop.ui.pages.pegawai")


def _open_asking_password(db_path: Path | str) -> "AppContext | None":
    """``open_for_gui``; a server that wants a password asks for it (never stored). None when
    the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from asn_desktop.db.session import PasswordNeeded
    from asn_desktop.services.startup import open_for_gui

    password: str | None = None
    while True:
        try:
            return open_for_gui(db_path, password=password)
        except PasswordNeeded as exc:
            text, ok = QInputDialog.getText(
                None, APP_NAME,
                fmt(QApplication.translate("app", "%1\nKata sandi server basis data:"),
                    QApplication.translate("app", "Kata sandi salah.") if exc.wrong else error_text(exc)),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            password = text


def start_database(db_path: Path | str, info: "Peek", lang: str | None = None
                   ) -> "tuple[ContextFuture, str | None, bool | None] | int":
    """Open the database for the GUI: in the background when the start-up peek finds it
    ready (the everyday case), otherwise here with the dialogs a special case needs
    (damaged file → restore, upgrade notice, first start). Returns the context source,
    the office name and whether accounts exist (None = unknown, ask the database),
    or an exit code when the user gave up."""
    app = QApplication.instance()
    if info.ready and info.has_pegawai:
        future = ContextFuture(db_path, Actor.system(), warm=WARM_MODULES)
        office = IDENTITAS_KANTOR.coerce(info.setting(IDENTITAS_KANTOR.key))
        return future, office.get("nama_kantor") or "", info.has_accounts
    from asn_desktop.services.settings import database_is_empty

    try:
        # quick_check only after a crash: the full check runs in the background after start
        ctx = _open_asking_password(db_path)
        if ctx is None:
            return 0
    except DatabaseError as exc:
        from asn_desktop.db.server import is_server_url

        if is_server_url(db_path):  # nothing local to restore: the server's administrator's job
            QMessageBox.critical(None, APP_NAME, error_text(exc))
            return 3
        from asn_desktop.ui.crash import recover_database  # damaged file: offer a restore
        from asn_desktop.services.context import AppContext

        recovered = recover_database(db_path, exc)
        if recovered is None:
            return 3
        ctx = AppContext(recovered, Actor.system())
    if lang is None and info.settings is None and app is not None:  # not readable before the open
        from asn_desktop.services.settings import get_option

        install_translations(app, get_option(ctx, BAHASA))
    if ctx.db.report.upgraded_from:
        QMessageBox.information(
            None,
            APP_NAME,
            fmt(QApplication.translate("app", "Basis data diperbarui ke versi skema terbaru. Cadangan sebelum pembaruan: %1"), str(ctx.db.report.backup_path)),
        )
    if database_is_empty(ctx):
        choice = first_start(ctx, server=not ctx.db.is_server)
        if choice is None:
            ctx.db.dispose()
            return 0
        if isinstance(choice, str):  # a server address: this PC works there from now on
            ctx.db.dispose()
            from asn_desktop.options import SERVER_BASIS_DATA
            from asn_desktop.services.startup import peek_start
            from asn_desktop.ui import preferences

            started = start_database(choice, peek_start(choice), lang)
            if not isinstance(started, int):
                preferences.write(SERVER_BASIS_DATA, choice)
            return started
        if app is not None:
            app.setProperty("asn_first_start_choice", choice)
    return ContextFuture.resolved(ctx), None, None


def freeze_after_start(win: "MainWindow") -> None:
    """Once the first area shows its data, what the start built lives for the whole session:
    ``gc.freeze()`` then keeps full collections from walking it. Such a collection runs in the
    thread that allocates, e.g. an area's background read of 15,000 rows, and walking the whole
    app held the GIL 0.1-0.2 s: a stalled UI thread. Only the app's start (and the probe that
    mirrors it) does this; tests open many windows in one process, whose garbage must stay
    collectable."""
    import gc  # noqa: PLC0415

    win.ready.connect(gc.freeze)


def run_gui(db_path: Path | str, lang: str | None = None, *, explicit: bool = True) -> int:
    """``explicit``: the database was named with --db; otherwise the server chosen in the
    first-start dialog or Pengaturan (if any) is opened instead of this PC's file."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            print(
                "Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan di desktop, atau pakai "
                "`xvfb-run asn-desktop`, atau QT_QPA_PLATFORM=offscreen untuk uji tanpa layar.",
                file=sys.stderr,
            )
            return 2
    app = make_app()
    install_excepthook()
    if not explicit:
        from asn_desktop.options import SERVER_BASIS_DATA
        from asn_desktop.ui import preferences

        db_path = preferences.read(SERVER_BASIS_DATA) or db_path
    setup_logging(db_path)
    from asn_desktop.services.startup import peek_start

    info = peek_start(db_path)
    start_language(app, info, lang)
    started = start_database(db_path, info, lang)
    if isinstance(started, int):
        return started
    source, office_name, has_accounts = started
    actor = authenticate(source, has_accounts=has_accounts, office_name=office_name)
    if actor is None:
        _dispose(source)
        return 0
    ctx = source.result().as_actor(actor)
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ContextFuture.resolved(ctx), office_name=office_name)
    freeze_after_start(win)
    win.show()
    from asn_desktop.ui.crash import start_integrity_check  # full check in the background

    start_integrity_check(win)
    if app.property("asn_first_start_choice") == FirstStartDialog.IMPORT:
        page = win.goto("sinkronisasi")
        starter = getattr(page, "start_roster_import", None)
        if starter:
            starter()
    code = app.exec()
    close_down(win, ctx)
    return code


def close_down(win: Any, ctx: "AppContext") -> None:
    """After the last window closed: background work stopped first (an area's fetch, an import
    or export still running: cancelled, or given a moment to end), then the exit backup, then
    the database closed: nothing reads or writes it once it is disposed."""
    from asn_desktop.ui.jobs import STOP_WAIT_MS, stop_jobs

    if not stop_jobs():
        log.warning("pekerjaan latar belakang belum selesai setelah %d detik; basis data tetap ditutup",
                    STOP_WAIT_MS // 1000)
    on_exit = getattr(win, "on_exit", None)
    if on_exit:
        try:
            on_exit()
        except Exception as exc:  # noqa: BLE001
            show_error(None, exc)
    ctx.db.dispose()


def _dispose(source: ContextFuture) -> None:
    """Close a database the user never got to (cancelled login); waits for an open under way."""
    try:
        source.result().db.dispose()
    except Exception:  # noqa: BLE001 - nothing to close
        pass


def build_main_window_for_test(ctx: "AppContext") -> str:
    """Build the main window offscreen and visit every area (``asn-desktop self-test``)."""
    app = make_app()
    install_translations(app, "id")
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ContextFuture.resolved(ctx))  # as run_gui: the first area's data fetched in the background
    win.show()
    win.wait_ready()
    for cls in list(win._classes):
        win.goto(cls.key)  # each area built and its first view loaded (off the UI thread)
    from asn_desktop.ui.jobs import wait_for_jobs

    wait_for_jobs()  # nothing may still read the database when the caller closes it
    title = win.windowTitle()
    win.close()
    return title


def installation_problems() -> tuple[list[str], list[str]]:
    """What a shipped copy needs besides the code (``asn-desktop self-test``): facts, problems.

    A bundle missing its fonts still builds every window, but a machine without
    system fonts then shows empty boxes: the self-test must catch it, so it checks
    that text has a real font family, next to the catalogues, icon and image plugins.
    """
    app = make_app()
    facts: list[str] = []
    problems: list[str] = []
    folder = resources_dir()
    fonts = sorted((folder / "fonts").glob("*.ttf"))
    family = QFontInfo(app.font()).family()
    facts.append(f"huruf: {family or '-'} ({len(fonts)} berkas bawaan)")
    if not fonts:
        problems.append(f"huruf bawaan tidak ada di {folder / 'fonts'}")
    if not family:
        problems.append("tidak ada huruf untuk menampilkan teks (teks akan tampil sebagai kotak kosong)")
    from PySide6.QtCore import QTranslator

    for name in ("asn_desktop_en", "asn_desktop_qtbase_id"):
        if not QTranslator().load(name, str(folder / "translations")):
            problems.append(f"terjemahan {name}.qm tidak dapat dimuat dari {folder / 'translations'}")
    facts.append("terjemahan: id, en")
    if QIcon(str(folder / "icons" / "app.png")).isNull():
        problems.append("ikon aplikasi tidak ada")
    from asn_desktop.ui.bantuan import SECTIONS

    for lang in ("id", "en"):  # F1 opens the Panduan Pengguna
        absent = [k for k in SECTIONS if not (folder / "help" / lang / f"{k}.md").is_file()]
        if absent:
            problems.append(f"panduan pengguna ({lang}) tidak lengkap di {folder / 'help' / lang}: {', '.join(absent)}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    for kind in ("png", "jpg", "ico"):
        if kind not in formats:
            problems.append(f"format gambar {kind} tidak didukung (plugin imageformats hilang)")
    facts.append("gambar: " + ", ".join(sorted(formats & {"png", "jpg", "ico", "svg", "webp"})))
    try:  # the exchange and PDF libraries load their parts by name: a bundle can miss them
        import io

        from openpyxl import Workbook
        from python_calamine import CalamineWorkbook
        from reportlab.pdfgen.canvas import Canvas

        buf = io.BytesIO()
        wb = Workbook(write_only=True)
        wb.create_sheet("uji").append(["NIP", 198001012005011001])
        wb.save(buf)
        rows = CalamineWorkbook.from_filelike(io.BytesIO(buf.getvalue())).get_sheet_by_index(0).to_python()
        import rustpy_xlsxwriter  # the exchange workbooks' writer: a native extension the bundle must carry

        rbuf = io.BytesIO()
        rustpy_xlsxwriter.write_worksheet([{"NIP": "198001012005011001"}], rbuf)
        rows += CalamineWorkbook.from_filelike(io.BytesIO(rbuf.getvalue())).get_sheet_by_index(0).to_python()[1:]
        pdf = io.BytesIO()
        c = Canvas(pdf)
        c.drawString(72, 720, "Uji PDF")
        c.save()
        from asn_desktop.ui.skp.preview import render_page, pdfium

        preview = render_page(pdfium.PdfDocument(pdf.getvalue())[0], 0.5)  # PDFium's native library is loaded
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.generate()  # results packages are signed with it: the backend must load
        key.public_key().verify(key.sign(b"uji"), b"uji")
        if rows[0][0] != "NIP" or rows[-1][0] != "198001012005011001" or not pdf.getvalue().startswith(b"%PDF") or preview.isNull():
            problems.append("Excel/PDF menghasilkan isi yang salah")
        facts.append("Excel, PDF, pratinjau dan tanda tangan: ok")
    except Exception as exc:  # noqa: BLE001 - reported, the self-test fails
        problems.append(f"Excel/PDF tidak berfungsi: {type(exc).__name__}: {exc}")
    return facts, problems


__all__ = ["run_gui", "make_app", "build_main_window_for_test", "installation_problems", "Qt"]
