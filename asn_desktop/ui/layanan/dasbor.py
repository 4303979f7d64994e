"""The service dashboard: per unit and month, volumes, timeliness, complaint response and the period's IKM —
the figures a Camat presents at the evaluation meeting. Exported through the one table writer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asn_desktop.domain import layanan as dl
from asn_desktop.services import layanan
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.i18n import fmt, nama_bulan
from asn_desktop.ui.layanan.register import table_view
from asn_desktop.ui.penilaian.common import Column, RowsModel, banner, message_of


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}".replace(".", ",") + " %"


def _pct_color(v: float | None) -> str | None:
    if v is None:
        return None
    return "#b3261e" if v < 80 else "#8a5a00" if v < 90 else None


class DasborTab(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.loaded = False
        self.rows: list[layanan.BarisDasbor] = []
        self.last_export: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.denied = banner("", kind="info")
        self.denied.setVisible(False)
        lay.addWidget(self.denied)
        self.figures = QWidget()
        fig = QGridLayout(self.figures)
        fig.setContentsMargins(0, 0, 0, 0)
        self.big: dict[str, QLabel] = {}
        for i, (key, cap) in enumerate((("jumlah", self.tr("Permohonan")), ("tepat", self.tr("Selesai tepat waktu")),
                                        ("median", self.tr("Median waktu (jam kerja)")),
                                        ("aduan", self.tr("Pengaduan")),
                                        ("respon", self.tr("Rata-rata respon (jam kerja)")),
                                        ("ikm", self.tr("IKM (× 25)")))):
            c = QLabel(cap)
            c.setStyleSheet("color:#4a5560;")
            fig.addWidget(c, 0, i)
            lbl = QLabel("-")
            lbl.setStyleSheet("font-size:16pt; font-weight:bold;")
            fig.addWidget(lbl, 1, i)
            self.big[key] = lbl
        lay.addWidget(self.figures)
        bar = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setStyleSheet("color:#4a5560;")
        bar.addWidget(self.caption, 1)
        self.btn_export = QPushButton(self.tr("Ekspor ke Excel…"))
        self.btn_export.clicked.connect(self.export)
        bar.addWidget(self.btn_export)
        lay.addLayout(bar)
        self.model = RowsModel(self.columns())
        self.view, self.proxy = table_view(self.model, self)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # months in order, the kecamatan after its units
        lay.addWidget(self.view, 1)
        note = QLabel(self.tr(
            "Durasi dalam jam kerja: hanya jam layanan 08.00–16.00 pada hari kerja (Senin–Jumat, Perpres 21/2023) "
            "yang bukan hari libur pada daftar kantor; 1 hari kerja = 8 jam kerja. % tepat waktu = selesai dalam "
            "standar ÷ (selesai + belum selesai yang sudah lewat batas). P90 = persentil ke-90 (peringkat terdekat). "
            "IKM: nilai konversi SKM yang periodenya mencakup bulan itu."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#4a5560;")
        lay.addWidget(note)

    def columns(self) -> list[Column]:
        def total(r: layanan.BarisDasbor) -> bool:
            return r.unit_id is None

        return [
            Column(self.tr("Bulan"), lambda r: nama_bulan(r.bulan.month, r.bulan.year),
                   sort=lambda r: r.bulan.isoformat(), bold=total),
            Column(self.tr("Unit"), lambda r: self.tr("Kecamatan (semua unit)") if total(r) else r.unit_nama,
                   bold=total),
            Column(self.tr("Permohonan"), lambda r: r.layanan.jumlah, align_right=True),
            Column(self.tr("Selesai"), lambda r: r.layanan.selesai, align_right=True),
            Column(self.tr("% tepat waktu"), lambda r: _pct(r.layanan.persen_tepat_waktu), align_right=True,
                   sort=lambda r: r.layanan.persen_tepat_waktu or -1.0,
                   color=lambda r: _pct_color(r.layanan.persen_tepat_waktu)),
            Column(self.tr("Median (jam kerja)"), lambda r: dl.format_jam(r.layanan.median_jam), align_right=True,
                   sort=lambda r: r.layanan.median_jam or -1.0),
            Column(self.tr("P90 (jam kerja)"), lambda r: dl.format_jam(r.layanan.p90_jam), align_right=True,
                   sort=lambda r: r.layanan.p90_jam or -1.0),
            Column(self.tr("Pengaduan"), lambda r: r.pengaduan.jumlah, align_right=True),
            Column(self.tr("Respon rata-rata (jam kerja)"), lambda r: dl.format_jam(r.pengaduan.rata_respon_jam),
                   align_right=True, sort=lambda r: r.pengaduan.rata_respon_jam or -1.0),
            Column(self.tr("Selesai rata-rata (jam kerja)"), lambda r: dl.format_jam(r.pengaduan.rata_selesai_jam),
                   align_right=True, sort=lambda r: r.pengaduan.rata_selesai_jam or -1.0),
            Column(self.tr("IKM (× 25)"), lambda r: dl.format_jam(r.ikm_konversi, 2), align_right=True,
                   sort=lambda r: r.ikm_konversi or -1.0),
            Column(self.tr("Mutu"), lambda r: r.ikm_mutu),
        ]

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload()

    def reload(self) -> None:
        mulai, selesai = self.page.periode_pasti()
        try:
            self.rows = layanan.dasbor_layanan(self.ctx, mulai=mulai, selesai=selesai)
        except ServiceError as exc:
            self.rows = []
            self.denied.setText(message_of(exc))
            self.denied.setVisible(True)
            self.figures.setVisible(False)
            self.model.set_rows([])
            self.btn_export.setEnabled(False)
            return
        self.denied.setVisible(False)
        self.figures.setVisible(True)
        self.btn_export.setEnabled(bool(self.rows))
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()
        self.caption.setText(fmt(self.tr("%1 s.d. %2 · baris tebal: seluruh kecamatan"),
                                 mulai.strftime("%d-%m-%Y"), selesai.strftime("%d-%m-%Y")))
        tot = [r for r in self.rows if r.unit_id is None] or self.rows
        jumlah = sum(r.layanan.jumlah for r in tot)
        tepat = sum(r.layanan.tepat_waktu for r in tot)
        dinilai = sum(r.layanan.selesai + r.layanan.lewat_batas for r in tot)
        aduan = sum(r.pengaduan.jumlah for r in tot)
        self.big["jumlah"].setText(str(jumlah))
        self.big["tepat"].setText(_pct(tepat / dinilai * 100 if dinilai else None))
        try:
            st = layanan.statistik_layanan(self.ctx, mulai=mulai, selesai=selesai)
            pg = layanan.statistik_pengaduan(self.ctx, mulai=mulai, selesai=selesai)
            self.big["median"].setText(dl.format_jam(st.median_jam))
            self.big["respon"].setText(dl.format_jam(pg.rata_respon_jam))
        except ServiceError:  # a unit leader: the kecamatan-wide median is not his to see
            self.big["median"].setText("-")
            self.big["respon"].setText("-")
        self.big["aduan"].setText(str(aduan))
        ikm = [r.ikm_konversi for r in tot if r.ikm_konversi is not None]
        self.big["ikm"].setText(dl.format_jam(sum(ikm) / len(ikm), 2) if ikm else "-")

    def export(self, path: str | None = None) -> None:
        from asn_desktop.domain.nama import nama_berkas
        from asn_desktop.ui.hasil import tampilkan_hasil
        from asn_desktop.ui.jobs import run_job
        from asn_desktop.ui.pages.laporan import ask_save_path

        mulai, selesai = self.page.periode_pasti()
        if path is None:
            path = ask_save_path(self, self.tr("Ekspor dasbor layanan"),
                                 nama_berkas("Dasbor_Layanan", mulai.isoformat(), selesai.isoformat(), ext=".xlsx"),
                                 "Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        target = path

        def done(p: Path) -> None:
            self.last_export = Path(p)
            tampilkan_hasil(self, self.tr("Dasbor layanan disimpan."), p,
                            status=fmt(self.tr("Dasbor layanan disimpan: %1"), str(p)))

        run_job(self, self.tr("Mengekspor dasbor…"),
                lambda prog: layanan.ekspor_dasbor(self.ctx, target, mulai=mulai, selesai=selesai, progress=prog),
                done, modal=False)
