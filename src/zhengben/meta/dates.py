"""Dates from datelines (``rules/datelines.tsv``) to ISO 8601 with a zone."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from zhengben.rules import compile_pattern, load_table

__all__ = ["find_date"]


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["id"], compile_pattern(r["pattern"])) for r in load_table("datelines"))


def _zone(tz: str | None, default: str) -> str:
    if not tz:
        return default
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


def find_date(text: str, default_offset: str = "+08:00") -> tuple[str, str] | None:
    """The earliest valid date in ``text`` as (ISO 8601 string, rule id), or None.

    >>> find_date("2021年07月21日 18:34  |  作者:高峰")
    ('2021-07-21T18:34:00+08:00', 'date.cjk')
    >>> find_date("2023-10-06") is None
    False
    """
    best: tuple[int, str, str] | None = None
    for rule, pattern in _patterns():
        for m in pattern.finditer(text):
            g = m.groupdict()
            try:
                when = datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0),
                                int(g.get("M") or 0), int(g.get("S") or 0))
            except ValueError:
                continue
            iso = when.isoformat() if g.get("H") else when.date().isoformat()
            if g.get("H"):
                iso += _zone(g.get("tz"), default_offset)
            if best is None or m.start() < best[0]:
                best = (m.start(), iso, rule)
            break
    return None if best is None else (best[1], best[2])
