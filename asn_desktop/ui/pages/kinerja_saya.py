"""Area 'Kinerja Saya': the acting employee's own record, the Pegawai role's home.

Their predikat across periods and years, their SKPs and the feedback on them, the
follow-ups assigned to them, training against 20 JP, awards, and their unit's predikat
distribution without names (withheld for small units, as in Laporan). The Rapor Kinerja
PDF of a year prints from here. A pejabat penilai or admin may look at someone else's
record through the employee box (what ``services/rapor`` allows them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.rating import PREDIKAT_ORDER
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services import rapor as rp
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.i18n import fmt, nama_periode, teks
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.labels import label
from asn_desktop.ui.pages import laporan as lap_ui
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.penilaian.common import WARNA_PREDIKAT, Column, RowsModel, banner, predikat_badge


def _table(model: RowsModel, parent: QWidget) -> Any:
    view, _proxy = lap_ui._table(model, parent)
    view.setWordWrap(True)
    return view


def _uraian(t: rp.TindakLanjutSaya) -> str:
    """A follow-up's text; the app's own texts in the installed language, a person's as written."""
    return teks(t.uraian_pesan) if t.uraian_pesan is not None else t.uraian


class KinerjaSayaPage(BasePage):
    key = "kinerja_saya"
    watches = Change.EVALUASI | Change.SKP | Change.PEGAWAI | Change.RIWAYAT | Change.PERIODE

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("KinerjaSayaPage", "Kinerja Saya")

    def _periode(self, p: rp.PredikatPeriode) -> str:
        """The period's name in the interface language (the service keeps the report card's Indonesian)."""
        if p.sumber == "riwayat" and p.tahunan:
            return self.tr("Tahunan (riwayat)")
        return nama_periode(p.periode)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.data: rp.KinerjaPegawai | None = None
        self.last_export: Path | None = None
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lbl_head = QLabel()
        self.lbl_head.setTextFormat(Qt.TextFormat.RichText)
        self.lbl_head.setWordWrap(True)
        top.addWidget(self.lbl_head, 1)
        self.cb_pegawai = QComboBox()
        self.cb_pegawai.setMinimumWidth(220)
        self.cb_pegawai.setMaximumWidth(300)
        self.cb_pegawai.setToolTip(self.tr("Lihat kinerja pegawai lain (pejabat penilai: bawahannya; admin: siapa pun)"))
        self.cb_pegawai.currentIndexChanged.connect(lambda _i: self.load() if self._loaded else None)
        top.addWidget(self.cb_pegawai)
        top.addWidget(QLabel(self.tr("Tahun:")))
        self.cb_tahun = QComboBox()
        self.cb_tahun.currentIndexChanged.connect(lambda _i: self._reload_year())
        top.addWidget(self.cb_tahun)
        self.btn_rapor = QPushButton(self.tr("Cetak Rapor Kinerja (PDF)…"))
        self.btn_rapor.clicked.connect(lambda: self.cetak_rapor())
        top.addWidget(self.btn_rapor)
        v.addLayout(top)
        self.msg = banner("", "info")
        self.msg.hide()
        v.addWidget(self.msg)

        # summary strip: latest predikat, training progress, awards
        strip = QHBoxLayout()
        self.lbl_predikat = QLabel()
        self.lbl_predikat.setTextFormat(Qt.TextFormat.RichText)
        self.lbl_predikat.setWordWrap(True)
        strip.addWidget(self.lbl_predikat, 2)
        jp_box = QVBoxLayout()
        self.lbl_jp = QLabel()
        self.lbl_jp.setWordWrap(True)
        jp_box.addWidget(self.lbl_jp)
        self.bar_jp = QProgressBar()
        self.bar_jp.setRange(0, 100)
        jp_box.addWidget(self.bar_jp)
        strip.addLayout(jp_box, 2)
        self.lbl_award = QLabel()
        self.lbl_award.setWordWrap(True)
        strip.addWidget(self.lbl_award, 2)
        v.addLayout(strip)

        self.tabs = QTabWidget()
        v.addWidget(self.tabs, 1)
        self.m_predikat = RowsModel([
            Column(self.tr("Tahun"), lambda p: p.tahun, align_right=True),
            Column(self.tr("Periode"), self._periode, bold=lambda p: p.tahunan),
            Column(self.tr("Rating hasil kerja"), lambda p: label(p.rating_hasil, "")),
            Column(self.tr("Rating perilaku kerja"), lambda p: label(p.rating_perilaku, "")),
            Column(self.tr("Predikat"), lambda p: label(p.predikat, p.nilai_lama or "—"),
                   color=lambda p: WARNA_PREDIKAT.get(p.predikat) if p.predikat else None, bold=lambda p: True),
            Column(self.tr("Status"), lambda p: self.tr("Riwayat") if p.sumber == "riwayat" else label(p.status)),
        ], self)
        self.v_predikat = _table(self.m_predikat, self)
        self.tabs.addTab(self.v_predikat, self.tr("Predikat"))

        skp_w = QWidget()
        sv = QVBoxLayout(skp_w)
        sv.setContentsMargins(0, 0, 0, 0)
        self.m_skp = RowsModel([
            Column(self.tr("Tahun"), lambda k: k.tahun, align_right=True),
            Column(self.tr("Versi"), lambda k: k.versi, align_right=True),
            Column(self.tr("Status"), lambda k: label(k.status)),
            Column(self.tr("Pejabat penilai"), lambda k: k.penilai),
            Column(self.tr("Jumlah RHK"), lambda k: k.jumlah_rhk, align_right=True),
        ], self)
        self.v_skp = _table(self.m_skp, self)
        self.v_skp.setMaximumHeight(150)
        sv.addWidget(self.v_skp)
        self.lbl_ub = QLabel()
        sv.addWidget(self.lbl_ub)
        self.m_ub = RowsModel([
            Column(self.tr("Periode"), lambda u: f"{nama_periode(u.periode)} {u.tahun}"),
            Column(self.tr("Indikator / nilai perilaku"), lambda u: u.aspek),
            Column(self.tr("Umpan balik"), lambda u: u.teks, tooltip=lambda u: u.teks),
        ], self)
        self.v_ub = _table(self.m_ub, self)
        sv.addWidget(self.v_ub, 1)
        self.tabs.addTab(skp_w, self.tr("SKP && Umpan Balik"))

        tl_w = QWidget()
        tv = QVBoxLayout(tl_w)
        tv.setContentsMargins(0, 0, 0, 0)
        self.lbl_slot = banner("", "info")
        tv.addWidget(self.lbl_slot)
        self.m_tl = RowsModel([
            Column(self.tr("Sumber"), lambda t: teks(t.sumber)),
            Column(self.tr("Tindak lanjut"), _uraian, tooltip=_uraian),
            Column(self.tr("Batas waktu"), lambda t: format_tanggal_pendek(t.batas) if t.batas else ""),
            Column(self.tr("Status"), lambda t: teks(t.status)),
        ], self)
        self.v_tl = _table(self.m_tl, self)
        tv.addWidget(self.v_tl, 1)
        self.tabs.addTab(tl_w, self.tr("Tindak Lanjut"))

        self.m_pel = RowsModel([
            Column(self.tr("Tahun"), lambda r: r[0], align_right=True),
            Column(self.tr("Kegiatan"), lambda r: r[1]),
            Column(self.tr("Tanggal"), lambda r: format_tanggal_pendek(r[2]) if r[2] else ""),
            Column(self.tr("JP"), lambda r: f"{r[3]:g}".replace(".", ","), sort=lambda r: r[3], align_right=True),
        ], self)
        self.v_pel = _table(self.m_pel, self)
        self.tabs.addTab(self.v_pel, self.tr("Pengembangan Kompetensi"))

        self.m_award = RowsModel([
            Column(self.tr("Tahun"), lambda a: a.tahun or "", align_right=True),
            Column(self.tr("Penghargaan"), lambda a: a.nama),
            Column(self.tr("Pemberi"), lambda a: a.pemberi),
            Column(self.tr("Nomor SK"), lambda a: a.nomor),
        ], self)
        self.v_award = _table(self.m_award, self)
        self.tabs.addTab(self.v_award, self.tr("Penghargaan"))

        dist_w = QWidget()
        dv = QVBoxLayout(dist_w)
        dv.setContentsMargins(0, 0, 0, 0)
        self.lbl_dist = QLabel()
        self.lbl_dist.setWordWrap(True)
        dv.addWidget(self.lbl_dist)
        cols = [Column(self.tr("Periode"), lambda d: nama_periode(d.periode)), Column(self.tr("Dinilai"), lambda d: d.dinilai,
                                                                        align_right=True)]
        for p in PREDIKAT_ORDER:
            cols.append(Column(label(p), lambda d, p=p: "—" if d.counts is None else d.counts[p], align_right=True,
                               color=lambda d, p=p: WARNA_PREDIKAT[p]))
        cols.append(Column(self.tr("Keterangan"), lambda d: d.pesan, tooltip=lambda d: d.pesan or None, prose=True))
        self.m_dist = RowsModel(cols, self)
        self.v_dist = _table(self.m_dist, self)
        dv.addWidget(self.v_dist, 1)
        self.tabs.addTab(dist_w, self.tr("Distribusi Unit Saya"))
        self._people_loaded = False

    # -- data -------------------------------------------------------------------------
    def _fill_people(self) -> None:
        """Admin and pejabat penilai may look at others; an employee sees only himself."""
        self._people_loaded = True
        actor = self.ctx.actor
        self.cb_pegawai.blockSignals(True)
        self.cb_pegawai.clear()
        if actor.pegawai_id is not None:
            self.cb_pegawai.addItem(self.tr("Saya sendiri"), actor.pegawai_id)
        if actor.can(Permission.SKP_READ_ALL) or actor.can(Permission.SCOPE_BAWAHAN):
            try:
                people = rp.pegawai_terlihat(self.ctx)
            except ServiceError:
                people = []
            for pid, nama in people:
                if pid != actor.pegawai_id:
                    self.cb_pegawai.addItem(nama, pid)
        self.cb_pegawai.setVisible(self.cb_pegawai.count() > 1)
        self.cb_pegawai.blockSignals(False)

    def pegawai_id(self) -> int | None:
        return self.cb_pegawai.currentData()

    def load(self) -> None:
        if not self._people_loaded:
            self._fill_people()
        if self.pegawai_id() is None:
            self._empty(self.tr("Akun ini tidak terhubung dengan data pegawai, sehingga tidak ada kinerja pribadi "
                                "untuk ditampilkan. Admin dapat menghubungkannya di Pengaturan › Pengguna."))
            return
        tahun = self.cb_tahun.currentData()
        try:
            self.data = rp.kinerja_pegawai(self.ctx, self.pegawai_id(), tahun)
        except ServiceError as exc:
            self._empty(error_text(exc))
            return
        self._show()

    def _reload_year(self) -> None:
        if self._loaded and self.data is not None and self.cb_tahun.currentData() != self.data.tahun:
            self.load()

    def _empty(self, text: str) -> None:
        self.data = None
        self.msg.setText(text)
        self.msg.show()
        self.lbl_head.setText(f"<h2>{self.title()}</h2>")
        self.btn_rapor.setEnabled(False)
        for m in (self.m_predikat, self.m_skp, self.m_ub, self.m_tl, self.m_pel, self.m_award, self.m_dist):
            m.set_rows([])

    def _show(self) -> None:
        d = self.data
        assert d is not None
        self.msg.hide()
        self.btn_rapor.setEnabled(True)
        self.lbl_head.setText(f"<h2>{self.title()}</h2><b>{d.nama}</b> · {format_nip(d.nip) if d.nip else ''} · "
                              f"{d.jabatan} · {d.unit}")
        self.cb_tahun.blockSignals(True)
        self.cb_tahun.clear()
        for y in sorted(set(d.tahun_tersedia) | {d.tahun}, reverse=True):
            self.cb_tahun.addItem(str(y), y)
        self.cb_tahun.setCurrentIndex(self.cb_tahun.findData(d.tahun))
        self.cb_tahun.blockSignals(False)
        rows = sorted(d.predikat, key=lambda p: (-p.tahun, not p.tahunan, p.periode))
        self.m_predikat.set_rows(rows)
        latest = next((p for p in sorted(d.predikat, key=lambda p: (p.tahun, p.tahunan)) [::-1]
                       if p.predikat is not None), None)
        if not d.predikat_terlihat:
            self.lbl_predikat.setText(self.tr("Predikat tidak dapat dilihat dengan akun ini."))
        elif latest is None:
            self.lbl_predikat.setText(fmt(self.tr("Predikat terakhir: %1"), predikat_badge(None)))
        else:
            self.lbl_predikat.setText(fmt(self.tr("Predikat terakhir (%1 %2):"), self._periode(latest), str(latest.tahun))
                                      + "<br/>" + predikat_badge(latest.predikat, big=True))
        pel = d.pelatihan_tahun()
        self.lbl_jp.setText(fmt(self.tr("Pengembangan kompetensi %1: %2 dari 20 JP"), str(d.tahun),
                                f"{pel.jp:g}".replace(".", ",")))
        self.bar_jp.setValue(pel.persen)
        self.lbl_award.setText(fmt(self.tr("Penghargaan: %1"), str(len(d.penghargaan)))
                               + ("" if not d.penghargaan else " — " + d.penghargaan[0].nama))
        self.m_skp.set_rows(sorted(d.skp, key=lambda k: (-k.tahun, -k.versi)))
        self.lbl_ub.setText(fmt(self.tr("Umpan balik pejabat penilai tahun %1: %2"), str(d.tahun),
                                str(len(d.umpan_balik))))
        self.m_ub.set_rows(d.umpan_balik)
        tl = list(d.tindak_lanjut_rapat or []) + list(d.tindak_lanjut)
        self.m_tl.set_rows(tl)
        if d.tindak_lanjut_rapat is None:
            self.lbl_slot.setText(self.tr("Tindak lanjut rapat evaluasi kinerja belum tersedia pada versi ini; "
                                          "rekomendasi pejabat penilai dan kebutuhan pengembangan kompetensi "
                                          "ditampilkan di bawah."))
        else:
            self.lbl_slot.setText(fmt(self.tr(
                "Tindak lanjut dari rapat evaluasi kinerja (%1 terbuka), rekomendasi pejabat penilai dan kebutuhan "
                "pengembangan kompetensi."), str(sum(1 for t in d.tindak_lanjut_rapat if t.status == "Terbuka"))))
        self.lbl_slot.show()
        pel_rows = [(p.tahun, n, t, jp) for p in sorted(d.pelatihan, key=lambda p: -p.tahun) for n, t, jp in p.kegiatan]
        self.m_pel.set_rows(pel_rows)
        self.m_award.set_rows(d.penghargaan)
        self.m_dist.set_rows(d.distribusi)
        self.lbl_dist.setText(fmt(self.tr(
            "Sebaran predikat di %1 tahun %2, tanpa nama. Unit dengan kurang dari 3 pegawai yang dinilai tidak "
            "ditampilkan jumlahnya agar predikat perorangan tetap rahasia."), d.unit or "-", str(d.tahun))
            if d.distribusi else fmt(self.tr("Belum ada predikat di unit %1 untuk tahun %2."), d.unit or "-",
                                     str(d.tahun)))
        for view in (self.v_predikat, self.v_skp, self.v_tl, self.v_pel, self.v_award, self.v_dist):
            view.resizeColumnsToContents()
        self.v_ub.setColumnWidth(0, 120)
        self.v_ub.setColumnWidth(1, 360)
        self.v_ub.horizontalHeader().setStretchLastSection(True)
        self.v_tl.setColumnWidth(0, min(self.v_tl.columnWidth(0), 320))
        self.v_tl.setColumnWidth(1, min(self.v_tl.columnWidth(1), 520))

    # -- printing ----------------------------------------------------------------------
    def cetak_rapor(self, path: str | None = None) -> None:
        d = self.data
        if d is None:
            return
        if path is None:
            path = lap_ui.ask_save_path(self, self.tr("Simpan Rapor Kinerja"),
                                        f"Rapor_Kinerja_{d.tahun}_{d.nip or d.nama}.pdf", "PDF (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        ids, tahun = [d.pegawai_id], d.tahun

        def done(paths: list[Path]) -> None:
            if paths:
                self.last_export = paths[0]
                tampilkan_hasil(self, self.tr("Rapor Kinerja disimpan."), paths[0])

        run_job(self, self.tr("Mencetak Rapor Kinerja…"),
                lambda prog: rp.cetak_rapor(self.ctx, ids, tahun, path, progress=prog), done,
                lambda exc, tb: show_error(self, exc, tb))
