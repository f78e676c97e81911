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
    assert rec["captions"] == ["图为白鹭在湿地浅滩觅食。", "▲ 市民在观鸟区用望远镜观察越冬候鸟。（周文 摄）"]
    assert replay(doc.original, doc.edits) == doc.text


def test_assemble_with_captions_replays() -> None:
    cfg = Config()
    cfg = replace(cfg, lines=replace(cfg.lines, captions_in_text=True))
    doc = run_steps(restore_steps(cfg), document_from_html((FIXTURES / "news_captions.html").read_bytes()))
    assert not isinstance(doc, Drop)
    assert doc.text.startswith("图为白鹭在湿地浅滩觅食。\n\n近日，")
    assert replay(doc.original, doc.edits) == doc.text
