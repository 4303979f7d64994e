"""The registers' monthly figures and each SKM's results travel in the results package to the regency."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.excel.exchange import HASIL_SHEETS, read_workbook, write_workbook
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext


def new_ctx(tmp_path: Path, name: str) -> AppContext:
    return AppContext(open_database(tmp_path / name), Actor.system("penguji"))


def rows(path: Path, sheet: str) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def test_monthly_figures_and_survey_results_reach_the_regency(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "hasil.xlsx"
    res = P.export_results(demo_ctx, path, 2026)
    assert res.sheets["Layanan Bulanan"] == 12  # four front-desk units × three months of the demo quarter
    assert res.sheets["SKM"] == 1
    lb = rows(path, "Layanan Bulanan")
    head = lb[0]
    assert sum(r[head.index("Permohonan")] for r in lb[1:]) == 840
    skm = rows(path, "SKM")
    assert skm[1][skm[0].index("Mutu")] in ("A", "B", "C", "D") and skm[1][skm[0].index("Responden")] == 170

    kab = new_ctx(tmp_path, "kab.db")
    rep = P.import_results(kab, [path], trust_new_office=True)
    assert rep.accepted, rep.packages[0].pesan
    with kab.read() as s:
        rekap = s.execute(select(func.sum(m.RekapLayanan.jumlah), func.count())).one()
        sv = s.scalars(select(m.RekapSkm)).one()
    assert tuple(rekap) == (840, 12)
    assert sv.kantor and sv.responden == 170 and sv.mutu in "ABCD" and all(1 <= getattr(sv, f"nrr_u{i}") <= 4 for i in range(1, 10))
    again = P.import_results(kab, [path])  # the same package again changes nothing
    assert again.accepted[0].total("baru") == 0
    kab.db.dispose()


def test_a_bad_figure_is_rejected_by_file_sheet_row_and_column(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    wb = openpyxl.load_workbook(path)
    ws = wb["Layanan Bulanan"]
    head = [c.value for c in ws[1]]
    ws.cell(row=2, column=head.index("Persen Tepat Waktu") + 1).value = 140.0
    wb.save(tmp_path / "ubah.xlsx")
    # the checksum catches the edit before any merge; the merge's own check is the second line of defence
    wbk = read_workbook(tmp_path / "ubah.xlsx", "hasil")
    assert not wbk.checksum_ok
    from asn_desktop.services.pertukaran_hasil import _layanan_problem

    row = next(wbk.rows("Layanan Bulanan")).values
    assert "harus 0–100" in (_layanan_problem(row, 2026) or "")
    row["selesai"] = row["jumlah"] + 1
    assert "tidak konsisten" in (_layanan_problem(row, 2026) or "")


def test_a_package_from_before_the_registers_still_reads(tmp_path: Path) -> None:
    from asn_desktop.excel.exchange import JENIS_HASIL, MetaInfo

    old_specs = [s for s in HASIL_SHEETS if not s.tambahan]
    path = tmp_path / "lama.xlsx"
    meta = MetaInfo(JENIS_HASIL, kode_kantor="K1", nama_kantor="Kecamatan Lama", tahun=2026)
    write_workbook(path, meta, [(s, []) for s in old_specs])
    wb = read_workbook(path, JENIS_HASIL)
    assert wb.checksum_ok and wb.problems == []
    assert list(wb.rows("Layanan Bulanan")) == [] and list(wb.rows("SKM")) == []


def test_the_regency_compares_kecamatan_on_the_dashboard(demo_ctx: AppContext, tmp_path: Path) -> None:
    from datetime import date

    from asn_desktop.services import layanan

    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    kab = new_ctx(tmp_path, "kab.db")
    assert P.import_results(kab, [path], trust_new_office=True).accepted
    rows = layanan.dasbor_layanan(kab, mulai=date(2026, 1, 1), selesai=date(2026, 3, 31))
    mine = layanan.dasbor_layanan(demo_ctx, mulai=date(2026, 1, 1), selesai=date(2026, 3, 31))
    per_unit = {(r.unit_nama, r.bulan): r.layanan.persen_tepat_waktu for r in mine if r.unit_id is not None}
    assert sum(r.layanan.jumlah for r in rows if r.unit_id is not None) == 840
    for r in rows:
        if r.unit_id is not None:
            assert r.layanan.persen_tepat_waktu == round(per_unit[(r.unit_nama, r.bulan)], 2)
    kab.db.dispose()
