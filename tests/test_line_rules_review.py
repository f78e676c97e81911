"""Lines that this project's chrome rules must leave as body, and chrome they must still catch.

Each genuine line is one a rule once took (found in review); each chrome line is one a real
page printed. Checked through the whole pipeline, on a page with a headline and dateline.
"""

from __future__ import annotations

import pytest

from zhengben import restore_record

PAGE = "城东新图书馆正式开放\n\n2024年03月18日 09:30\n\n新图书馆正式开放，首日接待读者三千余人次，馆长表示新馆设有少儿阅读区。\n\n{}\n"

GENUINE = [
    "更多市民关注这一问题，纷纷前来咨询。", "更多細節有待關注", "这款游戏已在各大应用商店上架。",
    "可關注衞生防護中心網頁：https://www.chp.gov.hk", "申請人可下載申請表格：https://www.gov.hk/form.pdf",
    "政府呼籲市民下載「安心出行」App", "他决定再给自己一次机会，重新参加高考。",
    "市卫生局今年开通自杀防治专线，提供24小时服务。", "专家强调，自杀解决不了问题，应及早求助。",
    "设计：延续家族式语言", "制作：将面团揉匀后静置30分钟", "视觉：画面色调偏冷", "美术：每周二下午",
    "他展示了一张旧照片（见下方照片）", "A>B 是數學關係,表示大於.",
    "x>0 时函数递增.", "当温度>30℃时停止运行", "收入>支出 说明盈利",
]
CHROME = [
    ("制作：穆菁", "editor"), ("美術：陳超雄", "editor"), ("责任编辑：", "editor"),
    ("更多相关资讯请关注：读书专区", "app"), ("（更多内容请继续关注 查报纸网 www.cbzw.com.cn）", "app"),
    ("實時追蹤最新疫情消息，立即下載經濟日報App：https://bit.ly/2XyZ", "app"),
    ("訂閱Telegram最新優惠及送禮情報：https://bit.ly/3abc", "app"),
    ("喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。", "app"),
    ("★中時電子報關心您：再給自己一次機會", "footer"), ("自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。", "footer"),
    ("自殺諮詢專線：0800-788995（24小時）", "footer"),
    ("李家超表示，美國想用所謂制裁作恫嚇，不會得逞。（港台圖片）", "caption"),
    ("首页 > 财经 > 美联储加息,股市下跌", "breadcrumb"),
]


def _label(line: str) -> str:
    record = restore_record(PAGE.format(line))
    return next(ln["label"] for ln in record["lines"] if ln["text"] == line)


@pytest.mark.parametrize("line", GENUINE)
def test_genuine_lines_stay_body(line: str) -> None:
    assert _label(line) == "body"


@pytest.mark.parametrize(("line", "label"), CHROME)
def test_chrome_lines_are_caught(line: str, label: str) -> None:
    assert _label(line) == label
