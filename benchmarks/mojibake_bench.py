"""What ``repair.mojibake`` costs: on 2 MB of adversarial text, and as the HTML reader's gate.

    python benchmarks/mojibake_bench.py [--chars 2000000]

Times ``mojibake_changes`` once on each of a set of generated inputs built to be expensive
(long runs of Latin-1 letters, rare ideographs, U+FFFD, real mojibake of every common kind,
one line or many), and ``may_be_misread`` (the check the HTML reader makes before reading a
page's markup again) on every page of cwced and magic-html-zh in ../shared when present.
"""

from __future__ import annotations

import argparse
import gzip
import random
import time
from pathlib import Path

from zhengben.readers.decode import decode_bytes
from zhengben.repair.mojibake import may_be_misread, mojibake_changes
from zhengben.text import common_chars

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCE = "新华社北京3月1日电 国务院总理今天主持召开国务院常务会议，部署进一步做好稳就业工作。"


def inputs(n: int, rng: random.Random) -> dict[str, str]:
    common = common_chars()
    rare = [chr(c) for c in range(0x4E00, 0x9FFF) if chr(c) not in common]
    latin = [chr(c) for c in range(0xA0, 0x100)]
    article = SENTENCE * (n // len(SENTENCE) + 1)
    return {
        "Latin-1 letters, one line": "".join(rng.choice(latin) for _ in range(n)),
        "Latin-1 letters, 80 a line": "\n".join("".join(rng.choice(latin) for _ in range(80)) for _ in range(n // 81)),
        "rare ideographs": "".join(rng.choice(rare) for _ in range(n)),
        "U+FFFD and a rare ideograph": "\ufffd鏂" * (n // 2),
        "unit signs (m²·K)": "m²·K " * (n // 5),
        "UTF-8 read as Latin-1, one line": article.encode().decode("latin-1")[:n],
        "UTF-8 read as Latin-1, lines": ((SENTENCE + "\n") * (n // 40)).encode().decode("latin-1")[:n],
        "GB18030 read as Latin-1": article.encode("gb18030").decode("latin-1")[:n],
        "UTF-8 read as GB18030": article.encode().decode("gb18030", errors="replace")[:n],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=2_000_000)
    args = ap.parse_args()
    mojibake_changes("warm-up: ÐÂ»ªÉç " * 4)
    print(f"mojibake_changes on {args.chars:,} characters:")
    for name, text in inputs(args.chars, random.Random(1)).items():
        t0 = time.perf_counter()
        changes = mojibake_changes(text)
        print(f"  {name:<34} {time.perf_counter() - t0:6.2f} s  {len(changes):>7} stretches read again")
    pages = sorted(p for s in ("cwced", "magic-html-zh") for p in (DATA / s).glob("html/*.html.gz"))
    if pages:
        texts = [decode_bytes(gzip.decompress(p.read_bytes())).text for p in pages]
        may_be_misread(texts[0])
        t0 = time.perf_counter()
        flagged = sum(may_be_misread(t) for t in texts)
        ms = (time.perf_counter() - t0) * 1000 / len(texts)
        print(f"may_be_misread on {len(texts)} real pages: {ms:.2f} ms a page, {flagged} looked misread")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
