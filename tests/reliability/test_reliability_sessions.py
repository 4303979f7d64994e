"""Sessions on a shared office PC: an account an admin deactivated, demoted or
re-passworded stops writing at once; Berkas › Kunci / Ganti pengguna and the idle lock."""

from __future__ import annotations

import os

import pytest
from reliability_helpers import PASSWORDS, Kantor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from asn_desktop.domain.enums import Role
from asn_desktop.services import akun
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import SesiBerakhir
from asn_desktop.services.settings import get_kunci_menit, set_kunci_menit
from asn_desktop.ui import login as login_ui


@pytest.fixture(autouse=True)
def _no_lock_left():
    yield
    login_ui.release_instance_lock()


def _shot(widget, name: str) -> None:
    folder = os.environ.get("ASN_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def _logged_in(kantor_berakun: Kantor, role: str) -> AppContext:
    return kantor_berakun.ctx.as_actor(akun.login(kantor_berakun.ctx, role, PASSWORDS[role]))


def _own_skp_write(ctx: AppContext, tahun: int) -> None:
    """Any ordinary write of the logged-in employee: a new SKP of their own."""
    S.create_skp(ctx, ctx.actor.pegawai_id, tahun)


@pytest.mark.parametrize("change", ["nonaktif", "peran", "sandi"])
def test_a_changed_account_is_refused_at_its_next_write(kantor_berakun: Kantor, change: str) -> None:
    penilai = _logged_in(kantor_berakun, "penilai")
    _own_skp_write(penilai, 2031)  # works while the account is as it was
    admin = kantor_berakun.as_("admin")
    uid = penilai.actor.user_id
    if change == "nonaktif":
        akun.atur_aktif(admin, uid, False)
    elif change == "peran":
        akun.ubah_pengguna(admin, uid, nama="Penilai", role=Role.PEGAWAI, pegawai_id=penilai.actor.pegawai_id)
    else:
        akun.reset_password(admin, uid, "Baru-dari-admin-1")
    with pytest.raises(SesiBerakhir, match="masuk lagi"):
        _own_skp_write(penilai, 2032)
    assert penilai.session_problem() is not None
    with kantor_berakun.ctx.read() as s:  # nothing of the refused write is there
        from asn_desktop.db.models import Skp

        assert s.query(Skp).filter_by(pegawai_id=penilai.actor.pegawai_id, tahun=2032).count() == 0


def test_own_password_change_keeps_the_session_and_ends_the_others(kantor_berakun: Kantor) -> None:
    here = _logged_in(kantor_berakun, "pegawai")
    there = _logged_in(kantor_berakun, "pegawai")  # the same account on another PC
    here.actor = akun.ganti_password(here, PASSWORDS["pegawai"], "Sandi-baru-2027")
    assert here.session_problem() is None
    assert "kata sandinya" in (there.session_problem() or "")
    with pytest.raises(SesiBerakhir):
        akun.ganti_password(there, "Sandi-baru-2027", "Sandi-lain-2028")


# --------------------------------------------------------------------------- GUI


def _window(qtbot, ctx: AppContext):
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


def test_revoked_account_returns_the_window_to_the_login(qtbot, kantor_berakun: Kantor) -> None:
    win = _window(qtbot, _logged_in(kantor_berakun, "penilai"))
    assert win.check_session() and not win.is_locked
    akun.atur_aktif(kantor_berakun.as_("admin"), win.actor.user_id, False)
    assert not win.check_session()
    ls = win.lock_screen
    assert win.is_locked and ls.mode == ls.GANTI and "dinonaktifkan" in ls.lbl_msg.text()
    assert not win.menuBar().isEnabled()
    _shot(win, "login_after_revoked.png")
    ls.ed_pw.setText(PASSWORDS["penilai"])  # the deactivated account cannot come back in
    ls.submit()
    assert win.is_locked and ls.lbl_msg.isVisible()
    ls.ed_user.setText("admin")
    ls.ed_pw.setText(PASSWORDS["admin"])
    ls.submit()
    assert not win.is_locked and win.actor.username == "admin"
    assert "Pengguna: admin" in win.lbl_user.text()
    assert [win.nav.item(i).text() for i in range(win.nav.count())][-1] == "Pengaturan"
    assert win.nav.count() == 7  # the admin's areas (with Layanan Publik), rebuilt


def test_a_refused_write_in_any_area_goes_back_to_the_login(qtbot, kantor_berakun: Kantor) -> None:
    from asn_desktop.ui.errors import show_error

    win = _window(qtbot, _logged_in(kantor_berakun, "pegawai"))
    page = win.goto("skp")
    akun.atur_aktif(kantor_berakun.as_("admin"), win.actor.user_id, False)
    with pytest.raises(SesiBerakhir) as exc:
        _own_skp_write(win.ctx, 2033)
    show_error(page, exc.value)  # what every area does with a refused write
    assert win.is_locked and "dinonaktifkan" in win.lock_screen.lbl_msg.text()


def test_lock_keeps_the_window_and_opens_only_for_the_same_user(qtbot, kantor_berakun: Kantor) -> None:
    win = _window(qtbot, _logged_in(kantor_berakun, "operator"))
    page = win.goto("pegawai")
    dlg = QDialog(page)  # a dialog left open when the user walked away
    QVBoxLayout(dlg).addWidget(QLabel("Data rahasia"))
    dlg.show()
    win.act_lock.trigger()
    assert win.act_lock.shortcut().toString() == "Ctrl+L"
    ls = win.lock_screen
    assert win.is_locked and ls.mode == ls.KUNCI and not dlg.isVisible()
    assert ls.ed_user.text() == "operator" and ls.ed_user.isReadOnly()
    _shot(win, "lock_screen.png")
    ls.ed_pw.setText(PASSWORDS["admin"])  # someone else's password does not open it
    ls.submit()
    assert win.is_locked and "salah" in ls.lbl_msg.text()
    ls.ed_pw.setText(PASSWORDS["operator"])
    ls.submit()
    assert not win.is_locked and dlg.isVisible()
    assert win.page("pegawai") is page and win.stack.currentWidget() is page  # state kept
    assert win.actor.username == "operator"


def test_switch_user_rebuilds_the_areas_for_the_new_actor(qtbot, kantor_berakun: Kantor) -> None:
    win = _window(qtbot, _logged_in(kantor_berakun, "admin"))
    win.goto("pengaturan")
    m = win.menu_file
    assert [a.text() for a in m.actions() if a.text()] == ["&Ganti pengguna…", "K&unci", "&Keluar"]
    m.popup(win.mapToGlobal(win.rect().topLeft()))
    _shot(m, "menu_berkas.png")
    m.hide()
    win.act_switch.trigger()
    ls = win.lock_screen
    assert win.is_locked and ls.mode == ls.GANTI and not ls.ed_user.isReadOnly()
    ls.ed_user.setText("pegawai")
    ls.ed_pw.setText(PASSWORDS["pegawai"])
    ls.submit()
    assert not win.is_locked and win.actor.role == Role.PEGAWAI
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == ["SKP", "Penilaian", "Pengaturan"]
    page = win.goto("skp")
    assert page.ctx.actor.username == "pegawai"


def test_idle_lock_after_the_configured_minutes(qtbot, kantor_berakun: Kantor) -> None:
    assert get_kunci_menit(kantor_berakun.ctx) == 10  # the default
    win = _window(qtbot, _logged_in(kantor_berakun, "penilai"))
    assert win.idle.minutes == 10
    # "now" is given relative to the last input the watcher saw (no event runs in between)
    assert not win.idle.check(win.idle.last_input + 9 * 60) and not win.is_locked
    assert win.idle.check(win.idle.last_input + 10 * 60) and win.is_locked
    win.lock_screen.ed_pw.setText(PASSWORDS["penilai"])
    win.lock_screen.submit()
    assert not win.is_locked
    admin = _window(qtbot, _logged_in(kantor_berakun, "admin"))
    tab = admin.goto("pengaturan").show_tab("keamanan")
    tab.spin_menit.setValue(0)
    tab.btn_save.click()
    assert get_kunci_menit(kantor_berakun.ctx) == 0 and admin.idle.minutes == 0
    assert not admin.idle.check(admin.idle.last_input + 10_000 * 60)
    _shot(admin, "pengaturan_keamanan.png")
    with pytest.raises(Exception, match="240"):
        set_kunci_menit(kantor_berakun.as_("admin"), 10_000)
    with pytest.raises(Exception, match="tidak berhak"):
        set_kunci_menit(kantor_berakun.as_("operator"), 1)


def test_switch_user_while_a_modal_dialog_waits_closes_it_cleanly(qtbot, kantor_berakun: Kantor) -> None:
    from PySide6.QtCore import QTimer

    win = _window(qtbot, _logged_in(kantor_berakun, "admin"))
    page = win.goto("pegawai")
    dlg = QDialog(page)
    dlg.setModal(True)
    seen: list[bool] = []

    def while_open() -> None:  # runs inside dlg.exec(): the next person takes over the PC
        win.act_switch.trigger()
        seen.append(dlg.isVisible())
        win.lock_screen.ed_user.setText("pegawai")
        win.lock_screen.ed_pw.setText(PASSWORDS["pegawai"])
        win.lock_screen.submit()

    QTimer.singleShot(0, while_open)
    assert dlg.exec() == QDialog.DialogCode.Rejected
    assert seen == [False]
    qtbot.waitUntil(lambda: win.actor.username == "pegawai" and not win.is_locked)
    QApplication.processEvents()
    assert win.page("pegawai") is None and win.goto("skp").ctx.actor.username == "pegawai"


def test_own_password_change_in_pengaturan_keeps_working(qtbot, kantor_berakun: Kantor, monkeypatch) -> None:
    from asn_desktop.ui.login import ChangePasswordDialog

    win = _window(qtbot, _logged_in(kantor_berakun, "penilai"))
    win.goto("pengaturan").show_tab("akun")

    def change_exec(dlg: ChangePasswordDialog) -> int:
        dlg.ed_old.setText(PASSWORDS["penilai"])
        dlg.ed_new1.setText("Baru-milik-saya-9")
        dlg.ed_new2.setText("Baru-milik-saya-9")
        dlg._save()
        return dlg.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", change_exec)
    win.page("pengaturan").tab_widgets["akun"].change_password()
    assert win.check_session() and not win.is_locked  # the window goes on with the new password
    _own_skp_write(win.ctx, 2034)
