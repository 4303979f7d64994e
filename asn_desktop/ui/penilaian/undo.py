"""The evaluation editor's undoable edits: realisasi, ratings and feedback of one save.

A save is remembered as the evaluation's editable content before and after it
(``Isi``); undo and redo send the other side back through ``simpan_realisasi`` and
``set_penilaian`` (ui/undo.py explains the version each call carries). Only the parts
that differ are sent, so an employee's undo never touches the rating and a penilai's
undo of a rating never rewrites the employee's realisasi.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from asn_desktop.domain.enums import Rating
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.context import AppContext

Apply = Callable[[bool, int | None], int | None]

#: reason recorded when an undo changes a rating the pejabat penilai entered (audit data, in the
#: office's language like the rest of the audit log; the service asks for at least 5 characters)
ALASAN_URUNGKAN = "perubahan sebelumnya diurungkan"


@dataclass(frozen=True)
class Penilaian:
    rating: tuple[Rating | None, Rating | None]
    umpan_balik_indikator: tuple[tuple[int, str], ...]
    umpan_balik_perilaku: tuple[tuple[str, str], ...]
    catatan: str
    alasan_penyesuaian: str
    alasan_rating_pimpinan: str
    alasan_perubahan: str  # why an admin changed the penilai's rating (kept on the evaluation)


@dataclass(frozen=True)
class Isi:
    """What the evaluation editor saves, as it stood at one moment."""

    realisasi: tuple[tuple[int, str, str, float | None], ...]  # indikator id, rencana aksi, realisasi, angka
    penilaian: Penilaian


def isi_of(d: ev.EvaluasiDetail) -> Isi:
    inds = d.indikator()
    return Isi(
        realisasi=tuple((i.indikator_id, i.rencana_aksi, i.realisasi, i.realisasi_nilai) for i in inds),
        penilaian=Penilaian(
            rating=(d.rating_hasil, d.rating_perilaku),
            umpan_balik_indikator=tuple((i.indikator_id, i.umpan_balik) for i in inds),
            umpan_balik_perilaku=tuple((p.kode, p.umpan_balik) for p in d.perilaku),
            catatan=d.catatan_rekomendasi,
            alasan_penyesuaian=d.alasan_penyesuaian,
            alasan_rating_pimpinan=d.alasan_rating_pimpinan,
            alasan_perubahan=d.perubahan_rating.alasan if d.perubahan_rating is not None else "",
        ),
    )


def isi_apply(ctx: AppContext, evaluasi_id: int, tahunan: bool, before: Isi, after: Isi) -> Apply:
    """Send ``before`` (undo) or ``after`` (redo); returns the evaluation's new version."""
    changed_real = [b for b, a in zip(before.realisasi, after.realisasi, strict=False) if a != b]
    changed_ids = {r[0] for r in changed_real}

    def apply(undo: bool, version: int | None) -> int | None:
        target = before if undo else after
        if changed_ids:
            items = [ev.RealisasiInput(i, ra, re_, angka) for i, ra, re_, angka in target.realisasi
                     if i in changed_ids]
            version = ev.save_realisasi(ctx, evaluasi_id, items, version_id=version).version_id
        if before.penilaian != after.penilaian:
            p = target.penilaian
            version = ev.set_penilaian(
                ctx, evaluasi_id, p.rating[0], p.rating[1],
                umpan_balik_indikator=dict(p.umpan_balik_indikator),
                umpan_balik_perilaku=dict(p.umpan_balik_perilaku),
                catatan=p.catatan,
                alasan_penyesuaian=p.alasan_penyesuaian if tahunan else None,
                version_id=version,
                alasan_perubahan=p.alasan_perubahan or ALASAN_URUNGKAN,
                alasan_rating_pimpinan=p.alasan_rating_pimpinan or None,
            ).version_id
        return version
    return apply
