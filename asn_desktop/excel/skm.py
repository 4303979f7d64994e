"""Reading SKM response tables (one row per respondent) from Excel.

The table has a header row naming the nine unsur as ``U1`` … ``U9`` (also
"U 1", "U1 Persyaratan", "Unsur 1"); answers are 1–4 or the questionnaire's
answer texts (see :func:`asn_desktop.domain.skm.parse_jawaban`). Title rows
above the header and blank rows are skipped. Opening goes through the
project's bounded reader (:class:`asn_desktop.excel.reader.Workbook`), so a
broken, protected or huge file gives the same clear message as elsewhere.

A cell that is not an answer is reported (sheet, row, column, value, what was
expected) and counted as not answered, so one typo does not hide the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, pesan_dari
from asn_desktop.domain.skm import KODE_BAKU, parse_jawaban
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import HEADER_SCAN_ROWS, SheetData, Workbook, col_letter, display_value, is_blank

_KODE_HEADER = re.compile(r"^(?:U|UNSUR)\s*[-.]?\s*([1-9]\d?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class MasalahSel:
    """One cell that could not be used; ``row`` is the Excel row number (1-based)."""

    sheet: str
    row: int
    column: str
    header: str
    value: str
    message: str  # Bahasa Indonesia; given a Msg it becomes a Teks that keeps it for the UI

    def __post_init__(self) -> None:
        if isinstance(self.message, Msg):
            object.__setattr__(self, "message", Teks(self.message))

    def teks(self) -> str:
        """The whole line (sheet, row, column, value, what is wrong); a Teks the UI translates."""
        nilai = f" [{self.value}]" if self.value else ""
        return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{lembar} baris {baris}, kolom {kolom} ({judul}){nilai}: {alasan}"),
                           lembar=self.sheet, baris=self.row, kolom=self.column, judul=self.header, nilai=nilai,
                           alasan=getattr(self.message, "pesan", None) or self.message))

    def as_dict(self) -> dict[str, Any]:
        return {"lembar": self.sheet, "baris": self.row, "kolom": self.column, "judul": self.header,
                "nilai": self.value, "pesan": self.message}


@dataclass
class TabelSkm:
    """The answers read from one sheet, ready for :func:`asn_desktop.domain.skm.hitung`."""

    berkas: str
    sheet: str
    header_row: int  # Excel row number of the header
    kolom: dict[str, str]  # kode → column letter
    jawaban: list[dict[str, int | None]] = field(default_factory=list)
    baris: list[int] = field(default_factory=list)  # Excel row of each entry in ``jawaban``
    masalah: list[MasalahSel] = field(default_factory=list)


def kode_dari_judul(text: Any) -> str | None:
    """"U1", "u 1", "U1. Persyaratan", "Unsur 1" → "U1"; anything else → None."""
    if is_blank(text):
        return None
    m = _KODE_HEADER.match(str(text).strip())
    return f"U{int(m.group(1))}" if m else None


def _find_header(sheet: SheetData) -> tuple[int, dict[str, int]] | None:
    for r in range(min(sheet.height, HEADER_SCAN_ROWS)):
        found: dict[str, int] = {}
        for c, v in enumerate(sheet.rows[r]):
            kode = kode_dari_judul(v)
            if kode and kode not in found:
                found[kode] = c
        if all(k in found for k in KODE_BAKU):
            return r, {k: found[k] for k in KODE_BAKU}
    return None


def baca_tabel_skm(path: Path | str, sheet: str | None = None, *, kolom: Mapping[str, int] | None = None) -> TabelSkm:
    """Read the response table of ``path``.

    ``sheet``: a sheet name, or None for the first sheet whose header names
    U1…U9. ``kolom`` (kode → 0-based column) overrides the header search; the
    data then start on the second row (the first being the questions).
    Raises :class:`ExcelError` when the file or the table cannot be used.
    """
    path = Path(path)
    with Workbook(path) as wb:
        names = [sheet] if sheet else [s.name for s in wb.sheets if s.visible] or wb.sheet_names
        found: tuple[SheetData, int, dict[str, int]] | None = None
        for name in names:
            data = wb.read(name)
            if kolom is not None:
                found = (data, 0, dict(kolom))
                break
            hit = _find_header(data)
            if hit is not None:
                found = (data, hit[0], hit[1])
                break
        if found is None:
            where = (Msg.of(QT_TRANSLATE_NOOP("Pesan", "lembar \"{lembar}\""), lembar=sheet) if sheet
                 else Msg(QT_TRANSLATE_NOOP("Pesan", "lembar mana pun")))
            raise ExcelError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Tabel jawaban SKM tidak ditemukan pada {where} di \"{berkas}\": "
                        "seharusnya ada baris judul dengan kolom U1, U2, … U9 (satu kolom per "
                        "unsur) dalam {HEADER_SCAN_ROWS} baris pertama."), where=where, berkas=path.name, HEADER_SCAN_ROWS=HEADER_SCAN_ROWS)
            )
    data, header_row, cols = found
    tabel = TabelSkm(path.name, data.name, header_row + 1, {k: col_letter(c) for k, c in cols.items()})
    headers = {k: display_value(data.cell(header_row, c)) or k for k, c in cols.items()}
    for r in range(header_row + 1, data.height):
        cells = {k: data.cell(r, c) for k, c in cols.items()}
        if all(is_blank(v) for v in cells.values()):
            continue  # blank line, or a signature block under the table
        row: dict[str, int | None] = {}
        for k, v in cells.items():
            try:
                row[k] = parse_jawaban(v)
            except DomainError as exc:
                row[k] = None
                tabel.masalah.append(MasalahSel(data.name, r + 1, tabel.kolom[k], headers[k],
                                                display_value(v), pesan_dari(exc)))
        tabel.jawaban.append(row)
        tabel.baris.append(r + 1)
    return tabel


# --------------------------------------------------------------------------- import with a column mapping

#: What a source column can be mapped to, besides the unsur kode (U1…): respondent fields.
FIELD_PROFIL: dict[str, str] = {
    "nomor": "Nomor kuesioner",
    "tanggal": "Tanggal/waktu pengisian",
    "jenis_kelamin": "Jenis kelamin",
    "umur": "Umur",
    "pendidikan": "Pendidikan",
    "pekerjaan": "Pekerjaan",
    "saran": "Saran/masukan",
}

# Keywords in the question text of online forms (checked in this order: the U8 question also says
# "saran dan masukan", the U5 and U1 questions both say "kesesuaian").
_TEBAKAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tanggal", ("timestamp", "cap waktu", "tanggal", "stempel waktu")),
    ("jenis_kelamin", ("jenis kelamin", "kelamin", "gender")),
    ("umur", ("umur", "usia")),
    ("pendidikan", ("pendidikan",)),
    ("pekerjaan", ("pekerjaan",)),
    ("U8", ("pengaduan",)),
    ("U9", ("sarana", "prasarana")),
    ("U4", ("biaya", "tarif")),
    ("U6", ("kompetensi", "kemampuan petugas")),
    ("U7", ("perilaku", "kesopanan", "keramahan", "sopan", "ramah")),
    ("U5", ("produk", "spesifikasi", "hasil pelayanan")),
    ("U3", ("waktu", "kecepatan")),
    ("U2", ("prosedur", "mekanisme", "alur")),
    ("U1", ("persyaratan", "syarat")),
    ("saran", ("saran", "masukan", "kritik", "usul")),
    ("nomor", ("no", "no.", "nomor", "no. responden", "nomor kuesioner")),
)


_PANJANG_MAKS = {"pendidikan": 50, "pekerjaan": 100, "saran": 4000}


def tebak_kolom(judul: Any) -> str | None:
    """The field a header most likely means: "U3"/"Unsur 3", a question text, or a profile heading."""
    kode = kode_dari_judul(judul)
    if kode:
        return kode
    t = " ".join(str(judul or "").lower().split())
    if not t:
        return None
    if t in ("jk", "l/p"):
        return "jenis_kelamin"
    for target, words in _TEBAKAN:
        if target == "nomor":
            if t.strip(" .:") in {w.strip(" .") for w in words}:
                return target
        elif any(w in t for w in words):
            return target
    return None


@dataclass
class KolomSumber:
    index: int
    huruf: str
    judul: str
    contoh: list[str]
    tebakan: str | None


@dataclass
class Pratinjau:
    """A response table as found, before its columns are mapped."""

    berkas: str
    sheet: str
    header_row: int  # Excel/CSV line number of the header
    kolom: list[KolomSumber]
    rows: list[list[Any]]  # data rows (raw values)
    first_row: int  # line number of rows[0]

    def pemetaan_awal(self) -> dict[int, str]:
        """Column → target from the guesses; a target taken by an earlier column is left out."""
        out: dict[int, str] = {}
        for k in self.kolom:
            if k.tebakan and k.tebakan not in out.values():
                out[k.index] = k.tebakan
        return out


def _read_csv(path: Path) -> list[list[Any]]:
    import csv

    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\" bukan berkas CSV teks (berisi data biner)."), berkas=path.name))
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delim = dialect.delimiter
    except csv.Error:
        delim = ","
    return [list(r) for r in csv.reader(text.splitlines(), delimiter=delim)]


def pratinjau_jawaban(path: Path | str, sheet: str | None = None) -> Pratinjau:
    """Read the first table of ``path`` (.xlsx/.xls/.ods via the bounded reader, or .csv) for mapping.

    The header is the first line with at least three filled cells within the first rows.
    """
    path = Path(path)
    if not path.is_file():
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas \"{berkas}\" tidak ditemukan."), berkas=path))
    if path.suffix.lower() in (".csv", ".txt"):
        rows, sheet_name = _read_csv(path), path.stem
    else:
        with Workbook(path) as wb:
            names = [sheet] if sheet else [s.name for s in wb.sheets if s.visible] or wb.sheet_names
            data = wb.read(names[0])
            rows, sheet_name = data.rows, data.name
    header = next((r for r in range(min(len(rows), HEADER_SCAN_ROWS))
                   if sum(not is_blank(v) for v in rows[r]) >= 3), None)
    if header is None:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Tabel jawaban tidak ditemukan di \"{berkas}\" (lembar \"{sheet_name}\"): "
                    "seharusnya ada baris judul dengan satu kolom per pertanyaan, lalu satu "
                    "baris per responden."), berkas=path.name, sheet_name=sheet_name)
        )
    width = max((len(r) for r in rows[header:]), default=0)
    body = [list(r) + [None] * (width - len(r)) for r in rows[header + 1:]]
    body_rows = [(i, r) for i, r in enumerate(body) if not all(is_blank(v) for v in r)]
    kolom = []
    for c in range(width):
        judul = display_value(rows[header][c] if c < len(rows[header]) else None)
        contoh = [display_value(r[c]) for _i, r in body_rows[:3] if not is_blank(r[c])]
        if not judul and not contoh:
            continue
        kolom.append(KolomSumber(c, col_letter(c), judul, contoh, tebak_kolom(judul)))
    return Pratinjau(path.name, sheet_name, header + 1, kolom, body, header + 2)


@dataclass
class BarisImpor:
    """One respondent read with a mapping; ``masalah`` non-empty = rejected."""

    baris: int
    nomor: int | None
    jawaban: dict[str, int | None]
    profil: dict[str, Any]
    masalah: list[MasalahSel] = field(default_factory=list)


def terapkan_pemetaan(p: Pratinjau, pemetaan: Mapping[int, str], kode_unsur: list[str]) -> list[BarisImpor]:
    """Every data row read with ``pemetaan`` (column → U1…/profile field). A row with a cell that is
    not a valid answer, sex or age is rejected as a whole, so no questionnaire is stored half-read."""
    from datetime import date as _date
    from datetime import datetime as _datetime

    from asn_desktop.domain.skm import parse_jenis_kelamin, parse_umur

    judul = {k.index: k.judul for k in p.kolom}
    out: list[BarisImpor] = []
    for i, row in enumerate(p.rows):
        if all(is_blank(v) for v in row):
            continue
        line = p.first_row + i
        b = BarisImpor(line, None, {k: None for k in kode_unsur}, {})
        for c, target in pemetaan.items():
            v = row[c] if c < len(row) else None

            def bad(msg: str, c: int = c, v: Any = v) -> None:
                b.masalah.append(MasalahSel(p.sheet, line, col_letter(c), judul.get(c, ""), display_value(v), msg))

            try:
                if target in kode_unsur:
                    b.jawaban[target] = parse_jawaban(v)
                elif target == "jenis_kelamin":
                    b.profil[target] = parse_jenis_kelamin(v)
                elif target == "umur":
                    b.profil[target] = parse_umur(v)
                elif target == "nomor":
                    t = display_value(v).strip()
                    if t:
                        if not t.isdigit() or int(t) < 1:
                            bad(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nomor kuesioner harus bilangan bulat 1 atau lebih.")))
                        else:
                            b.nomor = int(t)
                elif target == "tanggal":
                    b.profil[target] = v.date() if isinstance(v, _datetime) else v if isinstance(v, _date) else None
                elif target in FIELD_PROFIL:
                    t = "" if is_blank(v) else str(v).strip()
                    limit = _PANJANG_MAKS.get(target, 4000)
                    if len(t) > limit:
                        bad(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isian terlalu panjang: paling banyak {limit} karakter."), limit=limit))
                    else:
                        b.profil[target] = t or None
            except DomainError as exc:
                bad(pesan_dari(exc))
        if all(x is None for x in b.jawaban.values()):
            continue  # nothing answered: a note under the table, not a respondent
        out.append(b)
    return out
