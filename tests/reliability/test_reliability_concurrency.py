"""Concurrent use: two processes / windows on one database."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import Kantor, PYTHON, subprocess_env

from asn_desktop.db.backup import lock_holder, lock_path
from asn_desktop.db.session import open_database
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import ConflictError

WRITER = r"""
import sys, time
from pathlib import Path
from asn_desktop.db.models import Setting
from asn_desktop.db.session import open_database
from asn_desktop.services import akun
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.domain.enums import Role
db = open_database(Path(sys.argv[1]))
ctx = AppContext(db, Actor.system(sys.argv[2]))
print("READY", flush=True)
while not Path(sys.argv[3]).exists():  # start together
    time.sleep(0.01)
for i in range(int(sys.argv[4])):
    # read-modify-write inside ONE unit of work: BEGIN IMMEDIATE serialises the two processes
    with ctx.write("uji.tambah") as uow:
        row = uow.session.get(Setting, "penghitung")
        row.value = int(row.value) + 1
        uow.audit("setting", "penghitung", f"{sys.argv[2]} #{i}")
    if i % 10 == 0:
        akun.buat_pengguna(ctx, akun.PenggunaBaru(f"{sys.argv[2]}{i}", "Uji", Role.OPERATOR, "Bersama-2026"))
db.dispose()
print("DONE", flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bersama.db"
    db = open_database(path)
    ctx = AppContext(db, Actor.system())
    from asn_desktop.services.settings import set_setting

    set_setting(ctx, "penghitung", 0)
    db.dispose()
    go = tmp_path / "mulai"
    n = 30
    procs = [
        subprocess.Popen([PYTHON, "-c", WRITER, str(path), name, str(go), str(n)], env=subprocess_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("jendela_a", "jendela_b")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().startswith("READY")
    go.write_text("ya")
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert "DONE" in out
    db = open_database(path)
    ctx = AppContext(db, Actor.system())
    from asn_desktop.services.settings import get_setting

    assert get_setting(ctx, "penghitung") == 2 * n  # not one increment lost
    from sqlalchemy import func, select

    from asn_desktop.db.models import AuditLog, Pengguna

    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.aksi == "uji.tambah")) == 2 * n
        assert s.scalar(select(func.count()).select_from(Pengguna)) == 2 * (n // 10)
    db.dispose()


def test_two_windows_editing_the_same_employee_second_save_is_refused(kantor_berakun: Kantor) -> None:
    pegawai = pytest.importorskip("asn_desktop.services.pegawai")
    window_a = kantor_berakun.as_("operator")
    db_b = open_database(kantor_berakun.ctx.db.path)  # a second window: its own engine and sessions
    window_b = AppContext(db_b, kantor_berakun.operator)
    try:
        pid = kantor_berakun.bawahan_id
        a = pegawai.get_profil(window_a, pid)
        b = pegawai.get_profil(window_b, pid)
        a.data.no_hp = "081234567890"
        pegawai.save_profil(window_a, a.data)
        b.data.email = "baru@contoh.go.id"
        with pytest.raises(ConflictError, match="diubah di jendela atau komputer lain"):
            pegawai.save_profil(window_b, b.data)
        fresh = pegawai.get_profil(window_b, pid)
        assert fresh.data.no_hp == "081234567890" and fresh.data.email != "baru@contoh.go.id"
        fresh.data.email = "baru@contoh.go.id"
        pegawai.save_profil(window_b, fresh.data)  # after reloading, it works
        final = pegawai.get_profil(window_a, pid).data
        assert (final.no_hp, final.email) == ("081234567890", "baru@contoh.go.id")  # both changes kept
    finally:
        db_b.dispose()


# --------------------------------------------------------------------------- second GUI instance

HOLDER = r"""
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("LOCKED" if lock.tryLock(1000) else "BUSY", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 of the holder")
def test_second_gui_instance_is_detected_and_told(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from asn_desktop.ui import login

    db = tmp_path / "kantor.db"
    open_database(db).dispose()
    holder = subprocess.Popen([PYTHON, "-c", HOLDER, str(lock_path(db))], env=subprocess_env(),
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        assert lock_holder(db) is not None and str(holder.pid) in lock_holder(db)
        assert not login.acquire_instance_lock(db, ask=False)
        shown: list[str] = []

        def fake_exec(box: QMessageBox) -> int:
            shown.append(box.text())
            box.buttons()[0].click()  # "Tetap buka"
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        assert login.acquire_instance_lock(db) is True  # told, and may continue safely
        assert "sedang dibuka di jendela" in shown[0] and str(holder.pid) in shown[0]
    finally:
        holder.kill()
        holder.wait()
    # the holder died without cleaning up (kill -9): its stale lock does not block anyone
    time.sleep(0.1)
    assert lock_holder(db) is None
    assert login.acquire_instance_lock(db, ask=False)
    login.release_instance_lock()


def test_two_windows_rating_the_same_evaluation_second_is_refused(kantor_berakun: Kantor) -> None:
    evaluasi = pytest.importorskip("asn_desktop.services.evaluasi")
    from sqlalchemy import select

    from asn_desktop.db.models import Periode, Skp

    with kantor_berakun.ctx.read() as s:
        skp_id = s.scalar(select(Skp.id).where(Skp.pegawai_id == kantor_berakun.bawahan_id))
        periode = s.scalar(select(Periode.id).where(Periode.status == "dibuka").order_by(Periode.urutan))
    ev_id = evaluasi.ensure_evaluasi(kantor_berakun.ctx, int(skp_id), int(periode))
    db_b = open_database(kantor_berakun.ctx.db.path)
    try:
        window_a = kantor_berakun.as_("penilai")
        window_b = AppContext(db_b, kantor_berakun.admin)
        loaded_a = evaluasi.get_evaluasi(window_a, ev_id)
        loaded_b = evaluasi.get_evaluasi(window_b, ev_id)
        evaluasi.set_penilaian(window_a, ev_id, "di_atas", "sesuai", version_id=loaded_a.version_id)
        with pytest.raises(ConflictError):
            evaluasi.set_penilaian(window_b, ev_id, "di_bawah", "di_bawah", version_id=loaded_b.version_id)
        final = evaluasi.get_evaluasi(window_a, ev_id)
        assert final.rating_hasil is not None and final.rating_hasil.value == "di_atas"  # A's rating kept
    finally:
        db_b.dispose()
