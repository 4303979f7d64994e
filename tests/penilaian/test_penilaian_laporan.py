"""Completeness per unit, predicate history, confidentiality of per-employee rows."""

from __future__ import annotations

from pathlib import Path

from penilaian_helpers import RATINGS_FOR, Kantor, isi_realisasi

from asn_desktop.db.models import PenilaianHistoris
from asn_desktop.domain.enums import Predikat, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services.context import AppContext


def test_completeness(kantor_kecil: Kantor) -> None:
    for pid in kantor_kecil.staf[:4]:
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai")
    eid0 = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    isi_realisasi(kantor_kecil.ctx, eid0, kantor_kecil.indikator[kantor_kecil.skp[kantor_kecil.staf[0]]])
    ev.finalize_evaluasi(kantor_kecil.ctx, eid0)
    ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[5]], kantor_kecil.tw1)  # started, not rated
    rep = lap.kelengkapan(kantor_kecil.ctx, 2026)
    row = next(r for r in rep.baris if r.unit_id == kantor_kecil.unit_id)
    assert (row.pegawai, row.skp_disetujui, row.tanpa_skp) == (11, 10, 1)  # the head has no SKP here
    assert row.dinilai[kantor_kecil.tw1] == 4 and row.final[kantor_kecil.tw1] == 1
    assert row.persen_dinilai(kantor_kecil.tw1) == 40.0
    assert rep.total.dinilai[kantor_kecil.tw1] == 4


def _two_rated_and_an_old_score(kantor_kecil: Kantor) -> tuple[int, int]:
    """Two staff rated in TW I (Sangat Baik, Kurang); the first also has a 2024 score of the old scheme."""
    a, b = kantor_kecil.staf[:2]
    with kantor_kecil.ctx.write("uji") as uow:
        uow.session.add(PenilaianHistoris(pegawai_id=a, tahun=2024, skema="pp30_2019", kategori="Baik",
                                          nilai_akhir=88.5))
    for pid, pred in ((a, Predikat.SANGAT_BAIK), (b, Predikat.KURANG)):
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ev.set_penilaian(kantor_kecil.ctx, eid, *RATINGS_FOR[pred])
    return a, b


def test_history_and_confidentiality(kantor_kecil: Kantor) -> None:
    a, b = _two_rated_and_an_old_score(kantor_kecil)
    rep = lap.riwayat_predikat(kantor_kecil.ctx, 2026)
    keys = [k for k, _ in rep.kolom]
    assert rep.kolom[0] == ("h2024", "2024 (skema lama)")
    assert [h for _k, h in rep.kolom][1:] == ["TW I 2026", "TW II 2026", "TW III 2026", "TW IV 2026", "Tahunan 2026"]
    rows = {r.pegawai_id: r for r in rep.baris}
    assert rows[a].nilai[keys[1]] == "Sangat Baik" and rows[a].nilai["h2024"] == "Baik"
    assert rows[b].nilai[keys[1]] == "Kurang/Misconduct"
    # a penilai sees only his own people; an operator sees none of the ratings
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    assert ({r.pegawai_id for r in lap.riwayat_predikat(penilai, 2026).baris}
            == set(kantor_kecil.staf) | {kantor_kecil.kepala_id})
    op = lap.riwayat_predikat(kantor_kecil.as_role(Role.OPERATOR, None, "op"), 2026)
    assert op.baris == [] and op.tersembunyi == 11 and "rahasia" in op.catatan[0]
    # but the aggregate distribution is fine for the operator
    dist = lap.distribusi_unit(kantor_kecil.as_role(Role.OPERATOR, None, "op"), kantor_kecil.unit_id, kantor_kecil.tw1)
    assert dist.dinilai == 2 and dist.pegawai == ()


def test_report_notes_read_in_english_and_stay_indonesian_below_the_ui(kantor_kecil: Kantor,
                                                                        english_pesan: object) -> None:
    from asn_desktop.ui.i18n import teks

    _two_rated_and_an_old_score(kantor_kecil)
    op = kantor_kecil.as_role(Role.OPERATOR, None, "op")
    rep = lap.riwayat_predikat(op, 2026)
    assert rep.catatan[0].startswith("11 pegawai tidak ditampilkan")  # the export's Indonesian
    assert teks(rep.catatan[0]) == ("11 employees are not shown: ratings are confidential and visible only to the "
                                    "employee, their appraising official and the admin.")
    assert rep.kolom[0] == ("h2024", "2024 (skema lama)") and teks(rep.kolom[0][1]) == "2024 (old scheme)"
    dist = lap.distribusi_unit(op, kantor_kecil.unit_id, kantor_kecil.tw1)
    assert dist.disembunyikan and dist.peringatan[0].startswith("Unit ini memiliki kurang dari 3 pegawai")
    assert teks(dist.peringatan[0]).startswith("This unit has fewer than 3 rated employees;")


def test_demo_reports_and_export(demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel

    rep = lap.kelengkapan(demo_ctx, 2026)
    assert rep.total.pegawai == 40 and rep.total.skp_disetujui + rep.total.skp_proses + rep.total.tanpa_skp == 40
    hist = lap.riwayat_predikat(demo_ctx)
    assert len(hist.baris) >= 30
    path = tulis_tabel(tmp_path / "x.xlsx", Tabel("Uji/Sheet:*", "Judul", [Kolom("A")], [["@SUM(1)"], ["-1"], [None]]))
    from openpyxl import load_workbook

    ws = load_workbook(path).worksheets[0]
    assert ws.title == "Uji Sheet"
    vals = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "@SUM(1)" in vals and "-1" in vals


def test_report_tables_use_the_one_cell_safety_rule(tmp_path: Path) -> None:
    """Tab/CR-led and formula-led text stays text with Excel's quote prefix in every report table,
    the same rule the exchange files follow (excel/safe.py)."""
    from openpyxl import load_workbook

    from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel

    rows = [["=1+1", "\t=2+2"], ["\r@SUM(A1)", "+62812"], ["biasa", 3.5]]
    path = tulis_tabel(tmp_path / "x.xlsx", Tabel("S", "Judul", [Kolom("A", wrap=True), Kolom("B", angka=True)], rows))
    ws = load_workbook(path).worksheets[0]
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    assert not any(c.data_type == "f" for c in cells.values())
    for text in ("=1+1", "\t=2+2", "\r@SUM(A1)", "+62812"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text
    assert not cells["biasa"].quotePrefix and cells[3.5].data_type == "n"


def test_completeness_names_the_kecamatan_when_there_are_two(kantor_kecil: Kantor) -> None:
    from asn_desktop.services import organisasi as org

    ctx, tahun = kantor_kecil.ctx, kantor_kecil.tahun.tahun
    top = next(u for u in org.list_units(ctx) if u.parent_id is None)
    org.create_unit(ctx, "Seksi Pemerintahan", top.id, "seksi")
    before = [r.unit_nama for r in lap.kelengkapan(ctx, tahun).baris]
    assert "Seksi Pemerintahan" in before and all(" — " not in n for n in before)  # one office: unchanged
    lain = org.create_unit(ctx, "Kecamatan Alak", None, "kecamatan")
    org.create_unit(ctx, "Seksi Pemerintahan", lain.id, "seksi")
    rows = [r.unit_nama for r in lap.kelengkapan(ctx, tahun).baris]
    assert f"Seksi Pemerintahan — {top.nama}" in rows
    assert "Seksi Pemerintahan — Kecamatan Alak" in rows and top.nama in rows and "Kecamatan Alak" in rows
    assert "Seksi Pemerintahan — Kecamatan Alak" in [u.nama for u in lap.daftar_unit(ctx)]
