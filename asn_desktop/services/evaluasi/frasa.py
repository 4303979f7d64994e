"""Frasa umpan balik: the shared library of standard feedback phrases a supervisor picks from when
writing umpan balik on results (``hasil``) or on BerAKHLAK behaviour (``perilaku``); seeded by
migration 0002 and extended by supervisors and admins."""

from __future__ import annotations

from sqlalchemy import func, select

from asn_desktop.db.models import FrasaUmpanBalik
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.roles import Permission
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ValidationError
from asn_desktop.services.evaluasi._common import _any_permission, _text


KATEGORI_FRASA = ("hasil", "perilaku")


def list_frasa(ctx: AppContext, kategori: str) -> list[str]:
    """Standard feedback phrases (seeded by migration 0002) for ``hasil`` or ``perilaku``."""
    if kategori not in KATEGORI_FRASA:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Kategori frasa '{kategori}' tidak dikenal; gunakan hasil atau perilaku."),
            kategori=kategori,
        ))
    with ctx.read() as s:
        return list(s.scalars(
            select(FrasaUmpanBalik.teks).where(FrasaUmpanBalik.kategori == kategori)
            .order_by(FrasaUmpanBalik.urutan, FrasaUmpanBalik.id)
        ))


def add_frasa(ctx: AppContext, kategori: str, teks: str) -> list[str]:
    """Add a phrase to the shared list (supervisors and admins)."""
    _any_permission(ctx, Permission.EVAL_RATE, Permission.SETTINGS)
    if kategori not in KATEGORI_FRASA:
        raise ValidationError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Kategori frasa '{kategori}' tidak dikenal; gunakan hasil atau perilaku."),
            kategori=kategori,
        ))
    t = _text(teks, "Frasa", 500)
    if not t:
        raise ValidationError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Frasa kosong.")))
    with ctx.write("evaluasi.frasa_tambah") as uow:
        s = uow.session
        exists = s.scalar(select(FrasaUmpanBalik.id).where(FrasaUmpanBalik.kategori == kategori,
                                                           FrasaUmpanBalik.teks == t))
        if exists is None:
            n = s.scalar(select(func.max(FrasaUmpanBalik.urutan)).where(FrasaUmpanBalik.kategori == kategori)) or 0
            f = FrasaUmpanBalik(kategori=kategori, teks=t, urutan=n + 1)
            s.add(f)
            uow.audit_change(f, None, "Frasa umpan balik ditambahkan")
    return list_frasa(ctx, kategori)
