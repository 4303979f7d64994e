"""The audit log: query with filters, export to Excel.

Rows are written by every service through ``UnitOfWork.audit`` (who, when,
what, before/after). Reading needs ``AUDIT_READ`` (admin): the log shows
ratings and personal data. Exporting is itself audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, or_, select

from asn_desktop.db.models import AuditLog
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.roles import Permission
from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError

MAX_EXPORT_ROWS = 1_000_000  # one worksheet's worth (Excel's limit is 1,048,576)


@dataclass
class AuditFilter:
    """Empty fields do not filter. ``sampai`` is inclusive (the whole day)."""

    username: str = ""
    aksi: str = ""  # exact action, or a prefix ending in "." ("akun.")
    entitas: str = ""
    dari: date | None = None
    sampai: date | None = None
    teks: str = ""  # searched in summary, entity id and before/after values


@dataclass
class AuditEntry:
    id: int
    waktu: datetime
    username: str
    aksi: str
    entitas: str
    entitas_id: str
    ringkasan: str
    sebelum: dict[str, Any] | None
    sesudah: dict[str, Any] | None

    @property
    def perubahan(self) -> str:
        """"field: before → after" lines, for the viewer and the export."""
        return format_perubahan(self.sebelum, self.sesudah)


@dataclass
class AuditPage:
    rows: list[AuditEntry]
    total: int
    offset: int = 0


@dataclass
class AuditChoices:
    """Distinct values for the viewer's filter combos."""

    usernames: list[str] = field(default_factory=list)
    aksi: list[str] = field(default_factory=list)
    entitas: list[str] = field(default_factory=list)


def _short(value: Any, limit: int = 200) -> str:
    if value is None:
        return "∅"
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_perubahan(sebelum: dict[str, Any] | None, sesudah: dict[str, Any] | None) -> str:
    b = sebelum if isinstance(sebelum, dict) else ({} if sebelum is None else {"nilai": sebelum})
    a = sesudah if isinstance(sesudah, dict) else ({} if sesudah is None else {"nilai": sesudah})
    keys = list(dict.fromkeys([*b.keys(), *a.keys()]))
    lines = []
    for k in keys:
        if isinstance(b.get(k), dict) and isinstance(a.get(k), dict):
            # a whole record in one value (e.g. the office identity setting): only what changed
            sub = format_perubahan(
                {sk: v for sk, v in b[k].items() if a[k].get(sk) != v},
                {sk: v for sk, v in a[k].items() if b[k].get(sk) != v},
            )
            lines.extend(f"{k}.{line}" for line in sub.splitlines())
        elif k in b and k in a:
            lines.append(f"{k}: {_short(b[k])} → {_short(a[k])}")
        elif k in a:
            lines.append(f"{k}: {_short(a[k])}")
        else:
            lines.append(f"{k}: {_short(b[k])} → (dihapus)")
    return "\n".join(lines)


def _apply(q: Select, f: AuditFilter) -> Select:  # type: ignore[type-arg]
    if f.username:
        q = q.where(AuditLog.username == f.username)
    if f.aksi:
        if f.aksi.endswith("."):
            q = q.where(AuditLog.aksi.startswith(f.aksi, autoescape=True))
        else:
            q = q.where(AuditLog.aksi == f.aksi)
    if f.entitas:
        q = q.where(AuditLog.entitas == f.entitas)
    if f.dari is not None:
        q = q.where(AuditLog.waktu >= datetime.combine(f.dari, time.min))
    if f.sampai is not None:
        q = q.where(AuditLog.waktu < datetime.combine(f.sampai + timedelta(days=1), time.min))
    teks = f.teks.strip()
    if teks:
        like = f"%{teks}%"
        from sqlalchemy import String, cast

        q = q.where(
            or_(
                AuditLog.ringkasan.ilike(like, escape="\\"),
                AuditLog.entitas_id.ilike(like, escape="\\"),
                AuditLog.username.ilike(like, escape="\\"),
                AuditLog.aksi.ilike(like, escape="\\"),
                cast(AuditLog.sebelum, String).ilike(like, escape="\\"),
                cast(AuditLog.sesudah, String).ilike(like, escape="\\"),
            )
        )
    return q


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entry(r: AuditLog) -> AuditEntry:
    return AuditEntry(
        id=r.id, waktu=r.waktu, username=r.username or "", aksi=r.aksi, entitas=r.entitas or "",
        entitas_id=r.entitas_id or "", ringkasan=r.ringkasan or "", sebelum=r.sebelum, sesudah=r.sesudah,
    )


def _validate(f: AuditFilter) -> AuditFilter:
    if f.dari and f.sampai and f.dari > f.sampai:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Tanggal 'dari' harus sebelum atau sama dengan tanggal 'sampai'."),
        ))
    teks = f.teks.strip()[:200]
    return AuditFilter(f.username, f.aksi, f.entitas, f.dari, f.sampai, _escape_like(teks) if teks else "")


def cari_audit(ctx: AppContext, f: AuditFilter | None = None, *, limit: int = 500, offset: int = 0) -> AuditPage:
    """Newest first; ``total`` counts every matching row (the viewer pages through them)."""
    f = _validate(f or AuditFilter())
    limit = max(1, min(limit, 10_000))
    with ctx.read(Permission.AUDIT_READ) as s:
        total = s.scalar(_apply(select(func.count()).select_from(AuditLog), f)) or 0
        rows = s.scalars(
            _apply(select(AuditLog), f).order_by(AuditLog.waktu.desc(), AuditLog.id.desc()).limit(limit).offset(offset)
        ).all()
        return AuditPage([_entry(r) for r in rows], int(total), offset)


def pilihan_filter(ctx: AppContext) -> AuditChoices:
    with ctx.read(Permission.AUDIT_READ) as s:

        def distinct(col) -> list[str]:  # type: ignore[no-untyped-def]
            return [v for v in s.scalars(select(col).where(col.is_not(None)).distinct().order_by(col)) if v]

        return AuditChoices(distinct(AuditLog.username), distinct(AuditLog.aksi), distinct(AuditLog.entitas))


# --------------------------------------------------------------------------- export

_KOLOM_EKSPOR = [
    Kolom("No", 8), Kolom("Waktu", 20, format="dd-mm-yyyy hh:mm:ss"), Kolom("Pengguna", 18, wrap=True),
    Kolom("Aksi", 26, wrap=True), Kolom("Entitas", 16, wrap=True), Kolom("ID", 12, wrap=True),
    Kolom("Ringkasan", 50, wrap=True), Kolom("Perubahan (sebelum → sesudah)", 70, wrap=True),
]


def ekspor_audit(
    ctx: AppContext, path: Path, f: AuditFilter | None = None, *, progress: Progress | None = None
) -> int:
    """Write the matching rows to an .xlsx (newest first); returns the row count.

    Goes through the report writer (``excel/laporan_xlsx``), so text that starts
    like a formula stays text. Characters a workbook cannot hold are shown as
    "\ufffd" (an audit log must show that something was there). Written to a
    temporary name and renamed, so a failure leaves no half file.
    """
    ctx.require(Permission.AUDIT_READ)  # before any workbook exists
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Nama berkas ekspor harus berakhiran .xlsx (bukan '{name}')."),
            name=path.name,
        ))
    f = _validate(f or AuditFilter())
    count = {"n": 0}
    with ctx.read(Permission.AUDIT_READ) as s:
        total = min(s.scalar(_apply(select(func.count()).select_from(AuditLog), f)) or 0, MAX_EXPORT_ROWS)
        q = _apply(select(AuditLog), f).order_by(AuditLog.waktu.desc(), AuditLog.id.desc()).limit(MAX_EXPORT_ROWS)

        def rows() -> Iterator[list[Any]]:
            for r in s.scalars(q.execution_options(yield_per=2000)):
                e = _entry(r)
                count["n"] += 1
                yield [count["n"], e.waktu, e.username, e.aksi, e.entitas, e.entitas_id, e.ringkasan, e.perubahan]

        tabel = Tabel("Log Audit", "Log Audit", _KOLOM_EKSPOR, rows(), jumlah=total, blok_judul=False,
                      penanda_kontrol="\ufffd")
        try:
            tulis_tabel(path, tabel, progress=progress)
        except OSError as exc:
            raise ServiceError(
                Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "Berkas {path} tidak dapat ditulis ({sebab}). Tutup berkas itu jika sedang dibuka di Excel, atau pilih folder lain."),
                    path=path, sebab=exc.strerror or exc,
                )
            ) from exc
    n = count["n"]
    with ctx.write("audit.ekspor", Permission.AUDIT_READ) as uow:
        uow.audit(None, None, f"Log audit diekspor ({n} baris) ke {path.name}", None,
                  {"berkas": str(path), "baris": n})
    return n
