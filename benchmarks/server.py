"""The regency figures on both databases, side by side: SQLite file vs PostgreSQL server.

    .venv/bin/python -m benchmarks.run --pg-temp [--pegawai 1500]
    .venv/bin/python -m benchmarks.run --db 'postgresql://user@/asn?host=/run/postgresql'

``--pg-temp`` starts a throw-away cluster the way the tests do (``tests/pgserver.py``:
``initdb`` into a temporary folder, Unix socket only, as the ``postgres`` user when run
as root) and removes it at the end. ``--db`` uses a server you run: the regency is
copied into that database when it is empty (kept there for the next run when it holds
the same data set), and the empty databases the import and the merge write into are
created beside it and dropped at the end, so the role needs ``CREATEDB``.

The regency comes from the same cache as ``benchmarks.run``; it is moved to the server
with ``db/copy`` (``asn-desktop db copy``), whose time is reported too. Each measure
runs the same service call on both databases in the same run:

- employee list load: ``services.pegawai.list_pegawai_rows`` (what the Pegawai area's
  first view fetches);
- SKP overview load: ``services.skp.overview(ctx, 2026)`` (the SKP area's first view);
- roster import into an empty database (``import_roster``, as in ``benchmarks.run``);
- results export and results merge into an empty database, each in a fresh process
  (``benchmarks.probe export|merge``).

Beside them the floors: calamine read + ``sqlite3.executemany`` (SQLite only), and
calamine read + psycopg ``COPY`` / ``executemany`` of the same rows into one table
(PostgreSQL only). Wall time is what a user waits for; on a server part of the work is
in the server's processes, so the client's CPU time is given for the in-process
measures as well (the machine may be shared: compare ratios from the same run).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks import dataset

ROOT = Path(__file__).resolve().parent.parent
TAHUN = dataset.TAHUN


@dataclass
class Side:
    """One database kind's figures for a measure."""

    seconds: float | None = None
    cpu: float | None = None
    server_cpu: float | None = None  # CPU seconds of the PostgreSQL server's processes (--pg-temp)
    runs: list[float] = field(default_factory=list)
    note: str = ""


@dataclass
class Measure:
    key: str
    label: str
    sqlite: Side = field(default_factory=Side)
    postgresql: Side = field(default_factory=Side)
    only: str = ""  # "sqlite" / "postgresql": a measure that makes sense on one database only

    @property
    def ratio(self) -> float | None:
        a, b = self.sqlite.seconds, self.postgresql.seconds
        return round(b / a, 2) if a and b else None


# --------------------------------------------------------------------------- the server


def _pgserver() -> Any:
    """``tests/pgserver.py`` (one way to start a throw-away cluster, shared with the tests)."""
    spec = importlib.util.spec_from_file_location("asn_pgserver", ROOT / "tests" / "pgserver.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


class Server:
    """A PostgreSQL server reached through one database URL; sibling databases made and dropped."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        from asn_desktop.db.server import sqlalchemy_url

        self.url = make_url(sqlalchemy_url(url))
        self.admin = self.url  # CREATE/DROP DATABASE run from here (the database given at the start)
        self.made: list[str] = []
        self.postmaster: int | None = None  # known for --pg-temp: the server's CPU time is counted

    def cpu(self) -> float | None:
        """CPU seconds used so far by the server: the postmaster, its finished children and the
        running ones (backends, writer, WAL writer) — the work a client's CPU time misses."""
        if self.postmaster is None:
            return None
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(stat.parent.name), int(fields[1])
            if pid == self.postmaster:
                total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
            elif ppid == self.postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / tick

    def locator(self, name: str | None = None) -> str:
        """The ``--db`` value of database ``name`` (the given one when None)."""
        u = self.url if name is None else self.url.set(database=name)
        return u.render_as_string(hide_password=False)

    def _admin(self, sql: str) -> None:
        import psycopg

        conninfo = self.admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as con:
            con.execute(sql)

    def create(self, name: str) -> str:
        self._admin(f'DROP DATABASE IF EXISTS "{name}"')
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        self.made.append(name)
        return self.locator(name)

    def drop_made(self) -> None:
        for name in self.made:
            try:
                self._admin(f'DROP DATABASE IF EXISTS "{name}"')
            except Exception as exc:  # noqa: BLE001 - a leftover database is reported, not fatal
                print(f"  basis data {name} tidak terhapus: {exc}")
        self.made.clear()

    def drop_made_empty(self) -> None:
        """Drop the empty databases made so far (the regency copy stays until the end)."""
        keep = [n for n in self.made if not n.startswith("asn_bench_empty_")]
        self.made = [n for n in self.made if n.startswith("asn_bench_empty_")]
        self.drop_made()
        self.made = keep


@contextmanager
def temp_cluster() -> Iterator[str]:
    """A throw-away cluster for the run; yields the URL of its ``postgres`` database."""
    pg = _pgserver()
    why = pg.unavailable()
    if why:
        raise SystemExit(f"--pg-temp: PostgreSQL tidak dapat dijalankan di sini: {why}")
    cluster = pg.start()
    try:
        yield cluster.url("postgres")
    finally:
        cluster.stop()


def _postmaster(url: str) -> int | None:
    """The postmaster's pid of a throw-away cluster (first line of its ``postmaster.pid``)."""
    from sqlalchemy.engine import make_url

    host = make_url(url).query.get("host")
    base = Path(str(host)).parent if host else None
    try:
        return int((base / "data" / "postmaster.pid").read_text().split()[0]) if base else None
    except (OSError, ValueError, IndexError):
        return None


# --------------------------------------------------------------------------- helpers


def _ctx(locator: str) -> Any:
    from asn_desktop.db.session import open_database
    from asn_desktop.services.context import Actor, AppContext

    return AppContext(open_database(locator), Actor.system("benchmark"))


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    c, t = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def _fill(side: Side, walls: list[float], cpus: list[float], server: list[float] | None = None) -> None:
    side.runs = [round(x, 3) for x in walls]
    side.seconds = round(median(walls), 4)
    side.cpu = round(median(cpus), 3) if cpus else None
    side.server_cpu = round(median(server), 3) if server else None


@contextmanager
def _server_cpu(server: "Server", into: list[float]) -> Iterator[None]:
    before = server.cpu()
    yield
    after = server.cpu()
    if before is not None and after is not None:
        into.append(after - before)


def pg_floor(roster: Path, locator: str, mode: str) -> float:
    """calamine read + psycopg COPY (``mode='copy'``) or executemany of the same rows into one table."""
    import psycopg
    from python_calamine import CalamineWorkbook
    from sqlalchemy.engine import make_url

    conninfo = make_url(locator).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as con:
        con.execute("DROP TABLE IF EXISTS roster_floor")
        con.commit()
        t = time.perf_counter()
        rows = CalamineWorkbook.from_path(str(roster)).get_sheet_by_index(0).to_python()
        header, body = rows[0], rows[1:]
        cols = ", ".join(f'"{c}" TEXT' for c in header)
        names = ", ".join(f'"{c}"' for c in header)
        with con.cursor() as cur:
            cur.execute(f"CREATE TABLE roster_floor (id SERIAL PRIMARY KEY, {cols})")
            if mode == "copy":
                with cur.copy(f"COPY roster_floor ({names}) FROM STDIN") as cp:
                    for r in body:
                        cp.write_row([str(v) for v in r])
            else:
                marks = ", ".join("%s" for _ in header)
                cur.executemany(f"INSERT INTO roster_floor ({names}) VALUES ({marks})",
                                [[str(v) for v in r] for r in body])
        con.commit()
        seconds = time.perf_counter() - t
        con.execute("DROP TABLE roster_floor")
        con.commit()
    return seconds


# --------------------------------------------------------------------------- the run


class Compare:
    def __init__(self, ds: dataset.Dataset, work: Path, server: Server, repeat: int, probe: Callable[..., Any]) -> None:
        self.ds, self.work, self.server, self.repeat = ds, work, server, repeat
        self.probe = probe  # benchmarks.run's Bench._job: a fresh process, its JSON line
        self.regency: dict[str, str] = {"sqlite": str(ds.path)}
        self.n_empty = 0

    def empty(self, kind: str) -> str:
        """A fresh empty database at head (migrations are not what is measured)."""
        self.n_empty += 1
        if kind == "sqlite":
            return str(dataset.empty_copy(self.work.parent, self.work / f"empty-{self.n_empty}.db"))
        loc = self.server.create(f"asn_bench_empty_{self.n_empty}")
        _ctx(loc).db.dispose()  # migrate now
        return loc

    def copy_to_server(self, m: Measure) -> None:
        """The regency into the server with ``db/copy`` (reused when the target already holds it)."""
        from sqlalchemy import func, select

        from asn_desktop.db.copy import copy_database, holds_office
        from asn_desktop.db.models import Pegawai
        from asn_desktop.db.session import open_database

        name = f"asn_bench_regency_{self.ds.pegawai}"
        target_loc = self.server.locator()
        target = open_database(target_loc)
        try:
            if holds_office(target):
                with target.session() as s:
                    n = s.scalar(select(func.count()).select_from(Pegawai))
                if n == self.ds.pegawai:
                    m.postgresql.note = "sudah ada di server (dipakai ulang)"
                    self.regency["postgresql"] = target_loc
                    return
                target.dispose()
                target_loc = self.server.create(name)
                target = open_database(target_loc)
            source = open_database(self.ds.path)
            srv: list[float] = []
            try:
                with _server_cpu(self.server, srv):
                    wall, cpu = _timed(lambda: self._copy(copy_database, source, target))
            finally:
                source.dispose()
        finally:
            target.dispose()
        self.regency["postgresql"] = target_loc
        _fill(m.postgresql, [wall], [cpu], srv)

    @staticmethod
    def _copy(copy_database: Callable[..., Any], source: Any, target: Any) -> None:
        report = copy_database(source, target)
        if not report.ok:
            raise RuntimeError("salinan ke server tidak cocok: " + "; ".join(report.mismatches))

    def in_process(self, m: Measure, call: Callable[[Any], Any], *, fresh: bool = False) -> None:
        """``call(ctx)`` on both databases, ``repeat`` samples each, alternating; the regency
        database, or an empty one per sample (``fresh``)."""
        walls: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        cpus: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        srv: list[float] = []
        if not fresh:  # one warm-up per side: both measured warm
            for kind in walls:
                ctx = _ctx(self.regency[kind])
                try:
                    call(ctx)
                finally:
                    ctx.db.dispose()
        for _ in range(self.repeat):
            for kind in walls:
                ctx = _ctx(self.empty(kind) if fresh else self.regency[kind])
                try:
                    with _server_cpu(self.server, srv if kind == "postgresql" else []):
                        w, c = _timed(lambda: call(ctx))
                finally:
                    ctx.db.dispose()
                walls[kind].append(w)
                cpus[kind].append(c)
            if fresh:
                self.server.drop_made_empty()
        _fill(m.sqlite, walls["sqlite"], cpus["sqlite"])
        _fill(m.postgresql, walls["postgresql"], cpus["postgresql"], srv)

    def jobs(self, export: Measure, merge: Measure) -> None:
        """Results export of the regency and its merge into an empty database, fresh processes."""
        for kind in ("sqlite", "postgresql"):
            package = self.work / f"hasil-{kind}.xlsx"
            package.unlink(missing_ok=True)
            srv: list[float] = []
            with _server_cpu(self.server, srv if kind == "postgresql" else []):
                res = self.probe("export", "--db", self.regency[kind], "--file", str(package))
            _fill(getattr(export, kind), [res["seconds"]], [res["cpu_s"]] if "cpu_s" in res else [], srv)
            getattr(export, kind).note = f"puncak {res['peak_rss_mb']:.0f} MB"
            dest = self.empty(kind)
            srv = []
            with _server_cpu(self.server, srv if kind == "postgresql" else []):
                res = self.probe("merge", "--db", dest, "--file", str(package))
            _fill(getattr(merge, kind), [res["seconds"]], [res["cpu_s"]] if "cpu_s" in res else [], srv)
            getattr(merge, kind).note = f"puncak {res['peak_rss_mb']:.0f} MB"
            self.server.drop_made_empty()

    def floors(self, roster: Path, fl_sqlite: Measure, fl_copy: Measure, fl_many: Measure) -> None:
        from benchmarks.run import floor_import

        loc = self.server.create("asn_bench_floor")
        walls: dict[str, list[float]] = {"sqlite": [], "copy": [], "many": []}
        for _ in range(self.repeat):
            walls["sqlite"].append(floor_import(roster, self.work / "floor-import.db"))
            walls["copy"].append(pg_floor(roster, loc, "copy"))
            walls["many"].append(pg_floor(roster, loc, "executemany"))
        _fill(fl_sqlite.sqlite, walls["sqlite"], [])
        _fill(fl_copy.postgresql, walls["copy"], [])
        _fill(fl_many.postgresql, walls["many"], [])


def measures() -> list[Measure]:
    return [
        Measure("copy", "Salin regency ke server (db copy, dengan verifikasi)", only="postgresql"),
        Measure("list", "Daftar pegawai: muat (list_pegawai_rows)"),
        Measure("skp_overview", "Ikhtisar SKP: muat (skp.overview)"),
        Measure("import_roster", "Impor daftar pegawai ke DB kosong"),
        Measure("floor_sqlite", "Dasar: calamine + sqlite3 executemany", only="sqlite"),
        Measure("floor_pg_copy", "Dasar: calamine + psycopg COPY", only="postgresql"),
        Measure("floor_pg_many", "Dasar: calamine + psycopg executemany", only="postgresql"),
        Measure("export_results", "Ekspor hasil penilaian (proses baru)"),
        Measure("merge_results", "Gabung paket hasil ke DB kosong (proses baru)"),
    ]


def fmt(side: Side) -> str:
    if side.seconds is None:
        return "—"
    s = f"{side.seconds * 1000:.0f} ms" if side.seconds < 1 else f"{side.seconds:.2f} s"
    if side.cpu is not None:
        s += f" (CPU {side.cpu:.2f} s" + (f" + server {side.server_cpu:.2f} s)" if side.server_cpu is not None
                                          else ")")
    return s


def table(rows: list[Measure]) -> str:
    head = ["Ukuran", "SQLite", "PostgreSQL", "PG/SQLite"]
    body = [[m.label, fmt(m.sqlite) if m.only != "postgresql" else "—",
             fmt(m.postgresql) if m.only != "sqlite" else "—",
             f"{m.ratio:.2f}×" if m.ratio is not None else "—"] for m in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(4)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    notes = [f"  · {m.label}: " + "; ".join(f"{k} {s.note}" for k, s in (("SQLite", m.sqlite),
                                                                         ("PostgreSQL", m.postgresql)) if s.note)
             for m in rows if m.sqlite.note or m.postgresql.note]
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, body)] + ([""] + notes if notes else []))


def markdown(result: dict[str, Any]) -> str:
    m, ds = result["machine"], result["dataset"]
    out = [
        f"Machine: {m.get('cpu', '?')}, {m.get('cores')} cores, {m.get('ram_gb', '?')} GB RAM; {m.get('os')}; "
        f"Python {m.get('python')}, SQLite {m.get('sqlite')}, PostgreSQL {result.get('server_version', '?')}; "
        f"commit {m.get('commit', '?')}. Data: {ds['pegawai']:,} employees. Median of {result['repeat']} "
        "(export and merge: one sample). Wall time; in brackets the CPU time of the app's process and, "
        "with --pg-temp, of the server's processes.",
        "",
        "| Measure | SQLite | PostgreSQL | PG/SQLite |",
        "|---|---|---|---|",
    ]
    for r in result["results"]:
        mm = Measure(r["key"], r["label"], Side(**r["sqlite"]), Side(**r["postgresql"]), r["only"])
        out.append(f"| {mm.label} | {fmt(mm.sqlite) if mm.only != 'postgresql' else '—'} | "
                   f"{fmt(mm.postgresql) if mm.only != 'sqlite' else '—'} | "
                   f"{f'{mm.ratio:.2f}×' if mm.ratio is not None else '—'} |")
    return "\n".join(out) + "\n"


def _server_version(server: Server) -> str:
    import psycopg

    conninfo = server.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as con:
        row = con.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


def run(url: str | None, pg_temp: bool, n: int, folder: Path, repeat: int, rebuild: bool,
        only: list[str] | None = None, out: Path | None = None) -> int:
    """Entry from ``benchmarks.run`` (``--db`` / ``--pg-temp``)."""
    import shutil

    from benchmarks import run as R

    ds = dataset.regency(n, folder, rebuild=rebuild)
    print(f"Data: {ds.pegawai} pegawai ({'dari cache' if ds.cached else 'dibangun'}, {ds.size_mb} MB)", flush=True)
    work = folder / f"work-server-{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with (temp_cluster() if pg_temp else _given(url)) as base:
        server = Server(base)
        if pg_temp:
            server.postmaster = _postmaster(base)  # the cluster's own "postgres" database stays empty: the regency gets its own
            server.url = server.url.set(database=f"asn_bench_regency_{n}")
            server.create(f"asn_bench_regency_{n}")
        bench = R.Bench(ds, work, repeat, None)
        cmp = Compare(ds, work, server, repeat, lambda *a: _job(bench, *a))
        rows = measures()
        by = {m.key: m for m in rows}
        roster = work / "roster.xlsx"
        dataset.write_roster(ds.path, roster)
        from asn_desktop.services import pegawai as peg
        from asn_desktop.services import skp
        from asn_desktop.services.pertukaran import import_roster

        steps: list[tuple[str, Callable[[], None]]] = [
            ("copy", lambda: cmp.copy_to_server(by["copy"])),
            ("list", lambda: cmp.in_process(by["list"], peg.list_pegawai_rows)),
            ("skp_overview", lambda: cmp.in_process(by["skp_overview"], lambda ctx: skp.overview(ctx, TAHUN))),
            ("import_roster", lambda: cmp.in_process(by["import_roster"], lambda ctx: import_roster(ctx, roster),
                                                     fresh=True)),
            ("floors", lambda: cmp.floors(roster, by["floor_sqlite"], by["floor_pg_copy"], by["floor_pg_many"])),
            ("jobs", lambda: cmp.jobs(by["export_results"], by["merge_results"])),
        ]
        t_all = time.perf_counter()
        try:
            version = _server_version(server)
            for key, step in steps:
                if only and key not in only and key != "copy":  # the copy: every server measure reads it
                    continue
                print(f"Mengukur {key} …", flush=True)
                t0 = time.perf_counter()
                step()
                print(f"  selesai dalam {time.perf_counter() - t0:.1f} s", flush=True)
        finally:
            server.drop_made()
    result = {"machine": R.machine(), "server_version": version,
              "dataset": {k: v for k, v in asdict(ds).items() if k != "path"}, "repeat": repeat,
              "seconds": round(time.perf_counter() - t_all, 1), "results": [asdict(m) for m in rows]}
    out = out or folder / f"results-server-{n}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2))
    out.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print()
    print(table(rows))
    ir, fs, fc = by["import_roster"], by["floor_sqlite"], by["floor_pg_copy"]
    if ir.sqlite.seconds and fs.sqlite.seconds and ir.postgresql.seconds and fc.postgresql.seconds:
        print(f"\nImpor daftar pegawai / dasar: SQLite {ir.sqlite.seconds / fs.sqlite.seconds:.1f}×, "
              f"PostgreSQL {ir.postgresql.seconds / fc.postgresql.seconds:.1f}× (dasar COPY)")
    print(f"\nJSON: {out}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


@contextmanager
def _given(url: str | None) -> Iterator[str]:
    assert url
    yield url


def _job(bench: Any, *args: str) -> dict[str, Any]:
    """A probe job (fresh process): its JSON figures plus the process's CPU seconds."""
    res = bench._job(*args)
    res.setdefault("cpu_s", round(bench.last_cpu, 3))
    return res
