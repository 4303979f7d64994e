"""Roster import into the database: edge cases of the write path (issue 6a, issue 8 redesign)."""

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
    assert "harus berupa angka" in recs[0].errors[0].message and recs[0].errors[0].column == "C"
    assert [r.values.get("tahun_lulus") for r in recs] == [2005, 2005, 2005, None]
    assert recs[3].errors[0].message == "Tahun lulus harus bilangan bulat, ditemukan 2005.5."


def test_a_repeated_bad_value_is_reported_on_every_row_it_is_on(xlsx) -> None:
    from asn_desktop.excel.roster import parse_roster

    res = parse_roster(xlsx([
        ["NIP", "NAMA", "GOL", "L/P"],
        ["198001012005011001", "Budi", "Z/z", "X"],
        ["198502142010012002", "Maria", "III/a", "P"],
        ["199003032015031003", "Joko", "Z/z", "X"],
    ]))
    bad = [r for r in res.records if not r.ok]
    assert [r.row for r in bad] == [2, 4]
    for r in bad:
        assert [(p.row, p.column, p.value) for p in r.errors] == [(r.row, "D", "X"), (r.row, "C", "Z/z")]
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
