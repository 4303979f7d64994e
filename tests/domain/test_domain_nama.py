"""Gelar splitting, name formatting and search keys."""

from __future__ import annotations

import pytest

from asn_desktop.domain.nama import digits_only, format_nama, nama_berkas, rapikan_titik, search_key, split_gelar


@pytest.mark.parametrize(
    "full,expected",
    [
        ("Drs. H. Yohanes Benu, M.Si", ("Drs. H.", "Yohanes Benu", "M.Si")),
        ("dr. Maria Ndolu", ("dr.", "Maria Ndolu", "")),
        ("Ir. Hj. Siti Aminah, S.T., M.T.", ("Ir. Hj.", "Siti Aminah", "S.T., M.T.")),
        ("Agustinus Lau, S.Sos", ("", "Agustinus Lau", "S.Sos")),
        ("ABDUL RAHMAN, SE", ("", "ABDUL RAHMAN", "SE")),
        ("Dra. Ni Made Sari, M.AP", ("Dra.", "Ni Made Sari", "M.AP")),
        ("Prof. Dr. Ir. Budi, M.Sc., Ph.D.", ("Prof. Dr. Ir.", "Budi", "M.Sc., Ph.D.")),
        ("Yohanes Benu", ("", "Yohanes Benu", "")),
        ("  Drs.  H.  Yohanes   Benu ,  M.Si  ", ("Drs. H.", "Yohanes Benu", "M.Si")),
        ("Taufik Rohman,S.Pd.,M.Pd.", ("", "Taufik Rohman", "S.Pd., M.Pd.")),
        ("drg. Yuliana Seran", ("drg.", "Yuliana Seran", "")),
        ("KH. Ahmad Dahlan", ("KH.", "Ahmad Dahlan", "")),
        ("Ns. Maria Goreti, S.Kep", ("Ns.", "Maria Goreti", "S.Kep")),
        ("apt. Rina Wati, S.Farm", ("apt.", "Rina Wati", "S.Farm")),
        ("Drs Yohanes Benu", ("Drs", "Yohanes Benu", "")),
        ("Drs.H.Yohanes Benu", ("Drs. H.", "Yohanes Benu", "")),
        ("Agustinus Lau S.Sos", ("", "Agustinus Lau", "S.Sos")),
        ("Heri Rustiati S.H. M.Hum.", ("", "Heri Rustiati", "S.H., M.Hum.")),
        ("Heri Rustiati S.H., M.Hum.", ("", "Heri Rustiati", "S.H., M.Hum.")),
        ("Agustinus Lau S.Sos, M.Si", ("", "Agustinus Lau", "S.Sos, M.Si")),
        ("Hendrik Bani", ("", "Hendrik Bani", "")),  # "H" of a name is not Haji
        ("Irawati Dewi", ("", "Irawati Dewi", "")),
        ("Dr.", ("", "Dr.", "")),  # keep something as the name
        ("", ("", "", "")),
    ],
)
def test_split_gelar(full: str, expected: tuple[str, str, str]) -> None:
    assert split_gelar(full) == expected


@pytest.mark.parametrize(
    "full",
    [
        "Drs. H. Yohanes Benu, M.Si",
        "Ir. Hj. Siti Aminah, S.T., M.T.",
        "ABDUL RAHMAN, SE",
        "Prof. Dr. Ir. Budi, M.Sc., Ph.D.",
        "Yohanes Benu",
    ],
)
def test_split_then_format_roundtrip(full: str) -> None:
    assert format_nama(*split_gelar(full)) == full


def test_format_nama() -> None:
    assert format_nama("Drs. H.", "Yohanes Benu", "M.Si") == "Drs. H. Yohanes Benu, M.Si"
    assert format_nama(None, "Yohanes Benu", None) == "Yohanes Benu"
    assert format_nama("", " Yohanes  Benu ", "") == "Yohanes Benu"
    assert format_nama(None, "Agustinus Lau", ", S.Sos") == "Agustinus Lau, S.Sos"


def test_search_key() -> None:
    assert search_key("Drs. H. Yohanes  BENU, M.Si") == "drs h yohanes benu m si"
    assert search_key("José", None, "Ñdolu") == "jose ndolu"
    assert search_key("Ma'ruf") == search_key("MA\u2019RUF") == "maruf"
    assert search_key(None) == ""
    assert search_key("19860926 201505 1 001") == "19860926 201505 1 001"


def test_digits_only() -> None:
    assert digits_only("19860926 201505 1 001") == "198609262015051001"
    assert digits_only("+62 812-3456") == "628123456"
    assert digits_only(None) == "" and digits_only("abc") == ""
    assert digits_only("x²") == ""


def test_name_ending_in_period_ends_a_sentence_once() -> None:
    nama = format_nama("", "Heri Lado", "S.H.")
    assert rapikan_titik(f"SKP diajukan kepada {nama}.") == "SKP diajukan kepada Heri Lado, S.H."
    assert rapikan_titik("Memuat data...") == "Memuat data..."
    assert rapikan_titik("Tahun 2026.") == "Tahun 2026."


def test_file_name_from_a_name_ending_in_period() -> None:
    name = nama_berkas("Dokumen_Evaluasi", "Triwulan I 2026", format_nama("Drs.", "Heri Lado", "S.H."), ext="pdf")
    assert name == "Dokumen_Evaluasi_Triwulan_I_2026_Drs_Heri_Lado_S.H.pdf"
    assert ".." not in name and " " not in name and "," not in name
    assert nama_berkas("", None, ext=".pdf") == "pegawai.pdf"
    assert nama_berkas("A/B\\C:D*E?", ext="xlsx") == "A_B_C_D_E.xlsx"
