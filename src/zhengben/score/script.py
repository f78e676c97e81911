"""Which script a text is in, counted with OpenCC's own tables (no hand-made character list),
and which OpenCC converter made a mirror, told by converting back and forth."""

from __future__ import annotations

import difflib
import re
from functools import cache

from zhengben.repair.script import converter

__all__ = ["script_counts", "taiwan_phrasing", "variant_counts"]


@cache
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of traditional-only and simplified-only characters, from OpenCC's own tables."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    t2s = converter("t2s").convert(joined).split("\n")
    s2t = converter("s2t").convert(joined).split("\n")
    hant = "".join(c for c, s in zip(chars, t2s, strict=True) if s != c)
    hans = "".join(c for c, t in zip(chars, s2t, strict=True) if t != c)
    return re.compile(f"[{re.escape(hant)}]"), re.compile(f"[{re.escape(hans)}]")


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only characters, simplified-only characters) in ``text``."""
    hant, hans = _script_classes()
    return len(hant.findall(text)), len(hans.findall(text))


@cache
def _variant_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of the characters OpenCC's tw2t and hk2t change (Taiwan / Hong Kong variants)."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    found = []
    for name in ("tw2t", "hk2t"):
        conv = converter(name).convert(joined).split("\n")
        found.append(re.compile(f"[{re.escape(''.join(c for c, t in zip(chars, conv, strict=True) if t != c))}]"))
    return found[0], found[1]


def variant_counts(text: str) -> tuple[int, int]:
    """(Taiwan variant characters, Hong Kong variant characters) in ``text``."""
    tw, hk = _variant_classes()
    return len(tw.findall(text)), len(hk.findall(text))


def taiwan_phrasing(text: str) -> tuple[int, int]:
    """(words written the Taiwan-phrase way, words written the plain way) in a mirror's text,
    each distinct word counted once (a mainland text may say 执行 ten times, s2twp's form of 运行).

    Take the text back to mainland simplified with Taiwan phrases undone (``tw2sp``), then
    forward with ``s2tw`` and with ``s2twp``: where the two disagree (项目: 項目 or 專案), the page
    shows which converter made it. A mirror made with ``s2t``/``s2tw``/``s2hk`` keeps the plain
    form almost everywhere; one made with ``s2twp`` has the Taiwan phrase everywhere.
    """
    source = converter("tw2sp").convert(text)
    plain, phrased = converter("s2tw").convert(source), converter("s2twp").convert(source)
    if plain == phrased:
        return 0, 0
    taiwan: set[str] = set()
    kept: set[str] = set()
    if len(plain) == len(phrased) == len(text):
        i, n = 0, len(text)
        while i < n:
            if plain[i] == phrased[i]:
                i += 1
                continue
            j = i
            while j < n and plain[j] != phrased[j]:
                j += 1
            seg = text[i:j]
            if seg == phrased[i:j]:
                taiwan.add(seg)
            elif seg == plain[i:j]:
                kept.add(seg)
            i = j
        return len(taiwan), len(kept)
    # a phrase changed length (U盘 → 隨身碟): compare by opcodes, looked up in the text
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, plain, phrased, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if phrased[j1:j2] and phrased[j1:j2] in text:
            taiwan.add(phrased[j1:j2])
        elif plain[i1:i2] and plain[i1:i2] in text:
            kept.add(plain[i1:i2])
    return len(taiwan), len(kept)
