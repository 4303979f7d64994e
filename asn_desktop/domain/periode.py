"""Evaluation periods of a year.

PermenPANRB 6/2022 Pasal 31 (kinerja-asn.md §2): evaluasi kinerja periodik is
monthly, quarterly (triwulan I–IV) or per semester as the organisation
chooses, plus one evaluasi kinerja tahunan over 1 January – 31 December. The
annual rating is a separate judgement, not an average of the periods.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from .enums import JenisPeriode, SkemaPeriode
from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

#: The kind words of period names, translated by the UI (ui/i18n.nama_periode); the names are stored in Indonesian.
KATA_PERIODE = (QT_TRANSLATE_NOOP("Pesan", "Triwulan"), QT_TRANSLATE_NOOP("Pesan", "Semester"),
                QT_TRANSLATE_NOOP("Pesan", "Tahunan"), QT_TRANSLATE_NOOP("Pesan", "TW"),
                QT_TRANSLATE_NOOP("Pesan", "Smt"))


def nama_pendek(nama: str) -> str:
    """A period's name as a narrow column header: "Triwulan II" → "TW II", "Semester I" → "Smt I"."""
    return nama.replace("Triwulan", "TW").replace("Semester", "Smt")

_BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
_ROMAWI = ("I", "II", "III", "IV")

#: ``nomor`` of the annual period; periodic ones are numbered from 1.
NOMOR_TAHUNAN = 0


@dataclass(frozen=True)
class PeriodeDef:
    """One period to create: ``nomor`` 1.. for periodic ones, 0 for the annual one."""

    nomor: int
    nama: str
    jenis: JenisPeriode
    mulai: date
    selesai: date

    @property
    def label(self) -> str:
        """"Triwulan I 2026", "Tahunan 2026"."""
        return f"{self.nama} {self.mulai.year}"


def _last_day(tahun: int, bulan: int) -> date:
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def periode_defs(tahun: int, skema: SkemaPeriode) -> list[PeriodeDef]:
    """Periodic periods in order, then the annual one (nomor 0), for ``tahun``."""
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 2000 <= tahun <= 2100:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun penilaian harus antara 2000 dan 2100, ditemukan {tahun}."), tahun=repr(tahun)))
    skema = SkemaPeriode(skema)
    if skema is SkemaPeriode.BULANAN:
        size, names = 1, list(_BULAN)
    elif skema is SkemaPeriode.TRIWULANAN:
        size, names = 3, [f"Triwulan {r}" for r in _ROMAWI]
    else:
        size, names = 6, [f"Semester {r}" for r in _ROMAWI[:2]]
    out = [
        PeriodeDef(
            nomor=i,
            nama=nama,
            jenis=JenisPeriode.PERIODIK,
            mulai=date(tahun, (i - 1) * size + 1, 1),
            selesai=_last_day(tahun, i * size),
        )
        for i, nama in enumerate(names, start=1)
    ]
    out.append(
        PeriodeDef(NOMOR_TAHUNAN, "Tahunan", JenisPeriode.TAHUNAN, date(tahun, 1, 1), date(tahun, 12, 31))
    )
    return out


def bulan_periode(p: PeriodeDef) -> int:
    """Calendar months covered by ``p`` (for periodic angka kredit, Peraturan BKN 3/2023)."""
    return (p.selesai.year - p.mulai.year) * 12 + p.selesai.month - p.mulai.month + 1
