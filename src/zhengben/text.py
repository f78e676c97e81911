"""Character classes and small text helpers shared by the steps (no dependencies)."""

from __future__ import annotations

import re

__all__ = ["CJK_CLASS", "CJK_MARKS", "cjk_count", "is_cjk", "is_cjk_or_mark", "sentence_punct"]

# CJK ideographs: Extension A, the URO, compatibility ideographs.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK_CLASS}]")
_CJK_RUNS_RE = re.compile(f"[{CJK_CLASS}]+")
# Full-width CJK punctuation and quotes that count as "CJK context" for a neighbour.
CJK_MARKS = "，。、；：？！（）《》〈〉「」『』【】“”‘’…—·　"
_CJK_OR_MARK_RE = re.compile(f"[{CJK_CLASS}{CJK_MARKS}]")
_SENTENCE_PUNCT_RE = re.compile("[，。；！？、,;!?]")


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_RE.match(ch) is not None


def is_cjk_or_mark(ch: str) -> bool:
    return bool(ch) and _CJK_OR_MARK_RE.match(ch) is not None


def cjk_count(text: str) -> int:
    """Number of CJK ideographs: the unit of length everywhere in zhengben.

    >>> cjk_count("新华社3月1日电 (Reuters)")
    6
    """
    return sum(map(len, _CJK_RUNS_RE.findall(text)))  # runs, not characters: far fewer matches


def sentence_punct(text: str) -> bool:
    return _SENTENCE_PUNCT_RE.search(text) is not None
