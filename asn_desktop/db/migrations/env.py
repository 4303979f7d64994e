"""Alembic environment, driven programmatically by ``asn_desktop.db.session``.

The engine comes in ``config.attributes["engine"]``; ``render_as_batch`` lets
later revisions alter SQLite tables (copy-and-move).
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
    with engine.connect() as connection:
        # foreign keys off during migration (batch copy-and-move), back on after
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
