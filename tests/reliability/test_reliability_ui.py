"""Login, Pengaturan tabs, role-mirrored UI and the crash dialog, driven offscreen."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from reliability_helpers import PASSWORDS, Kantor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from asn_desktop.db import backup as fb
from asn_desktop.services import akun, audit, cadangan
from asn_desktop.services.context import AppContext
from asn_desktop.services.settings import get_office, get_setting
from asn_desktop.ui import login as login_ui
from asn_desktop.ui.jobs import wait_for_jobs


@pytest.fixture(autouse=True)
def _no_lock_left():
    yield
    login_ui.release_instance_lock()


# --------------------------------------------------------------------------- login


def test_first_start_asks_for_admin_password_twice_then_logs_in(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def first_exec(dlg: login_ui.FirstAdminDialog) -> int:
        seen.append("admin")
        dlg.ed_pw1.setText("Kantor-rahasia-1")
        dlg.ed_pw2.setText("Kantor-rahasia")
        assert not dlg.btn_ok.isEnabled() and "belum sama" in dlg.lbl_hint.text()
        dlg.ed_pw2.setText("Kantor-rahasia-1")
        assert dlg.btn_ok.isEnabled()
        dlg.btn_ok.click()
        return dlg.result()

    def login_exec(dlg: login_ui.LoginDialog) -> int:
        seen.append("login:" + dlg.ed_user.text())
        assert dlg.ed_pw.hasFocus() or not dlg.isVisible()
        dlg.ed_pw.setText("Kantor-rahasia-1")
        dlg.btn_ok.click()
        return dlg.result()

    monkeypatch.setattr(login_ui.FirstAdminDialog, "exec", first_exec)
    monkeypatch.setattr(login_ui.LoginDialog, "exec", login_exec)
    actor = login_ui.login(ctx)
    assert seen == ["admin", "login:admin"]
    assert actor is not None and actor.role.value == "admin" and actor.user_id is not None
    assert QApplication.instance().property("asn_user") == "admin (Admin)"


def test_cancelling_first_admin_or_login_closes_the_app(qtbot, ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(login_ui.FirstAdminDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    assert login_ui.login(ctx) is None
    assert not akun.ada_akun(ctx)


def test_login_dialog_wrong_password_then_lockout_message(qtbot, kantor_berakun: Kantor) -> None:
    dlg = login_ui.LoginDialog(kantor_berakun.ctx, None, "penilai")
    qtbot.addWidget(dlg)
    assert "Kecamatan Maulafa" in dlg.findChildren(type(dlg.lbl_msg))[0].text()
    for _ in range(akun.LOCK_AFTER - 1):
        dlg.ed_pw.setText("keliru-keliru")
        dlg.btn_ok.click()
        assert dlg.result() != QDialog.DialogCode.Accepted
        assert "salah" in dlg.lbl_msg.text() and dlg.ed_pw.text() == ""
    dlg.ed_pw.setText("keliru-keliru")
    dlg.btn_ok.click()
    assert "terkunci" in dlg.lbl_msg.text() and "admin" in dlg.lbl_msg.text()
    assert "#fff4e0" in dlg.lbl_msg.styleSheet()  # the lock message looks different from a typo
    dlg.ed_pw.setText(PASSWORDS["penilai"])
    dlg.btn_ok.click()
    assert dlg.actor is None and "terkunci" in dlg.lbl_msg.text()


def test_reset_password_forces_a_new_one_at_login(qtbot, kantor_berakun: Kantor, monkeypatch) -> None:
    admin = kantor_berakun.as_("admin")
    uid = akun.cari_pengguna(admin, "pegawai").id
    akun.reset_password(admin, uid, "Dari-admin-123")

    def login_exec(dlg: login_ui.LoginDialog) -> int:
        dlg.ed_user.setText("pegawai")
        dlg.ed_pw.setText("Dari-admin-123")
        dlg.btn_ok.click()
        return dlg.result()

    def change_exec(dlg: login_ui.ChangePasswordDialog) -> int:
        assert dlg.forced_old == "Dari-admin-123"
        dlg.ed_new1.setText("Hanya-saya-2026")
        dlg.ed_new2.setText("Hanya-saya-2026")
        dlg.findChild(login_ui.QDialogButtonBox).accepted.emit()
        return dlg.result()

    monkeypatch.setattr(login_ui.LoginDialog, "exec", login_exec)
    monkeypatch.setattr(login_ui.ChangePasswordDialog, "exec", change_exec)
    actor = login_ui.login(kantor_berakun.ctx)
    assert actor is not None and actor.username == "pegawai"
    assert akun.login(kantor_berakun.ctx, "pegawai", "Hanya-saya-2026").user_id == uid


# --------------------------------------------------------------------------- roles mirrored in the UI

EXPECTED_AREAS = {
    "admin": ["Pegawai", "Kinerja Saya", "SKP", "Penilaian", "Laporan", "Karier", "Layanan Publik",
              "Register Layanan", "Rapat & Pembinaan", "Sinkronisasi Excel", "Pengaturan"],
    "operator": ["Pegawai", "SKP", "Laporan", "Karier", "Layanan Publik", "Register Layanan", "Sinkronisasi Excel",
                 "Pengaturan"],
    "penilai": ["Pegawai", "Kinerja Saya", "SKP", "Penilaian", "Laporan", "Layanan Publik", "Register Layanan",
                "Rapat & Pembinaan", "Pengaturan"],
    "pegawai": ["Kinerja Saya", "SKP", "Penilaian", "Rapat & Pembinaan", "Pengaturan"],
}
EXPECTED_TABS = {
    "admin": ["Identitas Kantor", "Akun Saya", "Pengguna", "Cadangan", "Log Audit", "Bahasa", "Keamanan"],
    "operator": ["Identitas Kantor", "Akun Saya", "Cadangan", "Bahasa"],
    "penilai": ["Identitas Kantor", "Akun Saya", "Bahasa"],
    "pegawai": ["Akun Saya", "Bahasa"],
}


@pytest.mark.parametrize("role", list(EXPECTED_AREAS))
def test_main_window_and_settings_show_only_what_the_role_may_use(qtbot, kantor_berakun: Kantor, role: str) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(kantor_berakun.as_(role))
    qtbot.addWidget(win)
    areas = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert areas == EXPECTED_AREAS[role]
    page = win.goto("pengaturan")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == EXPECTED_TABS[role]
    if role == "operator":
        ident = page.show_tab("identitas")
        assert ident.edits["nama_kantor"].isReadOnly() and not ident.btn_save.isVisibleTo(ident)
        cad = page.show_tab("cadangan")
        assert not cad.btn_restore_file.isEnabled()  # restore is admin-only
        assert not page.show_tab("bahasa").btn_apply.isEnabled()


# --------------------------------------------------------------------------- Pengaturan tabs


@pytest.fixture
def settings_page(qtbot, kantor_berakun: Kantor):  # type: ignore[no-untyped-def]
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(kantor_berakun.as_("admin"))
    qtbot.addWidget(win)
    win.show()
    return win, win.goto("pengaturan")


def test_identity_tab_saves_and_checks_the_camat_supervisor_nip(settings_page, kantor_berakun: Kantor) -> None:
    win, page = settings_page
    tab = page.show_tab("identitas")
    assert tab.edits["nama_kantor"].text() == "Kecamatan Maulafa" and not tab.btn_save.isEnabled()
    tab.edits["atasan_camat_nip"].setText("1975051220")
    assert "NIP atasan" in tab.lbl_nip.text() and not tab.btn_save.isEnabled()
    tab.edits["atasan_camat_nip"].setText("197505122000031003")
    tab.edits["nama_kantor"].setText("  Kecamatan   Maulafa Baru ")
    assert tab.btn_save.isEnabled()
    tab.btn_save.click()
    assert get_office(kantor_berakun.ctx).nama_kantor == "Kecamatan Maulafa Baru"
    assert "disimpan" in win.statusBar().currentMessage()
    assert "Kecamatan Maulafa Baru" in win.windowTitle()


def test_users_tab_add_deactivate_unlock(settings_page, kantor_berakun: Kantor, monkeypatch) -> None:
    from asn_desktop.ui.pengaturan import akun as pg

    win, page = settings_page
    tab = page.show_tab("pengguna")
    assert tab.model.rowCount() == 4

    def add_exec(dlg: pg.UserDialog) -> int:
        dlg.ed_user.setText("sekcam")
        dlg.ed_nama.setText("Sekretaris Camat")
        dlg.cb_role.setCurrentIndex(dlg.cb_role.findData("penilai"))
        dlg.ed_pw1.setText("Sekcam-2026")
        dlg.ed_pw2.setText("Sekcam-2026")
        dlg._save()
        assert "harus ditautkan" in dlg.lbl_msg.text()  # a Penilai needs an employee
        dlg.cb_pegawai.setCurrentIndex(dlg.cb_pegawai.findData(kantor_berakun.bawahan_id))
        dlg._save()
        return dlg.result()

    monkeypatch.setattr(pg.UserDialog, "exec", add_exec)
    tab.btn_add.click()
    users = {tab.model.item(r, 0).text(): r for r in range(tab.model.rowCount())}
    assert "sekcam" in users and tab.selected().username == "sekcam"
    assert tab.model.item(users["sekcam"], 3).text() != "—"  # linked employee shown
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.btn_active.click()
    assert not akun.cari_pengguna(kantor_berakun.as_("admin"), "sekcam").aktif
    for _ in range(akun.LOCK_AFTER):
        with pytest.raises(akun.LoginGagal):
            akun.login(kantor_berakun.ctx, "operator", "salah-terus")
    tab.load()
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "operator")
    tab.view.selectRow(row)
    assert "terkunci" in tab.proxy.index(row, 4).data() and tab.btn_unlock.isEnabled()
    tab.btn_unlock.click()
    assert not akun.cari_pengguna(kantor_berakun.as_("admin"), "operator").terkunci
    tab.ed_search.setText("sekre")
    assert tab.proxy.rowCount() == 1


@pytest.mark.sqlite_only  # file backups
def test_backup_tab_backup_now_then_restore_with_confirmation(qtbot, settings_page, kantor_berakun: Kantor,
                                                              monkeypatch) -> None:
    from asn_desktop.ui.pengaturan import akun as pg

    win, page = settings_page
    tab = page.show_tab("cadangan")
    assert tab.model.rowCount() == 0 and "folder bawaan" in tab.lbl_folder.text()
    tab.btn_backup.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    assert tab.model.item(0, 1).text() == "Manual" and "Cadangan dibuat" in win.statusBar().currentMessage()
    office = get_office(kantor_berakun.ctx)
    office.nama_kantor = "Sesudah Cadangan"
    from asn_desktop.services.settings import set_office

    set_office(kantor_berakun.ctx, office)
    restarted: list[object] = []
    from asn_desktop.ui.pengaturan import common

    monkeypatch.setattr(common, "RESTART", lambda w: restarted.append(w))
    confirm: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        confirm.append(box.informativeText())
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tab.view.selectRow(0)
    tab.btn_restore.click()
    qtbot.waitUntil(lambda: bool(restarted), timeout=30_000)
    wait_for_jobs()
    assert "Kecamatan Maulafa" in confirm[0] and "Pegawai: 40" in confirm[0]
    assert get_office(kantor_berakun.ctx).nama_kantor == "Kecamatan Maulafa"
    kinds = sorted(b.alasan for b in fb.list_backups(kantor_berakun.ctx.db.path.parent / "backups"))
    assert kinds == ["manual", "sebelum-pulihkan"]
    win.skip_exit_backup = True


def test_backup_restore_refusal_is_shown_and_nothing_changes(qtbot, settings_page, kantor_berakun: Kantor, tmp_path,
                                                             monkeypatch) -> None:
    win, page = settings_page
    tab = page.show_tab("cadangan")
    bad = tmp_path / "bukan.db"
    bad.write_text("bukan basis data " * 100)
    errors: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.QMessageBox.exec", lambda box: errors.append(box.text()) or 0)
    tab.restore(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "bukan basis data SQLite" in errors[0] and str(bad) in errors[0]
    assert get_office(kantor_berakun.ctx).nama_kantor == "Kecamatan Maulafa"


def test_audit_tab_filters_detail_and_export(qtbot, settings_page, kantor_berakun: Kantor, tmp_path: Path) -> None:
    win, page = settings_page
    with pytest.raises(akun.LoginGagal):
        akun.login(kantor_berakun.ctx, "operator", "salah-sekali")
    tab = page.show_tab("audit")
    total = tab.total
    assert total == audit.cari_audit(kantor_berakun.as_("admin")).total and tab.model.rowCount() == total
    tab.cb_aksi.setCurrentIndex(tab.cb_aksi.findData("akun."))
    tab.reload()
    assert tab.model.rowCount() and all(e.aksi.startswith("akun.") for e in tab.model.rows)
    tab.ed_teks.setText("Gagal masuk")
    tab.reload()
    assert [e.username for e in tab.model.rows] == ["operator"]
    tab.view.selectRow(0)
    assert "Gagal masuk (1×)" in tab.detail.toPlainText()
    assert "Menampilkan 1 dari 1" in tab.lbl_count.text()
    out = tmp_path / "audit.xlsx"
    tab.export_to(out)
    qtbot.waitUntil(out.exists, timeout=20_000)
    wait_for_jobs()
    from openpyxl import load_workbook

    assert load_workbook(out).active.max_row == 2
    tab.reset_filters()
    assert tab.total > total  # the export itself was logged


def test_language_tab_saves_the_setting(qtbot, settings_page, kantor_berakun: Kantor) -> None:
    win, page = settings_page
    tab = page.show_tab("bahasa")
    assert tab.cb_lang.currentText() == "Bahasa Indonesia"
    tab.cb_lang.setCurrentIndex(tab.cb_lang.findData("en"))
    tab.btn_apply.click()
    assert get_setting(kantor_berakun.ctx, "bahasa") == "en"
    from asn_desktop.ui.i18n import install_translations

    install_translations(QApplication.instance(), "id")


# --------------------------------------------------------------------------- crash dialog


def test_unexpected_error_shows_copyable_report_and_logs_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    from asn_desktop.ui import crash
    from asn_desktop.ui.errors import show_error

    log_path = crash.ensure_log(tmp_path / "logs")
    assert log_path is not None
    shown: list[crash.CrashDialog] = []

    def exec_(dlg: crash.CrashDialog) -> int:
        shown.append(dlg)
        dlg.btn_copy.click()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    try:
        {}["kunci_tidak_ada"]
    except KeyError as exc:
        show_error(None, exc)
    assert len(shown) == 1
    report = QApplication.clipboard().text()
    assert "KeyError: 'kunci_tidak_ada'" in report and "Traceback" in report and "ASN Kinerja Desktop" in report
    assert "tersalin" in shown[0].lbl_copied.text()
    for h in logging.getLogger("asn_desktop").handlers:
        h.flush()
    assert "kunci_tidak_ada" in log_path.read_text(encoding="utf-8")
    _remove_handler(log_path)


def test_exceptions_in_slots_and_threads_reach_the_dialog_and_the_app_goes_on(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    from asn_desktop.ui import crash

    reports: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dlg: reports.append(dlg.report) or 0)
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    crash.install_crash_handler()
    try:
        def broken_slot() -> None:
            raise RuntimeError("tombol rusak")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: any("tombol rusak" in r for r in reports), timeout=5000)
        t = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError("di latar belakang")))
        t.start()
        t.join()
        qtbot.waitUntil(lambda: any("di latar belakang" in r for r in reports), timeout=5000)
        # a second failure while a report is on screen is logged, not stacked as another dialog
        monkeypatch.setattr(crash, "_showing", True)
        before = len(reports)
        crash.show_crash(None, RuntimeError("susulan"))
        assert len(reports) == before
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook


def test_expected_errors_show_their_message_not_a_crash_report(qtbot, monkeypatch) -> None:
    from asn_desktop.services.errors import ValidationError
    from asn_desktop.ui import crash
    from asn_desktop.ui.errors import show_error

    texts: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.QMessageBox.exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dlg: pytest.fail("no crash report for a refusal"))
    show_error(None, ValidationError("NIP harus 18 digit."))
    assert texts == ["NIP harus 18 digit."]


def _remove_handler(path: Path) -> None:
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger("asn_desktop")
    for h in list(root.handlers):
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path:
            root.removeHandler(h)
            h.close()


def test_damaged_database_at_start_offers_the_newest_healthy_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    from asn_desktop.db.session import DatabaseCorrupt, open_database
    from asn_desktop.services.context import Actor
    from asn_desktop.services.settings import OfficeInfo, set_office
    from asn_desktop.ui import crash

    path = tmp_path / "kantor.db"
    db = open_database(path)
    c = AppContext(db, Actor.system())
    set_office(c, OfficeInfo(nama_kantor="Kecamatan Cadangan"))
    cadangan.create_backup(c)
    db.dispose()
    data = bytearray(path.read_bytes())
    for off in range(4096 * 2, len(data), 4096):  # every b-tree page header but the schema's
        data[off: off + 8] = b"\xee" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as ei:
        open_database(path)
    seen: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        if box.windowTitle() == "Basis data rusak":
            box.buttons()[0].click()  # "Pulihkan cadangan <time>"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    db2 = crash.recover_database(path, ei.value)
    assert db2 is not None
    try:
        assert get_office(AppContext(db2, Actor.system())).nama_kantor == "Kecamatan Cadangan"
    finally:
        db2.dispose()
    assert "cadangan sehat terbaru" in seen[0]


@pytest.mark.sqlite_only  # a damaged file's guidance; a server checks its own pages (backups are .dump there)
def test_integrity_problems_message_names_the_newest_healthy_backup_in_the_chosen_folder(
    qtbot, kantor_berakun: Kantor, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from asn_desktop.ui import crash

    admin = kantor_berakun.as_("admin")
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    cadangan.set_folder(admin, usb)
    on_usb = cadangan.create_backup(admin).path
    seen: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        seen.append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    window = QWidget()  # the main window's part this message uses: a parent holding the context
    qtbot.addWidget(window)
    window.ctx = admin  # type: ignore[attr-defined]
    crash.show_integrity_problems(window, ["Page 7: btreeInitPage"])
    assert seen and str(on_usb) in seen[0] and "Page 7" in seen[0]
