"""The first-steps checklist is computed from the data: a new office walked through every step on a real database."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.db.models import Pegawai, UnitKerja
from asn_desktop.domain.enums import PredikatOrganisasi, Rating, Role, SkemaPeriode
from asn_desktop.services import akun
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import langkah_pertama as L
from asn_desktop.services import periode as per
from asn_desktop.services import skp as S
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services.settings import OfficeInfo, get_office, set_office


def _done(ctx: AppContext) -> dict[str, bool]:
    return {x.kode: x.selesai for x in L.status_langkah_pertama(ctx).langkah}


def _kantor_kecil(ctx: AppContext) -> tuple[int, int, list[int]]:
    """A unit with its head and two staff reporting to him (as an import would leave them)."""
    with ctx.write("uji.pegawai") as uow:
        s = uow.session
        unit = UnitKerja(nama="Seksi Pelayanan", jenis="seksi")
        s.add(unit)
        s.flush()
        kepala = Pegawai(nama="Kepala Seksi", nip="198001012005011001", golongan="III/d", unit_id=unit.id,
                         nama_jabatan="Kepala Seksi Pelayanan", jenis_jabatan="pengawas")
        s.add(kepala)
        s.flush()
        unit.kepala_id = kepala.id
        staf = []
        for i in range(2):
            p = Pegawai(nama=f"Staf {i + 1}", nip=f"19900101201501100{i + 1}", golongan="III/a", unit_id=unit.id,
                        atasan_id=kepala.id, nama_jabatan="Pengelola Layanan", jenis_jabatan="pelaksana")
            s.add(p)
            s.flush()
            staf.append(p.id)
        return unit.id, kepala.id, staf


def test_each_step_follows_the_data(ctx: AppContext) -> None:
    tahun = date.today().year
    st = L.status_langkah_pertama(ctx)
    assert st.selesai == 0 and st.total == 8 and not st.lengkap and st.tahun == tahun
    assert [x.kode for x in st.langkah] == list(L.URUTAN)

    set_office(ctx, OfficeInfo(nama_kantor="Kecamatan Uji", instansi="Pemerintah Kota Uji", kota_ttd="Uji"))
    assert _done(ctx)[L.IDENTITAS] and sum(_done(ctx).values()) == 1

    unit_id, kepala_id, staf = _kantor_kecil(ctx)
    st = L.status_langkah_pertama(ctx)
    assert st[L.PEGAWAI].selesai and st[L.PEGAWAI].jumlah == 3
    assert (st[L.AKUN_PENILAI].jumlah, st[L.AKUN_PENILAI].dari) == (0, 1)  # the head supervises two
    assert (st[L.SKP_DIBUAT].jumlah, st[L.SKP_DIBUAT].dari) == (0, 3)
    assert (st[L.PREDIKAT_ORGANISASI].jumlah, st[L.PREDIKAT_ORGANISASI].dari) == (0, 1)

    akun.buat_pengguna(ctx, akun.PenggunaBaru("kasi", "Kepala Seksi", Role.PENILAI, "Rahasia-123-kuat", kepala_id))
    assert _done(ctx)[L.AKUN_PENILAI]

    info = per.buat_tahun(ctx, tahun, SkemaPeriode.TRIWULANAN)
    assert not _done(ctx)[L.PERIODE]  # a year whose periods are all still closed
    tw1 = info.periodik[0].id
    per.buka_periode(ctx, tw1)
    st = L.status_langkah_pertama(ctx)
    assert st[L.PERIODE].selesai and st.periode == "Triwulan I"

    skp_ids = {pid: S.create_skp(ctx, pid, tahun).id for pid in [kepala_id, *staf]}
    st = L.status_langkah_pertama(ctx)
    assert st[L.SKP_DIBUAT].selesai and (st[L.SKP_DISETUJUI].jumlah, st[L.SKP_DISETUJUI].dari) == (0, 3)
    for sid in skp_ids.values():
        S.save_rhk(ctx, sid, S.RhkInput(teks="Terlayaninya warga", rhk_atasan_teks="Pelayanan prima", indikator=[
            S.IndikatorInput(teks="Jumlah layanan", aspek="kuantitas", target_min=100, satuan="layanan")]))
        S.submit(ctx, sid)
        S.approve(ctx, sid)
    st = L.status_langkah_pertama(ctx)
    assert st[L.SKP_DISETUJUI].selesai and st[L.SKP_DISETUJUI].jumlah == 3

    per.set_predikat_organisasi(ctx, unit_id, tw1, PredikatOrganisasi.BAIK)
    assert _done(ctx)[L.PREDIKAT_ORGANISASI]
    assert not _done(ctx)[L.EVALUASI_PERTAMA]

    sid = skp_ids[staf[0]]
    eid = ev.ensure_evaluasi(ctx, sid, tw1)
    d = ev.get_evaluasi(ctx, eid)
    d = ev.save_realisasi(ctx, eid, [ev.RealisasiInput(i.indikator_id, "", "100 layanan", 100)
                                       for i in d.indikator()], version_id=d.version_id)
    d = ev.set_penilaian(ctx, eid, Rating.SESUAI, Rating.SESUAI, version_id=d.version_id)
    ev.finalize_evaluasi(ctx, eid, "Uji, 1 April", version_id=d.version_id)
    st = L.status_langkah_pertama(ctx)
    assert st.lengkap and st.selesai == 8 and st[L.EVALUASI_PERTAMA].jumlah == 1

    # computed, never ticked: an office name cleared later opens its step again
    set_office(ctx, OfficeInfo(**{**get_office(ctx).__dict__, "nama_kantor": ""}))
    assert not _done(ctx)[L.IDENTITAS]


def test_only_for_those_who_set_the_office_up(ctx: AppContext) -> None:
    penilai = ctx.as_actor(Actor(7, "kasi", Role.PENILAI, pegawai_id=None))
    with pytest.raises(PermissionDenied):
        L.status_langkah_pertama(penilai)
    operator = ctx.as_actor(Actor(8, "op", Role.OPERATOR))
    assert L.status_langkah_pertama(operator).total == 8
