"""The short cuts taken for speed give what the plain forms they replace give."""

from __future__ import annotations

import random

from zhengben.lines import label
from zhengben.meta import dates
from zhengben.readers import html, html_meta

# tokens' characters and their neighbours: ideographs at the class edges, kana, hangul, private
# use (icon fonts), full-width forms, underscores, Unicode letters and digits that \w holds
_CHARS = [chr(c) for c in [*range(0x20, 0x80), 0xA0, 0xB2, 0xC0, 0xE9, 0x130, 0x17F, 0x1C5, 0x2028, 0x3000,
                           0x3001, 0x303F, 0x3040, 0x30FB, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x4DBF, 0x4E00,
                           0x9FFF, 0xA000, 0xAC00, 0xD7AF, 0xD7B0, 0xE000, 0xF8FF, 0xF900, 0xFAFF, 0xFB00,
                           0xFF10, 0xFF21, 0xFF3F, 0x0663, 0x216B, 0x20000]]


def _strings(n: int = 3000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_token_counts_and_keys_match_their_findall_forms() -> None:
    for text in [*_strings(), "新华社北京10月6日电 (记者 王小明)", "abc_def 中文ｘ\ue000y"]:
        found = html._TOKEN.findall(text)
        assert html._count_tokens(text) == len(found)
        assert html._norm_key(text) == "".join(found).lower()
        assert html_meta._key(text) == "".join(html_meta._TOKEN.findall(text)).lower()


def test_script_time_cue_is_in_every_script_time() -> None:
    for code in ['var ct = "1581517074";', '"publish_time": 1581517074', "pubTimeLong:'1581517074000'",
                 "{'pub_time': 1581517074}", 'publishTime="1581517074"', "pubtime=1581517074"]:
        assert html_meta._SCRIPT_TIME.search(code) is not None
        assert html_meta._SCRIPT_TIME_CUE.search(code) is not None


def test_date_rules_skipped_only_where_they_cannot_match() -> None:
    lines = ["发布时间：2023-10-06 09:12", "二〇二〇年二月十九日", "Oct 6, 2023", "6 October 2023", "112年3月5日",
             "來源：中央社", "10月6日 09:12", "16/10/2023", "没有日期的一行", "２０２３年１２月２０日"]
    for kind in ("text", "url"):
        for text in lines:
            kept = dates.date_patterns_in(text, kind)
            for row in dates.date_patterns(kind):
                if row not in kept:
                    assert row[1].search(text) is None


def test_line_rules_picked_by_literals_keep_their_order() -> None:
    views = ["相关新闻", "责任编辑：王小明", "2023-10-06 09:12 来源：新华网", "首页 > 新闻 > 国内", "分享到：",
             "这是一段普通的正文，没有任何特别的地方。", "上一页 下一页", "扫码关注公众号"]
    for fmt in ("text", "html"):
        for view in views:
            index = label._rule_index(fmt, min(len(view), label._longest_limit() + 1))
            present = label._literals_in(view)
            plain = [k for k, (_, _, pattern, needs) in enumerate(index[0])
                     if pattern is None or needs is None or not needs.isdisjoint(present)]
            assert list(label._picked(index, present)) == plain


def test_cell_count_is_the_split_count() -> None:
    for row in ["江南区  优  3.12", "车次 始发站 终到站", "番茄\t2个", "一段没有空格的文字", " 前后有空格 ", "全角\u3000空格"]:
        for gap in (label._CELL_GAP, label._SPACES):
            assert label._cell_count(gap, row) == len(gap.split(row.strip()))
