"""Area 'Laporan' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class LaporanPage(PlaceholderPage):
    key = "laporan"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LaporanPage", "Laporan")

    description = "Kelengkapan, distribusi predikat, dan daftar tindak lanjut."
