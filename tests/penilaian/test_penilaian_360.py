"""360° input: requested by the penilai, given by peers/subordinates, aggregated, anonymity kept."""

from __future__ import annotations

import pytest
from penilaian_helpers import Kantor

from asn_desktop.domain.enums import Hubungan360, Rating, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.errors import PermissionDenied, ValidationError


def test_request_give_and_aggregate(kantor_kecil: Kantor) -> None:
    target = kantor_kecil.staf[0]
    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    eid = ev.ensure_evaluasi(penilai, kantor_kecil.skp[target], kantor_kecil.tw1)
    cands = ev.kandidat_360(penilai, eid)
    assert {c.pegawai_id for c in cands} == set(kantor_kecil.staf[1:])
    assert all(c.hubungan is Hubungan360.REKAN for c in cands)
    with pytest.raises(ValidationError, match="dirinya sendiri"):
        ev.request_masukan_360(penilai, eid, [(target, "rekan")])
    n = ev.request_masukan_360(penilai, eid, [(kantor_kecil.staf[1], "rekan"), (kantor_kecil.staf[2], "rekan"),
                                            (kantor_kecil.staf[3], Hubungan360.REKAN)])
    assert n == 3
    assert ev.request_masukan_360(penilai, eid, [(kantor_kecil.staf[1], "rekan")]) == 0  # no duplicates
    giver1 = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[1], "g1")
    req = ev.list_my_permintaan_360(giver1)
    assert len(req) == 1 and req[0].dinilai_nama == "Staf 01" and req[0].diajukan_pada is None
    ev.submit_masukan_360(giver1, req[0].masukan_id, {
        "kolaboratif": ("di_bawah", "Jarang hadir rapat koordinasi"),
        "akuntabel": (Rating.SESUAI, ""),
    }, anonim=True)
    giver2 = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[2], "g2")
    req2 = ev.list_my_permintaan_360(giver2)[0]
    ev.submit_masukan_360(giver2, req2.masukan_id, {"kolaboratif": ("sesuai", "Membantu saat sensus")}, anonim=False)
    # a stranger cannot answer somebody else's request
    with pytest.raises(PermissionDenied):
        ev.submit_masukan_360(giver2, req[0].masukan_id, {"kolaboratif": ("sesuai", "")})
    with pytest.raises(ValidationError, match="paling sedikit"):
        ev.submit_masukan_360(giver2, req2.masukan_id, {"kolaboratif": (None, "tanpa rating")})
    agg = ev.ringkasan_360(penilai, eid)
    assert agg.diminta == 3 and agg.masuk == 2
    # two answers: no aggregate (it would be one or two people's ratings), and with one anonymous
    # answer in, naming who is missing would name the anonymous giver
    assert not agg.ditampilkan and all(a.jumlah == 0 and not a.komentar for a in agg.nilai)
    assert agg.belum is None
    assert sorted(n for n, _h in agg.pemberi) == ["Staf 02", "Staf 03", "Staf 04"]
    giver3 = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[3], "g3")
    ev.submit_masukan_360(giver3, ev.list_my_permintaan_360(giver3)[0].masukan_id,
                         {"kolaboratif": ("di_atas", "")}, anonim=False)
    agg = ev.ringkasan_360(penilai, eid)
    assert agg.ditampilkan and agg.masuk == 3
    kol = next(a for a in agg.nilai if a.kode == "kolaboratif")
    assert (kol.di_atas, kol.sesuai, kol.di_bawah) == (1, 1, 1)
    assert kol.dominan is Rating.SESUAI
    assert "Rekan kerja (anonim): Jarang hadir rapat koordinasi" in kol.komentar
    assert any(k.startswith("Staf 03 (rekan kerja)") or k.startswith("Staf 02") for k in kol.komentar)
    assert all("Staf 02" not in k for k in kol.komentar)  # staf[1] answered anonymously
    # the evaluated employee and colleagues do not see the aggregate
    with pytest.raises(PermissionDenied):
        ev.ringkasan_360(kantor_kecil.as_role(Role.PEGAWAI, target, "t"), eid)
    d = ev.get_evaluasi(penilai, eid)
    assert (d.jumlah_360_diminta, d.jumlah_360_masuk) == (3, 3)


def test_subordinates_are_suggested_as_bawahan(kantor_kecil: Kantor) -> None:
    from datetime import date

    from asn_desktop.db.models import Skp

    with kantor_kecil.ctx.write("uji") as uow:
        skp = Skp(pegawai_id=kantor_kecil.kepala_id, tahun=2026, status="disetujui", periode_mulai=date(2026, 1, 1),
                  periode_selesai=date(2026, 12, 31), pegawai_nama="Kepala")
        uow.session.add(skp)
        uow.session.flush()
        sid = skp.id
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, sid, kantor_kecil.tw1)
    cands = ev.kandidat_360(kantor_kecil.ctx, eid)
    assert {c.hubungan for c in cands} == {Hubungan360.BAWAHAN} and len(cands) == 10
