"""Invariants over generated text (hypothesis): replay, idempotence, clean text, no silent drop."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhengben import Config, Document, MemoryExecutor, default_pipeline, replay, restore
from zhengben.rules import reasons

# Fragments that exercise every step and their interactions.
FRAGMENTS = [
    "中国", "发展", "協(xié)", "商", "創(chuàng)新", "強調(diào)", "字(zi4)", "字（ㄗˋ）", "饕餮(tāo tiè)", "發展",
    "，", "。", ",", ":", ";", "!", "?", "(", ")", "（", "）", "“", "”", "1,000", "18:34", "1-6-6-10",
    "(记者 高峰)", "(2021)", "(Reuters)", " ", "  ", "\u00a0", "\u200b", "\n", "\n\n", "\r\n", "\r",
    "首页>要闻", "分享到:", "编辑:周佳佳", "关键词:一汽 中国", "相关新闻", "1", "2021年07月21日 18:34",
    "来源:人民网", "作者:高峰", "Copyright © 2021", "久草日韩精品在线视频", "无码一区二区", "威尼斯人现金网",
    "臺灣", "軟體", "資訊", "為了", "裡面", "著", "着", "abc", "ABC", "é", "\t", "、", "——", "…",
    "⼈", "\uf967", "<p>", "</p>", "<br />", "　　", "新 华 社 北 京 今 天 电 ", "協xie2", "協 xié ", "專案",
    "獨(\ndú)", "會議指出，要持續推進政務服務標準化、規範化\n",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_replay_reproduces_the_output(text: str) -> None:
    doc = restore(text)
    assert replay(doc.original, doc.edits) == doc.text


@SETTINGS
@given(texts)
@example("，新 华 社 北 京 今 天 电 \u200b中国")  # a zero-width space hid the eighth gap until removed
@example("中国中国中国威尼斯人现金网新 华 社 北 京 今 天 电 新 华 社 北 京 今 天 电 ")  # spam hid a spaced line
@example("威尼斯人现金网关键词:一汽 中国中国中国中国中国新 华 社 北 京 今 天 电 ")  # ... and a keyword line
@example("，新 华 社 北 京 今 天 电 \u2f08")  # a Kangxi radical (⼈) hid the eighth gap until mended
@example("中国中国中国新 华 社 北 京 今 天 电 新 华 社 北 京 今 天 电 中国\u3000\u3000中国Copyright © 2021"
         "久草日韩精品在线视频\u3000\u3000")  # ... and the spam after an indent, until that broke the line
@example(" 无码一区二区中国中国中国中国中国")  # spam words glued to a clause's head, after a space
@example("， \u2f08")  # a space after a mark, before a radical that repair.glyphs mends to 人
@example("威尼斯人现金网新 华 社 北 京 今 天 电 ")  # spam glued before a row of menu-like items
def test_restoring_a_restored_page_changes_nothing(text: str) -> None:
    once = restore(text)
    twice = restore(once.text)
    assert twice.text == once.text
    assert twice.edits == []


@SETTINGS
@given(st.text(max_size=300))
@example(" \x1b")  # a body line that the spam step empties (was two strip edits on one range)
@example("正文一句。\n \x05\x06 \n第二句。")
@example("協(xié)商會議(yì)召開(kāi)，代表們獨(\ndú)立發言。")  # a bracket opened at a line's end: no reading
def test_arbitrary_text_never_raises(text: str) -> None:
    doc = restore(text)
    assert replay(doc.original, doc.edits) == doc.text


@SETTINGS
@given(texts)
def test_line_spans_in_one_sweep_match_one_by_one(text: str) -> None:
    from zhengben.document import original_span, original_spans
    from zhengben.lines.label import split_lines

    doc = restore(text)
    spans = split_lines(doc.text)
    assert original_spans(doc.edits, spans) == [original_span(doc.edits, s, e) for s, e in spans]


SENTENCE = st.lists(st.sampled_from(["今年", "全市", "经济", "稳步增长", "居民", "收入", "持续提高", "，", "、",
                                     "新建", "学校", "医院", "12所", "3.5%", "“民生工程”", "（同比）"]),
                    min_size=4, max_size=20).map(lambda parts: "".join(parts).strip("，、") + "。")
# (paragraphs differ: one repeated word for word is a scrape's defect that line.body.repeat drops)
ARTICLES = st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map("".join), min_size=1, max_size=6,
                    unique=True).map("\n\n".join)


@SETTINGS
@given(ARTICLES)
def test_clean_simplified_text_passes_unchanged(text: str) -> None:
    doc = restore(text)
    assert doc.text == text
    assert doc.edits == []
    assert not doc.decisions["mirror"] and doc.decisions["obfuscations"] == []


@SETTINGS
@given(st.lists(texts, max_size=8))
def test_no_document_is_dropped_without_a_named_reason(pages: list[str]) -> None:
    out = MemoryExecutor(default_pipeline(Config())).run(
        Document.from_text(p, f"doc{i}") for i, p in enumerate(pages))
    assert len(out.kept) + len(out.dropped) == len(pages)
    for drop in out.dropped:
        assert drop.reason in reasons()
    assert sum(v for k, v in out.counters.items() if k.startswith("drop:")) == len(out.dropped)
