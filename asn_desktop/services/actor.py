"""Who is acting: kept apart from ``services/context.py`` so the GUI can name the
user and decide which areas to show before SQLAlchemy is imported (start-up,
docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass

from asn_desktop.domain.enums import Role
from asn_desktop.domain.roles import Permission, has_permission


@dataclass(frozen=True)
class Actor:
    """Who is acting. ``pegawai_id`` links Penilai/Pegawai accounts to an employee."""

    user_id: int | None
    username: str
    role: Role
    pegawai_id: int | None = None
    nama: str = ""
    #: fingerprint of the account's password hash at login (``services.akun.login``); every
    #: write compares it and the account's active flag, role and employee link with the
    #: database, so a deactivated, demoted or re-passworded account stops writing at once.
    #: None for actors the code builds itself (system jobs, tests): nothing to compare.
    sesi: str | None = None

    @classmethod
    def system(cls, username: str = "sistem") -> "Actor":
        """For CLI commands and start-up jobs run by the machine's operator."""
        return cls(None, username, Role.ADMIN, None, "Sistem")

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)
