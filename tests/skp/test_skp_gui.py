"""The SKP area driven through its real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.ui.skp import common as ui_common
from asn_desktop.ui.skp import dialogs as ui_dialogs
from asn_desktop.ui.skp import editor as ui_editor
from asn_desktop.ui.skp.rhk_dialog import RhkDialog

from skp_helpers import as_role, rhk_input, supervisor_rhk
from testkit import shot_dir, wait_loaded


def _window(qtbot, ctx: AppContext):
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    page = win.goto("skp")
    return win, page


def test_operator_creates_skp_adds_rhk_with_indicator_and_submits(qtbot, demo_ctx: AppContext,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    win, page = _window(qtbot, demo_ctx)
    ov = page.overview
    assert "Belum ada SKP" in ov.lbl_summary.text()
    ov.cmb_status.setCurrentIndex(ov.cmb_status.findData(S.STATUS_BELUM))
    assert ov.model.rowCount() >= 1
    ov.table.selectRow(0)
    row = ov.selected_row()
    assert row is not None and row.skp_id is None
    assert ov.btn_create.isEnabled() and not ov.btn_open.isEnabled()

    def create_exec(dlg: QDialog) -> int:
        dlg.rb_empty.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui_dialogs.CreateSkpDialog, "exec", create_exec)
    qtbot.mouseClick(ov.btn_create, Qt.MouseButton.LeftButton)
    ed = page.editor
    assert page.stack.currentWidget() is ed
    assert ed.detail is not None and ed.detail.pegawai_id == row.pegawai_id and ed.detail.rhk == []
    assert ed.btn_submit.isVisible() and not ed.btn_approve.isVisible()
    assert any("belum memiliki Rencana Hasil Kerja" in ed.problems.item(i).text() for i in range(ed.problems.count()))

    def rhk_exec(dlg: RhkDialog) -> int:
        dlg.ed_teks.setPlainText("Terselesaikannya pengarsipan surat kecamatan")
        if dlg.cmb_parent.count() > 2:
            dlg.cmb_parent.setCurrentIndex(1)  # the supervisor's first RHK
        t = dlg.indicators.table
        while t.rowCount() > 1:
            t.setCurrentCell(t.rowCount() - 1, 1)
            dlg.indicators.remove_row()
        t.item(0, 1).setText("Jumlah surat yang diarsipkan")
        t.item(0, 2).setText("1.200")
        t.item(0, 4).setText("surat")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(RhkDialog, "exec", rhk_exec)
    qtbot.mouseClick(ed.btn_add_rhk, Qt.MouseButton.LeftButton)
    d = S.get_skp(demo_ctx, ed.detail.id)
    assert [(r.teks, [(i.teks, i.target) for i in r.indikator]) for r in d.rhk] == [
        ("Terselesaikannya pengarsipan surat kecamatan", [("Jumlah surat yang diarsipkan", "1.200 surat")])]
    sec = ed.tree.topLevelItem(0)
    assert sec.child(0).text(0).startswith("A.1  Terselesaikannya pengarsipan")
    assert sec.child(0).child(0).text(2) == "1.200 surat"

    monkeypatch.setattr(ui_editor, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(ed.btn_submit, Qt.MouseButton.LeftButton)
    assert S.get_skp(demo_ctx, ed.detail.id).status == "diajukan"
    assert ed.badge.text() == "Diajukan" and ed.btn_withdraw.isVisible() and not ed.btn_submit.isVisible()
    assert "diajukan" in win.statusBar().currentMessage()
    ed.request_back()
    assert page.stack.currentWidget() is page.tabs
    wait_loaded(page)  # the overview is read again in the background
    ov.cmb_status.setCurrentIndex(0)
    r = next(x for x in ov.model.rows if x.pegawai_id == row.pegawai_id)
    assert r.status == "diajukan" and r.jumlah_rhk == 1


def test_penilai_approves_and_operator_cannot(qtbot, demo_ctx: AppContext, fresh, monkeypatch) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=supervisor_rhk(demo_ctx, fresh.skp_id)))
    S.submit(demo_ctx, fresh.skp_id)
    _w, page = _window(qtbot, as_role(demo_ctx, Role.OPERATOR))
    page.open_skp(fresh.skp_id)
    assert not page.editor.btn_approve.isVisible() and not page.editor.btn_return.isVisible()
    _w2, page2 = _window(qtbot, as_role(demo_ctx, Role.PENILAI, fresh.atasan_id, "kasi"))
    page2.open_skp(fresh.skp_id)
    ed = page2.editor
    assert ed.btn_approve.isVisible() and ed.btn_return.isVisible() and not ed.btn_add_rhk.isEnabled()
    monkeypatch.setattr(ui_editor, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(ed.btn_approve, Qt.MouseButton.LeftButton)
    assert S.get_skp(demo_ctx, fresh.skp_id).status == "disetujui"
    assert ed.badge.text() == "Disetujui" and "Disetujui" in ed.banner.text()
    assert ed.tbl_log.item(0, 1).text() == "Diajukan → Disetujui" and ed.tbl_log.item(0, 2).text() == "kasi"
    # locked fields look locked and say why (a white box that ignores typing looks broken)
    lamp = ed.ed_lampiran["dukungan"]
    assert lamp.isReadOnly() and "background-color" in lamp.styleSheet() and "Revisi" in lamp.toolTip()
    assert "disetujui" in ed.tbl_perilaku.item(0, 2).toolTip()


def test_return_needs_a_reason(qtbot) -> None:
    dlg = ui_dialogs.ReasonDialog("Kembalikan", "Alasan", "Kembalikan", required=True)
    qtbot.addWidget(dlg)
    ok = dlg.bb.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dlg.edit.setPlainText("  ")
    assert not ok.isEnabled()
    dlg.edit.setPlainText("Target terlalu rendah")
    assert ok.isEnabled()


def test_bad_target_number_keeps_the_dialog_open(qtbot, demo_ctx: AppContext, fresh, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.skp.rhk_dialog.QMessageBox.warning",
                        lambda _p, _t, text: warned.append(text))
    dlg = RhkDialog(demo_ctx, S.get_skp(demo_ctx, fresh.skp_id))
    qtbot.addWidget(dlg)
    dlg.ed_teks.setPlainText("RHK")
    dlg.indicators.table.item(0, 1).setText("Jumlah")
    dlg.indicators.table.item(0, 2).setText("dua belas")
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted and "bukan angka" in warned[0]
    assert S.get_skp(demo_ctx, fresh.skp_id).rhk == []


def test_print_preview_shows_every_page_of_the_saved_pdf(qtbot, demo_ctx: AppContext, fresh) -> None:
    """The preview renders the very PDF "Simpan PDF" writes: same page count, ink on every page."""
    import io

    from pypdf import PdfReader
    from PySide6.QtGui import QColor

    from asn_desktop.ui.skp.preview import PdfPreviewDialog

    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input())
    pdf = S.skp_pdf_bytes(demo_ctx, fresh.skp_id, ukuran="F4")
    saved = PdfReader(io.BytesIO(pdf))
    dlg = PdfPreviewDialog(pdf, "F4", "uji")
    qtbot.addWidget(dlg)
    assert len(dlg.pages) == len(saved.pages) > 1 and "F4" in dlg.lbl_info.text()
    assert dlg.height() <= dlg.screen().availableGeometry().height() - 60  # fits the screen it opens on
    assert abs(dlg.pages[0].h_pt - 935.4) < 1  # F4 height in points
    for number, view in enumerate(dlg.pages, 1):
        img = view.image()
        dark = sum(1 for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)
                   if QColor(img.pixel(x, y)).lightness() < 128)
        assert dark > 50, f"halaman {number} kosong"  # text and table lines on every page
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(50)
    assert not dlg.scroll.horizontalScrollBar().isVisible()  # opens at page width: no sideways scrolling
    folder = shot_dir("skp")
    folder.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(folder / "pratinjau.png"))
    dlg.accept()


def test_matriks_view_exports_excel(qtbot, demo_ctx: AppContext, tmp_path: Path, monkeypatch) -> None:
    _w, page = _window(qtbot, demo_ctx)
    page.tabs.setCurrentWidget(page.matriks)
    mw = page.matriks
    assert mw.cmb.count() > 1 and mw.m is not None and mw.table.rowCount() == len(mw.m.baris)
    out = tmp_path / "matriks.xlsx"
    monkeypatch.setattr("asn_desktop.ui.skp.cascade.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    mw.export()
    ws = load_workbook(out).active
    assert ws["A1"].value == "MATRIKS PERAN HASIL TAHUN 2026"


def test_overview_search_and_cascading_tree(qtbot, demo_ctx: AppContext) -> None:
    _w, page = _window(qtbot, demo_ctx)
    ov = page.overview
    total = ov.model.rowCount()
    ov.search.setText("lurah")
    assert 0 < ov.model.rowCount() < total
    ov.search.clear()
    ov.units.selectRow(2)  # a unit: the list is narrowed to it and its sub-units
    assert ov.model.rowCount() < total
    page.tabs.setCurrentWidget(page.cascade)
    tree = page.cascade.tree
    assert tree.topLevelItemCount() >= 1 and tree.topLevelItem(0).childCount() > 0
    assert "Cascading 2026" in page.cascade.lbl.text()


def test_parse_number_accepts_indonesian_input() -> None:
    assert ui_common.parse_number("12") == 12
    assert ui_common.parse_number("12,5") == 12.5
    assert ui_common.parse_number("1.500") == 1500
    assert ui_common.parse_number("1.500,25") == 1500.25
    assert ui_common.parse_number("") is None
    with pytest.raises(ValueError):
        ui_common.parse_number("dua")


def test_editor_walks_through_the_overview_list(qtbot, demo_ctx: AppContext) -> None:
    _w, page = _window(qtbot, demo_ctx)
    ov = page.overview
    ov.cmb_status.setCurrentIndex(ov.cmb_status.findData("disetujui"))
    ov.table.selectRow(0)
    first = ov.selected_row().skp_id
    qtbot.mouseClick(ov.btn_open, Qt.MouseButton.LeftButton)
    ed = page.editor
    assert ed.detail.id == first and ed.lbl_pos.text() == f"1 / {ov.model.rowCount()}"
    assert not ed.btn_prev.isEnabled() and ed.btn_next.isEnabled()
    qtbot.mouseClick(ed.btn_next, Qt.MouseButton.LeftButton)
    assert ed.detail.id != first and ed.lbl_pos.text().startswith("2 / ")
    assert ed.detail.status == "disetujui" and ed.btn_revise.isVisible() and not ed.btn_add_rhk.isEnabled()


def test_empty_database_shows_an_empty_area(qtbot, ctx: AppContext) -> None:
    _w, page = _window(qtbot, ctx)
    assert page.overview.model.rowCount() == 0
    assert "0 pegawai" in page.overview.lbl_summary.text()
    page.tabs.setCurrentWidget(page.cascade)
    page.tabs.setCurrentWidget(page.matriks)
    assert page.matriks.cmb.count() == 0
    page.tabs.setCurrentWidget(page.library)
    assert page.library.tree.topLevelItemCount() > 5  # the seeded examples


def test_editing_an_rhk_keeps_lower_is_better(qtbot, demo_ctx: AppContext, fresh) -> None:
    r = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Respon pengaduan", indikator=[
        S.IndikatorInput(teks="Waktu respon pengaduan masyarakat", aspek="waktu", target_min=1, satuan="hari",
                         lebih_rendah_lebih_baik=True)]))
    dlg = RhkDialog(demo_ctx, S.get_skp(demo_ctx, fresh.skp_id), r)
    qtbot.addWidget(dlg)
    assert dlg.indicators.table.item(0, 5).checkState() == Qt.CheckState.Checked
    dlg.ed_teks.setPlainText("Respon pengaduan masyarakat")
    dlg.save()
    ind = S.get_skp(demo_ctx, fresh.skp_id).rhk[0].indikator[0]
    assert ind.lebih_rendah_lebih_baik and ind.id == r.indikator[0].id


def test_cascading_tree_is_lazy_and_searchable(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.skp.cascade import CascadeWidget

    w = CascadeWidget(demo_ctx)
    qtbot.addWidget(w)
    w.load(2026)
    root = w.tree.topLevelItem(0)
    assert root.isExpanded() and root.childCount() > 0
    kasi = root.child(0)
    assert kasi.childCount() == 1 and kasi.child(0).text(0) == "…"  # not made yet
    kasi.setExpanded(True)
    assert kasi.childCount() > 1 or kasi.child(0).text(0) != "…"
    w._expand_all()
    texts = []
    stack = [w.tree.topLevelItem(i) for i in range(w.tree.topLevelItemCount())]
    while stack:
        it = stack.pop()
        texts.append(it.text(0))
        stack.extend(it.child(k) for k in range(it.childCount()))
    assert "…" not in texts
    w.search.setText("musrenbang")
    w._filter()
    shown = []
    stack = [w.tree.topLevelItem(i) for i in range(w.tree.topLevelItemCount())]
    while stack:
        it = stack.pop()
        shown.append(it.text(0))
        stack.extend(it.child(k) for k in range(it.childCount()))
    assert any("musrenbang" in s for s in shown) and len(shown) < len(texts)


def test_reloading_the_area_reads_the_penilai_choices_again(qtbot, demo_ctx: AppContext) -> None:
    """Someone who left (changed in the Pegawai area) is no longer offered as pejabat penilai."""
    from datetime import date

    from asn_desktop.services.pegawai import ubah_status

    _w, page = _window(qtbot, demo_ctx)
    ov = page.overview
    ov.cmb_status.setCurrentIndex(ov.cmb_status.findData("disetujui"))
    ov.table.selectRow(0)
    qtbot.mouseClick(ov.btn_open, Qt.MouseButton.LeftButton)
    ed = page.editor
    offered = [ed.cmb_penilai.itemData(i) for i in range(ed.cmb_penilai.count())]
    leaver = next(i for i in offered if i is not None and i != ed.detail.pejabat_penilai_id)
    ubah_status(demo_ctx, [leaver], "pensiun", date(2026, 1, 31))
    page.load()  # what the main window does when the area is shown again after a change
    assert leaver not in [ed.cmb_penilai.itemData(i) for i in range(ed.cmb_penilai.count())]
    assert ov.model.rowCount() > 0 and ov.selected_row() is not None  # the list was filled in one pass
