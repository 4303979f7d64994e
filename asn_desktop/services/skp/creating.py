"""Creating SKPs: empty, copied from last year (re-linking the cascading by text) or
in bulk for a unit (copy, else the RHK library, else empty) in one transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Indikator, Pegawai, PerilakuSkp, Rhk, Skp, TahunKinerja, UnitKerja
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.enums import JenisJabatan, JenisSkp, Pendekatan, StatusPegawai, StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.progress import Progress
from asn_desktop.services.context import AppContext, UnitOfWork
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from asn_desktop.services import template_rhk
from asn_desktop.services import scope
from asn_desktop.services.settings import OfficeInfo, get_office
from asn_desktop.services.skp.types import _label, SkpDetail
from asn_desktop.services.skp._common import (
    _nama, _load_skp, _current_skp, _ordered_rhk, _rhk_numbers, _log, _get_pegawai, _norm, _previous_skp,
    _depth_order,
)
from asn_desktop.services.skp.reading import get_skp
from asn_desktop.services.skp.header import _apply_people, _resolve_penilai, _audit_penilai_lain


def _is_pimpinan_unit_teratas(s: Session, p: Pegawai) -> bool:
    """Head of a top unit (the Camat): the JPT / pimpinan unit kerja layout applies."""
    if p.unit_id is None:
        return False
    unit = s.get(UnitKerja, p.unit_id)
    return unit is not None and unit.parent_id is None and unit.kepala_id == p.id


def default_jenis_skp(s: Session, p: Pegawai) -> str:
    """JPT layout for JPT posts and for the head of the top unit (PermenPANRB 6/2022 lampiran)."""
    try:
        if p.jenis_jabatan and JenisJabatan(p.jenis_jabatan).is_jpt:
            return JenisSkp.JPT.value
    except ValueError:
        pass
    return JenisSkp.JPT.value if _is_pimpinan_unit_teratas(s, p) else JenisSkp.NON_JPT.value


def _periode_of(s: Session, tahun: int) -> tuple[date, date]:
    tk = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun == tahun)).first()
    if tk is not None:
        return tk.tanggal_mulai, tk.tanggal_selesai
    return date(tahun, 1, 1), date(tahun, 12, 31)


def _check_tahun(tahun: int) -> None:
    if not isinstance(tahun, int) or not (2000 <= tahun <= 2100):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tahun SKP tidak valid ({tahun}); isi tahun antara 2000 dan 2100."),
            tahun=repr(tahun),
        ))


def _new_skp(
    uow: UnitOfWork,
    pegawai: Pegawai,
    tahun: int,
    office: OfficeInfo,
    *,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    jenis_skp: str | None = None,
    pejabat_penilai_id: int | None = None,
    alasan_penilai: str = "",
    catatan: str = "Dibuat",
) -> Skp:
    s = uow.session
    _check_tahun(tahun)
    if pegawai.status != StatusPegawai.AKTIF.value:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{nama} berstatus {label}; SKP hanya dibuat untuk pegawai aktif."),
                nama=_nama(pegawai), label=Msg(_label(StatusPegawai, pegawai.status)),
            )
        )
    existing = _current_skp(s, pegawai.id, tahun)
    if existing is not None:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{nama} sudah memiliki SKP tahun {tahun} (versi {versi}, status {label}). Buka SKP itu untuk mengubahnya."),
                nama=_nama(pegawai), tahun=tahun, versi=existing.versi, label=Msg(_label(StatusSkp, existing.status)),
            )
        )
    try:
        pendekatan = Pendekatan(pendekatan).value
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pendekatan '{pendekatan}' tidak dikenal; pilih kuantitatif atau kualitatif."),
            pendekatan=pendekatan,
        )) from None
    if jenis_skp is None:
        jenis_skp = default_jenis_skp(s, pegawai)
    try:
        jenis_skp = JenisSkp(jenis_skp).value
    except ValueError:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Jenis SKP '{jenis_skp}' tidak dikenal."),
            jenis_skp=jenis_skp,
        )) from None
    penilai = _resolve_penilai(s, uow.actor, pegawai, pejabat_penilai_id, alasan_penilai)
    mulai, selesai = _periode_of(s, tahun)
    versi = (s.scalar(select(func.max(Skp.versi)).where(Skp.pegawai_id == pegawai.id, Skp.tahun == tahun)) or 0) + 1
    skp = Skp(
        pegawai_id=pegawai.id,
        tahun=tahun,
        versi=versi,
        status=StatusSkp.DRAFT.value,
        pendekatan=pendekatan,
        jenis_skp=jenis_skp,
        periode_mulai=mulai,
        periode_selesai=selesai,
        instansi=office.instansi or None,
    )
    _apply_people(s, skp, pegawai, penilai, office)
    s.add(skp)
    s.flush()
    for b in BERAKHLAK:
        s.add(PerilakuSkp(skp_id=skp.id, nomor=b.nomor, kode=b.kode, ekspektasi_khusus="-"))
    uow.audit_change(skp, None, f"SKP {skp.pegawai_nama} tahun {tahun} dibuat")
    _audit_penilai_lain(uow, skp, pegawai, penilai, alasan_penilai)
    _log(uow, skp, None, StatusSkp.DRAFT.value, catatan)
    return skp


def create_skp(
    ctx: AppContext,
    pegawai_id: int,
    tahun: int,
    *,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    jenis_skp: str | None = None,
    pejabat_penilai_id: int | None = None,
    alasan_penilai: str = "",
) -> SkpDetail:
    """A new, empty draft SKP with the seven BerAKHLAK values ("-" as ekspektasi khusus).
    ``pejabat_penilai_id`` other than the atasan: Operator/Admin only, with ``alasan_penilai``."""
    office = get_office(ctx)
    with ctx.write("skp.buat") as uow:
        pegawai = _get_pegawai(uow.session, pegawai_id)
        scope.require_buat_skp(ctx.actor, scope.dari_pegawai(pegawai.id, pegawai.atasan_id, _nama(pegawai)))
        skp = _new_skp(uow, pegawai, tahun, office, pendekatan=pendekatan, jenis_skp=jenis_skp,
                       pejabat_penilai_id=pejabat_penilai_id, alasan_penilai=alasan_penilai)
        sid = skp.id
    return get_skp(ctx, sid)


@dataclass
class CopyResult:
    skp: SkpDetail
    sumber_tahun: int
    rhk_disalin: int
    indikator_disalin: int
    induk_terhubung: int
    #: RHK whose supervisor RHK could not be found in the new year (re-pick them)
    induk_perlu_dipilih: list[str]


def _copy_content(
    s: Session, src: Skp, dst: Skp, *, keep_parents: bool, parent_pool: list[Rhk] | None = None,
) -> tuple[int, int, int, list[str], dict[int, int]]:
    """Copy RHK, indicators, perilaku and lampiran from ``src`` into ``dst``.

    ``keep_parents``: a new version of the same SKP keeps its cascading links.
    Otherwise (copy from last year) each parent is looked up by text in
    ``parent_pool`` (the supervisor's RHK of the new year); unmatched links are
    cleared and reported. Returns (rhk, indicators, linked, unmatched, old→new ids).
    """
    n_rhk = n_ind = linked = 0
    unmatched: list[str] = []
    mapping: dict[int, int] = {}
    by_text = {_norm(r.teks): r for r in (parent_pool or [])}
    nums = _rhk_numbers(src)
    for r in _ordered_rhk(src):
        parent_id, parent_teks = r.parent_rhk_id, r.rhk_atasan_teks
        if not keep_parents and (r.parent_rhk_id is not None or r.rhk_atasan_teks):
            old_text = r.parent.teks if r.parent is not None else r.rhk_atasan_teks
            match = by_text.get(_norm(old_text))
            if match is not None:
                parent_id, parent_teks = match.id, match.teks
                linked += 1
            else:
                parent_id, parent_teks = None, None
                unmatched.append(f"{nums[r.id]} {r.teks}")
        new = Rhk(
            skp_id=dst.id, jenis=r.jenis, urutan=r.urutan, teks=r.teks, parent_rhk_id=parent_id,
            rhk_atasan_teks=parent_teks, perspektif=r.perspektif, penugasan_dari=r.penugasan_dari,
            klasifikasi=r.klasifikasi,
        )
        s.add(new)
        s.flush()
        mapping[r.id] = new.id
        n_rhk += 1
        for i in r.indikator:
            s.add(Indikator(
                rhk_id=new.id, urutan=i.urutan, aspek=i.aspek, teks=i.teks, target_min=i.target_min,
                target_max=i.target_max, satuan=i.satuan, target_teks=i.target_teks,
                lebih_rendah_lebih_baik=i.lebih_rendah_lebih_baik, ikatan_ukuran=i.ikatan_ukuran,
            ))
            n_ind += 1
    src_perilaku = {p.kode: p.ekspektasi_khusus for p in src.perilaku}
    for p in s.scalars(select(PerilakuSkp).where(PerilakuSkp.skp_id == dst.id)):
        if p.kode in src_perilaku:
            p.ekspektasi_khusus = src_perilaku[p.kode] or "-"
    dst.lampiran_dukungan_sumber_daya = src.lampiran_dukungan_sumber_daya
    dst.lampiran_skema_pertanggungjawaban = src.lampiran_skema_pertanggungjawaban
    dst.lampiran_konsekuensi = src.lampiran_konsekuensi
    s.flush()
    return n_rhk, n_ind, linked, unmatched, mapping


def _supervisor_rhk(s: Session, skp: Skp) -> list[Rhk]:
    if skp.pejabat_penilai_id is None:
        return []
    sup = _current_skp(s, skp.pejabat_penilai_id, skp.tahun)
    if sup is None:
        return []
    return _ordered_rhk(sup)


def _copy_previous_into(uow: UnitOfWork, pegawai: Pegawai, tahun: int, office: OfficeInfo,
                        src: Skp, pendekatan: str | None) -> tuple[Skp, tuple[int, int, int, list[str]]]:
    s = uow.session
    skp = _new_skp(uow, pegawai, tahun, office, pendekatan=pendekatan or src.pendekatan,
                   jenis_skp=None, catatan=f"Dibuat dengan menyalin SKP tahun {src.tahun}")
    pool = _supervisor_rhk(s, skp)
    n_rhk, n_ind, linked, unmatched, _ = _copy_content(s, src, skp, keep_parents=False, parent_pool=pool)
    uow.audit("skp", skp.id, f"Isi SKP {src.tahun} (id {src.id}) disalin: {n_rhk} RHK, {n_ind} indikator")
    return skp, (n_rhk, n_ind, linked, unmatched)


def copy_from_previous(
    ctx: AppContext, pegawai_id: int, tahun: int, *, source_skp_id: int | None = None,
    pendekatan: str | None = None,
) -> CopyResult:
    """New SKP for ``tahun`` with last year's RHK and indicators (targets stay editable).

    Cascading links are re-made to the supervisor's RHK of the new year with the
    same text; the others are cleared and listed so the user picks them again.
    """
    office = get_office(ctx)
    with ctx.write("skp.salin_tahun_lalu") as uow:
        s = uow.session
        pegawai = _get_pegawai(s, pegawai_id)
        scope.require_buat_skp(ctx.actor, scope.dari_pegawai(pegawai.id, pegawai.atasan_id, _nama(pegawai)))
        if source_skp_id is not None:
            src = _load_skp(s, source_skp_id)
            if src.pegawai_id != pegawai_id:
                raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP sumber harus milik pegawai yang sama.")))
        else:
            src = _previous_skp(s, pegawai_id, tahun)
            if src is None:
                raise ServiceError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "{nama} belum memiliki SKP tahun sebelumnya untuk disalin. Buat SKP kosong atau isi dari pustaka RHK."),
                        nama=_nama(pegawai),
                    )
                )
        skp, (n_rhk, n_ind, linked, unmatched) = _copy_previous_into(uow, pegawai, tahun, office, src, pendekatan)
        sid, src_tahun = skp.id, src.tahun
    return CopyResult(get_skp(ctx, sid), src_tahun, n_rhk, n_ind, linked, unmatched)


@dataclass
class BulkResult:
    dibuat: list[str] = field(default_factory=list)
    disalin: int = 0
    dari_pustaka: int = 0
    kosong: int = 0
    dilewati: list[str] = field(default_factory=list)  # "Nama: alasan"
    skp_ids: list[int] = field(default_factory=list)


def _unit_and_descendants(s: Session, unit_id: int) -> list[int]:
    rows = s.execute(select(UnitKerja.id, UnitKerja.parent_id)).all()
    children: dict[int | None, list[int]] = defaultdict(list)
    for uid_, pid in rows:
        children[pid].append(uid_)
    out, stack = [], [unit_id]
    while stack:
        u = stack.pop()
        out.append(u)
        stack.extend(children.get(u, []))
    return out


def bulk_create(
    ctx: AppContext,
    unit_id: int | None,
    tahun: int,
    *,
    include_subunits: bool = True,
    salin_tahun_lalu: bool = True,
    pakai_pustaka: bool = True,
    pendekatan: str = Pendekatan.KUANTITATIF.value,
    progress: Progress | None = None,
) -> BulkResult:
    """Create the missing SKPs of a unit (all units when ``unit_id`` is None) in one transaction.

    Per employee: a copy of last year's SKP when there is one (``salin_tahun_lalu``),
    else the RHK templates of the jabatan (``pakai_pustaka``), else empty. Cancel
    (``progress``) rolls everything back.
    """
    progress = progress or Progress.none()
    _check_tahun(tahun)
    office = get_office(ctx)
    if pakai_pustaka:
        template_rhk.ensure_seeded(ctx)
    result = BulkResult()
    with ctx.write("skp.buat_massal") as uow:
        s = uow.session
        q = select(Pegawai).where(Pegawai.status == StatusPegawai.AKTIF.value)
        if unit_id is not None:
            if s.get(UnitKerja, unit_id) is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Unit kerja dengan id {unit_id} tidak ditemukan."),
                    unit_id=unit_id,
                ))
            units = _unit_and_descendants(s, unit_id) if include_subunits else [unit_id]
            q = q.where(Pegawai.unit_id.in_(units))
        people = _depth_order(list(s.scalars(q)))
        have = set(s.scalars(
            select(Skp.pegawai_id).where(Skp.tahun == tahun, Skp.status != StatusSkp.DIGANTI.value)))
        total = len(people)
        lib = template_rhk.load_library(s) if pakai_pustaka else []
        for n, p in enumerate(people, start=1):
            progress.step(n - 1, total, f"Membuat SKP {n} dari {total}: {p.nama}")
            nama = _nama(p)
            if p.id in have:
                result.dilewati.append(f"{nama}: sudah memiliki SKP {tahun}")
                continue
            try:
                scope.require_buat_skp(ctx.actor, scope.dari_pegawai(p.id, p.atasan_id, nama))
            except PermissionDenied:
                result.dilewati.append(f"{nama}: di luar kewenangan akun ini")
                continue
            src = _previous_skp(s, p.id, tahun) if salin_tahun_lalu else None
            if src is not None:
                skp, _stats = _copy_previous_into(uow, p, tahun, office, src, pendekatan)
                result.disalin += 1
            else:
                skp = _new_skp(uow, p, tahun, office, pendekatan=pendekatan)
                templates = template_rhk.match_templates(lib, p.nama_jabatan or "") if lib else []
                if templates:
                    template_rhk.apply_to_skp(s, skp, templates)
                    uow.audit("skp", skp.id, f"Diisi dari pustaka RHK ({len(templates)} RHK)")
                    result.dari_pustaka += 1
                else:
                    result.kosong += 1
            result.dibuat.append(nama)
            result.skp_ids.append(skp.id)
        progress.step(total, total, "Menyimpan…")
        uow.audit(None, None, f"SKP {tahun} dibuat massal: {len(result.dibuat)} dibuat, "
                              f"{len(result.dilewati)} dilewati")
    return result
