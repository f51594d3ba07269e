"""python -m benchmarks [--quick] [--json FILE] [--only NAME] [--keep]"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.data import FULL, QUICK, Datasets
from benchmarks.results import ERROR, print_table, write_json, write_markdown
from benchmarks.suite import GROUPS, Context, run_group


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Organiser's performance suite."
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, one repetition (CI: errors only)"
    )
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the results here")
    parser.add_argument(
        "--only",
        metavar="NAME",
        action="append",
        choices=[g.name for g in GROUPS],
        help="run only this group (repeatable): " + ", ".join(g.name for g in GROUPS),
    )
    parser.add_argument(
        "--markdown", metavar="FILE", type=Path, help="also write the table as Markdown"
    )
    parser.add_argument(
        "--keep", metavar="DIR", type=Path, help="build the data sets here and keep them"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    sizes = QUICK if args.quick else FULL
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        root = Path(tempfile.mkdtemp(prefix="organiser-bench-", dir=args.keep))
    else:
        root = Path(tempfile.mkdtemp(prefix="organiser-bench-"))

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    ctx = Context(root, sizes, Datasets(root, sizes, log), args.quick, log)
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    results = []
    try:
        for group in GROUPS:
            if args.only and group.name not in args.only:
                continue
            log(f"[{time.perf_counter() - clock:6.1f} s] {group.name} …")
            results.extend(run_group(group, ctx))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    took = time.perf_counter() - clock
    print(
        f"Organiser benchmarks ({'quick' if args.quick else 'full'}, "
        f"{sizes.repeat} repetition{'s' if sizes.repeat > 1 else ''}"
        f"{f' ({sizes.repeat_slow} for import and documents)' if sizes.repeat_slow != sizes.repeat else ''}"
        f"; {took:.0f} s)"
    )
    print_table(results)
    meta = {
        "mode": "quick" if args.quick else "full",
        "started": started.isoformat(timespec="seconds"),
        "seconds": round(took, 1),
        "sizes": sizes.__dict__,
    }
    if args.json:
        write_json(args.json, results, meta)
    if args.markdown:
        write_markdown(args.markdown, results, meta)
    return 1 if any(r.status == ERROR for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
