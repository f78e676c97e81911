"""How many characters a Taiwan-style mirror leaves wrong after conversion back, with and without
the particle rule (``script.zhe``).

    python benchmarks/zhe_eval.py [--articles 300]

Reads the 新闻联播 transcripts in ../shared (clean simplified text), mirrors them with OpenCC
``s2tw``, converts back with ``t2s`` alone and with ``t2s`` plus the rule, and counts the
characters that differ from the original.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from zhengben.repair.script import _particle_zhe, converter

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "xwlb-news" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this check needs ../shared")
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines()[:args.articles]]
    text = "\n".join("\n".join(r["paragraphs"]) for r in rows)
    mirror = converter("s2tw").convert(text)
    plain = converter("t2s").convert(mirror)
    fixed = list(plain)
    for change in _particle_zhe(mirror, plain):
        fixed[change.start] = change.after
    for name, out in (("t2s alone", plain), ("t2s + script.zhe", "".join(fixed))):
        wrong = Counter((want, got) for want, got in zip(text, out, strict=True) if want != got)
        print(f"{name:<18} {sum(wrong.values()):4} wrong of {len(text):,}  {dict(wrong.most_common(4))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
