"""Clean pages must stay whole: how much of genuine text `restore` keeps.

    python benchmarks/clean_eval.py

Skywork's clean articles (../shared/data/skywork-domain-eval, 1,895): share of characters kept
(in the text, or apart as photo captions, which the record keeps and the reference text holds),
pages judged obfuscated or mirrors, and the line rules that removed the rest. ChineseWebText's 100
Common Crawl pages with the repository's labels (tests/labels): share of labelled body-line
characters kept, and clean pages flagged as injected spam. Every text in ../shared/data (JSONL
fields raw_content, text, content): how many the hard-wrap repair would join, and how many the
mojibake repair would read again (all genuine text), and which.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from zhengben import restore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def skywork_kept(names: tuple[str, ...], limit: int | None = None
                 ) -> tuple[int, int, int, int, Counter[str], int]:
    """(articles, characters, characters kept, articles judged obfuscated, removed characters by
    rule, characters kept apart as photo captions). Captions count as kept: the record keeps them
    (``captions``), and these reference texts hold them where they stand, as ``extract`` does."""
    total = kept = flagged = n = captioned = 0
    removed: Counter[str] = Counter()
    for name in names:
        for line in (SHARED / "skywork-domain-eval" / f"{name}.jsonl").read_text("utf-8").splitlines()[:limit]:
            text = json.loads(line)["text"]
            doc = restore(text)
            n += 1
            caps = sum(len(ln.text) for ln in doc.lines if ln.label == "caption")
            total, kept, captioned = total + len(text), kept + len(doc.text) + caps, captioned + caps
            flagged += bool(doc.decisions["obfuscations"]) or doc.decisions["mirror"]
            for ln in doc.lines:
                if ln.label not in ("body", "blank", "caption"):
                    removed[ln.rule] += len(ln.text)
    return n, total, kept, flagged, removed, captioned


def labelled_body_kept() -> tuple[int, int, list[str]]:
    """(labelled body-line characters, of them kept, digests of clean pages flagged as spam)."""
    pages = (SHARED / "chinesewebtext" / "cc_2021-43_cleared1.jsonl").read_text("utf-8").splitlines()
    labels = (ROOT / "tests" / "labels" / "chinesewebtext.jsonl").read_text("utf-8").splitlines()
    body = body_kept = 0
    false_spam: list[str] = []
    for page_line, label_line in zip(pages, labels, strict=True):
        page, label = json.loads(page_line), json.loads(label_line)
        doc = restore(page["raw_content"])
        lines = page["raw_content"].split("\n")
        for i in label["body_lines"]:
            body += len(lines[i])
            body_kept += len(lines[i]) if doc.lines[i].label == "body" else 0
        if doc.decisions["injected_spam"] and not label["verdict"]["injected_spam"]:
            false_spam.append(label["digest"])
    return body, body_kept, false_spam


def whole_text_repairs() -> tuple[int, list[str], list[str]]:
    """(texts read, names of those ``space.hard_wrap`` would join, names of those
    ``repair.mojibake`` would read again) over every JSONL in ../shared/data: genuine text,
    where both repairs should find (almost) nothing."""
    from zhengben.config import SpaceConfig
    from zhengben.repair.mojibake import mojibake_changes
    from zhengben.repair.space import hard_wraps

    n, joined, misread = 0, [], []
    for path in sorted(SHARED.glob("*/*.jsonl")):
        for k, line in enumerate(path.read_text("utf-8").splitlines()):
            row = json.loads(line)
            for key in ("raw_content", "text", "content"):
                if isinstance(row.get(key), str):
                    n += 1
                    name = f"{path.parent.name}/{path.name}:{k + 1}:{key}"
                    text = row[key].replace("\r\n", "\n").replace("\r", "\n")
                    if hard_wraps(text, SpaceConfig(), ""):
                        joined.append(name)
                    if mojibake_changes(text):
                        misread.append(name)
    return n, joined, misread


def main() -> int:
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: this check needs ../shared")
    n, total, kept, flagged, removed, captioned = skywork_kept(("zh_government", "zh_general", "zh_finance", "zh_news"))
    print(f"skywork: {n} clean articles, {kept / total:.2%} of characters kept ({captioned / total:.2%} of them "
          f"as photo captions), {flagged} judged obfuscated")
    print("  removed by rule (characters): " + ", ".join(f"{r} {c}" for r, c in removed.most_common(8)))
    body, body_kept, false_spam = labelled_body_kept()
    print(f"chinesewebtext: {body_kept / body:.2%} of labelled body-line characters kept, "
          f"{len(false_spam)} clean pages flagged as injected spam")
    n, joined, misread = whole_text_repairs()
    print(f"hard wraps: {len(joined)} of {n} texts in ../shared/data would be joined: {', '.join(joined) or '-'}")
    print(f"mojibake: {len(misread)} of {n} texts in ../shared/data would be read again: {', '.join(misread) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
