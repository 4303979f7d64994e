"""Career rules that follow performance (kinerja-asn.md §10, §5, §7): pure functions, no database.

- **Kenaikan pangkat reguler** (PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS,
  Pasal 7 and Pasal 18; Keputusan Kepala BKN 12/2002 as the implementing rule): granted on
  1 April and 1 Oktober; at least 4 years in the current pangkat; the performance condition
  "setiap unsur penilaian prestasi kerja sekurang-kurangnya bernilai baik dalam 2 tahun
  terakhir" now read as predikat kinerja at least Baik in each of the last 2 years
  (PP 30/2019, PermenPANRB 6/2022); and only up to the highest pangkat the employee's
  education allows (the table of Pasal 18 as amended, :data:`PANGKAT_TERTINGGI`).
- **Kenaikan gaji berkala** (PP 7/1977 Pasal 7 as amended): every 2 years of service;
  the app counts from ``Pegawai.tmt_cpns`` (SIASN "TMT CPNS", the start of masa kerja),
  and asks predikat at least Baik in the last year (kinerja-asn.md §10).
- **Nine-box** (PermenPANRB 3/2020 tentang Manajemen Talenta ASN): kinerja × potensi,
  three levels each; box numbers as in the regulation's lampiran **(numbering unconfirmed:
  printed beside the words, never alone)**.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from .enums import Predikat
from .messages import QT_TRANSLATE_NOOP, Msg, Teks
from .golongan import Golongan, golongan_by_kode
from .rating import predikat_rank

#: PP 99/2000 Pasal 7: kenaikan pangkat ditetapkan pada 1 April dan 1 Oktober setiap tahun.
BULAN_PERIODE_KP = (4, 10)
#: PP 99/2000 Pasal 18 ayat (1) huruf a: sekurang-kurangnya 4 tahun dalam pangkat terakhir.
MASA_PANGKAT_TAHUN = 4
#: PP 99/2000 Pasal 18 ayat (1) huruf b as read today: predikat per year, for this many last years.
TAHUN_PREDIKAT_KP = 2
PREDIKAT_MINIMAL = Predikat.BAIK
#: PP 7/1977 Pasal 7: kenaikan gaji berkala setiap 2 tahun.
SIKLUS_KGB_TAHUN = 2
#: Years in the same position after which someone is a rotation candidate: office policy, not law.
MASA_ROTASI_TAHUN = 5

#: Highest golongan reachable by kenaikan pangkat reguler per education (PP 99/2000 Pasal 18
#: ayat (2) jo. PP 12/2002; table as in Keputusan Kepala BKN 12/2002). Keys are normalised
#: :func:`jenjang_pendidikan` values.
PANGKAT_TERTINGGI: dict[str, str] = {
    "SD": "II/a",
    "SMP": "II/c",
    "SMP Kejuruan": "II/d",
    "SMA": "III/b",
    "D-I": "III/b",
    "D-II": "III/b",
    "D-III": "III/c",
    "S1": "III/d",
    "D-IV": "III/d",
    "S2": "IV/a",
    "S3": "IV/b",
}

_PENDIDIKAN_ALIAS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("s3", "s-3", "doktor", "strata 3", "strata iii"), "S3"),
    (("s2", "s-2", "magister", "master", "strata 2", "strata ii", "spesialis", "apoteker", "dokter"), "S2"),
    (("d4", "d-4", "d iv", "d-iv", "div", "diploma iv", "diploma 4", "sarjana terapan"), "D-IV"),
    (("d3", "d-3", "d iii", "d-iii", "diii", "diploma iii", "diploma 3", "akademi", "sarjana muda"), "D-III"),
    (("s1", "s-1", "sarjana", "strata 1", "strata i"), "S1"),
    (("d2", "d-2", "d ii", "d-ii", "dii", "diploma ii", "diploma 2"), "D-II"),
    (("d1", "d-1", "d i", "d-i", "diploma i", "diploma 1"), "D-I"),
    (("smk", "stm", "sma", "slta", "smu", "ma ", "aliyah", "smea", "spg", "sekolah menengah atas"), "SMA"),
    (("smp kejuruan", "sltp kejuruan"), "SMP Kejuruan"),
    (("smp", "sltp", "mts", "tsanawiyah", "sekolah menengah pertama"), "SMP"),
    (("sd", "sekolah dasar", "mi ", "ibtidaiyah"), "SD"),
)


def jenjang_pendidikan(text: str | None) -> str | None:
    """Normalise what the roster says ("S1", "Sarjana", "D III", "SLTA") to a key of PANGKAT_TERTINGGI."""
    if not text:
        return None
    t = " " + " ".join(str(text).casefold().replace("/", " ").split()) + " "
    for aliases, key in _PENDIDIKAN_ALIAS:
        for a in aliases:
            a = a.strip()
            if t.strip() == a or f" {a} " in t or t.strip().startswith(a + " "):
                return key
    return None


def pangkat_tertinggi(pendidikan: str | None) -> Golongan | None:
    """The highest golongan reachable by kenaikan pangkat reguler; None when the education is unknown."""
    key = jenjang_pendidikan(pendidikan)
    return golongan_by_kode(PANGKAT_TERTINGGI[key]) if key else None


def tambah_tahun(d: date, tahun: int) -> date:
    """``d`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + tahun)
    except ValueError:
        return d.replace(year=d.year + tahun, day=28)


def periode_kp_berikut(hari_ini: date) -> date:
    """The next kenaikan pangkat date (1 April or 1 Oktober) on or after ``hari_ini``."""
    for bulan in BULAN_PERIODE_KP:
        d = date(hari_ini.year, bulan, 1)
        if d >= hari_ini:
            return d
    return date(hari_ini.year + 1, BULAN_PERIODE_KP[0], 1)


def tahun_predikat_kp(periode: date) -> list[int]:
    """The last complete years whose predikat a promotion on ``periode`` rests on (e.g. 1-4-2027: 2025, 2026)."""
    return list(range(periode.year - TAHUN_PREDIKAT_KP, periode.year))


@dataclass(frozen=True)
class SyaratKp:
    """The verdict for one employee and one kenaikan pangkat date: eligible, or what is missing."""

    periode: date
    golongan_baru: Golongan | None
    kekurangan: tuple[str, ...]

    @property
    def memenuhi(self) -> bool:
        return not self.kekurangan


def nilai_syarat_kp(
    *,
    periode: date,
    golongan: str | None,
    tmt_golongan: date | None,
    pendidikan: str | None,
    predikat_tahunan: dict[int, Predikat | None],
    pns: bool = True,
) -> SyaratKp:
    """Check the three conditions of PP 99/2000 Pasal 18 for a promotion on ``periode``.

    ``predikat_tahunan`` maps year → annual predikat (None or absent = not rated). Each shortfall
    is a ``Teks``: Indonesian text that keeps its Msg for the UI."""
    kurang: list[str] = []
    if not pns:
        return SyaratKp(periode, None, (Teks(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "kenaikan pangkat reguler hanya untuk PNS (bukan CPNS/PPPK)"))),))
    try:
        g = golongan_by_kode(golongan) if golongan else None
    except Exception:  # noqa: BLE001 - a stored code the table does not know
        g = None
    if g is None or g.is_pppk:
        return SyaratKp(periode, None, (Teks(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "golongan ruang belum diisi atau tidak dikenal"))),))
    baru = golongan_by_kode(_next_kode(g)) if g.rank < 17 else None
    if baru is None:
        kurang.append(Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "sudah pada golongan tertinggi (IV/e)"))))
    if tmt_golongan is None:
        kurang.append(Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "TMT golongan belum diisi"))))
    else:
        cukup = tambah_tahun(tmt_golongan, MASA_PANGKAT_TAHUN)
        if cukup > periode:
            kurang.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "masa dalam pangkat belum {tahun} tahun (baru terpenuhi {tanggal})"),
                tahun=MASA_PANGKAT_TAHUN, tanggal=f"{cukup.day:02d}-{cukup.month:02d}-{cukup.year}")))
    maks = pangkat_tertinggi(pendidikan)
    if maks is None:
        kurang.append(Teks(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "pendidikan terakhir belum diisi atau tidak dikenali (batas pangkat tidak dapat diperiksa)"))))
    elif baru is not None and baru.rank > maks.rank:
        kurang.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "sudah pada pangkat tertinggi untuk pendidikan {pendidikan} ({kode}); berikutnya lewat kenaikan "
            "pangkat pilihan atau penyesuaian ijazah"), pendidikan=jenjang_pendidikan(pendidikan), kode=maks.kode)))
    for y in tahun_predikat_kp(periode):
        p = predikat_tahunan.get(y)
        if p is None:
            kurang.append(Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "predikat tahunan {tahun} belum ada"), tahun=y)))
        elif predikat_rank(p) < predikat_rank(PREDIKAT_MINIMAL):
            kurang.append(Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "predikat {tahun} {predikat} (paling rendah {minimal})"),
                                      tahun=y, predikat=Msg(p.label), minimal=Msg(PREDIKAT_MINIMAL.label))))
    return SyaratKp(periode, baru, tuple(kurang))


def _next_kode(g: Golongan) -> str:
    from .golongan import PNS_GOLONGAN

    return PNS_GOLONGAN[g.rank].kode  # rank is 1-based: index rank is the next one


def kgb_berikut(tmt_cpns: date, hari_ini: date) -> date:
    """The next kenaikan gaji berkala on or after ``hari_ini``: TMT CPNS plus a multiple of 2 years
    (PP 7/1977 Pasal 7), on the first of that month."""
    start = tmt_cpns.replace(day=1)
    bulan = (hari_ini.year - start.year) * 12 + hari_ini.month - start.month
    n = max(1, -(-bulan // (12 * SIKLUS_KGB_TAHUN)))
    return tambah_tahun(start, n * SIKLUS_KGB_TAHUN)


# --------------------------------------------------------------------------- nine-box


class Tingkat(IntEnum):
    """One axis of the nine-box: 1 rendah, 2 menengah, 3 tinggi."""

    RENDAH = 1
    MENENGAH = 2
    TINGGI = 3

    @property
    def label(self) -> str:
        return {1: "Rendah", 2: "Menengah", 3: "Tinggi"}[self.value]

    @classmethod
    def parse(cls, text: object) -> "Tingkat":
        """"Tinggi", "tinggi", "3", "T", "Menengah/Sedang", ... (ValueError otherwise)."""
        t = str(text or "").strip().casefold()
        table = {"1": cls.RENDAH, "rendah": cls.RENDAH, "r": cls.RENDAH, "kurang": cls.RENDAH,
                 "2": cls.MENENGAH, "menengah": cls.MENENGAH, "sedang": cls.MENENGAH, "m": cls.MENENGAH,
                 "cukup": cls.MENENGAH, "3": cls.TINGGI, "tinggi": cls.TINGGI, "t": cls.TINGGI}
        if t.endswith(".0"):
            t = t[:-2]
        if t not in table:
            raise ValueError(text)
        return table[t]


def tingkat_potensi_dari_skor(skor: float) -> Tingkat:
    """A 0–100 assessment score to a level: under 60 rendah, 60 to under 80 menengah, 80 up tinggi
    (a common assessment-centre banding; the operator may enter the level directly instead)."""
    return Tingkat.RENDAH if skor < 60 else Tingkat.MENENGAH if skor < 80 else Tingkat.TINGGI


def tingkat_kinerja(predikat: list[Predikat]) -> Tingkat | None:
    """Kinerja level from the latest predikat (newest last): Sangat Baik → tinggi (and two Baik
    or better with the latest Sangat Baik); Baik → menengah; below Baik → rendah. None without any."""
    if not predikat:
        return None
    last = predikat[-1]
    if last is Predikat.SANGAT_BAIK:
        return Tingkat.TINGGI
    if last is Predikat.BAIK:
        return Tingkat.MENENGAH
    return Tingkat.RENDAH


#: (kinerja, potensi) → box number 1..9 (PermenPANRB 3/2020 lampiran; numbering unconfirmed).
KOTAK: dict[tuple[Tingkat, Tingkat], int] = {
    (Tingkat.RENDAH, Tingkat.RENDAH): 1,
    (Tingkat.MENENGAH, Tingkat.RENDAH): 2,
    (Tingkat.RENDAH, Tingkat.MENENGAH): 3,
    (Tingkat.TINGGI, Tingkat.RENDAH): 4,
    (Tingkat.MENENGAH, Tingkat.MENENGAH): 5,
    (Tingkat.RENDAH, Tingkat.TINGGI): 6,
    (Tingkat.TINGGI, Tingkat.MENENGAH): 7,
    (Tingkat.MENENGAH, Tingkat.TINGGI): 8,
    (Tingkat.TINGGI, Tingkat.TINGGI): 9,
}

#: What each box suggests (PermenPANRB 3/2020: talent pool for 7–9, development for the middle,
#: coaching and performance follow-up for the low boxes).
ARAHAN_KOTAK: dict[int, str] = {
    9: QT_TRANSLATE_NOOP("Pesan", "Promosi: kelompok rencana suksesi (talent pool)"),
    8: QT_TRANSLATE_NOOP("Pesan", "Promosi setelah pengembangan kinerja"),
    7: QT_TRANSLATE_NOOP("Pesan", "Promosi / rotasi untuk memperluas potensi"),
    6: QT_TRANSLATE_NOOP("Pesan", "Pengembangan: bimbingan kinerja"),
    5: QT_TRANSLATE_NOOP("Pesan", "Pengembangan kompetensi"),
    4: QT_TRANSLATE_NOOP("Pesan", "Pengembangan potensi; pertahankan kinerja"),
    3: QT_TRANSLATE_NOOP("Pesan", "Pembinaan kinerja dan kompetensi"),
    2: QT_TRANSLATE_NOOP("Pesan", "Pengembangan potensi"),
    1: QT_TRANSLATE_NOOP("Pesan", "Pembinaan kinerja; evaluasi penempatan"),
}


def kotak(kinerja: Tingkat, potensi: Tingkat) -> int:
    return KOTAK[(kinerja, potensi)]


def arahan(nomor: int) -> Teks:
    """The follow-up a box suggests: promosi (7–9), pengembangan (4–6), pembinaan (1–3); Indonesian
    text (the Excel list) that the screen shows translated."""
    return Teks(Msg(ARAHAN_KOTAK[nomor]))


def kategori_kotak(nomor: int) -> str:
    return "promosi" if nomor >= 7 else "pengembangan" if nomor >= 4 else "pembinaan"


def predikat_memenuhi(p: Predikat) -> bool:
    """At least Baik: the performance condition for kenaikan pangkat and gaji berkala (kinerja-asn.md §10)."""
    return predikat_rank(p) >= predikat_rank(PREDIKAT_MINIMAL)
