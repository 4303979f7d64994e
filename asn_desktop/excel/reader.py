"""Opening workbooks as offices really send them, and finding the table in them.

Head-office rosters are printed documents first: title rows, a one- or two-row
merged header, a numbering row "(1) (2) …", blank rows, group headings, a
header repeated after each printed page, and a signature block under the data
("Kupang, 2 Januari 2026 / CAMAT … / NIP. 1972…"). This module

- checks the file before reading it (:func:`probe_file`): not a workbook,
  password-protected, or far too many rows (read from the sheet's
  ``<dimension>`` element, without loading the sheet) gives a clear message
  in well under a second;
- reads sheets with python-calamine (about 8x faster than openpyxl);
- finds the header row by the labels it knows (:data:`FIELD_SYNONYMS`,
  Indonesian DUK headings and SIASN field names), combining two-row merged
  headers ("NAMA / NIP" over "NAMA" and "NIP");
- yields the data rows (:func:`iter_data_rows`) and leaves out everything that
  is not data, recording what it skipped and why.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.excel import ExcelError, bounds, text_tables

#: A sheet with more rows than this is refused before it is read (regency
#: rosters have ~15,000 rows; 1,048,576 rows means formatting down to the end).
MAX_ROWS = 200_000
#: Upper bound on height x width, so a sheet styled across all 16,384 columns
#: cannot exhaust memory (calamine materialises the used range).
MAX_CELLS = 12_000_000
#: Files larger than this are refused outright.
MAX_FILE_BYTES = 300 * 1024 * 1024
#: How far down the header is searched for (title blocks are rarely longer).
HEADER_SCAN_ROWS = 40

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')


# --------------------------------------------------------------------------- helpers


def col_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 27 → AB)."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_INVISIBLE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\u2060": ""})


def clean_text(value: Any) -> str:
    """Text of a cell with non-breaking/zero-width spaces and runs of blanks collapsed."""
    if value is None:
        return ""
    if value.__class__ is str:
        if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
            return value  # already clean: the common case, kept fast
        return " ".join(value.translate(_INVISIBLE).split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_blank(value: Any) -> bool:
    if value is None or value == "":
        return True
    return isinstance(value, str) and not value.translate(_INVISIBLE).strip()


def display_value(value: Any) -> str:
    """How a raw cell value is shown in a problem message."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M") if value.time() != time() else value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    text = str(value).replace("\n", " ⏎ ")
    return text if len(text) <= 120 else text[:117] + "…"


# --------------------------------------------------------------------------- probing


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    rows: int | None  # from <dimension>, None when unknown (xls/ods, or not written)
    cols: int | None


@dataclass(frozen=True)
class FileProbe:
    path: Path
    kind: str  # "xlsx", "xls", "ods", "csv", "html"
    size: int
    sheets: list[SheetInfo]


def _fail_not_workbook(path: Path, what: str = "", *, document: bool = False) -> ExcelError:
    """``document``: another kind of document (Word, PDF, a presentation), where re-saving "from
    Excel" is no advice: the operator picked the wrong file, or the table must be copied out."""
    extra = Msg.of(QT_TRANSLATE_NOOP("Pesan", " ({apa})"), apa=Msg(what)) if what else ""
    if document:
        return ExcelError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Berkas \"{berkas}\" bukan buku kerja Excel{extra}. Pilih berkas Excel (.xlsx, .xls, .ods) atau CSV "
            "yang berisi tabelnya; bila tabel itu hanya ada di dokumen ini, salin tabelnya ke Excel, simpan "
            "sebagai \"Excel Workbook (*.xlsx)\", lalu pilih berkas itu."), berkas=path.name, extra=extra))
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" bukan buku kerja Excel yang dapat dibaca{extra}. Simpan ulang "
                "berkas dari Excel atau LibreOffice sebagai \"Excel Workbook (*.xlsx)\", lalu coba "
                "lagi."), berkas=path.name, extra=extra)
    )


def _password_error(path: Path) -> ExcelError:
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Berkas \"{berkas}\" dilindungi kata sandi, sehingga isinya tidak dapat dibaca. "
                "Buka berkas di Excel dengan kata sandinya, hapus kata sandi (File › Info › "
                "Protect Workbook › Encrypt with Password, kosongkan), simpan, lalu impor lagi."), berkas=path.name)
    )


def probe_file(path: Path | str, *, max_rows: int = MAX_ROWS) -> FileProbe:
    """Check a file before reading it; fast even for huge files.

    Raises :class:`ExcelError` for a missing/empty file, a file that is not a
    workbook (a Word document, a PDF, a renamed CSV), an encrypted workbook,
    a file the system will not let us read (locked by another program, no
    permission, a drive gone), and for sheets whose declared size exceeds
    :data:`MAX_ROWS`.
    """
    path = Path(path)
    try:
        return _probe_file(path, max_rows)
    except PermissionError:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Berkas \"{berkas}\" tidak dapat dibuka: akses ditolak. Mungkin berkas sedang dibuka atau dikunci "
            "program lain (Excel, sinkronisasi OneDrive, antivirus), atau akun ini tidak berhak membacanya. Tutup "
            "berkas itu di Excel, atau salin berkasnya ke folder lain (misalnya Dokumen), lalu pilih salinannya."),
            berkas=path.name)) from None
    except OSError:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan",
            "Berkas \"{berkas}\" tidak dapat dibaca dari penyimpanannya (flashdisk atau folder jaringan "
            "terputus?). Salin berkas ke komputer ini, lalu coba lagi."), berkas=path.name)) from None


def _probe_file(path: Path, max_rows: int) -> FileProbe:
    if not path.exists():
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas \"{berkas}\" tidak ditemukan."), berkas=path))
    if path.is_dir():
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\" adalah folder, bukan berkas Excel."), berkas=path))
    size = path.stat().st_size
    if size == 0:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas \"{berkas}\" kosong (0 byte)."), berkas=path.name))
    if size > MAX_FILE_BYTES:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Berkas \"{berkas}\" terlalu besar ({nilai} MB; batas {nilai2} MB). Hapus "
                    "lembar atau baris yang tidak perlu, lalu coba lagi."), berkas=path.name, nilai=size // (1024 * 1024), nilai2=MAX_FILE_BYTES // (1024 * 1024))
        )
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE_MAGIC):
        return _probe_ole(path, size)
    if head.startswith(_ZIP_MAGIC):
        return _probe_zip(path, size, max_rows)
    if head.startswith(b"%PDF"):
        raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "berkas PDF"), document=True)
    # a text table: CSV, or an HTML page saved as .xls (SIMPEG exports); decided by content, not by name
    with open(path, "rb") as fh:
        text_head = fh.read(65536)
    kind = text_tables.sniff(text_head)
    if kind == "xml2003":
        raise text_tables.xml2003_error(path)
    if kind in ("csv", "html"):
        if size > text_tables.MAX_TEXT_BYTES:
            raise text_tables._too_big(path, size)
        return FileProbe(path, kind, size, [])
    raise _fail_not_workbook(path)


def _probe_ole(path: Path, size: int) -> FileProbe:
    """An OLE compound file is either a legacy .xls or an encrypted .xlsx/.xls."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as fh:
        data = fh.read(min(size, 64 * 1024 * 1024))
    if marker in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise _password_error(path)
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        raise _fail_not_workbook(
            path, QT_TRANSLATE_NOOP("Pesan", "dokumen Office lama yang bukan Excel, misalnya Word .doc"), document=True)
    return FileProbe(path, "xls", size, [])


def _probe_zip(path: Path, size: int, max_rows: int = MAX_ROWS) -> FileProbe:
    """A zip: xlsx or ods, bounded (sizes, compression ratio, used range) before anything reads it."""
    try:
        zf = zipfile.ZipFile(path)
    except Exception:  # noqa: BLE001 - BadZipFile, OSError, ValueError on a broken directory
        raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "berkas rusak: isinya tidak utuh")) from None
    with zf:
        names = set(zf.namelist())
        bounds.check_directory(zf, path)
        if "xl/workbook.xml" not in names:
            if "content.xml" in names and "mimetype" in names:
                mime = bounds.read_part(zf, "mimetype", path)[:100]
                if b"spreadsheet" in mime:
                    return _probe_ods(zf, path, size, max_rows)
                raise _fail_not_workbook(
                    path, QT_TRANSLATE_NOOP("Pesan", "dokumen OpenDocument yang bukan lembar kerja"), document=True)
            if "word/document.xml" in names:
                raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "dokumen Word"), document=True)
            if "ppt/presentation.xml" in names:
                raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "presentasi PowerPoint"), document=True)
            raise _fail_not_workbook(path)
        try:
            sheets, scanned = _xlsx_sheets(zf, path, max_rows)
            bounds.verify_parts(zf, path, scanned)
        except ExcelError:
            raise
        except Exception:  # noqa: BLE001 - bad CRC, broken deflate stream, bad XML: all "damaged"
            raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "berkas rusak: isinya tidak utuh")) from None
    _check_extents(path, sheets, max_rows)
    return FileProbe(path, "xlsx", size, sheets)


def _check_extents(path: Path, sheets: list[SheetInfo], max_rows: int) -> None:
    for s in sheets:
        if s.rows is not None and s.rows > max_rows:
            raise too_many_rows(path, s.name, s.rows, max_rows)
        if s.rows is not None and s.cols is not None and s.rows * s.cols > MAX_CELLS:
            raise ExcelError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Lembar \"{name}\" pada \"{berkas}\" terlalu besar: isinya terpakai sampai "
                        "sel {nilai}{rows} ({rows2} baris × {cols} kolom; batas {MAX_CELLS} "
                        "sel). Hapus isi dan format di luar tabel (mis. sel {nilai}{rows}), "
                        "simpan, lalu coba lagi."), name=s.name, berkas=path.name, nilai=col_letter(s.cols - 1), rows=s.rows, rows2=_fmt_int(s.rows), cols=_fmt_int(s.cols), MAX_CELLS=_fmt_int(MAX_CELLS))
            )


def _probe_ods(zf: zipfile.ZipFile, path: Path, size: int, max_rows: int) -> FileProbe:
    """An OpenDocument spreadsheet: the used range of each table from content.xml (streamed)."""
    try:
        extents = bounds.ods_extent(zf, zf.getinfo("content.xml"), path)
        bounds.verify_parts(zf, path, {"content.xml"})
    except ExcelError:
        raise
    except Exception:  # noqa: BLE001
        raise _fail_not_workbook(path, QT_TRANSLATE_NOOP("Pesan", "berkas rusak: isinya tidak utuh")) from None
    sheets = [SheetInfo(name, True, e.rows, e.cols) for name, e in extents.items()]
    _check_extents(path, sheets, max_rows)
    return FileProbe(path, "ods", size, [])


def too_many_rows(path: Path, sheet: str, rows: int, limit: int = MAX_ROWS) -> ExcelError:
    return ExcelError(
        Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "Lembar \"{sheet}\" pada \"{berkas}\" berisi {rows} baris; batas impor {limit} "
                "baris. Jika datanya sebenarnya lebih sedikit, hapus baris kosong berformat di "
                "bawah tabel (pilih baris-baris itu › Hapus), simpan, lalu impor lagi; jika "
                "memang sebanyak itu, bagi datanya menjadi beberapa berkas."), sheet=sheet, berkas=path.name, rows=_fmt_int(rows), limit=_fmt_int(limit))
    )


def _xlsx_sheets(zf: zipfile.ZipFile, path: Path, max_rows: int = MAX_ROWS) -> tuple[list[SheetInfo], set[str]]:
    """Sheets with their used range: the larger of ``<dimension>`` and the cells really present.

    The cells are found by streaming the sheet XML (:func:`bounds.xlsx_extent`):
    a sheet without ``<dimension>`` and one cell at XFD150000 must be refused
    here, because calamine would otherwise allocate the whole range and abort.
    Returns the sheets and the parts already streamed.
    """
    wb = ET.fromstring(bounds.read_part(zf, "xl/workbook.xml", path))
    names = set(zf.namelist())
    scanned = {"xl/workbook.xml"}
    rels: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for rel in ET.fromstring(bounds.read_part(zf, "xl/_rels/workbook.xml.rels", path)):
            target = rel.get("Target", "")
            target = target.lstrip("/")
            if not target.startswith("xl/"):
                target = "xl/" + target
            rels[rel.get("Id", "")] = target
        scanned.add("xl/_rels/workbook.xml.rels")
    out: list[SheetInfo] = []
    sheets_el = wb.find(f"{_NS_MAIN}sheets")
    for el in sheets_el if sheets_el is not None else []:
        name = el.get("name", "")
        visible = el.get("state", "visible") == "visible"
        target = rels.get(el.get(f"{_NS_REL}id", ""), "")
        rows = cols = None
        if target in names:
            info = zf.getinfo(target)
            with zf.open(info) as fh:
                head = fh.read(16384)
            m = _DIMENSION.search(head)
            if m:
                last_col = (m.group(3) or m.group(1)).decode()
                rows = int(m.group(4) or m.group(2))
                cols = col_index(last_col) + 1
                if rows > max_rows or rows * cols > MAX_CELLS:
                    out.append(SheetInfo(name, visible, rows, cols))
                    continue  # refused by the caller; no need to read the cells
            used = bounds.xlsx_extent(zf, info, path, bounds.Extent(rows, cols) if rows is not None else None)
            scanned.add(target)
            rows = max(rows or 0, used.rows)
            cols = max(cols or 0, used.cols)
        out.append(SheetInfo(name, visible, rows, cols))
    return out, scanned


# --------------------------------------------------------------------------- reading


@dataclass
class SheetData:
    """One sheet as a dense grid from A1 (row/col indexes are 0-based, absolute)."""

    name: str
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    visible: bool = True
    #: what the sheet analysis learnt about its cells and the data rows ask again (see
    #: ``_identity_column``); emptied whenever the rows change
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def height(self) -> int:
        return len(self.rows)

    def cell(self, r: int, c: int) -> Any:
        if 0 <= r < len(self.rows):
            row = self.rows[r]
            if 0 <= c < len(row):
                return row[c]
        return None


class Workbook:
    """An opened workbook: sheet list from the probe, sheets read on demand."""

    def __init__(self, path: Path | str, *, max_rows: int = MAX_ROWS, probe: FileProbe | None = None) -> None:
        """``probe``: the probe of this file made moments ago (the probe scans every sheet's
        XML, so a reader that opens the same file once per sheet passes the first one on)."""
        self.path = Path(path)
        self.max_rows = max_rows
        self.probe = probe if probe is not None else probe_file(self.path, max_rows=max_rows)
        self._text: dict[str, SheetData] = {}
        self._wb: Any = None
        if self.probe.kind in ("csv", "html"):
            reader = text_tables.read_csv if self.probe.kind == "csv" else text_tables.read_html
            for sheet in reader(self.path, max_rows=max_rows, max_cells=MAX_CELLS):
                self._text[sheet.name] = sheet
            self.sheets = [SheetInfo(n, True, d.height, max((len(r) for r in d.rows), default=0))
                           for n, d in self._text.items()]
            return
        try:
            from python_calamine import CalamineWorkbook

            self._wb = CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # noqa: BLE001 - calamine raises several types
            raise self._translate(exc) from None
        meta = {m.name: m for m in self._wb.sheets_metadata}
        probe_by_name = {s.name: s for s in self.probe.sheets}
        self.sheets: list[SheetInfo] = []
        for name in self._wb.sheet_names:
            m = meta.get(name)
            visible = True if m is None else str(m.visible).endswith("Visible") and "Hidden" not in str(m.visible)
            is_chart = m is not None and "Chart" in str(m.typ)
            if is_chart:
                continue
            p = probe_by_name.get(name)
            self.sheets.append(SheetInfo(name, visible, p.rows if p else None, p.cols if p else None))

    def _translate(self, exc: Exception) -> ExcelError:
        kind = type(exc).__name__
        if kind == "PasswordError" or "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            return _password_error(self.path)
        err = _fail_not_workbook(self.path, QT_TRANSLATE_NOOP("Pesan", "berkas rusak: isinya tidak utuh"))
        err.details = [f"{kind}: {str(exc)[:300]}"]  # for "Tampilkan detail" / the log, not the message
        return err

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def read(self, name: str) -> SheetData:
        """The whole sheet as Python values (str, float, int, bool, date, datetime, time)."""
        info = next((s for s in self.sheets if s.name == name), None)
        if info is None:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Lembar \"{lembar}\" tidak ada pada \"{berkas}\". Lembar yang ada: {daftar}."),
                lembar=name, berkas=self.path.name, daftar=", ".join(f"\"{n}\"" for n in self.sheet_names)))
        if name in self._text:
            # a copy: the roster fills merged cells into the rows it is given
            data = self._text[name]
            return SheetData(name, [list(r) for r in data.rows], list(data.merged), True)
        try:
            sh = self._wb.get_sheet_by_name(name)
            if sh.total_height > self.max_rows:
                raise too_many_rows(self.path, name, sh.total_height, self.max_rows)
            rows = sh.to_python(skip_empty_area=False)
            try:
                merged = list(sh.merged_cell_ranges or [])
            except Exception:  # noqa: BLE001 - not available for every format
                merged = []
        except ExcelError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc) from None
        return SheetData(name, rows, merged, info.visible)

    def iter_rows(self, name: str) -> Iterator[list[Any]]:
        """Rows of a sheet one by one (from its first used row), without building the whole list."""
        if name in self._text:
            rows_t = self._text[name].rows
            first = next((i for i, r in enumerate(rows_t) if any(not is_blank(v) for v in r)), len(rows_t))
            yield from (list(r) for r in rows_t[first:])
            return
        yield from self.load(name).iter_rows()

    def load(self, name: str) -> Any:
        """The parsed sheet ``name`` of a spreadsheet file (calamine's; rows by ``iter_rows()``).
        calamine parses without the GIL, so another thread may load the next sheet meanwhile."""
        try:
            sh = self._wb.get_sheet_by_name(name)
            if sh.total_height > self.max_rows:
                raise too_many_rows(self.path, name, sh.total_height, self.max_rows)
        except ExcelError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc) from None
        return sh

    def close(self) -> None:
        if self._wb is None:
            return
        try:
            self._wb.close()
        except Exception:  # noqa: BLE001
            pass

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- header synonyms

#: Field → header labels as offices and SIASN write them (compared after
#: :func:`norm_label`: upper case, punctuation and underscores as spaces).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "no": ("NO", "NO URUT", "NOMOR", "NOMOR URUT", "NMR", "NO URT"),
    "nip": (
        "NIP", "NIP BARU", "NIPBARU", "NIP 18", "NIP 18 DIGIT", "NIP NI PPPK", "NI PPPK", "NIP NIPPPK",
        "NOMOR INDUK PEGAWAI", "NIP PEGAWAI", "NIP ASN", "NIP PNS", "NIP PPPK", "NIP NRP", "NO NIP",
    ),
    "nip_lama": ("NIP LAMA", "NIPLAMA", "NIP 9 DIGIT", "NIP 9"),
    "nama": (
        "NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA DAN GELAR", "NAMA GELAR",
        "NAMA LENGKAP DAN GELAR", "NAMA LENGKAP GELAR", "NAMA TANPA GELAR", "NAMA PNS", "NM PEGAWAI",
    ),
    "nama_nip": ("NAMA NIP", "NAMA DAN NIP", "NAMA NIP PEGAWAI", "NAMA LENGKAP NIP", "NAMA GELAR NIP"),
    "gelar_depan": ("GELAR DEPAN", "GLR DEPAN"),
    "gelar_belakang": ("GELAR BELAKANG", "GLR BELAKANG", "GELAR BLK", "GLR BLK"),
    "tempat_lahir": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT", "TMPT LAHIR", "KOTA LAHIR", "TEMPAT LAHIR NAMA"),
    "tanggal_lahir": (
        "TANGGAL LAHIR", "TGL LAHIR", "TGLLAHIR", "TANGGAL LHR", "TGL LHR", "LAHIR TANGGAL", "TGL LAHIR PEGAWAI",
    ),
    "tempat_tanggal_lahir": (
        "TEMPAT TGL LAHIR", "TEMPAT TANGGAL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR", "TEMPAT TGL LHR",
        "TEMPAT TANGGAL LHR", "TMP TGL LAHIR", "TEMPAT LAHIR TANGGAL LAHIR", "TEMPAT LAHIR TGL LAHIR",
        "TEMPAT TANGGAL", "LAHIR",
    ),
    "jenis_kelamin": ("L P", "JENIS KELAMIN", "JK", "KELAMIN", "SEX", "GENDER", "L PR", "LK PR", "JNS KELAMIN",
                      "JENIS KELAMIN NAMA", "JENIS KEL"),
    "agama": ("AGAMA", "AGAMA NAMA"),
    "nik": ("NIK", "NO KTP", "NOMOR KTP", "NIK KTP", "NOMOR INDUK KEPENDUDUKAN"),
    "email": ("EMAIL", "E MAIL", "ALAMAT EMAIL", "EMAIL GOV"),
    "no_hp": ("NO HP", "NOMOR HP", "HP", "NO TELP", "NO TELEPON", "NOMOR HANDPHONE", "NO HANDPHONE", "TELEPON"),
    "alamat": ("ALAMAT", "ALAMAT RUMAH", "ALAMAT TEMPAT TINGGAL"),
    "status_kepegawaian": (
        "STATUS KEPEGAWAIAN", "STATUS PEGAWAI", "STATUS ASN", "JENIS PEGAWAI", "JENIS PEGAWAI NAMA",
        "STATUS CPNS PNS", "KEDUDUKAN PEGAWAI", "JENIS ASN",
    ),
    "status": ("STATUS", "STATUS AKTIF", "KEDUDUKAN HUKUM", "KEDUDUKAN HUKUM NAMA", "KEDUDUKAN"),
    "tmt_cpns": ("TMT CPNS", "TMT CPNS PPPK", "TMT PENGANGKATAN"),
    "tmt_pns": ("TMT PNS",),
    "golongan": (
        "GOL", "GOLONGAN", "GOL RUANG", "GOLONGAN RUANG", "GOL RUANG AKHIR", "GOLONGAN AKHIR", "GOL AKHIR",
        "PANGKAT", "PANGKAT GOL", "PANGKAT GOLONGAN", "PANGKAT GOL RUANG", "PANGKAT GOLONGAN RUANG",
        "PANGKAT TERAKHIR", "GOL RUANG TERAKHIR", "GOLONGAN TERAKHIR", "PANGKAT DAN GOLONGAN", "GOL RUANG AKHIR NAMA",
        "GOLONGAN PPPK", "PANGKAT GOL RUANG TERAKHIR", "GOL RUANG PANGKAT", "GOLONGAN PANGKAT", "GOL RG", "GR",
        "GOLRU", "PANGKAT GOL RG", "GOL AKHIR NAMA", "GOLONGAN AKHIR NAMA",
    ),
    # one cell holding golongan and its TMT on two lines ("III/b⏎01 OCT 2021"), or a two-row DUK column
    "golongan_tmt": (
        "GR TMT", "GOL TMT", "PANGKAT TMT", "GOLONGAN TMT", "PANGKAT GOL TMT", "GOL RUANG TMT",
        "PANGKAT GOL RUANG TMT", "GOL RG TMT", "PANGKAT GOLONGAN TMT", "PANGKAT GOLONGAN RUANG TMT",
    ),
    "tmt_golongan": (
        "TMT GOL", "TMT GOLONGAN", "TMT PANGKAT", "TMT GOL RUANG", "TMT GOL AKHIR", "TMT PANGKAT TERAKHIR",
        "TMT GOLONGAN RUANG", "TMT GOLONGAN AKHIR", "TMT PANGKAT GOL", "TANGGAL TMT PANGKAT", "TANGGAL TMT GOLONGAN",
        "TMT GR", "TMT GOL RG", "TMT GOL RUANG PANGKAT",
    ),
    "nama_jabatan": (
        "JABATAN", "NAMA JABATAN", "JABATAN NAMA", "JABATAN TERAKHIR", "JABATAN SEKARANG", "NAMA JABATAN TERAKHIR",
        "JABATAN NAMA JABATAN", "NAMA JABATAN JABATAN", "JABATAN NAMA",
    ),
    "jabatan_tmt": ("JABATAN TMT", "NAMA JABATAN TMT", "JABATAN TERAKHIR TMT"),
    "jenis_jabatan": ("JENIS JABATAN", "JENIS JABATAN NAMA", "JNS JABATAN", "JABATAN JENIS"),
    "jenjang": ("JENJANG", "JENJANG JABATAN", "JENJANG FUNGSIONAL"),
    "tmt_jabatan": ("TMT JABATAN", "TMT JAB", "TANGGAL TMT JABATAN", "TMT JBT"),
    "eselon": ("ESELON", "ESELON NAMA", "ESELON ID", "ESS", "ES", "ESEL", "ESELON JABATAN", "ES JABATAN",
               "ESS JABATAN"),
    "kelas_jabatan": ("KELAS JABATAN", "KELAS JAB", "KELAS", "KLS JAB", "KLS JABATAN", "KELAS JBT", "KLS"),
    "unit": (
        "UNIT KERJA", "UNOR", "UNOR NAMA", "UNIT ORGANISASI", "UNIT", "SUB UNIT KERJA", "BAGIAN SEKSI",
        "BIDANG", "UNIT KERJA NAMA", "UNIT ORGANISASI NAMA", "SEKSI BAGIAN", "TEMPAT TUGAS", "UNIT KERJA SEKSI",
        "SATUAN KERJA", "SATKER",
    ),
    "nip_atasan": (
        "NIP ATASAN", "NIP ATASAN LANGSUNG", "NIP PEJABAT PENILAI", "ATASAN LANGSUNG NIP", "ATASAN NIP",
        "NIP PENILAI", "NIP ATASAN LANGSUNG PEJABAT PENILAI",
    ),
    "pendidikan_terakhir": (
        # in order of preference: the level ("S1") before the programme name ("S1 Ilmu Pemerintahan")
        "TINGKAT PENDIDIKAN", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN TINGKAT", "JENJANG PENDIDIKAN",
        "PENDIDIKAN", "PENDIDIKAN TERAKHIR", "PEND TERAKHIR", "PENDIDIKAN AKHIR", "PENDIDIKAN DIKLAT TERAKHIR",
        "PENDIDIKAN DIKLAT", "NAMA PENDIDIKAN", "PENDIDIKAN NAMA", "PENDIDIKAN TERAKHIR NAMA",
    ),
    "tahun_lulus": ("TAHUN LULUS", "THN LULUS", "TAHUN LULUS PENDIDIKAN", "LULUS TAHUN", "LULUS TAHUN PENDIDIKAN",
                    "PENDIDIKAN LULUS TAHUN", "LULUS", "TH LULUS"),
    "tmt_pensiun": ("TMT PENSIUN", "BUP", "TMT BUP"),
    "tanggal_status": ("TANGGAL STATUS", "TMT STATUS", "TGL STATUS"),
    "keterangan": ("KET", "KETERANGAN", "CATATAN"),
    "uid": ("UID",),
}

#: Fields that identify a roster table; both are needed.
REQUIRED_FIELDS = ("nip", "nama")

#: Human-readable names for messages.
FIELD_LABELS: dict[str, str] = {  # marked for the catalogue: messages pass them as Msg(label)
    "nip": QT_TRANSLATE_NOOP("Pesan", "NIP"),
    "nip_lama": QT_TRANSLATE_NOOP("Pesan", "NIP Lama"),
    "nama": QT_TRANSLATE_NOOP("Pesan", "Nama"),
    "nama_nip": QT_TRANSLATE_NOOP("Pesan", "Nama / NIP"),
    "gelar_depan": QT_TRANSLATE_NOOP("Pesan", "Gelar Depan"),
    "gelar_belakang": QT_TRANSLATE_NOOP("Pesan", "Gelar Belakang"),
    "tempat_lahir": QT_TRANSLATE_NOOP("Pesan", "Tempat Lahir"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("Pesan", "Tanggal Lahir"),
    "tempat_tanggal_lahir": QT_TRANSLATE_NOOP("Pesan", "Tempat, Tanggal Lahir"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("Pesan", "Jenis Kelamin"),
    "agama": QT_TRANSLATE_NOOP("Pesan", "Agama"),
    "nik": QT_TRANSLATE_NOOP("Pesan", "NIK"),
    "email": QT_TRANSLATE_NOOP("Pesan", "Email"),
    "no_hp": QT_TRANSLATE_NOOP("Pesan", "No HP"),
    "alamat": QT_TRANSLATE_NOOP("Pesan", "Alamat"),
    "status_kepegawaian": QT_TRANSLATE_NOOP("Pesan", "Status Kepegawaian"),
    "status": QT_TRANSLATE_NOOP("Pesan", "Status"),
    "tmt_cpns": QT_TRANSLATE_NOOP("Pesan", "TMT CPNS"),
    "tmt_pns": QT_TRANSLATE_NOOP("Pesan", "TMT PNS"),
    "golongan": QT_TRANSLATE_NOOP("Pesan", "Golongan"),
    "tmt_golongan": QT_TRANSLATE_NOOP("Pesan", "TMT Golongan"),
    "nama_jabatan": QT_TRANSLATE_NOOP("Pesan", "Jabatan"),
    "golongan_tmt": QT_TRANSLATE_NOOP("Pesan", "Golongan / TMT"),
    "jabatan_tmt": QT_TRANSLATE_NOOP("Pesan", "Jabatan / TMT"),
    "jenis_jabatan": QT_TRANSLATE_NOOP("Pesan", "Jenis Jabatan"),
    "jenjang": QT_TRANSLATE_NOOP("Pesan", "Jenjang"),
    "tmt_jabatan": QT_TRANSLATE_NOOP("Pesan", "TMT Jabatan"),
    "eselon": QT_TRANSLATE_NOOP("Pesan", "Eselon"),
    "kelas_jabatan": QT_TRANSLATE_NOOP("Pesan", "Kelas Jabatan"),
    "unit": QT_TRANSLATE_NOOP("Pesan", "Unit Kerja"),
    "nip_atasan": QT_TRANSLATE_NOOP("Pesan", "NIP Atasan"),
    "pendidikan_terakhir": QT_TRANSLATE_NOOP("Pesan", "Pendidikan Terakhir"),
    "tahun_lulus": QT_TRANSLATE_NOOP("Pesan", "Tahun Lulus"),
    "tmt_pensiun": QT_TRANSLATE_NOOP("Pesan", "TMT Pensiun"),
    "tanggal_status": QT_TRANSLATE_NOOP("Pesan", "Tanggal Status"),
    "no": QT_TRANSLATE_NOOP("Pesan", "No"),
    "keterangan": QT_TRANSLATE_NOOP("Pesan", "Keterangan"),
    "uid": QT_TRANSLATE_NOOP("Pesan", "UID"),
}

_LABEL_CLEAN = re.compile(r"[^0-9A-Z]+")
#: Three or more single letters in a row: a word spelled with dots or spaces between its letters
#: ("N.I.P.", "T.M.T Gol", "N I P" in old typed DUKs) is that word; two ("L/P") stay apart.
_SPELLED = re.compile(r"\b[A-Z](?: [A-Z]\b){2,}")


def join_spelled(label: str) -> str:
    """"N I P" → "NIP" in a normalised (upper case, single-spaced) label; see ``_SPELLED``."""
    return _SPELLED.sub(lambda m: m.group(0).replace(" ", ""), label)


def norm_label(text: Any) -> str:
    """"Tempat,\\nTgl. Lahir" → "TEMPAT TGL LAHIR"; "gol_ruang_akhir" → "GOL RUANG AKHIR"; "N.I.P." → "NIP"."""
    s = clean_text(text).upper().replace("_", " ")
    s = s.replace("TANGGAL", "TANGGAL").replace("&", " DAN ")
    return join_spelled(" ".join(_LABEL_CLEAN.sub(" ", s).split()))


#: Abbreviations offices and SIMPEG systems use in headers, spelled out before a label is
#: looked up (on both sides, so the synonym table needs one spelling of each word).
_ABBREVIATIONS = {
    "TGL": "TANGGAL", "TMP": "TEMPAT", "TMPT": "TEMPAT", "LHR": "LAHIR", "JAB": "JABATAN", "JBT": "JABATAN",
    "KLS": "KELAS", "ESS": "ESELON", "ES": "ESELON", "ESEL": "ESELON", "GOLONGAN": "GOL", "RG": "RUANG",
    "RU": "RUANG", "PEND": "PENDIDIKAN", "THN": "TAHUN", "TH": "TAHUN", "JNS": "JENIS", "GLR": "GELAR",
    "NM": "NAMA", "BLK": "BELAKANG",
}
#: Words that add nothing to a header ("tmp_lhr_pegawai", "kelamin_pegawai"); dropped only when the
#: label does not match as it stands ("STATUS PEGAWAI" is a field of its own).
_FILLER_WORDS = frozenset({"PEGAWAI", "ASN", "PNS"})


def _canon(label: str) -> str:
    return " ".join(_ABBREVIATIONS.get(w, w) for w in label.split())


_SYNONYM_INDEX: dict[str, str] = {}
#: canonical label → its position in the field's synonym list (lower = preferred when a field
#: is named by two columns, e.g. "Tingkat" before "Nama" under PENDIDIKAN)
_SYNONYM_RANK: dict[str, int] = {}
for _field, _labels in FIELD_SYNONYMS.items():
    for _rank, _lab in enumerate(_labels):
        _k = _canon(norm_label(_lab))
        if _k not in _SYNONYM_INDEX:
            _SYNONYM_INDEX[_k] = _field
            _SYNONYM_RANK[_k] = _rank


def _lookup(label: str) -> tuple[str, str] | None:
    """(field, canonical label that matched) for a normalised label, or None."""
    if not label:
        return None
    k = _canon(label)
    f = _SYNONYM_INDEX.get(k)
    if f is not None:
        return f, k
    words = k.split()
    if words[:2] == ["TANGGAL", "TMT"]:  # "Tanggal TMT Jabatan" is "TMT Jabatan"
        return _lookup(" ".join(words[1:]))
    trimmed = [w for w in words if w not in _FILLER_WORDS]
    if trimmed and len(trimmed) < len(words):
        k2 = " ".join(trimmed)
        f = _SYNONYM_INDEX.get(k2)
        if f is not None:
            return f, k2
    return None


def match_label(label: str) -> str | None:
    """The field a (normalised) header label names, or None."""
    hit = _lookup(label)
    return hit[0] if hit else None


def label_rank(label: str) -> int:
    """Preference of a header label among its field's synonyms (0 = first listed)."""
    hit = _lookup(label)
    return _SYNONYM_RANK.get(hit[1], 99) if hit else 99


def _match_header(top: str, sub: str, *, stacked: bool = False) -> tuple[str, str] | None:
    """(field, phrase that matched) for a column headed ``top`` over ``sub``; see :func:`match_header`."""
    if not sub:
        return _lookup(top) if top else None
    if stacked and top and top != sub:
        hit = _lookup(f"{top} {sub}")
        if hit:
            return hit
    if top and top != sub:
        for phrase in (f"{sub} {top}", f"{top} {sub}"):
            hit = _lookup(phrase)
            if hit:
                return hit
    hit = _lookup(sub)
    if hit:
        return hit
    if top:
        for word in top.split():
            for phrase in (f"{sub} {word}", f"{word} {sub}"):
                hit = _lookup(phrase)
                if hit:
                    return hit
    return None


def match_header(top: str, sub: str, *, stacked: bool = False) -> str | None:
    """Field for a column whose header is ``top`` (group) over ``sub`` (may be empty).

    Tries the combined phrase first ("PANGKAT" + "TMT" → "TMT PANGKAT"), then the
    sub-label alone, then the sub-label with each word of the group label
    ("TGL" under "TEMPAT, TGL LAHIR" → "TGL LAHIR"), then the group label.
    ``stacked``: the two labels name the two lines of one column (the two-row DUK:
    "PANGKAT" over "TMT" is golongan and its TMT, "NAMA" over "NIP" is name and NIP).
    """
    hit = _match_header(top, sub, stacked=stacked)
    return hit[0] if hit else None


# --------------------------------------------------------------------------- layout


@dataclass
class Layout:
    """Where the table is on a sheet and which column holds which field."""

    sheet: str
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1 or 2
    numbering_row: int | None
    columns: dict[str, list[int]]  # field → columns (0-based)
    headers: dict[int, str]  # column → header text as shown ("NAMA / NIP › NIP")
    unknown: list[int]  # columns with a header that matched no field
    #: first row after this table (0-based, exclusive) when another table follows on the sheet
    end: int | None = None

    @property
    def data_start(self) -> int:
        start = self.header_row + self.header_height
        if self.numbering_row is not None and self.numbering_row >= start:
            start = self.numbering_row + 1
        return start

    @property
    def score(self) -> int:
        return len([f for f in self.columns if f not in ("no", "keterangan")])

    def col(self, fld: str) -> int | None:
        cols = self.columns.get(fld)
        return cols[0] if cols else None

    def has(self, fld: str) -> bool:
        return fld in self.columns

    @property
    def is_roster(self) -> bool:
        return "nama" in self.columns and ("nip" in self.columns or "nama_nip" in self.columns)

    def describe(self) -> list[tuple[str, str, str]]:
        """(column letter, header, field label) for the preview's "recognised columns" list."""
        out = []
        for fld, cols in self.columns.items():
            for c in cols:
                out.append((col_letter(c), self.headers.get(c, ""), FIELD_LABELS.get(fld, fld)))
        out.sort(key=lambda t: col_index(t[0]))
        return out


def merged_header_text(sheet: SheetData, r: int, c: int) -> Any:
    """Value of (r, c) or of the merged range covering it (header cells only)."""
    v = sheet.cell(r, c)
    if not is_blank(v):
        return v
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            return sheet.cell(r0, c0)
    return v


def _is_numbering_row(row: list[Any]) -> bool:
    """"(1) (2) (3) …" or "1 2 3 …" under a header: column numbers, not data."""
    nums: list[int] = []
    for v in row:
        if is_blank(v):
            continue
        if isinstance(v, bool):
            return False
        if isinstance(v, (int, float)):
            if not float(v).is_integer():
                return False
            nums.append(int(v))
            continue
        m = re.fullmatch(r"\(?\s*(\d{1,2})\s*\)?\.?", clean_text(v))
        if not m:
            return False
        nums.append(int(m.group(1)))
    if len(nums) < 3:
        return False
    return all(b > a for a, b in zip(nums, nums[1:])) and nums[0] <= 2


def _is_caption(text: str) -> bool:
    """A filter caption or title above a header ("Satuan Kerja : Semua ›"), never part of a column name."""
    return ":" in text or "›" in text or "»" in text or len(text) > 60


def _row_labels(sheet: SheetData, r: int, width: int, *, merged: bool) -> list[str]:
    out = []
    for c in range(width):
        v = merged_header_text(sheet, r, c) if merged else sheet.cell(r, c)
        if _looks_like_data_value(sheet.cell(r, c)) or _looks_like_data_value(v):
            out.append("")
            continue
        text = clean_text(v)
        out.append("" if _is_caption(text) else norm_label(text))
    return out


def _looks_like_data_value(v: Any) -> bool:
    """Dates and numbers never appear in a header row."""
    return isinstance(v, (date, datetime, time, timedelta)) or (
        isinstance(v, (int, float)) and not isinstance(v, bool)
    )


def _in_row_merge(sheet: SheetData, r: int, c: int) -> bool:
    return any(r0 <= r <= r1 and c0 <= c <= c1 and c1 > c0 for (r0, c0), (r1, c1) in sheet.merged)


def _group_tops(sheet: SheetData, r: int, width: int, top: list[str], top_raw: list[str], sub: list[str]
                ) -> tuple[list[str], list[str], set[int]]:
    """Group headings over a second header row, merged or not.

    A heading merged across columns applies to each of them. An unmerged heading
    ("PANGKAT" over "Gol. Ruang" | "TMT", as HTML and PhpSpreadsheet exports write it)
    applies to the columns to its right whose top cell is empty and that have a
    sub-header. A label above a label in a column of its own is *stacked*: the two
    lines of one cell or of a two-row record ("NAMA" over "NIP").
    """
    tops, raws = list(top), list(top_raw)
    stacked: set[int] = set()
    group_label, group_raw = "", ""
    for c in range(width):
        own = sheet.cell(r, c)
        if _in_row_merge(sheet, r, c) or not sub[c]:
            group_label = group_raw = ""
            continue
        if not is_blank(own):
            nxt_blank = c + 1 < width and is_blank(sheet.cell(r, c + 1)) and bool(sub[c + 1]) and not _in_row_merge(
                sheet, r, c + 1)
            if nxt_blank and top[c]:
                group_label, group_raw = top[c], top_raw[c]
            else:
                group_label = group_raw = ""
                if top[c] and top[c] != sub[c]:
                    stacked.add(c)
            continue
        if group_label:
            tops[c], raws[c] = group_label, group_raw
    return tops, raws, stacked


def _layout_from(top: list[str], sub: list[str] | None, top_raw: list[str], sub_raw: list[str] | None,
                 stacked: set[int] | None = None) -> tuple[dict[str, list[int]], dict[int, str], list[int]]:
    columns: dict[str, list[int]] = {}
    headers: dict[int, str] = {}
    unknown: list[int] = []
    rank: dict[int, int] = {}
    stacked = stacked or set()
    for c, t in enumerate(top):
        s = sub[c] if sub is not None else ""
        if not t and not s:
            continue
        hit = _match_header(t, s, stacked=c in stacked) if sub is not None else _lookup(t)
        shown_top = top_raw[c] if t else ""
        shown_sub = sub_raw[c] if sub_raw is not None else ""
        sep = " / " if c in stacked else " › "
        headers[c] = f"{shown_top}{sep}{shown_sub}" if shown_top and shown_sub and shown_top != shown_sub else (
            shown_sub or shown_top
        )
        if hit is None:
            unknown.append(c)
            continue
        columns.setdefault(hit[0], []).append(c)
        rank[c] = _SYNONYM_RANK.get(hit[1], 99)
    # "NAMA / NIP" over sub-columns NAMA and NIP: the group label is not a field of its own
    if "nama_nip" in columns and "nama" in columns and "nip" in columns:
        unknown.extend(c for c in columns.pop("nama_nip") if c not in columns["nama"] and c not in columns["nip"])
    if "nama_nip" in columns and "nama" not in columns:
        columns["nama"] = columns.pop("nama_nip")
        columns.setdefault("nama_nip", list(columns["nama"]))
    # combined "Tempat, Tgl Lahir" beside separate fields: the separate ones win (the other is listed as unused)
    if "tempat_tanggal_lahir" in columns and "tanggal_lahir" in columns:
        unknown.extend(columns.pop("tempat_tanggal_lahir"))
    # a field named by two columns: the preferred label wins (golongan joins pangkat + gol cells;
    # two NIP columns are told apart by their content, see _resolve_nip)
    for f, cols in list(columns.items()):
        if len(cols) > 1 and f not in ("golongan", "nama_nip", "nip"):
            cols = sorted(cols, key=lambda c: (rank.get(c, 99), c))
            columns[f] = cols[:1]
            unknown.extend(cols[1:])
    return columns, headers, sorted(set(unknown))


def _sub_row_is_header(sheet: SheetData, r: int, width: int) -> bool:
    """Whether row ``r`` can be the second row of a two-row header: labels only,
    at least one of them a known field, no NIP-like digits or dates."""
    any_field = False
    for c in range(width):
        v = sheet.cell(r, c)
        if is_blank(v):
            continue
        if _looks_like_data_value(v):
            return False
        text = clean_text(v)
        if re.search(r"\d{5,}", text.replace(" ", "")) or re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", text):
            return False
        if match_label(norm_label(text)) or norm_label(text) in ("TMT", "TGL", "TANGGAL", "JENIS", "NAMA"):
            any_field = True
    return any_field


def _layouts_at(sheet: SheetData, r: int, width: int) -> list[Layout]:
    """The roster layouts a header starting at row ``r`` can give (one- and two-row header)."""
    raw = [clean_text(merged_header_text(sheet, r, c)) for c in range(width)]
    raw = ["" if _is_caption(t) else t for t in raw]
    top = _row_labels(sheet, r, width, merged=True)
    if sum(1 for t in top if t) < 2:
        return []
    options: list[tuple[dict[str, list[int]], dict[int, str], list[int], int]] = []
    cols1, heads1, unk1 = _layout_from(top, None, raw, None)
    options.append((cols1, heads1, unk1, 1))
    # one text merged across the table ("DAFTAR URUT KEPANGKATAN …") is a title, not a group heading
    title = len({t for t in top if t}) == 1 and sum(1 for t in top if t) >= 3
    if not title and r + 1 < sheet.height and not _is_numbering_row(sheet.rows[r + 1]) and _sub_row_is_header(
            sheet, r + 1, width):
        sub = _row_labels(sheet, r + 1, width, merged=False)
        sub_raw = [clean_text(sheet.cell(r + 1, c)) for c in range(width)]
        tops, raws, stacked = _group_tops(sheet, r, width, top, raw, sub)
        cols2, heads2, unk2 = _layout_from(tops, sub, raws, sub_raw, stacked)
        options.append((cols2, heads2, unk2, 2))
    out = []
    for cols, heads, unk, height in options:
        nxt = r + height
        numbering = nxt if nxt < sheet.height and _is_numbering_row(sheet.rows[nxt]) else None
        lay = Layout(sheet.name, r, height, numbering, cols, heads, unk)
        if lay.is_roster:
            out.append(lay)
    return out


_IDENTITY_FIELDS = ("nip", "nama", "nama_nip")


def _may_be_header_row(row: list[Any]) -> bool:
    """Cheap test: the row has a cell labelled like NIP or a name column (for the search below row 40
    and for tables stacked under each other)."""
    for v in row:
        if v.__class__ is str and len(v) < 50:
            u = v.upper()
            if ("NIP" in u or "NAMA" in u) and match_label(norm_label(v)) in _IDENTITY_FIELDS:
                return True
    return False


def _best(layouts: list[Layout], best: Layout | None) -> Layout | None:
    for lay in layouts:
        if best is None or lay.score > best.score or (
            # the row under the header holds labels only (checked above): it is part of the header
            lay.score == best.score and lay.header_row == best.header_row and lay.header_height > best.header_height
        ):
            best = lay
    return best


def _width(sheet: SheetData, r: int) -> int:
    return max((len(x) for x in sheet.rows[r: r + 3]), default=0)


_NIP_DIGITS = re.compile(r"[\s.\-'\u2019]")


def _resolve_nip(sheet: SheetData, lay: Layout) -> None:
    """Two NIP columns ("NIP" 9-digit and "NIP Baru" 18-digit, or the other way round): the one
    holding 18-digit numbers is the NIP, one holding 9-digit numbers the NIP lama (NIP 18 digits,
    old NIP 9 digits: kinerja-asn.md §7). Decided by the cells, not the header."""
    cols = lay.columns.get("nip", [])
    if len(cols) < 2:
        return
    counts: dict[int, tuple[int, int]] = {}
    for c in cols:
        n18 = n9 = 0
        for row in sheet.rows[lay.data_start: lay.data_start + 400]:
            v = row[c] if c < len(row) else None
            if v is None or v == "":
                continue
            d = _NIP_DIGITS.sub("", v) if isinstance(v, str) else (
                str(int(v)) if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() else ""
            )
            if d.isdigit():
                n18 += len(d) == 18
                n9 += len(d) == 9
        counts[c] = (n18, n9)
    main = max(cols, key=lambda c: (counts[c][0], -label_rank(norm_label(lay.headers.get(c, ""))), -c))
    lay.columns["nip"] = [main]
    for c in cols:
        if c == main:
            continue
        n18, n9 = counts[c]
        if n9 > n18 and "nip_lama" not in lay.columns:
            lay.columns["nip_lama"] = [c]
        else:
            lay.unknown = sorted({*lay.unknown, c})


def detect_layout(sheet: SheetData) -> Layout | None:
    """Find the header of the (first) roster table on ``sheet`` (None when there is none).

    The first :data:`HEADER_SCAN_ROWS` rows are tried in full; below them (a roster that
    starts at row 456 under a long cover block) only rows that carry a NIP or name label.
    """
    best: Layout | None = None
    limit = min(sheet.height, HEADER_SCAN_ROWS)
    width = _width(sheet, 0) if limit else 0
    width = max([width] + [len(r) for r in sheet.rows[:limit + 2]])
    for r in range(limit):
        best = _best(_layouts_at(sheet, r, width), best)
    if best is None:
        for r in range(limit, sheet.height):
            if _may_be_header_row(sheet.rows[r]):
                best = _best(_layouts_at(sheet, r, _width(sheet, r)), best)
                if best is not None:
                    # the header found; a second header row directly under it is considered too
                    best = _best(_layouts_at(sheet, r, _width(sheet, r)), best)
                    break
    if best is not None:
        _resolve_nip(sheet, best)
    return best


def find_tables(sheet: SheetData, first: Layout | None = None) -> list[Layout]:
    """Every roster table on ``sheet``, top to bottom: offices stack one table per unit, each with
    its own header row. A header that repeats the previous one (after a page break) starts no new
    table (the data rows skip it); a different header does, and ends the table above."""
    first = first or detect_layout(sheet)
    if first is None:
        return []
    tables = [first]
    cur = first
    r = first.data_start
    while r < sheet.height:
        row = sheet.rows[r]
        key = cur.col("nip")
        key = cur.col("nama") if key is None else key
        v = row[key] if key is not None and key < len(row) else None
        if v.__class__ is str and v[:1].isdigit():
            r += 1  # a data row (a NIP in its place): the common case, passed over quickly
            continue
        if _may_be_header_row(row):
            lay = _best(_layouts_at(sheet, r, _width(sheet, r)), None)
            if lay is not None and (lay.columns != cur.columns or lay.header_height != cur.header_height):
                _resolve_nip(sheet, lay)
                if lay.columns != cur.columns or lay.header_height != cur.header_height:
                    cur.end = r
                    tables.append(lay)
                    cur = lay
                    r = lay.data_start
                    continue
        r += 1
    return tables


# --------------------------------------------------------------------------- data rows

_FOOTER_START = re.compile(
    r"^(?:mengetahui|menyetujui|disetujui|diketahui|dibuat oleh|ditetapkan|a\.\s?n\.?\s|an\.\s|plt\.?\s|plh\.?\s|"
    r"pj\.?\s|camat\b|lurah\b|kepala\b|sekretaris\b|kasubag|kasubbag|kasi\b|bupati|wali ?kota|"
    r"jumlah\b|total\b|catatan\s*:|keterangan\s*:|sumber\s*:|nip\s*[.:]|nip\s+\d|pembina\b|penata\b|"
    r"pengatur\b|juru\b|tembusan|yang bertanda|ttd\b|t\.t\.d)",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(
    r"^[A-Za-z][A-Za-z .'-]{1,40},\s*\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}$"
)


#: The first two letters (lower case) of every wording ``_FOOTER_START`` knows: a text starting
#: otherwise (in ASCII) cannot match it, and every roster row's name is tested.
_FOOTER_HEADS = frozenset({"me", "di", "a.", "an", "pl", "pj", "ca", "lu", "ke", "se", "ka", "bu", "wa", "ju",
                           "to", "su", "ni", "pe", "te", "ya", "tt", "t."})


def is_footer_text(value: Any) -> bool:
    """Signature/footer wording: "Mengetahui", "CAMAT MAULAFA", "NIP. 1972…", "Kupang, 2 Januari 2026"."""
    if value.__class__ is not str:
        return False
    s = value.strip()
    if not s:
        return False
    head = s[:2]
    # outside ASCII the regex's case-insensitive match may fold ("ſ" is "s"): asked directly
    if (not head.isascii() or head.lower() in _FOOTER_HEADS) and _FOOTER_START.match(s):
        return True
    return "," in s and bool(_PLACE_DATE.match(clean_text(s)))


@dataclass
class DataRow:
    """One table row: ``index`` 0-based (Excel row = index + 1), cells by column."""

    index: int
    cells: list[Any]

    @property
    def excel_row(self) -> int:
        return self.index + 1


@dataclass
class SkippedRows:
    """What was left out of the table and why (shown in the preview)."""

    blank: int = 0
    numbering: list[int] = field(default_factory=list)  # Excel row numbers
    repeated_header: list[int] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)  # group headings inside the data
    totals: list[int] = field(default_factory=list)  # totals lines inside the data (per unit, per section)
    footer: list[int] = field(default_factory=list)


def _fill_merged_data(sheet: SheetData, start: int) -> None:
    """A unit or golongan merged down over several data rows applies to each of them.

    Only vertical merges (one column) are filled: a merge across columns in the
    data area is a group heading ("A. SEKRETARIAT") or a note, not a value.
    """
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 < start or c0 != c1 or r0 == r1:
            continue
        v = sheet.cell(r0, c0)
        if is_blank(v):
            continue
        for r in range(r0 + 1, min(r1, sheet.height - 1) + 1):
            row = sheet.rows[r]
            if c0 < len(row) and is_blank(row[c0]):
                row[c0] = v
                sheet.memo.clear()


_STACKED_NIP_LINE = re.compile(r"^(?:NIP\.?\s*[:.]?\s*)?['\u2019]?\d[\d\s.\-]{16,30}\d$", re.IGNORECASE)
_HEADING = re.compile(
    r"^(?:[A-Z]\.|[IVX]+\.|\d{1,2}\.\s|unit\b|seksi\b|kelurahan\b|sub\s?bag|sekretariat\b|bagian\b|bidang\b|"
    r"kecamatan\b|jabatan\b|kelompok\b|pejabat\b|staf\b|pelaksana\b|fungsional\b|struktural\b|pppk\b|pns\b)",
    re.IGNORECASE,
)


def _header_label_sets(sheet: SheetData, layout: Layout) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for cols in layout.columns.values():
        for c in cols:
            labels = set()
            for k in range(layout.header_height):
                lab = norm_label(merged_header_text(sheet, layout.header_row + k, c))
                if lab:
                    labels.add(lab)
            out[c] = labels
    return out


def _in_wide_merge(sheet: SheetData, r: int, c: int) -> bool:
    return any(r0 <= r <= r1 and c0 <= c <= c1 and c1 > c0 for (r0, c0), (r1, c1) in sheet.merged)


def _blank(v: Any) -> bool:
    if v is None or v == "":
        return True
    if v.__class__ is str and (v[0].isspace() or v[-1].isspace() or v[0] in "\u200b\ufeff"):
        return not v.translate(_INVISIBLE).strip()
    return False


def iter_data_rows(sheet: SheetData, layout: Layout, skipped: SkippedRows) -> Iterator[DataRow]:
    """Data rows under the header, in order.

    Left out (and recorded in ``skipped``): blank rows, numbering rows, the
    header repeated after a page break, one-cell group headings ("A. SEKRETARIAT"),
    and the footer: everything after the last row that has a name or NIP plus
    another value, and everything from the first signature line ("Mengetahui",
    "CAMAT …", "NIP. …", "Kupang, 2 Januari 2026") on. A footer is never
    imported, even when it holds a NIP.
    """
    _fill_merged_data(sheet, layout.data_start)
    if layout.numbering_row is not None:
        skipped.numbering.append(layout.numbering_row + 1)
    mapped = sorted({c for cols in layout.columns.values() for c in cols})
    name_col = layout.col("nama")
    nip_col = layout.col("nip")
    labels = _header_label_sets(sheet, layout)
    def raw_labels(c: int | None) -> set[str]:
        if c is None:
            return set()
        out = set()
        for k in range(layout.header_height):
            v = merged_header_text(sheet, layout.header_row + k, c)
            if isinstance(v, str) and v.strip():
                out.add(v.strip().upper())
        return out

    raw_name, raw_nip = raw_labels(name_col), raw_labels(nip_col)
    stacked = layout.has("nama_nip") and not layout.has("nip")
    rows = sheet.rows
    stop = min(len(rows), layout.end) if layout.end is not None else len(rows)
    # every header label of every column (also unmapped ones), for rows that repeat a header row
    # or its second row ("Gol. Ruang | TMT" under an unmerged "PANGKAT")
    all_labels: dict[int, set[str]] = {}
    for c in layout.headers:
        for k in range(layout.header_height):
            for v in (sheet.cell(layout.header_row + k, c), merged_header_text(sheet, layout.header_row + k, c)):
                if isinstance(v, str) and v.strip():
                    all_labels.setdefault(c, set()).add(norm_label(v))

    def label_row(row: list[Any]) -> bool:
        """Only header labels in it: a header row (repeated, or the second row of one), never data."""
        filled = [(c, v) for c, v in enumerate(row) if not _blank(v)]
        if len(filled) < 2 or any(not isinstance(v, str) for _c, v in filled):
            return False
        hits = sum(1 for c, v in filled if norm_label(v) in all_labels.get(c, ()) or (
            len(v) < 40 and not _SIX_DIGITS(v) and match_label(norm_label(v)) is not None))
        return hits * 4 >= len(filled) * 3

    kinds: list[tuple[int, str]] = []  # (index, kind) kind: blank/numbering/header/data/other/footer
    seen_data = False
    names = _identity_column(sheet, name_col, layout.data_start, layout.end)  # as count_data_rows asked
    for i in range(layout.data_start, stop):
        row = rows[i]
        n = len(row)
        name_v = row[name_col] if name_col is not None and name_col < n else None
        nip_v = row[nip_col] if nip_col is not None and nip_col < n else None
        name_kind = names[i - layout.data_start]
        name_blank, nip_blank = name_kind == _EMPTY, _blank(nip_v)
        if name_blank and nip_blank:
            if all(_blank(v) for v in row):
                kinds.append((i, "blank"))
                continue
            if _is_numbering_row(row):
                kinds.append((i, "numbering"))
                continue
            if label_row(row):
                kinds.append((i, "header"))
                continue
        elif isinstance(name_v, (int, float)) and _is_numbering_row(row):
            kinds.append((i, "numbering"))
            continue
        if (name_v.__class__ is str and len(name_v) < 60 and name_v.strip().upper() in raw_name) or (
            nip_v.__class__ is str and len(nip_v) < 60 and nip_v.strip().upper() in raw_nip
        ):
            filled = [c for c in mapped if c < n and not _blank(row[c])]
            same = sum(1 for c in filled if isinstance(row[c], str) and norm_label(row[c]) in labels.get(c, ()))
            if (filled and same >= max(2, (len(filled) + 1) // 2)) or label_row(row):
                kinds.append((i, "header"))
                continue
        # _row_has_identity, with the blank tests already made
        if name_v.__class__ is str and name_kind == _FILLED:
            identity = True
        else:
            identity = _row_has_identity(name_v, nip_v)
        if stacked and kinds and kinds[-1][1] == "data" and (
            (isinstance(name_v, str) and _STACKED_NIP_LINE.match(clean_text(name_v)))
            or (isinstance(name_v, (int, float)) and not isinstance(name_v, bool) and abs(name_v) >= 1e8)
        ):
            # the NIP line under a name ("NAMA / NIP" in one column), also a NIP typed as a number
            # (kept as one row so the number is reported as the NIP it is, not as a nameless row)
            kinds.append((i, "data"))
            continue
        # a totals line ("JUMLAH" in the No column, "5 orang" where the names are; "Jumlah PNS: 25")
        # is skipped, and the table goes on: a DUK has one per unit or per PNS/PPPK section, with
        # employees below it. Only rows after the last employee are the table's foot.
        totals = seen_data and nip_blank and name_col is not None and _totals_row(row, name_col)
        if not totals and seen_data and not identity:
            filled_v = [v for v in row if not _blank(v)]
            if any(is_footer_text(v) for v in filled_v):
                if not _starts_with_totals(filled_v):
                    kinds.append((i, "footer"))
                    break
                totals = True
        if totals:
            kinds.append((i, "totals"))
            continue
        if identity:
            # name and NIP (both mapped) filled: two cells already, the rest need not be looked at
            filled_n = 2 if not name_blank and not nip_blank and name_col != nip_col else 0
            if not filled_n:
                for c in mapped:
                    if c < n and not _blank(row[c]):
                        filled_n += 1
                        if filled_n >= 2:
                            break
            if filled_n >= 2:
                seen_data = True
                kinds.append((i, "data"))
                continue
        kinds.append((i, "other"))
    last_data = max((i for i, k in kinds if k == "data"), default=None)
    footer_from = stop if last_data is None else last_data + 1
    for i, kind in kinds:
        if i >= footer_from:
            break
        if kind == "blank":
            skipped.blank += 1
            continue
        if kind == "numbering":
            skipped.numbering.append(i + 1)
            continue
        if kind == "header":
            skipped.repeated_header.append(i + 1)
            continue
        if kind == "totals":
            skipped.totals.append(i + 1)
            continue
        row = rows[i]
        if kind == "other":
            where = [c for c, v in enumerate(row) if not _blank(v)]
            if len(where) == 1:
                c = where[0]
                v = row[c]
                text = v if isinstance(v, str) else ""
                heading = (
                    bool(text)
                    and c != nip_col
                    and not re.search(r"\d{6,}", text)
                    and (c != name_col or _in_wide_merge(sheet, i, c) or bool(_HEADING.match(clean_text(text))))
                )
                if heading:
                    skipped.headings.append(i + 1)
                    continue
        yield DataRow(i, row)
    if last_data is not None:
        for i in range(footer_from, stop):
            if any(not _blank(v) for v in rows[i]):
                skipped.footer.append(i + 1)


_TOTALS = re.compile(r"^(?:jumlah|total)\b", re.IGNORECASE)


def _starts_with_totals(filled: list[Any]) -> bool:
    """The row's first filled cell says JUMLAH/TOTAL ("Jumlah PNS: 25")."""
    return bool(filled) and filled[0].__class__ is str and bool(_TOTALS.match(filled[0].strip()))


def _totals_row(row: list[Any], name_col: int) -> bool:
    """A totals line: "JUMLAH"/"TOTAL" left of the name column (the count may sit where the names are)."""
    return any(v.__class__ is str and _TOTALS.match(v.strip()) for v in row[:name_col])


#: ``_identity_column``: a cell that is blank, holds footer wording, or holds something else
_EMPTY, _FOOTER, _FILLED = 0, 1, 2


def _identity_column(sheet: SheetData, c: int | None, start: int, stop: int | None) -> list[int]:
    """Per row of ``sheet.rows[start:stop]``: is the cell in column ``c`` blank (``_EMPTY``), footer
    wording (``_FOOTER``) or filled (``_FILLED``)? Asked by the sheet analysis (how many rows hold
    a name) and again by the data rows (which rows are employees): remembered on the sheet."""
    key = ("identity", c, start, stop)
    found = sheet.memo.get(key)
    if found is None:
        rows = sheet.rows[start:stop]
        if c is None:
            found = [_EMPTY] * len(rows)
        else:
            found = [_EMPTY if _blank(v) else _FOOTER if is_footer_text(v) else _FILLED
                     for v in (r[c] if c < len(r) else None for r in rows)]
        sheet.memo[key] = found
    return found


def count_data_rows(sheet: SheetData, layout: Layout) -> int:
    """Rough number of data rows (rows with a name or NIP under the header), for the sheet choice."""
    name_col, nip_col = layout.col("nama"), layout.col("nip")
    names = _identity_column(sheet, name_col, layout.data_start, layout.end)
    n = names.count(_FILLED)
    if n < len(names) and nip_col is not None:
        nips = _identity_column(sheet, nip_col, layout.data_start, layout.end)
        n += sum(1 for a, b in zip(names, nips) if a != _FILLED and b == _FILLED)
    return n


def _row_has_identity(name_v: Any, nip_v: Any) -> bool:
    if isinstance(name_v, str) and not _blank(name_v) and not is_footer_text(name_v):
        return True  # a name: the NIP cell need not be looked at (every data row of a roster)
    nip_ok = not _blank(nip_v) and not is_footer_text(nip_v)
    return (nip_ok and not isinstance(nip_v, str)) or (
        nip_ok and isinstance(nip_v, str) and bool(_SIX_DIGITS(nip_v.replace(" ", "")))
    )


_SIX_DIGITS = re.compile(r"\d{6,}").search
