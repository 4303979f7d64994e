"""Follow-up lists of the cycle (Pasal 5 PermenPANRB 6/2022, tindak lanjut; kinerja-asn.md §2, §5).

- **Angka kredit** for jabatan fungsional (Peraturan BKN 3/2023): AK = bulan/12 ×
  persentase predikat × koefisien tahunan of the jenjang (``domain.rating.angka_kredit``);
  periodic AK uses the months of the period. Koefisien defaults can be overridden in
  the ``koefisien_ak`` setting.
- **Kebutuhan pelatihan**: rated Di Bawah Ekspektasi in a period of the year, or under
  20 JP of pengembangan kompetensi this year (PP 17/2020 Pasal 203), with the BerAKHLAK
  values that 360° input rated Di Bawah.
- **Kandidat penghargaan / talenta**: Sangat Baik in consecutive periods or years.
- **Cek karier** (jabatan berbasis kinerja): who meets the predicate condition for
  kenaikan pangkat or promotion; the rule is a setting (``aturan_karier``), default
  "paling rendah Baik pada setiap 2 tahun terakhir".

Every list can be exported to Excel (``excel/laporan_xlsx.py``). Rows that rest on
ratings only appear for users who may see those ratings (scope.can_see_ratings).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from fractions import Fraction
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.batch import in_chunks
from asn_desktop.db.models import (
    Evaluasi,
    Masukan360,
    Masukan360Nilai,
    Pegawai,
    PenilaianHistoris,
    Periode,
    RiwayatDiklat,
    RiwayatJabatan,
    Skp,
    TahunKinerja,
)
from asn_desktop.domain.berakhlak import nilai_by_kode
from asn_desktop.domain.enums import (
    JenisJabatan,
    JenisPeriode,
    JenjangFungsional,
    Predikat,
    Rating,
    StatusEvaluasi,
)
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.rating import (
    KOEFISIEN_TAHUNAN,
    PERSENTASE_AK,
    MasaJenjang,
    angka_kredit_masa,
    jenjang_per_bulan,
    predikat_rank,
)
from asn_desktop.domain.roles import Permission
from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
from asn_desktop.options import ATURAN_KARIER, KOEFISIEN_AK
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, ValidationError
from asn_desktop.services import scope
from asn_desktop.services.evaluasi import SkpRingkas, format_angka, skp_ref, skp_terkini
from asn_desktop.services.laporan import KATEGORI_HISTORIS, _require_reports
from asn_desktop.domain.periode import nama_pendek
from asn_desktop.services.periode import periode_info
from asn_desktop.services.settings import get_office, get_option, set_option

_DINILAI = (StatusEvaluasi.DINILAI.value, StatusEvaluasi.FINAL.value)
#: PP 17/2020 Pasal 203: pengembangan kompetensi paling sedikit 20 JP setahun.
MIN_JP = 20
ATURAN_KARIER_KEY = ATURAN_KARIER.key
KOEFISIEN_KEY = KOEFISIEN_AK.key


# --------------------------------------------------------------------------- shared


@dataclass(frozen=True)
class PegawaiRingkas:
    pegawai_id: int
    nama: str
    nip: str
    jabatan: str
    golongan: str
    unit_nama: str


def _pegawai_ringkas(p: Any, units: dict[int, str]) -> PegawaiRingkas:
    """From a row of :func:`_pegawai_rows` (or a Pegawai)."""
    return PegawaiRingkas(p.id, format_nama(p.gelar_depan, p.nama, p.gelar_belakang), p.nip or "",
                          p.nama_jabatan or "", p.golongan or "", units.get(p.unit_id, "") if p.unit_id else "")


def _pegawai_rows(s: Session, *where: Any) -> list[Any]:
    """Active employees as column rows (no ORM objects: fast on a regency database)."""
    return list(s.execute(
        select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang, Pegawai.nip,
               Pegawai.nama_jabatan, Pegawai.golongan, Pegawai.unit_id, Pegawai.atasan_id, Pegawai.jenjang)
        .where(Pegawai.status == "aktif", *where)
        .order_by(Pegawai.nama)
    ).all())


@dataclass(frozen=True)
class _Ev:
    periode_id: int
    predikat: str
    rating_hasil_kerja: str | None
    rating_perilaku: str | None


@dataclass
class _EvalData:
    """Rated evaluations of some years, keyed by employee, restricted to what the actor may see."""

    periods: list[Periode]
    by_pegawai: dict[int, dict[int, _Ev]]  # pegawai_id -> periode_id -> rated evaluation
    visible: set[int]  # employees with at least one visible rated evaluation


def _tahun(s: Session, tahun: int) -> TahunKinerja:
    t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
    if t is None:
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat."), tahun=tahun))
    return t


def _atasan_map(s: Session) -> dict[int, int | None]:
    return dict(s.execute(select(Pegawai.id, Pegawai.atasan_id)).all())


def _eval_data(s: Session, ctx: AppContext, tahun_ids: list[int], *, semua: bool = False) -> _EvalData:
    periods = s.scalars(select(Periode).where(Periode.tahun_id.in_(tahun_ids))).all()
    atasan = _atasan_map(s)
    rows = s.execute(
        select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, Skp.pejabat_penilai_id, Skp.penilai_nama,
               Skp.pegawai_nama, Evaluasi.periode_id, Evaluasi.predikat, Evaluasi.rating_hasil_kerja,
               Evaluasi.rating_perilaku)
        .join(Skp, Skp.id == Evaluasi.skp_id)
        .where(Evaluasi.periode_id.in_([p.id for p in periods]), Evaluasi.status.in_(_DINILAI),
               Evaluasi.predikat.is_not(None))
    ).all()
    by: dict[int, dict[int, _Ev]] = defaultdict(dict)
    seen: dict[int, bool] = {}
    for r in rows:
        ok = seen.get(r[0])
        if ok is None:
            ok = seen[r[0]] = semua or scope.can_see_ratings(ctx.actor, skp_ref(SkpRingkas(*r[:7]), atasan.get(r[1])))
        if ok:
            by[r[1]][r[7]] = _Ev(r[7], r[8], r[9], r[10])
    periods = sorted(periods, key=lambda p: (p.tahun_kinerja.tahun, p.jenis == JenisPeriode.TAHUNAN.value, p.urutan))
    return _EvalData(list(periods), by, set(by))


def _units(s: Session) -> dict[int, str]:
    return scope.nama_unit(s)  # with its kecamatan at regency scale


def _pendek(p: Periode) -> str:
    return f"{nama_pendek(p.nama)} {p.tahun_kinerja.tahun}"


# --------------------------------------------------------------------------- angka kredit


def koefisien_ak(ctx: AppContext) -> dict[JenjangFungsional, float]:
    """Annual coefficients per jenjang: domain defaults, overridden by the ``koefisien_ak`` setting."""
    out = dict(KOEFISIEN_TAHUNAN)
    raw = get_option(ctx, KOEFISIEN_AK)
    if isinstance(raw, dict):
        for k, v in raw.items():
            try:
                out[JenjangFungsional(k)] = float(v)
            except (ValueError, TypeError):
                continue
    return out


@dataclass(frozen=True)
class AkPeriode:
    periode: str
    predikat: Predikat | None
    bulan: int
    ak: float | None
    jenjang: str = ""  # jenjang held in the period's months, e.g. "Ahli Pertama 2 bln, Ahli Muda 1 bln"


@dataclass(frozen=True)
class BarisAngkaKredit:
    pegawai: PegawaiRingkas
    jenjang: str  # current jenjang (label)
    koefisien: float  # of the current jenjang
    periode: tuple[AkPeriode, ...]
    ak_tahunan: float | None
    dasar: str  # how ak_tahunan was obtained (and the jenjang held month by month when it changed)
    masa: tuple[MasaJenjang, ...] = ()  # the year's months by jenjang held (riwayat jabatan)


_BULAN_PENDEK = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def _jenjang_riwayat(s: Session, pegawai_ids: list[int]) -> dict[int, list[tuple[date, JenjangFungsional | None]]]:
    """Dated riwayat jabatan per employee as (TMT, jenjang fungsional or None for another kind of post)."""
    out: dict[int, list[tuple[date, JenjangFungsional | None]]] = defaultdict(list)
    fungsional = {JenisJabatan.FUNGSIONAL_KEAHLIAN.value, JenisJabatan.FUNGSIONAL_KETERAMPILAN.value}
    for chunk in in_chunks(pegawai_ids):
        rows = s.execute(
            select(RiwayatJabatan.pegawai_id, RiwayatJabatan.tmt, RiwayatJabatan.jenis_jabatan,
                   RiwayatJabatan.jenjang)
            .where(RiwayatJabatan.pegawai_id.in_(chunk), RiwayatJabatan.tmt.is_not(None))
            .order_by(RiwayatJabatan.pegawai_id, RiwayatJabatan.tmt, RiwayatJabatan.id)
        ).all()
        for pid, tmt, jenis, jenjang in rows:
            jj: JenjangFungsional | None = None
            if jenjang and (jenis is None or jenis in fungsional):
                try:
                    jj = JenjangFungsional(jenjang)
                except ValueError:
                    jj = None
            out[pid].append((tmt, jj))
    return out


def _teks_masa(masa: Sequence[MasaJenjang], koef: dict[JenjangFungsional, float] | None = None) -> str:
    parts = []
    for m in masa:
        bulan = (_BULAN_PENDEK[m.bulan_mulai - 1] if m.bulan == 1
                 else f"{_BULAN_PENDEK[m.bulan_mulai - 1]}–{_BULAN_PENDEK[m.bulan_selesai - 1]}")
        if m.jenjang is None:
            parts.append(f"{bulan} tanpa jenjang tercatat")
        elif koef is not None:
            parts.append(f"{m.jenjang.label} {bulan} (koefisien {format_angka(koef.get(m.jenjang, 0.0))})")
        else:
            parts.append(f"{m.jenjang.label} {m.bulan} bln" if len(masa) > 1 else m.jenjang.label)
    return ", ".join(parts)


def daftar_angka_kredit(ctx: AppContext, tahun: int) -> list[BarisAngkaKredit]:
    """AK per period and for the year of every jabatan fungsional employee (Peraturan BKN 3/2023).

    Each month counts at the coefficient of the jenjang held in it (riwayat jabatan,
    ``domain.rating.jenjang_per_bulan``): a promotion during the year does not re-price the months
    served in the lower jenjang. Without a dated riwayat jabatan the current jenjang is used.
    """
    _require_reports(ctx)
    koef = koefisien_ak(ctx)
    with ctx.read() as s:
        t = _tahun(s, tahun)
        data = _eval_data(s, ctx, [t.id])
        units = _units(s)
        peg = _pegawai_rows(s, Pegawai.jenis_jabatan.in_([JenisJabatan.FUNGSIONAL_KEAHLIAN.value,
                                                          JenisJabatan.FUNGSIONAL_KETERAMPILAN.value]))
        skps = skp_terkini(s, tahun)
        riwayat = _jenjang_riwayat(s, [p.id for p in peg])
        periodik = [p for p in data.periods if p.jenis == JenisPeriode.PERIODIK.value]
        tahunan = next((p for p in data.periods if p.jenis == JenisPeriode.TAHUNAN.value), None)
        out: list[BarisAngkaKredit] = []
        for p in peg:
            skp = skps.get(p.id)
            if skp is None or not scope.can_see_ratings(ctx.actor, skp_ref(skp, p.atasan_id)):
                continue
            try:
                jj = JenjangFungsional(p.jenjang) if p.jenjang else None
            except ValueError:
                jj = None
            k = koef.get(jj, 0.0) if jj else 0.0
            hist = riwayat.get(p.id) or ([(date(1900, 1, 1), jj)] if jj else [])

            def masa(mulai: int, selesai: int, hist: list[tuple[date, JenjangFungsional | None]] = hist
                     ) -> list[MasaJenjang]:
                return jenjang_per_bulan(hist, tahun, mulai, selesai)

            evs = data.by_pegawai.get(p.id, {})
            items: list[AkPeriode] = []
            for per in periodik:
                ev = evs.get(per.id)
                pred = Predikat(ev.predikat) if ev else None
                info = periode_info(per)
                m = masa(info.tanggal_mulai.month if info.tanggal_mulai.year == tahun else 1,
                         info.tanggal_selesai.month if info.tanggal_selesai.year == tahun else 12)
                items.append(AkPeriode(_pendek(per), pred, info.bulan,
                                       angka_kredit_masa(pred, m, koef) if pred else None, _teks_masa(m)))
            masa_tahun = masa(1, 12)
            ada_jenjang = any(x.jenjang is not None for x in masa_tahun)
            ak_t: float | None = None
            # Indonesian for the Excel list, the message for the screen (Teks)
            dasar: str = ""
            ann = evs.get(tahunan.id) if tahunan else None
            if not ada_jenjang:
                dasar = Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Jenjang jabatan fungsional belum diisi pada data pegawai")))
            elif ann is not None:
                ak_t = angka_kredit_masa(Predikat(ann.predikat), masa_tahun, koef)
                dasar = Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Predikat tahunan {predikat}"),
                                    predikat=Msg(Predikat(ann.predikat).label)))
            elif any(i.ak is not None for i in items):
                # summed exactly, rounded once (per-period rounding would drift: 0.938 + 0.938 + 1.25)
                exact = Fraction(0)
                for per, i in zip(periodik, items):
                    if i.ak is None or i.predikat is None:
                        continue
                    info = periode_info(per)
                    for m in masa(info.tanggal_mulai.month if info.tanggal_mulai.year == tahun else 1,
                                  info.tanggal_selesai.month if info.tanggal_selesai.year == tahun else 12):
                        if m.jenjang is not None:
                            exact += (Fraction(m.bulan * PERSENTASE_AK[i.predikat], 1200)
                                      * Fraction(str(koef.get(m.jenjang, 0.0))))
                ak_t = float((exact * 1000 + Fraction(1, 2)).__floor__()) / 1000
                n = sum(1 for i in items if i.ak is not None)
                dasar = Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jumlah {n} periode yang dinilai (evaluasi tahunan belum ada)"),
                                    n=n))
            else:
                dasar = Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Belum ada periode yang dinilai")))
            if ada_jenjang and (len(masa_tahun) > 1 or masa_tahun[0].jenjang != jj):
                dasar = Teks(Msg.of(QT_TRANSLATE_NOOP("Pesan", "{dasar}; jenjang menurut riwayat jabatan: {masa}"),
                                    dasar=getattr(dasar, "pesan", dasar), masa=_teks_masa(masa_tahun, koef)))
            out.append(BarisAngkaKredit(_pegawai_ringkas(p, units), jj.label if jj else "", k, tuple(items),
                                        ak_t, dasar, tuple(masa_tahun)))
        return out


# --------------------------------------------------------------------------- training needs


@dataclass(frozen=True)
class BarisPelatihan:
    pegawai: PegawaiRingkas
    jp_tahun_ini: float
    alasan: tuple[str, ...]
    nilai_terkait: tuple[str, ...]  # BerAKHLAK values (or "Hasil kerja") concerned


def daftar_kebutuhan_pelatihan(ctx: AppContext, tahun: int, min_jp: float = MIN_JP) -> list[BarisPelatihan]:
    """Employees rated Di Bawah Ekspektasi in the year, or with fewer than ``min_jp`` JP of training."""
    _require_reports(ctx)
    with ctx.read() as s:
        t = _tahun(s, tahun)
        data = _eval_data(s, ctx, [t.id])
        units = _units(s)
        peg = _pegawai_rows(s)
        jp: dict[int, float] = defaultdict(float)
        for pid, mulai, selesai, j in s.execute(
            select(RiwayatDiklat.pegawai_id, RiwayatDiklat.tanggal_mulai, RiwayatDiklat.tanggal_selesai,
                   RiwayatDiklat.jp)
        ):
            d = selesai or mulai
            if d is not None and d.year == tahun and j:
                jp[pid] += float(j)
        # 360° input rated Di Bawah, per employee and value
        weak: dict[int, set[str]] = defaultdict(set)
        for pid, kode in s.execute(
            select(Skp.pegawai_id, Masukan360Nilai.kode)
            .join(Evaluasi, Evaluasi.skp_id == Skp.id)
            .join(Masukan360, Masukan360.evaluasi_id == Evaluasi.id)
            .join(Masukan360Nilai, Masukan360Nilai.masukan_id == Masukan360.id)
            .where(Skp.tahun == tahun, Masukan360Nilai.rating == Rating.DI_BAWAH.value,
                   Masukan360.diajukan_pada.is_not(None))
        ):
            weak[pid].add(kode)
        out: list[BarisPelatihan] = []
        for p in peg:
            alasan: list[str] = []
            nilai: list[str] = []
            evs = data.by_pegawai.get(p.id, {})
            seen_rating = p.id in data.visible
            for per in data.periods:
                ev = evs.get(per.id)
                if ev is None:
                    continue
                if ev.rating_hasil_kerja == Rating.DI_BAWAH.value:
                    alasan.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "Rating hasil kerja Di Bawah Ekspektasi ({periode})"), periode=_pendek(per))))
                    if "Hasil kerja" not in nilai:
                        nilai.append("Hasil kerja")
                if ev.rating_perilaku == Rating.DI_BAWAH.value:
                    alasan.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                        "Pesan", "Rating perilaku kerja Di Bawah Ekspektasi ({periode})"), periode=_pendek(per))))
            if seen_rating:
                for kode in sorted(weak.get(p.id, ()), key=lambda k: nilai_by_kode(k).nomor):
                    nm = nilai_by_kode(kode).nama
                    if nm not in nilai:
                        nilai.append(nm)
                if any("perilaku" in a for a in alasan) and not weak.get(p.id):
                    nilai.append("Perilaku kerja (nilai belum dirinci)")
            jp_p = jp.get(p.id, 0.0)
            if jp_p < min_jp:
                alasan.append(Teks(Msg.of(QT_TRANSLATE_NOOP(
                    "Pesan", "Pengembangan kompetensi {tahun}: {jp} JP (kurang dari {minimal} JP)"),
                    tahun=tahun, jp=format_angka(jp_p), minimal=format_angka(min_jp))))
            if alasan:
                out.append(BarisPelatihan(_pegawai_ringkas(p, units), jp_p, tuple(alasan), tuple(nilai)))
        return out


# --------------------------------------------------------------------------- award / talent candidates


@dataclass(frozen=True)
class BarisKandidat:
    pegawai: PegawaiRingkas
    dasar: str
    jumlah_berturut: int
    predikat: tuple[str, ...]  # the run, e.g. ("TW I 2026", "TW II 2026")


def _annual_by_year(s: Session, data: _EvalData, ctx: AppContext, *, semua: bool = False
                    ) -> dict[int, dict[int, tuple[Predikat, str]]]:
    """pegawai_id -> tahun -> (predikat, source) from annual evaluations and older appraisals."""
    out: dict[int, dict[int, tuple[Predikat, str]]] = defaultdict(dict)
    if semua or ctx.actor.can(Permission.EVAL_READ_ALL):
        for h in s.execute(select(PenilaianHistoris.pegawai_id, PenilaianHistoris.tahun,
                                  PenilaianHistoris.kategori)):
            pred = KATEGORI_HISTORIS.get((h.kategori or "").strip().casefold())
            if pred is not None:
                out[h.pegawai_id][h.tahun] = (pred, f"{h.tahun} (skema lama: {h.kategori})")
    ann_ids = {p.id: p.tahun_kinerja.tahun for p in data.periods if p.jenis == JenisPeriode.TAHUNAN.value}
    for pid, evs in data.by_pegawai.items():
        for per_id, ev in evs.items():
            if per_id in ann_ids:
                out[pid][ann_ids[per_id]] = (Predikat(ev.predikat), f"Tahunan {ann_ids[per_id]}")
    return out


def daftar_kandidat_penghargaan(ctx: AppContext, tahun: int, min_berturut: int = 2) -> list[BarisKandidat]:
    """Sangat Baik in at least ``min_berturut`` consecutive periods of ``tahun`` or consecutive years."""
    _require_reports(ctx)
    if not 2 <= min_berturut <= 12:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jumlah berturut-turut harus 2 sampai 12.")))
    with ctx.read() as s:
        years = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun <= tahun)).all()
        if not any(y.tahun == tahun for y in years):
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat."), tahun=tahun))
        semua = scope.lihat_semua_kandidat_penghargaan(ctx.actor)
        data = _eval_data(s, ctx, [y.id for y in years], semua=semua)
        annual = _annual_by_year(s, data, ctx, semua=semua)
        units = _units(s)
        periodik = [p for p in data.periods if p.jenis == JenisPeriode.PERIODIK.value and p.tahun_kinerja.tahun == tahun]
        out: list[BarisKandidat] = []
        ids = set(data.by_pegawai) | set(annual)
        peg = {p.id: p for p in _pegawai_rows(s) if p.id in ids}
        for pid in sorted(peg, key=lambda i: peg[i].nama):
            evs = data.by_pegawai.get(pid, {})
            best: list[str] = []
            run: list[str] = []
            for per in periodik:
                ev = evs.get(per.id)
                if ev is not None and ev.predikat == Predikat.SANGAT_BAIK.value:
                    run.append(_pendek(per))
                    if len(run) > len(best):
                        best = list(run)
                else:
                    run = []
            year_run: list[str] = []
            y = tahun
            while y in annual.get(pid, {}) and annual[pid][y][0] is Predikat.SANGAT_BAIK:
                year_run.insert(0, annual[pid][y][1])
                y -= 1
            dasar = []
            if len(best) >= min_berturut:
                dasar.append(f"Sangat Baik {len(best)} periode berturut-turut ({best[0]} – {best[-1]})")
            if len(year_run) >= 2:
                dasar.append(f"Sangat Baik {len(year_run)} tahun berturut-turut ({', '.join(year_run)})")
            if dasar:
                runs = tuple(best if len(best) >= min_berturut else []) + tuple(year_run if len(year_run) >= 2 else [])
                out.append(BarisKandidat(_pegawai_ringkas(peg[pid], units), "; ".join(dasar),
                                         max(len(best), len(year_run)), runs))
        return out


# --------------------------------------------------------------------------- career rule


@dataclass(frozen=True)
class AturanKarier:
    """Predicate condition for kenaikan pangkat / promotion (jabatan berbasis kinerja)."""

    predikat_minimal: Predikat = Predikat.BAIK
    jumlah_tahun: int = 2

    @property
    def teks(self) -> str:
        return (f"Predikat kinerja tahunan paling rendah {self.predikat_minimal.label} pada setiap "
                f"{self.jumlah_tahun} tahun terakhir")


def get_aturan_karier(ctx: AppContext) -> AturanKarier:
    raw = get_option(ctx, ATURAN_KARIER)
    if not isinstance(raw, dict):
        return AturanKarier()
    try:
        return AturanKarier(Predikat(raw.get("predikat_minimal", "baik")), int(raw.get("jumlah_tahun", 2)))
    except (ValueError, TypeError):
        return AturanKarier()


def set_aturan_karier(ctx: AppContext, predikat_minimal: Predikat | str, jumlah_tahun: int) -> AturanKarier:
    try:
        pred = Predikat(predikat_minimal)
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Predikat '{predikat_minimal}' tidak dikenal."),
            predikat_minimal=predikat_minimal,
        )) from None
    if isinstance(jumlah_tahun, bool) or not isinstance(jumlah_tahun, int) or not 1 <= jumlah_tahun <= 5:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jumlah tahun harus 1 sampai 5.")))
    aturan = AturanKarier(pred, jumlah_tahun)
    set_option(ctx, ATURAN_KARIER, {"predikat_minimal": pred.value, "jumlah_tahun": jumlah_tahun})
    return aturan


@dataclass(frozen=True)
class BarisKarier:
    pegawai: PegawaiRingkas
    tahun: tuple[tuple[int, str], ...]  # (year, predicate label or "")
    memenuhi: bool
    keterangan: str


def daftar_cek_karier(ctx: AppContext, tahun: int, aturan: AturanKarier | None = None) -> tuple[AturanKarier, list[BarisKarier]]:
    """Who meets the career predicate rule up to ``tahun`` (annual predicates and older appraisals)."""
    _require_reports(ctx)
    aturan = aturan or get_aturan_karier(ctx)
    years_needed = list(range(tahun - aturan.jumlah_tahun + 1, tahun + 1))
    with ctx.read() as s:
        years = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun.in_(years_needed))).all()
        data = _eval_data(s, ctx, [y.id for y in years])
        annual = _annual_by_year(s, data, ctx)
        units = _units(s)
        peg = _pegawai_rows(s)
        may_all = ctx.actor.can(Permission.EVAL_READ_ALL)
        atasan = {p.id: p.atasan_id for p in peg}
        visible = set(data.visible)
        if not may_all:
            for r in s.execute(select(Skp.id, Skp.pegawai_id, Skp.status, Skp.versi, Skp.pejabat_penilai_id,
                                      Skp.penilai_nama, Skp.pegawai_nama).where(Skp.tahun.in_(years_needed))):
                if r.pegawai_id in atasan and r.pegawai_id not in visible and scope.can_see_ratings(
                        ctx.actor, skp_ref(SkpRingkas(*r), atasan[r.pegawai_id])):
                    visible.add(r.pegawai_id)
        out: list[BarisKarier] = []
        min_rank = predikat_rank(aturan.predikat_minimal)
        for p in peg:
            if not (may_all or p.id in visible):
                continue
            per_year = annual.get(p.id, {})
            cells: list[tuple[int, str]] = []
            missing: list[int] = []
            low: list[str] = []
            for y in years_needed:
                got = per_year.get(y)
                if got is None:
                    cells.append((y, ""))
                    missing.append(y)
                else:
                    cells.append((y, got[0].label))
                    if predikat_rank(got[0]) < min_rank:
                        low.append(f"{y}: {got[0].label}")
            ok = not missing and not low
            if ok:
                ket = "Memenuhi syarat predikat"
            else:
                parts = []
                if low:
                    parts.append("predikat di bawah " + aturan.predikat_minimal.label + " (" + ", ".join(low) + ")")
                if missing:
                    parts.append("predikat tahunan belum ada untuk " + ", ".join(str(y) for y in missing))
                ket = "Belum memenuhi: " + "; ".join(parts)
            out.append(BarisKarier(_pegawai_ringkas(p, units), tuple(cells), ok, ket))
        out.sort(key=lambda r: (not r.memenuhi, r.pegawai.nama))
        return aturan, out


# --------------------------------------------------------------------------- Excel export

JENIS_DAFTAR = {
    "angka_kredit": "Angka Kredit Jabatan Fungsional",
    "pelatihan": "Kebutuhan Pelatihan",
    "penghargaan": "Kandidat Penghargaan dan Talenta",
    "karier": "Cek Predikat untuk Kenaikan Pangkat / Promosi",
}


def _ident_cols() -> list[Kolom]:
    return [Kolom("No", 5, angka=True), Kolom("Nama", 30), Kolom("NIP", 21), Kolom("Jabatan", 30),
            Kolom("Unit Kerja", 28)]


def _ident(i: int, p: PegawaiRingkas) -> list[Any]:
    return [i, p.nama, p.nip, p.jabatan, p.unit_nama]


def tabel_tindak_lanjut(ctx: AppContext, jenis: str, tahun: int) -> Tabel:
    """The list ``jenis`` (see JENIS_DAFTAR) as a table for Excel."""
    if jenis not in JENIS_DAFTAR:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis daftar '{jenis}' tidak dikenal."), jenis=jenis))
    judul = f"{JENIS_DAFTAR[jenis]} — Tahun {tahun}"
    if jenis == "angka_kredit":
        rows = daftar_angka_kredit(ctx, tahun)
        labels = [a.periode for a in rows[0].periode] if rows else []
        kol = _ident_cols() + [Kolom("Jenjang", 16), Kolom("Koefisien", 10, angka=True)]
        for lb in labels:
            kol += [Kolom(f"Predikat {lb}", 16), Kolom(f"AK {lb}", 10, angka=True)]
        kol += [Kolom("AK Tahunan", 12, angka=True), Kolom("Dasar", 40, wrap=True)]
        data = []
        for i, r in enumerate(rows, 1):
            row = _ident(i, r.pegawai) + [r.jenjang, r.koefisien]
            for a in r.periode:
                row += [a.predikat.label if a.predikat else "", a.ak]
            row += [r.ak_tahunan, r.dasar]
            data.append(row)
        return Tabel("Angka Kredit", judul, kol, data,
                     ["Peraturan BKN 3/2023: AK = bulan/12 × persentase predikat × koefisien tahunan"])
    if jenis == "pelatihan":
        rows2 = daftar_kebutuhan_pelatihan(ctx, tahun)
        kol = _ident_cols() + [Kolom(f"JP {tahun}", 9, angka=True), Kolom("Alasan", 60, wrap=True),
                               Kolom("Nilai / aspek terkait", 36, wrap=True)]
        data = [_ident(i, r.pegawai) + [r.jp_tahun_ini, "\n".join(r.alasan), ", ".join(r.nilai_terkait)]
                for i, r in enumerate(rows2, 1)]
        return Tabel("Kebutuhan Pelatihan", judul, kol, data,
                     [f"Rating Di Bawah Ekspektasi, atau pengembangan kompetensi kurang dari {MIN_JP} JP "
                      "setahun (PP 17/2020 Pasal 203)"])
    if jenis == "penghargaan":
        rows3 = daftar_kandidat_penghargaan(ctx, tahun)
        kol = _ident_cols() + [Kolom("Dasar", 70, wrap=True)]
        data = [_ident(i, r.pegawai) + [r.dasar] for i, r in enumerate(rows3, 1)]
        return Tabel("Kandidat Penghargaan", judul, kol, data,
                     ["Predikat Sangat Baik pada periode atau tahun yang berturut-turut"])
    aturan, rows4 = daftar_cek_karier(ctx, tahun)
    years = [y for y, _v in rows4[0].tahun] if rows4 else list(range(tahun - aturan.jumlah_tahun + 1, tahun + 1))
    kol = _ident_cols() + [Kolom("Golongan", 9)] + [Kolom(f"Predikat {y}", 15) for y in years] + [
        Kolom("Memenuhi", 10), Kolom("Keterangan", 60, wrap=True)]
    data = [_ident(i, r.pegawai) + [r.pegawai.golongan] + [v for _y, v in r.tahun] + [r.memenuhi, r.keterangan]
            for i, r in enumerate(rows4, 1)]
    return Tabel("Cek Karier", judul, kol, data, [f"Aturan: {aturan.teks}"])


def ekspor_tindak_lanjut(
    ctx: AppContext,
    tahun: int,
    path: str | os.PathLike[str],
    jenis: list[str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the follow-up lists (all, or ``jenis``) to one workbook, one sheet per list."""
    progress = progress or Progress.none()
    kinds = jenis or list(JENIS_DAFTAR)
    tables = []
    for i, k in enumerate(kinds):
        progress.step(i, len(kinds) + 1, f"Menyusun {JENIS_DAFTAR.get(k, k)}")
        tables.append(tabel_tindak_lanjut(ctx, k, tahun))
    return tulis_tabel(path, tables, kantor=get_office(ctx).nama_kantor, progress=progress)


__all__ = [
    "AturanKarier",
    "BarisAngkaKredit",
    "BarisKandidat",
    "BarisKarier",
    "BarisPelatihan",
    "JENIS_DAFTAR",
    "daftar_angka_kredit",
    "daftar_cek_karier",
    "daftar_kandidat_penghargaan",
    "daftar_kebutuhan_pelatihan",
    "ekspor_tindak_lanjut",
    "get_aturan_karier",
    "koefisien_ak",
    "set_aturan_karier",
    "tabel_tindak_lanjut",
]
