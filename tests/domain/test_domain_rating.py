"""Ratings, predicate matrix, distribution curve, angka kredit (kinerja-asn.md §5)."""

from __future__ import annotations

import pytest

from asn_desktop.domain.enums import JenjangFungsional, Predikat, PredikatOrganisasi, Rating
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.rating import (
    CURVE_RULES,
    KOEFISIEN_TAHUNAN,
    PANDUAN_RATING_HASIL,
    PANDUAN_RATING_PERILAKU,
    PERSENTASE_AK,
    PREDIKAT_ORDER,
    angka_kredit,
    check_distribution,
    predikat_kinerja,
    predikat_rank,
)

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH
SB, BA, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)
Org = PredikatOrganisasi


# ----------------------------------------------------------------- matrix (all 9 cells)


@pytest.mark.parametrize(
    "hasil,perilaku,expected",
    [
        (A, B, K), (A, S, BA), (A, A, SB),
        (S, B, K), (S, S, BA), (S, A, BA),
        (B, B, SK), (B, S, BP), (B, A, BP),
    ],
)
def test_matrix(hasil: Rating, perilaku: Rating, expected: Predikat) -> None:
    assert predikat_kinerja(hasil, perilaku) is expected


def test_matrix_accepts_stored_codes() -> None:
    assert predikat_kinerja("di_atas", "di_atas") is SB  # type: ignore[arg-type]


def test_matrix_rejects_unknown() -> None:
    with pytest.raises(DomainError, match="Sesuai Ekspektasi"):
        predikat_kinerja("hebat", S)  # type: ignore[arg-type]


def test_order_rank_and_persentase() -> None:
    assert PREDIKAT_ORDER == (SB, BA, BP, K, SK)
    ranks = [predikat_rank(p) for p in PREDIKAT_ORDER]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == 5
    assert sorted(Predikat, key=predikat_rank, reverse=True) == list(PREDIKAT_ORDER)
    assert [PERSENTASE_AK[p] for p in PREDIKAT_ORDER] == [150, 100, 75, 50, 25]
    assert K.label == "Kurang/Misconduct"


def test_panduan_texts() -> None:
    assert set(PANDUAN_RATING_HASIL) == set(Rating) == set(PANDUAN_RATING_PERILAKU)
    assert "tidak ada hasil kerja utama" in PANDUAN_RATING_HASIL[A]
    assert "sebagian kecil" in PANDUAN_RATING_HASIL[S]
    assert "di bawah ekspektasi" in PANDUAN_RATING_HASIL[B]
    assert all("BerAKHLAK" in t for t in PANDUAN_RATING_PERILAKU.values())


# ----------------------------------------------------------------- curve


def dist(**kw: int) -> dict[Predikat, int]:
    names = {"sb": SB, "b": BA, "bp": BP, "k": K, "sk": SK}
    return {names[k]: v for k, v in kw.items()}


def test_rules_text_for_every_org() -> None:
    assert set(CURVE_RULES) == set(Org)
    assert "70 %" in CURVE_RULES[Org.ISTIMEWA]
    assert "tidak boleh ada Sangat Baik" in CURVE_RULES[Org.SANGAT_KURANG]


def test_empty_unit_ok_with_note() -> None:
    for org in Org:
        r = check_distribution(org, {})
        assert r.ok and r.total == 0
        assert len(r.messages) == 1 and "belum dapat diperiksa" in r.messages[0]
        assert r.rule_text == CURVE_RULES[org]
        assert r.counts == {p: 0 for p in PREDIKAT_ORDER}


# Istimewa: at most 70 % Sangat Baik


def test_istimewa_exactly_70_ok() -> None:
    r = check_distribution(Org.ISTIMEWA, dist(sb=7, b=3))
    assert r.ok and r.messages == []
    assert r.shares[SB] == pytest.approx(0.7)
    assert r.total == 10 and r.counts[SB] == 7 and r.counts[SK] == 0


def test_istimewa_70_1_warns() -> None:
    r = check_distribution(Org.ISTIMEWA, dist(sb=701, b=299))
    assert not r.ok
    (msg,) = r.messages
    assert "Sangat Baik paling banyak 70 %" in msg
    assert "70,1 %" in msg and "701 dari 1000 pegawai" in msg
    assert "SE MenPANRB 3/2023" in msg


def test_istimewa_rest_any() -> None:
    assert check_distribution(Org.ISTIMEWA, dist(b=1, bp=1, k=1, sk=1)).ok


# Baik: at most 70 % Baik, must have some BP and/or Kurang


def test_baik_ok() -> None:
    assert check_distribution(Org.BAIK, dist(sb=2, b=7, bp=1)).ok
    assert check_distribution(Org.BAIK, dist(b=7, k=1, sk=2)).ok


def test_baik_without_bp_or_kurang_warns() -> None:
    r = check_distribution(Org.BAIK, dist(sb=3, b=7))
    assert not r.ok
    (msg,) = r.messages
    assert "harus ada" in msg and "Butuh Perbaikan dan/atau Kurang/Misconduct" in msg
    assert "0 dari 10" in msg


def test_baik_over_70_warns() -> None:
    r = check_distribution(Org.BAIK, dist(b=8, bp=2))
    assert not r.ok
    assert "Baik paling banyak 70 %" in r.messages[0] and "80 %" in r.messages[0]


def test_baik_both_violations() -> None:
    r = check_distribution(Org.BAIK, dist(b=10))
    assert len(r.messages) == 2


# Butuh Perbaikan: >= 60 % BP, SB <= 10 %


def test_butuh_perbaikan_boundaries() -> None:
    assert check_distribution(Org.BUTUH_PERBAIKAN, dist(bp=6, sb=1, b=3)).ok
    r = check_distribution(Org.BUTUH_PERBAIKAN, dist(bp=5, sb=2, b=3))
    assert not r.ok and len(r.messages) == 2
    assert "Butuh Perbaikan paling sedikit 60 %" in r.messages[0] and "50 %" in r.messages[0]
    assert "Sangat Baik paling banyak 10 %" in r.messages[1] and "20 %" in r.messages[1]


# Kurang: >= 60 % Kurang, >= 10 % BP, SB <= 10 %


def test_kurang_boundaries() -> None:
    assert check_distribution(Org.KURANG, dist(k=6, bp=1, sb=1, b=1, sk=1)).ok
    r = check_distribution(Org.KURANG, dist(k=6, b=4))
    assert not r.ok
    (msg,) = r.messages
    assert "Butuh Perbaikan paling sedikit 10 %" in msg and "0 dari 10" in msg
    r = check_distribution(Org.KURANG, dist(k=5, bp=1, sb=2, b=2))
    assert len(r.messages) == 2


# Sangat Kurang: >= 60 % SK, >= 10 % K and/or BP, no SB


def test_sangat_kurang_ok() -> None:
    assert check_distribution(Org.SANGAT_KURANG, dist(sk=6, k=1, b=3)).ok
    assert check_distribution(Org.SANGAT_KURANG, dist(sk=6, bp=1, b=3)).ok


def test_sangat_kurang_with_one_sangat_baik_warns() -> None:
    r = check_distribution(Org.SANGAT_KURANG, dist(sk=7, k=2, sb=1))
    assert not r.ok
    (msg,) = r.messages
    assert "tidak boleh ada predikat Sangat Baik" in msg and "1 dari 10" in msg


def test_sangat_kurang_shortfalls() -> None:
    r = check_distribution(Org.SANGAT_KURANG, dist(sk=5, b=5))
    assert len(r.messages) == 2
    assert "Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10 %" in r.messages[1]


def test_small_unit_rounding_only_warns() -> None:
    # 3 people, org Butuh Perbaikan: 2/3 = 66.7 % BP is fine; 1/3 SB = 33.3 % > 10 % → warning.
    r = check_distribution(Org.BUTUH_PERBAIKAN, dist(bp=2, sb=1))
    assert not r.ok and "33,3 %" in r.messages[0]


# The curve rules as a table, one row per boundary (SE MenPANRB 3/2023, kinerja-asn.md §5):
# (organisation predicate, predicates of a ten-person unit, ok, fragment of the warning).
# The service level (ratings stored, counted per unit) is sampled in tests/penilaian/test_penilaian_kurva.py.
CURVE_TABLE = [
    (Org.ISTIMEWA, [SB] * 7 + [BA] * 3, True, ""),  # exactly 70 % allowed
    (Org.ISTIMEWA, [SB] * 8 + [BA] * 2, False, "paling banyak 70 %, saat ini 80 %"),
    (Org.BAIK, [BA] * 7 + [BP] + [SB] * 2, True, ""),
    (Org.BAIK, [BA] * 7 + [SB] * 3, False, "harus ada pegawai"),
    (Org.BAIK, [BA] * 8 + [K] * 2, False, "Baik paling banyak 70 %"),
    (Org.BUTUH_PERBAIKAN, [BP] * 6 + [SB] + [BA] * 3, True, ""),  # 60 % and 10 % exactly
    (Org.BUTUH_PERBAIKAN, [BP] * 5 + [BA] * 5, False, "paling sedikit 60 %, saat ini 50 %"),
    (Org.BUTUH_PERBAIKAN, [BP] * 6 + [SB] * 2 + [BA] * 2, False, "Sangat Baik paling banyak 10 %"),
    (Org.KURANG, [K] * 6 + [BP] + [SB] + [BA] * 2, True, ""),
    (Org.KURANG, [K] * 6 + [BA] * 4, False, "Butuh Perbaikan paling sedikit 10 %"),
    (Org.SANGAT_KURANG, [SK] * 6 + [K] + [BA] * 3, True, ""),
    (Org.SANGAT_KURANG, [SK] * 6 + [K] + [SB] + [BA] * 2, False, "tidak boleh ada predikat Sangat Baik"),
    (Org.SANGAT_KURANG, [SK] * 6 + [BA] * 4, False, "paling sedikit 10 %"),
]


@pytest.mark.parametrize(("org", "preds", "ok", "fragment"), CURVE_TABLE,
                         ids=[f"{c[0].value}-{'ok' if c[2] else 'warn'}-{i}" for i, c in enumerate(CURVE_TABLE)])
def test_curve_table(org: PredikatOrganisasi, preds: list[Predikat], ok: bool, fragment: str) -> None:
    r = check_distribution(org, {p: preds.count(p) for p in PREDIKAT_ORDER})
    assert r.total == 10 and r.counts == {p: preds.count(p) for p in PREDIKAT_ORDER}
    assert r.ok is ok
    if ok:
        assert r.messages == []
    else:
        assert any(fragment in w for w in r.messages), r.messages
        assert all("SE MenPANRB 3/2023" in w for w in r.messages)


def test_counts_accept_string_keys_and_validate() -> None:
    r = check_distribution(Org.ISTIMEWA, {"sangat_baik": 1, "baik": 1})  # type: ignore[dict-item]
    assert r.counts[SB] == 1 and r.ok
    with pytest.raises(DomainError, match="tidak dikenal"):
        check_distribution(Org.ISTIMEWA, {"luar_biasa": 1})  # type: ignore[dict-item]
    with pytest.raises(DomainError, match="negatif"):
        check_distribution(Org.ISTIMEWA, {SB: -1})


# ----------------------------------------------------------------- angka kredit


def test_koefisien() -> None:
    assert set(KOEFISIEN_TAHUNAN) == set(JenjangFungsional)
    assert KOEFISIEN_TAHUNAN[JenjangFungsional.AHLI_PERTAMA] == 12.5


def test_angka_kredit_reference_examples() -> None:
    assert angka_kredit(BA, 12.5) == 12.5
    assert angka_kredit(BA, 12.5, 12) == 12.5
    assert angka_kredit(SB, 12.5, 3) == 4.688  # 3/12 × 150 % × 12.5 = 4.6875 → half-up
    assert angka_kredit(SB, 12.5) == 18.75
    assert angka_kredit(SK, 12.5) == 3.125


@pytest.mark.parametrize("p", list(Predikat))
def test_angka_kredit_per_predikat(p: Predikat) -> None:
    assert angka_kredit(p, 100.0) == PERSENTASE_AK[p]
    assert angka_kredit(p, 12.0, 1) == pytest.approx(PERSENTASE_AK[p] / 100)


def test_angka_kredit_half_up_rounding() -> None:
    # 1/12 × 100 % × 0.0125 = 0.00104166… → 0.001; 5/12 × 75 % × 3.75 = 1.171875 → 1.172
    assert angka_kredit(BA, 0.0125, 1) == 0.001
    assert angka_kredit(BP, 3.75, 5) == 1.172


@pytest.mark.parametrize("bulan", [0, 13, -1, 1.5, True])
def test_angka_kredit_bad_months(bulan: object) -> None:
    with pytest.raises(DomainError, match="1 sampai 12"):
        angka_kredit(BA, 12.5, bulan)  # type: ignore[arg-type]


def test_angka_kredit_bad_koefisien() -> None:
    with pytest.raises(DomainError, match="Koefisien"):
        angka_kredit(BA, -1.0)


def test_jenjang_per_bulan_splits_where_the_jenjang_changed() -> None:
    from datetime import date

    from asn_desktop.domain.rating import KOEFISIEN_TAHUNAN, angka_kredit_masa, jenjang_per_bulan

    ap, am = JenjangFungsional.AHLI_PERTAMA, JenjangFungsional.AHLI_MUDA
    riwayat = [(date(2026, 7, 1), am), (date(2021, 1, 1), ap)]  # unsorted on purpose
    masa = jenjang_per_bulan(riwayat, 2026, 1, 12)
    assert [(m.jenjang, m.bulan_mulai, m.bulan_selesai) for m in masa] == [(ap, 1, 6), (am, 7, 12)]
    # Peraturan BKN 3/2023: 6/12 × 100 % × 12.5 + 6/12 × 100 % × 25
    assert angka_kredit_masa(BA, masa, KOEFISIEN_TAHUNAN) == 18.75
    # a TMT in the middle of a month counts from the next month
    assert [m.bulan for m in jenjang_per_bulan([(date(2026, 2, 15), am)], 2026, 1, 3)] == [2, 1]
    # before the first TMT nothing is known: those months add nothing
    unknown = jenjang_per_bulan([(date(2026, 3, 1), am)], 2026, 1, 3)
    assert unknown[0].jenjang is None and angka_kredit_masa(BA, unknown, KOEFISIEN_TAHUNAN) == 2.083
    assert angka_kredit_masa(BA, unknown[:1], KOEFISIEN_TAHUNAN) is None
    with pytest.raises(DomainError):
        jenjang_per_bulan(riwayat, 2026, 4, 2)
