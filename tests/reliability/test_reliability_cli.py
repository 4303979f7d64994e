"""Admin commands: backup, restore, check, users, audit export."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from reliability_helpers import PASSWORDS, Kantor

from asn_desktop.cli import main
from asn_desktop.db import backup as fb

#: backups, restores and edits of the SQLite file itself; a server is backed up with its own tools
pytestmark = pytest.mark.sqlite_only


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


#: the office database has accounts: changing commands log in as its admin
ADMIN = ["--user", "admin", "--password-stdin"]


def _as_admin(monkeypatch: pytest.MonkeyPatch, *more: str) -> None:
    _stdin(monkeypatch, "".join(f"{line}\n" for line in (PASSWORDS["admin"], *more)))


def test_backup_to_folder_then_restore_with_yes(kantor_berakun: Kantor, tmp_path: Path, capsys, monkeypatch) -> None:
    db = str(kantor_berakun.ctx.db.target)
    usb = tmp_path / "usb"
    usb.mkdir()
    _as_admin(monkeypatch)
    assert main(["backup", "--db", db, "--to", str(usb), *ADMIN]) == 0
    out = capsys.readouterr().out
    made = next(usb.glob("*.db"))
    assert str(made) in out and fb.parse_backup_name(made).alasan == "manual"
    con = sqlite3.connect(db)
    con.execute("DELETE FROM riwayat_diklat")
    con.commit()
    con.close()
    _as_admin(monkeypatch)
    assert main(["restore", str(made), "--db", db, *ADMIN]) == 2  # no terminal, no --yes: refuse, change nothing
    assert "--yes" in capsys.readouterr().err
    _as_admin(monkeypatch)
    assert main(["restore", str(made), "--db", db, "--yes", *ADMIN]) == 0
    out = capsys.readouterr().out
    assert "lolos pemeriksaan" in out and "pegawai: 40" in out and "dicadangkan di" in out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM riwayat_diklat").fetchone()[0] > 0
    con.close()


def test_restore_refuses_a_bad_file_with_exit_1(kantor_berakun: Kantor, tmp_path: Path, capsys, monkeypatch) -> None:
    bad = tmp_path / "catatan.db"
    bad.write_text("bukan cadangan " * 100)
    _as_admin(monkeypatch)
    assert main(["restore", str(bad), "--db", str(kantor_berakun.ctx.db.target), "--yes", *ADMIN]) == 1
    assert "bukan basis data SQLite" in capsys.readouterr().err


def test_check_reports_ok_and_guides_on_damage(tmp_path: Path, capsys) -> None:
    from asn_desktop.db.session import open_database

    path = tmp_path / "kantor.db"
    open_database(path).dispose()
    assert main(["check", "--db", str(path)]) == 0
    assert "OK" in capsys.readouterr().out
    data = bytearray(path.read_bytes())
    for off in range(8192, len(data), 4096):
        data[off: off + 8] = b"\xee" * 8
    path.write_bytes(bytes(data))
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Yang perlu dilakukan" in err and "asn-desktop restore" in err


def test_users_add_list_reset_unlock_deactivate(kantor_berakun: Kantor, capsys, monkeypatch) -> None:
    from asn_desktop.services import akun

    db = str(kantor_berakun.ctx.db.target)
    nip = akun.pilihan_pegawai(kantor_berakun.as_("admin"))[-1].label.split(" — ")[1].split(" ")[0]
    _as_admin(monkeypatch, "Kasi-Pem-2026")
    assert main(["users", "add", "kasipem", "--role", "penilai", "--pegawai", nip, *ADMIN,
                 "--db", db]) == 0
    _as_admin(monkeypatch, "pendek")
    assert main(["users", "add", "gagal", "--role", "operator", *ADMIN, "--db", db]) == 1
    assert "minimal 8" in capsys.readouterr().err
    assert main(["users", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "kasipem" in out and "Penilai" in out and "gagal" not in out
    for _ in range(akun.LOCK_AFTER):
        with pytest.raises(akun.LoginGagal):
            akun.login(kantor_berakun.ctx, "kasipem", "salah-salah")
    _as_admin(monkeypatch)
    assert main(["users", "unlock", "kasipem", "--db", db, *ADMIN]) == 0
    _as_admin(monkeypatch, "Baru-dari-cli-1")
    assert main(["users", "reset-password", "kasipem", *ADMIN, "--db", db]) == 0
    assert akun.login(kantor_berakun.ctx, "kasipem", "Baru-dari-cli-1").role.value == "penilai"
    _as_admin(monkeypatch)
    assert main(["users", "deactivate", "kasipem", "--db", db, *ADMIN]) == 0
    _as_admin(monkeypatch)
    assert main(["users", "unlock", "tidak-ada", "--db", db, *ADMIN]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_audit_export(kantor_berakun: Kantor, tmp_path: Path, capsys, monkeypatch) -> None:
    out = tmp_path / "audit.xlsx"
    _as_admin(monkeypatch)
    assert main(["audit", "export", str(out), "--aksi", "akun.", "--dari", "2020-01-01",
                 "--db", str(kantor_berakun.ctx.db.target), *ADMIN]) == 0
    assert out.exists() and "baris log audit diekspor" in capsys.readouterr().out
    with pytest.raises(SystemExit) as ei:
        main(["audit", "export", str(out), "--dari", "31-12-2026", "--db", str(kantor_berakun.ctx.db.target)])
    assert ei.value.code == 2
