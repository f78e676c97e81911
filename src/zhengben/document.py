"""The one record model: a document, its lines, its edits, and the drop.

Every change to a document's text is an :class:`Edit` in *original* coordinates, so that
``replay(doc.original, doc.edits) == doc.text`` holds after every step. Steps work on the
current text and hand their edits to :meth:`Document.apply`, which composes them with the
edits made so far: an edit that touches text an earlier edit produced absorbs that edit
(kept in ``parts`` for the audit trail), so the top-level list stays sorted and disjoint.

    >>> doc = Document.from_text("協(xié)商,")
    >>> doc.apply([Change(1, 6, "", "ruby.pinyin.marked", "reading removed")])
    >>> doc.apply([Change(0, 2, "协商", "script.t2s", "converted")])
    >>> doc.text, replay(doc.original, doc.edits) == doc.text
    ('协商,', True)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, islice
from operator import add, sub
from typing import Any, NamedTuple

from zhengben.errors import ReplayError

__all__ = ["Change", "Document", "Drop", "Edit", "Line", "original_span", "original_spans", "replay"]


class Edit(NamedTuple):
    """One change: ``original[start:end]`` (== ``before``) became ``after``.

    ``parts`` holds the edits this one absorbed (for example ruby removed inside a line that
    was later dropped whole), then the step's own change; they explain, the top-level edit
    replays. A part's offsets are where its step saw the text, so only the top level is
    guaranteed to be in original coordinates.
    """

    start: int
    end: int
    before: str
    after: str
    rule: str
    reason: str
    parts: tuple[Edit, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start, "end": self.end, "before": self.before, "after": self.after,
            "rule": self.rule, "reason": self.reason,
        }
        if self.parts:
            out["parts"] = [p.as_dict() for p in self.parts]
        return out


class Change(NamedTuple):
    """A step's edit in *current*-text coordinates: ``text[start:end]`` becomes ``after``."""

    start: int
    end: int
    after: str
    rule: str
    reason: str


@dataclass(slots=True)
class Line:
    """One input line: where it is (original offsets), what it was labelled, and why."""

    index: int
    start: int
    end: int
    text: str
    label: str = "body"
    rule: str = "line.body.text"

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class Drop:
    """A document removed from the output, with the rule id that decided it and a detail."""

    doc_id: str
    reason: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"id": self.doc_id, "reason": self.reason, "detail": self.detail}


@dataclass
class Document:
    """A page on its way through the pipeline.

    ``original`` never changes; ``text`` is the current text; ``edits`` turn one into the
    other. ``signals`` are measurements (numbers, flags) that config thresholds turn into
    decisions; ``meta`` holds parsed fields as ``{"value": ..., "origin": rule id or source}``.
    """

    id: str
    original: str
    text: str
    edits: list[Edit] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    signals: dict[str, Any] = field(default_factory=dict)
    decisions: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    # Per-document caches between steps (for example the ruby scan); never written out.
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, doc_id: str = "-", **provenance: Any) -> Document:
        return cls(id=doc_id, original=text, text=text, provenance=dict(provenance))

    def apply(self, changes: Sequence[Change]) -> None:
        """Apply changes (current coordinates, sorted, disjoint) and compose them into ``edits``.

        A change out of order or range raises ``ReplayError`` and leaves the document as it was.
        """
        if not changes:
            return
        self.edits, self.text = _compose(self.original, self.text, self.edits, changes)

    def meta_value(self, name: str) -> Any:
        entry = self.meta.get(name)
        return None if entry is None else entry.get("value")


def replay(original: str, edits: Iterable[Edit]) -> str:
    """Rebuild the output from the original and the edits; raise if they do not fit."""
    out: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or e.end < e.start or original[e.start:e.end] != e.before:
            raise ReplayError(f"edit {e.rule} at {e.start}:{e.end} does not fit the original")
        out.append(original[pos:e.start])
        out.append(e.after)
        pos = e.end
    out.append(original[pos:])
    return "".join(out)


def original_span(edits: Sequence[Edit], start: int, end: int) -> tuple[int, int]:
    """Where a span of the current text came from in the original: a position inside an
    edit's output goes to that edit's start (for ``start``) or end (for ``end``), so a line
    that an inserted line break began starts where the break was put."""
    return _span_from(edits, 0, 0, start, end)


def original_spans(edits: Sequence[Edit], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`original_span` of each of ``spans`` (sorted, not overlapping: a page's lines) in one
    sweep over the edits; one call per line would be quadratic on a page with many of both."""
    out: list[tuple[int, int]] = []
    k = shift = 0
    for start, end in spans:
        while k < len(edits):  # edits wholly before this span's start change only the shift
            e = edits[k]
            o_start = e.start + shift
            if o_start + len(e.after) > start or o_start >= start:
                break
            shift += len(e.after) - (e.end - e.start)
            k += 1
        out.append(_span_from(edits, k, shift, start, end))
    return out


def _span_from(edits: Sequence[Edit], k: int, shift: int, start: int, end: int) -> tuple[int, int]:
    out_start = out_end = None
    for i in range(k, len(edits)):
        e = edits[i]
        o_start = e.start + shift
        o_end = o_start + len(e.after)
        if out_start is None and start < o_end:
            out_start = start - shift if start <= o_start else e.start
        if end <= o_start:
            break
        if end < o_end:
            out_end = e.end
            break
        shift += len(e.after) - (e.end - e.start)
    if out_start is None:
        out_start = start - shift
    if out_end is None:
        out_end = end - shift
    return out_start, max(out_start, out_end)


# ``Edit(...)`` through the tuple constructor: the named tuple's own ``__new__`` is Python code,
# twice as slow, and composing builds one edit per change (hundreds a page).
_new_edit = partial(tuple.__new__, Edit)


def _touches(out_start: int, out_end: int, edit: Edit, cs: int, ce: int) -> bool:
    """Whether a change over ``[cs, ce)`` of the current text touches an edit's output there."""
    if out_start < ce and cs < out_end:
        return True
    if cs == ce:  # an insertion inside an edit's output, or at an insertion's own point
        return out_start < cs < out_end or (out_start == cs and edit[0] == edit[1])
    return out_start == out_end and cs < out_start < ce  # a deletion's point inside the change


def _compose(original: str, current: str, edits: list[Edit],
             changes: Sequence[Change]) -> tuple[list[Edit], str]:
    """Merge current-coordinate changes into original-coordinate edits; also the new text.

    One pass over the changes checks each one (sorted, disjoint, in range: else ``ReplayError``),
    splices the text and places the change among the edits. ``shift[i]`` is how far the current
    text has moved relative to the original before edit ``i``. Edits wholly before a change are
    found by bisection and copied in one slice; a change that touches no edit (most of them)
    becomes one new edit at once. Edits whose output a change touches are merged with it into
    one edit that keeps them in ``parts``; later changes of the same batch that touch those
    edits too join that one merged edit.
    """
    pieces: list[str] = []  # the new text
    pos, size = 0, len(current)
    if not edits:  # first step to change anything: offsets are already original offsets
        fresh: list[Edit] = []
        for c in changes:
            cs, ce, after, rule, reason = c
            if cs < pos or ce < cs or ce > size:
                raise ReplayError(f"change {rule} at {cs}:{ce} is out of order or range")
            pieces += (current[pos:cs], after)
            pos = ce
            fresh.append(_new_edit((cs, ce, original[cs:ce], after, rule, reason, ())))
        pieces.append(current[pos:])
        return fresh, "".join(pieces)
    starts, ends, _, afters, *_ = zip(*edits, strict=True)
    shift = [0, *accumulate(map(sub, map(len, afters), map(sub, ends, starts)))]
    out_start = list(map(add, starts, shift))
    out_end = list(map(add, ends, islice(shift, 1, None)))  # out_start + len(after)
    result: list[Edit] = []
    group: list[Change] = []  # changes merged with edits[first:i], not yet written
    first = i = 0
    n_edits = len(edits)
    for c in changes:
        cs, ce, after, rule, reason = c
        if cs < pos or ce < cs or ce > size:
            raise ReplayError(f"change {rule} at {cs}:{ce} is out of order or range")
        pieces += (current[pos:cs], after)
        pos = ce
        if group:
            if _touches(out_start[i - 1], out_end[i - 1], edits[i - 1], cs, ce):
                group.append(c)  # touches an edit the group already holds: one merged edit
                while i < n_edits and _touches(out_start[i], out_end[i], edits[i], cs, ce):
                    i += 1
                continue
            result.append(_merged(original, current, edits, shift, group, first, i))
            group = []
        # Edits whose output ends before the change starts come first, unchanged. (An edit
        # ending exactly at cs also does, except two insertions at one point: merged.)
        j = bisect_right(out_end, cs, i)
        if cs == ce:
            while j > i and out_end[j - 1] == cs and out_start[j - 1] == cs and edits[j - 1][0] == edits[j - 1][1]:
                j -= 1
        if j > i:
            result += edits[i:j]
            i = j
        # The next edit's output starts after the change (or at its end, the change not being
        # an insertion): nothing touched, by the cases of ``_touches``.
        if i < n_edits and (out_start[i] < ce or (out_start[i] == ce and cs == ce)) and _touches(
                out_start[i], out_end[i], edits[i], cs, ce):
            k = i + 1
            while k < n_edits and _touches(out_start[k], out_end[k], edits[k], cs, ce):
                k += 1
            group, first, i = [c], i, k
        else:
            d = shift[i]
            result.append(_new_edit((cs - d, ce - d, original[cs - d:ce - d], after, rule, reason, ())))
    if group:
        result.append(_merged(original, current, edits, shift, group, first, i))
    result += edits[i:]
    pieces.append(current[pos:])
    return result, "".join(pieces)


def _merged(original: str, current: str, edits: list[Edit], shift: list[int], group: list[Change],
            first: int, stop: int) -> Edit:
    """One edit for the changes of ``group`` and the edits ``edits[first:stop]`` they touch."""
    cs, ce = group[0][0], group[-1][1]
    d = shift[first]
    start = min(edits[first][0], cs - d)
    end = max(edits[stop - 1][1], ce - shift[stop])
    pieces: list[str] = []
    pos = start + d
    own = []
    for c_start, c_end, after, rule, reason in group:
        pieces += (current[pos:c_start], after)
        pos = c_end
        own.append(_new_edit((c_start - d, c_end - d, current[c_start:c_end], after, rule, reason, ())))
    pieces.append(current[pos:end + shift[stop]])
    head = group[0]
    return _new_edit((start, end, original[start:end], "".join(pieces), head[3], head[4],
                      (*edits[first:stop], *own)))
