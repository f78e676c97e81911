"""HTML extraction: main content, metadata with origins, ruby, rule tables, quality gate."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from zhengben import extract
from zhengben.meta.dates import parse_date
from zhengben.readers.html import extract_html, extract_json
from zhengben.readers.html_meta import PageMeta
from zhengben.readers.html_rules import (
    boilerplate_rules,
    furniture_lines,
    load_html_table,
    title_separators,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --------------------------------------------------------------------------- fixtures

def test_gbk_news_page_with_nav_related_footer() -> None:
    art = extract_html(page("news_gbk.html"))
    assert art.decoded.encoding == "gb18030"
    assert art.has_article and art.no_article_reason is None
    assert art.paragraphs[0].startswith("清晨六点")
    assert art.paragraphs[-1] == "（责任编辑：王丽）"
    body = art.text
    for junk in ("首页", "当前位置", "分享到", "相关新闻", "届文化旅游节", "版权所有"):
        assert junk not in body
    assert art.title is not None and art.title.value == "湖南益阳：稻田里的“数字”新农人"
    assert art.title.origin == "h1"
    assert art.published is not None and art.published.value == "2021-07-21T18:34:00+08:00"
    assert art.published.origin == "dateline"
    assert art.author is not None and art.author.value == "张小明"
    assert art.source is not None and art.source.value == "示例日报"
    assert art.editor is not None and art.editor.value == "王丽"
    assert art.keywords == ["益阳", "数字农业", "新农人"]


def test_big5_undeclared_traditional_page() -> None:
    art = extract_html(page("news_big5.html"))
    assert (art.decoded.encoding, art.decoded.source) == ("big5hkscs", "detected")
    assert len(art.paragraphs) == 3
    assert art.paragraphs[0].startswith("中央氣象署今天表示")
    assert "相關新聞" not in art.text
    assert art.author is not None and art.author.value == "陳美玲"
    assert art.published is not None and art.published.value.startswith("2023-09-03T14:20")
    assert art.title is not None and art.title.value == "颱風過境 北部山區豪雨特報"


def test_taiwan_page_logo_heading_utc_meta_photo_credit_and_notice() -> None:
    """A logo's <h1> is not the title; a pubdate meta marked Z whose clock is the visible local
    dateline's is local time; a photo credit naming a reporter is not the byline; the
    reporter/place line and the suicide-prevention notice are not article text."""
    from zhengben import extract, restore_html
    from zhengben.writers.record import to_record

    art = extract_html(page("news_taiwan.html"))
    assert art.title is not None and art.title.value == "颱風外圍環流影響\u3000北部山區防豪雨"
    assert art.published is not None and art.published.value == "2024-08-02T09:41:00+08:00"
    assert art.author is not None and art.author.value == "林曉雯"
    rec = to_record(restore_html(page("news_taiwan.html")))
    assert rec["captions"] == ["大雨造成溪水暴漲，消防人員在河岸警戒。（圖／記者林曉雯翻攝）"]
    assert rec["paragraphs"][0].startswith("受颱風外圍環流影響") and len(rec["paragraphs"]) == 3
    text = extract(page("news_taiwan.html"))["text"]
    for junk in ("新竹報導", "安心專線", "生命線", "請給自己機會", "版權所有"):
        assert junk not in text
    assert "颱風" in text and rec["verdict"]["script"] == "hant"  # a genuine Taiwan page stays traditional


def test_script_rendered_page_takes_the_body_its_json_ld_states() -> None:
    """The HTML shows only a loading teaser; the JSON-LD articleBody is the article (rule noted)."""
    body = ("中央气象台今天发布暴雨蓝色预警，预计未来24小时，江南、华南等地部分地区有大到暴雨，局地大暴雨。\n"
            "气象专家提醒，相关地区需防范强降雨可能引发的山洪、地质灾害和城乡积涝，公众出行注意交通安全。\n"
            "另据监测，受冷空气影响，北方大部地区气温将下降4至6摄氏度，部分地区伴有4到5级偏北风。")
    ld = json.dumps({"@type": "NewsArticle", "headline": "暴雨蓝色预警", "articleBody": body}, ensure_ascii=False)
    page_html = (f'<html><head><meta charset="utf-8"><script type="application/ld+json">{ld}</script></head>'
                 '<body><div id="app"><h1>暴雨蓝色预警</h1><p>加载中……</p></div></body></html>')
    art = extract_html(page_html.encode("utf-8"))
    assert art.has_article and art.paragraphs == body.split("\n")
    assert any("html.article.json_ld" in b["rules"] for b in art.blocks)
    short = page_html.replace(body.replace("\n", "\\n"), "短讯")
    assert not extract_html(short.encode("utf-8")).has_article  # a stated body too short is no article


def test_headline_block_without_h1_becomes_the_title() -> None:
    """No <h1>: the first block, held by the <title> between section and site names, is the
    headline; it leaves the body and the title loses the names around it."""
    para = "<p>" + "联合国贸发会议发布了年度贸易和发展报告，指出全球需求疲软，贸易增长将明显放缓。" * 2 + "</p>"
    html = ("<html><head><meta charset='utf-8'><title>明日股市预测--最新出炉贸发报告：全球经济增长率降至2.3%</title></head>"
            "<body><div class='main'><div class='title-text'>最新出炉贸发报告：全球经济增长率降至2.3%</div>"
            + para * 3 + "</div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.title is not None and art.title.value == "最新出炉贸发报告：全球经济增长率降至2.3%"
    assert art.title.origin == "first-block" and art.paragraphs[0].startswith("联合国贸发会议")


def test_hidden_inline_text_is_left_out_and_the_sentence_stays_whole() -> None:
    """Anti-copy pages splice hidden words into sentences: by inline style, or by classes and
    ids their stylesheet hides. The words go and each paragraph stays one paragraph; a class
    hidden only inside ``@media`` is shown, and so is a long hidden stretch (a "read more")."""
    more = "会议要求，各地要把政策措施落到实处，定期评估营商环境改善成效并向社会公开结果。"
    html = ("<html><head><meta charset='utf-8'><title>优化营商环境_示例网</title><style>/* x */ .a3f{display:none}"
            " font.ad , #x9 { display : none; } @media (max-width:600px){.wide{display:none}} .more{display:none}</style>"
            "</head><body><h1>优化营商环境</h1><div class='content'>"
            "<p>国务院总理李强主持召开国务院常务会议<span style='display:none'>禁止采集</span>，研究部署进一步"
            "优化营商环境<span class='a3f'>示例网版权所有</span>的政策措施。</p>"
            "<p>会议指出，要持续<font class='ad'>盗版必究</font>推进政务服务标准化、规范化、便利化，"
            "<span class='wide'>切实</span>提高企业和群众办事效率。</p>"
            f"<p>会议强调，各地区各部门要<b id='x9'>xx</b>抓好政策落实，及时回应企业关切。<span class='more'>{more}</span></p>"
            "</div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.paragraphs == [
        "国务院总理李强主持召开国务院常务会议，研究部署进一步优化营商环境的政策措施。",
        "会议指出，要持续推进政务服务标准化、规范化、便利化，切实提高企业和群众办事效率。",
        "会议强调，各地区各部门要抓好政策落实，及时回应企业关切。" + more,
    ]
    assert "html.boilerplate.hidden_inline" in art.blocks[0]["rules"]


def test_taiwan_template_spacer_spans_class_byline_and_notice() -> None:
    """Paragraphs separated by ``display:block`` spacer spans stay apart; the byline is the
    ``class="author"`` name in the article's <header> (not the ``(中時 )`` source tag closing the
    story, not JSON-LD's other name); a hidden share box's <h1> copy does not hide the dateline."""
    para = "北市士林區葫蘆街一處民宅，16日下午驚傳一對母子在陽台儲物間輕生，消防局據報派出人車趕往。"
    para2 = "消防人員抵達後發現兩人已無生命跡象，現場未留下遺書，家屬情緒激動。"
    html = ("<html><head><meta charset='utf-8'><title>母子住處輕生 - 社會 - 中時 </title>"
            "<meta property='og:site_name' content='中時電子報'>"
            '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"陳昱光"}}</script>'
            "</head><body><div style='display:none'><h1>母子住處輕生</h1></div>"
            "<article><header><h1 class='article-title'>母子住處輕生</h1><div class='meta-info'>"
            "<time><span class='hour'>15:31</span><span class='date'>2018/09/16</span></time>"
            "<div class='source'>中時 </div><div class='author'><a href='/reporter/899'>謝明俊</a></div></div></header>"
            f"<div class='article-body'><p>{para}<span style='display:block;height:1em;'></span>{para2}"
            "<span style='display:block;height:1em;'></span>警方已勘驗現場並報請相驗，將進一步釐清死因。（王煌忠／台中報導）</p>"
            "<p>★中時電子報關心您：再給自己一次機會</p><p>自殺諮詢專線：0800-788995（24小時）</p><p>生命線：1995</p>"
            "<p>(中時 )</p></div></article></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.paragraphs[:3] == [para, para2, "警方已勘驗現場並報請相驗，將進一步釐清死因。（王煌忠／台中報導）"]
    assert art.author is not None and (art.author.value, art.author.origin) == (
        "謝明俊", "byline:html.byline.author.class")
    assert art.published is not None and art.published.value == "2018-09-16T15:31:00+08:00"
    out = extract(html.encode("utf-8"))  # the whole pipeline: the notice lines leave the text
    assert out["text"].split("\n\n") == art.paragraphs[:3]
    assert (out["author"], out["published"]) == ("謝明俊", "2018-09-16T15:31:00+08:00")


def test_tail_byline_is_a_reporter_not_a_photographer_or_the_outlet() -> None:
    para = "<p>台中市凌晨發生一起墜樓案，一名女子酒後與男友發生口角，從租屋處五樓房間墜落，經送醫後仍宣告不治。</p>"
    head = "<html><head><meta charset='utf-8'><title>女墜樓不治 | 示例日報</title></head><body><h1>女墜樓不治</h1><div class='content'>"
    tail = {"警方將進一步釐清死因。（王煌忠／台中報導）": "王煌忠", "醫療輔助隊人員撤離院友。(張福宏攝)": None,
            "警方將進一步釐清死因。（示例日報）": None}
    for last, who in tail.items():
        art = extract_html((head + para * 3 + f"<p>{last}</p></div></body></html>").encode("utf-8"))
        assert (art.author.value if art.author else None) == who, last


def test_lede_copy_hidden_by_style_is_not_the_first_paragraph() -> None:
    """A share box's copy of the lede, hidden by its style right under the headline, stays out
    even though it holds the first sentence there (a class name alone would be undone)."""
    lede = "警方國家安全處今早將47名被告陸續押解至西九龍裁判法院提堂，大批市民在法院外輪候旁聽。"
    html = ("<html><head><meta charset='utf-8'><title>47疑犯今提堂 | 示例報</title></head><body><h1>47疑犯今提堂</h1>"
            f"<div class='post-content'><div class='post-summary' style='display:none;'><p>{lede}</p></div>"
            f"<div class='post-body'><p>示例報道：{lede}</p>"
            + "<p>受人煽惑，今日凌晨時分已開始有約20名人士到法院大樓外輪候公眾籌，其後人流愈來愈多。</p>" * 3
            + "</div></div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.paragraphs[0] == f"示例報道：{lede}" and len(art.paragraphs) == 4


def test_a_share_image_path_date_is_not_the_published_date() -> None:
    """Absent values are null, never guessed: an upload date in an image path is no publication
    date (a page that shows none has none)."""
    para = "<p>街市重開後，檔販表示鼠患問題依舊，食環署承諾加強滅鼠工作，並會定期巡查市場衞生。</p>"
    html = ("<html><head><meta charset='utf-8'><title>街市重開 鼠患不改 - 示例日報</title>"
            "<meta property='og:image' content='//img.example.hk/cnt/news/20200809/photo/0809-001.jpg'></head>"
            "<body><h1>街市重開 鼠患不改</h1><div class='content'>" + para * 3 + "</div></body></html>")
    assert extract_html(html.encode("utf-8")).published is None


def test_script_states_the_time_of_a_shown_day_and_a_label_ends_a_name() -> None:
    """A government CMS shows the day only and states the time in a script variable; an editor
    name runs into the next label only through spaces (``宪瑞&nbsp;&nbsp;人气：``)."""
    html = ("<html><head><meta charset='utf-8'><title>全线备战空间站建造任务_示例网</title>"
            "<script>var __$title='全线备战';var __$pubtime='2021-01-05 16:59:00';</script></head><body>"
            "<h1>全线备战空间站建造任务</h1><div class='info'>2021-01-05 来源：示例网 编辑：宪瑞&nbsp;&nbsp;人气：1234</div>"
            "<div class='content'>" + "<p>长征七号运载火箭正在进行总装，各系统按计划开展测试，确保按期执行发射任务。</p>" * 3
            + "<p> - THE END -</p></div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.published is not None and art.published.value == "2021-01-05T16:59:00+08:00"
    assert art.editor is not None and art.editor.value == "宪瑞"
    assert "THE END" not in extract(html.encode("utf-8"))["text"]


def test_inline_author_elements_near_the_headline() -> None:
    """An author span inside the dateline block, or a name element inside an author box beside
    the date, is the byline; a column's <title> naming the writer does not make the name an
    outlet, and a paywall marker （節錄） closing the story is not a name."""
    para = "<p>內地客經香港轉機的安排恢復，有空服員擔心病毒隨旅客傳入，要求當局加強防疫措施。</p>"
    tail = "<p>（節錄）</p></div></body></html>"
    pages = {
        "紀曉風": ("<html><head><meta charset='utf-8'><title>紀曉風：內地客經港轉機恢復 - 示例網站</title></head><body>"
                   "<div class='info'><span class='author'><a href='/c/1'>紀曉風</a></span> 獨眼香江</div>"
                   "<h1 class='article-title'>內地客經港轉機恢復</h1><div class='content'>" + para * 3 + tail),
        "谢若含": ("<html><head><meta charset='utf-8'><title>约会软件帮你找对象 - 示例日报</title></head><body>"
                   "<h2 class='title'>约会软件帮你找对象</h2><div class='author'><span class='name'>谢若含</span>"
                   "<span class='date'>2017-03-01 14:27:02</span></div><div class='content'>" + para * 3 + tail),
    }
    for who, html in pages.items():
        art = extract_html(html.encode("utf-8"))
        assert art.author is not None and (art.author.value, art.author.origin) == (
            who, "byline:html.byline.author.class"), who


def test_headline_and_teaser_repeated_in_the_container_are_left_out() -> None:
    first = "人们对于讨厌的事物总是能很有共同话题。约会软件也深谙这一点，最近有一个软件就是通过匹配共同讨厌的事情来配对。"
    html = ("<html><head><meta charset='utf-8'><title>约会软件帮你找对象_智能_示例日报</title></head><body>"
            "<h1 style='display:none'>约会软件帮你找对象</h1><div class='article'><div class='hd'><span class='kicker'>智能</span>"
            "<h2 class='title'>约会软件帮你找对象</h2><p class='excerpt'>人们对于讨厌的事物总是能很有共同话题...</p></div>"
            f"<div class='bd'><p>{first}</p>"
            + "<p>当你注册以后，软件会为你提供三千多个让你判断好恶的话题，再据此推荐可能合拍的对象。</p>" * 3
            + "</div></div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.paragraphs[0] == first and "html.container.teaser_copy" in art.blocks[0]["rules"]


@pytest.mark.parametrize(("info", "published"), [
    ("<div class='info'>最後更新：2024-08-03 10:00　發佈時間：2024-08-02 09:41</div>", "2024-08-02T09:41:00+08:00"),
    ("<div class='info'>更新時間 2024/08/03 10:00</div><div>發佈時間 2024/08/02 09:41</div>", "2024-08-02T09:41:00+08:00"),
    ("<div class='info'>2024-08-02 09:41 (更新：2024-08-03 10:00)</div>", "2024-08-02T09:41:00+08:00"),
    ("<div class='info'>更新时间：2024-08-03 10:00</div>", "2024-08-03T10:00:00+08:00"),
])
def test_an_update_time_is_published_only_when_alone(info: str, published: str) -> None:
    para = "<p>衞生防護中心公布，本港今日新增89宗確診個案，其中8宗為輸入個案，81宗為本地個案，另有多宗源頭不明。</p>"
    html = ("<html><head><meta charset='utf-8'><title>本港新增89宗確診 - 示例網</title></head><body>"
            f"<h1>本港新增89宗確診</h1>{info}<div class='content'>{para * 3}</div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.published is not None and art.published.value == published


def test_comment_authors_and_software_names_are_not_bylines() -> None:
    para = "<p>這次旅行我們去了台南，遊客很多，老街上的小吃店家家客滿，大家都說值得再來。</p>"
    html = ("<html><head><meta charset='utf-8'><title>台南老街遊記 - 示例部落格</title>"
            "<meta name='editor' content='UEditor'></head><body><h1>台南老街遊記</h1>"
            "<div class='content'>" + para * 3 + "</div><div class='comments'><div class='comment'>"
            "<span class='comment-author'>游客</span><p>寫得真好</p></div><div class='comment'>"
            "<span class='author'>张伟</span><p>我也去过</p></div></div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.author is None and art.editor is None


def test_script_dates_with_zones() -> None:
    from zhengben.readers.html_meta import _SCRIPT_DATE

    for code, stated in [("var pubDate = '2021-01-05T16:59:00+08:00';", "2021-01-05T16:59:00+08:00"),
                         ('{"publish_date": "2021-01-05 16:59:00.000Z"}', "2021-01-05 16:59:00.000Z")]:
        m = _SCRIPT_DATE.search(code)
        assert m is not None and m.group(1) == stated


def test_meta_author_that_is_the_editor_is_not_the_author() -> None:
    html = ("<html><head><meta charset='utf-8'><title>外国专家谈合作_示例网</title><meta name='editor' content='严玉洁'>"
            "<meta name='author' content='严玉洁'></head><body><h1>外国专家谈合作</h1><div class='content'>"
            + "<p>多名外国专家表示，合作共赢符合国际社会利益，双方应当采取更多行动推动关系稳定发展。</p>" * 3
            + "</div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.author is None
    assert art.editor is not None and (art.editor.value, art.editor.origin) == ("严玉洁", "meta[editor]")


@pytest.mark.parametrize("opening", ["下周一，", "女士们、先生们："])
def test_an_opening_that_runs_on_or_greets_starts_the_article(opening: str) -> None:
    para = "<p>京沪高速施工就将进入第二阶段，这也是对市民出行影响最大的一段，请提前规划出行路线。</p>"
    html = (f"<html><head><meta charset='utf-8'><title>施工提示_示例网</title></head><body><h1>施工提示</h1>"
            f"<div class='content'><p>{opening}</p>{para * 4}</div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.paragraphs[0] == opening


def test_blog_title_keeps_its_underscores_before_the_blog_name() -> None:
    html = ('<html><head><title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家 :: 示例部落格 ::</title></head><body>'
            '<h1><a href="/blog">史蒂文的家</a></h1><div class="article"><p>'
            + "週末和家人到尖石鄉的營地露營，山上的楓葉已經轉紅，清晨的雲海非常壯觀。" * 3 + "</p></div></body></html>")
    art = extract_html(html.encode("utf-8"))
    assert art.title is not None and art.title.value == "新竹尖石_美樹營地賞楓 (2)"


def test_ruby_keeps_base_and_reports_readings() -> None:
    art = extract_html(page("ruby_mirror.html"))
    assert "床前明月光" in art.text
    assert "羁旅之愁" in art.text
    for reading in ("chuáng", "jī", "lǚ", "("):
        assert reading not in art.text
    assert ("床", "chuáng") in art.ruby
    assert ("羁旅", "jī lǚ") in art.ruby


def test_portal_index_has_no_article() -> None:
    art = extract_html(page("no_article.html"))
    assert not art.has_article
    assert art.no_article_reason == "html.no_article.low_score"
    assert art.paragraphs == []
    assert extract_json(page("no_article.html"))["text"] == ""


def test_short_article_is_not_swallowed_by_the_feed_below() -> None:
    art = extract_html(page("short_with_feed.html"))
    assert len(art.paragraphs) == 2
    assert art.paragraphs[0].startswith("中国人民银行20日宣布")
    assert "分析人士认为" not in art.text
    assert art.title is not None and art.title.value == "央行：下调存款准备金率0.25个百分点"
    assert art.published is not None
    assert art.published.origin == "meta[article:published_time]"
    # a byline beats a site-name author meta
    assert art.author is not None and (art.author.value, art.author.origin) == (
        "刘洋", "byline:html.byline.author.jizhe")


def test_json_ld_and_mislabeled_charset() -> None:
    art = extract_html(page("utf8_declared_gb2312.html"))
    assert (art.decoded.encoding, art.decoded.source) == ("utf-8", "utf-8")
    assert art.published is not None and art.published.origin == "json-ld"
    assert art.published.value == "2022-02-13T07:48:00+08:00"
    assert art.author is not None and (art.author.value, art.author.origin) == ("赵宁", "json-ld")
    assert art.paragraphs[0].startswith("记者从中国科学院获悉")
    assert "Copyright" not in art.text


def test_english_page_is_not_broken() -> None:
    art = extract_html(page("english.html"))
    assert art.has_article
    assert art.paragraphs[0].startswith("The city opened")
    assert len(art.paragraphs) == 3
    assert art.author is not None and art.author.value == "Jane Smith"
    assert art.published is not None and art.published.value == "2019-11-18T16:18:00Z"


def test_extract_json_shape() -> None:
    out = extract_json(page("news_gbk.html"))
    assert set(out) == {"text", "title", "author", "published"}
    assert out["author"] == "张小明"
    assert out["text"] is not None and "\n\n" in out["text"]


@pytest.mark.parametrize("data", [
    b"", b"<html></html>", b"\xff\xfe\x00", b"<p>" * 5000, b"<div>" * 3000 + b"x",
])
def test_garbage_never_raises(data: bytes) -> None:
    art = extract_html(data)
    assert not art.has_article


def test_url_date_and_explicit_url() -> None:
    body = "这是一段很长的正文内容，用来测试从网址中提取日期的功能是否正常。" * 3
    html = f"<html><body><h1>标题</h1><div><p>{body}</p></div></body></html>".encode()
    art = extract_html(html, url="https://news.example.cn/2024-05/20/content_1.htm")
    assert art.published is not None and (art.published.value, art.published.origin) == ("2024-05-20", "url")


# --------------------------------------------------------------------------- dates, bylines

@pytest.mark.parametrize(("text", "expected"), [
    ("发布时间：2023-10-06 09:12:33", "2023-10-06T09:12:33+08:00"),
    ("2021年07月21日 18:34", "2021-07-21T18:34:00+08:00"),
    ("發佈時間：2021/7/21", "2021-07-21"),
    ("二〇二〇年二月十九日", "2020-02-19"),
    ("2019-11-18T16:18:00Z", "2019-11-18T16:18:00Z"),
    ("2019-11-18T16:18:00+0100", "2019-11-18T16:18:00+01:00"),
    ("发布日期： 7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
    ("2021.07.21", "2021-07-21"),
    ("2024年5月22日週三 下午2:21", "2024-05-22T14:21:00+08:00"),
    ("發布日期：112-09-03", "2023-09-03"),
    ("中華民國112年9月3日", "2023-09-03"),
    ("2024-08-02 HKT 09:41", "2024-08-02T09:41:00+08:00"),
    ("113/08/02 09:41", "2024-08-02T09:41:00+08:00"),
    ("2023-10-06 09:12 PM", "2023-10-06T21:12:00+08:00"),
    ("2023/10/06 12:30 am", "2023-10-06T00:30:00+08:00"),
    ("更新：16/10/2023 09:12", "2023-10-16T09:12:00+08:00"),
    ("2023-10-0606:58", "2023-10-06T06:58:00+08:00"),  # date and time in touching elements
    ("发布时间：２０２３年１２月２０日", "2023-12-20"),  # full-width digits (government pages)
    ("日期 25.05.2023", "2023-05-25"), ("25.05.2023 | 14:22", "2023-05-25T14:22:00+08:00"),  # day.month.year
])
def test_parse_date(text: str, expected: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed[0] == expected


@pytest.mark.parametrize("text", ["3.1415", "第1-6-6-10号", "版本 v2021.07.21.3", "2021年13月40日"])
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("line", "field", "value"), [
    ("新京报记者 彭冲 山东冠县报道", "author", "彭冲"),
    ("本报记者罗科苏盈发自北京", "author", "罗科苏盈"),
    ("顶端新闻·河南商报记者马俊峰/文受访者供图", "author", "马俊峰"),
    ("来源：巴彦淖尔日报 编辑：苏亮", "editor", "苏亮"),
    ("来源：巴彦淖尔日报 编辑：苏亮", "source", "巴彦淖尔日报"),
    ("〓 网易娱乐 发布时间 2005/03/15 22:36:13 by duscha 〓", "author", "duscha"),
    ("責任編輯：陳大文", "editor", "陳大文"),
    ("（中央社記者陳家倫台北3日電）", "author", "陳家倫"),
    ("〔記者王小明／台北報導〕", "author", "王小明"),
    ("执笔人：赵延东、风笑天", "author", "赵延东、风笑天"),
    ("BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]", "author", "黄宇"),
    ("BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]", "source", "国际金融报"),
    ("本报记者 王五 文/摄", "author", "王五"),
    # Taiwan TV and web outlets, 編譯, and 文 | X with spaces (review of session 6)
    ("（民視新聞／林家豪、陳怡君 台北報導）", "author", "林家豪、陳怡君"),
    ("鏡新聞／林家豪 台中報導", "author", "林家豪"), ("新頭殼newtalk | 林家豪 綜合報導", "author", "林家豪"),
    ("東森新聞 林家豪 報導", "author", "林家豪"), ("林家豪 / 攝影 陳志明 報導", "author", "林家豪"),
    ("〔編譯林家豪／綜合報導〕", "author", "林家豪"), ("文 | 林家豪", "author", "林家豪"),
    ("記者林家豪", "author", "林家豪"),
    # second review of session 6 (helper-23): role labels inside a team, Hong Kong 報道, 撰文者
    ("记者 林家豪 实习记者 陈志明", "author", "林家豪 陈志明"), ("作者：记者 林家豪 实习生 陈志明", "author", "林家豪 陈志明"),
    ("作者：南方周末记者 林家豪 南方周末实习生 陈志明", "author", "林家豪 陈志明"),
    ("【大公報訊】記者林家豪報道：", "author", "林家豪"),
    ("撰文者：林家豪", "author", "林家豪"), ("撰稿人：陈志明", "author", "陈志明"),
    ("本报记者 林家豪 摄影记者 陈志明", "author", "林家豪"), ("記者歐陽小明報道", "author", "歐陽小明"),
    # a known place glued between the name and 報道 (rules/places.tsv), and a TV byline without a slash
    ("記者李明北京報道：", "author", "李明"), ("記者林家豪深圳報道：", "author", "林家豪"),
    ("记者林家豪华盛顿报道", "author", "林家豪"), ("（華視新聞 林家豪 陳志明 台北報導）", "author", "林家豪 陳志明"),
    ("東森新聞 林家豪 陳志明 報導", "author", "林家豪 陳志明"),
    # the next label ends the name, after a comma or a bar too (probe s7a)
    ("作者：林艺，题图来自：视觉中国", "author", "林艺"), ("作者｜林艺 头图｜视觉中国", "author", "林艺"),
    ("（壹蘋新聞網／徐珮華報導）", "author", "徐珮華"), ("报道：林慧仪", "author", "林慧仪"),
    ("2023.05.10 by 陳建鈞", "author", "陳建鈞"),
    ("【大紀元2023年07月28日訊】（大紀元記者李明綜合報導）", "author", "李明"),
    ("文｜财新 张而弛", "author", "张而弛"), ("文｜财新周刊 张而弛 王小明", "author", "张而弛 王小明"),
])
def test_bylines(line: str, field: str, value: str) -> None:
    got = PageMeta._bylines([line]).get(field)
    assert got is not None and got.value == value


@pytest.mark.parametrize("line", ["第A04版：小记者训练营", "作者简介：毕业于北京大学", "作者： size=\"20\"",
                                  "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄", "（圖／記者林悅翻攝）",
                                  "編譯器開發者大會昨天在台北舉行", "雪後故宮 / 攝影 陳大文",
                                  "（中央社／華盛頓 綜合外電報導）", "陳大文／攝影", "（此件公开发布）",
                                  "記者李明大坪報道：", "本文仅代表作者观点，不代表本网立场。",
                                  "声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。", "经作者授权转载",
                                  "本內容為作者獨立觀點，不代表本站立場", "（中央社／華盛頓綜合報導）",
                                  "报道称，该公司已经破产"])
def test_bylines_reject(line: str) -> None:
    assert "author" not in PageMeta._bylines([line])


# --------------------------------------------------------------------------- rule tables as data

TABLES = ("html_boilerplate", "html_byline", "html_lines", "html_structure", "html_title")


@pytest.mark.parametrize("name", TABLES)
def test_tables_sorted_unique_with_reasons(name: str) -> None:
    rows = load_html_table(name)
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(i.startswith("html.") for i in ids)
    assert all(r["reason"] for r in rows)


def test_boilerplate_examples() -> None:
    rules = boilerplate_rules()
    for row in load_html_table("html_boilerplate"):
        cls = re.search(r'(?:class|id)="([^"]+)"', row["example"])
        counter = re.search(r'(?:class|id)="([^"]+)"', row["counterexample"])
        assert cls and counter
        if row["match"] == "never":  # the example is kept; the counterexample is some boilerplate
            assert rules.match(cls.group(1)) is None and rules.match(counter.group(1)) is not None, row["id"]
            continue
        assert rules.match(cls.group(1)) == row["id"], row["id"]
        assert rules.match(counter.group(1)) is None, row["id"]


@pytest.mark.parametrize("row", load_html_table("html_lines"), ids=lambda r: r["id"])
def test_line_examples(row: dict[str, str]) -> None:
    pattern = next(p for rid, _, p in furniture_lines() if rid == row["id"])
    assert row["action"] in {"drop", "cut", "note", "lead"}
    assert pattern.search(row["example"])
    assert not pattern.search(row["counterexample"])


@pytest.mark.parametrize("row", load_html_table("html_title"), ids=lambda r: r["id"])
def test_title_separator_examples(row: dict[str, str]) -> None:
    pattern = re.compile(row["pattern"])
    assert pattern.search(row["example"])
    assert not pattern.search(row["counterexample"])
    assert len([s for s in title_separators(int(row["rank"])).split(row["example"]) if s]) >= 2


@pytest.mark.parametrize("row", load_html_table("html_byline"), ids=lambda r: r["id"])
def test_byline_examples(row: dict[str, str]) -> None:
    assert row["field"] in {"author", "editor", "source"}
    assert row["field"] in PageMeta._bylines([row["example"]])
    assert row["field"] not in PageMeta._bylines([row["counterexample"]])


# --------------------------------------------------------------------------- quality gate

_TOK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[0-9a-z\u00c0-\u024f]+")


def _f1(pred: str, truth: str) -> float:
    p, t = Counter(_TOK.findall(pred.lower())), Counter(_TOK.findall(truth.lower()))
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


# Floors a little under the measured macro F1 of extract_json (cwced 0.975, magic-html-zh
# 0.977 with the harness): a change may not lower them without saying so.
FLOORS = {"cwced": 0.96, "magic-html-zh": 0.96}


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_quality_gate_on_shared_sets(dataset: str) -> None:
    root = DATA / dataset
    if not (root / "ground_truth.jsonl").exists():
        pytest.skip(f"{root} absent: the shared third-party test data is not beside the repo")
    scores = []
    with open(root / "ground_truth.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            data = gzip.decompress((root / "html" / f"{rec['id']}.html.gz").read_bytes())
            scores.append(_f1(extract_json(data)["text"] or "", rec["content"]))
    assert sum(scores) / len(scores) >= FLOORS[dataset]


def test_every_html_rule_id_in_code_is_in_a_table() -> None:
    known = {r["id"] for name in TABLES for r in load_html_table(name)}
    src = Path(__file__).resolve().parents[1] / "src" / "zhengben" / "readers"
    literal = re.compile(r'"(html\.[a-z0-9_.]+)"')
    for path in (src / "html.py", src / "html_meta.py", src / "html_rules.py"):
        for rule in literal.findall(path.read_text(encoding="utf-8")):
            assert rule in known, f"{path.name} names {rule!r}, which no html_*.tsv table defines"
    for tag in ("nav", "footer", "aside", "header", "menu"):  # f"html.tag.{tag}"
        assert f"html.tag.{tag}" in known


def _ymd(value: str | None) -> tuple[int, ...] | None:
    """(year, month[, day]) of a truth or predicted date, as the harness compares them."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?", value)
    return tuple(int(g) for g in m.groups() if g) if m else None


def test_metadata_gate_on_cwced() -> None:
    """Date and author accuracy on cwced (measured 0.964 over 56 dated, 0.92 over 50 authored pages).

    Not counted, as in the harness: truth UNKNOWN/empty. Two date truths are arguably
    wrong (a US-format 7/5/2005 read as 5 July; a wiki page dated by its last edit), so
    the floor leaves room for them.
    """
    root = DATA / "cwced"
    if not (root / "ground_truth.jsonl").exists():
        pytest.skip(f"{root} absent: the shared third-party test data is not beside the repo")
    dates: list[bool] = []
    authors: list[bool] = []
    with open(root / "ground_truth.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            data = gzip.decompress((root / "html" / f"{rec['id']}.html.gz").read_bytes())
            out = extract_json(data)
            truth_date = _ymd(rec["date"])
            if truth_date is not None:
                got = _ymd(out["published"])
                dates.append(got is not None and got[:len(truth_date)] == truth_date)
            truth_author = re.sub(r"\s+", "", rec["author"] or "")
            if truth_author and truth_author.upper() not in {"UNKNOWN", "UNKNWON"}:
                authors.append(re.sub(r"\s+", "", out["author"] or "") == truth_author)
    assert sum(dates) / len(dates) >= 0.94
    assert sum(authors) / len(authors) >= 0.88
