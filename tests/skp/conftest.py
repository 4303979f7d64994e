"""Fixtures for the SKP area: a fresh draft SKP in the demo kecamatan."""

from __future__ import annotations

import pytest

from asn_desktop.services.context import AppContext
from skp_helpers import Fresh, make_fresh


@pytest.fixture
def fresh(demo_ctx: AppContext) -> Fresh:
    """An employee of the demo without an SKP for 2026 gets a new, empty draft."""
    return make_fresh(demo_ctx)
