"""Office settings stored in the ``setting`` table: typed reads and audited writes.

Every key is declared once in ``asn_desktop/options.py`` (group ``KANTOR``) with its default;
read with :func:`get_option`, change with :func:`set_option`. Per-user preferences
(last folders, paper size) are the other group, kept by ``ui/preferences.py``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from sqlalchemy import func, select

from asn_desktop.db.models import Pegawai, Setting
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.options import IDENTITAS_KANTOR, KANTOR, KUNCI_OTOMATIS_MENIT, MAX_KUNCI_MENIT, Option
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ValidationError

T = TypeVar("T")

OFFICE_KEY = IDENTITAS_KANTOR.key


@dataclass
class OfficeInfo:
    """Who this database belongs to; printed on documents and written in exchange files.

    ``atasan_camat_*``: the Camat's own supervisor sits at the regency and is
    usually not in this database (kinerja-asn.md §3), so it is kept by value.
    """

    kode_kantor: str = ""
    nama_kantor: str = ""  # "Kecamatan Maulafa"
    instansi: str = ""  # "Pemerintah Kota Kupang"
    kabupaten_kota: str = ""  # "Kota Kupang"
    provinsi: str = ""
    alamat: str = ""
    kota_ttd: str = ""  # place printed before the signature date
    atasan_camat_nama: str = ""
    atasan_camat_nip: str = ""
    atasan_camat_pangkat: str = ""
    atasan_camat_jabatan: str = ""
    atasan_camat_unit: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "OfficeInfo":
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v or "") for k, v in (data or {}).items() if k in names})


def get_option(ctx: AppContext, opt: Option[T]) -> T:
    """The office's value of ``opt``, or its declared default when absent or unusable."""
    _check(opt)
    with ctx.read() as s:
        row = s.get(Setting, opt.key)
        return opt.coerce(None if row is None else row.value)


def set_option(ctx: AppContext, opt: Option[T], value: T) -> T:
    """Change ``opt`` for every user of this office (admin only, audited); a value of the
    wrong kind is refused so the next reader never meets it."""
    _check(opt)
    if not opt.accepts(value):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Pengaturan {key}: nilai {value} tidak dapat dipakai."),
            key=opt.key, value=repr(value),
        ))
    set_setting(ctx, opt.key, value)
    return value


def _check(opt: Option[Any]) -> None:
    if opt.group != KANTOR:
        raise ValueError(f"{opt.key} is a per-user preference: use ui.preferences")


def get_setting(ctx: AppContext, key: str, default: Any = None) -> Any:
    """Raw stored value under ``key`` (``default`` when absent); application code reads a declared
    option with :func:`get_option` instead, so the key and default are spelled once."""
    with ctx.read() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(ctx: AppContext, key: str, value: Any) -> None:
    """Store a raw value under ``key`` (the write path every office setting takes: permission,
    one transaction, audit row); application code calls :func:`set_option`."""
    with ctx.write("pengaturan.ubah", Permission.SETTINGS) as uow:
        row = uow.session.get(Setting, key)
        before = None if row is None else row.value
        if row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        uow.audit("setting", key, f"Pengaturan {key} diubah", {"value": before}, {"value": value})


def get_office(ctx: AppContext) -> OfficeInfo:
    return OfficeInfo.from_dict(get_setting(ctx, OFFICE_KEY))


def set_office(ctx: AppContext, info: OfficeInfo) -> OfficeInfo:
    """Save the office identity. The Camat's supervisor is printed on every Camat's SKP and
    evaluation (kinerja-asn.md §3), so a NIP that is not one is refused here, whatever the caller."""
    from asn_desktop.domain.errors import DomainError
    from asn_desktop.domain.nip import parse_nip
    from asn_desktop.services.errors import Problems

    problems = Problems()
    if info.atasan_camat_nip.strip():
        try:
            parse_nip(info.atasan_camat_nip)
        except DomainError as exc:
            problems.error("atasan_camat_nip", Msg.of(QT_TRANSLATE_NOOP("Pesan", "NIP atasan Camat tidak valid: {exc}"), exc=exc))
    problems.raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Identitas kantor belum disimpan: NIP atasan Camat tidak valid.")))
    set_setting(ctx, OFFICE_KEY, asdict(info))
    return info


def database_is_empty(ctx: AppContext) -> bool:
    """True for a fresh database (no employees): the GUI then offers demo data or an import."""
    with ctx.read() as s:
        return (s.scalar(select(func.count()).select_from(Pegawai)) or 0) == 0


def get_idle_lock_minutes(ctx: AppContext) -> int:
    """Idle minutes before the window locks itself (a shared office PC; 0 = never, the option
    ``KUNCI_OTOMATIS_MENIT``); a damaged value falls back to the default rather than to 'off'."""
    return get_option(ctx, KUNCI_OTOMATIS_MENIT)


def set_idle_lock_minutes(ctx: AppContext, menit: int) -> int:
    """Admin sets the idle lock for every user of this database (0 = off)."""
    if not KUNCI_OTOMATIS_MENIT.accepts(menit):
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Kunci otomatis: isi 0 (mati) sampai {maks} menit."),
            maks=MAX_KUNCI_MENIT,
        ))
    return set_option(ctx, KUNCI_OTOMATIS_MENIT, menit)
