"""An office moved to a PostgreSQL server and back keeps every row: ids, uids, the audit
chain, and the same results package cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from asn_desktop.db.copy import holds_office
from asn_desktop.db.session import open_database
from asn_desktop.services.cadangan import copy_to_database
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.demo import build_demo
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.pertukaran_hasil import export_results


def _cells(path: Path) -> dict[str, list[list[object]]]:
    wb = CalamineWorkbook.from_path(str(path))
    return {n: wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names if n != "_meta"}


def test_sqlite_to_server_and_back_keeps_rows_chain_and_results(tmp_path: Path, pg_url: str) -> None:
    src = open_database(tmp_path / "kantor.db")
    ctx = AppContext(src, Actor.system("penguji"))
    build_demo(ctx, 14, tahun=2026, seed=3, periode_dinilai=2)
    server = open_database(pg_url)
    rep = copy_to_database(ctx, server)
    assert rep.ok, rep.mismatches
    assert {t.name: t.rows for t in rep.tables}["pegawai"] == 14
    on_server = AppContext(server, Actor.system("penguji"))
    back = open_database(tmp_path / "kembali.db")
    rep2 = copy_to_database(on_server, back)
    assert rep2.ok, rep2.mismatches
    a = export_results(ctx, tmp_path / "asal.xlsx", 2026)
    b = export_results(AppContext(back, Actor.system("penguji")), tmp_path / "kembali.xlsx", 2026)
    assert a.checksum == b.checksum
    assert _cells(tmp_path / "asal.xlsx") == _cells(tmp_path / "kembali.xlsx")
    # the server copy works as an office database: an ordinary insert gets a free id
    from asn_desktop.services import pegawai as P

    data = P.new_profil().data
    data.nip, data.nama = "199001012015031001", "Wulan Baru Pindahan"
    made = P.save_profil(on_server, data)
    assert made.baru and made.row.id > 14
    assert len(P.list_pegawai_rows(on_server)) == 15
    for d in (src, server, back):
        d.dispose()


def test_copy_refuses_a_target_with_office_data_and_leaves_it(tmp_path: Path, pg_url: str) -> None:
    src = open_database(tmp_path / "kantor.db")
    ctx = AppContext(src, Actor.system("penguji"))
    build_demo(ctx, 13, tahun=2026, seed=4, periode_dinilai=1)
    server = open_database(pg_url)
    assert copy_to_database(ctx, server).ok
    before = holds_office(server)
    with pytest.raises(ServiceError, match="sudah berisi data kantor"):
        copy_to_database(ctx, server)
    assert holds_office(server) == before
    src.dispose()
    server.dispose()
