"""Roster import wizard: choose the file → (choose the sheet) → preview → apply → report.

The preview is a dry run of ``services.pertukaran.import_roster`` in the
background; applying runs the same service for real (backup, one transaction,
cancel = nothing written). The operator sees every row as new / changed (with
the field differences) / unchanged / rejected (with the reason) before
anything is saved, and can save the report as JSON or as a workbook.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from asn_desktop.domain.messages import pesan_dari
from asn_desktop.domain.nip import format_nip
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import AppContext
from asn_desktop.ui.pengaturan.cadangan import tanpa_cadangan
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.penilaian.common import SORT_ROLE, Column, RowsModel
from asn_desktop.ui.sinkronisasi.common import (
    JSON_FILTER,
    STATUS_COLORS,
    XLSX_FILTER,
    ask_open,
    ask_save,
    run_and_wait,
    status_chip,
)
from asn_desktop.ui.i18n import fmt, teks

PAGE_FILE, PAGE_SHEET, PAGE_PREVIEW, PAGE_RESULT = range(4)
STATUS_ORDER = {P.DITOLAK: 0, P.BERUBAH: 1, P.BARU: 2, P.DUPLIKAT: 3, P.TETAP: 4}


#: the preview's columns; translated in the context the table model had (catalogue unchanged)
_HEADERS = (QT_TRANSLATE_NOOP("RowsModel", "Baris"), QT_TRANSLATE_NOOP("RowsModel", "Status"),
            QT_TRANSLATE_NOOP("RowsModel", "NIP"), QT_TRANSLATE_NOOP("RowsModel", "Nama"),
            QT_TRANSLATE_NOOP("RowsModel", "Keterangan"))


def keterangan(r: P.RowResult) -> str:
    """The row's one-line note in the installed language (a changed row: its field labels translated)."""
    if r.status == P.BERUBAH and getattr(r, "diffs", None):
        return ", ".join(f"{teks(d.label)}: {d.lama} → {d.baru}" for d in r.diffs)
    return teks(r.keterangan)


def preview_model(parent: QWidget | None = None) -> RowsModel:
    """The preview rows (Baris, Status, NIP, Nama, Keterangan) in the shared table model; sorting
    goes through :data:`SORT_ROLE` (status by severity, names without case)."""
    h = [QCoreApplication.translate("RowsModel", s) for s in _HEADERS]
    return RowsModel([
        Column(h[0], lambda r: r.row),
        Column(h[1], lambda r: teks(r.status_label), sort=lambda r: STATUS_ORDER.get(r.status, 9),
               background=lambda r: STATUS_COLORS.get(r.status, "#ffffff")),
        Column(h[2], lambda r: format_nip(r.nip or ""), sort=lambda r: r.nip or ""),
        Column(h[3], lambda r: r.nama, sort=lambda r: r.nama.casefold()),
        Column(h[4], keterangan, tooltip=keterangan,
               color=lambda r: "#9b1c14" if r.status == P.DITOLAK else None),
    ], parent)


class RowsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str | None) -> None:
        self.status = status
        self.invalidate()

    def set_text(self, text: str) -> None:
        self.text = " ".join(text.casefold().split())
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex) -> bool:  # noqa: N802
        r = self.sourceModel().rows[source_row]
        if self.status and r.status != self.status:
            return False
        if self.text:
            hay = f"{r.row} {r.nip or ''} {r.nama} {keterangan(r)} {' '.join(teks(p.teks) for p in r.problems)}"
            hay = hay.casefold()
            return all(w in hay for w in self.text.split())
        return True


# --------------------------------------------------------------------------- pages


class FilePage(QWizardPage):
    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Pilih berkas daftar pegawai"))
        self.setSubTitle(self.tr(
            "DUK, ekspor SIASN/BKPSDM, atau berkas ekspor aplikasi ini. Judul, judul kolom dua baris, baris "
            "kosong, dan blok tanda tangan dikenali otomatis; tidak ada yang disimpan sebelum Anda melihat "
            "pratinjaunya."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.ed_path = QLineEdit()
        self.ed_path.setPlaceholderText(self.tr("Lokasi berkas .xlsx / .xls / .ods"))
        self.ed_path.setClearButtonEnabled(True)
        self.ed_path.textChanged.connect(self.completeChanged)
        self.btn_browse = QPushButton(self.tr("&Pilih berkas…"))
        self.btn_browse.clicked.connect(self.browse)
        row.addWidget(self.ed_path, 1)
        row.addWidget(self.btn_browse)
        lay.addLayout(row)
        hint = QLabel(self.tr(
            "<p><b>Yang dikenali:</b> kolom NIP / NIP BARU / nip_baru, NAMA / NAMA LENGKAP / \"NAMA / NIP\", "
            "GOL/RUANG / PANGKAT, GOL / gol_ruang_akhir, TMT GOL / TMT PANGKAT, TGL LAHIR / \"TEMPAT, TGL LAHIR\", "
            "L/P / JENIS KELAMIN, UNIT KERJA / unor_nama, JABATAN, NIP ATASAN, dan lainnya.</p>"
            "<p><b>NIP harus berupa teks.</b> NIP yang tersimpan sebagai angka (mis. 1,98E+17) sudah kehilangan "
            "digit terakhirnya dan akan ditolak dengan petunjuk cara memperbaikinya.</p>"
            "<p>Pegawai dicocokkan dengan NIP. Sel kosong tidak menghapus data yang sudah ada.</p>"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#3d4852;")
        lay.addWidget(hint)
        lay.addStretch(1)

    def browse(self) -> None:
        files = ask_open(self, self.tr("Pilih daftar pegawai"))
        if files:
            self.ed_path.setText(str(files[0]))

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.ed_path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.ed_path.text().strip())
        self.w.path = path
        self.w.sheet = None
        self.w.choices = []
        self.w.page_preview.forget_sheet_choices()
        return self.w.run_preview()

    def nextId(self) -> int:  # noqa: N802
        return PAGE_SHEET if self.w.choices else PAGE_PREVIEW


class SheetPage(QWizardPage):
    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Pilih lembar"))
        self.setSubTitle(self.tr("Berkas ini memiliki beberapa lembar berisi daftar pegawai. Pilih satu untuk diimpor."))
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setStyleSheet("QListWidget::item { padding: 8px; border-bottom: 1px solid #e3e7eb; }")
        self.list.currentRowChanged.connect(self.completeChanged)
        self.list.itemDoubleClicked.connect(lambda _i: self.w.next())
        lay.addWidget(self.list)

    def initializePage(self) -> None:  # noqa: N802
        self.list.clear()
        for c in self.w.choices:
            cols = ", ".join(f"{h}" for _c, h, _f in c.columns[:8])
            item = QListWidgetItem(
                fmt(self.tr("%1 — %2 baris data\nKolom dikenali: %3"), c.name, str(c.data_rows), cols))
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def isComplete(self) -> bool:  # noqa: N802
        return self.list.currentRow() >= 0

    def validatePage(self) -> bool:  # noqa: N802
        self.w.sheet = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return self.w.run_preview()

    def nextId(self) -> int:  # noqa: N802
        return PAGE_PREVIEW


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self._choices: list[Any] = []  # sheets that qualified in the file being read
        self.setTitle(self.tr("Pratinjau"))
        lay = QVBoxLayout(self)
        self.lbl_file = QLabel()
        self.lbl_file.setWordWrap(True)
        lay.addWidget(self.lbl_file)
        # several sheets qualified: the one with most valid NIPs was read; the operator can switch
        sheet_row = QHBoxLayout()
        self.lbl_sheet = QLabel()
        self.lbl_sheet.setWordWrap(True)
        self.cb_sheet = QComboBox()
        self.cb_sheet.setMinimumWidth(220)
        self.lbl_sheet_pick = QLabel(self.tr("Baca &lembar:"))
        self.lbl_sheet_pick.setBuddy(self.cb_sheet)
        sheet_row.addWidget(self.lbl_sheet, 1)
        sheet_row.addWidget(self.lbl_sheet_pick)
        sheet_row.addWidget(self.cb_sheet)
        lay.addLayout(sheet_row)
        self.cb_sheet.activated.connect(self._switch_sheet)
        self.lbl_unused = QLabel()
        self.lbl_unused.setWordWrap(True)
        self.lbl_unused.setTextFormat(Qt.TextFormat.RichText)
        self.lbl_unused.setStyleSheet("color: #8a5a00;")
        lay.addWidget(self.lbl_unused)
        chips = QHBoxLayout()
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.chip_buttons: dict[str | None, QToolButton] = {}
        for key, label in ((None, self.tr("Semua")), (P.BARU, self.tr("Baru")), (P.BERUBAH, self.tr("Berubah")),
                           (P.TETAP, self.tr("Tidak berubah")), (P.DITOLAK, self.tr("Ditolak")),
                           (P.DUPLIKAT, self.tr("Duplikat identik"))):
            b = QToolButton()
            b.setCheckable(True)
            b.setProperty("label", label)
            b.setStyleSheet(
                "QToolButton { border: 1px solid #b8c2cc; border-radius: 11px; padding: 3px 12px; "
                f"background: {STATUS_COLORS.get(key or '', '#ffffff')}; }}"
                "QToolButton:checked { border: 2px solid #1f4e79; font-weight: 600; }")
            b.clicked.connect(lambda _c=False, k=key: self.proxy.set_status(k))
            self.filters.addButton(b)
            self.chip_buttons[key] = b
            chips.addWidget(b)
        chips.addStretch(1)
        self.ed_search = QLineEdit()
        self.ed_search.setPlaceholderText(self.tr("Cari NIP, nama, atau keterangan…"))
        self.ed_search.setClearButtonEnabled(True)
        self.ed_search.setMinimumWidth(280)
        chips.addWidget(self.ed_search)
        lay.addLayout(chips)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = preview_model(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for i, w in enumerate((56, 110, 170, 220)):
            self.table.setColumnWidth(i, w)
        self.table.selectionModel().currentRowChanged.connect(self.show_detail)
        split.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.chk_strict = QCheckBox(self.tr("Mode &ketat: jangan simpan apa pun bila ada baris yang ditolak"))
        bottom.addWidget(self.chk_strict)
        bottom.addStretch(1)
        self.btn_json = QPushButton(self.tr("Simpan laporan &JSON…"))
        self.btn_xlsx = QPushButton(self.tr("Simpan laporan &Excel…"))
        self.btn_json.clicked.connect(lambda: self.w.save_report("json"))
        self.btn_xlsx.clicked.connect(lambda: self.w.save_report("xlsx"))
        bottom.addWidget(self.btn_json)
        bottom.addWidget(self.btn_xlsx)
        lay.addLayout(bottom)
        self.ed_search.textChanged.connect(self.proxy.set_text)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.ed_search.setFocus)

    def initializePage(self) -> None:  # noqa: N802
        rep = self.w.preview
        assert rep is not None
        self.setSubTitle(self.tr("Periksa setiap baris. Baris yang ditolak tidak disimpan; perbaiki berkasnya lalu "
                                 "impor lagi. Klik baris untuk melihat perbedaan atau alasannya."))
        c = rep.counts
        skipped = []
        footer = rep.skipped.footer
        if len(footer) == 1:
            skipped.append(fmt(self.tr("kaki tabel (jumlah, tanda tangan) baris %1"), str(footer[0])))
        elif footer:
            skipped.append(fmt(self.tr("kaki tabel (jumlah, tanda tangan) baris %1–%2"), str(footer[0]), str(footer[-1])))
        if rep.skipped.numbering:
            skipped.append(fmt(self.tr("baris penomoran kolom %1"), ", ".join(map(str, rep.skipped.numbering))))
        if rep.skipped.repeated_header:
            skipped.append(self.tr("%n judul kolom berulang", "", len(rep.skipped.repeated_header)))
        if rep.skipped.headings:
            skipped.append(self.tr("%n judul kelompok", "", len(rep.skipped.headings)))
        if rep.skipped.totals:
            skipped.append(fmt(self.tr("baris jumlah %1"), ", ".join(map(str, rep.skipped.totals))))
        if rep.skipped.blank:
            skipped.append(self.tr("%n baris kosong", "", rep.skipped.blank))
        units = ", ".join(rep.units_baru)
        text = fmt(self.tr("<b>%1</b> · lembar <b>%2</b> · %3 kolom dikenali"), html.escape(Path(rep.berkas).name), html.escape(rep.sheet), str(len(rep.columns)))
        if skipped:
            text += "<br>" + fmt(self.tr("Diabaikan: %1."), html.escape("; ".join(skipped)))
        if units:
            text += "<br>" + fmt(self.tr("Unit kerja baru akan dibuat: %1."), html.escape(units))
        self.lbl_file.setText(text)
        self._show_sheet_and_columns(rep)
        counts = {None: len(rep.rows), P.BARU: c["inserted"], P.BERUBAH: c["updated"], P.TETAP: c["unchanged"],
                  P.DITOLAK: c["rejected"], P.DUPLIKAT: c["duplicates_counted_once"]}
        for key, b in self.chip_buttons.items():
            b.setText(f"{b.property('label')}  {counts[key]}")
            b.setVisible(key is None or key != P.DUPLIKAT or counts[key] > 0)
        self.model.set_rows(rep.rows)
        start = P.DITOLAK if c["rejected"] else None
        self.chip_buttons[start].setChecked(True)
        self.proxy.set_status(start)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.setHtml(self._columns_html())
        self.w.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Terapkan"))

    def forget_sheet_choices(self) -> None:
        """Another file was chosen: the sheets offered so far belong to the previous one."""
        self._choices = []

    def _show_sheet_and_columns(self, rep: P.ImportReport) -> None:
        """The sheet choice (with its reason), the columns not imported and the names whose gelar
        split needs a look: nothing in the file is left out without the operator seeing it."""
        if rep.choices:
            self._choices = list(rep.choices)  # kept when the operator reads another sheet
        choices = self._choices
        names = [c.name for c in choices]
        self.cb_sheet.blockSignals(True)
        self.cb_sheet.clear()
        for c in choices:
            label = self.tr("%1 (%2 NIP valid)") if c.visible else self.tr("%1 (%2 NIP valid, lembar tersembunyi)")
            self.cb_sheet.addItem(fmt(label, c.name, str(c.valid_nip)), c.name)
        if rep.sheet in names:
            self.cb_sheet.setCurrentIndex(names.index(rep.sheet))
        self.cb_sheet.blockSignals(False)
        several = len(names) > 1
        for w in (self.cb_sheet, self.lbl_sheet_pick):
            w.setVisible(several)
        self.lbl_sheet.setVisible(several or bool(rep.sheet_reason))  # a hidden sheet read is always said
        self.lbl_sheet.setText(teks(rep.sheet_reason) or fmt(self.tr("Lembar \"%1\" dibaca sesuai pilihan Anda."), rep.sheet))
        parts = []
        if rep.unused:
            untitled, sample = self.tr("(tanpa judul)"), self.tr("contoh")  # outside f-strings: lupdate reads them
            cols = "; ".join(
                f"<b>{html.escape(u.column)}</b> {html.escape(u.header or untitled)} — "
                f"{sample}: <code>{html.escape(u.sample or '-')}</code>" for u in rep.unused)
            parts.append(fmt(self.tr("⚠ %1 kolom tidak diimpor: %2"), str(len(rep.unused)), cols))
        gelar = sum(1 for r in rep.rows for p in r.problems if p.message.startswith("Gelar dipisahkan"))
        if gelar:
            parts.append(fmt(self.tr("⚠ %1 nama dengan gelar tanpa titik atau menempel pada nama; periksa hasil "
                                 "pemisahannya (cari \"Gelar\")."), str(gelar)))
        self.lbl_unused.setText("<br>".join(parts))
        self.lbl_unused.setVisible(bool(parts))

    def _switch_sheet(self, index: int) -> None:
        name = self.cb_sheet.itemData(index)
        rep = self.w.preview
        if not name or rep is None or name == rep.sheet:
            return
        self.w.sheet = name
        if self.w.run_preview():
            self.initializePage()

    def _columns_html(self) -> str:
        rep = self.w.preview
        rows = "".join(
            f"<tr><td>{html.escape(c)}</td><td>{html.escape(h)}</td><td>→ {html.escape(f)}</td></tr>"
            for c, h, f in rep.columns)
        out = "<b>" + self.tr("Kolom yang dikenali") + f"</b><table cellpadding='2'>{rows}</table>"
        if rep.unused:
            rows = "".join(
                f"<tr><td>{html.escape(u.column)}</td><td>{html.escape(u.header)}</td>"
                f"<td><code>{html.escape(u.sample)}</code></td><td>{html.escape(teks(u.reason))}</td></tr>"
                for u in rep.unused)
            out += "<b>" + self.tr("Kolom yang tidak diimpor") + f"</b><table cellpadding='2'>{rows}</table>"
        return out

    def show_detail(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            self.detail.setHtml(self._columns_html())
            return
        r = self.model.rows[self.proxy.mapToSource(current).row()]
        baris = self.tr("Baris")  # outside the f-string: lupdate does not look inside one
        parts = [f"<b>{baris} {r.row}</b> · {html.escape(teks(r.status_label))} · "
                 f"{html.escape(format_nip(r.nip or ''))} {html.escape(r.nama)}"]
        if r.diffs:
            rows = "".join(
                f"<tr><td><b>{html.escape(d.label)}</b></td><td style='color:#6b6b6b'>{html.escape(d.lama)}</td>"
                f"<td>→</td><td style='color:#0d5c2c'><b>{html.escape(d.baru)}</b></td></tr>" for d in r.diffs)
            parts.append(f"<table cellpadding='3'>{rows}</table>")
        for p in sorted(r.problems, key=lambda p: p.level != "error"):  # why the row is rejected comes first
            color = "#9b1c14" if p.level == "error" else "#8a5a00"
            where = (fmt(self.tr("kolom %1"), p.column) + (f" ({html.escape(p.header)})" if p.header else "")
                     if p.column else "")
            value = f" — <code>{html.escape(p.value)}</code>" if p.value else ""
            parts.append(f"<p style='color:{color}'>{'✖' if p.level == 'error' else '⚠'} {where}{value}<br>"
                         f"{html.escape(teks(p.teks))}</p>")
        if r.status == P.DUPLIKAT:
            parts.append(f"<p>{html.escape(keterangan(r))}</p>")
        if r.status == P.TETAP and not r.problems:
            parts.append("<p>" + self.tr("Data di berkas sama dengan data di aplikasi.") + "</p>")
        self.detail.setHtml("".join(parts))

    def validatePage(self) -> bool:  # noqa: N802
        rep = self.w.preview
        c = rep.counts
        strict = self.chk_strict.isChecked()
        if not (c["inserted"] or c["updated"]) and not strict:
            QMessageBox.information(self, self.tr("Tidak ada perubahan"), self.tr(
                "Tidak ada data baru atau perubahan untuk disimpan. Baris yang ditolak dapat diperbaiki di berkas, "
                "lalu diimpor lagi."))
            return False
        msg = fmt(self.tr("Simpan %1 pegawai baru dan %2 perubahan? Cadangan basis data dibuat lebih dulu."), str(c["inserted"]), str(c["updated"]))
        if c["rejected"]:
            msg += "\n\n" + fmt(self.tr("Mode ketat aktif: karena %1 baris ditolak, TIDAK ADA yang akan disimpan.")
                             if strict else self.tr("%1 baris yang ditolak tidak disimpan dan tercantum di laporan."), str(c["rejected"]))
        msg += tanpa_cadangan(self.w.ctx)
        if QMessageBox.question(self, self.tr("Terapkan impor"), msg) != QMessageBox.StandardButton.Yes:
            return False
        return self.w.run_apply(strict)


class ResultPage(QWizardPage):
    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Selesai"))
        lay = QVBoxLayout(self)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        self.lbl.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.lbl)
        self.chips = QHBoxLayout()
        lay.addLayout(self.chips)
        row = QHBoxLayout()
        self.btn_json = QPushButton(self.tr("Simpan laporan &JSON…"))
        self.btn_xlsx = QPushButton(self.tr("Simpan laporan &Excel…"))
        self.btn_json.clicked.connect(lambda: self.w.save_report("json"))
        self.btn_xlsx.clicked.connect(lambda: self.w.save_report("xlsx"))
        row.addWidget(self.btn_json)
        row.addWidget(self.btn_xlsx)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        rep = self.w.result
        assert rep is not None
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        c = rep.counts
        for text, n, key in ((self.tr("Baru"), c["inserted"], P.BARU), (self.tr("Berubah"), c["updated"], P.BERUBAH),
                             (self.tr("Tidak berubah"), c["unchanged"], P.TETAP),
                             (self.tr("Ditolak"), c["rejected"], P.DITOLAK)):
            self.chips.addWidget(status_chip(f"{text}: {n}", STATUS_COLORS[key]))
        self.chips.addStretch(1)
        if rep.written:
            head = fmt(self.tr("<h3>Impor selesai</h3><p>%1</p>"), html.escape(teks(rep.ringkasan)))
            if rep.backup:
                head += fmt(self.tr("<p>Cadangan sebelum impor: <code>%1</code></p>"), html.escape(rep.backup))
            if c["rejected"]:
                head += self.tr("<p>Baris yang ditolak tercantum di laporan. Perbaiki di berkas asal, lalu impor "
                                "lagi: baris yang sudah masuk akan tercatat \"tidak berubah\".</p>")
        else:
            head = fmt(self.tr("<h3>Tidak ada yang disimpan</h3><p>%1</p>"), html.escape(teks(rep.ringkasan)))
        self.lbl.setText(head)


class RosterImportWizard(QWizard):
    """Emits ``imported`` after something was written (the main window reloads other areas)."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.sheet: str | None = None
        self.choices: list[Any] = []
        self.preview: P.ImportReport | None = None
        self.result: P.ImportReport | None = None
        self.setWindowTitle(self.tr("Impor daftar pegawai"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.page_file = FilePage(self)
        self.page_sheet = SheetPage(self)
        self.page_preview = PreviewPage(self)
        self.page_result = ResultPage(self)
        self.setPage(PAGE_FILE, self.page_file)
        self.setPage(PAGE_SHEET, self.page_sheet)
        self.setPage(PAGE_PREVIEW, self.page_preview)
        self.setPage(PAGE_RESULT, self.page_result)
        self.resize(1100, 720)
        self.currentIdChanged.connect(self._on_page)
        if path is not None:
            self.page_file.ed_path.setText(str(path))

    def _on_page(self, pid: int) -> None:
        if pid != PAGE_PREVIEW:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))

    # -- work ------------------------------------------------------------------------
    def run_preview(self) -> bool:
        assert self.path is not None
        path, sheet = self.path, self.sheet
        out = run_and_wait(self, self.tr("Membaca dan memeriksa berkas…"),
                           lambda prog: P.preview_roster(self.ctx, path, sheet=sheet, progress=prog))
        if out.cancelled:
            return False
        if isinstance(out.error, P.SheetChoiceRequired):
            self.choices = out.error.choices
            return True
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return False
        self.preview = out.result
        return True

    def run_apply(self, strict: bool) -> bool:
        path, sheet = self.path, self.preview.sheet if self.preview else self.sheet
        out = run_and_wait(self, self.tr("Menyimpan impor…"),
                           lambda prog: P.import_roster(self.ctx, path, strict=strict, sheet=sheet, progress=prog))
        if out.cancelled:
            QMessageBox.information(self, self.tr("Dibatalkan"),
                                    self.tr("Impor dibatalkan; tidak ada yang disimpan."))
            return False
        if out.error is not None:
            show_error(self, out.error, out.traceback)
            return False
        self.result = out.result
        if self.result.written:
            self.imported.emit(self.result)
        return True

    def save_report(self, kind: str, path: Path | None = None) -> Path | None:
        rep = self.result or self.preview
        if rep is None:
            return None
        stem = Path(rep.berkas).stem + "-laporan-impor"
        if path is None:
            path = ask_save(self, self.tr("Simpan laporan impor"), f"{stem}.{kind}",
                            JSON_FILTER if kind == "json" else XLSX_FILTER)
        if path is None:
            return None
        try:
            rep.save_json(path) if kind == "json" else rep.save_xlsx(path)
        except Exception as exc:  # noqa: BLE001 - shown to the operator
            from asn_desktop.excel import ExcelError
            from asn_desktop.services.errors import ServiceError

            show_error(self, ServiceError(pesan_dari(exc)) if isinstance(exc, ExcelError) else exc)
            return None
        return path
