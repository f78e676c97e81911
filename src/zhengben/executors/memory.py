"""The in-memory executor: runs steps over documents in this process, counting outcomes.

A step that raises a ``RecordError`` turns the document into a drop with that error's reason;
any other exception is a bug and propagates (tests must see it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from zhengben.document import Document, Drop
from zhengben.errors import RecordError
from zhengben.step import Step, run_steps

__all__ = ["MemoryExecutor", "Outcome"]


@dataclass
class Outcome:
    kept: list[Document] = field(default_factory=list)
    dropped: list[Drop] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)


class MemoryExecutor:
    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)

    def run(self, docs: Iterable[Document]) -> Outcome:
        out = Outcome()
        for doc in docs:
            out.counters["docs.in"] += 1
            try:
                result = run_steps(self.steps, doc)
            except RecordError as exc:
                result = Drop(doc.id, exc.reason, str(exc))
            if isinstance(result, Drop):
                out.dropped.append(result)
                out.counters[f"drop:{result.reason}"] += 1
            else:
                out.kept.append(result)
                out.counters["docs.kept"] += 1
                for ln in result.lines:
                    if ln.label != "body":
                        out.counters[f"line:{ln.rule}"] += 1
                for e in result.edits:
                    out.counters[f"edit:{e.rule}"] += 1
        return out
