"""The HTML extractor's rule tables (``rules/html_*.tsv``), loaded and compiled once.

The tables use the project's rule-table format and loader (``zhengben.rules``): a malformed
table raises ``RuleTableError`` at load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from zhengben.rules import Row, load_table
from zhengben.rules.prefilter import LiteralFilter

__all__ = [
    "BoilerplateRules",
    "boilerplate_rules",
    "byline_labels",
    "furniture_filter",
    "furniture_lines",
    "load_html_table",
    "title_separators",
]


def load_html_table(name: str) -> tuple[Row, ...]:
    """Rows of ``zhengben/rules/<name>.tsv``: the project's loader (validated, cached)."""
    return load_table(name)


@dataclass(frozen=True)
class BoilerplateRules:
    """Class/id tokens of boilerplate containers, by match kind, each mapped to its rule id."""

    whole: dict[str, str]
    part: dict[str, str]
    prefix: re.Pattern[str]
    prefix_ids: dict[str, str]
    split: re.Pattern[str]
    never: tuple[str, ...] = ()

    def match(self, value: str) -> str | None:
        """Rule id whose token matches a class or id attribute value, or None.

        >>> boilerplate_rules().match("bdsharebuttonbox clearfix")
        'html.boilerplate.share'
        >>> boilerplate_rules().match("article-content") is None
        True
        """
        for name in value.lower().split():
            if name.startswith(self.never):
                continue  # footnotes: the article's own, though they start like a footer
            rid = self.whole.get(name)
            if rid:
                return rid
            for part in self.split.split(name):
                if not part:
                    continue
                rid = self.part.get(part)
                if rid:
                    return rid
                m = self.prefix.match(part)
                if m:
                    return self.prefix_ids[m.group(0)]
        return None


@cache
def boilerplate_rules() -> BoilerplateRules:
    whole: dict[str, str] = {}
    part: dict[str, str] = {}
    prefix_ids: dict[str, str] = {}
    never: dict[str, str] = {}
    for row in load_html_table("html_boilerplate"):
        target = {"whole": whole, "part": part, "prefix": prefix_ids, "never": never}.get(row["match"])
        if target is None:
            raise ValueError(f"html_boilerplate.tsv {row['id']}: unknown match {row['match']!r}")
        for tok in row["tokens"].split("|"):
            target[tok] = row["id"]
    alternation = "|".join(sorted(map(re.escape, prefix_ids), key=len, reverse=True))
    return BoilerplateRules(whole, part, re.compile(alternation), prefix_ids, re.compile(r"[-_]"), tuple(never))


@cache
def title_separators(rank: int = 2) -> re.Pattern[str]:
    """One regex splitting a page title into its title and site/channel segments: the
    separators of ``rank`` (1: what follows is a blog and its platform; 2: every other)."""
    return re.compile("|".join(f"(?:{r['pattern']})" for r in load_html_table("html_title") if int(r["rank"]) == rank))


@cache
def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` only: a ``|`` inside ``[…]`` or ``(…)`` or escaped
    is part of its label (``文\\s?[/／|｜]`` is one label, ``(?:发帖人|楼主)(?=[:：])`` another).

    >>> _top_level_alternatives(r"文[/|｜]|(?:楼主|博主)(?=[:：])|作者")
    ['文[/|｜]', '(?:楼主|博主)(?=[:：])', '作者']
    """
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def byline_labels() -> dict[str, tuple[tuple[str, str], ...]]:
    """Field (author/editor/source) mapped to its (rule id, label) pairs, longest label first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_html_table("html_byline"):
        for label in _top_level_alternatives(r["labels"]):
            out.setdefault(r["field"], []).append((r["id"], label))
    return {k: tuple(sorted(v, key=lambda p: -len(p[1]))) for k, v in out.items()}


@cache
def furniture_lines() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(rule id, action, pattern) of in-article furniture lines: ``drop`` (a short line goes),
    ``cut`` (the article ends there), ``note`` (the line goes, however long), ``lead`` (a line
    before the article's text goes)."""
    return tuple((r["id"], r["action"], re.compile(r["pattern"])) for r in load_html_table("html_lines"))


@cache
def furniture_filter() -> LiteralFilter:
    """The literals the rules of :func:`furniture_lines` need, ``needs`` in their order
    (``rules.prefilter``): a rule none of whose literals a line holds cannot match it."""
    return LiteralFilter([pattern for _, _, pattern in furniture_lines()])
