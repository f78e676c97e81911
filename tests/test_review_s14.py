"""Pages from session 14's probes: s14a (HTML news pages of government portals, universities,
trade outlets, legacy GBK/Big5 portals, Taiwan, Hong Kong, Macau and Singapore outlets) and s14b
(plain-text pages corrupted blind, by a generator written without reading this project's rules,
with genuine controls). Each test of a defect failed before its fix; the others guard the fix
against what it must not take (real pages it first changed)."""

from __future__ import annotations

from conftest import record_of as _rec
from zhengben import restore
from zhengben.writers.record import to_record

TITLE = "城东新图书馆正式开放 首日接待读者三千余人"
DL = "2024年10月20日 09:00　来源：城东日报　作者：李青山"
P1 = "本报讯 10月19日上午，位于城东新区的市图书馆新馆正式对外开放，首日共接待读者三千余人次。"
P2 = "新馆总建筑面积约4.2万平方米，设有少儿阅览区、古籍修复室和24小时自助借还区。"


def test_the_last_lines_of_a_stanza_are_verse_not_a_menu() -> None:
    # s14b ctl29: a poem one line per verse; its last three lines have no comma, like menu items
    verse = ["山路把我引向云的深处", "枫叶在风里翻动旧日的信", "我数着台阶，像数着年岁", "每一级都有一声鸟鸣",
             "到了山顶，才知道", "远方也不过是另一座山", "而炊烟升起的地方", "有人在等我回家吃饭"]
    page = "\n\n".join(["秋日登山（外二首）", "2024年10月20日 09:00　来源：诗刊　作者：李青山", "\n".join(verse),
                        "关键词：诗歌 秋天 登山"]) + "\n"
    assert to_record(restore(page))["paragraphs"] == verse


def test_a_sidebar_run_after_a_short_comma_line_is_still_a_menu() -> None:
    # a blog's sidebar: the owner's "海南大学，教授" then short rows with counts
    record = _rec(TITLE, DL, P1, P2, "刘进平\n海南大学，教授\n植物遗传学\n两院风光\n图片数: 118\n29 14:17")
    assert "图片数: 118" not in record["paragraphs"]


def test_fraud_advice_naming_an_app_download_is_news() -> None:
    # s14a police_news: the warning lists 下载APP among a fraudster's demands
    advice = "警方提醒，凡是自称“客服”要求转账、下载APP、开启屏幕共享的，都是诈骗。如遇可疑情况，请立即拨打96110咨询。"
    assert advice in _rec(TITLE, DL, P1, advice)["paragraphs"]
