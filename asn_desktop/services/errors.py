"""Errors a service raises; ``message`` is Bahasa Indonesia, ready for the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pesan_dari  # noqa: F401 - services import it from here
from asn_desktop.domain.nama import rapikan_titik


class ServiceError(Exception):
    """``message`` is the Indonesian text (logs, CLI, tests); when the service gave a ``Msg``
    (domain/messages), ``pesan`` keeps it so the UI can show it in the installed language."""

    def __init__(self, message: str | Msg, *, details: list[str] | None = None) -> None:
        self.pesan: Msg | None = message if isinstance(message, Msg) else None
        message = rapikan_titik(str(message))  # "… SKP Heri, S.H.." composed from a name ending in a period
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message if not self.details else self.message + "\n" + "\n".join(self.details)


class PermissionDenied(ServiceError):
    pass


class SesiBerakhir(PermissionDenied):
    """The logged-in account was deactivated or changed since login: the window must log in again."""


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Optimistic-lock conflict: someone else saved this record meanwhile."""


@dataclass
class FieldProblem:
    """``message`` is Indonesian; given a ``Msg`` it keeps it in ``pesan`` for the screen."""

    field: str
    message: str
    warning: bool = False
    pesan: Msg | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Msg):
            self.pesan, self.message = self.message, str(self.message)


class ValidationError(ServiceError):
    def __init__(self, message: str | Msg, problems: list[FieldProblem] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message, details=[f"{p.field}: {p.message}" for p in self.problems])


@dataclass
class Problems:
    """Collects field problems; ``raise_if_errors`` turns errors into one ValidationError."""

    items: list[FieldProblem] = field(default_factory=list)

    def error(self, fld: str, message: str | Msg) -> None:
        self.items.append(FieldProblem(fld, message))  # type: ignore[arg-type] # a Msg: see FieldProblem

    def warn(self, fld: str, message: str | Msg) -> None:
        self.items.append(FieldProblem(fld, message, warning=True))  # type: ignore[arg-type]

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [p for p in self.items if p.warning]

    def raise_if_errors(self, message: str | Msg = Msg.of(QT_TRANSLATE_NOOP("Pesan", "Data belum valid."))) -> None:
        if self.errors:
            raise ValidationError(message, self.errors)
