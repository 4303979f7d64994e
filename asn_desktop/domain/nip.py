"""NIP (PNS) and NI PPPK: cleaning, parsing, formatting, consistency checks.

Sources: kinerja-asn.md §7; PP 11/2017 jo. Peraturan BKN tentang NIP — 18 digits
= tanggal lahir ``YYYYMMDD`` + TMT CPNS ``YYYYMM`` + jenis kelamin (1 laki-laki,
2 perempuan) + nomor urut ``NNN``; the old NIP had 9 digits. NI PPPK: observed
pattern tanggal lahir + tahun pengangkatan ``YYYY`` + ``21`` + jenis kelamin +
urut **(pattern unconfirmed: parsed leniently)**.

Identifiers are text. Excel stores an 18-digit number as a double and loses the
last digits (``1.98E+17``), so numeric input is rejected, never "repaired".
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import JenisKelamin
from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

#: Earliest plausible birth year for an employee still in the records.
MIN_TAHUN_LAHIR = 1940
#: TMT CPNS / pengangkatan must be at least this many years after birth.
MIN_USIA_TMT = 15
#: Marker at positions 13–14 of an NI PPPK (observed, unconfirmed).
PPPK_MARKER = "21"

_BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # local copy: nip must not import tanggal (keeps modules independent)


class NipKind(StrEnum):
    """Which numbering scheme a NIP follows."""

    PNS = "pns"
    PPPK = "pppk"
    LAMA = "lama"  # old 9-digit NIP (before PP 11/2017's 18-digit scheme)


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP / NI PPPK (or a 9-digit old NIP) says about its owner."""

    digits: str
    kind: NipKind
    tanggal_lahir: date | None
    tmt_tahun: int | None
    tmt_bulan: int | None  # None for NI PPPK (only the year is encoded)
    jenis_kelamin: JenisKelamin | None
    urut: int | None

    @property
    def formatted(self) -> str:
        """Printed form, e.g. ``19860926 201505 1 001`` (kinerja-asn.md §7)."""
        return format_nip(self.digits, self.kind)

    @property
    def label(self) -> str:
        """Field caption on forms: PPPK forms print "NI PPPK" instead of "NIP" (§7)."""
        return "NI PPPK" if self.kind is NipKind.PPPK else "NIP"


# --------------------------------------------------------------------------- clean

_SEPARATORS = re.compile(r"[\s\u00a0\u2007\u202f\u200b.\-\u2010\u2011\u2012\u2013\u2014_]+")
_APOSTROPHES = "'\u2018\u2019`\u00b4"
_LABEL_PREFIX = re.compile(r"^(?:NI\s*PPPK|NIP)\s*[:.]?\s*", re.IGNORECASE)
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")

_EXCEL_NUMBER_HINT = QT_TRANSLATE_NOOP(
    "Pesan",
    "Excel menyimpan NIP sebagai angka sehingga digit terakhir bisa hilang "
    "(angka 18 digit tidak dapat disimpan utuh). Format kolom NIP sebagai Teks lalu "
    "ketik ulang NIP-nya, atau awali NIP dengan tanda petik ('), misalnya '198609262015051001."
)


def clean_nip(raw: object) -> str:
    """Return the bare digits of a NIP typed or imported as text.

    Accepts spaces, non-breaking spaces, tabs, a leading apostrophe (Excel's
    "store as text" prefix) and dots/dashes used as separators. Numbers are
    rejected: an 18-digit value stored as a number has already lost digits
    (kinerja-asn.md §7), and guessing them would corrupt the record.
    """
    if raw.__class__ is str and len(raw) == 18 and raw.isascii() and raw.isdigit():
        return raw  # the usual shape, already bare digits: nothing to clean (15,000-row rosters)
    if raw is None:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP kosong; isi NIP 18 digit (atau NIP lama 9 digit).")))
    if isinstance(raw, bool):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP tidak valid ({raw}); isi NIP 18 digit sebagai teks."), raw=repr(raw)))
    if isinstance(raw, numbers.Number):  # int, float, Decimal, numpy scalars
        shown = f"{raw:.15g}" if isinstance(raw, float) else str(raw)
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP tersimpan sebagai angka ({shown}). {petunjuk}"), shown=shown, petunjuk=Msg(_EXCEL_NUMBER_HINT)))
    if not isinstance(raw, str):
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP harus berupa teks angka, bukan {jenis}; isi NIP 18 digit."), jenis=type(raw).__name__)
        )
    text = raw.strip().lstrip(_APOSTROPHES).strip()
    text = _LABEL_PREFIX.sub("", text)
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP tertulis sebagai angka ilmiah ({text}). {petunjuk}"), text=text, petunjuk=Msg(_EXCEL_NUMBER_HINT)))
    digits = _SEPARATORS.sub("", text)
    if not digits:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP kosong; isi NIP 18 digit (atau NIP lama 9 digit).")))
    bad = [c for c in digits if c not in "0123456789"]
    if bad:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP hanya boleh berisi angka; ditemukan karakter '{nilai}' pada \"{nilai2}\"."), nilai=bad[0], nilai2=raw.strip())
        )
    return digits


# --------------------------------------------------------------------------- parse


def _tanggal_indonesia(d: date) -> str:
    return f"{d.day} {_BULAN[d.month - 1]} {d.year}"


def _parse_birth(digits: str, today: date) -> date:
    """Positions 1–8: tanggal lahir YYYYMMDD (PP 11/2017 jo. Peraturan BKN NIP)."""
    part = digits[0:8]
    try:
        born = date(int(part[0:4]), int(part[4:6]), int(part[6:8]))
    except ValueError:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "8 digit pertama NIP ({part}) bukan tanggal lahir yang valid; seharusnya "
                    "tahun-bulan-tanggal lahir (TTTTBBHH), misalnya 19860926."), part=part)
        ) from None
    if not _lahir_masuk_akal(born, today):
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "8 digit pertama NIP ({part}) bukan tanggal lahir yang masuk akal: tahun "
                    "lahir harus antara {awal} dan {year}."), part=part, awal=MIN_TAHUN_LAHIR, year=today.year)
        )
    return born


def _lahir_masuk_akal(born: date, today: date) -> bool:
    """A birth date a NIP may carry: from ``MIN_TAHUN_LAHIR`` up to today."""
    return MIN_TAHUN_LAHIR <= born.year <= today.year and born <= today


def _tmt_tidak_terlalu_awal(tahun: int, born: date) -> bool:
    """The lower bound of a TMT year on a NIP: ``MIN_USIA_TMT`` years after the birth year."""
    return tahun >= born.year + MIN_USIA_TMT


def _tmt_tidak_di_masa_depan(tahun: int, today: date) -> bool:
    """The upper bound: a TMT year at most next year (an appointment already decided)."""
    return tahun <= today.year + 1


def _check_tmt_year(tahun: int, born: date, today: date, what: str, part: str) -> None:
    if not _tmt_tidak_terlalu_awal(tahun, born):
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "{what} pada NIP ({part}) tidak masuk akal: tahun {tahun} harus paling cepat "
                    "{usia} tahun setelah tahun lahir ({year})."), what=Msg(what), part=part, tahun=tahun, usia=MIN_USIA_TMT, year=born.year)
        )
    if not _tmt_tidak_di_masa_depan(tahun, today):
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "{what} pada NIP ({part}) tidak masuk akal: tahun {tahun} masih di masa "
                    "depan."), what=Msg(what), part=part, tahun=tahun)
        )


def _parse_gender(digit: str) -> JenisKelamin:
    """Digit 15: 1 laki-laki, 2 perempuan (kinerja-asn.md §7)."""
    if digit == "1":
        return JenisKelamin.L
    if digit == "2":
        return JenisKelamin.P
    raise DomainError(
        Msg.of(QT_TRANSLATE_NOOP("Pesan", "Digit ke-15 NIP ({digit}) harus 1 (laki-laki) atau 2 (perempuan)."), digit=digit)
    )


def _looks_like_pppk(digits: str, born: date, today: date) -> bool:
    """Observed NI PPPK pattern: YYYY (plausible year) + "21" at positions 13–14."""
    if digits[12:14] != PPPK_MARKER:
        return False
    tahun = int(digits[8:12])
    return _tmt_tidak_terlalu_awal(tahun, born) and _tmt_tidak_di_masa_depan(tahun, today)


def parse_nip(raw: object, *, pppk: bool | None = None, today: date | None = None) -> NipInfo:
    """Validate and decode a NIP / NI PPPK.

    ``pppk``: True = the employee is PPPK (NI PPPK expected), False = PNS/CPNS,
    None = decide from the digits (``21`` at positions 13–14 marks a PPPK; a PNS
    NIP can never have month 21 there). ``today`` exists for tests.
    Source: kinerja-asn.md §7 (PP 11/2017 jo. Peraturan BKN NIP; NI PPPK
    pattern unconfirmed).
    """
    today = today or date.today()
    digits = clean_nip(raw)
    noun = "NI PPPK" if pppk else "NIP"

    if len(digits) == 9 and not pppk:
        return NipInfo(digits, NipKind.LAMA, None, None, None, None, None)
    if len(digits) != 18:
        lama = "" if pppk else Msg(QT_TRANSLATE_NOOP("Pesan", " (NIP lama 9 digit juga diterima)"))
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{noun} harus 18 digit, ditemukan {jumlah} digit{lama}."), noun=noun, jumlah=len(digits), lama=lama))

    born = _parse_birth(digits, today)

    if pppk or (pppk is None and _looks_like_pppk(digits, born, today)):
        return _parse_pppk(digits, born, today)

    part = digits[8:14]
    tahun, bulan = int(part[0:4]), int(part[4:6])
    if not 1 <= bulan <= 12:
        hint = (
            Msg(QT_TRANSLATE_NOOP("Pesan", " Jika ini NI PPPK, tandai pegawai sebagai PPPK."))
            if part[4:6] == PPPK_MARKER
            else ""
        )
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Digit ke-9 s.d. 14 NIP ({part}) bukan TMT CPNS yang valid: bulan {nilai} "
                    "tidak ada; seharusnya tahun dan bulan (TTTTBB), misalnya 201505.{hint}"), part=part, nilai=part[4:6], hint=hint)
        )
    _check_tmt_year(tahun, born, today, QT_TRANSLATE_NOOP("Pesan", "TMT CPNS"), part)
    return NipInfo(
        digits=digits,
        kind=NipKind.PNS,
        tanggal_lahir=born,
        tmt_tahun=tahun,
        tmt_bulan=bulan,
        jenis_kelamin=_parse_gender(digits[14]),
        urut=int(digits[15:18]),
    )


#: (is NI PPPK, tanggal lahir, tmt tahun, tmt bulan or None, jenis kelamin "L"/"P")
NipFields = tuple[bool, date, int, "int | None", str]


def plain_nip_fields(raw: object, *, pppk: bool | None, today: date) -> NipFields | None:
    """What :func:`parse_nip` decodes from a NIP already in its plain shape (18 ASCII digits,
    nothing to clean) that it accepts without a note; None for every other NIP, which the
    caller then gives to :func:`parse_nip` for its exact error or note. ``pppk`` as for
    :func:`parse_nip`; an NI PPPK without its ``21`` marker is left to it (read leniently, noted)."""
    return plain_nip_column([raw], [pppk], today)[0]


_UNSEEN = object()


def plain_nip_column(raws: list[object], pppk: list[bool | None], today: date) -> list[NipFields | None]:
    """:func:`plain_nip_fields` of a whole column (``pppk`` per row): the same rules
    (kinerja-asn.md §7; PP 11/2017 jo. Peraturan BKN NIP) in one loop without objects, each
    birth date decoded once — a 15,000-row roster holds 15,000 NIPs, nearly all plain."""
    out: list[NipFields | None] = []
    births: dict[str, object] = {}
    for raw, p in zip(raws, pppk):
        if raw.__class__ is not str or len(raw) != 18 or not raw.isascii() or not raw.isdigit():
            out.append(None)
            continue
        head = raw[:8]
        born = births.get(head, _UNSEEN)
        if born is _UNSEEN:
            try:
                born = date(int(head[:4]), int(head[4:6]), int(head[6:]))
            except ValueError:
                born = None
            else:
                if not _lahir_masuk_akal(born, today):
                    born = None
            births[head] = born
        digit = raw[14]
        if born is None or digit not in "12":
            out.append(None)
            continue
        tahun = int(raw[8:12])
        if not (_tmt_tidak_terlalu_awal(tahun, born) and _tmt_tidak_di_masa_depan(tahun, today)):  # type: ignore[arg-type]
            out.append(None)
            continue
        jk = "L" if digit == "1" else "P"
        marker = raw[12:14] == PPPK_MARKER
        # with the year plausible, the marker alone is ``_looks_like_pppk``
        if p or (p is None and marker):
            out.append((True, born, tahun, None, jk) if marker else None)  # type: ignore[arg-type]
            continue
        bulan = int(raw[12:14])
        out.append((False, born, tahun, bulan, jk) if 1 <= bulan <= 12 else None)  # type: ignore[arg-type]
    return out


def _parse_pppk(digits: str, born: date, today: date) -> NipInfo:
    """NI PPPK: YYYYMMDD + YYYY + "21" + gender + NNN (observed; unconfirmed → lenient).

    When the marker is present the digits are validated like a NIP. When the
    caller says PPPK but the marker is absent, only the birth date is trusted and
    the rest is left ``None`` (``nip_warnings`` reports the unusual pattern).
    """
    if digits[12:14] == PPPK_MARKER:
        tahun = int(digits[8:12])
        _check_tmt_year(tahun, born, today, QT_TRANSLATE_NOOP("Pesan", "Tahun pengangkatan PPPK"), digits[8:12])
        return NipInfo(
            digits=digits,
            kind=NipKind.PPPK,
            tanggal_lahir=born,
            tmt_tahun=tahun,
            tmt_bulan=None,
            jenis_kelamin=_parse_gender(digits[14]),
            urut=int(digits[15:18]),
        )
    return NipInfo(digits, NipKind.PPPK, born, None, None, None, None)


# --------------------------------------------------------------------------- format


def format_nip(digits: str, kind: NipKind | None = None) -> str:
    """Printed form with spaces (kinerja-asn.md §7).

    PNS: ``19860926 201505 1 001``; NI PPPK pattern: ``19970415 2024 21 1 001``.
    Anything that is not 18 digits is returned unchanged (old NIP, already
    formatted text, garbage), so the function is safe to call on any stored value.
    """
    if len(digits) != 18 or not digits.isascii() or not digits.isdigit():
        return digits
    is_pppk = kind is NipKind.PPPK or (kind is None and digits[12:14] == PPPK_MARKER)
    if is_pppk and digits[12:14] == PPPK_MARKER:
        return f"{digits[0:8]} {digits[8:12]} {digits[12:14]} {digits[14]} {digits[15:18]}"
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}"


# --------------------------------------------------------------------------- warnings


def nip_warnings(
    info: NipInfo,
    *,
    tanggal_lahir: date | None,
    jenis_kelamin: JenisKelamin | None,
    tmt_cpns: date | None,
) -> list[str]:
    """Consistency warnings between the NIP and the master data.

    A mismatch is a warning, not an error: the master data may be wrong, not the
    NIP (kinerja-asn.md §7). Missing master values are not compared. An old
    9-digit NIP encodes nothing, so it yields no warning. ``tmt_cpns`` is the
    TMT CPNS for PNS, the TMT PPPK for PPPK (only the year is compared).
    """
    out: list[str] = []
    label = info.label
    if info.kind is NipKind.LAMA:
        return out
    if info.kind is NipKind.PPPK and info.digits[12:14] != PPPK_MARKER:
        out.append(
            f"Pola NI PPPK {info.formatted} tidak seperti biasanya "
            "(tanggal lahir + tahun pengangkatan + 21 + jenis kelamin + nomor urut); "
            "periksa kembali nomor ini."
        )
    if info.tanggal_lahir and tanggal_lahir and info.tanggal_lahir != tanggal_lahir:
        out.append(
            f"Tanggal lahir pada data pegawai ({_tanggal_indonesia(tanggal_lahir)}) berbeda "
            f"dengan tanggal lahir pada {label} ({_tanggal_indonesia(info.tanggal_lahir)}). "
            "Periksa data pegawai; biasanya data pegawai yang perlu diperbaiki."
        )
    if info.jenis_kelamin and jenis_kelamin and info.jenis_kelamin != jenis_kelamin:
        digit = "1" if info.jenis_kelamin is JenisKelamin.L else "2"
        out.append(
            f"Jenis kelamin pada data pegawai ({jenis_kelamin.label}) berbeda dengan digit "
            f"ke-15 {label} ({digit} = {info.jenis_kelamin.label})."
        )
    if tmt_cpns and info.tmt_tahun is not None:
        if info.kind is NipKind.PNS and info.tmt_bulan is not None:
            if (tmt_cpns.year, tmt_cpns.month) != (info.tmt_tahun, info.tmt_bulan):
                out.append(
                    f"TMT CPNS pada data pegawai ({_BULAN[tmt_cpns.month - 1]} {tmt_cpns.year}) "
                    f"berbeda dengan TMT CPNS pada NIP "
                    f"({_BULAN[info.tmt_bulan - 1]} {info.tmt_tahun})."
                )
        elif tmt_cpns.year != info.tmt_tahun:
            out.append(
                f"Tahun TMT pada data pegawai ({tmt_cpns.year}) berbeda dengan tahun "
                f"pengangkatan pada {label} ({info.tmt_tahun})."
            )
    return out
