"""The main window's areas, in navigation order.

Each area lives in its own module; the registry below is the only place the
main window learns about them.
"""

from __future__ import annotations

from asn_desktop.ui.pages.base import BasePage


def page_classes() -> list[type[BasePage]]:
    from asn_desktop.ui.pages.laporan import LaporanPage
    from asn_desktop.ui.pages.pegawai import PegawaiPage
    from asn_desktop.ui.pages.penilaian import PenilaianPage
    from asn_desktop.ui.pages.pengaturan import PengaturanPage
    from asn_desktop.ui.pages.sinkronisasi import SinkronisasiPage
    from asn_desktop.ui.pages.skp import SkpPage

    return [PegawaiPage, SkpPage, PenilaianPage, LaporanPage, SinkronisasiPage, PengaturanPage]
