"""Trust in the GUI: the office key in Pengaturan, the trust dialog with the fingerprint
to compare by phone, the office state view with an audited reset, a refused package. Screenshots
go to /tmp/shots/h19a when that folder is wanted (ASN_SHOTS=1), never into the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.services import kunci_kantor as K
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.pengaturan.identitas import IdentitasTab
from asn_desktop.ui.sinkronisasi import dialogs

SHOTS = Path("/tmp/shots/h19a")


def shot(widget, name: str) -> None:
    QApplication.processEvents()
    if os.environ.get("ASN_SHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def kab(tmp_path) -> AppContext:
    ctx = AppContext(open_database(tmp_path / "kabupaten.db"), Actor.system("admin"))
    yield ctx
    ctx.db.dispose()


def test_pengaturan_shows_the_office_fingerprint_and_rotates_with_a_reason(qtbot, demo_ctx, monkeypatch) -> None:
    tab = IdentitasTab(demo_ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.load()
    tab.show()
    assert tab.lbl_key.text() == "belum ada" and tab.btn_key_new.isVisible()
    tab.create_key()
    key = K.office_key(demo_ctx)
    assert tab.lbl_key.text() == key.sidik_jari and tab.btn_key_rotate.isVisible()
    shot(tab, "01-pengaturan-sidik-jari")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("laptop kantor hilang", True))
    tab.rotate_key()
    assert tab.lbl_key.text() == K.office_key(demo_ctx).sidik_jari != key.sidik_jari


def test_trust_dialog_refusal_and_office_state(qtbot, demo_ctx, kab, tmp_path, monkeypatch) -> None:
    pkg_path = tmp_path / "paket-maulafa.xlsx"
    P.export_results(demo_ctx, pkg_path, 2026)
    fp = K.office_key(demo_ctx).sidik_jari
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dlg = dialogs.ResultsImportDialog(kab, None, [pkg_path])
    qtbot.addWidget(dlg)
    dlg.show()
    seen: list[dialogs.TrustOfficeDialog] = []

    def refuse(self) -> int:  # first: the admin cannot reach the office, so does not trust
        seen.append(self)
        assert not self.btn_trust.isEnabled()  # only after ticking "compared by phone"
        self.resize(620, 300)
        self.show()
        shot(self, "02-dialog-percayai-kunci")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs.TrustOfficeDialog, "exec", refuse)
    dlg.check()
    assert seen and seen[0].lbl_fp.text() == fp
    assert not dlg.report.accepted and not dlg.btn_apply.isEnabled()
    assert fp in dlg.tbl_pkg.item(0, 9).text() and "belum dikenal" in dlg.tbl_pkg.item(0, 9).text()
    shot(dlg, "03-paket-ditolak-kantor-belum-dikenal")

    def accept(self) -> int:
        self.chk.setChecked(True)
        assert self.btn_trust.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.TrustOfficeDialog, "exec", accept)
    dlg.check()
    assert dlg.report.accepted and dlg.btn_apply.isEnabled()
    dlg.apply()
    with kab.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Pegawai)) == 40

    state = dialogs.OfficeStateDialog(kab)
    qtbot.addWidget(state)
    state.show()
    assert state.tbl.rowCount() == 1 and state.tbl.item(0, 2).text() == fp and state.tbl.item(0, 3).text() == "2026: 1"
    shot(state, "04-status-kantor-pengirim")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("kunci dipercaya keliru", True))
    state.reset_selected()
    assert state.tbl.rowCount() == 0 and K.list_offices(kab) == []

    # an altered package: refused whatever the admin does, with a clear message
    import openpyxl

    wb = openpyxl.load_workbook(pkg_path)
    ws = wb["Evaluasi"]
    header = [c.value for c in ws[1]]
    col = header.index("Rating Hasil Kerja") + 1
    r = next(i for i in range(2, ws.max_row + 1) if ws.cell(i, col).value == "Sesuai Ekspektasi")
    ws.cell(r, col).value = "Di Atas Ekspektasi"
    wb.save(tmp_path / "paket-diubah.xlsx")
    dlg2 = dialogs.ResultsImportDialog(kab, None, [tmp_path / "paket-diubah.xlsx"])
    qtbot.addWidget(dlg2)
    dlg2.show()
    monkeypatch.setattr(dialogs.TrustOfficeDialog, "exec", lambda self: pytest.fail("never offered"))
    dlg2.check()
    assert "diubah setelah ditandatangani" in dlg2.tbl_pkg.item(0, 9).text()
    assert dlg2.tbl_pkg.item(0, 4).text() == "TIDAK sah" and not dlg2.btn_apply.isEnabled()
    shot(dlg2, "05-paket-diubah-ditolak")
