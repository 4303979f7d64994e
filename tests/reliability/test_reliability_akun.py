"""Accounts: first admin, login, lockout, resets, user management."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from reliability_helpers import PASSWORDS, Kantor
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, Pengguna
from asn_desktop.domain.enums import Role
from asn_desktop.services import akun
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


def test_first_admin_with_chosen_password_then_login(ctx: AppContext) -> None:
    assert not akun.ada_akun(ctx)
    admin = akun.buat_admin_pertama(ctx, " Kepala.TU ", "pilihan-saya-9", "Kepala TU")
    assert admin.role == Role.ADMIN and admin.username == "kepala.tu"
    assert akun.ada_akun(ctx)
    actor = akun.login(ctx, "KEPALA.TU", "pilihan-saya-9")
    assert actor.user_id == admin.user_id and actor.nama == "Kepala TU"
    # a second "first admin" is refused: nobody can take over an installed database this way
    with pytest.raises(PermissionDenied):
        akun.buat_admin_pertama(ctx, "penyusup", "pilihan-saya-9")


@pytest.mark.sqlite_only  # reads the file with sqlite3
def test_password_is_stored_as_argon2id_hash_only(ctx: AppContext) -> None:
    akun.buat_admin_pertama(ctx, "admin", "rahasia-kantor-1")
    raw = sqlite3.connect(ctx.db.path).execute("SELECT password_hash FROM pengguna").fetchone()[0]
    assert raw.startswith("$argon2id$")
    assert "rahasia-kantor-1" not in raw
    dump = "\n".join(sqlite3.connect(ctx.db.path).iterdump())
    assert "rahasia-kantor-1" not in dump  # not in the audit log either


@pytest.mark.parametrize(
    ("username", "password", "fragment"),
    [
        ("admin", "", "minimal 8"),
        ("admin", "pendek", "minimal 8"),
        ("admin", "x" * 5000, "maksimal"),
        ("admin", "aaaaaaaaaaa", "mudah ditebak"),
        ("admin123", "admin123", "sama dengan nama pengguna"),
        ("", "rahasia-kantor-1", "Nama pengguna"),
        ("nama dengan spasi", "rahasia-kantor-1", "Nama pengguna"),
        ("ñandú", "rahasia-kantor-1", "Nama pengguna"),
        ("a" * 300, "rahasia-kantor-1", "Nama pengguna"),
    ],
)
def test_bad_first_admin_input_is_refused_clearly(ctx: AppContext, username: str, password: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as ei:
        akun.buat_admin_pertama(ctx, username, password)
    assert fragment in str(ei.value)
    assert not akun.ada_akun(ctx)


def test_wrong_password_counts_down_then_locks_even_the_right_password(kantor_berakun: Kantor) -> None:
    ctx = kantor_berakun.ctx
    now = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(akun.LoginGagal) as unknown:
        akun.login(ctx, "tidak-ada-orangnya", "salah-salah", now=now)
    for _ in range(akun.LOCK_AFTER - 1):
        with pytest.raises(akun.LoginGagal) as ei:
            akun.login(ctx, "operator", "salah-salah", now=now)
        # the same answer as for a name that does not exist: no hint which names are real
        assert ei.value.message == unknown.value.message and type(ei.value) is type(unknown.value)
    with pytest.raises(akun.AkunTerkunci) as ei:
        akun.login(ctx, "operator", "salah-salah", now=now)
    assert ei.value.sampai == now + timedelta(minutes=akun.LOCK_MINUTES)
    assert "09:15" in ei.value.message and "admin" in ei.value.message
    with pytest.raises(akun.AkunTerkunci):
        akun.login(ctx, "operator", PASSWORDS["operator"], now=now + timedelta(minutes=5))
    # the lock survives a restart (it lives in the database) and expires by itself
    actor = akun.login(ctx, "operator", PASSWORDS["operator"], now=now + timedelta(minutes=16))
    assert actor.role == Role.OPERATOR


def test_admin_unlocks_and_resets_forgotten_password(kantor_berakun: Kantor) -> None:
    ctx, admin = kantor_berakun.ctx, kantor_berakun.as_("admin")
    for _ in range(akun.LOCK_AFTER):
        with pytest.raises(akun.LoginGagal):
            akun.login(ctx, "pegawai", "lupa-lupa-ingat")
    user = akun.cari_pengguna(admin, "pegawai")
    assert user.terkunci
    assert not akun.buka_kunci(admin, user.id).terkunci
    akun.reset_password(admin, user.id, "Sementara-123")
    actor = akun.login(ctx, "pegawai", "Sementara-123")
    user_ctx = ctx.as_actor(actor)
    assert akun.harus_ganti_password(user_ctx)
    with pytest.raises(ValidationError, match="lama salah"):
        akun.ganti_password(user_ctx, "bukan-ini-123", "Milik-saya-2026")
    with pytest.raises(ValidationError, match="berbeda"):
        akun.ganti_password(user_ctx, "Sementara-123", "Sementara-123")
    akun.ganti_password(user_ctx, "Sementara-123", "Milik-saya-2026")
    assert not akun.harus_ganti_password(user_ctx)
    with pytest.raises(akun.LoginGagal):
        akun.login(ctx, "pegawai", "Sementara-123")
    assert akun.login(ctx, "pegawai", "Milik-saya-2026").pegawai_id == kantor_berakun.pegawai.pegawai_id


def test_unknown_user_and_deactivated_account(kantor_berakun: Kantor) -> None:
    ctx, admin = kantor_berakun.ctx, kantor_berakun.as_("admin")
    with pytest.raises(akun.LoginGagal, match="salah"):
        akun.login(ctx, "tidak-ada", "apa-saja-123")
    with pytest.raises(akun.LoginGagal, match="Isi nama pengguna"):
        akun.login(ctx, "", "")
    uid = akun.cari_pengguna(admin, "operator").id
    akun.atur_aktif(admin, uid, False)
    with pytest.raises(akun.LoginGagal, match="dinonaktifkan"):
        akun.login(ctx, "operator", PASSWORDS["operator"])
    akun.atur_aktif(admin, uid, True)
    assert akun.login(ctx, "operator", PASSWORDS["operator"]).role == Role.OPERATOR
    with ctx.read() as s:
        rows = s.scalars(select(AuditLog.ringkasan).where(AuditLog.aksi == "akun.login")).all()
    assert "Gagal masuk: nama pengguna tidak dikenal" in rows
    assert "Masuk ditolak: akun nonaktif" in rows


def test_last_admin_and_own_account_are_protected(kantor_berakun: Kantor) -> None:
    admin = kantor_berakun.as_("admin")
    with pytest.raises(ServiceError, match="akun Anda sendiri"):
        akun.atur_aktif(admin, kantor_berakun.admin.user_id, False)
    with pytest.raises(ServiceError, match="admin terakhir"):
        akun.ubah_pengguna(admin, kantor_berakun.admin.user_id, nama="x", role=Role.OPERATOR, pegawai_id=None)
    other = akun.buat_pengguna(admin, akun.PenggunaBaru("admin2", "Admin Dua", Role.ADMIN, "Admin-dua-2026"))
    akun.ubah_pengguna(admin, kantor_berakun.admin.user_id, nama="Admin Kantor", role=Role.OPERATOR, pegawai_id=None)
    assert akun.cari_pengguna(admin, "admin").role == Role.OPERATOR
    assert other.role == Role.ADMIN


def test_penilai_and_pegawai_accounts_must_link_one_employee(kantor_berakun: Kantor) -> None:
    admin = kantor_berakun.as_("admin")
    with pytest.raises(ValidationError, match="harus ditautkan"):
        akun.buat_pengguna(admin, akun.PenggunaBaru("tanpa", "Tanpa", Role.PENILAI, "Tanpa-pegawai-1"))
    with pytest.raises(ValidationError, match="sudah ditautkan ke akun 'penilai'"):
        akun.buat_pengguna(
            admin, akun.PenggunaBaru("kembar", "Kembar", Role.PEGAWAI, "Kembar-2026", kantor_berakun.penilai.pegawai_id)
        )
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        akun.buat_pengguna(admin, akun.PenggunaBaru("hantu", "Hantu", Role.PEGAWAI, "Hantu-2026-x", 999_999))
    with pytest.raises(ValidationError, match="sudah dipakai"):
        akun.buat_pengguna(admin, akun.PenggunaBaru("Operator", "x", Role.OPERATOR, "Operator-lagi-1"))
    info = akun.buat_pengguna(
        admin, akun.PenggunaBaru("bawahan", "Bawahan", Role.PEGAWAI, "Bawahan-2026", kantor_berakun.bawahan_id)
    )
    assert info.harus_ganti_password and info.pegawai_id == kantor_berakun.bawahan_id
    listed = {u.username: u for u in akun.daftar_pengguna(admin)}
    assert listed["bawahan"].pegawai_nama  # the employee's name is shown next to the account
    assert {"admin", "operator", "penilai", "pegawai", "bawahan"} <= set(listed)


def test_only_admin_manages_accounts(kantor_berakun: Kantor) -> None:
    for role in ("operator", "penilai", "pegawai"):
        c = kantor_berakun.as_(role)
        with pytest.raises(PermissionDenied):
            akun.daftar_pengguna(c)
        with pytest.raises(PermissionDenied):
            akun.buat_pengguna(c, akun.PenggunaBaru("x" + role, "x", Role.ADMIN, "Naik-pangkat-1"))
        with pytest.raises(PermissionDenied):
            akun.reset_password(c, kantor_berakun.admin.user_id, "Ambil-alih-123")
        with pytest.raises(PermissionDenied):
            akun.buka_kunci(c, kantor_berakun.admin.user_id)
    # but everyone changes their own password
    c = kantor_berakun.as_("pegawai")
    akun.ganti_password(c, PASSWORDS["pegawai"], "Baru-milik-saya-1")


def test_account_changes_are_audited_without_hashes(kantor_berakun: Kantor) -> None:
    admin = kantor_berakun.as_("admin")
    uid = akun.cari_pengguna(admin, "operator").id
    akun.ubah_pengguna(admin, uid, nama="Operator Baru", role=Role.OPERATOR, pegawai_id=kantor_berakun.bawahan_id)
    akun.reset_password(admin, uid, "Reset-oleh-admin-1")
    with kantor_berakun.ctx.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.entitas == "pengguna", AuditLog.entitas_id == str(uid))).all()
        hashes = s.scalars(select(Pengguna.password_hash)).all()
    ubah = next(r for r in rows if r.aksi == "akun.ubah")
    assert ubah.username == "admin"
    assert ubah.sebelum == {"nama": "Operator", "pegawai_id": None}
    assert ubah.sesudah == {"nama": "Operator Baru", "pegawai_id": kantor_berakun.bawahan_id}
    assert any(r.aksi == "akun.reset_password" for r in rows)
    text = " ".join(str(r.sebelum) + str(r.sesudah) + (r.ringkasan or "") for r in rows)
    assert not any(h in text for h in hashes)
    assert "Reset-oleh-admin-1" not in text
