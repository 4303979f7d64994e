"""The 'Layanan Publik' area: keyboard entry of questionnaires and the results view (offscreen)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from asn_desktop.domain.enums import Role
from asn_desktop.domain.errors import DomainError
from asn_desktop.services import skm
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.pages.layanan import LayananPage
from test_skm_domain import CONTOH
from testkit import shot_dir

SHOTS = Path(os.environ.get("H14_SHOTS", "")) if os.environ.get("H14_SHOTS") else shot_dir("skm")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # charts lay out their axes on the next pass
    widget.grab().save(str(SHOTS / name))


def page_for(qtbot, ctx: AppContext) -> LayananPage:  # type: ignore[no-untyped-def]
    page = LayananPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)  # the area's share of a 1366×768 main window
    page.show()
    page.activate()
    return page


def test_operator_types_questionnaires_with_the_keyboard(qtbot, ctx: AppContext) -> None:
    op = ctx.as_actor(Actor(901, "loket", Role.OPERATOR))
    sv = skm.buat_survei(op, "Surat keterangan", "Semester I 2026", date(2026, 1, 1), date(2026, 6, 30),
                         populasi=100)
    page = page_for(qtbot, op)
    assert page.tabs.isTabEnabled(0) and not page.tabs.isTabEnabled(1)  # front desk: entry, no results
    grid = page.grid
    assert grid is not None and grid.rowCount() == 1
    grid.setFocus()

    def press(*keys: str | Qt.Key) -> None:
        """Each key to whatever has the focus now (the grid, or the cell editor it opened)."""
        for k in keys:
            editing = grid.state() == QAbstractItemView.State.EditingState
            target = grid.indexWidget(grid.currentIndex()) if editing else grid
            qtbot.keyClick(target, k)
            QApplication.processEvents()  # the view closes an editor through a queued call

    for answers in CONTOH[:3]:
        press(*"".join(map(str, answers)))  # nine key presses, the cursor moves on by itself
        press("L")  # JK: L or P, moves on
        press("3", "4", Qt.Key.Key_Return)  # umur typed into its editor, Enter moves on
        press("S", "M", "A", Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return)  # → next row
    assert grid.item(0, 1).text() == "4" and grid.item(2, 9).text() == "3"
    assert grid.item(1, grid.col_of("JK")).text() == "L" and grid.item(1, grid.col_of("Umur")).text() == "34"
    # validation as you type: a 7 is refused in an answer cell, a bad age is marked
    grid.setCurrentCell(3, 1)
    qtbot.keyClicks(grid, "7")
    assert grid.item(3, 1).text() == "" and "hanya boleh 1–4" in page.problems.text()
    grid.item(0, grid.col_of("Umur")).setText("300")
    assert grid.item(0, grid.col_of("Umur")).background().color().name() == "#f9d6d5"
    assert "Baris 1, kolom Umur" in page.problems.text() and not page.btn_save.isEnabled()
    shot(page, "skm_entri_validasi.png")
    grid.item(0, grid.col_of("Umur")).setText("41")
    assert page.btn_save.isEnabled()
    assert page.save()
    saved = skm.daftar_responden(op, sv.id)
    assert [r.nomor for r in saved] == [1, 2, 3]
    assert [saved[0].jawaban[f"U{i}"] for i in range(1, 10)] == CONTOH[0]
    assert (saved[1].jenis_kelamin, saved[1].umur, saved[0].umur, saved[2].pendidikan) == ("L", 34, 41, "SMA")
    assert "3 responden" in page.combo.currentText()
    shot(page, "skm_entri.png")


def test_leader_sees_results_with_weakest_highlighted(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    sv = skm.buat_survei(ctx, "Rekomendasi KTP-el / KK", "Semester I 2026", date(2026, 1, 1), date(2026, 6, 30),
                         populasi=100)
    skm.simpan_responden(ctx, sv.id, [
        skm.RespondenInput(i, {f"U{k + 1}": v for k, v in enumerate(r)}, "LP"[i % 2], 18 + 4 * i,
                           ["SMA", "D4/S1", "SMP"][i % 3], ["Swasta", "Wirausaha", "PNS"][i % 3],
                           "Ruang tunggu panas, mohon kipas angin." if i == 2 else
                           "Petugas ramah, tetapi antrean lama." if i == 5 else None)
        for i, r in enumerate(CONTOH, 1)])
    page = page_for(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    assert page.lbl_ikm.text() == "3,1556" and page.lbl_konv.text() == "78,89"
    assert page.lbl_mutu.text() == "B (Baik)"
    assert "minimum 80" in page.lbl_resp.text() and page.warn.isVisible()
    weak = [page.table.item(r, 0).text() for r in range(page.table.rowCount())
            if page.table.item(r, 0).background().color().name() == "#fde2c8"]
    assert weak == ["U3", "U8", "U9"]
    assert page.saran.count() == 2
    shot(page, "skm_hasil.png")
    from asn_desktop.ui.pages import layanan

    layanan.SAVE_PATH = lambda parent, name: str(tmp_path / name)
    try:
        saved = page.print_pdf()
    finally:
        layanan.SAVE_PATH = None
    assert saved is not None and saved.endswith("Laporan_SKM_Rekomendasi_KTP_el_KK_Semester_I_2026.pdf")
    assert Path(saved).read_bytes().startswith(b"%PDF")


def test_empty_area_and_new_survey_dialog(qtbot, ctx: AppContext) -> None:
    page = page_for(qtbot, ctx)
    assert page.empty.isVisible() and "Belum ada survei" in page.empty.text()
    shot(page, "skm_kosong.png")
    from asn_desktop.ui.pages.layanan import SurveiDialog

    dlg = SurveiDialog([(None, "Kecamatan (semua unit)")])
    qtbot.addWidget(dlg)
    dlg.jenis.setCurrentText("Izin usaha mikro")
    dlg.populasi.setValue(150)
    assert "108" in dlg.sampel.text()
    dlg.tambahan.setPlainText("Kemudahan informasi daring; 0,1")
    dlg.show()
    shot(dlg, "skm_survei_baru.png")
    dlg.tambahan.setPlainText("Kemudahan informasi daring; 0,1\n")
    info = skm.buat_survei(ctx, **dlg.values())
    assert info.kode_unsur[-1] == "U10" and info.unsur[0][2] == "1/10"  # U1–U9 share the remaining 0,9
    page.reload(keep=info.id)
    assert "Izin usaha mikro" in page.combo.currentText() and not page.empty.isVisible()
    assert page.grid is not None and page.grid.headers[10] == "U10"
    dlg.tambahan.setPlainText("Tanpa bobot")
    with pytest.raises(DomainError, match="baris 1"):
        dlg.values()


def test_area_in_the_main_window_at_1366x768(qtbot, ctx: AppContext) -> None:
    from asn_desktop.ui.main_window import MainWindow

    sv = skm.buat_survei(ctx, "Surat keterangan", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31),
                         populasi=10)
    skm.simpan_responden(ctx, sv.id, [skm.RespondenInput(i, {f"U{k + 1}": v for k, v in enumerate(r)}, "LP"[i % 2],
                                                         25 + i, "SMA", "Swasta", None)
                                      for i, r in enumerate(CONTOH, 1)])
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.goto("layanan")
    assert isinstance(page, LayananPage) and page.grid is not None and page.grid.rowCount() == 11
    assert page.grid.isVisible() and page.grid.item(0, 1).text() == "4"
    shot(win, "skm_main_entri_1366.png")
    page.tabs.setCurrentIndex(1)
    assert page.lbl_mutu.text() == "B (Baik)" and not page.warn.isVisible()  # 10 of 10: sample reached
    shot(win, "skm_main_hasil_1366.png")
    for periode, start, shift in (("Triwulan II 2026", 4, 0), ("Triwulan III 2026", 7, 1)):
        nxt = skm.buat_survei(ctx, "Surat keterangan", periode, date(2026, start, 1), date(2026, start + 2, 28))
        skm.simpan_responden(ctx, nxt.id, [skm.RespondenInput(i, {f"U{k + 1}": min(4, v + shift)
                                                                  for k, v in enumerate(r)})
                                           for i, r in enumerate(CONTOH, 1)])
    skm.buat_survei(ctx, "Izin usaha mikro", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    page.reload(keep=sv.id)
    page.tabs.setCurrentIndex(2)
    rows = [[page.trend_table.item(r, c).text() for c in (0, 3, 4)] for r in range(page.trend_table.rowCount())]
    assert rows[:2] == [["Triwulan I 2026", "78,89", "B"], ["Triwulan II 2026", "78,89", "B"]]
    assert len(rows) == 3 and rows[2][0] == "Triwulan III 2026"  # the other service type is not in the trend
    shot(win, "skm_main_tren_1366.png")


def test_import_dialog_maps_columns_and_imports(qtbot, ctx: AppContext, tmp_path: Path,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_desktop.ui.pages import layanan
    from test_skm_import import form_export

    sv = skm.buat_survei(ctx, "KTP", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    f = form_export(tmp_path / "form.xlsx", bad=True)
    monkeypatch.setattr(layanan, "OPEN_PATH", lambda parent: str(f))
    win_page = page_for(qtbot, ctx)
    win_page.resize(1366, 768)
    res = win_page.import_file(accept=False)
    dlg = win_page.import_dialog
    assert res is None and "3 responden terbaca: 2 dapat diimpor, 1 ditolak" in dlg.summary.text()
    assert dlg.problems.item(0).text().startswith("Form Responses 1 baris 4, kolom C (Usia) [2x]")
    combo = dlg.combos[5]  # column F: the U1 question
    assert combo.currentData() == "U1"
    combo.setCurrentIndex(combo.findData("U2"))  # U2 now twice: refused
    assert "lebih dari sekali" in dlg.summary.text()
    combo.setCurrentIndex(combo.findData("U1"))
    dlg.show()
    shot(dlg, "skm_impor_pemetaan.png")
    res = win_page.import_file(accept=True)
    assert res is not None and res.baru == 2
    assert [r.nomor for r in skm.daftar_responden(ctx, sv.id)] == [1, 2]
    assert win_page.grid is not None and win_page.grid.item(1, 1).text() == "3"
    win_page.grid.item(0, 1).setText("1")  # an edit in the grid keeps what the import brought (filling date)
    assert win_page.save()
    first = skm.daftar_responden(ctx, sv.id)[0]
    assert first.jawaban["U1"] == 1 and first.tanggal == date(2026, 3, 2)


def test_switching_survey_never_drops_typed_rows(qtbot, ctx: AppContext) -> None:
    a = skm.buat_survei(ctx, "KTP", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    b = skm.buat_survei(ctx, "KK", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    page = page_for(qtbot, ctx)
    page.combo.setCurrentIndex(next(i for i, s in enumerate(page.surveys) if s.id == a.id))
    page.grid.item(0, 1).setText("4")
    page.grid.item(0, page.grid.col_of("Umur")).setText("5")  # invalid: the switch is undone, nothing lost
    page.combo.setCurrentIndex(next(i for i, s in enumerate(page.surveys) if s.id == b.id))
    assert page.current().id == a.id and page.grid.item(0, 1).text() == "4" and "belum tersimpan" in page.problems.text()
    page.grid.item(0, page.grid.col_of("Umur")).setText("50")
    page.combo.setCurrentIndex(next(i for i, s in enumerate(page.surveys) if s.id == b.id))
    assert page.current().id == b.id  # saved to survey a first
    assert [r.umur for r in skm.daftar_responden(ctx, a.id)] == [50]
    assert skm.daftar_responden(ctx, b.id) == []
