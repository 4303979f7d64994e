"""Annual evaluation: pre-filled from the periods, overridable only with a written reason."""

from __future__ import annotations

import pytest
from penilaian_helpers import Kantor

from asn_desktop.domain.enums import Predikat, Rating
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services.errors import ValidationError


def _rate_period(kantor_kecil: Kantor, periode_id: int, skp_id: int, h: str, p: str, nilai: list[float]) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, periode_id)
    ev.save_realisasi(kantor_kecil.ctx, eid, [ev.RealisasiInput(i, f"aksi {periode_id}", None, v)
                                          for i, v in zip(kantor_kecil.indikator[skp_id], nilai, strict=True)])
    ev.set_penilaian(kantor_kecil.ctx, eid, h, p)


def test_prefill_and_override_reason(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
    tw = [p.id for p in kantor_kecil.tahun.periodik]
    _rate_period(kantor_kecil, tw[0], skp_id, "sesuai", "sesuai", [3, 90])
    for pid in tw[1:3]:
        per.buka_periode(ctx, pid)
    _rate_period(kantor_kecil, tw[1], skp_id, "di_atas", "sesuai", [4, 92])
    _rate_period(kantor_kecil, tw[2], skp_id, "di_atas", "di_atas", [5, 95])
    saran = ev.saran_tahunan(ctx, skp_id)
    assert saran.rating_hasil is Rating.DI_ATAS  # 2 of 3 periods
    assert saran.rating_perilaku is Rating.SESUAI
    assert saran.predikat is Predikat.BAIK
    per.buka_periode(ctx, kantor_kecil.tahunan)
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tahunan)
    d = ev.get_evaluasi(ctx, eid)
    got = {i.indikator_id: i.realisasi_nilai for i in d.indikator()}
    kuantitas, kualitas = kantor_kecil.indikator[skp_id]
    assert got[kuantitas] == 12  # quantities add up over the year
    assert got[kualitas] == 95  # other aspects: the latest period
    assert d.saran_tahunan.rating_hasil is Rating.DI_ATAS
    # following the suggestion needs no reason
    assert ev.set_penilaian(ctx, eid, "di_atas", "sesuai").predikat is Predikat.BAIK
    # a different judgement needs a written reason
    with pytest.raises(ValidationError, match="alasan penyesuaian") as exc:
        ev.set_penilaian(ctx, eid, "di_atas", "di_atas")
    assert exc.value.problems[0].field == "alasan_penyesuaian"
    with pytest.raises(ValidationError):
        ev.set_penilaian(ctx, eid, "di_atas", "di_atas", alasan_penyesuaian="ok")  # too short
    d = ev.set_penilaian(ctx, eid, "di_atas", "di_atas",
                         alasan_penyesuaian="Inovasi layanan daring pada TW IV berdampak luas")
    assert d.predikat is Predikat.SANGAT_BAIK
    assert d.alasan_penyesuaian.startswith("Inovasi")


def test_no_periods_no_suggestion(kantor_kecil: Kantor) -> None:
    saran = ev.saran_tahunan(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]])
    assert saran.rating_hasil is None and "Belum ada periode" in saran.penjelasan
    per.buka_periode(kantor_kecil.ctx, kantor_kecil.tahunan)
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tahunan)
    assert ev.set_penilaian(kantor_kecil.ctx, eid, "di_bawah", "sesuai").predikat is Predikat.BUTUH_PERBAIKAN


def test_demo_year_suggestion(demo_ctx) -> None:  # noqa: ANN001
    from asn_desktop.services.periode import get_tahun

    t = get_tahun(demo_ctx, 2026)
    rows = [r for r in ev.list_evaluasi(demo_ctx, t.periodik[0].id) if r.dapat_dievaluasi]
    saran = ev.saran_tahunan(demo_ctx, rows[0].skp_id)
    assert len(saran.per_periode) == 3 and saran.rating_hasil is not None
