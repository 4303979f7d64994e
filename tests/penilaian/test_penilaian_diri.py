"""Blind self-assessment, realisasi by the employee, finalisation snapshots."""

from __future__ import annotations

import pytest
from penilaian_helpers import Kantor

from asn_desktop.domain.enums import Rating, Role, StatusEvaluasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


def test_self_assessment_is_hidden_from_supervisor_until_submitted(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[0]
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "peg")
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    eid = ev.ensure_evaluasi(pegawai, kantor_kecil.skp[pid], kantor_kecil.tw1)
    mine = ev.save_penilaian_diri(pegawai, eid, "di_atas", "sesuai", "Semua laporan tepat waktu")
    assert mine.penilaian_diri.rating_hasil is Rating.DI_ATAS and not mine.penilaian_diri.diajukan
    seen = ev.get_evaluasi(penilai, eid)
    assert seen.penilaian_diri is None and not seen.penilaian_diri_diajukan
    admin = ev.get_evaluasi(kantor_kecil.ctx, eid)
    assert admin.penilaian_diri is None  # hidden from everybody but the employee
    with pytest.raises(ValidationError, match="kedua rating"):
        ev.save_penilaian_diri(pegawai, eid, "di_atas", None, ajukan=True)
    ev.save_penilaian_diri(pegawai, eid, "di_atas", "sesuai", "Semua laporan tepat waktu", ajukan=True)
    seen = ev.get_evaluasi(penilai, eid)
    assert seen.penilaian_diri.rating_hasil is Rating.DI_ATAS
    assert seen.penilaian_diri.catatan == "Semua laporan tepat waktu"
    assert seen.status is StatusEvaluasi.DIAJUKAN
    rows = {r.pegawai_id: r for r in ev.list_evaluasi(penilai, kantor_kecil.tw1)}
    assert rows[pid].penilaian_diri_diajukan
    with pytest.raises(ServiceError, match="sudah diajukan"):
        ev.save_penilaian_diri(pegawai, eid, "sesuai", "sesuai")


def test_only_the_employee_writes_his_self_assessment(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[0]
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
    for actor in (kantor_kecil.ctx, kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi"),
                  kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[1], "lain")):
        with pytest.raises(PermissionDenied):
            ev.save_penilaian_diri(actor, eid, "sesuai", "sesuai")


def test_realisasi_by_employee_not_by_colleague(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[0]
    skp_id = kantor_kecil.skp[pid]
    ind = kantor_kecil.indikator[skp_id]
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "peg")
    eid = ev.ensure_evaluasi(pegawai, skp_id, kantor_kecil.tw1)
    d = ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind[0], "Menyusun 3 laporan", "3 laporan", 3),
                                           ev.RealisasiInput(ind[1], "Periksa ulang", None, 95.5)])
    got = {i.indikator_id: i for i in d.indikator()}
    assert got[ind[0]].rencana_aksi == "Menyusun 3 laporan" and got[ind[0]].realisasi_nilai == 3
    assert got[ind[1]].realisasi_tampil == "95,5 %"
    assert ev.list_evaluasi(pegawai, kantor_kecil.tw1)[0].realisasi_terisi == 2
    other = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[1], "lain")
    with pytest.raises(PermissionDenied):
        ev.save_realisasi(other, eid, [ev.RealisasiInput(ind[0], "x", "y", 1)])
    with pytest.raises(ValidationError, match="bukan angka"):
        ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind[0], "x", "y", "tiga")])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="terlalu panjang"):
        ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind[0], "x" * 6000)])
    with pytest.raises(ValidationError, match="di luar jangkauan"):
        ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind[0], None, None, float("inf"))])
    assert {i.indikator_id: i for i in ev.get_evaluasi(pegawai, eid).indikator()}[ind[0]].realisasi == "3 laporan"


def test_unapproved_skp_cannot_be_evaluated(kantor_kecil: Kantor) -> None:
    from asn_desktop.db.models import Skp

    skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
    with kantor_kecil.ctx.write("uji") as uow:
        uow.session.get(Skp, skp_id).status = "diajukan"
    with pytest.raises(ServiceError, match="hanya SKP yang sudah disetujui"):
        ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, kantor_kecil.tw1)


def test_finalisation_freezes_header_and_locks(kantor_kecil: Kantor) -> None:
    from asn_desktop.db.models import Pegawai

    pid = kantor_kecil.staf[0]
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
    with pytest.raises(ValidationError, match="belum dapat difinalkan"):
        ev.finalize_evaluasi(kantor_kecil.ctx, eid)
    ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai")
    with pytest.raises(ValidationError, match="2 indikator belum berisi realisasi") as err:
        ev.finalize_evaluasi(kantor_kecil.ctx, eid)  # rated, but nothing reported against the targets
    assert [p.field for p in err.value.problems] == [
        "A.1 Kuantitas — Jumlah laporan", "A.1 Kualitas — Persentase laporan tanpa revisi"]
    ind = kantor_kecil.indikator[kantor_kecil.skp[pid]]
    ev.save_realisasi(kantor_kecil.ctx, eid, [ev.RealisasiInput(ind[0], None, "", 12)])
    with pytest.raises(ValidationError, match="1 indikator belum berisi realisasi"):
        ev.finalize_evaluasi(kantor_kecil.ctx, eid)
    # a written "tidak dilaksanakan" note is a realisasi too
    ev.save_realisasi(kantor_kecil.ctx, eid, [ev.RealisasiInput(ind[1], None, "Tidak dilaksanakan: tidak ada laporan "
                                                                         "masuk pada triwulan ini")])
    d = ev.finalize_evaluasi(kantor_kecil.ctx, eid)
    assert d.final and d.header["pegawai"]["jabatan"] == "Pengelola Umum Operasional"
    assert d.header["penilai"]["nama"] == "Kepala Seksi Uji"
    # a later promotion does not rewrite the signed document
    with kantor_kecil.ctx.write("uji") as uow:
        uow.session.get(Pegawai, pid).nama_jabatan = "Penata Layanan Operasional"
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).header["pegawai"]["jabatan"] == "Pengelola Umum Operasional"
    with pytest.raises(ServiceError, match="sudah final"):
        ev.set_penilaian(kantor_kecil.ctx, eid, "di_atas", "di_atas")
    with pytest.raises(ValidationError):
        ev.unfinalize_evaluasi(kantor_kecil.ctx, eid, "")
    again = ev.unfinalize_evaluasi(kantor_kecil.ctx, eid, "Salah ketik umpan balik")
    assert again.status is StatusEvaluasi.DINILAI
