"""Organisation services: unit tree, heads, supervisors, bulk placement and undo."""

from __future__ import annotations

from datetime import date

import pytest
from pegawai_helpers import Struktur, audit_count, row, struktur  # noqa: F401 (fixture)
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, UnitKerja
from asn_desktop.services import organisasi as org
from asn_desktop.services import pegawai as svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ValidationError


def test_units_come_in_tree_order_with_depth_head_and_counts(demo_ctx: AppContext, struktur: Struktur) -> None:
    units = org.list_units(demo_ctx)
    assert units[0].id == struktur.root.id and units[0].depth == 0
    by_id = {u.id: u for u in units}
    for u in units[1:]:
        assert by_id[u.parent_id].depth == u.depth - 1  # parents come first, one level up
    sub = [u for u in units if u.jenis == "subbagian"]
    assert all(u.path.startswith(struktur.root.nama + " › " + struktur.sekretariat.nama) for u in sub)
    assert sum(u.jumlah_pegawai for u in units) == 40
    assert org.descendant_ids(units, struktur.sekretariat.id) == {struktur.sekretariat.id} | {u.id for u in sub}


def test_add_rename_move_and_reorder_units(demo_ctx: AppContext, struktur: Struktur) -> None:
    new = org.create_unit(demo_ctx, "  Seksi   Ketahanan Pangan ", struktur.root.id, "seksi")
    assert new.nama == "Seksi Ketahanan Pangan" and new.parent_id == struktur.root.id
    ren = org.update_unit(demo_ctx, new.id, nama="Seksi Ketahanan Pangan dan Pertanian", jenis="seksi", kode="S6")
    assert ren.nama.endswith("Pertanian") and ren.kode == "S6"
    moved = org.move_unit(demo_ctx, new.id, struktur.sekretariat.id)
    assert moved.parent_id == struktur.sekretariat.id and moved.depth == 2
    before = [u.id for u in org.list_units(demo_ctx) if u.parent_id == struktur.sekretariat.id]
    org.reorder_unit(demo_ctx, new.id, -1)
    after = [u.id for u in org.list_units(demo_ctx) if u.parent_id == struktur.sekretariat.id]
    assert after.index(new.id) == before.index(new.id) - 1
    with pytest.raises(ValidationError):
        org.create_unit(demo_ctx, "   ", struktur.root.id)
    with pytest.raises(ValidationError):
        org.create_unit(demo_ctx, "x" * 500, struktur.root.id)


def test_a_unit_cannot_move_into_its_own_subtree(demo_ctx: AppContext, struktur: Struktur) -> None:
    sub = next(u for u in org.list_units(demo_ctx) if u.parent_id == struktur.sekretariat.id)
    n = audit_count(demo_ctx)
    with pytest.raises(ValidationError) as ex:
        org.move_unit(demo_ctx, struktur.sekretariat.id, sub.id)
    assert "sub-unit" in ex.value.message
    with pytest.raises(ValidationError):
        org.move_unit(demo_ctx, struktur.sekretariat.id, struktur.sekretariat.id)
    assert audit_count(demo_ctx) == n


def test_merge_moves_employees_and_subunits_and_archives_the_source(demo_ctx: AppContext, struktur: Struktur) -> None:
    src, dst = struktur.kelurahan
    people = [r.id for r in svc.list_pegawai_rows(demo_ctx) if r.unit_id == src.id]
    followers = [r.id for r in svc.list_pegawai_rows(demo_ctx) if r.unit_id == src.id and r.atasan_id == src.kepala_id
                 and r.id != src.kepala_id]
    res = org.merge_unit(demo_ctx, src.id, dst.id)
    assert sorted(res.diubah) == sorted(people)
    assert all(row(demo_ctx, pid).unit_id == dst.id for pid in people)
    assert all(row(demo_ctx, pid).atasan_id == dst.kepala_id for pid in followers)
    merged = next(u for u in org.list_units(demo_ctx) if u.id == src.id)
    assert not merged.aktif and merged.merged_into_id == dst.id and merged.kepala_id is None
    with pytest.raises(ValidationError):
        org.merge_unit(demo_ctx, struktur.root.id, struktur.seksi[0].id)  # into its own sub-unit


def test_archive_refuses_units_with_people_then_restore(demo_ctx: AppContext, struktur: Struktur) -> None:
    unit = struktur.seksi[-1]
    with pytest.raises(ValidationError) as ex:
        org.archive_unit(demo_ctx, unit.id)
    assert "pegawai aktif" in ex.value.message
    empty = org.create_unit(demo_ctx, "Unit Sementara", struktur.root.id)
    assert not org.archive_unit(demo_ctx, empty.id).aktif
    assert empty.id not in {u.id for u in org.list_units(demo_ctx, include_archived=False)}
    assert org.restore_unit(demo_ctx, empty.id).aktif


def test_new_head_becomes_supervisor_of_people_who_followed_the_old_head(
    demo_ctx: AppContext, struktur: Struktur
) -> None:
    unit = struktur.seksi[0]
    staff = struktur.staff_of(demo_ctx, unit)
    new_head = staff[0]
    res = org.set_unit_head(demo_ctx, unit.id, new_head.id)
    assert row(demo_ctx, new_head.id).atasan_id == struktur.camat_id  # the head's supervisor is the head above
    for r in staff[1:]:
        assert row(demo_ctx, r.id).atasan_id == new_head.id
    assert new_head.id in res.diubah


def test_bulk_move_sets_unit_and_supervisor_and_can_be_undone(demo_ctx: AppContext, struktur: Struktur) -> None:
    src, dst = struktur.seksi[0], struktur.seksi[1]
    ids = [r.id for r in struktur.staff_of(demo_ctx, src)]
    before = {i: (row(demo_ctx, i).unit_id, row(demo_ctx, i).atasan_id) for i in ids}
    res = org.move_pegawai(demo_ctx, ids, dst.id)
    assert sorted(res.diubah) == sorted(ids)
    assert all((row(demo_ctx, i).unit_id, row(demo_ctx, i).atasan_id) == (dst.id, dst.kepala_id) for i in ids)
    with demo_ctx.read() as s:
        audit = s.scalars(select(AuditLog).where(AuditLog.aksi == "organisasi.pindah_unit")).all()
    assert len(audit) == len(ids) and audit[0].sebelum["unit_id"] == src.id and audit[0].sesudah["unit_id"] == dst.id
    org.restore_penempatan(demo_ctx, res.sebelum)
    assert {i: (row(demo_ctx, i).unit_id, row(demo_ctx, i).atasan_id) for i in ids} == before


def test_bulk_move_without_following_the_head_keeps_supervisors(demo_ctx: AppContext, struktur: Struktur) -> None:
    src, dst = struktur.seksi[2], struktur.seksi[3]
    ids = [r.id for r in struktur.staff_of(demo_ctx, src)]
    org.move_pegawai(demo_ctx, ids, dst.id, atasan_ikut_kepala=False)
    assert all(row(demo_ctx, i).atasan_id == src.kepala_id for i in ids)


def test_moving_a_head_away_vacates_the_old_unit(demo_ctx: AppContext, struktur: Struktur) -> None:
    unit = struktur.seksi[4]
    res = org.move_pegawai(demo_ctx, [unit.kepala_id], struktur.seksi[0].id)  # type: ignore[list-item]
    assert any("tanpa kepala" in c for c in res.catatan)
    with demo_ctx.read() as s:
        assert s.get(UnitKerja, unit.id).kepala_id is None


def test_supervisor_cycle_is_refused_with_the_chain(demo_ctx: AppContext, struktur: Struktur) -> None:
    staff = struktur.staff_of(demo_ctx, struktur.seksi[0])[0]  # staff → kasi → camat
    n = audit_count(demo_ctx)
    with pytest.raises(ValidationError) as ex:
        org.set_atasan(demo_ctx, [struktur.camat_id], staff.id)
    assert "lingkaran" in ex.value.message and staff.nama in ex.value.message
    with pytest.raises(ValidationError):
        org.set_atasan(demo_ctx, [staff.id], staff.id)
    assert audit_count(demo_ctx) == n
    assert row(demo_ctx, struktur.camat_id).atasan_id is None


def test_supervisor_cycle_through_the_profile_is_refused(demo_ctx: AppContext, struktur: Struktur) -> None:
    kasi = struktur.seksi[0].kepala_id
    staff = struktur.staff_of(demo_ctx, struktur.seksi[0])[0]
    assert kasi is not None
    p = svc.get_profil(demo_ctx, kasi)
    p.data.atasan_id = staff.id
    with pytest.raises(ValidationError) as ex:
        svc.save_profil(demo_ctx, p.data, p.riwayat)
    assert ex.value.problems[0].field == "atasan_id"


def test_inactive_people_cannot_be_supervisors(demo_ctx: AppContext, struktur: Struktur) -> None:
    kasi = struktur.seksi[1].kepala_id
    assert kasi is not None
    svc.ubah_status(demo_ctx, [kasi], "mutasi", date(2026, 2, 1), "Mutasi ke Dinas Sosial")
    other = struktur.staff_of(demo_ctx, struktur.seksi[2])[0]
    with pytest.raises(ValidationError) as ex:
        org.set_atasan(demo_ctx, [other.id], kasi)
    assert "mutasi" in ex.value.message


def test_no_supervisor_list_flags_the_camat_apart(demo_ctx: AppContext, struktur: Struktur) -> None:
    rows = org.pegawai_tanpa_atasan(demo_ctx)
    assert [(r.id, r.di_luar_basis_data) for r in rows] == [(struktur.camat_id, True)]
    kasi = struktur.seksi[0].kepala_id
    assert kasi is not None
    staff = {r.id for r in struktur.staff_of(demo_ctx, struktur.seksi[0])}
    svc.ubah_status(demo_ctx, [kasi], "pensiun", date(2026, 3, 1))
    rows = org.pegawai_tanpa_atasan(demo_ctx)
    missing = {r.id for r in rows if not r.di_luar_basis_data}
    assert missing == staff
    assert all("pensiun" in r.alasan for r in rows if r.id in staff)
    # the fix: a new head, then "atasan = kepala unit"
    new_head = sorted(staff)[0]
    org.set_unit_head(demo_ctx, struktur.seksi[0].id, new_head)
    org.atasan_ke_kepala_unit(demo_ctx, sorted(staff))
    assert {r.id for r in org.pegawai_tanpa_atasan(demo_ctx) if not r.di_luar_basis_data} == set()
