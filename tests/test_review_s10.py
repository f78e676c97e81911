"""Pages from session 10's probes and the open checks of session 9's probes. Each test failed
before its fix."""

from __future__ import annotations

import pytest

from zhengben import replay, restore
from zhengben.writers.record import to_record

P1 = "江城日报讯 7月20日，市政府召开常务会议，研究部署城市更新工作。会议要求各地各部门认真抓好落实，确保取得实效。"
P2 = "会议强调，要坚持以人民为中心，切实办好民生实事，确保各项工作取得实效，让群众有更多获得感。"


def _story(tail: str) -> str:
    return f"市政府召开常务会议\n\n2023-07-21 15:20 来源：江城日报\n\n{P1}\n\n{P2}{tail}\n"


@pytest.mark.parametrize(("tail", "editor", "kept"), [
    ("（责任编辑：王晓燕）", "王晓燕", ""),
    ("【编辑：王琴】", "王琴", ""),
    ("(责任编辑:王晓燕)", "王晓燕", ""),
    (" 责任编辑：王晓燕", "王晓燕", ""),
    ("（责任编辑：王晓燕 审核：李四）", "王晓燕", ""),
    ("（完）【编辑：王琴】", "王琴", "（完）"),
])
def test_an_editor_credit_closing_the_last_sentence_is_the_editor(tail: str, editor: str, kept: str) -> None:
    """Portals print the credit at the end of the last paragraph; a scrape that joins the element
    keeps it on the sentence's line (probe s9f). It goes to a line of its own, then to the editor."""
    page = _story(tail)
    doc = restore(page)
    record = to_record(doc)
    assert record["editor"] == editor
    assert record["paragraphs"][-1] == P2 + kept
    assert replay(doc.original, doc.edits) == doc.text
    assert any("space.credit_break" in (e.rule, *(p.rule for p in e.parts)) for e in doc.edits)


@pytest.mark.parametrize("tail", ["（编辑部供稿）", "（编辑：这是一段很长的说明，不是署名）", "（本文来源：新华社）"])
def test_other_closing_brackets_stay_on_the_sentence(tail: str) -> None:
    record = to_record(restore(_story(tail)))
    assert record["editor"] is None
    assert record["paragraphs"][-1] == P2 + tail
