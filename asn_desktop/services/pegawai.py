"""Employee profiles: the fast list, the full profile with its history, status changes.

The list (:func:`list_pegawai_rows`) is one SQL query joining unit and
supervisor, returned as light :class:`PegawaiRow` tuples with a precomputed
search key, so the GUI can sort and filter 15,000 rows in Python without
touching the database again.

A profile (:func:`get_profil` / :func:`save_profil`) is the whole ``Pegawai``
record plus its six history tables; one save is one transaction.

**Current vs. history rule** (golongan, jabatan, pendidikan): the history is
the record, the profile shows its newest entry.

1. After a save, the current golongan + TMT golongan equal the riwayat golongan
   entry with the latest TMT; likewise jabatan (nama, jenis, jenjang, eselon,
   TMT jabatan) and pendidikan terakhir + tahun lulus (latest tahun lulus).
2. When the operator edits the current values on the profile, the entry with
   the same TMT (tahun lulus) is updated, or a new entry is added — so a
   promotion typed on the Kepegawaian tab lands in the history.
3. A current value with a TMT older than the newest history entry is refused
   (it would be silently overruled by rule 1): enter it in the history tab.

**Atasan rule**: a new employee without a chosen supervisor, or one whose unit
changes while the supervisor field was left as it was, gets the default
supervisor of the (new) unit (``organisasi.default_atasan_in``).

People are never deleted: :func:`ubah_status` sets pensiun / mutasi /
meninggal / berhenti with a date and a note; their SKPs and appraisals stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.batch import in_chunks, rows_in
from asn_desktop.db.models import (
    Pegawai,
    RiwayatDiklat,
    RiwayatGolongan,
    RiwayatHukdis,
    RiwayatJabatan,
    RiwayatPendidikan,
    RiwayatPenghargaan,
    UnitKerja,
)
from asn_desktop.domain.enums import (
    Agama,
    JenisJabatan,
    JenisKelamin,
    JenjangFungsional,
    StatusKepegawaian,
    StatusPegawai,
)
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import golongan_by_kode, parse_golongan
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.domain.nama import digits_only, format_nama, search_key
from asn_desktop.domain.nip import nip_warnings, parse_nip
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.services.changes import Change
from asn_desktop.services.context import AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import ConflictError, FieldProblem, NotFound, Problems, ValidationError, pesan_dari
from asn_desktop.services.organisasi import (
    _clear_head_roles,
    _load_pegawai,
    check_atasan_changes,
    default_atasan_in,
)

AKTIF = StatusPegawai.AKTIF.value

#: Hours of competency development each ASN should get per year:
#: PP 11/2017 jo. PP 17/2020 Pasal 203 ayat (4) — paling sedikit 20 JP dalam 1 tahun.
TARGET_JP_TAHUNAN = 20.0

#: Largest photo accepted (the GUI scales to 400 px JPEG, well below this).
MAX_FOTO_BYTES = 1_000_000

#: Hukuman disiplin levels and kinds, PP 94/2021 Pasal 8.
HUKDIS_TINGKAT: dict[str, tuple[str, ...]] = {
    "ringan": ("Teguran lisan", "Teguran tertulis", "Pernyataan tidak puas secara tertulis"),
    "sedang": (
        "Pemotongan tunjangan kinerja 25% selama 6 bulan",
        "Pemotongan tunjangan kinerja 25% selama 9 bulan",
        "Pemotongan tunjangan kinerja 25% selama 12 bulan",
    ),
    "berat": (
        "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
        "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
        "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS",
    ),
}

JENJANG_PENDIDIKAN = ("SD", "SMP", "SMA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3")
ESELON = ("I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "V.a")

_KEAHLIAN = {JenjangFungsional.AHLI_PERTAMA, JenjangFungsional.AHLI_MUDA, JenjangFungsional.AHLI_MADYA,
             JenjangFungsional.AHLI_UTAMA}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HP = re.compile(r"^\+?[0-9][0-9 \-()]{5,28}$")


# --------------------------------------------------------------------------- list rows


@dataclass(frozen=True, slots=True)
class PegawaiRow:
    """One line of the employee list: display values plus precomputed filter keys."""

    id: int
    nip: str  # digits as stored
    nama: str  # printed name with gelar
    nama_inti: str  # name without gelar (sorting)
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_id: int | None
    unit_nama: str
    atasan_id: int | None
    atasan_nama: str
    status: str
    status_kepegawaian: str
    kunci: str  # search_key(nama, jabatan) — casefolded, accents stripped
    nip_digits: str
    tanggal_status: date | None = None  # when a non-active status took effect


def _rows_query() -> Select[Any]:
    atasan = aliased(Pegawai)
    return (
        select(
            Pegawai.id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
            Pegawai.golongan, Pegawai.nama_jabatan, Pegawai.jenis_jabatan, Pegawai.unit_id, UnitKerja.nama,
            Pegawai.atasan_id, atasan.gelar_depan, atasan.nama, atasan.gelar_belakang,
            Pegawai.status, Pegawai.status_kepegawaian, Pegawai.tanggal_status,
        )
        .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_id)
        .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
    )


class _RowMaker:
    """Builds rows with small caches: jabatan keys and supervisor names repeat a lot."""

    def __init__(self) -> None:
        self._jab: dict[str | None, str] = {}
        self._atasan: dict[int, str] = {}

    def __call__(self, r: Any) -> PegawaiRow:
        (pid, nip, gd, nama, gb, gol, jab, jenis, unit_id, unit_nama, atasan_id, agd, anama, agb, status, sk,
         tgl_status) = r
        full = format_nama(gd, nama, gb)
        jkey = self._jab.get(jab)
        if jkey is None:
            jkey = self._jab[jab] = search_key(jab)
        nkey = search_key(full)
        if atasan_id is not None and anama:
            aname = self._atasan.get(atasan_id)
            if aname is None:
                aname = self._atasan[atasan_id] = format_nama(agd, anama, agb)
        else:
            aname = ""
        nip = nip or ""
        return PegawaiRow(
            id=pid,
            nip=nip,
            nama=full,
            nama_inti=nama or "",
            golongan=gol or "",
            jabatan=jab or "",
            jenis_jabatan=jenis or "",
            unit_id=unit_id,
            unit_nama=unit_nama or "",
            atasan_id=atasan_id,
            atasan_nama=aname,
            status=status or AKTIF,
            status_kepegawaian=sk or "",
            # == search_key(full, jab): both parts are already normalised
            kunci=f"{nkey} {jkey}" if nkey and jkey else (nkey or jkey),
            nip_digits=nip if nip.isdigit() else digits_only(nip),
            tanggal_status=tgl_status if status != AKTIF else None,
        )


def list_pegawai_rows(ctx: AppContext, *, status: Iterable[str] | None = None) -> list[PegawaiRow]:
    """Every employee (or those with the given statuses) in one query, ordered by name."""
    with ctx.read(Permission.MASTER_READ) as s:
        q = _rows_query().order_by(Pegawai.nama, Pegawai.id)
        if status is not None:
            q = q.where(Pegawai.status.in_(list(status)))
        make = _RowMaker()
        return [make(r) for r in s.execute(q)]


def get_pegawai_rows(ctx: AppContext, ids: Sequence[int]) -> list[PegawaiRow]:
    """Fresh rows for some employees (after an edit), in the order asked; missing ids are skipped."""
    out: dict[int, PegawaiRow] = {}
    make = _RowMaker()
    with ctx.read(Permission.MASTER_READ) as s:
        ids = list(dict.fromkeys(ids))
        for r in rows_in(s, _rows_query(), Pegawai.id, ids):
            row = make(r)
            out[row.id] = row
    return [out[i] for i in ids if i in out]


# --------------------------------------------------------------------------- profile data


@dataclass
class PegawaiData:
    """Every editable field of ``Pegawai`` (the data model), plus id/uid/version."""

    id: int | None = None
    uid: str | None = None
    version_id: int | None = None
    # identitas
    nip: str = ""
    nip_lama: str | None = None
    nama: str = ""
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    tempat_lahir: str | None = None
    tanggal_lahir: date | None = None
    jenis_kelamin: str | None = None
    agama: str | None = None
    nik: str | None = None
    # kontak
    email: str | None = None
    no_hp: str | None = None
    alamat: str | None = None
    # kepegawaian
    status_kepegawaian: str = StatusKepegawaian.PNS.value
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    golongan: str | None = None
    tmt_golongan: date | None = None
    pendidikan_terakhir: str | None = None
    tahun_lulus: int | None = None
    tmt_pensiun: date | None = None
    status: str = AKTIF
    tanggal_status: date | None = None
    keterangan_status: str | None = None
    # jabatan & unit
    jenis_jabatan: str | None = None
    jenjang: str | None = None
    nama_jabatan: str | None = None
    tmt_jabatan: date | None = None
    eselon: str | None = None
    kelas_jabatan: int | None = None
    unit_id: int | None = None
    atasan_id: int | None = None
    # lainnya
    foto: bytes | None = None
    catatan: str | None = None

    @property
    def nama_lengkap(self) -> str:
        return format_nama(self.gelar_depan, self.nama, self.gelar_belakang)

    @property
    def is_pppk(self) -> bool:
        try:
            return StatusKepegawaian(self.status_kepegawaian).is_pppk
        except ValueError:
            return False


_DATA_FIELDS = [f.name for f in fields(PegawaiData) if f.name not in ("id", "uid", "version_id")]


@dataclass
class RiwayatGolonganData:
    id: int | None = None
    golongan: str = ""
    tmt: date | None = None
    jenis_kenaikan: str | None = None
    nomor_sk: str | None = None
    tanggal_sk: date | None = None
    keterangan: str | None = None


@dataclass
class RiwayatJabatanData:
    id: int | None = None
    nama_jabatan: str = ""
    jenis_jabatan: str | None = None
    jenjang: str | None = None
    unit_nama: str | None = None
    eselon: str | None = None
    tmt: date | None = None
    nomor_sk: str | None = None
    tanggal_sk: date | None = None
    keterangan: str | None = None


@dataclass
class RiwayatPendidikanData:
    id: int | None = None
    jenjang: str = ""
    nama_sekolah: str | None = None
    jurusan: str | None = None
    tahun_lulus: int | None = None
    nomor_ijazah: str | None = None
    keterangan: str | None = None


@dataclass
class RiwayatDiklatData:
    id: int | None = None
    nama: str = ""
    jenis: str | None = None
    penyelenggara: str | None = None
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    jp: float | None = None
    nomor_sertifikat: str | None = None
    keterangan: str | None = None


@dataclass
class RiwayatPenghargaanData:
    id: int | None = None
    nama: str = ""
    pemberi: str | None = None
    tahun: int | None = None
    nomor_sk: str | None = None
    tanggal_sk: date | None = None
    keterangan: str | None = None


@dataclass
class RiwayatHukdisData:
    id: int | None = None
    tingkat: str | None = None
    jenis: str = ""
    nomor_sk: str | None = None
    tanggal_sk: date | None = None
    tmt: date | None = None
    tanggal_selesai: date | None = None
    alasan: str | None = None


#: kind → (ORM model, dataclass, label for messages)
RIWAYAT: dict[str, tuple[type, type, str]] = {
    "golongan": (RiwayatGolongan, RiwayatGolonganData, QT_TRANSLATE_NOOP("Pesan", "Riwayat golongan")),
    "jabatan": (RiwayatJabatan, RiwayatJabatanData, QT_TRANSLATE_NOOP("Pesan", "Riwayat jabatan")),
    "pendidikan": (RiwayatPendidikan, RiwayatPendidikanData, QT_TRANSLATE_NOOP("Pesan", "Riwayat pendidikan")),
    "diklat": (RiwayatDiklat, RiwayatDiklatData, QT_TRANSLATE_NOOP("Pesan", "Riwayat diklat")),
    "penghargaan": (RiwayatPenghargaan, RiwayatPenghargaanData, QT_TRANSLATE_NOOP("Pesan", "Riwayat penghargaan")),
    "hukdis": (RiwayatHukdis, RiwayatHukdisData, QT_TRANSLATE_NOOP("Pesan", "Riwayat hukuman disiplin")),
}

#: Newest-first ordering of each history kind (date, then id).
RIWAYAT_ORDER = {
    "golongan": "tmt", "jabatan": "tmt", "pendidikan": "tahun_lulus", "diklat": "tanggal_mulai",
    "penghargaan": "tahun", "hukdis": "tmt",
}


@dataclass(frozen=True)
class SyncSpec:
    """How a current profile value mirrors the newest entry of a history table (module docstring)."""

    kind: str
    order_riwayat: str  # field ordering the history (tmt / tahun_lulus)
    order_pegawai: str  # the matching Pegawai field (tmt_golongan / tmt_jabatan / tahun_lulus)
    fields: tuple[tuple[str, str], ...]  # (riwayat field, pegawai field); the first is required
    label: str


SYNC_SPECS: tuple[SyncSpec, ...] = (
    SyncSpec("golongan", "tmt", "tmt_golongan", (("golongan", "golongan"),), "golongan"),
    SyncSpec(
        "jabatan", "tmt", "tmt_jabatan",
        (("nama_jabatan", "nama_jabatan"), ("jenis_jabatan", "jenis_jabatan"), ("jenjang", "jenjang"),
         ("eselon", "eselon")),
        "jabatan",
    ),
    SyncSpec("pendidikan", "tahun_lulus", "tahun_lulus", (("jenjang", "pendidikan_terakhir"),), "pendidikan"),
)

#: A synced field as a message names it: (at the start of a sentence, inside one); marked for English mode.
_LABEL_SYNC = {"golongan": (QT_TRANSLATE_NOOP("Pesan", "Golongan"), QT_TRANSLATE_NOOP("Pesan", "golongan")), "jabatan": (QT_TRANSLATE_NOOP("Pesan", "Jabatan"), QT_TRANSLATE_NOOP("Pesan", "jabatan")),
               "pendidikan": (QT_TRANSLATE_NOOP("Pesan", "Pendidikan"), QT_TRANSLATE_NOOP("Pesan", "pendidikan"))}


def _order_key(value: Any, rid: int | None, pos: int) -> tuple[Any, ...]:
    """Undated entries are the oldest; ties go to the entry added last."""
    return (value is not None, value if value is not None else 0, rid if rid is not None else 10**12 + pos)


def newest_entry(spec: SyncSpec, entries: Sequence[Any]) -> Any | None:
    """The history entry the profile's current value must equal (rule 1), or None if empty."""
    best = None
    best_key: tuple[Any, ...] | None = None
    for pos, e in enumerate(entries):
        key = _order_key(getattr(e, spec.order_riwayat), getattr(e, "id", None), pos)
        if best_key is None or key > best_key:
            best, best_key = e, key
    return best


def current_from_history(spec: SyncSpec, entries: Sequence[Any]) -> dict[str, Any] | None:
    """Pegawai field values implied by the newest entry (used live by the profile editor too)."""
    e = newest_entry(spec, entries)
    if e is None:
        return None
    out = {pf: getattr(e, rf) for rf, pf in spec.fields}
    out[spec.order_pegawai] = getattr(e, spec.order_riwayat)
    return out


def jp_tahun(diklat: Iterable[RiwayatDiklatData], tahun: int) -> float:
    """Total JP of the development activities of ``tahun`` (by end date, else start date).

    Compared with :data:`TARGET_JP_TAHUNAN` (PP 17/2020 Pasal 203: ≥ 20 JP a year).
    """
    total = 0.0
    for d in diklat:
        when = d.tanggal_selesai or d.tanggal_mulai
        if when is not None and when.year == tahun and d.jp:
            total += float(d.jp)
    return total


@dataclass
class Profil:
    """A whole employee record as the profile editor needs it."""

    data: PegawaiData
    riwayat: dict[str, list[Any]] = field(default_factory=dict)
    unit_nama: str = ""
    atasan_nama: str = ""


@dataclass
class SaveResult:
    profil: Profil
    row: PegawaiRow
    warnings: list[FieldProblem] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)  # domain/messages.Teks: the UI shows them via teks()
    baru: bool = False


def _data_from(p: Pegawai) -> PegawaiData:
    d = PegawaiData(id=p.id, uid=p.uid, version_id=p.version_id)
    for name in _DATA_FIELDS:
        setattr(d, name, getattr(p, name))
    d.nip = d.nip or ""
    return d


def _riwayat_from(obj: Any, cls: type) -> Any:
    return cls(**{f.name: getattr(obj, f.name) for f in fields(cls)})


def _load_riwayat(s: Session, pegawai_id: int) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for kind, (model, cls, _label) in RIWAYAT.items():
        order = getattr(model, RIWAYAT_ORDER[kind])
        objs = s.scalars(select(model).where(model.pegawai_id == pegawai_id).order_by(order.desc(), model.id.desc()))
        items = [_riwayat_from(o, cls) for o in objs]
        # NULL dates sort first in SQLite's DESC; put them last (oldest)
        items.sort(key=lambda e: getattr(e, RIWAYAT_ORDER[kind]) is None)
        out[kind] = items
    return out


def get_profil(ctx: AppContext, pegawai_id: int) -> Profil:
    """The full record of one employee with all six history tables (newest first)."""
    with ctx.read(Permission.MASTER_READ) as s:
        p = s.get(Pegawai, pegawai_id)
        if p is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
                pegawai_id=pegawai_id,
            ))
        return _profil(s, p)


def _profil(s: Session, p: Pegawai) -> Profil:
    atasan = s.get(Pegawai, p.atasan_id) if p.atasan_id else None
    unit = s.get(UnitKerja, p.unit_id) if p.unit_id else None
    return Profil(
        data=_data_from(p),
        riwayat=_load_riwayat(s, p.id),
        unit_nama=unit.nama if unit else "",
        atasan_nama=format_nama(atasan.gelar_depan, atasan.nama, atasan.gelar_belakang) if atasan else "",
    )


def new_profil() -> Profil:
    """An empty profile for "Pegawai baru"."""
    return Profil(PegawaiData(), {k: [] for k in RIWAYAT})


# --------------------------------------------------------------------------- validation (pure)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    t = " ".join(str(text).split())
    return t or None


def normalise(data: PegawaiData) -> PegawaiData:
    """Trim text, store NIP/NIK digits only, canonical golongan code; nothing else changes."""
    d = replace(data)
    for name in ("nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "agama", "email", "no_hp",
                 "nama_jabatan", "eselon", "pendidikan_terakhir", "keterangan_status", "jenis_kelamin",
                 "jenis_jabatan", "jenjang", "golongan"):
        setattr(d, name, _clean(getattr(d, name)))
    d.nama = d.nama or ""
    d.alamat = (data.alamat or "").strip() or None
    d.catatan = (data.catatan or "").strip() or None
    d.nip = digits_only(data.nip) if data.nip and not any(c.isalpha() for c in str(data.nip)) else (data.nip or "")
    d.nip_lama = digits_only(data.nip_lama) or None
    d.nik = digits_only(data.nik) or None
    if d.golongan:
        try:
            d.golongan = parse_golongan(d.golongan).kode
        except DomainError:
            pass  # reported by periksa_pegawai
    return d


def _is_jj(value: str | None) -> bool:
    return bool(value) and value in JenisJabatan._value2member_map_


def periksa_pegawai(data: PegawaiData, *, today: date | None = None) -> Problems:
    """Field problems of a profile (errors block saving, warnings are shown beside the fields).

    NIP rules: kinerja-asn.md §7 via ``domain.nip`` — an invalid NIP is an
    error; a NIP that disagrees with tanggal lahir, jenis kelamin or TMT CPNS
    is a warning on each of those fields (the master data may be wrong).
    """
    today = today or date.today()
    pr = Problems()
    d = data
    if not (d.nama or "").strip():
        pr.error("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama wajib diisi.")))
    elif len(d.nama) > 200:
        pr.error("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama terlalu panjang (%n karakter; paling banyak 200)."), n=len(d.nama)))
    for name, limit in (("gelar_depan", 60), ("gelar_belakang", 100), ("tempat_lahir", 100), ("email", 200),
                        ("nama_jabatan", 200), ("pendidikan_terakhir", 100)):
        v = getattr(d, name)
        if v and len(v) > limit:
            pr.error(name, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Terlalu panjang (%n karakter; paling banyak {limit})."), n=len(v), limit=limit))
    for name, limit in (("alamat", 2000), ("catatan", 10000), ("keterangan_status", 2000)):
        v = getattr(d, name)
        if v and len(v) > limit:
            pr.error(name, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Terlalu panjang (%n karakter; paling banyak {limit})."), n=len(v), limit=limit))

    try:
        sk = StatusKepegawaian(d.status_kepegawaian)
    except ValueError:
        pr.error("status_kepegawaian", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Status kepegawaian '{status_kepegawaian}' tidak dikenal."), status_kepegawaian=d.status_kepegawaian))
        sk = None
    pppk = bool(sk and sk.is_pppk)

    jk: JenisKelamin | None = None
    if d.jenis_kelamin:
        try:
            jk = JenisKelamin(d.jenis_kelamin)
        except ValueError:
            pr.error("jenis_kelamin", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")))

    # NIP: error when invalid, warnings beside each disagreeing field
    if not (d.nip or "").strip():
        pr.error("nip", ("NI PPPK" if pppk else "NIP") + " wajib diisi (18 digit).")
    else:
        try:
            info = parse_nip(d.nip, pppk=pppk if sk else None, today=today)
        except DomainError as exc:
            pr.error("nip", pesan_dari(exc))
        else:
            for w in nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=None):
                pr.warn("nip", w)
            for fld, kw in (
                ("tanggal_lahir", {"tanggal_lahir": d.tanggal_lahir, "jenis_kelamin": None, "tmt_cpns": None}),
                ("jenis_kelamin", {"tanggal_lahir": None, "jenis_kelamin": jk, "tmt_cpns": None}),
                ("tmt_cpns", {"tanggal_lahir": None, "jenis_kelamin": None, "tmt_cpns": d.tmt_cpns}),
            ):
                base = set(nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=None))
                for w in nip_warnings(info, **kw):
                    if w not in base:
                        pr.warn(fld, w)
    if d.nip_lama and len(d.nip_lama) != 9:
        pr.error("nip_lama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP lama harus 9 digit, ditemukan %n digit."), n=len(d.nip_lama)))
    if d.nik and len(d.nik) != 16:
        pr.error("nik", Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIK harus 16 digit, ditemukan %n digit."), n=len(d.nik)))
    if d.email and not _EMAIL.match(d.email):
        pr.error("email", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Alamat email tidak valid (contoh: nama@kupangkota.go.id).")))
    if d.no_hp and not _HP.match(d.no_hp):
        pr.error("no_hp", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nomor HP hanya boleh berisi angka, spasi, tanda hubung, atau + di depan.")))
    if d.agama and d.agama not in Agama._value2member_map_:
        pr.error("agama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Agama '{agama}' tidak dikenal."), agama=d.agama))

    if d.tanggal_lahir:
        if d.tanggal_lahir > today:
            pr.error("tanggal_lahir", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal lahir tidak boleh di masa depan.")))
        elif d.tanggal_lahir.year < 1930:
            pr.error("tanggal_lahir", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal lahir tidak masuk akal (sebelum 1930).")))
        else:
            age = (today - d.tanggal_lahir).days // 365
            if age < 17:
                pr.warn("tanggal_lahir", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Usia pegawai baru {usia} tahun; periksa tanggal lahir."), usia=age))
    if d.tmt_cpns and d.tmt_pns and d.tmt_pns < d.tmt_cpns:
        pr.error("tmt_pns", Msg.of(QT_TRANSLATE_NOOP("Pesan", "TMT PNS tidak boleh sebelum TMT CPNS.")))
    if d.tanggal_lahir and d.tmt_cpns and d.tmt_cpns <= d.tanggal_lahir:
        pr.error("tmt_cpns", Msg.of(QT_TRANSLATE_NOOP("Pesan", "TMT CPNS/PPPK harus setelah tanggal lahir.")))
    if sk is StatusKepegawaian.CPNS and d.tmt_pns:
        pr.warn("tmt_pns", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai berstatus CPNS tetapi TMT PNS sudah diisi; periksa status kepegawaian.")))

    if d.golongan:
        try:
            parse_golongan(d.golongan, pppk=pppk if sk else None)
        except DomainError as exc:
            pr.error("golongan", pesan_dari(exc))
    if d.tmt_golongan and d.tmt_cpns and d.tmt_golongan < d.tmt_cpns:
        pr.warn("tmt_golongan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "TMT golongan lebih awal dari TMT CPNS/PPPK.")))

    jj: JenisJabatan | None = None
    if d.jenis_jabatan:
        try:
            jj = JenisJabatan(d.jenis_jabatan)
        except ValueError:
            pr.error("jenis_jabatan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis jabatan '{jenis_jabatan}' tidak dikenal."), jenis_jabatan=d.jenis_jabatan))
    if d.jenjang:
        try:
            jf = JenjangFungsional(d.jenjang)
        except ValueError:
            pr.error("jenjang", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenjang '{jenjang}' tidak dikenal."), jenjang=d.jenjang))
        else:
            if jj is not None and not jj.is_fungsional:
                pr.error("jenjang", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenjang hanya diisi untuk jabatan fungsional.")))
            elif jj is JenisJabatan.FUNGSIONAL_KEAHLIAN and jf not in _KEAHLIAN:
                pr.error("jenjang", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jabatan fungsional keahlian berjenjang Ahli Pertama/Muda/Madya/Utama.")))
            elif jj is JenisJabatan.FUNGSIONAL_KETERAMPILAN and jf in _KEAHLIAN:
                pr.error("jenjang", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jabatan fungsional keterampilan berjenjang Pemula/Terampil/Mahir/Penyelia.")))
    if d.kelas_jabatan is not None and not 1 <= d.kelas_jabatan <= 17:
        pr.error("kelas_jabatan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kelas jabatan antara 1 dan 17.")))
    if d.tahun_lulus is not None and not 1940 <= d.tahun_lulus <= today.year + 1:
        pr.error("tahun_lulus", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun lulus harus antara 1940 dan {tahun}."), tahun=today.year + 1))

    try:
        st = StatusPegawai(d.status)
    except ValueError:
        pr.error("status", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Status '{status}' tidak dikenal."), status=d.status))
    else:
        if st is not StatusPegawai.AKTIF and not d.tanggal_status:
            pr.error("tanggal_status", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isi tanggal {status} (TMT perubahan status)."), status=st.label.lower()))
    if d.foto is not None:
        if len(d.foto) > MAX_FOTO_BYTES:
            pr.error("foto", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Foto terlalu besar ({ukuran} KB; paling besar {maks} KB)."), ukuran=len(d.foto) // 1024, maks=MAX_FOTO_BYTES // 1024))
        elif not (d.foto.startswith(b"\xff\xd8") or d.foto.startswith(b"\x89PNG")):
            pr.error("foto", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Foto harus berupa gambar JPEG atau PNG.")))
    if d.id is not None and d.atasan_id is not None and d.atasan_id == d.id:
        pr.error("atasan_id", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai tidak dapat menjadi atasan dirinya sendiri.")))
    return pr


def periksa_riwayat(kind: str, entries: Sequence[Any], *, today: date | None = None) -> Problems:
    """Problems of the history rows, named by tab and row number (1 = first shown)."""
    today = today or date.today()
    _model, _cls, label = RIWAYAT[kind]
    pr = Problems()
    fld = f"riwayat_{kind}"

    def err(i: int, msg: str | Msg) -> None:
        pr.error(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{label} baris {baris}: {masalah}"), label=Msg(label), baris=i, masalah=msg))

    for i, e in enumerate(entries, start=1):
        if kind == "golongan":
            if not (e.golongan or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "golongan wajib diisi.")))
            else:
                try:
                    parse_golongan(e.golongan)
                except DomainError as exc:
                    err(i, pesan_dari(exc))
        elif kind == "jabatan":
            if not (e.nama_jabatan or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "nama jabatan wajib diisi.")))
            if e.jenis_jabatan and not _is_jj(e.jenis_jabatan):
                err(i, Msg.of(QT_TRANSLATE_NOOP("Pesan", "jenis jabatan '{jenis}' tidak dikenal."), jenis=e.jenis_jabatan))
        elif kind == "pendidikan":
            if not (e.jenjang or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "jenjang pendidikan wajib diisi.")))
            if e.tahun_lulus is not None and not 1940 <= e.tahun_lulus <= today.year + 1:
                err(i, Msg.of(QT_TRANSLATE_NOOP("Pesan", "tahun lulus harus antara 1940 dan {akhir}."), akhir=today.year + 1))
        elif kind == "diklat":
            if not (e.nama or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "nama diklat/pengembangan kompetensi wajib diisi.")))
            if e.jp is not None and not 0 <= e.jp <= 2000:
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "JP harus antara 0 dan 2000 jam pelajaran.")))
            if e.tanggal_mulai and e.tanggal_selesai and e.tanggal_selesai < e.tanggal_mulai:
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "tanggal selesai sebelum tanggal mulai.")))
        elif kind == "penghargaan":
            if not (e.nama or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "nama penghargaan wajib diisi.")))
            if e.tahun is not None and not 1940 <= e.tahun <= today.year + 1:
                err(i, Msg.of(QT_TRANSLATE_NOOP("Pesan", "tahun harus antara 1940 dan {akhir}."), akhir=today.year + 1))
        elif kind == "hukdis":
            if not (e.jenis or "").strip():
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "jenis hukuman wajib diisi.")))
            if e.tingkat and e.tingkat not in HUKDIS_TINGKAT:
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "tingkat hukuman harus ringan, sedang, atau berat (PP 94/2021).")))
            if e.tmt and e.tanggal_selesai and e.tanggal_selesai < e.tmt:
                err(i, Msg(QT_TRANSLATE_NOOP("Pesan", "tanggal selesai sebelum TMT hukuman.")))
        for f in fields(e):
            v = getattr(e, f.name)
            if isinstance(v, str) and len(v) > 2000:
                err(i, Msg.of(QT_TRANSLATE_NOOP("Pesan", "isian {isian} terlalu panjang."), isian=f.name))
    return pr


# --------------------------------------------------------------------------- save


def _apply_riwayat(uow: UnitOfWork, p: Pegawai, kind: str, entries: Sequence[Any]) -> int:
    """Make the stored history of ``kind`` equal ``entries`` (by id); returns the number of changes."""
    model, cls, label = RIWAYAT[kind]
    s = uow.session
    stored = {o.id: o for o in s.scalars(select(model).where(model.pegawai_id == p.id))}
    keep: set[int] = set()
    n = 0
    for e in entries:
        values = {f.name: getattr(e, f.name) for f in fields(cls) if f.name != "id"}
        for k, v in values.items():
            if isinstance(v, str):
                values[k] = v.strip() or None
        if kind == "golongan" and values.get("golongan"):
            values["golongan"] = parse_golongan(values["golongan"]).kode
        if e.id is not None and e.id in stored:
            o = stored[e.id]
            keep.add(o.id)
            before = row_dict(o)
            for k, v in values.items():
                if getattr(o, k) != v:
                    setattr(o, k, v)
            if s.is_modified(o):
                uow.audit_change(o, before, f"{label} {p.nama} diubah")
                n += 1
        else:
            o = model(pegawai_id=p.id, **values)
            s.add(o)
            uow.audit_change(o, None, f"{label} {p.nama} ditambahkan")
            n += 1
    for rid, o in stored.items():
        if rid not in keep:
            uow.audit(model.__tablename__, rid, f"{label} {p.nama} dihapus", row_dict(o), None)
            s.delete(o)
            n += 1
    s.flush()
    return n


def _sync_current(uow: UnitOfWork, p: Pegawai, before: dict[str, Any], wanted: PegawaiData, unit_nama: str) -> None:
    """Apply the current-vs-history rule (module docstring) for golongan, jabatan, pendidikan."""
    s = uow.session
    for spec in SYNC_SPECS:
        model, cls, _title = RIWAYAT[spec.kind]
        label = spec.label
        pfields = [pf for _rf, pf in spec.fields] + [spec.order_pegawai]
        edited = any(before.get(pf) != _plain(getattr(wanted, pf)) for pf in pfields)
        main_rf, main_pf = spec.fields[0]
        if edited and getattr(wanted, main_pf):
            order_value = getattr(wanted, spec.order_pegawai)
            col = getattr(model, spec.order_riwayat)
            cond = col.is_(None) if order_value is None else col == order_value
            match = s.scalars(select(model).where(model.pegawai_id == p.id, cond).order_by(model.id.desc())).first()
            values = {rf: getattr(wanted, pf) for rf, pf in spec.fields}
            if match is not None:
                b = row_dict(match)
                for k, v in values.items():
                    if getattr(match, k) != v:
                        setattr(match, k, v)
                if s.is_modified(match):
                    uow.audit_change(match, b, f"{label.capitalize()} diperbarui dari profil {p.nama}")
            else:
                extra: dict[str, Any] = {spec.order_riwayat: order_value}
                if spec.kind == "jabatan":
                    extra["unit_nama"] = unit_nama or None
                if spec.kind != "pendidikan":
                    extra["keterangan"] = "Dicatat dari profil pegawai"
                o = model(pegawai_id=p.id, **values, **extra)
                s.add(o)
                uow.audit_change(o, None, f"Riwayat {label} {p.nama} ditambahkan dari profil")
            s.flush()
        entries = [_riwayat_from(o, cls) for o in s.scalars(select(model).where(model.pegawai_id == p.id))]
        current = current_from_history(spec, entries)
        if current is None:
            continue
        if edited and getattr(wanted, main_pf):
            mismatch = [pf for pf in pfields if current.get(pf) != getattr(wanted, pf)]
            if mismatch:
                newest = newest_entry(spec, entries)
                shown = getattr(newest, main_rf)
                when = getattr(newest, spec.order_riwayat)
                when_txt = when.strftime("%d-%m-%Y") if isinstance(when, date) else str(when or "-")
                msg = Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "{Label} saat ini yang diisi lebih lama dari riwayat {label} terbaru ({isi}, {tanggal}). Catat perubahan lama di tab Riwayat {Label}; data saat ini selalu mengikuti riwayat terbaru."),
                    Label=Msg(_LABEL_SYNC[label][0]), label=Msg(_LABEL_SYNC[label][1]), isi=shown, tanggal=when_txt,
                )
                raise ValidationError(msg, [FieldProblem(spec.order_pegawai, str(msg))])
        for pf, v in current.items():
            if getattr(p, pf) != v:
                setattr(p, pf, v)


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def save_profil(
    ctx: AppContext,
    data: PegawaiData,
    riwayat: dict[str, Sequence[Any]] | None = None,
    *,
    today: date | None = None,
) -> SaveResult:
    """Create (``data.id`` None) or update one employee with their history, in one transaction.

    Refuses (ValidationError, nothing written) on any field error; warnings
    come back in the result. A stale ``version_id`` → ConflictError.
    """
    ctx.require(Permission.MASTER_WRITE)  # before validation: no hints for who may not write
    d = normalise(data)
    pr = periksa_pegawai(d, today=today)
    for kind, entries in (riwayat or {}).items():
        pr.items.extend(periksa_riwayat(kind, entries, today=today).items)
    pr.raise_if_errors(_first_error_message(pr))
    baru = d.id is None
    notes: list[str] = []
    aksi = "pegawai.tambah" if baru else "pegawai.ubah"
    with ctx.write(aksi, Permission.MASTER_WRITE) as uow:
        s = uow.session
        if d.nip:
            q = select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang).where(Pegawai.nip == d.nip)
            if not baru:
                q = q.where(Pegawai.id != d.id)
            dup = s.execute(q).first()
            if dup:
                msg = Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "NIP {nip} sudah dipakai oleh {nama}."), nip=d.nip, nama=format_nama(dup[1], dup[2], dup[3]),
                )
                raise ValidationError(msg, [FieldProblem("nip", str(msg))])
        unit: UnitKerja | None = None
        if d.unit_id is not None:
            unit = s.get(UnitKerja, d.unit_id)
            if unit is None:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit kerja yang dipilih tidak ditemukan."),
                ), [FieldProblem("unit_id", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tidak ditemukan.")))])
        if baru:
            p = Pegawai(nama=d.nama)
            before: dict[str, Any] = {}
            s.add(p)
        else:
            p = s.get(Pegawai, d.id)
            if p is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan (mungkin dihapus di jendela lain)."),
                    pegawai_id=d.id,
                ))
            if d.version_id is not None and p.version_id != d.version_id:
                raise ConflictError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Data {nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Tutup profil ini, buka lagi, lalu ulangi perubahan Anda."),
                        nama=p.nama,
                    )
                )
            before = row_dict(p)
        if unit is not None and not unit.aktif and (baru or before.get("unit_id") != unit.id):
            msg = Msg.of(QT_TRANSLATE_NOOP("Pesan", "Unit {nama} sudah diarsipkan; pilih unit yang aktif."), nama=unit.nama)
            raise ValidationError(msg, [FieldProblem("unit_id", str(msg))])
        old_unit = before.get("unit_id")
        old_atasan = before.get("atasan_id")
        old_status = before.get("status", AKTIF)
        for name in _DATA_FIELDS:
            setattr(p, name, getattr(d, name))
        p.nip = d.nip or None
        s.flush()
        # atasan default rule
        if baru and d.atasan_id is None:
            p.atasan_id = default_atasan_in(s, p.id, p.unit_id)
        elif not baru and p.unit_id != old_unit and d.atasan_id == old_atasan:
            new = default_atasan_in(s, p.id, p.unit_id)
            if new != p.atasan_id:
                p.atasan_id = new
                notes.append(Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Atasan langsung disesuaikan dengan kepala unit yang baru."))))
        if (baru and p.atasan_id is not None) or p.atasan_id != old_atasan:
            check_atasan_changes(s, {p.id: p.atasan_id})
        if not baru and old_unit is not None and p.unit_id != old_unit:
            notes.extend(Teks(m) if isinstance(m, Msg) else m for m in _clear_head_roles(uow, p.id, keep_unit_id=p.unit_id))
        if p.status != AKTIF and old_status == AKTIF and not baru:
            notes.extend(Teks(m) if isinstance(m, Msg) else m for m in _clear_head_roles(uow, p.id))
        for kind, entries in (riwayat or {}).items():
            _apply_riwayat(uow, p, kind, entries)
        _sync_current(uow, p, before, d, unit.nama if unit else "")
        s.flush()
        uow.audit_change(p, before or None, f"Profil {p.nama} " + ("ditambahkan" if baru else "diubah"))
        pid = p.id
        profil = _profil(s, p)
    row = get_pegawai_rows(ctx, [pid])[0]
    return SaveResult(profil, row, pr.warnings, notes, baru)


def _first_error_message(pr: Problems) -> str:
    errs = pr.errors
    if not errs:
        return "Data belum valid."
    more = f" (dan {len(errs) - 1} masalah lain)" if len(errs) > 1 else ""
    return f"Data belum dapat disimpan: {errs[0].message}{more}"


# --------------------------------------------------------------------------- status (never delete)


def ubah_status(
    ctx: AppContext,
    pegawai_ids: Sequence[int],
    status: str | StatusPegawai,
    tanggal: date | None,
    keterangan: str | None = None,
    *,
    progress: Progress | None = None,
) -> list[int]:
    """Set pensiun / mutasi / meninggal / berhenti (with a date) or back to aktif.

    People are never deleted (their SKPs and appraisals stay). Someone who
    leaves stops heading their units; their subordinates then appear in the
    "tanpa atasan" list until a new supervisor is set.
    """
    progress = progress or Progress.none()
    try:
        st = StatusPegawai(status)
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Status '{status}' tidak dikenal."),
            status=status,
        )) from None
    if not pegawai_ids:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Belum ada pegawai yang dipilih.")))
    if st is not StatusPegawai.AKTIF and tanggal is None:
        msg = Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isi tanggal {status} (TMT perubahan status)."), status=st.label.lower())
        raise ValidationError(msg, [FieldProblem("tanggal_status", str(msg))])
    keterangan = (keterangan or "").strip() or None
    if keterangan and len(keterangan) > 2000:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Keterangan terlalu panjang (paling banyak 2000 karakter)."),
        ))
    changed: list[int] = []
    with ctx.write("pegawai.status", Permission.MASTER_WRITE) as uow:
        people = _load_pegawai(uow.session, pegawai_ids)
        total = len(people)
        for k, p in enumerate(people, start=1):
            progress.step(k, total, f"Mengubah status ({k} dari {total})")
            before = row_dict(p)
            new = (st.value, tanggal if st is not StatusPegawai.AKTIF else None,
                   keterangan if st is not StatusPegawai.AKTIF else None)
            if (p.status, p.tanggal_status, p.keterangan_status) == new:
                continue
            p.status, p.tanggal_status, p.keterangan_status = new
            uow.audit_change(p, before, f"Status {p.nama}: {st.label}")
            changed.append(p.id)
            if st is not StatusPegawai.AKTIF and before["status"] == AKTIF and _clear_head_roles(uow, p.id):
                uow.also_changed(Change.ORGANISASI)  # the unit lost its head
    return changed


def count_bawahan(ctx: AppContext, pegawai_ids: Sequence[int]) -> int:
    """Active people whose supervisor is one of ``pegawai_ids`` (warned about before a status change)."""
    with ctx.read(Permission.MASTER_READ) as s:
        ids = list(pegawai_ids)
        n = 0
        for chunk in in_chunks(ids):
            n += s.scalar(select(func.count()).select_from(Pegawai).where(
                Pegawai.atasan_id.in_(chunk), Pegawai.status == AKTIF,
                Pegawai.id.not_in(chunk))) or 0
        return n


def pangkat_text(golongan: str | None) -> str:
    """"Penata Muda, III/a" for a tooltip; raw code when unknown."""
    if not golongan:
        return ""
    try:
        return golongan_by_kode(golongan).label
    except DomainError:
        return golongan
