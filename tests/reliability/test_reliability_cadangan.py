"""Backups, rotation, checked restore, integrity guidance."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from reliability_helpers import Kantor, PASSWORDS, content_digest

from asn_desktop.db import backup as fb
from asn_desktop.db.session import DatabaseCorrupt, _upgrade, make_engine, open_database
from asn_desktop.services import akun, cadangan
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError
from asn_desktop.services.settings import get_office, set_office

#: backups, restores and edits of the SQLite file itself; a server is backed up with its own tools
pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str = "pegawai") -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def _rename_office(k: Kantor, name: str) -> None:
    office = get_office(k.ctx)
    office.nama_kantor = name
    set_office(k.ctx, office)


# --------------------------------------------------------------------------- backup


def test_manual_backup_is_a_checked_self_contained_copy(kantor_berakun: Kantor) -> None:
    res = cadangan.create_backup(kantor_berakun.as_("admin"))
    assert res.path is not None and res.path.parent == kantor_berakun.ctx.db.path.parent / "backups"
    assert fb.parse_backup_name(res.path).alasan == "manual"
    assert not Path(str(res.path) + "-wal").exists()
    assert fb.integrity_problems(res.path) == []
    assert content_digest(res.path) == content_digest(kantor_berakun.ctx.db.path)
    info = fb.check_candidate(res.path)
    assert info.jumlah_pegawai == 40 and info.nama_kantor == "Kecamatan Maulafa" and info.jumlah_pengguna == 4


def test_backup_is_consistent_while_another_window_is_mid_transaction(kantor_berakun: Kantor, tmp_path: Path) -> None:
    """The online backup API copies committed data only, even with a writer holding the lock."""
    other = sqlite3.connect(kantor_berakun.ctx.db.path, timeout=10, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("DELETE FROM realisasi")
    path = fb.backup_database(kantor_berakun.ctx.db.path, tmp_path / "salinan.db")
    other.execute("ROLLBACK")
    other.close()
    assert _count(path, "realisasi") == _count(kantor_berakun.ctx.db.path, "realisasi") > 0


def test_write_blocked_too_long_fails_clearly_and_changes_nothing(kantor_berakun: Kantor) -> None:
    """A second window holding the write lock past the busy timeout: a message, not a crash."""
    from sqlalchemy import event

    event.listen(kantor_berakun.ctx.db.engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout=200"))
    kantor_berakun.ctx.db.engine.dispose()
    other = sqlite3.connect(kantor_berakun.ctx.db.path, timeout=10, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ServiceError, match="sedang dipakai untuk menyimpan"):
            _rename_office(kantor_berakun, "Tidak Tersimpan")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert get_office(kantor_berakun.ctx).nama_kantor == "Kecamatan Maulafa"
    _rename_office(kantor_berakun, "Tersimpan")  # and the next try works
    assert get_office(kantor_berakun.ctx).nama_kantor == "Tersimpan"


def test_backup_to_chosen_folder_and_fallback_when_stick_is_gone(kantor_berakun: Kantor, tmp_path: Path) -> None:
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    op = kantor_berakun.as_("admin")  # a chosen folder is the admin's (an operator's backups stay beside the database)
    cadangan.set_folder(op, usb)
    res = cadangan.create_backup(op)
    assert res.path.parent == usb.resolve() and not res.catatan
    usb_copy = res.path
    # stick pulled: backups still happen, in the data dir, with a clear note
    usb_copy.unlink()
    usb.rmdir()
    res = cadangan.automatic_backup(op, "keluar", paksa=True)
    assert res.path.parent == kantor_berakun.ctx.db.path.parent / "backups"
    assert "tidak tersedia" in res.catatan[0]
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        cadangan.set_folder(op, tmp_path / "tidak-ada")


def test_backup_to_unwritable_folder_fails_clearly_and_leaves_nothing(kantor_berakun: Kantor, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: use a path below a regular file instead
        target = tmp_path / "berkas-biasa"
        target.write_text("bukan folder")
        folder = target / "cadangan"
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(ServiceError) as ei:
        cadangan.create_backup(kantor_berakun.as_("admin"), folder)
    assert str(folder.parent) in ei.value.message or str(folder) in ei.value.message
    assert not list(tmp_path.rglob("*.part"))


def test_exit_backup_only_when_something_changed(kantor_berakun: Kantor) -> None:
    c = kantor_berakun.as_("admin")
    first = cadangan.automatic_backup(c, "keluar")
    assert not first.dilewati
    again = cadangan.automatic_backup(c, "keluar")
    assert again.dilewati and again.path == first.path
    manual = cadangan.create_backup(c)  # its own audit row must not count as a change
    assert cadangan.automatic_backup(c, "keluar").dilewati
    akun.login(kantor_berakun.ctx, "operator", PASSWORDS["operator"])  # a session that only looked
    assert cadangan.automatic_backup(c, "keluar").dilewati
    _rename_office(kantor_berakun, "Kecamatan Baru")
    after = cadangan.automatic_backup(c, "keluar")
    assert not after.dilewati and after.path not in (first.path, manual.path)
    assert fb.check_candidate(after.path).nama_kantor == "Kecamatan Baru"


def test_main_window_on_exit_makes_the_backup(qtbot, kantor_berakun: Kantor) -> None:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(kantor_berakun.as_("pegawai"))  # any role: the office's only copy matters
    qtbot.addWidget(win)
    win.on_exit()
    names = [b.alasan for b in fb.list_backups(kantor_berakun.ctx.db.path.parent / "backups")]
    assert names == ["keluar"]


def test_rotation_keeps_7_daily_4_weekly_manual_and_last_24h(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 6, 30, 18, 0)
    made: dict[str, datetime] = {}
    for days in range(0, 60):  # two automatic backups a day for 60 days
        for hour in (8, 17):
            when = now - timedelta(days=days, hours=18 - hour)
            name = fb.backup_name("kantor", "keluar", when)
            (folder / name).write_bytes(b"x")
            made[name] = when
    manual = fb.backup_name("kantor", "manual", now - timedelta(days=50))
    (folder / manual).write_bytes(b"x")
    other_db = fb.backup_name("lain", "keluar", now - timedelta(days=50))
    (folder / other_db).write_bytes(b"x")
    (folder / "kantor-20260101-000000-keluar.db.part").write_bytes(b"x")
    os.utime(folder / "kantor-20260101-000000-keluar.db.part", (0, 0))
    deleted = fb.rotate(folder, "kantor", now=now)
    kept = sorted(p.name for p in folder.iterdir())
    assert manual in kept and other_db in kept  # manual ones and other databases' are untouched
    assert not any(k.endswith(".part") for k in kept)
    auto = sorted((made[k] for k in kept if k in made), reverse=True)
    within_day = [w for w in auto if now - w < timedelta(hours=24)]
    days = {w.date() for w in auto}
    assert len(within_day) == 2  # both of today
    assert len(days) == 7 + 4
    daily = sorted(days, reverse=True)[:7]
    assert daily == [(now - timedelta(days=i)).date() for i in range(7)]
    weeks = {d.isocalendar()[:2] for d in sorted(days, reverse=True)[7:]}
    assert len(weeks) == 4
    assert len(deleted) == len(made) - len(auto) + 1 - 1  # the stale .part is not in 'deleted'
    assert fb.rotate(folder, "kantor", now=now) == []  # stable


# --------------------------------------------------------------------------- restore


def test_restore_replaces_everything_after_backing_up_the_current_file(kantor_berakun: Kantor) -> None:
    admin = kantor_berakun.as_("admin")
    good = cadangan.create_backup(admin).path
    before = content_digest(kantor_berakun.ctx.db.path)
    _rename_office(kantor_berakun, "Kecamatan Salah Ketik")
    with kantor_berakun.ctx.write("uji.hapus") as uow:
        from sqlalchemy import text

        uow.session.execute(text("DELETE FROM realisasi"))
    changed = content_digest(kantor_berakun.ctx.db.path)
    res = cadangan.restore(admin, good)
    assert content_digest(kantor_berakun.ctx.db.path) == before
    # the replaced state was saved first and can itself be restored
    assert content_digest(res.cadangan_sebelumnya) == changed
    assert fb.parse_backup_name(res.cadangan_sebelumnya).alasan == "sebelum-pulihkan"
    # the restored database records the restore; the old engine just reconnects
    from asn_desktop.services import audit

    last = audit.cari_audit(admin, limit=1).rows[0]
    assert last.aksi == "cadangan.pulihkan" and last.username == "admin" and str(good) in last.ringkasan
    assert get_office(admin).nama_kantor == "Kecamatan Maulafa"


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "corrupt", "foreign", "newer", "same"])
def test_restore_refuses_bad_candidates_and_changes_nothing(kantor_berakun: Kantor, tmp_path: Path, kind: str) -> None:
    admin = kantor_berakun.as_("admin")
    good = cadangan.create_backup(admin).path
    bad = tmp_path / f"{kind}.db"
    if kind == "text":
        bad.write_text("ini bukan basis data, hanya catatan")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "truncated":
        bad.write_bytes(good.read_bytes()[: 8192 + 100])
    elif kind == "corrupt":
        data = bytearray(good.read_bytes())
        for off in range(4096 * 3, len(data) - 4096, 4096 * 5):  # scribble over many pages
            data[off + 8: off + 200] = os.urandom(192)
        bad.write_bytes(bytes(data))
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
        con.commit()
        con.close()
    elif kind == "newer":
        bad.write_bytes(good.read_bytes())
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num='9999'")
        con.commit()
        con.close()
    elif kind == "same":
        bad = kantor_berakun.ctx.db.path
    digest = content_digest(kantor_berakun.ctx.db.path)
    n_backups = len(fb.list_backups(good.parent))
    expected = {
        "text": "bukan basis data SQLite", "empty": "kosong atau terpotong", "truncated": "rusak",
        "corrupt": "rusak", "foreign": "bukan basis data ASN", "newer": "lebih baru", "same": "sedang dibuka",
    }[kind]
    with pytest.raises(ServiceError, match=expected) as ei:
        cadangan.restore(admin, bad)
    if kind != "same":
        assert str(bad) in ei.value.message  # names the file the user chose, not a temp copy
    assert content_digest(kantor_berakun.ctx.db.path) == digest
    assert len(fb.list_backups(good.parent)) == n_backups  # nothing replaced, nothing backed up
    assert not list(good.parent.glob("pulihkan-*"))  # temp copies cleaned up


def test_restore_of_older_schema_upgrades_it(kantor_berakun: Kantor, tmp_path: Path) -> None:
    old = tmp_path / "lama.db"
    engine = make_engine(old)
    _upgrade(engine, "0001")
    engine.dispose()
    res = cadangan.restore(kantor_berakun.as_("admin"), old)
    assert res.diperbarui_dari == "0001" and not res.info.revisi_terbaru
    db = open_database(kantor_berakun.ctx.db.target)
    db.dispose()
    assert _count(kantor_berakun.ctx.db.path) == 0


def test_restore_over_a_damaged_database(tmp_path: Path) -> None:
    """The usual reason for a restore: the current file is broken beyond opening."""
    path = tmp_path / "kantor.db"
    db = open_database(path)
    ctx = AppContext(db, Actor.system())
    _rename = get_office(ctx)
    _rename.nama_kantor = "Kecamatan Sehat"
    set_office(ctx, _rename)
    good = cadangan.create_backup(ctx).path
    db.dispose()
    data = bytearray(path.read_bytes())
    data[0:16] = b"rusak rusak rusa"
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as ei:
        open_database(path)
    assert "bukan basis data SQLite" in str(ei.value) or isinstance(ei.value, DatabaseCorrupt)
    res = cadangan.restore_file(path, good, Actor.system("operator"), tmp_path / "backups")
    assert fb.parse_backup_name(res.cadangan_sebelumnya).alasan == "rusak-sebelum-pulihkan"
    assert res.cadangan_sebelumnya.read_bytes()[:16] == b"rusak rusak rusa"  # kept for a technician
    db = open_database(path)
    assert get_office(AppContext(db, Actor.system())).nama_kantor == "Kecamatan Sehat"
    db.dispose()


def test_restore_is_admin_only_backup_is_admin_and_operator(kantor_berakun: Kantor) -> None:
    good = cadangan.create_backup(kantor_berakun.as_("operator")).path
    for role in ("operator", "penilai", "pegawai"):
        with pytest.raises(PermissionDenied, match="hanya admin"):
            cadangan.restore(kantor_berakun.as_(role), good)
    for role in ("penilai", "pegawai"):
        with pytest.raises(PermissionDenied):
            cadangan.create_backup(kantor_berakun.as_(role))
        with pytest.raises(PermissionDenied):
            cadangan.list_backups(kantor_berakun.as_(role))
        with pytest.raises(PermissionDenied):
            cadangan.set_folder(kantor_berakun.as_(role), None)


def test_candidate_check_reports_contents(kantor_berakun: Kantor) -> None:
    c = kantor_berakun.as_("admin")
    res = cadangan.create_backup(c)
    info = cadangan.check_backup(c, res.path)
    assert info.path == res.path and info.revisi_terbaru and info.jumlah_pegawai == 40
    listed = cadangan.list_backups(c)
    assert [x.path for x in listed] == [res.path] and listed[0].alasan_label == "Manual"


# --------------------------------------------------------------------------- integrity guidance


def test_integrity_check_and_guidance_name_the_newest_healthy_backup(kantor_berakun: Kantor, tmp_path: Path) -> None:
    c = kantor_berakun.as_("admin")
    assert cadangan.check_integrity(c) == []
    good = cadangan.create_backup(c).path
    broken = good.parent / fb.backup_name("kantor", "keluar", datetime.now() + timedelta(minutes=1))
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    best = cadangan.newest_healthy_backup(c.db.path, [cadangan.chosen_folder_or_none(c)])
    assert best is not None and best.path == good  # the newer, broken one is skipped
    text = cadangan.damage_guidance(kantor_berakun.ctx.db.path,
                                      ["*** in database main ***", "Page 7: btreeInitPage"], best)
    assert str(good) in text and "asn-desktop restore" in text and "Page 7" in text


def test_damaged_database_is_refused_at_open_with_guidance(tmp_path: Path) -> None:
    path = tmp_path / "kantor.db"
    db = open_database(path)
    ctx = AppContext(db, Actor.system())
    from asn_desktop.services.demo import build_demo

    build_demo(ctx, 20, tahun=2026)
    db.dispose()
    data = bytearray(path.read_bytes())
    for off in range(4096 * 5, len(data) - 4096, 4096 * 3):
        data[off: off + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    assert fb.integrity_problems(path)
    with pytest.raises(DatabaseCorrupt) as ei:
        open_database(path)
    assert "Pulihkan" in ei.value.message and "restore" in ei.value.message


def test_restore_audit_row_sorts_after_rows_of_the_same_second(kantor_berakun: Kantor) -> None:
    """The restore's own audit row is written by raw SQL; in the same second as other rows
    it must still be the newest (it was not when its timestamp text lacked microseconds)."""
    import sqlite3

    admin = kantor_berakun.as_("admin")
    good = cadangan.create_backup(admin).path
    con = sqlite3.connect(good)
    # rows stamped 'now' in SQLAlchemy's format, as ordinary writes in the same second would be
    from datetime import datetime

    now = datetime.now().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")
    con.execute("INSERT INTO audit_log (waktu, username, aksi) VALUES (?, 'admin', 'uji.detik_sama')", (now,))
    con.commit()
    con.close()
    cadangan.restore(admin, good)
    from asn_desktop.services import audit

    assert audit.cari_audit(admin, limit=1).rows[0].aksi == "cadangan.pulihkan"
