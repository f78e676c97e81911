"""HTML tags left in scraped plain text (``会议<br />委员们``, ``<p>正文</p>``) removed, and a forum
repost's BBCode (``[b]…[/b]``, ``[url=…]``).

A scraper that took an element's inner HTML, or a feed that carried markup in its text field,
leaves tags that later steps would read as words. Only tags of known HTML elements are touched
(``<人民日报>`` or ``a<b`` are not tags); a block element's tag becomes a line break unless one is
already there, an inline one goes, and ``<script>``/``<style>`` go with their content, as do
comments. Runs before :mod:`entities`, which leaves text with tags in it alone.
"""

from __future__ import annotations

import re

from zhengben.document import Change, Document
from zhengben.rules import reasons

__all__ = ["StripTags", "strip_bbcode", "strip_markdown", "strip_tags"]

_BLOCK = ("address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|"
          "main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul")
# (ruby, rb, rt, rp: a mirror scraped with its <ruby> markup leaves 館<rp>(</rp><rt>guǎn</rt><rp>)</rp>;
# the tags go and the reading is flattened ruby for repair.ruby)
_INLINE = ("a|abbr|b|big|cite|code|del|em|font|i|img|ins|label|mark|q|rb|rp|rt|rtc|ruby|s|small|span|strike|strong|"
           "sub|sup|u")
_TAG = re.compile(rf"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|</?(?:({_BLOCK})|{_INLINE})\b(?:\s[^<>]*)?/?>"
                  # a tag escaped once more (&lt;p&gt;): a feed that escaped its markup, which would
                  # otherwise come back as a literal <p> once entities are decoded
                  rf"|&lt;/?(?:({_BLOCK})|{_INLINE})\b(?:\s(?:(?!&gt;)[^<>\n])*)?/?&gt;",
                  re.IGNORECASE | re.DOTALL)
# a tag followed by the word for a tag is the text's subject (a tutorial), not markup; a label
# (<p>标签：旅游 国庆) is a CMS's tag line, and the tag its residue
_NAMED = re.compile(r"\s*(?:标签|標籤|元素|标记|標記|tag\b|element\b)(?!\s*[:：])", re.IGNORECASE)
_ESCAPED_CLOSE = re.compile(rf"&lt;/(?:{_BLOCK})\s*&gt;", re.IGNORECASE)
_HINT = re.compile(rf"(?:<|&lt;)/?(?:{_BLOCK}|{_INLINE}|script|style)\b|<!--", re.IGNORECASE)


def strip_tags(text: str) -> list[Change]:
    """One change per tag (or comment, or script/style element) of a known HTML element."""
    if ("<" not in text and "&lt;" not in text) or _HINT.search(text) is None:
        return []
    why = reasons()
    out: list[Change] = []
    # escaped tags are markup only on a page that escaped its markup throughout (two or more
    # escaped closing block tags); one in a sentence is the text's own (在HTML中，&lt;p&gt;标签…)
    escaped = "&lt;" in text and len(_ESCAPED_CLOSE.findall(text)) >= 2
    for m in _TAG.finditer(text):
        start, end = m.span()
        if not escaped and text.startswith("&lt;", start):
            continue
        if _NAMED.match(text, end):
            continue  # a tag the text talks about: "<p>标签表示一个段落", "<br>元素"
        at_break = text[start - 1:start] in ("", "\n") or text[end:end + 1] in ("", "\n")
        after = "\n" if (m.group(2) or m.group(3)) and not at_break else ""
        if out and out[-1].end == start and out[-1].after == "\n":
            after = ""  # </p><p> is one break
        rule = "markup.escaped_tag" if text.startswith("&lt;", start) else "markup.tag"
        out.append(Change(start, end, after, rule, why[rule]))
    return out


_BB_TAGS = ("b|i|u|s|size|color|font|align|url|img|quote|code|list|email|center|left|right|indent|p|hr|table|tr|td|"
            "backcolor")
_BB_CODE = re.compile(r"\[code\].*?\[/code\]", re.IGNORECASE | re.DOTALL)
_BB_CLOSE = re.compile(rf"\[/(?:{_BB_TAGS})\]", re.IGNORECASE)
_BB_TAG = re.compile(rf"\[img(?:=[^\]\n]{{0,40}})?\][^\[\n]{{0,300}}\[/img\]"
                     rf"|\[/?(?:{_BB_TAGS}|\*)(?:=[^\]\n]{{0,200}})?\]", re.IGNORECASE)


def strip_bbcode(text: str) -> list[Change]:
    """One change per forum BBCode tag (``[b]``, ``[size=5]``, ``[url=…]``; an ``[img]…[/img]`` with
    its address), on a page that closes two or more of them: a forum repost's markup, as HTML's
    tags are. One bracketed word alone (``[图]``, ``[b]`` in a sentence about BBCode) is no markup."""
    if "[/" not in text or len(_BB_CLOSE.findall(text)) < 2:
        return []
    why = reasons()["markup.bbcode"]
    code = [m.span() for m in _BB_CODE.finditer(text)]  # a program's a[i] inside [code]…[/code]
    return [Change(m.start(), m.end(), "", "markup.bbcode", why) for m in _BB_TAG.finditer(text)
            if not any(a < m.start() and m.end() <= b - 7 for a, b in code)]


# Markdown a repost carried over: bold marks around Chinese text, a quote's "> " before it
_MD_BOLD = re.compile(r"(?<![A-Za-z0-9*])\*\*(?=[\u4e00-\u9fff“「])[^*\n]*[\u4e00-\u9fff。！？”」：:]\*\*"
                      r"(?![A-Za-z0-9*])")
_MD_QUOTE = re.compile(r"^> ?(?=[\u4e00-\u9fff“「])", re.MULTILINE)
# ... a heading's "# " before Chinese text at a line's start, on a line a heading's length with a
# blank line (or the end) under it (a hashtag, #话题#, has no space; a code comment has code under
# it, and one in flattened code runs on; # 号键 is the key)
_MD_HEADING = re.compile(r"^#{1,6} +(?=[\u4e00-\u9fff“「《【])(?![号號键鍵])(?=[^\n]{1,80}(?:\n[ \t]*\n|\n?\Z))",
                         re.MULTILINE)
# ... quoted as an example of the syntax (链接的写法是[文字](url), 写成![说明](图.png)): stays
_MD_QUOTED = re.compile(r"(?:写法|写成|寫成|语法|語法|格式|输入|輸入|示例|例如|代码|代碼|markdown|Markdown)[^\n]{0,6}$")
# ... an image, ![图片](https://…), whole; a link, [本地新闻](https://…), keeps its text
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,80}\]\((?:https?://|/)[^\s()]{0,400}\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,80})\]\((?:https?://|/)[^\s()]{0,400}\)")


def strip_markdown(text: str) -> list[Change]:
    """One change per Markdown mark around Chinese text (``**加粗**``, a quote's ``> ``, a heading's
    ``# ``), and per image or link with its address (a link keeps its text): a repost's or a
    scraper's markup. Bullets stay (a plain text's own list uses them too).

    >>> [(c.start, c.end) for c in strip_markdown("**加粗**和2**3")], strip_markdown("x > 0 时")
    ([(0, 2), (4, 6)], [])
    >>> [(c.start, c.end) for c in strip_markdown("[首页](https://a.cn/) 见![图](/1.jpg)")]
    [(0, 1), (3, 19), (21, 33)]
    """
    if "**" not in text and ">" not in text and "# " not in text and "](" not in text:
        return []
    why = reasons()["markup.markdown"]
    bold = list(_MD_BOLD.finditer(text))
    # a quote's "> " only on a page that shows Markdown otherwise (an e-mail quotes with it too)
    out = [Change(m.start(), m.end(), "", "markup.markdown", why) for m in _MD_QUOTE.finditer(text)] if bold else []
    for m in bold:
        out += [Change(m.start(), m.start() + 2, "", "markup.markdown", why),
                Change(m.end() - 2, m.end(), "", "markup.markdown", why)]
    images = [m for m in _MD_IMAGE.finditer(text) if not _MD_QUOTED.search(text, max(0, m.start() - 12), m.start())]
    links = [m for m in _MD_LINK.finditer(text) if not _MD_QUOTED.search(text, max(0, m.start() - 12), m.start())]
    headings = list(_MD_HEADING.finditer(text))
    # a heading's mark only on a page that shows Markdown otherwise, two headings, or one opening
    # the page (one line inside a text opening with '# ' is a music score's sharp, a menu's key, a
    # quoted example)
    opening = bool(headings) and not text[:headings[0].start()].strip()  # (# 标题 opening the page)
    if bold or images or links or len(headings) >= 2 or opening:
        out += [Change(m.start(), m.end(), "", "markup.markdown", why) for m in headings]
    out += [Change(m.start(), m.end(), "", "markup.markdown", why) for m in images]
    for m in links:
        out += [Change(m.start(), m.start() + 1, "", "markup.markdown", why),
                Change(m.end(1), m.end(), "", "markup.markdown", why)]
    return sorted(out)


class StripTags:
    """Remove leftover HTML tags from plain-text pages."""

    name = "repair.markup"

    def __call__(self, doc: Document) -> Document:
        doc.apply(strip_tags(doc.text))
        doc.apply(strip_bbcode(doc.text))
        doc.apply(strip_markdown(doc.text))
        return doc
