"""Pages from session 12's probes: s12a (HTML pages of 50 sites no earlier probe used) and s12b
(plain-text pages corrupted blind, by a generator written without reading this project's rules).
Each test failed before its fix."""

from __future__ import annotations

import pytest

from zhengben import replay, restore
from zhengben.writers.record import to_record

TITLE = "天舟七号货运飞船发射成功"
DL = "2024-01-17 23:15  来源：新华社"
P1 = "天舟七号是我国空间站应用与发展阶段发射的首艘货运飞船，装载了航天员在轨驻留消耗品、推进剂、应用实验装置等物资，总重约5.6吨。"
P2 = "据介绍，飞船入轨后将以3小时快速交会对接模式，与空间站组合体进行交会对接。这是我国首次在货运飞船任务中采用这一模式。"


def _rec(*lines: str) -> dict:
    doc = restore("\n\n".join(lines) + "\n")
    assert replay(doc.original, doc.edits) == doc.text
    return to_record(doc)


@pytest.mark.parametrize(("crumb", "channel"), [
    ("您的位置 > 首页 > 科技", ["首页", "科技"]),
    ("當前位置:首頁 » 要聞", ["首頁", "要聞"]),
    ("您的位置 > 首页 >> 社会", ["首页", "社会"]),
    ("首页 >> 社会 >> 正文", ["首页", "社会"]),
])
def test_a_breadcrumbs_label_is_not_a_channel(crumb: str, channel: list[str]) -> None:
    """The trail's label (您的位置) before its first arrow, or in traditional script, is no channel;
    a doubled arrow (>>) separates crumbs like a single one."""
    assert _rec(crumb, TITLE, DL, P1, P2)["channel"] == channel


def test_a_keywords_line_with_arrows_stays_keywords() -> None:
    record = _rec(TITLE, DL, P1, P2, "关键词 >> 共享充电宝")
    assert record["channel"] == []


@pytest.mark.parametrize("line", [
    "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为东方新闻网版权所有，未经协议授权，禁止下载使用。",
    "网络传播视听节目许可证号：01065626",
    "（未完，点击查看更多）",
    "(未完)",
    "開啟APP閱讀全文",
    "请文明上网，理性发言",
    "共有条评论 查看全部评论",
    "文明上网理性发言，请遵守新闻评论服务协议",
])
def test_portal_chrome_under_a_story_goes(line: str) -> None:
    assert _rec(TITLE, DL, P1, P2, line)["paragraphs"] == [P1, P2]


@pytest.mark.parametrize("line", [
    "该公司去年取得了食品经营许可证，目前已开业。",
    "他说，这部作品的版权所有权归出版社。",
    "倡导文明上网，理性发言是每个网民的责任。",
])
def test_prose_naming_the_same_things_stays(line: str) -> None:
    assert line in _rec(TITLE, DL, P1, P2, line)["paragraphs"]


def test_spam_under_the_report_hotline_footer_is_still_spam() -> None:
    """Every mainland footer names its 违法和不良信息举报 hotline: that is no crackdown story that
    makes the sentence-shaped spam appended under it the story's text."""
    record = _rec(TITLE, DL, P1, P2, "违法和不良信息举报电话：010-65362840",
                  "最新福利视频每日更新，免费在线观看，无需注册，点击进入午夜影院。")
    assert record["paragraphs"] == [P1, P2]
    assert record["verdict"]["injected_spam"] is True


@pytest.mark.parametrize("caption", ["游客在长江索道站排队。本报记者 摄", "索道轿厢横跨长江。（资料图）",
                                     "习近平在江西景德镇考察。（视频截图）"])
def test_a_caption_signed_with_a_credit_is_a_caption(caption: str) -> None:
    record = _rec(TITLE, DL, P1, caption, P2)
    assert record["paragraphs"] == [P1, P2]
    assert record["captions"] == [caption]


@pytest.mark.parametrize("tail", ["A+ A-", "A+", "A- A+ 打印", "字号：大 中 小", "【打印】 【关闭】"])
def test_font_buttons_after_the_author_do_not_hide_it(tail: str) -> None:
    record = _rec(TITLE, f"时间：2024/1/17 23:15  来源：新华社  作者：李国利  {tail}", P1, P2)
    assert record["author"] == "李国利"
    assert record["source"] == "新华社"


@pytest.mark.parametrize(("dateline", "source"), [
    ("2024年01月17日 23:15 新华社", "新华社"),
    ("2023年3月1日 18:00　香港電台", "香港電台"),
    ("2023/12/05 09:00（中央社）", "中央社"),
    ("2024-01-17 23:15 北京", None),
])
def test_an_outlet_alone_after_the_date_is_the_source(dateline: str, source: str | None) -> None:
    record = _rec(TITLE, dateline, P1, P2)
    assert record["source"] == source
    assert record["published"] is not None


def test_a_taiwan_dateline_with_outlet_and_reporter() -> None:
    t = "半導體人才缺口擴大 大學增設相關學程"
    p = ["隨著晶圓代工廠持續擴廠，國內半導體產業人才缺口逐年擴大。據人力銀行統計，今年第三季半導體相關職缺平均每月超過3萬個，創下歷史新高。",
         "為因應產業需求，教育部今年核定多所大學增設半導體學院，並與企業合作開設實作課程，讓學生提早接觸製程、封裝測試與軟體設計等領域。"]
    record = _rec(t, "2023/12/05 09:00（聯合新聞網） 記者林志豪", *p)
    assert record["title"] == t
    assert record["published"] == "2023-12-05T09:00:00+08:00"
    assert record["author"] == "林志豪"
    assert record["source"] == "聯合新聞網"
    assert record["paragraphs"] == p
