"""Pages that session 7's own review (helper-28) built to break that session's rules: menus that
a colon heading or a later sentence made look like lists, end marks in the middle of a page or
ending a bare text, publishers taken for wire credits, mirror ruby that passed for a lesson,
reports taken for reporters, and an article box beside a comment box of the same class. Each
failed on the commit under review and passes since its fix."""

from __future__ import annotations

import pytest

from zhengben import restore
from zhengben.readers.html import extract_html
from zhengben.repair.script import converter

P1 = "据了解，今年以来全市共完成固定资产投资三百多亿元，同比增长百分之十二，增速位居全省前列。"
P2 = "市发改委有关负责人表示，下一步将继续加大项目谋划和储备力度，推动经济持续健康发展。"
MENU = ["北京房价", "上海天气", "深圳招聘", "广州美食"]
HEAD = "网站首页 | 新闻中心 | 体育频道 | 财经频道\n全市重点项目建设提速\n来源：新华网 2023-05-06\n"
COPY = "Copyright © 2023 某某网 版权所有\n"
HK1 = "特區政府今日公布最新數據，本港上月失業率回落至百分之二點九，為近四年來的最低水平。"
HK2 = "勞工及福利局局長表示，勞動市場持續改善，政府會繼續密切留意各行業的就業情況。"


def _text(page: str) -> str:
    return restore(page.encode()).text


@pytest.mark.parametrize("page", [
    HEAD + f"{P1}\n{P2}\n本周热点：\n" + "\n".join(MENU) + "\n" + COPY,  # a sidebar heading names no list
    HEAD + f"{P1}\n{P2}\n" + "\n".join(MENU) + "\n本站提醒：文章仅供参考，如需转载请联系本站。\n" + COPY,
    HEAD + f"{P1}\n{P2}\n\n北京房价\n上海天气\n\n深圳招聘\n广州美食\n\n" + COPY,  # pairs of links are no stanzas
])
def test_menus_stay_menus(page: str) -> None:
    assert not any(m in _text(page) for m in MENU)


def test_a_welcome_line_does_not_make_the_menu_under_it_a_list() -> None:
    page = f"您好，欢迎访问某某市人民政府网站！\n首页\n政务公开\n办事服务\n互动交流\n{P1}\n{P2}\nCopyright © 2023 某某市人民政府 版权所有\n"
    assert "政务公开" not in _text(page)


def test_end_marks_close_only_the_last_lines_and_make_no_chrome() -> None:
    roundup = f"新闻早班车\n来源：中新网 2023-05-06\n全市重点项目建设提速\n{P1}\n（完）\n多地出台措施稳就业\n{P2}\n（完）\n"
    assert "多地出台措施稳就业" in _text(roundup)
    poem = "乡愁\n余光中\n小时候\n乡愁是一枚小小的邮票\n我在这头\n母亲在那头\n（完）\n"
    assert "乡愁是一枚小小的邮票" in _text(poem)
    names = "经专家评审，以下同学的作品获得一等奖。\n张晓明\n李华\n王芳芳\n赵磊\n（新华社）\n"
    assert "王芳芳" in _text(names)


def test_a_publisher_is_no_wire_credit() -> None:
    t = _text("暑期推荐书目：\n《活着》\n余华 著\n（作家出版社）\n这是一部讲述人如何承受苦难的小说，语言朴素，感人至深。\n"
              "《平凡的世界》\n路遥 著\n（中信出版社）\n小说展现了普通人在大时代中的奋斗，激励了几代读者。\n")
    assert "作家出版社" in t and "中信出版社" in t


def _s2t_mirror(sentences: tuple[str, ...], readings: tuple[tuple[str, str], ...]) -> str:
    """The sentences converted with OpenCC s2t, a reading put after each given word once."""
    t = converter("s2t").convert("\n".join(sentences) + "\n")
    for word, with_reading in readings:
        t = t.replace(word, with_reading, 1)
    return t


def test_one_reading_stated_in_prose_does_not_hide_a_mirror() -> None:
    t = _s2t_mirror(("安徽省亳州市今年将新建二十个城市公园，进一步提升市民的生活品质。",
                     "据市住建局介绍，这些公园将在年底前全部建成开放，总面积超过一百公顷。",
                     "不少外地游客第一次来到这里，常把地名读错，其中亳字读bó，不读háo。",
                     "市民王先生表示，家门口有了公园，每天晚饭后都可以带着孩子出来散步。"),
                    (("城市", "城(chéng)市"), ("品質", "品(pǐn)質"), ("介紹", "介(jiè)紹"), ("散步", "散(sàn)步")))
    d = restore(t.encode())
    assert d.decisions["mirror"] and "chéng" not in d.text and "城市公园" in d.text


def test_readings_before_straight_opening_quotes_gloss_nothing() -> None:
    t = _s2t_mirror(("市长在会上表示“今年要把民生实事办好办实”，并要求各部门抓紧落实。",
                     "他强调“群众的事无小事”，各级干部要深入基层，倾听群众呼声。",
                     "会议指出“要坚持问题导向”，切实解决群众急难愁盼问题。",
                     "会议还研究部署了下一阶段的重点工作，确保全年目标任务圆满完成。"),
                    (("表示“", "表示(shì)“"), ("強調“", "強調(diào)“"), ("指出“", "指出(chū)“")))
    d = restore(t.replace("“", '"').replace("”", '"').encode())
    assert d.decisions["mirror"] and "shì" not in d.text


@pytest.mark.parametrize("lead", ["本報記者綜合報道：", "記者現場報道：", "記者北京報道："])
def test_a_kind_of_report_or_a_place_is_no_reporter(lead: str) -> None:
    assert restore(f"【香港商報網訊】{lead}{HK1}\n{HK2}\n".encode()).meta_value("author") is None


@pytest.mark.parametrize(("lead", "author"), [("本報記者王小明、李大華北京報道：", "王小明、李大華"),
                                              ("記者王小明綜合報道：", "王小明")])
def test_glued_reporters_before_a_place_or_a_kind_of_report(lead: str, author: str) -> None:
    assert restore(f"【香港商報網訊】{lead}{HK1}\n{HK2}\n".encode()).meta_value("author") == author


def test_a_sentence_about_a_report_stays_text() -> None:
    line = "请看记者从现场发回的报道："
    assert line in _text(f"全市重点项目建设提速\n{P1}\n{line}\n{P2}\n")


def test_a_second_reporter_set_apart_stays_a_name() -> None:
    page = f"市重点项目建设提速\n本报记者 王明 许昌 报道\n{P1}\n{P2}\n"
    assert restore(page.encode()).meta_value("author") == "王明 许昌"


def test_an_article_box_does_not_take_in_a_comment_box_of_the_same_class() -> None:
    art = [P1, P2, "今年全市共安排重点项目二百个，总投资超过一千亿元，涵盖基础设施、产业升级和民生保障等领域。",
           "目前，已有一百二十个项目开工建设，开工率达到百分之六十，其中新开工项目五十个。"]
    com = ["这个增速确实不错，希望明年继续保持，家门口的那条路什么时候能修好啊？",
           "项目多是好事，但也要注意质量，不能只追求速度，去年那座桥就出过问题。",
           "支持！我们区的学校和医院也在建，期待早日投入使用，方便周边的老百姓。"]
    box = "<div class='box'>{}</div>".format
    html = ("<html><head><meta charset='utf-8'><title>全市重点项目建设提速_某市政府网</title></head><body>"
            "<div class='nav'><a>首页</a><a>新闻</a></div><h1>全市重点项目建设提速</h1><div class='main'>"
            + box("<div class='info'>2023年5月6日 市政府网 浏览 1234</div><div class='article-body'>"
                  + "".join(f"<p>{p}</p>" for p in art) + "</div>")
            + box("<div class='title'>读者留言</div>"
                  + "".join(f"<div class='c'><span>网友{k}：</span>{c}</div>" for k, c in enumerate(com)))
            + box("<div class='title'>编者按</div><p>本栏目欢迎广大读者来信来稿，来稿请注明真实姓名和联系方式，我们将择优刊发。</p>")
            + "</div><div class='footer'>版权所有 © 2023</div></body></html>").encode()
    assert extract_html(html).paragraphs == art
