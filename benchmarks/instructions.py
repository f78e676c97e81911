"""Instruction counts of zhengben's work, for comparing two commits without a quiet machine.

Wall-clock ratios on a shared machine move by 10% between runs of the same code; cachegrind's
instruction count does not. This script is the program cachegrind measures: it imports the
``zhengben`` of a source tree, warms up on three pages, then (with ``--measure``) does the work
on every page. The work's count is the difference between a run with and one without
``--measure``::

    count() { PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
              python benchmarks/instructions.py "$@" 2>&1 | grep 'I *refs'; }
    count extract SRC --measure; count extract SRC      # 60 HTML pages (40 cwced, 20 magic-html-zh)
    count extract SRC --warm-up --measure; count extract SRC --warm-up   # ... after pipeline.warm_up
    count restore SRC --measure; count restore SRC      # 150 mirror pages of restore_bench.py

``SRC`` is a tree's ``src`` folder (``git worktree add /tmp/base REV`` gives an older commit's).
The extract pages need ``../shared``; the restore pages are made without it too.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"


def _html_pages() -> list[bytes]:
    paths = sorted((DATA / "cwced" / "html").glob("*"))[:40]
    paths += sorted((DATA / "magic-html-zh").glob("**/*.htm*"))[:20]
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("work", choices=["extract", "restore"])
    ap.add_argument("src", help="the src folder of the tree to measure")
    ap.add_argument("--measure", action="store_true", help="do the work on every page after the warm-up")
    ap.add_argument("--warm-up", action="store_true",
                    help="build the tables with zhengben.pipeline.warm_up first, as extract_bench and crawl workers do")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    if args.warm_up:
        from zhengben.config import Config
        from zhengben.pipeline import restore_steps, warm_up

        warm_up(restore_steps(Config()))
    if args.work == "extract":
        from zhengben import extract as run

        pages: list[bytes] | list[str] = _html_pages()
    else:
        sys.path.insert(1, str(HERE))
        import restore_bench

        from zhengben import restore as run  # type: ignore[assignment]

        pages, _ = restore_bench.make_pages(150, 1)
    for page in pages[:3]:
        run(page)  # type: ignore[arg-type]
    if args.measure:
        for page in pages:
            run(page)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
