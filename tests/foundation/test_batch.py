"""Long id lists stay below SQLite's old 999-parameter limit (an older Windows Python may link such a SQLite)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from asn_desktop.db.batch import IN_CHUNK, in_chunks, rows_in, scalars_in
from asn_desktop.db.models import Pegawai
from asn_desktop.domain.enums import StatusPegawai
from asn_desktop.services.context import AppContext
from asn_desktop.services.organisasi import _names
from asn_desktop.services.pegawai import count_bawahan, get_pegawai_rows


def test_in_chunks_splits_in_order_without_losing_or_repeating() -> None:
    items = list(range(2 * IN_CHUNK + 7))
    chunks = list(in_chunks(items))
    assert [len(c) for c in chunks] == [IN_CHUNK, IN_CHUNK, 7]
    assert [x for c in chunks for x in c] == items
    assert list(in_chunks([])) == []
    assert list(in_chunks(iter("abcde"), 2)) == [["a", "b"], ["c", "d"], ["e"]]
    with pytest.raises(ValueError):
        list(in_chunks([1], 0))


def _old_sqlite_limit(s) -> None:  # type: ignore[no-untyped-def]
    """Make this connection behave like SQLite < 3.32 (at most 999 host parameters)."""
    raw = s.connection().connection.dbapi_connection
    raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)


def test_queries_over_thousands_of_ids_work_under_the_old_limit(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        real = list(s.scalars(select(Pegawai.id).order_by(Pegawai.id)))
        asked = list(range(-3000, 0)) + real  # thousands of ids that do not exist, then the real ones
        _old_sqlite_limit(s)
        with pytest.raises(Exception, match="too many SQL variables"):
            s.execute(select(Pegawai.id).where(Pegawai.id.in_(asked))).all()
        s.rollback()
        _old_sqlite_limit(s)
        assert sorted(r.id for r in rows_in(s, select(Pegawai.id), Pegawai.id, asked)) == real
        assert sorted(p.id for p in scalars_in(s, select(Pegawai), Pegawai.id, asked)) == real
        assert set(_names(s, asked)) == set(real)


def test_services_over_thousands_of_ids_keep_the_order_asked(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        real = list(s.scalars(select(Pegawai.id).order_by(Pegawai.id.desc())))
        with_subordinates = set(s.scalars(select(Pegawai.atasan_id).where(Pegawai.atasan_id.is_not(None))))
    asked = list(range(100_000, 103_000)) + real
    rows = get_pegawai_rows(demo_ctx, asked)
    assert [r.id for r in rows] == real  # missing ids skipped, order kept across chunks
    assert count_bawahan(demo_ctx, asked) == 0  # everyone's supervisor is in the list itself
    chiefs = sorted(with_subordinates)[:3]
    with demo_ctx.read() as s:
        expected = s.scalar(select(func.count()).select_from(Pegawai).where(
            Pegawai.atasan_id.in_(chiefs), Pegawai.status == StatusPegawai.AKTIF.value, Pegawai.id.not_in(chiefs)))
    assert expected and count_bawahan(demo_ctx, chiefs + list(range(100_000, 102_000))) == expected
