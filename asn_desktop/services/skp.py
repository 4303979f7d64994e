"""SKP planning (PermenPANRB 6/2022 Pasal 5-20; kinerja-asn.md §2-4).

One SKP per employee and year (plus versions after approval). Operations:

- create (empty, copied from last year, or in bulk for a unit), with snapshots
  of the employee, the pejabat penilai and the atasan pejabat penilai
  (kinerja-asn.md §3: signed documents show snapshots, not live data);
- RHK / indicator editing, reorder, validation before submit;
- perilaku (BerAKHLAK, UU 20/2023) ekspektasi khusus and lampiran;
- workflow Draft → Diajukan → Disetujui, or Dikembalikan (reason) → revised →
  Diajukan (Pasal 5: disusun, diajukan, disetujui); every transition is written
  to ``skp_status_log`` and the audit log. An approved SKP is read-only: a
  change makes version ``versi + 1`` and the old row becomes ``diganti``;
- cascading (Pasal 9: a non-JPT RHK intervenes an RHK of the direct
  supervisor), the cascading tree and the matriks peran hasil;
- overview of who has no SKP / which status, per unit;
- printing (reports/skp_pdf.py) and the matriks export (excel/matriks.py).

Who may do what: writes need ``SKP_EDIT_ANY`` (operator, admin) or
``SKP_EDIT_OWN`` on the actor's own SKP or, for a Penilai, on the SKPs of the
people they are pejabat penilai of. Approving and returning: only the SKP's
pejabat penilai or an admin (``scope.require_penilai_of``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from asn_desktop.db.models import (
    Evaluasi,
    Indikator,
    Pegawai,
    Pengguna,
    PerilakuSkp,
    Rhk,
    Skp,
    SkpStatusLog,
    TahunKinerja,
    UnitKerja,
)
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.enums import (
    Aspek,
    JenisJabatan,
    JenisRhk,
    JenisSkp,
    Klasifikasi,
    Pendekatan,
    Perspektif,
    StatusPegawai,
    StatusSkp,
)
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import Actor, AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    Problems,
    ServiceError,
    ValidationError,
)
from asn_desktop.services.indikator_input import MAX_TEKS, IndikatorInput
from asn_desktop.services.ukuran import IkatanUkuran, ikatan_of, set_ikatan
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services.indikator_input import check_indikator as _check_indikator
from asn_desktop.services import template_rhk
from asn_desktop.services import scope
from asn_desktop.services.settings import OfficeInfo, get_office
from asn_desktop.domain.angka import DESIMAL_TARGET, format_angka, format_target
from asn_desktop.services.snapshots import apply_snapshot, office_atasan_snapshot, person_snapshot

#: Statuses in which the content (and the snapshots) may still change.
EDITABLE = (StatusSkp.DRAFT.value, StatusSkp.DIKEMBALIKAN.value)

MAX_LAMPIRAN = 10_000
MAX_ALASAN = 2000


# =========================================================================== result types


@dataclass(frozen=True)
class PersonSnap:
    """The header fields of one person as frozen on the SKP."""

    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""
    status_kepegawaian: str = ""


@dataclass
class IndikatorData:
    id: int
    rhk_id: int
    urutan: int
    aspek: str
    teks: str
    target_min: float | None
    target_max: float | None
    satuan: str
    target_teks: str
    lebih_rendah_lebih_baik: bool
    target: str  # formatted target, as printed ("12 dokumen", "1 – 2 hari kerja", description)
    ikatan: IkatanUkuran | None = None  # realisasi measured from the office's records

    @property
    def aspek_label(self) -> str:
        try:
            return Aspek(self.aspek).label
        except ValueError:
            return self.aspek


@dataclass
class RhkData:
    id: int
    skp_id: int
    jenis: str
    urutan: int
    nomor: str  # "A.1" / "B.2"
    teks: str
    parent_rhk_id: int | None
    rhk_atasan_teks: str
    perspektif: str
    penugasan_dari: str
    klasifikasi: str
    indikator: list[IndikatorData] = field(default_factory=list)
    #: who intervenes this RHK ("Nama (Jabatan)"): a parent cannot be removed while listed
    diintervensi_oleh: list[str] = field(default_factory=list)
    #: ``version_id`` of the SKP as loaded with this RHK (after ``save_rhk``: the new one)
    skp_version_id: int = 0

    @property
    def perspektif_label(self) -> str:
        return _label(Perspektif, self.perspektif)

    @property
    def klasifikasi_label(self) -> str:
        return _label(Klasifikasi, self.klasifikasi)


@dataclass
class PerilakuData:
    nomor: int
    kode: str
    nama: str
    panduan: tuple[str, ...]
    ekspektasi_khusus: str


@dataclass
class StatusLogData:
    dari_status: str | None
    ke_status: str
    waktu: datetime
    username: str
    catatan: str

    @property
    def ke_label(self) -> str:
        return _label(StatusSkp, self.ke_status)

    @property
    def dari_label(self) -> str:
        return _label(StatusSkp, self.dari_status) if self.dari_status else ""


@dataclass
class SkpVersion:
    id: int
    versi: int
    status: str
    disetujui_pada: datetime | None
    created_at: datetime | None


@dataclass
class SkpPermissions:
    """What the acting user may do with this SKP now (the UI mirrors it)."""

    edit: bool = False
    submit: bool = False
    withdraw: bool = False
    approve: bool = False
    return_: bool = False
    revise: bool = False
    delete: bool = False


@dataclass
class SkpDetail:
    id: int
    uid: str
    pegawai_id: int
    tahun: int
    versi: int
    status: str
    pendekatan: str
    jenis_skp: str
    periode_mulai: date
    periode_selesai: date
    pejabat_penilai_id: int | None
    atasan_penilai_id: int | None
    instansi: str
    pegawai: PersonSnap
    penilai: PersonSnap
    atasan_penilai: PersonSnap
    lampiran_dukungan_sumber_daya: str
    lampiran_skema_pertanggungjawaban: str
    lampiran_konsekuensi: str
    catatan_pengembalian: str
    diajukan_pada: datetime | None
    disetujui_pada: datetime | None
    disetujui_oleh: str
    tempat_tanggal_ttd: str
    pengganti_id: int | None
    version_id: int
    rhk: list[RhkData]
    perilaku: list[PerilakuData]
    riwayat: list[StatusLogData]
    versi_lain: list[SkpVersion]
    boleh: SkpPermissions
    #: header fields whose live value differs from the snapshot (refreshable while draft)
    snapshot_berubah: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)

    @property
    def is_jpt(self) -> bool:
        return self.jenis_skp == JenisSkp.JPT.value

    @property
    def is_kualitatif(self) -> bool:
        return self.pendekatan == Pendekatan.KUALITATIF.value

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def rhk_of(self, jenis: str) -> list[RhkData]:
        return [r for r in self.rhk if r.jenis == jenis]


@dataclass
class SkpSummary:
    """One row of an SKP list."""

    id: int
    pegawai_id: int
    tahun: int
    versi: int
    status: str
    pegawai_nama: str
    pegawai_nip: str
    pegawai_jabatan: str
    penilai_nama: str
    jumlah_rhk: int

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)


@dataclass
class Problem:
    pesan: str
    peringatan: bool = False
    rhk_id: int | None = None


@dataclass
class ValidationReport:
    """Result of :func:`validate_skp`: errors block submitting, warnings do not."""

    masalah: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.masalah if not p.peringatan]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.masalah if p.peringatan]

    @property
    def ok(self) -> bool:
        return not self.errors


# =========================================================================== inputs


@dataclass
class RhkInput:
    """An RHK with its indicators (upserted by ``id``; indicators not listed are removed).

    ``parent_rhk_id``: the supervisor's RHK it intervenes, chosen from
    :func:`parent_options`. ``rhk_atasan_teks`` is used only without a parent
    (the supervisor's SKP is outside the database, e.g. the Camat's).
    """

    teks: str
    jenis: str = JenisRhk.UTAMA.value
    parent_rhk_id: int | None = None
    rhk_atasan_teks: str = ""
    perspektif: str = ""
    penugasan_dari: str = ""
    klasifikasi: str = ""
    indikator: list[IndikatorInput] = field(default_factory=list)


@dataclass
class HeaderInput:
    """Header choices of a draft SKP."""

    pendekatan: str
    jenis_skp: str
    pejabat_penilai_id: int | None
    tempat_tanggal_ttd: str = ""
    #: why the pejabat penilai is not the direct supervisor (Operator/Admin only)
    alasan_penilai: str = ""


# =========================================================================== small helpers


def _label(enum_cls: Any, value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum_cls(value).label
    except ValueError:
        return value


def _nomor(jenis: str, urutan_index: int) -> str:
    return f"{'A' if jenis == JenisRhk.UTAMA.value else 'B'}.{urutan_index}"


def _nama(p: Pegawai) -> str:
    return format_nama(p.gelar_depan, p.nama, p.gelar_belakang)


# =========================================================================== loading


def _load_skp(s: Session, skp_id: int, *, full: bool = True) -> Skp:
    q = select(Skp).where(Skp.id == skp_id)
    if full:
        q = q.options(
            selectinload(Skp.rhk).selectinload(Rhk.indikator),
            selectinload(Skp.rhk).selectinload(Rhk.children).selectinload(Rhk.skp),
            selectinload(Skp.perilaku),
            selectinload(Skp.riwayat_status),
            selectinload(Skp.pegawai).selectinload(Pegawai.unit),
        )
    skp = s.scalars(q).one_or_none()
    if skp is None:
        raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan (mungkin sudah dihapus).")
    return skp


def _current_skp(s: Session, pegawai_id: int, tahun: int) -> Skp | None:
    """The SKP in force for an employee and year: not replaced, highest version."""
    return s.scalars(
        select(Skp)
        .where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)
        .order_by(Skp.versi.desc())
        .limit(1)
    ).first()


def _indikator_data(i: Indikator, kualitatif: bool) -> IndikatorData:
    return IndikatorData(
        id=i.id,
        rhk_id=i.rhk_id,
        urutan=i.urutan,
        aspek=i.aspek,
        teks=i.teks or "",
        target_min=i.target_min,
        target_max=i.target_max,
        satuan=i.satuan or "",
        target_teks=i.target_teks or "",
        lebih_rendah_lebih_baik=bool(i.lebih_rendah_lebih_baik),
        target=format_target(i.target_min, i.target_max, i.satuan, i.target_teks, kualitatif),
        ikatan=ikatan_of(i),
    )


def _ordered_rhk(skp: Skp) -> list[Rhk]:
    return sorted(skp.rhk, key=lambda r: (0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan, r.id))


def _rhk_numbers(skp: Skp) -> dict[int, str]:
    counters: dict[str, int] = defaultdict(int)
    out: dict[int, str] = {}
    for r in _ordered_rhk(skp):
        counters[r.jenis] += 1
        out[r.id] = _nomor(r.jenis, counters[r.jenis])
    return out


def _who(skp: Skp) -> str:
    jab = f" ({skp.pegawai_jabatan})" if skp.pegawai_jabatan else ""
    ver = f", versi {skp.versi}" if skp.versi > 1 else ""
    return f"{skp.pegawai_nama}{jab} — SKP {skp.tahun}{ver}"


def _rhk_data(r: Rhk, nomor: str, kualitatif: bool, who: dict[int, list[str]] | None = None,
              skp_version_id: int = 0) -> RhkData:
    return RhkData(
        id=r.id,
        skp_id=r.skp_id,
        jenis=r.jenis,
        urutan=r.urutan,
        nomor=nomor,
        teks=r.teks or "",
        parent_rhk_id=r.parent_rhk_id,
        rhk_atasan_teks=r.rhk_atasan_teks or "",
        perspektif=r.perspektif or "",
        penugasan_dari=r.penugasan_dari or "",
        klasifikasi=r.klasifikasi or "",
        indikator=[_indikator_data(i, kualitatif) for i in sorted(r.indikator, key=lambda x: (x.urutan, x.id))],
        diintervensi_oleh=(who or {}).get(r.id, []) if who is not None else [_who(c.skp) for c in r.children],
        skp_version_id=skp_version_id,
    )


def _snap(skp: Skp, role: str) -> PersonSnap:
    return PersonSnap(
        nama=getattr(skp, f"{role}_nama") or "",
        nip=getattr(skp, f"{role}_nip") or "",
        pangkat=getattr(skp, f"{role}_pangkat") or "",
        jabatan=getattr(skp, f"{role}_jabatan") or "",
        unit=getattr(skp, f"{role}_unit") or "",
        status_kepegawaian=getattr(skp, f"{role}_status_kepegawaian") or "",
    )


def _permissions(actor: Actor, skp: Skp) -> SkpPermissions:
    editor = scope.boleh_ubah_skp(actor, skp)
    penilai = scope.bertindak_sebagai_penilai(actor, skp)
    st = skp.status
    return SkpPermissions(
        edit=editor and st in EDITABLE,
        submit=editor and st in EDITABLE,
        withdraw=editor and st == StatusSkp.DIAJUKAN.value,
        approve=penilai and st == StatusSkp.DIAJUKAN.value,
        return_=penilai and st == StatusSkp.DIAJUKAN.value,
        revise=editor and st == StatusSkp.DISETUJUI.value,
        delete=editor and st in EDITABLE,
    )


def _snapshot_changes(skp: Skp) -> list[str]:
    """Which header fields would change on refresh (only meaningful while editable)."""
    if skp.status not in EDITABLE:
        return []
    changes: list[str] = []
    live = person_snapshot(skp.pegawai)
    for f, label in (("nama", "nama"), ("nip", "NIP"), ("pangkat", "pangkat"), ("jabatan", "jabatan"),
                     ("unit", "unit kerja")):
        if (live.get(f) or "") != (getattr(skp, f"pegawai_{f}") or ""):
            changes.append(f"pegawai: {label}")
    if skp.pejabat_penilai is not None:
        live_p = person_snapshot(skp.pejabat_penilai)
        for f, label in (("nama", "nama"), ("nip", "NIP"), ("pangkat", "pangkat"), ("jabatan", "jabatan")):
            if (live_p.get(f) or "") != (getattr(skp, f"penilai_{f}") or ""):
                changes.append(f"pejabat penilai: {label}")
    return changes


def _children_names(s: Session, rhk_ids: list[int]) -> dict[int, list[str]]:
    """Who intervenes each RHK ("Nama (Jabatan) — SKP 2026"), in one query."""
    out: dict[int, list[str]] = defaultdict(list)
    if not rhk_ids:
        return out
    rows = s.execute(
        select(Rhk.parent_rhk_id, Skp.pegawai_nama, Skp.pegawai_jabatan, Skp.tahun, Skp.versi)
        .join(Skp, Rhk.skp_id == Skp.id).where(Rhk.parent_rhk_id.in_(rhk_ids))
    )
    for pid, nama, jab, tahun, versi in rows:
        out[pid].append(f"{nama}{f' ({jab})' if jab else ''} — SKP {tahun}{f', versi {versi}' if versi > 1 else ''}")
    return out


def _load_detail(s: Session, skp_id: int, *, light: bool) -> Skp:
    """The SKP with what :func:`_detail` shows, in few queries (light = for printing)."""
    opts = [selectinload(Skp.rhk).selectinload(Rhk.indikator), selectinload(Skp.perilaku)]
    if not light:
        opts.append(selectinload(Skp.riwayat_status))
    skp = s.scalars(select(Skp).where(Skp.id == skp_id).options(*opts)).one_or_none()
    if skp is None:
        raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan (mungkin sudah dihapus).")
    return skp


def _detail(s: Session, actor: Actor, skp: Skp, *, light: bool = False) -> SkpDetail:
    """Everything the editor shows; ``light`` leaves out history, versions, who
    intervenes and permissions (printing needs none of them)."""
    kual = skp.pendekatan == Pendekatan.KUALITATIF.value
    nums = _rhk_numbers(skp)
    who = {} if light else _children_names(s, [r.id for r in skp.rhk])
    perilaku_by = {p.kode: p for p in skp.perilaku}
    perilaku = [
        PerilakuData(
            nomor=b.nomor,
            kode=b.kode,
            nama=b.nama,
            panduan=b.panduan,
            ekspektasi_khusus=(perilaku_by[b.kode].ekspektasi_khusus or "-") if b.kode in perilaku_by else "-",
        )
        for b in BERAKHLAK
    ]
    versions = [] if light else s.execute(
        select(Skp.id, Skp.versi, Skp.status, Skp.disetujui_pada, Skp.created_at)
        .where(Skp.pegawai_id == skp.pegawai_id, Skp.tahun == skp.tahun)
        .order_by(Skp.versi)
    ).all()
    return SkpDetail(
        id=skp.id,
        uid=skp.uid,
        pegawai_id=skp.pegawai_id,
        tahun=skp.tahun,
        versi=skp.versi,
        status=skp.status,
        pendekatan=skp.pendekatan,
        jenis_skp=skp.jenis_skp,
        periode_mulai=skp.periode_mulai,
        periode_selesai=skp.periode_selesai,
        pejabat_penilai_id=skp.pejabat_penilai_id,
        atasan_penilai_id=skp.atasan_penilai_id,
        instansi=skp.instansi or "",
        pegawai=_snap(skp, "pegawai"),
        penilai=_snap(skp, "penilai"),
        atasan_penilai=_snap(skp, "atasan_penilai"),
        lampiran_dukungan_sumber_daya=skp.lampiran_dukungan_sumber_daya or "",
        lampiran_skema_pertanggungjawaban=skp.lampiran_skema_pertanggungjawaban or "",
        lampiran_konsekuensi=skp.lampiran_konsekuensi or "",
        catatan_pengembalian=skp.catatan_pengembalian or "",
        diajukan_pada=skp.diajukan_pada,
        disetujui_pada=skp.disetujui_pada,
        disetujui_oleh=skp.disetujui_oleh or "",
        tempat_tanggal_ttd=skp.tempat_tanggal_ttd or "",
        pengganti_id=skp.pengganti_id,
        version_id=skp.version_id,
        rhk=[_rhk_data(r, nums[r.id], kual, who, skp.version_id) for r in _ordered_rhk(skp)],
        perilaku=perilaku,
        riwayat=[] if light else [
            StatusLogData(lg.dari_status, lg.ke_status, lg.waktu, lg.username or "", lg.catatan or "")
            for lg in skp.riwayat_status
        ],
        versi_lain=[SkpVersion(v.id, v.versi, v.status, v.disetujui_pada, v.created_at) for v in versions],
        boleh=SkpPermissions() if light else _permissions(actor, skp),
        snapshot_berubah=[] if light else _snapshot_changes(skp),
    )


# =========================================================================== access


def _require_editable(skp: Skp) -> None:
    if skp.status not in EDITABLE:
        if skp.status == StatusSkp.DISETUJUI.value:
            raise ServiceError(
                f"SKP {skp.pegawai_nama} tahun {skp.tahun} sudah disetujui sehingga tidak dapat diubah. "
                "Gunakan 'Revisi' untuk membuat versi baru; versi yang disetujui tetap tersimpan."
            )
        if skp.status == StatusSkp.DIAJUKAN.value:
            raise ServiceError(
                f"SKP {skp.pegawai_nama} sedang diajukan kepada pejabat penilai. Tarik kembali pengajuan "
                "(atau minta pejabat penilai mengembalikannya) sebelum mengubah isinya."
            )
        raise ServiceError(
            f"SKP {skp.pegawai_nama} versi {skp.versi} sudah diganti versi yang lebih baru dan hanya dapat dibaca."
        )


def _require_edit(actor: Actor, skp: Skp) -> None:
    """Who may edit (services/scope.py), then whether the SKP's status allows it."""
    scope.require_ubah_skp(actor, skp)
    _require_editable(skp)


# =========================================================================== audit / log


def _log(uow: UnitOfWork, skp: Skp, dari: str | None, ke: str, catatan: str = "") -> None:
    """One status transition: skp_status_log (who/when/note) and the audit log."""
    actor = uow.actor
    user_id = actor.user_id
    if user_id is not None and uow.session.get(Pengguna, user_id) is None:
        user_id = None  # the log outlives (and does not require) an account row
    uow.session.add(
        SkpStatusLog(
            skp_id=skp.id,
            dari_status=dari,
            ke_status=ke,
            waktu=datetime.now().replace(microsecond=0),
            user_id=user_id,
            username=actor.username,
            catatan=catatan or None,
        )
    )
    uow.audit(
        "skp",
        skp.id,
        f"SKP {skp.pegawai_nama} {skp.tahun} v{skp.versi}: {_label(StatusSkp, dari) or 'baru'} → "
        f"{_label(StatusSkp, ke)}" + (f" ({catatan})" if catatan else ""),
        {"status": dari},
        {"status": ke},
    )


def _expect(uow: UnitOfWork, skp: Skp, expected: int | None) -> None:
    """Optimistic lock: the caller's window shows ``expected``; another window
    or computer saved this SKP since → ConflictError, nothing changes."""
    ver = f" versi {skp.versi}" if skp.versi > 1 else ""
    uow.expect_version(skp, expected, f"SKP {skp.pegawai_nama} tahun {skp.tahun}{ver}")


def _version_after(uow: UnitOfWork, skp: Skp) -> int:
    """The SKP's version once this operation's changes are flushed (returned to the window)."""
    uow.session.flush()
    return skp.version_id


# =========================================================================== reading


def get_skp(ctx: AppContext, skp_id: int, *, for_print: bool = False) -> SkpDetail:
    """One SKP with RHK, indicators, perilaku, history and what the actor may do.
    ``for_print`` skips history, versions and permissions (faster)."""
    with ctx.read() as s:
        skp = _load_detail(s, skp_id, light=for_print)
        scope.require_baca_skp(ctx.actor, skp)
        return _detail(s, ctx.actor, skp, light=for_print)


def current_skp_id(ctx: AppContext, pegawai_id: int, tahun: int) -> int | None:
    with ctx.read() as s:
        skp = _current_skp(s, pegawai_id, tahun)
        if skp is None:
            return None
        scope.require_baca_skp(ctx.actor, skp)
        return skp.id


def list_skp(ctx: AppContext, tahun: int, *, include_replaced: bool = False) -> list[SkpSummary]:
    """SKPs of a year the actor may see (current versions unless ``include_replaced``)."""
    with ctx.read() as s:
        visible = scope.pegawai_terlihat(s, ctx.actor)
        n_rhk = (
            select(Rhk.skp_id, func.count(Rhk.id).label("n")).group_by(Rhk.skp_id).subquery()
        )
        q = (
            select(Skp, func.coalesce(n_rhk.c.n, 0))
            .outerjoin(n_rhk, n_rhk.c.skp_id == Skp.id)
            .where(Skp.tahun == tahun)
            .order_by(Skp.pegawai_nama, Skp.versi)
        )
        if not include_replaced:
            q = q.where(Skp.status != StatusSkp.DIGANTI.value)
        if visible is not None:
            q = q.where(Skp.pegawai_id.in_(visible))
        return [
            SkpSummary(
                id=k.id, pegawai_id=k.pegawai_id, tahun=k.tahun, versi=k.versi, status=k.status,
                pegawai_nama=k.pegawai_nama, pegawai_nip=k.pegawai_nip or "", pegawai_jabatan=k.pegawai_jabatan or "",
                penilai_nama=k.penilai_nama or "", jumlah_rhk=int(n),
            )
            for k, n in s.execute(q)
        ]


def available_years(ctx: AppContext) -> list[int]:
    """Years with SKPs or a performance year defined, plus the current year (descending)."""
    with ctx.read() as s:
        years = set(s.scalars(select(Skp.tahun).distinct()))
        years.update(s.scalars(select(TahunKinerja.tahun)))
    years.add(date.today().year)
    return sorted(years, reverse=True)


@dataclass
class PegawaiPilihan:
    """An active employee for pickers (pejabat penilai, create dialog)."""

    id: int
    nama: str
    nip: str
    jabatan: str
    unit: str
    atasan_id: int | None


def pegawai_choices(ctx: AppContext) -> list[PegawaiPilihan]:
    """Active employees the actor may pick (pejabat penilai / create SKP for). An account
    that may not browse the employee list (Pegawai) gets only itself and its atasan."""
    actor = ctx.actor
    with ctx.read() as s:
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value).options(selectinload(Pegawai.unit))
        if not (actor.can(Permission.MASTER_READ) or actor.can(Permission.SKP_EDIT_ANY)):
            own = s.get(Pegawai, actor.pegawai_id) if actor.pegawai_id is not None else None
            q = q.where(Pegawai.id.in_([i for i in (actor.pegawai_id, own.atasan_id if own else None) if i]))
        rows = s.scalars(q).all()
        return sorted(
            (PegawaiPilihan(p.id, _nama(p), p.nip or "", p.nama_jabatan or "", p.unit.nama if p.unit else "",
                            p.atasan_id) for p in rows),
            key=lambda x: x.nama.casefold(),
        )


@dataclass
class SebelumnyaInfo:
    skp_id: int
    tahun: int
    status: str
    jumlah_rhk: int


def previous_skp_info(ctx: AppContext, pegawai_id: int, tahun: int) -> SebelumnyaInfo | None:
    """The SKP that "Salin dari tahun lalu" would copy (None when there is none)."""
    with ctx.read() as s:
        src = _previous_skp(s, pegawai_id, tahun)
        if src is None:
            return None
        return SebelumnyaInfo(src.id, src.tahun, src.status, len(src.rhk))


def default_year(ctx: AppContext) -> int:
    """The year the SKP area opens on: this year if it has SKPs, else the latest year with SKPs."""
    today = date.today().year
    with ctx.read() as s:
        years = set(s.scalars(select(Skp.tahun).distinct()))
    if not years or today in years:
        return today
    earlier = [y for y in years if y <= today + 1]
    return max(earlier) if earlier else min(years)


# =========================================================================== validation


def _validate(skp: Skp) -> ValidationReport:
    """PermenPANRB 6/2022 lampiran: every RHK has indicators; at least one RHK utama;
    kuantitatif targets are numbers with a unit (a range needs min ≤ max); kualitatif
    targets are descriptions."""
    out: list[Problem] = []
    kual = skp.pendekatan == Pendekatan.KUALITATIF.value
    jpt = skp.jenis_skp == JenisSkp.JPT.value
    rhks = _ordered_rhk(skp)
    nums = _rhk_numbers(skp)
    if not rhks:
        out.append(Problem("SKP belum memiliki Rencana Hasil Kerja (RHK). Tambahkan minimal satu RHK utama."))
    elif not any(r.jenis == JenisRhk.UTAMA.value for r in rhks):
        out.append(Problem("SKP harus memiliki minimal satu RHK utama (bagian A)."))
    for r in rhks:
        nomor = nums[r.id]
        if not _clean(r.teks):
            out.append(Problem(f"RHK {nomor}: uraian RHK masih kosong.", rhk_id=r.id))
        inds = sorted(r.indikator, key=lambda i: i.urutan)
        if not inds:
            out.append(Problem(f"RHK {nomor} belum memiliki indikator kinerja individu.", rhk_id=r.id))
        for k, i in enumerate(inds, start=1):
            where = f"RHK {nomor}, indikator {k}"
            if not _clean(i.teks):
                out.append(Problem(f"{where}: uraian indikator masih kosong.", rhk_id=r.id))
            if kual:
                if not _clean(i.target_teks):
                    out.append(Problem(f"{where}: target (uraian kualitatif) belum diisi.", rhk_id=r.id))
            else:
                if i.target_min is None:
                    out.append(Problem(f"{where}: target belum diisi (angka, atau rentang min–maks).", rhk_id=r.id))
                elif i.target_max is not None and i.target_max < i.target_min:
                    out.append(Problem(
                        f"{where}: rentang target terbalik ({format_angka(i.target_min, DESIMAL_TARGET)} – "
                        f"{format_angka(i.target_max, DESIMAL_TARGET)}); nilai minimum harus ≤ maksimum.", rhk_id=r.id))
                if not _clean(i.satuan):
                    out.append(Problem(f"{where}: satuan target belum diisi (mis. dokumen, %, bulan).", rhk_id=r.id))
        if jpt and r.jenis == JenisRhk.UTAMA.value and not r.perspektif:
            out.append(Problem(f"RHK {nomor}: perspektif belum dipilih.", peringatan=True, rhk_id=r.id))
        if (not jpt and r.jenis == JenisRhk.UTAMA.value and r.parent_rhk_id is None
                and not _clean(r.rhk_atasan_teks) and skp.pejabat_penilai_id is not None):
            out.append(Problem(
                f"RHK {nomor} belum mengintervensi RHK atasan (cascading).", peringatan=True, rhk_id=r.id))
    if not skp.penilai_nama:
        out.append(Problem("Pejabat penilai belum ditetapkan.", peringatan=True))
    return ValidationReport(out)


def validate_skp(ctx: AppContext, skp_id: int) -> ValidationReport:
    with ctx.read() as s:
        skp = _load_skp(s, skp_id)
        scope.require_baca_skp(ctx.actor, skp)
        return _validate(skp)


# =========================================================================== creating


def _is_pimpinan_unit_teratas(s: Session, p: Pegawai) -> bool:
    """Head of a top unit (the Camat): the JPT / pimpinan unit kerja layout applies."""
    if p.unit_id is None:
        return False
    unit = s.get(UnitKerja, p.unit_id)
    return unit is not None and unit.parent_id is None and unit.kepala_id == p.id


def default_jenis_skp(s: Session, p: Pegawai) -> str:
    """JPT layout for JPT posts and for the head of the top unit (PermenPANRB 6/2022 lampiran)."""
    try:
        if p.jenis_jabatan and JenisJabatan(p.jenis_jabatan).is_jpt:
            return JenisSkp.JPT.value
    except ValueError:
        pass
    return JenisSkp.JPT.value if _is_pimpinan_unit_teratas(s, p) else JenisSkp.NON_JPT.value


def _apply_people(s: Session, skp: Skp, pegawai: Pegawai, penilai: Pegawai | None, office: OfficeInfo) -> None:
    """Fill the three snapshots (kinerja-asn.md §3).

    - pegawai: the employee;
    - pejabat penilai: ``penilai`` (default the employee's ``atasan_id``); when the
      employee has none in the database (the Camat), the regency supervisor kept
      by value in the office settings (``atasan_camat_*``);
    - atasan pejabat penilai: the penilai's own supervisor, or the office's
      ``atasan_camat_*`` when the penilai is the top of the local tree.
    """
    apply_snapshot(skp, "pegawai", person_snapshot(pegawai))
    skp.pegawai_status_kepegawaian = pegawai.status_kepegawaian
    skp.pejabat_penilai_id = penilai.id if penilai is not None else None
    if penilai is not None:
        apply_snapshot(skp, "penilai", person_snapshot(penilai))
        skp.penilai_status_kepegawaian = penilai.status_kepegawaian
        atasan = penilai.atasan
        skp.atasan_penilai_id = atasan.id if atasan is not None else None
        if atasan is not None:
            apply_snapshot(skp, "atasan_penilai", person_snapshot(atasan))
            skp.atasan_penilai_status_kepegawaian = atasan.status_kepegawaian
        else:
            apply_snapshot(skp, "atasan_penilai", office_atasan_snapshot(office))
            skp.atasan_penilai_status_kepegawaian = None
    else:
        apply_snapshot(skp, "penilai", office_atasan_snapshot(office))
        skp.penilai_status_kepegawaian = None
        skp.atasan_penilai_id = None
        apply_snapshot(skp, "atasan_penilai", {})
        skp.atasan_penilai_status_kepegawaian = None


def _periode_of(s: Session, tahun: int) -> tuple[date, date]:
    tk = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun == tahun)).first()
    if tk is not None:
        return tk.tanggal_mulai, tk.tanggal_selesai
    return date(tahun, 1, 1), date(tahun, 12, 31)


def _check_tahun(tahun: int) -> None:
    if not isinstance(tahun, int) or not (2000 <= tahun <= 2100):
        raise ValidationError(f"Tahun SKP tidak valid ({tahun!r}); isi tahun antara 2000 dan 2100.")


def _new_skp(
    uow: UnitOfWork,
    pegawai: Pegawai,
    tahun: int,
    office: OfficeInfo,
    *,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    jenis_skp: str | None = None,
    pejabat_penilai_id: int | None = None,
    alasan_penilai: str = "",
    catatan: str = "Dibuat",
) -> Skp:
    s = uow.session
    _check_tahun(tahun)
    if pegawai.status != StatusPegawai.AKTIF.value:
        raise ServiceError(
            f"{_nama(pegawai)} berstatus {_label(StatusPegawai, pegawai.status)}; SKP hanya dibuat untuk pegawai aktif."
        )
    existing = _current_skp(s, pegawai.id, tahun)
    if existing is not None:
        raise ServiceError(
            f"{_nama(pegawai)} sudah memiliki SKP tahun {tahun} (versi {existing.versi}, status "
            f"{_label(StatusSkp, existing.status)}). Buka SKP itu untuk mengubahnya."
        )
    try:
        pendekatan = Pendekatan(pendekatan).value
    except ValueError:
        raise ValidationError(f"Pendekatan '{pendekatan}' tidak dikenal; pilih kuantitatif atau kualitatif.") from None
    if jenis_skp is None:
        jenis_skp = default_jenis_skp(s, pegawai)
    try:
        jenis_skp = JenisSkp(jenis_skp).value
    except ValueError:
        raise ValidationError(f"Jenis SKP '{jenis_skp}' tidak dikenal.") from None
    penilai = _resolve_penilai(s, uow.actor, pegawai, pejabat_penilai_id, alasan_penilai)
    mulai, selesai = _periode_of(s, tahun)
    versi = (s.scalar(select(func.max(Skp.versi)).where(Skp.pegawai_id == pegawai.id, Skp.tahun == tahun)) or 0) + 1
    skp = Skp(
        pegawai_id=pegawai.id,
        tahun=tahun,
        versi=versi,
        status=StatusSkp.DRAFT.value,
        pendekatan=pendekatan,
        jenis_skp=jenis_skp,
        periode_mulai=mulai,
        periode_selesai=selesai,
        instansi=office.instansi or None,
    )
    _apply_people(s, skp, pegawai, penilai, office)
    s.add(skp)
    s.flush()
    for b in BERAKHLAK:
        s.add(PerilakuSkp(skp_id=skp.id, nomor=b.nomor, kode=b.kode, ekspektasi_khusus="-"))
    uow.audit_change(skp, None, f"SKP {skp.pegawai_nama} tahun {tahun} dibuat")
    _audit_penilai_lain(uow, skp, pegawai, penilai, alasan_penilai)
    _log(uow, skp, None, StatusSkp.DRAFT.value, catatan)
    return skp


#: shortest reason accepted for a pejabat penilai other than the direct supervisor
MIN_ALASAN_PENILAI = 10


def _resolve_penilai(s: Session, actor: Actor, pegawai: Pegawai, pejabat_penilai_id: int | None,
                     alasan: str = "") -> Pegawai | None:
    """The pejabat penilai for ``pegawai``'s SKP, checked against who is choosing.

    The pejabat penilai kinerja is the employee's direct supervisor (Pasal 1 angka 9
    and Pasal 5 PermenPANRB 6/2022; kinerja-asn.md §2). ``None`` means exactly that
    (the atasan on record, or nobody when the supervisor is outside the database).
    Anyone else is an Operator/Admin decision that needs a written reason, audited by
    the caller: an employee never picks their own rater, and a Penilai never picks
    the rater of their own SKP.
    """
    if pejabat_penilai_id is None or pejabat_penilai_id == pegawai.atasan_id:
        return pegawai.atasan
    if pejabat_penilai_id == pegawai.id:
        raise ValidationError("Pejabat penilai tidak boleh pegawai itu sendiri.")
    if not actor.can(Permission.SKP_EDIT_ANY):
        raise PermissionDenied(
            f"Pejabat penilai {_nama(pegawai)} adalah atasan langsungnya. Hanya operator atau admin yang "
            "dapat menetapkan pejabat penilai lain (dengan alasan); minta mereka bila atasan di data pegawai "
            "keliru."
        )
    if not MIN_ALASAN_PENILAI <= len(_clean(alasan)) <= 500:
        raise ValidationError(
            "Pejabat penilai yang dipilih bukan atasan langsung pegawai ini. Tuliskan alasannya "
            f"({MIN_ALASAN_PENILAI}–500 karakter), misalnya 'atasan langsung cuti panjang, Plt.'."
        )
    penilai = s.get(Pegawai, pejabat_penilai_id)
    if penilai is None:
        raise NotFound(f"Pejabat penilai (id {pejabat_penilai_id}) tidak ditemukan.")
    if penilai.status != StatusPegawai.AKTIF.value:
        raise ValidationError(f"{_nama(penilai)} tidak aktif dan tidak dapat menjadi pejabat penilai.")
    return penilai


def _audit_penilai_lain(uow: UnitOfWork, skp: Skp, pegawai: Pegawai, penilai: Pegawai | None, alasan: str) -> None:
    """A pejabat penilai other than the direct supervisor is named with its reason in the audit log."""
    if penilai is not None and penilai.id != pegawai.atasan_id:
        uow.audit("skp", skp.id, f"Pejabat penilai SKP {_nama(pegawai)} ditetapkan {_nama(penilai)} (bukan atasan "
                                 f"langsung); alasan: {_clean(alasan)}",
                  {"pejabat_penilai_id": pegawai.atasan_id}, {"pejabat_penilai_id": penilai.id,
                                                                "alasan": _clean(alasan)})


def _get_pegawai(s: Session, pegawai_id: int) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFound(f"Pegawai dengan id {pegawai_id} tidak ditemukan.")
    return p


def create_skp(
    ctx: AppContext,
    pegawai_id: int,
    tahun: int,
    *,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    jenis_skp: str | None = None,
    pejabat_penilai_id: int | None = None,
    alasan_penilai: str = "",
) -> SkpDetail:
    """A new, empty draft SKP with the seven BerAKHLAK values ("-" as ekspektasi khusus).
    ``pejabat_penilai_id`` other than the atasan: Operator/Admin only, with ``alasan_penilai``."""
    office = get_office(ctx)
    with ctx.write("skp.buat") as uow:
        pegawai = _get_pegawai(uow.session, pegawai_id)
        scope.require_buat_skp(ctx.actor, scope.dari_pegawai(pegawai.id, pegawai.atasan_id, _nama(pegawai)))
        skp = _new_skp(uow, pegawai, tahun, office, pendekatan=pendekatan, jenis_skp=jenis_skp,
                       pejabat_penilai_id=pejabat_penilai_id, alasan_penilai=alasan_penilai)
        sid = skp.id
    return get_skp(ctx, sid)


@dataclass
class CopyResult:
    skp: SkpDetail
    sumber_tahun: int
    rhk_disalin: int
    indikator_disalin: int
    induk_terhubung: int
    #: RHK whose supervisor RHK could not be found in the new year (re-pick them)
    induk_perlu_dipilih: list[str]


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _previous_skp(s: Session, pegawai_id: int, tahun: int) -> Skp | None:
    """The most recent current SKP of an earlier year (approved preferred)."""
    rows = s.scalars(
        select(Skp)
        .where(Skp.pegawai_id == pegawai_id, Skp.tahun < tahun, Skp.status != StatusSkp.DIGANTI.value)
        .order_by(Skp.tahun.desc(), Skp.versi.desc())
    ).all()
    if not rows:
        return None
    latest_year = rows[0].tahun
    same = [r for r in rows if r.tahun == latest_year]
    approved = [r for r in same if r.status == StatusSkp.DISETUJUI.value]
    return (approved or same)[0]


def _copy_content(
    s: Session, src: Skp, dst: Skp, *, keep_parents: bool, parent_pool: list[Rhk] | None = None,
) -> tuple[int, int, int, list[str], dict[int, int]]:
    """Copy RHK, indicators, perilaku and lampiran from ``src`` into ``dst``.

    ``keep_parents``: a new version of the same SKP keeps its cascading links.
    Otherwise (copy from last year) each parent is looked up by text in
    ``parent_pool`` (the supervisor's RHK of the new year); unmatched links are
    cleared and reported. Returns (rhk, indicators, linked, unmatched, old→new ids).
    """
    n_rhk = n_ind = linked = 0
    unmatched: list[str] = []
    mapping: dict[int, int] = {}
    by_text = {_norm(r.teks): r for r in (parent_pool or [])}
    nums = _rhk_numbers(src)
    for r in _ordered_rhk(src):
        parent_id, parent_teks = r.parent_rhk_id, r.rhk_atasan_teks
        if not keep_parents and (r.parent_rhk_id is not None or r.rhk_atasan_teks):
            old_text = r.parent.teks if r.parent is not None else r.rhk_atasan_teks
            match = by_text.get(_norm(old_text))
            if match is not None:
                parent_id, parent_teks = match.id, match.teks
                linked += 1
            else:
                parent_id, parent_teks = None, None
                unmatched.append(f"{nums[r.id]} {r.teks}")
        new = Rhk(
            skp_id=dst.id, jenis=r.jenis, urutan=r.urutan, teks=r.teks, parent_rhk_id=parent_id,
            rhk_atasan_teks=parent_teks, perspektif=r.perspektif, penugasan_dari=r.penugasan_dari,
            klasifikasi=r.klasifikasi,
        )
        s.add(new)
        s.flush()
        mapping[r.id] = new.id
        n_rhk += 1
        for i in r.indikator:
            s.add(Indikator(
                rhk_id=new.id, urutan=i.urutan, aspek=i.aspek, teks=i.teks, target_min=i.target_min,
                target_max=i.target_max, satuan=i.satuan, target_teks=i.target_teks,
                lebih_rendah_lebih_baik=i.lebih_rendah_lebih_baik, ikatan_ukuran=i.ikatan_ukuran,
            ))
            n_ind += 1
    src_perilaku = {p.kode: p.ekspektasi_khusus for p in src.perilaku}
    for p in s.scalars(select(PerilakuSkp).where(PerilakuSkp.skp_id == dst.id)):
        if p.kode in src_perilaku:
            p.ekspektasi_khusus = src_perilaku[p.kode] or "-"
    dst.lampiran_dukungan_sumber_daya = src.lampiran_dukungan_sumber_daya
    dst.lampiran_skema_pertanggungjawaban = src.lampiran_skema_pertanggungjawaban
    dst.lampiran_konsekuensi = src.lampiran_konsekuensi
    s.flush()
    return n_rhk, n_ind, linked, unmatched, mapping


def _supervisor_rhk(s: Session, skp: Skp) -> list[Rhk]:
    if skp.pejabat_penilai_id is None:
        return []
    sup = _current_skp(s, skp.pejabat_penilai_id, skp.tahun)
    if sup is None:
        return []
    return _ordered_rhk(sup)


def _copy_previous_into(uow: UnitOfWork, pegawai: Pegawai, tahun: int, office: OfficeInfo,
                        src: Skp, pendekatan: str | None) -> tuple[Skp, tuple[int, int, int, list[str]]]:
    s = uow.session
    skp = _new_skp(uow, pegawai, tahun, office, pendekatan=pendekatan or src.pendekatan,
                   jenis_skp=None, catatan=f"Dibuat dengan menyalin SKP tahun {src.tahun}")
    pool = _supervisor_rhk(s, skp)
    n_rhk, n_ind, linked, unmatched, _ = _copy_content(s, src, skp, keep_parents=False, parent_pool=pool)
    uow.audit("skp", skp.id, f"Isi SKP {src.tahun} (id {src.id}) disalin: {n_rhk} RHK, {n_ind} indikator")
    return skp, (n_rhk, n_ind, linked, unmatched)


def copy_from_previous(
    ctx: AppContext, pegawai_id: int, tahun: int, *, source_skp_id: int | None = None,
    pendekatan: str | None = None,
) -> CopyResult:
    """New SKP for ``tahun`` with last year's RHK and indicators (targets stay editable).

    Cascading links are re-made to the supervisor's RHK of the new year with the
    same text; the others are cleared and listed so the user picks them again.
    """
    office = get_office(ctx)
    with ctx.write("skp.salin_tahun_lalu") as uow:
        s = uow.session
        pegawai = _get_pegawai(s, pegawai_id)
        scope.require_buat_skp(ctx.actor, scope.dari_pegawai(pegawai.id, pegawai.atasan_id, _nama(pegawai)))
        if source_skp_id is not None:
            src = _load_skp(s, source_skp_id)
            if src.pegawai_id != pegawai_id:
                raise ValidationError("SKP sumber harus milik pegawai yang sama.")
        else:
            src = _previous_skp(s, pegawai_id, tahun)
            if src is None:
                raise ServiceError(
                    f"{_nama(pegawai)} belum memiliki SKP tahun sebelumnya untuk disalin. Buat SKP kosong "
                    "atau isi dari pustaka RHK."
                )
        skp, (n_rhk, n_ind, linked, unmatched) = _copy_previous_into(uow, pegawai, tahun, office, src, pendekatan)
        sid, src_tahun = skp.id, src.tahun
    return CopyResult(get_skp(ctx, sid), src_tahun, n_rhk, n_ind, linked, unmatched)


@dataclass
class BulkResult:
    dibuat: list[str] = field(default_factory=list)
    disalin: int = 0
    dari_pustaka: int = 0
    kosong: int = 0
    dilewati: list[str] = field(default_factory=list)  # "Nama: alasan"
    skp_ids: list[int] = field(default_factory=list)


def _unit_and_descendants(s: Session, unit_id: int) -> list[int]:
    rows = s.execute(select(UnitKerja.id, UnitKerja.parent_id)).all()
    children: dict[int | None, list[int]] = defaultdict(list)
    for uid_, pid in rows:
        children[pid].append(uid_)
    out, stack = [], [unit_id]
    while stack:
        u = stack.pop()
        out.append(u)
        stack.extend(children.get(u, []))
    return out


def _depth_order(people: list[Pegawai]) -> list[Pegawai]:
    """Supervisors before their staff, so a subordinate can link to the new RHK."""
    by_id = {p.id: p for p in people}
    depth: dict[int, int] = {}

    def d(p: Pegawai, seen: frozenset[int] = frozenset()) -> int:
        if p.id in depth:
            return depth[p.id]
        up = by_id.get(p.atasan_id) if p.atasan_id else None
        val = 0 if up is None or up.id in seen else 1 + d(up, seen | {p.id})
        depth[p.id] = val
        return val

    return sorted(people, key=lambda p: (d(p), p.nama))


def bulk_create(
    ctx: AppContext,
    unit_id: int | None,
    tahun: int,
    *,
    include_subunits: bool = True,
    salin_tahun_lalu: bool = True,
    pakai_pustaka: bool = True,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    progress: Progress | None = None,
) -> BulkResult:
    """Create the missing SKPs of a unit (all units when ``unit_id`` is None) in one transaction.

    Per employee: a copy of last year's SKP when there is one (``salin_tahun_lalu``),
    else the RHK templates of the jabatan (``pakai_pustaka``), else empty. Cancel
    (``progress``) rolls everything back.
    """
    progress = progress or Progress.none()
    _check_tahun(tahun)
    office = get_office(ctx)
    if pakai_pustaka:
        template_rhk.ensure_seeded(ctx)
    result = BulkResult()
    with ctx.write("skp.buat_massal") as uow:
        s = uow.session
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value)
        if unit_id is not None:
            if s.get(UnitKerja, unit_id) is None:
                raise NotFound(f"Unit kerja dengan id {unit_id} tidak ditemukan.")
            units = _unit_and_descendants(s, unit_id) if include_subunits else [unit_id]
            q = q.where(Pegawai.unit_id.in_(units))
        people = _depth_order(list(s.scalars(q)))
        have = set(s.scalars(
            select(Skp.pegawai_id).where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)))
        total = len(people)
        lib = template_rhk.load_library(s) if pakai_pustaka else []
        for n, p in enumerate(people, start=1):
            progress.step(n - 1, total, f"Membuat SKP {n} dari {total}: {p.nama}")
            nama = _nama(p)
            if p.id in have:
                result.dilewati.append(f"{nama}: sudah memiliki SKP {tahun}")
                continue
            try:
                scope.require_buat_skp(ctx.actor, scope.dari_pegawai(p.id, p.atasan_id, nama))
            except PermissionDenied:
                result.dilewati.append(f"{nama}: di luar kewenangan akun ini")
                continue
            src = _previous_skp(s, p.id, tahun) if salin_tahun_lalu else None
            if src is not None:
                skp, _stats = _copy_previous_into(uow, p, tahun, office, src, pendekatan)
                result.disalin += 1
            else:
                skp = _new_skp(uow, p, tahun, office, pendekatan=pendekatan)
                templates = template_rhk.match_templates(lib, p.nama_jabatan or "") if lib else []
                if templates:
                    template_rhk.apply_to_skp(s, skp, templates)
                    uow.audit("skp", skp.id, f"Diisi dari pustaka RHK ({len(templates)} RHK)")
                    result.dari_pustaka += 1
                else:
                    result.kosong += 1
            result.dibuat.append(nama)
            result.skp_ids.append(skp.id)
        progress.step(total, total, "Menyimpan…")
        uow.audit(None, None, f"SKP {tahun} dibuat massal: {len(result.dibuat)} dibuat, "
                              f"{len(result.dilewati)} dilewati")
    return result


# =========================================================================== header / snapshots


def update_header(ctx: AppContext, skp_id: int, data: HeaderInput, *,
                  expected_version: int | None = None) -> SkpDetail:
    """Pendekatan, layout, pejabat penilai (re-snapshots the penilai) and signing place/date.
    ``expected_version`` (every mutation below takes it): the ``version_id`` the caller's
    window shows; a newer one in the database → ConflictError."""
    office = get_office(ctx)
    with ctx.write("skp.ubah_kepala") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        before = row_dict(skp)
        try:
            skp.pendekatan = Pendekatan(data.pendekatan).value
            skp.jenis_skp = JenisSkp(data.jenis_skp).value
        except ValueError as exc:
            raise ValidationError(f"Pilihan tidak dikenal: {exc}") from None
        ttd = _clean(data.tempat_tanggal_ttd)
        if len(ttd) > 200:
            raise ValidationError("Tempat dan tanggal tanda tangan terlalu panjang (maksimal 200 karakter).")
        skp.tempat_tanggal_ttd = ttd or None
        if data.pejabat_penilai_id != skp.pejabat_penilai_id:
            if data.pejabat_penilai_id is None and skp.pegawai.atasan_id is not None \
                    and not ctx.actor.can(Permission.SKP_EDIT_ANY):
                raise PermissionDenied(
                    f"Pejabat penilai {skp.pegawai_nama} adalah atasan langsungnya; hanya operator atau admin "
                    "yang dapat mengubahnya."
                )
            penilai = _resolve_penilai(s, ctx.actor, skp.pegawai, data.pejabat_penilai_id, data.alasan_penilai) \
                if data.pejabat_penilai_id is not None else None
            _apply_people(s, skp, skp.pegawai, penilai, office)
            _audit_penilai_lain(uow, skp, skp.pegawai, penilai, data.alasan_penilai)
        uow.audit_change(skp, before, f"Kepala SKP {skp.pegawai_nama} diubah")
    return get_skp(ctx, skp_id)


def refresh_snapshots(ctx: AppContext, skp_id: int, *, expected_version: int | None = None) -> SkpDetail:
    """Re-read nama/NIP/pangkat/jabatan/unit of the three people (draft only: a
    signed SKP keeps what it showed, kinerja-asn.md §3)."""
    office = get_office(ctx)
    with ctx.write("skp.perbarui_snapshot") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        before = row_dict(skp)
        penilai = s.get(Pegawai, skp.pejabat_penilai_id) if skp.pejabat_penilai_id else None
        _apply_people(s, skp, skp.pegawai, penilai, office)
        skp.instansi = office.instansi or skp.instansi
        uow.audit_change(skp, before, f"Data kepala SKP {skp.pegawai_nama} diperbarui dari data pegawai")
    return get_skp(ctx, skp_id)


# =========================================================================== RHK editing


@dataclass
class ParentOption:
    rhk_id: int
    nomor: str
    teks: str
    jenis: str
    indikator: list[str]


@dataclass
class ParentChoices:
    """The supervisor's RHK a subordinate RHK may intervene (same year, current version)."""

    atasan_nama: str
    atasan_jabatan: str
    skp_id: int | None
    status: str
    opsi: list[ParentOption]
    pesan: str  # why the list is empty, if it is


def apply_templates(ctx: AppContext, skp_id: int, template_ids: Sequence[int], *,
                    expected_version: int | None = None) -> SkpDetail:
    """Fill an editable SKP with RHKs chosen from the library (services/template_rhk.py).
    ``expected_version``: the SKP version the editor shows (optimistic lock)."""
    if not template_ids:
        raise ValidationError("Pilih minimal satu RHK dari pustaka.")
    with ctx.write("skp.isi_dari_pustaka") as uow:
        s = uow.session
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(f"SKP dengan id {skp_id} tidak ditemukan.")
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        n = template_rhk.apply_to_skp(s, skp, template_rhk.templates_by_id(s, template_ids))
        uow.touch(skp)
        uow.audit("skp", skp.id, f"{n} RHK dari pustaka ditambahkan ke SKP {skp.pegawai_nama}")
    return get_skp(ctx, skp_id)


def parent_options(ctx: AppContext, skp_id: int) -> ParentChoices:
    with ctx.read() as s:
        skp = _load_skp(s, skp_id, full=False)
        scope.require_baca_skp(ctx.actor, skp)
        return _parent_choices(s, skp)


def _parent_choices(s: Session, skp: Skp) -> ParentChoices:
    if skp.pejabat_penilai_id is None:
        return ParentChoices(skp.penilai_nama or "", skp.penilai_jabatan or "", None, "", [],
                             "Pejabat penilai berada di luar basis data ini; tulis RHK atasan secara manual "
                             "bila perlu.")
    sup = _current_skp(s, skp.pejabat_penilai_id, skp.tahun)
    if sup is None:
        return ParentChoices(skp.penilai_nama or "", skp.penilai_jabatan or "", None, "", [],
                             f"Pejabat penilai ({skp.penilai_nama}) belum memiliki SKP tahun {skp.tahun}. "
                             "SKP atasan harus dibuat lebih dahulu (cascading).")
    nums = _rhk_numbers(sup)
    opsi = [
        ParentOption(r.id, nums[r.id], r.teks, r.jenis,
                     [f"{i.teks}: {format_target(i.target_min, i.target_max, i.satuan, i.target_teks)}"
                      for i in sorted(r.indikator, key=lambda x: x.urutan)])
        for r in _ordered_rhk(sup)
    ]
    pesan = "" if opsi else f"SKP {sup.pegawai_nama} tahun {sup.tahun} belum memiliki RHK."
    return ParentChoices(sup.pegawai_nama, sup.pegawai_jabatan or "", sup.id, sup.status, opsi, pesan)


def _check_rhk_input(data: RhkInput, kual: bool) -> None:
    problems = Problems()
    if not _clean(data.teks):
        problems.error("Rencana hasil kerja", "uraian RHK wajib diisi.")
    elif len(data.teks) > MAX_TEKS:
        problems.error("Rencana hasil kerja", f"terlalu panjang ({len(data.teks)} karakter; maksimal {MAX_TEKS}).")
    try:
        JenisRhk(data.jenis)
    except ValueError:
        problems.error("Jenis", f"'{data.jenis}' tidak dikenal; pilih utama atau tambahan.")
    if data.perspektif:
        try:
            Perspektif(data.perspektif)
        except ValueError:
            problems.error("Perspektif", f"'{data.perspektif}' tidak dikenal.")
    if data.klasifikasi:
        try:
            Klasifikasi(data.klasifikasi)
        except ValueError:
            problems.error("Klasifikasi", f"'{data.klasifikasi}' tidak dikenal.")
    if len(data.penugasan_dari or "") > 300:
        problems.error("Penugasan dari", "terlalu panjang (maksimal 300 karakter).")
    if len(data.rhk_atasan_teks or "") > MAX_TEKS:
        problems.error("RHK atasan", f"terlalu panjang (maksimal {MAX_TEKS} karakter).")
    if len(data.indikator) > 50:
        problems.error("Indikator", "terlalu banyak indikator untuk satu RHK (maksimal 50).")
    for k, ind in enumerate(data.indikator, start=1):
        _check_indikator(k, ind, kual, problems)
    problems.raise_if_errors("RHK belum dapat disimpan.")


def _check_parent(s: Session, skp: Skp, parent_id: int, current_parent: int | None) -> Rhk:
    parent = s.get(Rhk, parent_id)
    if parent is None:
        raise NotFound("RHK atasan yang dipilih tidak ditemukan (mungkin sudah dihapus). Pilih ulang.")
    if parent_id == current_parent:
        return parent  # unchanged link: keep it even if the supervisor has since revised
    choices = _parent_choices(s, skp)
    if parent_id not in {o.rhk_id for o in choices.opsi}:
        who = choices.atasan_nama or "pejabat penilai"
        raise ValidationError(
            f"RHK atasan harus dipilih dari SKP {who} (pejabat penilai) tahun {skp.tahun} yang berlaku. "
            f"RHK \"{parent.teks[:80]}\" bukan bagian dari SKP tersebut."
        )
    return parent


def _renumber(rows: Iterable[Any]) -> None:
    for k, r in enumerate(sorted(rows, key=lambda x: (x.urutan, x.id)), start=1):
        r.urutan = k


def save_rhk(ctx: AppContext, skp_id: int, data: RhkInput, rhk_id: int | None = None, *,
             expected_version: int | None = None) -> RhkData:
    """Add (``rhk_id`` None) or change an RHK together with its indicators, in one transaction.
    The SKP's version advances (``RhkData.skp_version_id`` is the new one)."""
    with ctx.write("skp.simpan_rhk") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        kual = skp.pendekatan == Pendekatan.KUALITATIF.value
        _check_rhk_input(data, kual)
        jenis = JenisRhk(data.jenis).value
        if rhk_id is None:
            rhk = Rhk(skp_id=skp.id, jenis=jenis, teks="")
            same = [r for r in skp.rhk if r.jenis == jenis]
            rhk.urutan = max((r.urutan for r in same), default=0) + 1
            before = None
            s.add(rhk)
            current_parent = None
        else:
            rhk = s.get(Rhk, rhk_id)
            if rhk is None or rhk.skp_id != skp.id:
                raise NotFound("RHK tidak ditemukan pada SKP ini (mungkin sudah dihapus).")
            before = row_dict(rhk)
            current_parent = rhk.parent_rhk_id
            if rhk.jenis != jenis:
                old_jenis = rhk.jenis
                rhk.jenis = jenis
                rhk.urutan = max((r.urutan for r in skp.rhk if r.jenis == jenis and r.id != rhk.id), default=0) + 1
                _renumber([r for r in skp.rhk if r.jenis == old_jenis and r.id != rhk.id])
        rhk.teks = _clean(data.teks)
        if data.parent_rhk_id is not None:
            parent = _check_parent(s, skp, data.parent_rhk_id, current_parent)
            if parent.skp_id == skp.id:
                raise ValidationError("Sebuah RHK tidak dapat mengintervensi RHK pada SKP yang sama.")
            rhk.parent_rhk_id = parent.id
            rhk.rhk_atasan_teks = parent.teks
        else:
            rhk.parent_rhk_id = None
            rhk.rhk_atasan_teks = _clean(data.rhk_atasan_teks) or None
        rhk.perspektif = data.perspektif or None
        rhk.penugasan_dari = _clean(data.penugasan_dari) or None
        rhk.klasifikasi = data.klasifikasi or None
        s.flush()
        # indicators: upsert by id, keep the given order, drop those not listed
        existing = {i.id: i for i in rhk.indikator} if rhk_id is not None else {}
        keep: set[int] = set()
        for k, ind in enumerate(data.indikator, start=1):
            if ind.id is not None:
                obj = existing.get(ind.id)
                if obj is None:
                    raise NotFound(f"Indikator {k} tidak ditemukan pada RHK ini; muat ulang SKP.")
            else:
                obj = Indikator(rhk_id=rhk.id, teks="")
                s.add(obj)
            obj.urutan = k
            obj.aspek = Aspek(ind.aspek).value
            obj.teks = _clean(ind.teks)
            obj.target_min = None if ind.target_min is None else float(ind.target_min)
            obj.target_max = None if ind.target_max is None else float(ind.target_max)
            if obj.target_max is not None and obj.target_max == obj.target_min:
                obj.target_max = None
            obj.satuan = _clean(ind.satuan) or None
            obj.target_teks = _clean(ind.target_teks) or None
            obj.lebih_rendah_lebih_baik = bool(ind.lebih_rendah_lebih_baik)
            set_ikatan(obj, ind.ikatan, f"Indikator {k}")
            s.flush()
            keep.add(obj.id)
        for iid, obj in existing.items():
            if iid not in keep:
                s.delete(obj)
        s.flush()
        s.expire(rhk, ["indikator"])
        uow.audit_change(rhk, before, f"RHK \"{rhk.teks[:60]}\" pada SKP {skp.pegawai_nama} disimpan")
        uow.touch(skp)
        rid = rhk.id
    detail = get_skp(ctx, skp_id)
    return next(r for r in detail.rhk if r.id == rid)


def _children_message(rhk: Rhk) -> str:
    names = sorted({_who(c.skp) for c in rhk.children})
    shown = "; ".join(names[:8]) + (f"; dan {len(names) - 8} lainnya" if len(names) > 8 else "")
    return (
        f"RHK \"{rhk.teks[:80]}\" tidak dapat dihapus karena masih diintervensi oleh RHK bawahan: {shown}. "
        "Ubah dulu RHK atasan yang dipilih pada SKP mereka."
    )


def delete_rhk(ctx: AppContext, rhk_id: int, *, expected_version: int | None = None) -> int:
    """Remove an RHK and its indicators; refused while subordinate RHK point to it (cascading).
    Returns the SKP's new version."""
    with ctx.write("skp.hapus_rhk") as uow:
        s = uow.session
        rhk = s.get(Rhk, rhk_id)
        if rhk is None:
            raise NotFound("RHK tidak ditemukan (mungkin sudah dihapus).")
        skp = rhk.skp
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        if rhk.children:
            raise ServiceError(_children_message(rhk))
        before = row_dict(rhk)
        jenis = rhk.jenis
        s.delete(rhk)
        s.flush()
        _renumber([r for r in skp.rhk if r.jenis == jenis and r.id != rhk_id])
        uow.audit("rhk", rhk_id, f"RHK \"{before['teks'][:60]}\" dihapus dari SKP {skp.pegawai_nama}", before, None)
        uow.touch(skp)
        return _version_after(uow, skp)


def move_rhk(ctx: AppContext, rhk_id: int, delta: int, *, expected_version: int | None = None) -> int:
    """Move an RHK up (``delta`` < 0) or down within its section (utama / tambahan).
    Returns the SKP's version (unchanged when the RHK is already at the end)."""
    with ctx.write("skp.urutkan_rhk") as uow:
        s = uow.session
        rhk = s.get(Rhk, rhk_id)
        if rhk is None:
            raise NotFound("RHK tidak ditemukan (mungkin sudah dihapus).")
        skp = rhk.skp
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        same = sorted([r for r in skp.rhk if r.jenis == rhk.jenis], key=lambda x: (x.urutan, x.id))
        idx = same.index(rhk)
        new = max(0, min(len(same) - 1, idx + delta))
        if new == idx:
            return skp.version_id
        same.insert(new, same.pop(idx))
        for k, r in enumerate(same, start=1):
            r.urutan = k
        uow.audit("rhk", rhk.id, f"Urutan RHK \"{rhk.teks[:60]}\" diubah ke {new + 1}")
        uow.touch(skp)
        return _version_after(uow, skp)


def move_indikator(ctx: AppContext, indikator_id: int, delta: int, *, expected_version: int | None = None) -> int:
    """Move an indicator within its RHK; returns the SKP's version."""
    with ctx.write("skp.urutkan_indikator") as uow:
        s = uow.session
        ind = s.get(Indikator, indikator_id)
        if ind is None:
            raise NotFound("Indikator tidak ditemukan (mungkin sudah dihapus).")
        skp = ind.rhk.skp
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        same = sorted(ind.rhk.indikator, key=lambda x: (x.urutan, x.id))
        idx = same.index(ind)
        new = max(0, min(len(same) - 1, idx + delta))
        if new == idx:
            return skp.version_id
        same.insert(new, same.pop(idx))
        for k, r in enumerate(same, start=1):
            r.urutan = k
        uow.audit("indikator", ind.id, f"Urutan indikator \"{ind.teks[:60]}\" diubah ke {new + 1}")
        uow.touch(skp)
        return _version_after(uow, skp)


def delete_indikator(ctx: AppContext, indikator_id: int, *, expected_version: int | None = None) -> int:
    """Remove one indicator; returns the SKP's new version."""
    with ctx.write("skp.hapus_indikator") as uow:
        s = uow.session
        ind = s.get(Indikator, indikator_id)
        if ind is None:
            raise NotFound("Indikator tidak ditemukan (mungkin sudah dihapus).")
        rhk = ind.rhk
        skp = rhk.skp
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        before = row_dict(ind)
        s.delete(ind)
        s.flush()
        _renumber([i for i in rhk.indikator if i.id != indikator_id])
        uow.audit("indikator", indikator_id, f"Indikator \"{before['teks'][:60]}\" dihapus", before, None)
        uow.touch(skp)
        return _version_after(uow, skp)


# =========================================================================== perilaku / lampiran


def update_perilaku(ctx: AppContext, skp_id: int, ekspektasi: dict[str, str], *,
                    expected_version: int | None = None) -> SkpDetail:
    """Ekspektasi khusus pimpinan per BerAKHLAK value ("-" when none; kinerja-asn.md §4)."""
    with ctx.write("skp.ubah_perilaku") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        problems = Problems()
        for kode, teks in ekspektasi.items():
            try:
                nilai_by_kode(kode)
            except ValueError as exc:
                problems.error(kode, str(exc))
            if len(teks or "") > MAX_TEKS:
                problems.error(kode, f"ekspektasi khusus terlalu panjang (maksimal {MAX_TEKS} karakter).")
        problems.raise_if_errors("Ekspektasi khusus belum dapat disimpan.")
        rows = {p.kode: p for p in skp.perilaku}
        changed: dict[str, Any] = {}
        for b in BERAKHLAK:
            if b.kode not in ekspektasi:
                continue
            val = _clean(ekspektasi[b.kode]) or "-"
            row = rows.get(b.kode)
            if row is None:
                row = PerilakuSkp(skp_id=skp.id, nomor=b.nomor, kode=b.kode)
                s.add(row)
            if row.ekspektasi_khusus != val:
                changed[b.kode] = (row.ekspektasi_khusus, val)
                row.ekspektasi_khusus = val
        if changed:
            uow.audit("skp", skp.id, f"Ekspektasi khusus SKP {skp.pegawai_nama} diubah",
                      {k: v[0] for k, v in changed.items()}, {k: v[1] for k, v in changed.items()})
            uow.touch(skp)
    return get_skp(ctx, skp_id)


def update_lampiran(ctx: AppContext, skp_id: int, dukungan_sumber_daya: str, skema_pertanggungjawaban: str,
                    konsekuensi: str, *, expected_version: int | None = None) -> SkpDetail:
    """Lampiran SKP: three free texts (PermenPANRB 6/2022 lampiran; kinerja-asn.md §3)."""
    with ctx.write("skp.ubah_lampiran") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id, full=False)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        for name, val in (("Dukungan sumber daya", dukungan_sumber_daya),
                          ("Skema pertanggungjawaban", skema_pertanggungjawaban), ("Konsekuensi", konsekuensi)):
            if len(val or "") > MAX_LAMPIRAN:
                raise ValidationError(f"{name} terlalu panjang ({len(val)} karakter; maksimal {MAX_LAMPIRAN}).")
        before = row_dict(skp)
        skp.lampiran_dukungan_sumber_daya = _clean(dukungan_sumber_daya) or None
        skp.lampiran_skema_pertanggungjawaban = _clean(skema_pertanggungjawaban) or None
        skp.lampiran_konsekuensi = _clean(konsekuensi) or None
        uow.audit_change(skp, before, f"Lampiran SKP {skp.pegawai_nama} diubah")
    return get_skp(ctx, skp_id)


# =========================================================================== workflow


def submit(ctx: AppContext, skp_id: int, catatan: str = "", *, expected_version: int | None = None) -> SkpDetail:
    """Draft / Dikembalikan → Diajukan, after validation (errors block, warnings do not).
    With ``expected_version`` the submitter cannot submit content they have not seen."""
    with ctx.write("skp.ajukan") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        scope.require_ubah_skp(ctx.actor, skp)
        if skp.status not in EDITABLE:
            raise ServiceError(
                f"SKP {skp.pegawai_nama} berstatus {_label(StatusSkp, skp.status)}; hanya SKP Draft atau "
                "Dikembalikan yang dapat diajukan."
            )
        report = _validate(skp)
        if not report.ok:
            raise ValidationError(
                f"SKP {skp.pegawai_nama} belum dapat diajukan ({len(report.errors)} masalah).",
                [_fp(p) for p in report.errors],
            )
        dari = skp.status
        skp.status = StatusSkp.DIAJUKAN.value
        skp.diajukan_pada = datetime.now().replace(microsecond=0)
        _log(uow, skp, dari, skp.status, _clean(catatan)[:MAX_ALASAN])
    return get_skp(ctx, skp_id)


def _fp(p: Problem) -> Any:
    from asn_desktop.services.errors import FieldProblem

    head, _, rest = p.pesan.partition(": ")
    return FieldProblem(head if rest else "SKP", rest or p.pesan)


@dataclass
class BulkSubmitResult:
    diajukan: list[str] = field(default_factory=list)
    gagal: list[str] = field(default_factory=list)  # "Nama: reason"


def bulk_submit(ctx: AppContext, skp_ids: Sequence[int], *, progress: Progress | None = None) -> BulkSubmitResult:
    """Submit many drafts (operator preparing a unit): each one is its own operation;
    incomplete ones are reported with the first problem and stay Draft."""
    progress = progress or Progress.none()
    res = BulkSubmitResult()
    total = len(skp_ids)
    for n, sid in enumerate(skp_ids, start=1):
        progress.step(n - 1, total, f"Mengajukan SKP {n} dari {total}")
        try:
            d = submit(ctx, sid)
            res.diajukan.append(d.pegawai.nama)
        except ServiceError as exc:
            with ctx.read() as s:
                k = s.get(Skp, sid)
                nama = k.pegawai_nama if k is not None else f"SKP id {sid}"
            first = exc.details[0] if exc.details else exc.message
            res.gagal.append(f"{nama}: {first}")
    progress.step(total, total, "Selesai")
    return res


def withdraw(ctx: AppContext, skp_id: int, catatan: str = "", *, expected_version: int | None = None) -> SkpDetail:
    """Diajukan → Draft: the submitter takes the SKP back to change it."""
    with ctx.write("skp.tarik") as uow:
        skp = _load_skp(uow.session, skp_id, full=False)
        _expect(uow, skp, expected_version)
        scope.require_ubah_skp(ctx.actor, skp)
        if skp.status != StatusSkp.DIAJUKAN.value:
            raise ServiceError(f"Hanya SKP yang sedang diajukan yang dapat ditarik kembali "
                               f"(status sekarang: {_label(StatusSkp, skp.status)}).")
        skp.status = StatusSkp.DRAFT.value
        _log(uow, skp, StatusSkp.DIAJUKAN.value, skp.status, _clean(catatan)[:MAX_ALASAN] or "Pengajuan ditarik")
    return get_skp(ctx, skp_id)


def approve(ctx: AppContext, skp_id: int, catatan: str = "", tempat_tanggal_ttd: str = "", *,
            expected_version: int | None = None) -> SkpDetail:
    """Diajukan → Disetujui by the pejabat penilai (or an admin). Locks the SKP.
    With ``expected_version`` the penilai approves exactly the content shown."""
    office = get_office(ctx)
    with ctx.write("skp.setujui", Permission.SKP_APPROVE) as uow:
        skp = _load_skp(uow.session, skp_id)
        _expect(uow, skp, expected_version)
        scope.require_penilai_of(ctx.actor, skp)
        if skp.status != StatusSkp.DIAJUKAN.value:
            raise ServiceError(f"Hanya SKP yang diajukan yang dapat disetujui (status sekarang: "
                               f"{_label(StatusSkp, skp.status)}).")
        report = _validate(skp)
        if not report.ok:  # content cannot change while submitted, but be safe
            raise ValidationError("SKP belum lengkap sehingga belum dapat disetujui.",
                                  [_fp(p) for p in report.errors])
        now = datetime.now().replace(microsecond=0)
        skp.status = StatusSkp.DISETUJUI.value
        skp.disetujui_pada = now
        skp.disetujui_oleh = ctx.actor.nama or ctx.actor.username
        skp.catatan_pengembalian = None
        ttd = _clean(tempat_tanggal_ttd)
        if ttd:
            skp.tempat_tanggal_ttd = ttd[:200]
        elif not skp.tempat_tanggal_ttd:
            kota = office.kota_ttd or ""
            skp.tempat_tanggal_ttd = f"{kota}, {format_tanggal(now.date())}" if kota else format_tanggal(now.date())
        _log(uow, skp, StatusSkp.DIAJUKAN.value, skp.status, _clean(catatan)[:MAX_ALASAN])
    return get_skp(ctx, skp_id)


def return_skp(ctx: AppContext, skp_id: int, alasan: str, *, expected_version: int | None = None) -> SkpDetail:
    """Diajukan → Dikembalikan by the pejabat penilai (or an admin), with a required reason."""
    alasan = _clean(alasan)
    with ctx.write("skp.kembalikan", Permission.SKP_APPROVE) as uow:
        skp = _load_skp(uow.session, skp_id, full=False)
        _expect(uow, skp, expected_version)
        scope.require_penilai_of(ctx.actor, skp)
        if skp.status != StatusSkp.DIAJUKAN.value:
            raise ServiceError(f"Hanya SKP yang diajukan yang dapat dikembalikan (status sekarang: "
                               f"{_label(StatusSkp, skp.status)}).")
        if len(alasan) < 3:
            raise ValidationError("Tuliskan alasan pengembalian agar pegawai tahu apa yang harus diperbaiki.")
        if len(alasan) > MAX_ALASAN:
            raise ValidationError(f"Alasan pengembalian terlalu panjang (maksimal {MAX_ALASAN} karakter).")
        skp.status = StatusSkp.DIKEMBALIKAN.value
        skp.catatan_pengembalian = alasan
        _log(uow, skp, StatusSkp.DIAJUKAN.value, skp.status, alasan)
    return get_skp(ctx, skp_id)


def revise(ctx: AppContext, skp_id: int, alasan: str = "", *, expected_version: int | None = None) -> SkpDetail:
    """A change after approval: copy to version ``versi + 1`` (draft) and mark the old one
    ``diganti`` (kinerja-asn.md §2: approved SKPs are locked; a revision is a new version
    with history). Evaluations keep pointing at the version they were made on.

    Subordinate RHK that intervened the old version's RHK now point at the copy, so
    the cascading stays whole; their printed ``rhk_atasan_teks`` is unchanged.
    """
    alasan = _clean(alasan)[:MAX_ALASAN]
    with ctx.write("skp.revisi") as uow:
        s = uow.session
        old = _load_skp(s, skp_id)
        _expect(uow, old, expected_version)
        scope.require_ubah_skp(ctx.actor, old)
        if old.status != StatusSkp.DISETUJUI.value:
            raise ServiceError(
                f"Revisi hanya untuk SKP yang sudah disetujui (status sekarang: {_label(StatusSkp, old.status)}); "
                "SKP Draft atau Dikembalikan dapat langsung diubah."
            )
        new = Skp(
            pegawai_id=old.pegawai_id, tahun=old.tahun, versi=old.versi + 1, status=StatusSkp.DRAFT.value,
            pendekatan=old.pendekatan, jenis_skp=old.jenis_skp, periode_mulai=old.periode_mulai,
            periode_selesai=old.periode_selesai, pejabat_penilai_id=old.pejabat_penilai_id,
            atasan_penilai_id=old.atasan_penilai_id, instansi=old.instansi,
        )
        for role in ("pegawai", "penilai", "atasan_penilai"):
            for f in ("nama", "nip", "status_kepegawaian", "pangkat", "jabatan", "unit"):
                setattr(new, f"{role}_{f}", getattr(old, f"{role}_{f}"))
        s.add(new)
        s.flush()
        for p in old.perilaku:
            s.add(PerilakuSkp(skp_id=new.id, nomor=p.nomor, kode=p.kode, ekspektasi_khusus=p.ekspektasi_khusus))
        s.flush()
        _n_rhk, _n_ind, _l, _u, mapping = _copy_content(s, old, new, keep_parents=True)
        # re-point subordinate RHK to the copies (cascading follows the version in force)
        moved = 0
        for r in old.rhk:
            for child in list(r.children):
                child.parent_rhk_id = mapping[r.id]
                uow.touch(child.skp)  # a subordinate's open editor must not save the old link back
                moved += 1
        old.status = StatusSkp.DIGANTI.value
        old.pengganti_id = new.id
        uow.audit_change(new, None, f"SKP {old.pegawai_nama} {old.tahun} versi {new.versi} dibuat (revisi)")
        note = f"Direvisi menjadi versi {new.versi}" + (f": {alasan}" if alasan else "")
        _log(uow, old, StatusSkp.DISETUJUI.value, StatusSkp.DIGANTI.value, note)
        _log(uow, new, None, StatusSkp.DRAFT.value,
             f"Revisi dari versi {old.versi}" + (f": {alasan}" if alasan else ""))
        if moved:
            uow.audit("rhk", None, f"{moved} RHK bawahan dialihkan ke RHK versi {new.versi}")
        new_id = new.id
    return get_skp(ctx, new_id)


def delete_skp(ctx: AppContext, skp_id: int, *, expected_version: int | None = None) -> int | None:
    """Delete a draft SKP. Deleting a draft revision (versi > 1) cancels the revision:
    the previous version is in force again. Returns the id of the SKP now in force (or None)."""
    with ctx.write("skp.hapus") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        if s.scalar(select(func.count()).select_from(Evaluasi).where(Evaluasi.skp_id == skp.id)):
            raise ServiceError(f"SKP {skp.pegawai_nama} sudah memiliki evaluasi dan tidak dapat dihapus.")
        prev = s.scalars(select(Skp).where(Skp.pengganti_id == skp.id)).first()
        prev_rhk = _ordered_rhk(prev) if prev is not None else []
        for r in skp.rhk:
            if not r.children:
                continue
            match = None
            for pr in prev_rhk:  # the same RHK in the previous version
                if pr.jenis == r.jenis and _norm(pr.teks) == _norm(r.teks):
                    match = pr
                    break
            if match is None:
                raise ServiceError(_children_message(r).replace("tidak dapat dihapus", "tidak dapat dihapus "
                                                                "bersama SKP-nya"))
            for child in list(r.children):
                child.parent = match  # via the relationship, so deleting r does not null it
                uow.touch(child.skp)
        s.flush()
        before = row_dict(skp)
        result: int | None = None
        if prev is not None:
            prev.pengganti_id = None
            prev.status = StatusSkp.DISETUJUI.value
            _log(uow, prev, StatusSkp.DIGANTI.value, StatusSkp.DISETUJUI.value,
                 f"Revisi versi {skp.versi} dibatalkan; versi ini berlaku kembali")
            result = prev.id
        s.delete(skp)
        uow.audit("skp", skp_id, f"SKP {before['pegawai_nama']} {before['tahun']} versi {before['versi']} dihapus",
                  before, None)
    return result


# =========================================================================== overview


STATUS_BELUM = "belum"  # overview pseudo-status: no SKP for the year


@dataclass
class OverviewRow:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    unit_id: int | None
    unit_nama: str
    atasan_nama: str
    skp_id: int | None
    status: str  # StatusSkp value or STATUS_BELUM
    versi: int
    jumlah_rhk: int

    @property
    def status_label(self) -> str:
        return "Belum ada SKP" if self.status == STATUS_BELUM else _label(StatusSkp, self.status)


@dataclass
class UnitCount:
    unit_id: int | None
    nama: str
    depth: int
    parent_id: int | None
    counts: dict[str, int]  # status → count (incl. STATUS_BELUM)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Overview:
    tahun: int
    units: list[UnitCount]
    rows: list[OverviewRow]

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for r in self.rows:
            out[r.status] += 1
        return dict(out)


OVERVIEW_STATUSES = (
    STATUS_BELUM, StatusSkp.DRAFT.value, StatusSkp.DIAJUKAN.value, StatusSkp.DIKEMBALIKAN.value,
    StatusSkp.DISETUJUI.value,
)


def overview(ctx: AppContext, tahun: int) -> Overview:
    """Per active employee the status of the SKP in force for ``tahun``, and counts per unit."""
    with ctx.read() as s:
        visible = scope.pegawai_terlihat(s, ctx.actor)
        if visible is not None and not visible:
            raise PermissionDenied(
                "Akun ini belum terhubung dengan data pegawai, sehingga tidak ada SKP yang dapat ditampilkan.")
        units = s.execute(select(UnitKerja.id, UnitKerja.nama, UnitKerja.parent_id, UnitKerja.urutan)
                          .where(UnitKerja.aktif.is_(True))).all()
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value)
        if visible is not None:
            q = q.where(Pegawai.id.in_(visible))
        people = list(s.scalars(q))
        names = {p.id: _nama(p) for p in people}
        missing_atasan = {p.atasan_id for p in people if p.atasan_id and p.atasan_id not in names}
        if missing_atasan:
            for p in s.scalars(select(Pegawai).where(Pegawai.id.in_(missing_atasan))):
                names[p.id] = _nama(p)
        n_rhk = select(Rhk.skp_id, func.count(Rhk.id).label("n")).group_by(Rhk.skp_id).subquery()
        skps: dict[int, tuple[int, str, int, int]] = {}
        for sid, pid, st, versi, n in s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, func.coalesce(n_rhk.c.n, 0))
            .outerjoin(n_rhk, n_rhk.c.skp_id == Skp.id)
            .where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)
        ):
            if pid not in skps or versi > skps[pid][2]:
                skps[pid] = (sid, st, versi, int(n))
    unit_name = {u.id: u.nama for u in units}
    rows: list[OverviewRow] = []
    for p in people:
        sid, st, versi, n = skps.get(p.id, (None, STATUS_BELUM, 0, 0))
        rows.append(OverviewRow(
            pegawai_id=p.id, nama=names[p.id], nip=p.nip or "", jabatan=p.nama_jabatan or "",
            unit_id=p.unit_id, unit_nama=unit_name.get(p.unit_id, "") if p.unit_id else "",
            atasan_nama=names.get(p.atasan_id, "") if p.atasan_id else "",
            skp_id=sid, status=st, versi=versi, jumlah_rhk=n,
        ))
    rows.sort(key=lambda r: (r.unit_nama, r.nama))
    # units in tree order with own counts
    children: dict[int | None, list[Any]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in unit_name else None].append(u)
    counts: dict[int | None, dict[str, int]] = defaultdict(lambda: {k: 0 for k in OVERVIEW_STATUSES})
    for r in rows:
        counts[r.unit_id if r.unit_id in unit_name else None][r.status] += 1
    ordered: list[UnitCount] = []

    def walk(parent: int | None, depth: int) -> None:
        for u in sorted(children.get(parent, []), key=lambda x: (x.urutan, x.nama)):
            c = counts.get(u.id)
            ordered.append(UnitCount(u.id, u.nama, depth, u.parent_id, dict(c) if c else
                                     {k: 0 for k in OVERVIEW_STATUSES}))
            walk(u.id, depth + 1)

    walk(None, 0)
    if None in counts:
        ordered.append(UnitCount(None, "(tanpa unit kerja)", 0, None, dict(counts[None])))
    if visible is not None:
        ordered = [u for u in ordered if u.total > 0]
    return Overview(tahun, ordered, rows)


# =========================================================================== cascading


@dataclass
class CascadeNode:
    rhk_id: int
    skp_id: int
    pegawai_id: int
    pegawai_nama: str
    jabatan: str
    status: str
    nomor: str
    jenis: str
    teks: str
    indikator: list[str]
    children: list["CascadeNode"] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)

    def count(self) -> int:
        return 1 + sum(c.count() for c in self.children)


@dataclass
class CascadeTree:
    tahun: int
    roots: list[CascadeNode]  # RHK of the leaders (SKPs whose penilai is outside the database)
    tanpa_induk: list[CascadeNode]  # utama RHK of subordinates not linked to a supervisor RHK
    tanpa_skp: list[str]  # "Nama (Jabatan)" of active employees without SKP


def cascade_tree(ctx: AppContext, tahun: int, *, root_pegawai_id: int | None = None) -> CascadeTree:
    """The cascading of one year: from the top leader (the Camat) down, each RHK
    with the subordinate RHK that intervene it (PermenPANRB 6/2022 Pasal 9)."""
    # plain rows, not ORM objects: a regency year has tens of thousands of RHK
    current = (Skp.tahun == tahun) & (Skp.status != StatusSkp.DIGANTI.value)
    with ctx.read() as s:
        skps = {k.id: k for k in s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.pegawai_nama, Skp.pegawai_jabatan, Skp.status,
                   Skp.pejabat_penilai_id).where(current))}
        rhks = list(s.execute(
            select(Rhk.id, Rhk.skp_id, Rhk.jenis, Rhk.urutan, Rhk.teks, Rhk.parent_rhk_id)
            .join(Skp, Rhk.skp_id == Skp.id).where(current)))
        inds: dict[int, list[str]] = defaultdict(list)
        for rid, teks, tmin, tmax, sat, tt in s.execute(
            select(Indikator.rhk_id, Indikator.teks, Indikator.target_min, Indikator.target_max, Indikator.satuan,
                   Indikator.target_teks)
            .join(Rhk, Indikator.rhk_id == Rhk.id).join(Skp, Rhk.skp_id == Skp.id).where(current)
            .order_by(Indikator.rhk_id, Indikator.urutan)):
            inds[rid].append(f"{teks}: {format_target(tmin, tmax, sat, tt)}")
        have = {k.pegawai_id for k in skps.values()}
        tanpa_skp = sorted(
            f"{format_nama(gd, nama, gb)} ({jab or '-'})"
            for pid, gd, nama, gb, jab in s.execute(
                select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nama_jabatan)
                .where(Pegawai.status == StatusPegawai.AKTIF.value))
            if pid not in have)
    by_skp: dict[int, list[Any]] = defaultdict(list)
    for r in rhks:
        by_skp[r.skp_id].append(r)
    nomor: dict[int, str] = {}
    for sid, rs in by_skp.items():
        cnt: dict[str, int] = defaultdict(int)
        for r in sorted(rs, key=lambda x: (0 if x.jenis == JenisRhk.UTAMA.value else 1, x.urutan, x.id)):
            cnt[r.jenis] += 1
            nomor[r.id] = _nomor(r.jenis, cnt[r.jenis])
    rhk_ids = {r.id for r in rhks}
    kids: dict[int, list[Any]] = defaultdict(list)
    for r in rhks:
        if r.parent_rhk_id in rhk_ids:
            kids[r.parent_rhk_id].append(r)

    def node(r: Any, seen: frozenset[int]) -> CascadeNode:
        k = skps[r.skp_id]
        n = CascadeNode(
            rhk_id=r.id, skp_id=k.id, pegawai_id=k.pegawai_id, pegawai_nama=k.pegawai_nama,
            jabatan=k.pegawai_jabatan or "", status=k.status, nomor=nomor[r.id], jenis=r.jenis, teks=r.teks,
            indikator=inds.get(r.id, []),
        )
        for c in sorted(kids.get(r.id, []), key=lambda x: (skps[x.skp_id].pegawai_jabatan or "", nomor[x.id])):
            if c.id not in seen:
                n.children.append(node(c, seen | {c.id}))
        return n

    def order_key(r: Any) -> tuple[Any, ...]:
        return (skps[r.skp_id].pegawai_nama, 0 if r.jenis == JenisRhk.UTAMA.value else 1, r.urutan)

    with_skp = {k.pegawai_id for k in skps.values()}
    if root_pegawai_id is not None:
        root_rhk = [r for r in rhks if skps[r.skp_id].pegawai_id == root_pegawai_id]
    else:
        root_rhk = [r for r in rhks if skps[r.skp_id].pejabat_penilai_id is None
                    or skps[r.skp_id].pejabat_penilai_id not in with_skp]
    roots = [node(r, frozenset({r.id})) for r in sorted(root_rhk, key=order_key)]
    root_ids = {r.id for r in root_rhk}
    orphans = [
        node(r, frozenset({r.id})) for r in sorted(rhks, key=order_key)
        if r.id not in root_ids and r.jenis == JenisRhk.UTAMA.value and r.parent_rhk_id not in rhk_ids
        and root_pegawai_id is None
    ]
    return CascadeTree(tahun, roots, orphans, tanpa_skp)


# =========================================================================== matriks peran hasil


@dataclass
class MatriksKolom:
    pegawai_id: int
    nama: str
    jabatan: str
    skp_id: int | None
    status: str  # StatusSkp value or STATUS_BELUM


@dataclass
class MatriksBaris:
    rhk_id: int
    nomor: str
    teks: str
    iki: list[str]  # indikator kinerja individu with target
    sel: list[list[str]]  # per column: the subordinate RHK ("A.1 teks") that intervene this RHK


@dataclass
class Matriks:
    """Matriks peran hasil (kinerja-asn.md §3): the cascading of one leader as a matrix."""

    tahun: int
    pemimpin_id: int
    pemimpin_nama: str
    pemimpin_jabatan: str
    unit: str
    skp_id: int | None
    kolom: list[MatriksKolom]
    baris: list[MatriksBaris]
    tidak_terhubung: list[list[str]]  # per column: utama RHK not linked to any of the leader's RHK


@dataclass
class Pemimpin:
    pegawai_id: int
    nama: str
    jabatan: str
    jumlah_bawahan: int
    punya_skp: bool


def leaders(ctx: AppContext, tahun: int) -> list[Pemimpin]:
    """Employees with subordinates (by ``atasan_id`` or as pejabat penilai), top first."""
    with ctx.read() as s:
        people = {p.id: p for p in s.scalars(select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value))}
        subs: dict[int, set[int]] = defaultdict(set)
        for p in people.values():
            if p.atasan_id in people:
                subs[p.atasan_id].add(p.id)
        for pid, penilai in s.execute(select(Skp.pegawai_id, Skp.pejabat_penilai_id).where(
                Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)):
            if penilai in people and pid in people:
                subs[penilai].add(pid)
        with_skp = set(s.scalars(select(Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)))
    ordered = _depth_order([people[i] for i in subs])
    return [Pemimpin(p.id, _nama(p), p.nama_jabatan or "", len(subs[p.id]), p.id in with_skp) for p in ordered]


def matriks_peran_hasil(ctx: AppContext, pemimpin_id: int, tahun: int) -> Matriks:
    with ctx.read() as s:
        leader = _get_pegawai(s, pemimpin_id)
        leader_skp = _current_skp(s, pemimpin_id, tahun)
        if leader_skp is not None:
            _require_read_or_leader_view(ctx.actor, leader_skp)
        sub_ids = set(s.scalars(select(Pegawai.id).where(
            Pegawai.atasan_id == pemimpin_id, Pegawai.status == StatusPegawai.AKTIF.value)))
        sub_ids.update(s.scalars(select(Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value, Skp.pejabat_penilai_id == pemimpin_id)))
        subs = list(s.scalars(select(Pegawai).where(Pegawai.id.in_(sub_ids)).options(selectinload(Pegawai.unit))))
        sub_skps = {
            k.pegawai_id: k for k in s.scalars(
                select(Skp).where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value,
                                  Skp.pegawai_id.in_(sub_ids))
                .options(selectinload(Skp.rhk))
            )
        } if sub_ids else {}
        unit_order = {u.id: (u.urutan, u.nama) for u in s.scalars(select(UnitKerja))}
        subs.sort(key=lambda p: (unit_order.get(p.unit_id, (999, "")), 0 if p.eselon else 1, p.nama))
        kolom = [
            MatriksKolom(p.id, _nama(p), p.nama_jabatan or "", sub_skps[p.id].id if p.id in sub_skps else None,
                         sub_skps[p.id].status if p.id in sub_skps else STATUS_BELUM)
            for p in subs
        ]
        baris: list[MatriksBaris] = []
        linked: set[int] = set()
        if leader_skp is not None:
            s.refresh(leader_skp)
            nums = _rhk_numbers(leader_skp)
            col_nums = {p.id: _rhk_numbers(sub_skps[p.id]) for p in subs if p.id in sub_skps}
            for r in _ordered_rhk(leader_skp):
                sel: list[list[str]] = []
                for p in subs:
                    k = sub_skps.get(p.id)
                    cell = []
                    if k is not None:
                        for c in _ordered_rhk(k):
                            if c.parent_rhk_id == r.id:
                                cell.append(f"{col_nums[p.id][c.id]} {c.teks}")
                                linked.add(c.id)
                    sel.append(cell)
                baris.append(MatriksBaris(
                    r.id, nums[r.id], r.teks,
                    [f"{i.teks}: {format_target(i.target_min, i.target_max, i.satuan, i.target_teks)}"
                     for i in sorted(r.indikator, key=lambda x: x.urutan)],
                    sel,
                ))
        tidak: list[list[str]] = []
        for p in subs:
            k = sub_skps.get(p.id)
            nums_k = _rhk_numbers(k) if k is not None else {}
            tidak.append([f"{nums_k[c.id]} {c.teks}" for c in (_ordered_rhk(k) if k else [])
                          if c.jenis == JenisRhk.UTAMA.value and c.id not in linked])
        return Matriks(
            tahun=tahun, pemimpin_id=leader.id, pemimpin_nama=_nama(leader), pemimpin_jabatan=leader.nama_jabatan or "",
            unit=leader.unit.nama if leader.unit else "", skp_id=leader_skp.id if leader_skp else None,
            kolom=kolom, baris=baris, tidak_terhubung=tidak,
        )


def _require_read_or_leader_view(actor: Actor, skp: Skp) -> None:
    """The leader's own matrix is visible to the leader, operators, admins and the leader's
    subordinates (they pick from it); the scope is the same as reading the leader's SKP."""
    if scope.boleh_baca_skp(actor, skp):
        return
    if actor.pegawai_id is not None:
        return  # subordinates read their supervisor's RHK to intervene them (cascading)
    raise PermissionDenied(f"Akun '{actor.username}' tidak berhak melihat matriks {skp.pegawai_nama}.")


def export_matriks(ctx: AppContext, pemimpin_id: int, tahun: int, path: str | Path) -> Path:
    """Write the matriks peran hasil to an .xlsx file (text cells stay text)."""
    from asn_desktop.excel import ExcelError
    from asn_desktop.excel.matriks import MatriksRow, MatriksSheet, write_matriks

    m = matriks_peran_hasil(ctx, pemimpin_id, tahun)
    office = get_office(ctx)
    sheet = MatriksSheet(
        judul=f"MATRIKS PERAN HASIL TAHUN {tahun}",
        instansi=" — ".join(x for x in (office.nama_kantor, office.instansi) if x),
        pemimpin=f"{m.pemimpin_nama} ({m.pemimpin_jabatan})" if m.pemimpin_jabatan else m.pemimpin_nama,
        kolom=[f"{k.nama}\n{k.jabatan}" + ("" if k.skp_id else "\n(belum ada SKP)") for k in m.kolom],
        baris=[MatriksRow(b.nomor, b.teks, b.iki, b.sel) for b in m.baris],
        tidak_terhubung=m.tidak_terhubung,
    )
    try:
        out = write_matriks(Path(path), sheet)
    except ExcelError as exc:
        raise ServiceError(exc.message) from exc
    with ctx.write("skp.ekspor_matriks") as uow:
        uow.audit(None, None, f"Matriks peran hasil {m.pemimpin_nama} {tahun} diekspor ke {out.name}")
    return out


# =========================================================================== printing


#: Light mark printed across the pages of an SKP that is not (or no longer) in force.
_MARKS = {
    StatusSkp.DRAFT.value: "DRAFT",
    StatusSkp.DIAJUKAN.value: "DIAJUKAN",
    StatusSkp.DIKEMBALIKAN.value: "DIKEMBALIKAN",
    StatusSkp.DIGANTI.value: "TIDAK BERLAKU",
}


def _print_model(detail: SkpDetail, office: OfficeInfo) -> Any:
    from asn_desktop.domain.nip import format_nip
    from asn_desktop.reports.skp_pdf import (
        SkpDokumen,
        SkpIndikatorCetak,
        SkpOrang,
        SkpPerilakuCetak,
        SkpRhkCetak,
    )

    def orang(p: PersonSnap, peran: str) -> SkpOrang:
        label = "NI PPPK" if (p.status_kepegawaian or "").upper().startswith("PPPK") else "NIP"
        return SkpOrang(peran=peran, nama=p.nama, nip=format_nip(p.nip) if p.nip else "", nip_label=label,
                        pangkat=p.pangkat, jabatan=p.jabatan, unit=p.unit)

    if detail.tempat_tanggal_ttd:
        ttd = detail.tempat_tanggal_ttd
    elif detail.disetujui_pada is not None:
        tgl = format_tanggal(detail.disetujui_pada.date())
        ttd = f"{office.kota_ttd}, {tgl}" if office.kota_ttd else tgl
    else:
        kota = office.kota_ttd or ""
        ttd = f"{kota}, " + ("." * 28) if kota else "." * 34
    rhk = [
        SkpRhkCetak(
            nomor=r.nomor, jenis=r.jenis, teks=r.teks, rhk_atasan=r.rhk_atasan_teks,
            perspektif=r.perspektif_label, penugasan_dari=r.penugasan_dari, klasifikasi=r.klasifikasi_label,
            indikator=[SkpIndikatorCetak(i.aspek_label, i.teks, i.target) for i in r.indikator],
        )
        for r in detail.rhk
    ]
    mulai, selesai = detail.periode_mulai, detail.periode_selesai
    return SkpDokumen(
        jpt=detail.is_jpt,
        kualitatif=detail.is_kualitatif,
        instansi=(detail.instansi or office.instansi or "").upper(),
        unit_organisasi=office.nama_kantor,
        periode=f"{format_tanggal(mulai).upper()} SD {format_tanggal(selesai).upper()}"
        if (mulai, selesai) != (date(detail.tahun, 1, 1), date(detail.tahun, 12, 31))
        else f"1 JANUARI SD 31 DESEMBER TAHUN {detail.tahun}",
        tahun=detail.tahun,
        pegawai=orang(detail.pegawai, "PEGAWAI YANG DINILAI"),
        penilai=orang(detail.penilai, "PEJABAT PENILAI KINERJA"),
        rhk=rhk,
        perilaku=[SkpPerilakuCetak(p.nomor, p.nama, list(p.panduan), p.ekspektasi_khusus or "-") for p in detail.perilaku],
        lampiran_dukungan=detail.lampiran_dukungan_sumber_daya,
        lampiran_skema=detail.lampiran_skema_pertanggungjawaban,
        lampiran_konsekuensi=detail.lampiran_konsekuensi,
        tempat_tanggal=ttd,
        status_label=_MARKS.get(detail.status, ""),
        versi=detail.versi,
    )


def render_skp_pdf(ctx: AppContext, skp_id: int, out: str | Path | Any, *, ukuran: str = "A4") -> None:
    """Write one SKP as PDF (official non-JPT or JPT layout) to a path or binary stream."""
    from asn_desktop.reports.skp_pdf import render_skp

    detail = get_skp(ctx, skp_id, for_print=True)
    render_skp(_print_model(detail, get_office(ctx)), out, ukuran=ukuran)


def skp_pdf_bytes(ctx: AppContext, skp_id: int, *, ukuran: str = "A4") -> bytes:
    """The SKP as PDF bytes: what the preview shows is exactly what "Simpan PDF" writes."""
    import io

    buf = io.BytesIO()
    render_skp_pdf(ctx, skp_id, buf, ukuran=ukuran)
    return buf.getvalue()


def pdf_filename(detail: SkpDetail | SkpSummary | OverviewRow, tahun: int | None = None) -> str:
    """"SKP_2026_198609262015051001_Maria_Ndolu.pdf" — safe on Windows."""
    if isinstance(detail, SkpDetail):
        nip, nama, th, versi = detail.pegawai.nip, detail.pegawai.nama, detail.tahun, detail.versi
    elif isinstance(detail, SkpSummary):
        nip, nama, th, versi = detail.pegawai_nip, detail.pegawai_nama, detail.tahun, detail.versi
    else:
        nip, nama, th, versi = detail.nip, detail.nama, tahun or 0, detail.versi
    safe = re.sub(r"[^0-9A-Za-z]+", "_", nama.split(",")[0]).strip("_")[:60] or "pegawai"
    suffix = f"_v{versi}" if versi and versi > 1 else ""
    return f"SKP_{th}_{nip or 'tanpa-nip'}_{safe}{suffix}.pdf"


@dataclass
class BulkPdfResult:
    folder: Path
    files: list[Path]
    gagal: list[str]


def bulk_pdf(
    ctx: AppContext, skp_ids: Sequence[int], folder: str | Path, *, ukuran: str = "A4",
    progress: Progress | None = None,
) -> BulkPdfResult:
    """One PDF per SKP into ``folder`` (background job; cancel stops after the current file)."""
    from asn_desktop.reports.skp_pdf import render_skp

    progress = progress or Progress.none()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(f"Folder tujuan {folder} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    office = get_office(ctx)
    files: list[Path] = []
    gagal: list[str] = []
    total = len(skp_ids)
    for n, sid in enumerate(skp_ids, start=1):
        progress.step(n - 1, total, f"Mencetak SKP {n} dari {total}")
        try:
            detail = get_skp(ctx, sid, for_print=True)
            path = folder / pdf_filename(detail)
            render_skp(_print_model(detail, office), path, ukuran=ukuran)  # atomic, see reports/skp_pdf
            files.append(path)
        except (ServiceError, OSError) as exc:
            gagal.append(f"SKP id {sid}: {getattr(exc, 'message', None) or exc}")
    progress.step(total, total, "Selesai")
    return BulkPdfResult(folder, files, gagal)
