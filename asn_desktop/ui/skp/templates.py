"""Pustaka RHK: pick templates into an SKP, and maintain the library."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisRhk, Perspektif
from asn_desktop.domain.roles import Permission
from asn_desktop.services import skp as S
from asn_desktop.services import template_rhk as T
from asn_desktop.services.ukuran import list_jenis_layanan
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.ukuran import tandai
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ConflictError
from asn_desktop.ui.labels import fill_combo, label
from asn_desktop.ui.skp.common import call, confirm, notify
from asn_desktop.ui.skp.rhk_dialog import IndicatorTable
from asn_desktop.ui.i18n import fmt

ROLE_ID = Qt.ItemDataRole.UserRole


def _fill(tree: QTreeWidget, items: list[T.TemplateData], *, checkable: bool, checked: set[int] | None = None) -> None:
    tree.clear()
    bold = QFont()
    bold.setBold(True)
    groups: dict[str, QTreeWidgetItem] = {}
    for t in items:
        g = groups.get(t.nama_jabatan)
        if g is None:
            g = QTreeWidgetItem([t.nama_jabatan])
            g.setFont(0, bold)
            g.setBackground(0, QBrush(QColor("#EEF2F7")))
            g.setFirstColumnSpanned(True)
            tree.addTopLevelItem(g)
            g.setFirstColumnSpanned(True)
            groups[t.nama_jabatan] = g
        it = QTreeWidgetItem([t.teks, label(t.jenis_label), str(len(t.indikator))])
        it.setData(0, ROLE_ID, t.id)
        it.setToolTip(0, "\n".join(f"{label(i.aspek_label)}: {i.teks} — {i.target}" for i in t.indikator) or t.teks)
        if checkable:
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(0, Qt.CheckState.Checked if checked and t.id in checked else Qt.CheckState.Unchecked)
        g.addChild(it)
        for i in t.indikator:
            c = QTreeWidgetItem([f"{label(i.aspek_label)}: {i.teks}", "", i.target])
            c.setForeground(0, QBrush(QColor("#374151")))
            c.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tandai(c, 0, i.ikatan)
            it.addChild(c)
    tree.expandToDepth(0)


def _tree(columns: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(columns)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    hh = tree.header()
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    tree.setColumnWidth(2, 140)
    return tree


class TemplatePickerDialog(QDialog):
    """Tick library RHK to add to an SKP; the ones for the employee's jabatan are pre-ticked."""

    def __init__(self, ctx: AppContext, detail: S.SkpDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.result_detail: S.SkpDetail | None = None
        self.applied = 0
        #: set when the SKP was saved elsewhere meanwhile; the editor explains and reloads
        self.conflict: ConflictError | None = None
        self.setWindowTitle(self.tr("Tambah RHK dari pustaka"))
        self.resize(900, 620)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(fmt(self.tr("Centang RHK yang akan ditambahkan ke SKP <b>%1</b> (%2). Indikator dan "
                                     "target ikut disalin dan tetap dapat diubah."), detail.pegawai.nama, detail.pegawai.jabatan or "-")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari jabatan, RHK, atau indikator…"))
        self.search.setClearButtonEnabled(True)
        self.cmb_jab = QComboBox()
        self.cmb_jab.addItem(self.tr("(semua kelompok jabatan)"), None)
        for n in call(self, T.jabatan_names, ctx) or []:
            self.cmb_jab.addItem(n, n)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.cmb_jab)
        lay.addLayout(bar)
        self.tree = _tree([self.tr("Rencana hasil kerja / indikator"), self.tr("Jenis"), self.tr("Indikator / target")])
        lay.addWidget(self.tree, 1)
        self.lbl = QLabel()
        lay.addWidget(self.lbl)
        self.bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.bb.accepted.connect(self.apply)
        self.bb.rejected.connect(self.reject)
        lay.addWidget(self.bb)
        self.suggested: set[int] = set(call(self, T.suggest_for_skp, ctx, detail.id) or [])
        present = {r.teks.casefold() for r in detail.rhk}
        self._all = call(self, T.list_templates, ctx) or []
        # pre-tick the jabatan's RHK not yet in the SKP
        self.checked = self.suggested - {t.id for t in self._all if t.teks.casefold() in present}
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.cmb_jab.currentIndexChanged.connect(self.reload)
        self.tree.itemChanged.connect(self._item_changed)
        # show the employee's jabatan first when it has templates
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        items = call(self, T.list_templates, self.ctx, self.search.text(), self.cmb_jab.currentData()) or []
        if self.suggested:  # the employee's jabatan first
            jab = {t.nama_jabatan for t in self._all if t.id in self.suggested}
            items = [t for t in items if t.nama_jabatan in jab] + [t for t in items if t.nama_jabatan not in jab]
        self.tree.blockSignals(True)
        _fill(self.tree, items, checkable=True, checked=self.checked)
        self.tree.blockSignals(False)
        self._count()

    def _item_changed(self, item: QTreeWidgetItem, _col: int) -> None:
        tid = item.data(0, ROLE_ID)
        if tid is None:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self.checked.add(tid)
        else:
            self.checked.discard(tid)
        self._count()

    def _count(self) -> None:
        n = len(self.checked)
        self.lbl.setText(fmt(self.tr("%1 RHK dipilih"), str(n)))
        ok = self.bb.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(fmt(self.tr("&Tambahkan %1 RHK"), str(n)))
        ok.setEnabled(n > 0)

    def apply(self) -> None:
        order = [t.id for t in self._all if t.id in self.checked]
        d = call(self, S.apply_templates, self.ctx, self.detail.id, order, expected_version=self.detail.version_id,
                 on_conflict=self._conflict)
        if d is not None:
            self.result_detail = d
            self.applied = len(order)
            self.accept()


    def _conflict(self, exc: ConflictError) -> None:
        self.conflict = exc
        self.reject()


class TemplateEditDialog(QDialog):
    """Add or change one library RHK with its indicators."""

    def __init__(self, ctx: AppContext, data: T.TemplateData | None, names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.saved: T.TemplateData | None = None
        self.setWindowTitle(self.tr("Ubah RHK pustaka") if data else self.tr("Tambah RHK pustaka"))
        self.resize(860, 560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cmb_jab = QComboBox()
        self.cmb_jab.setEditable(True)
        self.cmb_jab.addItems(names)
        self.cmb_jab.setCurrentText(data.nama_jabatan if data else "")
        self.cmb_jab.lineEdit().setPlaceholderText(self.tr("mis. Kepala Seksi Pemerintahan, atau 'Semua jabatan'"))
        form.addRow(self.tr("&Jabatan:"), self.cmb_jab)
        self.cmb_jenis = QComboBox()
        self.cmb_jenis.addItem(self.tr("Utama"), JenisRhk.UTAMA.value)
        self.cmb_jenis.addItem(self.tr("Tambahan"), JenisRhk.TAMBAHAN.value)
        if data:
            self.cmb_jenis.setCurrentIndex(max(0, self.cmb_jenis.findData(data.jenis)))
        form.addRow(self.tr("J&enis:"), self.cmb_jenis)
        self.ed_teks = QPlainTextEdit(data.teks if data else "")
        self.ed_teks.setFixedHeight(60)
        self.ed_teks.setTabChangesFocus(True)
        form.addRow(self.tr("&Rencana hasil kerja:"), self.ed_teks)
        self.cmb_persp = QComboBox()
        self.cmb_persp.addItem(self.tr("(hanya untuk JPT — boleh kosong)"), "")
        fill_combo(self.cmb_persp, Perspektif)
        if data:
            self.cmb_persp.setCurrentIndex(max(0, self.cmb_persp.findData(data.perspektif)))
        form.addRow(self.tr("&Perspektif:"), self.cmb_persp)
        lay.addLayout(form)
        self.indicators = IndicatorTable(False, jenis_layanan=lambda: list_jenis_layanan(ctx))
        if data:
            self.indicators.set_values([S.IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min,
                                                         target_max=i.target_max, satuan=i.satuan,
                                                         target_teks=i.target_teks, ikatan=i.ikatan)
                                       for i in data.indikator])
        else:
            self.indicators.add_standard()
        lay.addWidget(self.indicators, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.save)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def save(self) -> None:
        try:
            inds = self.indicators.values()
        except ValueError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        data = T.TemplateInput(nama_jabatan=self.cmb_jab.currentText().strip(), teks=self.ed_teks.toPlainText().strip(),
                               jenis=self.cmb_jenis.currentData(), perspektif=self.cmb_persp.currentData() or "",
                               indikator=inds)
        saved = call(self, T.save_template, self.ctx, data, self.data.id if self.data else None)
        if saved is not None:
            self.saved = saved
            self.accept()


class TemplateLibraryWidget(QWidget):
    """The library tab: browse, search, add, change, delete, restore the examples."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[T.TemplateData] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        info = QLabel(self.tr("RHK siap pakai per jabatan. Saat membuat SKP, RHK untuk jabatan pegawai ditawarkan "
                              "otomatis; operator dapat menambah dan mengubahnya."))
        info.setWordWrap(True)
        lay.addWidget(info)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari jabatan, RHK, atau indikator…"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.btn_add = QPushButton(self.tr("+ &Tambah"))
        self.btn_edit = QPushButton(self.tr("&Ubah"))
        self.btn_del = QPushButton(self.tr("&Hapus"))
        self.btn_restore = QPushButton(self.tr("Pulihkan contoh"))
        self.btn_restore.setToolTip(self.tr("Tambahkan kembali contoh RHK kecamatan yang pernah dihapus"))
        for b in (self.btn_add, self.btn_edit, self.btn_del, self.btn_restore):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.tree = _tree([self.tr("Rencana hasil kerja / indikator"), self.tr("Jenis"), self.tr("Indikator / target")])
        lay.addWidget(self.tree, 1)
        self.lbl = QLabel()
        lay.addWidget(self.lbl)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.btn_add.clicked.connect(lambda: self.edit(None))
        self.btn_edit.clicked.connect(self.edit_selected)
        self.btn_del.clicked.connect(self.delete_selected)
        self.btn_restore.clicked.connect(self.restore)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._buttons)
        can = ctx.actor.can(Permission.SKP_EDIT_ANY)
        for b in (self.btn_add, self.btn_edit, self.btn_del, self.btn_restore):
            b.setVisible(can)
        self._buttons()

    def load(self) -> None:
        self.items = call(self, T.list_templates, self.ctx, self.search.text()) or []
        _fill(self.tree, self.items, checkable=False)
        n_jab = len({t.nama_jabatan for t in self.items})
        self.lbl.setText(fmt(self.tr("%1 RHK untuk %2 jabatan"), str(len(self.items)), str(n_jab)))
        self._buttons()

    def _selected(self) -> T.TemplateData | None:
        it = self.tree.currentItem()
        while it is not None and it.data(0, ROLE_ID) is None and it.parent() is not None:
            it = it.parent()
        tid = it.data(0, ROLE_ID) if it else None
        return next((t for t in self.items if t.id == tid), None)

    def _buttons(self) -> None:
        sel = self._selected() is not None
        self.btn_edit.setEnabled(sel)
        self.btn_del.setEnabled(sel)

    def edit(self, data: T.TemplateData | None) -> None:
        names = sorted({t.nama_jabatan for t in self.items} | set(call(self, T.jabatan_names, self.ctx) or []))
        dlg = TemplateEditDialog(self.ctx, data, names, self)
        if dlg.exec() and dlg.saved:
            self.load()
            notify(self, self.tr("RHK pustaka disimpan."))

    def edit_selected(self) -> None:
        t = self._selected()
        if t is not None and self.ctx.actor.can(Permission.SKP_EDIT_ANY):
            self.edit(t)

    def delete_selected(self) -> None:
        t = self._selected()
        if t is None:
            return
        if confirm(self, self.tr("Hapus RHK pustaka"), fmt(self.tr("Hapus \"%1\" dari pustaka %2? SKP yang sudah memakai "
                                                               "RHK ini tidak berubah."), t.teks[:100], t.nama_jabatan), self.tr("Hapus"), danger=True):
            try:
                T.delete_template(self.ctx, t.id)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                from asn_desktop.ui.errors import show_error

                show_error(self, exc)
            else:
                notify(self, self.tr("RHK pustaka dihapus."))
            self.load()

    def restore(self) -> None:
        n = call(self, T.restore_examples, self.ctx)
        if n is not None:
            self.load()
            notify(self, fmt(self.tr("%1 contoh RHK dipulihkan."), str(n)))
