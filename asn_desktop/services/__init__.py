"""Use cases: one named operation per user action.

Each operation takes an ``AppContext`` (database + acting user), checks
permissions, runs one transaction, writes the audit log and returns plain
dataclasses. Nothing here imports Qt.
"""

from typing import TYPE_CHECKING, Any

from asn_desktop.services.actor import Actor
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

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext


def __getattr__(name: str) -> Any:
    """``AppContext`` on first use: importing it pulls in SQLAlchemy, which the GUI's
    first window must not wait for (docs/benchmarks.md, start-up)."""
    if name == "AppContext":
        from asn_desktop.services.context import AppContext

        return AppContext
    raise AttributeError(name)
