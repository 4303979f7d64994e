"""Results packages you can trust: signatures, office keys, sequence numbers, office boundary,
re-validation. Every attack builds a real package: export from an office
database, edit it with the tools an attacker has, import into a regency database."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, Callable

import openpyxl
import pytest
from sqlalchemy import func, select, update

from asn_desktop.cli import main
from asn_desktop.db import models as m
from asn_desktop.db.session import open_database
from asn_desktop.excel.exchange import (
    HASIL_SHEETS,
    JENIS_HASIL,
    PUBLIC_KEY_KEY,
    SEQUENCE_KEY,
    SIGNATURE_KEY,
    MetaInfo,
    read_workbook,
    write_workbook,
)
from asn_desktop.services import kunci_kantor as K
from asn_desktop.services import pertukaran as P
from asn_desktop.services import pertukaran_hasil as PH
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import OfficeInfo, set_office

from excel_helpers import NIP_B, make_workbook

_FIXED_META = {"format", "versi_format", "jenis", "kode_kantor", "nama_kantor", "instansi", "tahun",
               "versi_aplikasi", "dibuat_pada", "checksum_sha256"}


def new_ctx(tmp_path: Path, name: str) -> AppContext:
    return AppContext(open_database(tmp_path / name), Actor.system("penguji"))


def count(ctx: AppContext, model: Any, *where: Any) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def rewrite(src: Path, dest: Path, edit: Callable[[dict[str, list[dict[str, Any]]]], None] | None = None, *,
            meta_edit: Callable[[dict[str, str]], None] | None = None, sign_with: AppContext | None = None) -> Path:
    """Re-write a package as a forger would: every sheet read back, edited, written with a correct
    SHA-256 checksum. The original signature is copied (``sign_with=None``) or the package is
    re-signed with that office database's own key (a trusted office sending bad data)."""
    wb = read_workbook(src, JENIS_HASIL)
    sheets = {spec.name: [dict(r.values) for r in wb.rows(spec.name)] for spec in HASIL_SHEETS}
    if edit:
        edit(sheets)
    meta = dict(wb.meta)
    if meta_edit:
        meta_edit(meta)
    extra = {k: v for k, v in meta.items() if k not in _FIXED_META and not k.startswith("baris:")}
    signer = None
    if sign_with is not None:
        extra.pop(SIGNATURE_KEY, None)
        with sign_with.write("uji.kunci") as uow:
            key = K.ensure_office_key(uow)
        extra[PUBLIC_KEY_KEY] = key["publik"]
        signer = lambda message: K.sign(key, message)  # noqa: E731
    info = MetaInfo(JENIS_HASIL, meta["kode_kantor"], meta["nama_kantor"], meta.get("instansi", ""),
                    int(meta["tahun"]), extra)
    write_workbook(dest, info, [(spec, sheets[spec.name]) for spec in HASIL_SHEETS], signer=signer)
    return dest


def first(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    return next(r for r in rows if all(r.get(k) == v for k, v in match.items()))


@pytest.fixture
def kab(tmp_path) -> AppContext:
    ctx = new_ctx(tmp_path, "kabupaten.db")
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def package_a(demo_ctx, tmp_path) -> Path:
    path = tmp_path / "a.xlsx"
    P.export_results(demo_ctx, path, 2026)
    return path


def office_b(tmp_path: Path, shared_nip: str | None = None, name: str = "kec_b.db", kode: str = "5371099") -> AppContext:
    """A second kecamatan from a roster (optionally one NIP also in the demo), year 2026."""
    from asn_desktop.services.periode import buat_tahun

    ctx = new_ctx(tmp_path, name)
    set_office(ctx, OfficeInfo(kode_kantor=kode, nama_kantor="Kecamatan Bukit"))
    rows = [["NIP", "NAMA", "UNIT KERJA"], [NIP_B, "Asli Bukit", "Kecamatan Bukit"]]
    if shared_nip:
        rows.append([shared_nip, "Pegawai Bukit", "Kecamatan Bukit"])
    P.import_roster(ctx, make_workbook(tmp_path / f"{name}.xlsx", {"Data": rows}))
    buat_tahun(ctx, 2026, "triwulanan")
    return ctx


# --------------------------------------------------------------------------- 1. signatures


def test_export_is_signed_and_the_fingerprint_is_the_office_key(demo_ctx, package_a) -> None:
    wb = read_workbook(package_a, JENIS_HASIL)
    key = K.office_key(demo_ctx)
    assert key is not None and wb.meta[PUBLIC_KEY_KEY] == key.publik
    assert wb.meta[SEQUENCE_KEY] == "1" and len(wb.meta[SIGNATURE_KEY]) == 88
    assert len(key.sidik_jari.split()) == 8
    info = PH.package_key(package_a)
    assert info.sidik_jari == key.sidik_jari and info.kode == "5371041" and info.nomor == 1
    # the private key never reaches the audit log; its creation is audited by fingerprint
    with demo_ctx.read() as s:
        rows = s.scalars(select(m.AuditLog).where(m.AuditLog.entitas == "kunci_kantor")).all()
        priv = s.get(m.Setting, K.KEY_SETTING).value["privat"]
    assert rows and all(priv not in str(r.sebelum) + str(r.sesudah) + r.ringkasan for r in rows)


def test_forged_rating_with_recomputed_checksum_is_refused_whole(demo_ctx, package_a, kab, tmp_path) -> None:
    """The issue's attack: Di Bawah / Di Bawah with predikat Sangat Baik typed in, checksum recomputed."""
    def edit(sheets: dict[str, list[dict[str, Any]]]) -> None:
        ev = first(sheets["Evaluasi"], rating_hasil_kerja="Sesuai Ekspektasi")
        ev.update(rating_hasil_kerja="Di Bawah Ekspektasi", rating_perilaku="Di Bawah Ekspektasi",
                  predikat="Sangat Baik")

    forged = rewrite(package_a, tmp_path / "palsu.xlsx", edit)
    assert read_workbook(forged, JENIS_HASIL).checksum_ok  # the old check ("checksum cocok") is satisfied
    rep = P.import_results(kab, [forged], trust_new_office=True)
    pkg = rep.packages[0]
    assert not rep.accepted and rep.exit_code == P.EXIT_FAILED
    assert "diubah setelah ditandatangani" in pkg.pesan and not pkg.tanda_tangan_ok
    assert count(kab, m.Pegawai) == 0 and count(kab, m.Evaluasi) == 0 and not K.list_offices(kab)


def test_unsigned_package_is_refused(package_a, kab, tmp_path) -> None:
    def strip(meta: dict[str, str]) -> None:
        meta.pop(SIGNATURE_KEY)
        meta.pop(PUBLIC_KEY_KEY)

    bare = rewrite(package_a, tmp_path / "tanpa_ttd.xlsx", meta_edit=strip)
    rep = P.import_results(kab, [bare], trust_new_office=True)
    assert not rep.accepted and "tidak ditandatangani" in rep.packages[0].pesan
    assert count(kab, m.Pegawai) == 0


def test_metadata_edit_breaks_the_signature(package_a, kab, tmp_path) -> None:
    wb = openpyxl.load_workbook(package_a)
    for row in wb["_meta"].iter_rows(min_row=2):
        if row[0].value == "nama_kantor":
            row[1].value = "Kecamatan Lain"
    wb.save(tmp_path / "meta.xlsx")
    rep = P.import_results(kab, [tmp_path / "meta.xlsx"], trust_new_office=True)
    assert not rep.accepted and "diubah setelah ditandatangani" in rep.packages[0].pesan


def test_signature_survives_an_excel_round_trip(package_a, kab, tmp_path) -> None:
    """Opening and saving in a spreadsheet program changes the file, not the canonical data."""
    wb = openpyxl.load_workbook(package_a)
    wb.save(tmp_path / "disimpan_ulang.xlsx")
    rep = P.import_results(kab, [tmp_path / "disimpan_ulang.xlsx"], trust_new_office=True)
    assert rep.accepted, rep.packages[0].pesan


def test_package_signed_by_another_key_is_refused_and_nothing_written(demo_ctx, package_a, kab, tmp_path) -> None:
    assert P.import_results(kab, [package_a], trust_new_office=True).accepted
    impostor = office_b(tmp_path, kode="5371041")  # claims office A's code, has its own key
    fake = tmp_path / "palsu.xlsx"
    P.export_results(impostor, fake, 2026)
    n = count(kab, m.Pegawai)
    for trust in (False, True):  # no option overrides it
        rep = P.import_results(kab, [fake], trust_new_office=trust)
        pkg = rep.packages[0]
        assert not rep.accepted and pkg.kunci_lain and "kunci lain" in pkg.pesan
        assert K.office_key(demo_ctx).sidik_jari in pkg.pesan and pkg.sidik_jari in pkg.pesan
    assert count(kab, m.Pegawai) == n
    impostor.db.dispose()


def test_unknown_office_is_refused_with_its_fingerprint_until_trusted(demo_ctx, package_a, kab) -> None:
    fp = K.office_key(demo_ctx).sidik_jari
    rep = P.import_results(kab, [package_a])
    pkg = rep.packages[0]
    assert not rep.accepted and pkg.kantor_baru and fp in pkg.pesan and "belum dikenal" in pkg.pesan
    assert count(kab, m.Pegawai) == 0
    K.trust_office(kab, "5371041", "Kecamatan Maulafa", pkg.kunci_publik)  # the GUI's "Percayai kunci"
    rep = P.import_results(kab, [package_a])
    assert rep.accepted and count(kab, m.Pegawai) == 40
    with kab.read() as s:
        audit = s.scalars(select(m.AuditLog).where(m.AuditLog.entitas == "kantor_pengirim")).all()
    assert [a.ringkasan for a in audit] == [f"Kunci kantor Kecamatan Maulafa dipercaya; sidik jari {fp}"]


def test_a_fake_package_dated_2099_no_longer_blocks_the_real_office(demo_ctx, tmp_path, kab) -> None:
    """Old attack: a package claiming office B, dated 2099, made every later real package of B
    'already imported'. Order is now the office's signed sequence number; the fake is refused."""
    b = office_b(tmp_path)
    b1, b2 = tmp_path / "b1.xlsx", tmp_path / "b2.xlsx"
    P.export_results(b, b1, 2026)
    assert P.import_results(kab, [b1], trust_new_office=True).accepted

    def future(meta: dict[str, str]) -> None:
        meta["dibuat_pada"] = "2099-12-31T23:59:59"
        meta[SEQUENCE_KEY] = "999999"

    fake = rewrite(b1, tmp_path / "2099.xlsx", meta_edit=future)
    assert not P.import_results(kab, [fake]).accepted
    with b.write("uji") as uow:
        uow.session.execute(update(m.Pegawai).where(m.Pegawai.nip == NIP_B).values(nama="Asli Bukit Baru"))
    P.export_results(b, b2, 2026)
    rep = P.import_results(kab, [b2])
    assert rep.accepted, rep.packages[0].pesan
    with kab.read() as s:
        assert s.scalar(select(m.Pegawai.nama).where(m.Pegawai.nip == NIP_B)) == "Asli Bukit Baru"
    # a replay of the older real package is skipped whole, whatever its date says
    rep = P.import_results(kab, [b1])
    assert not rep.accepted and "bernomor 1" in rep.packages[0].pesan and "bernomor 2" in rep.packages[0].pesan
    with kab.read() as s:
        assert s.scalar(select(m.Pegawai.nama).where(m.Pegawai.nip == NIP_B)) == "Asli Bukit Baru"
    b.db.dispose()


def test_office_state_is_visible_and_reset_is_audited(demo_ctx, package_a, kab, tmp_path) -> None:
    P.import_results(kab, [package_a], trust_new_office=True)
    [o] = K.list_offices(kab)
    assert o.kode == "5371041" and o.sidik_jari == K.office_key(demo_ctx).sidik_jari
    assert o.nomor_terakhir == {"2026": 1} and o.impor_terakhir and o.berkas_terakhir == "a.xlsx"
    K.reset_office(kab, "5371041", "kunci dipercaya keliru")
    assert K.list_offices(kab) == []
    with kab.read() as s:
        row = s.scalars(select(m.AuditLog).where(m.AuditLog.aksi == "pertukaran.reset_kantor")).one()
    assert "kunci dipercaya keliru" in row.ringkasan and row.sebelum["sidik_jari"] == o.sidik_jari
    rep = P.import_results(kab, [package_a])
    assert not rep.accepted and rep.packages[0].kantor_baru


def test_key_rotation_is_audited_on_both_sides(demo_ctx, package_a, kab, tmp_path) -> None:
    P.import_results(kab, [package_a], trust_new_office=True)
    old = K.office_key(demo_ctx).sidik_jari
    with pytest.raises(ServiceError):
        K.rotate_office_key(demo_ctx, "")
    new = K.rotate_office_key(demo_ctx, "komputer lama rusak")
    assert new.sidik_jari != old
    with demo_ctx.read() as s:
        row = s.scalars(select(m.AuditLog).where(m.AuditLog.aksi == "kunci_kantor.ganti")).one()
    assert row.sebelum == {"sidik_jari": old} and row.sesudah == {"sidik_jari": new.sidik_jari}
    a2 = tmp_path / "a2.xlsx"
    P.export_results(demo_ctx, a2, 2026)
    rep = P.import_results(kab, [a2])
    assert not rep.accepted and rep.packages[0].kunci_lain
    info = PH.package_key(a2)
    K.trust_office(kab, info.kode, info.nama, info.kunci_publik)  # after the phone call
    rep = P.import_results(kab, [a2])
    assert rep.accepted
    [o] = K.list_offices(kab)
    assert o.sidik_jari == new.sidik_jari and o.nomor_terakhir == {"2026": 2}
    with kab.read() as s:
        rows = s.scalars(select(m.AuditLog).where(m.AuditLog.entitas == "kantor_pengirim")).all()
    assert any("diganti" in r.ringkasan and r.sebelum["sidik_jari"] == old for r in rows)


def test_cli_trust_new_office_and_known_office(demo_ctx, package_a, tmp_path, capsys) -> None:
    db = str(tmp_path / "kab_cli.db")
    open_database(Path(db)).dispose()
    fp = K.office_key(demo_ctx).sidik_jari
    assert main(["results", "import", str(package_a), "--db", db]) == 1
    out = capsys.readouterr()
    assert fp in out.out and "belum dikenal" in out.out
    assert main(["results", "import", str(package_a), "--db", db, "--trust-new-office"]) == 0
    assert fp in capsys.readouterr().out
    a2 = tmp_path / "a2.xlsx"
    P.export_results(demo_ctx, a2, 2026)
    assert main(["results", "import", str(a2), "--db", db]) == 0  # known office: no flag needed
    capsys.readouterr()
    assert main(["results", "offices", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "5371041" in out and fp in out and "2026: 2" in out
    assert main(["results", "offices", "reset", "5371041", "--db", db, "--alasan", "uji"]) == 0
    assert main(["results", "import", str(a2), "--db", db]) == 1
    # trusting from a package needs the fingerprint read out by the office
    assert main(["results", "offices", "trust", "5371041", "--package", str(a2), "--db", db,
                 "--sidik-jari", "0000 1111"]) == 1
    assert main(["results", "offices", "trust", "5371041", "--package", str(a2), "--db", db,
                 "--sidik-jari", fp.lower()]) == 0
    assert main(["results", "import", str(a2), "--db", db]) == 0
    with pytest.raises(SystemExit):
        main(["results", "import", str(a2), "--db", db, "--allow-modified"])


# --------------------------------------------------------------------------- 2. office boundary


def test_package_cannot_write_records_of_another_offices_employee(demo_ctx, tmp_path, kab) -> None:
    """Office A's package carries SKPs and final evaluations of an employee who, at the regency,
    belongs to office B: the employee row, the SKPs and every evaluation are rejected."""
    with demo_ctx.read() as s:
        nip = s.scalar(select(m.Pegawai.nip).join(m.Skp, m.Skp.pegawai_id == m.Pegawai.id)
                       .join(m.Evaluasi, m.Evaluasi.skp_id == m.Skp.id).order_by(m.Pegawai.nip).limit(1))
    b = office_b(tmp_path, shared_nip=nip)
    pb = tmp_path / "b.xlsx"
    P.export_results(b, pb, 2026)
    assert P.import_results(kab, [pb], trust_new_office=True).accepted
    with demo_ctx.write("uji") as uow:  # A gives that person an SKP v7 and final "Sangat Kurang" ratings
        pid = uow.session.scalar(select(m.Pegawai.id).where(m.Pegawai.nip == nip))
        uow.session.execute(update(m.Skp).where(m.Skp.pegawai_id == pid).values(versi=7))
        skp_ids = list(uow.session.scalars(select(m.Skp.id).where(m.Skp.pegawai_id == pid)))
        uow.session.execute(update(m.Evaluasi).where(m.Evaluasi.skp_id.in_(skp_ids)).values(
            rating_hasil_kerja="di_bawah", rating_perilaku="di_bawah", predikat="sangat_kurang", status="final",
            catatan_rekomendasi="Direkomendasikan hukuman disiplin"))
    pa = tmp_path / "a.xlsx"
    P.export_results(demo_ctx, pa, 2026)
    rep = P.import_results(kab, [pa], trust_new_office=True)
    assert rep.accepted and rep.exit_code == P.EXIT_PARTIAL
    with kab.read() as s:
        peg = s.scalar(select(m.Pegawai.id).where(m.Pegawai.nip == nip))
        assert s.scalar(select(func.count()).select_from(m.Skp).where(m.Skp.pegawai_id == peg)) == 0
        assert s.scalar(select(func.count()).select_from(m.Evaluasi).join(m.Skp).where(m.Skp.pegawai_id == peg)) == 0
        assert s.scalar(select(m.Pegawai.nama).where(m.Pegawai.id == peg)) == "Pegawai Bukit"
    mine = [c for c in rep.conflicts if c.entitas == "SKP"]
    assert mine and all("bukan pegawai kantor pengirim" in c.pesan and "a.xlsx" in c.pesan for c in mine)
    assert any(c.entitas == "Pegawai" and "bukan bagian dari kantor pengirim" in c.pesan for c in rep.conflicts)
    assert count(kab, m.Skp) > 0  # A's own employees were merged
    b.db.dispose()


def test_package_cannot_hijack_another_offices_skp_by_uid(demo_ctx, tmp_path, kab) -> None:
    """A signed package that reuses the UID of office B's SKP for one of its own employees."""
    b = office_b(tmp_path)
    with b.write("uji") as uow:
        peg = uow.session.scalar(select(m.Pegawai).where(m.Pegawai.nip == NIP_B))
        uow.session.add(m.Skp(pegawai_id=peg.id, tahun=2026, status="disetujui", periode_mulai=date(2026, 1, 1),
                              periode_selesai=date(2026, 12, 31), pegawai_nama=peg.nama))
    pb = tmp_path / "b.xlsx"
    P.export_results(b, pb, 2026)
    assert P.import_results(kab, [pb], trust_new_office=True).accepted
    with kab.read() as s:
        b_skp = s.scalars(select(m.Skp)).one()
        b_uid, b_owner = b_skp.uid, b_skp.pegawai_id
    pa = tmp_path / "a.xlsx"
    P.export_results(demo_ctx, pa, 2026)

    def hijack(sheets: dict[str, list[dict[str, Any]]]) -> None:
        old = sheets["SKP"][0]["uid"]
        for sheet in ("SKP", "RHK", "Perilaku", "Evaluasi"):
            for r in sheets[sheet]:
                for k in ("uid", "skp_uid"):
                    if r.get(k) == old:
                        r[k] = b_uid

    bad = rewrite(pa, tmp_path / "bajak.xlsx", hijack, sign_with=demo_ctx)
    rep = P.import_results(kab, [bad], trust_new_office=True)
    assert rep.accepted
    with kab.read() as s:
        assert s.scalar(select(m.Skp.pegawai_id).where(m.Skp.uid == b_uid)) == b_owner
    assert any(c.entitas == "SKP" and "bukan pegawai kantor pengirim" in c.pesan for c in rep.conflicts)
    b.db.dispose()


# --------------------------------------------------------------------------- 3. re-validation


def test_typed_predikat_that_disagrees_with_the_matrix_is_a_rejected_row(demo_ctx, package_a, kab, tmp_path) -> None:
    target: dict[str, Any] = {}

    def edit(sheets: dict[str, list[dict[str, Any]]]) -> None:
        ev = first(sheets["Evaluasi"], rating_hasil_kerja="Sesuai Ekspektasi")
        ev.update(rating_hasil_kerja="Di Bawah Ekspektasi", rating_perilaku="Di Bawah Ekspektasi",
                  predikat="Sangat Baik")
        target["uid"] = ev["uid"]

    bad = rewrite(package_a, tmp_path / "predikat.xlsx", edit, sign_with=demo_ctx)  # the office itself sends it
    rep = P.import_results(kab, [bad], trust_new_office=True)
    assert rep.accepted
    [c] = [c for c in rep.conflicts if c.entitas == "Evaluasi"]
    assert "tidak sesuai matriks" in c.pesan and "Sangat Kurang" in c.pesan and "predikat.xlsx" in c.pesan
    assert "lembar \"Evaluasi\" baris" in c.pesan and "kolom \"Predikat\"" in c.pesan
    assert count(kab, m.Evaluasi, m.Evaluasi.uid == target["uid"]) == 0
    assert count(kab, m.Evaluasi, m.Evaluasi.predikat == "sangat_baik", m.Evaluasi.rating_hasil_kerja == "di_bawah") == 0


@pytest.mark.parametrize("sheet,field,value,expect", [
    ("Pegawai", "nip", "123", "NIP"),
    ("Pegawai", "golongan", "Z/z", "Golongan"),
    ("Pegawai", "kelas_jabatan", -4, "Kelas Jabatan"),
    ("Pegawai", "alamat", "x" * 200_000, "teks terlalu panjang"),
    ("RHK", "urutan", 2**63, "di luar rentang"),
    ("Indikator", "urutan", 10**19, "di luar rentang"),
    ("SKP", "tahun", 99999, "bukan tahun paket"),
    ("Realisasi", "realisasi", "y" * 200_000, "teks terlalu panjang"),
])
def test_every_value_is_validated_like_manual_entry(demo_ctx, package_a, kab, tmp_path, sheet, field, value,
                                                    expect) -> None:
    """A value manual entry refuses is a rejected row naming file, sheet, row and column; the rest of
    the package is merged, and nothing raises (an OverflowError used to roll back every package)."""
    def edit(sheets: dict[str, list[dict[str, Any]]]) -> None:
        rows = sheets[sheet]
        rows[0][field] = value

    bad = rewrite(package_a, tmp_path / "nilai.xlsx", edit, sign_with=demo_ctx)
    b = office_b(tmp_path)
    pb = tmp_path / "b.xlsx"
    P.export_results(b, pb, 2026)
    rep = P.import_results(kab, [bad, pb], trust_new_office=True)
    assert len(rep.accepted) == 2, [p.pesan for p in rep.packages]
    hits = [c for c in rep.conflicts if c.entitas == sheet and expect in c.pesan]
    assert hits, rep.conflicts[:5]
    assert "nilai.xlsx" in hits[0].pesan and f"lembar \"{sheet}\" baris" in hits[0].pesan
    assert count(kab, m.Pegawai, m.Pegawai.nip == NIP_B) == 1  # the other package is in
    with kab.read() as s:
        assert s.scalar(select(func.max(func.length(m.Pegawai.alamat)))) or 0 < 10_000
        assert s.scalar(select(func.max(m.Rhk.urutan))) < 2**31
    b.db.dispose()


def test_one_failing_package_never_rolls_back_the_others(demo_ctx, package_a, kab, tmp_path, monkeypatch) -> None:
    b = office_b(tmp_path)
    pb = tmp_path / "b.xlsx"
    P.export_results(b, pb, 2026)
    real_merge = PH._Merger.merge

    def merge(self, pkg, wb):  # a failure nobody foresaw, in the first package only
        real_merge(self, pkg, wb)
        if wb.kode_kantor == "5371041":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(PH._Merger, "merge", merge)
    rep = P.import_results(kab, [package_a, pb], trust_new_office=True)
    a_pkg, b_pkg = rep.packages
    assert not a_pkg.diterima and "tidak dapat disimpan" in a_pkg.pesan and "OverflowError" in a_pkg.pesan
    assert b_pkg.diterima and rep.written and rep.exit_code == P.EXIT_PARTIAL
    assert count(kab, m.Pegawai) == 1  # only B's employee; nothing of A, not even its trust
    assert [o.kode for o in K.list_offices(kab)] == ["5371099"]
    b.db.dispose()


@pytest.mark.sqlite_only  # compares with the database file's permissions
def test_private_key_file_permissions_are_the_databases(demo_ctx) -> None:
    """The key lives in the database file (documented choice): no separate world-readable key file."""
    K.create_office_key(demo_ctx)
    folder = Path(demo_ctx.db.path).parent
    assert not [p for p in folder.iterdir() if "kunci" in p.name or p.suffix in (".pem", ".key")]
    assert os.path.exists(demo_ctx.db.path)


def test_cli_names_only_the_file_for_a_package_refused_before_its_office_is_read(package_a, tmp_path, capsys) -> None:
    """A package whose sheet was renamed in Excel: the line names the file and the missing
    sheet, not "? (-), tahun ?" for an office that could not be read."""
    import openpyxl

    wb = openpyxl.load_workbook(package_a)
    wb["SKP"].title = "SKP (2)"
    renamed = tmp_path / "paket diganti.xlsx"
    wb.save(renamed)
    db = str(tmp_path / "kab_cli.db")
    open_database(Path(db)).dispose()
    assert main(["results", "import", str(renamed), "--db", db, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "paket diganti.xlsx: Lembar berikut tidak ada" in out and "\"SKP\"" in out
    assert "?" not in out.splitlines()[0]
