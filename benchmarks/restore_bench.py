"""Single-core throughput of ``restore`` beside OpenCC ``t2s`` alone, on the same corrupted pages.

    python benchmarks/restore_bench.py [--pages 2000] [--seed 1]

Pages are made by ``zhengben.synth.corrupt`` from clean articles: the 新闻联播 transcripts in
``../shared/data/xwlb-news`` when that folder exists (read at run time, never copied), else
the repository's own fixture articles. Mirrors of every kind: s2t/s2tw/s2hk conversion, the three
ruby styles, half-width punctuation, chrome and spam. Everything runs in this one process, on
one core, on the same list of strings; the yardstick is the upstream ``opencc`` binding's
``t2s`` (what the issue names), with ``opencc-pyo3`` shown too when installed. ``zhengben restore``
is the default (span-level spam excision on); ``restore --no-spam-spans`` runs issue 2's steps alone.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import opencc

from zhengben import Config, restore_steps
from zhengben.document import Document
from zhengben.step import run_steps
from zhengben.synth import corrupt

ROOT = Path(__file__).resolve().parents[1]
XWLB = ROOT.parent / "shared" / "data" / "xwlb-news" / "articles.jsonl"


def articles() -> tuple[list[dict[str, Any]], str]:
    fixtures = json.loads((ROOT / "tests" / "fixtures" / "articles.json").read_text("utf-8"))
    if not XWLB.exists():
        return fixtures, "tests/fixtures/articles.json"
    out = []
    template = fixtures[0]
    for line in XWLB.read_text("utf-8").splitlines():
        row = json.loads(line)
        if not row["paragraphs"] or not row["title"]:
            continue
        art = dict(template)
        art.update(title=row["title"], paragraphs=row["paragraphs"], source="央视网",
                   published=f"{row['date'][:10]}T19:00:00+08:00")
        out.append(art)
    return out, "../shared/data/xwlb-news/articles.jsonl"


def make_pages(n: int, seed: int) -> tuple[list[str], str]:
    arts, source = articles()
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        pages.append(corrupt(arts[i % len(arts)], rng, script=rng.choice(["s2t", "s2tw", "s2hk"]),
                             ruby_style=rng.choice(["marked", "numbered", "zhuyin"]),
                             ruby_fullwidth=rng.random() < 0.3, ruby_rate=rng.choice([0.1, 0.3, 0.5])))
    return pages, source


def timed(fn: Callable[[str], object], pages: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in pages:
            fn(p)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    pages, source = make_pages(args.pages, args.seed)
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    steps = restore_steps(Config())
    core = restore_steps(Config().with_spam_spans(False))

    def zhengben_restore(page: str) -> object:
        return run_steps(steps, Document.from_text(page))

    def zhengben_core(page: str) -> object:
        return run_steps(core, Document.from_text(page))

    t2s = opencc.OpenCC("t2s.json")
    zhengben_restore(pages[0])  # warm caches (tables, automata, script classes)
    results = {"opencc t2s (upstream)": timed(t2s.convert, pages)}
    try:
        import opencc_pyo3

        results["opencc-pyo3 t2s"] = timed(opencc_pyo3.OpenCC("t2s").convert, pages)
    except ImportError:
        pass
    zhengben_core(pages[0])
    results["restore --no-spam-spans"] = timed(zhengben_core, pages, repeat=1)
    results["zhengben restore"] = timed(zhengben_restore, pages, repeat=1)
    print(f"input: {len(pages)} corrupted pages, {mb:.2f} MB UTF-8, from {source} (python {sys.version.split()[0]})")
    yard = mb / results["opencc t2s (upstream)"]
    for name, secs in results.items():
        rate = mb / secs
        print(f"{name:<24} {rate:8.2f} MB/s  {len(pages) / secs:9.0f} pages/s  "
              f"ratio to upstream t2s {rate / yard:5.2f}")
    ratio = (mb / results["zhengben restore"]) / yard
    core_ratio = (mb / results["restore --no-spam-spans"]) / yard
    print(f"target: restore >= 1/3 of upstream t2s -> {'met' if ratio >= 1 / 3 else 'NOT met'} "
          f"({ratio:.3f}; --no-spam-spans {core_ratio:.3f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
