"""Binding an indicator to a measure in the RHK form (screenshot at 1366×768)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from asn_desktop.domain.ukuran import IkatanUkuran
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.ui import ukuran as ui_ukuran
from asn_desktop.ui.skp import rhk_dialog
from asn_desktop.ui.skp.rhk_dialog import RhkDialog

from skp_helpers import Fresh
from testkit import shot_dir


def test_rhk_form_binds_an_indicator_to_a_measure(qtbot, demo_ctx: AppContext, fresh: Fresh,  # noqa: ANN001
                                                  monkeypatch) -> None:  # noqa: ANN001
    out = shot_dir("h14b")
    out.mkdir(parents=True, exist_ok=True)
    dlg = RhkDialog(demo_ctx, S.get_skp(demo_ctx, fresh.skp_id))
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.show()
    dlg.ed_teks.setPlainText("Meningkatnya mutu pelayanan surat keterangan di loket kecamatan")
    t = dlg.indicators.table
    t.item(0, 1).setText("")
    t.item(1, 1).setText("Persentase data tanpa revisi")
    t.item(1, 2).setText("95")
    t.item(1, 4).setText("%")
    t.item(2, 1).setText("Waktu penyelesaian")
    t.item(2, 2).setText("1")
    t.item(2, 4).setText("hari kerja")

    # the dialog itself: measure, scope, service type, with what the measure means
    d = ui_ukuran.IkatanDialog(None, ["KTP", "Surat keterangan"], dlg)
    qtbot.addWidget(d)
    d.cmb_ukuran.setCurrentIndex(d.cmb_ukuran.findData("ikm_layanan"))
    assert [d.cmb_lingkup.itemData(i) for i in range(d.cmb_lingkup.count())] == ["unit", "kecamatan"]
    d.cmb_jenis.setEditText("Surat keterangan")
    d.show()
    d.grab().save(str(out / "ikatan_dialog.png"))
    assert d.ikatan() == IkatanUkuran("ikm_layanan", "unit", "Surat keterangan")
    d.cmb_ukuran.setCurrentIndex(d.cmb_ukuran.findData("rata_respon_pengaduan"))
    assert not d.cmb_jenis.isEnabled() and d.ikatan().jenis == ""

    chosen = iter([(True, IkatanUkuran("ikm_layanan", "unit", "Surat keterangan")),
                   (True, IkatanUkuran("persen_tepat_waktu", "pegawai"))])
    monkeypatch.setattr(rhk_dialog, "pilih_ikatan", lambda *_a: next(chosen))
    t.setCurrentCell(0, 1)
    dlg.indicators.btn_ukur.click()
    assert t.item(0, 1).text().startswith("IKM layanan") and t.item(0, 4).text() == "nilai"
    t.item(0, 2).setText("82")
    dlg.indicators.pilih_ukuran(2)  # double-click on the column does the same
    assert "% layanan selesai tepat waktu" in t.item(2, 6).text() and t.item(2, 4).text() == "%"
    t.item(2, 2).setText("95")
    dlg.grab().save(str(out / "rhk_terukur_1366x768.png"))
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    r = S.get_skp(demo_ctx, fresh.skp_id).rhk[-1]
    assert [i.ikatan for i in r.indikator] == [IkatanUkuran("ikm_layanan", "unit", "Surat keterangan"), None,
                                               IkatanUkuran("persen_tepat_waktu", "pegawai")]
