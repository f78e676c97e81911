"""HTML extraction of post lists, signature dates, bylines and summary boxes (synthetic pages).

Each test builds the smallest page that shows one general trait of Chinese web pages,
with the counter-case beside it where one exists.
"""

from __future__ import annotations

import re

import pytest

from zhengben.readers.html import extract_html, extract_json
from zhengben.readers.html_meta import PageMeta

_P = "这是一段用来测试的正文内容，它有完整的句子，也有足够的长度，读者可以从中了解事情的经过。"
# a link list, as between a page's header, body and sidebar: it stops the container climb
_LINKS = "<ul class='list'>" + "".join(f"<li><a href='/n/{i}'>另一条新闻的标题第{i}条在这里</a></li>" for i in range(8)) + "</ul>"


def _post(title: str, date: str, body: str, footer: str) -> str:
    return (f'<div class="post"><h3 class="post-title">{title}</h3><div class="post-date">{date}</div>'
            f'<div class="post-body"><p>{body}</p></div><div class="post-footer">{footer}</div></div>')


def _archive(first_len: int, linked: bool = True) -> bytes:
    """A blog archive: three dated posts, the first one short; footers link their time or not."""
    posts = [
        _post("昨天去金矿玩", "2005-03-21 01:20:44", "金矿游记。" + _P * first_len,
              '由海姑娘张贴 @ <a href="/p/3">2005-03-21 01:20:44</a> <a href="/c/3">共 3 篇评论</a>'),
        _post("长发剪了", "2005-03-18 01:58:01", "剪发记。" + _P * 12,
              '由海姑娘张贴 @ <a href="/p/2">2005-03-18 01:58:01</a> <a href="/c/2">共 7 篇评论</a>'),
        _post("雪景", "2005-03-15 16:47:37", "雪景记。" + _P * 3,
              '由海姑娘张贴 @ <a href="/p/1">2005-03-15 16:47:37</a> <a href="/c/1">共 5 篇评论</a>'),
    ]
    if not linked:
        posts = [re.sub(r"<a [^>]*>|</a>", "", p) for p in posts]
    return (f"<html><head><title>海姑娘 | blog</title></head><body><div class='side'><a href='/'>首页</a></div>"
            f"<div class='posts'>{''.join(posts)}</div></body></html>").encode()


@pytest.mark.parametrize("linked", [True, False])
def test_blog_archive_gives_the_first_post_not_the_longest(linked: bool) -> None:
    art = extract_html(_archive(2, linked))
    assert art.text.startswith("金矿游记")
    if not linked:  # linked footers make the later posts feed teasers: the first wins unaided
        assert "html.container.first_post" in art.blocks[0]["rules"]
    assert "剪发记" not in art.text and "雪景记" not in art.text
    assert art.published is not None and art.published.value.startswith("2005-03-21")
    assert art.author is not None and art.author.value == "海姑娘"


def test_single_article_with_related_summaries_is_not_switched() -> None:
    # the same template repeated below a titled article: related items, no dates of their own
    items = "".join(f'<div class="item"><p>相关摘要{i}。{_P * 2}</p></div>' for i in range(3))
    html = (f"<html><head><title>主标题 - 新闻网</title></head><body><h1>主标题</h1>"
            f"<div class='item'><p>正文开头。{_P * 10}</p></div>{items}</body></html>").encode()
    art = extract_html(html)
    assert art.text.startswith("正文开头")


def test_forum_post_signature_cuts_and_names_the_poster() -> None:
    html = ("<html><head><title>演讲精选</title></head><body><center><h3>演讲精选</h3></center>"
            f"<p>{_P * 6}</p><p><center>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖心灵体操〗发表.</center>"
            "<p>郑重声明：任何言论纯属作者个人观点，与本站无关；转载请注明真实作者和出处。</p>"
            "<ul><li>我的爱在哪 11111 16:31:00 1/31/06 (367)</li></ul></body></html>").encode()
    art = extract_html(html)
    assert "郑重声明" not in art.text
    assert art.author is not None and art.author.value == "大卫"
    assert art.published is not None and art.published.value.startswith("2005-08-12T16:12:21")


def test_notice_signature_gives_document_date_and_issuer() -> None:
    html = ("<html><head><title>关于禁止新增建设项目的通告</title>"
            '<meta name="pubdate" content="2022-01-28"></head><body><h1>关于禁止新增建设项目的通告</h1>'
            f"<div class='content'><p>{_P * 4}</p><p>{_P * 3}</p><p>特此通告。</p><p>吉林省人民政府</p><p>2022年1月27日</p>"
            f"</div>{_LINKS}</body></html>").encode()
    art = extract_html(html)
    assert art.published is not None and (art.published.value, art.published.origin) == (
        "2022-01-27", "dateline-signature")
    assert art.author is not None and art.author.value == "吉林省人民政府"


def test_signature_date_after_the_page_date_is_ignored() -> None:
    html = ("<html><head><title>通知</title><meta name='pubdate' content='2022-01-28'></head><body><h1>通知</h1>"
            f"<div><p>{_P * 4}</p><p>某某市人民政府</p><p>2023年1月27日</p></div></body></html>").encode()
    art = extract_html(html)
    assert art.published is not None and art.published.value.startswith("2022-01-28")


def test_report_header_year_month() -> None:
    html = (f"<html><body>{_LINKS}<div><p>北京市儿童心理素质发展现状调查研究报告</p><p>北京市儿童心理调研课题组</p>"
            f"<p>2003年5月</p><p>{_P * 5}</p><p>{_P * 3}</p></div>{_LINKS}</body></html>").encode()
    art = extract_html(html)
    assert art.published is not None and art.published.value == "2003-05"


def test_empty_author_field_followed_by_editor_label() -> None:
    found = PageMeta._bylines(["2017-03-10 来源：网易科学人 作者：责任编辑：肖春芳"])
    assert "author" not in found
    assert found["editor"].value == "肖春芳"


def test_two_line_byline_is_one_team() -> None:
    found = PageMeta._bylines(["本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤 柏建斌"])
    assert found["author"].value == "刘国栋 周炜 王燕平 方云凤 柏建斌"


def test_source_naming_a_person_is_the_author_only_as_a_fallback() -> None:
    tail = "<p>来源: 尹娟 </p>"
    html = f"<html><head><title>标题</title></head><body><h1>标题</h1><div><p>{_P * 5}</p>{tail}</div></body></html>"
    assert extract_json(html.encode())["author"] == "尹娟"
    outlet = html.replace("尹娟", "新华社")
    assert extract_json(outlet.encode())["author"] is None


def test_linked_name_after_author_label() -> None:
    html = ("<html><head><title>主题</title></head><body><h1>主题</h1>"
            "<div class='author'>作者： <a href='/u/1'>放飞&amp;心情</a></div>"
            f"<div><p>{_P * 5}</p></div></body></html>").encode()
    art = extract_html(html)
    assert art.author is not None and art.author.value == "放飞&心情"


def test_summary_box_above_the_body_is_kept() -> None:
    html = ("<html><head><title>蔡健雅_百度百科</title></head><body><h1>蔡健雅</h1>"
            "<div class='lemma-summary'><div class='para'>蔡健雅，1975年1月28日出生于新加坡，华语流行乐女歌手、"
            "音乐制作人、词曲创作人，以独立制作的专辑出道。</div></div>"
            f"{_LINKS}<div class='teaser'><p>另一位歌手的简介，完整的句子，也很长，但它不是这个词条的摘要，而是推荐。</p></div>"
            f"{_LINKS}"
            f"<div class='wrapper'><div class='content'><div class='main-content'><p>{_P * 6}</p><p>{_P * 6}</p>"
            f"</div></div></div>{_LINKS}</body></html>").encode()
    art = extract_html(html)
    assert art.paragraphs[0].startswith("蔡健雅，1975年1月28日出生")
    assert "html.container.summary_box" in art.blocks[0]["rules"]
    assert "另一位歌手" not in art.text


def test_surnames_that_open_clauses() -> None:
    assert PageMeta._bylines(["责任编辑: 于文凯"])["editor"].value == "于文凯"
    assert PageMeta._bylines(["作者：向华强"])["author"].value == "向华强"
    for clause in ("本报记者于3日获悉", "记者曾表示，这是好事。", "记者向他了解情况"):
        assert "author" not in PageMeta._bylines([clause]), clause


def test_bar_separated_credits() -> None:
    found = PageMeta._bylines(["编辑|禤志杰 责编|陈梦莹 校对|黄慧敏 来源|广州参考"])
    assert found["editor"].value == "禤志杰"


def test_photo_and_text_credit_closing_the_article() -> None:
    html = ("<html><head><title>活动</title></head><body><h1>活动</h1>"
            f"<div><p>{_P * 4}</p><p>让金融的发展更好地满足人民日益增长的美好生活需要。(文/图 刘玺东 易赛楠)</p></div>"
            f"{_LINKS}</body></html>").encode()
    art = extract_html(html)
    assert art.author is not None and art.author.value == "刘玺东 易赛楠"


def test_post_ids_do_not_hide_the_template() -> None:
    counter = iter(range(10))
    html = re.sub('<div class="post">', lambda _: f'<div class="post" id="post-{next(counter)}">', _archive(2, linked=False).decode())
    assert 'id="post-2"' in html
    art = extract_html(html.encode())
    assert art.text.startswith("金矿游记")


def test_correspondents_in_one_byline_are_authors_too() -> None:
    found = PageMeta._bylines(["本报讯（记者 李明 通讯员 王芳）这是一篇报道。"])
    assert found["author"].value == "李明 王芳"
