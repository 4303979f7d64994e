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
    assert titles == ["Pegawai", "SKP", "Penilaian", "Laporan", "Layanan Publik", "Register Layanan",
                      "Sinkronisasi Excel", "Pengaturan"]
    for i in range(win.nav.count()):
        win.nav.setCurrentRow(i)
        assert win.stack.currentWidget() is win.page(win.nav.item(i).data(256))
    assert str(demo_ctx.db.path) in win.lbl_db.text()


def test_first_start_dialog_offers_three_ways(qtbot) -> None:
    from asn_desktop.ui.app import FirstStartDialog

    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    assert dlg.choice() == FirstStartDialog.DEMO
    dlg.group.button(FirstStartDialog.EMPTY).click()
    assert dlg.choice() == FirstStartDialog.EMPTY
    assert dlg.ed_kantor.isEnabled()


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
