"""Pangkat / golongan ruang (PNS) and golongan PPPK.

Sources: kinerja-asn.md §7 — PNS I/a Juru Muda … IV/e Pembina Utama (PP 99/2000
jo. PP 12/2002 tentang kenaikan pangkat PNS); PPPK golongan I … XVII without
pangkat (Perpres 98/2020 tentang gaji dan tunjangan PPPK).

Spreadsheets spell golongan in many ways ("III/a", "IIIa", "3/a", "Penata Muda
Tk. I, III/b", "Gol. IX"); :func:`parse_golongan` accepts them all and rejects a
pangkat name that contradicts the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

_ROMAN = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)
_ROMAN_VALUE = {r: i for i, r in enumerate(_ROMAN, start=1)}


@dataclass(frozen=True)
class Golongan:
    """One golongan. ``rank`` sorts within PNS (I/a=1 … IV/e=17) or PPPK (I=1 … XVII=17)."""

    kode: str  # stored code: "III/a" (PNS) or "IX" (PPPK)
    pangkat: str | None  # PNS pangkat name; None for PPPK
    rank: int
    is_pppk: bool

    @property
    def label(self) -> str:
        """Printed "Pangkat/Gol. Ruang": "Penata Muda Tingkat I, III/b" or "Golongan IX"."""
        if self.is_pppk or not self.pangkat:
            return f"Golongan {self.kode}"
        return f"{self.pangkat}, {self.kode}"

    @property
    def sort_key(self) -> tuple[int, int]:
        """PNS and PPPK ranks are not comparable: group by scheme, then by rank."""
        return (1 if self.is_pppk else 0, self.rank)

    def __str__(self) -> str:
        return self.kode


_PNS_TABLE = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)

#: The 17 PNS golongan ruang with their pangkat (kinerja-asn.md §7).
PNS_GOLONGAN: tuple[Golongan, ...] = tuple(
    Golongan(kode, pangkat, rank, False) for rank, (kode, pangkat) in enumerate(_PNS_TABLE, start=1)
)
#: The 17 PPPK golongan I … XVII, no pangkat (Perpres 98/2020).
PPPK_GOLONGAN: tuple[Golongan, ...] = tuple(
    Golongan(r, None, rank, True) for rank, r in enumerate(_ROMAN, start=1)
)

_BY_KODE: dict[str, Golongan] = {g.kode: g for g in PNS_GOLONGAN + PPPK_GOLONGAN}
_PNS_BY_KEY: dict[tuple[int, str], Golongan] = {
    (_ROMAN_VALUE[g.kode.split("/")[0]], g.kode[-1]): g for g in PNS_GOLONGAN
}
# Normalised pangkat name → golongan, longest first so "Penata Muda Tingkat I"
# wins over "Penata Muda" and "Penata".
_PANGKAT: list[tuple[re.Pattern[str], Golongan]] = [
    (re.compile(r"(?<![a-z])" + re.escape(g.pangkat.lower()) + r"(?![a-z])"), g)
    for g in sorted(PNS_GOLONGAN, key=lambda g: -len(g.pangkat or ""))
    if g.pangkat
]

_EXPECTED = QT_TRANSLATE_NOOP(
    "Pesan",
    "Gunakan kode golongan PNS seperti III/b (I/a … IV/e), nama pangkat seperti "
    "\"Penata Muda Tingkat I\", atau golongan PPPK I … XVII (misalnya IX)."
)
_NUMBER_WORDS = re.compile(
    r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas)\b"
)
_NOISE = re.compile(r"\b(?:golongan|gol|ruang|ruangan|pangkat|pppk|pns)\b\.?")
_PNS_CODE = re.compile(r"^(iv|iii|ii|i|[1-4])\s*[/\-.]?\s*([a-e])$")
_ALONE = re.compile(r"^([ivx]+|\d{1,2})$")


def golongan_by_kode(kode: str) -> Golongan:
    """Look up an exact stored code ("III/a" or "IX"); unknown → DomainError."""
    try:
        return _BY_KODE[kode]
    except (KeyError, TypeError):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kode golongan {kode} tidak dikenal. {contoh}"), kode=repr(kode), contoh=Msg(_EXPECTED))) from None


def _normalise(text: str) -> str:
    s = " ".join(text.replace("\u00a0", " ").split()).lower()
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    # "Tk.", "Tk", "Tkt.", "Tingkat" → "tingkat " (so "Tk.I" → "tingkat i").
    s = re.sub(r"(?<![a-z])(?:tingkat|tkt|tk)(?![a-z])\.?\s*", "tingkat ", s)
    # "Tingkat Satu" / "Tingkat 1" are how many rosters spell "Tingkat I" (PP 99/2000 lampiran).
    s = re.sub(r"tingkat (?:satu|1)(?![a-z0-9])", "tingkat i", s)
    return s


def _roman_or_int(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _ROMAN_VALUE.get(token.upper())


def parse_golongan(text: object, *, pppk: bool | None = None) -> Golongan:
    """Parse a golongan as people write it (kinerja-asn.md §7).

    ``pppk``: True = employee is PPPK (only I … XVII allowed), False = PNS (a
    ruang letter is required), None = infer: a roman numeral without a letter is
    read as PPPK. A pangkat name that contradicts the code is an error.
    """
    if isinstance(text, Golongan):
        return _check_scheme(text, pppk, str(text))
    if isinstance(text, bool) or text is None:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan kosong. {contoh}"), contoh=Msg(_EXPECTED)))
    if isinstance(text, (int, float)):
        if float(text).is_integer():
            text = str(int(text))
        else:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan {text} tidak dikenali. {contoh}"), text=repr(text), contoh=Msg(_EXPECTED)))
    if not isinstance(text, str):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan {text} tidak dikenali. {contoh}"), text=repr(text), contoh=Msg(_EXPECTED)))
    original = " ".join(text.split())
    if not original:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan kosong. {contoh}"), contoh=Msg(_EXPECTED)))

    s = _normalise(original)
    from_pangkat: Golongan | None = None
    for pattern, g in _PANGKAT:
        m = pattern.search(s)
        if m:
            from_pangkat = g
            s = s[: m.start()] + " " + s[m.end() :]
            break

    rest = _NOISE.sub(" ", s)
    rest = _NUMBER_WORDS.sub(" ", rest)
    rest = re.sub(r"[(),;:]", " ", rest)
    rest = " ".join(rest.split()).strip(" -/.")

    from_kode: Golongan | None = None
    if rest:
        from_kode = _parse_code(rest, original, pppk)

    if from_pangkat and from_kode:
        if from_pangkat != from_kode:
            raise DomainError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Pangkat dan golongan pada \"{original}\" tidak cocok: pangkat {pangkat} "
                        "adalah golongan {kode}, bukan {kode2}. Periksa kembali salah satunya."), original=original, pangkat=from_pangkat.pangkat, kode=from_pangkat.kode, kode2=from_kode.kode)
            )
        return _check_scheme(from_kode, pppk, original)
    result = from_kode or from_pangkat
    if result is None:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan \"{original}\" tidak dikenali. {contoh}"), original=original, contoh=Msg(_EXPECTED)))
    return _check_scheme(result, pppk, original)


def _parse_code(rest: str, original: str, pppk: bool | None) -> Golongan:
    m = _PNS_CODE.match(rest)
    if m:
        major = _roman_or_int(m.group(1))
        letter = m.group(2)
        g = _PNS_BY_KEY.get((major or 0, letter))
        if g is None:
            last = "e" if major == 4 else "d"
            raise DomainError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Golongan {golongan}/{ruang} tidak ada: golongan {golongan} hanya sampai "
                        "{golongan}/{akhir}."), golongan=_ROMAN[(major or 1) - 1], ruang=letter, akhir=last)
            )
        return g
    m = _ALONE.match(rest)
    if m:
        value = _roman_or_int(m.group(1))
        if value is None or not 1 <= value <= 17:
            raise DomainError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Golongan \"{original}\" tidak dikenali: golongan PPPK hanya I … XVII. "
                        "{contoh}"), original=original, contoh=Msg(_EXPECTED))
            )
        if pppk is False:
            raise DomainError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Golongan \"{original}\" tidak memiliki huruf ruang: golongan PNS ditulis "
                        "seperti III/b. Jika pegawai ini PPPK, tandai status kepegawaiannya PPPK."), original=original)
            )
        return PPPK_GOLONGAN[value - 1]
    raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Golongan \"{original}\" tidak dikenali. {contoh}"), original=original, contoh=Msg(_EXPECTED)))


def _check_scheme(g: Golongan, pppk: bool | None, original: str) -> Golongan:
    if pppk is True and not g.is_pppk:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Golongan \"{original}\" adalah golongan PNS ({kode}); pegawai PPPK memakai "
                    "golongan I … XVII tanpa huruf ruang dan tanpa pangkat."), original=original, kode=g.kode)
        )
    if pppk is False and g.is_pppk:
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Golongan \"{original}\" adalah golongan PPPK; golongan PNS ditulis seperti "
                    "III/b."), original=original)
        )
    return g
