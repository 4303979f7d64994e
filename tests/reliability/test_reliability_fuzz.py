"""Fuzzing the Excel importers: never a crash, never a partial write.

A fast, fixed-seed subset runs here; the long run is
``python benchmarks/fuzz_excel.py --files 1000`` (result in docs/fuzzing.md).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import fuzz_excel as fz
import pytest

from asn_desktop.services.errors import ServiceError

FAST_FILES = 60


@pytest.fixture(scope="module")
def fuzz_work(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[fz.Importer]]:
    work = tmp_path_factory.mktemp("fuzz")
    return work, fz.discover_importers(work)


def test_every_existing_importer_is_fuzzed(fuzz_work: tuple[Path, list[fz.Importer]]) -> None:
    _work, importers = fuzz_work
    names = {i.name.split(" ")[0] for i in importers}
    # every importer must be there: one that cannot be imported fails this test, it is never skipped
    assert {"impor_pegawai", "impor_hasil", "impor_formulir"} <= names, names
    for imp in importers:
        assert imp.seeds and all(p.stat().st_size > 0 for p in imp.seeds)


def test_fast_fuzz_subset_no_crash_no_partial_write(fuzz_work: tuple[Path, list[fz.Importer]]) -> None:
    work, importers = fuzz_work
    assert importers, "no importer could be set up"
    report = fz.fuzz(importers, FAST_FILES, work / "run", seed=2026, keep_findings=work / "temuan")
    details = [f"{f.kind} · {f.importer} · {'+'.join(f.mutations)} · {f.detail.splitlines()[0]}"
               for f in report.findings]
    if report.findings:
        pytest.fail(f"{len(details)} findings in {FAST_FILES} files:\n" + "\n".join(details), pytrace=False)
    assert report.runs == FAST_FILES
    refused = sum(v for k, v in report.outcomes.items() if k.endswith("ServiceError"))
    accepted = sum(v for k, v in report.outcomes.items() if k.endswith(": ok"))
    assert refused and accepted  # the mutations produce both broken and still-usable files


def test_mutations_really_change_the_workbook(fuzz_work: tuple[Path, list[fz.Importer]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "Nama", "Golongan", "TMT"])
    for i in range(20):
        ws.append([f"1978092620150510{i:02d}", f"Pegawai {i}", "III/a", "01-01-2020"])
    p = fuzz_work[0] / "kecil.xlsx"
    wb.save(p)
    data = p.read_bytes()
    rng = random.Random(1)
    for m in fz.MUTATORS:
        assert m(rng, data) != data, m.__name__


# --------------------------------------------------------------------------- the harness finds what it should


def _bad_importers(tmp_path: Path) -> list[fz.Importer]:
    from asn_desktop.db.session import open_database

    template = tmp_path / "t.db"
    open_database(template).dispose()
    seed = tmp_path / "seed.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["NIP", "Nama"])
    wb.active.append(["197809262015051001", "Budi"])
    wb.save(seed)

    def naive(_ctx: Any, path: Path) -> None:
        import zipfile

        zipfile.ZipFile(path).read("xl/workbook.xml")  # BadZipFile / KeyError escape

    def half_writer(ctx: Any, _path: Path) -> None:
        from asn_desktop.services.settings import set_setting

        set_setting(ctx, "separuh", 1)  # committed on its own ...
        raise ServiceError("Baris 7 ditolak.")  # ... then the import fails: a partial write

    return [fz.Importer("naif", naive, [seed], template), fz.Importer("separuh", half_writer, [seed], template)]


def test_harness_reports_crashes_and_partial_writes(tmp_path: Path) -> None:
    report = fz.fuzz(_bad_importers(tmp_path), 40, tmp_path / "run", seed=5)
    kinds = {(f.importer, f.kind) for f in report.findings}
    assert ("naif", "crash") in kinds
    assert ("separuh", "partial write") in kinds
    assert not any(f.importer == "separuh" and f.kind == "crash" for f in report.findings)
