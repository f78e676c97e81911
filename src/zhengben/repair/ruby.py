"""Flattened ruby: ``協(xié)商`` → ``協商``, verified against pypinyin's readings table.

A ``字(reading)`` match (or a bare ``字xié``, as a ``<ruby>`` without ``<rp>`` flattens) is only a
candidate. It counts when every syllable is a reading of
its character (heteronyms included), read straight from pypinyin's table (no segmentation,
so 0.1 µs a lookup). Whether to strip is decided per document (``decisions['strip_ruby']``):
one ``饕餮(tāo tiè)`` in a normal text is a teaching annotation and stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from pypinyin import Style
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style import convert as _convert_style

from zhengben.document import Change, Document
from zhengben.repair.script import to_simplified
from zhengben.rules import load_table
from zhengben.text import CJK_CLASS, CJK_MARKS

__all__ = ["RubyMatch", "StripRuby", "find_ruby", "readings", "ruby_scan", "without_ruby"]


class RubyMatch(NamedTuple):
    start: int          # of the bracket (what is removed)
    end: int
    han: str            # the characters the reading belongs to
    reading: str
    rule: str
    reason: str
    syllables: int


# ``RubyMatch(...)`` through the tuple constructor: the named tuple's own ``__new__`` is Python code,
# twice as slow, and a mirror has a verified reading every few characters
_new_match = partial(tuple.__new__, RubyMatch)
_by_start = itemgetter(0)


@cache
def _scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[tuple[str, str], ...]]:
    """Three regexes over every style, each style in its own group ``r<i>``.

    Bracketed readings: brackets are rare, so scanning for them first is fast, and the
    characters read are found by looking back (at most 4 CJK characters, directly before, or
    before one space a converter put in front of the bracket). Round (half- or full-width),
    square (half- or full-width), 【】, 〔〕, 〈〉, <>, {} and /…/ brackets are scanned alike; the
    opening and closing ones must pair.
    Bare readings (no brackets): one syllable glued to the CJK character before it, or with one
    space on both sides (or at a line's end) when no Latin word follows (``協 xié 商``: the
    spaces go with it). Toneless syllables laid out the same way (``的 de``: a neutral tone
    has no mark) are a third scan, run only on a page that already has bare readings.
    """
    rows = load_table("ruby")
    def groups(bracket: str) -> str:
        return "|".join(f"(?P<r{i}>{r['pattern']})" for i, r in enumerate(rows) if r["bracket"] == bracket)
    # (a reading never spans lines: a space inside the bracket, not a line break)
    bracketed = re.compile(rf" ?[{_OPENERS}][ \t\u3000]?(?:{groups('yes')})[ \t\u3000]?[{_CLOSING}]")
    bare = re.compile(rf"(?<=[{CJK_CLASS}])(?P<sp> ?)(?:{groups('no')})"
                      rf"(?![a-zA-Z\u00c0-\u024f\u3105-\u312f])(?:(?P=sp)|(?=\n|$))")
    neutral = re.compile(rf"(?<=[{CJK_CLASS}])(?P<sp> ?)(?:{groups('after-bare')})"
                         rf"(?![0-9a-zA-Z\u00c0-\u024f\u3105-\u312f])(?:(?P=sp)|(?=\n|$))")
    return bracketed, bare, neutral, tuple((r["id"], r["reason"]) for r in rows)


_HAN = re.compile(f"[{CJK_CLASS}]{{1,6}}$")
_JOINS_AFTER = re.compile(f"[{CJK_CLASS}{CJK_MARKS},.;:!?]")
# a reading set apart by spaces must not run into a Latin word after its closing space (an
# uppercase one or a digit is a name or formula the sentence goes on with: 减少 shǎo CO2)
_SPACED_END = re.compile("(?![a-z\u00c0-\u024f])")
# which closing brackets end a reading opened by each opening one
_CLOSERS = {"(": ")）", "（": ")）", "[": "]］", "［": "］]", "【": "】", "〔": "〕",
            # (rarer: angle, curly brackets and slashes, as other flatteners and farms set them)
            "〈": "〉", "<": ">", "{": "}", "｛": "｝", "/": "/"}
_OPENERS = re.escape("".join(_CLOSERS))
_CLOSING = re.escape("".join(dict.fromkeys("".join(_CLOSERS.values()))))
_OPENS = frozenset(_CLOSERS)
# the rarer notations, a farm's only where a page shows this many, each toned (see find_ruby)
_RARE_OPENERS = frozenset("〈<{｛/")
_RARE_MIN = 3
_TONED = re.compile("[\u0101-\u01dc\u00e0-\u00fc\u0144\u0148\u01f9\u1e3f]|[1-5]")


@cache
def _lesson_cues() -> re.Pattern[str]:
    """Words of a page about readings (``rules/teaching_cues.tsv``, and how a dictionary or a
    phonetics note says it: 读作, 发音, 韵母): there a slash or angle bracket sets a writer's reading."""
    words = [r["term"] for r in load_table("teaching_cues")] + ["读作", "讀作", "读成", "念作", "发音", "發音",
                                                               "音标", "音標", "韵母", "韻母", "声母", "聲母", "讀音"]
    return re.compile("|".join(map(re.escape, words)))


_BARE_HINT = re.compile("[\u0101-\u01dc\u00e0-\u00fc\u3105-\u312f]|[a-z][1-5]")
# toneless bare syllables (的de, 們men) are looked for only on a page with this many toned ones
_NEUTRAL_AFTER = 3


@cache
def convert_style(pinyin: str, style: Style, strict: bool = False) -> str:
    """pypinyin's ``convert`` (a pure function of its arguments), remembered: the same few
    thousand syllables recur across characters (the zhuyin form alone is some thirty regex
    substitutions), so each character's first :func:`readings` and :func:`is_default_reading`
    costs dictionary look-ups rather than pypinyin's conversions."""
    return _convert_style(pinyin, style, strict=strict)


@cache
def is_default_reading(ch: str, reading: str) -> bool:
    """Whether ``reading`` is ``ch``'s first reading in pypinyin's table (of its simplified form),
    in any written form: a converter's ruby reads characters the common way; a gloss explains an
    uncommon one (六（lù）安, 蚌（bèng）埠).

    >>> is_default_reading("六", "liù"), is_default_reading("六", "lù"), is_default_reading("關", "guān")
    (True, False, True)
    """
    simple = to_simplified(ch)
    raw = pinyin_dict.get(ord(simple)) if len(simple) == 1 else None
    raw = raw or pinyin_dict.get(ord(ch))
    if not raw:
        return True
    first = unicodedata.normalize("NFC", raw.split(",")[0])
    styles = (Style.TONE3, Style.NORMAL, Style.BOPOMOFO)
    forms = {first, *(convert_style(first, style, strict=False) for style in styles)}
    return unicodedata.normalize("NFC", reading.lower()) in forms


@cache
def readings(ch: str) -> frozenset[str]:
    """Every written form of every reading of ``ch``: marked, tone-numbered, toneless, zhuyin
    (the neutral tone's ``˙`` before or after). A traditional character also takes the readings
    of its simplified form: a mirror's ruby was made on the simplified text, and pypinyin lists
    some traditional forms with their Taiwan reading only (蹟 jī, where 迹 reads jì).

    >>> {"jì", "ㄐㄧˋ"} <= readings("蹟"), "ㄍㄜ˙" in readings("個")
    (True, True)
    """
    raw = pinyin_dict.get(ord(ch))
    simple = to_simplified(ch)
    if simple != ch and len(simple) == 1 and ord(simple) in pinyin_dict:
        raw = f"{raw},{pinyin_dict[ord(simple)]}" if raw else pinyin_dict[ord(simple)]
    if not raw:
        return frozenset()
    out: set[str] = set()
    for p in raw.split(","):
        p = unicodedata.normalize("NFC", p)
        out.add(p)
        for style in (Style.TONE3, Style.NORMAL, Style.BOPOMOFO):
            form = convert_style(p, style, strict=False)
            if style == Style.TONE3 and not form[-1:].isdigit():
                form += "5"  # neutral tone written as 5 (and without a number)
                out.add(form[:-1])
            out.add(form)
            if style == Style.BOPOMOFO:
                base = form.strip("ˊˇˋ˙")
                out.update((f"˙{base}", f"{base}˙"))
            if style == Style.TONE3 and "v" in form:  # lv4 is also written lü4 and lu:4
                out.update((form.replace("v", "ü"), form.replace("v", "u:")))
    return frozenset(out)


def _reads(ch: str, syllable: str) -> bool:
    if syllable[:1].isupper():
        # a capitalised syllable is a reading only with its tone (李(Lǐ), 李(Li3)): a toneless
        # one is a name or a word (李(Li) 先生 in an English gloss, 联通(Unicom))
        if syllable.isascii() and not syllable[-1:].isdigit():
            return False
        syllable = syllable.lower()
    forms = readings(ch)
    return syllable in forms or (
        not unicodedata.is_normalized("NFC", syllable) and unicodedata.normalize("NFC", syllable) in forms)


def _syllables(han: str, reading: str) -> list[str] | None:
    """The reading cut into one verified syllable per character read (the last ones of
    ``han``), or None. Spaced readings are cut at the spaces; an unspaced one (``xiéshāng``
    after 协商) is cut wherever each piece is a reading of its character."""
    if _reads(han[-1], reading):  # the common case: one syllable reading the last character
        return [reading]
    if reading[:1].isupper():
        # a converter capitalises a name's readings one character at a time (李(Lǐ)雪(Xuě)); a
        # capitalised word over several characters is a writer's gloss of a name (老子（Lǎozǐ）)
        return None
    if " " in reading or "," in reading or "，" in reading:
        parts = re.split(r"[\s,，]+", reading.strip())
        if len(parts) > len(han) or not all(_reads(c, p) for c, p in zip(han[-len(parts):], parts, strict=True)):
            return None
        return parts
    for k in range(1, min(4, len(han)) + 1):
        cut = _cut(han[-k:], reading)
        if cut is not None:
            return cut
    return None


def _cut(chars: str, reading: str) -> list[str] | None:
    if not chars:
        return [] if not reading else None
    for end in range(len(reading) - len(chars) + 1, 0, -1):
        if _reads(chars[0], reading[:end]):
            rest = _cut(chars[1:], reading[end:])
            if rest is not None:
                return [reading[:end], *rest]
    return None


@lru_cache(maxsize=1 << 16)
def _verified(han: str, reading: str) -> int | None:
    """How many syllables of ``reading`` read the last characters of ``han`` (None: not a reading):
    :func:`_syllables`, remembered, as a mirror's ruby falls on the same words page after page."""
    if _FULLWIDTH.search(reading):  # (a farm that widened the letters too: 长（ｃｈáｎｇ）)
        reading = unicodedata.normalize("NFKC", reading)
    syllables = _syllables(han, reading)
    return None if syllables is None else len(syllables)


_FULLWIDTH = re.compile("[\uff41-\uff5a]")


def find_ruby(text: str) -> tuple[list[RubyMatch], int]:
    """Verified ruby matches in ``text`` (sorted) and the number of rejected candidates."""
    found: list[RubyMatch] = []
    bracketed, bare, neutral, rules = _scanners()
    rejected = 0
    if not _OPENS.isdisjoint(text):
        # the bracketed candidates verified as they are found (as ``_verify`` does)
        han_before, closers = _HAN.search, _CLOSERS
        verified: list[tuple[int, int, str, str, str, str, int, bool, bool]] = []
        for m in bracketed.finditer(text):
            start, end = m.span()
            spaced = text[start] == " "
            if text[end - 1] not in closers[text[start + spaced]]:
                continue
            before = han_before(text, max(0, start - 6), start)
            if before is None:
                continue
            group = m.lastgroup
            if group is None:
                continue
            reading = m.group(group)
            han = before.group()
            n = _verified(han, reading)
            if n is None:
                rejected += 1
                continue
            rule, reason = rules[int(group[1:])]
            # a space after the bracket too, before CJK or a mark (協 (xié) 商)
            after = spaced and text[end:end + 1] == " " and _JOINS_AFTER.match(text, end + 1) is not None
            verified.append((start, end, han[-n:], reading, rule, reason, n, spaced, after))
        # ... goes with the reading when the converter put spaces on both sides: most of the page's
        # spaced readings have one after; where most have none (住 (zhù)建), a space after one is the
        # text's own (（记者 (zhě) 黄磊）)
        spaced_n = sum(v[7] for v in verified)
        both = 2 * sum(v[8] for v in verified) >= spaced_n
        # the rarer notations (/…/, 〈…〉, <…>, {…}) are a farm's only on a page that shows several,
        # each a toned syllable of one character, and names no reading lesson: one /er/, a phonetics
        # note's /a/ /o/ /e/, a phrasebook's 谢谢 /xiè xie/, a dictionary's 长/cháng/ are the writer's
        rare = [v for v in verified if text[v[0] + v[7]] in _RARE_OPENERS]
        if rare and (len(rare) < _RARE_MIN or not all(_TONED.search(v[3]) and v[6] == 1 for v in rare)
                     or _lesson_cues().search(text)):
            verified = [v for v in verified if text[v[0] + v[7]] not in _RARE_OPENERS]
        for start, end, han, reading, rule, reason, n, _, after in verified:
            found.append(_new_match((start, end + (after and both), han, reading, rule, reason, n)))
    if _BARE_HINT.search(text):
        glued = [(m, text[m.start() - 1], m.end()) for m in bare.finditer(text)
                 if not m.group("sp") or _SPACED_END.match(text, m.end())]
        so_far = len(found)
        rejected += _verify(glued, rules, found)
        bare_found = len(found) - so_far
    else:
        bare_found = 0
    if bare_found >= _NEUTRAL_AFTER:
        taken = {m.start for m in found}
        late = [(m, text[m.start() - 1], m.end()) for m in neutral.finditer(text)
                if m.start() not in taken and (not m.group("sp") or _SPACED_END.match(text, m.end()))]
        rejected += _verify(late, rules, found, count_rejects=False)
    found.sort(key=_by_start)
    return found, rejected


def _verify(candidates: list[tuple[re.Match[str], str, int]], rules: tuple[tuple[str, str], ...],
            found: list[RubyMatch], count_rejects: bool = True) -> int:
    """Append the candidates whose every syllable reads its character to ``found``; the number
    rejected (a toneless word that reads nothing is not counted: most are plain Latin)."""
    rejected = 0
    for m, han, end in candidates:
        group = m.lastgroup
        if group is None:
            continue
        reading = m.group(group)
        n = _verified(han, reading)
        if n is None:
            rejected += count_rejects
            continue
        rule, reason = rules[int(group[1:])]
        found.append(_new_match((m.start(), end, han[-n:], reading, rule, reason, n)))
    return rejected


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
