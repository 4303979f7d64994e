"""The 'Rapat & Pembinaan' area offscreen: keyboard attendance, notes, follow-ups, presentation, PDFs."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asn_desktop.domain.enums import Role
from asn_desktop.services import evaluasi, rapat
from asn_desktop.services.context import AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.pages.rapat import RapatPage
from asn_desktop.ui.rapat import common as rapat_common
from test_rapat_service import as_role
from testkit import shot_dir

SHOTS = Path(os.environ["H15A_SHOTS"]) if os.environ.get("H15A_SHOTS") else shot_dir("rapat")


def shot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # charts lay out their axes on the next pass
    path = SHOTS / name
    widget.grab().save(str(path))
    return path


def page_for(qtbot, ctx: AppContext) -> RapatPage:  # type: ignore[no-untyped-def]
    page = RapatPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)  # the area's share of a 1366×768 main window
    page.show()
    page.activate()
    return page


def leader_of_demo_meeting(ctx: AppContext) -> AppContext:
    info = rapat.daftar_rapat(ctx)[0]
    return as_role(ctx, Role.PENILAI, info.pimpinan_id)


def test_leader_records_attendance_notes_and_follow_up_with_the_keyboard(qtbot, demo_ctx: AppContext,
                                                                         tmp_path: Path) -> None:
    leader = leader_of_demo_meeting(demo_ctx)
    page = page_for(qtbot, leader)
    assert page.list.model_.rowCount() == 1 and page.btn_baru.isVisible()
    panel = page.panel
    assert panel.detail is not None and panel.detail.info.boleh_kelola
    shot(page, "rapat_1366.png")

    table = panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, "2")  # izin, moves to the next row
    assert table.currentRow() == 1 and table.item(0, 2).text() == "Izin"
    panel.ed_tantangan.setPlainText("Data kelurahan terlambat")
    assert panel.dirty
    qtbot.keyClick(panel.ed_tantangan, "s", Qt.KeyboardModifier.ControlModifier)
    assert not panel.dirty
    det = rapat.detail_rapat(leader, panel.detail.info.id)
    assert det.peserta[0].kehadiran == "izin" and det.peserta[1].tantangan == "Data kelurahan terlambat"

    pid = det.peserta[1].pegawai_id
    assert panel.tambah_tindak_lanjut_dengan(pid, "Kirim surat ke kelurahan", date(2099, 1, 31))
    assert "Kirim surat ke kelurahan" in [t.uraian for t in panel.tl_table.model_.rows]

    # the follow-up report lists it until closed
    page.tabs.setCurrentWidget(page.tl_tab)
    assert "Kirim surat ke kelurahan" in [t.uraian for t in page.tl_tab.table.model_.rows]
    page.tl_tab.chk_semua.setChecked(True)
    shot(page, "tindak_lanjut_1366.png")

    # the minutes, written in the background
    rapat_common.SAVE_PATH = lambda _w, name: str(tmp_path / name)
    try:
        page.tabs.setCurrentIndex(0)
        path = page.cetak_notulen()
        assert wait_for_jobs()
        QApplication.processEvents()
    finally:
        rapat_common.SAVE_PATH = None
    assert path and Path(path).exists() and Path(path).name.startswith("Notulen")
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    assert "Kirim surat ke kelurahan" in " ".join(text.split())
    if os.environ.get("H15A_SHOTS"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", path, str(SHOTS / "notulen")], check=True)


def test_presentation_moves_with_clicker_keys_and_is_readable_at_1024(qtbot, demo_ctx: AppContext) -> None:
    leader = leader_of_demo_meeting(demo_ctx)
    page = page_for(qtbot, leader)
    pres = page.presentasikan(fullscreen=False)
    assert pres is not None  # deletes itself on close (Esc)
    pres.resize(1024, 768)
    n = pres.stack.count()
    assert n == page.panel.detail.info.jumlah_peserta + 2  # title, one per person, open follow-ups
    shot(pres, "presentasi_0_judul_1024.png")
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        qtbot.keyClick(pres, key)
    assert pres.halaman == 3
    qtbot.keyClick(pres, Qt.Key.Key_PageUp)
    qtbot.keyClick(pres, Qt.Key.Key_Left)
    assert pres.halaman == 1
    shot(pres, "presentasi_1_1024.png")
    qtbot.keyClick(pres, Qt.Key.Key_Right)
    shot(pres, "presentasi_2_1024.png")
    qtbot.keyClick(pres, Qt.Key.Key_End)
    assert pres.halaman == n - 1
    shot(pres, "presentasi_akhir_1024.png")
    qtbot.keyClick(pres, Qt.Key.Key_Escape)
    assert not pres.isVisible()


def test_participant_sees_own_notes_read_only_and_editor_shows_open_follow_ups(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.penilaian.editor import EvaluasiEditor

    leader = leader_of_demo_meeting(demo_ctx)
    terbuka = [t for t in rapat.daftar_tindak_lanjut(leader) if t.terbuka]
    pid = terbuka[0].pegawai_id
    me = as_role(demo_ctx, Role.PEGAWAI, pid)
    page = page_for(qtbot, me)
    assert not page.btn_baru.isVisible() and not page.panel.btn_simpan.isVisible()
    assert page.panel.ed_capaian.isReadOnly()
    rows = page.panel.tl_table.model_.rows
    assert rows and all(t.pegawai_id == pid for t in rows)
    shot(page, "rapat_pegawai_1366.png")

    editor = EvaluasiEditor(me)
    qtbot.addWidget(editor)
    with demo_ctx.read() as s:
        skp_id = evaluasi.skp_terkini(s, 2026)[pid].id
    per = rapat.daftar_rapat(leader)[0].periode_id
    editor.load(skp_id, per + 1)
    editor.resize(1100, 700)
    editor.show()
    assert editor.panel_tindak_lanjut.isVisible()
    assert terbuka[0].uraian in editor.panel_tindak_lanjut.text()
    shot(editor, "editor_tindak_lanjut.png")


def test_coaching_tab_prints_both_forms(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    leader = leader_of_demo_meeting(demo_ctx)
    page = page_for(qtbot, leader)
    page.tabs.setCurrentWidget(page.pembinaan_tab)
    tab = page.pembinaan_tab
    assert tab.table.model_.rowCount() == 1 and tab.btn_umpan.isEnabled()
    shot(page, "pembinaan_1366.png")
    rapat_common.SAVE_PATH = lambda _w, name: str(tmp_path / name)
    try:
        a = tab.cetak("umpan_balik")
        assert wait_for_jobs()
        b = tab.cetak("kompetensi")
        assert wait_for_jobs()
        QApplication.processEvents()
    finally:
        rapat_common.SAVE_PATH = None
    assert a and b and Path(a).exists() and Path(b).exists()
    if os.environ.get("H15A_SHOTS"):
        for p, name in ((a, "umpan_balik"), (b, "evaluasi_kompetensi")):
            subprocess.run(["pdftoppm", "-png", "-r", "60", p, str(SHOTS / name)], check=True)

    from asn_desktop.ui.rapat.pembinaan import BimbinganDialog

    dlg = BimbinganDialog(leader, tab.table.current(), page)
    qtbot.addWidget(dlg)
    dlg.resize(780, 640)
    dlg.show()
    shot(dlg, "bimbingan_dialog.png")
    assert dlg.grid.item(0, 0).text()


def test_new_meeting_dialog(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.rapat.dialog import RapatDialog

    leader = leader_of_demo_meeting(demo_ctx)
    dlg = RapatDialog(leader)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.list_peserta.count() >= 2 and dlg.cb_pimpinan.currentData() == leader.actor.pegawai_id
    assert len(dlg.peserta()) == dlg.list_peserta.count()
    shot(dlg, "rapat_dialog.png")
    dlg.ed_tempat.setText("Aula")
    dlg.simpan()
    assert dlg.result_info is not None and dlg.result_info.tempat == "Aula"
