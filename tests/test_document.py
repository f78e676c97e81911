"""The record model: edits compose into original coordinates and replay exactly."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengben.document import Change, Document, Edit, replay
from zhengben.errors import ReplayError


def test_replay_applies_edits_in_order() -> None:
    edits = [Edit(0, 1, "協", "协", "script.t2s", "r"), Edit(1, 6, "(xié)", "", "ruby.pinyin.marked", "r")]
    assert replay("協(xié)商", edits) == "协商"


def test_replay_rejects_an_edit_that_does_not_fit() -> None:
    with pytest.raises(ReplayError):
        replay("abc", [Edit(0, 1, "x", "y", "r", "r")])
    with pytest.raises(ReplayError):
        replay("abc", [Edit(1, 2, "b", "", "r", "r"), Edit(0, 1, "a", "", "r", "r")])


def test_steps_compose_into_original_offsets() -> None:
    doc = Document.from_text("協(xié)商,發展")
    doc.apply([Change(1, 6, "", "ruby.pinyin.marked", "reading removed")])
    doc.apply([Change(0, 1, "协", "script.t2s", "t2s"), Change(2, 3, "，", "punct.comma", "comma"),
               Change(3, 5, "发展", "script.t2s", "t2s")])
    assert doc.text == "协商，发展"
    assert [(e.start, e.end, e.rule) for e in doc.edits] == [
        (0, 1, "script.t2s"), (1, 6, "ruby.pinyin.marked"), (7, 8, "punct.comma"), (8, 10, "script.t2s")]
    assert replay(doc.original, doc.edits) == doc.text


def test_an_edit_over_earlier_edits_absorbs_them() -> None:
    doc = Document.from_text("首頁(yè)\n正文")
    doc.apply([Change(2, 6, "", "ruby.pinyin.marked", "r")])
    doc.apply([Change(0, 3, "", "line.nav.short_run", "menu")])
    assert doc.text == "正文"
    (edit,) = doc.edits
    assert (edit.start, edit.end, edit.rule) == (0, 7, "line.nav.short_run")
    assert [p.rule for p in edit.parts] == ["ruby.pinyin.marked", "line.nav.short_run"]
    assert replay(doc.original, doc.edits) == doc.text


def test_insertions_next_to_deletions_keep_their_order() -> None:
    doc = Document.from_text("ab\ncd")
    doc.apply([Change(2, 3, "", "x", "x")])
    doc.apply([Change(2, 2, "\n\n", "y", "y"), Change(2, 3, "C", "z", "z")])
    assert doc.text == "ab\n\nCd"
    assert replay(doc.original, doc.edits) == doc.text


def test_out_of_order_changes_raise() -> None:
    doc = Document.from_text("abc")
    with pytest.raises(ReplayError):
        doc.apply([Change(2, 3, "", "x", "x"), Change(0, 1, "", "x", "x")])


@st.composite
def _batches(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    """A text and up to five batches of sorted, disjoint changes, each batch in the text as it
    will be when the batch is applied (as steps hand them over)."""
    text = draw(st.text(alphabet="ab一\n", max_size=16))
    batches, current = [], text
    for _ in range(draw(st.integers(1, 5))):
        batch, pos = [], 0
        for _ in range(draw(st.integers(0, 6))):
            if pos > len(current):
                break
            s = draw(st.integers(pos, len(current)))
            e = draw(st.integers(s, min(len(current), s + 3)))
            after = draw(st.sampled_from(["", "x", "yz", "二"]))
            if s == e and not after:
                after = "q"
            batch.append((s, e, after))
            pos = e + (s == e)  # two insertions never share a point within one batch
        batches.append(batch)
        current = replay(current, [Edit(s, e, current[s:e], a, "r", "") for s, e, a in batch])
    return text, batches


@given(_batches())
@settings(max_examples=400, deadline=None)
def test_any_sequence_of_batches_replays(case: tuple[str, list[list[tuple[int, int, str]]]]) -> None:
    """Changes that touch the output of earlier edits, several per edit, still replay exactly."""
    text, batches = case
    doc = Document.from_text(text)
    for batch in batches:
        doc.apply([Change(s, e, a, "r", "") for s, e, a in batch])
        assert replay(doc.original, doc.edits) == doc.text
        assert all(a.end <= b.start for a, b in itertools.pairwise(doc.edits))


def test_lines_keep_original_offsets_when_a_repair_adds_line_breaks() -> None:
    """markup.tag and space.indent_break put line breaks back: each line still points at the
    original text it came from (original_span maps through the edits)."""
    from zhengben import restore

    page = ("<h1>江城举办读书节</h1>\n\n2024年04月23日 09:00 来源：江城日报\n\n"
            "<p>本报讯 4月23日，第十届江城读书节开幕。</p><p>读书节期间将举办讲座。</p>\n")
    doc = restore(page)
    texts = [ln.text for ln in doc.lines if ln.label != "blank"]
    assert texts == ["江城举办读书节", "2024年04月23日 09:00 来源：江城日报", "本报讯 4月23日，第十届江城读书节开幕。",
                     "读书节期间将举办讲座。"]
    starts = [ln.start for ln in doc.lines]
    assert starts == sorted(starts) and all(ln.end <= len(page) for ln in doc.lines)
