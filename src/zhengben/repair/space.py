"""Whitespace repairs: line endings, NBSP, zero-width characters, soft hyphens, spaced-out lines.

The first four are always safe. A spaced-out line (``新 华 社 北 京 7 月 21 日 电``: a scraper or
a spam farm set every character apart) is told by its numbers (``SpaceConfig``): many spaces
between CJK characters and few CJK characters written together. On such a line only, a single
space with CJK (or a full-width mark) on one side and CJK, a mark, a digit or ASCII punctuation
on the other is removed; spaces next to Latin words stay (``使用 Python 编程``).

A flattened page (its line breaks lost, each paragraph still opening with the ideographic
indent ``　　``) is one long line with indents inside it: a line break is put back before each
inner indent (``space.indent_break``), so lines can be labelled again.
"""

from __future__ import annotations

import re

from zhengben.config import SpaceConfig
from zhengben.document import Change, Document
from zhengben.rules import reasons
from zhengben.text import CJK_CLASS, CJK_MARKS

__all__ = ["NormalizeSpace"]

_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("space.crlf", re.compile(r"\r\n?"), "\n"),
    ("space.nbsp", re.compile("[\u00a0\u2007\u202f]"), " "),
    ("space.soft_hyphen", re.compile("\u00ad"), ""),
    ("space.zero_width", re.compile("[\u200b\u200c\u200d\u2060\ufeff]"), ""),
)
_ANY = re.compile(r"[\r\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# four CJK characters set apart by single spaces: the cheap sign that a page may have a spaced line
_SPACED_HINT = re.compile(f"[{CJK_CLASS}] [{CJK_CLASS}] [{CJK_CLASS}] [{CJK_CLASS}]")
_GAP = re.compile(f"(?<=[{CJK_CLASS}]) (?=[{CJK_CLASS}])")
_JOINED = re.compile(f"[{CJK_CLASS}](?=[{CJK_CLASS}])")
_SIDE = f"{CJK_CLASS}{CJK_MARKS}"
_JOINABLE = f"{_SIDE}0-9,.;:!?()\"'%"
_INDENT = re.compile("(?<=[^\u3000])\u3000{2,}")
_REMOVABLE = re.compile(f"(?<=[{_SIDE}]) (?=[{_JOINABLE}])|(?<=[{_JOINABLE}]) (?=[{_SIDE}])")


def spaced_out(text: str, config: SpaceConfig, why: str) -> list[Change]:
    """Changes removing the single spaces next to CJK on every spaced-out line of ``text``."""
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        gaps = len(_GAP.findall(line))
        if gaps >= config.spaced_min_gaps and gaps >= config.spaced_gap_ratio * len(_JOINED.findall(line)):
            out.extend(Change(pos + m.start(), pos + m.end(), "", "space.cjk_gap", why)
                       for m in _REMOVABLE.finditer(line)
                       if line[m.start() - 1:m.start()] != " " and line[m.end():m.end() + 1] != " ")  # one space only
        pos += len(line) + 1
    return out


def indent_breaks(text: str, config: SpaceConfig, why: str) -> list[Change]:
    """Line breaks put back before the paragraph indents inside a long flattened line."""
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) >= config.indent_line_min_chars:
            found = list(_INDENT.finditer(line))
            if len(found) >= config.indent_min_breaks:
                out.extend(Change(pos + m.start(), pos + m.start(), "\n", "space.indent_break", why) for m in found)
        pos += len(line) + 1
    return out


class NormalizeSpace:
    """Normalise line endings, invisible spaces, spaced-out and flattened lines; each change is an edit."""

    name = "repair.space"

    def __init__(self, config: SpaceConfig | None = None) -> None:
        self.config = config or SpaceConfig()

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        invisible, spaced = _ANY.search(text) is not None, _SPACED_HINT.search(text) is not None
        indented = "\u3000\u3000" in text and _INDENT.search(text) is not None
        if not invisible and not spaced and not indented:
            return doc
        why = reasons()
        found: list[Change] = []
        if invisible:
            for rule, pattern, repl in _PATTERNS:
                found.extend(Change(m.start(), m.end(), repl, rule, why[rule]) for m in pattern.finditer(text))
        if spaced:
            found.extend(spaced_out(text, self.config, why["space.cjk_gap"]))
        if indented:
            found.extend(indent_breaks(text, self.config, why["space.indent_break"]))
        found.sort()
        doc.apply(found)
        return doc
