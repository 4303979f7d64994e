"""One meeting during and after it: attendance, notes per person, conclusion, follow-ups.

Keyboard first: the participant list takes 1–5 for attendance (1 hadir, 2 izin, 3 sakit,
4 dinas luar, 5 tanpa keterangan) and moves down; Tab goes to the three note fields of
the selected person; Ctrl+S saves everything in one operation. A participant who is not
running the meeting sees only his own notes and follow-ups, read-only.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui.i18n import nama_periode, tanggal_teks
from asn_desktop.services import rapat
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.penilaian.common import ERROR_COLOR, Column, status_message
from asn_desktop.ui.rapat.common import SortableTable, kehadiran_label, status_tl_label

KODE_KEHADIRAN = ("hadir", "izin", "sakit", "dinas_luar", "tanpa_keterangan")


class PesertaTable(QTableWidget):
    """Participants with their attendance; a digit 1–5 sets it and moves to the next row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Jabatan"), self.tr("Kehadiran")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(1, 150)
        self.setToolTip(self.tr("Kehadiran: 1 hadir, 2 izin, 3 sakit, 4 dinas luar, 5 tanpa keterangan, "
                                "Delete kosongkan"))
        self.editable = True
        self.on_kehadiran: Any = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        r = self.currentRow()
        text = event.text()
        if self.editable and r >= 0 and text in ("1", "2", "3", "4", "5"):
            if self.on_kehadiran:
                self.on_kehadiran(r, KODE_KEHADIRAN[int(text) - 1])
            if r + 1 < self.rowCount():
                self.selectRow(r + 1)
            return
        if self.editable and r >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.on_kehadiran:
                self.on_kehadiran(r, None)
            return
        super().keyPressEvent(event)


class RapatPanel(QWidget):
    """The right-hand side of the meeting list: everything about the selected meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: rapat.RapatDetail | None = None
        self.notes: dict[int, rapat.CatatanPeserta] = {}
        self.dirty = False
        self._loading = False
        self.on_saved: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lbl_head = QLabel()
        self.lbl_head.setTextFormat(Qt.TextFormat.RichText)
        self.lbl_head.setWordWrap(True)
        lay.addWidget(self.lbl_head)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = PesertaTable()
        self.table.on_kehadiran = self._set_kehadiran
        self.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._show_person(r))
        split.addWidget(self.table)
        notes = QGroupBox(self.tr("Catatan pegawai terpilih"))
        form = QFormLayout(notes)
        self.ed_capaian = QPlainTextEdit()
        self.ed_tantangan = QPlainTextEdit()
        self.ed_solusi = QPlainTextEdit()
        for ed, text in ((self.ed_capaian, self.tr("Yang berjalan &baik:")),
                         (self.ed_tantangan, self.tr("&Tantangan:")), (self.ed_solusi, self.tr("S&olusi:"))):
            ed.setTabChangesFocus(True)
            ed.setMinimumHeight(48)
            ed.textChanged.connect(self._note_edit)
            form.addRow(text, ed)
        split.addWidget(notes)
        split.setSizes([430, 420])
        lay.addWidget(split, 3)

        row = QHBoxLayout()
        self.ed_kesimpulan = QPlainTextEdit()
        self.ed_kesimpulan.setTabChangesFocus(True)
        self.ed_kesimpulan.setPlaceholderText(self.tr("Kesimpulan rapat"))
        self.ed_kesimpulan.setMaximumHeight(56)
        self.ed_kesimpulan.textChanged.connect(self._mark_dirty)
        row.addWidget(self.ed_kesimpulan, 1)
        col = QVBoxLayout()
        self.chk_selesai = QCheckBox(self.tr("Rapat &selesai"))
        self.chk_selesai.toggled.connect(self._mark_dirty)
        col.addWidget(self.chk_selesai)
        self.btn_simpan = QPushButton(self.tr("Simpan &catatan"))
        self.btn_simpan.setToolTip(self.tr("Simpan kehadiran, catatan dan kesimpulan (Ctrl+S)"))
        self.btn_simpan.clicked.connect(self.save)
        col.addWidget(self.btn_simpan)
        row.addLayout(col)
        lay.addLayout(row)
        self.lbl_dirty = QLabel()
        self.lbl_dirty.setStyleSheet(f"color: {ERROR_COLOR};")
        lay.addWidget(self.lbl_dirty)

        box = QGroupBox(self.tr("Tindak lanjut"))
        bl = QVBoxLayout(box)
        self.tl_table = SortableTable([
            Column(self.tr("Tindak lanjut"), lambda t: t.uraian),
            Column(self.tr("Penanggung jawab"), lambda t: t.pegawai_nama),
            Column(self.tr("Tenggat"), lambda t: tanggal_teks(t.tenggat) if t.tenggat else "—",
                   sort=lambda t: t.tenggat.isoformat() if t.tenggat else "9999",
                   color=lambda t: ERROR_COLOR if t.terlambat() else None),
            Column(self.tr("Status"), lambda t: status_tl_label(t.terbuka), bold=lambda t: t.terbuka),
        ], (300, 170, 110, 70))
        self.tl_table.setMinimumHeight(90)
        self.tl_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by due date
        bl.addWidget(self.tl_table)
        tb = QHBoxLayout()
        self.btn_tl_tambah = QPushButton(self.tr("&Tambah tindak lanjut…"))
        self.btn_tl_tambah.clicked.connect(self.tambah_tindak_lanjut)
        self.btn_tl_tutup = QPushButton(self.tr("T&utup / buka kembali…"))
        self.btn_tl_tutup.clicked.connect(self.tutup_tindak_lanjut)
        tb.addWidget(self.btn_tl_tambah)
        tb.addWidget(self.btn_tl_tutup)
        tb.addStretch(1)
        bl.addLayout(tb)
        lay.addWidget(box, 2)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_detail(None)

    # ---------------------------------------------------------------- filling
    def show_detail(self, d: rapat.RapatDetail | None) -> None:
        self._loading = True
        try:
            self.detail = d
            self.notes = {}
            self.table.setRowCount(0)
            for w in (self.ed_capaian, self.ed_tantangan, self.ed_solusi, self.ed_kesimpulan):
                w.clear()
            if d is None:
                self.lbl_head.setText("<i>" + escape(self.tr("Pilih rapat di daftar, atau buat rapat baru.")) + "</i>")
                self.setEnabled(False)
                self.tl_table.set_rows([])
                return
            self.setEnabled(True)
            i = d.info
            place = " · ".join(escape(x) for x in (tanggal_teks(i.tanggal), i.waktu, i.tempat) if x)
            self.lbl_head.setText(
                f"<b style='font-size:12pt'>{escape(i.judul)}</b><br>{escape(i.unit_nama)} · "
                + escape(fmt(self.tr("periode %1"), nama_periode(i.periode_label))) + f" · {place}<br>"
                + escape(fmt(self.tr("Pimpinan: %1 · Notulis: %2 · Hadir %3 dari %4"), i.pimpinan_nama or "—",
                             i.notulis_nama or "—", i.jumlah_hadir, i.jumlah_peserta)))
            self.table.editable = i.boleh_kelola
            for r, p in enumerate(d.peserta):
                self.notes[p.pegawai_id] = rapat.CatatanPeserta(p.pegawai_id, p.kehadiran, p.capaian, p.tantangan,
                                                                p.solusi)
                self.table.insertRow(r)
                for c, text in enumerate((p.nama, p.jabatan, kehadiran_label(p.kehadiran))):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, p.pegawai_id)
                    if not p.catatan_terlihat:
                        item.setForeground(Qt.GlobalColor.gray)
                    self.table.setItem(r, c, item)
            self.ed_kesimpulan.setPlainText(d.kesimpulan)
            self.chk_selesai.setChecked(i.status == "selesai")
            for w in (self.ed_kesimpulan, self.chk_selesai, self.btn_simpan, self.btn_tl_tambah, self.btn_tl_tutup):
                w.setVisible(i.boleh_kelola)
            self.tl_table.set_rows(list(d.tindak_lanjut))
            if d.peserta:
                mine = next((r for r, p in enumerate(d.peserta) if p.catatan_terlihat), 0)
                self.table.selectRow(mine)
            self._show_person(self.table.currentRow())
        finally:
            self._loading = False
        self._set_dirty(False)

    def _pegawai_at(self, row: int) -> int | None:
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_person(self, row: int) -> None:
        pid = self._pegawai_at(row)
        d = self.detail
        p = next((x for x in d.peserta if x.pegawai_id == pid), None) if d and pid else None
        n = self.notes.get(pid or -1)
        was, self._loading = self._loading, True
        try:
            ro = not (d and d.info.boleh_kelola) or p is None
            for ed, text in ((self.ed_capaian, n.capaian if n else ""), (self.ed_tantangan, n.tantangan if n else ""),
                             (self.ed_solusi, n.solusi if n else "")):
                ed.setPlainText(text)
                ed.setReadOnly(ro)
                ed.setEnabled(p is not None and p.catatan_terlihat)
        finally:
            self._loading = was

    # ---------------------------------------------------------------- editing
    def _set_kehadiran(self, row: int, code: str | None) -> None:
        pid = self._pegawai_at(row)
        if pid is None or pid not in self.notes:
            return
        self.notes[pid].kehadiran = code
        self.table.item(row, 2).setText(kehadiran_label(code))
        self._mark_dirty()

    def _note_edit(self) -> None:
        if self._loading:
            return
        pid = self._pegawai_at(self.table.currentRow())
        if pid is None or pid not in self.notes:
            return
        n = self.notes[pid]
        n.capaian, n.tantangan, n.solusi = (self.ed_capaian.toPlainText(), self.ed_tantangan.toPlainText(),
                                            self.ed_solusi.toPlainText())
        self._mark_dirty()

    def _mark_dirty(self, *_a: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, on: bool) -> None:
        self.dirty = on
        self.lbl_dirty.setText(self.tr("Ada perubahan yang belum disimpan (Ctrl+S).") if on else "")

    def save(self) -> bool:
        d = self.detail
        if d is None or not d.info.boleh_kelola:
            return False
        try:
            new = rapat.simpan_catatan(self.ctx, d.info.id, list(self.notes.values()),
                                       kesimpulan=self.ed_kesimpulan.toPlainText(),
                                       selesai=self.chk_selesai.isChecked(), version_id=d.info.version_id)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        row = self.table.currentRow()
        self.show_detail(new)
        if row >= 0:
            self.table.selectRow(row)
        status_message(self, self.tr("Catatan rapat disimpan."))
        if self.on_saved:
            self.on_saved(new.info)
        return True

    def tambah_tindak_lanjut(self) -> None:
        from asn_desktop.ui.rapat.dialog import TindakLanjutDialog

        d = self.detail
        if d is None or not d.info.boleh_kelola or not d.peserta:
            return
        if self.dirty and not self.save():
            return
        dlg = TindakLanjutDialog(list(d.peserta), d.info.tanggal, self._pegawai_at(self.table.currentRow()), self)
        if dlg.exec() != TindakLanjutDialog.DialogCode.Accepted:
            return
        pid, uraian, tenggat = dlg.values()
        self.tambah_tindak_lanjut_dengan(pid, uraian, tenggat)

    def tambah_tindak_lanjut_dengan(self, pid: int, uraian: str, tenggat: Any) -> bool:
        d = self.detail
        if d is None:
            return False
        try:
            rapat.tambah_tindak_lanjut(self.ctx, d.info.id, pid, uraian, tenggat)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def tutup_tindak_lanjut(self) -> None:
        from asn_desktop.ui.rapat.dialog import TutupDialog

        t = self.tl_table.current()
        if t is None or not t.boleh_tutup:
            return
        dlg = TutupDialog(t, self)
        if dlg.exec() != TutupDialog.DialogCode.Accepted:
            return
        try:
            rapat.tutup_tindak_lanjut(self.ctx, t.id, dlg.catatan(), buka_kembali=not t.terbuka,
                                      version_id=t.version_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.reload()

    def reload(self) -> None:
        if self.detail is None:
            return
        try:
            self.show_detail(rapat.detail_rapat(self.ctx, self.detail.info.id))
        except ServiceError as exc:
            show_error(self, exc)
            self.show_detail(None)
