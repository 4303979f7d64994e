"""Pangkat / golongan ruang (kinerja-asn.md §7)."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import (
    PNS_GOLONGAN,
    PPPK_GOLONGAN,
    Golongan,
    golongan_by_kode,
    parse_golongan,
)

PNS_TABLE = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
         "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]


def test_pns_table_exact() -> None:
    assert [(g.kode, g.pangkat) for g in PNS_GOLONGAN] == PNS_TABLE
    assert [g.rank for g in PNS_GOLONGAN] == list(range(1, 18))
    assert not any(g.is_pppk for g in PNS_GOLONGAN)


def test_pppk_table_exact() -> None:
    assert [g.kode for g in PPPK_GOLONGAN] == ROMAN
    assert [g.rank for g in PPPK_GOLONGAN] == list(range(1, 18))
    assert all(g.is_pppk and g.pangkat is None for g in PPPK_GOLONGAN)


@pytest.mark.parametrize("kode,pangkat", PNS_TABLE)
def test_each_pns_by_code_and_by_pangkat(kode: str, pangkat: str) -> None:
    g = golongan_by_kode(kode)
    assert g.pangkat == pangkat
    assert parse_golongan(kode) is g
    assert parse_golongan(pangkat) is g
    assert parse_golongan(pangkat.upper()) is g
    assert parse_golongan(f"{pangkat}, {kode}") is g
    assert parse_golongan(g.label) is g
    assert g.label == f"{pangkat}, {kode}"


@pytest.mark.parametrize("n,kode", list(enumerate(ROMAN, start=1)))
def test_each_pppk(n: int, kode: str) -> None:
    g = golongan_by_kode(kode)
    assert g.is_pppk and g.rank == n
    assert parse_golongan(kode) is g
    assert parse_golongan(kode, pppk=True) is g
    assert parse_golongan(f"Gol. {kode}") is g
    assert parse_golongan(str(n), pppk=True) is g
    assert g.label == f"Golongan {kode}"


@pytest.mark.parametrize(
    "text,kode",
    [
        ("III/a", "III/a"),
        ("III/A", "III/a"),
        ("III a", "III/a"),
        ("IIIa", "III/a"),
        ("III-a", "III/a"),
        ("3/a", "III/a"),
        ("III / b", "III/b"),
        ("iii/b", "III/b"),
        ("IV.c", "IV/c"),
        ("Penata Muda Tk. I, III/b", "III/b"),
        ("Penata Muda Tingkat I (III/b)", "III/b"),
        ("Penata Muda Tingkat Satu", "III/b"),
        ("Penata Muda Tingkat Satu, III/b", "III/b"),
        ("Pembina Tk. 1", "IV/b"),
        ("Juru Muda Tingkat Satu", "I/b"),
        ("Penata Muda Tk.I - III/b", "III/b"),
        ("Penata Muda Tkt. I / III/b", "III/b"),
        ("Pembina Tk.I, IV b", "IV/b"),
        ("Pengatur Muda Tk.I, II b", "II/b"),
        ("Pembina", "IV/a"),
        ("  pembina   utama  ", "IV/e"),
        ("Gol. Ruang III/d", "III/d"),
        ("Golongan III/d", "III/d"),
        ("IX", "IX"),
        ("Gol. IX", "IX"),
        ("IX (sembilan)", "IX"),
        ("Golongan VII", "VII"),
        ("xvii", "XVII"),
    ],
)
def test_parse_spellings(text: str, kode: str) -> None:
    assert parse_golongan(text).kode == kode


def test_parse_number_cell_for_pppk() -> None:
    assert parse_golongan(9, pppk=True).kode == "IX"
    assert parse_golongan(9.0).kode == "IX"


def test_parse_passthrough_golongan() -> None:
    g = golongan_by_kode("III/b")
    assert parse_golongan(g) is g
    with pytest.raises(DomainError):
        parse_golongan(g, pppk=True)


def test_pangkat_and_code_disagree() -> None:
    with pytest.raises(DomainError) as exc:
        parse_golongan("Penata, III/b")
    msg = exc.value.message
    assert "tidak cocok" in msg and "III/c" in msg and "III/b" in msg


def test_pangkat_tingkat_disagree() -> None:
    with pytest.raises(DomainError, match="tidak cocok"):
        parse_golongan("Penata Muda, III/b")


@pytest.mark.parametrize("text", ["III/e", "I/e", "II/e"])
def test_nonexistent_ruang(text: str) -> None:
    with pytest.raises(DomainError, match="tidak ada"):
        parse_golongan(text)


@pytest.mark.parametrize("text", ["abc", "XVIII", "V/a", "18", "III/b/c", "Kepala Seksi"])
def test_unknown(text: str) -> None:
    with pytest.raises(DomainError) as exc:
        parse_golongan(text)
    assert "III/b" in exc.value.message  # says what is expected


@pytest.mark.parametrize("text", [None, "", "   ", True])
def test_empty(text: object) -> None:
    with pytest.raises(DomainError):
        parse_golongan(text)


def test_roman_alone_for_pns_rejected() -> None:
    with pytest.raises(DomainError, match="huruf ruang"):
        parse_golongan("IX", pppk=False)
    with pytest.raises(DomainError, match="huruf ruang"):
        parse_golongan("III", pppk=False)


def test_roman_alone_defaults_to_pppk() -> None:
    assert parse_golongan("III").is_pppk


def test_pns_code_for_pppk_rejected() -> None:
    with pytest.raises(DomainError, match="PPPK"):
        parse_golongan("III/a", pppk=True)
    with pytest.raises(DomainError, match="PPPK"):
        parse_golongan("Pembina", pppk=True)


def test_golongan_by_kode_strict() -> None:
    assert golongan_by_kode("IV/e").pangkat == "Pembina Utama"
    for bad in ("III/A", "iii/a", "Pembina", "", "XVIII"):
        with pytest.raises(DomainError, match="tidak dikenal"):
            golongan_by_kode(bad)


def test_sorting() -> None:
    mixed = [golongan_by_kode(k) for k in ("IX", "IV/a", "I/a", "III/b", "V")]
    assert [g.kode for g in sorted(mixed, key=lambda g: g.sort_key)] == ["I/a", "III/b", "IV/a", "V", "IX"]
    assert isinstance(mixed[0], Golongan) and str(mixed[0]) == "IX"
