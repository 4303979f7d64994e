"""The profile editor: every field of ``Pegawai`` in tabs, the six history tabs,
inline validation, save / cancel with a prompt on unsaved changes.

Validation runs while typing (``services.pegawai.periksa_pegawai``): errors
(red) block "Simpan", NIP consistency warnings (amber) are shown beside the NIP
and beside tanggal lahir, jenis kelamin or TMT CPNS. The service checks again
on save (duplicate NIP, supervisor loop, history rule) and its field problems
are shown the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import (
    Agama,
    JenisJabatan,
    JenisKelamin,
    JenjangFungsional,
    StatusKepegawaian,
    StatusPegawai,
)
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import PNS_GOLONGAN, PPPK_GOLONGAN
from asn_desktop.domain.nama import format_nama, split_gelar
from asn_desktop.domain.nip import NipKind, format_nip, parse_nip
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.services.organisasi import UnitNode, default_atasan_id
from asn_desktop.services.pegawai import (
    ESELON,
    JENJANG_PENDIDIKAN,
    SYNC_SPECS,
    PegawaiData,
    PegawaiRow,
    Profil,
    SaveResult,
    current_from_history,
    new_profil,
    normalise,
    periksa_pegawai,
    save_profil,
)
from asn_desktop.services.riwayat_nilai import nilai_lama_pegawai
from asn_desktop.ui.errors import error_text
from asn_desktop.ui.hanya_baca import tampil_hanya_baca
from asn_desktop.ui.labels import choices as label_choices
from asn_desktop.ui.labels import label
from asn_desktop.ui.pegawai.pickers import PegawaiPickerDialog, fill_unit_combo
from asn_desktop.ui.pegawai.riwayat import DiklatTab, NilaiLamaTab, RiwayatTab, tab_titles
from asn_desktop.ui.pegawai.widgets import (
    Banner,
    DateField,
    FieldMessage,
    combo_value,
    load_photo_file,
    set_combo_data,
)
from asn_desktop.ui.i18n import fmt

_KEAHLIAN = {JenjangFungsional.AHLI_PERTAMA, JenjangFungsional.AHLI_MUDA, JenjangFungsional.AHLI_MADYA,
             JenjangFungsional.AHLI_UTAMA}

TAB_IDENTITAS, TAB_KEPEGAWAIAN, TAB_JABATAN, TAB_KONTAK, TAB_FOTO = range(5)
RIWAYAT_KINDS = ("golongan", "jabatan", "pendidikan", "diklat", "penghargaan", "hukdis")


class ProfileDialog(QDialog):
    """Create or edit one employee. ``result`` holds the :class:`SaveResult` after "Simpan"."""

    saved = Signal(object)  # SaveResult

    def __init__(
        self,
        ctx: AppContext,
        profil: Profil | None,
        units: Sequence[UnitNode],
        rows_provider: Callable[[], Sequence[PegawaiRow]],
        parent: QWidget | None = None,
        *,
        default_unit_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units = list(units)
        self.rows_provider = rows_provider
        self.read_only = not ctx.actor.can(Permission.MASTER_WRITE)
        self.profil = profil or new_profil()
        if profil is None and default_unit_id is not None:
            self.profil.data.unit_id = default_unit_id
        self.result: SaveResult | None = None
        self._save_attempted = False
        self._foto: bytes | None = self.profil.data.foto
        self._atasan_id: int | None = self.profil.data.atasan_id
        self._atasan_names: dict[int, str] = {}
        self._loading = True
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.field_tab: dict[str, int] = {}
        self._sync_notes: dict[str, QLabel] = {}

        baru = self.profil.data.id is None
        self.setWindowTitle(self.tr("Pegawai baru") if baru else self.tr("Profil pegawai"))
        self.setObjectName("ProfileDialog")
        self.resize(1040, 720)
        self.setSizeGripEnabled(True)
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.lbl_thumb = QLabel()
        self.lbl_thumb.setFixedSize(QSize(44, 54))
        self.lbl_thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.lbl_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lbl_thumb.setStyleSheet("background: #e8eaed; color: #80868b; font-size: 10px;")
        self.lbl_title = QLabel()
        self.lbl_title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.lbl_thumb)
        head.addWidget(self.lbl_title, 1)
        lay.addLayout(head)
        self.banner = Banner()
        lay.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        self._build_identitas()
        self._build_kepegawaian()
        self._build_jabatan()
        self._build_kontak()
        self._build_foto()
        self.riwayat_tabs: dict[str, RiwayatTab] = {}
        self.tabs_riwayat = QTabWidget()
        self.tabs_riwayat.setObjectName("tabsRiwayat")
        titles = tab_titles()
        for kind in RIWAYAT_KINDS:
            tab = DiklatTab(read_only=self.read_only) if kind == "diklat" else RiwayatTab(kind, read_only=self.read_only)
            tab.set_entries(self.profil.riwayat.get(kind, []))
            tab.changed.connect(lambda k=kind: self._riwayat_changed(k))
            self.riwayat_tabs[kind] = tab
            self.tabs_riwayat.addTab(tab, titles[kind])
        self.tab_nilai_lama: NilaiLamaTab | None = None
        if self.profil.data.id is not None:
            rows = nilai_lama_pegawai(self.ctx, self.profil.data.id)
            if rows:  # only where the office imported any: no empty tab on every profile
                self.tab_nilai_lama = NilaiLamaTab()
                self.tab_nilai_lama.set_rows(rows)
                self.tabs_riwayat.addTab(self.tab_nilai_lama, self.tr("Nilai kinerja lama"))
        self.tabs.addTab(self.tabs_riwayat, self.tr("Riwayat"))
        self.tab_riwayat_index = self.tabs.count() - 1

        self.bb = QDialogButtonBox()
        self.btn_save = self.bb.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_cancel = self.bb.addButton(
            self.tr("Tutup") if self.read_only else self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for b in (self.btn_save, self.btn_cancel):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.btn_save.setToolTip(self.tr("Simpan profil dan riwayat (Ctrl+S)"))
        self.btn_save.setVisible(not self.read_only)
        self.btn_save.clicked.connect(self.save)
        self.btn_cancel.clicked.connect(self.reject)
        foot = QHBoxLayout()
        self.lbl_hint = QLabel(self.tr("Ctrl+S simpan · Esc tutup · Alt+1…6 pindah tab"))
        self.lbl_hint.setStyleSheet("color: #5f6368;")
        foot.addWidget(self.lbl_hint, 1)
        foot.addWidget(self.bb)
        lay.addLayout(foot)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.tabs.setCurrentIndex(i))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.validate)

        self._fill(self.profil.data)
        self._initial = self._snapshot()
        self._loading = False
        self.validate()
        self._update_title()
        if self.read_only:
            self._set_read_only()
        self.fields["nip" if baru else "nama"].setFocus()

    # ------------------------------------------------------------------ building
    def _page(self, title: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_lay = QVBoxLayout(inner)
        inner_lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        inner_lay.addLayout(form)
        inner_lay.addStretch(1)
        inner.setMaximumWidth(900)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setContentsMargins(16, 12, 16, 12)
        form.setVerticalSpacing(6)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.tabs.addTab(page, title)
        return page, form

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, hint: str | None = None,
             extra: QWidget | None = None) -> QLabel:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if extra is not None:
            h = QHBoxLayout()
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(widget, 1)
            h.addWidget(extra)
            v.addLayout(h)
        else:
            v.addWidget(widget)
        if hint:
            lh = QLabel(hint)
            lh.setWordWrap(True)
            lh.setStyleSheet("color: #5f6368; font-size: 11px;")
            v.addWidget(lh)
        msg = FieldMessage()
        v.addWidget(msg)
        lbl = QLabel(label)
        lbl.setBuddy(widget)
        form.addRow(lbl, box)
        self.fields[key] = widget
        self.messages[key] = msg
        self.field_tab[key] = self.tabs.count() - 1
        self._watch(widget)
        return lbl

    def _watch(self, w: QWidget) -> None:
        if isinstance(w, DateField):
            w.changed.connect(self._changed)
        elif isinstance(w, QLineEdit):
            w.textChanged.connect(self._changed)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(self._changed)
            if w.isEditable():
                w.editTextChanged.connect(self._changed)
        elif isinstance(w, QSpinBox):
            w.valueChanged.connect(self._changed)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(self._changed)

    @staticmethod
    def _line(max_len: int, placeholder: str = "") -> QLineEdit:
        e = QLineEdit()
        e.setMaxLength(max_len)
        if placeholder:
            e.setPlaceholderText(placeholder)
        return e

    @staticmethod
    def _combo(choices: Sequence[tuple[Any, str]], *, empty: str | None = "", editable: bool = False) -> QComboBox:
        c = QComboBox()
        c.setEditable(editable)
        if editable:
            c.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if empty is not None:
            c.addItem(empty, None)
        for data, text in choices:
            c.addItem(text, data)
        return c

    def _build_identitas(self) -> None:
        _page, f = self._page(self.tr("Identitas"))
        self.btn_from_nip = QPushButton(self.tr("Isi dari NIP"))
        self.btn_from_nip.setToolTip(
            self.tr("Isi tanggal lahir, jenis kelamin, dan TMT CPNS yang masih kosong dari digit NIP")
        )
        self.btn_from_nip.setAutoDefault(False)
        self.btn_from_nip.clicked.connect(self.fill_from_nip)
        self.lbl_nip = self._row(f, "nip", self.tr("&NIP:"), self._line(30, self.tr("18 digit, boleh dengan spasi")),
                                 extra=self.btn_from_nip)
        self._row(f, "nip_lama", self.tr("NIP la&ma:"), self._line(20, self.tr("9 digit (bila ada)")))
        self._row(f, "gelar_depan", self.tr("&Gelar depan:"), self._line(60, self.tr("mis. Drs. / dr. / H.")))
        self._row(f, "nama", self.tr("Nam&a:"), self._line(200),
                  hint=self.tr("Tanpa gelar. Menempel nama lengkap bergelar (mis. \"Drs. Yohanes Benu, M.Si\") "
                               "akan dipisah otomatis."))
        self._row(f, "gelar_belakang", self.tr("Gelar &belakang:"), self._line(100, self.tr("mis. S.Sos, M.Si")))
        self._row(f, "tempat_lahir", self.tr("&Tempat lahir:"), self._line(100))
        self._row(f, "tanggal_lahir", self.tr("Tanggal &lahir:"), DateField())
        self._row(f, "jenis_kelamin", self.tr("&Jenis kelamin:"), self._combo(label_choices(JenisKelamin)))
        self._row(f, "agama", self.tr("A&gama:"), self._combo(label_choices(Agama)))
        self._row(f, "nik", self.tr("NI&K:"), self._line(24, self.tr("16 digit (KTP)")))
        nama = self.fields["nama"]
        assert isinstance(nama, QLineEdit)
        nama.editingFinished.connect(self._split_nama)
        _nip = self.fields["nip"]
        assert isinstance(_nip, QLineEdit)
        _nip.editingFinished.connect(self._format_nip)

    def _build_kepegawaian(self) -> None:
        _page, f = self._page(self.tr("Kepegawaian"))
        self._row(f, "status_kepegawaian", self.tr("&Status kepegawaian:"),
                  self._combo(label_choices(StatusKepegawaian), empty=None))
        self._row(f, "tmt_cpns", self.tr("TMT &CPNS / PPPK:"), DateField())
        self._row(f, "tmt_pns", self.tr("TMT &PNS:"), DateField())
        gol = QComboBox()
        self._row(f, "golongan", self.tr("&Golongan:"), gol,
                  hint=self.tr("Mengikuti riwayat golongan terbaru; perubahan di sini dicatat ke riwayat saat disimpan."))
        self._row(f, "tmt_golongan", self.tr("TMT g&olongan:"), DateField())
        self._row(f, "pendidikan_terakhir", self.tr("Pen&didikan terakhir:"),
                  self._combo([(j, j) for j in JENJANG_PENDIDIKAN], editable=True))
        th = QSpinBox()
        th.setRange(0, 2100)
        th.setSpecialValueText("—")
        th.setMaximumWidth(110)
        self._row(f, "tahun_lulus", self.tr("Tahun l&ulus:"), th)
        self._row(f, "tmt_pensiun", self.tr("TMT pe&nsiun:"), DateField())
        box = QGroupBox(self.tr("Status keaktifan (pegawai tidak pernah dihapus)"))
        g = QFormLayout(box)
        f.addRow(box)
        self.tabs_status_form = g
        st = self._combo(label_choices(StatusPegawai), empty=None)
        self._row_in(g, "status", self.tr("Stat&us:"), st)
        self._row_in(g, "tanggal_status", self.tr("T&anggal (TMT):"), DateField())
        ket = QPlainTextEdit()
        ket.setTabChangesFocus(True)
        ket.setFixedHeight(54)
        self._row_in(g, "keterangan_status", self.tr("&Keterangan:"), ket)
        sk = self.fields["status_kepegawaian"]
        assert isinstance(sk, QComboBox)
        sk.currentIndexChanged.connect(self._status_kepegawaian_changed)
        st.currentIndexChanged.connect(self._status_changed)

    def _row_in(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        self._row(form, key, label, widget)

    def _build_jabatan(self) -> None:
        _page, f = self._page(self.tr("Jabatan && Unit"))
        jj = self._combo(label_choices(JenisJabatan))
        self._row(f, "jenis_jabatan", self.tr("&Jenis jabatan:"), jj)
        self._row(f, "jenjang", self.tr("Jenjan&g (fungsional):"), QComboBox())
        nama_jab = self._line(200)
        names = sorted({r.jabatan for r in self.rows_provider() if r.jabatan})
        comp = QCompleter(names, nama_jab)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        nama_jab.setCompleter(comp)
        self._row(f, "nama_jabatan", self.tr("&Nama jabatan:"), nama_jab,
                  hint=self.tr("Mengikuti riwayat jabatan terbaru; perubahan di sini dicatat ke riwayat saat disimpan."))
        self._row(f, "tmt_jabatan", self.tr("&TMT jabatan:"), DateField())
        self._row(f, "eselon", self.tr("&Eselon:"), self._combo([(e, e) for e in ESELON]))
        kj = QSpinBox()
        kj.setRange(0, 17)
        kj.setSpecialValueText("—")
        kj.setMaximumWidth(110)
        self._row(f, "kelas_jabatan", self.tr("&Kelas jabatan:"), kj)
        unit = QComboBox()
        unit.setMaxVisibleItems(20)
        keep = [self.profil.data.unit_id] if self.profil.data.unit_id else []
        fill_unit_combo(unit, self.units, empty_label=self.tr("(belum ditempatkan)"), include_archived_ids=keep)
        self._row(f, "unit_id", self.tr("&Unit kerja:"), unit)
        # atasan: a read-only name with chooser buttons (15,000 names do not fit a combo box)
        self.ed_atasan = QLineEdit()
        # chosen with the buttons beside it, never typed: shown as read-only so typing is not expected
        tampil_hanya_baca(self.ed_atasan, True, self.tr("Dipilih dengan tombol Pilih…, Kepala unit, atau Kosongkan."))
        self.ed_atasan.setPlaceholderText(self.tr("(tidak ada)"))
        btns = QWidget()
        hb = QHBoxLayout(btns)
        hb.setContentsMargins(0, 0, 0, 0)
        self.btn_atasan = QPushButton(self.tr("&Pilih…"))
        self.btn_atasan_default = QPushButton(self.tr("Kepala &unit"))
        self.btn_atasan_clear = QPushButton(self.tr("Ko&songkan"))
        self.btn_atasan.setToolTip(self.tr("Pilih atasan langsung dari daftar pegawai aktif"))
        self.btn_atasan_default.setToolTip(self.tr("Atasan langsung = kepala unit (bawaan)"))
        for b in (self.btn_atasan, self.btn_atasan_default, self.btn_atasan_clear):
            b.setAutoDefault(False)
            hb.addWidget(b)
        self._row(f, "atasan_id", self.tr("&Atasan langsung:"), self.ed_atasan, extra=btns)
        self.lbl_atasan_hint = QLabel()
        self.lbl_atasan_hint.setWordWrap(True)
        self.lbl_atasan_hint.setStyleSheet("color: #5f6368;")
        f.addRow("", self.lbl_atasan_hint)
        self.btn_atasan.clicked.connect(self.choose_atasan)
        self.btn_atasan_default.clicked.connect(self.atasan_to_default)
        self.btn_atasan_clear.clicked.connect(lambda: self.set_atasan(None))
        jj.currentIndexChanged.connect(self._jenis_changed)
        unit.currentIndexChanged.connect(self._unit_changed)

    def _build_kontak(self) -> None:
        _page, f = self._page(self.tr("Kontak"))
        self._row(f, "email", self.tr("&Email:"), self._line(200, self.tr("nama@contoh.go.id")))
        self._row(f, "no_hp", self.tr("No. &HP:"), self._line(30, self.tr("mis. 0812 3456 7890")))
        alamat = QPlainTextEdit()
        alamat.setTabChangesFocus(True)
        alamat.setFixedHeight(80)
        self._row(f, "alamat", self.tr("&Alamat:"), alamat)
        catatan = QPlainTextEdit()
        catatan.setTabChangesFocus(True)
        catatan.setFixedHeight(110)
        self._row(f, "catatan", self.tr("&Catatan:"), catatan)

    def _build_foto(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 16, 16, 16)
        self.lbl_foto = QLabel()
        self.lbl_foto.setFixedSize(QSize(240, 300))
        self.lbl_foto.setFrameShape(QFrame.Shape.StyledPanel)
        self.lbl_foto.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.lbl_foto, 0, 0, 4, 1)
        self.btn_foto = QPushButton(self.tr("&Muat dari berkas…"))
        self.btn_foto.setToolTip(self.tr("JPG atau PNG; diperkecil otomatis (maks. 400 piksel) sebelum disimpan"))
        self.btn_foto_del = QPushButton(self.tr("&Hapus foto"))
        for b in (self.btn_foto, self.btn_foto_del):
            b.setAutoDefault(False)
        grid.addWidget(self.btn_foto, 0, 1)
        grid.addWidget(self.btn_foto_del, 1, 1)
        self.lbl_foto_info = QLabel()
        self.lbl_foto_info.setMinimumWidth(260)
        self.lbl_foto_info.setStyleSheet("color: #5f6368;")
        self.lbl_foto_info.setWordWrap(True)
        grid.addWidget(self.lbl_foto_info, 2, 1)
        self.messages["foto"] = FieldMessage()
        grid.addWidget(self.messages["foto"], 3, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(4, 1)
        self.tabs.addTab(page, self.tr("Foto"))
        self.field_tab["foto"] = self.tabs.count() - 1
        self.btn_foto.clicked.connect(self.load_photo)
        self.btn_foto_del.clicked.connect(self.remove_photo)

    # ------------------------------------------------------------------ fill / collect
    def _set(self, key: str, value: Any) -> None:
        w = self.fields[key]
        if isinstance(w, DateField):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            set_combo_data(w, value)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value) if value else 0)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))

    def _get(self, key: str) -> Any:
        w = self.fields[key]
        if isinstance(w, DateField):
            return w.value()
        if isinstance(w, QComboBox):
            return combo_value(w)
        if isinstance(w, QSpinBox):
            return w.value() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        assert isinstance(w, QLineEdit)
        return w.text()

    def _fill(self, d: PegawaiData) -> None:
        self._set("status_kepegawaian", d.status_kepegawaian)
        self._refill_golongan(d.is_pppk, d.golongan)
        self._set("jenis_jabatan", d.jenis_jabatan)
        self._refill_jenjang(d.jenjang)
        nip = d.nip
        if nip and nip.isdigit():
            kind = NipKind.PPPK if d.is_pppk else None
            nip = format_nip(nip, kind)
        self._set("nip", nip)
        for key in ("nip_lama", "gelar_depan", "nama", "gelar_belakang", "tempat_lahir", "tanggal_lahir",
                    "jenis_kelamin", "agama", "nik", "tmt_cpns", "tmt_pns", "tmt_golongan", "pendidikan_terakhir",
                    "tahun_lulus", "tmt_pensiun", "status", "tanggal_status", "keterangan_status", "nama_jabatan",
                    "tmt_jabatan", "eselon", "kelas_jabatan", "unit_id", "email", "no_hp", "alamat", "catatan"):
            self._set(key, getattr(d, key))
        self._show_atasan()
        self._show_photo()
        self._status_changed()
        self._update_nip_label()

    def collect(self) -> PegawaiData:
        """The profile as typed (not normalised)."""
        d = replace(self.profil.data)
        for key in self.fields:
            if key == "atasan_id":
                continue
            setattr(d, key, self._get(key))
        d.nip = self._get("nip")
        d.atasan_id = self._atasan_id
        d.foto = self._foto
        for key in ("keterangan_status", "alamat", "catatan"):
            setattr(d, key, (getattr(d, key) or "").strip() or None)
        return d

    def collect_riwayat(self) -> dict[str, list[Any]]:
        return {kind: tab.entries() for kind, tab in self.riwayat_tabs.items()}

    def _snapshot(self) -> tuple[Any, ...]:
        dates = tuple(w.edit.text() for w in self.fields.values() if isinstance(w, DateField))
        return (self.collect(), self.collect_riwayat(), dates)

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    # ------------------------------------------------------------------ live behaviour
    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._timer.start()
        self._update_title()

    def _update_title(self) -> None:
        d = self.collect()
        nama = format_nama(d.gelar_depan, d.nama, d.gelar_belakang) or self.tr("(nama belum diisi)")
        try:
            info = parse_nip(d.nip, pppk=d.is_pppk)
            nip = info.formatted
        except DomainError:
            nip = d.nip or "—"
        nip_label = "NI PPPK" if d.is_pppk else "NIP"
        try:
            status = StatusPegawai(d.status)
        except ValueError:
            status = StatusPegawai.AKTIF
        badge = "" if status is StatusPegawai.AKTIF else (
            f" &nbsp;<span style='background:#fce8e6;color:#b3261e;padding:2px 6px;'>{label(status)}</span>"
        )
        dirty = (
            " &nbsp;<span style='color:#8a5a00;font-size:9pt'>" + _esc(self.tr("• belum disimpan")) + "</span>"
            if not self._loading and self.is_dirty() else ""
        )
        self.lbl_title.setText(
            f"<span style='font-size:15pt;font-weight:600'>{_esc(nama)}</span>{badge}{dirty}"
            f"<br><span style='color:#5f6368'>{nip_label} {_esc(nip)}</span>"
        )

    def _split_nama(self) -> None:
        """A full printed name pasted into Nama is split into gelar depan / nama / gelar belakang."""
        w = self.fields["nama"]
        assert isinstance(w, QLineEdit)
        text = w.text()
        depan, inti, belakang = split_gelar(text)
        if (depan or belakang) and inti:
            gd, gb = self.fields["gelar_depan"], self.fields["gelar_belakang"]
            assert isinstance(gd, QLineEdit) and isinstance(gb, QLineEdit)
            if depan and not gd.text().strip():
                gd.setText(depan)
            if belakang and not gb.text().strip():
                gb.setText(belakang)
            if (not depan or gd.text().strip() == depan) and (not belakang or gb.text().strip() == belakang):
                w.setText(inti)

    def _format_nip(self) -> None:
        """A valid NIP is shown spaced as printed (19860926 201505 1 001)."""
        w = self.fields["nip"]
        assert isinstance(w, QLineEdit)
        try:
            info = parse_nip(w.text(), pppk=self.collect().is_pppk)
        except DomainError:
            return
        if w.text() != info.formatted:
            w.setText(info.formatted)

    def fill_from_nip(self) -> None:
        """Empty tanggal lahir / jenis kelamin / TMT CPNS are filled from the NIP digits."""
        d = self.collect()
        try:
            info = parse_nip(d.nip, pppk=d.is_pppk)
        except DomainError as exc:
            self.messages["nip"].show_message([error_text(exc)], [])
            return
        filled = []
        if info.tanggal_lahir and not d.tanggal_lahir:
            self._set("tanggal_lahir", info.tanggal_lahir)
            filled.append(self.tr("tanggal lahir"))
        if info.jenis_kelamin and not d.jenis_kelamin:
            self._set("jenis_kelamin", info.jenis_kelamin.value)
            filled.append(self.tr("jenis kelamin"))
        if info.tmt_tahun and not d.tmt_cpns:
            self._set("tmt_cpns", date(info.tmt_tahun, info.tmt_bulan or 1, 1))
            filled.append(self.tr("TMT CPNS"))
        if filled:
            self.banner.show_info(fmt(self.tr("Diisi dari NIP: %1."), ", ".join(filled)))
        else:
            self.banner.show_info(self.tr("Tidak ada isian kosong yang dapat diisi dari NIP."))

    def _update_nip_label(self) -> None:
        sk = self.fields["status_kepegawaian"]
        assert isinstance(sk, QComboBox)
        pppk = StatusKepegawaian(sk.currentData()).is_pppk if sk.currentData() else False
        self.lbl_nip.setText(self.tr("&NI PPPK:") if pppk else self.tr("&NIP:"))

    def _refill_golongan(self, pppk: bool, value: str | None) -> None:
        """PNS golongan ruang or PPPK golongan (domain tables), by status kepegawaian."""
        combo = self.fields["golongan"]
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        table = PPPK_GOLONGAN if pppk else PNS_GOLONGAN
        for g in table:
            combo.addItem(g.label, g.kode)
        if value and combo.findData(value) < 0:
            combo.addItem(fmt(self.tr("%1 (tidak sesuai status)"), value), value)
        set_combo_data(combo, value)
        combo.blockSignals(False)
        self.riwayat_tabs_pppk(pppk)

    def riwayat_tabs_pppk(self, pppk: bool) -> None:
        for tab in getattr(self, "riwayat_tabs", {}).values():
            tab.set_pppk(pppk)

    def _status_kepegawaian_changed(self) -> None:
        sk = self.fields["status_kepegawaian"]
        assert isinstance(sk, QComboBox)
        pppk = StatusKepegawaian(sk.currentData()).is_pppk if sk.currentData() else False
        self._refill_golongan(pppk, combo_value(self.fields["golongan"]))  # type: ignore[arg-type]
        self._update_nip_label()
        self._changed()

    def _status_changed(self) -> None:
        st = self.fields["status"]
        assert isinstance(st, QComboBox)
        aktif = st.currentData() == StatusPegawai.AKTIF.value
        for key in ("tanggal_status", "keterangan_status"):
            self.fields[key].setEnabled(not aktif and not self.read_only)

    def _refill_jenjang(self, value: str | None) -> None:
        combo = self.fields["jenjang"]
        assert isinstance(combo, QComboBox)
        jj = combo_value(self.fields["jenis_jabatan"])  # type: ignore[arg-type]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        if jj == JenisJabatan.FUNGSIONAL_KEAHLIAN.value:
            options = [j for j in JenjangFungsional if j in _KEAHLIAN]
        elif jj == JenisJabatan.FUNGSIONAL_KETERAMPILAN.value:
            options = [j for j in JenjangFungsional if j not in _KEAHLIAN]
        else:
            options = []
        for j in options:
            combo.addItem(label(j), j.value)
        set_combo_data(combo, value if combo.findData(value) >= 0 else None)
        combo.setEnabled(bool(options) and not self.read_only)
        combo.blockSignals(False)

    def _jenis_changed(self) -> None:
        self._refill_jenjang(combo_value(self.fields["jenjang"]))  # type: ignore[arg-type]
        self._changed()

    def _unit_changed(self) -> None:
        """Mirror of the service rule: an untouched supervisor follows the head of the new unit."""
        if self._loading:
            return
        if self._atasan_id == self.profil.data.atasan_id:
            new = default_atasan_id(self.ctx, self.profil.data.id, self._get("unit_id"))
            if new != self._atasan_id:
                self.set_atasan(new, note=self.tr("Atasan langsung mengikuti kepala unit yang baru."))
                return
        self._show_atasan()

    def _riwayat_changed(self, kind: str) -> None:
        """Current golongan / jabatan / pendidikan follow the newest history entry (live)."""
        for spec in SYNC_SPECS:
            if spec.kind != kind:
                continue
            current = current_from_history(spec, self.riwayat_tabs[kind].entries())
            if current is None:
                continue
            self._loading = True
            try:
                for key, value in current.items():
                    if key == "golongan":
                        combo = self.fields["golongan"]
                        assert isinstance(combo, QComboBox)
                        if combo.findData(value) < 0:
                            self._refill_golongan(self.collect().is_pppk, value)
                    if key == "jenis_jabatan":
                        self._set(key, value)
                        self._refill_jenjang(current.get("jenjang"))
                        continue
                    self._set(key, value)
            finally:
                self._loading = False
        self._changed()

    # ------------------------------------------------------------------ atasan
    def _names(self) -> dict[int, str]:
        if not self._atasan_names:
            self._atasan_names = {r.id: r.nama for r in self.rows_provider()}
        return self._atasan_names

    def set_atasan(self, pegawai_id: int | None, note: str | None = None) -> None:
        self._atasan_id = pegawai_id
        self._show_atasan(note)
        self._changed()

    def _show_atasan(self, note: str | None = None) -> None:
        names = self._names()
        if self._atasan_id is None:
            self.ed_atasan.setText("")
        else:
            self.ed_atasan.setText(names.get(self._atasan_id) or self.profil.atasan_nama or f"#{self._atasan_id}")
        unit_id = self._get("unit_id") if "unit_id" in self.fields else None
        default = default_atasan_id(self.ctx, self.profil.data.id, unit_id) if unit_id else None
        if note:
            text = note
        elif unit_id is None:
            text = self.tr("Pilih unit kerja; atasan langsung bawaan adalah kepala unit.")
        elif default is None:
            text = self.tr("Tidak ada kepala unit di atasnya dalam basis data: atasan pegawai ini berada di luar "
                           "basis data (diisi di Pengaturan, mis. atasan Camat).")
        elif default == self._atasan_id:
            text = self.tr("Atasan langsung = kepala unit (bawaan).")
        else:
            text = fmt(self.tr("Bawaan menurut struktur: %1."), names.get(default, f"#{default}"))
        self.lbl_atasan_hint.setText(text)
        self._default_atasan = default

    def choose_atasan(self) -> None:
        dlg = self.make_atasan_picker()
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.pegawai() is not None:
            row = dlg.pegawai()
            assert row is not None
            self.set_atasan(row.id)

    def make_atasan_picker(self) -> PegawaiPickerDialog:
        exclude = [self.profil.data.id] if self.profil.data.id else []
        dlg = PegawaiPickerDialog(
            self.rows_provider(), self.tr("Pilih atasan langsung"),
            fmt(self.tr("Atasan langsung (pejabat penilai kinerja) untuk %1:"), self.collect().nama or "-"),
            self, exclude=exclude,
        )
        dlg.select(self._atasan_id)
        return dlg

    def atasan_to_default(self) -> None:
        self.set_atasan(default_atasan_id(self.ctx, self.profil.data.id, self._get("unit_id")))

    # ------------------------------------------------------------------ photo
    def choose_photo_file(self) -> str:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Pilih foto pegawai"), "", self.tr("Gambar (*.jpg *.jpeg *.png *.bmp);;Semua berkas (*)")
        )
        return path

    def load_photo(self) -> None:
        path = self.choose_photo_file()
        if not path:
            return
        try:
            data = load_photo_file(path)
        except (ValueError, OSError) as exc:
            self.messages["foto"].show_message([str(exc)], [])
            return
        self._foto = data
        self._show_photo()
        self._changed()

    def remove_photo(self) -> None:
        self._foto = None
        self._show_photo()
        self._changed()

    def _show_photo(self) -> None:
        pm = QPixmap()
        if self._foto and pm.loadFromData(self._foto):
            self.lbl_foto.setPixmap(pm.scaled(self.lbl_foto.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            self.lbl_thumb.setPixmap(pm.scaled(self.lbl_thumb.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            self.lbl_foto_info.setText(
                fmt(self.tr("%1 × %2 piksel, %3 KB"), str(pm.width()), str(pm.height()), str(max(1, len(self._foto) // 1024)))
            )
        else:
            self.lbl_foto.setPixmap(QPixmap())
            self.lbl_foto.setText(self.tr("Belum ada foto"))
            self.lbl_thumb.setPixmap(QPixmap())
            self.lbl_thumb.setText(self.tr("foto"))
            self.lbl_foto_info.setText(self.tr("Foto disimpan di basis data bersama profil."))
        self.btn_foto_del.setEnabled(bool(self._foto) and not self.read_only)
        self.messages["foto"].show_message([], [])

    # ------------------------------------------------------------------ validation / save
    def validate(self) -> list[tuple[str, str]]:
        """Show every field's problems; returns the errors as (field, message)."""
        data = normalise(self.collect())
        problems = periksa_pegawai(data)
        errors: dict[str, list[str]] = {}
        warnings: dict[str, list[str]] = {}
        for key, w in self.fields.items():
            if isinstance(w, DateField) and w.error():
                errors.setdefault(key, []).append(w.error() or "")
        for p in problems.items:
            (warnings if p.warning else errors).setdefault(p.field, []).append(error_text(p))
        quiet = self.profil.data.id is None and not self._save_attempted
        for key, msg in self.messages.items():
            # a new, still empty field is not an error yet (only after the first "Simpan")
            empty = quiet and key in self.fields and not _has_value(self._get(key))
            msg.show_message([] if empty else errors.get(key, []), warnings.get(key, []))
        self._update_title()
        return [(k, m) for k, ms in errors.items() for m in ms]

    def _focus_field(self, key: str) -> None:
        if key in self.field_tab:
            self.tabs.setCurrentIndex(self.field_tab[key])
        w = self.fields.get(key)
        if w is not None:
            w.setFocus()
        elif key.startswith("riwayat_"):
            self.show_riwayat(key.removeprefix("riwayat_"))

    def show_riwayat(self, kind: str) -> RiwayatTab:
        """Bring a history tab to the front (Riwayat › kind)."""
        self.tabs.setCurrentIndex(self.tab_riwayat_index)
        tab = self.riwayat_tabs[kind]
        self.tabs_riwayat.setCurrentWidget(tab)
        return tab

    def save(self) -> bool:
        """Validate, save through the service, close. False (dialog stays open) when refused."""
        if self.read_only:
            return False
        self._timer.stop()
        self._save_attempted = True
        errors = self.validate()
        if errors:
            key, first = errors[0]
            more = (fmt(self.tr(" (dan %1 masalah lain)"), str(len(errors) - 1))) if len(errors) > 1 else ""
            self.banner.show_error(fmt(self.tr("Simpan ditolak: %1%2"), first, more))
            self._focus_field(key)
            return False
        if self.profil.data.id is None:
            missing = [(key, name) for key, name in (
                ("unit_id", self.tr("unit kerja")), ("nama_jabatan", self.tr("jabatan")),
                ("golongan", self.tr("golongan"))) if key in self.fields and not _has_value(self._get(key))]
            if missing and self.ask_incomplete([name for _k, name in missing]) == "complete":
                self._focus_field(missing[0][0])
                return False
        try:
            res = save_profil(self.ctx, self.collect(), self.collect_riwayat())
        except ValidationError as exc:
            for p in exc.problems:
                if p.field in self.messages:
                    self.messages[p.field].show_message([error_text(p)], [])
            self.banner.show_error(fmt(self.tr("Simpan ditolak: %1"), error_text(exc)))
            if exc.problems:
                self._focus_field(exc.problems[0].field)
            return False
        except ServiceError as exc:
            self.banner.show_error(error_text(exc))
            return False
        self.result = res
        self._initial = self._snapshot()
        self.saved.emit(res)
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

    def ask_incomplete(self, missing: list[str]) -> str:
        """'save' or 'complete' (tests replace this). A new employee without unit, jabatan or
        golongan drops out of the unit lists, SKP and reports, so saving anyway is a choice."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data belum lengkap"),
                          fmt(self.tr("Pegawai baru ini belum memiliki: %1."), ", ".join(missing)),
                          parent=self)
        box.setInformativeText(self.tr("Tanpa data ini pegawai tidak muncul di daftar unit, SKP, dan laporan. "
                                       "Lengkapi sekarang, atau simpan saja dan lengkapi nanti."))
        b_complete = box.addButton(self.tr("&Lengkapi sekarang"), QMessageBox.ButtonRole.RejectRole)
        b_save = box.addButton(self.tr("Simpan &saja"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(b_complete)
        box.setEscapeButton(b_complete)
        box.exec()
        return "save" if box.clickedButton() is b_save else "complete"

    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                          self.tr("Profil ini sudah diubah. Simpan perubahannya?"), parent=self)
        b_save = box.addButton(self.tr("&Simpan"), QMessageBox.ButtonRole.AcceptRole)
        b_discard = box.addButton(self.tr("&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        b_cancel = box.addButton(self.tr("&Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(b_save)
        box.setEscapeButton(b_cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is b_save:
            return "save"
        if clicked is b_discard:
            return "discard"
        return "cancel"

    def reject(self) -> None:
        if not self.read_only and self.result is None and self.is_dirty():
            choice = self.ask_unsaved()
            if choice == "save":
                self.save()
                return
            if choice == "cancel":
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.read_only and self.result is None and self.is_dirty():
            choice = self.ask_unsaved()
            if choice == "cancel" or (choice == "save" and not self.save()):
                event.ignore()
                return
        event.accept()

    def _set_read_only(self) -> None:
        """A profile this account may only read: every field looks read-only and says who edits it."""
        siapa = self.tr("Data kepegawaian diubah oleh admin atau operator kepegawaian.")
        for key, w in self.fields.items():
            if isinstance(w, DateField):
                w.setReadOnly(True)
                tampil_hanya_baca(w.edit, True, siapa)
            else:
                tampil_hanya_baca(w, True, siapa)
        for b in (self.btn_atasan, self.btn_atasan_default, self.btn_atasan_clear, self.btn_foto, self.btn_foto_del,
                  self.btn_from_nip):
            b.setEnabled(False)


def _has_value(value: Any) -> bool:
    return value not in (None, "") and not (isinstance(value, str) and not value.strip())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
