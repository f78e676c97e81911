"""Vocabulary tables matched with Aho-Corasick (``ahocorasick-rs``), in both scripts.

Tables are written in simplified; each term is also indexed in its OpenCC traditional forms
(``s2t``, ``s2tw``, ``s2hk``) so that a traditional page needs no conversion to be matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import ahocorasick_rs

from zhengben.repair.script import converter
from zhengben.rules import Row, load_table

__all__ = ["Hit", "Vocabulary", "guard_words", "operator_names", "term_forms", "vocabulary"]

Hit = tuple[int, int, Row]
# ASCII-only lower-casing keeps offsets exact (str.lower can change a string's length).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Vocabulary:
    """Leftmost-longest, non-overlapping matches of a table's terms (case-insensitive)."""

    def __init__(self, rows: tuple[Row, ...], column: str = "term") -> None:
        forms: dict[str, Row] = {}
        for row in rows:
            term = row[column].translate(_ASCII_LOWER)
            for form in {term, *(converter(c).convert(term) for c in ("s2t", "s2tw", "s2hk"))}:
                forms.setdefault(form, row)
        self._patterns = list(forms)
        self._rows = [forms[p] for p in self._patterns]
        # a DFA: the same matches as the default automaton, about twice as fast on a page (tables are small)
        self._ac = ahocorasick_rs.AhoCorasick(self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                              implementation=ahocorasick_rs.Implementation.DFA)
        # no match can cross a newline (nor be empty): one pass over joined lines is each line's own pass
        self.line_safe = all(p and "\n" not in p for p in self._patterns)

    def find(self, text: str) -> list[Hit]:
        rows = self._rows
        return [(s, e, rows[i]) for i, s, e in self._ac.find_matches_as_indexes(_lower(text))]

    def find_lines(self, lines: Sequence[str]) -> dict[int, list[Hit]]:
        """``find`` of each line that has hits (line index -> hits, in line order), in one pass
        over the lines joined.

        Leftmost-longest matching restarts at each newline when no term holds one, so the hits of
        the joined text are exactly each line's hits, shifted; each line is lower-cased on its own
        as ``find`` would."""
        text = "\n".join(lines)
        joined = text.lower()  # each line's own lower(): str.lower maps a character by itself, and
        # a final sigma's context stops at a newline as at either end of a line
        if len(joined) != len(text):
            joined = "\n".join(_lower(line) for line in lines)
        if not self.line_safe or joined.count("\n") != len(lines) - 1:  # a line holds a newline
            return {i: hits for i, line in enumerate(lines) if (hits := self.find(line))}
        out: dict[int, list[Hit]] = {}
        rows = self._rows
        i, base, end = 0, 0, len(lines[0]) if lines else 0
        for k, s, e in self._ac.find_matches_as_indexes(joined):
            while s > end:  # the hit lies past line i (and its newline)
                i += 1
                base = end + 1
                end = base + len(lines[i])
            out.setdefault(i, []).append((s - base, e - base, rows[k]))
        return out


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
        lowered = text.translate(_ASCII_LOWER)
    return lowered


@cache
def vocabulary(table: str) -> Vocabulary:
    """The cached matcher of a vocabulary table (``spam_vocab``, ``regional_vocab``)."""
    return Vocabulary(load_table(table))


@cache
def term_forms(table: str, column: str = "term", where: tuple[str, str] | None = None) -> frozenset[str]:
    """Every term of a table (of its rows whose column ``where[0]`` holds ``where[1]``) in every
    script it is written in (simplified, ``s2t``, ``s2tw``, ``s2hk``, and 台 for 臺), for lookups
    of a whole word rather than matches in running text.

    >>> {"北京", "臺北", "台北"} <= term_forms("places", "place")
    True
    """
    out: set[str] = set()
    for row in load_table(table):
        if where is not None and row[where[0]] != where[1]:
            continue
        term = row[column]
        for form in {term, *(converter(c).convert(term) for c in ("s2t", "s2tw", "s2hk"))}:
            out.update((form, form.replace("臺", "台")))
    return frozenset(out)


@cache
def guard_words() -> tuple[str, ...]:
    """The enforcement and reporting words (``guard`` rows of ``rules/spam_brands.tsv``) in every
    script: a line that holds one reports on spam rather than carrying it."""
    return tuple(sorted(term_forms("spam_brands", where=("kind", "guard"))))


@cache
def operator_names() -> tuple[str, ...]:
    """Casino operators and places that genuine news names (``needs_web`` rows of
    ``rules/spam_brands.tsv``: 威尼斯人, 银河), in every script."""
    return tuple(sorted(term_forms("spam_brands", where=("strength", "needs_web"))))
