"""``asn-desktop check`` for an office database on a PostgreSQL server.

A file is checked page by page (``PRAGMA integrity_check``); a server keeps its own pages (data
checksums, amcheck: the server administrator's tools). What the application can check there,
without changing anything: that it reaches the server, that the database is an ASN database at
a schema revision this version knows (an older one is upgraded when the app next opens it, not
here), that every table of the model exists, that no row points at a row that does not exist
(portable LEFT JOIN queries built from the model's foreign keys: a restore with triggers
disabled or a hand edit can leave such rows), and that the audit log's hash chain is whole.
Every query runs in read-only transactions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, ForeignKeyConstraint, and_, event, func, inspect, select
from sqlalchemy.exc import OperationalError, ProgrammingError

from asn_desktop.db import audit_chain
from asn_desktop.db.models import Base
from asn_desktop.db.server import make_server_engine, shown_url
from asn_desktop.db.session import head_revision, known_revisions, server_connect_error


@dataclass
class ServerCheck:
    """What the check found: ``ok`` lines (what passed), ``warnings`` (worth knowing, not a
    failure) and ``problems`` (the check fails). Texts are Indonesian: the CLI prints them."""

    server: str
    ok: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _read_only(engine: Engine) -> None:
    """Every connection of this engine starts read-only transactions: a check never writes."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        cur = dbapi_con.cursor()
        cur.execute("SET default_transaction_read_only = on")
        cur.close()
        dbapi_con.commit()


def orphan_rows(conn: Any, limit: int = 5) -> list[str]:
    """Rows whose foreign key names a row that does not exist, one line per constraint (at most
    ``limit``): the server's counterpart of ``PRAGMA foreign_key_check``, in portable SQL."""
    out: list[str] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.constraints:
            if not isinstance(fk, ForeignKeyConstraint) or len(fk.elements) != 1:
                continue
            el = fk.elements[0]
            child, parent = el.parent, el.column
            parent_alias = parent.table.alias("induk")
            target = parent_alias.c[parent.name]
            q = (select(func.count()).select_from(table.outerjoin(parent_alias, child == target))
                 .where(and_(child.is_not(None), target.is_(None))))
            n = conn.execute(q).scalar_one()
            if n:
                out.append(f"tabel {table.name}: {n} baris merujuk {parent.table.name} yang tidak ada "
                           f"(kolom {child.name})")
                if len(out) >= limit:
                    return out
    return out


def check_server(url: str, *, password: str | None = None) -> ServerCheck:
    """Check the server database at ``url`` (see the module text); raises ``PasswordNeeded``
    when the server wants a password, ``DatabaseError`` when it cannot be reached."""
    shown = shown_url(url)
    res = ServerCheck(shown)
    engine = make_server_engine(url, password=password)
    _read_only(engine)
    try:
        try:
            with engine.connect() as conn:
                version = conn.exec_driver_sql("SHOW server_version").scalar_one()
                checksums = conn.exec_driver_sql("SHOW data_checksums").scalar_one()
        except (OperationalError, ProgrammingError) as exc:
            raise server_connect_error(exc, shown, password) from exc
        res.ok.append(f"terhubung ke {shown} (PostgreSQL {version})")
        if checksums != "on":
            res.warnings.append("checksum halaman data server tidak aktif (initdb --data-checksums): kerusakan "
                                "disk tidak terdeteksi oleh server; andalkan cadangan pg_dump harian.")
        if not _check_schema(engine, res):
            return res  # not at head: the model's tables and columns may not all be there yet
        with engine.connect() as conn:
            orphans = orphan_rows(conn)
        if orphans:
            res.problems.extend(orphans)
        else:
            res.ok.append("setiap rujukan antar tabel menunjuk baris yang ada")
        brk = _chain_break(engine)
        if brk is not None:
            res.problems.append(brk)
        else:
            res.ok.append("rantai log audit utuh")
        return res
    finally:
        engine.dispose()


def _check_schema(engine: Engine, res: ServerCheck) -> bool:
    """Whether the database is at the head revision with every table (else a note says why)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    head = head_revision()
    if rev is None:
        what = f"tabel tidak dikenal: {', '.join(sorted(tables)[:5])}" if tables else "basis data kosong"
        res.problems.append(f"{res.server} bukan basis data ASN Kinerja Desktop ({what}).")
        return False
    if rev not in known_revisions():
        res.problems.append(f"revisi skema {rev} dibuat oleh versi aplikasi yang lebih baru atau berbeda; perbarui "
                            "ASN Kinerja Desktop di komputer ini.")
        return False
    if rev != head:
        res.warnings.append(f"revisi skema {rev} lebih lama dari {head}: diperbarui otomatis saat aplikasi membukanya "
                            "(pemeriksaan ini tidak mengubah apa pun).")
        return False
    missing = sorted(t.name for t in Base.metadata.sorted_tables if t.name not in tables)
    if missing:
        res.problems.append(f"revisi skema {rev}, tetapi tabel berikut tidak ada: {', '.join(missing[:10])}.")
        return False
    res.ok.append(f"revisi skema {rev} (terbaru), {len(Base.metadata.sorted_tables)} tabel lengkap")
    return True


def _chain_break(engine: Engine) -> str | None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            if not audit_chain.has_chain(cur):
                return None
        finally:
            cur.close()
        brk = audit_chain.verify(raw.driver_connection)  # type: ignore[arg-type]
        return None if brk is None else brk.message
    finally:
        raw.close()
