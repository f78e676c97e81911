"""Vocabulary tables matched with Aho-Corasick (``ahocorasick-rs``), in both scripts.

Tables are written in simplified; each term is also indexed in its OpenCC traditional forms
(``s2t``, ``s2tw``, ``s2hk``) so that a traditional page needs no conversion to be matched.
"""

from __future__ import annotations

from functools import cache

import ahocorasick_rs

from zhengben.repair.script import converter
from zhengben.rules import Row, load_table

__all__ = ["Hit", "Vocabulary", "vocabulary"]

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
        self._ac = ahocorasick_rs.AhoCorasick(self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def find(self, text: str) -> list[Hit]:
        rows = self._rows
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
            lowered = text.translate(_ASCII_LOWER)
        return [(s, e, rows[i]) for i, s, e in self._ac.find_matches_as_indexes(lowered)]


@cache
def vocabulary(table: str) -> Vocabulary:
    """The cached matcher of a vocabulary table (``spam_vocab``, ``regional_vocab``)."""
    return Vocabulary(load_table(table))
