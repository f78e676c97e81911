"""Dates of datelines, bylines, meta values and URLs to ISO 8601, from one table (``rules/dates.tsv``).

Text pages (``meta.fields``), HTML metadata (``readers.html_meta``) and the line labeller all read
dates with these patterns: 年月日 with 上午/下午, dots, dashes (ISO with zones), slashes,
Chinese numerals, Republic-of-China years, US month/day/year, and URL path forms.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from zhengben.rules import compile_pattern, load_table
from zhengben.rules.prefilter import LiteralFilter
from zhengben.text import fold_label_marks

__all__ = ["UPDATE_LABEL", "all_dates", "date_patterns", "date_patterns_in", "parse_date", "publication_date"]

_CJK_NUM = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9}


@cache
def date_patterns(kind: str = "text") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(rule id, compiled pattern) of the rows of ``kind`` ``text`` or ``url``."""
    return tuple((r["id"], compile_pattern(r["pattern"])) for r in load_table("dates") if r["kind"] == kind)


@cache
def _date_filter(kind: str) -> LiteralFilter:
    return LiteralFilter([pat for _, pat in date_patterns(kind)])


def date_patterns_in(text: str, kind: str = "text") -> list[tuple[str, re.Pattern[str]]]:
    """The rows of :func:`date_patterns` that can match in ``text``, in table order: the others
    need a literal ``text`` does not hold (a year's 19 or 20, a month's name), so their search is
    skipped (most lines searched hold no date at all)."""
    literals = _date_filter(kind)
    present = literals.present(text)
    return [row for row, need in zip(date_patterns(kind), literals.needs, strict=True)
            if need is None or not need.isdisjoint(present)]


def _cjk_number(s: str) -> int:
    if len(s) == 4:  # year digit by digit
        return int("".join(str(_CJK_NUM.get(c, 0)) for c in s))
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CJK_NUM.get(s[1], 0)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CJK_NUM.get(tens, 0) * 10 + (_CJK_NUM.get(ones, 0) if ones else 0)
    return _CJK_NUM.get(s, 0)


def parse_date(text: str, kind: str = "text", default_offset: str = "+08:00",
               day_first: bool = False) -> tuple[str, str, int] | None:
    """First date in ``text``: (ISO 8601 value, rule id, match start), or None.

    A time without a zone gets ``default_offset`` (``+08:00``: the pages are Chinese-language).

    >>> parse_date("发布时间：2023-10-06 09:12:33")[0]
    '2023-10-06T09:12:33+08:00'
    >>> parse_date("2021年07月21日")[0]
    '2021-07-21'
    """
    found = _first(text, kind, default_offset, day_first)
    return None if found is None else found[:3]


def all_dates(text: str, default_offset: str = "+08:00", day_first: bool = False) -> list[tuple[str, str, str]]:
    """Every date in a line of text, in order: (ISO 8601 value, rule id, the text between the
    previous date and this one, where its label stands). A date marked as an update by a word
    after it (CSDN's ``已于 2023-10-08 10:21 修改``) has that word appended to its label.

    >>> [(d[0], d[2]) for d in all_dates("最後更新：2024-08-03 10:00　發佈時間：2024-08-02 09:41")]
    [('2024-08-03T10:00:00+08:00', '最後更新：'), ('2024-08-02T09:41:00+08:00', '發佈時間：')]
    >>> [d[2] for d in all_dates("已于 2023-10-08 10:21:45 修改 于 2023-10-06 09:15:30 首次发布")]
    ['已于 修改', ' 于 ']
    """
    out: list[tuple[str, str, str]] = []
    pos = 0
    while pos < len(text):
        found = _first(text[pos:], "text", default_offset, day_first)
        if found is None:
            break
        value, rule, start, end = found
        label = text[pos:pos + start]
        after = _UPDATED_AFTER.match(text, pos + end)
        out.append((value, rule, label + after.group(1) if after else label))
        pos = after.end() if after else pos + max(end, start + 1)
    return out


# a date the page marks as its last update, not its publication
UPDATE_LABEL = re.compile(
    r"(?:更新|修改|修订|修訂|编辑于|編輯於|Updated|Modified)\s*(?:时间|時間|日期|于|於)?\s*[:：]?\s*$", re.IGNORECASE)
# ... or by 修改 right after it (CSDN's 已于 … 修改); 更新 after a lone date is an old portal's
# publication stamp (2005-01-06 08:13更新), and 编辑 after it the editor's label
_UPDATED_AFTER = re.compile(r"\s*(修改|修订|修訂)(?![\u4e00-\u9fff]{0,2}(?:时间|時間|日期))")


def publication_date(text: str, default_offset: str = "+08:00") -> tuple[str, str] | None:
    """The first date in a dateline that is not marked as an update (``更新时间：``), or the
    update date when it is the only one: (ISO 8601 value, rule id).

    >>> publication_date("更新时间：2024-08-03 10:00　发布时间：2024-08-02 09:41")
    ('2024-08-02T09:41:00+08:00', 'date.iso')
    >>> publication_date("2021年07月21日 18:34  |  作者:高峰")
    ('2021-07-21T18:34:00+08:00', 'date.cjk')
    >>> publication_date("2023/5/6 下午 3:05")
    ('2023-05-06T15:05:00+08:00', 'date.slash')
    """
    updated: tuple[str, str] | None = None
    for value, rule, before in all_dates(text, default_offset):
        if UPDATE_LABEL.search(before):
            updated = updated or (value, rule)
            continue
        return value, rule
    return updated


# English month names, as overseas and bilingual pages print dates (Oct 6, 2023; 6 October 2023)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}




def _first(text: str, kind: str, default_offset: str, day_first: bool = False) -> tuple[str, str, int, int] | None:
    """The earliest date in ``text``: (value, rule id, start, end); full-width digits read as
    ASCII ones (one character for one, so offsets hold). ``day_first``: the page's region writes
    day/month/year (Hong Kong, Singapore, Malaysia, Europe), so ``06/10/2023`` is 6 October."""
    best: tuple[str, str, int, int] | None = None
    text = fold_label_marks(text)
    for rid, pat in date_patterns_in(text, kind):  # (the English rules only with a month's name)
        if rid == "date.day_first_dashes_low" and not day_first:
            continue  # 10-03-2024: which number is the day only the page's region says
        for m in pat.finditer(text):
            g = m.groupdict()
            try:
                if rid.endswith("cjk_numerals"):
                    y, mo, d = _cjk_number(g["y"]), _cjk_number(g["m"]), _cjk_number(g["d"])
                elif g.get("roc"):
                    y = int(g["roc"]) + 1911
                    mo, d = int(g["m"] or g["m2"] or g["m3"]), int(g["d"] or g["d2"] or g["d3"])
                elif g.get("mon"):
                    y, mo, d = int(g["y"]), _MONTHS[g["mon"][:3].lower()], int(g["d"])
                else:
                    y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
                    if day_first and rid == "date.us" and 1 <= d <= 12:
                        mo, d = d, mo  # 10/25/2023 is October whatever the region: no day 25 is a month
            except (TypeError, ValueError):
                continue
            if not 1990 <= y <= 2035:
                continue
            try:
                date(y, mo, d)  # 2023-02-30 is no date
            except ValueError:
                continue
            value = f"{y:04d}-{mo:02d}-{d:02d}"
            if g.get("H") is not None and g.get("M") is not None:
                hour, minute = int(g["H"]), int(g["M"])
                ampm = (g.get("ampm") or g.get("ampm_after") or "").lower()
                afternoon = ampm in {"pm", "下午", "晚上", "晚間", "晚间"} and hour < 12
                if afternoon or (ampm == "中午" and hour < 11):
                    hour += 12
                elif ampm in {"am", "凌晨"} and hour == 12:
                    hour = 0
                if hour > 23:
                    continue
                sec = int(g["S"]) if g.get("S") else 0
                tz = g.get("tz") or default_offset
                if tz != "Z" and ":" not in tz:
                    tz = tz[:3] + ":" + tz[3:]
                value += f"T{hour:02d}:{minute:02d}:{sec:02d}{tz}"
            if best is None or m.start() < best[2]:
                best = (value, rid, m.start(), m.end())
            break
    return best
