"""Opening the office database for the GUI in two steps, so the first window shows at once.

``peek_start`` reads with ``sqlite3`` alone what the first window needs (schema at
head and closed cleanly, language, office name, whether accounts exist); the GUI
then shows its window while ``open_for_gui`` — which imports SQLAlchemy and the
data model, ~0.3 s — runs in the background (docs/benchmarks.md, start-up).
Nothing here imports SQLAlchemy at module level.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.db.peek import Peek, peek
from asn_desktop.services.actor import Actor

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext


def peek_start(path: Path | str) -> Peek:
    """What the file holds, read-only; ``ready`` when it opens without an upgrade or check.
    A server database is never "ready" here: it is opened (and checked) by ``open_for_gui``."""
    from asn_desktop.db.server import is_server_url

    if is_server_url(path):
        from asn_desktop.paths import server_companion_path

        return Peek(server_companion_path(str(path)))
    return peek(path)


def open_for_gui(path: Path | str, actor: Actor | None = None, *, password: str | None = None) -> "AppContext":
    """The GUI's open: integrity check only after an unclean end (the full check runs
    in the background after start), upgrade with a backup when needed."""
    from asn_desktop.db.session import CHECK_AFTER_CRASH, open_database
    from asn_desktop.services.context import AppContext

    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import configure_mappers

    from asn_desktop.db.peek import DatabaseError
    from asn_desktop.db.session import cannot_open_message, ping

    db = open_database(path, check=CHECK_AFTER_CRASH, password=password)  # a file, or a server address
    try:
        # A file at head opens without a query; connect now, in the background, so a file
        # that cannot be read or written (permissions, a locked network share, a full disk)
        # is reported here with guidance, not at the window's first query.
        ping(db.engine)
    except DBAPIError as exc:
        db.dispose()
        raise DatabaseError(cannot_open_message(path, exc.orig)) from exc
    # The ORM configures its mappers on the first query (~0.06 s for this model): here, in the
    # background, rather than on the UI thread when the window asks for the office name.
    configure_mappers()
    return AppContext(db, actor or Actor.system())
