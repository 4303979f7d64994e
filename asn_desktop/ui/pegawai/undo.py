"""Undo and redo of profile edits within the session (Ctrl+Z / Ctrl+Shift+Z).

A command holds the profile as it was before and after one save; undoing saves the
"before" again through the same service operation (``save_profil``: permission check,
validation, optimistic lock, audit), redoing saves the "after". Nothing is rewritten
behind the services' back, so the audit log shows an undo as the edit it is, and the
other areas hear of it through the change flags like any other save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.pegawai import Profil, SaveResult, save_profil
from asn_desktop.ui.i18n import fmt


class ProfileEdit(QUndoCommand):
    """One saved profile edit. Pushed after the save happened, so the first ``redo`` (which
    ``QUndoStack.push`` calls) does nothing. A refused undo or redo (someone changed the
    record since, or a rule now refuses it) reports the error and drops the command."""

    def __init__(self, ctx: AppContext, before: Profil, after: SaveResult,
                 applied: Callable[[SaveResult, bool], None],
                 refused: Callable[[ServiceError], None]) -> None:
        super().__init__(fmt(QCoreApplication.translate("ProfileEdit", "ubah profil %1"), after.row.nama))
        self.ctx = ctx
        self.before = before
        self.after = after.profil
        self.version = after.profil.data.version_id
        self._applied = applied
        self._refused = refused
        self._done = True  # the dialog saved it already

    def undo(self) -> None:
        res = self._save(self.before)
        if res is not None:
            self.before = res.profil  # fresh ids of history rows put back
            self._applied(res, True)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        res = self._save(self.after)
        if res is not None:
            self.after = res.profil
            self._applied(res, False)

    def _save(self, target: Profil) -> SaveResult | None:
        try:
            res = save_profil(self.ctx, replace(target.data, version_id=self.version), target.riwayat)
        except ServiceError as exc:
            self.setObsolete(True)  # QUndoStack removes it: nothing to undo or redo any more
            self._refused(exc)
            return None
        self.version = res.profil.data.version_id
        return res
