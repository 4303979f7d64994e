"""Fixtures for the bundle/benchmark/translation tests: the repository root on sys.path
(``benchmarks`` and ``scripts`` are not installed packages)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def app(qapp: "QApplication") -> "Iterator[QApplication]":
    """The application with no translator afterwards, as the other tests expect (Indonesian)."""
    from asn_desktop.ui.i18n import clear_translations

    yield qapp
    clear_translations(qapp)
