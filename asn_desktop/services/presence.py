"""Who else is working in this office database now (several PCs on one PostgreSQL server).

On a SQLite file the GUI's lock file answers this for one PC; on a server the answer comes
from the server's own session list, so a second PC is told, not refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asn_desktop.services.context import AppContext


@dataclass(frozen=True)
class OtherSession:
    who: str  # "user@PC"
    since: datetime | None


def other_sessions(ctx: AppContext) -> list[OtherSession]:
    """The other copies of the app on this server database; empty for a SQLite file."""
    if not ctx.db.is_server:
        return []
    from asn_desktop.db.server import other_sessions as _others

    with ctx.read() as s:
        return [OtherSession(who, since) for who, since in _others(s.connection())]
