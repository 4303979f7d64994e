"""Historic numeric schemes (kinerja-asn.md §6)."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.legacy import (
    capaian_iki,
    pp30_kategori,
    pp30_nilai_kinerja,
    pp46_biaya,
    pp46_efisiensi,
    pp46_kategori,
    pp46_kualitas,
    pp46_kuantitas,
    pp46_nilai_kegiatan,
    pp46_nilai_perilaku,
    pp46_nilai_skp,
    pp46_prestasi_kerja,
    pp46_waktu,
)


def test_pp46_kuantitas_kualitas() -> None:
    assert pp46_kuantitas(10, 12) == pytest.approx(83.3333, abs=1e-3)
    assert pp46_kualitas(90, 100) == pytest.approx(90)
    with pytest.raises(DomainError, match="lebih dari 0"):
        pp46_kuantitas(1, 0)


def test_pp46_waktu_efficient_branch() -> None:
    # TW 12, RW 12 → e = 0 ≤ 24 → (1.76×12 − 12)/12×100 = 76
    assert pp46_efisiensi(12, 12) == pytest.approx(0)
    assert pp46_waktu(12, 12) == pytest.approx(76)
    # TW 12, RW 10 → e = 16.67 → (21.12 − 10)/12×100 = 92.667
    assert pp46_waktu(10, 12) == pytest.approx(92.6667, abs=1e-3)
    # Boundary e = 24 exactly stays in the first branch: RW = 0.76 × TW
    assert pp46_waktu(7.6, 10) == pytest.approx(100)


def test_pp46_waktu_second_branch_unconfirmed() -> None:
    # TW 12, RW 6 → e = 50 > 24 → base = (21.12 − 6)/12×100 = 126 → 76 − (126 − 100) = 50
    assert pp46_waktu(6, 12) == pytest.approx(50)
    assert pp46_biaya(500, 1000) == pytest.approx(76 - ((1760 - 500) / 1000 * 100 - 100))


def test_pp46_efisiensi_zero_target_is_a_domain_error() -> None:
    # An old workbook with TW 0: a message naming the aspect, not a ZeroDivisionError
    with pytest.raises(DomainError, match="lebih dari 0"):
        pp46_efisiensi(5, 0)
    with pytest.raises(DomainError):
        pp46_waktu(5, 0)


def test_pp46_waktu_late() -> None:
    # Late delivery: RW 14 of TW 12 → e negative → first branch = 59.33
    assert pp46_waktu(14, 12) == pytest.approx((21.12 - 14) / 12 * 100)


def test_pp46_activity_skp_perilaku_prestasi() -> None:
    assert pp46_nilai_kegiatan(100, 90, 76) == pytest.approx(88.6667, abs=1e-3)
    assert pp46_nilai_kegiatan(100, 90, 76, 80) == pytest.approx(86.5)
    assert pp46_nilai_skp([80, 90]) == pytest.approx(85)
    assert pp46_nilai_skp([80, 90], tambahan=2) == pytest.approx(87)
    with pytest.raises(DomainError):
        pp46_nilai_skp([])
    assert pp46_nilai_perilaku(80, 80, 80, 80, 80) == pytest.approx(80)
    assert pp46_nilai_perilaku(70, 80, 80, 80, 80, 90) == pytest.approx(80)
    assert pp46_prestasi_kerja(85, 80) == pytest.approx(83)


@pytest.mark.parametrize(
    "nilai,kategori",
    [
        (100, "Sangat Baik"), (91, "Sangat Baik"), (90.99, "Baik"), (90, "Baik"), (76, "Baik"),
        (75.5, "Cukup"), (75, "Cukup"), (61, "Cukup"), (60, "Kurang"), (51, "Kurang"),
        (50.99, "Buruk"), (50.5, "Buruk"), (50, "Buruk"), (0, "Buruk"),
    ],
)
def test_pp46_kategori(nilai: float, kategori: str) -> None:
    assert pp46_kategori(nilai) == kategori


def test_pp30_combination_and_cap() -> None:
    assert pp30_nilai_kinerja(100, 90) == pytest.approx(97)
    assert pp30_nilai_kinerja(100, 90, dengan_360=True) == pytest.approx(96)
    assert pp30_nilai_kinerja(150, 130) == pytest.approx(120)


@pytest.mark.parametrize(
    "nilai,inovasi,kategori",
    [
        (115, True, "Sangat Baik"), (110, True, "Sangat Baik"), (115, False, "Baik"),
        (109.9, True, "Baik"), (90, False, "Baik"), (89.9, False, "Cukup"), (70, False, "Cukup"),
        (69, False, "Kurang"), (50, False, "Kurang"), (49, False, "Sangat Kurang"),
        (130, True, "Sangat Baik"),
    ],
)
def test_pp30_kategori(nilai: float, inovasi: bool, kategori: str) -> None:
    assert pp30_kategori(nilai, ada_inovasi=inovasi) == kategori


def test_capaian_iki() -> None:
    assert capaian_iki(90, 100) == pytest.approx(90)
    assert capaian_iki(120, 100) == pytest.approx(120)
    # Lower is better: realised 8 days against a 10-day target → 120 %
    assert capaian_iki(8, 10, lebih_kecil_lebih_baik=True) == pytest.approx(120)
    assert capaian_iki(12, 10, lebih_kecil_lebih_baik=True) == pytest.approx(80)
    with pytest.raises(DomainError, match="target"):
        capaian_iki(1, 0)
