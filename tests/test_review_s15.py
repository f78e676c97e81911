"""Pages from session 15's blind probes: s15a (HTML of portals, apps, live pages and pages with no
article) and s15c (genuine clean texts of many kinds whose lines look like page furniture). Each
test of a defect failed before its fix; the others guard the fix against what it must not take."""

from __future__ import annotations

from zhengben import extract, restore
from zhengben.writers.record import to_record

NAV = "".join(f'<li><a href="/{c}/">{c}</a></li>' for c in ("新闻", "财经", "体育", "娱乐", "科技"))


def _page(body: str, title: str = "财经频道") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<ul class='top-nav'>{NAV}</ul>{body}</body></html>").encode()


def test_a_channel_index_of_teasers_with_dates_and_comment_counts_is_no_article() -> None:
    # s15a na01: each teaser's "2024-09-01 10:10 评论 0" line had counted as text, ten of them an article
    items = "".join(
        f"<div class='news-item'><h2><a href='/a/{i}.html'>第{i}条财经要闻标题在这里 引导融资成本下行</a></h2>"
        f"<p class='summary'>第{i}条财经要闻标题在这里。记者从相关部门获悉，详细内容请点击查看全文。</p>"
        f"<div class='info'><span>2024-09-0{i} 10:1{i}</span><span>评论 {i * 13}</span></div></div>"
        for i in range(1, 10))
    assert extract(_page(f"<div class='channel'><div class='feed'>{items}</div></div>"))["text"] == ""


def test_a_short_brief_under_its_dateline_is_still_an_article() -> None:
    brief = "本报讯 昨日上午，市图书馆新馆正式对外开放，首日共接待读者三千余人次，少儿阅览区尤其热闹。"
    body = (f"<div class='article'><h1>市图书馆新馆开放</h1><div class='info'>2024-10-20 09:00 来源：城东日报 阅读 1200</div>"
            f"<p>{brief}</p></div>")
    assert brief in extract(_page(body, "市图书馆新馆开放_城东日报"))["text"]


TONE_DRILL = ("華語課：聲調練習\n今天練習四個聲調。請跟著老師唸：\n媽（mā）麻（má）馬（mǎ）罵（mà）\n"
              "外國學生最容易把第二聲和第三聲弄混。\n例如「買（mǎi）」和「賣（mài）」，一個是第三聲，一個是第四聲，意思完全相反。\n")


def test_a_traditional_tone_drill_keeps_its_script_and_its_readings() -> None:
    # s15c t009: six readings, four on a drill line and two glossing quoted words, had weighed as a mirror's ruby
    record = to_record(restore(TONE_DRILL))
    assert not record["verdict"]["mirror"]
    assert "媽（mā）麻（má）馬（mǎ）罵（mà）" in record["paragraphs"]


def test_one_reading_per_line_of_a_putonghua_class_stays() -> None:
    page = "普通話班：今日學三個字\n學（xué）\n習（xí）\n好（hǎo）\n下堂課會默書，同學們記得溫習。\n"
    record = to_record(restore(page))
    assert not record["verdict"]["mirror"] and "學（xué）" in record["paragraphs"]


def test_a_mirrors_ruby_on_short_lines_is_still_a_converters() -> None:
    # (the cc excerpt's furniture: two readings on four characters is no drill)
    lines = ["恒溫恒濕試驗(yàn)箱", "在線(xiàn)咨詢(xún)", "服務(wù)熱線(xiàn)：4000 662 888", "手機(jī)咨詢(xún)：13818467052",
             "設(shè)備廣泛應(yīng)用於電子、汽車、航空等行業(yè)的環境試驗(yàn)。"]
    record = to_record(restore("\n".join(lines) + "\n"))
    assert record["verdict"]["mirror"] and "在线咨询" in record["text"]

