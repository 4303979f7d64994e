"""Roster import as the operator uses it: preview, apply, strict, report, samples, CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from asn_desktop.cli import main as cli_main
from asn_desktop.db.models import AuditLog, LogPertukaran, Pegawai, RiwayatGolongan, UnitKerja
from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied

from excel_helpers import NIP_A, NIP_B, NIP_C, NIP_D, SAMPLES, make_workbook


def count(ctx: AppContext, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def pegawai(ctx: AppContext, nip: str) -> Pegawai | None:
    with ctx.read() as s:
        p = s.scalar(select(Pegawai).where(Pegawai.nip == nip))
        if p is not None:
            _ = p.unit, p.atasan
            if p.unit is not None:
                _ = p.unit.parent
        return p


@pytest.fixture
def edited_export(demo_ctx: AppContext, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The demo's employees export with one change, one new row and one broken NIP."""
    path = tmp_path / "pegawai.xlsx"
    P.export_employees(demo_ctx, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Pegawai"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    changed_nip = ws.cell(row=2, column=1).value
    old_gol = ws.cell(row=2, column=col["Golongan"]).value
    new_gol = "IV/e" if old_gol != "IV/e" else "IV/d"
    ws.cell(row=2, column=col["Golongan"]).value = new_gol
    ws.cell(row=2, column=col["TMT Golongan"]).value = date(2026, 4, 1)
    broken_nip = ws.cell(row=3, column=1).value
    ws.cell(row=3, column=1).value = float(broken_nip)  # as if retyped in a General column
    new = ws.max_row + 1
    for h, v in {"NIP": NIP_A, "Nama": "Budi Santoso", "Jenis Kelamin": "L", "Golongan": "III/a",
                 "Unit Kerja": "Seksi Baru Sekali", "NIP Atasan": changed_nip, "Status Kepegawaian": "PNS"}.items():
        c = ws.cell(row=new, column=col[h], value=v)
        c.data_type = "s"
    wb.save(path)
    return path, {"changed": changed_nip, "old_gol": old_gol, "new_gol": new_gol, "broken": broken_nip}


def test_preview_shows_new_changed_unchanged_rejected_and_writes_nothing(demo_ctx, edited_export) -> None:
    path, info = edited_export
    before = count(demo_ctx, Pegawai), count(demo_ctx, AuditLog), count(demo_ctx, LogPertukaran)
    rep = P.preview_roster(demo_ctx, path)
    c = rep.counts
    assert (c["inserted"], c["updated"], c["rejected"]) == (1, 1, 1)
    assert c["unchanged"] == before[0] - 2
    changed = next(r for r in rep.rows if r.status == P.BERUBAH)
    assert changed.nip == info["changed"]
    labels = {d.label: (d.lama, d.baru) for d in changed.diffs}
    assert labels["Golongan"] == (info["old_gol"], info["new_gol"])
    assert "TMT Golongan" in labels
    rejected = next(r for r in rep.rows if r.status == P.DITOLAK)
    assert rejected.row == 3 and "tersimpan sebagai angka" in rejected.keterangan
    assert rep.units_baru == ["Seksi Baru Sekali"]
    assert (count(demo_ctx, Pegawai), count(demo_ctx, AuditLog), count(demo_ctx, LogPertukaran)) == before
    assert rep.exit_code == P.EXIT_PARTIAL and not rep.written


def test_apply_writes_valid_rows_in_one_go_with_backup_report_and_audit(demo_ctx, edited_export) -> None:
    path, info = edited_export
    n0 = count(demo_ctx, Pegawai)
    rep = P.import_roster(demo_ctx, path)
    assert rep.written and rep.status == "sebagian" and rep.exit_code == P.EXIT_PARTIAL
    assert rep.backup and Path(rep.backup).exists()
    assert count(demo_ctx, Pegawai) == n0 + 1
    changed = pegawai(demo_ctx, info["changed"])
    assert changed.golongan == info["new_gol"] and changed.tmt_golongan == date(2026, 4, 1)
    new = pegawai(demo_ctx, NIP_A)
    assert new.nama == "Budi Santoso" and new.unit.nama == "Seksi Baru Sekali"
    assert new.atasan.nip == info["changed"]
    assert new.unit.parent is not None and new.unit.parent.jenis == "kecamatan"
    with demo_ctx.read() as s:
        hist = s.scalars(select(RiwayatGolongan).where(RiwayatGolongan.pegawai_id == changed.id,
                                                       RiwayatGolongan.tmt == date(2026, 4, 1))).all()
        assert [h.golongan for h in hist] == [info["new_gol"]]
        log = s.get(LogPertukaran, rep.log_id)
        assert log.jenis == "impor_pegawai" and log.status == "sebagian"
        assert log.ringkasan["inserted"] == 1 and log.ringkasan["rejected"] == 1
        assert any(p["row"] == 3 for p in log.laporan["problems"])
        audits = s.scalars(select(AuditLog).where(AuditLog.aksi == "pertukaran.impor_pegawai")).all()
        assert any(a.entitas == "pegawai" and a.sebelum and a.sebelum.get("golongan") == info["old_gol"]
                   for a in audits)
    # importing the same file again: nothing new, the rejected row still reported
    again = P.import_roster(demo_ctx, path)
    assert again.counts["inserted"] == 0 and again.counts["updated"] == 0 and again.counts["rejected"] == 1


def test_strict_mode_writes_nothing_when_a_row_is_rejected(demo_ctx, edited_export) -> None:
    path, _info = edited_export
    n0 = count(demo_ctx, Pegawai)
    rep = P.import_roster(demo_ctx, path, strict=True)
    assert not rep.written and rep.status == "ditolak_ketat" and rep.exit_code == P.EXIT_STRICT
    assert count(demo_ctx, Pegawai) == n0
    with demo_ctx.read() as s:
        assert s.get(LogPertukaran, rep.log_id).status == "ditolak_ketat"


def test_cancel_during_apply_rolls_everything_back(demo_ctx, edited_export) -> None:
    path, info = edited_export
    n0 = count(demo_ctx, Pegawai)
    calls = []

    def flag() -> bool:
        calls.append(1)
        return len(calls) > 6  # cancel after the preview, in the middle of writing

    with pytest.raises(Cancelled):
        P.import_roster(demo_ctx, path, progress=Progress(None, flag))
    assert count(demo_ctx, Pegawai) == n0
    assert pegawai(demo_ctx, info["changed"]).golongan == info["old_gol"]


def test_employees_export_reimports_with_everything_unchanged(demo_ctx, tmp_path) -> None:
    path = tmp_path / "ekspor.xlsx"
    res = P.export_employees(demo_ctx, path)
    rep = P.preview_roster(demo_ctx, path)
    assert rep.counts["unchanged"] == res.rows and rep.counts["rejected"] == 0 and rep.counts["updated"] == 0
    assert not any(p.level == "warning" for p in rep.problems)


def test_samples_import_as_expected(ctx, tmp_path) -> None:
    duk = P.import_roster(ctx, SAMPLES / "duk_kecamatan_maulafa.xlsx")
    assert duk.counts["inserted"] == 11 and duk.counts["rejected"] == 1
    bad = next(r for r in duk.rows if r.status == P.DITOLAK)
    assert bad.row == 12 and "Format kolom NIP sebagai Teks" in bad.problems[0].message
    assert duk.skipped.footer == [19, 20, 21, 22]
    assert pegawai(ctx, "197202101996031008").gelar_depan == "Ir."  # imported once, from the data row
    assert count(ctx, Pegawai) == 11
    units = {u for (u,) in ctx.db.session().execute(select(UnitKerja.nama))}
    assert {"Sekretariat Kecamatan", "Seksi Trantibum", "Kelurahan Naimata"} <= units

    siasn = P.import_roster(ctx, SAMPLES / "ekspor_pegawai_bkpsdm.xlsx")
    # same people written in title case: unchanged; Yermias (rejected in the DUK) is new; the duplicate is out
    assert (siasn.counts["inserted"], siasn.counts["unchanged"], siasn.counts["rejected"]) == (1, 10, 2)
    assert [g.nip for g in siasn.duplicates] == ["199507072018012004"]
    assert pegawai(ctx, "199507072018012004").gelar_belakang == "A.Md"  # from the DUK, not overwritten


def test_supervisor_by_nip_from_database_and_file_and_unknown_warned(ctx, xlsx) -> None:
    path = xlsx([
        ["NIP", "NAMA", "NIP ATASAN", "UNIT KERJA"],
        [NIP_A, "Kepala", None, "Kecamatan Contoh"],
        [NIP_B, "Staf Satu", NIP_A, "Seksi Umum"],
        [NIP_C, "Staf Dua", NIP_D, "Seksi Umum"],
    ])
    rep = P.import_roster(ctx, path)
    assert rep.counts["inserted"] == 3
    assert pegawai(ctx, NIP_B).atasan.nip == NIP_A
    assert pegawai(ctx, NIP_C).atasan is None
    warn = next(r for r in rep.rows if r.nip == NIP_C).problems
    assert any("tidak ditemukan" in p.message and p.level == "warning" for p in warn)
    assert pegawai(ctx, NIP_B).unit.nama == "Seksi Umum"
    assert pegawai(ctx, NIP_B).unit.parent.nama == "Kecamatan Contoh"  # the only kecamatan unit
    # an older golongan than the history is not applied (services.pegawai history rule)
    P.import_roster(ctx, xlsx([["NIP", "NAMA", "GOL", "TMT GOL"], [NIP_B, "Staf Satu", "III/c", "01-04-2024"]]))
    rep2 = P.import_roster(ctx, xlsx([["NIP", "NAMA", "GOL", "TMT GOL"], [NIP_B, "Staf Satu", "III/b", "01-04-2020"]]))
    assert pegawai(ctx, NIP_B).golongan == "III/c"
    assert any("Riwayat golongan yang lebih baru" in p.message for r in rep2.rows for p in r.problems)


def test_unusable_files_give_clear_messages_and_change_nothing(ctx, tmp_path, xlsx) -> None:
    junk = tmp_path / "bukan.xlsx"
    junk.write_text("ini bukan excel")
    with pytest.raises(P.ExchangeError, match="bukan buku kerja Excel"):
        P.import_roster(ctx, junk)
    with pytest.raises(P.ExchangeError, match="Tidak ditemukan tabel pegawai"):
        P.import_roster(ctx, xlsx([["Judul saja"]]))
    two = make_workbook(tmp_path / "dua.xlsx", {"A": [["NIP", "NAMA"], [NIP_A, "X"]], "B": [["NIP", "NAMA"], [NIP_B, "Y"]]})
    with pytest.raises(P.SheetChoiceRequired) as exc:
        P.import_roster(ctx, two)
    assert {c.name for c in exc.value.choices} == {"A", "B"}
    assert P.import_roster(ctx, two, sheet="B").counts["inserted"] == 1
    assert count(ctx, Pegawai) == 1


def test_permission_is_checked_in_the_service(ctx, xlsx) -> None:
    from asn_desktop.domain.enums import Role

    pegawai_ctx = AppContext(ctx.db, Actor(None, "peg", Role.PEGAWAI))
    with pytest.raises(PermissionDenied):
        P.preview_roster(pegawai_ctx, xlsx([["NIP", "NAMA"], [NIP_A, "X"]]))


def test_cli_exit_codes_and_json_report(ctx, tmp_path, xlsx, capsys) -> None:
    db = str(ctx.db.target)
    good = xlsx([["NIP", "NAMA"], [NIP_A, "Budi"]])
    mixed = xlsx([["NIP", "NAMA"], [NIP_B, "Ani"], [1.98e17, "Rusak"]])
    report = tmp_path / "laporan.json"
    assert cli_main(["employees", "import", str(mixed), "--db", db, "--dry-run"]) == 4
    assert cli_main(["employees", "import", str(mixed), "--db", db, "--strict", "--report", str(report)]) == 5
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["counts"]["rejected"] == 1 and data["counts"]["inserted"] == 1 and not data["disimpan"]
    prob = data["problems"][0]
    assert {k: prob[k] for k in ("sheet", "row", "column")} == {"sheet": "Data", "row": 3, "column": "A"}
    assert "tersimpan sebagai angka" in prob["message"] and prob["value"]
    assert cli_main(["employees", "import", str(good), "--db", db]) == 0
    assert cli_main(["employees", "import", str(mixed), "--db", db, "--report", str(report)]) == 4
    assert json.loads(report.read_text())["counts"]["inserted"] == 1
    junk = tmp_path / "x.xlsx"
    junk.write_text("x")
    assert cli_main(["employees", "import", str(junk), "--db", db]) == 1
    out = capsys.readouterr()
    assert "bukan buku kerja Excel" in out.err
    assert cli_main(["employees", "export", str(tmp_path / "out.xlsx"), "--db", db]) == 0
