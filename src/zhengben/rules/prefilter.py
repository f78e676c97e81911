"""The literals a pattern cannot match without: a cheap test that skips a search bound to fail.

:func:`required_literals` reads a compiled pattern's parse tree (the ``re`` module's own parser)
and returns a set of strings one of which is in every string the pattern finds a match in, or
``None`` when it cannot tell. It only ever answers from what a match must hold: a run of literal
characters in sequence, a small character class, a repeat taken at least once, every branch of an
alternation, a positive lookaround (its text is in the string too). Anything else (a case-folding
flag, a negated class, a category such as ``\\s``, an optional part, a backreference, a negative
lookaround) adds no requirement, so the answer errs only towards running the search. A parse tree
this code does not know gives ``None``: no filter, the same result.

    >>> sorted(required_literals(re.compile(r"^(?:上一页|下一页)[\\]】]?\\s*$")))
    ['上一页', '下一页']
    >>> required_literals(re.compile(r"\\d+年")), required_literals(re.compile("(?i)tags?:"))
    (frozenset({'年'}), None)
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

import ahocorasick_rs

__all__ = ["LiteralFilter", "required_literals"]

# a character class of at most this many characters requires one of them
_MAX_CLASS = 16


class LiteralFilter:
    """One Aho-Corasick automaton over the literals a list of patterns needs: :meth:`present` finds
    the literals a text holds in one pass, and ``needs[k]`` (the numbers of pattern k's literals,
    ``None``: always search) tells whether pattern k can match it at all."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        required = [required_literals(p) for p in patterns]
        literals = sorted({w for need in required if need is not None for w in need})
        number = {w: k for k, w in enumerate(literals)}
        self._finder = ahocorasick_rs.AhoCorasick(literals or [" "], matchkind=ahocorasick_rs.MatchKind.Standard)
        self.needs = tuple(None if need is None else frozenset(number[w] for w in need) for need in required)

    def present(self, text: str) -> set[int]:
        """The numbers of the literals that occur in ``text``, overlapping ones included."""
        return {k for k, _, _ in self._finder.find_matches_as_indexes(text, overlapping=True)}


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every string that ``pattern.search`` matches in holds at least one."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        return _best(_sequence(parser.parse(pattern.pattern, pattern.flags).data, constants))
    except Exception:  # a parse tree of another shape (another Python): no filter
        return None


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """Any candidate is required; the one whose shortest string is longest filters best."""
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s))) if candidates else None


def _sequence(items: list[tuple[Any, Any]], c: Any) -> list[frozenset[str]]:
    """The requirements of a sequence: each one alone holds for every match of the sequence."""
    out: list[frozenset[str]] = []
    run = ""  # literal characters in a row: matched as one string
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        need = _node(op, av, c)
        if need is not None:
            out.append(need)
    if run:
        out.append(frozenset([run]))
    return out


def _node(op: Any, av: Any, c: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags & re.IGNORECASE or del_flags else _best(_sequence(sub.data, c))
    if op is c.ATOMIC_GROUP:
        return _best(_sequence(av.data, c))
    if op is c.ASSERT:  # a lookahead or lookbehind: its text is in the string as well
        return _best(_sequence(av[1].data, c))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _best(_sequence(sub.data, c)) if low >= 1 else None
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            need = _best(_sequence(branch.data, c))
            if need is None:
                return None
            out |= need
        return frozenset(out)
    if op is c.IN:
        chars: set[str] = set()
        for item, arg in av:
            if item is c.LITERAL:
                chars.add(chr(arg))
            elif item is c.RANGE and arg[1] - arg[0] < _MAX_CLASS:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            else:  # a negated class, a category, a wide range
                return None
        return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None
    return None
