"""Pages that session 8's probes (helper-33: HTML, helper-34: text) built from corruptions and
page shapes earlier probes had not tried. Each test failed before its fix."""

from __future__ import annotations

from zhengben import replay, restore
from zhengben.writers.record import to_record

SPAM = "\n\n久久精品国产亚洲av无码,午夜福利在线观看视频,亚洲综合色区在线播放,国产精品自在线拍国产\n"


def _record(page: str) -> dict[str, object]:
    doc = restore(page)
    assert replay(doc.original, doc.edits) == doc.text
    return to_record(doc)


def test_a_farms_copy_of_a_taiwan_wire_story_keeps_its_script() -> None:
    """A farm re-hosts a 中央社 story (already traditional) with ruby, half-width marks and spam:
    the ruby goes and the marks come back, but nothing converted it, so it stays traditional."""
    page = ("首頁 要聞 財經 科技 生活 娛樂 體育\n\n首頁 > 生活\n\n高鐵連假加開班次 疏運旅客逾百萬人次\n\n2023/10/06 18:25\n\n"
            "(中央社記者王于庭台北6日電)國慶(qìng)連假將至,台灣高鐵公司今天宣(xuān)布,連假期間將加開84班次列車,"
            "預估疏運旅客超過100萬人次。民眾可透(tòu)過網路、手機App或便利商店購票。\n\n"
            "高鐵公司提醒旅客,搭車前可先上官網查(chá)詢各車次剩餘座位,並「提早出門、錯開尖峰」,以免延誤行程。\n" + SPAM)
    rec = _record(page)
    text = str(rec["text"])
    assert "國慶連假將至，台灣高鐵公司" in text and "網路" in text and "「提早出門" in text
    verdict = rec["verdict"]
    assert isinstance(verdict, dict)
    assert verdict["mirror"] and verdict["converted"] is None and verdict["injected_spam"]
    assert "traditional-script" not in verdict["obfuscations"] and "ruby-pinyin" in verdict["obfuscations"]


def test_invisible_format_characters_next_to_cjk_go() -> None:
    """Direction marks, invisible operators, variation selectors and the Hangul filler that a
    farm sprinkles into text are removed like zero-width spaces; one hid a reading from the ruby
    scan. Right-to-left text and emoji elsewhere keep theirs."""
    text = "記者\u200e從市政府獲悉\u2062，本市\u202a新建\u202c學校\ufe0f十二所\u3164，居民收入\u034f持續提高。"
    doc = restore(text)
    assert doc.text == "記者從市政府獲悉，本市新建學校十二所，居民收入持續提高。"
    assert {e.rule for e in doc.edits} == {"space.invisible"}
    clean = "他用希伯来语写下 \u200fשלום\u200f 送给朋友 ❤\ufe0f"
    assert restore(clean).text == clean
    assert restore("我爱你❤\ufe0f我们").text == "我爱你❤\ufe0f我们"


MIRROR = ("首 頁 要聞 要論 協商 統戰 黨派 理論 人事 社會 法治 視頻 文化\n\n首頁>要聞\n\n我市數字政務平臺上線運行\n\n"
          "2023年10月06日 09:12  |  作者:陳思遠  |  來源:江城日報\n\n"
          "據市數(shù)據局負責人介紹,平臺由本地一家軟(ruǎn)件企業承建,項目總投資約4800萬元,歷時14個月完成開發。"
          "平臺整合了全市42個部門的信(xìn)息系統,打通了過去分散在各部(bù)門的數據。\n\n{}\n\n編輯:劉曉燕\n" + SPAM)


def test_capitalised_readings_on_names_are_ruby() -> None:
    """A converter glosses a name's characters with capitals (李(Lǐ)雪(Xuě)梅(Méi), 協【Xié】); a
    toneless capital is a name or a word and stays (李(Li), 联通(Unicom))."""
    rec = _record(MIRROR.format("女子全程冠軍被中國選手李(Lǐ)雪(Xuě)梅(Méi)以2小時28分43秒收入囊中,雙方協【Xié】商一致。"))
    assert "女子全程冠军被中国选手李雪梅以2小时28分43秒收入囊中，双方协商一致。" in rec["paragraphs"]  # type: ignore[operator]
    plain = "记者李(Li)先生介绍，中国联通(Unicom)今年新建基站1.2万个。"
    assert restore(plain).text == plain


def test_a_paragraph_scraped_twice_appears_once() -> None:
    """A text scrape that read a <p> and its wrapper repeats each paragraph, or repeats the whole
    body: the repeats go with a named rule. One paragraph restated apart from itself (a lead as the
    summary) stays, and a refrain (no full stop) may repeat."""
    p = "8月13日傍晚，一名男童在江城公园湖边玩耍时不慎落水。正在附近散步的市民听到呼救声，立即跳入水中，将男童救上岸。"
    q = "男童家长事后多次登门致谢。市民说：“换了谁都会这么做。”"
    r = "公园管理处表示，将在湖边增设防护栏和警示牌，并安排巡逻人员加强巡查，防止类似事故再次发生。"
    head = "市民合力救起落水儿童\n\n2023-08-14 19:20　来源：江城晚报\n\n"
    rec = _record(head + "\n\n".join([p, p, q, q]) + "\n")
    assert rec["paragraphs"] == [p, q, q]  # (a short line said twice may be dialogue)
    assert [ln["rule"] for ln in rec["lines"] if ln["label"] == "duplicate"] == ["line.body.repeat"]  # type: ignore[index, union-attr]
    assert _record(head + "\n\n".join([p, q, r, p, q, r]) + "\n")["paragraphs"] == [p, q, r]
    assert _record(head + "\n\n".join([p, q, r, p]) + "\n")["paragraphs"] == [p, q, r, p]
    song = "我爱你中国\n\n我爱你中国\n\n我爱你春天蓬勃的秧苗"
    assert restore(song).text == song


HK_EDITORIAL = [
    "近年來，網絡詐騙案件持續上升，市民損失慘重。警方數字顯示，今年首八個月共錄得逾兩萬宗詐騙案，損失金額超過30億元，其中網絡購物騙案和“投資騙案”最為常見。",
    "不少受害人表示，騙徒手法層出不窮，往往利用社交平台建立信任，再以“高回報、零風險”為誘餌，令人防不勝防。",
    "要有效打擊網絡詐騙，除了加強執法之外，提升市民的防騙意識同樣重要。政府應加大宣傳力度，特別是針對長者和青少年等較易受騙的群體。",
    "同時，金融機構和電訊商亦應承擔更多責任，提升服務質量，及早識別可疑交易和詐騙電話，築起多重防線，保障市民財產安全。"]
XINHUA_WIRE = [
    "新華社北京10月6日電（記者王雨蕭）商務部6日發布數據顯示，今年前三季度，全國網上零售額10.8萬億元，同比增長11.6%。",
    "商務部有關負責人表示，網絡消費持續發揮“穩定器”作用，直播電商、即時零售等新業態新模式快速發展，為消費增長注入新動能。",
    "據介紹，國務院近期出台多項促消費政策措施，各地積極落實，推動消費市場加快恢復。“數商興農”深入推進，農村網絡零售額增長12.2%。"]


def _page(paragraphs: list[str], title: str, site: str, head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='zh-HK'><head><meta charset='utf-8'><title>{title}_{site}</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首頁</a><a href='/n'>要聞</a></div><h1>{title}</h1>"
            f"<div class='info'>2023-10-06 04:12</div><div class='article'>{body}</div></body></html>").encode()


def test_hong_kong_and_overseas_outlets_keep_their_script() -> None:
    """A Hong Kong editorial with “” quotes and Hong Kong's own 網絡/質量, a Xinhua wire a Hong Kong
    paper carries, and an overseas commentary naming 國務院 stay traditional: the site is the
    outlet (its .hk host, or its name in the <title> or og:site_name), and words Hong Kong writes
    too are no evidence on their own."""
    from zhengben import extract

    editorial = extract(_page(HK_EDITORIAL, "社評：打擊網絡詐騙需多管齊下", "香港文匯報"),
                        url="https://www.wenweipo.com/a/202310/06/AP651f8b2ee4b0.html")
    assert editorial["text"].split("\n\n") == HK_EDITORIAL
    wire = extract(_page(XINHUA_WIRE, "前三季網上零售額增11.6%", "大公文匯網"), url="https://www.tkww.hk/a/202310/06/AP651f.html")
    assert "網絡消費" in wire["text"]
    site_named = extract(_page(XINHUA_WIRE, "前三季網上零售額增11.6%", "新聞",
                               head="<meta property='og:site_name' content='大紀元'>"))
    assert "網絡消費" in site_named["text"]
    # the plain text of the editorial: no site to ask, and no word Hong Kong does not write
    assert _record("\n\n".join(HK_EDITORIAL) + "\n")["paragraphs"] == HK_EDITORIAL
    # ... while a mirror of a mainland page with the same words beside mainland-only ones is one
    assert _record("\n\n".join([*XINHUA_WIRE, "各地黨員幹部和人民群眾積極參與，網絡消費貫徹落實有力。"]) + "\n")["verdict"]["mirror"]  # type: ignore[index]


def test_closing_credits_names_and_notes_leave_the_text() -> None:
    """A county page's review chain, a closing line of names in brackets (after a department, or
    with its editor), an opinion disclaimer with a comma in it, a reprint note, and a Hong Kong
    government release's 完 over its date and time: none is article text. 出品人 (a credit the
    reference texts keep) and a closing （全文） stay."""
    head = "江城新建口袋公园二百处\n\n2023-10-06 10:12 来源：江城日报\n\n"
    body = "记者从市园林绿化局获悉，今年本市将新建、改造提升口袋公园及小微绿地200处，重点向老旧小区倾斜。"
    for tail in ["一审：张丽 二审：王强 三审：刘建国", "策划：张三 执行：李四", "本期编辑：王五", "（心血管内科 王建国 刘洋）",
                 "（张三 李四）", "（记者 张然）\u3000编辑：于丹", "※ 本文為作者個人觀點，不代表轉角國際立場。",
                 "本文为作者个人观点，不代表本报立场。", "（本文原刊於《信報》，經作者授權轉載。）"]:
        assert _record(f"{head}{body}\n\n{tail}\n")["paragraphs"] == [body], tail
    release = f"{head}{body}\n\n完\n\n2023年10月6日（星期五）\n\n香港時間16時30分\n"
    assert _record(release)["paragraphs"] == [body]
    for kept in ["出品人：傅华", "（全文）"]:
        assert _record(f"{head}{body}\n\n{kept}\n")["paragraphs"] == [body, kept], kept


CN_PARAS = ["国家统计局12日发布数据显示，8月份全国居民消费价格指数同比上涨0.1%，环比上涨0.3%。其中，城市上涨0.2%，农村下降0.1%。",
            "国家统计局城市司首席统计师董莉娟解读称，8月份，消费市场继续恢复，叠加暑期出行较多等因素影响，全国居民消费价格指数由降转涨。",
            "从环比看，食品价格由上月下降1.0%转为上涨0.5%，影响居民消费价格指数上涨约0.09个百分点。其中，猪肉价格上涨11.4%。"]


def _cn_page(body: str, info: str = "<div class='info'>2023-10-06 10:12 来源：某某日报</div>", head: str = "",
             site: str = "某某网") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>8月CPI同比上涨0.1%_{site}</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/s'>时政</a></div><h1>8月CPI同比上涨0.1%</h1>{info}"
            f"<div class='article'>{body}</div><div class='footer'>Copyright © 2023</div></body></html>").encode()


def test_byline_shapes_of_regional_papers_and_commentaries() -> None:
    """文/图 X (one writer who took the photos), a dispatch naming its writer in brackets with no
    记者, a commentary's □ byline, a closing (department names), an outlet before its writer, and
    a meta or JSON-LD author with a role or a report place: the writer each time."""
    from zhengben import extract

    body = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    assert extract(_cn_page("<p>文/图 李晓燕</p>" + body))["author"] == "李晓燕"
    assert extract(_cn_page(body + "<p>文/图 李晓燕</p>"))["author"] == "李晓燕"
    assert extract(_cn_page("<p>文、图/李晓燕</p>" + body))["author"] == "李晓燕"
    dispatch = f"<p>中新经纬10月6日电 (王玉玲){CN_PARAS[0]}</p>" + "".join(f"<p>{p}</p>" for p in CN_PARAS[1:])
    assert extract(_cn_page(dispatch + "<p>责任编辑：魏晞</p>"))["author"] == "王玉玲"
    photos = f"<p>新华社北京10月6日电（组图）{CN_PARAS[0]}</p>" + "".join(f"<p>{p}</p>" for p in CN_PARAS[1:])
    assert extract(_cn_page(photos + "<p>责任编辑：魏晞</p>"))["author"] == "魏晞"  # the editor, as before
    assert extract(_cn_page("<p>□史洪举（法律工作者）</p>" + body + "<p>编辑：王欢</p>"))["author"] == "史洪举"
    closing = extract(_cn_page(body + "<p>（心血管内科 王建国 刘洋）</p>"))
    assert closing["author"] == "王建国 刘洋" and "心血管" not in closing["text"]
    assert extract(_cn_page(body, info="<div class='i'>2023-10-06 文/钱江晚报 王小明</div>"))["author"] == "王小明"
    assert extract(_cn_page(body, info="<div class='i'>2023-10-06 作者：論盡媒體 林嘉欣</div>"))["author"] == "林嘉欣"
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-06",'
          '"author":{"@type":"Person","name":"記者王小明"}}</script>')
    assert extract(_cn_page(body, info="", head=ld))["author"] == "王小明"
    meta = "<meta name='author' content='王小明／台北報導'>"
    assert extract(_cn_page(body, info="", head=meta))["author"] == "王小明"


def test_a_related_heading_inside_the_story_does_not_end_it() -> None:
    """【延伸阅读】 as a paragraph in the story's flow, two linked headlines under it, then the story
    goes on: the heading and links go, the rest stays. A heading over headline-and-summary pairs
    still ends the article."""
    from zhengben import extract

    more = ["中国民生银行首席经济学家温彬分析认为，随着一系列稳经济、促消费政策逐步落地见效，居民消费意愿正在回升。",
            "业内人士预计，四季度居民消费价格指数有望温和回升，全年物价保持在合理区间运行，不存在通缩基础。"]
    links = "<p><strong>【延伸阅读】</strong></p><p><a href='/a/1.html'>7月CPI同比下降0.3%</a></p><p><a href='/a/2.html'>专家解读物价走势</a></p>"
    body = "".join(f"<p>{p}</p>" for p in CN_PARAS) + links + "".join(f"<p>{p}</p>" for p in more)
    out = extract(_cn_page(body))["text"].split("\n\n")
    assert out == [*CN_PARAS, *more]
    feed = "".join(f"<p><a href='/a/{k}.html'>另一条新闻标题{k}</a></p><p>{p}</p>" for k, p in enumerate(more))
    out = extract(_cn_page("".join(f"<p>{p}</p>" for p in CN_PARAS) + "<p>【延伸阅读】</p>" + feed))["text"].split("\n\n")
    assert out == CN_PARAS


def test_genuine_text_the_probe_found_harmed() -> None:
    """A judgement's closing block on a page with a breadcrumb, glosses in a 注释： list, a 注音版
    story, and surnames glossed before their titles in clean news: all kept as written."""
    judgement = ("裁判文书 > 民事\n\n张××与李××民间借贷纠纷一审民事判决书\n\n原告：张××，男，1978年5月出生，汉族，住江城市江城区。\n\n"
                 "本院认为，合法的借贷关系受法律保护。判决如下：被告李××于本判决生效之日起十日内偿还原告张××借款本金50000元。\n\n"
                 "审判员　王　强\n\n二〇二三年六月十二日\n\n书记员　陈　晨\n")
    assert _record(judgement)["paragraphs"][-3:] == ["审判员　王　强", "二〇二三年六月十二日", "书记员　陈　晨"]  # type: ignore[index]
    notes = ("古诗文网 > 古文 > 宋代\n\n岳阳楼记\n\n范仲淹〔宋代〕\n\n"
             "庆历四年春，滕子京谪守巴陵郡。越明年，政通人和，百废具兴。乃重修岳阳楼，增其旧制。\n\n"
             "注释：\n\n谪（zhé）守：因罪贬官，出任地方官。\n\n属（zhǔ）：同“嘱”，嘱托，嘱咐。\n\n汤汤（shāng shāng）：水势浩大的样子。\n")
    assert "属（zhǔ）：同“嘱”，嘱托，嘱咐。" in _record(notes)["paragraphs"]  # type: ignore[operator]
    story = ("儿童故事（注音版）\n\n小猫钓鱼\n\n猫(māo)妈(mā)妈(ma)带(dài)着(zhe)小(xiǎo)猫(māo)到(dào)河(hé)边(biān)钓(diào)鱼(yú)。\n\n"
             "猫(māo)妈(mā)妈(ma)说(shuō)：“钓(diào)鱼(yú)就(jiù)要(yào)一(yì)心(xīn)一(yí)意(yì)。”\n")
    assert "猫(māo)妈(mā)妈(ma)带(dài)" in str(_record(story)["text"])
    news = ("三位热心市民合力救起落水儿童\n\n2023-08-14 19:20　来源：江城晚报　记者 刘芳\n\n"
            "8月13日傍晚，一名男童在湖边玩耍时不慎落水。正在附近散步的单（shàn）先生听到呼救声，立即跳入水中。\n\n"
            "随后赶到的仇（qiú）女士和解（xiè）先生找来一根竹竿，三人合力将男童拉上了岸。\n")
    rec = _record(news)
    assert "单（shàn）先生" in str(rec["text"]) and "解（xiè）先生" in str(rec["text"])
    assert rec["verdict"]["obfuscations"] == []  # type: ignore[index]


def test_markup_a_tutorial_talks_about_stays() -> None:
    """A tutorial names tags and references (<p>标签, &nbsp;这个字符实体, 写成&amp;): its subject, not
    residue. Real residue beside such prose still goes."""
    page = ("HTML段落与换行的区别\n\n2023-04-12　作者：码农老张\n\n"
            "在HTML中，<p>标签表示一个段落，浏览器会在段落前后自动添加空白；而<br>标签只表示换行，不会产生额外的间距。\n\n"
            "如果想在网页上显示一个空格，可以使用&nbsp;这个字符实体。\n")
    text = str(_record(page)["text"])
    assert "<p>标签" in text and "<br>标签" in text and "&nbsp;这个字符实体" in text
    assert restore("网址里的&符号最好写成&amp;，否则校验会报错。").text == "网址里的&符号最好写成&amp;，否则校验会报错。"
    assert restore("会议指出<br />委员们认为&nbsp;要推进改革。").text == "会议指出\n\n委员们认为 要推进改革。"


def test_text_read_twice_as_latin1_is_read_back() -> None:
    """UTF-8 misread as Windows-1252 twice over (Ã¨Â¿â€º…): both layers are undone."""
    good = "进入10月以来，我国北方部分地区气温明显下降，流感等呼吸道传染病进入高发季节。省疾控中心专家提醒，接种流感疫苗是预防流感最经济、最有效的手段。"

    def misread(s: str) -> str:
        return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                       for b in s.encode("utf-8"))
    rec = _record(misread(misread("秋冬季流感高发\n\n" + good + "\n")))
    assert good in rec["paragraphs"]  # type: ignore[operator]
    assert "mojibake" in rec["verdict"]["obfuscations"]  # type: ignore[index]


def test_a_comment_section_is_not_the_article() -> None:
    """Under 网友评论, lines that show comments' marks (a user's time stamp, 回复 举报 赞(23)) are
    readers' text; a story that quotes netizens under such a heading with no marks keeps them."""
    head = "江城新开社区食堂\n\n2023-10-25 10:12 来源：江城日报\n\n社区食堂今天开业，一荤两素只要12元，老人还能再打九折。\n\n"
    comments = ("网友评论\n\n共有2条评论  请文明上网，理性发言\n\n江城网友 2023-10-25 18:02\n\n这样的食堂多建几个就好了。\n\n"
                "回复  举报  赞(23)\n\n快乐的风 2023-10-25 19:40\n\n价格确实便宜，就是中午人太多要排队。\n\n回复  举报  赞(8)\n\n查看更多评论>>\n")
    rec = _record(head + comments)
    assert rec["paragraphs"] == ["社区食堂今天开业，一荤两素只要12元，老人还能再打九折。"]
    quoted = "网友评论\n\n有网友表示，这样的食堂应该多建几个，让更多老人受益。\n"
    assert "有网友表示，这样的食堂应该多建几个，让更多老人受益。" in _record(head + quoted)["paragraphs"]  # type: ignore[operator]


def test_relative_and_chinese_numeral_datelines_with_fields() -> None:
    """今天 15:00 / 3小时前 before 来源 and 作者 is a dateline with no date (never guessed); a date in
    Chinese numerals before the same fields dates the story."""
    body = "据市数据局负责人介绍，平台由本地一家软件企业承建，项目总投资约4800万元，历时14个月完成开发。"
    for line, published in [("今天 15:00  来源：江城日报  作者：陈思远", None), ("3小时前 来源：江城日报 作者：陈思远", None),
                            ("二〇二三年十月六日 09:12  来源：江城日报  作者：陈思远", "2023-10-06")]:
        rec = _record(f"我市数字政务平台上线运行\n\n{line}\n\n{body}\n")
        assert (rec["title"], rec["source"], rec["author"], rec["published"]) == (
            "我市数字政务平台上线运行", "江城日报", "陈思远", published), line
        assert rec["paragraphs"] == [body]


def test_breadcrumbs_bylines_and_headers_the_field_rules_missed() -> None:
    """首页 / 科技 / 数码 and 首页 -> 新闻中心 are breadcrumbs with their channels; 黄海波/文 is a
    byline; 联合早报's 发布 / date is a dateline; a release's 新聞公報 header and its rule of
    asterisks are not its title or text."""
    body = "据市数据局负责人介绍，平台由本地一家软件企业承建，项目总投资约4800万元，历时14个月完成开发。"
    head = "我市数字政务平台上线运行\n\n2023-10-06 09:12  来源：江城日报\n"
    assert _record(f"首页 / 科技 / 数码\n\n{head}\n{body}\n")["channel"] == ["首页", "科技", "数码"]
    assert _record(f"当前位置：首页 -> 新闻中心 -> 图片新闻\n\n{head}\n{body}\n")["channel"] == ["首页", "新闻中心", "图片新闻"]
    rec = _record(f"{head}黄海波/文\n\n{body}\n")
    assert rec["author"] == "黄海波" and rec["paragraphs"] == [body]
    zaobao = _record(f"新闻 > 新加坡\n\n建屋局推出逾六千个预购组屋单位\n\n发布 / 2023年10月6日 5:00 AM\n\n{body}\n")
    assert zaobao["published"] == "2023-10-06T05:00:00+08:00" and zaobao["paragraphs"] == [body]
    release = _record("新聞公報\n\n天文台發出強烈季候風信號\n\n＊＊＊＊＊＊＊＊＊＊＊＊\n\n天文台在下午四時十五分發出強烈季候風信號。\n\n"
                      "市民應提高警覺，遠離海旁。\n\n完\n\n2023年12月18日（星期一）\n香港時間16時20分\n")
    assert release["title"] == "天文台發出強烈季候風信號"
    assert release["paragraphs"] == ["天文台在下午四時十五分發出強烈季候風信號。", "市民應提高警覺，遠離海旁。"]


def test_a_headline_with_spam_after_a_title_separator_keeps_the_headline() -> None:
    """A farm's title line, the headline then ' - ' and porn keywords: the keywords are cut and the
    headline is the title (it was labelled spam whole and the title lost)."""
    page = ("首頁 要聞 社會\n\n我市數字政務平臺上線運行 - 久久精品视频在线观看_亚洲av无码专区\n\n"
            "2023年10月06日 09:12  |  作者:陳思遠  |  來源:江城日報\n\n"
            "據市數(shù)據局負責人介紹,平臺由本地一家軟(ruǎn)件企業承建,項目總投資約4800萬元,歷時14個月完成開發。\n")
    rec = _record(page)
    assert rec["title"] == "我市数字政务平台上线运行"
    assert rec["verdict"]["injected_spam"]  # type: ignore[index]


def test_a_today_banner_and_an_author_box_after_the_body() -> None:
    """今天是：<date> in a top bar is the reader's day, not the story's (the URL's day is); an author
    box after the last paragraph (a bio) is no text, while one that holds the byline is read."""
    from zhengben import extract

    body = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    banner = ("<html><head><meta charset='utf-8'><title>8月CPI同比上涨0.1%_某某网</title></head><body>"
              "<div class='topbar'><span>今天是：2023年10月9日 星期一</span> <a href='/login'>登录</a></div>"
              f"<h1>8月CPI同比上涨0.1%</h1><div class='info'>10-06 10:12 来源：某某日报</div><div class='article'>{body}</div>"
              "</body></html>").encode()
    assert extract(banner, url="http://epaper.example.com/html/2023-10/06/content_12345.htm")["published"] == "2023-10-06"
    bio = ("<div class='author-info'><div class='author-description'><h4>黃偉強</h4>"
           "<p>資深銀行家，現任某大學客席教授，曾任多間國際金融機構高層。</p></div></div>")
    page = (f"<html><head><meta charset='utf-8'><title>標題 - 灼見名家</title></head><body><article><h1>標題</h1>"
            f"<div class='post-meta'><span class='author'>作者：黃偉強</span> 2023年10月6日</div>"
            f"<div class='entry-content'>{body}</div>{bio}</article></body></html>").encode()
    out = extract(page)
    assert out["text"].split("\n\n") == CN_PARAS and out["author"] == "黃偉強"
    byline_box = page.replace(bio.encode(), "<div class='post_author'>本文来源：深圳新闻网 作者：陈春<br>责任编辑：王晓易</div>".encode())
    assert extract(byline_box.replace("作者：黃偉強".encode(), b""))["author"] == "陈春"


def test_readings_with_separate_combining_tone_marks_are_ruby() -> None:
    """A mirror copied from a system that decomposes marks (wén as w, e, U+0301, n): composed (an
    edit of its own, which the reading's removal then absorbs), then removed like any reading."""
    import unicodedata

    extra = ("展覽彙集了來自國內12家文(" + unicodedata.normalize("NFD", "wén") + ")博機構的216件文物,不少展("
             + unicodedata.normalize("NFD", "zhǎn") + ")品是首次與公眾見面。")
    rec = _record(MIRROR.format(extra))
    assert "展览汇集了来自国内12家文博机构的216件文物，不少展品是首次与公众见面。" in rec["paragraphs"]  # type: ignore[operator]
    from zhengben.repair.glyphs import composed_marks

    assert [c.rule for c in composed_marks(extra)] == ["glyph.combining"] * 2


def test_watermarks_spliced_into_sentences_are_cut() -> None:
    """A bracketed source note naming a domain and a full-width domain spliced into sentences are
    a site's watermark; a source line of its own and a genuine bracket stay as they were."""
    page = ("湿地公园迎来首批越冬候鸟\n\n2023-11-03 11:45　来源：生态环境报　作者：苏晓琳\n\n"
            "11月2日，首批越冬候鸟飞抵江城湿地公园。记者在现场看到，【来源：www.jcrb123.com】成群的白鹭在浅滩上觅食嬉戏。\n\n"
            "公园在核心区设置了观鸟屏障，严厉打击非法ｗｗｗ．ｊｃｗ８８．ｃｏｍ捕猎行为。\n")
    rec = _record(page)
    assert rec["paragraphs"] == ["11月2日，首批越冬候鸟飞抵江城湿地公园。记者在现场看到，成群的白鹭在浅滩上觅食嬉戏。",
                                 "公园在核心区设置了观鸟屏障，严厉打击非法捕猎行为。"]
    plain = "市民可登录（来源：江城市政府网站）查询详情，也可拨打热线咨询。"
    assert restore(plain).text == plain


def test_review_s8a_text_rules_leave_genuine_text() -> None:
    """helper-36's review of this session's text rules: dialogue said twice, emphasis, a chorus
    that comes back, a phishing story's 'redirects after 5 seconds', an HTTP tutorial's 404 line,
    a story opening 共有37条留言, a 网友评论 subhead over quoted netizens and a 3楼 window, case
    rulings (一审：…), a closing （于北京）, and a scene break: all text."""
    for text in [
        "“准备好了吗？”\n\n“准备好了。”\n\n“准备好了。”\n\n两个人一起推开了门。",
        "注意安全。\n\n注意安全。\n\n注意安全。\n\n重要的事情说三遍。",
        "小燕子穿花衣。\n\n年年春天来这里。\n\n我问燕子你为啥来。\n\n燕子说这里的春天最美丽。\n\n小燕子穿花衣。\n\n年年春天来这里。\n\n我问燕子你为啥来。",
        "警方提醒，点击短信中的链接后，页面会在5秒后自动跳转至一个仿冒的银行网站，骗取用户的账号和密码。",
        "常见的状态码如下：\n\n404：服务器找不到请求的网页，通常是网址输入错误。\n\n500：服务器内部错误，无法完成请求。",
        "共有37条留言提到了食堂排队的问题，记者随后来到现场。\n\n18楼的王阿姨告诉记者，她每天中午都来这里吃饭，价格实惠，味道也不错。",
        "案情回顾\n\n一审：判决张某归还借款本金及利息。\n\n二审：驳回上诉，维持原判。",
        "春天来了，院子里的桃花开了，满树粉红，引来许多蜜蜂。\n\n（于北京）",
        "第一部分写的是他在乡下度过的童年，那时的日子简单而快乐，每天都和伙伴们在田野里奔跑。\n\n＊＊＊\n\n"
        "第二部分写的是他进城以后的生活，工作忙碌，很少有时间回老家看看年迈的父母亲人。",
    ]:
        assert restore(text).text == text, text
    news = ("社区食堂开业\n\n2023-10-25 10:12 来源：江城日报\n\n社区食堂今天开业，一荤两素只要12元。\n\n网友评论\n\n"
            "有网友说：“这样的食堂多建几个就好了。”\n\n3楼窗口的师傅告诉记者，开业第一天就卖出了三百多份，比预想的多。\n")
    assert "3楼窗口的师傅告诉记者，开业第一天就卖出了三百多份，比预想的多。" in _record(news)["paragraphs"]  # type: ignore[operator]


def test_review_s8a_guards_leave_residue_and_mirrors_alone() -> None:
    """A CMS tag line's <p> (标签：…) is residue; &nbsp; before 实体经济 is residue; a mirror of a story
    whose headline says 注音版 is still a mirror."""
    tags = restore("<p>标签：旅游 国庆 假期</p>")  # a keyword line once its tags go
    assert {e.rule for e in tags.edits} >= {"markup.tag"} and tags.meta["keywords"]["value"] == ["旅游", "国庆", "假期"]
    assert restore("&nbsp;&nbsp;实体经济是发展的根基。").text == "实体经济是发展的根基。"
    page = MIRROR.format("一年級語(yǔ)文教材推出注音版,幫(bāng)助孩子們更(gèng)好地學習,家長反(fǎn)映良好。")
    rec = _record(page.replace("我市數字政務平臺上線運行", "一年級語文教材推出注音版"))
    assert rec["verdict"]["mirror"] and "ruby-pinyin" in rec["verdict"]["obfuscations"]  # type: ignore[index]


def test_review_s8a_subheads_and_genre_tags_are_no_authors() -> None:
    """■ 解读 (a subhead) and 新华社北京10月6日电（时评） (a genre tag) name no writer."""
    from zhengben import extract

    body = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    subheads = f"<p>■ 解读</p><p>{CN_PARAS[0]}</p><p>■ 连线</p><p>{CN_PARAS[1]}</p><p>{CN_PARAS[2]}</p>"
    assert extract(_cn_page(subheads))["author"] is None
    assert extract(_cn_page(body))["author"] is None  # (the page names no writer otherwise)
    dispatch = f"<p>新华社北京10月6日电（时评）{CN_PARAS[0]}</p>" + "".join(f"<p>{p}</p>" for p in CN_PARAS[1:])
    assert extract(_cn_page(dispatch))["author"] is None


def test_review_s8a_regional_sites_and_shared_words_do_not_shelter_mirrors() -> None:
    """A farm's copy of a Xinhua wire under a title that merely opens with an outlet's name, or on
    a .hk host with half-width commas and mainland-only terms, is still a mirror; a mirror of a
    mainland story in words Hong Kong shares (人工智能, 互联网) with no Hong Kong mark is one too."""
    from zhengben.readers.html_meta import site_region
    from zhengben.repair.script import converter

    for name in ["中央社会工作部", "中央社会主义学院", "中视频", "上报系统", "看中国经济网"]:
        assert site_region(None, {"og:site_name": name}, f"标题_{name}") is None, name
    assert site_region(None, {}, "標題 - 中時新聞網") == ("tw", "site_name")
    wire = ("新华社北京10月6日电 各地区各部门认真贯彻落实党中央决策部署，扎实推进高质量发展，抓实各项工作，"
            "取得了显著成效，人民群众获得感不断增强。")
    hant = converter("s2hk").convert(wire).replace("，", ",")
    page = (f"<html><head><meta charset='utf-8'><title>標題</title></head><body><h1>標題</h1>"
            f"<div class='a'><p>{hant}</p><p>{hant}</p></div></body></html>").encode()
    from zhengben import extract

    out = extract(page, url="http://news.example.com.hk/a/1.html")["text"]
    assert "贯彻落实" in out and "," not in out
    story = ("人工智能正在改变我们的生活。互联网企业纷纷推出“大模型”产品，视频、信息服务的质量明显提升。\n\n"
             "专家表示，“人工智能”技术将在网络安全、医疗等领域发挥更大作用，“互联网+”模式也将继续深化。")
    rec = _record(converter("s2hk").convert(story) + "\n")
    assert rec["verdict"]["mirror"] and rec["text"] == story  # type: ignore[index]


def test_forum_bbcode_and_markdown_residue_go() -> None:
    """A forum repost's BBCode (tags go, text stays; an [img] goes with its address; Discuz's edit
    note is no text) and Markdown's bold marks and quote prefix around Chinese text."""
    page = ("[size=5][b]秋冬季流感高发 专家提醒重点人群及早接种疫苗[/b][/size]\n\n"
            "[color=gray]2023-10-16 15:00　来源：健康时报　作者：王静怡[/color]\n\n"
            "[align=left]进入10月以来，我国北方部分地区气温明显下降，流感等呼吸道传染病进入高发季节。[/align]\n\n"
            "[img]http://bbs.example.com/attachment/2023/10/flu.jpg[/img]\n\n"
            "[url=http://www.example.com/news/1016.html]据了解，流感疫苗属于第二类疫苗，市民可自愿自费接种。[/url]\n\n"
            "[i]本帖最后由 健康小助手 于 2023-10-16 16:20 编辑[/i]\n")
    rec = _record(page)
    assert (rec["title"], rec["author"]) == ("秋冬季流感高发 专家提醒重点人群及早接种疫苗", "王静怡")
    assert rec["paragraphs"] == ["进入10月以来，我国北方部分地区气温明显下降，流感等呼吸道传染病进入高发季节。",
                                 "据了解，流感疫苗属于第二类疫苗，市民可自愿自费接种。"]
    md = "> 开通当天，不少市民早早来到车站体验。\n\n**据介绍，赛事期间全市酒店入住率超过九成。**"
    assert restore(md).text == "开通当天，不少市民早早来到车站体验。\n\n据介绍，赛事期间全市酒店入住率超过九成。"
    for kept in ["论坛里用[b]加粗[/b]表示粗体。", "计算2**3的结果，x > 0 时函数递增。", "- 第一条：按时上班。\n\n- 第二条：注意安全。"]:
        assert restore(kept).text == kept, kept


def test_text_lost_to_a_wrong_decoding_is_named() -> None:
    """GBK bytes decoded as UTF-8 with replacement: nothing can be read again, but the verdict
    names mojibake, so a corpus run can drop the page by reason."""
    text = "秋粮收获进度过半 全省玉米单产创新高\n\n记者从省农业农村厅获悉，截至10月7日，全省秋粮收获进度达到56.3%，比去年同期快4.2个百分点。\n"
    rec = _record(text.encode("gbk").decode("utf-8", errors="replace"))
    assert "mojibake" in rec["verdict"]["obfuscations"]  # type: ignore[index]
    assert rec["verdict"]["signals"]["lost_chars"] > 20  # type: ignore[index]
    assert "mojibake" not in _record("个别字符丢失了\ufffd，但正文基本完好，记者从现场发回了报道。\n")["verdict"]["obfuscations"]  # type: ignore[index]


def test_a_page_stored_as_a_json_string_is_decoded() -> None:
    """A scrape kept as a JSON string's literal (\\u65b0…, literal \\n between paragraphs) is read as
    its text; a program's text that mentions one \\n keeps it."""
    import json

    text = "新学期我市新增中小学学位1.2万个\n2023-09-01 08:20 来源：江城晚报\n\n9月1日，全市中小学迎来新学期开学。记者从市教育局了解到，今年我市新建学校17所。\n"
    rec = _record(json.dumps(text)[1:-1])
    assert rec["paragraphs"] == ["9月1日，全市中小学迎来新学期开学。记者从市教育局了解到，今年我市新建学校17所。"]
    assert rec["source"] == "江城晚报"
    assert _record(text.replace("\n", "\\n"))["paragraphs"] == rec["paragraphs"]
    code = '在Python里用print("a\\nb")换行。'
    assert restore(code).text == code


def test_a_classical_texts_author_line_under_its_title() -> None:
    """古诗文网's layout: title, then the writer and the dynasty (范仲淹〔宋代〕): the title and the
    author are read and neither stays in the text."""
    rec = _record("古诗文网 > 古文 > 宋代\n\n岳阳楼记\n\n范仲淹〔宋代〕\n\n庆历四年春，滕子京谪守巴陵郡。越明年，政通人和，百废具兴。\n")
    assert (rec["title"], rec["author"]) == ("岳阳楼记", "范仲淹")
    assert rec["paragraphs"] == ["庆历四年春，滕子京谪守巴陵郡。越明年，政通人和，百废具兴。"]


def test_review_s8b_late_rules_leave_genuine_text() -> None:
    """helper-37's review: a ministry's own address in full-width letters, a government source
    note, a venue or lottery name after a title's separator, ** as a power or a significance mark,
    an e-mail's quoted lines, [i] inside a [code] block, and a few emoji lost as U+FFFD: all text,
    and no spam or mojibake verdict for them."""
    for text in ["详情请登录商务部网站（ｗｗｗ．ｍｏｆｃｏｍ．ｇｏｖ．ｃｎ）查询，或拨打服务热线。",
                 "市民可登录政府网站（来源：www.gov.cn）查询政策全文，也可拨打热线咨询。",
                 "计算2**10等于1024，而x**2表示平方。", "> 你昨天说的方案我看了。\n\n> 还有几个问题要讨论。\n\n好的，明天见。"]:
        doc = restore(text)
        assert doc.text == text and not doc.decisions["injected_spam"], text
    for title in ["张学友演唱会今晚开唱 - 澳门威尼斯人", "本期开奖结果公布 | 六合彩"]:
        rec = _record(f"{title}\n\n2023-10-06 10:12 来源：江城日报\n\n演出吸引了大批观众，现场气氛热烈，主办方表示将加开场次。\n")
        assert rec["title"] == title and not rec["verdict"]["injected_spam"], title  # type: ignore[index]
    post = ("[b]求助[/b]\n\n[code]for i in range(3):\n    print(a[i])[/code]\n\n[color=red]运行报错了，怎么办？[/color]")
    assert "print(a[i])" in restore(post).text
    emoji = _record("今天好开心\ufffd\ufffd\ufffd，和朋友去了公园\ufffd\ufffd，拍了很多照片，晚上还吃了火锅。\n")
    assert "mojibake" not in emoji["verdict"]["obfuscations"]  # type: ignore[index]


def test_a_pen_name_opening_with_a_clause_character() -> None:
    """作者：随心 (快科技's pen names; also 和风, 从容) is a name when it stands alone after its
    label; 记者获悉… stays a clause, and 每经 after a writer's name stays an outlet."""
    from zhengben import extract

    body = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    info = "<div class='i'>2023-10-06 10:12:34　出处：快科技　作者：随心　编辑：随心　人气：2341</div>"
    assert extract(_cn_page(body, info=info))["author"] == "随心"
    clause = f"<p>记者获悉，{CN_PARAS[0]}</p>" + "".join(f"<p>{p}</p>" for p in CN_PARAS[1:])
    assert extract(_cn_page(clause, info="<div class='i'>2023-10-06 10:12</div>"))["author"] is None


def test_a_day_first_date_with_dashes() -> None:
    """发布日期：16-10-2023 (day past 12) is 16 October; 10-06-2023 stays unread (no guess)."""
    from zhengben import extract

    body = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    assert extract(_cn_page(body, info="<div class='i'>发布日期：16-10-2023</div>"))["published"] == "2023-10-16"
