"""The distribution curve for all five organisation predicates (SE MenPANRB 3/2023),
through real ratings and the unit report; violations warn, never block."""

from __future__ import annotations

import pytest
from penilaian_helpers import RATINGS_FOR, Kantor

from asn_desktop.domain.enums import Predikat, PredikatOrganisasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import periode as per

SB, B, BP, K, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG,
                    Predikat.SANGAT_KURANG)


def _rate(kantor: Kantor, preds: list[Predikat]) -> None:
    """Rate the first len(preds) staff so their predicates are ``preds`` (real service calls)."""
    for pid, pred in zip(kantor.staf, preds, strict=False):
        eid = ev.ensure_evaluasi(kantor.ctx, kantor.skp[pid], kantor.tw1)
        h, p = RATINGS_FOR[pred]
        assert ev.set_penilaian(kantor.ctx, eid, h, p).predikat is pred  # never blocked


CASES = [
    # (org, predicates of the 10 staff, ok, fragment of the warning)
    (PredikatOrganisasi.ISTIMEWA, [SB] * 7 + [B] * 3, True, ""),  # exactly 70 % allowed
    (PredikatOrganisasi.ISTIMEWA, [SB] * 8 + [B] * 2, False, "paling banyak 70 %, saat ini 80 %"),
    (PredikatOrganisasi.BAIK, [B] * 7 + [BP] + [SB] * 2, True, ""),
    (PredikatOrganisasi.BAIK, [B] * 7 + [SB] * 3, False, "harus ada pegawai"),
    (PredikatOrganisasi.BAIK, [B] * 8 + [K] * 2, False, "Baik paling banyak 70 %"),
    (PredikatOrganisasi.BUTUH_PERBAIKAN, [BP] * 6 + [SB] + [B] * 3, True, ""),  # 60 % and 10 % exactly
    (PredikatOrganisasi.BUTUH_PERBAIKAN, [BP] * 5 + [B] * 5, False, "paling sedikit 60 %, saat ini 50 %"),
    (PredikatOrganisasi.BUTUH_PERBAIKAN, [BP] * 6 + [SB] * 2 + [B] * 2, False, "Sangat Baik paling banyak 10 %"),
    (PredikatOrganisasi.KURANG, [K] * 6 + [BP] + [SB] + [B] * 2, True, ""),
    (PredikatOrganisasi.KURANG, [K] * 6 + [B] * 4, False, "Butuh Perbaikan paling sedikit 10 %"),
    (PredikatOrganisasi.SANGAT_KURANG, [SK] * 6 + [K] + [B] * 3, True, ""),
    (PredikatOrganisasi.SANGAT_KURANG, [SK] * 6 + [K] + [SB] + [B] * 2, False, "tidak boleh ada predikat Sangat Baik"),
    (PredikatOrganisasi.SANGAT_KURANG, [SK] * 6 + [B] * 4, False, "paling sedikit 10 %"),
]


@pytest.mark.parametrize(("org", "preds", "ok", "fragment"), CASES,
                         ids=[f"{c[0].value}-{'ok' if c[2] else 'warn'}-{i}" for i, c in enumerate(CASES)])
def test_curve_rule(kantor: Kantor, org: PredikatOrganisasi, preds: list[Predikat], ok: bool, fragment: str) -> None:
    per.set_predikat_organisasi(kantor.ctx, kantor.unit_id, kantor.tw1, org)
    _rate(kantor, preds)
    dist = lap.distribusi_unit(kantor.ctx, kantor.unit_id, kantor.tw1)
    assert dist.org_predikat is org
    assert dist.dinilai == 10 and dist.belum_dinilai == 0
    assert dist.counts == {p: preds.count(p) for p in (SB, B, BP, K, SK)}
    assert dist.ok is ok
    if ok:
        assert dist.peringatan == []
    else:
        assert any(fragment in w for w in dist.peringatan), dist.peringatan
        assert all("SE MenPANRB 3/2023" in w for w in dist.peringatan)


def test_unknown_org_predicate_and_partial_rating(kantor: Kantor) -> None:
    _rate(kantor, [SB, SB, SB])
    dist = lap.distribusi_unit(kantor.ctx, kantor.unit_id, kantor.tw1)
    assert dist.org_predikat is None and dist.check is None
    assert "belum ditetapkan" in dist.peringatan[0]
    assert dist.dinilai == 3 and dist.belum_dinilai == 7


def test_preview_replaces_unsaved_predikat(kantor: Kantor) -> None:
    per.set_predikat_organisasi(kantor.ctx, kantor.unit_id, kantor.tw1, "istimewa")
    _rate(kantor, [SB] * 7 + [B] * 3)
    assert lap.distribusi_unit(kantor.ctx, kantor.unit_id, kantor.tw1).ok
    pratinjau = {kantor.skp[kantor.staf[9]]: SB}
    dist = lap.distribusi_unit(kantor.ctx, kantor.unit_id, kantor.tw1, pratinjau=pratinjau)
    assert dist.counts[SB] == 8 and not dist.ok
    # nothing was written
    assert lap.distribusi_unit(kantor.ctx, kantor.unit_id, kantor.tw1).counts[SB] == 7


def test_demo_units_have_warning_cases(demo_ctx) -> None:  # noqa: ANN001
    t = per.get_tahun(demo_ctx, 2026)
    rows = lap.distribusi_semua_unit(demo_ctx, t.periodik[0].id)
    root = rows[0]
    assert root.level == 0 and root.dinilai == root.total_skp > 20  # every approved SKP evaluated in TW I
    assert sum(1 for r in rows if not r.ok) >= 1  # the demo shows at least one warning
