"""The three people on an SKP and the header choices of a draft.

The pejabat penilai is the direct supervisor (PermenPANRB 6/2022 Pasal 1 angka 9,
Pasal 5); anyone else is an Operator/Admin decision with a written reason in the
audit log. Names, NIPs and posts are frozen on the SKP as snapshots (kinerja-asn.md §3)
and refreshed only while it is a draft.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.domain.enums import JenisSkp, Pendekatan, StatusPegawai
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext, UnitOfWork, row_dict
from asn_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from asn_desktop.services.indikator_input import bersihkan as _clean
from asn_desktop.services.settings import OfficeInfo, get_office
from asn_desktop.services.snapshots import apply_snapshot, office_atasan_snapshot, person_snapshot
from asn_desktop.services.skp.types import SkpDetail, HeaderInput
from asn_desktop.services.skp._common import _nama, _load_skp, _require_edit, _expect
from asn_desktop.services.skp.reading import get_skp


def _apply_people(s: Session, skp: Skp, pegawai: Pegawai, penilai: Pegawai | None, office: OfficeInfo) -> None:
    """Fill the three snapshots (kinerja-asn.md §3).

    - pegawai: the employee;
    - pejabat penilai: ``penilai`` (default the employee's ``atasan_id``); when the
      employee has none in the database (the Camat), the regency supervisor kept
      by value in the office settings (``atasan_camat_*``);
    - atasan pejabat penilai: the penilai's own supervisor, or the office's
      ``atasan_camat_*`` when the penilai is the top of the local tree.
    """
    apply_snapshot(skp, "pegawai", person_snapshot(pegawai))
    skp.pegawai_status_kepegawaian = pegawai.status_kepegawaian
    skp.pejabat_penilai_id = penilai.id if penilai is not None else None
    if penilai is not None:
        apply_snapshot(skp, "penilai", person_snapshot(penilai))
        skp.penilai_status_kepegawaian = penilai.status_kepegawaian
        atasan = penilai.atasan
        skp.atasan_penilai_id = atasan.id if atasan is not None else None
        if atasan is not None:
            apply_snapshot(skp, "atasan_penilai", person_snapshot(atasan))
            skp.atasan_penilai_status_kepegawaian = atasan.status_kepegawaian
        else:
            apply_snapshot(skp, "atasan_penilai", office_atasan_snapshot(office))
            skp.atasan_penilai_status_kepegawaian = None
    else:
        apply_snapshot(skp, "penilai", office_atasan_snapshot(office))
        skp.penilai_status_kepegawaian = None
        skp.atasan_penilai_id = None
        apply_snapshot(skp, "atasan_penilai", {})
        skp.atasan_penilai_status_kepegawaian = None


#: shortest reason accepted for a pejabat penilai other than the direct supervisor
MIN_ALASAN_PENILAI = 10


def _resolve_penilai(s: Session, actor: Actor, pegawai: Pegawai, pejabat_penilai_id: int | None,
                     alasan: str = "") -> Pegawai | None:
    """The pejabat penilai for ``pegawai``'s SKP, checked against who is choosing.

    The pejabat penilai kinerja is the employee's direct supervisor (Pasal 1 angka 9
    and Pasal 5 PermenPANRB 6/2022; kinerja-asn.md §2). ``None`` means exactly that
    (the atasan on record, or nobody when the supervisor is outside the database).
    Anyone else is an Operator/Admin decision that needs a written reason, audited by
    the caller: an employee never picks their own rater, and a Penilai never picks
    the rater of their own SKP.
    """
    if pejabat_penilai_id is None or pejabat_penilai_id == pegawai.atasan_id:
        return pegawai.atasan
    if pejabat_penilai_id == pegawai.id:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai tidak boleh pegawai itu sendiri.")))
    if not scope.boleh_pilih_penilai_lain(actor):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai {nama} adalah atasan langsungnya. Hanya operator atau admin yang dapat menetapkan pejabat penilai lain (dengan alasan); minta mereka bila atasan di data pegawai keliru."),
                nama=_nama(pegawai),
            )
        )
    if not MIN_ALASAN_PENILAI <= len(_clean(alasan)) <= 500:
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai yang dipilih bukan atasan langsung pegawai ini. Tuliskan alasannya ({minimal}–500 karakter), misalnya 'atasan langsung cuti panjang, Plt.'."),
                minimal=MIN_ALASAN_PENILAI,
            )
        )
    penilai = s.get(Pegawai, pejabat_penilai_id)
    if penilai is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai (id {pejabat_penilai_id}) tidak ditemukan."),
            pejabat_penilai_id=pejabat_penilai_id,
        ))
    if penilai.status != StatusPegawai.AKTIF.value:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "{nama} tidak aktif dan tidak dapat menjadi pejabat penilai."),
            nama=_nama(penilai),
        ))
    return penilai


def _audit_penilai_lain(uow: UnitOfWork, skp: Skp, pegawai: Pegawai, penilai: Pegawai | None, alasan: str) -> None:
    """A pejabat penilai other than the direct supervisor is named with its reason in the audit log."""
    if penilai is not None and penilai.id != pegawai.atasan_id:
        uow.audit("skp", skp.id, f"Pejabat penilai SKP {_nama(pegawai)} ditetapkan {_nama(penilai)} (bukan atasan "
                                 f"langsung); alasan: {_clean(alasan)}",
                  {"pejabat_penilai_id": pegawai.atasan_id}, {"pejabat_penilai_id": penilai.id,
                                                                "alasan": _clean(alasan)})


def update_header(ctx: AppContext, skp_id: int, data: HeaderInput, *,
                  expected_version: int | None = None) -> SkpDetail:
    """Pendekatan, layout, pejabat penilai (re-snapshots the penilai) and signing place/date.
    ``expected_version`` (every mutation below takes it): the ``version_id`` the caller's
    window shows; a newer one in the database → ConflictError."""
    office = get_office(ctx)
    with ctx.write("skp.ubah_kepala") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        before = row_dict(skp)
        try:
            skp.pendekatan = Pendekatan(data.pendekatan).value
            skp.jenis_skp = JenisSkp(data.jenis_skp).value
        except ValueError as exc:
            raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Pilihan tidak dikenal: {exc}"), exc=exc)) from None
        ttd = _clean(data.tempat_tanggal_ttd)
        if len(ttd) > 200:
            raise ValidationError(Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Tempat dan tanggal tanda tangan terlalu panjang (maksimal 200 karakter)."),
            ))
        skp.tempat_tanggal_ttd = ttd or None
        if data.pejabat_penilai_id != skp.pejabat_penilai_id:
            if data.pejabat_penilai_id is None and skp.pegawai.atasan_id is not None \
                    and not scope.boleh_pilih_penilai_lain(ctx.actor):
                raise PermissionDenied(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Pejabat penilai {pegawai_nama} adalah atasan langsungnya; hanya operator atau admin yang dapat mengubahnya."),
                        pegawai_nama=skp.pegawai_nama,
                    )
                )
            penilai = _resolve_penilai(s, ctx.actor, skp.pegawai, data.pejabat_penilai_id, data.alasan_penilai) \
                if data.pejabat_penilai_id is not None else None
            _apply_people(s, skp, skp.pegawai, penilai, office)
            _audit_penilai_lain(uow, skp, skp.pegawai, penilai, data.alasan_penilai)
        uow.audit_change(skp, before, f"Kepala SKP {skp.pegawai_nama} diubah")
    return get_skp(ctx, skp_id)


def refresh_snapshots(ctx: AppContext, skp_id: int, *, expected_version: int | None = None) -> SkpDetail:
    """Re-read nama/NIP/pangkat/jabatan/unit of the three people (draft only: a
    signed SKP keeps what it showed, kinerja-asn.md §3)."""
    office = get_office(ctx)
    with ctx.write("skp.perbarui_snapshot") as uow:
        s = uow.session
        skp = _load_skp(s, skp_id)
        _expect(uow, skp, expected_version)
        _require_edit(ctx.actor, skp)
        before = row_dict(skp)
        penilai = s.get(Pegawai, skp.pejabat_penilai_id) if skp.pejabat_penilai_id else None
        _apply_people(s, skp, skp.pegawai, penilai, office)
        skp.instansi = office.instansi or skp.instansi
        uow.audit_change(skp, before, f"Data kepala SKP {skp.pegawai_nama} diperbarui dari data pegawai")
    return get_skp(ctx, skp_id)
