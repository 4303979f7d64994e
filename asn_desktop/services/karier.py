"""Careers that follow performance (kinerja-asn.md §10): kenaikan pangkat reguler, kenaikan gaji
berkala and the talent nine-box, with the potensi assessments behind it.

The rules are in ``domain/karier.py`` (with their legal sources); this module reads the
employee data and the annual predikat, applies them, and writes the proposal workbook.
Who may read the predikat for these lists: ``scope.boleh_lihat_predikat_karier`` (career
administration and whoever may see the rating); others see the rows without it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    Pegawai,
    PenilaianHistoris,
    PenilaianPotensi,
    Periode,
    RiwayatJabatan,
    Skp,
    TahunKinerja,
)
from asn_desktop.domain import karier as dk
from asn_desktop.domain.enums import JenisPeriode, Predikat, StatusEvaluasi, StatusKepegawaian
from asn_desktop.domain.golongan import golongan_by_kode
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, daftar
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.tanggal import format_tanggal, parse_tanggal
from asn_desktop.domain.roles import Permission
from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, PermissionDenied, ValidationError

_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)


def _require_karier(ctx: AppContext) -> None:
    if not ctx.actor.can(Permission.KARIER):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak membuka data karier (kenaikan pangkat, gaji berkala, talenta)."),
                username=ctx.actor.username, label=Msg(ctx.actor.role.label),
            )
        )


# --------------------------------------------------------------------------- shared reads


@dataclass(frozen=True)
class PegawaiKarier:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    golongan: str
    unit_nama: str
    unit_id: int | None
    status_kepegawaian: str
    pendidikan: str


def _pegawai(s: Session, ids: Iterable[int] | None = None) -> list[Any]:
    q = (select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
                Pegawai.nama_jabatan, Pegawai.golongan, Pegawai.tmt_golongan, Pegawai.tmt_cpns,
                Pegawai.tmt_jabatan, Pegawai.unit_id, Pegawai.atasan_id, Pegawai.status_kepegawaian,
                Pegawai.pendidikan_terakhir)
         .where(Pegawai.status == "aktif").order_by(Pegawai.nama))
    if ids is not None:
        q = q.where(Pegawai.id.in_(list(ids)))
    return list(s.execute(q).all())


def _ringkas(p: Any, units: dict[int, str]) -> PegawaiKarier:
    return PegawaiKarier(p.id, format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "",
                         p.nama_jabatan or "", p.golongan or "", units.get(p.unit_id, "") if p.unit_id else "",
                         p.unit_id, p.status_kepegawaian or "", p.pendidikan_terakhir or "")


def _units(s: Session) -> dict[int, str]:
    return scope.nama_unit(s)  # with its kecamatan at regency scale


def predikat_tahunan(s: Session, pegawai_ids: set[int] | None = None) -> dict[int, dict[int, Predikat]]:
    """pegawai_id → year → annual predikat: the rated annual evaluation of that year, else an
    older appraisal kept in the history (its kategori read as a predikat)."""
    from asn_desktop.services.laporan import KATEGORI_HISTORIS

    out: dict[int, dict[int, Predikat]] = defaultdict(dict)
    for pid, tahun, kategori, detail in s.execute(
        select(PenilaianHistoris.pegawai_id, PenilaianHistoris.tahun, PenilaianHistoris.kategori,
               PenilaianHistoris.detail)
    ):
        if pegawai_ids is not None and pid not in pegawai_ids:
            continue
        per = str((detail or {}).get("periode") or "tahunan").casefold()
        pred = KATEGORI_HISTORIS.get((kategori or "").strip().casefold())
        if pred is not None and (per == "tahunan" or tahun not in out[pid]):
            out[pid][tahun] = pred
    q = (select(Skp.pegawai_id, TahunKinerja.tahun, Evaluasi.predikat, Evaluasi.status)
         .join(Skp, Skp.id == Evaluasi.skp_id).join(Periode, Periode.id == Evaluasi.periode_id)
         .join(TahunKinerja, TahunKinerja.id == Periode.tahun_id)
         .where(Periode.jenis == JenisPeriode.TAHUNAN.value, Evaluasi.status.in_(_DINILAI),
                Evaluasi.predikat.is_not(None))
         .order_by(Evaluasi.status.desc()))  # "final" after "dinilai": the final one wins
    for pid, tahun, pred, _st in s.execute(q):
        if pegawai_ids is None or pid in pegawai_ids:
            out[pid][tahun] = Predikat(pred)
    return out


def _boleh_predikat(ctx: AppContext, p: Any) -> bool:
    return scope.boleh_lihat_predikat_karier(ctx.actor, scope.dari_pegawai(p.id, p.atasan_id))


# --------------------------------------------------------------------------- kenaikan pangkat


@dataclass(frozen=True)
class BarisKenaikanPangkat:
    pegawai: PegawaiKarier
    tmt_golongan: date | None
    golongan_baru: str
    predikat: tuple[tuple[int, str], ...]  # (year, label or "")
    kekurangan: tuple[str, ...]

    @property
    def memenuhi(self) -> bool:
        return not self.kekurangan


@dataclass(frozen=True)
class DaftarKenaikanPangkat:
    periode: date
    tahun_predikat: tuple[int, ...]
    baris: tuple[BarisKenaikanPangkat, ...]
    bukan_pns: int  # CPNS / PPPK left out: kenaikan pangkat reguler is for PNS

    @property
    def memenuhi(self) -> list[BarisKenaikanPangkat]:
        return [b for b in self.baris if b.memenuhi]


def daftar_kenaikan_pangkat(ctx: AppContext, periode: date | None = None, *,
                            hari_ini: date | None = None) -> DaftarKenaikanPangkat:
    """Every active PNS checked for kenaikan pangkat reguler on ``periode`` (default: the next
    1 April / 1 Oktober), eligible ones first, with what is missing for the others."""
    _require_karier(ctx)
    periode = periode or dk.periode_kp_berikut(hari_ini or date.today())
    if (periode.month, periode.day) not in {(m, 1) for m in dk.BULAN_PERIODE_KP}:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Periode kenaikan pangkat adalah 1 April atau 1 Oktober (PP 99/2000 Pasal 7)."),
        ))
    years = dk.tahun_predikat_kp(periode)
    with ctx.read() as s:
        units = _units(s)
        peg = _pegawai(s)
        pred = predikat_tahunan(s, {p.id for p in peg})
    rows: list[BarisKenaikanPangkat] = []
    bukan = 0
    for p in peg:
        if p.status_kepegawaian != StatusKepegawaian.PNS.value:
            bukan += 1
            continue
        boleh = _boleh_predikat(ctx, p)
        per_year = {y: pred.get(p.id, {}).get(y) for y in years} if boleh else {}
        v = dk.nilai_syarat_kp(periode=periode, golongan=p.golongan, tmt_golongan=p.tmt_golongan,
                               pendidikan=p.pendidikan_terakhir, predikat_tahunan=per_year)
        kurang = v.kekurangan if boleh else tuple(k for k in v.kekurangan if not k.startswith("predikat")) + (
            Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "predikat tidak dapat dilihat dengan akun ini"))),)
        cells = tuple((y, (per_year.get(y).label if per_year.get(y) else "")) for y in years)
        rows.append(BarisKenaikanPangkat(_ringkas(p, units), p.tmt_golongan,
                                         v.golongan_baru.kode if v.golongan_baru else "", cells, kurang))
    rows.sort(key=lambda r: (not r.memenuhi, r.pegawai.nama))
    return DaftarKenaikanPangkat(periode, tuple(years), tuple(rows), bukan)


def _label_gol(kode: str) -> str:
    try:
        return golongan_by_kode(kode).label if kode else ""
    except Exception:  # noqa: BLE001 - a stored code the table does not know: print it as it is
        return kode


def tabel_usulan_kenaikan_pangkat(ctx: AppContext, periode: date | None = None) -> list[Tabel]:
    """The proposal to BKPSDM (eligible employees) and, on a second sheet, who is not yet and why."""
    d = daftar_kenaikan_pangkat(ctx, periode)
    tgl = format_tanggal(d.periode)
    kol = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 22), Kolom("Pangkat/Gol. lama", 26),
           Kolom("TMT Gol. lama", 13), Kolom("Pangkat/Gol. usulan", 26), Kolom("Pendidikan", 12),
           Kolom("Jabatan", 30), Kolom("Unit Kerja", 28)] + [Kolom(f"Predikat {y}", 15) for y in d.tahun_predikat]
    usul = [[i, b.pegawai.nama, format_nip(b.pegawai.nip) if b.pegawai.nip else "",
             _label_gol(b.pegawai.golongan), b.tmt_golongan, _label_gol(b.golongan_baru), b.pegawai.pendidikan,
             b.pegawai.jabatan, b.pegawai.unit_nama] + [v for _y, v in b.predikat]
            for i, b in enumerate(d.memenuhi, 1)]
    dasar = ("PP 99/2000 jo. PP 12/2002 Pasal 18: paling singkat 4 tahun dalam pangkat terakhir, predikat kinerja "
             "paling rendah Baik pada setiap 2 tahun terakhir (PermenPANRB 6/2022), dalam batas pangkat tertinggi "
             "menurut pendidikan.")
    t1 = Tabel("Usulan KP", f"Usulan Kenaikan Pangkat Reguler — TMT {tgl}", kol, usul, [dasar])
    kol2 = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 22), Kolom("Pangkat/Gol.", 22),
            Kolom("TMT Gol.", 13), Kolom("Pendidikan", 12)] + [Kolom(f"Predikat {y}", 15) for y in d.tahun_predikat] + [
        Kolom("Yang belum terpenuhi", 70, wrap=True)]
    belum = [[i, b.pegawai.nama, format_nip(b.pegawai.nip) if b.pegawai.nip else "", b.pegawai.golongan,
              b.tmt_golongan, b.pegawai.pendidikan] + [v for _y, v in b.predikat] + ["\n".join(b.kekurangan)]
             for i, b in enumerate([b for b in d.baris if not b.memenuhi], 1)]
    t2 = Tabel("Belum Memenuhi", f"Belum Memenuhi Syarat Kenaikan Pangkat Reguler — TMT {tgl}", kol2, belum,
               [f"{d.bukan_pns} CPNS/PPPK tidak diperiksa: kenaikan pangkat reguler hanya untuk PNS."])
    return [t1, t2]


def ekspor_usulan_kenaikan_pangkat(ctx: AppContext, path: str | os.PathLike[str], periode: date | None = None,
                                   progress: Progress | None = None) -> Path:
    """The workbook the operator sends to BKPSDM (tulis_tabel: formula-safe, atomic)."""
    from asn_desktop.services.settings import get_office

    progress = progress or Progress.none()
    progress.step(0, 2, "Menyusun usulan kenaikan pangkat")
    tables = tabel_usulan_kenaikan_pangkat(ctx, periode)
    out = tulis_tabel(path, tables, kantor=get_office(ctx).nama_kantor, progress=progress)
    with ctx.write("karier.ekspor_usulan_kp", Permission.KARIER) as uow:
        uow.audit(None, None, f"Usulan kenaikan pangkat diekspor: {len(list(tables[0].baris))} pegawai",
                  None, {"berkas": Path(out).name})
    return out


# --------------------------------------------------------------------------- kenaikan gaji berkala


@dataclass(frozen=True)
class BarisKgb:
    pegawai: PegawaiKarier
    tmt_cpns: date
    jatuh_tempo: date
    masa_kerja_tahun: int
    tahun_predikat: int
    predikat: str  # label or ""
    boleh: bool | None  # None: predikat not visible to this account
    keterangan: str


@dataclass(frozen=True)
class DaftarKgb:
    dari: date
    sampai: date
    baris: tuple[BarisKgb, ...]
    tanpa_tmt: tuple[PegawaiKarier, ...]  # TMT CPNS empty: cannot be computed
    dasar: str = ("Kenaikan gaji berkala setiap 2 tahun dihitung dari TMT CPNS (kolom data pegawai 'TMT CPNS'), "
                  "PP 7/1977 Pasal 7; syarat kinerja: predikat tahun terakhir paling rendah Baik.")


def daftar_kgb(ctx: AppContext, bulan: int = 6, *, hari_ini: date | None = None) -> DaftarKgb:
    """Who is due a kenaikan gaji berkala within the next ``bulan`` months, and whether the
    predikat of the last complete year allows it."""
    _require_karier(ctx)
    if not 1 <= bulan <= 24:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Rentang bulan harus 1 sampai 24.")))
    hari_ini = hari_ini or date.today()
    dari = hari_ini.replace(day=1)
    m = dari.month - 1 + bulan
    sampai = date(dari.year + m // 12, m % 12 + 1, 1)
    with ctx.read() as s:
        units = _units(s)
        peg = _pegawai(s)
        pred = predikat_tahunan(s, {p.id for p in peg})
    rows: list[BarisKgb] = []
    tanpa: list[PegawaiKarier] = []
    for p in peg:
        if p.status_kepegawaian not in (StatusKepegawaian.PNS.value, StatusKepegawaian.PPPK.value):
            continue
        if p.tmt_cpns is None:
            tanpa.append(_ringkas(p, units))
            continue
        due = dk.kgb_berikut(p.tmt_cpns, hari_ini)
        if due >= sampai:
            continue
        y = due.year - 1
        if _boleh_predikat(ctx, p):
            got = pred.get(p.id, {}).get(y)
            # Indonesian for the Excel list, the message for the screen (Teks)
            ket: str
            if got is None:
                boleh, ket = False, Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "predikat tahunan {tahun} belum ada"),
                                                tahun=y))
            elif dk.predikat_memenuhi(got):
                boleh, ket = True, Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "predikat {tahun} {predikat}: memenuhi"),
                                               tahun=y, predikat=Msg(got.label)))
            else:
                boleh, ket = False, Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "predikat {tahun} {predikat}: di bawah {minimal}, KGB ditunda"),
                    tahun=y, predikat=Msg(got.label), minimal=Msg(dk.PREDIKAT_MINIMAL.label)))
            label = got.label if got else ""
        else:
            boleh, label = None, ""
            ket = Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "predikat tidak dapat dilihat dengan akun ini")))
        masa = (due.year - p.tmt_cpns.year) - (1 if (due.month, due.day) < (p.tmt_cpns.month, 1) else 0)
        rows.append(BarisKgb(_ringkas(p, units), p.tmt_cpns, due, masa, y, label, boleh, ket))
    rows.sort(key=lambda r: (r.jatuh_tempo, r.pegawai.nama))
    return DaftarKgb(dari, sampai, tuple(rows), tuple(tanpa))


def tabel_kgb(ctx: AppContext, bulan: int = 6) -> Tabel:
    d = daftar_kgb(ctx, bulan)
    kol = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 22), Kolom("Gol.", 8),
           Kolom("TMT CPNS", 13), Kolom("KGB berikut", 13), Kolom("Masa kerja (th)", 10, angka=True),
           Kolom("Predikat", 16), Kolom("Memenuhi", 10), Kolom("Keterangan", 50, wrap=True)]
    rows = [[i, b.pegawai.nama, format_nip(b.pegawai.nip) if b.pegawai.nip else "", b.pegawai.golongan, b.tmt_cpns,
             b.jatuh_tempo, b.masa_kerja_tahun, b.predikat, "-" if b.boleh is None else ("Ya" if b.boleh else "Tidak"),
             b.keterangan] for i, b in enumerate(d.baris, 1)]
    notes = [d.dasar]
    if d.tanpa_tmt:
        notes.append("TMT CPNS belum diisi: " + ", ".join(p.nama for p in d.tanpa_tmt))
    return Tabel("KGB", f"Kenaikan Gaji Berkala {format_tanggal(d.dari)} s.d. {format_tanggal(d.sampai)}", kol, rows,
                 notes)


# --------------------------------------------------------------------------- potensi


@dataclass(frozen=True)
class Potensi:
    id: int
    pegawai_id: int
    tanggal: date
    tingkat: dk.Tingkat
    skor: float | None
    metode: str
    asesor: str
    catatan: str


def _potensi(r: PenilaianPotensi) -> Potensi:
    return Potensi(r.id, r.pegawai_id, r.tanggal, dk.Tingkat(r.tingkat), r.skor, r.metode or "", r.asesor or "",
                   r.catatan or "")


def potensi_terakhir(s: Session) -> dict[int, Potensi]:
    """pegawai_id → the newest assessment."""
    out: dict[int, Potensi] = {}
    for r in s.scalars(select(PenilaianPotensi).order_by(PenilaianPotensi.tanggal, PenilaianPotensi.id)):
        out[r.pegawai_id] = _potensi(r)
    return out


def daftar_potensi(ctx: AppContext) -> list[tuple[PegawaiKarier, Potensi | None]]:
    """Every active employee with the newest potensi assessment (None = not assessed yet)."""
    _require_karier(ctx)
    with ctx.read() as s:
        units = _units(s)
        pot = potensi_terakhir(s)
        return [(_ringkas(p, units), pot.get(p.id)) for p in _pegawai(s)]


def riwayat_potensi(ctx: AppContext, pegawai_id: int) -> list[Potensi]:
    _require_karier(ctx)
    with ctx.read() as s:
        return [_potensi(r) for r in s.scalars(select(PenilaianPotensi).where(
            PenilaianPotensi.pegawai_id == pegawai_id).order_by(PenilaianPotensi.tanggal.desc()))]


def _cek_potensi(tingkat: dk.Tingkat | int | str | None, skor: float | None) -> dk.Tingkat:
    if skor is not None and not 0 <= float(skor) <= 100:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Skor potensi harus 0 sampai 100, bukan {skor}."),
            skor=skor,
        ))
    if tingkat is None or tingkat == "":
        if skor is None:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Isi tingkat potensi (Rendah/Menengah/Tinggi) atau skornya."),
            ))
        return dk.tingkat_potensi_dari_skor(float(skor))
    try:
        return dk.Tingkat(int(tingkat)) if not isinstance(tingkat, str) else dk.Tingkat.parse(tingkat)
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tingkat potensi '{tingkat}' tidak dikenal: gunakan Rendah, Menengah atau Tinggi."),
            tingkat=tingkat,
        )) from None


def simpan_potensi(ctx: AppContext, pegawai_id: int, tanggal: date, tingkat: dk.Tingkat | int | str | None,
                   skor: float | None = None, metode: str = "", asesor: str = "", catatan: str = "") -> Potensi:
    """Record one potensi assessment (the nine-box uses the newest)."""
    lv = _cek_potensi(tingkat, skor)
    if tanggal > date.today():
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal asesmen tidak boleh di masa depan.")))
    with ctx.write("karier.potensi", Permission.KARIER) as uow:
        p = uow.session.get(Pegawai, pegawai_id)
        if p is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pegawai_id} tidak ditemukan."),
                pegawai_id=pegawai_id,
            ))
        row = PenilaianPotensi(pegawai_id=pegawai_id, tanggal=tanggal, tingkat=int(lv), skor=skor,
                               metode=metode.strip() or None, asesor=asesor.strip() or None,
                               catatan=catatan.strip() or None)
        uow.session.add(row)
        uow.audit_change(row, None, f"Potensi {p.nama}: {lv.label}")
        return _potensi(row)


def hapus_potensi(ctx: AppContext, potensi_id: int) -> None:
    with ctx.write("karier.potensi_hapus", Permission.KARIER) as uow:
        row = uow.session.get(PenilaianPotensi, potensi_id)
        if row is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Asesmen potensi dengan id {potensi_id} tidak ditemukan."),
                potensi_id=potensi_id,
            ))
        uow.audit("penilaian_potensi", row.id, "Asesmen potensi dihapus", {"pegawai_id": row.pegawai_id,
                                                                            "tingkat": row.tingkat}, None)
        uow.session.execute(delete(PenilaianPotensi).where(PenilaianPotensi.id == potensi_id))


@dataclass(frozen=True)
class MasalahBaris:
    """One rejected row: file, sheet, row and column named, and what was expected."""

    berkas: str
    lembar: str
    baris: int
    kolom: str
    pesan: str

    def __str__(self) -> str:
        return f"{self.berkas}, lembar \"{self.lembar}\", baris {self.baris}, kolom {self.kolom}: {self.pesan}"


@dataclass
class HasilImporPotensi:
    berkas: str
    lembar: str
    diterima: int = 0
    ditolak: list[MasalahBaris] = field(default_factory=list)
    disimpan: bool = False


_KOLOM_POTENSI = {
    "nip": ("nip", "nip baru", "ni pppk"),
    "tanggal": ("tanggal", "tanggal asesmen", "tgl", "tanggal penilaian"),
    "tingkat": ("potensi", "tingkat potensi", "kategori potensi", "tingkat"),
    "skor": ("skor", "nilai", "skor potensi", "nilai potensi"),
    "metode": ("metode", "metode asesmen", "alat ukur"),
    "asesor": ("asesor", "penilai", "lembaga"),
    "catatan": ("catatan", "keterangan"),
}


def impor_potensi(ctx: AppContext, path: str | os.PathLike[str], *, sheet: str | None = None,
                  uji: bool = False) -> HasilImporPotensi:
    """Potensi assessments from a workbook (NIP, Tanggal, Potensi and/or Skor, Metode, Asesor,
    Catatan). A row that cannot be read is rejected with its place named and never half-applied;
    the good rows are saved in one transaction (none with ``uji``)."""
    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.nip import clean_nip
    from asn_desktop.excel.reader import Workbook, clean_text, is_blank, norm_label

    _require_karier(ctx)
    p = Path(path)
    wb = Workbook(p)
    name = sheet or next((s.name for s in wb.sheets if s.visible), wb.sheet_names[0])
    data = wb.read(name)
    hasil = HasilImporPotensi(p.name, name)
    header_r, cols = -1, {}
    for r in range(min(data.height, 20)):
        found: dict[str, int] = {}
        for c, v in enumerate(data.rows[r]):
            lab = norm_label(v).casefold() if not is_blank(v) else ""
            for key, names in _KOLOM_POTENSI.items():
                if lab in names and key not in found:
                    found[key] = c
        if "nip" in found and ("tingkat" in found or "skor" in found):
            header_r, cols = r, found
            break
    if header_r < 0:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{berkas}, lembar \"{lembar}\": baris judul tidak ditemukan; diharapkan kolom NIP dan Potensi (Rendah/Menengah/Tinggi) atau Skor (0-100), serta Tanggal."),
            berkas=p.name, lembar=name,
        ))
    from asn_desktop.excel.reader import col_letter

    def col(key: str) -> str:
        return col_letter(cols[key]) if key in cols else key

    with ctx.read() as s:
        by_nip = dict(s.execute(select(Pegawai.nip, Pegawai.id).where(Pegawai.nip.is_not(None))).all())
    todo: list[dict[str, Any]] = []
    for r in range(header_r + 1, data.height):
        row = data.rows[r]
        if all(is_blank(v) for v in row):
            continue
        no = r + 1

        def bad(key: str, msg: str) -> None:
            hasil.ditolak.append(MasalahBaris(p.name, name, no, col(key), msg))

        raw_nip = data.cell(r, cols["nip"])
        try:
            nip = clean_nip(raw_nip)
        except DomainError as exc:
            bad("nip", str(exc))
            continue
        pid = by_nip.get(nip)
        if pid is None:
            bad("nip", f"NIP '{nip}' tidak dikenal di data pegawai (diharapkan 18 digit NIP pegawai)")
            continue
        if "tanggal" in cols and not is_blank(data.cell(r, cols["tanggal"])):
            try:
                tgl = parse_tanggal(data.cell(r, cols["tanggal"]))
            except Exception:  # noqa: BLE001
                bad("tanggal", f"tanggal '{clean_text(data.cell(r, cols['tanggal']))}' tidak terbaca "
                               "(misalnya 01-02-2026)")
                continue
            if tgl > date.today():
                bad("tanggal", "tanggal asesmen di masa depan")
                continue
        else:
            bad("tanggal", "tanggal asesmen kosong")
            continue
        skor = None
        if "skor" in cols and not is_blank(data.cell(r, cols["skor"])):
            v = data.cell(r, cols["skor"])
            try:
                skor = float(str(v).replace(",", ".")) if not isinstance(v, (int, float)) else float(v)
            except ValueError:
                bad("skor", f"skor '{clean_text(v)}' bukan angka (diharapkan 0 sampai 100)")
                continue
            if not 0 <= skor <= 100:
                bad("skor", f"skor {clean_text(v)} di luar 0 sampai 100")
                continue
        lv_raw = data.cell(r, cols["tingkat"]) if "tingkat" in cols else None
        try:
            lv = _cek_potensi(None if is_blank(lv_raw) else clean_text(lv_raw), skor)
        except ValidationError:
            bad("tingkat", f"potensi '{clean_text(lv_raw)}' tidak dikenal (diharapkan Rendah, Menengah atau Tinggi, "
                           "atau isi Skor)")
            continue
        todo.append(dict(pegawai_id=pid, tanggal=tgl, tingkat=int(lv), skor=skor,
                         **{k: (clean_text(data.cell(r, cols[k])) or None) if k in cols else None
                            for k in ("metode", "asesor", "catatan")}))
    hasil.diterima = len(todo)
    if uji or not todo:
        return hasil
    with ctx.write("karier.potensi_impor", Permission.KARIER) as uow:
        for d in todo:
            uow.session.add(PenilaianPotensi(**d))
        uow.audit("penilaian_potensi", None, f"Impor potensi dari {p.name}: {len(todo)} diterima, "
                                            f"{len(hasil.ditolak)} ditolak", None,
                  {"berkas": p.name, "lembar": name, "diterima": len(todo), "ditolak": len(hasil.ditolak)})
    hasil.disimpan = True
    return hasil


# --------------------------------------------------------------------------- nine-box


@dataclass(frozen=True)
class BarisTalenta:
    pegawai: PegawaiKarier
    kinerja: dk.Tingkat | None
    dasar_kinerja: str  # e.g. "Tahunan 2025: Baik; Tahunan 2026: Sangat Baik"
    potensi: Potensi | None
    kotak: int | None
    tahun_di_jabatan: float | None
    rotasi: bool
    kebutuhan_pelatihan: tuple[str, ...]

    @property
    def arahan(self) -> str:
        """Indonesian text (the Excel list) that still carries its message for the screen (Teks)."""
        if self.kotak is None:
            parts: list[Msg | str] = []
            if self.kinerja is None:
                parts.append(Msg(QT_TRANSLATE_NOOP("Pesan", "predikat belum ada")))
            if self.potensi is None:
                parts.append(Msg(QT_TRANSLATE_NOOP("Pesan", "potensi belum dinilai")))
            return Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Belum dapat dipetakan: {apa}"), apa=daftar(parts)))
        return dk.arahan(self.kotak)

    @property
    def kandidat(self) -> tuple[str, ...]:
        """promosi / rotasi / pengembangan, as the lists in the view say."""
        out = []
        if self.kotak is not None:
            k = dk.kategori_kotak(self.kotak)
            out.append("promosi" if k == "promosi" else "pengembangan")
        if self.rotasi:
            out.append("rotasi")
        if self.kebutuhan_pelatihan and "pengembangan" not in out:
            out.append("pengembangan")
        return tuple(out)


@dataclass(frozen=True)
class PetaTalenta:
    tahun: int
    baris: tuple[BarisTalenta, ...]
    catatan: tuple[str, ...] = ()

    def di_kotak(self, nomor: int) -> list[BarisTalenta]:
        return [b for b in self.baris if b.kotak == nomor]

    def jumlah(self) -> dict[int, int]:
        out = dict.fromkeys(range(1, 10), 0)
        for b in self.baris:
            if b.kotak is not None:
                out[b.kotak] += 1
        return out

    def kandidat(self, jenis: str) -> list[BarisTalenta]:
        return [b for b in self.baris if jenis in b.kandidat]


def _tahun_di_jabatan(s: Session, peg: list[Any], hari_ini: date) -> dict[int, float]:
    """Years in the current position: from the riwayat jabatan (the start of the latest run of
    entries with the current jabatan's name), else the employee's TMT jabatan."""
    current = {p.id: (p.nama_jabatan or "").strip().casefold() for p in peg}
    runs: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for pid, nama, tmt in s.execute(select(RiwayatJabatan.pegawai_id, RiwayatJabatan.nama_jabatan,
                                           RiwayatJabatan.tmt).where(RiwayatJabatan.tmt.is_not(None))):
        if pid in current:
            runs[pid].append((tmt, (nama or "").strip().casefold()))
    out: dict[int, float] = {}
    for p in peg:
        start = None
        for tmt, nama in sorted(runs.get(p.id, []), reverse=True):
            if nama != current[p.id]:
                break
            start = tmt
        start = start or p.tmt_jabatan
        if start is not None and start <= hari_ini:
            out[p.id] = round((hari_ini - start).days / 365.25, 1)
    return out


def peta_talenta(ctx: AppContext, tahun: int, *, hari_ini: date | None = None) -> PetaTalenta:
    """The nine-box for ``tahun``: kinerja from the annual predikat up to that year (the latest
    periodic one of the year while its annual is not rated), potensi from the newest assessment;
    rotation candidates (``MASA_ROTASI_TAHUN`` in the same position) and the training needs of
    the follow-up list (services/tindak_lanjut) beside each person."""
    _require_karier(ctx)
    hari_ini = hari_ini or date.today()
    from asn_desktop.services import tindak_lanjut as tl

    notes: list[str] = []
    try:
        pelatihan = {b.pegawai.pegawai_id: b.alasan for b in tl.daftar_kebutuhan_pelatihan(ctx, tahun)}
    except (NotFound, PermissionDenied):
        pelatihan = {}
        notes.append(f"Daftar kebutuhan pelatihan {tahun} belum tersedia.")
    with ctx.read() as s:
        units = _units(s)
        peg = _pegawai(s)
        ids = {p.id for p in peg}
        pred = predikat_tahunan(s, ids)
        periodik: dict[int, tuple[int, Predikat, str]] = {}
        for pid, urutan, nama, pr in s.execute(
            select(Skp.pegawai_id, Periode.urutan, Periode.nama, Evaluasi.predikat)
            .join(Skp, Skp.id == Evaluasi.skp_id).join(Periode, Periode.id == Evaluasi.periode_id)
            .join(TahunKinerja, TahunKinerja.id == Periode.tahun_id)
            .where(TahunKinerja.tahun == tahun, Periode.jenis == JenisPeriode.PERIODIK.value,
                   Evaluasi.status.in_(_DINILAI), Evaluasi.predikat.is_not(None))
        ):
            if pid in ids and (pid not in periodik or periodik[pid][0] < urutan):
                periodik[pid] = (urutan, Predikat(pr), nama)
        pot = potensi_terakhir(s)
        masa = _tahun_di_jabatan(s, peg, hari_ini)
    rows: list[BarisTalenta] = []
    hidden = 0
    for p in peg:
        hist = sorted((y, v) for y, v in pred.get(p.id, {}).items() if y <= tahun)[-2:]
        seq = [v for _y, v in hist]
        dasar = [f"Tahunan {y}: {v.label}" for y, v in hist]
        if tahun not in {y for y, _v in hist} and p.id in periodik:
            seq.append(periodik[p.id][1])
            dasar.append(f"{periodik[p.id][2]} {tahun}: {periodik[p.id][1].label}")
        if not _boleh_predikat(ctx, p):
            seq, dasar = [], []
            hidden += 1
        lv = dk.tingkat_kinerja(seq)
        po = pot.get(p.id)
        box = dk.kotak(lv, po.tingkat) if lv is not None and po is not None else None
        th = masa.get(p.id)
        rows.append(BarisTalenta(_ringkas(p, units), lv, "; ".join(dasar), po, box, th,
                                 th is not None and th >= dk.MASA_ROTASI_TAHUN, tuple(pelatihan.get(p.id, ()))))
    if hidden:
        notes.append(f"Predikat {hidden} pegawai tidak dapat dilihat dengan akun ini.")
    return PetaTalenta(tahun, tuple(rows), tuple(notes))


def tabel_talenta(ctx: AppContext, tahun: int) -> Tabel:
    m = peta_talenta(ctx, tahun)
    kol = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 22), Kolom("Jabatan", 30),
           Kolom("Kinerja", 10), Kolom("Dasar kinerja", 40, wrap=True), Kolom("Potensi", 10), Kolom("Kotak", 7, angka=True),
           Kolom("Arahan", 36, wrap=True), Kolom("Tahun di jabatan", 9, angka=True), Kolom("Kandidat", 24),
           Kolom("Kebutuhan pelatihan", 50, wrap=True)]
    rows = [[i, b.pegawai.nama, format_nip(b.pegawai.nip) if b.pegawai.nip else "", b.pegawai.jabatan,
             b.kinerja.label if b.kinerja else "", b.dasar_kinerja, b.potensi.tingkat.label if b.potensi else "",
             b.kotak, b.arahan, b.tahun_di_jabatan, ", ".join(b.kandidat), "\n".join(b.kebutuhan_pelatihan)]
            for i, b in enumerate(m.baris, 1)]
    return Tabel("Talenta", f"Peta Talenta (Nine-Box) — Tahun {tahun}", kol, rows,
                 ["PermenPANRB 3/2020: kinerja dari predikat tahunan × potensi dari asesmen; "
                  f"kandidat rotasi: {dk.MASA_ROTASI_TAHUN} tahun atau lebih pada jabatan yang sama."] + list(m.catatan))


def ekspor_karier(ctx: AppContext, jenis: str, path: str | os.PathLike[str], *, tahun: int | None = None,
                  bulan: int = 6, periode: date | None = None, progress: Progress | None = None) -> Path:
    """One of the career lists to Excel: ``kp`` (the proposal), ``kgb`` or ``talenta``."""
    if jenis == "kp":
        return ekspor_usulan_kenaikan_pangkat(ctx, path, periode, progress)
    from asn_desktop.services.settings import get_office

    if jenis == "kgb":
        tabel = tabel_kgb(ctx, bulan)
    elif jenis == "talenta":
        if tahun is None:
            raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih tahun untuk peta talenta.")))
        tabel = tabel_talenta(ctx, tahun)
    else:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Jenis daftar karier '{jenis}' tidak dikenal."),
            jenis=jenis,
        ))
    return tulis_tabel(path, tabel, kantor=get_office(ctx).nama_kantor, progress=progress or Progress.none())


# --------------------------------------------------------------------------- demo


def tambah_demo_karier(s: Session, tahun: int, *, seed: int = 1) -> None:
    """Demo data so the career views are not empty, inside the demo's own transaction: annual
    predikat of the two previous years (e-Kinerja recaps kept as history) and potensi assessments."""
    import random

    from asn_desktop.domain.enums import SkemaHistoris

    from asn_desktop.db.models import RiwayatDiklat, RiwayatPenghargaan

    rng = random.Random(seed * 31 + tahun)
    ids = list(s.scalars(select(Pegawai.id).where(Pegawai.status == "aktif").order_by(Pegawai.id)))
    kat = ["Sangat Baik"] * 3 + ["Baik"] * 12 + ["Butuh Perbaikan"] * 2 + ["Kurang"]
    for pid in ids:
        for y in (tahun - 2, tahun - 1):
            s.add(PenilaianHistoris(pegawai_id=pid, tahun=y, skema=SkemaHistoris.PERMENPANRB6_2022.value,
                                    kategori=rng.choice(kat), detail={"periode": "tahunan", "sumber": "demo"}))
        if rng.random() < 0.8:
            skor = round(rng.gauss(72, 12), 1)
            skor = min(98.0, max(40.0, skor))
            s.add(PenilaianPotensi(pegawai_id=pid, tanggal=date(tahun, rng.randint(1, 6), rng.randint(1, 28)),
                                   tingkat=int(dk.tingkat_potensi_dari_skor(skor)), skor=skor,
                                   metode=rng.choice(["Uji kompetensi BKPSDM", "Assessment center"]),
                                   asesor="UPT Penilaian Kompetensi"))
        if rng.random() < 0.5:
            s.add(RiwayatDiklat(pegawai_id=pid, nama=rng.choice(["Pelatihan Pelayanan Prima", "Bimtek SIPD",
                                                                 "Pelatihan Kearsipan Dinamis"]),
                                jenis="Teknis", penyelenggara="BKPSDM", tanggal_mulai=date(tahun, 3, 10),
                                tanggal_selesai=date(tahun, 3, 12), jp=float(rng.choice([8, 12, 24]))))
    for pid, nama, pemberi in ((ids[0], "Satyalancana Karya Satya X Tahun", "Presiden RI"),
                               (ids[min(5, len(ids) - 1)], "Pegawai Teladan Kecamatan", "Camat")):
        s.add(RiwayatPenghargaan(pegawai_id=pid, nama=nama, pemberi=pemberi, tahun=tahun - 1,
                                 nomor_sk=f"800/{rng.randint(100, 999)}/{tahun - 1}"))
