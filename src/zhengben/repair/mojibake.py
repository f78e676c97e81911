"""Mojibake repaired: bytes a scraper read in the wrong encoding, ``æ–°åŽç¤¾`` or ``鏂板崕绀`` → ``新华社``.

A page decoded with the wrong codec turns every character into two or three others. Five
misreadings occur on Chinese pages, each a rule:

- ``mojibake.utf8_latin1``: UTF-8 read as Latin-1 or Windows-1252 (``æ–°åŽ``). This family is
  ftfy's: its ``fix_encoding`` knows the codec quirks (lost bytes, C1 controls, a byte A0 read
  as a space), so it does the re-reading.
- ``mojibake.gbk_latin1``, ``mojibake.big5_latin1``: GB18030 or Big5 read as Latin-1 or
  Windows-1252 (``ÐÂ»ªÉç``). ftfy does not know these codecs and would garble them further.
- ``mojibake.utf8_gbk``, ``mojibake.utf8_big5``: UTF-8 read as GBK or Big5 (``鏂板崕绀``; its
  best-known form is ``锟斤拷``, two U+FFFD read as GBK).

Each misreading is undone on *runs* (stretches of non-ASCII, non-space characters: ASCII reads
the same in all of these codecs, so it bounds what was misread). As with ruby, the decision is
per document: a misreading is repaired only when re-reading its runs gives ordinary Chinese (the
3,755 common characters of GB2312 and the 5,401 of Big5) on at least ``min_chars`` characters,
and then only on the runs that re-read better than they stand. Genuine text re-read this way
gives rare characters or invalid bytes, so it is never touched. A byte the first misreading
lost comes back as U+FFFD: the character is gone, and a mark of that is more honest than a
guess. The count of repaired runs is ``signals['mojibake']``; the verdict names ``mojibake``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from zhengben.config import MojibakeConfig
from zhengben.document import Change, Document
from zhengben.rules import reasons

__all__ = ["RepairMojibake", "common_chars", "mojibake_changes", "reread"]

# What Latin-1 and Windows-1252 make of bytes 0x80-0xFF (Windows-1252's named characters too),
# and U+FFFD where the misreading lost a byte
_LATIN_CLASS = (
    "\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd"
)
_LATIN_RUN = re.compile(f"[{_LATIN_CLASS}]{{2,}}")
_LATIN_LINE = re.compile(f"[\\x00-\\x7f{_LATIN_CLASS}]*")
# GBK and Big5 characters may end in a byte that reads as ASCII (0x40-0x7E: ``¥_`` is 北 in Big5)
# (one character alone, ``\x94z`` for 攝 between spaces, is re-read only on a page found misread)
_LATIN_PAIRS = re.compile(f"(?:[{_LATIN_CLASS}][\\x40-\\x7e]?){{2,}}|[{_LATIN_CLASS}][\\x40-\\x7e]")
_LATIN1 = re.compile("[\u0080-\u00ff]")
_ASCII = re.compile("[\x00-\x7f]")
_WIDE_RUN = re.compile(r"[^\x00-\x7f\s]+")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_REPLACEMENT = "\ufffd"
_LOST = re.compile("\ufffd+")
_MAX_LOST_RUN = 3
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_LOST_BYTE = b"\xff"
_LOST_CANDIDATES = [bytes((b,)) for b in (0x80, *range(0xAA, 0xB0))]
_LINE = re.compile("[^\n]+")


@cache
def common_chars() -> frozenset[str]:
    """The ordinary characters: GB2312 level 1 (the 3,755 most used simplified characters) and
    Big5's 5,401 frequently used traditional ones, read from Python's own codecs."""
    pairs = [(bytes((lead, trail)), "gb2312") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)]
    pairs += [(bytes((lead, trail)), "big5") for lead in range(0xA4, 0xC7)
              for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]]
    out = {pair.decode(codec, errors="replace") for pair, codec in pairs}
    return frozenset(c for c in out if _CJK.fullmatch(c))


@cache
def _rare() -> re.Pattern[str]:
    """Ideographs outside the common sets, as one character class (counting them is then as
    fast as a regular expression runs)."""
    common = common_chars()
    ranges: list[tuple[int, int]] = []
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        for cp in range(lo, hi + 1):
            if chr(cp) in common:
                continue
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" if a < b else chr(a) for a, b in ranges) + "]")


def _encode_latin(run: str, _gb18030: bool = False) -> bytes:
    """The bytes a Latin-1/Windows-1252 reading came from (each character, either codec)."""
    out = bytearray()
    for ch in run:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch == _REPLACEMENT:
            out.append(0xFF)  # a byte neither GB18030 nor Big5 accepts: the character stays lost
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


def _encode_wide(codec: str) -> Callable[[str, bool], bytes]:
    def encode(run: str, gb18030: bool) -> bytes:
        """The UTF-8 bytes a GBK/Big5 reading came from. A U+FFFD before more of the run is one
        byte the reader could not take as a lead: a UTF-8 continuation byte, 0x80 if the reader
        was GB18030 (``gb18030``: the page holds its private-use characters), else 0x80 or one
        of GBK's user-defined rows 0xAA-0xAF, put back when exactly one of those completes a
        common character. Elsewhere a byte UTF-8 never accepts keeps the gap."""
        parts = [p.encode(codec, errors="replace") for p in run.split(_REPLACEMENT)]
        out = bytearray(parts[0])
        for part in parts[1:]:
            byte = _LOST_BYTE
            if part and codec == "gb18030":
                fits = [c for c in (_LOST_CANDIDATES[:1] if gb18030 else _LOST_CANDIDATES)
                        if _completes(bytes(out[-2:]), c, part, strict=not gb18030)]
                if len(fits) == 1:
                    byte = fits[0]
            out += byte + part
        return bytes(out)
    return encode


def _completes(before: bytes, byte: bytes, after: bytes, *, strict: bool) -> bool:
    """Whether ``byte``, a continuation byte, completes a three-byte UTF-8 character with the
    bytes around it (a common ideograph when ``strict``)."""
    if len(before) == 2 and 0xE0 <= before[0] <= 0xEF and 0x80 <= before[1] <= 0xBF:
        seq = before + byte
    elif before and 0xE0 <= before[-1] <= 0xEF:
        seq = before[-1:] + byte + after[:1]
    else:
        return False
    try:
        ch = seq.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return ch in common_chars() if strict else True


def _utf8_nbsp(line: str) -> str:
    """A line of UTF-8 read as Latin-1/Windows-1252 that ftfy leaves: a byte A0 (read as NBSP)
    that a later step made a space, as HTML text extraction does (ftfy puts A0 back in a few
    patterns only; here a space inside a multi-byte sequence is taken as A0), or bytes
    Windows-1252 does not define, dropped (each cut character becomes one U+FFFD)."""
    raw = bytearray(_encode_latin(line))
    need = 0
    for i, b in enumerate(raw):
        if need and (b == 0x20 or 0x80 <= b <= 0xBF):
            raw[i] = 0xA0 if b == 0x20 else b
            need -= 1
            continue
        need = 1 if 0xC2 <= b <= 0xDF else 2 if 0xE0 <= b <= 0xEF else 3 if 0xF0 <= b <= 0xF4 else 0
    return raw.decode("utf-8", errors="replace")


def _ftfy(run: str) -> str:
    import ftfy

    return ftfy.fix_encoding(run)


# rule -> (runs it reads, the misreading undone: run -> bytes, the codec the bytes were in)
_READINGS: dict[str, tuple[re.Pattern[str], Callable[[str, bool], bytes] | None, str]] = {
    "mojibake.utf8_latin1": (_LATIN_RUN, None, "utf-8"),
    "mojibake.gbk_latin1": (_LATIN_PAIRS, _encode_latin, "gb18030"),
    "mojibake.big5_latin1": (_LATIN_PAIRS, _encode_latin, "big5hkscs"),
    "mojibake.utf8_gbk": (_WIDE_RUN, _encode_wide("gb18030"), "utf-8"),
    "mojibake.utf8_big5": (_WIDE_RUN, _encode_wide("big5hkscs"), "utf-8"),
}


def _counts(text: str) -> tuple[int, int, int]:
    """(common characters, CJK ideographs, U+FFFD marks)."""
    common = common_chars()
    cjk = _CJK.findall(text)
    return sum(1 for c in cjk if c in common), len(cjk), text.count(_REPLACEMENT)


def _share(common: int, cjk: int, lost: int) -> float:
    return common / (cjk + lost) if cjk + lost else 0.0


def _latin_letters(run: str) -> bool:
    """Whether a run is mostly Latin-1 letters and signs, not CJK text's own dashes, quotes and
    ellipses (——, “”, ……), which Windows-1252 also has."""
    return 3 * len(_LATIN1.findall(run)) >= len(run)


def _suspect(text: str, config: MojibakeConfig) -> list[str]:
    """The misreadings worth trying on ``text``: cheap tests so that clean pages cost little."""
    rules = []
    if any(_latin_letters(m.group()) for m in _LATIN_PAIRS.finditer(text)):
        rules += ["mojibake.utf8_latin1", "mojibake.gbk_latin1", "mojibake.big5_latin1"]
    rare = len(_rare().findall(text))
    if rare >= config.min_chars and rare >= config.rare_share * len(_CJK.findall(text)):
        rules += ["mojibake.utf8_gbk", "mojibake.utf8_big5"]
    return rules


def _units(rule: str, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, re-read text) of each stretch ``rule`` would change.

    ftfy reads whole lines (it will not judge three characters alone, and it mends a line where
    only part was misread); the codecs here read runs, trimmed to what changed.
    """
    pattern, encode, codec = _READINGS[rule]
    if encode is None:
        for line in _LINE.finditer(text):
            if not any(_latin_letters(m.group()) for m in pattern.finditer(line.group())):
                continue
            old, new = line.group(), _LOST.sub(_REPLACEMENT, _ftfy(line.group()))
            if _LATIN_LINE.fullmatch(old):
                alt = _LOST.sub(_REPLACEMENT, _utf8_nbsp(old))
                # more common characters, or as many and less Latin-1 left unread
                if (_counts(alt)[0], -len(_LATIN1.findall(alt))) > (_counts(new)[0], -len(_LATIN1.findall(new))):
                    new = alt
            head = tail = 0
            while head < min(len(old), len(new)) and old[head] == new[head]:
                head += 1
            while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
                tail += 1
            if old != new:
                yield line.start() + head, line.end() - tail, new[head:len(new) - tail]
        return
    gb18030 = _PRIVATE_USE.search(text) is not None
    for m in pattern.finditer(text):
        run = m.group()
        if rule.endswith("_latin1") and not _latin_letters(run):
            continue
        new = _LOST.sub(_REPLACEMENT, encode(run, gb18030).decode(codec, errors="replace"))  # one mark a gap
        if new != run:
            yield m.start(), m.end(), new


def mojibake_changes(text: str, config: MojibakeConfig | None = None) -> list[Change]:
    """One change per stretch re-read, under the one misreading that gains the most on this page.

    The page takes a misreading when the stretches it turns into mostly common characters
    (``min_share`` of their ideographs, at most as many gaps as ideographs, and more so than
    they stood) give ``min_chars`` common characters and raise the share of them by
    ``min_gain`` (a stretch of one character does not count: ``án`` in pinyin reads as 醤). Then
    the stretches that re-read cleanly (no character lost) are taken too,
    Latin letters and marks among them (``Ã¡`` → ``á``), and short ones that were only a cut
    character (``鏈�21`` was 月21) become a gap mark.
    """
    config = config or MojibakeConfig()
    best: tuple[int, list[Change]] = (0, [])
    why = reasons()
    for rule in _suspect(text, config):
        changes = []
        old = [0, 0, 0]
        new = [0, 0, 0]
        for start, end, out in _units(rule, text):
            run = text[start:end]
            after, before = _counts(out), _counts(run)
            if (after[0] and after[0] >= config.min_share * after[1] and after[2] <= after[1]
                    and _share(*after) > _share(*before) and len(run) - len(_ASCII.findall(run)) > 1):
                old = [a + b for a, b in zip(old, before, strict=True)]
                new = [a + b for a, b in zip(new, after, strict=True)]
            elif after[2] > before[2] and (after[1] or before[0] or len(run) > _MAX_LOST_RUN):
                continue
            changes.append(Change(start, end, out, rule, why[rule]))
        if new[0] >= config.min_chars and _share(*new) - _share(*old) >= config.min_gain and new[0] > best[0]:
            best = (new[0], changes)
    return best[1]


def reread(rule: str, value: str) -> str:
    """``value`` under the misreading ``rule`` found on its page: every stretch of it that
    re-reads without losing a character, or into ideographs with fewer gaps than characters
    (too short to decide on by itself, it follows the page)."""
    out: list[str] = []
    pos = 0
    for start, end, new in _units(rule, value):
        common, cjk, lost = _counts(new)
        if lost <= value.count(_REPLACEMENT, start, end) or (common and lost <= cjk):
            out += [value[pos:start], new]
            pos = end
    return "".join(out) + value[pos:]


class RepairMojibake:
    """Undo a wrong decoding before anything reads the characters (first step of every page)."""

    name = "repair.mojibake"

    def __init__(self, config: MojibakeConfig | None = None) -> None:
        self.config = config or MojibakeConfig()

    def __call__(self, doc: Document) -> Document:
        found = mojibake_changes(doc.text, self.config)
        doc.signals["mojibake"] = len(found)
        doc.apply(found)
        if found:
            # fields an HTML page gave beside the text (title, author, ...) were misread alike
            rule = found[0].rule
            for entry in doc.meta.values():
                value = entry.get("value")
                new: Any = value
                if isinstance(value, str):
                    new = reread(rule, value)
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    new = [reread(rule, v) for v in value]
                if new != value:
                    entry["value"] = new
                    entry["origin"] = f"{entry.get('origin')} + {rule}"
        return doc
