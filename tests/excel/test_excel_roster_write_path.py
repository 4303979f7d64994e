"""The roster import writes through the same Core/ORM path as every other write: versions move,
the audit rows are sealed into the chain, and nothing in services/ talks to SQLite directly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

import asn_desktop.services as services_pkg
from asn_desktop.db.audit_chain import verify_database
from asn_desktop.db.models import AuditLog, Pegawai, RiwayatGolongan, RiwayatJabatan, UnitKerja
from asn_desktop.services import pertukaran as P

from excel_helpers import NIP_A, NIP_B, NIP_C, NIP_D


def test_a_second_import_moves_versions_writes_history_and_keeps_the_audit_chain_whole(ctx, xlsx) -> None:
    first = xlsx([
        ["NIP", "NAMA", "GOL", "TMT GOL", "JABATAN", "UNIT KERJA"],
        [NIP_A, "Budi", "III/a", "01-04-2015", "Camat", "Kecamatan Maulafa"],
        [NIP_B, "Maria", "III/b", "01-04-2016", "Kepala Seksi Pemerintahan", "Seksi Pemerintahan"],
        [NIP_C, "Joko", "II/c", "01-10-2018", "Pengadministrasi Umum", "Seksi Pemerintahan"],
    ])
    rep = P.import_roster(ctx, first)
    assert rep.written and rep.counts["inserted"] == 3 and rep.counts["units_created"] == 2
    second = xlsx([
        ["NIP", "NAMA", "GOL", "TMT GOL", "JABATAN", "UNIT KERJA", "NIP ATASAN"],
        [NIP_A, "Budi", "III/a", "01-04-2015", "Camat", "Kecamatan Maulafa", None],
        [NIP_B, "Maria", "III/c", "01-04-2020", "Kepala Seksi Pemerintahan", "Seksi Pemerintahan", NIP_A],
        [NIP_C, "Joko", "II/c", "01-10-2018", "Pengadministrasi Umum", "Kelurahan Fatukoa", None],
    ])
    rep2 = P.import_roster(ctx, second)
    assert rep2.written and rep2.counts["updated"] == 2 and rep2.counts["unchanged"] == 1
    with ctx.read() as s:
        by_nip = {p.nip: p for p in s.scalars(select(Pegawai))}
        budi, maria, joko = by_nip[NIP_A], by_nip[NIP_B], by_nip[NIP_C]
        assert (budi.version_id, maria.version_id, joko.version_id) == (1, 2, 2)
        assert maria.golongan == "III/c" and maria.tmt_golongan == date(2020, 4, 1)
        assert maria.atasan_id == budi.id
        fatukoa = s.scalars(select(UnitKerja).where(UnitKerja.nama == "Kelurahan Fatukoa")).one()
        assert joko.unit_id == fatukoa.id
        # the first import's kecamatan unit heads the new tree, the later new unit is put under it
        units = {u.nama: u for u in s.scalars(select(UnitKerja))}
        kec = units["Kecamatan Maulafa"]
        assert kec.parent_id is None
        assert [(units[n].parent_id, units[n].urutan) for n in ("Seksi Pemerintahan", "Kelurahan Fatukoa")] == [
            (kec.id, 1), (kec.id, 2)]
        gol = s.scalars(select(RiwayatGolongan).where(RiwayatGolongan.pegawai_id == maria.id)
                        .order_by(RiwayatGolongan.tmt)).all()
        assert [(g.golongan, g.tmt) for g in gol] == [("III/b", date(2016, 4, 1)), ("III/c", date(2020, 4, 1))]
        jab = s.scalars(select(RiwayatJabatan).where(RiwayatJabatan.pegawai_id == budi.id)).one()
        assert jab.nama_jabatan == "Camat" and jab.unit_nama == "Kecamatan Maulafa"  # its unit was new
        audit = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
        summaries = [a.ringkasan for a in audit]
        assert "Pegawai Maria diperbarui dari impor daftar pegawai" in summaries
        assert "Atasan Maria diatur dari impor daftar pegawai" in summaries
        added = [a for a in audit if a.ringkasan == "Pegawai Budi ditambahkan dari impor daftar pegawai"]
        assert len(added) == 1 and added[0].sebelum is None
        assert added[0].sesudah["nip"] == NIP_A and added[0].sesudah["tmt_golongan"] == "2015-04-01"
        assert all(a.chain_hash for a in audit)
    assert verify_database(ctx.db) is None  # a file or a server alike


def test_new_employees_rows_continue_the_chain_between_rows_sealed_before_and_after(ctx, xlsx) -> None:
    """The new employees' audit rows carry their hash when written (the import continues the
    chain itself): between an earlier operation's rows, this import's new-unit rows before them
    and its changed-employee rows after them, the chain verifies, and every row reads back
    as the audit viewer and an ordinary JSON value show it."""
    from asn_desktop.services.audit import cari_audit

    P.import_roster(ctx, xlsx([["NIP", "NAMA", "GOL", "UNIT KERJA"],
                               [NIP_A, "Budi", "III/a", "Kecamatan Maulafa"]]))
    rep = P.import_roster(ctx, xlsx([
        ["NIP", "NAMA", "GOL", "TMT GOL", "UNIT KERJA", "NIP ATASAN"],
        [NIP_A, "Budi", "III/b", "01-04-2021", "Seksi Baru", None],
        [NIP_B, "Maria \"Ité\"", "III/b", "01-04-2016", "Seksi Baru", NIP_A],
        [NIP_C, "Joko", None, None, "Kecamatan Maulafa", NIP_B],
        [NIP_D, "Sri", "IV/a", "01-04-2019", "Seksi Lain", None],
    ]))
    assert rep.counts["inserted"] == 3 and rep.counts["updated"] == 1 and rep.counts["units_created"] == 2
    assert verify_database(ctx.db) is None
    with ctx.read() as s:
        audit = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
        ids = {p.nip: p.id for p in s.scalars(select(Pegawai))}
    assert all(a.chain_hash for a in audit)
    assert [a.id for a in audit] == list(range(audit[0].id, audit[0].id + len(audit)))
    # this import's rows: new units, then the new employees (hashed when written), then the changes
    assert [a.ringkasan.rsplit(" dari ", 1)[0].rsplit(" oleh ", 1)[0] for a in audit[-6:]] == [
        "Unit Seksi Baru dibuat", "Unit Seksi Lain dibuat", 'Pegawai Maria "Ité" ditambahkan',
        "Pegawai Joko ditambahkan", "Pegawai Sri ditambahkan", "Pegawai Budi diperbarui"]
    maria = next(a for a in audit if a.entitas == "pegawai" and a.entitas_id == str(ids[NIP_B]))
    assert maria.sesudah["nama"] == 'Maria "Ité"' and maria.sesudah["nip"] == NIP_B
    assert maria.sesudah["tmt_golongan"] == "2016-04-01" and "uid" in maria.sesudah
    joko = next(a for a in audit if a.entitas == "pegawai" and a.entitas_id == str(ids[NIP_C]))
    assert "golongan" not in joko.sesudah  # blanks are left out, as before
    shown = [e for e in cari_audit(ctx).rows if e.entitas == "pegawai" and e.entitas_id == str(ids[NIP_B])]
    assert len(shown) == 1 and 'nama: Maria "Ité"' in shown[0].perubahan


def test_services_hold_no_sqlite_specific_code() -> None:
    """Database-specific code lives in db/ (one seam for a second database): no service opens
    sqlite3, takes the driver's connection, names SQLite's BEGIN mode or a private SQLAlchemy hook."""
    forbidden = re.compile(r"^\s*(import sqlite3|from sqlite3)|driver_connection|sqlite_begin|"
                           r"_cached_bind_processor|exec_driver_sql", re.M)
    allowed = {"db_errors.py": {"import sqlite3"}}  # words SQLite's error texts for the office
    found = []
    for path in sorted(Path(services_pkg.__file__).parent.rglob("*.py")):
        for m in forbidden.finditer(path.read_text(encoding="utf-8")):
            if m.group(0).strip() not in allowed.get(path.name, set()):
                found.append(f"{path.name}: {m.group(0).strip()}")
    assert found == []


def test_chained_hashes_are_the_hashes_row_hash_gives() -> None:
    """The bulk writer's hashes (``chained``) follow ``row_hash`` for every kind of value a row
    of the log can hold, so a file sealed either way verifies the same."""
    from datetime import datetime
    from decimal import Decimal

    from asn_desktop.db.audit_chain import GENESIS, chained, row_hash

    rows = [
        (1, datetime(2026, 1, 1, 1, 2, 3), 1, "u", "a", "e", "1", "r é \x00 \ud800 \u2028", None, '{"a": 1}'),
        (2, "2026-01-01 01:02:03.000000", None, None, None, None, None, None, b"\x01\xff", 1.5),
        (3, date(2020, 1, 1), Decimal("1.50"), True, float("nan"), memoryview(b"ab"), bytearray(b"z"), -7,
         "\"quoted\" \\ back", ""),
    ]
    expected, prev = [], GENESIS
    for row in rows:
        prev = row_hash(prev, row)
        expected.append(prev)
    assert chained(GENESIS, rows) == expected


def test_hashes_of_rows_given_by_column_are_the_hashes_of_the_same_rows() -> None:
    """``chained_columns`` (the import's new employees, column by column, a value shared by every
    row given once) gives the hashes ``chained`` gives the same rows, whatever the values."""
    from datetime import datetime
    from decimal import Decimal

    from asn_desktop.db.audit_chain import COLUMNS, GENESIS, Same, chained, chained_columns

    values = [1, 2, -7, 10**20, datetime(2026, 1, 1, 1, 2, 3), "r é \x00 \ud800 \u2028", None, '{"a": 1}',
              b"\x01\xff", 1.5, date(2020, 1, 1), Decimal("1.50"), True, float("nan"), memoryview(b"ab"),
              bytearray(b"z"), "\"quoted\" \\ back", "", {"a": [1]}]
    n = len(values)
    for shift in range(len(COLUMNS)):
        columns: dict[str, object] = {}
        for k, name in enumerate(COLUMNS):
            if (k + shift) % 3 == 0:
                columns[name] = Same(values[(k + shift) % n])
            else:  # a column of one kind, and a column of every kind
                columns[name] = [values[(i + k) % n] for i in range(n)] if k % 2 else [i + k for i in range(n)]
        rows = [tuple(c.value if isinstance(c, Same) else c[i] for c in columns.values()) for i in range(n)]
        assert chained_columns(GENESIS, n, columns) == chained(GENESIS, rows)
    assert chained_columns(GENESIS, 2, {name: Same(name) for name in COLUMNS}) == chained(GENESIS, [tuple(COLUMNS)] * 2)


def test_new_employees_audit_rows_name_the_ids_the_database_gave(ctx, xlsx) -> None:
    """The new employees' audit rows, hashed by the import itself, name the ids the database gave,
    also where those are not the next after the largest (a server's sequence after a deleted
    row), and the chain verifies."""
    from sqlalchemy import delete

    P.import_roster(ctx, xlsx([["NIP", "NAMA"], [NIP_A, "Budi"], [NIP_B, "Maria"]]))
    with ctx.db.engine.begin() as conn:  # the newest employee removed outside the import
        conn.execute(delete(Pegawai).where(Pegawai.nip == NIP_B))
    P.import_roster(ctx, xlsx([["NIP", "NAMA"], [NIP_C, "Joko"], [NIP_D, "Sri"]]))
    assert verify_database(ctx.db) is None
    with ctx.read() as s:
        ids = {p.nama: p.id for p in s.scalars(select(Pegawai))}
        added = {a.ringkasan.split()[1]: a.entitas_id for a in s.scalars(
            select(AuditLog).where(AuditLog.entitas == "pegawai", AuditLog.sebelum.is_(None)))}
    assert {k: added[k] for k in ("Joko", "Sri")} == {"Joko": str(ids["Joko"]), "Sri": str(ids["Sri"])}
