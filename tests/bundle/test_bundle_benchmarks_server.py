"""The benchmark's SQLite-vs-PostgreSQL mode keeps working (quick, a throw-away cluster; no timing asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pgserver

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    why = pgserver.unavailable()
    if why:
        if os.environ.get("ASN_TEST_PG") == "require":
            pytest.fail(f"PostgreSQL diminta tetapi tidak tersedia: {why}")
        pytest.skip(why)
    out = tmp_path_factory.mktemp("bench-server") / "results-server.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--pg-temp", "--out", str(out),
         "--only", "list", "skp_overview", "import_roster", "floors"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_each_measure_has_figures_on_both_databases(server_run: tuple[dict, str]) -> None:
    result, _ = server_run
    rows = {r["key"]: r for r in result["results"]}
    assert rows["copy"]["postgresql"]["seconds"] > 0  # the regency went to the server through db/copy
    for key in ("list", "skp_overview", "import_roster"):
        assert rows[key]["sqlite"]["seconds"] > 0, key
        assert rows[key]["postgresql"]["seconds"] > 0, key
    assert rows["floor_sqlite"]["sqlite"]["seconds"] > 0
    assert rows["floor_pg_copy"]["postgresql"]["seconds"] > 0
    assert rows["floor_pg_many"]["postgresql"]["seconds"] > 0
    assert result["server_version"][:2].isdigit()


def test_table_puts_the_two_databases_side_by_side(server_run: tuple[dict, str]) -> None:
    _, stdout = server_run
    head = next(line for line in stdout.splitlines() if line.startswith("Ukuran"))
    assert "SQLite" in head and "PostgreSQL" in head and "PG/SQLite" in head
    assert "Impor daftar pegawai / dasar" in stdout
