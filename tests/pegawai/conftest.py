"""Fixtures for the employee/organisation tests (issue 3)."""

from __future__ import annotations

import pytest
from pegawai_helpers import Struktur, find_struktur

from asn_desktop.services.context import AppContext


@pytest.fixture
def struktur(demo_ctx: AppContext) -> Struktur:
    return find_struktur(demo_ctx)
