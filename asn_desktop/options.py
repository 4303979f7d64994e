"""Every setting the application keeps, declared once with its key, group and default.

Modelled on MusicBrainz Picard's options (``TextOption("setting", "ui_language", "")``):
the declaration is the only place a key is spelled, and readers get the default, not a
``None`` or a damaged value, when nothing usable is stored.

Two groups, because they belong to different owners:

- ``KANTOR`` (per office): stored in the database's ``setting`` table, shared by every
  user of that database, changed only through ``services/settings.py`` (permission and
  audit row), read before the open by ``db/peek.py`` where the start needs it (language).
- ``PENGGUNA`` (per Windows user): stored with Qt's ``QSettings`` (registry on Windows),
  read and written only through ``ui/preferences.py``: last folders, paper size, the last
  login name. Nothing in this group is shared or audited.

This module is plain data (no Qt, no database) so every layer may import it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")

KANTOR = "kantor"
PENGGUNA = "pengguna"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. ``default`` may be a zero-argument callable for values known only at run
    time (the user's home folder); ``valid`` rejects a stored value that is of the right type
    but unusable, so the reader gets the default instead."""

    group: str
    key: str
    default: T | Callable[[], T]
    kind: type | tuple[type, ...]
    valid: Callable[[Any], bool] | None = field(default=None, compare=False)
    doc: str = ""

    def default_value(self) -> T:
        d = self.default
        return d() if callable(d) else d  # type: ignore[return-value]

    def accepts(self, value: Any) -> bool:
        if value is None or isinstance(value, bool) and self.kind is not bool:
            return False
        if not isinstance(value, self.kind):
            return False
        return self.valid is None or bool(self.valid(value))

    def coerce(self, raw: Any) -> T:
        """The stored ``raw`` value when usable, else the default (never raises)."""
        return raw if self.accepts(raw) else self.default_value()


_REGISTRY: dict[tuple[str, str], Option[Any]] = {}


def _declare(opt: Option[T]) -> Option[T]:
    if (opt.group, opt.key) in _REGISTRY:
        raise ValueError(f"setting declared twice: {opt.group}/{opt.key}")
    _REGISTRY[(opt.group, opt.key)] = opt
    return opt


def declared(group: str | None = None) -> list[Option[Any]]:
    """All declared settings (of one group), in declaration order."""
    return [o for o in _REGISTRY.values() if group is None or o.group == group]


def option(group: str, key: str) -> Option[Any]:
    """The declaration of ``key``; KeyError for a key nobody declared."""
    return _REGISTRY[(group, key)]


# ----------------------------------------------------------------------------- per office (database)

#: interface languages offered; official documents stay Indonesian whatever is chosen
BAHASA_TERSEDIA: tuple[str, ...] = ("id", "en")
MAX_KUNCI_MENIT = 240

BAHASA: Option[str] = _declare(Option(
    KANTOR, "bahasa", "id", str, lambda v: bool(v),
    "Interface language for every user of this office (read before the window opens)."))
IDENTITAS_KANTOR: Option[dict[str, Any]] = _declare(Option(
    KANTOR, "office", dict, dict, None,
    "Office identity printed on documents and written in exchange files (services.settings.OfficeInfo)."))
KUNCI_OTOMATIS_MENIT: Option[int] = _declare(Option(
    KANTOR, "kunci_otomatis_menit", 10, int, lambda v: 0 <= v <= MAX_KUNCI_MENIT,
    "Idle minutes before the window locks itself on a shared office PC; 0 = never."))
KOEFISIEN_AK: Option[dict[str, Any]] = _declare(Option(
    KANTOR, "koefisien_ak", dict, dict, None,
    "Annual angka kredit coefficients per jenjang overriding the domain table."))
ATURAN_KARIER: Option[dict[str, Any] | None] = _declare(Option(
    KANTOR, "aturan_karier", None, dict, None,
    "Career-eligibility rule: minimal predikat over a number of years (None = the domain default)."))
FOLDER_CADANGAN: Option[str | None] = _declare(Option(
    KANTOR, "cadangan_folder", None, str, lambda v: bool(v),
    "Backup folder the operator chose (e.g. a USB stick); None = next to the database."))
PUSTAKA_RHK_CONTOH: Option[dict[str, Any] | None] = _declare(Option(
    KANTOR, "pustaka_rhk.contoh", None, dict, None,
    "Marker that the sample RHK library was seeded once (its version)."))
PAKET_HASIL_TERAKHIR: Option[dict[str, Any] | None] = _declare(Option(
    KANTOR, "pertukaran.paket_hasil", None, dict, None,
    "Provenance of the last results package merged from head office."))
PIAGAM_FORMAT_NOMOR: Option[str] = _declare(Option(
    KANTOR, "piagam.format_nomor", "800/{no}/KEC/{tahun}", str, lambda v: "{no}" in v and len(v) <= 80,
    "Number format of a Piagam Penghargaan: {no} the office sequence, {tahun} the year (restarts yearly)."))
LOGO_KANTOR: Option[str | None] = _declare(Option(
    KANTOR, "logo_kantor", None, str, lambda v: bool(v),
    "The office's logo (regional coat of arms) as base64 PNG/JPEG, printed in certificate headers."))


# ----------------------------------------------------------------------------- per user (QSettings)

SERVER_BASIS_DATA: Option[str] = _declare(Option(
    PENGGUNA, "db/server", "", str,
    lambda v: v == "" or (isinstance(v, str) and v.startswith(("postgresql://", "postgres://")) and "@" in v
                          and ":" not in v.split("//", 1)[1].split("@", 1)[0]),
    "PostgreSQL address the GUI opens when no --db is given (never with a password); '' = this PC's file."))
FOLDER_ALAT_PG: Option[str] = _declare(Option(
    PENGGUNA, "db/pg_bin", "", str, None,
    "Folder of pg_dump/pg_restore for server backups on this PC; '' = search PATH and the usual places."))
NAMA_LOGIN_TERAKHIR: Option[str] = _declare(Option(
    PENGGUNA, "login/username", "", str, None, "Account name pre-filled at the next login."))
FOLDER_EXCEL_SKP: Option[str] = _declare(Option(
    PENGGUNA, "skp/folder_excel", lambda: str(Path.home()), str, lambda v: bool(v),
    "Last folder an SKP cascade workbook was saved to."))
FOLDER_PDF_SKP: Option[str] = _declare(Option(
    PENGGUNA, "skp/folder_pdf", lambda: str(Path.home() / "SKP PDF"), str, lambda v: bool(v),
    "Last folder SKP PDFs were written to."))
UKURAN_KERTAS_SKP: Option[str] = _declare(Option(
    PENGGUNA, "skp/ukuran", "A4", str, lambda v: bool(v), "Paper size last chosen for SKP PDFs."))
FOLDER_SINKRONISASI: Option[str] = _declare(Option(
    PENGGUNA, "sinkronisasi/folder", lambda: str(Path.home()), str, lambda v: bool(v),
    "Last folder an exchange workbook was opened from or saved to."))
LANGKAH_PERTAMA_DITUTUP: Option[str] = _declare(Option(
    PENGGUNA, "bantuan/langkah_pertama_ditutup", "", str, lambda v: v in ("", "ya"),
    "'ya' once the user closed the first-steps checklist (text: QSettings reads a stored bool back as text)."))
