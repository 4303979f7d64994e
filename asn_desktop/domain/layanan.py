"""Service and complaint registers: working time, timeliness and the figures per officer, unit and period.

Pure functions over plain values (kinerja-asn.md §9), so the services, the dashboard, the results
package and the indicators that fill themselves all compute alike.

How time is measured (said once here, shown to users in the dashboard's note):

- **Working days** are Monday–Friday (five working days a week, Perpres 21/2023 tentang Hari Kerja dan
  Jam Kerja Instansi Pemerintah dan Pegawai ASN) that are not on the office's holiday list (national
  holidays and cuti bersama, set each year by SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPANRB —
  hence data the office edits, not code).
- **Working hours** are the part of a span that falls inside the service hours
  ``JAM_BUKA``–``JAM_TUTUP`` of a working day; a request received on Saturday evening starts counting on
  Monday morning. One working day is ``JAM_PER_HARI`` working hours.
- Every duration (processing time, complaint response and resolution time) is in **working hours**
  (``*_jam``); a promise of *n* working days is *n* × ``JAM_PER_HARI`` working hours.
- A finished request is **on time** when its working-hour duration is at most the promise. An unfinished
  request counts against timeliness once its deadline has passed (at ``sekarang``); until then it is
  simply not yet judged.
- The median is the usual one (mean of the two middle values for an even count); the 90th percentile is
  the nearest-rank one (the smallest duration at or above which 10 % of requests lie), so it is always a
  duration that actually occurred.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks

#: Front-desk service hours that count as working time (the office's posted service hours).
JAM_BUKA = time(8, 0)
JAM_TUTUP = time(16, 0)
JAM_PER_HARI = 8

#: Units of a service standard's promised time.
SATUAN_HARI = "hari"
SATUAN_JAM = "jam"
SATUAN = {SATUAN_HARI: "hari kerja", SATUAN_JAM: "jam kerja"}

#: A span longer than this is a typing error (a year typed wrong), not a slow service.
MAKS_RENTANG = timedelta(days=3 * 366)


class Saluran(StrEnum):
    """Where a complaint came in (the channels kinerja-asn.md §9 names, plus "lainnya")."""

    LAPOR = "lapor"
    WHATSAPP = "whatsapp"
    LANGSUNG = "langsung"
    SURAT = "surat"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return _SALURAN_LABEL[self]


_SALURAN_LABEL = {
    Saluran.LAPOR: "SP4N-LAPOR!",
    Saluran.WHATSAPP: "WhatsApp",
    Saluran.LANGSUNG: "Langsung (tatap muka)",
    Saluran.SURAT: "Surat",
    Saluran.LAINNYA: "Lainnya",
}

_SALURAN_KATA = {
    "lapor": Saluran.LAPOR, "sp4n": Saluran.LAPOR, "sp4nlapor": Saluran.LAPOR, "laporgoid": Saluran.LAPOR,
    "whatsapp": Saluran.WHATSAPP, "wa": Saluran.WHATSAPP, "whatsap": Saluran.WHATSAPP,
    "langsung": Saluran.LANGSUNG, "tatapmuka": Saluran.LANGSUNG, "datanglangsung": Saluran.LANGSUNG,
    "langsungtatapmuka": Saluran.LANGSUNG, "loket": Saluran.LANGSUNG,
    "surat": Saluran.SURAT, "suratmasuk": Saluran.SURAT,
    "lainnya": Saluran.LAINNYA, "lain": Saluran.LAINNYA, "lainlain": Saluran.LAINNYA,
    "telepon": Saluran.LAINNYA, "email": Saluran.LAINNYA, "medsos": Saluran.LAINNYA,
}


def parse_saluran(text: object) -> Saluran:
    """A channel as typed in a register ("SP4N-LAPOR!", "WA", "tatap muka", "Surat")."""
    key = "".join(ch for ch in str(text or "").lower() if ch.isalnum())
    found = _SALURAN_KATA.get(key)
    if found is None:
        labels = ", ".join(s.label for s in Saluran)
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Saluran \"{text}\" tidak dikenal; gunakan salah satu: {labels}."), text=text, labels=labels))
    return found


def janji_jam(waktu: int, satuan: str) -> float:
    """A standard's promise in working hours."""
    if satuan == SATUAN_HARI:
        return float(waktu * JAM_PER_HARI)
    if satuan == SATUAN_JAM:
        return float(waktu)
    raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Satuan waktu standar \"{satuan}\" tidak dikenal; gunakan hari atau jam."), satuan=satuan))


def teks_janji(waktu: int, satuan: str) -> str:
    """"1 hari kerja", "4 jam kerja"."""
    return f"{waktu} {SATUAN.get(satuan, satuan)}"


# --------------------------------------------------------------------------- working time


def hari_kerja(d: date, libur: Container[date]) -> bool:
    """Monday–Friday and not on the holiday list (Perpres 21/2023: five working days a week)."""
    return d.weekday() < 5 and d not in libur


def _window(d: date) -> tuple[datetime, datetime]:
    return datetime.combine(d, JAM_BUKA), datetime.combine(d, JAM_TUTUP)


def jam_kerja(mulai: datetime, akhir: datetime, libur: Container[date]) -> float:
    """Working hours between two moments (0 when ``akhir`` is not after ``mulai``)."""
    if akhir <= mulai:
        return 0.0
    if akhir - mulai > MAKS_RENTANG:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Rentang waktu lebih dari tiga tahun; periksa tahun yang diketik.")))
    total = 0.0
    d = mulai.date()
    while d <= akhir.date():
        if hari_kerja(d, libur):
            buka, tutup = _window(d)
            lo, hi = max(buka, mulai), min(tutup, akhir)
            if hi > lo:
                total += (hi - lo).total_seconds()
        d += timedelta(days=1)
    return total / 3600.0


def batas_waktu(diterima: datetime, jam: float, libur: Container[date]) -> datetime:
    """The moment by which ``jam`` working hours have passed since ``diterima`` (the deadline)."""
    sisa = timedelta(hours=jam)
    d = diterima.date()
    for _ in range(int(MAKS_RENTANG.days) + 1):
        if hari_kerja(d, libur):
            buka, tutup = _window(d)
            lo = max(buka, diterima)
            if tutup > lo:
                if lo + sisa <= tutup:
                    return lo + sisa
                sisa -= tutup - lo
        d += timedelta(days=1)
    raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Batas waktu layanan lebih dari tiga tahun; periksa standar pelayanan.")))


# --------------------------------------------------------------------------- figures


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def persentil(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least ``p`` % of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return float(ordered[rank - 1])


def rata(values: Sequence[float]) -> float | None:
    return float(statistics.fmean(values)) if values else None


@dataclass(frozen=True)
class Permohonan:
    """One request as the figures need it."""

    diterima: datetime
    selesai: datetime | None
    janji_jam: float


@dataclass(frozen=True)
class Aduan:
    """One complaint as the figures need it."""

    diterima: datetime
    direspon: datetime | None
    diselesaikan: datetime | None


@dataclass(frozen=True)
class StatistikLayanan:
    """Service register figures for one officer, unit or the kecamatan over a period.

    ``jumlah`` requests received in the period, ``selesai`` of them finished, ``tepat_waktu`` finished
    within the standard; ``persen_tepat_waktu`` = tepat_waktu ÷ (selesai + ``lewat_batas``) × 100, where
    ``lewat_batas`` are unfinished requests already past their deadline (None when nothing can be judged
    yet). ``median_jam``/``p90_jam``: processing time of the finished ones in working hours."""

    jumlah: int
    selesai: int
    tepat_waktu: int
    persen_tepat_waktu: float | None
    median_jam: float | None
    p90_jam: float | None
    terlambat: int = 0
    lewat_batas: int = 0

    @property
    def median_hari(self) -> float | None:
        return None if self.median_jam is None else self.median_jam / JAM_PER_HARI

    @property
    def p90_hari(self) -> float | None:
        return None if self.p90_jam is None else self.p90_jam / JAM_PER_HARI


@dataclass(frozen=True)
class StatistikPengaduan:
    """Complaint register figures: ``jumlah`` received in the period, ``direspon`` with a first response,
    ``selesai`` resolved; response and resolution times in working hours from receipt."""

    jumlah: int
    direspon: int
    selesai: int
    rata_respon_jam: float | None
    median_respon_jam: float | None
    p90_respon_jam: float | None
    rata_selesai_jam: float | None
    median_selesai_jam: float | None = None


def hitung_statistik_layanan(rows: Iterable[Permohonan], libur: Container[date],
                             sekarang: datetime | None = None) -> StatistikLayanan:
    """The figures of a set of requests (already filtered to the officer/unit/period)."""
    jumlah = selesai = tepat = terlambat = lewat = 0
    durasi: list[float] = []
    for r in rows:
        jumlah += 1
        if r.selesai is not None:
            selesai += 1
            jam = jam_kerja(r.diterima, r.selesai, libur)
            durasi.append(jam)
            if jam <= r.janji_jam + 1e-9:
                tepat += 1
            else:
                terlambat += 1
        elif sekarang is not None and jam_kerja(r.diterima, sekarang, libur) > r.janji_jam + 1e-9:
            lewat += 1
    dinilai = selesai + lewat
    persen = tepat / dinilai * 100 if dinilai else None
    return StatistikLayanan(jumlah, selesai, tepat, persen, median(durasi), persentil(durasi, 90), terlambat, lewat)


def hitung_statistik_pengaduan(rows: Iterable[Aduan], libur: Container[date]) -> StatistikPengaduan:
    """The figures of a set of complaints (already filtered)."""
    jumlah = 0
    respon: list[float] = []
    tuntas: list[float] = []
    for r in rows:
        jumlah += 1
        if r.direspon is not None:
            respon.append(jam_kerja(r.diterima, r.direspon, libur))
        if r.diselesaikan is not None:
            tuntas.append(jam_kerja(r.diterima, r.diselesaikan, libur))
    return StatistikPengaduan(jumlah, len(respon), len(tuntas), rata(respon), median(respon),
                              persentil(respon, 90), rata(tuntas), median(tuntas))


#: The moments a request records, as callers name them and as a message names the earlier one:
#: catalogue entries, so the order message is translated with its names.
NAMA_WAKTU = (
    QT_TRANSLATE_NOOP("Pesan", "Diterima"), QT_TRANSLATE_NOOP("Pesan", "diterima"),
    QT_TRANSLATE_NOOP("Pesan", "Respon pertama"), QT_TRANSLATE_NOOP("Pesan", "respon pertama"),
    QT_TRANSLATE_NOOP("Pesan", "Selesai"), QT_TRANSLATE_NOOP("Pesan", "selesai"),
)


def periksa_urutan(pasangan: Sequence[tuple[str, datetime | None]]) -> str | None:
    """The first moment that comes before the one listed before it (received ≤ response ≤ resolved),
    as a message (a ``Teks``: Indonesian text keeping its Msg); None when the order is right."""
    prev: tuple[str, datetime] | None = None
    for nama, t in pasangan:
        if t is None:
            continue
        if prev is not None and t < prev[1]:
            return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama} tidak boleh sebelum {sebelumnya}."),
                               nama=Msg(nama), sebelumnya=Msg(prev[0].lower())))
        if prev is not None and t - prev[1] > MAKS_RENTANG:
            return Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{nama} lebih dari tiga tahun setelah {sebelumnya}; periksa tahun yang diketik."),
                nama=Msg(nama), sebelumnya=Msg(prev[0].lower())))
        prev = (nama, t)
    return None


# --------------------------------------------------------------------------- date-time as typed


def parse_waktu_ketikan(text: str, hari_ini: date | None = None,
                        parse_tanggal: Callable[[str, date | None], date] | None = None) -> datetime:
    """A date-time typed at the front desk: a date as ``domain.tanggal`` reads it, then an optional time
    "08:30" / "08.30"; without a time the moment is the start of service hours."""
    from .tanggal import parse_tanggal_ketikan

    parse = parse_tanggal or parse_tanggal_ketikan
    s = " ".join(str(text or "").replace("\u00a0", " ").split())
    if not s:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal dan jam wajib diisi (mis. 05-12-2026 08:30).")))
    jam: time | None = None
    parts = s.rsplit(" ", 1)
    if len(parts) == 2:
        jam = _parse_jam(parts[1])
        if jam is not None:
            s = parts[0]
    d = parse(s, hari_ini)
    return datetime.combine(d, jam or JAM_BUKA)


def _parse_jam(text: str) -> time | None:
    t = text.strip().replace(".", ":")
    if ":" not in t:  # "2026" in "1 Okt 2026" is a year, not 20:26
        return None
    hh, _, mm = t.partition(":")
    mm = mm[:2]
    if not (hh.isdigit() and mm.isdigit()):
        return None
    h, m = int(hh), int(mm)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jam \"{text}\" tidak valid; gunakan jj:mm, misalnya 08:30."), text=text))
    return time(h, m)


def format_waktu(t: datetime | None) -> str:
    """"05-12-2026 08:30" (day-first, as typed); "" for None."""
    return "" if t is None else t.strftime("%d-%m-%Y %H:%M")


def format_jam(jam: float | None, places: int = 1) -> str:
    """Working hours with the Indonesian decimal comma; "-" when there is no figure."""
    if jam is None:
        return "-"
    return f"{jam:.{places}f}".replace(".", ",")
