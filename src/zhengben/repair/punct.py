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
from zhengben.text import CJK_CLASS, CJK_MARKS, is_cjk_or_mark

__all__ = ["RestorePunct", "count_punct"]

_FULL = "，：；（）！？"
_BRACKETS = re.compile(r"[()]")
_HAS_CJK = re.compile(f"[{CJK_CLASS}]")


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


@cache
def _scanners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Marks right after CJK (every context), and ``cjk-side`` marks right before CJK."""
    rules = _rules()
    after = "".join(re.escape(c) for c, r in rules.items() if r.context != "pair")
    side = "".join(re.escape(c) for c, r in rules.items() if r.context == "cjk-side")
    return (re.compile(f"(?<=[{CJK_CLASS}{CJK_MARKS}]) *([{after}])( *)"),
            re.compile(f"(?<=[^\\s{CJK_CLASS}{CJK_MARKS}]) *([{side}])( *)(?=[{CJK_CLASS}])"))


def _restorable(text: str) -> list[Change]:
    rules = _rules()
    out: list[Change] = []
    after_cjk, before_cjk = _scanners()
    for scanner in (after_cjk, before_cjk):
        for m in scanner.finditer(text):
            i, end = m.start(1), m.end()
            nxt = text[end:end + 1]
            rule = rules[m.group(1)]
            # eat the converter's stray spaces after the mark, but not at the end of a line
            out.append(Change(i, end if nxt not in ("", "\n") else i + 1, rule.full, rule.id, rule.reason))
    if "(" in text:
        out.extend(_bracket_pairs(text, rules["("]))
    out.sort()
    return out


def _bracket_pairs(text: str, rule: _Rule) -> list[Change]:
    """Matched ``(...)`` pairs on one line with CJK inside or right outside: ``(记者 高峰)``,
    ``协定(RCEP)``, ``报告(2021)`` on a mangled page were full-width before the converter."""
    out: list[Change] = []
    stack: list[int] = []
    for m in _BRACKETS.finditer(text):
        i = m.start()
        if m.group() == "(":
            stack.append(i)
            continue
        if not stack:
            continue
        j, i = i, stack.pop()
        inner = text[i + 1:j]
        if "\n" in inner:  # brackets do not pair across lines
            stack.clear()
            continue
        outside = is_cjk_or_mark(_prev(text, i)) or is_cjk_or_mark(_next(text, j)[0])
        if _HAS_CJK.search(inner) or (outside and inner.strip()):
            out.append(Change(i, i + 1, "（", rule.id, rule.reason))
            out.append(Change(j, j + 1, "）", rule.id, rule.reason))
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
