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


def _sheet(wb, name: str, key: str) -> list[dict[str, object]]:  # noqa: ANN001
    """Rows of a sheet as dicts, under the header row that holds ``key``."""
    rows = list(wb[name].iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if key in r)
    head = rows[h]
    return [dict(zip(head, r, strict=False)) for r in rows[h + 1:] if any(v not in (None, "") for v in r)]


def test_demo_results_export_is_believable(demo_ctx: AppContext, tmp_path) -> None:  # noqa: ANN001
    """Done-check of the demo: a results export shows, for every evaluated row, the capaian of that
    unit and period; every final row has realisasi for each indicator, in the target's unit and near
    it; heads are rated by their unit's capaian (SE MenPANRB 3/2023); finals are signed with place and date."""
    from openpyxl import load_workbook

    from asn_desktop.db.models import Periode, PredikatOrganisasiPeriode
    from asn_desktop.domain.enums import PredikatOrganisasi
    from asn_desktop.domain.rating import rating_hasil_pimpinan
    from asn_desktop.services.pertukaran_hasil import export_results

    export_results(demo_ctx, tmp_path / "hasil.xlsx", 2026)
    wb = load_workbook(tmp_path / "hasil.xlsx", read_only=True)
    evals = _sheet(wb, "Evaluasi", "Capaian Organisasi")
    real = _sheet(wb, "Realisasi", "Realisasi Nilai")
    with demo_ctx.read() as s:
        periode = {p.nama: p for p in s.scalars(select(Periode))}
        pred = {(r.unit_id, r.periode_id): PredikatOrganisasi(r.predikat)
                for r in s.scalars(select(PredikatOrganisasiPeriode))}
        peg = {p.nip: p for p in s.scalars(select(Pegawai))}
        led = {u.kepala_id: u.id for u in s.scalars(select(UnitKerja)) if u.kepala_id}
        ind = {i.uid: i for i in s.scalars(select(Indikator))}
        n_ind = {sk.id: sum(len(r.indikator) for r in sk.rhk) for sk in s.scalars(select(Skp))}
        skp_of = {sk.uid: sk.id for sk in s.scalars(select(Skp))}
        evaluated = [e for e in evals if e["Status"] in ("Sudah dinilai", "Final / ditandatangani")]
        assert len(evaluated) > 60
        for e in evaluated:
            p = peg[str(e["NIP"]).replace(" ", "")]
            per_ = periode[e["Periode"]]
            unit = led.get(p.id, p.unit_id)
            org = pred[(unit, per_.id)]
            assert e["Capaian Organisasi"] == org.label, (e["Nama"], e["Periode"])
            if p.id in led:
                assert e["Rating Hasil Kerja"] == rating_hasil_pimpinan(org).label, e["Nama"]
            assert e["Status"] == "Final / ditandatangani"
            assert str(e["Tempat Tanggal TTD"]).startswith("Kupang, ") and "..." not in str(e["Tempat Tanggal TTD"])
        by_ev: dict[str, list[dict[str, object]]] = {}
        for r in real:
            by_ev.setdefault(str(r["UID Evaluasi"]), []).append(r)
        for e in evaluated:
            rows = by_ev.get(str(e["UID"]), [])
            assert len(rows) == n_ind[skp_of[str(e["UID SKP"])]], e["Nama"]
            per_ = periode[e["Periode"]]
            bulan = per_.tanggal_selesai.month - per_.tanggal_mulai.month + 1
            for r in rows:
                nilai = r["Realisasi Nilai"]
                assert isinstance(nilai, (int, float)) and nilai > 0, (e["Nama"], r)
                i = ind[str(r["UID Indikator"])]
                target = i.target_min
                if i.satuan in ("%", "indeks"):
                    assert 0.6 * target <= nilai <= 100, (i.teks, nilai)
                elif i.lebih_rendah_lebih_baik:
                    assert 0.5 * target <= nilai <= 1.5 * target, (i.teks, nilai)
                elif i.satuan in ("bulan", "kali", "triwulan"):
                    assert nilai <= max(1, round(target * bulan / 12)), (i.teks, nilai)  # no "30,3 bulan"
                else:
                    porsi = target * bulan / 12
                    assert 0.6 * porsi - 1 <= nilai <= 1.2 * porsi + 1, (i.teks, nilai, porsi)


def test_demo_curve_respected_by_most_units_and_broken_by_one(demo_ctx: AppContext) -> None:
    from asn_desktop.services import laporan as lap
    from asn_desktop.services import periode as per

    t = per.get_tahun(demo_ctx, 2026)
    for p in t.periodik[:3]:
        rows = lap.distribusi_semua_unit(demo_ctx, p.id)
        assert all(r.org_predikat is not None for r in rows)
        broken = [r.unit_nama for r in rows if not r.ok]
        assert 1 <= len(broken) <= 2, broken
    # the open quarter has no predicates yet: nothing is inferred
    assert all(r.org_predikat is None for r in lap.distribusi_semua_unit(demo_ctx, t.periodik[3].id))


def test_demo_finals_are_frozen_documents(demo_ctx: AppContext) -> None:
    from asn_desktop.services import laporan as lap

    with demo_ctx.read() as s:
        finals = s.scalars(select(Evaluasi).where(Evaluasi.status == "final")).all()
        assert finals and all(e.dokumen_final and e.capaian_organisasi for e in finals)
        eid = finals[0].id
    doc = lap.dokumen_evaluasi(demo_ctx, eid)
    assert not doc.draf and doc.pola_distribusi and doc.capaian_organisasi
    assert lap.capaian_final_tidak_sesuai(demo_ctx, 2026) == []
