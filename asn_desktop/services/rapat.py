"""Rapat evaluasi kinerja: meetings, their agenda from the data, notes and follow-ups.

The cycle ends with evaluasi kinerja and its tindak lanjut (PermenPANRB 6/2022 Pasal 5;
kinerja-asn.md §2, §5): the unit's leader sits with his team, each person's RHK/IKI
target against realisasi is on the table, challenges and solutions are noted, and the
follow-up actions agreed there stay open — in the person's evaluation editor and on
the follow-up report — until someone closes them (audited).

Who may do what (rules in services/scope.py):
- running a meeting (create, participants, attendance, notes, follow-ups, closing one):
  Admin, or a leader of the meeting's unit or a unit above it (the Camat for the whole
  kecamatan) with ``Permission.RAPAT``;
- a participant sees the meeting, his own notes and his own follow-ups, never another
  person's notes.
The agenda reads the evaluations through ``services.evaluasi``'s public API, so what a
leader sees of a person's ratings follows the same confidentiality rules as elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.batch import in_chunks
from asn_desktop.db.models import (
    Indikator,
    Pegawai,
    Periode,
    PesertaRapat,
    RapatEvaluasi,
    TindakLanjutRapat,
    UnitKerja,
)
from asn_desktop.domain.enums import Predikat
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, Problems, ServiceError

KECAMATAN = "Kecamatan (semua unit)"
MAKS_TEKS = 4000

#: attendance codes → printed label (the minutes' attendance list)
KEHADIRAN: dict[str, str] = {
    "hadir": "Hadir",
    "izin": "Izin",
    "sakit": "Sakit",
    "dinas_luar": "Dinas luar",
    "tanpa_keterangan": "Tanpa keterangan",
}
STATUS_RAPAT = {"rencana": QT_TRANSLATE_NOOP("Pesan", "Direncanakan"), "selesai": QT_TRANSLATE_NOOP("Pesan", "Selesai")}
TERBUKA, SELESAI = "terbuka", "selesai"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class RapatInfo:
    id: int
    uid: str
    judul: str
    unit_kerja_id: int | None
    unit_nama: str
    periode_id: int
    periode_label: str  # "Triwulan III 2026"
    tanggal: date
    waktu: str
    tempat: str
    pimpinan_id: int | None
    pimpinan_nama: str
    notulis_id: int | None
    notulis_nama: str
    status: str
    jumlah_peserta: int
    jumlah_hadir: int
    tindak_lanjut_terbuka: int
    version_id: int
    boleh_kelola: bool

    @property
    def status_label(self) -> str:
        return STATUS_RAPAT.get(self.status, self.status)


@dataclass(frozen=True)
class PesertaInfo:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    kehadiran: str | None  # a KEHADIRAN code, None = not recorded yet
    capaian: str = ""
    tantangan: str = ""
    solusi: str = ""
    catatan_terlihat: bool = True  # False: another participant's notes, hidden from this user

    @property
    def kehadiran_label(self) -> str:
        return KEHADIRAN.get(self.kehadiran or "", "")


@dataclass(frozen=True)
class TindakLanjutInfo:
    id: int
    rapat_id: int
    rapat_judul: str
    rapat_tanggal: date
    pegawai_id: int
    pegawai_nama: str
    uraian: str
    tenggat: date | None
    status: str
    ditutup_pada: datetime | None
    ditutup_oleh: str
    catatan_penutupan: str
    version_id: int
    boleh_tutup: bool = False

    @property
    def terbuka(self) -> bool:
        return self.status == TERBUKA

    @property
    def status_label(self) -> str:
        return QT_TRANSLATE_NOOP("Pesan", "Terbuka") if self.terbuka else QT_TRANSLATE_NOOP("Pesan", "Selesai")

    def terlambat(self, hari_ini: date | None = None) -> bool:
        return self.terbuka and self.tenggat is not None and self.tenggat < (hari_ini or date.today())


@dataclass(frozen=True)
class RapatDetail:
    info: RapatInfo
    kesimpulan: str
    peserta: tuple[PesertaInfo, ...]
    tindak_lanjut: tuple[TindakLanjutInfo, ...]


@dataclass
class RapatInput:
    """What the meeting dialog edits; ``peserta``: employee ids in order."""

    judul: str
    periode_id: int
    tanggal: date
    unit_kerja_id: int | None = None
    waktu: str = ""
    tempat: str = ""
    pimpinan_id: int | None = None
    notulis_id: int | None = None
    peserta: list[int] = field(default_factory=list)


@dataclass
class CatatanPeserta:
    """Attendance and notes of one participant, as typed during the meeting."""

    pegawai_id: int
    kehadiran: str | None = None
    capaian: str = ""
    tantangan: str = ""
    solusi: str = ""


@dataclass(frozen=True)
class KandidatPeserta:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    unit_nama: str


@dataclass(frozen=True)
class IndikatorAgenda:
    rhk: str
    teks: str
    target: str
    realisasi: str
    capaian_persen: float | None  # realisasi against the numeric target; None = not measurable
    bukti: int


@dataclass(frozen=True)
class AgendaPeserta:
    """One page of the agenda / presentation: a participant and his figures for the period."""

    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    kehadiran: str | None
    predikat: Predikat | None
    predikat_terlihat: bool  # False: the user may not see this person's rating
    status_evaluasi: str
    indikator: tuple[IndikatorAgenda, ...]
    realisasi_terisi: int
    jumlah_bukti: int
    tindak_lanjut_terbuka: tuple[TindakLanjutInfo, ...]
    capaian: str
    tantangan: str
    solusi: str
    catatan: str = ""  # why there are no figures (no SKP, not visible)

    @property
    def predikat_label(self) -> str:
        return self.predikat.label if self.predikat else "belum ada"


# --------------------------------------------------------------------------- helpers


def _units(s: Session) -> dict[int, tuple[int | None, int | None]]:
    return scope.unit_tree(s)


def _unit_and_children(units: dict[int, tuple[int | None, int | None]], unit_id: int) -> set[int]:
    children: dict[int | None, list[int]] = defaultdict(list)
    for uid, (parent, _k) in units.items():
        children[parent].append(uid)
    out: set[int] = set()
    stack = [unit_id]
    while stack:
        u = stack.pop()
        if u not in out:
            out.add(u)
            stack.extend(children.get(u, []))
    return out


def _nama_map(s: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str, str]]:
    """id → (printed name, NIP digits, jabatan)."""
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, tuple[str, str, str]] = {}
    for chunk in in_chunks(wanted, 500):
        for p in s.execute(select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
                                  Pegawai.nip, Pegawai.nama_jabatan).where(Pegawai.id.in_(chunk))):
            out[p.id] = (format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "", p.nama_jabatan or "")
    return out


def _periode_label(p: Periode) -> str:
    return f"{p.nama} {p.tahun_kinerja.tahun}"


def _rapat_or_404(s: Session, rapat_id: int) -> RapatEvaluasi:
    r = s.get(RapatEvaluasi, rapat_id)
    if r is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Rapat tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
        ))
    return r


def _peserta_ids(s: Session, rapat_id: int) -> list[int]:
    return list(s.scalars(select(PesertaRapat.pegawai_id).where(PesertaRapat.rapat_id == rapat_id)
                          .order_by(PesertaRapat.urutan, PesertaRapat.id)))


def _boleh_lihat(actor: Actor, r: RapatEvaluasi, units: scope.UnitTree, peserta: Iterable[int]) -> bool:
    return scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units) or (
        actor.pegawai_id is not None and actor.pegawai_id in set(peserta))


def _info(s: Session, r: RapatEvaluasi, actor: Actor, units: scope.UnitTree, names: dict[int, tuple[str, str, str]],
          counts: tuple[int, int, int]) -> RapatInfo:
    unit_nama = KECAMATAN
    if r.unit_kerja_id is not None:
        u = s.get(UnitKerja, r.unit_kerja_id)
        unit_nama = u.nama if u is not None else ""
    per = s.get(Periode, r.periode_id)
    return RapatInfo(
        r.id, r.uid, r.judul, r.unit_kerja_id, unit_nama, r.periode_id, _periode_label(per) if per else "",
        r.tanggal, r.waktu or "", r.tempat or "", r.pimpinan_id, names.get(r.pimpinan_id or 0, ("", "", ""))[0],
        r.notulis_id, names.get(r.notulis_id or 0, ("", "", ""))[0], r.status, counts[0], counts[1], counts[2],
        r.version_id, scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units),
    )


def _counts(s: Session, rapat_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    peserta: dict[int, int] = defaultdict(int)
    hadir: dict[int, int] = defaultdict(int)
    terbuka: dict[int, int] = defaultdict(int)
    for chunk in in_chunks(list(rapat_ids), 500):
        for rid, keh, n in s.execute(select(PesertaRapat.rapat_id, PesertaRapat.kehadiran, func.count())
                                     .where(PesertaRapat.rapat_id.in_(chunk))
                                     .group_by(PesertaRapat.rapat_id, PesertaRapat.kehadiran)):
            peserta[rid] += n
            if keh == "hadir":
                hadir[rid] += n
        for rid, n in s.execute(select(TindakLanjutRapat.rapat_id, func.count())
                                .where(TindakLanjutRapat.rapat_id.in_(chunk), TindakLanjutRapat.status == TERBUKA)
                                .group_by(TindakLanjutRapat.rapat_id)):
            terbuka[rid] = n
    return {rid: (peserta[rid], hadir[rid], terbuka[rid]) for rid in rapat_ids}


def _tl_info(t: TindakLanjutRapat, r: RapatEvaluasi | None, names: dict[int, tuple[str, str, str]],
             boleh_tutup: bool) -> TindakLanjutInfo:
    return TindakLanjutInfo(
        t.id, t.rapat_id, r.judul if r else "", r.tanggal if r else date.min, t.pegawai_id,
        names.get(t.pegawai_id, ("", "", ""))[0], t.uraian, t.tenggat, t.status, t.ditutup_pada,
        t.ditutup_oleh or "", t.catatan_penutupan or "", t.version_id, boleh_tutup,
    )


#: The fields ``_teks`` checks, as a message names them (marked: English mode shows them in English).
_LABEL_TEKS = {"judul rapat": QT_TRANSLATE_NOOP("Pesan", "Judul rapat"), "kesimpulan": QT_TRANSLATE_NOOP("Pesan", "Kesimpulan"),
               "uraian tindak lanjut": QT_TRANSLATE_NOOP("Pesan", "Uraian tindak lanjut"), "catatan penutupan": QT_TRANSLATE_NOOP("Pesan", "Catatan penutupan")}
#: The per-participant note fields, as a message names them mid-sentence.
_LABEL_CATATAN = {"capaian": QT_TRANSLATE_NOOP("Pesan", "capaian"), "tantangan": QT_TRANSLATE_NOOP("Pesan", "tantangan"), "solusi": QT_TRANSLATE_NOOP("Pesan", "solusi")}


def _teks(value: str | None, what: str, p: Problems, *, wajib: bool = False) -> str:
    label = Msg(_LABEL_TEKS.get(what, what.capitalize()))
    text = (value or "").strip()
    if wajib and not text:
        p.error(what, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{label} wajib diisi."), label=label))
    if len(text) > MAKS_TEKS:
        p.error(what, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{label} terlalu panjang (%n karakter; paling banyak {maks_teks})."), label=label, n=len(text), maks_teks=MAKS_TEKS))
    return text


# --------------------------------------------------------------------------- reading


def daftar_rapat(ctx: AppContext) -> list[RapatInfo]:
    """Meetings the actor runs or took part in, newest first."""
    actor = ctx.actor
    with ctx.read() as s:
        units = _units(s)
        rows = list(s.scalars(select(RapatEvaluasi).order_by(RapatEvaluasi.tanggal.desc(), RapatEvaluasi.id.desc())))
        mine: set[int] = set()
        if actor.pegawai_id is not None:
            mine = set(s.scalars(select(PesertaRapat.rapat_id).where(PesertaRapat.pegawai_id == actor.pegawai_id)))
        rows = [r for r in rows if scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units) or r.id in mine]
        names = _nama_map(s, [x for r in rows for x in (r.pimpinan_id, r.notulis_id)])
        counts = _counts(s, [r.id for r in rows])
        return [_info(s, r, actor, units, names, counts[r.id]) for r in rows]


def unit_pilihan(ctx: AppContext) -> list[tuple[int | None, str]]:
    """Units the actor may hold a meeting for, (None, "Kecamatan (semua unit)") first when he may."""
    with ctx.read() as s:
        units = _units(s)
        out: list[tuple[int | None, str]] = []
        if scope.boleh_kelola_rapat(ctx.actor, None, units):
            out.append((None, KECAMATAN))
        for uid, nama in s.execute(select(UnitKerja.id, UnitKerja.nama).where(UnitKerja.aktif.is_(True))
                                   .order_by(UnitKerja.urutan, UnitKerja.nama)):
            if scope.boleh_kelola_rapat(ctx.actor, uid, units):
                out.append((uid, nama))
        return out


def kandidat_peserta(ctx: AppContext, unit_kerja_id: int | None) -> list[KandidatPeserta]:
    """Active employees of the unit and the units below it (everyone for the whole kecamatan)."""
    with ctx.read() as s:
        units = _units(s)
        q = select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan, Pegawai.unit_id).where(Pegawai.status == "aktif")
        if unit_kerja_id is not None:
            q = q.where(Pegawai.unit_id.in_(_unit_and_children(units, unit_kerja_id)))
        unit_nama = dict(s.execute(select(UnitKerja.id, UnitKerja.nama)).all())
        # the unit's head first, then by unit and name: the order people are called in
        kepala = {k for _p, k in units.values() if k}
        rows = sorted(s.execute(q), key=lambda p: (p.id not in kepala, unit_nama.get(p.unit_id, ""), p.nama))
        return [KandidatPeserta(p.id, format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "",
                                p.nama_jabatan or "", unit_nama.get(p.unit_id, "")) for p in rows]


def detail_rapat(ctx: AppContext, rapat_id: int) -> RapatDetail:
    """The meeting as the actor may see it: a participant sees only his own notes and follow-ups."""
    actor = ctx.actor
    with ctx.read() as s:
        r = _rapat_or_404(s, rapat_id)
        units = _units(s)
        peserta_rows = list(s.scalars(select(PesertaRapat).where(PesertaRapat.rapat_id == r.id)
                                      .order_by(PesertaRapat.urutan, PesertaRapat.id)))
        if not _boleh_lihat(actor, r, units, (p.pegawai_id for p in peserta_rows)):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat rapat ini: hanya pimpinan unit, admin dan pesertanya."),
            ))
        kelola = scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units)
        tl_rows = list(s.scalars(select(TindakLanjutRapat).where(TindakLanjutRapat.rapat_id == r.id)
                                 .order_by(TindakLanjutRapat.id)))
        names = _nama_map(s, [p.pegawai_id for p in peserta_rows] + [t.pegawai_id for t in tl_rows]
                          + [r.pimpinan_id, r.notulis_id])
        counts = _counts(s, [r.id])[r.id]
        peserta = []
        for p in peserta_rows:
            nama, nip, jab = names.get(p.pegawai_id, ("", "", ""))
            lihat = kelola or scope.sendiri(actor, p.pegawai_id)
            peserta.append(PesertaInfo(p.pegawai_id, nama, nip, jab, p.kehadiran,
                                       (p.capaian or "") if lihat else "", (p.tantangan or "") if lihat else "",
                                       (p.solusi or "") if lihat else "", lihat))
        tl = [_tl_info(t, r, names, kelola) for t in tl_rows if kelola or scope.sendiri(actor, t.pegawai_id)]
        return RapatDetail(_info(s, r, actor, units, names, counts), (r.kesimpulan or "") if kelola else "",
                           tuple(peserta), tuple(tl))


def tindak_lanjut_rapat_pegawai(ctx: AppContext, pegawai_id: int, *,
                                hanya_terbuka: bool = True) -> list[TindakLanjutInfo]:
    """The follow-up actions assigned to one employee, oldest due first (open ones only by default).

    Seen by the employee himself, those who run the meetings they come from, and whoever
    may see that person's evaluation (his pejabat penilai, admin)."""
    actor = ctx.actor
    with ctx.read() as s:
        q = select(TindakLanjutRapat).where(TindakLanjutRapat.pegawai_id == pegawai_id)
        if hanya_terbuka:
            q = q.where(TindakLanjutRapat.status == TERBUKA)
        rows = list(s.scalars(q))
        if not rows:
            return []
        units = _units(s)
        peg = s.get(Pegawai, pegawai_id)
        sasaran = scope.dari_pegawai(pegawai_id, peg.atasan_id if peg else None)
        lihat_semua = scope.sendiri(actor, pegawai_id) or scope.boleh_lihat_evaluasi(actor, sasaran)
        rapat = {r.id: r for r in s.scalars(select(RapatEvaluasi).where(
            RapatEvaluasi.id.in_({t.rapat_id for t in rows})))}
        names = _nama_map(s, [pegawai_id])
        out = []
        for t in rows:
            r = rapat.get(t.rapat_id)
            kelola = r is not None and scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units)
            if lihat_semua or kelola:
                out.append(_tl_info(t, r, names, kelola))
        out.sort(key=lambda t: (not t.terbuka, t.tenggat or date.max, t.id))
        return out


def daftar_tindak_lanjut(ctx: AppContext, *, hanya_terbuka: bool = True) -> list[TindakLanjutInfo]:
    """The follow-up report: every follow-up of the meetings the actor runs (his own ones as a
    participant), open ones first by due date; closed ones too when ``hanya_terbuka`` is False."""
    actor = ctx.actor
    with ctx.read() as s:
        units = _units(s)
        q = select(TindakLanjutRapat)
        if hanya_terbuka:
            q = q.where(TindakLanjutRapat.status == TERBUKA)
        rows = list(s.scalars(q))
        rapat = {r.id: r for r in s.scalars(select(RapatEvaluasi))}
        names = _nama_map(s, [t.pegawai_id for t in rows])
        out = []
        for t in rows:
            r = rapat.get(t.rapat_id)
            kelola = r is not None and scope.boleh_kelola_rapat(actor, r.unit_kerja_id, units)
            if kelola or scope.sendiri(actor, t.pegawai_id):
                out.append(_tl_info(t, r, names, kelola))
        out.sort(key=lambda t: (not t.terbuka, t.tenggat or date.max, t.pegawai_nama, t.id))
        return out


def ekspor_tindak_lanjut_rapat(ctx: AppContext, path: str | Path, *, hanya_terbuka: bool = True) -> Path:
    """The follow-up report as an Excel workbook (the same rows and order as on screen)."""
    from asn_desktop.domain.tanggal import format_tanggal
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
    from asn_desktop.services.settings import get_office

    rows = daftar_tindak_lanjut(ctx, hanya_terbuka=hanya_terbuka)
    hari_ini = date.today()
    kolom = [Kolom("No", 5, angka=True), Kolom("Tenggat", 16), Kolom("Penanggung jawab", 30),
             Kolom("Tindak lanjut", 60, wrap=True), Kolom("Rapat", 45, wrap=True), Kolom("Tanggal rapat", 16),
             Kolom("Status", 10), Kolom("Lewat tenggat", 12), Kolom("Ditutup oleh", 16),
             Kolom("Catatan penutupan", 40, wrap=True)]
    data = [[i, format_tanggal(t.tenggat) if t.tenggat else "", t.pegawai_nama, t.uraian, t.rapat_judul,
             format_tanggal(t.rapat_tanggal), t.status_label, "ya" if t.terlambat(hari_ini) else "",
             t.ditutup_oleh, t.catatan_penutupan] for i, t in enumerate(rows, 1)]
    judul = "Tindak Lanjut Rapat Evaluasi Kinerja" + (" (terbuka)" if hanya_terbuka else "")
    tabel = Tabel("Tindak Lanjut Rapat", judul, kolom, data, [f"Keadaan per {format_tanggal(hari_ini)}"])
    return tulis_tabel(path, tabel, kantor=get_office(ctx).nama_kantor)


# --------------------------------------------------------------------------- agenda


def _capaian(ind: Any, nilai: float | None) -> float | None:
    """Realisasi against the numeric target in percent (lower-is-better inverted); None when
    either side is missing or not a number."""
    target = ind.target_max if ind.target_max is not None else ind.target_min
    if nilai is None or target is None:
        return None
    if ind.lebih_rendah_lebih_baik:
        if nilai <= 0:
            return 100.0 if target <= 0 else None
        return round(target / nilai * 100, 1)
    if target == 0:
        return None
    return round(nilai / target * 100, 1)


def agenda_rapat(ctx: AppContext, rapat_id: int) -> list[AgendaPeserta]:
    """Per participant: his RHK/IKI with target against realisasi for the meeting's period,
    the predikat so far (when the user may see it), evidence count and open follow-ups.
    Only for those who run the meeting."""
    from asn_desktop.services import evaluasi

    det = detail_rapat(ctx, rapat_id)
    if not det.info.boleh_kelola:
        raise PermissionDenied(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Agenda rapat hanya untuk pimpinan rapat dan admin.")))
    periode_id = det.info.periode_id
    with ctx.read() as s:
        per = s.get(Periode, periode_id)
        tahun = per.tahun_kinerja.tahun if per else date.today().year
        skps = {pid: k.id for pid, k in evaluasi.skp_terkini(s, tahun).items()}
    open_tl = {p.pegawai_id: [t for t in det.tindak_lanjut if t.pegawai_id == p.pegawai_id and t.terbuka]
               for p in det.peserta}
    # earlier meetings' open follow-ups of these people count too
    for p in det.peserta:
        seen = {t.id for t in open_tl[p.pegawai_id]}
        open_tl[p.pegawai_id] += [t for t in tindak_lanjut_rapat_pegawai(ctx, p.pegawai_id) if t.id not in seen]
    out: list[AgendaPeserta] = []
    for p in det.peserta:
        base: dict[str, Any] = dict(
            pegawai_id=p.pegawai_id, nama=p.nama, nip=p.nip, jabatan=p.jabatan, kehadiran=p.kehadiran,
            tindak_lanjut_terbuka=tuple(open_tl[p.pegawai_id]), capaian=p.capaian, tantangan=p.tantangan,
            solusi=p.solusi,
        )
        skp_id = skps.get(p.pegawai_id)
        if skp_id is None:
            out.append(AgendaPeserta(**base, predikat=None, predikat_terlihat=False, status_evaluasi="",
                                     indikator=(), realisasi_terisi=0, jumlah_bukti=0,
                                     catatan=f"Belum ada SKP {tahun}."))
            continue
        try:
            d = evaluasi.detail_evaluasi(ctx, skp_id, periode_id)
        except PermissionDenied:
            out.append(AgendaPeserta(**base, predikat=None, predikat_terlihat=False, status_evaluasi="",
                                     indikator=(), realisasi_terisi=0, jumlah_bukti=0,
                                     catatan="Evaluasi pegawai ini tidak dapat Anda lihat."))
            continue
        ind_ids = [i.indikator_id for r in d.hasil for i in r.indikator]
        with ctx.read() as s:
            raw = {i.id: i for i in s.scalars(select(Indikator).where(Indikator.id.in_(ind_ids)))} if ind_ids else {}
        rows = []
        for r in d.hasil:
            for i in r.indikator:
                real = i.realisasi.strip()
                if i.realisasi_nilai is not None:
                    angka = f"{i.realisasi_nilai:g}".replace(".", ",")
                    real = f"{angka} {i.satuan}".strip() if not real else f"{angka} {i.satuan} — {real}".strip()
                ind = raw.get(i.indikator_id)
                rows.append(IndikatorAgenda(r.teks, i.teks, i.target, real,
                                            _capaian(ind, i.realisasi_nilai) if ind is not None else None,
                                            len(i.bukti)))
        terisi = sum(1 for x in rows if x.realisasi)
        out.append(AgendaPeserta(
            **base, predikat=d.predikat if d.hak.lihat_rating else None, predikat_terlihat=d.hak.lihat_rating,
            status_evaluasi=d.status.label, indikator=tuple(rows), realisasi_terisi=terisi,
            jumlah_bukti=sum(x.bukti for x in rows),
        ))
    return out


# --------------------------------------------------------------------------- writing


def _periksa(s: Session, data: RapatInput) -> tuple[Problems, str, str, str]:
    p = Problems()
    judul = _teks(data.judul, "judul rapat", p, wajib=True)[:300]
    waktu = (data.waktu or "").strip()[:50]
    tempat = (data.tempat or "").strip()[:200]
    if s.get(Periode, data.periode_id) is None:
        p.error("periode", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih periode penilaian yang dievaluasi.")))
    if data.unit_kerja_id is not None and s.get(UnitKerja, data.unit_kerja_id) is None:
        p.error("unit", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Unit kerja tidak ditemukan.")))
    if not data.peserta:
        p.error("peserta", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih paling sedikit satu peserta rapat.")))
    if len(set(data.peserta)) != len(data.peserta):
        p.error("peserta", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Seorang pegawai tercantum lebih dari sekali sebagai peserta.")))
    ada = set(s.scalars(select(Pegawai.id).where(Pegawai.id.in_(set(data.peserta))))) if data.peserta else set()
    if set(data.peserta) - ada:
        p.error("peserta", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Sebagian peserta tidak ditemukan lagi; muat ulang daftar pegawai.")))
    return p, judul, waktu, tempat


def _isi(r: RapatEvaluasi, data: RapatInput, judul: str, waktu: str, tempat: str) -> None:
    r.judul, r.waktu, r.tempat, r.tanggal = judul, waktu or None, tempat or None, data.tanggal
    r.periode_id, r.unit_kerja_id = data.periode_id, data.unit_kerja_id
    r.pimpinan_id, r.notulis_id = data.pimpinan_id, data.notulis_id


def buat_rapat(ctx: AppContext, data: RapatInput) -> RapatInfo:
    """A new meeting with its participants (the leader of its unit or admin)."""
    with ctx.write("rapat.buat") as uow:
        s = uow.session
        units = _units(s)
        scope.require_kelola_rapat(ctx.actor, data.unit_kerja_id, units)
        p, judul, waktu, tempat = _periksa(s, data)
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Rapat belum dapat disimpan.")))
        r = RapatEvaluasi(status="rencana")
        _isi(r, data, judul, waktu, tempat)
        s.add(r)
        s.flush()
        for i, pid in enumerate(data.peserta):
            s.add(PesertaRapat(rapat_id=r.id, pegawai_id=pid, urutan=i))
        uow.audit_change(r, None, f"Rapat evaluasi kinerja dibuat: {judul} ({len(data.peserta)} peserta)")
        new_id = r.id
    return _info_of(ctx, new_id)


def ubah_rapat(ctx: AppContext, rapat_id: int, data: RapatInput, *, version_id: int | None = None) -> RapatInfo:
    """Edit a meeting's details and participants; notes of people who stay are kept, those
    removed lose theirs (their follow-ups stay: they were agreed)."""
    with ctx.write("rapat.ubah") as uow:
        s = uow.session
        r = _rapat_or_404(s, rapat_id)
        units = _units(s)
        scope.require_kelola_rapat(ctx.actor, r.unit_kerja_id, units)
        scope.require_kelola_rapat(ctx.actor, data.unit_kerja_id, units)
        uow.expect_version(r, version_id, f"Rapat \"{r.judul}\"")
        p, judul, waktu, tempat = _periksa(s, data)
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Rapat belum dapat disimpan.")))
        before = row_dict(r)
        _isi(r, data, judul, waktu, tempat)
        existing = {x.pegawai_id: x for x in r.peserta}
        lama = set(existing)
        for pid, x in existing.items():
            if pid not in data.peserta:
                r.peserta.remove(x)
        for i, pid in enumerate(data.peserta):
            if pid in existing:
                existing[pid].urutan = i
            else:
                r.peserta.append(PesertaRapat(pegawai_id=pid, urutan=i))
        uow.touch(r)
        uow.audit_change(r, before, f"Rapat diubah: {judul}")
        keluar, masuk = lama - set(data.peserta), set(data.peserta) - lama
        if keluar or masuk:
            uow.audit("rapat_peserta", r.id, "Peserta rapat diubah", {"keluar": sorted(keluar)},
                      {"masuk": sorted(masuk)})
    return _info_of(ctx, rapat_id)


def hapus_rapat(ctx: AppContext, rapat_id: int) -> None:
    """Delete a meeting that has no follow-ups yet (agreed actions are records, not drafts)."""
    with ctx.write("rapat.hapus") as uow:
        s = uow.session
        r = _rapat_or_404(s, rapat_id)
        scope.require_kelola_rapat(ctx.actor, r.unit_kerja_id, _units(s))
        n = s.scalar(select(func.count()).select_from(TindakLanjutRapat)
                     .where(TindakLanjutRapat.rapat_id == r.id)) or 0
        if n:
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Rapat \"{judul}\" sudah mempunyai %n tindak lanjut dan tidak dapat dihapus."),
                judul=r.judul, n=n,
            ))
        uow.audit("rapat_evaluasi", r.id, f"Rapat dihapus: {r.judul}", row_dict(r), None)
        s.delete(r)


def simpan_catatan(ctx: AppContext, rapat_id: int, catatan: Sequence[CatatanPeserta], *,
                   kesimpulan: str | None = None, selesai: bool | None = None,
                   version_id: int | None = None) -> RapatDetail:
    """Attendance and notes per participant, the meeting's conclusion and whether it is over."""
    with ctx.write("rapat.catatan") as uow:
        s = uow.session
        r = _rapat_or_404(s, rapat_id)
        scope.require_kelola_rapat(ctx.actor, r.unit_kerja_id, _units(s))
        uow.expect_version(r, version_id, f"Rapat \"{r.judul}\"")
        p = Problems()
        rows = {x.pegawai_id: x for x in r.peserta}
        names = _nama_map(s, rows)
        for c in catatan:
            who = names.get(c.pegawai_id, ("pegawai", "", ""))[0]
            if c.pegawai_id not in rows:
                p.error("peserta", Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama} bukan peserta rapat ini."), nama=who))
                continue
            if c.kehadiran is not None and c.kehadiran not in KEHADIRAN:
                p.error("kehadiran", Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama}: kehadiran \"{kehadiran}\" tidak dikenal (pilihan: {daftar})."), nama=who, kehadiran=c.kehadiran, daftar=', '.join(KEHADIRAN.values())))
            for label, v in (("capaian", c.capaian), ("tantangan", c.tantangan), ("solusi", c.solusi)):
                if len((v or "").strip()) > MAKS_TEKS:
                    p.error(label, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama}: {label} terlalu panjang (paling banyak {maks_teks} karakter)."), nama=who, label=Msg(_LABEL_CATATAN[label]), maks_teks=MAKS_TEKS))
        kes = _teks(kesimpulan, "kesimpulan", p) if kesimpulan is not None else None
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Catatan rapat belum dapat disimpan.")))
        for c in catatan:
            row = rows[c.pegawai_id]
            before = row_dict(row)
            row.kehadiran = c.kehadiran
            row.capaian = (c.capaian or "").strip() or None
            row.tantangan = (c.tantangan or "").strip() or None
            row.solusi = (c.solusi or "").strip() or None
            uow.audit_change(row, before, f"Catatan rapat: {names.get(c.pegawai_id, ('', '', ''))[0]}")
        before = row_dict(r)
        if kes is not None:
            r.kesimpulan = kes or None
        if selesai is not None:
            r.status = "selesai" if selesai else "rencana"
        uow.touch(r)
        uow.audit_change(r, before, f"Notulen rapat: {r.judul}")
    return detail_rapat(ctx, rapat_id)


def tambah_tindak_lanjut(ctx: AppContext, rapat_id: int, pegawai_id: int, uraian: str,
                         tenggat: date | None = None) -> TindakLanjutInfo:
    """A follow-up action agreed in the meeting, for one of its participants."""
    with ctx.write("rapat.tindak_lanjut_tambah") as uow:
        s = uow.session
        r = _rapat_or_404(s, rapat_id)
        scope.require_kelola_rapat(ctx.actor, r.unit_kerja_id, _units(s))
        p = Problems()
        text = _teks(uraian, "uraian tindak lanjut", p, wajib=True)
        if pegawai_id not in _peserta_ids(s, r.id):
            p.error("pegawai", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Penanggung jawab tindak lanjut harus salah satu peserta rapat.")))
        if tenggat is not None and tenggat < r.tanggal:
            p.error("tenggat", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tenggat tidak boleh sebelum tanggal rapat.")))
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut belum dapat disimpan.")))
        t = TindakLanjutRapat(rapat_id=r.id, pegawai_id=pegawai_id, uraian=text, tenggat=tenggat, status=TERBUKA)
        s.add(t)
        nama = _nama_map(s, [pegawai_id]).get(pegawai_id, ("", "", ""))[0]
        uow.audit_change(t, None, f"Tindak lanjut untuk {nama}: {text[:80]}")
        names = {pegawai_id: (nama, "", "")}
        return _tl_info(t, r, names, True)


def tutup_tindak_lanjut(ctx: AppContext, tindak_lanjut_id: int, catatan: str = "", *,
                        buka_kembali: bool = False, version_id: int | None = None) -> TindakLanjutInfo:
    """Close a follow-up (done) with a note, or reopen a closed one; audited either way."""
    with ctx.write("rapat.tindak_lanjut_tutup") as uow:
        s = uow.session
        t = s.get(TindakLanjutRapat, tindak_lanjut_id)
        if t is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
            ))
        r = _rapat_or_404(s, t.rapat_id)
        scope.require_kelola_rapat(ctx.actor, r.unit_kerja_id, _units(s))
        uow.expect_version(t, version_id, "Tindak lanjut ini")
        p = Problems()
        note = _teks(catatan, "catatan penutupan", p)
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut belum dapat diubah.")))
        before = row_dict(t)
        if buka_kembali:
            if t.status == TERBUKA:
                raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut ini masih terbuka.")))
            t.status, t.ditutup_pada, t.ditutup_oleh = TERBUKA, None, None
            t.catatan_penutupan = note or t.catatan_penutupan
            ringkasan = "Tindak lanjut dibuka kembali"
        else:
            if t.status == SELESAI:
                raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut ini sudah ditutup.")))
            t.status = SELESAI
            t.ditutup_pada = datetime.now().replace(microsecond=0)
            t.ditutup_oleh = ctx.actor.username
            t.catatan_penutupan = note or None
            ringkasan = "Tindak lanjut ditutup"
        uow.audit_change(t, before, f"{ringkasan}: {t.uraian[:80]}")
        names = _nama_map(s, [t.pegawai_id])
        return _tl_info(t, r, names, True)


def _info_of(ctx: AppContext, rapat_id: int) -> RapatInfo:
    return detail_rapat(ctx, rapat_id).info


# --------------------------------------------------------------------------- minutes (PDF)


def cetak_notulen(ctx: AppContext, rapat_id: int, out: str | Path, *, tanggal: date | None = None) -> Path:
    """Write the notulen / berita acara rapat evaluasi kinerja as PDF (atomically); for those who run it."""
    from asn_desktop.domain.nip import format_nip
    from asn_desktop.domain.tanggal import format_tanggal
    from asn_desktop.reports.rapat_pdf import BarisHadir, BarisPeserta, BarisTindakLanjut, NotulenRapat
    from asn_desktop.reports.rapat_pdf import render_notulen
    from asn_desktop.services.settings import get_office

    det = detail_rapat(ctx, rapat_id)
    info = det.info
    if not info.boleh_kelola:
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Notulen rapat hanya dapat dicetak oleh pimpinan rapat dan admin."),
        ))
    office = get_office(ctx)
    with ctx.read() as s:
        names = _nama_map(s, [info.pimpinan_id, info.notulis_id])

    def nip(pid: int | None) -> str:
        n = names.get(pid or 0, ("", "", ""))[1]
        return format_nip(n) if n else ""

    tgl = tanggal or info.tanggal
    model = NotulenRapat(
        instansi=office.instansi, kantor=office.nama_kantor, alamat=office.alamat, judul=info.judul,
        unit=info.unit_nama, periode=info.periode_label, hari_tanggal=format_tanggal(info.tanggal),
        waktu=info.waktu, tempat=info.tempat, pimpinan=info.pimpinan_nama,
        pimpinan_jabatan=names.get(info.pimpinan_id or 0, ("", "", ""))[2], pimpinan_nip=nip(info.pimpinan_id),
        notulis=info.notulis_nama, notulis_nip=nip(info.notulis_id),
        hadir=[BarisHadir(p.nama, format_nip(p.nip) if p.nip else "", p.jabatan, p.kehadiran_label or "-")
               for p in det.peserta],
        peserta=[BarisPeserta(p.nama, p.capaian, p.tantangan, p.solusi) for p in det.peserta
                 if p.capaian or p.tantangan or p.solusi],
        tindak_lanjut=[BarisTindakLanjut(t.uraian, t.pegawai_nama, format_tanggal(t.tenggat) if t.tenggat else "-",
                                         t.status_label) for t in det.tindak_lanjut],
        kesimpulan=det.kesimpulan,
        tempat_tanggal=f"{office.kota_ttd}, {format_tanggal(tgl)}" if office.kota_ttd else format_tanggal(tgl),
    )
    path = Path(out)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        render_notulen(model, tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


# --------------------------------------------------------------------------- demo data


def tambah_demo_rapat(s: Session, tahun: int) -> RapatEvaluasi | None:
    """One past meeting of the demo's first unit with a head, inside the demo's transaction:
    attendance (one on leave), notes for three people and three follow-ups, one closed."""
    unit = s.scalars(select(UnitKerja).where(UnitKerja.parent_id.isnot(None), UnitKerja.kepala_id.isnot(None))
                     .order_by(UnitKerja.urutan, UnitKerja.id)).first()
    periode = s.scalars(select(Periode).join(Periode.tahun_kinerja).where(Periode.jenis == "periodik")
                        .order_by(Periode.urutan)).first()
    if unit is None or periode is None or periode.tahun_kinerja.tahun != tahun:
        return None
    in_unit = _unit_and_children(_units(s), unit.id)
    ids = [i for i, in s.execute(select(Pegawai.id).where(Pegawai.unit_id.in_(in_unit), Pegawai.status == "aktif")
                                 .order_by(Pegawai.id))]
    if unit.kepala_id in ids:
        ids.remove(unit.kepala_id)
    ids = [unit.kepala_id, *ids][:8]
    tgl = date.fromordinal(periode.tanggal_selesai.toordinal() + 8)
    r = RapatEvaluasi(judul=f"Rapat evaluasi kinerja {unit.nama} — {periode.nama} {tahun}", unit_kerja_id=unit.id,
                      periode_id=periode.id, tanggal=tgl, waktu="09.00 WITA s.d. selesai", tempat="Aula Kantor Camat",
                      pimpinan_id=unit.kepala_id, notulis_id=ids[-1] if len(ids) > 1 else None, status="selesai",
                      kesimpulan="Capaian triwulan umumnya sesuai target. Pelayanan administrasi perlu dipercepat; "
                                 "pengarsipan bukti dukung dilakukan setiap bulan, tidak menjelang akhir triwulan.")
    s.add(r)
    s.flush()
    notes = [
        ("Semua kegiatan koordinasi terlaksana sesuai jadwal.", "Data pendukung dari kelurahan sering terlambat.",
         "Kirim pengingat tertulis ke kelurahan seminggu sebelum tenggat."),
        ("Target surat keterangan terlampaui.", "Antrean panjang pada hari Senin.",
         "Bagi jadwal loket: pagi untuk pengambilan, siang untuk pengajuan."),
        ("Laporan keuangan diserahkan tepat waktu.", "Bukti dukung belum diunggah ke aplikasi.",
         "Unggah bukti dukung paling lambat tanggal 5 setiap bulan."),
    ]
    for i, pid in enumerate(ids):
        keh = "izin" if i == len(ids) - 2 and len(ids) > 3 else "hadir"
        cap, tan, sol = notes[i] if i < len(notes) else (None, None, None)
        s.add(PesertaRapat(rapat_id=r.id, pegawai_id=pid, urutan=i, kehadiran=keh, capaian=cap, tantangan=tan,
                           solusi=sol))
    aksi = [
        (ids[0], "Menyurati kelurahan tentang jadwal penyampaian data bulanan.", 14, True),
        (ids[min(1, len(ids) - 1)], "Menyusun jadwal loket baru dan mengumumkannya di papan informasi.", 21, False),
        (ids[min(2, len(ids) - 1)], "Mengunggah bukti dukung triwulan yang belum lengkap.", 10, False),
    ]
    for pid, text, hari, tutup in aksi:
        t = TindakLanjutRapat(rapat_id=r.id, pegawai_id=pid, uraian=text,
                              tenggat=date.fromordinal(tgl.toordinal() + hari), status=SELESAI if tutup else TERBUKA)
        if tutup:
            t.ditutup_pada = datetime.combine(date.fromordinal(tgl.toordinal() + hari - 3), datetime.min.time())
            t.ditutup_oleh = "demo"
            t.catatan_penutupan = "Surat edaran sudah dikirim ke semua kelurahan."
        s.add(t)
    return r
