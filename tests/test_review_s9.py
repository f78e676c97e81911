"""Pages that session 9's probes (helper-38: Taiwan, Hong Kong and overseas HTML; helper-39:
mainland HTML; helper-40: plain-text mirrors) built from page shapes earlier probes had not
tried. Each test failed before its fix."""

from __future__ import annotations

import pytest

from zhengben import extract, replay, restore, restore_html
from zhengben.writers.record import to_record

P_TW = ["立法院會今天三讀通過兒少性剝削防制條例部分條文修正案，明定利用深偽技術製作兒少性影像者，最重可處七年以上有期徒刑。",
        "衛福部次長在院會後表示，近年網路性影像犯罪型態快速變化，修法後執法機關可要求網路平台在二十四小時內移除相關內容。",
        "民進黨立委指出，這次修法回應了許多被害者家屬的訴求，也讓台灣的規範與國際接軌，後續仍須檢討被害人的輔導資源。"]
P_HK = ["行政長官今日在立法會發表任內第二份施政報告，提出多項措施振興經濟及改善民生，包括即時撤銷住宅物業需要繳付的額外印花稅。",
        "施政報告亦宣布，政府會推出「高端人才通行證計劃」優化措施，放寬合資格大學名單，並延長簽證有效期至三年，吸引海外人才。",
        "多個政黨對報告反應正面，但有經濟學者指出，撤辣措施對樓市的刺激作用有限，政府應同時處理結構性財赤問題。"]


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(body: str, title: str = "立院三讀兒少條例", head: str = "", before: str = "",
          date: str = '<div class="date">2023-10-06 15:05</div>') -> bytes:
    return (f'<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{title} | 某新聞網</title>{head}'
            '</head><body><div class="nav"><a href="/a">首頁</a><a href="/b">政治</a><a href="/c">社會</a></div>'
            f'<article><h1>{title}</h1>{before}{date}<div class="content">{body}</div></article>'
            '<div class="footer">某新聞網 版權所有</div></body></html>').encode()


def _extra(text: str, paras: list[str]) -> list[str]:
    return [x for x in text.split("\n") if x.strip() and x not in paras]


def test_a_hong_kong_outlet_named_by_its_site_keeps_its_script() -> None:
    """中評社 writes traditional script with mainland words and “” quotes; its site name (and its
    own dateline) make it a regional origin, so nothing is converted."""
    paras = ["中評社香港10月12日電（記者 王小明）特區政府今日公布最新數據，今年首九個月訪港旅客人次按年大幅上升，"
             "旅遊業界期望政府推出更多措施吸引高質量旅客。",
             "旅遊事務署負責人表示：“我們將加強與內地城市的合作，推動一程多站旅遊產品。”他又指出，政府會利用互聯網平台和短視頻加強宣傳推廣。",
             "有立法會議員認為，香港需要“說好香港故事”，並善用大數據分析旅客喜好，提供更具針對性的服務。"]
    html = ('<html><head><meta charset="utf-8"><title>港首九個月訪港旅客大增</title>'
            '<meta property="og:site_name" content="中評網"></head><body><div class="content">'
            f'<h1>港首九個月訪港旅客大增</h1><div class="text">{_ps(paras)}</div></div></body></html>').encode()
    r = extract(html, url="http://hk.example.com/doc/1.html")
    assert "特區政府今日公布最新數據" in r["text"] and r["title"] == "港首九個月訪港旅客大增"


def test_an_organisation_subtype_in_json_ld_is_no_author() -> None:
    ld = ('<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
          '"author":{"@type":"NewsMediaOrganization","name":"BBC News 中文"}}</script>')
    assert not extract(_page(_ps(P_TW), head=ld))["author"]
    ld2 = ld.replace('"NewsMediaOrganization"', '["Person"]').replace("BBC News 中文", "王小明")
    assert extract(_page(_ps(P_TW), head=ld2))["author"] == "王小明"


@pytest.mark.parametrize("before", [
    '<div class="byline"><span>作者, </span><span>王小明</span></div>',
    '<div class="author">撰文：<a href="/author/1">王小明</a></div>',
    '<div class="byline">文／<a href="/author/1">王小明</a></div>',
])
def test_byline_shapes_of_bbc_hk01_and_magazines(before: str) -> None:
    assert extract(_page(_ps(P_HK), title="施政報告撤辣", before=before))["author"] == "王小明"


def test_a_cna_dispatch_with_two_reporters_keeps_both() -> None:
    body = f"<p>（中央社記者王小明、李大華台北6日電）{P_TW[0]}</p>" + _ps(P_TW[1:]) + "<p>（編輯：陳美玲）1121006</p>"
    author = extract(_page(body))["author"] or ""
    assert set(author.replace("、", " ").split()) == {"王小明", "李大華"}


def test_a_byline_with_a_dotted_date_is_no_paragraph() -> None:
    r = extract(_page('<div class="info">撰文者：王小明　2023.10.06</div>' + _ps(P_TW)))
    assert not _extra(r["text"], P_TW)


@pytest.mark.parametrize("tail", [
    "<p>© 2023年 德國之聲 版權聲明：本文所有內容受到著作權法保護，如無德國之聲特別授權，不得擅自使用。任何不當行為都將導致追償，並受到刑事追究。</p>",
    "<p>閱讀全文，請訂閱信報數碼版。</p><p>立即訂閱，只需每月港幣$168。</p>",
    "<p>本文為付費會員專享內容。</p><p>成為端會員，即可閱讀全文及所有深度報導。</p>",
    "<p>本文為會員限定文章</p><p>立即登入或免費加入會員，即可閱讀全文。</p>",
    "<p>＊珍惜生命，自殺不能解決問題，生命一定可以找到出路。若您或身邊的人有自殺困擾，請撥打：安心專線：1925；生命線協談專線：1995；張老師專線：1980</p>",
    "<p>【警語】飲酒過量，有害健康。禁止酒駕。</p>",
    '<h3>你可能也喜歡</h3><div class="item"><a href="/n/1">聯發科財報優於預期</a><p>聯發科今天公布第三季財報，營收與毛利率均優於市場預期，'
    '法人看好第四季持續成長。</p></div><div class="item"><a href="/n/2">外資連三賣</a><p>外資今天連續第三天賣超台股，但在內資護盤下，'
    '加權指數仍守住一萬六千五百點關卡。</p></div>',
])
def test_standing_notices_paywalls_and_recommendations_after_the_story_go(tail: str) -> None:
    assert not _extra(extract(_page(_ps(P_TW) + tail))["text"], P_TW)


def test_a_story_about_the_hotline_stays() -> None:
    story = "衛福部今天宣布，安心專線1925將改為24小時服務，生命線協談專線也將增加接線人力，以因應需求。"
    assert story in extract(_page(_ps([*P_TW, story])))["text"]


def test_a_roc_date_with_a_one_digit_day() -> None:
    r = extract(_page(_ps(P_TW), before="<div>發布日期：112/10/6</div>", date=""))
    assert (r["published"] or "").startswith("2023-10-06")


def test_a_traditional_not_found_page_has_no_article() -> None:
    html = ('<html><head><meta charset="utf-8"><title>404 找不到網頁 | 某新聞網</title></head><body>'
            '<div class="nav"><a href="/a">首頁</a><a href="/b">要聞</a></div><div class="error-page"><h1>404</h1>'
            '<h2>很抱歉，您要找的頁面不存在或已被移除。</h2><p>可能的原因是網址輸入錯誤、文章已經下架，或是連結已經過期。'
            '請您確認網址是否正確，或回到首頁繼續瀏覽其他新聞。</p><a href="/">回首頁</a></div></body></html>').encode()
    assert not extract(html)["text"].strip()
    rec = to_record(restore_html(html))
    assert rec["verdict"]["no_article"] == "line.nav.error_page"  # type: ignore[index]


def test_a_story_quoting_a_not_found_message_keeps_its_text() -> None:
    page = ("很抱歉，您要找的頁面不存在。\n\n" + "\n\n".join(P_TW) + "\n")
    doc = restore(page)
    assert replay(doc.original, doc.edits) == doc.text
    assert all(p in doc.text for p in P_TW)
