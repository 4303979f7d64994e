"""Periodic and annual evaluation of an approved SKP (PermenPANRB 6/2022 Pasal 21-38).

Per period (kinerja-asn.md §2): the employee records rencana aksi and realisasi
per indicator with bukti dukung (a file copied into the data dir with its
sha256, or a link); the supervisor writes umpan balik per indicator and per
BerAKHLAK value (standard phrases from ``frasa_umpan_balik`` plus free text);
the employee's self-assessment stays hidden from everybody else until it is
submitted; peers and subordinates give 360° input that the supervisor sees
aggregated. The supervisor sets rating hasil kerja and rating perilaku kerja;
the predikat always follows the matrix (``domain.rating.predikat_kinerja``,
PermenPANRB 6/2022 lampiran) and is never typed.

The annual evaluation is pre-filled from the periods (a suggestion; BKN: no
formula, the annual rating is the supervisor's judgement) and may be overridden
with a written reason (``alasan_penyesuaian``). Finalisation freezes the
document header (``services/snapshots.py``) and the capaian kinerja organisasi.

Only approved SKPs (status disetujui) are evaluated; only open periods accept
writes (``services/periode.require_periode_terbuka``).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from asn_desktop.db.batch import scalars_in
from asn_desktop.db.models import (
    BuktiDukung,
    Evaluasi,
    FrasaUmpanBalik,
    Indikator,
    Masukan360,
    Masukan360Nilai,
    Pegawai,
    Periode,
    Realisasi,
    Rhk,
    Skp,
    UmpanBalikPerilaku,
    UnitKerja,
)
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.enums import (
    Aspek,
    Hubungan360,
    JenisBukti,
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
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.rating import predikat_kinerja
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.paths import companion_dir
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import (
    ConflictError,
    FieldProblem,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from asn_desktop.services.periode import (
    CapaianOrganisasi,
    PeriodeInfo,
    capaian_organisasi_pegawai,
    periode_info,
    require_periode_terbuka,
)
from asn_desktop.domain.angka import format_angka  # noqa: F401 - re-exported for the UI and follow-up lists
from asn_desktop.domain.angka import format_target as _format_target
from asn_desktop.services.snapshots import ROLES, apply_snapshot, person_snapshot, read_snapshot
from asn_desktop.services.ukuran import tolak_angka_manual

#: Largest evidence file accepted (a scanned document, a photo series); bigger
#: files belong on a shared drive and can be added as a link.
MAKS_UKURAN_BUKTI = 50 * 1024 * 1024
MAKS_TEKS = 5000
MAKS_URL = 2000
KATEGORI_FRASA = ("hasil", "perilaku")

# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class BuktiInfo:
    id: int
    jenis: JenisBukti
    nama: str  # original file name, or the link
    path_relatif: str | None
    sha256: str | None
    ukuran: int | None
    url: str | None
    keterangan: str | None


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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Kandidat360:
    pegawai_id: int
    nama: str
    jabatan: str
    hubungan: Hubungan360
    sudah_diminta: bool = False


@dataclass(frozen=True)
class Permintaan360:
    masukan_id: int
    evaluasi_id: int
    dinilai_nama: str
    dinilai_jabatan: str
    periode_label: str
    hubungan: Hubungan360
    anonim: bool
    diajukan_pada: datetime | None
    nilai: dict[str, tuple[Rating | None, str]] = field(default_factory=dict)
    periode_terbuka: bool = True  # input still accepted: period open and the evaluation not final
    final: bool = False


@dataclass(frozen=True)
class Agregat360Nilai:
    kode: str
    nama: str
    di_atas: int
    sesuai: int
    di_bawah: int
    komentar: tuple[str, ...]

    @property
    def jumlah(self) -> int:
        return self.di_atas + self.sesuai + self.di_bawah

    @property
    def dominan(self) -> Rating | None:
        counts = {Rating.DI_ATAS: self.di_atas, Rating.SESUAI: self.sesuai, Rating.DI_BAWAH: self.di_bawah}
        best = max(counts.values())
        if best == 0:
            return None
        # ties resolve toward Sesuai (the middle), then the lower one: the aggregate informs, it does not flatter
        for r in (Rating.SESUAI, Rating.DI_BAWAH, Rating.DI_ATAS):
            if counts[r] == best:
                return r
        return None


#: 360° input is shown to the supervisor only as an aggregate of at least this many answers:
#: below it the counts are one or two people's ratings. The regulation leaves 360° optional
#: per instansi (PermenPANRB 6/2022, feedback "dari rekan kerja dan bawahan"); anonymity is
#: what makes peers and subordinates answer honestly.
MIN_MASUK_360 = 3


@dataclass(frozen=True)
class Ringkasan360:
    diminta: int
    masuk: int
    nilai: tuple[Agregat360Nilai, ...]  # all zero and without comments while not ``ditampilkan``
    pemberi: tuple[tuple[str, str], ...] = ()  # everyone asked: (nama, hubungan label), no answer status
    ditampilkan: bool = False  # at least MIN_MASUK_360 answers: the aggregate is shown
    belum: tuple[str, ...] | None = ()  # who has not answered; None when naming them would identify a giver


# --------------------------------------------------------------------------- small helpers


def format_target(ind: Indikator) -> str:
    """The indicator's target exactly as the approved SKP prints it."""
    return _format_target(ind.target_min, ind.target_max, ind.satuan, ind.target_teks)


def _rating(value: Any, fld: str) -> Rating | None:
    """A Rating from a code, a member or a label ("Di Atas Ekspektasi"); None/"" → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Rating):
        return value
    try:
        return Rating(str(value).strip())
    except ValueError:
        try:
            return Rating.from_label(str(value))  # type: ignore[return-value]
        except ValueError:
            raise ValidationError(
                f"{fld}: '{value}' bukan rating yang dikenal.",
                [FieldProblem(fld, "gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi")],
            ) from None


def _text(value: str | None, fld: str, maks: int = MAKS_TEKS) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\r\n", "\n").strip()
    if len(text) > maks:
        raise ValidationError(
            f"{fld} terlalu panjang ({len(text):,} karakter; paling banyak {maks:,}).".replace(",", "."),
            [FieldProblem(fld, f"paling banyak {maks} karakter")],
        )
    return text


def _opt(x: str | None) -> str:
    return x or ""


def _any_permission(ctx: AppContext, *perms: Permission) -> None:
    if not any(ctx.actor.can(p) for p in perms):
        raise PermissionDenied(
            f"Akun '{ctx.actor.username}' (peran {ctx.actor.role.label}) tidak berhak melakukan tindakan ini."
        )


def _boleh_nilai(actor: Actor, skp: Any) -> bool:
    return actor.can(Permission.EVAL_RATE) and scope.bertindak_sebagai_penilai(actor, skp)


def _boleh_isi_realisasi(actor: Actor, skp: Skp) -> bool:
    return ((actor.can(Permission.EVAL_SELF) or actor.can(Permission.SKP_EDIT_ANY))
            and scope.boleh_ubah_milik(actor, skp.pegawai_id))


def _require_nilai(actor: Actor, skp: Skp) -> None:
    if not actor.can(Permission.EVAL_RATE):
        raise PermissionDenied(
            f"Akun '{actor.username}' (peran {actor.role.label}) tidak berhak memberi penilaian kinerja."
        )
    scope.require_penilai_of(actor, skp)


def _require_isi_realisasi(actor: Actor, skp: Skp) -> None:
    if not (actor.can(Permission.EVAL_SELF) or actor.can(Permission.SKP_EDIT_ANY)):
        raise PermissionDenied(f"Akun '{actor.username}' tidak berhak mengisi realisasi.")
    scope.require_own_or_manager(actor, skp.pegawai_id)


def _load_ev(s: Session, evaluasi_id: int) -> Evaluasi:
    ev = s.get(Evaluasi, evaluasi_id)
    if ev is None:
        raise NotFound(f"Evaluasi dengan id {evaluasi_id} tidak ditemukan (mungkin sudah dihapus).")
    return ev


def _check_version(ev: Evaluasi, version_id: int | None) -> None:
    if version_id is not None and ev.version_id != version_id:
        raise ConflictError(
            f"Evaluasi {ev.skp.pegawai_nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. "
            "Muat ulang, lalu ulangi perubahan Anda."
        )


def _require_writable(ev: Evaluasi, apa: str) -> None:
    require_periode_terbuka(ev.periode, apa)
    if ev.status == StatusEvaluasi.FINAL.value:
        raise ServiceError(
            f"{apa} ditolak: evaluasi {ev.skp.pegawai_nama} ({ev.periode.nama}) sudah final. "
            "Pejabat penilai atau admin dapat membatalkan finalisasi bila perlu koreksi."
        )


def _bukti_root(ctx: AppContext) -> Path:
    return companion_dir(ctx.db.path, "bukti")


def _bukti_info(b: BuktiDukung) -> BuktiInfo:
    return BuktiInfo(
        id=b.id,
        jenis=JenisBukti(b.jenis),
        nama=(b.nama_asli or b.url or "") if b.jenis == JenisBukti.FILE.value else (b.url or ""),
        path_relatif=b.path_relatif,
        sha256=b.sha256,
        ukuran=b.ukuran,
        url=b.url,
        keterangan=b.keterangan,
    )


# --------------------------------------------------------------------------- annual suggestion


def hitung_saran_tahunan(s: Session, skp: Skp, tahunan: Periode) -> SaranTahunan:
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
    if not dinilai:
        text = "Belum ada periode yang dinilai; tidak ada saran dari periode."
    else:
        text = (
            f"Saran dari {dinilai} periode yang dinilai: rating yang paling sering muncul (bila sama banyak, "
            "rating periode terakhir). Rating tahunan tetap penilaian pejabat penilai; bila berbeda dari saran, "
            "tuliskan alasan penyesuaian."
        )
    return SaranTahunan(h, p, per, text)


def saran_tahunan(ctx: AppContext, skp_id: int, tahun: int | None = None) -> SaranTahunan:
    """The annual pre-fill for one SKP (ratings suggested from its periodic evaluations)."""
    with ctx.read() as s:
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan.")
        if not scope.boleh_lihat_evaluasi(ctx.actor, skp):
            raise PermissionDenied("Anda tidak berhak melihat evaluasi pegawai ini.")
        ann = s.scalar(
            select(Periode).join(Periode.tahun_kinerja).where(
                Periode.jenis == JenisPeriode.TAHUNAN.value,
                Periode.tahun_kinerja.has(tahun=tahun or skp.tahun),
            )
        )
        if ann is None:
            raise NotFound(f"Tahun kinerja {tahun or skp.tahun} belum dibuat.")
        return hitung_saran_tahunan(s, skp, ann)


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
        raise PermissionDenied("Anda tidak berhak melihat evaluasi pegawai ini.")
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
    saran = hitung_saran_tahunan(s, skp, periode) if pinfo.tahunan else None
    status = StatusEvaluasi(ev.status) if ev else StatusEvaluasi.DRAFT
    terkunci, alasan = False, ""
    if periode.status == StatusPeriode.DITUTUP.value:
        terkunci, alasan = True, f"Periode {pinfo.label} sudah ditutup; data terkunci."
    elif periode.status != StatusPeriode.DIBUKA.value:
        terkunci, alasan = True, f"Periode {pinfo.label} belum dibuka."
    elif status is StatusEvaluasi.FINAL:
        terkunci, alasan = True, "Evaluasi sudah final (ditandatangani)."
    boleh_nilai = _boleh_nilai(actor, skp)
    hak = Hak(
        lihat_rating=lihat,
        isi_realisasi=_boleh_isi_realisasi(actor, skp) and not terkunci,
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
            raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan.")
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(f"Periode dengan id {periode_id} tidak ditemukan.")
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


def _baris_terlihat(actor: Actor, pegawai_id: int, atasan_id: int | None, ref: scope.Sasaran | None) -> bool:
    """Scope of the list: managers see everyone, a Penilai his own people, a Pegawai himself."""
    return scope.boleh_lihat_evaluasi(actor, ref if ref is not None else scope.dari_pegawai(pegawai_id, atasan_id))


def daftar_evaluasi(
    ctx: AppContext, periode_id: int, unit_id: int | None = None, cari: str = ""
) -> list[BarisEvaluasi]:
    """Active employees the acting user may see, with their SKP and evaluation status for a period.

    Column queries only (no ORM objects): a regency database of 15,000 employees lists in
    well under a second.
    """
    actor = ctx.actor
    with ctx.read() as s:
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(f"Periode dengan id {periode_id} tidak ditemukan.")
        tahun = periode.tahun_kinerja.tahun
        q = select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                   Pegawai.nama_jabatan, Pegawai.unit_id, Pegawai.atasan_id).where(Pegawai.status == "aktif")
        unit_ids = _unit_ids_with_children(s, unit_id) if unit_id is not None else None
        if unit_ids is not None:
            q = q.where(Pegawai.unit_id.in_(unit_ids))
        peg = s.execute(q.order_by(Pegawai.nama)).all()
        units = dict(s.execute(select(UnitKerja.id, UnitKerja.nama)).all())
        skps = skp_terkini(s, tahun, unit_ids)
        # a unit filter narrows every query to the unit's SKPs; the whole office reads by year/period
        skp_ids = [k.id for k in skps.values()] if unit_ids is not None and len(skps) <= 5000 else None
        ev_q = select(Evaluasi.id, Evaluasi.skp_id, Evaluasi.status, Evaluasi.rating_hasil_kerja,
                      Evaluasi.rating_perilaku, Evaluasi.predikat, Evaluasi.self_diajukan_pada
                      ).where(Evaluasi.periode_id == periode_id)
        ind_q = (select(Rhk.skp_id, func.count(Indikator.id)).join(Indikator, Indikator.rhk_id == Rhk.id)
                 .group_by(Rhk.skp_id))
        fill_q = (
            select(Realisasi.evaluasi_id, func.count())
            .join(Evaluasi, Evaluasi.id == Realisasi.evaluasi_id)
            .where(Evaluasi.periode_id == periode_id,
                   (Realisasi.realisasi_nilai.is_not(None))
                   | ((Realisasi.realisasi.is_not(None)) & (Realisasi.realisasi != "")))
            .group_by(Realisasi.evaluasi_id)
        )
        if skp_ids is not None:
            ev_q = ev_q.where(Evaluasi.skp_id.in_(skp_ids))
            ind_q = ind_q.where(Rhk.skp_id.in_(skp_ids))
            fill_q = fill_q.where(Evaluasi.skp_id.in_(skp_ids))
        else:
            ind_q = ind_q.join(Skp, Skp.id == Rhk.skp_id).where(Skp.tahun == tahun)
        evs = {r.skp_id: r for r in s.execute(ev_q)}
        ind_total = dict(s.execute(ind_q).all())
        filled = dict(s.execute(fill_q).all())
        names = {p.id: format_nama(p.gelar_depan, p.nama, p.gelar_belakang) for p in peg}
        key = " ".join(cari.split()).casefold()
        # per-row scope checks only for scoped roles; enum lookups through dicts (15,000 rows)
        semua = scope.lihat_semua_evaluasi(actor)
        lihat_semua = actor.can(Permission.EVAL_READ_ALL)
        nilai_semua = actor.can(Permission.SCOPE_ALL) and actor.can(Permission.EVAL_RATE)
        rating_of = {r.value: r for r in Rating}
        pred_of = {p.value: p for p in Predikat}
        ev_label = {s_.value: s_.label for s_ in StatusEvaluasi}
        skp_status = {s_.value: s_ for s_ in StatusSkp}
        out: list[BarisEvaluasi] = []
        for p in peg:
            skp = skps.get(p.id)
            ref = skp_ref(skp, p.atasan_id) if (skp is not None and not (lihat_semua and nilai_semua)) else None
            if not semua and not _baris_terlihat(actor, p.id, p.atasan_id, ref):
                continue
            nama = names[p.id]
            if key and key not in f"{nama} {p.nip or ''} {p.nama_jabatan or ''}".casefold():
                continue
            ev = evs.get(skp.id) if skp else None
            if skp is None:
                status, label = "tanpa_skp", "Belum ada SKP"
            elif not skp.disetujui:
                status = "skp_belum_disetujui"
                label = f"SKP {skp_status[skp.status].label.lower()}"
            elif ev is None:
                status, label = StatusEvaluasi.DRAFT.value, StatusEvaluasi.DRAFT.label
            else:
                status, label = ev.status, ev_label[ev.status]
            lihat = skp is not None and (lihat_semua or scope.can_see_ratings(actor, ref))
            if skp is not None:
                penilai = skp.penilai_nama or ""
            else:
                penilai = names.get(p.atasan_id, "") if p.atasan_id else ""
            show = ev is not None and lihat
            out.append(BarisEvaluasi(
                pegawai_id=p.id,
                nama=nama,
                nip=p.nip or "",
                jabatan=p.nama_jabatan or "",
                unit_id=p.unit_id,
                unit_nama=units.get(p.unit_id, "") if p.unit_id else "",
                penilai_nama=penilai,
                skp_id=skp.id if skp else None,
                skp_status=skp_status[skp.status] if skp else None,
                evaluasi_id=ev.id if ev else None,
                status=status,
                status_label=label,
                rating_hasil=rating_of.get(ev.rating_hasil_kerja) if show else None,
                rating_perilaku=rating_of.get(ev.rating_perilaku) if show else None,
                predikat=pred_of.get(ev.predikat) if show else None,
                penilaian_diri_diajukan=bool(ev and ev.self_diajukan_pada),
                realisasi_terisi=filled.get(ev.id, 0) if ev else 0,
                indikator_total=ind_total.get(skp.id, 0) if skp else 0,
                dapat_dinilai=skp is not None and skp.disetujui and (nilai_semua or _boleh_nilai(actor, ref)),
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


def pastikan_evaluasi(ctx: AppContext, skp_id: int, periode_id: int) -> int:
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
            raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan.")
        periode = s.get(Periode, periode_id)
        if periode is None:
            raise NotFound(f"Periode dengan id {periode_id} tidak ditemukan.")
        if not (_boleh_nilai(ctx.actor, skp) or _boleh_isi_realisasi(ctx.actor, skp)):
            raise PermissionDenied(f"Anda tidak berhak mengisi evaluasi {skp.pegawai_nama}.")
        if skp.status != StatusSkp.DISETUJUI.value:
            raise ServiceError(
                f"SKP {skp.pegawai_nama} tahun {skp.tahun} berstatus {StatusSkp(skp.status).label.lower()}; "
                "hanya SKP yang sudah disetujui yang dapat dievaluasi."
            )
        if periode.tahun_kinerja.tahun != skp.tahun:
            raise ServiceError(
                f"Periode {periode.nama} {periode.tahun_kinerja.tahun} bukan periode SKP tahun {skp.tahun}."
            )
        require_periode_terbuka(periode, "Pengisian evaluasi")
        ev = create_evaluasi(s, skp, periode)
        uow.audit("evaluasi", ev.id, f"Evaluasi {skp.pegawai_nama} {periode.nama} {skp.tahun} dibuat", None,
                  {"skp_id": skp.id, "periode_id": periode.id})
        return ev.id


# --------------------------------------------------------------------------- realisasi


def simpan_realisasi(
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
                problems.append(FieldProblem("Realisasi (angka)", f"'{it.realisasi_nilai}' bukan angka"))
                continue
            if not math.isfinite(nilai) or abs(nilai) > 1e12:
                problems.append(FieldProblem("Realisasi (angka)", f"{it.realisasi_nilai} di luar jangkauan"))
                continue
        clean.append((it, ra, re_, nilai))
    if problems:
        raise ValidationError("Realisasi belum valid.", problems)
    with ctx.write("evaluasi.realisasi") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_isi_realisasi(ctx.actor, ev.skp)
        _check_version(ev, version_id)
        _require_writable(ev, "Pengisian realisasi")
        by_ind = {r.indikator_id: r for r in ev.realisasi}
        valid_ids = {i.id for r in ev.skp.rhk for i in r.indikator}
        inds = {i.id: i for r in ev.skp.rhk for i in r.indikator}
        changed = 0
        for it, ra, re_, nilai in clean:
            if it.indikator_id not in valid_ids:
                raise ValidationError(f"Indikator {it.indikator_id} bukan bagian dari SKP {ev.skp.pegawai_nama}.")
            tolak_angka_manual(by_ind.get(it.indikator_id), inds.get(it.indikator_id), nilai)
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


# --------------------------------------------------------------------------- evidence


def _safe_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def _realisasi_for(s: Session, ev: Evaluasi, indikator_id: int) -> Realisasi:
    row = next((r for r in ev.realisasi if r.indikator_id == indikator_id), None)
    if row is None:
        if indikator_id not in {i.id for r in ev.skp.rhk for i in r.indikator}:
            raise ValidationError(f"Indikator {indikator_id} bukan bagian dari SKP {ev.skp.pegawai_nama}.")
        row = Realisasi(indikator_id=indikator_id)
        ev.realisasi.append(row)
        s.flush()
    return row


def tambah_bukti_file(
    ctx: AppContext, evaluasi_id: int, indikator_id: int, sumber: str | os.PathLike[str], keterangan: str = ""
) -> BuktiInfo:
    """Copy an evidence file into ``<data dir>/bukti/<tahun>/<sha256[:2]>/`` and record it with its sha256.

    The copy is content-addressed (same file twice = one copy); the original
    name is kept for display. A failed transaction leaves at most an unused
    copy, never a record without its file.
    """
    src = Path(sumber)
    if not src.exists():
        raise NotFound(f"Berkas bukti '{src}' tidak ditemukan.")
    if not src.is_file():
        raise ValidationError(f"'{src.name}' bukan berkas (mungkin folder); pilih sebuah berkas.")
    size = src.stat().st_size
    if size == 0:
        raise ValidationError(f"Berkas '{src.name}' kosong (0 byte); pilih berkas bukti yang berisi.")
    if size > MAKS_UKURAN_BUKTI:
        raise ValidationError(
            f"Berkas '{src.name}' terlalu besar ({size / 1024 / 1024:.1f} MB; paling besar "
            f"{MAKS_UKURAN_BUKTI // 1024 // 1024} MB). Simpan di folder bersama dan tambahkan sebagai tautan."
        )
    ket = _text(keterangan, "Keterangan", 1000) or None
    nama_asli = src.name[:500]
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        _require_isi_realisasi(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        tahun = ev.periode.tahun_kinerja.tahun
    root = _bukti_root(ctx)
    # hash while copying into a temp file in the same folder tree, then move into place
    tmp_dir = root / ".tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="bukti-")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            while True:
                chunk = inp.read(1024 * 1024)
                if not chunk:
                    break
                h.update(chunk)
                out.write(chunk)
        sha = h.hexdigest()
        rel = Path("bukti") / str(tahun) / sha[:2] / f"{sha}{_safe_suffix(src.name)}"
        dest = root.parent / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            os.unlink(tmp_name)
        else:
            shutil.move(tmp_name, dest)
    except OSError as exc:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise ServiceError(f"Berkas '{src.name}' tidak dapat disalin ke folder bukti: {exc.strerror or exc}.") from exc
    with ctx.write("evaluasi.bukti_tambah") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_isi_realisasi(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        row = _realisasi_for(s, ev, indikator_id)
        b = BuktiDukung(jenis=JenisBukti.FILE.value, nama_asli=nama_asli, path_relatif=rel.as_posix(), sha256=sha,
                        ukuran=size, keterangan=ket)
        row.bukti.append(b)
        s.flush()
        uow.audit_change(b, None, f"Bukti dukung '{nama_asli}' ditambahkan ({ev.skp.pegawai_nama})")
        return _bukti_info(b)


_URL_RE = re.compile(r"^(https?://|file://|\\\\)[^\s]+$", re.IGNORECASE)


def tambah_bukti_tautan(
    ctx: AppContext, evaluasi_id: int, indikator_id: int, url: str, keterangan: str = ""
) -> BuktiInfo:
    """Evidence as a link (a shared drive, a website, an e-Kinerja page)."""
    link = (url or "").strip()
    if not link:
        raise ValidationError("Tautan bukti kosong; tempelkan alamat yang diawali http:// atau https://.")
    if len(link) > MAKS_URL:
        raise ValidationError(f"Tautan terlalu panjang ({len(link)} karakter; paling banyak {MAKS_URL}).")
    if not _URL_RE.match(link):
        raise ValidationError(
            f"'{link[:80]}' bukan tautan yang dikenali; gunakan alamat yang diawali http:// atau https:// "
            "(atau \\\\server\\folder untuk folder bersama)."
        )
    ket = _text(keterangan, "Keterangan", 1000) or None
    with ctx.write("evaluasi.bukti_tambah") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_isi_realisasi(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        row = _realisasi_for(s, ev, indikator_id)
        b = BuktiDukung(jenis=JenisBukti.TAUTAN.value, url=link, keterangan=ket)
        row.bukti.append(b)
        s.flush()
        uow.audit_change(b, None, f"Tautan bukti ditambahkan ({ev.skp.pegawai_nama})")
        return _bukti_info(b)


def hapus_bukti(ctx: AppContext, bukti_id: int) -> None:
    """Remove an evidence record; the stored file goes too when nothing else refers to it."""
    rel: str | None = None
    with ctx.write("evaluasi.bukti_hapus") as uow:
        s = uow.session
        b = s.get(BuktiDukung, bukti_id)
        if b is None:
            raise NotFound(f"Bukti dukung dengan id {bukti_id} tidak ditemukan.")
        ev = b.realisasi.evaluasi
        _require_isi_realisasi(ctx.actor, ev.skp)
        _require_writable(ev, "Penghapusan bukti dukung")
        before = row_dict(b)
        rel = b.path_relatif
        s.delete(b)
        s.flush()
        if rel and s.scalar(select(func.count()).select_from(BuktiDukung).where(BuktiDukung.path_relatif == rel)):
            rel = None  # still used by another record
        uow.audit("bukti_dukung", bukti_id, f"Bukti dukung dihapus ({ev.skp.pegawai_nama})", before, None)
    if rel:
        try:
            (_bukti_root(ctx).parent / rel).unlink(missing_ok=True)
        except OSError:
            pass  # an orphan copy is harmless; the record is gone


def lokasi_bukti(ctx: AppContext, bukti_id: int, *, periksa: bool = False) -> Path:
    """Absolute path of a stored evidence file; with ``periksa`` its sha256 is verified."""
    with ctx.read() as s:
        b = s.get(BuktiDukung, bukti_id)
        if b is None:
            raise NotFound(f"Bukti dukung dengan id {bukti_id} tidak ditemukan.")
        if not scope.boleh_lihat_evaluasi(ctx.actor, b.realisasi.evaluasi.skp):
            raise PermissionDenied("Anda tidak berhak melihat bukti ini.")
        if b.jenis != JenisBukti.FILE.value or not b.path_relatif:
            raise ServiceError("Bukti ini berupa tautan, bukan berkas.")
        path = _bukti_root(ctx).parent / b.path_relatif
        sha = b.sha256
        nama = b.nama_asli
    if not path.is_file():
        raise NotFound(
            f"Berkas bukti '{nama}' tidak ada lagi di folder bukti ({path}). Pulihkan folder bukti dari cadangan."
        )
    if periksa:
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1024 * 1024), b""):
                h.update(chunk)
        if h.hexdigest() != sha:
            raise ServiceError(f"Berkas bukti '{nama}' sudah berubah atau rusak (sha256 tidak cocok).")
    return path


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
            raise ValidationError(str(exc)) from None
        ub_per[k] = _text(v, f"Umpan balik {nilai_by_kode(k).nama}")
    ubah = UbahPenilaian(
        rating=(h, p), catatan=cat, alasan_penyesuaian=alasan, alasan_perubahan=alasan_ubah,
        alasan_rating_pimpinan=alasan_pimp, umpan_balik_indikator=ub_ind, umpan_balik_perilaku=ub_per)
    with ctx.write("evaluasi.penilaian", Permission.EVAL_RATE) as uow:
        ev = _load_ev(uow.session, evaluasi_id)
        terapkan_penilaian(uow, ctx.actor, ev, ubah, version_id=version_id)
        return _build_detail(uow.session, ctx, ev.skp, ev.periode, ev)


@dataclass(frozen=True)
class UbahPenilaian:
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


def periksa_penilaian(s: Session, actor: Actor, skp: Skp, periode: Periode, ev: Evaluasi | None,
                      ubah: UbahPenilaian, *, version_id: int | None = None) -> str | None:
    """Every rule a rating change must pass, checked before anything is written.

    The one statement of the rules for the app (``set_penilaian``) and the offline-form
    import; ``ev`` None = the evaluation does not exist yet (the form creates it).
    Returns the leader's reason to keep (``_alasan_pimpinan``); raises PermissionDenied,
    ConflictError, ServiceError or ValidationError naming what is wrong.
    """
    _require_nilai(actor, skp)
    if ev is not None:
        _check_version(ev, version_id)
        _require_writable(ev, "Penilaian")
    else:
        require_periode_terbuka(periode, "Penilaian")
    if skp.status != StatusSkp.DISETUJUI.value:
        raise ServiceError(
            f"Penilaian ditolak: SKP {skp.pegawai_nama} tahun {skp.tahun} berstatus "
            f"{StatusSkp(skp.status).label.lower()}; hanya SKP yang sudah disetujui yang dapat dinilai."
        )
    valid_ids = {i.id for r in skp.rhk for i in r.indikator}
    unknown = sorted(set(ubah.umpan_balik_indikator) - valid_ids)
    if unknown:
        raise ValidationError(
            f"Umpan balik untuk indikator yang bukan bagian dari SKP {skp.pegawai_nama}: "
            + ", ".join(str(x) for x in unknown)
        )
    for kode in ubah.umpan_balik_perilaku:
        try:
            nilai_by_kode(kode)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
    alasan_pimpinan_lama = ev.alasan_rating_pimpinan if ev is not None else None
    if ubah.rating is None:
        return alasan_pimpinan_lama
    h, p = ubah.rating
    if periode.jenis == JenisPeriode.TAHUNAN.value and h is not None and p is not None:
        # PermenPANRB 6/2022 Pasal 39: the annual rating follows the periods unless the penilai says why
        saran = hitung_saran_tahunan(s, skp, periode)
        beda = (saran.rating_hasil is not None and saran.rating_hasil != h) or (
            saran.rating_perilaku is not None and saran.rating_perilaku != p
        )
        lama = ev.alasan_penyesuaian if ev is not None else None
        final_alasan = ubah.alasan_penyesuaian if ubah.alasan_penyesuaian is not None else (lama or "")
        if beda and len(final_alasan.strip()) < 5:
            sh = saran.rating_hasil.label if saran.rating_hasil else "-"
            sp = saran.rating_perilaku.label if saran.rating_perilaku else "-"
            raise ValidationError(
                "Rating tahunan berbeda dari saran periode (hasil kerja: "
                f"{sh}, perilaku: {sp}); tuliskan alasan penyesuaian.",
                [FieldProblem("alasan_penyesuaian", "wajib diisi bila rating berbeda dari saran periode")],
            )
    if ev is not None:
        _periksa_pemberi_rating(ev, actor, (h.value if h else None, p.value if p else None), ubah.alasan_perubahan)
    cap = capaian_organisasi_pegawai(s, skp.pegawai_id, periode.id)
    return _alasan_pimpinan(
        cap, h, ubah.alasan_rating_pimpinan if ubah.alasan_rating_pimpinan is not None else alasan_pimpinan_lama,
        skp.pegawai_nama)


def terapkan_penilaian(uow: UnitOfWork, actor: Actor, ev: Evaluasi, ubah: UbahPenilaian, *,
                       version_id: int | None = None, asal: str = "") -> None:
    """Check (``periksa_penilaian``) and change one evaluation inside the caller's unit of work.

    The status follows the ratings, the predikat comes from the matrix (PermenPANRB 6/2022
    lampiran), each feedback change and the evaluation change get their audit rows;
    ``asal`` (" dari formulir") says in the audit where the change came from.
    """
    skp, periode = ev.skp, ev.periode
    alasan_pimpinan = periksa_penilaian(uow.session, actor, skp, periode, ev, ubah, version_id=version_id)
    before = row_dict(ev)
    if ubah.rating is not None:
        h, p = ubah.rating
        _catat_pemberi_rating(ev, actor, (h.value if h else None, p.value if p else None), ubah.alasan_perubahan)
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


def _periksa_pemberi_rating(ev: Evaluasi, actor: Actor, baru: tuple[str | None, str | None],
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
            f"Rating ini diisi oleh pejabat penilai {ev.skp.penilai_nama or ''} ({dari}). Mengubahnya memerlukan "
            "alasan tertulis (paling sedikit 5 karakter); alasan itu tampil pada evaluasi bagi pejabat penilai "
            "dan pegawai.",
            [FieldProblem("alasan_perubahan", "wajib diisi bila mengubah rating pejabat penilai")],
        )


def _catat_pemberi_rating(ev: Evaluasi, actor: Actor, baru: tuple[str | None, str | None],
                          alasan: str | None) -> None:
    """Keep the pejabat penilai's own ratings; a change of them by anyone else is recorded with its reason.

    Who, when and why stay on the evaluation for the penilai and the employee.
    When the penilai rates again, his new rating stands and the record of the change is cleared
    (the audit log keeps the history); when the admin puts the penilai's rating back, likewise.
    """
    _periksa_pemberi_rating(ev, actor, baru, alasan)
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
            f"{nama} memimpin {cap.unit_nama}; capaian kinerja organisasinya {cap.predikat.label} "  # type: ignore[union-attr]
            f"sehingga rating hasil kerjanya {expected.label}. Rating {rating_hasil.label} memerlukan alasan "
            "tertulis (paling sedikit 5 karakter) yang dicetak pada dokumen evaluasi.",
            [FieldProblem("alasan_rating_pimpinan",
                          f"wajib diisi bila rating hasil kerja pimpinan unit bukan {expected.label}")],
        )
    return text


def finalisasi_evaluasi(ctx: AppContext, evaluasi_id: int, tempat_tanggal_ttd: str | None = None, *,
                        version_id: int | None = None) -> EvaluasiDetail:
    """Sign off: freeze the header snapshots, the capaian organisasi and the whole printed document;
    the evaluation becomes read-only. ``version_id``: what the signer looked at; a change made
    elsewhere since then is refused, so nobody signs ratings they have not seen."""
    ttd = _text(tempat_tanggal_ttd, "Tempat dan tanggal", 200)
    with ctx.write("evaluasi.finalisasi", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        skp = ev.skp
        _require_nilai(ctx.actor, skp)
        _check_version(ev, version_id)
        _require_writable(ev, "Finalisasi")
        before = row_dict(ev)
        finalkan(s, ctx, ev, ttd)
        uow.audit_change(ev, before, f"Evaluasi {skp.pegawai_nama} {ev.periode.nama} difinalkan")
        return _build_detail(s, ctx, skp, ev.periode, ev)


def finalkan(s: Session, ctx: AppContext, ev: Evaluasi, ttd: str | None = None) -> None:
    """The finalisation itself, inside the caller's transaction (the service above; demo data).

    Checks the ratings and the leader's reason, then freezes the header
    snapshots, the capaian kinerja organisasi of the unit, the place and date, and
    the whole Dokumen Evaluasi as data (``dokumen_final``).
    """
    skp = ev.skp
    if not (ev.rating_hasil_kerja and ev.rating_perilaku):
        raise ValidationError(
            f"Evaluasi {skp.pegawai_nama} belum dapat difinalkan: rating hasil kerja dan rating perilaku "
            "kerja harus diisi."
        )
    kosong = _indikator_tanpa_realisasi(ev)
    if kosong:
        # PermenPANRB 6/2022 Pasal 26-27: the rating judges realisasi against target; a signed
        # document with empty realisasi rates nothing
        raise ValidationError(
            f"Evaluasi {skp.pegawai_nama} belum dapat difinalkan: {len(kosong)} indikator belum berisi "
            "realisasi. Isi realisasinya, atau tuliskan \"Tidak dilaksanakan\" beserta alasannya pada uraian "
            "realisasi.",
            [FieldProblem(x, "realisasi belum diisi") for x in kosong],
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


def batalkan_finalisasi(ctx: AppContext, evaluasi_id: int, alasan: str, *,
                        version_id: int | None = None) -> EvaluasiDetail:
    """Reopen a final evaluation for correction (penilai or admin, open period, reason audited)."""
    alasan = (alasan or "").strip()
    if len(alasan) < 5:
        raise ValidationError("Tuliskan alasan membatalkan finalisasi (paling sedikit 5 karakter).")
    with ctx.write("evaluasi.batal_final", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_nilai(ctx.actor, ev.skp)
        _check_version(ev, version_id)
        require_periode_terbuka(ev.periode, "Pembatalan finalisasi")
        if ev.status != StatusEvaluasi.FINAL.value:
            raise ServiceError("Evaluasi ini belum final.")
        before = row_dict(ev)
        ev.status = StatusEvaluasi.DINILAI.value
        ev.dokumen_final = None  # the corrected evaluation is frozen afresh when it is signed again
        uow.session.flush()
        b, a = {"status": before["status"]}, {"status": ev.status, "alasan": alasan}
        uow.audit("evaluasi", ev.id, f"Finalisasi evaluasi {ev.skp.pegawai_nama} dibatalkan: {alasan}", b, a)
        return _build_detail(s, ctx, ev.skp, ev.periode, ev)


# --------------------------------------------------------------------------- self-assessment


def simpan_penilaian_diri(
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
        raise ValidationError("Isi kedua rating penilaian diri sebelum mengajukan.")
    with ctx.write("evaluasi.penilaian_diri", Permission.EVAL_SELF) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        if ctx.actor.pegawai_id is None or ctx.actor.pegawai_id != ev.skp.pegawai_id:
            raise PermissionDenied("Penilaian diri hanya dapat diisi oleh pegawai yang bersangkutan.")
        _check_version(ev, version_id)
        _require_writable(ev, "Penilaian diri")
        if ev.self_diajukan_pada is not None:
            raise ServiceError("Penilaian diri sudah diajukan dan tidak dapat diubah lagi.")
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


# --------------------------------------------------------------------------- 360°


def kandidat_360(ctx: AppContext, evaluasi_id: int) -> list[Kandidat360]:
    """Suggested givers: colleagues with the same supervisor or unit (rekan) and direct subordinates."""
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        if not _boleh_nilai(ctx.actor, ev.skp):
            raise PermissionDenied("Hanya pejabat penilai atau admin yang dapat meminta masukan 360°.")
        peg = ev.skp.pegawai
        asked = set(s.scalars(select(Masukan360.pemberi_id).where(Masukan360.evaluasi_id == ev.id)))
        out: list[Kandidat360] = []
        subs = s.scalars(select(Pegawai).where(Pegawai.atasan_id == peg.id, Pegawai.status == "aktif")
                         .order_by(Pegawai.nama)).all()
        conds = []
        if peg.atasan_id is not None:
            conds.append(Pegawai.atasan_id == peg.atasan_id)
        if peg.unit_id is not None:
            conds.append(Pegawai.unit_id == peg.unit_id)
        peers: list[Pegawai] = []
        if conds:
            from sqlalchemy import or_

            peers = s.scalars(select(Pegawai).where(or_(*conds), Pegawai.status == "aktif", Pegawai.id != peg.id)
                              .order_by(Pegawai.nama)).all()
        seen: set[int] = {peg.id}
        for x in subs:
            seen.add(x.id)
            out.append(Kandidat360(x.id, format_nama(x.gelar_depan, x.nama, x.gelar_belakang), x.nama_jabatan or "",
                                   Hubungan360.BAWAHAN, x.id in asked))
        for x in peers:
            if x.id in seen or x.id == peg.atasan_id:
                continue
            seen.add(x.id)
            out.append(Kandidat360(x.id, format_nama(x.gelar_depan, x.nama, x.gelar_belakang), x.nama_jabatan or "",
                                   Hubungan360.REKAN, x.id in asked))
        return out


def minta_masukan_360(
    ctx: AppContext, evaluasi_id: int, permintaan: Sequence[tuple[int, Hubungan360 | str]]
) -> int:
    """Ask peers/subordinates for 360° input; returns how many new requests were made."""
    with ctx.write("evaluasi.minta_360", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_nilai(ctx.actor, ev.skp)
        _require_writable(ev, "Permintaan masukan 360°")
        asked = set(s.scalars(select(Masukan360.pemberi_id).where(Masukan360.evaluasi_id == ev.id)))
        n = 0
        for pid, hub in permintaan:
            try:
                hubungan = Hubungan360(hub)
            except ValueError:
                raise ValidationError(f"Hubungan '{hub}' tidak dikenal; pilih rekan atau bawahan.") from None
            if pid == ev.skp.pegawai_id:
                raise ValidationError("Pegawai tidak dapat memberi masukan 360° untuk dirinya sendiri.")
            if s.get(Pegawai, pid) is None:
                raise NotFound(f"Pegawai dengan id {pid} tidak ditemukan.")
            if pid in asked:
                continue
            m360 = Masukan360(evaluasi_id=ev.id, pemberi_id=pid, hubungan=hubungan.value, anonim=True)
            s.add(m360)
            asked.add(pid)
            n += 1
        s.flush()
        if n:
            uow.audit("masukan_360", ev.id, f"{n} permintaan masukan 360° untuk {ev.skp.pegawai_nama}", None,
                      {"pemberi": [pid for pid, _h in permintaan]})
        return n


def _permintaan(m360: Masukan360, ev: Evaluasi) -> Permintaan360:
    skp = ev.skp
    return Permintaan360(
        masukan_id=m360.id,
        evaluasi_id=ev.id,
        dinilai_nama=skp.pegawai_nama,
        dinilai_jabatan=skp.pegawai_jabatan or "",
        periode_label=f"{ev.periode.nama} {ev.periode.tahun_kinerja.tahun}",
        hubungan=Hubungan360(m360.hubungan),
        anonim=m360.anonim,
        diajukan_pada=m360.diajukan_pada,
        nilai={n.kode: (Rating(n.rating) if n.rating else None, n.komentar or "") for n in m360.nilai},
        # "still accepts input": the service refuses a final evaluation too, so the form must not look open
        periode_terbuka=ev.periode.status == StatusPeriode.DIBUKA.value and ev.status != StatusEvaluasi.FINAL.value,
        final=ev.status == StatusEvaluasi.FINAL.value,
    )


def daftar_permintaan_360_saya(ctx: AppContext) -> list[Permintaan360]:
    """The 360° requests addressed to the acting employee (open periods first)."""
    if ctx.actor.pegawai_id is None:
        return []
    with ctx.read(Permission.EVAL_SELF) as s:
        rows = s.scalars(
            select(Masukan360).where(Masukan360.pemberi_id == ctx.actor.pegawai_id).order_by(Masukan360.id.desc())
        ).all()
        out = [_permintaan(m, s.get(Evaluasi, m.evaluasi_id)) for m in rows]
        return sorted(out, key=lambda x: (not x.periode_terbuka, x.diajukan_pada is not None))


def kirim_masukan_360(
    ctx: AppContext,
    masukan_id: int,
    nilai: Mapping[str, tuple[Rating | str | None, str | None]],
    anonim: bool = True,
) -> Permintaan360:
    """The giver's rating + comment per BerAKHLAK value; may be revised while the period is open."""
    clean: dict[str, tuple[Rating | None, str | None]] = {}
    for kode, (r, kom) in nilai.items():
        try:
            nilai_by_kode(kode)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
        clean[kode] = (_rating(r, f"Rating {nilai_by_kode(kode).nama}"), _text(kom, "Komentar", 2000))
    if not any(r for r, _k in clean.values()):
        raise ValidationError("Beri rating paling sedikit untuk satu nilai BerAKHLAK.")
    with ctx.write("evaluasi.masukan_360", Permission.EVAL_SELF) as uow:
        s = uow.session
        m360 = s.get(Masukan360, masukan_id)
        if m360 is None:
            raise NotFound(f"Permintaan masukan 360° dengan id {masukan_id} tidak ditemukan.")
        if ctx.actor.pegawai_id != m360.pemberi_id:
            raise PermissionDenied("Masukan 360° hanya dapat diisi oleh pegawai yang diminta.")
        ev = s.get(Evaluasi, m360.evaluasi_id)
        _require_writable(ev, "Masukan 360°")
        by = {n.kode: n for n in m360.nilai}
        for kode, (r, kom) in clean.items():
            row = by.get(kode)
            if row is None:
                row = Masukan360Nilai(kode=kode)
                m360.nilai.append(row)
            row.rating = r.value if r else None
            row.komentar = kom or None
        m360.anonim = bool(anonim)
        m360.diajukan_pada = datetime.now().replace(microsecond=0)
        s.flush()
        # the content is confidential: the audit records the act, not the ratings
        uow.audit("masukan_360", m360.id, f"Masukan 360° dikirim untuk {ev.skp.pegawai_nama}", None,
                  {"anonim": m360.anonim})
        return _permintaan(m360, ev)


def ringkasan_360(ctx: AppContext, evaluasi_id: int) -> Ringkasan360:
    """Aggregate 360° input per value for the supervisor; anonymous givers stay anonymous."""
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        if not _boleh_nilai(ctx.actor, ev.skp):
            raise PermissionDenied("Ringkasan masukan 360° hanya untuk pejabat penilai atau admin.")
        rows = s.scalars(select(Masukan360).where(Masukan360.evaluasi_id == ev.id).order_by(Masukan360.id)).all()
        counts: dict[str, Counter[str]] = {b.kode: Counter() for b in BERAKHLAK}
        komentar: dict[str, list[str]] = {b.kode: [] for b in BERAKHLAK}
        pemberi: list[tuple[str, str]] = []
        belum: list[str] = []
        masuk = anonim_masuk = 0
        for m360 in rows:
            giver = s.get(Pegawai, m360.pemberi_id)
            hub = Hubungan360(m360.hubungan).label
            nama = format_nama(giver.gelar_depan, giver.nama, giver.gelar_belakang) if giver else "?"
            done = m360.diajukan_pada is not None
            pemberi.append((nama, hub))
            if not done:
                belum.append(nama)
                continue
            masuk += 1
            anonim_masuk += 1 if m360.anonim else 0
            who = f"{hub} (anonim)" if m360.anonim else f"{nama} ({hub.lower()})"
            for n in m360.nilai:
                if n.kode not in counts:
                    continue
                if n.rating:
                    counts[n.kode][n.rating] += 1
                if n.komentar:
                    komentar[n.kode].append(f"{who}: {n.komentar}")
        tampil = masuk >= MIN_MASUK_360
        agg = tuple(
            Agregat360Nilai(
                b.kode, b.nama, counts[b.kode][Rating.DI_ATAS.value], counts[b.kode][Rating.SESUAI.value],
                counts[b.kode][Rating.DI_BAWAH.value], tuple(komentar[b.kode]),
            ) if tampil else Agregat360Nilai(b.kode, b.nama, 0, 0, 0, ())
            for b in BERAKHLAK
        )
        # Who asked is known to the supervisor (they chose them); who has *answered* is not. The
        # missing list is the complement of the givers, so it is shown only when it names no
        # anonymous giver: no anonymous answer yet, or at least MIN_MASUK_360 of them to hide among.
        aman = anonim_masuk == 0 or anonim_masuk >= MIN_MASUK_360
        pemberi.sort(key=lambda x: (x[1], x[0]))
        return Ringkasan360(len(rows), masuk, agg, tuple(pemberi), tampil,
                            tuple(sorted(belum)) if aman else None)


# --------------------------------------------------------------------------- phrases


def daftar_frasa(ctx: AppContext, kategori: str) -> list[str]:
    """Standard feedback phrases (seeded by migration 0002) for ``hasil`` or ``perilaku``."""
    if kategori not in KATEGORI_FRASA:
        raise ValidationError(f"Kategori frasa '{kategori}' tidak dikenal; gunakan hasil atau perilaku.")
    with ctx.read() as s:
        return list(s.scalars(
            select(FrasaUmpanBalik.teks).where(FrasaUmpanBalik.kategori == kategori)
            .order_by(FrasaUmpanBalik.urutan, FrasaUmpanBalik.id)
        ))


def tambah_frasa(ctx: AppContext, kategori: str, teks: str) -> list[str]:
    """Add a phrase to the shared list (supervisors and admins)."""
    _any_permission(ctx, Permission.EVAL_RATE, Permission.SETTINGS)
    if kategori not in KATEGORI_FRASA:
        raise ValidationError(f"Kategori frasa '{kategori}' tidak dikenal; gunakan hasil atau perilaku.")
    t = _text(teks, "Frasa", 500)
    if not t:
        raise ValidationError("Frasa kosong.")
    with ctx.write("evaluasi.frasa_tambah") as uow:
        s = uow.session
        exists = s.scalar(select(FrasaUmpanBalik.id).where(FrasaUmpanBalik.kategori == kategori,
                                                           FrasaUmpanBalik.teks == t))
        if exists is None:
            n = s.scalar(select(func.max(FrasaUmpanBalik.urutan)).where(FrasaUmpanBalik.kategori == kategori)) or 0
            f = FrasaUmpanBalik(kategori=kategori, teks=t, urutan=n + 1)
            s.add(f)
            uow.audit_change(f, None, "Frasa umpan balik ditambahkan")
    return daftar_frasa(ctx, kategori)
