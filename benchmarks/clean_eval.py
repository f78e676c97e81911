"""Clean pages must stay whole: how much of genuine text `restore` keeps.

    python benchmarks/clean_eval.py

Skywork's clean articles (../shared/data/skywork-domain-eval, 1,895): share of characters kept,
pages judged obfuscated or mirrors, and the line rules that removed the rest. ChineseWebText's 100
Common Crawl pages with the repository's labels (tests/labels): share of labelled body-line
characters kept, and clean pages flagged as injected spam.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from zhengben import restore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def main() -> int:
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: this check needs ../shared")
    total = kept = flagged = n = 0
    removed: Counter[str] = Counter()
    for name in ("zh_government", "zh_general", "zh_finance", "zh_news"):
        for line in (SHARED / "skywork-domain-eval" / f"{name}.jsonl").read_text("utf-8").splitlines():
            text = json.loads(line)["text"]
            doc = restore(text)
            n += 1
            total, kept = total + len(text), kept + len(doc.text)
            flagged += bool(doc.decisions["obfuscations"]) or doc.decisions["mirror"]
            for ln in doc.lines:
                if ln.label not in ("body", "blank"):
                    removed[ln.rule] += len(ln.text)
    print(f"skywork: {n} clean articles, {kept / total:.2%} of characters kept, {flagged} judged obfuscated")
    print("  removed by rule (characters): " + ", ".join(f"{r} {c}" for r, c in removed.most_common(8)))
    pages = (SHARED / "chinesewebtext" / "cc_2021-43_cleared1.jsonl").read_text("utf-8").splitlines()
    labels = (ROOT / "tests" / "labels" / "chinesewebtext.jsonl").read_text("utf-8").splitlines()
    body = body_kept = false_spam = 0
    for page_line, label_line in zip(pages, labels, strict=True):
        page, label = json.loads(page_line), json.loads(label_line)
        doc = restore(page["raw_content"])
        lines = page["raw_content"].split("\n")
        for i in label["body_lines"]:
            body += len(lines[i])
            body_kept += len(lines[i]) if doc.lines[i].label == "body" else 0
        false_spam += doc.decisions["injected_spam"] and not label["verdict"]["injected_spam"]
    print(f"chinesewebtext: {body_kept / body:.2%} of labelled body-line characters kept, "
          f"{false_spam} clean pages flagged as injected spam")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
