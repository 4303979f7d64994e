"""The versioned exchange workbook (docs/exchange-format.md).

Two kinds share one format: the employees list (``jenis = pegawai``: sheet
"Pegawai") and the kecamatan's results package (``jenis = hasil``: Pegawai,
Unit Kerja, Periode, Capaian Organisasi, SKP, RHK, Indikator, Perilaku,
Evaluasi, Realisasi, Umpan Balik Perilaku). Every workbook has a hidden
``_meta`` sheet: format name and version, kind, office code and name, year,
app version, creation time, the row count of each sheet and a SHA-256 checksum
of the data, so the receiving side can refuse a newer format and notice a
package edited after export.

Writing: rustpy-xlsxwriter (Rust, constant memory; rows pulled from generators),
frozen header, autofilter,
column widths, real Excel dates, NIP as text, every string safe from formula
injection (``excel.safe``); the file appears only when complete (written to a
temporary name, then renamed). Reading: python-calamine.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from asn_desktop import __version__
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, pesan_dari
from asn_desktop.domain.tanggal import parse_tanggal
from asn_desktop.excel import ExcelError
from asn_desktop.excel.reader import Workbook, col_letter, display_value
from asn_desktop.excel.safe import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    MAX_CELL_TEXT,
    clean_string,
)
from asn_desktop.fileio import write_atomic

FORMAT_NAME = "ASN-KINERJA-PERTUKARAN"
#: The highest version this release reads; readers refuse a version above theirs. Version 2 =
#: some data sheet continues in parts (``bagian:<Sheet>``); a package without parts is still
#: written as version 1, so the previous release reads every package it can understand.
FORMAT_VERSION = 2
#: The version of a package none of whose sheets is split.
FORMAT_VERSION_UNSPLIT = 1
#: A data sheet with more cells (rows × columns) than this is written in parts ("Realisasi",
#: "Realisasi (2)", …): the reader (calamine) materialises a whole sheet before its first row,
#: so the part size bounds the memory of a merge (Realisasi of a regency whole: ~480 MB).
CELL_BUDGET = 600_000
#: Most parts a sheet may declare (hostile input: ``bagian`` is read from the file).
MAX_PARTS = 200
META_SHEET = "_meta"
JENIS_PEGAWAI = "pegawai"
JENIS_HASIL = "hasil"
#: ``_meta`` key of the Ed25519 signature (base64) over :func:`signed_message`.
SIGNATURE_KEY = "tanda_tangan_ed25519"
#: ``_meta`` key of the signing office's public key (base64 of the raw 32 bytes).
PUBLIC_KEY_KEY = "kunci_publik_ed25519"
#: ``_meta`` key of the office's own package sequence number (replay and order at the regency).
SEQUENCE_KEY = "nomor_paket"
_SIGNED_PREFIX = "ASN-KINERJA-PAKET-TTD\x1e1\x1e"


def meta_text(value: Any) -> str:
    """A ``_meta`` value exactly as it reads back from the file (CR/CRLF → LF, characters
    XML cannot hold dropped), so what is signed is what the receiver reads."""
    if value is None:
        return ""
    text = _normalise_text(str(value))
    return text if isinstance(text, str) else ""


def signed_message(meta: dict[str, str]) -> bytes:
    """The canonical bytes a package signature covers (docs/exchange-format.md, "Tanda tangan"):
    a fixed prefix, then every ``_meta`` entry except the signature itself, sorted by key
    (code point order), each as key + US (0x1F) + value + RS (0x1E), UTF-8. The data sheets
    are covered through ``checksum_sha256``, whose canonical cell texts survive an xlsx round trip."""
    parts = [_SIGNED_PREFIX]
    for k in sorted(meta):
        if k == SIGNATURE_KEY:
            continue
        parts.append(f"{k}\x1f{meta[k]}\x1e")
    return "".join(parts).encode("utf-8")


@dataclass(frozen=True)
class Col:
    """One column: header text, key in the row dicts, kind, width in characters.

    Kinds: ``text``, ``nip`` (text, Text format), ``date``, ``datetime``,
    ``int``, ``float``, ``bool`` (written "Ya"/"Tidak").
    """

    header: str
    key: str
    kind: str = "text"
    width: float = 16


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of an exchange workbook. A ``tambahan`` sheet came in a later release: it has its own
    checksum (``checksum_tambahan_sha256``), so an older reader still verifies the package, and a package
    from an older release may lack it."""

    name: str
    columns: tuple[Col, ...]
    tambahan: bool = False

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


# --------------------------------------------------------------------------- format: columns

#: The first 14 columns are fixed (head offices read them by position), in this order; more may follow.
PEGAWAI_COLUMNS: tuple[Col, ...] = (
    Col("NIP", "nip", "nip", 21),
    Col("Nama", "nama", "text", 28),
    Col("Gelar Depan", "gelar_depan", "text", 11),
    Col("Gelar Belakang", "gelar_belakang", "text", 14),
    Col("Tempat Lahir", "tempat_lahir", "text", 14),
    Col("Tanggal Lahir", "tanggal_lahir", "date", 13),
    Col("Jenis Kelamin", "jenis_kelamin", "text", 8),
    Col("Status Kepegawaian", "status_kepegawaian", "text", 12),
    Col("Golongan", "golongan", "text", 9),
    Col("TMT Golongan", "tmt_golongan", "date", 13),
    Col("Jabatan", "nama_jabatan", "text", 32),
    Col("Jenis Jabatan", "jenis_jabatan", "text", 18),
    Col("Unit Kerja", "unit", "text", 30),
    Col("NIP Atasan", "nip_atasan", "nip", 21),
    Col("NIP Lama", "nip_lama", "nip", 11),
    Col("Agama", "agama", "text", 10),
    Col("NIK", "nik", "nip", 18),
    Col("Email", "email", "text", 24),
    Col("No HP", "no_hp", "nip", 15),
    Col("Alamat", "alamat", "text", 30),
    Col("TMT CPNS", "tmt_cpns", "date", 13),
    Col("TMT PNS", "tmt_pns", "date", 13),
    Col("Jenjang", "jenjang", "text", 14),
    Col("TMT Jabatan", "tmt_jabatan", "date", 13),
    Col("Eselon", "eselon", "text", 8),
    Col("Kelas Jabatan", "kelas_jabatan", "int", 8),
    Col("Pendidikan Terakhir", "pendidikan_terakhir", "text", 12),
    Col("Tahun Lulus", "tahun_lulus", "int", 8),
    Col("TMT Pensiun", "tmt_pensiun", "date", 13),
    Col("Status", "status", "text", 10),
    Col("Tanggal Status", "tanggal_status", "date", 13),
)
PEGAWAI_FIXED_HEADERS = [c.header for c in PEGAWAI_COLUMNS[:14]]

SHEET_PEGAWAI = SheetSpec("Pegawai", PEGAWAI_COLUMNS)

_SNAP_ROLES = (("pegawai", "Pegawai"), ("penilai", "Penilai"), ("atasan_penilai", "Atasan Penilai"))
_SNAP_FIELDS = (("nama", "Nama", 26), ("nip", "NIP", 21), ("pangkat", "Pangkat", 22), ("jabatan", "Jabatan", 26),
                ("unit", "Unit", 24))


def _snapshot_cols(with_status: bool) -> tuple[Col, ...]:
    out: list[Col] = []
    for role, label in _SNAP_ROLES:
        for f, flabel, w in _SNAP_FIELDS:
            out.append(Col(f"{label} {flabel} (Salinan)", f"{role}_{f}", "nip" if f == "nip" else "text", w))
            if with_status and f == "nip":
                out.append(Col(f"{label} Status Kepegawaian (Salinan)", f"{role}_status_kepegawaian", "text", 10))
    return tuple(out)


HASIL_SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("Pegawai", PEGAWAI_COLUMNS + (
        Col("Keterangan Status", "keterangan_status", "text", 20),
        Col("UID", "uid", "text", 34),
        Col("UID Unit Kerja", "unit_uid", "text", 34),
        Col("UID Atasan", "atasan_uid", "text", 34),
    )),
    SheetSpec("Unit Kerja", (
        Col("UID", "uid", "text", 34),
        Col("Kode", "kode", "text", 12),
        Col("Nama", "nama", "text", 36),
        Col("Jenis", "jenis", "text", 14),
        Col("UID Induk", "parent_uid", "text", 34),
        Col("Induk", "parent_nama", "text", 30),
        Col("NIP Kepala", "kepala_nip", "nip", 21),
        Col("UID Kepala", "kepala_uid", "text", 34),
        Col("Urutan", "urutan", "int", 8),
        Col("Aktif", "aktif", "bool", 8),
        Col("UID Digabung Ke", "merged_uid", "text", 34),
    )),
    SheetSpec("Periode", (
        Col("Tahun", "tahun", "int", 8),
        Col("Skema", "skema", "text", 12),
        Col("Nomor", "nomor", "int", 8),
        Col("Urutan", "urutan", "int", 8),
        Col("Nama", "nama", "text", 14),
        Col("Jenis", "jenis", "text", 10),
        Col("Tanggal Mulai", "tanggal_mulai", "date", 13),
        Col("Tanggal Selesai", "tanggal_selesai", "date", 13),
        Col("Status", "status", "text", 12),
        Col("Ditutup Pada", "ditutup_pada", "datetime", 19),
        Col("Ditutup Oleh", "ditutup_oleh", "text", 16),
    )),
    SheetSpec("Capaian Organisasi", (
        Col("UID Unit", "unit_uid", "text", 34),
        Col("Unit Kerja", "unit_nama", "text", 34),
        Col("Tahun", "tahun", "int", 8),
        Col("Periode", "periode", "text", 14),
        Col("Predikat", "predikat", "text", 16),
        Col("Ditetapkan Oleh", "ditetapkan_oleh", "text", 20),
        Col("Catatan", "catatan", "text", 30),
    )),
    SheetSpec("SKP", (
        Col("UID", "uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Nama", "nama", "text", 28),
        Col("Tahun", "tahun", "int", 8),
        Col("Versi", "versi", "int", 7),
        Col("Status", "status", "text", 12),
        Col("Pendekatan", "pendekatan", "text", 12),
        Col("Jenis SKP", "jenis_skp", "text", 14),
        Col("Periode Mulai", "periode_mulai", "date", 13),
        Col("Periode Selesai", "periode_selesai", "date", 13),
        Col("NIP Pejabat Penilai", "penilai_nip_ref", "nip", 21),
        Col("NIP Atasan Pejabat Penilai", "atasan_penilai_nip_ref", "nip", 21),
        Col("Instansi", "instansi", "text", 26),
        Col("UID Pegawai", "pegawai_uid", "text", 34),
        Col("UID Pejabat Penilai", "penilai_uid", "text", 34),
        Col("UID Atasan Pejabat Penilai", "atasan_penilai_uid", "text", 34),
        Col("UID Pengganti", "pengganti_uid", "text", 34),
    ) + _snapshot_cols(True) + (
        Col("Lampiran Dukungan Sumber Daya", "lampiran_dukungan_sumber_daya", "text", 30),
        Col("Lampiran Skema Pertanggungjawaban", "lampiran_skema_pertanggungjawaban", "text", 30),
        Col("Lampiran Konsekuensi", "lampiran_konsekuensi", "text", 30),
        Col("Catatan Pengembalian", "catatan_pengembalian", "text", 26),
        Col("Diajukan Pada", "diajukan_pada", "datetime", 19),
        Col("Disetujui Pada", "disetujui_pada", "datetime", 19),
        Col("Disetujui Oleh", "disetujui_oleh", "text", 16),
        Col("Tempat Tanggal TTD", "tempat_tanggal_ttd", "text", 22),
    )),
    SheetSpec("RHK", (
        Col("UID", "uid", "text", 34),
        Col("UID SKP", "skp_uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Jenis", "jenis", "text", 10),
        Col("Urutan", "urutan", "int", 7),
        Col("Rencana Hasil Kerja", "teks", "text", 50),
        Col("UID RHK Atasan", "parent_uid", "text", 34),
        Col("RHK Atasan yang Diintervensi", "rhk_atasan_teks", "text", 40),
        Col("Perspektif", "perspektif", "text", 16),
        Col("Penugasan Dari", "penugasan_dari", "text", 18),
        Col("Klasifikasi", "klasifikasi", "text", 12),
    )),
    SheetSpec("Indikator", (
        Col("UID", "uid", "text", 34),
        Col("UID RHK", "rhk_uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Urutan", "urutan", "int", 7),
        Col("Aspek", "aspek", "text", 10),
        Col("Indikator Kinerja Individu", "teks", "text", 48),
        Col("Target Min", "target_min", "float", 10),
        Col("Target Max", "target_max", "float", 10),
        Col("Satuan", "satuan", "text", 12),
        Col("Target Teks", "target_teks", "text", 24),
        Col("Lebih Rendah Lebih Baik", "lebih_rendah_lebih_baik", "bool", 10),
    )),
    SheetSpec("Perilaku", (
        Col("UID SKP", "skp_uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Nomor", "nomor", "int", 7),
        Col("Kode", "kode", "text", 22),
        Col("Nilai BerAKHLAK", "nilai", "text", 22),
        Col("Ekspektasi Khusus Pimpinan", "ekspektasi_khusus", "text", 40),
    )),
    SheetSpec("Evaluasi", (
        Col("NIP", "nip", "nip", 21),
        Col("Nama", "nama", "text", 28),
        Col("Tahun", "tahun", "int", 8),
        Col("Periode", "periode", "text", 13),
        Col("Status", "status", "text", 16),
        Col("Rating Hasil Kerja", "rating_hasil_kerja", "text", 19),
        Col("Rating Perilaku Kerja", "rating_perilaku", "text", 19),
        Col("Predikat", "predikat", "text", 17),
        Col("Capaian Organisasi", "capaian_organisasi", "text", 16),
        Col("UID", "uid", "text", 34),
        Col("UID SKP", "skp_uid", "text", 34),
        Col("Penilaian Diri Hasil Kerja", "self_rating_hasil", "text", 19),
        Col("Penilaian Diri Perilaku Kerja", "self_rating_perilaku", "text", 19),
        Col("Catatan Penilaian Diri", "self_catatan", "text", 24),
        Col("Penilaian Diri Diajukan Pada", "self_diajukan_pada", "datetime", 19),
        Col("Catatan Rekomendasi", "catatan_rekomendasi", "text", 26),
        Col("Alasan Penyesuaian", "alasan_penyesuaian", "text", 24),
        Col("Dinilai Pada", "dinilai_pada", "datetime", 19),
        Col("Dinilai Oleh", "dinilai_oleh", "text", 16),
        Col("Tempat Tanggal TTD", "tempat_tanggal_ttd", "text", 22),
    ) + _snapshot_cols(False)),
    SheetSpec("Realisasi", (
        Col("UID Evaluasi", "evaluasi_uid", "text", 34),
        Col("UID Indikator", "indikator_uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Periode", "periode", "text", 13),
        Col("Rencana Aksi", "rencana_aksi", "text", 34),
        Col("Realisasi", "realisasi", "text", 34),
        Col("Realisasi Nilai", "realisasi_nilai", "float", 10),
        Col("Umpan Balik", "umpan_balik", "text", 34),
    )),
    SheetSpec("Umpan Balik Perilaku", (
        Col("UID Evaluasi", "evaluasi_uid", "text", 34),
        Col("NIP", "nip", "nip", 21),
        Col("Periode", "periode", "text", 13),
        Col("Kode", "kode", "text", 22),
        Col("Nilai BerAKHLAK", "nilai", "text", 22),
        Col("Umpan Balik", "umpan_balik", "text", 40),
    )),
    # public service (kinerja-asn.md §9), so the regency can compare kecamatan
    SheetSpec("Layanan Bulanan", (
        Col("UID Unit", "unit_uid", "text", 34),
        Col("Unit Kerja", "unit_nama", "text", 34),
        Col("Bulan", "bulan", "date", 12),
        Col("Permohonan", "jumlah", "int", 11),
        Col("Selesai", "selesai", "int", 9),
        Col("Tepat Waktu", "tepat_waktu", "int", 11),
        Col("Lewat Batas", "lewat_batas", "int", 11),
        Col("Persen Tepat Waktu", "persen_tepat_waktu", "float", 12),
        Col("Median Jam Kerja", "median_jam", "float", 12),
        Col("P90 Jam Kerja", "p90_jam", "float", 12),
        Col("Pengaduan", "pengaduan", "int", 10),
        Col("Pengaduan Direspon", "direspon", "int", 12),
        Col("Pengaduan Selesai", "pengaduan_selesai", "int", 12),
        Col("Rata Respon Jam Kerja", "rata_respon_jam", "float", 12),
        Col("Median Respon Jam Kerja", "median_respon_jam", "float", 12),
        Col("Rata Selesai Jam Kerja", "rata_selesai_jam", "float", 12),
    ), tambahan=True),
    SheetSpec("SKM", (
        Col("UID", "uid", "text", 34),
        Col("UID Unit", "unit_uid", "text", 34),
        Col("Unit Kerja", "unit_nama", "text", 30),
        Col("Jenis Layanan", "jenis_layanan", "text", 28),
        Col("Periode", "periode", "text", 18),
        Col("Tanggal Mulai", "tanggal_mulai", "date", 13),
        Col("Tanggal Selesai", "tanggal_selesai", "date", 13),
        Col("Populasi", "populasi", "int", 10),
        Col("Responden", "responden", "int", 10),
        *(Col(f"NRR U{i}", f"nrr_u{i}", "float", 9) for i in range(1, 10)),
        Col("IKM", "ikm", "float", 9),
        Col("Nilai Konversi", "konversi", "float", 10),
        Col("Mutu", "mutu", "text", 6),
    ), tambahan=True),
)
HASIL_SHEET_NAMES = [s.name for s in HASIL_SHEETS]
SPECS = {JENIS_PEGAWAI: (SHEET_PEGAWAI,), JENIS_HASIL: HASIL_SHEETS}


# --------------------------------------------------------------------------- canonical cell text (checksum)


def _fmt_float(x: float) -> str:
    text = "%.16g" % float(x)
    return "0" if text == "-0" else text


def canonical(kind: str, value: Any) -> str:
    """The text a cell contributes to the checksum; identical for the written
    Python value and for what calamine reads back."""
    if value is None or value == "":
        return ""
    if kind == "date":
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                return parse_tanggal(value).isoformat()
            except DomainError:
                return f"?{value!r}"
        return f"?{value}"
    if kind == "datetime":
        if isinstance(value, datetime):
            return value.replace(microsecond=0).isoformat()
        if isinstance(value, date):
            return datetime.combine(value, time()).isoformat()
        return f"?{value}"
    if kind == "int":
        if isinstance(value, bool):
            return f"?{value}"
        if isinstance(value, (int, float)):
            return str(int(value)) if float(value).is_integer() else f"?{value!r}"
        return f"?{value}"
    if kind == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _fmt_float(value)
        return f"?{value}"
    if kind == "bool":
        if isinstance(value, bool):
            return "Ya" if value else "Tidak"
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return f"#{int(value)}"  # a number where text was written: never equal to the text
    return f"#{value}"


class _Hasher:
    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def sheet(self, spec: SheetSpec) -> None:
        self._h.update(("\x1d" + spec.name + "\x1e" + "\x1f".join(spec.headers) + "\x1e").encode("utf-8"))

    def copy(self) -> "_Hasher":
        other = _Hasher.__new__(_Hasher)
        other._h = self._h.copy()
        return other

    def row(self, texts: Sequence[str]) -> None:
        self._h.update(("\x1f".join(texts) + "\x1e").encode("utf-8"))

    def rows(self, encoded: Sequence[bytes]) -> None:
        """Several rows at once, each already joined with the unit separator and encoded
        (the same digest as :meth:`row` for each)."""
        if encoded:
            self._h.update(b"\x1e".join(encoded) + b"\x1e")

    def hexdigest(self) -> str:
        return self._h.hexdigest()


# --------------------------------------------------------------------------- writing


def _normalise_text(value: Any) -> Any:
    """What a text cell will hold: CR/CRLF become LF (XML would do it anyway)."""
    if isinstance(value, str):
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return clean_string(value) or None
    return value


class LazyRows:
    """Rows produced only while their sheet is written (``build`` returns an iterable,
    typically a generator): a regency export never holds a big sheet. ``len`` is the
    estimate given for progress until the sheet is written, then the rows written.

    With ``keys`` the rows are tuples holding those keys' values in that order (what a
    query returns, without a dict per row); without, dicts by column key."""

    def __init__(self, build: Callable[[], Iterable[Any]], estimate: int = 0,
                 keys: Sequence[str] | None = None) -> None:
        self._build = build
        self.count = estimate
        self.keys = tuple(keys) if keys is not None else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._build())

    def __len__(self) -> int:
        return self.count


@dataclass
class MetaInfo:
    """What ``_meta`` says about a workbook."""

    jenis: str
    kode_kantor: str = ""
    nama_kantor: str = ""
    instansi: str = ""
    tahun: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


_ATTENTION = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r]")


def _column_formats(rx: Any, spec: SheetSpec, styled_text: bool) -> list[Any]:
    """One format per column: every text column is quote-prefixed (a string that starts
    like a formula stays text even when someone edits the cell), identifiers on the
    Pegawai sheet keep the Text format, dates their Indonesian display format."""
    out = []
    for c in spec.columns:
        f = rx.Format()
        if c.kind == "date":
            f.set_num_format(DATE_FORMAT)
        elif c.kind == "datetime":
            f.set_num_format(DATETIME_FORMAT)
        elif c.kind in ("text", "nip"):
            if styled_text and c.kind == "nip":
                f.set_num_format("@")
            f.set_quote_prefix()
        out.append(f)
    return out


def _header_format(rx: Any) -> Any:
    f = rx.Format().set_bold().set_font_color("#FFFFFF").set_background_color("#1F4E79")
    return f.set_align("vcenter").set_text_wrap().set_border("thin").set_border_color("#9AA5B1")


#: The bytes a row's encoded canonical text holds in its unit separators (one fewer than
#: columns) and nowhere else, unless a text cell needs :func:`_normalise_text` (control
#: characters, CR: what ``_ATTENTION`` finds; UTF-8 never uses these bytes inside a character).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x0D])

#: Per column kind: the statements that turn ``{v}`` (not None, not "") into the cell value
#: and set ``{c}`` to its canonical checksum text: the rules of :func:`canonical` applied to
#: what the reader gets back.
_CONVERT: dict[str, tuple[str, ...]] = {
    "text": ("if {v}.__class__ is not str:", "    {v} = str({v})", "{c} = {v}"),
    "date": ("if isinstance({v}, datetime):", "    {v} = {v}.date()", "{c} = {v}.isoformat()"),
    "datetime": ("{v} = {v}.replace(microsecond=0) if isinstance({v}, datetime) else datetime.combine({v}, time())",
                 "{c} = {v}.isoformat()"),
    "int": ("{v} = int({v})", "{c} = str({v})"),
    # the checksum's precision; the writer keeps every digit of the value
    "float": ("{v} = float('%.16g' % float({v}))", "{c} = '%.16g' % {v}", "if {c} == '-0':", "    {c} = '0'"),
    "bool": ("{v} = 'Ya' if {v} else 'Tidak'", "{c} = {v}"),
}
_CONVERT["nip"] = _CONVERT["text"]


@functools.lru_cache(maxsize=64)
def _row_converter(spec: SheetSpec, keys: tuple[str, ...] | None) -> Callable[[Any], tuple[dict[str, Any], str]]:
    """One function per sheet and row shape: a row → (the writer's record, the row's canonical
    text). Generated from the column kinds so the hot loop of an export does no per-cell type
    dispatch. Text cells are taken as they are: the caller checks the joined text once per row
    and sends the rare row that needs cleaning through :func:`_convert_slowly`."""
    lines = ["def convert(r):"]
    if keys is None:
        lines += [f"    v{i} = r.get({c.key!r})" for i, c in enumerate(spec.columns)]
    else:
        pos = {c.key: i for i, c in enumerate(spec.columns)}
        if keys:
            lines.append("    " + ", ".join(f"v{pos[k]}" if k in pos else "_" for k in keys) + ", = r")
        lines += [f"    v{i} = None" for i, c in enumerate(spec.columns) if c.key not in keys]
    for i, c in enumerate(spec.columns):
        lines += [f"    if v{i} is None or v{i} == '':", f"        v{i} = None", f"        c{i} = ''", "    else:"]
        lines += ["        " + stmt.format(v=f"v{i}", c=f"c{i}") for stmt in _CONVERT[c.kind]]
    record = ", ".join(f"{c.header!r}: v{i}" for i, c in enumerate(spec.columns))
    canon = ", ".join(f"c{i}" for i in range(len(spec.columns)))
    lines.append(f"    return {{{record}}}, '\\x1f'.join(({canon},))")
    namespace: dict[str, Any] = {"datetime": datetime, "time": time}
    exec(compile("\n".join(lines), f"<exchange row: {spec.name}>", "exec"), namespace)  # noqa: S102 - our own code
    return namespace["convert"]


def _convert_slowly(spec: SheetSpec, values: Sequence[Any]) -> tuple[dict[str, Any], str]:
    """A row whose text needs cleaning (control characters, CR, longer than a cell holds):
    its text cells cleaned one by one, then converted as every other row."""
    clean: dict[str, Any] = {}
    for c, v in zip(spec.columns, values):
        if c.kind in ("text", "nip") and v is not None and v != "":
            if v.__class__ is not str:
                v = str(v)
            if _ATTENTION.search(v) or len(v) > MAX_CELL_TEXT:
                v = _normalise_text(v) or None
        clean[c.key] = v
    return _row_converter(spec, None)(clean)


def _sheet_records(spec: SheetSpec, rows: Iterable[Any], hasher: "_Hasher", counts: dict[str, int],
                   progress: Callable[[int, int, str], None] | None, state: list[int]) -> Iterator[dict[str, Any]]:
    """The hot loop of an export, run while the writer pulls rows: each row becomes the
    writer's record and its canonical text for the checksum in one pass (so a sheet is never
    held whole here). The canonical texts go to the hash a thousand rows at a time."""
    hasher.sheet(spec)
    keys = rows.keys if isinstance(rows, LazyRows) else None
    convert = _row_converter(spec, keys)
    if keys is None:
        def values(r: Any) -> list[Any]:
            return [r.get(c.key) for c in spec.columns]
    else:
        where = {k: i for i, k in enumerate(keys)}

        def values(r: Any) -> list[Any]:
            return [r[where[c.key]] if c.key in where else None for c in spec.columns]
    separators = len(spec.columns) - 1
    texts: list[bytes] = []
    n = 0
    for r in rows:
        rec, canon = convert(r)
        data = canon.encode("utf-8")
        if len(data) - len(data.translate(None, _CONTROL_BYTES)) != separators or len(canon) > MAX_CELL_TEXT:
            rec, canon = _convert_slowly(spec, values(r))
            data = canon.encode("utf-8")
        texts.append(data)
        yield rec
        n += 1
        if n % 1000 == 0:
            hasher.rows(texts)
            texts.clear()
            if progress is not None:
                progress(state[0] + n, max(state[1], state[0] + n), f"Menulis lembar {spec.name}")
    hasher.rows(texts)
    counts[spec.name] = n
    if isinstance(rows, LazyRows):
        rows.count = n
    state[0] += n
    if n == 0:  # the writer takes its header from the first record: an empty one keeps it
        yield dict.fromkeys(spec.headers)


def part_name(sheet: str, number: int) -> str:
    """The name of part ``number`` (from 1) of a split sheet: the first keeps the sheet's name."""
    return sheet if number <= 1 else f"{sheet} ({number})"


def _part_records(spec: SheetSpec, logical: Iterator[dict[str, Any]],
                  size: int | None) -> Iterator[dict[str, Any]]:
    """The next ``size`` records of a split sheet (all the rest for the last part); an empty
    part (the rows announced more than came) still gets its header row."""
    n = 0
    for rec in itertools.islice(logical, size):
        n += 1
        yield rec
    if n == 0:
        yield dict.fromkeys(spec.headers)


def write_workbook(
    path: Path | str,
    meta: MetaInfo,
    sheets: Sequence[tuple[SheetSpec, Iterable[dict[str, Any]]]],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    signer: Callable[[bytes], str] | None = None,
) -> str:
    """Write an exchange workbook; returns the data checksum (also in ``_meta``).
    With ``signer`` the ``_meta`` entries are signed (:func:`signed_message`) and the
    signature added as ``tanda_tangan_ed25519``.

    The writer (rustpy-xlsxwriter, constant memory) pulls each sheet's rows from its
    iterable in order and ``_meta`` last, so the checksum and the row counts are known
    by the time ``_meta`` is written and no sheet is ever held in memory here."""
    import rustpy_xlsxwriter as rx

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama berkas \"{berkas}\" harus berakhiran .xlsx."), berkas=path.name))
    if not path.parent.exists():
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Folder \"{parent}\" tidak ada."), parent=path.parent))
    hasher = _Hasher()
    hasher_tambahan = _Hasher()  # sheets added in a later format version: their own checksum
    ada_tambahan = any(spec.tambahan for spec, _ in sheets)
    counts: dict[str, int] = {}
    state = [0, sum(len(rows) for _, rows in sheets if hasattr(rows, "__len__")) or 1]  # rows done, total
    checksum: list[str] = []
    bagian: dict[str, int] = {}  # sheet → parts, for the split sheets
    head = _header_format(rx)
    text = rx.Format().set_quote_prefix()

    def meta_records() -> Iterator[dict[str, Any]]:
        checksum.append(hasher.hexdigest())
        entries: list[tuple[str, Any]] = [
            ("format", FORMAT_NAME),
            ("versi_format", str(FORMAT_VERSION if bagian else FORMAT_VERSION_UNSPLIT)),
            ("jenis", meta.jenis),
            ("kode_kantor", meta.kode_kantor),
            ("nama_kantor", meta.nama_kantor),
            ("instansi", meta.instansi),
            ("tahun", "" if meta.tahun is None else str(meta.tahun)),
            ("versi_aplikasi", __version__),
            ("dibuat_pada", datetime.now().replace(microsecond=0).isoformat()),
            *((f"baris:{spec.name}", str(counts[spec.name])) for spec, _ in sheets),
            *((f"bagian:{name}", str(n)) for name, n in bagian.items()),
            *meta.extra.items(),
            ("checksum_sha256", checksum[0]),
            *((("checksum_tambahan_sha256", hasher_tambahan.hexdigest()),) if ada_tambahan else ()),
        ]
        entries = [(k, meta_text(v)) for k, v in entries]
        if signer is not None:
            entries.append((SIGNATURE_KEY, signer(signed_message(dict(entries)))))
        for k, v in entries:
            yield {"Kunci": k or None, "Nilai": v or None}

    records: list[tuple[str, Iterable[dict[str, Any]]]] = []
    widths: dict[str, list[float]] = {}
    formats: dict[str, list[Any]] = {}
    freeze: dict[str, dict[str, int]] = {}
    for spec, rows in sheets:
        styled_text = spec.name == SHEET_PEGAWAI.name  # identifiers keep the Text format where people edit them
        h = hasher_tambahan if spec.tambahan else hasher
        logical = _sheet_records(spec, rows, h, counts, progress, state)
        per_part = max(1, CELL_BUDGET // max(1, len(spec.columns)))
        n_parts = min(MAX_PARTS, -(-len(rows) // per_part)) if hasattr(rows, "__len__") else 1
        if n_parts > 1:
            bagian[spec.name] = n_parts
        for i in range(max(1, n_parts)):
            name = part_name(spec.name, i + 1)
            last = i + 1 >= n_parts  # the last part takes whatever the rows' announced length left
            records.append((name, logical if n_parts <= 1 else
                            _part_records(spec, logical, None if last else per_part)))
            widths[name] = [c.width for c in spec.columns]
            formats[name] = _column_formats(rx, spec, styled_text)
            freeze[name] = {"row": 1, "col": 1 if spec.columns[0].kind == "nip" else 0}
    records.append((META_SHEET, meta_records()))
    widths[META_SHEET] = [24, 70]
    formats[META_SHEET] = [text, text]
    names = [name for name, _ in records]

    def write(tmp: Path) -> None:
        rx.write_worksheets(
            records, str(tmp), freeze_panes=freeze, column_widths=widths, column_formats=formats,
            header_format={n: head for n in names}, autofilter={n: n != META_SHEET for n in names},
            datetime_format=DATETIME_FORMAT, sheet_view={META_SHEET: {"hidden": True}},
        )

    write_atomic(path, write, error=ExcelError)
    if progress is not None:
        progress(state[1], state[1], "Selesai")
    return checksum[0]


def write_employees_workbook(
    path: Path | str,
    rows: Sequence[dict[str, Any]],
    meta: MetaInfo,
    *,
    progress: Any = None,
) -> str:
    """The employees list: sheet "Pegawai" (+ hidden ``_meta``)."""
    cb = None
    if progress is not None:
        cb = lambda d, t, m: progress.step(d, t, m)  # noqa: E731
    meta = MetaInfo(JENIS_PEGAWAI, meta.kode_kantor, meta.nama_kantor, meta.instansi, None, dict(meta.extra))
    return write_workbook(path, meta, [(SHEET_PEGAWAI, rows)], progress=cb)


# --------------------------------------------------------------------------- reading


@dataclass
class ReadRow:
    row: int  # Excel row number
    values: dict[str, Any]
    lembar: str = ""  # the part the row is on, for a sheet in parts ("Realisasi (2)"); else empty


#: Exchange workbooks may use every row Excel has (a regency package holds ~450,000 realisasi rows).
EXCHANGE_MAX_ROWS = 1_048_576


@dataclass
class ExchangeWorkbook:
    """A read exchange workbook.

    Checked on opening (:func:`read_workbook`): every sheet streamed once for the checksum,
    row counts and cell types; the rows are read again, one sheet at a time, by :meth:`rows`,
    so a regency-size package never sits in memory as a whole. Opened with
    ``check_rows=False`` only ``_meta`` and the sheet list are read: :meth:`rows` computes the
    checksum while it streams the sheets (in the format's sheet order) and :meth:`finish_check`
    says whether it matched — one read of each sheet instead of two, for a caller that can undo
    what it did with the rows (the results merge, inside its transaction).
    """

    path: Path
    meta: dict[str, str]
    checksum_ok: bool
    problems: list[str]
    jenis_spec: str = JENIS_HASIL
    counts: dict[str, int] = field(default_factory=dict)
    #: the file probe made while opening: :meth:`rows` opens the file once per sheet and must
    #: not scan the whole package again each time
    probe: Any = field(default=None, repr=False, compare=False)
    #: the check still running while the rows are streamed (``check_rows=False``); None once done
    pending: "_RowCheck | None" = field(default=None, repr=False, compare=False)
    sheet_names: tuple[str, ...] = ()
    #: sheet → its parts in order, for the sheets written in parts (``bagian:<Sheet>``)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: with the check still running: parse the next sheet on a thread while the caller works on
    #: the current one (:class:`_SheetLoader`); the caller ends it by :meth:`finish_check` or
    #: :meth:`stop_reading`
    read_ahead: bool = False
    _loader: "_SheetLoader | None" = field(default=None, repr=False, compare=False)

    @property
    def jenis(self) -> str:
        return self.meta.get("jenis", "")

    @property
    def kode_kantor(self) -> str:
        return self.meta.get("kode_kantor", "")

    @property
    def nama_kantor(self) -> str:
        return self.meta.get("nama_kantor", "")

    @property
    def tahun(self) -> int | None:
        t = self.meta.get("tahun", "")
        return int(t) if t.isdigit() else None

    @property
    def dibuat_pada(self) -> str:
        return self.meta.get("dibuat_pada", "")

    def rows(self, sheet: str) -> Iterator["ReadRow"]:
        """The data rows of ``sheet`` as typed values by column key (cells that cannot
        be read as their column's kind become None; the check reports them)."""
        spec = next(s for s in SPECS[self.jenis_spec] if s.name == sheet)
        if spec.tambahan and sheet not in self.counts and sheet not in self.sheet_names:
            return  # not in this package (an older release wrote it)
        check = self.pending
        with Workbook(self.path, max_rows=EXCHANGE_MAX_ROWS, probe=self.probe) as wb:
            if check is not None and check.wants(sheet):
                ahead = self._ahead(wb, check)
                check.catch_up(ahead, sheet)
                yield from check.stream(ahead, spec)
                return
            part = [sheet]
            for r_i, cells in _data_rows(wb, spec, self.path, parts=self.parts.get(sheet), current=part):
                vals: dict[str, Any] = {}
                for c, v in zip(spec.columns, cells):
                    try:
                        vals[c.key] = read_value(c.kind, v)
                    except DomainError:
                        vals[c.key] = None
                yield ReadRow(r_i, vals, part[0] if part[0] != sheet else "")

    def finish_check(self) -> bool:
        """Complete a check left running by ``check_rows=False`` (the sheets nobody streamed are
        read now) and set ``checksum_ok``, ``problems`` and ``counts``; the checksum's verdict."""
        check = self.pending
        if check is not None:
            try:
                with Workbook(self.path, max_rows=EXCHANGE_MAX_ROWS, probe=self.probe) as wb:
                    check.catch_up(self._ahead(wb, check), None)
            finally:
                self.stop_reading()
            self.pending = None
            self.checksum_ok, self.problems, self.counts = check.verdict()
        return self.checksum_ok

    def _ahead(self, wb: Workbook, check: "_RowCheck") -> "Workbook | _AheadWorkbook":
        """``wb`` for the check's stream: with :attr:`read_ahead`, the next sheet (or part) the
        check will read is parsed on a thread while the caller works on the current one."""
        if not self.read_ahead:
            return wb
        if self._loader is None:
            names = [n for sp in check.specs[check.next:] for n in (self.parts.get(sp.name) or (sp.name,))]
            self._loader = _SheetLoader(self.path, self.probe, names)
        return _AheadWorkbook(wb, self._loader)

    def stop_reading(self) -> None:
        """End the read-ahead thread (the last sheet was read, or the merge stopped before it)."""
        loader, self._loader = self._loader, None
        if loader is not None:
            loader.stop()

    @property
    def sheets(self) -> "_LazySheets":
        return _LazySheets(self)


def _data_rows(wb: "Workbook | _AheadWorkbook", spec: SheetSpec, path: Path, index: list[int] | None = None,
               *, parts: Sequence[str] | None = None, current: list[str] | None = None
               ) -> Iterator[tuple[int, list[Any]]]:
    """(Excel row number, cells in the spec's column order) of every non-empty data row;
    ExcelError when a column of the spec is missing. ``index`` receives the file's column
    position of each spec column (for messages).

    A sheet written in parts (``parts``: the sheet names in order) is read part by part, each
    part's sheet released before the next is loaded; every part's header must be the first's.
    ``current`` receives the name of the part being read (for messages)."""
    names = list(parts) if parts else [spec.name]
    first: list[str] | None = None
    for name in names:
        it = wb.iter_rows(name)
        header = [("" if v is None else str(v)).strip() for v in next(it, [])]
        if first is None:
            first = header
        elif header != first:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Lembar \"{bagian}\" berkas \"{berkas}\" memiliki judul kolom yang berbeda dari lembar "
                "\"{lembar}\"; bagian satu lembar harus sama kolomnya. Berkas tidak dibaca; minta kantor "
                "pengirim mengekspor ulang."), bagian=name, berkas=path.name, lembar=spec.name))
        if current is not None:
            current[:] = [name]
        filled = index if index is not None and not index else []  # the first part fills ``index``
        yield from _part_rows(it, header, spec, path, name, filled)
        del it  # the part's cells are released before the next part is loaded


def _part_rows(it: Iterator[list[Any]], header: list[str], spec: SheetSpec, path: Path, name: str,
               index: list[int]) -> Iterator[tuple[int, list[Any]]]:
    """The non-empty data rows of one sheet (or part) whose header row was ``header``."""
    cols: list[int] = index
    for c in spec.columns:
        if c.header not in header:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Kolom \"{header}\" tidak ada pada lembar \"{name}\" berkas \"{berkas}\". Jangan "
                "menghapus atau mengganti nama kolom berkas pertukaran."), header=c.header, name=name,
                berkas=path.name))
        cols.append(header.index(c.header))
    width = max(cols, default=-1) + 1
    in_place = cols == list(range(len(cols)))  # the layout the app writes: no reordering needed
    for r_i, raw in enumerate(it, start=2):
        if len(raw) >= width:
            cells = raw[:width] if in_place else [raw[i] for i in cols]
        else:
            n = len(raw)
            cells = [raw[i] if i < n else None for i in cols]
        for v in cells:
            if v is not None and v != "":
                yield r_i, cells
                break


class _RowCheck:
    """The checksum, row counts and cell problems of a workbook, computed sheet by sheet in the
    format's order while the rows are streamed (sha256 cannot take the sheets in another order)."""

    def __init__(self, path: Path, meta: dict[str, str], specs: Sequence[SheetSpec], present: Sequence[str],
                 progress: Callable[[int, int, str], None] | None = None,
                 parts: dict[str, tuple[str, ...]] | None = None) -> None:
        self.path = path
        self.parts = parts or {}
        self.meta = meta
        self.specs = [s for s in specs if not (s.tambahan and s.name not in present)]
        self.order = {s.name: i for i, s in enumerate(self.specs)}
        self.next = 0  # index of the first sheet not checked yet
        self.hasher = _Hasher()
        self.hasher_tambahan = _Hasher()
        self.problems: list[str] = []
        self.counts: dict[str, int] = {}
        self.progress = progress

    def wants(self, sheet: str) -> bool:
        """True while ``sheet`` has not been checked (its rows are checked as they stream)."""
        return self.order.get(sheet, -1) >= self.next

    def catch_up(self, wb: "Workbook | _AheadWorkbook", sheet: str | None) -> None:
        """Check every sheet before ``sheet`` (all that are left when None) that nobody streamed."""
        stop = len(self.specs) if sheet is None else self.order[sheet]
        while self.next < stop:
            for _ in self.stream(wb, self.specs[self.next], values=False):
                pass

    def stream(self, wb: "Workbook | _AheadWorkbook", spec: SheetSpec, *,
               values: bool = True) -> Iterator["ReadRow"]:
        """The rows of the next sheet, hashed and checked as they pass; a stream left before its
        end leaves the sheet unchecked (it is read again by :meth:`catch_up`)."""
        assert self.specs[self.next] is spec or self.specs[self.next].name == spec.name
        main = self.hasher_tambahan if spec.tambahan else self.hasher
        h = main.copy()
        h.sheet(spec)
        keys = [c.key for c in spec.columns]
        # identifiers and texts: a string cell is its own canonical text and value
        textual = [(i, c.key, c.kind) for i, c in enumerate(spec.columns) if c.kind in ("text", "nip")]
        other = [(i, c.key, c.kind) for i, c in enumerate(spec.columns) if c.kind not in ("text", "nip")]
        problems: list[str] = []
        exp = self.meta.get(f"baris:{spec.name}")
        expected = int(exp) if exp is not None and exp.isdigit() else 0
        n_rows = 0
        index: list[int] = []
        self.part = [spec.name]
        for r_i, cells in _data_rows(wb, spec, self.path, index, parts=self.parts.get(spec.name), current=self.part):
            n_rows += 1
            if self.progress is not None and n_rows % 5000 == 0:
                self.progress(n_rows, max(n_rows, expected), f"Memeriksa lembar {spec.name}")
            vals = dict(zip(keys, cells))
            for i, key, kind in textual:
                v = cells[i]
                if v.__class__ is str:
                    if v == "":
                        vals[key] = None
                    continue
                if v is None:
                    cells[i] = ""
                    continue
                self._cell(spec, index, r_i, i, key, kind, v, cells, vals, problems)
            for i, key, kind in other:
                v = cells[i]
                if v is None or v == "":
                    cells[i] = ""
                    vals[key] = None
                    continue
                # numbers and flags as the app writes them: the text and value of canonical/read_value
                c = v.__class__
                if kind == "float" and (c is float or c is int):
                    cells[i] = _fmt_float(v)
                    vals[key] = float(v)
                    continue
                if kind == "int" and (c is int or c is float and v.is_integer()):
                    n = int(v)
                    cells[i] = str(n)
                    vals[key] = n
                    continue
                if kind == "bool" and c is bool:
                    cells[i] = "Ya" if v else "Tidak"
                    vals[key] = v
                    continue
                self._cell(spec, index, r_i, i, key, kind, v, cells, vals, problems)
            h.row(cells)  # the cells are now the canonical texts
            if values:
                yield ReadRow(r_i, vals, self.part[0] if self.part[0] != spec.name else "")
        if exp is not None and exp.isdigit() and int(exp) != n_rows:
            problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Lembar \"{lembar}\" berisi {baris} baris, sedangkan saat diekspor {diekspor} baris."),
                lembar=spec.name, baris=n_rows, diekspor=exp)))
        # the whole sheet passed: only now does it count as checked
        if spec.tambahan:
            self.hasher_tambahan = h
        else:
            self.hasher = h
        self.problems.extend(problems)
        self.counts[spec.name] = n_rows
        self.next += 1

    def _cell(self, spec: SheetSpec, index: list[int], r_i: int, i: int, key: str, kind: str, v: Any,
              cells: list[Any], vals: dict[str, Any], problems: list[str]) -> None:
        """A cell that is not simply text: its canonical text into ``cells``, its value into ``vals``."""
        cells[i] = canonical(kind, v)
        try:
            vals[key] = read_value(kind, v)
        except DomainError as exc:
            vals[key] = None
            if len(self.problems) + len(problems) < 200:
                problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" baris {baris} kolom {kolom} ({judul}): {alasan}"),
                    lembar=self.part[0], baris=r_i, kolom=col_letter(index[i]), judul=spec.columns[i].header,
                    alasan=pesan_dari(exc))))

    def verdict(self) -> tuple[bool, list[str], dict[str, int]]:
        """(checksum matches, problems, rows per sheet) once every sheet was checked."""
        problems = list(self.problems)
        ok = self.hasher.hexdigest() == self.meta.get("checksum_sha256", "")
        if any(sp.tambahan for sp in self.specs):
            ok = ok and self.hasher_tambahan.hexdigest() == self.meta.get("checksum_tambahan_sha256", "")
        if not ok:
            problems.insert(0, CHECKSUM_PROBLEM)
        return ok, problems, dict(self.counts)


#: what the loader thread queues last, however it ended
_LOADER_END: tuple[str, Any] = ("\0end", None)


class _SheetLoader:
    """Parses the sheets (and parts) a check will read, in its order, one ahead of the caller,
    on a thread of its own.

    calamine parses a sheet without holding the GIL (a regency package's 14 M cells are ~10 s
    of it), so on two cores the next part is parsed while the caller checks and merges the
    current one. Only the parse runs on the thread: turning the cells into Python rows holds
    the GIL, and on the thread it slowed the merge (measured: the threads took turns holding
    the GIL and waited for each other at every sqlite3 step). At most one parsed sheet waits
    besides the one being read, so the peak memory grows by one part (≤ 600,000 cells).
    A failure to load (a damaged sheet, too many rows) is raised to the caller when it asks
    for that sheet, as a load on its own thread would have raised it."""

    def __init__(self, path: Path, probe: Any, names: Sequence[str]) -> None:
        self.path, self.probe = path, probe
        self.names = list(names)
        self.taken = 0  # names handed to the caller so far
        self.done = False  # the thread has ended: every further sheet is read by the caller
        self.loaded: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.room = threading.Semaphore(1)  # one parsed sheet ahead of the caller
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._run, name="muat-lembar", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            with Workbook(self.path, max_rows=EXCHANGE_MAX_ROWS, probe=self.probe) as wb:
                for name in self.names:
                    while not self.room.acquire(timeout=0.2):
                        if self.halt.is_set():
                            return
                    if self.halt.is_set():
                        return
                    try:
                        item: Any = wb.load(name)
                    except BaseException as exc:  # noqa: BLE001 - raised to the caller at this sheet (a calamine panic too)
                        item = exc
                    self.loaded.put((name, item))
                    del item
        except BaseException as exc:  # noqa: BLE001 - the file could not be opened again
            self.loaded.put(("", exc))
        finally:
            self.loaded.put(_LOADER_END)  # whatever happened, the caller never waits for a sheet that will not come

    def take(self, name: str) -> Any:
        """The parsed sheet ``name`` when it is the next one loaded; None when the caller asks
        for another, or the thread has ended without it (the caller then reads it itself)."""
        if self.done or self.taken >= len(self.names) or self.names[self.taken] != name:
            return None
        self.taken += 1
        while True:
            try:
                got, item = self.loaded.get(timeout=1.0)
                break
            except queue.Empty:
                if not self.thread.is_alive() and self.loaded.empty():
                    self.done = True
                    return None
        self.room.release()  # the thread parses the next sheet while the caller reads this one
        if (got, item) == _LOADER_END or not got:  # ended, or could not open the file again:
            self.done = True                         # the caller reads this sheet and the rest itself
            return None
        if isinstance(item, BaseException):
            raise item
        if got != name:  # pragma: no cover - the thread failed before this sheet
            return None
        return item

    def stop(self) -> None:
        self.halt.set()
        self.room.release()
        self.thread.join(timeout=30)


class _AheadWorkbook:
    """A ``Workbook`` whose ``iter_rows`` takes the sheet from a :class:`_SheetLoader` when it is
    the one parsed ahead (what :func:`_data_rows` reads through)."""

    def __init__(self, wb: Workbook, loader: _SheetLoader) -> None:
        self.wb, self.loader = wb, loader

    def iter_rows(self, name: str) -> Iterator[list[Any]]:
        """calamine's own row iterator (no generator around it: one fewer step per row)."""
        sheet = self.loader.take(name)
        if sheet is None:
            return self.wb.iter_rows(name)
        return iter(sheet.iter_rows())  # keeps the sheet; both dropped once the part is read


class _LazySheets:
    """``wb.sheets["Evaluasi"]`` → the rows of that sheet as a list (read on access)."""

    def __init__(self, wb: ExchangeWorkbook) -> None:
        self._wb = wb

    def __getitem__(self, name: str) -> list["ReadRow"]:
        return list(self._wb.rows(name))


def _meta_of(wb: Workbook, path: Path) -> dict[str, str]:
    if META_SHEET not in wb.sheet_names:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "\"{berkas}\" bukan berkas pertukaran ASN Kinerja Desktop (lembar tersembunyi "
                    "{META_SHEET} tidak ada). Untuk daftar pegawai dari BKPSDM gunakan Impor "
                    "Daftar Pegawai."), berkas=path.name, META_SHEET=META_SHEET)
        )
    meta: dict[str, str] = {}
    for row in wb.read(META_SHEET).rows[1:]:
        if len(row) >= 2 and isinstance(row[0], str) and row[0]:
            v = row[1]
            meta[row[0]] = v if isinstance(v, str) else ("" if v is None else display_value(v))
    if meta.get("format") != FORMAT_NAME:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\" bukan berkas pertukaran ASN Kinerja Desktop (format \"{nilai}\")."), berkas=path.name, nilai=meta.get('format', ''))
        )
    try:
        version = int(meta.get("versi_format", "0"))
    except ValueError:
        version = 0
    if version > FORMAT_VERSION:
        raise ExcelError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "\"{berkas}\" dibuat dengan format pertukaran versi {version} oleh ASN Kinerja "
                    "Desktop {nilai}, sedangkan aplikasi ini hanya memahami sampai versi "
                    "{FORMAT_VERSION}. Perbarui aplikasi ke versi terbaru, lalu impor lagi; "
                    "berkas tidak dibaca."), berkas=path.name, version=version, nilai=meta.get('versi_aplikasi', '?'), FORMAT_VERSION=FORMAT_VERSION)
        )
    if version < 1:
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\": versi format pertukaran tidak valid ({nilai})."), berkas=path.name, nilai=repr(meta.get('versi_format'))))
    return meta


def read_value(kind: str, value: Any) -> Any:
    """Python value of a read cell for the column kind (raises DomainError when it cannot be)."""
    if value is None or value == "":
        return None
    if kind in ("text",):
        if isinstance(value, str):
            return value
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        return str(value)
    if kind == "nip":
        if not isinstance(value, str):
            raise DomainError(
                Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan",
                        "Kolom teks berisi angka ({value}); angka panjang kehilangan digit. "
                        "Ekspor ulang berkas."), value=display_value(value))
            )
        return value
    if kind == "date":
        return parse_tanggal(value)
    if kind == "datetime":
        if isinstance(value, datetime):
            return value.replace(microsecond=0)
        if isinstance(value, date):
            return datetime.combine(value, time())
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" bukan tanggal dan jam."), value=display_value(value)))
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer():
            if isinstance(value, str) and value.strip().lstrip("-").isdigit():
                return int(value.strip())
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" bukan bilangan bulat."), value=display_value(value)))
        return int(value)
    if kind == "float":
        if isinstance(value, bool):
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" bukan angka."), value=value))
        if isinstance(value, (int, float)):
            return float(value)
        try:
            return float(str(value).replace(",", "."))
        except ValueError:
            raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" bukan angka."), value=display_value(value))) from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        t = str(value).strip().casefold()
        if t in ("ya", "y", "true", "1", "benar"):
            return True
        if t in ("tidak", "t", "false", "0", "salah", "tdk"):
            return False
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{value}\" harus Ya atau Tidak."), value=display_value(value)))
    return value


CHECKSUM_PROBLEM = Teks(Msg(QT_TRANSLATE_NOOP(
    "Pesan", "Isi berkas tidak cocok dengan checksum yang dicatat saat ekspor: data telah diubah setelah berkas "
    "dibuat (atau berkas rusak).")))


def read_workbook(path: Path | str, jenis: str,
                  progress: Callable[[int, int, str], None] | None = None, *,
                  check_rows: bool = True) -> ExchangeWorkbook:
    """Read and verify an exchange workbook of kind ``jenis``.

    Raises ExcelError for a file that is not one (or a newer format, or of the
    other kind, or with missing sheets/columns). A checksum mismatch or wrong
    row counts do not raise: ``checksum_ok`` is False and ``problems`` says why,
    so the caller can flag the package. Sheets are streamed: memory stays
    bounded by one row, whatever the size of the package.

    ``check_rows=False``: only ``_meta`` and the sheet list are read now; the checksum is
    computed while :meth:`ExchangeWorkbook.rows` streams the sheets and
    :meth:`ExchangeWorkbook.finish_check` gives the verdict (``checksum_ok`` is False until then).
    """
    path = Path(path)
    specs = SPECS[jenis]
    with Workbook(path, max_rows=EXCHANGE_MAX_ROWS) as wb:
        probe = wb.probe
        meta = _meta_of(wb, path)
        if meta.get("jenis") != jenis:
            kind_name = {JENIS_PEGAWAI: Msg(QT_TRANSLATE_NOOP("Pesan", "daftar pegawai")),
                         JENIS_HASIL: Msg(QT_TRANSLATE_NOOP("Pesan", "paket hasil"))}
            raise ExcelError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "\"{berkas}\" adalah berkas {jenis}, bukan {diharapkan}."), berkas=path.name,
                jenis=kind_name.get(meta.get("jenis", ""), meta.get("jenis", "?")), diharapkan=kind_name[jenis]))
        missing = [s.name for s in specs if s.name not in wb.sheet_names and not s.tambahan]
        if missing:
            raise ExcelError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Lembar berikut tidak ada pada \"{berkas}\": {daftar}. Berkas tidak lengkap; minta kantor "
                "pengirim mengekspor ulang."), berkas=path.name, daftar=", ".join(f"\"{m}\"" for m in missing)))
        names = tuple(wb.sheet_names)
        parts = _parts_of(meta, names, specs, path)
        check = _RowCheck(path, meta, specs, names, progress, parts)
        if not check_rows:
            return ExchangeWorkbook(path, meta, False, [], jenis, {}, probe, check, names, parts)
        check.catch_up(wb, None)
    ok, problems, counts = check.verdict()
    return ExchangeWorkbook(path, meta, ok, problems, jenis, counts, probe, None, names, parts)


_PART_NAME = re.compile(r"^(.+) \((\d{1,6})\)$")


def _parts_of(meta: dict[str, str], names: Sequence[str], specs: Sequence[SheetSpec],
              path: Path) -> dict[str, tuple[str, ...]]:
    """Sheet → its parts in order, for the sheets ``_meta`` declares split (``bagian:<Sheet>``).
    Refused: a declared count that is not 2..MAX_PARTS, a missing part, a part beyond the count,
    a part of a sheet that is not split, parts out of order, parts in a version-1 package."""
    def refuse(template: str, **params: Any) -> ExcelError:
        return ExcelError(Msg.of(template, berkas=path.name, **params))

    version = int(meta.get("versi_format", "1")) if meta.get("versi_format", "1").isdigit() else 1
    known = {s.name for s in specs}
    declared: dict[str, int] = {}
    for key, value in meta.items():
        if not key.startswith("bagian:"):
            continue
        sheet = key[len("bagian:"):]
        if version < 2 or sheet not in known or not value.isdigit() or not 2 <= int(value) <= MAX_PARTS:
            raise refuse(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas \"{berkas}\": catatan jumlah bagian lembar \"{lembar}\" tidak valid ({nilai}). "
                "Berkas tidak dibaca; minta kantor pengirim mengekspor ulang."), lembar=sheet, nilai=value[:20])
        declared[sheet] = int(value)
    position = {n: i for i, n in enumerate(names)}
    for n in names:
        m = _PART_NAME.match(n)
        if m is None or m.group(1) not in known:
            continue
        sheet, number = m.group(1), int(m.group(2))
        if sheet not in declared:
            raise refuse(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas \"{berkas}\" berisi lembar \"{bagian}\", padahal lembar \"{lembar}\" tidak "
                "dibagi. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang."), bagian=n, lembar=sheet)
        if not 2 <= number <= declared[sheet]:
            raise refuse(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas \"{berkas}\" berisi lembar \"{bagian}\", padahal lembar \"{lembar}\" hanya "
                "terdiri atas {jumlah} bagian. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang."),
                bagian=n, lembar=sheet, jumlah=declared[sheet])
    out: dict[str, tuple[str, ...]] = {}
    for sheet, count in declared.items():
        wanted = tuple(part_name(sheet, i) for i in range(1, count + 1))
        missing = [w for w in wanted if w not in position]
        if missing:
            raise refuse(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas \"{berkas}\": lembar \"{lembar}\" terdiri atas {jumlah} bagian, tetapi bagian "
                "berikut tidak ada: {hilang}. Berkas tidak lengkap; minta kantor pengirim mengekspor ulang."),
                lembar=sheet, jumlah=count, hilang=", ".join(f"\"{w}\"" for w in missing[:5]))
        at = [position[w] for w in wanted]
        if at != sorted(at):
            raise refuse(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas \"{berkas}\": bagian lembar \"{lembar}\" tidak berurutan. Berkas tidak "
                "dibaca; minta kantor pengirim mengekspor ulang."), lembar=sheet)
        out[sheet] = wanted
    return out
