"""Tables that arrive as text: CSV and "HTML saved as .xls".

Many SIMPEG systems export an HTML page with a ``.xls`` name (Excel opens it
after a warning), and offices re-save rosters as CSV, with a comma or (in an
Indonesian Excel, where the comma is the decimal mark) a semicolon, in UTF-8
with or without BOM or in Windows-1252. Both are turned into the same
:class:`~asn_desktop.excel.reader.SheetData` the workbook path gives: a dense
grid from A1 of cell values plus merged ranges, so every importer reads them
like a sheet.

- The kind is decided by the content, never by the extension.
- HTML: every top-level ``<table>`` in document order, stacked with one blank
  row between them (what Excel shows when it opens such a file); ``colspan``
  and ``rowspan`` become merged ranges with the value in the top-left cell;
  ``<br>`` inside a cell is a line break (the stacked "Nama⏎NIP" cells).
- CSV: the delimiter is the one that splits the first lines into the most
  equal columns (``sep=;`` on the first line, as Excel writes it, wins).
- Values stay text: a CSV or HTML cell has no type; the roster's parsers read
  dates and numbers from text.
- Bounded before anything grows: the file size (:data:`MAX_TEXT_BYTES`), the
  rows, the width and the cells, with the same limits as a workbook.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.excel import ExcelError

#: A text table larger than this is refused (a 15,000-row roster as CSV is ~5 MB).
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: Widest table accepted (Excel's own limit).
MAX_COLS = 16_384
#: HTML ``colspan`` is capped at 1000 and ``rowspan`` at 65534 by the HTML standard.
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65_534

_HTML_START = ("<!doctype html", "<html", "<table", "<head", "<body", "<meta", "<style", "<div", "<h1", "<h2",
               "<h3", "<p>", "<p ", "<center", "<title")
_XML2003 = "urn:schemas-microsoft-com:office:spreadsheet"


def decode(data: bytes) -> str:
    """Text of a file: BOM first, then strict UTF-8, then Windows-1252 (what Indonesian Windows writes)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff(head: bytes) -> str | None:
    """"html", "csv", "xml2003" or None (not a table), from the first bytes of a file."""
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\x00" in head:
        return None
    text = decode(head)
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith("<"):
        if _XML2003 in low[:8192]:
            return "xml2003"
        body = low[:65536]
        if low.startswith(_HTML_START) or "<table" in body or (low.startswith("<?xml") and "<html" in body):
            return "html"
        return None
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > len(sample) // 100:
        return None
    lines = [ln for ln in sample.splitlines()[:50] if ln.strip()]
    if not lines:
        return None
    if any(d in ln for ln in lines for d in (";", ",", "\t")):
        return "csv"
    return None


def _too_big(path: Path, size: int) -> ExcelError:
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" terlalu besar untuk tabel teks ({nilai} MB; batas {nilai2} "
                "MB). Simpan datanya sebagai buku kerja Excel (*.xlsx), atau bagi menjadi "
                "beberapa berkas."), berkas=path.name, nilai=size // (1024 * 1024), nilai2=MAX_TEXT_BYTES // (1024 * 1024))
    )


def _read(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise _too_big(path, size)
    return path.read_bytes()


def _check_size(path: Path, sheet: str, rows: int, cols: int, max_rows: int, max_cells: int) -> None:
    from asn_desktop.excel.reader import col_letter, too_many_rows

    if rows > max_rows:
        raise too_many_rows(path, sheet, rows, max_rows)
    if cols > MAX_COLS or rows * cols > max_cells:
        raise ExcelError(
            f"Tabel pada \"{path.name}\" terlalu besar: {rows:,} baris × {cols:,} kolom (sampai sel "
            f"{col_letter(min(cols, MAX_COLS) - 1)}{rows}). Hapus kolom dan baris yang tidak perlu, lalu coba lagi."
            .replace(",", ".")
        )


# --------------------------------------------------------------------------- CSV


def _delimiter(text: str) -> tuple[str, str]:
    """(delimiter, text without an Excel ``sep=`` line)."""
    first, _, rest = text.partition("\n")
    m = re.fullmatch(r'"?sep=(.)"?\r?', first.strip("\ufeff"))
    if m:
        return m.group(1), rest
    lines = [ln for ln in text[:65536].splitlines() if ln.strip()][:50]
    best = (";", (-1, -1))
    for d in (";", ",", "\t", "|"):
        counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        score = (sum(1 for c in counts if c == mode and c > 1), mode)
        if score > best[1]:
            best = (d, score)
    return best[0], text


def read_csv(path: Path, *, max_rows: int, max_cells: int) -> list[Any]:
    """The CSV as one sheet (named after the file, as Excel does)."""
    from asn_desktop.excel.reader import SheetData

    text = decode(_read(path))
    delim, text = _delimiter(text)
    name = path.stem[:31] or "CSV"
    rows: list[list[Any]] = []
    width = 0
    old_limit = csv.field_size_limit()
    csv.field_size_limit(1 << 20)
    try:
        for lineno, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), start=1):
            rows.append(row)
            width = max(width, len(row))
            if len(rows) > max_rows or width > MAX_COLS or len(rows) * width > max_cells:
                _check_size(path, name, len(rows), width, max_rows, max_cells)
    except csv.Error as exc:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas CSV \"{berkas}\" tidak dapat dibaca pada baris {nilai}: {exc}. Buka di "
                    "Excel atau LibreOffice, simpan ulang sebagai CSV atau *.xlsx, lalu coba "
                    "lagi."), berkas=path.name, nilai=lineno + 1, exc=exc)
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    while rows and not any(v.strip() for v in rows[-1]):
        rows.pop()
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return [SheetData(name, rows, [], True)]


# --------------------------------------------------------------------------- HTML


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _html_text(data: bytes) -> str:
    m = _CHARSET.search(data[:8192])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(enc, errors="replace")
        except LookupError:
            pass
    return decode(data)


def _cell_text(el: Any) -> str:
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in el.iter("p", "div", "li"):
        if block is not el:
            block.tail = "\n" + (block.tail or "")
    lines = [" ".join(ln.split()) for ln in el.text_content().replace("\u00a0", " ").splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _span(el: Any, attr: str, cap: int) -> int:
    try:
        n = int(str(el.get(attr, "1")).strip() or 1)
    except ValueError:
        return 1
    return max(0, min(n, cap))


def read_html(path: Path, *, max_rows: int, max_cells: int) -> list[Any]:
    """Every top-level table of the page, stacked in one sheet named after the file."""
    import lxml.html
    from lxml import etree

    from asn_desktop.excel.reader import SheetData

    text = _html_text(_read(path))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas \"{berkas}\" adalah halaman web tanpa tabel yang dapat dibaca. Buka "
                    "berkas di Excel, simpan sebagai \"Excel Workbook (*.xlsx)\", lalu coba lagi."), berkas=path.name)
        ) from None
    name = path.stem[:31] or "HTML"
    grid: dict[tuple[int, int], str] = {}
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
    top = 0  # first row of the current table
    width = 0
    tables = doc.xpath("//table[not(ancestor::table)]")
    if not tables:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas \"{berkas}\" adalah halaman web (HTML) tanpa tabel, jadi tidak ada "
                    "data yang dapat diimpor. Periksa apakah ini berkas ekspor yang benar."), berkas=path.name)
        )
    for table in tables:
        trs = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        if not trs:
            continue
        taken: set[tuple[int, int]] = set()
        for i, tr in enumerate(trs):
            r = top + i
            c = 0
            for cell in tr.xpath("./td | ./th"):
                while (r, c) in taken:
                    c += 1
                cs = max(1, _span(cell, "colspan", MAX_COLSPAN))
                rs = _span(cell, "rowspan", MAX_ROWSPAN)
                rs = len(trs) - i if rs == 0 else max(1, min(rs, len(trs) - i))
                value = _cell_text(cell)
                if value:
                    grid[(r, c)] = value
                if cs > 1 or rs > 1:
                    merged.append(((r, c), (r + rs - 1, c + cs - 1)))
                    for dr in range(rs):
                        for dc in range(cs):
                            taken.add((r + dr, c + dc))
                c += cs
                width = max(width, c)
                if width > MAX_COLS or (r + 1) * width > max_cells:
                    _check_size(path, name, r + 1, width, max_rows, max_cells)
            if r + 1 > max_rows:
                _check_size(path, name, r + 1, width, max_rows, max_cells)
        top += len(trs) + 1  # one blank row between tables
    height = 1 + max((r for r, _c in grid), default=-1)
    rows: list[list[Any]] = [[""] * width for _ in range(height)]
    for (r, c), v in grid.items():
        rows[r][c] = v
    merged = [m for m in merged if m[0][0] < height]
    return [SheetData(name, rows, merged, True)]


def xml2003_error(path: Path) -> ExcelError:
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" adalah \"XML Spreadsheet 2003\", format lama yang tidak "
                "didukung. Buka di Excel atau LibreOffice, simpan sebagai \"Excel Workbook "
                "(*.xlsx)\", lalu impor berkas itu."), berkas=path.name)
    )
