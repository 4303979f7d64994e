"""Bulk writes of many rows through SQLAlchemy Core: the one write path of the imports.

The roster import, the results merge and the office copy write thousands of rows in
one unit of work. They go through Core ``insert()``/``update()`` in the unit of work's
own connection and transaction: SQLAlchemy compiles the statement for the dialect
(nothing here names SQLite or PostgreSQL) and the column types convert the values,
exactly as the ORM does; a rollback undoes everything.

What is not Core's ordinary executemany is how the rows are handed over. Core builds
each row's parameters on its own (``construct_params``, one bind processor call per
cell, defaults per row): measured at a 15,000-employee roster that was most of the
writing time. Here the statement is compiled once per column set, each column's bind
processor runs over that column's values, and the driver gets the rows as plain
tuples: on SQLite an INSERT gets 500 rows per statement (``VALUES (…), (…), …``, within
the file's host-parameter limit), an UPDATE one ``executemany``; on PostgreSQL an INSERT
is one ``COPY``. A statement that needs a default this cannot compute (a SQL
expression) goes through Core as before. Measured in docs/benchmarks.md ("Bulk writes
on both databases", "Roster import: towards 3× the floor").

Rows are plain dicts of storage-ready Python values (str, int, date, datetime, dict
for JSON), never SQL expressions. Rows of one statement need not fill the same keys:
a key missing from a row is written as NULL. None in a JSON column is written as SQL
NULL, as the sqlite3 path did (Core would store the JSON text ``null``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from itertools import chain, repeat
from json import dumps
from json.encoder import encode_basestring_ascii
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, Text, bindparam, cast, func, insert, null, select, update
from sqlalchemy.sql.dml import UpdateBase

from asn_desktop.db.json_text import json_column

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


def _default(column: Any, on_update: bool) -> Callable[[], Any] | None:
    """A maker of the value Core would give ``column`` when a statement leaves it out
    (its Python-side ``default``, or ``onupdate`` for an UPDATE); None when it is a SQL
    expression (then the statement takes Core's own path)."""
    d = column.onupdate if on_update else column.default
    if d is None:
        return lambda: None
    if d.is_scalar:
        value = d.arg
        return lambda: value
    if d.is_callable:
        fn = d.arg
        return lambda: fn(None)  # Core calls it with the execution context, which ours do not read
    return None


def _converted(values: Any, proc: Callable[[Any], Any]) -> list[Any]:
    """``proc`` over ``values`` (None stays NULL), once per distinct value: an import's
    dates and time stamps repeat (one ``now`` for every row)."""
    try:
        done = {v: proc(v) for v in set(values) if v is not None}
    except TypeError:  # unhashable (a JSON dict): one call per value
        return [None if v is None else proc(v) for v in values]
    done[None] = None
    return [done[v] for v in values]


@lru_cache(maxsize=128)
def _compiled_insert(table: Table, keys: tuple[str, ...], dialect: Any) -> Any:
    """``insert(table)`` compiled for ``keys`` (an import inserts new units one by one)."""
    return insert(table).compile(dialect=dialect, column_keys=list(keys), for_executemany=True)


def _compile(conn: Connection, table: Table, stmt: UpdateBase | None, keys: list[str]) -> Any:
    """``stmt`` (a plain INSERT into ``table`` when None) compiled once for rows of ``keys``."""
    if stmt is None:
        return _compiled_insert(table, tuple(keys), conn.dialect)
    return stmt.compile(dialect=conn.dialect, column_keys=keys, for_executemany=True)


def _names(compiled: Any) -> list[str]:
    return list(compiled.positiontup) if compiled.positional else list(compiled.binds)


def _makers(compiled: Any, table: Table, names: list[str], given: set[str],
            on_update: bool) -> dict[str, Callable[[], Any]] | None:
    """Makers of the values of the statement's parameters not in ``given``; None when one
    is a SQL expression or unknown (then only Core's own executemany can run it)."""
    makers: dict[str, Callable[[], Any]] = {}
    for name in names:
        if name in given:
            continue
        col = table.c.get(name)
        bound = compiled.binds[name]
        if col is not None:
            maker = _default(col, on_update)
        elif not bound.required and not callable(bound.value):  # a literal of the statement (``version_id + 1``)
            maker = (lambda v: lambda: v)(bound.effective_value)
        else:
            maker = None
        if maker is None:
            return None
        makers[name] = maker
    return makers


def _execute_many(conn: Connection, stmt: UpdateBase | None, table: Table, rows: list[dict[str, Any]],
                  keys: list[str], *, chunk: int, on_update: bool = False) -> None:
    """``stmt`` once per row of ``rows`` (each holding every name of ``keys``): compiled once,
    values converted column by column, handed to the driver's executemany."""
    compiled = _compile(conn, table, stmt, keys)
    if stmt is None:
        stmt = insert(table)
    names = _names(compiled)
    makers = _makers(compiled, table, names, set(keys), on_update)
    if makers is None:  # a SQL default or an unknown parameter: Core's own executemany
        data = _filled(table, rows, keys) if not on_update else rows
        for i in range(0, len(data), chunk):
            conn.execute(stmt, data[i:i + chunk])
        return
    taken = [n for n in names if n not in makers]
    by_name: dict[str, Any] = {}
    if taken:
        get = itemgetter(*taken)
        try:
            picked = list(map(get, rows))  # every row holds every key: at C speed
        except KeyError:
            picked = [tuple(r.get(n) for n in taken) for r in rows]
        if len(taken) == 1:
            picked = [(v,) for v in picked]
        by_name = dict(zip(taken, zip(*picked))) if picked else {n: () for n in taken}
    _send(conn, compiled, table, names, by_name, makers, len(rows), chunk=chunk, on_update=on_update)


def _send(conn: Connection, compiled: Any, table: Table, names: list[str], by_name: dict[str, Any],
          makers: dict[str, Callable[[], Any]], n: int, *, chunk: int, on_update: bool = False) -> None:
    """Columns of values (``by_name``, defaults from ``makers``) converted by their bind
    processors and handed to the driver as ``n`` rows of ``compiled``."""
    dialect = conn.dialect
    columns: list[Any] = []
    for name in names:
        if name in makers:
            make = makers[name]
            values = [make() for _ in range(n)]
        else:
            values = by_name[name]
        proc = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            values = _converted(values, proc)
        columns.append(values)
    params: list[Any] = list(zip(*columns))
    if not on_update and dialect.name == "postgresql":
        _copy_in(conn, table, names, params)
        return
    sql = compiled.string
    if not on_update and compiled.positional and dialect.name == "sqlite" and _values_rows(conn, sql, params):
        return
    if not compiled.positional:
        params = [dict(zip(names, p)) for p in params]
    for i in range(0, len(params), chunk):
        conn.exec_driver_sql(sql, params[i:i + chunk])


#: rows per multi-row INSERT on SQLite (measured from 50 to 2,000: 500 best)
VALUES_ROWS = 500


def _values_rows(conn: Connection, sql: str, params: list[tuple[Any, ...]]) -> bool:
    """SQLite: ``params`` inserted by INSERTs of many rows each (``VALUES (…), (…), …``), one
    statement per ``VALUES_ROWS`` rows, instead of one executemany step per row: measured on the
    roster import's 15,000 audit rows 0.05 s instead of 0.08 s. False (nothing done) when
    ``sql`` is not a plain one-row ``INSERT … VALUES (…)`` with one ``?`` per value."""
    at = sql.rfind(" VALUES ")
    row = sql[at + 8:]
    width = len(params[0]) if params else 0
    if at < 0 or not width or not (row.startswith("(") and row.endswith(")")) or row.count("?") != width:
        return False
    dbapi = conn.connection.driver_connection
    limit = dbapi.getlimit(9) if hasattr(dbapi, "getlimit") else 999  # 9: SQLITE_LIMIT_VARIABLE_NUMBER
    per = max(1, min(VALUES_ROWS, limit // width))
    head = sql[:at + 8]
    full = head + ", ".join([row] * per)
    for i in range(0, len(params), per):
        part = params[i:i + per]
        stmt = full if len(part) == per else head + ", ".join([row] * len(part))
        conn.exec_driver_sql(stmt, tuple(chain.from_iterable(part)))
    return True


def _copy_in(conn: Connection, table: Table, names: list[str], params: list[tuple[Any, ...]]) -> None:
    """The rows into ``table`` with PostgreSQL's ``COPY … FROM STDIN``, inside the transaction:
    measured at 15,000 rows ≈ 7× faster than psycopg's pipelined executemany of the same
    INSERT. The values are the ones the INSERT would have bound (the column types' bind
    processors ran); the server parses them as the INSERT's casts would."""
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    prep = conn.dialect.identifier_preparer
    sql = f"COPY {prep.format_table(table)} ({', '.join(prep.quote(n) for n in names)}) FROM STDIN"
    with dbapi.cursor() as cur, cur.copy(sql) as copy:
        for row in params:
            copy.write_row(row)


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], *, chunk: int = CHUNK,
                stmt: UpdateBase | None = None) -> None:
    """INSERT ``rows`` into ``table`` (one executemany per ``chunk`` rows; COPY on PostgreSQL).

    ``stmt``: an ``insert(table).values(...)`` with bind parameters of its own types, for
    values that are already in storage form (db/copy writes JSON columns from their text)."""
    if not rows:
        return
    keys = _keys(rows)
    _execute_many(conn, stmt, table, rows, keys, chunk=chunk)
    if "id" in keys:
        ids_given(conn, table)


def insert_columns(conn: Connection, table: Table, columns: dict[str, Sequence[Any]], *, chunk: int = CHUNK,
                   stmt: UpdateBase | None = None) -> None:
    """INSERT rows given column by column (every sequence as long as the others): what
    :func:`insert_rows` does without a dict per row, for a writer that builds its values
    per column (the roster import's new employees and their audit rows)."""
    n = len(next(iter(columns.values()), ()))
    if not n:
        return
    keys = list(columns)
    compiled = _compile(conn, table, stmt, keys)
    names = _names(compiled)
    makers = _makers(compiled, table, names, set(keys), False)
    if makers is None:
        insert_rows(conn, table, [dict(zip(keys, r)) for r in zip(*columns.values())], chunk=chunk, stmt=stmt)
        return
    _send(conn, compiled, table, names, columns, makers, n, chunk=chunk)
    if "id" in columns:
        ids_given(conn, table)


def insert_columns_new_ids(conn: Connection, table: Table, columns: dict[str, Sequence[Any]], *,
                           chunk: int = CHUNK, stmt: UpdateBase | None = None) -> list[int]:
    """:func:`insert_columns` returning the ids the database gave the rows, in their order (read
    back as :func:`insert_new_ids` does)."""
    n = len(next(iter(columns.values()), ()))
    if not n:
        return []
    before = conn.execute(select(func.max(table.c.id))).scalar() or 0
    insert_columns(conn, table, columns, chunk=chunk, stmt=stmt)
    return _ids_after(conn, table, before, n)


def _ids_after(conn: Connection, table: Table, before: int, n: int) -> list[int]:
    """The ids of the ``n`` rows just inserted after id ``before``, ascending. When they are
    ``n`` consecutive numbers (always on SQLite; on a server sequence usually) three aggregates
    say so and the list is made here, instead of fetching 15,000 ids one by one."""
    c = table.c.id
    low, high, count = conn.execute(select(func.min(c), func.max(c), func.count()).where(c > before)).one()
    if count == n and (n == 0 or high - low + 1 == n):
        return list(range(low, high + 1)) if n else []
    ids = list(conn.execute(select(c).where(c > before).order_by(c)).scalars())
    if len(ids) != n:  # pragma: no cover - another writer inside our transaction
        raise RuntimeError(f"{table.name}: {n} baris disisipkan, {len(ids)} id terbaca")
    return ids


def json_texts(columns: dict[str, Sequence[Any]]) -> list[str]:
    """Per row, the text ``json.dumps`` (SQLAlchemy's JSON serializer) makes of the dict of that
    row's non-None values in ``columns`` order, built column by column: the stored form of a
    JSON column, written through a statement that binds it as text (:func:`json_text_insert`).
    Values are JSON scalars; a repeated value is encoded once.

    A row is one ``"".join`` of its pieces: a column filled in every row adds its key (with the
    separator before it) as one shared text and its values, so only the columns with gaps build a
    cell per row; with no column filled in every row from the start, the row's first cell has
    no separator and the rows are joined by a slower path."""
    n = len(next(iter(columns.values()), ()))
    if not columns:
        return ["{}"] * n
    pieces: list[Any] = []
    first = True  # no filled cell before this column in any row (every column so far had gaps)
    gappy_start = False
    for key, values in columns.items():
        encoded = json_column(values, encode_basestring_ascii, dumps)
        head = dumps(key) + ": "
        if None not in encoded:
            if first:
                pieces += (repeat("{" + head), encoded)
            else:
                pieces += (repeat(", " + head), encoded)
            first = False
            continue
        if first:
            gappy_start = True
            break
        sep = ", " + head
        pieces.append([sep + v if v is not None else "" for v in encoded])
    if gappy_start:  # rare: a row's first cell is not known column by column
        return _json_texts_by_row(columns, n)
    pieces.append(repeat("}"))
    return list(map("".join, zip(*pieces)))


def _json_texts_by_row(columns: dict[str, Sequence[Any]], n: int) -> list[str]:
    """:func:`json_texts` cell by cell (each cell ``"key": value, ``, the last separator cut)."""
    parts: list[list[str]] = []
    for key, values in columns.items():
        head = dumps(key) + ": "
        parts.append([head + v + ", " if v is not None else ""
                      for v in json_column(values, encode_basestring_ascii, dumps)])
    return ["{" + "".join(row)[:-2] + "}" for row in zip(*parts)]


def json_text_insert(conn: Connection, table: Table, json_columns: Sequence[str]) -> UpdateBase:
    """``insert(table)`` binding ``json_columns`` as their stored JSON text (see :func:`json_texts`)."""
    values: dict[str, Any] = {}
    for name in json_columns:
        bound = bindparam(name, type_=Text)
        values[name] = cast(bound, JSON) if conn.dialect.name == "postgresql" else bound
    return insert(table).values(values)


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
    return _ids_after(conn, table, before, len(rows))


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
        _execute_many(conn, stmt, table, data, [f"_{k}" for k in ("id", *cols)], chunk=chunk, on_update=True)


#: SQLite page cache (KiB) of a bulk write: the roster import of 15,000 employees writes ≈ 21 MB
ROOMY_CACHE_KIB = 65536


@contextmanager
def roomy_cache(conn: Connection) -> Iterator[None]:
    """SQLite: a larger page cache for the writes inside the block, the usual one after. With
    SQLite's default 2 MB, a transaction that writes tens of MB evicts its own pages to the
    WAL and reads them back (the history ``INSERT … SELECT`` re-reads the employees just
    written): measured at 15,000 employees ≈ 0.03 s less writing, ≈ 0.01 s more at commit.
    The pages stay in memory until the commit writes them; the server manages its own."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{ROOMY_CACHE_KIB}")
    restore = f"PRAGMA cache_size={int(before)}"
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the block's own error is the one to report
            conn.exec_driver_sql(restore)
        raise
    conn.exec_driver_sql(restore)


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], chunk: int = CHUNK) -> None:
    """INSERT many rows (the results merge's name for :func:`insert_rows`)."""
    insert_rows(conn, table, rows, chunk=chunk)
