"""Real HTML pages stored misread, then extracted: how much of the article comes back.

    python benchmarks/mojibake_html_eval.py [--every 4]

Takes the pages of ../shared/data (cwced, magic-html-zh, gne-tests; read at run time, never
copied), decodes each, and stores it again as a double-encoding CMS would: UTF-8 read as
Windows-1252 (undefined bytes as C1 controls), GB18030 read as Latin-1, or UTF-8 read as
GB18030 (lossy), each saved as UTF-8 with a UTF-8 label. ``zhengben.extract`` runs on the
clean page and on each misread copy; the score is the text similarity (difflib ratio over the
first 3,000 characters) of the copy's extraction to the clean page's, mean over pages.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import re
import sys
from pathlib import Path

from zhengben import extract
from zhengben.readers.decode import decode_bytes

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("cwced", "magic-html-zh", "gne-tests")
_CHARSET = re.compile(r"charset\s*=\s*['\"]?[\w-]+", re.IGNORECASE)


def _cp1252(raw: bytes) -> str:
    return "".join(raw[i:i + 1].decode("cp1252", errors="ignore") or chr(raw[i]) for i in range(len(raw)))


MISREAD = {
    "utf8-cp1252": lambda t: _cp1252(t.encode("utf-8")),
    "gbk-latin1": lambda t: t.encode("gb18030", errors="replace").decode("latin-1"),
    "utf8-gb18030": lambda t: t.encode("utf-8").decode("gb18030", errors="replace"),
}


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a[:3000], b[:3000], autojunk=False).ratio() if a or b else 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=4, help="take every Nth page (speed)")
    args = ap.parse_args()
    files = sorted(p for s in SETS for p in (DATA / s).glob("html/**/*.html*"))[::args.every]
    if not files:
        sys.exit(f"no pages under {DATA}: this check needs ../shared (real pages, not redistributable)")
    scores: dict[str, list[float]] = {k: [] for k in MISREAD}
    for path in files:
        raw = path.read_bytes()
        page = _CHARSET.sub("charset=utf-8", decode_bytes(gzip.decompress(raw) if path.suffix == ".gz" else raw).text)
        clean = extract(page.encode("utf-8"))["text"]
        for kind, misread in MISREAD.items():
            scores[kind].append(similarity(extract(misread(page).encode("utf-8"))["text"], clean))
    print(f"{len(files)} real pages ({', '.join(SETS)}), stored misread, then extracted:")
    for kind, vals in scores.items():
        print(f"  {kind:<13} text similarity to the clean page's extraction: mean {sum(vals) / len(vals):.3f}, "
              f">= 0.9 on {sum(v >= 0.9 for v in vals)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
