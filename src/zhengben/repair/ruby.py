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

__all__ = ["RubyMatch", "StripRuby", "find_ruby", "readings"]


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
def _rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((r["id"], r["reason"], compile_pattern(r["pattern"])) for r in load_table("ruby"))


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
    for rule, reason, pattern in _rules():
        for m in pattern.finditer(text):
            syllables = m.group("reading").split()
            if _verified(m.group("han"), syllables):
                found.append(RubyMatch(m.end("han"), m.end(), m.group("han")[-len(syllables):],
                                       m.group("reading"), rule, reason, len(syllables)))
            else:
                rejected += 1
    found.sort(key=lambda r: r.start)
    return found, rejected


class StripRuby:
    """Remove verified readings when the document-level decision says so."""

    name = "repair.ruby"

    def __call__(self, doc: Document) -> Document:
        if not doc.decisions.get("strip_ruby"):
            return doc
        matches, _ = find_ruby(doc.text)
        doc.apply([Change(m.start, m.end, "", m.rule, m.reason) for m in matches])
        return doc
