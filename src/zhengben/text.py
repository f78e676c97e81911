"""Character classes and small text helpers shared by the steps (no dependencies)."""

from __future__ import annotations

import re

__all__ = ["CJK_CLASS", "CJK_MARKS", "cjk_count", "collapse_spaces", "is_cjk", "is_cjk_or_mark", "sentence_punct"]

# CJK ideographs: Extension A, the URO, compatibility ideographs.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK_CLASS}]")
_CJK_RUNS_RE = re.compile(f"[{CJK_CLASS}]+")
# Full-width CJK punctuation and quotes that count as "CJK context" for a neighbour.
CJK_MARKS = "，。、；：？！（）《》〈〉「」『』【】“”‘’…—·　"
# colon look-alikes some Hong Kong templates put in labels (記者︰X, U+FE30; ∶ U+2236):
# matched as ： (one character for one, so offsets hold)
LABEL_MARKS = str.maketrans({"\ufe30": "：", "\u2236": "："})


def fold_label_marks(text: str) -> str:
    """``text`` with :data:`LABEL_MARKS` folded (checked first: ``translate`` is slow on CJK).

    >>> fold_label_marks("記者︰脫芷晴")
    '記者：脫芷晴'
    """
    return text.translate(LABEL_MARKS) if "\ufe30" in text or "\u2236" in text else text
_CJK_OR_MARK_RE = re.compile(f"[{CJK_CLASS}{CJK_MARKS}]")
_SENTENCE_PUNCT_RE = re.compile("[，。；！？、,;!?]")
_SPACES_RE = re.compile(r"\s+")


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


def collapse_spaces(text: str) -> str:
    """Runs of whitespace as one space, trimmed; a lone ideographic space (a headline's 「　」
    separator) stays: full-width marks are never folded to ASCII.

    >>> collapse_spaces(" 颱風外圍環流影響　北部山區防豪雨 \t ")
    '颱風外圍環流影響　北部山區防豪雨'
    >>> collapse_spaces("平鎮輪胎行惡火  疏散7人")
    '平鎮輪胎行惡火 疏散7人'
    """
    return _SPACES_RE.sub(lambda m: m.group() if m.group() == "\u3000" else " ", text).strip()
