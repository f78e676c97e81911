"""Half-width punctuation in CJK context restored to full width (``，：；（）！？``).

Applied only when the document's verdict found half-width punctuation to be an obfuscation
(``decisions['restore_punct']``); ASCII stays where it belongs: ``1,000``, ``18:34``,
``1-6-6-10``, ``(Reuters)``. Spaces a converter left after a restored mark are removed with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from zhengben.document import Change, Document
from zhengben.rules import load_table
from zhengben.text import is_cjk, is_cjk_or_mark

__all__ = ["RestorePunct", "count_punct"]

_FULL = "，：；（）！？"
_CANDIDATES = re.compile(r"[,:;!?()]")
_BRACKETS = re.compile(r"[()\n]")


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    full: str
    context: str
    reason: str


@cache
def _rules() -> dict[str, _Rule]:
    out: dict[str, _Rule] = {}
    for row in load_table("punct"):
        for i, ch in enumerate(row["ascii"]):
            out[ch] = _Rule(row["id"], row["full"][i], row["context"], row["reason"])
    return out


def _prev(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return text[j] if j >= 0 else ""


def _next(text: str, i: int) -> tuple[str, int]:
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    return (text[j] if j < len(text) else ""), j


def _restorable(text: str) -> list[Change]:
    rules = _rules()
    out: list[Change] = []
    stack: list[int] = []
    pairs: dict[int, int] = {}
    if "(" in text:
        for m in _BRACKETS.finditer(text):
            ch, i = m.group(), m.start()
            if ch == "(":
                stack.append(i)
            elif ch == ")" and stack:
                pairs[stack.pop()] = i
            else:
                stack.clear()
    closing: dict[int, Change] = {}
    for m in _CANDIDATES.finditer(text):
        ch, i = m.group(), m.start()
        rule = rules[ch]
        if rule.context == "pair":
            if ch == ")":
                if i in closing:
                    out.append(closing.pop(i))
                continue
            j = pairs.get(i)
            if j is None:
                continue
            inner = text[i + 1:j]
            outside = is_cjk_or_mark(_prev(text, i)) or is_cjk_or_mark(_next(text, j)[0])
            if any(is_cjk(c) for c in inner) or (outside and inner.strip() and not any(
                    c.isascii() and c.isalpha() for c in inner)):
                out.append(Change(i, i + 1, rule.full[0], rule.id, rule.reason))
                closing[j] = Change(j, j + 1, "）", rule.id, rule.reason)
            continue
        before = _prev(text, i)
        after, j = _next(text, i)
        if before.isdigit() and after.isdigit():
            continue
        ok = is_cjk_or_mark(before) if rule.context == "cjk-before" else (
            is_cjk_or_mark(before) or is_cjk(after))
        if ok and before not in ("", "\n"):
            end = j if after not in ("", "\n") else i + 1  # eat the converter's stray spaces
            out.append(Change(i, end, rule.full, rule.id, rule.reason))
    out.sort()
    return out


def count_punct(text: str) -> tuple[int, int]:
    """(half-width marks restorable in CJK context, full-width marks of the same kinds)."""
    return len(_restorable(text)), sum(text.count(c) for c in _FULL)


class RestorePunct:
    name = "repair.punct"

    def __call__(self, doc: Document) -> Document:
        if doc.decisions.get("restore_punct"):
            doc.apply(_restorable(doc.text))
        return doc
