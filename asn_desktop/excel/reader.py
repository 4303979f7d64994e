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


def _fail_not_workbook(path: Path, what: str = "") -> ExcelError:
    extra = f" ({what})" if what else ""
    return ExcelError(
        f"Berkas \"{path.name}\" bukan buku kerja Excel yang dapat dibaca{extra}. "
        "Simpan ulang berkas dari Excel atau LibreOffice sebagai \"Excel Workbook (*.xlsx)\", lalu coba lagi."
    )


def _password_error(path: Path) -> ExcelError:
    return ExcelError(
        f"Berkas \"{path.name}\" dilindungi kata sandi, sehingga isinya tidak dapat dibaca. "
        "Buka berkas di Excel dengan kata sandinya, hapus kata sandi (File › Info › Protect Workbook › "
        "Encrypt with Password, kosongkan), simpan, lalu impor lagi."
    )


def probe_file(path: Path | str, *, max_rows: int = MAX_ROWS) -> FileProbe:
    """Check a file before reading it; fast even for huge files.

    Raises :class:`ExcelError` for a missing/empty file, a file that is not a
    workbook (a Word document, a PDF, a renamed CSV), an encrypted workbook,
    and for sheets whose declared size exceeds :data:`MAX_ROWS`.
    """
    path = Path(path)
    if not path.exists():
        raise ExcelError(f"Berkas \"{path}\" tidak ditemukan.")
    if path.is_dir():
        raise ExcelError(f"\"{path}\" adalah folder, bukan berkas Excel.")
    size = path.stat().st_size
    if size == 0:
        raise ExcelError(f"Berkas \"{path.name}\" kosong (0 byte).")
    if size > MAX_FILE_BYTES:
        raise ExcelError(
            f"Berkas \"{path.name}\" terlalu besar ({size // (1024 * 1024)} MB; batas "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Hapus lembar atau baris yang tidak perlu, lalu coba lagi."
        )
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE_MAGIC):
        return _probe_ole(path, size)
    if head.startswith(_ZIP_MAGIC):
        return _probe_zip(path, size, max_rows)
    if head.startswith(b"%PDF"):
        raise _fail_not_workbook(path, "berkas PDF")
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
        raise _fail_not_workbook(path, "dokumen Office lama yang bukan Excel, misalnya Word .doc")
    return FileProbe(path, "xls", size, [])


def _probe_zip(path: Path, size: int, max_rows: int = MAX_ROWS) -> FileProbe:
    """A zip: xlsx or ods, bounded (sizes, compression ratio, used range) before anything reads it."""
    try:
        zf = zipfile.ZipFile(path)
    except Exception:  # noqa: BLE001 - BadZipFile, OSError, ValueError on a broken directory
        raise _fail_not_workbook(path, "berkas rusak: isinya tidak utuh") from None
    with zf:
        names = set(zf.namelist())
        bounds.check_directory(zf, path)
        if "xl/workbook.xml" not in names:
            if "content.xml" in names and "mimetype" in names:
                mime = bounds.read_part(zf, "mimetype", path)[:100]
                if b"spreadsheet" in mime:
                    return _probe_ods(zf, path, size, max_rows)
                raise _fail_not_workbook(path, "dokumen OpenDocument yang bukan lembar kerja")
            if "word/document.xml" in names:
                raise _fail_not_workbook(path, "dokumen Word")
            if "ppt/presentation.xml" in names:
                raise _fail_not_workbook(path, "presentasi PowerPoint")
            raise _fail_not_workbook(path)
        try:
            sheets, scanned = _xlsx_sheets(zf, path, max_rows)
            bounds.verify_parts(zf, path, scanned)
        except ExcelError:
            raise
        except Exception:  # noqa: BLE001 - bad CRC, broken deflate stream, bad XML: all "damaged"
            raise _fail_not_workbook(path, "berkas rusak: isinya tidak utuh") from None
    _check_extents(path, sheets, max_rows)
    return FileProbe(path, "xlsx", size, sheets)


def _check_extents(path: Path, sheets: list[SheetInfo], max_rows: int) -> None:
    for s in sheets:
        if s.rows is not None and s.rows > max_rows:
            raise too_many_rows(path, s.name, s.rows, max_rows)
        if s.rows is not None and s.cols is not None and s.rows * s.cols > MAX_CELLS:
            raise ExcelError(
                f"Lembar \"{s.name}\" pada \"{path.name}\" terlalu besar: isinya terpakai sampai sel "
                f"{col_letter(s.cols - 1)}{s.rows} ({_fmt_int(s.rows)} baris × {_fmt_int(s.cols)} kolom; batas "
                f"{_fmt_int(MAX_CELLS)} sel). Hapus isi dan format di luar tabel (mis. sel "
                f"{col_letter(s.cols - 1)}{s.rows}), simpan, lalu coba lagi."
            )


def _probe_ods(zf: zipfile.ZipFile, path: Path, size: int, max_rows: int) -> FileProbe:
    """An OpenDocument spreadsheet: the used range of each table from content.xml (streamed)."""
    try:
        extents = bounds.ods_extent(zf, zf.getinfo("content.xml"), path)
        bounds.verify_parts(zf, path, {"content.xml"})
    except ExcelError:
        raise
    except Exception:  # noqa: BLE001
        raise _fail_not_workbook(path, "berkas rusak: isinya tidak utuh") from None
    sheets = [SheetInfo(name, True, e.rows, e.cols) for name, e in extents.items()]
    _check_extents(path, sheets, max_rows)
    return FileProbe(path, "ods", size, [])


def too_many_rows(path: Path, sheet: str, rows: int, limit: int = MAX_ROWS) -> ExcelError:
    return ExcelError(
        f"Lembar \"{sheet}\" pada \"{path.name}\" berisi {_fmt_int(rows)} baris; batas impor "
        f"{_fmt_int(limit)} baris. Jika datanya sebenarnya lebih sedikit, hapus baris kosong berformat "
        "di bawah tabel (pilih baris-baris itu › Hapus), simpan, lalu impor lagi; jika memang sebanyak itu, "
        "bagi datanya menjadi beberapa berkas."
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
            used = bounds.xlsx_extent(zf, info, path)
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

    def __init__(self, path: Path | str, *, max_rows: int = MAX_ROWS) -> None:
        self.path = Path(path)
        self.max_rows = max_rows
        self.probe = probe_file(self.path, max_rows=max_rows)
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
        err = _fail_not_workbook(self.path, "berkas rusak: isinya tidak utuh")
        err.details = [f"{kind}: {str(exc)[:300]}"]  # for "Tampilkan detail" / the log, not the message
        return err

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def read(self, name: str) -> SheetData:
        """The whole sheet as Python values (str, float, int, bool, date, datetime, time)."""
        info = next((s for s in self.sheets if s.name == name), None)
        if info is None:
            raise ExcelError(
                f"Lembar \"{name}\" tidak ada pada \"{self.path.name}\". Lembar yang ada: "
                + ", ".join(f"\"{n}\"" for n in self.sheet_names)
                + "."
            )
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
        try:
            sh = self._wb.get_sheet_by_name(name)
            if sh.total_height > self.max_rows:
                raise too_many_rows(self.path, name, sh.total_height, self.max_rows)
            rows = sh.iter_rows()
        except ExcelError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._translate(exc) from None
        yield from rows

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
        "NOMOR INDUK PEGAWAI", "NIP PEGAWAI", "NIP ASN", "NIP PNS", "NIP PPPK",
    ),
    "nip_lama": ("NIP LAMA", "NIPLAMA", "NIP 9 DIGIT"),
    "nama": (
        "NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA DAN GELAR", "NAMA GELAR",
        "NAMA LENGKAP DAN GELAR", "NAMA LENGKAP GELAR", "NAMA TANPA GELAR", "NAMA PNS",
    ),
    "nama_nip": ("NAMA NIP", "NAMA DAN NIP", "NAMA NIP PEGAWAI", "NAMA LENGKAP NIP", "NAMA GELAR NIP"),
    "gelar_depan": ("GELAR DEPAN", "GLR DEPAN"),
    "gelar_belakang": ("GELAR BELAKANG", "GLR BELAKANG"),
    "tempat_lahir": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT", "TMPT LAHIR", "KOTA LAHIR"),
    "tanggal_lahir": (
        "TANGGAL LAHIR", "TGL LAHIR", "TGLLAHIR", "TANGGAL LHR", "TGL LHR", "LAHIR TANGGAL", "TGL LAHIR PEGAWAI",
    ),
    "tempat_tanggal_lahir": (
        "TEMPAT TGL LAHIR", "TEMPAT TANGGAL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR", "TEMPAT TGL LHR",
        "TEMPAT TANGGAL LHR", "TMP TGL LAHIR", "TEMPAT LAHIR TANGGAL LAHIR", "TEMPAT LAHIR TGL LAHIR",
        "TEMPAT TANGGAL", "LAHIR",
    ),
    "jenis_kelamin": ("L P", "JENIS KELAMIN", "JK", "KELAMIN", "SEX", "GENDER", "L PR", "LK PR", "JNS KELAMIN"),
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
        "GOLONGAN PPPK", "PANGKAT GOL RUANG TERAKHIR", "GOL RUANG PANGKAT", "GOLONGAN PANGKAT",
    ),
    "tmt_golongan": (
        "TMT GOL", "TMT GOLONGAN", "TMT PANGKAT", "TMT GOL RUANG", "TMT GOL AKHIR", "TMT PANGKAT TERAKHIR",
        "TMT GOLONGAN RUANG", "TMT GOLONGAN AKHIR", "TMT PANGKAT GOL", "PANGKAT TMT", "GOL TMT",
        "GOLONGAN TMT", "PANGKAT GOL TMT",
    ),
    "nama_jabatan": (
        "JABATAN", "NAMA JABATAN", "JABATAN NAMA", "JABATAN TERAKHIR", "JABATAN SEKARANG", "NAMA JABATAN TERAKHIR",
        "JABATAN NAMA JABATAN",
    ),
    "jenis_jabatan": ("JENIS JABATAN", "JENIS JABATAN NAMA", "JNS JABATAN", "JABATAN JENIS"),
    "jenjang": ("JENJANG", "JENJANG JABATAN", "JENJANG FUNGSIONAL"),
    "tmt_jabatan": ("TMT JABATAN", "JABATAN TMT", "TMT JAB"),
    "eselon": ("ESELON", "ESELON NAMA", "ESELON ID"),
    "kelas_jabatan": ("KELAS JABATAN", "KELAS JAB", "KELAS"),
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
        "PENDIDIKAN", "PENDIDIKAN TERAKHIR", "TINGKAT PENDIDIKAN", "TINGKAT PENDIDIKAN NAMA", "PEND TERAKHIR",
        "PENDIDIKAN AKHIR", "JENJANG PENDIDIKAN",
    ),
    "tahun_lulus": ("TAHUN LULUS", "THN LULUS", "TAHUN LULUS PENDIDIKAN"),
    "tmt_pensiun": ("TMT PENSIUN", "BUP", "TMT BUP"),
    "tanggal_status": ("TANGGAL STATUS", "TMT STATUS", "TGL STATUS"),
    "keterangan": ("KET", "KETERANGAN", "CATATAN"),
    "uid": ("UID",),
}

#: Fields that identify a roster table; both are needed.
REQUIRED_FIELDS = ("nip", "nama")

#: Human-readable names for messages.
FIELD_LABELS: dict[str, str] = {
    "nip": "NIP", "nip_lama": "NIP Lama", "nama": "Nama", "nama_nip": "Nama / NIP",
    "gelar_depan": "Gelar Depan", "gelar_belakang": "Gelar Belakang", "tempat_lahir": "Tempat Lahir",
    "tanggal_lahir": "Tanggal Lahir", "tempat_tanggal_lahir": "Tempat, Tanggal Lahir",
    "jenis_kelamin": "Jenis Kelamin", "agama": "Agama", "nik": "NIK", "email": "Email", "no_hp": "No HP",
    "alamat": "Alamat", "status_kepegawaian": "Status Kepegawaian", "status": "Status",
    "tmt_cpns": "TMT CPNS", "tmt_pns": "TMT PNS", "golongan": "Golongan", "tmt_golongan": "TMT Golongan",
    "nama_jabatan": "Jabatan", "jenis_jabatan": "Jenis Jabatan", "jenjang": "Jenjang",
    "tmt_jabatan": "TMT Jabatan", "eselon": "Eselon", "kelas_jabatan": "Kelas Jabatan", "unit": "Unit Kerja",
    "nip_atasan": "NIP Atasan", "pendidikan_terakhir": "Pendidikan Terakhir", "tahun_lulus": "Tahun Lulus",
    "tmt_pensiun": "TMT Pensiun", "tanggal_status": "Tanggal Status", "no": "No", "keterangan": "Keterangan", "uid": "UID",
}

_LABEL_CLEAN = re.compile(r"[^0-9A-Z]+")


def norm_label(text: Any) -> str:
    """"Tempat,\\nTgl. Lahir" → "TEMPAT TGL LAHIR"; "gol_ruang_akhir" → "GOL RUANG AKHIR"."""
    s = clean_text(text).upper().replace("_", " ")
    s = s.replace("TANGGAL", "TANGGAL").replace("&", " DAN ")
    return " ".join(_LABEL_CLEAN.sub(" ", s).split())


_SYNONYM_INDEX: dict[str, str] = {}
for _field, _labels in FIELD_SYNONYMS.items():
    for _lab in _labels:
        _SYNONYM_INDEX.setdefault(norm_label(_lab), _field)


def match_label(label: str) -> str | None:
    """The field a (normalised) header label names, or None."""
    return _SYNONYM_INDEX.get(label)


def match_header(top: str, sub: str) -> str | None:
    """Field for a column whose header is ``top`` (group) over ``sub`` (may be empty).

    Tries the combined phrase first ("PANGKAT" + "TMT" → "TMT PANGKAT"), then the
    sub-label alone, then the sub-label with each word of the group label
    ("TGL" under "TEMPAT, TGL LAHIR" → "TGL LAHIR"), then the group label.
    """
    if not sub:
        return match_label(top) if top else None
    if top and top != sub:
        for phrase in (f"{sub} {top}", f"{top} {sub}"):
            f = match_label(phrase)
            if f:
                return f
    f = match_label(sub)
    if f:
        return f
    if top:
        for word in top.split():
            for phrase in (f"{sub} {word}", f"{word} {sub}"):
                f = match_label(phrase)
                if f:
                    return f
    return None


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


def _merged_header_text(sheet: SheetData, r: int, c: int) -> Any:
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


def _row_labels(sheet: SheetData, r: int, width: int, *, merged: bool) -> list[str]:
    return [
        norm_label(_merged_header_text(sheet, r, c) if merged else sheet.cell(r, c))
        if not _looks_like_data_value(sheet.cell(r, c)) else ""
        for c in range(width)
    ]


def _looks_like_data_value(v: Any) -> bool:
    """Dates and numbers never appear in a header row."""
    return isinstance(v, (date, datetime, time, timedelta)) or (
        isinstance(v, (int, float)) and not isinstance(v, bool)
    )


def _layout_from(top: list[str], sub: list[str] | None, top_raw: list[str], sub_raw: list[str] | None) -> tuple[
    dict[str, list[int]], dict[int, str], list[int]
]:
    columns: dict[str, list[int]] = {}
    headers: dict[int, str] = {}
    unknown: list[int] = []
    for c, t in enumerate(top):
        s = sub[c] if sub is not None else ""
        if not t and not s:
            continue
        f = match_header(t, s) if sub is not None else match_label(t)
        shown_top = top_raw[c]
        shown_sub = sub_raw[c] if sub_raw is not None else ""
        headers[c] = f"{shown_top} › {shown_sub}" if shown_top and shown_sub and shown_top != shown_sub else (
            shown_sub or shown_top
        )
        if f is None:
            unknown.append(c)
            continue
        columns.setdefault(f, []).append(c)
    # "NAMA / NIP" over sub-columns NAMA and NIP: the group label is not a field of its own
    if "nama_nip" in columns and "nama" in columns and "nip" in columns:
        columns.pop("nama_nip")
    if "nama_nip" in columns and "nama" not in columns:
        columns["nama"] = columns.pop("nama_nip")
        columns.setdefault("nama_nip", list(columns["nama"]))
    # combined "Tempat, Tgl Lahir" beside separate fields: the separate ones win
    if "tempat_tanggal_lahir" in columns and "tanggal_lahir" in columns:
        columns.pop("tempat_tanggal_lahir")
    # duplicated fields: keep the first column, except golongan which joins pangkat + gol cells
    for f, cols in list(columns.items()):
        if len(cols) > 1 and f not in ("golongan", "nama_nip"):
            columns[f] = cols[:1]
            unknown.extend(cols[1:])
    return columns, headers, sorted(unknown)


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


def detect_layout(sheet: SheetData) -> Layout | None:
    """Find the header of a roster table on ``sheet`` (None when there is none)."""
    best: Layout | None = None
    limit = min(sheet.height, HEADER_SCAN_ROWS)
    width = max((len(r) for r in sheet.rows[: limit + 2]), default=0)
    for r in range(limit):
        raw = [clean_text(_merged_header_text(sheet, r, c)) for c in range(width)]
        top = _row_labels(sheet, r, width, merged=True)
        if sum(1 for t in top if t) < 2:
            continue
        options: list[tuple[dict[str, list[int]], dict[int, str], list[int], int]] = []
        cols1, heads1, unk1 = _layout_from(top, None, raw, None)
        options.append((cols1, heads1, unk1, 1))
        if r + 1 < sheet.height and not _is_numbering_row(sheet.rows[r + 1]) and _sub_row_is_header(
            sheet, r + 1, width
        ):
            sub = _row_labels(sheet, r + 1, width, merged=False)
            sub_raw = [clean_text(sheet.cell(r + 1, c)) for c in range(width)]
            cols2, heads2, unk2 = _layout_from(top, sub, raw, sub_raw)
            options.append((cols2, heads2, unk2, 2))
        for cols, heads, unk, height in options:
            numbering = None
            nxt = r + height
            if nxt < sheet.height and _is_numbering_row(sheet.rows[nxt]):
                numbering = nxt
            lay = Layout(sheet.name, r, height, numbering, cols, heads, unk)
            if not lay.is_roster:
                continue
            if best is None or lay.score > best.score or (
                # the row under the header holds labels only (checked above): it is part of the header
                lay.score == best.score and lay.header_row == best.header_row and lay.header_height > best.header_height
            ):
                best = lay
    return best


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


def is_footer_text(value: Any) -> bool:
    """Signature/footer wording: "Mengetahui", "CAMAT MAULAFA", "NIP. 1972…", "Kupang, 2 Januari 2026"."""
    if value.__class__ is not str:
        return False
    s = value.strip()
    if not s:
        return False
    if _FOOTER_START.match(s):
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
                lab = norm_label(_merged_header_text(sheet, layout.header_row + k, c))
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
            v = _merged_header_text(sheet, layout.header_row + k, c)
            if isinstance(v, str) and v.strip():
                out.add(v.strip().upper())
        return out

    raw_name, raw_nip = raw_labels(name_col), raw_labels(nip_col)
    stacked = layout.has("nama_nip") and not layout.has("nip")
    rows = sheet.rows

    kinds: list[tuple[int, str]] = []  # (index, kind) kind: blank/numbering/header/data/other/footer
    seen_data = False
    for i in range(layout.data_start, len(rows)):
        row = rows[i]
        n = len(row)
        name_v = row[name_col] if name_col is not None and name_col < n else None
        nip_v = row[nip_col] if nip_col is not None and nip_col < n else None
        if _blank(name_v) and _blank(nip_v):
            if all(_blank(v) for v in row):
                kinds.append((i, "blank"))
                continue
            if _is_numbering_row(row):
                kinds.append((i, "numbering"))
                continue
        elif isinstance(name_v, (int, float)) and _is_numbering_row(row):
            kinds.append((i, "numbering"))
            continue
        if (name_v.__class__ is str and len(name_v) < 60 and name_v.strip().upper() in raw_name) or (
            nip_v.__class__ is str and len(nip_v) < 60 and nip_v.strip().upper() in raw_nip
        ):
            filled = [c for c in mapped if c < n and not _blank(row[c])]
            same = sum(1 for c in filled if isinstance(row[c], str) and norm_label(row[c]) in labels.get(c, ()))
            if filled and same >= max(2, (len(filled) + 1) // 2):
                kinds.append((i, "header"))
                continue
        identity = _row_has_identity(name_v, nip_v)
        if stacked and isinstance(name_v, str) and kinds and kinds[-1][1] == "data" and _STACKED_NIP_LINE.match(
            clean_text(name_v)
        ):
            kinds.append((i, "data"))  # the NIP line under a name ("NAMA / NIP" in one column)
            continue
        if seen_data and not identity and any(is_footer_text(v) for v in row if not _blank(v)):
            kinds.append((i, "footer"))
            break
        if identity:
            filled_n = 0
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
    footer_from = len(rows) if last_data is None else last_data + 1
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
        for i in range(footer_from, len(rows)):
            if any(not _blank(v) for v in rows[i]):
                skipped.footer.append(i + 1)


def count_data_rows(sheet: SheetData, layout: Layout) -> int:
    """Rough number of data rows (rows with a name or NIP under the header), for the sheet choice."""
    name_col, nip_col = layout.col("nama"), layout.col("nip")
    n = 0
    for row in sheet.rows[layout.data_start:]:
        for c in (name_col, nip_col):
            if c is not None and c < len(row) and not _blank(row[c]) and not is_footer_text(row[c]):
                n += 1
                break
    return n


def _row_has_identity(name_v: Any, nip_v: Any) -> bool:
    if isinstance(name_v, str) and not _blank(name_v) and not is_footer_text(name_v):
        return True  # a name: the NIP cell need not be looked at (every data row of a roster)
    nip_ok = not _blank(nip_v) and not is_footer_text(nip_v)
    return (nip_ok and not isinstance(nip_v, str)) or (
        nip_ok and isinstance(nip_v, str) and bool(_SIX_DIGITS(nip_v.replace(" ", "")))
    )


_SIX_DIGITS = re.compile(r"\d{6,}").search
