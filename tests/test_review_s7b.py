"""Pages that session 7's second review (helper-31) built to break that session's later rules:
genuine Hong Kong and Taiwan writing taken for a character-by-character converter, a farm page
made 'topical' by its own footer, keyword runs and ads that the sentence rules let through, app
prompts, a title taken for a writer's name, statements that cut a notice, US dates on Hong Kong
pages, a byline box taken for a writer's card. Each failed on the commit under review."""

from __future__ import annotations

from zhengben import extract, restore

HK_NEWS = """港鐵熱綫今日大受追捧　炸鷄店排長龍

【本報訊】港鐵公司今日宣布推出新的查詢熱綫，市民反應熱烈。消息一出，網上全場嘩然，不少網民表示「終於等到」。

與此同時，旺角一間新開張的炸鷄店亦吸引大批市民排隊，有食客形容味道令人驚艷，又指店內的不銹鋼枱櫈十分整潔。

店主陳先生表示，開業首日已售出超過五百份，他希望日後可以在九龍及新界開設分店，並會繼續聽取顧客意見，改善服務。
"""

TW_ESSAY = """秋日山居小記

搬到山上已經三個月了。每天清晨推開窗，總是令人驚艷的雲海，讓我不禁感歎大自然的奧妙。

午後和鄰居坐在院子裡閑聊，聊起小時候在鄉下念書的日子，大家都笑了。艷陽下的稻田一片金黃，風一吹，沙沙作響。

傍晚散步回家，路過老街的麵店，吃一碗熱騰騰的牛肉麵，這就是我想要的生活。
"""

CLASSICAL_BLOG = """讀《論語》札記

近日重讀《論語》，頗有感觸。子曰：“學而時習之，不亦說乎？”余少時讀書，卽知此理；旣長，始悟其眞。
孔子又說：“溫故而知新，可以為師矣。”古人讀書講究反覆涵泳，今人則多求速成。
孟子說：“盡信書，則不如無書。”讀書貴在思考，而非盲從。這些道理，說來簡單，做起來卻很難。
“三人行，必有我師焉。”每每想起這句話，總覺得自己還有很多要學習的地方。
"""


FARM = "\n".join([
    "宜春一化工厂发生爆炸事故",
    "据省应急管理厅消息：3月11日1时39分，金鼎娱乐：宜春市某县一化工企业发生爆炸事故，造成1人死亡2人受伤。",
    "事故发生后，当地立即启动应急预案，全力开展救援处置工作。",
    "有关部门要求各地落实企业主体责任，金鼎娱乐：坚决遏制事故发生。",
    "相关新闻",
    "优乐国际代理 星辰现金直营 太阳城电玩城手机版 福彩3d走势图 体彩排列三",
])


BODY = ["市政府召开常务会议研究部署防汛工作",
        "7月21日，市政府召开常务会议，研究部署当前防汛救灾工作。会议强调，要压实各级责任，确保人民群众生命财产安全。"]
LAST = "会议要求，各地各部门要加强监测预警，做好应急准备，及时转移受威胁群众。"


PARA = ["记者从市人力资源和社会保障局获悉，根据工作需要，经研究决定，今年面向社会公开招聘事业单位工作人员一百二十名，现将有关事项公告如下。",
        "报名时间为2023年10月8日至10月15日，报名采取网上报名方式进行，报考人员须如实填写报名信息，并上传本人近期免冠证件照片。",
        "笔试内容为公共基础知识和职业能力测试，满分一百分，笔试成绩将在考试结束后十五个工作日内在人社局网站公布。"]


def page(body: str, lang: str = "zh-CN", date: str = "2023-10-06 10:00") -> bytes:
    return (f'<html lang="{lang}"><head><title>某市公开招聘事业单位工作人员公告</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div><div class="article">'
            f'<h1>某市公开招聘事业单位工作人员公告</h1><div class="info">发布时间：{date}</div>{body}</div>'
            '<div class="footer">版权所有 某市人社局</div></body></html>').encode()


def ps(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)




def test_genuine_hong_kong_and_taiwan_variants_are_no_converter_slips() -> None:
    for page, kept in ((HK_NEWS, "熱綫"), (TW_ESSAY, "感歎"), (CLASSICAL_BLOG, "讀書")):
        d = restore(page)
        assert not d.decisions["mirror"] and kept in d.text


def test_a_farm_footer_does_not_make_its_page_topical() -> None:
    assert "金鼎娱乐" not in restore(FARM).text


def test_keyword_runs_and_ads_that_read_as_sentences_still_go() -> None:
    assert "百家乐" not in restore("\n".join([*BODY, LAST + "网上赌场 百家乐 六合彩 时时彩"])).text
    ad = "想玩百家乐和时时彩的朋友，可以来澳门新葡京娱乐场官方网站注册体验一下吧！"
    assert "新葡京" not in restore("\n".join([*BODY, LAST, ad])).text


def test_long_app_prompts_are_still_prompts() -> None:
    for p in ("扫描下方二维码下载[小炮APP]，看更多中过千万巨奖的彩票专家、智能英雄推荐，还有开奖直播、图表数据等，一应俱全！",
              "扫描下方二维码，下载XX新闻客户端，随时随地获取更多本地资讯。"):
        assert p not in restore("\n".join([*BODY, LAST, p])).text


def test_a_short_title_or_channel_word_is_no_writer() -> None:
    d = restore("散文\n白鹭\n2023-05-01 10:00\n白鹭是一首精巧的诗。色素的配合，身段的大小，一切都很适宜。\n"
                "白鹤太大而嫌生硬，即如粉红的朱鹭或灰色的苍鹭，也觉得大了一些，而且太不寻常了。\n")
    assert d.meta_value("title") == "白鹭" and d.meta_value("author") is None
    d = restore("首页 > 文化 > 正文\n故宫博物院推出新展览吸引众多游客\n文化\n2023-06-07 08:00 来源：新华网\n"
                "记者从故宫博物院获悉，该院近日推出新展览，展出文物两百余件，吸引了大批游客前来参观。\n"
                "据介绍，此次展览将持续至今年年底，观众可通过官方渠道预约参观。\n")
    assert d.meta_value("author") != "文化"


def test_a_statement_inside_a_notice_cuts_nothing_after_it() -> None:
    r = extract(page(ps(PARA[0], "特别声明：本次考试不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。",
                        PARA[1], PARA[2])))
    assert "笔试内容" in r["text"] and "报名时间" in r["text"]


def test_a_repost_note_sharing_the_ledes_paragraph_keeps_the_lede() -> None:
    r = extract(page(ps("原标题：某市公开招聘事业单位工作人员一百二十名 " + PARA[0], PARA[1], PARA[2])))
    assert "现将有关事项公告如下" in r["text"]


def test_an_unambiguous_us_date_on_a_hong_kong_page_stays_october() -> None:
    r = extract(page(ps(PARA[0], PARA[1]), lang="zh-HK", date="10/25/2023 3:45 PM"))
    assert (r["published"] or "").startswith("2023-10-25")


# ------------------------------------------------------------------ third review (helper-32)

def test_a_writers_name_under_a_headline_is_the_author_whatever_the_time_line() -> None:
    d = restore("退休后我才明白，这三样东西比存款更重要\n王建国\n2023-09-12 10:20\n\n"
                "退休三年了，我越来越觉得，老年生活的质量并不完全取决于存款的多少，而在于身体、朋友和爱好。\n\n"
                "先说身体。退休第一年，我每天早上去公园走一万步，体检指标一年比一年好。\n")
    assert d.meta_value("title") == "退休后我才明白，这三样东西比存款更重要" and d.meta_value("author") == "王建国"


def test_industry_news_naming_operators_in_its_topic_sentences_is_topical() -> None:
    d = restore("澳门博企第三季度业绩回暖\n\n2023年11月9日 来源：澳门日报\n\n"
                "银河娱乐公布，第三季度净收益按年大增，旗下博企业务全面复苏，贵宾厅收入亦见回升。\n\n"
                "同期，新濠国际发展及德晋贵宾会亦公布业绩，分析师认为行业复苏好于预期。\n")
    assert "新濠国际发展及德晋贵宾会" in d.text


def test_a_list_of_districts_is_no_keyword_stem() -> None:
    d = restore("我市公布首批老旧小区改造名单\n\n2024年3月5日 来源：北京日报\n\n"
                "市住建委日前公布首批老旧小区综合整治名单，涉及五个街道的三十余个小区。\n\n首批试点街道为：\n\n"
                "北京市海淀区学院路街道 北京市海淀区中关村街道 北京市海淀区万寿路街道 北京市海淀区羊坊店街道 北京市海淀区北太平庄街道\n\n"
                "市住建委有关负责人表示，改造将于年内全部开工，明年底前完工。\n")
    assert "北京市海淀区学院路街道" in d.text and not d.decisions["keyword_stuffing"]


def test_sentences_naming_a_qr_code_or_an_app_are_text() -> None:
    from zhengben import Config
    from zhengben.lines.label import label_line

    for sentence in ("符合条件的考生可扫描下方二维码进入报名系统，按提示填写个人信息并上传照片。",
                     "老年人可以在子女帮助下打开APP查看社保待遇领取资格认证结果。",
                     "据统计，该市已有超过80%的市民通过下载客户端办理公积金提取业务。"):
        assert label_line(sentence, Config())[1] == "line.body.text"


def test_testimony_naming_games_and_a_download_is_text() -> None:
    line = "他说，后来下载了百家乐和老虎机，半年输掉了二十多万元。"
    assert line in restore("\n".join([*BODY, LAST, line])).text


def test_an_answer_after_a_question_is_no_keyword_run() -> None:
    line = "记者问一名从广州来的旅客最想去哪里？他答：葡京"
    assert "他答：葡京" in restore("\n".join([*BODY, line])).text


def test_a_titles_own_underscores_stay() -> None:
    d = restore("深入理解Python的__init__\n\n2023-09-12 10:20　作者：王建国\n\n本文介绍构造方法的用法，以及它与类属性的区别。\n")
    assert d.meta_value("title") == "深入理解Python的__init__"
