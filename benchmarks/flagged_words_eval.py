"""How many keyword lines made from the public flagged-word lists the spam steps drop.

    python benchmarks/flagged_words_eval.py [--lines 40] [--seed 3]

A spam farm appends a line of porn or gambling keywords to a clean article. The vocabulary a farm
draws from is larger than any table, so this check builds such lines from lists zhengben's table was
not copied from: the porn lists of konsheng/Sensitive-lexicon and the 色情 and 赌博 rows of the
ChineseWebText dictionary in ../shared/data/flagged-words (read at run time, never copied). Each
line joins 4 to 8 random words of one list with a space, a comma of either width, or nothing, and
is appended under the repository's first fixture article. Printed per list: how many of the lines
left the body (the article's paragraphs came back alone) and how many pages were flagged
``injected_spam``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from zhengben import restore, to_record

ROOT = Path(__file__).resolve().parents[1]
WORDS = ROOT.parent / "shared" / "data" / "flagged-words"


def word_lists() -> dict[str, list[str]]:
    """Words of two characters or more, per list."""
    def words(name: str) -> list[str]:
        return [w.strip() for w in (WORDS / name).read_text("utf-8").splitlines() if len(w.strip()) >= 2]

    dictionary: dict[str, list[str]] = defaultdict(list)
    for line in (WORDS / "chinesewebtext_dict.tsv").read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 2 and len(cells[1]) >= 2:
            dictionary[cells[0]].append(cells[1])
    return {"porn_lexicon": words("sensitive-lexicon/porn_lexicon.txt"),
            "porn_types": words("sensitive-lexicon/porn_types.txt"),
            "cwt_porn": dictionary["色情"], "cwt_gambling": dictionary["赌博"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=40, help="lines per list")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    if not WORDS.is_dir():
        sys.exit(f"{WORDS} is absent: this check needs ../shared")
    article = json.loads((ROOT / "tests" / "fixtures" / "articles.json").read_text("utf-8"))[0]
    head = [article["title"], f"{article['published'][:10]} 来源：{article['source']}"]
    rng = random.Random(args.seed)
    for name, words in word_lists().items():
        dropped = flagged = 0
        for _ in range(args.lines):
            line = rng.choice([" ", "，", ",", ""]).join(rng.sample(words, rng.randint(4, 8)))
            rec = to_record(restore("\n\n".join([*head, *article["paragraphs"], line]) + "\n"))
            dropped += rec["paragraphs"] == article["paragraphs"]
            flagged += bool(rec["verdict"]["injected_spam"])
        print(f"{name:<14} lines dropped {dropped:3d} of {args.lines}, pages flagged injected_spam {flagged:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
