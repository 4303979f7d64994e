"""Cascading integrity, copy from last year, bulk creation, cascading tree and matrix."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from asn_desktop.db.models import Pegawai, Rhk, Skp
from asn_desktop.domain.enums import Role
from asn_desktop.domain.progress import Cancelled, Progress
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError

from skp_helpers import Fresh, as_role, rhk_input, supervisor_rhk


def test_subordinate_picks_parent_only_from_supervisors_current_skp(demo_ctx: AppContext, fresh: Fresh) -> None:
    choices = S.parent_options(demo_ctx, fresh.skp_id)
    sup = S.get_skp(demo_ctx, choices.skp_id)
    assert sup.pegawai_id == fresh.atasan_id
    assert [o.teks for o in choices.opsi] == [r.teks for r in sup.rhk]
    r = S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=choices.opsi[0].rhk_id))
    assert r.parent_rhk_id == choices.opsi[0].rhk_id and r.rhk_atasan_teks == choices.opsi[0].teks
    # an RHK of somebody else (the Camat's) is refused, naming whose SKP it must come from
    camat = S.leaders(demo_ctx, 2026)[0].pegawai_id
    camat_rhk = S.get_skp(demo_ctx, S.current_skp_id(demo_ctx, camat, 2026)).rhk[0].id
    if camat != fresh.atasan_id:
        with pytest.raises(ValidationError, match="harus dipilih dari SKP"):
            S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=camat_rhk))
    with pytest.raises(NotFound):
        S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=10**9))
    # without a parent, a manual text is kept (supervisor outside the database)
    r2 = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Manual", rhk_atasan_teks="RHK Sekda", indikator=[]))
    assert r2.parent_rhk_id is None and r2.rhk_atasan_teks == "RHK Sekda"


def test_parent_rhk_cannot_be_removed_while_intervened(demo_ctx: AppContext, fresh: Fresh) -> None:
    parent_id = supervisor_rhk(demo_ctx, fresh.skp_id)
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(parent=parent_id))
    sup_skp = S.parent_options(demo_ctx, fresh.skp_id).skp_id
    new = S.revise(demo_ctx, sup_skp, "ubah")  # the supervisor's SKP as an editable new version
    copy_of_parent = next(r for r in new.rhk if r.teks == S.get_skp(demo_ctx, sup_skp).rhk[0].teks)
    assert copy_of_parent.diintervensi_oleh  # followed to the new version
    with pytest.raises(ServiceError) as err:
        S.delete_rhk(demo_ctx, copy_of_parent.id)
    with demo_ctx.read() as s:
        name = s.get(Skp, fresh.skp_id).pegawai_nama
    assert "masih diintervensi" in err.value.message and name in err.value.message
    assert any(r.id == copy_of_parent.id for r in S.get_skp(demo_ctx, new.id).rhk)
    # a revision whose new RHK is already intervened cannot be cancelled (deleted) either
    added = S.save_rhk(demo_ctx, new.id, rhk_input("RHK baru versi 2"))
    assert added.id in {o.rhk_id for o in S.parent_options(demo_ctx, fresh.skp_id).opsi}
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Mendukung RHK baru", parent=added.id))
    with pytest.raises(ServiceError, match="masih diintervensi"):
        S.delete_skp(demo_ctx, new.id)
    assert S.get_skp(demo_ctx, new.id).status == "draft"


def test_no_supervisor_skp_explains_why(demo_ctx: AppContext, fresh: Fresh) -> None:
    d = S.create_skp(demo_ctx, fresh.pegawai_id, 2031)
    choices = S.parent_options(demo_ctx, d.id)
    assert choices.opsi == [] and "belum memiliki SKP tahun 2031" in choices.pesan
    r = S.save_rhk(demo_ctx, d.id, rhk_input())
    assert "belum mengintervensi" in " ".join(p.pesan for p in S.validate_skp(demo_ctx, d.id).warnings)
    assert r.parent_rhk_id is None


def test_copy_from_last_year_relinks_parents_by_text(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        k = s.scalars(select(Skp).where(Skp.tahun == 2026, Skp.status == "disetujui",
                                        Skp.pejabat_penilai_id.is_not(None))
                      .where(Skp.id.in_(select(Rhk.skp_id).where(Rhk.parent_rhk_id.is_not(None))))).first()
        pid, sup = k.pegawai_id, k.pejabat_penilai_id
    old = S.get_skp(demo_ctx, S.current_skp_id(demo_ctx, pid, 2026))
    # staff first: the supervisor has no 2027 SKP yet → links cleared and reported
    res = S.copy_from_previous(demo_ctx, pid, 2027)
    assert res.sumber_tahun == 2026 and res.rhk_disalin == len(old.rhk)
    assert res.indikator_disalin == sum(len(r.indikator) for r in old.rhk)
    assert [(r.teks, [i.target for i in r.indikator]) for r in res.skp.rhk] == \
        [(r.teks, [i.target for i in r.indikator]) for r in old.rhk]
    assert res.induk_terhubung == 0 and len(res.induk_perlu_dipilih) == sum(1 for r in old.rhk if r.parent_rhk_id)
    assert all(r.parent_rhk_id is None and not r.rhk_atasan_teks for r in res.skp.rhk)
    assert res.skp.status == "draft" and res.skp.tahun == 2027
    assert "menyalin SKP tahun 2026" in res.skp.riwayat[0].catatan
    # supervisor then staff: links re-made to the supervisor's 2027 RHK with the same text
    S.delete_skp(demo_ctx, res.skp.id)
    S.copy_from_previous(demo_ctx, sup, 2027)
    res = S.copy_from_previous(demo_ctx, pid, 2027)
    assert res.induk_terhubung == sum(1 for r in old.rhk if r.parent_rhk_id) and res.induk_perlu_dipilih == []
    sup27 = S.get_skp(demo_ctx, S.current_skp_id(demo_ctx, sup, 2027))
    assert {r.parent_rhk_id for r in res.skp.rhk if r.parent_rhk_id} <= {r.id for r in sup27.rhk}
    with pytest.raises(ServiceError, match="sudah memiliki SKP tahun 2027"):
        S.copy_from_previous(demo_ctx, pid, 2027)
    with pytest.raises(ServiceError, match="belum memiliki SKP tahun sebelumnya"):
        S.copy_from_previous(demo_ctx, pid, 2020)


def test_bulk_create_for_a_unit(demo_ctx: AppContext) -> None:
    with demo_ctx.read() as s:
        top = s.scalars(select(Pegawai.unit_id).where(Pegawai.atasan_id.is_(None))).first()
        n_active = len(s.scalars(select(Pegawai).where(Pegawai.status == "aktif")).all())
        n_2026 = len(s.scalars(select(Skp).where(Skp.tahun == 2026)).all())
    seen: list[tuple[int, int]] = []
    res = S.bulk_create(demo_ctx, top, 2027, progress=Progress(lambda d, t, m: seen.append((d, t)), interval=0))
    assert len(res.dibuat) == n_active and res.dilewati == []
    assert res.disalin + res.dari_pustaka + res.kosong == n_active
    assert res.disalin == n_2026 and res.dari_pustaka + res.kosong == n_active - n_2026 > 0
    assert seen[-1][0] == seen[-1][1]
    tree = S.cascade_tree(demo_ctx, 2027)
    assert tree.tanpa_skp == [] and len(tree.roots) >= 1
    linked = sum(1 for _ in _walk(tree.roots))
    assert linked > 40  # supervisors were created first, so staff RHK link to the new year
    again = S.bulk_create(demo_ctx, top, 2027)
    assert again.dibuat == [] and len(again.dilewati) == n_active


def test_bulk_create_cancel_rolls_back(demo_ctx: AppContext) -> None:
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(Cancelled):
        S.bulk_create(demo_ctx, None, 2028, progress=Progress(None, cancel))
    assert S.overview(demo_ctx, 2028).totals().get("draft", 0) == 0


def test_bulk_create_from_templates_when_no_previous_year(demo_ctx: AppContext) -> None:
    res = S.bulk_create(demo_ctx, None, 2027, salin_tahun_lalu=False)
    assert res.disalin == 0 and res.dari_pustaka > 20
    ov = S.overview(demo_ctx, 2027)
    lurah = next(r for r in ov.rows if r.jabatan.startswith("Lurah"))
    d = S.get_skp(demo_ctx, lurah.skp_id)
    assert any("pelayanan masyarakat di tingkat kelurahan" in r.teks for r in d.rhk)
    assert S.validate_skp(demo_ctx, d.id).ok


def test_bulk_create_scoped_for_a_penilai(demo_ctx: AppContext, fresh: Fresh) -> None:
    penilai = as_role(demo_ctx, Role.PENILAI, fresh.atasan_id)
    res = S.bulk_create(penilai, None, 2027)
    with demo_ctx.read() as s:
        subs = {p.id for p in s.scalars(select(Pegawai).where(Pegawai.atasan_id == fresh.atasan_id))}
    created = {r.pegawai_id for r in S.overview(demo_ctx, 2027).rows if r.skp_id}
    assert created == subs | {fresh.atasan_id}
    assert any("di luar kewenangan" in x for x in res.dilewati)


def _walk(nodes: list[S.CascadeNode]):
    for n in nodes:
        for c in n.children:
            yield c
            yield from _walk([c])


def test_cascade_tree_from_the_camat_down(demo_ctx: AppContext) -> None:
    tree = S.cascade_tree(demo_ctx, 2026)
    camat = S.leaders(demo_ctx, 2026)[0]
    assert {r.pegawai_id for r in tree.roots} == {camat.pegawai_id}
    children = list(_walk(tree.roots))
    with demo_ctx.read() as s:
        linked = s.scalars(select(Rhk).join(Skp).where(Skp.tahun == 2026, Rhk.parent_rhk_id.is_not(None))).all()
    assert len(children) == len(linked)
    # each child intervenes its parent
    for root in tree.roots:
        for c in root.children:
            with demo_ctx.read() as s:
                assert s.get(Rhk, c.rhk_id).parent_rhk_id == root.rhk_id
    assert len(tree.tanpa_skp) == S.overview(demo_ctx, 2026).totals()["belum"] > 0


def test_matriks_peran_hasil_and_excel_export(demo_ctx: AppContext, fresh: Fresh, tmp_path) -> None:
    parent = supervisor_rhk(demo_ctx, fresh.skp_id)
    formula = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")"
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input(formula, parent=parent))
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("- Laporan harian", parent=parent))
    m = S.matriks_peran_hasil(demo_ctx, fresh.atasan_id, 2026)
    col = next(i for i, k in enumerate(m.kolom) if k.pegawai_id == fresh.pegawai_id)
    row = next(b for b in m.baris if b.rhk_id == parent)
    assert row.sel[col] == [f"A.1 {formula}", "A.2 - Laporan harian"]
    assert row.iki and ":" in row.iki[0]
    path = S.export_matriks(demo_ctx, fresh.atasan_id, 2026, tmp_path / "matriks")
    assert path.suffix == ".xlsx"
    wb = load_workbook(path)
    ws = wb.active
    assert ws["A1"].value == "MATRIKS PERAN HASIL TAHUN 2026"
    headers = [c.value for c in ws[5]]
    assert headers[:3] == ["NO", "RENCANA HASIL KERJA PIMPINAN", "INDIKATOR KINERJA INDIVIDU"]
    assert any(h and m.kolom[col].nama in h for h in headers)
    excel_col = 4 + col
    cells = [ws.cell(row=r, column=excel_col) for r in range(6, ws.max_row + 1)]
    target = next(c for c in cells if c.value and formula in c.value)
    assert target.data_type == "s" and "- Laporan harian" in target.value
    assert all(c.data_type != "f" for row_ in ws.iter_rows() for c in row_)
    assert len([r for r in ws.iter_rows(min_row=6) if r[0].value]) == len(m.baris)
    with pytest.raises(ServiceError, match="tidak dapat ditulis"):
        S.export_matriks(demo_ctx, fresh.atasan_id, 2026, tmp_path / "tidak-ada" / "m.xlsx")


def test_matriks_formula_guard_at_cell_start(demo_ctx: AppContext, tmp_path) -> None:
    from asn_desktop.excel.matriks import MatriksRow, MatriksSheet, write_matriks

    sheet = MatriksSheet("J", "I", "P", ["=A1", "@b"], [MatriksRow("A.1", "+62 812", ["-5"], [["=SUM(1)"], []])],
                         [["@x"], []])
    path = write_matriks(tmp_path / "m.xlsx", sheet)
    ws = load_workbook(path).active
    for ref in ("B6", "C6", "D6", "D5", "E5"):
        assert ws[ref].data_type == "s" and ws[ref].quotePrefix, ref
    assert ws["D6"].value == "=SUM(1)"


def test_matriks_for_leader_without_skp(demo_ctx: AppContext, tmp_path) -> None:
    camat = S.leaders(demo_ctx, 2026)[0].pegawai_id
    m = S.matriks_peran_hasil(demo_ctx, camat, 2031)
    assert m.baris == [] and m.skp_id is None and all(k.status == "belum" for k in m.kolom)
    path = S.export_matriks(demo_ctx, camat, 2031, tmp_path / "kosong.xlsx")
    assert "belum memiliki SKP" in load_workbook(path).active["B6"].value


def test_matriks_is_seen_by_linked_accounts_and_refused_to_an_unlinked_penilai(demo_ctx: AppContext,
                                                                              fresh: Fresh) -> None:
    """Subordinates read their leader's matrix to intervene it (Pasal 9); an account linked to no
    employee that may not read the leader's SKP is refused and nothing is shown."""
    m = S.matriks_peran_hasil(as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id), fresh.atasan_id, 2026)
    assert m.skp_id is not None and fresh.pegawai_id in {k.pegawai_id for k in m.kolom}
    with pytest.raises(PermissionDenied, match="tidak berhak melihat matriks"):
        S.matriks_peran_hasil(as_role(demo_ctx, Role.PENILAI), fresh.atasan_id, 2026)


def _sig(n: S.CascadeNode) -> tuple:
    return (n.rhk_id, n.nomor, n.teks, n.pegawai_nama, n.jabatan, n.status, tuple(n.indikator))


def test_lazy_cascade_reads_level_by_level_the_same_tree(demo_ctx: AppContext) -> None:
    """The first view and each expanded level give the nodes of the whole tree, with child counts."""
    full = S.cascade_tree(demo_ctx, 2026)
    awal = S.cascade_awal(demo_ctx, 2026)
    assert [_sig(r) for r in awal.roots] == [_sig(r) for r in full.roots]
    assert awal.ringkasan.pimpinan == len(full.roots)
    assert awal.ringkasan.terhubung == sum(1 for _ in _walk(full.roots)) + sum(1 for _ in _walk(full.tanpa_induk))
    assert awal.tanpa_skp == full.tanpa_skp and awal.ringkasan.tanpa_skp == len(full.tanpa_skp)
    level = [(a, f) for ra, rf in zip(awal.roots, full.roots) for a, f in zip(ra.children, rf.children)]
    assert level and all(_sig(a) == _sig(f) for a, f in level)
    depth = 2
    while level:
        assert all(a.jumlah_anak == len(f.children) for a, f in level)
        kids = S.cascade_anak(demo_ctx, 2026, [a.rhk_id for a, _f in level])
        level = [(a2, f2) for a, f in level for a2, f2 in zip(kids[a.rhk_id], f.children)]
        assert all(_sig(a) == _sig(f) for a, f in level)
        depth += 1 if level else 0
    assert depth >= 3


def test_cascade_search_returns_the_path_to_a_deep_node(demo_ctx: AppContext) -> None:
    full = S.cascade_tree(demo_ctx, 2026)
    path: list[S.CascadeNode] = []

    def deepest(nodes: list[S.CascadeNode], trail: list[S.CascadeNode]) -> None:
        nonlocal path
        for n in nodes:
            if len(trail) + 1 > len(path):
                path = trail + [n]
            deepest(n.children, trail + [n])

    deepest(full.roots, [])
    assert len(path) >= 3
    target = path[-1]
    found = S.cascade_cari(demo_ctx, 2026, f"{target.teks} {target.pegawai_nama}")
    assert found.cocok >= 1 and not found.terpotong
    chain, nodes = [], found.roots
    for want in path:
        n = next(x for x in nodes if x.rhk_id == want.rhk_id)
        chain.append(n.rhk_id)
        nodes = n.children
    assert chain == [n.rhk_id for n in path]
    assert S.cascade_cari(demo_ctx, 2026, "kata-yang-tidak-ada-xyz").cocok == 0
