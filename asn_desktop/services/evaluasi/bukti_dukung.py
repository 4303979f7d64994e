"""Bukti dukung: evidence files and links attached to one indicator's realisasi (PermenPANRB 6/2022,
pelaksanaan kinerja: realisasi is recorded per indicator with its bukti dukung; kinerja-asn.md §2).

A file is stored under its sha256 (the same scan attached twice is kept once; where: see
services/berkas_bukti) and checked against that hash when opened; a link is kept as typed.
Evidence follows the evaluation's rules: only the employee (or an operator/admin on their behalf)
adds it, and only while the period is open and the evaluation is not final.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from asn_desktop.db.models import BuktiDukung, Evaluasi, Realisasi
from asn_desktop.domain.enums import JenisBukti
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from asn_desktop.services import berkas_bukti as berkas
from asn_desktop.services.evaluasi._common import _load_ev, _require_realisasi_filler, _require_writable, _text


#: Largest evidence file accepted (a scanned document, a photo series); bigger
#: files belong on a shared drive and can be added as a link.
MAKS_UKURAN_BUKTI = 50 * 1024 * 1024
MAKS_URL = 2000


@dataclass(frozen=True)
class BuktiInfo:
    id: int
    jenis: JenisBukti
    nama: str  # original file name, or the link
    path_relatif: str | None
    sha256: str | None
    ukuran: int | None
    url: str | None
    keterangan: str | None


def _bukti_info(b: BuktiDukung) -> BuktiInfo:
    return BuktiInfo(
        id=b.id,
        jenis=JenisBukti(b.jenis),
        nama=(b.nama_asli or b.url or "") if b.jenis == JenisBukti.FILE.value else (b.url or ""),
        path_relatif=b.path_relatif,
        sha256=b.sha256,
        ukuran=b.ukuran,
        url=b.url,
        keterangan=b.keterangan,
    )


def _realisasi_for(s: Session, ev: Evaluasi, indikator_id: int) -> Realisasi:
    row = next((r for r in ev.realisasi if r.indikator_id == indikator_id), None)
    if row is None:
        if indikator_id not in {i.id for r in ev.skp.rhk for i in r.indikator}:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Indikator {indikator_id} bukan bagian dari SKP {pegawai_nama}."),
                indikator_id=indikator_id, pegawai_nama=ev.skp.pegawai_nama,
            ))
        row = Realisasi(indikator_id=indikator_id)
        ev.realisasi.append(row)
        s.flush()
    return row


def add_bukti_file(
    ctx: AppContext, evaluasi_id: int, indikator_id: int, sumber: str | os.PathLike[str], keterangan: str = ""
) -> BuktiInfo:
    """Store an evidence file (services/berkas_bukti: the folder beside the database, or the
    server's table) and record it with its sha256; the original name is kept for display."""
    src = Path(sumber)
    if not src.exists():
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Berkas bukti '{src}' tidak ditemukan."), src=src))
    if not src.is_file():
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "'{name}' bukan berkas (mungkin folder); pilih sebuah berkas."),
            name=src.name,
        ))
    size = src.stat().st_size
    if size == 0:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas '{name}' kosong (0 byte); pilih berkas bukti yang berisi."),
            name=src.name,
        ))
    if size > MAKS_UKURAN_BUKTI:
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Berkas '{name}' terlalu besar ({ukuran} MB; paling besar {maks} MB). Simpan di folder bersama dan tambahkan sebagai tautan."),
                name=src.name, ukuran=format(size / 1024 / 1024, '.1f'), maks=MAKS_UKURAN_BUKTI // 1024 // 1024,
            )
        )
    ket = _text(keterangan, "Keterangan", 1000) or None
    nama_asli = src.name[:500]
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        _require_realisasi_filler(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        tahun = ev.periode.tahun_kinerja.tahun
    isi = berkas.stage_file(ctx, src, tahun)
    with ctx.write("evaluasi.bukti_tambah") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_realisasi_filler(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        row = _realisasi_for(s, ev, indikator_id)
        berkas.record(s, isi)
        b = BuktiDukung(jenis=JenisBukti.FILE.value, nama_asli=nama_asli, path_relatif=isi.rel, sha256=isi.sha256,
                        ukuran=isi.ukuran, keterangan=ket)
        row.bukti.append(b)
        s.flush()
        uow.audit_change(b, None, f"Bukti dukung '{nama_asli}' ditambahkan ({ev.skp.pegawai_nama})")
        return _bukti_info(b)


_URL_RE = re.compile(r"^(https?://|file://|\\\\)[^\s]+$", re.IGNORECASE)


def add_bukti_tautan(
    ctx: AppContext, evaluasi_id: int, indikator_id: int, url: str, keterangan: str = ""
) -> BuktiInfo:
    """Evidence as a link (a shared drive, a website, an e-Kinerja page)."""
    link = (url or "").strip()
    if not link:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tautan bukti kosong; tempelkan alamat yang diawali http:// atau https://."),
        ))
    if len(link) > MAKS_URL:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tautan terlalu panjang (%n karakter; paling banyak {maks})."),
            n=len(link), maks=MAKS_URL,
        ))
    if not _URL_RE.match(link):
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "'{link}' bukan tautan yang dikenali; gunakan alamat yang diawali http:// atau https:// (atau \\\\server\\folder untuk folder bersama)."),
                link=link[:80],
            )
        )
    ket = _text(keterangan, "Keterangan", 1000) or None
    with ctx.write("evaluasi.bukti_tambah") as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_realisasi_filler(ctx.actor, ev.skp)
        _require_writable(ev, "Penambahan bukti dukung")
        row = _realisasi_for(s, ev, indikator_id)
        b = BuktiDukung(jenis=JenisBukti.TAUTAN.value, url=link, keterangan=ket)
        row.bukti.append(b)
        s.flush()
        uow.audit_change(b, None, f"Tautan bukti ditambahkan ({ev.skp.pegawai_nama})")
        return _bukti_info(b)


def delete_bukti(ctx: AppContext, bukti_id: int) -> None:
    """Remove an evidence record; the stored file goes too when nothing else refers to it."""
    with ctx.write("evaluasi.bukti_hapus") as uow:
        s = uow.session
        b = s.get(BuktiDukung, bukti_id)
        if b is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Bukti dukung dengan id {bukti_id} tidak ditemukan."),
                bukti_id=bukti_id,
            ))
        ev = b.realisasi.evaluasi
        _require_realisasi_filler(ctx.actor, ev.skp)
        _require_writable(ev, "Penghapusan bukti dukung")
        before = row_dict(b)
        stored = (b.sha256, b.path_relatif)
        s.delete(b)
        s.flush()
        gone = berkas.release(s, [stored])
        uow.audit("bukti_dukung", bukti_id, f"Bukti dukung dihapus ({ev.skp.pegawai_nama})", before, None)
    berkas.unlink(ctx, gone)


def bukti_path(ctx: AppContext, bukti_id: int, *, periksa: bool = False) -> Path:
    """Absolute path of a stored evidence file; with ``periksa`` its sha256 is verified."""
    with ctx.read() as s:
        b = s.get(BuktiDukung, bukti_id)
        if b is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Bukti dukung dengan id {bukti_id} tidak ditemukan."),
                bukti_id=bukti_id,
            ))
        if not scope.boleh_lihat_evaluasi(ctx.actor, b.realisasi.evaluasi.skp):
            raise PermissionDenied(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Anda tidak berhak melihat bukti ini.")))
        if b.jenis != JenisBukti.FILE.value or not b.path_relatif:
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bukti ini berupa tautan, bukan berkas.")))
        rel, sha, nama = b.path_relatif, b.sha256, b.nama_asli or ""
    return berkas.local_path(ctx, rel, sha, nama, periksa=periksa)
