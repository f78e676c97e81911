"""Span-level spam excision and spam verdicts (issue #5), on pages composed for these tests.

Every page here is made up (no crawled text); names like 星辰贵宾会 are invented brands built on the
patterns spam farms use. Negatives: news about gambling and pornography enforcement, political terms,
and a page that repeats its subject naturally keep every character and raise no flag.
"""

from __future__ import annotations

import re

import pytest

from zhengben.config import Config, SpanConfig
from zhengben.document import Document, replay
from zhengben.pipeline import restore_steps
from zhengben.rules import load_table, reasons
from zhengben.score import quality as quality_mod
from zhengben.score import spans as spans_mod
from zhengben.score.quality import SpamPolicy, SpamVerdictConfig, spin_hits
from zhengben.score.spans import find_spans, title_spans
from zhengben.score.vocab import vocabulary
from zhengben.step import Step, run_steps


def spam_steps() -> list[Step]:
    return restore_steps(Config().with_spam_spans())


def restore(text: str, title: str = "") -> Document:
    doc = Document.from_text(text, "t", **({"title": title} if title else {}))
    out = run_steps(spam_steps(), doc)
    assert isinstance(out, Document)
    assert replay(out.original, out.edits) == out.text
    return out


FARM_TITLE = "星辰现金网网址天机老人忽然拔剑长啸_乐虎国际登录器下载"
FARM = "\n".join([
    "宜春一化工厂发生爆炸事故",
    "文章摘要：星辰现金网网址,龙道圣沉声开口道忐忑所以要灭了千仞峰，这是怎么回事。",
    "据省应急管理厅消息：3月11日1时39分，星辰现金网网址：宜春市某县一化工企业发生爆炸事故，造成1人死亡2人受伤。",
    "事故发生后，当地立即启动应急预案，全力开展救援\x06\x07处置工作\x05。",
    "有关部门要求各地落实企业主体责任，坚决遏制事故发生。星辰现金网网址：",
    "相关新闻",
    "优乐国际代理 星辰现金直营 太阳城电玩城手机版 登峰娱乐代理网址 钻石娱乐电子平台网",
    "顶尖娱乐电子游戏 玛雅娱乐亚洲 创世九州棋牌官网 红桃游戏骰宝玩法 威廉希尔管理系统登入",
])


def test_spliced_brand_is_cut_and_the_sentence_kept() -> None:
    doc = restore(FARM, FARM_TITLE)
    assert "3月11日1时39分，宜春市某县一化工企业发生爆炸事故，造成1人死亡2人受伤。" in doc.text
    assert "全力开展救援处置工作。" in doc.text  # control characters removed
    assert "坚决遏制事故发生。" in doc.text
    for spam in ("现金网", "文章摘要", "千仞峰", "玛雅娱乐", "代理网址", "\x06"):
        assert spam not in doc.text, spam
    rules = {r for _, _, r in doc.signals["spam_spans"]}
    assert {"spam.span.brand", "spam.span.control", "spam.line.fake_summary"} <= rules
    # the footer of brands (…红桃游戏骰宝玩法 威廉希尔管理系统登入) goes as a keyword line or a keyword footer
    assert rules & {"line.spam.keywords", "spam.line.keyword_footer"}
    assert doc.decisions["injected_spam"] and doc.decisions["hijacked"] and doc.decisions["keyword_stuffing"]
    assert 0 <= doc.decisions["quality"] < 0.5
    assert set(doc.signals["quality_parts"]) == {"injection", "article", "stuffing", "spin", "hijack"}


def test_title_brand_and_the_nonsense_glued_to_it() -> None:
    found = title_spans(FARM_TITLE, FARM)
    assert [FARM_TITLE[f.start:f.end] for f in found] == [FARM_TITLE]
    clean = "宜春一化工厂发生爆炸事故_江西新闻网"
    assert title_spans(clean, FARM) == []


SUBSTITUTED = "\n".join([
    "星辰贵宾会顺利完成全员核酸检测工作",
    "21日下午，星辰贵宾会组织开展开学返校全员核酸检测工作。",
    "此次是星辰贵宾会第二次开展全员核酸检测，全体师生均为阴性。",
    "星辰贵宾会将一如既往扎实做好各项防控工作。",
])


def test_substituted_brand_leaves_the_gap_where_the_name_stood() -> None:
    doc = restore(SUBSTITUTED)
    assert "贵宾会" not in doc.text
    assert "21日下午，组织开展开学返校全员核酸检测工作。" in doc.text
    assert doc.decisions["hijacked"] and doc.decisions["injected_spam"]


@pytest.mark.parametrize(("line", "cut"), [
    ("当前，js777金沙线路国已形成了完整的产业链。", "js777金沙线路"),
    ("【金沙网站】集团董事局主席带来了新建议。", "【金沙网站】"),
    ("上一篇：大口径管道ope体育app下载手机版的重要性质是什么？", "ope体育app下载手机版"),
    ("冻生开杂色蛤肉，物美价廉。yabo手机版登录:相关标签", "yabo手机版登录:"),
    ("航空学院bt365手机下载的伯顿航空学院。", "bt365手机下载"),
    ("实现各项目标任务。ls6utgDbOxKZnI7Q技术，施工，管理等角度。", "ls6utgDbOxKZnI7Q"),
    ("现有的操作规程和资源配置www.example-spam.cn，以为员工提供安全保障。", "www.example-spam.cn"),
    ("注意休息，防止病毒感染减轻病情。<上海房产纠纷律师", "<上海房产纠纷律师"),
])
def test_in_line_findings(line: str, cut: str) -> None:
    spans, whole = find_spans(["标题", line], "标题")
    assert not whole
    got = [line[f.start:f.end] for f in spans[1]]
    assert cut in got, got


def test_shattered_brand_in_a_keyword_line() -> None:
    line = "本文关键词：星河体育app官网,毕业,星,河,体育,官方,又是,一年"
    spans, _ = find_spans([line], "毕业季_星河体育官方")
    got = [line[f.start:f.end] for f in spans[0]]
    assert got == ["星河体育app官网,", "星,河,体育,官方,"]


def test_repeated_brand_of_the_title_with_its_web_suffix() -> None:
    title = "凯尔特人对雄鹿_星河体育"
    lines = ["凯尔特人在主场迎战雄鹿，双方激战四节。", "本文关键词：星河体育,凯尔特,雄鹿", "星河体育官网"]
    spans, whole = find_spans(lines, title)
    assert whole == {2: "spam.line.brand"}
    assert [lines[1][f.start:f.end] for f in spans[1]] == ["星河体育,"]
    assert title_spans(title, "\n".join(lines)) == [(7, 12, "spam.span.brand_repeated")]


def test_query_repeated_in_paragraphs_goes_with_its_separator() -> None:
    q = "什么药治咳喘效果好"
    lines = [
        f"慢性支气管炎是常见病，下面就一起来看看吧，{q}。",
        f"平时应少吃肥腻食品及过咸食品。{q}。",
        f"咳特灵是常用的止咳药物。{q}，各种类型的哮喘患者均可使用。",
        "戒烟少酒，保持情绪稳定。",
    ]
    spans, _ = find_spans(lines, f"{q}_医药网")
    got = {i: [lines[i][f.start:f.end] for f in fs] for i, fs in spans.items()}
    assert got == {0: [f"，{q}"], 1: [f"{q}。"], 2: [f"{q}，"]}
    doc = restore("\n".join(lines), f"{q}_医药网")
    assert "咳特灵是常用的止咳药物。各种类型的哮喘患者均可使用。" in doc.text
    assert doc.decisions["keyword_stuffing"]


def test_title_query_glued_to_a_paragraph() -> None:
    lines = ["测温门行业发展迅速，大量资金进入安检设备市场，带你了解星河测温门厂家", "截至目前，已有上百家企业。"]
    spans, _ = find_spans(lines, "带你了解星河测温门厂家_星河电子")
    assert [lines[0][f.start:f.end] for f in spans[0]] == ["，带你了解星河测温门厂家"]


def test_lottery_doorway_lines() -> None:
    lines = ["极速飞艇开奖结果助手", "公司生产轴承钢球，质量可靠。", "秒速赛车在线预测", "星辰飞艇历史开奖数据"]
    _, whole = find_spans(lines, "")
    assert set(whole) == {0, 2, 3}
    # one mention of racing rules in sports news is not a lottery page
    _, whole = find_spans(["F1赛车规则", "新赛季的赛车规则有三处修改。"], "")
    assert whole == {}


def test_keyword_guide_template_and_its_keywords() -> None:
    lines = [
        "「五篇优秀初中作文」赞美老师的名言警句",
        "导读:五篇优秀初中作文-老师",
        "在日常生活中，大家总免不了要接触名言警句。",
        "[暑假作文三百字二十篇]这份深情无法言说",
        "导读:暑假作文三百字二十篇-深情",
        "对孟郊来说，亲情是慈母手中的线。",
    ]
    spans, whole = find_spans(lines, "")
    assert whole == {1: "spam.line.keyword_guide", 4: "spam.line.keyword_guide"}
    assert [lines[0][f.start:f.end] for f in spans[0]] == ["「五篇优秀初中作文」"]
    assert [lines[3][f.start:f.end] for f in spans[3]] == ["[暑假作文三百字二十篇]"]


def test_keyword_cloud_line() -> None:
    cloud = " ".join(["春天的作文", "描写春雨", "小学生日记", "优秀满分作", "高中作文怎", "写花的作文", "二年级优秀", "十篇励志美",
                      "考作文七百", "苹果的作文", "四年级最难", "节约用水倡", "高考优秀句", "简单周记四", "我的理想作", "灯初中作文"])
    _, whole = find_spans(["正文第一段，内容完整。", cloud], "")
    assert whole == {1: "spam.line.keyword_cloud"}
    menu = "首页 新闻 体育 娱乐 财经 科技 汽车 房产 教育 旅游 健康 文化 军事 国际 社会 图片"
    assert find_spans([menu], "") == ({}, {})


# ---------------------------------------------------------------- negatives: never a censor

ENFORCEMENT = "\n".join([
    "警方捣毁跨境网络赌博平台 涉案资金逾十亿元",
    "2023年5月8日 来源：新华网",
    "记者从公安部获悉，警方近日破获一起特大跨境网络赌博案，抓获犯罪嫌疑人56名。",
    "经查，该团伙以“星辰娱乐”“皇冠体育”等名义开设网络赌场，通过网址和app招揽境内人员注册投注。",
    "办案民警介绍，澳门威尼斯人等正规娱乐场与此案无关，犯罪团伙冒用其名义开设“威尼斯人现金网”实施诈骗。",
    "公安机关提醒，网络赌博是违法犯罪行为，切勿下载来历不明的博彩app。",
    "此外，警方还查处了一个传播淫秽视频的网站，依法刑事拘留12人。",
    "扫黄打非办公室表示，将持续打击网络色情和赌博违法犯罪。",
])


def test_enforcement_news_keeps_every_character_and_is_not_flagged() -> None:
    spans, whole = find_spans(ENFORCEMENT.split("\n"), "警方捣毁跨境网络赌博平台 涉案资金逾十亿元")
    assert spans == {} and whole == {}
    doc = restore(ENFORCEMENT)
    assert not doc.signals["spam_spans"]
    for sentence in ENFORCEMENT.split("\n")[2:]:
        assert sentence in doc.text
    assert not doc.decisions["injected_spam"] and not doc.decisions["hijacked"]
    assert not doc.decisions["keyword_stuffing"]


CASINO_FINANCE = "\n".join([
    "澳门博彩股全线上涨",
    "受访客量回升带动，银河娱乐、金沙中国和永利澳门股价昨日均上涨超过5%。",
    "分析师指出，威尼斯人度假村的酒店入住率已恢复至疫情前水平。",
    "多家投行上调了银河娱乐的目标价。",
])


def test_casino_operators_in_finance_news_are_content() -> None:
    assert find_spans(CASINO_FINANCE.split("\n"), "澳门博彩股全线上涨") == ({}, {})


POLITICAL = "\n".join([
    "全国人大常委会审议多部法律草案",
    "会议审议了关于加强反腐败国际合作的决定草案，以及涉及台湾、香港和新疆事务的议题。",
    "代表们围绕民主法治建设、宗教事务管理和网络安全提出意见建议。",
])


def test_political_terms_are_not_spam() -> None:
    doc = restore(POLITICAL)
    assert not doc.signals["spam_spans"] and not doc.decisions["injected_spam"]


NATURAL = "\n".join([
    "北京冬奥会志愿者培训启动",
    "北京冬奥会志愿者培训于今日启动，共有两万余名志愿者参加。",
    "培训内容包括北京冬奥会的赛事知识、礼仪规范和应急处置。",
    "组委会表示，北京冬奥会志愿者将在各个场馆提供服务。",
    "据介绍，北京冬奥会志愿者中大学生占比超过八成。",
])


def test_natural_repetition_of_the_subject_is_not_stuffing() -> None:
    doc = restore(NATURAL, "北京冬奥会志愿者培训启动")
    assert not doc.signals["spam_spans"]
    assert not doc.decisions["keyword_stuffing"] and not doc.decisions["injected_spam"]
    parts = doc.signals["quality_parts"]
    assert parts["injection"] == parts["stuffing"] == parts["spin"] == parts["hijack"] == 1.0


# ---------------------------------------------------------------- spinning, policy, tables


def test_spun_text_is_scored_from_the_table() -> None:
    spun = ("慢性咳嗽次要用于老年人。平时应只管即便少吃油腻食物，可以停止适量的运动。"
            "这类药物具有止咳平喘的感化，请咨询相干部门。上面就一起来看看吧。")
    assert len(spin_hits(spun)) >= 5
    doc = restore(spun)
    assert doc.decisions["spun"] and doc.signals["spin"]["rate"] > 0
    genuine = "他被老师感化了，这与我毫不相干。工厂停止生产后，你只管去做。桌子上面有一本书。"
    assert spin_hits(genuine) == {}
    assert not restore(genuine).decisions["spun"]


def test_policy_drops_by_verdict_or_quality() -> None:
    doc = restore(SUBSTITUTED)
    assert SpamPolicy()(doc) is doc
    dropped = SpamPolicy(SpamVerdictConfig(drop_verdicts=("hijacked",)))(doc)
    assert not isinstance(dropped, Document) and dropped.reason == "spam.drop.verdict"
    low = SpamPolicy(SpamVerdictConfig(min_quality=0.99))(restore(FARM, FARM_TITLE))
    assert not isinstance(low, Document) and low.reason == "spam.drop.low_quality"


def test_restore_twice_is_a_no_op() -> None:
    once = restore(FARM, FARM_TITLE)
    twice = restore(once.text)
    assert twice.text == once.text


def test_span_rule_table_examples() -> None:
    why = reasons()
    for row in load_table("spam_spans"):
        assert why[row["id"]] and row["kind"] in {"span", "line", "verdict", "drop"}
        if row["example"] == "-":
            continue
        title = "" if row["title"] == "-" else row["title"]
        for text, want in ((row["example"], True), (row["counterexample"], False)):
            lines = text.replace("\\n", "\n").split("\n")  # a literal \n in the table separates lines
            spans, whole = find_spans(lines, title)
            fired = {f.rule for fs in spans.values() for f in fs} | set(whole.values())
            assert (row["id"] in fired) is want, (row["id"], text, fired)


def test_brand_table_is_gambling_only() -> None:
    rows = load_table("spam_brands")
    assert {r["kind"] for r in rows} == {"brand", "strong_tail", "tail", "web", "lottery", "lottery_ctx", "guard",
                                                "legit_head", "place_head", "topic"}
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms))
    assert all(t == t.lower() for t in terms)
    spam_kinds = {r["term"] for r in rows if r["kind"] not in ("guard", "legit_head", "place_head", "topic")}
    for word in ("政府", "共产党", "民主", "台独", "法轮功", "赌博", "色情", "淫秽", "警方", "博彩"):
        assert word not in spam_kinds, word


def test_spin_table_examples() -> None:
    for row in load_table("spin_pairs"):
        pattern = re.compile(row["pattern"])
        assert pattern.search(row["example"]), row["id"]
        assert not pattern.search(row["counterexample"]), row["id"]
        assert row["spun"] in row["example"] and float(row["weight"]) > 0


# ---------------------------------------------------------------- generalisation: unseen brand shapes


@pytest.mark.parametrize(("lines", "cut"), [
    (["公司简介", "3月2日上午，金鼎体育app下载：市政府召开常务会议。"], "金鼎体育app下载："),
    (["公司简介", "据悉，金鼎娱乐：市政府召开常务会议。", "会议强调，金鼎娱乐：要抓好落实。"], "金鼎娱乐："),
    (["公司简介", "会议指出，w88手机版登录要抓好落实。"], "w88手机版登录"),
    (["公司简介", "会上，市政府发布了新规。聚宝国际官网"], "聚宝国际官网"),
])
def test_unseen_brand_shapes(lines: list[str], cut: str) -> None:
    spans, _ = find_spans(lines, "")
    got = [lines[i][f.start:f.end] for i, fs in spans.items() for f in fs]
    assert cut in got, got


@pytest.mark.parametrize("line", [
    "用户可通过央视体育app观看比赛直播，腾讯体育app也同步转播。",
    "中国国际进口博览会官网发布了参展指南。",
    "他在北京娱乐圈打拼多年，后来创办了星光国际传媒公司。",
    "请下载国家反诈中心app，谨防网络赌博诈骗。",
])
def test_genuine_names_with_brand_suffixes(line: str) -> None:
    assert find_spans(["标题", line, line], "标题") == ({}, {})


def test_keyword_line_brand_not_in_title() -> None:
    line = "本文关键词：十大正规体育平台，体育平台，德邦,物流"
    spans, _ = find_spans([line], "德邦物流能否代替顺丰")
    assert [line[f.start:f.end] for f in spans[0]] == ["十大正规体育平台，", "体育平台，"]


def test_macau_in_genuine_news_is_content() -> None:
    line = "根据澳门官方今天公布的最新数据，澳门特区政府官网显示旅客人数回升。"
    assert find_spans(["标题", line], "标题") == ({}, {})


def test_repeated_slogans_and_title_questions_of_genuine_pages() -> None:
    slogan = [
        "全文如下：\n",
        "共建“绿色丝路”，既发展了本国，也造福了世界。",
        "十年来，共建“绿色丝路”，成果丰硕，合作不断深化。",
        "展望未来，共建“绿色丝路”，前景广阔，各方积极参与。",
        "实践证明，共建“绿色丝路”，顺应了时代潮流和各国期待。",
        "这一重要思想，内涵丰富。会议认为，这一重要思想，意义重大。",
    ]
    assert find_spans(slogan, "共建“绿色丝路”十年成就") == ({}, {})
    faq = [
        "考试难度大吗？有必要报培训班吗？下面为大家详细介绍。",
        "以上就是【考试难度大吗？有必要报培训班吗？】的全部内容，想要了解更多请关注本站。",
    ]
    assert find_spans(faq, "考试难度大吗？有必要报培训班吗？") == ({}, {})


@pytest.mark.parametrize("line", [
    "该模型在HealthSearchQA数据集上表现出色，BiliBiliWorld 2023将于7月举行。",
    "本公司官方网站为www.example-fund.com.cn，客服电话为400-000-0000。",
    "OPPO今日继续对即将发布的K11手机进行预热，联想新款Y700安卓平板同步发布。",
])
def test_product_names_and_own_urls_are_content(line: str) -> None:
    assert find_spans(["标题", line], "标题") == ({}, {})


def test_traditional_mirror_of_a_farm_page() -> None:
    lines = ["據省應急管理廳消息：3月11日1時39分，星辰現金網網址：宜春市某縣一化工企業發生爆炸事故。",
             "本文關鍵詞：星河體育app官網,星,河,體育,官方,會議"]
    spans, _ = find_spans(lines, "會議_星河體育")
    assert [lines[0][f.start:f.end] for f in spans[0]] == ["星辰現金網網址："]
    assert [lines[1][f.start:f.end] for f in spans[1]] == ["星河體育app官網,", "星,河,體育,官方,"]


def test_motorsport_headings_are_not_lottery() -> None:
    lines = ["GT赛车历史", "GT赛车规则", "GT赛车结果", "飞艇历史", "本赛季共有十站比赛，车手积分榜竞争激烈。"]
    assert find_spans(lines, "GT赛车年度回顾") == ({}, {})


# ---------------------------------------------------------------- splice signals (page keywords, local queries)


def _cut(lines: list[str], title: str) -> dict[int, list[str]]:
    spans, whole = find_spans(lines, title)
    out = {i: [lines[i][f.start:f.end] for f in fs] for i, fs in spans.items()}
    out.update({i: [lines[i]] for i in whole})
    return out


def test_declared_keyword_glued_mid_sentence_as_a_question() -> None:
    tag = "星辰烟弹可以加酒精吗"
    lines = [
        "机场和酒店都可以使用，味道很小，可以忽略了星辰烟弹可以加酒精吗，所以没人在乎。",
        "它也可以带上飞机星辰烟弹可以加酒精吗，这样就方便多了。",
        f"标签:{tag} 星辰烟弹 电子烟",
    ]
    assert _cut(lines, "戒烟并不容易_雾化商城") == {0: [tag], 1: [tag]}
    doc = restore("\n".join(lines), "戒烟并不容易_雾化商城")
    assert "可以忽略了，所以没人在乎。" in doc.text
    # the same question asked where a question belongs stays
    asked = ["有人问星辰烟弹可以加酒精吗？答案是否定的。", f"标签:{tag}"]
    assert _cut(asked, "戒烟并不容易") == {}


def test_title_question_closed_and_the_sentence_going_on() -> None:
    title = "我如何让星辰公司退出市场？_星辰调查_星辰商务调查"
    lines = ["经过协商之后我如何让星辰公司退出市场？，或者由法院裁定解散，当事方再次提出申请。"]
    assert _cut(lines, title) == {0: ["我如何让星辰公司退出市场？，"]}


def test_query_prefixed_to_a_heading_and_to_the_first_sentence() -> None:
    lines = [
        "快来试试这几款赚钱多的软件",
        "星辰能赚钱的软件游戏：快来试试这几款赚钱多的软件",
        "星辰能赚钱的软件游戏？现在谁的手机上没有几款游戏呢？小编平时也有打游戏的习惯。",
        "标签： 星辰能赚钱的软件游戏",
    ]
    assert _cut(lines, "星辰网") == {1: ["星辰能赚钱的软件游戏："], 2: ["星辰能赚钱的软件游戏？"]}


def test_declared_keywords_in_their_natural_places_stay() -> None:
    title = "如何预防近视_健康网"
    lines = [
        "如何预防近视",
        "如何预防近视？专家建议从小养成良好的用眼习惯。",
        "考研还是工作？这是很多毕业生面临的问题。",
        "本文介绍如何预防近视，供家长参考。",
        "标签：如何预防近视 考研还是工作 疫苗接种指南",
        "疫苗接种指南：各地接种点的开放时间不同。",
    ]
    assert _cut(lines, title) == {}


def test_local_query_asked_without_a_question_mark() -> None:
    lines = ["根据标准溶液的消耗量计算含量。", "杭州高纯氧哪家好储存于通风库房，远离火种和热源。"]
    assert _cut(lines, "焊接铝合金时保护气要采用高纯氩气") == {1: ["杭州高纯氧哪家好"]}


def test_local_service_query_of_the_titles_city_spliced_into_generic_text() -> None:
    title = "我如何保护共同财产？_温州私家调查_温州婚外情调查"
    lines = [
        "第39条温州专业私家侦探，离婚时，夫妻双方的共同财产由双方协商处理。",
        "温州婚外情取证许多丈夫对妻子的问题有不同的看法。起点是好是坏。",
        "夫妻在家庭土地承包经营中享有的权益，应当依法受到保护。",
    ]
    assert _cut(lines, title) == {0: ["温州专业私家侦探，"], 1: ["温州婚外情取证"]}
    watch = ["这款腕表让我们羡慕不已。杭州浪琴维修中心介绍如今，浪琴以深绿色调亮相。"]
    assert _cut(watch, "杭州浪琴手表维修服务") == {0: ["杭州浪琴维修中心介绍"]}


@pytest.mark.parametrize(("lines", "title"), [
    (["北京最近酒店价格也明显上涨。", "节假日出行需求旺盛。"], "北京酒店价格上涨"),
    (["北京房子多少钱一平，这是很多人关心的问题。"], "房价观察"),
    (["温州私家侦探公司被警方查处，涉案人员已被刑事拘留。"], "温州私家调查公司被查"),
    (["热门城市：温州口罩价格 杭州口罩价格 宁波口罩价格"], "口罩_温州无纺布有限公司"),
    (["温州专业私家侦探，服务范围覆盖全省。", "温州是浙江省的重要城市。"], "温州私家调查"),
])
def test_city_queries_of_genuine_text_stay(lines: list[str], title: str) -> None:
    assert _cut(lines, title) == {}


def test_trading_keyword_glued_to_link_titles() -> None:
    lines = [
        "星辰账号购买_可靠的短视频营销方案(利用短视频营销的好处有哪些)",
        "上一篇：头条号账号变现计划(头条号开店必须要执照吗)_买星辰号",
        "下一篇：南通网络营销案例(南通网络营销模式)_星辰等级号出售",
        "北京二手车出售_北京二手车交易市场_某某网",
    ]
    assert _cut(lines, "") == {0: ["星辰账号购买_"], 1: ["_买星辰号"], 2: ["_星辰等级号出售"]}
    title = "星辰账号购买_可靠的短视频营销方案(利用短视频营销的好处有哪些)_星辰号资讯"
    assert [title[f.start:f.end] for f in title_spans(title, "\n".join(lines))] == ["星辰账号购买_"]


def test_contact_field_filled_with_a_keyword() -> None:
    lines = ["Phone : 来电显示器", "Email : 库存医药用品", "Email : service@example.com", "电话：暂无"]
    assert _cut(lines, "") == {0: ["来电显示器"], 1: ["库存医药用品"]}


BODY = [
    "第一条\u3000为了规范政府信息公开工作，提高政府工作的透明度，促进依法行政，制定本条例。",
    "第二条\u3000行政机关应当及时、准确地公开政府信息，不得公开涉及国家秘密的政府信息。",
    "第三条\u3000各级人民政府应当加强对政府信息公开工作的组织领导，建立健全工作制度。",
    "第四条\u3000公民、法人和其他组织可以向行政机关申请获取相关政府信息，行政机关应当依法答复。",
    "第五条\u3000行政机关公开政府信息，应当遵循公正、公平、合法、便民的原则，及时更新。",
    "第六条\u3000行政机关发现影响社会稳定的虚假信息，应当在职责范围内发布准确的政府信息予以澄清。",
]


def test_headline_unrelated_to_the_text_under_it() -> None:
    ad = "星辰幕墙一级资质转让硬性条件专业从事"
    lines = [ad, *BODY]
    _, whole = find_spans(lines, ad)
    assert whole == {0: "spam.line.unrelated_title"}
    assert [ad[f.start:f.end] for f in title_spans(ad, "\n".join(lines))] == [ad]
    doc = restore("\n".join(lines), ad)
    assert ad not in doc.text
    assert doc.decisions["injected_spam"] and not doc.decisions["hijacked"]


@pytest.mark.parametrize("title", [
    "【一线调研】小零件做成大生意",  # column bracket
    "奋斗正当时 人勤春来早",  # two phrases: a literary headline
    "星辰誉格金属制品有限公司",  # the site's name
    "政府信息公开条例全文发布",  # related to its text
])
def test_genuine_headlines_over_their_text_stay(title: str) -> None:
    assert find_spans([title, *BODY], title) == ({}, {})


def test_headline_taken_from_the_page_is_never_unrelated() -> None:
    ad = "星辰幕墙一级资质转让硬性条件专业从事"
    assert find_spans([ad, *BODY], ad, title_given=False) == ({}, {})
    doc = restore("\n".join([ad, *BODY]))
    assert not doc.decisions["injected_spam"]


def test_farm_template_entry_titles_opened_by_a_keyword() -> None:
    lines = [
        "「五篇优秀初中作文」赞美老师的名言警句",
        "导读:五篇优秀初中作文-老师",
        "在日常生活中，大家总免不了要接触名言警句。",
        "[高中暑假作文三百字]这份深情无法言说",
        "导读:高中暑假作文三百字-深情",
        "对孟郊来说，亲情是慈母手中的线。",
        "「成长作文八百字初中」面对巨人观后感",
        "高中奉献作文 自我介绍优秀六篇",
        "六年级古诗改写:送灵澈上人五百字",
    ]
    got = _cut(lines, "")
    assert got[6] == ["「成长作文八百字初中」"] and got[7] == ["高中奉献作文 "]
    assert 8 not in got  # shares nothing with the template's keywords


def test_regional_lottery_games_on_a_lottery_page() -> None:
    lines = ["极速飞艇开奖结果助手", "澳洲幸运8一天多少期 澳洲幸运8网我公司常年生产轴承钢球。", "秒速赛车在线预测", "澳洲5玩法",
             "加拿大28走势"]
    got = _cut(lines, "")
    assert got[3] == ["澳洲5玩法"] and got[4] == ["加拿大28走势"]
    assert "澳洲幸运8网" in got[1]
    assert _cut(["澳洲5月份出口增长明显，铁矿石价格回落。"], "") == {}


def test_query_repeated_after_list_numbers() -> None:
    q = "星辰电子烟有什么好处"
    lines = [
        f"1、烟的气味很小，在很多场合都可以抽。 {q}？",
        f"2、没有明火或烟灰，扔烟头非常方便。 {q}？",
        f"3、 {q}？ 星辰电子烟也可以带上飞机，节省时间。",
    ]
    assert _cut(lines, "") == {0: [f" {q}？"], 1: [f" {q}？"], 2: [f"{q}？"]}


def test_news_lead_ending_in_its_headline_is_not_a_title_splice() -> None:
    title = "第二届国际文化论坛在成都举行"
    lines = ["央视网消息：9月13日，第二届国际文化论坛在成都举行。", "来自多个国家的嘉宾出席。"]
    assert find_spans(lines, title) == ({}, {})


def test_power_grid_investment_is_not_a_betting_suffix() -> None:
    lines = ["标题", "预计全年国家电网投资将超过五千亿元，新并网投产的机组运行平稳。"]
    assert find_spans(lines, "标题") == ({}, {})


def test_a_headline_question_is_the_articles_topic_without_a_record_title() -> None:
    """With no record title, the title is the page's own headline: its words are the topic, not
    keywords the page declares, so the lead that asks the same question keeps every character."""
    page = "\n".join([
        "感冒初期的症状具体有哪些",
        "为了让大家更加全面地了解感冒初期的症状具体有哪些，下面由医生为大家做详细的解答。",
        "感冒初期常见鼻塞、流涕、咽喉不适，部分人伴有低热和乏力，一般一周左右可以自愈。",
        "上一篇：感冒了能不能洗澡",
    ])
    doc = restore(page)
    assert doc.signals["spam_spans"] == []
    assert not doc.decisions["injected_spam"]


def test_a_brand_on_a_ruby_mirror_goes_with_its_readings() -> None:
    """Spans are found on lines with the verified readings cut out; a reading right after the
    last character of a cut brand goes with it, and the readings elsewhere are ruby's to strip."""
    page = "\n".join([
        "宜春一化工廠發生爆炸事故",
        "據省應急管理廳消(xiāo)息:3月11日1時39分,星辰現金網網址(zhǐ):宜春市某縣一化工企業發(fā)生爆炸事故,"
        "造成1人死亡2人受傷(shāng)。",
        "事故發生後(hòu),當地立即啟動應急預案,全力開展救援處置工作。",
    ])
    doc = restore(page)
    cut = [doc.original[s:e] for s, e, _ in doc.signals["spam_spans"]]
    assert cut == ["星辰現金網網址(zhǐ):"]
    assert "星辰" not in doc.text and "(" not in doc.text
    assert "3月11日1时39分，宜春市某县一化工企业发生爆炸事故，造成1人死亡2人受伤。" in doc.text


def test_every_spin_match_holds_its_spun_word() -> None:
    """spin_hits skips a rule whose spun word is absent from the text: each pattern must need it."""
    for row in load_table("spin_pairs"):
        assert row["spun"] in row["pattern"], row["id"]
        m = re.search(row["pattern"], row["example"])
        assert m is not None and row["spun"] in m.group(), row["id"]


# ---------------------------------------------------------------- fast paths: the same findings
#
# find_spans scans the page once and slices the result into lines, runs each line finder only on
# the lines that hold what its pattern needs, and reads repeated clauses only in the lines that hold
# a candidate. Each shortcut is checked here against the line-by-line computation it replaces.

EDGE = [
    "",
    "Ctrl\x07字符\x0b在中间",
    "实现目标ls6utgDbOxKZnI7Q技术，abcdefghijklmn和ABCDEFGHIJKL12",
    "随机aBcDeF1gHiJk记号",  # a token of the shortest length
    "资源配置https://spam.example.cn/a?b=1，以及www.example.cn。",
    "病情。<上海房产纠纷律师",
    "二手车出售_二手车交易市场_账号购买",
    "Phone : 来电显示器",
    "MOBİLE : 库存医药用品",  # a dotted capital I matches i case-insensitively
    "E-MAIL：库存用品",
    "本文标签：星河体育,凯尔特",
    "TAGS: 星辰娱乐,体育",
    "ΑΣ 希腊字母 ΑΣΑ İstanbul ſtraße 温度5K",  # characters whose lower case is special
    "js333金沙线路 bt365手机下载 yabo手机版登录:",
    "1、星辰电子烟有什么好处？",
    "2、星辰电子烟有什么好处？",
    "3、星辰电子烟有什么好处？",
    "  星辰电子烟有什么好处？ 又一句",
    "澳洲幸运8网 加拿大28走势 极速飞艇开奖",
    "優樂國際代理 星辰現金直營 登峰娛樂代理網址",
    "\u3000\u3000第一条\u3000为了规范工作，制定本条例。",
]


def _pages() -> list[tuple[list[str], str]]:
    pages = [(FARM.split("\n"), FARM_TITLE), (SUBSTITUTED.split("\n"), ""), (ENFORCEMENT.split("\n"), ""),
             (CASINO_FINANCE.split("\n"), "星辰娱乐"), (POLITICAL.split("\n"), ""), (NATURAL.split("\n"), ""),
             (BODY, "政府信息公开条例全文发布"), (EDGE, "星辰电子烟有什么好处_星河体育"), (EDGE[1:4], ""),
             ([line for line in EDGE if len(line.lower()) == len(line)], "星河体育")]
    pages += [([line], "") for line in EDGE]
    return pages


def test_one_scan_of_the_page_is_each_lines_scan() -> None:
    for lines, _ in _pages():
        page = "\n".join(lines)
        for same_length in (True, False):
            sliced = same_length and len(page.lower()) == len(page)  # else every line is scanned
            scans = spans_mod._line_scans(lines, page, sliced)
            for i, line in enumerate(lines):
                toks, guards = spans_mod._scan(line)
                got = scans.get(i, spans_mod._NO_SCAN)
                assert got[1] == guards, line
                if any(t.kind != "latin" for t in toks) or not sliced:
                    assert got[0] == toks, line
                else:
                    assert got[0] == [], line


def test_one_vocabulary_pass_over_the_lines_is_each_lines_find() -> None:
    for table in ("spam_brands", "spam_vocab", "regional_vocab"):
        vocab = vocabulary(table)
        for lines, _ in [*_pages(), (["a\nb", "星辰体育"], ""), ([], "")]:
            assert vocab.find_lines(lines) == {i: h for i, line in enumerate(lines) if (h := vocab.find(line))}
    places = spans_mod._query_tables().places
    lines = ["北京市朝阳区哪家好", "上海黄浦", "", "廣州天河"]
    assert places.find_lines(lines) == {i: h for i, line in enumerate(lines) if (h := places.find(line))}


def test_line_finders_are_skipped_only_where_they_find_nothing() -> None:
    ctx = spans_mod.page_context("", "")
    for lines, _ in _pages():
        runs = spans_mod._page_runs(lines, "\n".join(lines))
        assert runs is not None
        for i, line in enumerate(lines):
            assert i in runs.control or not spans_mod._control_spans(line), line
            assert i in runs.token or not spans_mod._token_spans(line), line
            assert i in runs.url or not spans_mod._url_spans(line), line
            assert i in runs.anchor or not spans_mod._anchor_spans(line), line
            assert i in runs.sale or not spans_mod._sale_spans(line), line
            assert i in runs.contact or not spans_mod._contact_spans(line), line
            assert i in runs.keyword or not spans_mod._KEYWORD_LINE.search(line), line
            fast = spans_mod._line_findings(line, ctx, SpanConfig(), "", None, runs, i)
            assert fast == spans_mod._line_findings(line, ctx, SpanConfig(), ""), line
    assert spans_mod._page_runs(["a\nb"], "a\nb") is None  # a line holding a newline: every finder runs
    declared = ["本文标签：星辰电子烟有什么好处,体育", "Tags: 星辰电子烟有什么好处", "星辰电子烟有什么好处？，或者别的。"]
    for lines, title in [*_pages(), (declared, "")]:
        runs = spans_mod._page_runs(lines, "\n".join(lines))
        assert runs is not None
        for t in (title, "星辰电子烟有什么好处_星河体育"):
            fast = spans_mod._site_keyword_spans(lines, t, SpanConfig(), runs.keyword)
            assert fast == spans_mod._site_keyword_spans(lines, t, SpanConfig()), lines
    assert spans_mod._site_keyword_spans(declared, "", SpanConfig())  # the test reads a declared keyword


def test_ignorecase_and_lower_fold_only_these_characters_to_ascii_letters() -> None:
    """The line finders' page tests read case-insensitive ASCII words off the page's ASCII
    characters: re.IGNORECASE must match an ASCII letter only with itself and ``_ASCII_FOLDS``, and
    no character but t, a, g in either case may lower-case to one of them (``tags?``)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert folds == set(spans_mod._ASCII_FOLDS)
    tag = {chr(c) for c in range(0x110000) if set(chr(c).lower()) & set("tag")}
    assert tag == set("tTaAgG")
    # a newline ends a final sigma's context as the end of a line does (pages are lower-cased whole)
    for a, b in [("ΑΣ", "Β"), ("Α'Σ", "'Β"), ("Σ", "Σ"), ("ΑΣ.", ".")]:
        assert (a + "\n" + b).lower() == a.lower() + "\n" + b.lower()


def test_brand_chains_skipped_are_never_accepted() -> None:
    terms = [r for r in load_table("spam_brands") if r["kind"] in ("web", "lottery_ctx")]
    assert "latin" not in {r["kind"] for r in load_table("spam_brands")}
    texts = ["宜春市" + r["term"] + "，" for r in terms] + ["记者js333报道", "【app】", "网址abc官网", "qq12345下载"]
    ctx = spans_mod.page_context("\n".join(texts * 3), "标题_" + texts[0])
    for text in texts:
        for c in spans_mod._chains(text):
            if spans_mod._never(c):
                for n in (0, 2, 3, 4):
                    head = spans_mod._cjk_before(text, c.start, n) if n else ""
                    assert spans_mod._accept(c, text[c.start:c.end], head, ctx, text) is None, text


def test_the_context_without_lone_latin_heads_finds_the_same_brands() -> None:
    for lines, title in _pages():
        page = "\n".join(lines)
        every, lookup = spans_mod.page_context(page, title), spans_mod._page_context(page, title)
        assert set(lookup.heads or {}) <= set(every.heads or {})
        lines_of = every.full.split("\n")
        assert every.keyword_lines == tuple(line for line in lines_of if spans_mod._KEYWORD_LINE.search(line))
        for line in [*lines, title]:
            assert spans_mod._brand_spans(line, every, SpanConfig()) == spans_mod._brand_spans(line, lookup, SpanConfig())


def test_query_clauses_read_only_where_a_candidate_is() -> None:
    q = "星辰电子烟有什么好处"
    extra = [
        ([f"慢性病是常见病，{q}。", f"平时应少吃肥腻食品。{q}。", f"{q}，各类患者均可使用。"], f"{q}_医药网"),
        ([f"1、烟的气味很小。 {q}？", f"2、没有明火。 {q}？", f"3、 {q}？ 也可以带上飞机。"], ""),
        ([f"5、{q}", f"6、{q}", f"7、{q}", "7、"], ""),
    ]
    for lines, title in [*_pages(), *extra]:
        page = "\n".join(lines)
        slow = spans_mod._query_spans(lines, title, SpanConfig())
        assert dict(spans_mod._query_spans(lines, title, SpanConfig(), page)) == dict(slow), lines


def test_spin_hits_count_every_rule_whose_word_is_present() -> None:
    text = "只管即便如此，我们停止了研究，次要原因是上面说的感化，停止停止。" + NATURAL
    naive = {}
    for (rule, _, pattern), word in zip(quality_mod._spin_rules(), quality_mod._spin_words(), strict=True):
        if word in text and (n := sum(1 for _ in pattern.finditer(text))):
            naive[rule] = n
    assert spin_hits(text) == naive and naive


def test_a_lone_control_character_is_removed_but_flags_nothing() -> None:
    page = "市科技局关于拟提名项目的公示\n现将拟提名项目予以公示，公示期为7个工作日。\x1f如有异议，请在公示期内反映。"
    doc = restore(page)
    assert "\x1f" not in doc.text and not doc.decisions["injected_spam"]
    runs = restore(page.replace("\x1f", "\x05\x06\x07"))
    assert "\x05" not in runs.text and runs.decisions["injected_spam"]  # a farm's run is injected
