"""The curve panel: a unit's predicate distribution against its organisation's rule
(SE MenPANRB 3/2023) as a QtCharts bar chart, with the rule and a warning — never a block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from asn_desktop.domain.rating import PREDIKAT_ORDER
from asn_desktop.services.laporan import MIN_DINILAI_DISTRIBUSI, DistribusiUnit
from asn_desktop.ui.labels import label
from asn_desktop.ui.penilaian.common import WARNA_PREDIKAT, banner
from asn_desktop.ui.i18n import fmt, nama_periode, teks

#: Axis labels: abbreviations, explained in the line below the chart.
_SHORT = {
    "sangat_baik": "SB",
    "baik": "B",
    "butuh_perbaikan": "BP",
    "kurang": "K/M",
    "sangat_kurang": "SK",
}



class KurvaPanel(QWidget):
    """Shows a :class:`DistribusiUnit`; ``tampilkan(None)`` clears it."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.dist: DistribusiUnit | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.lbl_title = QLabel()
        self.lbl_title.setWordWrap(True)
        self.lbl_title.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.lbl_title)
        self.lbl_warn = banner("", "warning")
        self.lbl_warn.setObjectName("kurva_peringatan")
        lay.addWidget(self.lbl_warn)
        # no organisation predicate: say so and let whoever may set it do it here (nothing is inferred)
        self.tanpa_org = QWidget()
        self.tanpa_org.setObjectName("kurva_tanpa_predikat")
        row = QHBoxLayout(self.tanpa_org)
        row.setContentsMargins(0, 0, 0, 0)
        self.lbl_tanpa_org = QLabel()
        self.lbl_tanpa_org.setWordWrap(True)
        row.addWidget(self.lbl_tanpa_org, 1)
        self.btn_tetapkan = QPushButton(self.tr("Tetapkan predikat organisasi…"))
        self.btn_tetapkan.clicked.connect(self._tetapkan)
        row.addWidget(self.btn_tetapkan)
        lay.addWidget(self.tanpa_org)
        #: set by the page when the acting user may set the organisation predicate
        self.on_tetapkan: Callable[[DistribusiUnit], None] | None = None
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.setBackgroundRoundness(0)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # axes live as long as the chart: removing and re-adding them leaves stale labels behind
        self.ax_x = QBarCategoryAxis()
        self.ax_y = QValueAxis()
        self.ax_y.setLabelFormat("%d")
        font = self.ax_x.labelsFont()
        font.setPointSizeF(7.5 if compact else 8.5)
        self.ax_x.setLabelsFont(font)
        self.chart.addAxis(self.ax_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.ax_y, Qt.AlignmentFlag.AlignLeft)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(170 if compact else 260)
        if compact:
            self.view.setMaximumHeight(230)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay.addWidget(self.view, 1)
        self.lbl_rule = QLabel()
        self.lbl_rule.setWordWrap(True)
        self.lbl_rule.setStyleSheet("color: #444; font-size: 8pt;")
        lay.addWidget(self.lbl_rule)
        lay.addStretch(0)  # takes the room of the chart while it is hidden
        self.tampilkan(None)

    # -- API ---------------------------------------------------------------------------
    def tampilkan(self, dist: DistribusiUnit | None, catatan: str = "") -> None:
        self.dist = dist
        self.chart.removeAllSeries()
        if dist is None:
            self.view.setVisible(True)
            self.ax_x.clear()
            self.ax_y.setRange(0, 1)
            self.ax_y.setTickCount(2)  # whole numbers only: 0 and 1, not 0.25 steps shown as 0
            self.lbl_title.setText(self.tr("<b>Kurva distribusi</b>"))
            self.lbl_rule.setText(catatan or self.tr("Pilih periode dan unit kerja untuk melihat kurva distribusi."))
            self.lbl_warn.setVisible(False)
            self.tanpa_org.setVisible(False)
            return
        kosong = dist.org_predikat is None
        self.tanpa_org.setVisible(kosong)
        if kosong:
            self.btn_tetapkan.setVisible(self.on_tetapkan is not None)
            # the warning above already names the unit and period; here: what follows and who acts
            self.lbl_tanpa_org.setText(
                self.tr("Tidak disimpulkan dari rating siapa pun.") + " " + (
                    self.tr("Tetapkan sesuai keputusan pimpinan:") if self.on_tetapkan is not None
                    else self.tr("Admin menetapkannya di Pengaturan Periode.")))
        org = label(dist.org_predikat) if dist.org_predikat else self.tr("belum ditetapkan")
        src = {
            "induk": self.tr(" (mengikuti unit induk)"),
        }.get(dist.org_sumber, "")
        self.lbl_title.setText(
            fmt(self.tr("<b>Kurva distribusi — %1</b><br><small>%2 · Predikat organisasi: <b>%3</b>%4 · "
                    "Dinilai %5 dari %6</small>"), dist.unit_nama, nama_periode(dist.periode.label), org, src, str(dist.dinilai), str(dist.total_skp))
        )
        if dist.disembunyikan:
            # the service withheld the counts: in so small a unit they are the persons' predikat
            self.ax_x.clear()
            self.ax_y.setRange(0, 1)
            self.ax_y.setTickCount(2)  # whole numbers only: 0 and 1, not 0.25 steps shown as 0
            self.lbl_rule.setText(catatan)
            self.lbl_rule.setVisible(bool(catatan))
            self.lbl_warn.setText(
                fmt(self.tr("Jumlah per predikat tidak ditampilkan: unit ini memiliki kurang dari %1 pegawai yang "
                        "dinilai, sehingga jumlahnya akan menunjukkan predikat perorangan. Admin dapat melihatnya."), str(MIN_DINILAI_DISTRIBUSI))
            )
            self.lbl_warn.setVisible(True)
            self.view.setVisible(False)  # an empty chart would read as "nobody rated"
            return
        self.view.setVisible(True)
        total = dist.dinilai
        series = QStackedBarSeries()
        cats = []
        for i, p in enumerate(PREDIKAT_ORDER):
            cats.append(_SHORT[p.value])
            bs = QBarSet(label(p))
            bs.setColor(QColor(WARNA_PREDIKAT[p]))
            bs.setBorderColor(QColor(WARNA_PREDIKAT[p]).darker(120))
            for j in range(len(PREDIKAT_ORDER)):
                bs.append(float(dist.counts[p]) if j == i else 0.0)
            series.append(bs)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.65)
        self.chart.addSeries(series)
        labels = []
        for p, c in zip(PREDIKAT_ORDER, cats, strict=True):
            sep = "" if self.compact else " "
            pct = f"{dist.counts[p] * 100 / total:.0f}{sep}%" if total else f"0{sep}%"
            labels.append(f"{c}\n{pct}")
        self.ax_x.clear()
        self.ax_x.append(labels)
        series.attachAxis(self.ax_x)
        top = max([dist.counts[p] for p in PREDIKAT_ORDER] + [1])
        upper = top + max(1, round(top * 0.15))
        self.ax_y.setRange(0, upper)
        if upper <= 5:
            self.ax_y.setTickCount(upper + 1)
        else:
            self.ax_y.setTickCount(6)
            self.ax_y.applyNiceNumbers()
        series.attachAxis(self.ax_y)
        rule = teks(dist.check.rule_text) if dist.check else ""
        legend = self.tr("SB Sangat Baik · B Baik · BP Butuh Perbaikan · K/M Kurang/Misconduct · SK Sangat Kurang. ")
        text = legend + rule
        if catatan:
            text = catatan + " " + text
        self.lbl_rule.setText(text.strip())
        self.lbl_rule.setVisible(bool(self.lbl_rule.text()))
        warn = dist.peringatan
        if warn:
            head = self.tr("Peringatan (tidak memblokir penilaian):")
            self.lbl_warn.setText(head + "\n" + "\n".join("• " + teks(w) for w in warn))
            self.lbl_warn.setVisible(True)
        else:
            self.lbl_warn.setVisible(False)

    def _tetapkan(self) -> None:
        if self.dist is not None and self.on_tetapkan is not None:
            self.on_tetapkan(self.dist)

    def peringatan_tampil(self) -> bool:
        return not self.lbl_warn.isHidden()
