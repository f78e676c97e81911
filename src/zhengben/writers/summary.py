"""Counts of a run: per task (in each task's manifest), summed into ``summary.json``.

Summing the per-task manifests, not counting on the fly, is what makes a resumed run's summary
equal to an uninterrupted one: each task is counted once, from the files it wrote.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhengben.document import Document
from zhengben.writers.shards import atomic_write

__all__ = ["TaskStats", "build_summary", "write_summary"]


@dataclass
class TaskStats:
    """What one task read and wrote."""

    input: str
    records: int = 0  # documents read (clean + rejects)
    clean: int = 0
    rejects: int = 0
    ignored: int = 0  # WARC records that are not documents
    bytes_in: int = 0  # bytes of the input range the task owns
    payload_bytes: int = 0  # bytes of the documents' raw payloads
    bytes_out: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    verdicts: Counter[str] = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)

    def count_clean(self, doc: Document) -> None:
        self.clean += 1
        for ln in doc.lines:
            if ln.label != "body":
                self.rules[f"line:{ln.rule}"] += 1
        for e in doc.edits:
            self.rules[f"edit:{e.rule}"] += 1
        dec, sig = doc.decisions, doc.signals
        for flag in ("mirror", "injected_spam"):
            if dec.get(flag):
                self.verdicts[flag] += 1
        for ob in dec.get("obfuscations", []):
            self.verdicts[f"obfuscation:{ob}"] += 1
        if dec.get("convert"):
            self.verdicts["converted"] += 1
        self.verdicts[f"script:{sig.get('script')}"] += 1

    def count_reject(self, reason: str) -> None:
        self.rejects += 1
        self.reasons[reason] += 1

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "records": self.records, "clean": self.clean, "rejects": self.rejects,
                "ignored": self.ignored, "bytes_in": self.bytes_in, "payload_bytes": self.payload_bytes,
                "bytes_out": self.bytes_out, "reasons": dict(sorted(self.reasons.items())),
                "rules": dict(sorted(self.rules.items())), "verdicts": dict(sorted(self.verdicts.items())),
                "files": self.files}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TaskStats:
        return cls(input=d["input"], records=d["records"], clean=d["clean"], rejects=d["rejects"],
                   ignored=d["ignored"], bytes_in=d["bytes_in"], payload_bytes=d["payload_bytes"],
                   bytes_out=d["bytes_out"], reasons=Counter(d["reasons"]), rules=Counter(d["rules"]),
                   verdicts=Counter(d["verdicts"]), files=list(d["files"]))


def build_summary(stats: list[TaskStats], *, time: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Totals, per input, per reason, per rule id, per verdict, bytes; ``time`` is the only varying part."""
    per_input: dict[str, dict[str, int]] = {}
    reasons: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    keys = ("records", "clean", "rejects", "ignored", "bytes_in", "payload_bytes", "bytes_out")
    totals = dict.fromkeys(keys, 0)
    for s in stats:
        row = per_input.setdefault(s.input, dict.fromkeys(keys, 0))
        for k in keys:
            row[k] += getattr(s, k)
            totals[k] += getattr(s, k)
        reasons.update(s.reasons)
        rules.update(s.rules)
        verdicts.update(s.verdicts)
    return {
        "totals": {**totals, "tasks": len(stats)},
        "inputs": per_input,
        "reasons": dict(sorted(reasons.items())),
        "rules": dict(sorted(rules.items())),
        "verdicts": dict(sorted(verdicts.items())),
        "options": options,
        "time": time,
    }


def write_summary(path: Path, summary: dict[str, Any]) -> None:
    # (a lone surrogate, from a file name that is not UTF-8, is written as its JSON escape)
    atomic_write(path, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace"))
