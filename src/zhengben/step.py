"""The step contract: a step maps a document to a document, or to a drop with a reason.

Steps are plain objects with a ``name`` and ``__call__``; they may mutate and return the
document they are given. Executors (memory, local, Ray) only ever call steps through
:func:`run_steps`, so every executor runs the same code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from zhengben.document import Document, Drop

__all__ = ["Step", "run_steps"]


class Step(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document | Drop: ...


def run_steps(steps: Sequence[Step], doc: Document) -> Document | Drop:
    """Run steps in order; stop at the first drop."""
    for step in steps:
        out = step(doc)
        if isinstance(out, Drop):
            return out
        doc = out
    return doc
