"""GUI: every field a role cannot change looks read-only and says who fills it; finalisation lists
empty realisasi; an admin's change of the penilai's rating asks for a reason and shows on the editor."""

from __future__ import annotations

import pytest
from penilaian_helpers import Kantor

from asn_desktop.domain.enums import Predikat, Rating, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.context import Actor, AppContext


def _editor(qtbot, ctx: AppContext, k: Kantor, pid: int):  # noqa: ANN001, ANN202
    from asn_desktop.ui.penilaian.editor import EvaluasiEditor

    ed = EvaluasiEditor(ctx)
    qtbot.addWidget(ed)
    ed.resize(1000, 700)
    ed.load(k.skp[pid], k.tw1)
    return ed


def _grey(w) -> bool:  # noqa: ANN001
    return bool(w.property("hanya_baca")) and "background-color" in w.styleSheet()


def test_penilai_sees_realisasi_as_read_only_and_rates(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[0]
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    ed = _editor(qtbot, penilai, kantor_kecil, pid)
    assert ed.detail.hak.nilai and not ed.detail.hak.isi_realisasi
    for w in (ed.ed_realisasi, ed.ed_angka, ed.ed_rencana):
        assert w.isReadOnly() and _grey(w) and "Diisi oleh pegawai" in w.toolTip()
    assert not ed.btn_bukti_file.isEnabled() and "Diisi oleh pegawai" in ed.btn_bukti_file.toolTip()
    assert ed.cb_ub_ind.isEnabled() and ed.rg_hasil.buttons[Rating.SESUAI].isEnabled()
    assert not ed.ed_catatan.isReadOnly() and not _grey(ed.ed_catatan)
    # rating with empty realisasi: allowed, warned, listed
    ed.rg_hasil.buttons[Rating.SESUAI].click()
    ed.rg_perilaku.buttons[Rating.SESUAI].click()
    assert not ed.lbl_realisasi_kosong.isHidden()
    assert "2 indikator" in ed.lbl_realisasi_kosong.text()
    assert "A.1 Kuantitas — Jumlah laporan" in ed.lbl_realisasi_kosong.text()
    assert ed.save() and ed.detail.predikat is Predikat.BAIK
    # finalising is refused with the list
    ed.finalisasi()
    box = ed.dlg_tolak
    assert box.isVisible() and "2 indikator belum berisi realisasi" in box.text()
    assert "A.1 Kualitas — Persentase laporan tanpa revisi" in box.informativeText()
    box.close()
    assert not ed.detail.final


def test_employee_and_operator_fill_realisasi_but_not_ratings(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    pid = kantor_kecil.staf[1]
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "staf02")
    ed = _editor(qtbot, pegawai, kantor_kecil, pid)
    assert not ed.ed_realisasi.isReadOnly() and not _grey(ed.ed_realisasi)
    assert not ed.rg_hasil.buttons[Rating.SESUAI].isEnabled()
    assert "Diisi oleh pejabat penilai" in ed.rg_hasil.buttons[Rating.SESUAI].toolTip()
    assert not ed.cb_ub_ind.isEnabled() and "Diisi oleh pejabat penilai" in ed.cb_ub_ind.toolTip()
    assert ed.ed_catatan.isReadOnly() and _grey(ed.ed_catatan)
    fb = ed.perilaku_rows["akuntabel"][3]
    assert not fb.isEnabled() and "pejabat penilai" in fb.toolTip()
    ed.ed_realisasi.setText("Tiga laporan bulanan")
    assert ed.save()
    assert ed.detail.indikator()[0].realisasi == "Tiga laporan bulanan"

    operator = kantor_kecil.ctx.as_actor(Actor(5, "operator", Role.OPERATOR, None, "Operator"))
    ed2 = _editor(qtbot, operator, kantor_kecil, pid)
    assert ed2.detail.hak.isi_realisasi and not ed2.detail.hak.nilai
    assert not ed2.ed_angka.isReadOnly()
    assert ed2.ed_diri.isHidden() or (ed2.ed_diri.isReadOnly() and _grey(ed2.ed_diri))
    assert not ed2.rg_hasil.buttons[Rating.DI_ATAS].isEnabled()


def test_admin_override_asks_a_reason_and_the_change_shows(qtbot, kantor_kecil: Kantor,  # noqa: ANN001
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pid = kantor_kecil.staf[2]
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    eid = ev.ensure_evaluasi(penilai, kantor_kecil.skp[pid], kantor_kecil.tw1)
    ev.set_penilaian(penilai, eid, "di_atas", "di_atas")
    admin = kantor_kecil.ctx.as_actor(Actor(9, "admin", Role.ADMIN, None, "Admin Kecamatan"))
    ed = _editor(qtbot, admin, kantor_kecil, pid)
    assert ed.lbl_perubahan.isHidden()
    asked: list[tuple] = []
    monkeypatch.setattr(ed, "minta_alasan_perubahan", lambda a, b: asked.append((a, b)) or None)
    ed.rg_hasil.buttons[Rating.SESUAI].click()
    ed.rg_perilaku.buttons[Rating.SESUAI].click()
    assert not ed.save()  # cancelled: nothing written
    assert asked == [((Rating.DI_ATAS, Rating.DI_ATAS), (Rating.SESUAI, Rating.SESUAI))]
    assert ev.get_evaluasi(admin, eid).predikat is Predikat.SANGAT_BAIK
    monkeypatch.setattr(ed, "minta_alasan_perubahan", lambda a, b: "Dua laporan terlambat (klarifikasi)")
    assert ed.save()
    assert not ed.lbl_perubahan.isHidden()
    assert "diubah oleh Admin Kecamatan" in ed.lbl_perubahan.text()
    assert "alasan: Dua laporan terlambat (klarifikasi)" in ed.lbl_perubahan.text()
    for who in (penilai, kantor_kecil.as_role(Role.PEGAWAI, pid, "staf03")):
        other = _editor(qtbot, who, kantor_kecil, pid)
        assert not other.lbl_perubahan.isHidden()
        assert "Di Atas Ekspektasi / Di Atas Ekspektasi (Sangat Baik)" in other.lbl_perubahan.text()


def test_reason_dialog_needs_five_characters(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from asn_desktop.ui.penilaian.editor import AlasanPerubahanDialog

    dlg = AlasanPerubahanDialog("Di Atas / Di Atas (Sangat Baik)", "Sesuai / Sesuai (Baik)", "Kepala Seksi")
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dlg.ed.setPlainText("  abc ")
    assert not ok.isEnabled()
    dlg.ed.setPlainText("Bukti dukung tidak lengkap")
    assert ok.isEnabled() and dlg.alasan() == "Bukti dukung tidak lengkap"


def test_360_form_of_a_final_evaluation_looks_locked(qtbot, kantor_kecil: Kantor) -> None:  # noqa: ANN001
    """The service refuses 360° input on a final evaluation; the form must not look open."""
    from penilaian_helpers import isi_realisasi

    from asn_desktop.ui.penilaian.editor import Isi360Dialog

    pid, rekan = kantor_kecil.staf[3], kantor_kecil.staf[4]
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
    ev.request_masukan_360(kantor_kecil.ctx, eid, [(rekan, "rekan")])
    giver = kantor_kecil.as_role(Role.PEGAWAI, rekan, "staf05")
    dlg = Isi360Dialog(giver, ev.list_my_permintaan_360(giver))
    qtbot.addWidget(dlg)
    cb, ed = dlg.rows["akuntabel"]
    assert cb.isEnabled() and not ed.isReadOnly() and dlg.btn_kirim.isEnabled()
    isi_realisasi(kantor_kecil.ctx, eid, kantor_kecil.indikator[kantor_kecil.skp[pid]])
    ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai")
    ev.finalize_evaluasi(kantor_kecil.ctx, eid, "Kupang, 1 April 2026")
    dlg2 = Isi360Dialog(giver, ev.list_my_permintaan_360(giver))
    qtbot.addWidget(dlg2)
    cb, ed = dlg2.rows["akuntabel"]
    assert not cb.isEnabled() and ed.isReadOnly() and "background-color" in ed.styleSheet()
    assert "sudah final" in ed.toolTip() and "sudah final" in dlg2.lbl_state.text()
    assert not dlg2.btn_kirim.isEnabled() and not dlg2.chk_anonim.isEnabled()
