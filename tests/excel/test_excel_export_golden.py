"""The results export writes the same cells, row for row, as the release before it was streamed.

The golden file (data/hasil_demo_golden.json) holds, per data sheet, a short hash of each row's
canonical text (the text the package checksum covers) and the package checksum, made from the
export of a demo office built with a fixed clock and fixed uids, plus the odd rows real offices
have: a replaced SKP, an employee without NIP, text with line breaks and control characters, a
parent RHK of another year, a realisasi on another SKP's indicator. A changed order, value, type
or number format of any cell changes a row hash; the message names the sheet and the row.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook
from sqlalchemy import select, update

from asn_desktop.db import models as m
from asn_desktop.excel.exchange import HASIL_SHEETS, JENIS_HASIL, canonical, read_workbook
from asn_desktop.services import demo
from asn_desktop.services import pertukaran as P
from asn_desktop.services.context import AppContext

GOLDEN = Path(__file__).parent / "data" / "hasil_demo_golden.json"
DATA_SHEETS = [spec for spec in HASIL_SHEETS if not spec.tambahan]  # the public-service sheets use today's date


class _Jam(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> "_Jam":  # noqa: ARG003 - the demo asks for local time
        return cls(2026, 12, 5, 9, 30, 0)


class _Tanggal(date):
    @classmethod
    def today(cls) -> "_Tanggal":
        return cls(2026, 12, 5)


def build_office(ctx: AppContext, monkeypatch: Any) -> None:
    """The demo kecamatan with a fixed clock and fixed uids, and the odd rows of real offices."""
    rng = random.Random(18)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4))
    monkeypatch.setattr(demo, "datetime", _Jam)
    monkeypatch.setattr(demo, "date", _Tanggal)
    demo.build_demo(ctx, 40, tahun=2026, seed=7, periode_dinilai=3)
    with ctx.write("uji.bangun") as uow:
        s = uow.session
        skps = s.scalars(select(m.Skp).where(m.Skp.tahun == 2026).order_by(m.Skp.id)).all()
        # an approved SKP replaced by a second version (the old one keeps its rows, no empty periods)
        old = skps[3]
        new = m.Skp(pegawai_id=old.pegawai_id, tahun=2026, versi=2, status="disetujui", jenis_skp=old.jenis_skp,
                    pendekatan=old.pendekatan, periode_mulai=old.periode_mulai, periode_selesai=old.periode_selesai,
                    pejabat_penilai_id=old.pejabat_penilai_id, instansi="Instansi\r\nbaris dua",
                    diajukan_pada=datetime(2026, 7, 1, 8, 15, 30, 123456))
        s.add(new)
        s.flush()
        old.status, old.pengganti_id = "diganti", new.id
        s.add(m.Rhk(skp_id=new.id, jenis="tambahan", urutan=1, teks="=SUM(A1)\x1fsisa\x01", uid="0" * 32))
        s.add(m.Rhk(skp_id=new.id, jenis="utama", urutan=2, teks="Utama kedua"))
        s.add(m.Rhk(skp_id=new.id, jenis="utama", urutan=2, teks="Utama kedua juga"))
        # an employee without NIP, with an SKP
        tanpa = m.Pegawai(nama="Tanpa NIP", status="aktif", unit_id=s.get(m.Pegawai, old.pegawai_id).unit_id)
        s.add(tanpa)
        s.flush()
        s.add(m.Skp(pegawai_id=tanpa.id, tahun=2026, status="draft", periode_mulai=date(2026, 1, 1),
                    periode_selesai=date(2026, 12, 31)))
        # a parent RHK in last year's SKP
        lama = m.Skp(pegawai_id=skps[0].pegawai_id, tahun=2025, status="disetujui", periode_mulai=date(2025, 1, 1),
                     periode_selesai=date(2025, 12, 31))
        s.add(lama)
        s.flush()
        induk = m.Rhk(skp_id=lama.id, jenis="utama", urutan=1, teks="RHK tahun lalu")
        s.add(induk)
        s.flush()
        rhk = s.scalars(select(m.Rhk).where(m.Rhk.skp_id == skps[1].id).order_by(m.Rhk.id)).first()
        rhk.parent_rhk_id = induk.id
        ind = s.scalars(select(m.Indikator).where(m.Indikator.rhk_id == rhk.id).order_by(m.Indikator.id)).first()
        ind.teks, ind.target_min, ind.target_max = "Teks\rdengan CR\r\n dan\tTAB", 0.1 + 0.2, -0.0
        # a realisasi of one SKP's evaluation on another SKP's indicator, and one on last year's indicator
        ev = s.scalars(select(m.Evaluasi).where(m.Evaluasi.skp_id.notin_([old.id, skps[1].id]))
                       .order_by(m.Evaluasi.id)).first()
        lain = m.Indikator(rhk_id=induk.id, urutan=1, teks="Indikator tahun lalu")
        s.add(lain)
        s.flush()
        s.add(m.Realisasi(evaluasi_id=ev.id, indikator_id=ind.id, realisasi="silang\x1e", realisasi_nilai=1e-20))
        s.add(m.Realisasi(evaluasi_id=ev.id, indikator_id=lain.id, realisasi="tidak diekspor"))
        s.execute(update(m.Evaluasi).where(m.Evaluasi.id == ev.id).values(
            dinilai_pada=datetime(2026, 4, 2, 10, 0, 0, 999999), self_catatan="x" * 40_000))


def canonical_rows(path: Path) -> dict[str, list[str]]:
    """Each data sheet's rows as the checksum's canonical text, read back with calamine."""
    wb = CalamineWorkbook.from_path(str(path))
    out: dict[str, list[str]] = {}
    for spec in DATA_SHEETS:
        rows = wb.get_sheet_by_name(spec.name).to_python(skip_empty_area=False)
        header = [str(h).strip() for h in rows[0]]
        index = [header.index(c.header) for c in spec.columns]
        texts = []
        for raw in rows[1:]:
            cells = [raw[i] if i < len(raw) else None for i in index]
            if all(v is None or v == "" for v in cells):
                continue
            texts.append("\x1f".join(canonical(c.kind, v) for c, v in zip(spec.columns, cells)))
        out[spec.name] = texts
    return out


def _short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def golden_of(path: Path) -> dict[str, Any]:
    """What the golden file holds for the package at ``path``."""
    meta = read_workbook(path, JENIS_HASIL).meta
    return {"checksum_sha256": meta["checksum_sha256"],
            "rows": {name: [_short(t) for t in texts] for name, texts in canonical_rows(path).items()}}


def test_results_export_gives_the_cells_of_the_golden_package(ctx, monkeypatch, tmp_path) -> None:
    build_office(ctx, monkeypatch)
    path = tmp_path / "hasil.xlsx"
    res = P.export_results(ctx, path, 2026)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = canonical_rows(path)
    for name, expected in golden["rows"].items():
        rows = got[name]
        for i, (text, want) in enumerate(zip(rows, expected)):
            assert _short(text) == want, f"lembar {name} baris data {i + 1} berbeda: {text[:300]!r}"
        assert len(rows) == len(expected), f"lembar {name}: {len(rows)} baris, semula {len(expected)}"
        assert res.sheets[name] == len(expected)
    assert res.checksum == golden["checksum_sha256"]
    wb = read_workbook(path, JENIS_HASIL)
    assert wb.checksum_ok and not wb.problems
