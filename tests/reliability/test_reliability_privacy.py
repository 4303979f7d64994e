"""What a failed login, the log file and a crash report may not keep: a password typed
into the name box, SQL parameters (names, ratings, hashes), which user names exist."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from reliability_helpers import PASSWORDS, Kantor
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import SQLAlchemyError

from asn_desktop.db.models import AuditLog
from asn_desktop.scrub import scrub
from asn_desktop.services import akun


def test_failed_login_keeps_no_typed_name_and_says_the_same_for_both(kantor_berakun: Kantor) -> None:
    ctx = kantor_berakun.ctx
    typed = "Rahasia-ku-2026"  # the password, typed into the user name box
    with pytest.raises(akun.LoginGagal) as unknown:
        akun.login(ctx, typed, typed)
    with pytest.raises(akun.LoginGagal) as wrong:
        akun.login(ctx, "penilai", "bukan-sandinya-1")
    assert unknown.value.message == wrong.value.message
    with pytest.raises(akun.LoginGagal) as inactive_guess:  # a deactivated name is not revealed either
        uid = akun.cari_pengguna(kantor_berakun.as_("admin"), "operator").id
        akun.atur_aktif(kantor_berakun.as_("admin"), uid, False)
        akun.login(ctx, "operator", "tebak-tebakan-1")
    assert inactive_guess.value.message == unknown.value.message
    with ctx.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.aksi == "akun.login")).all()
        dump = " ".join(f"{r.username} {r.ringkasan} {r.sebelum} {r.sesudah}" for r in rows).lower()
    assert typed.lower() not in dump
    assert any(r.username == akun.NAMA_TIDAK_DIKENAL and r.user_id is None for r in rows)


def _sql_error(kantor_berakun: Kantor, secret: str) -> SQLAlchemyError:
    """A real failing statement through the application's engine, carrying ``secret``."""
    with kantor_berakun.ctx.read() as s:
        try:
            s.execute(text("INSERT INTO tidak_ada_tabel (nama) VALUES (:nama)"), {"nama": secret})
        except SQLAlchemyError as exc:
            return exc
    raise AssertionError("no error")


def test_crash_report_and_log_file_hold_no_sql_parameters(qtbot, kantor_berakun: Kantor, tmp_path: Path,
                                                          monkeypatch) -> None:
    from asn_desktop.ui import crash

    secret = "Sangat-Kurang-Budi-Rahasia"
    exc = _sql_error(kantor_berakun, secret)
    assert "tidak_ada_tabel" in str(exc) and secret not in str(exc)  # hide_parameters on the engine
    # another engine (e.g. a tool's) does show them: the report and the log scrub that too
    other = create_engine(f"sqlite:///{tmp_path / 'lain.db'}")
    with other.connect() as con:
        try:
            con.execute(text("INSERT INTO tidak_ada (nama, hash) VALUES (:n, :h)"),
                        {"n": secret, "h": akun.hash_password("Sandi-apa-saja-1")})
        except SQLAlchemyError as e:
            loud = e
    other.dispose()
    assert secret in str(loud)
    log_path = crash.ensure_log(tmp_path / "logs")
    assert log_path is not None
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dlg: 0)
    report = crash.build_report(loud)
    assert secret not in report and "$argon2" not in report and "INSERT INTO tidak_ada" in report
    crash.show_crash(None, loud)
    logging.getLogger("asn_desktop").error("gagal: %s", loud)
    for h in logging.getLogger("asn_desktop").handlers:
        h.flush()
    content = log_path.read_text(encoding="utf-8")
    assert "INSERT INTO tidak_ada" in content and secret not in content and "$argon2" not in content
    for h in list(logging.getLogger("asn_desktop").handlers):
        if getattr(h, "baseFilename", None) == str(log_path):
            logging.getLogger("asn_desktop").removeHandler(h)
            h.close()


def test_scrub_leaves_ordinary_text_alone() -> None:
    assert scrub("KeyError: 'kunci_tidak_ada'") == "KeyError: 'kunci_tidak_ada'"
    assert "[parameter SQL disembunyikan]" in scrub("x\n[SQL: SELECT 1]\n[parameters: ('a]b', 2)]\n(Background on")
