"""The evaluation editor: realisasi per indicator with evidence, feedback, ratings with
guidance and the live predikat, 360° aggregate, and the employee's self-assessment.

Everything goes through ``services.evaluasi``; the editor only mirrors the rights the
service reports (``EvaluasiDetail.hak``). Unsaved edits live in the widgets until
"Simpan" (Ctrl+S); evidence is saved at once (it is a file copy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
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
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import JenisBukti, JenisRhk, Predikat, Rating
from asn_desktop.domain.nama import nama_berkas, rapikan_titik
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.rating import PANDUAN_RATING_HASIL, PANDUAN_RATING_PERILAKU, predikat_kinerja
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.ui.i18n import tanggal_teks
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ConflictError, ServiceError, ValidationError
from asn_desktop.services.settings import get_office
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.hanya_baca import tampil_hanya_baca
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.ui.labels import label
from asn_desktop.ui.penilaian.common import (
    ERROR_COLOR,
    banner,
    message_of,
    org_label,
    predikat_badge,
    status_message,
)
from asn_desktop.ui.tata_letak import fit_header_texts
from asn_desktop.ui.i18n import fmt, nama_periode, teks
from asn_desktop.ui.ukuran import PanelUkuran
from asn_desktop.ui.penilaian import undo as U
from asn_desktop.ui.undo import RecordHistory, ServiceCommand

RATINGS = (Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH)


def parse_angka(text: str) -> float | None:
    """Indonesian number input: "95,5" and "1.200" and "1.200,5"; "" → None; garbage → ValueError."""
    t = text.strip().replace(" ", "")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t)



def _alasan(d: ev.EvaluasiDetail) -> str:
    """Why the evaluation is locked, in the installed language (the period's kind word too)."""
    return nama_periode(teks(d.hak.alasan_terkunci))

class FeedbackBox(QComboBox):
    """Editable combo: pick a standard phrase or type free text."""

    def __init__(self, phrases: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.addItems(phrases)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Pilih frasa standar atau ketik umpan balik…"))
        self.setToolTip(self.tr("Umpan balik berkelanjutan: pilih frasa standar dari daftar atau ketik sendiri."))

    def text(self) -> str:
        return self.currentText().strip()

    def set_text(self, text: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)


class RatingGroup(QGroupBox):
    """Three radio buttons, each with its guidance text beside it (PermenPANRB 6/2022 lampiran)."""

    def __init__(self, title: str, guidance: dict[Rating, str], on_change: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.buttons: dict[Rating, QRadioButton] = {}
        for i, r in enumerate(RATINGS):
            rb = QRadioButton(label(r))
            rb.setMinimumWidth(170)
            self.group.addButton(rb, i)
            self.buttons[r] = rb
            g = QLabel(teks(guidance[r]))
            g.setWordWrap(True)
            g.setStyleSheet("color: #555;")
            g.setBuddy(rb)
            grid.addWidget(rb, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(g, i, 1)
        self.group.idToggled.connect(lambda _i, checked: on_change() if checked else None)

    def value(self) -> Rating | None:
        i = self.group.checkedId()
        return RATINGS[i] if i >= 0 else None

    def set_value(self, r: Rating | None) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for rr, b in self.buttons.items():
            b.setChecked(rr == r)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def set_editable(self, on: bool, siapa: str = "") -> None:
        """Disabled radios say who rates (a greyed choice without a reason looks broken)."""
        for b in self.buttons.values():
            b.setEnabled(on)
            b.setToolTip("" if on else siapa)
        self.setToolTip("" if on else siapa)


def baca_bekal(ctx: AppContext, d: ev.EvaluasiDetail) -> dict[str, Any]:
    """What showing ``d`` reads besides it (the 360° summary, the meetings' follow-ups, the measures),
    read ahead off the UI thread for :meth:`EvaluasiEditor.tampilkan` (thread-safe services only)."""
    from asn_desktop.services import rapat  # noqa: PLC0415 - as the follow-up panel reads it
    from asn_desktop.services import ukuran  # noqa: PLC0415 - as the measures panel reads it

    out: dict[str, Any] = {}
    if d.evaluasi_id is not None:
        try:
            out["360"] = ev.ringkasan_360(ctx, d.evaluasi_id)
        except ServiceError as exc:
            out["360"] = exc
    try:
        out["tindak_lanjut"] = rapat.tindak_lanjut_rapat_pegawai(ctx, d.pegawai_id) if d.pegawai_id else []
    except ServiceError:
        out["tindak_lanjut"] = []
    try:
        out["ukuran"] = ukuran.get_status_ukuran(ctx, d.skp_id, d.evaluasi_id)
    except ServiceError:
        out["ukuran"] = {}
    return out


def baca_frasa(ctx: AppContext) -> tuple[list[str], list[str]]:
    """The standard feedback phrases (hasil, perilaku); none when they cannot be read."""
    try:
        return ev.list_frasa(ctx, "hasil"), ev.list_frasa(ctx, "perilaku")
    except ServiceError:
        return [], []


class EvaluasiEditor(QWidget):
    """Edits one evaluation (SKP × period). ``load(skp_id, periode_id)`` fills it."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        on_saved: Callable[[ev.EvaluasiDetail], None] | None = None,
        on_preview: Callable[[int, Predikat | None], None] | None = None,
        frasa: tuple[list[str], list[str]] | None = None,
        bertahap: bool = False,
    ) -> None:
        """``frasa``: the standard feedback phrases (hasil, perilaku) when already read off the
        UI thread. ``bertahap``: the widgets are built piece by piece through :meth:`langkah`
        (one event-loop turn each, so a keystroke never waits for the whole editor)."""
        super().__init__(parent)
        self.ctx = ctx
        self.on_saved = on_saved
        self.on_preview = on_preview
        self.detail: ev.EvaluasiDetail | None = None
        self._skp_id: int | None = None
        self._periode_id: int | None = None
        self._loading = False
        self._dirty_real = False
        self._dirty_nilai = False
        self._edit_real: dict[int, dict[str, object]] = {}
        self._edit_ub: dict[int, str] = {}
        self._row_ind: dict[int, int] = {}  # table row -> indikator id
        self._cur_ind: int | None = None
        self._prefilled = False
        self._bekal: dict[str, Any] = {}  # what ``tampilkan`` was handed, read ahead off the UI thread
        #: undo history per evaluation (SKP × period) for this session (Edit menu; ui/undo.py)
        self.history = RecordHistory(self)
        self.dlg_undo_refused: QMessageBox | None = None
        if frasa is not None:
            self._frasa_hasil, self._frasa_perilaku = frasa
        else:
            self._frasa_hasil, self._frasa_perilaku = baca_frasa(ctx)
        self._steps: Iterator[None] | None = self._build()
        if not bertahap:
            self.selesaikan()

    @property
    def siap(self) -> bool:
        """All widgets are built (``langkah`` has nothing left to do)."""
        return self._steps is None

    def langkah(self) -> bool:
        """Build the next piece of the editor; True while pieces remain."""
        if self._steps is None:
            return False
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            self.load(None, None)
            return False
        return True

    def selesaikan(self) -> None:
        """Build whatever is left at once (the editor is needed now)."""
        while self.langkah():
            pass

    # ------------------------------------------------------------------ layout
    def _build(self) -> Iterator[None]:
        """The widgets, a tab at a time (each ``yield`` ends one piece)."""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lbl_head = QLabel()
        self.lbl_head.setTextFormat(Qt.TextFormat.RichText)
        self.lbl_head.setWordWrap(True)
        lay.addWidget(self.lbl_head)
        self.lbl_lock = banner("", "warning")
        lay.addWidget(self.lbl_lock)
        # a penilai's rating changed by someone else: who, when, why — seen by the penilai and the employee
        self.lbl_perubahan = banner("", "warning")
        self.lbl_perubahan.setObjectName("perubahan_rating")
        lay.addWidget(self.lbl_perubahan)
        from asn_desktop.ui.rapat.panel import TindakLanjutPanel  # open follow-ups of the last meetings

        self.panel_tindak_lanjut = TindakLanjutPanel(self.ctx)
        lay.addWidget(self.panel_tindak_lanjut)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        yield
        self.tabs.addTab(self._build_hasil(), self.tr("Hasil Kerja"))
        yield
        self.tabs.addTab(self._build_perilaku(), self.tr("Perilaku Kerja"))
        yield
        self.tabs.addTab(self._build_penilaian(), self.tr("Rating && Predikat"))
        yield
        self.tabs.addTab(self._build_360(), self.tr("Masukan 360°"))
        self.tabs.addTab(self._build_diri(), self.tr("Penilaian Diri"))
        yield
        bar = QHBoxLayout()
        self.lbl_dirty = QLabel()
        self.lbl_dirty.setStyleSheet(f"color: {ERROR_COLOR};")
        bar.addWidget(self.lbl_dirty, 1)
        self.btn_cetak = QPushButton(self.tr("Cetak Dokumen Evaluasi…"))
        self.btn_cetak.clicked.connect(self.cetak)
        self.btn_batal_final = QPushButton(self.tr("Batalkan Finalisasi…"))
        self.btn_batal_final.clicked.connect(self.unfinalize_evaluasi)
        self.btn_final = QPushButton(self.tr("Finalisasi…"))
        self.btn_final.setToolTip(self.tr("Tetapkan dan kunci evaluasi; identitas pada dokumen dibekukan."))
        self.btn_final.clicked.connect(self.finalisasi)
        self.btn_simpan = QPushButton(self.tr("&Simpan"))
        self.btn_simpan.setToolTip(self.tr("Simpan perubahan (Ctrl+S)"))
        self.btn_simpan.setDefault(True)
        self.btn_simpan.clicked.connect(self.save)
        for b in (self.btn_cetak, self.btn_batal_final, self.btn_final, self.btn_simpan):
            bar.addWidget(b)
        lay.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_hasil(self) -> QWidget:
        w = QSplitter(Qt.Orientation.Vertical)
        self.tbl = QTableWidget(0, 5)
        self.tbl.setHorizontalHeaderLabels([
            self.tr("Indikator kinerja individu"), self.tr("Target"), self.tr("Realisasi"), self.tr("Bukti"),
            self.tr("Umpan balik"),
        ])
        self.tbl.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl.setWordWrap(True)
        self.tbl.verticalHeader().setVisible(False)
        hh = self.tbl.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, wdt in ((1, 75), (2, 85), (3, 42), (4, 150)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.tbl.setColumnWidth(c, wdt)
        fit_header_texts(hh)
        self.tbl.itemSelectionChanged.connect(self._on_select_indikator)
        w.addWidget(self.tbl)
        box = QGroupBox(self.tr("Indikator terpilih"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lbl_ind = QLabel()
        self.lbl_ind.setWordWrap(True)
        form.addRow(self.lbl_ind)
        self.ed_rencana = QPlainTextEdit()
        self.ed_rencana.setPlaceholderText(self.tr("Langkah yang direncanakan pada periode ini"))
        self.ed_rencana.setFixedHeight(44)
        self.ed_rencana.setTabChangesFocus(True)
        self.ed_rencana.textChanged.connect(self._on_real_edit)
        form.addRow(self.tr("Rencana aksi:"), self.ed_rencana)
        row = QHBoxLayout()
        self.ed_realisasi = QLineEdit()
        self.ed_realisasi.setPlaceholderText(self.tr("Uraian realisasi, atau \"Tidak dilaksanakan: <alasan>\""))
        self.ed_realisasi.textChanged.connect(self._on_real_edit)
        self.ed_angka = QLineEdit()
        self.ed_angka.setPlaceholderText(self.tr("Angka"))
        self.ed_angka.setMaximumWidth(90)
        self.ed_angka.setToolTip(self.tr("Realisasi berupa angka; koma untuk desimal, misalnya 95,5"))
        self.ed_angka.textChanged.connect(self._on_real_edit)
        self.lbl_satuan = QLabel()
        row.addWidget(self.ed_realisasi, 1)
        row.addWidget(self.ed_angka)
        row.addWidget(self.lbl_satuan)
        form.addRow(self.tr("Realisasi:"), row)
        self.panel_ukuran = PanelUkuran(self.ctx, self, sebelum_tulis=self.maybe_save, pastikan_id=self._ensure_id,
                                        sesudah_tulis=self.reload)
        form.addRow(self.panel_ukuran)
        brow = QHBoxLayout()
        self.lst_bukti = QListWidget()
        self.lst_bukti.setFixedHeight(52)
        self.lst_bukti.itemDoubleClicked.connect(lambda _i: self.buka_bukti())
        bcol = QVBoxLayout()
        self.btn_bukti_file = QPushButton(self.tr("+ Berkas…"))
        self.btn_bukti_file.clicked.connect(self.tambah_bukti_berkas)
        self.btn_bukti_link = QPushButton(self.tr("+ Tautan…"))
        self.btn_bukti_link.clicked.connect(self.add_bukti_tautan)
        bcol2 = QVBoxLayout()
        self.btn_bukti_buka = QPushButton(self.tr("Buka"))
        self.btn_bukti_buka.clicked.connect(self.buka_bukti)
        self.btn_bukti_hapus = QPushButton(self.tr("Hapus"))
        self.btn_bukti_hapus.clicked.connect(self.delete_bukti)
        for b in (self.btn_bukti_file, self.btn_bukti_link):
            bcol.addWidget(b)
        for b in (self.btn_bukti_buka, self.btn_bukti_hapus):
            bcol2.addWidget(b)
        brow.addWidget(self.lst_bukti, 1)
        brow.addLayout(bcol)
        brow.addLayout(bcol2)
        form.addRow(self.tr("Bukti dukung:"), brow)
        self.cb_ub_ind = FeedbackBox(self._frasa_hasil)
        self.cb_ub_ind.editTextChanged.connect(self._on_ub_ind_edit)
        form.addRow(self.tr("Umpan balik:"), self.cb_ub_ind)
        w.addWidget(box)
        w.setStretchFactor(0, 3)
        w.setStretchFactor(1, 2)
        return w

    def _build_perilaku(self) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.setSpacing(2)
        self.perilaku_rows: dict[str, tuple[QLabel, QLabel, QLabel, FeedbackBox]] = {}
        from asn_desktop.domain.berakhlak import BERAKHLAK

        for b in BERAKHLAK:
            head = QHBoxLayout()
            name = QLabel(f"<b>{b.nomor}. {b.nama}</b>")
            name.setToolTip("\n".join("• " + x for x in b.panduan))
            n360 = QLabel()
            n360.setStyleSheet("color: #555;")
            n360.setToolTip(self.tr("Ringkasan masukan 360° (rekan kerja dan bawahan)"))
            head.addWidget(name)
            head.addStretch(1)
            head.addWidget(n360)
            v.addLayout(head)
            eksp = QLabel()
            eksp.setWordWrap(True)
            eksp.setStyleSheet("color: #555;")
            v.addWidget(eksp)
            fb = FeedbackBox(self._frasa_perilaku)
            fb.editTextChanged.connect(self._on_nilai_edit)
            v.addWidget(fb)
            v.addSpacing(8)
            self.perilaku_rows[b.kode] = (name, eksp, n360, fb)
        note = QLabel(self.tr("Arahkan penunjuk ke nama nilai untuk melihat panduan perilakunya."))
        note.setStyleSheet("color: #777;")
        v.addWidget(note)
        v.addStretch(1)
        area.setWidget(inner)
        return area

    def _build_penilaian(self) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        v = QVBoxLayout(inner)
        # annual: the periods' suggestion first, so the supervisor sees the basis before judging
        self.box_saran = QGroupBox(self.tr("Evaluasi tahunan: saran dari periode"))
        sl = QVBoxLayout(self.box_saran)
        self.lbl_saran = QLabel()
        self.lbl_saran.setWordWrap(True)
        self.lbl_saran.setTextFormat(Qt.TextFormat.RichText)
        sl.addWidget(self.lbl_saran)
        srow = QHBoxLayout()
        self.btn_saran = QPushButton(self.tr("Terapkan saran"))
        self.btn_saran.clicked.connect(self._terapkan_saran)
        srow.addWidget(self.btn_saran)
        srow.addStretch(1)
        sl.addLayout(srow)
        v.addWidget(self.box_saran)
        self.rg_hasil = RatingGroup(self.tr("Rating hasil kerja"), PANDUAN_RATING_HASIL, self._on_rating)
        self.rg_perilaku = RatingGroup(self.tr("Rating perilaku kerja"), PANDUAN_RATING_PERILAKU, self._on_rating)
        v.addWidget(self.rg_hasil)
        v.addWidget(self.rg_perilaku)
        self.lbl_realisasi_kosong = banner("", "warning")
        self.lbl_realisasi_kosong.setObjectName("realisasi_kosong")
        v.addWidget(self.lbl_realisasi_kosong)
        res = QFrame()
        res.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QGridLayout(res)
        self.lbl_predikat = QLabel()
        self.lbl_predikat.setObjectName("predikat")
        self.lbl_predikat.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(QLabel(self.tr("Predikat kinerja pegawai:")), 0, 0)
        rl.addWidget(self.lbl_predikat, 0, 1)
        hint = QLabel(self.tr("mengikuti matriks PermenPANRB 6/2022; tidak dapat diketik"))
        hint.setStyleSheet("color: #777;")
        rl.addWidget(hint, 1, 1)
        rl.addWidget(QLabel(self.tr("Capaian kinerja organisasi:")), 2, 0)
        self.lbl_capaian = QLabel()
        self.lbl_capaian.setObjectName("capaian")
        self.lbl_capaian.setWordWrap(True)
        self.lbl_capaian.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(self.lbl_capaian, 2, 1)
        rl.addWidget(QLabel(self.tr("Penilaian diri pegawai:")), 3, 0)
        self.lbl_diri_ringkas = QLabel()
        self.lbl_diri_ringkas.setWordWrap(True)
        rl.addWidget(self.lbl_diri_ringkas, 3, 1)
        rl.setColumnStretch(1, 1)
        v.addWidget(res)
        self.lbl_alasan = QLabel(self.tr("Alasan penyesuaian (wajib bila rating berbeda dari saran periode):"))
        v.addWidget(self.lbl_alasan)
        self.ed_alasan = QPlainTextEdit()
        self.ed_alasan.setFixedHeight(54)
        self.ed_alasan.setTabChangesFocus(True)
        self.ed_alasan.textChanged.connect(self._on_nilai_edit)
        v.addWidget(self.ed_alasan)
        # SE MenPANRB 3/2023: a unit's leader is rated by his organisation's capaian; otherwise say why
        self.lbl_alasan_pimp = QLabel(self.tr("Alasan rating hasil kerja pimpinan unit berbeda dari capaian "
                                              "kinerja organisasi (dicetak pada dokumen):"))
        self.lbl_alasan_pimp.setWordWrap(True)
        v.addWidget(self.lbl_alasan_pimp)
        self.ed_alasan_pimp = QPlainTextEdit()
        self.ed_alasan_pimp.setObjectName("alasan_rating_pimpinan")
        self.ed_alasan_pimp.setFixedHeight(54)
        self.ed_alasan_pimp.setTabChangesFocus(True)
        self.ed_alasan_pimp.textChanged.connect(self._on_nilai_edit)
        v.addWidget(self.ed_alasan_pimp)
        v.addWidget(QLabel(self.tr("Catatan / rekomendasi:")))
        self.ed_catatan = QPlainTextEdit()
        self.ed_catatan.setFixedHeight(60)
        self.ed_catatan.setTabChangesFocus(True)
        self.ed_catatan.setPlaceholderText(self.tr("mis. rekomendasi pelatihan, penghargaan, atau pembinaan"))
        self.ed_catatan.textChanged.connect(self._on_nilai_edit)
        v.addWidget(self.ed_catatan)
        v.addStretch(1)
        area.setWidget(inner)
        return area

    def _build_360(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.lbl_360 = QLabel()
        self.lbl_360.setWordWrap(True)
        v.addWidget(self.lbl_360)
        self.tbl_360 = QTableWidget(0, 5)
        self.tbl_360.setHorizontalHeaderLabels([self.tr("Nilai"), self.tr("Di Atas"), self.tr("Sesuai"),
                                                self.tr("Di Bawah"), self.tr("Komentar")])
        self.tbl_360.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_360.verticalHeader().setVisible(False)
        self.tbl_360.setWordWrap(True)
        hh = self.tbl_360.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in (1, 2, 3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.tbl_360, 1)
        row = QHBoxLayout()
        self.lbl_pemberi = QLabel()
        self.lbl_pemberi.setWordWrap(True)
        self.lbl_pemberi.setStyleSheet("color: #555;")
        row.addWidget(self.lbl_pemberi, 1)
        self.btn_minta360 = QPushButton(self.tr("Minta masukan…"))
        self.btn_minta360.clicked.connect(self.minta_360)
        row.addWidget(self.btn_minta360)
        v.addLayout(row)
        return w

    def _build_diri(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.lbl_diri = QLabel()
        self.lbl_diri.setWordWrap(True)
        v.addWidget(self.lbl_diri)
        self.rg_diri_hasil = RatingGroup(self.tr("Penilaian diri: hasil kerja"), PANDUAN_RATING_HASIL, lambda: None)
        self.rg_diri_perilaku = RatingGroup(self.tr("Penilaian diri: perilaku kerja"), PANDUAN_RATING_PERILAKU,
                                            lambda: None)
        v.addWidget(self.rg_diri_hasil)
        v.addWidget(self.rg_diri_perilaku)
        v.addWidget(QLabel(self.tr("Catatan penilaian diri:")))
        self.ed_diri = QPlainTextEdit()
        self.ed_diri.setFixedHeight(60)
        self.ed_diri.setTabChangesFocus(True)
        v.addWidget(self.ed_diri)
        row = QHBoxLayout()
        row.addStretch(1)
        self.btn_diri_simpan = QPushButton(self.tr("Simpan draf"))
        self.btn_diri_simpan.clicked.connect(lambda: self.simpan_diri(False))
        self.btn_diri_ajukan = QPushButton(self.tr("Ajukan ke pejabat penilai…"))
        self.btn_diri_ajukan.clicked.connect(lambda: self.simpan_diri(True))
        row.addWidget(self.btn_diri_simpan)
        row.addWidget(self.btn_diri_ajukan)
        v.addLayout(row)
        v.addStretch(1)
        return w

    # ------------------------------------------------------------------ loading
    def load(self, skp_id: int | None, periode_id: int | None) -> None:
        """Show the evaluation of ``skp_id`` in ``periode_id`` (None, None = nothing selected)."""
        self._skp_id, self._periode_id = skp_id, periode_id
        if skp_id is None or periode_id is None:
            self.detail = None
            self.lbl_head.setText(self.tr("<i>Pilih pegawai di daftar untuk membuka evaluasinya.</i>"))
            self.lbl_lock.setVisible(False)
            self.tabs.setEnabled(False)
            for b in (self.btn_simpan, self.btn_final, self.btn_batal_final, self.btn_cetak):
                b.setEnabled(False)
            self._clear_dirty()
            self.history.show(None, None)
            return
        try:
            d = ev.detail_evaluasi(self.ctx, skp_id, periode_id)
        except ServiceError as exc:
            show_error(self, exc)
            self.load(None, None)
            return
        self._apply(d)

    def tampilkan(self, d: ev.EvaluasiDetail, bekal: dict[str, Any] | None = None) -> None:
        """Show an evaluation read off the UI thread (``ev.detail_evaluasi``, what ``load`` reads),
        with ``bekal`` (:func:`baca_bekal`): then no query runs here."""
        self._bekal = bekal or {}
        try:
            self._apply(d)
        finally:
            self._bekal = {}

    def _ringkasan_360(self, evaluasi_id: int) -> Any:
        """The 360° summary: read ahead (``tampilkan``) or now; raises what the service raised."""
        agg = self._bekal.get("360")
        if agg is None:
            return ev.ringkasan_360(self.ctx, evaluasi_id)
        if isinstance(agg, ServiceError):
            raise agg
        return agg

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.skp_id, self.detail.periode.id)

    def _apply(self, d: ev.EvaluasiDetail) -> None:
        self._loading = True
        try:
            self.detail = d
            self._skp_id, self._periode_id = d.skp_id, d.periode.id
            self.tabs.setEnabled(True)
            self._edit_real.clear()
            self._edit_ub.clear()
            p, pn = d.header["pegawai"], d.header["penilai"]
            self.lbl_head.setText(
                fmt(self.tr("<b style='font-size:12pt'>%1</b> &nbsp;·&nbsp; NIP %2<br>%3 — %4<br>"
                        "<span style='color:#555'>Pejabat penilai: %5 · Periode: %6 · Status: <b>%7</b></span>"), p.get("nama") or "", format_nip(p.get("nip") or "") or "—", p.get("jabatan") or "", p.get("unit") or "", pn.get("nama") or self.tr("(belum ditetapkan)"), nama_periode(d.periode.label), label(d.status))
            )
            self.lbl_lock.setText(_alasan(d))
            self.lbl_lock.setVisible(d.hak.terkunci)
            self._fill_perubahan(d)
            self.panel_tindak_lanjut.tampilkan(d.pegawai_id, self._bekal.get("tindak_lanjut"))
            self.panel_ukuran.muat(d.skp_id, d.evaluasi_id, d.version_id, boleh_isi=d.hak.isi_realisasi,
                                   boleh_timpa=d.hak.nilai, status=self._bekal.get("ukuran"))
            self._fill_hasil(d)
            self._fill_perilaku(d)
            self._fill_penilaian(d)
            self._fill_360(d)
            self._fill_diri(d)
            self._update_buttons()
            self.history.show(self._key(d), d.version_id)
        finally:
            self._loading = False
        self._clear_dirty()
        if self._prefilled:  # the annual suggestion is unsaved until the supervisor saves it
            self._dirty_nilai = True
            self._show_dirty()
        self._update_predikat(preview=False)

    def _fill_hasil(self, d: ev.EvaluasiDetail) -> None:
        sel_ind = self._cur_ind
        self.tbl.setRowCount(0)
        self._row_ind.clear()
        n = sum(1 + len(r.indikator) for r in d.hasil)
        self.tbl.setRowCount(n)
        row = 0
        letter = {JenisRhk.UTAMA: "A", JenisRhk.TAMBAHAN: "B"}
        for r in d.hasil:
            head = QTableWidgetItem(f"{letter[r.jenis]}.{r.nomor}  {r.teks}")
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            head.setBackground(Qt.GlobalColor.lightGray)
            tip = r.teks
            if r.rhk_atasan:
                tip += "\n" + fmt(self.tr("RHK atasan yang diintervensi: %1"), r.rhk_atasan)
            if r.perspektif:
                tip += "\n" + fmt(self.tr("Perspektif: %1"), label(r.perspektif))
            head.setToolTip(tip)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tbl.setItem(row, 0, head)
            self.tbl.setSpan(row, 0, 1, 5)
            row += 1
            for i in r.indikator:
                self._row_ind[row] = i.indikator_id
                self._set_ind_row(row, i)
                row += 1
        self.tbl.resizeRowsToContents()
        target_row = next((rw for rw, iid in self._row_ind.items() if iid == sel_ind), None)
        if target_row is None and self._row_ind:
            target_row = min(self._row_ind)
        self._cur_ind = None
        if target_row is not None:
            self.tbl.selectRow(target_row)
            self._on_select_indikator()
        else:
            self._show_ind(None)

    def _ind(self, indikator_id: int) -> ev.IndikatorEval | None:
        if self.detail is None:
            return None
        return next((i for i in self.detail.indikator() if i.indikator_id == indikator_id), None)

    def _set_ind_row(self, row: int, i: ev.IndikatorEval) -> None:
        e = self._edit_real.get(i.indikator_id, {})
        rencana = str(e.get("rencana_aksi", i.rencana_aksi))
        real = str(e.get("realisasi", i.realisasi))
        angka = e.get("angka_text")
        if angka is None:
            angka = ev.format_angka(i.realisasi_nilai) if i.realisasi_nilai is not None else ""
        realisasi = real or (f"{angka} {i.satuan}".strip() if angka else "")
        if self.panel_ukuran.terikat(i.indikator_id):  # the figure; its basis is in the tooltip and the panel
            realisasi = f"{angka} {i.satuan}".strip() if angka else real
        ub = self._edit_ub.get(i.indikator_id, i.umpan_balik)
        aspek = label(i.aspek)
        vals = [f"{aspek} — {i.teks}", i.target, realisasi, str(len(i.bukti)) if i.bukti else "", ub]
        tips = [f"{aspek} — {i.teks}\n" + fmt(self.tr("Rencana aksi: %1"), rencana or "—"), i.target,
                real or realisasi, "\n".join(b.nama for b in i.bukti), ub]
        for c, text in enumerate(vals):
            it = QTableWidgetItem(text)
            it.setToolTip(tips[c])
            if c == 3:
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tbl.setItem(row, c, it)

    def _fill_perilaku(self, d: ev.EvaluasiDetail) -> None:
        summary: dict[str, str] = {}
        if d.evaluasi_id is not None and self.ctx.actor.can(Permission.EVAL_RATE):
            try:
                agg = self._ringkasan_360(d.evaluasi_id)
                for a in agg.nilai:
                    if a.jumlah:
                        summary[a.kode] = fmt(self.tr("%1× atas, %2× sesuai, %3× bawah"), str(a.di_atas), str(a.sesuai), str(a.di_bawah))
            except ServiceError:
                pass
        for b in d.perilaku:
            _name, eksp, n360, fb = self.perilaku_rows[b.kode]
            eksp.setText(fmt(self.tr("Ekspektasi khusus pimpinan: %1"), b.ekspektasi_khusus or "-"))
            n360.setText(fmt(self.tr("360°: %1"), summary[b.kode]) if b.kode in summary else "")
            fb.set_text(b.umpan_balik)
            tampil_hanya_baca(fb, not d.hak.nilai, self._siapa_penilai(d))

    def _fill_penilaian(self, d: ev.EvaluasiDetail) -> None:
        h, p = d.rating_hasil, d.rating_perilaku
        s = d.saran_tahunan
        prefilled = False
        if d.periode.tahunan and h is None and p is None and s is not None and d.hak.nilai:
            h, p = s.rating_hasil, s.rating_perilaku  # annual: pre-filled from the periods
            prefilled = h is not None or p is not None
        ikut = d.rating_hasil_pimpinan
        if ikut is not None and d.hak.nilai and not d.final and d.rating_hasil is None:
            # the unit's leader: rating hasil kerja follows his organisation's capaian. Shown, saved with
            # the next Simpan; looking at it alone is no unsaved change.
            h = ikut
        self.rg_hasil.set_value(h)
        self.rg_perilaku.set_value(p)
        self.rg_hasil.set_editable(d.hak.nilai, self._siapa_penilai(d))
        self.rg_perilaku.set_editable(d.hak.nilai, self._siapa_penilai(d))
        self.lbl_capaian.setText(self._capaian_text(d))
        pimpinan = ikut is not None
        self.lbl_alasan_pimp.setVisible(pimpinan)
        self.ed_alasan_pimp.setVisible(pimpinan)
        self.ed_alasan_pimp.setPlainText(d.alasan_rating_pimpinan)
        tampil_hanya_baca(self.ed_alasan_pimp, not d.hak.nilai, self._siapa_penilai(d))
        if d.penilaian_diri is not None and d.penilaian_diri.diajukan:
            self.lbl_diri_ringkas.setText(
                fmt(self.tr("hasil kerja %1, perilaku %2 (diajukan %3)"), label(d.penilaian_diri.rating_hasil), label(d.penilaian_diri.rating_perilaku), tanggal_teks(d.penilaian_diri.diajukan_pada.date()))
            )
        else:
            self.lbl_diri_ringkas.setText(self.tr("belum diajukan"))
        self.box_saran.setVisible(d.periode.tahunan)
        self.lbl_alasan.setVisible(d.periode.tahunan)
        self.ed_alasan.setVisible(d.periode.tahunan)
        if s is not None:
            per = " · ".join(f"{nama_periode(nm)}: <b>{label(pr)}</b>" for nm, _hh, _pp, pr in s.per_periode)
            sug = f"<b>{label(s.rating_hasil)} / {label(s.rating_perilaku)}</b>"
            filled = self.tr("sudah diisi di bawah; periksa lalu Simpan")
            self.lbl_saran.setText(
                (per or self.tr("Belum ada periode yang dinilai.")) + "<br>" + self.tr("Saran (hasil / perilaku)")
                + f": {sug}" + (f" <span style='color:#1b5e9a'>— {filled}</span>" if prefilled else "")
            )
            self.lbl_saran.setToolTip(teks(s.penjelasan) + "\n" + "\n".join(
                f"{nama_periode(nm)}: {label(hh)} / {label(pp)}" for nm, hh, pp, _pr in s.per_periode))
            self.btn_saran.setEnabled(d.hak.nilai and s.rating_hasil is not None)
        self.ed_alasan.setPlainText(d.alasan_penyesuaian)
        tampil_hanya_baca(self.ed_alasan, not d.hak.nilai, self._siapa_penilai(d))
        self.ed_catatan.setPlainText(d.catatan_rekomendasi)
        tampil_hanya_baca(self.ed_catatan, not d.hak.nilai, self._siapa_penilai(d))
        self.ed_catatan.setPlaceholderText(
            self.tr("mis. rekomendasi pelatihan, penghargaan, atau pembinaan") if d.hak.nilai else "")
        self._prefilled = prefilled

    def _capaian_text(self, d: ev.EvaluasiDetail) -> str:
        """The capaian, where it comes from, and what it means for a unit's leader."""
        cap = d.capaian
        if d.final:
            return fmt(self.tr("<b>%1</b> <span style='color:#777'>(dibekukan saat finalisasi)</span>"), org_label(d.capaian_organisasi))
        if cap is None or cap.predikat is None:
            unit = cap.unit_nama if cap is not None else ""
            return fmt(self.tr("<b>belum ditetapkan</b> <span style='color:#b3261e'>— predikat organisasi %1 untuk "
                           "periode ini belum ditetapkan oleh pimpinan; tidak disimpulkan dari rating.</span>"
                           ), unit)
        sumber = fmt(self.tr("ditetapkan untuk %1"), cap.unit_nama) if cap.sumber == "ditetapkan" else \
            fmt(self.tr("mengikuti unit induk dari %1"), cap.unit_nama)
        text = f"<b>{org_label(cap.predikat)}</b> <span style='color:#777'>({sumber})</span>"
        if cap.rating_hasil_pimpinan is not None:
            text += "<br>" + fmt(self.tr("Pimpinan unit: rating hasil kerja mengikuti capaian organisasi → <b>%1</b> "
                                     "(SE MenPANRB 3/2023)."), label(cap.rating_hasil_pimpinan))
        return text

    def _fill_360(self, d: ev.EvaluasiDetail) -> None:
        self.tbl_360.setRowCount(0)
        self.btn_minta360.setEnabled(d.hak.minta_360)
        if d.evaluasi_id is None:
            self.lbl_360.setText(self.tr("Belum ada permintaan masukan 360°. Rekan kerja dan bawahan dapat diminta "
                                         "memberi masukan per nilai BerAKHLAK; masukan bersifat informasi, bukan "
                                         "pengganti penilaian pejabat penilai."))
            self.lbl_pemberi.setText("")
            return
        try:
            agg = self._ringkasan_360(d.evaluasi_id)
        except ServiceError:
            self.lbl_360.setText(self.tr("Ringkasan masukan 360° hanya dapat dilihat oleh pejabat penilai dan admin."))
            self.lbl_pemberi.setText("")
            return
        text = fmt(self.tr("Masukan masuk: %1 dari %2 yang diminta."), str(agg.masuk), str(agg.diminta))
        if not agg.ditampilkan:
            text += " " + fmt(self.tr("Ringkasan ditampilkan setelah paling sedikit %1 masukan masuk, agar tidak ada "
                                  "pemberi masukan yang dapat dikenali."), str(ev.MIN_MASUK_360))
        self.lbl_360.setText(text)
        self.tbl_360.setRowCount(len(agg.nilai))
        for r, a in enumerate(agg.nilai):
            vals = [a.nama, str(a.di_atas or ""), str(a.sesuai or ""), str(a.di_bawah or ""), "\n".join(a.komentar)]
            for c, text in enumerate(vals):
                it = QTableWidgetItem(text)
                if c in (1, 2, 3):
                    it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 0 and a.dominan is not None:
                    it.setToolTip(fmt(self.tr("Paling banyak: %1"), label(a.dominan)))
                self.tbl_360.setItem(r, c, it)
        self.tbl_360.resizeRowsToContents()
        givers = ", ".join(f"{n} ({label(h).lower()})" for n, h in agg.pemberi)
        lines = [fmt(self.tr("Diminta dari: %1"), givers)] if givers else []
        if agg.belum is None:
            lines.append(self.tr("Siapa yang belum mengisi tidak ditampilkan: daftar itu akan menunjukkan siapa "
                                 "yang sudah memberi masukan anonim."))
        elif agg.belum:
            lines.append(fmt(self.tr("Belum mengisi: %1"), ", ".join(agg.belum)))
        self.lbl_pemberi.setText("\n".join(lines))

    def _fill_diri(self, d: ev.EvaluasiDetail) -> None:
        own = d.pegawai_id == self.ctx.actor.pegawai_id
        diri = d.penilaian_diri
        editable = d.hak.penilaian_diri
        if diri is None:
            self.lbl_diri.setText(self.tr("Penilaian diri pegawai belum diajukan. Isinya tidak ditampilkan kepada "
                                          "pejabat penilai sampai pegawai mengajukannya."))
            for wdg in (self.rg_diri_hasil, self.rg_diri_perilaku, self.ed_diri):
                wdg.setVisible(False)
        else:
            for wdg in (self.rg_diri_hasil, self.rg_diri_perilaku, self.ed_diri):
                wdg.setVisible(True)
            self.rg_diri_hasil.set_value(diri.rating_hasil)
            self.rg_diri_perilaku.set_value(diri.rating_perilaku)
            self.ed_diri.setPlainText(diri.catatan)
            if diri.diajukan:
                self.lbl_diri.setText(fmt(self.tr("Diajukan pada %1."), tanggal_teks(diri.diajukan_pada.date())))
            elif own:
                self.lbl_diri.setText(self.tr("Penilaian diri Anda belum diajukan; pejabat penilai baru dapat "
                                              "melihatnya setelah Anda mengajukannya."))
        siapa = _alasan(d) if d.hak.terkunci else (
            self.tr("Sudah diajukan; penilaian diri tidak dapat diubah lagi.") if (own and d.penilaian_diri_diajukan)
            else self.tr("Diisi oleh pegawai yang bersangkutan sendiri."))
        self.rg_diri_hasil.set_editable(editable, siapa)
        self.rg_diri_perilaku.set_editable(editable, siapa)
        tampil_hanya_baca(self.ed_diri, not editable, siapa)
        self.btn_diri_simpan.setVisible(editable)
        self.btn_diri_ajukan.setVisible(editable)

    def _update_buttons(self) -> None:
        d = self.detail
        if d is None:
            return
        can_write = (d.hak.nilai or d.hak.isi_realisasi) and not d.hak.terkunci
        self.btn_simpan.setEnabled(can_write)
        self.btn_final.setEnabled(d.hak.nilai and d.evaluasi_id is not None and not d.final)
        self.btn_batal_final.setVisible(d.final)
        self.btn_batal_final.setEnabled(d.final and self.ctx.actor.can(Permission.EVAL_RATE) and d.periode.terbuka)
        self.btn_cetak.setEnabled(d.evaluasi_id is not None and d.hak.lihat_rating)
        ed_real = d.hak.isi_realisasi
        siapa_real = self._siapa_realisasi(d)
        for w in (self.ed_rencana, self.ed_realisasi, self.ed_angka, self.btn_bukti_file, self.btn_bukti_link,
                  self.btn_bukti_hapus):
            tampil_hanya_baca(w, not ed_real, siapa_real)
        if self.panel_ukuran.terikat(self._cur_ind):  # computed from the records, or overridden by the penilai
            tampil_hanya_baca(self.ed_angka, True, self.tr("Angka dihitung dari catatan kantor; pejabat penilai "
                                                           "dapat menimpanya dengan alasan."))
        self.ed_realisasi.setPlaceholderText(
            self.tr("Uraian realisasi, atau \"Tidak dilaksanakan: <alasan>\"") if ed_real else "")
        self.ed_rencana.setPlaceholderText(self.tr("Langkah yang direncanakan pada periode ini") if ed_real else "")
        self.ed_angka.setPlaceholderText(self.tr("Angka") if ed_real else "")
        tampil_hanya_baca(self.cb_ub_ind, not d.hak.nilai, self._siapa_penilai(d))

    def _siapa_realisasi(self, d: ev.EvaluasiDetail) -> str:
        """Tooltip of a realisasi field this user cannot change: why, and who fills it."""
        if d.hak.terkunci:
            return _alasan(d)
        return self.tr("Diisi oleh pegawai yang bersangkutan (atau operator/admin atas namanya); pejabat penilai "
                       "menilai dan memberi umpan balik.")

    def _siapa_penilai(self, d: ev.EvaluasiDetail) -> str:
        """Tooltip of a rating/feedback field this user cannot change."""
        if d.hak.terkunci:
            return _alasan(d)
        return self.tr("Diisi oleh pejabat penilai kinerja (atau admin).")

    def _fill_perubahan(self, d: ev.EvaluasiDetail) -> None:
        pr = d.perubahan_rating
        if pr is None:
            self.lbl_perubahan.setText("")
            self.lbl_perubahan.setVisible(False)
            return
        self.lbl_perubahan.setText(
            fmt(self.tr("Rating pejabat penilai diubah oleh %1, %2, dari %3 menjadi %4; alasan: %5"), pr.oleh, tanggal_teks(pr.pada.date()) if pr.pada else "-", self._teks_rating(pr.dari_hasil, pr.dari_perilaku), self._teks_rating(pr.menjadi_hasil, pr.menjadi_perilaku), pr.alasan)
        )
        self.lbl_perubahan.setVisible(True)

    @staticmethod
    def _teks_rating(h: Rating | None, p: Rating | None) -> str:
        text = f"{label(h, '-')} / {label(p, '-')}"
        return text + (f" ({label(predikat_kinerja(h, p))})" if h and p else "")

    def realisasi_kosong(self) -> list[str]:
        """Indicators without realisasi, counting what is typed but not yet saved."""
        d = self.detail
        if d is None:
            return []
        out = []
        for r in d.hasil:
            for i in r.indikator:
                e = self._edit_real.get(i.indikator_id, {})
                teks = str(e.get("realisasi", i.realisasi)).strip()
                angka = e.get("angka_text")
                ada_angka = bool(str(angka).strip()) if angka is not None else i.realisasi_nilai is not None
                if not (teks or ada_angka):
                    huruf = "A" if r.jenis is JenisRhk.UTAMA else "B"
                    out.append(f"{huruf}.{r.nomor} {label(i.aspek)} — {i.teks}")
        return out

    def _update_realisasi_kosong(self) -> None:
        """Rating with empty realisasi is allowed but warned about; finalisation will refuse it."""
        d = self.detail
        kosong = self.realisasi_kosong() if (d is not None and not d.final and d.hak.nilai) else []
        rated = self.rg_hasil.value() is not None or self.rg_perilaku.value() is not None
        if kosong and rated:
            self.lbl_realisasi_kosong.setText(
                fmt(self.tr("Realisasi belum diisi pada %1 indikator; rating boleh disimpan, tetapi finalisasi "
                        "memerlukan realisasi (atau catatan \"Tidak dilaksanakan\") untuk setiap indikator:"), str(len(kosong))) + "\n" + "\n".join("• " + x for x in kosong))
            self.lbl_realisasi_kosong.setVisible(True)
        else:
            self.lbl_realisasi_kosong.setText("")
            self.lbl_realisasi_kosong.setVisible(False)

    # ------------------------------------------------------------------ indicator detail
    def _on_select_indikator(self) -> None:
        rows = self.tbl.selectionModel().selectedRows() if self.tbl.selectionModel() else []
        ind_id = self._row_ind.get(rows[0].row()) if rows else None
        self._show_ind(ind_id)

    def _show_ind(self, ind_id: int | None) -> None:
        self._cur_ind = ind_id
        was = self._loading
        self._loading = True
        try:
            i = self._ind(ind_id) if ind_id is not None else None
            box_on = i is not None
            for w in (self.ed_rencana, self.ed_realisasi, self.ed_angka, self.lst_bukti, self.cb_ub_ind):
                w.setEnabled(box_on)
            self.panel_ukuran.tampilkan(ind_id if box_on else None)
            if i is None:
                self.lbl_ind.setText(self.tr("<i>Pilih indikator pada tabel di atas.</i>"))
                self.ed_rencana.setPlainText("")
                self.ed_realisasi.setText("")
                self.ed_angka.setText("")
                self.lbl_satuan.setText("")
                self.lst_bukti.clear()
                self.cb_ub_ind.set_text("")
                return
            e = self._edit_real.get(i.indikator_id, {})
            self.lbl_ind.setText(
                f"<b>{label(i.aspek)}</b> — {i.teks}<br><span style='color:#555'>"
                + fmt(self.tr("Target: %1"), i.target or "—") + "</span>"
            )
            self.ed_rencana.setPlainText(str(e.get("rencana_aksi", i.rencana_aksi)))
            self.ed_realisasi.setText(str(e.get("realisasi", i.realisasi)))
            self.ed_realisasi.setCursorPosition(0)  # a long text reads from its start
            angka = e.get("angka_text")
            self.ed_angka.setText(str(angka) if angka is not None else (
                ev.format_angka(i.realisasi_nilai) if i.realisasi_nilai is not None else ""))
            self.lbl_satuan.setText(i.satuan)
            self.cb_ub_ind.set_text(self._edit_ub.get(i.indikator_id, i.umpan_balik))
            self._fill_bukti(i)
            self._update_buttons()
        finally:
            self._loading = was

    def _fill_bukti(self, i: ev.IndikatorEval) -> None:
        self.lst_bukti.clear()
        # the style's own file/link icons: emoji have no glyph in the fonts of many office PCs (a box)
        style = self.lst_bukti.style()
        icons = {True: style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                 False: style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)}
        for b in i.bukti:
            text = b.nama + (f" — {b.keterangan}" if b.keterangan else "")
            it = QListWidgetItem(icons[b.jenis is JenisBukti.FILE], text)
            it.setData(Qt.ItemDataRole.UserRole, b.id)
            it.setToolTip(b.url or (f"sha256 {b.sha256}" if b.sha256 else ""))
            self.lst_bukti.addItem(it)
        if not i.bukti:
            it = QListWidgetItem(self.tr("(belum ada bukti dukung)"))
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lst_bukti.addItem(it)

    def _on_real_edit(self) -> None:
        if self._loading or self._cur_ind is None:
            return
        e = self._edit_real.setdefault(self._cur_ind, {})
        e["rencana_aksi"] = self.ed_rencana.toPlainText()
        e["realisasi"] = self.ed_realisasi.text()
        e["angka_text"] = self.ed_angka.text()
        try:
            parse_angka(self.ed_angka.text())
            self.ed_angka.setStyleSheet("")
        except ValueError:
            self.ed_angka.setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
        row = next((r for r, iid in self._row_ind.items() if iid == self._cur_ind), None)
        i = self._ind(self._cur_ind)
        if row is not None and i is not None:
            self._set_ind_row(row, i)
        self._dirty_real = True
        self._show_dirty()
        self._update_realisasi_kosong()

    def _on_ub_ind_edit(self, _text: str = "") -> None:
        if self._loading or self._cur_ind is None:
            return
        self._edit_ub[self._cur_ind] = self.cb_ub_ind.text()
        row = next((r for r, iid in self._row_ind.items() if iid == self._cur_ind), None)
        i = self._ind(self._cur_ind)
        if row is not None and i is not None:
            self._set_ind_row(row, i)
        self._on_nilai_edit()

    def _on_nilai_edit(self, *_a: object) -> None:
        if self._loading:
            return
        self._dirty_nilai = True
        self._show_dirty()

    def _on_rating(self) -> None:
        if self._loading:
            return
        self._dirty_nilai = True
        self._show_dirty()
        self._update_predikat(preview=True)

    def _terapkan_saran(self) -> None:
        s = self.detail.saran_tahunan if self.detail else None
        if s is None:
            return
        self.rg_hasil.set_value(s.rating_hasil)
        self.rg_perilaku.set_value(s.rating_perilaku)
        self._on_rating()

    def predikat_sekarang(self) -> Predikat | None:
        h, p = self.rg_hasil.value(), self.rg_perilaku.value()
        return predikat_kinerja(h, p) if (h and p) else None

    def _update_predikat(self, preview: bool) -> None:
        d = self.detail
        if d is None:
            self.lbl_predikat.setText("")
            return
        if not d.hak.lihat_rating:
            self.lbl_predikat.setText(self.tr("<i>rahasia</i>"))
            return
        pred = self.predikat_sekarang()
        self.lbl_predikat.setText(predikat_badge(pred, big=True))
        self._update_realisasi_kosong()
        # annual: show when a reason is required
        s = d.saran_tahunan
        if s is not None and d.periode.tahunan:
            h, p = self.rg_hasil.value(), self.rg_perilaku.value()
            differs = bool(h and p and ((s.rating_hasil and s.rating_hasil != h) or
                                        (s.rating_perilaku and s.rating_perilaku != p)))
            self.lbl_alasan.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;" if differs else "")
        ikut = d.rating_hasil_pimpinan
        beda = ikut is not None and self.rg_hasil.value() is not None and self.rg_hasil.value() != ikut
        self.lbl_alasan_pimp.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;" if beda else "")
        if preview and self.on_preview is not None:
            self.on_preview(d.skp_id, pred)

    # ------------------------------------------------------------------ dirty state
    def _clear_dirty(self) -> None:
        self._dirty_real = False
        self._dirty_nilai = False
        self._show_dirty()

    def _show_dirty(self) -> None:
        self.lbl_dirty.setText(self.tr("Ada perubahan yang belum disimpan.") if self.is_dirty() else "")

    def is_dirty(self) -> bool:
        return self.detail is not None and (self._dirty_real or self._dirty_nilai)

    def maybe_save(self) -> bool:
        """Before leaving this evaluation: True when it is fine to go on (saved or discarded)."""
        if not self.is_dirty():
            return True
        ans = QMessageBox.question(
            self, self.tr("Perubahan belum disimpan"),
            fmt(self.tr("Evaluasi %1 memiliki perubahan yang belum disimpan. Simpan sekarang?"), self.detail.header["pegawai"].get("nama") or "" if self.detail else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if ans == QMessageBox.StandardButton.Save:
            return self.save()
        if ans == QMessageBox.StandardButton.Discard:
            self._clear_dirty()
            return True
        return False

    # ------------------------------------------------------------------ writes
    def _ensure_id(self) -> int:
        d = self.detail
        assert d is not None
        if d.evaluasi_id is not None:
            return d.evaluasi_id
        return ev.ensure_evaluasi(self.ctx, d.skp_id, d.periode.id)

    def _collect_realisasi(self) -> list[ev.RealisasiInput]:
        items = []
        for ind_id, e in self._edit_real.items():
            i = self._ind(ind_id)
            try:
                nilai = parse_angka(str(e.get("angka_text", "")))
            except ValueError:
                raise ServiceError(
                    fmt(self.tr("Realisasi angka '%1' pada indikator \"%2\" bukan angka; gunakan misalnya 95,5."), str(e.get("angka_text", "")), i.teks if i else str(ind_id))
                ) from None
            items.append(ev.RealisasiInput(ind_id, str(e.get("rencana_aksi", "")), str(e.get("realisasi", "")),
                                           nilai))
        return items

    def save(self) -> bool:
        """Save realisasi (employee/operator) and ratings + feedback (penilai) in service calls."""
        d = self.detail
        if d is None or d.hak.terkunci:
            return False
        if not self.is_dirty():
            status_message(self, self.tr("Tidak ada perubahan."))
            return True
        alasan_ubah: str | None = None
        before = U.isi_of(d)
        if self._dirty_nilai and d.hak.nilai and not d.hak.pejabat_penilai:
            asli = d.rating_pejabat_penilai
            baru = (self.rg_hasil.value(), self.rg_perilaku.value())
            if asli != (None, None) and baru != (d.rating_hasil, d.rating_perilaku) and baru != asli:
                alasan_ubah = self.minta_alasan_perubahan(asli, baru)
                if alasan_ubah is None:
                    return False
        try:
            real_items = self._collect_realisasi() if (self._dirty_real and d.hak.isi_realisasi) else []
            eid = self._ensure_id()
            version = ev.get_evaluasi(self.ctx, eid).version_id if d.evaluasi_id is None else d.version_id
            result: ev.EvaluasiDetail | None = None
            if real_items:
                result = ev.save_realisasi(self.ctx, eid, real_items, version_id=version)
                version = result.version_id
            if self._dirty_nilai and d.hak.nilai:
                ub_per = {kode: row[3].text() for kode, row in self.perilaku_rows.items()}
                result = ev.set_penilaian(
                    self.ctx, eid, self.rg_hasil.value(), self.rg_perilaku.value(),
                    umpan_balik_indikator=dict(self._edit_ub), umpan_balik_perilaku=ub_per,
                    catatan=self.ed_catatan.toPlainText(),
                    alasan_penyesuaian=self.ed_alasan.toPlainText() if d.periode.tahunan else None,
                    version_id=version, alasan_perubahan=alasan_ubah,
                    alasan_rating_pimpinan=(self.ed_alasan_pimp.toPlainText()
                                            if d.rating_hasil_pimpinan is not None else None),
                )
            if result is None:
                result = ev.get_evaluasi(self.ctx, eid)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self._remember_save(before, result)
        self._apply(result)
        pred = label(result.predikat) if result.predikat else self.tr("belum lengkap")
        status_message(self, fmt(self.tr("Evaluasi %1 disimpan. Predikat: %2"), result.header["pegawai"].get("nama") or "", pred))
        if self.on_saved:
            self.on_saved(result)
        return True

    def minta_alasan_perubahan(self, asli: tuple[Rating | None, Rating | None],
                               baru: tuple[Rating | None, Rating | None]) -> str | None:
        """Ask why the pejabat penilai's rating is being changed; None = cancelled."""
        dlg = AlasanPerubahanDialog(self._teks_rating(*asli), self._teks_rating(*baru),
                                    (self.detail.header["penilai"].get("nama") if self.detail else "") or "", self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.alasan()

    def tolak_finalisasi(self, kosong: list[str]) -> QMessageBox:
        """The refusal naming every indicator still without realisasi (shown window-modal)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Finalisasi belum dapat dilakukan"),
                          fmt(self.tr("%1 indikator belum berisi realisasi. Isi realisasinya (pegawai atau operator), "
                                  "atau tuliskan \"Tidak dilaksanakan: <alasan>\" pada uraian realisasi, lalu "
                                  "finalisasi lagi."), str(len(kosong))), parent=self)
        box.setInformativeText("\n".join("• " + x for x in kosong))
        box.setObjectName("tolak_finalisasi")
        self.dlg_tolak = box
        box.open()
        return box

    def finalisasi(self) -> None:
        d = self.detail
        if d is None or d.evaluasi_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        d = self.detail
        kosong = self.realisasi_kosong()
        if kosong:
            self.tolak_finalisasi(kosong)
            return
        office = get_office(self.ctx)
        default = f"{office.kota_ttd}, {format_tanggal(date.today())}" if office.kota_ttd else format_tanggal(
            date.today())
        text, ok = QInputDialog.getText(
            self, self.tr("Finalisasi evaluasi"),
            self.tr("Evaluasi akan dikunci dan identitas pada dokumen dibekukan.\nTempat dan tanggal tanda tangan:"),
            QLineEdit.EchoMode.Normal, default,
        )
        if not ok:
            return
        self.finalisasi_dengan(text)

    def finalisasi_dengan(self, tempat_tanggal: str) -> bool:
        d = self.detail
        if d is None or d.evaluasi_id is None:
            return False
        try:
            res = ev.finalize_evaluasi(self.ctx, d.evaluasi_id, tempat_tanggal, version_id=d.version_id)
        except ValidationError as exc:
            kosong = [pr.field for pr in exc.problems if pr.field != "alasan_perubahan"]
            if kosong and "realisasi" in exc.message:
                self.tolak_finalisasi(kosong)
            else:
                show_error(self, exc)
            return False
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self._apply(res)
        status_message(self, self._workflow(res, self.tr("Evaluasi difinalkan.")))
        if self.on_saved:
            self.on_saved(res)
        return True

    def unfinalize_evaluasi(self) -> None:
        d = self.detail
        if d is None or d.evaluasi_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Batalkan finalisasi"),
                                        self.tr("Alasan membatalkan finalisasi (tercatat di log audit):"))
        if not ok:
            return
        try:
            res = ev.unfinalize_evaluasi(self.ctx, d.evaluasi_id, text, version_id=d.version_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._apply(res)
        status_message(self, self._workflow(res, self.tr("Finalisasi dibatalkan.")))
        if self.on_saved:
            self.on_saved(res)

    def simpan_diri(self, ajukan: bool) -> bool:
        d = self.detail
        if d is None:
            return False
        if ajukan and QMessageBox.question(
            self, self.tr("Ajukan penilaian diri"),
            self.tr("Setelah diajukan, penilaian diri dapat dilihat pejabat penilai dan tidak dapat diubah lagi. "
                    "Ajukan sekarang?"),
        ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            eid = self._ensure_id()
            version = ev.get_evaluasi(self.ctx, eid).version_id if d.evaluasi_id is None else d.version_id
            res = ev.save_penilaian_diri(self.ctx, eid, self.rg_diri_hasil.value(), self.rg_diri_perilaku.value(),
                                           self.ed_diri.toPlainText(), ajukan=ajukan, version_id=version)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        if ajukan:
            message = self._workflow(res, self.tr("Penilaian diri diajukan."))
        else:
            self.history.wrote(self._key(res), res.version_id)
            message = self.tr("Penilaian diri disimpan.")
        self._apply(res)
        status_message(self, message)
        if self.on_saved:
            self.on_saved(res)
        return True

    # ------------------------------------------------------------------ evidence
    def _refresh_bukti(self) -> None:
        """Re-read the evaluation for its evidence, keeping unsaved edits in the widgets."""
        d = self.detail
        if d is None:
            return
        try:
            fresh = ev.detail_evaluasi(self.ctx, d.skp_id, d.periode.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.detail = fresh
        self.history.wrote(self._key(fresh), fresh.version_id)  # evidence added or removed by this session
        for row, iid in self._row_ind.items():
            i = self._ind(iid)
            if i is not None:
                self._set_ind_row(row, i)
        cur = self._ind(self._cur_ind) if self._cur_ind is not None else None
        if cur is not None:
            self._fill_bukti(cur)
        self._update_buttons()

    def tambah_bukti_berkas(self, paths: list[str] | None = None) -> None:
        if self.detail is None or self._cur_ind is None:
            return
        if not paths:
            paths, _f = QFileDialog.getOpenFileNames(
                self, self.tr("Pilih berkas bukti dukung"), str(Path.home()),
                self.tr("Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.zip);;Semua berkas (*)"),
            )
        if not paths:
            return
        try:
            eid = self._ensure_id()
            for p in paths:
                ev.add_bukti_file(self.ctx, eid, self._cur_ind, p)
        except ServiceError as exc:
            show_error(self, exc)
        self._refresh_bukti()
        status_message(self, fmt(self.tr("%1 berkas bukti ditambahkan."), str(len(paths))))

    def add_bukti_tautan(self, url: str | None = None) -> None:
        if self.detail is None or self._cur_ind is None:
            return
        if url is None:
            url, ok = QInputDialog.getText(self, self.tr("Tautan bukti dukung"),
                                           self.tr("Alamat (diawali http:// atau https://):"))
            if not ok:
                return
        try:
            ev.add_bukti_tautan(self.ctx, self._ensure_id(), self._cur_ind, url)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._refresh_bukti()

    def _bukti_terpilih(self) -> ev.BuktiInfo | None:
        it = self.lst_bukti.currentItem()
        cur = self._ind(self._cur_ind) if self._cur_ind is not None else None
        if it is None or cur is None:
            return None
        bid = it.data(Qt.ItemDataRole.UserRole)
        return next((b for b in cur.bukti if b.id == bid), None)

    def buka_bukti(self) -> None:
        b = self._bukti_terpilih()
        if b is None:
            return
        try:
            url = QUrl(b.url) if b.jenis is JenisBukti.TAUTAN else QUrl.fromLocalFile(
                str(ev.bukti_path(self.ctx, b.id, periksa=True)))
        except ServiceError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(url)

    def delete_bukti(self) -> None:
        b = self._bukti_terpilih()
        if b is None:
            return
        if QMessageBox.question(self, self.tr("Hapus bukti"),
                                fmt(self.tr("Hapus bukti \"%1\"?"), b.nama)) != QMessageBox.StandardButton.Yes:
            return
        try:
            ev.delete_bukti(self.ctx, b.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._refresh_bukti()

    # ------------------------------------------------------------------ 360
    def minta_360(self) -> None:
        d = self.detail
        if d is None:
            return
        try:
            eid = self._ensure_id()
            cands = ev.kandidat_360(self.ctx, eid)
        except ServiceError as exc:
            show_error(self, exc)
            return
        dlg = Minta360Dialog(cands, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self._refresh_bukti()
            return
        try:
            n = ev.request_masukan_360(self.ctx, eid, dlg.terpilih())
        except ServiceError as exc:
            show_error(self, exc)
            return
        status_message(self, fmt(self.tr("%1 permintaan masukan 360° dikirim."), str(n)))
        fresh = ev.get_evaluasi(self.ctx, eid)
        self.detail = fresh
        self.history.wrote(self._key(fresh), fresh.version_id)
        self._fill_360(fresh)

    # ------------------------------------------------------------------ undo / redo
    @staticmethod
    def _key(d: ev.EvaluasiDetail) -> tuple[int, int]:
        return (d.skp_id, d.periode.id)

    def _remember_save(self, before: U.Isi, result: ev.EvaluasiDetail) -> None:
        """A save of realisasi, ratings or feedback, for Urungkan/Ulangi (Edit menu)."""
        key = self._key(result)
        self.history.wrote(key, result.version_id)
        after = U.isi_of(result)
        if after == before or result.evaluasi_id is None:
            return
        real = after.realisasi != before.realisasi
        nilai = after.penilaian != before.penilaian
        rating = after.penilaian.rating != before.penilaian.rating
        if real and nilai:
            text = self.tr("ubah realisasi dan penilaian %1")
        elif real:
            text = self.tr("ubah realisasi %1")
        elif rating:
            text = self.tr("ubah rating %1")
        else:
            text = self.tr("ubah umpan balik %1")
        text = fmt(text, result.header["pegawai"].get("nama") or "").strip()
        apply = U.isi_apply(self.ctx, result.evaluasi_id, result.periode.tahunan, before, after)
        self.history.push(key, ServiceCommand(text, self.history, key, apply, self._undo_applied,
                                              self._undo_refused))

    def _workflow(self, res: ev.EvaluasiDetail, message: str) -> str:
        """Finalising (or undoing it, or submitting the self-assessment) cannot be undone with
        Ctrl+Z, nor can the edits before it: that evaluation's history ends, and the status bar says so."""
        if self.history.clear(self._key(res)):
            message += " " + self.tr("Riwayat urungkan evaluasi ini dikosongkan: langkah alur kerja tidak "
                                     "dapat diurungkan.")
        return message

    def undo(self) -> None:
        """Edit › Urungkan (Ctrl+Z): the newest save of the evaluation on screen, taken back."""
        if self.detail is not None and self.maybe_save():
            self.history.undo()

    def redo(self) -> None:
        """Edit › Ulangi (Ctrl+Shift+Z / Ctrl+Y)."""
        if self.detail is not None and self.maybe_save():
            self.history.redo()

    def _undo_applied(self, text: str, undone: bool) -> None:
        self.reload()
        status_message(self, rapikan_titik(fmt(self.tr("Diurungkan: %1.") if undone else self.tr("Diulang: %1."),
                                               text)))  # a name ending in "A.Md." gets no second dot
        if self.on_saved and self.detail is not None:
            self.on_saved(self.detail)

    def _undo_refused(self, exc: ServiceError, key: object) -> None:
        # the stack is still inside the command: it is emptied after it has dropped the command
        QTimer.singleShot(0, lambda: self._after_refusal(exc, key))

    def _after_refusal(self, exc: ServiceError, key: object) -> None:
        self.history.clear(key)
        if self.detail is not None and self._key(self.detail) == key:
            self.reload()
        if isinstance(exc, ConflictError):
            text = self.tr("Evaluasi ini sudah diubah di jendela atau komputer lain sejak perubahan Anda, sehingga "
                           "perubahan itu tidak diurungkan: perubahan mereka tetap berlaku.\n\nRiwayat urungkan "
                           "evaluasi ini dikosongkan; editor kini menampilkan data terbaru.")
        else:
            text = fmt(self.tr("Perubahan ini tidak dapat diurungkan: %1\n\nRiwayat urungkan evaluasi ini "
                               "dikosongkan."), message_of(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Tidak dapat diurungkan"), text, parent=self)
        box.setObjectName("urungkan_ditolak")
        box.setDetailedText(error_text(exc))
        self.dlg_undo_refused = box
        box.open()
        status_message(self, self.tr("Urungkan ditolak; riwayat urungkan evaluasi ini dikosongkan."))

    # ------------------------------------------------------------------ print
    def cetak(self) -> None:
        d = self.detail
        if d is None or d.evaluasi_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        d = self.detail
        default = str(Path.home() / nama_berkas("Dokumen_Evaluasi", d.header["pegawai"].get("nama") or "pegawai",
                                                d.periode.label, ext="pdf"))
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Simpan Dokumen Evaluasi"), default, "PDF (*.pdf)")
        if path:
            self.cetak_ke(path)

    def cetak_ke(self, path: str, *, buka: bool = True) -> None:
        from asn_desktop.services.laporan import cetak_dokumen_evaluasi
        from asn_desktop.ui.jobs import run_job

        d = self.detail
        if d is None or d.evaluasi_id is None:
            return
        eid = d.evaluasi_id

        def done(paths: list[Path]) -> None:
            tampilkan_hasil(self, self.tr("Dokumen evaluasi disimpan."), paths[0],
                            status=fmt(self.tr("Dokumen evaluasi disimpan: %1"), str(paths[0])))
            if buka:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))

        run_job(self, self.tr("Mencetak dokumen evaluasi…"),
                lambda prog: cetak_dokumen_evaluasi(self.ctx, [eid], path, progress=prog), done)


class Minta360Dialog(QDialog):
    """Choose peers and subordinates to ask for 360° input."""

    def __init__(self, kandidat: list[ev.Kandidat360], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Minta masukan 360°"))
        self.resize(520, 460)
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("Pilih rekan kerja dan bawahan yang diminta memberi masukan per nilai BerAKHLAK. "
                               "Pemberi dapat memilih untuk anonim."))
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.lst = QListWidget()
        for k in kandidat:
            it = QListWidgetItem(f"{k.nama} — {k.jabatan} ({label(k.hubungan).lower()})"
                                 + (self.tr(" · sudah diminta") if k.sudah_diminta else ""))
            it.setData(Qt.ItemDataRole.UserRole, (k.pegawai_id, k.hubungan.value))
            if k.sudah_diminta:
                it.setFlags(Qt.ItemFlag.ItemIsEnabled)
                it.setCheckState(Qt.CheckState.Checked)
            else:
                it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                it.setCheckState(Qt.CheckState.Unchecked)
            self.lst.addItem(it)
        if not kandidat:
            self.lst.addItem(self.tr("(tidak ada rekan kerja atau bawahan yang dapat diminta)"))
        v.addWidget(self.lst, 1)
        self.chk_all = QCheckBox(self.tr("Pilih semua"))
        self.chk_all.toggled.connect(self._all)
        v.addWidget(self.chk_all)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kirim permintaan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        v.addWidget(bb)

    def _all(self, on: bool) -> None:
        for i in range(self.lst.count()):
            it = self.lst.item(i)
            if it.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def terpilih(self) -> list[tuple[int, str]]:
        out = []
        for i in range(self.lst.count()):
            it = self.lst.item(i)
            if it.flags() & Qt.ItemFlag.ItemIsUserCheckable and it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return out


class Isi360Dialog(QDialog):
    """The giver's form: rating + comment per BerAKHLAK value, optionally anonymous."""

    def __init__(self, ctx: AppContext, permintaan: list[ev.Permintaan360], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from asn_desktop.domain.berakhlak import BERAKHLAK

        self.ctx = ctx
        self.permintaan = permintaan
        self.setWindowTitle(self.tr("Masukan 360° yang diminta dari Anda"))
        self.resize(800, 430)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Untuk:")))
        self.cb_req = QComboBox()
        for r in permintaan:
            state = self.tr("terkirim") if r.diajukan_pada else self.tr("belum diisi")
            self.cb_req.addItem(f"{r.dinilai_nama} — {nama_periode(r.periode_label)} ({label(r.hubungan).lower()}, {state})")
        top.addWidget(self.cb_req, 1)
        v.addLayout(top)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.tr("<b>Nilai</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Rating</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Komentar</b>")), 0, 2)
        self.rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for i, b in enumerate(BERAKHLAK, start=1):
            lbl = QLabel(f"{b.nomor}. {b.nama}")
            lbl.setToolTip("\n".join("• " + x for x in b.panduan))
            cb = QComboBox()
            cb.addItem("—", None)
            for r in RATINGS:
                cb.addItem(label(r), r.value)
            ed = QLineEdit()
            ed.setMaxLength(2000)
            grid.addWidget(lbl, i, 0)
            grid.addWidget(cb, i, 1)
            grid.addWidget(ed, i, 2)
            self.rows[b.kode] = (cb, ed)
        v.addLayout(grid)
        self.chk_anonim = QCheckBox(self.tr("Kirim sebagai anonim (nama Anda tidak ditampilkan kepada pejabat penilai)"))
        self.chk_anonim.setChecked(True)
        v.addWidget(self.chk_anonim)
        self.lbl_state = QLabel()
        self.lbl_state.setWordWrap(True)
        v.addWidget(self.lbl_state)
        v.addStretch(1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.btn_kirim = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.btn_kirim.setText(self.tr("Kirim masukan"))
        bb.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        bb.accepted.connect(self.kirim)
        bb.rejected.connect(self.reject)
        v.addWidget(bb)
        self.cb_req.currentIndexChanged.connect(self._show)
        self._show(0)

    def _show(self, idx: int) -> None:
        if not 0 <= idx < len(self.permintaan):
            self.btn_kirim.setEnabled(False)
            return
        r = self.permintaan[idx]
        for kode, (cb, ed) in self.rows.items():
            rating, kom = r.nilai.get(kode, (None, ""))
            cb.setCurrentIndex(cb.findData(rating.value if rating else None))
            ed.setText(kom)
            alasan = (self.tr("Evaluasi ini sudah final; masukan tidak dapat diubah.") if r.final
                      else self.tr("Periode ini sudah ditutup; masukan tidak dapat diubah."))
            tampil_hanya_baca(cb, not r.periode_terbuka, alasan)
            tampil_hanya_baca(ed, not r.periode_terbuka, alasan)
        self.chk_anonim.setChecked(r.anonim)
        self.chk_anonim.setEnabled(r.periode_terbuka)
        self.btn_kirim.setEnabled(r.periode_terbuka)
        self.lbl_state.setText("" if r.periode_terbuka else (
            self.tr("Evaluasi ini sudah final; masukan tidak dapat diubah.") if r.final
            else self.tr("Periode ini sudah ditutup; masukan tidak dapat diubah.")))

    def kirim(self) -> None:
        idx = self.cb_req.currentIndex()
        if not 0 <= idx < len(self.permintaan):
            return
        nilai = {kode: (cb.currentData(), ed.text()) for kode, (cb, ed) in self.rows.items()}
        try:
            res = ev.submit_masukan_360(self.ctx, self.permintaan[idx].masukan_id, nilai, self.chk_anonim.isChecked())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.permintaan[idx] = res
        self.cb_req.setItemText(idx, f"{res.dinilai_nama} — {nama_periode(res.periode_label)} ({label(res.hubungan).lower()}, "
                                + self.tr("terkirim") + ")")
        self.lbl_state.setText(self.tr("Terima kasih, masukan terkirim. Anda dapat memperbaikinya selama periode "
                                       "masih dibuka."))


__all__ = ["EvaluasiEditor", "FeedbackBox", "Isi360Dialog", "Minta360Dialog", "RatingGroup", "parse_angka"]


class AlasanPerubahanDialog(QDialog):
    """Asks for the reason when someone other than the pejabat penilai changes his rating.

    The reason stays on the evaluation ("diubah oleh …, alasan …") for the penilai and the employee.
    """

    def __init__(self, dari: str, menjadi: str, penilai: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mengubah rating pejabat penilai"))
        v = QVBoxLayout(self)
        info = QLabel(fmt(self.tr("Rating ini diisi oleh pejabat penilai %1:\n    %2\nAnda mengubahnya menjadi:\n    %3\n\n"
                              "Perubahan ini, nama Anda, tanggal dan alasannya akan tampil pada evaluasi bagi pejabat "
                              "penilai dan pegawai."), penilai or "-", dari, menjadi))
        info.setWordWrap(True)
        v.addWidget(info)
        v.addWidget(QLabel(self.tr("Alasan perubahan (wajib, paling sedikit 5 karakter):")))
        self.ed = QPlainTextEdit()
        self.ed.setFixedHeight(70)
        self.ed.setTabChangesFocus(True)
        v.addWidget(self.ed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ubah rating"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)
        self.ed.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.alasan()) >= 5)

    def alasan(self) -> str:
        return self.ed.toPlainText().strip()
