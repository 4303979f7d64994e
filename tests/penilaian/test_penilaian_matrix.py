"""All nine cells of the predicate matrix through the rating service, and who may rate."""

from __future__ import annotations

import pytest

from asn_desktop.domain.enums import Predikat, Rating, Role, StatusEvaluasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.errors import PermissionDenied, ValidationError

from penilaian_helpers import Kantor, isi_realisasi

# PermenPANRB 6/2022 lampiran (kinerja-asn.md §5): (hasil, perilaku) -> predikat
CELLS = [
    (Rating.DI_ATAS, Rating.DI_BAWAH, Predikat.KURANG),
    (Rating.DI_ATAS, Rating.SESUAI, Predikat.BAIK),
    (Rating.DI_ATAS, Rating.DI_ATAS, Predikat.SANGAT_BAIK),
    (Rating.SESUAI, Rating.DI_BAWAH, Predikat.KURANG),
    (Rating.SESUAI, Rating.SESUAI, Predikat.BAIK),
    (Rating.SESUAI, Rating.DI_ATAS, Predikat.BAIK),
    (Rating.DI_BAWAH, Rating.DI_BAWAH, Predikat.SANGAT_KURANG),
    (Rating.DI_BAWAH, Rating.SESUAI, Predikat.BUTUH_PERBAIKAN),
    (Rating.DI_BAWAH, Rating.DI_ATAS, Predikat.BUTUH_PERBAIKAN),
]


def test_nine_cells_stored_and_listed(kantor: Kantor) -> None:
    penilai = kantor.as_role(Role.PENILAI, kantor.kepala_id, "kasi")
    expected: dict[int, Predikat] = {}
    for (h, p, pred), pid in zip(CELLS, kantor.staf, strict=False):
        skp_id = kantor.skp[pid]
        eid = ev.ensure_evaluasi(penilai, skp_id, kantor.tw1)
        d = ev.set_penilaian(penilai, eid, h, p)
        assert d.predikat is pred, (h, p)
        assert d.status is StatusEvaluasi.DINILAI
        expected[pid] = pred
    rows = {r.pegawai_id: r for r in ev.list_evaluasi(penilai, kantor.tw1)}
    for pid, pred in expected.items():
        assert rows[pid].predikat is pred
        assert rows[pid].status_label == "Sudah dinilai"


def test_labels_and_codes_are_accepted_and_predikat_cannot_be_typed(kantor: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    d = ev.set_penilaian(kantor.ctx, eid, "Di Atas Ekspektasi", "di_atas")
    assert d.predikat is Predikat.SANGAT_BAIK
    with pytest.raises(TypeError):
        ev.set_penilaian(kantor.ctx, eid, "di_atas", "di_atas", predikat="baik")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="bukan rating"):
        ev.set_penilaian(kantor.ctx, eid, "Luar Biasa", "sesuai")
    # the failed call changed nothing
    assert ev.get_evaluasi(kantor.ctx, eid).predikat is Predikat.SANGAT_BAIK


def test_one_rating_only_gives_no_predikat(kantor: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    d = ev.set_penilaian(kantor.ctx, eid, Rating.SESUAI, None, umpan_balik_perilaku={"akuntabel": "Tepat waktu"})
    assert d.predikat is None and d.status is StatusEvaluasi.DRAFT
    assert next(b for b in d.perilaku if b.kode == "akuntabel").umpan_balik == "Tepat waktu"


def test_operator_pegawai_and_foreign_penilai_cannot_rate(kantor: Kantor) -> None:
    pid = kantor.staf[0]
    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[pid], kantor.tw1)
    operator = kantor.as_role(Role.OPERATOR, None, "op")
    with pytest.raises(PermissionDenied):
        ev.set_penilaian(operator, eid, "sesuai", "sesuai")
    pegawai = kantor.as_role(Role.PEGAWAI, pid, "peg")
    with pytest.raises(PermissionDenied):
        ev.set_penilaian(pegawai, eid, "di_atas", "di_atas")
    other = kantor.as_role(Role.PENILAI, kantor.staf[1], "lain")  # a colleague, not his penilai
    with pytest.raises(PermissionDenied, match="pejabat penilai"):
        ev.set_penilaian(other, eid, "di_atas", "di_atas")
    assert ev.get_evaluasi(kantor.ctx, eid).predikat is None
    # the operator does not even see ratings in the list
    eid2 = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[1]], kantor.tw1)
    ev.set_penilaian(kantor.ctx, eid2, "sesuai", "sesuai")
    rows = {r.pegawai_id: r for r in ev.list_evaluasi(operator, kantor.tw1)}
    assert rows[kantor.staf[1]].predikat is None and rows[kantor.staf[1]].status == "dinilai"


def test_penilai_sees_only_own_people(kantor: Kantor) -> None:
    penilai = kantor.as_role(Role.PENILAI, kantor.kepala_id, "kasi")
    assert {r.pegawai_id for r in ev.list_evaluasi(penilai, kantor.tw1)} == set(kantor.staf) | {kantor.kepala_id}
    pegawai = kantor.as_role(Role.PEGAWAI, kantor.staf[3], "peg")
    assert [r.pegawai_id for r in ev.list_evaluasi(pegawai, kantor.tw1)] == [kantor.staf[3]]
    with pytest.raises(PermissionDenied):
        ev.detail_evaluasi(pegawai, kantor.skp[kantor.staf[4]], kantor.tw1)


def test_stale_version_is_a_conflict(kantor: Kantor) -> None:
    from asn_desktop.services.errors import ConflictError

    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    d = ev.get_evaluasi(kantor.ctx, eid)
    ev.set_penilaian(kantor.ctx, eid, "sesuai", "sesuai", version_id=d.version_id)
    with pytest.raises(ConflictError):
        ev.set_penilaian(kantor.ctx, eid, "di_atas", "di_atas", version_id=d.version_id)
    assert ev.get_evaluasi(kantor.ctx, eid).predikat is Predikat.BAIK


def test_nobody_signs_or_reopens_ratings_changed_elsewhere_since_they_looked(kantor: Kantor) -> None:
    """Window A looked at the evaluation; window B changed the ratings; A's Finalisasi is refused."""
    from asn_desktop.services.errors import ConflictError

    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    isi_realisasi(kantor.ctx, eid, kantor.indikator[kantor.skp[kantor.staf[0]]])
    ev.set_penilaian(kantor.ctx, eid, "sesuai", "sesuai")
    seen_by_a = ev.get_evaluasi(kantor.ctx, eid).version_id
    ev.set_penilaian(kantor.ctx, eid, "di_bawah", "sesuai")  # window B
    with pytest.raises(ConflictError, match="diubah di jendela"):
        ev.finalize_evaluasi(kantor.ctx, eid, "Kupang, 1 April 2026", version_id=seen_by_a)
    assert ev.get_evaluasi(kantor.ctx, eid).status is not StatusEvaluasi.FINAL
    d = ev.finalize_evaluasi(kantor.ctx, eid, "Kupang, 1 April 2026",
                               version_id=ev.get_evaluasi(kantor.ctx, eid).version_id)
    assert d.status is StatusEvaluasi.FINAL
    with pytest.raises(ConflictError):
        ev.unfinalize_evaluasi(kantor.ctx, eid, "salah ketik rating", version_id=seen_by_a)
    ev.unfinalize_evaluasi(kantor.ctx, eid, "salah ketik rating", version_id=d.version_id)


def test_feedback_for_foreign_indicator_is_refused(kantor: Kantor) -> None:
    eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[kantor.staf[0]], kantor.tw1)
    foreign = kantor.indikator[kantor.skp[kantor.staf[1]]][0]
    with pytest.raises(ValidationError, match="bukan bagian"):
        ev.set_penilaian(kantor.ctx, eid, "sesuai", "sesuai", umpan_balik_indikator={foreign: "x"})
    with pytest.raises(ValidationError):
        ev.set_penilaian(kantor.ctx, eid, "sesuai", "sesuai", umpan_balik_perilaku={"jujur": "x"})
    with pytest.raises(ValidationError, match="terlalu panjang"):
        ev.set_penilaian(kantor.ctx, eid, "sesuai", "sesuai", catatan="x" * 10_001)
