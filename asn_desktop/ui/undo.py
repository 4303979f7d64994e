"""Undo and redo of SKP and evaluation edits within the session (Edit menu, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y).

One ``QUndoStack`` per record (an SKP, or an SKP's evaluation in one period), kept for the
session by the editor that shows it; the Edit menu acts on the stack of the record on screen.
Per record rather than one stack per area, because Ctrl+Z must never change a record the user
is not looking at, and because a workflow step (submit, approve, finalise) ends the undo
history of exactly that record and no other.

A command holds what one save changed, before and after, as service inputs. Undoing calls the
same service operation with the "before" (permission check, validation, audit, the change
flags that refresh the other areas), redoing with the "after". Each call carries the version
this session last wrote for the record: when someone else saved it since, the service refuses
with a ConflictError and the history of that record is dropped rather than forced over their
change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from asn_desktop.services.errors import ServiceError


class RecordHistory(QObject):
    """The undo stacks of one editor, one per record, and the version each record had after
    this session's last write (the optimistic lock an undo is sent with)."""

    changed = Signal()  # the stack on screen, its texts or the record shown changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stacks: dict[Hashable, QUndoStack] = {}
        self._versions: dict[Hashable, int | None] = {}
        self._active: Hashable | None = None

    # -- which record -------------------------------------------------------------------
    def show(self, key: Hashable | None, version: int | None) -> None:
        """The editor shows ``key`` as loaded with ``version``. With no history yet for it that
        version is the one undo will expect; with a history, the version this session wrote
        stays (a newer one in the database is someone else's change and refuses the undo)."""
        self._active = key
        if key is not None and not self.stack(key).count():
            self._versions[key] = version
        self.changed.emit()

    @property
    def active(self) -> Hashable | None:
        return self._active

    def stack(self, key: Hashable) -> QUndoStack:
        st = self._stacks.get(key)
        if st is None:
            st = QUndoStack(self)
            st.indexChanged.connect(self.changed)  # signal to signal: no slot outlives the history
            st.cleanChanged.connect(self.changed)
            self._stacks[key] = st
        return st

    def current(self) -> QUndoStack | None:
        return None if self._active is None else self.stack(self._active)

    # -- versions ------------------------------------------------------------------------
    def version(self, key: Hashable) -> int | None:
        return self._versions.get(key)

    def wrote(self, key: Hashable, version: int | None) -> None:
        """This session saved ``key``; its version is now ``version``."""
        self._versions[key] = version

    # -- history -------------------------------------------------------------------------
    def push(self, key: Hashable, command: QUndoCommand) -> None:
        self.stack(key).push(command)
        self.changed.emit()

    def clear(self, key: Hashable) -> bool:
        """End the history of ``key`` (a workflow step, a conflict); True if there was one."""
        st = self._stacks.get(key)
        had = st is not None and st.count() > 0
        if st is not None:
            st.clear()
        self.changed.emit()
        return had

    def undo_text(self) -> str:
        st = self.current()
        return st.undoText() if st is not None and st.canUndo() else ""

    def redo_text(self) -> str:
        st = self.current()
        return st.redoText() if st is not None and st.canRedo() else ""

    def undo(self) -> None:
        st = self.current()
        if st is not None and st.canUndo():
            st.undo()

    def redo(self) -> None:
        st = self.current()
        if st is not None and st.canRedo():
            st.redo()


class ServiceCommand(QUndoCommand):
    """One saved edit of a record, undone and redone through service operations.

    ``apply(undo, version)`` sends the "before" (undo=True) or the "after" with the expected
    version and returns the record's new version; ``applied(text, undone)`` then refreshes the
    editor. Pushed after the save happened, so the first ``redo`` (which
    ``QUndoStack.push`` calls) does nothing. A refused call reports the error through
    ``refused`` and marks the command obsolete (the stack drops it)."""

    def __init__(self, text: str, history: RecordHistory, key: Hashable,
                 apply: Callable[[bool, int | None], int | None],
                 applied: Callable[[str, bool], None], refused: Callable[[ServiceError, Hashable], None]) -> None:
        super().__init__(text)
        self.history = history
        self.key = key
        self._apply = apply
        self._applied = applied
        self._refused = refused
        self._done = True  # the editor saved it already

    def undo(self) -> None:
        self._run(True)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(False)

    def _run(self, undo: bool) -> None:
        try:
            version = self._apply(undo, self.history.version(self.key))
        except ServiceError as exc:
            self.setObsolete(True)  # QUndoStack removes it: nothing to undo or redo any more
            self._refused(exc, self.key)
            return
        self.history.wrote(self.key, version)
        self._applied(self.text(), undo)
