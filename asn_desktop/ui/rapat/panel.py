"""The read-only list of a person's open meeting follow-ups, shown in his evaluation editor:
what was agreed in the last evaluation meeting is in front of whoever evaluates the next period."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from asn_desktop.ui.i18n import tanggal_teks
from asn_desktop.services import rapat
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.penilaian.common import INFO_BG


class TindakLanjutPanel(QLabel):
    """Hidden when the person has no open follow-ups (or the user may not see them)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tindakLanjutRapat")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(f"QLabel {{ background: {INFO_BG}; border: 1px solid #b8c7dd; border-radius: 4px; "
                           "padding: 6px; }")
        self.rows: list[rapat.TindakLanjutInfo] = []
        self.setVisible(False)

    def tampilkan(self, pegawai_id: int | None, rows: list[rapat.TindakLanjutInfo] | None = None) -> None:
        """``rows``: the follow-ups when already read (off the UI thread); read here otherwise."""
        try:
            if rows is not None:
                self.rows = rows
            else:
                self.rows = rapat.tindak_lanjut_rapat_pegawai(self.ctx, pegawai_id) if pegawai_id else []
        except ServiceError:
            self.rows = []
        if not self.rows:
            self.clear()
            self.setVisible(False)
            return
        items = []
        for t in self.rows[:5]:
            due = fmt(self.tr("tenggat %1"), tanggal_teks(t.tenggat)) if t.tenggat else self.tr("tanpa tenggat")
            late = " <b style='color:#b3261e'>" + self.tr("(lewat tenggat)") + "</b>" if t.terlambat() else ""
            items.append(f"• {escape(t.uraian)} — {escape(due)}{late} "
                         f"<span style='color:#555'>({escape(t.rapat_judul)})</span>")
        more = len(self.rows) - 5
        if more > 0:
            items.append(escape(fmt(self.tr("… dan %1 lainnya (lihat Rapat & Pembinaan)"), more)))
        self.setText("<b>" + escape(self.tr("Tindak lanjut rapat evaluasi yang masih terbuka")) + "</b><br>"
                     + "<br>".join(items))
        self.setVisible(True)
