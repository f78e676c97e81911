"""Session 16, probe s16a (HTML news pages of ~70 outlets): fields an HTML page gives that the
record missed or moved. Each test failed before its fix."""

from __future__ import annotations

from zhengben import extract, restore_html
from zhengben.writers.record import to_record

BODY = [
    "江城日报讯（记者 王敏）5月11日，市交通运输局宣布，自下周一起，市区将新增三条公交线路。",
    "据介绍，新线路全部采用新能源车辆，首末班时间为早六点至晚十点，高峰时段发车间隔不超过八分钟。",
    "市交通运输局相关负责人表示，新线路是根据今年春季开展的市民出行问卷调整的，共收集意见两千余条。",
]


def _html(body: str, head: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>市区新增三条公交线路_江城网</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/n/'>新闻</a><a href='/s/'>体育</a></div>{body}"
            "<div class='footer'>江城网 版权所有</div></body></html>").encode()


ARTICLE = "".join(f"<p>{p}</p>" for p in BODY)


def test_an_html_page_s_breadcrumb_gives_the_record_its_channel() -> None:
    # s16a: channel was [] on every HTML page (the trail is furniture the text pipeline never sees)
    page = _html("<div class='crumb'><a href='/'>首页</a> &gt; <a href='/sh/'>社会</a> &gt; 正文</div>"
                 f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div>")
    assert to_record(restore_html(page))["channel"] == ["首页", "社会"]
    trad = _html("<div class='bread'><a href='/'>首頁</a> › <a href='/life/'>生活</a></div>"
                 f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div>")
    assert to_record(restore_html(trad))["channel"] == ["首頁", "生活"]
    none = _html(f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div>")
    assert to_record(restore_html(none))["channel"] is None or to_record(restore_html(none))["channel"] == []


def test_a_utc_time_whose_day_the_page_shows_keeps_its_zone() -> None:
    # s16a: BBC (London) shows 2024年7月17日 for 20:05Z on the 17th; moved to UTC+8 it was the 18th
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-17T20:05:00Z"}</script>'
    page = _html(f"<h1>市区新增三条公交线路</h1><time datetime='2024-07-17'>2024年7月17日</time>"
                 f"<div class='article'>{ARTICLE}</div>", head=ld)
    assert extract(page)["published"].startswith("2024-07-17")
    # a page that shows the UTC+8 day keeps the conversion
    page = _html(f"<h1>市区新增三条公交线路</h1><time datetime='2024-07-18'>2024年7月18日</time>"
                 f"<div class='article'>{ARTICLE}</div>", head=ld)
    assert extract(page)["published"] == "2024-07-18T04:05:00+08:00"


def test_a_byline_meta_names_the_author() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY[1:] * 2)  # (no 记者 in the text)
    page = _html(f"<h1>市区新增三条公交线路</h1><div class='article'>{body}</div>",
                 head="<meta name='byline' content='DANIEL MARSH'>")
    assert extract(page)["author"] == "DANIEL MARSH"


def test_a_textarea_body_is_read_though_the_description_repeats_its_lead() -> None:
    # s16a: 环球网 keeps its body escaped in a textarea; a <meta description> copying the lead made
    # it look like a "copy this code" box that repeats the shown article, and the page had no text
    stored = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY)
    page = (f"<html><head><meta charset='utf-8'><title>市区新增三条公交线路_环球网</title>"
            f"<meta name='description' content='{BODY[1][4:30]}'></head><body>"
            f"<h3>市区新增三条公交线路</h3><textarea class='article-content' style='display:none'>{stored}"
            "</textarea><div class='foot'>环球网版权所有</div></body></html>").encode()
    assert extract(page)["text"].split("\n\n") == BODY


def test_a_title_tag_that_only_names_the_site_gives_way_to_the_headline() -> None:
    # s16a: <title>浙江日报</title> was taken for the headline over the page's <h1>
    page = (f"<html><head><meta charset='utf-8'><title>浙江日报</title></head><body>"
            f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div></body></html>").encode()
    assert extract(page)["title"] == "市区新增三条公交线路"


def test_an_e_paper_gives_its_issue_date() -> None:
    # s16a: an e-paper's only date is its masthead's issue date (南方日报 数字报: no weekday beside it)
    top = "<div class='paperdate'>2024年07月19日</div><div class='logo'>江城日报 数字报</div>"
    epaper = (f"<html><head><meta charset='utf-8'><title>市区新增三条公交线路</title></head><body>{top}"
              "<div class='banmian'>第00005版：城市新闻</div><a href='/n4.html'>上一版</a>"
              f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE.replace('5月11日，', '')}</div>"
              "</body></html>").encode()
    assert extract(epaper)["published"] == "2024-07-19"


def test_review_s16b_menus_steps_and_widgets_are_no_channel_and_an_agency_no_author() -> None:
    menu = ("<div class='topnav'><a href='/'>首页</a> / <a href='/n/'>新闻</a> / <a href='/s/'>体育</a> / "
            "<a href='/y/'>娱乐</a> / <a href='/c/'>财经</a></div>")
    steps = "<p>报到 &gt; 缴费 &gt; 领取宿舍钥匙 &gt; 体检</p>"
    for page in (_html(f"{menu}<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div>"),
                 _html(f"<h1>市区新增三条公交线路</h1>{steps}<div class='article'>{ARTICLE}</div>"),
                 _html(f"<h1>内容&gt;流量</h1><div class='article'>{ARTICLE}</div>"),
                 _html(f"<div><a href='/1'>上一篇</a> &gt; 江城举行龙舟赛</div><h1>市区新增三条公交线路</h1>"
                       f"<div class='article'>{ARTICLE}</div>")):
        assert not to_record(restore_html(page))["channel"]
    body = "".join(f"<p>{p}</p>" for p in BODY[1:] * 2)
    page = _html(f"<h1>市区新增三条公交线路</h1><div class='article'>{body}</div>",
                 head="<meta name='byline' content='Reuters'>")
    assert extract(page)["author"] is None


def test_review_s16d_a_short_headline_named_like_a_site_stays_and_a_top_bar_day_is_no_issue_date() -> None:
    page = (f"<html><head><meta charset='utf-8'><title>织密民生保障网</title></head><body>"
            f"<h2>24小时热门新闻排行</h2><div class='article'>{ARTICLE}</div></body></html>").encode()
    assert extract(page)["title"] == "织密民生保障网"
    top = "<div class='top'>今天是2026年11月27日 <a href='/epaper/'>数字报</a></div>"
    body = ARTICLE.replace("5月11日，", "")
    page = (f"<html><head><meta charset='utf-8'><title>市区新增三条公交线路</title></head><body>{top}"
            f"<h1>市区新增三条公交线路</h1><div class='article'>{body}</div></body></html>").encode()
    assert extract(page)["published"] is None


def test_final_check_s16_a_platform_byline_is_no_author_and_a_trail_s_headline_no_channel() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY[1:] * 2)
    page = _html(f"<h1>市区新增三条公交线路</h1><div class='article'>{body}</div>",
                 head="<meta name='byline' content='金融界'>")
    assert extract(page)["author"] is None
    crumb = ("<div class='crumb'><a href='/'>首页</a> &gt; <a href='/sh/'>社会</a> &gt; 市区新增三条公交线路</div>"
             f"<h1>市区新增三条公交线路</h1><div class='article'>{ARTICLE}</div>")
    assert to_record(restore_html(_html(crumb)))["channel"] == ["首页", "社会"]


def test_review_s16e_a_person_in_the_byline_meta_and_a_book_in_the_trail_stay() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY[1:] * 2)
    page = _html(f"<h1>市区新增三条公交线路</h1><div class='article'>{body}</div>",
                 head="<meta name='byline' content='王晓明'>")
    assert extract(page)["author"] == "王晓明"
    crumb = ("<div class='crumb'><a href='/'>首页</a> &gt; <a href='/x/'>玄幻小说</a> &gt; 斗破苍穹</div>"
             f"<h1>斗破苍穹 第一章</h1><div class='article'>{ARTICLE}</div>")
    assert to_record(restore_html(_html(crumb)))["channel"] == ["首页", "玄幻小说", "斗破苍穹"]
