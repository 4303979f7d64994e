"""Survei Kepuasan Masyarakat (SKM): NRR per unsur, IKM, mutu and sample size.

Source: PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat
Unit Penyelenggara Pelayanan Publik), Lampiran; kinerja-asn.md §9.

* Nine unsur (U1–U9), each answered on a 1–4 scale.
* NRR per unsur = jumlah nilai ÷ jumlah responden yang mengisi unsur itu; an
  empty answer leaves that respondent out of that unsur only.
* Nilai penimbang: equal weights 1/9 (the Lampiran writes it as 0,111). Exact
  fractions are used so that the weights sum to 1 and a survey answered 4
  throughout gives IKM 4,0000 (with 0,111 it would give 3,996). A unit may add
  unsur; then every weight is given and they must still sum to 1.
* IKM (1–4) = Σ NRR × penimbang; IKM unit pelayanan (konversi) = IKM × 25.
* Mutu and kinerja unit from the Lampiran's interval table. The table's
  intervals leave small gaps (2,5996 | 2,60; 3,064 | 3,0644; 3,532 | 3,5324);
  the grade is read from the converted value rounded to two decimals
  (25,00–64,99 D; 65,00–76,60 C; 76,61–88,30 B; 88,31–100 A), so the printed
  number and its mutu always agree.
* Minimum respondents: the Krejcie–Morgan table the Lampiran reproduces
  (populasi N → sampel S); a population between two rows takes the next larger
  row (the safe side).

Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks

#: The nine unsur of PermenPANRB 14/2017 Lampiran, in their official order (names marked for the
#: screen's translation; the report and the Excel files print them as they are).
UNSUR_BAKU: tuple[tuple[str, str], ...] = (
    ("U1", QT_TRANSLATE_NOOP("Pesan", "Persyaratan")),
    ("U2", QT_TRANSLATE_NOOP("Pesan", "Sistem, mekanisme, dan prosedur")),
    ("U3", QT_TRANSLATE_NOOP("Pesan", "Waktu penyelesaian")),
    ("U4", QT_TRANSLATE_NOOP("Pesan", "Biaya/tarif")),
    ("U5", QT_TRANSLATE_NOOP("Pesan", "Produk spesifikasi jenis pelayanan")),
    ("U6", QT_TRANSLATE_NOOP("Pesan", "Kompetensi pelaksana")),
    ("U7", QT_TRANSLATE_NOOP("Pesan", "Perilaku pelaksana")),
    ("U8", QT_TRANSLATE_NOOP("Pesan", "Penanganan pengaduan, saran dan masukan")),
    ("U9", QT_TRANSLATE_NOOP("Pesan", "Sarana dan prasarana")),
)
KODE_BAKU: tuple[str, ...] = tuple(k for k, _ in UNSUR_BAKU)
NAMA_UNSUR: dict[str, str] = dict(UNSUR_BAKU)

NILAI_MIN = 1
NILAI_MAX = 4
#: The converted value is IKM × 25 (Lampiran: "IKM unit pelayanan x 25").
FAKTOR_KONVERSI = 25


@dataclass(frozen=True)
class Mutu:
    """One row of the Lampiran's interval table."""

    nilai_persepsi: int
    huruf: str  # A–D
    kinerja: str  # "Sangat baik" …
    konversi_min: Decimal
    konversi_max: Decimal
    ikm_min: Decimal
    ikm_max: Decimal


#: PermenPANRB 14/2017 Lampiran: nilai persepsi, interval IKM, interval konversi, mutu, kinerja unit.
TABEL_MUTU: tuple[Mutu, ...] = (
    Mutu(1, "D", QT_TRANSLATE_NOOP("Pesan", "Tidak baik"), Decimal("25.00"), Decimal("64.99"), Decimal("1.00"), Decimal("2.5996")),
    Mutu(2, "C", QT_TRANSLATE_NOOP("Pesan", "Kurang baik"), Decimal("65.00"), Decimal("76.60"), Decimal("2.60"), Decimal("3.064")),
    Mutu(3, "B", QT_TRANSLATE_NOOP("Pesan", "Baik"), Decimal("76.61"), Decimal("88.30"), Decimal("3.0644"), Decimal("3.532")),
    Mutu(4, "A", QT_TRANSLATE_NOOP("Pesan", "Sangat baik"), Decimal("88.31"), Decimal("100.00"), Decimal("3.5324"), Decimal("4.00")),
)

#: Krejcie & Morgan (1970) table as reproduced in the PermenPANRB 14/2017 Lampiran: (populasi N, sampel S).
TABEL_SAMPEL: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44), (55, 48),
    (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76), (100, 80), (110, 86),
    (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118), (180, 123), (190, 127),
    (200, 132), (210, 136), (220, 140), (230, 144), (240, 148), (250, 152), (260, 155), (270, 159),
    (280, 162), (290, 165), (300, 169), (320, 175), (340, 181), (360, 186), (380, 191), (400, 196),
    (420, 201), (440, 205), (460, 210), (480, 214), (500, 217), (550, 226), (600, 234), (650, 242),
    (700, 248), (750, 254), (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285),
    (1200, 291), (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317),
    (1900, 320), (2000, 322), (2200, 327), (2400, 331), (2600, 335), (2800, 338), (3000, 341),
    (3500, 346), (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367),
    (9000, 368), (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
    (75000, 382), (1000000, 384),
)


def sampel_minimum(populasi: int) -> int:
    """Minimum respondents for a population of service users (Krejcie–Morgan table).

    Below 10 every user is asked; between rows the next larger row applies;
    above 1.000.000 the table's last value (384) applies.
    """
    if populasi < 0:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Populasi tidak boleh negatif (diisi {populasi})."), populasi=populasi))
    if populasi <= TABEL_SAMPEL[0][0]:
        return populasi
    for n, s in TABEL_SAMPEL:
        if populasi <= n:
            return s
    return TABEL_SAMPEL[-1][1]


# --------------------------------------------------------------------------- answers

#: Adjectives the questionnaires of the Lampiran use: "Sangat X" = 4, "X" = 3, "Kurang X" = 2, "Tidak X" = 1.
_KATA_SIFAT = (
    "baik", "sesuai", "mudah", "cepat", "kompeten", "sopan dan ramah", "sopan", "ramah", "puas", "wajar",
    "jelas", "memuaskan", "layak", "lengkap", "terjangkau", "murah", "tepat",
)
#: Answer texts that do not follow that pattern (U4 biaya, U8 pengaduan, U9 sarana in the Lampiran's questionnaire).
_JAWABAN_KHUSUS: dict[str, int] = {
    "gratis": 4,
    "murah": 3,
    "cukup mahal": 2,
    "sangat mahal": 1,
    "mahal": 1,
    "dikelola dengan baik": 4,
    "berfungsi kurang maksimal": 3,
    "ada tetapi tidak berfungsi": 2,
    "tidak ada": 1,
    "cukup": 2,
    "buruk": 1,
    "sangat buruk": 1,
}


def _build_jawaban() -> dict[str, int]:
    out: dict[str, int] = {}
    for k in _KATA_SIFAT:
        out[f"sangat {k}"] = 4
        out[k] = 3
        out[f"kurang {k}"] = 2
        out[f"tidak {k}"] = 1
    out.update(_JAWABAN_KHUSUS)
    return out


#: Normalised answer text → value 1–4.
JAWABAN_TEKS: dict[str, int] = _build_jawaban()
_OPTION_PREFIX = re.compile(r"^\(?[a-d1-4]\s*[.)]\s*")  # "a. Tidak sesuai", "4) Sangat baik"
_SPACES = re.compile(r"\s+")
_TRAILING_VALUE = re.compile(r"^(.*?)\s*[\(\[]\s*([1-4])\s*[\)\]]$")  # "Baik (3)"
_LEADING_VALUE = re.compile(r"^([1-4])\s*[-–:=]\s*(.+)$")  # "3 - Baik"


def _norm(text: str) -> str:
    t = text.replace("\u00a0", " ").strip().lower()
    return _SPACES.sub(" ", t).strip(" .;")


def parse_jawaban(value: Any) -> int | None:
    """One answer cell → 1–4, or None when empty (not answered).

    Accepts 1–4 as a number or text ("4", "4.0") and the Lampiran's answer
    texts ("Sangat Baik", "Kurang sesuai", "Gratis", …), case and spacing
    ignored, with or without an option letter ("d. Sangat baik").
    Raises :class:`DomainError` with what was expected otherwise.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError(_salah(value))
    if isinstance(value, (int, float, Decimal, Fraction)):
        if value != value:  # NaN from a CSV reader = empty
            return None
        if value == int(value) and NILAI_MIN <= int(value) <= NILAI_MAX:
            return int(value)
        raise DomainError(_salah(value))
    text = _norm(str(value))
    if not text or text in ("-", "–"):
        return None
    try:
        num = Decimal(text.replace(",", "."))
    except Exception:  # noqa: BLE001 - not a number: try the texts
        num = None
    if num is not None and num.is_finite():
        if num == num.to_integral_value() and NILAI_MIN <= int(num) <= NILAI_MAX:
            return int(num)
        raise DomainError(_salah(value))
    m = _LEADING_VALUE.match(text) or _TRAILING_VALUE.match(text)
    if m:
        a, b = m.group(1), m.group(2)
        digit, words = (a, b) if a.isdigit() else (b, a)
        known = JAWABAN_TEKS.get(_norm(_OPTION_PREFIX.sub("", words)))
        if known is None or known == int(digit):
            return int(digit)
        raise DomainError(_salah(value))
    for candidate in (text, _norm(_OPTION_PREFIX.sub("", text))):
        if candidate in JAWABAN_TEKS:
            return JAWABAN_TEKS[candidate]
    raise DomainError(_salah(value))


def _salah(value: Any) -> str:
    shown = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    return (
        f"Jawaban \"{shown}\" tidak dikenal: seharusnya angka 1–4 atau teks jawaban "
        "(\"Sangat Baik\", \"Baik\", \"Kurang Baik\", \"Tidak Baik\", atau \"Sangat sesuai\", \"Mudah\", …); "
        "kosongkan bila tidak dijawab."
    )


# --------------------------------------------------------------------------- computation


@dataclass(frozen=True)
class Unsur:
    """An element of the survey; ``bobot`` is its nilai penimbang."""

    kode: str
    nama: str
    bobot: Fraction


def unsur_baku() -> list[Unsur]:
    """The nine unsur with equal weights 1/9 (PermenPANRB 14/2017 Lampiran)."""
    return [Unsur(k, n, Fraction(1, 9)) for k, n in UNSUR_BAKU]


def unsur_dengan_tambahan(tambahan: Sequence[tuple[str, str]], bobot: Mapping[str, Any]) -> list[Unsur]:
    """The nine unsur plus the unit's own, each with a given weight; weights must sum to 1.

    ``bobot`` maps every kode (U1…U9 and the added ones) to a weight (number or
    "0,1"-style text); a missing kode or a sum other than 1 is refused.
    """
    daftar = list(UNSUR_BAKU) + list(tambahan)
    kodes = [k for k, _ in daftar]
    dup = sorted({k for k in kodes if kodes.count(k) > 1})
    if dup:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kode unsur ganda: {nilai}."), nilai=', '.join(dup)))
    out: list[Unsur] = []
    for k, n in daftar:
        if k not in bobot:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bobot unsur {k} ({jumlah}) belum diisi."), k=k, jumlah=n))
        out.append(Unsur(k, n, _fraction(bobot[k], k)))
    extra = sorted(set(bobot) - set(kodes))
    if extra:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bobot untuk unsur yang tidak ada: {nilai}."), nilai=', '.join(extra)))
    periksa_bobot(out)
    return out


def _fraction(value: Any, kode: str) -> Fraction:
    try:
        f = Fraction(str(value).strip().replace(",", ".")) if not isinstance(value, Fraction) else value
    except (ValueError, ZeroDivisionError):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bobot unsur {kode} \"{value}\" bukan angka (contoh: 0,1 atau 1/10)."), kode=kode, value=value)) from None
    if f <= 0 or f > 1:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bobot unsur {kode} harus lebih dari 0 dan paling besar 1 (diisi {value})."), kode=kode, value=value))
    return f


#: Weights typed with three decimals (0,111 × 9 = 0,999) are accepted as summing to 1.
TOLERANSI_BOBOT = Fraction(1, 100)


def periksa_bobot(unsur: Sequence[Unsur]) -> None:
    """Refuse weights that do not sum to 1 (within rounding of typed decimals)."""
    if not unsur:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Survei tanpa unsur tidak dapat dihitung.")))
    total = sum((u.bobot for u in unsur), Fraction(0))
    if abs(total - 1) > TOLERANSI_BOBOT:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Jumlah bobot unsur harus 1 (sekarang {total}); sesuaikan bobot unsur "
                    "tambahan."), total=_dec(total, 4))
        )


@dataclass(frozen=True)
class HasilUnsur:
    kode: str
    nama: str
    bobot: Fraction
    jumlah_nilai: int
    jumlah_responden: int  # who answered this unsur
    nrr: Fraction | None  # None: nobody answered

    @property
    def nrr_tertimbang(self) -> Fraction | None:
        return None if self.nrr is None else self.nrr * self.bobot

    @property
    def konversi(self) -> Fraction | None:
        """NRR × 25, the per-unsur value reports show beside the NRR."""
        return None if self.nrr is None else self.nrr * FAKTOR_KONVERSI

    @property
    def mutu(self) -> Mutu | None:
        return None if self.nrr is None else mutu_untuk(self.nrr)


@dataclass(frozen=True)
class HasilSkm:
    unsur: list[HasilUnsur]
    responden: int  # rows with at least one answer
    ikm: Fraction | None  # 1–4; None when an unsur has no answers
    peringatan: list[str] = field(default_factory=list)

    @property
    def konversi(self) -> Fraction | None:
        return None if self.ikm is None else self.ikm * FAKTOR_KONVERSI

    @property
    def mutu(self) -> Mutu | None:
        return None if self.ikm is None else mutu_untuk(self.ikm)

    @property
    def ikm_teks(self) -> str:
        return "-" if self.ikm is None else _dec(self.ikm, 4)

    @property
    def konversi_teks(self) -> str:
        return "-" if self.konversi is None else _dec(self.konversi, 2)

    def terlemah(self, jumlah: int = 3) -> list[HasilUnsur]:
        """The lowest-NRR unsur (ties kept together), the ones a report asks to improve first."""
        dinilai = sorted((u for u in self.unsur if u.nrr is not None), key=lambda u: (u.nrr, u.kode))
        if not dinilai:
            return []
        batas = dinilai[min(jumlah, len(dinilai)) - 1].nrr
        return [u for u in dinilai if u.nrr is not None and u.nrr <= batas]

    def as_dict(self) -> dict[str, Any]:
        """Plain numbers for JSON (NRR 4 decimals, IKM 4, konversi 2)."""
        m = self.mutu
        return {
            "responden": self.responden,
            "unsur": [
                {
                    "kode": u.kode,
                    "nama": u.nama,
                    "bobot": float(u.bobot),
                    "jumlah_nilai": u.jumlah_nilai,
                    "jumlah_responden": u.jumlah_responden,
                    "nrr": None if u.nrr is None else float(_round(u.nrr, 4)),
                    "nrr_tertimbang": None if u.nrr_tertimbang is None else float(_round(u.nrr_tertimbang, 4)),
                    "mutu": None if u.mutu is None else u.mutu.huruf,
                }
                for u in self.unsur
            ],
            "ikm": None if self.ikm is None else float(_round(self.ikm, 4)),
            "konversi": None if self.konversi is None else float(_round(self.konversi, 2)),
            "mutu": None if m is None else m.huruf,
            "kinerja_unit": None if m is None else m.kinerja,
            "terlemah": [u.kode for u in self.terlemah()],
            "peringatan": list(self.peringatan),
        }


def _round(value: Fraction, places: int) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(q, rounding=ROUND_HALF_UP)


def teks_desimal(value: Fraction, places: int, *, koma: bool = False) -> str:
    """Rounded half up to ``places``; ``koma``: Indonesian decimal comma for screens and reports."""
    text = str(_round(value, places))
    return text.replace(".", ",") if koma else text


_dec = teks_desimal


def mutu_untuk(ikm: Fraction | Decimal | float) -> Mutu:
    """Mutu row for an IKM (1–4), read from the converted value rounded to two decimals."""
    f = ikm if isinstance(ikm, Fraction) else Fraction(str(ikm))
    if f < NILAI_MIN or f > NILAI_MAX:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nilai IKM harus 1–4 (dihitung {f})."), f=format(float(f), '.4f')))
    konv = _round(f * FAKTOR_KONVERSI, 2)
    for row in TABEL_MUTU:
        if konv <= row.konversi_max:
            return row
    return TABEL_MUTU[-1]


def hitung(
    jawaban: Iterable[Mapping[str, int | None]],
    unsur: Sequence[Unsur] | None = None,
    *,
    populasi: int | None = None,
) -> HasilSkm:
    """Compute NRR per unsur and the IKM from answers already parsed to 1–4 / None.

    ``jawaban``: one mapping per respondent, kode → value (missing or None =
    not answered). A respondent who answered nothing is not counted.
    With ``populasi`` a warning is added when fewer respondents than the
    Krejcie–Morgan minimum were surveyed.
    """
    daftar = list(unsur) if unsur is not None else unsur_baku()
    periksa_bobot(daftar)
    jumlah = {u.kode: 0 for u in daftar}
    n = {u.kode: 0 for u in daftar}
    responden = 0
    for row in jawaban:
        any_answer = False
        for u in daftar:
            v = row.get(u.kode)
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int) or not NILAI_MIN <= v <= NILAI_MAX:
                raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nilai unsur {kode} harus 1–4 (diisi {v})."), kode=u.kode, v=v))
            jumlah[u.kode] += v
            n[u.kode] += 1
            any_answer = True
        responden += any_answer
    hasil = [
        HasilUnsur(u.kode, u.nama, u.bobot, jumlah[u.kode], n[u.kode],
                   Fraction(jumlah[u.kode], n[u.kode]) if n[u.kode] else None)
        for u in daftar
    ]
    peringatan: list[str] = []
    kosong = [h.kode for h in hasil if h.nrr is None]
    if kosong:
        peringatan.append(Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Unsur tanpa jawaban: {kode}; IKM tidak dapat dihitung."),
                                      kode=", ".join(kosong))))
        ikm = None
    else:
        ikm = sum((h.nrr * h.bobot for h in hasil if h.nrr is not None), Fraction(0))
        total_bobot = sum((h.bobot for h in hasil), Fraction(0))
        ikm = ikm / total_bobot  # typed weights such as 9 × 0,111 are scaled to sum exactly to 1
    if populasi is not None:
        minimum = sampel_minimum(populasi)
        if responden < minimum:
            peringatan.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Responden {responden} kurang dari sampel minimum {minimum} untuk populasi {populasi} "
                         "(tabel Krejcie–Morgan, PermenPANRB 14/2017)."),
                responden=responden, minimum=minimum, populasi=populasi)))
    return HasilSkm(hasil, responden, ikm, peringatan)


# --------------------------------------------------------------------------- respondent profile

#: Profile choices of the Lampiran's questionnaire; other text is kept as typed.
PENDIDIKAN = ("SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2", "S3")
PEKERJAAN = ("PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Pelajar/Mahasiswa", "Lainnya")
UMUR_MIN = 10
UMUR_MAX = 120
#: Age groups of the SKM respondent profile; the labels are catalogue entries (the UI shows them through teks).
KELOMPOK_UMUR: tuple[tuple[int, int, str], ...] = (
    (UMUR_MIN, 19, QT_TRANSLATE_NOOP("Pesan", "< 20 tahun")), (20, 29, QT_TRANSLATE_NOOP("Pesan", "20–29 tahun")), (30, 39, QT_TRANSLATE_NOOP("Pesan", "30–39 tahun")), (40, 49, QT_TRANSLATE_NOOP("Pesan", "40–49 tahun")),
    (50, 59, QT_TRANSLATE_NOOP("Pesan", "50–59 tahun")), (60, UMUR_MAX, QT_TRANSLATE_NOOP("Pesan", "≥ 60 tahun")),
)


def parse_jenis_kelamin(value: Any) -> str | None:
    """"L"/"P" (also "Laki-laki", "Perempuan", "Pria", "Wanita"); empty → None."""
    if value is None:
        return None
    t = _norm(str(value)).replace(" ", "").replace("-", "")
    if not t:
        return None
    if t in ("l", "lk", "lakilaki", "laki", "pria"):
        return "L"
    if t in ("p", "pr", "perempuan", "wanita"):
        return "P"
    raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis kelamin \"{value}\" tidak dikenal: seharusnya L (laki-laki) atau P (perempuan)."), value=value))


def parse_umur(value: Any) -> int | None:
    """Age in whole years, 10–120; empty → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        d = Decimal(str(value).strip().replace(",", "."))
    except Exception:  # noqa: BLE001
        d = None
    if d is None or not d.is_finite() or d != d.to_integral_value() or not UMUR_MIN <= int(d) <= UMUR_MAX:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Umur \"{value}\" tidak valid: seharusnya bilangan bulat {UMUR_MIN}–{UMUR_MAX} "
                "(tahun)."), value=value, UMUR_MIN=UMUR_MIN, UMUR_MAX=UMUR_MAX))
    return int(d)


def kelompok_umur(umur: int) -> str:
    for lo, hi, label in KELOMPOK_UMUR:
        if lo <= umur <= hi:
            return label
    return "-"
