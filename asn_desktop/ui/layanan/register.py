"""The two registers as tabs: a front-desk entry form above an editable, searchable, sortable list.

Keyboard first: the form is filled left to right with Tab, Enter anywhere saves and starts the next
entry with the cursor back on the first field, F2 (or "*" in an empty field) puts the current time in a
date-time field, Esc clears the form. A double-click on a row loads it into the form for correction.
Everything is read and written through ``services.layanan``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import layanan as dl
from asn_desktop.services import layanan
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.i18n import fmt, teks
from asn_desktop.ui.layanan.common import ImportPreview, PilihCombo, WaktuField
from asn_desktop.ui.penilaian.common import SORT_ROLE, Column, RowsModel, banner, message_of, status_message

#: Replaced in tests: the file an import reads (None = ask the user).
OPEN_PATH: Callable[[QWidget], str] | None = None
#: Replaced in tests: whether the import preview is accepted (None = show it).
ACCEPT_IMPORT: Callable[[ImportPreview], bool] | None = None

LATE_BG = "#f9d6d5"
OPEN_BG = "#fff4c2"


def _iso(t: datetime | None) -> str:
    """A sort key that orders date-times (the unfinished last)."""
    return t.isoformat() if t is not None else "9999"


def _jam(v: float | None) -> str:
    return dl.format_jam(v, 1)


def table_view(model: RowsModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(60)  # measure the first rows, not thousands
    return view, proxy


def fit_columns(view: QTableView, widest: int = 210) -> None:
    """Columns as wide as their content (names and services capped, the rest fits exactly)."""
    view.resizeColumnsToContents()
    hh = view.horizontalHeader()
    for c in range(hh.count() - 1):
        if hh.sectionSize(c) > widest:
            hh.resizeSection(c, widest)


class _RegisterTab(QWidget):
    """Shared by both registers: form, list, search, delete, import."""

    judul_form_baru = ""
    judul_impor = ""
    sort_column = 1  # "Diterima"

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.can_entry = self.ctx.actor.can(layanan.ENTRY_PERMISSION)
        self.editing: Any = None  # the row loaded into the form (None = a new entry)
        self.loaded = False
        self._fitted = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.form = QGroupBox()
        self.grid = QGridLayout(self.form)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.build_form()
        self.problem = banner("", kind="warning")
        self.problem.setVisible(False)
        btns = QHBoxLayout()
        self.btn_save = QPushButton(self.tr("Simpan (Enter)"))
        self.btn_save.setDefault(True)
        self.btn_save.clicked.connect(self.save)
        self.btn_clear = QPushButton(self.tr("Kosongkan (Esc)"))
        self.btn_clear.clicked.connect(self.clear_form)
        btns.addWidget(self.btn_save)
        btns.addWidget(self.btn_clear)
        btns.addStretch(1)
        self.grid.addLayout(btns, self.grid.rowCount(), 0, 1, self.grid.columnCount())
        lay.addWidget(self.form)
        self.form.setVisible(self.can_entry)  # in the layout first: shown before, it flashed as a window
        lay.addWidget(self.problem)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, nama, jenis, petugas…"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setStyleSheet("color:#4a5560;")
        bar.addWidget(self.count)
        self.entry_buttons: list[QWidget] = []  # the subclass's buttons for those who may enter data
        self.extra_buttons(bar)
        self.btn_delete = QPushButton(self.tr("Hapus terpilih"))
        self.btn_delete.clicked.connect(self.delete_selected)
        self.btn_import = QPushButton(self.tr("Impor dari Excel…"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        for b in (self.btn_delete, self.btn_import):
            bar.addWidget(b)
        lay.addLayout(bar)
        for b in (self.btn_delete, self.btn_import, *self.entry_buttons):
            b.setVisible(self.can_entry)  # once in the page: shown before, a button flashed as a window
        self.model = RowsModel(self.columns())
        self.view, self.proxy = table_view(self.model, self)
        self.view.doubleClicked.connect(self._edit_row)
        self.view.sortByColumn(self.sort_column, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.search.textChanged.connect(self._filter)
        lay.addWidget(self.view, 1)
        for w in self.form.findChildren(QLineEdit):
            w.returnPressed.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form, activated=self.clear_form)
        self.clear_form()

    # ------------------------------------------------------------- subclass parts
    def build_form(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def columns(self) -> list[Column]:  # pragma: no cover - overridden
        raise NotImplementedError

    def extra_buttons(self, bar: QHBoxLayout) -> None:
        pass

    def fetch(self, mulai: date | None, selesai: date | None) -> list[Any]:  # pragma: no cover
        raise NotImplementedError

    def form_input(self) -> tuple[Any, list[str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def fill_form(self, row: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def store(self, rows: list[Any], hapus: list[int]) -> layanan.SimpanHasil:  # pragma: no cover
        raise NotImplementedError

    def read_import(self, path: str) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def store_import(self, bacaan: Any) -> layanan.SimpanHasil:  # pragma: no cover - overridden
        raise NotImplementedError

    def preview_columns(self) -> list[tuple[str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def first_field(self) -> QWidget:  # pragma: no cover - overridden
        raise NotImplementedError

    def reset_fields(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # ------------------------------------------------------------- shared behaviour
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload()

    def reload(self) -> None:
        mulai, selesai = self.page.periode()
        try:
            rows = self.fetch(mulai, selesai)
        except ServiceError as exc:
            self.say(message_of(exc))
            rows = []
        self.model.set_rows(rows)
        self._filter()
        if not self._fitted and rows:
            self._fitted = True
            fit_columns(self.view)

    def _filter(self, *_a: Any) -> None:
        self.proxy.setFilterFixedString(self.search.text().strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%n baris", "", total) if shown == total
                           else fmt(self.tr("%1 dari %2 baris"), shown, total))

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear_form(self) -> None:
        self.editing = None
        self.reset_fields()
        self.form.setTitle(self.judul_form_baru)
        self.btn_save.setText(self.tr("Simpan (Enter)"))
        self.say("")
        self.first_field().setFocus()

    def _edit_row(self, index: Any) -> None:
        if not self.can_entry:
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if row is None:
            return
        self.editing = row
        self.fill_form(row)
        self.form.setTitle(fmt(self.tr("Ubah baris %1 (Esc = batal)"), row.nomor or f"#{row.id}"))
        self.btn_save.setText(self.tr("Simpan perubahan (Enter)"))
        self.first_field().setFocus()

    def save(self) -> bool:
        if not self.can_entry:
            return False
        row, problems = self.form_input()
        if problems:
            self.say("\n".join(problems))
            return False
        try:
            res = self.store([row], [])
        except ServiceError as exc:
            self.say(message_of(exc))
            return False
        status_message(self, self.tr("Tersimpan.") if res.baru else self.tr("Perubahan tersimpan."))
        self.clear_form()
        self.reload()
        return True

    def selected(self) -> list[Any]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.rows[r] for r in sorted(rows)]

    def delete_selected(self) -> None:
        rows = self.selected()
        if not rows:
            self.say(self.tr("Pilih baris yang akan dihapus di daftar."))
            return
        if not self.page.confirm(fmt(self.tr("Hapus %1 baris dari register? Tindakan ini tercatat di log audit."),
                                     len(rows))):
            return
        try:
            res = self.store([], [r.id for r in rows])
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        status_message(self, self.tr("%n baris dihapus.", "", res.dihapus))
        self.clear_form()
        self.reload()

    def import_file(self) -> layanan.SimpanHasil | None:
        """Pick a file, show what it gives (accepted rows and every rejected value), import the accepted."""
        from asn_desktop.excel import ExcelError

        if OPEN_PATH is not None:
            path = OPEN_PATH(self)
        else:
            path, _f = QFileDialog.getOpenFileName(self, self.judul_impor, str(Path.home()),
                                                   self.tr("Excel (*.xlsx *.xls *.ods *.csv)"))
        if not path:
            return None
        try:
            bacaan = self.read_import(path)
        except (ExcelError, ServiceError) as exc:
            self.say(exc.message if isinstance(exc, ExcelError) else message_of(exc))
            return None
        dlg = ImportPreview(bacaan, self.judul_impor, self.preview_columns(), self)
        self.preview = dlg
        ok = ACCEPT_IMPORT(dlg) if ACCEPT_IMPORT is not None else dlg.exec() == QDialog.DialogCode.Accepted
        if not ok:
            return None
        try:
            res = self.store_import(bacaan)
        except ServiceError as exc:
            self.say(message_of(exc))
            return None
        status_message(self, fmt(self.tr("Diimpor: %1 baris; %2 baris ditolak tidak disimpan."), res.baru,
                                 len(bacaan.ditolak)))
        self.reload()
        return res


# =========================================================================== service register


class LayananTab(_RegisterTab):
    def __init__(self, page: Any) -> None:
        self.judul_form_baru = QCoreApplication.translate("LayananTab", "Catat permohonan layanan")
        self.judul_impor = QCoreApplication.translate("LayananTab", "Impor register layanan")
        super().__init__(page)

    def build_form(self) -> None:
        g = self.grid
        self.jenis = PilihCombo()
        self.jenis.setMinimumWidth(260)
        self.petugas = PilihCombo()
        self.petugas.setMinimumWidth(260)
        self.diterima = WaktuField(wajib=True)
        self.selesai = WaktuField()
        self.nomor = QLineEdit()
        self.nomor.setMaxLength(50)
        self.pemohon = QLineEdit()
        self.pemohon.setMaxLength(200)
        self.catatan = QLineEdit()
        self.janji = QLabel()
        self.janji.setStyleSheet("color:#4a5560;")
        fields = ((self.tr("Jenis layanan"), self.jenis), (self.tr("Petugas"), self.petugas),
                  (self.tr("Diterima"), self.diterima), (self.tr("Selesai (kosong = masih diproses)"), self.selesai))
        for c, (label, w) in enumerate(fields):
            g.addWidget(QLabel(label), 0, c)
            g.addWidget(w, 1, c)
        for c, (label, w) in enumerate(((self.tr("Nomor register"), self.nomor),
                                        (self.tr("Pemohon (boleh kosong)"), self.pemohon),
                                        (self.tr("Catatan"), self.catatan))):
            g.addWidget(QLabel(label), 2, c)
            g.addWidget(w, 3, c)
        g.addWidget(self.janji, 3, 3)
        self.jenis.currentIndexChanged.connect(self._show_promise)
        self.jenis.editTextChanged.connect(self._show_promise)
        self.diterima.changed.connect(self._show_promise)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        try:
            self.standar = {s.id: s for s in layanan.daftar_standar(self.ctx, termasuk_nonaktif=False)}
            petugas = layanan.daftar_petugas(self.ctx) if self.can_entry else []
        except ServiceError:
            self.standar, petugas = {}, []
        self.jenis.set_items([(s.id, s.nama) for s in self.standar.values()])
        self.petugas.set_items([(p.id, f"{p.nama} — {p.unit_nama}" if p.unit_nama else p.nama) for p in petugas])

    def _show_promise(self, *_a: Any) -> None:
        st = self.standar.get(self.jenis.current_id()) if hasattr(self, "standar") else None
        if st is None:
            self.janji.setText("")
            return
        self.janji.setText(fmt(self.tr("Standar: %1"), teks(st.janji_pesan)))

    def first_field(self) -> QWidget:
        return self.jenis

    def reset_fields(self) -> None:
        keep_jenis, keep_petugas = self.jenis.current_id(), self.petugas.current_id()
        self.jenis.set_current(keep_jenis)  # the desk often records the same service and officer in a row
        self.petugas.set_current(keep_petugas)
        self.diterima.set_value(datetime.now().replace(second=0, microsecond=0))
        for w in (self.selesai, self.nomor, self.pemohon, self.catatan):
            w.clear()

    def fill_form(self, row: layanan.PermohonanInfo) -> None:
        self.jenis.set_current(row.standar_id)
        if self.jenis.current_id() is None:  # an inactive standard: still shown for the correction
            self.jenis.addItem(row.jenis, row.standar_id)
            self.jenis.set_current(row.standar_id)
        self.petugas.set_current(row.pegawai_id)
        self.diterima.set_value(row.diterima)
        self.selesai.set_value(row.selesai)
        self.nomor.setText(row.nomor)
        self.pemohon.setText(row.pemohon)
        self.catatan.setText(row.catatan)

    def form_input(self) -> tuple[Any, list[str]]:
        problems = []
        jenis, petugas = self.jenis.current_id(), self.petugas.current_id()
        if jenis is None:
            problems.append(self.tr("Jenis layanan: pilih dari daftar standar pelayanan."))
        if petugas is None:
            problems.append(self.tr("Petugas: pilih dari daftar pegawai."))
        for label, w in ((self.tr("Diterima"), self.diterima), (self.tr("Selesai"), self.selesai)):
            err = w.error()
            if err:
                problems.append(f"{label}: {err}")
        if problems:
            return None, problems
        e = self.editing
        row = layanan.PermohonanInput(jenis, petugas, self.diterima.value(), self.selesai.value(),  # type: ignore[arg-type]
                                      self.nomor.text(), self.pemohon.text(), self.catatan.text(),
                                      e.id if e else None, e.version_id if e else None)
        return row, [p.split(": ", 1)[1] if p.startswith("Baris 1: ") else p
                     for _f, p in layanan.periksa_permohonan(row, "Baris 1")]

    def store(self, rows: list[Any], hapus: list[int]) -> layanan.SimpanHasil:
        return layanan.simpan_permohonan(self.ctx, rows, hapus_ids=hapus)

    def extra_buttons(self, bar: QHBoxLayout) -> None:
        self.btn_done = QPushButton(self.tr("Tandai selesai sekarang"))
        self.btn_done.setToolTip(self.tr("Permohonan terpilih yang masih diproses diberi waktu selesai sekarang."))
        self.btn_done.clicked.connect(self.finish_selected)
        bar.addWidget(self.btn_done)
        self.entry_buttons.append(self.btn_done)

    def finish_selected(self) -> None:
        now = datetime.now().replace(second=0, microsecond=0)
        rows = [layanan.PermohonanInput(r.standar_id, r.pegawai_id, r.diterima, now, r.nomor, r.pemohon,
                                        r.catatan, r.id, r.version_id)
                for r in self.selected() if r.selesai is None]
        if not rows:
            self.say(self.tr("Pilih permohonan yang masih diproses di daftar."))
            return
        try:
            res = self.store(rows, [])
        except ServiceError as exc:
            self.say(message_of(exc))
            return
        status_message(self, fmt(self.tr("%1 permohonan ditandai selesai."), res.diubah))
        self.reload()

    def fetch(self, mulai: date | None, selesai: date | None) -> list[Any]:
        return layanan.daftar_permohonan(self.ctx, mulai=mulai, selesai=selesai)

    def columns(self) -> list[Column]:
        def status(r: layanan.PermohonanInfo) -> str:
            if r.tepat_waktu is None:
                return self.tr("Lewat batas") if datetime.now() > r.batas else self.tr("Diproses")
            return self.tr("Tepat waktu") if r.tepat_waktu else self.tr("Terlambat")

        def bg(r: layanan.PermohonanInfo) -> str | None:
            if r.tepat_waktu is False or (r.tepat_waktu is None and datetime.now() > r.batas):
                return LATE_BG
            return OPEN_BG if r.tepat_waktu is None else None

        return [
            Column(self.tr("Nomor"), lambda r: r.nomor),
            Column(self.tr("Diterima"), lambda r: dl.format_waktu(r.diterima), sort=lambda r: r.diterima.isoformat()),
            Column(self.tr("Jenis layanan"), lambda r: r.jenis),
            Column(self.tr("Petugas"), lambda r: r.petugas),
            Column(self.tr("Selesai"), lambda r: dl.format_waktu(r.selesai),
                   sort=lambda r: _iso(r.selesai)),
            Column(self.tr("Durasi (jam kerja)"), lambda r: _jam(r.durasi_jam), align_right=True,
                   sort=lambda r: -1.0 if r.durasi_jam is None else r.durasi_jam,
                   header_tip=self.tr("Jam layanan 08.00–16.00 pada hari kerja; 1 hari kerja = 8 jam kerja.")),
            Column(self.tr("Status"), status, background=bg,
                   tooltip=lambda r: fmt(self.tr("Batas: %1"), dl.format_waktu(r.batas))),
            Column(self.tr("Standar"), lambda r: teks(r.janji_pesan)),
            Column(self.tr("Unit"), lambda r: r.unit_nama),
            Column(self.tr("Pemohon"), lambda r: r.pemohon),
        ]

    def read_import(self, path: str) -> Any:
        return layanan.baca_impor_permohonan(self.ctx, path)

    def store_import(self, bacaan: Any) -> layanan.SimpanHasil:
        return layanan.impor_permohonan(self.ctx, bacaan)

    def preview_columns(self) -> list[tuple[str, str]]:
        return [("nomor", self.tr("Nomor")), ("diterima", self.tr("Diterima")), ("selesai", self.tr("Selesai")),
                ("jenis", self.tr("Jenis layanan")), ("petugas", self.tr("Petugas")), ("pemohon", self.tr("Pemohon"))]


# =========================================================================== complaint register


class PengaduanTab(_RegisterTab):
    sort_column = 2
    def __init__(self, page: Any) -> None:
        self.judul_form_baru = QCoreApplication.translate("PengaduanTab", "Catat pengaduan")
        self.judul_impor = QCoreApplication.translate("PengaduanTab", "Impor register pengaduan")
        super().__init__(page)

    def build_form(self) -> None:
        g = self.grid
        self.saluran = QComboBox()
        for s in dl.Saluran:
            self.saluran.addItem(s.label, s.value)
        self.petugas = PilihCombo()
        self.petugas.setMinimumWidth(260)
        self.diterima = WaktuField(wajib=True)
        self.direspon = WaktuField()
        self.diselesaikan = WaktuField()
        self.nomor = QLineEdit()
        self.nomor.setMaxLength(50)
        self.pelapor = QLineEdit()
        self.pelapor.setMaxLength(200)
        self.perihal = QLineEdit()
        for c, (label, w) in enumerate(((self.tr("Saluran"), self.saluran), (self.tr("Diterima"), self.diterima),
                                        (self.tr("Respon pertama"), self.direspon),
                                        (self.tr("Selesai"), self.diselesaikan))):
            g.addWidget(QLabel(label), 0, c)
            g.addWidget(w, 1, c)
        for c, (label, w) in enumerate(((self.tr("Petugas"), self.petugas), (self.tr("Nomor / tiket"), self.nomor),
                                        (self.tr("Pelapor (boleh kosong)"), self.pelapor),
                                        (self.tr("Perihal"), self.perihal))):
            g.addWidget(QLabel(label), 2, c)
            g.addWidget(w, 3, c)
        try:
            petugas = layanan.daftar_petugas(self.ctx) if self.can_entry else []
        except ServiceError:
            petugas = []
        self.petugas.set_items([(p.id, f"{p.nama} — {p.unit_nama}" if p.unit_nama else p.nama) for p in petugas])

    def refresh_choices(self) -> None:
        pass

    def first_field(self) -> QWidget:
        return self.saluran

    def reset_fields(self) -> None:
        self.diterima.set_value(datetime.now().replace(second=0, microsecond=0))
        for w in (self.direspon, self.diselesaikan, self.nomor, self.pelapor, self.perihal):
            w.clear()

    def fill_form(self, row: layanan.PengaduanInfo) -> None:
        self.saluran.setCurrentIndex(max(0, self.saluran.findData(row.saluran)))
        self.petugas.set_current(row.pegawai_id)
        self.diterima.set_value(row.diterima)
        self.direspon.set_value(row.direspon)
        self.diselesaikan.set_value(row.diselesaikan)
        self.nomor.setText(row.nomor)
        self.pelapor.setText(row.pelapor)
        self.perihal.setText(row.perihal)

    def form_input(self) -> tuple[Any, list[str]]:
        problems = []
        for label, w in ((self.tr("Diterima"), self.diterima), (self.tr("Respon pertama"), self.direspon),
                         (self.tr("Selesai"), self.diselesaikan)):
            err = w.error()
            if err:
                problems.append(f"{label}: {err}")
        petugas = self.petugas.current_id()
        if petugas is None and self.petugas.currentText().strip():
            problems.append(self.tr("Petugas: pilih dari daftar pegawai atau kosongkan."))
        if problems:
            return None, problems
        e = self.editing
        row = layanan.PengaduanInput(self.saluran.currentData(), self.diterima.value(),  # type: ignore[arg-type]
                                     self.direspon.value(), self.diselesaikan.value(), petugas, self.nomor.text(),
                                     self.pelapor.text(), self.perihal.text(), e.id if e else None,
                                     e.version_id if e else None)
        return row, [p.split(": ", 1)[1] if p.startswith("Baris 1: ") else p
                     for _f, p in layanan.periksa_pengaduan(row, "Baris 1")]

    def store(self, rows: list[Any], hapus: list[int]) -> layanan.SimpanHasil:
        return layanan.simpan_pengaduan(self.ctx, rows, hapus_ids=hapus)

    def fetch(self, mulai: date | None, selesai: date | None) -> list[Any]:
        return layanan.daftar_pengaduan(self.ctx, mulai=mulai, selesai=selesai)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Nomor"), lambda r: r.nomor),
            Column(self.tr("Saluran"), lambda r: r.saluran_label),
            Column(self.tr("Diterima"), lambda r: dl.format_waktu(r.diterima), sort=lambda r: r.diterima.isoformat()),
            Column(self.tr("Respon pertama"), lambda r: dl.format_waktu(r.direspon),
                   sort=lambda r: _iso(r.direspon),
                   background=lambda r: OPEN_BG if r.direspon is None else None),
            Column(self.tr("Respon (jam kerja)"), lambda r: _jam(r.respon_jam), align_right=True,
                   sort=lambda r: -1.0 if r.respon_jam is None else r.respon_jam),
            Column(self.tr("Selesai"), lambda r: dl.format_waktu(r.diselesaikan),
                   sort=lambda r: _iso(r.diselesaikan)),
            Column(self.tr("Penyelesaian (jam kerja)"), lambda r: _jam(r.selesai_jam), align_right=True,
                   sort=lambda r: -1.0 if r.selesai_jam is None else r.selesai_jam),
            Column(self.tr("Petugas"), lambda r: r.petugas),
            Column(self.tr("Unit"), lambda r: r.unit_nama),
            Column(self.tr("Perihal"), lambda r: r.perihal, tooltip=lambda r: r.perihal),
        ]

    def read_import(self, path: str) -> Any:
        return layanan.baca_impor_pengaduan(self.ctx, path)

    def store_import(self, bacaan: Any) -> layanan.SimpanHasil:
        return layanan.impor_pengaduan(self.ctx, bacaan)

    def preview_columns(self) -> list[tuple[str, str]]:
        return [("nomor", self.tr("Nomor")), ("saluran_label", self.tr("Saluran")),
                ("diterima", self.tr("Diterima")), ("direspon", self.tr("Respon pertama")),
                ("diselesaikan", self.tr("Selesai")), ("petugas", self.tr("Petugas")), ("perihal", self.tr("Perihal"))]
