"""Area 'Penilaian' of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import PlaceholderPage


class PenilaianPage(PlaceholderPage):
    key = "penilaian"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PenilaianPage", "Penilaian")

    description = "Evaluasi kinerja periodik dan tahunan, predikat, dan kurva distribusi."
