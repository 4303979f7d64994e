"""Workbook fuzzing harness: mutate valid workbooks, run every importer.

Contract checked for each mutated file and each importer:

- never a crash: the importer returns, or raises a ``ServiceError`` (a clear
  message for the user); any other exception is a finding;
- never a partial write: when the importer raised, every table except the
  logs is exactly as before (content digest); the database passes
  ``PRAGMA integrity_check`` after every file.

Importers are plain entry points ``run(ctx, path)`` with their own seed
workbooks; :func:`discover_importers` plugs in whichever exist. Mutations work on bytes (truncated/corrupted zip, random
data), on the zip members (mangled XML, missing parts) and on the cells
through openpyxl (wrong types, huge strings, odd unicode, formulas, merged
cells, missing/renamed sheets, shuffled/duplicated rows and columns).

Fast subset: tests/reliability/test_reliability_fuzz.py. Long run:
``python benchmarks/fuzz_excel.py --files 1000`` (result in docs/fuzzing.md).
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import sqlite3
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------- importers


@dataclass
class Importer:
    """An import entry point under test."""

    name: str
    run: Callable[[Any, Path], Any]  # (AppContext, path) -> result; may raise ServiceError
    seeds: list[Path]  # valid workbooks it accepts
    template: Path  # database the import runs against (copied per file)


# --------------------------------------------------------------------------- mutations

ODD_TEXT = [
    "\u202eKIRI-KE-KANAN\u202c",  # right-to-left override
    "Na\u200bma\u200d\ufeff",  # zero-width characters and BOM
    "Yohanes \U0001F600 Benu",  # emoji (astral plane)
    "Ni Lu\u0301h Sa\u0308ri",  # combining accents
    "ＦＵＬＬＷＩＤＴＨ １９８０",  # fullwidth letters and digits
    "١٩٨٠٠٩٢٦٢٠١٥٠٥١٠٠١",  # Arabic-Indic digits (a NIP in another script)
    "\u00a0\u2007 \t",  # only spaces of several kinds
    "' OR 1=1; DROP TABLE pegawai; --",
    "<script>alert(1)</script>&amp;",
    "%s %d {0} {nama} %1",
    "ß ǅ ﬁ İ ı",  # case-mapping traps
    "\u0000\u0008",  # control characters (not allowed in XML: replaced below)
]
FORMULAS = ["=1/0", "=A1", '=HYPERLINK("http://contoh.invalid","klik")', "=SUM(A:A)", "=NA()", "+62812", "-1", "@SUM(1)"]
WEIRD_VALUES: list[Any] = [
    0, -1, 1e308, -1e-308, float("nan"), 3.14159, 197809262015051001.0, True, False,
    datetime(1900, 1, 1), datetime(9999, 12, 31, 23, 59), date(1, 1, 1), "", " ", "NULL", "None", "#N/A", "#REF!",
    "31/02/2026", "2026-13-45", "19780926 201505 1 001", "III / a", "IV/z", "X" * 300,
]

Mutator = Callable[[random.Random, bytes], bytes]


def _clean_xml_text(s: str) -> str:
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 else "\ufffd" for ch in s)


def _with_workbook(fn: Callable[[random.Random, Any], None]) -> Mutator:
    """A cell-level mutation through openpyxl (load, change, save)."""

    def mut(rng: random.Random, data: bytes) -> bytes:
        import warnings

        from openpyxl import load_workbook

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data))
        fn(rng, wb)
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    mut.__name__ = fn.__name__
    return mut


def _data_cells(rng: random.Random, ws: Any, n: int) -> list[Any]:
    if ws.max_row < 1 or ws.max_column < 1:
        return []
    cells = []
    for _ in range(n):
        r = rng.randint(1, max(1, ws.max_row))
        c = rng.randint(1, max(1, ws.max_column))
        cells.append(ws.cell(r, c))
    return cells


def _sheet(rng: random.Random, wb: Any) -> Any:
    return rng.choice(wb.worksheets)


@_with_workbook
def wrong_types(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    for cell in _data_cells(rng, ws, rng.randint(1, 40)):
        if not hasattr(cell, "value") or type(cell).__name__ == "MergedCell":
            continue
        v = rng.choice(WEIRD_VALUES)
        cell.value = v if not isinstance(v, str) else _clean_xml_text(v)


@_with_workbook
def huge_strings(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    for cell in _data_cells(rng, ws, rng.randint(1, 5)):
        if type(cell).__name__ == "MergedCell":
            continue
        cell.value = rng.choice(["A", "9", "Ñ", "💥"]) * rng.choice([32_767, 100_000, 400_000])


@_with_workbook
def odd_unicode(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    for cell in _data_cells(rng, ws, rng.randint(1, 30)):
        if type(cell).__name__ == "MergedCell":
            continue
        base = str(cell.value or "")
        odd = _clean_xml_text(rng.choice(ODD_TEXT))
        cell.value = rng.choice([odd, base + odd, odd + base, base[::-1]])


@_with_workbook
def formulas(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    for cell in _data_cells(rng, ws, rng.randint(1, 20)):
        if type(cell).__name__ == "MergedCell":
            continue
        cell.value = rng.choice(FORMULAS)


@_with_workbook
def merged_cells(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    for _ in range(rng.randint(1, 6)):
        r1 = rng.randint(1, max(1, ws.max_row))
        c1 = rng.randint(1, max(1, ws.max_column))
        r2 = r1 + rng.randint(0, 3)
        c2 = c1 + rng.randint(0 if r2 > r1 else 1, 4)
        try:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        except ValueError:
            pass


@_with_workbook
def missing_sheet(rng: random.Random, wb: Any) -> None:
    action = rng.choice(["remove", "rename", "empty", "add"])
    if action == "remove" and len(wb.worksheets) > 1:
        wb.remove(_sheet(rng, wb))
    elif action == "remove":
        ws = wb.worksheets[0]
        ws.delete_rows(1, ws.max_row)
    elif action == "rename":
        _sheet(rng, wb).title = rng.choice(["Sheet1", "Lembar 2", "Pegawai (2)", "x" * 31])
    elif action == "empty":
        ws = _sheet(rng, wb)
        ws.delete_rows(1, ws.max_row)
    else:
        extra = wb.create_sheet(rng.choice(["Pegawai", "DUK", "Data"]) + str(rng.randint(2, 9)), 0)
        extra.append(["NIP", "Nama", "Golongan"])
        extra.append(["123", "Sembarang", "Z/z"])


@_with_workbook
def shuffle_structure(rng: random.Random, wb: Any) -> None:
    ws = _sheet(rng, wb)
    action = rng.choice(["delete_row", "delete_col", "insert_rows", "insert_cols", "duplicate", "header_only"])
    if action == "delete_row" and ws.max_row:
        ws.delete_rows(rng.randint(1, ws.max_row), rng.randint(1, 3))
    elif action == "delete_col" and ws.max_column:
        ws.delete_cols(rng.randint(1, ws.max_column), rng.randint(1, 2))
    elif action == "insert_rows":
        ws.insert_rows(rng.randint(1, max(1, ws.max_row)), rng.randint(1, 5))
    elif action == "insert_cols":
        ws.insert_cols(rng.randint(1, max(1, ws.max_column)), rng.randint(1, 3))
    elif action == "duplicate":
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        for row in rng.sample(rows, min(len(rows), rng.randint(1, 10))):
            ws.append(row)
    else:
        ws.delete_rows(2, ws.max_row)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, max(0, len(data) - 1))]


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def not_a_workbook(rng: random.Random, _data: bytes) -> bytes:
    return rng.choice([
        b"",
        b"NIP;Nama\n197809262015051001;Budi\n",  # a CSV renamed .xlsx
        b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(2000)),
        bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000))),
        b"PK\x03\x04" + b"\x00" * 100,
    ])


def _rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = change(info.filename, src.read(info.filename))
            if content is not None:
                dst.writestr(info.filename, content)
    return out.getvalue()


def mangle_xml(rng: random.Random, data: bytes) -> bytes:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return flip_bytes(rng, data)
    victim = rng.choice(names)
    action = rng.choice(["cut", "garbage", "drop", "entity"])

    def change(name: str, content: bytes) -> bytes | None:
        if name != victim:
            return content
        if action == "cut":
            return content[: rng.randint(0, len(content))]
        if action == "garbage":
            pos = rng.randint(0, len(content))
            return content[:pos] + b"<<&&\x00\xff>>" + content[pos:]
        if action == "drop":
            return None
        # an XML entity expansion attempt ("billion laughs")
        return (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><x>&c;&c;&c;</x>')

    return _rezip(data, change)


def huge_dimension(rng: random.Random, data: bytes) -> bytes:
    """A sheet claiming a million rows / all columns (formatting down to the end)."""
    import re

    def change(name: str, content: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            ref = rng.choice([b"A1:XFD1048576", b"A1:Z1048576", b"A1:XFD20"])
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"', content, count=1)
        return content

    try:
        return _rezip(data, change)
    except zipfile.BadZipFile:
        return data


def far_cell(data: bytes, ref: bytes = b"XFD150000") -> bytes:
    """One cell far away in a sheet without ``<dimension>``: calamine would allocate the whole range (~79 GB)."""
    import re

    def change(name: str, content: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            content = re.sub(rb"<dimension [^>]*/>", b"", content, count=1)
            row = re.sub(rb"\D", b"", ref)
            cell = b'<row r="' + row + b'"><c r="' + ref + b'" t="inlineStr"><is><t>x</t></is></c></row>'
            return content.replace(b"</sheetData>", cell + b"</sheetData>", 1)
        return content

    return _rezip(data, change)


def zip_bomb(data: bytes, part: str = "xl/sharedStrings.xml", *, lying: bool = False,
             size: int = 64 * 1024 * 1024) -> bytes:
    """Replace ``part`` with ``size`` bytes of XML that deflate ~1000:1.

    ``lying``: the zip headers then claim the part is 1 KB, so only reading it
    shows its size (the standard library would stop at 1 KB; other readers do not).
    """
    import struct
    import zlib

    filler = b"<si><t>" + b"A" * (size - 64) + b"</t></si>"
    body = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + filler + b"</sst>"
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info.filename, src.read(info.filename))
        dst.writestr(part, body)
    raw = out.getvalue()
    if not lying:
        return raw
    buf = bytearray(raw)
    name = part.encode()
    crc = zlib.crc32(body)
    # local header: signature, ..., crc @14, compressed @18, uncompressed @22; central: crc @16, sizes @20/@24
    for sig, crc_at, size_at in ((b"PK\x03\x04", 14, 22), (b"PK\x01\x02", 16, 24)):
        pos = 0
        while (pos := buf.find(sig, pos)) >= 0:
            name_at = pos + (30 if sig == b"PK\x03\x04" else 46)
            if buf[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", buf, crc_at + pos, crc)
                struct.pack_into("<I", buf, size_at + pos, 1024)
            pos += 4
    return bytes(buf)


def hostile_far_cell(rng: random.Random, data: bytes) -> bytes:
    return far_cell(data, rng.choice([b"XFD150000", b"XFD1048576", b"ZZ199999", b"A1048576"]))


def hostile_zip_bomb(rng: random.Random, data: bytes) -> bytes:
    part = rng.choice(["xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"])
    return zip_bomb(data, part, lying=rng.random() < 0.5, size=rng.choice([16, 64]) * 1024 * 1024)


MUTATORS: list[Mutator] = [
    wrong_types, huge_strings, odd_unicode, formulas, merged_cells, missing_sheet, shuffle_structure,
    truncate, flip_bytes, not_a_workbook, mangle_xml, huge_dimension, hostile_far_cell, hostile_zip_bomb,
]
BYTE_LEVEL = {"truncate", "flip_bytes", "not_a_workbook", "mangle_xml", "huge_dimension", "hostile_far_cell",
              "hostile_zip_bomb"}


def mutate(rng: random.Random, data: bytes, k: int | None = None) -> tuple[bytes, list[str]]:
    """Apply 1–3 mutations (cell-level first, byte-level last, as files really break)."""
    chosen = rng.sample(MUTATORS, k or rng.choice([1, 1, 2, 3]))
    chosen.sort(key=lambda m: m.__name__ in BYTE_LEVEL)
    names = []
    for m in chosen:
        try:
            data = m(rng, data)
        except Exception:  # noqa: BLE001 - an earlier mutation broke the zip/workbook: skip this one
            continue
        names.append(m.__name__)
    return data, names


# --------------------------------------------------------------------------- running


def content_digest(path: Path, skip: tuple[str, ...] = ("audit_log", "log_pertukaran")) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            if t in skip or t.startswith("sqlite_"):
                continue
            h.update(t.encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


@dataclass
class Finding:
    importer: str
    file: Path
    mutations: list[str]
    kind: str  # "crash" / "partial write" / "integrity"
    detail: str


@dataclass
class FuzzReport:
    files: int = 0
    runs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)  # importer:ok / importer:ServiceError
    messages: Counter[str] = field(default_factory=Counter)  # first words of refusal messages
    findings: list[Finding] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [f"{self.files} berkas hasil mutasi, {self.runs} kali impor dalam {self.seconds:.0f} detik.",
                 f"Temuan: {len(self.findings)} (crash / tulis sebagian / integritas)."]
        for k, v in sorted(self.outcomes.items()):
            lines.append(f"  {k}: {v}")
        lines.append(f"Paling lambat: {self.slowest[0]:.2f} s ({self.slowest[1]})")
        lines.append("Jenis penolakan terbanyak:")
        for msg, n in self.messages.most_common(8):
            lines.append(f"  {n:5d} × {msg}")
        return "\n".join(lines)


def _copy(src: Path, dest: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    s = sqlite3.connect(src)
    d = sqlite3.connect(dest)
    s.backup(d)
    s.close()
    d.close()


SLOW_SECONDS = 30.0  # one small workbook must never take this long (a hang or a blow-up)


def _message_kind(message: str) -> str:
    """A refusal message without file names and numbers, to count kinds of refusals."""
    import re

    text = re.sub(r'"[^"]*"', "…", message.split("\n")[0])
    text = re.sub(r"\d[\d.,]*", "N", text)
    return " ".join(text.split()[:10])


def run_one(imp: Importer, path: Path, db_path: Path, mutations: list[str], report: FuzzReport) -> None:
    from asn_desktop.db.backup import integrity_problems
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.services.errors import ServiceError

    _copy(imp.template, db_path)
    before = content_digest(db_path)
    db = open_database(db_path)
    ctx = AppContext(db, Actor.system("fuzz"))
    t0 = time.perf_counter()
    outcome = "ok"
    try:
        imp.run(ctx, path)
    except ServiceError as exc:
        outcome = "ServiceError"
        report.messages[_message_kind(exc.message)] += 1
        if not exc.message.strip():
            report.findings.append(Finding(imp.name, path, mutations, "crash", "ServiceError without a message"))
    except Exception as exc:  # noqa: BLE001 - this is what we are looking for
        outcome = "CRASH"
        report.findings.append(Finding(imp.name, path, mutations, "crash",
                                       f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-2500:]}"))
    finally:
        db.dispose()
    dt = time.perf_counter() - t0
    if dt > SLOW_SECONDS:
        report.findings.append(Finding(imp.name, path, mutations, "slow", f"{dt:.1f} s for one file"))
    if dt > report.slowest[0]:
        report.slowest = (dt, f"{imp.name} {path.name} {'+'.join(mutations)}")
    report.runs += 1
    report.outcomes[f"{imp.name}: {outcome}"] += 1
    problems = integrity_problems(db_path, full=False)
    if problems:
        report.findings.append(Finding(imp.name, path, mutations, "integrity", "; ".join(problems[:3])))
    if outcome != "ok" and content_digest(db_path) != before:
        report.findings.append(Finding(imp.name, path, mutations, "partial write",
                                       f"{outcome} but the database changed"))


def fuzz(importers: list[Importer], n_files: int, work: Path, seed: int = 1,
         log: Callable[[str], None] | None = None, keep_findings: Path | None = None) -> FuzzReport:
    """Mutate ``n_files`` workbooks (round-robin over importers and their seeds) and run them."""
    rng = random.Random(seed)
    report = FuzzReport()
    t0 = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "fuzz.db"
    for i in range(n_files):
        imp = importers[i % len(importers)]
        src = imp.seeds[(i // len(importers)) % len(imp.seeds)]
        data, names = mutate(rng, src.read_bytes())
        path = work / f"fuzz-{i:05d}.xlsx"
        path.write_bytes(data)
        n_before = len(report.findings)
        run_one(imp, path, db_path, names, report)
        report.files += 1
        if len(report.findings) > n_before:
            if keep_findings is not None:
                keep_findings.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, keep_findings / path.name)
            if log:
                f = report.findings[-1]
                log(f"TEMUAN {f.kind} {imp.name} {path.name} {'+'.join(names)}: {f.detail.splitlines()[0]}")
        path.unlink(missing_ok=True)
        if log and (i + 1) % 100 == 0:
            log(f"{i + 1}/{n_files} berkas, {len(report.findings)} temuan")
    report.seconds = time.perf_counter() - t0
    return report


# --------------------------------------------------------------------------- discovery


SAMPLES = Path("/work/shared/samples")


def discover_importers(work: Path, *, demo_size: int = 40) -> list[Importer]:
    """Every Excel importer that exists in this checkout, with valid seed workbooks.

    Seeds: the real head-office samples (when available) and files written by
    the app's own exporters from a demo office, so each importer starts from
    input it accepts.
    """
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.services.demo import build_demo

    work.mkdir(parents=True, exist_ok=True)
    empty = work / "template-empty.db"
    demo = work / "template-demo.db"
    if not empty.exists():
        open_database(empty).dispose()
    if not demo.exists():
        db = open_database(demo)
        try:
            build_demo(AppContext(db, Actor.system()), demo_size, tahun=2026, seed=5, periode_dinilai=2)
        finally:
            db.dispose()
    importers: list[Importer] = []

    # an importer that cannot be imported is a failure of the harness, never a quiet skip
    from asn_desktop.services import pertukaran_pegawai as pp

    if True:
        seeds = sorted(SAMPLES.glob("*.xlsx")) if SAMPLES.is_dir() else []
        exported = work / "seed-pegawai.xlsx"
        if not exported.exists():
            db = open_database(demo)
            try:
                pp.export_employees(AppContext(db, Actor.system()), exported)
            finally:
                db.dispose()
        seeds.append(exported)

        def roster(ctx: Any, path: Path) -> Any:
            try:
                return pp.import_roster(ctx, path)
            except pp.SheetChoiceRequired as exc:  # several candidate sheets: pick the first, as a user would
                return pp.import_roster(ctx, path, sheet=exc.choices[0].name)

        importers.append(Importer("impor_pegawai (ke basis data kosong)", roster, seeds, empty))
        importers.append(Importer("impor_pegawai (pembaruan data demo)", roster, seeds, demo))

    importers.extend(_results_importers(work, demo))
    importers.extend(_form_importers(work, demo))
    return importers


def _results_importers(work: Path, demo: Path) -> list[Importer]:
    """Results packages (pertukaran_hasil) merged into a regency database, when present."""
    from asn_desktop.services import pertukaran_hasil as ph  # must import: a broken importer fails the run

    if not (hasattr(ph, "export_results") and hasattr(ph, "import_results")):
        raise RuntimeError("pertukaran_hasil has no export_results/import_results: the fuzzer cannot run it")
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext

    seed = work / "seed-hasil.xlsx"
    if not seed.exists():
        db = open_database(demo)
        try:
            ph.export_results(AppContext(db, Actor.system()), seed, 2026)
        finally:
            db.dispose()
    return [Importer("impor_hasil (kabupaten kosong)", lambda ctx, p: ph.import_results(ctx, p, trust_new_office=True), [seed],
                     work / "template-empty.db")]


def _form_importers(work: Path, demo: Path) -> list[Importer]:
    """Offline supervisor forms (pertukaran_formulir), when present.

    The form is generated from the template database itself (its id is
    recorded there), so an unmodified form is accepted and mutations are not
    refused merely as 'foreign'.
    """
    from asn_desktop.services import pertukaran_formulir as pf  # must import: a broken importer fails the run

    if not (hasattr(pf, "export_form") and hasattr(pf, "import_form")):
        raise RuntimeError("pertukaran_formulir has no export_form/import_form: the fuzzer cannot run it")
    from sqlalchemy import select

    from asn_desktop.db.models import Periode
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext

    template = work / "template-formulir.db"
    seed = work / "seed-formulir.xlsx"
    if not seed.exists():
        _copy(demo, template)
        db = open_database(template)
        try:
            ctx = AppContext(db, Actor.system())
            with ctx.read() as s:
                periode = s.scalar(select(Periode.id).where(Periode.status == "dibuka").order_by(Periode.urutan))
            penilai = pf.list_penilai(ctx, 2026)
            if periode is None or not penilai:
                return []
            pf.export_form(ctx, penilai[0].pegawai_id, int(periode), seed)
        finally:
            db.dispose()
    return [Importer("impor_formulir", lambda ctx, p: pf.import_form(ctx, p), [seed], template)]
