"""Pages from session 13's probes: s13a (HTML pages of Chinese platforms: WeChat, self-media,
blogs, mobile and script-built pages) and s13b (plain-text pages corrupted blind, by a generator
written without reading this project's rules). Each test failed before its fix."""

from __future__ import annotations

import pytest

from conftest import record_of as _rec
from zhengben import extract, replay, restore, restore_html
from zhengben.writers.record import to_record

TITLE = "国产大模型发布 推理成本下降约六成"
DL = "2024-03-15 10:20 来源：科技日报"
P1 = "发布会上，公司首席科学家陈立群表示，新模型在同等精度下的推理成本较上一代下降约62%，上下文窗口扩展至128K。"
P2 = "据介绍，该模型采用混合专家架构，总参数约4000亿，每次推理激活约370亿参数，将于4月起向开发者开放接口。"
P3 = "据统计，2023年中法双边贸易额达789亿美元，法国是中国在欧盟的第三大贸易伙伴。"


@pytest.mark.parametrize(("bad", "good"), [
    # a run of keyword clauses spliced mid-sentence, the last word glued to the prose after it
    ("据统计，2023年中法双边贸易额达789亿美元，皇冠体育投注平台，太阳城娱乐网址，办理各类证件法国是中国在欧盟的第三大贸易伙伴。", P3),
    # a short porn phrase appended after the last sentence
    (P2 + "欧美成人视频网站", P2),
    # ... or glued to the head of a clause
    (P2.replace("4000亿，", "4000亿，国产精品一区二区三区"), P2),
])
def test_spliced_spam_clauses_go_and_the_paragraph_stays(bad: str, good: str) -> None:
    record = _rec(TITLE, DL, P1, bad)
    assert record["paragraphs"] == [P1, good]
    assert record["verdict"]["injected_spam"]


@pytest.mark.parametrize("line", [
    "近年来，网络赌博，电信诈骗等违法犯罪活动高发，公安机关持续开展专项打击行动。",
    "涉案的皇冠体育，太阳城娱乐等平台均已被关停，相关人员已被依法处理。",
    "他坦言，自己曾沉迷百家乐，输掉了全部积蓄，如今在社区做志愿者。",
    "调查发现，这些网站打着成人视频，在线直播的旗号，实际上是诈骗平台，已有多人上当受骗。",
    "澳门特区政府表示，澳门赌场，酒店业收入连续三个月回升，经济复苏势头良好。",
    "业内人士指出，六合彩，百家乐等赌博游戏在网上泛滥，必须依法严厉整治。",
    "他说，后来下载了百家乐和老虎机，半年输掉了二十多万元。",
])
def test_news_naming_gambling_or_porn_in_a_clause_stays(line: str) -> None:
    record = _rec(TITLE, DL, P1, line)
    assert record["paragraphs"] == [P1, line]
    assert not record["verdict"]["injected_spam"]


@pytest.mark.parametrize(("line", "keywords"), [
    ("关键词：高铁 / 西渝高铁 / 交通", ["高铁", "西渝高铁", "交通"]),
    ("关键词：高铁 ／ 交通", ["高铁", "交通"]),
    ("关键词：5G／6G 通信", ["5G／6G", "通信"]),
    ("关键词：5G/6G 通信", ["5G/6G", "通信"]),
])
def test_keywords_separated_by_a_slash(line: str, keywords: list[str]) -> None:
    assert _rec(TITLE, DL, P1, P2, line)["keywords"] == keywords


@pytest.mark.parametrize("dateline", ["第一财经  2024.11.26 19:30", "香港01 2024-11-26 19:30"])
def test_an_outlets_name_before_the_date_and_time_is_a_dateline(dateline: str) -> None:
    """An outlet whose name ends in no 报/网/新闻, set before the date and time, heads a dateline."""
    record = _rec(TITLE, dateline, P1, P2)
    assert (record["title"], record["published"], record["paragraphs"]) == (
        TITLE, "2024-11-26T19:30:00+08:00", [P1, P2])


@pytest.mark.parametrize("title", [
    "国产精品一区二区三区 " + TITLE,  # a keyword run set before the headline by a space
    TITLE + "-澳门新葡京娱乐官网-百家乐真人荷官在线",  # ... or glued after it by bare hyphens
])
def test_a_headline_keeps_its_words_when_spam_is_glued_to_it(title: str) -> None:
    assert _rec(title, DL, P1, P2)["title"] == TITLE


@pytest.mark.parametrize("title", ["澳门-横琴口岸通关人数创新高", "中国-东盟博览会开幕 澳门威尼斯人酒店承办晚宴"])
def test_a_headline_with_a_hyphen_or_a_venue_stays_whole(title: str) -> None:
    assert _rec(title, DL, P1, P2)["title"] == title


def test_a_space_after_a_mark_inside_a_sentence_goes() -> None:
    """&nbsp; after a full-width comma is debris; a space after 。 may be a flattened paragraph
    break and stays."""
    record = _rec(TITLE, DL, P1.replace("，", "，&nbsp;", 1), P2)
    assert record["paragraphs"] == [P1, P2]
    kept = "第一句话说完了。 第二句话接着说。"
    assert _rec(TITLE, DL, P1, kept)["paragraphs"] == [P1, kept]


def test_an_indented_line_with_one_more_indent_after_a_sentence_is_two_paragraphs() -> None:
    doc = restore("\u3000\u3000" + P1 + "\u3000\u3000" + P2 + "\n\n\u3000\u3000" + P3 + "\n")
    assert replay(doc.original, doc.edits) == doc.text
    assert to_record(doc)["paragraphs"] == [P1, P2, P3]


def _wrapped(text: str, width: int) -> str:
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


def test_a_hard_wrap_does_not_join_dated_list_items() -> None:
    related = ["推荐阅读", "教育部：严禁学校违规收费 2024-05-12", "国务院常务会议部署稳就业相关工作  (03-16)",
               "全国铁路暑运累计发送旅客8.6亿人次  (03-16)"]
    record = _rec(TITLE, DL, _wrapped(P1 + P2 + P3, 25), "\n".join(related))
    assert record["paragraphs"] == [P1 + P2 + P3]


def test_a_hard_wrap_does_not_join_a_share_row_to_the_dateline() -> None:
    record = _rec(TITLE, "发布时间：2024-05-07 06:30:00\u3000来源：中国新闻网\n分享：  微信  微博  复制链接",
                  _wrapped(P1 + P2 + P3 + P1, 34))
    assert (record["source"], record["paragraphs"]) == ("中国新闻网", [P1 + P2 + P3 + P1])


def _mirror(*paragraphs: str) -> dict:
    """A page an s2t converter made from simplified text, with a few flattened readings."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    lead = s2t.convert(P1).replace("會", "會(huì)", 1).replace("數", "數(shù)", 1).replace("據", "據(jù)", 1)
    return _rec(s2t.convert(TITLE), s2t.convert(DL), lead, *paragraphs)


def test_a_mirror_restores_the_ascii_commas_of_its_one_swapped_paragraph() -> None:
    record = _mirror("王德軍一邊查看溫溼度儀表,一邊告訴記者,智能化育秧大棚裡工人們正在擺放秧盤。")
    assert record["paragraphs"][1] == "王德军一边查看温湿度仪表，一边告诉记者，智能化育秧大棚里工人们正在摆放秧盘。"


def test_a_mirror_gives_a_bracket_pair_of_two_widths_one() -> None:
    record = _mirror("嫦娥六號成功著陸在月球背面南極—艾特肯盆地(SPA）預選著陸區,此後完成了採樣.")
    assert record["paragraphs"][1] == "嫦娥六号成功着陆在月球背面南极—艾特肯盆地（SPA）预选着陆区，此后完成了采样。"


@pytest.mark.parametrize(("text", "fixed"), [("盆地(SPA）預選", "盆地（SPA）預選"), ("說（記者 高峰)好", "說（記者 高峰）好"),
                                             ("a(b）c", "a(b）c")])
def test_mixed_bracket_pairs(text: str, fixed: str) -> None:
    from zhengben.repair.punct import restorable

    out = text
    for c in sorted(restorable(text), reverse=True):
        out = out[:c.start] + c.after + out[c.end:]
    assert out == fixed


def _html(body: str, title: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='info'>2024-03-15 10:20</div><article>{body}</article></body></html>").encode()


@pytest.mark.parametrize("line", [
    "本文共3页 [1] [2] [3]",
    "赞 56 踩 2",
    "满意度评价：满意 基本满意 不满意",
    "点击右上方“关注”，每天为您分享新鲜有趣的汽车资讯，感谢您的支持！",
    "更多精彩内容，就在简书APP",
    "加入LINE TODAY好友，掌握最新消息",
    "LINE TODAY 提醒您：出遊注意安全",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services.",
    "新浪看点声明：本文为看点作者上传，不代表新浪立场。",
    "上一张 下一张 查看原图 全屏 返回图集列表",
    "3/3",
    "广告加载中",
])
def test_platform_chrome_under_an_article_goes(line: str) -> None:
    """Pagers, vote and rating widgets, follow and app prompts, self-media platforms' notices, a
    photo viewer's controls and an ad's placeholder (probe s13a)."""
    text = extract(_html(f"<p>{P1}</p><p>{P2}</p><p>{line}</p>"))["text"]
    assert text == f"{P1}\n\n{P2}"


def test_a_blog_platforms_header_of_date_and_counters_is_its_dateline() -> None:
    record = _rec(TITLE, "2024.04.28 21:10:00 字数 256 阅读 1,024", P1, P2)
    assert (record["published"], record["paragraphs"]) == ("2024-04-28T21:10:00+08:00", [P1, P2])


@pytest.mark.parametrize("line", [
    "外交部声明：中方立场是一贯的、明确的，不代表任何第三方。",
    "他说，点赞和评论的数量并不能说明一篇文章的质量。",
])
def test_prose_beside_platform_chrome_stays(line: str) -> None:
    assert _rec(TITLE, DL, P1, line)["paragraphs"] == [P1, line]


def _meta(body: str, url: str = "https://www.example.cn/a/1.html") -> dict:
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"{body}</body></html>").encode()
    return to_record(restore_html(page, url=url), lines=False, edits=False)


@pytest.mark.parametrize("note", [
    "新浪看点声明：本文为看点作者上传，不代表新浪立场。",
    "喜歡這篇文章嗎？贊助支持作者持續創作",
    "（本文为头条号作者原创，未经授权不得转载）",
])
def test_a_platform_note_naming_the_author_gives_no_author(note: str) -> None:
    record = _meta(f"<div class='info'>2024-05-14 12:36</div><article><p>{P1}</p><p>{P2}</p><p>{note}</p></article>")
    assert record["author"] is None


@pytest.mark.parametrize(("row", "source"), [
    ("【信息来源：民政局】【信息时间：<script>document.write('2024-05-06')</script>】【阅读次数：88】", "民政局"),
    ("2024-03-15 10:20 来源：上海发布", "上海发布"),  # a government account's name ends in 发布
    ("来源：新华社发布时间：2024-03-15 10:20", "新华社"),
])
def test_a_source_ends_at_its_field(row: str, source: str) -> None:
    assert _meta(f"<div class='info'>{row}</div><div class='content'><p>{P1}</p><p>{P2}</p></div>")["source"] == source


def test_a_photo_credit_is_no_source() -> None:
    body = f"<div class='content'><p>{P1}</p><p>▲那拉提草原 图片来源：视觉中国</p><p>{P2}</p></div>"
    assert _meta("<div class='info'>2024-03-15 10:20</div>" + body)["source"] is None


WECHAT = ("<div id='img-content' class='rich_media_wrp'><h1 class='rich_media_title' id='activity-name'>" + TITLE
          + "</h1><div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_text'>"
          "原创</span> <span class='rich_media_meta rich_media_meta_text'>刘颖</span> <span class='rich_media_meta "
          "rich_media_meta_nickname'><a id='js_name'>赣州农业</a></span> <em id='publish_time' class='rich_media_meta "
          "rich_media_meta_text'>2024-03-15 10:20</em></div><div class='rich_media_content' id='js_content' "
          f"style='visibility: hidden;'><p>{P1}</p><p>{P2}</p></div><div class='rich_media_tool'><a id='js_view_source'>"
          "阅读原文</a><span>阅读 2.1万</span><a>在看</a></div><div class='discuss_container'><p class='discuss_title'>留言"
          "</p><span class='nickname'>林间小鹿</span><p class='discuss_message'>支持，这样的报道多来点！</p></div></div>")


def test_a_wechat_article_keeps_its_text_and_names_its_writer() -> None:
    """The tool row (阅读原文, 在看) and the reader comments go; the meta span beside the account's
    name is the writer, its 原创 mark is not."""
    record = _meta(WECHAT, "https://mp.weixin.qq.com/s/abc")
    assert (record["paragraphs"], record["author"]) == ([P1, P2], "刘颖")


def test_a_json_ld_body_gives_its_utc_time_in_beijing_time() -> None:
    import json

    ld = {"@type": "Article", "headline": TITLE, "datePublished": "2024-03-16T18:05:00Z",
          "articleBody": P1 + P2 + P3 + P1 + P2}
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title><script type='application/ld+json'>"
            f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id='app'></div></body></html>").encode()
    assert extract(page)["published"] == "2024-03-17T02:05:00+08:00"


def test_a_posts_latin_end_mark_closes_it() -> None:
    """The account's bio under —END— goes with the mark; a mark with a whole story under it is text."""
    assert _rec(TITLE, DL, P1, P2, "—END—", "作者简介：苏小暖，整理收纳师。", "往期推荐")["paragraphs"] == [P1, P2]
    story = [P2, P3, *(f"{P1[:-1]}，第{k}次。" for k in range(4))]
    assert _rec(TITLE, DL, P1, "—END—", *story)["paragraphs"] == [P1, "—END—", *story]


def test_the_posts_heading_wins_over_the_blogs_name_in_the_header() -> None:
    head = "记一次线程池耗尽的排查过程"
    page = ("<html><head><meta charset='utf-8'><title>" + head + " - 码农老李 - 博客园</title></head><body>"
            "<div id='header'><h1><a class='headermaintitle'>码农老李</a></h1><h2>记录点滴</h2></div><div class='post'>"
            f"<h1 class='postTitle'><a><span>{head}</span></a></h1><div id='cnblogs_post_body'><p>{P1}</p><p>{P2}</p>"
            "</div><div class='postDesc'>posted @ 2024-05-16 23:41 码农老李</div></div></body></html>").encode()
    assert extract(page, url="https://www.cnblogs.com/laoli/p/1")["title"] == head


# review s13 (helper-74): genuine text the rules above first harmed
@pytest.mark.parametrize("line", [
    "在澳门，威尼斯人，银河娱乐，永利娱乐等综合度假村每年接待游客超过千万人次，带动了当地餐饮和零售业的发展。",
    "展会上，棋牌游戏，捕鱼游戏，消除类游戏三大品类占据了半数展位，业内人士认为小游戏市场潜力巨大。",
    "中国企业的海外市场已覆盖非洲，拉美，加勒比，东南亚等地区，出口额连续三年保持两位数增长。",
    "这部剧讲述了一个家庭的故事，人妻，少妇，少女三代女性的命运交织在一起，引发观众共鸣。",
    "报告显示，近年来数字经济快速发展，线上娱乐平台用户规模持续扩大，已突破十亿人，成为拉动消费的新引擎。",
    "疫情期间，小区被划分为三个管控区域，一区二区三区的居民分批进行核酸检测，社区工作人员全程引导。",
    "打开公众号页面后，点击右上角的“关注”按钮，就可以收到推送了。",
])
def test_review_s13_genuine_lines_stay(line: str) -> None:
    assert _rec(TITLE, DL, P1, line)["paragraphs"] == [P1, line]


@pytest.mark.parametrize("rows", [
    ["报名截止 2024-11-26 18:00", "作品提交 2024-12-10 18:00", "现场答辩 2024-12-20 09:00"],
    ["小米新品发布会 2024-11-26 19:30"],
    ["12/03"],
])
def test_review_s13_schedule_rows_are_text(rows: list[str]) -> None:
    record = _rec(TITLE, DL, P1, *rows, P2)
    assert record["paragraphs"] == [P1, *rows, P2] and record["published"] == "2024-03-15T10:20:00+08:00"


def test_review_s13_a_wrapped_line_ending_in_a_date_still_joins() -> None:
    head = "本次考试网上报名工作将于近日启动，报名截止为2024-05-12"
    text = head + ("，请考生在规定时间内登录报名系统完成信息填报和网上缴费，逾期系统将自动关闭，不再受理任何形式的补报名申请，"
                   "请广大考生相互转告，提前做好准备，以免错过报名时间，影响正常参加考试。")
    assert _rec(TITLE, DL, _wrapped(text, len(head)))["paragraphs"] == [text]


def test_review_s13_code_keeps_the_spaces_in_its_strings() -> None:
    line = 'print("你好，  世界")'
    assert _rec(TITLE, DL, P1, line)["paragraphs"] == [P1, line]


def test_review_s13_a_list_number_in_brackets_closes_nothing() -> None:
    record = _mirror("確保就業大局穩定（重點群體包括：1) 高校畢業生；2) 農民工；3) 退役軍人）。")
    assert record["paragraphs"][1] == "确保就业大局稳定（重点群体包括：1) 高校毕业生；2) 农民工；3) 退役军人）。"


@pytest.mark.parametrize("cls", ["tool", "discussion"])
def test_review_s13_a_section_named_tool_or_discussion_stays(cls: str) -> None:
    text = extract(_html(f"<p>{P1}</p><div class='{cls}'><p>{P2}</p><p>{P3}</p></div>"))["text"]
    assert text == f"{P1}\n\n{P2}\n\n{P3}"


def test_review_s13_a_video_credit_is_the_source() -> None:
    assert _meta(f"<div class='info'>2024-05-07 10:00 视频来源：央视新闻</div><div class='content'><p>{P1}</p><p>{P2}</p></div>"
                 )["source"] == "央视新闻"


def test_a_count_glued_before_another_elements_date_leaves_the_date() -> None:
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='info'>"
            "<span class='view'>12.3万</span><span class='dm'>856</span><span class='pubdate'>2024-08-02 19:00:00</span>"
            f"</div><div class='desc'><p>{P1}</p><p>{P2}</p></div></body></html>").encode()
    assert extract(page)["published"] == "2024-08-02T19:00:00+08:00"


def test_linked_sentences_between_an_articles_paragraphs_are_its_text() -> None:
    """Probe s13c: items that are whole sentences behind their links, inside the story, are text. (A
    page of such items alone stays no article: review s13b showed tickers and related lists of
    linked sentences taken for the story when they counted as text everywhere.)"""
    items = ["国务院常务会议部署推动大规模设备更新和消费品以旧换新，要求各地抓紧制定具体实施方案。",
             "国家统计局：一季度国内生产总值同比增长5.3%，国民经济实现良好开局。"]
    body = f"<p>{P1}</p>" + "".join(f"<p><a href='/x{i}.htm'>{t}</a></p>" for i, t in enumerate(items)) + f"<p>{P2}</p>"
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}_中国青年网</title></head><body><h1>{TITLE}</h1>"
            f"<div>2024-04-17 07:00:00 来源：中国青年网</div><div class='article-body'>{body}</div></body></html>").encode()
    assert extract(page)["text"] == "\n\n".join([P1, *items, P2])


TW = ["台積電今日召開法說會，第二季營收創新高，毛利率優於財測，董事長表示人工智慧需求強勁。",
      "法人分析，台積電上調財測有助提振市場信心，半導體供應鏈下半年營運可望同步受惠。"]


@pytest.mark.parametrize("line", [
    "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
    "★快點加入《三立新聞網》Line官方帳號，開啟小鈴鐺！重大新聞不漏接！",
    "星島頭條App 每日賞你百萬現金",
    "往下看更多新聞",
    "【其他新聞】",
    "本文為天下雜誌會員專屬，立即訂閱看完整內容",
    "支持獨立媒體，請按此捐款",
    "分享列印",
    "【 第1頁 第2頁 】",
    "网易跟帖",
    "跟贴 热贴 0",
])
def test_taiwan_and_hong_kong_outlets_chrome_goes(line: str) -> None:
    """Probe s13c: app and LINE prompts, more-news headers, paywall and donation boxes, print
    buttons, page links and comment widgets of TW/HK (and 网易's) article pages."""
    page = ("<html><head><meta charset='utf-8'><title>台積電法說會</title></head><body><h1>台積電法說會</h1>"
            f"<div>2024-07-18 16:10</div><div class='article-body'><p>{TW[0]}</p><p>{TW[1]}</p><p>{line}</p></div>"
            "</body></html>").encode()
    assert extract(page)["text"] == "\n\n".join(TW)


@pytest.mark.parametrize(("row", "author", "published"), [
    ("2024/07/18 16:10 東森新聞 許文豪 報導", "許文豪", "2024-07-18T16:10:00+08:00"),
    ("新頭殼newtalk | 林朝億 綜合報導 發布 2024.07.18 | 16:10", "林朝億", "2024-07-18T16:10:00+08:00"),
])
def test_taiwan_bylines_with_their_dates_on_one_line(row: str, author: str, published: str) -> None:
    page = ("<html><head><meta charset='utf-8'><title>台積電法說會</title></head><body><h1>台積電法說會</h1>"
            f"<div class='info'><span>{row}</span></div><div class='article-body'><p>{TW[0]}</p><p>{TW[1]}</p></div>"
            "</body></html>").encode()
    got = extract(page)
    assert (got["author"], got["published"]) == (author, published)


@pytest.mark.parametrize("box", ["<div id='preface'>{cut}</div>", "<div>{cut}</div>"])
def test_a_cut_copy_of_the_lead_goes(box: str) -> None:
    """Probe s13c: a summary box (民視's preface) copying the lead's first 30 characters with no
    ellipsis; unmarked, a copy of 24 characters or more of the very next paragraph's opening."""
    body = box.format(cut=TW[0][:30]) + f"<p>{TW[0]}</p><p>{TW[1]}</p>"
    page = ("<html><head><meta charset='utf-8'><title>台積電法說會 - 民視新聞網</title></head><body><h1>台積電法說會</h1>"
            f"<span class='date'>發稿時間：2024/07/24 19:30</span><div class='article-body'>{body}</div></body></html>").encode()
    assert extract(page)["text"] == "\n\n".join(TW)


# review s13b (helper-76): genuine pages the later rules first harmed
def test_review_s13b_a_quoted_the_end_is_text() -> None:
    story = ["但故事并没有真正结束。散场后，许多观众仍然坐在座位上，久久不愿离去。", "一位老观众告诉记者，二十年前他第一次看这部电影时还是大学生。"]
    record = _rec(TITLE, DL, "银幕上缓缓浮现出片尾字幕，黑底白字只有两个单词：", "THE END", *story)
    assert record["paragraphs"][-2:] == story


@pytest.mark.parametrize(("tag_title", "headings", "title"), [
    ("春节放假通知_通知公告_广州市人力资源和社会保障局", "<h1>春节放假通知</h1>", "春节放假通知"),
    ("奋斗者的春天——记全国劳动模范王建国同志的三十年_新华网",
     "<h1>奋斗者的春天</h1><h2>——记全国劳动模范王建国同志的三十年</h2>", "奋斗者的春天"),
])
def test_review_s13b_the_headline_over_other_title_headings(tag_title: str, headings: str, title: str) -> None:
    page = (f"<html><head><meta charset='utf-8'><title>{tag_title}</title></head><body><div class='main'>{headings}"
            f"<div class='info'>2024-01-20 10:00</div><p>{P1}</p><p>{P2}</p></div><div class='bottom'>"
            "<h2>广州市人力资源和社会保障局</h2><p>地址：广州市越秀区</p></div></body></html>").encode()
    assert extract(page)["title"] == title


@pytest.mark.parametrize("line", [
    "不用抽不用抢，今年起本市义务教育阶段入学全部实行电脑派位。",
    "支持独立媒体，请按此捐款，这是不少香港网媒页面底部的一行字。",
    "平台页面显示“本剧为会员专属，立即订阅即可观看”，引发不少消费者不满。",
])
def test_review_s13b_prose_quoting_prompts_stays(line: str) -> None:
    assert _rec(TITLE, DL, P1, line)["paragraphs"] == [P1, line]
