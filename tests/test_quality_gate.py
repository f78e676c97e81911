"""Quality floors on real pages from ../shared (skipped where it is absent).

Pinned like trafilatura's evaluation gate: a change may not lower them without saying so.
Measured when pinned (benchmarks/clean_eval.py, which this test runs): Skywork clean articles
99.63% of characters kept, no obfuscation found; ChineseWebText labelled body lines 99.64% kept;
no clean page flagged as spam.
"""

from __future__ import annotations

from conftest import load_benchmark, shared_path


def test_clean_articles_come_back_nearly_whole() -> None:
    shared_path("data", "skywork-domain-eval")
    _, total, kept, flagged, _, _ = load_benchmark("clean_eval").skywork_kept(("zh_government", "zh_news"), limit=250)
    assert kept / total >= 0.99
    assert flagged == 0


def test_labelled_body_lines_survive_and_clean_pages_are_not_spam() -> None:
    shared_path("data", "chinesewebtext", "cc_2021-43_cleared1.jsonl")
    body, kept, false_spam = load_benchmark("clean_eval").labelled_body_kept()
    assert kept / body >= 0.99
    assert false_spam == []
