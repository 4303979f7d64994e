"""Offline supervisor forms: generate, fill outside the app, preview, import."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from asn_desktop.cli import main as cli_main
from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.domain.enums import Role
from asn_desktop.excel.forms import HEADER_ROW, META
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.periode import buka_periode
from asn_desktop.services.pertukaran_formulir import find_periode

ROW = HEADER_ROW + 1  # first data row


def _open_tw4(ctx: AppContext) -> int:
    pid = find_periode(ctx, 2026, "Triwulan IV")
    buka_periode(ctx, pid)  # independent of today's date
    return pid


@pytest.fixture
def form(demo_ctx, tmp_path) -> tuple[AppContext, Path, P.FormInfo, int]:
    pid = _open_tw4(demo_ctx)
    best = max(P.list_penilai(demo_ctx, 2026), key=lambda o: o.jumlah_bawahan)
    path = tmp_path / "formulir.xlsx"
    info = P.export_form(demo_ctx, best.nip, pid, path)
    return demo_ctx, path, info, pid


def _fillable_rows(ws) -> list[int]:
    return [r for r in range(ROW, ws.max_row + 1) if ws.cell(r, 8).protection.locked is False]


def test_generated_form_is_protected_with_dropdowns_instructions_and_hidden_ids(form) -> None:
    ctx, path, info, _pid = form
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Petunjuk", "Penilaian", "Umpan Balik Hasil Kerja", "Umpan Balik Perilaku", META]
    assert wb[META].sheet_state == "veryHidden" and wb.security.lockStructure
    intro = " ".join(str(c.value) for row in wb["Petunjuk"].iter_rows() for c in row if c.value)
    assert "CARA MENGISI" in intro and "sel berwarna kuning" in intro and info.penilai in intro
    ws = wb["Penilaian"]
    assert all(wb[n].protection.sheet for n in wb.sheetnames)
    assert [c.value for c in ws[HEADER_ROW]][7:9] == ["Rating Hasil Kerja", "Rating Perilaku Kerja"]
    assert ws.column_dimensions["A"].hidden  # the SKP keys
    fill = _fillable_rows(ws)
    assert len(fill) == info.dapat_diisi and 0 < info.dapat_diisi <= info.pegawai
    for r in range(ROW, ws.max_row + 1):
        assert ws.cell(r, 4).protection.locked  # names, NIPs: locked
        locked_row = r not in fill
        assert (ws.cell(r, 13).value or "").startswith(("SKP berstatus", "Evaluasi sudah final")) == locked_row
    dv = ws.data_validations.dataValidation[0]
    assert dv.type == "list" and "Di Atas Ekspektasi" in dv.formula1 and dv.showErrorMessage
    assert str(dv.sqref) == f"H{ROW}:I{ws.max_row}"
    assert ws.cell(ROW, 10).value.startswith("=IF(")  # predikat shown live from the matrix
    with ctx.read() as s:
        log = s.scalars(select(m.LogPertukaran).where(m.LogPertukaran.jenis == "ekspor_formulir")).one()
        assert log.laporan["form_id"] == info.form_id


def _fill(path: Path, dest: Path, edits: dict[str, dict[str, str]]) -> Path:
    """What the supervisor does in Excel: type into the unlocked cells only."""
    wb = openpyxl.load_workbook(path)
    for sheet, cells in edits.items():
        for ref, value in cells.items():
            assert wb[sheet][ref].protection.locked is False, ref
            wb[sheet][ref].value = value
    wb.save(dest)
    return dest


def test_filled_form_is_previewed_then_written(form, tmp_path) -> None:
    ctx, path, info, pid = form
    ws = openpyxl.load_workbook(path)["Penilaian"]
    r = _fillable_rows(ws)[0]
    skp_uid, nama = ws.cell(r, 1).value, ws.cell(r, 4).value
    hasil = openpyxl.load_workbook(path)["Umpan Balik Hasil Kerja"]
    h_row = next(i for i in range(ROW, hasil.max_row + 1) if hasil.cell(i, 1).value.startswith(skp_uid))
    filled = _fill(path, tmp_path / "isi.xlsx", {
        "Penilaian": {f"H{r}": "Di Atas Ekspektasi", f"I{r}": "Di Atas Ekspektasi", f"K{r}": "Pertahankan!"},
        "Umpan Balik Hasil Kerja": {f"J{h_row}": "Target tercapai lebih cepat"},
        "Umpan Balik Perilaku": {},
    })
    prev = P.preview_form(ctx, filled)
    changed = [x for x in prev.rows if x.status == "berubah"]
    assert len(changed) == 1 and changed[0].nama == nama and changed[0].predikat_label == "Sangat Baik"
    assert any("Rating hasil kerja" in c for c in changed[0].perubahan)
    with ctx.read() as s:
        skp = s.scalar(select(m.Skp).where(m.Skp.uid == skp_uid))
        ev = s.scalar(select(m.Evaluasi).where(m.Evaluasi.skp_id == skp.id, m.Evaluasi.periode_id == pid))
        assert ev is None or ev.rating_hasil_kerja is None  # preview wrote nothing
    rep = P.import_form(ctx, filled)
    assert rep.written and rep.count("berubah") == 1 and rep.exit_code == P.EXIT_OK and rep.backup
    with ctx.read() as s:
        ev = s.scalar(select(m.Evaluasi).where(m.Evaluasi.skp_id == skp.id, m.Evaluasi.periode_id == pid))
        assert (ev.rating_hasil_kerja, ev.rating_perilaku, ev.predikat, ev.status) == (
            "di_atas", "di_atas", "sangat_baik", "dinilai")
        assert ev.catatan_rekomendasi == "Pertahankan!"
        assert "Target tercapai lebih cepat" in [x.umpan_balik for x in ev.realisasi]
        assert s.scalars(select(m.AuditLog).where(m.AuditLog.aksi == "pertukaran.impor_formulir")).first()
    # importing the same form again changes nothing more
    assert P.import_form(ctx, filled).count("berubah") == 0


def test_altered_form_is_refused(form, tmp_path) -> None:
    ctx, path, _info, _pid = form
    wb = openpyxl.load_workbook(path)
    ws = wb["Penilaian"]
    ws.protection.sheet = False  # someone removed the protection and edited a locked cell
    ws.cell(ROW, 4).value = "Nama Lain"
    wb.save(tmp_path / "ubah.xlsx")
    with pytest.raises(P.ExchangeError, match="diubah di luar sel isian"):
        P.preview_form(ctx, tmp_path / "ubah.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Penilaian"].delete_rows(ROW)
    wb.save(tmp_path / "hapus.xlsx")
    with pytest.raises(P.ExchangeError, match="formulir ditolak"):
        P.import_form(ctx, tmp_path / "hapus.xlsx")


@pytest.mark.sqlite_only  # copies the database file to make "another office"
def test_foreign_form_is_refused(form, tmp_path) -> None:
    ctx, path, _info, _pid = form
    other_path = tmp_path / "lain.db"
    shutil.copyfile(ctx.db.path, other_path)
    other = AppContext(open_database(other_path), Actor.system("penguji"))
    try:
        with other.write("uji") as uow:  # the other office never issued this form
            uow.session.execute(m.LogPertukaran.__table__.delete())
        with pytest.raises(P.ExchangeError, match="tidak dibuat oleh basis data ini"):
            P.preview_form(other, path)
    finally:
        other.db.dispose()
    employees = tmp_path / "pegawai.xlsx"
    P.export_employees(ctx, employees)
    with pytest.raises(P.ExchangeError, match="bukan formulir penilaian offline"):
        P.preview_form(ctx, employees)


def test_conflicts_invalid_values_and_scope_are_rejected_per_row(form, tmp_path) -> None:
    ctx, path, _info, pid = form
    ws = openpyxl.load_workbook(path)["Penilaian"]
    r1, r2 = _fillable_rows(ws)[:2]
    uid1 = ws.cell(r1, 1).value
    # meanwhile someone rates the first employee in the app
    from asn_desktop.services.evaluasi import ensure_evaluasi, set_penilaian

    with ctx.read() as s:
        skp_id = s.scalar(select(m.Skp.id).where(m.Skp.uid == uid1))
    set_penilaian(ctx, ensure_evaluasi(ctx, skp_id, pid), "sesuai", "sesuai")
    filled = _fill(path, tmp_path / "isi.xlsx", {"Penilaian": {
        f"H{r1}": "Di Bawah Ekspektasi", f"I{r1}": "Di Bawah Ekspektasi",
        f"H{r2}": "Luar biasa", f"I{r2}": "Sesuai Ekspektasi"}})
    rep = P.preview_form(ctx, filled)
    by = {x.skp_uid: x for x in rep.rows}
    assert by[uid1].status == "ditolak" and "diubah di aplikasi setelah formulir dibuat" in by[uid1].masalah[0]
    bad = by[ws.cell(r2, 1).value]
    assert bad.status == "ditolak" and "tidak dikenal" in bad.masalah[0]
    assert rep.exit_code == P.EXIT_FAILED
    # a Penilai who is not the supervisor of these employees cannot import the form
    with ctx.read() as s:
        stranger = s.scalar(select(m.Pegawai.id).where(m.Pegawai.atasan_id.is_(None)))
    ok_fill = _fill(path, tmp_path / "isi2.xlsx", {"Penilaian": {f"H{r2}": "Sesuai Ekspektasi"}})
    other = ctx.as_actor(Actor(None, "orang-lain", Role.PENILAI, pegawai_id=stranger + 10_000))
    rep2 = P.preview_form(other, ok_fill)
    assert any("Hanya pejabat penilai" in msg for x in rep2.rows for msg in x.masalah)


def test_closed_period_form_rows_are_locked(demo_ctx, tmp_path) -> None:
    pid = find_periode(demo_ctx, 2026, "tw1")
    best = max(P.list_penilai(demo_ctx, 2026), key=lambda o: o.jumlah_bawahan)
    path = tmp_path / "tw1.xlsx"
    info = P.export_form(demo_ctx, best.nip, pid, path)
    assert info.dapat_diisi == 0
    ws = openpyxl.load_workbook(path)["Penilaian"]
    assert not _fillable_rows(ws)
    assert any("ditutup" in (ws.cell(r, 13).value or "") or "final" in (ws.cell(r, 13).value or "")
               for r in range(ROW, ws.max_row + 1))


def test_cli_forms_export_and_import(form, tmp_path, capsys) -> None:
    ctx, _path, info, _pid = form
    db = str(ctx.db.target)
    out = tmp_path / "cli.xlsx"
    penilai_nip = next(o.nip for o in P.list_penilai(ctx, 2026) if o.nama == info.penilai)
    assert cli_main(["forms", "export", "--db", db, "--penilai", penilai_nip, "--periode", "Triwulan IV",
                     "--tahun", "2026", str(out)]) == 0
    assert "Nomor formulir" in capsys.readouterr().out
    assert cli_main(["forms", "import", "--db", db, "--dry-run", str(out)]) == 0
    junk = tmp_path / "junk.xlsx"
    junk.write_text("x")
    assert cli_main(["forms", "import", "--db", db, str(junk)]) == 1
    assert cli_main(["forms", "export", "--db", db, "--penilai", penilai_nip, "--periode", "Triwulan IX",
                     "--tahun", "2026", str(out)]) == 1


def test_form_realisasi_numbers_use_the_decimal_comma(form, tmp_path) -> None:
    from asn_desktop.services import evaluasi as ev

    ctx, _path, _info, pid = form
    best = max(P.list_penilai(ctx, 2026), key=lambda o: o.jumlah_bawahan)
    with ctx.read() as s:
        skp = s.scalars(select(m.Skp).where(m.Skp.pejabat_penilai_id == best.pegawai_id, m.Skp.tahun == 2026,
                                            m.Skp.status == "disetujui")).first()
        ind = skp.rhk[0].indikator[0].id
        satuan = skp.rhk[0].indikator[0].satuan or ""
    eid = ev.ensure_evaluasi(ctx, skp.id, pid)
    ev.save_realisasi(ctx, eid, [ev.RealisasiInput(ind, None, "Laporan lengkap", 97.5)])
    path = tmp_path / "tw4.xlsx"
    P.export_form(ctx, best.nip, pid, path)
    cells = [str(c.value) for row in openpyxl.load_workbook(path)["Umpan Balik Hasil Kerja"].iter_rows()
             for c in row if c.value]
    assert f"Laporan lengkap; {'97,5 ' + satuan}".strip() in cells
    assert not any("97.5" in c for c in cells)


# --------------------------------------------------------------------------- the rating rules, from the form too


def _first_row(path: Path) -> tuple[int, str]:
    ws = openpyxl.load_workbook(path)["Penilaian"]
    r = _fillable_rows(ws)[0]
    return r, ws.cell(r, 1).value


def _rate_row(path: Path, dest: Path, r: int, hasil: str = "Di Atas Ekspektasi",
              perilaku: str = "Di Atas Ekspektasi") -> Path:
    return _fill(path, dest, {"Penilaian": {f"H{r}": hasil, f"I{r}": perilaku}})


def _evaluasi(ctx: AppContext, skp_uid: str, pid: int) -> m.Evaluasi | None:
    with ctx.read() as s:
        skp = s.scalar(select(m.Skp).where(m.Skp.uid == skp_uid))
        return s.scalar(select(m.Evaluasi).where(m.Evaluasi.skp_id == skp.id, m.Evaluasi.periode_id == pid))


def test_form_row_is_refused_when_the_period_closed_after_the_form_was_made(form, tmp_path) -> None:
    from asn_desktop.services.periode import tutup_periode

    ctx, path, _info, pid = form
    r, uid = _first_row(path)
    filled = _rate_row(path, tmp_path / "isi.xlsx", r)
    tutup_periode(ctx, pid)
    rep = P.import_form(ctx, filled)
    row = next(x for x in rep.rows if x.skp_uid == uid)
    assert row.status == "ditolak" and "ditutup" in " ".join(row.masalah)
    assert rep.exit_code == P.EXIT_FAILED and not rep.written
    ev = _evaluasi(ctx, uid, pid)
    assert ev is None or ev.rating_hasil_kerja is None


def test_form_row_is_refused_when_the_evaluation_became_final(form, tmp_path) -> None:
    from asn_desktop.services import evaluasi as E

    ctx, path, _info, pid = form
    r, uid = _first_row(path)
    with ctx.read() as s:
        skp_id = s.scalar(select(m.Skp.id).where(m.Skp.uid == uid))
    eid = E.ensure_evaluasi(ctx, skp_id, pid)
    with ctx.write("uji") as uow:  # the realisasi the finalisation requires
        for row in uow.session.get(m.Evaluasi, eid).realisasi:
            row.realisasi = row.realisasi or "Tercapai"
    E.set_penilaian(ctx, eid, "sesuai", "sesuai")
    E.finalize_evaluasi(ctx, eid, "Kupang, 30 Desember 2026")
    # the form still shows the employee unrated: the supervisor rates him there
    filled = _fill(path, tmp_path / "isi.xlsx", {"Penilaian": {f"K{r}": "Catatan dari formulir"}})
    rep = P.preview_form(ctx, filled)
    row = next(x for x in rep.rows if x.skp_uid == uid)
    assert row.status == "ditolak" and any("sudah final" in msg for msg in row.masalah)
    ev = _evaluasi(ctx, uid, pid)
    assert ev.status == "final" and ev.catatan_rekomendasi != "Catatan dari formulir"


def test_form_row_is_refused_when_the_skp_is_no_longer_approved(form, tmp_path) -> None:
    ctx, path, _info, pid = form
    r, uid = _first_row(path)
    filled = _rate_row(path, tmp_path / "isi.xlsx", r)
    with ctx.write("uji") as uow:  # returned for revision after the form went out
        uow.session.scalar(select(m.Skp).where(m.Skp.uid == uid)).status = "draft"
    rep = P.import_form(ctx, filled)
    row = next(x for x in rep.rows if x.skp_uid == uid)
    assert row.status == "ditolak" and any("disetujui" in msg for msg in row.masalah)
    ev = _evaluasi(ctx, uid, pid)
    assert ev is None or ev.rating_hasil_kerja is None


def test_admin_importing_a_form_over_the_penilais_rating_is_refused_for_want_of_a_reason(form, tmp_path) -> None:
    """PermenPANRB 6/2022 Pasal 35: the rating is the pejabat penilai's; someone else changing it must say why,
    and the form has no place for that reason: the row is refused and the app is named as the place to do it."""
    from asn_desktop.services import evaluasi as E

    ctx, path, info, pid = form
    r, uid = _first_row(path)
    with ctx.read() as s:
        skp = s.scalar(select(m.Skp).where(m.Skp.uid == uid))
        skp_id, penilai_id = skp.id, skp.pejabat_penilai_id or skp.pegawai.atasan_id
    eid = E.ensure_evaluasi(ctx, skp_id, pid)
    penilai = ctx.as_actor(Actor(None, "penilai", Role.PENILAI, pegawai_id=penilai_id))
    E.set_penilaian(penilai, eid, "sesuai", "sesuai")
    fresh = tmp_path / "baru.xlsx"  # a form made after the penilai rated: no conflict, only the rule
    P.export_form(ctx, penilai_id, pid, fresh)
    ws = openpyxl.load_workbook(fresh)["Penilaian"]
    r2 = next(i for i in _fillable_rows(ws) if ws.cell(i, 1).value == uid)
    filled = _rate_row(fresh, tmp_path / "isi.xlsx", r2)
    rep = P.import_form(ctx, filled)  # the admin imports it
    row = next(x for x in rep.rows if x.skp_uid == uid)
    assert row.status == "ditolak"
    assert any("alasan" in msg and "aplikasi" in msg for msg in row.masalah)
    ev = _evaluasi(ctx, uid, pid)
    assert (ev.rating_hasil_kerja, ev.perubahan_rating_oleh) == ("sesuai", None)
    # the pejabat penilai himself imports the same form: his new rating stands
    rep2 = P.import_form(penilai, filled)
    assert next(x for x in rep2.rows if x.skp_uid == uid).status == "berubah"
    ev = _evaluasi(ctx, uid, pid)
    assert (ev.rating_hasil_kerja, ev.penilai_rating_hasil, ev.perubahan_rating_oleh) == ("di_atas", "di_atas", None)


def test_form_rating_of_a_unit_leader_against_the_unit_capaian_is_refused(form, tmp_path) -> None:
    """SE MenPANRB 3/2023: a leader's rating hasil kerja follows his unit's capaian unless a reason is
    written; the form cannot carry that reason, so the row is refused."""
    from asn_desktop.services.periode import set_predikat_organisasi

    ctx, path, _info, pid = form
    ws = openpyxl.load_workbook(path)["Penilaian"]
    with ctx.read() as s:
        heads = {u.kepala_id: u.id for u in s.scalars(select(m.UnitKerja)) if u.kepala_id is not None}
        rows = {ws.cell(r, 1).value: r for r in _fillable_rows(ws)}
        skps = {k.uid: k for k in s.scalars(select(m.Skp).where(m.Skp.uid.in_(list(rows))))}
        uid = next(u for u, k in skps.items() if k.pegawai_id in heads)
        unit_id = heads[skps[uid].pegawai_id]
    set_predikat_organisasi(ctx, unit_id, pid, "baik")  # → the leader's rating hasil kerja is Sesuai
    filled = _rate_row(path, tmp_path / "isi.xlsx", rows[uid])
    rep = P.import_form(ctx, filled)
    row = next(x for x in rep.rows if x.skp_uid == uid)
    assert row.status == "ditolak" and any("memimpin" in msg and "aplikasi" in msg for msg in row.masalah)
    ev = _evaluasi(ctx, uid, pid)
    assert ev is None or ev.rating_hasil_kerja is None


def test_altered_form_says_which_sheet_and_row_and_a_bad_rating_its_cell(form, tmp_path) -> None:
    """A supervisor who retyped a name, deleted a row or typed a rating of their own is told
    where: the sheet and row of the first altered row, the cell of the unknown rating."""
    ctx, path, _info, _pid = form
    wb = openpyxl.load_workbook(path)
    ws = wb["Penilaian"]
    ws.cell(ROW + 2, 4).value = "Nama Lain"
    wb.save(tmp_path / "ubah.xlsx")
    with pytest.raises(P.ExchangeError) as exc:
        P.preview_form(ctx, tmp_path / "ubah.xlsx")
    assert f"lembar \"Penilaian\" baris {ROW + 2}" in str(exc.value) and "formulir ditolak" in str(exc.value)

    wb = openpyxl.load_workbook(path)
    wb["Umpan Balik Perilaku"].delete_rows(ROW + 3)
    wb.save(tmp_path / "hapus.xlsx")
    with pytest.raises(P.ExchangeError) as exc:
        P.import_form(ctx, tmp_path / "hapus.xlsx")
    assert f"lembar \"Umpan Balik Perilaku\" baris {ROW + 3}" in str(exc.value)

    r = _fillable_rows(openpyxl.load_workbook(path)["Penilaian"])[0]
    filled = _fill(path, tmp_path / "isi.xlsx", {"Penilaian": {f"H{r}": "Baik", f"I{r}": "Sesuai Ekspektasi"}})
    row = next(x for x in P.preview_form(ctx, filled).rows if x.status == "ditolak")
    assert f"\"Baik\" (lembar \"Penilaian\" baris {r}, kolom H)" in row.masalah[0]
    assert "Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi" in row.masalah[0]
