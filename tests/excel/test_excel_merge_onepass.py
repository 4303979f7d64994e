"""The results merge reads each sheet once: what lands in the regency database, and an altered
package still refused whole although its checksum is only known once every sheet was read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.services import kunci_kantor as K
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext


def new_ctx(tmp_path: Path, name: str) -> AppContext:
    return AppContext(open_database(tmp_path / name), Actor.system("penguji"))


def snapshot(ctx: AppContext) -> dict[str, set[tuple[Any, ...]]]:
    """The merged records by their package identities (ids differ between the two databases)."""
    ev, ind, skp, peg, atasan = (aliased(m.Evaluasi), aliased(m.Indikator), aliased(m.Skp), aliased(m.Pegawai),
                                 aliased(m.Pegawai))
    with ctx.read() as s:
        return {
            "pegawai": set(s.execute(select(peg.nip, peg.nama, peg.golongan, atasan.nip)
                                     .outerjoin(atasan, atasan.id == peg.atasan_id)).all()),
            "skp": set(s.execute(select(m.Skp.uid, m.Skp.versi, m.Skp.status)).all()),
            "rhk": set(s.execute(select(m.Rhk.uid, m.Rhk.teks, m.Rhk.jenis)).all()),
            "indikator": set(s.execute(select(m.Indikator.uid, m.Indikator.teks, m.Indikator.target_min)).all()),
            "perilaku": set(s.execute(select(skp.uid, m.PerilakuSkp.kode, m.PerilakuSkp.ekspektasi_khusus)
                                      .join(skp, skp.id == m.PerilakuSkp.skp_id)).all()),
            "evaluasi": set(s.execute(select(m.Evaluasi.uid, m.Evaluasi.status, m.Evaluasi.rating_hasil_kerja,
                                             m.Evaluasi.predikat)).all()),
            "realisasi": set(s.execute(select(ev.uid, ind.uid, m.Realisasi.realisasi, m.Realisasi.realisasi_nilai)
                                       .join(ev, ev.id == m.Realisasi.evaluasi_id)
                                       .join(ind, ind.id == m.Realisasi.indikator_id)).all()),
            "umpan_balik": set(s.execute(select(ev.uid, m.UmpanBalikPerilaku.kode, m.UmpanBalikPerilaku.umpan_balik)
                                         .join(ev, ev.id == m.UmpanBalikPerilaku.evaluasi_id)).all()),
        }


def count(ctx: AppContext, model: Any) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_merge_into_an_empty_database_holds_the_offices_records(demo_ctx, tmp_path) -> None:
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    kab = new_ctx(tmp_path, "kabupaten.db")
    rep = P.import_results(kab, [path], trust_new_office=True)
    pkg = rep.accepted[0]
    assert pkg.checksum_ok and pkg.tanda_tangan_ok and not pkg.masalah and not rep.conflicts
    want, got = snapshot(demo_ctx), snapshot(kab)
    for table in ("skp", "rhk", "indikator", "perilaku", "evaluasi", "realisasi", "umpan_balik"):
        assert got[table] == want[table], table
        assert len(got[table]) > 3, table
    assert got["pegawai"] <= want["pegawai"] and any(a for *_x, a in got["pegawai"])
    assert pkg.counts["Realisasi"]["baru"] == len(want["realisasi"])
    assert pkg.counts["Umpan Balik Perilaku"]["baru"] == len(want["umpan_balik"])
    kab.db.dispose()


def test_a_newer_package_updates_what_changed_and_nothing_else(demo_ctx, tmp_path) -> None:
    first, second = tmp_path / "satu.xlsx", tmp_path / "dua.xlsx"
    P.export_results(demo_ctx, first, 2026)
    kab = new_ctx(tmp_path, "kabupaten.db")
    assert P.import_results(kab, [first], trust_new_office=True).accepted
    with demo_ctx.write("uji") as uow:  # the office edits one indicator and one BerAKHLAK expectation
        s = uow.session
        ind_id = s.scalar(select(func.min(m.Indikator.id)))
        s.execute(update(m.Indikator).where(m.Indikator.id == ind_id).values(teks="Indikator yang diperbaiki"))
        per_id = s.scalar(select(func.min(m.PerilakuSkp.id)))
        s.execute(update(m.PerilakuSkp).where(m.PerilakuSkp.id == per_id).values(ekspektasi_khusus="Lebih tepat"))
    P.export_results(demo_ctx, second, 2026)
    rep = P.import_results(kab, [second])
    pkg = rep.accepted[0]
    assert pkg.counts["Indikator"]["berubah"] == 1 and pkg.counts["Perilaku"]["berubah"] == 1
    assert sum(c["baru"] for c in pkg.counts.values()) == 0 and not rep.conflicts
    assert pkg.counts["Evaluasi"]["tetap"] == len(snapshot(demo_ctx)["evaluasi"])
    assert sum(c["berubah"] for c in pkg.counts.values()) == 2
    assert snapshot(kab) == {**snapshot(demo_ctx), "pegawai": snapshot(kab)["pegawai"]}
    kab.db.dispose()


def test_a_cell_altered_in_the_last_sheet_is_refused_whole(demo_ctx, tmp_path) -> None:
    """The checksum is known only after the last sheet was merged: the package is still refused
    whole, nothing of it stays (not even the trust in its office), in a trial run too."""
    path, altered = tmp_path / "hasil.xlsx", tmp_path / "diubah.xlsx"
    P.export_results(demo_ctx, path, 2026)
    wb = openpyxl.load_workbook(path)
    ws = wb["Umpan Balik Perilaku"]
    col = [c.value for c in ws[1]].index("Umpan Balik") + 1
    ws.cell(ws.max_row, col).value = "Umpan balik yang ditambahkan kemudian"
    wb.save(altered)
    kab = new_ctx(tmp_path, "kabupaten.db")
    for dry_run in (True, False):
        rep = P.import_results(kab, [altered], trust_new_office=True, dry_run=dry_run)
        pkg = rep.packages[0]
        assert not rep.accepted and rep.exit_code == P.EXIT_FAILED and not rep.written
        assert "diubah setelah ditandatangani" in pkg.pesan and not pkg.checksum_ok and not pkg.tanda_tangan_ok
        assert any("diubah setelah" in x for x in pkg.masalah)
        assert not pkg.counts
        for model in (m.Pegawai, m.UnitKerja, m.Skp, m.Evaluasi, m.Realisasi, m.UmpanBalikPerilaku):
            assert count(kab, model) == 0, model
        assert not K.list_offices(kab)
    kab.db.dispose()


def test_a_package_that_repeats_a_row_merges_the_later_one(demo_ctx, tmp_path, monkeypatch) -> None:
    """A signed package holding one realisasi and one feedback row twice (the second with other
    words): the later row updates the record the first inserted, as an update would."""
    from asn_desktop.services import pertukaran_hasil as H

    def twice(rows: Any) -> Any:
        def gen(self: Any) -> Any:
            first = None
            for row in rows(self):
                first = first or row
                yield row
            yield (*first[:-1], "Ditulis dua kali")

        return gen

    monkeypatch.setattr(H._Paket, "realisasi_rows", twice(H._Paket.realisasi_rows))
    monkeypatch.setattr(H._Paket, "umpan_balik_rows", twice(H._Paket.umpan_balik_rows))
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    kab = new_ctx(tmp_path, "kabupaten.db")
    rep = P.import_results(kab, [path], trust_new_office=True)
    pkg = rep.accepted[0]
    want = snapshot(demo_ctx)
    assert pkg.counts["Realisasi"] == {"baru": len(want["realisasi"]), "berubah": 1, "tetap": 0, "konflik": 0}
    assert pkg.counts["Umpan Balik Perilaku"]["berubah"] == 1
    assert count(kab, m.Realisasi) == len(want["realisasi"])
    with kab.read() as s:
        assert s.scalar(select(func.count()).where(m.Realisasi.umpan_balik == "Ditulis dua kali")) == 1
        assert s.scalar(select(func.count()).where(m.UmpanBalikPerilaku.umpan_balik == "Ditulis dua kali")) == 1
    kab.db.dispose()


def test_a_cancelled_merge_leaves_nothing_and_stops_its_reader(demo_ctx, tmp_path) -> None:
    """Batal while the sheets are merged (the next one being parsed on a thread): nothing is
    written, the reading thread ends with the job and the cycle collector runs again."""
    import gc
    import threading

    from asn_desktop.domain.progress import Cancelled, Progress

    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    kab = new_ctx(tmp_path, "kabupaten.db")
    asked = {"n": 0}

    def cancel() -> bool:
        asked["n"] += 1
        return asked["n"] > 3  # after a few thousand rows

    try:
        P.import_results(kab, [path], trust_new_office=True, progress=Progress(cancel_flag=cancel))
    except Cancelled:
        pass
    else:
        raise AssertionError("not cancelled")
    assert asked["n"] > 3
    for model in (m.Pegawai, m.Skp, m.Evaluasi, m.Realisasi, m.UmpanBalikPerilaku):
        assert count(kab, model) == 0, model
    assert not K.list_offices(kab)
    assert not [t for t in threading.enumerate() if t.name == "muat-lembar"]
    assert gc.isenabled()  # paused only while the package was merged
    kab.db.dispose()
