"""Editing one RHK with its indicators (also reused for the template library)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.enums import Aspek, JenisRhk, Klasifikasi, Perspektif
from asn_desktop.domain.ukuran import IkatanUkuran
from asn_desktop.services import skp as S
from asn_desktop.services.ukuran import list_jenis_layanan
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ConflictError, ServiceError, ValidationError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.labels import choices, fill_combo
from asn_desktop.ui.skp.common import format_number, parse_number
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.ukuran import pilih_ikatan, teks_singkat


def aspek_choices() -> list[tuple[str, str]]:
    return choices(Aspek)


class IndicatorTable(QWidget):
    """Indicators of an RHK as an editable table with add / remove / reorder.

    Kuantitatif: Aspek | Indikator | Target | Target maks (rentang) | Satuan.
    Kualitatif: Aspek | Indikator | Target (uraian).
    """

    def __init__(self, kualitatif: bool, parent: QWidget | None = None, *,
                 jenis_layanan: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.kualitatif = kualitatif
        self._ids: list[int | None] = []
        self._ikatan: list[IkatanUkuran | None] = []  # per row: the measure the realisasi is computed from
        self.jenis_layanan = jenis_layanan
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        cols = ([self.tr("Aspek"), self.tr("Indikator kinerja individu"), self.tr("Target (uraian)")]
                if kualitatif else
                [self.tr("Aspek"), self.tr("Indikator kinerja individu"), self.tr("Target"),
                 self.tr("s.d. (rentang)"), self.tr("Satuan"), self.tr("↓ baik"), self.tr("Diukur dari catatan")])
        self.table = QTableWidget(0, len(cols))
        self.table.setHorizontalHeaderLabels(cols)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 110)
        if kualitatif:
            hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        else:
            self.table.setColumnWidth(2, 80)
            self.table.setColumnWidth(3, 95)
            self.table.setColumnWidth(4, 110)
            self.table.setColumnWidth(5, 60)
            self.table.setColumnWidth(6, 190)
            self.table.cellDoubleClicked.connect(lambda r, c: self.pilih_ukuran(r) if c == 6 else None)
            self.table.horizontalHeaderItem(5).setToolTip(
                self.tr("Makin kecil makin baik (mis. waktu respon, waktu tunggu): capaian dihitung terbalik"))
        self.table.setToolTip(self.tr("Ketik langsung di sel. Target angka: 12 atau 12,5; rentang: isi juga "
                                      "kolom 's.d.'."))
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("+ Indikator"))
        self.btn_std = QPushButton(self.tr("Isi 3 aspek standar"))
        self.btn_std.setToolTip(self.tr("Tambahkan baris Kuantitas, Kualitas, dan Waktu yang masih kosong"))
        self.btn_del = QPushButton(self.tr("Hapus indikator"))
        self.btn_up = QPushButton(self.tr("▲"))
        self.btn_up.setToolTip(self.tr("Naikkan (Ctrl+Atas)"))
        self.btn_down = QPushButton(self.tr("▼"))
        self.btn_down.setToolTip(self.tr("Turunkan (Ctrl+Bawah)"))
        for b in (self.btn_up, self.btn_down):
            b.setFixedWidth(36)
        self.btn_add.clicked.connect(lambda: self.add_row())
        self.btn_std.clicked.connect(self.add_standard)
        self.btn_del.clicked.connect(self.remove_row)
        self.btn_up.clicked.connect(lambda: self.move(-1))
        self.btn_down.clicked.connect(lambda: self.move(1))
        self.btn_ukur = QPushButton(self.tr("Ukur dari catatan…"))
        self.btn_ukur.setToolTip(self.tr("Hitung realisasi indikator terpilih dari SKM atau register layanan/pengaduan"))
        self.btn_ukur.clicked.connect(lambda: self.pilih_ukuran(self.table.currentRow()))
        self.btn_ukur.setVisible(not kualitatif)
        for b in (self.btn_add, self.btn_std, self.btn_del, self.btn_ukur):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.btn_up)
        bar.addWidget(self.btn_down)
        lay.addLayout(bar)
        QShortcut(QKeySequence("Ctrl+Up"), self.table, activated=lambda: self.move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.table, activated=lambda: self.move(1))

    # -- rows ---------------------------------------------------------------------------
    def add_row(self, ind: S.IndikatorInput | None = None, select: bool = True) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        cmb = QComboBox()
        for v, text in aspek_choices():
            cmb.addItem(text, v)
        if ind is not None:
            i = cmb.findData(ind.aspek)
            cmb.setCurrentIndex(max(0, i))
        self.table.setCellWidget(r, 0, cmb)
        self.table.setItem(r, 1, QTableWidgetItem(ind.teks if ind else ""))
        if self.kualitatif:
            self.table.setItem(r, 2, QTableWidgetItem(ind.target_teks if ind else ""))
        else:
            self.table.setItem(r, 2, QTableWidgetItem(format_number(ind.target_min) if ind else ""))
            self.table.setItem(r, 3, QTableWidgetItem(format_number(ind.target_max) if ind else ""))
            self.table.setItem(r, 4, QTableWidgetItem(ind.satuan if ind else ""))
            flag = QTableWidgetItem()
            flag.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            flag.setCheckState(Qt.CheckState.Checked if ind is not None and ind.lebih_rendah_lebih_baik
                               else Qt.CheckState.Unchecked)
            self.table.setItem(r, 5, flag)
            self.table.setItem(r, 6, self._sel_ikatan(ind.ikatan if ind else None))
        self._ids.append(ind.id if ind else None)
        self._ikatan.append(ind.ikatan if ind and not self.kualitatif else None)
        if select:
            self.table.setCurrentCell(r, 1)
            self.table.editItem(self.table.item(r, 1))

    def add_standard(self) -> None:
        present = {self._aspek(r) for r in range(self.table.rowCount())}
        for a in (Aspek.KUANTITAS, Aspek.KUALITAS, Aspek.WAKTU):
            if a.value not in present:
                self.add_row(S.IndikatorInput(teks="", aspek=a.value), select=False)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.table.removeRow(r)
        self._ids.pop(r)
        self._ikatan.pop(r)

    def move(self, delta: int) -> None:
        r = self.table.currentRow()
        n = r + delta
        if r < 0 or not (0 <= n < self.table.rowCount()):
            return
        rows = self.values(validate=False)
        rows.insert(n, rows.pop(r))
        self.set_values(rows)
        self.table.setCurrentCell(n, 1)

    def _aspek(self, r: int) -> str:
        w = self.table.cellWidget(r, 0)
        return w.currentData() if isinstance(w, QComboBox) else Aspek.KUANTITAS.value

    def _text(self, r: int, c: int) -> str:
        it = self.table.item(r, c)
        return it.text().strip() if it else ""

    def set_values(self, items: list[S.IndikatorInput]) -> None:
        self.table.setRowCount(0)
        self._ids = []
        self._ikatan = []
        for ind in items:
            self.add_row(ind, select=False)

    def values(self, validate: bool = True) -> list[S.IndikatorInput]:
        """Rows as inputs; with ``validate`` a bad number raises ValueError naming the row."""
        out: list[S.IndikatorInput] = []
        for r in range(self.table.rowCount()):
            teks = self._text(r, 1)
            if self.kualitatif:
                ind = S.IndikatorInput(teks=teks, aspek=self._aspek(r), target_teks=self._text(r, 2), id=self._ids[r])
            else:
                vals: list[float | None] = []
                for c, name in ((2, self.tr("Target")), (3, self.tr("Target s.d."))):
                    raw = self._text(r, c)
                    try:
                        vals.append(parse_number(raw))
                    except ValueError:
                        if validate:
                            raise ValueError(fmt(self.tr("Indikator %1: %2 '%3' bukan angka (contoh: 12 atau 12,5)."), str(r + 1), name, raw))
                        vals.append(None)
                flag = self.table.item(r, 5)
                ind = S.IndikatorInput(teks=teks, aspek=self._aspek(r), target_min=vals[0], target_max=vals[1],
                                       satuan=self._text(r, 4), id=self._ids[r], ikatan=self._ikatan[r],
                                       lebih_rendah_lebih_baik=flag is not None
                                       and flag.checkState() == Qt.CheckState.Checked)
            if not validate or teks or ind.target_min is not None or ind.target_teks or ind.satuan:
                out.append(ind)  # fully empty rows (e.g. unused standard rows) are dropped
        return out


    def _sel_ikatan(self, ik: IkatanUkuran | None) -> QTableWidgetItem:
        it = QTableWidgetItem(teks_singkat(ik))
        it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        hint = self.tr("Klik dua kali untuk memilih ukuran dari catatan kantor")
        it.setToolTip(f"{teks_singkat(ik)}\n{hint}" if ik is not None else hint)
        return it

    def pilih_ukuran(self, r: int) -> None:
        """Bind row ``r`` to a measure; the unit becomes the measure's, an empty text its name."""
        if self.kualitatif or not (0 <= r < self.table.rowCount()):
            return
        ok, ik = pilih_ikatan(self, self._ikatan[r], self.jenis_layanan)
        if not ok:
            return
        self._ikatan[r] = ik
        self.table.setItem(r, 6, self._sel_ikatan(ik))
        u = ik.ukuran if ik is not None else None
        if u is not None:
            if not self._text(r, 1):
                self.table.setItem(r, 1, QTableWidgetItem(teks_singkat(ik)))
            self.table.setItem(r, 4, QTableWidgetItem(u.satuan))  # the figure comes in the measure's unit
            flag = self.table.item(r, 5)
            if flag is not None:
                flag.setCheckState(Qt.CheckState.Checked if u.lebih_rendah_lebih_baik else Qt.CheckState.Unchecked)


class RhkDialog(QDialog):
    """One RHK: jenis, text, the supervisor's RHK it intervenes (or JPT fields), indicators."""

    def __init__(self, ctx: AppContext, detail: S.SkpDetail, rhk: S.RhkData | None = None,
                 parent: QWidget | None = None, *, jenis: str = JenisRhk.UTAMA.value) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.rhk = rhk
        self.saved: S.RhkData | None = None
        #: set when the SKP was saved elsewhere meanwhile; the editor explains and reloads
        self.conflict: ConflictError | None = None
        self.setWindowTitle(self.tr("Ubah RHK") if rhk else self.tr("Tambah RHK"))
        self.resize(900, 640)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cmb_jenis = QComboBox()
        self.cmb_jenis.addItem(self.tr("A. Utama"), JenisRhk.UTAMA.value)
        self.cmb_jenis.addItem(self.tr("B. Tambahan"), JenisRhk.TAMBAHAN.value)
        self.cmb_jenis.setCurrentIndex(max(0, self.cmb_jenis.findData(rhk.jenis if rhk else jenis)))
        form.addRow(self.tr("&Jenis:"), self.cmb_jenis)
        self.ed_teks = QPlainTextEdit()
        self.ed_teks.setPlaceholderText(self.tr("mis. Terlayaninya dokumen administrasi kependudukan tepat waktu"))
        self.ed_teks.setTabChangesFocus(True)
        self.ed_teks.setFixedHeight(64)
        if rhk:
            self.ed_teks.setPlainText(rhk.teks)
        lbl = QLabel(self.tr("&Rencana hasil kerja:"))
        lbl.setBuddy(self.ed_teks)
        form.addRow(lbl, self.ed_teks)

        # cascading: the supervisor's RHK it intervenes
        self.choices = S.parent_options(ctx, detail.id)
        self.cmb_parent = QComboBox()
        self.cmb_parent.setMinimumWidth(400)
        self.cmb_parent.addItem(self.tr("(tidak mengintervensi RHK atasan)"), None)
        for o in self.choices.opsi:
            self.cmb_parent.addItem(f"{o.nomor}  {o.teks}", o.rhk_id)
            self.cmb_parent.setItemData(self.cmb_parent.count() - 1, "\n".join(o.indikator) or o.teks,
                                        Qt.ItemDataRole.ToolTipRole)
        self.cmb_parent.addItem(self.tr("Tulis manual (atasan di luar basis data)…"), -1)
        self.ed_parent_manual = QLineEdit()
        self.ed_parent_manual.setPlaceholderText(self.tr("Teks RHK atasan yang diintervensi"))
        if rhk and rhk.parent_rhk_id:
            i = self.cmb_parent.findData(rhk.parent_rhk_id)
            if i < 0:  # linked to an RHK no longer offered (e.g. the supervisor revised): keep it
                self.cmb_parent.insertItem(1, fmt(self.tr("(tetap) %1"), rhk.rhk_atasan_teks),
                                           rhk.parent_rhk_id)
                i = 1
            self.cmb_parent.setCurrentIndex(i)
        elif rhk and rhk.rhk_atasan_teks:
            self.cmb_parent.setCurrentIndex(self.cmb_parent.count() - 1)
            self.ed_parent_manual.setText(rhk.rhk_atasan_teks)
        self.cmb_parent.currentIndexChanged.connect(self._parent_mode)
        who = self.choices.atasan_nama or self.tr("pejabat penilai")
        self.lbl_parent_info = QLabel()
        self.lbl_parent_info.setWordWrap(True)
        info = (fmt(self.tr("Dipilih dari SKP %1 tahun %2."), who, str(detail.tahun))
                if self.choices.opsi else self.choices.pesan)
        self.lbl_parent_info.setText(f"<small>{info}</small>")
        box = QVBoxLayout()
        box.addWidget(self.cmb_parent)
        box.addWidget(self.ed_parent_manual)
        box.addWidget(self.lbl_parent_info)
        lbl = QLabel(self.tr("RHK &atasan yang diintervensi:"))
        lbl.setBuddy(self.cmb_parent)
        form.addRow(lbl, box)

        # JPT / pimpinan unit kerja fields
        self.cmb_persp = QComboBox()
        self.cmb_persp.addItem(self.tr("(pilih)"), "")
        fill_combo(self.cmb_persp, Perspektif)
        self.ed_penugasan = QLineEdit()
        self.ed_penugasan.setPlaceholderText(self.tr("mis. Wali Kota / Bupati"))
        self.cmb_klas = QComboBox()
        self.cmb_klas.addItem(self.tr("(pilih)"), "")
        fill_combo(self.cmb_klas, Klasifikasi)
        if rhk:
            self.cmb_persp.setCurrentIndex(max(0, self.cmb_persp.findData(rhk.perspektif)))
            self.ed_penugasan.setText(rhk.penugasan_dari)
            self.cmb_klas.setCurrentIndex(max(0, self.cmb_klas.findData(rhk.klasifikasi)))
        if detail.is_jpt:
            form.addRow(self.tr("&Perspektif:"), self.cmb_persp)
            form.addRow(self.tr("Penugasan &dari:"), self.ed_penugasan)
            form.addRow(self.tr("&Klasifikasi:"), self.cmb_klas)
        else:
            for w in (self.cmb_persp, self.ed_penugasan, self.cmb_klas):
                w.hide()
        lay.addLayout(form)

        head = fmt(self.tr("<b>Indikator kinerja individu</b> — pendekatan %1"), self.tr("kualitatif: target berupa uraian") if detail.is_kualitatif
            else self.tr("kuantitatif: target angka (atau rentang) dengan satuan"))
        lay.addWidget(QLabel(head))
        self.indicators = IndicatorTable(detail.is_kualitatif, jenis_layanan=lambda: list_jenis_layanan(ctx))
        lay.addWidget(self.indicators, 1)
        if rhk:
            self.indicators.set_values([
                S.IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min, target_max=i.target_max,
                                 satuan=i.satuan, target_teks=i.target_teks, id=i.id,
                                 lebih_rendah_lebih_baik=i.lebih_rendah_lebih_baik, ikatan=i.ikatan)
                for i in rhk.indikator])
        else:
            self.indicators.add_standard()

        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.save)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self._parent_mode()
        self.ed_teks.setFocus()

    def _parent_mode(self) -> None:
        self.ed_parent_manual.setVisible(self.cmb_parent.currentData() == -1)

    def input(self) -> S.RhkInput:
        parent = self.cmb_parent.currentData()
        manual = self.ed_parent_manual.text().strip() if parent == -1 else ""
        return S.RhkInput(
            teks=self.ed_teks.toPlainText().strip(),
            jenis=self.cmb_jenis.currentData(),
            parent_rhk_id=parent if isinstance(parent, int) and parent > 0 else None,
            rhk_atasan_teks=manual,
            perspektif=self.cmb_persp.currentData() or "",
            penugasan_dari=self.ed_penugasan.text().strip(),
            klasifikasi=self.cmb_klas.currentData() or "",
            indikator=self.indicators.values(),
        )

    def unsaved_text(self) -> str:
        """What the user typed, as plain text (kept on the clipboard when the save conflicts)."""
        lines = [self.ed_teks.toPlainText().strip()]
        t = self.indicators.table
        for r in range(t.rowCount()):
            cells = [t.item(r, c).text().strip() if t.item(r, c) else "" for c in range(1, t.columnCount())]
            if any(cells):
                lines.append("- " + " | ".join(x for x in cells if x))
        return "\n".join(x for x in lines if x)

    def save(self) -> None:
        try:
            data = self.input()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Periksa angka target"), error_text(exc))
            return
        if not data.indikator and not self.detail.is_jpt:
            if QMessageBox.question(
                self, self.tr("Belum ada indikator"),
                self.tr("RHK ini belum memiliki indikator. SKP tidak dapat diajukan sebelum setiap RHK memiliki "
                        "indikator. Simpan saja dulu?"),
            ) != QMessageBox.StandardButton.Yes:
                return
        try:
            self.saved = S.save_rhk(self.ctx, self.detail.id, data, self.rhk.id if self.rhk else None,
                                    expected_version=self.detail.version_id)
        except ConflictError as exc:
            self.conflict = exc
            self.reject()
            return
        except ValidationError as exc:
            show_error(self, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()
