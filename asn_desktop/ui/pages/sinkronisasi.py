"""Area 'Sinkronisasi Excel' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class SinkronisasiPage(PlaceholderPage):
    key = "sinkronisasi"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SinkronisasiPage", "Sinkronisasi Excel")

    description = "Impor daftar pegawai dari BKPSDM, ekspor hasil, dan formulir penilaian offline."
