"""Pages from session 10's probes and the open checks of session 9's probes. Each test failed
before its fix."""

from __future__ import annotations

import pytest

from zhengben import extract, replay, restore, restore_html
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


_HEAD = "{title}\n2024年03月18日 09:30 来源：江城日报\n记者从市里获悉，今年全市经济运行总体平稳，各项工作有序推进，群众满意度持续提升。\n"
_TAIL = "\n下一步，相关部门将继续加强监管，切实保障人民群众的合法权益，推动各项工作落到实处。\n"
_PROSE = "据了解，该项目总投资约12亿元，建成后将有效缓解城区交通压力。项目预计明年年底全面完工。"


@pytest.mark.parametrize(("title", "target", "body"), [
    # a subhead over a picture is no caption (only a line that describes a picture is)
    ("江城重大项目建设综述", "重点项目加快推进", ["重点项目加快推进", "图片", _PROSE]),
    ("江城重大项目建设综述", "重点项目加快推进", ["重点项目加快推进", "▲", _PROSE]),
    # a report of a paywall is no paywall prompt
    ("大型纪录片今晚开播", "观众登录央视频客户端，即可收看完整内容。", ["观众登录央视频客户端，即可收看完整内容。"]),
    ("付费阅读渐成趋势", "记者体验发现，注册成为会员后，即可阅读全文。", ["记者体验发现，注册成为会员后，即可阅读全文。"]),
    # a report widget's reason alone is a subhead
    ("自媒体乱象调查", "疑似抄袭", ["疑似抄袭", "记者调查发现，该账号发布的多篇文章与他人作品高度雷同，部分段落几乎一字不差，引发网友热议。"]),
    # a hotline or sign-up number in a notice is no seller's handle
    ("社区推出助老服务", "助老上门服务热线：13912345678", ["社区为辖区独居老人提供以下服务：", "助老上门服务热线：13912345678"]),
    ("团市委举办青年联谊活动", "单身青年同城交友活动报名：13912345678", ["报名方式如下：", "单身青年同城交友活动报名：13912345678"]),
    # a company's own site after its name is no gambling brand's
    ("奢侈品集团发布业绩", "开云集团官网www.kering.com发布的公告显示，集团第三季度营收同比下降。",
     ["开云集团官网www.kering.com发布的公告显示，集团第三季度营收同比下降。"]),
    ("国产操作系统新版发布", "银河麒麟官网www.kylinos.cn已同步上线新版本下载。", ["银河麒麟官网www.kylinos.cn已同步上线新版本下载。"]),
    # a repost request quoted in a sentence is reported speech
    ("公众号文章遭搬运", "记者注意到，该公众号每篇文章末尾都标注“如需转载，请注明出处”，但仍有多家网站未经授权整篇搬运。",
     ["记者注意到，该公众号每篇文章末尾都标注“如需转载，请注明出处”，但仍有多家网站未经授权整篇搬运。"]),
    # an event's sponsors, its volunteer call, its schedule
    ("江城读书节开幕", "主办：江城市文化和旅游局  承办：江城市图书馆", ["主办：江城市文化和旅游局  承办：江城市图书馆"]),
    ("江城招募志愿者", "发送邮件至volunteer@jcrb.cn申请加入志愿服务队，邮件请注明姓名、年龄和联系电话。",
     ["发送邮件至volunteer@jcrb.cn申请加入志愿服务队，邮件请注明姓名、年龄和联系电话。"]),
    ("江城艺术节日程公布", "开幕式 · 2024年3月20日 09:30 · 江城大剧院", ["日程如下：", "开幕式 · 2024年3月20日 09:30 · 江城大剧院"]),
    # a digest's lead-in, a subhead's question, a rounded count, a quoted call, a quoted message
    ("今日热点", "热搜：多地气温突破40℃", ["热搜：多地气温突破40℃", _PROSE]),
    ("直播带货调查", "为什么主播总说欢迎打赏？", ["为什么主播总说欢迎打赏？", _PROSE]),
    ("短视频走红", "10万人点赞", ["10万人点赞", _PROSE]),
    ("创业者的故事", "张伟笑着说：“快来下载我们的App吧！”", ["张伟笑着说：“快来下载我们的App吧！”"]),
    ("网站链接失效", "对不起，您要找的页面不存在", ["记者点击该链接后，页面显示：", "对不起，您要找的页面不存在", _PROSE]),
])
def test_genuine_lines_that_look_like_session_9s_chrome_stay(title: str, target: str, body: list[str]) -> None:
    """Near misses of rules session 9 added or widened (precision probe s9g, helper-47)."""
    doc = restore(_HEAD.format(title=title) + "\n".join(body) + _TAIL)
    assert target in doc.text


@pytest.mark.parametrize("line", ["喜欢这篇文章吗？欢迎打赏支持作者", "想了解更多精彩内容，快来下载齐鲁壹点客户端吧！",
                                  "成為端會員，即可閱讀全文及所有深度報導。", "1234人阅读", "1.2万人看过"])
def test_the_chrome_those_rules_were_for_still_goes(line: str) -> None:
    doc = restore(_HEAD.format(title="江城新闻") + _PROSE + "\n" + line + _TAIL)
    assert line not in doc.text


_P3 = ["国庆假期，江城各大景区接待游客人数再创新高，文旅市场持续升温，消费活力充分释放。",
       "据统计，假期八天全市共接待游客三百二十万人次，同比增长百分之十五，旅游收入同比增长百分之二十。",
       "业内人士表示，随着各项促消费政策落地见效，文旅消费有望继续保持良好势头。"]


def _html(body: str, wrap: str = '<div class="article">', time: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>国庆假期文旅市场火热</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
            f'{wrap}<h1>国庆假期文旅市场火热</h1>{time}{body}</div>'
            '<div class="footer">版权所有 江城日报社</div></body></html>').encode()


@pytest.mark.parametrize("wrap", ['<div class="commentary">', '<div class="hotel-news">', '<div class="livelihood">',
                                  '<div class="hotspot-detail">'])
def test_a_box_whose_class_only_starts_like_a_comment_box_dates_the_article(wrap: str) -> None:
    """commentary, hotel-news, livelihood are no comment, hot-list or live box (probe s10a)."""
    time = '<div class="meta"><time datetime="2023-10-06T09:12:00+08:00">10月6日</time></div>'
    record = to_record(restore_html(_html("".join(f"<p>{p}</p>" for p in _P3), wrap=wrap, time=time)))
    assert record["published"] == "2023-10-06T09:12:00+08:00"


def test_a_time_in_an_info_row_with_the_outlets_link_dates_the_article() -> None:
    body = ('<ul class="info"><li>发布时间：<time datetime="2023-10-06T09:12:00+08:00">2023-10-06</time> '
            '<a href="/about">江城日报</a></li></ul>' + "".join(f"<p>{p}</p>" for p in _P3))
    assert to_record(restore_html(_html(body)))["published"] == "2023-10-06T09:12:00+08:00"


_S10A = "{title}\n\n2023-10-06 09:12 来源：江城日报\n\n{body}\n\n责任编辑：王芳\n"


@pytest.mark.parametrize(("title", "paras", "target"), [
    ("衛福部推動自殺防治", ["衛福部呼籲，民眾如有需要請撥打安心專線1925、生命線1995或張老師專線1980，尋求專業協助。"], None),
    ("校园心理讲座", ["珍惜生命，是本次讲座的主题。讲座最后，讲师提醒同学们，遇到困扰可拨打张老师专线1980或生命线协谈专线1995寻求帮助。"], None),
    ("健康提醒", ["饮酒过量有害健康，专家建议成年男性每日饮酒不超过25克。"], None),
    ("交警提醒", ["交警提醒广大驾驶人，喝酒不开车，开车不喝酒。"], None),
    ("新规出台", ["新规明确，未满十八岁者禁止饮酒，商家不得向其出售酒类。"], None),
    ("心理热线开通", ["今年，市卫生局开通了安心专线，全天候为市民提供心理支持服务。"], None),
    ("专访", ["他对记者说：“请给自己一个机会，也给家人一个机会。”"], None),
    ("一起著作权纠纷案宣判", ["法院审理认为，未经著作权人许可，任何单位和个人不得擅自转载、复制其作品。"], None),
    ("网络举报受理情况", ["中央网信办违法和不良信息举报中心今天发布了九月份全国网络举报受理情况。"], None),
    ("暑期托管班开始报名", ["活动页面设有【点击报名】按钮，家长点击后即可填写孩子的基本信息，整个流程不到两分钟。"], None),
    ("关于举办第五届读书节的通知", ["为丰富市民文化生活，我市将举办第五届读书节活动。", "主办单位：江城市文化和旅游局",
                                "承办单位：江城市图书馆", "欢迎广大市民踊跃参加。"], "主办单位：江城市文化和旅游局"),
    ("手把手教你开启长辈模式", ["不少老年人不知道如何开启长辈模式。", "打开App后，依次点击：", "首页 → 我的 → 设置 → 长辈模式",
                          "开启后，字体会明显变大，操作也更加简便。"], "首页 → 我的 → 设置 → 长辈模式"),
])
def test_sentences_that_name_a_notices_words_stay(title: str, paras: list[str], target: str | None) -> None:
    """Notices (hotlines, alcohol, reprint bans, report centres, sponsors) are chrome as whole lines;
    a story's sentence that names them is the story's (probe s10a)."""
    doc = restore(_S10A.format(title=title, body="\n\n".join(paras)))
    assert (target or paras[0]) in doc.text


@pytest.mark.parametrize("line", [
    "＊珍惜生命，自殺不能解決問題，生命一定可以找到出路。若您或身邊的人有自殺困擾，請撥打：安心專線：1925；生命線協談專線：1995；張老師專線：1980",
    "＊珍惜生命，請再給自己一次機會。", "饮酒过量有害健康", "【警语】饮酒过量，有害健康", "喝酒不开车，开车不喝酒！", "安心专线：1925",
    "未经本网授权，不得转载、摘编或以其他方式使用上述作品。",
])
def test_the_notices_themselves_still_go(line: str) -> None:
    doc = restore(_S10A.format(title="江城新闻", body=_P3[0] + "\n\n" + line + "\n\n" + _P3[1]))
    assert line not in doc.text and _P3[1] in doc.text


_P_BUS = ["记者从市交通运输局获悉，本市将于下月起调整部分公交线路，新开通三条社区微循环线路，方便居民就近出行。",
          "据介绍，新开通的线路主要服务于城市东部新建居住区，沿途设置站点二十余个，发车间隔为十五分钟。",
          "市交通运输局有关负责人表示，将根据客流变化情况，适时优化线路走向和发车频次，不断提升公交服务水平。"]
_T_BUS = "本市将新开三条社区公交微循环线路"


def _page_s10b(inner: str, after: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_T_BUS}_临江新闻网</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/city/">城市</a></div>'
            f'<div class="main"><h1>{_T_BUS}</h1><div class="info">2023-05-06 09:30 来源：临江日报 记者 王强</div>'
            f'{inner}</div>{after}<div class="footer">Copyright 临江新闻网 版权所有</div></body></html>').encode()


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


_COMMENTS = ["这条线路开通后上班方便多了，点赞！", "希望早点延伸到我们小区门口，老人出行太不方便了。"]


@pytest.mark.parametrize(("head", "sep"), [("评论（4）", " "), ("网友跟帖", " "), ("精选留言", " "), ("评论列表", "")])
def test_comment_sections_under_more_headings_go(head: str, sep: str) -> None:
    """评论（4）, 跟帖, 精选留言 head comment lists; a user's name glued to the comment's time stamp is
    still a comment's mark (probe s10b)."""
    items = "".join(f'<li><p class="u"><span>网友{i}</span>{sep}<span>2023-03-1{i} 20:1{i}</span></p><p>{c}</p></li>'
                    for i, c in enumerate(_COMMENTS))
    text = extract(_page_s10b(f'<div class="text">{_ps(_P_BUS)}</div>', f'<div class="box2"><h2>{head}</h2><ul>{items}</ul></div>'))["text"]
    assert _P_BUS[2] in text and _COMMENTS[0][:10] not in text


def test_footnotes_are_the_articles() -> None:
    notes = ["[1]《中国统计年鉴2022》，中国统计出版社2022年版，第142页。", "[2]参见国务院发展研究中心课题组：《中国城镇化前景》，2021年版。"]
    text = extract(_page_s10b(f'<div class="text">{_ps(_P_BUS)}<p>注释：</p><div class="footnotes">{_ps(notes)}</div></div>'))["text"]
    assert notes[1] in text


@pytest.mark.parametrize("line", ["· END ·", "阅读 10万+", "------分隔线----------------------------", "文字丨吴晓东",
                                  "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
                                  "本页地址：http://www.a.gov.cn/art/2023/8/21/art_1229_5588.html", "本视频由拍客上传，梨视频已获授权。",
                                  "出品：科普中国 制作：中国气象局 监制：中国科学技术出版社"])
def test_more_closing_furniture_goes(line: str) -> None:
    assert line not in extract(_page_s10b(f'<div class="text">{_ps([*_P_BUS, line])}</div>'))["text"]


@pytest.mark.parametrize("line", ["制作：将面粉和水混合搅拌，静置十分钟", "文字是人类最伟大的发明之一"])
def test_credit_words_in_text_stay(line: str) -> None:
    assert line in extract(_page_s10b(f'<div class="text">{_ps([*_P_BUS, line])}</div>'))["text"]


@pytest.mark.parametrize("shell", [
    '<div id="root"></div><noscript><div class="article"><h1>{t}</h1>{p}</div></noscript><script src="/main.js"></script>',
    '<h1>{t}</h1><div id="c"></div><script type="text/html" id="tpl"><div class="article-body">{p}</div></script>',
])
def test_a_script_rendered_pages_fallback_is_read(shell: str) -> None:
    """A page that shows nothing without scripts: its <noscript> fallback or its script template
    holds the article (probe s10b)."""
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_T_BUS}</title></head><body>'
            + shell.format(t=_T_BUS, p=_ps(_P_BUS)) + "</body></html>").encode()
    assert _P_BUS[1] in extract(page)["text"]


def test_a_poll_in_the_story_goes() -> None:
    poll = ('<div class="vote-box"><h4>你会尝试这种出行方式吗？</h4><ul><li><input type="radio">会，很方便</li>'
            '<li><input type="radio">不会，太麻烦</li><li><input type="radio">看情况</li></ul><button>投票</button></div>')
    text = extract(_page_s10b(f'<div class="text">{_ps(_P_BUS[:2])}{poll}{_ps(_P_BUS[2:])}</div>'))["text"]
    assert "不会，太麻烦" not in text and _P_BUS[2] in text


def test_a_brief_before_a_live_feed_ends_there() -> None:
    feed = "".join(f"<li><span>1{i}:0{i}</span><p>快讯第{i}条：某地发布暴雨蓝色预警，提醒市民注意出行安全，做好防范。</p></li>" for i in range(5))
    text = extract(_page_s10b(f'<div class="kx-con"><p>{_P_BUS[0]}</p></div>',
                              f'<div class="kx-list"><h3>7×24小时快讯</h3><ul>{feed}</ul></div>'))["text"]
    assert _P_BUS[0] in text and "快讯第1条" not in text


@pytest.mark.parametrize("info", ['<a class="doc-source" href="/channel/m123">消费日报</a><span>2023-11-03</span>',
                                  '<a href="/">消费日报</a> <span>2023.11.03</span>'])
def test_a_linked_outlet_before_a_bare_date_dates_the_page(info: str) -> None:
    """The info row links the outlet and prints the date alone (probe s10b)."""
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_T_BUS}</title></head><body><div class="main">'
            f'<h1>{_T_BUS}</h1><div class="meta">{info}</div><div class="text">{_ps(_P_BUS)}</div></div></body></html>').encode()
    assert (extract(page)["published"] or "").startswith("2023-11-03")


def test_a_linked_headline_with_its_date_above_the_story_is_no_dateline() -> None:
    teaser = '<div class="prev"><a href="/a/1.html">全市重点项目建设观摩会召开部署下一阶段工作</a><span>2023-10-01</span></div>'
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_T_BUS}</title></head><body><div class="main">'
            f'{teaser}<h1>{_T_BUS}</h1><div class="text">{_ps(_P_BUS)}</div></div></body></html>').encode()
    assert extract(page)["published"] is None


def test_a_related_heading_word_with_no_links_under_it_is_a_subhead() -> None:
    """大家都在看 set as a subhead over the story's prose does not end the story (probe s10a); a
    heading over linked headlines still does."""
    paras = ["今年国庆档，一部讲述基层干部的电视剧收视率一路领跑，成为名副其实的“爆款”。", *_P3[1:]]
    body = f"<p>{_P3[0]}</p><p>大家都在看</p>" + "".join(f"<p>{p}</p>" for p in paras)
    text = extract(_html(body))["text"]
    assert all(p in text for p in paras)
    links = "".join(f'<p><a href="/n/{i}.html">江城又一重点项目开工建设第{i}期工程</a></p>' for i in range(3))
    text = extract(_html(f"<p>{_P3[0]}</p><p>{_P3[1]}</p><p>大家都在看</p>{links}<p>{_P3[2]}</p>"))["text"]
    assert "重点项目开工" not in text


def test_a_list_heading_word_over_a_sentence_is_a_subhead() -> None:
    page = _S10A.format(title="一条短视频火了", body="\n\n".join([_P3[0], "热搜榜", "这个榜单每天都在变化，背后是算法和流量的博弈。"]))
    assert "热搜榜" in restore(page).text
    page = _S10A.format(title="江城新闻", body="\n\n".join([_P3[0], "友情链接", "人民网", "新华网", "央视网"]))
    assert "友情链接" not in restore(page).text


def test_a_headline_that_starts_like_a_search_pages_title_is_an_article() -> None:
    paras = ["近来，不少网民发现搜索引擎返回的网页越来越多由人工智能生成，内容空洞、错误频出。",
             "研究人员抽查了一千个搜索词，发现超过三成的前十条结果含有明显的机器生成痕迹。"]
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>谷歌的搜索结果 — 正在被AI内容淹没</title></head><body>'
            '<div class="article"><h1>谷歌的搜索结果 — 正在被AI内容淹没</h1>' + "".join(f"<p>{p}</p>" for p in paras)
            + "</div></body></html>").encode()
    assert paras[1] in extract(page)["text"]


def _state_page(state: str, title: str = _T_BUS) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}-上游新闻</title></head><body><div id="__nuxt">'
            f'<h1>{title}</h1><div class="content"><div class="loading">加载中...</div></div></div>'
            f"<script>{state}</script></body></html>").encode()


def test_an_article_kept_in_a_scripts_state_is_read() -> None:
    """A script-rendered page: the HTML shows a loading stub, the article is in window.__NUXT__ (as
    HTML) or 今日头条's BASE_DATA (as escaped HTML in a JavaScript string) (probes s8a, s10b)."""
    import html as html_lib
    import json
    nuxt = {"data": [{"detail": {"title": _T_BUS, "content": _ps(_P_BUS)}}]}
    text = extract(_state_page(f"window.__NUXT__={json.dumps(nuxt, ensure_ascii=False)};"))["text"]
    assert text.split("\n\n") == _P_BUS
    escaped = html_lib.escape("&quot;" + _ps(_P_BUS) + "&quot;", quote=False)
    base = (f"var BASE_DATA = {{ articleInfo: {{ title: '{_T_BUS}', content: '{escaped}'.slice(6, -6), "
            "subInfo: { source: '冰城观察', time: '2024-01-05 20:41' } } };")
    out = extract(_state_page(base))
    assert out["text"].split("\n\n") == _P_BUS and (out["published"] or "").startswith("2024-01-05T20:41")


def test_a_list_pages_state_is_no_article() -> None:
    """Teasers in a channel page's state are no article, nor a long text under another headline."""
    import json
    teasers = {"list": [{"title": f"江城新闻第{i}条", "summary": _P_BUS[i % 3][:40]} for i in range(12)]}
    record = to_record(restore_html(_state_page(f"window.__INITIAL_STATE__={json.dumps(teasers, ensure_ascii=False)};",
                                                title="江城新闻频道")))
    assert record["paragraphs"] == [] and record["verdict"]["no_article"]
    other = {"detail": {"title": "另一条新闻的标题完全不同", "content": _ps(_P_BUS)}}
    text = extract(_state_page(f"window.__NUXT__={json.dumps(other, ensure_ascii=False)};", title="江城新闻频道"))["text"]
    assert text == ""


def test_an_intro_box_copying_a_wire_stories_lede_goes() -> None:
    """The description box repeats the lede without its 新华社…电（记者…） opening (probe s10b)."""
    lede = "新华社郑州10月8日电（记者刘宏伟）国庆假期刚过，豫北平原上的玉米收获进入高峰期。在滑县留固镇的田间，十几台大型收获机一字排开。"
    page = _page_s10b('<div class="intro">国庆假期刚过，豫北平原上的玉米收获进入高峰期。</div>' + _ps([lede, *_P_BUS[1:]]))
    assert extract(page)["text"].count("豫北平原") == 1


_BODY_CN = "".join(f"<p>{p}</p>" for p in _P3)
_BODY_TW = ("<p>環境部今日表示，受東北季風減弱影響，中南部空氣品質明顯轉差，多個測站亮起紅色警示燈號。</p>"
            "<p>環境部呼籲民眾減少戶外活動，敏感族群外出時應配戴口罩，並注意身體狀況。</p>")


def _meta_page(title: str, above: str = "", under: str = "", body: str = _BODY_CN, lang: str = "zh-CN",
               head: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f'<div class="c">{above}<h1>{title}</h1><div class="info">{under}</div><div class="content">{body}</div>'
            "</div></body></html>").encode()


@pytest.mark.parametrize(("page", "day"), [
    # a hot list's dates and a top bar's day above the headline give way to the dateline under it
    (_meta_page("某旅开展实战化训练", '<div class="hot-news"><ul><li><a href="/a.html">全军新闻要闻</a> <span>2024-03-28</span>'
                "</li></ul></div>", "<span>来源：解放军报</span><span>2024-02-26 06:47</span>"), "2024-02-26"),
    (_meta_page("某旅开展实战化训练", '<div class="topbar">2024年03月28日 星期四</div>', "来源：解放军报 2024-03-27 08:10:02"),
     "2024-03-27"),
    # 明報 prints its date above the headline; a related item after the story is not the date
    (_meta_page("市區舊樓凌晨火警", '<div class="date"><span>2023年10月9日星期一</span></div>', "", _BODY_TW
                + '<div class="article_related"><h3>相關新聞</h3><ul><li><a>消防處籲市民注意用電安全 (2023年10月8日)</a></li></ul></div>',
                "zh-HK"), "2023-10-09"),
    # a day-first region's 10-03-2024 is 10 March
    (_meta_page("屋苑管理費調升 業主不滿", under="10-03-2024 06:00", body=_BODY_TW, lang="zh-HK"), "2024-03-10"),
    # the local day shown beside a UTC meta time that falls on the next day
    (_meta_page("洛杉磯華人社區舉辦春季健康講座", under="<span>記者李怡／洛杉磯報導</span><time>2024年3月17日</time>", body=_BODY_TW,
                lang="zh-Hant", head='<meta property="article:published_time" content="2024-03-18T01:30:00Z">'), "2024-03-17"),
])
def test_the_day_the_story_shows_is_its_date(page: bytes, day: str) -> None:
    """Probe s10d (helper-52): dates from 93 site templates."""
    assert (extract(page)["published"] or "")[:10] == day


def test_a_mainland_pages_ambiguous_dashed_date_is_left_unread() -> None:
    assert extract(_meta_page("江城新闻", under="10-03-2024 06:00"))["published"] is None


@pytest.mark.parametrize(("under", "author"), [
    ("<span>作者 陳明</span><span>發布時間 2024-03-15</span>", "陳明"),
    ('2024-03-09<span class="author">陳冠廷／綜合報導</span>', "陳冠廷"),
    ('2024-03-09<span class="author">陳冠廷／台北報導</span>', "陳冠廷"),
    ('2024-03-09<span class="author">中央社／華盛頓綜合報導</span>', None),
    ('2024-03-09<span class="author">國際中心／綜合報導</span>', None),
])
def test_taiwan_bylines(under: str, author: str | None) -> None:
    assert extract(_meta_page("中南部空品不良 環境部啟動應變", under=under, body=_BODY_TW, lang="zh-TW"))["author"] == author


def test_a_source_span_glued_to_a_date_span_ends_at_the_date() -> None:
    page = _meta_page("就业服务专项行动启动", under="<span>来源：中国青年报</span><span>2024-04-02 07:23</span>")
    assert to_record(restore_html(page))["source"] == "中国青年报"


@pytest.mark.parametrize(("under", "author"), [
    ("更新于2023年9月22日 06:21 英国《金融时报》 德尔菲娜·斯特劳斯 , 克里斯·贾尔斯 伦敦报道", "德尔菲娜·斯特劳斯 , 克里斯·贾尔斯"),
    ("英国《金融时报》 王明 伦敦报道", "王明"),
    ("日本经济新闻（中文版：日经中文网）山田健一 东京", "山田健一"),
    ("2024-03-11 10:00</div><div>克里斯·贾尔斯 伦敦报道", "克里斯·贾尔斯"),
])
def test_a_foreign_papers_correspondents(under: str, author: str) -> None:
    """FT中文网, 日经中文网: the paper, its correspondents (translated names), their city (probes s8a, s10d);
    the byline line is no paragraph."""
    page = _meta_page("英国央行维持利率不变", under=under)
    out = extract(page)
    assert out["author"] == author and "报道" not in out["text"] and "东京" not in out["text"]


@pytest.mark.parametrize("line", ["《三体》 刘慈欣 科幻", "马克·吐温 小说选", "《红楼梦》 曹雪芹 著"])
def test_a_book_and_its_writer_is_no_byline(line: str) -> None:
    doc = restore(_S10A.format(title="暑期阅读书单", body="\n\n".join([_P3[0], line, _P3[1]])))
    assert line in doc.text


_MIRROR = ("首頁 > 新聞 > 要聞\n\n我市數字政務平臺上線運行\n\n2023年10月06日 09:12  |  作者:陳思遠  |  來源:江城日報\n\n"
           "10月5日,我市數字政務平臺正式上線運行,市民可以通過手機辦理200多項政務服務事項。\n\n"
           "市政務服務中心負責人表示,平臺整合(hé)了社保、醫(yī)保、公積金等高頻事項,實現(xiàn)了一網通辦。\n\n{extra}\n\n編輯:劉曉燕\n")


@pytest.mark.parametrize(("extra", "want"), [
    ("市民政局表示,將探索＂食堂+活動室+衛生服務＂的模式。", "“食堂+活动室+卫生服务”"),
    ("9月27日,“絲路遺珍--古代絲綢之路文物特展”在省博物館開幕。", "丝路遗珍——古代"),
])
def test_a_mirrors_fullwidth_straight_quotes_and_double_hyphens_are_restored(extra: str, want: str) -> None:
    """On a mirror (half-width marks), ＂…＂ around CJK are straight quotes made full-width and -- between
    CJK is the dash —— made ASCII (probe s8b)."""
    doc = restore(_MIRROR.format(extra=extra))
    assert want in doc.text and replay(doc.original, doc.edits) == doc.text


def test_double_hyphens_on_a_genuine_page_stay() -> None:
    page = _S10A.format(title="江城新闻", body=_P3[0] + "\n\n" + "“丝路遗珍--古代丝绸之路文物特展”在省博物馆开幕。")
    assert "丝路遗珍--古代" in restore(page).text


def test_captions_printed_above_their_markers_on_a_mirror() -> None:
    """One caption above its marker describes a picture (观众在展厅参观): the page prints captions
    there, so the others above their markers are captions too (宋代青白釉瓷瓶), and the prose after
    each marker (a mirror's half-width commas, one full stop) is the story's (probe s9f c06)."""
    paras = ["展覽(lǎn)分為“山水之間”“市井煙火”“文脈綿延”三個單元,通過青銅器、陶瓷、書畫、絲織品等多種類型的文物,展現江南地區數千年的歷史變遷。",
             "記者在現場看到,一件宋代青白釉瓷瓶吸引了眾多觀眾駐足。講解員介紹,這件瓷瓶出土於江城郊外的一處窯址。"]
    page = ("首頁>文化\n\n文物特展在省博物館開幕\n\n【來源:文化日報網】【作者:吳丹】【發佈時間:2023-10-01 11:00】\n\n"
            "國慶假期首日,文物特展在省博物館(guǎn)開幕,展出文物260餘件,其中一級文物37件。\n\n"
            f"觀眾在展廳參觀\n\n1\n\n{paras[0]}\n\n宋代青白釉瓷瓶\n\n2\n\n{paras[1]}\n\n編輯:鄭凱\n")
    record = to_record(restore(page))
    assert record["captions"] == ["观众在展厅参观", "宋代青白釉瓷瓶"]
    assert len(record["paragraphs"]) == 3


def test_a_regulations_adoption_line_is_no_drupal_byline() -> None:
    """由…于…提交 is Drupal's byline only with its weekday or time (probe s10a)."""
    line = "由市人大常委会于2023年9月28日审议通过并发布"
    page = _S10A.format(title="江城市养老服务条例将于明年施行", body="\n\n".join(["《江城市养老服务条例》全文共六章四十二条。", line,
                                                                         "条例自2024年1月1日起施行。"]))
    assert line in restore(page).text
    page = _S10A.format(title="江城新闻", body="\n\n".join([_P3[0], "由 周明远 于 星期一, 10/09/2023 - 14:30 提交"]))
    assert "周明远" not in restore(page).text


def test_tipster_words_quoted_as_a_sentences_subject_stay() -> None:
    """A run of tipster words that is the clause itself, followed by the writer's comma, is quoted;
    a run glued onto a sentence's first word is spliced spam (probe s10a)."""
    line = "一肖一码 期期准 今晚必中，这样的字眼在不少短视频平台的评论区里随处可见。"
    assert line in restore(_S10A.format(title="彩票内部消息都是骗局", body=_P3[0] + "\n\n" + line)).text
    glued = "澳门新葡京娱乐城 百家乐在线 真人荷官" + _P3[1]
    assert restore(_S10A.format(title="江城新闻", body=_P3[0] + "\n\n" + glued)).text.endswith(_P3[1])


# review of this session's first commits (helper-51): what the narrowed rules let through, and
# what they still took
@pytest.mark.parametrize("line", [
    "友情链接：新华网,人民网,央视网", "原创不易，欢迎打赏", "码字不易，欢迎赞赏支持", "3万人阅读", "开通会员，即可阅读全文。",
    "【快来下载江城新闻客户端吧】", "＊喝酒不开车，开车不喝酒＊", "郑重提醒：未经江城日报书面授权，不得转载、摘编或以其他方式使用。",
    "代开各类发票，咨询13912345678",
])
def test_chrome_the_narrowed_rules_still_remove(line: str) -> None:
    doc = restore(_S10A.format(title="江城新闻", body="\n\n".join([_P3[0], line, _P3[1]])))
    assert line not in doc.text and _P3[1] in doc.text


@pytest.mark.parametrize(("title", "paras", "target"), [
    ("卫福部推动自杀防治", ["民众如有需要请拨打安心专线1925、生命线1995寻求协助。"], None),
    ("公众号文章遭搬运", ["该公众号文末写着“原创文章，如需转载，请注明来源并联系作者”，但多家网站未经授权整篇搬运。"], None),
    ("在线教育观察", [_P3[0], "在线教育新趋势", "图片", "据了解，该项目总投资约12亿元，建成后将有效缓解城区交通压力。项目预计明年年底全面完工。"],
     "在线教育新趋势"),
    ("关于举办第五届读书节的通知", ["为丰富市民文化生活，我市将举办第五届读书节活动。", "指导单位：江城市委宣传部  支持单位：江城市文联",
                                "欢迎广大市民踊跃参加。"], "指导单位：江城市委宣传部"),
])
def test_genuine_lines_the_first_fixes_still_took(title: str, paras: list[str], target: str | None) -> None:
    doc = restore(_S10A.format(title=title, body="\n\n".join(paras)))
    assert (target or paras[0]) in doc.text
    assert to_record(doc)["editor"] == "王芳"


@pytest.mark.parametrize(("footer", "crumb"), [
    (["主办单位：江城市人民政府办公室", "为了获得最佳浏览效果，建议使用IE9以上版本浏览器。"], None),
    (["欢迎访问江城新闻网，您现在所处的位置是：", "首页 > 新闻中心 > 本地新闻"], "首页 > 新闻中心 > 本地新闻"),
])
def test_site_furniture_after_a_lead_in_stays_furniture(footer: list[str], crumb: str | None) -> None:
    doc = restore(_S10A.format(title="江城新闻", body="\n\n".join([*_P3, *footer])))
    assert (crumb or footer[0]) not in doc.text


@pytest.mark.parametrize("byline", ["央视财经 · 2023-10-06 17:45 · 北京", "欧阳娜娜 · 2023-10-06 17:45 · 上海"])
def test_self_media_dotted_bylines_date_the_page(byline: str) -> None:
    record = to_record(restore(f"江城新闻一则\n\n{byline}\n\n" + "\n\n".join(_P3) + "\n"))
    assert (record["published"] or "").startswith("2023-10-06") and record["title"] == "江城新闻一则"


@pytest.mark.parametrize("row", ["开幕式 · 2024年3月20日 09:30 · 市民广场主舞台", "专题讲座 · 2024年3月21日 14:00 · 市图书馆报告厅"])
def test_a_schedule_row_is_no_dateline(row: str) -> None:
    page = _S10A.format(title="江城艺术节日程公布", body="\n\n".join([_P3[0], "日程如下：", row, _P3[1]]))
    assert row in restore(page).text


@pytest.mark.parametrize("after", [
    '<div class="commentbox"><ul><li><span>网友甲</span><time datetime="2024-05-01T10:00:00+08:00">2024-05-01 10:00</time>'
    "<p>说得好，支持！</p></li></ul></div>",
    '<div class="side"><ul><li><a href="/a/1.html">暴雨预警发布</a> <time datetime="2022-01-05T09:00:00+08:00">2022-01-05</time>'
    '</li><li><a href="/a/2.html">地铁三号线通车</a> <time datetime="2022-01-04T09:00:00+08:00">2022-01-04</time></li></ul></div>',
])
def test_times_in_comment_boxes_and_headline_lists_are_not_the_articles(after: str) -> None:
    page = (f'<html><head><meta charset="utf-8"><title>{_T_BUS}</title></head><body><div class="main"><h1>{_T_BUS}</h1>'
            f'<div class="info">2023-05-06 09:30 来源：临江日报</div><div class="text">{_ps(_P_BUS)}</div></div>{after}'
            "</body></html>").encode()
    assert (extract(page)["published"] or "").startswith("2023-05-06")


def test_a_login_template_on_an_empty_shell_is_no_article() -> None:
    page = (f'<html><head><meta charset="utf-8"><title>{_T_BUS}</title></head><body><div id="app"></div>'
            '<script type="text/html" id="login"><div class="dlg"><h3>用户登录</h3><p>请输入您的手机号码和验证码登录，'
            "登录即表示您已阅读并同意《用户服务协议》和《隐私政策》，我们将严格保护您的个人信息安全，未经您的同意不会向第三方提供"
            "您的个人信息。如您在使用过程中遇到任何问题，请联系客服热线，我们将竭诚为您服务，感谢您的支持与信任。</p></div></script>"
            "</body></html>").encode()
    assert "用户服务协议" not in extract(page)["text"]


def test_an_editor_credit_in_tortoise_shell_brackets() -> None:
    record = to_record(restore(_story("〔责任编辑：王晓燕〕")))
    assert record["editor"] == "王晓燕" and record["paragraphs"][-1] == P2


def test_a_converted_template_over_a_simplified_body_gives_simplified_fields() -> None:
    """A farm converted its template (menu, headline, dateline, credits) and left the article
    simplified: the fields are the publisher's, simplified (probe s9e)."""
    page = ("首頁 新聞 要聞 時政 社會 財經 體育 文化 視頻\n\n首頁>新聞>要聞\n\n我市召開推進高質量發展工作會議\n\n"
            "2023-10-06 10:20　來源：江城日報　作者：劉芳\n分享到：\n\n" + "\n\n".join(_P3) + "\n\n責任編輯：張偉\n")
    record = to_record(restore(page))
    assert {k: record[k] for k in ("title", "source", "author", "editor")} == {
        "title": "我市召开推进高质量发展工作会议", "source": "江城日报", "author": "刘芳", "editor": "张伟"}
    assert record["paragraphs"] == _P3


@pytest.mark.parametrize(("title", "editor"), [("江城文旅市场火热", "王頔"), ("巴哈姆特電玩瘋分享新作试玩视频", "王芳")])
def test_one_traditional_name_on_a_simplified_page_stays(title: str, editor: str) -> None:
    """A name written with 頔, or a Taiwan site's name in a headline, is no converted template."""
    page = f"{title}\n\n2023-10-06 10:20 来源：江城日报\n\n" + "\n\n".join(_P3) + f"\n\n责任编辑：{editor}\n"
    record = to_record(restore(page))
    assert record["title"] == title and record["editor"] == editor


def test_a_print_views_generic_title_gives_way_to_the_headline() -> None:
    """打印页面 names the view; the bold line over the dateline is the headline (probe s10b)."""
    page = (f'<html><head><meta charset="utf-8"><title>打印页面</title></head><body><table>'
            f'<tr><td align="center" style="font-size:22px;font-weight:bold">{_T_BUS}</td></tr>'
            f"<tr><td>来源：临江日报 发布时间：2023-05-06</td></tr><tr><td>{_ps(_P_BUS)}</td></tr></table></body></html>").encode()
    out = extract(page)
    assert out["title"] == _T_BUS and out["text"].split("\n\n") == _P_BUS


# second review of this session (helper-54)
@pytest.mark.parametrize("line", ["这款显示器的分辨率达到2K以上，色彩表现出色，适合设计人员使用。",
                                  "专家建议使用主流浏览器访问政务服务网站，以免出现页面显示不全的问题。",
                                  "法官提醒：未经著作权人许可，任何人不得擅自转载他人作品。",
                                  "养老护理上门服务咨询：13912345678"])
def test_sentences_the_second_review_found_taken_stay(line: str) -> None:
    assert line in restore(_S10A.format(title="江城新闻", body="\n\n".join([_P3[0], line, _P3[1]]))).text


@pytest.mark.parametrize("line", ["风险提示：市场有风险，入市须谨慎。", "澳门新葡京娱乐城 百家乐在线 真人荷官，记者从市有关部门获悉。"])
def test_chrome_and_spam_the_second_review_found_kept_go(line: str) -> None:
    text = restore(_S10A.format(title="江城新闻", body="\n\n".join([_P3[0], line, _P3[1]]))).text
    assert "真人荷官" not in text and "风险提示" not in text and _P3[1] in text


def test_a_script_states_emoji_and_minified_code_do_not_break_it() -> None:
    """An escaped surrogate pair is one character (it raised UnicodeEncodeError); quotes pair in
    order through short strings, so code between two strings is never read as one (review s10b)."""
    import json
    content = json.dumps(_ps(_P_BUS) + "😀")  # ensure_ascii: \\ud83d\\ude00
    state = f'window.__NUXT__={{a:"x",b:1,c:"img",detail:{{title:"{_T_BUS}",content:{content}}}}};'
    text = extract(_state_page(state))["text"]
    assert text.startswith(_P_BUS[0]) and "😀" in text


def test_a_channel_pages_long_abstracts_are_no_article() -> None:
    import json
    chan = {"channel": {"name": "国内新闻", "list": [{"title": f"新闻标题{i}", "abstract": _P_BUS[i % 3] + _P_BUS[(i + 1) % 3]}
                                                   for i in range(5)]}}
    assert extract(_state_page("window.__INITIAL_STATE__=" + json.dumps(chan, ensure_ascii=False), title="国内新闻"))["text"] == ""


def test_a_related_box_heading_over_unlinked_teasers_still_ends_the_story() -> None:
    teasers = ["邻市启动城市更新行动，计划三年内改造老旧街区五十个，总投资超过一百亿元，涉及居民十余万户。",
               "省里出台加装电梯补贴新政，每台最高补贴二十万元，申请流程进一步简化，群众办事更加便捷高效。"]
    text = extract(_html("".join(f"<p>{p}</p>" for p in [*_P3, "相关推荐", *teasers])))["text"]
    assert "邻市启动城市更新行动" not in text and _P3[2] in text


@pytest.mark.parametrize("title", ["谷歌的搜索结果｜正在被AI内容淹没", "谷歌的搜索结果-正在被AI内容淹没"])
def test_a_headline_with_a_subtitle_after_search_results_is_an_article(title: str) -> None:
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="article"><h1>{title}</h1>{_ps(_P3[:2])}</div></body></html>').encode()
    assert _P3[1] in extract(page)["text"]


@pytest.mark.parametrize(("under", "above", "day"), [
    # a subtitle's event date under the headline is no dateline
    ("<p>——写在2023年12月31日新年到来之际</p>", '<div class="date">2024-01-02 08:00</div>', "2024-01-02"),
    # a linked outlet without 报/网 in its name, or set apart by a bar
    ('<a href="/">第一财经</a><span>2024-03-28</span>', "", "2024-03-28"),
    ("江城日报 | 2024-03-28", "", "2024-03-28"),
])
def test_more_dateline_shapes(under: str, above: str, day: str) -> None:
    page = _meta_page("江城文旅市场持续升温", above=above, under=under)
    assert (extract(page)["published"] or "")[:10] == day


def test_a_top_bars_day_does_not_replace_an_exact_utc_time() -> None:
    page = _meta_page("洛杉磯華人社區舉辦春季健康講座", above='<div class="topbar">2024年03月19日 星期二</div>', body=_BODY_TW,
                      lang="zh-Hant", head='<meta property="article:published_time" content="2024-03-18T01:30:00Z">')
    assert (extract(page)["published"] or "").startswith("2024-03-18")


@pytest.mark.parametrize("line", ["《新闻女王》 佘诗曼 主演", "中国队对日本队 · 2024-10-06 19:30 · 大连"])
def test_a_cast_line_and_a_match_row_are_text(line: str) -> None:
    assert line in restore(_S10A.format(title="江城新闻", body="\n\n".join([_P3[0], line, _P3[1]]))).text


def test_a_columnists_role_is_no_author() -> None:
    page = _meta_page("英国央行维持利率不变", under="英国《金融时报》 专栏作家 马丁·沃尔夫 伦敦报道")
    assert extract(page)["author"] != "专栏作家"
