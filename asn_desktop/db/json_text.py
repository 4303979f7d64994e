"""The JSON text of a column of values, each distinct value encoded once.

Two bulk writers build JSON per column rather than per row: the audit rows' ``sesudah`` text
(``db/bulk.json_texts``, what SQLAlchemy's JSON type stores) and the hash chain's row texts
(``db/audit_chain.chained_columns``, what ``row_hash`` hashes). They differ in their encoder,
not in how a column is walked, so the walk and its memo are written once here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from decimal import Decimal
from typing import Any

#: Values that compare equal yet are written differently (0.0 and -0.0, Decimal("2.5") and
#: Decimal("2.50"), one instant in two time zones): never looked up by value in a memo.
TEXT_NOT_BY_VALUE: tuple[type, ...] = (float, Decimal, datetime, time)


def json_column(values: Sequence[Any], encode_str: Callable[[str], str], encode: Callable[[Any], str],
                none: str | None = None) -> list[Any]:
    """The JSON text of each value of a column: strings by ``encode_str`` (the C escaper), ints
    by their ``repr``, any other value by ``encode``, once per distinct value (a dict or list,
    unhashable, each on its own); None gives ``none``."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(encode_str, values))
    if kinds == {str, type(None)}:
        return [encode_str(v) if v is not None else none for v in values]
    if kinds == {int}:
        return list(map(int.__repr__, values))  # what both encoders write of an int (ids)
    memo: dict[tuple[type, Any], str] = {}
    out: list[Any] = []
    add = out.append
    for v in values:
        if v is None:
            add(none)
        elif v.__class__ is str:
            add(encode_str(v))
        elif isinstance(v, TEXT_NOT_BY_VALUE):
            add(encode(v))
        else:
            key = (v.__class__, v)  # 1, 1.0 and True are equal keys with different texts
            try:
                text = memo.get(key)
                if text is None:
                    text = memo[key] = encode(v)
            except TypeError:  # unhashable (a dict): encoded on its own
                text = encode(v)
            add(text)
    return out
