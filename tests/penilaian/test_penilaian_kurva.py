"""The distribution curve (SE MenPANRB 3/2023) through real ratings and the unit report: a sample of
the rules, unknown predicates, the unsaved preview and the demo; violations warn, never block."""

from __future__ import annotations

from penilaian_helpers import RATINGS_FOR, Kantor

from asn_desktop.domain.enums import Predikat, PredikatOrganisasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per

SB, B, BP, K, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG,
                    Predikat.SANGAT_KURANG)


def _rate(kantor_kecil: Kantor, preds: list[Predikat]) -> None:
    """Rate the first len(preds) staff so their predicates are ``preds`` (real service calls)."""
    for pid, pred in zip(kantor_kecil.staf, preds, strict=False):
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        h, p = RATINGS_FOR[pred]
        assert ev.set_penilaian(kantor_kecil.ctx, eid, h, p).predikat is pred  # never blocked


def test_a_curve_warning_through_stored_ratings(kantor_kecil: Kantor) -> None:
    """One sample of the curve rules at the service level: ratings stored through the rating service,
    counted for the unit, checked against its organisation predicate. The rules themselves, boundary
    by boundary, are tested on the domain function (tests/domain/test_domain_rating.py)."""
    preds = [SB] * 8 + [B] * 2
    per.set_predikat_organisasi(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1, PredikatOrganisasi.ISTIMEWA)
    _rate(kantor_kecil, preds)
    dist = lap.distribusi_unit(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1)
    assert dist.org_predikat is PredikatOrganisasi.ISTIMEWA
    assert dist.dinilai == 10 and dist.belum_dinilai == 0
    assert dist.counts == {p: preds.count(p) for p in (SB, B, BP, K, SK)}
    assert not dist.ok
    assert any("paling banyak 70 %, saat ini 80 %" in w for w in dist.peringatan), dist.peringatan
    assert all("SE MenPANRB 3/2023" in w for w in dist.peringatan)


def test_unknown_org_predicate_and_partial_rating(kantor_kecil: Kantor) -> None:
    _rate(kantor_kecil, [SB, SB, SB])
    dist = lap.distribusi_unit(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1)
    assert dist.org_predikat is None and dist.check is None
    assert "belum ditetapkan" in dist.peringatan[0]
    assert dist.dinilai == 3 and dist.belum_dinilai == 7


def test_preview_replaces_unsaved_predikat(kantor_kecil: Kantor) -> None:
    per.set_predikat_organisasi(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "istimewa")
    _rate(kantor_kecil, [SB] * 7 + [B] * 3)
    assert lap.distribusi_unit(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1).ok
    pratinjau = {kantor_kecil.skp[kantor_kecil.staf[9]]: SB}
    dist = lap.distribusi_unit(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1, pratinjau=pratinjau)
    assert dist.counts[SB] == 8 and not dist.ok
    # nothing was written
    assert lap.distribusi_unit(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1).counts[SB] == 7


def test_demo_units_have_warning_cases(demo_ctx) -> None:  # noqa: ANN001
    t = per.get_tahun(demo_ctx, 2026)
    rows = lap.distribusi_semua_unit(demo_ctx, t.periodik[0].id)
    root = rows[0]
    assert root.level == 0 and root.dinilai == root.total_skp > 20  # every approved SKP evaluated in TW I
    assert sum(1 for r in rows if not r.ok) >= 1  # the demo shows at least one warning


def test_preview_worked_out_from_the_curve_read(kantor_kecil: Kantor) -> None:
    """A click's preview comes from the distribution already read, as a second read would give it."""
    per.set_predikat_organisasi(kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "istimewa")
    _rate(kantor_kecil, [SB] * 7 + [B] * 2)  # the tenth not rated yet
    ctx, unit, tw1 = kantor_kecil.ctx, kantor_kecil.unit_id, kantor_kecil.tw1
    dasar = lap.distribusi_unit(ctx, unit, tw1)
    for pratinjau in ({kantor_kecil.skp[kantor_kecil.staf[9]]: SB}, {kantor_kecil.skp[kantor_kecil.staf[0]]: None},
                      {kantor_kecil.skp[kantor_kecil.staf[1]]: "baik"}):
        cepat = lap.pratinjau_distribusi(ctx, dasar, pratinjau)
        dibaca = lap.distribusi_unit(ctx, unit, tw1, pratinjau=pratinjau)
        assert cepat is not None
        assert (cepat.counts, cepat.belum_dinilai, cepat.ok, cepat.peringatan) == (
            dibaca.counts, dibaca.belum_dinilai, dibaca.ok, dibaca.peringatan)
        assert cepat.pegawai == dibaca.pegawai
    assert lap.pratinjau_distribusi(ctx, dasar, {-1: SB}) is None  # not in the curve: read instead
