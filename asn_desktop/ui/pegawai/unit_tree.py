"""Organisation tab: the unit tree editor (add, rename, move, reorder, merge,
archive, head of unit) and the list of employees without a supervisor."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisUnit
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.roles import Permission
from asn_desktop.services import organisasi as org
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.organisasi import TanpaAtasan, UnitNode
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.labels import choices as label_choices
from asn_desktop.ui.labels import fill_combo
from asn_desktop.ui.pegawai.pickers import PegawaiPickerDialog, UnitPickerDialog, build_unit_tree
from asn_desktop.ui.pegawai.widgets import Banner, set_combo_data
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt, teks


class UnitEditDialog(QDialog):
    """Name, kind and code of a unit (new or existing)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, nama: str = "", jenis: str | None = None,
                 kode: str = "", parent_path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        if parent_path:
            lbl = QLabel(fmt(self.tr("Di bawah: %1"), parent_path))
            lbl.setWordWrap(True)
            lbl.setStyleSheet("color: #5f6368;")
            lay.addWidget(lbl)
        self.banner = Banner()
        lay.addWidget(self.banner)
        form = QFormLayout()
        self.ed_nama = QLineEdit(nama)
        self.ed_nama.setMaxLength(200)
        self.ed_nama.setPlaceholderText(self.tr("mis. Seksi Pemerintahan"))
        self.cb_jenis = QComboBox()
        fill_combo(self.cb_jenis, JenisUnit)
        set_combo_data(self.cb_jenis, jenis or JenisUnit.LAINNYA.value)
        self.ed_kode = QLineEdit(kode)
        self.ed_kode.setMaxLength(50)
        for text, w in ((self.tr("&Nama unit:"), self.ed_nama), (self.tr("&Jenis:"), self.cb_jenis),
                        (self.tr("&Kode (opsional):"), self.ed_kode)):
            lbl = QLabel(text)
            lbl.setBuddy(w)
            form.addRow(lbl, w)
        lay.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.ed_nama.setFocus()
        self.ed_nama.selectAll()
        self.ed_nama.textChanged.connect(self._guess_jenis)

    def _guess_jenis(self, text: str) -> None:
        """"Seksi …" → seksi, "Kelurahan …" → kelurahan (only while still "Lainnya")."""
        if self.cb_jenis.currentData() != JenisUnit.LAINNYA.value:
            return
        low = text.strip().lower()
        for prefix, jenis in (("seksi", JenisUnit.SEKSI), ("kelurahan", JenisUnit.KELURAHAN),
                              ("subbag", JenisUnit.SUBBAGIAN), ("sub bag", JenisUnit.SUBBAGIAN),
                              ("sekretariat", JenisUnit.SEKRETARIAT), ("kecamatan", JenisUnit.KECAMATAN)):
            if low.startswith(prefix):
                set_combo_data(self.cb_jenis, jenis.value)
                return

    def accept(self) -> None:
        if not self.ed_nama.text().strip():
            self.banner.show_error(self.tr("Nama unit kerja wajib diisi."))
            self.ed_nama.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        return self.ed_nama.text().strip(), str(self.cb_jenis.currentData()), self.ed_kode.text().strip()


class OrganisasiWidget(QWidget):
    """The unit tree with its actions. Emits ``changed`` after every write."""

    changed = Signal(str)  # status-bar message
    show_unit = Signal(int)  # "Lihat pegawai" → the list filtered on this unit

    def __init__(self, ctx: AppContext, rows_provider: Callable[[], Sequence[PegawaiRow]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows_provider = rows_provider
        self.units: list[UnitNode] = []
        self.items: dict[int, QTreeWidgetItem] = {}
        can_write = ctx.actor.can(Permission.MASTER_WRITE)
        outer = QHBoxLayout(self)
        lay = QVBoxLayout()
        outer.addLayout(lay, 1)
        bar = QVBoxLayout()
        outer.addLayout(bar)

        def button(text: str, tip: str, slot: Callable[[], None], shortcut: str | None = None) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
            b.clicked.connect(slot)
            b.setAutoDefault(False)
            bar.addWidget(b)
            if shortcut:
                QShortcut(QKeySequence(shortcut), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return b

        title = QLabel(self.tr("<b>Unit kerja</b>"))
        bar.addWidget(title)
        self.btn_add = button(self.tr("Tambah sub-unit…"), self.tr("Tambah unit di bawah unit terpilih"), self.add_unit,
                              "Ins")
        self.btn_edit = button(self.tr("Ubah…"), self.tr("Ubah nama, jenis, atau kode unit"), self.edit_unit, "F2")
        self.btn_head = button(self.tr("Kepala unit…"), self.tr("Tetapkan kepala unit"), self.set_head)
        self.btn_move = button(self.tr("Pindahkan…"), self.tr("Pindahkan unit ke unit induk lain"), self.move_unit)
        updown = QHBoxLayout()
        self.btn_up = QPushButton(self.tr("▲ Naik"))
        self.btn_up.setToolTip(self.tr("Naikkan urutan (Ctrl+Atas)"))
        self.btn_down = QPushButton(self.tr("▼ Turun"))
        self.btn_down.setToolTip(self.tr("Turunkan urutan (Ctrl+Bawah)"))
        self.btn_up.clicked.connect(lambda: self.reorder(-1))
        self.btn_down.clicked.connect(lambda: self.reorder(1))
        updown.addWidget(self.btn_up)
        updown.addWidget(self.btn_down)
        bar.addLayout(updown)
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.reorder(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.reorder(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.btn_merge = button(self.tr("Gabungkan…"), self.tr("Gabungkan unit ini ke unit lain (pegawai ikut pindah)"),
                                self.merge_unit)
        self.btn_archive = button(self.tr("Arsipkan"), self.tr("Arsipkan unit kosong"), self.archive_unit)
        self.btn_restore = button(self.tr("Pulihkan"), self.tr("Aktifkan kembali unit yang diarsipkan"),
                                  self.restore_unit)
        bar.addSpacing(12)
        self.btn_show = button(self.tr("Lihat pegawai"), self.tr("Tampilkan pegawai unit ini di daftar"),
                               self.show_employees)
        self.chk_archived = QCheckBox(self.tr("Tampilkan arsip"))
        self.chk_archived.toggled.connect(lambda _c: self.load())
        bar.addWidget(self.chk_archived)
        bar.addStretch(1)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit kerja"), self.tr("Jenis"), self.tr("Kepala unit"),
                                   self.tr("Pegawai aktif")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        hh = self.tree.header()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(1, 110)
        hh.resizeSection(2, 280)
        hh.resizeSection(3, 100)
        fit_header_texts(hh)
        hh.setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_unit() if can_write else self.show_employees())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.tree, 1)
        self.lbl_info = QLabel()
        self.lbl_info.setStyleSheet("color: #5f6368;")
        lay.addWidget(self.lbl_info)
        self.can_write = can_write
        self._update_buttons()

    # -- data ---------------------------------------------------------------------
    def load(self, select: int | None = None, units: Sequence[UnitNode] | None = None) -> None:
        """Rebuild the tree (``units``: an already loaded ``list_units(include_archived=True)``)."""
        current = select if select is not None else self.current_id()
        self.units = list(units) if units is not None else org.list_units(self.ctx, include_archived=True)
        shown = self.units if self.chk_archived.isChecked() else [u for u in self.units if u.aktif]
        jenis_label = dict(label_choices(JenisUnit))
        self.items = build_unit_tree(
            self.tree, shown,
            lambda u: [u.nama + ("" if u.aktif else self.tr(" (diarsipkan)")), jenis_label.get(u.jenis, u.jenis),
                       u.kepala_nama or ("—" if u.aktif else ""), str(u.jumlah_pegawai) if u.aktif else ""],
        )
        for item in self.items.values():
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            uid = item.data(0, Qt.ItemDataRole.UserRole)
            u = next(x for x in shown if x.id == uid)
            if u.aktif and not u.kepala_id:
                item.setForeground(2, Qt.GlobalColor.darkYellow)
                item.setToolTip(2, self.tr("Unit ini belum punya kepala"))
        if current in self.items:
            self.tree.setCurrentItem(self.items[current])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        active = [u for u in self.units if u.aktif]
        self.lbl_info.setText(
            fmt(self.tr("%1 unit aktif · %2 diarsipkan · %3 unit tanpa kepala"), str(len(active)), str(len(self.units) - len(active)), str(sum(1 for u in active if not u.kepala_id)))
        )
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def current(self) -> UnitNode | None:
        uid = self.current_id()
        return next((u for u in self.units if u.id == uid), None)

    def select_unit(self, unit_id: int) -> None:
        if unit_id in self.items:
            self.tree.setCurrentItem(self.items[unit_id])

    def _update_buttons(self) -> None:
        u = self.current()
        w = self.can_write
        self.btn_add.setEnabled(w and (u is None or u.aktif))
        for b in (self.btn_edit, self.btn_move, self.btn_merge, self.btn_up, self.btn_down):
            b.setEnabled(w and u is not None)
        self.btn_head.setEnabled(w and u is not None and u.aktif)
        self.btn_archive.setEnabled(w and u is not None and u.aktif)
        self.btn_restore.setEnabled(w and u is not None and not u.aktif)
        self.btn_show.setEnabled(u is not None)

    def _run(self, fn: Callable[[], object], message: str, select: int | None = None) -> object | None:
        """Run a service call; errors in a dialog; reload and announce on success."""
        try:
            res = fn()
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.load(select)
        self.changed.emit(message)
        return res

    # -- actions ---------------------------------------------------------------------
    def add_unit(self) -> None:
        parent = self.current()
        dlg = UnitEditDialog(self.tr("Tambah unit kerja"), self, parent_path=parent.path if parent else "")
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        nama, jenis, kode = dlg.values()
        res = self._run(lambda: org.create_unit(self.ctx, nama, parent.id if parent else None, jenis, kode),
                        fmt(self.tr("Unit %1 ditambahkan."), nama))
        if isinstance(res, UnitNode):
            self.select_unit(res.id)

    def edit_unit(self) -> None:
        u = self.current()
        if u is None:
            return
        dlg = UnitEditDialog(self.tr("Ubah unit kerja"), self, nama=u.nama, jenis=u.jenis, kode=u.kode)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        nama, jenis, kode = dlg.values()
        self._run(lambda: org.update_unit(self.ctx, u.id, nama=nama, jenis=jenis, kode=kode),
                  fmt(self.tr("Unit %1 diubah."), nama), select=u.id)

    def move_unit(self) -> None:
        u = self.current()
        if u is None:
            return
        exclude = org.descendant_ids(self.units, u.id)
        dlg = UnitPickerDialog(self.units, self.tr("Pindahkan unit"),
                               fmt(self.tr("Pindahkan <b>%1</b> (beserta sub-unit dan pegawainya) ke bawah unit:"), u.nama), self, exclude=exclude, allow_top=True,
                               top_label=self.tr("(jadikan unit teratas)"))
        dlg.select(u.parent_id)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        target = dlg.unit_id()
        self._run(lambda: org.move_unit(self.ctx, u.id, target),
                  fmt(self.tr("Unit %1 dipindahkan."), u.nama), select=u.id)

    def reorder(self, delta: int) -> None:
        u = self.current()
        if u is None or not self.can_write:
            return
        self._run(lambda: org.reorder_unit(self.ctx, u.id, delta), self.tr("Urutan unit diubah."), select=u.id)

    def confirm(self, title: str, text: str) -> bool:
        """Yes/No before a destructive change (tests replace this)."""
        return QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def merge_unit(self) -> None:
        u = self.current()
        if u is None:
            return
        exclude = org.descendant_ids(self.units, u.id)
        dlg = UnitPickerDialog(self.units, self.tr("Gabungkan unit"),
                               fmt(self.tr("Gabungkan <b>%1</b> ke unit:"), u.nama), self, exclude=exclude)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.unit_id() is None:
            return
        target_id = dlg.unit_id()
        assert target_id is not None
        target = next(x for x in self.units if x.id == target_id)
        n_sub = sum(1 for x in self.units if x.parent_id == u.id)
        if not self.confirm(
            self.tr("Gabungkan unit"),
            fmt(self.tr("Gabungkan %1 ke %2?\n\n%3 pegawai aktif dan %4 sub-unit pindah ke %2; %1 diarsipkan "
                    "(namanya tetap tercatat pada dokumen lama). Tindakan ini tercatat di log audit."), u.nama, target.nama, str(u.jumlah_pegawai), str(n_sub)),
        ):
            return
        res = self._run(lambda: org.merge_unit(self.ctx, u.id, target_id), "", select=target_id)
        if isinstance(res, org.BulkResult):
            self.changed.emit(" ".join(teks(m) for m in res.catatan_pesan))

    def archive_unit(self) -> None:
        u = self.current()
        if u is None:
            return
        if not self.confirm(self.tr("Arsipkan unit"),
                            fmt(self.tr("Arsipkan %1? Unit yang diarsipkan tidak muncul lagi di pilihan unit, "
                                    "tetapi dapat dipulihkan."), u.nama)):
            return
        self._run(lambda: org.archive_unit(self.ctx, u.id), fmt(self.tr("Unit %1 diarsipkan."), u.nama),
                  select=u.parent_id)

    def restore_unit(self) -> None:
        u = self.current()
        if u is None:
            return
        self._run(lambda: org.restore_unit(self.ctx, u.id), fmt(self.tr("Unit %1 dipulihkan."), u.nama),
                  select=u.id)

    def make_head_picker(self, u: UnitNode) -> PegawaiPickerDialog:
        rows = self.rows_provider()
        dlg = PegawaiPickerDialog(rows, self.tr("Kepala unit"),
                                  fmt(self.tr("Pilih kepala <b>%1</b>. Pegawai unit ini yang atasannya kepala lama (atau "
                                          "belum punya atasan) akan beratasan ke kepala baru."), u.nama),
                                  self)
        in_unit = [r for r in rows if r.unit_id == u.id and r.status == "aktif"]
        if u.kepala_id:
            dlg.select(u.kepala_id)
        elif in_unit:
            dlg.select(in_unit[0].id)
        return dlg

    def set_head(self) -> None:
        u = self.current()
        if u is None:
            return
        dlg = self.make_head_picker(u)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.pegawai() is None:
            return
        row = dlg.pegawai()
        assert row is not None
        res = self._run(lambda: org.set_unit_head(self.ctx, u.id, row.id),
                        fmt(self.tr("%1 kini kepala %2."), row.nama, u.nama), select=u.id)
        if isinstance(res, org.BulkResult) and res.catatan:
            self.changed.emit(fmt(self.tr("%1 kini kepala %2."), row.nama, u.nama) + " "
                 + " ".join(teks(m) for m in res.catatan_pesan))

    def show_employees(self) -> None:
        uid = self.current_id()
        if uid is not None:
            self.show_unit.emit(uid)


class TanpaAtasanWidget(QWidget):
    """Active employees without a (valid) supervisor; the top of the structure is shown apart."""

    assign = Signal(list)  # pegawai ids → the page's "Tetapkan atasan" dialog
    follow_head = Signal(list)  # pegawai ids → atasan = kepala unit
    open_profile = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[TanpaAtasan] = []
        lay = QVBoxLayout(self)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        lay.addWidget(self.lbl)
        bar = QHBoxLayout()
        can_write = ctx.actor.can(Permission.MASTER_WRITE)
        self.btn_assign = QPushButton(self.tr("Tetapkan atasan…"))
        self.btn_follow = QPushButton(self.tr("Atasan = kepala unit"))
        self.btn_follow.setToolTip(self.tr("Jadikan kepala unit masing-masing sebagai atasan langsung"))
        self.btn_open = QPushButton(self.tr("Buka profil"))
        for b in (self.btn_assign, self.btn_follow, self.btn_open):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan"),
                                              self.tr("Unit kerja"), self.tr("Keterangan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        for c, w in enumerate((160, 210, 190, 190)):
            hh.resizeSection(c, w)
        fit_header_texts(hh)
        hh.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.btn_assign.clicked.connect(lambda: self.assign.emit(self.selected_ids()))
        self.btn_follow.clicked.connect(lambda: self.follow_head.emit(self.selected_ids()))
        self.btn_open.clicked.connect(self._open)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.itemSelectionChanged.connect(self._update)
        self.can_write = can_write
        self._update()

    def load(self) -> None:
        self.items = org.pegawai_tanpa_atasan(self.ctx)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.items))
        for r, it in enumerate(self.items):
            cells = [format_nip(it.nip), it.nama, it.jabatan, it.unit_nama, it.alasan]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, it.id)
                item.setToolTip(text)
                if it.di_luar_basis_data:
                    item.setForeground(Qt.GlobalColor.darkGray)
                    f = item.font()
                    f.setItalic(True)
                    item.setFont(f)
                elif c == 4:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        missing = sum(1 for x in self.items if not x.di_luar_basis_data)
        outside = len(self.items) - missing
        if missing:
            text = fmt(self.tr("<b>%1 pegawai aktif belum punya atasan langsung yang aktif.</b> Pilih lalu tekan "
                           "\"Tetapkan atasan\" atau \"Atasan = kepala unit\"."), str(missing))
        else:
            text = self.tr("<b>Semua pegawai aktif sudah punya atasan langsung.</b>")
        if outside:
            text += "<br>" + fmt(self.tr("%1 pegawai di puncak struktur (mis. Camat) beratasan di luar basis data — "
                                     "diisi di Pengaturan › Identitas kantor; tidak perlu diperbaiki."), str(outside))
        self.lbl.setText(text)
        self._update()

    def missing_count(self) -> int:
        return sum(1 for x in self.items if not x.di_luar_basis_data)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def _update(self) -> None:
        has = bool(self.table.selectedIndexes())
        self.btn_assign.setEnabled(has and self.can_write)
        self.btn_follow.setEnabled(has and self.can_write)
        self.btn_open.setEnabled(has)

    def _open(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_profile.emit(ids[0])
