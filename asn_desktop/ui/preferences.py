"""Per-user preferences (QSettings: the registry on Windows), read and written by their declaration.

Keys and defaults live in ``asn_desktop/options.py`` (group ``PENGGUNA``); this module is the
only code that touches QSettings, so a damaged or foreign value reads as the default.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QSettings

from asn_desktop.options import PENGGUNA, Option

T = TypeVar("T")


def read(opt: Option[T]) -> T:
    """The stored value of ``opt``, or its default when absent or unusable."""
    _check(opt)
    raw: Any = QSettings().value(opt.key, None)
    return opt.coerce(raw)


def write(opt: Option[T], value: T) -> None:
    """Store ``value``; a value the declaration would not accept is not stored (the old one stays)."""
    _check(opt)
    if opt.accepts(value):
        QSettings().setValue(opt.key, value)


def _check(opt: Option[Any]) -> None:
    if opt.group != PENGGUNA:
        raise ValueError(f"{opt.key} is an office setting: read it through services.settings")
