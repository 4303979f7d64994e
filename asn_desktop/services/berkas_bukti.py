"""Where evidence files live: one store behind the bukti dukung and the computed reports.

Files are content-addressed (``bukti/<tahun>/<sha256[:2]>/<sha256><ext>``, the same scan twice is
kept once). On one PC (SQLite) the file sits in the ``bukti`` folder beside the database, as it
always has. On a server every PC must open what another attached, so the content goes into the
``berkas_bukti`` table in the same transaction as its record, and the folder on each PC is only a
cache of it. Opening looks in the folder first (checked against the sha256), then in the table —
so a database copied back from a server to a file opens its evidence the same way.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import BerkasBukti, BuktiDukung
from asn_desktop.fileio import file_sha256
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.paths import PRIVATE_FILE, companion_dir
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import NotFound, ServiceError

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Isi:
    """A file made ready to be recorded: where it is filed and, on a server, its bytes."""

    rel: str
    sha256: str
    ukuran: int
    data: bytes | None = None  # kept only when the content goes into the database


def in_database(ctx: AppContext) -> bool:
    """Whether this database keeps evidence contents itself (a server shared by several PCs)."""
    return ctx.db.is_server


def folder(ctx: AppContext) -> Path:
    """The data folder the relative paths start from (``<folder>/bukti/...``)."""
    return companion_dir(ctx.db.path, "bukti").parent


def _rel(tahun: int, sha: str, suffix: str) -> str:
    return (Path("bukti") / str(tahun) / sha[:2] / f"{sha}{suffix}").as_posix()


def safe_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def _into_folder(ctx: AppContext, write: Callable[[BinaryIO], object], rel: str | Callable[[], str]) -> str:
    """Write a file into the folder store atomically and owner-only: ``write(out)`` fills a temp
    file in the same tree, which then moves to ``rel`` (a callable when the name is known only
    once the content is hashed). A file already there is kept: same name, same content."""
    if isinstance(rel, str) and (folder(ctx) / rel).exists():
        return rel
    tmp_dir = folder(ctx) / "bukti" / ".tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="bukti-")
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        name = rel if isinstance(rel, str) else rel()
        dest = folder(ctx) / name
        if not dest.exists():
            os.chmod(tmp_name, PRIVATE_FILE)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(tmp_name, dest)
        return name
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def stage_file(ctx: AppContext, src: Path, tahun: int) -> Isi:
    """Hash ``src`` and make it ready to record. One PC: copied into the folder now, hashed while
    copied (a failed transaction leaves at most an unused copy, never a record without its file).
    Server: read into memory (evidence is bounded in size) and written with the record."""
    try:
        if in_database(ctx):
            data = src.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            return Isi(_rel(tahun, sha, safe_suffix(src.name)), sha, len(data), data)
        h = hashlib.sha256()
        size = 0

        def copy(out: BinaryIO) -> None:
            nonlocal size
            with src.open("rb") as inp:
                for chunk in iter(lambda: inp.read(_CHUNK), b""):
                    h.update(chunk)
                    size += len(chunk)
                    out.write(chunk)

        rel = _into_folder(ctx, copy, lambda: _rel(tahun, h.hexdigest(), safe_suffix(src.name)))
        return Isi(rel, h.hexdigest(), size)
    except OSError as exc:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas '{nama}' tidak dapat disalin ke folder bukti: {sebab}."),
                                  nama=src.name, sebab=exc.strerror or exc)) from exc


def stage_bytes(ctx: AppContext, data: bytes, tahun: int, suffix: str) -> Isi:
    """As ``stage_file`` for content made by the app (the computed report of a bound indicator)."""
    sha = hashlib.sha256(data).hexdigest()
    rel = _rel(tahun, sha, suffix)
    if in_database(ctx):
        return Isi(rel, sha, len(data), data)
    try:
        _into_folder(ctx, lambda out: out.write(data), rel)
    except OSError as exc:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas bukti tidak dapat disimpan ke folder bukti: {sebab}."),
                                  sebab=exc.strerror or exc)) from exc
    return Isi(rel, sha, len(data))


def record(s: Session, isi: Isi) -> None:
    """In the write transaction of the evidence record: the content row, once per sha256."""
    if isi.data is not None and s.scalar(select(BerkasBukti.sha256).where(BerkasBukti.sha256 == isi.sha256)) is None:
        s.add(BerkasBukti(sha256=isi.sha256, isi=isi.data, ukuran=isi.ukuran))
        s.flush()


def release(s: Session, files: list[tuple[str | None, str | None]]) -> list[str]:
    """After evidence records were deleted in ``s`` (flushed): drop the contents nothing refers to
    any more. ``files`` holds their (sha256, path). Returns the folder paths to unlink once the
    transaction has committed (``unlink``)."""
    gone: list[str] = []
    for sha, rel in {f for f in files if f[0] or f[1]}:
        if sha and not s.scalar(select(func.count()).select_from(BuktiDukung).where(BuktiDukung.sha256 == sha)):
            s.execute(delete(BerkasBukti).where(BerkasBukti.sha256 == sha))
        if rel and not s.scalar(select(func.count()).select_from(BuktiDukung).where(BuktiDukung.path_relatif == rel)):
            gone.append(rel)
    return gone


def unlink(ctx: AppContext, rels: list[str]) -> None:
    for rel in rels:
        try:
            (folder(ctx) / rel).unlink(missing_ok=True)
        except OSError:
            pass  # an orphan copy is harmless; the record is gone


def local_path(ctx: AppContext, rel: str, sha: str | None, nama: str, *, periksa: bool = False) -> Path:
    """A file on this PC with the evidence's content: the folder copy when it is there (and, with
    ``periksa``, intact), else fetched from the database into the folder. Raises when neither has it."""
    path = folder(ctx) / rel
    if path.is_file() and (not periksa or not sha or file_sha256(path) == sha):
        return path
    data: bytes | None = None
    if sha:
        with ctx.read() as s:
            data = s.scalar(select(BerkasBukti.isi).where(BerkasBukti.sha256 == sha))
    if data is None:
        if path.is_file():
            raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas bukti '{nama}' sudah berubah atau rusak (sha256 tidak cocok)."),
                                      nama=nama))
        if in_database(ctx):
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas bukti '{nama}' tidak ada di basis data server maupun di folder bukti. "
                "Pulihkan dari cadangan."), nama=nama))
        raise NotFound(Msg.of(QT_TRANSLATE_NOOP(
            "Pesan", "Berkas bukti '{nama}' tidak ada di folder bukti ({path}). Pulihkan dari cadangan."),
            nama=nama, path=path))
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != sha:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas bukti '{nama}' di basis data rusak (sha256 tidak cocok)."),
                                  nama=nama))
    try:
        path.unlink(missing_ok=True)  # a damaged cache copy makes way
        _into_folder(ctx, lambda out: out.write(data), rel)
    except OSError as exc:
        raise ServiceError(Msg.of(QT_TRANSLATE_NOOP(
                "Pesan", "Berkas bukti '{nama}' tidak dapat disimpan di komputer ini: {sebab}."),
                                  nama=nama, sebab=exc.strerror or exc)) from exc
    return path


@dataclass
class PindahBukti:
    """What moving folder evidence into a database did."""

    disalin: int = 0
    hilang: list[str] = field(default_factory=list)


def move_folder_into(ctx: AppContext, tujuan_session: Session) -> PindahBukti:
    """Copy the evidence files this office keeps in its folder into the ``berkas_bukti`` table of
    another database (a copy to a server): every file record's content, checked against its
    sha256. Files missing or changed on this PC are listed, not fatal: the records stay and say so
    when opened."""
    out = PindahBukti()
    with ctx.read() as s:
        rows = s.execute(select(BuktiDukung.sha256, BuktiDukung.path_relatif, BuktiDukung.nama_asli)
                         .where(BuktiDukung.sha256.is_not(None), BuktiDukung.path_relatif.is_not(None))
                         .distinct()).all()
        have_here = set(s.scalars(select(BerkasBukti.sha256)))
    done = set(tujuan_session.scalars(select(BerkasBukti.sha256))) | have_here
    for sha, rel, nama in rows:
        if sha in done:
            continue
        path = folder(ctx) / rel
        try:
            data = path.read_bytes()
        except OSError:
            out.hilang.append(f"{nama or rel}: tidak ada di folder bukti ({path})")
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            out.hilang.append(f"{nama or rel}: isi berkas berubah (sha256 tidak cocok)")
            continue
        tujuan_session.add(BerkasBukti(sha256=sha, isi=data, ukuran=len(data)))
        tujuan_session.flush()
        done.add(sha)
        out.disalin += 1
    return out
