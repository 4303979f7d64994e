"""Dates as Indonesian offices write them, and as Excel stores them.

Spreadsheets from BKPSDM mix real Excel dates (serial numbers), ISO text, day-
first numeric text ("01-02-1980" is 1 February) and Indonesian month names with
old spellings ("Pebruari", "Nopember", "Agt"). Day-first is the Indonesian
convention (PUEBI / Tata Naskah Dinas), so ``d/m/y`` is never read as ``m/d/y``.
"""

from __future__ import annotations

import math
import numbers
import re
from datetime import date, datetime, timedelta

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

#: Month names, index ``month - 1`` (Tata Naskah Dinas spelling).
#: Marked so the screen can show a month in the interface language (ui/i18n.nama_bulan).
NAMA_BULAN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Pesan", "Januari"), QT_TRANSLATE_NOOP("Pesan", "Februari"),
    QT_TRANSLATE_NOOP("Pesan", "Maret"), QT_TRANSLATE_NOOP("Pesan", "April"),
    QT_TRANSLATE_NOOP("Pesan", "Mei"), QT_TRANSLATE_NOOP("Pesan", "Juni"),
    QT_TRANSLATE_NOOP("Pesan", "Juli"), QT_TRANSLATE_NOOP("Pesan", "Agustus"),
    QT_TRANSLATE_NOOP("Pesan", "September"), QT_TRANSLATE_NOOP("Pesan", "Oktober"),
    QT_TRANSLATE_NOOP("Pesan", "November"), QT_TRANSLATE_NOOP("Pesan", "Desember"),
)

_MONTH_WORDS: dict[str, int] = {}
for _num, _words in enumerate(
    (
        ("januari", "jan", "january", "djanuari"),
        ("februari", "pebruari", "feb", "peb", "pebr", "febr", "february"),
        ("maret", "mar", "mrt", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agust", "agus", "agst", "agt", "ags", "agu", "aug", "august"),
        ("september", "sep", "sept", "sepr"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "des", "dec", "december", "dsember"),
    ),
    start=1,
):
    for _w in _words:
        _MONTH_WORDS[_w] = _num

_DAY_NAMES = (
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:{_DAY_NAMES})\s*,?\s+", re.IGNORECASE)

_TIME = r"(?:[T ]\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(rf"^(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME}$")
_DMY = re.compile(rf"^(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}})\s*[-/.]\s*(\d{{4}}){_TIME}$")
_DMY_SHORT_YEAR = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2}$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_D_MON_Y = re.compile(r"^(\d{1,2})\s*[-/ .]?\s*([A-Za-z]+)\.?\s*[-/ ,]?\s*(\d{4})$")
_MON_D_Y = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})\s*,?\s+(\d{4})$")

#: Excel serials outside this range are almost certainly not dates (e.g. a
#: year typed as 1980, or an amount): reject rather than guess.
MIN_TANGGAL = date(1920, 1, 1)
MAX_TANGGAL = date(2100, 12, 31)
_EXCEL_EPOCH = date(1899, 12, 30)  # valid for serial > 60 (1900 leap-year bug)

_EXPECTED = QT_TRANSLATE_NOOP("Pesan", "gunakan misalnya 01-02-1980 atau 1 Februari 1980")


def _salah(alasan: Msg, koma: bool = False) -> DomainError:
    """The reason plus the expected form; the reason stays its own Msg (``alasan``) so a typed
    date (``parse_tanggal_ketikan``) can name its own expected form after it."""
    if koma:
        return DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alasan}, {contoh}."), alasan=alasan,
                                  contoh=Msg(_EXPECTED)))
    return DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{alasan}; {contoh}."), alasan=alasan,
                              contoh=Msg(_EXPECTED)))


def _unknown(value: object) -> DomainError:
    return _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" bukan tanggal yang dikenali"), value=value))


def _make(y: int, m: int, d: int, original: object) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        if 1 <= m <= 12:
            detail = Msg.of(QT_TRANSLATE_NOOP("Pesan", "bulan {bulan} {tahun} tidak memiliki tanggal {tanggal}"),
                            bulan=NAMA_BULAN[m - 1], tahun=y, tanggal=d)
        else:
            detail = Msg.of(QT_TRANSLATE_NOOP("Pesan", "bulan {bulan} tidak ada"), bulan=m)
        raise _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{original}\" bukan tanggal yang valid: {detail}"),
                            original=original, detail=detail)) from None


def _plausible(y: int, m: int, d: int) -> date | None:
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if MIN_TANGGAL <= found <= MAX_TANGGAL else None


def _compact(s: str, original: object) -> date:
    """Eight digits: ``ddmmyyyy`` as people type it ("01102026") or ``yyyymmdd`` as systems
    write it ("19800201"). Within the plausible years the two readings never both succeed
    (a ``ddmmyyyy`` year 19xx/20xx would be month 19/20 as ``yyyymmdd``), so whichever is a
    real date is taken; day-first wins if ever both were."""
    dmy = _plausible(int(s[4:]), int(s[2:4]), int(s[:2]))
    if dmy is not None:
        return dmy
    ymd = _plausible(int(s[:4]), int(s[4:6]), int(s[6:]))
    if ymd is not None:
        return ymd
    if 1900 <= int(s[:4]) <= 2100:
        return _make(int(s[:4]), int(s[4:6]), int(s[6:]), original)
    return _make(int(s[4:]), int(s[2:4]), int(s[:2]), original)


def excel_serial_to_date(serial: float) -> date:
    """Excel 1900 date system serial → date.

    Excel counts 1900-02-29 (serial 60) which never existed (Lotus 1-2-3 bug),
    so serials above 60 are offset from 1899-12-30. Only plausible dates
    (1 Jan 1920 – 31 Dec 2100) are accepted; the time fraction is dropped.
    """
    if isinstance(serial, bool) or not math.isfinite(serial):
        raise _unknown(serial)
    whole = math.floor(serial)
    lo, hi = ((x - _EXCEL_EPOCH).days for x in (MIN_TANGGAL, MAX_TANGGAL))
    if whole <= 60 or not lo <= whole <= hi:
        if 1900 <= serial <= 2100:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Angka {serial} bukan nomor seri tanggal Excel yang masuk akal (di luar {awal}–{akhir}). "
                "Tampaknya ini hanya tahun; tulis tanggal lengkap. Gunakan misalnya 01-02-1980 atau "
                "1 Februari 1980."), serial=format(serial, "g"), awal=MIN_TANGGAL.year, akhir=MAX_TANGGAL.year))
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Angka {serial} bukan nomor seri tanggal Excel yang masuk akal (di luar {awal}–{akhir}). "
            "Gunakan misalnya 01-02-1980 atau 1 Februari 1980."),
            serial=format(serial, "g"), awal=MIN_TANGGAL.year, akhir=MAX_TANGGAL.year))
    return _EXCEL_EPOCH + timedelta(days=whole)


def parse_tanggal(value: object) -> date:
    """Parse a date from Excel, a form or a legacy file; day-first always.

    Accepts ``date``/``datetime``, Excel serial numbers, an 8-digit ``YYYYMMDD``
    number, ISO text (with optional time), ``dd-mm-yyyy`` / ``dd/mm/yyyy`` /
    ``d.m.yyyy``, and ``1 Februari 1980`` with Indonesian (incl. old spellings
    and abbreviations) or English month names, optionally after a weekday.
    """
    if value.__class__ is str:
        # the two shapes rosters use, read directly; anything else takes the tolerant path
        if len(value) == 10 and value.isascii():
            if value[4] == "-" and value[7] == "-" and value[:4].isdigit() and value[5:7].isdigit() \
                    and value[8:].isdigit():
                return _make(int(value[:4]), int(value[5:7]), int(value[8:]), value)  # ISO 1980-02-01
            if value[2] in "-/." and value[5] in "-/." and value[:2].isdigit() and value[3:5].isdigit() \
                    and value[6:].isdigit():
                return _make(int(value[6:]), int(value[3:5]), int(value[:2]), value)  # 01-02-1980
        return _parse_text(value, value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None:
        raise _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal kosong")))
    if isinstance(value, bool):
        raise _unknown(value)
    if isinstance(value, numbers.Integral) and 19000101 <= int(value) <= 29991231:
        return _parse_text(str(int(value)), value)
    if isinstance(value, numbers.Real):  # int, float, numpy scalars
        return excel_serial_to_date(float(value))
    if not isinstance(value, str):
        raise _unknown(value)
    return _parse_text(value, value)


def _parse_text(text: str, original: object) -> date:
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" ,")
    if not s:
        raise _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal kosong")))
    s = _WEEKDAY_PREFIX.sub("", s)
    s = re.sub(r"[\u2010-\u2015]", "-", s)

    m = _ISO.match(s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]), original)
    m = _DMY.match(s)
    if m:
        return _make(int(m[3]), int(m[2]), int(m[1]), original)
    m = _COMPACT.match(s)
    if m:
        return _compact(s, original)
    if _DMY_SHORT_YEAR.match(s):
        raise _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{original}\" memakai tahun 2 digit; tulis tahun lengkap 4 digit"),
                            original=original), koma=True)
    m = _D_MON_Y.match(s)
    if m:
        month = _MONTH_WORDS.get(m[2].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[1]), original)
    m = _MON_D_Y.match(s)
    if m:
        month = _MONTH_WORDS.get(m[1].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[2]), original)
    if re.fullmatch(r"\d{4}", s):
        raise _salah(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{original}\" hanya berisi tahun; tulis tanggal lengkap"),
                            original=original), koma=True)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        # A serial number that arrived as text (CSV, calamine).
        return excel_serial_to_date(float(s.replace(",", ".")))
    raise _unknown(original)


# --------------------------------------------------------------------------- typed in a form

#: The form a date field shows and expects; said in every message about a typed date.
BENTUK_KETIKAN = QT_TRANSLATE_NOOP("Pesan", "hh-bb-tttt, misalnya 01-10-2026, 01102026, 01/10/26 atau 1 Okt 2026")
_DMY_YY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2})$")
_DMY_YY_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{2})$")


def _century(yy: int, hari_ini: date) -> int:
    """A two-digit year in the hundred years that end ten years after today: "26" is 2026,
    "68" is 1968 (birth dates and TMT lie in the past, periods at most a few years ahead)."""
    pivot = (hari_ini.year + 10) % 100
    base = hari_ini.year + 10 - pivot
    return base + yy if yy <= pivot else base - 100 + yy


def parse_tanggal_ketikan(text: str, hari_ini: date | None = None) -> date:
    """A date typed into a form field: everything ``parse_tanggal`` reads, plus a two-digit
    year (``01/10/26``, ``011026``) that a person at the keyboard means unambiguously.
    Spreadsheets keep the stricter ``parse_tanggal``, where a two-digit year is a data
    error to report. Every message names the expected form."""
    today = hari_ini or date.today()
    s = " ".join(str(text).replace("\u00a0", " ").split())
    try:
        m = _DMY_YY.match(s) or _DMY_YY_COMPACT.match(s)
        if m:
            return _make(_century(int(m[3]), today), int(m[2]), int(m[1]), text)
        return parse_tanggal(s)
    except DomainError as exc:
        alasan = exc.pesan.params.get("alasan") if exc.pesan is not None else None
        detail = alasan if alasan is not None else exc.message.split("; gunakan")[0].split(", gunakan")[0].rstrip(".")
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{detail}; ketik tanggal dengan bentuk {bentuk}."),
                                 detail=detail, bentuk=Msg(BENTUK_KETIKAN))) from None


# --------------------------------------------------------------------------- tempat, tanggal lahir

_TRAILING_DATE = re.compile(
    r"(?P<date>"
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"
    r"|\d{1,2}\s*[-/ .]?\s*[A-Za-z]+\.?\s*[-/ ,]?\s*\d{4}"
    r"|[A-Za-z]+\.?\s+\d{1,2}\s*,?\s+\d{4}"
    r")\s*$"
)


def _polite_title(text: str) -> str:
    """Title-case shouting or lower-case place names; keep mixed case as typed ("SoE")."""
    if text.isupper() or text.islower():
        return re.sub(r"[^\s\-/()]+", lambda m: m[0][:1].upper() + m[0][1:].lower(), text)
    return text


def parse_tempat_tanggal(text: str) -> tuple[str | None, date | None]:
    """Split "Kupang, 8 Pebruari 1968" / "KUPANG / 08-02-1968" into (tempat, tanggal).

    A missing part is ``None``; an unreadable date part raises DomainError.
    """
    if text is None:
        return None, None
    s = " ".join(str(text).replace("\u00a0", " ").split())
    if not s:
        return None, None
    tanggal: date | None = None
    tempat_part = s
    m = _TRAILING_DATE.search(s)
    if m:
        before = s[: m.start()]
        # Do not cut a word in two ("Kupangmar 8 1968"): the date must start
        # the text, follow a separator, or start with a digit.
        if not before or before[-1] in " ,/;-" or m["date"][0].isdigit():
            tanggal = parse_tanggal(m["date"])  # unreadable date part → DomainError
            tempat_part = before
    tempat = tempat_part.strip(" ,/;-")
    return (_polite_title(tempat) if tempat else None), tanggal


# --------------------------------------------------------------------------- format


def format_tanggal(d: date | None) -> str:
    """"8 Februari 1968" (Tata Naskah Dinas style); "" for None."""
    if d is None:
        return ""
    return f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"


def format_tanggal_pendek(d: date | None) -> str:
    """"08-02-1968" (day-first, zero-padded); "" for None."""
    if d is None:
        return ""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"
