"""Results package: export a year of a kecamatan, merge packages (regency mode).

Export (``export_results``) writes the exchange workbook of ``excel.exchange``
(jenis ``hasil``) for one year: employees, units, periods, organisation
predicates, SKPs with RHK/indicators/BerAKHLAK expectations, one Evaluasi row
per SKP and period (including Tahunan; empty when not evaluated yet),
realisasi and feedback. Rows are in a stable order so that export → import
into an empty database → export gives the same cells.

Import (``import_results``) reads and verifies one or more packages, then
merges them in ONE transaction after one backup. Records are matched by their
``uid`` (employees by NIP); new ones are inserted, differing ones updated,
and the following are reported as conflicts and skipped:

- the same record in two packages of one run with different content;
- an employee who, in this database, belongs to a unit outside the package
  (another kecamatan): master data is not overwritten;
- an evaluation that is final here and differs in the package;
- an SKP or evaluation whose natural key (employee+year+version, SKP+period)
  is taken by another record;
- a package whose sequence number is lower than one already imported from the
  same office for that year (skipped whole).

Trust (``services.kunci_kantor``): every package is signed by its office's
Ed25519 key over its canonical data; an unsigned package, one altered after
signing, or one signed by another key than the one trusted for that office is
refused whole, and no option overrides that. A never-seen office is refused
unless the caller trusts its key (GUI: after comparing the fingerprint;
CLI: ``--trust-new-office``).

Office boundary: a package writes only records of its own office's employees
(employees in units the office owns at this regency); everything else is a
rejected row. Every value passes the checks of manual entry and the predikat
is recomputed from the matrix. Each package is merged in its own transaction:
one bad package never rolls back another.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import math
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from asn_desktop import __version__
from asn_desktop.db import models as m
from asn_desktop.db.batch import INSERT_BATCH, in_chunks
from asn_desktop.db.bulk import bulk_insert, update_rows
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.enums import (
    Aspek,
    JenisJabatan,
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    JenisUnit,
    JenjangFungsional,
    Klasifikasi,
    LabeledEnum,
    Pendekatan,
    Perspektif,
    Predikat,
    PredikatOrganisasi,
    Rating,
    SkemaPeriode,
    StatusEvaluasi,
    StatusPegawai,
    StatusPeriode,
    StatusSkp,
)
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, pesan_dari, pisah
from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.domain.rating import predikat_kinerja
from asn_desktop.domain.roles import Permission
from asn_desktop.excel import ExcelError
from asn_desktop.excel.exchange import (
    HASIL_SHEETS,
    JENIS_HASIL,
    PUBLIC_KEY_KEY,
    SEQUENCE_KEY,
    SIGNATURE_KEY,
    ExchangeWorkbook,
    LazyRows,
    MetaInfo,
    ReadRow,
    read_workbook,
    signed_message,
    write_workbook,
)
from asn_desktop.fileio import write_text_atomic
from asn_desktop.services import kunci_kantor as K
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.layanan import baris_paket_hasil
from asn_desktop.services.pertukaran_umum import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    backup_before_import,
    file_sha256,
    from_excel,
    gc_paused,
    log_only,
)
from asn_desktop.services.periode import OrgResolver
from asn_desktop.services.settings import OFFICE_KEY, OfficeInfo


_PEGAWAI_DIRECT = (
    "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
    "status_kepegawaian", "golongan", "tmt_golongan", "nama_jabatan", "jenis_jabatan", "nip_lama", "agama",
    "nik", "email", "no_hp", "alamat", "tmt_cpns", "tmt_pns", "jenjang", "tmt_jabatan", "eselon",
    "kelas_jabatan", "pendidikan_terakhir", "tahun_lulus", "tmt_pensiun", "status", "tanggal_status",
    "keterangan_status",
)
_LABELLED_PEGAWAI = {"jenis_jabatan": JenisJabatan, "jenjang": JenjangFungsional, "status": StatusPegawai}
_SNAP = [f"{r}_{f}" for r in ("pegawai", "penilai", "atasan_penilai") for f in ("nama", "nip", "pangkat", "jabatan",
                                                                                  "unit")]
_SKP_SNAP = _SNAP + ["pegawai_status_kepegawaian", "penilai_status_kepegawaian", "atasan_penilai_status_kepegawaian"]
_SKP_TEXT = ("instansi", "lampiran_dukungan_sumber_daya", "lampiran_skema_pertanggungjawaban", "lampiran_konsekuensi",
             "catatan_pengembalian", "disetujui_oleh", "tempat_tanggal_ttd")
_EVAL_TEXT = ("self_catatan", "catatan_rekomendasi", "alasan_penyesuaian", "dinilai_oleh", "tempat_tanggal_ttd")


def _label(enum: type[LabeledEnum], code: str | None) -> str | None:
    if not code:
        return None
    try:
        return enum(code).label
    except ValueError:
        return code


def _code(enum: type[LabeledEnum], text: Any) -> str | None:
    if text in (None, ""):
        return None
    try:
        return _code_of(enum, str(text))
    except ValueError:
        raise ValueError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "\"{text}\" bukan nilai {name} yang dikenal"), text=text, name=enum.__name__)) from None


@functools.lru_cache(maxsize=4096)
def _code_of(enum: type[LabeledEnum], text: str) -> str:
    """A label's code, looked up once per distinct text (a regency package repeats a few labels a million times)."""
    return enum.from_label(text).value


# --------------------------------------------------------------------------- office / employees rows


def office_meta(s: Any, tahun: int | None = None) -> MetaInfo:
    row = s.get(m.Setting, OFFICE_KEY)
    info = OfficeInfo.from_dict(row.value if row is not None else None)
    return MetaInfo("", info.kode_kantor, info.nama_kantor, info.instansi, tahun)


#: The "Pegawai" sheet's keys in the order :func:`_employee_tuples` yields them.
_PEGAWAI_KEYS = ("uid", "nip", *_PEGAWAI_DIRECT, "unit", "unit_uid", "nip_atasan", "atasan_uid")


@functools.lru_cache(maxsize=None)
def _labels(enum: type[LabeledEnum]) -> dict[str, str]:
    """Code → label of an enum (what :func:`_label` gives, as one dict lookup per cell)."""
    return {e.value: e.label for e in enum}


def _employee_tuples(s: Any, include_inactive: bool = True) -> Iterator[list[Any]]:
    """The employees in the sheet's order (by NIP, those without one last), as lists in
    ``_PEGAWAI_KEYS`` order. The order comes from four short columns sorted here (code point
    order, the same on every database); the full rows are read 900 at a time in that order."""
    t = m.Pegawai.__table__
    u = m.UnitKerja.__table__.alias("u")
    a = m.Pegawai.__table__.alias("a")
    q = select(t.c.id, t.c.nip, t.c.nama, t.c.uid)
    if not include_inactive:
        q = q.where(t.c.status == StatusPegawai.AKTIF.value)
    keys = sorted(s.execute(q), key=lambda r: (r[1] is None, r[1] or "", r[2] or "", r[3]))
    order = [r[0] for r in keys]
    del keys
    full = (
        select(t.c.id, t.c.uid, t.c.nip, *(t.c[f] for f in _PEGAWAI_DIRECT), u.c.nama, u.c.uid, a.c.nip, a.c.uid)
        .select_from(t.outerjoin(u, u.c.id == t.c.unit_id).outerjoin(a, a.c.id == t.c.atasan_id))
    )
    labelled = [(_PEGAWAI_KEYS.index(f), _labels(enum)) for f, enum in _LABELLED_PEGAWAI.items()]
    for chunk in in_chunks(order):
        got = {r[0]: r for r in s.execute(full.where(t.c.id.in_(chunk))).all()}
        for i in chunk:
            row = list(got[i])[1:]
            for pos, lab in labelled:
                code = row[pos]
                row[pos] = lab.get(code, code) if code else None
            yield row


def employee_rows(s: Any, *, include_inactive: bool = True) -> list[dict[str, Any]]:
    """One dict per employee with the keys of the exchange "Pegawai" sheet (NIP order)."""
    return [dict(zip(_PEGAWAI_KEYS, row)) for row in _employee_tuples(s, include_inactive)]


# --------------------------------------------------------------------------- export


@dataclass
class ExportResult:
    path: Path
    sheets: dict[str, int]
    detik: float
    checksum: str = ""
    log_id: int | None = None
    nomor: int = 0  # the office's package sequence number
    sidik_jari: str = ""  # fingerprint of the key that signed it

    @property
    def rows(self) -> int:
        return sum(self.sheets.values())


def _tree_order(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_parent: dict[int | None, list[dict[str, Any]]] = {}
    ids = {u["id"] for u in units}
    for u in units:
        parent = u["parent_id"] if u["parent_id"] in ids else None
        by_parent.setdefault(parent, []).append(u)
    out: list[dict[str, Any]] = []
    seen: set[int] = set()

    def walk(parent: int | None) -> None:
        for u in sorted(by_parent.get(parent, []), key=lambda x: (x["urutan"] or 0, x["nama"] or "", x["uid"])):
            if u["id"] in seen:
                continue
            seen.add(u["id"])
            out.append(u)
            walk(u["id"])

    walk(None)
    out.extend(u for u in units if u["id"] not in seen)  # cycles: never lose a unit
    return out


_SKP_KEYS = (
    "uid", "nip", "nama", "tahun", "versi", "status", "pendekatan", "jenis_skp", "periode_mulai", "periode_selesai",
    "penilai_nip_ref", "atasan_penilai_nip_ref", "pegawai_uid", "penilai_uid", "atasan_penilai_uid", "pengganti_uid",
    "diajukan_pada", "disetujui_pada", *_SKP_SNAP, *_SKP_TEXT,
)
_RHK_KEYS = ("uid", "skp_uid", "nip", "jenis", "urutan", "teks", "parent_uid", "rhk_atasan_teks", "perspektif",
             "penugasan_dari", "klasifikasi")
_INDIKATOR_KEYS = ("uid", "rhk_uid", "nip", "urutan", "aspek", "teks", "target_min", "target_max", "satuan",
                   "target_teks", "lebih_rendah_lebih_baik")
_PERILAKU_KEYS = ("skp_uid", "nip", "nomor", "kode", "nilai", "ekspektasi_khusus")
_EVALUASI_KEYS = (
    "nip", "nama", "tahun", "periode", "skp_uid", "uid", "status", "rating_hasil_kerja", "rating_perilaku", "predikat",
    "capaian_organisasi", "self_rating_hasil", "self_rating_perilaku", "self_diajukan_pada", "dinilai_pada",
    *_SNAP, *_EVAL_TEXT,
)
_REALISASI_KEYS = ("evaluasi_uid", "indikator_uid", "nip", "periode", "rencana_aksi", "realisasi", "realisasi_nilai",
                   "umpan_balik")
_UMPAN_BALIK_KEYS = ("evaluasi_uid", "nip", "periode", "kode", "nilai", "umpan_balik")


class _Paket:
    """The big sheets of one year's results package, read from the database while the writer
    pulls them: SKP, RHK, Indikator, Perilaku and Evaluasi 900 SKPs at a time, Realisasi and
    Umpan Balik 900 evaluations at a time, each chunk put in the sheet's order here.

    The order is the one the package always had: by the employee's NIP (code point order), the
    SKP version and uid, then the RHK (utama first, jenis, urutan, uid), the indicator (urutan,
    uid) and the period. It is sorted in Python, not by ``ORDER BY``: a server's collation may
    order text differently from SQLite (PostgreSQL's en_US ignores punctuation and case), and
    the same data must give the same package on either. Between sheets only small maps stay:
    the SKPs in order (id, uid, NIP, …), the RHK ranks and the evaluation ids in order."""

    def __init__(self, s: Any, tahun: int, periods: list[Any]) -> None:
        self.s = s
        self.tahun = tahun
        self.periods = periods
        self.per_order = {p["id"]: i for i, p in enumerate(periods)}
        self.per_nama = {p["id"]: p["nama"] for p in periods}
        st, pt = m.Skp.__table__, m.Pegawai.__table__
        rows = s.execute(
            select(st.c.id, st.c.uid, pt.c.nip, st.c.versi, st.c.status, st.c.pegawai_id, pt.c.nama, pt.c.unit_id)
            .select_from(st.outerjoin(pt, pt.c.id == st.c.pegawai_id)).where(st.c.tahun == tahun)
        ).all()
        rows.sort(key=lambda r: (r[2] is None, r[2] or "", r[3], r[1]))
        #: the year's SKPs in sheet order: (id, uid, nip, status, pegawai_id, nama, unit_id)
        self.skps = [(r[0], r[1], r[2], r[4], r[5], r[6], r[7]) for r in rows]
        del rows
        self.skp_rank = {sk[0]: i for i, sk in enumerate(self.skps)}
        self._rhk_rank: dict[int, int] | None = None
        self._ev_ids: list[int] | None = None
        self._resolvers: dict[int, OrgResolver] = {}

    def count(self, table: Any, *via: Any) -> int:
        """How many rows of ``table`` belong to the year's SKPs (``via``: the table and join
        condition that lead from ``table`` to the SKP), for the progress bar."""
        st = m.Skp.__table__
        q = select(func.count()).select_from(table)
        link = table
        for t, on in zip(via[::2], via[1::2]):
            q, link = q.join(t, on), t
        return int(self.s.scalar(q.join(st, st.c.id == link.c.skp_id).where(st.c.tahun == self.tahun)) or 0)

    def _skp_chunks(self) -> Iterator[tuple[list[Any], list[int], dict[int, tuple[int, str, str | None]]]]:
        """The SKPs 900 at a time in sheet order: the chunk, its ids, and id → (position, uid, NIP)."""
        for chunk in in_chunks(self.skps):
            yield chunk, [sk[0] for sk in chunk], {sk[0]: (n, sk[1], sk[2]) for n, sk in enumerate(chunk)}

    # -- SKP, RHK, Indikator, Perilaku ----------------------------------------------------------
    def skp_rows(self) -> Iterator[list[Any]]:
        st, pt = m.Skp.__table__, m.Pegawai.__table__
        peg, pen, atp, gan = pt.alias("peg"), pt.alias("pen"), pt.alias("atp"), st.alias("gan")
        q = select(
            st.c.id, st.c.uid, peg.c.nip, peg.c.nama, st.c.tahun, st.c.versi, st.c.status, st.c.pendekatan,
            st.c.jenis_skp, st.c.periode_mulai, st.c.periode_selesai, pen.c.nip, atp.c.nip, peg.c.uid, pen.c.uid,
            atp.c.uid, gan.c.uid, st.c.diajukan_pada, st.c.disetujui_pada, *(st.c[f] for f in _SKP_SNAP + list(_SKP_TEXT)),
        ).select_from(
            st.outerjoin(peg, peg.c.id == st.c.pegawai_id).outerjoin(pen, pen.c.id == st.c.pejabat_penilai_id)
            .outerjoin(atp, atp.c.id == st.c.atasan_penilai_id).outerjoin(gan, gan.c.id == st.c.pengganti_id)
        )
        status, pendekatan, jenis = _labels(StatusSkp), _labels(Pendekatan), _labels(JenisSkp)
        for _c, ids, _pos in self._skp_chunks():
            got = {r[0]: r for r in self.s.execute(q.where(st.c.id.in_(ids))).all()}
            for i in ids:
                row = list(got[i])
                (_id, uid, nip, nama, tahun, versi, stt, pdk, jns, mulai, selesai, pen_nip, atp_nip, peg_uid, pen_uid,
                 atp_uid, gan_uid, diajukan, disetujui) = row[:19]
                yield [uid, nip, nama, tahun, versi, status.get(stt, stt) if stt else None,
                       pendekatan.get(pdk, pdk) if pdk else None, jenis.get(jns, jns) if jns else None, mulai, selesai,
                       pen_nip, atp_nip, peg_uid, pen_uid, atp_uid, gan_uid, diajukan, disetujui, *row[19:]]

    def rhk_rows(self) -> Iterator[tuple[Any, ...]]:
        rt = m.Rhk.__table__
        parent = rt.alias("induk")
        q = select(rt.c.id, rt.c.skp_id, rt.c.jenis, rt.c.urutan, rt.c.uid, rt.c.teks, parent.c.uid,
                   rt.c.rhk_atasan_teks, rt.c.perspektif, rt.c.penugasan_dari, rt.c.klasifikasi
                   ).select_from(rt.outerjoin(parent, parent.c.id == rt.c.parent_rhk_id))
        jenis_l, persp, klas = _labels(JenisRhk), _labels(Perspektif), _labels(Klasifikasi)
        rank = self.rhk_rank()
        for _c, ids, pos in self._skp_chunks():
            raw = self.s.execute(q.where(rt.c.skp_id.in_(ids))).all()
            raw.sort(key=lambda r: rank[r[0]])
            for _id, skp_id, jenis, urutan, uid, teks, parent_uid, atasan_teks, p, tugas, k in raw:
                _n, skp_uid, nip = pos[skp_id]
                yield (uid, skp_uid, nip, jenis_l.get(jenis, jenis) if jenis else None, urutan, teks, parent_uid,
                       atasan_teks, persp.get(p, p) if p else None, tugas, klas.get(k, k) if k else None)

    def indikator_rows(self) -> Iterator[tuple[Any, ...]]:
        """By the RHK's place in its sheet, then the indicator's urutan and uid."""
        rt, it = m.Rhk.__table__, m.Indikator.__table__
        q = select(it.c.rhk_id, it.c.urutan, it.c.uid, rt.c.skp_id, rt.c.uid, it.c.aspek, it.c.teks,
                   it.c.target_min, it.c.target_max, it.c.satuan, it.c.target_teks, it.c.lebih_rendah_lebih_baik
                   ).select_from(it.join(rt, rt.c.id == it.c.rhk_id))
        aspek_l = _labels(Aspek)
        rank = self.rhk_rank()
        for _c, ids, pos in self._skp_chunks():
            raw = self.s.execute(q.where(rt.c.skp_id.in_(ids))).all()
            raw.sort(key=lambda r: (rank[r[0]], r[1], r[2]))
            for _r, urutan, uid, skp_id, rhk_uid, aspek, teks, tmin, tmax, satuan, tteks, lrlb in raw:
                yield (uid, rhk_uid, pos[skp_id][2], urutan, aspek_l.get(aspek, aspek) if aspek else None, teks,
                       tmin, tmax, satuan, tteks, bool(lrlb))

    def perilaku_rows(self) -> Iterator[tuple[Any, ...]]:
        pk = m.PerilakuSkp.__table__
        q = select(pk.c.skp_id, pk.c.nomor, pk.c.kode, pk.c.ekspektasi_khusus)
        for _c, ids, pos in self._skp_chunks():
            raw = self.s.execute(q.where(pk.c.skp_id.in_(ids))).all()
            raw.sort(key=lambda r: (pos[r[0]][0], r[1], r[2]))
            for skp_id, nomor, kode, eks in raw:
                _n, skp_uid, nip = pos[skp_id]
                yield skp_uid, nip, nomor, kode, _nilai_nama(kode), eks

    # -- Evaluasi ---------------------------------------------------------------------------------
    def _capaian(self, status: str | None, frozen: str | None, pegawai_id: int, unit_id: int | None,
                 periode_id: int) -> str | None:
        """A final row carries the capaian frozen at signing; a rated one the unit's predicate now."""
        if status == StatusEvaluasi.FINAL.value:
            return frozen
        if status != StatusEvaluasi.DINILAI.value:
            return None
        if periode_id not in self._resolvers:
            self._resolvers[periode_id] = OrgResolver(self.s, periode_id)
        cap = self._resolvers[periode_id].capaian(pegawai_id, unit_id).predikat
        return cap.value if cap else None

    def evaluasi_rows(self) -> Iterator[list[Any]]:
        """One row per SKP and period (empty where not evaluated yet), except the empty periods
        of a replaced SKP."""
        et = m.Evaluasi.__table__
        q = select(et.c.skp_id, et.c.periode_id, et.c.status, et.c.capaian_organisasi, et.c.uid, et.c.rating_hasil_kerja,
                   et.c.rating_perilaku, et.c.predikat, et.c.self_rating_hasil, et.c.self_rating_perilaku,
                   et.c.self_diajukan_pada, et.c.dinilai_pada, *(et.c[f] for f in _SNAP + list(_EVAL_TEXT))
                   ).where(et.c.periode_id.in_(list(self.per_order) or [-1]))
        status_l, rating, pred, org = (_labels(StatusEvaluasi), _labels(Rating), _labels(Predikat),
                                       _labels(PredikatOrganisasi))
        diganti = StatusSkp.DIGANTI.value
        empty = [None] * (len(_EVALUASI_KEYS) - 5)
        for chunk, ids, _pos in self._skp_chunks():
            got = {(r[0], r[1]): r for r in self.s.execute(q.where(et.c.skp_id.in_(ids))).all()}
            for sk_id, sk_uid, nip, sk_status, pegawai_id, nama, unit_id in chunk:
                for p in self.periods:
                    e = got.get((sk_id, p["id"]))
                    if e is None:
                        if sk_status != diganti:
                            yield [nip, nama, self.tahun, p["nama"], sk_uid, *empty]
                        continue
                    (_s, _p, stt, frozen, uid, rh, rp, pr, srh, srp, sdiaj, dinilai) = e[:12]
                    cap = self._capaian(stt, frozen, pegawai_id, unit_id, p["id"])
                    yield [nip, nama, self.tahun, p["nama"], sk_uid, uid, status_l.get(stt, stt) if stt else None,
                           rating.get(rh, rh) if rh else None, rating.get(rp, rp) if rp else None,
                           pred.get(pr, pr) if pr else None, org.get(cap, cap) if cap else None,
                           rating.get(srh, srh) if srh else None, rating.get(srp, srp) if srp else None,
                           sdiaj, dinilai, *e[12:]]

    # -- Realisasi, Umpan Balik Perilaku ----------------------------------------------------------
    def ev_ids(self) -> list[int]:
        """The evaluation ids in the order of the Evaluasi sheet (SKP, then period)."""
        if self._ev_ids is None:
            et, st = m.Evaluasi.__table__, m.Skp.__table__
            rows = self.s.execute(
                select(et.c.id, et.c.skp_id, et.c.periode_id).join(st, st.c.id == et.c.skp_id)
                .where(st.c.tahun == self.tahun, et.c.periode_id.in_(list(self.per_order) or [-1]))
            ).all()
            rows.sort(key=lambda r: (self.skp_rank[r[1]], self.per_order[r[2]]))
            self._ev_ids = [r[0] for r in rows]
        return self._ev_ids

    def rhk_rank(self) -> dict[int, int]:
        """RHK id → its place in the RHK sheet, for the year's RHKs (what orders the indicators
        of the Realisasi sheet: an indicator's place follows its RHK's)."""
        if self._rhk_rank is None:
            rt, st = m.Rhk.__table__, m.Skp.__table__
            rows = self.s.execute(select(rt.c.id, rt.c.skp_id, rt.c.jenis, rt.c.urutan, rt.c.uid)
                                  .join(st, st.c.id == rt.c.skp_id).where(st.c.tahun == self.tahun)).all()
            utama = JenisRhk.UTAMA.value
            rows.sort(key=lambda r: (self.skp_rank[r[1]], r[2] != utama, r[2], r[3], r[4]))
            self._rhk_rank = {r[0]: i for i, r in enumerate(rows)}
        return self._rhk_rank

    def _ev_chunks(self) -> Iterator[tuple[list[int], dict[int, tuple[int, str, str | None, str]]]]:
        """Evaluation ids 900 at a time in sheet order, with id → (position, uid, NIP, period)."""
        et = m.Evaluasi.__table__
        nip = {sk[0]: sk[2] for sk in self.skps}
        for chunk in in_chunks(self.ev_ids()):
            pos = {e: n for n, e in enumerate(chunk)}
            info = {r[0]: (pos[r[0]], r[1], nip[r[2]], self.per_nama[r[3]]) for r in self.s.execute(
                select(et.c.id, et.c.uid, et.c.skp_id, et.c.periode_id).where(et.c.id.in_(chunk))).all()}
            yield chunk, info

    def count_by_evaluasi(self, table: Any, *via: Any) -> int:
        """How many rows of ``table`` (linked by ``evaluasi_id``) the sheet walked by
        :meth:`_ev_chunks` will hold: those of the year's evaluations in its periods (``via``:
        the table and join condition to an indicator's RHK, itself of the year's SKPs). Exact,
        because the writer decides from it whether the sheet is written in parts."""
        et, st = m.Evaluasi.__table__, m.Skp.__table__
        q = (select(func.count()).select_from(table).join(et, et.c.id == table.c.evaluasi_id)
             .join(st, st.c.id == et.c.skp_id)
             .where(st.c.tahun == self.tahun, et.c.periode_id.in_(list(self.per_order) or [-1])))
        if via:
            rt, st2 = m.Rhk.__table__, st.alias("skp_rhk")
            q = (q.join(via[0], via[1]).join(rt, rt.c.id == via[0].c.rhk_id).join(st2, st2.c.id == rt.c.skp_id)
                 .where(st2.c.tahun == self.tahun))
        return int(self.s.scalar(q) or 0)

    def realisasi_rows(self) -> Iterator[tuple[Any, ...]]:
        """By the evaluation's place, then the indicator's (its RHK's place, urutan, uid); only
        indicators of the year's SKPs (a realisasi on another year's indicator is left out)."""
        rz, it = m.Realisasi.__table__, m.Indikator.__table__
        q = select(rz.c.evaluasi_id, it.c.rhk_id, it.c.urutan, it.c.uid, rz.c.rencana_aksi, rz.c.realisasi,
                   rz.c.realisasi_nilai, rz.c.umpan_balik).select_from(rz.join(it, it.c.id == rz.c.indikator_id))
        rank = self.rhk_rank()
        width = len(rank) + 1
        for chunk, info in self._ev_chunks():
            raw = [r for r in self.s.execute(q.where(rz.c.evaluasi_id.in_(chunk))).all() if r[1] in rank]
            raw.sort(key=lambda r: (info[r[0]][0] * width + rank[r[1]], r[2], r[3]))
            for e, _r, _u, ind_uid, ra, re_, rn, ub in raw:
                _n, uid, nip, periode = info[e]
                yield uid, ind_uid, nip, periode, ra, re_, rn, ub

    def umpan_balik_rows(self) -> Iterator[tuple[Any, ...]]:
        """By the evaluation's place, then the BerAKHLAK value's number (unknown codes last) and code."""
        ub = m.UmpanBalikPerilaku.__table__
        q = select(ub.c.evaluasi_id, ub.c.kode, ub.c.umpan_balik)
        nomor = {b.kode: b.nomor for b in BERAKHLAK}
        width = max(nomor.values()) + 100
        for chunk, info in self._ev_chunks():
            raw = self.s.execute(q.where(ub.c.evaluasi_id.in_(chunk))).all()
            raw.sort(key=lambda r: (info[r[0]][0] * width + nomor.get(r[1], 99), r[1]))
            for e, k, t in raw:
                _n, uid, nip, periode = info[e]
                yield uid, nip, periode, k, _nilai_nama(k), t


def collect_results(s: Any, tahun: int, progress: Progress) -> tuple[dict[str, Any], dict[str, str]]:
    """The rows of a results package for ``tahun`` (sheet name → rows; the big sheets are
    :class:`LazyRows` read from the database while the sheet is written) and extra meta entries."""
    tk = s.scalar(select(m.TahunKinerja).where(m.TahunKinerja.tahun == tahun))
    if tk is None:
        raise ServiceError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Tahun kinerja {tahun} belum ada di basis data ini; tidak ada hasil untuk "
                    "diekspor. Pilih tahun lain."), tahun=tahun)
        )
    out: dict[str, Any] = {}
    progress.step(0, 10, "Mengumpulkan pegawai")
    ut, pt = m.UnitKerja.__table__, m.Pegawai.__table__
    n_pegawai = int(s.scalar(select(func.count()).select_from(pt)) or 0)
    out["Pegawai"] = LazyRows(lambda: _employee_tuples(s), n_pegawai, _PEGAWAI_KEYS)
    units = [dict(r._mapping) for r in s.execute(select(ut))]
    unit_uid = {u["id"]: u["uid"] for u in units}
    unit_nama = {u["id"]: u["nama"] for u in units}
    kepala_ids = {u["kepala_id"] for u in units if u["kepala_id"] is not None}
    kepala = {r[0]: (r[1], r[2]) for chunk in in_chunks(sorted(kepala_ids))
              for r in s.execute(select(pt.c.id, pt.c.uid, pt.c.nip).where(pt.c.id.in_(chunk)))}
    out["Unit Kerja"] = [
        {
            "uid": u["uid"], "kode": u["kode"], "nama": u["nama"], "jenis": _label(JenisUnit, u["jenis"]),
            "parent_uid": unit_uid.get(u["parent_id"]), "parent_nama": unit_nama.get(u["parent_id"]),
            "kepala_nip": kepala.get(u["kepala_id"], (None, None))[1],
            "kepala_uid": kepala.get(u["kepala_id"], (None, None))[0],
            "urutan": u["urutan"], "aktif": bool(u["aktif"]), "merged_uid": unit_uid.get(u["merged_into_id"]),
        }
        for u in _tree_order(units)
    ]
    unit_order = {row["uid"]: i for i, row in enumerate(out["Unit Kerja"])}
    # periods
    periods = s.execute(select(m.Periode.__table__).where(m.Periode.tahun_id == tk.id)).mappings().all()
    periods = sorted(periods, key=lambda p: (p["urutan"], p["jenis"], p["nomor"]))
    per_by_id = {p["id"]: p for p in periods}
    per_order = {p["id"]: i for i, p in enumerate(periods)}
    out["Periode"] = [
        {
            "tahun": tahun, "skema": _label(SkemaPeriode, tk.skema_periode), "nomor": p["nomor"],
            "urutan": p["urutan"], "nama": p["nama"], "jenis": _label(JenisPeriode, p["jenis"]),
            "tanggal_mulai": p["tanggal_mulai"], "tanggal_selesai": p["tanggal_selesai"],
            "status": _label(StatusPeriode, p["status"]), "ditutup_pada": p["ditutup_pada"],
            "ditutup_oleh": p["ditutup_oleh"],
        }
        for p in periods
    ]
    po = m.PredikatOrganisasiPeriode.__table__
    caps = s.execute(select(po).where(po.c.periode_id.in_(list(per_by_id) or [-1]))).mappings().all()
    out["Capaian Organisasi"] = sorted(
        (
            {
                "unit_uid": unit_uid.get(c["unit_id"]), "unit_nama": unit_nama.get(c["unit_id"]), "tahun": tahun,
                "periode": per_by_id[c["periode_id"]]["nama"], "predikat": _label(PredikatOrganisasi, c["predikat"]),
                "ditetapkan_oleh": c["ditetapkan_oleh"], "catatan": c["catatan"],
                "_o": (unit_order.get(unit_uid.get(c["unit_id"]), 10**9), per_order[c["periode_id"]]),
            }
            for c in caps
        ),
        key=lambda d: d["_o"],
    )
    progress.step(2, 10, "Mengumpulkan SKP")
    pk = _Paket(s, tahun, list(periods))
    rt, it = m.Rhk.__table__, m.Indikator.__table__
    n_evaluasi = len(pk.ev_ids())
    out["SKP"] = LazyRows(pk.skp_rows, len(pk.skps), _SKP_KEYS)
    out["RHK"] = LazyRows(pk.rhk_rows, pk.count(rt), _RHK_KEYS)
    out["Indikator"] = LazyRows(pk.indikator_rows, pk.count(it, rt, rt.c.id == it.c.rhk_id), _INDIKATOR_KEYS)
    out["Perilaku"] = LazyRows(pk.perilaku_rows, pk.count(m.PerilakuSkp.__table__), _PERILAKU_KEYS)
    out["Evaluasi"] = LazyRows(pk.evaluasi_rows, len(pk.skps) * len(periods), _EVALUASI_KEYS)
    rz, ub = m.Realisasi.__table__, m.UmpanBalikPerilaku.__table__
    out["Realisasi"] = LazyRows(pk.realisasi_rows, pk.count_by_evaluasi(rz, it, it.c.id == rz.c.indikator_id)
                                if n_evaluasi else 0, _REALISASI_KEYS)
    out["Umpan Balik Perilaku"] = LazyRows(pk.umpan_balik_rows, pk.count_by_evaluasi(ub) if n_evaluasi else 0,
                                           _UMPAN_BALIK_KEYS)
    out.update(baris_paket_hasil(s, tahun))  # "Layanan Bulanan" and "SKM": public-service figures
    extra = {
        "skema_periode": tk.skema_periode,
        "tahun_mulai": tk.tanggal_mulai.isoformat(),
        "tahun_selesai": tk.tanggal_selesai.isoformat(),
        "tahun_ditutup": "ya" if tk.ditutup else "tidak",
    }
    progress.step(3, 10, "Menulis berkas")
    return out, extra


@functools.lru_cache(maxsize=64)
def _nilai_nama(kode: str) -> str:
    try:
        return nilai_by_kode(kode).nama
    except (ValueError, KeyError):
        return kode


def export_results(
    ctx: AppContext, path: Path | str, tahun: int, progress: Progress | None = None
) -> ExportResult:
    """Write the results package of ``tahun`` to ``path`` (an .xlsx), signed with the office key
    and numbered with the office's next package sequence number."""
    t0 = time.perf_counter()
    progress = progress or Progress.none()
    path = Path(path)
    ctx.require(Permission.EXCHANGE, Permission.EVAL_READ_ALL)
    with ctx.write("pertukaran.ekspor_hasil", Permission.EXCHANGE, Permission.EVAL_READ_ALL) as uow:
        key = K.ensure_office_key(uow)
        nomor = K.next_sequence(uow)  # a failed export leaves a gap, never a reused number
    with ctx.read(Permission.EXCHANGE, Permission.EVAL_READ_ALL) as s:
        data, extra = collect_results(s, int(tahun), progress)
        meta = office_meta(s, int(tahun))
        meta.jenis = JENIS_HASIL
        meta.extra = {**extra, SEQUENCE_KEY: str(nomor), PUBLIC_KEY_KEY: key["publik"]}
        sheets = [(spec, data[spec.name]) for spec in HASIL_SHEETS]
        try:  # inside the read session: the largest sheets are fetched while being written
            with gc_paused():  # a few short-lived objects per cell, no cycles: ~10 % of the time otherwise
                checksum = write_workbook(path, meta, sheets, progress=lambda d, t, msg: progress.step(d, t, msg),
                                          signer=lambda message: K.sign(key, message))
        except ExcelError as exc:
            raise from_excel(exc) from None
    counts = {spec.name: len(data[spec.name]) for spec in HASIL_SHEETS}
    res = ExportResult(path, counts, round(time.perf_counter() - t0, 2), checksum, nomor=nomor,
                       sidik_jari=K.fingerprint(key["publik"]))
    res.log_id = log_only(ctx, "ekspor_hasil", path, file_sha256(path), "ok",
                          {"tahun": int(tahun), **counts, "checksum": checksum, "nomor_paket": nomor,
                           "sidik_jari": res.sidik_jari})
    return res


# --------------------------------------------------------------------------- import: report


@dataclass
class Conflict:
    berkas: str
    entitas: str
    kunci: str
    pesan: str  # Bahasa Indonesia (report files, log); given a Msg, it is kept as ``pesan_msg``
    pesan_msg: Msg | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.pesan, Msg):
            self.pesan, self.pesan_msg = pisah(self.pesan)

    @property
    def teks(self) -> Msg | str:
        """The message for the UI (translated there)."""
        return self.pesan_msg if self.pesan_msg is not None else self.pesan

    def as_dict(self) -> dict[str, str]:
        return {"berkas": self.berkas, "entitas": self.entitas, "kunci": self.kunci, "pesan": self.pesan}


@dataclass
class PackageResult:
    berkas: str
    kode_kantor: str = ""
    nama_kantor: str = ""
    tahun: int | None = None
    dibuat_pada: str = ""
    checksum_ok: bool = True
    diterima: bool = False
    pesan: str = ""  # Bahasa Indonesia; ``set_pesan`` keeps the Msg for the UI as ``pesan_msg``
    masalah: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    nomor: int | None = None  # the office's package sequence number (signed)
    kunci_publik: str = ""
    sidik_jari: str = ""
    tanda_tangan_ok: bool = False
    kantor_baru: bool = False  # signed by an office this database has never trusted
    kunci_lain: bool = False  # signed, but not with the key trusted for this office
    pesan_msg: Msg | None = field(default=None, compare=False, repr=False)

    def set_pesan(self, message: Msg | str) -> None:
        """The outcome message: Indonesian in ``pesan``, the Msg (if any) for the UI in ``pesan_msg``."""
        self.pesan, self.pesan_msg = pisah(message)

    @property
    def teks(self) -> Msg | str:
        """The outcome message for the UI (translated there)."""
        return self.pesan_msg if self.pesan_msg is not None else self.pesan
    dipercaya_sekarang: bool = False  # the office's key was trusted by this run

    def add(self, entitas: str, what: str, n: int = 1) -> None:
        c = self.counts.setdefault(entitas, {"baru": 0, "berubah": 0, "tetap": 0, "konflik": 0})
        c[what] += n

    def total(self, what: str) -> int:
        return sum(c.get(what, 0) for c in self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "berkas": self.berkas, "kode_kantor": self.kode_kantor, "nama_kantor": self.nama_kantor,
            "tahun": self.tahun, "dibuat_pada": self.dibuat_pada, "checksum_cocok": self.checksum_ok,
            "nomor_paket": self.nomor, "sidik_jari": self.sidik_jari, "tanda_tangan_cocok": self.tanda_tangan_ok,
            "kantor_baru": self.kantor_baru, "kunci_lain": self.kunci_lain,
            "kunci_dipercaya_sekarang": self.dipercaya_sekarang, "diterima": self.diterima, "pesan": self.pesan, "masalah": self.masalah, "jumlah": self.counts,
        }


@dataclass
class ResultsImportReport:
    packages: list[PackageResult]
    conflicts: list[Conflict]
    dry_run: bool
    written: bool = False
    backup: str | None = None
    log_id: int | None = None
    status: str = "uji"

    @property
    def accepted(self) -> list[PackageResult]:
        return [p for p in self.packages if p.diterima]

    @property
    def exit_code(self) -> int:
        if not self.accepted:
            return EXIT_FAILED
        if self.conflicts or len(self.accepted) < len(self.packages):
            return EXIT_PARTIAL
        return EXIT_OK

    @property
    def ringkasan(self) -> str:
        """The one-line summary; a ``Teks`` the UI shows translated."""
        return Teks(self.ringkasan_pesan)

    @property
    def ringkasan_pesan(self) -> Msg:
        """The one-line summary as the UI translates it."""
        text = Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "{diterima} dari {paket} paket diterima; {baru} data baru, {berubah} berubah, {tetap} tidak "
            "berubah, {konflik} konflik."), diterima=len(self.accepted), paket=len(self.packages),
            baru=sum(p.total("baru") for p in self.accepted), berubah=sum(p.total("berubah") for p in self.accepted),
            tetap=sum(p.total("tetap") for p in self.accepted), konflik=len(self.conflicts))
        if self.dry_run:
            return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Uji coba (tidak disimpan): {ringkas}"), ringkas=text)
        if self.written:
            return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Disimpan: {ringkas}"), ringkas=text)
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "asn-kinerja-laporan-impor-hasil", "versi_aplikasi": __version__,
            "uji_coba": self.dry_run, "disimpan": self.written, "status": self.status, "ringkasan": self.ringkasan,
            "cadangan": self.backup, "paket": [p.as_dict() for p in self.packages],
            "konflik": [c.as_dict() for c in self.conflicts],
        }

    def save_json(self, path: Path | str) -> Path:
        return write_text_atomic(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=str))


class _DryRun(Exception):
    pass


class _Refused(Exception):
    def __init__(self, message: str | Msg) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)


# --------------------------------------------------------------------------- import: merging


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        return v if v != "" else None
    if isinstance(v, datetime):
        return v.replace(microsecond=0)
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    return v


def _eq(a: Any, b: Any) -> bool:
    a, b = _norm(a), _norm(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b) if (a is not None and b is not None) else a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, datetime) and isinstance(b, date) and not isinstance(b, datetime):
        return False
    return a == b


_CHILD_ENTITIES = frozenset({"Perilaku", "Realisasi", "Umpan Balik Perilaku", "Capaian Organisasi"})


def _fingerprint(values: dict[str, Any]) -> int:
    """Hash of a record's values in merge form (for the cross-package conflict check)."""
    return hash(tuple((k, _norm(v)) for k, v in values.items()))


#: Integer columns and the range manual entry allows; any other integer must fit SQLite's 64 bits.
_INT_RANGE: dict[str, tuple[int, int]] = {
    "urutan": (0, 100_000), "versi": (1, 999), "nomor": (0, 99),
}
#: Text limits of manual entry (services.skp MAX_TEKS / MAX_LAMPIRAN, services.evaluasi MAKS_TEKS).
_TEXT_LIMIT: dict[str, int] = {
    "teks": 2000, "rhk_atasan_teks": 2000, "penugasan_dari": 500, "satuan": 100, "target_teks": 2000,
    "lampiran_dukungan_sumber_daya": 10_000, "lampiran_skema_pertanggungjawaban": 10_000,
    "lampiran_konsekuensi": 10_000, "catatan_pengembalian": 2000, "nama": 200, "kode": 50,
    "ditetapkan_oleh": 200, "catatan": 5000, "instansi": 300, "disetujui_oleh": 200, "dinilai_oleh": 200,
    "tempat_tanggal_ttd": 300, "ditutup_oleh": 200,
}
_DEFAULT_TEXT_LIMIT = 5000
_KODE_BERAKHLAK = frozenset(b.kode for b in BERAKHLAK)
#: BerAKHLAK code → small number, to pack an (evaluation, code) key into one int
_KODE_NOMOR = {k: i for i, k in enumerate(sorted(_KODE_BERAKHLAK))}
_KODE = sorted(_KODE_BERAKHLAK)  # the number → the code


def _paket_kunci(a: int, b: int) -> int:
    """Two ids as one int key: a regency merge keeps ~600,000 realisasi keys at once, and a
    tuple of two ints costs three objects where this costs one."""
    return (a << 32) | b
_SNAPSHOT_LIMIT = 500
_HEADERS: dict[str, dict[str, str]] = {spec.name: {c.key: c.header for c in spec.columns} for spec in HASIL_SHEETS}
_ALIAS = {"pegawai_id": "nip", "skp_id": "skp_uid", "rhk_id": "rhk_uid", "periode_id": "periode"}


def _column(sheet: str, key: str) -> str:
    """The column header a value came from, for messages."""
    return _HEADERS.get(sheet, {}).get(_ALIAS.get(key, key), key)


_MIN_TEXT_LIMIT = min(min(_TEXT_LIMIT.values()), _SNAPSHOT_LIMIT, _DEFAULT_TEXT_LIMIT)


@functools.lru_cache(maxsize=None)
def _text_limit(key: str) -> int:
    return _TEXT_LIMIT.get(key) or (_SNAPSHOT_LIMIT if key.startswith(("pegawai_", "penilai_", "atasan_penilai_"))
                                    else _DEFAULT_TEXT_LIMIT)


def _bad_value(sheet: str, values: dict[str, Any], tahun: int | None) -> str | None:
    """The first value that manual entry would not accept (type ranges, text length, dates),
    as 'kolom "X": why'; None when every value is acceptable. Keeps OverflowError and
    friends out of the database layer."""
    for k, v in values.items():
        # most values pass by their type's cheapest test; the message is built only for the rest
        c = v.__class__
        if c is str:
            if len(v) <= _MIN_TEXT_LIMIT or len(v) <= _text_limit(k):
                continue
        elif v is None or c is bool:
            continue
        elif c is float:
            if -1e15 <= v <= 1e15:
                continue
        elif c is date or c is datetime:
            if 1900 <= v.year <= 2100:
                continue
        if k.endswith("_id"):
            continue
        bad = _bad_one(sheet, k, v, tahun)
        if bad is not None:
            return bad
    return None


def _bad_one(sheet: str, k: str, v: Any, tahun: int | None) -> str | None:
    """Why value ``v`` of key ``k`` is not acceptable (see :func:`_bad_value`), or None."""
    if v is None or v.__class__ is bool or k.endswith("_id"):
        return None
    if v.__class__ is str and len(v) <= _text_limit(k):
        return None
    if isinstance(v, int):
        lo, hi = _INT_RANGE.get(k, (-(2**63), 2**63 - 1))
        if k == "tahun" and tahun is not None:
            lo = hi = tahun
        if not lo <= v <= hi:
            shown = str(v) if len(str(v)) <= 25 else str(v)[:22] + "…"
            want = f"tahun paket ({tahun})" if k == "tahun" and tahun is not None else f"{lo}–{hi}"
            return f"kolom \"{_column(sheet, k)}\": {shown} di luar rentang yang diizinkan ({want})"
    elif isinstance(v, float):
        if not math.isfinite(v) or abs(v) > 1e15:
            return f"kolom \"{_column(sheet, k)}\": {v!r} bukan angka yang wajar"
    elif isinstance(v, str):
        limit = _text_limit(k)
        if len(v) > limit:
            return (f"kolom \"{_column(sheet, k)}\": teks terlalu panjang ({len(v):,} karakter; "
                    f"paling banyak {limit:,})".replace(",", "."))
    elif isinstance(v, (date, datetime)):
        if not 1900 <= v.year <= 2100:
            return f"kolom \"{_column(sheet, k)}\": tanggal {v.isoformat()} di luar 1900–2100"
    return None


def _predikat_problem(values: dict[str, Any]) -> str | None:
    """The predikat is never taken on trust: it follows from the two ratings by the matrix
    (PermenPANRB 6/2022 lampiran). A typed predikat that disagrees, or one without both
    ratings, rejects the row; a missing one is filled in."""
    h, p, typed = values.get("rating_hasil_kerja"), values.get("rating_perilaku"), values.get("predikat")
    if h and p:
        computed = predikat_kinerja(Rating(h), Rating(p)).value
        if typed and typed != computed:
            return (f"kolom \"Predikat\": {Predikat(typed).label} tidak sesuai matriks (rating hasil kerja "
                    f"{Rating(h).label}, perilaku kerja {Rating(p).label} → {Predikat(computed).label}; "
                    "PermenPANRB 6/2022 lampiran)")
        values["predikat"] = computed
        return None
    if typed:
        return (f"kolom \"Predikat\": {Predikat(typed).label} tanpa rating hasil kerja dan rating perilaku kerja; "
                "predikat hanya berasal dari kedua rating")
    return None


def _pegawai_problem(values: dict[str, Any]) -> str | None:
    """The employee row checked exactly like the profile form (services.pegawai.periksa_pegawai:
    NIP per kinerja-asn.md §7, golongan, kelas jabatan, lengths, dates …); first error or None."""
    from dataclasses import fields as dc_fields

    from asn_desktop.services.pegawai import PegawaiData, normalise, periksa_pegawai

    names = {f.name for f in dc_fields(PegawaiData)}
    data = PegawaiData(**{k: v for k, v in values.items() if k in names and k not in ("unit_id", "atasan_id")})
    data.nip = values.get("nip") or ""
    try:
        problems = periksa_pegawai(normalise(data))
    except (DomainError, ValueError, TypeError, OverflowError) as exc:
        return str(exc)
    errs = problems.errors
    if not errs:
        return None
    e = errs[0]
    return f"kolom \"{_column('Pegawai', e.field)}\": {e.message}"


def _as_row(cur: dict[str, Any] | int | None) -> dict[str, Any] | None:
    """An ``existing`` entry as a record: a slim sheet keeps only the id of a record it
    inserted (a regency package brings ~600,000 realisasi; a dict each was most of the memory)."""
    return {"id": cur} if cur.__class__ is int else cur  # type: ignore[return-value]


class _Merger:
    """Merges verified packages into the open write transaction."""

    def __init__(self, uow: Any, progress: Progress) -> None:
        self.uow = uow
        self.s = uow.session
        self.conn = self.s.connection()
        self.progress = progress
        self.now = datetime.now().replace(microsecond=0)
        self.conflicts: list[Conflict] = []
        self.audits: list[dict[str, Any]] = []
        self.seen: dict[tuple[str, Any], tuple[str, int, str]] = {}
        self.office = ""  # office code of the package being merged
        self.multi = False  # several packages in this run (cross-office conflict check)
        self.n_rows = 0
        self.next_id: dict[str, int] = {}
        self.id_before: dict[str, int] = {}
        self._kinds: dict[str, tuple[bool, bool]] = {}
        self.owner = K.KantorPengirim("")  # the sending office's state (owned units are claimed here)
        self.other_units: set[str] = set()  # unit uids owned by other offices
        self.tahun: int | None = None

    # -- helpers ------------------------------------------------------------------
    def new_id(self, table: Any) -> int:
        name = table.name
        if name not in self.next_id:
            self.next_id[name] = self.max_before(table)
        self.next_id[name] += 1
        return self.next_id[name]

    def kinds(self, table: Any) -> tuple[bool, bool]:
        """(has timestamps, has a version column): asked once per table, not once per row."""
        k = self._kinds.get(table.name)
        if k is None:
            k = self._kinds[table.name] = ("created_at" in table.c, "version_id" in table.c)
        return k

    def max_before(self, table: Any) -> int:
        """The largest id of ``table`` before this package's first insert: every larger id is
        a record the package brought (nothing in the database refers to it yet)."""
        name = table.name
        if name not in self.id_before:
            self.id_before[name] = self.conn.execute(select(func.max(table.c.id))).scalar() or 0
        return self.id_before[name]

    def existing_by_uid(self, table: Any, rows: Iterable[ReadRow], existing: dict[Any, Any],
                        chunk: int = 2000) -> Iterator[ReadRow]:
        """``rows`` passed on in chunks, the stored records of each chunk's uids loaded into
        ``existing`` first: one read of the sheet instead of one for the uids and one to merge.
        An empty table (a first import) is never asked."""
        if self.max_before(table) == 0:
            yield from rows
            return
        buf: list[ReadRow] = []

        def load() -> None:
            uids = {u for r in buf if (u := r.values.get("uid")) and u not in existing}
            if uids:
                existing.update(self.load_by_uid(table, sorted(uids)))

        for r in rows:
            buf.append(r)
            if len(buf) >= chunk:
                load()
                yield from buf
                buf.clear()
        load()
        yield from buf

    def conflict(self, pkg: PackageResult, entitas: str, kunci: Any, pesan: str) -> None:
        self.conflicts.append(Conflict(pkg.berkas, entitas, str(kunci), pesan))
        pkg.add(entitas, "konflik")

    def reject(self, pkg: PackageResult, sheet: str, kunci: Any, row: ReadRow, why: str) -> None:
        """A rejected row: reported with file, sheet (the part it is on, for a sheet in parts), row and
        column; nothing of it is written."""
        where = row.lembar or sheet
        self.conflict(pkg, sheet, kunci, f"Ditolak: {Path(pkg.berkas).name}, lembar \"{where}\" baris {row.row}, {why}.")

    def audit(self, entitas: str, eid: Any, ringkasan: str, sebelum: Any, sesudah: Any) -> None:
        def plain(d: Any) -> Any:
            if isinstance(d, dict):
                return {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in d.items()}
            return d

        actor = self.uow.actor
        self.audits.append(dict(waktu=self.now, user_id=actor.user_id, username=actor.username, aksi=self.uow.aksi,
                                entitas=entitas, entitas_id=str(eid), ringkasan=ringkasan, sebelum=plain(sebelum),
                                sesudah=plain(sesudah)))

    def load(self, table: Any, key_cols: list[str], where: Any = None) -> dict[Any, dict[str, Any]]:
        q = select(table)
        if where is not None:
            q = q.where(where)
        out: dict[Any, dict[str, Any]] = {}
        for r in self.conn.execute(q).mappings():
            key = tuple(r[k] for k in key_cols) if len(key_cols) > 1 else r[key_cols[0]]
            out[key] = dict(r)
        return out

    def upsert(
        self,
        pkg: PackageResult,
        entitas: str,
        table: Any,
        key: Any,
        values: dict[str, Any],
        existing: dict[Any, dict[str, Any]],
        inserts: list[dict[str, Any]],
        updates: list[tuple[int, dict[str, Any]]],
        label: str,
        *,
        insert_extra: dict[str, Any] | None = None,
        locked: str | None = None,
        slim: bool = False,
    ) -> int | None:
        """Insert or update one record; returns its id (None when skipped as a conflict)."""
        self.tick()
        cur = existing.get(key)
        if cur is None and not self.multi:
            # a record this database does not hold (every row of a first import): inserted
            # without the comparisons below
            row = {**values, **insert_extra} if insert_extra else dict(values)
            rid = self.insert_new(pkg, entitas, table, row, inserts, updates)
            existing[key] = rid if slim else row
            return rid
        cur = _as_row(cur)
        if locked and cur is not None and any(not _eq(cur.get(k), v) for k, v in values.items()):
            self.conflict(pkg, entitas, label, locked)
            return cur["id"]
        if self.multi and entitas not in _CHILD_ENTITIES:
            # one run, several offices: the same record with other content is a conflict. Only a
            # fingerprint is remembered (a regency run holds a million records); children follow
            # their parent (an evaluation in conflict brings none of its realisasi).
            seen = self.seen.get((entitas, key))
            fingerprint = _fingerprint(values)
            if seen is not None and seen[0] != pkg.berkas and seen[2] != self.office and seen[1] != fingerprint:
                self.conflict(pkg, entitas, label,
                              f"{entitas} {label} juga ada di paket {Path(seen[0]).name} dengan isi berbeda; "
                              "data dari paket ini tidak dipakai.")
                cur = _as_row(existing.get(key))
                return cur["id"] if cur else None
            self.seen[(entitas, key)] = (pkg.berkas, fingerprint, self.office)
        cur = _as_row(existing.get(key))
        if cur is None:
            row = {**values, **(insert_extra or {})}
            rid = self.insert_new(pkg, entitas, table, row, inserts, updates)
            existing[key] = rid if slim else row
            return rid
        diff = {k: v for k, v in values.items() if not _eq(cur.get(k), v)}
        if not diff:
            pkg.add(entitas, "tetap")
            return cur["id"]
        if locked:
            self.conflict(pkg, entitas, label, locked)
            return cur["id"]
        updates.append((cur["id"], diff))
        self.audit(table.name, cur["id"], f"{entitas} {label} diperbarui dari paket hasil {Path(pkg.berkas).name}",
                   {k: cur.get(k) for k in diff}, diff)
        cur.update(diff)
        existing[key] = cur
        pkg.add(entitas, "berubah")
        return cur["id"]

    def tick(self) -> None:
        """One more row merged: Batal stays responsive on a regency-size package."""
        self.n_rows += 1
        if self.n_rows % 2000 == 0:
            self.progress.check()

    def insert_new(self, pkg: PackageResult, entitas: str, table: Any, row: dict[str, Any],
                   inserts: list[dict[str, Any]], updates: list[tuple[int, dict[str, Any]]]) -> int:
        """Queue ``row`` (its values and keys) as a new record of ``table``: its id, time stamps
        and version are given here; counted as new. The caller knows the key is not stored."""
        rid = row["id"] = self.new_id(table)
        stamped, versioned = self.kinds(table)
        if stamped:
            row.setdefault("created_at", self.now)
            row.setdefault("updated_at", self.now)
        if versioned:
            row.setdefault("version_id", 1)
        inserts.append(row)
        if len(inserts) >= INSERT_BATCH:
            self.flush(table, inserts, updates)  # bounded memory on regency-size sheets
        counts = pkg.counts.get(entitas)
        if counts is None:
            pkg.add(entitas, "baru")
        else:
            counts["baru"] += 1
        return rid

    def flush(self, table: Any, inserts: list[dict[str, Any]], updates: list[tuple[int, dict[str, Any]]]) -> None:
        """Write the pending rows: inserts and updates each as executemany (an update per row
        was most of the time of the parent-RHK and supervisor passes)."""
        if inserts:
            bulk_insert(self.conn, table, inserts)
            inserts.clear()
        if updates:
            extra: dict[str, Any] = {}
            if "updated_at" in table.c:
                extra["updated_at"] = self.now
            if "version_id" in table.c:
                extra["version_id"] = table.c.version_id + 1
            by_id: dict[int, dict[str, Any]] = {}
            for rid, diff in updates:  # one row updated twice in a batch: the later values win, as before
                by_id.setdefault(rid, {}).update({k: v for k, v in diff.items() if k not in extra})
            update_rows(self.conn, table, [{"id": rid, **vals} for rid, vals in by_id.items() if vals],
                        extra=extra or None)
        updates.clear()

    # -- one package -----------------------------------------------------------------
    def merge(self, pkg: PackageResult, wb: ExchangeWorkbook) -> None:
        """Merge the package's sheets in the order of ``_SHEET_MERGES`` (each needs its predecessors' ids)."""
        self.tahun = wb.tahun
        state = _MergeState(pkg=pkg, wb=wb, sheets=_SheetRows(wb), own_units=set(self.owner.unit))
        name = Path(pkg.berkas).name
        for stage in _SHEET_MERGES:
            if stage.progress is not None:
                self.progress.step(stage.progress[0], 10, f"Menggabungkan {name}: {stage.progress[1]}")
            stage.merge(self, state)
        self.progress.step(10, 10, f"{name} selesai")

    def load_by_uid(self, table: Any, uids: list[str]) -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        for chunk in in_chunks([u for u in uids if u]):
            out.update(self.load(table, ["uid"], table.c.uid.in_(chunk)))
        return out

    def ids_by_uid(self, table: Any, uids: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in in_chunks([u for u in uids if u]):
            out.update(dict(self.conn.execute(select(table.c.uid, table.c.id).where(table.c.uid.in_(chunk))).all()))
        return out

    def load_by_evaluasi(self, table: Any, key_cols: list[str], ev_ids: list[int]) -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        for chunk in in_chunks(ev_ids):
            out.update(self.load(table, key_cols, table.c.evaluasi_id.in_(chunk)))
        return out

    def periods(self, pkg: PackageResult, wb: ExchangeWorkbook) -> dict[str, int]:
        """Create the package's year and periods when missing; the name → id map of its periods."""
        rows = wb.sheets["Periode"]
        if not rows:
            return {}
        tahun = rows[0].values.get("tahun") or wb.tahun
        try:
            skema = _code(SkemaPeriode, rows[0].values.get("skema")) or wb.meta.get("skema_periode") or \
                SkemaPeriode.TRIWULANAN.value
        except ValueError as exc:
            raise _Refused(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Skema periode pada paket tidak dikenal: {exc}."), exc=exc)) from None
        tt = m.TahunKinerja.__table__
        pt = m.Periode.__table__
        tk = self.conn.execute(select(tt).where(tt.c.tahun == tahun)).mappings().first()
        if tk is None:
            def iso(key: str, default: date) -> date:
                try:
                    return date.fromisoformat(wb.meta.get(key, ""))
                except ValueError:
                    return default

            tid = self.new_id(tt)
            self.conn.execute(insert(tt).values(
                id=tid, tahun=tahun, skema_periode=skema, tanggal_mulai=iso("tahun_mulai", date(tahun, 1, 1)),
                tanggal_selesai=iso("tahun_selesai", date(tahun, 12, 31)),
                ditutup=wb.meta.get("tahun_ditutup") == "ya", created_at=self.now, updated_at=self.now))
            pkg.add("Periode", "baru")
        else:
            tid = tk["id"]
            if tk["skema_periode"] != skema:
                raise _Refused(
                    Msg.of(QT_TRANSLATE_NOOP(
                            "Pesan",
                            "Tahun {tahun} di basis data ini memakai skema {label}, sedangkan "
                            "paket memakai skema {label2}; evaluasinya tidak dapat digabungkan."), tahun=tahun, label=Msg(SkemaPeriode(tk['skema_periode']).label), label2=Msg(SkemaPeriode(skema).label))
                )
        existing = self.load(pt, ["jenis", "nomor"], pt.c.tahun_id == tid)
        out: dict[str, int] = {}
        ins: list[dict[str, Any]] = []
        for r in rows:
            v = r.values
            try:
                jenis = _code(JenisPeriode, v.get("jenis")) or JenisPeriode.PERIODIK.value
                status = _code(StatusPeriode, v.get("status")) or StatusPeriode.BELUM_DIBUKA.value
            except ValueError as exc:
                raise _Refused(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode pada paket tidak valid: {exc}."), exc=exc)) from None
            key = (jenis, v.get("nomor") or 0)
            cur = existing.get(key)
            if cur is None:
                row = {
                    "id": self.new_id(pt), "tahun_id": tid, "nomor": key[1], "urutan": v.get("urutan") or 0,
                    "nama": v.get("nama") or "", "jenis": jenis, "tanggal_mulai": v.get("tanggal_mulai"),
                    "tanggal_selesai": v.get("tanggal_selesai"), "status": status,
                    "ditutup_pada": v.get("ditutup_pada"), "ditutup_oleh": v.get("ditutup_oleh"),
                    "created_at": self.now, "updated_at": self.now,
                }
                ins.append(row)
                existing[key] = row
                pkg.add("Periode", "baru")
            else:
                pkg.add("Periode", "tetap")  # local period status stays as it is
            out[v.get("nama") or ""] = existing[key]["id"]
        if ins:
            self.conn.execute(insert(pt), ins)
        return out


class _SheetRows:
    """A package's sheets as the merge reads them, each read once: the big ones streamed, the
    small ones kept (Unit Kerja is wanted twice). The checksum is computed while the merge reads,
    in the format's sheet order, so a kept sheet first reads the kept sheets before it; Pegawai,
    read ahead that way, is handed over once and forgotten."""

    _STREAMED = frozenset({"SKP", "RHK", "Realisasi", "Umpan Balik Perilaku", "Indikator", "Perilaku", "Evaluasi"})
    _ONCE = frozenset({"Pegawai"})

    def __init__(self, wb: ExchangeWorkbook) -> None:
        self._wb = wb
        self._cache: dict[str, list[ReadRow]] = {}
        self._read: set[str] = set()

    def _keep(self, name: str) -> None:
        if name not in self._read:
            self._read.add(name)
            self._cache[name] = list(self._wb.rows(name))

    def __getitem__(self, name: str) -> Iterable[ReadRow]:
        if name in self._STREAMED:
            return self._wb.rows(name)
        for spec in HASIL_SHEETS:
            if spec.name == name:
                break
            if spec.name not in self._STREAMED:
                self._keep(spec.name)
        self._keep(name)
        if name in self._ONCE:
            return self._cache.pop(name, None) or list(self._wb.rows(name))
        return self._cache[name]


@dataclass
class _MergeState:
    """What one package's sheet merges hand on to the next: the ids written so far, by the package's keys.

    Each per-sheet merge reads the maps of the sheets merged before it (an SKP needs its employee's
    id, a realisasi its evaluation's and indicator's) and fills its own.
    """

    pkg: PackageResult
    wb: ExchangeWorkbook
    sheets: _SheetRows
    own_units: set[str]  # unit uids the sending office owns (its units are claimed while merging)
    unit_id_by_uid: dict[str, int] = field(default_factory=dict)
    peg_id_by_uid: dict[str, int] = field(default_factory=dict)
    peg_id_by_nip: dict[str, int] = field(default_factory=dict)
    own_peg_ids: set[int] = field(default_factory=set)  # the only employees whose records the office may write
    pending_atasan: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # set once all ids are known
    periode_id: dict[str, int] = field(default_factory=dict)  # period name -> id
    skp_id_by_uid: dict[str, int] = field(default_factory=dict)
    rhk_id_by_uid: dict[str, int] = field(default_factory=dict)
    ind_id_by_uid: dict[str, int] = field(default_factory=dict)
    ev_id_by_uid: dict[str, int] = field(default_factory=dict)

    def stored_skps(self, mg: _Merger) -> list[int]:
        """Ids of the package's SKPs that were in the database before it (the others have no
        expectations or evaluations stored yet)."""
        before = mg.max_before(m.Skp.__table__)
        return [i for i in self.skp_id_by_uid.values() if i <= before]

    def stored_evaluations(self, mg: _Merger) -> list[int]:
        """Ids of the package's evaluations that were in the database before it (only they can
        have realisasi and feedback stored; the ones it inserted have none yet)."""
        before = mg.max_before(m.Evaluasi.__table__)
        return [i for i in self.ev_id_by_uid.values() if i <= before]


def _merge_unit_kerja(mg: _Merger, st: _MergeState) -> None:
    ut = m.UnitKerja.__table__
    units = mg.load(ut, ["uid"])
    st.unit_id_by_uid = {k: v["id"] for k, v in units.items()}
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Unit Kerja"]:
        v = r.values
        if not v.get("uid") or not v.get("nama"):
            mg.conflict(st.pkg, "Unit Kerja", f"baris {r.row}", "Baris unit kerja tanpa UID atau nama dilewati.")
            continue
        try:
            jenis = _code(JenisUnit, v.get("jenis")) or JenisUnit.LAINNYA.value
        except ValueError as exc:
            mg.conflict(st.pkg, "Unit Kerja", v["uid"], f"Baris {r.row}: {exc}.")
            continue
        values = {"kode": v.get("kode"), "nama": v["nama"], "jenis": jenis, "urutan": v.get("urutan") or 0,
                  "aktif": True if v.get("aktif") is None else bool(v.get("aktif")),
                  "parent_id": st.unit_id_by_uid.get(v.get("parent_uid"))}
        if v["uid"] in mg.other_units:
            mg.reject(st.pkg, "Unit Kerja", v["nama"], r,
                      f"unit kerja {v['nama']} milik kantor lain di basis data ini; paket hanya boleh "
                      "mengubah unit kerja kantornya sendiri")
            continue
        bad = _bad_value("Unit Kerja", values, mg.tahun)
        if bad:
            mg.reject(st.pkg, "Unit Kerja", v["nama"][:60], r, bad)
            continue
        uid_ = mg.upsert(st.pkg, "Unit Kerja", ut, v["uid"], values, units, ins, upd, v["nama"],
                         insert_extra={"uid": v["uid"]})
        if uid_ is not None:
            st.unit_id_by_uid[v["uid"]] = uid_
            st.own_units.add(v["uid"])
        mg.flush(ut, ins, upd)  # children need their parent's row


def _merge_pegawai(mg: _Merger, st: _MergeState) -> None:
    """Employees by NIP (uid for those without); only the sending office's employees are written."""
    ut = m.UnitKerja.__table__
    pt = m.Pegawai.__table__
    by_nip = mg.load(pt, ["nip"], pt.c.nip.is_not(None))
    by_uid = {r["uid"]: r for r in by_nip.values()}
    for r in mg.conn.execute(select(pt).where(pt.c.nip.is_(None))).mappings():
        by_uid[r["uid"]] = dict(r)
    unit_uid_by_id = {v: k for k, v in st.unit_id_by_uid.items()}
    st.peg_id_by_nip = {k: v["id"] for k, v in by_nip.items()}
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Pegawai"]:
        v = r.values
        nip, puid = v.get("nip"), v.get("uid")
        if not v.get("nama") or not (nip or puid):
            mg.conflict(st.pkg, "Pegawai", f"baris {r.row}", "Baris pegawai tanpa nama atau NIP/UID dilewati.")
            continue
        try:
            values = {f: v.get(f) for f in _PEGAWAI_DIRECT}
            for f, enum in _LABELLED_PEGAWAI.items():
                values[f] = _code(enum, v.get(f))
        except ValueError as exc:
            mg.conflict(st.pkg, "Pegawai", nip or puid, f"Baris {r.row}: {exc}.")
            continue
        values["status_kepegawaian"] = values.get("status_kepegawaian") or "PNS"
        values["status"] = values.get("status") or StatusPegawai.AKTIF.value
        values["unit_id"] = st.unit_id_by_uid.get(v.get("unit_uid")) if v.get("unit_uid") else None
        if nip:
            values["nip"] = nip
        label = f"{v.get('nama')} ({nip or puid})"
        bad = _bad_value("Pegawai", values, None) or _pegawai_problem(values)
        if bad:
            mg.reject(st.pkg, "Pegawai", label, r, bad)
            continue
        if v.get("unit_uid") and (v["unit_uid"] not in st.own_units or values["unit_id"] is None):
            mg.reject(st.pkg, "Pegawai", label, r,
                      f"unit kerja pegawai (UID {str(v['unit_uid'])[:40]}) bukan unit kerja kantor pengirim")
            continue
        existing = by_nip if nip else by_uid
        key = nip or puid
        cur = existing.get(key)
        locked = None
        if cur is not None:
            cur_unit_uid = unit_uid_by_id.get(cur["unit_id"]) if cur.get("unit_id") is not None else None
            if cur.get("unit_id") is not None and cur_unit_uid not in st.own_units:
                unit_name = mg.conn.execute(select(ut.c.nama).where(ut.c.id == cur["unit_id"])).scalar()
                locked = (
                    f"Pegawai {v.get('nama')} ({nip or puid}) di basis data ini tercatat pada unit {unit_name}, "
                    "yang bukan bagian dari kantor pengirim paket; data pegawainya tidak ditimpa dan SKP "
                    "serta penilaiannya dari paket ini tidak disimpan."
                )
            elif cur.get("unit_id") is None and cur.get("uid") not in mg.owner.pegawai_tanpa_unit:
                locked = (
                    f"Pegawai {v.get('nama')} ({nip or puid}) sudah ada di basis data ini tanpa unit kerja dan "
                    "tidak berasal dari kantor pengirim; data, SKP, dan penilaiannya dari paket ini tidak "
                    "disimpan."
                )
        if locked is not None:
            mg.conflict(st.pkg, "Pegawai", label, locked)
            continue
        extra = {"uid": puid if puid and puid not in by_uid else m.new_uid()}
        pid = mg.upsert(st.pkg, "Pegawai", pt, key, values, existing, ins, upd, label, insert_extra=extra)
        if pid is None:
            continue
        st.own_peg_ids.add(pid)
        if values["unit_id"] is None:
            mg.owner.pegawai_tanpa_unit.append(existing[key].get("uid") or extra["uid"])
        if puid:
            st.peg_id_by_uid[puid] = pid
        if nip:
            st.peg_id_by_nip[nip] = pid
        if cur is None:
            by_uid[extra["uid"]] = existing[key]
        st.pending_atasan.append((pid, {"atasan_uid": v.get("atasan_uid"), "nip_atasan": v.get("nip_atasan")}))
    mg.flush(pt, ins, upd)
    mg.owner.unit = sorted(st.own_units)


def _merge_atasan(mg: _Merger, st: _MergeState) -> None:
    """Supervisors: a second pass over the employees once every employee's id is known."""
    pt = m.Pegawai.__table__
    atasan_updates = []
    cur_atasan = dict(mg.conn.execute(select(pt.c.id, pt.c.atasan_id)).all())
    for pid, v in st.pending_atasan:
        aid = st.peg_id_by_uid.get(v.get("atasan_uid") or "") or st.peg_id_by_nip.get(v.get("nip_atasan") or "")
        if (v.get("atasan_uid") or v.get("nip_atasan")) and aid is None:
            continue
        if aid != cur_atasan.get(pid) and aid != pid:
            atasan_updates.append((pid, {"atasan_id": aid}))
    mg.flush(pt, [], atasan_updates)


def _merge_kepala_unit(mg: _Merger, st: _MergeState) -> None:
    """Unit heads and merged units: a second pass over the units once every employee's id is known."""
    ut = m.UnitKerja.__table__
    unit_updates = []
    cur_units = {r["id"]: r for r in mg.conn.execute(select(ut.c.id, ut.c.kepala_id, ut.c.merged_into_id)).mappings()}
    for r in st.sheets["Unit Kerja"]:
        v = r.values
        uid_ = st.unit_id_by_uid.get(v.get("uid") or "")
        if uid_ is None or v.get("uid") not in st.own_units:
            continue
        kepala = st.peg_id_by_uid.get(v.get("kepala_uid") or "") or st.peg_id_by_nip.get(v.get("kepala_nip") or "")
        merged = st.unit_id_by_uid.get(v.get("merged_uid") or "")
        diff: dict[str, Any] = {}
        if (kepala is not None or not (v.get("kepala_uid") or v.get("kepala_nip"))) and (
            kepala != cur_units[uid_]["kepala_id"]
        ):
            diff["kepala_id"] = kepala
        if merged != cur_units[uid_]["merged_into_id"] and (merged is not None or not v.get("merged_uid")):
            diff["merged_into_id"] = merged
        if diff:
            unit_updates.append((uid_, diff))
    mg.flush(ut, [], unit_updates)


def _merge_periode(mg: _Merger, st: _MergeState) -> None:
    st.periode_id = mg.periods(st.pkg, st.wb)


def _merge_capaian_organisasi(mg: _Merger, st: _MergeState) -> None:
    pot = m.PredikatOrganisasiPeriode.__table__
    caps = mg.load(pot, ["unit_id", "periode_id"])
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Capaian Organisasi"]:
        v = r.values
        u_id = st.unit_id_by_uid.get(v.get("unit_uid") or "")
        p_id = st.periode_id.get(v.get("periode") or "")
        if u_id is None or p_id is None:
            mg.conflict(st.pkg, "Capaian Organisasi", f"baris {r.row}", "Unit kerja atau periode tidak dikenal.")
            continue
        try:
            pred = _code(PredikatOrganisasi, v.get("predikat"))
        except ValueError as exc:
            mg.conflict(st.pkg, "Capaian Organisasi", f"baris {r.row}", str(exc))
            continue
        if pred is None:
            continue
        if v.get("unit_uid") not in st.own_units:
            mg.reject(st.pkg, "Capaian Organisasi", f"{v.get('unit_nama')} {v.get('periode')}", r,
                      "unit kerja ini bukan milik kantor pengirim")
            continue
        cvals = {"predikat": pred, "ditetapkan_oleh": v.get("ditetapkan_oleh"), "catatan": v.get("catatan")}
        bad = _bad_value("Capaian Organisasi", cvals, mg.tahun)
        if bad:
            mg.reject(st.pkg, "Capaian Organisasi", f"{v.get('unit_nama')} {v.get('periode')}", r, bad)
            continue
        mg.upsert(st.pkg, "Capaian Organisasi", pot, (u_id, p_id), cvals,
                  caps, ins, upd, f"{v.get('unit_nama')} {v.get('periode')}",
                  insert_extra={"unit_id": u_id, "periode_id": p_id})
    mg.flush(pot, ins, upd)


def _merge_skp(mg: _Merger, st: _MergeState) -> None:
    """SKPs of the office's employees for the package's year; replacement links once all are written."""
    pkg = st.pkg
    skt = m.Skp.__table__
    skps: dict[Any, Any] = {}
    natural = {(x["pegawai_id"], x["tahun"], x["versi"]): x["uid"]
               for x in mg.conn.execute(select(skt.c.uid, skt.c.pegawai_id, skt.c.tahun, skt.c.versi)).mappings()}
    pengganti: list[tuple[str, str]] = []
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in mg.existing_by_uid(skt, st.sheets["SKP"], skps):
        v = r.values
        suid = v.get("uid")
        pid = st.peg_id_by_uid.get(v.get("pegawai_uid") or "") or st.peg_id_by_nip.get(v.get("nip") or "")
        if not suid or pid is None or not v.get("tahun"):
            mg.conflict(pkg, "SKP", suid or f"baris {r.row}",
                        f"Baris {r.row}: SKP tanpa UID, tahun, atau pegawai yang dikenal dilewati.")
            continue
        if pid not in st.own_peg_ids or (suid in skps and skps[suid].get("pegawai_id") not in st.own_peg_ids):
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r,
                      "SKP pegawai yang bukan pegawai kantor pengirim (atau pegawainya ditolak); SKP, RHK, "
                      "dan penilaiannya tidak disimpan")
            continue
        if v["tahun"] != mg.tahun:
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r,
                      f"kolom \"Tahun\": {str(v['tahun'])[:20]} bukan tahun paket ({mg.tahun})")
            continue
        try:
            values = {
                "pegawai_id": pid, "tahun": v["tahun"], "versi": v.get("versi") or 1,
                "status": _code(StatusSkp, v.get("status")) or StatusSkp.DRAFT.value,
                "pendekatan": _code(Pendekatan, v.get("pendekatan")) or Pendekatan.KUANTITATIF.value,
                "jenis_skp": _code(JenisSkp, v.get("jenis_skp")) or JenisSkp.NON_JPT.value,
                "periode_mulai": v.get("periode_mulai") or date(v["tahun"], 1, 1),
                "periode_selesai": v.get("periode_selesai") or date(v["tahun"], 12, 31),
                "pejabat_penilai_id": st.peg_id_by_uid.get(v.get("penilai_uid") or "")
                or st.peg_id_by_nip.get(v.get("penilai_nip_ref") or ""),
                "atasan_penilai_id": st.peg_id_by_uid.get(v.get("atasan_penilai_uid") or "")
                or st.peg_id_by_nip.get(v.get("atasan_penilai_nip_ref") or ""),
                "diajukan_pada": v.get("diajukan_pada"), "disetujui_pada": v.get("disetujui_pada"),
            }
        except ValueError as exc:
            mg.conflict(pkg, "SKP", suid, f"Baris {r.row}: {exc}.")
            continue
        for f in _SKP_SNAP + list(_SKP_TEXT):
            values[f] = v.get(f)
        values["pegawai_nama"] = values.get("pegawai_nama") or ""
        bad = _bad_value("SKP", values, mg.tahun)
        if bad:
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r, bad)
            continue
        nat = (pid, values["tahun"], values["versi"])
        if natural.get(nat) not in (None, suid):
            mg.conflict(pkg, "SKP", suid,
                        f"SKP {v.get('nama')} tahun {values['tahun']} versi {values['versi']} sudah ada di "
                        "basis data dengan identitas lain; SKP dari paket dilewati.")
            continue
        sid = mg.upsert(pkg, "SKP", skt, suid, values, skps, ins, upd, f"{v.get('nama')} {values['tahun']}",
                        insert_extra={"uid": suid})
        if sid is not None:
            natural[nat] = suid
            st.skp_id_by_uid[suid] = sid
            if v.get("pengganti_uid"):
                pengganti.append((suid, v["pengganti_uid"]))
    mg.flush(skt, ins, upd)
    if pengganti:
        known = mg.ids_by_uid(skt, [b for _a, b in pengganti])
        pg_updates = []
        cur_pg = dict(mg.conn.execute(select(skt.c.id, skt.c.pengganti_id)
                                      .where(skt.c.id.in_(list(st.skp_id_by_uid.values()) or [-1]))).all())
        for a, b in pengganti:
            sid, tid = st.skp_id_by_uid.get(a), known.get(b)
            if sid is not None and tid is not None and cur_pg.get(sid) != tid:
                pg_updates.append((sid, {"pengganti_id": tid}))
        mg.flush(skt, [], pg_updates)


def _merge_rhk(mg: _Merger, st: _MergeState) -> None:
    """RHKs of the accepted SKPs; links to a parent RHK once all are written."""
    pkg = st.pkg
    rt = m.Rhk.__table__
    own_skp_ids = set(st.skp_id_by_uid.values())
    rhks: dict[Any, Any] = {}
    parents: list[tuple[str, str]] = []
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in mg.existing_by_uid(rt, st.sheets["RHK"], rhks):
        v = r.values
        sid = st.skp_id_by_uid.get(v.get("skp_uid") or "")
        if not v.get("uid") or sid is None or not v.get("teks"):
            mg.conflict(pkg, "RHK", v.get("uid") or f"baris {r.row}",
                        f"Baris {r.row}: RHK tanpa UID, teks, atau SKP yang diterima dilewati.")
            continue
        try:
            values = {
                "skp_id": sid, "jenis": _code(JenisRhk, v.get("jenis")) or JenisRhk.UTAMA.value,
                "urutan": v.get("urutan") or 0, "teks": v["teks"], "rhk_atasan_teks": v.get("rhk_atasan_teks"),
                "perspektif": _code(Perspektif, v.get("perspektif")), "penugasan_dari": v.get("penugasan_dari"),
                "klasifikasi": _code(Klasifikasi, v.get("klasifikasi")),
            }
        except ValueError as exc:
            mg.conflict(pkg, "RHK", v["uid"], f"Baris {r.row}: {exc}.")
            continue
        cur_rhk = _as_row(rhks.get(v["uid"]))
        if cur_rhk is not None and cur_rhk.get("skp_id") not in own_skp_ids:
            mg.reject(pkg, "RHK", v["uid"], r, "RHK ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("RHK", values, mg.tahun)
        if bad:
            mg.reject(pkg, "RHK", v["uid"], r, bad)
            continue
        rid = mg.upsert(pkg, "RHK", rt, v["uid"], values, rhks, ins, upd, v["teks"][:60],
                        insert_extra={"uid": v["uid"]}, slim=True)
        if rid is not None:
            st.rhk_id_by_uid[v["uid"]] = rid
            parents.append((v["uid"], v.get("parent_uid") or ""))
    mg.flush(rt, ins, upd)
    if parents:
        mine = st.rhk_id_by_uid  # only parents outside the package are looked up
        known = {**mg.ids_by_uid(rt, sorted({b for _a, b in parents if b and b not in mine})), **mine}
        cur_parent: dict[int, int | None] = {}
        if mg.max_before(rt):  # a table empty before the package: its records have no parent yet
            for chunk in in_chunks(list(mine.values())):
                cur_parent.update(mg.conn.execute(select(rt.c.id, rt.c.parent_rhk_id)
                                                  .where(rt.c.id.in_(chunk))).all())
        par_updates = []
        for a, b in parents:
            rid = st.rhk_id_by_uid[a]
            target = known.get(b) if b else None
            if b and target is None:
                continue
            if cur_parent.get(rid) != target:
                par_updates.append((rid, {"parent_rhk_id": target}))
        mg.flush(rt, [], par_updates)


def _merge_indikator(mg: _Merger, st: _MergeState) -> None:
    pkg = st.pkg
    it = m.Indikator.__table__
    own_rhk_ids = set(st.rhk_id_by_uid.values())
    inds: dict[Any, Any] = {}
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in mg.existing_by_uid(it, st.sheets["Indikator"], inds):
        v = r.values
        rid = st.rhk_id_by_uid.get(v.get("rhk_uid") or "")
        if not v.get("uid") or rid is None or not v.get("teks"):
            mg.conflict(pkg, "Indikator", v.get("uid") or f"baris {r.row}",
                        f"Baris {r.row}: indikator tanpa UID, teks, atau RHK yang diterima dilewati.")
            continue
        try:
            values = {
                "rhk_id": rid, "urutan": v.get("urutan") or 0,
                "aspek": _code(Aspek, v.get("aspek")) or Aspek.KUANTITAS.value, "teks": v["teks"],
                "target_min": v.get("target_min"), "target_max": v.get("target_max"), "satuan": v.get("satuan"),
                "target_teks": v.get("target_teks"),
                "lebih_rendah_lebih_baik": bool(v.get("lebih_rendah_lebih_baik")),
            }
        except ValueError as exc:
            mg.conflict(pkg, "Indikator", v["uid"], f"Baris {r.row}: {exc}.")
            continue
        cur_ind = _as_row(inds.get(v["uid"]))
        if cur_ind is not None and cur_ind.get("rhk_id") not in own_rhk_ids:
            mg.reject(pkg, "Indikator", v["uid"], r, "indikator ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("Indikator", values, mg.tahun)
        if bad:
            mg.reject(pkg, "Indikator", v["uid"], r, bad)
            continue
        iid = mg.upsert(pkg, "Indikator", it, v["uid"], values, inds, ins, upd, v["teks"][:60],
                        insert_extra={"uid": v["uid"]}, slim=True)
        if iid is not None:
            st.ind_id_by_uid[v["uid"]] = iid
    mg.flush(it, ins, upd)


def _merge_perilaku(mg: _Merger, st: _MergeState) -> None:
    """The BerAKHLAK expectations of the accepted SKPs."""
    pk = m.PerilakuSkp.__table__
    per: dict[Any, Any] = {}
    for chunk in in_chunks(st.stored_skps(mg)):
        per.update(mg.load(pk, ["skp_id", "kode"], pk.c.skp_id.in_(chunk)))
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Perilaku"]:
        v = r.values
        sid = st.skp_id_by_uid.get(v.get("skp_uid") or "")
        if sid is None or not v.get("kode"):
            continue
        pvals = {"nomor": v.get("nomor") or 0, "ekspektasi_khusus": v.get("ekspektasi_khusus")}
        bad = (None if v["kode"] in _KODE_BERAKHLAK else f"kolom \"Kode\": \"{str(v['kode'])[:40]}\" bukan kode "
               "nilai BerAKHLAK") or _bad_value("Perilaku", pvals, mg.tahun)
        if bad:
            mg.reject(st.pkg, "Perilaku", f"{v.get('nip')} {str(v['kode'])[:40]}", r, bad)
            continue
        mg.upsert(st.pkg, "Perilaku", pk, (sid, v["kode"]), pvals,
                  per, ins, upd, f"{v.get('nip')} {v['kode']}",
                  insert_extra={"skp_id": sid, "kode": v["kode"]}, slim=True)
    mg.flush(pk, ins, upd)


def _merge_evaluasi(mg: _Merger, st: _MergeState) -> None:
    """Evaluations of the accepted SKPs; one that is final here is never overwritten."""
    pkg = st.pkg
    et = m.Evaluasi.__table__
    own_skp_ids = set(st.skp_id_by_uid.values())
    evs: dict[Any, Any] = {}
    ev_natural: dict[tuple[int, int], str] = {}
    for chunk in in_chunks(st.stored_skps(mg)):
        ev_natural.update({(x["skp_id"], x["periode_id"]): x["uid"] for x in mg.conn.execute(
            select(et.c.uid, et.c.skp_id, et.c.periode_id).where(et.c.skp_id.in_(chunk))).mappings()})
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in mg.existing_by_uid(et, st.sheets["Evaluasi"], evs):
        v = r.values
        euid = v.get("uid")
        if not euid:
            continue  # a period not evaluated yet: nothing to merge
        sid = st.skp_id_by_uid.get(v.get("skp_uid") or "")
        p_id = st.periode_id.get(v.get("periode") or "")
        if sid is None or p_id is None:
            mg.conflict(pkg, "Evaluasi", euid, f"Baris {r.row}: SKP atau periode evaluasi tidak dikenal.")
            continue
        try:
            values = {
                "skp_id": sid, "periode_id": p_id,
                "status": _code(StatusEvaluasi, v.get("status")) or StatusEvaluasi.DRAFT.value,
                "self_rating_hasil": _code(Rating, v.get("self_rating_hasil")),
                "self_rating_perilaku": _code(Rating, v.get("self_rating_perilaku")),
                "self_diajukan_pada": v.get("self_diajukan_pada"),
                "rating_hasil_kerja": _code(Rating, v.get("rating_hasil_kerja")),
                "rating_perilaku": _code(Rating, v.get("rating_perilaku")),
                "predikat": _code(Predikat, v.get("predikat")),
                "capaian_organisasi": _code(PredikatOrganisasi, v.get("capaian_organisasi")),
                "dinilai_pada": v.get("dinilai_pada"),
            }
        except ValueError as exc:
            mg.conflict(pkg, "Evaluasi", euid, f"Baris {r.row}: {exc}.")
            continue
        for f in _SNAP + list(_EVAL_TEXT):
            values[f] = v.get(f)
        who = f"{v.get('nama')} {v.get('periode')}"
        cur_ev = _as_row(evs.get(euid))
        if cur_ev is not None and cur_ev.get("skp_id") not in own_skp_ids:
            mg.reject(pkg, "Evaluasi", who, r, "evaluasi ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("Evaluasi", values, mg.tahun) or _predikat_problem(values)
        if bad:
            mg.reject(pkg, "Evaluasi", who, r, bad)
            continue
        if ev_natural.get((sid, p_id)) not in (None, euid):
            mg.conflict(pkg, "Evaluasi", euid,
                        f"Evaluasi {v.get('nama')} {v.get('periode')} sudah ada di basis data dengan "
                        "identitas lain; evaluasi dari paket dilewati.")
            continue
        cur = _as_row(evs.get(euid))
        if cur is not None and cur.get("status") == StatusEvaluasi.FINAL.value:
            if any(not _eq(cur.get(k), val) for k, val in values.items()):
                mg.conflict(pkg, "Evaluasi", euid,
                            f"Evaluasi {v.get('nama')} {v.get('periode')} sudah final di basis data ini dan "
                            "berbeda dengan paket; evaluasi yang final tidak ditimpa.")
            else:
                pkg.add("Evaluasi", "tetap")
            continue  # a final evaluation and its realisasi/feedback are locked
        eid = mg.upsert(pkg, "Evaluasi", et, euid, values, evs, ins, upd, f"{v.get('nama')} {v.get('periode')}",
                        insert_extra={"uid": euid}, slim=True)
        if eid is not None:
            ev_natural[(sid, p_id)] = euid
            st.ev_id_by_uid[euid] = eid
    mg.flush(et, ins, upd)


class _PackedKeys:
    """The ``existing`` map of a big slim sheet (realisasi, feedback: ~1 M rows at the regency):
    the records stored before the package by key, and the keys this package inserted as a set
    (an id per key was ~40 MB of the peak). The id of an inserted key is asked only when the
    package repeats that key: then it is read back from the database (``find``)."""

    def __init__(self, stored: dict[int, Any], find: Callable[[int], int | None]) -> None:
        self.stored = stored
        self.new: set[int] = set()
        self.find = find

    def get(self, key: int, default: Any = None) -> Any:
        cur = self.stored.get(key)
        if cur is not None:
            return cur
        if key in self.new:
            return self.find(key)
        return default

    def __setitem__(self, key: int, value: Any) -> None:
        if value.__class__ is int and key not in self.stored:
            self.new.add(key)
        else:
            self.stored[key] = value


def _packed_keys(mg: _Merger, table: Any, stored: dict[int, Any], ins: list[dict[str, Any]],
                 upd: list[tuple[int, dict[str, Any]]], columns: tuple[str, str],
                 second: Callable[[int], Any]) -> _PackedKeys:
    """A :class:`_PackedKeys` whose ``find`` writes the pending rows and reads the id of key
    ``(evaluation << 32) | n`` back (``second`` turns ``n`` into the second column's value)."""
    a, b = (table.c[c] for c in columns)

    def find(key: int) -> int | None:
        mg.flush(table, ins, upd)
        return mg.conn.execute(select(table.c.id).where(a == key >> 32, b == second(key & 0xFFFFFFFF))).scalar()

    return _PackedKeys(stored, find)


def _merge_realisasi(mg: _Merger, st: _MergeState) -> None:
    rz = m.Realisasi.__table__
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    reals = _packed_keys(mg, rz, {_paket_kunci(*k): v for k, v in mg.load_by_evaluasi(
        rz, ["evaluasi_id", "indikator_id"], st.stored_evaluations(mg)).items()}, ins, upd,
        ("evaluasi_id", "indikator_id"), int)
    fresh, new_keys, stored = not mg.multi, reals.new, reals.stored
    ev_id, ind_id = st.ev_id_by_uid.get, st.ind_id_by_uid.get
    for r in st.sheets["Realisasi"]:
        v = r.values
        eid = ev_id(v.get("evaluasi_uid") or "")
        iid = ind_id(v.get("indikator_uid") or "")
        if eid is None or iid is None:
            continue
        rvals = {"rencana_aksi": v.get("rencana_aksi"), "realisasi": v.get("realisasi"),
                 "realisasi_nilai": v.get("realisasi_nilai"), "umpan_balik": v.get("umpan_balik")}
        bad = _bad_value("Realisasi", rvals, mg.tahun)
        if bad:
            mg.reject(st.pkg, "Realisasi", f"{v.get('nip')} {v.get('periode')}", r, bad)
            continue
        key = _paket_kunci(eid, iid)
        if fresh and key not in new_keys and key not in stored:  # what upsert would do, without its lookups
            mg.tick()
            rvals["evaluasi_id"], rvals["indikator_id"] = eid, iid
            mg.insert_new(st.pkg, "Realisasi", rz, rvals, ins, upd)
            new_keys.add(key)
            continue
        mg.upsert(st.pkg, "Realisasi", rz, key, rvals,
                  reals, ins, upd, f"{v.get('nip')} {v.get('periode')}",
                  insert_extra={"evaluasi_id": eid, "indikator_id": iid}, slim=True)
    mg.flush(rz, ins, upd)


def _merge_umpan_balik(mg: _Merger, st: _MergeState) -> None:
    ubt = m.UmpanBalikPerilaku.__table__
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    ubs = _packed_keys(mg, ubt, {_paket_kunci(e, _KODE_NOMOR[k]): v for (e, k), v in mg.load_by_evaluasi(
        ubt, ["evaluasi_id", "kode"], st.stored_evaluations(mg)).items() if k in _KODE_NOMOR}, ins, upd,
        ("evaluasi_id", "kode"), _KODE.__getitem__)
    fresh, new_keys, stored = not mg.multi, ubs.new, ubs.stored
    ev_id = st.ev_id_by_uid.get
    for r in st.sheets["Umpan Balik Perilaku"]:
        v = r.values
        eid = ev_id(v.get("evaluasi_uid") or "")
        kode = v.get("kode")
        if eid is None or not kode:
            continue
        teks = v.get("umpan_balik")
        bad = (None if kode in _KODE_BERAKHLAK else f"kolom \"Kode\": \"{str(kode)[:40]}\" bukan kode "
               "nilai BerAKHLAK") or _bad_value("Umpan Balik Perilaku", {"umpan_balik": teks}, mg.tahun)
        if bad:
            mg.reject(st.pkg, "Umpan Balik Perilaku", f"{v.get('nip')} {v.get('periode')}", r, bad)
            continue
        key = _paket_kunci(eid, _KODE_NOMOR[kode])
        if fresh and key not in new_keys and key not in stored:  # what upsert would do, without its lookups
            mg.tick()
            mg.insert_new(st.pkg, "Umpan Balik Perilaku", ubt, {"umpan_balik": teks, "evaluasi_id": eid,
                                                                "kode": kode}, ins, upd)
            new_keys.add(key)
            continue
        mg.upsert(st.pkg, "Umpan Balik Perilaku", ubt, key,
                  {"umpan_balik": v.get("umpan_balik")},
                  ubs, ins, upd, f"{v.get('nip')} {v.get('periode')} {v['kode']}",
                  insert_extra={"evaluasi_id": eid, "kode": v["kode"]}, slim=True)
    mg.flush(ubt, ins, upd)


_HITUNGAN_LAYANAN = ("jumlah", "selesai", "tepat_waktu", "lewat_batas", "pengaduan", "direspon", "pengaduan_selesai")
_JAM_LAYANAN = ("median_jam", "p90_jam", "rata_respon_jam", "median_respon_jam", "rata_selesai_jam")


def _layanan_problem(v: dict[str, Any], tahun: int | None) -> str | None:
    """What a row of "Layanan Bulanan" states that the registers cannot have produced."""
    for k in _HITUNGAN_LAYANAN:
        if v.get(k) is None or not 0 <= v[k] <= 10_000_000:
            return f"kolom \"{_column('Layanan Bulanan', k)}\": harus bilangan bulat 0 atau lebih"
    if not v["jumlah"] >= v["selesai"] >= v["tepat_waktu"] or v["direspon"] > v["pengaduan"] \
            or v["pengaduan_selesai"] > v["pengaduan"]:
        return "jumlah tidak konsisten (permohonan ≥ selesai ≥ tepat waktu; pengaduan ≥ direspon dan selesai)"
    p = v.get("persen_tepat_waktu")
    if p is not None and not 0 <= p <= 100:
        return f"kolom \"{_column('Layanan Bulanan', 'persen_tepat_waktu')}\": harus 0–100"
    for k in _JAM_LAYANAN:
        if v.get(k) is not None and not 0 <= v[k] <= 100_000:
            return f"kolom \"{_column('Layanan Bulanan', k)}\": jam kerja harus 0 atau lebih"
    b = v.get("bulan")
    if b is None or (tahun is not None and b.year != tahun):
        return f"kolom \"{_column('Layanan Bulanan', 'bulan')}\": harus bulan pada tahun paket ({tahun})"
    return _bad_value("Layanan Bulanan", v, tahun)


def _merge_layanan_bulanan(mg: _Merger, st: _MergeState) -> None:
    """Each unit's monthly register figures, for units the sending office owns (kinerja-asn.md §9)."""
    t = m.RekapLayanan.__table__
    existing = mg.load(t, ["unit_kerja_id", "bulan"])
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Layanan Bulanan"]:
        v = dict(r.values)
        label = f"{v.get('unit_nama')} {v.get('bulan')}"
        if v.get("unit_uid") not in st.own_units:
            mg.reject(st.pkg, "Layanan Bulanan", label, r, "unit kerja ini bukan milik kantor pengirim")
            continue
        u_id = st.unit_id_by_uid.get(v["unit_uid"])
        bad = _layanan_problem(v, mg.tahun)
        if u_id is None or bad:
            mg.reject(st.pkg, "Layanan Bulanan", label, r, bad or "unit kerja tidak dikenal")
            continue
        bulan = date(v["bulan"].year, v["bulan"].month, 1)
        vals = {k: v.get(k) for k in _HITUNGAN_LAYANAN + _JAM_LAYANAN + ("persen_tepat_waktu",)}
        mg.upsert(st.pkg, "Layanan Bulanan", t, (u_id, bulan), vals, existing, ins, upd, label,
                  insert_extra={"unit_kerja_id": u_id, "bulan": bulan})
    mg.flush(t, ins, upd)


def _skm_problem(v: dict[str, Any], tahun: int | None) -> str | None:
    for i in range(1, 10):
        x = v.get(f"nrr_u{i}")
        if x is not None and not 1 <= x <= 4:
            return f"kolom \"NRR U{i}\": harus 1–4 (PermenPANRB 14/2017)"
    if v.get("ikm") is not None and not 1 <= v["ikm"] <= 4:
        return "kolom \"IKM\": harus 1–4 (PermenPANRB 14/2017)"
    if v.get("konversi") is not None and not 25 <= v["konversi"] <= 100:
        return "kolom \"Nilai Konversi\": harus 25–100"
    if v.get("mutu") not in (None, "A", "B", "C", "D"):
        return "kolom \"Mutu\": harus A, B, C atau D"
    if v.get("responden") is None or not 0 <= v["responden"] <= 10_000_000:
        return "kolom \"Responden\": harus bilangan bulat 0 atau lebih"
    if not v.get("jenis_layanan") or not v.get("periode") or not v.get("tanggal_mulai") \
            or not v.get("tanggal_selesai") or not v.get("uid"):
        return "UID, jenis layanan, periode dan tanggal survei wajib diisi"
    if v["tanggal_selesai"] < v["tanggal_mulai"]:
        return "kolom \"Tanggal Selesai\": sebelum tanggal mulai"
    return _bad_value("SKM", v, tahun)


def _merge_skm(mg: _Merger, st: _MergeState) -> None:
    """Each survey's results (not its questionnaires), by the survey's uid."""
    t = m.RekapSkm.__table__
    rows = list(st.sheets["SKM"])
    existing = mg.load_by_uid(t, [r.values.get("uid") for r in rows])
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in rows:
        v = dict(r.values)
        label = f"{v.get('jenis_layanan')} {v.get('periode')}"
        unit_uid = v.get("unit_uid")
        if unit_uid and unit_uid not in st.own_units:
            mg.reject(st.pkg, "SKM", label, r, "unit kerja ini bukan milik kantor pengirim")
            continue
        bad = _skm_problem(v, mg.tahun)
        if bad:
            mg.reject(st.pkg, "SKM", label, r, bad)
            continue
        cur = existing.get(v["uid"])
        if cur is not None and cur.get("kantor") not in ("", mg.office):
            mg.conflict(st.pkg, "SKM", label, "Survei dengan UID ini sudah dikirim kantor lain; tidak dipakai.")
            continue
        vals = {
            "kantor": mg.office, "unit_kerja_id": st.unit_id_by_uid.get(unit_uid) if unit_uid else None,
            "jenis_layanan": v["jenis_layanan"], "periode": v["periode"], "tanggal_mulai": v["tanggal_mulai"],
            "tanggal_selesai": v["tanggal_selesai"], "populasi": v.get("populasi"), "responden": v["responden"],
            **{f"nrr_u{i}": v.get(f"nrr_u{i}") for i in range(1, 10)}, "ikm": v.get("ikm"),
            "konversi": v.get("konversi"), "mutu": v.get("mutu"),
        }
        mg.upsert(st.pkg, "SKM", t, v["uid"], vals, existing, ins, upd, label, insert_extra={"uid": v["uid"]})
    mg.flush(t, ins, upd)


@dataclass(frozen=True)
class _SheetMerge:
    """One step of a package merge; ``progress`` is (step of 10, what the progress line names)."""

    merge: Callable[[_Merger, _MergeState], None]
    progress: tuple[int, str] | None = None


#: The order sheets are merged in: each step needs the ids the steps before it put into the state.
#: A new sheet of the results package adds its merge function here.
_SHEET_MERGES: tuple[_SheetMerge, ...] = (
    _SheetMerge(_merge_unit_kerja, (0, "unit kerja")),
    _SheetMerge(_merge_pegawai, (2, "pegawai")),
    _SheetMerge(_merge_atasan),
    _SheetMerge(_merge_kepala_unit),
    _SheetMerge(_merge_periode, (4, "periode")),
    _SheetMerge(_merge_capaian_organisasi),
    _SheetMerge(_merge_skp, (5, "SKP")),
    _SheetMerge(_merge_rhk, (6, "RHK dan indikator")),
    _SheetMerge(_merge_indikator),
    _SheetMerge(_merge_perilaku),
    _SheetMerge(_merge_evaluasi, (8, "evaluasi")),
    _SheetMerge(_merge_realisasi),
    _SheetMerge(_merge_umpan_balik),
    _SheetMerge(_merge_layanan_bulanan, (9, "layanan dan SKM")),
    _SheetMerge(_merge_skm),
)


# --------------------------------------------------------------------------- import: entry point


def read_package(path: Path | str) -> ExchangeWorkbook:
    """Read and verify one package (no database access); ExchangeError when unusable."""
    try:
        return read_workbook(path, JENIS_HASIL)
    except ExcelError as exc:
        raise from_excel(exc) from None


@dataclass
class PackageKey:
    """Who signed a package, read from a verified package (for trusting or re-keying an office)."""

    kode: str
    nama: str
    kunci_publik: str
    sidik_jari: str
    nomor: int | None


def package_key(path: Path | str) -> PackageKey:
    """Read a package and check its signature; the signer's identity and key.
    ServiceError when the package is unreadable, unsigned or altered."""
    wb = read_package(path)
    pkg = PackageResult(str(path))
    refusal = _verify(pkg, wb, {}, True)
    if refusal:
        raise ServiceError(refusal)
    return PackageKey(_office_code(wb, pkg), wb.nama_kantor, pkg.kunci_publik, pkg.sidik_jari, pkg.nomor)


def _office_code(wb: ExchangeWorkbook, pkg: PackageResult) -> str:
    """The sending office's identity at the regency: its code, else its name, else its key."""
    return wb.kode_kantor.strip() or wb.nama_kantor.strip() or f"kunci {pkg.sidik_jari}"


def _ditolak(alasan: Msg | str) -> Msg:
    """"Paket ditolak: <alasan>": the refusal and its reason translated each once."""
    return Msg.of(QT_TRANSLATE_NOOP("Pesan", "Paket ditolak: {alasan}"), alasan=alasan)


_ALTERED = Msg(QT_TRANSLATE_NOOP(
    "Pesan", "isi paket diubah setelah ditandatangani kantor pengirim (atau berkas rusak); tanda tangannya "
    "tidak cocok dengan isinya. Tidak ada yang disimpan. Minta kantor pengirim mengekspor ulang dan "
    "mengirim berkas aslinya."))


def _verify(pkg: PackageResult, wb: ExchangeWorkbook, offices: dict[str, K.KantorPengirim],
            trust_new_office: bool) -> Msg | None:
    """Why the package is refused before any merging (None: signed, intact, from a trusted or
    to-be-trusted office). No option accepts an altered or foreign-signed package."""
    sig, pub = wb.meta.get(SIGNATURE_KEY, ""), wb.meta.get(PUBLIC_KEY_KEY, "")
    if not sig or not pub:
        return _ditolak(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "paket tidak ditandatangani kantor pengirim. Paket hasil dari versi aplikasi yang lama atau "
            "yang dibuat/diubah di luar aplikasi tidak diterima; minta kantor pengirim memperbarui aplikasi dan "
            "mengekspor ulang.")))
    pkg.kunci_publik, pkg.sidik_jari = pub, K.fingerprint(pub)
    if not K.verify(pub, sig, signed_message(wb.meta)) or (wb.pending is None and not wb.checksum_ok):
        return _ditolak(_ALTERED)
    pkg.tanda_tangan_ok = True
    nomor = wb.meta.get(SEQUENCE_KEY, "")
    if not nomor.isdigit() or not 0 < int(nomor) < 2**62:
        return _ditolak(Msg.of(QT_TRANSLATE_NOOP("Pesan", "nomor urut paket tidak valid ({nomor})."),
                               nomor=repr(nomor[:40])))
    pkg.nomor = int(nomor)
    if wb.tahun is None or not 2000 <= wb.tahun <= 2100:
        return _ditolak(Msg.of(QT_TRANSLATE_NOOP("Pesan", "tahun paket tidak valid ({tahun}); harus 2000–2100."),
                               tahun=repr(wb.meta.get("tahun", "")[:40])))
    kode = _office_code(wb, pkg)
    if len(kode) > 200:
        return _ditolak(Msg(QT_TRANSLATE_NOOP("Pesan", "kode kantor pengirim terlalu panjang.")))
    known = offices.get(kode)
    if known is not None and known.kunci_publik != pub:
        pkg.kunci_lain = True
        return _ditolak(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "paket {kantor} ditandatangani dengan kunci lain (sidik jari {sidik}), bukan kunci yang "
            "dipercaya untuk kantor ini ({sidik_dipercaya}). Bila kantor itu memang mengganti kuncinya, cocokkan "
            "sidik jari baru lewat telepon, lalu admin menerima kunci baru di Status kantor pengirim (atau: "
            "results offices trust)."), kantor=wb.nama_kantor or kode, sidik=pkg.sidik_jari,
            sidik_dipercaya=known.sidik_jari))
    if known is None:
        pkg.kantor_baru = True
        if not trust_new_office:
            return _ditolak(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "kantor {kantor} ({kode}) belum dikenal di basis data ini. Sidik jari kuncinya: {sidik}. "
                "Cocokkan sidik jari itu dengan kantor pengirim lewat telepon, lalu percayai kuncinya (GUI: "
                "Percayai kunci; baris perintah: --trust-new-office)."), kantor=wb.nama_kantor or kode, kode=kode,
                sidik=pkg.sidik_jari))
    return None


def _rows_intact(pkg: PackageResult, wb: ExchangeWorkbook) -> bool:
    """The checksum of the rows the merge has just read (``read_workbook(check_rows=False)``;
    the sheets it did not read are read now): False when the package was altered after signing."""
    ok = wb.finish_check()
    pkg.checksum_ok, pkg.masalah = ok, list(wb.problems)
    if not ok:
        pkg.tanda_tangan_ok = False
    return ok


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while a package is merged: the merge makes millions of
    short-lived objects (rows, values) and no cycles to speak of, and each collection of the
    oldest generation walks every live object of the process (measured at 1,500 employees: ~8 %
    of the merge's CPU). Reference counting still frees the rows as they pass."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Skipped(Exception):
    def __init__(self, message: str | Msg) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)


def _merge_package(uow: Any, pkg: PackageResult, wb: ExchangeWorkbook, progress: Progress, shared: dict[str, Any],
                   trust_new_office: bool) -> list[Conflict]:
    """Merge one verified package inside ``uow``; returns its conflicts / rejected rows.
    Raises _Refused or _Skipped (the caller rolls the package back)."""
    kode = _office_code(wb, pkg)
    offices = K.load_offices(uow.session)
    owner = offices.get(kode)
    if owner is None:
        if not trust_new_office:
            raise _Refused(Msg.of(QT_TRANSLATE_NOOP("Pesan", "kantor {nilai} belum dikenal di basis data ini."), nilai=wb.nama_kantor or kode))
        K.trust_in(uow, kode, wb.nama_kantor, pkg.kunci_publik)
        pkg.dipercaya_sekarang = True
        offices = K.load_offices(uow.session)
        owner = offices[kode]
    elif owner.kunci_publik != pkg.kunci_publik:
        raise _Refused(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan",
                "paket ditandatangani dengan kunci lain (sidik jari {sidik_jari}), bukan kunci "
                "yang dipercaya untuk kantor ini ({sidik_jari2})."), sidik_jari=pkg.sidik_jari, sidik_jari2=owner.sidik_jari))
    tahun_key = str(wb.tahun)
    last = owner.nomor_terakhir.get(tahun_key, 0)
    if pkg.nomor is not None and pkg.nomor < last:
        raise _Skipped(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Paket dilewati: paket {nilai} tahun {tahun} bernomor {nomor}, sedangkan "
                    "paket bernomor {last} yang lebih baru sudah diimpor. Tidak ada yang "
                    "disimpan dari paket ini."), nilai=wb.nama_kantor or kode, tahun=wb.tahun, nomor=pkg.nomor, last=last)
        )
    merger = _Merger(uow, progress)
    merger.multi = shared["multi"]
    merger.seen = shared["seen"]
    merger.office = kode
    merger.owner = owner
    merger.other_units = {u for k, o in offices.items() if k != kode for u in o.unit}
    try:
        with _no_cycle_collection():
            merger.merge(pkg, wb)
    except Cancelled:
        wb.stop_reading()
        raise
    except Exception as exc:
        # an altered package is reported as altered, whatever the merge stumbled on first
        try:
            intact = _rows_intact(pkg, wb)
        except ExcelError:
            intact = True
        if not intact:
            raise _Refused(_ALTERED) from None
        if isinstance(exc, ExcelError):
            raise _Refused(pesan_dari(exc)) from None
        raise
    if not _rows_intact(pkg, wb):
        raise _Refused(_ALTERED)  # the caller rolls back everything the merge wrote
    owner.nomor_terakhir[tahun_key] = max(last, pkg.nomor or 0)
    owner.impor_terakhir = merger.now.isoformat()
    owner.berkas_terakhir = Path(pkg.berkas).name
    owner.nama = wb.nama_kantor or owner.nama
    offices[kode] = owner
    K.save_offices(uow.session, offices)
    for a in merger.audits:
        uow.audit(a["entitas"], a["entitas_id"], a["ringkasan"], a["sebelum"], a["sesudah"])
    uow.audit("paket_hasil", kode, f"Paket hasil {Path(pkg.berkas).name} (nomor {pkg.nomor}) digabungkan", None,
              {"counts": {k: dict(v) for k, v in pkg.counts.items()}, "sidik_jari": pkg.sidik_jari})
    return merger.conflicts


def import_results(
    ctx: AppContext,
    paths: list[Path | str] | Path | str,
    *,
    dry_run: bool = False,
    trust_new_office: bool = False,
    progress: Progress | None = None,
) -> ResultsImportReport:
    """Merge one or more results packages (regency mode); see the module docstring.

    ``trust_new_office``: trust the key of an office never seen before (audited; the
    fingerprint is in the report). A known office needs nothing; another key is refused.
    """
    progress = progress or Progress.none()
    ctx.require(Permission.EXCHANGE, Permission.EVAL_READ_ALL)
    if not dry_run:
        ctx.require(Permission.MASTER_WRITE)
    if trust_new_office:
        ctx.require(Permission.SETTINGS)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih paling sedikit satu berkas paket hasil.")))
    with ctx.read() as s:
        offices = K.load_offices(s)
    packages: list[PackageResult] = []
    readable: list[tuple[PackageResult, ExchangeWorkbook]] = []
    for i, p in enumerate(paths):
        pkg = PackageResult(str(p))
        packages.append(pkg)
        progress.step(i, len(paths), f"Membaca {Path(p).name}")
        try:
            # the rows are checked while they are merged (one read of each sheet); an altered
            # package is found before the merge's transaction commits and rolled back whole
            wb = read_workbook(p, JENIS_HASIL, check_rows=False)
            wb.read_ahead = True  # the next sheet is read while this one is merged (two cores)
        except ExcelError as exc:
            pkg.set_pesan(pesan_dari(exc))
            continue
        pkg.kode_kantor, pkg.nama_kantor, pkg.tahun = wb.kode_kantor, wb.nama_kantor, wb.tahun
        pkg.dibuat_pada = wb.dibuat_pada
        refusal = _verify(pkg, wb, offices, trust_new_office)
        if refusal:
            try:  # refused anyway: say so when its rows were altered too, as a full check would
                if wb.pending is not None and not _rows_intact(pkg, wb):
                    refusal = _verify(pkg, wb, offices, trust_new_office)
            except ExcelError as exc:
                refusal = pesan_dari(exc)
            pkg.set_pesan(refusal)
            continue
        readable.append((pkg, wb))
    report = ResultsImportReport(packages, [], dry_run)
    if not readable:
        report.status = "ditolak"
        if not dry_run:
            report.log_id = log_only(ctx, "impor_hasil", ", ".join(str(p) for p in paths), None, "ditolak",
                                     {"paket": len(packages), "diterima": 0}, report.to_dict())
        return report

    # per office in its own sequence order: a newer package of the same office updates what an older one brought
    readable.sort(key=lambda t: (_office_code(t[1], t[0]), t[1].tahun or 0, t[0].nomor or 0))
    shared: dict[str, Any] = {"multi": len(readable) > 1, "seen": {}}

    def forget(pkg: PackageResult, message: Msg | str) -> None:
        pkg.set_pesan(message)
        pkg.counts.clear()
        pkg.diterima = False
        shared["seen"] = {k: v for k, v in shared["seen"].items() if v[0] != pkg.berkas}

    def attempt(pkg: PackageResult, wb: ExchangeWorkbook, run: Any) -> None:
        """Run one package; on any failure only this package is rolled back and reported."""
        try:
            conflicts = run(pkg, wb)
        except _Refused as exc:
            forget(pkg, _ditolak(pesan_dari(exc)))
            return
        except _Skipped as exc:
            forget(pkg, pesan_dari(exc))
            report.conflicts.append(Conflict(pkg.berkas, "Paket", pkg.kode_kantor, pesan_dari(exc)))
            return
        except (Cancelled, _DryRun):
            raise
        except ServiceError as exc:
            forget(pkg, _ditolak(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "{alasan} Tidak ada data dari paket ini yang disimpan."), alasan=pesan_dari(exc))))
            return
        except Exception as exc:  # noqa: BLE001 - one bad package never takes the others down
            forget(pkg, _ditolak(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "data paket tidak dapat disimpan ({galat}). Tidak ada data dari paket ini yang disimpan."),
                galat=f"{type(exc).__name__}: {str(exc)[:200]}")))
            return
        report.conflicts.extend(conflicts)
        pkg.diterima = True
        # its own template: a plain "Diterima" is the moment a request was received elsewhere
        pkg.set_pesan(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Diterima{catatan}"), catatan=Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "; kunci kantor dipercaya (sidik jari {sidik})"), sidik=pkg.sidik_jari)
            if pkg.dipercaya_sekarang else ""))

    if dry_run:
        try:
            with ctx.write("pertukaran.impor_hasil.uji", Permission.EXCHANGE) as uow:
                def run_nested(pkg: PackageResult, wb: ExchangeWorkbook) -> list[Conflict]:
                    sp = uow.session.begin_nested()
                    try:
                        out = _merge_package(uow, pkg, wb, progress, shared, trust_new_office)
                        uow.session.flush()
                    except BaseException:
                        sp.rollback()
                        raise
                    sp.commit()
                    return out

                for pkg, wb in readable:
                    attempt(pkg, wb, run_nested)
                raise _DryRun()
        except _DryRun:
            pass
        report.status = "uji"
        return report

    progress.step(0, 1, "Membuat cadangan basis data")
    bk = backup_before_import(ctx)
    report.backup = str(bk) if bk else None

    def run_own(pkg: PackageResult, wb: ExchangeWorkbook) -> list[Conflict]:
        with ctx.write("pertukaran.impor_hasil", Permission.EXCHANGE, Permission.MASTER_WRITE) as uow:
            return _merge_package(uow, pkg, wb, progress, shared, trust_new_office)

    cancelled = False
    for pkg, wb in readable:
        if cancelled:
            pkg.set_pesan(Msg(QT_TRANSLATE_NOOP("Pesan", "Dibatalkan sebelum digabungkan; paket ini tidak disimpan.")))
            continue
        try:
            attempt(pkg, wb, run_own)
        except Cancelled:
            cancelled = True
            forget(pkg, "Dibatalkan; paket ini tidak disimpan.")
    report.written = bool(report.accepted)
    if cancelled and not report.written:
        raise Cancelled()
    report.status = "ok" if report.exit_code == EXIT_OK else ("sebagian" if report.accepted else "ditolak")
    report.log_id = log_only(ctx, "impor_hasil", ", ".join(str(p) for p in paths), None, report.status,
                             {"paket": len(packages), "diterima": len(report.accepted),
                              "konflik": len(report.conflicts)}, report.to_dict())
    return report


__all__ = [
    "ExportResult", "ResultsImportReport", "PackageResult", "Conflict", "export_results", "import_results",
    "read_package", "package_key", "PackageKey", "employee_rows", "office_meta", "collect_results",
]
