"""Area 'Pegawai' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class PegawaiPage(PlaceholderPage):
    key = "pegawai"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PegawaiPage", "Pegawai")

    description = "Daftar pegawai, profil, riwayat, dan struktur organisasi."
