"""Area 'SKP' of the main window: overview per unit and year, the SKP editor,
cascading tree, matriks peran hasil, and the RHK library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.services import skp as S
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.loading import LazyTabs
from asn_desktop.ui.pages.base import BasePage
from asn_desktop.ui.skp.cascade import CascadeWidget, MatriksWidget
from asn_desktop.ui.skp.common import call, confirm, notify
from asn_desktop.ui.skp.editor import SkpEditor
from asn_desktop.ui.skp.overview import OverviewWidget, baca_ikhtisar
from asn_desktop.ui.skp.templates import TemplateLibraryWidget
from asn_desktop.ui.i18n import fmt


#: the tabs of the SKP area, in order
IKHTISAR, CASCADING, MATRIKS, PUSTAKA = range(4)


@dataclass
class _Awal:
    """What the first visit shows, read with the page's module (``SkpPage.prefetch``)."""

    tahun: int
    years: list[int]
    overview: Any  # ``baca_ikhtisar``'s result; None: the overview reads (and reports) it itself


class SkpPage(BasePage):
    """The first visit builds the overview alone: the other tabs are built on their first show
    (``ui/loading.LazyTabs``) and the SKP editor when an SKP is first opened."""

    key = "skp"
    watches = Change.SKP | Change.PUSTAKA_RHK | Change.PERIODE | Change.PEGAWAI | Change.ORGANISASI

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SkpPage", "SKP")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tahun: int | None = None  # the year shown: ``default_year`` until one is chosen
        self._stale: set[int] = set()
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lbl_head = QLabel(self.tr("<h2 style='margin:0'>Sasaran Kinerja Pegawai</h2>"))
        top.addWidget(self.lbl_head)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("&Tahun:")))
        self.cmb_tahun = QComboBox()
        top.itemAt(top.count() - 1).widget().setBuddy(self.cmb_tahun)
        top.addWidget(self.cmb_tahun)
        self.btn_reload = QPushButton(self.tr("Muat ulang"))
        self.btn_reload.setToolTip(self.tr("F5"))
        top.addWidget(self.btn_reload)
        lay.addLayout(top)

        self.stack = QStackedWidget()
        self.tabs = LazyTabs()
        self.overview = OverviewWidget(ctx)
        self.tabs.addTab(self.overview, self.tr("Ikhtisar"))
        self.tabs.add_lazy(self._make_cascade, self.tr("Cascading"), "cascade")
        self.tabs.add_lazy(self._make_matriks, self.tr("Matriks peran hasil"), "matriks")
        self.tabs.add_lazy(lambda: TemplateLibraryWidget(ctx), self.tr("Pustaka RHK"), "library")
        self._editor: SkpEditor | None = None
        self.stack.addWidget(self.tabs)
        lay.addWidget(self.stack, 1)

        self.cmb_tahun.currentIndexChanged.connect(self._year_changed)
        self.btn_reload.clicked.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.overview.open_requested.connect(self.open_skp)
        self.overview.create_requested.connect(self.create_for)
        self.overview.pdf_requested.connect(self.print_skp)
        self.overview.bulk_create_requested.connect(self.bulk_create)
        self.overview.bulk_pdf_requested.connect(self.bulk_pdf)
        self.overview.bulk_submit_requested.connect(self.bulk_submit)
        self._nav_ids: list[int] = []
        self.stack.currentChanged.connect(lambda _i: self.undo_changed.emit())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

    @classmethod
    def prefetch(cls, ctx: AppContext) -> _Awal:
        """The year, the years to choose from and the overview of the first view, off the UI thread:
        while they are read the window only waits; then the page is built and shows them."""
        tahun = S.default_year(ctx)
        try:
            ov = baca_ikhtisar(ctx, tahun)
        except ServiceError:
            ov = None
        return _Awal(tahun, S.available_years(ctx), ov)

    def use_prefetched(self, data: Any) -> None:
        super().use_prefetched(data)
        if isinstance(data, _Awal) and self._tahun is None:
            self._tahun = data.tahun

    @property
    def tahun(self) -> int:
        if self._tahun is None:
            self._tahun = S.default_year(self.ctx)
        return self._tahun

    @tahun.setter
    def tahun(self, value: int) -> None:
        self._tahun = value

    # -- the parts built when first needed ------------------------------------------------------
    def _make_cascade(self) -> CascadeWidget:
        w = CascadeWidget(self.ctx)
        w.open_requested.connect(self.open_skp)
        return w

    def _make_matriks(self) -> MatriksWidget:
        w = MatriksWidget(self.ctx)
        w.open_requested.connect(self.open_skp)
        return w

    @property
    def cascade(self) -> CascadeWidget:
        return self.tabs.widget(CASCADING)  # type: ignore[return-value]

    @property
    def matriks(self) -> MatriksWidget:
        return self.tabs.widget(MATRIKS)  # type: ignore[return-value]

    @property
    def library(self) -> TemplateLibraryWidget:
        return self.tabs.widget(PUSTAKA)  # type: ignore[return-value]

    @property
    def editor(self) -> SkpEditor:
        """The SKP editor, built when an SKP is first opened (most visits only look at the overview)."""
        if self._editor is None:
            ed = self._editor = SkpEditor(self.ctx)
            ed.back_requested.connect(self.show_home)
            ed.navigate.connect(self._navigate)
            ed.changed.connect(lambda _sid: self._stale.update({IKHTISAR, CASCADING, MATRIKS}))
            ed.history.changed.connect(self.undo_changed)
            self.stack.addWidget(ed)
        return self._editor

    def _in_editor(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    # -- Edit › Urungkan / Ulangi: edits of the SKP open in the editor --------------------
    def _editing(self) -> bool:
        return self._in_editor() and self.editor.detail is not None

    def undo_text(self) -> str:
        return self.editor.history.undo_text() if self._editing() else ""

    def redo_text(self) -> str:
        return self.editor.history.redo_text() if self._editing() else ""

    def undo(self) -> None:
        if self._editing():
            self.editor.undo()

    def redo(self) -> None:
        if self._editing():
            self.editor.redo()

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        if self._editor is not None:
            self._editor.forget_people()  # employees may have changed in another area
        pre = self.take_prefetched()
        first = pre if isinstance(pre, _Awal) and pre.tahun == self.tahun else None
        self._fill_years(first.years if first else None)
        self._stale = {IKHTISAR, CASCADING, MATRIKS, PUSTAKA}
        if first is not None and first.overview is not None and self.tabs.currentIndex() == IKHTISAR:
            self._stale.discard(IKHTISAR)
            self.overview.load(self.tahun, fetched=first.overview)
        else:
            self._load_tab(self.tabs.currentIndex())
        if self._in_editor() and self.editor.detail is not None:
            self.editor.load(self.editor.detail.id)

    def apply_changes(self, changes: Change) -> None:
        """The RHK library alone changed: only its tab is read again; else the area, as on F5."""
        if changes == Change.PUSTAKA_RHK:
            self._stale.add(PUSTAKA)
            if self.tabs.currentIndex() == PUSTAKA:
                self._load_tab(self.tabs.currentIndex())
            return
        self.load()

    def _fill_years(self, known: list[int] | None = None) -> None:
        years = set(known if known is not None else S.available_years(self.ctx)) | {self.tahun, self.tahun + 1}
        self.cmb_tahun.blockSignals(True)
        self.cmb_tahun.clear()
        for y in sorted(years, reverse=True):
            self.cmb_tahun.addItem(str(y), y)
        self.cmb_tahun.setCurrentIndex(max(0, self.cmb_tahun.findData(self.tahun)))
        self.cmb_tahun.blockSignals(False)

    def _year_changed(self) -> None:
        y = self.cmb_tahun.currentData()
        if y is None or y == self.tahun:
            return
        self.tahun = y
        self._stale = {IKHTISAR, CASCADING, MATRIKS}
        if self._in_editor():
            if not self.editor.maybe_save():
                return
            self.stack.setCurrentWidget(self.tabs)
        self._load_tab(self.tabs.currentIndex())

    def _tab_changed(self, idx: int) -> None:
        if idx in self._stale:
            self._load_tab(idx)

    def _load_tab(self, idx: int) -> None:
        self._stale.discard(idx)
        if idx == IKHTISAR:
            call(self, self.overview.load, self.tahun)
        elif idx == CASCADING:
            self.cascade.load(self.tahun)
        elif idx == MATRIKS:
            self.matriks.load(self.tahun)
        elif idx == PUSTAKA:
            self.library.load()

    def refresh(self) -> None:
        if self._in_editor():
            if self.editor.detail is not None and self.editor.maybe_save():
                self.editor.load(self.editor.detail.id)
            return
        self._fill_years()
        self._stale = {IKHTISAR, CASCADING, MATRIKS, PUSTAKA}
        self._load_tab(self.tabs.currentIndex())

    # -- navigation ------------------------------------------------------------------------
    def open_skp(self, skp_id: int, *, keep_list: bool = False) -> None:
        if self._in_editor() and not keep_list and not self.editor.maybe_save():
            return
        if not keep_list:
            # the overview's current order (filter, sort) drives ◀ ▶ in the editor
            ids = self.overview.visible_skp_ids() if self.sender() is self.overview else []
            self._nav_ids = ids if skp_id in ids else []
        if self.editor.load(skp_id):
            self.stack.setCurrentWidget(self.editor)
            self.editor.tabs.setCurrentIndex(1)
            self.editor.tree.setFocus()
            pos = self._nav_ids.index(skp_id) if skp_id in self._nav_ids else -1
            self.editor.set_position(pos, len(self._nav_ids))

    def _navigate(self, delta: int) -> None:
        cur = self.editor.detail.id if self.editor.detail else None
        if cur not in self._nav_ids:
            return
        i = self._nav_ids.index(cur) + delta
        if 0 <= i < len(self._nav_ids):
            self.open_skp(self._nav_ids[i], keep_list=True)

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        sid = self.editor.detail.pegawai_id if self.editor.detail else None
        if self.tabs.currentIndex() in self._stale:
            self._load_tab(self.tabs.currentIndex())
        if sid is not None and self.tabs.currentIndex() == IKHTISAR:
            self.overview.select_pegawai(sid)
            self.overview.table.setFocus()

    # -- actions -----------------------------------------------------------------------------
    def create_for(self, pegawai_id: int) -> None:
        from asn_desktop.ui.skp.dialogs import CreateSkpDialog

        people = {p.id: p for p in (call(self, S.pegawai_choices, self.ctx) or [])}
        p = people.get(pegawai_id)
        if p is None:
            return
        dlg = CreateSkpDialog(self.ctx, p, self.tahun, self)
        if not dlg.exec():
            return
        res = dlg.create()
        if res is None:
            return
        sid, msg = res
        notify(self, msg)
        self._stale = {IKHTISAR, CASCADING, MATRIKS}
        self.open_skp(sid)

    def bulk_submit(self, unit_id: int | None) -> None:
        ids = self.overview.skp_ids_of_unit(unit_id, "draft") + self.overview.skp_ids_of_unit(unit_id, "dikembalikan")
        if not ids:
            QMessageBox.information(self, self.tr("Ajukan massal"),
                                    self.tr("Tidak ada SKP Draft atau Dikembalikan pada unit ini."))
            return
        if not confirm(self, self.tr("Ajukan massal"),
                       fmt(self.tr("Ajukan %1 SKP (Draft/Dikembalikan) kepada pejabat penilai masing-masing? SKP yang "
                               "belum lengkap dilewati dan dilaporkan."), str(len(ids))),
                       self.tr("Ajukan")):
            return

        def done(res: S.BulkSubmitResult) -> None:
            text = self.tr("%n SKP diajukan.", "", len(res.diajukan))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Ajukan massal"), text, parent=self)
            if res.gagal:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setInformativeText(fmt(self.tr("%1 SKP belum dapat diajukan (lihat detail)."), str(len(res.gagal))))
                box.setDetailedText("\n".join(res.gagal))
            box.exec()
            notify(self, text)
            self._stale = {IKHTISAR, CASCADING, MATRIKS}
            self._load_tab(self.tabs.currentIndex())

        run_job(self, self.tr("Mengajukan SKP…"), lambda progress: S.bulk_submit(self.ctx, ids, progress=progress),
                done)

    def print_skp(self, skp_id: int) -> None:
        from asn_desktop.ui.skp.dialogs import PrintDialog

        dlg = call(self, PrintDialog, self.ctx, skp_id, self)
        if dlg is not None:
            dlg.exec()

    def bulk_create(self, unit_id: int | None) -> None:
        from asn_desktop.ui.skp.dialogs import BulkCreateDialog

        data = self.overview.data
        dlg = BulkCreateDialog(data.units if data else [], unit_id, self.tahun, self)
        if not dlg.exec():
            return
        unit = dlg.cmb_unit.currentData()
        tahun = dlg.spin_tahun.value()
        kwargs = dict(include_subunits=dlg.chk_sub.isChecked(), salin_tahun_lalu=dlg.chk_copy.isChecked(),
                      pakai_pustaka=dlg.chk_tpl.isChecked(), pendekatan=dlg.cmb_pendekatan.currentData())

        def done(res: S.BulkResult) -> None:
            lines = [self.tr("%n SKP dibuat (Draft).", "", len(res.dibuat))]
            if res.disalin:
                lines.append(fmt(self.tr("• %1 disalin dari tahun sebelumnya"), str(res.disalin)))
            if res.dari_pustaka:
                lines.append(fmt(self.tr("• %1 diisi dari pustaka RHK"), str(res.dari_pustaka)))
            if res.kosong:
                lines.append(fmt(self.tr("• %1 kosong"), str(res.kosong)))
            if res.dilewati:
                lines.append(fmt(self.tr("%1 pegawai dilewati (sudah memiliki SKP atau di luar kewenangan)."), str(len(res.dilewati))))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Buat SKP massal"), "\n".join(lines), parent=self)
            if res.dilewati:
                box.setDetailedText("\n".join(res.dilewati))
            box.exec()
            notify(self, lines[0])
            if tahun != self.tahun:
                self.tahun = tahun
                self._fill_years()
            self._stale = {IKHTISAR, CASCADING, MATRIKS}
            self._load_tab(self.tabs.currentIndex())

        run_job(self, self.tr("Membuat SKP…"),
                lambda progress: S.bulk_create(self.ctx, unit, tahun, progress=progress, **kwargs), done)

    def bulk_pdf(self, unit_id: int | None) -> None:
        from asn_desktop.ui.skp.dialogs import BulkPdfDialog

        data = self.overview.data
        dlg = BulkPdfDialog(data.units if data else [], unit_id, self)
        if not dlg.exec():
            return
        ids = self.overview.skp_ids_of_unit(dlg.cmb_unit.currentData(), dlg.cmb_status.currentData())
        if not ids:
            QMessageBox.information(self, dlg.windowTitle(), self.tr("Tidak ada SKP yang cocok untuk dicetak."))
            return
        folder = Path(dlg.ed_folder.text().strip()) / f"SKP {self.tahun}"
        ukuran = dlg.cmb_size.currentData()

        def done(res: S.BulkPdfResult) -> None:
            text = fmt(self.tr("%1 PDF disimpan di:\n%2"), str(len(res.files)), str(res.folder))
            if not res.gagal:  # all written: the same non-blocking result message as every other save
                tampilkan_hasil(self, fmt(self.tr("%1 PDF SKP disimpan."), str(len(res.files))), res.folder,
                                status=text.replace("\n", " "))
                return
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("PDF SKP massal"), text, parent=self)
            if res.gagal:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setInformativeText(fmt(self.tr("%1 gagal (lihat detail)."), str(len(res.gagal))))
                box.setDetailedText("\n".join(res.gagal))
            open_btn = box.addButton(self.tr("Buka folder"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_btn:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(res.folder)))
            notify(self, text.replace("\n", " "))

        run_job(self, self.tr("Membuat PDF SKP…"),
                lambda progress: S.bulk_pdf(self.ctx, ids, folder, ukuran=ukuran, progress=progress), done,
                modal=False)

    def can_bulk(self) -> bool:
        return self.ctx.actor.can(Permission.SKP_EDIT_ANY)
