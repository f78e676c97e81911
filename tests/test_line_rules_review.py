"""Lines that this project's chrome rules must leave as body, and chrome they must still catch.

Each genuine line is one a rule once took (found in review); each chrome line is one a real
page printed. Checked through the whole pipeline, on a page with a headline and dateline.
"""

from __future__ import annotations

import pytest

from zhengben import restore_html, restore_record
from zhengben.writers.record import to_record

PAGE = "城东新图书馆正式开放\n\n2024年03月18日 09:30\n\n新图书馆正式开放，首日接待读者三千余人次，馆长表示新馆设有少儿阅读区。\n\n{}\n"

GENUINE = [
    "更多市民关注这一问题，纷纷前来咨询。", "更多細節有待關注", "这款游戏已在各大应用商店上架。",
    "可關注衞生防護中心網頁：https://www.chp.gov.hk", "申請人可下載申請表格：https://www.gov.hk/form.pdf",
    "政府呼籲市民下載「安心出行」App", "他决定再给自己一次机会，重新参加高考。",
    "市卫生局今年开通自杀防治专线，提供24小时服务。", "专家强调，自杀解决不了问题，应及早求助。",
    "设计：延续家族式语言", "制作：将面团揉匀后静置30分钟", "视觉：画面色调偏冷", "美术：每周二下午",
    "他展示了一张旧照片（见下方照片）", "A>B 是數學關係,表示大於.",
    "x>0 时函数递增.", "当温度>30℃时停止运行", "收入>支出 说明盈利",
    "医生提醒您：饭后不宜立即剧烈运动。", "该平台推出付费内容后，订阅用户已超过百万。",
    "灾区重建需要你的支持和参与，志愿者报名从明天开始。", "1 广东 99390 4.8%", "2 江苏 92400 5.8%", "图书馆第2层：少儿阅读区", "记者林晓摄下了这一幕，并发回报道。",
    "https://doi.org/10.1038/s41586-023-06291-2", "正品保障，货到付款，欢迎选购本店图书。",
    # review of session 6's rules (helper-22): sentences about apps, newsletters and paywalls, tips,
    # schedules
    "订阅电子报的读者越来越少，报社开始……", "下载抖音App，已经成为许多老年人学会的第一件事，记者走访发现……",
    "推出付费内容后，订阅后可阅读全文的模式被同行广泛模仿。", "山区孩子上学难，需要您的支持！",
    "※小编提醒您：出门记得带伞。", "个人如何注册公众号", "报名截止 2023年10月25日 22:00",
    "会议定于 2023年10月8日 9:30 在北京召开", "CA1234 北京 2023-10-06 08:00",
    "警方提醒：代开发票是违法行为，举报电话：12345678", "如需购买正版教材，可联系出版社，电话：01012345678",
    # third review (helper-24): notices with a phone number, appeals in sentences, rows of numbers, schedules
    "社区为辖区独居老人提供上门服务，有需要的居民可拨打联系电话：057187654321预约。",
    "诚招兼职记者，网赚勿扰，联系电话：13800138000", "基金会负责人表示，山区的孩子们需要您的支持，请捐款帮助他们。",
    "“这个项目需要你的支持，请支持我们！”志愿者说。", "警方呼吁市民请点赞及关注警队Facebook专页，获取最新消息。",
    "2019 2020 2021 2022", "03 12 18 25 31 07", "预约挂号 2023-10-06 08:00 开放", "中央电视台 2023-10-06 20:00 播出", "这家报社打开了新的局面，阅读人数明显增加。",
    # session 7: follow prompts, repost notes, wire credits and credit labels must leave these
    "市民可关注官方微信公众号获取最新信息。", "本文来自一位读者的来信，他讲述了自己的经历。",
    "立即点击屏幕上的按钮即可加入会议。", "翻译这本书花了他整整十年。",
    "文章发表后引起广泛关注。", "整理好行李后，他们出发了。", "记者在百度知道上搜索发现，相关问题有上千条。",
    "2023年5月6日 - 2023年5月8日 展览开放时间 ...",
    # session 8: error-page messages must leave news about deleted posts and numbers
    "404名考生参加了今天的考试。", "全市500强企业名单公布", "抱歉，这篇文章的内容有误，我们已更正。",
    "他说：“对不起，文章已删除。”", "记者发现，涉事文章已被删除，平台称将彻查。",
    # session 9: a reprint request spliced into a sentence is a watermark to cut, not a footer line
    "标志着我国具备了自主研制大型客机的能力（转载请注明出处），这是中国民航发展史上的重要里程碑。",
    "他说，图片来自网络的说法并不可信。", "记者举报了这一违法行为。", "个人如何注册公众号",
    "该报道与事实不符，当事人已要求更正。", "发送邮件至报社的读者越来越多。",
    "热门搜索词反映了网民的关注点。", "他在阅读中找到了乐趣。", "主办方表示，活动将持续三天。",
    "被告未经许可在其运营的公众号中使用了该作品。", "其中，中央网信办违法和不良信息举报中心受理举报九百余万件，同比增长百分之八。",
    "读者可以打赏作者，这种模式在网络文学中很常见。",
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
    # stock closing lines of Taiwan, Hong Kong and mainland templates (review of session 6)
    ("《TVBS》提醒您：颱風天請勿靠近海邊、溪邊及山區，並隨時注意最新天氣資訊。", "footer"),
    ("★《鏡新聞》提醒您：未滿18歲禁止飲酒，飲酒過量有害健康。", "footer"),
    ("★ 加入ETtoday新聞雲LINE好友，每日更新最新生活資訊 ★", "app"),
    ("訂閱《自由時報》Youtube頻道，每天都有最新影音新聞", "app"),
    ("下載「香港01」App，即時掌握最新港聞資訊！", "app"),
    ("星島頭條App已經登陸各平台，立即下載，每日送你最新港聞及娛樂資訊！", "app"),
    ("※ 想看更多精彩內容，請訂閱我們的電子報 ※", "app"),
    ("打开界面新闻APP，查看原文", "app"), ("打开网易新闻 查看精彩图片", "app"),
    ("海量资讯、精准解读，尽在新浪财经APP", "app"), ("秒拍 | 扫一扫下载新浪新闻客户端", "app"),
    ("新浪新闻公众号", "app"),
    ("本文为财新付费内容，订阅后可阅读全文", "footer"), ("已订阅用户请登录。订阅通全年仅需398元，即可畅读财新全部付费内容。", "footer"),
    ("訂閱天下全閱讀，解鎖全站10萬篇優質報導，每月只要199元", "footer"), ("付費會員專屬內容", "footer"),
    ("成為蘋果日報訂戶，全面支持蘋果日報！", "footer"), ("獨立的報導者，需要你的支持", "footer"),
    ("立即訂閱", "footer"), ("立即捐款", "footer"),
    ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "footer"),
    ("我要反馈", "share"), ("回复 引用 举报", "share"),
    ("【更多三立新聞網報導】", "related_header"), ("更多TVBS報導", "related_header"),
    ("你可能感興趣：", "related_header"), ("往下閱讀看更多", "related_header"),
    ("►延伸閱讀", "related_header"), ("更多新聞推薦", "related_header"),
    ("文章关键词：国务院 常务会议 经济", "keywords"),
    ("www.example-bet.com www.js0000.vip https://www.example.net/?id=1", "navigation"),
    ("正品伟哥哪里买 延时喷剂 壮阳药 春药 迷药 催情水 货到付款", "spam"),
    ("成人抖音 91视频 麻豆传媒 糖心vlog 蜜桃传媒 天美传媒", "spam"), ("1 2 3 … 10", "navigation"), ("代开各类发票，联系微信：fp8888668，QQ：1234567890", "spam"),
    ("【字体：大 中 小】 【打印本页】 【关闭窗口】", "share"), ("转载时间：2022-10-26 08:15 | 转载自：人民政协网", "dateline"),
    ("訂閱信報網站，閱讀全文", "footer"), ("緊貼最新最快資訊，請讚好及追蹤TOPick Facebook專頁及Instagram。", "app"),
    ("立場新聞需要你的支持，請訂閱或捐款，讓我們繼續做好新聞。", "footer"), ("阅读剩余全文（0）", "footer"),
    ("本文链接：https://example.cn/content/1.html", "footer"), ("本文为江城网原创文章，转载请附上原文出处链接和本声明。", "footer"),
    ("3月17日，市民在新馆少儿阅读区看书。新华社记者 林晓 摄", "caption"), ("图2：新馆的数字体验室", "caption"),
    # session 7 (probe s7a, s7b): closing credits, promos, repost notes, end marks, font controls
    ("文／林慧儀", "dateline"), ("整理／林慧儀", "dateline"), ("核稿編輯：翁世航", "editor"),
    ("翻譯：紐約時報中文網", "editor"), ("（德新社、路透社）", "footer"), ("(完)", "footer"), ("（CFP）", "footer"),
    ("【加入關鍵評論網會員】每天精彩好文直送你的信箱，每週獨享編輯精選。立刻點擊免費加入會員！", "app"),
    ("👉 壹蘋新聞網已上線，各類新聞可以在壹蘋新聞網查看。", "app"),
    ("更多宏观研究干货，请关注钛媒体国际智库公众号。", "app"),
    ("本文来自微信公众号：新周刊 （ID：new-weekly），作者：林艺，题图来自：视觉中国", "dateline"),
    ("（本文首发于钛媒体APP，作者｜林艺）", "dateline"),
    ("中国网 china.com.cn　时间： 2009-08-12　大 中 小", "dateline"),
    # session 8: not-found pages and a footer licence line in the traditional script
    ("抱歉，您访问的页面不存在或已被删除！", "navigation"), ("404 Not Found", "navigation"),
    ("您可以：返回首页，或者在5秒后自动跳转。", "navigation"), ("對不起，您要訪問的網頁不存在", "navigation"),
    ("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "footer"),
    ("视频加载中，请稍候...", "share"), ("（转载请注明出处）", "footer"),
    ("本文为原创文章，转载请注明出处。", "footer"),
    # session 9 (real portal pages): an image credit for the whole story,
    # the outlet's own account, a call to join by e-mail, a vote promotion
    ("图片均来自网络", "footer"), ("文中图片来源于网络，侵删", "footer"), ("新浪财经公众号", "app"),
    ("发送邮件至zhengwu@example.cn申请加入政务号或媒体团", "app"),
    ("一张榜单尽显中国经济的“大事”与“大势”！【点击投票】Pick你心目中的商业领袖", "app"),
    # session 9 (helper-39, helper-40): mainland CMS tails and platform widgets
    ("分享让更多人看到", "share"), ("（下载红星新闻，报料有奖！）", "app"), ("想了解更多精彩内容，快来下载齐鲁壹点客户端吧！", "app"),
    ("扫码下载江城日报客户端", "app"), ("举报/反馈", "share"), ("点个“在看”，分享给更多家长", "app"),
    ("往期推荐", "related_header"), ("赞赏支持", "share"), ("本文由「36氪」原创出品，转载请联系作者或36氪获取授权。", "footer"),
    ("本文属于原创文章，如若转载，请注明来源：某某网", "footer"), ("友情链接：新华网 | 人民网 | 央视网", "navigation"),
    ("热门搜索：天气预报 高考分数线", "navigation"), ("阅读 1234 · 评论 12 · 点赞 56", "share"), ("1234人阅读", "share"),
    ("顶一下(0) 踩一下(0)", "share"), ("打赏", "share"), ("喜欢这篇文章吗？欢迎打赏支持作者", "share"),
    ("网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述", "footer"), ("上一篇 下一篇", "navigation"),
    ("手机版 | 电脑版", "navigation"), ("（图片来自网络，侵删）", "footer"),
    ("主办：某某市人民政府办公室 承办：某某市大数据中心", "footer"), ("本帖最后由 健康小助手 于 2023-10-16 16:20 编辑", "footer"),
    ("小儿咳嗽吃什么药好_百度知道", "spam"), ("2020年5月6日 - 小儿咳嗽吃什么药好?最佳答案:小儿咳嗽要先分清原因,不能盲目用药...", "spam"),
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


def test_a_report_widgets_reasons_are_chrome_together() -> None:
    """A report widget lists its reasons line by line (real portal pages); one such line alone is a
    story's subhead (test_review_s10)."""
    reasons = ["举报", "欺诈或恶意营销", "其他问题，我要吐槽", "标题夸张、文不对题", "疑似抄袭"]
    record = restore_record(PAGE.format("\n".join(reasons)))
    assert {ln["label"] for ln in record["lines"] if ln["text"] in reasons} == {"share"}


def test_short_lines_between_photo_captions_are_no_menu() -> None:
    """A photo essay's short lines, set between captions, stay on a page that shows chrome."""
    page = ("江城图片故事\n\n2024年03月18日 09:30\n\n首页 | 新闻 | 图片 | 视频 | 专题\n\n走进老街\n\n"
            "这是3月17日拍摄的老街（无人机照片）。新华社记者 林晓 摄\n\n青石板路\n\n白墙黛瓦\n\n"
            "近日拍摄的老街一角。新华社记者 林晓 摄\n\n游人如织\n\n笑语盈盈\n")
    record = restore_record(page)
    for line in ("青石板路", "白墙黛瓦", "游人如织", "笑语盈盈"):
        assert line in record["paragraphs"], line


def test_a_list_of_teasers_is_no_article() -> None:
    """A search-result page (HTML): every paragraph a teaser cut short with an ellipsis, each
    followed by its link and date. Nothing of it is an article; a story with some paragraphs
    trailing off keeps them all, and a plain-text scrape keeps its teasers as text."""
    teasers = ["受台风残余环流影响，全市普降大暴雨，最大小时降雨量突破有气象……",
               "强降雨导致城区多处道路出现积水，部分地铁站点临时关闭，多条公交线路……",
               "截至8日18时，全市共转移安置受威胁群众1.2万余人，开放临时避险安置……"]
    items = [(t, f"http://www.example.cn/gn/2023/09-0{k}/1007{k}.shtml 2023-09-0{k} 10:20:00")
             for k, t in enumerate(teasers, 1)]
    html = "".join(f"<div class='r'><p>{t}</p><p>{src}</p></div>" for t, src in items)
    record = to_record(restore_html(f"<html><body><div class='results'>{html}</div></body></html>".encode()))
    assert record["paragraphs"] == [] and record["verdict"]["no_article"] == "line.related.teasers"
    assert {ln["rule"] for ln in record["lines"] if ln["text"]} == {"line.related.teasers", "line.nav.result_source"}
    story = "".join(f"<p>{t}</p>" for t in [*teasers[:2], "记者在现场看到，救援人员正在疏散群众，道路已经封闭。", teasers[2]])
    assert len(to_record(restore_html(f"<html><body><div>{story}</div></body></html>".encode()))["paragraphs"]) == 4
    text = restore_record("\n\n".join(f"{t}\n\n{src}" for t, src in items) + "\n")
    assert text["paragraphs"] == teasers
