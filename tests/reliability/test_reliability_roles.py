"""Roles enforced in the services: each call made directly as each role.

Admin: everything. Operator: master data, import/export, no ratings.
Penilai: approves and rates only their own subordinates. Pegawai: own data only.
Whatever the UI shows, a call a role may not make fails with PermissionDenied
and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_helpers import Kantor, content_digest

from asn_desktop.services.errors import PermissionDenied, ServiceError
from asn_desktop.services.settings import get_office, set_office

ROLES = ["admin", "operator", "penilai", "pegawai"]


def _outcome(fn) -> str:  # type: ignore[no-untyped-def]
    try:
        fn()
    except PermissionDenied:
        return "ditolak"
    except ServiceError:
        return "diizinkan"  # allowed in principle, refused for a data reason (status, period, ...)
    return "diizinkan"


def _check(kantor_berakun: Kantor, call, allowed: set[str]) -> None:  # type: ignore[no-untyped-def]
    for role in ROLES:
        before = content_digest(kantor_berakun.ctx.db)
        got = _outcome(lambda: call(kantor_berakun.as_(role)))
        assert got == ("diizinkan" if role in allowed else "ditolak"), role
        if got == "ditolak":
            assert content_digest(kantor_berakun.ctx.db) == before, f"{role}: refused but changed data"


def test_office_identity_is_admin_only(kantor_berakun: Kantor) -> None:
    def call(c):  # type: ignore[no-untyped-def]
        info = get_office(c)
        info.alamat = f"Jl. {c.actor.username}"
        set_office(c, info)

    _check(kantor_berakun, call, {"admin"})


def test_office_refuses_an_invalid_nip_for_the_camats_supervisor_whatever_the_caller(kantor_berakun: Kantor) -> None:
    from asn_desktop.services.errors import ValidationError

    info = get_office(kantor_berakun.ctx)
    before = content_digest(kantor_berakun.ctx.db)
    info.atasan_camat_nip = "1975 0512 2000"  # 12 digits: not a NIP
    with pytest.raises(ValidationError) as ei:
        set_office(kantor_berakun.ctx, info)
    assert "NIP atasan Camat" in str(ei.value)
    assert content_digest(kantor_berakun.ctx.db) == before
    info.atasan_camat_nip = "197505122000031003"
    set_office(kantor_berakun.ctx, info)
    assert get_office(kantor_berakun.ctx).atasan_camat_nip == "197505122000031003"


def test_employee_master_data(kantor_berakun: Kantor) -> None:
    pegawai = pytest.importorskip("asn_desktop.services.pegawai")
    pid = kantor_berakun.bukan_bawahan_id
    _check(kantor_berakun, lambda c: pegawai.get_profil(c, pid), {"admin", "operator", "penilai"})

    def edit(c):  # type: ignore[no-untyped-def]
        prof = pegawai.get_profil(kantor_berakun.ctx, pid)
        prof.data.no_hp = "0812" + str(len(c.actor.username)) * 6
        pegawai.save_profil(c, prof.data)

    _check(kantor_berakun, edit, {"admin", "operator"})


def test_excel_exchange_is_for_admin_and_operator(kantor_berakun: Kantor, tmp_path: Path) -> None:
    pp = pytest.importorskip("asn_desktop.services.pertukaran_pegawai")
    _check(kantor_berakun, lambda c: pp.export_employees(c, tmp_path / f"{c.actor.username}.xlsx"),
           {"admin", "operator"})
    roster = tmp_path / "admin.xlsx"
    _check(kantor_berakun, lambda c: pp.import_roster(c, roster), {"admin", "operator"})
    assert not (tmp_path / "penilai.xlsx").exists() and not (tmp_path / "pegawai.xlsx").exists()


def _skp_of(kantor_berakun: Kantor, pegawai_id: int) -> int:
    from sqlalchemy import select

    from asn_desktop.db.models import Skp

    with kantor_berakun.ctx.read() as s:
        return int(s.scalar(select(Skp.id).where(Skp.pegawai_id == pegawai_id).order_by(Skp.versi.desc())))


def test_skp_approval_only_by_the_employees_own_penilai(kantor_berakun: Kantor) -> None:
    skp = pytest.importorskip("asn_desktop.services.skp")
    own = _skp_of(kantor_berakun, kantor_berakun.bawahan_id)  # the penilai is its pejabat penilai
    other = _skp_of(kantor_berakun, kantor_berakun.bukan_bawahan_id)
    _check(kantor_berakun, lambda c: skp.approve(c, own), {"admin", "penilai"})
    _check(kantor_berakun, lambda c: skp.approve(c, other), {"admin"})
    _check(kantor_berakun, lambda c: skp.return_skp(c, other, "Perbaiki indikator"), {"admin"})


def _evaluation_tw4(kantor_berakun: Kantor, pegawai_id: int) -> int:
    from sqlalchemy import select

    from asn_desktop.db.models import Periode
    from asn_desktop.services import evaluasi

    with kantor_berakun.ctx.read() as s:
        periode = s.scalar(select(Periode.id).where(Periode.status == "dibuka").order_by(Periode.urutan))
    return evaluasi.ensure_evaluasi(kantor_berakun.ctx, _skp_of(kantor_berakun, pegawai_id), int(periode))


def test_rating_only_by_the_penilai_of_that_employee_never_by_operator(kantor_berakun: Kantor) -> None:
    evaluasi = pytest.importorskip("asn_desktop.services.evaluasi")
    own = _evaluation_tw4(kantor_berakun, kantor_berakun.bawahan_id)
    other = _evaluation_tw4(kantor_berakun, kantor_berakun.bukan_bawahan_id)
    _check(kantor_berakun, lambda c: evaluasi.set_penilaian(c, own, "sesuai", "sesuai"), {"admin", "penilai"})
    _check(kantor_berakun, lambda c: evaluasi.set_penilaian(c, other, "sesuai", "sesuai"), {"admin"})
    # the penilai's rating really landed; the predikat comes from the matrix
    detail = evaluasi.get_evaluasi(kantor_berakun.as_("penilai"), own)
    assert detail.predikat


def test_self_assessment_only_on_own_evaluation(kantor_berakun: Kantor) -> None:
    evaluasi = pytest.importorskip("asn_desktop.services.evaluasi")
    own = _evaluation_tw4(kantor_berakun, kantor_berakun.pegawai.pegawai_id)
    other = _evaluation_tw4(kantor_berakun, kantor_berakun.bukan_bawahan_id)
    def self_assess(c, ev):  # type: ignore[no-untyped-def]
        return evaluasi.save_penilaian_diri(c, ev, "sesuai", "sesuai", "Sudah sesuai rencana.")

    pegawai_ctx = kantor_berakun.as_("pegawai")
    assert _outcome(lambda: self_assess(pegawai_ctx, own)) == "diizinkan"
    assert _outcome(lambda: self_assess(pegawai_ctx, other)) == "ditolak"
    assert _outcome(lambda: self_assess(kantor_berakun.as_("operator"), other)) == "ditolak"


def test_ratings_are_confidential(kantor_berakun: Kantor) -> None:
    evaluasi = pytest.importorskip("asn_desktop.services.evaluasi")
    from sqlalchemy import select

    from asn_desktop.db.models import Evaluasi

    with kantor_berakun.ctx.read() as s:
        rated = s.scalar(select(Evaluasi.id).where(
            Evaluasi.skp_id == _skp_of(kantor_berakun, kantor_berakun.bukan_bawahan_id),
            Evaluasi.rating_hasil_kerja.is_not(None)))
    for role in ("pegawai", "operator"):
        try:
            d = evaluasi.get_evaluasi(kantor_berakun.as_(role), rated)
        except PermissionDenied:
            continue
        assert d.rating_hasil is None and d.predikat is None, role  # hidden, if shown at all


def test_reports_need_the_reports_permission(kantor_berakun: Kantor) -> None:
    laporan = pytest.importorskip("asn_desktop.services.laporan")
    _check(kantor_berakun, lambda c: laporan.kelengkapan(c, 2026), {"admin", "operator", "penilai"})


def test_backup_audit_and_accounts_matrix(kantor_berakun: Kantor, tmp_path: Path) -> None:
    from asn_desktop.services import akun, audit, cadangan

    # beside the database: admin and operator; to a chosen folder (a flash disk): the admin only
    _check(kantor_berakun, lambda c: cadangan.create_backup(c), {"admin", "operator"})
    _check(kantor_berakun, lambda c: cadangan.create_backup(c, tmp_path / c.actor.username), {"admin"})
    _check(kantor_berakun, lambda c: audit.cari_audit(c), {"admin"})
    _check(kantor_berakun, lambda c: akun.daftar_pengguna(c), {"admin"})
    good = next(p for p in (tmp_path / "admin").iterdir() if p.suffix in (".db", ".dump"))  # .dump: a server
    _check(kantor_berakun, lambda c: cadangan.check_backup(c, good), {"admin", "operator"})
