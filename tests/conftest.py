"""Shared test helpers: the optional ../shared folder and the restore shortcut."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (real pages, not redistributable) exists only on the team's machines")
    return path


def load_benchmark(name: str) -> ModuleType:
    """Import ``benchmarks/<name>.py`` (evaluation scripts that tests reuse rather than copy)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def record_of(*lines: str) -> dict[str, Any]:
    """The record of a plain-text page of these lines (a blank line between each), after checking
    that its edits replay to its text: the review suites' page builder."""
    from zhengben import replay, restore
    from zhengben.writers.record import to_record

    doc = restore("\n\n".join(lines) + "\n")
    assert replay(doc.original, doc.edits) == doc.text
    return to_record(doc)
