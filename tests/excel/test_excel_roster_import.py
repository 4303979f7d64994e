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
