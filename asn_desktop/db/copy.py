"""Copy a whole office database between SQLite and PostgreSQL (either direction).

An office moving to a server (or a server office taken back to one PC) keeps every
row as it is: ids, uids, versions and the audit log with its hash chain. Both ends
are opened by ``open_database`` first, so both are at the same schema revision.
The target must hold no office data (a fresh file or an empty server database);
the rows its migrations seeded are replaced by the source's. Everything is written
in one transaction: a failure leaves the target as it was.

Verification, after the commit, reads both ends again: row count and a SHA-256
over every row in id order per table, values in one portable form (the same
normalisation the audit chain uses), and the audit chain verified on the target.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON, Boolean, ForeignKeyConstraint, String, Table, Text, bindparam, cast, func, insert, select,
    update,
)

from asn_desktop.db import audit_chain
from asn_desktop.db.bulk import insert_rows
from asn_desktop.db.models import Base
from asn_desktop.db.session import Database
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, pisah

#: tables whose rows mean "this database already holds an office"
_OFFICE_TABLES = ("pegawai", "unit_kerja", "pengguna", "skp", "audit_log", "setting")
_READ_CHUNK = 5000

Progress = Callable[[str, int, int], None]


class CopyRefused(Exception):
    """The copy was not started (target not empty, schemas differ); nothing was written.
    ``message`` is Indonesian, ``pesan`` the Msg for the UI."""

    def __init__(self, message: str | Msg) -> None:
        self.message, self.pesan = pisah(message)
        super().__init__(self.message)


@dataclass
class TableCopy:
    name: str
    rows: int
    checksum: str


@dataclass
class CopyReport:
    tables: list[TableCopy] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    chain_break: str | None = None
    #: evidence files moved from the source's folder into the target's table, and those missing
    bukti_disalin: int = 0
    bukti_hilang: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.chain_break is None

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _portable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"hex": bytes(value).hex()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _ordered(table: Table) -> list[Any]:
    pk = list(table.primary_key.columns)
    return pk or list(table.columns)


def _json_cols(table: Table) -> set[str]:
    return {c.name for c in table.columns if isinstance(c.type, JSON)}


def _rows(db: Database, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Every row of ``table`` as dicts, in primary-key order, a chunk at a time. JSON columns
    come as their stored text: JSON ``null`` and SQL NULL stay apart, and the audit chain
    (which hashes that text) holds on the copy."""
    js = _json_cols(table)
    cols = [cast(c, Text).label(c.name) if c.name in js else c for c in table.columns]
    with db.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_READ_CHUNK).execute(
            select(*cols).order_by(*_ordered(table)))
        for part in result.mappings().partitions(_READ_CHUNK):
            yield [dict(r) for r in part]


def _portable_for(column: Any) -> Callable[[Any], Any] | None:
    """The normaliser a column's values need for the checksum: None where ``_portable`` keeps
    every value as it is (text, booleans, JSON read as text)."""
    if isinstance(column.type, (String, Boolean, JSON)):
        return None
    return _portable


def _checksum_rows(db: Database, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """Every row of ``table`` as a tuple in column order (JSON as stored text), a chunk at a time."""
    js = _json_cols(table)
    cols = [cast(c, Text).label(c.name) if c.name in js else c for c in table.columns]
    with db.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_READ_CHUNK).execute(
            select(*cols).order_by(*_ordered(table)))
        for part in result.partitions(_READ_CHUNK):
            yield [tuple(r) for r in part]


def table_checksum(db: Database, table: Table) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    convs = [_portable_for(c) for c in table.columns]
    plain = [i for i, f in enumerate(convs) if f is None]
    if len(plain) == len(convs):
        convs = []
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode
    for chunk in _checksum_rows(db, table):
        for r in chunk:
            n += 1
            vals = [v if f is None else f(v) for v, f in zip(r, convs)] if convs else list(r)
            h.update(dumps(vals).encode("utf-8", "surrogatepass"))
            h.update(b"\n")
    return n, h.hexdigest()


def _insert(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT rows as read by ``_rows`` through db/bulk (COPY on PostgreSQL): JSON columns
    written from their stored text."""
    pg = conn.dialect.name == "postgresql"
    js = _json_cols(table)
    values = {c.name: (cast(bindparam(c.name, type_=Text), JSON) if pg else bindparam(c.name, type_=Text))
              if c.name in js else bindparam(c.name, type_=c.type) for c in table.columns}
    insert_rows(conn, table, rows, stmt=insert(table).values(values))


def _deferred_keys(table: Table) -> list[str]:
    """Columns of keys declared ``use_alter`` (the unit ↔ head-of-unit cycle): written as NULL
    first, set once every table is in."""
    out: list[str] = []
    for c in table.constraints:
        if isinstance(c, ForeignKeyConstraint) and c.use_alter:
            out.extend(col.name for col in c.columns)
    return out


def holds_office(db: Database) -> list[str]:
    """The office tables of ``db`` that hold rows (empty = the target may be written)."""
    with db.engine.connect() as conn:
        return [t for t in _OFFICE_TABLES
                if conn.execute(select(func.count()).select_from(Base.metadata.tables[t])).scalar_one()]


def copy_database(source: Database, target: Database, *, progress: Progress | None = None) -> CopyReport:
    """Copy every table of ``source`` into the empty ``target``, then verify both ends."""
    from asn_desktop.db.session import current_revision

    rev_s, rev_t = current_revision(source.engine), current_revision(target.engine)
    if rev_s != rev_t:
        raise CopyRefused(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Revisi skema berbeda (sumber {rev_s}, tujuan {rev_t}); tidak ada yang disalin."), rev_s=rev_s, rev_t=rev_t))
    full = holds_office(target)
    if full:
        raise CopyRefused(
            Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan",
                    "Basis data tujuan {label} sudah berisi data kantor (tabel {nilai}). Salin "
                    "hanya ke berkas baru atau basis data server yang kosong; tujuan tidak "
                    "diubah."), label=target.label, nilai=', '.join(full))
        )
    tables = list(Base.metadata.sorted_tables)
    total = len(tables)
    later: list[tuple[Table, str, list[dict[str, Any]]]] = []
    with target.engine.begin() as conn:
        for t in reversed(tables):  # the seeds of the migrations make way for the source's rows
            conn.execute(t.delete())
        for i, t in enumerate(tables):
            if progress:
                progress(t.name, i, total)
            deferred = _deferred_keys(t)
            # columns the ORM stamps on every UPDATE (updated_at) keep the source's value
            stamped = [c.name for c in t.columns if c.onupdate is not None]
            for chunk in _rows(source, t):
                for col in deferred:
                    later.append((t, col, [{"_id": r["id"], col: r[col], **{k: r[k] for k in stamped}}
                                           for r in chunk if r[col] is not None]))
                    for r in chunk:
                        r[col] = None
                _insert(conn, t, chunk)
        for t, col, rows in later:
            if rows:
                keys = [k for k in rows[0] if k != "_id"]
                conn.execute(update(t).where(t.c.id == bindparam("_id"))
                             .values({k: bindparam(k, type_=t.c[k].type) for k in keys}), rows)
    report = CopyReport()
    for t in tables:
        n_s, sum_s = table_checksum(source, t)
        n_t, sum_t = table_checksum(target, t)
        report.tables.append(TableCopy(t.name, n_t, sum_t))
        if (n_s, sum_s) != (n_t, sum_t):
            report.mismatches.append(f"{t.name}: sumber {n_s} baris, tujuan {n_t} baris"
                                     + ("" if n_s != n_t else " (isi berbeda)"))
    brk = audit_chain.verify_database(target)
    report.chain_break = brk.message if brk else None
    if progress:
        progress("", total, total)
    return report
