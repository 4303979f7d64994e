"""The versioned exchange workbook: employees export, results package, regency merge, safety."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select, update

from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.excel.exchange import FORMAT_NAME, HASIL_SHEET_NAMES, PEGAWAI_FIXED_HEADERS
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext

from excel_helpers import NIP_A, NIP_B

INJECTIONS = ['=HYPERLINK("http://contoh.invalid","klik")', "+62 812 3456", "-1+1", "@SUM(A1:A9)", "\tTAB", "\rCR",
              "=cmd|' /C calc'!A0"]


def cells(path: Path, sheet: str) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def meta(path: Path) -> dict[str, str]:
    return {r[0]: r[1] for r in cells(path, "_meta")[1:]}


def new_ctx(tmp_path: Path, name: str) -> AppContext:
    return AppContext(open_database(tmp_path / name), Actor.system("penguji"))


# --------------------------------------------------------------------------- employees export


def test_employees_export_layout(demo_ctx, tmp_path) -> None:
    path = tmp_path / "pegawai.xlsx"
    res = P.export_employees(demo_ctx, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Pegawai", "_meta"] and wb["_meta"].sheet_state == "hidden"
    ws = wb["Pegawai"]
    header = [c.value for c in ws[1]]
    assert header[:14] == PEGAWAI_FIXED_HEADERS == [
        "NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin",
        "Status Kepegawaian", "Golongan", "TMT Golongan", "Jabatan", "Jenis Jabatan", "Unit Kerja", "NIP Atasan"]
    assert ws.max_row == res.rows + 1
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{ws.max_row}"
    assert ws.column_dimensions["A"].width >= 18 and ws.column_dimensions["K"].width >= 25
    col = {h: i for i, h in enumerate(header)}
    statuses, golongan = set(), set()
    for row in ws.iter_rows(min_row=2):
        nip = row[col["NIP"]]
        assert nip.data_type == "s" and nip.number_format == "@" and len(nip.value) == 18
        born = row[col["Tanggal Lahir"]]
        assert born.is_date and isinstance(born.value, datetime)
        assert row[col["Jenis Kelamin"]].value in ("L", "P")
        statuses.add(row[col["Status Kepegawaian"]].value)
        golongan.add((row[col["Status Kepegawaian"]].value, row[col["Golongan"]].value))
    assert all("/" in g for s, g in golongan if s in ("PNS", "CPNS"))
    assert any(s == "PPPK" and g in ("V", "VII", "IX") for s, g in golongan)
    md = meta(path)
    assert md["format"] == FORMAT_NAME and md["versi_format"] == "1" and md["jenis"] == "pegawai"
    assert md["kode_kantor"] == "5371041" and md["baris:Pegawai"] == str(res.rows) and len(md["checksum_sha256"]) == 64


def test_formula_injection_is_written_as_text_everywhere(ctx, tmp_path, xlsx) -> None:
    rows = [["NIP", "NAMA", "JABATAN", "TEMPAT LAHIR", "UNIT KERJA"]]
    nips = [f"1980010{i + 1}2005011001" for i in range(len(INJECTIONS))]
    for nip, text in zip(nips, INJECTIONS):
        rows.append([nip, f"Nama {text}", text, text.strip() or "x", "Unit " + text.strip()])
    P.import_roster(ctx, xlsx(rows))
    with ctx.write("uji") as uow:  # also a name that *starts* with the trigger
        uow.session.execute(update(m.Pegawai).where(m.Pegawai.nip == nips[0]).values(nama=INJECTIONS[0]))
    path = tmp_path / "aman.xlsx"
    P.export_employees(ctx, path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    wb = openpyxl.load_workbook(path)
    values = [c for row in wb["Pegawai"].iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    starts = [c for c in values if c.value[:1] in "=+-@\t"]
    assert starts and all(c.data_type == "s" and c.quotePrefix for c in starts)
    read = cells(path, "Pegawai")
    assert INJECTIONS[0] in [r[1] for r in read]
    # and the file re-imports as unchanged (text stayed text)
    assert P.preview_roster(ctx, path).counts["unchanged"] == len(INJECTIONS)


# --------------------------------------------------------------------------- results package


def test_results_export_sheets_rows_and_meta(demo_ctx, tmp_path) -> None:
    path = tmp_path / "hasil.xlsx"
    res = P.export_results(demo_ctx, path, 2026)
    wb = CalamineWorkbook.from_path(str(path))
    assert wb.sheet_names == HASIL_SHEET_NAMES + ["_meta"]
    for required in ("Pegawai", "Unit Kerja", "SKP", "RHK", "Indikator", "Perilaku", "Evaluasi"):
        assert required in wb.sheet_names
    ev = cells(path, "Evaluasi")
    header = ev[0]
    for h in ("NIP", "Tahun", "Periode", "Rating Hasil Kerja", "Rating Perilaku Kerja", "Predikat",
              "Capaian Organisasi"):
        assert h in header
    periods = {r[header.index("Periode")] for r in ev[1:]}
    assert periods == {"Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Tahunan"}
    with demo_ctx.read() as s:
        n_skp = s.scalar(select(func.count()).select_from(m.Skp).where(m.Skp.tahun == 2026,
                                                                        m.Skp.status != "diganti"))
    assert len(ev) - 1 == n_skp * 5  # one row per employee and period, including Tahunan
    rated = [r for r in ev[1:] if r[header.index("Predikat")]]
    assert rated and all(r[header.index("Rating Hasil Kerja")] in ("Di Atas Ekspektasi", "Sesuai Ekspektasi",
                                                                   "Di Bawah Ekspektasi") for r in rated)
    md = meta(path)
    assert md["jenis"] == "hasil" and md["tahun"] == "2026" and md["nama_kantor"] == "Kecamatan Maulafa"
    assert md["versi_aplikasi"] and md["dibuat_pada"][:4] == str(date.today().year)
    assert md["checksum_sha256"] == res.checksum
    for name, n in res.sheets.items():
        assert md[f"baris:{name}"] == str(n)


def _edit(path: Path, dest: Path, sheet: str, cell: str, value) -> Path:
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell].value = value
    wb.save(dest)
    return dest


def test_newer_format_is_refused_and_other_files_explained(demo_ctx, tmp_path) -> None:
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    wb = openpyxl.load_workbook(path)
    ms = wb["_meta"]
    for row in ms.iter_rows(min_row=2):
        if row[0].value == "versi_format":
            row[1].value = "3"  # this release reads versions 1 and 2
    wb.save(tmp_path / "baru.xlsx")
    target = new_ctx(tmp_path, "kab.db")
    rep = P.import_results(target, [tmp_path / "baru.xlsx"])
    assert not rep.accepted and rep.exit_code == P.EXIT_FAILED
    assert "versi 3" in rep.packages[0].pesan and "Perbarui aplikasi" in rep.packages[0].pesan
    emp = tmp_path / "pegawai.xlsx"
    P.export_employees(demo_ctx, emp)
    rep = P.import_results(target, [emp])
    assert "daftar pegawai, bukan paket hasil" in rep.packages[0].pesan
    with target.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Pegawai)) == 0
    target.db.dispose()


def test_checksum_mismatch_is_refused_and_no_option_accepts_it(demo_ctx, tmp_path) -> None:
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    ev = cells(path, "Evaluasi")
    col = ev[0].index("Rating Hasil Kerja")
    row = next(i for i, r in enumerate(ev) if r[col] == "Sesuai Ekspektasi")
    letter = openpyxl.utils.get_column_letter(col + 1)
    edited = _edit(path, tmp_path / "diubah.xlsx", "Evaluasi", f"{letter}{row + 1}", "Di Atas Ekspektasi")
    target = new_ctx(tmp_path, "kab.db")
    rep = P.import_results(target, [edited], trust_new_office=True)
    pkg = rep.packages[0]
    assert not pkg.checksum_ok and not pkg.diterima and "diubah setelah ditandatangani" in pkg.pesan
    assert any("diubah setelah" in x for x in pkg.masalah)
    with pytest.raises(TypeError):
        P.import_results(target, [edited], allow_modified=True)  # type: ignore[call-arg]
    target.db.dispose()


def _kecamatan_b(tmp_path: Path, shared_nip: str) -> Path:
    """A second kecamatan: two employees from a roster (one NIP also in the demo), year 2026."""
    from asn_desktop.services.periode import buat_tahun

    ctx = new_ctx(tmp_path, "kec_b.db")
    from asn_desktop.services.settings import OfficeInfo, set_office

    set_office(ctx, OfficeInfo(kode_kantor="5371099", nama_kantor="Kecamatan Bukit"))
    from excel_helpers import make_workbook

    roster = make_workbook(tmp_path / "b.xlsx", {"Data": [["NIP", "NAMA", "UNIT KERJA"], [shared_nip, "Pindahan",
                                                                                            "Kecamatan Bukit"],
                                                          [NIP_B, "Asli Bukit", "Kecamatan Bukit"]]})
    P.import_roster(ctx, roster)
    buat_tahun(ctx, 2026, "triwulanan")
    out = tmp_path / "hasil_b.xlsx"
    P.export_results(ctx, out, 2026)
    ctx.db.dispose()
    return out


def _stamp(path: Path, when: str) -> None:
    """Set ``dibuat_pada`` (metadata, outside the checksum): two exports in one second stay ordered."""
    wb = openpyxl.load_workbook(path)
    for row in wb["_meta"].iter_rows(min_row=2):
        if row[0].value == "dibuat_pada":
            row[1].value = when
    wb.save(path)


def test_regency_merges_many_kecamatan_and_reports_conflicts(demo_ctx, tmp_path) -> None:
    a1 = tmp_path / "a1.xlsx"
    P.export_results(demo_ctx, a1, 2026)

    with demo_ctx.read() as s:
        shared = s.scalar(select(m.Pegawai.nip).order_by(m.Pegawai.nip).limit(1))
        final = s.scalars(select(m.Evaluasi).where(m.Evaluasi.status == "final")).first()
        final_uid, final_rating, final_perilaku = final.uid, final.rating_hasil_kerja, final.rating_perilaku
        draft_skp = s.scalars(select(m.Rhk).join(m.Skp).where(m.Skp.status == "disetujui")).first()
        rhk_uid = draft_skp.uid
    b = _kecamatan_b(tmp_path, shared)
    kab = new_ctx(tmp_path, "kabupaten.db")
    rep = P.import_results(kab, [a1, b], trust_new_office=True)
    assert len(rep.accepted) == 2 and rep.written and rep.backup
    names = {p.nama_kantor for p in rep.accepted}
    assert names == {"Kecamatan Maulafa", "Kecamatan Bukit"}
    with kab.read() as s:
        n = s.scalar(select(func.count()).select_from(m.Pegawai))
        assert n == 40 + 1  # the shared NIP is one person
    pegawai_conf = [c for c in rep.conflicts if c.entitas == "Pegawai"]
    assert pegawai_conf and "bukan bagian dari kantor pengirim" in pegawai_conf[0].pesan
    assert rep.exit_code == P.EXIT_PARTIAL

    # the kecamatan changes a final evaluation and an RHK, then sends the year again
    new_rating = "di_atas" if final_rating != "di_atas" else "di_bawah"
    with demo_ctx.write("uji") as uow:
        # a consistent change (the regency recomputes the predikat from the matrix and refuses a mismatch)
        from asn_desktop.domain.rating import Rating, predikat_kinerja

        uow.session.execute(update(m.Evaluasi).where(m.Evaluasi.uid == final_uid).values(
            rating_hasil_kerja=new_rating,
            predikat=predikat_kinerja(Rating(new_rating), Rating(final_perilaku)).value))
        uow.session.execute(update(m.Rhk).where(m.Rhk.uid == rhk_uid).values(teks="RHK yang diperbarui"))
    a2 = tmp_path / "a2.xlsx"
    P.export_results(demo_ctx, a2, 2026)

    rep2 = P.import_results(kab, [a2])
    assert rep2.accepted
    assert any(c.entitas == "Evaluasi" and "sudah final" in c.pesan for c in rep2.conflicts)
    with kab.read() as s:
        assert s.scalar(select(m.Evaluasi.rating_hasil_kerja).where(m.Evaluasi.uid == final_uid)) == final_rating
        assert s.scalar(select(m.Rhk.teks).where(m.Rhk.uid == rhk_uid)) == "RHK yang diperbarui"
    assert rep2.accepted[0].counts["RHK"]["berubah"] == 1

    # an older package (lower sequence number) from the same office is skipped whole
    rep3 = P.import_results(kab, [a1])
    assert not rep3.accepted and "lebih baru sudah diimpor" in rep3.packages[0].pesan

    fresh = new_ctx(tmp_path, "kab2.db")
    # the same office twice in one run: the newer package wins, no conflict
    rep5 = P.import_results(fresh, [a2, a1], trust_new_office=True)
    assert len(rep5.accepted) == 2 and not [c for c in rep5.conflicts if c.entitas == "RHK"]
    with fresh.read() as s:
        assert s.scalar(select(m.Rhk.teks).where(m.Rhk.uid == rhk_uid)) == "RHK yang diperbarui"
    fresh.db.dispose()
    kab.db.dispose()


# --------------------------------------------------------------------------- round trip (property)

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), min_size=1, max_size=12),
    st.sampled_from(INJECTIONS + ["  spasi  ", "baris\nbaru", "123", "0812", "Ma'ruf", "Ñandú"]),
)
_OPT = st.one_of(st.none(), _TEXT)
_DATES = st.dates(date(1950, 1, 1), date(2030, 12, 31))
_DT = st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)).map(lambda d: d.replace(microsecond=0))
_RATING = st.sampled_from([None, "di_atas", "sesuai", "di_bawah"])


@st.composite
def office_db(draw) -> dict:
    n_units = draw(st.integers(1, 3))
    n_peg = draw(st.integers(1, 4))
    units = [{"nama": draw(_TEXT), "kode": draw(_OPT), "jenis": draw(st.sampled_from(["kecamatan", "seksi", "lainnya"])),
              "urutan": draw(st.integers(0, 5)), "aktif": draw(st.booleans())} for _ in range(n_units)]
    peg = []
    for i in range(n_peg):
        born = draw(st.dates(date(1960, 1, 1), date(1999, 12, 28)))
        jk = draw(st.sampled_from("LP"))
        nip = f"{born:%Y%m%d}{born.year + 22}0{draw(st.integers(1, 9))}{1 if jk == 'L' else 2}{i + 1:03d}"
        # values the profile form accepts (the merge validates like manual entry)
        sk = draw(st.sampled_from(["PNS", "CPNS", "PPPK"]))
        gol = draw(st.sampled_from([None, "IX"] if sk == "PPPK" else [None, "III/a", "IV/e"]))
        jj = draw(st.sampled_from([None, "pelaksana", "fungsional_keahlian"]))
        peg.append({
            "nip": nip, "nama": draw(_TEXT), "gelar_depan": draw(_OPT), "gelar_belakang": draw(_OPT),
            "tempat_lahir": draw(_OPT), "tanggal_lahir": born, "jenis_kelamin": jk,
            "status_kepegawaian": sk,
            "golongan": gol, "tmt_golongan": draw(st.one_of(st.none(), _DATES)),
            "nama_jabatan": draw(_OPT), "jenis_jabatan": jj,
            "jenjang": draw(st.sampled_from([None, "ahli_muda"])) if jj == "fungsional_keahlian" else None, "agama": draw(st.sampled_from([None, "Islam"])),
            "kelas_jabatan": draw(st.one_of(st.none(), st.integers(1, 17))), "alamat": draw(_OPT),
            "status": draw(st.sampled_from(["aktif", "pensiun"])), "tanggal_status": draw(_DATES),
            "unit": draw(st.one_of(st.none(), st.integers(0, n_units - 1))),
            "atasan": draw(st.one_of(st.none(), st.integers(0, n_peg - 1))),
        })
    skema = draw(st.sampled_from(["triwulanan", "semesteran"]))
    skps = []
    for i in range(n_peg):
        if not draw(st.booleans()):
            continue
        rhks = []
        for _ in range(draw(st.integers(1, 2))):
            inds = [{"teks": draw(_TEXT), "aspek": draw(st.sampled_from(["kuantitas", "kualitas", "waktu"])),
                     "target_min": draw(st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False))),
                     "target_max": draw(st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False))),
                     "satuan": draw(_OPT), "lrlb": draw(st.booleans())} for _ in range(draw(st.integers(1, 2)))]
            rhks.append({"teks": draw(_TEXT), "jenis": draw(st.sampled_from(["utama", "tambahan"])), "ind": inds,
                         "atasan_teks": draw(_OPT)})
        evals = []
        for k in range(draw(st.integers(0, 2))):
            evals.append({"periode": k, "h": draw(_RATING), "p": draw(_RATING), "status": draw(st.sampled_from(
                ["draft", "dinilai", "final"])), "catatan": draw(_OPT), "dinilai_pada": draw(st.one_of(st.none(), _DT)),
                "real": draw(_OPT), "nilai": draw(st.one_of(st.none(), st.floats(-1e3, 1e3, allow_nan=False))),
                "ub": draw(_OPT)})
        skps.append({"peg": i, "status": draw(st.sampled_from(["draft", "disetujui"])), "rhk": rhks,
                     "evals": evals, "penilai": draw(st.one_of(st.none(), st.integers(0, n_peg - 1))),
                     "lampiran": draw(_OPT), "snap": draw(_OPT), "eks": draw(_OPT)})
    return {"units": units, "peg": peg, "skema": skema, "skps": skps,
            "cap": draw(st.sampled_from([None, "baik", "istimewa"]))}


def _build(ctx: AppContext, spec: dict) -> None:
    from asn_desktop.domain.berakhlak import BERAKHLAK
    from asn_desktop.domain.enums import SkemaPeriode
    from asn_desktop.domain.periode import periode_defs
    from asn_desktop.domain.rating import predikat_kinerja

    now = datetime(2026, 3, 1, 8, 0, 0)
    with ctx.write("uji.bangun") as uow:
        s = uow.session
        units = []
        for u in spec["units"]:
            obj = m.UnitKerja(**u)
            s.add(obj)
            units.append(obj)
        s.flush()
        if len(units) > 1:
            units[1].parent_id = units[0].id
        peg = []
        for p in spec["peg"]:
            d = {k: v for k, v in p.items() if k not in ("unit", "atasan")}
            obj = m.Pegawai(**d, unit_id=units[p["unit"]].id if p["unit"] is not None else None)
            s.add(obj)
            peg.append(obj)
        s.flush()
        for p, obj in zip(spec["peg"], peg):
            if p["atasan"] is not None and peg[p["atasan"]] is not obj:
                obj.atasan_id = peg[p["atasan"]].id
        units[0].kepala_id = peg[0].id
        tk = m.TahunKinerja(tahun=2026, skema_periode=spec["skema"], tanggal_mulai=date(2026, 1, 1),
                            tanggal_selesai=date(2026, 12, 31))
        s.add(tk)
        s.flush()
        periods = []
        for i, pd in enumerate(periode_defs(2026, SkemaPeriode(spec["skema"]))):
            po = m.Periode(tahun_id=tk.id, nomor=pd.nomor, urutan=i, nama=pd.nama, jenis=pd.jenis.value,
                           tanggal_mulai=pd.mulai, tanggal_selesai=pd.selesai, status="dibuka")
            s.add(po)
            periods.append(po)
        s.flush()
        if spec["cap"]:
            s.add(m.PredikatOrganisasiPeriode(unit_id=units[0].id, periode_id=periods[0].id, predikat=spec["cap"]))
        for sk in spec["skps"]:
            skp = m.Skp(pegawai_id=peg[sk["peg"]].id, tahun=2026, status=sk["status"], periode_mulai=date(2026, 1, 1),
                        periode_selesai=date(2026, 12, 31), pegawai_nama=sk["snap"] or "",
                        pejabat_penilai_id=peg[sk["penilai"]].id if sk["penilai"] is not None else None,
                        lampiran_konsekuensi=sk["lampiran"], diajukan_pada=now)
            s.add(skp)
            s.flush()
            inds = []
            for j, r in enumerate(sk["rhk"]):
                rhk = m.Rhk(skp_id=skp.id, jenis=r["jenis"], urutan=j + 1, teks=r["teks"],
                            rhk_atasan_teks=r["atasan_teks"])
                s.add(rhk)
                s.flush()
                for k, i in enumerate(r["ind"]):
                    ind = m.Indikator(rhk_id=rhk.id, urutan=k + 1, aspek=i["aspek"], teks=i["teks"],
                                      target_min=i["target_min"], target_max=i["target_max"], satuan=i["satuan"],
                                      lebih_rendah_lebih_baik=i["lrlb"])
                    s.add(ind)
                    inds.append(ind)
            for b in BERAKHLAK[:3]:
                s.add(m.PerilakuSkp(skp_id=skp.id, nomor=b.nomor, kode=b.kode, ekspektasi_khusus=sk["eks"]))
            s.flush()
            for e in sk["evals"]:
                ev = m.Evaluasi(skp_id=skp.id, periode_id=periods[e["periode"]].id, status=e["status"],
                                rating_hasil_kerja=e["h"], rating_perilaku=e["p"],
                                predikat=predikat_kinerja(e["h"], e["p"]).value if e["h"] and e["p"] else None, catatan_rekomendasi=e["catatan"],
                                dinilai_pada=e["dinilai_pada"], penilai_nama=sk["snap"])
                s.add(ev)
                s.flush()
                for ind in inds:
                    s.add(m.Realisasi(evaluasi_id=ev.id, indikator_id=ind.id, realisasi=e["real"],
                                      realisasi_nilai=e["nilai"], umpan_balik=e["ub"]))
                s.add(m.UmpanBalikPerilaku(evaluasi_id=ev.id, kode="akuntabel", umpan_balik=e["ub"]))


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "kosong.db"
    open_database(path).dispose()
    return path


def _fresh(template: Path, dest: Path) -> AppContext:
    for p in dest.parent.glob(dest.name + "*"):
        p.unlink()
    shutil.copyfile(template, dest)
    return AppContext(open_database(dest), Actor.system("penguji"))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(spec=office_db())
@example(spec={  # a gelar column holding only a comma stays as typed (was dropped on re-import)
    "units": [{"nama": "0", "kode": None, "jenis": "kecamatan", "urutan": 0, "aktif": False}],
    "peg": [{"nip": "199901012021011001", "nama": "A", "gelar_depan": None, "gelar_belakang": ",",
             "tempat_lahir": None, "tanggal_lahir": date(1999, 1, 1), "jenis_kelamin": "L",
             "status_kepegawaian": "PNS", "golongan": None, "tmt_golongan": None, "nama_jabatan": None,
             "jenis_jabatan": None, "jenjang": None, "agama": None, "kelas_jabatan": None, "alamat": None,
             "status": "aktif", "tanggal_status": date(2000, 1, 1), "unit": None, "atasan": None}],
    "skema": "triwulanan", "skps": [], "cap": None})
def test_round_trip_export_import_export_gives_the_same_cells(spec, empty_template, tmp_path) -> None:
    src = _fresh(empty_template, tmp_path / "sumber.db")
    dst = _fresh(empty_template, tmp_path / "tujuan.db")
    try:
        _build(src, spec)
        first, second = tmp_path / "satu.xlsx", tmp_path / "dua.xlsx"
        P.export_results(src, first, 2026)
        rep = P.import_results(dst, [first], trust_new_office=True)
        assert rep.accepted and not rep.conflicts, (rep.packages[0].pesan, rep.conflicts)
        P.export_results(dst, second, 2026)
        a, b = CalamineWorkbook.from_path(str(first)), CalamineWorkbook.from_path(str(second))
        for name in HASIL_SHEET_NAMES:
            assert a.get_sheet_by_name(name).to_python() == b.get_sheet_by_name(name).to_python(), name
        assert meta(first)["checksum_sha256"] == meta(second)["checksum_sha256"]
        # the employees sheet round-trips through the roster import too
        emp = tmp_path / "peg.xlsx"
        P.export_employees(src, emp)
        again = P.preview_roster(src, emp)
        assert again.counts["updated"] == 0 and again.counts["inserted"] == 0
    finally:
        src.db.dispose()
        dst.db.dispose()
        for p in tmp_path.glob("*.db*"):
            p.unlink()
        for p in (tmp_path / "backups").glob("*") if (tmp_path / "backups").exists() else []:
            p.unlink()


def test_sqlite_file_untouched_by_a_refused_package(demo_ctx, tmp_path) -> None:
    """Nothing is ever half-written: a refused import leaves the file byte-identical in content."""
    target = new_ctx(tmp_path, "kab.db")
    junk = tmp_path / "rusak.xlsx"
    junk.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    rep = P.import_results(target, [junk])
    assert not rep.accepted and "rusak" in rep.packages[0].pesan
    target.db.dispose()
    con = sqlite3.connect(tmp_path / "kab.db")
    assert con.execute("select count(*) from pegawai").fetchone()[0] == 0
    con.close()
    assert NIP_A and NIP_B


def test_package_with_missing_sheets_or_renamed_columns_is_refused(demo_ctx, tmp_path) -> None:
    path = tmp_path / "hasil.xlsx"
    P.export_results(demo_ctx, path, 2026)
    wb = openpyxl.load_workbook(path)
    del wb["Realisasi"]
    wb.save(tmp_path / "kurang.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Evaluasi"]["F1"].value = "Nilai"
    wb.save(tmp_path / "ganti.xlsx")
    target = new_ctx(tmp_path, "kab.db")
    rep = P.import_results(target, [tmp_path / "kurang.xlsx", tmp_path / "ganti.xlsx"])
    assert not rep.accepted and rep.exit_code == P.EXIT_FAILED
    assert "\"Realisasi\"" in rep.packages[0].pesan and "tidak lengkap" in rep.packages[0].pesan
    assert "Rating Hasil Kerja" in rep.packages[1].pesan and "Jangan menghapus" in rep.packages[1].pesan
    target.db.dispose()


def test_empty_roster_writes_nothing_and_says_so(ctx, xlsx) -> None:
    rep = P.import_roster(ctx, xlsx([["NIP", "NAMA", "GOL"]]))
    assert not rep.written and rep.counts["inserted"] == 0 and rep.exit_code == P.EXIT_OK
    assert any("tidak berisi baris data" in p.message for p in rep.sheet_problems)


def test_demo_office_round_trips_through_an_empty_regency_database(demo_ctx, tmp_path) -> None:
    """Every sheet of a real office (supervisors, unit heads, RHK parents, BerAKHLAK, feedback) survives
    export -> merge into an empty database -> export, and a second merge of the same package changes nothing."""
    first, second = tmp_path / "satu.xlsx", tmp_path / "dua.xlsx"
    P.export_results(demo_ctx, first, 2026)
    kab = new_ctx(tmp_path, "kabupaten.db")
    rep = P.import_results(kab, [first], trust_new_office=True)
    assert rep.accepted and not rep.conflicts, (rep.packages[0].pesan, rep.conflicts)
    counts = rep.accepted[0].counts
    for sheet in ("Unit Kerja", "Pegawai", "SKP", "RHK", "Indikator", "Perilaku", "Evaluasi", "Realisasi",
                  "Umpan Balik Perilaku", "Capaian Organisasi"):
        assert counts[sheet]["baru"] > 0, sheet
    with kab.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Pegawai).where(m.Pegawai.atasan_id.is_not(None)))
        assert s.scalar(select(func.count()).select_from(m.UnitKerja).where(m.UnitKerja.kepala_id.is_not(None)))
    P.export_results(kab, second, 2026)
    for name in HASIL_SHEET_NAMES:
        assert cells(first, name) == cells(second, name), name
    again = P.import_results(kab, [first])
    assert again.accepted and not again.conflicts
    changed = {k: c for k, c in again.accepted[0].counts.items() if c.get("baru") or c.get("berubah")}
    assert not changed and again.accepted[0].total("tetap") > 0, changed
