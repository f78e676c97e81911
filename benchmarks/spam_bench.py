"""Cost of spam span matching: MB/s with the full vocabulary and without it, same input, same run.

    .venv/bin/python benchmarks/spam_bench.py [--repeat 5]

Input: the 100 ChineseWebText pages in ../shared/data/chinesewebtext (read at run time, never
copied) when present, else pages composed here from the repository's fixture articles with spam
spliced in. One process, one core. Rows:

* ``aho-corasick``: ``vocabulary("spam_brands").find`` alone over every page (the table in both scripts);
* ``spans, full vocabulary`` / ``spans, no vocabulary``: ``find_spans`` on every page's lines with the
  brand table and the place names of ``spam_queries``, then with both empty (the regex rules, clause
  repeats, declared-keyword and line rules still run), so the difference is what the vocabulary costs;
* ``restore`` / ``restore + spam steps``: the whole restore pipeline without and with ``spam.spans`` and
  ``spam.verdict``.

Throughput is UTF-8 megabytes of page text per second (best of ``--repeat`` runs).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from zhengben.config import Config
from zhengben.document import Document
from zhengben.pipeline import restore_steps
from zhengben.score import spans as spans_mod
from zhengben.score.spans import find_spans
from zhengben.score.vocab import Vocabulary, vocabulary
from zhengben.step import Step, run_steps

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "chinesewebtext" / "cc_2021-43_cleared1.jsonl"


def pages() -> tuple[list[tuple[str, str]], str]:
    if DATA.exists():
        recs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
        return [(r["raw_content"], r["title"]) for r in recs], str(DATA.relative_to(ROOT.parent))
    arts = json.loads((ROOT / "tests" / "fixtures" / "articles.json").read_text("utf-8"))
    rng = random.Random(1)
    spam = ["星辰现金网网址：", "js777金沙线路", "【星河体育app】", "\x06\x07", "什么药治咳嗽效果好，"]
    out = []
    for i in range(100):
        art = arts[i % len(arts)]
        paras = []
        for p in art["paragraphs"]:
            k = rng.randrange(len(p) + 1)
            paras.append(p[:k] + rng.choice(spam) + p[k:] if rng.random() < 0.4 else p)
        footer = "优乐国际代理 星辰现金直营 顶尖娱乐电子游戏 红桃棋牌官网"
        out.append(("\n".join([art["title"], *paras, footer]), art["title"]))
    return out, "tests/fixtures/articles.json (+ composed spam)"


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def spam_steps(config: Config) -> list[Step]:
    """The restore pipeline with the spam steps (the default)."""
    return restore_steps(config.with_spam_spans(True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs, source = pages()
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    split = [(t.split("\n"), title) for t, title in docs]
    full = vocabulary("spam_brands")
    empty = Vocabulary(({"id": "none", "kind": "web", "strength": "web", "term": "\ue000\ue001"},))
    n_terms = len(full._patterns)
    n_places = len(spans_mod._query_tables().places._patterns)
    # warm caches (tables, OpenCC, the vocabulary automaton)
    for lines, title in split[:5]:
        find_spans(lines, title)

    def ac() -> None:
        for t, _ in docs:
            full.find(t)

    def spans_run() -> None:
        spans_mod._scan.cache_clear()  # no line is matched from a previous run's cache
        for lines, title in split:
            find_spans(lines, title)

    rows: list[tuple[str, float]] = [("aho-corasick (spam_brands) alone", best(ac, args.repeat))]
    rows.append(("spans, full vocabulary", best(spans_run, args.repeat)))
    original = spans_mod.vocabulary

    def no_vocab(name: str) -> Vocabulary:
        return empty if name == "spam_brands" else original(name)

    original_queries = spans_mod._query_tables
    no_places = original_queries()._replace(places=empty)
    spans_mod.vocabulary = no_vocab  # type: ignore[assignment]
    spans_mod._query_tables = lambda: no_places  # type: ignore[assignment]
    try:
        rows.append(("spans, no vocabulary", best(spans_run, args.repeat)))
    finally:
        spans_mod.vocabulary = original
        spans_mod._query_tables = original_queries
    cfg = Config()
    plain, spam = restore_steps(cfg.with_spam_spans(False)), spam_steps(cfg)

    def restore_with(steps: list[Step]) -> Callable[[], None]:
        def run() -> None:
            spans_mod._scan.cache_clear()
            for t, title in docs:
                run_steps(steps, Document.from_text(t, "b", title=title))
        return run

    rows.append(("restore", best(restore_with(plain), max(1, args.repeat // 2))))
    rows.append(("restore + spam steps", best(restore_with(spam), max(1, args.repeat // 2))))
    print(f"input: {len(docs)} pages, {mb:.2f} MB UTF-8, from {source}; brand vocabulary: {n_terms} "
          f"patterns, place names: {n_places} (both scripts); best of {args.repeat}; one core")
    for name, secs in rows:
        print(f"  {name:<36} {mb / secs:8.2f} MB/s  ({secs * 1000:7.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
