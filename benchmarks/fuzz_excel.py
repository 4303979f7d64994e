"""Long fuzz run of every Excel importer.

    PYTHONPATH=. python benchmarks/fuzz_excel.py --files 1000 [--seed 1] [--keep DIR] [--write-doc]

Mutates valid workbooks (samples + the app's own exports) and runs each
importer on them: never a crash, never a partial write, integrity ok.
``--keep DIR`` keeps the files that produced findings; ``--write-doc``
records the result in docs/fuzzing.md. Exit code 1 when anything was found.
The harness is tests/reliability/fuzz_excel.py; the suite runs 60 files.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "fuzzing.md"
BEGIN, END = "<!-- fuzz-result:begin -->", "<!-- fuzz-result:end -->"


def write_doc(text: str) -> None:
    block = f"{BEGIN}\n```\n{text}\n```\n{END}"
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if BEGIN in doc and END in doc:
        doc = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: block, doc, flags=re.S)
    else:
        doc += "\n" + block + "\n"
    DOC.write_text(doc, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import fuzz_excel as fz

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="folder for files that produced findings")
    ap.add_argument("--write-doc", action="store_true", help="write the result into docs/fuzzing.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="asn-fuzz-") as tmp:
        work = Path(tmp)
        importers = fz.discover_importers(work)
        if not importers:
            print("Tidak ada importer untuk diuji.")
            return 1
        print("Importer:", ", ".join(f"{i.name} ({len(i.seeds)} berkas benih)" for i in importers))
        report = fz.fuzz(importers, args.files, work / "run", seed=args.seed, log=print, keep_findings=args.keep)
    lines = [report.summary()]
    for f in report.findings[:30]:
        lines.append(f"- {f.kind} · {f.importer} · {'+'.join(f.mutations)} · {f.detail.splitlines()[0]}")
    text = "\n".join(lines)
    print(text)
    if args.write_doc:
        head = (f"Dijalankan {datetime.now():%Y-%m-%d %H:%M} · seed {args.seed} · Python {platform.python_version()} "
                f"· {platform.system()} {platform.machine()}\n"
                f"Importer: {', '.join(i.name for i in importers)}\n")
        write_doc(head + text)
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
