"""How well the Taiwan-phrase test tells an OpenCC ``s2twp`` mirror from ``s2t``/``s2tw``/``s2hk`` ones.

    python benchmarks/phrase_eval.py [--articles 300]

Reads the 新闻联播 transcripts in ../shared (clean simplified text), mirrors each with every
converter (``zhengben.synth.corrupt``: chrome and half-width punctuation, no ruby, no spam), and
counts the pages ``score.script.taiwan_phrasing`` with ``ScriptConfig``'s thresholds calls
Taiwan-phrase mirrors, and the time the test takes a page.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from zhengben.config import ScriptConfig
from zhengben.score.script import taiwan_phrasing
from zhengben.synth import corrupt

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "xwlb-news" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this check needs ../shared")
    template = json.loads((ROOT / "tests" / "fixtures" / "articles.json").read_text("utf-8"))[0]
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines()[:args.articles]]
    arts = [dict(template, title=r["title"], paragraphs=r["paragraphs"])
            for r in rows if r["paragraphs"] and r["title"]]
    cfg = ScriptConfig()
    for script in ("s2t", "s2tw", "s2hk", "s2twp"):
        told, spent = 0, 0.0
        for i, art in enumerate(arts):
            page = corrupt(art, random.Random(i), script=script, ruby_rate=0, spam=False)
            t0 = time.perf_counter()
            phrased, plain = taiwan_phrasing(page)
            spent += time.perf_counter() - t0
            told += phrased >= cfg.phrase_min and phrased > cfg.phrase_ratio * plain
        cost = spent / len(arts) * 1e6
        print(f"{script:<6} {told:4} of {len(arts)} called Taiwan-phrase mirrors   {cost:5.0f} µs a page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
