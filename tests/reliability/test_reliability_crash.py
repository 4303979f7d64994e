"""Crash safety: kill -9 during bulk writes leaves the database consistent and all-or-nothing.

A few runs per scenario here (the suite stays fast); the long run is
``python benchmarks/kill_test.py --runs 300`` (see docs/fuzzing.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")

RUNS = {"demo": 4, "pulihkan": 3, "impor_pegawai": 3}


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import killtest

    work = tmp_path_factory.mktemp("kill")
    return work, {s.name: s for s in killtest.default_scenarios(work, size=300)}


@pytest.mark.parametrize("name", list(RUNS))
def test_kill_9_leaves_before_or_after_never_partial(scenarios, name: str) -> None:  # type: ignore[no-untyped-def]
    import killtest

    work, by_name = scenarios
    assert name in by_name, f"scenario {name} could not be set up (its service is missing)"
    report = killtest.run([by_name[name]], RUNS[name], work, seed=hash(name) % 1000)
    assert not report.failures, [f.detail for f in report.failures]
    assert len(report.runs) == RUNS[name]
    # the runs really interrupted the operation (otherwise they prove nothing)
    killed = [r for r in report.runs if r.killed_at != "finished"]
    assert killed, "no run was killed before the operation finished"


def test_verify_detects_a_partial_write(tmp_path: Path) -> None:
    """The checker itself: a database with half a bulk insert is reported, not accepted."""
    import sqlite3

    import killtest

    db = tmp_path / "x.db"
    killtest._empty_db(db)
    before = killtest.table_counts(db)
    after = dict(before, pegawai=10, unit_kerja=2)
    con = sqlite3.connect(db)
    con.execute("INSERT INTO unit_kerja (uid, nama, jenis, urutan, aktif, version_id) VALUES ('u1','A','x',0,1,1)")
    con.commit()
    con.close()
    cal = killtest.Calibration(before, after, 1.0, 0.1)
    res = killtest.verify("uji", db, cal, "in-transaction", 0.0)
    assert not res.ok and "partial" in res.detail
