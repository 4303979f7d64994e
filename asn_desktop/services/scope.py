"""Data-dependent access rules (issue 7), shared by every service.

- Admin: everything.
- Operator: master data and SKP preparation for anyone, never ratings.
- Penilai: approves SKPs and rates only the people they are pejabat penilai of
  (``Skp.pejabat_penilai_id``, falling back to ``Pegawai.atasan_id``).
- Pegawai: only their own SKP, realisasi, self-assessment and 360° input.
"""

from __future__ import annotations

from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.domain.enums import Role
from asn_desktop.services.context import Actor
from asn_desktop.services.errors import PermissionDenied


def is_penilai_of(actor: Actor, skp: Skp | None = None, pegawai: Pegawai | None = None) -> bool:
    if actor.pegawai_id is None:
        return False
    if skp is not None and skp.pejabat_penilai_id is not None:
        return skp.pejabat_penilai_id == actor.pegawai_id
    target = pegawai if pegawai is not None else (skp.pegawai if skp is not None else None)
    return target is not None and target.atasan_id == actor.pegawai_id


def require_penilai_of(actor: Actor, skp: Skp) -> None:
    """Approving, returning and rating: admin, or the SKP's own pejabat penilai."""
    if actor.role == Role.ADMIN:
        return
    if actor.role == Role.PENILAI and is_penilai_of(actor, skp=skp):
        return
    raise PermissionDenied(
        f"Hanya pejabat penilai ({skp.penilai_nama or 'belum ditetapkan'}) atau admin yang dapat "
        f"melakukan ini untuk SKP {skp.pegawai_nama}."
    )


def require_own_or_manager(actor: Actor, pegawai_id: int, *, operator_allowed: bool = True) -> None:
    """Editing an employee's own SKP/realisasi: the employee, their penilai, an operator or admin."""
    if actor.role == Role.ADMIN or (operator_allowed and actor.role == Role.OPERATOR):
        return
    if actor.pegawai_id == pegawai_id:
        return
    raise PermissionDenied("Anda hanya dapat mengubah data kinerja milik Anda sendiri.")


def can_see_ratings(actor: Actor, skp: Skp) -> bool:
    """Ratings are confidential: admin, the penilai, and the employee themself."""
    if actor.role == Role.ADMIN:
        return True
    if actor.pegawai_id is not None and actor.pegawai_id == skp.pegawai_id:
        return True
    return actor.role == Role.PENILAI and is_penilai_of(actor, skp=skp)
