"""The benchmark harness keeps working as the code changes (quick mode; no timing asserted)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import run as bench

ROOT = Path(__file__).resolve().parents[2]

# which code each measure drives: with the code there, the row must carry numbers
FEATURES = {
    "import_roster": "asn_desktop.services.pertukaran",
    "import_roster_same_writes": "asn_desktop.services.pertukaran",
    "export_results": "asn_desktop.services.pertukaran",
    "export_peak": "asn_desktop.services.pertukaran",
    "export_after": "asn_desktop.services.pertukaran",
    "window_export_after": "asn_desktop.ui.main_window",
    "window_export_peak": "asn_desktop.ui.main_window",
    "merge_results": "asn_desktop.services.pertukaran",
    "merge_peak": "asn_desktop.services.pertukaran",
    "merge_after": "asn_desktop.services.pertukaran",
    "list_filter": "asn_desktop.ui.pegawai.model",
    "list_sort": "asn_desktop.ui.pegawai.model",
    "startup": "asn_desktop.ui.main_window",
    "memory": "asn_desktop.ui.main_window",
    "skp_pdf": "asn_desktop.reports.skp_pdf",
    "area_penilaian": "asn_desktop.ui.loading",
    "area_penilaian_gap": "asn_desktop.ui.loading",
    "area_skp": "asn_desktop.ui.loading",
    "area_skp_gap": "asn_desktop.ui.loading",
    "area_cascading": "asn_desktop.ui.loading",
    "area_cascading_gap": "asn_desktop.ui.loading",
    "area_kelengkapan": "asn_desktop.ui.loading",
    "area_kelengkapan_gap": "asn_desktop.ui.loading",
}


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--quick", "--out", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_quick_run_reports_every_measure_with_numbers(quick: tuple[dict, str]) -> None:
    data, _ = quick
    rows = {r["key"]: r for r in data["results"]}
    assert set(rows) == set(FEATURES)
    assert data["quick"] is True and data["dataset"]["pegawai"] == 300
    assert data["machine"]["cores"] >= 1 and data["machine"]["python"]
    for key, module in FEATURES.items():
        r = rows[key]
        if importlib.util.find_spec(module) is None:
            assert r["status"] == bench.UNAVAILABLE, r
            continue
        assert r["status"] in ((bench.INFO,) if r["kind"] == "info" else (bench.OK, bench.MISSED)), r
        assert isinstance(r["value"], (int, float)) and r["value"] > 0, r
        if r["kind"] in ("ratio", "info"):
            assert isinstance(r["floor"], (int, float)) and r["floor"] > 0, r
            assert r["ratio"] == pytest.approx(r["value"] / r["floor"], rel=0.02)


def test_measures_ran_on_the_real_data(quick: tuple[dict, str]) -> None:
    data, _ = quick
    rows = {r["key"]: r for r in data["results"]}
    assert rows["import_roster"]["detail"]["imported"] == rows["import_roster"]["detail"]["rows"] == 300
    # the second floor writes what the import wrote: its employees, their history and audit rows
    written = rows["import_roster_same_writes"]["detail"]["rows_written"]
    assert written["pegawai"] == written["riwayat_jabatan"] == 300 and written["audit_log"] > 300
    assert rows["export_results"]["detail"]["cells"] > 300
    assert set(rows["export_results"]["detail"]["floors_s"]) == {"rust", "xlsxwriter", "openpyxl"}
    assert rows["merge_results"]["detail"]["rows"] > 300  # the exported package, merged whole
    assert rows["list_filter"]["detail"]["rows"] == 300
    assert rows["memory"]["detail"]["rows"] in (None, 300)


def test_table_shows_each_measure_beside_its_floor(quick: tuple[dict, str]) -> None:
    _, stdout = quick
    table = stdout.split("Ukuran", 1)[1]
    for label in ("Impor daftar 300 pegawai", "Ekspor hasil penilaian", "ketukan filter", "urutkan kolom",
                  "jendela utama interaktif", "Memori puncak", "Satu PDF SKP"):
        assert label in table
    assert "calamine + sqlite3 executemany" in table and "QMainWindow kosong" in table


def test_a_missing_feature_is_reported_not_fatal() -> None:
    row = bench.rows_for(10)[0]
    with pytest.raises(bench.NotAvailable):
        bench.feature("asn_desktop.tidak_ada_modul", "fungsi")
    assert row.status == bench.UNAVAILABLE and row.value is None


def test_call_with_passes_only_accepted_keywords() -> None:
    def service(ctx: object, path: str, *, tahun: int, progress: object = None) -> tuple:
        return ctx, path, tahun, progress

    assert bench.call_with(service, "c", "p", tahun=2026, progress=None, simpan=True) == ("c", "p", 2026, None)

    def needs_more(ctx: object, path: str, unit_id: int) -> None: ...

    with pytest.raises(TypeError, match="unit_id"):
        bench.call_with(needs_more, "c", "p", tahun=2026)
