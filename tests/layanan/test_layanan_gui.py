"""The 'Register Layanan' area offscreen: keyboard entry, the list, the import preview, the dashboard."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from asn_desktop.db.models import Pegawai, UnitKerja
from asn_desktop.domain.enums import Role
from asn_desktop.services import layanan
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.layanan import register as reg
from asn_desktop.ui.pages import register as page_mod
from asn_desktop.ui.pages.register import RegisterPage
from testkit import shot_dir

SHOTS = shot_dir("layanan")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def page_for(qtbot, ctx: AppContext, preset: str = "semua") -> RegisterPage:  # type: ignore[no-untyped-def]
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)  # the area's share of a 1366×768 main window
    page.preset.setCurrentIndex(page.preset.findData(preset))
    page.show()
    page.activate()
    return page


def operator(ctx: AppContext) -> AppContext:
    return ctx.as_actor(Actor(901, "loket", Role.OPERATOR))


def test_front_desk_types_a_request_with_the_keyboard(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, operator(demo_ctx))
    tab = page.tab_layanan
    before = tab.model.rowCount()
    assert before > 800 and not page.tabs.isTabEnabled(3)  # the demo quarter; no dashboard for the front desk
    shot(page, "register_layanan.png")
    with demo_ctx.read() as s:
        nama = s.scalar(select(Pegawai.nama).where(Pegawai.status == "aktif", Pegawai.unit_id.isnot(None)))
    tab.jenis.lineEdit().setFocus()
    qtbot.keyClicks(tab.jenis.lineEdit(), "Legalisir dokumen")
    tab.petugas.setCurrentIndex(tab.petugas.findText(nama, Qt.MatchFlag.MatchStartsWith))
    tab.diterima.clear()
    qtbot.keyClicks(tab.diterima, "011226 9.15")
    tab.selesai.setFocus()
    qtbot.keyClick(tab.selesai, Qt.Key.Key_F2)  # now
    qtbot.keyClicks(tab.nomor, "L-77")
    assert tab.janji.text() == "Standar: 4 jam kerja"
    qtbot.keyClick(tab.nomor, Qt.Key.Key_Return)
    assert tab.model.rowCount() == before + 1, tab.problem.text()
    (row,) = [r for r in tab.model.rows if r.nomor == "L-77"]
    assert row.diterima == datetime(2026, 12, 1, 9, 15) and row.jenis == "Legalisir dokumen"
    assert tab.nomor.text() == "" and tab.jenis.currentText() == "Legalisir dokumen"  # ready for the next one

    tab.selesai.setText("30-11-2026 08:00")  # before it was received: said, nothing saved
    qtbot.keyClicks(tab.nomor, "L-78")
    qtbot.keyClick(tab.nomor, Qt.Key.Key_Return)
    assert "tidak boleh sebelum diterima" in tab.problem.text()
    assert tab.model.rowCount() == before + 1
    tab.selesai.setText("31-13-2026")
    assert tab.selesai.styleSheet()  # marked as you type
    shot(page, "register_layanan_salah.png")

    tab.search.setText("L-77")
    assert tab.proxy.rowCount() == 1
    tab.view.selectRow(0)
    page_mod.CONFIRM = lambda _t: True
    try:
        tab.delete_selected()
    finally:
        page_mod.CONFIRM = None
    assert tab.model.rowCount() == before


def test_import_preview_then_complaints_and_standards(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    op = operator(demo_ctx)
    with demo_ctx.read() as s:
        nip = s.scalar(select(Pegawai.nip).where(Pegawai.nip.isnot(None), Pegawai.unit_id.isnot(None)))
    wb = Workbook()
    ws = wb.active
    ws.title = "Aduan"
    ws.append(["No", "Saluran", "Tanggal diterima", "Respon pertama", "Selesai", "NIP petugas", "Perihal"])
    ws.append(["X-1", "WhatsApp", "01-12-2026 09:00", "01-12-2026 10:00", None, nip, "Lampu jalan"])
    ws.append(["X-2", "Telegram?", "01-12-2026 09:00", None, None, nip, "?"])
    ws.append(["X-3", "Surat", "32-12-2026", None, None, "Orang Lain", "?"])
    wb.save(tmp_path / "aduan.xlsx")
    page = page_for(qtbot, op)
    page.tabs.setCurrentIndex(1)
    tab = page.tab_pengaduan
    before = tab.model.rowCount()
    reg.OPEN_PATH = lambda _w: str(tmp_path / "aduan.xlsx")
    seen: list[str] = []

    def look(dlg) -> bool:  # type: ignore[no-untyped-def]
        dlg.resize(1366 - 100, 768 - 100)
        dlg.show()
        shot(dlg, "impor_pengaduan.png")
        seen.extend(dlg.problems.item(i).text() for i in range(dlg.problems.count()))
        return True

    reg.ACCEPT_IMPORT = look
    try:
        res = tab.import_file()
    finally:
        reg.OPEN_PATH = reg.ACCEPT_IMPORT = None
    assert res is not None and res.baru == 1 and tab.model.rowCount() == before + 1
    assert any(t.startswith('aduan.xlsx, lembar "Aduan", baris 3, kolom B (Saluran) [Telegram?]') for t in seen)
    assert any("baris 4, kolom C (Tanggal diterima) [32-12-2026]" in t for t in seen)
    assert any("baris 4, kolom F (NIP petugas) [Orang Lain]" in t for t in seen)
    shot(page, "register_pengaduan.png")

    page.tabs.setCurrentIndex(2)
    st = page.tab_standar
    st.nama.setText("Surat keterangan ahli waris")
    st.waktu.setValue(5)
    qtbot.keyClick(st.nama, Qt.Key.Key_Return)
    assert "Surat keterangan ahli waris" in [r.nama for r in st.m_standar.rows]
    assert page.tab_layanan.jenis.findText("Surat keterangan ahli waris") >= 0  # offered at the desk at once
    st.tgl.set_value(date(2026, 12, 24))
    st.ket.setText("Cuti bersama Natal")
    st.save_libur()
    assert any(r.tanggal == date(2026, 12, 24) for r in st.m_libur.rows)
    shot(page, "standar_libur.png")


def test_leader_sees_the_dashboard_and_exports_it(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.read() as s:
        camat = s.scalar(select(UnitKerja.kepala_id).where(UnitKerja.parent_id.is_(None),
                                                           UnitKerja.kepala_id.isnot(None)))
    ctx = demo_ctx.as_actor(Actor(902, "camat", Role.PENILAI, pegawai_id=camat))
    page = page_for(qtbot, ctx, preset="semua")
    page.dari.set_value(date(2026, 1, 1))
    page.sampai.set_value(date(2026, 3, 31))
    page.btn_apply.click()
    assert page.tabs.currentIndex() == 3 and not page.tab_layanan.form.isVisibleTo(page)
    d = page.tab_dasbor
    d.ensure_loaded()
    totals = [r for r in d.rows if r.unit_id is None]
    assert [r.bulan.month for r in totals] == [1, 2, 3]
    assert int(d.big["jumlah"].text()) == sum(r.layanan.jumlah for r in totals) > 700
    assert totals[0].ikm_mutu in ("A", "B", "C", "D")  # the demo SKM covers the first semester
    shot(page, "dasbor_layanan.png")
    out = tmp_path / "dasbor.xlsx"
    d.export(str(out))
    qtbot.waitUntil(lambda: d.last_export is not None, timeout=20000)
    ws = load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Kecamatan (semua unit)" in values and "% tepat waktu" in values


def test_a_plain_employee_does_not_see_the_area(demo_ctx: AppContext) -> None:
    from asn_desktop.ui.pages.base import area_allowed

    assert not area_allowed("register", Actor(903, "p", Role.PEGAWAI, pegawai_id=5))
    assert area_allowed("register", Actor(904, "o", Role.OPERATOR))
    with pytest.raises(Exception):
        layanan.dasbor_layanan(demo_ctx.as_actor(Actor(903, "p", Role.PEGAWAI, pegawai_id=5)),
                               mulai=date(2026, 1, 1), selesai=date(2026, 3, 31))
