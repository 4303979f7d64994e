"""First steps of a new office: how far the set-up has come, computed from the data.

The checklist a new operator follows (Bantuan › Langkah pertama): office identity,
employees, accounts for the supervisors, the year and its periods, SKPs created and
approved, the organisation's capaian per unit, a first finalised evaluation. Each step
is read from what is in the database, never ticked by hand, so the list cannot claim a
step that is not done (or miss one done by an import). A pure read: nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    Pegawai,
    Pengguna,
    Periode,
    PredikatOrganisasiPeriode,
    Skp,
    TahunKinerja,
    UnitKerja,
)
from asn_desktop.domain.enums import JenisPeriode, StatusEvaluasi, StatusPegawai, StatusPeriode, StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services.settings import get_office

#: the steps in the order they are done (the UI names them and knows where each is done)
IDENTITAS = "identitas"
PEGAWAI = "pegawai"
AKUN_PENILAI = "akun_penilai"
PERIODE = "periode"
SKP_DIBUAT = "skp_dibuat"
SKP_DISETUJUI = "skp_disetujui"
PREDIKAT_ORGANISASI = "predikat_organisasi"
EVALUASI_PERTAMA = "evaluasi_pertama"
URUTAN: tuple[str, ...] = (IDENTITAS, PEGAWAI, AKUN_PENILAI, PERIODE, SKP_DIBUAT, SKP_DISETUJUI,
                           PREDIKAT_ORGANISASI, EVALUASI_PERTAMA)


@dataclass(frozen=True)
class Langkah:
    """One step: done or not, with "n of m" where the step is counted (None = not counted)."""

    kode: str
    selesai: bool
    jumlah: int | None = None
    dari: int | None = None


@dataclass(frozen=True)
class LangkahPertama:
    tahun: int  # the performance year the SKP and period steps look at
    periode: str  # name of the period the organisation step looks at ("" = none open)
    langkah: tuple[Langkah, ...]

    @property
    def selesai(self) -> int:
        return sum(1 for x in self.langkah if x.selesai)

    @property
    def total(self) -> int:
        return len(self.langkah)

    @property
    def lengkap(self) -> bool:
        return self.selesai == self.total

    def __getitem__(self, kode: str) -> Langkah:
        return next(x for x in self.langkah if x.kode == kode)


def _tahun(s: Session) -> TahunKinerja | None:
    """This calendar year's performance year, else the newest one."""
    rows = s.scalars(select(TahunKinerja).order_by(TahunKinerja.tahun.desc())).all()
    return next((t for t in rows if t.tahun == date.today().year), rows[0] if rows else None)


def _periode_terbuka(t: TahunKinerja | None) -> Periode | None:
    """The open periodic period (the latest), else the open annual one."""
    if t is None:
        return None
    terbuka = [p for p in t.periode if p.status == StatusPeriode.DIBUKA.value]
    periodik = [p for p in terbuka if p.jenis != JenisPeriode.TAHUNAN.value]
    return (periodik or terbuka or [None])[-1]


def status_langkah_pertama(ctx: AppContext) -> LangkahPertama:
    """Where the office's set-up stands. For those who run it (operator, admin): office-wide counts."""
    if not ctx.actor.can(Permission.MASTER_WRITE):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Daftar langkah pertama hanya untuk operator dan admin."),
        ))
    office = get_office(ctx)
    with ctx.read() as s:
        aktif = select(Pegawai.id).where(Pegawai.status == StatusPegawai.AKTIF.value)
        n_pegawai = s.scalar(select(func.count()).select_from(aktif.subquery())) or 0
        # supervisors: active employees someone active reports to; each needs an active account
        atasan = set(s.scalars(select(Pegawai.atasan_id).where(
            Pegawai.status == StatusPegawai.AKTIF.value, Pegawai.atasan_id.is_not(None))).all())
        atasan &= set(s.scalars(aktif).all())
        berakun = set(s.scalars(select(Pengguna.pegawai_id).where(
            Pengguna.aktif.is_(True), Pengguna.pegawai_id.is_not(None))).all())
        t = _tahun(s)
        tahun = t.tahun if t is not None else date.today().year
        periode = _periode_terbuka(t)
        # SKP: the current version of each active employee's SKP of that year
        skp_rows = s.execute(select(Skp.pegawai_id, Skp.status).join(Pegawai, Pegawai.id == Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value,
            Pegawai.status == StatusPegawai.AKTIF.value)).all()
        dibuat = {pid for pid, _st in skp_rows}
        disetujui = {pid for pid, st in skp_rows if st == StatusSkp.DISETUJUI.value}
        # capaian organisasi: every active unit with a head, for the open period
        unit_ids = set(s.scalars(select(UnitKerja.id).where(
            UnitKerja.aktif.is_(True), UnitKerja.kepala_id.is_not(None))).all())
        ditetapkan: set[int] = set()
        if periode is not None:
            ditetapkan = set(s.scalars(select(PredikatOrganisasiPeriode.unit_id).where(
                PredikatOrganisasiPeriode.periode_id == periode.id)).all()) & unit_ids
        n_final = s.scalar(select(func.count(Evaluasi.id)).where(
            Evaluasi.status == StatusEvaluasi.FINAL.value)) or 0
        ada_tahun = t is not None and bool(t.periode)
        nama_periode = periode.nama if periode is not None else ""

    def lengkap(n: int, m: int) -> bool:
        return m > 0 and n >= m

    langkah = (
        Langkah(IDENTITAS, bool(office.nama_kantor.strip() and office.instansi.strip())),
        Langkah(PEGAWAI, n_pegawai > 0, n_pegawai),
        Langkah(AKUN_PENILAI, lengkap(len(atasan & berakun), len(atasan)), len(atasan & berakun), len(atasan)),
        Langkah(PERIODE, ada_tahun and periode is not None),
        Langkah(SKP_DIBUAT, lengkap(len(dibuat), n_pegawai), len(dibuat), n_pegawai),
        Langkah(SKP_DISETUJUI, lengkap(len(disetujui), n_pegawai), len(disetujui), n_pegawai),
        Langkah(PREDIKAT_ORGANISASI, lengkap(len(ditetapkan), len(unit_ids)), len(ditetapkan), len(unit_ids)),
        Langkah(EVALUASI_PERTAMA, n_final > 0, n_final),
    )
    return LangkahPertama(tahun, nama_periode, langkah)
