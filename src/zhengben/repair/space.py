"""Whitespace repairs: line endings, NBSP, zero-width and other invisible characters, soft
hyphens, spaced-out lines.

The first four are always safe. A spaced-out line (``新 华 社 北 京 7 月 21 日 电``: a scraper or
a spam farm set every character apart, with spaces or ideographic spaces) is told by its
numbers (``SpaceConfig``): many spaces between CJK characters and few CJK characters written
together. On such a line only, a single
space with CJK (or a full-width mark) on one side and CJK, a mark, a digit or ASCII punctuation
on the other is removed; spaces next to Latin words stay (``使用 Python 编程``).

A flattened page (its line breaks lost, each paragraph still opening with the ideographic
indent ``　　``) is one long line with indents inside it: a line break is put back before each
inner indent (``space.indent_break``), so lines can be labelled again. A hard-wrapped page
(a text dump that cut every line at one width) has its wraps joined (``space.hard_wrap``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from zhengben.config import SpaceConfig
from zhengben.document import Change, Document
from zhengben.rules import reasons
from zhengben.text import CJK_CLASS, CJK_MARKS, line_end

__all__ = ["NormalizeSpace", "hard_wraps"]

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# other invisible format characters that no Chinese text needs (direction marks and embeddings,
# invisible operators, the grapheme joiner, the Mongolian vowel separator, the Hangul filler,
# variation selectors, last here): removed where they touch CJK (a variation selector only after
# it: ❤️ before a word keeps its own), so an Arabic, Hebrew or emoji sequence elsewhere keeps them
_FORMAT = "\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069\u034f\u180e\u3164"
_INVISIBLE = f"{_FORMAT}\ufe00-\ufe0f"
_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("space.crlf", re.compile(r"\r\n?"), "\n"),
    ("space.nbsp", re.compile("[\u00a0\u2007\u202f]"), " "),
    ("space.soft_hyphen", re.compile("\u00ad"), ""),
    ("space.zero_width", re.compile(f"[{_ZERO_WIDTH}]"), ""),
    ("space.invisible", re.compile(f"(?<=[{CJK_CLASS}{CJK_MARKS}{_ZERO_WIDTH}{_INVISIBLE}])[{_INVISIBLE}]"
                                   f"|[{_FORMAT}](?=[{CJK_CLASS}{CJK_MARKS}{_ZERO_WIDTH}{_INVISIBLE}])"), ""),
)
# (one or two: four after 。 are a paragraph's indent on a flattened page, which stays a space)
_NBSP_AFTER_MARK = re.compile(f"(?<=[，。；：！？、])[\u00a0\u2007\u202f]{{1,2}}(?=[{CJK_CLASS}])")
# ... and plain spaces after a mark inside a sentence (，&nbsp; decoded): the mark carries its own
# space. After 。！？ a space can be a flattened page's paragraph break (…饮用。 铁观音属性介绍), and on
# a spaced-out line the cjk_gap rule measures the gaps
_SPACE_AFTER_MARK = re.compile(f"(?<=[，；：、]) {{1,2}}(?=[{CJK_CLASS}\u2e80-\u2fdf“「『《（])")
# a line of code (print("你好，  世界")): its string literals keep their spaces
_CODE_LINE = re.compile(r"[A-Za-z_]\w*\(|[\"'`]|[=;{}]")


_ANY = re.compile(f"[\r\u00a0\u2007\u202f\u00ad{_ZERO_WIDTH}{_INVISIBLE}]")
# four CJK characters set apart by single spaces (ASCII or ideographic): the cheap sign that a
# page may have a spaced line
_SPACE = " \u3000"
# ideographs, and the radicals a farm draws them with (⼈ for 人: repair.glyphs mends them next),
# so a spaced line is measured the same before that repair and after it
_HAN = f"{CJK_CLASS}\u2e80-\u2fdf"
_SPACE_CHARS = (" ", "\u3000")
_SPACED_HINT = re.compile(f"[{_HAN}][{_SPACE}][{_HAN}][{_SPACE}][{_HAN}][{_SPACE}][{_HAN}]")
_GAP = re.compile(f"(?<=[{_HAN}])[{_SPACE}](?=[{_HAN}])")
_JOINED = re.compile(f"[{_HAN}](?=[{_HAN}])")
_SIDE = f"{_HAN}{CJK_MARKS}"
_JOINABLE = f"{_SIDE}0-9\uff10-\uff19,.;:!?()\"'%"
_INDENT = re.compile("(?<=[^\u3000])\u3000{2,}")
_REMOVABLE = re.compile(f"(?<=[{_SIDE}])[{_SPACE}](?=[{_JOINABLE}])|(?<=[{_JOINABLE}])[{_SPACE}](?=[{_SIDE}])")
_ASCII_GAP = re.compile(f"(?<=[{_HAN}]) (?=[{_HAN}])")
_ASCII_REMOVABLE = re.compile(f"(?<=[{_SIDE}]) (?=[{_JOINABLE}])|(?<=[{_JOINABLE}]) (?=[{_SIDE}])")
_PROSE_MARK = re.compile("[，。；！？]")
# a line break inside a reading after a character (广场(chǎn⏎g), 广场(⏎chǎng)): a wrap at a width
# that fell in the bracket; the reading is whole again, and repair.ruby decides on it as on any
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_READING_BREAK = re.compile(f"([(（][{_PINYIN}]{{0,6}})\n([{_PINYIN}]{{0,6}}[)）])")
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
# (lower-case letters with a tone mark: New⏎York, oh⏎yeah, A⏎B are a writer's words wrapped)
_TONE_MARK = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def spaced_out(text: str, config: SpaceConfig, why: str, breaks: Sequence[int] = ()) -> list[Change]:
    """Changes removing the single spaces next to CJK on every spaced-out line of ``text``.
    ``breaks`` are the offsets where line breaks are about to go in (a flattened page's indents):
    each piece is measured as the line it becomes, so that restoring the result again, which
    has those breaks, decides the same (a spaced line glued before spam measures as spaced)."""
    out: list[Change] = []
    for pos, line in _pieces(text, breaks):
        # ideographic spaces count only on a line of prose: padded names and form fields
        # (王　军　李　明, 姓　名：张　三) set characters apart with them too
        prose = _PROSE_MARK.search(line) is not None
        gaps = len((_GAP if prose else _ASCII_GAP).findall(line))
        if gaps >= config.spaced_min_gaps and gaps >= config.spaced_gap_ratio * len(_JOINED.findall(line)):
            out.extend(Change(pos + m.start(), pos + m.end(), "", "space.cjk_gap", why)
                       for m in (_REMOVABLE if prose else _ASCII_REMOVABLE).finditer(line)
                       if line[m.start() - 1:m.start()] not in _SPACE_CHARS
                       and line[m.end():m.end() + 1] not in _SPACE_CHARS)  # one space only (not an indent)
    return out


def _pieces(text: str, breaks: Sequence[int]) -> Iterator[tuple[int, str]]:
    """(offset, text) of each line of ``text``, lines also cut at the offsets in ``breaks``."""
    cuts = sorted(breaks)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        start = pos
        for cut in cuts:
            if start < cut < end:
                yield start, text[start:cut]
                start = cut
        yield start, text[start:end]
        pos = end + 1


def indent_breaks(text: str, config: SpaceConfig, why: str) -> list[Change]:
    """Line breaks put back before the paragraph indents inside a long flattened line."""
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        # a line that opens with an indent, of any length, needs only one more after a sentence's
        # end to be two paragraphs flattened into one (an indent, …扩展至128K。, an indent, 据介绍…)
        opened = line.startswith("\u3000\u3000")
        if len(line) >= config.indent_line_min_chars or opened:
            found = list(_INDENT.finditer(line))
            if (len(line) >= config.indent_line_min_chars and len(found) >= config.indent_min_breaks) or (
                    opened and found and all(line[m.start() - 1] in "。！？”」" for m in found)):
                out.extend(Change(pos + m.start(), pos + m.start(), "\n", "space.indent_break", why) for m in found)
        pos += len(line) + 1
    return out


# an editor credit printed at the end of the story's last sentence, in brackets
# (…获得感。（责任编辑：王晓燕）, …（完）【编辑：王琴】, CNA's …措施。（編輯：林克倫）1130822 with its
# date code) or, labelled 责任编辑 in full, after a space:
# it goes on a line of its own so the line labeller reads it as the editor line it is (a credit
# inside a sentence is left alone)
_CREDIT_LABEL = "(?:责任编辑|責任編輯|责编|責編|编辑|編輯|值班编辑|值班編輯|本文编辑|本文編輯|本期编辑|本期編輯)"
_CREDIT_TAIL = re.compile(
    "(?:(?<=[。！？!?”」』])|(?<=[（(]完[）)]))[ \u3000]*(?=[（(【\\[〔][ \u3000]*" + _CREDIT_LABEL
    + "[ \u3000]*[:：][ \u3000]*[^\\s（）()【】〔〕\\[\\]。，；！？:：]{1,8}"
    + "(?:[ \u3000]+[^（）()【】〔〕\\[\\]。，；！？\\n]{1,20})?[ \u3000]*[）)】\\]〕](?:[ \u3000]*\\d{7})?[ \u3000]*$)"
    "|(?<=[。！？!?”」』])[ \u3000]+(?=(?:责任编辑|責任編輯)[:：][ \u3000]*[^\\s，。；！？]{2,8}[ \u3000]*$)",
    re.M,
)


# a page's own dateline printed after the last sentence of a brief in one block (a video page's
# <span>brief</span><span>发布时间：2023年10月28日 14:20</span><span>来源：…</span>): it goes on a
# line of its own so it is read as the dateline; a full date labelled as the publish time (a
# bare 时间 only with a source or author after it: a meeting's time is no dateline) ends the line
_META_DATE = ("[:：][ \u3000]*\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)"
              "(?:[ \u3000]*\\d{1,2}:\\d{2}(?::\\d{2})?)?")
_META_BY = "[ \u3000|｜]*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯)[:：][^。！？\\n:：]{1,30}"
_META_LABEL = re.compile("(?:时间|時間|日期)[:：]")  # what _META_TAIL needs, found fast
_META_TAIL = re.compile(
    "(?<=[。！？!?”」』])[ \u3000]*(?=(?:(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|发表时间|發表時間)"
    + _META_DATE + f"(?:{_META_BY}){{0,3}}|(?:时间|時間){_META_DATE}(?:{_META_BY}){{1,3}})[ \u3000]*$)",
    re.M,
)


def meta_breaks(text: str, why: str) -> list[Change]:
    """Line breaks put before a labelled publish date (and source) that closes a line of prose."""
    return [Change(m.start(), m.end(), "\n", "space.meta_break", why) for m in _META_TAIL.finditer(text)]


# a photo caption with its credit glued to the paragraph after it (图为活动现场。（记者 张力 摄）本报讯…):
# a line break after the credit, so the caption is read as one and the paragraph stays text; not
# where a mark or a clause of two characters follows the credit (图为作品之一（李明 摄），作者…,
# 图为新馆外景（张力 摄）时，… are one sentence)
_CAPTION_CREDIT = re.compile(r"^[ \u3000]*(?:图为|圖為|图片为|圖片為|图[:：]|圖[:：])[^\n()（）]{2,80}"
                             r"[（(][^()（）\n]{1,16}?[摄攝][)）]"
                             r"(?=[ \u3000]*(?![^\n，。]{0,2}[，。])[^\s，。、；：！？,.;:!?)）][^\n]{9,})", re.M)


def credit_breaks(text: str, why: str) -> list[Change]:
    """Line breaks put before an editor credit that closes a line of prose."""
    return [Change(m.start(), m.end(), "\n", "space.credit_break", why) for m in _CREDIT_TAIL.finditer(text)]


# a line that ends a sentence, or a teaser cut short ("下面小编为大.......")
_SENTENCE_END = re.compile("(?:[。！？!?…]|\\.{2,})[”’」』）)]?\\s*$")
# a clause mark; a period, comma or colon between digits is a number's (3.12, 1,200, 1:0)
_CLAUSE = re.compile(r"[，。、；：！？;!?]|(?<!\d)[,.:]|[,.:](?!\d)")
# a list row: a short label and a colon, a number or a bullet first ("第一台：", "189期：", "1."),
# not a score (帮助球队1:0领先: a digit right before the colon)
_ITEM_START = re.compile(r"\s*(?:[^\s，。：:,]{0,7}[^\s，。：:,\d][:：]|\d+[.、)）]|[•·●○■□◆◇★☆▲△▶►\-*]\s)")
# a short label awaiting what follows it (分享到：, 责任编辑：), or one before a row of items set apart
# by spaces (分享：  微信  微博): a line of chrome, never a wrap's continuation
_LABEL_ONLY = re.compile(r"[^\s，。：:]{1,8}[:：](?:\s*[^\s，。：:]{1,8}(?:\s+[^\s，。：:]{1,8}){0,7})?")
# a list item's date stamp at a line's end (…收费 2024-05-12, …工作  (03-16)): two such lines in a row
# are a list's items, not pieces of a wrapped paragraph (one alone can be a wrap's cut)
_DATED_END = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[(（\[]\d{1,2}[-/.]\d{1,2}[)）\]])\s*$")
# columns aligned with runs of spaces or tabs inside a line: a table's row, not wrapped prose
_ALIGNED = re.compile(r"\S(?: {2,}|\t)\S")
def _columns(line: str) -> int:
    """Display width as a text dump in a CJK locale counts it: two columns for every non-ASCII
    character (CJK, full-width forms, and the ambiguous-width “” and …), one for ASCII.

    >>> _columns("新华社 AP"), _columns("（１）“好”")
    (9, 12)
    """
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def hard_wraps(text: str, config: SpaceConfig, why: str) -> list[Change]:
    """The line breaks of a hard-wrapped page (a text dump cut every line at one width).

    The width is the page's own: the most common length (in characters, or in display
    columns) of lines that run on into another line. Only when enough such lines share it
    is a break after a line of that width a wrap: it goes, and its two lines join (with a
    space between Latin letters). A break after a shorter line, or before an indent, ends
    a paragraph and stays.
    """
    lines = text.split("\n")
    runs_on = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    # a line shorter than half the least width (in columns) is no wrap in either measure: most
    # pages stop here, on their short lines
    long = [i for i in runs_on if len(lines[i]) >= config.wrap_min_width // 2]
    if len(long) < config.wrap_min_lines or len(long) * 2 < len(runs_on):
        return []
    best: tuple[int, int, bool] | None = None  # (count, width, in columns)
    for columns in (False, True):
        floor = config.wrap_min_width if columns else config.wrap_min_width // 2
        counts = Counter(w for i in long if (w := _columns(lines[i]) if columns else len(lines[i])) >= floor)
        for top in counts:
            near = sum(counts.get(top - k, 0) for k in range(config.wrap_slack + 1))
            if near >= config.wrap_min_lines and near * 2 >= len(runs_on) and (
                    best is None or (near, top) > best[:2]):
                best = (near, top, columns)
    if best is None:
        return []
    _, width, columns = best
    measured = {i: _columns(lines[i]) if columns else len(lines[i]) for i in runs_on}
    full = [i for i in runs_on if width - config.wrap_slack <= measured[i] <= width]
    # a wrap cuts a sentence anywhere: full lines seldom end one, seldom repeat, and the lines
    # after them do not open like list items (equal-length rows of results or lineups do)
    ends = sum(_SENTENCE_END.search(lines[i]) is not None for i in full)
    items = sum(_ITEM_START.match(lines[i + 1]) is not None for i in full)
    prose = sum(_CLAUSE.search(lines[i]) is not None for i in full)
    aligned = sum(_ALIGNED.search(lines[i].strip()) is not None for i in full)
    # (one may end a sentence by chance: a short page has only a few full lines)
    if (ends - 1 > config.wrap_max_share * len(full) or items > config.wrap_max_share * len(full)
            or aligned > config.wrap_max_share * len(full)
            or len({lines[i] for i in full}) < len(full) * (1 - config.wrap_max_share)
            or prose < config.wrap_min_prose_share * len(full)):
        return []
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Change] = []
    for i in full:
        nxt = lines[i + 1]
        listed = _DATED_END.search(lines[i]) and (_DATED_END.search(nxt) or (i and _DATED_END.search(lines[i - 1])))
        if nxt.startswith(("\u3000", "  ", "\t")) or _LABEL_ONLY.fullmatch(nxt.strip()) or listed:
            continue  # an indent opens a paragraph; a label alone (分享到：) is chrome, no wrapped text
        if measured[i] < width and _SENTENCE_END.search(lines[i]):
            continue  # a sentence ending short of the width ends its paragraph (one at the width may not)
        at = starts[i] + len(lines[i])
        # a line short of the width broke at a space between Latin words (put it back); one at
        # the width was cut mid-word or mid-URL (join without)
        latin = lines[i][-1:].isascii() and lines[i][-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum()
        out.append(Change(at, at + 1, " " if latin and measured[i] < width else "", "space.hard_wrap", why))
    return out


class NormalizeSpace:
    """Normalise line endings, invisible spaces, spaced-out and flattened lines; each change is an edit."""

    name = "repair.space"

    def __init__(self, config: SpaceConfig | None = None) -> None:
        self.config = config or SpaceConfig()

    def __call__(self, doc: Document) -> Document:
        """Three passes, each measuring the text the one before left: invisible characters and
        line endings first (a zero-width space hides a gap from the spaced-out count), then
        spaced-out lines and flattened indents, then hard wraps."""
        why = reasons()
        if _ANY.search(doc.text) is not None:
            text = doc.text
            # no-break spaces after a full-width mark, before CJK: &nbsp; debris, not a space
            gone = {k for m in _NBSP_AFTER_MARK.finditer(text) for k in range(*m.span())}
            doc.apply(sorted([*(Change(m.start(), m.end(), "", "space.nbsp_after_mark", why["space.nbsp_after_mark"])
                                for m in _NBSP_AFTER_MARK.finditer(text)),
                              *(Change(m.start(), m.end(), repl, rule, why[rule])
                                for rule, pattern, repl in _PATTERNS for m in pattern.finditer(text)
                                if m.start() not in gone)]))
        text = doc.text
        found: list[Change] = []
        if "\u3000\u3000" in text and _INDENT.search(text) is not None:
            found.extend(indent_breaks(text, self.config, why["space.indent_break"]))
        if _SPACED_HINT.search(text) is not None:
            found.extend(spaced_out(text, self.config, why["space.cjk_gap"], [c.start for c in found]))
        if any(f"{mark} " in text for mark in "，；：、"):
            gaps = {c.start for c in found if c.rule == "space.cjk_gap"}
            found.extend(Change(m.start(), m.end(), "", "space.after_mark", why["space.after_mark"])
                         for m in _SPACE_AFTER_MARK.finditer(text) if not gaps.intersection(range(*m.span()))
                         and not _CODE_LINE.search(text, text.rfind("\n", 0, m.start()) + 1, line_end(text, m.end())))
        if ("编" in text or "編" in text) and _CREDIT_TAIL.search(text) is not None:
            credits = credit_breaks(text, why["space.credit_break"])
        else:
            credits = []
        if _META_LABEL.search(text) is not None:
            credits.extend(meta_breaks(text, why["space.meta_break"]))
        if "摄" in text or "攝" in text:
            credits.extend(Change(m.end(), m.end(), "\n", "space.caption_break", why["space.caption_break"])
                           for m in _CAPTION_CREDIT.finditer(text))
        found.extend(c for c in credits if not any((f.start < c.end and c.start < f.end) or f.start == c.start
                                                   for f in found))
        if found:
            doc.apply(sorted(found))
        if doc.text.count("\n") >= self.config.wrap_min_lines:
            wraps = hard_wraps(doc.text, self.config, why["space.hard_wrap"])
            if wraps:
                doc.apply(wraps)
        # (after the hard wraps, measured on the widths the page has: a break left in a reading is
        # one a wrap at no fixed width put there)
        # (the bracket first, the character before it checked after: a pattern opening with a
        # look-behind is tried at every position of every page)
        text = doc.text
        split = [Change(m.end(1), m.end(1) + 1, "", "space.reading_break", why["space.reading_break"])
                 for m in _READING_BREAK.finditer(text)
                 if m.start() > 0 and _CJK_CHAR.match(text, m.start() - 1) and _TONE_MARK.search(m.group(0))]
        if split:
            doc.apply(split)
        return doc
