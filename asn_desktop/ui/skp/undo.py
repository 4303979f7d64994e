"""The SKP editor's undoable edits: header, RHK with their indicators, perilaku, lampiran.

Each builder returns ``apply(undo, version) -> new version`` for a ``ServiceCommand``
(ui/undo.py): the "before" or "after" sent through the SKP service with the version this
session last wrote. An RHK is restored as a whole (text, parent, indicators) with
``save_rhk``; one that was deleted is added again and moved back to its place, so an
indicator delete, an RHK delete and an RHK edit undo the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.indikator_input import IndikatorInput

Apply = Callable[[bool, int | None], int | None]


def header_input(d: S.SkpDetail, alasan: str = "") -> S.HeaderInput:
    """The header as shown, as the service's input (``alasan``: why a penilai other than the atasan)."""
    return S.HeaderInput(d.pendekatan, d.jenis_skp, d.pejabat_penilai_id, d.tempat_tanggal_ttd,
                         alasan_penilai=alasan)


def header_apply(ctx: AppContext, skp_id: int, before: S.HeaderInput, after: S.HeaderInput) -> Apply:
    def apply(undo: bool, version: int | None) -> int | None:
        return S.update_header(ctx, skp_id, before if undo else after, expected_version=version).version_id
    return apply


def perilaku_apply(ctx: AppContext, skp_id: int, before: dict[str, str], after: dict[str, str]) -> Apply:
    def apply(undo: bool, version: int | None) -> int | None:
        return S.update_perilaku(ctx, skp_id, before if undo else after, expected_version=version).version_id
    return apply


def lampiran_of(d: S.SkpDetail) -> tuple[str, str, str]:
    return (d.lampiran_dukungan_sumber_daya, d.lampiran_skema_pertanggungjawaban, d.lampiran_konsekuensi)


def lampiran_apply(ctx: AppContext, skp_id: int, before: tuple[str, str, str],
                   after: tuple[str, str, str]) -> Apply:
    def apply(undo: bool, version: int | None) -> int | None:
        return S.update_lampiran(ctx, skp_id, *(before if undo else after), expected_version=version).version_id
    return apply


def _rhk_input(r: S.RhkData, present: set[int]) -> S.RhkInput:
    """``r`` as the input that recreates it; indicators removed since come back as new ones."""
    return S.RhkInput(
        teks=r.teks, jenis=r.jenis, parent_rhk_id=r.parent_rhk_id,
        rhk_atasan_teks=r.rhk_atasan_teks if r.parent_rhk_id is None else "",
        perspektif=r.perspektif, penugasan_dari=r.penugasan_dari, klasifikasi=r.klasifikasi,
        indikator=[IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min, target_max=i.target_max,
                                  satuan=i.satuan, target_teks=i.target_teks,
                                  lebih_rendah_lebih_baik=i.lebih_rendah_lebih_baik,
                                  id=i.id if i.id in present else None)
                   for i in r.indikator])


def rhk_apply(ctx: AppContext, skp_id: int, before: S.RhkData | None, after: S.RhkData | None) -> Apply:
    """Put one RHK back as ``before`` (undo) or ``after`` (redo); None = the RHK does not exist."""
    ident = [(after or before).id]  # type: ignore[union-attr] - one of them is there

    def apply(undo: bool, version: int | None) -> int | None:
        target = before if undo else after
        if target is None:
            return S.delete_rhk(ctx, ident[0], expected_version=version)
        current = next((r for r in S.get_skp(ctx, skp_id).rhk if r.id == ident[0]), None)
        present = {i.id for i in current.indikator} if current is not None else set()
        saved = S.save_rhk(ctx, skp_id, _rhk_input(target, present), ident[0] if current else None,
                           expected_version=version)
        ident[0] = saved.id
        version = saved.skp_version_id
        if saved.urutan != target.urutan:  # added again at the end of its section: back to its place
            version = S.move_rhk(ctx, saved.id, target.urutan - saved.urutan, expected_version=version)
        return version
    return apply


def move_apply(ctx: AppContext, kind: str, ident: int, delta: int) -> Apply:
    fn = S.move_rhk if kind == "rhk" else S.move_indikator

    def apply(undo: bool, version: int | None) -> int | None:
        return fn(ctx, ident, -delta if undo else delta, expected_version=version)
    return apply


def version_of(result: object) -> int | None:
    """The SKP version after an editor write: services return the detail, the RHK or the version."""
    if isinstance(result, int):
        return result
    if isinstance(result, S.RhkData):
        return result.skp_version_id
    return getattr(result, "version_id", None)


#: reason recorded when an undo puts back a pejabat penilai other than the atasan (audit data, so
#: in the office's language like the rest of the audit log; the service asks for at least 10 characters)
ALASAN_URUNGKAN = "pejabat penilai sebelumnya dikembalikan (urungkan)"
