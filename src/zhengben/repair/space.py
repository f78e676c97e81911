"""Whitespace repairs that are always safe: line endings, NBSP, zero-width characters, soft hyphens."""

from __future__ import annotations

import re

from zhengben.document import Change, Document
from zhengben.rules import reasons

__all__ = ["NormalizeSpace"]

_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("space.crlf", re.compile(r"\r\n?"), "\n"),
    ("space.nbsp", re.compile("[\u00a0\u2007\u202f]"), " "),
    ("space.soft_hyphen", re.compile("\u00ad"), ""),
    ("space.zero_width", re.compile("[\u200b\u200c\u200d\u2060\ufeff]"), ""),
)
_ANY = re.compile(r"[\r\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\u00ad]")


class NormalizeSpace:
    """Normalise line endings and invisible spaces; each change is an edit."""

    name = "repair.space"

    def __call__(self, doc: Document) -> Document:
        if _ANY.search(doc.text) is None:
            return doc
        why = reasons()
        found: list[Change] = []
        for rule, pattern, repl in _PATTERNS:
            found.extend(Change(m.start(), m.end(), repl, rule, why[rule]) for m in pattern.finditer(doc.text))
        found.sort()
        doc.apply(found)
        return doc
