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

import functools
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
from asn_desktop.db.bulk import update_rows
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
    bulk_insert,
    file_sha256,
    from_excel,
    log_only,
    write_log,
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


def employee_rows(s: Any, *, include_inactive: bool = True) -> list[dict[str, Any]]:
    """One dict per employee with the keys of the exchange "Pegawai" sheet (NIP order)."""
    t = m.Pegawai.__table__
    u = m.UnitKerja.__table__.alias("u")
    a = m.Pegawai.__table__.alias("a")
    cols = [t.c.uid, t.c.nip] + [t.c[f] for f in _PEGAWAI_DIRECT]
    q = (
        select(*cols, u.c.nama.label("unit"), u.c.uid.label("unit_uid"), a.c.nip.label("nip_atasan"),
               a.c.uid.label("atasan_uid"))
        .select_from(t.outerjoin(u, u.c.id == t.c.unit_id).outerjoin(a, a.c.id == t.c.atasan_id))
    )
    if not include_inactive:
        q = q.where(t.c.status == StatusPegawai.AKTIF.value)
    out = []
    for r in s.execute(q):
        d = dict(r._mapping)
        for f, enum in _LABELLED_PEGAWAI.items():
            d[f] = _label(enum, d.get(f))
        out.append(d)
    out.sort(key=lambda d: (d["nip"] is None, d["nip"] or "", d["nama"] or "", d["uid"]))
    return out


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


def collect_results(s: Any, tahun: int, progress: Progress) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """All rows of a results package for ``tahun`` (sheet name → rows) and extra meta entries."""
    tk = s.scalar(select(m.TahunKinerja).where(m.TahunKinerja.tahun == tahun))
    if tk is None:
        raise ServiceError(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Tahun kinerja {tahun} belum ada di basis data ini; tidak ada hasil untuk "
                    "diekspor. Pilih tahun lain."), tahun=tahun)
        )
    out: dict[str, list[dict[str, Any]]] = {}
    progress.step(0, 10, "Mengumpulkan pegawai")
    # units
    ut = m.UnitKerja.__table__
    pt = m.Pegawai.__table__
    units = [dict(r._mapping) for r in s.execute(select(ut))]
    unit_uid = {u["id"]: u["uid"] for u in units}
    unit_nama = {u["id"]: u["nama"] for u in units}
    peg_ref = {r.id: (r.uid, r.nip) for r in s.execute(select(pt.c.id, pt.c.uid, pt.c.nip))}
    out["Pegawai"] = employee_rows(s)
    out["Unit Kerja"] = [
        {
            "uid": u["uid"], "kode": u["kode"], "nama": u["nama"], "jenis": _label(JenisUnit, u["jenis"]),
            "parent_uid": unit_uid.get(u["parent_id"]), "parent_nama": unit_nama.get(u["parent_id"]),
            "kepala_nip": peg_ref.get(u["kepala_id"], (None, None))[1],
            "kepala_uid": peg_ref.get(u["kepala_id"], (None, None))[0],
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
    # SKP
    st = m.Skp.__table__
    skps = [dict(r._mapping) for r in s.execute(select(st).where(st.c.tahun == tahun))]
    for sk in skps:
        sk["_nip"] = peg_ref.get(sk["pegawai_id"], (None, None))[1]
    skps.sort(key=lambda d: (d["_nip"] is None, d["_nip"] or "", d["versi"], d["uid"]))
    skp_uid_by_id = {sk["id"]: sk["uid"] for sk in skps}
    skp_order = {sk["id"]: i for i, sk in enumerate(skps)}
    all_skp_uid = dict(s.execute(select(st.c.id, st.c.uid)).all())
    peg_names = {r.id: r.nama for r in s.execute(select(pt.c.id, pt.c.nama))}
    out["SKP"] = []
    for sk in skps:
        pen = peg_ref.get(sk["pejabat_penilai_id"], (None, None))
        atp = peg_ref.get(sk["atasan_penilai_id"], (None, None))
        row = {
            "uid": sk["uid"], "nip": sk["_nip"], "nama": peg_names.get(sk["pegawai_id"]), "tahun": sk["tahun"],
            "versi": sk["versi"], "status": _label(StatusSkp, sk["status"]),
            "pendekatan": _label(Pendekatan, sk["pendekatan"]), "jenis_skp": _label(JenisSkp, sk["jenis_skp"]),
            "periode_mulai": sk["periode_mulai"], "periode_selesai": sk["periode_selesai"],
            "penilai_nip_ref": pen[1], "atasan_penilai_nip_ref": atp[1],
            "pegawai_uid": peg_ref.get(sk["pegawai_id"], (None, None))[0], "penilai_uid": pen[0],
            "atasan_penilai_uid": atp[0], "pengganti_uid": all_skp_uid.get(sk["pengganti_id"]),
            "diajukan_pada": sk["diajukan_pada"], "disetujui_pada": sk["disetujui_pada"],
        }
        for f in _SKP_SNAP + list(_SKP_TEXT):
            row[f] = sk[f]
        out["SKP"].append(row)
    progress.step(3, 10, "Mengumpulkan RHK dan indikator")
    rt = m.Rhk.__table__
    rhks = [r._mapping for r in s.execute(select(rt).join(st, st.c.id == rt.c.skp_id).where(st.c.tahun == tahun))]
    rhks.sort(key=lambda r: (skp_order[r["skp_id"]], r["jenis"] != JenisRhk.UTAMA.value, r["jenis"], r["urutan"],
                             r["uid"]))
    rhk_uid = {r["id"]: r["uid"] for r in rhks}
    missing_parents = {r["parent_rhk_id"] for r in rhks if r["parent_rhk_id"] and r["parent_rhk_id"] not in rhk_uid}
    if missing_parents:
        rhk_uid.update(dict(s.execute(select(rt.c.id, rt.c.uid).where(rt.c.id.in_(list(missing_parents)))).all()))
    rhk_order = {r["id"]: i for i, r in enumerate(rhks)}
    skp_nip = {sk["id"]: sk["_nip"] for sk in skps}

    def rhk_rows() -> Iterator[dict[str, Any]]:
        for r in rhks:
            yield {
                "uid": r["uid"], "skp_uid": skp_uid_by_id[r["skp_id"]], "nip": skp_nip[r["skp_id"]],
                "jenis": _label(JenisRhk, r["jenis"]), "urutan": r["urutan"], "teks": r["teks"],
                "parent_uid": rhk_uid.get(r["parent_rhk_id"]), "rhk_atasan_teks": r["rhk_atasan_teks"],
                "perspektif": _label(Perspektif, r["perspektif"]), "penugasan_dari": r["penugasan_dari"],
                "klasifikasi": _label(Klasifikasi, r["klasifikasi"]),
            }
        rhks.clear()  # the uid and order maps are all the later sheets need

    out["RHK"] = LazyRows(rhk_rows, len(rhks))  # type: ignore[assignment]
    it = m.Indikator.__table__
    inds = [r._mapping for r in s.execute(
        select(it).join(rt, rt.c.id == it.c.rhk_id).join(st, st.c.id == rt.c.skp_id).where(st.c.tahun == tahun))]
    inds.sort(key=lambda i: (rhk_order[i["rhk_id"]], i["urutan"], i["uid"]))
    rhk_skp = {r["id"]: r["skp_id"] for r in rhks}
    ind_uid = {i["id"]: i["uid"] for i in inds}
    ind_order = {i["id"]: n for n, i in enumerate(inds)}

    def indikator_rows() -> Iterator[dict[str, Any]]:
        for i in inds:
            yield {
                "uid": i["uid"], "rhk_uid": rhk_uid[i["rhk_id"]], "nip": skp_nip[rhk_skp[i["rhk_id"]]],
                "urutan": i["urutan"], "aspek": _label(Aspek, i["aspek"]), "teks": i["teks"],
                "target_min": i["target_min"], "target_max": i["target_max"], "satuan": i["satuan"],
                "target_teks": i["target_teks"], "lebih_rendah_lebih_baik": bool(i["lebih_rendah_lebih_baik"]),
            }
        inds.clear()  # only the uid and order maps are needed after the sheet

    out["Indikator"] = LazyRows(indikator_rows, len(inds))  # type: ignore[assignment]
    pk = m.PerilakuSkp.__table__
    perilaku = [r._mapping for r in s.execute(
        select(pk).join(st, st.c.id == pk.c.skp_id).where(st.c.tahun == tahun))]
    perilaku.sort(key=lambda p: (skp_order[p["skp_id"]], p["nomor"], p["kode"]))

    def perilaku_rows() -> Iterator[dict[str, Any]]:
        for p in perilaku:
            yield {
                "skp_uid": skp_uid_by_id[p["skp_id"]], "nip": skp_nip[p["skp_id"]], "nomor": p["nomor"],
                "kode": p["kode"], "nilai": _nilai_nama(p["kode"]), "ekspektasi_khusus": p["ekspektasi_khusus"],
            }
        perilaku.clear()

    out["Perilaku"] = LazyRows(perilaku_rows, len(perilaku))  # type: ignore[assignment]
    progress.step(5, 10, "Mengumpulkan evaluasi")
    et = m.Evaluasi.__table__
    evs = [r._mapping for r in s.execute(
        select(et).join(st, st.c.id == et.c.skp_id).where(st.c.tahun == tahun,
                                                         et.c.periode_id.in_(list(per_by_id) or [-1])))]
    ev_by_key = {(e["skp_id"], e["periode_id"]): e for e in evs}
    # a final row carries the capaian frozen at signing; a rated one the unit's predicate now
    peg_unit = dict(s.execute(select(pt.c.id, pt.c.unit_id)).all())
    resolvers: dict[int, OrgResolver] = {}

    def _capaian(e: dict[str, Any], pegawai_id: int, periode_id: int) -> str | None:
        if e["status"] == StatusEvaluasi.FINAL.value:
            return e["capaian_organisasi"]
        if e["status"] != StatusEvaluasi.DINILAI.value:
            return None
        if periode_id not in resolvers:
            resolvers[periode_id] = OrgResolver(s, periode_id)
        cap = resolvers[periode_id].capaian(pegawai_id, peg_unit.get(pegawai_id)).predikat
        return cap.value if cap else None

    # the sheet order of the evaluations is fixed first (the Realisasi and Umpan Balik sheets
    # follow it); the rows themselves are built while the sheet is written
    ev_order: dict[int, int] = {}
    ev_meta: dict[int, tuple[str, str | None]] = {}
    ev_plan: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]] = []
    for sk in skps:
        for p in periods:
            e = ev_by_key.get((sk["id"], p["id"]))
            if e is None and sk["status"] == StatusSkp.DIGANTI.value:
                continue
            if e is not None:
                ev_order[e["id"]] = len(ev_plan)
                ev_meta[e["id"]] = (e["uid"], sk["_nip"])
            ev_plan.append((sk, p, e))

    def evaluasi_rows() -> Iterator[dict[str, Any]]:
        for sk, p, e in ev_plan:
            row: dict[str, Any] = {
                "nip": sk["_nip"], "nama": peg_names.get(sk["pegawai_id"]), "tahun": tahun, "periode": p["nama"],
                "skp_uid": sk["uid"],
            }
            if e is not None:
                row.update(
                    uid=e["uid"], status=_label(StatusEvaluasi, e["status"]),
                    rating_hasil_kerja=_label(Rating, e["rating_hasil_kerja"]),
                    rating_perilaku=_label(Rating, e["rating_perilaku"]),
                    predikat=_label(Predikat, e["predikat"]),
                    capaian_organisasi=_label(PredikatOrganisasi, _capaian(e, sk["pegawai_id"], p["id"])),
                    self_rating_hasil=_label(Rating, e["self_rating_hasil"]),
                    self_rating_perilaku=_label(Rating, e["self_rating_perilaku"]),
                    self_diajukan_pada=e["self_diajukan_pada"], dinilai_pada=e["dinilai_pada"],
                )
                for f in _SNAP + list(_EVAL_TEXT):
                    row[f] = e[f]
            yield row
        ev_plan.clear()  # the evaluation rows are not needed after their sheet

    out["Evaluasi"] = LazyRows(evaluasi_rows, len(ev_plan))  # type: ignore[assignment]
    progress.step(6, 10, "Mengumpulkan realisasi")
    evids = list(ev_order)
    ev_periode = {e["id"]: per_by_id[e["periode_id"]]["nama"] for e in evs}
    del ev_by_key

    def realisasi_rows() -> Iterator[dict[str, Any]]:
        """Fetched while the sheet is written, 900 evaluations at a time in sheet order
        (the biggest sheet of a regency is never held whole)."""
        rz = m.Realisasi.__table__
        cols = (rz.c.evaluasi_id, rz.c.indikator_id, rz.c.rencana_aksi, rz.c.realisasi, rz.c.realisasi_nilai,
                rz.c.umpan_balik)
        for chunk in in_chunks(evids):
            raw = [r for r in s.execute(select(*cols).where(rz.c.evaluasi_id.in_(chunk))) if r[1] in ind_order]
            raw.sort(key=lambda r: (ev_order[r[0]], ind_order[r[1]]))
            for e, i, ra, re_, rn, ub_ in raw:
                uid, nip = ev_meta[e]
                yield {"evaluasi_uid": uid, "indikator_uid": ind_uid[i], "nip": nip, "periode": ev_periode[e],
                       "rencana_aksi": ra, "realisasi": re_, "realisasi_nilai": rn, "umpan_balik": ub_}

    def umpan_balik_rows() -> Iterator[dict[str, Any]]:
        ub = m.UmpanBalikPerilaku.__table__
        nomor = {b.kode: b.nomor for b in BERAKHLAK}
        for chunk in in_chunks(evids):
            raw = s.execute(select(ub.c.evaluasi_id, ub.c.kode, ub.c.umpan_balik)
                            .where(ub.c.evaluasi_id.in_(chunk))).all()
            raw.sort(key=lambda r: (ev_order[r[0]], nomor.get(r[1], 99), r[1]))
            for e, k, t in raw:
                uid, nip = ev_meta[e]
                yield {"evaluasi_uid": uid, "nip": nip, "periode": ev_periode[e], "kode": k,
                       "nilai": _nilai_nama(k), "umpan_balik": t}

    out["Realisasi"] = LazyRows(realisasi_rows, len(evids) * 10)  # type: ignore[assignment]
    out["Umpan Balik Perilaku"] = LazyRows(umpan_balik_rows, len(evids) * 7)  # type: ignore[assignment]
    out.update(baris_paket_hasil(s, tahun))  # "Layanan Bulanan" and "SKM": public-service figures
    extra = {
        "skema_periode": tk.skema_periode,
        "tahun_mulai": tk.tanggal_mulai.isoformat(),
        "tahun_selesai": tk.tanggal_selesai.isoformat(),
        "tahun_ditutup": "ya" if tk.ditutup else "tidak",
    }
    progress.step(7, 10, "Menulis berkas")
    return out, extra


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
_SNAPSHOT_LIMIT = 500
_HEADERS: dict[str, dict[str, str]] = {spec.name: {c.key: c.header for c in spec.columns} for spec in HASIL_SHEETS}
_ALIAS = {"pegawai_id": "nip", "skp_id": "skp_uid", "rhk_id": "rhk_uid", "periode_id": "periode"}


def _column(sheet: str, key: str) -> str:
    """The column header a value came from, for messages."""
    return _HEADERS.get(sheet, {}).get(_ALIAS.get(key, key), key)


def _bad_value(sheet: str, values: dict[str, Any], tahun: int | None) -> str | None:
    """The first value that manual entry would not accept (type ranges, text length, dates),
    as 'kolom "X": why'; None when every value is acceptable. Keeps OverflowError and
    friends out of the database layer."""
    for k, v in values.items():
        if v is None or isinstance(v, bool) or k.endswith("_id"):
            continue
        col = _column(sheet, k)
        if isinstance(v, int):
            lo, hi = _INT_RANGE.get(k, (-(2**63), 2**63 - 1))
            if k == "tahun" and tahun is not None:
                lo = hi = tahun
            if not lo <= v <= hi:
                shown = str(v) if len(str(v)) <= 25 else str(v)[:22] + "…"
                want = f"tahun paket ({tahun})" if k == "tahun" and tahun is not None else f"{lo}–{hi}"
                return f"kolom \"{col}\": {shown} di luar rentang yang diizinkan ({want})"
        elif isinstance(v, float):
            if not math.isfinite(v) or abs(v) > 1e15:
                return f"kolom \"{col}\": {v!r} bukan angka yang wajar"
        elif isinstance(v, str):
            limit = _TEXT_LIMIT.get(k) or (_SNAPSHOT_LIMIT if k.startswith(("pegawai_", "penilai_", "atasan_penilai_"))
                                           else _DEFAULT_TEXT_LIMIT)
            if len(v) > limit:
                return (f"kolom \"{col}\": teks terlalu panjang ({len(v):,} karakter; paling banyak {limit:,})"
                        .replace(",", "."))
        elif isinstance(v, (date, datetime)):
            if not 1900 <= v.year <= 2100:
                return f"kolom \"{col}\": tanggal {v.isoformat()} di luar 1900–2100"
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
        self.owner = K.KantorPengirim("")  # the sending office's state (owned units are claimed here)
        self.other_units: set[str] = set()  # unit uids owned by other offices
        self.tahun: int | None = None

    # -- helpers ------------------------------------------------------------------
    def new_id(self, table: Any) -> int:
        name = table.name
        if name not in self.next_id:
            self.next_id[name] = (self.conn.execute(select(func.max(table.c.id))).scalar() or 0)
        self.next_id[name] += 1
        return self.next_id[name]

    def conflict(self, pkg: PackageResult, entitas: str, kunci: Any, pesan: str) -> None:
        self.conflicts.append(Conflict(pkg.berkas, entitas, str(kunci), pesan))
        pkg.add(entitas, "konflik")

    def reject(self, pkg: PackageResult, sheet: str, kunci: Any, row: int, why: str) -> None:
        """A rejected row: reported with file, sheet, row and column; nothing of it is written."""
        self.conflict(pkg, sheet, kunci, f"Ditolak: {Path(pkg.berkas).name}, lembar \"{sheet}\" baris {row}, {why}.")

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
        self.n_rows += 1
        if self.n_rows % 2000 == 0:
            self.progress.check()  # Batal stays responsive on a regency-size package
        cur = existing.get(key)
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
                cur = existing.get(key)
                return cur["id"] if cur else None
            self.seen[(entitas, key)] = (pkg.berkas, fingerprint, self.office)
        cur = existing.get(key)
        if cur is None:
            row = {**values, **(insert_extra or {})}
            row["id"] = self.new_id(table)
            if "created_at" in table.c:
                row.setdefault("created_at", self.now)
                row.setdefault("updated_at", self.now)
            if "version_id" in table.c:
                row.setdefault("version_id", 1)
            inserts.append(row)
            existing[key] = {"id": row["id"]} if slim else row
            if len(inserts) >= INSERT_BATCH:
                self.flush(table, inserts, updates)  # bounded memory on regency-size sheets
            pkg.add(entitas, "baru")
            return row["id"]
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
        pkg.add(entitas, "berubah")
        return cur["id"]

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
                            "paket memakai skema {label2}; evaluasinya tidak dapat digabungkan."), tahun=tahun, label=SkemaPeriode(tk['skema_periode']).label, label2=SkemaPeriode(skema).label)
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
    """A package's sheets as the merge reads them: small and medium sheets read once and kept,
    the big ones (Realisasi, feedback, ...) streamed again when needed twice so memory stays flat."""

    _STREAMED = frozenset({"Realisasi", "Umpan Balik Perilaku", "Indikator", "Perilaku", "Evaluasi"})

    def __init__(self, wb: ExchangeWorkbook) -> None:
        self._wb = wb
        self._cache: dict[str, list[ReadRow]] = {}

    def __getitem__(self, name: str) -> Iterable[ReadRow]:
        if name in self._STREAMED:
            return self._wb.rows(name)
        if name not in self._cache:
            self._cache[name] = list(self._wb.rows(name))
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
            mg.reject(st.pkg, "Unit Kerja", v["nama"], r.row,
                      f"unit kerja {v['nama']} milik kantor lain di basis data ini; paket hanya boleh "
                      "mengubah unit kerja kantornya sendiri")
            continue
        bad = _bad_value("Unit Kerja", values, st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "Unit Kerja", v["nama"][:60], r.row, bad)
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
            mg.reject(st.pkg, "Pegawai", label, r.row, bad)
            continue
        if v.get("unit_uid") and (v["unit_uid"] not in st.own_units or values["unit_id"] is None):
            mg.reject(st.pkg, "Pegawai", label, r.row,
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
        st.pending_atasan.append((pid, v))
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
            mg.reject(st.pkg, "Capaian Organisasi", f"{v.get('unit_nama')} {v.get('periode')}", r.row,
                      "unit kerja ini bukan milik kantor pengirim")
            continue
        cvals = {"predikat": pred, "ditetapkan_oleh": v.get("ditetapkan_oleh"), "catatan": v.get("catatan")}
        bad = _bad_value("Capaian Organisasi", cvals, st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "Capaian Organisasi", f"{v.get('unit_nama')} {v.get('periode')}", r.row, bad)
            continue
        mg.upsert(st.pkg, "Capaian Organisasi", pot, (u_id, p_id), cvals,
                  caps, ins, upd, f"{v.get('unit_nama')} {v.get('periode')}",
                  insert_extra={"unit_id": u_id, "periode_id": p_id})
    mg.flush(pot, ins, upd)


def _merge_skp(mg: _Merger, st: _MergeState) -> None:
    """SKPs of the office's employees for the package's year; replacement links once all are written."""
    pkg, wb = st.pkg, st.wb
    skt = m.Skp.__table__
    skp_uids = [r.values.get("uid") for r in st.sheets["SKP"] if r.values.get("uid")]
    skps = mg.load_by_uid(skt, skp_uids)
    natural = {(x["pegawai_id"], x["tahun"], x["versi"]): x["uid"]
               for x in mg.conn.execute(select(skt.c.uid, skt.c.pegawai_id, skt.c.tahun, skt.c.versi)).mappings()}
    pengganti: list[tuple[str, str]] = []
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["SKP"]:
        v = r.values
        suid = v.get("uid")
        pid = st.peg_id_by_uid.get(v.get("pegawai_uid") or "") or st.peg_id_by_nip.get(v.get("nip") or "")
        if not suid or pid is None or not v.get("tahun"):
            mg.conflict(pkg, "SKP", suid or f"baris {r.row}",
                        f"Baris {r.row}: SKP tanpa UID, tahun, atau pegawai yang dikenal dilewati.")
            continue
        if pid not in st.own_peg_ids or (suid in skps and skps[suid].get("pegawai_id") not in st.own_peg_ids):
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r.row,
                      "SKP pegawai yang bukan pegawai kantor pengirim (atau pegawainya ditolak); SKP, RHK, "
                      "dan penilaiannya tidak disimpan")
            continue
        if v["tahun"] != wb.tahun:
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r.row,
                      f"kolom \"Tahun\": {str(v['tahun'])[:20]} bukan tahun paket ({wb.tahun})")
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
        bad = _bad_value("SKP", values, wb.tahun)
        if bad:
            mg.reject(pkg, "SKP", f"{v.get('nama')} ({v.get('nip') or suid})", r.row, bad)
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
    rhks = mg.load_by_uid(rt, [r.values.get("uid") for r in st.sheets["RHK"] if r.values.get("uid")])
    parents: list[tuple[str, str]] = []
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["RHK"]:
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
        cur_rhk = rhks.get(v["uid"])
        if cur_rhk is not None and cur_rhk.get("skp_id") not in own_skp_ids:
            mg.reject(pkg, "RHK", v["uid"], r.row, "RHK ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("RHK", values, st.wb.tahun)
        if bad:
            mg.reject(pkg, "RHK", v["uid"], r.row, bad)
            continue
        rid = mg.upsert(pkg, "RHK", rt, v["uid"], values, rhks, ins, upd, v["teks"][:60],
                        insert_extra={"uid": v["uid"]}, slim=True)
        if rid is not None:
            st.rhk_id_by_uid[v["uid"]] = rid
            parents.append((v["uid"], v.get("parent_uid") or ""))
    mg.flush(rt, ins, upd)
    if parents:
        known = {**mg.ids_by_uid(rt, [b for _a, b in parents if b]), **st.rhk_id_by_uid}
        cur_parent: dict[int, int | None] = {}
        for chunk in in_chunks(list(st.rhk_id_by_uid.values())):
            cur_parent.update(mg.conn.execute(select(rt.c.id, rt.c.parent_rhk_id).where(rt.c.id.in_(chunk))).all())
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
    inds = mg.load_by_uid(it, [r.values.get("uid") for r in st.sheets["Indikator"] if r.values.get("uid")])
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Indikator"]:
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
        cur_ind = inds.get(v["uid"])
        if cur_ind is not None and cur_ind.get("rhk_id") not in own_rhk_ids:
            mg.reject(pkg, "Indikator", v["uid"], r.row, "indikator ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("Indikator", values, st.wb.tahun)
        if bad:
            mg.reject(pkg, "Indikator", v["uid"], r.row, bad)
            continue
        iid = mg.upsert(pkg, "Indikator", it, v["uid"], values, inds, ins, upd, v["teks"][:60],
                        insert_extra={"uid": v["uid"]}, slim=True)
        if iid is not None:
            st.ind_id_by_uid[v["uid"]] = iid
    mg.flush(it, ins, upd)


def _merge_perilaku(mg: _Merger, st: _MergeState) -> None:
    """The BerAKHLAK expectations of the accepted SKPs."""
    pk = m.PerilakuSkp.__table__
    per = mg.load(pk, ["skp_id", "kode"], pk.c.skp_id.in_(list(st.skp_id_by_uid.values()) or [-1]))
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Perilaku"]:
        v = r.values
        sid = st.skp_id_by_uid.get(v.get("skp_uid") or "")
        if sid is None or not v.get("kode"):
            continue
        pvals = {"nomor": v.get("nomor") or 0, "ekspektasi_khusus": v.get("ekspektasi_khusus")}
        bad = (None if v["kode"] in _KODE_BERAKHLAK else f"kolom \"Kode\": \"{str(v['kode'])[:40]}\" bukan kode "
               "nilai BerAKHLAK") or _bad_value("Perilaku", pvals, st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "Perilaku", f"{v.get('nip')} {str(v['kode'])[:40]}", r.row, bad)
            continue
        mg.upsert(st.pkg, "Perilaku", pk, (sid, v["kode"]), pvals,
                  per, ins, upd, f"{v.get('nip')} {v['kode']}",
                  insert_extra={"skp_id": sid, "kode": v["kode"]}, slim=True)
    mg.flush(pk, ins, upd)


def _merge_evaluasi(mg: _Merger, st: _MergeState) -> None:
    """Evaluations of the accepted SKPs; one that is final here is never overwritten."""
    pkg, wb = st.pkg, st.wb
    et = m.Evaluasi.__table__
    own_skp_ids = set(st.skp_id_by_uid.values())
    evs = mg.load_by_uid(et, [r.values.get("uid") for r in st.sheets["Evaluasi"] if r.values.get("uid")])
    ev_natural = {(x["skp_id"], x["periode_id"]): x["uid"] for x in mg.conn.execute(
        select(et.c.uid, et.c.skp_id, et.c.periode_id)
        .where(et.c.skp_id.in_(list(st.skp_id_by_uid.values()) or [-1]))).mappings()}
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Evaluasi"]:
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
        cur_ev = evs.get(euid)
        if cur_ev is not None and cur_ev.get("skp_id") not in own_skp_ids:
            mg.reject(pkg, "Evaluasi", who, r.row, "evaluasi ini milik SKP pegawai kantor lain")
            continue
        bad = _bad_value("Evaluasi", values, wb.tahun) or _predikat_problem(values)
        if bad:
            mg.reject(pkg, "Evaluasi", who, r.row, bad)
            continue
        if ev_natural.get((sid, p_id)) not in (None, euid):
            mg.conflict(pkg, "Evaluasi", euid,
                        f"Evaluasi {v.get('nama')} {v.get('periode')} sudah ada di basis data dengan "
                        "identitas lain; evaluasi dari paket dilewati.")
            continue
        cur = evs.get(euid)
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


def _merge_realisasi(mg: _Merger, st: _MergeState) -> None:
    rz = m.Realisasi.__table__
    reals = mg.load_by_evaluasi(rz, ["evaluasi_id", "indikator_id"], list(st.ev_id_by_uid.values()))
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Realisasi"]:
        v = r.values
        eid = st.ev_id_by_uid.get(v.get("evaluasi_uid") or "")
        iid = st.ind_id_by_uid.get(v.get("indikator_uid") or "")
        if eid is None or iid is None:
            continue
        rvals = {"rencana_aksi": v.get("rencana_aksi"), "realisasi": v.get("realisasi"),
                 "realisasi_nilai": v.get("realisasi_nilai"), "umpan_balik": v.get("umpan_balik")}
        bad = _bad_value("Realisasi", rvals, st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "Realisasi", f"{v.get('nip')} {v.get('periode')}", r.row, bad)
            continue
        mg.upsert(st.pkg, "Realisasi", rz, (eid, iid), rvals,
                  reals, ins, upd, f"{v.get('nip')} {v.get('periode')}",
                  insert_extra={"evaluasi_id": eid, "indikator_id": iid}, slim=True)
    mg.flush(rz, ins, upd)


def _merge_umpan_balik(mg: _Merger, st: _MergeState) -> None:
    ubt = m.UmpanBalikPerilaku.__table__
    ubs = mg.load_by_evaluasi(ubt, ["evaluasi_id", "kode"], list(st.ev_id_by_uid.values()))
    ins: list[dict[str, Any]] = []
    upd: list[tuple[int, dict[str, Any]]] = []
    for r in st.sheets["Umpan Balik Perilaku"]:
        v = r.values
        eid = st.ev_id_by_uid.get(v.get("evaluasi_uid") or "")
        if eid is None or not v.get("kode"):
            continue
        bad = (None if v["kode"] in _KODE_BERAKHLAK else f"kolom \"Kode\": \"{str(v['kode'])[:40]}\" bukan kode "
               "nilai BerAKHLAK") or _bad_value("Umpan Balik Perilaku", {"umpan_balik": v.get("umpan_balik")},
                                                st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "Umpan Balik Perilaku", f"{v.get('nip')} {v.get('periode')}", r.row, bad)
            continue
        mg.upsert(st.pkg, "Umpan Balik Perilaku", ubt, (eid, v["kode"]), {"umpan_balik": v.get("umpan_balik")},
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
            mg.reject(st.pkg, "Layanan Bulanan", label, r.row, "unit kerja ini bukan milik kantor pengirim")
            continue
        u_id = st.unit_id_by_uid.get(v["unit_uid"])
        bad = _layanan_problem(v, st.wb.tahun)
        if u_id is None or bad:
            mg.reject(st.pkg, "Layanan Bulanan", label, r.row, bad or "unit kerja tidak dikenal")
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
            mg.reject(st.pkg, "SKM", label, r.row, "unit kerja ini bukan milik kantor pengirim")
            continue
        bad = _skm_problem(v, st.wb.tahun)
        if bad:
            mg.reject(st.pkg, "SKM", label, r.row, bad)
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
    if not K.verify(pub, sig, signed_message(wb.meta)) or not wb.checksum_ok:
        return _ditolak(Msg(QT_TRANSLATE_NOOP(
            "Pesan", "isi paket diubah setelah ditandatangani kantor pengirim (atau berkas rusak); tanda tangannya "
            "tidak cocok dengan isinya. Tidak ada yang disimpan. Minta kantor pengirim mengekspor ulang dan "
            "mengirim berkas aslinya.")))
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
    merger.merge(pkg, wb)
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
            wb = read_workbook(p, JENIS_HASIL, progress=lambda d, t, msg: progress.step(d, t, msg))
        except ExcelError as exc:
            pkg.set_pesan(pesan_dari(exc))
            continue
        pkg.kode_kantor, pkg.nama_kantor, pkg.tahun = wb.kode_kantor, wb.nama_kantor, wb.tahun
        pkg.dibuat_pada, pkg.checksum_ok, pkg.masalah = wb.dibuat_pada, wb.checksum_ok, list(wb.problems)
        refusal = _verify(pkg, wb, offices, trust_new_office)
        if refusal:
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
