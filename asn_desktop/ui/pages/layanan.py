"""Area 'Layanan Publik': Survei Kepuasan Masyarakat (PermenPANRB 14/2017).

The front desk types paper questionnaires into a keyboard grid (one row per
respondent: a digit 1–4 per unsur moves on to the next cell, so a row is nine
key presses); the unit's leaders read the results: NRR per unsur, IKM, the
converted value, mutu, the weakest unsur, the respondent profile and the
suggestions. Reading and writing go through ``services.skm``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import skm as dskm
from asn_desktop.domain.errors import DomainError
from asn_desktop.services import skm
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.i18n import fmt, nama_periode, teks
from asn_desktop.services.changes import Change
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.penilaian.common import banner, message_of, status_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2  # the filling date of an imported questionnaire, kept through edits
BAD_BG = QColor("#f9d6d5")
WEAK_BG = QColor("#fde2c8")
JENIS_LAYANAN_CONTOH = (
    "Rekomendasi KTP-el / KK", "Surat keterangan", "Izin usaha mikro", "Legalisasi dokumen",
    "Dispensasi nikah", "Surat pengantar SKCK",
)


#: Fixed values of the respondent profile (services/skm), shown translated; the rest is what was typed.
_PROFIL_LABEL = {"Tidak diisi", "Laki-laki", "Perempuan"} | {nama for _a, _b, nama in dskm.KELOMPOK_UMUR}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayananPage", text)


# --------------------------------------------------------------------------- entry grid


class EntryGrid(QTableWidget):
    """One row per questionnaire. In an answer column a digit 1–4 is written at
    once and the cursor moves on; other keys there are refused with a message;
    Delete/Backspace clears (not answered). Enter on the last column starts the
    next row, adding one at the end."""

    def __init__(self, kode_unsur: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.kode = kode_unsur
        self.headers = ["No"] + self.kode + ["JK", "Umur", "Pendidikan", "Pekerjaan", "Saran"]
        self.setColumnCount(len(self.headers))
        shown = {"No": self.tr("No"), "JK": self.tr("JK"), "Umur": self.tr("Umur"),
                 "Pendidikan": self.tr("Pendidikan"), "Pekerjaan": self.tr("Pekerjaan"), "Saran": self.tr("Saran")}
        self.setHorizontalHeaderLabels([shown.get(h, h) for h in self.headers])  # the keys stay Indonesian
        tips = {k: teks(dskm.NAMA_UNSUR.get(k, k)) for k in self.kode}
        for c, h in enumerate(self.headers):
            item = self.horizontalHeaderItem(c)
            if h in tips:
                item.setToolTip(f"{h}: {tips[h]} (1–4)")
        hh = self.horizontalHeader()
        for c in range(len(self.headers) - 1):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(len(self.headers) - 1, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(34)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().setVisible(False)
        self.message: str = ""
        self.on_message: Any = None

    # columns
    def answer_col(self, c: int) -> bool:
        return 1 <= c <= len(self.kode)

    def col_of(self, name: str) -> int:
        return self.headers.index(name)

    def add_row(self, nomor: int | None = None) -> int:
        r = self.rowCount()
        if nomor is None:
            nomor = max((self._int(i, 0) or 0 for i in range(r)), default=0) + 1
        blocked = self.blockSignals(True)  # a half-built row must not be validated
        self.insertRow(r)
        self.setItem(r, 0, QTableWidgetItem(str(nomor)))
        for c in range(1, self.columnCount()):
            item = QTableWidgetItem("")
            if self.answer_col(c):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(r, c, item)
        self.blockSignals(blocked)
        return r

    def text(self, r: int, c: int) -> str:
        item = self.item(r, c)
        return item.text().strip() if item is not None else ""

    def _int(self, r: int, c: int) -> int | None:
        t = self.text(r, c)
        return int(t) if t.isdigit() else None

    def _say(self, text: str) -> None:
        self.message = text
        if self.on_message:
            self.on_message(text)

    def _advance(self, r: int, c: int) -> None:
        if c + 1 < self.columnCount():
            self.setCurrentCell(r, c + 1)
            return
        if r + 1 >= self.rowCount():
            self.add_row()
        self.setCurrentCell(r + 1, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        r, c = self.currentRow(), self.currentColumn()
        key, text = event.key(), event.text()
        if r >= 0 and self.answer_col(c) and self.state() != QAbstractItemView.State.EditingState:
            if text in ("1", "2", "3", "4"):
                self.item(r, c).setText(text)
                self._advance(r, c)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space):
                self.item(r, c).setText("")
                if key == Qt.Key.Key_Space:
                    self._advance(r, c)  # space: not answered, go on
                return
            if text and text.isprintable():
                self._say(fmt(_tr("Jawaban %1 hanya boleh 1–4 (kosongkan dengan Spasi atau Delete bila tidak "
                                  "dijawab)."), self.headers[c]))
                return
        if (r >= 0 and c == self.col_of("JK") and self.state() != QAbstractItemView.State.EditingState
                and text.upper() in ("L", "P")):
            self.item(r, c).setText(text.upper())
            self._advance(r, c)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and r >= 0 and self.state() != QAbstractItemView.State.EditingState:
            self._advance(r, c)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Enter in a cell editor saves it and moves on, like a digit in an answer cell."""
        r, c = self.currentRow(), self.currentColumn()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._advance(r, c)
            return
        super().closeEditor(editor, hint)

    # reading back
    def row_input(self, r: int) -> tuple[skm.RespondenInput | None, list[tuple[int, str]]]:
        """The row as service input and its problems as (column, message)."""
        problems: list[tuple[int, str]] = []
        nomor = self._int(r, 0)
        if nomor is None or nomor < 1:
            problems.append((0, _tr("Nomor kuesioner harus bilangan bulat 1 atau lebih.")))
        jaw: dict[str, int | None] = {}
        for i, k in enumerate(self.kode, 1):
            t = self.text(r, i)
            try:
                jaw[k] = dskm.parse_jawaban(t)
            except DomainError as exc:
                jaw[k] = None
                problems.append((i, error_text(exc)))
        vals: dict[str, Any] = {}
        for name, parser in (("JK", dskm.parse_jenis_kelamin), ("Umur", dskm.parse_umur)):
            c = self.col_of(name)
            try:
                vals[name] = parser(self.text(r, c))
            except DomainError as exc:
                vals[name] = None
                problems.append((c, error_text(exc)))
        text = {n: self.text(r, self.col_of(n)) or None for n in ("Pendidikan", "Pekerjaan", "Saran")}
        rid = self.item(r, 0).data(ID_ROLE)
        tanggal = self.item(r, 0).data(DATE_ROLE)
        row = skm.RespondenInput(nomor or 0, jaw, vals["JK"], vals["Umur"], text["Pendidikan"], text["Pekerjaan"],
                                 text["Saran"], tanggal if isinstance(tanggal, date) else None, rid)
        return row, problems

    def is_empty(self, r: int) -> bool:
        return all(not self.text(r, c) for c in range(1, self.columnCount()))


# --------------------------------------------------------------------------- new survey


class SurveiDialog(QDialog):
    """A new survey: service type, period, unit, population (for the minimum sample)."""

    def __init__(self, units: list[tuple[int | None, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat baru"))
        form = QFormLayout(self)
        self.jenis = QComboBox()
        self.jenis.setEditable(True)
        self.jenis.addItems(JENIS_LAYANAN_CONTOH)
        self.jenis.setCurrentText("")
        self.jenis.lineEdit().setPlaceholderText(self.tr("mis. Surat keterangan"))
        y = date.today().year
        self.periode = QLineEdit(self.tr("Semester I") + f" {y}")
        self.mulai = QDateEdit(QDate(y, 1, 1))
        self.selesai = QDateEdit(QDate(y, 6, 30))
        for d in (self.mulai, self.selesai):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
        self.unit = QComboBox()
        for uid, nama in units:
            self.unit.addItem(nama, uid)
        self.populasi = QSpinBox()
        self.populasi.setRange(0, 10_000_000)
        self.populasi.setSpecialValueText(self.tr("tidak diketahui"))
        self.populasi.setSuffix(self.tr(" pengguna layanan"))
        self.sampel = QLabel()
        self.populasi.valueChanged.connect(self._sampel)
        form.addRow(self.tr("Jenis layanan"), self.jenis)
        form.addRow(self.tr("Periode"), self.periode)
        form.addRow(self.tr("Mulai"), self.mulai)
        form.addRow(self.tr("Selesai"), self.selesai)
        form.addRow(self.tr("Unit pelayanan"), self.unit)
        form.addRow(self.tr("Populasi"), self.populasi)
        form.addRow("", self.sampel)
        self.tambahan = QPlainTextEdit()
        self.tambahan.setPlaceholderText(self.tr(
            "Opsional, satu per baris: nama unsur; bobot — mis. \"Kemudahan informasi daring; 0,1\". "
            "Sisa bobot dibagi rata ke U1–U9 sehingga jumlahnya tetap 1."))
        self.tambahan.setFixedHeight(70)
        form.addRow(self.tr("Unsur tambahan"), self.tambahan)
        self.error = banner()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._sampel()

    def _sampel(self) -> None:
        n = self.populasi.value()
        self.sampel.setText(fmt(self.tr("Sampel minimum (tabel Krejcie–Morgan): %1 responden"),
                                dskm.sampel_minimum(n)) if n else "")

    def values(self) -> dict[str, Any]:
        """The form as ``skm.buat_survei`` arguments; raises DomainError for an unreadable extra unsur line."""
        tambahan, bobot = self.unsur_tambahan()
        return {
            "jenis_layanan": self.jenis.currentText(), "periode": self.periode.text(),
            "tanggal_mulai": self.mulai.date().toPython(), "tanggal_selesai": self.selesai.date().toPython(),
            "unit_kerja_id": self.unit.currentData(), "populasi": self.populasi.value() or None,
            "unsur_tambahan": tambahan, "bobot": bobot,
        }

    def unsur_tambahan(self) -> tuple[list[tuple[str, str]], dict[str, str] | None]:
        """Extra unsur U10, U11, … with their weights; U1–U9 share the rest equally (weights sum to 1)."""
        from fractions import Fraction

        tambahan: list[tuple[str, str]] = []
        bobot: dict[str, str] = {}
        total = Fraction(0)
        for i, line in enumerate(x for x in self.tambahan.toPlainText().splitlines() if x.strip()):
            nama, sep, w = line.rpartition(";")
            try:
                f = Fraction(w.strip().replace(",", "."))
            except (ValueError, ZeroDivisionError):
                f = None
            if not sep or not nama.strip() or f is None or not 0 < f < 1:
                raise DomainError(fmt(self.tr("Unsur tambahan baris %1 (\"%2\"): tulis nama unsur; bobot antara 0 "
                                              "dan 1, mis. \"Kemudahan informasi daring; 0,1\"."), i + 1,
                                      line.strip()))
            kode = f"U{10 + i}"
            tambahan.append((kode, nama.strip()))
            bobot[kode] = str(f)
            total += f
        if not tambahan:
            return [], None
        if total >= 1:
            raise DomainError(self.tr("Jumlah bobot unsur tambahan harus kurang dari 1 (sisanya untuk U1–U9)."))
        for kode in dskm.KODE_BAKU:
            bobot[kode] = str((1 - total) / 9)
        return tambahan, bobot


# --------------------------------------------------------------------------- import with mapping

#: Replaced in tests: the file an "Impor" button opens / where a PDF is saved (None = ask the user).
OPEN_PATH: Any = None
SAVE_PATH: Any = None


class ImportDialog(QDialog):
    """Map the columns of an online-form export to the unsur and profile fields, see what would be
    imported and what is rejected (sheet, row, column), then import the accepted rows."""

    def __init__(self, pratinjau: Any, kode_unsur: list[str], parent: QWidget | None = None) -> None:
        from asn_desktop.excel.skm import FIELD_PROFIL

        super().__init__(parent)
        self.p = pratinjau
        self.kode = kode_unsur
        self.rows: list[Any] = []
        self.setWindowTitle(self.tr("Impor jawaban survei"))
        self.resize(1100, 640)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(fmt(self.tr("Berkas %1, lembar \"%2\", judul kolom di baris %3. Pilih untuk setiap "
                                         "kolom unsur atau isian yang dimaksud."),
                                 pratinjau.berkas, pratinjau.sheet, pratinjau.header_row)))
        self.targets: list[tuple[str | None, str]] = [(None, self.tr("(abaikan)"))]
        self.targets += [(k, f"{k} — {teks(dskm.NAMA_UNSUR.get(k, k))}") for k in kode_unsur]
        self.targets += [(k, _tr(v)) for k, v in FIELD_PROFIL.items()]
        self.table = QTableWidget(len(pratinjau.kolom), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul kolom"), self.tr("Contoh isi"),
                                              self.tr("Dipetakan ke")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 220)
        self.table.setColumnWidth(3, 300)
        self.combos: dict[int, QComboBox] = {}
        awal = pratinjau.pemetaan_awal()
        for r, k in enumerate(pratinjau.kolom):
            self.table.setItem(r, 0, QTableWidgetItem(k.huruf))
            judul = QTableWidgetItem(k.judul)
            judul.setToolTip(k.judul)
            self.table.setItem(r, 1, judul)
            self.table.setItem(r, 2, QTableWidgetItem(" | ".join(k.contoh)))
            combo = QComboBox()
            for key, text in self.targets:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(awal.get(k.index))))
            combo.currentIndexChanged.connect(self.check)
            self.table.setCellWidget(r, 3, combo)
            self.combos[k.index] = combo
        lay.addWidget(self.table, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.problems = QListWidget()
        lay.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Impor"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.check()

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in self.combos.items() if combo.currentData()}

    def check(self, *_a: Any) -> None:
        from asn_desktop.excel.skm import terapkan_pemetaan

        m = self.mapping()
        used = [t for t in m.values()]
        double = sorted({t for t in used if used.count(t) > 1})
        missing = [k for k in self.kode if k not in used]
        self.problems.clear()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if double:
            self.summary.setText(fmt(self.tr("Setiap unsur/isian hanya boleh dari satu kolom: %1 dipilih lebih dari "
                                             "sekali."), ", ".join(double)))
            ok_button.setEnabled(False)
            return
        self.rows = terapkan_pemetaan(self.p, m, self.kode)
        bad = [b for b in self.rows if b.masalah]
        for b in bad:
            for x in b.masalah:
                self.problems.addItem(teks(x.teks()))
        text = fmt(self.tr("%1 responden terbaca: %2 dapat diimpor, %3 ditolak (lihat daftar)."),
                   len(self.rows), len(self.rows) - len(bad), len(bad))
        if missing:
            text += " " + fmt(self.tr("Belum dipetakan: %1 (dianggap tidak dijawab)."), ", ".join(missing))
        self.summary.setText(text)
        ok_button.setEnabled(len(self.rows) > len(bad))


# --------------------------------------------------------------------------- the area


class LayananPage(BasePage):
    key = "layanan"
    watches = Change.SKM  # surveys and questionnaires (not units: a reload would drop rows being typed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LayananPage", "Layanan Publik")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.surveys: list[skm.SurveiInfo] = []
        self.hasil: skm.HasilSurvei | None = None
        self._deleted: list[int] = []
        self._dirty = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addWidget(QLabel(self.tr("<h2 style='margin:0'>Layanan Publik — Survei Kepuasan Masyarakat</h2>")))
        sub = QLabel(self.tr(
            "Survei per jenis layanan dan periode (PermenPANRB 14/2017). Petugas loket mengetik kuesioner; "
            "pimpinan unit melihat NRR per unsur, IKM, mutu pelayanan, dan saran masyarakat."))
        sub.setWordWrap(True)
        sub.setStyleSheet("color:#4a5560;")
        lay.addWidget(sub)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Survei:")))
        self.combo = QComboBox()
        self.combo.setMinimumWidth(520)
        self.combo.currentIndexChanged.connect(self._survey_changed)
        top.addWidget(self.combo, 1)
        self.btn_new = QPushButton(self.tr("Survei baru…"))
        self.btn_new.clicked.connect(self.new_survey)
        top.addWidget(self.btn_new)
        lay.addLayout(top)
        self.btn_new.setVisible(ctx.actor.can(skm.ENTRY_PERMISSION))  # in the page first: no window of its own
        self.empty = banner("", kind="info")
        lay.addWidget(self.empty)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        self.filler = QWidget()  # takes the height while there is no survey, so the texts stay at the top
        lay.addWidget(self.filler, 1)
        self.entry_tab = QWidget()
        self.result_tab = QWidget()
        self.tabs.addTab(self.entry_tab, self.tr("Entri kuesioner"))
        self.tabs.addTab(self.result_tab, self.tr("Hasil"))
        self.trend_tab = QWidget()
        self.tabs.addTab(self.trend_tab, self.tr("Tren antar periode"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_entry()
        self._build_result()
        self._build_trend()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ---------------------------------------------------------------- entry tab
    def _build_entry(self) -> None:
        lay = QVBoxLayout(self.entry_tab)
        lay.setContentsMargins(0, 6, 0, 0)
        hint = QLabel(self.tr(
            "Ketik jawaban 1–4 per unsur: kursor pindah sendiri ke kolom berikutnya. Spasi = tidak dijawab. "
            "Enter di kolom terakhir membuat baris baru. Simpan dengan Ctrl+S."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.grid_holder = QVBoxLayout()
        lay.addLayout(self.grid_holder, 1)
        self.grid: EntryGrid | None = None
        self.grid_survey_id: int | None = None
        self.problems = banner()
        lay.addWidget(self.problems)
        row = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Tambah baris"))
        self.btn_add.clicked.connect(self.add_row)
        self.btn_del = QPushButton(self.tr("Hapus baris"))
        self.btn_del.clicked.connect(self.delete_row)
        self.btn_import = QPushButton(self.tr("Impor dari Excel/CSV…"))
        self.btn_import.clicked.connect(self.import_file)
        self.lbl_count = QLabel()
        self.btn_save = QPushButton(self.tr("Simpan"))
        self.btn_save.setDefault(True)
        self.btn_save.clicked.connect(self.save)
        row.addWidget(self.btn_add)
        row.addWidget(self.btn_del)
        row.addWidget(self.btn_import)
        row.addWidget(self.lbl_count, 1)
        row.addWidget(self.btn_save)
        lay.addLayout(row)

    def _install_grid(self, info: skm.SurveiInfo) -> None:
        if self.grid is not None:
            self.grid.setParent(None)
            self.grid.deleteLater()
        self.grid = EntryGrid(info.kode_unsur)
        self.grid_survey_id = info.id
        self.grid.on_message = self._grid_message
        self.grid_holder.addWidget(self.grid)
        self.grid.show()  # a layout shows a widget added to a visible page only after a queued call
        rows = skm.daftar_responden(self.ctx, info.id)
        self.grid.blockSignals(True)
        for x in rows:
            r = self.grid.add_row(x.nomor)
            self.grid.item(r, 0).setData(ID_ROLE, x.id)
            self.grid.item(r, 0).setData(DATE_ROLE, x.tanggal)
            for i, k in enumerate(self.grid.kode, 1):
                v = x.jawaban.get(k)
                self.grid.item(r, i).setText("" if v is None else str(v))
            for name, v in (("JK", x.jenis_kelamin), ("Umur", x.umur), ("Pendidikan", x.pendidikan),
                            ("Pekerjaan", x.pekerjaan), ("Saran", x.saran)):
                self.grid.item(r, self.grid.col_of(name)).setText("" if v is None else str(v))
        r = self.grid.add_row()
        self.grid.blockSignals(False)
        self.grid.itemChanged.connect(self._cell_changed)
        self.grid.setCurrentCell(r, 1)
        self._deleted = []
        self._dirty = False
        self._update_count()

    def _grid_message(self, text: str) -> None:
        status_message(self, text)
        self.problems.setText(text)
        self.problems.setVisible(True)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        self._dirty = True
        self.validate()

    def validate(self) -> list[str]:
        """Colour every cell that cannot be saved and list what is wrong (as you type)."""
        if self.grid is None:
            return []
        g = self.grid
        msgs: list[str] = []
        g.blockSignals(True)
        for r in range(g.rowCount()):
            empty = g.is_empty(r)
            _row, problems = g.row_input(r)
            bad = {c: m for c, m in problems} if not empty else {}
            for c in range(g.columnCount()):
                item = g.item(r, c)
                item.setBackground(QBrush(BAD_BG) if c in bad else QBrush())
                item.setToolTip(bad.get(c, ""))
            for c, m in bad.items():
                msgs.append(fmt(self.tr("Baris %1, kolom %2: %3"), r + 1, g.headers[c], m))
        g.blockSignals(False)
        self.problems.setText("\n".join(msgs[:4]) + (fmt(self.tr("\n… dan %1 lainnya"), len(msgs) - 4)
                                                      if len(msgs) > 4 else ""))
        self.problems.setVisible(bool(msgs))
        self.btn_save.setEnabled(not msgs)
        self._update_count()
        return msgs

    def _update_count(self) -> None:
        if self.grid is None:
            self.lbl_count.setText("")
            return
        n = sum(1 for r in range(self.grid.rowCount()) if not self.grid.is_empty(r))
        flag = self.tr(" — belum disimpan") if self._dirty or self._deleted else ""
        self.lbl_count.setText(fmt(self.tr("%1 kuesioner%2"), n, flag))

    def add_row(self) -> None:
        if self.grid is not None:
            r = self.grid.add_row()
            self.grid.setCurrentCell(r, 1)
            self.grid.setFocus()

    def delete_row(self) -> None:
        g = self.grid
        if g is None or g.currentRow() < 0:
            return
        r = g.currentRow()
        rid = g.item(r, 0).data(ID_ROLE)
        if rid is not None:
            self._deleted.append(int(rid))
        g.removeRow(r)
        self._dirty = True
        self.validate()

    def save(self) -> bool:
        """Save the grid (Ctrl+S, "Simpan") and show the survey again as stored."""
        if not self._save_grid():
            return False
        self.reload(keep=self.grid_survey_id)
        return True

    def _save_grid(self) -> bool:
        """Write the grid's rows to the survey it shows; False (and the problems shown) when it cannot."""
        target = next((x for x in self.surveys if x.id == self.grid_survey_id), None)
        if self.grid is None or target is None or not target.boleh_entri:
            return False
        if self.validate():
            return False
        rows = []
        for r in range(self.grid.rowCount()):
            if self.grid.is_empty(r):
                continue
            row, _p = self.grid.row_input(r)
            if row is not None:
                rows.append(row)
        try:
            res = skm.simpan_responden(self.ctx, target.id, rows, hapus_ids=self._deleted)
        except ServiceError as exc:
            self.problems.setText(message_of(exc))
            self.problems.setVisible(True)
            return False
        self._dirty, self._deleted = False, []
        status_message(self, fmt(self.tr("Tersimpan: %1 baru, %2 diubah, %3 dihapus; %4 kuesioner."),
                                 res.baru, res.diubah, res.dihapus, res.jumlah))
        return True

    def import_file(self, *, accept: bool | None = None) -> skm.SimpanResult | None:
        """Pick a file, map its columns in a preview, import the accepted rows (``accept``: tests)."""
        from PySide6.QtWidgets import QFileDialog

        from asn_desktop.excel import ExcelError
        from asn_desktop.excel.skm import pratinjau_jawaban

        info = self.current()
        if info is None or not info.boleh_entri:
            return None
        if self._dirty or self._deleted:
            self._grid_message(self.tr("Simpan dulu isian di tabel sebelum mengimpor."))
            return None
        if OPEN_PATH is not None:
            path = OPEN_PATH(self)
        else:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Impor jawaban survei"), "",
                                                   self.tr("Excel atau CSV (*.xlsx *.xls *.ods *.csv)"))
        if not path:
            return None
        try:
            p = pratinjau_jawaban(path)
        except ExcelError as exc:
            self._grid_message(error_text(exc))
            return None
        dlg = ImportDialog(p, info.kode_unsur, self)
        self.import_dialog = dlg
        if accept is None:
            accepted = dlg.exec() == QDialog.DialogCode.Accepted
        else:
            accepted = accept
        if not accepted:
            return None
        try:
            res = skm.impor_responden(self.ctx, info.id, dlg.rows)
        except ServiceError as exc:
            self._grid_message(message_of(exc))
            return None
        status_message(self, fmt(self.tr("Diimpor: %1 kuesioner; sekarang %2."), res.baru, res.jumlah))
        self.reload(keep=info.id)
        return res

    # ---------------------------------------------------------------- results tab
    def _build_result(self) -> None:
        lay = QVBoxLayout(self.result_tab)
        lay.setContentsMargins(0, 6, 0, 0)
        self.denied = banner("", kind="info")
        lay.addWidget(self.denied)
        self.figures = QWidget()
        fig = QGridLayout(self.figures)
        fig.setContentsMargins(0, 0, 0, 0)
        self.lbl_ikm = QLabel()
        self.lbl_konv = QLabel()
        self.lbl_mutu = QLabel()
        self.lbl_resp = QLabel()
        for i, (cap, lbl) in enumerate(((self.tr("IKM (skala 1–4)"), self.lbl_ikm),
                                        (self.tr("Nilai konversi (IKM × 25)"), self.lbl_konv),
                                        (self.tr("Mutu pelayanan"), self.lbl_mutu),
                                        (self.tr("Responden"), self.lbl_resp))):
            c = QLabel(cap)
            c.setStyleSheet("color:#4a5560;")
            fig.addWidget(c, 0, i)
            lbl.setStyleSheet("font-size:18pt; font-weight:bold;")
            fig.addWidget(lbl, 1, i)
        lay.addWidget(self.figures)
        self.warn = banner()
        lay.addWidget(self.warn)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.btn_pdf = QPushButton(self.tr("Cetak Laporan SKM (PDF)…"))
        self.btn_pdf.clicked.connect(self.print_pdf)
        bar.addWidget(self.btn_pdf)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kode"), self.tr("Unsur pelayanan"), self.tr("Responden"), self.tr("NRR"),
            self.tr("NRR tertimbang"), self.tr("NRR × 25"), self.tr("Mutu")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        for c in range(7):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        self.legend = QLabel(self.tr("Baris berwarna jingga: unsur terlemah, prioritas perbaikan."))
        self.legend.setStyleSheet("color:#4a5560;")
        ll.addWidget(self.legend)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("<b>Profil responden</b>")))
        self.profil = QTableWidget(0, 3)
        self.profil.setHorizontalHeaderLabels([self.tr("Kelompok"), self.tr("Isian"), self.tr("Jumlah")])
        self.profil.verticalHeader().setVisible(False)
        self.profil.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profil.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rl.addWidget(self.profil, 3)
        rl.addWidget(QLabel(self.tr("<b>Saran dan masukan</b>")))
        self.saran = QListWidget()
        self.saran.setWordWrap(True)
        rl.addWidget(self.saran, 2)
        split.addWidget(right)
        split.setSizes([760, 480])
        self.result_body = split
        lay.addWidget(split, 1)

    def show_results(self) -> None:
        info = self.current()
        self.hasil = None
        allowed = info is not None and info.boleh_hasil
        self.denied.setText("" if allowed else self.tr(
            "Hasil survei hanya dapat dilihat oleh pimpinan unit yang disurvei dan admin."))
        self.denied.setVisible(info is not None and not allowed)
        for w in (self.figures, self.result_body, self.btn_pdf):
            w.setVisible(allowed)
        self.warn.setVisible(False)
        if not allowed or info is None:
            return
        try:
            self.hasil = skm.hasil_survei(self.ctx, info.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        h = self.hasil.hasil
        self.lbl_ikm.setText(skm.nilai(h.ikm, 4))
        self.lbl_konv.setText(skm.nilai(h.konversi, 2))
        m = h.mutu
        self.lbl_mutu.setText(f"{m.huruf} ({teks(m.kinerja)})" if m else "-")
        self.lbl_resp.setText(str(h.responden) + (fmt(self.tr(" dari minimum %1"), self.hasil.sampel_minimum)
                                                  if self.hasil.sampel_minimum is not None else ""))
        self.warn.setText("\n".join(teks(p) for p in h.peringatan))
        self.warn.setVisible(bool(h.peringatan))
        weak = {u.kode for u in h.terlemah()}
        self.table.setRowCount(len(h.unsur))
        bold = QFont()
        bold.setBold(True)
        for r, u in enumerate(h.unsur):
            cells = [u.kode, teks(u.nama), str(u.jumlah_responden), skm.nilai(u.nrr, 4), skm.nilai(u.nrr_tertimbang, 4),
                     skm.nilai(u.konversi, 2), u.mutu.huruf if u.mutu else "-"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if u.kode in weak:
                    item.setBackground(QBrush(WEAK_BG))
                    item.setFont(bold)
                    item.setToolTip(self.tr("Unsur terlemah: prioritas perbaikan"))
                self.table.setItem(r, c, item)
        rows = [(g, v, n) for g, items in self.hasil.profil.items() for v, n in items]
        self.profil.setRowCount(len(rows))
        for r, (g, v, n) in enumerate(rows):
            first = r == 0 or rows[r - 1][0] != g  # the group's name once, on its first line
            for c, text in enumerate((teks(g) if first else "", teks(v) if v in _PROFIL_LABEL else v, str(n))):
                self.profil.setItem(r, c, QTableWidgetItem(text))
        self.saran.clear()
        for nomor, text in self.hasil.saran:
            self.saran.addItem(fmt(self.tr("No. %1: %2"), nomor, text))
        if not self.hasil.saran:
            self.saran.addItem(self.tr("Belum ada saran."))

    def print_pdf(self) -> str | None:
        """Save the Laporan SKM as PDF where the user chooses, then open it."""
        import re

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QFileDialog

        info = self.current()
        if info is None or not info.boleh_hasil:
            return None
        name = re.sub(r"[^0-9A-Za-z]+", "_", f"Laporan_SKM_{info.jenis_layanan}_{info.periode}").strip("_") + ".pdf"
        if SAVE_PATH is not None:
            path = SAVE_PATH(self, name)
        else:
            from pathlib import Path

            path, _f = QFileDialog.getSaveFileName(self, self.tr("Simpan Laporan SKM"), str(Path.home() / name),
                                                   self.tr("PDF (*.pdf)"))
        if not path:
            return None
        try:
            skm.cetak_laporan_skm(self.ctx, info.id, path)
        except (ServiceError, OSError) as exc:
            show_error(self, exc if isinstance(exc, ServiceError) else ServiceError(
                fmt(self.tr("Laporan tidak dapat disimpan ke %1: %2"), path, exc.strerror or str(exc))))
            return None
        status_message(self, fmt(self.tr("Laporan SKM disimpan: %1"), path))
        if SAVE_PATH is None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return path

    # ---------------------------------------------------------------- trend tab
    def _build_trend(self) -> None:
        from PySide6.QtCharts import QChart, QChartView

        lay = QVBoxLayout(self.trend_tab)
        lay.setContentsMargins(0, 6, 0, 0)
        self.trend_note = QLabel(self.tr("Nilai konversi IKM (25–100) untuk jenis layanan dan unit yang sama, per "
                                         "periode survei. Garis putus-putus: batas mutu A (88,31), B (76,61), "
                                         "C (65,00)."))
        self.trend_note.setWordWrap(True)
        lay.addWidget(self.trend_note)
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setMinimumHeight(260)
        lay.addWidget(self.chart_view, 3)
        self.trend_table = QTableWidget(0, 5)
        self.trend_table.setHorizontalHeaderLabels([self.tr("Periode"), self.tr("Responden"), self.tr("IKM"),
                                                    self.tr("Nilai konversi"), self.tr("Mutu")])
        self.trend_table.verticalHeader().setVisible(False)
        self.trend_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_header_texts(self.trend_table.horizontalHeader())  # "Converted value" in English is wider
        lay.addWidget(self.trend_table, 2)

    def show_trend(self) -> None:
        from PySide6.QtCharts import QCategoryAxis, QLineSeries, QScatterSeries, QValueAxis
        from PySide6.QtGui import QPen

        info = self.current()
        self.chart.removeAllSeries()
        for ax in self.chart.axes():
            self.chart.removeAxis(ax)
        self.trend_table.setRowCount(0)
        if info is None or not info.boleh_hasil:
            return
        try:
            points = skm.tren_ikm(self.ctx, info.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.trend_points = points
        line, dots = QLineSeries(), QScatterSeries()
        dots.setMarkerSize(9)
        ax_x = QCategoryAxis()
        ax_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, p in enumerate(points):
            if p.konversi is not None:
                line.append(i, float(p.konversi))
                dots.append(i, float(p.konversi))
            ax_x.append(nama_periode(p.periode), i)
        ax_x.setRange(-0.5, max(len(points) - 0.5, 0.5))
        ax_y = QValueAxis()
        ax_y.setRange(25, 100)
        ax_y.setLabelFormat("%.0f")
        ax_y.setTickCount(4)  # 25, 50, 75, 100
        self.chart.addAxis(ax_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ax_y, Qt.AlignmentFlag.AlignLeft)
        for batas in (65.0, 76.61, 88.31):
            band = QLineSeries()
            band.append(-0.5, batas)
            band.append(max(len(points) - 0.5, 0.5), batas)
            pen = QPen(QColor("#9aa5b1"))
            pen.setStyle(Qt.PenStyle.DashLine)
            band.setPen(pen)
            self.chart.addSeries(band)
            band.attachAxis(ax_x)
            band.attachAxis(ax_y)
        for series in (line, dots):
            self.chart.addSeries(series)
            series.attachAxis(ax_x)
            series.attachAxis(ax_y)
        self.trend_table.setRowCount(len(points))
        for r, p in enumerate(points):
            for c, text in enumerate((nama_periode(p.periode), str(p.responden), skm.nilai(p.ikm, 4), skm.nilai(p.konversi, 2),
                                      p.mutu)):
                item = QTableWidgetItem(text)
                if p.survei_id == info.id:
                    item.setBackground(QBrush(QColor("#e3edf7")))
                self.trend_table.setItem(r, c, item)

    # ---------------------------------------------------------------- surveys
    @classmethod
    def prefetch(cls, ctx: Any) -> Any:
        return skm.daftar_survei(ctx)

    def load(self) -> None:
        data = self.take_prefetched()
        self.reload(data=data)

    def reload(self, keep: int | None = None, data: list[skm.SurveiInfo] | None = None) -> None:
        if keep is None and self.current() is not None:
            keep = self.current().id  # type: ignore[union-attr]
        self.surveys = data if data is not None else skm.daftar_survei(self.ctx)
        self.combo.blockSignals(True)
        self.combo.clear()
        for s in self.surveys:
            self.combo.addItem(fmt(self.tr("%1 · %2 · %3 responden"), nama_periode(s.judul), teks(s.unit_nama), s.jumlah_responden), s.id)
        idx = next((i for i, s in enumerate(self.surveys) if s.id == keep), 0)
        self.combo.setCurrentIndex(idx if self.surveys else -1)
        self.combo.blockSignals(False)
        none = not self.surveys
        self.empty.setText(self.tr("Belum ada survei. Buat survei baru untuk satu jenis layanan dan periode.")
                           if none and self.ctx.actor.can(skm.ENTRY_PERMISSION)
                           else self.tr("Belum ada survei yang dapat Anda lihat.") if none else "")
        self.empty.setVisible(none)
        self.tabs.setVisible(not none)
        self.filler.setVisible(none)
        self._survey_changed()

    def current(self) -> skm.SurveiInfo | None:
        i = self.combo.currentIndex()
        return self.surveys[i] if 0 <= i < len(self.surveys) else None

    def _survey_changed(self, *_a: Any) -> None:
        info = self.current()
        if info is None:
            return
        if self.grid is not None and (self._dirty or self._deleted):
            # typed questionnaires are never dropped: saved to their survey first, or the switch is undone
            if not self._save_grid():
                back = next((i for i, x in enumerate(self.surveys) if x.id == self.grid_survey_id), None)
                if back is not None:
                    self.combo.blockSignals(True)
                    self.combo.setCurrentIndex(back)
                    self.combo.blockSignals(False)
                    self.tabs.setCurrentIndex(0)
                    self._grid_message(self.tr("Isian di tabel belum tersimpan: perbaiki dulu yang ditandai, "
                                               "lalu pindah survei."))
                    return
            self.reload(keep=info.id)  # the counts in the list changed
            return
        self.tabs.setTabEnabled(0, info.boleh_entri)
        self.tabs.setTabEnabled(1, info.boleh_hasil)
        self.tabs.setTabEnabled(2, info.boleh_hasil)
        if info.boleh_entri:
            self._install_grid(info)
        if not info.boleh_entri and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)
        if self.tabs.currentIndex() == 1:
            self.show_results()
        elif self.tabs.currentIndex() == 2:
            self.show_trend()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.show_results()
        elif index == 2:
            self.show_trend()

    def new_survey(self) -> None:
        from asn_desktop.services import organisasi

        units: list[tuple[int | None, str]] = [(None, self.tr("Kecamatan (semua unit)"))]
        units += [(u.id, u.path) for u in organisasi.list_units(self.ctx, include_archived=False)]
        dlg = SurveiDialog(units, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                info = skm.buat_survei(self.ctx, **dlg.values())
            except (ServiceError, DomainError) as exc:
                dlg.error.setText(message_of(exc) if isinstance(exc, ServiceError) else error_text(exc))
                dlg.error.setVisible(True)
                continue
            self.reload(keep=info.id)
            self.tabs.setCurrentIndex(0)
            return
