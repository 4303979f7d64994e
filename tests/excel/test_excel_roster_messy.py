"""Rosters as a new operator brings them from head office: header spellings, totals rows,
hidden sheets and the other things real files hold that the samples do not.

Each test writes a real workbook under tmp_path, reads it back the way the import does and
checks what the operator would notice: who lands with which values, and the message for what
does not. Where a row is read, both the column-wise pass and the row-by-row parser are asked
and must agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from excel_helpers import NIP_A, NIP_B, NIP_C, make_workbook

from asn_desktop.excel.reader import SkippedRows, Workbook, detect_layout, find_tables, iter_data_rows
from asn_desktop.excel.roster import RosterParse, _RowParser, parse_roster

TODAY = date(2026, 6, 1)


def by_nip(res: RosterParse) -> dict[str, dict[str, Any]]:
    return {r.values["nip"]: r.values for r in res.records if r.ok}


def both_paths_agree(path: Path, sheet: str) -> None:
    """The column-wise pass and the row-by-row parser give the same records for the sheet."""
    with Workbook(path) as wb:
        data = wb.read(sheet)
    lay = find_tables(data, detect_layout(data))[0]
    rows = list(iter_data_rows(data, lay, SkippedRows()))
    columnwise = _RowParser(sheet, lay, TODAY).parse_rows(rows)
    by_row = [_RowParser(sheet, lay, TODAY).parse(r) for r in rows]

    def shape(r: Any) -> tuple[Any, ...]:
        return r.row, list(r.values.items()), [p.as_dict() for p in r.problems]

    assert [shape(r) for r in columnwise] == [shape(r) for r in by_row]


def test_headers_spelled_with_dots_or_spaced_letters_are_recognised(tmp_path: Path) -> None:
    """Old typed DUKs write "N.I.P.", "N I P", "T.M.T. Gol", "Jenis Kel.": the table is found and read."""
    rows = [["N.I.P.", "Nama Pegawai", "Jenis Kel.", "Gol. Ruang", "T.M.T. Gol"],
            [NIP_A, "Budi Santoso", "L", "III/a", "01-04-2010"],
            [NIP_B, "Rina Lestari", "P", "III/b", "01-10-2012"]]
    path = make_workbook(tmp_path / "duk lama.xlsx", {"DUK": rows})
    res = parse_roster(path, today=TODAY)
    assert not res.rejected and not res.unused
    got = by_nip(res)
    assert got[NIP_A]["tmt_golongan"] == date(2010, 4, 1) and got[NIP_A]["jenis_kelamin"] == "L"
    assert got[NIP_B]["golongan"] == "III/b" and got[NIP_B]["tmt_golongan"] == date(2012, 10, 1)
    both_paths_agree(path, "DUK")

    spaced = [["N I P", "N A M A", "L/P"], [NIP_C, "Yohanes Benu", "L"]]
    res = parse_roster(make_workbook(tmp_path / "spasi.xlsx", {"Data": spaced}), today=TODAY)
    assert by_nip(res)[NIP_C]["nama"] == "Yohanes Benu" and by_nip(res)[NIP_C]["jenis_kelamin"] == "L"


def test_a_totals_row_with_the_count_where_the_names_are_is_footer_not_a_rejected_employee(tmp_path: Path) -> None:
    """"JUMLAH" in the No column and "3 orang" in the name column is the table's totals line:
    skipped with the footer, never a row rejected for its missing NIP."""
    rows = [["No", "NIP", "Nama", "Gol"],
            [1, NIP_A, "Budi Santoso", "III/a"],
            [2, NIP_B, "Rina Lestari", "III/b"],
            [3, NIP_C, "Yohanes Benu", "II/c"],
            ["JUMLAH", None, "3 orang", None],
            [None, None, None, "Kupang, 1 Desember 2026"]]
    path = make_workbook(tmp_path / "dengan jumlah.xlsx", {"Pegawai": rows})
    res = parse_roster(path, today=TODAY)
    assert not res.rejected and len(res.valid) == 3
    assert res.skipped.footer == [5, 6]
    both_paths_agree(path, "Pegawai")

    # an employee whose NIP is missing is still reported, not taken for a totals line
    rows[2] = [2, None, "Rina Lestari", "III/b"]
    res = parse_roster(make_workbook(tmp_path / "nip hilang.xlsx", {"Pegawai": rows}), today=TODAY)
    assert [(r.row, r.errors[0].column) for r in res.rejected] == [(3, "B")]


def test_totals_lines_inside_the_table_never_end_it(tmp_path: Path) -> None:
    """A DUK totals each unit or section ("JUMLAH" with "2 orang", "Jumlah PNS" with a count) and
    goes on with the next one: every employee below a totals line is read, the totals lines are
    skipped and named, and only what follows the last employee is the table's foot."""
    rows = [["No", "NIP", "Nama", "Gol"],
            ["A. SEKRETARIAT", None, None, None],
            [1, NIP_A, "Budi Santoso", "III/a"],
            ["JUMLAH", None, "1 orang", None],
            ["B. SEKSI PEMERINTAHAN", None, None, None],
            [1, NIP_B, "Rina Lestari", "III/b"],
            ["Jumlah PNS", None, 1, None],
            [1, NIP_C, "Yohanes Benu", "II/c"],
            ["TOTAL", None, "3 orang", None],
            [None, None, None, "Kupang, 1 Desember 2026"]]
    path = make_workbook(tmp_path / "jumlah per unit.xlsx", {"DUK": rows})
    res = parse_roster(path, today=TODAY)
    assert not res.rejected and set(by_nip(res)) == {NIP_A, NIP_B, NIP_C}
    assert res.skipped.totals == [4, 7] and res.skipped.footer == [9, 10]
    both_paths_agree(path, "DUK")


def test_a_hidden_sheet_with_the_fuller_roster_is_named_and_offered(tmp_path: Path) -> None:
    """The visible sheet is read, but a hidden sheet holding more employees is said and listed:
    the operator who imports two of three people is told where the third one is."""
    full = [["NIP", "Nama"], [NIP_A, "Budi Santoso"], [NIP_B, "Rina Lestari"], [NIP_C, "Yohanes Benu"]]
    part = [["NIP", "Nama"], [NIP_A, "Budi Santoso"], [NIP_B, "Rina Lestari"]]
    path = make_workbook(tmp_path / "dua lembar.xlsx",
                         {"Rekap": [["Golongan", "Jumlah"], ["III", 3]], "Data Lengkap": full, "Maulafa": part},
                         hidden=["Data Lengkap"])
    res = parse_roster(path, today=TODAY)
    assert res.sheet == "Maulafa" and len(res.valid) == 2
    assert "tersembunyi" in res.sheet_reason and "\"Data Lengkap\" 3" in res.sheet_reason
    assert [(c.name, c.visible, c.valid_nip) for c in res.choices] == [("Maulafa", True, 2), ("Data Lengkap", False, 3)]
    assert len(parse_roster(path, "Data Lengkap", today=TODAY).valid) == 3

    # only hidden sheets hold the roster: the best of them is read, as before
    only_hidden = make_workbook(tmp_path / "tersembunyi saja.xlsx", {"Rekap": [["a"]], "Data": full}, hidden=["Data"])
    assert parse_roster(only_hidden, today=TODAY).sheet == "Data"

    # a hidden copy with as many NIPs as the visible sheet does not force a choice
    same = make_workbook(tmp_path / "salinan.xlsx", {"Data": full, "Salinan": full}, hidden=["Salinan"])
    res = parse_roster(same, today=TODAY)
    assert res.sheet == "Data" and "Salinan" in res.sheet_reason


def test_a_hidden_sheet_read_because_no_visible_one_qualifies_is_said(tmp_path: Path) -> None:
    """The visible sheet's NIPs were Excel numbers (no valid NIP); a hidden old sheet has valid ones:
    it is read, and the reason says it is hidden, even with no other sheet to choose."""
    from openpyxl import load_workbook

    path = make_workbook(tmp_path / "duk.xlsx", {
        "DUK 2026": [["No", "Nama", "NIP"], [1, "Ani", 1.98507122009032e17], [2, "Budi", 1.99001052015031e17]],
        "DUK 2019 lama": [["No", "Nama", "NIP"], [1, "Ani", NIP_A], [2, "Dodi", NIP_B]]})
    wb = load_workbook(path)
    wb["DUK 2019 lama"].sheet_state = "hidden"
    wb.save(path)
    res = parse_roster(path, today=TODAY)
    assert res.sheet == "DUK 2019 lama"
    assert "tersembunyi" in res.sheet_reason and "DUK 2019 lama" in res.sheet_reason


def test_a_word_document_renamed_to_xlsx_is_told_to_pick_the_excel_file(tmp_path: Path) -> None:
    """A .docx renamed .xlsx: the message says what the file is and what to pick instead, not
    "re-save it from Excel" (Excel cannot open it)."""
    import zipfile

    import pytest

    from asn_desktop.excel.reader import ExcelError

    doc = tmp_path / "Daftar Pegawai 2026.xlsx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ExcelError) as exc:
        parse_roster(doc)
    text = exc.value.message
    assert "\"Daftar Pegawai 2026.xlsx\"" in text and "dokumen Word" in text
    assert "Pilih berkas Excel" in text and "salin tabelnya ke Excel" in text


def test_wizard_offers_the_hidden_sheet_and_puts_the_rejection_reason_first(qtbot, ctx, tmp_path: Path) -> None:
    """In the import wizard: the hidden sheet is in the "Baca lembar" list (marked hidden) and a
    rejected row's detail starts with why it is rejected, before the warnings of other columns."""
    from PySide6.QtWidgets import QApplication

    from asn_desktop.ui.sinkronisasi import roster_wizard as rw
    from testkit import shot_dir

    visible = [["Tgl Lahir", "NIP", "Nama"], ["31-02-1980", float(NIP_A), "Budi Santoso"],
               ["14-02-1985", NIP_B, "Rina Lestari"]]
    hidden = [["NIP", "Nama"], [NIP_A, "Budi Santoso"], [NIP_B, "Rina Lestari"], [NIP_C, "Yohanes Benu"]]
    path = make_workbook(tmp_path / "kiriman bkpsdm.xlsx", {"Data": visible, "Lengkap": hidden}, hidden=["Lengkap"])
    wiz = rw.RosterImportWizard(ctx, None, None)
    qtbot.addWidget(wiz)
    wiz.resize(1100, 720)
    wiz.show()
    wiz.page_file.ed_path.setText(str(path))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_PREVIEW, timeout=20_000)
    prev = wiz.page_preview
    assert [prev.cb_sheet.itemText(i) for i in range(prev.cb_sheet.count())] == [
        "Data (1 NIP valid)", "Lengkap (3 NIP valid, lembar tersembunyi)"]
    assert prev.lbl_sheet.isVisible() and "tersembunyi" in prev.lbl_sheet.text()
    prev.chip_buttons["ditolak"].click()
    prev.table.selectRow(0)
    detail = prev.detail.toPlainText()
    assert "✖ kolom B" in detail and "⚠ kolom A" in detail
    assert detail.index("✖") < detail.index("⚠")
    QApplication.processEvents()
    out = shot_dir("h23b")
    out.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(out / "pratinjau-lembar-tersembunyi.png"))
    wiz.close()


def test_month_first_dates_are_never_read_day_first_silently(tmp_path: Path) -> None:
    """A sheet exported with US settings writes 1 April 2010 as "04/01/2010". When the sheet
    shows it writes month first ("09/25/1985" cannot be day first) and never day first, a date
    valid both ways is left empty with a warning saying why, instead of landing as 4 January."""
    rows = [["NIP", "Nama", "Tgl Lahir", "TMT Gol"],
            [NIP_A, "Budi Santoso", "01/01/1980", "04/01/2010"],
            [NIP_B, "Rina Lestari", "02/14/1985", "10/01/2012"],
            [NIP_C, "Yohanes Benu", "3/03/1990", "12/25/2015"]]
    path = make_workbook(tmp_path / "ekspor as.xlsx", {"Data": rows})
    res = parse_roster(path, today=TODAY)
    got = by_nip(res)
    assert got[NIP_C]["tanggal_lahir"] == date(1990, 3, 3)  # "3/03" is the same date both ways
    assert "tmt_golongan" not in got[NIP_A] and "tmt_golongan" not in got[NIP_B]
    assert got[NIP_A]["tanggal_lahir"] == date(1980, 1, 1)  # the same date both ways
    warn = next(p for p in res.records[0].warnings if p.column == "D")
    assert warn.value == "04/01/2010" and "bulan lebih dulu" in warn.message
    assert "\"12/25/2015\" pada baris 4" in warn.message and "dikosongkan" in warn.message  # its own column's
    # the date only valid month first keeps its own message; nothing is read as another date
    assert all(got[n].get("tmt_golongan") in (None,) for n in got)
    both_paths_agree(path, "Data")

    # one day-first date anywhere on the sheet: the sheet writes day first, as Indonesian files do
    rows[3][2] = "25/03/1990"
    res = parse_roster(make_workbook(tmp_path / "hari dulu.xlsx", {"Data": rows}), today=TODAY)
    got = by_nip(res)
    assert got[NIP_A]["tmt_golongan"] == date(2010, 1, 4) and got[NIP_B]["tmt_golongan"] == date(2012, 1, 10)
    assert not any("bulan lebih dulu" in p.message for r in res.records for p in r.problems)


def test_one_mistyped_date_never_makes_a_day_first_sheet_month_first(tmp_path: Path) -> None:
    """An Indonesian DUK with TMT CPNS typed as text ("01/03/2009", always the 1st of the month,
    so never unambiguous by itself) and one slip ("02/13/2014"): the NIP holds the TMT CPNS month
    (200903…) and shows the column is day first, and one slip among many is no evidence. Every
    good date is kept; only the slip is reported."""
    nips = ["198507122009032004", "199001052015031002", "198811202014022001", "197905142005011002",
            "198203032008012003", "199112122019031001"]
    rows = [["NIP", "Nama", "TMT CPNS"],
            [nips[0], "Ani", "01/03/2009"], [nips[1], "Budi", "01/03/2015"], [nips[2], "Citra", "02/13/2014"],
            [nips[3], "Dodi", "01/01/2005"], [nips[4], "Eka", "01/01/2008"], [nips[5], "Fani", "01/03/2019"]]
    path = make_workbook(tmp_path / "duk.xlsx", {"DUK": rows})
    got = by_nip(parse_roster(path, today=TODAY))
    assert got[nips[0]]["tmt_cpns"] == date(2009, 3, 1) and got[nips[1]]["tmt_cpns"] == date(2015, 3, 1)
    assert got[nips[5]]["tmt_cpns"] == date(2019, 3, 1) and "tmt_cpns" not in got[nips[2]]
    both_paths_agree(path, "DUK")

    # a column the NIP says nothing about (TMT Jabatan): one slip among six dates is still no evidence
    rows[0][2] = "TMT Jabatan"
    res = parse_roster(make_workbook(tmp_path / "tmt jabatan.xlsx", {"DUK": rows}), today=TODAY)
    assert not any("bulan lebih dulu" in p.message for r in res.records for p in r.problems)
    assert by_nip(res)[nips[0]]["tmt_jabatan"] == date(2009, 3, 1)


def test_a_locked_file_gets_a_message_not_a_python_error(ctx, tmp_path: Path, monkeypatch) -> None:
    """A roster another program holds locked (Excel on a network share, OneDrive syncing) or that
    this account may not read: the import says so in Bahasa Indonesia and writes nothing."""
    import builtins
    import errno
    import os

    import pytest

    from asn_desktop.excel import reader
    from asn_desktop.services import pertukaran as P

    rows = [["NIP", "Nama"], [NIP_A, "Budi Santoso"]]
    path = make_workbook(tmp_path / "DUK kunci.xlsx", {"DUK": rows})
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: the refusal is the system's, imitated
        real = builtins.open

        def refused(p: Any, *a: Any, **k: Any) -> Any:
            if str(p) == str(path):
                raise PermissionError(errno.EACCES, "Permission denied", str(p))
            return real(p, *a, **k)

        monkeypatch.setattr(reader, "open", refused, raising=False)
    try:
        with pytest.raises(P.ExchangeError) as exc:
            P.import_roster(ctx, path)
    finally:
        path.chmod(0o644)
    text = str(exc.value)
    assert "\"DUK kunci.xlsx\" tidak dapat dibuka: akses ditolak" in text and "Errno" not in text
    from sqlalchemy import func, select

    from asn_desktop.db.models import Pegawai

    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Pegawai)) == 0


def test_a_nip_ending_in_000_is_refused_as_one_that_was_an_excel_number(tmp_path: Path) -> None:
    """A CSV or a pasted column where the NIP was an Excel number keeps 15 significant digits:
    "199309252019011004" comes back as "199309252019011000", a NIP of nobody. Sequences start at
    001, so the row is refused with what happened, on both reading paths."""
    lost = NIP_B[:15] + "000"
    rows = [["NIP", "Nama"], [NIP_A, "Budi Santoso"], [lost, "Rina Lestari"], [NIP_C, "Yohanes Benu"]]
    path = make_workbook(tmp_path / "dari csv.xlsx", {"Data": rows})
    res = parse_roster(path, today=TODAY)
    assert sorted(by_nip(res)) == sorted([NIP_A, NIP_C])
    [bad] = res.rejected
    assert bad.row == 3 and bad.errors[0].column == "A" and bad.errors[0].value == lost
    assert "berakhir dengan 000" in bad.errors[0].message and "tersimpan sebagai angka" in bad.errors[0].message
    both_paths_agree(path, "Data")
