"""Presentation mode for the projector: one participant per page, full screen.

Built for a 1024×768 projector seen from the back of a hall: large type, few words, a
bar chart of capaian per IKI against the 100 % line. Moves with the arrow keys,
PageUp/PageDown (what presentation clickers send), Space and Backspace, Home/End; Esc
closes. The first page names the meeting; the last one lists the open follow-ups.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from asn_desktop.ui.i18n import nama_periode, tanggal_teks
from asn_desktop.services import rapat
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.labels import label
from asn_desktop.ui.penilaian.common import WARNA_PREDIKAT
from asn_desktop.ui.rapat.common import kehadiran_label

BG = "#10233f"
FG = "#ffffff"
MUTED = "#b8c7dd"
CARD = "#1c3557"
MAKS_IKI = 8  # bars that stay readable on a projector; the rest is summarised


def _label(text: str, pt: int, *, bold: bool = False, color: str = FG, wrap: bool = True) -> QLabel:
    lbl = QLabel(text)
    f = QFont()
    f.setPointSize(pt)
    f.setBold(bold)
    lbl.setFont(f)
    lbl.setStyleSheet(f"color: {color}; background: transparent;")
    lbl.setWordWrap(wrap)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    return lbl


def _pendek(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class _Card(QFrame):
    """A dark box with a heading and a body (figures or short text)."""

    def __init__(self, judul: str, isi: str, *, besar: bool = False) -> None:
        super().__init__()
        self.setStyleSheet(f"QFrame {{ background: {CARD}; border-radius: 8px; }}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        lay.addWidget(_label(judul, 12, color=MUTED))
        self.body = _label(isi, 26 if besar else 14, bold=besar)
        lay.addWidget(self.body)
        if not besar:
            lay.addStretch(1)


class PresentasiRapat(QWidget):
    """The full-screen slide window; ``halaman`` is the current page index."""

    def __init__(self, info: rapat.RapatInfo, agenda: list[rapat.AgendaPeserta],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(fmt(self.tr("Presentasi — %1"), info.judul))
        self.setObjectName("presentasiRapat")
        self.setStyleSheet(f"QWidget#presentasiRapat {{ background: {BG}; }}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.info = info
        self.agenda = agenda
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 12)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.footer = _label("", 11, color=MUTED, wrap=False)
        lay.addWidget(self.footer)
        self.stack.addWidget(self._judul())
        for a in agenda:
            self.stack.addWidget(self._halaman(a))
        self.stack.addWidget(self._penutup())
        self.tampil(0)

    # ---------------------------------------------------------------- pages
    def _judul(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addStretch(2)
        lay.addWidget(_label(self.tr("RAPAT EVALUASI KINERJA"), 16, color=MUTED))
        lay.addWidget(_label(self.info.judul, 30, bold=True))
        lay.addSpacing(12)
        lay.addWidget(_label(fmt(self.tr("%1 · periode %2"), self.info.unit_nama, nama_periode(self.info.periode_label)), 18))
        lay.addWidget(_label(" · ".join(x for x in (tanggal_teks(self.info.tanggal), self.info.waktu,
                                                    self.info.tempat) if x), 16, color=MUTED))
        lay.addSpacing(18)
        lay.addWidget(_label(fmt(self.tr("%1 peserta · pimpinan rapat: %2"), len(self.agenda),
                                 self.info.pimpinan_nama or "-"), 16))
        lay.addStretch(3)
        return w

    def _chart(self, a: rapat.AgendaPeserta) -> QWidget:
        items = [i for i in a.indikator if i.capaian_persen is not None][:MAKS_IKI]
        if not items:
            return _Card(self.tr("Capaian per IKI"), a.catatan or self.tr("Belum ada realisasi yang dapat diukur "
                                                                         "terhadap target angka."))
        chart = QChart()
        chart.setBackgroundBrush(QColor(CARD))
        chart.setBackgroundRoundness(8)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("Capaian per IKI (% dari target SKP)"))
        tf = QFont()
        tf.setPointSize(12)
        chart.setTitleFont(tf)
        chart.setTitleBrush(QColor(MUTED))
        bars = QBarSet(self.tr("Capaian"))
        cats = []
        for n, i in enumerate(reversed(items), 1):
            bars.append(min(i.capaian_persen or 0.0, 200.0))
            cats.append(f"{len(items) - n + 1}. {_pendek(i.teks, 34)}")
        bars.setColor(QColor("#6fb1ff"))
        bars.setLabelColor(QColor(FG))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        af = QFont()
        af.setPointSize(11)
        ay = QBarCategoryAxis()
        ay.append(cats)
        ay.setLabelsFont(af)
        ay.setLabelsColor(QColor(FG))
        ax = QValueAxis()
        # round ticks (0, 25, 50 … %) and always room past the 100 % line
        top = min(200, max(125, math.ceil(max(i.capaian_persen or 0.0 for i in items) / 25) * 25))
        ax.setRange(0, top)
        ax.setLabelFormat("%d")
        ax.setTickCount(top // 25 + 1)
        ax.setLabelsFont(af)
        ax.setLabelsColor(QColor(MUTED))
        ax.setGridLineColor(QColor("#3a5378"))
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(ay)
        series.attachAxis(ax)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setStyleSheet("background: transparent;")
        return view

    def _halaman(self, a: rapat.AgendaPeserta) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(_label(a.nama, 26, bold=True))
        sub = a.jabatan
        if a.kehadiran and a.kehadiran != "hadir":
            sub += "  ·  " + kehadiran_label(a.kehadiran)
        names.addWidget(_label(sub, 14, color=MUTED))
        head.addLayout(names, 1)
        pred = QLabel()
        pred.setObjectName("predikat")
        f = QFont()
        f.setPointSize(22)
        f.setBold(True)
        pred.setFont(f)
        if a.predikat is not None:
            pred.setText(label(a.predikat))
            pred.setStyleSheet(f"color: white; background: {WARNA_PREDIKAT[a.predikat]}; border-radius: 8px; "
                               "padding: 6px 14px;")
        else:
            pred.setText(self.tr("Predikat belum ada") if a.predikat_terlihat else self.tr("Predikat tertutup"))
            pred.setStyleSheet(f"color: {MUTED}; border: 2px solid {MUTED}; border-radius: 8px; padding: 6px 14px;")
            f.setPointSize(14)
            pred.setFont(f)
        head.addWidget(pred, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)

        mid = QHBoxLayout()
        mid.addWidget(self._chart(a), 3)
        figs = QGridLayout()
        figs.setSpacing(8)
        diukur = [i.capaian_persen for i in a.indikator if i.capaian_persen is not None]
        rata = f"{sum(diukur) / len(diukur):.0f} %" if diukur else "—"
        figs.addWidget(_Card(self.tr("Realisasi terisi"), f"{a.realisasi_terisi}/{len(a.indikator)}", besar=True),
                       0, 0)
        figs.addWidget(_Card(self.tr("Rata-rata capaian"), rata, besar=True), 0, 1)
        figs.addWidget(_Card(self.tr("Bukti dukung"), str(a.jumlah_bukti), besar=True), 1, 0)
        figs.addWidget(_Card(self.tr("Tindak lanjut terbuka"), str(len(a.tindak_lanjut_terbuka)), besar=True), 1, 1)
        box = QWidget()
        box.setLayout(figs)
        mid.addWidget(box, 2)
        lay.addLayout(mid, 3)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        tl = "\n".join("• " + _pendek(t.uraian, 70) for t in a.tindak_lanjut_terbuka[:3])
        solusi = "\n".join(x for x in (_pendek(a.solusi, 160), tl) if x)
        bottom.addWidget(_Card(self.tr("Yang berjalan baik"), _pendek(a.capaian, 200) or "—"), 1)
        bottom.addWidget(_Card(self.tr("Tantangan"), _pendek(a.tantangan, 200) or "—"), 1)
        bottom.addWidget(_Card(self.tr("Solusi & tindak lanjut"), solusi or "—"), 1)
        lay.addLayout(bottom, 2)
        return w

    def _penutup(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(_label(self.tr("Tindak lanjut yang masih terbuka"), 24, bold=True))
        rows = [(a.nama, t) for a in self.agenda for t in a.tindak_lanjut_terbuka]
        if not rows:
            lay.addWidget(_label(self.tr("Tidak ada tindak lanjut yang terbuka."), 16, color=MUTED))
        for nama, t in rows[:10]:
            due = tanggal_teks(t.tenggat) if t.tenggat else "—"
            lbl = _label(f"• {_pendek(t.uraian, 80)} — {nama} ({due})", 15)
            lbl.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(lbl)
        if len(rows) > 10:
            lay.addWidget(_label(fmt(self.tr("… dan %1 lainnya"), len(rows) - 10), 14, color=MUTED))
        lay.addStretch(1)
        return w

    # ---------------------------------------------------------------- moving
    @property
    def halaman(self) -> int:
        return self.stack.currentIndex()

    def tampil(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        self.footer.setText(fmt(self.tr("%1 / %2   ·   ←/→, PageUp/PageDown atau Spasi untuk berpindah; Esc untuk "
                                        "keluar"), index + 1, self.stack.count()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
                   Qt.Key.Key_Enter):
            self.tampil(self.halaman + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.tampil(self.halaman - 1)
        elif key == Qt.Key.Key_Home:
            self.tampil(0)
        elif key == Qt.Key.Key_End:
            self.tampil(self.stack.count() - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
