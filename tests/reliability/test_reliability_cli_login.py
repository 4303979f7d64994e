"""The CLI is not an unauthenticated admin: on a database with accounts, commands that
change accounts or data or export confidential data need ``--user`` and its password,
and the audit names that account (never $USER). A database without accounts (demo,
new) stays scriptable."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reliability_helpers import PASSWORDS, Kantor
from sqlalchemy import select

from asn_desktop.cli import main
from asn_desktop.db.models import AuditLog
from asn_desktop.services import akun


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))


@pytest.mark.parametrize("argv", [
    ["users", "reset-password", "admin", "--password-stdin"],
    ["users", "unlock", "penilai"],
    ["users", "deactivate", "penilai"],
    ["users", "add", "penyusup", "--role", "admin", "--password-stdin"],
    ["backup"],
    ["results", "export", "OUT", "--tahun", "2026"],
    ["forms", "import", "OUT"],
    ["audit", "export", "OUT"],
])
def test_protected_commands_refuse_without_a_login(kantor_berakun: Kantor, tmp_path: Path, capsys, monkeypatch,
                                                   argv: list[str]) -> None:
    db = str(kantor_berakun.ctx.db.path)
    argv = [str(tmp_path / "x.xlsx") if a == "OUT" else a for a in argv]
    _stdin(monkeypatch, "Sandi-penyusup-1")
    monkeypatch.setenv("USER", "admin")  # faking the name gains nothing
    assert main([*argv, "--db", db]) == 2
    assert "--user" in capsys.readouterr().err
    assert akun.login(kantor_berakun.ctx, "admin", PASSWORDS["admin"]).role.value == "admin"  # password unchanged
    assert not (tmp_path / "x.xlsx").exists()


def test_wrong_password_or_too_weak_a_role_is_refused(kantor_berakun: Kantor, capsys, monkeypatch) -> None:
    db = str(kantor_berakun.ctx.db.path)
    _stdin(monkeypatch, "bukan-sandinya", "Sandi-penyusup-1")
    assert main(["users", "reset-password", "admin", "--user", "admin", "--password-stdin", "--db", db]) == 1
    assert "salah" in capsys.readouterr().err
    _stdin(monkeypatch, PASSWORDS["operator"], "Sandi-penyusup-1")
    assert main(["users", "reset-password", "admin", "--user", "operator", "--password-stdin", "--db", db]) == 1
    assert "tidak berhak" in capsys.readouterr().err
    assert akun.login(kantor_berakun.ctx, "admin", PASSWORDS["admin"]).role.value == "admin"


def test_the_audit_names_the_authenticated_user_not_the_environment(kantor_berakun: Kantor, monkeypatch) -> None:
    db = str(kantor_berakun.ctx.db.path)
    for _ in range(akun.LOCK_AFTER):
        with pytest.raises(akun.LoginGagal):
            akun.login(kantor_berakun.ctx, "penilai", "salah-salah")
    monkeypatch.setenv("USER", "bupati")
    _stdin(monkeypatch, PASSWORDS["admin"])
    assert main(["users", "unlock", "penilai", "--user", "admin", "--password-stdin", "--db", db]) == 0
    with kantor_berakun.ctx.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.aksi == "akun.buka_kunci")).one()
    assert row.username == "admin" and row.user_id == kantor_berakun.admin.user_id


def test_a_database_without_accounts_stays_scriptable(tmp_path: Path, monkeypatch, capsys) -> None:
    db = str(tmp_path / "demo.db")
    monkeypatch.setenv("USER", "admin")
    assert main(["demo", "--db", db, "--pegawai", "15", "--tahun", "2026"]) == 0
    assert main(["employees", "export", str(tmp_path / "p.xlsx"), "--db", db]) == 0
    _stdin(monkeypatch, "Admin-pertama-1")
    assert main(["users", "add", "admin", "--role", "admin", "--password-stdin", "--db", db]) == 0
    capsys.readouterr()
    # from now on the database has an account: the same export asks who is running it
    assert main(["employees", "export", str(tmp_path / "q.xlsx"), "--db", db]) == 2
    _stdin(monkeypatch, "Admin-pertama-1")
    assert main(["employees", "export", str(tmp_path / "q.xlsx"), "--db", db, "--user", "admin",
                 "--password-stdin"]) == 0
