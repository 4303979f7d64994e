"""Roster layouts as SIMPEG/SIASN systems and regency offices really write them.

Each test builds its own workbook of one kind (two NIP columns, group headings with
unmerged sub-headers, the classic two-row DUK, instruction sheets, a table far down,
stacked tables, filter captions, …), reads it back and checks what a user would notice:
the employees and their values, the messages, and that every non-empty column is either
imported or listed as not imported (nothing dropped without a word).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from excel_helpers import NIP_A, NIP_B, NIP_C, make_workbook

from asn_desktop.excel.reader import col_letter
from asn_desktop.excel.roster import RosterParse, parse_roster

TODAY = date(2026, 6, 1)


def accounted(res: RosterParse, rows: list[list[Any]], data_from: int) -> None:
    """Every column with a value under the header is imported or listed as not imported."""
    filled = {col_letter(c) for row in rows[data_from:] for c, v in enumerate(row) if v not in (None, "")}
    known = {c for c, _h, _f in res.columns} | {u.column for u in res.unused}
    assert filled <= known, f"kolom tanpa keterangan: {sorted(filled - known)}"
    for u in res.unused:
        assert u.reason and (u.header or u.sample)


def by_nip(res: RosterParse) -> dict[str, dict[str, Any]]:
    return {r.values["nip"]: r.values for r in res.records if r.ok}


def test_two_nip_columns_take_the_18_digit_one_and_keep_the_old_as_nip_lama(tmp_path: Path) -> None:
    for headers in (["No", "NIP", "NIP Baru", "Nama"], ["No", "NIP Lama", "NIP", "Nama"],
                    ["No", "NIP Baru", "NIP", "Nama"]):
        new_first = headers[1] == "NIP Baru"
        rows = [headers]
        for i, (nip, lama, nama) in enumerate([(NIP_A, "130123456", "Budi"), (NIP_B, "'130654321", "Ani")]):
            rows.append([i + 1, nip, lama, nama] if new_first else [i + 1, lama, nip, nama])
        path = make_workbook(tmp_path / "dua-nip.xlsx", {"Data": rows})
        res = parse_roster(path, today=TODAY)
        assert not res.rejected, [p.message for r in res.records for p in r.problems]
        got = by_nip(res)
        assert got[NIP_A]["nip_lama"] == "130123456" and got[NIP_B]["nip_lama"] == "130654321"
        accounted(res, rows, 1)


def test_group_headings_with_unmerged_sub_headers(tmp_path: Path) -> None:
    """PANGKAT over Gol. Ruang | TMT, JABATAN over Nama Jabatan | Es. | TMT, PENDIDIKAN over Nama |
    Lulus Tahun | Tingkat, none of them merged (HTML/PhpSpreadsheet exports); a filter caption above."""
    rows = [
        ["DAFTAR PEGAWAI"],
        ["Satuan Kerja : Semua ›"],
        ["No", "NIP", "Nama", "PANGKAT", None, "JABATAN", None, None, "PENDIDIKAN", None, None, "Agama", "Hobi"],
        [None, None, None, "Gol. Ruang", "TMT", "Nama Jabatan", "Es.", "TMT", "Nama", "Lulus Tahun", "Tingkat",
         None, None],
        [1, NIP_A, "Budi Santoso", "III/b", "01-04-2019", "Kepala Seksi Pemerintahan", "IV.a", "02-01-2020",
         "S1 Ilmu Pemerintahan", 2004, "S1", "Islam", "catur"],
        [2, NIP_B, "Ani Lestari", "III/a", "01-10-2021", "Pengelola Keuangan", None, "01-03-2022",
         "D3 Akuntansi", 2007, "D-III", "Kristen", None],
    ]
    res = parse_roster(make_workbook(tmp_path / "grup.xlsx", {"Data": rows}), today=TODAY)
    assert [r.row for r in res.records] == [5, 6]  # the sub-header row is never an employee
    assert not res.rejected
    a = by_nip(res)[NIP_A]
    assert a["golongan"] == "III/b" and a["tmt_golongan"] == date(2019, 4, 1)
    assert a["nama_jabatan"] == "Kepala Seksi Pemerintahan" and a["eselon"] == "IV.a"
    assert a["tmt_jabatan"] == date(2020, 1, 2) and a["tahun_lulus"] == 2004
    assert a["pendidikan_terakhir"] == "S1"  # the level ("Tingkat") before the programme name
    headers = " ".join(h for _c, h, _f in res.columns)
    assert "Satuan Kerja" not in headers and "Semua" not in headers
    unused = {u.column: u for u in res.unused}
    assert unused["I"].sample == "S1 Ilmu Pemerintahan" and unused["M"].sample == "catur"
    assert "Hobi" in unused["M"].header
    accounted(res, rows, 4)


def test_classic_two_row_duk_and_stacked_cells(tmp_path: Path) -> None:
    """No merged over both rows; name, pangkat, jabatan on the first, NIP and TMTs on the second."""
    rows = [
        ["DAFTAR URUT KEPANGKATAN"],
        ["NO", "NAMA", "PANGKAT", "JABATAN", "TEMPAT, TGL LAHIR", "KET"],
        [None, "NIP", "TMT", "TMT", None, None],
        [1, "Drs. Yohanes Benu, M.Si", "Pembina, IV/a", "Camat", "KUPANG, 14 AUG 1985", "pindahan"],
        [None, "19850814 201001 1 003", "01 OCT 2021", "02-01-2022", None, None],
        [2, "Maria Dewi, S.ST.", "III/b", "Pengelola Keuangan", "SoE, 2 Pebruari 1990", None],
        [None, NIP_C, "01 Okt 2020", "1 Agt 2021", None, None],
    ]
    path = make_workbook(tmp_path / "duk2.xlsx", {"DUK": rows}, merges={"DUK": ["A4:A5", "A6:A7"]})
    res = parse_roster(path, today=TODAY)
    assert not res.rejected, [p.message for r in res.records for p in r.problems]
    got = by_nip(res)
    a = got["198508142010011003"]
    assert a["nama"] == "Yohanes Benu" and a["gelar_depan"] == "Drs." and a["gelar_belakang"] == "M.Si"
    assert a["golongan"] == "IV/a" and a["tmt_golongan"] == date(2021, 10, 1)
    assert a["nama_jabatan"] == "Camat" and a["tmt_jabatan"] == date(2022, 1, 2)
    assert a["tempat_lahir"] == "KUPANG" and a["tanggal_lahir"] == date(1985, 8, 14)
    c = got[NIP_C]
    assert c["tmt_golongan"] == date(2020, 10, 1) and c["tmt_jabatan"] == date(2021, 8, 1)
    assert c["tempat_lahir"] == "SoE" and c["tanggal_lahir"] == date(1990, 2, 2)
    assert [r.row for r in res.records] == [4, 6]
    accounted(res, rows, 3)


def test_stacked_cells_in_one_row(tmp_path: Path) -> None:
    rows = [
        ["No", "Nama / NIP", "GR / TMT", "Tempat, Tgl Lahir"],
        [1, "Budi Santoso\n198001012005011001", "III/b\n01 OCT 2021", "Kupang, 1 Januari 1980"],
        [2, "MARIA DEWI, S.ST.\n1985071 200903 2 004", "III/a\n01-04-2010", "KUPANG, 14 AUG 1985"],
    ]
    res = parse_roster(make_workbook(tmp_path / "tumpuk.xlsx", {"Data": rows}), today=TODAY)
    ok = by_nip(res)[NIP_A]
    assert ok["golongan"] == "III/b" and ok["tmt_golongan"] == date(2021, 10, 1) and ok["nama"] == "Budi Santoso"
    bad = res.records[1]
    assert not bad.ok
    err = bad.errors[0]
    assert err.message.startswith("NIP 17 digit (1985071 200903 2 004), seharusnya 18")
    assert err.sheet == "Data" and err.row == 3 and err.column == "B"
    accounted(res, rows, 1)


def test_instruction_sheets_are_never_the_roster_and_the_choice_is_explained(tmp_path: Path) -> None:
    petunjuk = [["PETUNJUK PENGISIAN"], ["Kolom", "Keterangan"], ["NIP", "NIP 18 digit"], ["NAMA", "Nama lengkap"],
                ["NIP", "Nama"], ["GOL", "Golongan ruang"], ["TMT GOL", "TMT golongan"]]
    referensi = [["NIP", "NAMA", "GOLONGAN"], ["NIP", "NAMA", "GOLONGAN"], ["JABATAN", "ESELON", "UNIT"]]
    data = [["NIP", "NAMA", "GOL", None], [NIP_A, "Budi", "III/a", "x"], [NIP_B, "Ani", "III/b", None],
            [NIP_C, "Joko", "II/c", None]]
    path = make_workbook(tmp_path / "dengan-petunjuk.xlsx", {
        "Petunjuk": petunjuk, "Referensi": referensi,
        "Rekap": [["NIP", "NAMA"], [NIP_A, "Budi"]],
        "Data": data,
    })
    res = parse_roster(path, today=TODAY)
    assert res.sheet == "Data" and len(res.records) == 3 and not res.rejected
    assert "NIP valid terbanyak" in res.sheet_reason and "\"Rekap\" 1" in res.sheet_reason
    assert {c.name for c in res.choices} == {"Data", "Rekap"}
    assert parse_roster(path, "Rekap", today=TODAY).sheet == "Rekap"
    accounted(res, data, 1)
    assert [(u.column, u.header, u.sample, u.reason) for u in res.unused] == [("D", "", "x", "kolom tanpa judul")]


def test_table_far_down_several_stacked_tables_and_repeated_headers(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[f"Catatan pengantar baris {i}"] for i in range(1, 456)]
    rows += [
        ["UNIT: SEKRETARIAT"],
        ["No", "NIP", "Nama", "Gol / Rg"],
        [1, NIP_A, "Budi", "III/a"],
        ["No", "NIP", "Nama", "Gol / Rg"],  # repeated after a page break
        [2, NIP_B, "Ani", "III/b"],
        [],
        ["UNIT: SEKSI PEMERINTAHAN"],
        ["No", "Nama", "NIP", "Ess", "Kls. Jab."],  # another table, other columns
        [1, "Joko", NIP_C, "IV.a", "8 (80%)"],
    ]
    res = parse_roster(make_workbook(tmp_path / "jauh.xlsx", {"Data": rows}), today=TODAY)
    assert [r.row for r in res.records] == [458, 460, 464]
    assert not res.rejected
    got = by_nip(res)
    assert got[NIP_A]["golongan"] == "III/a" and got[NIP_B]["golongan"] == "III/b"
    assert got[NIP_C]["eselon"] == "IV.a" and got[NIP_C]["kelas_jabatan"] == 8
    assert any("8 (80%)" in p.message for p in res.records[2].warnings)
    assert 459 in res.skipped.repeated_header and len(res.tables) == 2
    accounted(res, rows, 456)


@pytest.mark.parametrize(
    "header, field",
    [
        ("Tanggal TMT Jabatan", "tmt_jabatan"), ("Tanggal TMT Pangkat", "tmt_golongan"),
        ("tmp_lhr_pegawai", "tempat_lahir"), ("kelamin_pegawai", "jenis_kelamin"), ("Gol / Rg", "golongan"),
        ("Ess", "eselon"), ("Kls. Jab.", "kelas_jabatan"), ("GR / TMT", "golongan_tmt"),
        ("Pendidikan / Diklat Terakhir", "pendidikan_terakhir"), ("NIP Baru", "nip"), ("tgl_lhr_pegawai", "tanggal_lahir"),
        ("unor_nama", "unit"), ("jabatan_nama", "nama_jabatan"), ("gol_akhir_nama", "golongan"),
        ("TMT Gol. Ruang", "tmt_golongan"), ("Lulus Tahun", "tahun_lulus"), ("Status Pegawai", "status_kepegawaian"),
    ],
)
def test_header_names_seen_in_real_files(header: str, field: str) -> None:
    from asn_desktop.excel.reader import match_label, norm_label

    assert match_label(norm_label(header)) == field


def test_unreadable_optional_values_never_cost_the_employee(tmp_path: Path) -> None:
    rows = [["NIP", "NAMA", "KELAS JABATAN", "TGL LAHIR", "L/P", "AGAMA", "ESELON"],
            [NIP_A, "Budi", "delapan", "31-02-1980", "X", "Jedi", "VII"]]
    res = parse_roster(make_workbook(tmp_path / "opsional.xlsx", {"Data": rows}), today=TODAY)
    rec = res.records[0]
    assert rec.ok and rec.values["nip"] == NIP_A
    cols = {p.column for p in rec.warnings}
    assert {"C", "D", "E", "F", "G"} <= cols
    assert all(p.sheet == "Data" and p.row == 2 and p.value for p in rec.warnings)


def test_gelar_without_comma_or_glued_is_split_and_flagged(tmp_path: Path) -> None:
    rows = [["NIP", "NAMA"], [NIP_A, "Made Arta Wiguna SST, M.M."], [NIP_B, "Yuliana Mamahit SH"],
            [NIP_C, "ARDI SETIAWANS.Pd."]]
    res = parse_roster(make_workbook(tmp_path / "gelar.xlsx", {"Data": rows}), today=TODAY)
    got = by_nip(res)
    assert (got[NIP_A]["nama"], got[NIP_A]["gelar_belakang"]) == ("Made Arta Wiguna", "SST, M.M.")
    assert (got[NIP_B]["nama"], got[NIP_B]["gelar_belakang"]) == ("Yuliana Mamahit", "SH")
    assert (got[NIP_C]["nama"], got[NIP_C]["gelar_belakang"]) == ("ARDI SETIAWAN", "S.Pd.")
    for r in res.records:
        assert any(p.message.startswith("Gelar dipisahkan") and p.column == "B" for p in r.warnings)
    accounted(res, rows, 1)


def test_empty_table_names_a_real_row_and_place_of_birth_keeps_its_case(tmp_path: Path) -> None:
    res = parse_roster(make_workbook(tmp_path / "kosong.xlsx", {"Data": [["Judul"], ["NIP", "NAMA"]]}),
                       today=TODAY)
    p = res.sheet_problems[-1]
    assert p.row == 3 and "judul kolom di baris 2" in p.message
    sep = parse_roster(make_workbook(tmp_path / "tempat.xlsx", {"Data": [
        ["NIP", "NAMA", "TEMPAT LAHIR", "TGL LAHIR"], [NIP_A, "Budi", "KUPANG", "01-01-1980"]]}), today=TODAY)
    comb = parse_roster(make_workbook(tmp_path / "ttl.xlsx", {"Data": [
        ["NIP", "NAMA", "TEMPAT, TGL LAHIR"], [NIP_A, "Budi", "KUPANG, 01-01-1980"]]}), today=TODAY)
    assert sep.records[0].values["tempat_lahir"] == comb.records[0].values["tempat_lahir"] == "KUPANG"


def test_cli_dry_run_creates_no_database_and_says_rows_and_problems(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "cli.xlsx", {"Data": [
        ["NIP", "NAMA", "Hobi"], [NIP_A, "Budi", "catur"], ["12345", "", "x"], [NIP_B, "Ani", None]]})
    db = tmp_path / "belum-ada.db"
    report = tmp_path / "laporan.json"
    out = subprocess.run([sys.executable, "-m", "asn_desktop", "--db", str(db), "employees", "import", str(path),
                          "--dry-run", "--report", str(report)], capture_output=True, text=True, timeout=120)
    assert not db.exists() and out.returncode == 4, out.stderr
    assert "1 baris ditolak" in out.stdout
    assert "2 masalah pada 1 baris" in out.stderr
    assert "Kolom C (Hobi) tidak diimpor" in out.stdout
    data = json.loads(report.read_text())
    assert data["kolom_tidak_dipakai"] == [{"kolom": "C", "judul": "Hobi", "contoh": "catur",
                                            "alasan": "judul kolom tidak dikenali"}]


def test_two_row_duk_with_a_nip_typed_as_a_number_is_one_rejected_row_saying_so(tmp_path: Path) -> None:
    rows = [
        ["NO", "NAMA", "PANGKAT"],
        [None, "NIP", "TMT"],
        [1, "Budi Santoso", "III/a"],
        [None, 1.98001012005011e17, "01-04-2010"],
        [2, "Ani Lestari", "III/b"],
        [None, NIP_B, "01-04-2012"],
    ]
    res = parse_roster(make_workbook(tmp_path / "angka.xlsx", {"DUK": rows}, merges={"DUK": ["A3:A4", "A5:A6"]}),
                       today=TODAY)
    assert [r.row for r in res.records] == [3, 5]
    bad = res.records[0]
    assert not bad.ok and "angka" in bad.errors[0].message and bad.values.get("nama") == "Budi Santoso"
    assert by_nip(res)[NIP_B]["tmt_golongan"] == date(2012, 4, 1)
    accounted(res, rows, 2)


def test_a_title_or_caption_merged_across_the_table_is_never_part_of_a_column_name(tmp_path: Path) -> None:
    rows = [["DAFTAR URUT KEPANGKATAN KECAMATAN MAULAFA"], ["Satuan Kerja : Semua ›"],
            ["No", "NIP", "Nama", "Gol"], [1, NIP_A, "Budi", "Z/z"]]
    path = make_workbook(tmp_path / "judul.xlsx", {"D": rows}, merges={"D": ["A1:D1", "A2:D2"]})
    res = parse_roster(path, today=TODAY)
    assert [h for _c, h, _f in res.columns] == ["No", "NIP", "Nama", "Gol"]
    warn = res.records[0].warnings[0]
    assert warn.header == "Gol" and warn.column == "D" and warn.row == 4
