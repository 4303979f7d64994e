"""Every access rule that depends on data, in one place, over plain ids.

Which role may do what is data (``domain/roles.py``); this module adds whose data:

- ``Permission.SCOPE_ALL`` (admin): approve, rate and see ratings for anyone.
- ``Permission.SCOPE_BAWAHAN`` (penilai): the same, but only for the people one is pejabat
  penilai of (``Skp.pejabat_penilai_id``, falling back to ``Pegawai.atasan_id``;
  PermenPANRB 6/2022 Pasal 35); a Penilai also drafts their SKPs with them.
- ``Permission.EVAL_LIST_ALL`` (admin, operator): see every evaluation, never its ratings.
- Everyone: their own SKP, realisasi, self-assessment and 360° input.

Rules are stated over a :class:`Sasaran` (the ids a check needs), so the same rule serves
one ORM object and a column query over thousands of employees. The ``require_*`` forms
raise PermissionDenied with a message naming the account and the person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Pegawai, Skp, UnitKerja
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.unit import nama_dengan_kecamatan
from asn_desktop.services.context import Actor
from asn_desktop.services.errors import PermissionDenied


@dataclass(frozen=True)
class Sasaran:
    """Whose data an action touches: the employee, the SKP's pejabat penilai and the employee's atasan."""

    pegawai_id: int
    pejabat_penilai_id: int | None = None
    atasan_id: int | None = None
    pegawai_nama: str = ""
    penilai_nama: str = ""

    @property
    def penilai_id(self) -> int | None:
        """The pejabat penilai: the one the SKP names, else the employee's atasan."""
        return self.pejabat_penilai_id if self.pejabat_penilai_id is not None else self.atasan_id


def dari_skp(skp: Skp | Any, atasan_id: int | None = None) -> Sasaran:
    """The target of an SKP (an ``Skp`` or a column row with the same names). The atasan is read
    only when the SKP names no pejabat penilai; pass it for column rows."""
    if atasan_id is None and skp.pejabat_penilai_id is None:
        peg = getattr(skp, "pegawai", None)
        atasan_id = peg.atasan_id if peg is not None else None
    return Sasaran(skp.pegawai_id, skp.pejabat_penilai_id, atasan_id,
                   getattr(skp, "pegawai_nama", "") or "", getattr(skp, "penilai_nama", "") or "")


def dari_pegawai(pegawai_id: int, atasan_id: int | None, nama: str = "") -> Sasaran:
    """The target of an employee without an SKP yet (creating one)."""
    return Sasaran(pegawai_id, None, atasan_id, nama)


def _sasaran(t: Sasaran | Skp | Any) -> Sasaran:
    return t if isinstance(t, Sasaran) else dari_skp(t)


# --------------------------------------------------------------------------- predicates


def is_penilai_of(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """The actor is the target's pejabat penilai (whatever the actor's role)."""
    t = _sasaran(t)
    return actor.pegawai_id is not None and t.penilai_id == actor.pegawai_id


def sendiri(actor: Actor, pegawai_id: int) -> bool:
    return actor.pegawai_id is not None and actor.pegawai_id == pegawai_id


def bertindak_sebagai_penilai(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """Approving, returning and rating the target: anyone in scope (admin) or his own pejabat penilai."""
    if actor.can(Permission.SCOPE_ALL):
        return True
    return actor.can(Permission.SCOPE_BAWAHAN) and is_penilai_of(actor, t)


def boleh_baca_skp(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    if actor.can(Permission.SKP_READ_ALL):
        return True
    t = _sasaran(t)
    return sendiri(actor, t.pegawai_id) or (actor.can(Permission.SCOPE_BAWAHAN) and is_penilai_of(actor, t))


def boleh_ubah_skp(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """Operator/admin for anyone; the employee for his own SKP; a Penilai for the SKPs he is
    pejabat penilai of (supervisors often draft with their staff). Creating one uses the
    employee's atasan (:func:`dari_pegawai`)."""
    if actor.can(Permission.SKP_EDIT_ANY):
        return True
    if not actor.can(Permission.SKP_EDIT_OWN) or actor.pegawai_id is None:
        return False
    t = _sasaran(t)
    return sendiri(actor, t.pegawai_id) or (actor.can(Permission.SCOPE_BAWAHAN) and is_penilai_of(actor, t))


def boleh_ubah_milik(actor: Actor, pegawai_id: int) -> bool:
    """An employee's own realisasi, self-assessment and 360° input: himself, or an operator/admin for him."""
    return actor.can(Permission.SKP_EDIT_ANY) or sendiri(actor, pegawai_id)


def boleh_pilih_penilai_lain(actor: Actor) -> bool:
    """Naming a pejabat penilai other than the direct supervisor (PermenPANRB 6/2022 Pasal 5:
    the atasan langsung rates) is an operator/admin decision, never the employee's or the Penilai's."""
    return actor.can(Permission.SKP_EDIT_ANY)


def boleh_pilih_semua_pegawai(actor: Actor) -> bool:
    """Pickers list every active employee for those who browse the employee list or edit any SKP;
    anyone else picks from himself and his atasan."""
    return actor.can(Permission.MASTER_READ) or actor.can(Permission.SKP_EDIT_ANY)


def boleh_lihat_matriks(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """A leader's matriks peran hasil: whoever may read the leader's SKP, and every account linked
    to an employee (subordinates read their supervisor's RHK to intervene them, Pasal 9)."""
    return boleh_baca_skp(actor, t) or actor.pegawai_id is not None


def can_see_ratings(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """Ratings are confidential: whoever reads every rating, the employee himself and his penilai."""
    if actor.can(Permission.EVAL_READ_ALL):
        return True
    t = _sasaran(t)
    return sendiri(actor, t.pegawai_id) or bertindak_sebagai_penilai(actor, t)


def boleh_lihat_predikat_karier(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """The annual predikat as a career condition (kenaikan pangkat, gaji berkala, nine-box, rapor):
    whoever may see the rating, and career administration (``Permission.KARIER``), which files
    the proposals that must state it (PP 99/2000 Pasal 18)."""
    return actor.can(Permission.KARIER) or can_see_ratings(actor, t)


def boleh_lihat_kinerja_pegawai(actor: Actor, pegawai_id: int, atasan_id: int | None = None) -> bool:
    """An employee's own record (Kinerja Saya, Rapor Kinerja): himself, his pejabat penilai,
    and Operator/Admin for anyone."""
    if actor.can(Permission.SKP_READ_ALL) or sendiri(actor, pegawai_id):
        return True
    return actor.can(Permission.SCOPE_BAWAHAN) and is_penilai_of(actor, dari_pegawai(pegawai_id, atasan_id))


def boleh_lihat_evaluasi(actor: Actor, t: Sasaran | Skp | Any) -> bool:
    """Seeing an evaluation at all (not necessarily its ratings)."""
    if lihat_semua_evaluasi(actor):
        return True
    t = _sasaran(t)
    return sendiri(actor, t.pegawai_id) or (actor.can(Permission.SCOPE_BAWAHAN) and is_penilai_of(actor, t))


def lihat_semua_evaluasi(actor: Actor) -> bool:
    """List queries skip the per-row checks for those who see every evaluation."""
    return actor.can(Permission.EVAL_LIST_ALL) or actor.can(Permission.EVAL_READ_ALL)


def lihat_semua_kandidat_penghargaan(actor: Actor) -> bool:
    """Whoever prints Piagam Penghargaan (operator, admin) sees the whole award-candidate list: the
    certificate itself states the achievement publicly, and the printer must know whom to print for."""
    return actor.can(Permission.EVAL_READ_ALL) or actor.can(Permission.PIAGAM)


def boleh_cetak_piagam(actor: Actor) -> bool:
    return actor.can(Permission.PIAGAM)


def boleh_lihat_insentif(actor: Actor) -> bool:
    """Allowance amounts are pay data: admin only (the treasurer receives the export)."""
    return actor.can(Permission.INSENTIF)


def pegawai_terlihat(s: Session, actor: Actor) -> set[int] | None:
    """None = everyone; otherwise the employees whose SKP the actor may see in lists."""
    if actor.can(Permission.SKP_READ_ALL):
        return None
    ids: set[int] = set()
    if actor.pegawai_id is not None:
        ids.add(actor.pegawai_id)
        if actor.can(Permission.SCOPE_BAWAHAN):
            ids.update(s.scalars(select(Pegawai.id).where(Pegawai.atasan_id == actor.pegawai_id)))
            ids.update(s.scalars(select(Skp.pegawai_id).where(Skp.pejabat_penilai_id == actor.pegawai_id)))
    return ids


# --------------------------------------------------------------------------- meetings and coaching

#: unit id → (parent id, kepala id): the unit tree as the leader rules read it
UnitTree = Mapping[int, tuple[int | None, int | None]]


def unit_tree(s: Session) -> dict[int, tuple[int | None, int | None]]:
    """The unit tree as the leader rules read it, in one column query."""
    return {uid: (parent, kepala) for uid, parent, kepala in
            s.execute(select(UnitKerja.id, UnitKerja.parent_id, UnitKerja.kepala_id))}


def nama_unit(s: Session) -> dict[int, str]:
    """unit id → the name to show wherever a unit is listed: at regency scale (more than one
    kecamatan in the database) "Seksi Pemerintahan — Kecamatan Maulafa"; a single office sees
    its names unchanged (``domain.unit.nama_dengan_kecamatan``). One column query."""
    return nama_dengan_kecamatan(
        s.execute(select(UnitKerja.id, UnitKerja.parent_id, UnitKerja.nama, UnitKerja.jenis)).all())


def memimpin_unit(actor: Actor, unit_id: int | None, units: UnitTree) -> bool:
    """The actor heads ``unit_id`` or a unit above it; ``None`` (the whole kecamatan) is led
    by the head of a top unit (the Camat)."""
    if actor.pegawai_id is None:
        return False
    if unit_id is None:
        return any(parent is None and kepala == actor.pegawai_id for parent, kepala in units.values())
    seen: set[int] = set()
    cur: int | None = unit_id
    while cur is not None and cur not in seen and cur in units:
        seen.add(cur)
        parent, kepala = units[cur]
        if kepala == actor.pegawai_id:
            return True
        cur = parent
    return False


def boleh_kelola_rapat(actor: Actor, unit_id: int | None, units: UnitTree) -> bool:
    """Running an evaluation meeting (participants, attendance, notes, follow-ups): admin, or a
    leader of the meeting's unit (kinerja-asn.md §2: the unit's leader evaluates with his team)."""
    if actor.can(Permission.SCOPE_ALL):
        return True
    return actor.can(Permission.RAPAT) and memimpin_unit(actor, unit_id, units)


def boleh_kelola_bimbingan(actor: Actor, t: Sasaran, unit_id: int | None, units: UnitTree) -> bool:
    """Recording coaching for an employee: admin, his pejabat penilai or a leader of his unit
    (pembinaan kinerja is the atasan's task, PermenPANRB 6/2022 Pasal 5)."""
    if actor.can(Permission.SCOPE_ALL):
        return True
    if not actor.can(Permission.RAPAT) or sendiri(actor, t.pegawai_id):
        return False
    return is_penilai_of(actor, t) or (unit_id is not None and memimpin_unit(actor, unit_id, units))


def require_kelola_rapat(actor: Actor, unit_id: int | None, units: UnitTree) -> None:
    if not boleh_kelola_rapat(actor, unit_id, units):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mengelola rapat ini: hanya pimpinan unit yang dievaluasi (atau unit di atasnya) dan admin."),
                username=actor.username,
            )
        )


# --------------------------------------------------------------------------- requirements


def require_penilai_of(actor: Actor, t: Sasaran | Skp | Any) -> None:
    """Approving, returning and rating: admin, or the SKP's own pejabat penilai."""
    t = _sasaran(t)
    if bertindak_sebagai_penilai(actor, t):
        return
    raise PermissionDenied(
        Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Hanya pejabat penilai ({penilai}) atau admin yang dapat melakukan ini untuk SKP {pegawai_nama}."),
            penilai=t.penilai_nama or 'belum ditetapkan', pegawai_nama=t.pegawai_nama,
        )
    )


def require_own_or_manager(actor: Actor, pegawai_id: int) -> None:
    """Editing an employee's own realisasi: the employee, an operator or admin."""
    if not boleh_ubah_milik(actor, pegawai_id):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Anda hanya dapat mengubah data kinerja milik Anda sendiri."),
        ))


def require_baca_skp(actor: Actor, t: Sasaran | Skp | Any) -> None:
    t = _sasaran(t)
    if not boleh_baca_skp(actor, t):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak melihat SKP {pegawai_nama}."),
            username=actor.username, pegawai_nama=t.pegawai_nama,
        ))


def require_lihat_matriks(actor: Actor, t: Sasaran | Skp | Any) -> None:
    t = _sasaran(t)
    if not boleh_lihat_matriks(actor, t):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak melihat matriks {pegawai_nama}."),
            username=actor.username, pegawai_nama=t.pegawai_nama,
        ))


def require_ubah_skp(actor: Actor, t: Sasaran | Skp | Any) -> None:
    t = _sasaran(t)
    if not boleh_ubah_skp(actor, t):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mengubah SKP {pegawai_nama}: pegawai hanya dapat mengubah SKP miliknya sendiri, pejabat penilai SKP bawahannya, operator dan admin SKP siapa pun."),
                username=actor.username, pegawai_nama=t.pegawai_nama,
            )
        )


def require_buat_skp(actor: Actor, t: Sasaran) -> None:
    if not boleh_ubah_skp(actor, t):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak membuat SKP untuk {pegawai_nama}."),
            username=actor.username, pegawai_nama=t.pegawai_nama,
        ))


# --------------------------------------------------------------------------- unit leaders (public-service figures)

#: the unit tree of the leader rules (same as ``UnitTree``; one ``unit_tree`` query builds it)
PohonUnit = UnitTree


def unit_dipimpin(actor: Actor, pohon: PohonUnit) -> set[int] | None:
    """None = every unit (admin); otherwise the units whose register figures the actor sees:
    those he heads and every unit below them (``Permission.LAYANAN_HASIL``)."""
    if actor.can(Permission.SCOPE_ALL):
        return None
    if not actor.can(Permission.LAYANAN_HASIL):
        return set()
    return {u for u in pohon if memimpin_unit(actor, u, pohon)}


def boleh_lihat_hasil_layanan(actor: Actor, pohon: PohonUnit, *, unit_id: int | None = None,
                              pegawai_id: int | None = None, unit_pegawai: int | None = None,
                              atasan_pegawai: int | None = None) -> bool:
    """Register and survey figures are for the leaders of the unit they describe: admin; a leader
    (``Permission.LAYANAN_HASIL``) of the unit or a unit above it — of the employee's unit when the
    figures are one employee's, and then also his atasan and the employee himself."""
    if actor.can(Permission.SCOPE_ALL):
        return True
    if pegawai_id is not None:
        if sendiri(actor, pegawai_id):
            return True
        if not actor.can(Permission.LAYANAN_HASIL):
            return False
        return (atasan_pegawai is not None and atasan_pegawai == actor.pegawai_id) or (
            unit_pegawai is not None and memimpin_unit(actor, unit_pegawai, pohon))
    return actor.can(Permission.LAYANAN_HASIL) and memimpin_unit(actor, unit_id, pohon)
