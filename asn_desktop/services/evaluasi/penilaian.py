"""Periodic and annual evaluation of an approved SKP (PermenPANRB 6/2022 Pasal 21-38).

Per period (kinerja-asn.md §2): the employee records rencana aksi and realisasi
per indicator with bukti dukung (``bukti_dukung``); the supervisor writes
umpan balik per indicator and per BerAKHLAK value (standard phrases from
``frasa`` plus free text); the employee's self-assessment stays hidden from
everybody else until it is submitted; peers and subordinates give 360° input
that the supervisor sees aggregated (``masukan360``). The supervisor sets
rating hasil kerja and rating perilaku kerja; the predikat always follows the matrix (``domain.rating.predikat_kinerja``,
PermenPANRB 6/2022 lampiran) and is never typed.

The annual evaluation is pre-filled from the periods (a suggestion; BKN: no
formula, the annual rating is the supervisor's judgement) and may be overridden
with a written reason (``alasan_penyesuaian``). Finalisation freezes the
document header (``services/snapshots.py``) and the capaian kinerja organisasi.

Only approved SKPs (status disetujui) are evaluated; only open periods accept
writes (``services/periode.require_periode_terbuka``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from asn_desktop.db.batch import scalars_in
from asn_desktop.db.models import (
    Evaluasi,
    Indikator,
    Masukan360,
    Pegawai,
    Periode,
    Realisasi,
    Rhk,
    Skp,
    UmpanBalikPerilaku,
    UnitKerja,
)
from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.enums import (
    Aspek,
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    Klasifikasi,
    Perspektif,
    Predikat,
    PredikatOrganisasi,
    Rating,
    StatusEvaluasi,
    StatusPeriode,
    StatusSkp,
)
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.rating import predikat_kinerja
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import FieldProblem, NotFound, PermissionDenied, ServiceError, ValidationError, pesan_dari
from asn_desktop.services.evaluasi._common import (
    MAKS_TEKS,
    _any_permission,
    _check_version,
    _load_ev,
    _may_fill_realisasi,
    _may_rate,
    _opt,
    _rating,
    _require_rater,
    _require_realisasi_filler,
    _require_writable,
    _text,
    format_target,
)
from asn_desktop.services.evaluasi.bukti_dukung import BuktiInfo, _bukti_info
from asn_desktop.services.periode import (
    CapaianOrganisasi,
    PeriodeInfo,
    capaian_organisasi_pegawai,
    periode_info,
    require_periode_terbuka,
)
from asn_desktop.services.snapshots import ROLES, apply_snapshot, person_snapshot, read_snapshot
from asn_desktop.services.ukuran import refuse_manual_angka


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class IndikatorEval:
    indikator_id: int
    aspek: str  # label
    teks: str
    target: str
    satuan: str = ""
    realisasi_id: int | None = None
    rencana_aksi: str = ""
    realisasi: str = ""
    realisasi_nilai: float | None = None
    umpan_balik: str = ""
    bukti: tuple[BuktiInfo, ...] = ()

    @property
    def realisasi_tampil(self) -> str:
        """Realisasi as printed: the number with the indicator's unit (decimal comma) and the
        description below it; either alone when only one was entered. Both are what the
        employee reported, so the signed document must show both."""
        angka = "" if self.realisasi_nilai is None else f"{format_angka(self.realisasi_nilai)} {self.satuan}".strip()
        teks = self.realisasi.strip()
        if not angka or teks in (angka, format_angka(self.realisasi_nilai)):
            return teks or angka
        return f"{angka}\n{teks}" if teks else angka


@dataclass(frozen=True)
class RhkEval:
    rhk_id: int
    jenis: JenisRhk
    nomor: int
    teks: str
    rhk_atasan: str
    perspektif: str
    indikator: tuple[IndikatorEval, ...]
    penugasan_dari: str = ""  # JPT: where the RHK comes from (printed like on the SKP)
    klasifikasi: str = ""  # JPT: Organisasi / Individu (label)


@dataclass(frozen=True)
class PerilakuEval:
    kode: str
    nomor: int
    nama: str
    panduan: tuple[str, ...]
    ekspektasi_khusus: str
    umpan_balik: str = ""


@dataclass(frozen=True)
class PenilaianDiri:
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    catatan: str
    diajukan_pada: datetime | None

    @property
    def diajukan(self) -> bool:
        return self.diajukan_pada is not None


@dataclass(frozen=True)
class SaranTahunan:
    """Pre-fill of the annual ratings from the evaluated periods (a suggestion, never binding)."""

    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    per_periode: tuple[tuple[str, Rating | None, Rating | None, Predikat | None], ...]
    penjelasan: str

    @property
    def predikat(self) -> Predikat | None:
        if self.rating_hasil and self.rating_perilaku:
            return predikat_kinerja(self.rating_hasil, self.rating_perilaku)
        return None


@dataclass(frozen=True)
class Hak:
    """What the acting user may do with this evaluation (the UI mirrors it).

    Who fills what (PermenPANRB 6/2022 Pasal 22-27 and 35): the employee records rencana aksi,
    realisasi and bukti dukung (an operator or admin may enter them on his behalf); the pejabat
    penilai gives umpan balik, ratings and catatan (an admin may correct them, with a reason when
    he changes the penilai's rating); the self-assessment is the employee's alone.
    """

    lihat_rating: bool
    isi_realisasi: bool
    nilai: bool
    penilaian_diri: bool
    minta_360: bool
    terkunci: bool
    alasan_terkunci: str = ""
    pejabat_penilai: bool = False  # the acting user is this SKP's own pejabat penilai


#: Who fills each part of an evaluation (shown as the tooltip of a field the user cannot change).
PENGISI_REALISASI = "Diisi oleh pegawai yang bersangkutan (atau operator/admin atas namanya)."
PENGISI_PENILAIAN = "Diisi oleh pejabat penilai kinerja (atau admin)."
PENGISI_PENILAIAN_DIRI = "Diisi oleh pegawai yang bersangkutan sendiri."


@dataclass(frozen=True)
class PerubahanRating:
    """A rating of the pejabat penilai changed by someone else (an admin), with the written reason."""

    oleh: str
    pada: datetime | None
    alasan: str
    dari_hasil: Rating | None
    dari_perilaku: Rating | None
    menjadi_hasil: Rating | None
    menjadi_perilaku: Rating | None

    @staticmethod
    def _teks_rating(h: Rating | None, p: Rating | None) -> str:
        text = f"{h.label if h else '-'} / {p.label if p else '-'}"
        return text + (f" ({predikat_kinerja(h, p).label})" if h and p else "")

    @property
    def dari(self) -> str:
        return self._teks_rating(self.dari_hasil, self.dari_perilaku)

    @property
    def menjadi(self) -> str:
        return self._teks_rating(self.menjadi_hasil, self.menjadi_perilaku)

    @property
    def teks(self) -> str:
        """"Rating pejabat penilai diubah oleh …, 5 Desember 2026, dari … menjadi …; alasan: …" (printed)."""
        tanggal = format_tanggal(self.pada.date()) if self.pada else "-"
        return (f"Rating pejabat penilai diubah oleh {self.oleh}, {tanggal}, dari {self.dari} menjadi "
                f"{self.menjadi}; alasan: {self.alasan}")


@dataclass(frozen=True)
class EvaluasiDetail:
    evaluasi_id: int | None
    version_id: int | None
    skp_id: int
    pegawai_id: int
    periode: PeriodeInfo
    status: StatusEvaluasi
    jenis_skp: JenisSkp
    header: dict[str, dict[str, Any]]  # role -> nama/nip/pangkat/jabatan/unit
    instansi: str
    hasil: tuple[RhkEval, ...]
    perilaku: tuple[PerilakuEval, ...]
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    capaian_organisasi: PredikatOrganisasi | None
    catatan_rekomendasi: str
    alasan_penyesuaian: str
    dinilai_pada: datetime | None
    dinilai_oleh: str | None
    tempat_tanggal_ttd: str
    penilaian_diri: PenilaianDiri | None  # None = hidden from this user (blind until submitted)
    penilaian_diri_diajukan: bool
    saran_tahunan: SaranTahunan | None
    hak: Hak
    jumlah_360_diminta: int = 0
    jumlah_360_masuk: int = 0
    perubahan_rating: PerubahanRating | None = None  # None: unchanged, or hidden from this user
    # the ratings as the pejabat penilai himself entered them (hidden like every rating)
    rating_pejabat_penilai: tuple[Rating | None, Rating | None] = (None, None)
    #: the unit whose capaian applies, its source, and whether this person leads it
    capaian: CapaianOrganisasi | None = None
    #: why the leader's rating hasil kerja differs from what his unit's capaian implies
    alasan_rating_pimpinan: str = ""

    @property
    def rating_hasil_pimpinan(self) -> Rating | None:
        """The rating hasil kerja the capaian implies for the unit's leader (None for others)."""
        return self.capaian.rating_hasil_pimpinan if self.capaian is not None else None

    @property
    def final(self) -> bool:
        return self.status is StatusEvaluasi.FINAL

    def indikator(self) -> list[IndikatorEval]:
        return [i for r in self.hasil for i in r.indikator]

    def indikator_tanpa_realisasi(self) -> list[str]:
        """"A.1 Kuantitas — Jumlah laporan" for every indicator with neither a realisasi nor a note."""
        return [_nama_indikator(r.jenis, r.nomor, i.aspek, i.teks)
                for r in self.hasil for i in r.indikator
                if not (i.realisasi.strip() or i.realisasi_nilai is not None)]


def _nama_indikator(jenis: JenisRhk, nomor: int, aspek: str, teks: str) -> str:
    huruf = "A" if jenis is JenisRhk.UTAMA else "B"
    return f"{huruf}.{nomor} {aspek} — {teks}"


@dataclass(slots=True)
class BarisEvaluasi:
    """One row of the Penilaian list: an active employee and where his evaluation stands."""

    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    unit_id: int | None
    unit_nama: str
    penilai_nama: str
    skp_id: int | None
    skp_status: StatusSkp | None
    evaluasi_id: int | None
    status: str  # StatusEvaluasi value, or "tanpa_skp" / "skp_belum_disetujui"
    status_label: str
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    penilaian_diri_diajukan: bool
    realisasi_terisi: int
    indikator_total: int
    dapat_dinilai: bool
    lihat_rating: bool

    @property
    def dapat_dievaluasi(self) -> bool:
        return self.skp_id is not None and self.skp_status is StatusSkp.DISETUJUI


@dataclass(frozen=True)
class RealisasiInput:
    indikator_id: int
    rencana_aksi: str | None = None
    realisasi: str | None = None
    realisasi_nilai: float | None = None


# --------------------------------------------------------------------------- small helpers


# --------------------------------------------------------------------------- annual suggestion


def compute_saran_tahunan(s: Session, skp: Skp, tahunan: Periode) -> SaranTahunan:
    """Most frequent periodic rating; on a tie the latest period's (a suggestion, not a formula:
    PermenPANRB 6/2022 — the annual rating is the supervisor's judgement).

    Public within services: the offline-form import (pertukaran_formulir) uses the same rule."""
    rows = s.execute(
        select(Periode.nama, Periode.urutan, Evaluasi.rating_hasil_kerja, Evaluasi.rating_perilaku, Evaluasi.predikat)
        .join(Evaluasi, Evaluasi.periode_id == Periode.id)
        .where(
            Evaluasi.skp_id == skp.id,
            Periode.tahun_id == tahunan.tahun_id,
            Periode.jenis == JenisPeriode.PERIODIK.value,
        )
        .order_by(Periode.urutan)
    ).all()
    per = tuple(
        (nama, Rating(h) if h else None, Rating(p) if p else None, Predikat(pr) if pr else None)
        for nama, _u, h, p, pr in rows
    )

    def pick(values: list[Rating | None]) -> Rating | None:
        vals = [v for v in values if v is not None]
        if not vals:
            return None
        counts = Counter(vals)
        best = max(counts.values())
        for v in reversed(vals):  # latest first among the tied
            if counts[v] == best:
                return v
        return None

    h = pick([x[1] for x in per])
    p = pick([x[2] for x in per])
    dinilai = sum(1 for x in per if x[1] and x[2])
    text: str
    if not dinilai:
        text = Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Belum ada periode yang dinilai; tidak ada saran dari periode.")))
    else:
        text = Teks(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Saran dari {n} periode yang dinilai: rating yang paling sering muncul (bila sama banyak, "
                     "rating periode terakhir). Rating tahunan tetap penilaian pejabat penilai; bila berbeda dari "
                     "saran, tuliskan alasan penyesuaian."), n=dinilai))
    return SaranTahunan(h, p, per, text)


def saran_tahunan(ctx: AppContext, skp_id: int, tahun: int | None = None) -> SaranTahunan:
    """The annual pre-fill for one SKP (ratings suggested from its periodic evaluations)."""
    with ctx.read() as s:
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
        if not scope.boleh_lihat_evaluasi(ctx.actor, skp):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat evaluasi pegawai ini."),
            ))
        ann = s.scalar(
            select(Periode).join(Periode.tahun_kinerja).where(
                Periode.jenis == JenisPeriode.TAHUNAN.value,
                Periode.tahun_kinerja.has(tahun=tahun or skp.tahun),
            )
        )
        if ann is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat."),
                tahun=tahun or skp.tahun,
            ))
        return compute_saran_tahunan(s, skp, ann)


# --------------------------------------------------------------------------- detail


def _header(ev: Evaluasi | None, skp: Skp) -> dict[str, dict[str, Any]]:
    """Final evaluation → its stored snapshots; otherwise live people, SKP snapshot as fallback."""
    if ev is not None and ev.status == StatusEvaluasi.FINAL.value and ev.pegawai_nama:
        return {r: read_snapshot(ev, r) for r in ROLES}
    live = {"pegawai": skp.pegawai, "penilai": skp.pejabat_penilai, "atasan_penilai": skp.atasan_penilai}
    out: dict[str, dict[str, Any]] = {}
    for r in ROLES:
        person = live[r]
        out[r] = person_snapshot(person) if person is not None else read_snapshot(skp, r)
    return out


def _build_detail(s: Session, ctx: AppContext, skp: Skp, periode: Periode, ev: Evaluasi | None) -> EvaluasiDetail:
    actor = ctx.actor
    if not scope.boleh_lihat_evaluasi(actor, skp):
        raise PermissionDenied(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat evaluasi pegawai ini.")))
    lihat = scope.can_see_ratings(actor, skp)
    real: dict[int, Realisasi] = {}
    if ev is not None:
        for r in s.scalars(
            select(Realisasi).where(Realisasi.evaluasi_id == ev.id).options(selectinload(Realisasi.bukti))
        ):
            real[r.indikator_id] = r
    rhks = s.scalars(
        select(Rhk).where(Rhk.skp_id == skp.id).options(selectinload(Rhk.indikator))
    ).all()
    rhks = sorted(rhks, key=lambda r: (0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan, r.id))
    hasil: list[RhkEval] = []
    counters: dict[str, int] = {}
    for r in rhks:
        counters[r.jenis] = counters.get(r.jenis, 0) + 1
        inds = []
        for i in r.indikator:
            re_ = real.get(i.id)
            try:
                aspek = Aspek(i.aspek).label
            except ValueError:
                aspek = i.aspek
            inds.append(IndikatorEval(
                indikator_id=i.id,
                aspek=aspek,
                teks=i.teks,
                target=format_target(i),
                satuan=(i.satuan or "").strip(),
                realisasi_id=re_.id if re_ else None,
                rencana_aksi=_opt(re_.rencana_aksi) if re_ else "",
                realisasi=_opt(re_.realisasi) if re_ else "",
                realisasi_nilai=re_.realisasi_nilai if re_ else None,
                umpan_balik=_opt(re_.umpan_balik) if re_ else "",
                bukti=tuple(_bukti_info(b) for b in sorted(re_.bukti, key=lambda b: b.id)) if re_ else (),
            ))
        try:
            persp = Perspektif(r.perspektif).label if r.perspektif else ""
        except ValueError:
            persp = r.perspektif or ""
        try:
            klas = Klasifikasi(r.klasifikasi).label if r.klasifikasi else ""
        except ValueError:
            klas = r.klasifikasi or ""
        hasil.append(RhkEval(r.id, JenisRhk(r.jenis), counters[r.jenis], r.teks, _opt(r.rhk_atasan_teks),
                             persp, tuple(inds), _opt(r.penugasan_dari), klas))
    ub = {u.kode: _opt(u.umpan_balik) for u in (ev.umpan_balik_perilaku if ev else [])}
    eksp = {p.kode: p.ekspektasi_khusus for p in skp.perilaku}
    perilaku = tuple(
        PerilakuEval(b.kode, b.nomor, b.nama, b.panduan, (eksp.get(b.kode) or "-"), ub.get(b.kode, ""))
        for b in BERAKHLAK
    )
    own = actor.pegawai_id is not None and actor.pegawai_id == skp.pegawai_id
    self_submitted = bool(ev is not None and ev.self_diajukan_pada is not None)
    diri: PenilaianDiri | None = None
    if ev is not None and (own or self_submitted):
        diri = PenilaianDiri(
            Rating(ev.self_rating_hasil) if ev.self_rating_hasil else None,
            Rating(ev.self_rating_perilaku) if ev.self_rating_perilaku else None,
            _opt(ev.self_catatan),
            ev.self_diajukan_pada,
        )
    elif ev is None and own:
        diri = PenilaianDiri(None, None, "", None)
    pinfo = periode_info(periode)
    saran = compute_saran_tahunan(s, skp, periode) if pinfo.tahunan else None
    status = StatusEvaluasi(ev.status) if ev else StatusEvaluasi.DRAFT
    terkunci, alasan = False, ""
    alasan: str
    if periode.status == StatusPeriode.DITUTUP.value:
        terkunci, alasan = True, Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode {periode} sudah ditutup; data terkunci."),
                                             periode=pinfo.label))
    elif periode.status != StatusPeriode.DIBUKA.value:
        terkunci, alasan = True, Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode {periode} belum dibuka."),
                                             periode=pinfo.label))
    elif status is StatusEvaluasi.FINAL:
        terkunci, alasan = True, Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Evaluasi sudah final (ditandatangani).")))
    boleh_nilai = _may_rate(actor, skp)
    hak = Hak(
        lihat_rating=lihat,
        isi_realisasi=_may_fill_realisasi(actor, skp) and not terkunci,
        nilai=boleh_nilai and not terkunci,
        penilaian_diri=own and actor.can(Permission.EVAL_SELF) and not terkunci and not self_submitted,
        minta_360=boleh_nilai and not terkunci,
        terkunci=terkunci,
        alasan_terkunci=alasan,
        pejabat_penilai=scope.is_penilai_of(actor, skp),
    )
    perubahan: PerubahanRating | None = None
    if ev is not None and lihat and ev.perubahan_rating_oleh:
        perubahan = PerubahanRating(
            ev.perubahan_rating_oleh, ev.perubahan_rating_pada, _opt(ev.perubahan_rating_alasan),
            _rating_or_none(ev.penilai_rating_hasil), _rating_or_none(ev.penilai_rating_perilaku),
            _rating_or_none(ev.rating_hasil_kerja), _rating_or_none(ev.rating_perilaku),
        )
    n360 = m360 = 0
    if ev is not None:
        n360 = s.scalar(select(func.count()).select_from(Masukan360).where(Masukan360.evaluasi_id == ev.id)) or 0
        m360 = s.scalar(
            select(func.count()).select_from(Masukan360).where(
                Masukan360.evaluasi_id == ev.id, Masukan360.diajukan_pada.is_not(None)
            )
        ) or 0
    cap = capaian_organisasi_pegawai(s, skp.pegawai_id, periode.id)
    if ev is not None and ev.status == StatusEvaluasi.FINAL.value:
        # signed: the capaian frozen at finalisation, whatever the unit's predicate is now
        capaian = PredikatOrganisasi(ev.capaian_organisasi) if ev.capaian_organisasi else None
    else:
        capaian = cap.predikat
    return EvaluasiDetail(
        evaluasi_id=ev.id if ev else None,
        version_id=ev.version_id if ev else None,
        skp_id=skp.id,
        pegawai_id=skp.pegawai_id,
        periode=pinfo,
        status=status,
        jenis_skp=JenisSkp(skp.jenis_skp),
        header=_header(ev, skp),
        instansi=_opt(skp.instansi),
        hasil=tuple(hasil),
        perilaku=perilaku,
        rating_hasil=Rating(ev.rating_hasil_kerja) if (ev and lihat and ev.rating_hasil_kerja) else None,
        rating_perilaku=Rating(ev.rating_perilaku) if (ev and lihat and ev.rating_perilaku) else None,
        predikat=Predikat(ev.predikat) if (ev and lihat and ev.predikat) else None,
        capaian_organisasi=capaian,
        catatan_rekomendasi=_opt(ev.catatan_rekomendasi) if (ev and lihat) else "",
        alasan_penyesuaian=_opt(ev.alasan_penyesuaian) if (ev and lihat) else "",
        dinilai_pada=ev.dinilai_pada if ev else None,
        dinilai_oleh=ev.dinilai_oleh if ev else None,
        tempat_tanggal_ttd=_opt(ev.tempat_tanggal_ttd) if ev else "",
        penilaian_diri=diri,
        penilaian_diri_diajukan=self_submitted,
        saran_tahunan=saran,
        hak=hak,
        jumlah_360_diminta=n360,
        jumlah_360_masuk=m360,
        perubahan_rating=perubahan,
        rating_pejabat_penilai=((_rating_or_none(ev.penilai_rating_hasil), _rating_or_none(ev.penilai_rating_perilaku))
                                if (ev is not None and lihat) else (None, None)),
        capaian=cap,
        alasan_rating_pimpinan=_opt(ev.alasan_rating_pimpinan) if (ev and lihat) else "",
    )


def _rating_or_none(value: str | None) -> Rating | None:
    try:
        return Rating(value) if value else None
    except ValueError:
        return None


def _indikator_tanpa_realisasi(ev: Evaluasi) -> list[str]:
    """Indicators of the evaluation's SKP with no realisasi (text or number) recorded for the period."""
    real = {r.indikator_id: r for r in ev.realisasi}
    rhks = sorted(ev.skp.rhk, key=lambda r: (0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan, r.id))
    out: list[str] = []
    counters: dict[str, int] = {}
    for r in rhks:
        counters[r.jenis] = counters.get(r.jenis, 0) + 1
        for i in r.indikator:
            row = real.get(i.id)
            if row is not None and ((row.realisasi or "").strip() or row.realisasi_nilai is not None):
                continue
            try:
                aspek = Aspek(i.aspek).label
            except ValueError:
                aspek = i.aspek
            out.append(_nama_indikator(JenisRhk(r.jenis), counters[r.jenis], aspek, i.teks))
    return out


def detail_evaluasi(ctx: AppContext, skp_id: int, periode_id: int) -> EvaluasiDetail:
    """The evaluation of an SKP for a period as the acting user may see it (also before it exists)."""
    with ctx.read() as s:
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode dengan id {periode_id} tidak ditemukan."),
                periode_id=periode_id,
            ))
        ev = s.scalar(select(Evaluasi).where(Evaluasi.skp_id == skp_id, Evaluasi.periode_id == periode_id))
        return _build_detail(s, ctx, skp, periode, ev)


def get_evaluasi(ctx: AppContext, evaluasi_id: int) -> EvaluasiDetail:
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        return _build_detail(s, ctx, ev.skp, ev.periode, ev)


# --------------------------------------------------------------------------- list


def _unit_ids_with_children(s: Session, unit_id: int) -> set[int]:
    rows = s.execute(select(UnitKerja.id, UnitKerja.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for uid, pid in rows:
        children.setdefault(pid, []).append(uid)
    out: set[int] = set()
    stack = [unit_id]
    while stack:
        u = stack.pop()
        if u in out:
            continue
        out.add(u)
        stack.extend(children.get(u, []))
    return out


def latest_skp_map(s: Session, tahun: int, pegawai_ids: Iterable[int] | None = None) -> dict[int, Skp]:
    """The current SKP of each employee for ``tahun`` as ORM objects (see :func:`skp_terkini`)."""
    ids = {k.pegawai_id: k.id for k in skp_terkini(s, tahun).values()}
    if pegawai_ids is not None:
        wanted = set(pegawai_ids)
        ids = {pid: sid for pid, sid in ids.items() if pid in wanted}
    if not ids:
        return {}
    out: dict[int, Skp] = {}
    sid_list = list(ids.values())
    for skp in scalars_in(s, select(Skp), Skp.id, sid_list):
        out[skp.pegawai_id] = skp
    return out


@dataclass(frozen=True)
class SkpRingkas:
    """The columns of an SKP that lists and reports need (no ORM object, no lazy loads)."""

    id: int
    pegawai_id: int
    status: str
    versi: int
    pejabat_penilai_id: int | None
    penilai_nama: str | None
    pegawai_nama: str

    @property
    def disetujui(self) -> bool:
        return self.status == StatusSkp.DISETUJUI.value


def skp_terkini(s: Session, tahun: int, unit_ids: set[int] | None = None) -> dict[int, SkpRingkas]:
    """pegawai_id → the current SKP for ``tahun``: the newest approved version, else the newest one.

    ``unit_ids``: only employees of these units (a small unit reads only its own rows).
    """
    out: dict[int, SkpRingkas] = {}
    q = (
        select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, Skp.pejabat_penilai_id, Skp.penilai_nama,
               Skp.pegawai_nama)
        .where(Skp.tahun == tahun)
        .order_by(Skp.pegawai_id, Skp.versi)
    )
    if unit_ids is not None:
        q = q.join(Pegawai, Pegawai.id == Skp.pegawai_id).where(Pegawai.unit_id.in_(unit_ids))
    rows = s.execute(q)
    for r in rows:
        k = SkpRingkas(*r)
        cur = out.get(k.pegawai_id)
        if cur is None or k.disetujui or not cur.disetujui:
            out[k.pegawai_id] = k
    return out


def skp_ref(skp: SkpRingkas, atasan_id: int | None) -> scope.Sasaran:
    """The ``services/scope.py`` target of an SKP built from plain columns, so list queries
    over thousands of employees apply the same rules without loading ORM objects."""
    return scope.dari_skp(skp, atasan_id)


def _row_visible(actor: Actor, pegawai_id: int, atasan_id: int | None, ref: scope.Sasaran | None) -> bool:
    """Scope of the list: managers see everyone, a Penilai his own people, a Pegawai himself."""
    return scope.boleh_lihat_evaluasi(actor, ref if ref is not None else scope.dari_pegawai(pegawai_id, atasan_id))


def skp_terkini_id(tahun: int, pegawai_id: Any) -> Any:
    """SQL for the id of an employee's current SKP for ``tahun`` (as :func:`skp_terkini`): the
    newest approved version, else the newest one. Two correlated look-ups by the employee's
    index per row, which SQLite and PostgreSQL both plan well (a window function over the year's
    SKPs is scanned once per employee by SQLite)."""
    k = aliased(Skp)
    newest = select(k.id).where(k.pegawai_id == pegawai_id, k.tahun == tahun).order_by(k.versi.desc()).limit(1)
    approved = newest.where(k.status == StatusSkp.DISETUJUI.value)
    return func.coalesce(approved.scalar_subquery(), newest.scalar_subquery())


def list_evaluasi(
    ctx: AppContext, periode_id: int, unit_id: int | None = None, cari: str = ""
) -> list[BarisEvaluasi]:
    """Active employees the acting user may see, with their SKP and evaluation status for a period.

    One query shaped for the Penilaian list: per employee the current SKP, the period's
    evaluation, the indicator count and the filled realisasi count aggregated in SQL (no
    per-row queries, no ORM objects); a regency of 15,000 employees lists in a fraction of
    a second, off the UI thread (ui/loading.py).
    """
    actor = ctx.actor
    with ctx.read() as s:
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode dengan id {periode_id} tidak ditemukan."),
                periode_id=periode_id,
            ))
        tahun = periode.tahun_kinerja.tahun
        unit_ids = _unit_ids_with_children(s, unit_id) if unit_id is not None else None
        kini = aliased(Skp)
        # the two counts as correlated look-ups by covering indexes (rhk.skp_id, indikator.rhk_id,
        # realisasi.evaluasi_id): a quarter cheaper than joining two aggregates over the whole year
        n_ind = (select(func.count()).select_from(Rhk).join(Indikator, Indikator.rhk_id == Rhk.id)
                 .where(Rhk.skp_id == kini.id).scalar_subquery())
        n_isi = (select(func.count()).select_from(Realisasi)
                 .where(Realisasi.evaluasi_id == Evaluasi.id,
                        (Realisasi.realisasi_nilai.is_not(None))
                        | ((Realisasi.realisasi.is_not(None)) & (Realisasi.realisasi != "")))
                 .scalar_subquery())
        atasan = aliased(Pegawai)
        q = (
            select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan, Pegawai.unit_id, Pegawai.atasan_id, UnitKerja.nama,
                   atasan.gelar_depan, atasan.nama, atasan.gelar_belakang,
                   kini.id, kini.status, kini.pejabat_penilai_id, kini.penilai_nama, kini.pegawai_nama,
                   Evaluasi.id, Evaluasi.status, Evaluasi.rating_hasil_kerja, Evaluasi.rating_perilaku,
                   Evaluasi.predikat, Evaluasi.self_diajukan_pada, n_ind, n_isi)
            .select_from(Pegawai)
            .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_id)
            .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
            .outerjoin(kini, kini.id == skp_terkini_id(tahun, Pegawai.id))
            .outerjoin(Evaluasi, (Evaluasi.skp_id == kini.id) & (Evaluasi.periode_id == periode_id))
            .where(Pegawai.status == "aktif")
            .order_by(Pegawai.nama, Pegawai.id)
        )
        if unit_ids is not None:
            q = q.where(Pegawai.unit_id.in_(unit_ids))
        rows = s.connection().execute(q).all()  # Core rows: no ORM result layer for 15,000 tuples
        units = scope.nama_unit(s)  # with its kecamatan at regency scale
    key = " ".join(cari.split()).casefold()
    # per-row scope checks only for scoped roles; enum lookups through dicts (15,000 rows)
    semua = scope.lihat_semua_evaluasi(actor)
    lihat_semua = actor.can(Permission.EVAL_READ_ALL)
    nilai_semua = actor.can(Permission.SCOPE_ALL) and actor.can(Permission.EVAL_RATE)
    tanpa_scope = lihat_semua and nilai_semua
    rating_of = {r.value: r for r in Rating}
    pred_of = {p.value: p for p in Predikat}
    ev_label = {s_.value: s_.label for s_ in StatusEvaluasi}
    skp_status = {s_.value: s_ for s_ in StatusSkp}
    skp_label = {s_.value: f"SKP {s_.label.lower()}" for s_ in StatusSkp}
    disetujui = StatusSkp.DISETUJUI.value
    draft, draft_label = StatusEvaluasi.DRAFT.value, StatusEvaluasi.DRAFT.label
    out: list[BarisEvaluasi] = []
    append = out.append
    for (pid, g_depan, nama_, g_belakang, nip, jabatan, unit, atasan_id, unit_nama, a_depan, a_nama, a_belakang,
         skp_id, st_skp, penilai_id, penilai_nama, skp_pegawai_nama,
         ev_id, ev_status, r_hasil, r_perilaku, pred, diri, n_ind, n_isi) in rows:
        ref = None
        if skp_id is not None and not tanpa_scope:
            ref = scope.Sasaran(pid, penilai_id, atasan_id, skp_pegawai_nama or "", penilai_nama or "")
        if not semua and not _row_visible(actor, pid, atasan_id, ref):
            continue
        nama = format_nama(g_depan, nama_, g_belakang)
        if key and key not in f"{nama} {nip or ''} {jabatan or ''}".casefold():
            continue
        ok = st_skp == disetujui
        if skp_id is None:
            status, label = "tanpa_skp", "Belum ada SKP"
        elif not ok:
            status, label = "skp_belum_disetujui", skp_label[st_skp]
        elif ev_id is None:
            status, label = draft, draft_label
        else:
            status, label = ev_status, ev_label[ev_status]
        lihat = skp_id is not None and (lihat_semua or scope.can_see_ratings(actor, ref))
        if skp_id is not None:
            penilai = penilai_nama or ""
        else:
            penilai = format_nama(a_depan, a_nama, a_belakang) if a_nama is not None else ""
        show = ev_id is not None and lihat
        append(BarisEvaluasi(
            pegawai_id=pid,
            nama=nama,
            nip=nip or "",
            jabatan=jabatan or "",
            unit_id=unit,
            unit_nama=units.get(unit, unit_nama or "") if unit is not None else "",
            penilai_nama=penilai,
            skp_id=skp_id,
            skp_status=skp_status[st_skp] if skp_id is not None else None,
            evaluasi_id=ev_id,
            status=status,
            status_label=label,
            rating_hasil=rating_of.get(r_hasil) if show else None,
            rating_perilaku=rating_of.get(r_perilaku) if show else None,
            predikat=pred_of.get(pred) if show else None,
            penilaian_diri_diajukan=bool(ev_id is not None and diri),
            realisasi_terisi=(n_isi or 0) if ev_id is not None else 0,
            indikator_total=n_ind or 0,
            dapat_dinilai=ok and (nilai_semua or _may_rate(actor, ref)),
            lihat_rating=lihat,
        ))
    return out


# --------------------------------------------------------------------------- create


def _prefill_tahunan(s: Session, ev: Evaluasi, skp: Skp, periode: Periode) -> None:
    """Annual realisasi from the periods: quantities add up, other aspects take the latest value."""
    rows = s.execute(
        select(Realisasi, Periode.urutan, Periode.nama)
        .join(Evaluasi, Evaluasi.id == Realisasi.evaluasi_id)
        .join(Periode, Periode.id == Evaluasi.periode_id)
        .where(Evaluasi.skp_id == skp.id, Periode.tahun_id == periode.tahun_id,
               Periode.jenis == JenisPeriode.PERIODIK.value)
        .order_by(Periode.urutan)
    ).all()
    by_ind: dict[int, list[tuple[Realisasi, str]]] = {}
    for r, _u, nama in rows:
        by_ind.setdefault(r.indikator_id, []).append((r, nama))
    aspek = {i.id: i.aspek for r in skp.rhk for i in r.indikator}
    for ind_id, items in by_ind.items():
        target = next((x for x in ev.realisasi if x.indikator_id == ind_id), None)
        if target is None:
            continue
        nums = [r.realisasi_nilai for r, _n in items if r.realisasi_nilai is not None]
        if nums:
            target.realisasi_nilai = round(sum(nums), 2) if aspek.get(ind_id) == Aspek.KUANTITAS.value else nums[-1]
        texts = [f"{n}: {r.realisasi.strip()}" for r, n in items if r.realisasi and r.realisasi.strip()]
        if texts:
            target.realisasi = "\n".join(texts)[:MAKS_TEKS]


def create_evaluasi(s: Session, skp: Skp, periode: Periode) -> Evaluasi:
    """A new evaluation with one realisasi row per indicator (annual: pre-filled), inside the
    caller's transaction. Public within services: the offline-form import creates rows this way."""
    ev = Evaluasi(skp_id=skp.id, periode_id=periode.id, status=StatusEvaluasi.DRAFT.value)
    ev.skp = skp
    ev.periode = periode
    for r in skp.rhk:
        for i in r.indikator:
            ev.realisasi.append(Realisasi(indikator_id=i.id))
    s.add(ev)
    s.flush()
    if periode.jenis == JenisPeriode.TAHUNAN.value:
        _prefill_tahunan(s, ev, skp, periode)
    return ev


def ensure_evaluasi(ctx: AppContext, skp_id: int, periode_id: int) -> int:
    """The id of the evaluation of ``skp_id`` for ``periode_id``, creating it when missing.

    Only an approved SKP of the period's year, in an open period; the annual one
    starts pre-filled from the periods.
    """
    _any_permission(ctx, Permission.EVAL_SELF, Permission.EVAL_RATE, Permission.SKP_EDIT_ANY)
    with ctx.write("evaluasi.buat") as uow:
        s = uow.session
        ev = s.scalar(select(Evaluasi).where(Evaluasi.skp_id == skp_id, Evaluasi.periode_id == periode_id))
        if ev is not None:
            return ev.id
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode dengan id {periode_id} tidak ditemukan."),
                periode_id=periode_id,
            ))
        if not (_may_rate(ctx.actor, skp) or _may_fill_realisasi(ctx.actor, skp)):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak mengisi evaluasi {pegawai_nama}."),
                pegawai_nama=skp.pegawai_nama,
            ))
        if skp.status != StatusSkp.DISETUJUI.value:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} tahun {tahun} berstatus {status}; hanya SKP yang sudah disetujui yang dapat dievaluasi."),
                    pegawai_nama=skp.pegawai_nama, tahun=skp.tahun, status=StatusSkp(skp.status).label.lower(),
                )
            )
        if periode.tahun_kinerja.tahun != skp.tahun:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Periode {nama_periode} {tahun} bukan periode SKP tahun {tahun_skp}."),
                    nama_periode=periode.nama, tahun=periode.tahun_kinerja.tahun, tahun_skp=skp.tahun,
                )
            )
        require_periode_terbuka(periode, "Pengisian evaluasi")
        ev = create_evaluasi(s, skp, periode)
        uow.audit("evaluasi", ev.id, f"Evaluasi {skp.pegawai_nama} {periode.nama} {skp.tahun} dibuat", None,
                  {"skp_id": skp.id, "periode_id": periode.id})
        return ev.id


# --------------------------------------------------------------------------- realisasi


def save_realisasi(
    ctx: AppContext, evaluasi_id: int, items: Sequence[RealisasiInput], *, version_id: int | None = None
) -> EvaluasiDetail:
    """Rencana aksi and realisasi per indicator, by the employee (or an operator/admin for him)."""
    problems: list[FieldProblem] = []
    clean: list[tuple[RealisasiInput, str | None, str | None, float | None]] = []
    for it in items:
        ra = _text(it.rencana_aksi, "Rencana aksi")
        re_ = _text(it.realisasi, "Realisasi")
        nilai = it.realisasi_nilai
        if nilai is not None:
            try:
                nilai = float(nilai)
            except (TypeError, ValueError):
                problems.append(FieldProblem("Realisasi (angka)", Msg.of(QT_TRANSLATE_NOOP("Pesan", "'{realisasi_nilai}' bukan angka"), realisasi_nilai=it.realisasi_nilai)))
                continue
            if not math.isfinite(nilai) or abs(nilai) > 1e12:
                problems.append(FieldProblem("Realisasi (angka)", Msg.of(QT_TRANSLATE_NOOP("Pesan", "{realisasi_nilai} di luar jangkauan"), realisasi_nilai=it.realisasi_nilai)))
                continue
        clean.append((it, ra, re_, nilai))
    if problems:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Realisasi belum valid.")), problems)
    with ctx.write("evaluasi.realisasi") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_realisasi_filler(ctx.actor, ev.skp)
        _check_version(ev, version_id)
        _require_writable(ev, "Pengisian realisasi")
        by_ind = {r.indikator_id: r for r in ev.realisasi}
        valid_ids = {i.id for r in ev.skp.rhk for i in r.indikator}
        inds = {i.id: i for r in ev.skp.rhk for i in r.indikator}
        changed = 0
        for it, ra, re_, nilai in clean:
            if it.indikator_id not in valid_ids:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Indikator {indikator_id} bukan bagian dari SKP {pegawai_nama}."),
                    indikator_id=it.indikator_id, pegawai_nama=ev.skp.pegawai_nama,
                ))
            refuse_manual_angka(by_ind.get(it.indikator_id), inds.get(it.indikator_id), nilai)
            row = by_ind.get(it.indikator_id)
            if row is None:
                row = Realisasi(indikator_id=it.indikator_id)
                ev.realisasi.append(row)
                by_ind[it.indikator_id] = row
            before = (row.rencana_aksi, row.realisasi, row.realisasi_nilai)
            if it.rencana_aksi is not None:
                row.rencana_aksi = ra or None
            if it.realisasi is not None:
                row.realisasi = re_ or None
            row.realisasi_nilai = nilai
            if before != (row.rencana_aksi, row.realisasi, row.realisasi_nilai):
                changed += 1
                uow.audit("realisasi", f"{ev.id}/{it.indikator_id}", "Realisasi diubah",
                          {"rencana_aksi": before[0], "realisasi": before[1], "realisasi_nilai": before[2]},
                          {"rencana_aksi": row.rencana_aksi, "realisasi": row.realisasi,
                           "realisasi_nilai": row.realisasi_nilai})
        if changed:
            uow.touch(ev)  # bumps version_id (also within the same second): concurrent editors notice
        s.flush()
        return _build_detail(s, ctx, ev.skp, ev.periode, ev)


# --------------------------------------------------------------------------- rating


def set_penilaian(
    ctx: AppContext,
    evaluasi_id: int,
    rating_hasil: Rating | str | None,
    rating_perilaku: Rating | str | None,
    umpan_balik_indikator: Mapping[int, str | None] | None = None,
    umpan_balik_perilaku: Mapping[str, str | None] | None = None,
    catatan: str | None = None,
    alasan_penyesuaian: str | None = None,
    *,
    version_id: int | None = None,
    alasan_perubahan: str | None = None,
    alasan_rating_pimpinan: str | None = None,
) -> EvaluasiDetail:
    """Set the supervisor's ratings and feedback of one evaluation in one transaction.

    - ``rating_hasil`` / ``rating_perilaku``: a ``Rating``, its code ("di_atas")
      or label ("Di Atas Ekspektasi"); None = not rated (yet). The predikat is
      derived from the matrix (PermenPANRB 6/2022 lampiran), never passed in.
    - ``umpan_balik_indikator`` {indikator_id: text} and ``umpan_balik_perilaku``
      {BerAKHLAK kode: text}: only the keys given change; "" or None clears.
    - ``catatan`` (catatan/rekomendasi) and ``alasan_penyesuaian``: None = unchanged.
    - Annual evaluation: ratings that differ from the periods' suggestion need
      ``alasan_penyesuaian`` (written now or earlier).
    - ``version_id``: the version the caller loaded; a different one → ConflictError.
    - ``alasan_perubahan``: required when someone other than the pejabat penilai (an admin)
      changes a rating the penilai entered; the change and its reason stay on the evaluation
      (``EvaluasiDetail.perubahan_rating``), seen by the penilai and the employee.
    - The head of a unit whose capaian kinerja organisasi is set: a rating hasil
      kerja other than the one it implies (SE MenPANRB 3/2023) needs
      ``alasan_rating_pimpinan`` (written now or earlier); it prints on the document.

    Access: EVAL_RATE and the SKP's pejabat penilai (or admin); the period must be
    open and the evaluation not final.
    """
    h = _rating(rating_hasil, "Rating hasil kerja")
    p = _rating(rating_perilaku, "Rating perilaku kerja")
    cat = _text(catatan, "Catatan/rekomendasi")
    alasan = _text(alasan_penyesuaian, "Alasan penyesuaian")
    alasan_ubah = _text(alasan_perubahan, "Alasan perubahan rating")
    alasan_pimp = _text(alasan_rating_pimpinan, "Alasan rating pimpinan unit")
    ub_ind = {int(k): _text(v, "Umpan balik hasil kerja") for k, v in (umpan_balik_indikator or {}).items()}
    ub_per: dict[str, str | None] = {}
    for k, v in (umpan_balik_perilaku or {}).items():
        try:
            nilai_by_kode(k)
        except ValueError as exc:
            raise ValidationError(pesan_dari(exc)) from None
        ub_per[k] = _text(v, f"Umpan balik {nilai_by_kode(k).nama}")
    ubah = PenilaianInput(
        rating=(h, p), catatan=cat, alasan_penyesuaian=alasan, alasan_perubahan=alasan_ubah,
        alasan_rating_pimpinan=alasan_pimp, umpan_balik_indikator=ub_ind, umpan_balik_perilaku=ub_per)
    with ctx.write("evaluasi.penilaian", Permission.EVAL_RATE) as uow:
        ev = _load_ev(uow.session, evaluasi_id)
        apply_penilaian(uow, ctx.actor, ev, ubah, version_id=version_id)
        return _build_detail(uow.session, ctx, ev.skp, ev.periode, ev)


@dataclass(frozen=True)
class PenilaianInput:
    """One change of the pejabat penilai's part of an evaluation, from the app or the offline form.

    ``rating`` (hasil kerja, perilaku): None leaves both ratings as they are (a form row may
    change only feedback); ``catatan``/``alasan_*``: None = unchanged, "" clears;
    feedback maps: only the keys given change.
    """

    rating: tuple[Rating | None, Rating | None] | None = None
    catatan: str | None = None
    alasan_penyesuaian: str | None = None
    alasan_perubahan: str | None = None
    alasan_rating_pimpinan: str | None = None
    umpan_balik_indikator: Mapping[int, str | None] = field(default_factory=dict)
    umpan_balik_perilaku: Mapping[str, str | None] = field(default_factory=dict)


def check_penilaian(s: Session, actor: Actor, skp: Skp, periode: Periode, ev: Evaluasi | None,
                      ubah: PenilaianInput, *, version_id: int | None = None) -> str | None:
    """Every rule a rating change must pass, checked before anything is written.

    The one statement of the rules for the app (``set_penilaian``) and the offline-form
    import; ``ev`` None = the evaluation does not exist yet (the form creates it).
    Returns the leader's reason to keep (``_alasan_pimpinan``); raises PermissionDenied,
    ConflictError, ServiceError or ValidationError naming what is wrong.
    """
    _require_rater(actor, skp)
    if ev is not None:
        _check_version(ev, version_id)
        _require_writable(ev, "Penilaian")
    else:
        require_periode_terbuka(periode, "Penilaian")
    if skp.status != StatusSkp.DISETUJUI.value:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Penilaian ditolak: SKP {pegawai_nama} tahun {tahun} berstatus {status}; hanya SKP yang sudah disetujui yang dapat dinilai."),
                pegawai_nama=skp.pegawai_nama, tahun=skp.tahun, status=StatusSkp(skp.status).label.lower(),
            )
        )
    valid_ids = {i.id for r in skp.rhk for i in r.indikator}
    unknown = sorted(set(ubah.umpan_balik_indikator) - valid_ids)
    if unknown:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Umpan balik untuk indikator yang bukan bagian dari SKP {pegawai_nama}: {daftar}"),
            pegawai_nama=skp.pegawai_nama, daftar=", ".join(str(x) for x in unknown),
        ))
    for kode in ubah.umpan_balik_perilaku:
        try:
            nilai_by_kode(kode)
        except ValueError as exc:
            raise ValidationError(pesan_dari(exc)) from None
    alasan_pimpinan_lama = ev.alasan_rating_pimpinan if ev is not None else None
    if ubah.rating is None:
        return alasan_pimpinan_lama
    h, p = ubah.rating
    if periode.jenis == JenisPeriode.TAHUNAN.value and h is not None and p is not None:
        # PermenPANRB 6/2022 Pasal 39: the annual rating follows the periods unless the penilai says why
        saran = compute_saran_tahunan(s, skp, periode)
        beda = (saran.rating_hasil is not None and saran.rating_hasil != h) or (
            saran.rating_perilaku is not None and saran.rating_perilaku != p
        )
        lama = ev.alasan_penyesuaian if ev is not None else None
        final_alasan = ubah.alasan_penyesuaian if ubah.alasan_penyesuaian is not None else (lama or "")
        if beda and len(final_alasan.strip()) < 5:
            sh = saran.rating_hasil.label if saran.rating_hasil else "-"
            sp = saran.rating_perilaku.label if saran.rating_perilaku else "-"
            raise ValidationError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Rating tahunan berbeda dari saran periode (hasil kerja: {hasil}, perilaku: {perilaku}); tuliskan alasan penyesuaian."),
                    hasil=sh, perilaku=sp,
                ),
                [FieldProblem("alasan_penyesuaian", Msg.of(QT_TRANSLATE_NOOP("Pesan", "wajib diisi bila rating berbeda dari saran periode")))],
            )
    if ev is not None:
        _check_pemberi_rating(ev, actor, (h.value if h else None, p.value if p else None), ubah.alasan_perubahan)
    cap = capaian_organisasi_pegawai(s, skp.pegawai_id, periode.id)
    return _alasan_pimpinan(
        cap, h, ubah.alasan_rating_pimpinan if ubah.alasan_rating_pimpinan is not None else alasan_pimpinan_lama,
        skp.pegawai_nama)


def apply_penilaian(uow: UnitOfWork, actor: Actor, ev: Evaluasi, ubah: PenilaianInput, *,
                       version_id: int | None = None, asal: str = "") -> None:
    """Check (``check_penilaian``) and change one evaluation inside the caller's unit of work.

    The status follows the ratings, the predikat comes from the matrix (PermenPANRB 6/2022
    lampiran), each feedback change and the evaluation change get their audit rows;
    ``asal`` (" dari formulir") says in the audit where the change came from.
    """
    skp, periode = ev.skp, ev.periode
    alasan_pimpinan = check_penilaian(uow.session, actor, skp, periode, ev, ubah, version_id=version_id)
    before = row_dict(ev)
    if ubah.rating is not None:
        h, p = ubah.rating
        _record_pemberi_rating(ev, actor, (h.value if h else None, p.value if p else None), ubah.alasan_perubahan)
        ev.alasan_rating_pimpinan = alasan_pimpinan
        ev.rating_hasil_kerja = h.value if h else None
        ev.rating_perilaku = p.value if p else None
        ev.predikat = predikat_kinerja(h, p).value if (h and p) else None
        if h and p:
            ev.status = StatusEvaluasi.DINILAI.value
            ev.dinilai_pada = datetime.now().replace(microsecond=0)
            ev.dinilai_oleh = actor.nama or actor.username
        else:
            ev.status = (StatusEvaluasi.DIAJUKAN if ev.self_diajukan_pada else StatusEvaluasi.DRAFT).value
    if ubah.catatan is not None:
        ev.catatan_rekomendasi = ubah.catatan or None
    if ubah.alasan_penyesuaian is not None:
        ev.alasan_penyesuaian = ubah.alasan_penyesuaian or None
    by_ind = {r.indikator_id: r for r in ev.realisasi}
    for ind_id, text in ubah.umpan_balik_indikator.items():
        row = by_ind.get(ind_id)
        if row is None:
            row = Realisasi(indikator_id=ind_id)
            ev.realisasi.append(row)
        if (row.umpan_balik or None) != (text or None):
            uow.audit("realisasi", f"{ev.id}/{ind_id}", f"Umpan balik hasil kerja diubah{asal}",
                      {"umpan_balik": row.umpan_balik}, {"umpan_balik": text or None})
            row.umpan_balik = text or None
    by_kode = {u.kode: u for u in ev.umpan_balik_perilaku}
    for kode, text in ubah.umpan_balik_perilaku.items():
        row2 = by_kode.get(kode)
        if row2 is None:
            if not text:
                continue
            row2 = UmpanBalikPerilaku(kode=kode)
            ev.umpan_balik_perilaku.append(row2)
        if (row2.umpan_balik or None) != (text or None):
            uow.audit("umpan_balik_perilaku", f"{ev.id}/{kode}", f"Umpan balik perilaku diubah{asal}",
                      {"umpan_balik": row2.umpan_balik}, {"umpan_balik": text or None})
            row2.umpan_balik = text or None
    ev.updated_at = datetime.now().replace(microsecond=0)
    pred_label = Predikat(ev.predikat).label if ev.predikat else "belum lengkap"
    uow.audit_change(ev, before, f"Penilaian {skp.pegawai_nama} {periode.nama}: {pred_label}{asal}")


def _check_pemberi_rating(ev: Evaluasi, actor: Actor, baru: tuple[str | None, str | None],
                            alasan: str | None) -> None:
    """ValidationError when someone other than the pejabat penilai changes his rating without a reason.

    The rating is the pejabat penilai's judgement (PermenPANRB 6/2022 Pasal 35); an admin may correct
    it, but not silently.
    """
    lama = (ev.rating_hasil_kerja, ev.rating_perilaku)
    asli = (ev.penilai_rating_hasil, ev.penilai_rating_perilaku)
    if scope.is_penilai_of(actor, ev.skp) or baru in (lama, asli) or asli == (None, None):
        return
    if len((alasan or "").strip()) < 5:
        dari = PerubahanRating._teks_rating(_rating_or_none(asli[0]), _rating_or_none(asli[1]))
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Rating ini diisi oleh pejabat penilai {penilai} ({dari}). Mengubahnya memerlukan alasan tertulis (paling sedikit 5 karakter); alasan itu tampil pada evaluasi bagi pejabat penilai dan pegawai."),
                penilai=ev.skp.penilai_nama or '', dari=dari,
            ),
            [FieldProblem("alasan_perubahan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "wajib diisi bila mengubah rating pejabat penilai")))],
        )


def _record_pemberi_rating(ev: Evaluasi, actor: Actor, baru: tuple[str | None, str | None],
                          alasan: str | None) -> None:
    """Keep the pejabat penilai's own ratings; a change of them by anyone else is recorded with its reason.

    Who, when and why stay on the evaluation for the penilai and the employee.
    When the penilai rates again, his new rating stands and the record of the change is cleared
    (the audit log keeps the history); when the admin puts the penilai's rating back, likewise.
    """
    _check_pemberi_rating(ev, actor, baru, alasan)
    lama = (ev.rating_hasil_kerja, ev.rating_perilaku)
    asli = (ev.penilai_rating_hasil, ev.penilai_rating_perilaku)
    if scope.is_penilai_of(actor, ev.skp):
        if baru != lama or asli == (None, None):
            ev.penilai_rating_hasil, ev.penilai_rating_perilaku = baru
            ev.perubahan_rating_oleh = ev.perubahan_rating_pada = ev.perubahan_rating_alasan = None
        return
    if baru == lama or asli == (None, None):
        return  # nothing changed, or the penilai has not rated yet: no rating of his is overwritten
    if baru == asli:
        ev.perubahan_rating_oleh = ev.perubahan_rating_pada = ev.perubahan_rating_alasan = None
        return
    ev.perubahan_rating_oleh = (actor.nama or actor.username)[:100]
    ev.perubahan_rating_pada = datetime.now().replace(microsecond=0)
    ev.perubahan_rating_alasan = (alasan or "").strip()


def _alasan_pimpinan(cap: CapaianOrganisasi, rating_hasil: Rating | None, alasan: str | None,
                     nama: str) -> str | None:
    """The reason to keep for a leader's rating hasil kerja, or ValidationError when one is missing.

    SE MenPANRB 3/2023: the capaian of the unit a person leads is his rating hasil
    kerja; a different rating is the higher leader's decision, written down with
    its reason. No reason is kept when the rating follows the capaian.
    """
    expected = cap.rating_hasil_pimpinan
    if rating_hasil is None or expected is None or rating_hasil == expected:
        return None
    text = (alasan or "").strip()
    if len(text) < 5:
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{nama} memimpin {unit_nama}; capaian kinerja organisasinya {predikat} sehingga rating hasil kerjanya {rating_seharusnya}. Rating {rating} memerlukan alasan tertulis (paling sedikit 5 karakter) yang dicetak pada dokumen evaluasi."),
                nama=nama, unit_nama=cap.unit_nama, predikat=Msg(cap.predikat.label), rating_seharusnya=Msg(expected.label), rating=Msg(rating_hasil.label),
            ),
            [FieldProblem("alasan_rating_pimpinan",
                          Msg.of(QT_TRANSLATE_NOOP("Pesan", "wajib diisi bila rating hasil kerja pimpinan unit bukan {label}"), label=Msg(expected.label)))],
        )
    return text


def finalize_evaluasi(ctx: AppContext, evaluasi_id: int, tempat_tanggal_ttd: str | None = None, *,
                        version_id: int | None = None) -> EvaluasiDetail:
    """Sign off: freeze the header snapshots, the capaian organisasi and the whole printed document;
    the evaluation becomes read-only. ``version_id``: what the signer looked at; a change made
    elsewhere since then is refused, so nobody signs ratings they have not seen."""
    ttd = _text(tempat_tanggal_ttd, "Tempat dan tanggal", 200)
    with ctx.write("evaluasi.finalisasi", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        skp = ev.skp
        _require_rater(ctx.actor, skp)
        _check_version(ev, version_id)
        _require_writable(ev, "Finalisasi")
        before = row_dict(ev)
        finalize(s, ctx, ev, ttd)
        uow.audit_change(ev, before, f"Evaluasi {skp.pegawai_nama} {ev.periode.nama} difinalkan")
        return _build_detail(s, ctx, skp, ev.periode, ev)


def finalize(s: Session, ctx: AppContext, ev: Evaluasi, ttd: str | None = None) -> None:
    """The finalisation itself, inside the caller's transaction (the service above; demo data).

    Checks the ratings and the leader's reason, then freezes the header
    snapshots, the capaian kinerja organisasi of the unit, the place and date, and
    the whole Dokumen Evaluasi as data (``dokumen_final``).
    """
    skp = ev.skp
    if not (ev.rating_hasil_kerja and ev.rating_perilaku):
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Evaluasi {pegawai_nama} belum dapat difinalkan: rating hasil kerja dan rating perilaku kerja harus diisi."),
                pegawai_nama=skp.pegawai_nama,
            )
        )
    kosong = _indikator_tanpa_realisasi(ev)
    if kosong:
        # PermenPANRB 6/2022 Pasal 26-27: the rating judges realisasi against target; a signed
        # document with empty realisasi rates nothing
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Evaluasi {pegawai_nama} belum dapat difinalkan: %n indikator belum berisi realisasi. Isi realisasinya, atau tuliskan \"Tidak dilaksanakan\" beserta alasannya pada uraian realisasi."),
                pegawai_nama=skp.pegawai_nama, n=len(kosong),
            ),
            [FieldProblem(x, Msg.of(QT_TRANSLATE_NOOP("Pesan", "realisasi belum diisi"))) for x in kosong],
        )
    cap = capaian_organisasi_pegawai(s, skp.pegawai_id, ev.periode_id)
    # the unit's predicate may have been set or changed since the rating: check again before signing
    ev.alasan_rating_pimpinan = _alasan_pimpinan(cap, Rating(ev.rating_hasil_kerja), ev.alasan_rating_pimpinan,
                                                 skp.pegawai_nama)
    head = _header(None, skp)
    for role in ROLES:
        apply_snapshot(ev, role, head[role])
    ev.capaian_organisasi = cap.predikat.value if cap.predikat else None
    ev.predikat = predikat_kinerja(Rating(ev.rating_hasil_kerja), Rating(ev.rating_perilaku)).value
    if not ttd:
        from asn_desktop.db.models import Setting
        from asn_desktop.options import IDENTITAS_KANTOR

        office = s.get(Setting, IDENTITAS_KANTOR.key)
        kota = ((office.value or {}).get("kota_ttd") if office and isinstance(office.value, dict) else "") or ""
        ttd = f"{kota}, {format_tanggal(date.today())}" if kota else format_tanggal(date.today())
    ev.tempat_tanggal_ttd = ttd
    ev.status = StatusEvaluasi.FINAL.value
    s.flush()
    # freeze everything the document prints, so every reprint by anyone is the same text
    from asn_desktop.services.laporan import susun_dokumen
    from asn_desktop.services.snapshots import dokumen_ke_data

    ev.dokumen_final = dokumen_ke_data(susun_dokumen(s, _build_detail(s, ctx, skp, ev.periode, ev)))


def unfinalize_evaluasi(ctx: AppContext, evaluasi_id: int, alasan: str, *,
                        version_id: int | None = None) -> EvaluasiDetail:
    """Reopen a final evaluation for correction (penilai or admin, open period, reason audited)."""
    alasan = (alasan or "").strip()
    if len(alasan) < 5:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tuliskan alasan membatalkan finalisasi (paling sedikit 5 karakter)."),
        ))
    with ctx.write("evaluasi.batal_final", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_rater(ctx.actor, ev.skp)
        _check_version(ev, version_id)
        require_periode_terbuka(ev.periode, "Pembatalan finalisasi")
        if ev.status != StatusEvaluasi.FINAL.value:
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Evaluasi ini belum final.")))
        before = row_dict(ev)
        ev.status = StatusEvaluasi.DINILAI.value
        ev.dokumen_final = None  # the corrected evaluation is frozen afresh when it is signed again
        uow.session.flush()
        b, a = {"status": before["status"]}, {"status": ev.status, "alasan": alasan}
        uow.audit("evaluasi", ev.id, f"Finalisasi evaluasi {ev.skp.pegawai_nama} dibatalkan: {alasan}", b, a)
        return _build_detail(s, ctx, ev.skp, ev.periode, ev)


# --------------------------------------------------------------------------- self-assessment


def save_penilaian_diri(
    ctx: AppContext,
    evaluasi_id: int,
    rating_hasil: Rating | str | None,
    rating_perilaku: Rating | str | None,
    catatan: str | None = "",
    *,
    ajukan: bool = False,
    version_id: int | None = None,
) -> EvaluasiDetail:
    """The employee's own assessment; hidden from the supervisor until ``ajukan`` (then read-only)."""
    h = _rating(rating_hasil, "Penilaian diri hasil kerja")
    p = _rating(rating_perilaku, "Penilaian diri perilaku kerja")
    cat = _text(catatan, "Catatan penilaian diri")
    if ajukan and not (h and p):
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Isi kedua rating penilaian diri sebelum mengajukan.")))
    with ctx.write("evaluasi.penilaian_diri", Permission.EVAL_SELF) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        if ctx.actor.pegawai_id is None or ctx.actor.pegawai_id != ev.skp.pegawai_id:
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Penilaian diri hanya dapat diisi oleh pegawai yang bersangkutan."),
            ))
        _check_version(ev, version_id)
        _require_writable(ev, "Penilaian diri")
        if ev.self_diajukan_pada is not None:
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Penilaian diri sudah diajukan dan tidak dapat diubah lagi."),
            ))
        before = row_dict(ev)
        ev.self_rating_hasil = h.value if h else None
        ev.self_rating_perilaku = p.value if p else None
        ev.self_catatan = cat or None
        if ajukan:
            ev.self_diajukan_pada = datetime.now().replace(microsecond=0)
            if ev.status == StatusEvaluasi.DRAFT.value:
                ev.status = StatusEvaluasi.DIAJUKAN.value
        uow.audit_change(ev, before, "Penilaian diri " + ("diajukan" if ajukan else "disimpan"))
        return _build_detail(s, ctx, ev.skp, ev.periode, ev)
