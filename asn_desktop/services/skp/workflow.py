"""The SKP workflow: Draft → Diajukan → Disetujui, or Dikembalikan (with a reason) →
revised → Diajukan (PermenPANRB 6/2022 Pasal 5: disusun, diajukan, disetujui).

Every transition is written to ``skp_status_log`` and the audit log. An approved SKP
is read-only: a change makes version ``versi + 1`` and the old row becomes ``diganti``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from asn_desktop.db.models import Evaluasi, PerilakuSkp, Skp
from asn_desktop.domain.enums import StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import ServiceError, ValidationError
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services import scope
from asn_desktop.services.settings import get_office
from asn_desktop.services.skp.types import EDITABLE, MAX_ALASAN, _label, SkpDetail, Problem
from asn_desktop.services.skp._common import (
    _load_skp, _ordered_rhk, _require_edit, _log, _expect, _norm, _children_message,
)
from asn_desktop.services.skp.reading import get_skp
from asn_desktop.services.skp.validation import _validate
from asn_desktop.services.skp.creating import _copy_content


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
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} berstatus {label}; hanya SKP Draft atau Dikembalikan yang dapat diajukan."),
                    pegawai_nama=skp.pegawai_nama, label=Msg(_label(StatusSkp, skp.status)),
                )
            )
        report = _validate(skp)
        if not report.ok:
            raise ValidationError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} belum dapat diajukan (%n masalah)."),
                    pegawai_nama=skp.pegawai_nama, n=len(report.errors),
                ),
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
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Hanya SKP yang sedang diajukan yang dapat ditarik kembali (status sekarang: {label})."),
                label=Msg(_label(StatusSkp, skp.status)),
            ))
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
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Hanya SKP yang diajukan yang dapat disetujui (status sekarang: {label})."),
                label=Msg(_label(StatusSkp, skp.status)),
            ))
        report = _validate(skp)
        if not report.ok:  # content cannot change while submitted, but be safe
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "SKP belum lengkap sehingga belum dapat disetujui."),
            ),
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
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Hanya SKP yang diajukan yang dapat dikembalikan (status sekarang: {label})."),
                label=Msg(_label(StatusSkp, skp.status)),
            ))
        if len(alasan) < 3:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tuliskan alasan pengembalian agar pegawai tahu apa yang harus diperbaiki."),
            ))
        if len(alasan) > MAX_ALASAN:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Alasan pengembalian terlalu panjang (maksimal {maks} karakter)."),
                maks=MAX_ALASAN,
            ))
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
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Revisi hanya untuk SKP yang sudah disetujui (status sekarang: {label}); SKP Draft atau Dikembalikan dapat langsung diubah."),
                    label=Msg(_label(StatusSkp, old.status)),
                )
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
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "SKP {pegawai_nama} sudah memiliki evaluasi dan tidak dapat dihapus."),
                pegawai_nama=skp.pegawai_nama,
            ))
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
                raise ServiceError(_children_message(r, bersama_skp=True))
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
