"""Area 'Karier': kenaikan pangkat reguler with the BKPSDM proposal, kenaikan gaji berkala, the
talent nine-box with the potensi assessments behind it, and the Rapor Kinerja printed in bulk.

An area of its own rather than tabs in Laporan: these lists are the operator's career
administration (proposals sent to BKPSDM, assessments entered), not reports of the cycle;
the Penilai who sees Laporan does not file them (``Permission.KARIER``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import karier as dk
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services import karier as kr
from asn_desktop.services import rapor as rp
from asn_desktop.services.changes import Change
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.i18n import fmt, teks
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.labels import predikat_teks
from asn_desktop.ui.pages import laporan as lap_ui
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.penilaian.common import Column, RowsModel, banner

#: Replaced in tests: the folder for bulk printing (None = ask the user).
FOLDER_PATH: Any = None
#: Replaced in tests: the workbook to import potensi from (None = ask the user).
OPEN_PATH: Any = None

_WARNA_KOTAK = {9: "#cfe8cf", 8: "#dcefd6", 7: "#dcefd6", 6: "#fff4cc", 5: "#fff4cc", 4: "#fff4cc",
                3: "#f8d9d0", 2: "#f8d9d0", 1: "#f3c4b8"}


def _tingkat(t: dk.Tingkat | None) -> str:
    """A nine-box level in the interface language (literal sources for the translators)."""
    from PySide6.QtCore import QCoreApplication

    if t is None:
        return ""
    return {1: QCoreApplication.translate("KarierPage", "Rendah"),
            2: QCoreApplication.translate("KarierPage", "Menengah"),
            3: QCoreApplication.translate("KarierPage", "Tinggi")}[int(t)]


def _nip(n: str) -> str:
    return format_nip(n) if n else ""


def _tgl(d: date | None) -> str:
    return format_tanggal_pendek(d) if d else ""


class _Tab(lap_ui.ReportTab):
    """A Karier tab: lists the operator files with BKPSDM, exported with a modal progress."""

    EXPORT_PROGRESS = QT_TRANSLATE_NOOP("ReportTab", "Mengekspor…")
    EXPORT_DONE = QT_TRANSLATE_NOOP("ReportTab", "Daftar disimpan.")
    EXPORT_STATUS = None
    EXPORT_MODAL = True

    def _export(self, default: str, fn: Any) -> None:
        self.export(default, fn)

    def _tahun_combo(self, top: QHBoxLayout) -> QComboBox:
        """"Tahun:" and the last four years, newest first (nine-box and rapor)."""
        top.addWidget(QLabel(self.tr("Tahun:")))
        cb = QComboBox()
        this = date.today().year
        for y in range(this, this - 4, -1):
            cb.addItem(str(y), y)
        top.addWidget(cb)
        return cb


class KenaikanPangkatTab(_Tab):
    def __init__(self, page: "KarierPage") -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode kenaikan pangkat (TMT):")))
        self.cb_periode = QComboBox()
        nxt = dk.periode_kp_berikut(date.today())
        prev = date(nxt.year, 4, 1) if nxt.month == 10 else date(nxt.year - 1, 10, 1)
        after = date(nxt.year, 10, 1) if nxt.month == 4 else date(nxt.year + 1, 4, 1)
        for d in (prev, nxt, after):
            self.cb_periode.addItem(format_tanggal_pendek(d), d)
        self.cb_periode.setCurrentIndex(1)
        self.cb_periode.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.cb_periode)
        self.chk_memenuhi = QCheckBox(self.tr("Hanya yang memenuhi syarat"))
        self.chk_memenuhi.toggled.connect(lambda _b: self._fill())
        top.addWidget(self.chk_memenuhi)
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari…"))
        self.ed_cari.setClearButtonEnabled(True)
        top.addWidget(self.ed_cari, 1)
        self.btn_export = QPushButton(self.tr("Ekspor usulan ke Excel…"))
        self.btn_export.setToolTip(self.tr("Lembar 'Usulan KP' untuk dikirim ke BKPSDM dan lembar 'Belum Memenuhi' "
                                           "dengan alasannya"))
        self.btn_export.clicked.connect(self.ekspor)
        top.addWidget(self.btn_export)
        v.addLayout(top)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        self.lbl.setStyleSheet("color: #444;")
        v.addWidget(self.lbl)
        self.model = RowsModel([], self)
        self.view, self.proxy = lap_ui._table(self.model, self)
        self.view.setWordWrap(True)
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        v.addWidget(self.view, 1)
        self.data: kr.DaftarKenaikanPangkat | None = None

    def periode(self) -> date:
        return self.cb_periode.currentData()

    def reload(self) -> None:
        try:
            self.data = kr.daftar_kenaikan_pangkat(self.ctx, self.periode())
        except ServiceError as exc:
            show_error(self, exc)
            return
        d = self.data
        cols = [Column(self.tr("Nama"), lambda b: b.pegawai.nama),
                Column(self.tr("NIP"), lambda b: _nip(b.pegawai.nip)),
                Column(self.tr("Gol."), lambda b: b.pegawai.golongan),
                Column(self.tr("TMT Gol."), lambda b: _tgl(b.tmt_golongan), sort=lambda b: b.tmt_golongan or date.min),
                Column(self.tr("Usulan"), lambda b: b.golongan_baru),
                Column(self.tr("Pendidikan"), lambda b: b.pegawai.pendidikan)]
        for i, y in enumerate(d.tahun_predikat):
            cols.append(Column(fmt(self.tr("Predikat %1"), str(y)), lambda b, i=i: predikat_teks(b.predikat[i][1])))
        cols += [Column(self.tr("Status"), lambda b: self.tr("Memenuhi") if b.memenuhi else self.tr("Belum"),
                        color=lambda b: "#1b7f3b" if b.memenuhi else "#b3261e", bold=lambda b: b.memenuhi),
                 Column(self.tr("Yang belum terpenuhi"), lambda b: "; ".join(teks(k) for k in b.kekurangan),
                        tooltip=lambda b: "\n".join(teks(k) for k in b.kekurangan) or None)]
        self.model.set_columns(cols)
        self._fill()
        self.lbl.setText(fmt(self.tr(
            "TMT %1: %2 dari %3 PNS memenuhi syarat (PP 99/2000 jo. PP 12/2002 Pasal 18: paling singkat 4 tahun "
            "dalam pangkat, predikat paling rendah Baik pada %4, dalam batas pangkat menurut pendidikan). %5 "
            "CPNS/PPPK tidak diperiksa."), format_tanggal_pendek(d.periode), str(len(d.memenuhi)), str(len(d.baris)),
            self.tr(" dan ").join(str(y) for y in d.tahun_predikat), str(d.bukan_pns)))
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(self.model.columnCount() - 1, 420)

    def _fill(self) -> None:
        if self.data is None:
            return
        rows = [b for b in self.data.baris if b.memenuhi or not self.chk_memenuhi.isChecked()]
        self.model.set_rows(rows)

    def ekspor(self) -> None:
        per = self.periode()
        self._export(f"Usulan_Kenaikan_Pangkat_{per:%Y-%m}.xlsx",
                     lambda path, prog: kr.ekspor_karier(self.ctx, "kp", path, periode=per, progress=prog))


class GajiBerkalaTab(_Tab):
    def __init__(self, page: "KarierPage") -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jatuh tempo dalam")))
        self.sp_bulan = QSpinBox()
        self.sp_bulan.setRange(1, 24)
        self.sp_bulan.setValue(6)
        self.sp_bulan.setSuffix(self.tr(" bulan"))
        self.sp_bulan.valueChanged.connect(lambda _v: self.reload())
        top.addWidget(self.sp_bulan)
        top.addStretch(1)
        self.btn_export = QPushButton(self.tr("Ekspor ke Excel…"))
        self.btn_export.clicked.connect(self.ekspor)
        top.addWidget(self.btn_export)
        v.addLayout(top)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        self.lbl.setStyleSheet("color: #444;")
        v.addWidget(self.lbl)
        self.model = RowsModel([
            Column(self.tr("Nama"), lambda b: b.pegawai.nama),
            Column(self.tr("NIP"), lambda b: _nip(b.pegawai.nip)),
            Column(self.tr("Gol."), lambda b: b.pegawai.golongan),
            Column(self.tr("TMT CPNS"), lambda b: _tgl(b.tmt_cpns), sort=lambda b: b.tmt_cpns),
            Column(self.tr("KGB berikut"), lambda b: _tgl(b.jatuh_tempo), sort=lambda b: b.jatuh_tempo, bold=lambda b: True),
            Column(self.tr("Masa kerja"), lambda b: fmt(self.tr("%1 th"), str(b.masa_kerja_tahun)),
                   sort=lambda b: b.masa_kerja_tahun, align_right=True),
            Column(self.tr("Predikat"), lambda b: f"{predikat_teks(b.predikat)} ({b.tahun_predikat})" if b.predikat else ""),
            Column(self.tr("Kinerja memenuhi"), lambda b: "-" if b.boleh is None else
                   (self.tr("Memenuhi") if b.boleh else self.tr("Tidak memenuhi")),
                   color=lambda b: None if b.boleh is None else ("#1b7f3b" if b.boleh else "#b3261e")),
            Column(self.tr("Keterangan"), lambda b: teks(b.keterangan), prose=True),
        ], self)
        self.view, self.proxy = lap_ui._table(self.model, self)
        v.addWidget(self.view, 1)
        self.data: kr.DaftarKgb | None = None

    def reload(self) -> None:
        try:
            self.data = kr.daftar_kgb(self.ctx, self.sp_bulan.value())
        except ServiceError as exc:
            show_error(self, exc)
            return
        d = self.data
        self.model.set_rows(list(d.baris))
        text = fmt(self.tr("%1 pegawai jatuh tempo kenaikan gaji berkala %2 s.d. %3. Dihitung setiap 2 tahun dari "
                           "TMT CPNS (kolom 'TMT CPNS' data pegawai, PP 7/1977 Pasal 7); syarat kinerja: predikat "
                           "tahun sebelumnya paling rendah Baik."), str(len(d.baris)),
                   format_tanggal_pendek(d.dari), format_tanggal_pendek(d.sampai))
        if d.tanpa_tmt:
            text += " " + fmt(self.tr("TMT CPNS belum diisi untuk %1 pegawai."), str(len(d.tanpa_tmt)))
        self.lbl.setText(text)
        self.view.resizeColumnsToContents()

    def ekspor(self) -> None:
        bulan = self.sp_bulan.value()
        self._export("Kenaikan_Gaji_Berkala.xlsx",
                     lambda path, prog: kr.ekspor_karier(self.ctx, "kgb", path, bulan=bulan, progress=prog))


class TalentaTab(_Tab):
    """The nine-box: potensi up (rows), kinerja to the right (columns); a box lists its people."""

    def __init__(self, page: "KarierPage") -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.cb_tahun = self._tahun_combo(top)
        self.cb_tahun.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(QLabel(self.tr("Tampilkan:")))
        self.cb_filter = QComboBox()
        self.cb_filter.addItem(self.tr("Semua pegawai"), "semua")
        self.cb_filter.addItem(self.tr("Kandidat promosi"), "kandidat:promosi")
        self.cb_filter.addItem(self.tr("Kandidat rotasi (lama di jabatan yang sama)"), "kandidat:rotasi")
        self.cb_filter.addItem(self.tr("Kandidat pengembangan"), "kandidat:pengembangan")
        self.cb_filter.addItem(self.tr("Belum dapat dipetakan"), "kosong")
        for n in range(9, 0, -1):
            self.cb_filter.addItem(fmt(self.tr("Kotak %1"), str(n)), f"kotak:{n}")
        self.cb_filter.currentIndexChanged.connect(lambda _i: self._fill())
        top.addWidget(self.cb_filter)
        top.addStretch(1)
        self.btn_export = QPushButton(self.tr("Ekspor ke Excel…"))
        self.btn_export.clicked.connect(self.ekspor)
        top.addWidget(self.btn_export)
        v.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        grid_w = QWidget()
        g = QGridLayout(grid_w)
        g.setSpacing(4)
        self.boxes: dict[int, QToolButton] = {}
        t = dk.Tingkat
        for row, pot in enumerate((t.TINGGI, t.MENENGAH, t.RENDAH)):
            lbl = QLabel(fmt(self.tr("Potensi\n%1"), _tingkat(pot)))
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            g.addWidget(lbl, row, 0)
            for col, kin in enumerate((t.RENDAH, t.MENENGAH, t.TINGGI)):
                n = dk.kotak(kin, pot)
                b = QToolButton()
                b.setCheckable(True)
                b.setMinimumSize(140, 96)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                b.setStyleSheet(f"QToolButton {{ background: {_WARNA_KOTAK[n]}; border: 1px solid #888; "
                                "border-radius: 3px; padding: 4px; text-align: left; }"
                                " QToolButton:checked { border: 3px solid #1a4f8b; }")
                b.clicked.connect(lambda _c=False, n=n: self.pilih_kotak(n))
                self.boxes[n] = b
                g.addWidget(b, row, col + 1)
        for col, kin in enumerate((t.RENDAH, t.MENENGAH, t.TINGGI)):
            lbl = QLabel(fmt(self.tr("Kinerja %1"), _tingkat(kin)))
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            g.addWidget(lbl, 3, col + 1)
        self.lbl_box = QLabel()
        self.lbl_box.setWordWrap(True)
        g.addWidget(self.lbl_box, 4, 0, 1, 4)
        g.setRowStretch(5, 1)
        split.addWidget(grid_w)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        self.lbl.setStyleSheet("color: #444;")
        rv.addWidget(self.lbl)
        self.model = RowsModel([
            Column(self.tr("Nama"), lambda b: b.pegawai.nama, tooltip=lambda b: b.pegawai.jabatan),
            Column(self.tr("Kotak"), lambda b: b.kotak or "", sort=lambda b: b.kotak or 0, align_right=True),
            Column(self.tr("Kinerja"), lambda b: _tingkat(b.kinerja),
                   tooltip=lambda b: b.dasar_kinerja or None),
            Column(self.tr("Potensi"), lambda b: _tingkat(b.potensi.tingkat) if b.potensi else "",
                   tooltip=lambda b: (f"{b.potensi.metode} {_tgl(b.potensi.tanggal)}" if b.potensi else None)),
            Column(self.tr("Arahan"), lambda b: teks(b.arahan), prose=True),
            Column(self.tr("Di jabatan"), lambda b: "" if b.tahun_di_jabatan is None else
                   fmt(self.tr("%1 th"), f"{b.tahun_di_jabatan:g}".replace(".", ",")),
                   sort=lambda b: b.tahun_di_jabatan or 0, align_right=True,
                   color=lambda b: "#b3261e" if b.rotasi else None),
            Column(self.tr("Kandidat"), lambda b: ", ".join(b.kandidat)),
            Column(self.tr("Kebutuhan pelatihan"), lambda b: "; ".join(teks(k) for k in b.kebutuhan_pelatihan),
                   tooltip=lambda b: "\n".join(teks(k) for k in b.kebutuhan_pelatihan) or None, prose=True),
        ], self)
        self.view, self.proxy = lap_ui._table(self.model, self)
        rv.addWidget(self.view, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([470, 830])
        v.addWidget(split, 1)
        self.data: kr.PetaTalenta | None = None

    def tahun(self) -> int:
        return self.cb_tahun.currentData()

    def reload(self) -> None:
        try:
            self.data = kr.peta_talenta(self.ctx, self.tahun())
        except ServiceError as exc:
            show_error(self, exc)
            return
        counts = self.data.jumlah()
        for n, b in self.boxes.items():
            names = [r.pegawai.nama.split(",")[0] for r in self.data.di_kotak(n)]
            shown = "\n".join(names[:3]) + ("\n…" if len(names) > 3 else "")
            b.setText(fmt(self.tr("Kotak %1 — %n orang", "", counts[n]), str(n)) + ("\n" + shown if shown else ""))
            b.setToolTip(teks(dk.arahan(n)))
        tanpa = len([r for r in self.data.baris if r.kotak is None])
        self.lbl.setText(fmt(self.tr(
            "Kinerja dari predikat tahunan (periode terakhir bila tahunan %1 belum dinilai) × potensi dari asesmen "
            "terakhir (PermenPANRB 3/2020). %2 pegawai belum dapat dipetakan. Kandidat rotasi: %3 tahun atau lebih "
            "pada jabatan yang sama (riwayat jabatan)."), str(self.tahun()), str(tanpa), str(dk.MASA_ROTASI_TAHUN))
            + ("\n" + "\n".join(teks(c) for c in self.data.catatan) if self.data.catatan else ""))
        self._fill()

    def pilih_kotak(self, n: int) -> None:
        """A click on a box lists its people."""
        i = self.cb_filter.findData(f"kotak:{n}")
        self.cb_filter.setCurrentIndex(i)

    def _fill(self) -> None:
        if self.data is None:
            return
        kind, _sep, arg = str(self.cb_filter.currentData() or "semua").partition(":")
        for n, b in self.boxes.items():
            b.setChecked(kind == "kotak" and arg == str(n))
        if kind == "kotak":
            rows = self.data.di_kotak(int(arg))
            self.lbl_box.setText(fmt(self.tr("<b>Kotak %1</b>: %2"), arg, teks(dk.arahan(int(arg)))))
        elif kind == "kandidat":
            rows = self.data.kandidat(arg)
            self.lbl_box.setText("")
        elif kind == "kosong":
            rows = [r for r in self.data.baris if r.kotak is None]
            self.lbl_box.setText("")
        else:
            rows = list(self.data.baris)
            self.lbl_box.setText(self.tr("Klik sebuah kotak untuk melihat pegawainya."))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 220))
        self.view.setColumnWidth(4, min(self.view.columnWidth(4), 260))

    def ekspor(self) -> None:
        tahun = self.tahun()
        self._export(f"Peta_Talenta_{tahun}.xlsx",
                     lambda path, prog: kr.ekspor_karier(self.ctx, "talenta", path, tahun=tahun, progress=prog))


class PotensiDialog(QDialog):
    """One potensi assessment: employee, date, level (or a 0–100 score), method, assessor."""

    def __init__(self, parent: QWidget, pegawai: list[kr.PegawaiKarier], pilih: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asesmen potensi"))
        f = QFormLayout(self)
        self.cb_pegawai = QComboBox()
        for p in pegawai:
            self.cb_pegawai.addItem(f"{p.nama} — {_nip(p.nip)}", p.pegawai_id)
        if pilih is not None:
            self.cb_pegawai.setCurrentIndex(max(0, self.cb_pegawai.findData(pilih)))
        f.addRow(self.tr("Pegawai"), self.cb_pegawai)
        self.ed_tanggal = QDateEdit(QDate.currentDate())
        self.ed_tanggal.setCalendarPopup(True)
        self.ed_tanggal.setDisplayFormat("dd-MM-yyyy")
        f.addRow(self.tr("Tanggal asesmen"), self.ed_tanggal)
        self.cb_tingkat = QComboBox()
        self.cb_tingkat.addItem(self.tr("(dari skor)"), None)
        for t in (dk.Tingkat.TINGGI, dk.Tingkat.MENENGAH, dk.Tingkat.RENDAH):
            self.cb_tingkat.addItem(_tingkat(t), int(t))
        f.addRow(self.tr("Tingkat potensi"), self.cb_tingkat)
        self.sp_skor = QDoubleSpinBox()
        self.sp_skor.setRange(-1, 100)
        self.sp_skor.setSpecialValueText(self.tr("(tanpa skor)"))
        self.sp_skor.setValue(-1)
        f.addRow(self.tr("Skor (0–100)"), self.sp_skor)
        self.ed_metode = QLineEdit()
        self.ed_metode.setPlaceholderText(self.tr("mis. Assessment center, uji kompetensi BKPSDM"))
        f.addRow(self.tr("Metode"), self.ed_metode)
        self.ed_asesor = QLineEdit()
        f.addRow(self.tr("Asesor / lembaga"), self.ed_asesor)
        self.ed_catatan = QLineEdit()
        f.addRow(self.tr("Catatan"), self.ed_catatan)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        f.addRow(bb)

    def values(self) -> dict[str, Any]:
        skor = self.sp_skor.value()
        return dict(pegawai_id=self.cb_pegawai.currentData(), tanggal=self.ed_tanggal.date().toPython(),
                    tingkat=self.cb_tingkat.currentData(), skor=None if skor < 0 else skor,
                    metode=self.ed_metode.text(), asesor=self.ed_asesor.text(), catatan=self.ed_catatan.text())


class PotensiTab(_Tab):
    def __init__(self, page: "KarierPage") -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari…"))
        self.ed_cari.setClearButtonEnabled(True)
        top.addWidget(self.ed_cari, 1)
        self.btn_tambah = QPushButton(self.tr("Tambah asesmen…"))
        self.btn_tambah.clicked.connect(self.tambah)
        self.btn_hapus = QPushButton(self.tr("Hapus asesmen terakhir"))
        self.btn_hapus.clicked.connect(self.hapus)
        self.btn_impor = QPushButton(self.tr("Impor dari Excel…"))
        self.btn_impor.setToolTip(self.tr("Kolom: NIP, Tanggal, Potensi (Rendah/Menengah/Tinggi) dan/atau Skor "
                                          "(0–100), Metode, Asesor, Catatan"))
        self.btn_impor.clicked.connect(self.impor)
        for b in (self.btn_tambah, self.btn_hapus, self.btn_impor):
            top.addWidget(b)
        v.addLayout(top)
        self.info = banner("", "info")
        self.info.hide()
        v.addWidget(self.info)
        self.model = RowsModel([
            Column(self.tr("Nama"), lambda r: r[0].nama),
            Column(self.tr("NIP"), lambda r: _nip(r[0].nip)),
            Column(self.tr("Jabatan"), lambda r: r[0].jabatan),
            Column(self.tr("Unit kerja"), lambda r: r[0].unit_nama),
            Column(self.tr("Tanggal asesmen"), lambda r: _tgl(r[1].tanggal) if r[1] else "",
                   sort=lambda r: r[1].tanggal if r[1] else date.min),
            Column(self.tr("Potensi"), lambda r: _tingkat(r[1].tingkat) if r[1] else self.tr("belum dinilai"),
                   color=lambda r: None if r[1] else "#777"),
            Column(self.tr("Skor"), lambda r: "" if not r[1] or r[1].skor is None else f"{r[1].skor:g}".replace(".", ","),
                   sort=lambda r: r[1].skor if r[1] and r[1].skor is not None else -1, align_right=True),
            Column(self.tr("Metode"), lambda r: r[1].metode if r[1] else ""),
        ], self)
        self.view, self.proxy = lap_ui._table(self.model, self)
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        v.addWidget(self.view, 1)

    def reload(self) -> None:
        try:
            self.rows = kr.daftar_potensi(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()

    def _current(self) -> Any:
        idx = self.view.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(idx).row()) if idx.isValid() else None

    def tambah(self) -> None:
        cur = self._current()
        dlg = PotensiDialog(self, [r[0] for r in self.rows], cur[0].pegawai_id if cur else None)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            kr.simpan_potensi(self.ctx, **dlg.values())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.page.after_write()

    def hapus(self) -> None:
        cur = self._current()
        if cur is None or cur[1] is None:
            QMessageBox.information(self, self.tr("Hapus asesmen"), self.tr("Pilih pegawai yang sudah dinilai."))
            return
        if QMessageBox.question(self, self.tr("Hapus asesmen"), fmt(self.tr("Hapus asesmen potensi %1 tanggal %2?"),
                                cur[0].nama, _tgl(cur[1].tanggal))) != QMessageBox.StandardButton.Yes:
            return
        try:
            kr.hapus_potensi(self.ctx, cur[1].id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.page.after_write()

    def impor(self, path: str | None = None) -> None:
        """Preview first (nothing saved), then save the good rows once the operator agrees."""
        if not path:
            path = OPEN_PATH(self) if OPEN_PATH else QFileDialog.getOpenFileName(
                self, self.tr("Impor asesmen potensi"), str(Path.home()), "Excel (*.xlsx *.xls *.ods *.csv)")[0]
        if not path:
            return
        try:
            uji = kr.impor_potensi(self.ctx, path, uji=True)
        except ServiceError as exc:
            show_error(self, exc)
            return
        except Exception as exc:  # noqa: BLE001 - ExcelError and friends carry their own message
            show_error(self, exc)
            return
        masalah = "\n".join(str(m) for m in uji.ditolak[:15]) + ("\n…" if len(uji.ditolak) > 15 else "")
        text = fmt(self.tr("%1 baris dapat diimpor, %2 baris ditolak."), str(uji.diterima), str(len(uji.ditolak)))
        if uji.diterima == 0:
            QMessageBox.warning(self, self.tr("Impor asesmen potensi"), text + ("\n\n" + masalah if masalah else ""))
            return
        if QMessageBox.question(self, self.tr("Impor asesmen potensi"),
                                text + ("\n\n" + masalah if masalah else "") + "\n\n" + self.tr("Simpan baris yang baik?")
                                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            res = kr.impor_potensi(self.ctx, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.info.setText(fmt(self.tr("Impor %1: %2 asesmen disimpan, %3 baris ditolak."), uji.berkas,
                              str(res.diterima), str(len(res.ditolak))))
        self.info.show()
        self.page.after_write()


class RaporTab(_Tab):
    """Rapor Kinerja for anyone in scope, one or many, printed in the background."""

    def __init__(self, page: "KarierPage") -> None:
        super().__init__(page)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.cb_tahun = self._tahun_combo(top)
        self.ed_cari = QLineEdit()
        self.ed_cari.setPlaceholderText(self.tr("Cari…"))
        self.ed_cari.setClearButtonEnabled(True)
        top.addWidget(self.ed_cari, 1)
        self.btn_satu = QPushButton(self.tr("Cetak rapor terpilih…"))
        self.btn_satu.clicked.connect(lambda: self.cetak(False))
        self.btn_semua = QPushButton(self.tr("Cetak rapor semua (satu PDF per pegawai)…"))
        self.btn_semua.clicked.connect(lambda: self.cetak(True))
        top.addWidget(self.btn_satu)
        top.addWidget(self.btn_semua)
        v.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("Nama"), lambda r: r[0].nama), Column(self.tr("NIP"), lambda r: _nip(r[0].nip)),
            Column(self.tr("Jabatan"), lambda r: r[0].jabatan), Column(self.tr("Unit kerja"), lambda r: r[0].unit_nama),
        ], self)
        self.view, self.proxy = lap_ui._table(self.model, self)
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        self.ed_cari.textChanged.connect(self.proxy.setFilterFixedString)
        v.addWidget(self.view, 1)

    def reload(self) -> None:
        try:
            self.rows = kr.daftar_potensi(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r)[0].pegawai_id for r in rows]

    def cetak(self, semua: bool, path: str | None = None) -> None:
        tahun = self.cb_tahun.currentData()
        ids = [r[0].pegawai_id for r in self.rows] if semua else self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Rapor Kinerja"), self.tr("Pilih pegawai di daftar."))
            return
        if path is None:
            if len(ids) == 1:
                nama = next(r[0] for r in self.rows if r[0].pegawai_id == ids[0])
                path = lap_ui.ask_save_path(self, self.tr("Simpan Rapor Kinerja"),
                                            f"Rapor_Kinerja_{tahun}_{nama.nip or nama.nama}.pdf", "PDF (*.pdf)")
            else:
                path = FOLDER_PATH(self) if FOLDER_PATH else QFileDialog.getExistingDirectory(
                    self, self.tr("Folder untuk rapor"), str(Path.home()))
        if not path:
            return

        def done(paths: list[Path]) -> None:
            if paths:
                self.page.last_export = paths[0] if len(paths) == 1 else paths[0].parent
                tampilkan_hasil(self, fmt(self.tr("%1 rapor dicetak."), str(len(paths))), self.page.last_export)

        run_job(self, self.tr("Mencetak Rapor Kinerja…"), lambda prog: rp.cetak_rapor(self.ctx, ids, tahun, path,
                                                                                     progress=prog),
                done, lambda exc, tb: show_error(self, exc, tb))


class KarierPage(BasePage):
    key = "karier"
    watches = Change.PEGAWAI | Change.EVALUASI | Change.RIWAYAT | Change.KARIER | Change.PERIODE

    @classmethod
    def title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("KarierPage", "Karier")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.last_export: Path | None = None
        v = QVBoxLayout(self)
        head = QLabel(f"<h2>{self.title()}</h2>")
        v.addWidget(head)
        self.tab_kp, self.tab_kgb = KenaikanPangkatTab(self), GajiBerkalaTab(self)
        self.tab_talenta, self.tab_potensi, self.tab_rapor = TalentaTab(self), PotensiTab(self), RaporTab(self)
        self.tabs = lap_ui.report_tabs(self, [
            (self.tab_kp, self.tr("Kenaikan Pangkat")), (self.tab_kgb, self.tr("Gaji Berkala")),
            (self.tab_talenta, self.tr("Talenta (Nine-Box)")), (self.tab_potensi, self.tr("Asesmen Potensi")),
            (self.tab_rapor, self.tr("Rapor Kinerja"))])
        v.addWidget(self.tabs, 1)

    def load(self) -> None:
        lap_ui.reload_tabs(self.tabs)

    def after_write(self) -> None:
        """A write made here: every tab reads again (the nine-box uses the assessments)."""
        self.load()
