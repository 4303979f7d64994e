"""Masukan 360°: input on an employee's BerAKHLAK behaviour from peers and subordinates.

360° input is supported by e-Kinerja and optional per instansi (kinerja-asn.md §4: it informs the
supervisor's rating, it does not replace it). The supervisor chooses who is asked; each giver
answers anonymously; the supervisor sees only the aggregate, and only once enough answers make it
impossible to tell who said what (``MIN_MASUK_360``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, Masukan360, Masukan360Nilai, Pegawai
from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.enums import Hubungan360, Rating, StatusEvaluasi, StatusPeriode
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, PermissionDenied, ValidationError, pesan_dari
from asn_desktop.services.evaluasi._common import (
    _load_ev,
    _may_rate,
    _rating,
    _require_rater,
    _require_writable,
    _text,
)


@dataclass(frozen=True)
class Kandidat360:
    pegawai_id: int
    nama: str
    jabatan: str
    hubungan: Hubungan360
    sudah_diminta: bool = False


@dataclass(frozen=True)
class Permintaan360:
    masukan_id: int
    evaluasi_id: int
    dinilai_nama: str
    dinilai_jabatan: str
    periode_label: str
    hubungan: Hubungan360
    anonim: bool
    diajukan_pada: datetime | None
    nilai: dict[str, tuple[Rating | None, str]] = field(default_factory=dict)
    periode_terbuka: bool = True  # input still accepted: period open and the evaluation not final
    final: bool = False


@dataclass(frozen=True)
class Agregat360Nilai:
    kode: str
    nama: str
    di_atas: int
    sesuai: int
    di_bawah: int
    komentar: tuple[str, ...]

    @property
    def jumlah(self) -> int:
        return self.di_atas + self.sesuai + self.di_bawah

    @property
    def dominan(self) -> Rating | None:
        counts = {Rating.DI_ATAS: self.di_atas, Rating.SESUAI: self.sesuai, Rating.DI_BAWAH: self.di_bawah}
        best = max(counts.values())
        if best == 0:
            return None
        # ties resolve toward Sesuai (the middle), then the lower one: the aggregate informs, it does not flatter
        for r in (Rating.SESUAI, Rating.DI_BAWAH, Rating.DI_ATAS):
            if counts[r] == best:
                return r
        return None


#: 360° input is shown to the supervisor only as an aggregate of at least this many answers:
#: below it the counts are one or two people's ratings. The regulation leaves 360° optional
#: per instansi (PermenPANRB 6/2022, feedback "dari rekan kerja dan bawahan"); anonymity is
#: what makes peers and subordinates answer honestly.
MIN_MASUK_360 = 3


@dataclass(frozen=True)
class Ringkasan360:
    diminta: int
    masuk: int
    nilai: tuple[Agregat360Nilai, ...]  # all zero and without comments while not ``ditampilkan``
    pemberi: tuple[tuple[str, str], ...] = ()  # everyone asked: (nama, hubungan label), no answer status
    ditampilkan: bool = False  # at least MIN_MASUK_360 answers: the aggregate is shown
    belum: tuple[str, ...] | None = ()  # who has not answered; None when naming them would identify a giver


def kandidat_360(ctx: AppContext, evaluasi_id: int) -> list[Kandidat360]:
    """Suggested givers: colleagues with the same supervisor or unit (rekan) and direct subordinates."""
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        if not _may_rate(ctx.actor, ev.skp):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Hanya pejabat penilai atau admin yang dapat meminta masukan 360°."),
            ))
        peg = ev.skp.pegawai
        asked = set(s.scalars(select(Masukan360.pemberi_id).where(Masukan360.evaluasi_id == ev.id)))
        out: list[Kandidat360] = []
        subs = s.scalars(select(Pegawai).where(Pegawai.atasan_id == peg.id, Pegawai.status == "aktif")
                         .order_by(Pegawai.nama)).all()
        conds = []
        if peg.atasan_id is not None:
            conds.append(Pegawai.atasan_id == peg.atasan_id)
        if peg.unit_id is not None:
            conds.append(Pegawai.unit_id == peg.unit_id)
        peers: list[Pegawai] = []
        if conds:
            from sqlalchemy import or_

            peers = s.scalars(select(Pegawai).where(or_(*conds), Pegawai.status == "aktif", Pegawai.id != peg.id)
                              .order_by(Pegawai.nama)).all()
        seen: set[int] = {peg.id}
        for x in subs:
            seen.add(x.id)
            out.append(Kandidat360(x.id, format_nama(x.gelar_depan, x.nama, x.gelar_belakang), x.nama_jabatan or "",
                                   Hubungan360.BAWAHAN, x.id in asked))
        for x in peers:
            if x.id in seen or x.id == peg.atasan_id:
                continue
            seen.add(x.id)
            out.append(Kandidat360(x.id, format_nama(x.gelar_depan, x.nama, x.gelar_belakang), x.nama_jabatan or "",
                                   Hubungan360.REKAN, x.id in asked))
        return out


def request_masukan_360(
    ctx: AppContext, evaluasi_id: int, permintaan: Sequence[tuple[int, Hubungan360 | str]]
) -> int:
    """Ask peers/subordinates for 360° input; returns how many new requests were made."""
    with ctx.write("evaluasi.minta_360", Permission.EVAL_RATE) as uow:
        s = uow.session
        ev = _load_ev(s, evaluasi_id)
        _require_rater(ctx.actor, ev.skp)
        _require_writable(ev, "Permintaan masukan 360°")
        asked = set(s.scalars(select(Masukan360.pemberi_id).where(Masukan360.evaluasi_id == ev.id)))
        n = 0
        for pid, hub in permintaan:
            try:
                hubungan = Hubungan360(hub)
            except ValueError:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Hubungan '{hub}' tidak dikenal; pilih rekan atau bawahan."),
                    hub=hub,
                )) from None
            if pid == ev.skp.pegawai_id:
                raise ValidationError(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Pegawai tidak dapat memberi masukan 360° untuk dirinya sendiri."),
                ))
            if s.get(Pegawai, pid) is None:
                raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pegawai dengan id {pid} tidak ditemukan."), pid=pid))
            if pid in asked:
                continue
            m360 = Masukan360(evaluasi_id=ev.id, pemberi_id=pid, hubungan=hubungan.value, anonim=True)
            s.add(m360)
            asked.add(pid)
            n += 1
        s.flush()
        if n:
            uow.audit("masukan_360", ev.id, f"{n} permintaan masukan 360° untuk {ev.skp.pegawai_nama}", None,
                      {"pemberi": [pid for pid, _h in permintaan]})
        return n


def _permintaan(m360: Masukan360, ev: Evaluasi) -> Permintaan360:
    skp = ev.skp
    return Permintaan360(
        masukan_id=m360.id,
        evaluasi_id=ev.id,
        dinilai_nama=skp.pegawai_nama,
        dinilai_jabatan=skp.pegawai_jabatan or "",
        periode_label=f"{ev.periode.nama} {ev.periode.tahun_kinerja.tahun}",
        hubungan=Hubungan360(m360.hubungan),
        anonim=m360.anonim,
        diajukan_pada=m360.diajukan_pada,
        nilai={n.kode: (Rating(n.rating) if n.rating else None, n.komentar or "") for n in m360.nilai},
        # "still accepts input": the service refuses a final evaluation too, so the form must not look open
        periode_terbuka=ev.periode.status == StatusPeriode.DIBUKA.value and ev.status != StatusEvaluasi.FINAL.value,
        final=ev.status == StatusEvaluasi.FINAL.value,
    )


def list_my_permintaan_360(ctx: AppContext) -> list[Permintaan360]:
    """The 360° requests addressed to the acting employee (open periods first)."""
    if ctx.actor.pegawai_id is None:
        return []
    with ctx.read(Permission.EVAL_SELF) as s:
        rows = s.scalars(
            select(Masukan360).where(Masukan360.pemberi_id == ctx.actor.pegawai_id).order_by(Masukan360.id.desc())
        ).all()
        out = [_permintaan(m, s.get(Evaluasi, m.evaluasi_id)) for m in rows]
        return sorted(out, key=lambda x: (not x.periode_terbuka, x.diajukan_pada is not None))


def submit_masukan_360(
    ctx: AppContext,
    masukan_id: int,
    nilai: Mapping[str, tuple[Rating | str | None, str | None]],
    anonim: bool = True,
) -> Permintaan360:
    """The giver's rating + comment per BerAKHLAK value; may be revised while the period is open."""
    clean: dict[str, tuple[Rating | None, str | None]] = {}
    for kode, (r, kom) in nilai.items():
        try:
            nilai_by_kode(kode)
        except ValueError as exc:
            raise ValidationError(pesan_dari(exc)) from None
        clean[kode] = (_rating(r, f"Rating {nilai_by_kode(kode).nama}"), _text(kom, "Komentar", 2000))
    if not any(r for r, _k in clean.values()):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Beri rating paling sedikit untuk satu nilai BerAKHLAK."),
        ))
    with ctx.write("evaluasi.masukan_360", Permission.EVAL_SELF) as uow:
        s = uow.session
        m360 = s.get(Masukan360, masukan_id)
        if m360 is None:
            raise NotFound(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Permintaan masukan 360° dengan id {masukan_id} tidak ditemukan."),
                masukan_id=masukan_id,
            ))
        if ctx.actor.pegawai_id != m360.pemberi_id:
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Masukan 360° hanya dapat diisi oleh pegawai yang diminta."),
            ))
        ev = s.get(Evaluasi, m360.evaluasi_id)
        _require_writable(ev, "Masukan 360°")
        by = {n.kode: n for n in m360.nilai}
        for kode, (r, kom) in clean.items():
            row = by.get(kode)
            if row is None:
                row = Masukan360Nilai(kode=kode)
                m360.nilai.append(row)
            row.rating = r.value if r else None
            row.komentar = kom or None
        m360.anonim = bool(anonim)
        m360.diajukan_pada = datetime.now().replace(microsecond=0)
        s.flush()
        # the content is confidential: the audit records the act, not the ratings
        uow.audit("masukan_360", m360.id, f"Masukan 360° dikirim untuk {ev.skp.pegawai_nama}", None,
                  {"anonim": m360.anonim})
        return _permintaan(m360, ev)


def ringkasan_360(ctx: AppContext, evaluasi_id: int) -> Ringkasan360:
    """Aggregate 360° input per value for the supervisor; anonymous givers stay anonymous."""
    with ctx.read() as s:
        ev = _load_ev(s, evaluasi_id)
        if not _may_rate(ctx.actor, ev.skp):
            raise PermissionDenied(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Ringkasan masukan 360° hanya untuk pejabat penilai atau admin."),
            ))
        rows = s.scalars(select(Masukan360).where(Masukan360.evaluasi_id == ev.id).order_by(Masukan360.id)).all()
        counts: dict[str, Counter[str]] = {b.kode: Counter() for b in BERAKHLAK}
        komentar: dict[str, list[str]] = {b.kode: [] for b in BERAKHLAK}
        pemberi: list[tuple[str, str]] = []
        belum: list[str] = []
        masuk = anonim_masuk = 0
        for m360 in rows:
            giver = s.get(Pegawai, m360.pemberi_id)
            hub = Hubungan360(m360.hubungan).label
            nama = format_nama(giver.gelar_depan, giver.nama, giver.gelar_belakang) if giver else "?"
            done = m360.diajukan_pada is not None
            pemberi.append((nama, hub))
            if not done:
                belum.append(nama)
                continue
            masuk += 1
            anonim_masuk += 1 if m360.anonim else 0
            who = f"{hub} (anonim)" if m360.anonim else f"{nama} ({hub.lower()})"
            for n in m360.nilai:
                if n.kode not in counts:
                    continue
                if n.rating:
                    counts[n.kode][n.rating] += 1
                if n.komentar:
                    komentar[n.kode].append(f"{who}: {n.komentar}")
        tampil = masuk >= MIN_MASUK_360
        agg = tuple(
            Agregat360Nilai(
                b.kode, b.nama, counts[b.kode][Rating.DI_ATAS.value], counts[b.kode][Rating.SESUAI.value],
                counts[b.kode][Rating.DI_BAWAH.value], tuple(komentar[b.kode]),
            ) if tampil else Agregat360Nilai(b.kode, b.nama, 0, 0, 0, ())
            for b in BERAKHLAK
        )
        # Who asked is known to the supervisor (they chose them); who has *answered* is not. The
        # missing list is the complement of the givers, so it is shown only when it names no
        # anonymous giver: no anonymous answer yet, or at least MIN_MASUK_360 of them to hide among.
        aman = anonim_masuk == 0 or anonim_masuk >= MIN_MASUK_360
        pemberi.sort(key=lambda x: (x[1], x[0]))
        return Ringkasan360(len(rows), masuk, agg, tuple(pemberi), tampil,
                            tuple(sorted(belum)) if aman else None)
