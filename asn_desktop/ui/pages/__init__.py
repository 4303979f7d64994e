"""The main window's areas, in navigation order.

Each area lives in its own module; the registry below is the only place the
main window learns about them. An entry names the module and class without
importing it: the areas' modules pull in openpyxl, reportlab, argon2 and the
services behind them (measured 0.25 s of a 1.07 s start on the 15,000-employee
database, docs/benchmarks.md), so an area's module loads on its first visit.
``tests/bundle/test_bundle_areas.py`` checks each entry against its class. Who sees
which area is declared once, in ``domain/roles.AREA_PERMISSIONS``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from asn_desktop.ui.pages.base import BasePage, area_allowed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from asn_desktop.services.context import Actor, AppContext


@dataclass(frozen=True)
class Area:
    """What the main window needs to list an area; calling it builds the page."""

    key: str
    module: str
    class_name: str
    title_source: str  # the class's title(): QCoreApplication.translate(class_name, title_source)

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def allowed(self, actor: "Actor") -> bool:
        return area_allowed(self.key, actor)

    def page_class(self) -> type[BasePage]:
        return getattr(importlib.import_module(self.module), self.class_name)

    def __call__(self, ctx: "AppContext", parent: "QWidget | None" = None) -> BasePage:
        return self.page_class()(ctx, parent)

    def prefetch(self, ctx: "AppContext") -> Any:
        """The page's ``prefetch(ctx)``, run off the UI thread (its module is imported there too)."""
        return self.page_class().prefetch(ctx)


AREAS: tuple[Area, ...] = (
    Area("pegawai", "asn_desktop.ui.pages.pegawai", "PegawaiPage", "Pegawai"),
    Area("skp", "asn_desktop.ui.pages.skp", "SkpPage", "SKP"),
    Area("penilaian", "asn_desktop.ui.pages.penilaian", "PenilaianPage", "Penilaian"),
    Area("laporan", "asn_desktop.ui.pages.laporan", "LaporanPage", "Laporan"),
    Area("layanan", "asn_desktop.ui.pages.layanan", "LayananPage", "Layanan Publik"),
    Area("register", "asn_desktop.ui.pages.register", "RegisterPage", "Register Layanan"),
    Area("sinkronisasi", "asn_desktop.ui.pages.sinkronisasi", "SinkronisasiPage", "Sinkronisasi Excel"),
    Area("pengaturan", "asn_desktop.ui.pages.pengaturan", "PengaturanPage", "Pengaturan"),
)


def page_classes() -> list[Area]:
    """The areas in navigation order (each behaves like its page class: key, title(), allowed(), call)."""
    return list(AREAS)
