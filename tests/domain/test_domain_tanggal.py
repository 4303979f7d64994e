"""Date parsing and formatting (Indonesian conventions, Excel serials)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.tanggal import (
    NAMA_BULAN,
    excel_serial_to_date,
    format_tanggal,
    format_tanggal_pendek,
    parse_tanggal,
    parse_tempat_tanggal,
)

FEB1 = date(1980, 2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "01-02-1980",
        "01/02/1980",
        "1-2-1980",
        "1/2/1980",
        "01.02.1980",
        "1980-02-01",
        "1980/02/01",
        "1980-02-01T00:00:00",
        "1980-02-01 00:00:00",
        "1980-02-01T08:30:00+08:00",
        "01/02/1980 00:00",
        "1 Februari 1980",
        "01 FEBRUARI 1980",
        "1 februari 1980",
        "1 Pebruari 1980",
        "1 Peb 1980",
        "1 Feb 1980",
        "1 Feb. 1980",
        "01-Feb-1980",
        "1 February 1980",
        "February 1, 1980",
        "Feb 1 1980",
        "Jumat, 1 Februari 1980",
        "  1   Februari   1980 ",
        "19800201",
        "29252",
    ],
)
def test_parse_text_variants(text: str) -> None:
    assert parse_tanggal(text) == FEB1


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1 Nopember 1980", date(1980, 11, 1)),
        ("1 Nop 1980", date(1980, 11, 1)),
        ("17 Agt 1945", date(1945, 8, 17)),
        ("17 Agust 1945", date(1945, 8, 17)),
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("17 August 1945", date(1945, 8, 17)),
        ("31 Des 2025", date(2025, 12, 31)),
        ("31 December 2025", date(2025, 12, 31)),
        ("5 Mei 1970", date(1970, 5, 5)),
        ("5 May 1970", date(1970, 5, 5)),
        ("12 Okt 1990", date(1990, 10, 12)),
        ("12 Oct 1990", date(1990, 10, 12)),
        ("12-10-1990", date(1990, 10, 12)),  # day-first, never m/d
        ("29 Februari 2024", date(2024, 2, 29)),
    ],
)
def test_parse_month_names(text: str, expected: date) -> None:
    assert parse_tanggal(text) == expected


def test_parse_date_objects() -> None:
    assert parse_tanggal(FEB1) is FEB1
    assert parse_tanggal(datetime(1980, 2, 1, 13, 45)) == FEB1


def test_excel_serials() -> None:
    assert parse_tanggal(29252) == FEB1
    assert parse_tanggal(29252.75) == FEB1  # time fraction dropped
    assert parse_tanggal(45658) == date(2025, 1, 1)
    assert parse_tanggal(19800201) == FEB1  # YYYYMMDD typed as a number


def test_excel_leap_bug_offset() -> None:
    # Serial 61 is 1 March 1900 in Excel (serial 60 is the fictitious 29 Feb 1900);
    # such early dates are outside the plausible range and therefore rejected.
    with pytest.raises(DomainError, match="masuk akal"):
        excel_serial_to_date(61)
    with pytest.raises(DomainError, match="masuk akal"):
        excel_serial_to_date(60)
    # A year typed as a number (1980) is not read as 2 June 1905.
    with pytest.raises(DomainError, match="nomor seri tanggal Excel"):
        parse_tanggal(1980)
    with pytest.raises(DomainError):
        parse_tanggal(float("nan"))
    with pytest.raises(DomainError):
        parse_tanggal(10_000_000)


@pytest.mark.parametrize(
    "value", ["31-02-1980", "30 Februari 1980", "29-02-1981", "13/13/1980", "1980-13-01"]
)
def test_invalid_dates(value: str) -> None:
    with pytest.raises(DomainError, match="bukan tanggal yang valid"):
        parse_tanggal(value)


@pytest.mark.parametrize("value", ["foo", "1 Foo 1980", "1980", "02/1980", "Februari 1980", True, [1]])
def test_unknown_dates(value: object) -> None:
    with pytest.raises(DomainError) as exc:
        parse_tanggal(value)
    assert "gunakan misalnya 01-02-1980 atau 1 Februari 1980" in exc.value.message


def test_two_digit_year_rejected_with_hint() -> None:
    with pytest.raises(DomainError, match="4 digit"):
        parse_tanggal("01-02-80")


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty(value: object) -> None:
    with pytest.raises(DomainError, match="kosong"):
        parse_tanggal(value)


# ----------------------------------------------------------------- tempat, tanggal lahir


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kupang, 8 Pebruari 1968", ("Kupang", date(1968, 2, 8))),
        ("KUPANG / 08-02-1968", ("Kupang", date(1968, 2, 8))),
        ("Kupang 08-02-1968", ("Kupang", date(1968, 2, 8))),
        ("kupang,08/02/1968", ("Kupang", date(1968, 2, 8))),
        ("KOTA KUPANG, 8 Februari 1968", ("Kota Kupang", date(1968, 2, 8))),
        ("TANJUNG PINANG , 1968-02-08", ("Tanjung Pinang", date(1968, 2, 8))),
        ("SoE, 8 Feb 1968", ("SoE", date(1968, 2, 8))),
        ("Kupang", ("Kupang", None)),
        ("08-02-1968", (None, date(1968, 2, 8))),
        ("", (None, None)),
    ],
)
def test_parse_tempat_tanggal(text: str, expected: tuple[str | None, date | None]) -> None:
    assert parse_tempat_tanggal(text) == expected


def test_parse_tempat_tanggal_bad_date_raises() -> None:
    with pytest.raises(DomainError):
        parse_tempat_tanggal("Kupang, 31-02-1968")


# ----------------------------------------------------------------- formatting


def test_format() -> None:
    assert format_tanggal(date(1968, 2, 8)) == "8 Februari 1968"
    assert format_tanggal_pendek(date(1968, 2, 8)) == "08-02-1968"
    assert format_tanggal(None) == "" and format_tanggal_pendek(None) == ""
    assert len(NAMA_BULAN) == 12 and NAMA_BULAN[0] == "Januari" and NAMA_BULAN[11] == "Desember"


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2100, 12, 31)))
def test_format_parse_roundtrip(d: date) -> None:
    assert parse_tanggal(format_tanggal(d)) == d
    assert parse_tanggal(format_tanggal_pendek(d)) == d
    assert parse_tanggal(d.isoformat()) == d


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2100, 12, 31)))
def test_excel_serial_roundtrip(d: date) -> None:
    serial = (d - date(1899, 12, 30)).days
    assert parse_tanggal(serial) == d


def test_year_only_hints() -> None:
    with pytest.raises(DomainError, match="hanya berisi tahun"):
        parse_tanggal("1980")
    with pytest.raises(DomainError) as exc:
        parse_tanggal(1980)
    assert "hanya tahun" in exc.value.message
    assert "Gunakan misalnya 01-02-1980 atau 1 Februari 1980" in exc.value.message


def test_decimal_and_numpy_like_numbers() -> None:
    from decimal import Decimal

    with pytest.raises(DomainError):
        parse_tanggal(Decimal("29252"))  # not a float: unknown, never guessed


# ----------------------------------------------------------------- typed in a form field

from asn_desktop.domain.tanggal import parse_tanggal_ketikan  # noqa: E402

_TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "typed", ["01102026", "01-10-2026", "1-10-2026", "01/10/2026", "01/10/26", "011026", "1 Okt 2026",
              "1 Oktober 2026", "2026-10-01"],
)
def test_typed_dates_as_people_type_them(typed: str) -> None:
    assert parse_tanggal_ketikan(typed, _TODAY) == date(2026, 10, 1)


def test_eight_digits_day_first_or_year_first_whichever_is_a_date() -> None:
    assert parse_tanggal("01102026") == date(2026, 10, 1)  # ddmmyyyy, not "bulan 20"
    assert parse_tanggal("19800201") == FEB1  # yyyymmdd from a system export
    assert parse_tanggal(19800201) == FEB1


def test_two_digit_years_in_a_form_are_read_in_the_century_that_makes_sense() -> None:
    assert parse_tanggal_ketikan("08/02/68", _TODAY) == date(1968, 2, 8)  # a birth date
    assert parse_tanggal_ketikan("01/01/30", _TODAY) == date(2030, 1, 1)  # a few years ahead
    with pytest.raises(DomainError, match="4 digit"):
        parse_tanggal("01-02-80")  # spreadsheets stay strict


@pytest.mark.parametrize("typed", ["31022026", "32-01-2026", "foo", "2026", "31/02/26"])
def test_a_wrong_typed_date_says_the_expected_form(typed: str) -> None:
    with pytest.raises(DomainError) as exc:
        parse_tanggal_ketikan(typed, _TODAY)
    assert "hh-bb-tttt" in exc.value.message and "01102026" in exc.value.message
    assert f'"{typed}"' in exc.value.message or "tahun" in exc.value.message
