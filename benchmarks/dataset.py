"""The benchmark data: a regency-scale database (cached), an empty database, a roster file.

The regency is ``services.demo.build_demo(ctx, N, tahun=2026, periode_dinilai=4)``:
15,000 employees, one SKP each with about 150,000 indicators, four quarters
evaluated. Building it takes about 30 s, so it is cached in ``benchmarks/out/``
under a key made of N, the schema head and the demo generator's source: a
change to either rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from asn_desktop.db.session import head_revision, open_database
from asn_desktop.services.context import Actor, AppContext

TAHUN = 2026
PERIODE_DINILAI = 4


@dataclass
class Dataset:
    path: Path
    pegawai: int
    indikator: int
    evaluasi: int
    build_seconds: float
    cached: bool
    size_mb: float


def _key(n: int) -> str:
    import asn_desktop.services.demo as demo

    h = hashlib.sha256()
    h.update(Path(demo.__file__).read_bytes())
    h.update(f"{n}:{TAHUN}:{PERIODE_DINILAI}:{head_revision()}".encode())
    return h.hexdigest()[:16]


def regency(n: int, out_dir: Path, *, rebuild: bool = False) -> Dataset:
    """The N-employee database, built once and reused while its key matches."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"regency-{n}.db"
    meta_path = path.with_suffix(".json")
    key = _key(n)
    if not rebuild and path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("key") == key:
            return Dataset(path=path, cached=True, size_mb=round(path.stat().st_size / 1e6, 1),
                           **{k: meta[k] for k in ("pegawai", "indikator", "evaluasi", "build_seconds")})
    for p in (path, meta_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    from asn_desktop.services.demo import build_demo

    t0 = time.perf_counter()
    db = open_database(path)
    try:
        res = build_demo(AppContext(db, Actor.system("benchmark")), n, tahun=TAHUN, periode_dinilai=PERIODE_DINILAI)
        with db.engine.connect() as conn:  # fold the WAL into the file so copies are complete
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    meta = {"key": key, "pegawai": res.pegawai, "indikator": res.indikator, "evaluasi": res.evaluasi,
            "build_seconds": round(time.perf_counter() - t0, 1)}
    meta_path.write_text(json.dumps(meta))
    return Dataset(path=path, cached=False, size_mb=round(path.stat().st_size / 1e6, 1),
                   **{k: meta[k] for k in ("pegawai", "indikator", "evaluasi", "build_seconds")})


def empty_copy(out_dir: Path, dest: Path) -> Path:
    """A fresh empty database at ``dest`` (migrated once, then copied: migrations are not what we measure)."""
    template = out_dir / f"empty-{head_revision()}.db"
    if not template.exists():
        db = open_database(template)
        db.dispose()
    for p in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(template, dest)
    return dest


# SIASN-style flat export, the layout of shared/samples/ekspor_pegawai_bkpsdm.xlsx
ROSTER_COLUMNS = [
    "nip_baru", "nama", "gelar_depan", "gelar_belakang", "tgl_lahir", "jenis_kelamin",
    "gol_ruang_akhir", "tmt_gol_akhir", "jabatan_nama", "unor_nama",
]


def roster_rows(db_path: Path) -> list[list[str]]:
    """The regency's employees as roster rows (text cells, like the BKPSDM export)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            """SELECT p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.tanggal_lahir, p.jenis_kelamin,
                      p.golongan, p.tmt_golongan, p.nama_jabatan, u.nama
               FROM pegawai p LEFT JOIN unit_kerja u ON u.id = p.unit_id ORDER BY p.id"""
        ).fetchall()
    finally:
        con.close()

    def dmy(iso: str | None) -> str:
        return date.fromisoformat(iso).strftime("%d-%m-%Y") if iso else ""

    return [
        [nip or "", nama, gd or "", gb or "", lahir or "", "Laki-laki" if jk == "L" else "Perempuan",
         gol or "", dmy(tmt), jab or "", unor or ""]
        for nip, nama, gd, gb, lahir, jk, gol, tmt, jab, unor in rows
    ]


def write_roster(db_path: Path, dest: Path, limit: int | None = None) -> int:
    """Write the roster workbook (sheet ``pegawai``); returns the number of employee rows."""
    from openpyxl import Workbook

    rows = roster_rows(db_path)[:limit]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("pegawai")
    ws.append(ROSTER_COLUMNS)
    for r in rows:
        ws.append(r)
    wb.save(dest)
    return len(rows)
