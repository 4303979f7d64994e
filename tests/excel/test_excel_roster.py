"""Cell values of messy rosters → normalised records, and the duplicate-NIP rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asn_desktop.excel.roster import parse_roster

from excel_helpers import NIP_A, NIP_B, NIP_C, NIP_PPPK

TODAY = date(2026, 6, 1)


def one(xlsx, header: list[str], row: list) -> object:
    res = parse_roster(xlsx([header, row]), today=TODAY)
    assert len(res.records) == 1
    return res.records[0]


@pytest.mark.parametrize(
    "cell",
    [NIP_A, "19800101 200501 1 001", "'198001012005011001", "  198001012005011001 ", "19800101\u00a0200501\u00a01\u00a0001",
     "1980.0101.2005.01.1.001"],
)
def test_nip_as_text_in_every_usual_spelling(xlsx, cell: str) -> None:
    rec = one(xlsx, ["NIP", "NAMA"], [cell, "Budi Santoso"])
    assert rec.ok and rec.values["nip"] == NIP_A


def test_nip_stored_as_a_number_is_rejected_with_the_fix(xlsx) -> None:
    rec = one(xlsx, ["NO", "NIP", "NAMA"], [1, 1.98001012005011e17, "Budi Santoso"])
    assert not rec.ok
    err = rec.errors[0]
    assert (err.sheet, err.row, err.column) == ("Data", 2, "B")
    assert "tersimpan sebagai angka" in err.message
    assert "Format kolom NIP sebagai Teks" in err.message and "tanda petik (')" in err.message
    assert "nip" not in rec.values  # the lost digits are never guessed


@pytest.mark.parametrize(
    "cell, expected",
    [
        (date(1980, 2, 1), date(1980, 2, 1)),
        (datetime(1980, 2, 1, 0, 0), date(1980, 2, 1)),
        ("01-02-1980", date(1980, 2, 1)),
        ("01/02/1980", date(1980, 2, 1)),
        ("1980-02-01", date(1980, 2, 1)),
        ("1 Februari 1980", date(1980, 2, 1)),
        ("1 Pebruari 1980", date(1980, 2, 1)),
        ("1 PEBRUARI 1980", date(1980, 2, 1)),
        ("15 Nopember 1980", date(1980, 11, 15)),
        ("15 NOVEMBER 1980", date(1980, 11, 15)),
        (29252.0, date(1980, 2, 1)),  # a date typed into a General cell: the Excel serial
    ],
)
def test_dates_as_excel_dates_or_text(xlsx, cell, expected) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "TMT GOL"], [NIP_A, "Budi", cell])
    assert rec.ok, rec.problems
    assert rec.values["tmt_golongan"] == expected


def test_unreadable_date_names_row_column_and_expectation(xlsx) -> None:
    """An unreadable optional value is left empty with a warning; the employee still imports."""
    rec = one(xlsx, ["NIP", "NAMA", "TMT GOL"], [NIP_A, "Budi", "31-02-2019"])
    assert rec.ok and "tmt_golongan" not in rec.values
    err = rec.warnings[0]
    assert err.column == "C" and err.header == "TMT GOL" and err.value == "31-02-2019"
    assert "TMT Golongan" in err.message and "Februari 2019 tidak memiliki tanggal 31" in err.message


@pytest.mark.parametrize(
    "cell, kode",
    [("III/a", "III/a"), ("III/A", "III/a"), ("III a", "III/a"), ("Penata Muda Tk. I, III/b", "III/b"),
     ("Penata Muda Tingkat I (III/b)", "III/b"), ("IV/e", "IV/e"), ("Pembina", "IV/a"), ("gol. III/c", "III/c")],
)
def test_golongan_spellings(xlsx, cell: str, kode: str) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "PANGKAT, GOL"], [NIP_A, "Budi", cell])
    assert rec.ok and rec.values["golongan"] == kode


def test_pangkat_and_gol_in_two_columns_are_read_together(xlsx) -> None:
    res = parse_roster(xlsx([
        ["NIP", "NAMA", "PANGKAT/GOL", None],
        [None, None, "PANGKAT", "GOL"],
        [NIP_A, "Budi", "Penata Muda Tingkat I", "III/b"],
    ], merges=["C1:D1"]), today=TODAY)
    assert res.records[0].values["golongan"] == "III/b"


def test_pangkat_contradicting_code_is_left_empty_with_a_warning(xlsx) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "GOL"], [NIP_A, "Budi", "Penata, III/a"])
    assert rec.ok and "golongan" not in rec.values and "tidak cocok" in rec.warnings[0].message


def test_pppk_golongan_and_ni_pppk(xlsx) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "STATUS KEPEGAWAIAN", "GOLONGAN"], [NIP_PPPK, "Rina", "P3K", "IX"])
    assert rec.ok and rec.values["status_kepegawaian"] == "PPPK" and rec.values["golongan"] == "IX"


@pytest.mark.parametrize(
    "cell, jk",
    [("L", "L"), ("P", "P"), ("LK", "L"), ("PR", "P"), ("Laki-laki", "L"), ("LAKI-LAKI", "L"), ("Perempuan", "P"),
     ("perempuan", "P"), ("Pria", "L"), ("Wanita", "P")],
)
def test_gender_spellings(xlsx, cell: str, jk: str) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "L/P"], [NIP_A, "Budi", cell])
    assert rec.values["jenis_kelamin"] == jk


def test_unknown_gender_warned_with_expectation(xlsx) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "JENIS KELAMIN"], [NIP_A, "Budi", "X"])
    assert rec.ok and "gunakan L atau P" in rec.warnings[0].message and "dikosongkan" in rec.warnings[0].message


@pytest.mark.parametrize(
    "cell, depan, nama, belakang",
    [
        ("Drs. H. Yohanes Benu, M.Si", "Drs. H.", "Yohanes Benu", "M.Si"),
        ("FRANS NUBAN, S.H., M.H.", "", "FRANS NUBAN", "S.H., M.H."),
        ("Ir. EFRAIM LAKAPU, M.Si", "Ir.", "EFRAIM LAKAPU", "M.Si"),
        ("dr. Maria Tefa", "dr.", "Maria Tefa", ""),
        ("Agustina Selan A.Md", "", "Agustina Selan", "A.Md"),
        ("  Orpa   Manu  ", "", "Orpa Manu", ""),
    ],
)
def test_names_with_gelar_are_split(xlsx, cell, depan, nama, belakang) -> None:
    rec = one(xlsx, ["NIP", "NAMA LENGKAP"], [NIP_A, cell])
    v = rec.values
    assert (v["gelar_depan"] or "", v["nama"], v["gelar_belakang"] or "") == (depan, nama, belakang)


def test_explicit_gelar_columns_keep_the_name_as_typed(xlsx) -> None:
    rec = one(xlsx, ["nip_baru", "nama", "gelar_depan", "gelar_belakang"], [NIP_A, "Melkianus Bello", "Drs.", ""])
    assert (rec.values["gelar_depan"], rec.values["nama"], rec.values["gelar_belakang"]) == ("Drs.", "Melkianus Bello",
                                                                                              None)


def test_nip_disagreeing_with_birth_date_is_a_warning_not_an_error(xlsx) -> None:
    rec = one(xlsx, ["NIP", "NAMA", "TGL LAHIR"], [NIP_A, "Budi", "02-01-1980"])
    assert rec.ok
    assert any("Tanggal lahir" in w.message for w in rec.warnings)


def test_identical_duplicates_count_once_after_normalisation(xlsx) -> None:
    res = parse_roster(xlsx([
        ["NIP", "NAMA", "JK", "TGL LAHIR", "GOL"],
        [NIP_B, "Maria Tefa", "P", date(1985, 2, 14), "III/a"],
        [NIP_A, "Budi", "L", "01-01-1980", "III/b"],
        ["19850214 201001 2 002", "MARIA TEFA", "Perempuan", "14 Pebruari 1985", "Penata Muda, III/a"],
    ]), today=TODAY)
    assert [r.duplicate_of for r in res.records] == [None, None, 2]
    assert all(r.ok for r in res.records)
    assert len(res.valid) == 2
    assert len(res.duplicates) == 1 and res.duplicates[0].identical and res.duplicates[0].rows == [2, 4]


def test_really_different_duplicates_are_all_rejected_and_listed_once(xlsx) -> None:
    res = parse_roster(xlsx([
        ["NIP", "NAMA", "GOL", "TMT GOL"],
        [NIP_C, "Joko", "III/c", "01-04-2020"],
        [NIP_A, "Budi", "III/a", "01-04-2019"],
        [NIP_C, "Joko", "III/d", "01-04-2024"],
    ]), today=TODAY)
    assert [r.ok for r in res.records] == [False, True, False]
    assert len(res.duplicates) == 1
    g = res.duplicates[0]
    assert g.nip == NIP_C and g.rows == [2, 4] and not g.identical
    assert any("Golongan: III/c ≠ III/d" in d for d in g.differences)
    msg = res.records[0].errors[-1].message
    assert "baris 2, 4" in msg and "Tidak satu pun baris ini diimpor" in msg


def test_samples_from_head_office(tmp_path) -> None:
    from excel_helpers import SAMPLES

    duk = parse_roster(SAMPLES / "duk_kecamatan_maulafa.xlsx", today=TODAY)
    assert len(duk.records) == 12 and len(duk.valid) == 11
    bad = duk.rejected[0]
    assert bad.row == 12 and bad.errors[0].column == "C" and "tersimpan sebagai angka" in bad.errors[0].message
    assert duk.skipped.footer == [19, 20, 21, 22]  # "Kupang, 2 Januari 2026 … NIP. 1972…" never imported
    yermias = next(r for r in duk.records if r.row == 12)
    assert yermias.values["tanggal_lahir"] == date(1968, 2, 8)  # "Kupang, 8 Pebruari 1968"

    siasn = parse_roster(SAMPLES / "ekspor_pegawai_bkpsdm.xlsx", today=TODAY)
    assert len(siasn.records) == 13
    assert len(siasn.duplicates) == 1 and siasn.duplicates[0].nip == "199507072018012004"
    assert len(siasn.rejected) == 2 and len(siasn.valid) == 11
