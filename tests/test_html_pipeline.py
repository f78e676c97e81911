"""HTML pages through the whole pipeline: an HTML mirror gets the specimen's treatment."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from zhengben import Config, Drop, extract, replay, restore_html, restore_steps
from zhengben.readers.html_document import document_from_html
from zhengben.step import run_steps
from zhengben.writers.record import to_record

FIXTURES = Path(__file__).parent / "fixtures" / "html"

MIRROR = """<!doctype html><html><head><meta charset="utf-8"><title>城東新圖書館正式開放_江城日報</title>
<meta name="keywords" content="圖書館,閱讀"></head><body>
<div class="nav"><a href="/">首頁</a> <a href="/n">新聞</a> <a href="/g">國內</a> <a href="/c">財經</a></div>
<div class="article"><h1>城東新圖書館正式開放</h1>
<div class="info">2024年03月18日 09:30 | 作者:林曉 | 來源:江城日報</div>
<p>江城日報訊(記者 林曉)3月17日,新<ruby>圖<rp>(</rp><rt>tú</rt><rp>)</rp></ruby>書館正式開放,首日接待讀者三千餘人次,借出圖書五千多冊。</p>
<p>新館建築面積約兩萬平方米,設(shè)有少兒閱(yuè)讀區、古籍展示廳和數字體驗室;開放時間延長至每晚九點。</p>
<p>館長表示,今年全市還將新建十二個社區閱讀點,讓更多居民在家門口享受閱讀的樂趣。</p>
<p>編輯:陳默</p></div>
<div class="footer">久草日韩精品在线视频,精品国产综合色在线,高清无码一区二区,青青草午夜激情视频</div>
</body></html>"""


def test_html_mirror_is_restored_like_a_text_mirror() -> None:
    doc = restore_html(MIRROR.encode("utf-8"))
    rec = to_record(doc)
    assert rec["title"] == "城东新图书馆正式开放"
    assert rec["published"] == "2024-03-18T09:30:00+08:00"
    assert rec["paragraphs"][0].startswith("江城日报讯（记者 林晓）3月17日，新图书馆正式开放，")
    assert "设有少儿阅读区" in rec["text"] and "(" not in rec["text"]
    assert rec["verdict"]["mirror"] and "ruby-pinyin" in rec["verdict"]["obfuscations"]
    assert "久草" not in rec["text"] and "编辑" not in rec["text"]
    assert rec["provenance"]["html_ruby"][0]["reading"] == "tú"
    assert replay(doc.original, doc.edits) == doc.text


def test_gbk_and_big5_pages_keep_their_own_script() -> None:
    gbk = to_record(restore_html((FIXTURES / "news_gbk.html").read_bytes()))
    assert gbk["provenance"]["encoding"] == "gb18030" and gbk["paragraphs"]
    big5 = to_record(restore_html((FIXTURES / "news_big5.html").read_bytes()))
    assert big5["provenance"]["encoding"] == "big5hkscs"
    assert big5["verdict"]["mirror"] is False and "颱風" in big5["title"]


def test_a_page_without_an_article_says_so() -> None:
    doc = restore_html((FIXTURES / "no_article.html").read_bytes())
    assert doc.text == "" and doc.provenance["has_article"] is False
    assert doc.provenance["no_article_reason"]


def test_extract_gives_the_harness_shape() -> None:
    out = extract((FIXTURES / "news_gbk.html").read_bytes())
    assert set(out) == {"text", "title", "author", "published"} and out["text"]


def test_extract_keeps_photo_captions_in_document_order() -> None:
    """Reference extractions read captions as part of the article; widgets and notices stay out."""
    out = extract((FIXTURES / "news_captions.html").read_bytes())
    paragraphs = out["text"].split("\n\n")
    assert paragraphs[0] == "图为白鹭在湿地浅滩觅食。"
    assert paragraphs[3] == "▲ 市民在观鸟区用望远镜观察越冬候鸟。（周文 摄）"
    assert paragraphs[2].startswith("公园管理处") and paragraphs[4].startswith("为减少对鸟类的干扰")
    assert len(paragraphs) == 5
    for furniture in ("分享到", "责任编辑", "版权所有", "首页"):
        assert furniture not in out["text"]
    assert out["author"] == "孙丽"  # no author named: the editor answers for the text


def test_restored_record_still_keeps_captions_apart() -> None:
    doc = restore_html((FIXTURES / "news_captions.html").read_bytes())
    rec = to_record(doc)
    assert "图为" not in rec["text"] and "周文 摄" not in rec["text"]
    # the ▲ before a caption is its layout marker, not its words
    assert rec["captions"] == ["图为白鹭在湿地浅滩觅食。", "市民在观鸟区用望远镜观察越冬候鸟。（周文 摄）"]
    assert replay(doc.original, doc.edits) == doc.text


def test_assemble_with_captions_replays() -> None:
    cfg = Config()
    cfg = replace(cfg, lines=replace(cfg.lines, captions_in_text=True))
    doc = run_steps(restore_steps(cfg), document_from_html((FIXTURES / "news_captions.html").read_bytes()))
    assert not isinstance(doc, Drop)
    assert doc.text.startswith("图为白鹭在湿地浅滩觅食。\n\n近日，")
    assert replay(doc.original, doc.edits) == doc.text



TAIWAN_NEWS = """<!doctype html><html><head><meta charset="utf-8"><title>颱風逼近 北部今晚起防豪雨 | 生活 | 某某新聞網</title>
<meta property="og:title" content="颱風逼近 北部今晚起防豪雨">
<meta property="article:published_time" content="2023-08-02T18:20:00+08:00">
<meta name="author" content="王小明"></head><body>
<header><nav><a href="/">首頁</a><a href="/p">政治</a><a href="/l">生活</a><a href="/w">國際</a><a href="/e">娛樂</a></nav></header>
<main><article>
<h1>颱風逼近 北部今晚起防豪雨</h1>
<div class="author">記者王小明／台北報導</div>
<figure><img src="a.jpg"><figcaption>▲中央氣象署表示，颱風外圍環流影響北部。（圖／記者李大華攝）</figcaption></figure>
<p>中央氣象署今天下午發布海上颱風警報，颱風中心目前位於鵝鑾鼻東南方約六百公里海面，正以每小時二十公里速度向西北前進。</p>
<p>氣象署預報員指出，受颱風外圍環流影響，北部及東北部地區今晚起將有豪雨發生的機率，民眾應注意強陣風及低窪地區淹水。</p>
<div class="related"><h3>延伸閱讀</h3><ul><li><a href="/1">颱風假怎麼放？各縣市標準一次看</a></li><li><a href="/2">颱風天出門必備清單</a></li></ul></div>
<p>氣象署也提醒，颱風路徑仍有變數，最新動態以氣象署發布資訊為準，請民眾隨時留意。</p>
<p>★更多颱風動態請點我★</p>
<div class="ad">廣告</div>
<p>看更多相關新聞：<a href="/3">颱風來襲 台電全面備戰</a></p>
</article>
<aside><h3>熱門新聞</h3><ul><li><a href="/x">藝人驚爆離婚</a></li><li><a href="/y">股市大漲三百點</a></li></ul></aside></main>
<footer>Copyright © 2023 某某新聞網 All Rights Reserved.</footer></body></html>"""

XINHUA_STYLE = """<!doctype html><html><head><meta charset="gbk"><title>我国首艘大型邮轮完成首次试航_新华网</title>
<meta name="keywords" content="邮轮,试航"><meta name="publishdate" content="2023-05-18"></head><body>
<div class="topbar"><a href="/">首页</a> | <a href="/p">时政</a> | <a href="/f">财经</a> | <a href="/t">科技</a></div>
<div class="main"><div class="h-title">我国首艘大型邮轮完成首次试航</div>
<div class="h-info"><span class="h-time">2023-05-18 09:12:30</span> <span>来源：新华网</span></div>
<div id="detail">
<p>原标题：国产大型邮轮首次试航圆满成功</p>
<p>新华社上海5月18日电（记者张三、李四）记者从中国船舶集团获悉，我国首艘国产大型邮轮17日完成首次试航，顺利返回上海外高桥造船码头。</p>
<p>试航期间，邮轮完成了动力系统、操纵性能等多项测试，各项指标均达到设计要求。</p>
<p><img src="x.jpg"></p>
<p>这是5月17日拍摄的试航中的国产大型邮轮（无人机照片）。新华社记者 王五 摄</p>
<p>据介绍，该邮轮总吨位13.55万，总长323.6米，可容纳乘客5246人，拥有客房2125间。</p>
<p>（完）</p>
<div class="share">分享到：微信 微博 QQ空间</div>
<p>【纠错】 【责任编辑:赵六】</p>
</div></div>
<div class="footer">Copyright © 2000-2023 XINHUANET.com All Rights Reserved.</div></body></html>"""


def test_taiwan_news_page_keeps_the_article_and_drops_its_promotions() -> None:
    out = extract(TAIWAN_NEWS.encode())
    assert (out["title"], out["author"], out["published"]) == (
        "颱風逼近 北部今晚起防豪雨", "王小明", "2023-08-02T18:20:00+08:00")
    assert out["text"].endswith("請民眾隨時留意。")  # not the '★更多…請點我★' link line
    for junk in ("延伸閱讀", "颱風假怎麼放", "熱門新聞", "廣告", "Copyright", "首頁"):
        assert junk not in out["text"]
    assert "颱風" in out["text"] and "台风" not in out["text"]  # a genuine Taiwan page stays traditional


def test_mainland_page_editor_line_after_a_bracket_tag_and_the_dateline_time() -> None:
    doc = restore_html(XINHUA_STYLE.encode("gb18030"))
    assert doc.meta_value("editor") == "赵六" and "责任编辑" not in doc.text and "纠错" not in doc.text
    # the <meta> date has no time; the visible dateline of the same day gives it
    assert doc.meta_value("published") == "2023-05-18T09:12:30+08:00"
    assert doc.meta_value("author") == "张三、李四"


HONG_KONG_BIG5 = """<html><head><meta charset="big5"><title>港府公布新一輪消費券計劃 - 某某報</title></head><body>
<div class="menu"><a>要聞</a> <a>港聞</a> <a>經濟</a> <a>國際</a> <a>體育</a></div>
<div id="content"><h1>港府公布新一輪消費券計劃</h1><div class="date">2023年5月6日 星期六</div>
<div class="text">【某某報專訊】財政司司長今日公布新一輪消費券計劃，合資格市民可分兩期領取共五千元，首期將於七月發放。<br><br>
司長表示，計劃旨在刺激本地消費，協助零售及餐飲業復甦，預計涉及開支約三百億元。<br><br>
有議員認為，政府應同時推出針對基層的支援措施，確保資源用得其所。</div>
<div class="pages">上一頁 1 2 3 下一頁</div>
<div class="comment"><h3>網友評論</h3><p>0條評論</p><p>發表評論</p></div>
</div></body></html>"""


def test_hong_kong_big5_page_with_br_paragraphs_pagination_and_comments() -> None:
    out = extract(HONG_KONG_BIG5.encode("big5hkscs"))
    assert out["title"] == "港府公布新一輪消費券計劃" and out["published"] == "2023-05-06"
    assert out["text"].count("\n\n") == 2 and out["text"].endswith("確保資源用得其所。")
    for junk in ("上一頁", "下一頁", "評論", "要聞"):
        assert junk not in out["text"]
