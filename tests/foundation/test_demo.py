"""The demo kecamatan is realistic and consistent with the domain rules."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import Evaluasi, Indikator, Pegawai, Rhk, Skp, UnitKerja
from asn_desktop.domain.enums import JenisUnit, Predikat, Rating
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.nip import nip_warnings, parse_nip
from asn_desktop.domain.rating import predikat_kinerja
from asn_desktop.services import AppContext, ServiceError
from asn_desktop.services.demo import build_demo
from asn_desktop.services.settings import get_office


def test_demo_kecamatan_structure(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        units = s.scalars(select(UnitKerja)).all()
        kinds = Counter(u.jenis for u in units)
        assert kinds[JenisUnit.KECAMATAN] == 1
        assert kinds[JenisUnit.SUBBAGIAN] == 2
        assert kinds[JenisUnit.KELURAHAN] == 2
        assert kinds[JenisUnit.SEKSI] >= 2
        assert all(u.kepala_id for u in units)
        people = s.scalars(select(Pegawai)).all()
        assert len(people) == 40
        camat = [p for p in people if p.nama_jabatan.startswith("Camat")]
        assert len(camat) == 1 and camat[0].atasan_id is None
        assert all(p.atasan_id for p in people if p is not camat[0])
    assert get_office(demo_ctx).nama_kantor == "Kecamatan Maulafa"


def test_demo_nips_are_valid_and_consistent(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        for p in s.scalars(select(Pegawai)):
            info = parse_nip(p.nip, pppk=p.status_kepegawaian.startswith("PPPK"))
            assert info.tanggal_lahir == p.tanggal_lahir
            assert nip_warnings(info, tanggal_lahir=p.tanggal_lahir, jenis_kelamin=None, tmt_cpns=None) == []
            assert info.jenis_kelamin == p.jenis_kelamin
            gol = golongan_by_kode(p.golongan)
            assert gol.is_pppk == p.status_kepegawaian.startswith("PPPK")
            if p.nama_jabatan.startswith("Camat"):
                assert gol.kode.startswith("IV/")


def test_demo_skps_cascade_from_the_camat(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        skps = s.scalars(select(Skp)).all()
        assert len(skps) >= 30
        for skp in skps:
            assert skp.pegawai_nama and skp.pegawai_pangkat
            rhk = s.scalars(select(Rhk).where(Rhk.skp_id == skp.id)).all()
            assert any(r.jenis == "utama" for r in rhk)
            for r in rhk:
                assert s.scalar(select(func.count()).select_from(Indikator).where(Indikator.rhk_id == r.id)) >= 1
            assert skp.penilai_nama and skp.atasan_penilai_nama or skp.jenis_skp == "jpt"
            if skp.jenis_skp == "jpt":
                assert all(r.parent_rhk_id is None for r in rhk)
            else:
                utama = [r for r in rhk if r.jenis == "utama"]
                assert all(r.parent_rhk_id is not None for r in utama)
                for r in utama:
                    parent = s.get(Rhk, r.parent_rhk_id)
                    assert s.get(Skp, parent.skp_id).pegawai_id == skp.pejabat_penilai_id


def test_demo_predikat_follows_the_matrix(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        evals = s.scalars(select(Evaluasi)).all()
        assert len(evals) > 60
        for e in evals:
            assert Predikat(e.predikat) == predikat_kinerja(Rating(e.rating_hasil_kerja), Rating(e.rating_perilaku))


def test_demo_refuses_a_database_with_data(demo_ctx: AppContext) -> None:
    with pytest.raises(ServiceError):
        build_demo(demo_ctx, 40)
