"""The same migrations on a real PostgreSQL server: they build exactly the model, and the
audit chain seals and verifies there with the hashes SQLite gives."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from alembic.migration import MigrationContext
from alembic.autogenerate import compare_metadata
from sqlalchemy import text

from asn_desktop.db import audit_chain
from asn_desktop.db.models import Base
from asn_desktop.db.server import is_server_url, make_server_engine, shown_url
from asn_desktop.db.session import alembic_config, head_revision


def _upgrade(url: str):
    engine = make_server_engine(url)
    command.upgrade(alembic_config(engine), "head")
    return engine


def test_migrations_build_exactly_the_model_on_postgresql(pg_url: str) -> None:
    engine = _upgrade(pg_url)
    try:
        with engine.connect() as c:
            assert MigrationContext.configure(c).get_current_revision() == head_revision()
            assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
            # foreign keys are enforced by the server itself
            fks = c.execute(text("SELECT count(*) FROM information_schema.table_constraints "
                                 "WHERE constraint_type = 'FOREIGN KEY'")).scalar_one()
            assert fks > 20
    finally:
        engine.dispose()


def test_migrations_downgrade_to_base_and_up_again_on_postgresql(pg_url: str) -> None:
    engine = _upgrade(pg_url)
    try:
        cfg = alembic_config(engine)
        command.downgrade(cfg, "base")
        with engine.connect() as c:
            assert MigrationContext.configure(c).get_current_revision() is None
        command.upgrade(cfg, "head")
        with engine.connect() as c:
            assert MigrationContext.configure(c).get_current_revision() == head_revision()
    finally:
        engine.dispose()


def test_audit_chain_seals_on_postgresql_with_the_sqlite_hashes(pg_url: str) -> None:
    engine = _upgrade(pg_url)
    rows = [(1, datetime(2026, 12, 5, 8, 0, 0), None, "admin", "pegawai.ubah", "pegawai", "7", "Nama diubah",
             '{"nama": "A"}', '{"nama": "B"}'),
            (2, datetime(2026, 12, 5, 8, 0, 1, 250), None, "admin", "skp.buat", "skp", "3", "SKP dibuat", None, None)]
    try:
        with engine.begin() as c:
            for r in rows:
                c.execute(text("INSERT INTO audit_log (id, waktu, user_id, username, aksi, entitas, entitas_id, "
                               "ringkasan, sebelum, sesudah) VALUES (:a, :b, :c, :d, :e, :f, :g, :h, :i, :j)"),
                          dict(zip("abcdefghij", r)))
            cur = c.connection.driver_connection.cursor()
            assert audit_chain.has_chain(cur)
            assert audit_chain.seal(cur) == 2
            cur.execute("SELECT chain_hash FROM audit_log ORDER BY id")
            stored = [h for (h,) in cur.fetchall()]
        # the same rows as SQLite stores them (datetime as text) give the same chain
        prev = audit_chain.GENESIS
        for r, h in zip(rows, stored):
            as_text = (r[0], r[1].strftime("%Y-%m-%d %H:%M:%S.%f"), *r[2:])
            prev = audit_chain.row_hash(prev, as_text)
            assert prev == h
    finally:
        engine.dispose()


def test_server_urls_are_recognised_and_shown_without_password() -> None:
    assert is_server_url("postgresql://asn@server/kinerja")
    assert is_server_url("postgres://asn@server/kinerja")
    assert not is_server_url(r"C:\Kinerja\kantor.db")
    shown = shown_url("postgresql://asn:rahasia@server:5432/kinerja")
    assert "rahasia" not in shown and "server" in shown and shown.startswith("postgresql://")


def test_a_server_that_wants_a_password_asks_for_it_and_keeps_it_out_of_messages(pg_cluster, pg_url: str) -> None:
    """pg_hba with scram for one role: no password → PasswordNeeded; wrong → wrong=True; right → opens."""
    import pytest

    from asn_desktop.db.session import PasswordNeeded, open_database

    pg_cluster.psql("CREATE ROLE petugas LOGIN PASSWORD 'rahasia-123'")
    dbname = pg_url.split("/")[3].split("?")[0]
    pg_cluster.psql(f'GRANT ALL ON DATABASE "{dbname}" TO petugas; ALTER DATABASE "{dbname}" OWNER TO petugas')
    hba = pg_cluster.base / "data" / "pg_hba.conf"
    pg_cluster.run_as_write(hba, "local all petugas scram-sha-256\n" + pg_cluster.read(hba))
    pg_cluster.psql("SELECT pg_reload_conf()")
    url = pg_url.replace("asn@", "petugas@")
    with pytest.raises(PasswordNeeded) as first:
        open_database(url)
    assert not first.value.wrong
    with pytest.raises(PasswordNeeded) as wrong:
        open_database(url, password="keliru-99")
    assert wrong.value.wrong and "keliru-99" not in wrong.value.message
    db = open_database(url, password="rahasia-123")
    try:
        assert "rahasia" not in db.label
        again = open_database(db.target)  # a second window reopens with the password kept in memory
        again.dispose()
    finally:
        db.dispose()
