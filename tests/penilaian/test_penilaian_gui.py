"""GUI: a supervisor rates an employee in the Penilaian area and sees the predikat and the
curve update; period settings lock and reopen; the Laporan area exports and prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from asn_desktop.domain.enums import Predikat, PredikatOrganisasi, Rating, Role, StatusPeriode
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from testkit import wait_loaded


@pytest.fixture
def page(qtbot, demo_ctx: AppContext):  # noqa: ANN001, ANN201
    from asn_desktop.ui.pages.penilaian import PenilaianPage

    p = PenilaianPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    p.activate()
    wait_loaded(p)
    return p


def _unit_with_rows(page, minimum: int = 3) -> int:  # noqa: ANN001
    """A seksi whose employees all have approved SKPs (so the curve counts them all)."""
    for i in range(1, page.cb_unit.count()):
        if "Seksi" not in page.cb_unit.itemText(i):
            continue
        page.cb_unit.setCurrentIndex(i)
        wait_loaded(page)
        if len(page.rows) >= minimum and all(r.dapat_dievaluasi for r in page.rows):
            return page.cb_unit.itemData(i)
    raise AssertionError("no suitable unit in the demo")


def test_rating_shows_predikat_and_updates_curve(page, demo_ctx: AppContext) -> None:  # noqa: ANN001
    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    assert page.periode_id() == tw4.id  # the open quarter is the default
    unit_id = _unit_with_rows(page)
    per.set_predikat_organisasi(demo_ctx, unit_id, tw4.id, PredikatOrganisasi.BAIK)
    page.reload_list()
    wait_loaded(page)
    assert page.kurva.dist is not None and page.kurva.dist.org_predikat is PredikatOrganisasi.BAIK
    assert page.kurva.dist.dinilai == 0
    # a member, not the head (whose rating hasil kerja follows the unit's capaian)
    target = next(r for r in page.rows if not r.jabatan.startswith("Kepala"))
    assert page.select_pegawai(target.pegawai_id)
    editor = page.editor
    assert editor.detail is not None and editor.detail.skp_id == target.skp_id
    assert editor.detail.hak.nilai and not editor.detail.hak.terkunci
    # choosing the ratings shows the predikat at once and previews the curve
    editor.rg_hasil.buttons[Rating.DI_ATAS].click()
    assert "belum ada" in editor.lbl_predikat.text()
    editor.rg_perilaku.buttons[Rating.DI_ATAS].click()
    assert "Sangat Baik" in editor.lbl_predikat.text()
    assert page.kurva.dist.counts[Predikat.SANGAT_BAIK] == 1
    assert "Pratinjau" in page.kurva.lbl_rule.text()
    editor.rg_perilaku.buttons[Rating.DI_BAWAH].click()
    assert "Kurang/Misconduct" in editor.lbl_predikat.text()
    assert page.kurva.dist.counts[Predikat.KURANG] == 1 and page.kurva.dist.counts[Predikat.SANGAT_BAIK] == 0
    # feedback from a standard phrase, then save
    first_ind = editor.detail.indikator()[0].indikator_id
    editor.cb_ub_ind.setCurrentIndex(0)
    phrase = editor.cb_ub_ind.currentText()
    editor.perilaku_rows["akuntabel"][3].setCurrentIndex(2)
    assert editor.is_dirty()
    editor.rg_perilaku.buttons[Rating.SESUAI].click()
    assert editor.save()
    assert not editor.is_dirty()
    d = ev.get_evaluasi(demo_ctx, editor.detail.evaluasi_id)
    assert d.predikat is Predikat.BAIK and d.rating_hasil is Rating.DI_ATAS
    assert next(i for i in d.indikator() if i.indikator_id == first_ind).umpan_balik == phrase
    assert next(b for b in d.perilaku if b.kode == "akuntabel").umpan_balik
    # the list and the stored curve follow
    wait_loaded(page)
    row = next(r for r in page.rows if r.pegawai_id == target.pegawai_id)
    assert row.predikat is Predikat.BAIK and row.status == "dinilai"
    assert page.kurva.dist.counts[Predikat.BAIK] == 1 and page.kurva.dist.dinilai == 1
    # 1 of n Baik, no Butuh Perbaikan/Kurang: the Baik rule warns, but nothing was blocked
    assert page.kurva.peringatan_tampil()
    assert "harus ada pegawai" in page.kurva.lbl_warn.text()


def test_closed_period_locks_editor_and_admin_reopens(page, qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from asn_desktop.ui.penilaian.periode_dialog import PengaturanPeriodeDialog

    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    dlg = PengaturanPeriodeDialog(demo_ctx, page, 2026)
    qtbot.addWidget(dlg)
    row = next(i for i, p in enumerate(dlg.tahun_terpilih().periode) if p.id == tw4.id)
    dlg.tbl.selectRow(row)
    assert dlg.btn_tutup.isEnabled() and not dlg.btn_buka_kembali.isEnabled()
    dlg.tutup(konfirmasi=False)
    assert per.get_periode(demo_ctx, tw4.id).status is StatusPeriode.DITUTUP
    assert dlg.btn_buka_kembali.isEnabled()
    page.refresh()
    wait_loaded(page)
    assert page.editor.detail.hak.terkunci
    assert not page.editor.lbl_lock.isHidden() and "ditutup" in page.editor.lbl_lock.text()
    assert not page.editor.btn_simpan.isEnabled()
    assert not page.editor.rg_hasil.buttons[Rating.SESUAI].isEnabled()
    dlg.buka_kembali("Koreksi penilaian TW IV")
    assert per.get_periode(demo_ctx, tw4.id).status is StatusPeriode.DIBUKA
    page.refresh()
    wait_loaded(page)
    assert not page.editor.detail.hak.terkunci and page.editor.btn_simpan.isEnabled()


def test_org_predicate_in_dialog(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.penilaian.periode_dialog import PengaturanPeriodeDialog

    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    dlg = PengaturanPeriodeDialog(demo_ctx, None, 2026)
    qtbot.addWidget(dlg)
    row = next(i for i, p in enumerate(dlg.tahun_terpilih().periode) if p.id == tw4.id)
    dlg.tbl.selectRow(row)
    box = dlg.tbl_org.cellWidget(0, 1)
    assert box.isEnabled()
    box.setCurrentIndex(box.findData(PredikatOrganisasi.ISTIMEWA.value))
    assert dlg.changed
    info = per.daftar_predikat_organisasi(demo_ctx, tw4.id)[0]
    assert info.predikat is PredikatOrganisasi.ISTIMEWA and info.sumber == "ditetapkan"
    assert "ditetapkan" in dlg.tbl_org.item(0, 2).text()


def test_employee_self_assessment_tab(qtbot, demo_ctx: AppContext) -> None:
    from asn_desktop.ui.penilaian.editor import EvaluasiEditor

    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    row = next(r for r in ev.list_evaluasi(demo_ctx, tw4.id) if r.dapat_dievaluasi and r.penilai_nama)
    me = demo_ctx.as_actor(Actor(None, "pegawai", Role.PEGAWAI, row.pegawai_id, row.nama))
    ed = EvaluasiEditor(me)
    qtbot.addWidget(ed)
    ed.load(row.skp_id, tw4.id)
    assert ed.detail.hak.penilaian_diri and not ed.detail.hak.nilai
    assert not ed.rg_hasil.buttons[Rating.SESUAI].isEnabled()  # never rates himself
    ed.rg_diri_hasil.buttons[Rating.DI_ATAS].click()
    ed.rg_diri_perilaku.buttons[Rating.SESUAI].click()
    ed.ed_diri.setPlainText("Target kuartal terlampaui")
    assert ed.simpan_diri(False)
    # his supervisor does not see the draft
    with demo_ctx.read() as s:
        from asn_desktop.db.models import Skp

        penilai_id = s.get(Skp, row.skp_id).pejabat_penilai_id
    boss = demo_ctx.as_actor(Actor(None, "atasan", Role.PENILAI, penilai_id, "Atasan"))
    ed2 = EvaluasiEditor(boss)
    qtbot.addWidget(ed2)
    ed2.load(row.skp_id, tw4.id)
    assert ed2.detail.penilaian_diri is None
    assert "belum diajukan" in ed2.lbl_diri.text() and ed2.rg_diri_hasil.isHidden()
    # realisasi typed by the employee, Indonesian decimal comma
    ed.tabs.setCurrentIndex(0)
    ed.ed_angka.setText("12,5")
    ed.ed_rencana.setPlainText("Verifikasi lapangan")
    assert ed.save()
    assert ed.detail.indikator()[0].realisasi_nilai == 12.5


def test_laporan_tabs_export_and_bulk_print(qtbot, demo_ctx: AppContext, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import asn_desktop.ui.pages.laporan as lap_ui

    page = lap_ui.LaporanPage(demo_ctx)
    qtbot.addWidget(page)
    page.buka_hasil = False
    page.resize(1280, 760)
    page.show()
    page.activate()
    wait_loaded(page)  # the report is read in the background
    assert page.tab_kelengkapan.tbl.rowCount() >= 10
    assert page.tab_kelengkapan.tbl.item(page.tab_kelengkapan.tbl.rowCount() - 1, 0).text() == "Jumlah"
    # the unit names are readable and every column can be widened by the operator
    from PySide6.QtWidgets import QHeaderView

    tk = page.tab_kelengkapan.tbl
    assert tk.columnWidth(0) >= 260
    hh = tk.horizontalHeader()
    assert all(hh.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive for c in range(tk.columnCount()))
    tk.setColumnWidth(0, 400)
    assert tk.columnWidth(0) == 400
    targets = iter([str(tmp_path / "kelengkapan.xlsx"), str(tmp_path / "tindak.xlsx")])
    monkeypatch.setattr(lap_ui, "SAVE_PATH", lambda *_a: next(targets))
    page.tab_kelengkapan.ekspor()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert load_workbook(tmp_path / "kelengkapan.xlsx").worksheets[0]["A1"].value.startswith("Kelengkapan")
    for i in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    assert page.tab_distribusi.model.rowCount() >= 10
    assert any(not d.ok for d in page.tab_distribusi.rows)
    assert page.tab_riwayat.model.rowCount() >= 30
    page.tab_tindak.cb_jenis.setCurrentIndex(1)
    assert page.tab_tindak.model.rowCount() > 0
    page.tab_tindak.ekspor_semua()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export == tmp_path / "tindak.xlsx")
    assert len(load_workbook(tmp_path / "tindak.xlsx").sheetnames) == 4
    dok = page.tab_dokumen
    assert dok.model.rowCount() >= 20
    dok.view.selectRow(0)
    dok.view.selectionModel().select(dok.proxy.index(1, 0), dok.view.selectionModel().SelectionFlag.Select
                                     | dok.view.selectionModel().SelectionFlag.Rows)
    assert len(dok.selected_ids()) == 2
    out = tmp_path / "dua.pdf"
    dok.cetak(False, str(out))
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: page.last_export == out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert text.count("DOKUMEN EVALUASI KINERJA PEGAWAI") == 2


def test_evidence_and_360_from_the_editor(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.ui.pages.penilaian import PenilaianPage
    from asn_desktop.ui.penilaian.editor import Isi360Dialog

    tw4 = per.get_tahun(demo_ctx, 2026).periodik[3]
    row = next(r for r in ev.list_evaluasi(demo_ctx, tw4.id) if r.dapat_dievaluasi and r.penilai_nama)
    me = demo_ctx.as_actor(Actor(None, "pegawai", Role.PEGAWAI, row.pegawai_id, row.nama))
    page = PenilaianPage(me)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    wait_loaded(page)
    assert [r.pegawai_id for r in page.rows] == [row.pegawai_id]  # a Pegawai sees only himself
    assert not page.kurva_area.isVisibleTo(page) and not page.btn_periode.isVisibleTo(page)
    ed = page.editor
    src = tmp_path / "Laporan Oktober.pdf"
    src.write_bytes(b"%PDF-1.4 bukti")
    ed.tambah_bukti_berkas([str(src)])
    assert ed.lst_bukti.count() == 1 and "Laporan Oktober.pdf" in ed.lst_bukti.item(0).text()
    assert ed.tbl.item(1, 3).text() == "1"  # the Bukti column of the first indicator
    ed.add_bukti_tautan("https://drive.example.go.id/x")
    assert ed.lst_bukti.count() == 2
    # a colleague asked for 360 input answers it in the dialog
    eid = ed.detail.evaluasi_id
    colleague = next(c for c in ev.kandidat_360(demo_ctx, eid))
    ev.request_masukan_360(demo_ctx, eid, [(colleague.pegawai_id, colleague.hubungan)])
    giver = demo_ctx.as_actor(Actor(None, "rekan", Role.PEGAWAI, colleague.pegawai_id, colleague.nama))
    dlg = Isi360Dialog(giver, ev.list_my_permintaan_360(giver))
    qtbot.addWidget(dlg)
    cb, comment = dlg.rows["kolaboratif"]
    cb.setCurrentIndex(cb.findData(Rating.DI_ATAS.value))
    comment.setText("Sigap membantu")
    dlg.chk_anonim.setChecked(False)
    dlg.kirim()
    agg = ev.ringkasan_360(demo_ctx, eid)
    kol = next(a for a in agg.nilai if a.kode == "kolaboratif")
    assert agg.masuk == 1 and kol.jumlah == 0 and not kol.komentar  # one answer is no aggregate


def _laporan_shown(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The Laporan area at a laptop's size, its first tab read."""
    import asn_desktop.ui.pages.laporan as lap_ui

    page = lap_ui.LaporanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_loaded(page)
    return page


def test_kelengkapan_unit_column_is_readable_at_regency_scale(qtbot, demo_ctx: AppContext) -> None:
    """Two kecamatan: unit names carry theirs; the unit column keeps its minimum width, can be
    widened, elides long names in the middle and shows the whole name as a tooltip."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    from asn_desktop.services import organisasi as org

    lain = org.create_unit(demo_ctx, "Kecamatan Alak", None, "kecamatan")
    org.create_unit(demo_ctx, "Kelurahan Penkase Oeleta yang namanya sangat panjang sekali", lain.id, "kelurahan")
    page = _laporan_shown(qtbot, demo_ctx)
    tk = page.tab_kelengkapan.tbl
    names = [tk.item(r, 0).toolTip() for r in range(tk.rowCount())]
    assert "Kelurahan Penkase Oeleta yang namanya sangat panjang sekali — Kecamatan Alak" in names
    assert tk.columnWidth(0) >= 260 and tk.textElideMode() == Qt.TextElideMode.ElideMiddle
    hh = tk.horizontalHeader()
    assert hh.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    tk.setColumnWidth(0, 520)
    assert tk.columnWidth(0) == 520
    assert all(tk.columnWidth(c) >= hh.minimumSectionSize() for c in range(tk.columnCount()))


def test_follow_up_lists_keep_the_kecamatan_and_cut_sentences_at_their_end(qtbot, demo_ctx: AppContext) -> None:
    """Tindak Lanjut: a unit name is drawn on one line with its kecamatan's name visible (the list
    once wrapped it at the dash inside a one-line row: "Kelurahan Belo — …"); a note column
    (Keterangan) is cut at its end, where a cut in the middle left "disiplin belu…kt, Nov, Des)"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from asn_desktop.services import organisasi as org

    org.create_unit(demo_ctx, "Kecamatan Alak", None, "kecamatan")  # two kecamatan: units carry theirs
    page = _laporan_shown(qtbot, demo_ctx)
    tab = page.tab_tindak
    page.tabs.setCurrentWidget(tab)
    tab.cb_jenis.setCurrentIndex(tab.cb_jenis.findData("karier"))
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    view, model = tab.view, tab.model
    assert not view.wordWrap()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    unit_col, note_col = headers.index("Unit kerja"), headers.index("Keterangan")

    def drawn(row: int, col: int) -> str:
        """The text as the view draws it in a cell of the column's width."""
        idx = view.model().index(row, col)
        opt = QStyleOptionViewItem()
        opt.initFrom(view)
        opt.textElideMode = view.textElideMode()
        view.itemDelegate().initStyleOption(opt, idx)
        return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, view.columnWidth(col) - 12)

    rows = range(view.model().rowCount())
    ours = next(r for r in rows if " — Kecamatan " in str(view.model().index(r, unit_col).data()))
    view.setColumnWidth(unit_col, 150)
    text, shown = str(view.model().index(ours, unit_col).data()), drawn(ours, unit_col)
    head, tail = shown.split("…")
    assert len(head) >= 5 and len(tail) >= 5 and text.startswith(head) and text.endswith(tail)
    note = next(r for r in rows if len(str(view.model().index(r, note_col).data())) > 10)
    view.setColumnWidth(note_col, 90)
    text, shown = str(view.model().index(note, note_col).data()), drawn(note, note_col)
    assert shown.endswith("…") and text.startswith(shown[:-1])


def test_the_empty_distribution_curve_labels_only_whole_numbers(qtbot) -> None:  # noqa: ANN001
    """Before a unit and period are chosen (or while they load) the y axis shows 0 and 1, not
    0.25 steps printed as "0" four times."""
    from asn_desktop.ui.penilaian.kurva import KurvaPanel

    panel = KurvaPanel()
    qtbot.addWidget(panel)
    panel.tampilkan(None)
    assert panel.ax_y.tickCount() == 2 and (panel.ax_y.min(), panel.ax_y.max()) == (0, 1)
