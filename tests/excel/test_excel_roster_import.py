"""Roster import into the database: edge cases of the write path."""

from __future__ import annotations

from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, RiwayatJabatan
from asn_desktop.services import pertukaran as P

from excel_helpers import NIP_A, NIP_B


def test_eselon_without_jabatan_name_imports_without_a_jabatan_history_entry(ctx, xlsx) -> None:
    """A new employee whose row has an eselon but no jabatan name is imported (the eselon is kept);
    no riwayat jabatan is written since a history entry needs the jabatan name."""
    path = xlsx([
        ["NIP", "NAMA", "JABATAN", "ESELON"],
        [NIP_A, "Budi", None, "IV.a"],
        [NIP_B, "Maria", "Kepala Seksi Pemerintahan", "IV.a"],
    ])
    rep = P.import_roster(ctx, path)
    assert rep.written and rep.counts["inserted"] == 2
    with ctx.read() as s:
        budi = s.scalars(select(Pegawai).where(Pegawai.nip == NIP_A)).one()
        assert budi.eselon == "IV.a" and budi.nama_jabatan is None
        assert s.scalar(select(func.count()).select_from(RiwayatJabatan)) == 1


def test_equal_cells_of_different_types_are_judged_each_on_their_own(xlsx) -> None:
    """Cells are converted once per distinct value and type: True is no kelas jabatan although True == 1."""
    from asn_desktop.excel.roster import parse_roster

    nips = ["198001012005011001", "198502142010012002", "199003032015031003", "197712312001122004"]
    res = parse_roster(xlsx([
        ["NIP", "NAMA", "KELAS JABATAN", "TAHUN LULUS"],
        [nips[0], "Budi", True, 2005],
        [nips[1], "Maria", 1, 2005.0],
        [nips[2], "Joko", 1.0, "2005"],
        [nips[3], "Rina", "1", 2005.5],
    ]))
    recs = res.records
    assert [r.values.get("kelas_jabatan") for r in recs] == [None, 1, 1, 1]
    assert "harus berupa angka" in recs[0].warnings[0].message and recs[0].warnings[0].column == "C"
    assert [r.values.get("tahun_lulus") for r in recs] == [2005, 2005, 2005, None]
    assert recs[3].warnings[0].message.startswith("Tahun lulus harus bilangan bulat, ditemukan 2005.5.")
    assert all(r.ok for r in recs)  # only NIP and name reject a row


def test_a_repeated_bad_value_is_reported_on_every_row_it_is_on(xlsx) -> None:
    from asn_desktop.excel.roster import parse_roster

    res = parse_roster(xlsx([
        ["NIP", "NAMA", "GOL", "L/P"],
        ["198001012005011001", "Budi", "Z/z", "X"],
        ["198502142010012002", "Maria", "III/a", "P"],
        ["199003032015031003", "Joko", "Z/z", "X"],
    ]))
    assert all(r.ok for r in res.records)  # an unreadable optional value never costs the employee
    bad = [r for r in res.records if r.warnings]
    assert [r.row for r in bad] == [2, 4]
    for r in bad:
        assert [(p.row, p.column, p.value) for p in r.warnings] == [(r.row, "D", "X"), (r.row, "C", "Z/z")]
    assert res.records[1].values["golongan"] == "III/a" and res.records[1].values["jenis_kelamin"] == "P"


def test_dates_in_the_usual_shapes_read_like_any_other_spelling() -> None:
    """parse_tanggal reads "dd-mm-yyyy" and ISO directly; results and messages are those of the
    tolerant reader (which still takes everything else)."""
    from datetime import date

    import pytest

    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.tanggal import parse_tanggal

    assert parse_tanggal("01-02-1980") == parse_tanggal(" 01 - 02 - 1980 ") == date(1980, 2, 1)
    assert parse_tanggal("01/02/1980") == parse_tanggal("01.02.1980") == parse_tanggal("1980-02-01") == date(1980, 2, 1)
    with pytest.raises(DomainError, match="bulan Februari 2019 tidak memiliki tanggal 31"):
        parse_tanggal("31-02-2019")
    with pytest.raises(DomainError, match="bulan 13 tidak ada"):
        parse_tanggal("2019-13-01")
    with pytest.raises(DomainError, match="bukan tanggal yang dikenali"):
        parse_tanggal("01-02-19800")


def test_a_failure_after_the_bulk_writes_leaves_the_database_as_it_was(ctx, xlsx, monkeypatch) -> None:
    """The bulk writes go through the sqlite3 cursor of the unit of work: a failure after them
    (here: while writing the history) rolls back employees, units and audit rows alike."""
    import pytest

    from asn_desktop.db.models import AuditLog, LogPertukaran, UnitKerja
    from asn_desktop.services import pertukaran_pegawai as pp

    def count(model) -> int:
        with ctx.read() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0

    before = [count(m) for m in (Pegawai, UnitKerja, AuditLog, RiwayatJabatan, LogPertukaran)]
    path = xlsx([
        ["NIP", "NAMA", "JABATAN", "UNIT KERJA"],
        [NIP_A, "Budi", "Pengelola Keuangan", "Seksi Baru"],
        [NIP_B, "Maria", "Kepala Seksi Pemerintahan", "Seksi Pemerintahan Baru"],
    ])

    def broken(*_args, **_kwargs) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(pp, "_new_history", broken)
    with pytest.raises(RuntimeError):
        P.import_roster(ctx, path)
    assert [count(m) for m in (Pegawai, UnitKerja, AuditLog, RiwayatJabatan, LogPertukaran)] == before
    monkeypatch.undo()
    rep = P.import_roster(ctx, path)  # and the same file then imports normally
    assert rep.counts["inserted"] == 2 and rep.counts["units_created"] == 2
    assert count(Pegawai) == before[0] + 2 and count(RiwayatJabatan) == before[3] + 2


def test_each_new_employee_has_an_audit_row_with_the_stored_values(ctx, xlsx) -> None:
    """The audit rows of an import (written in bulk) show in the audit viewer like any other:
    who, when, which employee, and the values as stored; empty fields are not listed."""
    from asn_desktop.services.audit import AuditFilter, cari_audit

    path = xlsx([
        ["NIP", "NAMA", "TGL LAHIR", "GOL", "TMT GOL", "UNIT KERJA"],
        [NIP_A, "Drs. Budi Santoso, M.Si", "01-01-1980", "III/b", "01-04-2020", "Seksi Baru"],
        [NIP_B, "Maria Tefa", None, "III/a", None, None],
    ])
    P.import_roster(ctx, path)
    with ctx.read() as s:
        budi = s.scalars(select(Pegawai).where(Pegawai.nip == NIP_A)).one()
        budi_id, budi_uid, unit_id = budi.id, budi.uid, budi.unit_id
    page = cari_audit(ctx, AuditFilter(aksi="pertukaran.impor_pegawai", entitas="pegawai"))
    by_id = {e.entitas_id: e for e in page.rows}
    e = by_id[str(budi_id)]
    assert e.ringkasan == "Pegawai Budi Santoso ditambahkan dari impor daftar pegawai"
    assert e.username == ctx.actor.username and e.sebelum is None
    assert e.sesudah == {
        "nama": "Budi Santoso", "gelar_depan": "Drs.", "gelar_belakang": "M.Si", "tanggal_lahir": "1980-01-01",
        "jenis_kelamin": "L", "status_kepegawaian": "PNS", "golongan": "III/b", "tmt_golongan": "2020-04-01",
        "status": "aktif", "unit_id": unit_id, "uid": budi_uid, "nip": NIP_A,
    }
    assert "golongan: III/b" in e.perubahan
    maria = next(x for x in page.rows if x.sesudah and x.sesudah.get("nip") == NIP_B)
    assert None not in maria.sesudah.values() and "unit_id" not in maria.sesudah
    # the NIP's birth date and gender are derived for a new employee (kinerja-asn.md §7)
    assert maria.sesudah["tanggal_lahir"] == "1985-02-14" and maria.sesudah["jenis_kelamin"] == "P"
    assert len(cari_audit(ctx, AuditFilter(teks="Budi Santoso")).rows) >= 1
