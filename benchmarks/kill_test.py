"""Long kill -9 run: many bulk writes killed at random moments.

    PYTHONPATH=. python benchmarks/kill_test.py --runs 100 [--size 300] [--seed 7]

``--runs`` is per scenario (demo builder, restore, roster import). Prints a
summary and exits 1 when any run left a damaged or half-written database.
The harness is tests/reliability/killtest.py; the suite runs a few of the same.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reliability"))
sys.path.insert(0, str(HERE.parent))


def main(argv: list[str] | None = None) -> int:
    import killtest

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100, help="runs per scenario (default 100)")
    ap.add_argument("--size", type=int, default=300, help="employees in the bulk operation (default 300)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", help="one scenario: demo, pulihkan, impor_pegawai")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="asn-kill-") as tmp:
        work = Path(tmp)
        scenarios = killtest.default_scenarios(work, size=args.size)
        if args.only:
            scenarios = [s for s in scenarios if s.name == args.only]
        report = killtest.run(scenarios, args.runs, work, seed=args.seed, log=print)
    summary = report.summary()
    print(json.dumps(summary, indent=2))
    total = len(report.runs)
    print(f"{total} runs in {time.perf_counter() - t0:.0f} s; {len(report.failures)} failures.")
    for f in report.failures[:20]:
        print(f"  {f.scenario} ({f.killed_at}, {f.delay:.3f} s): {f.detail}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
