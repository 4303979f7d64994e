"""Hostile workbooks: a far-away cell, zip bombs, huge repeats. The process must survive every reader.

Each file is read in a child process with a 3 GB address-space limit, so a
regression shows as a failed test (the child aborting) instead of taking the
test run or the machine down. The files are built here, from small valid
workbooks, with the same builders the fuzzer uses (fuzz_excel.far_cell/zip_bomb).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import fuzz_excel as fz
import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
    from asn_desktop.excel import ExcelError
    from asn_desktop.excel.exchange import JENIS_HASIL, read_workbook
    from asn_desktop.excel.forms import read_form
    from asn_desktop.excel.reader import Workbook
    from asn_desktop.excel.roster import parse_roster
    from asn_desktop.excel.riwayat_nilai import parse_past_results

    def every_sheet(p):
        with Workbook(p) as wb:
            for n in wb.sheet_names:
                wb.read(n)

    readers = {
        "roster": parse_roster,
        "hasil": lambda p: read_workbook(p, JENIS_HASIL),
        "formulir": read_form,
        "riwayat": parse_past_results,
        "lembar": every_sheet,
    }
    out = []
    for path in sys.argv[1:]:
        for name, fn in readers.items():
            try:
                fn(path)
                out.append([path, name, "ok", ""])
            except ExcelError as exc:
                out.append([path, name, "refused", exc.message])
            except Exception as exc:
                out.append([path, name, "crash", f"{type(exc).__name__}: {exc}"])
    print(json.dumps(out))
    """
)


def _run_readers(paths: list[Path]) -> list[list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, f"the reader process died (rc {proc.returncode}): {proc.stderr[-1500:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _roster_bytes() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws.append(["NO", "NIP", "NAMA", "TEMPAT LAHIR"])
    ws.append([1, "198507142009032004", "Maria Dewi", "Kupang"])
    ws.append([2, "197809262015051001", "Budi Santoso", "Atambua"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def _ods(rows_repeated: int, cols_repeated: int) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="DUK"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>NIP</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}"><table:table-cell '
        f'table:number-columns-repeated="{cols_repeated}" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", MANIFEST)
    return buf.getvalue()


def _bare_cells(data: bytes) -> bytes:
    """Cells without references: a row of 16,384 bare ``<c/>`` and a row far below."""
    def change(name: str, content: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/"):
            import re

            content = re.sub(rb"<dimension [^>]*/>", b"", content, count=1)
            wide = b"<row>" + b"<c/>" * 16384 + b"</row>"
            far = b'<row r="150000"><c t="inlineStr"><is><t>x</t></is></c></row>'
            return content.replace(b"</sheetData>", wide + far + b"</sheetData>", 1)
        return content

    return fz._rezip(data, change)


def _lying_dimension(data: bytes, extra: bytes) -> bytes:
    """The sheet keeps its small ``<dimension>`` while ``extra`` (cells beyond it) is added: the
    dimension is only a hint, the cells present decide the used range."""
    def change(name: str, content: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/"):
            assert b"<dimension " in content
            return content.replace(b"</sheetData>", extra + b"</sheetData>", 1)
        return content

    return fz._rezip(data, change)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    base = _roster_bytes()
    files = {
        "far_cell.xlsx": fz.far_cell(base),
        "bomb_shared.xlsx": fz.zip_bomb(base, "xl/sharedStrings.xml"),
        "bomb_shared_lying.xlsx": fz.zip_bomb(base, "xl/sharedStrings.xml", lying=True),
        "bomb_workbook_lying.xlsx": fz.zip_bomb(base, "xl/workbook.xml", lying=True, size=16 * 1024 * 1024),
        "bare_cells.xlsx": _bare_cells(base),
        "far_cell_dimension.xlsx": _lying_dimension(
            base, b'<row r="150000"><c r="XFD150000" t="inlineStr"><is><t>x</t></is></c></row>'),
        **{f"far_cell_{name}.xlsx": _lying_dimension(base, b'<row r="150000">' + cell + b"</row>") for name, cell in {
            # spellings of a far reference that XML and calamine accept but a plain scan would miss
            "second_r": b'<c r="A150000" r="XFD150000" t="inlineStr"><is><t>x</t></is></c>',
            "second_r_two_blanks": b'<c r="A150000"  r="XFD150000" t="inlineStr"><is><t>x</t></is></c>',
            "second_r_line_break": b'<c r="A150000"\r\n r="XFD150000" t="inlineStr"><is><t>x</t></is></c>',
            "tab": b'<c\tr="XFD150000" t="inlineStr"><is><t>x</t></is></c>',
            "apostrophes": b"<c r='XFD150000' t=\"inlineStr\"><is><t>x</t></is></c>",
            "blanks": b'<c r = "XFD150000" t="inlineStr"><is><t>x</t></is></c>',
            "lower_case": b'<c r="xfd150000" t="inlineStr"><is><t>x</t></is></c>',
            "five_letters": b'<c r="AAAAA150000" t="inlineStr"><is><t>x</t></is></c>',
            "hidden_r": b"<c t=\"inlineStr\" x='r=\"A1\"' r=\"XFD150000\"><is><t>x</t></is></c>",
        }.items()},
        "bare_cells_dimension.xlsx": _lying_dimension(
            base, b"<row>" + b"<c/>" * 16384 + b'</row><row r="150000"><c t="inlineStr"><is><t>x</t></is></c></row>'),
        "repeat.ods": _ods(1_000_000, 16384),
        "wide_repeat.ods": _ods(5000, 16384),
        "normal.xlsx": base,
    }
    out = {}
    for name, data in files.items():
        (d / name).write_bytes(data)
        out[name] = d / name
    return out


def test_no_reader_dies_on_a_hostile_file(hostile: dict[str, Path]) -> None:
    results = _run_readers(list(hostile.values()))
    crashes = [r for r in results if r[2] == "crash"]
    assert not crashes, crashes
    for path, reader, outcome, message in results:
        name = Path(path).name
        if name == "normal.xlsx":
            continue
        assert outcome == "refused", (name, reader, outcome)
        assert name in message  # the message names the file ...
    by = {(Path(p).name, r): m for p, r, _o, m in results}
    # ... and says what is wrong, in terms the operator can act on
    assert "XFD150000" in by[("far_cell.xlsx", "roster")]
    assert "XFD150000" in by[("far_cell_dimension.xlsx", "hasil")]
    assert "bom zip" in by[("bomb_shared.xlsx", "roster")]
    assert "bom zip" in by[("bomb_shared_lying.xlsx", "hasil")]
    assert "xl/workbook.xml" in by[("bomb_workbook_lying.xlsx", "formulir")]
    assert "1.000.001 baris" in by[("repeat.ods", "roster")]
    assert "terlalu besar" in by[("wide_repeat.ods", "lembar")]
    # the untouched workbook is still read by the roster import
    assert next(o for p, r, o, _m in results if Path(p).name == "normal.xlsx" and r == "roster") == "ok"


def test_a_far_but_small_used_range_is_still_read(tmp_path: Path) -> None:
    """Bounding the used range must not refuse a normal file with a stray cell a little outside the table."""
    from asn_desktop.excel.reader import Workbook

    path = tmp_path / "stray.xlsx"
    path.write_bytes(fz.far_cell(_roster_bytes(), b"Z400"))
    with Workbook(path) as wb:
        sheet = wb.read("DUK")
    assert sheet.height == 400 and sheet.cell(1, 1) == "198507142009032004"


def test_an_ods_as_libreoffice_writes_it_is_still_read(tmp_path: Path) -> None:
    """LibreOffice writes the empty rest of a sheet as one row repeated ~a million times and the empty rest
    of a row as one cell repeated ~a thousand times: that is no used range and must not be refused."""
    from asn_desktop.excel.roster import parse_roster

    def cell(text: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'

    rows = [["NIP", "NAMA", "TEMPAT LAHIR"], ["198507142009032004", "Maria Dewi", "Kupang"],
            ["197809262015051001", "Budi Santoso", "Atambua"]]
    body = "".join(
        '<table:table-row table:style-name="ro1">' + "".join(cell(v) for v in r)
        + '<table:table-cell table:number-columns-repeated="1021"/></table:table-row>' for r in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="DUK"><table:table-column table:number-columns-repeated="1024"/>'
        f"{body}"
        '<table:table-row table:number-rows-repeated="1048573" table:style-name="ro1">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "duk.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", MANIFEST)
    parsed = parse_roster(path)
    assert [r.values["nip"] for r in parsed.valid] == ["198507142009032004", "197809262015051001"]


def test_the_dimension_shortcut_sees_every_cell_beyond_it() -> None:
    """The one-search shortcut of ``xlsx_extent`` (a sheet with ``<dimension>``) must flag every cell
    outside the dimension and every cell without a reference; a false alarm only costs time."""
    import random

    from asn_desktop.excel.bounds import Extent, _beyond, _letters

    rng = random.Random(7)
    extents = [Extent(1, 1), Extent(9, 26), Extent(10, 27), Extent(75001, 35), Extent(99, 702), Extent(1048576, 16384)]
    extents += [Extent(rng.randint(1, 2_000_000), rng.randint(1, 16384)) for _ in range(40)]
    for ext in extents:
        pat = _beyond(ext)
        cases = [(ext.rows, ext.cols), (ext.rows + 1, ext.cols), (ext.rows, ext.cols + 1), (1, 1)]
        cases += [(rng.randint(1, ext.rows * 3 + 10), rng.randint(1, min(16384, ext.cols * 3 + 5))) for _ in range(200)]
        for row, col in cases:
            cell = f'<c r="{_letters(col)}{row}" t="s"><v>1</v></c>'.encode()
            outside = row > ext.rows or col > ext.cols
            assert (pat.search(cell) is not None) == outside, (ext, row, col)
        for bare in (b"<c/>", b"<c>", b'<c t="s">', b'<c s="1" r="A1">'):
            assert pat.search(bare) is not None, (ext, bare)


def test_without_dimension_every_chunk_is_checked_for_a_far_cell(tmp_path: Path) -> None:
    """A sheet without ``<dimension>`` larger than one read chunk: after the first chunk, each chunk
    is asked once whether a cell lies beyond the extent so far (grown to its last cell's row); a
    far cell anywhere in a later chunk (out of row order, or far to the right) must still count."""
    from asn_desktop.excel.bounds import _CHUNK, xlsx_extent

    def sheet(extra_at: int | None, extra: bytes) -> bytes:
        rows = []
        for r in range(1, 40_001):
            cells = b"".join(b'<c r="%s%d" t="inlineStr"><is><t>x%d</t></is></c>' % (col, r, r) for col in (b"A", b"B", b"C"))
            if r == extra_at:
                cells += extra
            rows.append(b'<row r="%d">%s</row>' % (r, cells))
        body = b"".join(rows)
        assert len(body) > 3 * _CHUNK
        return (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData>" + body + b"</sheetData></worksheet>")

    far_row = b'<c r="D9000000" t="inlineStr"><is><t>far</t></is></c>'
    far_col = b'<c r="XFD20000" t="inlineStr"><is><t>far</t></is></c>'
    # a second reference, which calamine takes over the first, after any run of blanks
    second = [b'<c r="D20000"%sr="XFD20000" t="inlineStr"><is><t>far</t></is></c>' % gap
              for gap in (b"  ", b"\r\n ", b" \t", b"\t", b"\n")]
    for extra_at, extra, want in ((None, b"", (40_000, 3)), (25_000, far_row, (9_000_000, 4)),
                                  (20_000, far_col, (40_000, 16384)), (39_999, b"<c/>", (40_000, 4)),
                                  *((20_000, cell, (40_000, 16384)) for cell in second)):
        path = tmp_path / "s.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("xl/worksheets/sheet1.xml", sheet(extra_at, extra))
        with zipfile.ZipFile(path) as z:
            got = xlsx_extent(z, z.getinfo("xl/worksheets/sheet1.xml"), path)
        assert (got.rows, got.cols) == want, (extra_at, extra)
