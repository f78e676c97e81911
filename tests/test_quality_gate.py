"""Quality floors on real pages from ../shared (skipped where it is absent).

Pinned like trafilatura's evaluation gate: a change may not lower them without saying so.
Measured when pinned (benchmarks/clean_eval.py): Skywork clean articles 99.63% of characters
kept, no obfuscation found; ChineseWebText labelled body lines 99.64% kept; no clean page flagged
as spam.
"""

from __future__ import annotations

import json

from conftest import ROOT, shared_path
from zhengben import restore


def test_clean_articles_come_back_nearly_whole() -> None:
    total = kept = flagged = 0
    for name in ("zh_government", "zh_news"):
        rows = shared_path("data", "skywork-domain-eval", f"{name}.jsonl").read_text("utf-8").splitlines()
        for line in rows[:250]:
            text = json.loads(line)["text"]
            doc = restore(text)
            total += len(text)
            kept += len(doc.text)
            flagged += bool(doc.decisions["obfuscations"]) or doc.decisions["mirror"]
    assert kept / total >= 0.99
    assert flagged == 0


def test_labelled_body_lines_survive_and_clean_pages_are_not_spam() -> None:
    pages = shared_path("data", "chinesewebtext", "cc_2021-43_cleared1.jsonl").read_text("utf-8").splitlines()
    labels = (ROOT / "tests" / "labels" / "chinesewebtext.jsonl").read_text("utf-8").splitlines()
    body = kept = 0
    for page_line, label_line in zip(pages, labels, strict=True):
        page, label = json.loads(page_line), json.loads(label_line)
        doc = restore(page["raw_content"])
        lines = page["raw_content"].split("\n")
        for i in label["body_lines"]:
            body += len(lines[i])
            kept += len(lines[i]) if doc.lines[i].label == "body" else 0
        if not label["verdict"]["injected_spam"]:
            assert not doc.decisions["injected_spam"], label["digest"]
    assert kept / body >= 0.99
