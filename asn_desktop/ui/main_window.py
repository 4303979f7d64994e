"""The main window: navigation on the left, one area at a time on the right."""

from __future__ import annotations

import logging
import time
import traceback
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import APP_NAME, __version__
from asn_desktop.domain.roles import Permission
from asn_desktop.services.actor import Actor
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui import langkah_pertama
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.jobs import wait_until
from asn_desktop.ui.labels import label
from asn_desktop.ui.loading import run_for
from asn_desktop.ui.lock import IdleWatcher, LockScreen
from asn_desktop.ui.opening import ContextFuture
from asn_desktop.ui.pages import Area, page_classes
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.i18n import fmt, teks

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext

log = logging.getLogger("asn_desktop")


def _belongs_to(w: QWidget, win: QWidget) -> bool:
    """A dialog or window of this main window (its parent chain reaches it)."""
    p = w.parentWidget()
    while p is not None:
        if p is win:
            return True
        p = p.parentWidget()
    return False

_ICONS = {
    "pegawai": QStyle.StandardPixmap.SP_DirHomeIcon,
    "skp": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "penilaian": QStyle.StandardPixmap.SP_DialogApplyButton,
    "kinerja_saya": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "laporan": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "karier": QStyle.StandardPixmap.SP_ArrowUp,  # promotion, salary steps, talent
    "layanan": QStyle.StandardPixmap.SP_FileDialogListView,  # questionnaires and registers
    "rapat": QStyle.StandardPixmap.SP_FileDialogContentsView,  # meetings, minutes and coaching notes
    "register": QStyle.StandardPixmap.SP_FileDialogDetailedView,  # service and complaint registers
    "sinkronisasi": QStyle.StandardPixmap.SP_BrowserReload,
    "pengaturan": QStyle.StandardPixmap.SP_FileDialogInfoView,
}


class MainWindow(QMainWindow):
    """Areas are created lazily on first visit so start-up stays fast on a regency database.

    At start-up (``ui/app.py``) the window is built from a ``ContextFuture``: it shows
    at once with its navigation, menus and a "Memuat…" area while the database opens
    in the background, and the first area's data (``BasePage.prefetch``) is fetched
    off the UI thread too; ``ready`` fires once the area is filled. Given an open
    ``AppContext`` (tests, self-test) everything is built synchronously as before.
    """

    #: After every committed write (any thread): what changed (``Change``) and the key of the
    #: area it was made for ("" = none). Delivered on the UI thread; ``_deliver`` passes it on.
    changes_made = Signal(object, str)
    ready = Signal()  # the database is open and the first area shows its data

    def __init__(self, ctx: "AppContext | ContextFuture", parent: QWidget | None = None, *,
                 office_name: str | None = None) -> None:
        super().__init__(parent)
        future = ctx if isinstance(ctx, ContextFuture) else None
        self.ctx: AppContext = None if future else ctx  # type: ignore[assignment] - set by _attach
        self.actor: Actor = future.actor if future else ctx.actor  # type: ignore[union-attr]
        self.db_path = Path(future.path if future else ctx.db.path)  # type: ignore[union-attr]
        self.db_label = future.label if future else ctx.db.label  # type: ignore[union-attr]
        self._office_name = office_name
        # each area's module and first data fetched off the UI thread (a window on an open
        # context, as in tests and the self-test, builds its areas synchronously)
        self._background = future is not None
        self.is_ready = False
        self._fit_to_screen()
        self._classes: list[Area] = []
        self._pages: dict[str, BasePage] = {}
        self._fetching: set[str] = set()
        self._missed: dict[str, Change] = {}  # announced while an area was being fetched: given to it once built
        self._areas_built = 0  # counts the area sets built (another account gets new ones)
        self._failed = False
        self._hidden_windows: list[QWidget] = []  # dialogs hidden while the window is locked
        self.lock_screen: LockScreen | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigasi")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(200)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        split = QSplitter()
        self.nav_column = QWidget()  # the navigation, and under it the first-steps list (ui/langkah_pertama.py)
        col = QVBoxLayout(self.nav_column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.nav, 1)
        split.addWidget(self.nav_column)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([self.nav.width(), 1080])  # the nav has a fixed width: no empty gap beside it
        self.areas = split
        self.outer = QStackedWidget()  # the areas, or the lock screen over them (ui/lock.py)
        self.outer.addWidget(split)
        self.setCentralWidget(self.outer)
        self.nav.currentRowChanged.connect(self._show_row)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._session_timer = QTimer(self)  # a revoked account leaves the screen without a write too
        self._session_timer.timeout.connect(self.check_session)
        self._session_timer.start(30_000)

        self._build_menu()
        self._build_status()
        self._build_areas()
        self.retranslate()
        self.changes_made.connect(self._deliver)
        self.nav.setCurrentRow(0)
        if future is not None:
            if future.done() and future.error() is None:
                self._attach(future.result())
            else:
                future.ready.connect(self._attach)
                future.failed.connect(self._open_failed)
        else:
            self._subscribe(self.ctx)
            self._start_idle_lock()
            self._mark_ready()

    def _build_areas(self) -> None:
        """Navigation and (placeholder) areas for the current actor's role."""
        self._areas_built += 1
        self._classes = [c for c in page_classes() if c.allowed(self.actor)]
        self.nav.blockSignals(True)
        self.nav.clear()
        for cls in self._classes:
            item = QListWidgetItem(self.style().standardIcon(_ICONS.get(cls.key, QStyle.StandardPixmap.SP_FileIcon)),
                                   cls.title())
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        for _cls in self._classes:
            self.stack.addWidget(self._placeholder())  # replaced by the real page on first visit
        self.menu_view.clear()
        self._view_actions = []
        for i, _cls in enumerate(self._classes):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.menu_view.addAction(act)
            self._view_actions.append(act)

    def _placeholder(self) -> QLabel:
        lbl = QLabel(self.tr("Memuat data…"))
        lbl.setObjectName("memuat")
        lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lbl.setStyleSheet("QLabel#memuat { color: #666; font-size: 11pt; }")
        return lbl

    # -- background start --------------------------------------------------------------
    def _attach(self, ctx: "AppContext") -> None:
        """The database is open: build the area on screen (its data fetched in the background)."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        self._subscribe(ctx)
        self.setWindowTitle(self._title())
        self._start_idle_lock()
        if ctx.db.is_server:
            self._start_presence()
            from asn_desktop.ui.pengaturan.cadangan import apply_tools_folder

            apply_tools_folder()  # pg_dump for the backups before imports, merges and on exit
        self._show_row(self.nav.currentRow())

    def _open_failed(self, exc: BaseException) -> None:
        """The background open failed (rare: the file was checked before the window showed)."""
        self._failed = True
        show_error(self, exc, getattr(exc, "__traceback_text__", None))
        self.skip_exit_backup = True
        self.close()

    def _fetch_then_show(self, row: int, cls: Area) -> None:
        """The area's ``prefetch`` off the UI thread, then the page built with its result (dropped
        when the window was deleted meanwhile: ``run_for`` delivers to a child of the window)."""
        self._fetching.add(cls.key)
        ctx = self.ctx
        built = self._areas_built

        def done(data: Any) -> None:
            if built != self._areas_built:
                return  # another account's areas meanwhile
            self._fetching.discard(cls.key)
            page = self._install_page(row, cls, data)
            missed = self._missed.pop(cls.key, Change.NONE)
            if missed:  # written after its data was read: the first show reads afresh if it shows that
                page.changes_made(missed, shown=False)
            if self.nav.currentRow() == row:  # on the next turn: building the page and showing it are two turns
                QTimer.singleShot(0, self, lambda: self._show_row(row) if self.nav.currentRow() == row else None)

        def failed(exc: BaseException, tb: str) -> None:  # the synchronous load then reports it
            if built != self._areas_built:
                return
            self._fetching.discard(cls.key)
            self._missed.pop(cls.key, None)
            log.warning("prefetch %s gagal: %s", cls.key, tb)
            self._install_page(row, cls, None)
            if self.nav.currentRow() == row:
                self._show_row(row)

        run_for(self, lambda: cls.prefetch(ctx), done, failed)

    def _install_page(self, row: int, cls: Area, data: Any) -> BasePage:
        page = cls(self.ctx, self)
        if data is not None:
            page.use_prefetched(data)
        self._pages[cls.key] = page
        page.undo_changed.connect(self.update_edit_actions)
        old = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        return page

    def _mark_ready(self) -> None:
        if not self.is_ready:
            self.is_ready = True
            langkah_pertama.mulai(self)
            self.ready.emit()

    def show_langkah_pertama(self) -> None:
        """Bantuan › Langkah pertama: the set-up checklist, reopened after it was closed."""
        langkah_pertama.tampilkan(self)

    # -- structure -----------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """1280x800 where it fits; office PCs with 1366x768 screens get the whole available area."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        avail = screen.availableGeometry()
        w, h = min(1280, avail.width()), min(800, avail.height())
        self.resize(w, h)
        if w == avail.width() or h == avail.height():
            self.move(avail.topLeft())

    def _title(self) -> str:
        name = self._office_name  # still opening: the name read before the window showed
        if self.ctx is not None:
            from asn_desktop.services.settings import get_office

            try:
                name = self._office_name = get_office(self.ctx).nama_kantor
            except ServiceError:  # the server out of reach (a language switch meanwhile): the name last read
                log.warning("nama kantor tidak terbaca untuk judul jendela", exc_info=True)
        if not name:
            name = self.tr("(kantor belum diatur)")
        return f"{APP_NAME} — {name}"

    def _build_menu(self) -> None:
        mb = self.menuBar()
        m_file = mb.addMenu("")
        self.act_switch = QAction(self)
        self.act_switch.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_switch.triggered.connect(self.switch_user)
        m_file.addAction(self.act_switch)
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock)
        m_file.addAction(self.act_lock)
        m_file.addSeparator()
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        m_file.addAction(self.act_quit)
        self._build_edit_menu(mb.addMenu(""))
        m_view = mb.addMenu("")
        self._view_actions: list[QAction] = []
        m_help = mb.addMenu("")
        self.act_guide = QAction(self)
        self.act_guide.triggered.connect(lambda: self.show_help(at_area=False))
        m_help.addAction(self.act_guide)
        self.act_guide_pdf = QAction(self)
        self.act_guide_pdf.triggered.connect(self.save_guide_pdf)
        m_help.addAction(self.act_guide_pdf)
        self.sc_help = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self.sc_help.activated.connect(self.show_help)
        m_help.addSeparator()
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.act_langkah = QAction(self)  # the set-up checklist (ui/langkah_pertama.py)
        self.act_langkah.triggered.connect(self.show_langkah_pertama)
        m_help.addAction(self.act_langkah)
        m_help.addAction(self.act_about)
        self.menu_file, self.menu_view, self.menu_help = m_file, m_view, m_help

    def _build_edit_menu(self, menu: QMenu) -> None:
        """Urungkan / Ulangi for the area on screen: each area keeps its own history of this
        session's edits (BasePage.undo_text); text fields keep their own Ctrl+Z while focused."""
        self.menu_edit = menu
        self.act_undo = QAction(self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_undo.triggered.connect(lambda _=False: self._undo_redo(undo=True))
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.triggered.connect(lambda _=False: self._undo_redo(undo=False))
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu.aboutToShow.connect(self.update_edit_actions)

    def _current_page(self) -> BasePage | None:
        key = self._current_key()
        return self._pages.get(key) if key is not None else None

    def update_edit_actions(self) -> None:
        """The Edit menu names what Ctrl+Z would take back in the area on screen."""
        if not hasattr(self, "act_undo"):
            return
        page = self._current_page()
        undo = page.undo_text() if page is not None else ""
        redo = page.redo_text() if page is not None else ""
        self.act_undo.setText(fmt(self.tr("&Urungkan: %1"), undo) if undo else self.tr("&Urungkan"))
        self.act_redo.setText(fmt(self.tr("U&langi: %1"), redo) if redo else self.tr("U&langi"))
        self.act_undo.setEnabled(bool(undo))
        self.act_redo.setEnabled(bool(redo))

    def _undo_redo(self, *, undo: bool) -> None:
        page = self._current_page()
        if page is None or self.is_locked:
            return
        if undo:
            page.undo()
        else:
            page.redo()
        self.update_edit_actions()

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.lbl_db = QLabel()
        self.lbl_others = QLabel()
        self.lbl_others.setObjectName("orangLain")
        self.lbl_others.hide()
        self.lbl_user = QLabel()
        # a normal widget, so a temporary message ("Diurungkan: …", a result) takes its place while it
        # shows; as a permanent one with stretch it left those messages no room at all
        sb.addWidget(self.lbl_db, 1)
        sb.addPermanentWidget(self.lbl_others)
        sb.addPermanentWidget(self.lbl_user)
        # Hidden by us while a message shows: the bar hides a normal widget itself, but shows it
        # again whenever it lays itself out (a result banner appearing), on top of the message.
        sb.messageChanged.connect(lambda text: self.lbl_db.setVisible(not text))

    # -- several PCs on one server -----------------------------------------------------
    def _start_presence(self) -> None:
        """On a server database: who else is working now, in the status bar (every minute)."""
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(60_000)
        self._presence_timer.timeout.connect(self.refresh_presence)
        self._presence_timer.start()
        self.refresh_presence()

    def refresh_presence(self) -> None:
        from asn_desktop.services.presence import other_sessions

        try:
            others = other_sessions(self.ctx)
        except Exception:  # noqa: BLE001 - a server gone for a moment: the next tick tries again
            return
        if not others:
            self.lbl_others.hide()
            return
        names = [o.who for o in others]
        self.lbl_others.setText(fmt(self.tr("Juga bekerja sekarang: %1"), ", ".join(names[:3])
                                    + (fmt(self.tr(" dan %1 lainnya"), str(len(names) - 3)) if len(names) > 3 else "")))
        self.lbl_others.setToolTip("\n".join(
            f"{o.who} — {o.since:%d-%m-%Y %H:%M}" if o.since else o.who for o in others))
        self.lbl_others.show()

    def retranslate(self) -> None:
        """Every text of the window's own chrome, in the installed language (again after a switch)."""
        self.setWindowTitle(self._title())
        for i, cls in enumerate(self._classes):
            item = self.nav.item(i)
            item.setText(cls.title())
            item.setToolTip(fmt(self.tr("%1 (Ctrl+%2)"), cls.title(), str(i + 1)))
            self._view_actions[i].setText(cls.title())
        self.menu_file.setTitle(self.tr("&Berkas"))
        self.act_switch.setText(self.tr("&Ganti pengguna…"))
        self.act_lock.setText(self.tr("K&unci"))
        self.act_quit.setText(self.tr("&Keluar"))
        self.menu_edit.setTitle(self.tr("&Sunting"))
        self.update_edit_actions()
        self.menu_view.setTitle(self.tr("&Tampilan"))
        self.menu_help.setTitle(self.tr("Ba&ntuan"))
        self.act_guide.setText(self.tr("&Panduan Pengguna"))
        self.act_guide.setToolTip(self.tr("F1 membuka panduan di bagian area yang sedang dibuka"))
        self.act_guide_pdf.setText(self.tr("Simpan Panduan sebagai &PDF…"))
        self.act_about.setText(fmt(self.tr("&Tentang %1"), APP_NAME))
        self.act_langkah.setText(self.tr("&Langkah pertama…"))
        self.act_langkah.setVisible(self.actor.can(Permission.MASTER_WRITE))
        self.lbl_db.setText(fmt(self.tr("Basis data: %1"), self.db_label))
        self.lbl_user.setText(
            fmt(self.tr("Pengguna: %1 (%2)"), self.actor.username, label(self.actor.role))
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Pengaturan › Bahasa installs other translators at run time (ui/i18n.py)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "lbl_user"):
            self.retranslate()
            if self.lock_screen is not None:
                self.lock_screen.retranslate()
        super().changeEvent(event)

    # -- navigation ------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.update_edit_actions()
        if self.ctx is None or self._classes[row].key in self._fetching:
            return  # "Memuat data…" until the database / the area's data is there
        cls = self._classes[row]
        page = self._pages.get(cls.key)
        if page is None:
            if self._background:  # the area's module (and its ``prefetch``) off the UI thread
                self._fetch_then_show(row, cls)
                return
            page = self._install_page(row, cls, None)
        self.stack.setCurrentIndex(row)
        try:
            page.activate()
        except Exception as exc:  # noqa: BLE001 - its first read failed (database busy, unreadable): said, the window goes on; F5 reads again
            show_error(page, exc, traceback.format_exc())
        self.update_edit_actions()
        self._mark_ready()

    def goto(self, key: str) -> BasePage:
        """Show an area and return its page (waits for a start still under way)."""
        for row, cls in enumerate(self._classes):
            if cls.key == key:
                self.nav.setCurrentRow(row)
                self.wait_ready(key)
                if key not in self._pages:
                    self._show_row(row)
                page = self._pages[key]
                wait_until(lambda: page.is_loaded or self._failed)  # its data fetched in the background
                return page
        raise KeyError(key)

    def wait_ready(self, key: str | None = None) -> None:
        """Until the database is open and the first area filled, and ``key``'s data is not
        being fetched any more (events keep flowing)."""
        wait_until(lambda: self._failed or (self.is_ready and key not in self._fetching))

    def page(self, key: str) -> BasePage | None:
        return self._pages.get(key)

    # -- change notification ---------------------------------------------------------------
    def _subscribe(self, ctx: "AppContext") -> None:
        """Hear of every committed write once; areas refresh from ``changes_made``."""
        ref = weakref.ref(self)

        def listener(changes: Change, origin: str | None) -> None:  # the writing thread
            win = ref()
            try:
                if win is not None:
                    win._committed(changes, origin)
                    return
            except RuntimeError:  # the window itself is gone (tests open many on one database)
                pass
            ctx.unsubscribe(listener)

        ctx.subscribe(listener)

    def _committed(self, changes: Change, origin: str | None) -> None:
        """On the UI thread a write without a stated origin comes from the area on screen
        (its dialogs are modal); a background job states its area (ui/jobs.py)."""
        if origin is None and QThread.currentThread() is self.thread():
            origin = self._current_key()
        self.changes_made.emit(changes, origin or "")

    def _current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._classes[row].key if 0 <= row < len(self._classes) else None

    def _deliver(self, changes: Change, origin: str) -> None:
        """Each area that shows the changed data refreshes: the one on screen at once, the
        others on their next visit. The area that made the change updated itself from the
        operation's result (the Pegawai list replaces only the touched rows)."""
        if changes & Change.KANTOR:
            self.setWindowTitle(self._title())
        current = self._current_key()
        for key, page in list(self._pages.items()):
            if key == origin:
                continue
            page.changes_made(changes, shown=key == current)
        for key in self._fetching - {origin}:
            self._missed[key] = self._missed.get(key, Change.NONE) | changes

    # -- lock, switch user, revoked session ------------------------------------------------
    def _start_idle_lock(self) -> None:
        from asn_desktop.services.settings import get_idle_lock_minutes

        try:
            self.idle.set_minutes(get_idle_lock_minutes(self.ctx))
        except Exception as exc:  # noqa: BLE001 - a setting must not stop the window
            log.warning("kunci otomatis tidak dapat dibaca: %s", exc)

    def apply_idle_lock(self, minutes: int) -> None:
        """Pengaturan › Keamanan changed the idle lock: applies at once."""
        self.idle.set_minutes(minutes)

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.outer.currentWidget() is self.lock_screen

    def _cover(self, mode: str, message: str = "") -> LockScreen:
        """Hide the areas, the menus and every open dialog behind the lock screen."""
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self)
            self.lock_screen.unlocked.connect(self._unlocked)
            self.lock_screen.quit_requested.connect(self.close)
            self.outer.addWidget(self.lock_screen)
        if not self.is_locked:
            self._hidden_windows = [
                w for w in QApplication.topLevelWidgets()
                if w is not self and w.isVisible() and _belongs_to(w, self)
            ]
            for w in self._hidden_windows:
                w.hide()
        self.outer.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lbl_user.setText(self.tr("Terkunci"))
        self.lock_screen.show_mode(mode, self.ctx, self.actor, message)
        return self.lock_screen

    def check_session(self) -> bool:
        """Back to the login when an admin deactivated or changed this account; True = still valid."""
        if self.ctx is None or self.is_locked:
            return True
        try:
            problem = self.ctx.session_pesan()
        except Exception as exc:  # noqa: BLE001 - busy database: ask again later
            log.info("pemeriksaan sesi dilewati: %s", exc)
            return True
        if problem is None:
            return True
        self.session_ended(teks(problem))
        return False

    def lock(self) -> None:
        """Berkas › Kunci (Ctrl+L) and the idle lock: the same user's password opens it again."""
        if self.ctx is None or self.is_locked:
            return
        self._cover(LockScreen.KUNCI)

    def switch_user(self) -> None:
        """Berkas › Ganti pengguna: another account logs in; the areas are rebuilt for it."""
        if self.ctx is None:
            return
        self._cover(LockScreen.GANTI)

    def session_ended(self, message: str) -> None:
        """A write was refused because an admin deactivated or changed this account since
        login (services/context.py): back to the login, nothing of the window is trusted."""
        if self.ctx is None:
            return
        self._cover(LockScreen.GANTI, message)

    def _unlocked(self, actor: Actor) -> None:
        same = (actor.user_id == self.actor.user_id and actor.role == self.actor.role
                and actor.pegawai_id == self.actor.pegawai_id)
        if same:
            self.ctx.actor = actor  # shared by every area: they go on with the fresh session
            self.actor = actor
            windows, self._hidden_windows = self._hidden_windows, []
            for w in windows:
                w.show()
        else:
            self._rebuild_for(actor)
        self.outer.setCurrentWidget(self.areas)
        self.menuBar().setEnabled(True)
        self.retranslate()
        self.idle.last_input = time.monotonic()
        app = QApplication.instance()
        if app is not None:  # for the crash report
            app.setProperty("asn_user", f"{actor.username} ({actor.role.label})")

    def _rebuild_for(self, actor: Actor) -> None:
        """Another account: close what the previous one had open and build its areas anew."""
        windows, self._hidden_windows = self._hidden_windows, []
        for w in windows:
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.close()
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        self._fetching.clear()
        self._missed.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.actor = actor
        self.ctx = self.ctx.as_actor(actor)
        self._build_areas()
        self.nav.setCurrentRow(0)
        self._show_row(0)
        langkah_pertama.mulai(self)

    def on_exit(self) -> None:
        """Called by ui/app.py after the event loop: automatic backup on exit."""
        from asn_desktop.services.cadangan import automatic_backup

        if self.ctx is None or getattr(self, "skip_exit_backup", False):  # just restored: restarting on the restored file
            return
        automatic_backup(self.ctx, "keluar")

    def show_help(self, at_area: bool = True) -> QWidget:
        """F1: the Panduan Pengguna at the current area (and tab); Bantuan › Panduan at its start."""
        from asn_desktop.ui.bantuan import show_help

        key = self._current_key() if at_area else None
        return show_help(self, key, self.page(key) if key else None)

    def save_guide_pdf(self) -> None:
        from asn_desktop.ui.bantuan import save_guide_pdf

        save_guide_pdf(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            fmt(self.tr("Tentang %1"), APP_NAME),
            fmt(self.tr(
                "<h3>%1</h3><p>Versi %2</p><p>Pengelolaan kinerja ASN kecamatan secara offline: "
                "SKP, penilaian kinerja, dan pertukaran Excel dengan BKPSDM "
                "(PermenPANRB 6/2022, SE MenPANRB 3/2023).</p><p>Basis data:<br><code>%3</code></p>"
            ), APP_NAME, __version__, str(self.db_path)),
        )
