"""Year settings, open/close/reopen, locking of closed periods, organisation predicate."""

from __future__ import annotations

import pytest
from penilaian_helpers import Kantor
from sqlalchemy import select

from asn_desktop.db.models import AuditLog
from asn_desktop.domain.enums import PredikatOrganisasi, Role, SkemaPeriode, StatusPeriode
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


@pytest.mark.parametrize(("skema", "n"), [("bulanan", 12), ("triwulanan", 4), ("semesteran", 2)])
def test_year_with_each_scheme(ctx: AppContext, skema: str, n: int) -> None:
    t = per.buat_tahun(ctx, 2027, skema)
    assert len(t.periodik) == n and t.tahunan is not None
    assert all(p.status is StatusPeriode.BELUM_DIBUKA for p in t.periode)
    assert t.periodik[0].tanggal_mulai.isoformat() == "2027-01-01"
    assert t.periodik[-1].tanggal_selesai.isoformat() == "2027-12-31"
    with pytest.raises(ValidationError, match="sudah ada"):
        per.buat_tahun(ctx, 2027, "bulanan")


def test_bad_year_input(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="2000 dan 2100"):
        per.buat_tahun(ctx, 1999, "triwulanan")
    with pytest.raises(ValidationError, match="Skema periode"):
        per.buat_tahun(ctx, 2027, "mingguan")
    assert per.list_tahun(ctx) == []


def test_scheme_change_only_before_evaluations(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    with pytest.raises(ServiceError, match="tidak dapat diubah"):
        per.ubah_skema(ctx, 2026, SkemaPeriode.SEMESTERAN)
    per.buat_tahun(ctx, 2027, "triwulanan")
    t = per.ubah_skema(ctx, 2027, "semesteran")
    assert [p.nama for p in t.periode] == ["Semester I", "Semester II", "Tahunan"]


def test_closed_period_is_locked_and_admin_reopen_is_audited(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    ev.set_penilaian(ctx, eid, "sesuai", "sesuai")
    closed = per.tutup_periode(ctx, kantor_kecil.tw1)
    assert closed.status is StatusPeriode.DITUTUP and closed.ditutup_oleh == "penguji"
    ind = kantor_kecil.indikator[kantor_kecil.skp[kantor_kecil.staf[0]]][0]
    with pytest.raises(ServiceError, match="sudah ditutup"):
        ev.set_penilaian(ctx, eid, "di_atas", "di_atas")
    with pytest.raises(ServiceError, match="sudah ditutup"):
        ev.save_realisasi(ctx, eid, [ev.RealisasiInput(ind, "x", "y", 1)])
    with pytest.raises(ServiceError, match="sudah ditutup"):
        ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[1]], kantor_kecil.tw1)
    d = ev.get_evaluasi(ctx, eid)
    assert d.hak.terkunci and not d.hak.nilai and "ditutup" in d.hak.alasan_terkunci
    assert d.rating_hasil.value == "sesuai"  # nothing changed
    # only an admin reopens, with a reason
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    with pytest.raises(PermissionDenied):
        per.buka_kembali_periode(penilai, kantor_kecil.tw1, "koreksi nilai")
    with pytest.raises(ValidationError, match="alasan"):
        per.buka_kembali_periode(ctx, kantor_kecil.tw1, "  ")
    with pytest.raises(ServiceError, match="Buka kembali"):
        per.buka_periode(ctx, kantor_kecil.tw1)
    reopened = per.buka_kembali_periode(ctx, kantor_kecil.tw1, "Koreksi salah input rating")
    assert reopened.status is StatusPeriode.DIBUKA
    with ctx.read() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.aksi == "periode.buka_kembali")).one()
        assert "Koreksi salah input rating" in log.ringkasan
        assert log.sebelum["status"] == "ditutup" and log.sesudah["status"] == "dibuka"
        assert log.username == "penguji"
    assert ev.set_penilaian(ctx, eid, "di_atas", "di_atas").predikat.value == "sangat_baik"


def test_unopened_period_refuses_writes(kantor_kecil: Kantor) -> None:
    tw2 = kantor_kecil.tahun.periodik[1].id
    with pytest.raises(ServiceError, match="belum dibuka"):
        ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], tw2)


def test_period_admin_needs_permission(kantor_kecil: Kantor) -> None:
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    with pytest.raises(PermissionDenied):
        per.tutup_periode(penilai, kantor_kecil.tw1)
    with pytest.raises(PermissionDenied):
        per.set_predikat_organisasi(penilai, kantor_kecil.unit_id, kantor_kecil.tw1, "baik")


def test_org_predicate_set_cleared_and_derived_from_head(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    info = per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "Istimewa", "Ditetapkan Camat")
    assert info.predikat is PredikatOrganisasi.ISTIMEWA and info.sumber == "ditetapkan"
    with pytest.raises(ValidationError, match="tidak dikenal"):
        per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "Luar biasa")
    rows = {r.unit_id: r for r in per.daftar_predikat_organisasi(ctx, kantor_kecil.tw1)}
    assert rows[kantor_kecil.unit_id].predikat is PredikatOrganisasi.ISTIMEWA
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, None)
    assert per.daftar_predikat_organisasi(ctx, kantor_kecil.tw1)[0].predikat is None


def _skp_kepala(kantor_kecil: Kantor) -> int:
    from datetime import date

    from asn_desktop.db.models import Skp
    from asn_desktop.domain.enums import StatusSkp

    with kantor_kecil.ctx.write("uji") as uow:
        skp = Skp(pegawai_id=kantor_kecil.kepala_id, tahun=2026, status=StatusSkp.DISETUJUI.value,
                  periode_mulai=date(2026, 1, 1), periode_selesai=date(2026, 12, 31), pegawai_nama="Kepala")
        uow.session.add(skp)
        uow.session.flush()
        return skp.id


def test_capaian_is_the_unit_predicate_and_sets_the_leaders_rating(kantor_kecil: Kantor) -> None:
    """kinerja-asn.md §5, SE MenPANRB 3/2023: the predicate the higher leader set is the
    capaian for everyone in the unit; the leader's rating hasil kerja follows it, and a
    different rating needs a written reason that prints on the document."""
    from asn_desktop.domain.enums import Rating
    from asn_desktop.services import laporan as lap

    ctx = kantor_kecil.ctx
    skp_id = _skp_kepala(kantor_kecil)
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "baik")
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tw1)
    d = ev.get_evaluasi(ctx, eid)
    assert d.capaian_organisasi is PredikatOrganisasi.BAIK and d.rating_hasil_pimpinan is Rating.SESUAI
    with pytest.raises(ValidationError, match="memerlukan alasan") as exc:
        ev.set_penilaian(ctx, eid, "di_atas", "sesuai")
    assert exc.value.problems[0].field == "alasan_rating_pimpinan"
    d = ev.set_penilaian(ctx, eid, "di_atas", "sesuai",
                         alasan_rating_pimpinan="Capaian seksi ditopang penuh oleh inovasi kepala seksi")
    assert d.capaian_organisasi is PredikatOrganisasi.BAIK  # his Di Atas does not lift the unit
    staff = ev.detail_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    assert staff.capaian_organisasi is PredikatOrganisasi.BAIK and staff.rating_hasil_pimpinan is None
    final = ev.finalize_evaluasi(ctx, eid, "Kupang, 30 April 2026")
    assert final.final and final.capaian_organisasi is PredikatOrganisasi.BAIK
    doc = lap.dokumen_evaluasi(ctx, eid)
    assert doc.capaian_organisasi == "Baik" and "inovasi kepala seksi" in doc.alasan_rating_pimpinan


def test_no_predicate_nothing_inferred(kantor_kecil: Kantor) -> None:
    """Without a predicate for the unit nothing is derived from anyone's rating."""
    ctx = kantor_kecil.ctx
    skp_id = _skp_kepala(kantor_kecil)
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, None)
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tw1)
    d = ev.set_penilaian(ctx, eid, "di_atas", "di_atas")  # no capaian: no reason needed either
    assert d.capaian_organisasi is None and d.rating_hasil_pimpinan is None
    staff = ev.detail_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    assert staff.capaian_organisasi is None
    rows = {r.unit_id: r for r in per.daftar_predikat_organisasi(ctx, kantor_kecil.tw1)}
    assert rows[kantor_kecil.unit_id].predikat is None and rows[kantor_kecil.unit_id].sumber == ""
    # the predicate set afterwards: the leader's rating must now follow it or be explained before signing
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "butuh_perbaikan")
    with pytest.raises(ValidationError, match="Di Bawah Ekspektasi"):
        ev.finalize_evaluasi(ctx, eid)


def test_demo_has_three_closed_quarters_and_open_fourth(demo_ctx: AppContext) -> None:
    t = per.get_tahun(demo_ctx, 2026)
    assert [p.status for p in t.periodik[:3]] == [StatusPeriode.DITUTUP] * 3
    assert per.periode_aktif(demo_ctx).nama == "Triwulan IV"


def test_the_lock_reason_reads_in_english(kantor_kecil: Kantor, english_pesan: object) -> None:
    """The editor's banner for a closed period (a service text) follows the interface language."""
    from asn_desktop.ui.penilaian.editor import _alasan

    ctx = kantor_kecil.ctx
    eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    per.tutup_periode(ctx, kantor_kecil.tw1)
    d = ev.get_evaluasi(ctx, eid)
    assert "sudah ditutup" in d.hak.alasan_terkunci  # logs and the CLI keep the Indonesian
    shown = _alasan(d)
    assert "is closed; the data is locked" in shown and "Triwulan" not in shown, shown
