"""The SKP editor: header with status and workflow buttons, and five tabs —
Identitas, Hasil Kerja (RHK/indicator tree), Perilaku, Lampiran, Riwayat."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisRhk, JenisSkp, Pendekatan
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.roles import Permission
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ConflictError, ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.hanya_baca import HANYA_BACA_BG, tampil_hanya_baca
from asn_desktop.ui.labels import label
from asn_desktop.ui.skp import undo as U
from asn_desktop.ui.skp.common import call, confirm, install_wrap, make_badge, notify, set_badge, status_label
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.ukuran import tandai
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.undo import RecordHistory, ServiceCommand

R = TypeVar("R")

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _wrap_label(text: str = "") -> QLabel:
    lbl = QLabel(text)
    lbl.setWordWrap(True)
    lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lbl


class PersonBox(QGroupBox):
    """Read-only snapshot of one person as printed on the SKP."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.lbl = {k: _wrap_label() for k in ("nama", "nip", "pangkat", "jabatan", "unit")}
        form.addRow(self.tr("Nama:"), self.lbl["nama"])
        form.addRow(self.tr("NIP:"), self.lbl["nip"])
        form.addRow(self.tr("Pangkat/Gol.:"), self.lbl["pangkat"])
        form.addRow(self.tr("Jabatan:"), self.lbl["jabatan"])
        form.addRow(self.tr("Unit kerja:"), self.lbl["unit"])

    def show_person(self, p: S.PersonSnap) -> None:
        dash = "—"
        self.lbl["nama"].setText(f"<b>{p.nama}</b>" if p.nama else dash)
        self.lbl["nip"].setText(format_nip(p.nip) if p.nip else dash)
        self.lbl["pangkat"].setText(p.pangkat or dash)
        self.lbl["jabatan"].setText(p.jabatan or dash)
        self.lbl["unit"].setText(p.unit or dash)


class SkpEditor(QWidget):
    """Edits one SKP through the services; every change is saved at once (except the
    text tabs, which have their own Simpan button and ask before leaving)."""

    back_requested = Signal()
    changed = Signal(int)  # skp id (after any write)
    navigate = Signal(int)  # -1 previous / +1 next SKP of the overview list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: S.SkpDetail | None = None
        self._people: list[S.PegawaiPilihan] | None = None
        self._dirty_perilaku = False
        self._dirty_lampiran = False
        self._loading = False
        #: undo history per SKP for this session (Edit menu; ui/undo.py)
        self.history = RecordHistory(self)
        self.dlg_undo_refused: QMessageBox | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # -- header
        head = QHBoxLayout()
        self.btn_back = QToolButton()
        self.btn_back.setText(self.tr("← Daftar"))
        self.btn_back.setToolTip(self.tr("Kembali ke ikhtisar (Esc)"))
        self.btn_back.clicked.connect(self.request_back)
        head.addWidget(self.btn_back)
        self.lbl_title = QLabel()
        self.lbl_title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.lbl_title, 1)
        self.badge = make_badge("draft")
        head.addWidget(self.badge)
        self.btn_prev = QToolButton()
        self.btn_prev.setText("◀")
        self.btn_prev.setToolTip(self.tr("SKP sebelumnya dalam daftar (Ctrl+PgUp)"))
        self.btn_next = QToolButton()
        self.btn_next.setText("▶")
        self.btn_next.setToolTip(self.tr("SKP berikutnya dalam daftar (Ctrl+PgDown)"))
        self.lbl_pos = QLabel()
        self.btn_prev.clicked.connect(lambda: self._nav(-1))
        self.btn_next.clicked.connect(lambda: self._nav(1))
        head.addSpacing(12)
        head.addWidget(self.btn_prev)
        head.addWidget(self.lbl_pos)
        head.addWidget(self.btn_next)
        lay.addLayout(head)

        actions = QHBoxLayout()
        self.btn_submit = QPushButton(self.tr("&Ajukan"))
        self.btn_submit.setToolTip(self.tr("Ajukan kepada pejabat penilai (Ctrl+Enter)"))
        self.btn_withdraw = QPushButton(self.tr("&Tarik pengajuan"))
        self.btn_approve = QPushButton(self.tr("Set&ujui"))
        self.btn_return = QPushButton(self.tr("&Kembalikan…"))
        self.btn_revise = QPushButton(self.tr("&Revisi (versi baru)…"))
        self.btn_revise.setToolTip(self.tr("SKP yang disetujui tidak dapat diubah: revisi membuat versi baru, versi "
                                           "lama tetap tersimpan"))
        self.btn_print = QPushButton(self.tr("&Cetak / PDF…"))
        self.btn_print.setToolTip(self.tr("Pratinjau, cetak, atau simpan PDF (Ctrl+P)"))
        self.btn_delete = QPushButton(self.tr("Hapus draft"))
        self.btn_approve.setStyleSheet("QPushButton { font-weight: 600; }")
        self.btn_submit.setStyleSheet("QPushButton { font-weight: 600; }")
        for b in (self.btn_submit, self.btn_withdraw, self.btn_approve, self.btn_return, self.btn_revise):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.btn_print)
        actions.addWidget(self.btn_delete)
        lay.addLayout(actions)
        self.btn_submit.clicked.connect(self.submit)
        self.btn_withdraw.clicked.connect(self.withdraw)
        self.btn_approve.clicked.connect(self.approve)
        self.btn_return.clicked.connect(self.return_)
        self.btn_revise.clicked.connect(self.revise)
        self.btn_print.clicked.connect(self.print_)
        self.btn_delete.clicked.connect(self.delete)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()
        lay.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_identitas(), self.tr("&1 Identitas"))
        self.tabs.addTab(self._build_hasil(), self.tr("&2 Hasil Kerja"))
        self.tabs.addTab(self._build_perilaku(), self.tr("&3 Perilaku"))
        self.tabs.addTab(self._build_lampiran(), self.tr("&4 Lampiran"))
        self.tabs.addTab(self._build_riwayat(), self.tr("&5 Riwayat"))
        lay.addWidget(self.tabs, 1)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.request_back)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._submit_if_enabled)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_current_tab)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self._nav(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self._nav(1))

    def set_position(self, index: int, total: int) -> None:
        """Where this SKP is in the overview list ("3 / 12"); hidden when unknown."""
        known = total > 0 and index >= 0
        for w in (self.btn_prev, self.btn_next, self.lbl_pos):
            w.setVisible(known)
        if known:
            self.lbl_pos.setText(f"{index + 1} / {total}")
            self.btn_prev.setEnabled(index > 0)
            self.btn_next.setEnabled(index < total - 1)

    def _nav(self, delta: int) -> None:
        if self.btn_prev.isVisible() and self.maybe_save():
            self.navigate.emit(delta)

    # =============================================================================== tabs
    def _build_identitas(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.grp_setting = QGroupBox(self.tr("Pengaturan SKP"))
        form = QFormLayout(self.grp_setting)
        row = QHBoxLayout()
        self.rb_kuan = QRadioButton(self.tr("Kuantitatif"))
        self.rb_kual = QRadioButton(self.tr("Kualitatif"))
        self.pend_group = QButtonGroup(self)
        self.pend_group.addButton(self.rb_kuan)
        self.pend_group.addButton(self.rb_kual)
        row.addWidget(self.rb_kuan)
        row.addWidget(self.rb_kual)
        row.addStretch(1)
        form.addRow(self.tr("Pendekatan hasil kerja:"), row)
        self.cmb_jenis = QComboBox()
        self.cmb_jenis.addItem(self.tr("Non-JPT (administrasi / fungsional)"), JenisSkp.NON_JPT.value)
        self.cmb_jenis.addItem(self.tr("JPT / pimpinan unit kerja (dengan perspektif)"), JenisSkp.JPT.value)
        form.addRow(self.tr("Format:"), self.cmb_jenis)
        self.cmb_penilai = QComboBox()
        self.cmb_penilai.setEditable(True)
        self.cmb_penilai.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cmb_penilai.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        form.addRow(self.tr("Pejabat penilai:"), self.cmb_penilai)
        self.ed_ttd = QLineEdit()
        self.ed_ttd.setPlaceholderText(self.tr("mis. Kupang, 2 Januari 2026 (kosong: diisi saat disetujui)"))
        form.addRow(self.tr("Tempat, tanggal tanda tangan:"), self.ed_ttd)
        self.lbl_periode = QLabel()
        form.addRow(self.tr("Periode penilaian:"), self.lbl_periode)
        btns = QHBoxLayout()
        self.btn_save_header = QPushButton(self.tr("Simpan pengaturan"))
        self.btn_save_header.clicked.connect(self.save_header)
        btns.addWidget(self.btn_save_header)
        btns.addStretch(1)
        form.addRow("", btns)
        lay.addWidget(self.grp_setting)

        self.lbl_snapshot = QLabel()
        self.lbl_snapshot.setWordWrap(True)
        self.btn_refresh = QPushButton(self.tr("Perbarui dari data pegawai"))
        self.btn_refresh.setToolTip(self.tr("Ambil ulang nama, NIP, pangkat, jabatan, dan unit dari data pegawai "
                                            "(hanya selama SKP belum diajukan)"))
        self.btn_refresh.clicked.connect(self.refresh_snapshots)
        srow = QHBoxLayout()
        srow.addWidget(self.lbl_snapshot, 1)
        srow.addWidget(self.btn_refresh)
        lay.addLayout(srow)
        people = QGridLayout()
        self.box_pegawai = PersonBox(self.tr("Pegawai yang dinilai"))
        self.box_penilai = PersonBox(self.tr("Pejabat penilai kinerja"))
        self.box_atasan = PersonBox(self.tr("Atasan pejabat penilai"))
        people.addWidget(self.box_pegawai, 0, 0)
        people.addWidget(self.box_penilai, 0, 1)
        people.addWidget(self.box_atasan, 0, 2)
        lay.addLayout(people)
        note = QLabel(self.tr("<small>Data di atas adalah <i>snapshot</i> yang dicetak pada SKP: kenaikan pangkat "
                              "atau mutasi kemudian tidak mengubah SKP yang sudah ditandatangani.</small>"))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addStretch(1)
        return w

    def _build_hasil(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.btn_add_rhk = QPushButton(self.tr("+ &RHK"))
        self.btn_add_rhk.setToolTip(self.tr("Tambah RHK (Ins)"))
        self.btn_from_lib = QPushButton(self.tr("Dari &pustaka…"))
        self.btn_from_lib.setToolTip(self.tr("Tambah RHK siap pakai sesuai jabatan"))
        self.btn_edit_rhk = QPushButton(self.tr("&Ubah"))
        self.btn_edit_rhk.setToolTip(self.tr("Ubah RHK terpilih (Enter / F2)"))
        self.btn_del_rhk = QPushButton(self.tr("&Hapus"))
        self.btn_del_rhk.setToolTip(self.tr("Hapus RHK atau indikator terpilih (Del)"))
        self.btn_up = QPushButton(self.tr("▲ Naik"))
        self.btn_up.setToolTip(self.tr("Ctrl+Atas"))
        self.btn_down = QPushButton(self.tr("▼ Turun"))
        self.btn_down.setToolTip(self.tr("Ctrl+Bawah"))
        self.btn_to_lib = QPushButton(self.tr("Simpan ke pustaka…"))
        for b in (self.btn_add_rhk, self.btn_from_lib, self.btn_edit_rhk, self.btn_del_rhk, self.btn_up,
                  self.btn_down):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.btn_to_lib)
        lay.addLayout(bar)
        self.btn_add_rhk.clicked.connect(lambda: self.edit_rhk(None))
        self.btn_from_lib.clicked.connect(self.from_library)
        self.btn_edit_rhk.clicked.connect(self.edit_selected)
        self.btn_del_rhk.clicked.connect(self.delete_selected)
        self.btn_up.clicked.connect(lambda: self.move_selected(-1))
        self.btn_down.clicked.connect(lambda: self.move_selected(1))
        self.btn_to_lib.clicked.connect(self.to_library)

        split = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, wd in ((1, 80), (2, 120), (3, 270), (4, 70)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(c, wd)
        fit_header_texts(hh)
        install_wrap(self.tree, {0, 3})
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._update_rhk_buttons)
        split.addWidget(self.tree)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(140)
        self.problems.itemDoubleClicked.connect(self._goto_problem)
        split.addWidget(self.problems)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 90])
        lay.addWidget(split, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.tree, activated=lambda: self.edit_rhk(None))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, activated=self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree, activated=self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.tree, activated=self.edit_selected)
        QShortcut(QKeySequence("Ctrl+Up"), self.tree, activated=lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.tree, activated=lambda: self.move_selected(1))
        return w

    def _build_perilaku(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        info = QLabel(self.tr("Nilai dasar BerAKHLAK (UU 20/2023) dengan panduan perilaku — tetap, tidak diubah. "
                              "Pimpinan dapat menambahkan <b>ekspektasi khusus</b> per nilai (isi '-' bila tidak ada)."))
        info.setWordWrap(True)
        lay.addWidget(info)
        self.tbl_perilaku = QTableWidget(0, 3)
        self.tbl_perilaku.setHorizontalHeaderLabels([self.tr("No"), self.tr("Perilaku kerja dan panduan"),
                                                     self.tr("Ekspektasi khusus pimpinan")])
        self.tbl_perilaku.verticalHeader().hide()
        self.tbl_perilaku.setWordWrap(True)
        self.tbl_perilaku.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        hh = self.tbl_perilaku.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tbl_perilaku.itemChanged.connect(self._perilaku_edited)
        lay.addWidget(self.tbl_perilaku, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.btn_save_perilaku = QPushButton(self.tr("&Simpan ekspektasi"))
        self.btn_save_perilaku.setToolTip(self.tr("Ctrl+S"))
        self.btn_save_perilaku.clicked.connect(self.save_perilaku)
        row.addWidget(self.btn_save_perilaku)
        lay.addLayout(row)
        return w

    def _build_lampiran(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.ed_lampiran: dict[str, QPlainTextEdit] = {}
        for key, title, hint in (
            ("dukungan", self.tr("1. Dukungan sumber daya"),
             self.tr("mis. Anggaran DPA kecamatan; sarana komputer dan jaringan internet")),
            ("skema", self.tr("2. Skema pertanggungjawaban"),
             self.tr("mis. Laporan bulanan kepada atasan langsung")),
            ("konsekuensi", self.tr("3. Konsekuensi"),
             self.tr("mis. Sesuai ketentuan peraturan perundang-undangan")),
        ):
            lay.addWidget(QLabel(f"<b>{title}</b>"))
            ed = QPlainTextEdit()
            ed.setPlaceholderText(hint)
            ed.setTabChangesFocus(True)
            ed.textChanged.connect(self._lampiran_edited)
            self.ed_lampiran[key] = ed
            lay.addWidget(ed, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.btn_save_lampiran = QPushButton(self.tr("&Simpan lampiran"))
        self.btn_save_lampiran.setToolTip(self.tr("Ctrl+S"))
        self.btn_save_lampiran.clicked.connect(self.save_lampiran)
        row.addWidget(self.btn_save_lampiran)
        lay.addLayout(row)
        return w

    def _build_riwayat(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("<b>Riwayat status</b> (siapa, kapan, catatan)")))
        self.tbl_log = QTableWidget(0, 4)
        self.tbl_log.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Perubahan status"), self.tr("Oleh"),
                                                self.tr("Catatan")])
        self.tbl_log.verticalHeader().hide()
        self.tbl_log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_log.setWordWrap(True)
        hh = self.tbl_log.horizontalHeader()
        for c in range(3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.tbl_log, 2)
        lay.addWidget(QLabel(self.tr("<b>Versi SKP tahun ini</b> (klik dua kali untuk membuka)")))
        self.lst_versi = QListWidget()
        self.lst_versi.itemDoubleClicked.connect(self._open_version)
        self.lst_versi.setMaximumHeight(130)
        lay.addWidget(self.lst_versi, 1)
        return w

    # =============================================================================== load
    def load(self, skp_id: int) -> bool:
        d = call(self, S.get_skp, self.ctx, skp_id)
        if d is None:
            return False
        self.show_detail(d)
        return True

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)
            self.changed.emit(self.detail.id)

    def show_detail(self, d: S.SkpDetail) -> None:
        self._loading = True
        self.detail = d
        self.history.show(d.id, d.version_id)
        ver = fmt(self.tr(" · versi %1"), str(d.versi)) if d.versi > 1 or len(d.versi_lain) > 1 else ""
        self.lbl_title.setText(
            f"<span style='font-size:15pt; font-weight:600;'>{d.pegawai.nama}</span><br>"
            + fmt(self.tr("SKP %1%2 · %3 · %4"), str(d.tahun), ver, d.pegawai.jabatan or "-", self.tr("JPT") if d.is_jpt else self.tr("non-JPT")))
        set_badge(self.badge, d.status)
        self._banner(d)
        self._fill_identitas(d)
        self._fill_tree(d)
        self._fill_perilaku(d)
        self._fill_lampiran(d)
        self._fill_riwayat(d)
        self._fill_problems()
        self._mirror(d)
        self._loading = False
        self._dirty_perilaku = self._dirty_lampiran = False

    def _banner(self, d: S.SkpDetail) -> None:
        if d.status == "dikembalikan":
            last = next((x for x in reversed(d.riwayat) if x.ke_status == "dikembalikan"), None)
            who = " " + fmt(self.tr("oleh %1"), last.username) if last else ""
            self.banner.setText(fmt(self.tr("<b>Dikembalikan%1:</b> %2 — perbaiki lalu ajukan kembali."), who, d.catatan_pengembalian))
            self.banner.setStyleSheet("QLabel { background:#FEE2E2; color:#991B1B; padding:6px; border-radius:4px; }")
            self.banner.show()
        elif d.status == "diajukan":
            self.banner.setText(fmt(self.tr("Menunggu persetujuan pejabat penilai (%1). Isi SKP terkunci selama diajukan."), d.penilai.nama or "-"))
            self.banner.setStyleSheet("QLabel { background:#DBEAFE; color:#1E40AF; padding:6px; border-radius:4px; }")
            self.banner.show()
        elif d.status == "disetujui":
            self.banner.setText(fmt(self.tr("Disetujui %1 oleh %2. SKP terkunci; perubahan dibuat melalui Revisi (versi "
                                        "baru)."), d.disetujui_pada.strftime("%d-%m-%Y %H:%M")
                                                          if d.disetujui_pada else "", d.disetujui_oleh or "-"))
            self.banner.setStyleSheet("QLabel { background:#DCFCE7; color:#166534; padding:6px; border-radius:4px; }")
            self.banner.show()
        elif d.status == "diganti":
            self.banner.setText(self.tr("Versi ini sudah diganti versi yang lebih baru dan hanya dapat dibaca. "
                                        "Evaluasi yang dibuat pada versi ini tetap merujuk ke versi ini."))
            self.banner.setStyleSheet("QLabel { background:#E5E7EB; color:#374151; padding:6px; border-radius:4px; }")
            self.banner.show()
        else:
            self.banner.hide()

    def forget_people(self) -> None:
        """Employees may have changed in another area: read the penilai choices again at the next fill."""
        self._people = None

    def _fill_identitas(self, d: S.SkpDetail) -> None:
        (self.rb_kual if d.is_kualitatif else self.rb_kuan).setChecked(True)
        self.cmb_jenis.setCurrentIndex(max(0, self.cmb_jenis.findData(d.jenis_skp)))
        if self._people is None:
            # only an Operator/Admin may name a pejabat penilai other than the atasan (services/skp.py)
            self._people = S.pegawai_choices(self.ctx) if self.ctx.actor.can(Permission.SKP_EDIT_ANY) else []
        self.cmb_penilai.clear()
        self.cmb_penilai.addItem(fmt(self.tr("(di luar basis data — %1)"), d.penilai.nama or "-")
                                 if d.pejabat_penilai_id is None else self.tr("(tidak ada)"), None)
        for p in self._people:
            if p.id != d.pegawai_id:
                self.cmb_penilai.addItem(f"{p.nama} — {p.jabatan}", p.id)
        if d.pejabat_penilai_id is not None and self.cmb_penilai.findData(d.pejabat_penilai_id) < 0:
            self.cmb_penilai.addItem(f"{d.penilai.nama} — {d.penilai.jabatan}", d.pejabat_penilai_id)
        self.cmb_penilai.setCurrentIndex(max(0, self.cmb_penilai.findData(d.pejabat_penilai_id)))
        self.ed_ttd.setText(d.tempat_tanggal_ttd)
        self.lbl_periode.setText(f"{d.periode_mulai.strftime('%d-%m-%Y')} s.d. {d.periode_selesai.strftime('%d-%m-%Y')}")
        self.box_pegawai.show_person(d.pegawai)
        self.box_penilai.show_person(d.penilai)
        self.box_atasan.show_person(d.atasan_penilai)
        if d.snapshot_berubah:
            self.lbl_snapshot.setText(fmt(self.tr("⚠ Data pegawai sudah berubah sejak SKP dibuat (%1). Perbarui bila "
                                              "perlu sebelum diajukan."), ", ".join(d.snapshot_berubah)))
            self.lbl_snapshot.setStyleSheet("color:#92400E;")
        else:
            self.lbl_snapshot.setText("")

    def _fill_tree(self, d: S.SkpDetail) -> None:
        sel = self._selected()
        self.tree.clear()
        if d.is_jpt:
            heads = [self.tr("Rencana hasil kerja / indikator"), self.tr("Aspek"), self.tr("Target"),
                     self.tr("Perspektif / penugasan"), self.tr("Bawahan")]
        else:
            heads = [self.tr("Rencana hasil kerja / indikator"), self.tr("Aspek"), self.tr("Target"),
                     self.tr("RHK atasan yang diintervensi"), self.tr("Bawahan")]
        self.tree.setHeaderLabels(heads)
        fit_header_texts(self.tree.header())
        bold = QFont()
        bold.setBold(True)
        for jenis, title in ((JenisRhk.UTAMA.value, self.tr("A. UTAMA")), (JenisRhk.TAMBAHAN.value,
                                                                          self.tr("B. TAMBAHAN"))):
            sec = QTreeWidgetItem([title])
            sec.setFirstColumnSpanned(True)
            sec.setFont(0, bold)
            sec.setData(0, ROLE_KIND, "section:" + jenis)
            sec.setBackground(0, QBrush(QColor("#EEF2F7")))
            self.tree.addTopLevelItem(sec)
            sec.setFirstColumnSpanned(True)
            items = d.rhk_of(jenis)
            if not items:
                empty = QTreeWidgetItem([self.tr("(belum ada RHK — tekan + RHK atau Dari pustaka)")])
                empty.setForeground(0, QBrush(QColor("#6B7280")))
                empty.setData(0, ROLE_KIND, "empty:" + jenis)
                sec.addChild(empty)
            for r in items:
                if d.is_jpt:
                    extra = " · ".join(x for x in (label(r.perspektif_label, ""), r.penugasan_dari and
                                                   fmt(self.tr("dari %1"), r.penugasan_dari),
                                                   label(r.klasifikasi_label, "")) if x)
                else:
                    extra = r.rhk_atasan_teks or "—"
                it = QTreeWidgetItem([f"{r.nomor}  {r.teks}", "", "", extra,
                                      str(len(r.diintervensi_oleh)) if r.diintervensi_oleh else ""])
                it.setFont(0, bold)
                it.setData(0, ROLE_KIND, "rhk")
                it.setData(0, ROLE_ID, r.id)
                it.setToolTip(0, r.teks)
                it.setToolTip(3, extra)
                it.setTextAlignment(4, Qt.AlignmentFlag.AlignCenter)
                if r.diintervensi_oleh:
                    it.setToolTip(4, fmt(self.tr("Diintervensi oleh RHK bawahan:\n%1"), "\n".join(r.diintervensi_oleh)))
                if not r.indikator:
                    it.setForeground(0, QBrush(QColor("#991B1B")))
                sec.addChild(it)
                for i in r.indikator:
                    ci = QTreeWidgetItem([i.teks, label(i.aspek_label, ""), i.target, "", ""])
                    ci.setData(0, ROLE_KIND, "ind")
                    ci.setData(0, ROLE_ID, i.id)
                    ci.setData(0, ROLE_ID + 1, r.id)
                    ci.setToolTip(0, i.teks)
                    tandai(ci, 0, i.ikatan)
                    if not i.target:
                        ci.setForeground(2, QBrush(QColor("#991B1B")))
                        ci.setText(2, self.tr("(belum diisi)"))
                    it.addChild(ci)
        self.tree.expandAll()
        if sel is not None:
            self._reselect(*sel)
        elif self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0).child(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._update_rhk_buttons()

    def _fill_perilaku(self, d: S.SkpDetail) -> None:
        self.tbl_perilaku.blockSignals(True)
        self.tbl_perilaku.setRowCount(0)
        for p in d.perilaku:
            r = self.tbl_perilaku.rowCount()
            self.tbl_perilaku.insertRow(r)
            no = QTableWidgetItem(str(p.nomor))
            no.setFlags(Qt.ItemFlag.ItemIsEnabled)
            no.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            panduan = QTableWidgetItem(p.nama + "\n" + "\n".join(f"• {x}" for x in p.panduan))
            panduan.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            panduan.setData(Qt.ItemDataRole.UserRole, p.kode)
            eksp = QTableWidgetItem(p.ekspektasi_khusus)
            if not d.boleh.edit:
                eksp.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                eksp.setBackground(QBrush(QColor(HANYA_BACA_BG)))  # looks as locked as it is
                eksp.setToolTip(self._alasan_terkunci(d))
            self.tbl_perilaku.setItem(r, 0, no)
            self.tbl_perilaku.setItem(r, 1, panduan)
            self.tbl_perilaku.setItem(r, 2, eksp)
        self.tbl_perilaku.resizeRowsToContents()
        self.tbl_perilaku.blockSignals(False)

    def _fill_lampiran(self, d: S.SkpDetail) -> None:
        for key, val in (("dukungan", d.lampiran_dukungan_sumber_daya), ("skema", d.lampiran_skema_pertanggungjawaban),
                         ("konsekuensi", d.lampiran_konsekuensi)):
            ed = self.ed_lampiran[key]
            ed.blockSignals(True)
            ed.setPlainText(val)
            tampil_hanya_baca(ed, not d.boleh.edit, self._alasan_terkunci(d))
            ed.blockSignals(False)

    def _alasan_terkunci(self, d: S.SkpDetail) -> str:
        """Tooltip of an SKP field the user cannot change: why, and who may change it."""
        if d.status == "disetujui":
            return self.tr("SKP sudah disetujui dan terkunci; perubahan dibuat melalui Revisi (versi baru).")
        if d.status == "diajukan":
            return self.tr("SKP sedang diajukan; isinya terkunci sampai dikembalikan atau ditarik kembali.")
        if d.status == "diganti":
            return self.tr("Versi ini sudah diganti versi yang lebih baru dan hanya dapat dibaca.")
        return self.tr("Disusun oleh pegawai pemilik SKP (atau operator/admin atas namanya).")

    def _fill_riwayat(self, d: S.SkpDetail) -> None:
        self.tbl_log.setRowCount(0)
        for lg in reversed(d.riwayat):
            r = self.tbl_log.rowCount()
            self.tbl_log.insertRow(r)
            change = (f"{status_label(lg.dari_status)} → {status_label(lg.ke_status)}" if lg.dari_status
                      else fmt(self.tr("Dibuat (%1)"), status_label(lg.ke_status)))
            for c, txt in enumerate((lg.waktu.strftime("%d-%m-%Y %H:%M") if lg.waktu else "", change, lg.username,
                                     lg.catatan)):
                self.tbl_log.setItem(r, c, QTableWidgetItem(txt))
        self.tbl_log.resizeRowsToContents()
        self.lst_versi.clear()
        for v in d.versi_lain:
            text = fmt(self.tr("Versi %1 — %2"), str(v.versi), status_label(v.status))
            if v.disetujui_pada:
                text += fmt(self.tr(" (disetujui %1)"), v.disetujui_pada.strftime("%d-%m-%Y"))
            if v.id == d.id:
                text += self.tr("  ← sedang dibuka")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.lst_versi.addItem(item)

    def _fill_problems(self) -> None:
        self.problems.clear()
        if self.detail is None:
            return
        rep = call(self, S.validate_skp, self.ctx, self.detail.id)
        if rep is None:
            return
        if not rep.masalah:
            ok = QListWidgetItem(self.tr("✔ SKP lengkap dan siap diajukan.") if self.detail.editable
                                 else self.tr("✔ Isi SKP lengkap."))
            ok.setForeground(QBrush(QColor("#166534")))
            self.problems.addItem(ok)
        for p in rep.masalah:
            it = QListWidgetItem(("⚠ " if p.peringatan else "✖ ") + p.pesan)
            it.setForeground(QBrush(QColor("#92400E" if p.peringatan else "#991B1B")))
            it.setData(Qt.ItemDataRole.UserRole, p.rhk_id)
            self.problems.addItem(it)

    def _mirror(self, d: S.SkpDetail) -> None:
        b = d.boleh
        self.btn_submit.setVisible(b.submit)
        self.btn_withdraw.setVisible(b.withdraw)
        self.btn_approve.setVisible(b.approve)
        self.btn_return.setVisible(b.return_)
        self.btn_revise.setVisible(b.revise)
        self.btn_delete.setVisible(b.delete)
        self.btn_delete.setText(self.tr("Batalkan revisi") if d.versi > 1 else self.tr("Hapus draft"))
        for w in (self.btn_add_rhk, self.btn_from_lib, self.btn_save_perilaku, self.btn_save_lampiran,
                  self.btn_save_header, self.btn_refresh, self.rb_kuan, self.rb_kual, self.cmb_jenis,
                  self.cmb_penilai, self.ed_ttd):
            w.setEnabled(b.edit)
        self.cmb_penilai.setEnabled(b.edit and self.ctx.actor.can(Permission.SKP_EDIT_ANY))
        self.cmb_penilai.setToolTip("" if self.ctx.actor.can(Permission.SKP_EDIT_ANY) else self.tr(
            "Pejabat penilai adalah atasan langsung; hanya operator atau admin yang dapat menggantinya."))
        self.btn_to_lib.setVisible(self.ctx.actor.can(Permission.SKP_EDIT_ANY))
        self.btn_refresh.setVisible(b.edit)
        self._update_rhk_buttons()

    # =============================================================================== helpers
    def _selected(self) -> tuple[str, int] | None:
        it = self.tree.currentItem()
        if it is None:
            return None
        kind = it.data(0, ROLE_KIND)
        if kind in ("rhk", "ind"):
            return kind, it.data(0, ROLE_ID)
        return None

    def _reselect(self, kind: str, ident: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            sec = self.tree.topLevelItem(i)
            for j in range(sec.childCount()):
                r = sec.child(j)
                if r.data(0, ROLE_KIND) == kind and r.data(0, ROLE_ID) == ident:
                    self.tree.setCurrentItem(r)
                    return
                for k in range(r.childCount()):
                    c = r.child(k)
                    if c.data(0, ROLE_KIND) == kind and c.data(0, ROLE_ID) == ident:
                        self.tree.setCurrentItem(c)
                        return

    def _rhk(self, rhk_id: int) -> S.RhkData | None:
        return next((r for r in self.detail.rhk if r.id == rhk_id), None) if self.detail else None

    def _update_rhk_buttons(self) -> None:
        editable = bool(self.detail and self.detail.boleh.edit)
        sel = self._selected()
        for b in (self.btn_edit_rhk, self.btn_del_rhk, self.btn_up, self.btn_down):
            b.setEnabled(editable and sel is not None)
        self.btn_to_lib.setEnabled(sel is not None and sel[0] == "rhk")

    def _goto_problem(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid:
            self._reselect("rhk", rid)
            self.tree.setFocus()

    def _perilaku_edited(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._dirty_perilaku = True

    def _lampiran_edited(self) -> None:
        if not self._loading:
            self._dirty_lampiran = True

    # =============================================================================== writes
    def _write(self, fn: Callable[..., R], *args: Any, unsaved: str = "", **kwargs: Any) -> R | None:
        """A change to the shown SKP: sent with the version on screen, so a save made
        meanwhile in another window or on another computer is not overwritten;
        such a conflict is explained and the editor reloads. ``unsaved``: the user's typed
        text, kept on the clipboard when it could not be saved. None = not saved."""
        assert self.detail is not None
        sid = self.detail.id
        res = call(self, fn, self.ctx, *args, expected_version=self.detail.version_id,
                   on_conflict=lambda exc: self._conflict(exc, unsaved), **kwargs)
        if res is not None:
            self.history.wrote(sid, U.version_of(res))
        return res

    def _conflict(self, exc: ConflictError, unsaved: str = "") -> None:
        """Another window saved this SKP first: say so, keep the user's text, show the current data."""
        text = self.tr("SKP ini sudah diubah di jendela atau komputer lain sejak Anda membukanya, sehingga "
                       "perubahan Anda tidak disimpan.\n\nEditor kini menampilkan data terbaru; periksa, lalu "
                       "ulangi perubahan Anda bila masih perlu.")
        if unsaved.strip():
            QApplication.clipboard().setText(unsaved)
            text += self.tr("\n\nTeks yang Anda ketik disalin ke clipboard (tempel dengan Ctrl+V).")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Diubah di tempat lain"), text, parent=self)
        box.setDetailedText(error_text(exc))
        box.exec()
        if self.detail is None:
            return
        sid = self.detail.id
        self.history.clear(sid)  # its edits were made on a version that is gone
        if self.load(sid):
            self.changed.emit(sid)
        else:  # deleted meanwhile
            self._dirty_perilaku = self._dirty_lampiran = False
            self.changed.emit(sid)
            self.back_requested.emit()

    def _after_write(self, message: str, d: S.SkpDetail | None = None) -> None:
        if d is not None:
            self.show_detail(d)
        else:
            self.load(self.detail.id)
        notify(self, message)
        self.changed.emit(self.detail.id)

    # =============================================================================== RHK actions
    def edit_rhk(self, rhk: S.RhkData | None, jenis: str | None = None) -> None:
        from asn_desktop.ui.skp.rhk_dialog import RhkDialog

        if self.detail is None or not self.detail.boleh.edit:
            return
        if jenis is None:
            it = self.tree.currentItem()
            kind = str(it.data(0, ROLE_KIND) or "") if it else ""
            jenis = JenisRhk.TAMBAHAN.value if kind.endswith("tambahan") else JenisRhk.UTAMA.value
            if kind in ("rhk", "ind") and it is not None:
                rid = it.data(0, ROLE_ID) if kind == "rhk" else it.data(0, ROLE_ID + 1)
                r = self._rhk(rid)
                jenis = r.jenis if r else jenis
        dlg = RhkDialog(self.ctx, self.detail, rhk, self, jenis=jenis)
        ok = dlg.exec()
        if dlg.conflict is not None:
            self._conflict(dlg.conflict, dlg.unsaved_text())
            return
        if ok and dlg.saved is not None:
            self.history.wrote(self.detail.id, dlg.saved.skp_version_id)
            text = (fmt(self.tr("ubah RHK %1"), dlg.saved.nomor) if rhk is not None
                    else fmt(self.tr("tambah RHK %1"), dlg.saved.nomor))
            self._remember(text, U.rhk_apply(self.ctx, self.detail.id, rhk, dlg.saved))
            self.load(self.detail.id)
            self._reselect("rhk", dlg.saved.id)
            notify(self, fmt(self.tr("RHK %1 disimpan."), dlg.saved.nomor))
            self.changed.emit(self.detail.id)

    def edit_selected(self) -> None:
        sel = self._selected()
        if sel is None or self.detail is None:
            return
        kind, ident = sel
        if kind == "ind":
            ident = self.tree.currentItem().data(0, ROLE_ID + 1)
        r = self._rhk(ident)
        if r is not None:
            if self.detail.boleh.edit:
                self.edit_rhk(r)

    def delete_selected(self) -> None:
        sel = self._selected()
        if sel is None or self.detail is None or not self.detail.boleh.edit:
            return
        kind, ident = sel
        if kind == "rhk":
            r = self._rhk(ident)
            if r is None:
                return
            if not confirm(self, self.tr("Hapus RHK"),
                           fmt(self.tr("Hapus RHK %1 \"%2\" beserta %3 indikatornya?"), r.nomor, r.teks[:120], str(len(r.indikator))),
                           self.tr("Hapus"), danger=True):
                return
            if self._write(S.delete_rhk, ident) is None:
                return
            self._remember(fmt(self.tr("hapus RHK %1"), r.nomor), U.rhk_apply(self.ctx, self.detail.id, r, None))
            self._after_write(self.tr("RHK dihapus."))
        else:
            if not confirm(self, self.tr("Hapus indikator"), fmt(self.tr("Hapus indikator \"%1\"?"), self.tree.currentItem().text(0)[:120]), self.tr("Hapus"), danger=True):
                return
            parent = self._rhk(self.tree.currentItem().data(0, ROLE_ID + 1))
            if self._write(S.delete_indikator, ident) is None:
                return
            self._after_write(self.tr("Indikator dihapus."))
            after = self._rhk(parent.id) if parent is not None else None
            if parent is not None and after is not None:
                self._remember(fmt(self.tr("hapus indikator pada RHK %1"), parent.nomor),
                               U.rhk_apply(self.ctx, self.detail.id, parent, after))

    def move_selected(self, delta: int) -> None:
        sel = self._selected()
        if sel is None or self.detail is None or not self.detail.boleh.edit:
            return
        kind, ident = sel
        fn = S.move_rhk if kind == "rhk" else S.move_indikator
        before = self.detail.version_id
        version = self._write(fn, ident, delta)
        if version is None:
            return
        if version != before:
            self._remember(self.tr("ubah urutan RHK") if kind == "rhk" else self.tr("ubah urutan indikator"),
                           U.move_apply(self.ctx, kind, ident, delta))
        self.load(self.detail.id)
        self._reselect(kind, ident)
        self.changed.emit(self.detail.id)

    def from_library(self) -> None:
        from asn_desktop.ui.skp.templates import TemplatePickerDialog

        if self.detail is None:
            return
        dlg = TemplatePickerDialog(self.ctx, self.detail, self)
        ok = dlg.exec()
        if dlg.conflict is not None:
            self._conflict(dlg.conflict)
            return
        if ok and dlg.result_detail is not None:
            self.history.wrote(dlg.result_detail.id, dlg.result_detail.version_id)
            self._after_write(fmt(self.tr("%1 RHK dari pustaka ditambahkan."), str(dlg.applied)),
                              dlg.result_detail)

    def to_library(self) -> None:
        from asn_desktop.services import template_rhk as T

        sel = self._selected()
        if sel is None or sel[0] != "rhk" or self.detail is None:
            return
        names = call(self, T.jabatan_names, self.ctx) or []
        jab = self.detail.pegawai.jabatan
        if jab not in names:
            names.insert(0, jab)
        name, ok = QInputDialog.getItem(self, self.tr("Simpan ke pustaka RHK"),
                                        self.tr("Simpan RHK ini untuk jabatan:"), names, 0, True)
        if ok and name.strip():
            if call(self, T.save_rhk_as_template, self.ctx, sel[1], name.strip()) is not None:
                notify(self, fmt(self.tr("RHK disimpan ke pustaka untuk %1."), name.strip()))

    # =============================================================================== tab saves
    def save_current_tab(self) -> None:
        idx = self.tabs.currentIndex()
        if idx == 0:
            self.save_header()
        elif idx == 2:
            self.save_perilaku()
        elif idx == 3:
            self.save_lampiran()

    def save_header(self) -> None:
        if self.detail is None or not self.detail.boleh.edit:
            return
        pend = Pendekatan.KUALITATIF.value if self.rb_kual.isChecked() else Pendekatan.KUANTITATIF.value
        i = self.cmb_penilai.findText(self.cmb_penilai.currentText())
        penilai = self.cmb_penilai.itemData(i) if i >= 0 else self.cmb_penilai.currentData()
        alasan = ""
        atasan_id = next((p.atasan_id for p in self._people or [] if p.id == self.detail.pegawai_id), None)
        if penilai != self.detail.pejabat_penilai_id and penilai not in (None, atasan_id):
            alasan, ok = QInputDialog.getText(
                self, self.tr("Alasan pejabat penilai"),
                self.tr("Pejabat penilai yang dipilih bukan atasan langsung. Tuliskan alasannya (dicatat di log "
                        "audit):"))
            if not ok:
                return
        before = U.header_input(self.detail, U.ALASAN_URUNGKAN)
        after = S.HeaderInput(pend, self.cmb_jenis.currentData(), penilai, self.ed_ttd.text(), alasan_penilai=alasan)
        d = self._write(S.update_header, self.detail.id, after)
        if d is not None:
            if U.header_input(d) != U.header_input(self.detail):
                self._remember(self.tr("ubah pengaturan SKP"), U.header_apply(self.ctx, d.id, before, after))
            self._after_write(self.tr("Pengaturan SKP disimpan."), d)

    def save_perilaku(self) -> bool:
        if self.detail is None or not self.detail.boleh.edit:
            return True
        values = {}
        typed = []
        for r in range(self.tbl_perilaku.rowCount()):
            kode = self.tbl_perilaku.item(r, 1).data(Qt.ItemDataRole.UserRole)
            values[kode] = self.tbl_perilaku.item(r, 2).text()
            if values[kode].strip() not in ("", "-"):
                typed.append(f"{self.tbl_perilaku.item(r, 1).text().splitlines()[0]}: {values[kode]}")
        before = {p.kode: p.ekspektasi_khusus for p in self.detail.perilaku}
        d = self._write(S.update_perilaku, self.detail.id, values, unsaved="\n".join(typed))
        if d is None:
            return False
        if {p.kode: p.ekspektasi_khusus for p in d.perilaku} != before:
            self._remember(self.tr("ubah ekspektasi khusus"), U.perilaku_apply(self.ctx, d.id, before, values))
        self._after_write(self.tr("Ekspektasi khusus disimpan."), d)
        return True

    def save_lampiran(self) -> bool:
        if self.detail is None or not self.detail.boleh.edit:
            return True
        e = self.ed_lampiran
        typed = "\n\n".join(f"{n}. {e[k].toPlainText()}" for n, k in enumerate(("dukungan", "skema", "konsekuensi"), 1)
                            if e[k].toPlainText().strip())
        before = U.lampiran_of(self.detail)
        after = (e["dukungan"].toPlainText(), e["skema"].toPlainText(), e["konsekuensi"].toPlainText())
        d = self._write(S.update_lampiran, self.detail.id, *after, unsaved=typed)
        if d is None:
            return False
        if U.lampiran_of(d) != before:
            self._remember(self.tr("ubah lampiran"), U.lampiran_apply(self.ctx, d.id, before, after))
        self._after_write(self.tr("Lampiran disimpan."), d)
        return True

    def refresh_snapshots(self) -> None:
        if self.detail is None:
            return
        d = self._write(S.refresh_snapshots, self.detail.id)
        if d is not None:
            self._after_write(self.tr("Data pegawai, pejabat penilai, dan atasannya diperbarui."), d)

    def maybe_save(self) -> bool:
        """Before leaving: offer to save edited text tabs. False = stay."""
        if not (self._dirty_perilaku or self._dirty_lampiran):
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Simpan perubahan?"),
                          self.tr("Ekspektasi khusus atau lampiran telah diubah tetapi belum disimpan."), parent=self)
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            ok = True
            if self._dirty_perilaku:
                ok = self.save_perilaku() and ok
            if self._dirty_lampiran:
                ok = self.save_lampiran() and ok
            return ok
        if clicked is discard:
            self._dirty_perilaku = self._dirty_lampiran = False
            return True
        return False

    def request_back(self) -> None:
        if self.maybe_save():
            self.back_requested.emit()

    # =============================================================================== workflow
    def _submit_if_enabled(self) -> None:
        if self.btn_submit.isVisible() and self.btn_submit.isEnabled():
            self.submit()

    def submit(self) -> None:
        if self.detail is None or not self.maybe_save():
            return
        rep = call(self, S.validate_skp, self.ctx, self.detail.id)
        if rep is not None and rep.ok and rep.warnings:
            text = "\n".join("• " + p.pesan for p in rep.warnings)
            if not confirm(self, self.tr("Ajukan SKP"), fmt(self.tr("Ada catatan berikut:\n\n%1\n\nTetap ajukan?"), text), self.tr("Ajukan")):
                return
        d = self._write(S.submit, self.detail.id)
        if d is not None:
            self._after_write(self._workflow(d.id, fmt(self.tr("SKP %1 diajukan kepada %2."), d.pegawai.nama,
                                                       d.penilai.nama or "-")), d)

    def withdraw(self) -> None:
        if self.detail is None:
            return
        d = self._write(S.withdraw, self.detail.id)
        if d is not None:
            self._after_write(self._workflow(d.id, self.tr("Pengajuan ditarik; SKP kembali menjadi Draft.")), d)

    def approve(self) -> None:
        if self.detail is None:
            return
        if not confirm(self, self.tr("Setujui SKP"),
                       fmt(self.tr("Setujui SKP %1 tahun %2? Setelah disetujui, SKP terkunci; perubahan hanya melalui "
                               "revisi (versi baru)."), self.detail.pegawai.nama, str(self.detail.tahun)), self.tr("Setujui")):
            return
        d = self._write(S.approve, self.detail.id)
        if d is not None:
            self._after_write(self._workflow(d.id, fmt(self.tr("SKP %1 disetujui."), d.pegawai.nama)), d)

    def return_(self) -> None:
        from asn_desktop.ui.skp.dialogs import ReasonDialog

        if self.detail is None:
            return
        dlg = ReasonDialog(self.tr("Kembalikan SKP"),
                           fmt(self.tr("Tuliskan alasan pengembalian SKP %1 — pegawai akan melihatnya di SKP-nya."), self.detail.pegawai.nama), self.tr("Kembalikan"), required=True,
                           parent=self, placeholder=self.tr("mis. Target kuantitas RHK 1 terlalu rendah"))
        if dlg.exec():
            d = self._write(S.return_skp, self.detail.id, dlg.text())
            if d is not None:
                self._after_write(self._workflow(d.id, fmt(self.tr("SKP %1 dikembalikan."), d.pegawai.nama)), d)

    def revise(self) -> None:
        from asn_desktop.ui.skp.dialogs import ReasonDialog

        if self.detail is None:
            return
        dlg = ReasonDialog(self.tr("Revisi SKP"),
                           fmt(self.tr("Revisi membuat versi %1 (Draft) dengan isi yang sama; versi %2 yang disetujui "
                                   "tetap tersimpan dan evaluasinya tidak berubah. Alasan revisi (opsional):"), str(self.detail.versi + 1), str(self.detail.versi)),
                           self.tr("Buat versi baru"), required=False, parent=self)
        if dlg.exec():
            old = self.detail.id
            d = self._write(S.revise, self.detail.id, dlg.text())
            if d is not None:
                self._workflow(old, "")
                self._after_write(fmt(self.tr("Versi %1 dibuat; silakan ubah lalu ajukan kembali."), str(d.versi)), d)

    def delete(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        if d.versi > 1:
            text = fmt(self.tr("Batalkan revisi? Versi %1 (Draft) dihapus dan versi %2 berlaku kembali."), str(d.versi), str(d.versi - 1))
        else:
            text = fmt(self.tr("Hapus SKP %1 tahun %2 (Draft) beserta seluruh RHK-nya?"), d.pegawai.nama, str(d.tahun))
        if not confirm(self, self.tr("Hapus SKP"), text, self.tr("Hapus"), danger=True):
            return
        try:
            current = S.delete_skp(self.ctx, d.id, expected_version=d.version_id)
        except ConflictError as exc:
            self._conflict(exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.history.clear(d.id)
        notify(self, self.tr("SKP dihapus."))
        if current is not None:
            self.load(current)
            self.changed.emit(current)
        else:
            self._dirty_perilaku = self._dirty_lampiran = False
            self.changed.emit(d.id)
            self.back_requested.emit()

    def print_(self) -> None:
        from asn_desktop.ui.skp.dialogs import PrintDialog

        if self.detail is None:
            return
        PrintDialog(self.ctx, self.detail.id, self).exec()

    def _open_version(self, item: QListWidgetItem) -> None:
        sid = item.data(Qt.ItemDataRole.UserRole)
        if self.detail is not None and sid != self.detail.id and self.maybe_save():
            self.load(sid)


    # =============================================================================== undo / redo
    def _remember(self, text: str, apply: U.Apply) -> None:
        """A saved edit of the SKP on screen, for Urungkan/Ulangi (Edit menu)."""
        assert self.detail is not None
        sid = self.detail.id
        self.history.push(sid, ServiceCommand(text, self.history, sid, apply, self._undo_applied, self._undo_refused))

    def _workflow(self, skp_id: int, message: str) -> str:
        """A workflow step cannot be undone, and the edits before it cannot be either: that
        SKP's history ends, and the status bar says so."""
        if self.history.clear(skp_id):
            message = (message + " " if message else "") + self.tr(
                "Riwayat urungkan SKP ini dikosongkan: langkah alur kerja tidak dapat diurungkan.")
        return message

    def undo(self) -> None:
        """Edit › Urungkan (Ctrl+Z): the newest saved edit of the SKP on screen, taken back."""
        if self.detail is not None and self.maybe_save():
            self.history.undo()

    def redo(self) -> None:
        """Edit › Ulangi (Ctrl+Shift+Z / Ctrl+Y)."""
        if self.detail is not None and self.maybe_save():
            self.history.redo()

    def _undo_applied(self, text: str, undone: bool) -> None:
        if self.detail is None:
            return
        sid = self.detail.id
        if self.load(sid):
            notify(self, fmt(self.tr("Diurungkan: %1.") if undone else self.tr("Diulang: %1."), text))
        self.changed.emit(sid)

    def _undo_refused(self, exc: ServiceError, key: object) -> None:
        # the stack is still inside the command: it is emptied after it has dropped the command
        QTimer.singleShot(0, lambda: self._after_refusal(exc, key))

    def _after_refusal(self, exc: ServiceError, key: object) -> None:
        self.history.clear(key)
        if self.detail is not None and self.detail.id == key:
            self.load(self.detail.id)
            self.changed.emit(self.detail.id)
        if isinstance(exc, ConflictError):
            text = self.tr("SKP ini sudah diubah di jendela atau komputer lain sejak perubahan Anda, sehingga "
                           "perubahan itu tidak diurungkan: perubahan mereka tetap berlaku.\n\nRiwayat urungkan "
                           "SKP ini dikosongkan; editor kini menampilkan data terbaru.")
        else:
            text = fmt(self.tr("Perubahan ini tidak dapat diurungkan: %1\n\nRiwayat urungkan SKP ini "
                               "dikosongkan."), error_text(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Tidak dapat diurungkan"), text, parent=self)
        box.setObjectName("urungkan_ditolak")
        box.setDetailedText(error_text(exc))
        self.dlg_undo_refused = box
        box.open()
        notify(self, self.tr("Urungkan ditolak; riwayat urungkan SKP ini dikosongkan."))
