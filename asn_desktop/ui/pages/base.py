"""Base of the main window's areas: lazy first load, refresh on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asn_desktop.services.context import AppContext


class BasePage(QWidget):
    """An area of the main window. ``activate()`` runs each time it is shown;
    ``load()`` runs once, on the first show, so start-up stays fast."""

    key = "base"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False

    @classmethod
    def title(cls) -> str:
        return cls.key

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

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        head = QLabel(f"<h2>{self.title()}</h2>")
        body = QLabel(self.description)
        body.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(body)
        lay.addStretch(1)
