"""Pembinaan kinerja: coaching sessions (bimbingan kinerja) and their printed forms.

PermenPANRB 6/2022 Pasal 5 puts pembinaan kinerja between planning and evaluation: the
pejabat penilai coaches the employee along the year and records it; the Lampiran gives
forms for the feedback of a coaching session and for evaluating the employee's
competencies (reports/rapat_pdf.py). Who may record: admin, the employee's pejabat
penilai, or a leader of his unit (services/scope.boleh_kelola_bimbingan); the employee
reads his own sessions. Every write is one audited transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import BimbinganKinerja, Pegawai, Periode, UnitKerja
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, Problems
from asn_desktop.services.rapat import MAKS_TEKS

KOMPETENSI_KUNCI = ("kompetensi", "standar", "kondisi", "rekomendasi")


@dataclass(frozen=True)
class BimbinganInfo:
    id: int
    pegawai_id: int
    pegawai_nama: str
    pembimbing_id: int | None
    pembimbing_nama: str
    periode_id: int | None
    periode_label: str
    tanggal: date
    tempat: str
    topik: str
    catatan: str
    umpan_balik: str
    tindak_lanjut: str
    kompetensi: tuple[dict[str, str], ...]
    version_id: int
    boleh_ubah: bool


@dataclass
class BimbinganInput:
    pegawai_id: int
    tanggal: date
    topik: str
    pembimbing_id: int | None = None
    periode_id: int | None = None
    tempat: str = ""
    catatan: str = ""
    umpan_balik: str = ""
    tindak_lanjut: str = ""
    kompetensi: list[dict[str, str]] = field(default_factory=list)


def _sasaran(s: Session, pegawai_id: int) -> tuple[scope.Sasaran, int | None]:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai tidak ditemukan.")))
    return scope.dari_pegawai(p.id, p.atasan_id, p.nama), p.unit_id


def _boleh_ubah(s: Session, actor: Actor, pegawai_id: int, units: scope.UnitTree) -> bool:
    t, unit_id = _sasaran(s, pegawai_id)
    return scope.boleh_kelola_bimbingan(actor, t, unit_id, units)


def _nama(p: Pegawai | None) -> str:
    return format_nama(p.gelar_depan, p.nama, p.gelar_belakang) if p is not None else ""


def _info(s: Session, b: BimbinganKinerja, boleh: bool) -> BimbinganInfo:
    per = s.get(Periode, b.periode_id) if b.periode_id else None
    return BimbinganInfo(
        b.id, b.pegawai_id, _nama(s.get(Pegawai, b.pegawai_id)), b.pembimbing_id,
        _nama(s.get(Pegawai, b.pembimbing_id)) if b.pembimbing_id else "", b.periode_id,
        f"{per.nama} {per.tahun_kinerja.tahun}" if per else "", b.tanggal, b.tempat or "", b.topik, b.catatan or "",
        b.umpan_balik or "", b.tindak_lanjut or "",
        tuple({k: str(x.get(k, "") or "") for k in KOMPETENSI_KUNCI} for x in (b.kompetensi or [])),
        b.version_id, boleh,
    )


def kandidat_pegawai(ctx: AppContext) -> list[tuple[int, str, str]]:
    """(id, name, jabatan) of the active employees the actor may record coaching for."""
    with ctx.read() as s:
        units = scope.unit_tree(s)
        out = []
        for p in s.scalars(select(Pegawai).where(Pegawai.status == "aktif").order_by(Pegawai.nama)):
            if scope.boleh_kelola_bimbingan(ctx.actor, scope.dari_pegawai(p.id, p.atasan_id), p.unit_id, units):
                out.append((p.id, _nama(p), p.nama_jabatan or ""))
        return out


def daftar_bimbingan(ctx: AppContext, pegawai_id: int | None = None) -> list[BimbinganInfo]:
    """Coaching sessions the actor may see (his own, those he may record), newest first."""
    actor = ctx.actor
    with ctx.read() as s:
        units = scope.unit_tree(s)
        q = select(BimbinganKinerja).order_by(BimbinganKinerja.tanggal.desc(), BimbinganKinerja.id.desc())
        if pegawai_id is not None:
            q = q.where(BimbinganKinerja.pegawai_id == pegawai_id)
        out = []
        for b in s.scalars(q):
            boleh = _boleh_ubah(s, actor, b.pegawai_id, units)
            if boleh or scope.sendiri(actor, b.pegawai_id) or scope.sendiri(actor, b.pembimbing_id or -1):
                out.append(_info(s, b, boleh))
        return out


def get_bimbingan(ctx: AppContext, bimbingan_id: int) -> BimbinganInfo:
    with ctx.read() as s:
        b = s.get(BimbinganKinerja, bimbingan_id)
        if b is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Catatan bimbingan tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
            ))
        boleh = _boleh_ubah(s, ctx.actor, b.pegawai_id, scope.unit_tree(s))
        if not (boleh or scope.sendiri(ctx.actor, b.pegawai_id) or scope.sendiri(ctx.actor, b.pembimbing_id or -1)):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat catatan bimbingan ini."),
            ))
        return _info(s, b, boleh)


def _periksa(s: Session, data: BimbinganInput) -> tuple[Problems, list[dict[str, str]]]:
    p = Problems()
    if not (data.topik or "").strip():
        p.error("topik", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Topik bimbingan wajib diisi.")))
    for label, v in ((QT_TRANSLATE_NOOP("Pesan", "Topik"), data.topik), (QT_TRANSLATE_NOOP("Pesan", "Catatan"), data.catatan), (QT_TRANSLATE_NOOP("Pesan", "Umpan balik"), data.umpan_balik),
                     (QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut"), data.tindak_lanjut)):
        if len((v or "").strip()) > MAKS_TEKS:
            p.error(label, Msg.of(QT_TRANSLATE_NOOP("Pesan", "{label} terlalu panjang (paling banyak {maks_teks} karakter)."), label=Msg(label), maks_teks=MAKS_TEKS))
    if data.pembimbing_id is not None and s.get(Pegawai, data.pembimbing_id) is None:
        p.error("pembimbing", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pembimbing tidak ditemukan.")))
    if data.pembimbing_id == data.pegawai_id:
        p.error("pembimbing", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pembimbing tidak boleh pegawai yang dibimbing sendiri.")))
    if data.periode_id is not None and s.get(Periode, data.periode_id) is None:
        p.error("periode", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode tidak ditemukan.")))
    rows = []
    for i, k in enumerate(data.kompetensi, 1):
        row = {key: str(k.get(key, "") or "").strip()[:MAKS_TEKS] for key in KOMPETENSI_KUNCI}
        if not any(row.values()):
            continue
        if not row["kompetensi"]:
            p.error("kompetensi", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Baris kompetensi {baris}: nama kompetensi wajib diisi."), baris=i))
        rows.append(row)
    return p, rows


def simpan_bimbingan(ctx: AppContext, data: BimbinganInput, bimbingan_id: int | None = None, *,
                     version_id: int | None = None) -> BimbinganInfo:
    """Record a new coaching session or change one (the pembimbing defaults to the actor)."""
    with ctx.write("pembinaan.simpan") as uow:
        s = uow.session
        units = scope.unit_tree(s)
        if not _boleh_ubah(s, ctx.actor, data.pegawai_id, units):
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mencatat bimbingan kinerja pegawai ini: hanya pejabat penilainya, pimpinan unitnya dan admin."),
                    username=ctx.actor.username,
                ))
        if data.pembimbing_id is None:
            data.pembimbing_id = ctx.actor.pegawai_id
        p, komp = _periksa(s, data)
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Catatan bimbingan belum dapat disimpan.")))
        if bimbingan_id is None:
            b = BimbinganKinerja()
            before = None
            s.add(b)
        else:
            b = s.get(BimbinganKinerja, bimbingan_id)
            if b is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Catatan bimbingan tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
                ))
            if not _boleh_ubah(s, ctx.actor, b.pegawai_id, units):
                raise PermissionDenied(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak mengubah catatan bimbingan ini."),
                ))
            uow.expect_version(b, version_id, "Catatan bimbingan ini")
            before = row_dict(b)
        b.pegawai_id, b.pembimbing_id, b.periode_id = data.pegawai_id, data.pembimbing_id, data.periode_id
        b.tanggal, b.tempat, b.topik = data.tanggal, (data.tempat or "").strip()[:200] or None, data.topik.strip()
        b.catatan = (data.catatan or "").strip() or None
        b.umpan_balik = (data.umpan_balik or "").strip() or None
        b.tindak_lanjut = (data.tindak_lanjut or "").strip() or None
        b.kompetensi = komp or None
        uow.audit_change(b, before, f"Bimbingan kinerja: {b.topik[:80]}")
        s.flush()
        return _info(s, b, True)


def hapus_bimbingan(ctx: AppContext, bimbingan_id: int) -> None:
    with ctx.write("pembinaan.hapus") as uow:
        s = uow.session
        b = s.get(BimbinganKinerja, bimbingan_id)
        if b is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Catatan bimbingan tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
            ))
        if not _boleh_ubah(s, ctx.actor, b.pegawai_id, scope.unit_tree(s)):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak menghapus catatan bimbingan ini."),
            ))
        uow.audit("bimbingan_kinerja", b.id, f"Bimbingan kinerja dihapus: {b.topik[:80]}", row_dict(b), None)
        s.delete(b)


# --------------------------------------------------------------------------- printed forms


def _formulir(ctx: AppContext, bimbingan_id: int) -> Any:
    from asn_desktop.domain.nip import format_nip
    from asn_desktop.domain.tanggal import format_tanggal
    from asn_desktop.reports.rapat_pdf import BarisKompetensi, FormulirBimbingan, Orang
    from asn_desktop.services.pegawai import pangkat_text
    from asn_desktop.services.settings import get_office

    b = get_bimbingan(ctx, bimbingan_id)
    office = get_office(ctx)
    with ctx.read() as s:
        def orang(pid: int | None) -> Orang:
            p = s.get(Pegawai, pid) if pid else None
            if p is None:
                return Orang("", "", "", "", "")
            u = s.get(UnitKerja, p.unit_id) if p.unit_id else None
            return Orang(_nama(p), format_nip(p.nip) if p.nip else "", pangkat_text(p.golongan),
                         p.nama_jabatan or "", u.nama if u else office.nama_kantor)

        per = s.get(Periode, b.periode_id) if b.periode_id else None
        periode = (f"{format_tanggal(per.tanggal_mulai)} s.d. {format_tanggal(per.tanggal_selesai)}" if per
                   else format_tanggal(b.tanggal))
        pegawai, pembimbing = orang(b.pegawai_id), orang(b.pembimbing_id)
    return FormulirBimbingan(
        instansi=office.instansi or office.nama_kantor, periode=periode, pegawai=pegawai, pembimbing=pembimbing,
        tanggal=format_tanggal(b.tanggal), tempat=b.tempat, topik=b.topik, catatan=b.catatan,
        umpan_balik=b.umpan_balik, tindak_lanjut=b.tindak_lanjut,
        kompetensi=[BarisKompetensi(k["kompetensi"], k["standar"], k["kondisi"], k["rekomendasi"])
                    for k in b.kompetensi],
        tempat_tanggal=f"{office.kota_ttd}, {format_tanggal(b.tanggal)}" if office.kota_ttd
        else format_tanggal(b.tanggal),
    )


def _tulis(render: Any, model: Any, out: str | Path) -> Path:
    path = Path(out)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        render(model, tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def cetak_umpan_balik(ctx: AppContext, bimbingan_id: int, out: str | Path) -> Path:
    """The umpan balik pelaksanaan bimbingan kinerja form as PDF (atomically)."""
    from asn_desktop.reports.rapat_pdf import render_umpan_balik_bimbingan

    return _tulis(render_umpan_balik_bimbingan, _formulir(ctx, bimbingan_id), out)


def cetak_evaluasi_kompetensi(ctx: AppContext, bimbingan_id: int, out: str | Path) -> Path:
    """The evaluasi kompetensi pegawai form as PDF (atomically)."""
    from asn_desktop.reports.rapat_pdf import render_evaluasi_kompetensi

    return _tulis(render_evaluasi_kompetensi, _formulir(ctx, bimbingan_id), out)


# --------------------------------------------------------------------------- demo data


def tambah_demo_pembinaan(s: Session, tahun: int) -> None:
    """The demo's past evaluation meeting and one coaching session of a participant, in the
    demo's own transaction."""
    from asn_desktop.db.models import PesertaRapat
    from asn_desktop.services.rapat import tambah_demo_rapat

    r = tambah_demo_rapat(s, tahun)
    if r is None:
        return
    s.flush()
    ids = [pid for pid, in s.execute(select(PesertaRapat.pegawai_id).where(PesertaRapat.rapat_id == r.id)
                                     .order_by(PesertaRapat.urutan))]
    if len(ids) < 2:
        return
    s.add(BimbinganKinerja(
        pegawai_id=ids[2] if len(ids) > 2 else ids[1], pembimbing_id=r.pimpinan_id, periode_id=r.periode_id,
        tanggal=date.fromordinal(r.tanggal.toordinal() + 7), tempat="Ruang Kepala Seksi",
        topik="Kelengkapan bukti dukung realisasi triwulan",
        catatan="Bukti dukung kegiatan bulan kedua dan ketiga belum diunggah; sebagian masih berupa foto di ponsel.",
        umpan_balik="Realisasi sudah sesuai target; kelemahannya pada dokumentasi. Biasakan mengunggah bukti "
                    "pada minggu pertama setiap bulan.",
        tindak_lanjut="Pendampingan penggunaan aplikasi dan pemindaian dokumen; dipantau pada rapat berikutnya.",
        kompetensi=[
            {"kompetensi": "Pengelolaan arsip dan dokumen (teknis)", "standar": "Level 2",
             "kondisi": "Level 1: arsip belum tertata", "rekomendasi": "Bimbingan teknis kearsipan 8 JP"},
            {"kompetensi": "Orientasi pada hasil (manajerial)", "standar": "Level 2", "kondisi": "Sesuai standar",
             "rekomendasi": "Pertahankan"},
        ],
    ))
