"""Fixtures for the evaluation area: a small office built once per session, copied per test."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from penilaian_helpers import Kantor, build_kantor

from asn_desktop.db.session import open_database
from asn_desktop.services.context import Actor, AppContext
from testkit import copy_database


@pytest.fixture(scope="session")
def _kantor_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Kantor]:
    path = tmp_path_factory.mktemp("kantor") / "kantor.db"
    database = open_database(path)
    k = build_kantor(AppContext(database, Actor.system("penguji")))
    database.dispose()
    return path, k


@pytest.fixture
def kantor_kecil(_kantor_template: tuple[Path, Kantor], tmp_path: Path) -> Iterator[Kantor]:
    """A copy of the small office (unit, head, 10 staff with approved SKPs 2026, TW I open), as admin."""
    src_path, k = _kantor_template
    dest = copy_database(src_path, tmp_path / "kantor.db")
    database = open_database(dest)
    yield dataclasses.replace(k, ctx=AppContext(database, Actor.system("penguji")))
    database.dispose()

