"""SKP workflow: every transition, who may make it, the status log and the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, Evaluasi, Pegawai, Pengguna, Rhk, Skp, SkpStatusLog
from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError

from skp_helpers import Fresh, approved_with_children, as_role, rhk_input, supervisor_rhk


def _log(ctx: AppContext, skp_id: int) -> list[tuple[str | None, str, str]]:
    return [(x.dari_status, x.ke_status, x.username) for x in S.get_skp(ctx, skp_id).riwayat]


def test_create_snapshots_people_and_starts_as_draft(demo_ctx: AppContext, fresh: Fresh) -> None:
    d = S.get_skp(demo_ctx, fresh.skp_id)
    with demo_ctx.read() as s:
        p, a = s.get(Pegawai, fresh.pegawai_id), s.get(Pegawai, fresh.atasan_id)
        aa = s.get(Pegawai, fresh.atasan_atasan_id)
        assert d.pegawai.nip == p.nip and p.nama in d.pegawai.nama and d.pegawai.jabatan == p.nama_jabatan
        assert a.nama in d.penilai.nama and d.pejabat_penilai_id == a.id
        assert aa.nama in d.atasan_penilai.nama
    assert d.status == "draft" and d.versi == 1 and d.jenis_skp == "non_jpt"
    assert (d.periode_mulai.isoformat(), d.periode_selesai.isoformat()) == ("2026-01-01", "2026-12-31")
    assert [p.ekspektasi_khusus for p in d.perilaku] == ["-"] * 7
    assert [p.nama for p in d.perilaku][0] == "Berorientasi Pelayanan"
    assert _log(demo_ctx, d.id) == [(None, "draft", "penguji")]
    with pytest.raises(ServiceError, match="sudah memiliki SKP tahun 2026"):
        S.create_skp(demo_ctx, fresh.pegawai_id, 2026)


def test_camat_gets_jpt_layout_and_regency_supervisor_by_value(demo_ctx: AppContext) -> None:
    camat = S.leaders(demo_ctx, 2026)[0]
    d = S.create_skp(demo_ctx, camat.pegawai_id, 2027)
    assert d.jenis_skp == "jpt"
    assert d.pejabat_penilai_id is None
    assert d.penilai.nama.startswith("Dr. Fahrensy") and d.penilai.jabatan == "Sekretaris Daerah Kota Kupang"
    # a Kepala Seksi: penilai = the Camat, atasan penilai = the Camat's supervisor (stored by value)
    with demo_ctx.read() as s:
        kasi = s.scalars(select(Pegawai).where(Pegawai.atasan_id == camat.pegawai_id,
                                               Pegawai.nama_jabatan.like("Kepala Seksi%"))).first()
        kasi_id = kasi.id
    k = S.create_skp(demo_ctx, kasi_id, 2027)
    assert k.jenis_skp == "non_jpt" and k.pejabat_penilai_id == camat.pegawai_id
    assert k.atasan_penilai.nama.startswith("Dr. Fahrensy") and k.atasan_penilai.nip == "197505122000031003"


def test_submit_is_refused_until_the_skp_is_complete(demo_ctx: AppContext, fresh: Fresh) -> None:
    with pytest.raises(ValidationError) as err:
        S.submit(demo_ctx, fresh.skp_id)
    assert "belum memiliki Rencana Hasil Kerja" in str(err.value)
    # an RHK without indicator, a tambahan only
    S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Tugas tambahan panitia", jenis="tambahan"))
    report = S.validate_skp(demo_ctx, fresh.skp_id)
    texts = " | ".join(p.pesan for p in report.errors)
    assert "minimal satu RHK utama" in texts and "B.1 belum memiliki indikator" in texts
    with pytest.raises(ValidationError):
        S.submit(demo_ctx, fresh.skp_id)
    assert S.get_skp(demo_ctx, fresh.skp_id).status == "draft"
    # kualitatif needs a target description
    S.update_header(demo_ctx, fresh.skp_id, S.HeaderInput("kualitatif", "non_jpt", fresh.atasan_id))
    S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Utama", indikator=[S.IndikatorInput(teks="Kualitas arsip")]))
    texts = " | ".join(p.pesan for p in S.validate_skp(demo_ctx, fresh.skp_id).errors)
    assert "A.1, indikator 1: target (uraian kualitatif) belum diisi" in texts


def test_kuantitatif_targets_need_number_unit_and_ordered_range(demo_ctx: AppContext, fresh: Fresh) -> None:
    with pytest.raises(ValidationError, match="RHK belum dapat disimpan") as err:
        S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="X", indikator=[
            S.IndikatorInput(teks="Jumlah", target_min=10, target_max=5, satuan="dok")]))
    assert "minimum harus lebih kecil" in str(err.value)
    r = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="X", indikator=[S.IndikatorInput(teks="Jumlah")]))
    texts = " | ".join(p.pesan for p in S.validate_skp(demo_ctx, fresh.skp_id).errors)
    assert "target belum diisi" in texts and "satuan target belum diisi" in texts
    S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="X", indikator=[
        S.IndikatorInput(teks="Jumlah", target_min=1, target_max=2, satuan="hari", id=r.indikator[0].id)]), r.id)
    assert S.validate_skp(demo_ctx, fresh.skp_id).ok
    assert S.get_skp(demo_ctx, fresh.skp_id).rhk[0].indikator[0].target == "1 – 2 hari"


def test_full_workflow_with_return_and_roles(demo_ctx: AppContext, fresh: Fresh) -> None:
    operator = as_role(demo_ctx, Role.OPERATOR, name="operator")
    penilai = as_role(demo_ctx, Role.PENILAI, fresh.atasan_id, "kasi")
    owner = as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id, "pemilik")
    other_penilai = as_role(demo_ctx, Role.PENILAI, fresh.atasan_atasan_id, "camat")  # not the direct penilai
    stranger = as_role(demo_ctx, Role.PEGAWAI, fresh.atasan_id + 1, "orang_lain")

    S.save_rhk(operator, fresh.skp_id, rhk_input(parent=supervisor_rhk(operator, fresh.skp_id)))
    with pytest.raises(PermissionDenied):
        S.submit(stranger, fresh.skp_id)
    d = S.submit(operator, fresh.skp_id)
    assert d.status == "diajukan" and d.diajukan_pada is not None
    # content is locked while submitted
    with pytest.raises(ServiceError, match="sedang diajukan"):
        S.save_rhk(owner, fresh.skp_id, rhk_input("Lain"))
    # only the pejabat penilai (or admin) approves or returns
    for who in (operator, owner, other_penilai, stranger):
        with pytest.raises(PermissionDenied):
            S.approve(who, fresh.skp_id)
        with pytest.raises(PermissionDenied):
            S.return_skp(who, fresh.skp_id, "Perbaiki target")
    with pytest.raises(ValidationError, match="alasan"):
        S.return_skp(penilai, fresh.skp_id, "  ")
    d = S.return_skp(penilai, fresh.skp_id, "Target kuantitas terlalu rendah")
    assert d.status == "dikembalikan" and d.catatan_pengembalian == "Target kuantitas terlalu rendah"
    # the employee revises the returned SKP and submits again
    r = d.rhk[0]
    S.save_rhk(owner, fresh.skp_id, S.RhkInput(
        teks=r.teks, parent_rhk_id=r.parent_rhk_id,
        indikator=[S.IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=(i.target_min or 0) * 2,
                                    target_max=i.target_max and i.target_max * 2, satuan=i.satuan, id=i.id)
                   for i in r.indikator]), r.id)
    S.submit(owner, fresh.skp_id)
    d = S.approve(penilai, fresh.skp_id, "Disetujui")
    assert d.status == "disetujui" and d.disetujui_oleh == "kasi" and d.catatan_pengembalian == ""
    assert d.tempat_tanggal_ttd.startswith("Kupang, ")
    assert d.rhk[0].indikator[0].target == "1.200 surat"
    assert _log(demo_ctx, fresh.skp_id) == [
        (None, "draft", "penguji"),
        ("draft", "diajukan", "operator"),
        ("diajukan", "dikembalikan", "kasi"),
        ("dikembalikan", "diajukan", "pemilik"),
        ("diajukan", "disetujui", "kasi"),
    ]
    assert S.get_skp(demo_ctx, fresh.skp_id).riwayat[2].catatan == "Target kuantitas terlalu rendah"
    # approved = read-only for everyone, admin included
    for who in (demo_ctx, owner, operator):
        with pytest.raises(ServiceError, match="sudah disetujui"):
            S.save_rhk(who, fresh.skp_id, rhk_input("Baru"))
        with pytest.raises(ServiceError):
            S.update_lampiran(who, fresh.skp_id, "a", "b", "c")
    with pytest.raises(ServiceError):
        S.approve(penilai, fresh.skp_id)
    with demo_ctx.read() as s:
        aksi = [a.aksi for a in s.scalars(select(AuditLog).where(AuditLog.entitas == "skp",
                                                                 AuditLog.entitas_id == str(fresh.skp_id)))]
    for a in ("skp.buat", "skp.ajukan", "skp.kembalikan", "skp.setujui"):
        assert a in aksi


def test_permission_flags_mirror_the_rules(demo_ctx: AppContext, fresh: Fresh) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input())
    owner = as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id)
    penilai = as_role(demo_ctx, Role.PENILAI, fresh.atasan_id)
    b = S.get_skp(owner, fresh.skp_id).boleh
    assert (b.edit, b.submit, b.approve, b.delete) == (True, True, False, True)
    S.submit(owner, fresh.skp_id)
    b = S.get_skp(penilai, fresh.skp_id).boleh
    assert (b.edit, b.approve, b.return_, b.withdraw) == (False, True, True, True)
    b = S.get_skp(owner, fresh.skp_id).boleh
    assert (b.approve, b.withdraw) == (False, True)
    # with a Pegawai account (not Penilai) the supervisor cannot even read it
    with pytest.raises(PermissionDenied):
        S.get_skp(as_role(demo_ctx, Role.PEGAWAI, fresh.atasan_id), fresh.skp_id)

def test_pegawai_reads_and_edits_only_own_skp(demo_ctx: AppContext, fresh: Fresh) -> None:
    someone = as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id + 1)
    with pytest.raises(PermissionDenied):
        S.get_skp(someone, fresh.skp_id)
    with pytest.raises(PermissionDenied):
        S.save_rhk(someone, fresh.skp_id, rhk_input())
    with pytest.raises(PermissionDenied):
        S.create_skp(someone, fresh.atasan_id, 2027)
    owner = as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id)
    S.save_rhk(owner, fresh.skp_id, rhk_input())
    assert [r.pegawai_id for r in S.overview(owner, 2026).rows] == [fresh.pegawai_id]


def test_withdraw_returns_to_draft(demo_ctx: AppContext, fresh: Fresh) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input())
    S.submit(demo_ctx, fresh.skp_id)
    d = S.withdraw(demo_ctx, fresh.skp_id)
    assert d.status == "draft"
    with pytest.raises(ServiceError):
        S.withdraw(demo_ctx, fresh.skp_id)
    with pytest.raises(ServiceError, match="Hanya SKP yang diajukan"):
        S.approve(demo_ctx, fresh.skp_id)


def test_admin_may_approve_any_skp(demo_ctx: AppContext, fresh: Fresh) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input())
    S.submit(demo_ctx, fresh.skp_id)
    assert S.approve(demo_ctx, fresh.skp_id).status == "disetujui"


def test_revision_after_approval_makes_a_new_version(demo_ctx: AppContext) -> None:
    kasi_id, old_id, camat = approved_with_children(demo_ctx)
    with demo_ctx.read() as s:
        n_eval = len(s.scalars(select(Evaluasi).where(Evaluasi.skp_id == old_id)).all())
        old_rhk = [r.id for r in s.scalars(select(Rhk).where(Rhk.skp_id == old_id))]
        children_before = s.scalars(select(Rhk).where(Rhk.parent_rhk_id.in_(old_rhk))).all()
        n_children = len(children_before)
        parents_before = sorted(r.parent_rhk_id or 0 for r in s.scalars(select(Rhk).where(Rhk.skp_id == old_id)))
    assert n_eval > 0 and n_children > 0
    penilai = as_role(demo_ctx, Role.PENILAI, camat)
    new = S.revise(as_role(demo_ctx, Role.PEGAWAI, kasi_id), old_id, "Tambah RHK pengaduan")
    assert new.versi == 2 and new.status == "draft" and new.id != old_id
    o = S.get_skp(demo_ctx, old_id)
    assert o.status == "diganti" and o.pengganti_id == new.id
    assert [(r.teks, len(r.indikator)) for r in new.rhk] == [(r.teks, len(r.indikator)) for r in o.rhk]
    assert sorted(r.parent_rhk_id or 0 for r in new.rhk) == parents_before  # cascading links kept
    assert [p.ekspektasi_khusus for p in new.perilaku] == [p.ekspektasi_khusus for p in o.perilaku]
    assert new.lampiran_dukungan_sumber_daya == o.lampiran_dukungan_sumber_daya
    assert [v.versi for v in new.versi_lain] == [1, 2]
    with demo_ctx.read() as s:
        # evaluations stay on the version they were made on
        assert len(s.scalars(select(Evaluasi).where(Evaluasi.skp_id == old_id)).all()) == n_eval
        # subordinate RHK follow the version in force
        new_rhk = {r.id for r in s.scalars(select(Rhk).where(Rhk.skp_id == new.id))}
        moved = s.scalars(select(Rhk).where(Rhk.id.in_([c.id for c in children_before]))).all()
        assert {c.parent_rhk_id for c in moved} <= new_rhk
    assert _log(demo_ctx, old_id)[-1][:2] == ("disetujui", "diganti")
    # the old version is read-only, the new one goes through the workflow again
    with pytest.raises(ServiceError, match="sudah diganti"):
        S.save_rhk(demo_ctx, old_id, rhk_input())
    S.save_rhk(demo_ctx, new.id, rhk_input("Tertanganinya pengaduan masyarakat baru", parent=None))
    S.submit(demo_ctx, new.id)
    assert S.approve(penilai, new.id).status == "disetujui"
    assert S.current_skp_id(demo_ctx, kasi_id, 2026) == new.id


def test_cancelling_a_revision_restores_the_approved_version(demo_ctx: AppContext) -> None:
    _kasi, old_id, _camat = approved_with_children(demo_ctx)
    with demo_ctx.read() as s:
        old_rhk = [r.id for r in s.scalars(select(Rhk).where(Rhk.skp_id == old_id))]
        child_ids = [r.id for r in s.scalars(select(Rhk).where(Rhk.parent_rhk_id.in_(old_rhk)))]
    new = S.revise(demo_ctx, old_id)
    assert S.delete_skp(demo_ctx, new.id) == old_id
    o = S.get_skp(demo_ctx, old_id)
    assert o.status == "disetujui" and o.pengganti_id is None
    with demo_ctx.read() as s:
        assert {r.parent_rhk_id for r in s.scalars(select(Rhk).where(Rhk.id.in_(child_ids)))} <= set(old_rhk)
        assert s.get(Skp, new.id) is None


def test_delete_draft_and_refuse_delete_of_approved(demo_ctx: AppContext, fresh: Fresh) -> None:
    assert S.delete_skp(demo_ctx, fresh.skp_id) is None
    assert S.current_skp_id(demo_ctx, fresh.pegawai_id, 2026) is None
    approved = next(r for r in S.overview(demo_ctx, 2026).rows if r.status == "disetujui")
    with pytest.raises(ServiceError, match="sudah disetujui"):
        S.delete_skp(demo_ctx, approved.skp_id)


def test_snapshots_refresh_only_while_draft(demo_ctx: AppContext, fresh: Fresh) -> None:
    from asn_desktop.domain.roles import Permission

    with demo_ctx.write("uji.mutasi_jabatan", Permission.MASTER_WRITE) as uow:
        uow.session.get(Pegawai, fresh.pegawai_id).nama_jabatan = "Penata Layanan Operasional Ahli"
    d = S.get_skp(demo_ctx, fresh.skp_id)
    assert "pegawai: jabatan" in d.snapshot_berubah and d.pegawai.jabatan != "Penata Layanan Operasional Ahli"
    d = S.refresh_snapshots(demo_ctx, fresh.skp_id)
    assert d.pegawai.jabatan == "Penata Layanan Operasional Ahli" and d.snapshot_berubah == []
    approved = next(r for r in S.overview(demo_ctx, 2026).rows if r.status == "disetujui")
    with pytest.raises(ServiceError):
        S.refresh_snapshots(demo_ctx, approved.skp_id)


def test_change_penilai_resnapshots(demo_ctx: AppContext, fresh: Fresh) -> None:
    d = S.update_header(demo_ctx, fresh.skp_id, S.HeaderInput("kuantitatif", "non_jpt", fresh.atasan_atasan_id,
                                                              "Kupang, 5 Januari 2026",
                                                              alasan_penilai="Atasan langsung cuti panjang"))
    with demo_ctx.read() as s:
        assert s.get(Pegawai, fresh.atasan_atasan_id).nama in d.penilai.nama
    assert d.tempat_tanggal_ttd == "Kupang, 5 Januari 2026"
    with pytest.raises(ValidationError, match="tidak boleh pegawai itu sendiri"):
        S.update_header(demo_ctx, fresh.skp_id, S.HeaderInput("kuantitatif", "non_jpt", fresh.pegawai_id))


def test_reorder_rhk_and_indicators(demo_ctx: AppContext, fresh: Fresh) -> None:
    a = S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Pertama"))
    b = S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Kedua"))
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input("Tambahan", jenis="tambahan", n=1))
    S.move_rhk(demo_ctx, b.id, -1)
    d = S.get_skp(demo_ctx, fresh.skp_id)
    assert [(r.nomor, r.teks) for r in d.rhk] == [("A.1", "Kedua"), ("A.2", "Pertama"), ("B.1", "Tambahan")]
    S.move_rhk(demo_ctx, b.id, -1)  # already first: nothing happens
    S.move_indikator(demo_ctx, a.indikator[2].id, -2)
    assert [i.aspek for i in S.get_skp(demo_ctx, fresh.skp_id).rhk[1].indikator] == ["waktu", "kuantitas", "kualitas"]
    S.delete_indikator(demo_ctx, a.indikator[0].id)
    assert [i.urutan for i in S.get_skp(demo_ctx, fresh.skp_id).rhk[1].indikator] == [1, 2]
    S.delete_rhk(demo_ctx, b.id)
    assert [r.nomor for r in S.get_skp(demo_ctx, fresh.skp_id).rhk] == ["A.1", "B.1"]


def test_perilaku_and_lampiran(demo_ctx: AppContext, fresh: Fresh) -> None:
    d = S.update_perilaku(demo_ctx, fresh.skp_id, {"berorientasi_pelayanan": "Responsif terhadap pengaduan",
                                                   "loyal": "  "})
    assert d.perilaku[0].ekspektasi_khusus == "Responsif terhadap pengaduan"
    assert d.perilaku[4].ekspektasi_khusus == "-"
    with pytest.raises(ValidationError):
        S.update_perilaku(demo_ctx, fresh.skp_id, {"jujur": "x"})
    d = S.update_lampiran(demo_ctx, fresh.skp_id, "Anggaran DPA", "Laporan bulanan", "Teguran tertulis")
    assert (d.lampiran_dukungan_sumber_daya, d.lampiran_konsekuensi) == ("Anggaran DPA", "Teguran tertulis")


def test_bad_input_is_refused_and_leaves_nothing_behind(demo_ctx: AppContext, fresh: Fresh) -> None:
    for bad in (
        S.RhkInput(teks=""),
        S.RhkInput(teks="x" * 5000),
        S.RhkInput(teks="ok", jenis="penting"),
        S.RhkInput(teks="ok", indikator=[S.IndikatorInput(teks="i", target_min=float("nan"), satuan="x")]),
        S.RhkInput(teks="ok", indikator=[S.IndikatorInput(teks="i", aspek="kecepatan")]),
        S.RhkInput(teks="ok", indikator=[S.IndikatorInput(teks="")]),
    ):
        with pytest.raises(ValidationError):
            S.save_rhk(demo_ctx, fresh.skp_id, bad)
    assert S.get_skp(demo_ctx, fresh.skp_id).rhk == []
    with pytest.raises(ValidationError):
        S.create_skp(demo_ctx, fresh.atasan_id, 1899)
    with pytest.raises(ServiceError):
        S.update_lampiran(demo_ctx, fresh.skp_id, "x" * 20_000, "", "")
    # control characters from a paste are dropped
    r = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Laporan\x00 bulanan\x07", indikator=[]))
    assert r.teks == "Laporan bulanan"


def test_overview_counts_every_active_employee(demo_ctx: AppContext, fresh: Fresh) -> None:
    ov = S.overview(demo_ctx, 2026)
    totals = ov.totals()
    with demo_ctx.read() as s:
        n = len(s.scalars(select(Pegawai).where(Pegawai.status == "aktif")).all())
    assert sum(totals.values()) == n == sum(u.total for u in ov.units)
    with demo_ctx.read() as s:
        drafts = len(s.scalars(select(Skp).where(Skp.tahun == 2026, Skp.status == "draft")).all())
    assert totals["draft"] == drafts and totals.get("disetujui", 0) > 20
    row = next(r for r in ov.rows if r.pegawai_id == fresh.pegawai_id)
    assert row.status == "draft" and row.skp_id == fresh.skp_id
    assert S.overview(demo_ctx, 2030).totals() == {"belum": n}
    penilai = as_role(demo_ctx, Role.PENILAI, fresh.atasan_id)
    names = {r.pegawai_id for r in S.overview(penilai, 2026).rows}
    with demo_ctx.read() as s:
        subs = {p.id for p in s.scalars(select(Pegawai).where(Pegawai.atasan_id == fresh.atasan_id))}
    assert names == subs | {fresh.atasan_id}


def test_status_log_rows_are_written_with_existing_account_or_none(demo_ctx: AppContext, fresh: Fresh) -> None:
    with demo_ctx.read() as s:
        logs = s.scalars(select(SkpStatusLog).where(SkpStatusLog.skp_id == fresh.skp_id)).all()
    assert logs[0].user_id is None and logs[0].username == "penguji"  # the system actor has no account row
    from asn_desktop.services import akun

    admin = demo_ctx.as_actor(akun.buat_admin_pertama(demo_ctx, "kasubag", "sandi-kuat-2026"))
    S.save_rhk(admin, fresh.skp_id, rhk_input())
    S.submit(admin, fresh.skp_id)
    with demo_ctx.read() as s:
        newest = s.scalars(select(SkpStatusLog).where(SkpStatusLog.skp_id == fresh.skp_id)
                           .order_by(SkpStatusLog.id.desc())).first()
        account_id = s.scalar(select(Pengguna.id).where(Pengguna.username == "kasubag"))
    assert newest is not None and newest.ke_status == "diajukan"
    assert account_id is not None and newest.user_id == account_id and newest.username == "kasubag"


def test_bulk_submit_reports_incomplete_drafts(demo_ctx: AppContext, fresh: Fresh) -> None:
    drafts = [r.skp_id for r in S.overview(demo_ctx, 2026).rows if r.status == "draft"]
    assert fresh.skp_id in drafts
    res = S.bulk_submit(demo_ctx, drafts)
    assert len(res.diajukan) == len(drafts) - 1  # the fresh one has no RHK yet
    assert len(res.gagal) == 1 and "Rencana Hasil Kerja" in res.gagal[0]
    assert S.get_skp(demo_ctx, fresh.skp_id).status == "draft"
    assert {r.status for r in S.overview(demo_ctx, 2026).rows if r.skp_id in drafts and r.skp_id != fresh.skp_id} \
        == {"diajukan"}


def test_a_whole_year_from_nothing_to_approved_and_printed(demo_ctx: AppContext, tmp_path) -> None:
    """Operator prepares 2027 for the whole kecamatan, every supervisor approves their
    staff (the admin approves the Camat, whose penilai is outside the database), then
    all SKPs are printed."""
    operator = as_role(demo_ctx, Role.OPERATOR, name="operator")
    made = S.bulk_create(operator, None, 2027)
    ov = S.overview(demo_ctx, 2027)
    assert len(made.dibuat) == len(ov.rows) and ov.totals() == {"draft": len(ov.rows)}
    # drafts without content (no template for the jabatan) get one RHK first
    for r in ov.rows:
        if r.jumlah_rhk == 0:
            S.save_rhk(operator, r.skp_id, rhk_input())
    sub = S.bulk_submit(operator, [r.skp_id for r in ov.rows])
    assert sub.gagal == [] and len(sub.diajukan) == len(ov.rows)
    for r in S.overview(demo_ctx, 2027).rows:
        d = S.get_skp(demo_ctx, r.skp_id)
        who = (as_role(demo_ctx, Role.PENILAI, d.pejabat_penilai_id) if d.pejabat_penilai_id
               else demo_ctx)
        S.approve(who, r.skp_id)
    ov = S.overview(demo_ctx, 2027)
    assert ov.totals() == {"disetujui": len(ov.rows)}
    tree = S.cascade_tree(demo_ctx, 2027)
    assert tree.tanpa_skp == [] and sum(1 for _ in _all_nodes(tree.roots)) > len(ov.rows)
    res = S.bulk_pdf(demo_ctx, [r.skp_id for r in ov.rows], tmp_path / "2027")
    assert len(res.files) == len(ov.rows) and res.gagal == []


def _all_nodes(nodes):
    for n in nodes:
        yield n
        yield from _all_nodes(n.children)


@pytest.mark.parametrize("who", ["stranger_pegawai", "other_penilai"])
def test_outsiders_cannot_touch_any_transition(demo_ctx: AppContext, fresh: Fresh, who: str) -> None:
    S.save_rhk(demo_ctx, fresh.skp_id, rhk_input())
    with demo_ctx.read() as s:
        other = s.scalars(select(Pegawai.id).where(Pegawai.id.not_in(
            [fresh.pegawai_id, fresh.atasan_id, fresh.atasan_atasan_id or 0]))).first()
    role = Role.PEGAWAI if who == "stranger_pegawai" else Role.PENILAI
    outsider = as_role(demo_ctx, role, other)
    with pytest.raises(PermissionDenied):
        S.submit(outsider, fresh.skp_id)
    S.submit(demo_ctx, fresh.skp_id)
    for op in (S.withdraw, S.approve):
        with pytest.raises(PermissionDenied):
            op(outsider, fresh.skp_id)
    with pytest.raises(PermissionDenied):
        S.return_skp(outsider, fresh.skp_id, "alasan cukup panjang")
    S.approve(as_role(demo_ctx, Role.PENILAI, fresh.atasan_id), fresh.skp_id)
    with pytest.raises(PermissionDenied):
        S.revise(outsider, fresh.skp_id)
    # the owner may start the revision, an operator too
    assert S.revise(as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id), fresh.skp_id).versi == 2
    with demo_ctx.read() as s:
        assert s.get(Skp, fresh.skp_id).status == "diganti"
