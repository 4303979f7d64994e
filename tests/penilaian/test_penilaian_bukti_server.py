"""Evidence on a server: every PC opens what another attached (the content is in the database),
and an office moved to the server and back takes its evidence files along."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from penilaian_helpers import Kantor, build_kantor
from sqlalchemy import func, select

from asn_desktop.db.models import BerkasBukti
from asn_desktop.db.session import open_database
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.cadangan import copy_to_database
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import NotFound


def _count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(BerkasBukti)) or 0


def _office(tmp_path: Path) -> tuple[Kantor, int, int]:
    db = open_database(tmp_path / "kantor.db")
    k = build_kantor(AppContext(db, Actor.system("penguji")), 3)
    skp_id = k.skp[k.staf[0]]
    return k, ev.ensure_evaluasi(k.ctx, skp_id, k.tw1), k.indikator[skp_id][0]


def test_a_pc_keeps_evidence_in_its_folder(tmp_path: Path) -> None:
    k, eid, ind = _office(tmp_path)
    src = tmp_path / "scan.pdf"
    src.write_bytes(b"%PDF scan satu")
    b = ev.add_bukti_file(k.ctx, eid, ind, src)
    assert (k.ctx.db.path.parent / b.path_relatif).read_bytes() == b"%PDF scan satu"
    assert _count(k.ctx) == 0  # one PC: nothing in the database
    k.ctx.db.dispose()


def test_evidence_on_a_server_opens_on_every_pc_and_travels_back(tmp_path: Path, pg_url: str) -> None:
    k, eid, ind = _office(tmp_path)
    data = b"%PDF-1.4 laporan bulanan " * 500
    src = tmp_path / "Laporan Januari.pdf"
    src.write_bytes(data)
    first = ev.add_bukti_file(k.ctx, eid, ind, src, "Laporan")
    kept = k.ctx.db.path.parent / first.path_relatif

    server = open_database(pg_url)
    rep = copy_to_database(k.ctx, server)
    assert rep.ok and rep.bukti_disalin == 1 and not rep.bukti_hilang
    on_server = dataclasses.replace(k, ctx=AppContext(server, Actor.system("penguji")))
    # another PC: its cache folder has nothing, the content comes from the server
    opened = ev.bukti_path(on_server.ctx, first.id, periksa=True)
    assert opened != kept and opened.read_bytes() == data

    # a file attached on the server goes into the database, not only this PC's folder
    src2 = tmp_path / "foto.jpg"
    src2.write_bytes(b"\xff\xd8 foto kegiatan")
    second = ev.add_bukti_file(on_server.ctx, eid, ind, src2)
    assert _count(on_server.ctx) == 2
    cached = ev.bukti_path(on_server.ctx, second.id)
    cached.unlink()  # as on a PC that never saw it
    assert ev.bukti_path(on_server.ctx, second.id, periksa=True).read_bytes() == b"\xff\xd8 foto kegiatan"
    # a damaged copy in the cache is replaced from the database
    cached.write_bytes(b"rusak")
    assert ev.bukti_path(on_server.ctx, second.id, periksa=True).read_bytes() == b"\xff\xd8 foto kegiatan"

    # back to a file on a PC that has no folder: the evidence comes along in the database
    back_dir = tmp_path / "pc-lain"
    back_dir.mkdir()
    back = open_database(back_dir / "kembali.db")
    assert copy_to_database(on_server.ctx, back).ok
    back_ctx = AppContext(back, Actor.system("penguji"))
    got = ev.bukti_path(back_ctx, first.id, periksa=True)
    assert got.is_relative_to(back_dir) and hashlib.sha256(got.read_bytes()).hexdigest() == first.sha256

    # deleting the last record of a content removes it from the server
    ev.delete_bukti(on_server.ctx, second.id)
    assert _count(on_server.ctx) == 1
    with pytest.raises(NotFound):
        ev.bukti_path(on_server.ctx, second.id)
    for d in (k.ctx.db, server, back):
        d.dispose()


def test_a_copy_names_evidence_missing_from_the_folder(tmp_path: Path, pg_url: str) -> None:
    k, eid, ind = _office(tmp_path)
    src = tmp_path / "hilang.pdf"
    src.write_bytes(b"%PDF akan hilang")
    b = ev.add_bukti_file(k.ctx, eid, ind, src)
    (k.ctx.db.path.parent / b.path_relatif).unlink()
    server = open_database(pg_url)
    rep = copy_to_database(k.ctx, server)
    assert rep.ok and rep.bukti_disalin == 0
    assert len(rep.bukti_hilang) == 1 and "hilang.pdf" in rep.bukti_hilang[0]
    with pytest.raises(NotFound, match="hilang.pdf"):
        ev.bukti_path(AppContext(server, Actor.system("penguji")), b.id)
    k.ctx.db.dispose()
    server.dispose()
