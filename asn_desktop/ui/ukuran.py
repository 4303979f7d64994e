"""Indicators that measure themselves, on screen: choosing an indicator's measure (SKP RHK form and
the RHK library) and, in the evaluation editor, the computed figure with its basis, the recompute
and the evaluator's override. The rules live in services/ukuran.py and domain/ukuran.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import ukuran as du
from asn_desktop.domain.angka import format_angka
from asn_desktop.services import ukuran as U
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import show_error
from asn_desktop.ui.i18n import fmt
from asn_desktop.ui.labels import label


def teks_singkat(ik: du.IkatanUkuran | None) -> str:
    """The binding in a table cell: "IKM layanan … · Unit kerja pegawai · KTP"."""
    if ik is None:
        return ""
    u = ik.ukuran
    try:
        lk = label(du.Lingkup(ik.lingkup))
    except ValueError:
        lk = ik.lingkup
    parts = [label(u.label) if u else ik.kunci, lk] + ([ik.jenis] if ik.jenis else [])
    return " · ".join(parts)


def tandai(item: object, kolom: int, ik: du.IkatanUkuran | None) -> None:
    """Mark a tree row of a bound indicator (SKP editor, RHK library): green text and the measure as tooltip."""
    if ik is None:
        return
    item.setForeground(kolom, QBrush(QColor("#1d6b35")))  # type: ignore[attr-defined]
    item.setToolTip(kolom, fmt(QCoreApplication.translate("PanelUkuran", "Diukur dari catatan: %1"),  # type: ignore[attr-defined]
                               teks_singkat(ik)))


class IkatanDialog(QDialog):
    """Choose the measure an indicator's realisasi is computed from (or none)."""

    def __init__(self, ikatan: du.IkatanUkuran | None, jenis_dikenal: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ukur dari catatan kantor"))
        self.resize(560, 300)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Realisasi indikator ini akan dihitung dari survei kepuasan masyarakat (SKM), "
                               "register layanan, atau register pengaduan pada setiap periode penilaian. "
                               "Pejabat penilai tetap dapat menimpa angkanya dengan alasan."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.cmb_ukuran = QComboBox()
        self.cmb_ukuran.addItem(self.tr("(tidak diukur dari catatan — realisasi diisi manual)"), "")
        for u in U.list_ukuran():
            self.cmb_ukuran.addItem(label(u.label), u.kunci)
        form.addRow(self.tr("&Ukuran:"), self.cmb_ukuran)
        self.cmb_lingkup = QComboBox()
        form.addRow(self.tr("&Lingkup:"), self.cmb_lingkup)
        self.cmb_jenis = QComboBox()
        self.cmb_jenis.setEditable(True)
        self.cmb_jenis.addItem("")
        for j in jenis_dikenal:
            self.cmb_jenis.addItem(j)
        self.cmb_jenis.lineEdit().setPlaceholderText(self.tr("kosong = semua jenis layanan"))
        form.addRow(self.tr("&Jenis layanan:"), self.cmb_jenis)
        lay.addLayout(form)
        self.lbl_info = QLabel()
        self.lbl_info.setWordWrap(True)
        self.lbl_info.setStyleSheet("color: #444;")
        lay.addWidget(self.lbl_info)
        lay.addStretch(1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Pakai"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.cmb_ukuran.currentIndexChanged.connect(self._ukuran_berubah)
        if ikatan is not None:
            self.cmb_ukuran.setCurrentIndex(max(0, self.cmb_ukuran.findData(ikatan.kunci)))
        self._ukuran_berubah()
        if ikatan is not None:
            self.cmb_lingkup.setCurrentIndex(max(0, self.cmb_lingkup.findData(ikatan.lingkup)))
            self.cmb_jenis.setEditText(ikatan.jenis)

    def _ukuran_berubah(self) -> None:
        kunci = self.cmb_ukuran.currentData()
        u = du.UKURAN.get(kunci) if kunci else None
        dulu = self.cmb_lingkup.currentData()
        self.cmb_lingkup.clear()
        for lk in (u.lingkup if u else ()):
            self.cmb_lingkup.addItem(label(lk), lk.value)
        if dulu:
            self.cmb_lingkup.setCurrentIndex(max(0, self.cmb_lingkup.findData(dulu)))
        self.cmb_lingkup.setEnabled(u is not None)
        self.cmb_jenis.setEnabled(u is not None and u.pakai_jenis)
        if u is None:
            self.lbl_info.setText("")
            return
        arah = self.tr("makin kecil makin baik") if u.lebih_rendah_lebih_baik else self.tr("makin besar makin baik")
        self.lbl_info.setText(fmt(self.tr("Sumber: %1. Satuan: %2 (%3).\n%4"), label(u.sumber), u.satuan,
                                  arah, label(u.keterangan)))

    def ikatan(self) -> du.IkatanUkuran | None:
        kunci = self.cmb_ukuran.currentData()
        if not kunci:
            return None
        u = du.UKURAN[kunci]
        jenis = self.cmb_jenis.currentText().strip() if u.pakai_jenis else ""
        return du.IkatanUkuran(kunci, self.cmb_lingkup.currentData() or u.lingkup[0].value, jenis)


def pilih_ikatan(parent: QWidget, ikatan: du.IkatanUkuran | None,
                 jenis_dikenal: Callable[[], list[str]] | None) -> tuple[bool, du.IkatanUkuran | None]:
    """Open the dialog; (chosen?, binding)."""
    try:
        jenis = jenis_dikenal() if jenis_dikenal is not None else []
    except ServiceError:
        jenis = []
    dlg = IkatanDialog(ikatan, jenis, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return False, ikatan
    return True, dlg.ikatan()


class TimpaDialog(QDialog):
    """The evaluator's own figure for a bound indicator, with the reason (both required)."""

    def __init__(self, st: U.StatusUkuran, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timpa angka dari catatan"))
        self.resize(520, 260)
        lay = QVBoxLayout(self)
        info = QLabel(fmt(self.tr("Angka dari catatan: <b>%1 %2</b><br><small>%3</small>"),
                          format_angka(st.ukuran_nilai) if st.ukuran_nilai is not None else "-", st.satuan,
                          st.dasar or self.tr("belum dihitung")))
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.ed_nilai = QLineEdit(format_angka(st.realisasi_nilai) if st.ditimpa and st.realisasi_nilai is not None
                                  else "")
        self.ed_nilai.setPlaceholderText(self.tr("mis. 92,5"))
        form.addRow(self.tr("&Angka realisasi:"), self.ed_nilai)
        self.ed_alasan = QPlainTextEdit(st.timpa_alasan)
        self.ed_alasan.setPlaceholderText(self.tr("Mengapa angka dari catatan tidak dipakai (wajib)"))
        self.ed_alasan.setTabChangesFocus(True)
        form.addRow(self.tr("A&lasan:"), self.ed_alasan)
        lay.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Timpa"))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def nilai(self) -> float:
        text = self.ed_nilai.text().strip().replace(".", "").replace(",", ".") if "," in self.ed_nilai.text() \
            else self.ed_nilai.text().strip()
        return float(text)

    def alasan(self) -> str:
        return self.ed_alasan.toPlainText().strip()


class PanelUkuran(QWidget):
    """Under the selected indicator of the evaluation editor: its measure, the figure computed from the
    records with its basis, any override, and the actions (recompute all; override / withdraw)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 sebelum_tulis: Callable[[], bool] | None = None,
                 pastikan_id: Callable[[], int] | None = None,
                 sesudah_tulis: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sebelum_tulis = sebelum_tulis
        self.pastikan_id = pastikan_id
        self.sesudah_tulis = sesudah_tulis
        self.status: dict[int, U.StatusUkuran] = {}
        self.evaluasi_id: int | None = None
        self.version_id: int | None = None
        self.boleh_isi = False
        self.boleh_timpa = False
        self._ind: int | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lbl = QLabel()
        self.lbl.setObjectName("dasar_ukuran")
        self.lbl.setWordWrap(True)
        self.lbl.setTextFormat(Qt.TextFormat.RichText)
        self.lbl.setStyleSheet("background: #eef5ee; border: 1px solid #b9d3b9; padding: 4px;")
        lay.addWidget(self.lbl, 1)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.btn_hitung = QPushButton(self.tr("Hitung dari catatan"))
        self.btn_hitung.setToolTip(self.tr("Hitung ulang semua indikator terukur pada evaluasi ini dari SKM dan "
                                           "register; angka yang ditimpa pejabat penilai tetap dipakai"))
        self.btn_hitung.clicked.connect(self.hitung)
        self.btn_timpa = QPushButton(self.tr("Timpa…"))
        self.btn_timpa.clicked.connect(self.timpa)
        self.btn_cabut = QPushButton(self.tr("Cabut penimpaan"))
        self.btn_cabut.clicked.connect(self.cabut)
        for b in (self.btn_hitung, self.btn_timpa, self.btn_cabut):
            col.addWidget(b)
        lay.addLayout(col)
        self.setVisible(False)

    def muat(self, skp_id: int, evaluasi_id: int | None, version_id: int | None, *, boleh_isi: bool,
             boleh_timpa: bool, status: dict | None = None) -> None:  # type: ignore[type-arg]
        """``status``: ``get_status_ukuran`` when already read (off the UI thread); read here otherwise."""
        self.evaluasi_id, self.version_id = evaluasi_id, version_id
        self.boleh_isi, self.boleh_timpa = boleh_isi, boleh_timpa
        if status is not None:
            self.status = status
            return
        try:
            self.status = U.get_status_ukuran(self.ctx, skp_id, evaluasi_id)
        except ServiceError:
            self.status = {}

    def terikat(self, indikator_id: int | None) -> bool:
        return indikator_id is not None and indikator_id in self.status

    def tampilkan(self, indikator_id: int | None) -> None:
        self._ind = indikator_id
        st = self.status.get(indikator_id) if indikator_id is not None else None
        self.setVisible(st is not None)
        if st is None:
            return
        baris = [fmt(self.tr("<b>Diukur dari catatan:</b> %1"), teks_singkat(st.ikatan))]
        if st.dihitung:
            angka = "-" if st.ukuran_nilai is None else f"{format_angka(st.ukuran_nilai)} {st.satuan}".strip()
            baris.append(fmt(self.tr("Hasil hitung: <b>%1</b> — %2 <span style='color:#666'>(%3)</span>"), angka,
                             st.dasar, st.dihitung_pada.strftime("%d-%m-%Y %H:%M") if st.dihitung_pada else ""))
        else:
            baris.append(self.tr("<i>Belum dihitung untuk periode ini — tekan \"Hitung dari catatan\".</i>"))
        if st.ditimpa:
            baris.append(fmt(self.tr("<span style='color:#8a4b00'><b>Ditimpa pejabat penilai:</b> %1 %2 — "
                                     "alasan: %3 (%4)</span>"),
                             format_angka(st.realisasi_nilai), st.satuan, st.timpa_alasan, st.timpa_oleh))
        self.lbl.setText("<br>".join(baris))
        # the basis is the point of the panel: never squeezed away by the splitter above it
        # (each part may wrap once in the narrow editor beside the list)
        self.lbl.setMinimumHeight(2 * len(baris) * self.lbl.fontMetrics().lineSpacing() + 10)
        self._beri_ruang()
        # only what this user may do is offered: the panel stays low enough for 1366×768
        self.btn_hitung.setVisible(self.boleh_isi or self.boleh_timpa)
        self.btn_timpa.setVisible(self.boleh_timpa)
        self.btn_cabut.setVisible(self.boleh_timpa and st.ditimpa)

    def _beri_ruang(self) -> None:
        """Grow the lower pane of the editor's splitter to the panel's height (a splitter keeps the
        sizes it had, so a panel appearing below would otherwise be squeezed)."""
        child: QWidget = self
        w = self.parentWidget()
        while w is not None and not isinstance(w, QSplitter):
            child, w = w, w.parentWidget()
        if w is None or w.indexOf(child) != w.count() - 1:
            return
        if child.layout() is not None:
            child.layout().activate()
        need = child.minimumSizeHint().height()
        sizes = w.sizes()
        if len(sizes) >= 2 and sizes[-1] < need and sum(sizes) > need:
            sizes[-2] -= need - sizes[-1]
            sizes[-1] = need
            w.setSizes(sizes)

    def _mulai(self) -> int | None:
        if self.sebelum_tulis is not None and not self.sebelum_tulis():
            return None
        try:
            return self.pastikan_id() if self.pastikan_id is not None else self.evaluasi_id
        except ServiceError as exc:
            show_error(self, exc)
            return None

    def hitung(self) -> U.HasilIsi | None:
        eid = self._mulai()
        if eid is None:
            return None
        try:
            hasil = U.fill_realisasi_terukur(self.ctx, eid, version_id=self.version_id if self.evaluasi_id else None)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        if self.sesudah_tulis is not None:
            self.sesudah_tulis()
        berubah = [p.teks for p in hasil.perubahan]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Hitung dari catatan"),
                          fmt(self.tr("%1 indikator dihitung dari catatan kantor."), str(len(hasil.perubahan))),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(berubah))
        box.setObjectName("hasil_hitung_ukuran")
        box.open()
        return hasil

    def timpa(self) -> None:
        st = self.status.get(self._ind) if self._ind is not None else None
        if st is None:
            return
        dlg = TimpaDialog(st, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                nilai = dlg.nilai()
            except ValueError:
                QMessageBox.warning(self, self.tr("Periksa angka"),
                                    fmt(self.tr("'%1' bukan angka (contoh: 92,5)."), dlg.ed_nilai.text()))
                continue
            if self._tulis_timpa(st.indikator_id, nilai, dlg.alasan()):
                return

    def cabut(self) -> None:
        st = self.status.get(self._ind) if self._ind is not None else None
        if st is None or not st.ditimpa:
            return
        if QMessageBox.question(self, self.tr("Cabut penimpaan"),
                                self.tr("Pakai lagi angka yang dihitung dari catatan?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._tulis_timpa(st.indikator_id, None, "")

    def _tulis_timpa(self, indikator_id: int, nilai: float | None, alasan: str) -> bool:
        eid = self._mulai()
        if eid is None:
            return False
        try:
            U.override_realisasi(self.ctx, eid, indikator_id, nilai, alasan,
                              version_id=self.version_id if self.evaluasi_id else None)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        if self.sesudah_tulis is not None:
            self.sesudah_tulis()
        return True
