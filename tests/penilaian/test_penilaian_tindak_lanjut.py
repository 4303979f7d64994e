"""Follow-up lists (angka kredit, training, award candidates, career rule) and their Excel export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from penilaian_helpers import RATINGS_FOR, Kantor, build_kantor

from asn_desktop.db.models import PenilaianHistoris, RiwayatDiklat
from asn_desktop.domain.enums import Predikat, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import periode as per
from asn_desktop.services import tindak_lanjut as tl
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ValidationError


def _rate(k: Kantor, periode_id: int, pid: int, pred: Predikat) -> None:
    eid = ev.ensure_evaluasi(k.ctx, k.skp[pid], periode_id)
    ev.set_penilaian(k.ctx, eid, *RATINGS_FOR[pred], alasan_penyesuaian="Penilaian menyeluruh atas satu tahun")


@pytest.fixture
def jf(ctx: AppContext) -> Kantor:
    return build_kantor(ctx, 3, jf=True)


def test_angka_kredit_periodic_and_annual(jf: Kantor) -> None:
    a, b, c = jf.staf
    _rate(jf, jf.tw1, a, Predikat.SANGAT_BAIK)
    _rate(jf, jf.tw1, b, Predikat.BAIK)
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_angka_kredit(jf.ctx, 2026)}
    assert set(rows) == {a, b, c}
    # Peraturan BKN 3/2023: 3/12 x 150 % x 12.5 = 4.688 (Ahli Pertama)
    assert rows[a].koefisien == 12.5 and rows[a].periode[0].ak == 4.688 and rows[a].periode[0].bulan == 3
    assert rows[b].periode[0].ak == 3.125
    assert rows[a].ak_tahunan == 4.688 and "Jumlah 1 periode" in rows[a].dasar
    assert rows[c].ak_tahunan is None and "Belum ada" in rows[c].dasar
    per.buka_periode(jf.ctx, jf.tahunan)
    _rate(jf, jf.tahunan, a, Predikat.BAIK)
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_angka_kredit(jf.ctx, 2026)}
    assert rows[a].ak_tahunan == 12.5 and rows[a].dasar == "Predikat tahunan Baik"


def test_training_needs(kantor_kecil: Kantor) -> None:
    a, b, c = kantor_kecil.staf[:3]
    with kantor_kecil.ctx.write("uji") as uow:
        for pid in kantor_kecil.staf:
            uow.session.add(RiwayatDiklat(pegawai_id=pid, nama="Pelatihan", jp=24, tanggal_mulai=date(2026, 3, 1)))
        uow.session.add(RiwayatDiklat(pegawai_id=kantor_kecil.kepala_id, nama="Webinar", jp=8,
                                      tanggal_mulai=date(2026, 5, 1)))
        uow.session.add(RiwayatDiklat(pegawai_id=kantor_kecil.kepala_id, nama="Diklat lama", jp=40,
                                      tanggal_mulai=date(2025, 5, 1)))
    _rate(kantor_kecil, kantor_kecil.tw1, a, Predikat.BUTUH_PERBAIKAN)  # hasil Di Bawah
    _rate(kantor_kecil, kantor_kecil.tw1, b, Predikat.KURANG)  # perilaku Di Bawah
    _rate(kantor_kecil, kantor_kecil.tw1, c, Predikat.BAIK)
    # 360 input naming the weak value
    eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[b], kantor_kecil.tw1)
    ev.request_masukan_360(kantor_kecil.ctx, eid, [(c, "rekan")])
    giver = kantor_kecil.as_role(Role.PEGAWAI, c, "c")
    ev.submit_masukan_360(giver, ev.list_my_permintaan_360(giver)[0].masukan_id,
                         {"harmonis": ("di_bawah", "Sering berselisih")})
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_kebutuhan_pelatihan(kantor_kecil.ctx, 2026)}
    assert set(rows) == {a, b, kantor_kecil.kepala_id}
    assert "Rating hasil kerja Di Bawah Ekspektasi (TW I 2026)" in rows[a].alasan
    assert rows[a].nilai_terkait == ("Hasil kerja",)
    assert rows[b].nilai_terkait == ("Harmonis",)
    assert rows[kantor_kecil.kepala_id].jp_tahun_ini == 8  # the 2025 course does not count
    assert "8 JP (kurang dari 20 JP)" in rows[kantor_kecil.kepala_id].alasan[0]


def test_award_candidates_consecutive_periods_and_years(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    a, b = kantor_kecil.staf[:2]
    tw2 = kantor_kecil.tahun.periodik[1].id
    per.buka_periode(ctx, tw2)
    _rate(kantor_kecil, kantor_kecil.tw1, a, Predikat.SANGAT_BAIK)
    _rate(kantor_kecil, tw2, a, Predikat.SANGAT_BAIK)
    _rate(kantor_kecil, kantor_kecil.tw1, b, Predikat.SANGAT_BAIK)
    _rate(kantor_kecil, tw2, b, Predikat.BAIK)
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_kandidat_penghargaan(ctx, 2026)}
    assert set(rows) == {a}
    assert rows[a].dasar == "Sangat Baik 2 periode berturut-turut (TW I 2026 – TW II 2026)"
    # consecutive years: 2025 (older scheme, "Sangat Baik") + annual 2026
    with ctx.write("uji") as uow:
        uow.session.add(PenilaianHistoris(pegawai_id=b, tahun=2025, skema="permenpanrb8_2021", kategori="Sangat Baik"))
    per.buka_periode(ctx, kantor_kecil.tahunan)
    eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[b], kantor_kecil.tahunan)
    ev.set_penilaian(ctx, eid, "di_atas", "di_atas", alasan_penyesuaian="Kinerja semester kedua sangat menonjol")
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_kandidat_penghargaan(ctx, 2026)}
    assert "Sangat Baik 2 tahun berturut-turut" in rows[b].dasar
    with pytest.raises(ValidationError):
        tl.daftar_kandidat_penghargaan(ctx, 2026, min_berturut=1)


def test_career_rule_default_and_configurable(kantor_kecil: Kantor) -> None:
    ctx = kantor_kecil.ctx
    a, b, c = kantor_kecil.staf[:3]
    with ctx.write("uji") as uow:
        for pid, kat in ((a, "Baik"), (b, "Cukup"), (c, "Sangat Baik")):
            uow.session.add(PenilaianHistoris(pegawai_id=pid, tahun=2025, skema="pp30_2019", kategori=kat))
    per.buka_periode(ctx, kantor_kecil.tahunan)
    for pid, pred in ((a, Predikat.BAIK), (b, Predikat.SANGAT_BAIK), (c, Predikat.BUTUH_PERBAIKAN)):
        _rate(kantor_kecil, kantor_kecil.tahunan, pid, pred)
    aturan, rows = tl.daftar_cek_karier(ctx, 2026)
    assert aturan.teks == "Predikat kinerja tahunan paling rendah Baik pada setiap 2 tahun terakhir"
    got = {r.pegawai.pegawai_id: r for r in rows}
    assert got[a].memenuhi and got[a].tahun == ((2025, "Baik"), (2026, "Baik"))
    assert not got[b].memenuhi and "2025: Butuh Perbaikan" in got[b].keterangan
    assert not got[c].memenuhi and "2026: Butuh Perbaikan" in got[c].keterangan
    assert rows[0].memenuhi  # those who meet the rule come first
    assert "belum ada untuk 2025, 2026" in got[kantor_kecil.staf[5]].keterangan
    tl.set_aturan_karier(ctx, Predikat.BUTUH_PERBAIKAN, 1)
    aturan, rows = tl.daftar_cek_karier(ctx, 2026)
    got = {r.pegawai.pegawai_id: r for r in rows}
    assert aturan.jumlah_tahun == 1 and got[c].memenuhi and got[b].memenuhi
    with pytest.raises(ValidationError):
        tl.set_aturan_karier(ctx, "luar_biasa", 2)
    with pytest.raises(ValidationError):
        tl.set_aturan_karier(ctx, "baik", 9)


def test_excel_export_reads_back_and_keeps_formula_text(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    with ctx.write("uji") as uow:
        from asn_desktop.db.models import Pegawai

        uow.session.get(Pegawai, kantor_kecil.staf[0]).nama = "=HYPERLINK(\"http://x\")"
    _rate(kantor_kecil, kantor_kecil.tw1, kantor_kecil.staf[0], Predikat.BUTUH_PERBAIKAN)
    path = tl.ekspor_tindak_lanjut(ctx, 2026, tmp_path / "tindak lanjut.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Angka Kredit", "Kebutuhan Pelatihan", "Kandidat Penghargaan", "Cek Karier"]
    ws = wb["Kebutuhan Pelatihan"]
    assert ws["A1"].value.startswith("Kebutuhan Pelatihan")
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "No")
    names = [ws.cell(r, 2).value for r in range(header_row + 1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert '=HYPERLINK("http://x")' in names
    cell = next(ws.cell(r, 2) for r in range(header_row + 1, ws.max_row + 1)
                if ws.cell(r, 2).value == '=HYPERLINK("http://x")')
    assert cell.data_type == "s"  # text, not a formula


def test_angka_kredit_uses_the_jenjang_held_in_each_month(jf: Kantor) -> None:
    """Promoted Ahli Pertama → Ahli Muda: the months served as Ahli Pertama keep 12.5 (Peraturan BKN 3/2023)."""
    from asn_desktop.db.models import Pegawai, RiwayatJabatan

    a, b, c = jf.staf
    with jf.ctx.write("uji.riwayat") as uow:
        s = uow.session
        for pid, naik in ((a, date(2026, 4, 1)), (b, date(2026, 2, 1))):
            s.add(RiwayatJabatan(pegawai_id=pid, nama_jabatan="Analis Kebijakan Ahli Pertama",
                                 jenis_jabatan="fungsional_keahlian", jenjang="ahli_pertama", tmt=date(2022, 3, 1)))
            s.add(RiwayatJabatan(pegawai_id=pid, nama_jabatan="Analis Kebijakan Ahli Muda",
                                 jenis_jabatan="fungsional_keahlian", jenjang="ahli_muda", tmt=naik))
            peg = s.get(Pegawai, pid)
            assert peg is not None
            peg.jenjang, peg.nama_jabatan = "ahli_muda", "Analis Kebijakan Ahli Muda"
    _rate(jf, jf.tw1, a, Predikat.BAIK)
    _rate(jf, jf.tw1, b, Predikat.BAIK)
    _rate(jf, jf.tw1, c, Predikat.BAIK)
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_angka_kredit(jf.ctx, 2026)}
    # a: Jan–Mar as Ahli Pertama: 3/12 × 100 % × 12.5, not the doubled 6.25 at today's jenjang
    assert rows[a].periode[0].ak == 3.125 and rows[a].periode[0].jenjang == "Ahli Pertama"
    assert rows[a].jenjang == "Ahli Muda" and rows[a].koefisien == 25.0
    assert "Ahli Pertama Jan–Mar (koefisien 12,5)" in rows[a].dasar and "Ahli Muda Apr–Des" in rows[a].dasar
    # b: January as Ahli Pertama, February–March as Ahli Muda: 1/12 × 12.5 + 2/12 × 25 = 5.208
    assert rows[b].periode[0].ak == 5.208
    assert rows[b].periode[0].jenjang == "Ahli Pertama 1 bln, Ahli Muda 2 bln"
    # c: no riwayat jabatan: the current jenjang for the whole period, as before
    assert rows[c].periode[0].ak == 3.125 and "riwayat" not in rows[c].dasar
    # the annual predicate prices each month at its own jenjang: 3/12 × 12.5 + 9/12 × 25
    per.buka_periode(jf.ctx, jf.tahunan)
    _rate(jf, jf.tahunan, a, Predikat.BAIK)
    rows = {r.pegawai.pegawai_id: r for r in tl.daftar_angka_kredit(jf.ctx, 2026)}
    assert rows[a].ak_tahunan == 21.875
