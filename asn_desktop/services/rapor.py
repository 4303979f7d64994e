"""An employee's own performance record ("Kinerja Saya") and its one-page Rapor Kinerja.

Transparency to staff (kinerja-asn.md §2 tindak lanjut, §5): each employee sees their own
predikat across periods and years, their SKPs and the feedback written on them, the
follow-ups assigned to them, training against 20 JP a year (PP 17/2020 Pasal 203), awards,
and their unit's predikat distribution without names. The distribution keeps the small-unit
rule of the reports (``laporan.MIN_DINILAI_DISTRIBUSI``): counts that would reveal someone
else's predikat are withheld.

Who sees whose record: ``scope.boleh_lihat_kinerja_pegawai`` (himself, his pejabat penilai,
Operator/Admin for anyone); ratings within it follow ``scope.boleh_lihat_predikat_karier``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from asn_desktop.db.models import (
    Evaluasi,
    Indikator,
    Pegawai,
    PenilaianHistoris,
    Periode,
    Realisasi,
    RiwayatDiklat,
    RiwayatPenghargaan,
    Skp,
    TahunKinerja,
    UmpanBalikPerilaku,
    UnitKerja,
)
from asn_desktop.domain.berakhlak import nilai_by_kode
from asn_desktop.domain.enums import JenisPeriode, Predikat, Rating, StatusEvaluasi, StatusSkp
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama, nama_berkas
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.rating import PREDIKAT_ORDER
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError

_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)
#: PP 17/2020 Pasal 203: pengembangan kompetensi paling sedikit 20 JP setahun.
TARGET_JP = 20.0
#: Shown in place of meeting follow-ups when they cannot be read (kept for a build without meetings).
SLOT_TINDAK_LANJUT_RAPAT = ("Tindak lanjut rapat evaluasi kinerja belum tersedia pada versi ini; "
                            "rekomendasi pejabat penilai ditampilkan di bawah.")


@dataclass(frozen=True)
class PredikatPeriode:
    tahun: int
    periode: str  # "Triwulan I", "Tahunan", "Tahunan (e-Kinerja)"
    tahunan: bool
    rating_hasil: str
    rating_perilaku: str
    predikat: Predikat | None
    status: str
    sumber: str = "aplikasi"  # "aplikasi" / "riwayat" (older appraisal kept as history)
    nilai_lama: str = ""  # older numeric schemes: the category or score as recorded


@dataclass(frozen=True)
class SkpSaya:
    skp_id: int
    tahun: int
    versi: int
    status: str
    penilai: str
    jumlah_rhk: int


@dataclass(frozen=True)
class UmpanBalik:
    tahun: int
    periode: str
    aspek: str  # the indicator or the BerAKHLAK value
    teks: str


@dataclass(frozen=True)
class TindakLanjutSaya:
    sumber: str  # "Rekomendasi pejabat penilai", "Rapat evaluasi kinerja", ...
    uraian: str
    batas: date | None = None
    status: str = ""
    #: ``uraian`` as a message for the screen when the app wrote it (None: a person's text)
    uraian_pesan: Msg | None = None


@dataclass(frozen=True)
class PelatihanTahun:
    tahun: int
    jp: float
    kegiatan: tuple[tuple[str, date | None, float], ...]

    @property
    def persen(self) -> int:
        return min(100, round(self.jp * 100 / TARGET_JP))


@dataclass(frozen=True)
class Penghargaan:
    tahun: int | None
    nama: str
    pemberi: str
    nomor: str


@dataclass(frozen=True)
class DistribusiAnonim:
    """The unit's predikat counts for one period, without names (None counts = withheld)."""

    unit_nama: str
    periode: str
    counts: dict[Predikat, int] | None
    dinilai: int
    pesan: str = ""


@dataclass
class KinerjaPegawai:
    pegawai_id: int
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str
    tahun: int
    tahun_tersedia: list[int]
    predikat: list[PredikatPeriode] = field(default_factory=list)
    predikat_terlihat: bool = True
    skp: list[SkpSaya] = field(default_factory=list)
    umpan_balik: list[UmpanBalik] = field(default_factory=list)
    tindak_lanjut: list[TindakLanjutSaya] = field(default_factory=list)
    #: None while meeting follow-ups are not recorded by this version (the slot says so)
    tindak_lanjut_rapat: list[TindakLanjutSaya] | None = None
    pelatihan: list[PelatihanTahun] = field(default_factory=list)
    penghargaan: list[Penghargaan] = field(default_factory=list)
    distribusi: list[DistribusiAnonim] = field(default_factory=list)
    penilai_nama: str = ""
    penilai_nip: str = ""

    def pelatihan_tahun(self, tahun: int | None = None) -> PelatihanTahun:
        t = tahun or self.tahun
        return next((p for p in self.pelatihan if p.tahun == t), PelatihanTahun(t, 0.0, ()))

    def tren(self) -> list[PredikatPeriode]:
        """The annual predikat per year (oldest first): the line of the rapor's trend."""
        by: dict[int, PredikatPeriode] = {}
        for p in self.predikat:
            if p.tahunan and p.predikat is not None and (p.tahun not in by or p.sumber == "aplikasi"):
                by[p.tahun] = p
        return [by[y] for y in sorted(by)]


def pegawai_terlihat(ctx: AppContext) -> list[tuple[int, str]]:
    """(id, name) of the active employees whose record the acting user may open, by name."""
    with ctx.read() as s:
        ids = scope.pegawai_terlihat(s, ctx.actor)
        q = select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang).where(
            Pegawai.status == "aktif").order_by(Pegawai.nama)
        return [(r.id, format_nama(r.gelar_depan, r.nama, r.gelar_belakang)) for r in s.execute(q)
                if ids is None or r.id in ids]


def _pangkat(kode: str | None) -> str:
    if not kode:
        return ""
    try:
        return golongan_by_kode(kode).label
    except Exception:  # noqa: BLE001 - an unknown stored code prints as it is
        return kode


def _label(v: str | None, enum: type[Rating]) -> str:
    if not v:
        return ""
    try:
        return enum(v).label
    except ValueError:
        return v


def kinerja_pegawai(ctx: AppContext, pegawai_id: int | None = None, tahun: int | None = None) -> KinerjaPegawai:
    """The record of ``pegawai_id`` (default: the acting user's own employee) for ``tahun``
    (default: the latest performance year), with the predikat of every year."""
    from asn_desktop.services.laporan import KATEGORI_HISTORIS

    actor = ctx.actor
    pid = pegawai_id if pegawai_id is not None else actor.pegawai_id
    if pid is None:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun ini tidak terhubung dengan data pegawai; minta admin menghubungkannya (Pengaturan › Pengguna)."),
        ))
    with ctx.read() as s:
        p = s.get(Pegawai, pid)
        if p is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pid} tidak ditemukan."), pid=pid))
        if not scope.boleh_lihat_kinerja_pegawai(actor, p.id, p.atasan_id):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak melihat data kinerja {nama}."),
                username=actor.username, nama=p.nama,
            ))
        sasaran = scope.dari_pegawai(p.id, p.atasan_id, p.nama)
        lihat = scope.sendiri(actor, p.id) or scope.boleh_lihat_predikat_karier(actor, sasaran)
        years = sorted(set(s.scalars(select(TahunKinerja.tahun))) | set(s.scalars(
            select(PenilaianHistoris.tahun).where(PenilaianHistoris.pegawai_id == p.id))))
        tahun = tahun or (years[-1] if years else date.today().year)
        unit = s.get(UnitKerja, p.unit_id) if p.unit_id else None
        atasan = s.get(Pegawai, p.atasan_id) if p.atasan_id else None
        out = KinerjaPegawai(p.id, format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "",
                             _pangkat(p.golongan), p.nama_jabatan or "", unit.nama if unit else "", tahun, years,
                             predikat_terlihat=lihat)
        if atasan is not None:
            out.penilai_nama = format_nama(atasan.gelar_depan, atasan.nama, atasan.gelar_belakang)
            out.penilai_nip = atasan.nip or ""

        # SKPs and their evaluations
        skps = s.scalars(select(Skp).where(Skp.pegawai_id == p.id).order_by(Skp.tahun, Skp.versi)).all()
        n_rhk: dict[int, int] = defaultdict(int)
        from asn_desktop.db.models import Rhk

        for sid in s.scalars(select(Rhk.skp_id).where(Rhk.skp_id.in_([k.id for k in skps]))):
            n_rhk[sid] += 1
        for k in skps:
            if k.status == StatusSkp.DIGANTI.value:
                continue
            out.skp.append(SkpSaya(k.id, k.tahun, k.versi, StatusSkp(k.status).label, k.penilai_nama or "",
                                   n_rhk[k.id]))
        skp_ids = [k.id for k in skps]
        ev_rows = s.execute(
            select(Evaluasi, Periode, TahunKinerja.tahun)
            .join(Periode, Periode.id == Evaluasi.periode_id)
            .join(TahunKinerja, TahunKinerja.id == Periode.tahun_id)
            .where(Evaluasi.skp_id.in_(skp_ids))
            .order_by(TahunKinerja.tahun, Periode.jenis == JenisPeriode.TAHUNAN.value, Periode.urutan)
        ).all() if skp_ids else []
        seen_period: set[int] = set()
        for ev, per, th in ev_rows:
            if per.id in seen_period and ev.status not in _DINILAI:
                continue
            rated = ev.status in _DINILAI and ev.predikat
            out.predikat = [x for x in out.predikat if not (x.tahun == th and x.periode == per.nama)]
            seen_period.add(per.id)
            out.predikat.append(PredikatPeriode(
                th, per.nama, per.jenis == JenisPeriode.TAHUNAN.value,
                _label(ev.rating_hasil_kerja, Rating) if rated and lihat else "",
                _label(ev.rating_perilaku, Rating) if rated and lihat else "",
                Predikat(ev.predikat) if rated and lihat else None, StatusEvaluasi(ev.status).label))
            if lihat and ev.catatan_rekomendasi and ev.status in _DINILAI:
                out.tindak_lanjut.append(TindakLanjutSaya(QT_TRANSLATE_NOOP("Pesan", "Rekomendasi pejabat penilai"),
                                                          f"{per.nama} {th}: {ev.catatan_rekomendasi.strip()}"))
        for h in s.scalars(select(PenilaianHistoris).where(PenilaianHistoris.pegawai_id == p.id)
                           .order_by(PenilaianHistoris.tahun)):
            per_name = str((h.detail or {}).get("periode") or "tahunan")
            pred = KATEGORI_HISTORIS.get((h.kategori or "").strip().casefold())
            lama = h.kategori or ("" if h.nilai_akhir is None else f"{h.nilai_akhir:.2f}".replace(".", ","))
            out.predikat.append(PredikatPeriode(
                h.tahun, per_name.capitalize() if per_name != "tahunan" else "Tahunan (riwayat)",
                per_name == "tahunan", "", "", pred if lihat else None, "Riwayat", "riwayat", lama if lihat else ""))
        out.predikat.sort(key=lambda x: (x.tahun, x.tahunan, x.sumber != "riwayat"))

        # feedback written on the SKP of the chosen year
        if lihat:
            ev_ids = {ev.id: (per.nama, th) for ev, per, th in ev_rows if th == tahun}
            for eid, teks, ind in s.execute(
                select(Realisasi.evaluasi_id, Realisasi.umpan_balik, Indikator.teks)
                .join(Indikator, Indikator.id == Realisasi.indikator_id)
                .where(Realisasi.evaluasi_id.in_(list(ev_ids)), Realisasi.umpan_balik.is_not(None))
            ):
                if teks and teks.strip():
                    out.umpan_balik.append(UmpanBalik(ev_ids[eid][1], ev_ids[eid][0], ind or "", teks.strip()))
            for eid, kode, teks in s.execute(
                select(UmpanBalikPerilaku.evaluasi_id, UmpanBalikPerilaku.kode, UmpanBalikPerilaku.umpan_balik)
                .where(UmpanBalikPerilaku.evaluasi_id.in_(list(ev_ids)))
            ):
                if teks and teks.strip():
                    try:
                        nama = nilai_by_kode(kode).nama
                    except Exception:  # noqa: BLE001 - an unknown value code prints as stored
                        nama = kode
                    out.umpan_balik.append(UmpanBalik(ev_ids[eid][1], ev_ids[eid][0], nama, teks.strip()))

        # training against 20 JP a year, awards
        per_year: dict[int, list[tuple[str, date | None, float]]] = defaultdict(list)
        for d in s.scalars(select(RiwayatDiklat).where(RiwayatDiklat.pegawai_id == p.id)):
            when = d.tanggal_selesai or d.tanggal_mulai
            if when is not None:
                per_year[when.year].append((d.nama, when, float(d.jp or 0)))
        for y in sorted(set(per_year) | {tahun}):
            items = tuple(sorted(per_year.get(y, []), key=lambda x: x[1] or date.min))
            out.pelatihan.append(PelatihanTahun(y, sum(x[2] for x in items), items))
        for a in s.scalars(select(RiwayatPenghargaan).where(RiwayatPenghargaan.pegawai_id == p.id)
                           .order_by(RiwayatPenghargaan.tahun.desc())):
            out.penghargaan.append(Penghargaan(a.tahun, a.nama, a.pemberi or "", a.nomor_sk or ""))
        if out.pelatihan_tahun().jp < TARGET_JP:
            jp = out.pelatihan_tahun().jp
            uraian = Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tahun {tahun}: {jp} dari {target} JP; lengkapi {sisa} JP lagi (PP 17/2020 Pasal 203)."),
                tahun=tahun, jp=_jp(jp), target=_jp(TARGET_JP), sisa=_jp(TARGET_JP - jp),
            )
            out.tindak_lanjut.append(TindakLanjutSaya(
                QT_TRANSLATE_NOOP("Pesan", "Pengembangan kompetensi"), str(uraian), date(tahun, 12, 31), uraian_pesan=uraian))

        # the unit's distribution, without names
        if unit is not None:
            out.distribusi = _distribusi_anonim(ctx, s, unit, tahun)
    out.tindak_lanjut_rapat = _tindak_lanjut_rapat(ctx, pid, tahun)
    return out


def _tindak_lanjut_rapat(ctx: AppContext, pegawai_id: int, tahun: int) -> list[TindakLanjutSaya] | None:
    """Follow-ups from evaluation meetings: every open one, and those of ``tahun`` already closed."""
    try:
        from asn_desktop.services.rapat import tindak_lanjut_rapat_pegawai
    except ImportError:  # a build without evaluation meetings: the slot says so
        return None
    out = []
    for t in tindak_lanjut_rapat_pegawai(ctx, pegawai_id, hanya_terbuka=False):
        closed_year = t.ditutup_pada.year if t.ditutup_pada else None
        if t.terbuka or t.rapat_tanggal.year == tahun or closed_year == tahun:
            out.append(TindakLanjutSaya(f"{t.rapat_judul} ({t.rapat_tanggal:%d-%m-%Y})", t.uraian,
                                        t.tenggat, t.status_label))
    return out


def _jp(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _distribusi_anonim(ctx: AppContext, s, unit: UnitKerja, tahun: int) -> list[DistribusiAnonim]:  # noqa: ANN001
    """Per period of ``tahun``: the unit's counts through the reports' own rule, so a unit with
    fewer than MIN_DINILAI_DISTRIBUSI rated people (whose ratings one may not all see) shows none."""
    from asn_desktop.services.evaluasi.penilaian import _unit_ids_with_children
    from asn_desktop.services.laporan import _baris_periode, _distribusi
    from asn_desktop.services.periode import OrgResolver, periode_info

    t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
    if t is None:
        return []
    ids = _unit_ids_with_children(s, unit.id)
    out: list[DistribusiAnonim] = []
    for per in t.periode:
        rows = _baris_periode(s, per, ids)
        if not any(r.predikat for r in rows):
            continue
        d = _distribusi(ctx, unit.id, unit.nama, 0, periode_info(per), rows,
                        OrgResolver(s, per.id).resolve(unit.id), None, False)
        if d.disembunyikan:
            out.append(DistribusiAnonim(unit.nama, per.nama, None, d.dinilai, d.peringatan[0]))
        else:
            out.append(DistribusiAnonim(unit.nama, per.nama, {p: d.counts[p] for p in PREDIKAT_ORDER}, d.dinilai))
    return out


# --------------------------------------------------------------------------- the printed rapor


def cetak_rapor(ctx: AppContext, pegawai_ids: list[int], tahun: int, path: str | os.PathLike[str], *,
                progress: Progress | None = None) -> list[Path]:
    """One-page Rapor Kinerja per employee: one file for one employee, else one file per
    employee in the folder ``path``. Every employee is checked before anything is written."""
    from asn_desktop.reports.rapor_pdf import RaporKinerja, tulis_rapor
    from asn_desktop.services.settings import get_office

    progress = progress or Progress.none()
    if not pegawai_ids:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih pegawai yang rapornya dicetak.")))
    office = get_office(ctx)
    data: list[KinerjaPegawai] = []
    for i, pid in enumerate(pegawai_ids):
        if progress.cancelled:
            return []
        progress.step(i, len(pegawai_ids) * 2, "Menyusun rapor")
        data.append(kinerja_pegawai(ctx, pid, tahun))
    out: list[Path] = []
    target = Path(path)
    if len(data) > 1:
        target.mkdir(parents=True, exist_ok=True)
    for i, k in enumerate(data):
        if progress.cancelled:
            break
        progress.step(len(data) + i, len(data) * 2, f"Mencetak {k.nama}")
        dest = target if len(data) == 1 else target / nama_berkas("Rapor_Kinerja", str(tahun), k.nip or k.nama,
                                                                   ext="pdf")
        out.append(tulis_rapor(RaporKinerja(k, office.nama_kantor, office.instansi, office.kota_ttd), dest))
    with ctx.write("rapor.cetak") as uow:
        uow.audit(None, None, f"Rapor Kinerja {tahun} dicetak: {len(out)} pegawai", None,
                  {"pegawai_id": pegawai_ids[:200], "tahun": tahun})
    progress.report(1, 1, "Selesai")
    return out
