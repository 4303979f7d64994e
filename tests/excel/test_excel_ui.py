"""The 'Sinkronisasi Excel' area driven like an operator would (offscreen), with screenshots."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import func, select

from asn_desktop.db.models import LogPertukaran, Pegawai
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.sinkronisasi import roster_wizard as rw

from excel_helpers import export_dicts, messy_duk
from testkit import shot_dir

SHOTS = shot_dir("sinkronisasi")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def page(qtbot, demo_ctx: AppContext):
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    pg = win.goto("sinkronisasi")
    QApplication.processEvents()
    return win, pg


@pytest.fixture
def auto_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Pegawai)) or 0


def test_page_and_roster_wizard_with_a_messy_file(qtbot, page, demo_ctx, tmp_path, auto_yes) -> None:
    win, pg = page
    shot(win, "01-halaman")
    duk = messy_duk(tmp_path / "DUK Maulafa 2026 (kiriman BKPSDM).xlsx", export_dicts(demo_ctx, tmp_path))
    n0 = count(demo_ctx)
    wiz = pg.start_roster_import()
    qtbot.waitExposed(wiz)
    wiz.page_file.ed_path.setText(str(duk))
    shot(wiz, "02-wizard-berkas")
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_PREVIEW, timeout=20_000)
    prev = wiz.page_preview
    rep = wiz.preview
    c = rep.counts
    assert c["rejected"] == 3  # NIP as a number, the conflicting duplicate (2 rows); a bad date only warns
    assert c["inserted"] >= 1 and c["updated"] >= 1
    assert any("Februari 2024" in p.message and p.level == "warning" for p in rep.problems)
    assert rep.skipped.footer and rep.skipped.numbering == [6]
    # starts filtered on the rejected rows, with the reason in the detail pane
    assert prev.proxy.rowCount() == 3
    assert "tersimpan sebagai angka" in prev.detail.toPlainText() or "berbeda" in prev.detail.toPlainText()
    shot(wiz, "03-pratinjau-ditolak")
    prev.chip_buttons[P.BERUBAH].click()
    assert prev.proxy.rowCount() == c["updated"]
    prev.table.selectRow(0)
    assert "→" in prev.detail.toPlainText()
    shot(wiz, "04-pratinjau-berubah")
    prev.chip_buttons[None].click()
    prev.ed_search.setText("markus")
    assert prev.proxy.rowCount() == 1
    prev.ed_search.clear()
    report_json = wiz.save_report("json", tmp_path / "pratinjau.json")
    report_xlsx = wiz.save_report("xlsx", tmp_path / "pratinjau.xlsx")
    assert report_json.exists() and "Masalah" in openpyxl.load_workbook(report_xlsx).sheetnames
    assert count(demo_ctx) == n0  # nothing written by the preview
    assert wiz.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Terapkan"
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_RESULT, timeout=30_000)
    assert wiz.result.written and count(demo_ctx) == n0 + c["inserted"]
    assert "Impor selesai" in wiz.page_result.lbl.text()
    shot(wiz, "05-selesai")
    wiz.accept()
    qtbot.waitUntil(lambda: pg.tbl_log.rowCount() >= 2, timeout=5000)
    shot(win, "06-riwayat")
    pg.tbl_log.selectRow(0)
    dlg = pg.open_selected_report()
    qtbot.waitExposed(dlg)
    assert "impor_pegawai" in dlg.windowTitle() or "Laporan" in dlg.windowTitle()
    shot(dlg, "07-laporan-riwayat")
    dlg.close()


def test_wizard_sheet_choice_and_strict_mode(qtbot, page, demo_ctx, tmp_path, auto_yes) -> None:
    from excel_helpers import NIP_A, NIP_B, make_workbook

    _win, pg = page
    path = make_workbook(tmp_path / "dua-lembar.xlsx", {
        "DUK Lama": [["NIP", "NAMA"], [NIP_A, "Budi"]],
        "DUK Baru": [["NIP", "NAMA", "GOL"], [NIP_B, "Ani", "III/a"], [1.98e17, "Rusak", "III/a"]],
    })
    wiz = pg.start_roster_import(path)
    qtbot.waitExposed(wiz)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_SHEET, timeout=10_000)
    assert wiz.page_sheet.list.count() == 2
    shot(wiz, "08-wizard-pilih-lembar")
    wiz.page_sheet.list.setCurrentRow(0)  # "DUK Baru" (more data first)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_PREVIEW, timeout=10_000)
    assert wiz.preview.sheet == "DUK Baru"
    n0 = count(demo_ctx)
    wiz.page_preview.chk_strict.setChecked(True)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_RESULT, timeout=10_000)
    assert not wiz.result.written and count(demo_ctx) == n0
    assert "Tidak ada yang disimpan" in wiz.page_result.lbl.text()
    wiz.accept()


def test_wizard_refuses_bad_files_with_a_message(qtbot, page, tmp_path, monkeypatch) -> None:
    _win, pg = page
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.sinkronisasi.roster_wizard.show_error",
                        lambda parent, exc, tb=None: shown.append(str(exc)))
    junk = tmp_path / "bukan.xlsx"
    junk.write_text("bukan excel")
    wiz = pg.start_roster_import(junk)
    wiz.next()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert wiz.currentId() == rw.PAGE_FILE and "bukan buku kerja Excel" in shown[0]
    wiz.reject()


def test_exports_results_merge_and_forms_from_the_page(qtbot, page, demo_ctx, tmp_path, auto_yes,
                                                       monkeypatch) -> None:
    win, pg = page
    emp = tmp_path / "pegawai.xlsx"
    pg.export_employees_to(emp)
    assert wait_for_jobs(30_000)
    qtbot.waitUntil(lambda: emp.exists(), timeout=10_000)
    hasil = tmp_path / "hasil.xlsx"
    pg.export_results_to(hasil, 2026)
    assert wait_for_jobs(60_000)
    qtbot.waitUntil(lambda: hasil.exists(), timeout=10_000)
    QApplication.processEvents()
    assert "Paket hasil 2026" in win.statusBar().currentMessage()
    # results package merged into this same database: the office key is trusted once (the admin
    # compares the fingerprint), then everything is unchanged, no conflicts
    from asn_desktop.ui.sinkronisasi import dialogs

    shown: list[str] = []

    def trust(self) -> int:
        shown.append(self.lbl_fp.text())
        return dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.TrustOfficeDialog, "exec", trust)
    dlg = pg.open_results_import([hasil])
    qtbot.waitExposed(dlg)
    dlg.check()
    from asn_desktop.services.kunci_kantor import office_key

    assert shown == [office_key(demo_ctx).sidik_jari]
    assert dlg.report is not None and dlg.report.accepted and dlg.tbl_pkg.rowCount() == 1
    shot(dlg, "09-gabung-paket-hasil")
    dlg.close()
    # offline form: generate, fill, preview dialog
    from asn_desktop.services.periode import buka_periode
    from asn_desktop.services.pertukaran_formulir import find_periode

    pid = find_periode(demo_ctx, 2026, "Triwulan IV")
    buka_periode(demo_ctx, pid)
    fdlg = pg.open_form_export()
    qtbot.waitExposed(fdlg)
    assert fdlg.cmb_penilai.count() > 0 and fdlg.btn_ok.isEnabled()
    shot(fdlg, "10-formulir-buat")
    saran = fdlg.nama_berkas_saran()  # two quarters' forms never overwrite each other; no "S.H.."
    assert saran.startswith("formulir_2026_") and fdlg._nama_periode[fdlg.cmb_periode.currentIndex()].replace(
        " ", "_") in saran and ".." not in saran and saran.endswith(".xlsx")
    penilai, _ = fdlg.choice()
    fdlg.reject()
    best = max(P.list_penilai(demo_ctx, 2026), key=lambda o: o.jumlah_bawahan)
    form = tmp_path / "formulir.xlsx"
    pg.export_form_to(best.pegawai_id, pid, form)
    assert wait_for_jobs(30_000)
    qtbot.waitUntil(lambda: form.exists(), timeout=10_000)
    wb = openpyxl.load_workbook(form)
    ws = wb["Penilaian"]
    r = next(i for i in range(6, ws.max_row + 1) if ws.cell(i, 8).protection.locked is False)
    ws.cell(r, 8).value = "Sesuai Ekspektasi"
    ws.cell(r, 9).value = "Di Atas Ekspektasi"
    wb.save(tmp_path / "terisi.xlsx")
    idlg = pg.import_form_from(tmp_path / "terisi.xlsx")
    qtbot.waitExposed(idlg)
    assert idlg.report.count("berubah") == 1 and idlg.btn_apply.isEnabled()
    shot(idlg, "11-formulir-pratinjau")
    idlg.apply()
    assert idlg.report.written and not idlg.btn_apply.isEnabled()
    idlg.close()
    pg.load_log()
    with demo_ctx.read() as s:
        kinds = {k for (k,) in s.execute(select(LogPertukaran.jenis))}
    assert {"ekspor_pegawai", "ekspor_hasil", "ekspor_formulir", "impor_formulir"} <= kinds
    assert penilai


def test_results_export_hidden_for_operators(qtbot, demo_ctx) -> None:
    from asn_desktop.domain.enums import Role
    from asn_desktop.services.context import Actor
    from asn_desktop.ui.pages.sinkronisasi import SinkronisasiPage

    op = demo_ctx.as_actor(Actor(None, "operator", Role.OPERATOR))
    pg = SinkronisasiPage(op)
    qtbot.addWidget(pg)
    assert pg.btn_import.isEnabled() and pg.btn_export_emp.isEnabled()
    assert not pg.btn_export_hasil.isEnabled() and not pg.btn_import_hasil.isEnabled()
    assert not pg.btn_form_import.isEnabled()


def test_wizard_preview_shows_sheet_choice_unused_columns_and_gelar_flags(qtbot, page, tmp_path) -> None:
    """A grouped-header SIMPEG export beside a recap sheet: the sheet with more valid NIPs is read and
    the reason shown; the operator can switch; unimported columns and gelar splits are listed."""
    import os

    from excel_helpers import NIP_A, NIP_B, NIP_C, make_workbook

    _win, pg = page
    path = make_workbook(tmp_path / "simpeg-grup.xlsx", {
        "Petunjuk": [["Kolom", "Isi"], ["NIP", "NIP 18 digit"], ["NIP", "Nama"]],
        "Rekap": [["NIP", "Nama"], [NIP_A, "Budi Santoso"]],
        "Data": [
            ["Satuan Kerja : Semua ›"],
            ["No", "NIP", "Nama", "PANGKAT", None, "JABATAN", None, "Hobi"],
            [None, None, None, "Gol. Ruang", "TMT", "Nama Jabatan", "TMT", None],
            [1, NIP_A, "Made Arta Wiguna SST, M.M.", "III/b", "01-04-2019", "Kepala Seksi", "02-01-2020", "catur"],
            [2, NIP_B, "Yuliana Mamahit SH", "III/a", "01-10-2021", "Pengelola Keuangan", "01-03-2022", None],
            [3, NIP_C, "ARDI SETIAWANS.Pd.", "II/c", "01-04-2015", "Pengadministrasi", "01-04-2015", "voli"],
        ],
    })
    out = Path(os.environ.get("ASN_SHOTS_DIR") or tmp_path)

    def snap(w, name: str) -> None:
        QApplication.processEvents()
        w.grab().save(str(out / f"{name}.png"))

    wiz = pg.start_roster_import(path)
    qtbot.waitExposed(wiz)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == rw.PAGE_PREVIEW, timeout=20_000)
    prev = wiz.page_preview
    assert wiz.preview.sheet == "Data" and prev.cb_sheet.isVisible() and prev.cb_sheet.count() == 2
    assert "NIP valid terbanyak" in prev.lbl_sheet.text()
    unused = prev.lbl_unused.text()
    assert "1 kolom tidak diimpor" in unused and "Hobi" in unused and "catur" in unused
    assert "3 nama dengan gelar" in unused
    prev.table.clearSelection()
    prev.detail.setHtml(prev._columns_html())
    assert "Kolom yang tidak diimpor" in prev.detail.toPlainText()
    snap(wiz, "h13a-01-pratinjau-grup")
    prev.ed_search.setText("Gelar")
    assert prev.proxy.rowCount() == 3
    prev.table.selectRow(1)
    prev.table.selectRow(2)
    assert "Gelar dipisahkan dari nama" in prev.detail.toPlainText()
    snap(wiz, "h13a-02-pratinjau-gelar")
    prev.ed_search.clear()
    prev.cb_sheet.setCurrentIndex(1)
    prev.cb_sheet.activated.emit(1)
    qtbot.waitUntil(lambda: wiz.preview.sheet == "Rekap", timeout=20_000)
    assert len(wiz.preview.rows) == 1 and prev.cb_sheet.currentData() == "Rekap"
    snap(wiz, "h13a-03-pratinjau-lembar-lain")
    wiz.reject()


def test_roster_preview_sorts_rows_by_number_severity_and_name(qapp) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    def row(n: int, status: str, nama: str) -> SimpleNamespace:
        return SimpleNamespace(row=n, status=status, status_label=status.upper(), nip="19800101 200501 1 001",
                               nama=nama, keterangan=f"ket {n}", problems=[])

    model = rw.preview_model()
    proxy = rw.RowsFilter()
    proxy.setSourceModel(model)
    model.set_rows([row(10, P.TETAP, "budi"), row(9, P.DITOLAK, "Ani"), row(100, P.BARU, "citra")])
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)] == [
        "Baris", "Status", "NIP", "Nama", "Keterangan"]

    def column(c: int) -> list[str]:
        return [proxy.index(r, c).data() for r in range(proxy.rowCount())]

    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["9", "10", "100"]  # numbers, not text
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert column(1) == [P.DITOLAK.upper(), P.BARU.upper(), P.TETAP.upper()]  # the worst first
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert column(3) == ["Ani", "budi", "citra"]  # without case
    rejected = proxy.index(0, 4)
    assert rejected.data(Qt.ItemDataRole.ForegroundRole).name() == "#9b1c14"
    assert rejected.data(Qt.ItemDataRole.ToolTipRole) == "ket 9"
    assert proxy.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    proxy.set_status(P.BARU)
    assert column(3) == ["citra"]
