"""A database from before certificates and incentive rules upgrades and keeps its award history."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from asn_desktop.db.models import AturanInsentif, NomorUrut, RiwayatPenghargaan
from asn_desktop.db.session import alembic_config, current_revision, head_revision, make_engine, open_database


def test_database_at_0006_upgrades_and_keeps_awards(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0006")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO pegawai (id, uid, nip, nama, status_kepegawaian, status, version_id) "
                          "VALUES (1, 'p1', '198609262015051001', 'Yohanes Benu', 'PNS', 'aktif', 1)")
        c.exec_driver_sql("INSERT INTO riwayat_penghargaan (id, pegawai_id, nama, nomor_sk, tahun) "
                          "VALUES (1, 1, 'Satyalancana Karya Satya X Tahun', '12/SLKS/2020', 2020)")
    engine.dispose()
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            r = s.scalars(select(RiwayatPenghargaan)).one()
            assert (r.nama, r.nomor_sk, r.piagam) == ("Satyalancana Karya Satya X Tahun", "12/SLKS/2020", None)
            assert s.scalars(select(NomorUrut)).first() is None and s.scalars(select(AturanInsentif)).first() is None
    finally:
        db.dispose()
