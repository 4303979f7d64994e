"""``asn-desktop check --db postgresql://…``: what the file check does, for a server database —
connection, schema revision and tables, references between tables, audit chain — and nothing
is changed (an older schema is not upgraded, an empty database stays empty)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from asn_desktop.cli import main
from asn_desktop.db.server import make_server_engine
from asn_desktop.db.session import alembic_config, current_revision, head_revision, open_database
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.demo import build_demo


def _office(url: str) -> None:
    """A small demo office on the server (employees, SKPs, an audit log)."""
    db = open_database(url)
    try:
        build_demo(AppContext(db, Actor.system("penguji")), 13, tahun=2026, seed=3)
    finally:
        db.dispose()


def _sql(url: str, *statements: str) -> None:
    engine = make_server_engine(url)
    try:
        with engine.begin() as c:
            for st in statements:
                c.execute(text(st))
    finally:
        engine.dispose()


def test_a_healthy_server_database_passes_every_check(pg_url: str, capsys) -> None:
    _office(pg_url)
    assert main(["check", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "OK: terhubung ke postgresql://" in out and "(PostgreSQL " in out
    assert f"OK: revisi skema {head_revision()} (terbaru)" in out and "tabel lengkap" in out
    assert "OK: setiap rujukan antar tabel menunjuk baris yang ada" in out
    assert "OK: rantai log audit utuh" in out


def test_an_edited_audit_row_and_an_orphan_fail_the_check(pg_url: str, capsys) -> None:
    _office(pg_url)
    # a hand edit outside the app, with the server's triggers (and so its foreign keys) off
    _sql(pg_url, "SET session_replication_role = replica",
         "UPDATE audit_log SET username = 'orang_lain' WHERE id = (SELECT MIN(id) FROM audit_log)",
         "UPDATE pegawai SET unit_id = 987654 WHERE id = (SELECT MIN(id) FROM pegawai)")
    assert main(["check", "--db", pg_url]) == 1
    err = capsys.readouterr().err
    assert "tabel pegawai: 1 baris merujuk unit_kerja yang tidak ada (kolom unit_id)" in err
    assert "Rantai log audit terputus di baris id" in err
    assert "menemukan masalah" in err


def test_an_older_schema_is_reported_and_left_as_it_is(pg_url: str, capsys) -> None:
    engine = make_server_engine(pg_url)
    try:
        command.upgrade(alembic_config(engine), "0011")
        assert main(["check", "--db", pg_url]) == 0
        out = capsys.readouterr().out
        assert f"Peringatan: revisi skema 0011 lebih lama dari {head_revision()}" in out
        assert current_revision(engine) == "0011"  # the check upgraded nothing
    finally:
        engine.dispose()


def test_an_empty_database_is_not_an_asn_database_and_stays_empty(pg_url: str, capsys) -> None:
    assert main(["check", "--db", pg_url]) == 1
    assert "bukan basis data ASN Kinerja Desktop (basis data kosong)" in capsys.readouterr().err
    engine = make_server_engine(pg_url)
    try:
        assert current_revision(engine) is None
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema = 'public'")).scalar_one() == 0
    finally:
        engine.dispose()


def test_an_unreachable_server_is_a_clear_message(pg_url: str, capsys) -> None:
    bad = pg_url.rsplit("/", 1)[0] + "/tidak_ada_basis_data_ini"
    assert main(["check", "--db", bad]) == 1
    assert "tidak dapat dihubungi" in capsys.readouterr().err
