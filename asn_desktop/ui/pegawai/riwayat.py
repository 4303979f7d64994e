"""History tabs of the profile editor: riwayat golongan, jabatan, pendidikan,
diklat (with JP progress toward 20 JP a year), penghargaan, hukuman disiplin.

Entries are edited in memory and saved together with the profile (one
transaction, see ``services.pegawai.save_profil``); "Batal" on the profile
discards them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisJabatan, JenjangFungsional
from asn_desktop.domain.golongan import PNS_GOLONGAN, PPPK_GOLONGAN
from asn_desktop.domain.tanggal import format_tanggal_pendek
from asn_desktop.services.pegawai import (
    ESELON,
    HUKDIS_TINGKAT,
    JENJANG_PENDIDIKAN,
    RIWAYAT,
    RIWAYAT_ORDER,
    TARGET_JP_TAHUNAN,
    jp_tahun,
    periksa_riwayat,
)
from asn_desktop.ui.labels import choices as label_choices
from asn_desktop.ui.pegawai.widgets import Banner, DateField, combo_value, set_combo_data
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt

_Index = QModelIndex | QPersistentModelIndex
Choices = Callable[["RiwayatTab"], list[tuple[Any, str]]]


def tr(text: str) -> str:
    """Strings of this module (context "Riwayat")."""
    return QCoreApplication.translate("Riwayat", text)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a history entry: how it is edited and shown."""

    name: str
    label: str
    kind: str = "text"  # text, longtext, date, year, int, float, choice
    choices: Choices | None = None
    editable: bool = False  # choice with free text
    column: bool = True  # shown as a table column
    width: int = 0


def _golongan_choices(tab: "RiwayatTab") -> list[tuple[Any, str]]:
    table = PPPK_GOLONGAN if tab.pppk else PNS_GOLONGAN
    other = PNS_GOLONGAN if tab.pppk else PPPK_GOLONGAN
    return [(g.kode, g.label) for g in table] + [(g.kode, g.label) for g in other]


def _jenis_jabatan(_tab: "RiwayatTab") -> list[tuple[Any, str]]:
    return [(None, "")] + label_choices(JenisJabatan)


def _jenjang_jf(_tab: "RiwayatTab") -> list[tuple[Any, str]]:
    return [(None, "")] + label_choices(JenjangFungsional)


def _eselon(_tab: "RiwayatTab") -> list[tuple[Any, str]]:
    return [(None, "")] + [(e, e) for e in ESELON]


def _plain(values: Sequence[str]) -> Choices:
    return lambda _tab: [(v, v) for v in values]


def _tingkat(_tab: "RiwayatTab") -> list[tuple[Any, str]]:
    return [(None, ""), ("ringan", tr("Ringan")), ("sedang", tr("Sedang")), ("berat", tr("Berat"))]


def _hukdis_jenis(_tab: "RiwayatTab") -> list[tuple[Any, str]]:
    return [(j, j) for js in HUKDIS_TINGKAT.values() for j in js]


def field_specs() -> dict[str, list[FieldSpec]]:
    """Fields of every history kind, in form order (translated at call time)."""
    return {
        "golongan": [
            FieldSpec("golongan", tr("Golongan"), "choice", _golongan_choices, width=70),
            FieldSpec("tmt", tr("TMT"), "date", width=95),
            FieldSpec("jenis_kenaikan", tr("Jenis kenaikan"), "choice", _plain(
                ["Reguler", "Pilihan (jabatan struktural)", "Pilihan (jabatan fungsional)", "Penyesuaian ijazah",
                 "Pengangkatan CPNS", "Pengangkatan PPPK", "Anumerta", "Pengabdian"]), editable=True),
            FieldSpec("nomor_sk", tr("Nomor SK")),
            FieldSpec("tanggal_sk", tr("Tanggal SK"), "date", width=95),
            FieldSpec("keterangan", tr("Keterangan"), "longtext"),
        ],
        "jabatan": [
            FieldSpec("nama_jabatan", tr("Nama jabatan")),
            FieldSpec("jenis_jabatan", tr("Jenis jabatan"), "choice", _jenis_jabatan),
            FieldSpec("jenjang", tr("Jenjang (fungsional)"), "choice", _jenjang_jf, column=False),
            FieldSpec("eselon", tr("Eselon"), "choice", _eselon, width=60),
            FieldSpec("unit_nama", tr("Unit kerja")),
            FieldSpec("tmt", tr("TMT"), "date", width=95),
            FieldSpec("nomor_sk", tr("Nomor SK")),
            FieldSpec("tanggal_sk", tr("Tanggal SK"), "date", column=False),
            FieldSpec("keterangan", tr("Keterangan"), "longtext", column=False),
        ],
        "pendidikan": [
            FieldSpec("jenjang", tr("Jenjang"), "choice", _plain(JENJANG_PENDIDIKAN), editable=True, width=70),
            FieldSpec("nama_sekolah", tr("Sekolah / perguruan tinggi")),
            FieldSpec("jurusan", tr("Jurusan / program studi")),
            FieldSpec("tahun_lulus", tr("Tahun lulus"), "year", width=85),
            FieldSpec("nomor_ijazah", tr("Nomor ijazah")),
            FieldSpec("keterangan", tr("Keterangan"), "longtext", column=False),
        ],
        "diklat": [
            FieldSpec("nama", tr("Nama diklat / kegiatan")),
            FieldSpec("jenis", tr("Jenis"), "choice", _plain(
                ["Kepemimpinan", "Fungsional", "Teknis", "Seminar / webinar", "Kursus", "Coaching / mentoring",
                 "Magang", "E-learning"]), editable=True),
            FieldSpec("penyelenggara", tr("Penyelenggara")),
            FieldSpec("tanggal_mulai", tr("Mulai"), "date", width=95),
            FieldSpec("tanggal_selesai", tr("Selesai"), "date", width=95),
            FieldSpec("jp", tr("JP"), "float", width=50),
            FieldSpec("nomor_sertifikat", tr("Nomor sertifikat"), column=False),
            FieldSpec("keterangan", tr("Keterangan"), "longtext", column=False),
        ],
        "penghargaan": [
            FieldSpec("nama", tr("Nama penghargaan"), "choice", _plain(
                ["Satyalancana Karya Satya X Tahun", "Satyalancana Karya Satya XX Tahun",
                 "Satyalancana Karya Satya XXX Tahun", "Pegawai Teladan", "Piagam Penghargaan"]), editable=True),
            FieldSpec("pemberi", tr("Pemberi")),
            FieldSpec("tahun", tr("Tahun"), "year", width=60),
            FieldSpec("nomor_sk", tr("Nomor SK")),
            FieldSpec("tanggal_sk", tr("Tanggal SK"), "date", width=95),
            FieldSpec("keterangan", tr("Keterangan"), "longtext", column=False),
        ],
        "hukdis": [
            FieldSpec("tingkat", tr("Tingkat"), "choice", _tingkat, width=70),
            FieldSpec("jenis", tr("Jenis hukuman"), "choice", _hukdis_jenis, editable=True),
            FieldSpec("nomor_sk", tr("Nomor SK")),
            FieldSpec("tanggal_sk", tr("Tanggal SK"), "date", width=95),
            FieldSpec("tmt", tr("TMT"), "date", width=95),
            FieldSpec("tanggal_selesai", tr("Selesai"), "date", width=95),
            FieldSpec("alasan", tr("Alasan / pelanggaran"), "longtext", column=False),
        ],
    }


def tab_titles() -> dict[str, str]:
    return {
        "golongan": tr("Golongan"),
        "jabatan": tr("Jabatan"),
        "pendidikan": tr("Pendidikan"),
        "diklat": tr("Diklat / Kompetensi"),
        "penghargaan": tr("Penghargaan"),
        "hukdis": tr("Hukuman Disiplin"),
    }


def _fmt(spec: FieldSpec, value: Any, tab: "RiwayatTab") -> str:
    if value is None or value == "":
        return ""
    if spec.kind == "date" and isinstance(value, date):
        return format_tanggal_pendek(value)
    if spec.kind == "float":
        return f"{value:g}".replace(".", ",")
    if spec.kind == "choice" and spec.choices is not None and not spec.editable:
        for data, label in spec.choices(tab):
            if data == value:
                return str(data) if spec.name == "golongan" else label
    return str(value)


def _sort_newest(kind: str, entries: list[Any]) -> list[Any]:
    key = RIWAYAT_ORDER[kind]
    dated = [e for e in entries if getattr(e, key) is not None]
    undated = [e for e in entries if getattr(e, key) is None]
    dated.sort(key=lambda e: getattr(e, key), reverse=True)
    return dated + undated


class RiwayatModel(QAbstractTableModel):
    def __init__(self, tab: "RiwayatTab", specs: list[FieldSpec]) -> None:
        super().__init__(tab)
        self.tab = tab
        self.specs = [s for s in specs if s.column]
        self.entries: list[Any] = []

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.specs)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.specs[section].label
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.specs[index.column()]
        value = getattr(self.entries[index.row()], spec.name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _fmt(spec, value, self.tab)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("float", "year", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RiwayatEntryDialog(QDialog):
    """Add or edit one history entry; checked with ``periksa_riwayat`` before closing."""

    def __init__(self, tab: "RiwayatTab", entry: Any, title: str) -> None:
        super().__init__(tab)
        self.tab = tab
        self.kind = tab.kind
        self.entry = replace(entry)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        self.banner = Banner()
        lay.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        for spec in tab.specs:
            w = self._editor(spec, getattr(entry, spec.name))
            self.editors[spec.name] = w
            lbl = QLabel(spec.label + ":")
            lbl.setBuddy(w)
            form.addRow(lbl, w)
        lay.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        if tab.specs:
            self.editors[tab.specs[0].name].setFocus()
        if self.kind == "hukdis":
            tingkat = self.editors["tingkat"]
            assert isinstance(tingkat, QComboBox)
            tingkat.currentIndexChanged.connect(self._fill_hukdis)

    def _fill_hukdis(self) -> None:
        """Offer the kinds of the chosen level (PP 94/2021 Pasal 8)."""
        tingkat = combo_value(self.editors["tingkat"])  # type: ignore[arg-type]
        jenis = self.editors["jenis"]
        assert isinstance(jenis, QComboBox)
        text = jenis.currentText()
        jenis.clear()
        for j in HUKDIS_TINGKAT.get(tingkat or "", [x for v in HUKDIS_TINGKAT.values() for x in v]):
            jenis.addItem(j, j)
        jenis.setEditText(text)

    def _editor(self, spec: FieldSpec, value: Any) -> QWidget:
        if spec.kind == "date":
            w = DateField()
            w.set_value(value)
            return w
        if spec.kind in ("year", "int"):
            sb = QSpinBox()
            sb.setRange(0, 2100 if spec.kind == "year" else 100000)
            sb.setSpecialValueText("—")
            sb.setValue(int(value) if value else 0)
            sb.setMaximumWidth(110)
            return sb
        if spec.kind == "float":
            ds = QDoubleSpinBox()
            ds.setRange(0, 2000)
            ds.setDecimals(1)
            ds.setSpecialValueText("—")
            ds.setValue(float(value) if value else 0.0)
            ds.setMaximumWidth(110)
            ds.setSuffix(" JP")
            return ds
        if spec.kind == "longtext":
            te = QPlainTextEdit(value or "")
            te.setTabChangesFocus(True)
            te.setFixedHeight(70)
            return te
        if spec.kind == "choice":
            cb = QComboBox()
            cb.setEditable(spec.editable)
            for data, label in spec.choices(self.tab) if spec.choices else []:
                cb.addItem(label, data)
            if spec.editable:
                cb.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                cb.setEditText(value or "")
            else:
                set_combo_data(cb, value)
            return cb
        le = QLineEdit(value or "")
        return le

    def _value(self, spec: FieldSpec) -> Any:
        w = self.editors[spec.name]
        if isinstance(w, DateField):
            return w.value()
        if isinstance(w, QDoubleSpinBox):
            return w.value() or None
        if isinstance(w, QSpinBox):
            return w.value() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QComboBox):
            if spec.editable:
                return w.currentText().strip() or None
            return w.currentData()
        assert isinstance(w, QLineEdit)
        return w.text().strip() or None

    def collect(self) -> Any:
        values = {spec.name: self._value(spec) for spec in self.tab.specs}
        cls = RIWAYAT[self.kind][1]
        for f in fields(cls):
            if f.name in values and values[f.name] is None and isinstance(f.default, str):
                values[f.name] = ""  # required text fields: "" so the check names them
        return replace(self.entry, **values)

    def accept(self) -> None:
        bad_dates = [
            f"{spec.label}: {w.error()}" for spec in self.tab.specs
            if isinstance(w := self.editors[spec.name], DateField) and w.error()
        ]
        entry = self.collect()
        problems = [p.message.split(": ", 1)[-1] for p in periksa_riwayat(self.kind, [entry]).errors]
        if bad_dates or problems:
            self.banner.show_error("\n".join(bad_dates + [p[:1].upper() + p[1:] for p in problems]))
            return
        self.entry = entry
        super().accept()


class RiwayatTab(QWidget):
    """A table of one history kind with Tambah / Ubah / Hapus."""

    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        self.pppk = False
        self.read_only = read_only
        self.specs = field_specs()[kind]
        self.model = RiwayatModel(self, self.specs)
        lay = QVBoxLayout(self)
        self.header = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("&Tambah…"))
        self.btn_edit = QPushButton(self.tr("&Ubah…"))
        self.btn_del = QPushButton(self.tr("&Hapus"))
        self.btn_add.setToolTip(self.tr("Tambah entri riwayat (Insert)"))
        self.btn_edit.setToolTip(self.tr("Ubah entri terpilih (Enter)"))
        self.btn_del.setToolTip(self.tr("Hapus entri terpilih (Delete)"))
        for b in (self.btn_add, self.btn_edit, self.btn_del):
            self.header.addWidget(b)
            b.setEnabled(not read_only)
        self.header.addStretch(1)
        lay.addLayout(self.header)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        for c, spec in enumerate(self.model.specs):
            if spec.width:
                hh.resizeSection(c, spec.width + 20)
            else:
                hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        fit_header_texts(hh)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("Belum ada entri. Tekan Tambah (Insert) untuk mencatat riwayat."))
        self.empty.setStyleSheet("color: #5f6368;")
        lay.addWidget(self.empty)
        self.btn_add.clicked.connect(self.add)
        self.btn_edit.clicked.connect(self.edit_selected)
        self.btn_del.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.edit_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, self.edit_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- data -------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[Any]) -> None:
        self.model.set_entries(_sort_newest(self.kind, [replace(e) for e in entries]))
        self._update_buttons()

    def entries(self) -> list[Any]:
        return [replace(e) for e in self.model.entries]

    def set_pppk(self, pppk: bool) -> None:
        self.pppk = pppk

    def _update_buttons(self) -> None:
        has = self.view.selectionModel().hasSelection()
        self.btn_edit.setEnabled(has and not self.read_only)
        self.btn_del.setEnabled(has and not self.read_only)
        self.empty.setVisible(not self.model.entries)

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _commit(self, entries: list[Any], select: Any = None) -> None:
        entries = _sort_newest(self.kind, entries)
        self.model.set_entries(entries)
        if select is not None:
            for r, e in enumerate(entries):
                if e is select:
                    self.view.selectRow(r)
        self._update_buttons()
        self.changed.emit()

    # -- actions ------------------------------------------------------------------------
    def new_entry(self) -> Any:
        return RIWAYAT[self.kind][1]()

    def open_dialog(self, entry: Any, title: str) -> RiwayatEntryDialog:
        """Separate from exec so tests can drive the dialog."""
        return RiwayatEntryDialog(self, entry, title)

    def add(self) -> None:
        if self.read_only:
            return
        dlg = self.open_dialog(self.new_entry(), fmt(self.tr("Tambah riwayat %1"), tab_titles()[self.kind].lower()))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.add_entry(dlg.entry)

    def add_entry(self, entry: Any) -> None:
        self._commit(self.model.entries + [entry], select=entry)

    def edit_selected(self) -> None:
        row = self._selected_row()
        if row < 0 or self.read_only:
            return
        old = self.model.entries[row]
        dlg = self.open_dialog(old, fmt(self.tr("Ubah riwayat %1"), tab_titles()[self.kind].lower()))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            entries = list(self.model.entries)
            entries[row] = dlg.entry
            self._commit(entries, select=dlg.entry)

    def confirm_delete(self, text: str) -> bool:
        return (
            QMessageBox.question(self, self.tr("Hapus entri riwayat"), text,
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                 QMessageBox.StandardButton.No)
            == QMessageBox.StandardButton.Yes
        )

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row < 0 or self.read_only:
            return
        e = self.model.entries[row]
        spec = self.model.specs[0]
        what = _fmt(spec, getattr(e, spec.name), self) or self.tr("(tanpa nama)")
        if not self.confirm_delete(
            fmt(self.tr("Hapus entri \"%1\"? Penghapusan baru tersimpan setelah profil disimpan."), what)
        ):
            return
        entries = list(self.model.entries)
        del entries[row]
        self._commit(entries)


class DiklatTab(RiwayatTab):
    """Diklat with the yearly JP tally (PP 17/2020 Pasal 203: at least 20 JP a year)."""

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__("diklat", parent, read_only=read_only)
        self.spin_year = QSpinBox()
        self.spin_year.setRange(2000, 2100)
        self.spin_year.setValue(date.today().year)
        self.spin_year.setPrefix(self.tr("Tahun "))
        self.bar = QProgressBar()
        self.bar.setRange(0, int(TARGET_JP_TAHUNAN))
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.lbl_jp = QLabel()
        self.header.insertWidget(self.header.count() - 1, QLabel("   "))
        self.header.addWidget(self.spin_year)
        self.header.addWidget(self.bar)
        self.header.addWidget(self.lbl_jp)
        self.spin_year.valueChanged.connect(lambda _v: self.update_jp())
        self.changed.connect(self.update_jp)
        self.update_jp()

    def set_entries(self, entries: Sequence[Any]) -> None:
        super().set_entries(entries)
        self.update_jp()

    def update_jp(self) -> None:
        total = jp_tahun(self.model.entries, self.spin_year.value())
        self.bar.setValue(int(min(total, TARGET_JP_TAHUNAN)))
        self.bar.setFormat(fmt(self.tr("%1 / %2 JP"), f"{total:g}", f"{TARGET_JP_TAHUNAN:g}"))
        if total >= TARGET_JP_TAHUNAN:
            self.lbl_jp.setText(self.tr("✔ Target 20 JP tercapai"))
            self.lbl_jp.setStyleSheet("color: #1e8e3e;")
        else:
            self.lbl_jp.setText(
                fmt(self.tr("Kurang %1 JP (PP 17/2020 Pasal 203)"), f"{TARGET_JP_TAHUNAN - total:g}")
            )
            self.lbl_jp.setStyleSheet("color: #8a5a00;")
        self.bar.setToolTip(
            self.tr("Pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) dalam 1 tahun "
                    "(PP 11/2017 jo. PP 17/2020 Pasal 203). Dihitung menurut tanggal selesai.")
        )


def periode_label(p: str) -> str:
    """Stored period of a past result ("tahunan", "01"…"12", "TW II") as shown."""
    if p == "tahunan":
        return tr("Tahunan")
    if p.isdigit() and 1 <= int(p) <= 12:
        return (tr("Januari"), tr("Februari"), tr("Maret"), tr("April"), tr("Mei"), tr("Juni"), tr("Juli"),
                tr("Agustus"), tr("September"), tr("Oktober"), tr("November"), tr("Desember"))[int(p) - 1]
    return p


class NilaiLamaTab(QWidget):
    """Past appraisal results imported from old recaps and forms (read-only, kinerja-asn.md §6).

    They are a record of what the office held, under the scheme of their time
    (PP 46/2011 numbers and sebutan, DP3, e-Kinerja predikat), so they are shown
    as stated and never edited here; a wrong import is corrected by importing
    the corrected file again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QVBoxLayout

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.lbl_info = QLabel(tr("Nilai dari skema lama, diimpor dari rekap atau formulir (Sinkronisasi › Impor "
                                  "nilai lama). Hanya dapat dibaca."))
        self.lbl_info.setWordWrap(True)
        self.lbl_info.setStyleSheet("color:#4a5560;")
        lay.addWidget(self.lbl_info)
        heads = [tr("Tahun"), tr("Periode"), tr("Skema"), tr("Nilai SKP"), tr("Perilaku"), tr("Nilai akhir"),
                 tr("Sebutan / predikat"), tr("Sumber")]
        self.table = QTableWidget(0, len(heads))
        self.table.setObjectName("tblNilaiLama")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        def num(x: float | None) -> str:
            return "" if x is None else f"{x:.2f}".replace(".", ",")

        self.table.setRowCount(len(rows))
        for i, v in enumerate(rows):
            vals = (str(v.tahun), periode_label(v.periode), v.skema_label, num(v.nilai_skp), num(v.nilai_perilaku),
                    num(v.nilai_akhir), v.kategori or "", v.sumber)
            for j, text in enumerate(vals):
                item = QTableWidgetItem(text)
                if j == 7:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
