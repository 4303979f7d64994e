"""Finding the roster table in workbooks laid out the way head offices send them."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import MAX_ROWS, Workbook, probe_file
from asn_desktop.excel.roster import SheetChoiceNeeded, parse_roster

from excel_helpers import DATA, NIP_A, NIP_B, NIP_C, make_workbook

TODAY = date(2026, 6, 1)


def nips(result) -> list[str | None]:
    return [r.values.get("nip") for r in result.records]


def test_title_rows_two_row_merged_header_numbering_blank_rows_and_footer_with_nip(xlsx) -> None:
    rows = [
        ["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"],
        ["KECAMATAN CONTOH TAHUN 2026"],
        [],
        ["NO", "NAMA / NIP", None, "PANGKAT", None, "TEMPAT, TGL LAHIR", "L/P", "UNIT KERJA"],
        [None, "NAMA", "NIP", "GOL. RUANG", "TMT", None, None, None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        [1, "Drs. YOHANES BENU, M.Si", NIP_A, "Penata Muda, III/a", date(2019, 4, 1), "Kupang, 1 Januari 1980", "L",
         "Seksi Pemerintahan"],
        [],
        [2, "MARIA TEFA, S.E.", NIP_B, "Penata Muda Tk. I, III/b", "01-04-2020", "Soe, 14 Pebruari 1985", "P",
         "Seksi Pemerintahan"],
        [],
        [None, None, None, None, None, "Kupang, 2 Januari 2026"],
        [None, None, None, None, None, "CAMAT CONTOH"],
        [None, "Drs. YOHANES BENU, M.Si"],
        [None, "NIP. " + NIP_C, NIP_C],
    ]
    path = xlsx(rows, sheet="DUK", merges=["A1:H1", "A2:H2", "B4:C4", "D4:E4", "A4:A5", "F4:F5", "G4:G5", "H4:H5"])
    res = parse_roster(path, today=TODAY)
    assert res.layout.header_row == 3 and res.layout.header_height == 2
    assert res.skipped.numbering == [6]
    assert nips(res) == [NIP_A, NIP_B]  # the signature block's NIP is never a record
    assert res.skipped.footer == [11, 12, 13, 14]
    a, b = res.records
    assert (a.values["gelar_depan"], a.values["nama"], a.values["gelar_belakang"]) == ("Drs.", "YOHANES BENU", "M.Si")
    assert a.values["golongan"] == "III/a" and a.values["tmt_golongan"] == date(2019, 4, 1)
    assert a.values["tempat_lahir"] == "Kupang" and a.values["tanggal_lahir"] == date(1980, 1, 1)
    assert b.values["golongan"] == "III/b" and b.values["tanggal_lahir"] == date(1985, 2, 14)
    assert b.values["tmt_golongan"] == date(2020, 4, 1)
    assert all(r.ok for r in res.records)


def test_data_on_a_later_sheet_is_found_and_technical_sheets_ignored(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "multi.xlsx", {
        "Rekap": [["REKAP PER GOLONGAN"], ["Golongan", "Jumlah"], ["III/a", 4]],
        "Catatan": [["Dikirim oleh BKPSDM"]],
        "Data Pegawai": [["NIP BARU", "NAMA LENGKAP"], [NIP_A, "Budi Santoso"]],
    })
    res = parse_roster(path, today=TODAY)
    assert res.sheet == "Data Pegawai"
    assert nips(res) == [NIP_A]


def test_two_roster_sheets_the_one_with_most_valid_nips_is_taken_and_the_choice_is_honoured(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "dua.xlsx", {
        "DUK 2025": [["NIP", "NAMA"], [NIP_A, "Budi"]],
        "DUK 2026": [["NIP", "NAMA"], [NIP_B, "Ani"], [NIP_C, "Joko"]],
    })
    res = parse_roster(path, today=TODAY)
    assert res.sheet == "DUK 2026" and [c.name for c in res.choices] == ["DUK 2026", "DUK 2025"]
    assert "NIP valid terbanyak" in res.sheet_reason and "\"DUK 2025\" 1" in res.sheet_reason
    assert nips(parse_roster(path, "DUK 2025", today=TODAY)) == [NIP_A]
    same = make_workbook(tmp_path / "sama.xlsx", {
        "A": [["NIP", "NAMA"], [NIP_A, "Budi"]], "B": [["NIP", "NAMA"], [NIP_B, "Ani"]]})
    with pytest.raises(SheetChoiceNeeded) as exc:  # as many valid NIPs on both: the operator decides
        parse_roster(same, today=TODAY)
    assert "Pilih lembar" in exc.value.message


@pytest.mark.parametrize(
    "headers",
    [
        ["NIP", "NAMA", "GOL/RUANG", "TMT GOL", "TGL LAHIR", "L/P", "UNIT KERJA"],
        ["NIP BARU", "NAMA LENGKAP", "PANGKAT, GOL", "TMT PANGKAT", "TANGGAL LAHIR", "JENIS KELAMIN", "UNOR"],
        ["nip_baru", "nama", "gol_ruang_akhir", "tmt_gol_akhir", "tgl_lahir", "jenis_kelamin", "unor_nama"],
        ["N I P", "Nama Pegawai", "GOL. RUANG", "TMT GOLONGAN", "Tgl. Lahir", "JK", "Unit Kerja"],
    ],
)
def test_header_synonyms_indonesian_and_siasn(xlsx, headers: list[str]) -> None:
    if headers[0] == "N I P":
        headers = ["NIP", *headers[1:]]
    path = xlsx([headers, [NIP_A, "Budi Santoso", "III/a", "01-04-2019", "01-01-1980", "L", "Seksi Umum"]])
    res = parse_roster(path, today=TODAY)
    v = res.records[0].values
    assert v["nip"] == NIP_A and v["golongan"] == "III/a" and v["tmt_golongan"] == date(2019, 4, 1)
    assert v["tanggal_lahir"] == date(1980, 1, 1) and v["jenis_kelamin"] == "L" and v["unit"] == "Seksi Umum"
    assert not res.layout.unknown


def test_more_synonyms_jabatan_status_and_unknown_columns_reported(xlsx) -> None:
    path = xlsx([
        ["NIP", "NAMA", "JABATAN", "JENIS JABATAN", "STATUS PEGAWAI", "ESELON", "AGAMA", "HOBI"],
        [NIP_A, "Budi", "Kepala Seksi Pemerintahan", "Struktural", "PNS", "IV.a", "Kristen Protestan", "Sepak bola"],
    ])
    res = parse_roster(path, today=TODAY)
    v = res.records[0].values
    assert v["nama_jabatan"] == "Kepala Seksi Pemerintahan"
    assert v["jenis_jabatan"] == "pengawas"  # struktural + eselon IV
    assert v["status_kepegawaian"] == "PNS" and v["eselon"] == "IV.a" and v["agama"] == "Kristen"
    assert any("HOBI" in p.message for p in res.sheet_problems)


def test_single_nama_nip_column_with_nip_on_the_line_below(xlsx) -> None:
    path = xlsx([
        ["NO", "NAMA / NIP", "GOL", "JABATAN"],
        [1, "YOHANES BENU, S.Sos", "III/a", "Pelaksana"],
        [None, "NIP. 19800101 200501 1 001", None, None],
        [2, "MARIA TEFA\nNIP. " + NIP_B, "III/b", "Pelaksana"],
    ])
    res = parse_roster(path, today=TODAY)
    assert nips(res) == [NIP_A, NIP_B]
    assert res.records[0].values["nama"] == "YOHANES BENU"


def test_repeated_page_header_and_group_headings_are_skipped(xlsx) -> None:
    path = xlsx([
        ["NO", "NIP", "NAMA", "GOL"],
        ["A. SEKRETARIAT"],
        [1, NIP_A, "Budi", "III/a"],
        ["NO", "NIP", "NAMA", "GOL"],
        ["B. SEKSI PEMERINTAHAN"],
        [2, NIP_B, "Ani", "III/b"],
    ], merges=["A2:D2", "A5:D5"])
    res = parse_roster(path, today=TODAY)
    assert nips(res) == [NIP_A, NIP_B]
    assert res.skipped.repeated_header == [4]
    assert res.skipped.headings == [2, 5]


def test_unit_merged_over_several_rows_applies_to_each(xlsx) -> None:
    path = xlsx([
        ["NIP", "NAMA", "UNIT KERJA"],
        [NIP_A, "Budi", "Seksi Pemerintahan"],
        [NIP_B, "Ani", None],
    ], merges=["C2:C3"])
    res = parse_roster(path, today=TODAY)
    assert [r.values.get("unit") for r in res.records] == ["Seksi Pemerintahan", "Seksi Pemerintahan"]


def test_a_row_without_nip_inside_the_data_is_rejected_not_dropped(xlsx) -> None:
    path = xlsx([["NIP", "NAMA", "GOL"], [NIP_A, "Budi", "III/a"], [None, "Ani Lestari", "III/b"],
                 [NIP_C, "Joko", "III/c"]])
    res = parse_roster(path, today=TODAY)
    assert len(res.records) == 3
    bad = res.records[1]
    assert not bad.ok and "NIP kosong" in bad.errors[0].message and bad.errors[0].column == "A"


# --------------------------------------------------------------------------- bad files


def test_not_a_workbook_pdf_and_word_documents(tmp_path: Path) -> None:
    txt = tmp_path / "daftar.xlsx"
    txt.write_text("NIP;NAMA\n198001012005011001;Budi\n", encoding="utf-8")
    # a CSV under an .xlsx name is read by its content (see test_excel_text_formats.py)
    assert [r.values["nip"] for r in parse_roster(txt).valid] == ["198001012005011001"]
    notes = tmp_path / "catatan.xlsx"
    notes.write_text("Daftar pegawai menyusul minggu depan\n", encoding="utf-8")
    with pytest.raises(ExcelError, match="bukan buku kerja Excel"):
        parse_roster(notes)
    pdf = tmp_path / "scan.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n...")
    with pytest.raises(ExcelError, match="PDF"):
        parse_roster(pdf)
    doc = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ExcelError, match="dokumen Word"):
        parse_roster(doc)
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ExcelError, match="kosong"):
        parse_roster(empty)
    with pytest.raises(ExcelError, match="tidak ditemukan"):
        parse_roster(tmp_path / "tidak-ada.xlsx")


def test_password_protected_workbook_gets_a_clear_message() -> None:
    with pytest.raises(ExcelError) as exc:
        parse_roster(DATA / "terkunci.xlsx")
    assert "dilindungi kata sandi" in exc.value.message and "hapus kata sandi" in exc.value.message


def test_workbook_without_a_roster_table_says_which_columns_are_needed(xlsx) -> None:
    path = xlsx([["Golongan", "Jumlah"], ["III/a", 4]], sheet="Rekap")
    with pytest.raises(ExcelError) as exc:
        parse_roster(path)
    assert "NIP" in exc.value.message and "NAMA" in exc.value.message and "Rekap" in exc.value.message


def _huge_sheet(path: Path, rows: int) -> Path:
    """A small file whose sheet declares a million rows (formatting down to the last row)."""
    make_workbook(path, {"Data": [["NIP", "NAMA"], [NIP_A, "Budi"]]})
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace('<dimension ref="A1:B2"/>', f'<dimension ref="A1:B{rows}"/>')
    xml = xml.replace("</sheetData>", f'<row r="{rows}"><c r="A{rows}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items.items():
            z.writestr(n, data)
    return path


def test_a_million_rows_is_refused_from_the_dimension_without_reading(tmp_path: Path) -> None:
    path = _huge_sheet(tmp_path / "sejuta.xlsx", 1_048_576)
    with pytest.raises(ExcelError) as exc:
        probe_file(path)
    assert "1.048.576 baris" in exc.value.message and f"{MAX_ROWS:,}".replace(",", ".") in exc.value.message
    with pytest.raises(ExcelError, match="baris kosong berformat"):
        Workbook(path)


def test_probe_lists_sheets_with_their_size(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "a.xlsx", {"Satu": [["a"]], "Dua": [["NIP", "NAMA"], [NIP_A, "B"]]},
                         hidden=["Satu"])
    info = probe_file(path)
    assert [(s.name, s.visible, s.rows) for s in info.sheets] == [("Satu", False, 1), ("Dua", True, 2)]
