"""TPP kinerja: the rule is data with an effective date, validated; amounts per month; Admin only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from asn_desktop.db.models import DisiplinInsentif, Pegawai
from asn_desktop.domain.enums import Predikat, Role
from asn_desktop.services import insentif as ins
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ValidationError

PERSEN = {Predikat.SANGAT_BAIK.value: 100, Predikat.BAIK.value: 90, Predikat.BUTUH_PERBAIKAN.value: 70,
          Predikat.KURANG.value: 50, Predikat.SANGAT_KURANG.value: 20}


def _aturan(mulai: date, per_kelas: float = 1_000_000, porsi: float = 60, nama: str = "Perkada TPP") -> ins.AturanInsentifData:
    return ins.AturanInsentifData(mulai, nama, porsi, dict(PERSEN), {k: per_kelas + 100_000 * k for k in range(1, 18)})


def _as(ctx: AppContext, role: Role) -> AppContext:
    return ctx.as_actor(Actor(99, "uji_" + role.value, role, None, "Uji"))


def _rated(h: ins.HasilInsentif) -> list[ins.BarisInsentif]:
    return [b for b in h.baris if b.nilai_kinerja is not None]


def test_rule_table_is_validated_and_one_rule_per_effective_date(demo_ctx: AppContext) -> None:
    ctx = demo_ctx
    bad = ins.AturanInsentifData(date(2026, 1, 1), "", 120, {**PERSEN, Predikat.BAIK.value: 101},
                                 {0: 5, 3: -1, 4: float("nan")})
    with pytest.raises(ValidationError) as exc:
        ins.simpan_aturan(ctx, bad)
    text = "\n".join(exc.value.details)
    for part in ("Nama aturan", "Porsi kinerja harus 0 sampai 100", "predikat Baik harus 0 sampai 100",
                 "Kelas jabatan 0", "kelas 3 harus angka 0 atau lebih", "kelas 4"):
        assert part in text, part
    missing = ins.AturanInsentifData(date(2026, 1, 1), "X", 60, {Predikat.BAIK.value: 100}, {1: 1})
    assert any("Sangat Baik belum diisi" in p for p in ins.validasi_aturan(missing))
    ada = {a.berlaku_mulai for a in ins.daftar_aturan(ctx)}
    mulai = date(2031, 1, 1)
    assert mulai not in ada
    a = ins.simpan_aturan(ctx, _aturan(mulai))
    with pytest.raises(ValidationError, match="satu tanggal berlaku hanya untuk satu aturan"):
        ins.simpan_aturan(ctx, _aturan(mulai, nama="Lain"))
    b = ins.simpan_aturan(ctx, _aturan(mulai, per_kelas=2_000_000, nama="Perkada TPP (perubahan)"), a.id)
    assert b.versi == a.versi + 1 and b.nilai_kelas[1] == 2_100_000 and "versi 2" in b.label
    ins.hapus_aturan(ctx, a.id)
    assert mulai not in {x.berlaku_mulai for x in ins.daftar_aturan(ctx)}


def test_amounts_follow_the_rule_in_force_each_month_and_cite_it(demo_ctx: AppContext) -> None:
    ctx = demo_ctx
    for a in ins.daftar_aturan(ctx):  # the demo's own rule aside: this test sets its own
        ins.hapus_aturan(ctx, a.id)
    lama = ins.simpan_aturan(ctx, _aturan(date(2026, 1, 1), nama="Perkada 2026"))
    baru = ins.simpan_aturan(ctx, _aturan(date(2026, 3, 1), per_kelas=2_000_000, porsi=50, nama="Perubahan Maret"))
    feb = ins.hitung_insentif(ctx, 2026, [2])
    rows = _rated(feb)
    assert rows, "the demo rates the first quarter"
    r = rows[0]
    assert r.kelas is not None and r.aturan == lama.label and feb.aturan == [lama.label]
    pred = Predikat.from_label(r.predikat)
    assert r.tpp == 1_000_000 + 100_000 * r.kelas
    assert r.nilai_kinerja == round(r.tpp * 0.60 * PERSEN[pred.value] / 100)
    assert r.nilai_disiplin is None and r.total is None and "disiplin belum diisi" in r.keterangan
    ins.simpan_disiplin(ctx, 2026, 2, {r.pegawai.pegawai_id: 80})
    ins.simpan_disiplin(ctx, 2026, 3, {r.pegawai.pegawai_id: 100})
    r2 = next(b for b in ins.hitung_insentif(ctx, 2026, [2]).baris if b.pegawai.pegawai_id == r.pegawai.pegawai_id)
    assert r2.nilai_disiplin == round(r2.tpp * 0.40 * 0.80) and r2.total == r2.nilai_kinerja + r2.nilai_disiplin
    q = ins.hitung_insentif(ctx, 2026, [2, 3], "Feb–Mar 2026")
    r3 = next(b for b in q.baris if b.pegawai.pegawai_id == r.pegawai.pegawai_id)
    base_mar = 2_000_000 + 100_000 * r.kelas
    assert r3.tpp == r2.tpp + base_mar
    assert r3.nilai_disiplin == r2.nilai_disiplin + round(base_mar * 0.5)
    assert q.aturan == [lama.label, baru.label] and baru.label in r3.aturan
    with pytest.raises(ValidationError):
        ins.simpan_disiplin(ctx, 2026, 2, {r.pegawai.pegawai_id: 101})
    # before any rule is in force nothing can be computed, and the row says why
    dec = next(b for b in ins.hitung_insentif(ctx, 2025, [12]).baris if b.pegawai.pegawai_id == r.pegawai.pegawai_id)
    assert dec.total is None and "tidak ada aturan yang berlaku" in dec.keterangan


def _wb(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Disiplin"
    ws.append(["DAFTAR DISIPLIN PEGAWAI MARET 2026"])
    ws.append([])
    ws.append(["No", "Nama", "NIP", "Disiplin (%)"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_discipline_import_reads_a_list_and_refuses_a_bad_one_whole(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    with ctx.read() as s:
        peg = s.execute(select(Pegawai.id, Pegawai.nip).where(Pegawai.nip.isnot(None)).order_by(Pegawai.id)
                        .limit(3)).all()
    nip_spaced = f"{peg[1].nip[:8]} {peg[1].nip[8:14]} {peg[1].nip[14]} {peg[1].nip[15:]}"
    good = _wb(tmp_path / "ok.xlsx", [[1, "A", peg[0].nip, 95], [2, "B", nip_spaced, "87,5"], [None, None, None, None],
                                      [3, "C", peg[2].nip, "100%"]])
    assert ins.impor_disiplin(ctx, good, 2026, 3).jumlah == 3
    assert ins.daftar_disiplin(ctx, 2026, 3) == {peg[0].id: 95.0, peg[1].id: 87.5, peg[2].id: 100.0}
    bad = _wb(tmp_path / "salah.xlsx", [[1, "A", peg[0].nip, 50], [2, "X", "199901012020011999", 90],
                                        [3, "C", peg[2].nip, "sangat"]])
    with pytest.raises(ValidationError) as exc:
        ins.impor_disiplin(ctx, bad, 2026, 3)
    det = "\n".join(exc.value.details)
    assert 'Berkas "salah.xlsx", lembar "Disiplin", baris 5, kolom C' in det
    assert 'baris 6, kolom D: "sangat" bukan persentase' in det
    assert ins.daftar_disiplin(ctx, 2026, 3)[peg[0].id] == 95.0  # nothing of the bad file was stored
    no_header = tmp_path / "kosong.xlsx"
    Workbook().save(no_header)
    with pytest.raises(ValidationError, match="NIP"):
        ins.impor_disiplin(ctx, no_header, 2026, 3)


def test_export_for_the_treasurer_reads_back_with_the_rule_cited(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    h = ins.hitung_insentif(ctx, 2026, [1, 2, 3], "Triwulan I 2026")
    path = ins.ekspor_insentif(ctx, 2026, [1, 2, 3], tmp_path / "tpp.xlsx", "Triwulan I 2026")
    ws = load_workbook(path).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("Perhitungan TPP Kinerja — Triwulan I 2026" in c for c in cells)
    assert "Jumlah Diterima (Rp)" in cells and "Komponen Kinerja (Rp)" in cells
    assert any(c.startswith("Dasar: ") and h.aturan[0] in c for c in cells)
    names = {b.pegawai.nama for b in h.baris}
    assert names <= set(cells)


def test_incentive_figures_are_admin_only(demo_ctx: AppContext) -> None:
    for role in (Role.OPERATOR, Role.PENILAI, Role.PEGAWAI):
        other = _as(demo_ctx, role)
        with pytest.raises(PermissionDenied):
            ins.hitung_insentif(other, 2026, [1])
        with pytest.raises(PermissionDenied):
            ins.daftar_aturan(other)
        with pytest.raises(PermissionDenied):
            ins.simpan_disiplin(other, 2026, 1, {1: 90})
    with demo_ctx.read() as s:
        assert (s.scalar(select(func.count()).select_from(DisiplinInsentif)) or 0) == 0
