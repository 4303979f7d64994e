"""Edit › Urungkan / Ulangi in the evaluation editor: realisasi, ratings and feedback, through the
evaluation services; refused when someone saved the evaluation since; finalising ends the history."""

from __future__ import annotations

from penilaian_helpers import Kantor, isi_realisasi
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.enums import Predikat, Rating
from asn_desktop.services import evaluasi as ev
from testkit import wait_loaded


def _window(qtbot, k: Kantor, pegawai_id: int):  # noqa: ANN001, ANN202
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(k.ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)  # window shortcuts need the active window
    page = win.goto("penilaian")
    page.pilih_periode(k.tw1)
    wait_loaded(page)
    page.cb_unit.setCurrentIndex(page.cb_unit.findData(k.unit_id))
    wait_loaded(page)
    assert page.select_pegawai(pegawai_id)
    ed = page.editor
    assert ed.detail is not None and ed.detail.pegawai_id == pegawai_id
    return win, page, ed


def _pilih_indikator(ed, indikator_id: int) -> None:  # noqa: ANN001
    row = next(r for r, iid in ed._row_ind.items() if iid == indikator_id)
    ed.tbl.selectRow(row)
    assert ed._cur_ind == indikator_id


def _focus(qtbot, ed) -> None:  # noqa: ANN001
    """The table has the focus in the active window (a text field would keep Ctrl+Z for its own text)."""
    ed.window().activateWindow()
    qtbot.waitUntil(ed.window().isActiveWindow, timeout=3000)
    ed.tbl.setFocus()


def _ctrl_z(qtbot, ed) -> None:  # noqa: ANN001
    _focus(qtbot, ed)
    qtbot.keyClick(ed.tbl, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def _ctrl_shift_z(qtbot, ed) -> None:  # noqa: ANN001
    _focus(qtbot, ed)
    qtbot.keyClick(ed.tbl, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()


def _real(k: Kantor, eid: int, ind: int) -> tuple[str, float | None]:
    i = next(x for x in ev.get_evaluasi(k.ctx, eid).indikator() if x.indikator_id == ind)
    return i.realisasi, i.realisasi_nilai


def test_realisasi_undone_and_redone(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[0]
    ind = kantor_kecil.indikator[kantor_kecil.skp[pid]][0]
    win, _page, ed = _window(qtbot, kantor_kecil, pid)
    assert not win.act_undo.isEnabled()
    _pilih_indikator(ed, ind)
    ed.ed_realisasi.setText("12 laporan bulanan selesai")
    ed.ed_angka.setText("12")
    assert ed.save()
    eid = ed.detail.evaluasi_id
    assert _real(kantor_kecil, eid, ind) == ("12 laporan bulanan selesai", 12.0)
    assert win.act_undo.text() == "&Urungkan: ubah realisasi Staf 01"

    _ctrl_z(qtbot, ed)
    assert _real(kantor_kecil, eid, ind) == ("", None)  # the database
    _pilih_indikator(ed, ind)
    assert ed.ed_realisasi.text() == "" and ed.ed_angka.text() == ""  # and the view
    assert "Diurungkan: ubah realisasi Staf 01" in win.statusBar().currentMessage()

    _ctrl_shift_z(qtbot, ed)
    assert _real(kantor_kecil, eid, ind) == ("12 laporan bulanan selesai", 12.0)
    _pilih_indikator(ed, ind)
    assert ed.ed_realisasi.text() == "12 laporan bulanan selesai"


def test_rating_and_feedback_undone(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[1]
    ind = kantor_kecil.indikator[kantor_kecil.skp[pid]][0]
    win, page, ed = _window(qtbot, kantor_kecil, pid)
    ed.rg_hasil.buttons[Rating.SESUAI].click()
    ed.rg_perilaku.buttons[Rating.SESUAI].click()
    assert ed.save()
    eid = ed.detail.evaluasi_id
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is Predikat.BAIK
    # a second save: a better rating and a feedback text
    ed.rg_hasil.buttons[Rating.DI_ATAS].click()
    ed.rg_perilaku.buttons[Rating.DI_ATAS].click()
    _pilih_indikator(ed, ind)
    ed.cb_ub_ind.set_text("Laporan tepat waktu dan rapi")
    ed._on_ub_ind_edit()
    assert ed.save()
    d = ev.get_evaluasi(kantor_kecil.ctx, eid)
    assert d.predikat is Predikat.SANGAT_BAIK
    assert win.act_undo.text() == "&Urungkan: ubah rating Staf 02"

    win.act_undo.trigger()
    d = ev.get_evaluasi(kantor_kecil.ctx, eid)
    assert d.predikat is Predikat.BAIK and d.rating_hasil is Rating.SESUAI
    assert next(i for i in d.indikator() if i.indikator_id == ind).umpan_balik == ""
    assert ed.rg_hasil.value() is Rating.SESUAI  # the view
    wait_loaded(page)
    row = next(r for r in page.rows if r.pegawai_id == pid)
    assert row.predikat is Predikat.BAIK  # the list follows
    win.act_undo.trigger()  # the first save: not rated any more
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is None
    assert not win.act_undo.isEnabled() and win.act_redo.isEnabled()
    win.act_redo.trigger()
    win.act_redo.trigger()
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is Predikat.SANGAT_BAIK


def test_undo_refused_after_a_concurrent_change(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[2]
    inds = kantor_kecil.indikator[kantor_kecil.skp[pid]]
    win, _page, ed = _window(qtbot, kantor_kecil, pid)
    _pilih_indikator(ed, inds[0])
    ed.ed_realisasi.setText("Versi saya")
    assert ed.save()
    eid = ed.detail.evaluasi_id
    # someone else saves the same evaluation (another window or computer)
    other = ev.get_evaluasi(kantor_kecil.ctx, eid)
    ev.save_realisasi(kantor_kecil.ctx, eid, [ev.RealisasiInput(inds[0], None, "Versi mereka", None)],
                        version_id=other.version_id)
    win.act_undo.trigger()
    qtbot.waitUntil(lambda: ed.dlg_undo_refused is not None and ed.dlg_undo_refused.isVisible(), timeout=3000)
    assert "sudah diubah" in ed.dlg_undo_refused.text()
    assert _real(kantor_kecil, eid, inds[0])[0] == "Versi mereka"  # theirs kept, nothing forced
    _pilih_indikator(ed, inds[0])
    assert ed.ed_realisasi.text() == "Versi mereka"  # the editor shows the current data
    assert not win.act_undo.isEnabled() and not win.act_redo.isEnabled()
    ed.dlg_undo_refused.close()


def test_finalising_ends_the_history_and_says_so(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[3]
    inds = kantor_kecil.indikator[kantor_kecil.skp[pid]]
    win, _page, ed = _window(qtbot, kantor_kecil, pid)
    ed.rg_hasil.buttons[Rating.SESUAI].click()
    ed.rg_perilaku.buttons[Rating.SESUAI].click()
    assert ed.save()
    isi_realisasi(kantor_kecil.ctx, ed.detail.evaluasi_id, inds)  # (in another window: the editor reloads below)
    ed.reload()
    assert win.act_undo.isEnabled()
    assert ed.finalisasi_dengan("Kupang, 1 April 2026")
    assert ev.get_evaluasi(kantor_kecil.ctx, ed.detail.evaluasi_id).final
    assert not win.act_undo.isEnabled()
    assert "Riwayat urungkan evaluasi ini dikosongkan" in win.statusBar().currentMessage()
