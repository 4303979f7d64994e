"""Career rules (domain/karier.py): the conditions of PP 99/2000 Pasal 18 and the KGB cycle."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain import karier as dk
from asn_desktop.domain.enums import Predikat

BAIK2 = {2025: Predikat.BAIK, 2026: Predikat.SANGAT_BAIK}


def test_next_window_is_first_of_april_or_october_and_rests_on_the_two_previous_years() -> None:
    assert dk.periode_kp_berikut(date(2026, 12, 5)) == date(2027, 4, 1)
    assert dk.periode_kp_berikut(date(2026, 4, 1)) == date(2026, 4, 1)
    assert dk.periode_kp_berikut(date(2026, 4, 2)) == date(2026, 10, 1)
    assert dk.tahun_predikat_kp(date(2027, 4, 1)) == [2025, 2026]


def test_eligible_when_four_years_in_pangkat_baik_twice_and_within_the_education_limit() -> None:
    v = dk.nilai_syarat_kp(periode=date(2027, 4, 1), golongan="III/a", tmt_golongan=date(2023, 4, 1),
                           pendidikan="S1 Ilmu Pemerintahan", predikat_tahunan=BAIK2)
    assert v.memenuhi and v.golongan_baru is not None and v.golongan_baru.kode == "III/b"


def test_each_missing_condition_is_named() -> None:
    v = dk.nilai_syarat_kp(periode=date(2027, 4, 1), golongan="III/b", tmt_golongan=date(2024, 4, 1),
                           pendidikan="SLTA", predikat_tahunan={2025: Predikat.BUTUH_PERBAIKAN})
    text = " | ".join(v.kekurangan)
    assert not v.memenuhi
    assert "belum 4 tahun" in text and "01-04-2028" in text
    assert "pangkat tertinggi untuk pendidikan SMA (III/b)" in text
    assert "predikat 2025 Butuh Perbaikan" in text and "predikat tahunan 2026 belum ada" in text


def test_not_for_pppk_or_unknown_golongan() -> None:
    assert not dk.nilai_syarat_kp(periode=date(2027, 4, 1), golongan="IX", tmt_golongan=date(2020, 1, 1),
                                  pendidikan="S1", predikat_tahunan=BAIK2).memenuhi
    assert not dk.nilai_syarat_kp(periode=date(2027, 4, 1), golongan="III/a", tmt_golongan=date(2020, 1, 1),
                                  pendidikan="S1", predikat_tahunan=BAIK2, pns=False).memenuhi


@pytest.mark.parametrize(("text", "key", "maks"), [
    ("SD", "SD", "II/a"), ("SLTP", "SMP", "II/c"), ("SMA", "SMA", "III/b"), ("Diploma III", "D-III", "III/c"),
    ("Sarjana Muda", "D-III", "III/c"), ("S-1 Hukum", "S1", "III/d"), ("D IV", "D-IV", "III/d"),
    ("S2", "S2", "IV/a"), ("Doktor", "S3", "IV/b"),
])
def test_highest_pangkat_per_education(text: str, key: str, maks: str) -> None:
    assert dk.jenjang_pendidikan(text) == key
    g = dk.pangkat_tertinggi(text)
    assert g is not None and g.kode == maks


def test_kgb_every_two_years_from_tmt_cpns() -> None:
    assert dk.kgb_berikut(date(2016, 12, 1), date(2026, 12, 5)) == date(2026, 12, 1)
    assert dk.kgb_berikut(date(2015, 3, 1), date(2026, 12, 5)) == date(2027, 3, 1)
    assert dk.kgb_berikut(date(2016, 11, 1), date(2026, 12, 5)) == date(2028, 11, 1)
    assert dk.kgb_berikut(date(2026, 6, 1), date(2026, 12, 5)) == date(2028, 6, 1)


def test_nine_box_numbers_and_levels() -> None:
    T = dk.Tingkat
    assert dk.kotak(T.TINGGI, T.TINGGI) == 9 and dk.kotak(T.RENDAH, T.RENDAH) == 1
    assert dk.kategori_kotak(dk.kotak(T.MENENGAH, T.TINGGI)) == "promosi"
    assert dk.tingkat_kinerja([Predikat.BAIK, Predikat.SANGAT_BAIK]) is T.TINGGI
    assert dk.tingkat_kinerja([Predikat.KURANG]) is T.RENDAH and dk.tingkat_kinerja([]) is None
    assert T.parse("Tinggi") is T.TINGGI and T.parse("sedang") is T.MENENGAH and T.parse(1.0) is T.RENDAH
    with pytest.raises(ValueError):
        T.parse("luar biasa")
    assert dk.tingkat_potensi_dari_skor(85) is T.TINGGI and dk.tingkat_potensi_dari_skor(59.9) is T.RENDAH
