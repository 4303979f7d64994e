"""Indicators that measure themselves: realisasi filled from the SKM surveys and registers, with the
basis shown, the computed report as bukti dukung, and the evaluator's override kept on recompute."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from penilaian_helpers import Kantor
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, BuktiDukung, Indikator
from asn_desktop.domain.enums import Role
from asn_desktop.domain.ukuran import IkatanUkuran
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import skm
from asn_desktop.services import ukuran
from asn_desktop.services.errors import PermissionDenied, ValidationError

#: Ten questionnaires of the regulation's worked example: IKM 3,1556 → 78,89 (mutu B).
JAWABAN = [
    [4, 3, 3, 4, 3, 3, 4, 3, 3], [3, 3, 2, 4, 3, 3, 3, 3, 3], [3, 3, 3, 4, 3, 4, 4, 2, 3],
    [4, 3, 3, 4, 4, 3, 3, 3, 2], [3, 2, 3, 4, 3, 3, 3, 3, 3], [3, 3, 3, 4, 3, 3, 4, 3, 3],
    [4, 3, 2, 4, 3, 4, 3, 2, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 3, 4, 4, 3, 4, 3, 3],
    [3, 3, 3, 4, 3, 3, 3, 3, 2],
]


def _survei(kantor_kecil: Kantor, jenis: str = "Surat keterangan", answers: list[list[int]] | None = None,
            unit: bool = True) -> int:
    sv = skm.buat_survei(kantor_kecil.ctx, jenis, "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31),
                         unit_kerja_id=kantor_kecil.unit_id if unit else None)
    rows = [skm.RespondenInput(i, {f"U{k + 1}": v for k, v in enumerate(r)}) for i, r in
            enumerate(answers or JAWABAN, 1)]
    skm.simpan_responden(kantor_kecil.ctx, sv.id, rows)
    return sv.id


def _ikat(kantor_kecil: Kantor, indikator_id: int, ik: IkatanUkuran) -> None:
    with kantor_kecil.ctx.write("uji.ikat") as uow:
        uow.session.get(Indikator, indikator_id).ikatan_ukuran = ik.ke_json()


def _setup(kantor_kecil: Kantor, ik: IkatanUkuran | None = None) -> tuple[int, int, int]:
    skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
    ind = kantor_kecil.indikator[skp_id][1]
    _ikat(kantor_kecil, ind, ik or IkatanUkuran("ikm_layanan", "unit", "Surat keterangan"))
    return skp_id, ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, kantor_kecil.tw1), ind


def test_ikm_fills_realisasi_with_basis_and_report_as_evidence(kantor_kecil: Kantor) -> None:
    _survei(kantor_kecil)
    _survei(kantor_kecil, "KTP", [[1] * 9] * 5)  # another service: not counted for "Surat keterangan"
    skp_id, eid, ind = _setup(kantor_kecil)
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[0], "staf1")
    hasil = ukuran.fill_realisasi_terukur(pegawai, eid)
    [p] = hasil.perubahan
    assert (p.lama, p.baru, p.ditimpa) == (None, 78.89, False)
    assert "10 responden" in p.dasar and "IKM 3,1556" in p.dasar and "78,89" in p.dasar and "mutu B" in p.dasar

    d = ev.get_evaluasi(pegawai, eid)
    i = next(x for x in d.indikator() if x.indikator_id == ind)
    assert i.realisasi_nilai == 78.89
    assert i.realisasi.startswith("Dihitung dari SKM: 1 survei (Surat keterangan Triwulan I 2026), 10 responden")
    [b] = i.bukti
    stored = ev.bukti_path(pegawai, b.id, periksa=True)
    assert stored.read_bytes().startswith(b"%PDF") and b.keterangan == "Laporan perhitungan otomatis"
    st = ukuran.get_status_ukuran(pegawai, skp_id, eid)[ind]
    assert st.dihitung and st.ukuran_nilai == 78.89 and not st.ditimpa
    with kantor_kecil.ctx.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.aksi == "evaluasi.ukuran_isi")).all()
    assert len(rows) == 1 and rows[0].sesudah["realisasi_nilai"] == 78.89 and rows[0].username == "staf1"


def test_kecamatan_scope_weights_surveys_by_respondents_and_no_survey_says_so(kantor_kecil: Kantor) -> None:
    skp_id, eid, ind = _setup(kantor_kecil, IkatanUkuran("ikm_layanan", "kecamatan"))
    [p] = ukuran.fill_realisasi_terukur(kantor_kecil.ctx, eid).perubahan
    assert p.baru is None and "tidak ada hasil SKM (semua layanan)" in p.dasar
    _survei(kantor_kecil)  # 10 respondents, IKM 3,1556
    _survei(kantor_kecil, "KTP", [[4] * 9] * 10, unit=False)  # 10 respondents, IKM 4
    [p] = ukuran.fill_realisasi_terukur(kantor_kecil.ctx, eid).perubahan
    assert (p.lama, p.baru) == (None, 89.44)  # (3,1556 + 4) / 2 × 25
    assert "2 survei" in p.dasar and "20 responden" in p.dasar


def test_override_needs_the_evaluator_and_survives_recompute(kantor_kecil: Kantor) -> None:
    sv = _survei(kantor_kecil)
    skp_id, eid, ind = _setup(kantor_kecil)
    ukuran.fill_realisasi_terukur(kantor_kecil.ctx, eid)
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[0], "staf1")
    with pytest.raises(PermissionDenied):
        ukuran.override_realisasi(pegawai, eid, ind, 90, "saya rasa lebih")
    # typing over the computed number in the ordinary form is refused too
    with pytest.raises(ValidationError, match="dihitung dari catatan kantor"):
        ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind, None, "x", 95)])
    ev.save_realisasi(pegawai, eid, [ev.RealisasiInput(ind, "Rencana", "Uraian saya", 78.89)])  # same number: fine

    penilai = kantor_kecil.as_role(Role.PENILAI, kantor_kecil.kepala_id, "kasi")
    with pytest.raises(ValidationError, match="Alasan"):
        ukuran.override_realisasi(penilai, eid, ind, 85, "  ")
    st = ukuran.override_realisasi(penilai, eid, ind, 85, "Survei kedua belum diinput; hasil lapangan 85")
    assert st.ditimpa and st.realisasi_nilai == 85 and st.timpa_oleh == "kasi" and st.ukuran_nilai == 78.89

    # more questionnaires arrive; recompute shows old → new and keeps the override
    skm.simpan_responden(kantor_kecil.ctx, sv, [skm.RespondenInput(11 + k, {f"U{j}": 4 for j in range(1, 10)})
                                          for k in range(10)])
    [p] = ukuran.fill_realisasi_terukur(pegawai, eid).perubahan
    assert p.lama == 78.89 and p.baru == 89.44 and p.ditimpa and p.realisasi_nilai == 85
    assert "78,89 → 89,44" in p.teks and "tetap ditimpa" in p.teks
    d = ev.get_evaluasi(pegawai, eid)
    i = next(x for x in d.indikator() if x.indikator_id == ind)
    assert i.realisasi_nilai == 85 and i.realisasi == "Uraian saya"  # the employee's words stay
    assert len(i.bukti) == 1  # the generated report was replaced, not added twice

    st = ukuran.override_realisasi(penilai, eid, ind, None)  # withdrawn: the computed figure applies
    assert not st.ditimpa and st.realisasi_nilai == 89.44
    with kantor_kecil.ctx.read() as s:
        aksi = [a for a, in s.execute(select(AuditLog.aksi).where(AuditLog.aksi.like("evaluasi.ukuran_%")))]
    assert aksi.count("evaluasi.ukuran_timpa") == 2 and aksi.count("evaluasi.ukuran_isi") == 2


def test_old_report_file_is_removed_when_replaced(kantor_kecil: Kantor) -> None:
    _survei(kantor_kecil)
    skp_id, eid, ind = _setup(kantor_kecil)
    ukuran.fill_realisasi_terukur(kantor_kecil.ctx, eid)
    with kantor_kecil.ctx.read() as s:
        first = s.scalars(select(BuktiDukung.path_relatif).where(BuktiDukung.otomatis.is_(True))).one()
    ukuran.fill_realisasi_terukur(kantor_kecil.ctx, eid)
    with kantor_kecil.ctx.read() as s:
        second = s.scalars(select(BuktiDukung.path_relatif).where(BuktiDukung.otomatis.is_(True))).one()
    root = Path(kantor_kecil.ctx.db.path).parent
    assert (root / second).is_file()
    assert first == second or not (root / first).exists()


def test_bad_binding_is_refused_with_words() -> None:
    ik = IkatanUkuran("ikm_layanan", "pegawai")
    with pytest.raises(ValidationError, match="tidak dapat dihitung untuk lingkup 'Pegawai sendiri'"):
        ukuran.check_ikatan(ik, "Indikator 1")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        ukuran.check_ikatan(IkatanUkuran("nilai_ajaib", "unit"), "Indikator 1")
    with pytest.raises(ValidationError, match="jenis layanan"):
        ukuran.check_ikatan(IkatanUkuran("rata_respon_pengaduan", "unit", "KTP"), "Indikator 1")


def _register(kantor_kecil: Kantor) -> int:
    """Front-desk records of January 2026 (Mon 5 Jan): staf 1 finishes 4 KTP in time and 1 late, staf 2
    finishes 2 in time; two complaints for staf 1, answered after 2 and 4 working hours."""
    from datetime import datetime

    from asn_desktop.services import layanan

    ktp = layanan.simpan_standar(kantor_kecil.ctx, "KTP", 1, "hari")
    kk = layanan.simpan_standar(kantor_kecil.ctx, "KK", 1, "hari")
    a, b = kantor_kecil.staf[0], kantor_kecil.staf[1]
    at = lambda d, h: datetime(2026, 1, d, h)  # noqa: E731
    rows = [layanan.PermohonanInput(ktp.id, a, at(5, 9), at(5, 10 + k)) for k in range(4)]
    rows.append(layanan.PermohonanInput(ktp.id, a, at(5, 9), at(8, 9)))  # three working days: late
    rows += [layanan.PermohonanInput(ktp.id, b, at(6, 9), at(6, 11)) for _ in range(2)]
    rows.append(layanan.PermohonanInput(kk.id, a, at(7, 9), at(7, 11)))
    layanan.simpan_permohonan(kantor_kecil.ctx, rows)
    layanan.simpan_permohonan(kantor_kecil.ctx, [layanan.PermohonanInput(ktp.id, a, datetime(2026, 4, 6, 9),
                                                                   datetime(2026, 4, 6, 10))])  # TW II: not counted
    layanan.simpan_pengaduan(kantor_kecil.ctx, [
        layanan.PengaduanInput("whatsapp", at(5, 8), at(5, 10), at(6, 8), pegawai_id=a),
        layanan.PengaduanInput("langsung", at(6, 8), at(6, 12), None, pegawai_id=a)])
    return ktp.id


def test_register_measures_per_employee_unit_and_service(kantor_kecil: Kantor) -> None:
    _register(kantor_kecil)
    skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
    k1, k2 = kantor_kecil.indikator[skp_id]
    _ikat(kantor_kecil, k1, IkatanUkuran("jumlah_layanan_selesai", "pegawai"))
    _ikat(kantor_kecil, k2, IkatanUkuran("persen_tepat_waktu", "unit", "ktp"))
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, kantor_kecil.tw1)
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[0], "staf1")
    hasil = {p.indikator_id: p for p in ukuran.fill_realisasi_terukur(pegawai, eid).perubahan}
    assert hasil[k1].baru == 6.0  # his own: 5 KTP + 1 KK in January, April not in TW I
    assert hasil[k1].dasar == ("dihitung dari register (semua layanan): 6 layanan selesai dari 6 permohonan, "
                               "5 tepat waktu")
    assert hasil[k2].baru == 85.7  # the unit's KTP: 6 of 7 on time
    assert hasil[k2].dasar == "dihitung dari register (layanan ktp): 7 layanan, 85,7 % tepat waktu"

    _ikat(kantor_kecil, k2, IkatanUkuran("rata_respon_pengaduan", "pegawai"))
    [p] = ukuran.fill_realisasi_terukur(pegawai, eid, indikator_ids=[k2]).perubahan
    assert p.lama == 85.7 and p.baru == 3.0 and "2 dari 2 pengaduan direspon, rata-rata 3,0 jam kerja" in p.dasar

    _ikat(kantor_kecil, k2, IkatanUkuran("persen_tepat_waktu", "kecamatan", "Paspor"))
    [p] = ukuran.fill_realisasi_terukur(pegawai, eid, indikator_ids=[k2]).perubahan
    assert p.baru is None and "'Paspor' tidak ada" in p.dasar
    # the report keeps the counts behind the figure
    d = ev.get_evaluasi(pegawai, eid)
    b = next(x for x in d.indikator() if x.indikator_id == k1).bukti[0]
    assert ev.bukti_path(pegawai, b.id).stat().st_size > 1000
