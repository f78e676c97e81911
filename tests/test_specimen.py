"""The real pages this project exists for (../shared/specimen); skipped where ../shared is absent."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, shared_path
from zhengben import restore_record
from zhengben.score.script import script_counts


def test_specimen_scores_every_field(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = shared_path("specimen", "rmzx-mirror.txt")
    expected = shared_path("specimen", "rmzx-mirror.expected.json")
    out = tmp_path / "actual.json"
    out.write_text(json.dumps(restore_record(page.read_bytes()), ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared_path("specimen", "check.py")), str(expected), str(out)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.stdout.strip().splitlines()[-1] == "score: 11/11 fields exact, body similarity 1.0000", run.stdout


def test_second_specimen_spam_dropped_mirror_simplified() -> None:
    rec = restore_record(shared_path("specimen", "cc-0371rykj.excerpt.txt").read_bytes())
    spam = [ln for ln in rec["lines"] if ln["label"] == "spam"]
    assert [ln["index"] for ln in spam] == [0, 1]
    assert rec["verdict"]["mirror"] and rec["verdict"]["injected_spam"]
    assert "(" not in rec["text"] and script_counts(rec["text"])[0] == 0
    assert rec["paragraphs"], "the product page keeps its text"
