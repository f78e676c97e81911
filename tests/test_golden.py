"""Golden restore cases (tests/cases/restore.json): each expected field must match exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from zhengben import restore_record

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "restore.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    if case.get("xfail"):
        pytest.xfail(case["xfail"])
    rec = restore_record(case["input"])
    for key, want in case["expect"].items():
        if key == "verdict":
            for vkey, vwant in want.items():
                assert rec["verdict"][vkey] == vwant, f"verdict.{vkey}"
        elif key == "edits":
            assert [e["rule"] for e in rec["edits"]] == want
        else:
            assert rec[key] == want, key

