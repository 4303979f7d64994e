"""Who may do what. Pure data: services enforce it, the UI mirrors it.

Scope rules that depend on data (a Penilai acts only on their own
subordinates, a Pegawai only on their own SKP) live in services/scope.py; the
SCOPE_* permissions say whose data a role reaches.
"""

from __future__ import annotations

from enum import StrEnum

from asn_desktop.domain.enums import Role


class Permission(StrEnum):
    MASTER_READ = "master.read"  # see employees and units
    MASTER_WRITE = "master.write"  # edit employees, units, history
    EXCHANGE = "exchange"  # Excel import / export
    SKP_READ_ALL = "skp.read_all"
    SKP_EDIT_ANY = "skp.edit_any"  # prepare SKPs for anyone (operator helps)
    SKP_EDIT_OWN = "skp.edit_own"
    SKP_APPROVE = "skp.approve"  # scoped: own subordinates unless admin
    EVAL_SELF = "eval.self"  # realisasi, self-assessment, 360 input
    EVAL_RATE = "eval.rate"  # scoped: own subordinates unless admin
    EVAL_READ_ALL = "eval.read_all"  # see every rating (confidential)
    EVAL_LIST_ALL = "eval.list_all"  # see every evaluation's progress, not its ratings
    SCOPE_ALL = "scope.all"  # approve, rate, see ratings for anyone (not only one's own people)
    SCOPE_BAWAHAN = "scope.bawahan"  # act on the SKPs of the people one is pejabat penilai of
    PERIOD_ADMIN = "period.admin"  # open/close/reopen periods, org predicate
    REPORTS = "reports"
    USERS = "users"
    AUDIT_READ = "audit.read"
    BACKUP = "backup"
    SETTINGS = "settings"
    LAYANAN_ENTRI = "layanan.entri"  # front desk: service and complaint registers, standards, holidays
    LAYANAN_HASIL = "layanan.hasil"  # scoped: register figures of the units one heads (services/scope.py)


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.OPERATOR: frozenset(
        {
            Permission.MASTER_READ,
            Permission.MASTER_WRITE,
            Permission.EXCHANGE,
            Permission.SKP_READ_ALL,
            Permission.SKP_EDIT_ANY,
            Permission.EVAL_LIST_ALL,
            Permission.REPORTS,
            Permission.BACKUP,
            Permission.LAYANAN_ENTRI,
        }
    ),
    Role.PENILAI: frozenset(
        {
            Permission.MASTER_READ,
            Permission.SKP_EDIT_OWN,
            Permission.SKP_APPROVE,
            Permission.EVAL_SELF,
            Permission.EVAL_RATE,
            Permission.SCOPE_BAWAHAN,
            Permission.REPORTS,
            Permission.LAYANAN_HASIL,
        }
    ),
    Role.PEGAWAI: frozenset({Permission.SKP_EDIT_OWN, Permission.EVAL_SELF}),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


#: Which area of the main window a role sees: any one of these permissions; ``()`` = everyone.
#: The only declaration: the main window, the area registry and the tests read it.
#: Operator has no rating permission, so Penilaian is hidden; a Pegawai sees only
#: SKP, Penilaian and Pengaturan (own password, language). Services enforce the
#: permissions anyway; this only keeps areas the role cannot use out of sight.
AREA_PERMISSIONS: dict[str, tuple[Permission, ...]] = {
    "pegawai": (Permission.MASTER_READ,),
    "skp": (Permission.SKP_READ_ALL, Permission.SKP_EDIT_ANY, Permission.SKP_EDIT_OWN),
    "penilaian": (Permission.EVAL_SELF, Permission.EVAL_RATE, Permission.EVAL_READ_ALL),
    "laporan": (Permission.REPORTS,),
    "register": (Permission.LAYANAN_ENTRI, Permission.LAYANAN_HASIL),  # registers: front desk; dashboard: leaders
    "sinkronisasi": (Permission.EXCHANGE,),
    "layanan": (Permission.MASTER_WRITE, Permission.REPORTS),  # SKM: front-desk entry, results for leaders
    "pengaturan": (),
}


def area_visible(role: Role | str, area: str) -> bool:
    """Whether ``role`` sees the main-window ``area`` (KeyError for an area nobody declared)."""
    perms = AREA_PERMISSIONS[area]
    return not perms or any(has_permission(role, p) for p in perms)
