"""SKM arithmetic (PermenPANRB 14/2017 Lampiran): NRR, IKM, konversi, mutu, sample size, answers."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.skm import (
    JAWABAN_TEKS,
    TABEL_SAMPEL,
    hitung,
    mutu_untuk,
    parse_jawaban,
    sampel_minimum,
    unsur_baku,
    unsur_dengan_tambahan,
)

KODE = [f"U{i}" for i in range(1, 10)]

# Ten questionnaires worked through with the Lampiran's procedure (NRR = jumlah nilai ÷ jumlah
# kuesioner terisi; IKM = Σ NRR × penimbang 1/9; IKM unit = IKM × 25; mutu from the interval table).
# Per-unsur sums: U1 33, U2 29, U3 28, U4 40, U5 32, U6 32, U7 34, U8 28, U9 28 → Σ NRR = 28,4,
# IKM = 28,4 / 9 = 3,1556, konversi 78,89 → mutu B, kinerja "Baik".
CONTOH = [
    [4, 3, 3, 4, 3, 3, 4, 3, 3],
    [3, 3, 2, 4, 3, 3, 3, 3, 3],
    [3, 3, 3, 4, 3, 4, 4, 2, 3],
    [4, 3, 3, 4, 4, 3, 3, 3, 2],
    [3, 2, 3, 4, 3, 3, 3, 3, 3],
    [3, 3, 3, 4, 3, 3, 4, 3, 3],
    [4, 3, 2, 4, 3, 4, 3, 2, 3],
    [3, 3, 3, 4, 3, 3, 3, 3, 3],
    [3, 3, 3, 4, 4, 3, 4, 3, 3],
    [3, 3, 3, 4, 3, 3, 3, 3, 2],
]


def rows(data: list[list[int | None]]) -> list[dict[str, int | None]]:
    return [dict(zip(KODE, r)) for r in data]


def test_worked_example_nrr_ikm_konversi_mutu() -> None:
    h = hitung(rows(CONTOH))
    nrr = {u.kode: u.nrr for u in h.unsur}
    assert nrr == {"U1": Fraction(33, 10), "U2": Fraction(29, 10), "U3": Fraction(28, 10), "U4": Fraction(4),
                   "U5": Fraction(32, 10), "U6": Fraction(32, 10), "U7": Fraction(34, 10), "U8": Fraction(28, 10),
                   "U9": Fraction(28, 10)}
    assert h.responden == 10
    assert h.ikm_teks == "3.1556"
    assert h.konversi_teks == "78.89"
    assert h.mutu is not None and (h.mutu.huruf, h.mutu.kinerja, h.mutu.nilai_persepsi) == ("B", "Baik", 3)
    assert [u.kode for u in h.terlemah()] == ["U3", "U8", "U9"]
    d = h.as_dict()
    assert d["ikm"] == 3.1556 and d["konversi"] == 78.89 and d["mutu"] == "B"
    assert d["unsur"][0]["nrr_tertimbang"] == round(3.3 / 9, 4)


def test_all_fours_is_exactly_four_and_grade_a() -> None:
    h = hitung(rows([[4] * 9] * 3))
    assert h.ikm == 4 and h.konversi_teks == "100.00" and h.mutu.huruf == "A"


def test_empty_answer_leaves_respondent_out_of_that_unsur_only() -> None:
    data = [list(r) for r in CONTOH]
    data[0][3] = None  # respondent 1 skipped U4
    data[1][0] = None  # respondent 2 skipped U1
    h = hitung(rows(data))
    u = {x.kode: x for x in h.unsur}
    assert (u["U4"].jumlah_responden, u["U4"].nrr) == (9, Fraction(4))
    assert (u["U1"].jumlah_responden, u["U1"].nrr) == (9, Fraction(30, 9))
    assert u["U2"].jumlah_responden == 10
    assert h.responden == 10


def test_respondent_with_no_answer_is_not_counted_and_unanswered_unsur_gives_no_ikm() -> None:
    h = hitung(rows([[None] * 9, [3] * 9]))
    assert h.responden == 1
    h2 = hitung(rows([[3, 3, 3, 3, 3, 3, 3, 3, None]]))
    assert h2.ikm is None and h2.mutu is None and h2.ikm_teks == "-"
    assert "U9" in h2.peringatan[0]


@pytest.mark.parametrize(
    ("ikm", "huruf"),
    [("1", "D"), ("2.5996", "D"), ("2.60", "C"), ("3.064", "C"), ("3.0644", "B"), ("3.532", "B"),
     ("3.5324", "A"), ("4", "A")],
)
def test_interval_table_boundaries(ikm: str, huruf: str) -> None:
    assert mutu_untuk(Fraction(ikm)).huruf == huruf


def test_gap_in_table_follows_printed_conversion() -> None:
    # 3,0642 lies between the table's 3,064 and 3,0644; ×25 = 76,605 prints as 76,61 → B.
    assert mutu_untuk(Fraction("3.0642")).huruf == "B"


def test_extra_unsur_with_weights_summing_to_one() -> None:
    bobot = {k: "0,1" for k in KODE}
    bobot["U10"] = "0.1"
    daftar = unsur_dengan_tambahan([("U10", "Kemudahan informasi daring")], bobot)
    assert sum(u.bobot for u in daftar) == 1
    data = [dict(zip(KODE + ["U10"], [4] * 9 + [1]))]
    h = hitung(data, daftar)
    assert h.ikm == Fraction(37, 10)  # 0,9 × 4 + 0,1 × 1
    with pytest.raises(DomainError, match="Jumlah bobot"):
        unsur_dengan_tambahan([("U10", "X")], {**{k: "0.1" for k in KODE}, "U10": "0.3"})
    with pytest.raises(DomainError, match="U10"):
        unsur_dengan_tambahan([("U10", "X")], {k: "0.1" for k in KODE})


def test_weights_typed_as_0111_are_accepted() -> None:
    daftar = unsur_dengan_tambahan([], {k: "0,111" for k in KODE})
    assert hitung(rows([[4] * 9]), daftar).ikm == 4


@pytest.mark.parametrize(("populasi", "minimum"), [(0, 0), (7, 7), (10, 10), (100, 80), (101, 86), (1000, 278),
                                                   (5000, 357), (2_000_000, 384)])
def test_sample_size_krejcie_morgan(populasi: int, minimum: int) -> None:
    assert sampel_minimum(populasi) == minimum


def test_sample_table_matches_krejcie_morgan_formula() -> None:
    # s = X²NP(1−P) / (d²(N−1) + X²P(1−P)), X² = 3,841, P = 0,5, d = 0,05 (Krejcie & Morgan 1970).
    for n, s in TABEL_SAMPEL:
        calc = 3.841 * n * 0.25 / (0.0025 * (n - 1) + 3.841 * 0.25)
        assert abs(calc - s) <= 1, (n, s, calc)
    assert all(a[0] < b[0] and a[1] <= b[1] for a, b in zip(TABEL_SAMPEL, TABEL_SAMPEL[1:]))


def test_sample_warning_when_too_few() -> None:
    h = hitung(rows(CONTOH), populasi=100)
    assert any("sampel minimum 80" in p for p in h.peringatan)
    assert not hitung(rows(CONTOH), populasi=10).peringatan


@pytest.mark.parametrize(
    ("value", "expected"),
    [(4, 4), (1.0, 1), ("3", 3), (" 2,0 ", 2), ("Sangat Baik", 4), ("baik", 3), ("Kurang  Baik", 2),
     ("TIDAK BAIK", 1), ("Sangat sesuai", 4), ("Sesuai", 3), ("kurang mudah", 2), ("Tidak cepat", 1),
     ("d. Sangat kompeten", 4), ("Sopan dan ramah", 3), ("Gratis", 4), ("Cukup mahal", 2),
     ("Dikelola dengan baik", 4), ("Tidak ada", 1), ("3 - Baik", 3), ("Baik (3)", 3),
     (None, None), ("", None), ("  ", None), ("-", None), (float("nan"), None)],
)
def test_parse_answers(value: object, expected: int | None) -> None:
    assert parse_jawaban(value) == expected


@pytest.mark.parametrize("value", [0, 5, 2.5, "5", "Lumayan", True, "4 - Tidak baik"])
def test_parse_bad_answers_say_what_is_expected(value: object) -> None:
    with pytest.raises(DomainError, match="seharusnya angka 1–4"):
        parse_jawaban(value)


def test_answer_texts_cover_the_four_levels_for_each_adjective() -> None:
    for adj in ("baik", "sesuai", "mudah", "cepat"):
        assert [JAWABAN_TEKS[f"{p}{adj}"] for p in ("sangat ", "", "kurang ", "tidak ")] == [4, 3, 2, 1]
    assert len(unsur_baku()) == 9 and math.isclose(float(sum(u.bobot for u in unsur_baku())), 1.0)
