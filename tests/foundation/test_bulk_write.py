"""db/bulk writes rows exactly as Core would, on SQLite and (ASN_TEST_DB=postgresql) on the server:
awkward text and bytes, dates, JSON and SQL NULL, Python-side defaults, UPDATE with onupdate."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from asn_desktop.db.bulk import insert_new_ids, insert_rows, update_rows
from asn_desktop.db.models import AuditLog, Pegawai
from asn_desktop.db.session import Database

BLOB = bytes(range(256)) + b"\\\n\t\r"


def test_inserted_rows_read_back_as_given_with_defaults_filled(db: Database) -> None:
    pt = Pegawai.__table__
    with db.engine.begin() as conn:
        ids = insert_new_ids(conn, pt, [
            {"uid": "u1", "nip": "198001012005011001", "nama": "A\tB\\C\nD 'é'", "foto": BLOB,
             "tanggal_lahir": date(1980, 2, 3)},
            {"uid": "u2", "nip": "2", "nama": "E", "foto": None},  # tanggal_lahir missing: NULL
        ])
        insert_rows(conn, AuditLog.__table__, [
            {"waktu": datetime(2026, 1, 1, 1, 2, 3, 4), "aksi": "x", "entitas": "pegawai", "entitas_id": ids[0],
             "ringkasan": "r", "sebelum": None, "sesudah": {"a": [1, "é"], "b": None}},
        ])
    with db.engine.connect() as conn:
        rows = conn.execute(select(pt.c.id, pt.c.nama, pt.c.foto, pt.c.tanggal_lahir, pt.c.status,
                                   pt.c.status_kepegawaian, pt.c.version_id, pt.c.created_at)
                            .order_by(pt.c.id)).all()
        audit = conn.execute(select(AuditLog.sebelum, AuditLog.sesudah, AuditLog.waktu,
                                    AuditLog.sebelum.is_(None))).one()
    assert [r.id for r in rows] == ids
    first, second = rows
    assert (first.nama, bytes(first.foto), first.tanggal_lahir) == ("A\tB\\C\nD 'é'", BLOB, date(1980, 2, 3))
    assert (second.foto, second.tanggal_lahir) == (None, None)
    # the columns' own Python defaults, as an ORM or Core insert gives them
    assert (first.status, first.status_kepegawaian, first.version_id) == ("aktif", "PNS", 1)
    assert isinstance(first.created_at, datetime)
    assert audit.sesudah == {"a": [1, "é"], "b": None}
    assert audit.waktu == datetime(2026, 1, 1, 1, 2, 3, 4)
    assert audit[3]  # None in a JSON column is SQL NULL, not the JSON text null


def test_updates_by_id_move_version_and_stamp(db: Database) -> None:
    pt = Pegawai.__table__
    with db.engine.begin() as conn:
        ids = insert_new_ids(conn, pt, [{"uid": f"u{i}", "nip": str(i), "nama": f"N{i}"} for i in range(3)])
    with db.engine.connect() as conn:
        stamped_before = dict(conn.execute(select(pt.c.id, pt.c.updated_at)).all())
    with db.engine.begin() as conn:
        update_rows(conn, pt, [{"id": ids[0], "nama": "Baru"}, {"id": ids[1], "tanggal_lahir": date(1990, 5, 6)}],
                    extra={"version_id": pt.c.version_id + 1})
        update_rows(conn, pt, [{"id": ids[2], "nip_lama": "X"}], extra={"updated_at": pt.c.updated_at})
    with db.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(pt.c.id, pt.c.nama, pt.c.tanggal_lahir, pt.c.version_id,
                                                         pt.c.nip_lama, pt.c.updated_at))}
    assert (rows[ids[0]].nama, rows[ids[0]].version_id) == ("Baru", 2)
    assert (rows[ids[1]].nama, rows[ids[1]].tanggal_lahir, rows[ids[1]].version_id) == ("N1", date(1990, 5, 6), 2)
    assert (rows[ids[2]].nip_lama, rows[ids[2]].version_id) == ("X", 1)
    assert rows[ids[2]].updated_at == stamped_before[ids[2]]  # kept: the statement sets it to itself
    assert rows[ids[0]].updated_at >= stamped_before[ids[0]]  # onupdate ran


def test_rows_given_by_column_store_what_rows_given_as_dicts_store(db: Database) -> None:
    """insert_columns with the JSON column bound as the text json_texts made: the stored JSON
    text is the text the JSON type makes of the same dict (the audit seal hashes that text)."""
    import json

    from sqlalchemy import String, cast

    from asn_desktop.db.bulk import insert_columns, insert_columns_new_ids, json_text_insert, json_texts

    values = {"nama": ["a\"b\\", "é\u2028\x00 \U0001f600", None, ""], "kelas": [1, None, True, 1.0],
              "tgl": ["2020-01-01", None, None, None]}
    texts = json_texts(values)
    dicts = [{k: v[i] for k, v in values.items() if v[i] is not None} for i in range(4)]
    assert texts == [json.dumps(d) for d in dicts]
    at, pt = AuditLog.__table__, Pegawai.__table__
    when = datetime(2026, 1, 1, 1, 2, 3)
    with db.engine.begin() as conn:
        ids = insert_columns_new_ids(conn, pt, {"uid": ["c1", "c2"], "nip": ["1", None], "nama": ["X", "Y"],
                                                "tanggal_lahir": [date(1990, 1, 2), None]}, chunk=1)
        insert_columns(conn, at, {"waktu": [when] * 4, "aksi": ["by_column"] * 4, "sesudah": texts},
                       stmt=json_text_insert(conn, at, ["sesudah"]))
        insert_rows(conn, at, [{"waktu": when, "aksi": "by_dict", "sesudah": d} for d in dicts])
    with db.engine.connect() as conn:
        stored = conn.execute(select(at.c.aksi, cast(at.c.sesudah, String), at.c.sesudah, at.c.sebelum.is_(None))
                              .order_by(at.c.id)).all()
        people = conn.execute(select(pt.c.id, pt.c.nama, pt.c.tanggal_lahir, pt.c.version_id).order_by(pt.c.id)).all()
    by_column, by_dict = stored[:4], stored[4:]
    assert [r[1] for r in by_column] == [r[1] for r in by_dict]
    assert [r[2] for r in by_column] == dicts
    assert all(r[3] for r in stored)  # sebelum left out: SQL NULL
    assert [tuple(p) for p in people] == [(ids[0], "X", date(1990, 1, 2), 1), (ids[1], "Y", None, 1)]


def test_many_rows_keep_their_order_and_values_also_under_the_old_parameter_limit(db: Database) -> None:
    """Thousands of rows (several multi-row statements on SQLite, the last one shorter) read back
    in the order given, with the ids handed back in that order; a SQLite limited to 999 host
    parameters (an older Windows Python) takes shorter statements instead of failing."""
    import sqlite3

    from asn_desktop.db.bulk import insert_columns_new_ids

    pt = Pegawai.__table__
    n = 1234
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        ids = insert_columns_new_ids(conn, pt, {
            "uid": [f"u{i}" for i in range(n)], "nip": [str(10**17 + i) for i in range(n)],
            "nama": [f"N{i} 'é' \"q\" ?" for i in range(n)],
            "tanggal_lahir": [date(1970 + i % 30, 1 + i % 12, 1 + i % 28) for i in range(n)],
        })
    with db.engine.connect() as conn:
        rows = conn.execute(select(pt.c.id, pt.c.uid, pt.c.nama, pt.c.tanggal_lahir).order_by(pt.c.id)).all()
    assert ids == [r.id for r in rows] == sorted(ids)
    assert [r.uid for r in rows] == [f"u{i}" for i in range(n)]
    assert [r.nama for r in rows] == [f"N{i} 'é' \"q\" ?" for i in range(n)]
    assert rows[-1].tanggal_lahir == date(1970 + (n - 1) % 30, 1 + (n - 1) % 12, 1 + (n - 1) % 28)


def test_json_texts_are_json_dumps_for_every_shape_of_columns() -> None:
    """Columns filled in every row, with gaps (also the first), ints, bools, floats and text that
    needs escaping: each row's text is what ``json.dumps`` makes of its dict of non-None values."""
    import json

    from asn_desktop.db.bulk import json_texts

    n = 6
    shapes = {
        "full text": ["a", "b\"\\", "é", "\u2028", "", "x"],
        "gaps": [None, "g", None, "h\n", None, None],
        "ints": [1, 2, 3, 10**20, -1, 0],
        "mixed": [1, True, 1.0, None, 2.5, False],
        "all none": [None] * n,
    }
    for order in (list(shapes), ["gaps", *[k for k in shapes if k != "gaps"]], ["ints", "mixed"], []):
        columns = {k: shapes[k] for k in order}
        rows = [{k: v[i] for k, v in columns.items() if v[i] is not None} for i in range(n)] if columns else []
        assert json_texts(columns) == [json.dumps(r) for r in rows]


def test_a_roomy_cache_is_the_usual_one_again_after_the_block() -> None:
    """The larger SQLite page cache of a bulk write lasts for the block only, also when it fails."""
    import pytest
    from sqlalchemy import create_engine

    from asn_desktop.db.bulk import ROOMY_CACHE_KIB, roomy_cache

    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with roomy_cache(conn):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -ROOMY_CACHE_KIB
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == usual
        with pytest.raises(RuntimeError), roomy_cache(conn):
            raise RuntimeError("gagal")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == usual
