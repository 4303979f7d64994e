"""Performance incentive: the regional performance allowance (TPP) computed from the rule in force.

Each region sets its TPP by Perkada and changes it yearly (kinerja-asn.md §10): typically a share
of the allowance depends on performance and a share on discipline/attendance. So the rule is data
with an effective date (:class:`~asn_desktop.db.models.AturanInsentif`), edited by the Admin:

- ``nilai_kelas``: the monthly TPP per kelas jabatan (rupiah);
- ``porsi_kinerja``: percent of the TPP that depends on performance (the rest on discipline);
- ``persen_predikat``: predikat kinerja → percent of the performance share paid.

Per employee and month: TPP(kelas) × porsi_kinerja × persen(predikat of the periodic evaluation
covering the month) + TPP(kelas) × (100 − porsi_kinerja) × discipline percent (entered or
imported per month). Each month uses the rule with the latest ``berlaku_mulai`` on or before the
month's first day, and every row names the rule version used. Amounts are pay data: Admin only
(``scope.boleh_lihat_insentif``); the treasurer receives the Excel export.
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.batch import in_chunks
from asn_desktop.db.models import (
    AturanInsentif,
    DisiplinInsentif,
    Evaluasi,
    Pegawai,
    Periode,
    Skp,
    TahunKinerja,
)
from asn_desktop.domain.enums import JenisPeriode, Predikat, StatusEvaluasi
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks, daftar
from asn_desktop.domain.nama import digits_only
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.excel import ExcelError
from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
from asn_desktop.services import scope
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import FieldProblem, NotFound, PermissionDenied, ValidationError, pesan_dari
from asn_desktop.services.settings import get_office
from asn_desktop.services.tindak_lanjut import PegawaiRingkas, _pegawai_ringkas, _pegawai_rows

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")
#: Month abbreviations of the notes and per-month columns ("Agu: Baik"), marked so the screen
#: shows them in the interface language (the export keeps these Indonesian ones).
BULAN_PENDEK = (QT_TRANSLATE_NOOP("Pesan", "Jan"), QT_TRANSLATE_NOOP("Pesan", "Feb"),
                QT_TRANSLATE_NOOP("Pesan", "Mar"), QT_TRANSLATE_NOOP("Pesan", "Apr"),
                QT_TRANSLATE_NOOP("Pesan", "Mei"), QT_TRANSLATE_NOOP("Pesan", "Jun"),
                QT_TRANSLATE_NOOP("Pesan", "Jul"), QT_TRANSLATE_NOOP("Pesan", "Agu"),
                QT_TRANSLATE_NOOP("Pesan", "Sep"), QT_TRANSLATE_NOOP("Pesan", "Okt"),
                QT_TRANSLATE_NOOP("Pesan", "Nov"), QT_TRANSLATE_NOOP("Pesan", "Des"))
KELAS_MIN, KELAS_MAX = 1, 17  # kelas jabatan (Perpres on tunjangan kinerja: kelas 1–17)
_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)


def _require(ctx: AppContext) -> None:
    if not scope.boleh_lihat_insentif(ctx.actor):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak melihat atau mengubah insentif kinerja (TPP); hanya admin."),
            username=ctx.actor.username, label=Msg(ctx.actor.role.label),
        ))


def kunci_bulan(tahun: int, bulan: int) -> str:
    return f"{tahun:04d}-{bulan:02d}"


def nama_bulan(tahun: int, bulan: int) -> str:
    return f"{BULAN[bulan - 1]} {tahun}"


def rupiah(n: float | int | None) -> str:
    """"Rp 1.250.000" (Indonesian grouping); "" for None."""
    if n is None:
        return ""
    return "Rp " + f"{int(round(n)):,}".replace(",", ".")


def _bulat(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------- the rule


@dataclass(frozen=True)
class AturanInsentifData:
    """A rule as the Admin enters it."""

    berlaku_mulai: date
    nama: str
    porsi_kinerja: float  # percent of the TPP that depends on performance
    persen_predikat: Mapping[str, float]  # Predikat value → percent of the performance share
    nilai_kelas: Mapping[int, float]  # kelas jabatan → monthly TPP (rupiah)
    keterangan: str = ""


@dataclass(frozen=True)
class AturanInsentifInfo(AturanInsentifData):
    id: int = 0
    versi: int = 1

    @property
    def label(self) -> str:
        """How a computation cites it: name, effective date and version."""
        return str(self.label_pesan)

    @property
    def label_pesan(self) -> Msg:
        """``label`` for the screen; ``tanggal_angka`` lets a translation write the date without
        an Indonesian month name."""
        return Msg.of(QT_TRANSLATE_NOOP("Pesan", "{nama} (berlaku {tanggal}, versi {versi})"), nama=self.nama,
                      tanggal=format_tanggal(self.berlaku_mulai), versi=self.versi,
                      tanggal_angka=self.berlaku_mulai.strftime("%d-%m-%Y"))

    @property
    def porsi_disiplin(self) -> float:
        return 100.0 - self.porsi_kinerja


def _info(a: AturanInsentif) -> AturanInsentifInfo:
    return AturanInsentifInfo(
        a.berlaku_mulai, a.nama, float(a.porsi_kinerja), {k: float(v) for k, v in (a.persen_predikat or {}).items()},
        {int(k): float(v) for k, v in (a.nilai_kelas or {}).items()}, a.keterangan or "", a.id, a.version_id)


def _angka(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def validasi_aturan(data: AturanInsentifData) -> list[Teks]:
    """Every problem of the table, in words (empty = usable); each keeps its Msg for the screen."""
    out: list[Teks] = []

    def add(template: str, **params: object) -> None:
        out.append(Teks(Msg.of(template, **params)))

    if not isinstance(data.berlaku_mulai, date):
        add(QT_TRANSLATE_NOOP("Pesan", "Tanggal mulai berlaku harus diisi."))
    if not (data.nama or "").strip():
        add(QT_TRANSLATE_NOOP("Pesan", "Nama aturan harus diisi (mis. \"Perkada TPP 2026\")."))
    pk = _angka(data.porsi_kinerja)
    if pk is None or not 0 <= pk <= 100:
        add(QT_TRANSLATE_NOOP("Pesan", "Porsi kinerja harus 0 sampai 100 persen (terisi: {terisi})."),
            terisi=repr(data.porsi_kinerja))
    for p in Predikat:
        v = _angka(data.persen_predikat.get(p.value))
        if v is None:
            add(QT_TRANSLATE_NOOP("Pesan", "Persentase untuk predikat {label} belum diisi."), label=Msg(p.label))
        elif not 0 <= v <= 100:
            add(QT_TRANSLATE_NOOP("Pesan", "Persentase untuk predikat {label} harus 0 sampai 100 (terisi: {terisi})."),
                label=Msg(p.label), terisi=f"{v:g}")
    unknown = set(data.persen_predikat) - {p.value for p in Predikat}
    if unknown:
        add(QT_TRANSLATE_NOOP("Pesan", "Predikat tidak dikenal: {daftar}."), daftar=", ".join(sorted(unknown)))
    if not data.nilai_kelas:
        add(QT_TRANSLATE_NOOP("Pesan", "Isi besaran TPP paling sedikit untuk satu kelas jabatan."))
    for k, v in sorted(data.nilai_kelas.items(), key=lambda kv: str(kv[0])):
        if isinstance(k, bool) or not isinstance(k, int) or not KELAS_MIN <= k <= KELAS_MAX:
            add(QT_TRANSLATE_NOOP("Pesan", "Kelas jabatan {kelas} tidak dikenal (harus {min} sampai {maks})."),
                kelas=repr(k), min=KELAS_MIN, maks=KELAS_MAX)
            continue
        f = _angka(v)
        if f is None or f < 0:
            add(QT_TRANSLATE_NOOP("Pesan", "Besaran TPP kelas {kelas} harus angka 0 atau lebih (terisi: {terisi})."),
                kelas=k, terisi=repr(v))
    return out


def daftar_aturan(ctx: AppContext) -> list[AturanInsentifInfo]:
    """Every rule version, newest effective date first."""
    _require(ctx)
    with ctx.read(Permission.INSENTIF) as s:
        return [_info(a) for a in s.scalars(select(AturanInsentif).order_by(AturanInsentif.berlaku_mulai.desc()))]


def simpan_aturan(ctx: AppContext, data: AturanInsentifData, aturan_id: int | None = None) -> AturanInsentifInfo:
    """Add a rule (``aturan_id`` None) or change one; refused with every problem named, one rule per date."""
    _require(ctx)
    problems = validasi_aturan(data)
    if problems:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Aturan insentif belum disimpan: {masalah}"), masalah=problems[0].pesan),
                              [FieldProblem("aturan", p.pesan) for p in problems])
    values = dict(berlaku_mulai=data.berlaku_mulai, nama=data.nama.strip(), porsi_kinerja=float(data.porsi_kinerja),
                  persen_predikat={p.value: float(data.persen_predikat[p.value]) for p in Predikat},
                  nilai_kelas={str(k): float(v) for k, v in sorted(data.nilai_kelas.items())},
                  keterangan=(data.keterangan or "").strip() or None)
    with ctx.write("insentif.aturan_simpan", Permission.INSENTIF) as uow:
        s = uow.session
        clash = s.scalar(select(AturanInsentif).where(AturanInsentif.berlaku_mulai == data.berlaku_mulai,
                                                      AturanInsentif.id != (aturan_id or 0)))
        if clash is not None:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Sudah ada aturan yang berlaku mulai {tanggal} (\"{nama_aturan}\"): satu tanggal berlaku hanya untuk satu aturan; ubah aturan itu atau pilih tanggal lain."),
                tanggal=format_tanggal(data.berlaku_mulai), nama_aturan=clash.nama,
            ))
        if aturan_id is None:
            a = AturanInsentif(**values)
            s.add(a)
            uow.audit_change(a, None, f"Aturan insentif \"{a.nama}\" ditambahkan")
        else:
            a = s.get(AturanInsentif, aturan_id)
            if a is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Aturan insentif dengan id {aturan_id} tidak ditemukan."),
                    aturan_id=aturan_id,
                ))
            before = row_dict(a)
            for k, v in values.items():
                setattr(a, k, v)
            uow.audit_change(a, before, f"Aturan insentif \"{a.nama}\" diubah")
        s.flush()
        return _info(a)


def hapus_aturan(ctx: AppContext, aturan_id: int) -> None:
    _require(ctx)
    with ctx.write("insentif.aturan_hapus", Permission.INSENTIF) as uow:
        a = uow.session.get(AturanInsentif, aturan_id)
        if a is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Aturan insentif dengan id {aturan_id} tidak ditemukan."),
                aturan_id=aturan_id,
            ))
        uow.audit("aturan_insentif", a.id, f"Aturan insentif \"{a.nama}\" dihapus",
                  {"nama": a.nama, "berlaku_mulai": a.berlaku_mulai.isoformat(), "porsi_kinerja": a.porsi_kinerja,
                   "persen_predikat": a.persen_predikat, "nilai_kelas": a.nilai_kelas}, None)
        uow.session.delete(a)


# --------------------------------------------------------------------------- discipline input


def daftar_disiplin(ctx: AppContext, tahun: int, bulan: int) -> dict[int, float]:
    """pegawai_id → discipline percent entered for the month."""
    _require(ctx)
    with ctx.read(Permission.INSENTIF) as s:
        return {pid: float(v) for pid, v in s.execute(
            select(DisiplinInsentif.pegawai_id, DisiplinInsentif.persen)
            .where(DisiplinInsentif.bulan == kunci_bulan(tahun, bulan)))}


def daftar_isian_disiplin(ctx: AppContext, tahun: int, bulan: int) -> list[tuple[PegawaiRingkas, float | None]]:
    """Every active employee with the discipline percent entered for the month (None = not yet)."""
    _require(ctx)
    isi = daftar_disiplin(ctx, tahun, bulan)
    with ctx.read(Permission.INSENTIF) as s:
        units = scope.nama_unit(s)  # with its kecamatan at regency scale
        return [(_pegawai_ringkas(p, units), isi.get(p.id)) for p in _pegawai_rows(s)]


def _simpan_disiplin(s: Session, key: str, nilai: Mapping[int, float | None]) -> int:
    ada = {d.pegawai_id: d for d in s.scalars(select(DisiplinInsentif).where(DisiplinInsentif.bulan == key))}
    n = 0
    for pid, v in nilai.items():
        row = ada.get(pid)
        if v is None:
            if row is not None:
                s.delete(row)
                n += 1
            continue
        if row is None:
            s.add(DisiplinInsentif(pegawai_id=pid, bulan=key, persen=float(v)))
            n += 1
        elif row.persen != float(v):
            row.persen = float(v)
            n += 1
    return n


def simpan_disiplin(ctx: AppContext, tahun: int, bulan: int, nilai: Mapping[int, float | None]) -> int:
    """Store discipline percents (0–100; None clears) for the month; returns how many changed."""
    _require(ctx)
    if not 1 <= bulan <= 12:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Bulan {bulan} tidak dikenal."), bulan=bulan))
    for pid, v in nilai.items():
        f = _angka(v) if v is not None else None
        if v is not None and (f is None or not 0 <= f <= 100):
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Persentase disiplin harus 0 sampai 100 (pegawai id {pid}: {v})."),
                pid=pid, v=repr(v),
            ))
    key = kunci_bulan(tahun, bulan)
    with ctx.write("insentif.disiplin_simpan", Permission.INSENTIF) as uow:
        known = set(uow.session.scalars(select(Pegawai.id).where(Pegawai.id.in_(list(nilai)))))
        missing = set(nilai) - known
        if missing:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {daftar} tidak ditemukan."),
                daftar=', '.join(map(str, sorted(missing))),
            ))
        n = _simpan_disiplin(uow.session, key, nilai)
        uow.audit("disiplin_insentif", key, f"Disiplin {nama_bulan(tahun, bulan)}: {n} isian diubah", None,
                  {"bulan": key, "jumlah": n})
        return n


@dataclass
class HasilImporDisiplin:
    jumlah: int
    masalah: list[str] = field(default_factory=list)


_NIP_LABELS = {"nip", "nip baru", "nip/nippk", "nip / nippk"}


def _label(v: Any) -> str:
    return " ".join(str(v or "").replace("\n", " ").split()).casefold()


def impor_disiplin(ctx: AppContext, path: str | os.PathLike[str], tahun: int, bulan: int) -> HasilImporDisiplin:
    """Read a discipline list (a header row with "NIP" and a column whose heading holds "disiplin") and
    store it for the month. Any unusable row refuses the whole file, naming file, sheet, row and column."""
    from asn_desktop.excel.reader import Workbook, col_letter, display_value, is_blank

    _require(ctx)
    path = Path(path)
    try:
        with Workbook(path) as wb:
            found = None
            for name in wb.sheet_names:
                data = wb.read(name)
                for r in range(min(data.height, 15)):
                    labels = [_label(data.cell(r, c)) for c in range(len(data.rows[r]))]
                    c_nip = next((c for c, lb in enumerate(labels) if lb in _NIP_LABELS), None)
                    c_dis = next((c for c, lb in enumerate(labels) if "disiplin" in lb), None)
                    if c_nip is not None and c_dis is not None:
                        found = (data, r, c_nip, c_dis)
                        break
                if found:
                    break
    except ExcelError as exc:
        raise ValidationError(pesan_dari(exc)) from None
    if found is None:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Berkas \"{name}\": tidak ada lembar dengan baris judul yang memuat kolom \"NIP\" dan kolom \"Disiplin (%)\" dalam 15 baris pertama."),
            name=path.name,
        ))
    data, hr, c_nip, c_dis = found
    with ctx.read() as s:
        by_nip = dict(s.execute(select(Pegawai.nip, Pegawai.id).where(Pegawai.nip.isnot(None))).all())
    nilai: dict[int, float] = {}
    masalah: list[str] = []
    where = f"Berkas \"{path.name}\", lembar \"{data.name}\""
    for r in range(hr + 1, data.height):
        v_nip, v_dis = data.cell(r, c_nip), data.cell(r, c_dis)
        if is_blank(v_nip) and is_blank(v_dis):
            continue
        nip = digits_only(display_value(v_nip))
        if nip not in by_nip:
            masalah.append(f"{where}, baris {r + 1}, kolom {col_letter(c_nip)}: NIP \"{display_value(v_nip)}\" "
                           "tidak ada di data pegawai.")
            continue
        text = display_value(v_dis).replace("%", "").replace(",", ".").strip()
        f = _angka(v_dis) if isinstance(v_dis, (int, float)) else _angka(text)
        if f is None or not 0 <= f <= 100:
            masalah.append(f"{where}, baris {r + 1}, kolom {col_letter(c_dis)}: \"{display_value(v_dis)}\" bukan "
                           "persentase disiplin 0 sampai 100.")
            continue
        nilai[by_nip[nip]] = f
    if masalah:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Disiplin {nama_bulan} tidak diimpor: %n baris bermasalah."),
            nama_bulan=nama_bulan(tahun, bulan), n=len(masalah),
        ),
                              [FieldProblem(path.name, m) for m in masalah])
    if not nilai:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{where}: tidak ada baris data di bawah judul (baris {baris})."),
            where=where, baris=hr + 1,
        ))
    simpan_disiplin(ctx, tahun, bulan, nilai)
    return HasilImporDisiplin(len(nilai))


# --------------------------------------------------------------------------- computing


@dataclass(frozen=True)
class BarisInsentif:
    pegawai: PegawaiRingkas
    kelas: int | None
    tpp: int | None  # sum of the monthly TPP of the kelas over the months
    predikat: str  # per month when it differs: "Jan: Baik; Feb: Sangat Baik"
    nilai_kinerja: int | None
    disiplin: str  # percent(s) entered
    nilai_disiplin: int | None
    total: int | None  # None when a part could not be computed
    aturan: str  # the rule version(s) used
    keterangan: str
    #: ``aturan`` and ``keterangan`` as messages for the screen (the export keeps the Indonesian text)
    aturan_pesan: tuple[Msg, ...] = ()
    keterangan_pesan: tuple[Msg, ...] = ()


@dataclass(frozen=True)
class HasilInsentif:
    judul: str  # "Maret 2026" / "Triwulan I 2026"
    bulan: tuple[int, ...]
    tahun: int
    baris: list[BarisInsentif]
    aturan: list[str]  # rule versions used, cited in the export
    aturan_pesan: tuple[Msg, ...] = ()  # the same for the screen

    @property
    def jumlah(self) -> int:
        return sum(b.total or 0 for b in self.baris)


def _predikat_bulanan(s: Session, tahun: int, bulan: Sequence[int]) -> dict[int, dict[int, str]]:
    """pegawai_id → month → predikat of the rated periodic evaluation whose period covers the month
    (the latest SKP version when there are several)."""
    t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
    if t is None:
        return {}
    periods = s.scalars(select(Periode).where(Periode.tahun_id == t.id,
                                              Periode.jenis == JenisPeriode.PERIODIK.value)).all()
    covers: dict[int, int] = {}  # month → periode id
    for m in bulan:
        mid = date(tahun, m, 15)
        for p in periods:
            if p.tanggal_mulai <= mid <= p.tanggal_selesai:
                covers[m] = p.id
    if not covers:
        return {}
    rows = s.execute(
        select(Skp.pegawai_id, Skp.versi, Evaluasi.periode_id, Evaluasi.predikat)
        .join(Skp, Skp.id == Evaluasi.skp_id)
        .where(Evaluasi.periode_id.in_(set(covers.values())), Evaluasi.status.in_(_DINILAI),
               Evaluasi.predikat.isnot(None))
        .order_by(Skp.versi)
    ).all()
    by: dict[tuple[int, int], str] = {}
    for pid, _v, per_id, pred in rows:
        by[(pid, per_id)] = pred
    out: dict[int, dict[int, str]] = defaultdict(dict)
    for (pid, per_id), pred in by.items():
        for m, pp in covers.items():
            if pp == per_id:
                out[pid][m] = pred
    return out


def hitung_insentif(ctx: AppContext, tahun: int, bulan: Sequence[int], judul: str | None = None,
                    progress: Progress | None = None) -> HasilInsentif:
    """The TPP of every active employee for ``bulan`` (months of ``tahun``), month by month summed."""
    _require(ctx)
    progress = progress or Progress.none()
    months = sorted(set(bulan))
    if not months or any(not 1 <= m <= 12 for m in months):
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilih bulan 1 sampai 12.")))
    judul = judul or (nama_bulan(tahun, months[0]) if len(months) == 1 else
                      f"{BULAN[months[0] - 1]} – {BULAN[months[-1] - 1]} {tahun}")
    with ctx.read(Permission.INSENTIF) as s:
        rules = [_info(a) for a in s.scalars(select(AturanInsentif).order_by(AturanInsentif.berlaku_mulai))]
        rule_of: dict[int, AturanInsentifInfo | None] = {}
        for m in months:
            first = date(tahun, m, 1)
            rule_of[m] = next((r for r in reversed(rules) if r.berlaku_mulai <= first), None)
        units = scope.nama_unit(s)  # with its kecamatan at regency scale
        peg = _pegawai_rows(s)
        kelas = dict(s.execute(select(Pegawai.id, Pegawai.kelas_jabatan).where(Pegawai.status == "aktif")).all())
        pred = _predikat_bulanan(s, tahun, months)
        dis: dict[tuple[int, str], float] = {}
        keys = [kunci_bulan(tahun, m) for m in months]
        for chunk in in_chunks(keys):
            for pid, key, v in s.execute(select(DisiplinInsentif.pegawai_id, DisiplinInsentif.bulan,
                                                DisiplinInsentif.persen).where(DisiplinInsentif.bulan.in_(chunk))):
                dis[(pid, key)] = float(v)
    used = list({r.id: r for r in rule_of.values() if r is not None}.values())
    out: list[BarisInsentif] = []
    for i, p in enumerate(peg):
        progress.step(i, len(peg), "Menghitung insentif")
        k = kelas.get(p.id)
        notes: dict[str, list[str]] = {}  # what is missing (a template) → the months it is missing in
        kelas_rule: int | None = None  # the kelas a rule lacks (the one parameter of a note)
        tpp = kin = dsp = Decimal(0)
        ok_kin = ok_dsp = ok_tpp = True
        preds: list[tuple[int, str]] = []
        dis_txt: list[tuple[int, str]] = []
        for m in months:
            nm = BULAN_PENDEK[m - 1]
            rule = rule_of[m]
            pr = pred.get(p.id, {}).get(m)
            preds.append((m, Predikat(pr).label if pr else "-"))
            dv = dis.get((p.id, kunci_bulan(tahun, m)))
            dis_txt.append((m, f"{dv:g} %".replace(".", ",") if dv is not None else "-"))
            if rule is None:
                notes.setdefault(QT_TRANSLATE_NOOP("Pesan", "tidak ada aturan yang berlaku"), []).append(nm)
                ok_tpp = ok_kin = ok_dsp = False
                continue
            if k is None:
                ok_tpp = ok_kin = ok_dsp = False
                continue
            base = rule.nilai_kelas.get(k)
            if base is None:
                notes.setdefault(QT_TRANSLATE_NOOP("Pesan", "aturan tidak memuat kelas {kelas}"), []).append(nm)
                kelas_rule = k
                ok_tpp = ok_kin = ok_dsp = False
                continue
            b = Decimal(str(base))
            tpp += b
            if pr is None:
                notes.setdefault(QT_TRANSLATE_NOOP("Pesan", "predikat belum ada"), []).append(nm)
                ok_kin = False
            else:
                kin += Decimal(_bulat(b * Decimal(str(rule.porsi_kinerja)) * Decimal(str(rule.persen_predikat[pr]))
                                      / Decimal(10000)))
            if dv is None:
                notes.setdefault(QT_TRANSLATE_NOOP("Pesan", "disiplin belum diisi"), []).append(nm)
                ok_dsp = False
            else:
                dsp += Decimal(_bulat(b * Decimal(str(rule.porsi_disiplin)) * Decimal(str(dv)) / Decimal(10000)))
        pesan: list[Msg] = []
        for what, ms in notes.items():
            note = Msg.of(what, kelas=kelas_rule) if "{kelas}" in what else Msg.of(what)
            pesan.append(note if len(months) == 1 else
                         Msg.of(QT_TRANSLATE_NOOP("Pesan", "{catatan} ({bulan})"), catatan=note, bulan=daftar(list(ms))))
        if k is None:
            pesan.insert(0, Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kelas jabatan belum diisi pada data pegawai")))
        teks = [str(m) for m in pesan]

        def ringkas(items: list[tuple[int, str]]) -> str:
            vals = {v for _m, v in items}
            return items[0][1] if len(vals) == 1 else "; ".join(f"{BULAN_PENDEK[m - 1]}: {v}" for m, v in items)

        n_kin = int(kin) if ok_kin else None
        n_dsp = int(dsp) if ok_dsp else None
        out.append(BarisInsentif(
            _pegawai_ringkas(p, units), k, int(tpp) if ok_tpp else None, ringkas(preds), n_kin, ringkas(dis_txt),
            n_dsp, n_kin + n_dsp if n_kin is not None and n_dsp is not None else None,
            "; ".join(dict.fromkeys(r.label for m in months if (r := rule_of[m]) is not None)) or "-",
            "; ".join(teks),
            tuple({r.id: r.label_pesan for m in months if (r := rule_of[m]) is not None}.values()), tuple(pesan)))
    progress.report(1, 1, "Selesai")
    return HasilInsentif(judul, tuple(months), tahun, out, [r.label for r in used], tuple(r.label_pesan for r in used))


def tabel_insentif(h: HasilInsentif) -> Tabel:
    kol = [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 21), Kolom("Jabatan", 30),
           Kolom("Unit Kerja", 26), Kolom("Kelas", 7, angka=True), Kolom("TPP (Rp)", 14, angka=True),
           Kolom("Predikat", 16, wrap=True), Kolom("Komponen Kinerja (Rp)", 16, angka=True),
           Kolom("Disiplin (%)", 12, wrap=True), Kolom("Komponen Disiplin (Rp)", 16, angka=True),
           Kolom("Jumlah Diterima (Rp)", 16, angka=True), Kolom("Aturan", 34, wrap=True),
           Kolom("Keterangan", 40, wrap=True)]
    data = [[i, b.pegawai.nama, b.pegawai.nip, b.pegawai.jabatan, b.pegawai.unit_nama, b.kelas, b.tpp, b.predikat,
             b.nilai_kinerja, b.disiplin, b.nilai_disiplin, b.total, b.aturan, b.keterangan]
            for i, b in enumerate(h.baris, 1)]
    data.append(["", "JUMLAH", "", "", "", None, None, "", sum(b.nilai_kinerja or 0 for b in h.baris), "",
                 sum(b.nilai_disiplin or 0 for b in h.baris), h.jumlah, "", ""])
    catatan = ["Dasar: " + ("; ".join(h.aturan) if h.aturan else "tidak ada aturan yang berlaku"),
               "Komponen kinerja = TPP kelas × porsi kinerja × persentase predikat; komponen disiplin = TPP kelas × "
               "porsi disiplin × persentase disiplin. Baris tanpa jumlah belum dapat dihitung (lihat keterangan)."]
    return Tabel("Insentif Kinerja", f"Perhitungan TPP Kinerja — {h.judul}", kol, data, catatan=catatan)


def ekspor_insentif(ctx: AppContext, tahun: int, bulan: Sequence[int], path: str | os.PathLike[str],
                    judul: str | None = None, progress: Progress | None = None) -> Path:
    """The computation as a workbook for the treasurer (bendahara)."""
    h = hitung_insentif(ctx, tahun, bulan, judul, progress)
    with ctx.write("insentif.ekspor", Permission.INSENTIF) as uow:  # who took pay figures out, and when
        uow.audit(None, None, f"Perhitungan insentif {h.judul} diekspor ke {Path(path).name}", None,
                  {"aturan": h.aturan, "jumlah": h.jumlah})
    return tulis_tabel(path, tabel_insentif(h), kantor=get_office(ctx).nama_kantor, progress=progress)


# --------------------------------------------------------------------------- demo


def tambah_demo_insentif(s: Session, tahun: int) -> None:
    """One incentive rule (in the demo's own transaction): amounts of a typical kota Perkada."""
    nilai = {k: 1_000_000 + 250_000 * (k - 1) for k in range(1, 16)}
    s.add(AturanInsentif(
        berlaku_mulai=date(tahun, 1, 1), nama=f"Perkada TPP {tahun} (contoh)", porsi_kinerja=60.0,
        persen_predikat={Predikat.SANGAT_BAIK.value: 100.0, Predikat.BAIK.value: 100.0,
                         Predikat.BUTUH_PERBAIKAN.value: 75.0, Predikat.KURANG.value: 50.0,
                         Predikat.SANGAT_KURANG.value: 25.0},
        nilai_kelas={str(k): float(v) for k, v in nilai.items()},
        keterangan="Contoh data demo: 60 % kinerja, 40 % disiplin."))


__all__ = [
    "AturanInsentifData",
    "AturanInsentifInfo",
    "BarisInsentif",
    "HasilInsentif",
    "daftar_aturan",
    "daftar_disiplin",
    "daftar_isian_disiplin",
    "ekspor_insentif",
    "hapus_aturan",
    "hitung_insentif",
    "impor_disiplin",
    "nama_bulan",
    "rupiah",
    "simpan_aturan",
    "simpan_disiplin",
    "tabel_insentif",
    "validasi_aturan",
]
