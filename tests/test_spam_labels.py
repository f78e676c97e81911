"""Span excision and verdicts against the labelled ChineseWebText pages (``tests/labels``).

The pages live in ../shared (no licence, never copied); the test skips with a message where they
are absent. Character precision and recall hold the issue's targets (0.95); the other floors are
a little under the figures measured when this was written (docs/spam.md), so a change that loses
ground fails here.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, load_benchmark, shared_path


def test_labelled_pages() -> None:
    data = shared_path("data", "chinesewebtext", "cc_2021-43_cleared1.jsonl")
    result = load_benchmark("spam_eval").evaluate(Path(data), ROOT / "tests" / "labels" / "chinesewebtext.jsonl")
    t = result["totals"]
    assert t["hit"] / t["removed"] >= 0.95, "char precision"
    assert t["pred_ok"] / t["pred_spans"] >= 0.95, "span precision"
    assert t["body_kept_spam"] / t["body"] >= 0.99, "genuine body characters kept by the spam rules"
    assert t["body_kept_all"] / t["body"] >= 0.99, "genuine body characters kept by the whole pipeline"
    assert result["clean_flagged"] == [], "a clean page was flagged injected_spam"
    assert t["hit"] / t["gold"] >= 0.95, "char recall (the issue's target)"
    # measured floors (see docs/spam.md)
    assert (t["found_named"] + t["found_other"]) / (t["spans_named"] + t["spans_other"]) >= 0.93, "span recall"
    assert t["t_hit"] / t["t_pred"] >= 0.95, "title precision"
    assert t["t_hit"] / t["t_gold"] >= 0.9, "title recall"
    for verdict in ("injected_spam", "keyword_stuffing", "spun", "hijacked"):
        assert result["verdicts"][verdict]["fp"] == 0, f"{verdict} false positives"
