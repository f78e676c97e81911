"""Half-width punctuation in CJK context restored to full width (``，：；（）！？。……“”``).

Applied only when the document's verdict found half-width punctuation to be an obfuscation
(``decisions['restore_punct']``); ASCII stays where it belongs: ``1,000``, ``18:34``,
``1-6-6-10``, ``(Reuters)``, ``新华网.com``. Spaces a converter left around a restored mark are
removed with it; a mark right after a closing bracket counts as after CJK (``(新闻联播):``).
The evidence (:func:`count_punct`) counts only ``，：；（）！？``: full stops and straight quotes
are too common on genuine pages to say anything alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial

from zhengben.document import Change, Document
from zhengben.rules import load_table, reasons
from zhengben.text import CJK_CLASS, CJK_MARKS, is_cjk_or_mark

__all__ = ["RestorePunct", "count_punct", "restorable"]

_FULL = "，：；（）！？"
# ``Change(...)`` through the tuple constructor (the named tuple's own ``__new__`` is Python code)
_new_change = partial(tuple.__new__, Change)
_BRACKETS = re.compile(r"[()]")
_HAS_CJK = re.compile(f"[{CJK_CLASS}]")


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    full: str
    context: str
    reason: str


_SINGLE = ("cjk-side", "cjk-before", "pair")


@cache
def _rules() -> dict[str, _Rule]:
    """The per-character rules (``cjk-side``, ``cjk-before``, ``pair``), keyed by the ASCII mark."""
    out: dict[str, _Rule] = {}
    for row in load_table("punct"):
        if row["context"] not in _SINGLE:
            continue
        for i, ch in enumerate(row["ascii"]):
            out[ch] = _Rule(row["id"], row["full"][i], row["context"], row["reason"])
    return out


@cache
def _whole_rules() -> dict[str, _Rule]:
    """The ``cjk-end`` and ``quote-pair`` rules, keyed by their whole ASCII mark (``...``, ``.``, ``"``)."""
    return {row["ascii"]: _Rule(row["id"], row["full"], row["context"], row["reason"])
            for row in load_table("punct") if row["context"] not in _SINGLE}


# A full stop or dots right after CJK or a closing quote or bracket, ending the sentence (NFKC
# folds each … of “……”…… into three dots): what follows (after converter spaces) is a line end,
# a closing quote or bracket, or CJK. ``新华网.com`` and ``3.5`` do not match.
# An ASCII closing quote or bracket right after CJK counts too: the pass that pairs quotes and
# brackets runs on the same text (说得上话". and 件(套).记者).
_SENTENCE_END = re.compile(f"(?:(?<=[{CJK_CLASS}”’」』）》])|(?<=[{CJK_CLASS}][\")]))"
                           f"(\\.{{3,6}}|\\.)( *)(?=[\n\"”’」』）){CJK_CLASS}]|$)")
# ... and after a percentage, before the next sentence's number (增长5.3%.9月份) or the line's end
_PERCENT_END = re.compile(f"(?<=\\d%)(\\.)( *)(?=\\d{{1,4}}[{CJK_CLASS}]|[\n{CJK_CLASS}]|$)")


# ... and a comma after a percentage before a Latin word glued to the next CJK words (83.6%,PM2.5平均):
# neither neighbour is CJK, but the clause is (English writes "5%, PM2.5 fell" with a space)
_PERCENT_COMMA = re.compile(f"(?<=\\d%)(,)(?=[A-Za-z][A-Za-z0-9.]{{0,10}}[{CJK_CLASS}])")


# two hyphens between CJK (絲路遺珍--古代絲綢之路): the dash —— a converter made ASCII
_DASH = re.compile(f"(?<=[{CJK_CLASS}”’」』）》]) *--(?!-) *(?=[{CJK_CLASS}“‘「『（《])")


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
    return (re.compile(f"(?<=[{CJK_CLASS}{CJK_MARKS})]) *([{after}])( *)"),
            re.compile(f"(?<=[^\\s{CJK_CLASS}{CJK_MARKS})]) *([{side}])( *)(?=[{CJK_CLASS}])"))


def restorable(text: str, *, all_marks: bool = True) -> list[Change]:
    """Changes restoring every mark in ``text``; ``all_marks=False`` leaves out full stops and
    quotes (what :func:`count_punct` counts as evidence)."""
    rules = _rules()
    out: list[Change] = []
    after_cjk, before_cjk = _scanners()
    for scanner, eat_before in ((after_cjk, True), (before_cjk, False)):
        for m in scanner.finditer(text):
            i, end = m.start(1), m.end()
            if eat_before and _code_mark(text, m):
                continue
            nxt = text[end:end + 1]
            rule = rules[m.group(1)]
            # eat the converter's stray spaces around the mark (after CJK: ``说 : 好``), but not
            # at the end of a line
            out.append(_new_change((m.start() if eat_before else i, end if nxt not in ("", "\n") else i + 1,
                                    rule.full, rule.id, rule.reason)))
    if "%," in text:
        comma = rules[","]
        out.extend(_new_change((m.start(1), m.end(1), comma.full, comma.id, comma.reason))
                   for m in _PERCENT_COMMA.finditer(text))
    if "(" in text:
        bracket = rules["("]
        for i, j in _bracket_pairs(text):
            out += (_new_change((i, i + 1, "（", bracket.id, bracket.reason)),
                    _new_change((j, j + 1, "）", bracket.id, bracket.reason)))
    if ("(" in text and "）" in text) or ("（" in text and ")" in text):
        bracket = rules["("]
        taken = {c.start for c in out}
        out.extend(_new_change((k, k + 1, "（" if text[k] == "(" else "）", bracket.id, bracket.reason))
                   for k in _mixed_pairs(text) if k not in taken)
    if all_marks:
        whole = _whole_rules()
        if "." in text:
            for m in (*_SENTENCE_END.finditer(text), *_PERCENT_END.finditer(text)):
                rule = whole["..." if len(m.group(1)) > 1 else "."]
                end = m.end() if text[m.end():m.end() + 1] not in ("", "\n") else m.end(1)
                out.append(_new_change((m.start(1), end, rule.full, rule.id, rule.reason)))
        for mark, rule in whole.items():
            if rule.context == "quote-pair" and mark in text:
                out.extend(_quote_pairs(text, rule, mark))
        if "--" in text:
            dash = whole["--"]
            out.extend(_new_change((m.start(), m.end(), dash.full, dash.id, dash.reason)) for m in _DASH.finditer(text))
    out.sort()
    return out


def _quote_pairs(text: str, rule: _Rule, mark: str = '"') -> list[Change]:
    """Straight quotes (``"``, or full-width ``＂``) paired in order on a line holding an even
    number of them; a pair with CJK inside becomes “…”. A line with an odd number is ambiguous
    and left alone."""
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        if line.count(mark) >= 2 and line.count(mark) % 2 == 0:
            marks = [i for i, ch in enumerate(line) if ch == mark]
            for a, b in zip(marks[::2], marks[1::2], strict=True):
                if _HAS_CJK.search(line, a + 1, b):
                    out += (_new_change((pos + a, pos + a + 1, rule.full[0], rule.id, rule.reason)),
                            _new_change((pos + b, pos + b + 1, rule.full[1], rule.id, rule.reason)))
        pos += len(line) + 1
    return out


def _bracket_pairs(text: str) -> list[tuple[int, int]]:
    """Matched ``(...)`` pairs on one line with CJK inside or right outside: ``(记者 高峰)``,
    ``协定(RCEP)``, ``报告(2021)`` on a mangled page were full-width before the converter.
    Positions of the opening and the closing bracket, in the order they close."""
    out: list[tuple[int, int]] = []
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
        if _HAS_CJK.search(inner):
            out.append((i, j))
            continue
        # ASCII right after a Latin letter is notation (A(-1,0), f(x), range(3)), whatever follows
        if text[i - 1:i].isascii() and text[i - 1:i].isalpha():
            continue
        outside = is_cjk_or_mark(_prev(text, i)) or is_cjk_or_mark(_next(text, j)[0])
        if outside and inner.strip():
            out.append((i, j))
    return out


def _mixed_pairs(text: str) -> list[int]:
    """The ASCII half of each bracket pair closed by the other width on one line, with CJK inside
    or right outside (``盆地(SPA）预选``: a converter swapped one of the two)."""
    out: list[int] = []
    stack: list[int] = []
    for m in _ANY_BRACKET.finditer(text):
        k = m.start()
        if m.group() in "(（":
            stack.append(k)
            continue
        if not stack or (m.group() == ")" and _LIST_MARK.search(text, 0, k)):
            continue  # (a list item's number, 1) 高校毕业生；2) …, closes nothing)
        i = stack.pop()
        if (text[i] == "(") == (text[k] == ")") or "\n" in text[i:k]:
            continue  # one width on both sides: _bracket_pairs's, or the publisher's own
        if _HAS_CJK.search(text, i + 1, k) or is_cjk_or_mark(_prev(text, i)) or is_cjk_or_mark(_next(text, k)[0]):
            out.append(i if text[i] == "(" else k)
    return out


_ANY_BRACKET = re.compile("[()（）]")
_LIST_MARK = re.compile(r"(?:^|[\s：:；;，,、])[0-9a-zA-Z]$")


def _code_mark(text: str, m: re.Match[str]) -> bool:
    """Whether a mark the after-CJK scanner found is code's or notation's: after ``range(3)`` with
    no CJK following (``range(3): print(i)``); ``B(3,0),且`` is a sentence's comma."""
    return _after_ascii_call(text, m.start()) and not _HAS_CJK.match(_next(text, m.end() - 1)[0])


def _after_ascii_call(text: str, i: int) -> bool:
    """Whether the mark at ``i`` follows a ``)`` closing brackets with no CJK inside, opened right
    after a Latin letter (``range(3):``): code or notation, not a converted CJK bracket."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] != ")":
        return False
    k = text.rfind("(", 0, j)
    if k <= 0 or "\n" in text[k:j] or _HAS_CJK.search(text, k + 1, j):
        return False
    return text[k - 1].isascii() and text[k - 1].isalpha()


def count_punct(text: str) -> tuple[int, int]:
    """(half-width marks restorable in CJK context, full-width marks of the same kinds).

    The first counts what ``restorable(text, all_marks=False)`` would change, without making the
    changes: one per match of either scanner, two per bracket pair with CJK inside. A pair around
    Latin alone (習近平(Xi Jinping), 國務院(State Council)) is restored on a mirror, but it is how
    Taiwan and Hong Kong writers gloss names, so it is no evidence of one."""
    after_cjk, before_cjk = _scanners()
    after = after_cjk.findall(text)
    if after and ")" in text:  # not after code (range(3):), as restorable() skips it
        after = [m for m in after_cjk.finditer(text) if not _code_mark(text, m)]
    restorable_marks = len(after) + len(before_cjk.findall(text))
    if "(" in text:
        restorable_marks += 2 * sum(_HAS_CJK.search(text, i + 1, j) is not None for i, j in _bracket_pairs(text))
    return restorable_marks, sum(text.count(c) for c in _FULL)


class RestorePunct:
    name = "repair.punct"

    def __call__(self, doc: Document) -> Document:
        if doc.decisions.get("restore_punct"):
            doc.apply(restorable(doc.text))
        if (doc.decisions.get("mirror") and not doc.signals.get("regional_copy")
                and _FULLWIDTH_ALNUM.search(doc.text)):
            # (a Taiwan or Hong Kong outlet's own article a farm re-hosted keeps its widths)
            why = reasons()["glyph.fullwidth"]
            doc.apply([Change(m.start(), m.end(), m.group().translate(_TO_ASCII), "glyph.fullwidth", why)
                       for m in _FULLWIDTH_ALNUM.finditer(doc.text)])
        return doc


# full-width digits and Latin letters (U+FF10-FF19, FF21-FF3A, FF41-FF5A), a run at a time, with
# the marks inside a number or code (５．３％, ０５７１－８７６５, ９：００): folded whole, never half
_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
                              "(?:[\uff0e\uff0d\uff1a\uff0f\uff0b][\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+)*"
                              "\uff05?")
_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
