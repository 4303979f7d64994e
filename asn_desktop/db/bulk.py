"""Bulk writes of many rows through SQLAlchemy Core: the one write path of the imports.

The roster import and the results merge write thousands of rows in one unit of work.
They go through Core ``insert()``/``update()`` with executemany, in the unit of work's
own connection and transaction: the column types convert values exactly as the ORM
does, the dialect writes the SQL (nothing here names SQLite), and a rollback undoes
everything. Measured against the hand-written sqlite3 path it replaced in
docs/benchmarks.md ("Roster import: one write path").

Rows are plain dicts. Rows of one statement need not fill the same keys: a key
missing from a row is written as NULL (only for columns whose default is NULL). None
in a JSON column is written as SQL NULL, as the sqlite3 path did (Core would store
the JSON text ``null``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, func, insert, null, select, update

#: rows per executemany call: bounds the parameter lists held at once
CHUNK = 5000


def _keys(rows: list[dict[str, Any]]) -> list[str]:
    first = rows[0].keys()
    if all(r.keys() == first for r in rows):  # the usual case, at C speed
        return list(first)
    seen: dict[str, None] = {}
    for r in rows:
        for k in r:
            if k not in seen:
                seen[k] = None
    return list(seen)


def _filled(table: Table, rows: list[dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
    """Every row with every key (NULL for the missing ones): executemany binds one key set."""
    n = len(keys)
    out = [r if len(r) == n else {k: r.get(k) for k in keys} for r in rows]
    json_cols = [k for k in keys if isinstance(table.c[k].type, JSON)]
    if json_cols:
        sql_null = null()
        out = [r if all(r[k] is not None for k in json_cols)
               else {**r, **{k: sql_null for k in json_cols if r[k] is None}} for r in out]
    return out


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], *, chunk: int = CHUNK) -> None:
    """INSERT ``rows`` into ``table`` with executemany."""
    if not rows:
        return
    stmt = insert(table)
    keys = _keys(rows)
    data = _filled(table, rows, keys)
    for i in range(0, len(data), chunk):
        conn.execute(stmt, data[i:i + chunk])
    if "id" in keys:
        ids_given(conn, table)


def ids_given(conn: Connection, table: Table) -> None:
    """After rows were inserted with ids chosen by us (demo, results merge, copies): on
    PostgreSQL move the table's id sequence past them, or the next ordinary insert would
    be given an id that is taken. SQLite numbers from the largest id by itself."""
    if conn.dialect.name != "postgresql" or "id" not in table.c:
        return
    conn.execute(
        select(func.setval(func.pg_get_serial_sequence(table.name, "id"),
                           func.coalesce(select(func.max(table.c.id)).scalar_subquery(), 0) + 1, False))
    )


def insert_new_ids(conn: Connection, table: Table, rows: list[dict[str, Any]], *,
                   chunk: int = CHUNK) -> list[int]:
    """INSERT ``rows`` (no ``id``) and return the ids the database gave them, in the order of ``rows``.

    Inside a write transaction nobody else inserts, and the database numbers rows in the
    order they are inserted: the new ids are the ``len(rows)`` ids above the largest one
    before. Read back in one query: RETURNING with the parameter order kept makes
    SQLAlchemy send SQLite one statement per row (measured: 15,000 rows 1.5 s slower)."""
    if not rows:
        return []
    before = conn.execute(select(func.max(table.c.id))).scalar() or 0
    insert_rows(conn, table, rows, chunk=chunk)
    ids = list(conn.execute(select(table.c.id).where(table.c.id > before).order_by(table.c.id)).scalars())
    if len(ids) != len(rows):  # pragma: no cover - another writer inside our transaction
        raise RuntimeError(f"{table.name}: {len(rows)} baris disisipkan, {len(ids)} id terbaca")
    return ids


def update_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], *,
                extra: dict[str, Any] | None = None, chunk: int = CHUNK) -> None:
    """UPDATE rows of ``table`` by id: each dict holds ``id`` and the columns to set.

    Rows are grouped by the set of columns they change (one executemany per group).
    ``extra``: SET expressions added to every row, e.g. ``version_id + 1``."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in rows:
        cols = tuple(k for k in r if k != "id")
        groups.setdefault(cols, []).append(r)
    for cols, group in groups.items():
        stmt = (update(table).where(table.c.id == bindparam("_id"))
                .values({c: bindparam(f"_{c}") for c in cols}))
        if extra:
            stmt = stmt.values(extra)
        data = [{f"_{k}": v for k, v in r.items()} for r in group]
        for i in range(0, len(data), chunk):
            conn.execute(stmt, data[i:i + chunk])


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], chunk: int = CHUNK) -> None:
    """INSERT many rows (the results merge's name for :func:`insert_rows`)."""
    insert_rows(conn, table, rows, chunk=chunk)
