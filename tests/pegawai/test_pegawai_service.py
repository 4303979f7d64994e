"""Employee profile services: list rows, save with validation and history rules, status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from pegawai_helpers import LAHIR_BARU, NIP_BARU, Struktur, as_role, audit_count, row, struktur  # noqa: F401 (fixture)
from sqlalchemy import func, select

from asn_desktop.db.models import AuditLog, Pegawai, Skp, UnitKerja
from asn_desktop.db.session import open_database
from asn_desktop.domain.enums import Role
from asn_desktop.services import pegawai as svc
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import ConflictError, PermissionDenied, ValidationError


def _new(unit_id: int | None, **kw: object) -> svc.PegawaiData:
    d = svc.PegawaiData(
        nip="1990 0517 2015 03 2 001", nama="Maria Yosefina Ndolu", gelar_belakang="S.Sos", tanggal_lahir=LAHIR_BARU,
        jenis_kelamin="P", tmt_cpns=date(2015, 3, 1), status_kepegawaian="PNS", golongan="III/a",
        tmt_golongan=date(2019, 4, 1), jenis_jabatan="pelaksana", nama_jabatan="Penata Layanan Operasional",
        tmt_jabatan=date(2020, 1, 1), unit_id=unit_id,
    )
    return replace(d, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- list


def test_list_rows_is_one_row_per_person_with_unit_and_supervisor(demo_ctx: AppContext, struktur: Struktur) -> None:
    rows = svc.list_pegawai_rows(demo_ctx)
    assert len(rows) == 40
    camat = next(r for r in rows if r.id == struktur.camat_id)
    assert camat.unit_nama == struktur.root.nama and camat.atasan_nama == ""
    staff = next(r for r in rows if r.atasan_id == struktur.camat_id)
    assert staff.atasan_nama.startswith(camat.nama_inti.split()[0]) or camat.nama_inti in staff.atasan_nama
    # search key: casefolded name + jabatan; NIP digits apart
    assert staff.kunci == staff.kunci.casefold() and staff.nip_digits.isdigit() and len(staff.nip_digits) == 18


def test_list_rows_requires_master_read(demo_ctx: AppContext) -> None:
    assert svc.list_pegawai_rows(as_role(demo_ctx, Role.PENILAI))  # penilai may read
    with pytest.raises(PermissionDenied):
        svc.list_pegawai_rows(as_role(demo_ctx, Role.PEGAWAI))


# --------------------------------------------------------------------------- save


def test_profile_edit_persists_after_reopening_database(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    d = replace(p.data, no_hp="0813 3900 1122", alamat="Jl. Frans Seda No. 5, Kupang", gelar_depan="Ir.")
    res = svc.save_profil(demo_ctx, d, p.riwayat)
    assert res.row.nama.startswith("Ir. ")
    path = demo_ctx.db.target
    demo_ctx.db.dispose()
    db2 = open_database(path)
    try:
        again = svc.get_profil(AppContext(db2, Actor.system("x")), pid).data
        assert (again.no_hp, again.alamat, again.gelar_depan) == ("0813 3900 1122", "Jl. Frans Seda No. 5, Kupang", "Ir.")
    finally:
        db2.dispose()


def test_invalid_nip_is_refused_and_nothing_is_written(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[1])[0].id
    p = svc.get_profil(demo_ctx, pid)
    before = audit_count(demo_ctx)
    for bad in ("12345", "19901317 201503 2 001", "1,98E+17", ""):
        with pytest.raises(ValidationError) as ex:
            svc.save_profil(demo_ctx, replace(p.data, nip=bad, nama="Diubah"), p.riwayat)
        assert any(pr.field == "nip" for pr in ex.value.problems), bad
        assert "NIP" in ex.value.message
    assert audit_count(demo_ctx) == before
    assert svc.get_profil(demo_ctx, pid).data.nama == p.data.nama


def test_nip_disagreeing_with_master_data_is_a_warning_beside_each_field() -> None:
    d = svc.normalise(_new(None, tanggal_lahir=date(1990, 5, 18), jenis_kelamin="L", tmt_cpns=date(2016, 1, 1)))
    pr = svc.periksa_pegawai(d, today=date(2026, 6, 1))
    assert not pr.errors
    fields = {p.field for p in pr.warnings}
    assert {"tanggal_lahir", "jenis_kelamin", "tmt_cpns"} <= fields
    consistent = svc.periksa_pegawai(svc.normalise(_new(None)), today=date(2026, 6, 1))
    assert not consistent.items


def test_pppk_needs_pppk_golongan_and_ni_pppk(demo_ctx: AppContext, struktur: Struktur) -> None:
    d = svc.normalise(_new(struktur.seksi[0].id, status_kepegawaian="PPPK", golongan="III/a"))
    pr = svc.periksa_pegawai(d)
    assert any(p.field == "golongan" for p in pr.errors)
    ok = svc.normalise(_new(struktur.seksi[0].id, status_kepegawaian="PPPK", golongan="IX",
                            nip="19900517 2015 21 2 001", tmt_cpns=date(2015, 1, 1)))
    assert not svc.periksa_pegawai(ok).errors


def test_new_employee_gets_unit_head_as_supervisor_and_history_from_profile(
    demo_ctx: AppContext, struktur: Struktur
) -> None:
    unit = struktur.seksi[2]
    res = svc.save_profil(demo_ctx, _new(unit.id))
    assert res.baru and res.row.atasan_id == unit.kepala_id
    assert res.row.nip == NIP_BARU
    gol = res.profil.riwayat["golongan"]
    assert [(g.golongan, g.tmt) for g in gol] == [("III/a", date(2019, 4, 1))]
    assert res.profil.riwayat["jabatan"][0].unit_nama == unit.nama


def test_duplicate_nip_is_refused(demo_ctx: AppContext, struktur: Struktur) -> None:
    svc.save_profil(demo_ctx, _new(struktur.seksi[0].id))
    with pytest.raises(ValidationError) as ex:
        svc.save_profil(demo_ctx, _new(struktur.seksi[1].id, nama="Orang Lain"))
    assert "sudah dipakai" in ex.value.message


def test_empty_wrong_and_huge_inputs_are_refused_with_field_messages() -> None:
    pr = svc.periksa_pegawai(svc.normalise(_new(None, nama="   ", email="bukan-email", nik="12", no_hp="abc")))
    fields = {p.field for p in pr.errors}
    assert {"nama", "email", "nik", "no_hp"} <= fields
    huge = svc.periksa_pegawai(svc.normalise(_new(None, nama="A" * 5000, catatan="x" * 20000)))
    assert {"nama", "catatan"} <= {p.field for p in huge.errors}
    st = svc.periksa_pegawai(svc.normalise(_new(None, status="pensiun")))
    assert any(p.field == "tanggal_status" for p in st.errors)
    foto = svc.periksa_pegawai(svc.normalise(_new(None, foto=b"GIF89a....")))
    assert any(p.field == "foto" for p in foto.errors)


def test_stale_version_is_a_conflict(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    svc.save_profil(demo_ctx, replace(p.data, no_hp="0811111111"), p.riwayat)
    with pytest.raises(ConflictError):
        svc.save_profil(demo_ctx, replace(p.data, no_hp="0822222222"), p.riwayat)


def test_operator_writes_penilai_may_not(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    with pytest.raises(PermissionDenied):
        svc.save_profil(as_role(demo_ctx, Role.PENILAI, struktur.camat_id), replace(p.data, no_hp="0811"), p.riwayat)
    res = svc.save_profil(as_role(demo_ctx, Role.OPERATOR), replace(p.data, no_hp="0811 2233 44"), p.riwayat)
    assert res.profil.data.no_hp == "0811 2233 44"


def test_audit_log_has_before_and_after_of_a_profile_change(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    svc.save_profil(demo_ctx, replace(p.data, email="baru@kupangkota.go.id"), p.riwayat)
    with demo_ctx.read() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.aksi == "pegawai.ubah", AuditLog.entitas == "pegawai")).all()
    assert log[-1].sebelum == {"email": p.data.email} and log[-1].sesudah == {"email": "baru@kupangkota.go.id"}


# --------------------------------------------------------------------------- history rule


def test_newer_riwayat_golongan_updates_the_current_golongan(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = next(r for r in struktur.staff_of(demo_ctx, struktur.seksi[0]) if r.status_kepegawaian == "PNS").id
    p = svc.get_profil(demo_ctx, pid)
    riw = dict(p.riwayat)
    riw["golongan"] = p.riwayat["golongan"] + [svc.RiwayatGolonganData(golongan="IV/a", tmt=date(2027, 10, 1),
                                                                         jenis_kenaikan="Reguler")]
    res = svc.save_profil(demo_ctx, p.data, riw)
    assert (res.profil.data.golongan, res.profil.data.tmt_golongan) == ("IV/a", date(2027, 10, 1))
    assert res.row.golongan == "IV/a"
    # deleting that entry brings the previous one back as current
    p2 = res.profil
    riw2 = dict(p2.riwayat)
    riw2["golongan"] = [g for g in p2.riwayat["golongan"] if g.golongan != "IV/a"]
    res2 = svc.save_profil(demo_ctx, replace(p2.data, golongan=p.data.golongan, tmt_golongan=p.data.tmt_golongan), riw2)
    assert res2.profil.data.golongan == p.data.golongan


def test_editing_current_golongan_records_history_and_older_tmt_is_refused(
    demo_ctx: AppContext, struktur: Struktur
) -> None:
    pid = next(r for r in struktur.staff_of(demo_ctx, struktur.seksi[1]) if r.status_kepegawaian == "PNS").id
    p = svc.get_profil(demo_ctx, pid)
    n = len(p.riwayat["golongan"])
    tmt = max(g.tmt for g in p.riwayat["golongan"]) + timedelta(days=200)
    res = svc.save_profil(demo_ctx, replace(p.data, golongan="III/d", tmt_golongan=tmt))
    gol = res.profil.riwayat["golongan"]
    assert len(gol) == n + 1 and (gol[0].golongan, gol[0].tmt) == ("III/d", tmt)
    with pytest.raises(ValidationError) as ex:
        svc.save_profil(demo_ctx, replace(res.profil.data, golongan="II/a", tmt_golongan=date(2001, 4, 1)))
    assert "riwayat" in ex.value.message.lower()
    assert row(demo_ctx, pid).golongan == "III/d"


def test_new_jabatan_on_profile_lands_in_riwayat_jabatan(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    tmt = max(j.tmt for j in p.riwayat["jabatan"] if j.tmt) + timedelta(days=31)
    res = svc.save_profil(demo_ctx, replace(p.data, nama_jabatan="Analis Kebijakan Ahli Pertama",
                                            jenis_jabatan="fungsional_keahlian", jenjang="ahli_pertama",
                                            tmt_jabatan=tmt))
    newest = res.profil.riwayat["jabatan"][0]
    assert (newest.nama_jabatan, newest.jenjang, newest.tmt) == ("Analis Kebijakan Ahli Pertama", "ahli_pertama", tmt)
    assert res.row.jabatan == "Analis Kebijakan Ahli Pertama"


def test_jp_progress_counts_the_year_of_completion() -> None:
    d = [svc.RiwayatDiklatData(nama="A", tanggal_mulai=date(2025, 12, 30), tanggal_selesai=date(2026, 1, 2), jp=16),
         svc.RiwayatDiklatData(nama="B", tanggal_mulai=date(2026, 3, 1), jp=8),
         svc.RiwayatDiklatData(nama="C", tanggal_mulai=date(2025, 3, 1), jp=40)]
    assert svc.jp_tahun(d, 2026) == 24 and svc.jp_tahun(d, 2025) == 40
    assert svc.TARGET_JP_TAHUNAN == 20


def test_riwayat_rows_are_checked_with_row_numbers(demo_ctx: AppContext, struktur: Struktur) -> None:
    pid = struktur.staff_of(demo_ctx, struktur.seksi[0])[0].id
    p = svc.get_profil(demo_ctx, pid)
    riw = dict(p.riwayat)
    riw["diklat"] = [svc.RiwayatDiklatData(nama="Pelatihan", jp=5000)]
    with pytest.raises(ValidationError) as ex:
        svc.save_profil(demo_ctx, p.data, riw)
    assert "Riwayat diklat baris 1" in str(ex.value)


# --------------------------------------------------------------------------- status


def test_status_pensiun_needs_a_date_hides_nobody_from_the_database_and_keeps_skps(
    demo_ctx: AppContext, struktur: Struktur
) -> None:
    kasi = struktur.seksi[0]
    assert kasi.kepala_id is not None
    with pytest.raises(ValidationError):
        svc.ubah_status(demo_ctx, [kasi.kepala_id], "pensiun", None)
    with demo_ctx.read() as s:
        n_pegawai = s.scalar(select(func.count()).select_from(Pegawai))
        n_skp = s.scalar(select(func.count()).select_from(Skp).where(Skp.pegawai_id == kasi.kepala_id))
    changed = svc.ubah_status(demo_ctx, [kasi.kepala_id], "pensiun", date(2026, 6, 1), "SK BKN 123")
    assert changed == [kasi.kepala_id]
    with demo_ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Pegawai)) == n_pegawai
        assert s.scalar(select(func.count()).select_from(Skp).where(Skp.pegawai_id == kasi.kepala_id)) == n_skp
        assert s.get(UnitKerja, kasi.id).kepala_id is None  # a retired head no longer heads the unit
        p = s.get(Pegawai, kasi.kepala_id)
        assert (p.status, p.tanggal_status, p.keterangan_status) == ("pensiun", date(2026, 6, 1), "SK BKN 123")
    aktif = svc.list_pegawai_rows(demo_ctx, status=["aktif"])
    assert kasi.kepala_id not in {r.id for r in aktif}
    svc.ubah_status(demo_ctx, [kasi.kepala_id], "aktif", None)
    assert row(demo_ctx, kasi.kepala_id).status == "aktif"
