"""Helpers for the evaluation tests: a small hand-built office (unique module name, importable from tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from asn_desktop.db.models import (
    Indikator,
    Pegawai,
    PerilakuSkp,
    Rhk,
    Skp,
    UnitKerja,
)
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.enums import Predikat, Rating, Role, SkemaPeriode, StatusSkp
from asn_desktop.services import periode as per
from asn_desktop.services.context import Actor, AppContext

#: Ratings that give each predikat (PermenPANRB 6/2022 matrix).
RATINGS_FOR: dict[Predikat, tuple[Rating, Rating]] = {
    Predikat.SANGAT_BAIK: (Rating.DI_ATAS, Rating.DI_ATAS),
    Predikat.BAIK: (Rating.SESUAI, Rating.SESUAI),
    Predikat.BUTUH_PERBAIKAN: (Rating.DI_BAWAH, Rating.SESUAI),
    Predikat.KURANG: (Rating.SESUAI, Rating.DI_BAWAH),
    Predikat.SANGAT_KURANG: (Rating.DI_BAWAH, Rating.DI_BAWAH),
}


@dataclass
class Kantor:
    """A unit with a head and ``n`` staff, each with an approved SKP 2026; TW I open."""

    ctx: AppContext
    unit_id: int
    kepala_id: int
    staf: list[int]  # pegawai ids
    skp: dict[int, int]  # pegawai id -> skp id
    indikator: dict[int, list[int]]  # skp id -> indikator ids
    tahun: per.TahunInfo
    tw1: int
    tahunan: int

    def as_role(self, role: Role, pegawai_id: int | None, username: str = "u") -> AppContext:
        return self.ctx.as_actor(Actor(1, username, role, pegawai_id, username))


def build_kantor(ctx: AppContext, n: int = 10, *, jf: bool = False) -> Kantor:
    with ctx.write("uji.buat") as uow:
        s = uow.session
        unit = UnitKerja(nama="Seksi Uji", jenis="seksi")
        s.add(unit)
        s.flush()
        kepala = Pegawai(nama="Kepala Seksi Uji", nip="198001012005011001", golongan="III/d", unit_id=unit.id,
                         nama_jabatan="Kepala Seksi Uji", jenis_jabatan="pengawas")
        s.add(kepala)
        s.flush()
        unit.kepala_id = kepala.id
        staf, skps, inds = [], {}, {}
        for i in range(n):
            p = Pegawai(nama=f"Staf {i + 1:02d}", nip=f"1990010120150110{i + 10:02d}", golongan="III/a",
                        unit_id=unit.id, atasan_id=kepala.id, nama_jabatan="Analis Kebijakan Ahli Pertama" if jf
                        else "Pengelola Umum Operasional",
                        jenis_jabatan="fungsional_keahlian" if jf else "pelaksana",
                        jenjang="ahli_pertama" if jf else None)
            s.add(p)
            s.flush()
            skp = Skp(pegawai_id=p.id, tahun=2026, status=StatusSkp.DISETUJUI.value, periode_mulai=date(2026, 1, 1),
                      periode_selesai=date(2026, 12, 31), pejabat_penilai_id=kepala.id, pegawai_nama=p.nama,
                      pegawai_nip=p.nip, penilai_nama=kepala.nama, penilai_nip=kepala.nip, instansi="Pemerintah Uji")
            rhk = Rhk(jenis="utama", urutan=1, teks=f"Terlaksananya tugas uji {i + 1}")
            rhk.indikator = [
                Indikator(urutan=1, aspek="kuantitas", teks="Jumlah laporan", target_min=12, satuan="laporan"),
                Indikator(urutan=2, aspek="kualitas", teks="Persentase laporan tanpa revisi", target_min=90,
                          satuan="%"),
            ]
            skp.rhk = [rhk]
            skp.perilaku = [PerilakuSkp(nomor=b.nomor, kode=b.kode, ekspektasi_khusus="-") for b in BERAKHLAK]
            s.add(skp)
            s.flush()
            staf.append(p.id)
            skps[p.id] = skp.id
            inds[skp.id] = [x.id for x in rhk.indikator]
        unit_id, kepala_id = unit.id, kepala.id
    tahun = per.buat_tahun(ctx, 2026, SkemaPeriode.TRIWULANAN)
    tw1 = tahun.periodik[0].id
    per.buka_periode(ctx, tw1)
    return Kantor(ctx, unit_id, kepala_id, staf, skps, inds, per.get_tahun(ctx, 2026), tw1, tahun.tahunan.id)


def isi_realisasi(ctx: AppContext, evaluasi_id: int, indikator_ids: list[int], teks: str = "Sesuai target") -> None:
    """Record a realisasi on every indicator (finalisation refuses empty ones)."""
    from asn_desktop.services import evaluasi as ev

    ev.save_realisasi(ctx, evaluasi_id, [ev.RealisasiInput(i, None, teks, 12) for i in indikator_ids])
