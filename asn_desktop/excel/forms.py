"""Offline supervisor forms: a protected workbook a pejabat penilai
fills in without the app, then hands back.

Only the rating, feedback and note cells are unlocked (yellow); everything
else is locked by sheet protection with a random password nobody knows, and
the workbook structure is locked so sheets cannot be added, removed or
unhidden. Ratings are dropdowns (data validation) with an error message in
Bahasa Indonesia; a formula shows the predikat from the matrix
(PermenPANRB 6/2022 lampiran) as the supervisor chooses.

Every row carries a hidden key (SKP uid, indicator uid, BerAKHLAK code) and
the value the cell had when the form was made; a very hidden ``_formulir``
sheet holds the form id and a SHA-256 checksum over every locked cell. On
import, a form whose locked cells or keys were altered is refused, and the
service refuses a form id this database never issued (a foreign form).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from asn_desktop.domain.enums import Rating
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.rating import PANDUAN_RATING_HASIL, PANDUAN_RATING_PERILAKU
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import Workbook
from asn_desktop.excel.safe import clean_string, set_cell
from asn_desktop.fileio import write_atomic

FORM_FORMAT = "ASN-KINERJA-FORMULIR-PENILAI"
FORM_VERSION = 1
META = "_formulir"
SHEET_PETUNJUK = "Petunjuk"
SHEET_PENILAIAN = "Penilaian"
SHEET_HASIL = "Umpan Balik Hasil Kerja"
SHEET_PERILAKU = "Umpan Balik Perilaku"
HEADER_ROW = 5  # header row of the data sheets (1-based); data starts below
RATING_LABELS = [r.label for r in Rating]

#: (header, key, width, editable, hidden)
PENILAIAN_COLS: tuple[tuple[str, str, float, bool, bool], ...] = (
    ("Kunci", "key", 12, False, True),
    ("No", "no", 5, False, False),
    ("NIP", "nip", 21, False, False),
    ("Nama", "nama", 28, False, False),
    ("Jabatan", "jabatan", 28, False, False),
    ("Penilaian Diri: Hasil Kerja", "self_hasil", 18, False, False),
    ("Penilaian Diri: Perilaku", "self_perilaku", 18, False, False),
    ("Rating Hasil Kerja", "rating_hasil", 21, True, False),
    ("Rating Perilaku Kerja", "rating_perilaku", 21, True, False),
    ("Predikat", "predikat", 17, False, False),
    ("Catatan / Rekomendasi", "catatan", 34, True, False),
    ("Alasan Penyesuaian (Tahunan)", "alasan", 30, True, False),
    ("Keterangan", "keterangan", 34, False, False),
    ("Rating Hasil Semula", "orig_hasil", 4, False, True),
    ("Rating Perilaku Semula", "orig_perilaku", 4, False, True),
    ("Catatan Semula", "orig_catatan", 4, False, True),
    ("Alasan Semula", "orig_alasan", 4, False, True),
)
HASIL_COLS: tuple[tuple[str, str, float, bool, bool], ...] = (
    ("Kunci", "key", 12, False, True),
    ("NIP", "nip", 21, False, False),
    ("Nama", "nama", 24, False, False),
    ("Rencana Hasil Kerja", "rhk", 36, False, False),
    ("Aspek", "aspek", 10, False, False),
    ("Indikator", "indikator", 36, False, False),
    ("Target", "target", 14, False, False),
    ("Rencana Aksi", "rencana_aksi", 24, False, False),
    ("Realisasi", "realisasi", 24, False, False),
    ("Umpan Balik Pejabat Penilai", "umpan_balik", 40, True, False),
    ("Umpan Balik Semula", "orig", 4, False, True),
)
PERILAKU_COLS: tuple[tuple[str, str, float, bool, bool], ...] = (
    ("Kunci", "key", 12, False, True),
    ("NIP", "nip", 21, False, False),
    ("Nama", "nama", 24, False, False),
    ("Nilai BerAKHLAK", "nilai", 22, False, False),
    ("Ekspektasi Khusus Pimpinan", "ekspektasi", 34, False, False),
    ("Umpan Balik Pejabat Penilai", "umpan_balik", 44, True, False),
    ("Umpan Balik Semula", "orig", 4, False, True),
)
SHEETS = {SHEET_PENILAIAN: PENILAIAN_COLS, SHEET_HASIL: HASIL_COLS, SHEET_PERILAKU: PERILAKU_COLS}


@dataclass
class FormIndicator:
    key: str  # indikator uid
    rhk: str
    aspek: str
    indikator: str
    target: str
    rencana_aksi: str
    realisasi: str
    umpan_balik: str


@dataclass
class FormBehaviour:
    kode: str
    nilai: str
    ekspektasi: str
    umpan_balik: str


@dataclass
class FormEmployee:
    key: str  # SKP uid
    nip: str
    nama: str
    jabatan: str
    self_hasil: str = ""
    self_perilaku: str = ""
    rating_hasil: str = ""
    rating_perilaku: str = ""
    catatan: str = ""
    alasan: str = ""
    keterangan: str = ""
    locked: bool = False
    indikator: list[FormIndicator] = field(default_factory=list)
    perilaku: list[FormBehaviour] = field(default_factory=list)


@dataclass
class FormData:
    form_id: str
    penilai_nip: str
    penilai_nama: str
    penilai_jabatan: str
    periode_id: int
    periode_nama: str
    tahun: int
    tahunan: bool
    kantor: str
    dibuat_pada: str
    employees: list[FormEmployee]


# --------------------------------------------------------------------------- checksum


def _locked_text(row: list[str], cols: tuple[tuple[str, str, float, bool, bool], ...]) -> str:
    """The cells of a row the supervisor may not change, as one text (what the checksum covers)."""
    return "\x1f".join(row[i] if i < len(row) else "" for i, c in enumerate(cols) if not c[3] and c[1] != "predikat")


def _checksum(meta: dict[str, str], sheets: dict[str, list[list[str]]]) -> str:
    h = hashlib.sha256()
    for k in ("format", "versi", "form_id", "penilai_nip", "periode_id", "tahun", "periode_nama", "kantor"):
        h.update(f"{k}={meta.get(k, '')}\x1e".encode("utf-8"))
    for name in (SHEET_PENILAIAN, SHEET_HASIL, SHEET_PERILAKU):
        cols = SHEETS[name]
        h.update(("\x1d" + name + "\x1e").encode("utf-8"))
        for row in sheets.get(name, []):
            h.update((_locked_text(row, cols) + "\x1e").encode("utf-8"))
    return h.hexdigest()


#: Meta key prefix of a sheet's row fingerprints: only to say *where* a form was altered (the
#: checksum decides *whether*); a form written without them gets the general message.
ROW_PRINTS = "baris:"


def _row_prints(name: str, rows: list[list[str]]) -> list[str]:
    return [hashlib.sha256(_locked_text(r, SHEETS[name]).encode("utf-8")).hexdigest()[:6] for r in rows]


def _first_changed(meta: dict[str, str], texts: dict[str, list[list[str]]],
                   rows: dict[str, list[FilledRow]]) -> tuple[str, int] | None:
    """(sheet, Excel row) of the first row whose locked cells differ from when the form was
    written; a row deleted or inserted shows as the first row that no longer matches."""
    for name in (SHEET_PENILAIAN, SHEET_HASIL, SHEET_PERILAKU):
        stored = meta.get(ROW_PRINTS + name)
        if stored is None:
            return None
        was, now = stored.split(), _row_prints(name, texts.get(name, []))
        for i, (a, b) in enumerate(zip(was, now)):
            if a != b:
                return name, rows[name][i].row
        if len(was) != len(now):
            at = rows[name][len(was)].row if len(now) > len(was) else (
                rows[name][-1].row + 1 if rows[name] else HEADER_ROW + 1)
            return name, at
    return None


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# --------------------------------------------------------------------------- writing


def _predikat_formula(row: int) -> str:
    h, p = f"H{row}", f"I{row}"
    a, s_, b = RATING_LABELS
    return (
        f'=IF(OR({h}="",{p}=""),"",IF({h}="{a}",IF({p}="{a}","Sangat Baik",IF({p}="{s_}","Baik",'
        f'"Kurang/Misconduct")),IF({h}="{s_}",IF({p}="{b}","Kurang/Misconduct","Baik"),'
        f'IF({p}="{b}","Sangat Kurang","Butuh Perbaikan"))))'
    )


def write_form(path: Path | str, data: FormData) -> str:
    """Write the form; returns its checksum (stored in the hidden ``_formulir`` sheet)."""
    from openpyxl import Workbook as OpenpyxlWorkbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama berkas \"{berkas}\" harus berakhiran .xlsx."), berkas=path.name))
    password = secrets.token_urlsafe(12)
    thin = Side(style="thin", color="9AA5B1")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F4E79")
    edit_fill = PatternFill("solid", fgColor="FFF4C2")
    lock_fill = PatternFill("solid", fgColor="E7E9EC")
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = OpenpyxlWorkbook()
    intro = wb.active
    intro.title = SHEET_PETUNJUK
    _write_intro(intro, data)

    sheets_text: dict[str, list[list[str]]] = {}

    def data_sheet(name: str, cols: tuple[tuple[str, str, float, bool, bool], ...], rows: list[dict[str, Any]],
                   locked_rows: list[bool]) -> Any:
        ws = wb.create_sheet(name)
        title = {
            SHEET_PENILAIAN: "PENILAIAN KINERJA PEGAWAI",
            SHEET_HASIL: "UMPAN BALIK ATAS HASIL KERJA",
            SHEET_PERILAKU: "UMPAN BALIK ATAS PERILAKU KERJA (BerAKHLAK)",
        }[name]
        set_cell(ws, 1, 2, f"{title} — {data.periode_nama} {data.tahun}").font = Font(bold=True, size=13)
        set_cell(ws, 2, 2, f"Pejabat penilai: {data.penilai_nama} (NIP {data.penilai_nip})")
        set_cell(ws, 3, 2, "Isi hanya sel berwarna kuning. Sel lain terkunci; lihat lembar Petunjuk.").font = Font(
            italic=True, color="7A4B00")
        for i, (header, _key, width, _edit, hidden) in enumerate(cols, start=1):
            c = set_cell(ws, HEADER_ROW, i, header)
            c.font, c.fill, c.border = head_font, head_fill, border
            c.alignment = Alignment(wrap_text=True, vertical="center")
            letter = c.column_letter
            ws.column_dimensions[letter].width = width
            if hidden:
                ws.column_dimensions[letter].hidden = True
        ws.row_dimensions[HEADER_ROW].height = 32
        texts: list[list[str]] = []
        for r_i, (row, locked) in enumerate(zip(rows, locked_rows), start=HEADER_ROW + 1):
            line: list[str] = []
            for c_i, (_h, key, _w, editable, _hidden) in enumerate(cols, start=1):
                value = row.get(key, "")
                if key == "predikat":
                    cell = ws.cell(row=r_i, column=c_i, value=_predikat_formula(r_i))
                    line.append("")
                else:
                    value = clean_string(_text(value))
                    cell = set_cell(ws, r_i, c_i, value or None, text=key in ("nip", "key"))
                    line.append(value)
                cell.border = border
                cell.alignment = wrap
                if editable and not locked:
                    cell.protection = Protection(locked=False)
                    cell.fill = edit_fill
                elif editable:
                    cell.fill = lock_fill
            texts.append(line)
        sheets_text[name] = texts
        ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=4 if name == SHEET_PENILAIAN else 3)
        ws.protection.sheet = True
        ws.protection.password = password
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        ws.protection.autoFilter = True
        ws.protection.sort = True
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return ws

    pen_rows, pen_locked = [], []
    hasil_rows, hasil_locked = [], []
    per_rows, per_locked = [], []
    for n, e in enumerate(data.employees, start=1):
        pen_rows.append({
            "key": e.key, "no": str(n), "nip": e.nip, "nama": e.nama, "jabatan": e.jabatan,
            "self_hasil": e.self_hasil, "self_perilaku": e.self_perilaku, "rating_hasil": e.rating_hasil,
            "rating_perilaku": e.rating_perilaku, "catatan": e.catatan,
            "alasan": e.alasan if data.tahunan else "", "keterangan": e.keterangan,
            "orig_hasil": e.rating_hasil, "orig_perilaku": e.rating_perilaku, "orig_catatan": e.catatan,
            "orig_alasan": e.alasan if data.tahunan else "",
        })
        pen_locked.append(e.locked)
        for ind in e.indikator:
            hasil_rows.append({
                "key": f"{e.key}|{ind.key}", "nip": e.nip, "nama": e.nama, "rhk": ind.rhk, "aspek": ind.aspek,
                "indikator": ind.indikator, "target": ind.target, "rencana_aksi": ind.rencana_aksi,
                "realisasi": ind.realisasi, "umpan_balik": ind.umpan_balik, "orig": ind.umpan_balik,
            })
            hasil_locked.append(e.locked)
        for b in e.perilaku:
            per_rows.append({
                "key": f"{e.key}|{b.kode}", "nip": e.nip, "nama": e.nama, "nilai": b.nilai,
                "ekspektasi": b.ekspektasi, "umpan_balik": b.umpan_balik, "orig": b.umpan_balik,
            })
            per_locked.append(e.locked)
    ws_pen = data_sheet(SHEET_PENILAIAN, PENILAIAN_COLS, pen_rows, pen_locked)
    if not data.tahunan:
        ws_pen.column_dimensions["L"].hidden = True
        for r_i in range(HEADER_ROW + 1, HEADER_ROW + 1 + len(pen_rows)):
            cell = ws_pen.cell(row=r_i, column=12)
            cell.protection = Protection(locked=True)
            cell.fill = PatternFill()
    if pen_rows:
        dv = DataValidation(
            type="list", formula1='"' + ",".join(RATING_LABELS) + '"', allow_blank=True, showDropDown=False,
            showErrorMessage=True, errorStyle="stop", errorTitle="Rating tidak valid",
            error="Pilih salah satu: " + ", ".join(RATING_LABELS) + ".",
            showInputMessage=True, promptTitle="Rating", prompt="Pilih dari daftar: Di Atas / Sesuai / Di Bawah Ekspektasi.",
        )
        last = HEADER_ROW + len(pen_rows)
        dv.add(f"H{HEADER_ROW + 1}:I{last}")
        ws_pen.add_data_validation(dv)
    data_sheet(SHEET_HASIL, HASIL_COLS, hasil_rows, hasil_locked)
    data_sheet(SHEET_PERILAKU, PERILAKU_COLS, per_rows, per_locked)

    meta = {
        "format": FORM_FORMAT, "versi": str(FORM_VERSION), "form_id": data.form_id,
        "penilai_nip": data.penilai_nip, "periode_id": str(data.periode_id), "tahun": str(data.tahun),
        "periode_nama": data.periode_nama, "kantor": data.kantor, "dibuat_pada": data.dibuat_pada,
    }
    checksum = _checksum(meta, sheets_text)
    prints = [(ROW_PRINTS + name, " ".join(_row_prints(name, rows))) for name, rows in sheets_text.items()]
    prints = [(k, v) for k, v in prints if len(v) < 32_000]  # an Excel cell holds 32,767 characters
    ms = wb.create_sheet(META)
    for i, (k, v) in enumerate(list(meta.items()) + [("checksum_sha256", checksum)] + prints, start=1):
        set_cell(ms, i, 1, k, text=True)
        set_cell(ms, i, 2, v, text=True)
    ms.sheet_state = "veryHidden"
    ms.protection.sheet = True
    ms.protection.password = password
    intro.protection.sheet = True
    intro.protection.password = password
    wb.security = WorkbookProtection(workbookPassword=password, lockStructure=True)
    wb.active = 1 if data.employees else 0
    write_atomic(path, wb.save, error=ExcelError)
    return checksum


def _write_intro(ws: Any, data: FormData) -> None:
    from openpyxl.styles import Alignment, Font

    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 90
    lines: list[tuple[str, str, bool]] = [
        ("FORMULIR PENILAIAN KINERJA OFFLINE", "", True),
        ("", "", False),
        ("Kantor", data.kantor, False),
        ("Pejabat penilai", f"{data.penilai_nama} (NIP {data.penilai_nip})", False),
        ("Jabatan", data.penilai_jabatan, False),
        ("Periode penilaian", f"{data.periode_nama} {data.tahun}", False),
        ("Jumlah pegawai dinilai", str(len(data.employees)), False),
        ("Dibuat pada", data.dibuat_pada, False),
        ("Nomor formulir", data.form_id, False),
        ("", "", False),
        ("CARA MENGISI", "", True),
        ("1.", "Buka lembar \"Penilaian\". Untuk setiap pegawai pilih Rating Hasil Kerja dan Rating Perilaku Kerja "
               "dari daftar pilihan (klik sel kuning, lalu panah di sebelah kanannya). Predikat muncul otomatis "
               "menurut matriks PermenPANRB 6/2022.", False),
        ("2.", "Tulis catatan/rekomendasi bila perlu. Pada penilaian Tahunan, isi Alasan Penyesuaian bila rating "
               "berbeda dari rating periode-periode sebelumnya.", False),
        ("3.", "Di lembar \"Umpan Balik Hasil Kerja\" tulis umpan balik untuk setiap indikator, dan di lembar "
               "\"Umpan Balik Perilaku\" untuk setiap nilai BerAKHLAK.", False),
        ("4.", "Hanya sel berwarna kuning yang dapat diisi. Jangan mengubah urutan baris, menyalin lembar, atau "
               "menyimpan dengan nama lembar lain; formulir yang diubah di luar sel kuning akan ditolak saat "
               "diimpor.", False),
        ("5.", "Simpan berkas (tetap dalam format .xlsx) lalu serahkan kembali kepada operator kepegawaian untuk "
               "diimpor. Operator akan melihat pratinjau perubahan sebelum menyimpannya.", False),
        ("", "Baris berwarna abu-abu tidak dapat diisi (misalnya evaluasi sudah final atau SKP belum disetujui); "
             "alasannya tertulis di kolom Keterangan.", False),
        ("", "", False),
        ("PANDUAN RATING HASIL KERJA", "", True),
        *((r.label, PANDUAN_RATING_HASIL[r], False) for r in Rating),
        ("", "", False),
        ("PANDUAN RATING PERILAKU KERJA", "", True),
        *((r.label, PANDUAN_RATING_PERILAKU[r], False) for r in Rating),
        ("", "", False),
        ("MATRIKS PREDIKAT", "Hasil Di Atas: perilaku Di Atas = Sangat Baik; Sesuai = Baik; Di Bawah = "
                             "Kurang/Misconduct.", True),
        ("", "Hasil Sesuai: perilaku Di Atas atau Sesuai = Baik; Di Bawah = Kurang/Misconduct.", False),
        ("", "Hasil Di Bawah: perilaku Di Atas atau Sesuai = Butuh Perbaikan; Di Bawah = Sangat Kurang.", False),
    ]
    for i, (a, b, bold) in enumerate(lines, start=1):
        ca = set_cell(ws, i, 2, a or None)
        cb = set_cell(ws, i, 3, b or None)
        ca.alignment = Alignment(vertical="top", wrap_text=True)
        cb.alignment = Alignment(vertical="top", wrap_text=True)
        if bold:
            ca.font = Font(bold=True, size=13 if i == 1 else 11, color="1F4E79")
    ws.merge_cells("B1:C1")


# --------------------------------------------------------------------------- reading


@dataclass
class FilledRow:
    row: int
    values: dict[str, str]


@dataclass
class FilledForm:
    path: Path
    meta: dict[str, str]
    penilaian: list[FilledRow]
    hasil: list[FilledRow]
    perilaku: list[FilledRow]

    @property
    def form_id(self) -> str:
        return self.meta.get("form_id", "")


def read_form(path: Path | str) -> FilledForm:
    """Read a filled form and verify it was not altered outside the yellow cells.

    Raises ExcelError when the file is not such a form, is of a newer version,
    misses sheets or columns, or its locked cells no longer match the checksum.
    """
    path = Path(path)
    with Workbook(path) as wb:
        if META not in wb.sheet_names:
            raise ExcelError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "\"{berkas}\" bukan formulir penilaian offline ASN Kinerja Desktop (lembar "
                        "kendali tidak ada). Gunakan berkas formulir yang dibuat oleh aplikasi "
                        "ini."), berkas=path.name)
            )
        meta: dict[str, str] = {}
        for row in wb.read(META).rows:
            if len(row) >= 2 and isinstance(row[0], str) and row[0]:
                meta[row[0]] = _text(row[1])
        if meta.get("format") != FORM_FORMAT:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\" bukan formulir penilaian offline ASN Kinerja Desktop."), berkas=path.name))
        try:
            version = int(meta.get("versi", "0"))
        except ValueError:
            version = 0
        if version > FORM_VERSION:
            raise ExcelError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Formulir \"{berkas}\" memakai versi {version}, lebih baru dari yang "
                        "dipahami aplikasi ini ({FORM_VERSION}). Perbarui aplikasi, lalu impor "
                        "lagi."), berkas=path.name, version=version, FORM_VERSION=FORM_VERSION)
            )
        out: dict[str, list[FilledRow]] = {}
        texts: dict[str, list[list[str]]] = {}
        for name, cols in SHEETS.items():
            if name not in wb.sheet_names:
                raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Lembar \"{name}\" tidak ada pada formulir \"{berkas}\"; formulir ditolak."), name=name, berkas=path.name))
            rows = wb.read(name).rows
            header = [_text(v).strip() for v in (rows[HEADER_ROW - 1] if len(rows) >= HEADER_ROW else [])]
            if header[: len(cols)] != [c[0] for c in cols]:
                raise ExcelError(
                    Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan",
                            "Susunan kolom lembar \"{name}\" pada \"{berkas}\" telah diubah; "
                            "formulir ditolak. Buat formulir baru dari aplikasi."), name=name, berkas=path.name)
                )
            filled: list[FilledRow] = []
            lines: list[list[str]] = []
            for r_i in range(HEADER_ROW, len(rows)):
                raw = rows[r_i]
                vals = [_text(raw[i]) if i < len(raw) else "" for i in range(len(cols))]
                if not any(vals):
                    continue
                lines.append(vals)
                filled.append(FilledRow(r_i + 1, {c[1]: v for c, v in zip(cols, vals)}))
            out[name] = filled
            texts[name] = lines
    if _checksum(meta, texts) != meta.get("checksum_sha256"):
        where = _first_changed(meta, texts, out)
        if where is not None:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Formulir \"{berkas}\" telah diubah di luar sel isian: lembar \"{lembar}\" baris {baris} tidak lagi "
                "sama dengan saat formulir dibuat (isi sel terkunci seperti NIP, nama, jabatan, atau indikator diketik "
                "ulang, atau baris dihapus/disisipkan di sini); formulir ditolak. Minta formulir baru dan isi hanya "
                "sel berwarna kuning."), berkas=path.name, lembar=where[0], baris=where[1]))
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Formulir \"{berkas}\" telah diubah di luar sel isian (baris, nama, kunci, "
                    "atau isi yang terkunci tidak lagi sama dengan saat formulir dibuat); "
                    "formulir ditolak. Minta formulir baru dan isi hanya sel berwarna kuning."), berkas=path.name)
        )
    return FilledForm(path, meta, out[SHEET_PENILAIAN], out[SHEET_HASIL], out[SHEET_PERILAKU])


def new_form_id() -> str:
    return secrets.token_hex(16)


def now_text() -> str:
    return datetime.now().replace(microsecond=0).isoformat(sep=" ")
