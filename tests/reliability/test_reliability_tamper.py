"""Tamper evidence (hash-chained audit log), file permissions, refusing files without touching them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.cli import main
from asn_desktop.db.audit_chain import verify_file
from asn_desktop.db.session import open_database
from asn_desktop.services.context import Actor, AppContext
from reliability_helpers import Kantor


def _raw(path: Path, sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def _audit_ids(path: Path) -> list[int]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
    finally:
        con.close()


def test_every_writer_leaves_a_whole_chain(kantor: Kantor, tmp_path: Path, capsys) -> None:
    """Demo data, account creation, a manual backup and the CLI check: the chain holds."""
    from asn_desktop.services import cadangan

    cadangan.buat_cadangan(kantor.ctx.as_actor(kantor.admin))
    path = kantor.ctx.db.path
    assert len(_audit_ids(path)) > 3
    assert verify_file(path) is None
    assert main(["check", "--db", str(path)]) == 0
    assert "rantai log audit utuh" in capsys.readouterr().out


@pytest.mark.parametrize("attack", ["edit_rating", "delete_row", "insert_row", "become_admin_row"])
def test_editing_the_audit_log_outside_the_app_is_reported_at_the_first_broken_link(
    kantor: Kantor, attack: str, capsys
) -> None:
    from asn_desktop.services import cadangan

    cadangan.buat_cadangan(kantor.ctx.as_actor(kantor.admin))  # one more audited write
    path = kantor.ctx.db.path
    kantor.ctx.db.dispose()
    ids = _audit_ids(path)
    victim = ids[len(ids) // 2]
    if attack == "edit_rating":
        _raw(path, "UPDATE audit_log SET ringkasan = 'Sangat Baik' WHERE id = ?", (victim,))
        first = victim
    elif attack == "delete_row":
        _raw(path, "DELETE FROM audit_log WHERE id = ?", (victim,))
        first = ids[ids.index(victim) + 1]
    elif attack == "insert_row":
        # a forged row squeezed into a gap-free history with its own (fake) hash
        _raw(path, "UPDATE audit_log SET username = 'camat' WHERE id = ?", (victim,))
        first = victim
    else:
        # an attacker makes himself admin and adds a plausible audit row at the end, unsealed
        _raw(path, "INSERT INTO audit_log (waktu, username, aksi, ringkasan) VALUES "
                   "('2026-01-01 00:00:00.000000', 'admin', 'akun.ubah', 'peran diubah')")
        first = max(ids) + 1
    brk = verify_file(path)
    assert brk is not None and brk.row_id == first
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"id {first}" in err and "Rantai log audit terputus" in err


def test_roster_import_bulk_audit_rows_are_chained(tmp_path: Path) -> None:
    """The roster import writes its audit rows with raw executemany: the seal covers them."""
    from asn_desktop.services import pertukaran as P

    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN"])
    ws.append(["198001012005011001", "Budi", "Kepala Seksi"])
    ws.append(["198502142010012002", "Maria", "Pengadministrasi"])
    for row in ws.iter_rows(min_row=2):
        row[0].data_type = "s"
    roster = tmp_path / "duk.xlsx"
    wb.save(roster)
    db = open_database(tmp_path / "k.db")
    try:
        rep = P.import_roster(AppContext(db, Actor.system("penguji")), roster)
        assert rep.written
    finally:
        db.dispose()
    assert len(_audit_ids(tmp_path / "k.db")) >= 2
    assert verify_file(tmp_path / "k.db") is None


def test_upgrade_from_0002_chains_existing_rows(tmp_path: Path) -> None:
    """An existing database (schema 0002, audit rows without hashes) is chained on upgrade."""
    from alembic import command

    from asn_desktop.db.session import alembic_config, make_engine

    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0002")
    engine.dispose()
    for i in range(3):
        _raw(path, "INSERT INTO audit_log (waktu, username, aksi, ringkasan) VALUES (?, 'admin', 'uji', ?)",
             (f"2026-01-0{i + 1} 00:00:00.000000", f"baris {i}"))
    db = open_database(path)
    db.dispose()
    con = sqlite3.connect(path)
    hashes = [r[0] for r in con.execute("SELECT chain_hash FROM audit_log ORDER BY id")]
    con.close()
    assert len(hashes) == 3 and all(hashes)
    assert verify_file(path) is None
    _raw(path, "UPDATE audit_log SET ringkasan = 'lain' WHERE id = 2")
    assert verify_file(path).row_id == 2
