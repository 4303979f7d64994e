"""Evaluation meetings in the database: who runs them, agenda from the data, notes, follow-ups, minutes."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from asn_desktop.db.models import AuditLog, Periode, UnitKerja
from asn_desktop.domain.enums import Role
from asn_desktop.services import rapat
from asn_desktop.services.changes import Change, changes_of
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


def as_role(ctx: AppContext, role: Role, pegawai_id: int | None = None) -> AppContext:
    return ctx.as_actor(Actor(900 + (pegawai_id or 0), f"{role.value}{pegawai_id or ''}", role, pegawai_id=pegawai_id))


def unit_and_period(ctx: AppContext) -> tuple[UnitKerja, int]:
    with ctx.read() as s:
        unit = s.scalars(select(UnitKerja).where(UnitKerja.parent_id.isnot(None), UnitKerja.kepala_id.isnot(None))
                         .order_by(UnitKerja.id)).first()
        per = s.scalars(select(Periode).where(Periode.jenis == "periodik").order_by(Periode.urutan)).first()
        assert unit is not None and per is not None
        return unit, per.id


def new_meeting(ctx: AppContext) -> tuple[rapat.RapatInfo, AppContext, list[int]]:
    unit, per = unit_and_period(ctx)
    leader = as_role(ctx, Role.PENILAI, unit.kepala_id)
    peserta = [k.pegawai_id for k in rapat.kandidat_peserta(leader, unit.id)][:4]
    assert peserta[0] == unit.kepala_id  # the head comes first
    info = rapat.buat_rapat(leader, rapat.RapatInput("Rapat evaluasi TW I", per, date(2026, 4, 8), unit.id,
                                                     "09.00 WITA", "Aula", unit.kepala_id, peserta[-1], peserta))
    return info, leader, peserta


def test_leader_runs_meeting_participant_sees_only_own_notes(demo_ctx: AppContext) -> None:
    info, leader, peserta = new_meeting(demo_ctx)
    assert info.boleh_kelola and info.jumlah_peserta == 4 and info.unit_nama
    catatan = [rapat.CatatanPeserta(pid, "hadir" if i != 2 else "izin", f"baik {i}", f"tantangan {i}", f"solusi {i}")
               for i, pid in enumerate(peserta)]
    det = rapat.simpan_catatan(leader, info.id, catatan, kesimpulan="Lanjutkan.", selesai=True,
                               version_id=info.version_id)
    assert det.info.jumlah_hadir == 3 and det.info.status == "selesai" and det.kesimpulan == "Lanjutkan."
    tl = rapat.tambah_tindak_lanjut(leader, info.id, peserta[1], "Unggah bukti dukung", date(2026, 4, 30))
    rapat.tambah_tindak_lanjut(leader, info.id, peserta[2], "Perbaiki jadwal loket", date(2026, 5, 15))

    me = as_role(demo_ctx, Role.PEGAWAI, peserta[1])
    seen = rapat.detail_rapat(me, info.id)
    assert not seen.info.boleh_kelola and seen.kesimpulan == ""
    own = [p for p in seen.peserta if p.pegawai_id == peserta[1]][0]
    other = [p for p in seen.peserta if p.pegawai_id == peserta[2]][0]
    assert own.tantangan == "tantangan 1" and other.tantangan == "" and not other.catatan_terlihat
    assert [t.uraian for t in seen.tindak_lanjut] == ["Unggah bukti dukung"]  # not the other person's
    assert info.id in [r.id for r in rapat.daftar_rapat(me)]
    with pytest.raises(PermissionDenied):
        rapat.simpan_catatan(me, info.id, catatan[:1])
    with pytest.raises(PermissionDenied):
        rapat.tutup_tindak_lanjut(me, tl.id, "selesai")
    outsider = as_role(demo_ctx, Role.PEGAWAI, next(i for i in range(1, 40) if i not in peserta))
    with pytest.raises(PermissionDenied):
        rapat.detail_rapat(outsider, info.id)
    assert info.id not in [r.id for r in rapat.daftar_rapat(outsider)]
    # a Penilai who does not lead the unit cannot create one for it
    unit, per = unit_and_period(demo_ctx)
    with pytest.raises(PermissionDenied, match="pimpinan unit"):
        rapat.buat_rapat(as_role(demo_ctx, Role.PENILAI, peserta[1]),
                         rapat.RapatInput("x", per, date(2026, 4, 8), unit.id, peserta=peserta))


def test_follow_ups_stay_open_until_closed_with_audit(demo_ctx: AppContext) -> None:
    info, leader, peserta = new_meeting(demo_ctx)
    tl = rapat.tambah_tindak_lanjut(leader, info.id, peserta[1], "Unggah bukti dukung", date(2026, 4, 30))
    assert tl.terbuka and tl.terlambat(date(2026, 5, 1)) and not tl.terlambat(date(2026, 4, 30))
    me = as_role(demo_ctx, Role.PEGAWAI, peserta[1])
    def mine(rows: list[rapat.TindakLanjutInfo]) -> list[rapat.TindakLanjutInfo]:
        return [t for t in rows if t.rapat_id == info.id]  # the demo's own meeting has follow-ups too

    assert [t.id for t in mine(rapat.tindak_lanjut_rapat_pegawai(me, peserta[1]))] == [tl.id]
    assert [t.id for t in mine(rapat.daftar_tindak_lanjut(leader))] == [tl.id]

    closed = rapat.tutup_tindak_lanjut(leader, tl.id, "Sudah diunggah", version_id=tl.version_id)
    assert closed.status == "selesai" and closed.ditutup_oleh == leader.actor.username
    assert mine(rapat.tindak_lanjut_rapat_pegawai(me, peserta[1])) == []
    assert [t.status for t in mine(rapat.tindak_lanjut_rapat_pegawai(me, peserta[1], hanya_terbuka=False))] == [
        "selesai"]
    assert mine(rapat.daftar_tindak_lanjut(leader)) == []
    with pytest.raises(ServiceError, match="sudah ditutup"):
        rapat.tutup_tindak_lanjut(leader, tl.id)
    with demo_ctx.read() as s:
        aksi = [a for a, in s.execute(select(AuditLog.aksi).where(AuditLog.entitas == "tindak_lanjut_rapat"))]
    assert aksi == ["rapat.tindak_lanjut_tambah", "rapat.tindak_lanjut_tutup"]
    with pytest.raises(ServiceError, match="tidak dapat dihapus"):
        rapat.hapus_rapat(leader, info.id)  # agreed actions are records
    for aksi_ in ("rapat.buat", "rapat.catatan", "rapat.tindak_lanjut_tutup", "pembinaan.simpan"):
        assert changes_of(aksi_) == Change.RAPAT | Change.AUDIT


def test_bad_input_saves_nothing(demo_ctx: AppContext) -> None:
    info, leader, peserta = new_meeting(demo_ctx)
    with pytest.raises(ValidationError) as exc:
        rapat.simpan_catatan(leader, info.id, [rapat.CatatanPeserta(peserta[0], "hadir", "ok"),
                                               rapat.CatatanPeserta(peserta[1], "libur")])
    assert "kehadiran \"libur\" tidak dikenal" in str(exc.value.problems[0].message)
    assert all(p.kehadiran is None for p in rapat.detail_rapat(leader, info.id).peserta)
    with pytest.raises(ValidationError) as exc:
        rapat.tambah_tindak_lanjut(leader, info.id, peserta[0], "  ", date(2026, 1, 1))
    msgs = " ".join(p.message for p in exc.value.problems)
    assert "wajib diisi" in msgs and "sebelum tanggal rapat" in msgs
    unit, per = unit_and_period(demo_ctx)
    with pytest.raises(ValidationError, match="belum dapat disimpan"):
        rapat.buat_rapat(leader, rapat.RapatInput("", per, date(2026, 4, 8), unit.id, peserta=[]))
    assert [r.id for r in rapat.daftar_rapat(leader)].count(info.id) == 1 and len(rapat.daftar_rapat(leader)) == 2


def test_agenda_from_data_and_minutes_pdf(demo_ctx: AppContext, tmp_path: Path) -> None:
    info, leader, peserta = new_meeting(demo_ctx)
    rapat.simpan_catatan(leader, info.id, [rapat.CatatanPeserta(peserta[1], "hadir", "Target tercapai",
                                                                "Antrean", "Loket tambahan")])
    rapat.tambah_tindak_lanjut(leader, info.id, peserta[1], "Susun jadwal loket", date(2026, 4, 30))
    agenda = rapat.agenda_rapat(leader, info.id)
    assert [a.pegawai_id for a in agenda] == peserta
    a = agenda[1]
    assert a.indikator and a.realisasi_terisi > 0 and a.predikat_terlihat and a.predikat is not None
    assert any(i.capaian_persen is not None for i in a.indikator)
    assert "Susun jadwal loket" in [t.uraian for t in a.tindak_lanjut_terbuka] and a.tantangan == "Antrean"
    with pytest.raises(PermissionDenied):
        rapat.agenda_rapat(as_role(demo_ctx, Role.PEGAWAI, peserta[1]), info.id)

    out = rapat.cetak_notulen(leader, info.id, tmp_path / "notulen.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "NOTULEN RAPAT EVALUASI KINERJA" in text and "DAFTAR HADIR" in text
    assert "Susun jadwal loket" in text and "Loket tambahan" in text and "Pimpinan Rapat" in text
    with pytest.raises(PermissionDenied):
        rapat.cetak_notulen(as_role(demo_ctx, Role.PEGAWAI, peserta[1]), info.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_demo_has_a_past_meeting(demo_ctx: AppContext) -> None:
    rows = rapat.daftar_rapat(demo_ctx)
    assert len(rows) == 1 and rows[0].status == "selesai" and rows[0].jumlah_hadir >= 3
    semua = rapat.daftar_tindak_lanjut(demo_ctx, hanya_terbuka=False)
    assert {t.status for t in semua} == {"terbuka", "selesai"}
