"""Pages from session 10's probes and the open checks of session 9's probes. Each test failed
before its fix."""

from __future__ import annotations

import pytest

from zhengben import replay, restore
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
