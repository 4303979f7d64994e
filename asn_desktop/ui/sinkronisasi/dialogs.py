"""Dialogs of the 'Sinkronisasi Excel' area: results packages (regency merge),
offline supervisor forms (generate / import with preview), stored reports."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nama import nama_berkas
from asn_desktop.domain.nip import format_nip
from asn_desktop.fileio import FileWriteError, write_text_atomic
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import AppContext
from asn_desktop.ui.pengaturan.cadangan import tanpa_cadangan
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.labels import label
from asn_desktop.ui.sinkronisasi.common import JSON_FILTER, STATUS_COLORS, ask_open, ask_save, run_and_wait
from asn_desktop.ui.i18n import fmt, nama_periode, teks


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    t.setSortingEnabled(False)
    return t


def _fit(t: QTableWidget) -> None:
    """Columns sized to their content, the last one taking the remaining width."""
    t.resizeColumnsToContents()
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(t.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


def _item(text: Any, color: str | None = None, tip: str | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    if color:
        it.setBackground(QBrush(QColor(color)))
    if tip:
        it.setToolTip(tip)
    return it


# --------------------------------------------------------------------------- results packages


class ResultsImportDialog(QDialog):
    """Choose packages → check (dry run) → see packages and conflicts → merge."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, files: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[Path] = list(files or [])
        self.report: P.ResultsImportReport | None = None
        self.setWindowTitle(self.tr("Gabungkan paket hasil kecamatan"))
        self.resize(1100, 680)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Paket hasil (berkas .xlsx dari menu Ekspor paket hasil setiap kecamatan) digabungkan ke basis data "
            "ini. Setiap paket diperiksa dulu: format, versi, dan tanda tangan kantor pengirimnya. Paket yang tidak "
            "ditandatangani atau diubah setelah ditandatangani selalu ditolak. Data yang bertentangan (misalnya "
            "evaluasi yang sudah final di sini, atau data pegawai kantor lain) dilaporkan dan tidak ditimpa."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.btn_add = QPushButton(self.tr("&Tambah berkas…"))
        self.btn_clear = QPushButton(self.tr("&Kosongkan"))
        self.btn_add.clicked.connect(self.add_files)
        self.btn_clear.clicked.connect(self.clear_files)
        side.addWidget(self.btn_add)
        side.addWidget(self.btn_clear)
        side.addStretch(1)
        row.addLayout(side)
        lay.addLayout(row)
        opts = QHBoxLayout()
        self.btn_offices = QPushButton(self.tr("&Status kantor pengirim…"))
        self.btn_offices.clicked.connect(self.show_offices)
        self.btn_check = QPushButton(self.tr("&Periksa"))
        self.btn_check.setDefault(True)
        self.btn_check.clicked.connect(self.check)
        opts.addWidget(self.btn_offices)
        opts.addStretch(1)
        opts.addWidget(self.btn_check)
        lay.addLayout(opts)
        split = QSplitter(Qt.Orientation.Vertical)
        top, bottom = QWidget(), QWidget()
        tl, bl = QVBoxLayout(top), QVBoxLayout(bottom)
        tl.setContentsMargins(0, 0, 0, 0)
        bl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("<b>Paket</b>")))
        self.lbl_conf = QLabel(self.tr("<b>Konflik</b>"))
        bl.addWidget(self.lbl_conf)
        self.tbl_pkg = _table([self.tr("Berkas"), self.tr("Kantor"), self.tr("Tahun"), self.tr("Nomor paket"),
                               self.tr("Tanda tangan"), self.tr("Baru"), self.tr("Berubah"), self.tr("Tetap"),
                               self.tr("Konflik"), self.tr("Keterangan")])
        self.tbl_conf = _table([self.tr("Berkas"), self.tr("Data"), self.tr("Kunci"), self.tr("Konflik")])
        tl.addWidget(self.tbl_pkg)
        bl.addWidget(self.tbl_conf)
        split.addWidget(top)
        split.addWidget(bottom)
        lay.addWidget(split, 1)
        self.lbl_sum = QLabel()
        self.lbl_sum.setWordWrap(True)
        lay.addWidget(self.lbl_sum)
        bb = QDialogButtonBox()
        self.btn_apply = bb.addButton(self.tr("&Gabungkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_save = bb.addButton(self.tr("Simpan laporan…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_close = bb.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_apply.clicked.connect(self.apply)
        self.btn_save.clicked.connect(lambda: self.save_report())
        self.btn_close.clicked.connect(self.reject)
        lay.addWidget(bb)
        self._refresh_files()

    def _refresh_files(self) -> None:
        self.list.clear()
        for f in self.files:
            self.list.addItem(str(f))
        self.btn_check.setEnabled(bool(self.files))
        self.btn_apply.setEnabled(False)
        self.btn_save.setEnabled(self.report is not None)

    def add_files(self) -> None:
        for f in ask_open(self, self.tr("Pilih paket hasil"), multiple=True):
            if f not in self.files:
                self.files.append(f)
        self.report = None
        self._refresh_files()

    def clear_files(self) -> None:
        self.files.clear()
        self.report = None
        self._refresh_files()

    def check(self, ask_trust: bool = True) -> None:
        files = list(self.files)
        out = run_and_wait(self, self.tr("Memeriksa paket…"),
                           lambda p: P.import_results(self.ctx, files, dry_run=True, progress=p))
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return
        if out.cancelled:
            return
        self.show_report(out.result)
        self.btn_apply.setEnabled(bool(out.result.accepted))
        if ask_trust and self.ask_trust(out.result):
            self.check(ask_trust=False)

    def ask_trust(self, rep: P.ResultsImportReport) -> bool:
        """For each signed package from an unknown office (or with a new key), show the fingerprint
        to compare by phone and let the admin trust it; True when any key was trusted."""
        from asn_desktop.services.kunci_kantor import trust_office
        from asn_desktop.services.pertukaran_hasil import package_key

        trusted = False
        seen: set[str] = set()
        for p in rep.packages:
            if not (p.kantor_baru or p.kunci_lain) or not p.tanda_tangan_ok or p.kunci_publik in seen:
                continue
            seen.add(p.kunci_publik)
            dlg = TrustOfficeDialog(p, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                continue
            try:
                info = package_key(p.berkas)
                trust_office(self.ctx, info.kode, info.nama, info.kunci_publik)
            except Exception as exc:  # noqa: BLE001 - shown to the user, nothing written
                show_error(self, exc)
                continue
            trusted = True
        return trusted

    def show_offices(self) -> None:
        OfficeStateDialog(self.ctx, self).exec()

    def show_report(self, rep: P.ResultsImportReport) -> None:
        self.report = rep
        self.tbl_pkg.setRowCount(len(rep.packages))
        for i, p in enumerate(rep.packages):
            ok = p.diterima
            color = STATUS_COLORS["baru"] if ok else STATUS_COLORS["ditolak"]
            sign = (self.tr("kunci baru") if p.kantor_baru or p.kunci_lain else self.tr("cocok")) \
                if p.tanda_tangan_ok else self.tr("TIDAK sah")
            cells = [Path(p.berkas).name, f"{p.nama_kantor} ({p.kode_kantor})" if p.kode_kantor else p.nama_kantor,
                     p.tahun or "", p.nomor or "", sign, p.total("baru"),
                     p.total("berubah"), p.total("tetap"), p.total("konflik"), teks(p.teks)]
            for c, v in enumerate(cells):
                self.tbl_pkg.setItem(i, c, _item(v, color if c in (0, 9) else (
                    STATUS_COLORS["ditolak"] if c == 4 and not p.tanda_tangan_ok else None),
                    tip="\n".join(teks(x) for x in p.masalah) if c in (4, 9) and p.masalah else None))
        _fit(self.tbl_pkg)
        self.tbl_pkg.setWordWrap(True)
        self.tbl_pkg.resizeRowsToContents()  # a refusal says why in full (fingerprint, what to do)
        self.tbl_conf.setRowCount(len(rep.conflicts))
        for i, c in enumerate(rep.conflicts):
            pesan = teks(c.teks)
            for j, v in enumerate((Path(c.berkas).name, c.entitas, c.kunci, pesan)):
                self.tbl_conf.setItem(i, j, _item(v, tip=pesan if j == 3 else None))
        _fit(self.tbl_conf)
        self.lbl_conf.setText(fmt(self.tr("<b>Konflik</b> (%1)"), str(len(rep.conflicts))) if rep.conflicts
                              else self.tr("<b>Konflik</b>: tidak ada"))
        self.lbl_sum.setText(teks(rep.ringkasan))
        self.btn_save.setEnabled(True)

    def apply(self) -> None:
        if self.report is None or not self.report.accepted:
            return
        if QMessageBox.question(self, self.tr("Gabungkan paket"), fmt(self.tr(
                "Gabungkan %1 paket ke basis data ini? Cadangan dibuat lebih dulu; setiap paket disimpan dalam "
                "transaksinya sendiri."), str(len(self.report.accepted))) + tanpa_cadangan(self.ctx)
        ) != QMessageBox.StandardButton.Yes:
            return
        files = list(self.files)
        out = run_and_wait(self, self.tr("Menggabungkan paket…"),
                           lambda p: P.import_results(self.ctx, files, progress=p))
        if out.cancelled:
            QMessageBox.information(self, self.tr("Dibatalkan"), self.tr("Penggabungan dibatalkan; tidak ada yang disimpan."))
            return
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return
        self.show_report(out.result)
        self.btn_apply.setEnabled(False)
        if out.result.written:
            self.imported.emit(out.result)
        QMessageBox.information(self, self.tr("Selesai"), teks(out.result.ringkasan))

    def save_report(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        path = path or ask_save(self, self.tr("Simpan laporan"), "laporan-paket-hasil.json", JSON_FILTER)
        if path is not None:
            self.report.save_json(path)
        return path


class TrustOfficeDialog(QDialog):
    """Trust an office key once, after comparing its fingerprint with the office by phone."""

    def __init__(self, pkg: P.PackageResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Percayai kunci kantor pengirim"))
        lay = QVBoxLayout(self)
        office = html.escape(f"{pkg.nama_kantor} ({pkg.kode_kantor})" if pkg.kode_kantor else pkg.nama_kantor)
        if pkg.kunci_lain:
            head = fmt(self.tr("Paket dari <b>%1</b> ditandatangani dengan <b>kunci lain</b> daripada kunci yang "
                           "dipercaya untuk kantor ini. Terima hanya bila kantor itu memang mengganti kuncinya "
                           "(penggantian dicatat di log audit)."), office)
        else:
            head = fmt(self.tr("Kantor <b>%1</b> belum dikenal di basis data ini."), office)
        lbl = QLabel(head)
        lbl.setWordWrap(True)
        lay.addWidget(lbl)
        steps = QLabel(self.tr(
            "Telepon kantor itu (nomor yang sudah Anda kenal, bukan nomor dari berkas atau e-mail paket) dan minta "
            "petugasnya membacakan sidik jari di Pengaturan › Identitas kantor. Percayai kunci hanya bila semua "
            "kelompok sama persis:"))
        steps.setWordWrap(True)
        lay.addWidget(steps)
        self.lbl_fp = QLabel(pkg.sidik_jari)
        self.lbl_fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_fp.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lbl_fp.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold; padding: 8px;")
        lay.addWidget(self.lbl_fp)
        self.chk = QCheckBox(self.tr("Sidik jari sudah saya cocokkan lewat telepon dan sama persis"))
        lay.addWidget(self.chk)
        bb = QDialogButtonBox()
        self.btn_trust = bb.addButton(self.tr("&Percayai kunci"), QDialogButtonBox.ButtonRole.AcceptRole)
        bb.addButton(self.tr("Jangan percayai"), QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_trust.setEnabled(False)
        self.chk.toggled.connect(self.btn_trust.setEnabled)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class OfficeStateDialog(QDialog):
    """Admin view of every trusted office: key fingerprint, last sequence, last import; reset (audited)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Status kantor pengirim"))
        self.resize(1200, 380)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kantor yang kuncinya dipercaya. Paket diterima hanya bila ditandatangani kunci ini dan nomor paketnya "
            "tidak lebih kecil dari nomor terakhir yang diimpor untuk tahun itu. Atur ulang bila kunci dipercaya "
            "karena keliru: kunci, nomor paket, dan unit kantor itu dilupakan (dicatat di log audit)."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.tbl = _table([self.tr("Kode"), self.tr("Kantor"), self.tr("Sidik jari kunci"),
                           self.tr("Nomor paket terakhir"), self.tr("Impor terakhir"), self.tr("Dipercaya")])
        lay.addWidget(self.tbl, 1)
        bb = QDialogButtonBox()
        self.btn_reset = bb.addButton(self.tr("&Atur ulang…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = bb.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_reset.clicked.connect(self.reset_selected)
        close.clicked.connect(self.reject)
        lay.addWidget(bb)
        from asn_desktop.domain.roles import Permission

        self.btn_reset.setEnabled(ctx.actor.can(Permission.SETTINGS))
        self.offices: list[Any] = []
        self.load()

    def load(self) -> None:
        from asn_desktop.services.kunci_kantor import list_offices

        try:
            self.offices = list_offices(self.ctx)
        except Exception as exc:  # noqa: BLE001 - e.g. no right to see results
            show_error(self, exc)
            self.offices = []
        self.tbl.setRowCount(len(self.offices))
        for i, o in enumerate(self.offices):
            nomor = ", ".join(f"{t}: {n}" for t, n in sorted(o.nomor_terakhir.items())) or "–"
            last = (o.impor_terakhir.replace("T", " ") + (f" ({o.berkas_terakhir})" if o.berkas_terakhir else "")) \
                if o.impor_terakhir else "–"
            trusted = f"{o.dipercaya_pada.replace('T', ' ')} · {o.dipercaya_oleh}"
            for c, v in enumerate((o.kode, o.nama, o.sidik_jari, nomor, last, trusted)):
                self.tbl.setItem(i, c, _item(v))
        _fit(self.tbl)
        if self.offices:
            self.tbl.selectRow(0)

    def reset_selected(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from asn_desktop.services.kunci_kantor import reset_office

        row = self.tbl.currentRow()
        if not 0 <= row < len(self.offices):
            return
        o = self.offices[row]
        alasan, ok = QInputDialog.getText(self, self.tr("Atur ulang kantor"), fmt(self.tr(
            "Kunci, nomor paket terakhir, dan unit kantor %1 akan dilupakan; paket berikutnya dari kantor itu "
            "harus dipercaya lagi setelah sidik jari dicocokkan.\n\nAlasan (dicatat di log audit):"), f"{o.nama} ({o.kode})"))
        if not ok:
            return
        try:
            reset_office(self.ctx, o.kode, alasan)
        except Exception as exc:  # noqa: BLE001 - shown, nothing written
            show_error(self, exc)
            return
        self.load()


# --------------------------------------------------------------------------- forms


class FormExportDialog(QDialog):
    """Choose the supervisor and the period of an offline form."""

    def __init__(self, ctx: AppContext, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Buat formulir penilaian offline"))
        lay = QVBoxLayout(self)
        info = QLabel(self.tr(
            "Formulir Excel terkunci untuk satu pejabat penilai: hanya sel rating, catatan, dan umpan balik yang "
            "dapat diisi (pilihan rating berupa daftar). Setelah diisi, impor kembali melalui \"Impor formulir "
            "terisi\"; perubahan ditampilkan dulu sebelum disimpan."))
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.spn_tahun = QSpinBox()
        self.spn_tahun.setRange(2000, 2100)
        self.spn_tahun.setValue(tahun)
        self.cmb_penilai = QComboBox()
        self.cmb_penilai.setMinimumWidth(420)
        self.cmb_periode = QComboBox()
        form.addRow(self.tr("&Tahun:"), self.spn_tahun)
        form.addRow(self.tr("Pejabat &penilai:"), self.cmb_penilai)
        form.addRow(self.tr("&Periode:"), self.cmb_periode)
        lay.addLayout(form)
        self.lbl_empty = QLabel()
        self.lbl_empty.setStyleSheet("color:#8a5a00;")
        self.lbl_empty.setWordWrap(True)
        lay.addWidget(self.lbl_empty)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Buat formulir…"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.btn_ok = bb.button(QDialogButtonBox.StandardButton.Ok)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.spn_tahun.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        from asn_desktop.services.periode import get_tahun

        tahun = self.spn_tahun.value()
        self.cmb_penilai.clear()
        self.cmb_periode.clear()
        try:
            options = P.list_penilai(self.ctx, tahun)
            periods = get_tahun(self.ctx, tahun).periode
        except Exception:  # noqa: BLE001 - a year without data
            options, periods = [], []
        self._nama_penilai = [o.nama for o in options]
        self._nama_periode = [p.nama for p in periods]
        for o in options:
            self.cmb_penilai.addItem(
                fmt(self.tr("%1 — %2 (%3 bawahan)"), o.nama, format_nip(o.nip), str(o.jumlah_bawahan)), o.pegawai_id)
        aktif = -1
        for i, p in enumerate(periods):
            self.cmb_periode.addItem(f"{nama_periode(p.nama)} · {label(p.status)}", p.id)
            if p.terbuka and aktif < 0:
                aktif = i
        self.cmb_periode.setCurrentIndex(max(aktif, 0))
        ok = bool(options and periods)
        self.btn_ok.setEnabled(ok)
        self.lbl_empty.setText("" if ok else self.tr("Belum ada SKP atau periode untuk tahun ini."))

    def nama_berkas_saran(self) -> str:
        """"formulir_2026_Triwulan_I_Heri_S.H.xlsx": the year and period keep two quarters'
        forms from overwriting each other; names become file names in one place (nama_berkas)."""
        pi, ri = self.cmb_penilai.currentIndex(), self.cmb_periode.currentIndex()
        penilai = self._nama_penilai[pi] if 0 <= pi < len(self._nama_penilai) else ""
        periode = self._nama_periode[ri] if 0 <= ri < len(self._nama_periode) else ""
        return nama_berkas("formulir", str(self.spn_tahun.value()), periode, penilai, ext="xlsx")

    def choice(self) -> tuple[int, int]:
        return int(self.cmb_penilai.currentData()), int(self.cmb_periode.currentData())


class FormImportDialog(QDialog):
    """Preview of a filled form; Simpan writes the changes in one transaction."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, report: P.FormImportReport, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.report = report
        self.setWindowTitle(self.tr("Impor formulir penilai"))
        self.resize(1050, 600)
        lay = QVBoxLayout(self)
        self.lbl_head = QLabel()
        self.lbl_head.setWordWrap(True)
        lay.addWidget(self.lbl_head)
        self.table = _table([self.tr("NIP"), self.tr("Nama"), self.tr("Status"), self.tr("Predikat"),
                             self.tr("Perubahan / masalah")])
        self.table.setWordWrap(True)
        lay.addWidget(self.table, 1)
        bb = QDialogButtonBox()
        self.btn_apply = bb.addButton(self.tr("&Simpan penilaian"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_save = bb.addButton(self.tr("Simpan laporan…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = bb.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_apply.clicked.connect(self.apply)
        self.btn_save.clicked.connect(lambda: self.save_report())
        close.clicked.connect(self.reject)
        lay.addWidget(bb)
        self.show_report(report)

    def show_report(self, rep: P.FormImportReport) -> None:
        self.report = rep
        head = fmt(self.tr("<b>%1</b> · periode <b>%2</b> · pejabat penilai <b>%3</b><br>%4"), html.escape(self.path.name), html.escape(rep.periode), html.escape(rep.penilai), html.escape(teks(rep.ringkasan)))
        self.lbl_head.setText(head)
        rows = sorted(rep.rows, key=lambda r: {"ditolak": 0, "berubah": 1, "tetap": 2}[r.status])
        self.table.setRowCount(len(rows))
        status_text = {"berubah": self.tr("Berubah"), "tetap": self.tr("Tidak berubah"),
                       "ditolak": self.tr("Ditolak")}
        for i, r in enumerate(rows):
            color = STATUS_COLORS["ditolak" if r.status == "ditolak" else ("berubah" if r.status == "berubah" else "tetap")]
            text = "; ".join(teks(m) for m in (r.masalah if r.status == "ditolak" else r.perubahan))
            for j, v in enumerate((format_nip(r.nip), r.nama, status_text[r.status], label(r.predikat_label, ""), text)):
                self.table.setItem(i, j, _item(v, color if j == 2 else None, tip=text if j == 4 else None))
        _fit(self.table)
        self.btn_apply.setEnabled(rep.count("berubah") > 0 and not rep.written)

    def apply(self) -> None:
        n = self.report.count("berubah")
        if QMessageBox.question(self, self.tr("Simpan penilaian"), fmt(self.tr(
                "Simpan penilaian dari formulir untuk %1 pegawai? Cadangan dibuat lebih dulu."), str(n))
                + tanpa_cadangan(self.ctx)
        ) != QMessageBox.StandardButton.Yes:
            return
        path = self.path
        out = run_and_wait(self, self.tr("Menyimpan penilaian…"), lambda p: P.import_form(self.ctx, path, progress=p))
        if out.cancelled:
            return
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return
        self.show_report(out.result)
        if out.result.written:
            self.imported.emit(out.result)
            QMessageBox.information(self, self.tr("Selesai"), teks(out.result.ringkasan))

    def save_report(self, path: Path | None = None) -> Path | None:
        path = path or ask_save(self, self.tr("Simpan laporan"), self.path.stem + "-laporan.json", JSON_FILTER)
        if path is not None:
            try:
                write_text_atomic(path, json.dumps(self.report.to_dict(), ensure_ascii=False, indent=2))
            except FileWriteError as exc:  # open in another program (Windows), read-only folder
                show_error(self, exc)
                return None
        return path


class ReportDialog(QDialog):
    """A stored exchange report (log entry), readable and saveable."""

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Laporan pertukaran"))
        self.resize(900, 620)
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        lap = data.get("laporan") or {}
        from asn_desktop.services.pertukaran_umum import JENIS_LABEL, RINGKASAN_LABEL, STATUS_LABEL
        from asn_desktop.ui.i18n import teks

        jenis = teks(JENIS_LABEL.get(str(data.get("jenis")), str(data.get("jenis", ""))))
        self.setWindowTitle(fmt(self.tr("Laporan: %1"), jenis))
        berkas, pengguna, status = self.tr("Berkas"), self.tr("Pengguna"), self.tr("Status")  # outside f-strings: lupdate reads them
        parts = [f"<h3>{html.escape(jenis)} · {html.escape(str(data.get('waktu', '')))}</h3>",
                 f"<p><b>{berkas}:</b> {html.escape(str(data.get('berkas') or '-'))}<br>"
                 f"<b>{pengguna}:</b> {html.escape(str(data.get('pengguna') or '-'))}<br>"
                 f"<b>{status}:</b> "
                 f"{html.escape(teks(STATUS_LABEL.get(str(data.get('status')), str(data.get('status')))))}</p>"]
        if lap.get("ringkasan"):
            parts.append(f"<p>{html.escape(str(lap['ringkasan']))}</p>")
        summary = data.get("ringkasan") or {}
        if summary:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{html.escape(teks(RINGKASAN_LABEL.get(str(k), str(k))))}</td><td><b>{html.escape(str(v))}</b></td></tr>"
                for k, v in summary.items() if not isinstance(v, (dict, list))) + "</table>")
        problems = lap.get("problems") or []
        if problems:
            parts.append("<h4>" + fmt(self.tr("Masalah (%1)"), str(len(problems))) + "</h4><ul>")
            for p in problems[:300]:
                where = (fmt(self.tr("baris %1, kolom %2"), str(p.get("row")), str(p.get("column"))) if p.get("column")
                         else fmt(self.tr("baris %1"), str(p.get("row"))))
                parts.append(f"<li>{html.escape(where)}: {html.escape(str(p.get('message')))}</li>")
            parts.append("</ul>")
        for c in (lap.get("konflik") or [])[:300]:
            parts.append(f"<p>⚠ {html.escape(c.get('entitas', ''))} {html.escape(c.get('kunci', ''))}: "
                         f"{html.escape(c.get('pesan', ''))}</p>")
        view.setHtml("".join(parts))
        lay.addWidget(view, 1)
        bb = QDialogButtonBox()
        save = bb.addButton(self.tr("Simpan sebagai JSON…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = bb.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        lay.addWidget(bb)

    def save(self) -> None:
        path = ask_save(self, self.tr("Simpan laporan"), f"laporan-{self.data.get('id')}.json", JSON_FILTER)
        if path is not None:
            try:
                write_text_atomic(path, json.dumps(self.data, ensure_ascii=False, indent=2, default=str))
            except FileWriteError as exc:
                show_error(self, exc)
