"""Past appraisal results from the workbooks offices keep (read-only history, kinerja-asn.md §6).

Three kinds are recognised, on any sheet, in any of the formats the reader
opens (xlsx, xls, ods, CSV, HTML saved as .xls):

- **PP 46/2011 recap** — one row per NIP: nilai SKP, the perilaku aspects
  (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama,
  kepemimpinan), nilai perilaku, nilai prestasi kerja, sebutan. Missing
  derived values are computed with the PP 46/2011 formulas of
  :mod:`asn_desktop.domain.legacy`; stated values that contradict them are kept
  and flagged (the file is the record; the operator decides).
- **e-Kinerja recap** (monthly or annual) — capaian %, predikat, rating hasil
  and perilaku, BerAKHLAK aspect scores.
- **Old SKP / DP3 forms** — one employee per sheet, labels down the page with
  the value to their right ("NIP : 1980…", "NILAI PRESTASI KERJA 83,30 (Baik)").

Nothing here touches the database: :func:`parse_past_results` returns records
with problems (file, sheet, row, column, value, what is wrong); the service
matches NIPs and writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_desktop.domain import legacy
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pesan_dari
from asn_desktop.domain.nip import clean_nip
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import (
    SheetData,
    Workbook,
    clean_text,
    col_letter,
    display_value,
    is_blank,
    join_spelled,
    merged_header_text,
)
from asn_desktop.excel.roster import Problem

SKEMA_PP46 = "pp46_2011"
SKEMA_PP30 = "pp30_2019"
SKEMA_8_2021 = "permenpanrb8_2021"
SKEMA_6_2022 = "permenpanrb6_2022"
SKEMA_DP3 = "dp3_pp10_1979"

#: How far down a sheet the header of a recap is looked for.
HEADER_SCAN = 60
#: Values outside this range are not appraisal scores (PP 30/2019 caps at 120; capaian % may exceed it).
MAX_NILAI = 150.0

PP46_ASPEK = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama", "kepemimpinan")
DP3_ASPEK = ("kesetiaan", "prestasi_kerja", "tanggung_jawab", "ketaatan", "kejujuran", "kerja_sama", "prakarsa",
             "kepemimpinan")
BERAKHLAK = ("berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif")

#: Column label (normalised) → field. Read as data: a new spelling is one more entry.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NIP BARU", "NIP 18", "NIP PNS", "NOMOR INDUK PEGAWAI", "NIP NI PPPK", "NI PPPK"),
    "nama": ("NAMA", "NAMA PEGAWAI", "NAMA LENGKAP", "NAMA PNS", "NAMA ASN", "NAMA DAN GELAR"),
    "tahun": ("TAHUN", "TAHUN PENILAIAN", "TH", "THN", "TAHUN KINERJA"),
    "periode": ("PERIODE", "BULAN", "PERIODE PENILAIAN", "TRIWULAN", "SEMESTER", "MASA PENILAIAN"),
    "nilai_skp": ("NILAI SKP", "SKP", "CAPAIAN SKP", "NILAI CAPAIAN SKP", "SASARAN KERJA PEGAWAI",
                  "SASARAN KERJA PNS", "SASARAN KERJA PNS SKP", "NILAI SASARAN KERJA"),
    "orientasi_pelayanan": ("ORIENTASI PELAYANAN",),
    "integritas": ("INTEGRITAS",),
    "komitmen": ("KOMITMEN",),
    "disiplin": ("DISIPLIN",),
    "kerja_sama": ("KERJA SAMA", "KERJASAMA"),
    "kepemimpinan": ("KEPEMIMPINAN",),
    "kesetiaan": ("KESETIAAN",),
    "tanggung_jawab": ("TANGGUNG JAWAB", "TANGGUNGJAWAB"),
    "ketaatan": ("KETAATAN",),
    "kejujuran": ("KEJUJURAN",),
    "prakarsa": ("PRAKARSA",),
    "nilai_perilaku": ("NILAI PERILAKU", "NILAI PERILAKU KERJA", "PERILAKU KERJA", "PERILAKU", "RATA RATA PERILAKU",
                       "NILAI RATA RATA PERILAKU"),
    "nilai_akhir": ("NILAI PRESTASI KERJA", "PRESTASI KERJA PNS", "NILAI AKHIR", "NILAI KINERJA", "NPK",
                    "NILAI PRESTASI", "NILAI KINERJA PEGAWAI", "RATA RATA", "NILAI RATA RATA"),
    "kategori": ("SEBUTAN", "KATEGORI", "PREDIKAT", "PREDIKAT KINERJA", "PREDIKAT KINERJA PEGAWAI", "SEBUTAN NILAI"),
    "capaian": ("CAPAIAN", "CAPAIAN KINERJA", "PERSENTASE CAPAIAN", "CAPAIAN IKI", "NILAI CAPAIAN", "CAPAIAN PERSEN",
                "CAPAIAN KINERJA PERSEN", "PERSENTASE"),
    "rating_hasil": ("RATING HASIL KERJA", "RATING HASIL", "HASIL KERJA"),
    "rating_perilaku": ("RATING PERILAKU KERJA", "RATING PERILAKU"),
    "berorientasi_pelayanan": ("BERORIENTASI PELAYANAN",),
    "akuntabel": ("AKUNTABEL",),
    "kompeten": ("KOMPETEN",),
    "harmonis": ("HARMONIS",),
    "loyal": ("LOYAL",),
    "adaptif": ("ADAPTIF",),
    "kolaboratif": ("KOLABORATIF",),
    "no": ("NO", "NO URUT", "NOMOR"),
    "jumlah": ("JUMLAH",),
}
FIELD_LABELS: dict[str, str] = {
    "nip": "NIP", "nama": "Nama", "tahun": "Tahun", "periode": "Periode", "nilai_skp": "Nilai SKP",
    "nilai_perilaku": "Nilai perilaku", "nilai_akhir": "Nilai akhir", "kategori": "Sebutan/predikat",
    "capaian": "Capaian (%)",
}
_INDEX = {lab: f for f, labs in SYNONYMS.items() for lab in labs}

PREDIKAT_BARU = {"SANGAT BAIK": "Sangat Baik", "BAIK": "Baik", "BUTUH PERBAIKAN": "Butuh Perbaikan",
                 "KURANG": "Kurang", "KURANG MISCONDUCT": "Kurang/Misconduct", "MISCONDUCT": "Kurang/Misconduct",
                 "SANGAT KURANG": "Sangat Kurang"}
SEBUTAN_LAMA = {"SANGAT BAIK": "Sangat Baik", "AMAT BAIK": "Amat Baik", "BAIK": "Baik", "CUKUP": "Cukup",
                "SEDANG": "Sedang", "KURANG": "Kurang", "BURUK": "Buruk", "SANGAT KURANG": "Sangat Kurang"}
BULAN = {"JANUARI": 1, "JAN": 1, "FEBRUARI": 2, "FEB": 2, "PEBRUARI": 2, "MARET": 3, "MAR": 3, "APRIL": 4,
         "APR": 4, "MEI": 5, "JUNI": 6, "JUN": 6, "JULI": 7, "JUL": 7, "AGUSTUS": 8, "AGT": 8, "AGS": 8,
         "SEPTEMBER": 9, "SEP": 9, "SEPT": 9, "OKTOBER": 10, "OKT": 10, "NOVEMBER": 11, "NOV": 11,
         "NOPEMBER": 11, "DESEMBER": 12, "DES": 12}
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")


def norm(text: Any) -> str:
    """"Nilai Prestasi\\nKerja (%)" → "NILAI PRESTASI KERJA PERSEN"."""
    s = clean_text(text).upper().replace("%", " PERSEN ").replace("_", " ").replace("-", " ")
    return join_spelled(" ".join(re.sub(r"[^0-9A-Z ]+", " ", s).split()))


#: One problem: where (sheet, Excel row, column letter and header), the value, and what is wrong;
#: the roster's own record, so both imports report problems alike.
Masalah = Problem


@dataclass
class NilaiLama:
    """One past appraisal result as the file states it."""

    sheet: str
    row: int
    nip: str | None
    nama: str
    tahun: int | None
    skema: str
    periode: str = "tahunan"
    nilai_skp: float | None = None
    nilai_perilaku: float | None = None
    nilai_akhir: float | None = None
    kategori: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    problems: list[Masalah] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.level == "error" for p in self.problems)

    @property
    def key(self) -> tuple[str | None, int | None, str, str]:
        """What makes a result the same one on re-import: NIP, year, scheme, period."""
        return (self.nip, self.tahun, self.skema, self.periode)


@dataclass
class SheetRead:
    """How one sheet was read (shown in the preview)."""

    sheet: str
    kind: str  # "rekap PP 46/2011", "rekap e-Kinerja", "formulir", "tidak dikenali"
    skema: str | None
    header_row: int | None
    columns: dict[str, str]  # field → "C (Nilai SKP)"
    unused: list[str]  # "H (Paraf): 'ok'" — non-empty columns that are not read


@dataclass
class PastParse:
    path: Path
    records: list[NilaiLama]
    sheets: list[SheetRead]
    problems: list[Masalah]  # about whole sheets

    @property
    def valid(self) -> list[NilaiLama]:
        return [r for r in self.records if r.ok]

    @property
    def rejected(self) -> list[NilaiLama]:
        return [r for r in self.records if not r.ok]


# --------------------------------------------------------------------------- values


def parse_nilai(value: Any) -> float:
    """A score: 85.5, "85,50", "85,50 (Baik)", "98 %"; raises ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        v = float(value)
    else:
        text = clean_text(value).replace("%", "").strip()
        m = re.match(r"^(-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+(?:[.,]\d+)?)(?:\s*\(.*\))?$", text)
        if not m:
            raise ValueError
        num = m.group(1)
        if "," in num:
            num = num.replace(".", "").replace(",", ".")
        v = float(num)
    if v != v or v < 0 or v > MAX_NILAI * 10:
        raise ValueError
    return v


def parse_kategori(value: Any, skema: str) -> str:
    """Sebutan (PP 46: Sangat Baik … Buruk; DP3: Amat Baik … Kurang) or predikat (PermenPANRB 6/2022)."""
    key = norm(re.sub(r"^[\s(]+|[\s)]+$", "", clean_text(value)))
    table = PREDIKAT_BARU if skema in (SKEMA_6_2022, SKEMA_8_2021) else SEBUTAN_LAMA
    if key in table:
        return table[key]
    if key in PREDIKAT_BARU:
        return PREDIKAT_BARU[key]
    raise ValueError


def _year_in(text: str) -> int | None:
    years = _YEAR.findall(text)
    return int(years[-1]) if years else None


def parse_periode(value: Any) -> str:
    """"Januari 2024" / "01" / "Triwulan II" / "Tahunan" → "01" … "12", "TW II", "tahunan"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value <= 12:
        return f"{int(value):02d}"
    text = norm(value)
    if not text or text in ("TAHUNAN", "AKHIR TAHUN", "1 TAHUN", "SETAHUN"):
        return "tahunan"
    for word in text.split():
        if word in BULAN:
            return f"{BULAN[word]:02d}"
    m = re.match(r"^(\d{1,2})(?: \d{4})?$", text)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(1)):02d}"
    m = re.match(r"^(TRIWULAN|TW|SEMESTER|SMT)\s+([IV]+|\d)", text)
    if m:
        return f"{'TW' if m.group(1) in ('TRIWULAN', 'TW') else 'SMT'} {m.group(2)}"
    raise ValueError


# --------------------------------------------------------------------------- recap tables


@dataclass
class _Table:
    header_row: int  # 0-based, the last header row
    first_header: int
    columns: dict[str, int]
    headers: dict[int, str]
    skema: str
    kind: str


def _match(label: str) -> str | None:
    if not label:
        return None
    if label in _INDEX:
        return _INDEX[label]
    # "NILAI SKP X 60 PERSEN", "SKP 60 PERSEN": weighted shares are derived, never a field of their own
    if re.search(r"\b(60|40|70|30) PERSEN\b|\bX \d", label):
        return None
    for lab, f in sorted(_INDEX.items(), key=lambda kv: -len(kv[0])):
        if len(lab) >= 5 and (label.startswith(lab + " ") or label.endswith(" " + lab)):
            return f
    return None


def _find_table(sheet: SheetData) -> _Table | None:
    width = max((len(r) for r in sheet.rows[:HEADER_SCAN + 2]), default=0)
    for r in range(min(sheet.height, HEADER_SCAN)):
        top = [norm(merged_header_text(sheet, r, c)) for c in range(width)]
        if "nip" not in {_match(t) for t in top}:
            continue
        sub = [norm(sheet.cell(r + 1, c)) for c in range(width)] if r + 1 < sheet.height else [""] * width
        sub_is_header = any(_match(s) not in (None, "nip", "nama", "no") for s in sub) and not any(
            re.search(r"\d{9,}", s.replace(" ", "")) for s in sub
        )
        columns: dict[str, int] = {}
        headers: dict[int, str] = {}
        for c in range(width):
            t, s = top[c], sub[c] if sub_is_header else ""
            f = (_match(s) if s else None) or _match(t)
            shown = " › ".join(x for x in (clean_text(merged_header_text(sheet, r, c)),
                                           clean_text(sheet.cell(r + 1, c)) if s else "") if x)
            if shown:
                headers[c] = shown
            if f is not None and f not in columns:
                columns[f] = c
        values = set(columns) - {"nip", "nama", "no", "tahun", "periode", "jumlah"}
        if not values:
            continue
        last = r + 1 if sub_is_header else r
        skema, kind = _scheme_of(sheet, columns, r)
        return _Table(last, r, columns, headers, skema, kind)
    return None


def _scheme_of(sheet: SheetData, columns: dict[str, int], header_row: int) -> tuple[str, str]:
    title = " ".join(norm(v) for row in sheet.rows[:header_row] for v in row if isinstance(v, str))
    if "kesetiaan" in columns or "prakarsa" in columns or "DP3" in title.split():
        return SKEMA_DP3, "rekap DP3"
    if any(a in columns for a in BERAKHLAK) or "rating_hasil" in columns or "EKINERJA" in title.replace(" ", ""):
        return SKEMA_6_2022, "rekap e-Kinerja"
    if "capaian" in columns:
        return SKEMA_8_2021, "rekap capaian kinerja"
    if re.search(r"\b30 TAHUN 2019\b|\bPP 30 2019\b", title):
        return SKEMA_PP30, "rekap PP 30/2019"
    return SKEMA_PP46, "rekap PP 46/2011"


def _sheet_year(sheet: SheetData, upto: int) -> int | None:
    for row in sheet.rows[:upto]:
        for v in row:
            if isinstance(v, str) and (y := _year_in(v)):
                return y
    return _year_in(sheet.name)


def _read_table(sheet: SheetData, t: _Table, records: list[NilaiLama]) -> SheetRead:
    default_year = _sheet_year(sheet, t.first_header)
    used = set(t.columns.values())
    unused: list[str] = []
    for c, h in sorted(t.headers.items()):
        if c in used:
            continue
        sample = next((sheet.cell(r, c) for r in range(t.header_row + 1, sheet.height)
                       if not is_blank(sheet.cell(r, c))), None)
        if sample is not None:
            unused.append(f"{col_letter(c)} ({h}): \"{display_value(sample)}\"")
    nip_c = t.columns["nip"]
    for r in range(t.header_row + 1, sheet.height):
        row = sheet.rows[r]
        raw_nip = sheet.cell(r, nip_c)
        values = [c for f, c in t.columns.items() if f not in ("nip", "nama", "no") and not is_blank(sheet.cell(r, c))]
        if not values and not re.search(r"\d{6}", clean_text(raw_nip).replace(" ", "")):
            continue  # blank row, group heading or signature line ("Kupang, 2 Januari 2019")
        if isinstance(raw_nip, str) and norm(raw_nip) in SYNONYMS["nip"]:
            continue  # the header repeated on a new page
        rec = NilaiLama(sheet.name, r + 1, None, "", None, t.skema)

        def cell(f: str) -> tuple[Any, str, str]:
            c = t.columns.get(f)
            if c is None:
                return None, "", ""
            return sheet.cell(r, c), col_letter(c), t.headers.get(c, "")

        def problem(f: str, message: str, level: str = "warning") -> None:
            v, col, head = cell(f)
            rec.problems.append(Masalah(sheet.name, r + 1, col, head, display_value(v), message, level))

        try:
            rec.nip = clean_nip(raw_nip)
            if len(rec.nip) != 18:
                raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP {jumlah} digit ({nip}); seharusnya 18 digit."), jumlah=len(rec.nip), nip=rec.nip))
        except DomainError as exc:
            rec.nip = None
            problem("nip", pesan_dari(exc), "error")
        rec.nama = clean_text(cell("nama")[0])
        _fill_values(rec, {f: cell(f)[0] for f in t.columns}, problem, default_year)
        records.append(rec)
        del row
    return SheetRead(sheet.name, t.kind, t.skema, t.header_row + 1,
                     {f: f"{col_letter(c)} ({t.headers.get(c, '')})" for f, c in t.columns.items()}, unused)


def _fill_values(rec: NilaiLama, raw: dict[str, Any], problem: Any, default_year: int | None) -> None:
    """Read the value cells of one result; check them against the scheme's formulas (§6)."""
    if not is_blank(raw.get("tahun")):
        v = raw["tahun"]
        y = int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else _year_in(clean_text(v))
        if y is None or not 1980 <= y <= 2049:
            problem("tahun", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun tidak terbaca; seharusnya tahun 4 digit, misalnya 2018.")), "error")
        rec.tahun = y
    if rec.tahun is None and not is_blank(raw.get("periode")):
        rec.tahun = _year_in(clean_text(raw["periode"]))
    if rec.tahun is None:
        rec.tahun = default_year
    if rec.tahun is None and not any(p.level == "error" and p.header for p in rec.problems):
        problem("tahun", Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Tahun penilaian tidak diketahui: tidak ada kolom Tahun, dan judul atau nama "
                "lembar tidak menyebut tahun. Tambahkan kolom Tahun.")), "error")
    if not is_blank(raw.get("periode")):
        try:
            rec.periode = parse_periode(raw["periode"])
        except ValueError:
            problem("periode", Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Periode tidak terbaca; seharusnya nama bulan, Triwulan I–IV, Semester I/II "
                    "atau Tahunan. Dicatat sebagai tahunan.")))
    for f in ("nilai_skp", "nilai_perilaku", "nilai_akhir", "capaian", *PP46_ASPEK, *DP3_ASPEK, *BERAKHLAK):
        v = raw.get(f)
        if is_blank(v):
            continue
        try:
            x = parse_nilai(v)
            if f != "capaian" and x > MAX_NILAI:
                raise ValueError
        except ValueError:
            problem(f, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nilai tidak terbaca; seharusnya angka 0–{MAX_NILAI}. Dibiarkan kosong."), MAX_NILAI=format(MAX_NILAI, 'g')))
            continue
        if f in ("nilai_skp", "nilai_perilaku", "nilai_akhir"):
            setattr(rec, f, x)
        else:
            rec.detail[f] = x
    for f in ("rating_hasil", "rating_perilaku"):
        if not is_blank(raw.get(f)):
            rec.detail[f] = clean_text(raw[f])
    if not is_blank(raw.get("kategori")):
        try:
            rec.kategori = parse_kategori(raw["kategori"], rec.skema)
        except ValueError:
            problem("kategori", Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Sebutan/predikat tidak dikenali; seharusnya Sangat Baik, Baik, Cukup, "
                    "Kurang, Buruk (PP 46/2011) atau Sangat Baik, Baik, Butuh Perbaikan, "
                    "Kurang/Misconduct, Sangat Kurang (PermenPANRB 6/2022). Dibiarkan kosong.")))
    _derive(rec, problem)
    if rec.nilai_akhir is None and rec.kategori is None and rec.nilai_skp is None and "capaian" not in rec.detail:
        problem("nilai_akhir", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Baris tanpa nilai atau predikat: tidak ada yang dapat disimpan.")), "error")


def _derive(rec: NilaiLama, problem: Any) -> None:
    """Fill what the scheme computes from what is stated; flag contradictions (PP 46/2011 Pasal 18–20)."""
    if rec.skema == SKEMA_PP46:
        aspek = [rec.detail.get(a) for a in PP46_ASPEK[:5]]
        if rec.nilai_perilaku is None and all(a is not None for a in aspek):
            rec.nilai_perilaku = round(legacy.pp46_nilai_perilaku(*aspek, rec.detail.get("kepemimpinan")), 2)
            rec.detail["dihitung"] = rec.detail.get("dihitung", []) + ["nilai_perilaku"]
        if rec.nilai_skp is not None and rec.nilai_perilaku is not None:
            npk = legacy.pp46_prestasi_kerja(rec.nilai_skp, rec.nilai_perilaku)
            if rec.nilai_akhir is None:
                rec.nilai_akhir = round(npk, 2)
                rec.detail["dihitung"] = rec.detail.get("dihitung", []) + ["nilai_akhir"]
            elif abs(rec.nilai_akhir - npk) > 0.06:
                problem("nilai_akhir", Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Nilai prestasi kerja {nilai_akhir} tidak sama dengan 60% SKP + 40% "
                        "perilaku = {npk} (PP 46/2011 Pasal 20). Disimpan seperti tertulis."), nilai_akhir=format(rec.nilai_akhir, 'g'), npk=format(npk, '.2f')))
        if rec.nilai_akhir is not None:
            sebutan = legacy.pp46_kategori(rec.nilai_akhir)
            if rec.kategori is None:
                rec.kategori = sebutan
                rec.detail["dihitung"] = rec.detail.get("dihitung", []) + ["kategori"]
            elif rec.kategori != sebutan:
                problem("kategori", Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Sebutan \"{kategori}\" tidak sesuai nilai {nilai_akhir} (PP 46/2011 Pasal "
                        "18: {sebutan}). Disimpan seperti tertulis."), kategori=rec.kategori, nilai_akhir=format(rec.nilai_akhir, 'g'), sebutan=sebutan))
    elif rec.skema == SKEMA_PP30 and rec.nilai_akhir is None and rec.nilai_skp is not None \
            and rec.nilai_perilaku is not None:
        rec.nilai_akhir = round(legacy.pp30_nilai_kinerja(rec.nilai_skp, rec.nilai_perilaku), 2)
        rec.detail["dihitung"] = rec.detail.get("dihitung", []) + ["nilai_akhir"]
    elif rec.skema in (SKEMA_8_2021, SKEMA_6_2022) and rec.nilai_akhir is None and "capaian" in rec.detail:
        rec.nilai_akhir = rec.detail["capaian"]
    elif rec.skema == SKEMA_DP3 and rec.nilai_akhir is None:
        aspek = [rec.detail[a] for a in DP3_ASPEK if a in rec.detail]
        if aspek:
            rec.nilai_akhir = round(sum(aspek) / len(aspek), 2)
            rec.detail["dihitung"] = rec.detail.get("dihitung", []) + ["nilai_akhir"]


# --------------------------------------------------------------------------- one-employee forms

_FORM_LABELS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "N I P", "NIP BARU"),
    "nama": ("NAMA", "NAMA PNS", "NAMA PEGAWAI", "N A M A"),
    "nilai_skp": ("SASARAN KERJA PNS SKP", "SASARAN KERJA PNS", "NILAI SKP", "SASARAN KERJA PEGAWAI", "SKP",
                  "A SASARAN KERJA PNS SKP"),
    "nilai_perilaku": ("NILAI PERILAKU KERJA", "NILAI RATA RATA", "RATA RATA", "NILAI PERILAKU"),
    "nilai_akhir": ("NILAI PRESTASI KERJA", "PRESTASI KERJA PNS", "NILAI PRESTASI KERJA PNS", "NILAI KINERJA"),
    **{a: SYNONYMS[a] for a in PP46_ASPEK + DP3_ASPEK if a != "prestasi_kerja"},
    "prestasi_kerja": ("PRESTASI KERJA",),
    "jumlah": ("JUMLAH",),
}
_FORM_INDEX = {lab: f for f, labs in _FORM_LABELS.items() for lab in labs}
_LIST_MARK = re.compile(r"^(?:[A-H]|\d{1,2}|[IVX]+)\s+")


def _form_label(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    text = norm(v.split(":")[0])
    return _FORM_INDEX.get(text) or _FORM_INDEX.get(_LIST_MARK.sub("", text))


def _read_form(sheet: SheetData, records: list[NilaiLama]) -> SheetRead | None:
    found: dict[str, tuple[int, int, Any]] = {}  # field → (row, col, value)
    kategori: tuple[int, int, Any] | None = None
    for r, row in enumerate(sheet.rows[:400]):
        for c, v in enumerate(row):
            f = _form_label(v)
            if f is None or f in found:
                continue
            # the value: after ":" in the same cell, else the next non-empty cells to the right
            after = clean_text(v).split(":", 1)[1].strip() if ":" in clean_text(v) else ""
            rest = [(c2, row[c2]) for c2 in range(c + 1, len(row)) if not is_blank(row[c2])
                    and clean_text(row[c2]) not in (":", "=")]
            if f in ("nip", "nama"):
                val = after or (clean_text(rest[0][1]) if rest else "")
                if val:
                    found[f] = (r, c + 1 if not after else c, val)
                continue
            nums = [(c2, x) for c2, x in rest if _is_number(x)]
            if nums and f != "jumlah":
                found[f] = (r, nums[0][0], nums[0][1])
                if f == "nilai_akhir":
                    texts = [x for _c2, x in rest if isinstance(x, str) and not _is_number(x)]
                    paren = re.search(r"\(([^)]+)\)", clean_text(nums[0][1])) if isinstance(nums[0][1], str) else None
                    cand = paren.group(1) if paren else (texts[0] if texts else None)
                    if cand is not None:
                        kategori = (r, c, cand)
    if "nip" not in found or not ({"nilai_akhir", "nilai_skp"} & set(found) or
                                  any(a in found for a in DP3_ASPEK)):
        return None
    skema = SKEMA_DP3 if "kesetiaan" in found or "prakarsa" in found else SKEMA_PP46
    title = " ".join(clean_text(v) for row in sheet.rows[:400] for v in row if isinstance(v, str)
                     and re.search(r"JANGKA WAKTU|PERIODE PENILAIAN|TAHUN|DESEMBER|S/D|S\.D", v.upper()))
    year = _year_in(title) or _year_in(sheet.name)
    r0 = found["nip"][0]
    rec = NilaiLama(sheet.name, r0 + 1, None, clean_text(found.get("nama", (0, 0, ""))[2]), None, skema)

    def problem(f: str, message: str, level: str = "warning") -> None:
        r, c, v = found.get(f, (r0, -1, None))
        rec.problems.append(Masalah(sheet.name, r + 1, col_letter(c) if c >= 0 else "", FIELD_LABELS.get(f, f),
                                    display_value(v), message, level))

    try:
        rec.nip = clean_nip(found["nip"][2])
        if len(rec.nip) != 18:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP {jumlah} digit ({nip}); seharusnya 18 digit."), jumlah=len(rec.nip), nip=rec.nip))
    except DomainError as exc:
        rec.nip = None
        problem("nip", pesan_dari(exc), "error")
    raw = {f: v for f, (_r, _c, v) in found.items() if f not in ("nip", "nama", "jumlah")}
    if skema == SKEMA_DP3:
        # DP3 has no separate behaviour score: its "Nilai rata-rata" is the final value
        rata = raw.pop("nilai_perilaku", None)
        if rata is not None and "nilai_akhir" not in raw:
            raw["nilai_akhir"] = rata
    if kategori is not None:
        raw["kategori"] = kategori[2]
    _fill_values(rec, raw, problem, year)
    records.append(rec)
    cols = {f: f"{col_letter(c)}{r + 1}" for f, (r, c, _v) in found.items()}
    return SheetRead(sheet.name, "formulir DP3" if skema == SKEMA_DP3 else "formulir SKP PP 46/2011", skema, None,
                     cols, [])


def _is_number(v: Any) -> bool:
    try:
        parse_nilai(v)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------- entry point


def parse_past_results(path: Path | str, sheet: str | None = None) -> PastParse:
    """Every past result in the file (or in ``sheet``); nothing is written anywhere."""
    path = Path(path)
    records: list[NilaiLama] = []
    reads: list[SheetRead] = []
    problems: list[Masalah] = []
    with Workbook(path) as wb:
        names = wb.sheet_names
        if sheet is not None:
            if sheet not in names:
                raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" tidak ada pada \"{berkas}\". Lembar yang ada: {daftar}."),
                    lembar=sheet, berkas=path.name, daftar=", ".join(f"\"{n}\"" for n in names)))
            names = [sheet]
        for name in names:
            data = wb.read(name)
            table = _find_table(data)
            if table is not None:
                reads.append(_read_table(data, table, records))
                continue
            form = _read_form(data, records)
            if form is not None:
                reads.append(form)
                continue
            if any(not is_blank(v) for row in data.rows[:HEADER_SCAN] for v in row):
                reads.append(SheetRead(name, "tidak dikenali", None, None, {}, []))
                problems.append(Masalah(name, 0, "", "", "", "Lembar ini tidak berisi rekap nilai (kolom NIP dan "
                                        "kolom nilai/predikat) maupun formulir SKP/DP3; dilewati.", "warning"))
    if not records:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Tidak ditemukan nilai kinerja lama pada \"{berkas}\" (lembar: {daftar}). Diperlukan tabel dengan "
            "kolom NIP dan paling sedikit satu kolom nilai (Nilai SKP, Nilai Prestasi Kerja, Sebutan, Capaian, "
            "Predikat), atau formulir SKP/DP3 dengan NIP dan nilai."),
            berkas=path.name, daftar=", ".join(f"\"{n}\"" for n in wb.sheet_names)))
    _mark_duplicates(records)
    return PastParse(path, records, reads, problems)


def _mark_duplicates(records: list[NilaiLama]) -> None:
    seen: dict[tuple[Any, ...], NilaiLama] = {}
    for rec in records:
        if not rec.ok or rec.nip is None:
            continue
        first = seen.get(rec.key)
        if first is None:
            seen[rec.key] = rec
            continue
        rec.problems.append(Masalah(rec.sheet, rec.row, "", "", rec.nip, (
            f"NIP {rec.nip} tahun {rec.tahun} ({rec.periode}) sudah ada pada lembar \"{first.sheet}\" baris "
            f"{first.row}; hanya baris pertama yang diimpor."), "error"))
