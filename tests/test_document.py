"""The record model: edits compose into original coordinates and replay exactly."""

from __future__ import annotations

import pytest

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
