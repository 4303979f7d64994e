"""Ratings through the rating service: the predikat follows the matrix, inputs are checked, and who may rate."""

from __future__ import annotations

import pytest

from asn_desktop.domain.enums import Predikat, Rating, Role, StatusEvaluasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.errors import PermissionDenied, ValidationError

from penilaian_helpers import Kantor, isi_realisasi

def test_a_rating_is_stored_with_the_matrix_predikat_and_listed(kantor_kecil: Kantor) -> None:
    """One cell of the predicate matrix at the service level (perilaku below expectation pulls a
    result above expectation down to Kurang); all nine cells are tested on the domain function
    (tests/domain/test_domain_rating.py, PermenPANRB 6/2022 lampiran)."""
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    pid = kantor_kecil.staf[0]
    eid = ev.ensure_evaluasi(penilai, kantor_kecil.skp[pid], kantor_kecil.tw1)
    d = ev.set_penilaian(penilai, eid, Rating.DI_ATAS, Rating.DI_BAWAH)
    assert d.predikat is Predikat.KURANG
    assert d.status is StatusEvaluasi.DINILAI
    rows = {r.pegawai_id: r for r in ev.list_evaluasi(penilai, kantor_kecil.tw1)}
    assert rows[pid].predikat is Predikat.KURANG
    assert rows[pid].status_label == "Sudah dinilai"


def test_labels_and_codes_are_accepted_and_predikat_cannot_be_typed(kantor_kecil: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    d = ev.set_penilaian(kantor_kecil.ctx, eid, "Di Atas Ekspektasi", "di_atas")
    assert d.predikat is Predikat.SANGAT_BAIK
    with pytest.raises(TypeError):
        ev.set_penilaian(kantor_kecil.ctx, eid, "di_atas", "di_atas", predikat="baik")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="bukan rating"):
        ev.set_penilaian(kantor_kecil.ctx, eid, "Luar Biasa", "sesuai")
    # the failed call changed nothing
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is Predikat.SANGAT_BAIK


def test_one_rating_only_gives_no_predikat(kantor_kecil: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    d = ev.set_penilaian(kantor_kecil.ctx, eid, Rating.SESUAI, None, umpan_balik_perilaku={"akuntabel": "Tepat waktu"})
    assert d.predikat is None and d.status is StatusEvaluasi.DRAFT
    assert next(b for b in d.perilaku if b.kode == "akuntabel").umpan_balik == "Tepat waktu"


def test_operator_pegawai_and_foreign_penilai_cannot_rate(kantor_kecil: Kantor) -> None:
    pid = kantor_kecil.staf[0]
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
    operator = kantor_kecil.as_role(Role.OPERATOR, None, "op")
    with pytest.raises(PermissionDenied):
        ev.set_penilaian(operator, eid, "sesuai", "sesuai")
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, pid, "peg")
    with pytest.raises(PermissionDenied):
        ev.set_penilaian(pegawai, eid, "di_atas", "di_atas")
    other = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.staf[1], "lain")  # a colleague, not his penilai
    with pytest.raises(PermissionDenied, match="pejabat penilai"):
        ev.set_penilaian(other, eid, "di_atas", "di_atas")
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is None
    # the operator does not even see ratings in the list
    eid2 = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[1]], kantor_kecil.tw1)
    ev.set_penilaian(kantor_kecil.ctx, eid2, "sesuai", "sesuai")
    rows = {r.pegawai_id: r for r in ev.list_evaluasi(operator, kantor_kecil.tw1)}
    assert rows[kantor_kecil.staf[1]].predikat is None and rows[kantor_kecil.staf[1]].status == "dinilai"


def test_penilai_sees_only_own_people(kantor_kecil: Kantor) -> None:
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    assert ({r.pegawai_id for r in ev.list_evaluasi(penilai, kantor_kecil.tw1)}
            == set(kantor_kecil.staf) | {kantor_kecil.kepala_id})
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[3], "peg")
    assert [r.pegawai_id for r in ev.list_evaluasi(pegawai, kantor_kecil.tw1)] == [kantor_kecil.staf[3]]
    with pytest.raises(PermissionDenied):
        ev.detail_evaluasi(pegawai, kantor_kecil.skp[kantor_kecil.staf[4]], kantor_kecil.tw1)


def test_stale_version_is_a_conflict(kantor_kecil: Kantor) -> None:
    from asn_desktop.services.errors import ConflictError

    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    d = ev.get_evaluasi(kantor_kecil.ctx, eid)
    ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai", version_id=d.version_id)
    with pytest.raises(ConflictError):
        ev.set_penilaian(kantor_kecil.ctx, eid, "di_atas", "di_atas", version_id=d.version_id)
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).predikat is Predikat.BAIK


def test_nobody_signs_or_reopens_ratings_changed_elsewhere_since_they_looked(kantor_kecil: Kantor) -> None:
    """Window A looked at the evaluation; window B changed the ratings; A's Finalisasi is refused."""
    from asn_desktop.services.errors import ConflictError

    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    isi_realisasi(kantor_kecil.ctx, eid, kantor_kecil.indikator[kantor_kecil.skp[kantor_kecil.staf[0]]])
    ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai")
    seen_by_a = ev.get_evaluasi(kantor_kecil.ctx, eid).version_id
    ev.set_penilaian(kantor_kecil.ctx, eid, "di_bawah", "sesuai")  # window B
    with pytest.raises(ConflictError, match="diubah di jendela"):
        ev.finalize_evaluasi(kantor_kecil.ctx, eid, "Kupang, 1 April 2026", version_id=seen_by_a)
    assert ev.get_evaluasi(kantor_kecil.ctx, eid).status is not StatusEvaluasi.FINAL
    d = ev.finalize_evaluasi(kantor_kecil.ctx, eid, "Kupang, 1 April 2026",
                               version_id=ev.get_evaluasi(kantor_kecil.ctx, eid).version_id)
    assert d.status is StatusEvaluasi.FINAL
    with pytest.raises(ConflictError):
        ev.unfinalize_evaluasi(kantor_kecil.ctx, eid, "salah ketik rating", version_id=seen_by_a)
    ev.unfinalize_evaluasi(kantor_kecil.ctx, eid, "salah ketik rating", version_id=d.version_id)


def test_feedback_for_foreign_indicator_is_refused(kantor_kecil: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    foreign = kantor_kecil.indikator[kantor_kecil.skp[kantor_kecil.staf[1]]][0]
    with pytest.raises(ValidationError, match="bukan bagian"):
        ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai", umpan_balik_indikator={foreign: "x"})
    with pytest.raises(ValidationError):
        ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai", umpan_balik_perilaku={"jujur": "x"})
    with pytest.raises(ValidationError, match="terlalu panjang"):
        ev.set_penilaian(kantor_kecil.ctx, eid, "sesuai", "sesuai", catatan="x" * 10_001)
