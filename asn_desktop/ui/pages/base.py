"""Base of the main window's areas: lazy first load, refresh when data they show changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asn_desktop.domain.roles import AREA_PERMISSIONS
from asn_desktop.services.actor import Actor
from asn_desktop.services.changes import Change
from asn_desktop.ui.loading import Loader

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext


def area_allowed(key: str, actor: Actor) -> bool:
    """An area is shown when the actor has one of the permissions ``domain/roles.AREA_PERMISSIONS``
    declares for it (``()`` = everyone; the UI mirrors the roles, the services enforce them)."""
    perms = AREA_PERMISSIONS[key]
    return not perms or any(actor.can(p) for p in perms)


class BasePage(QWidget):
    """An area of the main window. ``activate()`` runs each time it is shown;
    ``load()`` runs once, on the first show, so start-up stays fast.

    ``watches`` names the kinds of data the area shows (services/changes.py). When
    a write elsewhere changes one of them, the main window calls ``changes_made``:
    shown, the area refreshes at once; hidden, it refreshes on its next visit.

    An area whose first view reads much (a regency has 15,000 employees) fetches it off
    the UI thread: ``self.loader(show, over=table)`` once in ``__init__``, then in ``load()``
    ``loader.request(lambda: service(ctx, ...))``; ``show(data)`` fills the widgets on the
    UI thread (ui/loading.py). ``is_loaded`` tells when nothing is being fetched any more."""

    key = "base"  # also the area's entry in domain/roles.AREA_PERMISSIONS
    #: what ``undo_text``/``redo_text`` return changed (the main window's Edit menu follows)
    undo_changed = Signal()
    #: What this area shows; changes to anything else never reload it.
    watches: Change = Change.NONE

    def __init__(self, ctx: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._pending = Change.NONE  # changed while hidden: refreshed on the next visit
        self._prefetched: Any = None

    @classmethod
    def prefetch(cls, ctx: "AppContext") -> Any:
        """What ``load()`` reads, fetched off the UI thread (thread-safe services only);
        the main window calls it in the background before the area's first show at
        start-up and hands the result over with ``use_prefetched``. None: nothing to fetch."""
        return None

    def loader(self, show: Callable[[Any], None], *, over: QWidget | None = None,
               on_error: Callable[[BaseException, str], None] | None = None,
               view: QWidget | None = None) -> Loader:
        """A background fetch for one view of this area (the page itself, or one of its tabs:
        ``view``); ``over`` is the widget the quiet "Memuat…" covers while it runs."""
        return Loader(view if view is not None else self, show, over=over, on_error=on_error)

    @property
    def is_loaded(self) -> bool:
        """Shown once, and none of its views' data is still being fetched (tests wait for this)."""
        return self._loaded and not any(ld.busy for ld in self.findChildren(Loader))

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
            self._pending = Change.NONE
            self.load()
        elif self._pending:
            pending, self._pending = self._pending, Change.NONE
            self.apply_changes(pending)

    def changes_made(self, changes: Change, *, shown: bool) -> bool:
        """Data changed by a write made elsewhere; True when it concerns this area.

        A page not loaded yet reads everything on its first show anyway, not what was prefetched
        before the change."""
        relevant = changes & self.watches
        if not relevant:
            return False
        if not self._loaded:
            self._prefetched = None
            return True
        if shown:
            self.apply_changes(relevant)
        else:
            self._pending |= relevant
        return True

    @property
    def pending_changes(self) -> Change:
        """What changed while the area was hidden (refreshed on its next visit)."""
        return self._pending

    def apply_changes(self, changes: Change) -> None:
        """Refresh what ``changes`` touches; by default the whole area is read again."""
        self.load()

    def load(self) -> None:
        """Fill the page from services (first time shown)."""

    def refresh(self) -> None:
        """Reload on the user's request (F5)."""
        self.load()

    # -- Edit › Urungkan / Ulangi: the area's own history of this session ("" = nothing)
    def undo_text(self) -> str:
        return ""

    def redo_text(self) -> str:
        return ""

    def undo(self) -> None:
        """Take back the newest edit shown in this area (Ctrl+Z)."""

    def redo(self) -> None:
        """Do again the edit undone last (Ctrl+Shift+Z, Ctrl+Y)."""


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
