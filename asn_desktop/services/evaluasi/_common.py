"""What every part of an evaluation checks: loading it, its version, whether its period is open and
it is not final, and who may fill in or rate it (the access rules themselves live in services/scope.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, Indikator, Skp
from asn_desktop.domain.enums import Rating, StatusEvaluasi
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services import scope
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import (
    ConflictError,
    FieldProblem,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from asn_desktop.services.periode import require_periode_terbuka
from asn_desktop.domain.angka import format_target as _format_target


MAKS_TEKS = 5000


def format_target(ind: Indikator) -> str:
    """The indicator's target exactly as the approved SKP prints it."""
    return _format_target(ind.target_min, ind.target_max, ind.satuan, ind.target_teks)


def _rating(value: Any, fld: str) -> Rating | None:
    """A Rating from a code, a member or a label ("Di Atas Ekspektasi"); None/"" → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Rating):
        return value
    try:
        return Rating(str(value).strip())
    except ValueError:
        try:
            return Rating.from_label(str(value))  # type: ignore[return-value]
        except ValueError:
            raise ValidationError(
                Msg.of(QT_TRANSLATE_NOOP("Pesan", "{fld}: '{value}' bukan rating yang dikenal."), fld=fld, value=value),
                [FieldProblem(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi")))],
            ) from None


def _text(value: str | None, fld: str, maks: int = MAKS_TEKS) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\r\n", "\n").strip()
    if len(text) > maks:
        raise ValidationError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{fld} terlalu panjang ({panjang} karakter; paling banyak {maks})."),
                fld=fld, panjang=f"{len(text):,}".replace(",", "."), maks=f"{maks:,}".replace(",", "."),
            ),
            [FieldProblem(fld, Msg.of(QT_TRANSLATE_NOOP("Pesan", "paling banyak {maks} karakter"), maks=maks))],
        )
    return text


def _opt(x: str | None) -> str:
    return x or ""


def _any_permission(ctx: AppContext, *perms: Permission) -> None:
    if not any(ctx.actor.can(p) for p in perms):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak melakukan tindakan ini."),
                username=ctx.actor.username, label=Msg(ctx.actor.role.label),
            )
        )


def _may_rate(actor: Actor, skp: Any) -> bool:
    return actor.can(Permission.EVAL_RATE) and scope.bertindak_sebagai_penilai(actor, skp)


def _may_fill_realisasi(actor: Actor, skp: Skp) -> bool:
    return ((actor.can(Permission.EVAL_SELF) or actor.can(Permission.SKP_EDIT_ANY))
            and scope.boleh_ubah_milik(actor, skp.pegawai_id))


def _require_rater(actor: Actor, skp: Skp) -> None:
    if not actor.can(Permission.EVAL_RATE):
        raise PermissionDenied(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' (peran {label}) tidak berhak memberi penilaian kinerja."),
                username=actor.username, label=Msg(actor.role.label),
            )
        )
    scope.require_penilai_of(actor, skp)


def _require_realisasi_filler(actor: Actor, skp: Skp) -> None:
    if not (actor.can(Permission.EVAL_SELF) or actor.can(Permission.SKP_EDIT_ANY)):
        raise PermissionDenied(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Akun '{username}' tidak berhak mengisi realisasi."),
            username=actor.username,
        ))
    scope.require_own_or_manager(actor, skp.pegawai_id)


def _load_ev(s: Session, evaluasi_id: int) -> Evaluasi:
    ev = s.get(Evaluasi, evaluasi_id)
    if ev is None:
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Evaluasi dengan id {evaluasi_id} tidak ditemukan (mungkin sudah dihapus)."),
            evaluasi_id=evaluasi_id,
        ))
    return ev


def _check_version(ev: Evaluasi, version_id: int | None) -> None:
    if version_id is not None and ev.version_id != version_id:
        raise ConflictError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Evaluasi {pegawai_nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda."),
                pegawai_nama=ev.skp.pegawai_nama,
            )
        )


def _require_writable(ev: Evaluasi, apa: str) -> None:
    require_periode_terbuka(ev.periode, apa)
    if ev.status == StatusEvaluasi.FINAL.value:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "{apa} ditolak: evaluasi {pegawai_nama} ({nama_periode}) sudah final. Pejabat penilai atau admin dapat membatalkan finalisasi bila perlu koreksi."),
                apa=apa, pegawai_nama=ev.skp.pegawai_nama, nama_periode=ev.periode.nama,
            )
        )
