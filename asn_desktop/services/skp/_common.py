"""Helpers every SKP operation shares: loading an SKP with what it shows, numbering
RHK, the status log, the optimistic lock and the "may this SKP still change" check.

Who may act is decided in services/scope.py; ``_require_edit`` only adds the status
rule (an approved, submitted or replaced SKP is read-only; kinerja-asn.md §2).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from asn_desktop.db.models import Indikator, Pegawai, Pengguna, Rhk, Skp, SkpStatusLog
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.enums import JenisRhk, Pendekatan, StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.services.context import Actor, UnitOfWork
from asn_desktop.services.errors import NotFound, ServiceError
from asn_desktop.services import scope
from asn_desktop.domain.angka import format_target
from asn_desktop.services.snapshots import person_snapshot
from asn_desktop.services.skp.types import (
    EDITABLE, _label, PersonSnap, IndikatorData, RhkData, PerilakuData, StatusLogData, SkpVersion, SkpPermissions,
    SkpDetail,
)
from asn_desktop.services.ukuran import ikatan_of


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
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan (mungkin sudah dihapus)."),
            skp_id=skp_id,
        ))
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
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan (mungkin sudah dihapus)."),
            skp_id=skp_id,
        ))
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


# =========================================================================== editable by status


def _require_editable(skp: Skp) -> None:
    if skp.status not in EDITABLE:
        if skp.status == StatusSkp.DISETUJUI.value:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} tahun {tahun} sudah disetujui sehingga tidak dapat diubah. Gunakan 'Revisi' untuk membuat versi baru; versi yang disetujui tetap tersimpan."),
                    pegawai_nama=skp.pegawai_nama, tahun=skp.tahun,
                )
            )
        if skp.status == StatusSkp.DIAJUKAN.value:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} sedang diajukan kepada pejabat penilai. Tarik kembali pengajuan (atau minta pejabat penilai mengembalikannya) sebelum mengubah isinya."),
                    pegawai_nama=skp.pegawai_nama,
                )
            )
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} versi {versi} sudah diganti versi yang lebih baru dan hanya dapat dibaca."),
                pegawai_nama=skp.pegawai_nama, versi=skp.versi,
            )
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


# =========================================================================== lookups shared by several jobs


def _get_pegawai(s: Session, pegawai_id: int) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
            pegawai_id=pegawai_id,
        ))
    return p


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


def _children_message(rhk: Rhk, *, bersama_skp: bool = False) -> Msg:
    """Why an RHK that subordinates' RHKs still intervene in cannot go (alone, or with its SKP)."""
    names = sorted({_who(c.skp) for c in rhk.children})
    shown: str | Msg = "; ".join(names[:8])
    if len(names) > 8:
        shown = Msg.of(QT_TRANSLATE_NOOP("Pesan", "{daftar}; dan %n lainnya"), daftar=shown, n=len(names) - 8)
    if bersama_skp:
        template = QT_TRANSLATE_NOOP("Pesan", "RHK \"{teks}\" tidak dapat dihapus bersama SKP-nya karena masih diintervensi oleh RHK bawahan: {bawahan}. Ubah dulu RHK atasan yang dipilih pada SKP mereka.")
    else:
        template = QT_TRANSLATE_NOOP("Pesan", "RHK \"{teks}\" tidak dapat dihapus karena masih diintervensi oleh RHK bawahan: {bawahan}. Ubah dulu RHK atasan yang dipilih pada SKP mereka.")
    return Msg.of(template, teks=rhk.teks[:80], bawahan=shown)
