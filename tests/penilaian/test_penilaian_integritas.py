"""Appraisal integrity: who fills what, a penilai's rating changed only with a visible reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from penilaian_helpers import Kantor, isi_realisasi

from asn_desktop.domain.enums import Predikat, Rating, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.errors import PermissionDenied, ValidationError


def _admin(k: Kantor):  # noqa: ANN202 - an AppContext
    from asn_desktop.services.context import Actor

    return k.ctx.as_actor(Actor(9, "admin", Role.ADMIN, None, "Admin Kecamatan"))


def test_admin_changing_the_penilai_rating_needs_a_reason_shown_to_penilai_and_employee(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[0]
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "staf01")
    admin = _admin(kantor_kecil)
    eid = ev.ensure_evaluasi(penilai, kantor_kecil.skp[pid], kantor_kecil.tw1)
    d = ev.set_penilaian(penilai, eid, "di_atas", "di_atas")
    assert d.predikat is Predikat.SANGAT_BAIK and d.perubahan_rating is None and d.hak.pejabat_penilai

    # the admin overwrites Sangat Baik -> Baik: refused without a reason, nothing written
    with pytest.raises(ValidationError, match="diisi oleh pejabat penilai") as err:
        ev.set_penilaian(admin, eid, "sesuai", "sesuai")
    assert err.value.problems[0].field == "alasan_perubahan"
    assert ev.get_evaluasi(penilai, eid).predikat is Predikat.SANGAT_BAIK
    d = ev.set_penilaian(admin, eid, "sesuai", "sesuai",
                         alasan_perubahan="Hasil klarifikasi bukti dukung: dua laporan terlambat")
    assert d.predikat is Predikat.BAIK and not d.hak.pejabat_penilai

    for who in (penilai, pegawai, admin):
        seen = ev.get_evaluasi(who, eid).perubahan_rating
        assert seen is not None and seen.oleh == "Admin Kecamatan"
        assert seen.dari_hasil is Rating.DI_ATAS and seen.menjadi_hasil is Rating.SESUAI
        assert "diubah oleh Admin Kecamatan" in seen.teks
        assert "dari Di Atas Ekspektasi / Di Atas Ekspektasi (Sangat Baik)" in seen.teks
        assert "menjadi Sesuai Ekspektasi / Sesuai Ekspektasi (Baik)" in seen.teks
        assert seen.teks.endswith("alasan: Hasil klarifikasi bukti dukung: dua laporan terlambat")
    # nobody outside the evaluation sees ratings, nor the change
    rekan = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[1], "staf02")
    with pytest.raises(PermissionDenied):
        ev.get_evaluasi(rekan, eid)

    # feedback only (ratings as they are): no new reason needed, the record stays
    d = ev.set_penilaian(admin, eid, "sesuai", "sesuai", catatan="Ikut pelatihan pelaporan")
    assert d.perubahan_rating is not None
    # the penilai rates again: his new rating stands, the record of the change goes (audit keeps it)
    d = ev.set_penilaian(penilai, eid, "di_atas", "sesuai")
    assert d.perubahan_rating is None and d.predikat is Predikat.BAIK


def test_admin_rating_before_the_penilai_rated_needs_no_reason(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[1]
    admin = _admin(kantor_kecil)
    eid = ev.ensure_evaluasi(admin, kantor_kecil.skp[pid], kantor_kecil.tw1)
    d = ev.set_penilaian(admin, eid, "sesuai", "sesuai")
    assert d.predikat is Predikat.BAIK and d.perubahan_rating is None


def test_who_fills_what_is_enforced_by_the_service(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[2]
    ind = kantor_kecil.indikator[kantor_kecil.skp[pid]]
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "staf03")
    operator = kantor_kecil.as_role(Role.OPERATOR, None, "operator")
    eid = ev.ensure_evaluasi(pegawai, kantor_kecil.skp[pid], kantor_kecil.tw1)
    # the employee reports realisasi; the operator may enter it on his behalf
    ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind[0], "Susun laporan", "Tiga laporan", 3)])
    ev.save_realisasi(operator, eid, [ev.RealisasiInput(ind[1], None, "", 95)])
    # the penilai rates and gives feedback, but does not write the employee's realisasi
    with pytest.raises(PermissionDenied):
        ev.save_realisasi(penilai, eid, [ev.RealisasiInput(ind[0], None, "Lima laporan", 5)])
    # neither the employee nor the operator rates
    for who in (pegawai, operator):
        with pytest.raises(PermissionDenied):
            ev.set_penilaian(who, eid, "sesuai", "sesuai")
    d = ev.get_evaluasi(penilai, eid)
    assert d.hak.nilai and not d.hak.isi_realisasi
    assert ev.get_evaluasi(pegawai, eid).hak.isi_realisasi and not ev.get_evaluasi(pegawai, eid).hak.nilai
    # a number with a description prints both: the number (with its satuan) first
    assert [i.realisasi_tampil for i in d.indikator()] == ["3 laporan\nTiga laporan", "95 %"]


def test_existing_database_upgrades_and_keeps_the_penilai_rating(kantor_kecil: Kantor, tmp_path: Path) -> None:
    """A rated evaluation of a database before this change: its rating counts as the penilai's."""
    from alembic import command

    from asn_desktop.db.session import alembic_config, make_engine, open_database

    pid = kantor_kecil.staf[3]
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
    isi_realisasi(kantor_kecil.ctx, eid, kantor_kecil.indikator[kantor_kecil.skp[pid]])
    ev.set_penilaian(kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi"), eid, "di_atas", "di_atas")
    path = Path(kantor_kecil.ctx.db.path)
    kantor_kecil.ctx.db.dispose()
    engine = make_engine(path)
    command.downgrade(alembic_config(engine), "0002")
    engine.dispose()
    with sqlite3.connect(path) as con:
        cols = {r[1] for r in con.execute("PRAGMA table_info(evaluasi)")}
        assert "penilai_rating_hasil" not in cols
    db = open_database(path)  # older schema: backup, then upgrade
    try:
        ctx = kantor_kecil.ctx.__class__(db, kantor_kecil.ctx.actor)
        with pytest.raises(ValidationError, match="diisi oleh pejabat penilai"):
            ev.set_penilaian(_admin_of(ctx), eid, "sesuai", "sesuai")
        assert ev.get_evaluasi(ctx, eid).predikat is Predikat.SANGAT_BAIK
    finally:
        db.dispose()


def _admin_of(ctx):  # noqa: ANN001, ANN202
    from asn_desktop.services.context import Actor

    return ctx.as_actor(Actor(9, "admin", Role.ADMIN, None, "Admin Kecamatan"))


def test_service_message_ending_on_a_name_with_a_period() -> None:
    from asn_desktop.services.errors import ServiceError

    assert ServiceError("SKP diajukan kepada Heri Lado, S.H..").message == "SKP diajukan kepada Heri Lado, S.H."
