"""HTML character references in scraped text: decoded once, with an edit; HTML source left alone."""

from __future__ import annotations

from zhengben import replay, restore
from zhengben.document import Document
from zhengben.repair.entities import decode_entities


def _decoded(text: str) -> str:
    doc = Document.from_text(text)
    doc.apply(decode_entities(text))
    assert replay(doc.original, doc.edits) == doc.text
    return doc.text


def test_references_decode_and_spaces_come_out_plain() -> None:
    assert _decoded("图书&#12290;开放&#x3002;A&amp;B&nbsp;C") == "图书。开放。A&B C"


def test_repeated_escapes_are_undone_in_one_edit() -> None:
    text = "他说&amp;quot;好&amp;amp;quot;"
    assert len(decode_entities(text)) == 2
    assert _decoded(text) == '他说"好"'


def test_what_is_not_a_complete_reference_stays() -> None:
    for text in ["AT&T 与 M&M's", "&nbsp 没有分号", "&unknownname;", "换行&#10;字符", "&#0;"]:
        assert _decoded(text) == text


def test_html_source_is_left_alone() -> None:
    assert decode_entities("<p>空格写作&nbsp;</p>") == []


def test_restoring_twice_changes_nothing() -> None:
    once = restore("新闻&amp;nbsp;正文&#65292;第二句&#12290;").text
    assert once == "新闻 正文，第二句。"
    assert restore(once).text == once
