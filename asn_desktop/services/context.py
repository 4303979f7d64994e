"""The service entry point: an open database plus the acting user.

Every write is one ``ctx.write(aksi, permission)`` block: one transaction
(``BEGIN IMMEDIATE``), a permission check first, audit rows written in the same
transaction, rollback on any error so a failed operation leaves the database
as it was; after the commit, subscribers hear what kinds of data changed
(services/changes.py). Reads use ``ctx.read()``. Services return plain dataclasses, never
ORM objects, so widgets never hold a session.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from asn_desktop.db.audit_chain import seal
from asn_desktop.db.models import AuditLog
from asn_desktop.db.session import Database, driver_cursor
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services.actor import Actor  # noqa: F401 - re-exported
from asn_desktop.services.changes import Change, changes_of, current_origin
from asn_desktop.services.db_errors import SQLITE_ERRORS, db_error
from asn_desktop.services.errors import ConflictError, PermissionDenied, ServiceError, SesiBerakhir

log = logging.getLogger("asn_desktop")

#: ``listener(changes, origin)``: what a committed write changed, and the view it was made for
ChangeListener = Callable[[Change, "str | None"], None]


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value, for audit before/after."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row_dict(obj: Any, exclude: tuple[str, ...] = ("created_at", "updated_at", "version_id")) -> dict[str, Any]:
    """Column values of an ORM object as a JSON-safe dict."""
    mapper = sa_inspect(obj).mapper
    return {
        c.key: plain(getattr(obj, c.key)) for c in mapper.column_attrs if c.key not in exclude
    }


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


#: what a window is told when the record it shows was saved elsewhere meanwhile
CONFLICT_MESSAGE = QT_TRANSLATE_NOOP(
    "Pesan",
    "{data} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang data, lalu ulangi perubahan Anda.",
)


def seal_audit(session: Session) -> None:
    """Chain this transaction's audit rows (ORM and Core bulk writers alike) before
    commit: the one step that keeps the audit log's hash chain whole (db/audit_chain.py)."""
    session.flush()
    cur = driver_cursor(session)
    try:
        seal(cur)
    finally:
        cur.close()


class UnitOfWork:
    """One write transaction of one named operation."""

    def __init__(self, session: Session, actor: Actor, aksi: str) -> None:
        self.session = session
        self.actor = actor
        self.aksi = aksi
        self.changes: Change = changes_of(aksi)  # announced after the commit

    def also_changed(self, changes: Change) -> None:
        """This run touched more than its operation declares (e.g. an import that also created units)."""
        self.changes |= changes

    def audit(
        self,
        entitas: str | None,
        entitas_id: Any,
        ringkasan: str = "",
        sebelum: dict[str, Any] | None = None,
        sesudah: dict[str, Any] | None = None,
    ) -> None:
        self.session.add(
            AuditLog(
                user_id=self.actor.user_id,
                username=self.actor.username,
                aksi=self.aksi,
                entitas=entitas,
                entitas_id=None if entitas_id is None else str(entitas_id),
                ringkasan=ringkasan,
                sebelum=sebelum,
                sesudah=sesudah,
            )
        )

    def expect_version(self, obj: Any, expected: int | None, what: str) -> None:
        """Optimistic lock: refuse to act on a record another window or
        computer saved after the caller loaded it. ``expected`` is the ``version_id``
        the caller's window shows (None = caller does not track versions, e.g. bulk
        operations and the CLI). ``what`` names the record for the user ("SKP Budi 2026")."""
        if expected is not None and obj.version_id != expected:
            raise ConflictError(Msg.of(CONFLICT_MESSAGE, data=what))

    def touch(self, obj: Any) -> None:
        """Advance ``obj``'s ``version_id`` although only its child rows changed (RHK,
        indicators, perilaku of an SKP), so windows holding the old version get a
        conflict instead of overwriting. Assigning an equal ``updated_at`` would be
        no change at all (same second), hence ``flag_modified``: it forces the UPDATE
        that makes SQLAlchemy's ``version_id_col`` increment."""
        obj.updated_at = datetime.now().replace(microsecond=0)
        flag_modified(obj, "updated_at")

    def audit_change(self, obj: Any, before: dict[str, Any] | None, ringkasan: str = "") -> None:
        """Audit an insert (before None) or update of ``obj`` with only the changed fields."""
        self.session.flush()
        after = row_dict(obj)
        entitas = obj.__tablename__
        if before is None:
            self.audit(entitas, after.get("id"), ringkasan, None, after)
        else:
            b, a = changed(before, after)
            if a:
                self.audit(entitas, after.get("id"), ringkasan, b, a)


class AppContext:
    """Services' view of the world: the database and the acting user."""

    def __init__(self, db: Database, actor: Actor | None = None) -> None:
        self.db = db
        self.actor = actor or Actor.system()
        self._listeners: list[ChangeListener] = []

    def as_actor(self, actor: Actor) -> "AppContext":
        other = AppContext(self.db, actor)
        other._listeners = self._listeners  # the same database: the same views want to hear of it
        return other

    # -- change notification -------------------------------------------------------
    def subscribe(self, listener: "ChangeListener") -> None:
        """``listener(changes, origin)`` after every committed write, on the writing thread."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: "ChangeListener") -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, changes: Change) -> None:
        if not changes:
            return
        who = current_origin()
        for listener in list(self._listeners):
            try:
                listener(changes, who)
            except Exception:  # noqa: BLE001 - the write is committed; a view must not turn it into an error
                log.exception("pemberitahuan perubahan gagal")

    # -- permissions -------------------------------------------------------------
    def require(self, *permissions: Permission) -> None:
        for p in permissions:
            if not self.actor.can(p):
                raise PermissionDenied(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Akun '{akun}' (peran {peran}) tidak berhak melakukan tindakan ini ({izin})."),
                    akun=self.actor.username, peran=Msg(self.actor.role.label), izin=p.value,
                ))

    def _check_session(self, session: Session) -> None:
        """The account behind a logged-in actor must still be what it was at login.

        Checked inside the write transaction (after ``BEGIN IMMEDIATE``), so an admin's
        deactivation, demotion or password reset committed a moment earlier is seen:
        the write is refused with nothing changed and the window returns to the login."""
        problem = self._session_problem(session)
        if problem is not None:
            raise SesiBerakhir(problem)

    def _session_problem(self, session: Session) -> Msg | None:
        actor = self.actor
        if actor.user_id is None or actor.sesi is None:
            return None
        from asn_desktop.db.models import Pengguna  # noqa: PLC0415 - models are loaded already
        from asn_desktop.services.akun_sesi import sesi_of

        row = session.get(Pengguna, actor.user_id)
        if row is None or not row.aktif:
            template = QT_TRANSLATE_NOOP("Pesan", "Akun '{akun}' sudah dinonaktifkan sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.")
        elif row.role != actor.role.value or row.pegawai_id != actor.pegawai_id:
            template = QT_TRANSLATE_NOOP("Pesan", "Akun '{akun}' sudah diubah peran atau tautan pegawainya sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.")
        elif sesi_of(row.password_hash) != actor.sesi:
            template = QT_TRANSLATE_NOOP("Pesan", "Akun '{akun}' sudah diganti kata sandinya sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.")
        else:
            return None
        return Msg.of(template, akun=actor.username)

    def session_problem(self) -> str | None:
        """Why this session may not go on (None = it may), in Indonesian (logs, CLI)."""
        problem = self.session_pesan()
        return None if problem is None else str(problem)

    def session_pesan(self) -> Msg | None:
        """Why this session may not go on (None = it may): the window asks now and then,
        so a revoked account leaves the screen even before its next write."""
        with self.read() as s:
            return self._session_problem(s)

    # -- sessions ----------------------------------------------------------------
    @contextmanager
    def read(self, *permissions: Permission) -> Iterator[Session]:
        self.require(*permissions)
        session = self.db.session()
        try:
            yield session
        except SQLITE_ERRORS as exc:
            raise db_error(exc, self.db.path) from exc
        finally:
            session.close()  # ends the read transaction; loaded objects stay readable

    @contextmanager
    def write(self, aksi: str, *permissions: Permission) -> Iterator[UnitOfWork]:
        self.require(*permissions)
        session = self.db.session()
        try:
            self.db.begin_write(session)
        except OperationalError as exc:
            session.close()
            raise db_error(exc, self.db.path) from exc
        uow = UnitOfWork(session, self.actor, aksi)
        committed = False
        try:
            self._check_session(session)
            yield uow
            seal_audit(session)
            session.commit()
            committed = True
        except SQLITE_ERRORS as exc:
            # also the driver's own errors from the audit seal, which works on a plain cursor
            session.rollback()
            raise db_error(exc, self.db.path) from exc
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(Msg.of(CONFLICT_MESSAGE, data=QT_TRANSLATE_NOOP("Pesan", "Data ini"))) from exc
        except IntegrityError as exc:
            session.rollback()
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Perubahan ditolak karena bertentangan dengan data lain (misalnya NIP ganda atau data yang masih dipakai)."),
                ),
                details=[str(exc.orig)],
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if committed:
            self._announce(uow.changes)
