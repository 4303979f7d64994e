"""Confidentiality of ratings: 360° givers stay unidentifiable, tiny units' predikat stay hidden."""

from __future__ import annotations

from penilaian_helpers import RATINGS_FOR, Kantor

from asn_desktop.domain.enums import Predikat, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap


def _ask_three(kantor_kecil: Kantor) -> tuple[object, int]:
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    eid = ev.ensure_evaluasi(penilai, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    ev.request_masukan_360(penilai, eid, [(p, "rekan") for p in kantor_kecil.staf[1:4]])
    return penilai, eid


def _answer(kantor_kecil: Kantor, pid: int, anonim: bool, rating: str = "di_bawah") -> None:
    giver = kantor_kecil.as_role(Role.PEGAWAI, pid, f"g{pid}")
    req = ev.list_my_permintaan_360(giver)[0]
    ev.submit_masukan_360(giver, req.masukan_id, {"kolaboratif": (rating, "komentar rahasia")}, anonim=anonim)


def test_two_anonymous_answers_of_three_name_nobody(kantor_kecil: Kantor) -> None:
    """Attack: with one answer left, 'who has not answered' named the other two anonymous givers."""
    penilai, eid = _ask_three(kantor_kecil)
    _answer(kantor_kecil, kantor_kecil.staf[1], anonim=True)
    _answer(kantor_kecil, kantor_kecil.staf[2], anonim=True, rating="di_atas")
    agg = ev.ringkasan_360(penilai, eid)
    assert agg.masuk == 2 and not agg.ditampilkan
    assert agg.belum is None  # listing Staf 04 as missing would identify Staf 02 and 03
    assert all(a.jumlah == 0 and not a.komentar for a in agg.nilai)
    _answer(kantor_kecil, kantor_kecil.staf[3], anonim=True)
    agg = ev.ringkasan_360(penilai, eid)
    kol = next(a for a in agg.nilai if a.kode == "kolaboratif")
    assert agg.ditampilkan and (kol.di_atas, kol.di_bawah) == (1, 2) and agg.belum == ()


def test_missing_givers_are_named_while_no_answer_is_anonymous(kantor_kecil: Kantor) -> None:
    penilai, eid = _ask_three(kantor_kecil)
    _answer(kantor_kecil, kantor_kecil.staf[1], anonim=False)
    agg = ev.ringkasan_360(penilai, eid)
    assert agg.belum == ("Staf 03", "Staf 04") and not agg.ditampilkan


def _rate_one(kantor_kecil: Kantor, pred: Predikat = Predikat.SANGAT_KURANG) -> None:
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[kantor_kecil.staf[0]], kantor_kecil.tw1)
    ev.set_penilaian(kantor_kecil.ctx, eid, *RATINGS_FOR[pred])


def test_a_tiny_units_predikat_is_hidden_from_other_penilai_and_operators(kantor_kecil: Kantor) -> None:
    """Attack: the distribution of a unit with one rated person showed that person's predikat."""
    _rate_one(kantor_kecil)
    lain = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.staf[5], "penilai_lain")
    operator = kantor_kecil.as_role(Role.OPERATOR, None, "operator")
    for who in (lain, operator):
        d = lap.distribusi_unit(who, kantor_kecil.unit_id, kantor_kecil.tw1)
        assert d.disembunyikan and d.dinilai == 1
        assert set(d.counts.values()) == {0} and d.check is None
        assert "kurang dari 3 pegawai" in d.peringatan[0]
        row = next(x for x in lap.distribusi_semua_unit(who, kantor_kecil.tw1) if x.unit_id == kantor_kecil.unit_id)
        assert row.disembunyikan and set(row.counts.values()) == {0}
    # the unit's own penilai sees every rating anyway, and the admin sees everything
    kasi = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    for who in (kasi, kantor_kecil.ctx):
        d = lap.distribusi_unit(who, kantor_kecil.unit_id, kantor_kecil.tw1)
        assert not d.disembunyikan and d.counts[Predikat.SANGAT_KURANG] == 1


def test_three_rated_people_show_counts_to_every_reader(kantor_kecil: Kantor) -> None:
    for pid in kantor_kecil.staf[:3]:
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ev.set_penilaian(kantor_kecil.ctx, eid, *RATINGS_FOR[Predikat.BAIK])
    d = lap.distribusi_unit(kantor_kecil.as_role(Role.OPERATOR, None, "op"), kantor_kecil.unit_id, kantor_kecil.tw1)
    assert not d.disembunyikan and d.counts[Predikat.BAIK] == 3


def test_kurva_panel_says_why_the_counts_are_hidden(kantor_kecil: Kantor, qtbot) -> None:
    from asn_desktop.ui.penilaian.kurva import KurvaPanel

    _rate_one(kantor_kecil)
    panel = KurvaPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 420)
    staf = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.staf[5], "x")
    panel.tampilkan(lap.distribusi_unit(staf, kantor_kecil.unit_id, kantor_kecil.tw1))
    panel.show()
    assert panel.peringatan_tampil() and "kurang dari 3" in panel.lbl_warn.text()
    assert panel.chart.series() == []


def test_evidence_files_are_owner_only(kantor_kecil: Kantor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    import pytest

    if os.name != "posix":
        pytest.skip("POSIX modes; Windows uses the profile's ACLs")
    old = os.umask(0o022)
    try:
        skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, kantor_kecil.tw1)
        src = tmp_path / "Laporan.pdf"
        src.write_bytes(b"%PDF-1.4 rahasia")
        os.chmod(src, 0o644)
        b = ev.add_bukti_file(kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[0], "peg"), eid,
                                 kantor_kecil.indikator[skp_id][0], src)
        stored = kantor_kecil.ctx.db.path.parent / b.path_relatif
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        assert stat.S_IMODE((kantor_kecil.ctx.db.path.parent / "bukti").stat().st_mode) == 0o700
    finally:
        os.umask(old)
