"""Use cases: one named operation per user action.

Each operation takes an ``AppContext`` (database + acting user), checks
permissions, runs one transaction, writes the audit log and returns plain
dataclasses. Nothing here imports Qt.
"""

from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)

__all__ = [
    "Actor",
    "AppContext",
    "ConflictError",
    "NotFound",
    "PermissionDenied",
    "ServiceError",
    "ValidationError",
]
