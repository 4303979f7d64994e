"""Alembic environment, driven programmatically by ``asn_desktop.db.session``.

The engine comes in ``config.attributes["engine"]``; ``render_as_batch`` lets
later revisions alter SQLite tables (copy-and-move); on PostgreSQL the same
revisions run as plain ALTERs.
"""

from alembic import context
from sqlalchemy import create_engine

from asn_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url, hide_parameters=True)  # no personal data in error texts
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # foreign keys off during migration (batch copy-and-move), back on after
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        else:
            # one migrating process at a time on a shared server (a second PC starting the
            # new version waits here, then finds the schema at head)
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7406150)")
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=sqlite)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
