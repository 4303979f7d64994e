"""Opening, creating, upgrading and refusing database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from asn_desktop.db.models import Base, FrasaUmpanBalik, Pegawai, UnitKerja
from asn_desktop.db.session import (
    DatabaseCorrupt,
    DatabaseTooNew,
    NotAnAsnDatabase,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)


def test_new_database_is_created_at_head_with_wal_and_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.report.created
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()


def test_migrations_build_exactly_the_model(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as c:
            assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    finally:
        db.dispose()


def test_migrations_have_a_single_head() -> None:
    from alembic.script import ScriptDirectory

    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_database_at_first_revision_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO unit_kerja (id, uid, nama, jenis, urutan, aktif, version_id) "
                          "VALUES (1, 'u1', 'Kecamatan Lama', 'kecamatan', 0, 1, 1)")
        c.exec_driver_sql(
            "INSERT INTO pegawai (id, uid, nip, nama, status_kepegawaian, status, unit_id, version_id) "
            "VALUES (1, 'p1', '198609262015051001', 'Yohanes Benu', 'PNS', 'aktif', 1, 1)"
        )
    engine.dispose()

    db = open_database(path)
    try:
        assert db.report.upgraded_from == "0001"
        assert db.report.backup_path is not None and db.report.backup_path.exists()
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            p = s.scalars(select(Pegawai)).one()
            assert (p.nip, p.nama, p.unit.nama) == ("198609262015051001", "Yohanes Benu", "Kecamatan Lama")
            assert s.scalars(select(FrasaUmpanBalik)).first() is not None
        # the backup is the old file, still at the first revision, with the data
        con = sqlite3.connect(db.report.backup_path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert con.execute("SELECT nama FROM pegawai").fetchone()[0] == "Yohanes Benu"
        con.close()
    finally:
        db.dispose()


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_masa_depan'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        open_database(db_path)
    assert "lebih baru" in err.value.message
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE pelanggan (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(NotAnAsnDatabase) as err:
        open_database(path)
    assert "bukan basis data ASN" in err.value.message


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "daftar.xlsx.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    with pytest.raises(NotAnAsnDatabase):
        open_database(path)


def test_damaged_database_is_reported_with_guidance(db_path: Path) -> None:
    db = open_database(db_path)
    with db.session() as s, s.begin():
        s.add_all([UnitKerja(nama=f"Unit {i}" * 20, jenis="seksi") for i in range(400)])
    db.dispose()
    data = bytearray(db_path.read_bytes())
    # wreck a page in the middle of the file, keep the header valid
    mid = len(data) // 2
    data[mid: mid + 4096] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(db_path)
    assert "cadangan" in err.value.message


def test_read_only_checks_work_in_a_folder_named_with_hash_and_percent(tmp_path: Path) -> None:
    """'Kantor #2' or '100% data' are legal folder names on Windows and Linux; the read-only
    URI must not cut the path at '#' or '?'."""
    from asn_desktop.db.peek import connect_ro, peek

    folder = tmp_path / "Kantor #2 (100% data)"
    folder.mkdir()
    path = folder / "kantor.db"
    open_database(path).dispose()
    con = connect_ro(path)
    try:
        assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    finally:
        con.close()
    info = peek(path)
    assert info.exists and info.at_head
