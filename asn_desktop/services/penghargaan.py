"""Piagam Penghargaan: certificates for the award candidates, recorded in the award history.

Recognition is the follow-up of a Sangat Baik record (Pasal 5 PermenPANRB 6/2022, tindak lanjut
hasil evaluasi kinerja: penghargaan; kinerja-asn.md §2, §10). One operation issues one or many:

- each certificate takes the next number of the office sequence (``nomor_urut``), formatted by the
  ``piagam.format_nomor`` setting ("800/{no}/KEC/{tahun}"); the increment happens inside the
  unit of work that records the certificate, so a failed or cancelled issue consumes no number
  and an issued number is never handed out again (a number already used in the award history,
  e.g. typed in by hand, is skipped);
- the certificate is recorded in the employee's :class:`RiwayatPenghargaan` with that number and
  a snapshot of everything printed, so a reprint shows what was issued whatever was edited later;
- the PDF is written inside the same unit of work: if it cannot be written, nothing is issued.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import NomorUrut, Pegawai, RiwayatPenghargaan, UnitKerja
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.piagam import DataPiagam
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.fileio import write_atomic
from asn_desktop.options import LOGO_KANTOR, PIAGAM_FORMAT_NOMOR
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from asn_desktop.services import scope
from asn_desktop.services.settings import OfficeInfo, get_office, get_option, set_option
from asn_desktop.services.tindak_lanjut import BarisKandidat

JENIS_NOMOR = "piagam"
MAX_PRESTASI = 300
NAMA_PENGHARGAAN = "Piagam Penghargaan Kinerja"
MAX_LOGO_BYTES = 200_000  # a 24 mm print logo needs no more; the snapshot of every certificate keeps it
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_BOLEH = {"no", "tahun"}

_ANGKA = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
          "sebelas", "dua belas")


def terbilang(n: int) -> str:
    """Small counts in words, as certificates write them ("dua periode")."""
    return _ANGKA[n] if 0 <= n < len(_ANGKA) else str(n)


def _panjang(label: str) -> str:
    return label.replace("TW ", "Triwulan ").replace("Smt ", "Semester ")


def prestasi_kandidat(b: BarisKandidat) -> str:
    """The achievement in words, from the candidate's run of Sangat Baik periods or years."""
    parts = []
    for bagian in b.dasar.split("; "):
        m = re.match(r"Sangat Baik (\d+) (periode|tahun) berturut-turut \((.*)\)$", bagian)
        if not m:
            parts.append(bagian)
            continue
        n, satuan, isi = int(m.group(1)), m.group(2), m.group(3)
        rentang = _panjang(isi).replace(" – ", " sampai dengan ")
        parts.append(f"Predikat Kinerja SANGAT BAIK selama {terbilang(n)} {satuan} berturut-turut ({rentang})")
    return "; ".join(parts)


# --------------------------------------------------------------------------- settings


def validasi_format_nomor(fmt: str) -> str:
    fmt = (fmt or "").strip()
    names = set(_PLACEHOLDER.findall(fmt))
    if "no" not in names:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Format nomor piagam harus memuat {{no}} (nomor urut kantor), mis. 800/{{no}}/KEC/{{tahun}}."),
        ))
    if names - _BOLEH:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Format nomor piagam hanya boleh memuat {{no}} dan {{tahun}}; tidak dikenal: {daftar}."),
            daftar=", ".join("{" + n + "}" for n in sorted(names - _BOLEH)),
        ))
    if len(fmt) > 80:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Format nomor piagam paling panjang 80 karakter.")))
    return fmt


def format_nomor(fmt: str, no: int, tahun: int) -> str:
    return validasi_format_nomor(fmt).replace("{no}", str(no)).replace("{tahun}", str(tahun))


def get_format_nomor(ctx: AppContext) -> str:
    return get_option(ctx, PIAGAM_FORMAT_NOMOR)


def set_format_nomor(ctx: AppContext, fmt: str) -> str:
    """Admin changes the number format; the sequence itself continues (numbers are never reused)."""
    return set_option(ctx, PIAGAM_FORMAT_NOMOR, validasi_format_nomor(fmt))


def get_logo(ctx: AppContext) -> bytes | None:
    raw = get_option(ctx, LOGO_KANTOR)
    try:
        return base64.b64decode(raw, validate=True) if raw else None
    except ValueError:
        return None


def set_logo(ctx: AppContext, path: str | os.PathLike[str] | None) -> None:
    """Store the office logo (PNG or JPEG file) printed in certificate headers; None removes it."""
    if path is None:
        from asn_desktop.services.settings import set_setting

        set_setting(ctx, LOGO_KANTOR.key, None)
        return
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas logo {name} tidak dapat dibaca: {sebab}."),
            name=p.name, sebab=exc.strerror or exc,
        )) from None
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas logo {name} bukan gambar PNG atau JPEG."),
            name=p.name,
        ))
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas logo {name} terlalu besar ({ukuran} KB); paling besar {maks} KB."),
            name=p.name, ukuran=len(data) // 1000, maks=MAX_LOGO_BYTES // 1000,
        ))
    set_option(ctx, LOGO_KANTOR, base64.b64encode(data).decode("ascii"))


# --------------------------------------------------------------------------- issuing


@dataclass(frozen=True)
class PermintaanPiagam:
    """One certificate to issue: for whom, for which year, for what (in words)."""

    pegawai_id: int
    tahun: int
    prestasi: str


def permintaan_dari_kandidat(rows: Sequence[BarisKandidat], tahun: int) -> list[PermintaanPiagam]:
    return [PermintaanPiagam(r.pegawai.pegawai_id, tahun, prestasi_kandidat(r)) for r in rows]


@dataclass(frozen=True)
class PiagamTerbit:
    riwayat_id: int
    pegawai_id: int
    nomor: str
    tanggal: date | None
    tahun: int
    nama: str
    nip: str
    prestasi: str


@dataclass(frozen=True)
class HasilPiagam:
    path: Path | None
    terbit: list[PiagamTerbit]
    dilewati: list[str]  # "Nama: sudah menerima piagam 800/3/KEC/2026 untuk prestasi ini"

    @property
    def pesan(self) -> str:
        msg = f"{len(self.terbit)} piagam penghargaan diterbitkan"
        if self.terbit:
            msg += f" (nomor {self.terbit[0].nomor}" + (f" s.d. {self.terbit[-1].nomor})" if len(self.terbit) > 1
                                                        else ")")
        msg += "."
        if self.dilewati:
            msg += f" {len(self.dilewati)} dilewati: " + "; ".join(self.dilewati)
        return msg


def _camat(s: Session) -> Pegawai | None:
    """The Camat: head of the top unit (the signatory of the office's documents)."""
    kepala = s.scalar(select(UnitKerja.kepala_id).where(UnitKerja.parent_id.is_(None), UnitKerja.kepala_id.isnot(None))
                      .order_by(UnitKerja.urutan))
    return s.get(Pegawai, kepala) if kepala else None


def _pangkat(golongan: str | None) -> str:
    if not golongan:
        return ""
    try:
        return golongan_by_kode(golongan).label
    except DomainError:
        return golongan


def _data_piagam(s: Session, p: Pegawai, nomor: str, tanggal: date, tahun: int, prestasi: str, office: OfficeInfo,
                 logo: str) -> DataPiagam:
    camat = _camat(s)
    kantor = office.nama_kantor or "Kecamatan"
    ttd_jabatan = (camat.nama_jabatan if camat is not None and camat.nama_jabatan else
                   "Camat " + kantor.removeprefix("Kecamatan ").strip())
    return DataPiagam(
        nomor=nomor, tanggal=tanggal.isoformat(), tahun=tahun,
        nama=format_nama(p.gelar_depan, p.nama, p.gelar_belakang), nip=format_nip(p.nip) if p.nip else "",
        jabatan=p.nama_jabatan or "", unit=p.unit.nama if p.unit is not None else "", prestasi=prestasi,
        instansi=office.instansi, kantor=kantor, alamat=office.alamat,
        tempat_tanggal=f"{office.kota_ttd}, {format_tanggal(tanggal)}" if office.kota_ttd else format_tanggal(tanggal),
        ttd_jabatan=ttd_jabatan,
        ttd_nama=format_nama(camat.gelar_depan, camat.nama, camat.gelar_belakang) if camat is not None else "",
        ttd_nip=format_nip(camat.nip) if camat is not None and camat.nip else "",
        ttd_pangkat=_pangkat(camat.golongan) if camat is not None else "",
        logo=logo, pangkat=_pangkat(p.golongan),
    )


def _nomor_berikut(s: Session, fmt: str, tahun: int) -> str:
    """Increment the office sequence (in the caller's transaction) until the number is unused."""
    kunci = tahun if "{tahun}" in fmt else 0  # without the year in it, the number must never restart
    row = s.scalar(select(NomorUrut).where(NomorUrut.jenis == JENIS_NOMOR, NomorUrut.tahun == kunci))
    if row is None:
        row = NomorUrut(jenis=JENIS_NOMOR, tahun=kunci, terakhir=0)
        s.add(row)
    while True:
        row.terakhir += 1
        nomor = format_nomor(fmt, row.terakhir, tahun)
        if s.scalar(select(RiwayatPenghargaan.id).where(RiwayatPenghargaan.nomor_sk == nomor)) is None:
            s.flush()
            return nomor


def _terbit(r: RiwayatPenghargaan) -> PiagamTerbit:
    d = DataPiagam.from_dict(r.piagam or {})
    return PiagamTerbit(r.id, r.pegawai_id, r.nomor_sk or d.nomor, r.tanggal_sk, r.tahun or d.tahun, d.nama, d.nip,
                        d.prestasi)


def _require_piagam(ctx: AppContext) -> None:
    if not scope.boleh_cetak_piagam(ctx.actor):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak mencetak piagam penghargaan."),
            username=ctx.actor.username, label=Msg(ctx.actor.role.label),
        ))


def terbitkan_piagam(
    ctx: AppContext,
    permintaan: Sequence[PermintaanPiagam],
    path: str | os.PathLike[str],
    *,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> HasilPiagam:
    """Issue and print certificates (one PDF, one page each) and record them in the award history.

    A request for someone who already holds a certificate for the same year and achievement is
    skipped and named in the result (printing the same list twice does not double the awards).
    Cancelling or a failed PDF leaves the database as it was.
    """
    _require_piagam(ctx)
    progress = progress or Progress.none()
    reqs = list(dict.fromkeys(permintaan))
    if not reqs:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tidak ada pegawai yang dipilih untuk diberi piagam.")))
    for r in reqs:
        if not r.prestasi.strip():
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Prestasi yang dihargai harus diisi untuk setiap piagam."),
            ))
        if len(r.prestasi.strip()) > MAX_PRESTASI:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Prestasi yang dihargai paling panjang {maks} karakter (satu halaman piagam); terisi %n karakter."),
                maks=MAX_PRESTASI, n=len(r.prestasi.strip()),
            ))
    tanggal = tanggal or date.today()
    office = get_office(ctx)
    fmt = validasi_format_nomor(get_format_nomor(ctx))
    logo = get_option(ctx, LOGO_KANTOR) or ""
    if len(logo) > MAX_LOGO_BYTES * 2:
        logo = ""
    terbit: list[PiagamTerbit] = []
    dilewati: list[str] = []
    out: Path | None = None
    with ctx.write("penghargaan.terbitkan", Permission.PIAGAM) as uow:
        s = uow.session
        items: list[DataPiagam] = []
        for i, req in enumerate(reqs):
            progress.step(i, len(reqs) + 1, "Menerbitkan piagam")
            p = s.get(Pegawai, req.pegawai_id)
            if p is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
                    pegawai_id=req.pegawai_id,
                ))
            nama = format_nama(p.gelar_depan, p.nama, p.gelar_belakang)
            ada = s.scalar(select(RiwayatPenghargaan).where(
                RiwayatPenghargaan.pegawai_id == p.id, RiwayatPenghargaan.tahun == req.tahun,
                RiwayatPenghargaan.piagam.isnot(None), RiwayatPenghargaan.keterangan == req.prestasi.strip()))
            if ada is not None:
                dilewati.append(f"{nama}: sudah menerima piagam {ada.nomor_sk} untuk prestasi ini")
                continue
            nomor = _nomor_berikut(s, fmt, req.tahun)
            d = _data_piagam(s, p, nomor, tanggal, req.tahun, req.prestasi.strip(), office, logo)
            rp = RiwayatPenghargaan(pegawai_id=p.id, nama=NAMA_PENGHARGAAN, pemberi=d.ttd_jabatan, tahun=req.tahun,
                                    nomor_sk=nomor, tanggal_sk=tanggal, keterangan=d.prestasi, piagam=d.to_dict())
            s.add(rp)
            s.flush()
            snap = {k: v for k, v in d.to_dict().items() if k != "logo"}
            uow.audit("riwayat_penghargaan", rp.id, f"Piagam penghargaan {nomor} untuk {nama}", None, snap)
            items.append(d)
            terbit.append(_terbit(rp))
        if items:
            progress.step(len(reqs), len(reqs) + 1, "Menulis PDF")
            from asn_desktop.reports.piagam_pdf import tulis_piagam  # noqa: PLC0415 - reportlab when printing

            out = write_atomic(path, lambda tmp: tulis_piagam(items, tmp), error=ServiceError)
    progress.report(1, 1, "Selesai")
    return HasilPiagam(out, terbit, dilewati)


def daftar_piagam(ctx: AppContext, tahun: int | None = None) -> list[PiagamTerbit]:
    """Certificates issued from this app (newest first), of one year or all."""
    _require_piagam(ctx)
    with ctx.read() as s:
        q = select(RiwayatPenghargaan).where(RiwayatPenghargaan.piagam.isnot(None))
        if tahun is not None:
            q = q.where(RiwayatPenghargaan.tahun == tahun)
        rows = s.scalars(q.order_by(RiwayatPenghargaan.tanggal_sk.desc(), RiwayatPenghargaan.id.desc())).all()
        return [_terbit(r) for r in rows]


def cetak_ulang_piagam(ctx: AppContext, riwayat_ids: Sequence[int], path: str | os.PathLike[str],
                       progress: Progress | None = None) -> Path:
    """Reprint issued certificates from their stored snapshots (later profile edits do not change them)."""
    _require_piagam(ctx)
    progress = progress or Progress.none()
    ids = list(dict.fromkeys(riwayat_ids))
    if not ids:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih dahulu piagam yang akan dicetak ulang.")))
    items: list[DataPiagam] = []
    with ctx.read() as s:
        for i, rid in enumerate(ids):
            progress.step(i, len(ids) + 1, "Mengambil piagam")
            r = s.get(RiwayatPenghargaan, rid)
            if r is None or not r.piagam:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Piagam dengan id {piagam_id} tidak ditemukan (bukan piagam yang dicetak dari aplikasi)."),
                    piagam_id=rid,
                ))
            items.append(DataPiagam.from_dict(r.piagam))
    progress.step(len(ids), len(ids) + 1, "Menulis PDF")
    from asn_desktop.reports.piagam_pdf import tulis_piagam  # noqa: PLC0415 - reportlab when printing

    out = write_atomic(path, lambda tmp: tulis_piagam(items, tmp), error=ServiceError)
    progress.report(1, 1, "Selesai")
    return out


# --------------------------------------------------------------------------- demo


def tambah_demo_piagam(s: Session, tahun: int, office: OfficeInfo) -> int:
    """Two certificates issued last December (in the demo's own transaction); returns the count.
    The achievements are not rating runs (the demo has no rated previous year) but office awards."""
    orang = s.scalars(select(Pegawai).where(Pegawai.status == "aktif", Pegawai.nip.isnot(None))
                      .order_by(Pegawai.id).offset(3).limit(2)).all()
    prestasi = (f"Pegawai Teladan Kecamatan Tahun {tahun - 1} atas kedisiplinan dan pelayanan prima kepada masyarakat",
                "Inovasi layanan surat keterangan terpadu yang mempercepat pelayanan administrasi kelurahan")
    fmt = PIAGAM_FORMAT_NOMOR.default_value()
    tanggal = date(tahun - 1, 12, 20)
    for p, teks in zip(orang, prestasi):
        nomor = _nomor_berikut(s, fmt, tahun - 1)
        d = _data_piagam(s, p, nomor, tanggal, tahun - 1, teks, office, "")
        s.add(RiwayatPenghargaan(pegawai_id=p.id, nama=NAMA_PENGHARGAAN, pemberi=d.ttd_jabatan, tahun=tahun - 1,
                                 nomor_sk=nomor, tanggal_sk=tanggal, keterangan=teks, piagam=d.to_dict()))
    s.flush()
    return len(orang)


def tambah_demo_penghargaan(s: Session, tahun: int, office: OfficeInfo) -> None:
    """Demo data of recognition and incentive: two issued certificates and one TPP rule."""
    from asn_desktop.services.insentif import tambah_demo_insentif

    tambah_demo_piagam(s, tahun, office)
    tambah_demo_insentif(s, tahun)


__all__ = [
    "HasilPiagam",
    "PermintaanPiagam",
    "PiagamTerbit",
    "cetak_ulang_piagam",
    "daftar_piagam",
    "format_nomor",
    "get_format_nomor",
    "get_logo",
    "permintaan_dari_kandidat",
    "prestasi_kandidat",
    "set_format_nomor",
    "set_logo",
    "terbilang",
    "terbitkan_piagam",
    "validasi_format_nomor",
]
