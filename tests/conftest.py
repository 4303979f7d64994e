"""Shared fixtures: real SQLite files under tmp_path, real widgets offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from asn_desktop.db.session import Database, open_database
from asn_desktop.services.context import Actor, AppContext
from testkit import copy_database, server_db


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kantor.db"


#: ``ASN_TEST_DB=postgresql`` runs the database-backed fixtures on a throw-away PostgreSQL
#: cluster instead of SQLite files (scripts/test.sh runs the service tests both ways)
ON_SERVER = os.environ.get("ASN_TEST_DB") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the server pass, tests about the SQLite file itself are left out (they ran on SQLite)."""
    if not ON_SERVER:
        return
    keep = [i for i in items if not i.get_closest_marker("sqlite_only")]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i.get_closest_marker("sqlite_only")])
        items[:] = keep


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    database = open_database(server_db(request) if ON_SERVER else db_path)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    """An empty database, acting as admin."""
    return AppContext(db, Actor.system("penguji"))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path | str:
    """The demo kecamatan built once per test session; tests get a copy (on a server: the
    name of a template database)."""
    from asn_desktop.services.demo import build_demo

    if ON_SERVER:
        cluster = request.getfixturevalue("pg_cluster")
        cluster.create_database("demo_template")
        target: Path | str = cluster.url("demo_template")
    else:
        target = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(target)
    build_demo(AppContext(database, Actor.system("penguji")), 40, tahun=2026, seed=7, periode_dinilai=3)
    database.dispose()
    return "demo_template" if ON_SERVER else target


@pytest.fixture
def demo_ctx(_demo_template: Path | str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    """A fresh copy of the demo kecamatan (40 employees, SKPs 2026, evaluated quarters)."""
    if ON_SERVER:
        database = open_database(server_db(request, template=str(_demo_template)))
    else:
        database = open_database(copy_database(Path(_demo_template), tmp_path / "demo.db"))
    yield AppContext(database, Actor.system("penguji"))
    database.dispose()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throw-away PostgreSQL cluster for the session (tests/pgserver.py); skipped where
    PostgreSQL is not installed, a failure when ASN_TEST_PG=require."""
    import pgserver

    why = pgserver.unavailable()
    if why:
        if os.environ.get("ASN_TEST_PG") == "require":
            pytest.fail(f"PostgreSQL diperlukan untuk pengujian ini: {why}")
        pytest.skip(f"PostgreSQL tidak tersedia: {why}")
    import tempfile

    cluster = pgserver.start()
    # what a server database keeps on this PC (logs, backups) goes to a temporary folder, not the
    # tester's own data folder
    local = None
    if "ASN_DESKTOP_DATA" not in os.environ:
        local = tempfile.mkdtemp(prefix="asn-pg-lokal-")
        os.environ["ASN_DESKTOP_DATA"] = local
    yield cluster
    cluster.stop()
    if local is not None:
        os.environ.pop("ASN_DESKTOP_DATA", None)
        import shutil

        shutil.rmtree(local, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster, request: pytest.FixtureRequest) -> str:
    """A new, empty PostgreSQL database for one test."""
    return server_db(request)


@pytest.fixture
def english_pesan(qapp: object, tmp_path: Path) -> Iterator[object]:
    """Every English of the context "Pesan" (en.json plus the branches' new_*.json until they
    are merged) installed: messages built below the UI read in English through ``teks``."""
    from PySide6.QtCore import QTranslator

    from asn_desktop.domain.messages import CONTEXT
    from scripts import i18n
    from tests.foundation.test_pesan_layanan_english import _english

    msgs = [i18n.Message(CONTEXT, src, "", [], [], "%n" in src, en) for src, en in _english().items()]
    ts = tmp_path / "pesan_en.ts"
    i18n.write_ts(ts, msgs, "en", "id")
    i18n.lrelease(ts, ts.with_suffix(".qm"))
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(t)  # type: ignore[attr-defined]
    yield t
    qapp.removeTranslator(t)  # type: ignore[attr-defined]
