"""Base of the main window's areas: lazy first load, refresh on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asn_desktop.domain.roles import AREA_PERMISSIONS
from asn_desktop.services.actor import Actor

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext


def area_allowed(key: str, actor: Actor) -> bool:
    """An area is shown when the actor has one of the permissions ``domain/roles.AREA_PERMISSIONS``
    declares for it (``()`` = everyone; the UI mirrors the roles, the services enforce them)."""
    perms = AREA_PERMISSIONS[key]
    return not perms or any(actor.can(p) for p in perms)


class BasePage(QWidget):
    """An area of the main window. ``activate()`` runs each time it is shown;
    ``load()`` runs once, on the first show, so start-up stays fast."""

    key = "base"  # also the area's entry in domain/roles.AREA_PERMISSIONS

    def __init__(self, ctx: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._prefetched: Any = None

    @classmethod
    def prefetch(cls, ctx: "AppContext") -> Any:
        """What ``load()`` reads, fetched off the UI thread (thread-safe services only);
        the main window calls it in the background before the area's first show at
        start-up and hands the result over with ``use_prefetched``. None: nothing to fetch."""
        return None

    def use_prefetched(self, data: Any) -> None:
        self._prefetched = data

    def take_prefetched(self) -> Any:
        """The prefetched data once (the next ``load()``, e.g. F5, reads afresh)."""
        data, self._prefetched = self._prefetched, None
        return data

    @classmethod
    def title(cls) -> str:
        return cls.key

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        """Whether the main window shows this area to ``actor`` (hidden otherwise)."""
        return area_allowed(cls.key, actor)

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Fill the page from services (first time shown)."""

    def refresh(self) -> None:
        """Reload after a change made elsewhere (e.g. an import)."""
        self.load()


class PlaceholderPage(BasePage):
    """An area whose full content is being built; says what will be here."""

    description = ""

    def __init__(self, ctx: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        head = QLabel(f"<h2>{self.title()}</h2>")
        body = QLabel(self.description)
        body.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(body)
        lay.addStretch(1)
