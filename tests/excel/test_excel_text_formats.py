"""CSV and "HTML saved as .xls": read like a workbook, detected by content, bounded in size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import Workbook as Reader
from asn_desktop.excel.roster import parse_roster
from excel_helpers import NIP_A, NIP_B, NIP_C

HEADER = ["No", "NIP", "Nama", "Tempat Lahir", "Tanggal Lahir", "Gol. Ruang", "Jabatan"]
ROWS = [
    ["1", NIP_A, "Yohanes Benu", "Kupang", "01-01-1980", "III/b", "Kepala Seksi Pemerintahan"],
    ["2", NIP_B, "Maria Dewi Lakaseru", "Soë", "14-02-1985", "III/a", "Analis Kebijakan"],
    ["3", NIP_C, "Ardi Setiawan", "Atambua", "03-03-1990", "II/c", "Pengadministrasi Umum"],
]


def _xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws.append(["DAFTAR URUT KEPANGKATAN"])
    ws.append([])
    for row in [HEADER, *ROWS]:
        ws.append(row)
        for c in ws[ws.max_row]:
            c.data_type = "s"
    wb.save(path)
    return path


def _csv(path: Path, delim: str, encoding: str, *, sep_line: bool = False) -> Path:
    lines = [delim.join(f'"{v}"' if delim in v else v for v in row) for row in [HEADER, *ROWS]]
    text = ("sep=" + delim + "\r\n" if sep_line else "") + "\r\n".join(lines) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def _html(path: Path, encoding: str = "utf-8") -> Path:
    """What a SIMPEG export looks like: a title table, then a two-row header with colspan/rowspan."""
    body = "".join(
        f"<tr><td>{r[0]}</td><td style=\"mso-number-format:'\\@'\">{r[1]}</td><td>{r[2]}</td>"
        f"<td>{r[3]}</td><td>{r[4]}</td><td>{r[5]}</td><td>{r[6]}</td></tr>"
        for r in ROWS
    )
    page = (
        f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="{encoding}">'
        "<title>DUK</title></head><body>"
        "<table><tr><td colspan=7><b>DAFTAR URUT KEPANGKATAN</b></td></tr></table>"
        '<table border="1"><thead><tr><th rowspan="2">No</th><th rowspan="2">NIP</th><th rowspan="2">Nama</th>'
        '<th colspan="2">Kelahiran</th><th rowspan=2>Gol. Ruang</th><th rowspan=2>Jabatan</th></tr>'
        "<tr><th>Tempat Lahir</th><th>Tanggal Lahir</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )
    path.write_bytes(page.encode(encoding))
    return path


def _people(path: Path) -> list[tuple[Any, ...]]:
    parsed = parse_roster(path)
    assert not parsed.rejected, [p.message for r in parsed.rejected for p in r.problems]
    return sorted(
        (r.values["nip"], r.values["nama"], r.values.get("tempat_lahir"), r.values.get("tanggal_lahir"),
         r.values.get("golongan"), r.values.get("nama_jabatan"))
        for r in parsed.valid
    )


@pytest.mark.parametrize(
    "name,make",
    [
        ("komma.csv", lambda p: _csv(p, ",", "utf-8")),
        ("titik-koma.csv", lambda p: _csv(p, ";", "utf-8-sig")),
        ("windows.csv", lambda p: _csv(p, ";", "cp1252", sep_line=True)),
        ("tab.txt", lambda p: _csv(p, "\t", "utf-16")),
        ("simpeg.xls", lambda p: _html(p)),
        ("simpeg-1252.xls", lambda p: _html(p, "windows-1252")),
        # the extension does not decide: a CSV named .xlsx and an HTML page named .csv are read by content
        ("salah-nama.xlsx", lambda p: _csv(p, ";", "utf-8")),
        ("halaman.csv", lambda p: _html(p)),
    ],
)
def test_every_text_format_imports_the_same_employees_as_the_workbook(tmp_path: Path, name: str, make: Any) -> None:
    expected = _people(_xlsx(tmp_path / "duk.xlsx"))
    assert len(expected) == 3 and expected[1][2] == "Soë"  # the non-ASCII place name survives
    assert _people(make(tmp_path / name)) == expected


def test_html_spans_become_merged_ranges_and_br_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text(
        "<table><tr><td rowspan=2>1</td><td>YOHANES BENU<br>NIP. 19800101 200501 1 001</td></tr>"
        "<tr><td>III/b<br/>01 OCT 2021</td></tr>"
        "<tr><td colspan=2>A. SEKRETARIAT</td></tr></table>",
        encoding="utf-8",
    )
    with Reader(path) as wb:
        assert wb.sheet_names == ["export"]
        sheet = wb.read("export")
    assert sheet.rows == [
        ["1", "YOHANES BENU\nNIP. 19800101 200501 1 001"],
        ["", "III/b\n01 OCT 2021"],
        ["A. SEKRETARIAT", ""],
    ]
    assert sorted(sheet.merged) == [((0, 0), (1, 0)), ((2, 0), (2, 1))]


def test_text_that_is_no_table_is_refused_by_name(tmp_path: Path) -> None:
    cases = {
        "catatan.csv": b"Ini hanya catatan tanpa pemisah kolom\n",
        "biner.xls": bytes(range(256)) * 20,
        "laporan.xls": b"<html><body><p>Tidak ada data</p></body></html>",
        "lama.xls": b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ExcelError) as err:
            parse_roster(tmp_path / name)
        assert name in err.value.message, name
    (tmp_path / "x.xls").write_bytes(cases["lama.xls"])
    with pytest.raises(ExcelError, match="XML Spreadsheet 2003"):
        Reader(tmp_path / "x.xls")


def test_hostile_text_tables_are_bounded(tmp_path: Path) -> None:
    """A colspan of a million, a rowspan of a billion, an endless CSV row: refused or capped, never grown."""
    spans = tmp_path / "span.xls"
    spans.write_text(
        "<table>" + "<tr><td colspan=1000000>a</td><td colspan=1000>b</td></tr>" * 20
        + "<tr><td rowspan=999999999>c</td></tr></table>",
        encoding="utf-8",
    )
    with Reader(spans) as wb:  # capped as the HTML standard says: colspan ≤ 1000, rowspan to the table's end
        sheet = wb.read(wb.sheet_names[0])
    assert len(sheet.rows[0]) == 2000 and sheet.height == 21
    wide = tmp_path / "lebar.csv"
    wide.write_text(";".join(["x"] * 20000) + "\n", encoding="utf-8")
    with pytest.raises(ExcelError, match="lebar.csv"):
        Reader(wide)
    tall = tmp_path / "panjang.csv"
    tall.write_text("NIP;Nama\n" + "1;a\n" * 200_001, encoding="utf-8")
    with pytest.raises(ExcelError, match="200.000 baris"):
        Reader(tall)
