"""Long id lists in SQL: one rule for how many values go into one ``IN (...)`` or one executemany.

SQLite before 3.32 refuses a statement with more than 999 host parameters, and the
Python that ships with an older Windows install may link such a SQLite; 900 leaves room
for the statement's other parameters. Every query that filters on a list of ids the
user chose (a whole office: 15,000 employees) goes through :func:`in_chunks` or
:func:`rows_in` so the limit lives here only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

T = TypeVar("T")

#: values per ``IN (...)``: below SQLite's old 999-parameter limit with room to spare
IN_CHUNK = 900
#: rows per executemany of a bulk insert: large enough to amortise the round trip,
#: small enough that the parameter list of one batch stays a few megabytes
INSERT_BATCH = 5000


def in_chunks(items: Iterable[T], size: int = IN_CHUNK) -> Iterator[list[T]]:
    """``items`` in consecutive lists of at most ``size`` (the last may be shorter; none when empty)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    seq: Sequence[T] = items if isinstance(items, Sequence) else list(items)
    for i in range(0, len(seq), size):
        yield list(seq[i:i + size])


def rows_in(s: Session, stmt: Select[Any], column: ColumnElement[Any], ids: Iterable[Any],
            size: int = IN_CHUNK) -> Iterator[Any]:
    """The rows of ``stmt`` restricted to ``column IN ids``, one query per chunk of ids.

    Order across chunks follows the chunks; callers that need one order sort afterwards.
    """
    for chunk in in_chunks(ids, size):
        yield from s.execute(stmt.where(column.in_(chunk)))


def scalars_in(s: Session, stmt: Select[Any], column: ColumnElement[Any], ids: Iterable[Any],
               size: int = IN_CHUNK) -> Iterator[Any]:
    """Like :func:`rows_in` but yields the first column (ORM objects for ``select(Model)``)."""
    for chunk in in_chunks(ids, size):
        yield from s.scalars(stmt.where(column.in_(chunk)))
