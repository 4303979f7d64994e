"""Editing the RHK and their indicators of a draft SKP: save (with the cascading
parent checked against the supervisor's SKP in force, Pasal 9), delete, reorder and
fill from the RHK library."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.db.models import Indikator, Rhk, Skp
from asn_desktop.domain.enums import Aspek, JenisRhk, Klasifikasi, Pendekatan, Perspektif
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services.context import AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import NotFound, Problems, ServiceError, ValidationError
from asn_desktop.services.indikator_input import MAX_TEKS
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services.indikator_input import check_indikator as _check_indikator
from asn_desktop.services import template_rhk
from asn_desktop.services import scope
from asn_desktop.domain.angka import format_target
from asn_desktop.services.skp.types import RhkData, SkpDetail, RhkInput
from asn_desktop.services.skp._common import (
    _load_skp, _current_skp, _ordered_rhk, _rhk_numbers, _require_edit, _expect, _version_after, _children_message,
)
from asn_desktop.services.skp.reading import get_skp
from asn_desktop.services.ukuran import set_ikatan


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
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih minimal satu RHK dari pustaka.")))
    with ctx.write("skp.isi_dari_pustaka") as uow:
        s = uow.session
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
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
        problems.error("Rencana hasil kerja", Msg.of(QT_TRANSLATE_NOOP("Pesan", "uraian RHK wajib diisi.")))
    elif len(data.teks) > MAX_TEKS:
        problems.error("Rencana hasil kerja", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu panjang (%n karakter; maksimal {max_teks})."), n=len(data.teks), max_teks=MAX_TEKS))
    try:
        JenisRhk(data.jenis)
    except ValueError:
        problems.error("Jenis", Msg.of(QT_TRANSLATE_NOOP("Pesan", "'{jenis}' tidak dikenal; pilih utama atau tambahan."), jenis=data.jenis))
    if data.perspektif:
        try:
            Perspektif(data.perspektif)
        except ValueError:
            problems.error("Perspektif", Msg.of(QT_TRANSLATE_NOOP("Pesan", "'{perspektif}' tidak dikenal."), perspektif=data.perspektif))
    if data.klasifikasi:
        try:
            Klasifikasi(data.klasifikasi)
        except ValueError:
            problems.error("Klasifikasi", Msg.of(QT_TRANSLATE_NOOP("Pesan", "'{klasifikasi}' tidak dikenal."), klasifikasi=data.klasifikasi))
    if len(data.penugasan_dari or "") > 300:
        problems.error("Penugasan dari", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu panjang (maksimal 300 karakter).")))
    if len(data.rhk_atasan_teks or "") > MAX_TEKS:
        problems.error("RHK atasan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu panjang (maksimal {max_teks} karakter)."), max_teks=MAX_TEKS))
    if len(data.indikator) > 50:
        problems.error("Indikator", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu banyak indikator untuk satu RHK (maksimal 50).")))
    for k, ind in enumerate(data.indikator, start=1):
        _check_indikator(k, ind, kual, problems)
    problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "RHK belum dapat disimpan.")))


def _check_parent(s: Session, skp: Skp, parent_id: int, current_parent: int | None) -> Rhk:
    parent = s.get(Rhk, parent_id)
    if parent is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "RHK atasan yang dipilih tidak ditemukan (mungkin sudah dihapus). Pilih ulang."),
        ))
    if parent_id == current_parent:
        return parent  # unchanged link: keep it even if the supervisor has since revised
    choices = _parent_choices(s, skp)
    if parent_id not in {o.rhk_id for o in choices.opsi}:
        who = choices.atasan_nama or "pejabat penilai"
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "RHK atasan harus dipilih dari SKP {penilai} (pejabat penilai) tahun {tahun} yang berlaku. RHK \"{teks}\" bukan bagian dari SKP tersebut."),
                penilai=who, tahun=skp.tahun, teks=parent.teks[:80],
            )
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
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "RHK tidak ditemukan pada SKP ini (mungkin sudah dihapus)."),
                ))
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
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Sebuah RHK tidak dapat mengintervensi RHK pada SKP yang sama."),
                ))
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
                    raise NotFound(Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Indikator {nomor} tidak ditemukan pada RHK ini; muat ulang SKP."),
                        nomor=k,
                    ))
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


def _rhk_to_edit(uow: UnitOfWork, rhk_id: int, expected_version: int | None) -> Rhk:
    """The RHK, once its SKP passed the optimistic lock and may be edited by this actor now."""
    rhk = uow.session.get(Rhk, rhk_id)
    if rhk is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "RHK tidak ditemukan (mungkin sudah dihapus).")))
    _expect(uow, rhk.skp, expected_version)
    _require_edit(uow.actor, rhk.skp)
    return rhk


def _indikator_to_edit(uow: UnitOfWork, indikator_id: int, expected_version: int | None) -> Indikator:
    """The indicator, once its SKP passed the optimistic lock and may be edited by this actor now."""
    ind = uow.session.get(Indikator, indikator_id)
    if ind is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Indikator tidak ditemukan (mungkin sudah dihapus).")))
    _expect(uow, ind.rhk.skp, expected_version)
    _require_edit(uow.actor, ind.rhk.skp)
    return ind


def delete_rhk(ctx: AppContext, rhk_id: int, *, expected_version: int | None = None) -> int:
    """Remove an RHK and its indicators; refused while subordinate RHK point to it (cascading).
    Returns the SKP's new version."""
    with ctx.write("skp.hapus_rhk") as uow:
        s = uow.session
        rhk = _rhk_to_edit(uow, rhk_id, expected_version)
        skp = rhk.skp
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


def _move(rows: Iterable[Any], item: Any, delta: int) -> int | None:
    """Move ``item`` ``delta`` places among ``rows`` (by ``urutan``) and renumber them.
    Returns its new 0-based place, or None when it is already at that end (nothing changed)."""
    same = sorted(rows, key=lambda x: (x.urutan, x.id))
    idx = same.index(item)
    new = max(0, min(len(same) - 1, idx + delta))
    if new == idx:
        return None
    same.insert(new, same.pop(idx))
    for k, r in enumerate(same, start=1):
        r.urutan = k
    return new


def move_rhk(ctx: AppContext, rhk_id: int, delta: int, *, expected_version: int | None = None) -> int:
    """Move an RHK up (``delta`` < 0) or down within its section (utama / tambahan).
    Returns the SKP's version (unchanged when the RHK is already at the end)."""
    with ctx.write("skp.urutkan_rhk") as uow:
        rhk = _rhk_to_edit(uow, rhk_id, expected_version)
        skp = rhk.skp
        new = _move([r for r in skp.rhk if r.jenis == rhk.jenis], rhk, delta)
        if new is None:
            return skp.version_id
        uow.audit("rhk", rhk.id, f"Urutan RHK \"{rhk.teks[:60]}\" diubah ke {new + 1}")
        uow.touch(skp)
        return _version_after(uow, skp)


def move_indikator(ctx: AppContext, indikator_id: int, delta: int, *, expected_version: int | None = None) -> int:
    """Move an indicator within its RHK; returns the SKP's version."""
    with ctx.write("skp.urutkan_indikator") as uow:
        ind = _indikator_to_edit(uow, indikator_id, expected_version)
        skp = ind.rhk.skp
        new = _move(ind.rhk.indikator, ind, delta)
        if new is None:
            return skp.version_id
        uow.audit("indikator", ind.id, f"Urutan indikator \"{ind.teks[:60]}\" diubah ke {new + 1}")
        uow.touch(skp)
        return _version_after(uow, skp)


def delete_indikator(ctx: AppContext, indikator_id: int, *, expected_version: int | None = None) -> int:
    """Remove one indicator; returns the SKP's new version."""
    with ctx.write("skp.hapus_indikator") as uow:
        s = uow.session
        ind = _indikator_to_edit(uow, indikator_id, expected_version)
        rhk = ind.rhk
        skp = rhk.skp
        before = row_dict(ind)
        s.delete(ind)
        s.flush()
        _renumber([i for i in rhk.indikator if i.id != indikator_id])
        uow.audit("indikator", indikator_id, f"Indikator \"{before['teks'][:60]}\" dihapus", before, None)
        uow.touch(skp)
        return _version_after(uow, skp)
