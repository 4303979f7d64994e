"""GUI: the curve panel says when a unit has no organisation predicate and lets an admin set it;
the head of a unit sees his rating hasil kerja pre-filled from the capaian and must explain a
different one; Laporan lists signed documents whose capaian disagrees with the unit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from asn_desktop.domain.enums import PredikatOrganisasi, Rating
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services.context import AppContext
from testkit import wait_loaded

SHOTS = os.environ.get("H12A_SHOTS")  # screenshots for review, written only when asked


def _shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def page(qtbot, demo_ctx: AppContext):  # noqa: ANN001, ANN201
    from asn_desktop.ui.pages.penilaian import PenilaianPage

    p = PenilaianPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1400, 820)
    p.show()
    p.activate()
    wait_loaded(p)
    return p


def _seksi(page) -> int:  # noqa: ANN001
    for i in range(1, page.cb_unit.count()):
        if "Seksi" in page.cb_unit.itemText(i):
            page.cb_unit.setCurrentIndex(i)
            wait_loaded(page)
            if len(page.rows) >= 3 and all(r.dapat_dievaluasi for r in page.rows):
                return page.cb_unit.itemData(i)
    raise AssertionError("no suitable unit in the demo")


def test_curve_without_predicate_offers_to_set_it(page, demo_ctx: AppContext,  # noqa: ANN001
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    assert page.periode_id() == tw4.id
    unit_id = _seksi(page)
    k = page.kurva
    assert k.dist is not None and k.dist.org_predikat is None
    assert not k.tanpa_org.isHidden() and not k.btn_tetapkan.isHidden()
    assert "Tidak disimpulkan" in k.lbl_tanpa_org.text() and "belum ditetapkan" in k.lbl_warn.text()
    head = next(r for r in page.rows if r.jabatan.startswith("Kepala"))
    assert page.select_pegawai(head.pegawai_id)
    page.editor.tabs.setCurrentIndex(2)
    assert "belum ditetapkan" in page.editor.lbl_capaian.text()
    assert page.editor.rg_hasil.value() is None  # nothing inferred
    _shot(page, "penilaian_tanpa_predikat.png")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Istimewa", True))
    k.btn_tetapkan.click()
    wait_loaded(page)
    assert k.dist.org_predikat is PredikatOrganisasi.ISTIMEWA and k.tanpa_org.isHidden()
    rows = {r.unit_id: r for r in per.daftar_predikat_organisasi(demo_ctx, tw4.id)}
    assert rows[unit_id].predikat is PredikatOrganisasi.ISTIMEWA
    # the head's editor: capaian shown, rating hasil kerja pre-filled, no unsaved change by looking
    ed = page.editor
    assert "Istimewa" in ed.lbl_capaian.text() and "Di Atas Ekspektasi" in ed.lbl_capaian.text()
    assert ed.rg_hasil.value() is Rating.DI_ATAS and not ed.is_dirty()
    assert not ed.ed_alasan_pimp.isHidden()
    _shot(page, "penilaian_dengan_predikat.png")
    # a different rating without a reason is refused by the service; with one it is stored
    ed.rg_hasil.buttons[Rating.SESUAI].click()
    ed.rg_perilaku.buttons[Rating.SESUAI].click()
    ed.ed_alasan_pimp.setPlainText("Dua RHK utama tertunda karena mutasi staf")
    assert ed.save()
    d = ev.get_evaluasi(demo_ctx, ed.detail.evaluasi_id)
    assert d.rating_hasil is Rating.SESUAI and "mutasi staf" in d.alasan_rating_pimpinan


def test_laporan_lists_finals_whose_capaian_disagrees(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    import asn_desktop.ui.pages.laporan as lap_ui

    tw1 = per.get_tahun(demo_ctx, 2026).periodik[0]
    per.buka_kembali_periode(demo_ctx, tw1.id, "Koreksi predikat organisasi")
    rows = per.daftar_predikat_organisasi(demo_ctx, tw1.id)
    target = next(r for r in rows if r.unit_nama.startswith("Kelurahan"))
    lain = PredikatOrganisasi.BUTUH_PERBAIKAN
    per.set_predikat_organisasi(demo_ctx, target.unit_id, tw1.id, lain)
    page = lap_ui.LaporanPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    page.activate()
    page.tabs.setCurrentWidget(page.tab_capaian)
    tab = page.tab_capaian
    assert tab.model.rowCount() >= 1
    assert all(r.predikat_unit is lain and r.periode.id == tw1.id for r in tab.rows)
    assert "batalkan finalisasinya" in tab.lbl.text()
    _shot(page, "laporan_capaian_final.png")
