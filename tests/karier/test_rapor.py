"""Kinerja Saya and the Rapor Kinerja: own record, who else may see it, the unit picture without names."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, Pegawai, Skp, UnitKerja
from asn_desktop.domain.enums import Role
from asn_desktop.services import rapor as rp
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError


def _rated(ctx: AppContext, n: int = 2) -> list[Pegawai]:
    """Employees with a rated evaluation, from different supervisors where possible."""
    with ctx.read() as s:
        ids = list(dict.fromkeys(s.scalars(
            select(Skp.pegawai_id).join(Evaluasi, Evaluasi.skp_id == Skp.id)
            .where(Evaluasi.predikat.is_not(None)).order_by(Skp.pegawai_id))))
        return [s.get(Pegawai, i) for i in ids[:n]]


def test_an_employee_sees_his_own_record_and_nobody_elses(demo_ctx: AppContext) -> None:
    me, other = _rated(demo_ctx)
    mine = demo_ctx.as_actor(Actor(1, "saya", Role.PEGAWAI, me.id))
    k = rp.kinerja_pegawai(mine)
    assert k.pegawai_id == me.id and k.tahun == 2026
    assert [p.tahun for p in k.tren()] == [2024, 2025]  # demo history: e-Kinerja annual recaps
    assert any(p.predikat is not None and p.tahun == 2026 and not p.tahunan for p in k.predikat)
    assert k.skp and k.umpan_balik
    assert k.tindak_lanjut_rapat is not None  # meeting follow-ups are read (none for this person here)
    assert k.pelatihan_tahun(2026).tahun == 2026
    with pytest.raises(PermissionDenied):
        rp.kinerja_pegawai(mine, other.id)
    no_link = demo_ctx.as_actor(Actor(2, "lepas", Role.PEGAWAI, None))
    with pytest.raises(ServiceError):
        rp.kinerja_pegawai(no_link)


def test_the_penilai_and_the_operator_may_open_it(demo_ctx: AppContext) -> None:
    me = next(p for p in _rated(demo_ctx, 10) if p.atasan_id)
    k = rp.kinerja_pegawai(demo_ctx.as_actor(Actor(3, "pen", Role.PENILAI, me.atasan_id)), me.id)
    assert k.predikat_terlihat and any(p.predikat for p in k.predikat)
    op = rp.kinerja_pegawai(demo_ctx.as_actor(Actor(4, "op", Role.OPERATOR, None)), me.id)
    assert op.pegawai_id == me.id


def test_unit_distribution_without_names_is_withheld_for_a_two_person_unit(demo_ctx: AppContext) -> None:
    me, other = _rated(demo_ctx)
    mine = demo_ctx.as_actor(Actor(1, "saya", Role.PEGAWAI, me.id))
    big = rp.kinerja_pegawai(mine)
    assert big.distribusi and all(d.counts is not None for d in big.distribusi)
    assert all(not hasattr(d, "pegawai") for d in big.distribusi)  # counts only, never names
    with demo_ctx.write("uji.unit") as uow:
        u = UnitKerja(nama="Seksi Kecil", jenis="seksi")
        uow.session.add(u)
        uow.session.flush()
        for p in (me, other):
            uow.session.get(Pegawai, p.id).unit_id = u.id
    small = rp.kinerja_pegawai(mine)
    assert small.distribusi and all(d.counts is None and "kurang dari 3" in d.pesan for d in small.distribusi)
    admin = rp.kinerja_pegawai(demo_ctx, me.id)  # admin may see both ratings anyway
    assert all(d.counts is not None for d in admin.distribusi)


def test_rapor_is_one_page_with_the_sections(demo_ctx: AppContext, tmp_path: Path) -> None:
    me, other = _rated(demo_ctx)
    mine = demo_ctx.as_actor(Actor(1, "saya", Role.PEGAWAI, me.id))
    [pdf] = rp.cetak_rapor(mine, [me.id], 2026, tmp_path / "rapor.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for part in ("RAPOR KINERJA PEGAWAI", "TAHUN 2026", "A. PREDIKAT KINERJA TAHUN 2026", "B. TREN PREDIKAT",
                 "C. PENGEMBANGAN KOMPETENSI", "D. PENGHARGAAN", "E. TINDAK LANJUT", me.nama):
        assert part in text, part
    with pytest.raises(PermissionDenied):
        rp.cetak_rapor(mine, [other.id], 2026, tmp_path / "lain.pdf")
    assert not (tmp_path / "lain.pdf").exists()
    many = rp.cetak_rapor(demo_ctx.as_actor(Actor(4, "op", Role.OPERATOR, None)), [me.id, other.id], 2026,
                          tmp_path / "semua")
    assert len(many) == 2 and all(p.parent == tmp_path / "semua" and p.suffix == ".pdf" for p in many)


def test_meeting_follow_ups_appear_in_the_record_and_the_rapor(demo_ctx: AppContext, tmp_path: Path) -> None:
    from asn_desktop.db.models import TindakLanjutRapat

    with demo_ctx.read() as s:
        t = s.scalars(select(TindakLanjutRapat).order_by(TindakLanjutRapat.id)).first()
    assert t is not None, "the demo has a past meeting with follow-ups"
    mine = demo_ctx.as_actor(Actor(1, "saya", Role.PEGAWAI, t.pegawai_id))
    k = rp.kinerja_pegawai(mine)
    assert k.tindak_lanjut_rapat and any(x.uraian == t.uraian for x in k.tindak_lanjut_rapat)
    from asn_desktop.db.models import RapatEvaluasi

    with demo_ctx.read() as s:
        judul = s.get(RapatEvaluasi, t.rapat_id).judul
    row = next(x for x in k.tindak_lanjut_rapat if x.uraian == t.uraian)
    assert row.sumber.startswith(judul) and row.batas == t.tenggat and row.status in ("Terbuka", "Selesai")
    [pdf] = rp.cetak_rapor(mine, [t.pegawai_id], k.tahun, tmp_path / "rapor.pdf")
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert " ".join(t.uraian.split())[:40] in text and "belum tersedia" not in text
