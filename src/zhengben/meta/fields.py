"""Parse title, published, author, source, editor, keywords, channel and captions from lines.

Fields come from lines already labelled (``lines.label``), in their repaired text, with the
patterns of ``rules/fields.tsv``. Each value is stored as ``{"value", "origin", "line"}``;
a field the page does not give stays absent (``null`` in the record), never guessed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from zhengben.config import Config
from zhengben.document import Document
from zhengben.lines.label import label_line, line_view, split_lines
from zhengben.meta.dates import publication_date
from zhengben.meta.names import reporter_names
from zhengben.repair.script import to_simplified
from zhengben.rules import compile_pattern, load_table
from zhengben.score.script import has_traditional
from zhengben.text import cjk_count, collapse_spaces, fold_label_marks, split_keywords

__all__ = ["ParseMeta", "breadcrumb_channel", "crumbs"]

_CRUMB_SPLIT = re.compile(r"\s*(?:-+>|→|>|»|›|&gt;|＞|/|／)\s*")
_CRUMB_SPLIT_DASH = re.compile(r"\s*(?:[-－]|/|／)\s*")
# the trail's label, in either script, before a colon or the trail's first arrow
_CRUMB_LABEL = re.compile(r"^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|您所在的位置|"
                          r"您當前的位置|您当前的位置|所在位置|位置)\s*(?:[:：]|>>?|»|›|＞|&gt;)\s*")
# a dateline's closing widgets: font size buttons, print and close links (the view only loses its
# end, so its offsets stay the text's)
_WIDGET_TAIL = re.compile(r"(?:\s+(?:A[+\-＋－]|[【\[]?(?:打印|关闭|关闭窗口|收藏|"
                          r"字号[:：]?(?:\s*[大中小](?=\s|$|[】\]]))+)[】\]]?))+\s*$")


@cache
def _field_rules() -> tuple[tuple[str, str, frozenset[str], re.Pattern[str]], ...]:
    return tuple((r["id"], r["field"], frozenset(r["where"].split()), compile_pattern(r["pattern"]))
                 for r in load_table("fields"))


@cache
def _rules_at(where: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(id, field, pattern) of the rules tried on a line labelled ``where``, in table order:
    most lines (body text) are tried by few rules or none."""
    return tuple((rule, field, pattern) for rule, field, places, pattern in _field_rules() if where in places)


class ParseMeta:
    name = "meta.fields"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        # Values come from the repaired text; a page left traditional is matched through its
        # simplified view but gives values in its own script.
        spans = split_lines(doc.text)
        texts = [" ".join(doc.text[s:e].split()) for s, e in spans]
        traditional = has_traditional(doc.text)
        views = [fold_label_marks(to_simplified(t) if traditional else t) for t in texts]
        meta = doc.meta
        first_body = next((ln.index for ln in doc.lines if ln.label == "body"), None)
        written: dict[str, Any] | None = None
        twice = any(ln.rule == "line.body.repeat" for ln in doc.lines)  # the page's text scraped twice
        for ln in doc.lines:
            text, view = texts[ln.index], views[ln.index]
            if ln.label == "dateline":  # 作者：李国利 A+ A-: the font buttons are no part of the name
                view = _WIDGET_TAIL.sub("", view)
            if ln.label == "title" and "title" not in meta:
                # a separator left at either end once spam was cut from the title (春季如何预防流感_米乐m6官网)
                title = _LOOSE_SEPARATOR.sub("", collapse_spaces(doc.text[slice(*spans[ln.index])]))
                bare = without_site_suffix(title)
                meta["title"] = {"value": bare, "origin": ln.rule if bare == title else f"{ln.rule}+site_suffix",
                                 "line": ln.index}
            elif ln.label == "breadcrumb" and "channel" not in meta:
                meta["channel"] = {"value": crumbs(text, ln.rule), "origin": ln.rule, "line": ln.index}
            elif ln.label == "caption":
                listed = meta.setdefault("captions", {"value": [], "origin": ln.rule, "line": ln.index})
                caption = text.lstrip("▲△↑ ")
                if caption not in listed["value"] or (not str(listed["origin"]).startswith("html:") and (
                        cjk_count(caption) < _REPEATED_CAPTION_CJK or not twice)):
                    # (an HTML page's marked captions are listed already; a page scraped twice repeats
                    # its long captions, where photos may share a caption: 资料图, a 组图's one line)
                    listed["value"].append(caption)
            if ln.rule == "line.dateline.time_after_date" and len(meta.get("published", {}).get("value", "")) == 10:
                hh, mm, *ss = re.split("[:：]", view.strip())
                meta["published"]["value"] += (f"T{int(hh):02d}:{mm}:{ss[0] if ss else '00'}"
                                               + self.config.default_utc_offset)
                meta["published"]["origin"] += "+line.dateline.time_after_date"
            elif ln.rule == "line.dateline.gov_fields":
                # 成文日期 dates the document; the page's 发布日期 line, when there is one, its publication
                found = publication_date(view, self.config.default_utc_offset) if view.startswith("成文日期") else None
                if found and written is None:
                    written = {"value": found[0], "origin": found[1], "line": ln.index}
            elif (ln.label == "dateline" or ln.rule == "line.body.signature") and "published" not in meta:
                # (a notice's signature date dates it when no dateline does: the line stays text)
                found = publication_date(view, self.config.default_utc_offset)
                if found:
                    meta["published"] = {"value": found[0], "origin": found[1], "line": ln.index}
            where = "body" if ln.index == first_body else ln.label
            for rule, field, pattern in _rules_at(where):
                if field in meta:
                    continue
                m = pattern.search(view)
                if m is None:
                    continue
                value = _in_own_script(text, view, m.start("value"), m.end("value"))
                if field in ("author", "editor") and _NO_NAME.search(value):
                    continue  # 作者：未知, 责任编辑：系统管理员 name nobody
                if field == "author":
                    value = _ROLE_FIRST.sub("", value)  # 文：记者李华
                    value = _OTHER_ROLES.sub("", value)  # 周涛 实习生 李四: the reporters only
                    if not value.strip():
                        continue
                    named = reporter_names(value, view[m.end("value"):])
                    if named is None:
                        continue  # 记者李明大坪报道: name and place glued, no known place to cut at
                    value = named
                if field == "keywords":
                    meta[field] = {"value": split_keywords(value),
                                   "origin": rule, "line": ln.index}
                else:
                    meta[field] = {"value": value.strip(), "origin": rule, "line": ln.index}
        if written is not None and "published" not in meta:
            meta["published"] = written
        if traditional or doc.provenance.get("format") == "html":
            _template_fields_simplified(doc, texts)
        return doc


# fields that a farm's converted template gives over an article it left simplified
_TEMPLATE_FIELDS = ("title", "author", "source", "editor", "keywords", "channel")
# ... on a page whose body has at least this many CJK characters, none of them traditional, under
# at least this many template lines with this many traditional characters in all
_SIMPLIFIED_BODY_CJK = 50
_TEMPLATE_LABELS = frozenset({"navigation", "breadcrumb", "dateline", "editor", "keywords", "share", "footer", "app"})
_TEMPLATE_MIN_LINES = 2
# ... or, on an HTML page (its template became fields, not lines), this many converted fields
_TEMPLATE_MIN_FIELDS = 3
_TEMPLATE_MIN_CHARS = 4


def _template_fields_simplified(doc: Document, texts: list[str]) -> None:
    """A page whose template (menu, headline, dateline, credits) is traditional over a simplified
    body: a farm converted its template, not the article; the fields are the publisher's, in the
    body's script (我市召開… → 我市召开…). The origin says so (``+script.t2s``)."""
    if doc.provenance.get("format") == "html" and not any(
            isinstance((entry := doc.meta.get(name)), dict) and entry.get("value")
            and has_traditional(entry["value"] if isinstance(entry["value"], str) else " ".join(entry["value"]))
            for name in _TEMPLATE_FIELDS):
        return  # (an HTML page's fields all simplified: nothing to do, no body to read)
    body = "".join(texts[ln.index] for ln in doc.lines if ln.label == "body")
    if cjk_count(body) < _SIMPLIFIED_BODY_CJK or has_traditional(body):
        return
    # the template itself converted: its menu, dateline and credit words, not one name in them
    # (责任编辑：王頔 keeps 頔; a title naming 巴哈姆特電玩瘋 over a simplified story is no template).
    # An HTML page's template is where the reader found its fields (headline, dateline, credits)
    template = [texts[ln.index] for ln in doc.lines if ln.label in _TEMPLATE_LABELS]
    least = _TEMPLATE_MIN_LINES
    if doc.provenance.get("format") == "html":
        if doc.provenance.get("site_region"):
            return  # a Taiwan or Hong Kong outlet's own site: its template is its script
        if not template:  # the reader took headline, dateline and credits: all three converted
            template = [entry["value"] for name in _TEMPLATE_FIELDS if isinstance((entry := doc.meta.get(name)), dict)
                        and isinstance(entry.get("value"), str) and str(entry.get("origin", "")).startswith("html:")]
            least = _TEMPLATE_MIN_FIELDS
    changed = [sum(a != b for a, b in zip(t, to_simplified(t), strict=False)) for t in template]
    if sum(c > 0 for c in changed) < least or sum(changed) < _TEMPLATE_MIN_CHARS:
        return
    for name in _TEMPLATE_FIELDS:
        entry = doc.meta.get(name)
        if entry is None or not entry.get("value"):
            continue
        value = entry["value"]
        new = [to_simplified(v) for v in value] if isinstance(value, list) else to_simplified(value)
        if new != value:
            entry["value"], entry["origin"] = new, f"{entry['origin']}+script.t2s"


# a reporter's role before the name in a labelled byline (文：本报记者李华, 作者：特约记者 王明)
_ROLE_FIRST = re.compile(r"^\s*(?:本报|本報)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者)\s*"
                         r"(?=[\u4e00-\u9fff]{2,4}(?:$|[\s、，,]))")
# a second role after the reporters' names (记者 周涛 实习生 李四, 文/记者 周涛 图/李四): the author
# is the reporters, as a byline line of the same names gives them (line.dateline.reporters)
_OTHER_ROLES = re.compile(r"\s+(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者|摄影|攝影|摄像|攝像)(?:\s.*)?$"
                          r"|\s*(?:图|圖|摄|攝)\s*[/／:：].*$")
# values a byline field holds when it names nobody
_NO_NAME = re.compile(r"^\s*(?:未知|佚名|匿名|不详|暂无|无|系统管理员|管理员|网站管理员|admin|administrator|webmaster)"
                      r"\s*$", re.IGNORECASE)



_LOOSE_SEPARATOR = re.compile(r"^\s*[_|｜]\s*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*[_|｜]\s*$")
# a caption this long listed again is the same caption scraped twice
_REPEATED_CAPTION_CJK = 15


def crumbs(text: str, rule: str) -> list[str]:
    """The channels of a breadcrumb line (labelled ``rule``), less where the reader is (正文)."""
    split = _CRUMB_SPLIT_DASH if rule == "line.breadcrumb.slash" else _CRUMB_SPLIT  # 首页-要闻-本地
    out: list[str] = []
    for c in split.split(_CRUMB_LABEL.sub("", text)):
        if c and (not out or c != out[-1]):  # (a template that repeats its channel: 公司 > 公司)
            out.append(c)
    while out and (out[-1].split() or [""])[0] in _NOT_A_CRUMB:  # 首页 > 要闻 > 正文 (and its buttons: 正文 申请入驻)
        out.pop()
    return out


def breadcrumb_channel(blocks: list[tuple[str, str]], config: Config,
                       title: str | None = None) -> tuple[list[str], str] | None:
    """The channels of the breadcrumb among an HTML page's blocks above its headline (``(text, the
    element's class and id)``; furniture the text pipeline never sees), and the rule that read it.

    A trail, not whatever the text rules would take for one: its element is named so (crumb,
    bread, position, location, 当前位置's pinyin), or it starts from the home page or the site's
    name; a location label needs an arrow after it (位置：滨江路88号 is an address); a menu's
    element (nav, menu), a pager or language switch (上一篇 >, 更多, 繁體) is none, nor is a row
    of more than four channels set with slashes (a top menu)."""
    for text, css in reversed(blocks):
        if len(text) > _CRUMB_LINE_CHARS or _NOT_A_TRAIL.search(text):
            continue
        label, rule = label_line(line_view(text), config, "html")
        if label != "breadcrumb":
            continue
        found = crumbs(text, rule)
        named = _CRUMB_CLASS.search(css) is not None
        if not found or (not named and _MENU_CLASS.search(css)):
            continue
        if rule == "line.breadcrumb.label" and not _CRUMB_ARROW.search(_CRUMB_LABEL.sub("", text)):
            continue
        if rule == "line.breadcrumb.slash" and len(found) > 4 and not named:
            continue
        if named or rule == "line.breadcrumb.label" or _TRAIL_HEAD.fullmatch(found[0]):
            last, head = "".join(found[-1].split()), "".join((title or "").split())
            if len(found) > 1 and len(last) >= 4 and last in head and 10 * len(last) >= 9 * len(head):
                found = found[:-1]  # (the trail ends with the page's own headline: 首页 > 财经 > 标题)
            return found, rule
    return None


_CRUMB_CLASS = re.compile(r"crumb|bread|position|location|weizhi|dqwz|nav-?path|path-?nav", re.IGNORECASE)
_MENU_CLASS = re.compile(r"nav|menu|tab|channel|column", re.IGNORECASE)
_CRUMB_ARROW = re.compile(r">|»|›|→|＞|&gt;|/|／")
# where a trail starts: the home page, or the site's own name (人民网, 四川频道, 新浪首页)
_TRAIL_HEAD = re.compile(r"首页|首頁|主页|主頁|网站首页|網站首頁|Home|HOME|home|.{1,10}(?:网|網|首页|首頁|频道|頻道)")
_NOT_A_TRAIL = re.compile(r"上一篇|下一篇|上一页|下一页|更多|繁體|简体|English")
_CRUMB_LINE_CHARS = 150
_NOT_A_CRUMB = frozenset({"正文", "内容", "内文", "詳情", "详情", "正文内容", "內文", "全文"})
_TITLE_SEPARATOR = re.compile(r"\s*(?:_|｜|\||\s[-—–]\s)\s*")
# a portal's own name ends so; a channel name is short
_SITE_NAME = re.compile(r"(?:网|網|报|報|新闻|新聞|频道|頻道|在线|在線|客户端|客戶端|电视台|電視台|网站|網站)$")


def without_site_suffix(title: str) -> str:
    """A headline less the site (and the channels before it) that a scraped ``<title>`` line
    carries: ``标题_人民政协网``, ``标题 - 要闻 - 人民政协网`` give ``标题``. Only when the last
    segment names a site, and never down to fewer than four ideographs.

    >>> without_site_suffix("进出口总值突破40万亿元 - 要闻 - 人民政协网"), without_site_suffix("一国两制_香港")
    ('进出口总值突破40万亿元', '一国两制_香港')
    """
    seps = list(_TITLE_SEPARATOR.finditer(title))
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or len(parts[-1]) > 12 or not _SITE_NAME.search(parts[-1]):
        return title
    keep = len(parts) - 1
    while keep > 1 and len(parts[keep - 1]) <= 4:  # the channel before the site (要闻)
        keep -= 1
    head = title[:seps[keep - 1].start()]  # a headline holding a separator itself keeps it
    return head if cjk_count(head) >= 4 else title


def _in_own_script(text: str, view: str, start: int, end: int) -> str:
    """The span of ``view`` in the line's own text (same length when only script differs)."""
    if text == view:
        return view[start:end]
    if len(text) == len(view) and to_simplified(text[start:end]) == view[start:end]:
        return text[start:end]
    return view[start:end]
