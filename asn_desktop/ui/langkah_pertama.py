"""Bantuan › Langkah pertama: the set-up checklist of a new office, under the navigation.

Shown by itself at the start while the office has not finalised its first evaluation (the end
of the first cycle) and the user has not closed it; reopened from the Bantuan menu at any
time. Every step is computed by ``services/langkah_pertama.py`` from the data and refreshed
through the change flags (services/changes.py); a click on a step opens the place where it
is done.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.options import LANGKAH_PERTAMA_DITUTUP
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui import preferences
from asn_desktop.ui.i18n import fmt

if TYPE_CHECKING:
    from asn_desktop.services import langkah_pertama as L  # imported where used: the first window stays
    from asn_desktop.ui.main_window import MainWindow       # free of SQLAlchemy until the database opens

#: what the steps are computed from: any of these changing refreshes the list
WATCHES = Change.KANTOR | Change.PEGAWAI | Change.AKUN | Change.PERIODE | Change.SKP | Change.EVALUASI \
    | Change.ORGANISASI | Change.RIWAYAT


class LangkahPertamaPanel(QFrame):
    """The steps with their progress, under the navigation (200 px: it costs the areas no width,
    which a dock beside them would on a 1366-pixel screen). ``open_requested(kode)`` when a step
    is clicked; ``closed`` when the user closes the list."""

    open_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from asn_desktop.services import langkah_pertama as L
        super().__init__(parent)
        self.setObjectName("langkahPertama")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#langkahPertama { background: #F8FAFC; border: 1px solid #CBD5E1; "
                           "border-radius: 4px; }")
        self.state: L.LangkahPertama | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 6, 8)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.lbl_title = QLabel()
        self.lbl_title.setStyleSheet("font-weight: 600;")
        head.addWidget(self.lbl_title, 1)
        self.btn_close = QToolButton()
        self.btn_close.setText("×")
        self.btn_close.setAutoRaise(True)
        self.btn_close.clicked.connect(self._close_clicked)
        head.addWidget(self.btn_close)
        lay.addLayout(head)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(18)
        lay.addWidget(self.progress)
        self.labels: dict[str, QLabel] = {}
        for kode in L.URUTAN:
            lbl = QLabel()
            lbl.setObjectName("langkah_" + kode)
            lbl.setWordWrap(True)
            lbl.setTextFormat(Qt.TextFormat.RichText)
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            lbl.linkActivated.connect(self.open_requested.emit)
            self.labels[kode] = lbl
            lay.addWidget(lbl)
        self.lbl_done = QLabel()
        self.lbl_done.setWordWrap(True)
        self.lbl_done.setStyleSheet("color: #166534;")
        lay.addWidget(self.lbl_done)

    def _close_clicked(self) -> None:
        self.hide()
        self.closed.emit()

    def _titles(self) -> dict[str, tuple[str, str]]:
        """Step → (what to do, where it is done)."""
        from asn_desktop.services import langkah_pertama as L
        return {
            L.IDENTITAS: (self.tr("Isi identitas kantor"), self.tr("Pengaturan › Identitas Kantor")),
            L.PEGAWAI: (self.tr("Impor data pegawai"), self.tr("Sinkronisasi Excel › Impor daftar pegawai")),
            L.AKUN_PENILAI: (self.tr("Buat akun para atasan (penilai)"), self.tr("Pengaturan › Pengguna")),
            L.PERIODE: (self.tr("Buka tahun kinerja dan periodenya"), self.tr("Penilaian › Pengaturan Periode")),
            L.SKP_DIBUAT: (self.tr("Buat SKP setiap pegawai"), self.tr("SKP › Ikhtisar")),
            L.SKP_DISETUJUI: (self.tr("SKP disetujui pejabat penilai"), self.tr("SKP › Ikhtisar")),
            L.PREDIKAT_ORGANISASI: (self.tr("Tetapkan predikat kinerja organisasi tiap unit"),
                                    self.tr("Penilaian › Kurva distribusi")),
            L.EVALUASI_PERTAMA: (self.tr("Finalisasi evaluasi pertama"), self.tr("Penilaian")),
        }

    def retranslate(self) -> None:
        self.lbl_title.setText(self.tr("Langkah pertama"))
        self.btn_close.setToolTip(self.tr("Tutup daftar ini; buka lagi dari Bantuan › Langkah pertama."))
        if self.state is not None:
            self.show_state(self.state)

    def show_state(self, state: L.LangkahPertama) -> None:
        self.state = state
        self.lbl_title.setText(self.tr("Langkah pertama"))
        self.btn_close.setToolTip(self.tr("Tutup daftar ini; buka lagi dari Bantuan › Langkah pertama."))
        self.progress.setRange(0, state.total)
        self.progress.setValue(state.selesai)
        self.progress.setFormat(fmt(self.tr("%1 dari %2 langkah selesai"), str(state.selesai), str(state.total)))
        self.setToolTip(fmt(self.tr("Persiapan kantor untuk tahun kinerja %1. Klik satu langkah untuk "
                                    "membuka tempat mengerjakannya."), str(state.tahun)))
        titles = self._titles()
        berikut = next((x.kode for x in state.langkah if not x.selesai), None)
        for step in state.langkah:
            judul, tempat = titles[step.kode]
            mark = "<span style='color:#166534'>✔</span>" if step.selesai else "<span style='color:#6B7280'>○</span>"
            color = "#166534" if step.selesai else "#1D4ED8"
            weight = "600" if step.kode == berikut else "400"
            hitung = self._count(step, state)
            html = (f"{mark} <a href='{step.kode}' style='color:{color}; font-weight:{weight}; "
                    f"text-decoration:none'>{escape(judul)}</a>")
            if hitung:
                html += f"<br><span style='color:#4B5563'>&nbsp;&nbsp;&nbsp;&nbsp;{escape(hitung)}</span>"
            lbl = self.labels[step.kode]
            lbl.setText(html)
            lbl.setToolTip(fmt(self.tr("Dikerjakan di %1"), tempat))
        self.lbl_done.setText(self.tr("Semua langkah pertama selesai. Daftar ini dapat ditutup; buka lagi "
                                      "dari Bantuan › Langkah pertama.") if state.lengkap else "")
        self.lbl_done.setVisible(state.lengkap)

    def _count(self, step: L.Langkah, state: L.LangkahPertama) -> str:
        from asn_desktop.services import langkah_pertama as L
        if step.kode == L.PEGAWAI:
            return self.tr("%n pegawai aktif", "", step.jumlah) if step.jumlah else ""
        if step.kode == L.EVALUASI_PERTAMA:
            return self.tr("%n evaluasi final", "", step.jumlah) if step.jumlah else ""
        if step.kode == L.PREDIKAT_ORGANISASI and not state.periode:
            return self.tr("belum ada periode yang dibuka")
        if step.kode == L.PREDIKAT_ORGANISASI:
            return fmt(self.tr("%1 dari %n unit, %2", "", step.dari or 0), str(step.jumlah), state.periode)
        if step.dari:  # "0 of 0" says nothing before there are employees
            return fmt(self.tr("%1 dari %2"), str(step.jumlah), str(step.dari))
        return ""

    # -- in the main window ------------------------------------------------------------------
    def attach(self, win: "MainWindow") -> None:
        self.win = win
        self._stale = True
        self.open_requested.connect(self.open_step)
        self.closed.connect(lambda: preferences.write(LANGKAH_PERTAMA_DITUTUP, "ya"))
        win.changes_made.connect(self._changes)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:  # Pengaturan › Bahasa switched at run time
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> bool:
        """Read the steps again; False when they cannot be read (the list then stays as it was)."""
        from asn_desktop.services import langkah_pertama as L
        try:
            state = L.status_langkah_pertama(self.win.ctx)
        except ServiceError:
            return False
        self._stale = False
        self.show_state(state)
        return True

    def _changes(self, changes: Change, _origin: str) -> None:
        if not changes & WATCHES:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if getattr(self, "_stale", False):
            self.refresh()
        super().showEvent(event)

    def open_step(self, kode: str) -> None:
        """The place where ``kode`` is done: its area, and the tab or dialog within it."""
        from asn_desktop.services import langkah_pertama as L
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


def panel_of(win: "MainWindow") -> LangkahPertamaPanel | None:
    """The list in ``win`` (None until it was first shown)."""
    return win.findChild(LangkahPertamaPanel, "langkahPertama")


def boleh(win: "MainWindow") -> bool:
    """Only those who set the office up see the list (the service refuses the others too)."""
    return win.actor.can(Permission.MASTER_WRITE)


def tampilkan(win: "MainWindow") -> LangkahPertamaPanel | None:
    """Bantuan › Langkah pertama: show (or create) the list under the navigation, freshly read."""
    if win.ctx is None or not boleh(win):
        return None
    panel = panel_of(win)
    if panel is None:
        panel = LangkahPertamaPanel()
        win.nav_column.layout().addWidget(panel)
        panel.attach(win)
    panel.refresh()
    panel.show()
    return panel


def mulai(win: "MainWindow") -> None:
    """At the start: the list shows by itself until the first evaluation is final, unless closed."""
    from asn_desktop.services import langkah_pertama as L
    panel = panel_of(win)
    if not boleh(win):
        if panel is not None:  # another user took over the window
            panel.hide()
        return
    if win.ctx is None or preferences.read(LANGKAH_PERTAMA_DITUTUP) == "ya":
        return
    try:
        state = L.status_langkah_pertama(win.ctx)
    except ServiceError:
        return
    if not state[L.EVALUASI_PERTAMA].selesai:
        tampilkan(win)
