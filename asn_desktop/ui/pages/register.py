"""Area 'Register Layanan': the service register, the complaint register, their standards and holidays, and
the service dashboard (kinerja-asn.md §9).

The front desk (Operator, Admin) records requests and complaints as they come and imports registers kept
in Excel; the unit's leaders read the dashboard (per unit and month: volumes, % on time, complaint
response time, the period's IKM). The dashboard lives here, next to the records it counts and the SKM
area, rather than in Laporan, whose tabs follow the evaluation year while these figures follow any date
range the Camat chooses. Reading and writing go through ``services.layanan``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from asn_desktop.domain.roles import Permission
from asn_desktop.services.changes import Change
from asn_desktop.ui.layanan.dasbor import DasborTab
from asn_desktop.ui.layanan.register import LayananTab, PengaduanTab
from asn_desktop.ui.layanan.standar import StandarTab
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.pegawai.widgets import DateField

#: Replaced in tests: the answer to a confirmation question (None = ask).
CONFIRM: Callable[[str], bool] | None = None


def _kuartal(d: date) -> tuple[date, date]:
    q = (d.month - 1) // 3
    start = date(d.year, q * 3 + 1, 1)
    end = date(d.year + (q == 3), (q * 3 + 3) % 12 + 1, 1) - timedelta(days=1)
    return start, end


class RegisterPage(BasePage):
    key = "register"
    watches = Change.LAYANAN | Change.SKM | Change.PEGAWAI | Change.ORGANISASI

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RegisterPage", "Register Layanan")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addWidget(QLabel(self.tr("<h2 style='margin:0'>Register Layanan dan Pengaduan</h2>")))
        sub = QLabel(self.tr(
            "Setiap permohonan dan pengaduan dicatat di loket; dari catatan ini dihitung jumlah layanan, persentase "
            "selesai tepat waktu, waktu layanan, dan waktu respon pengaduan per petugas, unit dan periode."))
        sub.setWordWrap(True)
        sub.setStyleSheet("color:#4a5560;")
        lay.addWidget(sub)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Periode:")))
        self.preset = QComboBox()
        for key, text in (("tahun", self.tr("Tahun ini")), ("kuartal", self.tr("Triwulan ini")),
                          ("kuartal_lalu", self.tr("Triwulan lalu")), ("bulan", self.tr("Bulan ini")),
                          ("semua", self.tr("Semua")), ("atur", self.tr("Atur sendiri"))):
            self.preset.addItem(text, key)
        bar.addWidget(self.preset)
        self.dari = DateField()
        self.sampai = DateField()
        bar.addWidget(self.dari)
        bar.addWidget(QLabel(self.tr("s.d.")))
        bar.addWidget(self.sampai)
        self.btn_apply = QPushButton(self.tr("Tampilkan"))
        self.btn_apply.clicked.connect(self._apply_period)
        bar.addWidget(self.btn_apply)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_layanan = LayananTab(self)
        self.tab_pengaduan = PengaduanTab(self)
        self.tab_standar = StandarTab(self)
        self.tab_dasbor = DasborTab(self)
        self.tabs.addTab(self.tab_layanan, self.tr("Register layanan"))
        self.tabs.addTab(self.tab_pengaduan, self.tr("Register pengaduan"))
        self.tabs.addTab(self.tab_standar, self.tr("Standar && hari libur"))
        self.tabs.addTab(self.tab_dasbor, self.tr("Dasbor layanan"))
        self.tabs.setTabEnabled(3, self.may_see_results())
        self.tabs.currentChanged.connect(self._tab_changed)
        lay.addWidget(self.tabs, 1)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self._preset_changed()
        if not ctx.actor.can(Permission.LAYANAN_ENTRI) and self.may_see_results():
            self.tabs.setCurrentIndex(3)

    def may_see_results(self) -> bool:
        a = self.ctx.actor
        return a.can(Permission.SCOPE_ALL) or a.can(Permission.LAYANAN_HASIL)

    # ---------------------------------------------------------------- period
    def _preset_changed(self, *_a: Any) -> None:
        key = self.preset.currentData()
        today = date.today()
        rng: tuple[date | None, date | None]
        if key == "tahun":
            rng = (date(today.year, 1, 1), date(today.year, 12, 31))
        elif key == "kuartal":
            rng = _kuartal(today)
        elif key == "kuartal_lalu":
            rng = _kuartal(_kuartal(today)[0] - timedelta(days=1))
        elif key == "bulan":
            nxt = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
            rng = (date(today.year, today.month, 1), nxt - timedelta(days=1))
        elif key == "semua":
            rng = (None, None)
        else:
            self.dari.setFocus()
            return
        self.dari.set_value(rng[0])
        self.sampai.set_value(rng[1])
        if self._loaded:
            self._reload_tabs()

    def _apply_period(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("atur"))
        self.preset.blockSignals(False)
        self._reload_tabs()

    def periode(self) -> tuple[date | None, date | None]:
        return self.dari.value(), self.sampai.value()

    def periode_pasti(self) -> tuple[date, date]:
        """The period for figures: open ends become this year's."""
        a, b = self.periode()
        if a is None:
            a = date((b or date.today()).year, 1, 1)
        if b is None:
            b = date(a.year, 12, 31)
        return (a, b) if a <= b else (b, a)

    # ---------------------------------------------------------------- loading
    def _current(self) -> Any:
        return self.tabs.currentWidget()

    def _tab_changed(self, _i: int) -> None:
        if self._loaded:
            self._current().ensure_loaded()

    def _reload_tabs(self) -> None:
        for t in (self.tab_layanan, self.tab_pengaduan, self.tab_standar, self.tab_dasbor):
            t.loaded = False
        self._current().ensure_loaded()

    def load(self) -> None:
        self._reload_tabs()

    def apply_changes(self, changes: Change) -> None:
        if changes & (Change.PEGAWAI | Change.ORGANISASI | Change.LAYANAN):
            self.tab_layanan.refresh_choices()
        self._reload_tabs()

    def standards_changed(self) -> None:
        self.tab_layanan.refresh_choices()
        self.tab_layanan.loaded = False
        self.tab_dasbor.loaded = False

    def confirm(self, text: str) -> bool:
        if CONFIRM is not None:
            return CONFIRM(text)
        from asn_desktop.ui.skp.common import confirm

        return confirm(self, self.tr("Register layanan"), text, self.tr("Hapus"), danger=True)
