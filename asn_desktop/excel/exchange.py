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

import hashlib
import re
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
#: Bump on an incompatible change; readers refuse a version above theirs.
FORMAT_VERSION = 1
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

    def row(self, texts: Sequence[str]) -> None:
        self._h.update(("\x1f".join(texts) + "\x1e").encode("utf-8"))

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


def _cell_value(kind: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    if kind == "bool":
        return "Ya" if value else "Tidak"
    if kind == "int":
        return int(value)
    if kind == "float":
        # openpyxl writes "%.16g": store exactly what will be read back, so the
        # checksum and a re-export agree to the last digit
        return float("%.16g" % float(value))
    if kind == "datetime" and isinstance(value, datetime):
        return value.replace(microsecond=0)
    if kind == "date" and isinstance(value, datetime):
        return value.date()
    if kind in ("text", "nip"):
        if not isinstance(value, str):
            value = str(value)
        return _normalise_text(value)
    return value


class LazyRows:
    """Rows produced only while their sheet is written (``build`` returns an iterable,
    typically a generator): a regency export never holds a big sheet. ``len`` is the
    estimate given for progress until the sheet is written, then the rows written."""

    def __init__(self, build: Callable[[], Iterable[dict[str, Any]]], estimate: int = 0) -> None:
        self._build = build
        self.count = estimate

    def __iter__(self) -> Iterator[dict[str, Any]]:
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


def _sheet_records(spec: SheetSpec, rows: Iterable[dict[str, Any]], hasher: "_Hasher", counts: dict[str, int],
                   progress: Callable[[int, int, str], None] | None, state: list[int]) -> Iterator[dict[str, Any]]:
    """The hot loop of an export, run while the writer pulls rows: each value becomes the
    cell value and the canonical text for the checksum in one pass (so a sheet is never
    held whole here)."""
    hasher.sheet(spec)
    plan = [(c.header, c.key, c.kind) for c in spec.columns]
    n = 0
    for r in rows:
        n += 1
        out: dict[str, Any] = {}
        canon: list[str] = []
        for header, key, kind in plan:
            v = r.get(key)
            if v is None or v == "":
                out[header] = None
                canon.append("")
                continue
            if kind == "text" or kind == "nip":
                if v.__class__ is not str:
                    v = str(v)
                if _ATTENTION.search(v) or len(v) > MAX_CELL_TEXT:
                    v = _normalise_text(v)
                    if not v:
                        out[header] = None
                        canon.append("")
                        continue
                out[header] = v
                canon.append(v)
            elif kind == "date":
                d = v.date() if isinstance(v, datetime) else v
                out[header] = d
                canon.append(d.isoformat())
            elif kind == "datetime":
                d = v.replace(microsecond=0) if isinstance(v, datetime) else datetime.combine(v, time())
                out[header] = d
                canon.append(d.isoformat())
            elif kind == "int":
                iv = int(v)
                out[header] = iv
                canon.append(str(iv))
            elif kind == "float":
                fv = float("%.16g" % float(v))  # the checksum's precision; the writer keeps every digit of fv
                out[header] = fv
                canon.append(_fmt_float(fv))
            elif kind == "bool":
                b = "Ya" if v else "Tidak"
                out[header] = b
                canon.append(b)
            else:  # pragma: no cover - every kind is handled above
                raise ValueError(kind)
        hasher.row(canon)
        yield out
        if progress is not None and n % 1000 == 0:
            progress(state[0] + n, max(state[1], state[0] + n), f"Menulis lembar {spec.name}")
    counts[spec.name] = n
    if isinstance(rows, LazyRows):
        rows.count = n
    state[0] += n
    if n == 0:  # the writer takes its header from the first record: an empty one keeps it
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
    head = _header_format(rx)
    text = rx.Format().set_quote_prefix()

    def meta_records() -> Iterator[dict[str, Any]]:
        checksum.append(hasher.hexdigest())
        entries: list[tuple[str, Any]] = [
            ("format", FORMAT_NAME),
            ("versi_format", str(FORMAT_VERSION)),
            ("jenis", meta.jenis),
            ("kode_kantor", meta.kode_kantor),
            ("nama_kantor", meta.nama_kantor),
            ("instansi", meta.instansi),
            ("tahun", "" if meta.tahun is None else str(meta.tahun)),
            ("versi_aplikasi", __version__),
            ("dibuat_pada", datetime.now().replace(microsecond=0).isoformat()),
            *((f"baris:{spec.name}", str(counts[spec.name])) for spec, _ in sheets),
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
        records.append((spec.name, _sheet_records(spec, rows, h, counts, progress, state)))
        widths[spec.name] = [c.width for c in spec.columns]
        formats[spec.name] = _column_formats(rx, spec, styled_text)
        freeze[spec.name] = {"row": 1, "col": 1 if spec.columns[0].kind == "nip" else 0}
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


#: Exchange workbooks may use every row Excel has (a regency package holds ~450,000 realisasi rows).
EXCHANGE_MAX_ROWS = 1_048_576


@dataclass
class ExchangeWorkbook:
    """A read and verified exchange workbook.

    Verification streams every sheet once (checksum, row counts, cell types);
    the rows are read again, one sheet at a time, by :meth:`rows`, so a
    regency-size package never sits in memory as a whole.
    """

    path: Path
    meta: dict[str, str]
    checksum_ok: bool
    problems: list[str]
    jenis_spec: str = JENIS_HASIL
    counts: dict[str, int] = field(default_factory=dict)
    #: the file probe made while verifying: :meth:`rows` opens the file once per sheet and must
    #: not scan the whole package again each time
    probe: Any = field(default=None, repr=False, compare=False)

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
        be read as their column's kind become None; verification reported them)."""
        spec = next(s for s in SPECS[self.jenis_spec] if s.name == sheet)
        if spec.tambahan and sheet not in self.counts:
            return  # not in this package (an older release wrote it)
        with Workbook(self.path, max_rows=EXCHANGE_MAX_ROWS, probe=self.probe) as wb:
            it = wb.iter_rows(sheet)
            header = [("" if v is None else str(v)).strip() for v in next(it, [])]
            index = [header.index(c.header) for c in spec.columns]
            cols = list(zip(spec.columns, index))
            for r_i, raw in enumerate(it, start=2):
                n = len(raw)
                cells = [raw[i] if i < n else None for i in index]
                if all(v is None or v == "" for v in cells):
                    continue
                vals: dict[str, Any] = {}
                for (c, _i), v in zip(cols, cells):
                    try:
                        vals[c.key] = read_value(c.kind, v)
                    except DomainError:
                        vals[c.key] = None
                yield ReadRow(r_i, vals)

    @property
    def sheets(self) -> "_LazySheets":
        return _LazySheets(self)


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


def read_workbook(path: Path | str, jenis: str,
                  progress: Callable[[int, int, str], None] | None = None) -> ExchangeWorkbook:
    """Read and verify an exchange workbook of kind ``jenis``.

    Raises ExcelError for a file that is not one (or a newer format, or of the
    other kind, or with missing sheets/columns). A checksum mismatch or wrong
    row counts do not raise: ``checksum_ok`` is False and ``problems`` says why,
    so the caller can flag the package. Sheets are streamed: memory stays
    bounded by one row, whatever the size of the package.
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
        hasher = _Hasher()
        hasher_tambahan = _Hasher()
        problems: list[str] = []
        counts: dict[str, int] = {}
        for spec in specs:
            if spec.tambahan and spec.name not in wb.sheet_names:
                continue  # a package from a release before this sheet existed
            it = wb.iter_rows(spec.name)
            header = [("" if v is None else str(v)).strip() for v in next(it, [])]
            index: list[int] = []
            for c in spec.columns:
                if c.header not in header:
                    raise ExcelError(
                        Msg.of(QT_TRANSLATE_NOOP(
                                "Pesan",
                                "Kolom \"{header}\" tidak ada pada lembar \"{name}\" berkas "
                                "\"{berkas}\". Jangan menghapus atau mengganti nama kolom berkas "
                                "pertukaran."), header=c.header, name=spec.name, berkas=path.name)
                    )
                index.append(header.index(c.header))
            h = hasher_tambahan if spec.tambahan else hasher
            h.sheet(spec)
            kinds = [c.kind for c in spec.columns]
            n_rows = 0
            for r_i, raw in enumerate(it, start=2):
                n = len(raw)
                cells = [raw[i] if i < n else None for i in index]
                if all(v is None or v == "" for v in cells):
                    continue
                n_rows += 1
                if progress is not None and n_rows % 5000 == 0:
                    progress(n_rows, max(n_rows, int(meta.get(f"baris:{spec.name}", "0") or 0)),
                             f"Memeriksa lembar {spec.name}")
                h.row([canonical(k, v) for k, v in zip(kinds, cells)])
                for c, i, v in zip(spec.columns, index, cells):
                    if v is None or v == "" or (c.kind == "text" and v.__class__ is str):
                        continue
                    try:
                        read_value(c.kind, v)
                    except DomainError as exc:
                        if len(problems) < 200:
                            problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                                "Pesan", "Lembar \"{lembar}\" baris {baris} kolom {kolom} ({judul}): {alasan}"),
                                lembar=spec.name, baris=r_i, kolom=col_letter(i), judul=c.header,
                                alasan=pesan_dari(exc))))
            expected = meta.get(f"baris:{spec.name}")
            if expected is not None and expected.isdigit() and int(expected) != n_rows:
                problems.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Lembar \"{lembar}\" berisi {baris} baris, sedangkan saat diekspor {diekspor} baris."),
                    lembar=spec.name, baris=n_rows, diekspor=expected)))
            counts[spec.name] = n_rows
    ok = hasher.hexdigest() == meta.get("checksum_sha256", "")
    if any(sp.tambahan and sp.name in counts for sp in specs):
        ok = ok and hasher_tambahan.hexdigest() == meta.get("checksum_tambahan_sha256", "")
    if not ok:
        problems.insert(
            0,
            "Isi berkas tidak cocok dengan checksum yang dicatat saat ekspor: data telah diubah setelah berkas "
            "dibuat (atau berkas rusak).",
        )
    return ExchangeWorkbook(path, meta, ok, problems, jenis, counts, probe)
