"""Cascading tree and matriks peran hasil views."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nama import search_key
from asn_desktop.options import FOLDER_EXCEL_SKP
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui import preferences
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.skp.common import (
    STATUS_COLORS,
    call,
    fit_placeholder,
    install_wrap,
    status_brushes,
    status_label,
    wrap_to_width,
)
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.loading import Loader

ROLE_SKP = Qt.ItemDataRole.UserRole
ROLE_KEY = Qt.ItemDataRole.UserRole + 1  # the RHK id; -1 a "…" not read yet; GROUP_* a group
ROLE_PATH = Qt.ItemDataRole.UserRole + 2  # RHK ids from the top down to this one (a cycle in the data stops)
GROUP_ORPHANS = -2
GROUP_NO_SKP = -3

#: Width of one subordinate's column in the matrix; long jabatan names wrap in its header.
SUB_COL_W = 220


class CascadeWidget(QWidget):
    """The cascading of a year: from the Camat's RHK down to each subordinate RHK."""

    open_requested = Signal(int)  # skp id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tahun = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.lbl = QLabel()
        bar.addWidget(self.lbl, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari RHK atau nama…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        fit_placeholder(self.search)
        bar.addWidget(self.search)
        self.btn_expand = QPushButton(self.tr("Buka semua"))
        self.btn_collapse = QPushButton(self.tr("Tutup semua"))
        self.btn_open = QPushButton(self.tr("Buka &SKP"))
        for b in (self.btn_expand, self.btn_collapse, self.btn_open):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Rencana hasil kerja"), self.tr("Pegawai"), self.tr("Jabatan"),
                                   self.tr("Status SKP"), self.tr("Indikator / target")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.tree.header()
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # at 1366×768 the indicator column keeps ~250 px instead of ~160 (it was cut off)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 185)
        self.tree.setColumnWidth(2, 195)
        self.tree.setColumnWidth(3, 90)
        install_wrap(self.tree, {0})
        lay.addWidget(self.tree, 1)
        legend = QLabel(self.tr("<small>Setiap RHK memuat RHK bawahan yang mengintervensinya (cascading, "
                                "PermenPANRB 6/2022). RHK atasan tidak dapat dihapus selama masih diintervensi. "
                                "Klik dua kali untuk membuka SKP.</small>"))
        legend.setWordWrap(True)
        lay.addWidget(legend)
        self.btn_expand.clicked.connect(self._expand_all)
        self.btn_collapse.clicked.connect(self._collapse)
        self.btn_open.clicked.connect(self._open)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self._open())
        self.tree.itemExpanded.connect(self._expanded)
        self.data: S.CascadeAwal | None = None
        self._cari: S.CascadeCari | None = None
        self._bold = QFont()
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self._filter)
        self.loader = Loader(self, self.show_data, over=self.tree, on_error=self._failed)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def load(self, tahun: int) -> None:
        """Read the first view (counts, leaders' RHK, one level below) off the UI thread, then show it."""
        self.tahun = tahun
        ctx = self.ctx
        self.loader.request(lambda: S.cascade_awal(ctx, tahun))

    def _failed(self, exc: BaseException, tb: str) -> None:
        """The year's tree could not be read (database busy or unreadable): said where the totals
        stand, and no tree of the year shown before stays under the one chosen now; F5 reads again."""
        if not isinstance(exc, ServiceError):
            show_error(self, exc, tb)
        self.data = None
        self._cari = None
        self.tree.clear()
        self.lbl.setText(html.escape(fmt(self.tr("%1 Tekan F5 untuk memuat ulang."), error_text(exc))))

    def show_data(self, awal: S.CascadeAwal | None) -> None:
        self.data = awal
        self._cari = None
        if awal is not None:
            r = awal.ringkasan
            self.lbl.setText(fmt(self.tr("<b>Cascading %1</b> · %2 RHK pimpinan · %3 RHK terhubung · "
                                         "%4 belum terhubung"), str(self.tahun), str(r.pimpinan), str(r.terhubung),
                                 str(r.tanpa_induk)))
        if self.search.text().strip():
            self._filter()
        else:
            self._render()

    # Items are made lazily: a node with subordinate RHK (counted in SQL) gets a "…" child, and its
    # children are read when it is expanded, so a regency year opens as fast as a kecamatan.
    def _item(self, n: S.CascadeNode, depth: int, path: tuple[int, ...]) -> QTreeWidgetItem:
        it = QTreeWidgetItem([f"{n.nomor}  {n.teks}", n.pegawai_nama, n.jabatan, status_label(n.status),
                              "; ".join(n.indikator)])
        path = path + (n.rhk_id,)
        it.setData(0, ROLE_SKP, n.skp_id)
        it.setData(0, ROLE_KEY, n.rhk_id)
        it.setData(0, ROLE_PATH, path)
        it.setToolTip(0, n.teks)
        it.setToolTip(4, "\n".join(n.indikator))
        bg, fg = status_brushes(n.status)
        it.setBackground(3, bg)
        it.setForeground(3, fg)
        if depth == 0:
            it.setFont(0, self._bold)
        if n.children:
            it.addChildren([self._item(c, depth + 1, path) for c in n.children if c.rhk_id not in path])
        elif n.jumlah_anak:
            it.addChild(self._placeholder())
        return it

    @staticmethod
    def _placeholder() -> QTreeWidgetItem:
        ph = QTreeWidgetItem(["…"])
        ph.setData(0, ROLE_SKP, 0)
        ph.setData(0, ROLE_KEY, -1)
        return ph

    @staticmethod
    def _unfilled(it: QTreeWidgetItem) -> bool:
        return it.childCount() == 1 and it.child(0).data(0, ROLE_KEY) == -1

    def _fill(self, items: list[QTreeWidgetItem]) -> None:
        """Replace the "…" of ``items`` by their children: one read for all of them (one tree level)."""
        rhk = [it for it in items if it.data(0, ROLE_KEY) not in (None, GROUP_ORPHANS, GROUP_NO_SKP)]
        kids = call(self, S.cascade_anak, self.ctx, self.tahun, [it.data(0, ROLE_KEY) for it in rhk]) if rhk else {}
        if kids is None:
            return
        self.tree.setUpdatesEnabled(False)
        for it in items:
            key = it.data(0, ROLE_KEY)
            it.takeChild(0)
            if key == GROUP_ORPHANS:
                it.addChildren([self._item(c, 1, ()) for c in call(self, S.cascade_tanpa_induk, self.ctx,
                                                                    self.tahun) or []])
            elif key == GROUP_NO_SKP:
                it.addChildren([QTreeWidgetItem([name]) for name in
                                call(self, S.cascade_tanpa_skp, self.ctx, self.tahun) or []])
            else:
                path = tuple(it.data(0, ROLE_PATH) or ())
                it.addChildren([self._item(c, 1, path) for c in kids.get(key, []) if c.rhk_id not in path])
        self.tree.setUpdatesEnabled(True)

    def _expanded(self, it: QTreeWidgetItem) -> None:
        if self._unfilled(it):
            self._fill([it])

    def _group(self, text: str, color: str, key: int, count: int) -> QTreeWidgetItem:
        g = QTreeWidgetItem([fmt(text, str(count))])
        g.setFont(0, self._bold)
        g.setForeground(0, QBrush(QColor(STATUS_COLORS[color][1])))
        g.setData(0, ROLE_KEY, key)
        return g

    def _render(self) -> None:
        self.tree.clear()
        self._bold = QFont()
        self._bold.setBold(True)
        awal = self.data
        if awal is None:
            return
        cari = self._cari
        roots = cari.roots if cari is not None else awal.roots
        orphans = cari.tanpa_induk if cari is not None else awal.tanpa_induk
        names = cari.tanpa_skp if cari is not None else awal.tanpa_skp
        ring = awal.ringkasan
        self.tree.setUpdatesEnabled(False)
        self.tree.addTopLevelItems([self._item(r, 0, ()) for r in roots])
        groups: list[QTreeWidgetItem] = []
        if orphans or (orphans is None and ring.tanpa_induk):
            g = self._group(self.tr("RHK utama yang belum mengintervensi RHK atasan (%1)"), "dikembalikan",
                            GROUP_ORPHANS, ring.tanpa_induk)
            self.tree.addTopLevelItem(g)
            g.setFirstColumnSpanned(True)
            if orphans is None:
                g.addChild(self._placeholder())
            else:
                g.addChildren([self._item(n, 1, ()) for n in orphans])
                groups.append(g)
        if names or (names is None and ring.tanpa_skp):
            g = self._group(self.tr("Pegawai yang belum memiliki SKP tahun ini (%1)"), "belum", GROUP_NO_SKP,
                            ring.tanpa_skp)
            self.tree.addTopLevelItem(g)
            g.setFirstColumnSpanned(True)
            if names is None:
                g.addChild(self._placeholder())
            else:
                g.addChildren([QTreeWidgetItem([name]) for name in names])
                groups.append(g)
        if not ring.pimpinan:
            self.tree.insertTopLevelItem(0, QTreeWidgetItem(
                [fmt(self.tr("Belum ada SKP pimpinan untuk tahun %1."), str(self.tahun))]))
        elif cari is not None and not (cari.roots or cari.tanpa_induk or cari.tanpa_skp):
            self.tree.insertTopLevelItem(0, QTreeWidgetItem([self.tr("Tidak ada RHK atau pegawai yang cocok.")]))
        elif cari is not None and cari.terpotong:
            self.tree.insertTopLevelItem(0, QTreeWidgetItem([fmt(self.tr(
                "Menampilkan %1 RHK pertama yang cocok; ketik lebih lengkap untuk mempersempit."), str(cari.cocok))]))
        self.tree.setUpdatesEnabled(True)
        if cari is not None:  # open the path to every match; matches keep their own "…" closed
            stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            while stack:
                it = stack.pop()
                if it.childCount() and not self._unfilled(it):
                    it.setExpanded(True)
                    stack.extend(it.child(k) for k in range(it.childCount()))
        else:
            for i in range(self.tree.topLevelItemCount()):
                it = self.tree.topLevelItem(i)
                if it.data(0, ROLE_KEY) not in (GROUP_ORPHANS, GROUP_NO_SKP) or it in groups:
                    it.setExpanded(True)

    def _collapse(self) -> None:
        self.tree.collapseAll()

    def _expand_all(self) -> None:
        """Read every lazy level, one query per level, then expand (QTreeView.expandAll does not
        signal per item)."""
        self.tree.setUpdatesEnabled(False)
        level = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while level:
            self._fill([it for it in level if self._unfilled(it)])
            level = [it.child(k) for it in level for k in range(it.childCount())]
        self.tree.setUpdatesEnabled(True)
        self.tree.expandAll()

    def _filter(self) -> None:
        """A search reads the matching RHK with the path above each; an empty one shows the first view."""
        if self.data is None:
            return
        text = self.search.text()
        self._cari = call(self, S.cascade_cari, self.ctx, self.tahun, text) if search_key(text) else None
        self._render()

    def _open(self) -> None:
        it = self.tree.currentItem()
        sid = it.data(0, ROLE_SKP) if it else None
        if sid:
            self.open_requested.emit(sid)


class MatriksWidget(QWidget):
    """Matriks peran hasil of one leader: rows = leader's RHK/IKI, columns = subordinates."""

    open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tahun = 0
        self.m: S.Matriks | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Pimpinan:")))
        self.cmb = QComboBox()
        self.cmb.setMinimumWidth(420)
        bar.itemAt(0).widget().setBuddy(self.cmb)
        bar.addWidget(self.cmb)
        bar.addStretch(1)
        self.btn_export = QPushButton(self.tr("&Ekspor Excel…"))
        bar.addWidget(self.btn_export)
        lay.addLayout(bar)
        self.lbl = QLabel()
        self.lbl.setWordWrap(True)
        lay.addWidget(self.lbl)
        self.table = QTableWidget()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table, 1)
        self.cmb.currentIndexChanged.connect(self._show)
        self.btn_export.clicked.connect(self.export)
        self.table.cellDoubleClicked.connect(self._open)

    def load(self, tahun: int) -> None:
        self.tahun = tahun
        keep = self.cmb.currentData()
        self.cmb.blockSignals(True)
        self.cmb.clear()
        for p in call(self, S.leaders, self.ctx, tahun) or []:
            suffix = "" if p.punya_skp else self.tr(" — belum ada SKP")
            self.cmb.addItem(fmt(self.tr("%1 — %2 (%3 bawahan)%4"), p.nama, p.jabatan, str(p.jumlah_bawahan), suffix), p.pegawai_id)
        self.cmb.setCurrentIndex(max(0, self.cmb.findData(keep)))
        self.cmb.blockSignals(False)
        self._show()

    def select_leader(self, pegawai_id: int) -> None:
        i = self.cmb.findData(pegawai_id)
        if i >= 0:
            self.cmb.setCurrentIndex(i)

    def _show(self) -> None:
        pid = self.cmb.currentData()
        self.table.clear()
        self.table.setRowCount(0)
        self.m = None
        self.btn_export.setEnabled(pid is not None)
        if pid is None:
            self.table.setColumnCount(0)
            self.lbl.setText(self.tr("Belum ada pimpinan dengan bawahan."))
            return
        m = call(self, S.matriks_peran_hasil, self.ctx, pid, self.tahun)
        if m is None:
            return
        self.m = m
        n_sub = len(m.kolom)
        self.table.setColumnCount(3 + n_sub)
        heads = [self.tr("No"), self.tr("RHK pimpinan"), self.tr("Indikator kinerja individu")]
        fm = self.table.horizontalHeader().fontMetrics()
        heads += [wrap_to_width(f"{k.nama}\n{k.jabatan}", fm, SUB_COL_W - 16) for k in m.kolom]
        self.table.setHorizontalHeaderLabels(heads)
        for c, k in enumerate(m.kolom, start=3):
            hi = self.table.horizontalHeaderItem(c)
            bg, fg = status_brushes(k.status)
            hi.setToolTip(f"{k.nama}\n{k.jabatan}\n{status_label(k.status)}")
            hi.setForeground(fg)
        rows = list(m.baris)
        self.table.setRowCount(len(rows) + (1 if any(m.tidak_terhubung) else 0))
        bold = QFont()
        bold.setBold(True)
        for r, b in enumerate(rows):
            no = QTableWidgetItem(b.nomor)
            no.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(r, 0, no)
            t = QTableWidgetItem(b.teks)
            t.setFont(bold)
            self.table.setItem(r, 1, t)
            self.table.setItem(r, 2, QTableWidgetItem("\n".join(b.iki)))
            for c, cell in enumerate(b.sel, start=3):
                it = QTableWidgetItem("\n".join(cell))
                if cell:
                    it.setBackground(QBrush(QColor("#F0FDF4")))
                self.table.setItem(r, c, it)
        if any(m.tidak_terhubung):
            r = len(rows)
            lab = QTableWidgetItem(self.tr("RHK utama bawahan yang belum mengintervensi RHK pimpinan"))
            lab.setForeground(QBrush(QColor("#991B1B")))
            self.table.setItem(r, 1, lab)
            for c, cell in enumerate(m.tidak_terhubung, start=3):
                it = QTableWidgetItem("\n".join(cell))
                if cell:
                    it.setBackground(QBrush(QColor("#FEF2F2")))
                self.table.setItem(r, c, it)
        self.table.setColumnWidth(0, 40)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(2, 240)
        for c in range(3, 3 + n_sub):
            self.table.setColumnWidth(c, SUB_COL_W)
        self.table.horizontalHeader().setMinimumHeight(46)
        self.table.resizeRowsToContents()
        for r in range(self.table.rowCount()):
            self.table.setRowHeight(r, self.table.rowHeight(r) + 8)
        if m.skp_id is None:
            self.lbl.setText(fmt(self.tr("%1 belum memiliki SKP tahun %2: baris matriks kosong."), m.pemimpin_nama, str(self.tahun)))
        else:
            filled = sum(1 for b in m.baris for cell in b.sel if cell)
            self.lbl.setText(fmt(self.tr("%1 RHK pimpinan × %2 bawahan · %3 sel terisi. Klik dua kali sel untuk "
                                     "membuka SKP bawahan."), str(len(m.baris)), str(n_sub), str(filled)))

    def _open(self, _row: int, col: int) -> None:
        if self.m is None:
            return
        if col >= 3:
            sid = self.m.kolom[col - 3].skp_id
        else:
            sid = self.m.skp_id
        if sid:
            self.open_requested.emit(sid)

    def export(self) -> None:
        if self.m is None:
            return
        base = Path(preferences.read(FOLDER_EXCEL_SKP))
        safe = "".join(ch if ch.isalnum() else "_" for ch in self.m.pemimpin_nama.split(",")[0]).strip("_")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor matriks peran hasil"),
                                              str(base / f"Matriks_Peran_Hasil_{self.tahun}_{safe}.xlsx"),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not path:
            return
        out = call(self, S.export_matriks, self.ctx, self.m.pemimpin_id, self.tahun, path)
        if out is not None:
            preferences.write(FOLDER_EXCEL_SKP, str(Path(out).parent))
            tampilkan_hasil(self, self.tr("Matriks peran hasil diekspor."), out,
                            status=fmt(self.tr("Matriks diekspor ke %1"), str(out)))
