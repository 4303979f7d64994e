"""Past appraisal results (PP 46/2011 recaps, e-Kinerja recaps, old SKP/DP3 forms) into penilaian_historis."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, PenilaianHistoris
from asn_desktop.services.context import AppContext
from asn_desktop.services.pertukaran_umum import ExchangeError
from asn_desktop.services.riwayat_nilai import impor_nilai_lama, nilai_lama_pegawai, pratinjau_nilai_lama


@pytest.fixture(autouse=True)
def _tanpa_riwayat_demo(demo_ctx: AppContext) -> None:
    """These tests import history into an office that has none yet: the demo's own past annual
    predikat (services/karier.tambah_demo_karier, for the career views) are removed first."""
    from sqlalchemy import delete

    with demo_ctx.write("uji.kosongkan_riwayat") as uow:
        uow.session.execute(delete(PenilaianHistoris))


def _nips(ctx: AppContext, n: int = 4) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(Pegawai.nip).where(Pegawai.nip.is_not(None)).order_by(Pegawai.id).limit(n)))


def _pid(ctx: AppContext, nip: str) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(Pegawai.id).where(Pegawai.nip == nip)))


def _count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(PenilaianHistoris)))


def _pp46_recap(path: Path, nips: list[str]) -> Path:
    """A kecamatan recap: title with the year, "PERILAKU KERJA" merged over its six aspects."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap PPK"
    ws.append(["REKAPITULASI PENILAIAN PRESTASI KERJA PNS TAHUN 2018"])
    ws.append(["KECAMATAN MAULAFA"])
    ws.append([])
    ws.append(["No", "NIP", "Nama", "Nilai SKP", "PERILAKU KERJA", None, None, None, None, None,
               "Nilai Perilaku", "Nilai Prestasi Kerja", "Sebutan", "Paraf"])
    ws.append([None, None, None, None, "Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin", "Kerja Sama",
               "Kepemimpinan"])
    ws.merge_cells("E4:J4")
    ws.append([1, nips[0], "Yohanes Benu", 85.5, 80, 82, 80, 78, 80, None, 80, 83.3, "Baik", "ok"])
    ws.append([2, nips[1], "Maria Dewi", "92,20", 90, 92, 91, 90, 90, 91, None, None, None, "ok"])  # derived
    ws.append([3, nips[2], "Ardi Setiawan", 70, 70, 70, 70, 70, 70, None, 70, 70, "Sangat Baik"])  # wrong sebutan
    ws.append([4, nips[3][:-1], "NIP Terpotong", 80, 80, 80, 80, 80, 80, None, 80, 80, "Baik"])
    ws.append([5, "199901012020121001", "Bukan Pegawai Sini", 80, 80, 80, 80, 80, 80, None, 80, 80, "Baik"])
    ws.append([])
    ws.append([None, "Kupang, 2 Januari 2019"])
    for row in ws.iter_rows(min_col=2, max_col=2):
        row[0].data_type = "s"
    wb.save(path)
    return path


def test_pp46_recap_preview_names_every_problem_and_derives_by_the_rules(demo_ctx: AppContext, tmp_path: Path) -> None:
    nips = _nips(demo_ctx)
    res = pratinjau_nilai_lama(demo_ctx, _pp46_recap(tmp_path / "rekap 2018.xlsx", nips))
    assert _count(demo_ctx) == 0  # a preview writes nothing
    by_row = {r.rec.row: r for r in res.rows}
    assert sorted(by_row) == [6, 7, 8, 9, 10]  # title, header, blank and signature lines are no results
    first = by_row[6].rec
    assert (first.tahun, first.skema, first.nilai_skp, first.nilai_perilaku, first.nilai_akhir, first.kategori) == (
        2018, "pp46_2011", 85.5, 80.0, 83.3, "Baik")
    assert first.detail["orientasi_pelayanan"] == 80
    # nilai perilaku = mean of the aspects, prestasi kerja = 60/40, sebutan from the band (PP 46/2011)
    derived = by_row[7].rec
    assert derived.nilai_perilaku == pytest.approx(90.67, abs=0.01)
    assert derived.nilai_akhir == pytest.approx(0.6 * 92.2 + 0.4 * 90.67, abs=0.01)
    assert derived.kategori == "Sangat Baik"
    # a contradiction is kept as written and flagged
    warn = by_row[8]
    assert warn.status == "baru" and any("tidak sesuai nilai 70" in m.message and m.column == "M" for m in warn.masalah)
    cut = by_row[9]
    assert cut.status == "ditolak"
    assert any(m.column == "B" and "17 digit" in m.message and "seharusnya 18" in m.message for m in cut.masalah)
    assert "lembar \"Rekap PPK\", baris 9, kolom B" in cut.masalah[0].where
    stranger = by_row[10]
    assert stranger.status == "ditolak" and "tidak terdaftar" in stranger.masalah[-1].message
    read = res.parse.sheets[0]
    assert read.kind == "rekap PP 46/2011" and any(u.startswith("N (Paraf)") for u in read.unused)
    assert "2 baris ditolak" in res.summary


def test_import_writes_once_and_reimport_changes_nothing(demo_ctx: AppContext, tmp_path: Path) -> None:
    nips = _nips(demo_ctx)
    path = _pp46_recap(tmp_path / "rekap.xlsx", nips)
    res = impor_nilai_lama(demo_ctx, path)
    assert res.written == 3 and _count(demo_ctx) == 3
    again = impor_nilai_lama(demo_ctx, path)
    assert again.written == 0 and again.count("sama") == 3 and _count(demo_ctx) == 3
    shown = nilai_lama_pegawai(demo_ctx, _pid(demo_ctx, nips[0]))
    assert [(v.tahun, v.skema_label, v.nilai_akhir, v.kategori) for v in shown] == [(2018, "PP 46/2011", 83.3, "Baik")]
    assert "rekap.xlsx" in shown[0].sumber and "baris 6" in shown[0].sumber


def test_ekinerja_monthly_recap_as_csv(demo_ctx: AppContext, tmp_path: Path) -> None:
    nips = _nips(demo_ctx, 2)
    lines = ["NIP;Nama;Bulan;Tahun;Capaian (%);Predikat;Berorientasi Pelayanan;Akuntabel;Kompeten;Harmonis;"
             "Loyal;Adaptif;Kolaboratif"]
    for nip in nips:
        for bulan in ("Januari", "Februari"):
            lines.append(f"{nip};Pegawai;{bulan};2023;102,5;Baik;90;88;87;90;92;85;88")
    lines.append(f"{nips[0]};Pegawai;Maret;2023;abc;Luar Biasa;90;88;87;90;92;85;88")
    path = tmp_path / "ekinerja.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    res = impor_nilai_lama(demo_ctx, path)
    assert res.written == 4 and res.count("ditolak") == 1  # the March row has neither a capaian nor a predikat
    bad = next(r for r in res.rows if r.status == "ditolak")
    assert {m.column for m in bad.masalah} >= {"E", "F"}
    views = nilai_lama_pegawai(demo_ctx, _pid(demo_ctx, nips[0]))
    assert [(v.periode, v.kategori, v.nilai_akhir) for v in views] == [("01", "Baik", 102.5), ("02", "Baik", 102.5)]
    assert views[0].skema == "permenpanrb6_2022"


def test_old_skp_and_dp3_forms_one_employee_per_sheet(demo_ctx: AppContext, tmp_path: Path) -> None:
    nips = _nips(demo_ctx, 2)
    wb = Workbook()
    ws = wb.active
    ws.title = "Budi 2016"
    rows = [
        ["PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL"],
        ["Jangka waktu penilaian: 01 Januari 2016 s/d 31 Desember 2016"],
        ["1", "YANG DINILAI"],
        [None, "a. Nama", ":", "Budi Santoso"],
        [None, "b. NIP", ":", nips[0]],
        ["UNSUR YANG DINILAI"],
        [None, "a. Sasaran Kerja PNS (SKP)", None, 82.25, "x 60%", 49.35],
        [None, "b. Perilaku Kerja", "1. Orientasi Pelayanan", 80, "(Baik)"],
        [None, None, "2. Integritas", 80, "(Baik)"],
        [None, None, "Nilai Perilaku Kerja", 80, "x 40%", 32],
        [None, "NILAI PRESTASI KERJA", None, 81.35, "(Baik)"],
    ]
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("DP3 2009")
    for r in [
        ["DAFTAR PENILAIAN PELAKSANAAN PEKERJAAN PEGAWAI NEGERI SIPIL"],
        ["JANGKA WAKTU PENILAIAN BULAN JANUARI S/D DESEMBER 2009"],
        ["NIP : " + nips[1]],
        ["1. Kesetiaan", 91, "Amat Baik"],
        ["2. Prestasi kerja", 80, "Baik"],
        ["3. Tanggung jawab", 82, "Baik"],
        ["4. Ketaatan", 80, "Baik"],
        ["5. Kejujuran", 85, "Baik"],
        ["6. Kerjasama", 80, "Baik"],
        ["7. Prakarsa", 78, "Baik"],
        ["Jumlah", 576],
    ]:
        ws2.append(r)
    path = tmp_path / "skp lama.xlsx"
    wb.save(path)
    res = impor_nilai_lama(demo_ctx, path)
    assert res.written == 2, [m.message for r in res.rows for m in r.masalah]
    skp = nilai_lama_pegawai(demo_ctx, _pid(demo_ctx, nips[0]))[0]
    assert (skp.tahun, skp.skema, skp.nilai_skp, skp.nilai_perilaku, skp.nilai_akhir, skp.kategori) == (
        2016, "pp46_2011", 82.25, 80.0, 81.35, "Baik")
    dp3 = nilai_lama_pegawai(demo_ctx, _pid(demo_ctx, nips[1]))[0]
    assert (dp3.tahun, dp3.skema_label) == (2009, "DP3 (PP 10/1979)")
    assert dp3.nilai_akhir == pytest.approx((91 + 80 + 82 + 80 + 85 + 80 + 78) / 7, abs=0.01)  # rata-rata of the aspects


def test_a_file_without_results_is_refused_with_what_was_looked_for(demo_ctx: AppContext, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Golongan", "Jumlah"])
    wb.active.append(["III/a", 4])
    path = tmp_path / "rekap golongan.xlsx"
    wb.save(path)
    with pytest.raises(ExchangeError) as err:
        impor_nilai_lama(demo_ctx, path)
    assert "rekap golongan.xlsx" in err.value.message and "kolom NIP" in err.value.message
    assert _count(demo_ctx) == 0


def test_cli_history_import_dry_run_then_write(demo_ctx: AppContext, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from asn_desktop.cli import main

    nips = _nips(demo_ctx)
    path = _pp46_recap(tmp_path / "rekap.xlsx", nips)
    db = str(demo_ctx.db.target)
    assert main(["history", "import", str(path), "--db", db, "--dry-run"]) == 4
    out = capsys.readouterr()
    assert "Pratinjau (tidak disimpan)" in out.out and "rekap PP 46/2011" in out.out
    assert "baris 9, kolom B" in out.err and "Kolom tidak dipakai: N (Paraf)" in out.out
    assert _count(demo_ctx) == 0
    report = tmp_path / "r.json"
    assert main(["history", "import", str(path), "--db", db, "--report", str(report)]) == 4
    assert _count(demo_ctx) == 3 and '"status": "ditolak"' in report.read_text(encoding="utf-8")


def test_pp46_recap_exported_as_html_with_spanned_headers(demo_ctx: AppContext, tmp_path: Path) -> None:
    """A SIMPEG page saved as .xls: "PERILAKU KERJA" spans the aspects, the other headers span two rows."""
    nips = _nips(demo_ctx, 2)
    aspects = ["Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin", "Kerja Sama"]
    head = ("<tr><th rowspan=2>NIP</th><th rowspan=2>Nama</th><th rowspan=2>Nilai SKP</th>"
            f"<th colspan={len(aspects)}>PERILAKU KERJA</th><th rowspan=2>Nilai Prestasi Kerja</th></tr>"
            "<tr>" + "".join(f"<th>{a}</th>" for a in aspects) + "</tr>")
    body = "".join(f"<tr><td>{nip}</td><td>Pegawai</td><td>80,00</td>" + "<td>90</td>" * 5 + "<td></td></tr>"
                   for nip in nips)
    path = tmp_path / "rekap_ppk_2017.xls"
    path.write_text(f"<html><body><h3>REKAP PPK TAHUN 2017</h3><table border=1>{head}{body}</table></body></html>",
                    encoding="utf-8")
    res = impor_nilai_lama(demo_ctx, path)
    assert res.written == 2, [m.message for r in res.rows for m in r.masalah]
    view = nilai_lama_pegawai(demo_ctx, _pid(demo_ctx, nips[0]))[0]
    # year from the file name (the page title is outside the table); 60 % × 80 + 40 % × 90 = 84 → Baik
    assert (view.tahun, view.nilai_perilaku, view.nilai_akhir, view.kategori) == (2017, 90.0, 84.0, "Baik")


def test_a_recap_with_a_dotted_nip_header_is_read(demo_ctx: AppContext, tmp_path: Path) -> None:
    """Old typed recaps head the NIP column "N.I.P.": the table is found as with "NIP"."""
    nips = _nips(demo_ctx, 2)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap 2018"
    ws.append(["REKAPITULASI NILAI PRESTASI KERJA PNS TAHUN 2018"])
    ws.append(["No", "N.I.P.", "Nama", "Nilai SKP", "Nilai Perilaku"])
    ws.append([1, nips[0], "Yohanes Benu", "85,50", 80])
    ws.append([2, nips[1], "Maria Dewi", 82.25, 80])
    wb.save(tmp_path / "rekap lama.xlsx")
    prev = pratinjau_nilai_lama(demo_ctx, tmp_path / "rekap lama.xlsx")
    assert prev.count("baru") == 2 and prev.count("ditolak") == 0
