"""Area 'SKP' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class SkpPage(PlaceholderPage):
    key = "skp"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SkpPage", "SKP")

    description = "Sasaran Kinerja Pegawai: penyusunan, persetujuan, cascading, dan cetak."
