"""Service register and complaint register: standards, holidays, front-desk entry, figures.

Who may do what (kinerja-asn.md §9, ``domain/roles.py``):
- entering and importing requests and complaints, editing the service standards and the holiday list:
  Operator (front desk) and Admin (``Permission.LAYANAN_ENTRI``);
- figures (count, % on time, median and 90th-percentile time, response time): Admin and the leaders of
  the unit they describe (``Permission.LAYANAN_HASIL``, rule in ``services/scope.py``).
Durations are working hours as ``domain/layanan.py`` defines them. Every write is one transaction with
audit rows; a failed one leaves the database as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    HariLibur, LayananPermohonan, LayananStandar, Pegawai, Pengaduan, RekapLayanan, RekapSkm, SkmSurvei, UnitKerja,
)
from asn_desktop.domain import layanan as dl
from asn_desktop.domain.layanan import StatistikLayanan, StatistikPengaduan
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, Problems, ValidationError

__all__ = [
    "StatistikLayanan", "StatistikPengaduan", "statistik_layanan", "statistik_pengaduan",
    "hitung_statistik_layanan", "hitung_statistik_pengaduan",
]

ENTRY_PERMISSION = Permission.LAYANAN_ENTRI


# --------------------------------------------------------------------------- records


def pesan_janji(waktu: int, satuan: str) -> Msg | str:
    """A standard's promise ("4 jam kerja") for the screen: a plural message in the installed language."""
    if satuan == dl.SATUAN_HARI:
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n hari kerja"), n=waktu)
    if satuan == dl.SATUAN_JAM:
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "%n jam kerja"), n=waktu)
    return dl.teks_janji(waktu, satuan)


@dataclass(frozen=True)
class StandarInfo:
    id: int
    nama: str
    waktu: int
    satuan: str
    aktif: bool
    catatan: str
    dipakai: int  # requests recorded against it
    version_id: int

    @property
    def janji(self) -> str:
        return dl.teks_janji(self.waktu, self.satuan)

    @property
    def janji_pesan(self) -> Msg | str:
        return pesan_janji(self.waktu, self.satuan)


@dataclass(frozen=True)
class LiburInfo:
    id: int
    tanggal: date
    keterangan: str


@dataclass(frozen=True)
class Petugas:
    """An officer who can be picked at the front desk."""

    id: int
    nama: str
    nip: str
    unit_id: int | None
    unit_nama: str


@dataclass
class PermohonanInput:
    """One request as typed or imported; ``id`` None = new."""

    standar_id: int
    pegawai_id: int
    diterima: datetime
    selesai: datetime | None = None
    nomor: str | None = None
    pemohon: str | None = None
    catatan: str | None = None
    id: int | None = None
    version_id: int | None = None


@dataclass(frozen=True)
class PermohonanInfo:
    id: int
    standar_id: int
    jenis: str
    pegawai_id: int
    petugas: str
    unit_id: int | None
    unit_nama: str
    diterima: datetime
    selesai: datetime | None
    janji_waktu: int
    janji_satuan: str
    nomor: str
    pemohon: str
    catatan: str
    durasi_jam: float | None
    batas: datetime
    tepat_waktu: bool | None  # None = not finished
    version_id: int

    @property
    def janji(self) -> str:
        return dl.teks_janji(self.janji_waktu, self.janji_satuan)

    @property
    def janji_pesan(self) -> Msg | str:
        return pesan_janji(self.janji_waktu, self.janji_satuan)


@dataclass
class PengaduanInput:
    saluran: str
    diterima: datetime
    direspon: datetime | None = None
    diselesaikan: datetime | None = None
    pegawai_id: int | None = None
    nomor: str | None = None
    pelapor: str | None = None
    perihal: str | None = None
    id: int | None = None
    version_id: int | None = None


@dataclass(frozen=True)
class PengaduanInfo:
    id: int
    saluran: str
    saluran_label: str
    diterima: datetime
    direspon: datetime | None
    diselesaikan: datetime | None
    pegawai_id: int | None
    petugas: str
    unit_id: int | None
    unit_nama: str
    nomor: str
    pelapor: str
    perihal: str
    respon_jam: float | None
    selesai_jam: float | None
    version_id: int


@dataclass(frozen=True)
class SimpanHasil:
    baru: int
    diubah: int
    dihapus: int


# --------------------------------------------------------------------------- helpers


def _awal(d: date) -> datetime:
    return datetime.combine(d, time.min)


def _akhir(d: date) -> datetime:
    return datetime.combine(d + timedelta(days=1), time.min)


def libur_set(s: Session) -> set[date]:
    return set(s.scalars(select(HariLibur.tanggal)))


def _turunan(s: Session, unit_id: int) -> set[int]:
    """The unit and every unit below it."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for uid, parent in s.execute(select(UnitKerja.id, UnitKerja.parent_id)):
        children[parent].append(uid)
    out: set[int] = set()
    todo = [unit_id]
    while todo:
        u = todo.pop()
        if u not in out:
            out.add(u)
            todo.extend(children.get(u, ()))
    return out


def _unit_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(UnitKerja.id, UnitKerja.nama)).all())


def _require_hasil(ctx: AppContext, s: Session, *, unit_id: int | None, pegawai_id: int | None) -> None:
    pohon = scope.unit_tree(s)
    unit_peg = atasan = None
    if pegawai_id is not None:
        p = s.get(Pegawai, pegawai_id)
        if p is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai tidak ditemukan.")))
        unit_peg, atasan = p.unit_id, p.atasan_id
    if not scope.boleh_lihat_hasil_layanan(ctx.actor, pohon, unit_id=unit_id, pegawai_id=pegawai_id,
                                           unit_pegawai=unit_peg, atasan_pegawai=atasan):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Angka register layanan dan pengaduan hanya dapat dilihat oleh pimpinan unit yang bersangkutan (kepala unit atau atasannya), pegawai yang bersangkutan untuk angkanya sendiri, dan admin."),
            )
        )


def _filter(stmt: Select[Any], model: Any, s: Session, mulai: date, selesai: date, pegawai_id: int | None,
            unit_id: int | None) -> Select[Any]:
    stmt = stmt.where(model.diterima >= _awal(mulai), model.diterima < _akhir(selesai))
    if pegawai_id is not None:
        stmt = stmt.where(model.pegawai_id == pegawai_id)
    if unit_id is not None:
        stmt = stmt.where(model.unit_kerja_id.in_(sorted(_turunan(s, unit_id))))
    return stmt


# --------------------------------------------------------------------------- public statistics


def hitung_statistik_layanan(s: Session, *, mulai: date, selesai: date, pegawai_id: int | None = None,
                             unit_id: int | None = None, jenis_id: int | None = None,
                             sekarang: datetime | None = None) -> StatistikLayanan:
    """The service register figures inside an open session, without an access check: for services that
    have already checked who may see them (an evaluation filling an indicator's realisasi)."""
    stmt = _filter(select(LayananPermohonan.diterima, LayananPermohonan.selesai, LayananPermohonan.janji_waktu,
                          LayananPermohonan.janji_satuan), LayananPermohonan, s, mulai, selesai, pegawai_id, unit_id)
    if jenis_id is not None:
        stmt = stmt.where(LayananPermohonan.standar_id == jenis_id)
    rows = [dl.Permohonan(d, f, dl.janji_jam(w, sat)) for d, f, w, sat in s.execute(stmt)]
    return dl.hitung_statistik_layanan(rows, libur_set(s), sekarang or datetime.now())


def hitung_statistik_pengaduan(s: Session, *, mulai: date, selesai: date, pegawai_id: int | None = None,
                               unit_id: int | None = None) -> StatistikPengaduan:
    """The complaint register figures inside an open session, without an access check (see above)."""
    stmt = _filter(select(Pengaduan.diterima, Pengaduan.direspon, Pengaduan.diselesaikan), Pengaduan, s, mulai,
                   selesai, pegawai_id, unit_id)
    rows = [dl.Aduan(d, r, f) for d, r, f in s.execute(stmt)]
    return dl.hitung_statistik_pengaduan(rows, libur_set(s))


def statistik_layanan(ctx: AppContext, *, mulai: date, selesai: date, pegawai_id: int | None = None,
                      unit_id: int | None = None, jenis_id: int | None = None) -> StatistikLayanan:
    """Requests received from ``mulai`` to ``selesai`` (inclusive) by one officer, one unit and the units
    below it, or the whole kecamatan (both None); optionally of one service standard. Durations in
    working hours; unfinished requests past their deadline now count as late."""
    with ctx.read() as s:
        _require_hasil(ctx, s, unit_id=unit_id, pegawai_id=pegawai_id)
        return hitung_statistik_layanan(s, mulai=mulai, selesai=selesai, pegawai_id=pegawai_id, unit_id=unit_id,
                                        jenis_id=jenis_id)


def statistik_pengaduan(ctx: AppContext, *, mulai: date, selesai: date, pegawai_id: int | None = None,
                        unit_id: int | None = None) -> StatistikPengaduan:
    """Complaints received from ``mulai`` to ``selesai`` (inclusive): response and resolution times in
    working hours, per officer, unit (with the units below) or the whole kecamatan."""
    with ctx.read() as s:
        _require_hasil(ctx, s, unit_id=unit_id, pegawai_id=pegawai_id)
        return hitung_statistik_pengaduan(s, mulai=mulai, selesai=selesai, pegawai_id=pegawai_id, unit_id=unit_id)


# --------------------------------------------------------------------------- standards and holidays


def daftar_standar(ctx: AppContext, *, termasuk_nonaktif: bool = True) -> list[StandarInfo]:
    with ctx.read() as s:
        used: dict[int, int] = defaultdict(int)
        for sid, in s.execute(select(LayananPermohonan.standar_id)):
            used[sid] += 1
        stmt = select(LayananStandar).order_by(LayananStandar.nama)
        if not termasuk_nonaktif:
            stmt = stmt.where(LayananStandar.aktif.is_(True))
        return [StandarInfo(x.id, x.nama, x.waktu, x.satuan, x.aktif, x.catatan or "", used[x.id], x.version_id)
                for x in s.scalars(stmt)]


def simpan_standar(ctx: AppContext, nama: str, waktu: int, satuan: str, *, aktif: bool = True,
                   catatan: str | None = None, standar_id: int | None = None,
                   version_id: int | None = None) -> StandarInfo:
    """Add or change a service standard. Requests already recorded keep the promise they were given."""
    p = Problems()
    nama = " ".join((nama or "").split())
    if not nama:
        p.error("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis layanan wajib diisi (mis. \"Surat keterangan domisili\").")))
    elif len(nama) > 200:
        p.error("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis layanan paling panjang 200 karakter.")))
    if satuan not in dl.SATUAN:
        p.error("satuan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Satuan waktu harus hari kerja atau jam kerja.")))
    if isinstance(waktu, bool) or not isinstance(waktu, int) or not 1 <= waktu <= 365:
        p.error("waktu", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Waktu janji layanan harus bilangan bulat 1–365.")))
    p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Standar pelayanan belum disimpan.")))
    with ctx.write("layanan.simpan_standar", ENTRY_PERMISSION) as uow:
        s = uow.session
        dup = s.scalar(select(LayananStandar.id).where(LayananStandar.nama == nama))
        if dup is not None and dup != standar_id:
            p.error("nama", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis layanan \"{nama}\" sudah ada."), nama=nama))
            p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Standar pelayanan belum disimpan.")))
        if standar_id is None:
            x = LayananStandar(nama=nama, waktu=waktu, satuan=satuan, aktif=aktif, catatan=catatan or None)
            s.add(x)
            before = None
        else:
            x = s.get(LayananStandar, standar_id)
            if x is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Standar pelayanan tidak ditemukan (mungkin sudah dihapus)."),
                ))
            uow.expect_version(x, version_id, f"Standar pelayanan {x.nama}")
            before = row_dict(x)
            x.nama, x.waktu, x.satuan, x.aktif, x.catatan = nama, waktu, satuan, aktif, catatan or None
        uow.audit_change(x, before, f"Standar pelayanan {nama}: {dl.teks_janji(waktu, satuan)}")
        used = len(s.scalars(select(LayananPermohonan.id).where(LayananPermohonan.standar_id == x.id)).all())
        return StandarInfo(x.id, x.nama, x.waktu, x.satuan, x.aktif, x.catatan or "", used, x.version_id)


def hapus_standar(ctx: AppContext, standar_id: int) -> bool:
    """Remove a standard nobody used; one in use is set inactive instead (its history stays). True = removed."""
    with ctx.write("layanan.hapus_standar", ENTRY_PERMISSION) as uow:
        s = uow.session
        x = s.get(LayananStandar, standar_id)
        if x is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Standar pelayanan tidak ditemukan (mungkin sudah dihapus)."),
            ))
        used = s.scalar(select(LayananPermohonan.id).where(LayananPermohonan.standar_id == x.id).limit(1))
        if used is not None:
            before = row_dict(x)
            x.aktif = False
            uow.audit_change(x, before, f"Standar pelayanan {x.nama} dinonaktifkan (sudah dipakai)")
            return False
        uow.audit("layanan_standar", x.id, f"Standar pelayanan {x.nama} dihapus", row_dict(x), None)
        s.delete(x)
        return True


def daftar_libur(ctx: AppContext, tahun: int | None = None) -> list[LiburInfo]:
    with ctx.read() as s:
        stmt = select(HariLibur).order_by(HariLibur.tanggal)
        if tahun is not None:
            stmt = stmt.where(HariLibur.tanggal >= date(tahun, 1, 1), HariLibur.tanggal <= date(tahun, 12, 31))
        return [LiburInfo(x.id, x.tanggal, x.keterangan) for x in s.scalars(stmt)]


def simpan_libur(ctx: AppContext, tanggal: date, keterangan: str) -> LiburInfo:
    """Add a holiday, or rename the one on that date."""
    keterangan = " ".join((keterangan or "").split())[:200]
    with ctx.write("layanan.simpan_libur", ENTRY_PERMISSION) as uow:
        s = uow.session
        x = s.scalar(select(HariLibur).where(HariLibur.tanggal == tanggal))
        before = None
        if x is None:
            x = HariLibur(tanggal=tanggal, keterangan=keterangan)
            s.add(x)
        else:
            before = row_dict(x)
            x.keterangan = keterangan
        uow.audit_change(x, before, f"Hari libur {tanggal.isoformat()}: {keterangan}")
        return LiburInfo(x.id, x.tanggal, x.keterangan)


def hapus_libur(ctx: AppContext, libur_id: int) -> None:
    with ctx.write("layanan.hapus_libur", ENTRY_PERMISSION) as uow:
        x = uow.session.get(HariLibur, libur_id)
        if x is None:
            return
        uow.audit("hari_libur", x.id, f"Hari libur {x.tanggal.isoformat()} dihapus", row_dict(x), None)
        uow.session.delete(x)


# --------------------------------------------------------------------------- officers


def daftar_petugas(ctx: AppContext) -> list[Petugas]:
    """Active employees, for the officer pick list at the front desk."""
    from asn_desktop.domain.nip import format_nip

    with ctx.read(ENTRY_PERMISSION) as s:
        names = _unit_names(s)
        rows = s.execute(select(Pegawai.id, Pegawai.nama, Pegawai.nip, Pegawai.unit_id)
                         .where(Pegawai.status == "aktif").order_by(Pegawai.nama))
        return [Petugas(i, n, format_nip(nip) if nip else "", u, names.get(u, "") if u else "")
                for i, n, nip, u in rows]


# --------------------------------------------------------------------------- service register


def _permohonan_info(r: LayananPermohonan, jenis: str, petugas: str, unit_nama: str, libur: set[date]
                     ) -> PermohonanInfo:
    jam = dl.janji_jam(r.janji_waktu, r.janji_satuan)
    dur = dl.jam_kerja(r.diterima, r.selesai, libur) if r.selesai is not None else None
    return PermohonanInfo(
        r.id, r.standar_id, jenis, r.pegawai_id, petugas, r.unit_kerja_id, unit_nama, r.diterima, r.selesai,
        r.janji_waktu, r.janji_satuan, r.nomor or "", r.pemohon or "", r.catatan or "", dur,
        dl.batas_waktu(r.diterima, jam, libur), None if dur is None else dur <= jam + 1e-9, r.version_id,
    )


def daftar_permohonan(ctx: AppContext, *, mulai: date | None = None, selesai: date | None = None,
                      cari: str = "", batas: int = 20000) -> list[PermohonanInfo]:
    """Requests received in the period (newest first) whose number, applicant, service or officer contain
    ``cari``; the front desk (entry) sees all, a leader the units he heads."""
    with ctx.read() as s:
        visible = _visible_units(ctx, s)
        stmt = (select(LayananPermohonan, LayananStandar.nama, Pegawai.nama)
                .join(LayananStandar, LayananStandar.id == LayananPermohonan.standar_id)
                .join(Pegawai, Pegawai.id == LayananPermohonan.pegawai_id)
                .order_by(LayananPermohonan.diterima.desc(), LayananPermohonan.id.desc()))
        if mulai is not None:
            stmt = stmt.where(LayananPermohonan.diterima >= _awal(mulai))
        if selesai is not None:
            stmt = stmt.where(LayananPermohonan.diterima < _akhir(selesai))
        libur, names = libur_set(s), _unit_names(s)
        needle = cari.strip().lower()
        out: list[PermohonanInfo] = []
        for r, jenis, petugas in s.execute(stmt):
            if visible is not None and r.unit_kerja_id not in visible:
                continue
            if needle and not any(needle in (x or "").lower() for x in (r.nomor, r.pemohon, jenis, petugas)):
                continue
            out.append(_permohonan_info(r, jenis, petugas, names.get(r.unit_kerja_id or 0, ""), libur))
            if len(out) >= batas:
                break
        return out


def _visible_units(ctx: AppContext, s: Session) -> set[int] | None:
    """None = all rows (front desk, admin); else the units the actor leads (results only)."""
    if ctx.actor.can(ENTRY_PERMISSION) or ctx.actor.can(Permission.SCOPE_ALL):
        return None
    return scope.unit_dipimpin(ctx.actor, scope.unit_tree(s)) or set()


def periksa_permohonan(row: PermohonanInput, label: str) -> list[tuple[str, str]]:
    """Problems of one request as (field, message); the entry form shows them as you type."""
    out: list[tuple[str, str]] = []
    msg = dl.periksa_urutan([("Diterima", row.diterima), ("Selesai", row.selesai)])
    if msg:
        out.append(("selesai", f"{label}: {msg}"))
    for fld, limit in (("nomor", 50), ("pemohon", 200), ("catatan", 4000)):
        v = getattr(row, fld)
        if v is not None and len(v) > limit:
            out.append((fld, f"{label}: {fld} paling panjang {limit} karakter."))
    return out


@dataclass(frozen=True)
class _Register:
    """What differs between saving the request register and the complaint register; the rest
    (checks first, deletions, new or version-checked rows, audit, counts) is ``_simpan_register``."""

    aksi: str
    model: type[Any]
    tabel: str
    nama: str  # how the audit log names a record (audit records stay Indonesian)
    periksa: Callable[[Any, str], list[tuple[str, str]]]
    belum_disimpan: str  # the refusal when a row has problems
    sudah_dihapus: str  # "Baris {baris}: …" when an edited row was deleted elsewhere
    muat: Callable[[Session], Any]  # lookups read once per save
    siapkan: Callable[[Any, Any, int], Any]  # one row against the lookups (raises NotFound); what isi needs
    isi: Callable[[Any, Any, Any, bool], tuple[str, str]]  # fill a record; audit texts (recorded, changed)


def _simpan_register(ctx: AppContext, reg: _Register, rows: Sequence[Any], hapus_ids: Sequence[int],
                     sumber: str) -> SimpanHasil:
    """Save new and changed rows and remove deleted ones of one register, all or nothing."""
    p = Problems()
    for i, row in enumerate(rows, 1):
        for fld, msg in reg.periksa(row, f"Baris {i}"):
            p.error(fld, msg)
    p.raise_if_errors(Msg(reg.belum_disimpan))
    with ctx.write(reg.aksi, ENTRY_PERMISSION) as uow:
        s = uow.session
        data = reg.muat(s)
        baru = diubah = dihapus = 0
        for rid in hapus_ids:
            r = s.get(reg.model, rid)
            if r is None:
                continue
            uow.audit(reg.tabel, rid, f"{reg.nama} {r.nomor or rid} dihapus", row_dict(r), None)
            s.delete(r)
            dihapus += 1
        for i, row in enumerate(rows, 1):
            siap = reg.siapkan(data, row, i)
            before: dict[str, Any] | None = None
            if row.id is None:
                r = reg.model(sumber=sumber)
                s.add(r)
            else:
                r = s.get(reg.model, row.id)
                if r is None:
                    raise NotFound(Msg.of(reg.sudah_dihapus, baris=i))
                uow.expect_version(r, row.version_id, f"{reg.nama} {r.nomor or r.id}")
                before = row_dict(r)
            dicatat, diubah_teks = reg.isi(r, row, siap, before is None)
            r.nomor = (row.nomor or "").strip() or None
            s.flush()
            if before is None:
                baru += 1
                uow.audit_change(r, None, dicatat)
            elif row_dict(r) != before:
                diubah += 1
                uow.audit_change(r, before, diubah_teks)
        return SimpanHasil(baru, diubah, dihapus)


def _muat_permohonan(s: Session) -> tuple[dict[int, LayananStandar], dict[int, int | None]]:
    standar = {x.id: x for x in s.scalars(select(LayananStandar))}
    return standar, dict(s.execute(select(Pegawai.id, Pegawai.unit_id)).all())  # type: ignore[arg-type]


def _siapkan_permohonan(data: tuple[dict[int, LayananStandar], dict[int, int | None]], row: PermohonanInput,
                        i: int) -> tuple[LayananStandar, int | None]:
    standar, pegawai_unit = data
    st = standar.get(row.standar_id)
    if st is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Baris {baris}: jenis layanan tidak ditemukan (mungkin sudah dihapus)."),
            baris=i,
        ))
    if row.pegawai_id not in pegawai_unit:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Baris {baris}: petugas tidak ditemukan."), baris=i))
    return st, pegawai_unit[row.pegawai_id]


def _isi_permohonan(r: LayananPermohonan, row: PermohonanInput, siap: tuple[LayananStandar, int | None],
                    baru: bool) -> tuple[str, str]:
    """A new request copies the standard's promise; a corrected service type takes that type's."""
    st, unit_id = siap
    if baru or r.standar_id != st.id:
        r.janji_waktu, r.janji_satuan = st.waktu, st.satuan
    if baru or r.pegawai_id != row.pegawai_id:
        r.unit_kerja_id = unit_id
    r.standar_id, r.pegawai_id = st.id, row.pegawai_id
    r.diterima, r.selesai = row.diterima, row.selesai
    r.pemohon = (row.pemohon or "").strip() or None
    r.catatan = (row.catatan or "").strip() or None
    return f"Permohonan layanan dicatat: {st.nama}", f"Permohonan layanan diubah: {st.nama}"


_PERMOHONAN = _Register(
    "layanan.simpan_permohonan", LayananPermohonan, "layanan_permohonan", "Permohonan layanan",
    periksa_permohonan,
    QT_TRANSLATE_NOOP("Pesan", "Register layanan belum disimpan; perbaiki isian yang ditandai."),
    QT_TRANSLATE_NOOP("Pesan", "Baris {baris}: permohonan sudah dihapus di komputer lain; muat ulang daftar."),
    _muat_permohonan, _siapkan_permohonan, _isi_permohonan,
)


def simpan_permohonan(ctx: AppContext, rows: Sequence[PermohonanInput], *, hapus_ids: Sequence[int] = (),
                      sumber: str = "entri") -> SimpanHasil:
    """Save new and changed requests and remove deleted ones, all or nothing. A new request copies the
    standard's promise and the officer's unit."""
    return _simpan_register(ctx, _PERMOHONAN, rows, hapus_ids, sumber)


# --------------------------------------------------------------------------- complaint register


def _pengaduan_info(r: Pengaduan, petugas: str, unit_nama: str, libur: set[date]) -> PengaduanInfo:
    try:
        label = dl.Saluran(r.saluran).label
    except ValueError:
        label = r.saluran
    return PengaduanInfo(
        r.id, r.saluran, label, r.diterima, r.direspon, r.diselesaikan, r.pegawai_id, petugas, r.unit_kerja_id,
        unit_nama, r.nomor or "", r.pelapor or "", r.perihal or "",
        None if r.direspon is None else dl.jam_kerja(r.diterima, r.direspon, libur),
        None if r.diselesaikan is None else dl.jam_kerja(r.diterima, r.diselesaikan, libur), r.version_id,
    )


def daftar_pengaduan(ctx: AppContext, *, mulai: date | None = None, selesai: date | None = None,
                     cari: str = "", batas: int = 20000) -> list[PengaduanInfo]:
    """Complaints received in the period (newest first) matching ``cari``."""
    with ctx.read() as s:
        visible = _visible_units(ctx, s)
        stmt = (select(Pengaduan, Pegawai.nama).outerjoin(Pegawai, Pegawai.id == Pengaduan.pegawai_id)
                .order_by(Pengaduan.diterima.desc(), Pengaduan.id.desc()))
        if mulai is not None:
            stmt = stmt.where(Pengaduan.diterima >= _awal(mulai))
        if selesai is not None:
            stmt = stmt.where(Pengaduan.diterima < _akhir(selesai))
        libur, names = libur_set(s), _unit_names(s)
        needle = cari.strip().lower()
        out: list[PengaduanInfo] = []
        for r, petugas in s.execute(stmt):
            if visible is not None and r.unit_kerja_id not in visible:
                continue
            info = _pengaduan_info(r, petugas or "", names.get(r.unit_kerja_id or 0, ""), libur)
            if needle and not any(needle in x.lower() for x in (info.nomor, info.pelapor, info.perihal,
                                                               info.petugas, info.saluran_label)):
                continue
            out.append(info)
            if len(out) >= batas:
                break
        return out


def periksa_pengaduan(row: PengaduanInput, label: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    try:
        dl.Saluran(row.saluran)
    except ValueError:
        out.append(("saluran", f"{label}: saluran \"{row.saluran}\" tidak dikenal."))
    msg = dl.periksa_urutan([("Diterima", row.diterima), ("Respon pertama", row.direspon),
                             ("Selesai", row.diselesaikan)])
    if msg:
        out.append(("direspon" if "Respon" in msg.split(" tidak")[0] else "diselesaikan", f"{label}: {msg}"))
    if row.diselesaikan is not None and row.direspon is None:
        out.append(("direspon", f"{label}: pengaduan yang selesai harus punya waktu respon pertama."))
    for fld, limit in (("nomor", 50), ("pelapor", 200), ("perihal", 4000)):
        v = getattr(row, fld)
        if v is not None and len(v) > limit:
            out.append((fld, f"{label}: {fld} paling panjang {limit} karakter."))
    return out


def _muat_pengaduan(s: Session) -> dict[int, int | None]:
    return dict(s.execute(select(Pegawai.id, Pegawai.unit_id)).all())  # type: ignore[arg-type]


def _siapkan_pengaduan(pegawai_unit: dict[int, int | None], row: PengaduanInput, i: int) -> int | None:
    if row.pegawai_id is None:
        return None
    if row.pegawai_id not in pegawai_unit:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Baris {baris}: petugas tidak ditemukan."), baris=i))
    return pegawai_unit[row.pegawai_id]


def _isi_pengaduan(r: Pengaduan, row: PengaduanInput, unit_id: int | None, baru: bool) -> tuple[str, str]:
    if baru or r.pegawai_id != row.pegawai_id:
        r.unit_kerja_id = unit_id
    r.pegawai_id = row.pegawai_id
    r.saluran = row.saluran
    r.diterima, r.direspon, r.diselesaikan = row.diterima, row.direspon, row.diselesaikan
    r.pelapor = (row.pelapor or "").strip() or None
    r.perihal = (row.perihal or "").strip() or None
    return f"Pengaduan dicatat ({dl.Saluran(r.saluran).label})", "Pengaduan diubah"


_PENGADUAN = _Register(
    "layanan.simpan_pengaduan", Pengaduan, "pengaduan", "Pengaduan",
    periksa_pengaduan,
    QT_TRANSLATE_NOOP("Pesan", "Register pengaduan belum disimpan; perbaiki isian yang ditandai."),
    QT_TRANSLATE_NOOP("Pesan", "Baris {baris}: pengaduan sudah dihapus di komputer lain; muat ulang daftar."),
    _muat_pengaduan, _siapkan_pengaduan, _isi_pengaduan,
)


def simpan_pengaduan(ctx: AppContext, rows: Sequence[PengaduanInput], *, hapus_ids: Sequence[int] = (),
                     sumber: str = "entri") -> SimpanHasil:
    """Save new and changed complaints and remove deleted ones, all or nothing; the unit is the officer's."""
    return _simpan_register(ctx, _PENGADUAN, rows, hapus_ids, sumber)


# --------------------------------------------------------------------------- dashboard


@dataclass(frozen=True)
class BarisDasbor:
    """One unit in one month: the register figures and that month's SKM IKM (if a survey covers it)."""

    unit_id: int | None  # None = the whole kecamatan
    unit_nama: str
    bulan: date  # first day of the month
    layanan: StatistikLayanan
    pengaduan: StatistikPengaduan
    ikm_konversi: float | None  # IKM × 25 of the surveys of that unit covering the month (mean)
    ikm_mutu: str


def _bulan(mulai: date, selesai: date) -> list[tuple[date, date]]:
    out = []
    d = date(mulai.year, mulai.month, 1)
    while d <= selesai:
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        out.append((max(d, mulai), min(nxt - timedelta(days=1), selesai)))
        d = nxt
    return out


def dasbor_layanan(ctx: AppContext, *, mulai: date, selesai: date) -> list[BarisDasbor]:
    """Per unit (that has records) and month, plus the kecamatan total per month, for the units the actor
    leads (admin: all). Units are those recorded with each request (the officer's unit then)."""
    from asn_desktop.domain import skm as dskm
    from asn_desktop.services import skm as sskm

    if selesai < mulai:
        # a ServiceError, so the dashboard shows it as a message instead of the crash dialog
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal akhir tidak boleh sebelum tanggal awal.")))
    with ctx.read() as s:
        pohon = scope.unit_tree(s)
        visible = scope.unit_dipimpin(ctx.actor, pohon)
        lihat_kecamatan = scope.boleh_lihat_hasil_layanan(ctx.actor, pohon, unit_id=None)
        if visible is not None and not visible and not lihat_kecamatan:
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Dasbor layanan hanya untuk pimpinan unit dan admin."),
            ))
        libur = libur_set(s)
        names = _unit_names(s)
        now = datetime.now()
        lay = s.execute(select(LayananPermohonan.unit_kerja_id, LayananPermohonan.diterima, LayananPermohonan.selesai,
                               LayananPermohonan.janji_waktu, LayananPermohonan.janji_satuan)
                        .where(LayananPermohonan.diterima >= _awal(mulai),
                               LayananPermohonan.diterima < _akhir(selesai))).all()
        adu = s.execute(select(Pengaduan.unit_kerja_id, Pengaduan.diterima, Pengaduan.direspon, Pengaduan.diselesaikan)
                        .where(Pengaduan.diterima >= _awal(mulai), Pengaduan.diterima < _akhir(selesai))).all()
        units = sorted({u for u, *_ in lay} | {u for u, *_ in adu},
                       key=lambda u: (u is None, names.get(u or 0, "")))
        if visible is not None:
            units = [u for u in units if u in visible]
        survei_ids = [(i, u, a, b) for i, u, a, b in s.execute(
            select(SkmSurvei.id, SkmSurvei.unit_kerja_id, SkmSurvei.tanggal_mulai, SkmSurvei.tanggal_selesai)
            .where(SkmSurvei.tanggal_mulai <= selesai, SkmSurvei.tanggal_selesai >= mulai))]
    ikm: dict[int, tuple[float | None, str]] = {}
    for sid, _u, _a, _b in survei_ids:
        try:
            h = sskm.hasil_survei(ctx, sid)
        except PermissionDenied:
            continue
        ikm[sid] = (float(h.hasil.konversi) if h.hasil.konversi is not None else None,
                    h.hasil.mutu.huruf if h.hasil.mutu else "-")

    def ikm_for(unit: int | None, a: date, b: date) -> tuple[float | None, str]:
        vals = [ikm[i][0] for i, u, sa, sb in survei_ids if i in ikm and u == unit and sa <= b and sb >= a
                and ikm[i][0] is not None]
        if not vals:
            return None, ""
        v = sum(vals) / len(vals)  # type: ignore[arg-type]  # several service types: their mean
        return v, dskm.mutu_untuk(v / dskm.FAKTOR_KONVERSI).huruf

    out: list[BarisDasbor] = []
    for a, b in _bulan(mulai, selesai):
        lo, hi = _awal(a), _akhir(b)
        groups: list[tuple[int | None, str, Iterable[int | None] | None]] = [
            (u, names.get(u, "(tanpa unit)") if u is not None else "(tanpa unit)", [u]) for u in units]
        if lihat_kecamatan:
            groups.append((None, "Kecamatan (semua unit)", None))
        for unit, nama, members in groups:
            keep = (lambda u, m=members: m is None or u in m)
            ls = dl.hitung_statistik_layanan(
                [dl.Permohonan(d, f, dl.janji_jam(w, sat)) for u, d, f, w, sat in lay if lo <= d < hi and keep(u)],
                libur, now)
            ps = dl.hitung_statistik_pengaduan(
                [dl.Aduan(d, r, f) for u, d, r, f in adu if lo <= d < hi and keep(u)], libur)
            v, m = ikm_for(unit, a, b)
            out.append(BarisDasbor(unit, nama, date(a.year, a.month, 1), ls, ps, v, m))
    out.extend(_dasbor_rekap(ctx, mulai, selesai, set(units), visible))
    return out


def _dasbor_rekap(ctx: AppContext, mulai: date, selesai: date, local: set[int | None],
                  visible: set[int] | None) -> list[BarisDasbor]:
    """Months of other offices' units as their results packages brought them (the regency compares
    kecamatan on the same dashboard); units with registers here are counted from the registers."""
    from asn_desktop.domain import skm as dskm

    out: list[BarisDasbor] = []
    with ctx.read() as s:
        names = _unit_names(s)
        skm = s.execute(select(RekapSkm.unit_kerja_id, RekapSkm.tanggal_mulai, RekapSkm.tanggal_selesai,
                               RekapSkm.konversi).where(RekapSkm.konversi.isnot(None))).all()
        for x in s.scalars(select(RekapLayanan).where(RekapLayanan.bulan >= date(mulai.year, mulai.month, 1),
                                                      RekapLayanan.bulan <= selesai)
                           .order_by(RekapLayanan.bulan)):
            if x.unit_kerja_id in local or (visible is not None and x.unit_kerja_id not in visible):
                continue
            end = _bulan(x.bulan, x.bulan)[0][1]
            ls = StatistikLayanan(x.jumlah, x.selesai, x.tepat_waktu, x.persen_tepat_waktu, x.median_jam, x.p90_jam,
                                  x.selesai - x.tepat_waktu, x.lewat_batas)
            ps = StatistikPengaduan(x.pengaduan, x.direspon, x.pengaduan_selesai, x.rata_respon_jam,
                                    x.median_respon_jam, None, x.rata_selesai_jam)
            vals = [k for u, a, b, k in skm if u == x.unit_kerja_id and a <= end and b >= x.bulan]
            v = sum(vals) / len(vals) if vals else None
            out.append(BarisDasbor(x.unit_kerja_id, names.get(x.unit_kerja_id, ""), x.bulan, ls, ps, v,
                                   dskm.mutu_untuk(v / dskm.FAKTOR_KONVERSI).huruf if v is not None else ""))
    return out


# --------------------------------------------------------------------------- import from Excel


def _pencari_petugas(s: Session) -> Any:
    """``text → (pegawai id | None, message)``: an 18-digit NIP, or a name (with or without titles)
    that only one employee has."""
    by_nip: dict[str, int] = {}
    by_name: dict[str, list[int]] = defaultdict(list)
    for pid, nama, nip in s.execute(select(Pegawai.id, Pegawai.nama, Pegawai.nip)):
        if nip:
            by_nip[nip] = pid
        by_name[" ".join(nama.lower().split())].append(pid)

    def find(text: str) -> tuple[int | None, str]:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 9 and len(digits) == len(text.replace(" ", "")):
            pid = by_nip.get(digits)
            return (pid, "") if pid else (None, f"NIP {digits} tidak ada pada daftar pegawai.")
        key = " ".join(text.lower().split(",")[0].split())
        ids = by_name.get(key, [])
        if len(ids) == 1:
            return ids[0], ""
        if len(ids) > 1:
            return None, "Ada lebih dari satu pegawai dengan nama ini; tulis NIP petugas."
        return None, "Petugas tidak ada pada daftar pegawai; tulis NIP (18 angka) atau nama persis seperti di daftar."

    return find


def baca_impor_permohonan(ctx: AppContext, path: Any, sheet: str | None = None) -> Any:
    """Read a service register workbook for the preview (nothing is written)."""
    from asn_desktop.excel import layanan as xl

    with ctx.read(ENTRY_PERMISSION) as s:
        standar = {x.nama.lower(): x.id for x in s.scalars(select(LayananStandar))}
        find = _pencari_petugas(s)
    return xl.baca_register_layanan(path, sheet, standar=standar, petugas=find)


def baca_impor_pengaduan(ctx: AppContext, path: Any, sheet: str | None = None) -> Any:
    """Read a complaint register workbook for the preview (nothing is written)."""
    from asn_desktop.excel import layanan as xl

    with ctx.read(ENTRY_PERMISSION) as s:
        find = _pencari_petugas(s)
    return xl.baca_register_pengaduan(path, sheet, petugas=find)


def impor_permohonan(ctx: AppContext, bacaan: Any) -> SimpanHasil:
    """Store the accepted rows of a read register in one transaction (rejected rows are left out)."""
    rows = [PermohonanInput(b.nilai["standar_id"], b.nilai["pegawai_id"], b.nilai["diterima"], b.nilai.get("selesai"),
                            b.nilai.get("nomor"), b.nilai.get("pemohon"), b.nilai.get("catatan"))
            for b in bacaan.diterima]
    return simpan_permohonan(ctx, rows, sumber="impor")


def impor_pengaduan(ctx: AppContext, bacaan: Any) -> SimpanHasil:
    rows = [PengaduanInput(b.nilai["saluran"], b.nilai["diterima"], b.nilai.get("direspon"),
                           b.nilai.get("diselesaikan"), b.nilai.get("pegawai_id"), b.nilai.get("nomor"),
                           b.nilai.get("pelapor"), b.nilai.get("perihal"))
            for b in bacaan.diterima]
    return simpan_pengaduan(ctx, rows, sumber="impor")


# --------------------------------------------------------------------------- demo data

_DEMO_STANDAR = (  # name, promise, unit, share of requests
    ("Rekomendasi KTP-el", 1, dl.SATUAN_HARI, 22), ("Rekomendasi Kartu Keluarga", 1, dl.SATUAN_HARI, 18),
    ("Surat keterangan domisili", 1, dl.SATUAN_HARI, 16), ("Surat keterangan tidak mampu (SKTM)", 1,
                                                           dl.SATUAN_HARI, 12),
    ("Surat keterangan pindah", 3, dl.SATUAN_HARI, 7), ("Rekomendasi izin usaha mikro", 3, dl.SATUAN_HARI, 6),
    ("Legalisir dokumen", 4, dl.SATUAN_JAM, 14), ("Dispensasi nikah", 2, dl.SATUAN_HARI, 5),
)

#: fixed-date national holidays; the moving ones (Idul Fitri, Nyepi, …) follow the year's SKB and are only
#: filled in for the demo year 2026 as an example the office corrects
_DEMO_LIBUR_TETAP = ((1, 1, "Tahun Baru Masehi"), (5, 1, "Hari Buruh Internasional"), (6, 1, "Hari Lahir Pancasila"),
                     (8, 17, "Hari Kemerdekaan RI"), (12, 25, "Hari Raya Natal"))
_DEMO_LIBUR_2026 = ((1, 16, "Isra Mikraj Nabi Muhammad SAW"), (2, 17, "Tahun Baru Imlek"),
                    (3, 19, "Hari Suci Nyepi"), (3, 20, "Idul Fitri 1447 H"), (3, 21, "Idul Fitri 1447 H"),
                    (3, 23, "Cuti bersama Idul Fitri"), (3, 24, "Cuti bersama Idul Fitri"),
                    (4, 3, "Wafat Yesus Kristus"), (5, 14, "Kenaikan Yesus Kristus"), (5, 27, "Idul Adha 1447 H"),
                    (5, 31, "Hari Raya Waisak"))

_DEMO_PERIHAL = (
    "Antrean loket terlalu lama", "Petugas tidak ada di tempat saat jam layanan", "Persyaratan surat pindah kurang "
    "jelas", "Lampu penerangan jalan mati", "Pungutan di luar ketentuan", "Surat keterangan salah ketik nama",
    "Informasi jadwal layanan keliling", "Ruang tunggu panas", "Tanggapan via WhatsApp lambat", "Jalan rusak di RT 03",
)


def tambah_demo_layanan(s: Session, tahun: int, *, seed: int = 1) -> int:
    """A quarter (January–March) of registers for the demo kecamatan, in the demo's own transaction:
    eight service standards, the year's holidays, about 15 requests a working day handled by the front-desk
    officers of a few units (most on time, some late, a few still open) and some thirty complaints by
    channel. Returns the number of requests."""
    import random

    rng = random.Random(seed * 104729 + tahun)
    standar = []
    for nama, waktu, satuan, bobot in _DEMO_STANDAR:
        x = LayananStandar(nama=nama, waktu=waktu, satuan=satuan, aktif=True)
        s.add(x)
        standar.append((x, bobot))
    libur = {date(tahun, mo, d): k for mo, d, k in _DEMO_LIBUR_TETAP}
    if tahun == 2026:
        libur.update({date(tahun, mo, d): k for mo, d, k in _DEMO_LIBUR_2026})
    for d, k in sorted(libur.items()):
        s.add(HariLibur(tanggal=d, keterangan=k))
    s.flush()
    heads = set(s.scalars(select(UnitKerja.kepala_id).where(UnitKerja.kepala_id.isnot(None))))
    staff: dict[int, list[int]] = defaultdict(list)
    for pid, unit in s.execute(select(Pegawai.id, Pegawai.unit_id).where(Pegawai.status == "aktif",
                                                                         Pegawai.unit_id.isnot(None))
                               .order_by(Pegawai.id)):
        if pid not in heads:
            staff[unit].append(pid)
    units = sorted(staff, key=lambda u: -len(staff[u]))[:4]
    petugas = [(pid, u) for u in units for pid in staff[u][:2]]
    if not petugas:
        return 0
    speed = {pid: rng.uniform(0.6, 1.5) for pid, _u in petugas}  # some officers are slower
    weights = [w for _x, w in standar]
    n = 0
    d = date(tahun, 1, 1)
    while d <= date(tahun, 3, 31):
        if dl.hari_kerja(d, libur):
            for _ in range(max(3, round(rng.gauss(15, 4)))):
                st = rng.choices([x for x, _w in standar], weights)[0]
                pid, unit = rng.choice(petugas)
                masuk = datetime.combine(d, time(8, 0)) + timedelta(minutes=rng.randint(0, 6 * 60 + 30))
                janji = dl.janji_jam(st.waktu, st.satuan)
                frac = rng.betavariate(2, 4) * speed[pid]  # most well inside the promise, a tail beyond it
                if rng.random() < 0.06:
                    frac += rng.uniform(0.5, 2.5)  # a waiting signature or a missing document
                keluar: datetime | None = dl.batas_waktu(masuk, max(0.1, janji * frac), libur)
                if keluar is not None and d >= date(tahun, 3, 27) and rng.random() < 0.25:
                    keluar = None  # still open at the end of the quarter
                n += 1
                s.add(LayananPermohonan(
                    standar_id=st.id, pegawai_id=pid, unit_kerja_id=unit, diterima=masuk,
                    selesai=keluar.replace(second=0, microsecond=0) if keluar else None,
                    janji_waktu=st.waktu, janji_satuan=st.satuan, nomor=f"{n:04d}/LAY/{tahun}",
                    pemohon=None, sumber="demo",
                ))
        d += timedelta(days=1)
    channels = [dl.Saluran.LAPOR] * 6 + [dl.Saluran.WHATSAPP] * 11 + [dl.Saluran.LANGSUNG] * 8 + \
        [dl.Saluran.SURAT] * 3 + [dl.Saluran.LAINNYA] * 2
    for i, ch in enumerate(channels, 1):
        day = date(tahun, 1, 2) + timedelta(days=rng.randint(0, 86))
        masuk = datetime.combine(day, time(rng.randint(7, 20), rng.choice((0, 15, 30, 45))))
        pid, unit = rng.choice(petugas)
        respon = dl.batas_waktu(masuk, rng.choice((0.5, 1, 2, 3, 6, 10, 24)) * rng.uniform(0.5, 1.2), libur)
        tuntas = dl.batas_waktu(respon, rng.uniform(2, 40), libur) if rng.random() < 0.8 else None
        s.add(Pengaduan(saluran=ch.value, diterima=masuk, direspon=respon.replace(second=0, microsecond=0),
                        diselesaikan=tuntas.replace(second=0, microsecond=0) if tuntas else None,
                        pegawai_id=pid, unit_kerja_id=unit, nomor=f"ADU-{i:03d}/{tahun}",
                        perihal=rng.choice(_DEMO_PERIHAL), sumber="demo"))
    return n


# --------------------------------------------------------------------------- dashboard export

CATATAN_DURASI = (
    "Durasi dalam jam kerja: hanya jam layanan 08.00–16.00 pada hari kerja (Senin–Jumat, Perpres 21/2023) "
    "yang bukan hari libur pada daftar kantor; 1 hari kerja = 8 jam kerja. % tepat waktu = selesai dalam "
    "standar ÷ (selesai + belum selesai yang sudah lewat batas). P90 = persentil ke-90 (peringkat terdekat)."
)


def _pct(v: float | None) -> float | None:
    return None if v is None else round(v, 1)


def _j(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


def ekspor_dasbor(ctx: AppContext, path: Any, *, mulai: date, selesai: date, progress: Any = None) -> Any:
    """The dashboard as an Excel sheet (one row per unit and month), through the one table writer."""
    from asn_desktop.domain.tanggal import NAMA_BULAN, format_tanggal
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
    from asn_desktop.services.settings import get_office

    rows = dasbor_layanan(ctx, mulai=mulai, selesai=selesai)
    kolom = [Kolom("Bulan", 16), Kolom("Unit", 36), Kolom("Permohonan", 12, angka=True),
             Kolom("Selesai", 10, angka=True), Kolom("Tepat waktu", 12, angka=True),
             Kolom("% tepat waktu", 13, angka=True), Kolom("Median (jam kerja)", 14, angka=True),
             Kolom("P90 (jam kerja)", 14, angka=True), Kolom("Pengaduan", 11, angka=True),
             Kolom("Direspon", 10, angka=True), Kolom("Rata-rata respon (jam kerja)", 16, angka=True),
             Kolom("Median respon (jam kerja)", 16, angka=True), Kolom("Rata-rata selesai (jam kerja)", 16, angka=True),
             Kolom("IKM (×25)", 10, angka=True), Kolom("Mutu", 8)]
    data = [(f"{NAMA_BULAN[r.bulan.month - 1]} {r.bulan.year}", r.unit_nama, r.layanan.jumlah, r.layanan.selesai,
             r.layanan.tepat_waktu, _pct(r.layanan.persen_tepat_waktu), _j(r.layanan.median_jam),
             _j(r.layanan.p90_jam), r.pengaduan.jumlah, r.pengaduan.direspon, _j(r.pengaduan.rata_respon_jam),
             _j(r.pengaduan.median_respon_jam), _j(r.pengaduan.rata_selesai_jam),
             None if r.ikm_konversi is None else round(r.ikm_konversi, 2), r.ikm_mutu or None) for r in rows]
    tabel = Tabel("Dasbor layanan", "Dasbor Layanan Publik",
                  kolom, data, subjudul=[f"Periode {format_tanggal(mulai)} s.d. {format_tanggal(selesai)}"],
                  catatan=[CATATAN_DURASI, "IKM: nilai konversi Survei Kepuasan Masyarakat (PermenPANRB 14/2017) "
                                           "yang periodenya mencakup bulan itu."])
    return tulis_tabel(path, tabel, kantor=get_office(ctx).nama_kantor, progress=progress)


# --------------------------------------------------------------------------- results package


def _r(v: float | None, places: int = 2) -> float | None:
    return None if v is None else round(v, places)


_KOLOM_REKAP = ("bulan", "jumlah", "selesai", "tepat_waktu", "lewat_batas", "persen_tepat_waktu", "median_jam",
                "p90_jam", "pengaduan", "direspon", "pengaduan_selesai", "rata_respon_jam", "median_respon_jam",
                "rata_selesai_jam")
_KOLOM_REKAP_SKM = ("jenis_layanan", "periode", "tanggal_mulai", "tanggal_selesai", "populasi", "responden",
                    *(f"nrr_u{i}" for i in range(1, 10)), "ikm", "konversi", "mutu")


def baris_paket_hasil(s: Session, tahun: int) -> dict[str, list[dict[str, Any]]]:
    """The results package's public-service sheets for ``tahun`` (docs/exchange-format.md):
    "Layanan Bulanan", each unit's register figures per month (requests and complaints received that
    month, with the unit recorded on them), and "SKM", each survey overlapping the year with its NRR,
    IKM and mutu — so the regency can compare kecamatan without the registers themselves. Figures merged
    from other offices' packages (rekap tables) are passed on too, so a regency's package forwards them."""
    from asn_desktop.db.models import SkmResponden
    from asn_desktop.domain import skm as dskm

    libur = libur_set(s)
    units = {u.id: (u.uid, u.nama) for u in s.scalars(select(UnitKerja))}
    awal, akhir = datetime(tahun, 1, 1), datetime(tahun + 1, 1, 1)
    now = datetime.now()
    lay: dict[tuple[int, int], list[dl.Permohonan]] = defaultdict(list)
    for u, d, f, w, sat in s.execute(
            select(LayananPermohonan.unit_kerja_id, LayananPermohonan.diterima, LayananPermohonan.selesai,
                   LayananPermohonan.janji_waktu, LayananPermohonan.janji_satuan)
            .where(LayananPermohonan.diterima >= awal, LayananPermohonan.diterima < akhir,
                   LayananPermohonan.unit_kerja_id.isnot(None))):
        lay[(u, d.month)].append(dl.Permohonan(d, f, dl.janji_jam(w, sat)))
    adu: dict[tuple[int, int], list[dl.Aduan]] = defaultdict(list)
    for u, d, r, f in s.execute(
            select(Pengaduan.unit_kerja_id, Pengaduan.diterima, Pengaduan.direspon, Pengaduan.diselesaikan)
            .where(Pengaduan.diterima >= awal, Pengaduan.diterima < akhir, Pengaduan.unit_kerja_id.isnot(None))):
        adu[(u, d.month)].append(dl.Aduan(d, r, f))
    bulanan = []
    for u, bln in set(lay) | set(adu):
        ls = dl.hitung_statistik_layanan(lay.get((u, bln), []), libur, now)
        ps = dl.hitung_statistik_pengaduan(adu.get((u, bln), []), libur)
        bulanan.append({
            "unit_uid": units[u][0], "unit_nama": units[u][1], "bulan": date(tahun, bln, 1), "jumlah": ls.jumlah,
            "selesai": ls.selesai, "tepat_waktu": ls.tepat_waktu, "lewat_batas": ls.lewat_batas,
            "persen_tepat_waktu": _r(ls.persen_tepat_waktu), "median_jam": _r(ls.median_jam),
            "p90_jam": _r(ls.p90_jam), "pengaduan": ps.jumlah, "direspon": ps.direspon,
            "pengaduan_selesai": ps.selesai, "rata_respon_jam": _r(ps.rata_respon_jam),
            "median_respon_jam": _r(ps.median_respon_jam), "rata_selesai_jam": _r(ps.rata_selesai_jam),
        })
    own = {(u, bln) for u, bln in set(lay) | set(adu)}
    for x in s.scalars(select(RekapLayanan).where(RekapLayanan.bulan >= date(tahun, 1, 1),
                                                  RekapLayanan.bulan <= date(tahun, 12, 31))):
        if (x.unit_kerja_id, x.bulan.month) in own:
            continue  # the office's own registers win over figures a package once brought
        bulanan.append({"unit_uid": units[x.unit_kerja_id][0], "unit_nama": units[x.unit_kerja_id][1],
                        **{k: getattr(x, k) for k in _KOLOM_REKAP}})
    bulanan.sort(key=lambda r: (r["unit_nama"], r["unit_uid"], r["bulan"]))
    skm_rows = []
    for sv in s.scalars(select(SkmSurvei).where(SkmSurvei.tanggal_mulai <= date(tahun, 12, 31),
                                                SkmSurvei.tanggal_selesai >= date(tahun, 1, 1))):
        tambahan = [(str(x["kode"]), str(x["nama"])) for x in (sv.unsur_tambahan or [])]
        unsur = dskm.unsur_dengan_tambahan(tambahan, sv.bobot or {}) if tambahan else dskm.unsur_baku()
        jawaban = []
        for r in s.scalars(select(SkmResponden).where(SkmResponden.survei_id == sv.id)):
            d: dict[str, int | None] = {f"U{i}": getattr(r, f"u{i}") for i in range(1, 10)}
            d.update(r.jawaban_tambahan or {})
            jawaban.append(d)
        h = dskm.hitung(jawaban, unsur, populasi=sv.populasi)
        nrr = {x.kode: x.nrr for x in h.unsur}
        unit = units.get(sv.unit_kerja_id or 0)
        skm_rows.append({
            "uid": sv.uid, "unit_uid": unit[0] if unit else None, "unit_nama": unit[1] if unit else None,
            "jenis_layanan": sv.jenis_layanan, "periode": sv.periode, "tanggal_mulai": sv.tanggal_mulai,
            "tanggal_selesai": sv.tanggal_selesai, "populasi": sv.populasi, "responden": h.responden,
            **{f"nrr_u{i}": None if nrr.get(f"U{i}") is None else round(float(nrr[f"U{i}"]), 4)
               for i in range(1, 10)},
            "ikm": None if h.ikm is None else round(float(h.ikm), 4),
            "konversi": None if h.konversi is None else round(float(h.konversi), 2),
            "mutu": h.mutu.huruf if h.mutu else None,
        })
    local = {r["uid"] for r in skm_rows}
    for x in s.scalars(select(RekapSkm).where(RekapSkm.tanggal_mulai <= date(tahun, 12, 31),
                                              RekapSkm.tanggal_selesai >= date(tahun, 1, 1))):
        if x.uid in local:
            continue
        unit = units.get(x.unit_kerja_id or 0)
        skm_rows.append({"uid": x.uid, "unit_uid": unit[0] if unit else None, "unit_nama": unit[1] if unit else None,
                         **{k: getattr(x, k) for k in _KOLOM_REKAP_SKM}})
    skm_rows.sort(key=lambda r: (r["tanggal_mulai"], r["jenis_layanan"], r["uid"]))
    return {"Layanan Bulanan": bulanan, "SKM": skm_rows}
