"""Tamper evidence for the audit log: a hash chain over its rows.

Each row's ``chain_hash`` is SHA-256 over the previous row's hash and the row's
own stored content (id, time, user, action, entity, summary, before/after as
stored). One mechanism for every writer: ``seal`` runs at the end of each
write transaction (``services.context.AppContext.write``, the restore's own
stamp, the migration that chained existing rows) and chains every row written
since the last sealed one, in id order. Writers therefore need not compute hashes
themselves; a bulk path that inserts audit rows with raw SQL (demo data) is covered
by the seal of the transaction it runs in. The roster import, which writes an audit
row per employee, continues the chain itself (``chain_head`` + ``chained``: the same
``row_hash`` over the values it stores), so its rows are not read back and updated.

What this proves and what it does not (docs/security.md): without a secret,
anyone holding the file can recompute the whole chain. It catches an edit,
insertion or deletion inside the history made with a plain SQLite editor, and
it makes a rewritten history differ from every earlier backup's chain at the
first changed row. It cannot notice rows cut off at the end, nor tables other
than the audit log edited without an audit row.

Works on a plain DB-API cursor of ``sqlite3`` or ``psycopg`` (no SQLAlchemy, no
Qt), so the migration, the file-level check and the services share it. Values
are hashed in one portable form (a datetime as SQLite stores it), so a chain
stays valid when an office database is copied between SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from typing import Any

from asn_desktop.db.json_text import json_column
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks

GENESIS = "0" * 64
#: columns covered by the hash, in this order (``chain_hash`` itself is not)
COLUMNS = ("id", "waktu", "user_id", "username", "aksi", "entitas", "entitas_id", "ringkasan", "sebelum", "sesudah")
# JSON columns read as their stored text on both databases (psycopg would parse them into dicts)
_SELECT = "SELECT " + ", ".join(f"CAST({c} AS TEXT)" if c in ("sebelum", "sesudah") else c for c in COLUMNS)
_BATCH = 5000


def _plain(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"hex": bytes(value).hex()}
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite storage form
    return value


def chain_text(value: Any) -> Any:
    """``value`` in the form the chain hashes it (a datetime as SQLite stores it)."""
    return value if type(value) in _AS_IS else _plain(value)


def _sql(cur: Any, statement: str) -> str:
    """``statement`` with the cursor's placeholder: sqlite3 takes ``?``, psycopg ``%s``."""
    return statement.replace("?", "%s") if type(cur).__module__.startswith("psycopg") else statement


#: json.dumps with these options builds a new encoder per call; one encoder, the same text
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
#: values ``_plain`` returns as they are (most cells): skipped without a call
_AS_IS = frozenset({str, int, type(None), float, bool})


def _default(value: Any) -> Any:
    """What ``row_hash`` makes of a value JSON has no form for: ``_plain``'s form, else ``str``."""
    plain = _plain(value)
    return str(plain) if plain is value else plain


#: the C encoder behind ``_dumps`` (same options), called without building an encoder per row
#: and with ``_plain`` as its fallback (the encoder calls it only for the rare value that needs
#: it, so rows are not checked value by value); where the C accelerator is missing, ``_dumps``
_c_encoder = getattr(json.encoder, "c_make_encoder", None)
_encode_list = (_c_encoder(None, _default, json.encoder.encode_basestring, None, ":", ",", False, False, True)
                if _c_encoder is not None
                else lambda row, _level: (_dumps([v if type(v) in _AS_IS else _plain(v) for v in row]),))


def row_hash(prev: str, row: tuple[Any, ...]) -> str:
    """The chain hash of one row given the previous row's hash (``GENESIS`` for the first)."""
    payload = _dumps([v if type(v) in _AS_IS else _plain(v) for v in row])
    return hashlib.sha256(f"{prev}\n{payload}".encode("utf-8", "surrogatepass")).hexdigest()


def _store_hashes(cur: Any, updates: list[tuple[str, int]]) -> None:
    """Write (hash, id) pairs. On PostgreSQL one statement per batch (arrays joined by id):
    an UPDATE per row costs a server round trip each, ~1.5 s for a 15,000-row import."""
    if type(cur).__module__.startswith("psycopg"):
        cur.execute("UPDATE audit_log SET chain_hash = u.h FROM unnest(%s::bigint[], %s::text[]) AS u(id, h) "
                    "WHERE audit_log.id = u.id", ([i for _, i in updates], [h for h, _ in updates]))
        return
    cur.executemany("UPDATE audit_log SET chain_hash = ? WHERE id = ?", updates)


def seal(cur: Any) -> int:
    """Chain every audit row after the newest sealed one, in id order, inside the
    caller's transaction; returns how many rows were sealed.

    Rows without a hash *before* the newest sealed one are left as they are:
    only someone editing the file creates them, and sealing them would hide that.
    """
    last = cur.execute(
        "SELECT id, chain_hash FROM audit_log WHERE chain_hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    prev, after = (GENESIS, 0) if last is None else (last[1], last[0])
    sealed = 0
    while True:
        rows = cur.execute(
            _sql(cur, f"{_SELECT} FROM audit_log WHERE id > ? ORDER BY id LIMIT {_BATCH}"), (after,)
        ).fetchall()
        if not rows:
            return sealed
        hashes = chained(prev, rows)
        prev = hashes[-1]
        updates = [(h, row[0]) for h, row in zip(hashes, rows)]
        _store_hashes(cur, updates)
        sealed += len(updates)
        after = rows[-1][0]


def chain_head(cur: Any) -> tuple[int, str]:
    """Seal what this transaction wrote so far, then (id, hash) of the newest audit row
    ((0, GENESIS) for an empty log): where a bulk writer that hashes its own rows continues
    (:func:`chained`). Rows it then inserts must take the ids after that one, in order."""
    seal(cur)
    last = cur.execute("SELECT id, chain_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (0, GENESIS) if last is None else (last[0], last[1])


def chained(prev: str, rows: Any) -> list[str]:
    """The chain hashes of ``rows`` (scalar values in :data:`COLUMNS` order, as they are stored:
    a datetime, or its storage text; a JSON column as its stored text) following ``prev``:
    the hashes ``seal`` would give them. A bulk writer stores them with the rows instead of
    having ``seal`` read the rows back and update each (one pass over 15,000 audit rows)."""
    out: list[str] = []
    add = out.append
    encode, sha256 = _encode_list, hashlib.sha256
    for row in rows:
        payload = "".join(encode(row, 0))  # the text ``row_hash`` hashes
        prev = sha256(f"{prev}\n{payload}".encode("utf-8", "surrogatepass")).hexdigest()
        add(prev)
    return out


def chained_columns(prev: str, n: int, columns: dict[str, Any]) -> list[str]:
    """:func:`chained` of ``n`` rows given column by column: ``columns`` maps every name of
    :data:`COLUMNS` to a sequence of ``n`` values, or to :class:`Same` (one value for every row).
    Each row's text is joined from its columns' JSON texts (strings escaped at C speed, other
    values encoded once each), so only the hashing runs once per row."""
    pieces: list[Any] = []
    sep = "["
    for name in COLUMNS:
        col = columns[name]
        if isinstance(col, Same):
            sep += _json_of(col.value) + ","
            continue
        pieces += (repeat(sep), json_column(col, json.encoder.encode_basestring, _json_of, "null"))
        sep = ","
    pieces.append(repeat(sep[:-1] + "]"))
    out: list[str] = []
    add = out.append
    sha256 = hashlib.sha256
    for _, payload in zip(range(n), map("".join, zip(*pieces))):
        prev = sha256(f"{prev}\n{payload}".encode("utf-8", "surrogatepass")).hexdigest()
        add(prev)
    return out


@dataclass(frozen=True)
class Same:
    """One value for every row of :func:`chained_columns`."""

    value: Any


def _json_of(value: Any) -> str:
    """The text the chain's encoder makes of one value."""
    return "".join(_encode_list([value], 0))[1:-1]


def has_chain(cur: Any) -> bool:
    """Whether the file's audit log has the ``chain_hash`` column (older schemas do not)."""
    if type(cur).__module__.startswith("psycopg"):
        cur.execute("SELECT 1 FROM information_schema.columns WHERE table_name = 'audit_log' "
                    "AND column_name = 'chain_hash' AND table_schema = current_schema()")
        return cur.fetchone() is not None
    return any(r[1] == "chain_hash" for r in cur.execute("PRAGMA table_info(audit_log)").fetchall())


@dataclass(frozen=True)
class ChainBreak:
    """The first audit row whose stored hash does not follow from the rows before it."""

    row_id: int
    position: int  # 1-based position in id order
    alasan: str

    @property
    def message(self) -> str:
        """Indonesian text that keeps its Msg (``Teks``): the CLI prints it, the UI shows it translated."""
        return Teks(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Rantai log audit terputus di baris id {row_id} (urutan ke-{position}): {alasan}. "
            "Isi basis data kemungkinan diubah di luar aplikasi. Bandingkan dengan cadangan sebelumnya "
            "dan laporkan ke admin."), row_id=self.row_id, position=self.position, alasan=Msg(self.alasan)))


def verify(con: sqlite3.Connection) -> ChainBreak | None:
    """Walk the chain from the first row; None when every link holds (also for an empty log)."""
    cur = con.cursor()
    cur.execute(f"{_SELECT}, chain_hash FROM audit_log ORDER BY id")
    prev = GENESIS
    position = 0
    while True:
        rows = cur.fetchmany(_BATCH)
        if not rows:
            return None
        for r in rows:
            position += 1
            stored = r[-1]
            if stored is None:
                return ChainBreak(r[0], position, QT_TRANSLATE_NOOP(
                    "Pesan", "baris ini tidak bersegel (ditambahkan di luar aplikasi)"))
            expected = row_hash(prev, tuple(r[:-1]))
            if stored != expected:
                return ChainBreak(
                    r[0], position,
                    QT_TRANSLATE_NOOP("Pesan", "isi baris ini, atau baris sebelumnya, diubah atau dihapus setelah dicatat"),
                )
            prev = stored


def verify_file(path: Any) -> ChainBreak | None:
    """``verify`` on a database file opened read-only; None also for a file without a chain
    (an older schema, which the upgrade chains)."""
    from asn_desktop.db.peek import connect_ro

    con = connect_ro(path)
    try:
        if not has_chain(con.cursor()):
            return None
        return verify(con)
    finally:
        con.close()


def verify_database(db: Any) -> ChainBreak | None:
    """``verify`` on an open ``Database`` (a server, or a file), through its driver connection;
    None also when its schema has no chain yet."""
    from asn_desktop.db.session import driver_cursor

    with db.session() as s:
        cur = driver_cursor(s)
        try:
            return verify(cur.connection) if has_chain(cur) else None
        finally:
            cur.close()
