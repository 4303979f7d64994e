"""NIP / NI PPPK (kinerja-asn.md §7)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.enums import JenisKelamin
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import NipInfo, NipKind, clean_nip, format_nip, nip_warnings, parse_nip

TODAY = date(2026, 6, 1)
PNS = "198609262015051001"
PPPK = "199704152024211001"


# ----------------------------------------------------------------- clean_nip


@pytest.mark.parametrize(
    "raw",
    [
        PNS,
        "19860926 201505 1 001",
        "  19860926 201505 1 001  ",
        "19860926\u00a0201505\u00a01\u00a0001",
        "19860926\t201505\t1\t001",
        "'198609262015051001",
        "\u2019198609262015051001",
        "19860926.201505.1.001",
        "19860926-201505-1-001",
        "NIP. 19860926 201505 1 001",
        "NIP: 198609262015051001",
    ],
)
def test_clean_nip_accepts_text_with_separators(raw: str) -> None:
    assert clean_nip(raw) == PNS


@pytest.mark.parametrize("raw", [198609262015051001, 1.98609262015051e17, 123456789])
def test_clean_nip_rejects_numbers_with_excel_hint(raw: object) -> None:
    with pytest.raises(DomainError) as exc:
        clean_nip(raw)
    msg = exc.value.message
    assert "angka" in msg
    assert "Teks" in msg and "petik" in msg


def test_clean_nip_rejects_decimal() -> None:
    from decimal import Decimal

    with pytest.raises(DomainError, match="tersimpan sebagai angka"):
        clean_nip(Decimal("198609262015051001"))


def test_clean_nip_rejects_scientific_text() -> None:
    with pytest.raises(DomainError, match="angka ilmiah"):
        clean_nip("1.98609E+17")
    with pytest.raises(DomainError, match="angka ilmiah"):
        clean_nip("1,98609E+17")


@pytest.mark.parametrize("raw", [None, "", "   ", "'"])
def test_clean_nip_empty(raw: object) -> None:
    with pytest.raises(DomainError, match="NIP kosong"):
        clean_nip(raw)


def test_clean_nip_rejects_letters() -> None:
    with pytest.raises(DomainError, match="hanya boleh berisi angka; ditemukan karakter 'O'"):
        clean_nip("19860926 2O1505 1 001")


def test_clean_nip_rejects_other_types() -> None:
    with pytest.raises(DomainError):
        clean_nip(["198609262015051001"])
    with pytest.raises(DomainError):
        clean_nip(True)


def test_domain_error_message_attribute() -> None:
    with pytest.raises(DomainError) as exc:
        clean_nip("")
    assert str(exc.value) == exc.value.message
    assert isinstance(exc.value, ValueError)


# ----------------------------------------------------------------- parse_nip


def test_parse_pns() -> None:
    info = parse_nip(PNS, today=TODAY)
    assert info == NipInfo(PNS, NipKind.PNS, date(1986, 9, 26), 2015, 5, JenisKelamin.L, 1)
    assert info.formatted == "19860926 201505 1 001"
    assert info.label == "NIP"


def test_parse_pns_female_and_spaced_input() -> None:
    info = parse_nip("'19900101 201803 2 015", today=TODAY)
    assert info.kind is NipKind.PNS
    assert info.jenis_kelamin is JenisKelamin.P
    assert info.urut == 15
    assert (info.tmt_tahun, info.tmt_bulan) == (2018, 3)


def test_parse_pppk_detected_from_marker() -> None:
    info = parse_nip(PPPK, today=TODAY)
    assert info.kind is NipKind.PPPK
    assert info.tanggal_lahir == date(1997, 4, 15)
    assert info.tmt_tahun == 2024 and info.tmt_bulan is None
    assert info.jenis_kelamin is JenisKelamin.L and info.urut == 1
    assert info.formatted == "19970415 2024 21 1 001"
    assert info.label == "NI PPPK"


def test_parse_pppk_explicit() -> None:
    assert parse_nip(PPPK, pppk=True, today=TODAY).kind is NipKind.PPPK


def test_parse_pppk_forced_pns_gives_month_error_with_hint() -> None:
    with pytest.raises(DomainError) as exc:
        parse_nip(PPPK, pppk=False, today=TODAY)
    assert "bulan 21" in exc.value.message
    assert "PPPK" in exc.value.message


def test_parse_pppk_lenient_when_pattern_differs() -> None:
    # Caller says PPPK but there is no "21" marker: pattern unconfirmed → accept.
    info = parse_nip(PNS, pppk=True, today=TODAY)
    assert info.kind is NipKind.PPPK
    assert info.tanggal_lahir == date(1986, 9, 26)
    assert info.jenis_kelamin is None and info.tmt_tahun is None
    assert info.formatted == "19860926 201505 1 001"


def test_parse_pppk_still_validates_birth_date() -> None:
    with pytest.raises(DomainError, match="bukan tanggal lahir yang valid"):
        parse_nip("199713152024211001", pppk=True, today=TODAY)


def test_parse_pppk_with_marker_validates_gender() -> None:
    with pytest.raises(DomainError, match="Digit ke-15 NIP \\(3\\)"):
        parse_nip("199704152024213001", pppk=True, today=TODAY)


def test_parse_lama() -> None:
    info = parse_nip("010123456", today=TODAY)
    assert info.kind is NipKind.LAMA
    assert info.tanggal_lahir is None and info.jenis_kelamin is None
    assert info.formatted == "010123456"


def test_parse_lama_not_allowed_for_pppk() -> None:
    with pytest.raises(DomainError, match="NI PPPK harus 18 digit, ditemukan 9 digit"):
        parse_nip("010123456", pppk=True, today=TODAY)


@pytest.mark.parametrize("raw,n", [("19860926201505100", 17), ("1986092620150510011", 19), ("1234", 4)])
def test_parse_wrong_length(raw: str, n: int) -> None:
    with pytest.raises(DomainError, match=f"NIP harus 18 digit, ditemukan {n} digit"):
        parse_nip(raw, today=TODAY)


def test_parse_bad_birth_date() -> None:
    with pytest.raises(DomainError) as exc:
        parse_nip("198613312015051001", today=TODAY)
    assert "8 digit pertama NIP (19861331) bukan tanggal lahir yang valid" in exc.value.message


@pytest.mark.parametrize("raw", ["193001012015051001", "202701012015051001"])
def test_parse_implausible_birth_year(raw: str) -> None:
    with pytest.raises(DomainError, match="tahun lahir harus antara 1940 dan 2026"):
        parse_nip(raw, today=TODAY)


def test_parse_birth_date_in_future_rejected() -> None:
    with pytest.raises(DomainError, match="masuk akal"):
        parse_nip("202612012015051001", today=TODAY)


def test_parse_bad_gender_digit() -> None:
    with pytest.raises(DomainError) as exc:
        parse_nip("198609262015053001", today=TODAY)
    assert "Digit ke-15 NIP (3) harus 1 (laki-laki) atau 2 (perempuan)" in exc.value.message


@pytest.mark.parametrize("raw", ["198609262015001001", "198609262015131001"])
def test_parse_bad_tmt_month(raw: str) -> None:
    with pytest.raises(DomainError, match="bukan TMT CPNS yang valid"):
        parse_nip(raw, today=TODAY)


def test_parse_tmt_too_early() -> None:
    with pytest.raises(DomainError, match="paling cepat 15 tahun setelah tahun lahir \\(1986\\)"):
        parse_nip("198609262000051001", today=TODAY)


def test_parse_tmt_in_future() -> None:
    with pytest.raises(DomainError, match="masa depan"):
        parse_nip("198609262030051001", today=TODAY)


def test_parse_number_rejected() -> None:
    with pytest.raises(DomainError, match="Teks"):
        parse_nip(198609262015051001, today=TODAY)


def test_parse_without_today_uses_clock() -> None:
    assert parse_nip(PNS).kind is NipKind.PNS


# ----------------------------------------------------------------- format_nip


def test_format_nip() -> None:
    assert format_nip(PNS) == "19860926 201505 1 001"
    assert format_nip(PPPK) == "19970415 2024 21 1 001"
    assert format_nip("010123456") == "010123456"
    assert format_nip("19860926 201505 1 001") == "19860926 201505 1 001"
    assert format_nip("") == ""
    assert format_nip(PNS, NipKind.PPPK) == "19860926 201505 1 001"


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_format_then_clean_roundtrip(digits: str) -> None:
    formatted = format_nip(digits)
    assert clean_nip(formatted) == digits
    assert format_nip(clean_nip(formatted)) == formatted


@given(
    st.dates(min_value=date(1940, 1, 1), max_value=date(2000, 12, 31)),
    st.integers(min_value=0, max_value=10),
    st.integers(min_value=1, max_value=12),
    st.sampled_from("12"),
    st.integers(min_value=0, max_value=999),
)
def test_parse_pns_roundtrip(born: date, after: int, bulan: int, g: str, urut: int) -> None:
    tahun = born.year + 15 + after
    digits = f"{born:%Y%m%d}{tahun:04d}{bulan:02d}{g}{urut:03d}"
    info = parse_nip(format_nip(digits), pppk=False, today=TODAY)
    assert info.digits == digits
    assert info.tanggal_lahir == born
    assert (info.tmt_tahun, info.tmt_bulan, info.urut) == (tahun, bulan, urut)
    assert info.jenis_kelamin is (JenisKelamin.L if g == "1" else JenisKelamin.P)


# ----------------------------------------------------------------- nip_warnings


def test_warnings_none_when_consistent() -> None:
    info = parse_nip(PNS, today=TODAY)
    assert nip_warnings(
        info, tanggal_lahir=date(1986, 9, 26), jenis_kelamin=JenisKelamin.L, tmt_cpns=date(2015, 5, 1)
    ) == []
    assert nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=None) == []


def test_warnings_all_mismatches() -> None:
    info = parse_nip(PNS, today=TODAY)
    w = nip_warnings(
        info, tanggal_lahir=date(1968, 2, 8), jenis_kelamin=JenisKelamin.P, tmt_cpns=date(2016, 1, 1)
    )
    assert len(w) == 3
    assert "8 Februari 1968" in w[0] and "26 September 1986" in w[0]
    assert "Perempuan" in w[1] and "1 = Laki-laki" in w[1]
    assert "Januari 2016" in w[2] and "Mei 2015" in w[2]


def test_warnings_pppk_year_only_and_unusual_pattern() -> None:
    info = parse_nip(PPPK, today=TODAY)
    assert nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=date(2024, 3, 1)) == []
    w = nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=date(2023, 3, 1))
    assert len(w) == 1 and "2023" in w[0] and "NI PPPK" in w[0]
    odd = parse_nip(PNS, pppk=True, today=TODAY)
    w = nip_warnings(odd, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=None)
    assert len(w) == 1 and "tidak seperti biasanya" in w[0]


def test_warnings_lama_has_nothing_to_check() -> None:
    info = parse_nip("010123456", today=TODAY)
    assert nip_warnings(
        info, tanggal_lahir=date(1960, 1, 1), jenis_kelamin=JenisKelamin.L, tmt_cpns=date(1985, 3, 1)
    ) == []
