"""Command line and main window shell."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import main
from asn_desktop.services import AppContext


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ex:
        main(["--help"])
    assert ex.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("demo", "self-test", "gui"):
        assert cmd in out


def test_demo_then_self_test(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    assert main(["demo", "--db", str(db), "--pegawai", "15", "--tahun", "2026"]) == 0
    assert "15 pegawai" in capsys.readouterr().out
    assert main(["self-test", "--db", str(db)]) == 0
    assert "OK" in capsys.readouterr().out


def test_demo_size_out_of_range_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--pegawai", "5"]) == 1
    assert "antara 13" in capsys.readouterr().err


def test_corrupt_database_gives_exit_code_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rusak.db"
    bad.write_text("bukan basis data")
    assert main(["self-test", "--db", str(bad)]) == 3
    assert "bukan basis data SQLite" in capsys.readouterr().err


def test_main_window_shows_every_area(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    assert "Kecamatan Maulafa" in win.windowTitle()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert titles == ["Pegawai", "Kinerja Saya", "SKP", "Penilaian", "Laporan", "Karier", "Layanan Publik",
                      "Register Layanan", "Rapat & Pembinaan", "Sinkronisasi Excel", "Pengaturan"]
    for i in range(win.nav.count()):
        win.nav.setCurrentRow(i)
        assert win.stack.currentWidget() is win.page(win.nav.item(i).data(256))
    assert str(demo_ctx.db.target) in win.lbl_db.text()


def test_first_start_dialog_offers_three_ways(qtbot) -> None:
    from asn_desktop.ui.app import FirstStartDialog

    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    assert dlg.choice() == FirstStartDialog.DEMO
    dlg.group.button(FirstStartDialog.EMPTY).click()
    assert dlg.choice() == FirstStartDialog.EMPTY
    assert dlg.ed_kantor.isEnabled()


def test_first_start_connects_to_an_office_server_and_remembers_it(qtbot, tmp_path: Path, pg_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A new PC: the empty local file's first-start dialog offers the server; choosing it opens
    the (empty) server database, which asks how to start without offering a server again, and
    the address is remembered (without a password) for the next start."""
    from asn_desktop.options import SERVER_BASIS_DATA
    from asn_desktop.services.startup import peek_start
    from asn_desktop.ui import app as ui_app
    from asn_desktop.ui import preferences
    from asn_desktop.ui.app import FirstStartDialog

    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    dlg.group.button(FirstStartDialog.SERVER).click()
    assert dlg.ed_server.isEnabled() and not dlg.ed_kantor.isEnabled()
    dlg.ed_server.setText("postgresql://asn:rahasia@server/kinerja")  # a password in the address
    monkeypatch.setattr(ui_app.QMessageBox, "warning", lambda *a, **k: None)
    dlg.accept()
    assert dlg.result() != FirstStartDialog.DialogCode.Accepted  # refused: never stored

    offered: list[bool] = []

    def fake_first_start(ctx, parent=None, *, server=True):  # noqa: ANN001, ANN202
        offered.append(server)
        return pg_url if server else FirstStartDialog.EMPTY

    monkeypatch.setattr(ui_app, "first_start", fake_first_start)
    from PySide6.QtCore import QSettings

    ini = tmp_path / "pengaturan.ini"
    monkeypatch.setattr(preferences, "QSettings", lambda: QSettings(str(ini), QSettings.Format.IniFormat))
    local = tmp_path / "kantor.db"
    started = ui_app.start_database(local, peek_start(local))
    assert not isinstance(started, int)
    ctx = started[0].result()
    try:
        assert ctx.db.is_server and offered == [True, False]
        assert preferences.read(SERVER_BASIS_DATA) == pg_url
    finally:
        ctx.db.dispose()


def test_cli_output_survives_a_cp1252_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Windows console (or output redirected to a file) in cp1252 cannot encode '→' or '≥':
    the command prints a stand-in instead of dying with UnicodeEncodeError."""
    import io
    import sys

    from asn_desktop.cli import console_safe_output

    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1252", newline="\n")
    monkeypatch.setattr(sys, "stdout", console)
    console_safe_output()
    print("Aktif → Pensiun, masa kerja ≥ 2 tahun — Kupang")
    console.flush()
    assert raw.getvalue().decode("cp1252") == "Aktif ? Pensiun, masa kerja ? 2 tahun — Kupang\n"
