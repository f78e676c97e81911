"""Flattened ruby: ``協(xié)商`` → ``協商``, verified against pypinyin's readings table.

A ``字(reading)`` match is only a candidate. It counts when every syllable is a reading of
its character (heteronyms included), read straight from pypinyin's table (no segmentation,
so 0.1 µs a lookup). Whether to strip is decided per document (``decisions['strip_ruby']``):
one ``饕餮(tāo tiè)`` in a normal text is a teaching annotation and stays.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pypinyin import Style
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style import convert as convert_style

from zhengben.document import Change, Document
from zhengben.rules import compile_pattern, load_table
from zhengben.text import CJK_CLASS

__all__ = ["RubyMatch", "StripRuby", "find_ruby", "readings", "ruby_scan", "without_ruby"]


@dataclass(frozen=True, slots=True)
class RubyMatch:
    start: int          # of the bracket (what is removed)
    end: int
    han: str            # the characters the reading belongs to
    reading: str
    rule: str
    reason: str
    syllables: int


@cache
def _scanner() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """One regex for every style: a bracketed reading, each style in its own group ``r<i>``.

    Brackets are rare, so scanning for them first is fast; the characters read are found by
    looking back from the bracket (at most 4 CJK characters, directly before it).
    """
    rows = load_table("ruby")
    styles = "|".join(f"(?P<r{i}>{r['pattern']})" for i, r in enumerate(rows))
    compile_pattern(styles)
    return re.compile(rf"[(（]\s?(?:{styles})\s?[)）]"), tuple((r["id"], r["reason"]) for r in rows)


_HAN = re.compile(f"[{CJK_CLASS}]{{1,4}}$")


@cache
def readings(ch: str) -> frozenset[str]:
    """Every written form of every reading of ``ch``: marked, tone-numbered, toneless, zhuyin."""
    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return frozenset()
    out: set[str] = set()
    for p in raw.split(","):
        p = unicodedata.normalize("NFC", p)
        out.add(p)
        for style in (Style.TONE3, Style.NORMAL, Style.BOPOMOFO):
            form = convert_style(p, style, strict=False)
            out.add(form)
            if style == Style.TONE3 and not form[-1:].isdigit():
                out.add(form + "5")  # neutral tone written as 5
    return frozenset(out)


def _normalise_syllable(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return s.replace("u:", "v").replace("ü", "v") if s[-1:].isdigit() else s


def _verified(han: str, syllables: list[str]) -> bool:
    if len(syllables) > len(han):
        return False
    chars = han[-len(syllables):]
    for ch, syl in zip(chars, syllables, strict=True):
        forms = readings(ch)
        if syl not in forms and _normalise_syllable(syl) not in forms:
            return False
    return True


def find_ruby(text: str) -> tuple[list[RubyMatch], int]:
    """Verified ruby matches in ``text`` (sorted) and the number of rejected candidates."""
    found: list[RubyMatch] = []
    rejected = 0
    if "(" not in text and "（" not in text:
        return found, rejected
    scanner, rules = _scanner()
    for m in scanner.finditer(text):
        start = m.start()
        han = _HAN.search(text, max(0, start - 4), start)
        group = m.lastgroup
        if han is None or group is None:
            continue
        reading = m.group(group)
        syllables = reading.split()
        if _verified(han.group(), syllables):
            rule, reason = rules[int(group[1:])]
            found.append(RubyMatch(start, m.end(), han.group()[-len(syllables):], reading, rule, reason,
                                   len(syllables)))
        else:
            rejected += 1
    return found, rejected


def ruby_scan(doc: Document) -> list[RubyMatch]:
    """Verified matches in the document's current text, scanned once and shared by the steps
    that need them (labelling views, measuring, stripping) while the text is unchanged."""
    cached = doc.scratch.get("ruby")
    if cached is not None and cached[0] is doc.text:
        return cached[1]  # type: ignore[no-any-return]
    matches, rejected = find_ruby(doc.text)
    doc.scratch["ruby"] = (doc.text, matches)
    doc.scratch["ruby_rejected"] = rejected
    return matches


def without_ruby(text: str, matches: list[RubyMatch]) -> str:
    """``text`` with the matched readings cut out (for views; edits are made by StripRuby)."""
    if not matches:
        return text
    parts, pos = [], 0
    for m in matches:
        parts.append(text[pos:m.start])
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


class StripRuby:
    """Remove verified readings when the document-level decision says so."""

    name = "repair.ruby"

    def __call__(self, doc: Document) -> Document:
        if not doc.decisions.get("strip_ruby"):
            return doc
        doc.apply([Change(m.start, m.end, "", m.rule, m.reason) for m in ruby_scan(doc)])
        return doc
