"""Bounds checked on a zipped workbook before any library allocates for it.

A workbook is a zip of XML parts, and the libraries that read it trust what
the parts say. Two shapes of hostile file kill the process outright:

- a single cell far away (``XFD150000``) in a sheet without ``<dimension>``:
  calamine builds the dense used range from A1 to that cell, about 2.4 billion
  cells (~79 GB), and the allocation aborts the process (SIGABRT, no Python
  exception to catch);
- a zip bomb: 1 MB of deflated ``sharedStrings.xml`` or ``workbook.xml`` that
  expands to gigabytes.

So before calamine (or the standard library's XML parser) sees the file,
this module

- checks every part's declared size, the total, and the compression ratio
  (an honest bomb is refused from the zip directory alone, in milliseconds);
- decompresses every XML part as a stream with a cap of its declared size, so
  a part whose header lies about its size is caught without holding it;
- streams each worksheet (and an OpenDocument ``content.xml``) for the cell
  references / repeat counts, giving the real used range, which is then
  bounded by the caller (:data:`asn_desktop.excel.reader.MAX_ROWS`, ``MAX_CELLS``).

Everything here is plain bytes and regular expressions on 1 MB chunks:
nothing proportional to the declared size is ever allocated.
"""

from __future__ import annotations

import copy
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.excel import ExcelError

#: Sum of the uncompressed sizes of all parts (a 15,000-row regency roster is ~40 MB).
MAX_UNCOMPRESSED_TOTAL = 1024 * 1024 * 1024
#: One part may not expand more than this many times ...
MAX_RATIO = 150
#: ... once it is larger than this (small parts compress very well and are harmless).
RATIO_FLOOR = 8 * 1024 * 1024
#: A workbook with more parts than this is not something Excel writes.
MAX_PARTS = 20_000

_CHUNK = 1 << 20
_XML_PART = (".xml", ".rels", ".vml")

# a cell with its reference, whatever the attribute order: <c r="AB12" ...> or <x:c s="1" r="AB12">
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\sr="([A-Z]{1,4})(\d{1,9})"')
_CELL_ANY = re.compile(rb"<(?:\w+:)?c[\s/>]")
_ROW_REF = re.compile(rb'<(?:\w+:)?row\s[^>]*?\sr="(\d{1,9})"')
_FAST_COL = re.compile(rb'<c r="([A-Z]{1,4})')
_FAST_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,4}(\d{1,9})')
# a cell tag not in the plain form ``<c r="AB12"`` (reference first, upper case, double quotes, at
# most four letters and nine digits): bare ``<c/>``, ``<c s="1" r=…>``, ``<c\tr=…``, ``r='…'``,
# ``r="xfd1"``, ``r="AAAAA1"``: such a chunk is taken apart by the slower paths below
_ODD_CELL = rb'<c(?=[\s/>])(?! r="[A-Z]{1,4}[0-9]{1,9}")'
_ODD_CELL_RE = re.compile(_ODD_CELL)
_ROW_ANY = re.compile(rb"<(?:\w+:)?row[\s/>]")
_ANY_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)>")
# a tag's attributes one after the other (a quoted value is consumed whole, so an ``r="…"`` inside
# another attribute's value is not taken for the reference), any spelling XML allows
_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF_PARTS = re.compile(rb"([A-Za-z]*)([0-9]*)")
# OpenDocument: rows and cells with their repeat counts
_ODS_TAG = re.compile(
    rb"<(/?)(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REP = re.compile(rb'number-rows-repeated="(\d{1,12})"')
_ODS_NAME = re.compile(rb'\bname="([^"]{0,200})"')
_ODS_COLS_REP = re.compile(rb'number-columns-repeated="(\d{1,12})"')


def _spelled_plain(data: bytes) -> bool:
    """Whether every attribute in the chunk is spelled ``name="value"``: no blank before an ``=``
    or an ``r=``, every ``=`` followed by ``"`` (so no ``r='…'`` and no ``r`` hidden inside a
    single-quoted value, which calamine would read as written). Counting scans only."""
    if b" =" in data or data.count(b"=") != data.count(b'="'):
        return False
    for blank in (b"\t", b"\n", b"\r"):  # rare in a sheet: only then the two-byte scans
        if blank in data and (blank + b"=" in data or blank + b"r=" in data):
            return False
    return True


def _refs_plain(data: bytes) -> bool:
    """Whether every reference is the first attribute of its tag, written plainly: each ``r="``
    after a blank (space, tab, line break: any run of them) opens a ``<c`` or ``<row`` tag, so no
    second ``r`` (which calamine takes over the first) and no ``r`` after another attribute. A
    chunk that fails is taken apart by the slower paths."""
    after_blank = data.count(b' r="') + data.count(b'\tr="') + data.count(b'\nr="') + data.count(b'\rr="')
    return after_blank == data.count(b'<c r="') + data.count(b'<row r="') and _spelled_plain(data)


@dataclass(frozen=True)
class Extent:
    """Used range of a sheet from A1: last row and last column (1-based), 0 when empty."""

    rows: int
    cols: int


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.1f}".replace(",", "·").replace(".", ",").replace("·", ".")


def bomb_error(path: Path, part: str, packed: int, unpacked: int | None) -> ExcelError:
    grows = Msg.of(QT_TRANSLATE_NOOP("Pesan", "dari {awal} MB menjadi lebih dari {akhir} MB "), awal=_mb(packed),
                   akhir=_mb(unpacked)) if unpacked else ""
    err = ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" ditolak: bagian \"{part}\" di dalamnya mengembang {grows}saat "
                "dibuka (bentuk \"bom zip\", tidak pernah dibuat oleh Excel atau LibreOffice). "
                "Berkas tidak dibaca dan tidak ada data yang diubah. Minta berkas asli dari "
                "pengirimnya, atau buka dan simpan ulang di Excel/LibreOffice bila Anda yakin "
                "berkas itu wajar."), berkas=path.name, part=part, grows=grows)
    )
    err.details = [f"part={part} compressed={packed} uncompressed={unpacked}"]
    return err


def damaged_error(path: Path) -> ExcelError:
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" bukan buku kerja Excel yang dapat dibaca (berkas rusak: "
                "isinya tidak utuh). Simpan ulang berkas dari Excel atau LibreOffice sebagai "
                "\"Excel Workbook (*.xlsx)\", lalu coba lagi."), berkas=path.name)
    )


def check_directory(zf: zipfile.ZipFile, path: Path) -> None:
    """Declared sizes: part count, total uncompressed size, compression ratio."""
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise ExcelError(
            f"Berkas \"{path.name}\" berisi {len(infos):,} bagian di dalam zip-nya; buku kerja Excel wajar "
            f"berisi jauh lebih sedikit (batas {MAX_PARTS:,}). Berkas tidak dibaca.".replace(",", ".")
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise bomb_error(path, info.filename, info.compress_size, info.file_size)
    if total > MAX_UNCOMPRESSED_TOTAL:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas \"{berkas}\" terlalu besar setelah dibuka ({total} MB; batas "
                    "{MAX_UNCOMPRESSED_TOTAL} MB). Hapus lembar, gambar atau baris yang tidak "
                    "perlu, simpan, lalu coba lagi."), berkas=path.name, total=_mb(total), MAX_UNCOMPRESSED_TOTAL=_mb(MAX_UNCOMPRESSED_TOTAL))
        )


def stream_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> Iterator[bytes]:
    """The part's bytes in 1 MB chunks, refusing it once it grows past its declared size.

    The standard library stops at the declared size; reading with a declared
    size one byte larger shows whether the data really ends there.
    """
    limit = info.file_size
    probe = copy.copy(info)
    probe.file_size = limit + 1
    del probe.CRC  # checked here, at the end: the library would check it at the (false) declared end
    seen = 0
    crc = 0
    try:
        with zf.open(probe) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                seen += len(chunk)
                if seen > limit:
                    raise bomb_error(path, info.filename, info.compress_size, seen)
                crc = zlib.crc32(chunk, crc)
                yield chunk
    except ExcelError:
        raise
    except Exception:  # noqa: BLE001 - bad CRC, broken deflate stream, encrypted flag, bad local header
        raise damaged_error(path) from None
    if seen != limit or crc != info.CRC:
        raise damaged_error(path)


def read_part(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    """A whole (small) part, read through :func:`stream_part`."""
    return b"".join(stream_part(zf, zf.getinfo(name), path))


#: a reference longer than any sheet allows (five letters, eleven digits) counts as this far: refused
_TOO_FAR = 10**10


def _ref_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 10 else _TOO_FAR


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _greater(text: str, alphabet: tuple[str, str], longest: int) -> str:
    """A regex for the strings of ``alphabet`` (no leading zeros assumed) that sort after ``text``
    at its length, or are longer: for a column's letters or a row's digits that is every value
    greater than it (a longer row number with leading zeros also matches, harmlessly)."""
    lo, hi = alphabet
    parts = []
    for i, ch in enumerate(text):
        if ch < hi:
            rest = len(text) - i - 1
            parts.append(re.escape(text[:i]) + f"[{chr(ord(ch) + 1)}-{hi}]" + (f"[{lo}-{hi}]{{{rest}}}" if rest else ""))
    if len(text) < longest:
        parts.append(f"[{lo}-{hi}]{{{len(text) + 1},{longest}}}")
    return "|".join(parts) or "(?!)"


def _beyond(at_least: Extent) -> re.Pattern[bytes]:
    """A cell outside ``at_least`` (column or row), or a cell without its reference."""
    cols = _greater(_letters(max(at_least.cols, 1)), ("A", "Z"), 4)
    rows = _greater(str(max(at_least.rows, 1)), ("0", "9"), 9)
    return re.compile(rf'<c r="(?:(?:{cols})[0-9]|[A-Z]{{1,4}}(?:{rows})")|'.encode() + _ODD_CELL)


def xlsx_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, at_least: Extent | None = None) -> Extent:
    """Last row and column a worksheet really uses, from its cell references (streamed).

    Rows and cells written without a reference are placed after the previous
    one (as calamine does); when a sheet has such cells it is walked tag by tag
    so a row of 20,000 bare ``<c/>`` counts as 20,000 columns.

    With ``at_least`` (the sheet's ``<dimension>``) the answer is at least that, and a chunk
    in which one search finds no cell beyond it is not taken apart cell by cell: the
    package's 14 M cells are checked in ~2 s instead of ~6 s (the regency merge).
    """
    last_row = last_col = 0
    beyond = _beyond(at_least) if at_least is not None else None
    if at_least is not None:
        last_row, last_col = at_least.rows, at_least.cols
    walk = False
    cur_row = cur_col = 0
    tail = b""
    for chunk in stream_part(zf, info, path):
        data = tail + chunk
        cut = data.rfind(b"<")  # keep an unfinished tag for the next chunk
        if cut >= 0 and data.find(b">", cut) < 0:
            data, tail = data[:cut], data[cut:]
        else:
            tail = b""
        if not walk:
            plain = b":c" not in data and _refs_plain(data)  # once per chunk, for both quick paths
            if plain and beyond is not None and beyond.search(data) is None:
                continue  # every cell carries its reference and lies inside ``at_least``
            if plain and beyond is None and last_col:
                # no <dimension>: the extent so far, grown to the row of the chunk's last cell, asked
                # the same one question (rows come in order in every file that is not crafted; a
                # chunk where the question finds a cell beyond it is taken apart below)
                last = _FAST_CELL_ROW.match(data, max(data.rfind(b'<c r="'), 0))
                if last is not None:
                    row = max(last_row, int(last.group(1)))
                    if _beyond(Extent(row, last_col)).search(data) is None:
                        last_row = row
                        continue
            if plain and _ODD_CELL_RE.search(data) is None:
                # every cell carries its reference and no namespace prefix is used (what Excel, LibreOffice,
                # openpyxl and XlsxWriter write): two cheap scans give the extent. Rows do not matter here:
                # calamine places a cell by its own reference, and a row without cells allocates nothing.
                letters = set(_FAST_COL.findall(data))
                if letters:
                    last_col = max(last_col, _col_number(max(letters, key=lambda t: (len(t), t))))
                numbers = set(_FAST_CELL_ROW.findall(data))
                if numbers:
                    last_row = max(last_row, max(int(n) for n in numbers))
                continue
            refs = _CELL_REF.findall(data)
            rows = _ROW_REF.findall(data)
            if (len(_CELL_ANY.findall(data)) == len(refs) and len(_ROW_ANY.findall(data)) == len(rows)
                    and _spelled_plain(data) and data.count(b' r="') == len(refs) + len(rows)):
                if refs:
                    widest = max(refs, key=lambda t: (len(t[0]), t[0]))[0]
                    last_col = max(last_col, _col_number(widest))
                    last_row = max(last_row, max(int(r) for _, r in refs))
                if rows:
                    last_row = max(last_row, max(int(r) for r in rows))
                continue
            walk, cur_row, cur_col = True, last_row, 0
        for m in _ANY_TAG.finditer(data):
            is_row = m.group(1) == b"row"
            col = row = 0  # from the reference(s); a repeated ``r`` counts at its farthest (calamine takes the last)
            for a in _ATTR.finditer(m.group(2)):
                if a.group(1) == b"r":
                    letters, digits = _REF_PARTS.match(a.group(2) if a.group(2) is not None else a.group(3)).groups()
                    if letters:
                        col = max(col, _col_number(letters.upper()) if len(letters) <= 4 else _TOO_FAR)
                    if digits:
                        row = max(row, _ref_number(digits))
            if is_row:
                cur_row = row if row else cur_row + 1
                cur_col = 0
            else:
                cur_col = col if col else cur_col + 1
                cur_row = max(cur_row, row)
                last_col = max(last_col, cur_col)
            last_row = max(last_row, cur_row)
    return Extent(last_row, last_col)


def ods_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> dict[str, Extent]:
    """Used range of each table in an OpenDocument ``content.xml`` (by table order), streamed.

    Repeated rows and cells count as often as they are repeated, but only up
    to the last one that holds something: LibreOffice writes the empty rest of
    a sheet as one row repeated a million times, which no reader expands.
    """
    out: dict[str, Extent] = {}
    table = -1
    name = ""
    rows = cols = 0
    row_no = 0  # rows so far in this table
    row_rep = 1
    col_no = 0
    row_last_col = 0
    tail = b""
    for chunk in stream_part(zf, info, path):
        data = tail + chunk
        cut = data.rfind(b"<")
        if cut > 0 and data.find(b">", cut) < 0:
            data, tail = data[:cut], data[cut:]
        else:
            tail = b""
        for m in _ODS_TAG.finditer(data):
            closing, tag, attrs, selfclose = m.group(1), m.group(2), m.group(3), m.group(4)
            if tag == b"table":
                if closing:
                    out[name] = Extent(rows, cols)
                elif not selfclose:
                    table += 1
                    nm = _ODS_NAME.search(attrs)
                    name = nm.group(1).decode("utf-8", "replace") if nm else f"#{table + 1}"
                    rows = cols = row_no = 0
                continue
            if tag == b"table-row":
                if closing or selfclose:
                    if row_last_col:
                        rows = row_no + row_rep
                        cols = max(cols, row_last_col)
                    row_no += row_rep
                    continue
                rm = _ODS_ROWS_REP.search(attrs)
                row_rep = int(rm.group(1)) if rm else 1
                col_no = 0
                row_last_col = 0
                continue
            if closing:
                continue
            cm = _ODS_COLS_REP.search(attrs)
            rep = int(cm.group(1)) if cm else 1
            col_no += rep
            if not selfclose or b"value-type" in attrs:
                row_last_col = col_no
    if table >= 0 and name not in out:
        out[name] = Extent(rows, cols)
    return out


def verify_parts(zf: zipfile.ZipFile, path: Path, skip: set[str]) -> None:
    """Decompress every other XML part as a stream: its real size must be its declared size."""
    for info in zf.infolist():
        if info.filename in skip or info.is_dir():
            continue
        if info.filename.lower().endswith(_XML_PART):
            for _ in stream_part(zf, info, path):
                pass
