"""Performance years, their evaluation periods, and the organisation predicate.

PermenPANRB 6/2022 Pasal 31 (kinerja-asn.md §2): the organisation chooses the
periodic scheme (bulanan, triwulanan, semesteran); there is always one annual
evaluation. Only an *open* period accepts writes: a period not yet opened or
already closed refuses realisasi, feedback and ratings with a clear message.
Closing locks the period; an admin may reopen it, with a reason written to the
audit log.

SE MenPANRB 3/2023 (kinerja-asn.md §5): the *capaian kinerja organisasi* is
set per unit and period by the higher leader (for the top unit, the instansi's
by its leadership). It is an input: every evaluation in the unit shows, stores
and prints it, and for the person who leads the unit it sets the expected
rating hasil kerja (``domain.rating.rating_hasil_pimpinan``), never the other
way round. A unit without a predicate of its own follows its parent unit's;
nothing is inferred from anyone's rating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    Pegawai,
    Periode,
    PredikatOrganisasiPeriode,
    TahunKinerja,
    UnitKerja,
)
from asn_desktop.domain.enums import (
    JenisPeriode,
    PredikatOrganisasi,
    Rating,
    SkemaPeriode,
    StatusPeriode,
)
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.periode import periode_defs
from asn_desktop.domain.rating import rating_hasil_pimpinan
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError, pesan_dari

# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class PeriodeInfo:
    id: int
    tahun: int
    nomor: int
    nama: str
    jenis: JenisPeriode
    tanggal_mulai: date
    tanggal_selesai: date
    status: StatusPeriode
    ditutup_pada: datetime | None = None
    ditutup_oleh: str | None = None
    jumlah_evaluasi: int = 0

    @property
    def label(self) -> str:
        """"Triwulan I 2026", "Tahunan 2026"."""
        return f"{self.nama} {self.tahun}"

    @property
    def terbuka(self) -> bool:
        return self.status is StatusPeriode.DIBUKA

    @property
    def tahunan(self) -> bool:
        return self.jenis is JenisPeriode.TAHUNAN

    @property
    def bulan(self) -> int:
        """Calendar months covered (periodic angka kredit, Peraturan BKN 3/2023)."""
        return (
            (self.tanggal_selesai.year - self.tanggal_mulai.year) * 12
            + self.tanggal_selesai.month
            - self.tanggal_mulai.month
            + 1
        )


@dataclass(frozen=True)
class TahunInfo:
    id: int
    tahun: int
    skema: SkemaPeriode
    tanggal_mulai: date
    tanggal_selesai: date
    periode: list[PeriodeInfo] = field(default_factory=list)

    @property
    def periodik(self) -> list[PeriodeInfo]:
        return [p for p in self.periode if not p.tahunan]

    @property
    def tahunan(self) -> PeriodeInfo | None:
        return next((p for p in self.periode if p.tahunan), None)


@dataclass(frozen=True)
class PredikatOrganisasiInfo:
    """The organisation predicate of one unit for one period.

    ``sumber``: "ditetapkan" (set explicitly), "induk" (inherited from a parent
    unit), or "" (none set: nothing is inferred).
    """

    unit_id: int
    unit_nama: str
    periode_id: int
    predikat: PredikatOrganisasi | None
    sumber: str = ""
    ditetapkan_oleh: str | None = None
    catatan: str | None = None
    level: int = 0


# --------------------------------------------------------------------------- helpers


def periode_info(p: Periode, jumlah_evaluasi: int = 0) -> PeriodeInfo:
    return PeriodeInfo(
        id=p.id,
        tahun=p.tahun_kinerja.tahun,
        nomor=p.nomor,
        nama=p.nama,
        jenis=JenisPeriode(p.jenis),
        tanggal_mulai=p.tanggal_mulai,
        tanggal_selesai=p.tanggal_selesai,
        status=StatusPeriode(p.status),
        ditutup_pada=p.ditutup_pada,
        ditutup_oleh=p.ditutup_oleh,
        jumlah_evaluasi=jumlah_evaluasi,
    )


def _tahun_info(s: Session, t: TahunKinerja) -> TahunInfo:
    counts = dict(
        s.execute(
            select(Evaluasi.periode_id, func.count())
            .join(Periode, Periode.id == Evaluasi.periode_id)
            .where(Periode.tahun_id == t.id)
            .group_by(Evaluasi.periode_id)
        ).all()
    )
    return TahunInfo(
        id=t.id,
        tahun=t.tahun,
        skema=SkemaPeriode(t.skema_periode),
        tanggal_mulai=t.tanggal_mulai,
        tanggal_selesai=t.tanggal_selesai,
        periode=[periode_info(p, counts.get(p.id, 0)) for p in t.periode],
    )


def require_periode_terbuka(p: Periode, apa: str = "Perubahan") -> None:
    """Refuse a write into a period that is not open (closed periods are locked)."""
    label = f"{p.nama} {p.tahun_kinerja.tahun}"
    if p.status == StatusPeriode.DITUTUP.value:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{apa} ditolak: periode {label} sudah ditutup sehingga datanya terkunci. Admin dapat membuka kembali periode ini di Pengaturan Periode (tercatat di log audit)."),
                apa=apa, label=label,
            )
        )
    if p.status != StatusPeriode.DIBUKA.value:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{apa} ditolak: periode {label} belum dibuka. Admin dapat membukanya di Pengaturan Periode."),
                apa=apa, label=label,
            )
        )


def _get_periode(s: Session, periode_id: int) -> Periode:
    p = s.get(Periode, periode_id)
    if p is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Periode penilaian dengan id {periode_id} tidak ditemukan."),
            periode_id=periode_id,
        ))
    return p


def _parse_skema(skema: Any) -> SkemaPeriode:
    try:
        return SkemaPeriode(skema) if not isinstance(skema, SkemaPeriode) else skema
    except ValueError:
        try:
            return SkemaPeriode.from_label(str(skema))  # type: ignore[return-value]
        except ValueError:
            raise ValidationError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Skema periode {skema} tidak dikenal; pilih Bulanan, Triwulanan, atau Semesteran."),
                    skema=repr(skema),
                )
            ) from None


# --------------------------------------------------------------------------- years


def list_tahun(ctx: AppContext) -> list[TahunInfo]:
    """All performance years, newest first."""
    with ctx.read() as s:
        rows = s.scalars(select(TahunKinerja).order_by(TahunKinerja.tahun.desc())).all()
        return [_tahun_info(s, t) for t in rows]


def get_tahun(ctx: AppContext, tahun: int) -> TahunInfo:
    with ctx.read() as s:
        t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
        if t is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat. Buat di Pengaturan Periode."),
                tahun=tahun,
            ))
        return _tahun_info(s, t)


def get_periode(ctx: AppContext, periode_id: int) -> PeriodeInfo:
    with ctx.read() as s:
        return periode_info(_get_periode(s, periode_id))


def buat_tahun(ctx: AppContext, tahun: int, skema: SkemaPeriode | str) -> TahunInfo:
    """Create a performance year with its periods (domain.periode.periode_defs); all start unopened."""
    sk = _parse_skema(skema)
    try:
        defs = periode_defs(tahun, sk)
    except DomainError as exc:
        raise ValidationError(pesan_dari(exc)) from None
    with ctx.write("periode.buat_tahun", Permission.PERIOD_ADMIN) as uow:
        s = uow.session
        if s.scalar(select(TahunKinerja.id).where(TahunKinerja.tahun == tahun)) is not None:
            raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} sudah ada."), tahun=tahun))
        t = TahunKinerja(
            tahun=tahun, skema_periode=sk.value, tanggal_mulai=date(tahun, 1, 1), tanggal_selesai=date(tahun, 12, 31)
        )
        for i, d in enumerate(defs):
            t.periode.append(
                Periode(
                    nomor=d.nomor,
                    urutan=i,
                    nama=d.nama,
                    jenis=d.jenis.value,
                    tanggal_mulai=d.mulai,
                    tanggal_selesai=d.selesai,
                    status=StatusPeriode.BELUM_DIBUKA.value,
                )
            )
        s.add(t)
        s.flush()
        uow.audit("tahun_kinerja", t.id, f"Tahun kinerja {tahun} dibuat (skema {sk.label})", None,
                  {"tahun": tahun, "skema": sk.value, "periode": [d.nama for d in defs]})
        return _tahun_info(s, t)


def ubah_skema(ctx: AppContext, tahun: int, skema: SkemaPeriode | str) -> TahunInfo:
    """Change the periodic scheme of a year, only while no periodic evaluation exists."""
    sk = _parse_skema(skema)
    with ctx.write("periode.ubah_skema", Permission.PERIOD_ADMIN) as uow:
        s = uow.session
        t = s.scalar(select(TahunKinerja).where(TahunKinerja.tahun == tahun))
        if t is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} belum dibuat."), tahun=tahun))
        if t.skema_periode == sk.value:
            return _tahun_info(s, t)
        periodik_ids = [p.id for p in t.periode if p.jenis == JenisPeriode.PERIODIK.value]
        n = s.scalar(select(func.count()).select_from(Evaluasi).where(Evaluasi.periode_id.in_(periodik_ids))) or 0
        if n:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Skema periode tahun {tahun} tidak dapat diubah: sudah ada %n evaluasi periodik. Skema hanya dapat diubah sebelum penilaian periodik dimulai."),
                    tahun=tahun, n=n,
                )
            )
        before = t.skema_periode
        for p in list(t.periode):
            if p.jenis == JenisPeriode.PERIODIK.value:
                t.periode.remove(p)
        s.flush()
        defs = periode_defs(tahun, sk)
        for i, d in enumerate(defs):
            if d.jenis is JenisPeriode.TAHUNAN:
                ann = next(p for p in t.periode if p.jenis == JenisPeriode.TAHUNAN.value)
                ann.urutan = i
                continue
            t.periode.append(
                Periode(nomor=d.nomor, urutan=i, nama=d.nama, jenis=d.jenis.value, tanggal_mulai=d.mulai,
                        tanggal_selesai=d.selesai, status=StatusPeriode.BELUM_DIBUKA.value)
            )
        t.skema_periode = sk.value
        s.flush()
        s.refresh(t)
        uow.audit("tahun_kinerja", t.id, f"Skema periode {tahun} diubah menjadi {sk.label}",
                  {"skema": before}, {"skema": sk.value})
        return _tahun_info(s, t)


# --------------------------------------------------------------------------- open / close / reopen


def buka_periode(ctx: AppContext, periode_id: int) -> PeriodeInfo:
    """Open a period that has not been opened yet (a closed one needs ``buka_kembali_periode``)."""
    with ctx.write("periode.buka", Permission.PERIOD_ADMIN) as uow:
        p = _get_periode(uow.session, periode_id)
        if p.status == StatusPeriode.DIBUKA.value:
            return periode_info(p)
        if p.status == StatusPeriode.DITUTUP.value:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Periode {nama} {tahun} sudah ditutup; gunakan 'Buka kembali' (khusus admin, dengan alasan)."),
                    nama=p.nama, tahun=p.tahun_kinerja.tahun,
                )
            )
        before = row_dict(p)
        p.status = StatusPeriode.DIBUKA.value
        uow.audit_change(p, before, f"Periode {p.nama} {p.tahun_kinerja.tahun} dibuka")
        return periode_info(p)


def tutup_periode(ctx: AppContext, periode_id: int) -> PeriodeInfo:
    """Close (lock) an open period: from now on its evaluations refuse every write."""
    with ctx.write("periode.tutup", Permission.PERIOD_ADMIN) as uow:
        p = _get_periode(uow.session, periode_id)
        if p.status == StatusPeriode.DITUTUP.value:
            return periode_info(p)
        before = row_dict(p)
        p.status = StatusPeriode.DITUTUP.value
        p.ditutup_pada = datetime.now().replace(microsecond=0)
        p.ditutup_oleh = ctx.actor.username
        uow.audit_change(p, before, f"Periode {p.nama} {p.tahun_kinerja.tahun} ditutup")
        return periode_info(p)


def buka_kembali_periode(ctx: AppContext, periode_id: int, alasan: str) -> PeriodeInfo:
    """Reopen a closed period: admin only, the reason goes into the audit log."""
    if not ctx.actor.can(Permission.PERIOD_ADMIN):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Hanya admin yang dapat membuka kembali periode yang sudah ditutup."),
        ))
    alasan = (alasan or "").strip()
    if len(alasan) < 5:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tuliskan alasan membuka kembali periode (paling sedikit 5 karakter)."),
        ))
    if len(alasan) > 2000:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Alasan terlalu panjang (paling banyak 2.000 karakter)."),
        ))
    with ctx.write("periode.buka_kembali", Permission.PERIOD_ADMIN) as uow:
        p = _get_periode(uow.session, periode_id)
        if p.status != StatusPeriode.DITUTUP.value:
            raise ServiceError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Periode {nama} {tahun} tidak sedang ditutup."),
                nama=p.nama, tahun=p.tahun_kinerja.tahun,
            ))
        before = row_dict(p)
        p.status = StatusPeriode.DIBUKA.value
        p.ditutup_pada = None
        p.ditutup_oleh = None
        uow.session.flush()
        after = row_dict(p)
        after["alasan"] = alasan
        uow.audit(
            "periode", p.id, f"Periode {p.nama} {p.tahun_kinerja.tahun} dibuka kembali: {alasan}",
            {k: before[k] for k in ("status", "ditutup_pada", "ditutup_oleh")},
            {k: after[k] for k in ("status", "ditutup_pada", "ditutup_oleh", "alasan")},
        )
        return periode_info(p)


# --------------------------------------------------------------------------- organisation predicate


class OrgResolver:
    """Effective organisation predicates of the units for one period, resolved in memory.

    Order (kinerja-asn.md §5): set explicitly for the unit; else inherited from
    the nearest parent unit that has one; else none. Never derived from a
    rating: the predicate is what the higher leader set. Two queries, so a
    regency with hundreds of units resolves at once.
    """

    def __init__(self, s: Session, periode_id: int) -> None:
        self.units = {u.id: u for u in s.execute(
            select(UnitKerja.id, UnitKerja.parent_id, UnitKerja.kepala_id, UnitKerja.nama)).all()}
        self.explicit = {r.unit_id: r for r in s.execute(
            select(PredikatOrganisasiPeriode.unit_id, PredikatOrganisasiPeriode.predikat,
                   PredikatOrganisasiPeriode.ditetapkan_oleh, PredikatOrganisasiPeriode.catatan)
            .where(PredikatOrganisasiPeriode.periode_id == periode_id)).all()}
        self.dipimpin = {u.kepala_id: u.id for u in self.units.values() if u.kepala_id is not None}

    def resolve(self, unit_id: int | None) -> tuple[PredikatOrganisasi | None, str, int | None]:
        """(predicate, source "ditetapkan"/"induk"/"", unit it comes from)."""
        seen: set[int] = set()
        depth = 0
        u = self.units.get(unit_id) if unit_id is not None else None
        while u is not None and u.id not in seen:
            seen.add(u.id)
            row = self.explicit.get(u.id)
            if row is not None:
                return PredikatOrganisasi(row.predikat), ("ditetapkan" if depth == 0 else "induk"), u.id
            u = self.units.get(u.parent_id) if u.parent_id is not None else None
            depth += 1
        return None, "", None

    def capaian(self, pegawai_id: int | None, unit_id: int | None) -> CapaianOrganisasi:
        """What one person's evaluation shows as capaian kinerja organisasi.

        The head of a unit: the predicate of the unit he leads (the Camat's is the
        instansi's); anyone else: his own unit's.
        """
        led = self.dipimpin.get(pegawai_id) if pegawai_id is not None else None
        target = led if led is not None else unit_id
        pred, src, origin = self.resolve(target)
        u = self.units.get(target) if target is not None else None
        return CapaianOrganisasi(pred, src, target, u.nama if u is not None else "", led is not None, origin)


@dataclass(frozen=True)
class CapaianOrganisasi:
    """The capaian kinerja organisasi that applies to one person in one period.

    ``memimpin``: the person leads ``unit_id``; his rating hasil kerja then
    follows the predicate (``rating_hasil_pimpinan``) unless the higher leader
    writes down why not.
    """

    predikat: PredikatOrganisasi | None
    sumber: str
    unit_id: int | None
    unit_nama: str
    memimpin: bool
    unit_asal_id: int | None = None

    @property
    def rating_hasil_pimpinan(self) -> Rating | None:
        """Expected rating hasil kerja of the unit's leader; None for others or without a predicate."""
        if not self.memimpin or self.predikat is None:
            return None
        return rating_hasil_pimpinan(self.predikat)


def org_predikat_efektif(
    s: Session, unit_id: int | None, periode_id: int
) -> tuple[PredikatOrganisasi | None, str, int | None]:
    """The predicate that applies to ``unit_id`` in a period, its source and originating unit id."""
    return OrgResolver(s, periode_id).resolve(unit_id)


def capaian_organisasi_pegawai(s: Session, pegawai_id: int, periode_id: int) -> CapaianOrganisasi:
    """Capaian kinerja organisasi for one employee's evaluation in a period (kinerja-asn.md §5)."""
    unit_id = s.scalar(select(Pegawai.unit_id).where(Pegawai.id == pegawai_id))
    return OrgResolver(s, periode_id).capaian(pegawai_id, unit_id)


def daftar_predikat_organisasi(ctx: AppContext, periode_id: int) -> list[PredikatOrganisasiInfo]:
    """Every active unit (tree order) with its predicate for the period."""
    with ctx.read() as s:
        _get_periode(s, periode_id)
        units = s.scalars(select(UnitKerja).where(UnitKerja.aktif.is_(True))).all()
        res = OrgResolver(s, periode_id)
        by_parent: dict[int | None, list[UnitKerja]] = {}
        ids = {u.id for u in units}
        for u in units:
            by_parent.setdefault(u.parent_id if u.parent_id in ids else None, []).append(u)
        out: list[PredikatOrganisasiInfo] = []
        seen: set[int] = set()

        def walk(u: UnitKerja, level: int) -> None:
            if u.id in seen:
                return
            seen.add(u.id)
            pred, src, _origin = res.resolve(u.id)
            row = res.explicit.get(u.id)
            out.append(PredikatOrganisasiInfo(
                u.id, u.nama, periode_id, pred, src,
                row.ditetapkan_oleh if row else None, row.catatan if row else None, level,
            ))
            for c in sorted(by_parent.get(u.id, []), key=lambda x: (x.urutan, x.nama)):
                walk(c, level + 1)

        for r in sorted(by_parent.get(None, []), key=lambda x: (x.urutan, x.nama)):
            walk(r, 0)
        return out


def set_predikat_organisasi(
    ctx: AppContext,
    unit_id: int,
    periode_id: int,
    predikat: PredikatOrganisasi | str | None,
    catatan: str | None = None,
) -> PredikatOrganisasiInfo:
    """Set (or clear with None) the capaian kinerja organisasi of a unit for a period."""
    pred: PredikatOrganisasi | None = None
    if predikat not in (None, ""):
        try:
            pred = PredikatOrganisasi(predikat)
        except ValueError:
            try:
                pred = PredikatOrganisasi.from_label(str(predikat))  # type: ignore[assignment]
            except ValueError:
                raise ValidationError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Predikat organisasi {predikat} tidak dikenal; pilih Istimewa, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang."),
                        predikat=repr(predikat),
                    )
                ) from None
    if catatan is not None and len(catatan) > 2000:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Catatan terlalu panjang (paling banyak 2.000 karakter)."),
        ))
    with ctx.write("periode.predikat_organisasi", Permission.PERIOD_ADMIN) as uow:
        s = uow.session
        p = _get_periode(s, periode_id)
        require_periode_terbuka(p, "Penetapan predikat organisasi")
        u = s.get(UnitKerja, unit_id)
        if u is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Unit kerja dengan id {unit_id} tidak ditemukan."),
                unit_id=unit_id,
            ))
        row = s.scalar(
            select(PredikatOrganisasiPeriode).where(
                PredikatOrganisasiPeriode.unit_id == unit_id, PredikatOrganisasiPeriode.periode_id == periode_id
            )
        )
        label = f"{u.nama}, {p.nama} {p.tahun_kinerja.tahun}"
        if pred is None:
            if row is not None:
                before = row_dict(row)
                s.delete(row)
                uow.audit("predikat_organisasi", row.id, f"Predikat organisasi dihapus: {label}", before, None)
        elif row is None:
            row = PredikatOrganisasiPeriode(unit_id=unit_id, periode_id=periode_id, predikat=pred.value,
                                            ditetapkan_oleh=ctx.actor.nama or ctx.actor.username, catatan=catatan)
            s.add(row)
            uow.audit_change(row, None, f"Predikat organisasi {pred.label}: {label}")
        else:
            before = row_dict(row)
            row.predikat = pred.value
            row.catatan = catatan
            row.ditetapkan_oleh = ctx.actor.nama or ctx.actor.username
            uow.audit_change(row, before, f"Predikat organisasi {pred.label}: {label}")
        s.flush()
        eff, src, _o = org_predikat_efektif(s, unit_id, periode_id)
        return PredikatOrganisasiInfo(unit_id, u.nama, periode_id, eff, src,
                                      row.ditetapkan_oleh if (row is not None and pred) else None, catatan)


def periode_aktif(ctx: AppContext, tahun: int | None = None) -> PeriodeInfo | None:
    """A sensible default period: the open periodic one of the year (latest), else the latest one."""
    years = list_tahun(ctx)
    if not years:
        return None
    t = next((y for y in years if y.tahun == tahun), None) if tahun else None
    if t is None:
        today = date.today().year
        t = next((y for y in years if y.tahun == today), years[0])
    open_ = [p for p in t.periode if p.terbuka]
    if open_:
        periodik = [p for p in open_ if not p.tahunan]
        return (periodik or open_)[-1]
    return t.periode[0] if t.periode else None
