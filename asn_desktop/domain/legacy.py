"""Older numeric appraisal schemes, kept to read historic records and old Excel templates.

Read-only history (kinerja-asn.md §6): new cycles use the qualitative
PermenPANRB 6/2022 scheme in :mod:`rating`. Functions are plain formulas so old
workbooks can be re-computed and checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

# --------------------------------------------------------------------------- PP 46/2011


def _target_positive(target: float, aspek: str) -> None:
    if target is None or target <= 0:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Target {aspek} harus lebih dari 0, ditemukan {target}."), aspek=aspek, target=repr(target)))


def pp46_kuantitas(realisasi: float, target: float) -> float:
    """Kuantitas = RO/TO × 100 (PP 46/2011; Perka BKN 1/2013)."""
    _target_positive(target, "kuantitas (output)")
    return realisasi / target * 100


def pp46_kualitas(realisasi: float, target: float) -> float:
    """Kualitas = RK/TK × 100 (PP 46/2011; Perka BKN 1/2013)."""
    _target_positive(target, "kualitas")
    return realisasi / target * 100


def pp46_efisiensi(realisasi: float, target: float) -> float:
    """Tingkat efisiensi e = 100 − RW/TW × 100 (Perka BKN 1/2013).

    A target of 0 (or none) has no efficiency: refused as a DomainError like the other aspects,
    so an old workbook with an empty TW cell gives a message instead of a crash.
    """
    _target_positive(target, "waktu/biaya")
    return 100 - realisasi / target * 100


def _pp46_efisien(realisasi: float, target: float, aspek: str) -> float:
    """Waktu/Biaya score by efficiency (Perka BKN 1/2013).

    e ≤ 24: (1.76 × T − R)/T × 100.
    e > 24: 76 − ((1.76 × T − R)/T × 100 − 100) — **second branch unconfirmed**
    (seen only in secondary sources; kept because old templates use it).
    """
    _target_positive(target, aspek)
    base = (1.76 * target - realisasi) / target * 100
    if pp46_efisiensi(realisasi, target) <= 24:
        return base
    return 76 - (base - 100)


def pp46_waktu(realisasi: float, target: float) -> float:
    """Aspek waktu (RW, TW in months) by efficiency; see :func:`_pp46_efisien`."""
    return _pp46_efisien(realisasi, target, "waktu")


def pp46_biaya(realisasi: float, target: float) -> float:
    """Aspek biaya (RB, TB in rupiah) by efficiency; see :func:`_pp46_efisien`."""
    return _pp46_efisien(realisasi, target, "biaya")


def pp46_nilai_kegiatan(
    kuantitas: float, kualitas: float, waktu: float, biaya: float | None = None
) -> float:
    """Nilai capaian per kegiatan = mean of the aspects used (3, or 4 with biaya)."""
    aspek = [kuantitas, kualitas, waktu] + ([biaya] if biaya is not None else [])
    return sum(aspek) / len(aspek)


def pp46_nilai_skp(nilai_kegiatan: Iterable[float], tambahan: float = 0.0) -> float:
    """Nilai SKP = mean of kegiatan + nilai tugas tambahan/kreativitas (PP 46/2011)."""
    values = list(nilai_kegiatan)
    if not values:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nilai SKP tidak dapat dihitung: belum ada kegiatan tugas jabatan.")))
    return sum(values) / len(values) + tambahan


def pp46_nilai_perilaku(
    orientasi_pelayanan: float,
    integritas: float,
    komitmen: float,
    disiplin: float,
    kerja_sama: float,
    kepemimpinan: float | None = None,
) -> float:
    """Perilaku kerja = mean of the aspects.

    Kepemimpinan is scored only for pejabat struktural (PP 46/2011 Pasal 12).
    """
    values = [orientasi_pelayanan, integritas, komitmen, disiplin, kerja_sama]
    if kepemimpinan is not None:
        values.append(kepemimpinan)
    return sum(values) / len(values)


def pp46_prestasi_kerja(nilai_skp: float, nilai_perilaku: float) -> float:
    """Prestasi kerja = 60 % SKP + 40 % perilaku (PP 46/2011 Pasal 20)."""
    return 0.6 * nilai_skp + 0.4 * nilai_perilaku


def pp46_kategori(nilai: float) -> str:
    """Sebutan (PP 46/2011 Pasal 18): ≥ 91 Sangat Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, ≤ 50 Buruk.

    Fractions between the printed integer bands fall to the lower band
    (90.5 → Baik, 50.5 → Buruk): each band starts at its printed lower bound.
    """
    if nilai >= 91:
        return "Sangat Baik"
    if nilai >= 76:
        return "Baik"
    if nilai >= 61:
        return "Cukup"
    if nilai >= 51:
        return "Kurang"
    return "Buruk"


# --------------------------------------------------------------------------- PP 30/2019

PP30_NILAI_MAKS = 120.0


def pp30_nilai_kinerja(nilai_skp: float, nilai_perilaku: float, *, dengan_360: bool = False) -> float:
    """Nilai kinerja = 70 % SKP + 30 % perilaku, or 60/40 where peers and
    subordinates rate behaviour (PP 30/2019 Pasal 41 ayat 2–4); scores capped at 120."""
    skp = min(float(nilai_skp), PP30_NILAI_MAKS)
    perilaku = min(float(nilai_perilaku), PP30_NILAI_MAKS)
    if dengan_360:
        return 0.6 * skp + 0.4 * perilaku
    return 0.7 * skp + 0.3 * perilaku


def pp30_kategori(nilai: float, *, ada_inovasi: bool = False) -> str:
    """Predikat (PP 30/2019 Pasal 41 ayat 5).

    Sangat Baik 110–120 **and** a new idea/way of working (``ada_inovasi``);
    Baik 90–120; Cukup 70 ≤ x < 90. Kurang 50 ≤ x < 70 and Sangat Kurang < 50
    are not in the reference (unconfirmed, as commonly cited from the same pasal).
    """
    nilai = min(float(nilai), PP30_NILAI_MAKS)
    if nilai >= 110 and ada_inovasi:
        return "Sangat Baik"
    if nilai >= 90:
        return "Baik"
    if nilai >= 70:
        return "Cukup"
    if nilai >= 50:
        return "Kurang"
    return "Sangat Kurang"


# --------------------------------------------------------------------------- PermenPANRB 8/2021


def capaian_iki(realisasi: float, target: float, *, lebih_kecil_lebih_baik: bool = False) -> float:
    """Capaian IKI in percent (PermenPANRB 8/2021 lampiran).

    Normal: realisasi/target × 100. Lower-is-better (e.g. waktu layanan, angka
    kemiskinan): (1 + (1 − realisasi/target)) × 100.
    """
    if target is None or target == 0:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Capaian IKI tidak dapat dihitung: target tidak boleh 0 atau kosong.")))
    rasio = realisasi / target
    if lebih_kecil_lebih_baik:
        return (1 + (1 - rasio)) * 100
    return rasio * 100
