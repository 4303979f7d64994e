"""Bantuan › Langkah pertama: the set-up checklist of a new office, docked beside the areas.

Shown by itself at the start while the office has not finalised its first evaluation (the end
of the first cycle) and the user has not closed it; reopened from the Bantuan menu at any
time. Every step is computed by ``services/langkah_pertama.py`` from the data and refreshed
through the change flags (services/changes.py); a click on a step opens the place where it
is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.options import LANGKAH_PERTAMA_DITUTUP
from asn_desktop.services import langkah_pertama as L
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui import preferences
from asn_desktop.ui.i18n import fmt

if TYPE_CHECKING:
    from asn_desktop.ui.main_window import MainWindow

#: what the steps are computed from: any of these changing refreshes the list
WATCHES = Change.KANTOR | Change.PEGAWAI | Change.AKUN | Change.PERIODE | Change.SKP | Change.EVALUASI \
    | Change.ORGANISASI | Change.RIWAYAT


class LangkahPertamaPanel(QWidget):
    """The steps with their progress; ``open_requested(kode)`` when one is clicked."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: L.LangkahPertama | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.lbl_intro = QLabel()
        self.lbl_intro.setWordWrap(True)
        lay.addWidget(self.lbl_intro)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        lay.addWidget(self.progress)
        self.buttons: dict[str, QPushButton] = {}
        for kode in L.URUTAN:
            b = QPushButton()
            b.setObjectName("langkah_" + kode)
            b.setFlat(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setStyleSheet("QPushButton { text-align: left; padding: 5px 4px; }"
                            "QPushButton:hover { background: #EEF2F7; }")
            b.clicked.connect(lambda _=False, k=kode: self.open_requested.emit(k))
            self.buttons[kode] = b
            lay.addWidget(b)
        self.lbl_done = QLabel()
        self.lbl_done.setWordWrap(True)
        self.lbl_done.setStyleSheet("color: #166534;")
        lay.addWidget(self.lbl_done)
        lay.addStretch(1)
        self.lbl_hint = QLabel()
        self.lbl_hint.setWordWrap(True)
        self.lbl_hint.setStyleSheet("color: #5f6368;")
        lay.addWidget(self.lbl_hint)

    def _titles(self) -> dict[str, tuple[str, str]]:
        """Step → (what to do, where it is done)."""
        return {
            L.IDENTITAS: (self.tr("Isi identitas kantor"), self.tr("Pengaturan › Identitas Kantor")),
            L.PEGAWAI: (self.tr("Impor data pegawai"), self.tr("Sinkronisasi › Impor data pegawai")),
            L.AKUN_PENILAI: (self.tr("Buat akun para atasan (penilai)"), self.tr("Pengaturan › Pengguna")),
            L.PERIODE: (self.tr("Buka tahun kinerja dan periodenya"), self.tr("Penilaian › Pengaturan Periode")),
            L.SKP_DIBUAT: (self.tr("Buat SKP setiap pegawai"), self.tr("SKP › Ikhtisar")),
            L.SKP_DISETUJUI: (self.tr("SKP disetujui pejabat penilai"), self.tr("SKP › Ikhtisar")),
            L.PREDIKAT_ORGANISASI: (self.tr("Tetapkan predikat kinerja organisasi tiap unit"),
                                    self.tr("Penilaian › Kurva distribusi")),
            L.EVALUASI_PERTAMA: (self.tr("Finalisasi evaluasi pertama"), self.tr("Penilaian")),
        }

    def show_state(self, state: L.LangkahPertama) -> None:
        self.state = state
        self.lbl_intro.setText(fmt(self.tr("Persiapan kantor untuk tahun kinerja %1. Klik satu langkah untuk "
                                           "membuka tempat mengerjakannya."), str(state.tahun)))
        self.progress.setRange(0, state.total)
        self.progress.setValue(state.selesai)
        self.progress.setFormat(fmt(self.tr("%1 dari %2 langkah selesai"), str(state.selesai), str(state.total)))
        titles = self._titles()
        berikut = next((x.kode for x in state.langkah if not x.selesai), None)
        for n, step in enumerate(state.langkah, start=1):
            judul, tempat = titles[step.kode]
            text = f"{'✔' if step.selesai else '○'}  {n}. {judul}"
            hitung = self._count(step, state)
            if hitung:
                text += f" — {hitung}"
            b = self.buttons[step.kode]
            b.setText(text)
            b.setToolTip(fmt(self.tr("Dikerjakan di %1"), tempat))
            color = "#166534" if step.selesai else "#111827"
            weight = "600" if step.kode == berikut else "400"
            b.setStyleSheet(f"QPushButton {{ text-align: left; padding: 5px 4px; color: {color}; "
                            f"font-weight: {weight}; }} QPushButton:hover {{ background: #EEF2F7; }}")
        self.lbl_done.setText(self.tr("Semua langkah pertama selesai. Daftar ini dapat ditutup; buka lagi "
                                      "dari Bantuan › Langkah pertama.") if state.lengkap else "")
        self.lbl_hint.setText(self.tr("Ditutup? Buka lagi dari menu Bantuan › Langkah pertama."))

    def _count(self, step: L.Langkah, state: L.LangkahPertama) -> str:
        if step.kode == L.PEGAWAI:
            return fmt(self.tr("%1 pegawai aktif"), str(step.jumlah or 0)) if step.jumlah else ""
        if step.kode == L.EVALUASI_PERTAMA:
            return fmt(self.tr("%1 evaluasi final"), str(step.jumlah)) if step.jumlah else ""
        if step.kode == L.PREDIKAT_ORGANISASI and not state.periode:
            return self.tr("belum ada periode yang dibuka")
        if step.kode == L.PREDIKAT_ORGANISASI:
            return fmt(self.tr("%1 dari %2 unit, %3"), str(step.jumlah), str(step.dari), state.periode)
        if step.dari is not None:
            return fmt(self.tr("%1 dari %2"), str(step.jumlah), str(step.dari))
        return ""


class LangkahPertamaDock(QDockWidget):
    """The panel in a dock on the right of the main window; closing it is remembered."""

    def __init__(self, win: "MainWindow") -> None:
        super().__init__(win)
        self.win = win
        self.setObjectName("langkahPertama")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.panel = LangkahPertamaPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        self._stale = True
        self._closing_by_app = False
        self.panel.open_requested.connect(self.open_step)
        self.visibilityChanged.connect(self._visibility)
        win.changes_made.connect(self._changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Langkah pertama"))
        if self.panel.state is not None:
            self.panel.show_state(self.panel.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:  # Pengaturan › Bahasa switched at run time
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> bool:
        """Read the steps again; False when they cannot be read (the dock then stays as it was)."""
        try:
            state = L.status_langkah_pertama(self.win.ctx)
        except ServiceError:
            return False
        self._stale = False
        self.panel.show_state(state)
        return True

    def _changes(self, changes: Change, _origin: str) -> None:
        if not changes & WATCHES:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Closed by the user: not shown by itself at the next start (Bantuan reopens it)."""
        if not self._closing_by_app:
            preferences.write(LANGKAH_PERTAMA_DITUTUP, "ya")
        super().closeEvent(event)

    def open_step(self, kode: str) -> None:
        """The place where ``kode`` is done: its area, and the tab or dialog within it."""
        actions: dict[str, tuple[str, Callable[[object], object] | None]] = {
            L.IDENTITAS: ("pengaturan", lambda p: p.show_tab("identitas")),  # type: ignore[attr-defined]
            L.PEGAWAI: ("sinkronisasi", None),
            L.AKUN_PENILAI: ("pengaturan", lambda p: p.show_tab("pengguna")),  # type: ignore[attr-defined]
            L.PERIODE: ("penilaian", lambda p: QTimer.singleShot(0, p.pengaturan_periode)),  # type: ignore[attr-defined]
            L.SKP_DIBUAT: ("skp", lambda p: p.show_home()),  # type: ignore[attr-defined]
            L.SKP_DISETUJUI: ("skp", lambda p: p.show_home()),  # type: ignore[attr-defined]
            L.PREDIKAT_ORGANISASI: ("penilaian", None),
            L.EVALUASI_PERTAMA: ("penilaian", None),
        }
        area, then = actions[kode]
        try:
            page = self.win.goto(area)
        except KeyError:  # the area is not this user's: the nearest one that is
            try:
                page = self.win.goto("pegawai")
            except KeyError:
                return
            then = None
        if then is not None:
            then(page)


def dock_of(win: "MainWindow") -> LangkahPertamaDock | None:
    return win.findChild(LangkahPertamaDock, "langkahPertama")


def boleh(win: "MainWindow") -> bool:
    """Only those who set the office up see the list (the service refuses the others too)."""
    return win.actor.can(Permission.MASTER_WRITE)


def tampilkan(win: "MainWindow") -> LangkahPertamaDock | None:
    """Bantuan › Langkah pertama: show (or create) the dock, freshly read."""
    if win.ctx is None or not boleh(win):
        return None
    dock = dock_of(win)
    if dock is None:
        dock = LangkahPertamaDock(win)
        win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.refresh()
    dock.show()
    dock.raise_()
    return dock


def mulai(win: "MainWindow") -> None:
    """At the start: the list shows by itself until the first evaluation is final, unless closed."""
    dock = dock_of(win)
    if not boleh(win):
        if dock is not None:  # another user took over the window
            dock._closing_by_app = True
            dock.close()
            dock._closing_by_app = False
        return
    if win.ctx is None or preferences.read(LANGKAH_PERTAMA_DITUTUP) == "ya":
        return
    try:
        state = L.status_langkah_pertama(win.ctx)
    except ServiceError:
        return
    if not state[L.EVALUASI_PERTAMA].selesai:
        tampilkan(win)
