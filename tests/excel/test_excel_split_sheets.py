"""Big data sheets continue in parts ("Realisasi", "Realisasi (2)", …) so a merge never loads a
whole regency sheet at once: a split package carries the same data and checksum as an unsplit one,
merges to the same records, and a part dropped, added, moved, edited or re-headed is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from asn_desktop.db import models as m
from asn_desktop.excel import exchange as X
from asn_desktop.services import kunci_kantor as K
from asn_desktop.services import pertukaran as P
from tests.excel.test_excel_merge_onepass import count, new_ctx, snapshot


def meta_of(path: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    out = {str(r[0]): str(r[1]) for r in wb[X.META_SHEET].iter_rows(min_row=2, values_only=True) if r[0]}
    wb.close()
    return out


@pytest.fixture
def two_packages(demo_ctx, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """The demo office's year exported whole, then with a cell budget small enough to split it."""
    whole, split = tmp_path / "utuh.xlsx", tmp_path / "bagian.xlsx"
    P.export_results(demo_ctx, whole, 2026)
    monkeypatch.setattr(X, "CELL_BUDGET", 1500)
    P.export_results(demo_ctx, split, 2026)
    monkeypatch.setattr(X, "CELL_BUDGET", 600_000)
    return whole, split


def test_a_split_package_holds_the_same_data_and_merges_to_the_same_records(demo_ctx, two_packages,
                                                                          tmp_path) -> None:
    whole, split = two_packages
    mw, ms = meta_of(whole), meta_of(split)
    assert mw["versi_format"] == "1" and not any(k.startswith("bagian:") for k in mw)
    assert ms["versi_format"] == "2"
    assert int(ms["bagian:Realisasi"]) >= 3 and int(ms["bagian:Umpan Balik Perilaku"]) >= 2
    assert ms["checksum_sha256"] == mw["checksum_sha256"]
    assert {k: v for k, v in ms.items() if k.startswith("baris:")} == \
        {k: v for k, v in mw.items() if k.startswith("baris:")}
    names = openpyxl.load_workbook(split, read_only=True).sheetnames
    n = int(ms["bagian:Realisasi"])
    at = [names.index(X.part_name("Realisasi", i)) for i in range(1, n + 1)]
    assert at == sorted(at) and "Realisasi (2)" in names

    rows = list(X.read_workbook(split, X.JENIS_HASIL).rows("Realisasi"))
    assert [r.values for r in rows] == [r.values for r in X.read_workbook(whole, X.JENIS_HASIL).rows("Realisasi")]
    second = [r for r in rows if r.lembar == "Realisasi (2)"]  # messages name the part and its own row
    assert second and second[0].row == 2 and rows[0].lembar == "" and rows[0].row == 2

    got = {}
    for name, path in (("utuh", whole), ("bagian", split)):
        kab = new_ctx(tmp_path, f"kab-{name}.db")
        rep = P.import_results(kab, [path], trust_new_office=True)
        pkg = rep.accepted[0]
        assert pkg.checksum_ok and pkg.tanda_tangan_ok and not pkg.masalah, pkg.pesan
        got[name] = snapshot(kab)
        kab.db.dispose()
    assert got["bagian"] == got["utuh"]
    want = snapshot(demo_ctx)
    assert got["bagian"]["realisasi"] == want["realisasi"] and len(want["realisasi"]) > 20
    assert got["bagian"]["umpan_balik"] == want["umpan_balik"]


def _alter(path: Path, out: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(out)
    return out


def _edit_cell(wb: openpyxl.Workbook) -> None:
    ws = wb["Realisasi (2)"]
    col = [c.value for c in ws[1]].index("Realisasi") + 1
    ws.cell(2, col).value = "Realisasi yang ditambahkan kemudian"


def _drop_part(wb: openpyxl.Workbook) -> None:
    del wb["Realisasi (2)"]


def _reorder(wb: openpyxl.Workbook) -> None:
    wb.move_sheet("Realisasi (3)", offset=-1)


def _other_header(wb: openpyxl.Workbook) -> None:
    wb["Realisasi (2)"].cell(1, 1).value = "UID Lain"


def _extra_part(wb: openpyxl.Workbook) -> None:
    n = sum(1 for s in wb.sheetnames if s.startswith("Realisasi"))
    wb.copy_worksheet(wb["Realisasi (2)"]).title = f"Realisasi ({n + 1})"


def _part_of_unsplit(wb: openpyxl.Workbook) -> None:
    wb.copy_worksheet(wb["Periode"]).title = "Periode (2)"


@pytest.mark.parametrize(("change", "said"), [
    (_edit_cell, "diubah setelah"),
    (_drop_part, "bagian berikut tidak ada: \"Realisasi (2)\""),
    (_reorder, "bagian lembar \"Realisasi\" tidak berurutan"),
    (_other_header, "\"Realisasi (2)\" berkas \"diubah.xlsx\" memiliki judul kolom yang berbeda"),
    (_extra_part, "padahal lembar \"Realisasi\" hanya terdiri atas"),
    (_part_of_unsplit, "\"Periode (2)\", padahal lembar \"Periode\" tidak dibagi"),
])
def test_a_tampered_split_package_is_refused_and_nothing_is_written(two_packages, tmp_path, change, said) -> None:
    _whole, split = two_packages
    altered = _alter(split, tmp_path / "diubah.xlsx", change)
    kab = new_ctx(tmp_path, "kabupaten.db")
    rep = P.import_results(kab, [altered], trust_new_office=True)
    pkg = rep.packages[0]
    assert not rep.accepted and rep.exit_code == P.EXIT_FAILED and not rep.written
    assert said in pkg.pesan
    assert change is _edit_cell or "\"diubah.xlsx\"" in pkg.pesan  # (an altered cell: the signature's refusal)
    for model in (m.Pegawai, m.UnitKerja, m.Skp, m.Evaluasi, m.Realisasi, m.UmpanBalikPerilaku):
        assert count(kab, model) == 0, model
    assert not K.list_offices(kab)
    kab.db.dispose()


def test_a_bagian_count_out_of_bounds_is_refused(tmp_path) -> None:
    meta = {"versi_format": "2", "bagian:Realisasi": str(X.MAX_PARTS + 1)}
    with pytest.raises(X.ExcelError) as exc:
        X._parts_of(meta, ["Realisasi"], X.SPECS[X.JENIS_HASIL], tmp_path / "a.xlsx")
    assert "\"a.xlsx\"" in exc.value.message and "Realisasi" in exc.value.message and exc.value.pesan is not None
    with pytest.raises(X.ExcelError):  # parts in a package that says it has none
        X._parts_of({"versi_format": "1", "bagian:Realisasi": "2"}, ["Realisasi", "Realisasi (2)"],
                    X.SPECS[X.JENIS_HASIL], tmp_path / "a.xlsx")


def test_a_newer_format_than_this_release_is_refused(tmp_path, monkeypatch) -> None:
    """What the previous release (format 1) says to a split package: update the app."""
    path = tmp_path / "pegawai.xlsx"
    X.write_employees_workbook(path, [], X.MetaInfo(X.JENIS_PEGAWAI, "K1", "Kantor"))
    wb = openpyxl.load_workbook(path)
    for row in wb[X.META_SHEET].iter_rows(min_row=2):
        if row[0].value == "versi_format":
            row[1].value = str(X.FORMAT_VERSION + 1)
    wb.save(path)
    with pytest.raises(X.ExcelError) as exc:
        X.read_workbook(path, X.JENIS_PEGAWAI)
    assert "Perbarui aplikasi" in exc.value.message
