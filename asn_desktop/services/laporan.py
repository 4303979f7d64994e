"""Reports of the cycle: completeness, predicate distribution vs the curve, predicate history.

- Completeness per unit: active employees, SKPs approved, evaluations done per period.
- Distribution: a unit's employee predicates for a period against the rule of its
  organisation predicate (SE MenPANRB 3/2023 via ``domain.rating.check_distribution``);
  a violation is a warning shown beside the chart, never a block (kinerja-asn.md §5:
  rounding for small units is unspecified).
- History: each employee's predicates across periods and years, including older
  appraisals kept read-only (kinerja-asn.md §6).

Ratings are confidential (scope.can_see_ratings): per-employee rows are limited to
what the acting user may see; aggregate counts are for anyone with REPORTS or EVAL_RATE.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    Pegawai,
    PenilaianHistoris,
    Periode,
    Skp,
    TahunKinerja,
    UnitKerja,
)
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks  # row names the UI translates
from asn_desktop.domain.enums import JenisPeriode, Predikat, PredikatOrganisasi, StatusEvaluasi, StatusSkp
from asn_desktop.domain.nama import format_nama, nama_berkas
from asn_desktop.domain.rating import PREDIKAT_ORDER, CurveCheck, check_distribution
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.domain.progress import Progress
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from asn_desktop.services import scope
from asn_desktop.services.evaluasi import SkpRingkas, skp_ref, skp_terkini
from asn_desktop.services.evaluasi.penilaian import _unit_ids_with_children
from asn_desktop.domain.periode import nama_pendek
from asn_desktop.services.periode import OrgResolver, PeriodeInfo, periode_info

if TYPE_CHECKING:
    from asn_desktop.excel.laporan_xlsx import Tabel
    from asn_desktop.reports.evaluasi_pdf import DokumenEvaluasi
    from asn_desktop.services.evaluasi import EvaluasiDetail

_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)


def _require_reports(ctx: AppContext) -> None:
    if not any(ctx.actor.can(p) for p in (Permission.REPORTS, Permission.EVAL_RATE, Permission.EVAL_READ_ALL)):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak membuka laporan."),
                username=ctx.actor.username, label=Msg(ctx.actor.role.label),
            )
        )


def unit_tree(s: Session) -> list[tuple[UnitKerja, int]]:
    """Active units in tree order with their depth."""
    units = s.scalars(select(UnitKerja).where(UnitKerja.aktif.is_(True))).all()
    ids = {u.id for u in units}
    by_parent: dict[int | None, list[UnitKerja]] = {}
    for u in units:
        by_parent.setdefault(u.parent_id if u.parent_id in ids else None, []).append(u)
    out: list[tuple[UnitKerja, int]] = []
    seen: set[int] = set()

    def walk(u: UnitKerja, level: int) -> None:
        if u.id in seen:
            return
        seen.add(u.id)
        out.append((u, level))
        for c in sorted(by_parent.get(u.id, []), key=lambda x: (x.urutan, x.nama)):
            walk(c, level + 1)

    for r in sorted(by_parent.get(None, []), key=lambda x: (x.urutan, x.nama)):
        walk(r, 0)
    return out


@dataclass(frozen=True)
class UnitRingkas:
    id: int
    nama: str
    level: int


def daftar_unit(ctx: AppContext) -> list[UnitRingkas]:
    """Units for filters (tree order, indented by level)."""
    with ctx.read() as s:
        nama = scope.nama_unit(s)
        return [UnitRingkas(u.id, nama[u.id], lvl) for u, lvl in unit_tree(s)]


# --------------------------------------------------------------------------- distribution


@dataclass(frozen=True)
class PredikatPegawai:
    skp_id: int
    pegawai_id: int
    nama: str
    predikat: Predikat | None


#: Per-predikat counts of a unit are shown only from this many rated people on (or to someone
#: who may see every one of those ratings anyway): in a one- or two-person unit the counts are
#: the persons' predikat, which is confidential (PermenPANRB 6/2022: the evaluation is between
#: the employee and the pejabat penilai; SE MenPANRB 3/2023 asks for the curve, not the names).
MIN_DINILAI_DISTRIBUSI = 3

ALASAN_DISEMBUNYIKAN = QT_TRANSLATE_NOOP(
    "Pesan", "Unit ini memiliki kurang dari {n} pegawai yang dinilai; jumlah per predikat tidak ditampilkan agar "
    "predikat perorangan tidak dapat diketahui. Admin dapat melihatnya.")


@dataclass(frozen=True)
class DistribusiUnit:
    """A unit's predicate distribution for one period against its curve rule."""

    unit_id: int
    unit_nama: str
    level: int
    periode: PeriodeInfo
    org_predikat: PredikatOrganisasi | None
    org_sumber: str  # "ditetapkan" / "induk" / "" (none set)
    counts: dict[Predikat, int]
    total_skp: int  # approved SKPs in the unit (the ones to evaluate)
    belum_dinilai: int
    check: CurveCheck | None  # None while the organisation predicate is unknown
    pegawai: tuple[PredikatPegawai, ...] = ()  # only what the acting user may see
    #: counts withheld (all zero, no curve check): fewer than MIN_DINILAI_DISTRIBUSI rated people
    #: whose ratings the acting user may not all see; ``jumlah_dinilai`` still says how many
    disembunyikan: bool = False
    jumlah_dinilai: int | None = None

    @property
    def dinilai(self) -> int:
        return self.jumlah_dinilai if self.jumlah_dinilai is not None else sum(self.counts.values())

    @property
    def ok(self) -> bool:
        return self.check is None or self.check.ok

    @property
    def peringatan(self) -> list[str]:
        if self.disembunyikan:
            return [Teks(Msg.of(ALASAN_DISEMBUNYIKAN, n=MIN_DINILAI_DISTRIBUSI))]
        if self.org_predikat is None:
            return [QT_TRANSLATE_NOOP("Pesan", "Predikat organisasi (capaian kinerja organisasi) unit ini untuk periode ini belum ditetapkan; kurva distribusi belum dapat diperiksa.")]  # noqa: E501 - one literal for the catalogue
        if self.check is None or self.check.ok:
            return []
        return list(self.check.messages)


@dataclass(frozen=True)
class _BarisPeriode:
    """An approved SKP of an active employee with its stored predikat for one period."""

    skp: SkpRingkas
    unit_id: int | None
    atasan_id: int | None
    predikat: Predikat | None


def _baris_periode(s: Session, periode: Periode, unit_ids: set[int] | None) -> list[_BarisPeriode]:
    """Column queries only, so a regency of 15,000 employees is read in a fraction of a second."""
    q = select(Pegawai.id, Pegawai.unit_id, Pegawai.atasan_id).where(Pegawai.status == "aktif")
    if unit_ids is not None:
        q = q.where(Pegawai.unit_id.in_(unit_ids))
    peg = s.execute(q).all()
    skps = skp_terkini(s, periode.tahun_kinerja.tahun, unit_ids)
    eq = select(Evaluasi.skp_id, Evaluasi.predikat, Evaluasi.status).where(Evaluasi.periode_id == periode.id)
    if unit_ids is not None:
        eq = (eq.join(Skp, Skp.id == Evaluasi.skp_id).join(Pegawai, Pegawai.id == Skp.pegawai_id)
              .where(Pegawai.unit_id.in_(unit_ids)))
    pred_of = {p.value: p for p in Predikat}
    preds = {skp_id: pred_of[pred] for skp_id, pred, st in s.execute(eq) if pred and st in _DINILAI}
    out = []
    for pid, unit_id, atasan_id in peg:
        k = skps.get(pid)
        if k is not None and k.disetujui:
            out.append(_BarisPeriode(k, unit_id, atasan_id, preds.get(k.id)))
    return out


def _distribusi(
    ctx: AppContext,
    unit_id: int,
    unit_nama: str,
    level: int,
    pinfo: PeriodeInfo,
    rows: list[_BarisPeriode],
    org: tuple[PredikatOrganisasi | None, str, int | None],
    pratinjau: Mapping[int, Predikat | str | None] | None,
    per_pegawai: bool,
) -> DistribusiUnit:
    counts: dict[Predikat, int] = {p: 0 for p in PREDIKAT_ORDER}
    people: list[PredikatPegawai] = []
    belum = 0
    over = dict(pratinjau or {})
    for r in rows:
        if r.skp.id in over:
            raw = over[r.skp.id]
            pred = Predikat(raw) if raw else None
        else:
            pred = r.predikat
        if pred is None:
            belum += 1
        else:
            counts[pred] += 1
        if per_pegawai and scope.can_see_ratings(ctx.actor, skp_ref(r.skp, r.atasan_id)):
            people.append(PredikatPegawai(r.skp.id, r.skp.pegawai_id, r.skp.pegawai_nama, pred))
    pred_org, src, _origin = org
    dinilai = sum(counts.values())
    people.sort(key=lambda x: x.nama)
    if 0 < dinilai < MIN_DINILAI_DISTRIBUSI and not _lihat_semua(ctx, rows, over):
        kosong = {p: 0 for p in PREDIKAT_ORDER}
        return DistribusiUnit(unit_id, unit_nama, level, pinfo, pred_org, src, kosong, len(rows), belum, None,
                              tuple(people), True, dinilai)
    check = check_distribution(pred_org, counts) if pred_org is not None else None
    return DistribusiUnit(unit_id, unit_nama, level, pinfo, pred_org, src, counts, len(rows), belum, check,
                          tuple(people))


def _lihat_semua(ctx: AppContext, rows: list[_BarisPeriode], over: Mapping[int, object]) -> bool:
    """Whether the acting user may see the rating of every rated person in ``rows``: then the
    counts tell them nothing new and are shown however small the unit."""
    if ctx.actor.can(Permission.EVAL_READ_ALL):
        return True
    for r in rows:
        rated = over.get(r.skp.id) if r.skp.id in over else r.predikat
        if rated and not scope.can_see_ratings(ctx.actor, skp_ref(r.skp, r.atasan_id)):
            return False
    return True


def distribusi_unit(
    ctx: AppContext,
    unit_id: int,
    periode_id: int,
    *,
    termasuk_sub: bool = True,
    pratinjau: Mapping[int, Predikat | str | None] | None = None,
) -> DistribusiUnit:
    """Distribution of one unit (with its sub-units by default).

    ``pratinjau`` {skp_id: predikat} replaces stored predicates, so the editor can
    show the curve for a rating that is not saved yet.
    """
    _require_reports(ctx)
    with ctx.read() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Unit kerja dengan id {unit_id} tidak ditemukan."),
                unit_id=unit_id,
            ))
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode dengan id {periode_id} tidak ditemukan."),
                periode_id=periode_id,
            ))
        unit_ids = _unit_ids_with_children(s, unit.id) if termasuk_sub else {unit.id}
        rows = _baris_periode(s, periode, unit_ids)
        org = OrgResolver(s, periode_id).resolve(unit.id)
        return _distribusi(ctx, unit.id, unit.nama, 0, periode_info(periode), rows, org, pratinjau, True)


def pratinjau_distribusi(
    ctx: AppContext, dist: DistribusiUnit, pratinjau: Mapping[int, Predikat | str | None]
) -> DistribusiUnit | None:
    """``dist`` (from :func:`distribusi_unit`) with ratings not saved yet, without reading again:
    what the editor previews on every click (re-reading a regency of 15,000 costs ≈ 0.25 s).
    None when it cannot be told from ``dist`` alone (a previewed SKP not among the people the
    user may see, or counts that may have to be withheld): then ask :func:`distribusi_unit`."""
    if dist.disembunyikan:
        return None
    people = list(dist.pegawai)
    pos = {p.skp_id: i for i, p in enumerate(people)}
    if any(k not in pos for k in pratinjau):
        return None
    counts = dict(dist.counts)
    belum = dist.belum_dinilai
    for skp_id, raw in pratinjau.items():
        old = people[pos[skp_id]]
        new = Predikat(raw) if raw else None
        if old.predikat is None:
            belum -= 1
        else:
            counts[old.predikat] -= 1
        if new is None:
            belum += 1
        else:
            counts[new] += 1
        people[pos[skp_id]] = replace(old, predikat=new)
    if 0 < sum(counts.values()) < MIN_DINILAI_DISTRIBUSI and not ctx.actor.can(Permission.EVAL_READ_ALL):
        return None  # whether the counts are withheld depends on people not in ``dist``
    check = check_distribution(dist.org_predikat, counts) if dist.org_predikat is not None else None
    return replace(dist, counts=counts, belum_dinilai=belum, check=check, pegawai=tuple(people))


def distribusi_semua_unit(ctx: AppContext, periode_id: int, *, termasuk_sub: bool = True) -> list[DistribusiUnit]:
    """Every active unit's distribution for a period, in tree order (one pass over the data)."""
    _require_reports(ctx)
    with ctx.read() as s:
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode dengan id {periode_id} tidak ditemukan."),
                periode_id=periode_id,
            ))
        pinfo = periode_info(periode)
        tree = unit_tree(s)
        rows = _baris_periode(s, periode, None)
        res = OrgResolver(s, periode_id)
        direct: dict[int | None, list[_BarisPeriode]] = {}
        for r in rows:
            direct.setdefault(r.unit_id, []).append(r)
        children: dict[int, list[int]] = {}
        for u, _lvl in tree:
            if u.parent_id is not None:
                children.setdefault(u.parent_id, []).append(u.id)
        memo: dict[int, list[_BarisPeriode]] = {}

        def gather(uid: int) -> list[_BarisPeriode]:
            if uid not in memo:
                memo[uid] = []  # cycle guard
                acc = list(direct.get(uid, []))
                if termasuk_sub:
                    for c in children.get(uid, []):
                        acc += gather(c)
                memo[uid] = acc
            return memo[uid]

        nama = scope.nama_unit(s)
        return [_distribusi(ctx, u.id, nama[u.id], lvl, pinfo, gather(u.id), res.resolve(u.id), None, False)
                for u, lvl in tree]


# --------------------------------------------------------------------------- completeness


@dataclass(frozen=True)
class KelengkapanUnit:
    unit_id: int | None
    unit_nama: str
    level: int
    pegawai: int
    skp_disetujui: int
    skp_proses: int  # draft / diajukan / dikembalikan
    tanpa_skp: int
    dinilai: dict[int, int]  # periode_id -> evaluated (dinilai or final)
    final: dict[int, int]  # periode_id -> final

    def persen_dinilai(self, periode_id: int) -> float:
        return 100.0 * self.dinilai.get(periode_id, 0) / self.skp_disetujui if self.skp_disetujui else 0.0


@dataclass(frozen=True)
class LaporanKelengkapan:
    tahun: int
    periode: list[PeriodeInfo]
    baris: list[KelengkapanUnit]
    total: KelengkapanUnit


def kelengkapan(ctx: AppContext, tahun: int) -> LaporanKelengkapan:
    """Per unit (its own employees): SKP status and how many are evaluated in each period of ``tahun``.

    Counted in SQL, grouped by unit (two aggregate queries), so a regency of 15,000 employees
    reads a few hundred rows instead of every employee, SKP and evaluation. An employee's SKP
    is the newest approved version, else he has one in process (as ``skp_terkini`` decides)."""
    _require_reports(ctx)
    with ctx.read() as s:
        t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
        if t is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat."), tahun=tahun))
        periods = [periode_info(p) for p in t.periode]
        aktif = Pegawai.status == "aktif"
        # per employee with an SKP this year: the newest approved version (NULL when none is approved)
        skp_tahun = (select(Skp.pegawai_id,
                            func.max(case((Skp.status == StatusSkp.DISETUJUI.value, Skp.versi))).label("versi"))
                     .where(Skp.tahun == tahun).group_by(Skp.pegawai_id).subquery())
        per_unit = s.execute(
            select(Pegawai.unit_id, func.count(Pegawai.id), func.count(skp_tahun.c.versi),
                   func.count(skp_tahun.c.pegawai_id))
            .outerjoin(skp_tahun, skp_tahun.c.pegawai_id == Pegawai.id)
            .where(aktif).group_by(Pegawai.unit_id)).all()
        nilai: list[tuple[int | None, int, int, int]] = []
        if periods:
            nilai = [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(Pegawai.unit_id, Evaluasi.periode_id,
                       func.sum(case((Evaluasi.status.in_(_DINILAI), 1), else_=0)),
                       func.sum(case((Evaluasi.status == StatusEvaluasi.FINAL.value, 1), else_=0)))
                .join(skp_tahun, skp_tahun.c.pegawai_id == Pegawai.id)
                .join(Skp, (Skp.pegawai_id == Pegawai.id) & (Skp.tahun == tahun) & (Skp.versi == skp_tahun.c.versi))
                .join(Evaluasi, Evaluasi.skp_id == Skp.id)
                .where(aktif, Evaluasi.periode_id.in_([p.id for p in periods]))
                .group_by(Pegawai.unit_id, Evaluasi.periode_id))]

        @dataclass
        class Acc:
            pegawai: int = 0
            ok: int = 0
            proses: int = 0
            tanpa: int = 0
            dinilai: dict[int, int] = field(default_factory=lambda: {p.id: 0 for p in periods})
            final: dict[int, int] = field(default_factory=lambda: {p.id: 0 for p in periods})

        acc: dict[int | None, Acc] = {}
        total = Acc()
        for unit_id, n, ok, ada in per_unit:
            for a in (acc.setdefault(unit_id, Acc()), total):
                a.pegawai += n
                a.ok += ok
                a.proses += ada - ok
                a.tanpa += n - ada
        for unit_id, per_id, n_dinilai, n_final in nilai:
            for a in (acc.setdefault(unit_id, Acc()), total):
                a.dinilai[per_id] += int(n_dinilai or 0)
                a.final[per_id] += int(n_final or 0)

        def make(uid: int | None, nama: str, level: int, a: Acc) -> KelengkapanUnit:
            return KelengkapanUnit(uid, nama, level, a.pegawai, a.ok, a.proses, a.tanpa, dict(a.dinilai),
                                   dict(a.final))

        nama = scope.nama_unit(s)
        rows = [make(u.id, nama[u.id], lvl, acc.get(u.id, Acc())) for u, lvl in unit_tree(s)]
        if None in acc:
            rows.append(make(None, QT_TRANSLATE_NOOP("Pesan", "(tanpa unit kerja)"), 0, acc[None]))
        return LaporanKelengkapan(tahun, periods, rows, make(None, QT_TRANSLATE_NOOP("Pesan", "Jumlah"), 0, total))


# --------------------------------------------------------------------------- history


#: Older schemes' categories (kinerja-asn.md §6) shown beside the current predicates.
KATEGORI_HISTORIS: dict[str, Predikat] = {
    "sangat baik": Predikat.SANGAT_BAIK,
    "baik": Predikat.BAIK,
    "cukup": Predikat.BUTUH_PERBAIKAN,
    "butuh perbaikan": Predikat.BUTUH_PERBAIKAN,
    "kurang": Predikat.KURANG,
    "buruk": Predikat.SANGAT_KURANG,
    "sangat kurang": Predikat.SANGAT_KURANG,
}


@dataclass(frozen=True)
class RiwayatPegawai:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    unit_nama: str
    nilai: dict[str, str]  # column key -> predicate label (or historic category)


@dataclass(frozen=True)
class LaporanRiwayat:
    kolom: list[tuple[str, str]]  # (key, header)
    baris: list[RiwayatPegawai]
    tersembunyi: int = 0  # employees whose ratings the user may not see
    catatan: list[str] = field(default_factory=list)


def riwayat_predikat(ctx: AppContext, tahun: int | None = None, unit_id: int | None = None) -> LaporanRiwayat:
    """Predicates per employee: older appraisals, every year's annual, and the periods of ``tahun``."""
    _require_reports(ctx)
    actor = ctx.actor
    read_all = actor.can(Permission.EVAL_READ_ALL)
    with ctx.read() as s:
        years = s.scalars(select(TahunKinerja).order_by(TahunKinerja.tahun)).all()
        if tahun is None and years:
            tahun = years[-1].tahun
        q = select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan, Pegawai.unit_id, Pegawai.atasan_id).where(Pegawai.status == "aktif")
        if unit_id is not None:
            q = q.where(Pegawai.unit_id.in_(_unit_ids_with_children(s, unit_id)))
        peg = s.execute(q.order_by(Pegawai.nama)).all()
        atasan = {p.id: p.atasan_id for p in peg}
        units = scope.nama_unit(s)  # with its kecamatan at regency scale
        hist = [h for h in s.execute(select(PenilaianHistoris.pegawai_id, PenilaianHistoris.tahun,
                                            PenilaianHistoris.kategori, PenilaianHistoris.nilai_akhir,
                                            PenilaianHistoris.detail)).all()
                if h.pegawai_id in atasan]
        # one cell per year: the annual result wins over monthly/quarterly ones (imported e-Kinerja recaps),
        # otherwise the latest period of that year
        hist.sort(key=lambda h: (h.tahun, str((h.detail or {}).get("periode") or "tahunan") == "tahunan",
                                 str((h.detail or {}).get("periode") or "")))
        hist_years = sorted({h.tahun for h in hist})
        lama = QT_TRANSLATE_NOOP("Pesan", "{tahun} (skema lama)")
        kolom: list[tuple[str, str]] = [(f"h{y}", Teks(Msg.of(lama, tahun=y))) for y in hist_years]
        periods: list[Periode] = []
        for t in years:
            for p in t.periode:
                if p.jenis == JenisPeriode.TAHUNAN.value or t.tahun == tahun:
                    periods.append(p)
        periods.sort(key=lambda p: (p.tahun_kinerja.tahun, p.jenis == JenisPeriode.TAHUNAN.value, p.urutan))
        kolom += [(f"p{p.id}", f"{nama_pendek(p.nama)} {p.tahun_kinerja.tahun}") for p in periods]
        # which employees' ratings the actor may see: own, or penilai of one of his SKPs (any year)
        sees: dict[int, bool] = {}
        skp_vis: dict[int, bool] = {}
        for r in s.execute(select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, Skp.pejabat_penilai_id,
                                  Skp.penilai_nama, Skp.pegawai_nama)):
            if r.pegawai_id not in atasan:
                continue
            ok = read_all or scope.can_see_ratings(actor, skp_ref(SkpRingkas(*r), atasan[r.pegawai_id]))
            skp_vis[r.id] = ok
            sees[r.pegawai_id] = sees.get(r.pegawai_id, False) or ok
        vals: dict[int, dict[str, str]] = {pid: {} for pid in atasan}
        for skp_id, pid, per_id, pred, st in s.execute(
            select(Evaluasi.skp_id, Skp.pegawai_id, Evaluasi.periode_id, Evaluasi.predikat, Evaluasi.status)
            .join(Skp, Skp.id == Evaluasi.skp_id)
            .where(Evaluasi.periode_id.in_([p.id for p in periods]))
        ):
            if pid in vals and skp_vis.get(skp_id) and pred and st in _DINILAI:
                vals[pid][f"p{per_id}"] = Predikat(pred).label
        for h in hist:
            if read_all or h.pegawai_id == actor.pegawai_id:
                label = h.kategori or ("" if h.nilai_akhir is None else f"{h.nilai_akhir:.2f}".replace(".", ","))
                vals[h.pegawai_id][f"h{h.tahun}"] = label
        rows: list[RiwayatPegawai] = []
        hidden = 0
        for p in peg:
            if not (read_all or sees.get(p.id) or p.id == actor.pegawai_id):
                hidden += 1
                continue
            rows.append(RiwayatPegawai(p.id, format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "",
                                       p.nama_jabatan or "", units.get(p.unit_id, "") if p.unit_id else "",
                                       vals[p.id]))
        notes = []
        if hidden:
            notes.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "%n pegawai tidak ditampilkan: predikat bersifat rahasia dan hanya dapat dilihat oleh "
                "pegawai ybs., pejabat penilainya, dan admin."), n=hidden)))
        return LaporanRiwayat(kolom, rows, hidden, notes)


# --------------------------------------------------------------------------- capaian of signed documents


@dataclass(frozen=True)
class CapaianTidakSesuai:
    """A final evaluation whose printed capaian kinerja organisasi differs from its unit's predicate now."""

    evaluasi_id: int
    pegawai_id: int
    nama: str
    nip: str
    unit_nama: str  # the unit whose predicate applies (the led unit for its head)
    periode: PeriodeInfo
    tercetak: PredikatOrganisasi | None
    predikat_unit: PredikatOrganisasi | None


def capaian_final_tidak_sesuai(ctx: AppContext, tahun: int | None = None) -> list[CapaianTidakSesuai]:
    """Final documents whose capaian disagrees with the unit's organisation predicate for that period.

    Signed documents keep their snapshot; an older version of the program derived
    the capaian from the person's own rating. This list lets an admin cancel the
    finalisation of those and sign them again with the unit's predicate.
    """
    _require_reports(ctx)
    with ctx.read() as s:
        q = (select(Evaluasi.id, Evaluasi.periode_id, Evaluasi.capaian_organisasi, Skp.pegawai_id,
                    Pegawai.unit_id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang)
             .join(Skp, Skp.id == Evaluasi.skp_id).join(Pegawai, Pegawai.id == Skp.pegawai_id)
             .where(Evaluasi.status == StatusEvaluasi.FINAL.value))
        if tahun is not None:
            q = q.where(Skp.tahun == tahun)
        rows = s.execute(q).all()
        resolvers: dict[int, OrgResolver] = {}
        periods: dict[int, PeriodeInfo] = {}
        out: list[CapaianTidakSesuai] = []
        for eid, pid, stored, peg_id, unit_id, nip, gd, nama, gb in rows:
            if pid not in resolvers:
                resolvers[pid] = OrgResolver(s, pid)
                periods[pid] = periode_info(s.get(Periode, pid))
            cap = resolvers[pid].capaian(peg_id, unit_id)
            now = cap.predikat.value if cap.predikat else None
            if (stored or None) == now:
                continue
            out.append(CapaianTidakSesuai(
                eid, peg_id, format_nama(gd, nama, gb), nip or "", cap.unit_nama, periods[pid],
                PredikatOrganisasi(stored) if stored else None, cap.predikat))
        out.sort(key=lambda r: (r.periode.tanggal_mulai, r.unit_nama, r.nama))
        return out


# --------------------------------------------------------------------------- Dokumen Evaluasi (PDF)


def _judul_periode(p: PeriodeInfo) -> str:
    if p.tahunan:
        return "TAHUNAN"
    if p.nama.startswith(("Triwulan", "Semester")):
        return p.nama.upper()
    return f"BULAN {p.nama.upper()}"


def _periode_penilaian(p: PeriodeInfo) -> str:
    from asn_desktop.domain.tanggal import NAMA_BULAN

    a, b = p.tanggal_mulai, p.tanggal_selesai
    return f"{a.day} {NAMA_BULAN[a.month - 1].upper()} SD {b.day} {NAMA_BULAN[b.month - 1].upper()} TAHUN {b.year}"


def pola_distribusi_unit(s: Session, unit_id: int | None, periode: Periode) -> tuple[tuple[str, int], ...]:
    """The unit's predicate counts (with sub-units) as printed in the POLA DISTRIBUSI row.

    Aggregate counts only, read without the report permission: the row belongs to
    the document, so the employee's copy and the admin's copy are the same.
    """
    if unit_id is None:
        return ()
    unit_ids = _unit_ids_with_children(s, unit_id)
    counts: dict[Predikat, int] = {p: 0 for p in PREDIKAT_ORDER}
    for r in _baris_periode(s, periode, unit_ids):
        if r.predikat is not None:
            counts[r.predikat] += 1
    if not sum(counts.values()):
        return ()
    return tuple((p.label, counts[p]) for p in PREDIKAT_ORDER)


def susun_dokumen(s: Session, d: "EvaluasiDetail") -> "DokumenEvaluasi":
    """The printable content of one evaluation from its detail, inside the caller's session.

    Finalisation calls this to freeze the document (``Evaluasi.dokumen_final``);
    a draft is printed from it live. One code path for both.
    """
    from asn_desktop.db.models import Setting
    from asn_desktop.domain.enums import JenisSkp, StatusKepegawaian
    from asn_desktop.reports.evaluasi_pdf import (
        BarisHasil,
        BarisIndikator,
        BarisPerilaku,
        DokumenEvaluasi,
        Orang,
    )
    from asn_desktop.services.settings import OFFICE_KEY, OfficeInfo

    row = s.get(Setting, OFFICE_KEY)
    office = OfficeInfo.from_dict(row.value if row is not None and isinstance(row.value, dict) else None)
    skp = s.get(Skp, d.skp_id)
    kinds = {
        "pegawai": skp.pegawai_status_kepegawaian,
        "penilai": skp.penilai_status_kepegawaian,
        "atasan_penilai": skp.atasan_penilai_status_kepegawaian,
    }

    def orang(role: str) -> Orang:
        h = d.header.get(role) or {}
        kind = kinds.get(role) or ""
        pppk = kind in (StatusKepegawaian.PPPK.value, StatusKepegawaian.PPPK_PARUH_WAKTU.value)
        return Orang(h.get("nama") or "", h.get("nip") or "", h.get("pangkat") or "", h.get("jabatan") or "",
                     h.get("unit") or "", "NI PPPK" if pppk else "NIP")

    # the distribution the printed capaian bounds: the unit it belongs to (the led unit for its head)
    unit_id = d.capaian.unit_id if d.capaian is not None and d.capaian.unit_id is not None else skp.pegawai.unit_id
    pola = pola_distribusi_unit(s, unit_id, s.get(Periode, d.periode.id))
    hasil = tuple(
        BarisHasil(
            r.jenis.value, r.nomor, r.rhk_atasan, r.teks, r.perspektif,
            tuple(BarisIndikator(i.aspek, i.teks, i.target, i.realisasi_tampil, i.umpan_balik) for i in r.indikator),
            penugasan_dari=r.penugasan_dari, klasifikasi=r.klasifikasi,
        )
        for r in d.hasil
    )
    perilaku = tuple(BarisPerilaku(b.nomor, b.nama, b.panduan, b.ekspektasi_khusus, b.umpan_balik)
                     for b in d.perilaku)
    return DokumenEvaluasi(
        instansi=d.instansi or office.instansi,
        kantor=office.nama_kantor,
        judul_periode=_judul_periode(d.periode),
        periode_penilaian=_periode_penilaian(d.periode),
        pegawai=orang("pegawai"),
        penilai=orang("penilai"),
        atasan_penilai=orang("atasan_penilai"),
        capaian_organisasi=d.capaian_organisasi.label if d.capaian_organisasi else "",
        rating_hasil=d.rating_hasil.label if d.rating_hasil else "",
        rating_perilaku=d.rating_perilaku.label if d.rating_perilaku else "",
        predikat=d.predikat.label if d.predikat else "",
        hasil=hasil,
        perilaku=perilaku,
        # a penilai's rating changed by someone else prints with who, when and why (signed papers tell it too)
        catatan_rekomendasi="\n\n".join(x for x in (d.catatan_rekomendasi,
                                                     d.perubahan_rating.teks if d.perubahan_rating else "") if x),
        alasan_penyesuaian=d.alasan_penyesuaian,
        tempat_tanggal=d.tempat_tanggal_ttd or (f"{office.kota_ttd}, ...................." if office.kota_ttd else ""),
        jpt=d.jenis_skp is JenisSkp.JPT,
        draf=not d.final,
        pola_distribusi=pola,
        periode_label=d.periode.label,
        alasan_rating_pimpinan=d.alasan_rating_pimpinan,
    )


def dokumen_evaluasi(ctx: AppContext, evaluasi_id: int) -> "DokumenEvaluasi":
    """The printable content of one evaluation: the document frozen at finalisation, live on a draft.

    Whoever prints a final document gets the same text (kinerja-asn.md §3: a
    signed document is a snapshot); a later move, rename or edit changes nothing.
    """
    from asn_desktop.services.evaluasi import get_evaluasi
    from asn_desktop.services.snapshots import dokumen_dari_data

    d = get_evaluasi(ctx, evaluasi_id)
    if not d.hak.lihat_rating:
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak mencetak dokumen evaluasi pegawai ini (penilaian bersifat rahasia)."),
        ))
    with ctx.read() as s:
        ev = s.get(Evaluasi, evaluasi_id)
        if d.final and ev is not None and ev.dokumen_final:
            return dokumen_dari_data(ev.dokumen_final)
        return susun_dokumen(s, d)


def cetak_dokumen_evaluasi(
    ctx: AppContext,
    evaluasi_ids: Sequence[int],
    path: str | os.PathLike[str],
    *,
    ukuran: str = "A4",
    per_pegawai: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Print Dokumen Evaluasi: one PDF with all (``path`` = file) or one PDF per employee (``path`` = folder)."""
    from asn_desktop.reports.evaluasi_pdf import UKURAN_KERTAS, tulis_dokumen_evaluasi

    progress = progress or Progress.none()
    ids = list(dict.fromkeys(evaluasi_ids))
    if not ids:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tidak ada evaluasi yang dipilih untuk dicetak.")))
    if ukuran.upper() not in UKURAN_KERTAS:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Ukuran kertas '{ukuran}' tidak dikenal; pilih A4 atau F4."),
            ukuran=ukuran,
        ))
    docs = []
    for i, eid in enumerate(ids):
        progress.step(i, len(ids) * 2, "Mengambil data evaluasi")
        docs.append(dokumen_evaluasi(ctx, eid))
    out: list[Path] = []
    if per_pegawai:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for i, d in enumerate(docs):
            progress.step(len(ids) + i, len(ids) * 2, f"Mencetak {d.pegawai.nama}")
            name = nama_berkas("Dokumen_Evaluasi", d.judul_periode, d.pegawai.nip or d.pegawai.nama, ext="pdf")
            out.append(tulis_dokumen_evaluasi([d], folder / name, ukuran=ukuran))
    else:
        sub = Progress(lambda done, total, msg: progress.report(len(ids) + done, len(ids) + total, msg),
                       lambda: progress.cancelled)
        out.append(tulis_dokumen_evaluasi(docs, path, ukuran=ukuran, progress=sub))
    progress.report(1, 1, "Selesai")
    return out


# --------------------------------------------------------------------------- Excel export of the reports


def _pct(n: int, total: int) -> str:
    return f"{n * 100 / total:.0f} %" if total else "-"


def tabel_kelengkapan(ctx: AppContext, tahun: int) -> Tabel:
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel  # noqa: PLC0415 - openpyxl only when a report is made

    rep = kelengkapan(ctx, tahun)
    kol = [Kolom("Unit kerja", 42), Kolom("Pegawai aktif", 10, angka=True), Kolom("SKP disetujui", 10, angka=True),
           Kolom("SKP dalam proses", 10, angka=True), Kolom("Tanpa SKP", 10, angka=True)]
    for p in rep.periode:
        kol += [Kolom(f"Dinilai {nama_pendek(p.nama)}", 11, angka=True), Kolom(f"% {nama_pendek(p.nama)}", 8)]
    rows = []
    for r in rep.baris + [rep.total]:
        row: list[object] = ["    " * r.level + r.unit_nama, r.pegawai, r.skp_disetujui, r.skp_proses, r.tanpa_skp]
        for p in rep.periode:
            row += [r.dinilai.get(p.id, 0), _pct(r.dinilai.get(p.id, 0), r.skp_disetujui)]
        rows.append(row)
    return Tabel("Kelengkapan", f"Kelengkapan SKP dan Evaluasi — Tahun {tahun}", kol, rows,
                 ["Pegawai dihitung pada unit kerjanya sendiri; baris Jumlah mencakup semua unit."])


def tabel_distribusi(ctx: AppContext, periode_id: int) -> Tabel:
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel  # noqa: PLC0415 - openpyxl only when a report is made

    rows_d = distribusi_semua_unit(ctx, periode_id)
    label = rows_d[0].periode.label if rows_d else ""
    kol = [Kolom("Unit kerja", 42), Kolom("Predikat organisasi", 16)]
    kol += [Kolom(p.label, 10, angka=True) for p in PREDIKAT_ORDER]
    kol += [Kolom("Dinilai", 9, angka=True), Kolom("SKP disetujui", 10, angka=True), Kolom("Sesuai kurva", 11),
            Kolom("Peringatan", 70, wrap=True)]
    rows = []
    for d in rows_d:
        rows.append(["    " * d.level + d.unit_nama, d.org_predikat.label if d.org_predikat else "belum ditetapkan"]
                    + [d.counts[p] for p in PREDIKAT_ORDER]
                    + [d.dinilai, d.total_skp, "-" if d.check is None else ("Ya" if d.ok else "Tidak"),
                       "\n".join(d.peringatan)])
    return Tabel("Distribusi", f"Distribusi Predikat Kinerja per Unit — {label}", kol, rows,
                 ["Kurva distribusi menurut SE MenPANRB 3/2023; pelanggaran adalah peringatan, bukan larangan. "
                  "Setiap unit mencakup sub-unitnya."])


def tabel_riwayat(ctx: AppContext, tahun: int | None = None, unit_id: int | None = None) -> Tabel:
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel  # noqa: PLC0415 - openpyxl only when a report is made

    rep = riwayat_predikat(ctx, tahun, unit_id)
    kol = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 21), Kolom("Jabatan", 30),
           Kolom("Unit kerja", 28)] + [Kolom(h, 15) for _k, h in rep.kolom]
    rows = [[i, r.nama, r.nip, r.jabatan, r.unit_nama] + [r.nilai.get(k, "") for k, _h in rep.kolom]
            for i, r in enumerate(rep.baris, 1)]
    return Tabel("Riwayat Predikat", "Riwayat Predikat Kinerja Pegawai", kol, rows, list(rep.catatan))


def ekspor_laporan(
    ctx: AppContext,
    jenis: str,
    path: str | os.PathLike[str],
    *,
    tahun: int | None = None,
    periode_id: int | None = None,
    unit_id: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write one report (``kelengkapan``, ``distribusi``, ``riwayat``) to an .xlsx file."""
    from asn_desktop.services.settings import get_office

    progress = progress or Progress.none()
    progress.step(0, 2, "Menyusun laporan")
    if jenis == "kelengkapan":
        if tahun is None:
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih tahun untuk laporan kelengkapan.")))
        tabel = tabel_kelengkapan(ctx, tahun)
    elif jenis == "distribusi":
        if periode_id is None:
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih periode untuk laporan distribusi.")))
        tabel = tabel_distribusi(ctx, periode_id)
    elif jenis == "riwayat":
        tabel = tabel_riwayat(ctx, tahun, unit_id)
    else:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis laporan '{jenis}' tidak dikenal."), jenis=jenis))
    from asn_desktop.excel.laporan_xlsx import tulis_tabel  # noqa: PLC0415 - openpyxl only when written

    return tulis_tabel(path, tabel, kantor=get_office(ctx).nama_kantor, progress=progress)
