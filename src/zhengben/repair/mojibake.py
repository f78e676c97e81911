"""Mojibake repaired: bytes a scraper read in the wrong encoding, ``æ–°åŽç¤¾`` or ``鏂板崕绀`` → ``新华社``.

A page decoded with the wrong codec turns every character into two or three others. Seven
misreadings occur on Chinese pages, each a rule:

- ``mojibake.utf8_latin1``: UTF-8 read as Latin-1 or Windows-1252 (``æ–°åŽ``). This family is
  ftfy's: a line that is plain UTF-8 byte for byte is read directly, any other goes to its
  ``fix_encoding``, which knows the codec quirks (C1 controls, sloppy decoders); where ftfy
  leaves one (a byte A0 that text extraction made a space, bytes Windows-1252 dropped), the
  line is read here with those bytes put back or marked lost.
- ``mojibake.gbk_latin1``, ``mojibake.big5_latin1``: GB18030 or Big5 read as Latin-1 or
  Windows-1252 (``ÐÂ»ªÉç``). ftfy does not know these codecs and would garble them further.
- ``mojibake.utf8_gbk``, ``mojibake.utf8_big5``: UTF-8 read as GBK or Big5 (``鏂板崕绀``; its
  best-known form is ``锟斤拷``, two U+FFFD read as GBK).
- ``mojibake.gbk_big5``, ``mojibake.big5_gbk``: one Chinese codec read as the other, Chinese
  text's own 亂碼 (``弊さ婦擦`` for 国家乒乓). Its characters are common ones in random order, so
  the page (or a line) is suspected by its lack of the most frequent characters (的, 是, 在), and
  a run is read again only where it counts by itself (:func:`_decides`).

The codecs' misreadings are undone on *runs* (stretches of the characters that misreading
makes; ASCII reads the same in all of these codecs, so it bounds them). As with ruby, the
decision is per page (``MojibakeConfig``): a misreading is taken when its runs that re-read
into two or more common characters (the 3,755 of GB2312 level 1 and the 5,401 of Big5) give
``min_chars`` of them, raise their share by ``min_gain``, and read as running Chinese (enough of
the most frequent characters: Korean or Japanese bytes read as GBK give common but random
characters). Of the misreadings that pass, the one with the most common characters weighted
by their share wins. Then a run is read again only if it reads without a new loss into marks,
letters or mostly common characters, or (a character cut where ASCII interrupts, ``鏈�21``)
from a short marked run into a gap mark; never one that starts with a letter inside a Latin
word. Genuine text read this way gives rare characters or invalid bytes, so it stays; what the
first misreading lost stays lost, one U+FFFD a gap, never a guess. The number of stretches
re-read is ``signals['mojibake']``; the verdict names ``mojibake``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from zhengben.config import MojibakeConfig
from zhengben.document import Change, Document
from zhengben.rules import reasons
from zhengben.text import CJK_CLASS, CJK_MARKS, FREQUENT_IDEOGRAPHS, common_chars, line_end

__all__ = ["RepairMojibake", "common_chars", "may_be_misread", "mojibake_changes", "read_again", "reread"]

# What Latin-1 and Windows-1252 make of bytes 0x80-0xFF (Windows-1252's named characters too),
# and U+FFFD where the misreading lost a byte
_CP1252_NAMED = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_LATIN_CLASS = f"\u0080-\u00ff{_CP1252_NAMED}\ufffd"
_LATIN_LINE = re.compile(f"[\\x00-\\x7f{_LATIN_CLASS}]*")
# GBK and Big5 characters may end in a byte that reads as ASCII (0x40-0x7E: ``¥_`` is 北 in Big5);
# one such character alone (``\x94z``, 攝 between spaces) is re-read only on a page found misread
_LATIN_PAIRS = re.compile(f"(?:[{_LATIN_CLASS}][\\x40-\\x7e]?){{2,}}|[{_LATIN_CLASS}][\\x40-\\x7e]")
_LATIN1 = re.compile("[\u0080-\u00ff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]+")
# two misread bytes side by side, one of them Latin-1 (every misread Chinese character has them;
# a Chinese page's own · “” — … seldom do): the cheap sign that a Latin-1 reading is worth trying
_LATIN_PAIR = re.compile(f"[\u0080-\u00ff][{_LATIN_CLASS}]|[{_CP1252_NAMED}\ufffd][\u0080-\u00ff]")
_LATIN_ANY = re.compile(f"[{_LATIN_CLASS}]")
# a UTF-8 sequence as Latin-1/Windows-1252 shows it (continuation bytes 0x80-0xBF, a lost one as U+FFFD)
_CONT = f"\u0080-\u00bf{_CP1252_NAMED}\ufffd "  # (a space: byte A0 that text extraction made one)
_UTF8_SEQ = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}")
_CJK = re.compile(f"[{CJK_CLASS}]")
_REPLACEMENT = "\ufffd"
_LOST = re.compile("\ufffd+")
# what a wrong reading of a genuine mark or letter gives: kana, Hangul, box drawing, private use
_JUNK = re.compile("[\u2500-\u257f\u3040-\u30ff\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff]")
# a run this short that re-reads into nothing but a gap mark was a character cut by the misreading
_CUT_RUN_CHARS = 3
# a run longer than this with a third of it gaps is not UTF-8 read as GBK (in real text a few
# characters in ten are cut; a short run before ASCII may be half gaps: 作者 → 浣滆��)
_LONG_RUN_CHARS = 20
# A byte no codec here accepts as the start of a character: stands for one the misreading lost
_LOST_BYTE = 0xFF
# A byte GB18030 could not take as a lead in UTF-8 (0x80), and GBK's user-defined rows too
_GB_LOST_LEADS = (0x80, *range(0xAA, 0xB0))
# The five bytes Windows-1252 does not define (lost when a scraper decoded with errors="replace")
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# The decision is made on the runs in the page's first characters (a misread page is misread
# throughout); a page that is not misread costs no more than this however long it is
_DECIDE_CHARS = 100_000
# ... and a reading that gives two or more ideographs this many times, never into words, is given up
_GIVE_UP_AFTER = 100
# ftfy reads a line at a time; a longer line is cut at an ASCII character near each such
# length (and a codec's run longer than this, anywhere)
_PIECE_CHARS = 10_000


def _char_class(chars: set[str]) -> str:
    """``chars`` as the inside of a regular-expression class, in ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


@cache
def _rare_class() -> str:
    """Ideographs outside the common sets, as the inside of a character class."""
    common = common_chars()
    return _char_class({chr(cp) for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
                        for cp in range(lo, hi + 1) if chr(cp) not in common})


@cache
def _rare() -> re.Pattern[str]:
    """Ideographs outside the common sets, as one character class (counting them is then as
    fast as a regular expression runs)."""
    return re.compile(f"[{_rare_class()}]")


@cache
def _misread_signs() -> re.Pattern[str]:
    """Latin-1 letters (U+00C0-U+00FF) and rare ideographs, as one character class: two sets
    apart, so :func:`may_be_misread` counts both in one pass."""
    return re.compile(f"[\u00c0-\u00ff{_rare_class()}]")


def _rare_cluster(text: str) -> bool:
    """Whether four rare ideographs stand at most two characters apart: a stretch of UTF-8 read
    as GBK (about half its characters rare) even where the page around it is genuine; names
    and classical words put rare characters far apart."""
    run, last = 0, -10
    for m in _rare().finditer(text):
        run = run + 1 if m.start() - last <= 3 and "\n" not in text[last:m.start()] else 1
        if run >= 4:
            return True
        last = m.start()
    return False


@cache
def _wide_chars(codec: str) -> frozenset[str]:
    """What reading UTF-8 as ``codec`` makes: its two-byte characters (GB18030's user-defined
    rows read as private use) and U+FFFD."""
    chars = {bytes((lead, trail)).decode(codec, errors="replace")
             for lead in range(0x81, 0xFF) for trail in [*range(0x40, 0x7F), *range(0x80, 0xFF)]}
    return frozenset({c for c in chars if len(c) == 1 and ord(c) > 0x7F} | {_REPLACEMENT})


def _wide_runs(codec: str) -> Callable[[str, int], Iterator[tuple[int, int]]]:
    def runs(text: str, lo: int) -> Iterator[tuple[int, int]]:
        """Spans of ``_wide_chars`` in ``text`` from ``lo``: stretches of non-ASCII cut where a
        character falls outside them (a set lookup: a class of 20,000 characters makes a slow
        regular expression)."""
        chars = _wide_chars(codec)
        for m in _NON_ASCII_RUN.finditer(text, lo):
            start = None
            for i in range(m.start(), m.end()):
                if text[i] in chars:
                    start = i if start is None else start
                elif start is not None:
                    yield start, i
                    start = None
            if start is not None:
                yield start, m.end()
    return runs


def _latin_runs(text: str, lo: int) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _LATIN_PAIRS.finditer(text, lo))


def _latin_bytes(text: str) -> bytes:
    """The bytes a Latin-1/Windows-1252 reading came from (either codec, character by character)."""
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch == _REPLACEMENT:
            out.append(_LOST_BYTE)
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


def _dangling(raw: bytes, codec: str) -> bool:
    """Whether ``raw`` ends inside a two-byte character of ``codec``."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    decoder.decode(raw, final=False)
    return bool(decoder.getstate()[0])


def _read_pairs(codec: str) -> Callable[[str, bool], str]:
    def read(run: str, _gb18030: bool) -> str:
        """GB18030 or Big5 read as Latin-1/Windows-1252, read again. A U+FFFD is a byte the
        reader dropped (Windows-1252 leaves five undefined): if the text before it ends inside
        a character, the lost byte was that character's second and the gap is already marked;
        else it was a first byte, put back when exactly one of the five makes a common
        character with the byte after it, or else a gap, and the orphaned second byte goes,
        so that the characters after it are read in step."""
        pieces = [_latin_bytes(p) for p in run.split(_REPLACEMENT)]
        out = [pieces[0].decode(codec, errors="replace")]
        before = pieces[0]
        for raw in pieces[1:]:
            if _dangling(before, codec) or not raw:
                out.append(raw.decode(codec, errors="replace"))
            else:
                fits = [b for b in _CP1252_UNDEFINED
                        if bytes((b, raw[0])).decode(codec, errors="replace") in common_chars()]
                if len(fits) == 1:
                    out.append((bytes(fits[:1]) + raw).decode(codec, errors="replace"))
                else:
                    out.append(_REPLACEMENT + raw[1:].decode(codec, errors="replace"))
            before = raw
        return "".join(out)
    return read


def _read_utf8(codec: str) -> Callable[[str, bool], str]:
    def read(run: str, gb18030: bool) -> str:
        """UTF-8 read as GBK/Big5, read again. A U+FFFD before more of the run is one byte the
        reader could not take as a lead: a UTF-8 continuation byte, 0x80 if the reader was
        GB18030 (``gb18030``: the page holds its private-use characters), else 0x80 or one of
        GBK's user-defined rows 0xAA-0xAF, put back when exactly one of those completes a
        common character. Elsewhere a byte UTF-8 never accepts keeps the gap."""
        parts = [p.encode(codec, errors="replace") for p in run.split(_REPLACEMENT)]
        out = bytearray(parts[0])
        for part in parts[1:]:
            byte = _LOST_BYTE
            if part and codec == "gb18030":
                fits = [c for c in (_GB_LOST_LEADS[:1] if gb18030 else _GB_LOST_LEADS)
                        if _completes(bytes(out[-2:]), c, part, strict=not gb18030)]
                if len(fits) == 1:
                    byte = fits[0]
            out.append(byte)
            out += part
        return out.decode("utf-8", errors="replace")
    return read


def _completes(before: bytes, byte: int, after: bytes, *, strict: bool) -> bool:
    """Whether ``byte``, a continuation byte, completes a three-byte UTF-8 character with the
    bytes around it (a common ideograph or a CJK mark when ``strict``)."""
    if len(before) == 2 and 0xE0 <= before[0] <= 0xEF and 0x80 <= before[1] <= 0xBF:
        seq = before + bytes((byte,))
    elif before and 0xE0 <= before[-1] <= 0xEF:
        seq = before[-1:] + bytes((byte,)) + after[:1]
    else:
        return False
    try:
        ch = seq.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return ch in common_chars() or ch in CJK_MARKS if strict else True


def _utf8_nbsp(line: str) -> str:
    """A line of UTF-8 read as Latin-1/Windows-1252 that ftfy leaves: a byte A0 (read as NBSP)
    that a later step made a space, as HTML text extraction does (ftfy puts A0 back in a few
    patterns only; here a space inside a multi-byte sequence is taken as A0), or bytes
    Windows-1252 does not define, dropped (each cut character becomes U+FFFD)."""
    raw = bytearray(_latin_bytes(line))
    need = 0
    for i, b in enumerate(raw):
        if need and (b == 0x20 or 0x80 <= b <= 0xBF):
            raw[i] = 0xA0 if b == 0x20 else b
            need -= 1
            continue
        need = 1 if 0xC2 <= b <= 0xDF else 2 if 0xE0 <= b <= 0xEF else 3 if 0xF0 <= b <= 0xF4 else 0
    return raw.decode("utf-8", errors="replace")


def _utf8_like(text: str) -> bool:
    """Whether most of the Latin-1 in ``text`` forms UTF-8 sequences (a lead, then continuation
    bytes as Latin-1 or Windows-1252 show them), as UTF-8 mojibake does and Latin text does not.
    Checked before ftfy, which is slow on long stretches of Latin letters."""
    latin = len(_LATIN_ANY.findall(text))
    return latin > 0 and 2 * sum(len(m) for m in _UTF8_SEQ.findall(text)) >= latin


def _strict_utf8(text: str) -> str | None:
    """A Latin-1/Windows-1252 stretch read as UTF-8 when every byte fits (the plain case, which
    needs no ftfy), else None."""
    try:
        return _latin_bytes(text).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _ftfy(text: str) -> str:
    import ftfy

    return ftfy.fix_encoding(text)


def _non_ascii_runs(text: str, lo: int) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _NON_ASCII_RUN.finditer(text, lo))


def _read_dbcs(srcs: tuple[str, ...], dst: str) -> Callable[[str, bool], str]:
    """Read a run of characters of the codecs ``srcs`` (the plain one first: a scraper's ``big5``
    and ``big5hkscs`` map a few pairs apart) as the ``dst`` bytes they were; a run none of them
    holds is no reading of it and stays. A gap stays a gap; where the misreading lost only a
    lead byte, the piece after the gap starts with its trail byte, so the better of the piece and
    the piece without its first byte is read (the character cut there is lost either way)."""
    def encode(piece: str) -> bytes | None:
        for codec in srcs:
            try:
                return piece.encode(codec)
            except UnicodeEncodeError:
                continue
        return None

    def read(run: str, _gb18030: bool) -> str:
        out = []
        for k, piece in enumerate(run.split(_REPLACEMENT)):
            raw = encode(piece)
            if raw is None:
                return run
            best = raw.decode(dst, errors="replace")
            if k and len(raw) > 1:
                alt = raw[1:].decode(dst, errors="replace")
                if _Counts.of(alt).common > _Counts.of(best).common:
                    best = alt
            out.append(best)
        return _REPLACEMENT.join(out)
    return read


_DBCS = frozenset({"mojibake.gbk_big5", "mojibake.big5_gbk"})


# rule -> (runs it reads, or None: ftfy reads lines; how a run is read again)
_Spans = Callable[[str, int], Iterator[tuple[int, int]]]
_READINGS: dict[str, tuple[_Spans | None, Callable[[str, bool], str] | None]] = {
    "mojibake.utf8_latin1": (None, None),
    "mojibake.gbk_latin1": (_latin_runs, _read_pairs("gb18030")),
    "mojibake.big5_latin1": (_latin_runs, _read_pairs("big5hkscs")),
    "mojibake.utf8_gbk": (_wide_runs("gb18030"), _read_utf8("gb18030")),
    "mojibake.utf8_big5": (_wide_runs("big5hkscs"), _read_utf8("big5hkscs")),
    "mojibake.gbk_big5": (_non_ascii_runs, _read_dbcs(("big5", "big5hkscs"), "gb18030")),
    "mojibake.big5_gbk": (_non_ascii_runs, _read_dbcs(("gbk", "gb18030"), "big5hkscs")),
}


@dataclass(frozen=True, slots=True)
class _Counts:
    common: int  # common ideographs
    cjk: int  # all ideographs
    lost: int  # U+FFFD marks
    frequent: int  # ideographs among the most frequent
    odd: int  # what wrong readings make and Chinese text does not hold: kana, private use, ...

    @classmethod
    def of(cls, text: str) -> _Counts:
        common = common_chars()
        cjk = _CJK.findall(text)
        return cls(sum(1 for c in cjk if c in common), len(cjk), text.count(_REPLACEMENT),
                   sum(1 for c in cjk if c in FREQUENT_IDEOGRAPHS), len(_JUNK.findall(text)))

    def __add__(self, other: _Counts) -> _Counts:
        return _Counts(self.common + other.common, self.cjk + other.cjk, self.lost + other.lost,
                       self.frequent + other.frequent, self.odd + other.odd)

    @property
    def share(self) -> float:
        """Common ideographs among all the characters that count: ideographs, gaps, odd ones
        (a wrong reading makes kana and private-use characters, which must weigh against it)."""
        total = self.cjk + self.lost + self.odd
        return self.common / total if total else 0.0


_NONE = _Counts(0, 0, 0, 0, 0)


def _latin_letters(run: str) -> bool:
    """Whether at least a third of a run is Latin-1 (as every misread Chinese character is),
    not CJK text's own dashes, quotes and ellipses (——, “”, ……), which Windows-1252 also has."""
    return 3 * len(_LATIN1.findall(run)) >= len(run)


def _in_latin_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a Latin word: letters on both sides, or on one
    side of a single letter with a letter for its second byte (``fianc|ée``), or after a letter
    and ending in one (``A|ÇÃO``). Chinese read as Latin-1 touches Latin letters on one side at
    most (``iPhone¤â¾÷``, ``ABC¡C``)."""
    before = text[start - 1:start].isascii() and text[start - 1:start].isalpha()
    after = text[end:end + 1].isascii() and text[end:end + 1].isalpha()
    if not text[start].isalpha():
        return False  # a mark (¡¢ is 、 in GBK, ¡C is 。 in Big5) is no letter of a word
    single = end - start == 2 and text[end - 1].isascii() and text[end - 1].isalpha()
    tail = text[end - 1].isascii() and text[end - 1].isalpha()  # AÇÃO: the run ÇÃO ends the word
    return (before and (after or tail)) or ((before or after) and single)


def _suspect(text: str, config: MojibakeConfig) -> list[str]:
    """The misreadings worth trying on ``text``: cheap tests so that clean pages cost little."""
    rules = []
    if _LATIN_PAIR.search(text) and any(_latin_letters(m.group()) for m in _LATIN_PAIRS.finditer(text)):
        rules += ["mojibake.utf8_latin1", "mojibake.gbk_latin1", "mojibake.big5_latin1"]
    rare = len(_rare().findall(text))
    if rare >= config.min_chars and (rare >= config.rare_share * len(_CJK.findall(text))
                                     or _rare_cluster(text)):
        rules += ["mojibake.utf8_gbk", "mojibake.utf8_big5"]
    if _unfrequent_line(text):
        rules += ["mojibake.gbk_big5", "mojibake.big5_gbk"]
    return rules


# one Chinese codec read as the other makes common characters with hardly any of the most frequent
# (的 是 在: in running Chinese about one character in five): a stretch this long of characters
# outside ASCII with none of them (one regex pass; trying costs only time, the decision is
# :func:`_passes`'s, so a long list of names that holds none is no harm)
_UNFREQUENT_STRETCH = 24


@cache
def _unfrequent() -> re.Pattern[str]:
    # (nor a CJK mark: the misreading turns them into other characters, where a genuine list of
    # names, 王霜、肖裕仪、唐佳丽…, holds none of the frequent ones but its marks)
    # (digits, a decimal point and % pass: ASCII the misreading kept, 约4.2万平方米)
    return re.compile(f"[^\\x00-\\x24\\x26-\\x2d\\x2f\\x3a-\\x7f\\s{''.join(sorted(FREQUENT_IDEOGRAPHS))}{CJK_MARKS}]"
                      f"{{{_UNFREQUENT_STRETCH},}}")


_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
# Japanese's own particles and endings: about half of a Japanese text's kana, a tenth of the random
# kana that Big5 read as GBK makes (GBK's kana rows are Big5's common characters)
_PARTICLES = frozenset("のにはをたがでてとしいるすまなかれっ")


def _japanese(text: str) -> bool:
    """Whether ``text`` holds Japanese: ten kana or more, a third of them its particles and endings."""
    kana = _KANA.findall(text)
    return len(kana) >= 10 and 3 * sum(k in _PARTICLES for k in kana) >= len(kana)


def _unfrequent_line(text: str) -> bool:
    """Whether ``text`` holds a stretch of ``_UNFREQUENT_STRETCH`` characters outside ASCII (but
    digits) with none of the most frequent ideographs and no CJK mark, on a line that is no
    Japanese."""
    for m in _unfrequent().finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:line_end(text, m.end())]
        if not _japanese(line):  # (a Japanese line's kana and kanji are its own)
            return True
    return False



def _ftfy_pieces(line: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a line cut for ftfy at an ASCII character near every ``_PIECE_CHARS``
    (or, with none near, before the start of a UTF-8 sequence)."""
    start = 0
    while len(line) - start > _PIECE_CHARS:
        cut = start + _PIECE_CHARS
        while cut < min(len(line), start + _PIECE_CHARS + 200) and ord(line[cut]) > 0x7F:
            cut += 1
        while cut < len(line) and ord(line[cut]) > 0x7F and not "\u00c2" <= line[cut] <= "\u00f4":
            cut += 1  # no ASCII near: cut before a character that starts a UTF-8 sequence
        yield start, line[start:cut]
        start = cut
    yield start, line[start:]


def _lines_with(pattern: re.Pattern[str], text: str, lo: int) -> Iterator[tuple[int, str]]:
    """(start, line) of each line of ``text`` ending after ``lo`` where ``pattern`` matches,
    found by searching for the pattern (a page's markup has thousands of lines, few of them misread)."""
    pos = lo
    while (m := pattern.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        pos = end + 1


def _units(rule: str, text: str, gb18030: bool, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, text read again) of each stretch ``rule`` would change, of those starting
    in ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    runs, read = _READINGS[rule]
    if runs is None or read is None:  # ftfy, a line at a time, trimmed to what changed
        for line_start, line in _lines_with(_LATIN_PAIR, text, lo):
            if not any(_latin_letters(m.group()) for m in _LATIN_PAIRS.finditer(line)):
                continue
            for offset, old in _ftfy_pieces(line):
                base = line_start + offset
                if base >= hi:
                    return
                if base < lo:
                    continue
                if not _utf8_like(old):
                    continue
                latin_only = _LATIN_LINE.fullmatch(old) is not None
                clean = _strict_utf8(old) if latin_only else None
                # read twice (UTF-8 as Latin-1, then that as Latin-1 again): undone layer by layer
                while clean is not None and _LATIN_LINE.fullmatch(clean) and _utf8_like(clean):
                    again = _strict_utf8(clean)
                    if again is None or again == clean:
                        break
                    clean = again
                new = clean if clean is not None else _LOST.sub(_REPLACEMENT, _ftfy(old))
                if latin_only and clean is None:
                    alt = _LOST.sub(_REPLACEMENT, _utf8_nbsp(old))
                    # more common characters, or as many and less Latin-1 left unread
                    if (_Counts.of(alt).common, -len(_LATIN1.findall(alt))) > \
                            (_Counts.of(new).common, -len(_LATIN1.findall(new))):
                        new = alt
                head = tail = 0
                while head < min(len(old), len(new)) and old[head] == new[head]:
                    head += 1
                while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
                    tail += 1
                if old != new:
                    yield base + head, base + len(old) - tail, new[head:len(new) - tail]
        return
    latin = rule.endswith("_latin1")
    gb_lost = rule == "mojibake.utf8_gbk"
    for span_start, span_end in runs(text, lo):
        for start in range(span_start, span_end, _PIECE_CHARS):  # a giant run in pieces (at most
            if start >= hi:                                      # a character cut at each seam)
                return
            run = text[start:min(span_end, start + _PIECE_CHARS)]
            if latin and not _latin_letters(run):
                continue  # CJK text's own marks
            if gb_lost and len(run) > _LONG_RUN_CHARS and 3 * run.count(_REPLACEMENT) > len(run):
                continue  # a long run a third lost: GBK's gaps are fewer, so this is no reading of UTF-8
            if latin and _in_latin_word(text, start, start + len(run)):
                continue  # é or Ü inside a Latin word (délégués, DÜSSELDORF)
            new = _LOST.sub(_REPLACEMENT, read(run, gb18030))  # one mark a gap, however many bytes it took
            if new != run:
                yield start, start + len(run), new


def _decides(before: _Counts, after: _Counts, config: MojibakeConfig) -> bool:
    """Whether a run read again counts toward the page's decision: two or more common
    characters, mostly common, at most as many gaps as characters, and better than it stood."""
    return (after.common >= 2 and after.common >= config.min_share * after.cjk and after.lost <= after.cjk
            and after.share > before.share)


# what a run of ideographs may read into when it reads into none: pinyin letters and marks
# (Latin-1's letters and signs, Greek and units: Köln, España, 38°C, μΩ; never the letters of Latin
# Extended, Cyrillic or Armenian that 目前 → Ŀǰ, 元 → Ԫ make)
_READING_LETTERS = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ\u00a0-\u00ff\u0370-\u03ff\u2103\u2126"
                              "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…·—]*")


def _follows(rule: str, run: str, out: str, before: _Counts, after: _Counts) -> bool:
    """Whether a run that does not count by itself is read again once the page is found misread:
    when nothing is lost and (for a codec) what it gives is marks, letters (a pinyin ``á`` is
    ``¨¢`` in GBK read as Latin-1) or ideographs at least half common unless the run opens
    with a C1 control, which no genuine text holds (``\x89Ï`` is the rare 塆; genuine Latin
    words and signs read as GBK give rare ones: ``Café”`` → ``Caf閿``, ``°C`` → ``癈``), and
    no kana, private-use or box-drawing
    characters (``«»`` read as GBK); or when it was only a cut character (a short
    run the misreading already marked, ``鏈�``, read as a gap)."""
    if (before.common and not before.lost and not after.cjk
            and not _READING_LETTERS.fullmatch("".join(c for c in out if not c.isascii()))):
        # common ideographs that read into no ideograph at all: only a pinyin vowel or a mark is
        # what a misreading hid there (l煤n → lún); 目前 → Ŀǰ, 元 → Ԫ are genuine text cut short
        # by ASCII commas on a page where only some lines were misread
        return False
    if after.lost <= before.lost and (rule == "mojibake.utf8_latin1" or (
            (2 * after.common >= after.cjk or "\x80" <= run[0] <= "\x9f") and _JUNK.search(out) is None)):
        return True
    return not after.cjk and after.lost > 0 and before.cjk > 0 and before.lost > 0 and len(run) <= _CUT_RUN_CHARS


def mojibake_changes(text: str, config: MojibakeConfig | None = None) -> list[Change]:
    """One change per stretch read again, under the misreading found on this page (if any).

    A misreading is taken when the runs that count (:func:`_decides`) among those starting in
    the first ``_DECIDE_CHARS`` characters give ``min_chars`` common characters, raise their
    share by ``min_gain``, and hold ``min_frequent`` of the most frequent characters. Of those
    that pass, the one with the most common characters weighted by their share wins (a two-byte
    codec makes more characters of the same bytes than UTF-8, so counts alone would favour it;
    a share alone would favour a reading of a dozen characters over one of the whole page).
    """
    config = config or MojibakeConfig()
    gb18030 = re.search("[\ue000-\ue765]", text) is not None  # GB18030's user-defined rows
    best: tuple[float, list[Change]] | None = None
    why = reasons()
    for rule in _suspect(text, config):
        old = new = _NONE
        taken: list[Change] = []
        pending: list[Change] = []  # (one codec read as the other) runs that follow only on a misread line
        tried = 0
        for lo, hi in ((0, _DECIDE_CHARS), (_DECIDE_CHARS, None)):
            if lo and (lo >= len(text) or not _passes(old, new, config, rule)):
                break
            for start, end, out in _units(rule, text, gb18030, lo, hi):
                run = text[start:end]
                before, after = _Counts.of(run), _Counts.of(out)
                tried += after.cjk >= 2
                if tried > _GIVE_UP_AFTER and not new.common:
                    break  # read into ideographs this often and never into words: not this reading
                if _decides(before, after, config):
                    old, new = old + before, new + after
                elif not _follows(rule, run, out, before, after):
                    continue
                elif rule in _DBCS:
                    # one codec read as the other: a genuine run reads into common characters too, so
                    # a run that does not count by itself follows only on a line that has one that does
                    pending.append(Change(start, end, out, rule, why[rule]))
                    continue
                taken.append(Change(start, end, out, rule, why[rule]))
        if pending and taken:
            misread = {text.count("\n", 0, c.start) for c in taken}
            taken = sorted(taken + [c for c in pending if text.count("\n", 0, c.start) in misread])
        if _passes(old, new, config, rule) and (best is None or new.common * new.share > best[0]):
            best = (new.common * new.share, taken)
    return best[1] if best else []


def _passes(old: _Counts, new: _Counts, config: MojibakeConfig, rule: str = "") -> bool:
    # (one Chinese codec read as the other gives common characters already: what it gains is the
    # most frequent ones, 的 是 在, which random characters lack)
    gain = (new.frequent / new.cjk - old.frequent / old.cjk if new.cjk and old.cjk else 0.0) if rule in _DBCS \
        else new.share - old.share
    return (new.common >= config.min_chars and gain >= (config.min_frequent if rule in _DBCS else config.min_gain)
            and new.frequent >= (config.min_frequent * new.cjk if new.cjk >= config.frequent_from
                                 else config.min_frequent_short))


def reread(rule: str, value: str, config: MojibakeConfig | None = None) -> str:
    """``value`` under the misreading ``rule`` found on its page: every stretch of it that reads
    better (too short to decide on by itself, it follows the page)."""
    out: list[str] = []
    pos = 0
    for start, end, new in _units(rule, value, gb18030=False):
        run = value[start:end]
        before, after = _Counts.of(run), _Counts.of(new)
        if _decides(before, after, config or MojibakeConfig()) or _follows(rule, run, new, before, after) or (
                after.common and after.lost <= after.cjk):
            out += [value[pos:start], new]
            pos = end
    return "".join(out) + value[pos:]


# characters nearly every Chinese page holds, in either script
_EVERYDAY = re.compile("[的是在了不和有人这這中大为為国國会會]")
_SAMPLE_WINDOWS, _WINDOW_CHARS = 8, 4096


def may_be_misread(text: str) -> bool:
    """A cheap look before :func:`read_again` on a whole page's markup: whether Latin-1 letters
    and rare ideographs outnumber the everyday characters (的, 是, 在 ...) in a sample of it.
    Genuine Chinese has several everyday characters to each rare one; a page read in the wrong
    encoding has Latin letters or rare characters throughout (and its everyday characters only
    by chance, or in a genuine footer)."""
    if len(text) > _SAMPLE_WINDOWS * _WINDOW_CHARS:
        step = len(text) // _SAMPLE_WINDOWS
        text = "".join(text[i:i + _WINDOW_CHARS] for i in range(0, len(text), step))
    odd = len(_misread_signs().findall(text))
    return odd > len(_EVERYDAY.findall(text))


def read_again(text: str, config: MojibakeConfig | None = None) -> tuple[str, str | None]:
    """``text`` with the misreading found on it undone, and that misreading's rule (or None).
    For a page's decoded markup, before any extraction: HTML whose text was stored misread
    (a double encoding) has nothing that looks like Chinese for an extractor to find."""
    changes = mojibake_changes(text, config)
    if not changes:
        return text, None
    parts, pos = [], 0
    for c in sorted(changes):
        parts += [text[pos:c.start], c.after]
        pos = c.end
    return "".join(parts) + text[pos:], changes[0].rule


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
                    new = reread(rule, value, self.config)
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    new = [reread(rule, v, self.config) for v in value]
                if new != value:
                    entry["value"] = new
                    entry["origin"] = f"{entry.get('origin')} + {rule}"
        return doc
