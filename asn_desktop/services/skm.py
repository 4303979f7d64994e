"""Survei Kepuasan Masyarakat: surveys, front-desk entry of questionnaires, results.

Who may do what (kinerja-asn.md §9):
- creating surveys and entering or importing questionnaires: Operator (front
  desk) and Admin (``Permission.MASTER_WRITE``);
- results (NRR, IKM, mutu, suggestions): Admin and the leaders of the
  survey's unit — the kepala of that unit or of a unit above it; a survey for
  the whole kecamatan is seen by the kepala of the top unit (Camat).
Every write is one transaction with audit rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import SkmResponden, SkmSurvei, UnitKerja
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Teks
from asn_desktop.domain import skm as dskm
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.roles import Permission
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, Problems

ENTRY_PERMISSION = Permission.MASTER_WRITE
KOLOM_U = tuple(f"u{i}" for i in range(1, 10))


@dataclass(frozen=True)
class SurveiInfo:
    id: int
    uid: str
    jenis_layanan: str
    periode: str
    tanggal_mulai: date
    tanggal_selesai: date
    unit_kerja_id: int | None
    unit_nama: str
    populasi: int | None
    unsur: list[tuple[str, str, str]]  # kode, nama, bobot as text
    jumlah_responden: int
    version_id: int
    boleh_entri: bool
    boleh_hasil: bool

    @property
    def judul(self) -> str:
        return f"{self.jenis_layanan} — {self.periode}"

    @property
    def kode_unsur(self) -> list[str]:
        return [k for k, _n, _b in self.unsur]


@dataclass
class RespondenInput:
    """One questionnaire as typed or imported; ``id`` None = new."""

    nomor: int
    jawaban: dict[str, int | None]  # kode (U1…) → 1–4 / None
    jenis_kelamin: str | None = None
    umur: int | None = None
    pendidikan: str | None = None
    pekerjaan: str | None = None
    saran: str | None = None
    tanggal: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class SimpanResult:
    baru: int
    diubah: int
    dihapus: int
    jumlah: int


@dataclass
class HasilSurvei:
    survei: SurveiInfo
    hasil: dskm.HasilSkm
    sampel_minimum: int | None
    profil: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    saran: list[tuple[int, str]] = field(default_factory=list)  # (nomor kuesioner, teks)


# --------------------------------------------------------------------------- access


def _unit_parents(s: Session) -> dict[int, tuple[int | None, int | None]]:
    return scope.unit_tree(s)



def _may_enter(actor: Actor) -> bool:
    return actor.can(ENTRY_PERMISSION)


def _may_see(actor: Actor, unit_id: int | None, units: Mapping[int, tuple[int | None, int | None]]) -> bool:
    return actor.can(Permission.SCOPE_ALL) or scope.memimpin_unit(actor, unit_id, units)


def _unsur_of(sv: SkmSurvei) -> list[tuple[str, str, str]]:
    tambahan = [(str(x["kode"]), str(x["nama"])) for x in (sv.unsur_tambahan or [])]
    if not tambahan:
        return [(k, n, "1/9") for k, n in dskm.UNSUR_BAKU]
    bobot = sv.bobot or {}
    return [(k, n, str(bobot.get(k, ""))) for k, n in list(dskm.UNSUR_BAKU) + tambahan]


def _domain_unsur(info: SurveiInfo) -> list[dskm.Unsur]:
    if len(info.unsur) == len(dskm.UNSUR_BAKU):
        return dskm.unsur_baku()
    extra = [(k, n) for k, n, _b in info.unsur[len(dskm.UNSUR_BAKU):]]
    return dskm.unsur_dengan_tambahan(extra, {k: b for k, _n, b in info.unsur})


def _info(s: Session, sv: SkmSurvei, actor: Actor, units: Mapping[int, tuple[int | None, int | None]],
          count: int | None = None) -> SurveiInfo:
    unit_nama: str = Teks(Msg(QT_TRANSLATE_NOOP("Pesan", "Kecamatan (semua unit)")))  # the screen shows it via teks()
    if sv.unit_kerja_id is not None:
        unit_nama = s.get(UnitKerja, sv.unit_kerja_id).nama  # type: ignore[union-attr]
    if count is None:
        count = s.scalar(select(func.count()).select_from(SkmResponden).where(SkmResponden.survei_id == sv.id)) or 0
    return SurveiInfo(
        sv.id, sv.uid, sv.jenis_layanan, sv.periode, sv.tanggal_mulai, sv.tanggal_selesai, sv.unit_kerja_id,
        unit_nama, sv.populasi, _unsur_of(sv), count, sv.version_id, _may_enter(actor),
        _may_see(actor, sv.unit_kerja_id, units),
    )


def _survei_or_404(s: Session, survei_id: int) -> SkmSurvei:
    sv = s.get(SkmSurvei, survei_id)
    if sv is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Survei tidak ditemukan (mungkin sudah dihapus di komputer lain)."),
        ))
    return sv


# --------------------------------------------------------------------------- surveys


def daftar_survei(ctx: AppContext) -> list[SurveiInfo]:
    """Surveys the actor may enter into or see the results of, newest period first."""
    with ctx.read() as s:
        units = _unit_parents(s)
        counts = dict(s.execute(select(SkmResponden.survei_id, func.count()).group_by(SkmResponden.survei_id)).all())
        out = []
        for sv in s.scalars(select(SkmSurvei).order_by(SkmSurvei.tanggal_mulai.desc(), SkmSurvei.jenis_layanan)):
            info = _info(s, sv, ctx.actor, units, counts.get(sv.id, 0))
            if info.boleh_entri or info.boleh_hasil:
                out.append(info)
        return out


def buat_survei(
    ctx: AppContext,
    jenis_layanan: str,
    periode: str,
    tanggal_mulai: date,
    tanggal_selesai: date,
    *,
    unit_kerja_id: int | None = None,
    populasi: int | None = None,
    unsur_tambahan: Sequence[tuple[str, str]] = (),
    bobot: Mapping[str, Any] | None = None,
    catatan: str | None = None,
) -> SurveiInfo:
    """A new survey for one service type and period (PermenPANRB 14/2017: per jenis layanan, berkala)."""
    p = Problems()
    jenis_layanan, periode = (jenis_layanan or "").strip(), (periode or "").strip()
    if not jenis_layanan:
        p.error("jenis_layanan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Jenis layanan wajib diisi (mis. \"Surat keterangan\").")))
    if not periode:
        p.error("periode", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Periode wajib diisi (mis. \"Semester I 2026\").")))
    if tanggal_selesai < tanggal_mulai:
        p.error("tanggal_selesai", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tanggal selesai tidak boleh sebelum tanggal mulai.")))
    if populasi is not None and populasi < 0:
        p.error("populasi", Msg.of(QT_TRANSLATE_NOOP("Pesan", "Populasi tidak boleh negatif.")))
    tambahan = [(k.strip().upper(), n.strip()) for k, n in unsur_tambahan]
    bobot_teks: dict[str, str] | None = None
    if tambahan:
        try:
            dskm.unsur_dengan_tambahan(tambahan, bobot or {})
            bobot_teks = {k: str(v) for k, v in (bobot or {}).items()}
        except DomainError as exc:
            p.error("bobot", exc.message)
    p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Survei belum dapat dibuat.")))
    with ctx.write("skm.buat_survei", ENTRY_PERMISSION) as uow:
        s = uow.session
        if unit_kerja_id is not None and s.get(UnitKerja, unit_kerja_id) is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Unit kerja tidak ditemukan.")))
        sv = SkmSurvei(
            jenis_layanan=jenis_layanan, periode=periode, tanggal_mulai=tanggal_mulai,
            tanggal_selesai=tanggal_selesai, unit_kerja_id=unit_kerja_id, populasi=populasi,
            unsur_tambahan=[{"kode": k, "nama": n} for k, n in tambahan] or None, bobot=bobot_teks,
            catatan=catatan,
        )
        s.add(sv)
        uow.audit_change(sv, None, f"Survei SKM dibuat: {jenis_layanan}, {periode}")
        return _info(s, sv, ctx.actor, _unit_parents(s), 0)


# --------------------------------------------------------------------------- questionnaires


def daftar_responden(ctx: AppContext, survei_id: int) -> list[RespondenInput]:
    """The questionnaires of a survey for the entry grid (front desk and admin)."""
    with ctx.read(ENTRY_PERMISSION) as s:
        sv = _survei_or_404(s, survei_id)
        extra = [str(x["kode"]) for x in (sv.unsur_tambahan or [])]
        out = []
        for r in sv.responden:
            jaw: dict[str, int | None] = {f"U{i}": getattr(r, f"u{i}") for i in range(1, 10)}
            for k in extra:
                jaw[k] = (r.jawaban_tambahan or {}).get(k)
            out.append(RespondenInput(r.nomor, jaw, r.jenis_kelamin, r.umur, r.pendidikan, r.pekerjaan, r.saran,
                                      r.tanggal, r.id))
        return out


def periksa_responden(row: RespondenInput, kode_unsur: Sequence[str], label: str) -> list[tuple[str, str]]:
    """Problems of one questionnaire as (field, message); the grid shows them as you type."""
    out: list[tuple[str, str]] = []
    if row.nomor is None or row.nomor < 1:
        out.append(("nomor", f"{label}: nomor kuesioner harus bilangan bulat 1 atau lebih."))
    for k, v in row.jawaban.items():
        if k not in kode_unsur:
            out.append((k, f"{label}: unsur {k} tidak ada pada survei ini."))
        elif v is not None and (isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 4):
            out.append((k, f"{label}, {k}: jawaban harus 1–4 (diisi {v})."))
    if row.jenis_kelamin not in (None, "L", "P"):
        out.append(("jenis_kelamin", f"{label}: jenis kelamin harus L atau P."))
    if row.umur is not None and not dskm.UMUR_MIN <= row.umur <= dskm.UMUR_MAX:
        out.append(("umur", f"{label}: umur harus {dskm.UMUR_MIN}–{dskm.UMUR_MAX} tahun."))
    for fld, limit in (("pendidikan", 50), ("pekerjaan", 100), ("saran", 4000)):
        v = getattr(row, fld)
        if v is not None and len(v) > limit:
            out.append((fld, f"{label}: {fld} paling panjang {limit} karakter."))
    return out


def simpan_responden(
    ctx: AppContext,
    survei_id: int,
    rows: Sequence[RespondenInput],
    *,
    hapus_ids: Sequence[int] = (),
    sumber: str = "entri",
) -> SimpanResult:
    """Save new and changed questionnaires and remove deleted ones, all or nothing."""
    p = Problems()
    with ctx.write("skm.simpan_responden", ENTRY_PERMISSION) as uow:
        s = uow.session
        sv = _survei_or_404(s, survei_id)
        kode = [k for k, _n, _b in _unsur_of(sv)]
        for i, row in enumerate(rows, 1):
            for fld, msg in periksa_responden(row, kode, f"Baris {i} (kuesioner {row.nomor})"):
                p.error(fld, msg)
        p.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kuesioner belum disimpan; perbaiki isian yang ditandai.")))
        existing = {r.id: r for r in sv.responden}
        baru = diubah = dihapus = 0
        for rid in hapus_ids:
            r = existing.pop(rid, None)
            if r is None:
                continue
            uow.audit("skm_responden", rid, f"Kuesioner {r.nomor} dihapus dari {sv.jenis_layanan} {sv.periode}",
                      row_dict(r), None)
            s.delete(r)
            dihapus += 1
        for row in rows:
            if row.id is not None:
                r = existing.get(row.id)
                if r is None:
                    raise NotFound(Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Kuesioner {nomor} sudah dihapus di komputer lain; muat ulang daftar."),
                        nomor=row.nomor,
                    ))
                before: dict[str, Any] | None = row_dict(r)
            else:
                r = SkmResponden(survei=sv, sumber=sumber)
                s.add(r)
                before = None
            r.nomor = row.nomor
            r.tanggal = row.tanggal
            for i in range(1, 10):
                setattr(r, f"u{i}", row.jawaban.get(f"U{i}"))
            extra = {k: v for k, v in row.jawaban.items() if k not in dskm.KODE_BAKU and v is not None}
            r.jawaban_tambahan = extra or None
            r.jenis_kelamin, r.umur = row.jenis_kelamin, row.umur
            r.pendidikan = (row.pendidikan or "").strip() or None
            r.pekerjaan = (row.pekerjaan or "").strip() or None
            r.saran = (row.saran or "").strip() or None
            s.flush()
            if before is None:
                baru += 1
                uow.audit_change(r, None, f"Kuesioner {r.nomor} dicatat ({sv.jenis_layanan} {sv.periode})")
            elif row_dict(r) != before:
                diubah += 1
                uow.audit_change(r, before, f"Kuesioner {r.nomor} diubah ({sv.jenis_layanan} {sv.periode})")
        s.flush()
        jumlah = s.scalar(select(func.count()).select_from(SkmResponden).where(SkmResponden.survei_id == sv.id)) or 0
        return SimpanResult(baru, diubah, dihapus, jumlah)


# --------------------------------------------------------------------------- results


def hasil_survei(ctx: AppContext, survei_id: int) -> HasilSurvei:
    """NRR per unsur, IKM, mutu, sample check, respondent profile and suggestions (leaders and admin)."""
    with ctx.read() as s:
        sv = _survei_or_404(s, survei_id)
        units = _unit_parents(s)
        if not _may_see(ctx.actor, sv.unit_kerja_id, units):
            raise PermissionDenied(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Hasil survei hanya dapat dilihat oleh pimpinan unit yang disurvei (kepala unit atau atasannya) dan admin."),
                )
            )
        info = _info(s, sv, ctx.actor, units)
        rows = list(sv.responden)
        jawaban = []
        for r in rows:
            d: dict[str, int | None] = {f"U{i}": getattr(r, f"u{i}") for i in range(1, 10)}
            d.update(r.jawaban_tambahan or {})
            jawaban.append(d)
        hasil = dskm.hitung(jawaban, _domain_unsur(info), populasi=sv.populasi)
        kosong = QT_TRANSLATE_NOOP("Pesan", "Tidak diisi")
        jk = {"L": QT_TRANSLATE_NOOP("Pesan", "Laki-laki"), "P": QT_TRANSLATE_NOOP("Pesan", "Perempuan")}
        profil = {  # group names and fixed values are labels the UI translates (ui/i18n.teks)
            QT_TRANSLATE_NOOP("Pesan", "Jenis kelamin"): _counts(jk.get(r.jenis_kelamin or "", kosong) for r in rows),
            QT_TRANSLATE_NOOP("Pesan", "Umur"): _counts((dskm.kelompok_umur(r.umur) if r.umur else kosong for r in rows),
                                                      order=[g for _lo, _hi, g in dskm.KELOMPOK_UMUR] + [kosong]),
            QT_TRANSLATE_NOOP("Pesan", "Pendidikan"): _counts(r.pendidikan or kosong for r in rows),
            QT_TRANSLATE_NOOP("Pesan", "Pekerjaan"): _counts(r.pekerjaan or kosong for r in rows),
        }
        saran = [(r.nomor, r.saran) for r in rows if r.saran]
        minimum = None if sv.populasi is None else dskm.sampel_minimum(sv.populasi)
        return HasilSurvei(info, hasil, minimum, profil, saran)


def _counts(values: Any, order: Sequence[str] | None = None) -> list[tuple[str, int]]:
    """Counts per answer: in ``order`` when given (age groups), else most frequent first."""
    c = Counter(values)
    if order is not None:
        return [(k, c[k]) for k in order if c[k]]
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def nilai(value: Fraction | None, places: int) -> str:
    """A figure with the Indonesian decimal comma (reports and screens)."""
    return "-" if value is None else dskm.teks_desimal(value, places, koma=True)


# --------------------------------------------------------------------------- import


def impor_responden(ctx: AppContext, survei_id: int, baris: Sequence[Any]) -> SimpanResult:
    """Store the accepted rows of an import (``excel.skm.BarisImpor`` without problems) in one
    transaction; rows without a questionnaire number are numbered after the highest one stored."""
    ctx.require(ENTRY_PERMISSION)
    with ctx.read(ENTRY_PERMISSION) as s:
        _survei_or_404(s, survei_id)
        top = s.scalar(select(func.max(SkmResponden.nomor)).where(SkmResponden.survei_id == survei_id)) or 0
    rows: list[RespondenInput] = []
    for b in baris:
        if b.masalah:
            continue
        if b.nomor is None:
            top += 1
        nomor = b.nomor if b.nomor is not None else top
        p = b.profil
        rows.append(RespondenInput(nomor, dict(b.jawaban), p.get("jenis_kelamin"), p.get("umur"), p.get("pendidikan"),
                                   p.get("pekerjaan"), p.get("saran"), p.get("tanggal")))
    return simpan_responden(ctx, survei_id, rows, sumber="impor")


# --------------------------------------------------------------------------- printed report


def cetak_laporan_skm(ctx: AppContext, survei_id: int, out: Any, *, tanggal: date | None = None) -> None:
    """Write the Laporan SKM (PDF) to a path or binary stream; signed by the Camat (head of the top unit)."""
    from pathlib import Path

    from asn_desktop.db.models import Pegawai
    from asn_desktop.domain.nip import format_nip
    from asn_desktop.domain.tanggal import format_tanggal
    from asn_desktop.reports.skm_pdf import LaporanSkm, render_laporan_skm
    from asn_desktop.services.settings import get_office

    h = hasil_survei(ctx, survei_id)  # checks who may see the results
    office = get_office(ctx)
    camat_nama = camat_nip = ""
    with ctx.read() as s:
        kepala = s.scalar(select(UnitKerja.kepala_id).where(UnitKerja.parent_id.is_(None),
                                                            UnitKerja.kepala_id.isnot(None)).order_by(UnitKerja.urutan))
        p = s.get(Pegawai, kepala) if kepala else None
        if p is not None:
            camat_nama = " ".join(x for x in (p.gelar_depan, p.nama) if x) + (
                f", {p.gelar_belakang}" if p.gelar_belakang else "")
            camat_nip = format_nip(p.nip) if p.nip else ""
    sv = h.survei
    tgl = tanggal or date.today()
    model = LaporanSkm(
        instansi=office.instansi, kantor=office.nama_kantor, jenis_layanan=sv.jenis_layanan, periode=sv.periode,
        rentang=f"{format_tanggal(sv.tanggal_mulai)} s.d. {format_tanggal(sv.tanggal_selesai)}", unit=sv.unit_nama,
        hasil=h.hasil, populasi=sv.populasi, sampel_minimum=h.sampel_minimum, profil=h.profil, saran=h.saran,
        tempat_tanggal=f"{office.kota_ttd}, {format_tanggal(tgl)}" if office.kota_ttd else format_tanggal(tgl),
        camat_nama=camat_nama, camat_nip=camat_nip,
    )
    target = out
    if isinstance(out, (str, Path)):
        path = Path(out)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            render_laporan_skm(model, tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    render_laporan_skm(model, target)


# --------------------------------------------------------------------------- demo data

_DEMO_SARAN = (
    "Antrean perlu nomor urut agar tertib.", "Petugas ramah dan cepat, terima kasih.",
    "Ruang tunggu panas, mohon ditambah kipas angin.", "Informasi persyaratan sebaiknya ditempel di depan loket.",
    "Pelayanan sudah baik, pertahankan.", "Mohon jam layanan diperpanjang sampai sore.",
    "Toilet perlu dibersihkan lebih sering.", "Proses tanda tangan Camat kadang lama.",
    "Sediakan kotak saran yang jelas.", "Parkiran sempit.",
)


def tambah_demo_skm(s: Session, tahun: int, *, seed: int = 1) -> SkmSurvei:
    """One realistic survey for the demo kecamatan, added to the demo's own transaction (all or nothing):
    "Surat keterangan", semester I, population 300 and 170 questionnaires (the Krejcie–Morgan minimum
    for 300 is 169), waiting time and facilities weakest."""
    import random

    rng = random.Random(seed * 7919 + tahun)
    sv = SkmSurvei(jenis_layanan="Surat keterangan", periode=f"Semester I {tahun}", tanggal_mulai=date(tahun, 1, 1),
                   tanggal_selesai=date(tahun, 6, 30), populasi=300)
    s.add(sv)
    # mean answer per unsur: U3 (waktu) and U9 (sarana) weaker, U4 (biaya, free of charge) strongest
    rata = {"U1": 3.25, "U2": 3.1, "U3": 2.8, "U4": 3.8, "U5": 3.2, "U6": 3.3, "U7": 3.45, "U8": 3.0, "U9": 2.85}
    for n in range(1, 171):
        jaw: dict[str, int | None] = {k: min(4, max(1, round(rng.gauss(mu, 0.55)))) for k, mu in rata.items()}
        if rng.random() < 0.04:
            jaw[rng.choice(list(rata))] = None  # a question left blank on paper
        r = SkmResponden(
            survei=sv, nomor=n, sumber="entri", jenis_kelamin=rng.choice("LP"), umur=rng.randint(18, 70),
            pendidikan=rng.choices(dskm.PENDIDIKAN, weights=(10, 18, 40, 8, 20, 3, 1))[0],
            pekerjaan=rng.choices(dskm.PEKERJAAN, weights=(8, 1, 1, 30, 30, 10, 20))[0],
            saran=rng.choice(_DEMO_SARAN) if rng.random() < 0.12 else None,
            tanggal=date.fromordinal(date(tahun, 1, 2).toordinal() + rng.randint(0, 178)),
        )
        for k, v in jaw.items():
            setattr(r, k.lower(), v)
        s.add(r)
    return sv


# --------------------------------------------------------------------------- trend


@dataclass(frozen=True)
class TitikTren:
    survei_id: int
    periode: str
    tanggal_mulai: date
    responden: int
    ikm: Fraction | None
    konversi: Fraction | None
    mutu: str


def tren_ikm(ctx: AppContext, survei_id: int) -> list[TitikTren]:
    """The same service type and unit across periods (oldest first), for the surveys the actor may see."""
    with ctx.read() as s:
        sv = _survei_or_404(s, survei_id)
        units = _unit_parents(s)
        if not _may_see(ctx.actor, sv.unit_kerja_id, units):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tren hasil survei hanya untuk pimpinan unit yang disurvei dan admin."),
            ))
        same = select(SkmSurvei.id).where(SkmSurvei.jenis_layanan == sv.jenis_layanan)
        same = same.where(SkmSurvei.unit_kerja_id.is_(None) if sv.unit_kerja_id is None
                          else SkmSurvei.unit_kerja_id == sv.unit_kerja_id)
        ids = [i for i, in s.execute(same.order_by(SkmSurvei.tanggal_mulai, SkmSurvei.id))]
    out = []
    for i in ids:
        h = hasil_survei(ctx, i)
        m = h.hasil.mutu
        out.append(TitikTren(i, h.survei.periode, h.survei.tanggal_mulai, h.hasil.responden, h.hasil.ikm,
                             h.hasil.konversi, m.huruf if m else "-"))
    return out
