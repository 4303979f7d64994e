"""Kill -9 harness: a bulk write in a child process, killed at random moments.

Each *scenario* prepares a database, then a child ``python -c`` runs one bulk
operation through the services (demo builder, roster import, restore). The
child prints ``TX`` when the operation's write transaction begins and
``COMMIT`` after it committed. The parent kills it (SIGKILL, no cleanup
possible) either at a random moment of the whole run or at a random moment
inside the transaction window, then checks:

- ``PRAGMA integrity_check`` is ``ok`` and the app opens the file;
- the row counts of every table equal either the state before or the state
  after a complete run (measured by an unkilled reference run): all-or-nothing.

Used by tests/reliability/test_reliability_crash.py (a few runs) and by
``python benchmarks/kill_test.py --runs 300`` (the long run, docs/fuzzing.md).
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_CHILD = r'''
import sys, time
from contextlib import contextmanager
from pathlib import Path
sys.path.insert(0, {repo!r})
from asn_desktop.services import context as _c
_orig = _c.AppContext.write
TARGET = {target!r}

@contextmanager
def _write(self, aksi, *perms):
    hit = aksi == TARGET
    if hit:
        print("TX", time.monotonic(), flush=True)
    with _orig(self, aksi, *perms) as uow:
        yield uow
    if hit:
        print("COMMIT", time.monotonic(), flush=True)

_c.AppContext.write = _write
{patch}
from asn_desktop.db.session import open_database
from asn_desktop.services.context import Actor, AppContext
db = open_database(Path({db!r}))
ctx = AppContext(db, Actor.system("uji-kill"))
print("READY", time.monotonic(), flush=True)
{op}
print("DONE", time.monotonic(), flush=True)
'''

# restore does not go through ctx.write for the copy itself: mark db/backup.restore_into
RESTORE_PATCH = r'''
from asn_desktop.db import backup as _fb
_orig_restore = _fb.restore_into
def _restore_into(target, source, **kw):
    print("TX", time.monotonic(), flush=True)
    _orig_restore(target, source, **kw)
    print("COMMIT", time.monotonic(), flush=True)
_fb.restore_into = _restore_into
'''


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path], None]  # build the database the child starts from
    op: str  # Python statements run by the child with ``ctx`` bound
    target: str = ""  # ctx.write action that is the bulk transaction
    patch: str = ""


@dataclass
class RunResult:
    scenario: str
    killed_at: str  # "whole-run" / "in-transaction" / "finished"
    delay: float
    state: str  # "before" / "after"
    ok: bool
    detail: str = ""


@dataclass
class Report:
    runs: list[RunResult] = field(default_factory=list)

    @property
    def failures(self) -> list[RunResult]:
        return [r for r in self.runs if not r.ok]

    def summary(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for r in self.runs:
            d = out.setdefault(r.scenario, {"runs": 0, "before": 0, "after": 0, "failed": 0, "in_tx": 0})
            d["runs"] += 1
            d["in_tx"] += r.killed_at == "in-transaction"
            d["failed"] += not r.ok
            if r.ok:
                d[r.state] += 1
        return out


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
                if not t.startswith("sqlite_")}
    finally:
        con.close()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _spawn(sc: Scenario, db: Path) -> subprocess.Popen[str]:
    code = _CHILD.format(repo=str(REPO), target=sc.target, patch=sc.patch, db=str(db), op=sc.op)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())


def _read_until(proc: subprocess.Popen[str], marker: str, timeout: float) -> float | None:
    """Wait for a line starting with ``marker``; returns the parent's clock at that moment."""
    assert proc.stdout is not None
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, end - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:
            return None
        if line.startswith(marker):
            return time.monotonic()
    return None


@dataclass
class Calibration:
    before: dict[str, int]
    after: dict[str, int]
    total: float  # READY → DONE
    tx: float  # TX → COMMIT


def calibrate(sc: Scenario, work: Path) -> Calibration:
    """One complete run: the 'after' state and the timing of the phases."""
    db = work / f"{sc.name}-ref.db"
    sc.prepare(db)
    before = table_counts(db)
    proc = _spawn(sc, db)
    out, err = proc.communicate(timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"reference run of {sc.name} failed:\n{err[-3000:]}")
    marks = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line[:2] in ("RE", "TX", "CO", "DO")}
    after = table_counts(db)
    if before == after:
        raise RuntimeError(f"scenario {sc.name} changed nothing; the test would prove nothing")
    return Calibration(before, after, marks["DONE"] - marks["READY"], marks["COMMIT"] - marks["TX"])


def run_once(sc: Scenario, cal: Calibration, work: Path, rng: random.Random, i: int) -> RunResult:
    db = work / f"{sc.name}-{i}.db"
    sc.prepare(db)
    proc = _spawn(sc, db)
    in_tx = rng.random() < 0.6
    try:
        t_ready = _read_until(proc, "READY", 60)
        if t_ready is None:
            raise RuntimeError("child did not start: " + (proc.stderr.read() if proc.stderr else ""))
        if in_tx:
            _read_until(proc, "TX", 120)
            delay = rng.uniform(0, cal.tx * 1.1)
            mode = "in-transaction"
        else:
            delay = rng.uniform(0, cal.total * 1.05)
            mode = "whole-run"
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        else:
            mode = "finished"
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    return verify(sc.name, db, cal, mode, delay)


def verify(name: str, db: Path, cal: Calibration, mode: str, delay: float) -> RunResult:
    from asn_desktop.db.backup import integrity_problems
    from asn_desktop.db.session import open_database

    problems = integrity_problems(db, full=True)
    if problems:
        return RunResult(name, mode, delay, "?", False, "integrity_check: " + "; ".join(problems[:3]))
    try:
        database = open_database(db)  # recovers the WAL like the app would at start
        database.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to open is a finding
        return RunResult(name, mode, delay, "?", False, f"open_database: {exc}")
    problems = integrity_problems(db, full=True)
    counts = table_counts(db)
    if problems:
        return RunResult(name, mode, delay, "?", False, "after open: " + "; ".join(problems[:3]))
    from asn_desktop.db.audit_chain import verify_file

    brk = verify_file(db)  # a killed write must not leave the audit log's hash chain broken
    if brk is not None:
        return RunResult(name, mode, delay, "?", False, brk.message)
    if counts == cal.before:
        return RunResult(name, mode, delay, "before", True)
    if counts == cal.after:
        return RunResult(name, mode, delay, "after", True)
    diff = {t: (cal.before.get(t), counts.get(t), cal.after.get(t)) for t in counts
            if counts.get(t) not in (cal.before.get(t), cal.after.get(t))}
    return RunResult(name, mode, delay, "partial", False, f"partial write (before, now, after): {diff}")


def run(scenarios: list[Scenario], runs_per: int, work: Path, seed: int = 7,
        log: Callable[[str], None] | None = None) -> Report:
    rng = random.Random(seed)
    report = Report()
    for sc in scenarios:
        cal = calibrate(sc, work)
        if log:
            log(f"{sc.name}: run {cal.total:.2f} s, transaction {cal.tx:.3f} s")
        for i in range(runs_per):
            res = run_once(sc, cal, work, rng, i)
            report.runs.append(res)
            if log and not res.ok:
                log(f"  GAGAL {sc.name} #{i}: {res.detail}")
            for p in work.glob(f"{sc.name}-{i}.db*"):
                p.unlink()
            shutil.rmtree(work / "backups", ignore_errors=True)
    return report


# --------------------------------------------------------------------------- scenarios


def _copy_db(src: Path, dest: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    s = sqlite3.connect(src)
    d = sqlite3.connect(dest)
    s.backup(d)
    s.close()
    d.execute("PRAGMA journal_mode=WAL")
    d.close()


def _demo_db(path: Path, n: int, seed: int) -> None:
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext
    from asn_desktop.services.demo import build_demo

    db = open_database(path)
    try:
        build_demo(AppContext(db, Actor.system()), n, tahun=2026, seed=seed)
    finally:
        db.dispose()


def _empty_db(path: Path) -> None:
    from asn_desktop.db.session import open_database

    open_database(path).dispose()


def default_scenarios(work: Path, size: int = 300) -> list[Scenario]:
    """Demo builder, roster import (when present) and restore, at ``size`` employees."""
    work.mkdir(parents=True, exist_ok=True)
    empty = work / "template-empty.db"
    if not empty.exists():
        _empty_db(empty)
    small = work / "template-small.db"
    if not small.exists():
        _demo_db(small, 20, 11)
    big = work / f"template-demo-{size}.db"
    if not big.exists():
        _demo_db(big, size, 3)
    scenarios = [
        Scenario(
            "demo", lambda p: _copy_db(empty, p),
            f"from asn_desktop.services.demo import build_demo\nbuild_demo(ctx, {size}, tahun=2026, seed=3)",
            target="demo.buat",
        ),
        Scenario(
            "pulihkan", lambda p: _copy_db(small, p),
            f"from asn_desktop.services.cadangan import restore\nrestore(ctx, Path({str(big)!r}))",
            patch=RESTORE_PATCH,
        ),
    ]
    from asn_desktop.services import pertukaran_pegawai  # must import: a broken importer fails the run
    roster = work / f"roster-{size}.xlsx"
    if not roster.exists():
        from asn_desktop.db.session import open_database
        from asn_desktop.services.context import Actor, AppContext

        db = open_database(big)
        try:
            pertukaran_pegawai.export_employees(AppContext(db, Actor.system()), roster)
        finally:
            db.dispose()
    scenarios.append(
        Scenario(
            "impor_pegawai", lambda p: _copy_db(empty, p),
            "from asn_desktop.services.pertukaran_pegawai import import_roster\n"
            f"import_roster(ctx, {str(roster)!r})",
            target="pertukaran.impor_pegawai",
        )
    )
    return scenarios
