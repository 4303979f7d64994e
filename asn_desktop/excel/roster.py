"""Rows of a head-office roster → normalised employee records, with every problem.

Each cell is read with the domain rules (kinerja-asn.md §7): NIP as text
(a NIP stored as a number has lost digits and is rejected, never repaired —
``domain.nip.clean_nip``), golongan in any spelling (``domain.golongan``),
dates typed or real, day-first (``domain.tanggal``), names with gelar split
(``domain.nama.split_gelar``). Every problem names sheet, row, column, the
value and what was expected, in Bahasa Indonesia.

Duplicate NIPs: rows holding the same values after normalisation
("P" vs "Perempuan", a typed vs a real date) count once; rows that really
differ are all rejected, and the NIP is listed once among the duplicates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat
from operator import is_ as _is
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from asn_desktop.domain.enums import Agama, JenisJabatan, JenisKelamin, JenjangFungsional, StatusKepegawaian
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import parse_golongan
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, pesan_dari, pisah
from asn_desktop.domain.nama import format_nama, search_key, split_gelar_detail
from asn_desktop.domain.nip import NipKind, clean_nip, format_nip, nip_warnings, parse_nip, plain_nip_column
from asn_desktop.domain.tanggal import format_tanggal_pendek, parse_tanggal, parse_tempat_tanggal
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import (
    FIELD_LABELS,
    DataRow,
    Layout,
    SheetData,
    SkippedRows,
    Workbook,
    clean_text,
    col_letter,
    count_data_rows,
    detect_layout,
    display_value,
    find_tables,
    is_blank,
    iter_data_rows,
)

#: Employee fields a roster can set (Pegawai columns) plus ``unit`` (by name)
#: and ``nip_atasan`` (resolved to ``atasan_id``).
RECORD_FIELDS: tuple[str, ...] = (
    "nip", "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
    "status_kepegawaian", "golongan", "tmt_golongan", "nama_jabatan", "jenis_jabatan", "unit", "nip_atasan",
    "nip_lama", "agama", "nik", "email", "no_hp", "alamat", "tmt_cpns", "tmt_pns", "jenjang", "tmt_jabatan",
    "eselon", "kelas_jabatan", "pendidikan_terakhir", "tahun_lulus", "tmt_pensiun", "status", "tanggal_status",
)
DATE_FIELDS = frozenset({"tanggal_lahir", "tmt_golongan", "tmt_cpns", "tmt_pns", "tmt_jabatan", "tmt_pensiun",
                         "tanggal_status"})


@dataclass
class Problem:
    """One problem with one cell (or row): where, what, and how to fix it."""

    sheet: str
    row: int  # Excel row number (1-based); 0 = the whole sheet
    column: str  # "C" or "" when it concerns the row
    header: str  # header text of the column
    value: str  # the cell as shown
    message: str  # Bahasa Indonesia (logs, CLI, the report files); given a Msg, it is kept as ``pesan``
    level: str = "error"  # "error" rejects the row; "warning" is informational
    pesan: Msg | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Msg):
            self.message, self.pesan = pisah(self.message)

    @property
    def teks(self) -> Msg | str:
        """The message for the UI: the Msg when there is one (translated there), else the text."""
        return self.pesan if self.pesan is not None else self.message

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet, "row": self.row, "column": self.column, "header": self.header,
            "value": self.value, "message": self.message, "level": self.level,
        }

    @property
    def where(self) -> str:
        return str(self.lokasi)

    @property
    def lokasi(self) -> Msg:
        """Where the problem is (sheet, row, column with its header), apart from what it is, so
        each part is translated once: "lembar "Data", baris 7, kolom C (NIP)"."""
        kolom = "" if not self.column else (
            Msg.of(QT_TRANSLATE_NOOP("Pesan", ", kolom {kolom} ({judul})"), kolom=self.column, judul=self.header)
            if self.header else Msg.of(QT_TRANSLATE_NOOP("Pesan", ", kolom {kolom}"), kolom=self.column))
        if self.row:
            return Msg.of(QT_TRANSLATE_NOOP("Pesan", "lembar \"{lembar}\", baris {baris}{kolom}"),
                          lembar=self.sheet, baris=self.row, kolom=kolom)
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "lembar \"{lembar}\"{kolom}"), lembar=self.sheet, kolom=kolom)

    def di_berkas(self, berkas: str) -> Msg:
        """The whole line of an error list: file, sheet, row, column, then what is wrong."""
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas \"{berkas}\", {lokasi}: {alasan}"), berkas=berkas,
                      lokasi=self.lokasi, alasan=self.teks)


@dataclass(slots=True)
class RosterRecord:
    """One employee as the file states it.

    ``values`` holds only the fields the file states (a blank cell says
    nothing and never erases stored data); ``derived`` holds values inferred
    for new employees only (status kepegawaian from the NIP, jenis kelamin from
    NIP digit 15, jenis jabatan from the jabatan name).
    """

    sheet: str
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    derived: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    duplicate_of: int | None = None  # identical to an earlier row (counted once)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level != "error"]

    @property
    def ok(self) -> bool:
        return not self.problems or not any(p.level == "error" for p in self.problems)

    @property
    def nip(self) -> str | None:
        return self.values.get("nip")

    @property
    def nama_tampil(self) -> str:
        return format_nama(self.values.get("gelar_depan"), self.values.get("nama") or "", self.values.get("gelar_belakang"))


@dataclass
class DuplicateGroup:
    nip: str
    rows: list[int]
    identical: bool
    differences: list[str]


@dataclass
class SheetChoice:
    """A sheet that looks like a roster (for the "choose a sheet" step)."""

    name: str
    visible: bool
    data_rows: int
    columns: list[tuple[str, str, str]]
    score: int
    valid_nip: int = 0  # rows whose NIP cell holds an 18-digit NIP: what decides between sheets


@dataclass
class UnusedColumn:
    """A non-empty column of the table that imports into no field (listed, never dropped silently)."""

    column: str  # letter
    header: str
    sample: str  # first non-empty value under the header, as shown
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"kolom": self.column, "judul": self.header, "contoh": self.sample, "alasan": self.reason}


@dataclass
class RosterParse:
    path: Path
    sheet: str
    layout: Layout
    records: list[RosterRecord]
    skipped: SkippedRows
    duplicates: list[DuplicateGroup]
    sheet_problems: list[Problem]
    choices: list[SheetChoice]
    #: why this sheet was read when several qualified ("" when there was no choice)
    sheet_reason: str = ""  # a Teks when there was a choice (its Msg for the UI)
    unused: list[UnusedColumn] = field(default_factory=list)
    #: every table read on the sheet (several when offices stack one table per unit)
    tables: list[Layout] = field(default_factory=list)

    @property
    def columns(self) -> list[tuple[str, str, str]]:
        """(letter, header, field label) of every mapped column of every table read."""
        seen: dict[tuple[str, str, str], None] = {}
        for lay in self.tables or [self.layout]:
            for t in lay.describe():
                if t[2] not in _NOT_IMPORTED_LABELS:
                    seen.setdefault(t)
        return list(seen)

    @property
    def valid(self) -> list[RosterRecord]:
        return [r for r in self.records if r.ok and r.duplicate_of is None]

    @property
    def rejected(self) -> list[RosterRecord]:
        return [r for r in self.records if not r.ok]


class SheetChoiceNeeded(ExcelError):
    """Several sheets look like rosters: the operator picks one (GUI) or passes --sheet (CLI)."""

    def __init__(self, message: str | Msg, choices: list[SheetChoice]) -> None:
        super().__init__(message)
        self.choices = choices


# --------------------------------------------------------------------------- value parsers

_GENDER = {
    "L": "L", "LK": "L", "LAKI": "L", "LAKI LAKI": "L", "LAKILAKI": "L", "PRIA": "L", "M": "L", "MALE": "L",
    "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "W": "P", "F": "P", "FEMALE": "P", "PRP": "P",
}

_STATUS_KEPEG = {
    "PNS": "PNS", "PEGAWAI NEGERI SIPIL": "PNS", "ASN PNS": "PNS",
    "CPNS": "CPNS", "CALON PNS": "CPNS", "CALON PEGAWAI NEGERI SIPIL": "CPNS",
    "PPPK": "PPPK", "P3K": "PPPK", "PPPK PENUH WAKTU": "PPPK", "ASN PPPK": "PPPK",
    "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA": "PPPK",
    "PPPK PARUH WAKTU": "PPPK Paruh Waktu", "PPPK PW": "PPPK Paruh Waktu", "P3K PARUH WAKTU": "PPPK Paruh Waktu",
}
_STATUS_PEG = {
    "AKTIF": "aktif", "PENSIUN": "pensiun", "MUTASI": "mutasi", "PINDAH": "mutasi", "MUTASI KELUAR": "mutasi",
    "MENINGGAL": "meninggal", "MENINGGAL DUNIA": "meninggal", "WAFAT": "meninggal",
    "DIBERHENTIKAN": "berhenti", "BERHENTI": "berhenti", "DIBERHENTIKAN DENGAN HORMAT": "berhenti",
}

_JENIS_JABATAN = {
    "JPT UTAMA": "jpt_utama", "JPT MADYA": "jpt_madya", "JPT PRATAMA": "jpt_pratama",
    "JABATAN PIMPINAN TINGGI PRATAMA": "jpt_pratama", "JABATAN PIMPINAN TINGGI MADYA": "jpt_madya",
    "ADMINISTRATOR": "administrator", "JABATAN ADMINISTRATOR": "administrator",
    "PENGAWAS": "pengawas", "JABATAN PENGAWAS": "pengawas",
    "PELAKSANA": "pelaksana", "JABATAN PELAKSANA": "pelaksana", "FUNGSIONAL UMUM": "pelaksana", "JFU": "pelaksana",
    "FUNGSIONAL KEAHLIAN": "fungsional_keahlian", "JF KEAHLIAN": "fungsional_keahlian",
    "FUNGSIONAL KETERAMPILAN": "fungsional_keterampilan", "JF KETERAMPILAN": "fungsional_keterampilan",
    "FUNGSIONAL KETRAMPILAN": "fungsional_keterampilan",
}
_JENJANG_WORDS = {
    "AHLI PERTAMA": "ahli_pertama", "AHLI MUDA": "ahli_muda", "AHLI MADYA": "ahli_madya", "AHLI UTAMA": "ahli_utama",
    "PEMULA": "pemula", "TERAMPIL": "terampil", "MAHIR": "mahir", "PENYELIA": "penyelia",
}
_KEAHLIAN = {"ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama"}

_AGAMA = {
    "ISLAM": "Islam", "KRISTEN": "Kristen", "PROTESTAN": "Kristen", "KRISTEN PROTESTAN": "Kristen",
    "KATOLIK": "Katolik", "KATHOLIK": "Katolik", "KRISTEN KATOLIK": "Katolik", "HINDU": "Hindu",
    "BUDDHA": "Buddha", "BUDHA": "Buddha", "KONGHUCU": "Konghucu", "KHONGHUCU": "Konghucu", "KONG HU CU": "Konghucu",
    "LAINNYA": "Lainnya", "KEPERCAYAAN": "Lainnya",
}

_ESELON = re.compile(r"^(?:ESELON\s*)?(I{1,3}|IV|V|[1-5])\s*[./\-]?\s*([AB])?$")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_STACKED_NIP = re.compile(r"^(?:NIP\.?\s*[:.]?\s*)?['\u2019]?([\d][\d\s.\-]{16,30}\d)$", re.IGNORECASE)
_SCI_NUMBER = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d{1,2}")
_BROKEN_NIP = re.compile(
    r"(?:\bNIP\.?\s*[:.]?\s*|(?<=\n)\s*)['\u2019]?(\d(?:[.,]\d+)?[eE]\+?\d{1,2}|\d[\d .\-]{6,30}\d)\s*$",
    re.IGNORECASE)
_NIP_IN_TEXT = re.compile(r"(?:\bNIP\.?\s*[:.]?\s*)?['\u2019]?(\d{8}\s*\d{6}\s*\d\s*\d{3}|\d{18})\b", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9A-Z]+", " ", clean_text(text).upper()).split())


def parse_jenis_kelamin(value: Any) -> str:
    """L, P, LK, PR, Laki-laki, Perempuan (any case) → "L"/"P"."""
    k = _key(value if isinstance(value, str) else clean_text(value))
    if k in _GENDER:
        return _GENDER[k]
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Jenis kelamin \"{value}\" tidak dikenali; gunakan L atau P (juga LK/PR, "
                "Laki-laki/Perempuan)."), value=clean_text(value))
    )


def parse_status_kepegawaian(value: Any) -> str:
    k = _key(clean_text(value))
    if k in _STATUS_KEPEG:
        return _STATUS_KEPEG[k]
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Status kepegawaian \"{value}\" tidak dikenali; gunakan PNS, CPNS, PPPK, atau PPPK "
                "Paruh Waktu."), value=clean_text(value))
    )


def parse_status_pegawai(value: Any) -> str:
    k = _key(clean_text(value))
    if k in _STATUS_PEG:
        return _STATUS_PEG[k]
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Status \"{value}\" tidak dikenali; gunakan Aktif, Pensiun, Mutasi, Meninggal, "
                "atau Diberhentikan."), value=clean_text(value))
    )


def normalise_eselon(value: Any) -> str:
    """"III.a", "IIIa", "3/a", "Eselon IV.A" → "III.a" (the stored form)."""
    text = clean_text(value).upper()
    if _key(text) in ("", "NON ESELON", "NONESELON", "TIDAK ADA", "NON"):
        return ""
    m = _ESELON.match(text.replace(" ", "") if len(text) <= 6 else text)
    if not m:
        m = _ESELON.match(text)
    if not m:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Eselon \"{value}\" tidak dikenali; tulis misalnya III.a atau IV.b."), value=clean_text(value)))
    roman = _ROMAN.get(m.group(1), m.group(1))
    return f"{roman}.{m.group(2).lower()}" if m.group(2) else roman


@lru_cache(maxsize=4096)
def jenjang_from_text(text: str) -> str | None:
    k = _key(text)
    for words, code in _JENJANG_WORDS.items():
        if re.search(rf"(?:^| ){words}(?: |$)", k):
            return code
    return None


def parse_jenis_jabatan(value: Any, *, eselon: str | None, jenjang: str | None) -> str | None:
    """Labels and codes of JenisJabatan plus "Struktural" (by eselon), "Fungsional Umum" (pelaksana),
    "Fungsional Tertentu" (by jenjang). None when the category is valid but not precise enough."""
    k = _key(clean_text(value))
    if k in _JENIS_JABATAN:
        return _JENIS_JABATAN[k]
    for m in JenisJabatan:
        if k in (_key(m.value), _key(m.label)):
            return m.value
    if k in ("STRUKTURAL", "JABATAN STRUKTURAL"):
        if eselon:
            head = eselon.split(".")[0]
            return {"I": "jpt_madya", "II": "jpt_pratama", "III": "administrator", "IV": "pengawas"}.get(head)
        return None
    if k in ("FUNGSIONAL TERTENTU", "JFT", "FUNGSIONAL", "JABATAN FUNGSIONAL"):
        if jenjang:
            return "fungsional_keahlian" if jenjang in _KEAHLIAN else "fungsional_keterampilan"
        return None
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Jenis jabatan \"{value}\" tidak dikenali; gunakan Pelaksana, Pengawas, "
                "Administrator, JPT Pratama, Fungsional Keahlian, atau Fungsional Keterampilan."), value=clean_text(value))
    )


@lru_cache(maxsize=4096)
def guess_jenis_jabatan(nama_jabatan: str) -> tuple[str | None, str | None]:
    """(jenis, jenjang) suggested by a jabatan name; for new employees only."""
    jenjang = jenjang_from_text(nama_jabatan)
    if jenjang:
        return ("fungsional_keahlian" if jenjang in _KEAHLIAN else "fungsional_keterampilan"), jenjang
    k = _key(nama_jabatan)
    if re.match(r"^(CAMAT|SEKRETARIS KECAMATAN|SEKCAM)\b", k):
        return "administrator", None
    if re.match(r"^(LURAH|KEPALA SEKSI|KASI|KEPALA SUB ?BAGIAN|KASUBBAG|KASUBAG|SEKRETARIS KELURAHAN|SEKLUR)\b", k):
        return "pengawas", None
    if re.match(r"^(PELAKSANA|PENGELOLA|OPERATOR|PENATA LAYANAN|PENGADMINISTRASI|PENGOLAH|PENGEMUDI|"
                r"PRAMU|PETUGAS|STAF|CARAKA|TEKNISI|ADMINISTRATOR PERKANTORAN)\b", k):
        return "pelaksana", None
    return None, None


def parse_agama(value: Any) -> str:
    k = _key(clean_text(value))
    if k in _AGAMA:
        return _AGAMA[k]
    for m in Agama:
        if k == _key(m.value):
            return m.value
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Agama \"{value}\" tidak dikenali; gunakan Islam, Kristen, Katolik, Hindu, Buddha, "
                "atau Konghucu."), value=clean_text(value))
    )


def parse_int(value: Any, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{what} harus berupa angka."), what=Msg(what)))
    if isinstance(value, (int, float)):
        if not float(value).is_integer():
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{what} harus bilangan bulat, ditemukan {value}."), what=Msg(what), value=format(value, 'g')))
        n = int(value)
    else:
        text = clean_text(value)
        if not re.fullmatch(r"\d{1,4}", text):
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{what} \"{text}\" bukan angka; isi bilangan bulat."), what=Msg(what), text=text))
        n = int(text)
    if not lo <= n <= hi:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{what} {jumlah} di luar rentang yang wajar ({lo}–{hi})."), what=Msg(what), jumlah=n, lo=lo, hi=hi))
    return n


def parse_digits_text(value: Any, what: str, length: int | None = None) -> str:
    """NIK-like identifiers: text only (a number has lost digits), optional exact length."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "{what} tersimpan sebagai angka sehingga digit terakhir bisa hilang; format "
                    "kolom sebagai Teks lalu ketik ulang, atau awali dengan tanda petik (')."), what=Msg(what))
        )
    digits = re.sub(r"[\s.\-']", "", clean_text(value))
    if not digits.isdigit() or (length is not None and len(digits) != length):
        expect = (Msg.of(QT_TRANSLATE_NOOP("Pesan", "{jumlah} digit angka"), jumlah=length) if length
                  else Msg(QT_TRANSLATE_NOOP("Pesan", "angka")))
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{what} \"{value}\" tidak valid; seharusnya {expect}."), what=Msg(what), value=clean_text(value), expect=expect))
    return digits


def text_value(value: Any, limit: int = 200) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return format_tanggal_pendek(value)
    return clean_text(value)[:limit]


def split_nama_nip(text: str) -> tuple[str, str | None]:
    """"DOMINGGUS NDUN, S.Sos\\nNIP. 19930925 201901 1 004" → (name, nip text)."""
    raw = str(text)
    m = _NIP_IN_TEXT.search(raw)
    if not m:
        # a NIP with digits missing or extra ("1985071 200903 2 004", 17 digits) on its own line or
        # after "NIP": still the NIP (and reported as a broken one), never glued onto the name
        m = _BROKEN_NIP.search(raw)
        if not m:
            return clean_text(raw), None
    name = clean_text(raw[: m.start()] + " " + raw[m.end():]).strip(" ,/;-")
    name = re.sub(r"\bNIP\.?\s*[:.]?\s*$", "", name, flags=re.IGNORECASE).strip(" ,/;-")
    return name, m.group(1)


_TRAILING_DATE_TEXT = re.compile(
    r"^(?P<text>.*?\S)[\s,;/]+(?P<date>\d{1,2}\s*[-/. ]\s*(?:\d{1,2}|[A-Za-z]{3,10}\.?)\s*[-/. ]\s*\d{4}"
    r"|\d{4}-\d{1,2}-\d{1,2})$")


def split_stacked(raw: Any) -> tuple[str | None, Any]:
    """A cell that stacks a value and its TMT ("III/b⏎01 OCT 2021", "Camat⏎01-01-2022",
    "Penata, III/c 01-04-2020") → (text, date part); either may be None."""
    if isinstance(raw, (date, int, float)) and not isinstance(raw, bool):
        return None, raw
    lines = [clean_text(x) for x in str(raw).splitlines()]
    lines = [x for x in lines if x]
    if not lines:
        return None, None
    if len(lines) > 1:
        for i in range(len(lines) - 1, -1, -1):
            try:
                parse_tanggal(lines[i])
            except DomainError:
                continue
            rest = lines[:i] + lines[i + 1:]
            return (", ".join(rest) or None), lines[i]
        return ", ".join(lines), None
    m = _TRAILING_DATE_TEXT.match(lines[0])
    if m:
        return m["text"].strip(" ,;/"), m["date"]
    try:
        parse_tanggal(lines[0])
        return None, lines[0]
    except DomainError:
        return lines[0], None


# --------------------------------------------------------------------------- rows → records


@lru_cache(maxsize=4096)
def _golongan(text: str, pppk: bool | None) -> Any:
    return parse_golongan(text, pppk=pppk)


#: Appended to a warning about an optional field: only identity (NIP, name) rejects a row.
LEFT_EMPTY = " Kolom ini dikosongkan; data lain pada baris ini tetap diimpor."
_LAHIR_MASA_DEPAN = QT_TRANSLATE_NOOP("Pesan", "Tanggal lahir tidak boleh di masa depan.")


def dikosongkan(alasan: Msg | str) -> Msg:
    """``alasan`` + LEFT_EMPTY, as one message whose reason is translated on its own."""
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alasan} Kolom ini dikosongkan; data lain pada baris ini tetap diimpor."),
                  alasan=alasan)


def tidak_diimpor(alasan: Msg | str) -> Msg:
    """``alasan`` + " Kolom ini tidak diimpor."."""
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alasan} Kolom ini tidak diimpor."), alasan=alasan)


def berlabel(fld: str, alasan: Msg | str) -> Msg:
    """"Tanggal lahir: <alasan>" with the field's label translated too."""
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{label}: {alasan}"), label=Msg(FIELD_LABELS[fld]), alasan=alasan)
#: A cell holding only blanks (never imported, never an error).
_BLANK = object()
#: In a checked column (``_RowParser.parse_rows``): the cell sets nothing / the cell has a problem.
_SKIP = object()
_BAD = object()
_HAS_DIGIT = re.compile(r"\d").search
_HAS_LETTER = re.compile(r"[A-Za-z]").search
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
_DMY_DATE = re.compile(r"[0-9]{2}[-/.][0-9]{2}[-/.][0-9]{4}").fullmatch
#: A name needing no cleaning and no split: ASCII letters and . , ' - between single spaces.
_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z.,'\-]*(?: [A-Za-z.,'\-]+)*").fullmatch
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+").fullmatch
#: (value, message, level): message None = the field takes ``value``; otherwise a problem.
Outcome = tuple[Any, Msg | str | None, str | None]


#: A date written with numbers only, day and month in some order, then the year ("04/01/2019").
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:\s|$)").match


def _either_order(text: str) -> bool:
    """A numeric date that is a valid date read day-first and month-first, and a different one."""
    m = _NUMERIC_DATE(text)
    if m is None:
        return False
    first, second = int(m[1]), int(m[2])
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def month_first_evidence(parts: list[tuple[Layout, list[DataRow]]]) -> dict[str, tuple[str, int]]:
    """Per date field, (a date, its Excel row) showing its column is written month first, for a
    sheet exported with US settings: its "04/01/2019" (April 1) would otherwise be read silently
    as 4 January (parse_tanggal reads day first, as Indonesian files write them); with evidence,
    such dates are left empty with a warning.

    Day first wins on the least sign of it, anywhere on the sheet: a text date valid only day
    first ("25/09/1993"), or a birth date / TMT CPNS that matches the NIP read day first (the NIP
    holds the birth date and the TMT CPNS month). A column counts as month first only when some of
    its dates are valid only month first ("09/25/1993", or matching the NIP read month first) and
    they are at least a fifth of its numeric text dates: one mistyped date among a hundred is not
    a sheet written month first (found in review: one such typo emptied every ambiguous date)."""
    example: dict[str, tuple[str, int]] = {}  # per field, its first date valid only month first
    month_first_n: dict[str, int] = {}  # per field, how many of its dates are valid only month first
    numeric: dict[str, int] = {}

    def seen(fld: str, text: str, row: int, n: int) -> None:
        month_first_n[fld] = month_first_n.get(fld, 0) + n
        if fld not in example or row < example[fld][1]:
            example[fld] = (text.strip(), row)

    for lay, seg in parts:
        cols = {f: cs[0] for f, cs in lay.columns.items() if f in DATE_FIELDS and cs}
        nip_col = lay.col("nip")
        for fld, c in cols.items():
            vals = [cells[c] if c < len(cells) else None for cells in (r.cells for r in seg)]
            counts = Counter(vals)
            kinds: dict[str, tuple[int, int, str]] = {}  # each distinct numeric text date, read once
            for v in counts:
                if v.__class__ is str and not v[:4].isdigit():  # "1985-08-12" is never day/month/year
                    m = _NUMERIC_DATE(v)
                    if m is not None:
                        first, second = int(m[1]), int(m[2])
                        if first > 12 and second <= 12:
                            return {}  # day first, as everywhere in Indonesia: nothing to doubt
                        kinds[v] = (first, second, m[3])
            if not kinds:
                continue
            numeric[fld] = numeric.get(fld, 0) + sum(counts[v] for v in kinds)
            for v, (first, second, _y) in kinds.items():
                if second > 12 and first <= 12:
                    seen(fld, v, seg[vals.index(v)].excel_row, counts[v])
            if nip_col is None or fld not in ("tanggal_lahir", "tmt_cpns"):
                continue
            # an ambiguous birth date / TMT CPNS: the NIP (as parse_nip reads it) tells which way it was written
            for r, v in zip(seg, vals):
                k = kinds.get(v) if v.__class__ is str else None
                if k is None or k[0] == k[1] or k[1] > 12:
                    continue
                raw = r.cells[nip_col] if nip_col < len(r.cells) else None
                try:
                    info = parse_nip(raw)
                except DomainError:
                    continue
                first, second, year = k
                born = info.tanggal_lahir
                if fld == "tanggal_lahir" and born is not None and born.year == int(year):
                    if (first, second) == (born.day, born.month):
                        return {}
                    if (first, second) == (born.month, born.day):
                        seen(fld, v, r.excel_row, 1)
                elif fld == "tmt_cpns" and info.tmt_bulan is not None and info.tmt_tahun == int(year):
                    if second == info.tmt_bulan:
                        return {}
                    if first == info.tmt_bulan:
                        seen(fld, v, r.excel_row, 1)
    return {fld: example[fld] for fld, n in month_first_n.items() if n * 5 >= numeric[fld]}


def _blank_text(value: Any) -> bool:
    """A text cell that holds only spaces/invisible characters (the reader's notion of blank)."""
    return (value[0].isspace() or value[-1].isspace() or value[0] in "\u200b\ufeff") and is_blank(value)


def _converters(today: date, month_first: dict[str, tuple[str, int]] | None = None
                ) -> dict[str, Callable[[Any], Outcome]]:
    """Per field: one non-empty cell → its outcome. Pure functions of the cell (and today, and the
    sheet's ``month_first`` evidence), so each distinct cell value of a column is converted once
    (see ``_RowParser``)."""

    def guard(fn: Callable[[Any], Outcome]) -> Callable[[Any], Outcome]:
        def conv(raw: Any) -> Outcome:
            if raw.__class__ is str and _blank_text(raw):
                return (_BLANK, None, None)
            return fn(raw)

        return conv

    def domain(fn: Callable[[Any], Any], suffix: Callable[[Msg | str], Msg] = dikosongkan, level: str = "warning"
               ) -> Callable[[Any], Outcome]:
        def conv(raw: Any) -> Outcome:
            try:
                return (fn(raw), None, None)
            except DomainError as e:
                return (None, suffix(pesan_dari(e)), level)

        return guard(conv)

    def tanggal(fld: str) -> Callable[[Any], Outcome]:
        evidence = (month_first or {}).get(fld)

        def conv(raw: Any) -> Outcome:
            if evidence is not None and raw.__class__ is str and _either_order(raw):
                return (None, dikosongkan(berlabel(fld, Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "\"{nilai}\" dapat dibaca dua cara (hari/bulan atau bulan/hari): lembar ini menulis "
                    "tanggal dengan bulan lebih dulu (misalnya \"{contoh}\" pada baris {baris}), sehingga tanggal "
                    "ini tidak dapat dipastikan; tulis dengan nama bulan (1 April 2019) atau tttt-bb-hh."),
                    nilai=raw.strip(), contoh=evidence[0], baris=evidence[1]))), "warning")
            try:
                d = parse_tanggal(raw)  # remembered per distinct cell by the row parser
            except DomainError as e:
                return (None, dikosongkan(berlabel(fld, pesan_dari(e))), "warning")
            if fld == "tanggal_lahir" and d > today:
                return (None, dikosongkan(Msg(_LAHIR_MASA_DEPAN)), "warning")
            return (d, None, None)

        return guard(conv)

    def text(limit: int) -> Callable[[Any], Outcome]:
        return guard(lambda raw: (text_value(raw, limit), None, None))

    def jenjang(raw: Any) -> Outcome:
        j = jenjang_from_text(text_value(raw))
        if j is None:
            try:
                j = JenjangFungsional.from_label(text_value(raw)).value
            except ValueError:
                return (None, dikosongkan(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Jenjang tidak dikenali; gunakan Ahli Pertama/Muda/Madya/Utama atau "
                    "Pemula/Terampil/Mahir/Penyelia."))), "warning")
        return (j if j else _BLANK, None, None)

    def eselon(raw: Any) -> Outcome:
        try:
            return (normalise_eselon(raw) or None, None, None)
        except DomainError as e:
            return (None, dikosongkan(pesan_dari(e)), "warning")

    def nip_atasan(raw: Any) -> Outcome:
        try:
            nip = clean_nip(raw)
            if len(nip) != 18:
                raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP atasan harus 18 digit, ditemukan {jumlah} digit."), jumlah=len(nip)))
        except DomainError as e:
            return (None, Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP atasan tidak dipakai: {alasan}"), alasan=pesan_dari(e)),
                    "warning")
        return (nip, None, None)

    def email(raw: Any) -> Outcome:
        t = clean_text(raw)
        if _EMAIL(t):
            return (t[:200], None, None)
        return (None, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Alamat email tidak valid; kolom ini tidak diimpor.")),
                "warning")

    def no_hp(raw: Any) -> Outcome:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            t = text_value(raw)
            return (("0" + t if t.startswith("8") else t)[:30], None, None)
        return (clean_text(raw)[:30], None, None)

    def kelas_jabatan(raw: Any) -> Outcome:
        """"8" or 8; "8 (80%)" (the class with its tunjangan share, as some payroll lists write it)
        is class 8 with a note, never a reason to reject the employee."""
        try:
            return (parse_int(raw, QT_TRANSLATE_NOOP("Pesan", "Kelas jabatan"), 1, 17), None, None)
        except DomainError as e:
            m = re.fullmatch(r"(\d{1,2})\s*(\(.*\)|-.*|/.*)", clean_text(raw))
            if m and 1 <= int(m[1]) <= 17:
                return (int(m[1]), Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Kelas jabatan \"{isi}\" dibaca sebagai {kelas}; \"{sisa}\" diabaikan."),
                    isi=clean_text(raw), kelas=int(m[1]), sisa=m[2].strip()), "warning")
            return (None, dikosongkan(pesan_dari(e)), "warning")

    def status(raw: Any) -> Outcome:
        """Status pegawai, or (a common mix-up) a status kepegawaian in the Status column."""
        try:
            return (("status", parse_status_pegawai(raw)), None, None)
        except DomainError:
            try:
                return (("status_kepegawaian", parse_status_kepegawaian(raw)), None, None)
            except DomainError:
                return (None, dikosongkan(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Status \"{isi}\" tidak dikenali; gunakan Aktif/Pensiun/Mutasi/Meninggal (status "
                    "pegawai) atau PNS/CPNS/PPPK (status kepegawaian)."), isi=clean_text(raw))), "warning")

    def tempat_tanggal(raw: Any) -> Outcome:
        """((tempat, tanggal), message, level): both parts may be set and the date still refused."""
        try:
            if isinstance(raw, (date, int, float)) and not isinstance(raw, bool):
                tempat, tgl = None, parse_tanggal(raw)
            else:
                tempat, tgl = parse_tempat_tanggal(str(raw))
        except DomainError as e:
            return ((None, None), dikosongkan(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal lahir: {alasan}"),
                                                     alasan=pesan_dari(e))), "warning")
        if tempat and not isinstance(raw, (date, int, float)):
            tempat = _typed_case(str(raw), tempat)
        if tgl and tgl > today:
            return ((tempat, None), dikosongkan(Msg(_LAHIR_MASA_DEPAN)), "warning")
        return ((tempat, tgl), None, None)

    conv: dict[str, Callable[[Any], Outcome]] = {f: tanggal(f) for f in DATE_FIELDS}
    conv.update(
        status_kepegawaian=domain(parse_status_kepegawaian),
        status=guard(status),
        tempat_lahir=text(100),
        tempat_tanggal_lahir=guard(tempat_tanggal),
        jenis_kelamin=domain(parse_jenis_kelamin),
        nama_jabatan=text(200),
        eselon=guard(eselon),
        jenjang=guard(jenjang),
        kelas_jabatan=guard(kelas_jabatan),
        unit=text(200),
        nip_atasan=guard(nip_atasan),
        nip_lama=domain(_nip_lama, suffix=tidak_diimpor),
        agama=domain(parse_agama),
        nik=domain(lambda raw: parse_digits_text(raw, QT_TRANSLATE_NOOP("Pesan", "NIK"), 16), suffix=tidak_diimpor,
                   level="warning"),
        email=guard(email),
        no_hp=guard(no_hp),
        alamat=guard(lambda raw: (clean_text(raw)[:1000], None, None)),
        pendidikan_terakhir=text(100),
        tahun_lulus=domain(lambda raw: parse_int(raw, QT_TRANSLATE_NOOP("Pesan", "Tahun lulus"), 1940, today.year + 1)),
        gelar_depan=guard(lambda raw: (clean_text(raw or ""), None, None)),
        gelar_belakang=guard(lambda raw: (clean_text(raw or ""), None, None)),
        jenis_jabatan=guard(lambda raw: (raw, None, None)),
        # the reader's is_blank here (not the cell-presence rule): "\u2060" alone is no part of a golongan
        golongan_part=lambda raw: (_BLANK if is_blank(raw) else text_value(raw), None, None),
    )
    return conv


def _gol_text(parts: tuple[Any, ...]) -> Any:
    """Pangkat and gol. ruang from two columns as one text ("Penata, III/c"), each part once."""
    seen: list[str] = []
    for t in parts:
        if t is not _SKIP and t not in seen:
            seen.append(t)
    return _SKIP if not seen else seen[0] if len(seen) == 1 else ", ".join(seen)


def _nip_lama(raw: Any) -> str:
    """The 9-digit NIP lama (text, or a number: nine digits survive being stored as a number)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer() \
            and 100_000_000 <= raw <= 999_999_999:
        return str(int(raw))
    return parse_digits_text(raw, QT_TRANSLATE_NOOP("Pesan", "NIP lama"), 9)


def _urut_nol(digits: str) -> Msg:
    """A NIP whose sequence (last three digits) is 000. BKN numbers the sequence from 001 (the
    examples of kinerja-asn.md §7 end in 001), and an 18-digit NIP that Excel held as a number
    keeps only 15 significant digits: its last three come back as 000 (§7: such a cell must be
    rejected, never repaired). Stored, it would be another person's
    NIP (or none), so the row is refused as a NIP in scientific notation is."""
    return Msg.of(QT_TRANSLATE_NOOP(
        "Pesan", "NIP {nip} berakhir dengan 000, padahal nomor urut NIP dimulai dari 001: NIP ini kemungkinan "
        "pernah tersimpan sebagai angka di Excel sehingga tiga digit terakhirnya hilang. Ambil NIP yang benar "
        "dari SK atau data asli, format kolom NIP sebagai Teks, lalu ketik ulang."), nip=format_nip(digits))


def _nip_message(raw: Any, message: Msg | str) -> Msg | str:
    """Say what was found and what is wrong: "NIP 17 digit (1985071 200903 2 004), seharusnya 18 digit"."""
    if isinstance(raw, str):
        digits = re.sub(r"[\s.\-'\u2019]", "", raw)
        if digits.isdigit() and len(digits) not in (9, 18):
            return Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "NIP {jumlah} digit ({isi}), seharusnya 18 digit; periksa digit yang hilang atau berlebih."),
                jumlah=len(digits), isi=clean_text(raw))
    return message


def _typed_case(text: str, tempat: str) -> str:
    """The place of birth as typed in a combined "Tempat, Tgl Lahir" cell (a separate Tempat Lahir
    column keeps its case too: names and places are never re-cased, see domain.nama)."""
    flat = clean_text(text)
    i = flat.upper().find(tempat.upper())
    return flat[i:i + len(tempat)] if i >= 0 else tempat


def _jenis_jabatan(raw: Any, eselon: str | None, jenjang: str | None) -> Outcome:
    try:
        jj = parse_jenis_jabatan(raw, eselon=eselon, jenjang=jenjang)
    except DomainError as e:
        return (None, dikosongkan(pesan_dari(e)), "warning")
    if jj is None:
        return (None, Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Jenis jabatan \"{isi}\" belum cukup rinci (tanpa eselon/jenjang); kolom ini tidak diimpor "
            "untuk baris ini."), isi=clean_text(raw)), "warning")
    return (jj, None, None)


#: Fields converted cell by cell, in the order their problems are reported (between them
#: come the fields that depend on others: name, NIP, golongan, jenis jabatan).
_DATES_THEN_PLACE = ("tanggal_lahir", "tmt_golongan", "tmt_cpns", "tmt_pns", "tmt_jabatan", "tmt_pensiun",
                     "tanggal_status", "tempat_lahir")
_JABATAN_FIELDS = ("nama_jabatan", "eselon", "jenjang")
_LATER_FIELDS = ("kelas_jabatan", "unit", "nip_atasan", "nip_lama", "agama", "nik", "email", "no_hp", "alamat",
                 "pendidikan_terakhir", "tahun_lulus")
_IS_PPPK = {s.value: s.is_pppk for s in StatusKepegawaian}
_JENIS_KELAMIN = {j.value: j for j in JenisKelamin}
_STRUKTURAL_JENIS = {"II": "jpt_pratama", "III": "administrator", "IV": "pengawas"}
#: the stacked column a TMT may come from (for the column named in a problem)
_STACKED_OF = {"tmt_golongan": "golongan_tmt", "tmt_jabatan": "jabatan_tmt"}


class _RowParser:
    """Turns data rows into records, column-wise where it can.

    Per field the column and the converter are chosen once from the layout; each
    distinct cell value of a column is converted once and remembered (a roster
    repeats its golongan, units, jabatan, dates and genders thousands of times),
    so a row costs a few dictionary look-ups plus the checks that really depend
    on the row (name, NIP, consistency). Problems keep the order and wording of
    the field-by-field rules.
    """

    def __init__(self, sheet: str, layout: Layout, today: date,
                 month_first: dict[str, tuple[str, int]] | None = None) -> None:
        self.sheet = sheet
        self.layout = layout
        self.today = today
        self.month_first = month_first or {}  # date fields whose column is written month first
        self.idx = {f: cols[0] for f, cols in layout.columns.items() if cols}
        self.conv = _converters(today, month_first)
        self.memo: dict[str, dict[Any, Outcome]] = {f: {} for f in self.conv}
        self.jenis_memo: dict[Any, Outcome] = {}
        self.where = {c: (col_letter(c), layout.headers.get(c, "")) for cols in layout.columns.values() for c in cols}

        def plan(fields: tuple[str, ...]) -> list[tuple[str, int, dict[Any, Outcome], Callable[[Any], Outcome]]]:
            return [(f, self.idx[f], self.memo[f], self.conv[f]) for f in fields if f in self.idx]

        # without a "Tempat, Tgl Lahir" column, jenis kelamin joins the first run (same problem order)
        self.has_ttl = "tempat_tanggal_lahir" in self.idx
        self.first = plan(_DATES_THEN_PLACE + (() if self.has_ttl else ("jenis_kelamin",)))
        self.after_ttl = plan(("jenis_kelamin",)) if self.has_ttl else []
        self.jabatan = plan(_JABATAN_FIELDS)
        self.later = plan(_LATER_FIELDS)
        self.gelar = layout.has("gelar_depan") or layout.has("gelar_belakang")
        self.gol_cols = layout.columns.get("golongan", [])
        self.stacked_gol = self.idx.get("golongan_tmt")
        self.stacked_jab = self.idx.get("jabatan_tmt")
        self.nip_col = layout.col("nip")
        self.nama_col = layout.col("nama")
        self.has_status = "status_kepegawaian" in self.idx or "status" in self.idx
        self.has_jenis = "jenis_jabatan" in self.idx
        #: TMT fields compared with the birth date (only those the sheet has)
        self.tmt_fields = [f for f in ("tmt_cpns", "tmt_pns", "tmt_golongan", "tmt_jabatan") if f in self.idx]
        #: per field: distinct text cell → its checked value (``_SKIP`` / ``_BAD`` / the value)
        self.checked: dict[str, dict[Any, Any]] = {f: {} for f in self.conv}
        self.gol_memo: dict[tuple[str, bool | None], Any] = {}
        #: the column-wise path covers the flat tables of SIASN exports and our own files; a combined
        #: "Tempat, Tgl Lahir" cell or cells stacking a value and its TMT are read row by row
        self.columnwise = (self.nip_col is not None and self.nama_col is not None and not self.has_ttl
                           and self.stacked_gol is None and self.stacked_jab is None)

    # -- helpers ---------------------------------------------------------------------
    def _problem(self, rec: RosterRecord, fld: str | None, value: Any, message: Msg | str, level: str = "error",
                 col: int | None = None) -> None:
        if col is None and fld is not None:
            col = self.layout.col(fld)
        if col is None:
            letter, header = "", ""
        else:
            letter, header = self.where.get(col) or (col_letter(col), self.layout.headers.get(col, ""))
        rec.problems.append(Problem(self.sheet, rec.row, letter, header, display_value(value), message, level))

    def _cell(self, row: list[Any], fld: str) -> tuple[Any, Outcome | None]:
        """(raw value, outcome) of a field's cell; (None, None) when absent or blank."""
        c = self.idx.get(fld)
        if c is None or c >= len(row):
            return None, None
        raw = row[c]
        if raw is None or raw == "":
            return None, None
        out = self._convert(fld, raw)
        if out[0] is _BLANK:
            return None, None
        return raw, out

    def _convert(self, fld: str, raw: Any) -> Outcome:
        memo = self.memo[fld]
        key = raw if raw.__class__ is str else (raw.__class__, raw)
        out = memo.get(key)
        if out is None:
            out = memo[key] = self.conv[fld](raw)
        return out

    def _run(self, rec: RosterRecord, row: list[Any], fields: list[tuple[str, int, dict[Any, Outcome], Any]]) -> None:
        """The cell-by-cell fields: look up (or convert once) and apply."""
        n = len(row)
        v = rec.values
        for fld, c, memo, conv in fields:
            if c >= n:
                continue
            raw = row[c]
            if raw is None or raw == "":
                continue
            key = raw if raw.__class__ is str else (raw.__class__, raw)
            out = memo.get(key)
            if out is None:
                out = memo[key] = conv(raw)
            if out[1] is None:
                if out[0] is not _BLANK:
                    v[fld] = out[0]
            else:
                if out[0] is not None and out[0] is not _BLANK:
                    v[fld] = out[0]  # read, with a note (e.g. "8 (80%)")
                self._problem(rec, fld, raw, out[1], out[2], col=c)

    # -- all rows, column by column ------------------------------------------------------
    def _column(self, fld: str, cells: list[list[Any]], width: int, slow: set[int]) -> list[Any]:
        """One field's cells checked down the column: per row the value the field takes, ``_SKIP``
        when the cell sets nothing (absent, empty, blank); a row whose cell has a problem is
        added to ``slow`` (and read by :meth:`parse`, which reports it). Each distinct text is
        converted once, with the converter and memo :meth:`parse` uses."""
        c = self.idx.get(fld)
        if c is None:
            return [_SKIP] * len(cells)
        col = [r[c] for r in cells] if c < width else [r[c] if c < len(r) else None for r in cells]
        memo, conv, checked = self.memo[fld], self.conv[fld], self.checked[fld]
        other = False
        todo = set(col)
        if fld in DATE_FIELDS:
            # the two text shapes rosters write, as parse_tanggal reads them (dates repeat less than
            # other values: a birth date column is mostly distinct); any other shape, an impossible
            # date or a birth date in the future goes through the converter for its message
            latest = self.today if fld == "tanggal_lahir" else date.max
            for raw in todo:
                if raw.__class__ is str and raw not in checked:
                    try:
                        if _ISO_DATE(raw):
                            d = date.fromisoformat(raw)  # the shape checked: the same date or ValueError
                        elif _DMY_DATE(raw) and fld not in self.month_first:
                            d = date(int(raw[6:]), int(raw[3:5]), int(raw[:2]))
                        else:
                            continue
                    except ValueError:
                        continue
                    if d <= latest:
                        checked[raw] = d
        for raw in todo:
            if raw.__class__ is str:
                if raw and raw not in checked:
                    out = memo.get(raw)
                    if out is None:
                        out = memo[raw] = conv(raw)
                    checked[raw] = _BAD if out[1] is not None else _SKIP if out[0] is _BLANK else out[0]
            elif raw is not None:
                other = True
        vals = list(map(checked.get, col, repeat(_SKIP)))
        if other:  # numbers, real dates: keyed by their type as well (1, 1.0 and True differ)
            for i, raw in enumerate(col):
                if raw is not None and raw.__class__ is not str:
                    key = (raw.__class__, raw)
                    out = memo.get(key)
                    if out is None:
                        out = memo[key] = conv(raw)
                    vals[i] = _BAD if out[1] is not None else _SKIP if out[0] is _BLANK else out[0]
        if other or any(x is _BAD for x in checked.values()):
            bad = [i for i, x in enumerate(vals) if x is _BAD]
            slow.update(bad)
            for i in bad:
                vals[i] = _SKIP  # the row is read by parse; the columns stay values or _SKIP
        return vals

    def parse_rows(self, rows: list[DataRow], progress: Callable[[int, int, str], None] | None = None,
                   start: int = 0, total: int = 0) -> list[RosterRecord]:
        """Every row of the table, as :meth:`parse` reads it one by one, but checked column by
        column: a row in which every cell is accepted without a word is built from its checked
        columns; any other row (a problem, a warning, a NIP to clean, a name with digits, other
        letters or a gelar to split off) is read by :meth:`parse`, so its problems keep their
        wording and order. ``progress(i, total, ...)`` every 500 rows, ``i`` counted from ``start``."""
        out: list[RosterRecord] = []
        if not self.columnwise:
            for k, r in enumerate(rows):
                out.append(self.parse(r))
                if progress is not None and (start + k) % 500 == 0:
                    progress(start + k, total, "Membaca baris")
            return out
        n = len(rows)
        cells = [r.cells for r in rows]
        width = min(map(len, cells), default=0)
        slow: set[int] = set()
        none = [_SKIP] * n

        done: dict[str, list[Any]] = {}

        def column(fld: str) -> list[Any]:
            if fld not in self.idx:
                return none
            if fld not in done:
                done[fld] = self._column(fld, cells, width, slow)
            return done[fld]

        def raw_column(c: int) -> list[Any]:
            return [r[c] for r in cells] if c < width else [r[c] if c < len(r) else None for r in cells]

        # status first: it decides whether NIP and golongan follow the PNS or PPPK scheme
        if self.has_status:
            sk = column("status_kepegawaian")
            sp = column("status")
            sk = [a if a is not _SKIP or b is _SKIP or b[0] == "status" else b[1] for a, b in zip(sk, sp)]
            st = [b[1] if b is not _SKIP and b[0] == "status" else _SKIP for b in sp]
            pppk = [None if a is _SKIP else _IS_PPPK[a] for a in sk]
        else:
            sk = st = none
            pppk = [None] * n

        # names: plain text (letters, single spaces, . , ' -) taken as it is; anything else to parse
        names = raw_column(self.nama_col)
        plain = [_PLAIN_NAME(x) if x.__class__ is str else None for x in names]
        if self.gelar:
            nama = [x[:200] if m is not None else _BAD for x, m in zip(names, plain)]
            depan = [None if x is _SKIP else x[:60] or None for x in column("gelar_depan")]
            belakang = [None if x is _SKIP else x.strip()[:100] or None for x in column("gelar_belakang")]
        else:
            nama, depan, belakang = [], [], []
            for x, m in zip(names, plain):
                d, inti, b, flags = split_gelar_detail(x) if m is not None else ("", "", "", True)
                nama.append(inti[:200] if not flags else _BAD)
                depan.append(d[:60] or None)
                belakang.append(b.strip(" ,")[:100] or None)
        first_f = [f[0] for f in self.first]
        first = [column(f) for f in first_f]

        # NIP: the plain 18 digits decoded directly; consistency with the row's own dates and gender
        nips = raw_column(self.nip_col)
        today = self.today
        nip = plain_nip_column(nips, pppk, today)
        # a sequence 000 is the mark of a NIP that was an Excel number: parse() refuses it
        nip = [None if f is not None and x[15:] == "000" else f for f, x in zip(nip, nips)]
        tl = column("tanggal_lahir")
        jk = column("jenis_kelamin")
        cpns = column("tmt_cpns")
        derived: list[dict[str, Any]] = []
        gol_pppk: list[bool | None] = []
        for i, (f, a, g, c, s, p) in enumerate(zip(nip, tl, jk, cpns, sk, pppk)):
            if f is None or (a is not _SKIP and a != f[1]) or (g is not _SKIP and g != f[4]) or (
                    c is not _SKIP and not f[0] and (c.year, c.month) != (f[2], f[3])):
                slow.add(i)
                derived.append({})
                gol_pppk.append(p)
                continue
            d = {}
            if g is _SKIP:
                d["jenis_kelamin"] = f[4]
            if a is _SKIP:
                d["tanggal_lahir"] = f[1]
            if s is _SKIP:
                d["status_kepegawaian"] = "PPPK" if f[0] else "PNS"
                p = f[0]
            derived.append(d)
            gol_pppk.append(p)

        # golongan: one or two columns (pangkat, gol. ruang) joined, parsed once per text and scheme
        gol = none
        if self.gol_cols:
            texts = [self._column_at(c, cells, width) for c in self.gol_cols]
            parts = texts[0] if len(texts) == 1 else [_gol_text(t) for t in zip(*texts)]
            memo = self.gol_memo
            gol = []
            for i, (t, p) in enumerate(zip(parts, gol_pppk)):
                if t is _SKIP:
                    gol.append(_SKIP)
                    continue
                g = memo.get((t, p))
                if g is None:
                    try:
                        found = _golongan(t, p)
                        g = memo[(t, p)] = (found.kode, found.is_pppk)
                    except DomainError:
                        g = memo[(t, p)] = _BAD
                if g is _BAD:
                    slow.add(i)
                    gol.append(_SKIP)
                    continue
                gol.append(g[0])
                if g[1] and sk[i] is _SKIP:
                    derived[i]["status_kepegawaian"] = "PPPK"

        # jabatan, then jenis jabatan (stated, or suggested by the jabatan name / eselon)
        jab_f = [f[0] for f in self.jabatan]
        jab = [column(f) for f in jab_f]
        jabatan, eselon, jenjang = column("nama_jabatan"), column("eselon"), column("jenjang")
        jenis_raw = column("jenis_jabatan") if self.has_jenis else none
        jenis = none if not self.has_jenis else [_SKIP] * n
        guessed: dict[tuple[Any, Any], tuple[str | None, str | None]] = {}
        for i, (raw, nj, es, jg) in enumerate(zip(jenis_raw, jabatan, eselon, jenjang)):
            nj = None if nj is _SKIP else nj
            es = None if es is _SKIP else es
            if raw is not _SKIP:
                jen = (None if jg is _SKIP else jg) or jenjang_from_text(nj or "")
                key = (raw if raw.__class__ is str else (raw.__class__, raw), es, jen)
                o = self.jenis_memo.get(key)
                if o is None:
                    o = self.jenis_memo[key] = _jenis_jabatan(raw, es, jen)
                if o[1] is not None:
                    slow.add(i)
                    continue
                jenis[i] = o[0]
                if o[0].startswith("fungsional") and jen and jg is _SKIP:
                    derived[i]["jenjang"] = jen
            elif nj:
                g = guessed.get((nj, es))
                if g is None:
                    jj, jen = guess_jenis_jabatan(nj)
                    if jj is None and es:
                        jj = _STRUKTURAL_JENIS.get(es.split(".")[0])
                    g = guessed[(nj, es)] = (jj, jen)
                if g[0]:
                    derived[i]["jenis_jabatan"] = g[0]
                if g[1]:
                    derived[i].setdefault("jenjang", g[1])
        later_f = [f[0] for f in self.later]
        later = [column(f) for f in later_f]

        # a TMT before the birth date is refused (and reported by parse)
        if self.tmt_fields:
            for fld in self.tmt_fields:
                for i, (d, a, dv) in enumerate(zip(column(fld), tl, derived)):
                    if d is not _SKIP:
                        lahir = dv.get("tanggal_lahir") if a is _SKIP else a
                        if lahir and d and d < lahir:
                            slow.add(i)

        named = zip(("status_kepegawaian", "status", "nama", "gelar_depan", "gelar_belakang", *first_f, "nip",
                     "golongan", *jab_f, "jenis_jabatan", *later_f),
                    (sk, st, nama, depan, belakang, *first, nips, gol, *jab, jenis, *later))
        keys, cols = zip(*[(k, c) for k, c in named if c is not none])  # fields the table has
        slow.update(i for i, x in enumerate(nama) if x is _BAD)
        sheet = self.sheet
        out = [RosterRecord(sheet, r.index + 1, dict(zip(keys, t)), d) for r, t, d in zip(rows, zip(*cols), derived)]
        # rows where some field says nothing: their dict leaves those keys out
        for col in cols:
            if col is nama or col is nips or not any(map(_is, col, repeat(_SKIP))):
                continue
            for i, x in enumerate(col):
                if x is _SKIP and i not in slow:
                    v = out[i].values
                    out[i].values = {k: y for k, y in v.items() if y is not _SKIP}
        for i in sorted(slow):
            out[i] = self.parse(rows[i])
        if progress is not None:
            for i in range(-start % 500, n, 500):
                progress(start + i, total, "Membaca baris")
        return out

    def _column_at(self, c: int, cells: list[list[Any]], width: int) -> list[Any]:
        """A golongan part column (``golongan_part``: no problem possible) as texts, ``_SKIP`` for blanks."""
        col = [r[c] for r in cells] if c < width else [r[c] if c < len(r) else None for r in cells]
        memo, conv, checked = self.memo["golongan_part"], self.conv["golongan_part"], self.checked["golongan_part"]
        vals = []
        for raw in col:
            if raw is None or raw == "":
                vals.append(_SKIP)
                continue
            key = raw if raw.__class__ is str else (raw.__class__, raw)
            x = checked.get(key)
            if x is None:
                out = memo.get(key)
                if out is None:
                    out = memo[key] = conv(raw)
                x = checked[key] = _SKIP if out[0] is _BLANK else out[0]
            vals.append(x)
        return vals

    # -- one row ---------------------------------------------------------------------
    def parse(self, data: DataRow) -> RosterRecord:
        row = data.cells
        rec = RosterRecord(self.sheet, data.excel_row)
        v = rec.values
        today = self.today

        # status first: it decides whether NIP/golongan follow the PNS or PPPK scheme
        pppk: bool | None = None
        if self.has_status:
            raw, out = self._cell(row, "status_kepegawaian")
            if out is not None:
                if out[1] is None:
                    v["status_kepegawaian"] = out[0]
                else:
                    self._problem(rec, "status_kepegawaian", raw, out[1], out[2])
            raw, out = self._cell(row, "status")
            if out is not None:
                if out[1] is None:
                    fld, val = out[0]
                    if fld == "status":
                        v["status"] = val
                    else:
                        v.setdefault("status_kepegawaian", val)
                else:
                    self._problem(rec, "status", raw, out[1], out[2])
            if v.get("status_kepegawaian"):
                pppk = _IS_PPPK[v["status_kepegawaian"]]

        # name (possibly with gelar, possibly with the NIP in the same cell)
        n = len(row)
        nip_col = self.nip_col
        nip_raw = row[nip_col] if nip_col is not None and nip_col < n else None
        if nip_raw is not None and (nip_raw == "" or (nip_raw.__class__ is str and _blank_text(nip_raw))):
            nip_raw = None
        c = self.nama_col
        raw_name = row[c] if c is not None and c < n else None
        if raw_name is not None and (raw_name == "" or (raw_name.__class__ is str and _blank_text(raw_name))):
            raw_name = None
        if raw_name is not None:
            name_text = raw_name if raw_name.__class__ is str else str(raw_name)
            if _HAS_DIGIT(name_text) is None:
                name, nip_in_name = clean_text(name_text), None
            else:
                name, nip_in_name = split_nama_nip(name_text)
            if nip_in_name and nip_raw is None:
                nip_raw, nip_col = nip_in_name, self.nama_col
            if _HAS_LETTER(name) is None:
                self._problem(rec, "nama", raw_name, Msg(QT_TRANSLATE_NOOP("Pesan", "Nama harus berisi huruf.")))
            else:
                if self.gelar:
                    # explicit gelar columns (SIASN exports, our exchange files): the name stays as typed
                    inti = name
                    depan = self._text(row, "gelar_depan")
                    belakang = self._text(row, "gelar_belakang")
                else:
                    depan, inti, belakang, flags = split_gelar_detail(name)
                    if flags:
                        self._problem(rec, "nama", raw_name, Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan", "Gelar dipisahkan dari nama: {catatan}. Hasil: nama \"{nama}\", gelar belakang "
                            "\"{gelar}\". Periksa; bila salah, perbaiki di berkas atau di data pegawai."),
                            catatan="; ".join(flags), nama=inti, gelar=belakang), "warning")
                v["nama"] = inti[:200]
                v["gelar_depan"] = depan[:60] or None
                # a gelar column keeps its text as typed (like the profile form); a gelar split off a
                # name loses the comma that separated it
                v["gelar_belakang"] = (belakang.strip() if self.gelar else belakang.strip(" ,"))[:100] or None
        else:
            self._problem(rec, "nama", None, Msg(QT_TRANSLATE_NOOP(
                "Pesan", "Nama kosong; setiap baris pegawai harus memiliki nama.")))

        # dates and place of birth (before NIP so the NIP consistency check can use them)
        self._run(rec, row, self.first)
        if self.has_ttl:
            raw, out = self._cell(row, "tempat_tanggal_lahir")
            if out is not None:
                tempat, tgl = out[0]
                if tempat:
                    v.setdefault("tempat_lahir", tempat[:100])
                if tgl:
                    v.setdefault("tanggal_lahir", tgl)
                if out[1] is not None:
                    self._problem(rec, "tempat_tanggal_lahir", raw, out[1], out[2])
            self._run(rec, row, self.after_ttl)

        # NIP
        if nip_raw is None:
            self._problem(rec, "nip", None, Msg(QT_TRANSLATE_NOOP("Pesan", "NIP kosong; isi NIP 18 digit (sebagai teks).")),
                          col=nip_col)
        else:
            try:
                info = parse_nip(nip_raw, pppk=pppk, today=today)
                if info.kind is NipKind.LAMA:
                    raise DomainError(
                        Msg.of(QT_TRANSLATE_NOOP(
                                "Pesan",
                                "NIP lama (9 digit) tidak dapat dipakai sebagai NIP; isi NIP 18 "
                                "digit (NIP lama dapat dicantumkan di kolom NIP Lama)."))
                    )
                if info.urut == 0:
                    raise DomainError(_urut_nol(info.digits))
                v["nip"] = info.digits
                jk = v.get("jenis_kelamin")
                for w in nip_warnings(
                    info,
                    tanggal_lahir=v.get("tanggal_lahir"),
                    jenis_kelamin=_JENIS_KELAMIN[jk] if jk else None,
                    tmt_cpns=v.get("tmt_cpns") if info.kind is NipKind.PNS else None,
                ):
                    self._problem(rec, "nip", nip_raw, w, "warning", col=nip_col)
                derived = rec.derived
                if info.jenis_kelamin and jk is None:
                    derived["jenis_kelamin"] = info.jenis_kelamin.value
                if info.tanggal_lahir and "tanggal_lahir" not in v:
                    derived["tanggal_lahir"] = info.tanggal_lahir
                if "status_kepegawaian" not in v:
                    derived["status_kepegawaian"] = "PPPK" if info.kind is NipKind.PPPK else "PNS"
                    pppk = info.kind is NipKind.PPPK
            except DomainError as e:
                self._problem(rec, "nip", nip_raw, _nip_message(nip_raw, pesan_dari(e)), col=nip_col)

        # golongan: "Penata Muda Tk. I, III/b" or pangkat + gol in two columns, or stacked with its TMT
        parts: list[str] = []
        gol_col = self.gol_cols[0] if self.gol_cols else self.idx.get("golongan_tmt")
        if self.stacked_gol is not None:
            self._stacked(rec, row, "golongan_tmt", "tmt_golongan", parts)
        if self.gol_cols:
            memo = self.memo["golongan_part"]
            for c in self.gol_cols:
                if c < n:
                    raw = row[c]
                    if raw is None or raw == "":
                        continue
                    out = memo.get(raw if raw.__class__ is str else (raw.__class__, raw))
                    t = (out or self._convert("golongan_part", raw))[0]
                    if t is not _BLANK and t not in parts:
                        parts.append(t)
        if parts:
            text = parts[0] if len(parts) == 1 else ", ".join(parts)
            try:
                g = _golongan(text, pppk)
                v["golongan"] = g.kode
                if "status_kepegawaian" not in v and g.is_pppk:
                    rec.derived["status_kepegawaian"] = "PPPK"
            except DomainError as e:
                self._problem(rec, "golongan", text, dikosongkan(pesan_dari(e)), "warning", col=gol_col)

        # jabatan
        self._run(rec, row, self.jabatan)
        if self.stacked_jab is not None:
            jab: list[str] = []
            self._stacked(rec, row, "jabatan_tmt", "tmt_jabatan", jab)
            if jab and "nama_jabatan" not in v:
                v["nama_jabatan"] = jab[0][:200]
        raw = self._cell(row, "jenis_jabatan")[0] if self.has_jenis else None
        if raw is not None:
            jenjang = v.get("jenjang") or jenjang_from_text(v.get("nama_jabatan") or "")
            key = (raw if raw.__class__ is str else (raw.__class__, raw), v.get("eselon"), jenjang)
            out = self.jenis_memo.get(key)
            if out is None:
                out = self.jenis_memo[key] = _jenis_jabatan(raw, v.get("eselon"), jenjang)
            if out[1] is not None:
                self._problem(rec, "jenis_jabatan", raw, out[1], out[2])
            else:
                jj = out[0]
                v["jenis_jabatan"] = jj
                if jj.startswith("fungsional") and jenjang and "jenjang" not in v:
                    rec.derived["jenjang"] = jenjang
        if "jenis_jabatan" not in v and v.get("nama_jabatan"):
            jj, jenjang = guess_jenis_jabatan(v["nama_jabatan"])
            if jj is None and v.get("eselon"):
                jj = _STRUKTURAL_JENIS.get(v["eselon"].split(".")[0])
            if jj:
                rec.derived["jenis_jabatan"] = jj
            if jenjang:
                rec.derived.setdefault("jenjang", jenjang)

        self._run(rec, row, self.later)

        # plausibility across fields
        lahir = (v.get("tanggal_lahir") or rec.derived.get("tanggal_lahir")) if self.tmt_fields else None
        if lahir:
            for fld in self.tmt_fields:
                d = v.get(fld)
                if d and d < lahir:
                    del v[fld]
                    self._problem(rec, fld, d, dikosongkan(Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "{label} ({tanggal}) lebih awal dari tanggal lahir ({lahir})."),
                        label=Msg(FIELD_LABELS[fld]), tanggal=format_tanggal_pendek(d),
                        lahir=format_tanggal_pendek(lahir))), "warning",
                                  col=self.idx.get(fld, self.idx.get(_STACKED_OF.get(fld, ""))))
        return rec

    def _stacked(self, rec: RosterRecord, row: list[Any], fld: str, tmt_fld: str, texts: list[str]) -> None:
        """A cell stacking a value and its TMT: the text goes to ``texts``, the date to ``tmt_fld``."""
        c = self.idx[fld]
        raw = row[c] if c < len(row) else None
        if raw is None or is_blank(raw):
            return
        text, when = split_stacked(raw)
        if text:
            texts.append(text)
        if when is not None and tmt_fld not in rec.values:
            try:
                rec.values[tmt_fld] = parse_tanggal(when)
            except DomainError as e:
                self._problem(rec, fld, raw, dikosongkan(berlabel(tmt_fld, pesan_dari(e))), "warning", col=c)

    def _text(self, row: list[Any], fld: str) -> str:
        """A gelar cell as clean text ("" when absent)."""
        c = self.idx.get(fld)
        if c is None or c >= len(row):
            return ""
        raw = row[c]
        if raw is None or raw == "":
            return ""
        out = self._convert(fld, raw)[0]
        return "" if out is _BLANK else out


def _line_text(v: Any) -> str:
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        return v.strftime("%d-%m-%Y")
    return text_value(v, 1000)


def _merge_stacked(rows: list[DataRow], layout: Layout) -> list[DataRow]:
    """The classic DUK: one employee on two rows ("No" merged over both; name, pangkat and jabatan
    on the first, NIP and the TMTs on the second) or a "NAMA / NIP" column with the NIP on the line
    under the name. The two rows become one, each cell holding both lines ("III/b⏎01-10-2021"),
    which the stacked-cell readers split; a value filled down from a merge counts once."""
    if not (layout.has("nama_nip") and not layout.has("nip")):
        return rows
    c = layout.col("nama")
    out: list[DataRow] = []
    for r in rows:
        v = r.cells[c] if c is not None and c < len(r.cells) else None
        if out and isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) >= 1e8:
            v = f"{v:.15g}"  # a NIP typed as a number: its digits are already lost; reported, never repaired
        if out and isinstance(v, str) and (_STACKED_NIP.match(clean_text(v)) or _SCI_NUMBER.fullmatch(v)):
            prev = out[-1]
            pv = prev.cells[c]
            if isinstance(pv, str) and not _NIP_IN_TEXT.search(pv):
                merged = list(prev.cells)
                merged[c] = f"{pv}\n{v}"
                for k, x in enumerate(r.cells):
                    if k == c or k >= len(merged) or is_blank(x):
                        continue
                    if is_blank(merged[k]):
                        merged[k] = x
                    elif x != merged[k]:
                        merged[k] = f"{_line_text(merged[k])}\n{_line_text(x)}"
                out[-1] = DataRow(prev.index, merged)
                continue
        out.append(r)
    return out


_DIFF_LABEL = {**FIELD_LABELS}


def _norm_for_compare(fld: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if fld == "nama" and isinstance(value, str):
        return search_key(value)
    return value


def _show(fld: str, value: Any) -> str:
    if value in (None, ""):
        return "(kosong)"
    if isinstance(value, date):
        return format_tanggal_pendek(value)
    if fld in ("nip", "nip_atasan"):
        return format_nip(str(value))
    return str(value)


def record_differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Fields in which two records of the same NIP really differ (after normalisation)."""
    out = []
    for fld in RECORD_FIELDS:
        if fld not in a and fld not in b:
            continue
        va, vb = _norm_for_compare(fld, a.get(fld)), _norm_for_compare(fld, b.get(fld))
        if va != vb:
            out.append(f"{_DIFF_LABEL.get(fld, fld)}: {_show(fld, a.get(fld))} ≠ {_show(fld, b.get(fld))}")
    return out


def _apply_duplicate_rule(records: list[RosterRecord], nip_col: str = "") -> list[DuplicateGroup]:
    first_of: dict[str, RosterRecord] = {}
    repeated: dict[str, list[RosterRecord]] = {}  # NIPs met more than once → all their records
    for r in records:
        nip = r.values.get("nip")
        if nip:
            if nip in first_of:
                repeated.setdefault(nip, [first_of[nip]]).append(r)
            else:
                first_of[nip] = r
    groups: list[DuplicateGroup] = []
    # in the order of each NIP's first row (records are in row order)
    for nip, recs in sorted(repeated.items(), key=lambda kv: kv[1][0].row):
        first = recs[0]
        rows = [r.row for r in recs]
        diffs: list[str] = []
        bad = [r for r in recs if not r.ok]
        for other in recs[1:]:
            diffs.extend(d for d in record_differences(first.values, other.values) if d not in diffs)
        identical = not diffs and not bad
        groups.append(DuplicateGroup(nip, rows, identical, diffs))
        if identical:
            for other in recs[1:]:
                other.duplicate_of = first.row
            continue
        others = ", ".join(str(x) for x in rows)
        detail: Msg | str = "; ".join(diffs) if diffs else Msg(QT_TRANSLATE_NOOP("Pesan", "sebagian baris memiliki kesalahan"))
        for r in recs:
            r.problems.append(
                Problem(
                    r.sheet, r.row, nip_col, "NIP", format_nip(nip),
                    Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "NIP {nip} tercantum lebih dari sekali (baris {baris}) dengan data berbeda ({beda}). "
                        "Tidak satu pun baris ini diimpor; perbaiki atau hapus baris yang salah, lalu impor lagi."),
                        nip=format_nip(nip), baris=others, beda=detail),
                )
            )
    return groups


# --------------------------------------------------------------------------- entry points


#: Sheets that explain a template or list codes ("Petunjuk", "Keterangan", "Referensi"): they list
#: the field names down a column and are never the roster, whatever their rows look like.
_INSTRUCTION_SHEET = re.compile(
    r"^\s*(?:petunjuk|keterangan|referensi|ref\b|panduan|instruksi|cara\b|read\s?me|info\b|catatan|kode|"
    r"daftar kode|pedoman|contoh|template|legend)", re.IGNORECASE)
#: Fields a roster column can be recognised as, that nothing is imported into.
_NOT_IMPORTED = {"keterangan": QT_TRANSLATE_NOOP("Pesan", "keterangan tidak disimpan"),
                 "uid": QT_TRANSLATE_NOOP("Pesan", "UID berkas tidak dipakai"),
                 "nama_nip": ""}
_NOT_IMPORTED_LABELS = frozenset({FIELD_LABELS["keterangan"], FIELD_LABELS["uid"]})
_NIP18 = re.compile(r"(?<!\d)(\d{8})\s*(\d{6})\s*(\d)\s*(\d{3})(?!\d)")


def count_valid_nip(sheet: SheetData, tables: list[Layout]) -> int:
    """Rows whose NIP cell (or name cell with the NIP in it) holds an 18-digit NIP with a real birth
    date: a roster has many, an instruction or recap sheet none."""
    n = 0
    for lay in tables:
        cols = [c for c in (lay.col("nip"), lay.col("nama") if lay.has("nama_nip") else None) if c is not None]
        for row in sheet.rows[lay.data_start:lay.end]:
            for c in cols:
                v = row[c] if c < len(row) else None
                if v.__class__ is str:
                    m = _NIP18.search(v)
                    if m and 1 <= int(m[1][4:6]) <= 12 and 1 <= int(m[1][6:8]) <= 31:
                        n += 1
                        break
    return n


def analyse_sheets(wb: Workbook) -> list[tuple[SheetChoice, SheetData, list[Layout]]]:
    """Sheets that contain a roster table, best first: the most rows with a valid NIP (visible
    sheets before hidden ones, which stay listed so the operator sees and can pick them;
    instruction/reference sheets never)."""
    found: list[tuple[SheetChoice, SheetData, list[Layout]]] = []
    for info in wb.sheets:
        if info.name.startswith("_"):
            continue  # technical sheets of our own workbooks (_meta)
        sheet = wb.read(info.name)
        lay = detect_layout(sheet)
        if lay is None:
            continue
        tables = find_tables(sheet, lay)
        n = sum(count_data_rows(sheet, t) for t in tables)
        found.append((SheetChoice(info.name, info.visible, n, lay.describe(), lay.score), sheet, tables))
    if len(found) > 1 or any(_INSTRUCTION_SHEET.match(f[0].name) for f in found):
        # several candidates (or a suspicious one): count the valid NIPs that decide between them
        for choice, sheet, tables in found:
            choice.valid_nip = count_valid_nip(sheet, tables)
        found = [f for f in found if f[0].valid_nip or not _INSTRUCTION_SHEET.match(f[0].name)]
    if any(f[0].valid_nip for f in found):
        found = [f for f in found if f[0].valid_nip]  # a sheet without one valid NIP is not the roster
    found.sort(key=lambda t: (not t[0].visible, -t[0].valid_nip, -(t[0].data_rows > 0), -t[0].score,
                              -t[0].data_rows))
    return found


def _column_accounting(sheet: SheetData, tables: list[Layout], rows: list[DataRow]) -> list[UnusedColumn]:
    """Every non-empty column of the tables read is mapped to a field or listed here with its
    header and a sample value: nothing in the table is dropped without a word."""
    imported: set[int] = set()
    headers: dict[int, str] = {}
    reasons: dict[int, str] = {}
    for lay in tables:
        for f, cols in lay.columns.items():
            for c in cols:
                if f in _NOT_IMPORTED and _NOT_IMPORTED[f]:
                    reasons.setdefault(c, _NOT_IMPORTED[f])
                else:
                    imported.add(c)
        for c, h in lay.headers.items():
            headers.setdefault(c, h)
        for c in lay.unknown:
            reasons.setdefault(c, "judul kolom tidak dikenali" if lay.headers.get(c) else "")
    lay_unknown = {c for lay in tables for c in lay.unknown}
    sample: dict[int, str] = {}
    width = max((len(r.cells) for r in rows), default=0)
    todo = [c for c in range(width) if c not in imported]
    for r in rows:
        if not todo:
            break
        cells = r.cells
        for c in todo:
            if c < len(cells) and not is_blank(cells[c]):
                sample[c] = display_value(cells[c])
        todo = [c for c in todo if c not in sample]
    out = []
    for c in sorted(set(sample) | {c for c in reasons if c not in imported}):
        if c in imported or (c not in sample and c not in lay_unknown):
            continue  # a recognised but empty column (an empty "KET"): nothing to account for
        h = headers.get(c, "")
        # marked for the catalogue: the UI shows the reason through teks()
        reason = reasons.get(c) or (QT_TRANSLATE_NOOP("Pesan", "kolom tanpa judul") if not h
                                    else QT_TRANSLATE_NOOP("Pesan", "judul kolom tidak dikenali"))
        if c in sample and reason == "judul kolom tidak dikenali" and c in headers and _ambiguous_dup(tables, c):
            reason = QT_TRANSLATE_NOOP("Pesan", "kolom kedua untuk isian yang sama")
        out.append(UnusedColumn(col_letter(c), h, sample.get(c, ""), reason))
    return out


def _ambiguous_dup(tables: list[Layout], c: int) -> bool:
    """The column's header names a field another column already fills."""
    from asn_desktop.excel.reader import match_header, norm_label

    for lay in tables:
        h = lay.headers.get(c, "")
        parts = [norm_label(x) for x in h.replace(" / ", " › ").split(" › ")]
        f = match_header(parts[0], parts[1]) if len(parts) == 2 else match_header(parts[0], "")
        if f and f in lay.columns and c not in lay.columns[f]:
            return True
    return False


def parse_roster(
    path: Path | str,
    sheet: str | None = None,
    *,
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> RosterParse:
    """Read a roster workbook into records (nothing is written anywhere).

    ``sheet``: the sheet to read; None = the sheet with the most rows holding a valid
    NIP (the choice and its reason are in ``sheet_reason``; ``choices`` lists the
    others so the operator can switch). Two sheets with as many valid NIPs →
    :class:`SheetChoiceNeeded`; none → :class:`ExcelError` naming the columns that
    were looked for.
    """
    path = Path(path)
    today = today or date.today()
    reason = ""
    with Workbook(path) as wb:
        if sheet is not None:
            if sheet not in wb.sheet_names:
                raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" tidak ada pada \"{berkas}\". Lembar yang ada: {daftar}."),
                    lembar=sheet, berkas=path.name, daftar=", ".join(f"\"{n}\"" for n in wb.sheet_names)))
            data = wb.read(sheet)
            layout = detect_layout(data)
            if layout is None:
                raise ExcelError(
                    Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan",
                            "Lembar \"{sheet}\" pada \"{berkas}\" tidak memiliki baris judul kolom "
                            "yang dikenali. Diperlukan paling sedikit kolom NIP (atau NIP BARU / "
                            "nip_baru) dan NAMA."), sheet=sheet, berkas=path.name)
                )
            tables = find_tables(data, layout)
            choices = []
        else:
            found = analyse_sheets(wb)
            if not found:
                raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Tidak ditemukan tabel pegawai pada \"{berkas}\" (lembar: {daftar}). Diperlukan baris judul "
                    "kolom dengan paling sedikit NIP (atau NIP BARU / nip_baru) dan NAMA (atau NAMA LENGKAP / "
                    "NAMA / NIP)."), berkas=path.name, daftar=", ".join(f"\"{n}\"" for n in wb.sheet_names)))
            choices = [f[0] for f in found]
            with_rows = [f for f in found if f[0].data_rows > 0]
            # a hidden sheet is read only when no visible one holds a roster (it is named below)
            shown = [f for f in with_rows if f[0].visible] or with_rows
            if len(shown) > 1 and shown[0][0].valid_nip == shown[1][0].valid_nip:
                tie = [f for f in shown if f[0].valid_nip == shown[0][0].valid_nip]
                raise SheetChoiceNeeded(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas \"{berkas}\" memiliki {jumlah} lembar berisi daftar pegawai dengan jumlah NIP valid "
                    "yang sama: {daftar}. Pilih lembar yang akan diimpor."), berkas=path.name, jumlah=len(tie),
                    daftar=", ".join(f"\"{f[0].name}\" ({f[0].data_rows} baris)" for f in tie)), choices)
            _, data, tables = found[0]
            layout = tables[0]
            sheet = data.name
            hidden = [f for f in with_rows[1:] if not f[0].visible]
            if not found[0][0].visible:  # never read without a word, also when it is the only choice
                reason = Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" tersembunyi di Excel dan dibaca karena tidak ada lembar terlihat "
                    "yang berisi NIP valid ({jumlah} NIP valid di lembar ini). Periksa apakah ini daftar yang benar; "
                    "di Excel lembarnya dapat ditampilkan dengan klik kanan pada tab lembar › Unhide."),
                    lembar=sheet, jumlah=found[0][0].valid_nip))
            elif hidden:
                reason = Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" dibaca ({jumlah} NIP valid). Berkas ini juga memiliki lembar "
                    "tersembunyi berisi daftar pegawai (NIP valid): {tersembunyi}. Lembar tersembunyi hanya dibaca bila Anda "
                    "memilihnya; periksa mana yang benar."), lembar=sheet, jumlah=found[0][0].valid_nip,
                    tersembunyi="; ".join(f"\"{f[0].name}\" {f[0].valid_nip}" for f in hidden)))
            elif len(with_rows) > 1:
                others = "; ".join(f"\"{f[0].name}\" {f[0].valid_nip}" for f in with_rows[1:])
                reason = Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" dipilih karena memiliki NIP valid terbanyak ({jumlah} baris; lembar "
                    "lain: {lain}). Pilih lembar lain bila perlu."), lembar=sheet, jumlah=found[0][0].valid_nip,
                    lain=others))
    skipped = SkippedRows()
    rows: list[DataRow] = []
    parts: list[tuple[Layout, list[DataRow]]] = []
    for lay in tables:
        seg = _merge_stacked(list(iter_data_rows(data, lay, skipped)), lay)
        parts.append((lay, seg))
        rows.extend(seg)
    records: list[RosterRecord] = []
    total = len(rows)
    i = 0
    month_first = month_first_evidence(parts)
    for lay, seg in parts:
        records.extend(_RowParser(sheet, lay, today, month_first).parse_rows(seg, progress, i, total))
        i += len(seg)
    unused = _column_accounting(data, tables, rows)
    sheet_problems: list[Problem] = []
    if unused:
        cols = "; ".join(f"{u.column} ({u.header or 'tanpa judul'}; contoh: {u.sample or '-'})" for u in unused)
        sheet_problems.append(Problem(sheet, layout.header_row + 1, "", "", "",
                                      Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kolom berikut tidak diimpor: {kolom}."),
                                             kolom=cols), "warning"))
    if not records:
        sheet_problems.append(Problem(sheet, layout.data_start + 1, "", "", "",
                                      Msg.of(QT_TRANSLATE_NOOP(
                                          "Pesan", "Tabel (judul kolom di baris {baris}) tidak berisi baris data."),
                                          baris=layout.header_row + 1),
                                      "warning"))
    nip_c = layout.col("nip")
    dups = _apply_duplicate_rule(records, col_letter(nip_c) if nip_c is not None else "")
    return RosterParse(path, sheet, layout, records, skipped, dups, sheet_problems, choices, reason, unused, tables)
