"""Area 'Pengaturan': office identity, own account, users, backups, audit log, language.

Tabs appear by permission (the services enforce the same rules): everyone has
'Akun Saya' and 'Bahasa'; 'Pengguna' and 'Log Audit' are admin's; 'Cadangan'
is for admin and operator (restoring is admin-only). Each tab loads on first view.
The tabs live in ``ui/pengaturan/``, one module each; this module is the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from asn_desktop.domain.roles import Permission
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.pengaturan.akun import AkunSayaTab, PenggunaTab
from asn_desktop.ui.pengaturan.audit import AuditTab
from asn_desktop.ui.pengaturan.bahasa import BahasaTab
from asn_desktop.ui.pengaturan.cadangan import CadanganTab
from asn_desktop.ui.pengaturan.identitas import IdentitasTab
from asn_desktop.ui.pengaturan.keamanan import KeamananTab


# =========================================================================== page


class PengaturanPage(BasePage):
    key = "pengaturan"
    #: What each tab shows; a change reloads only the tabs it touches (the audit log: every write).
    TAB_WATCHES: dict[str, Change] = {
        "identitas": Change.KANTOR,
        "akun": Change.AKUN,
        "pengguna": Change.AKUN | Change.PEGAWAI,  # accounts are linked to employees by name
        "cadangan": Change.CADANGAN,
        "audit": Change.AUDIT,
        "keamanan": Change.KANTOR,
    }
    watches = Change.KANTOR | Change.AKUN | Change.PEGAWAI | Change.CADANGAN | Change.AUDIT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        a = ctx.actor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs)
        specs: list[tuple[type[QWidget], str, bool]] = [
            (IdentitasTab, self.tr("Identitas Kantor"), a.can(Permission.SETTINGS) or a.can(Permission.MASTER_READ)),
            (AkunSayaTab, self.tr("Akun Saya"), True),
            (PenggunaTab, self.tr("Pengguna"), a.can(Permission.USERS)),
            (CadanganTab, self.tr("Cadangan"), a.can(Permission.BACKUP)),
            (AuditTab, self.tr("Log Audit"), a.can(Permission.AUDIT_READ)),
            (BahasaTab, self.tr("Bahasa"), True),
            (KeamananTab, self.tr("Keamanan"), a.can(Permission.SETTINGS)),
        ]
        self.tab_widgets: dict[str, QWidget] = {}
        self._loaded_tabs: set[str] = set()
        for cls, caption, ok in specs:
            if not ok:
                continue
            w = cls(ctx, self)  # type: ignore[call-arg]
            self.tab_widgets[w.key] = w  # type: ignore[attr-defined]
            self.tabs.addTab(w, caption)
        self.tabs.currentChanged.connect(self._tab_shown)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PengaturanPage", "Pengaturan")

    def load(self) -> None:
        self._loaded_tabs.clear()
        self._tab_shown(self.tabs.currentIndex())

    def apply_changes(self, changes: Change) -> None:
        """Only the tabs showing changed data are read again (the current one now)."""
        for key, shows in self.TAB_WATCHES.items():
            if shows & changes:
                self._loaded_tabs.discard(key)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w is None:
            return
        key = getattr(w, "key", "")
        if key not in self._loaded_tabs:
            self._loaded_tabs.add(key)
            w.load()  # type: ignore[attr-defined]

    def show_tab(self, key: str) -> QWidget | None:
        w = self.tab_widgets.get(key)
        if w is not None:
            self.tabs.setCurrentWidget(w)
            self._tab_shown(self.tabs.currentIndex())
        return w
