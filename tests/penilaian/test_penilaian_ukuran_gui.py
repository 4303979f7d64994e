"""The evaluation editor shows a bound indicator's measure, the computed figure with its basis, and
lets the evaluator override it; screenshots at 1366×768."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from asn_desktop.db.models import Indikator, Realisasi
from asn_desktop.domain.enums import Role, StatusEvaluasi
from asn_desktop.domain.ukuran import IkatanUkuran
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services import skm
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui import ukuran as ui_ukuran
from testkit import shot_dir, wait_loaded


def _shot(widget, name: str) -> Path:  # noqa: ANN001
    out = shot_dir("h14b")
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    widget.grab().save(str(path))
    return path


def _bound_row(ctx: AppContext) -> tuple[int, int, int, int]:
    """An evaluation in an open period of the demo, its first indicator bound to the kecamatan's IKM
    of "Surat keterangan" (the demo's survey)."""
    for p in per.get_tahun(ctx, 2026).periodik:
        if p.status.value != "dibuka":
            continue
        for r in ev.list_evaluasi(ctx, p.id):
            if not r.dapat_dievaluasi or not r.penilai_nama:
                continue
            d = ev.detail_evaluasi(ctx, r.skp_id, p.id)
            if d.status is StatusEvaluasi.FINAL:
                continue
            ind = d.indikator()[0].indikator_id
            with ctx.write("uji.ikat") as uow:
                i = uow.session.get(Indikator, ind)
                i.ikatan_ukuran = IkatanUkuran("ikm_layanan", "kecamatan", "Surat keterangan").ke_json()
                i.satuan, i.target_min, i.target_max = "nilai", 80, None
                for row in uow.session.query(Realisasi).filter_by(indikator_id=ind):
                    row.realisasi_nilai = None
            nama = f"{p.nama} 2026"
            sv = skm.buat_survei(ctx, "Surat keterangan", nama, p.tanggal_mulai, p.tanggal_selesai)
            skm.simpan_responden(ctx, sv.id, [
                skm.RespondenInput(n, {f"U{k}": 3 + ((n + k) % 3 == 0) - ((n * k) % 7 == 0) for k in range(1, 10)})
                for n in range(1, 121)])
            return r.skp_id, p.id, ind, r.pegawai_id
    raise AssertionError("no open evaluation in the demo")


def test_editor_computes_shows_basis_and_evaluator_overrides(qtbot, demo_ctx: AppContext,  # noqa: ANN001
                                                             monkeypatch) -> None:  # noqa: ANN001
    from asn_desktop.ui.penilaian.editor import EvaluasiEditor

    skp_id, periode_id, ind, _pegawai = _bound_row(demo_ctx)
    ed = EvaluasiEditor(demo_ctx)
    qtbot.addWidget(ed)
    ed.resize(1366, 768)
    ed.show()
    ed.load(skp_id, periode_id)
    row = next(r for r, iid in ed._row_ind.items() if iid == ind)
    ed.tbl.selectRow(row)
    panel = ed.panel_ukuran
    assert panel.isVisible() and "Belum dihitung" in panel.lbl.text()
    assert ed.ed_angka.isReadOnly()  # the number comes from the records

    hasil = panel.hitung()
    assert hasil is not None and hasil.perubahan[0].baru is not None
    ed.tbl.selectRow(next(r for r, iid in ed._row_ind.items() if iid == ind))
    text = panel.lbl.text()
    assert "dihitung dari SKM: 1 survei (Surat keterangan " in text and "120 responden" in text
    i = next(x for x in ed.detail.indikator() if x.indikator_id == ind)
    assert i.realisasi_nilai == hasil.perubahan[0].baru and len(i.bukti) == 1
    assert ed.lst_bukti.item(0).text().startswith("Perhitungan_ikm_layanan_")
    _shot(ed, "evaluasi_terukur_1366x768.png")

    # the evaluator (admin here) overrides with a reason; the panel shows both figures
    def timpa_exec(dlg: ui_ukuran.TimpaDialog) -> int:
        dlg.ed_nilai.setText("85,5")
        dlg.ed_alasan.setPlainText("Survei semester II sudah masuk di kertas, belum diketik")
        _shot(dlg, "timpa_dialog.png")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui_ukuran.TimpaDialog, "exec", timpa_exec)
    ed.tbl.selectRow(next(r for r, iid in ed._row_ind.items() if iid == ind))
    qtbot.mouseClick(panel.btn_timpa, Qt.MouseButton.LeftButton)
    ed.tbl.selectRow(next(r for r, iid in ed._row_ind.items() if iid == ind))
    assert "Ditimpa pejabat penilai" in panel.lbl.text() and "85,5" in panel.lbl.text()
    assert next(x for x in ed.detail.indikator() if x.indikator_id == ind).realisasi_nilai == 85.5
    assert panel.btn_cabut.isVisible()
    _shot(ed, "evaluasi_ditimpa_1366x768.png")


def test_employee_can_compute_but_not_override(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from asn_desktop.ui.penilaian.editor import EvaluasiEditor

    skp_id, periode_id, ind, pegawai_id = _bound_row(demo_ctx)
    me = demo_ctx.as_actor(Actor(None, "pegawai", Role.PEGAWAI, pegawai_id, "Pegawai"))
    ed = EvaluasiEditor(me)
    qtbot.addWidget(ed)
    ed.show()
    ed.load(skp_id, periode_id)
    ed.tbl.selectRow(next(r for r, iid in ed._row_ind.items() if iid == ind))
    panel = ed.panel_ukuran
    assert panel.btn_hitung.isVisible() and not panel.btn_timpa.isVisible()


def test_main_window_evaluation_with_basis_at_1366x768(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    from asn_desktop.services import ukuran
    from asn_desktop.ui.main_window import MainWindow

    skp_id, periode_id, ind, pegawai_id = _bound_row(demo_ctx)
    ukuran.fill_realisasi_terukur(demo_ctx, ev.ensure_evaluasi(demo_ctx, skp_id, periode_id))
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.goto("penilaian")
    page.cb_periode.setCurrentIndex(page.cb_periode.findData(periode_id))
    page.cb_unit.setCurrentIndex(0) if hasattr(page, "cb_unit") else None
    wait_loaded(page)
    assert page.select_pegawai(pegawai_id)
    ed = page.editor
    qtbot.waitUntil(lambda: ed.detail is not None and ed.detail.skp_id == skp_id)
    ed.tbl.selectRow(next(r for r, iid in ed._row_ind.items() if iid == ind))
    assert ed.panel_ukuran.isVisible() and "dihitung dari SKM" in ed.panel_ukuran.lbl.text()
    _shot(win, "penilaian_window_1366x768.png")
