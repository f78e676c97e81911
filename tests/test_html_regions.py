"""HTML pages in the shapes of Taiwan, Hong Kong and mainland templates the shared sets lack:
UTC times, stock closing notices, bylines, related-list headings. Every page here is composed for
these tests."""

from __future__ import annotations

import pytest

from zhengben.readers.html import extract_html

_BODY = "".join(f"<p>{p}</p>" for p in (
    "台積電今天公布九月營收，達新台幣一千八百零四億元，較上月增加百分之四點四，表現優於市場預期。",
    "法人分析，人工智慧相關晶片需求持續強勁，先進製程產能利用率維持高檔，帶動營收回溫。",
    "供應鏈業者指出，第四季蘋果新機備貨進入高峰，台積電下半年營運可望逐季走高。",
))


def _page(head: str = "", before: str = "", after: str = "", title: str = "台積電9月營收月增4.4%") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 新聞網</title>{head}</head><body>"
            f"<div class='nav'><a>即時</a><a>社會</a></div><h1>{title}</h1>{before}"
            f"<div class='article-body'>{_BODY}{after}</div><div class='footer'>版權所有</div></body></html>"
            ).encode()


@pytest.mark.parametrize("head, before", [
    ("", "<time datetime='2023-10-05T16:30:00.000Z'>2023年10月6日 週五 上午12:30</time>"),
    ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-10-05T22:00:00Z\"}</script>", ""),
    ("<meta property='article:published_time' content='2023-10-05T16:40:00+00:00'>",
     "<span>發佈日期：2023-10-06 00:40</span>"),
])
def test_a_utc_time_on_a_chinese_page_is_given_in_utc8(head: str, before: str) -> None:
    """The same instant, on the day the reader sees: 16:30Z on the 5th is 00:30 on the 6th."""
    art = extract_html(_page(head, before))
    assert art.published is not None and art.published.value.startswith("2023-10-06T")
    assert art.published.value.endswith("+08:00") and "utc8" in art.published.origin


def test_a_utc_time_on_an_english_page_stays_utc() -> None:
    body = "".join(f"<p>{'The council voted on the budget after a long debate about schools. ' * 3}</p>" for _ in range(3))
    html = (f"<html><head><meta charset='utf-8'><title>Budget vote</title><meta property='article:published_time' "
            f"content='2023-10-05T16:30:00Z'></head><body><h1>Budget vote</h1><article>{body}</article></body></html>")
    art = extract_html(html.encode())
    assert art.published is not None and art.published.value.startswith("2023-10-05T16:30")


def test_a_big5_page_with_mainland_usage_stays_traditional() -> None:
    """Big5 bytes were written in traditional script: “” quotes and mainland terms on them are the
    outlet's usage (pro-Beijing Hong Kong papers), not a converter's trace."""
    from zhengben import restore_html

    body = ("<p>特區政府昨日舉行國慶酒會，行政長官表示，香港正處於“由治及興”的新階段，將全力推動高質量發展。</p>"
            "<p>他指出，“一國兩制”行穩致遠，香港要發揮“超級聯繫人”作用，市民紛紛在網絡上分享視頻。</p>")
    html = (f"<html><head><meta charset='big5'><title>國慶酒會</title></head><body><h1>國慶酒會</h1>"
            f"<div class='content'>{body}</div></body></html>").encode("big5")
    doc = restore_html(html)
    assert doc.signals["regional_origin"] == "big5"
    assert not doc.decisions["mirror"] and "國慶" in doc.text and "網絡" in doc.text


@pytest.mark.parametrize("credit", [
    "<div class='article-credits'><span>記者</span><a href='/author/1'>林家豪</a></div>",
    "<div class='reporter'><a href='/o'>新頭殼newtalk</a> | <a href='/r/1'>林家豪</a> 綜合報導</div>",
])
def test_a_linked_byline_under_the_headline_names_the_author(credit: str) -> None:
    """A byline made of links (the label in one element, the name in a link) is still a byline."""
    art = extract_html(_page(before=credit))
    assert art.author is not None and art.author.value == "林家豪"


def test_an_article_stored_escaped_in_a_textarea_is_read() -> None:
    """环球网 keeps the body as escaped markup in a textarea for a script to render, and the
    time as milliseconds in another; a comment form's textarea stays out."""
    import html as html_lib

    escaped = html_lib.escape(_BODY.replace("台積電", "某公司") * 2)
    page = ("<html><head><meta charset='utf-8'><title>某公司营收增长_环球网</title></head><body>"
            "<textarea class='article-time'>1697598000000</textarea>"
            f"<textarea class='article-content'>{escaped}</textarea>"
            "<form><textarea name='comment'>请在此发表您的评论，文明上网理性发言</textarea></form></body></html>")
    art = extract_html(page.encode())
    text = "\n".join(art.paragraphs)
    assert "某公司今天公布九月營收" in text and "发表您的评论" not in text
    assert art.published is not None and art.published.value.startswith("2023-10-18T11:00")


def test_a_date_split_over_elements_is_read() -> None:
    """新华网's header prints the year, month/day and time in separate elements."""
    header = ("<div class='header-time'><span class='year'><em> 2023</em></span><span class='day'><em> 10</em>/"
              "<em>18</em></span><span class='time'> 10:39:02</span></div>")
    art = extract_html(_page(before=header))
    assert art.published is not None and art.published.value == "2023-10-18T10:39:02+08:00"


@pytest.mark.parametrize("ending", ["…", "……"])
def test_a_summary_box_cut_from_the_first_paragraph_is_left_out(ending: str) -> None:
    """A standfirst that is the first paragraph cut off with dots is a copy, inside the container or
    not (a "……" only in a box named a summary: elsewhere it is a writer's own)."""
    first = _BODY.split("</p>")[0].removeprefix("<p>")
    box = f"<div class='summary'><p>{first[:30]}{ending}</p></div>"
    for where in ("before", "inside"):
        page = _page(before=box) if where == "before" else (
            _page().replace(b"<div class='article-body'>", f"<div class='article-body'>{box}".encode()))
        paras = extract_html(page).paragraphs
        assert sum(p.startswith(first[:20]) for p in paras) == 1, (where, paras)


def test_the_next_article_under_a_next_label_is_not_this_one() -> None:
    other = ("<div class='next-article'><div class='label'>下一篇</div><h2>另一篇報導的標題</h2>"
             "<div class='article-body'><p>這是另一篇報導的第一段內容，描述完全不同的事件經過與各方反應，篇幅不短。</p>"
             "<p>這是另一篇報導的第二段內容，記者採訪了多位相關人士並整理出最新的發展情況。</p></div></div>")
    page = _page().replace(b"<div class='footer'>", other.encode() + b"<div class='footer'>")
    text = "\n".join(extract_html(page).paragraphs)
    assert "台積電今天公布" in text and "另一篇報導" not in text


def test_an_essay_in_parts_keeps_its_parts() -> None:
    """上篇/下篇 head an essay's parts; only a 下一篇 label ends the article."""
    parts = _BODY.replace("<p>法人", "<p>下篇</p><p>法人").replace("<p>台積電", "<p>上篇</p><p>台積電", 1)
    page = _page().replace(_BODY.encode(), parts.encode())
    text = "\n".join(extract_html(page).paragraphs)
    assert "法人分析" in text and "供應鏈業者" in text


def test_a_copy_box_repeating_the_article_does_not_print_it_twice() -> None:
    import html as html_lib

    box = f"<p>复制以下代码，转载到您的博客</p><textarea>{html_lib.escape(_BODY * 2)}</textarea>"
    page = _page(after=box)
    text = "\n".join(extract_html(page).paragraphs)
    assert text.count("台積電今天公布九月營收") == 1


def test_one_author_named_twice_is_one_author_and_a_json_ld_list_is_every_author() -> None:
    bar = "<div class='info'><span>作者：林家豪</span></div>"
    page = _page(before=bar).replace(b"<div class='article-body'>", "<div class='article-body'><p>本報記者 林家豪</p>".encode())
    art = extract_html(page)
    assert art.author is not None and art.author.value == "林家豪"
    ld = ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
          "\"name\":\"林家豪\"},{\"@type\":\"Person\",\"name\":\"陳志明\"}]}</script>")
    art = extract_html(_page(head=ld))
    assert art.author is not None and art.author.value == "林家豪 陳志明"



def test_an_organisation_in_a_json_ld_author_list_is_no_author() -> None:
    ld = ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
          "\"name\":\"林家豪\"},{\"@type\":\"Organization\",\"name\":\"Reuters\"}]}</script>")
    art = extract_html(_page(head=ld))
    assert art.author is not None and art.author.value == "林家豪"


def test_a_refrain_ending_in_a_double_ellipsis_is_the_writers_own() -> None:
    refrain = "如果有一天，我老了，走不动了，看不清了……"
    body = f"<p>{refrain}</p><p>{refrain[:-2]}，你还会牵着我的手，陪我看夕阳，听我讲那些讲了很多遍的故事吗？</p>"
    page = _page().replace(_BODY.encode(), (body + _BODY).encode())
    assert refrain in extract_html(page).paragraphs


def test_a_live_page_keeps_every_timestamped_entry() -> None:
    """Each entry of a live page holds a short time stamp beside its text; the stamp costs every
    entry a little value, which must not stop the container search at the first entry."""
    entries = ("省防汛抗旱指挥部于昨日晚间将防汛应急响应提升至三级，部分低洼路段积水超过半米。",
               "消防、公安、城管等部门联合出动救援力量三千余人次，转移安置受困群众两千四百余人。",
               "气象部门预计，未来三天降雨仍将持续，局部地区有大暴雨，山洪、泥石流等风险较高。",
               "省水利厅提醒，各地要加强对中小水库、堤防和在建工程的巡查值守，确保群众安全。")
    items = "".join(f"<li><div class='live-time'>10-06 1{8 - k}:30</div><div class='live-text'><p>{t}</p></div></li>"
                    for k, t in enumerate(entries))
    html = ("<html><head><meta charset='utf-8'><title>直播｜强降雨持续_新闻网</title></head><body>"
            "<div class='nav'><a>首页</a><a>新闻</a></div><h1>直播｜强降雨持续</h1>"
            f"<div class='content'><ul class='live-list'>{items}</ul></div>"
            "<div class='footer'>版权所有 © 2023</div></body></html>").encode()
    art = extract_html(html)
    assert [p for p in art.paragraphs if "。" in p] == list(entries)


@pytest.mark.parametrize("info", ["2023-05-10 来源：<a href='/'>人民网-人民日报</a>",
                                  "<span>2023.05.10</span> by <a href='/a'>數位時代</a> <a href='/b'>陳建鈞</a>"])
def test_a_dateline_whose_source_is_a_link_gives_the_date(info: str) -> None:
    """Mostly link text, yet above the article and opening with its date: a dateline, not a feed."""
    art = extract_html(_page(before=f"<div class='info'>{info}</div>"))
    assert art.published is not None and art.published.value.startswith("2023-05-10")


def test_a_byline_opening_the_first_paragraph_after_the_papers_tag() -> None:
    body = _BODY.replace("<p>", "<p>【大紀元2023年07月28日訊】（大紀元記者李明綜合報導）", 1)
    art = extract_html(_page().replace(_BODY.encode(), body.encode()))
    assert art.author is not None and art.author.value == "李明"


@pytest.mark.parametrize("title", ["天津滨海新区开发开放再提速-新闻中心-北方网", "天津滨海新区开发开放再提速-北方网-天津"])
def test_a_title_loses_a_channel_and_site_after_unspaced_hyphens(title: str) -> None:
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<font size=5><b>天津滨海新区开发开放再提速</b></font><div class='content'>{_BODY}</div></body></html>")
    art = extract_html(html.encode())
    assert art.title is not None and art.title.value == "天津滨海新区开发开放再提速"


def test_the_writers_card_under_the_story_is_no_text() -> None:
    card = ("<div class='author-box'><img src='/a.jpg'><p class='name'>上報快訊</p>"
            "<p class='intro'>上報即時新聞中心，提供最新國內外時事。</p></div>")
    art = extract_html(_page(after=card))
    assert not any("上報" in p for p in art.paragraphs)


@pytest.mark.parametrize(("lang", "url", "day"), [
    ("zh-HK", None, "2023-10-06"), ("zh-Hant-HK", None, "2023-10-06"), ("zh-CN", "https://www.rfi.fr/cn/a.html", "2023-10-06"),
    ("zh-TW", None, "2023-06-10"), ("zh-CN", None, "2023-06-10"),  # elsewhere 06/10/2023 is June 10 (US order)
])
def test_a_slashed_date_is_read_day_first_in_regions_that_write_so(lang: str, url: str | None, day: str) -> None:
    html = _page(before="<div class='date'>發佈日期：06/10/2023 09:12</div>").replace(b"<html>", f"<html lang='{lang}'>".encode())
    art = extract_html(html, url=url)
    assert art.published is not None and art.published.value.startswith(day)


@pytest.mark.parametrize("line", [
    "原标题：台積電9月營收月增4.4%", "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。",
    "※ 以上言論不代表旺中媒體集團立場 ※",
    "“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。"
    "Notice: The content above (including the videos, pictures and audios if any) is uploaded and posted by a user of "
    "Dafeng Hao, which is a social media platform and merely provides information storage space services.”",
])
def test_repost_notes_and_statements_are_no_text(line: str) -> None:
    """A repost's 原标题 line (before the text) and a platform's statement (after it), however long."""
    where = {"before": f"<p>{line}</p>"} if line.startswith("原") else {"after": f"<p>{line}</p>"}
    art = extract_html(_page(**where))
    assert all(line[:6] not in p for p in art.paragraphs)


def test_a_dateline_between_linked_outlets_gives_the_date() -> None:
    info = ("<div class='artInfo'><span><a href='http://www.sina.com.cn'>新浪财经</a></span> "
            "<span>2012年09月12日 16:40</span> <span><a href='http://www.cs.com.cn/'>中国证券报</a></span></div>")
    art = extract_html(_page(before=info))
    assert art.published is not None and art.published.value.startswith("2012-09-12T16:40")


def test_a_microdata_author_name_is_the_author_a_pen_name_too() -> None:
    card = ("<div class='AuthorInfo' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            "<meta itemprop='name' content='通信老柳'><a href='/people/abc'>通信老柳</a>"
            "<div class='badge'>通信行业从业者</div></div>")
    art = extract_html(_page(before=card))
    assert art.author is not None and art.author.value == "通信老柳"


def test_a_first_paragraph_with_the_papers_tag_in_a_wrapper_of_its_own() -> None:
    """明報 puts the story's first paragraph (【明報專訊】…) in a div of its own before the <article>;
    the article's container stops short of it (a related list shares their parent)."""
    paras = "".join(f"<p>{p}</p>" for p in (
        "國家統計局城市司首席統計師解讀稱，8月份，消費市場繼續恢復，供求關係持續改善，居民消費價格指數同比由降轉漲，核心通脹率保持平穩。",
        "從環比看，食品價格由上月下降1.0%轉為上漲0.5%，影響居民消費價格指數上漲約0.09個百分點，其中豬肉價格上漲11.4%。",
        "非食品價格上漲0.3%，影響居民消費價格指數上漲約0.23個百分點，其中國內汽油和柴油價格分別上漲3.9%和4.3%。",
        "有經濟學家分析認為，隨着穩經濟、促消費政策逐步落地見效，居民消費意願正在回升，預計四季度物價水平將溫和回升。",
        "同日公佈的數據顯示，8月份全國工業生產者出廠價格指數同比下降3.0%，降幅比上月收窄1.4個百分點，環比上漲0.2%。"))
    related = "".join(f"<li><a href='/a/{k}.html'>相關新聞標題第{k}則，內容摘要在此</a><span>09-1{k}</span></li>"
                      for k in range(6))
    html = ("<html><head><meta charset='utf-8'><title>內地8月CPI同比升0.1% - 明報新聞網</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a><a href='/n'>新聞</a><a href='/c'>財經</a></div><div id='maincontent'>"
            "<div id='blockcontent'><hgroup><h1>內地8月CPI同比升0.1%</h1></hgroup><div class='date'>2023年9月12日星期二</div>"
            "<div id='upper'><p>【明報專訊】國家統計局12日發佈數據顯示，8月份全國居民消費價格指數同比上漲0.1%，環比上漲0.3%，"
            "其中城市上漲0.2%，農村下降0.1%。</p></div>"
            f"<article class='txt4'>{paras}</article><div class='relatedNews'><h3>相關字詞</h3><ul>{related}</ul></div>"
            "<p class='copyright'>明報網站 版權所有 不得轉載</p></div></div></body></html>").encode()
    assert extract_html(html).paragraphs[0].startswith("【明報專訊】")


def test_a_zero_size_inline_brand_is_hidden_text() -> None:
    """Text hidden for search engines inside a sentence (<font style="font-size:0px">) is left out
    where it stands; a zero font size on a block is a layout trick and hides nothing."""
    body = ("<p>2月14日，全市中小学正式开学，<font style='font-size:0px'>威尼斯人娱乐城</font>45万名学生返校上课，"
            "各学校严格落实安全措施。</p>")
    art = extract_html(_page().replace(b"<div class='article-body'>", f"<div class='article-body'>{body}".encode()))
    assert "威尼斯人" not in " ".join(art.paragraphs) and "45万名学生返校上课" in " ".join(art.paragraphs)
    wrapped = _page().replace(b"<div class='article-body'>", b"<div class='article-body' style='font-size:0'>")
    assert extract_html(wrapped).paragraphs == extract_html(_page()).paragraphs
