"""Area 'Pengaturan' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class PengaturanPage(PlaceholderPage):
    key = "pengaturan"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PengaturanPage", "Pengaturan")

    description = "Identitas kantor, pengguna, cadangan, dan bahasa."
