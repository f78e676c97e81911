"""Label every line: title, dateline, body, caption, navigation, share, spam, ...

First each line alone: blank, spam (vocabulary signals), then the pattern rules of
``rules/lines.tsv`` by priority, matched in the line's simplified view so one table serves
both scripts. Then structure: the headline above the dateline, captions after photo
markers, items under a related-news header, runs of short menu items, chrome above the title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from typing import Any

from zhengben.config import Config, LineConfig, SpamConfig
from zhengben.document import Document, Line, original_spans
from zhengben.meta.dates import date_patterns_in
from zhengben.meta.names import COMPOUND_SURNAMES, SURNAMES
from zhengben.repair.ruby import find_ruby, ruby_scan, without_ruby
from zhengben.repair.script import to_simplified
from zhengben.rules import compile_pattern, load_table
from zhengben.rules.prefilter import LiteralFilter
from zhengben.score.script import has_traditional
from zhengben.score.spam import GLUED_RUN_STRONG, TITLE_GLUE, holds_guard, is_spam, measure_line, sentence_shaped
from zhengben.score.vocab import term_forms, vocabulary
from zhengben.text import MIRROR_STOP, SUMMARY_LABEL, cjk_count, fold_label_marks, sentence_punct

__all__ = ["LabelLines", "applies", "label_line", "line_view", "split_lines", "warm_rules"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_END_PUNCT = re.compile(r"[。！？!?；;…：:，,、]$|[。！？]”$")
_HEADLINE_END = re.compile(r"[。；;…：:，,、]$|。”$")
_DATE_LABEL = re.compile(
    r"^[\[【(（]?\s*(?:发布时间|发布日期|发表时间|发表于|发布于|更新时间|转载时间|时间|日期|发布|来源[:：]\S+\s+)?\s*[:：/／]?\s*$")
# an update note after the date: "2023/10/06 18:25（10/06 18:40 更新）" (中央社)
_UPDATED_NOTE = re.compile(r"\s*[(（][^()（）]{0,20}?(?:更新|update[d]?)[)）]"
                           # ... or the post's counters (字数 256 阅读 1,024: a blog platform's header)
                           r"|(?:\s*(?:字数|阅读|浏览|评论|点赞|喜欢)\s*[:：]?\s*\d[\d,.]*[万wk]?)+\s*$", re.IGNORECASE)
# ... and after the time nothing, or where it was posted (发布于北京), never what happens then (播出, 开放)
_OUTLET_REST = re.compile(r"(?:(?:发布|发表|更新)(?:于\S{0,8})?|[|｜·].*|)")
# an outlet in brackets after the date and time, then its reporter: 2023/12/05 09:00（联合新闻网） 记者林志豪
_OUTLET_BYLINE = re.compile(r"[(（【]\s*[^\s，。()（）【】]{1,10}(?:网|报|社|台|新闻)\s*[)）】]"
                            r"\s*(?:记者\s*[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4}){0,2})?")
_YEARLESS = re.compile(r"[\[【(（]?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}[:：]\d{2}")
# a self-media byline of dot-separated fields: 马丽 · 2023-10-06 17:45 · 江城日报
_DOTTED_HEAD = re.compile(r"[^\s，。：:、；！？()（）·•]{1,10}\s*[·•]\s*")
_DOTTED_REST = re.compile(r"(?:\s*[·•]\s*[^\s，。：:、；！？·•]{1,12})*\s*")
# ... unless it is an event schedule's row: an event first (开幕式 · date · 江城大剧院) or a venue last
_DOTTED_EVENT = re.compile(r"(?:开幕式|闭幕式|开幕|闭幕|仪式|典礼|比赛|决赛|演出|音乐会|晚会"
                           r"|讲座|论坛|展览|发布会|报告会|活动|场次|第.场)$|.(?:对|VS|vs|Vs)\S")
_DOTTED_VENUE = re.compile(r"(?:剧院|广场|体育馆|体育场|中心|会场|礼堂|大厅|舞台|展厅"
                           r"|报告厅|会议室|剧场|影院|公园|校区|馆)$")


def _dotted_byline(head: str, rest: str) -> bool:
    """Whether a dot-separated line with a date is a self-media byline (马丽 · date · 江城日报, 央视财经 ·
    date · 北京), not a schedule's row."""
    first = head.strip(" ·•")
    last = re.split(r"\s*[·•]\s*", rest.strip())[-1]
    return not (_DOTTED_EVENT.search(first) or (last and _DOTTED_VENUE.search(last)))


# an outlet's name before a date with its time, perhaps after a writer and WeChat's 原创 ("新华网
# 2023-10-06 09:12 发布于北京", "原创 张静 人民日报 2023-10-06 09:12 发表于北京"); a schedule's
# words (报名截止, 会议定于) are not an outlet
# (after 原创, a WeChat account of any name: 原创 刘青 江城发布 2024-03-02 15:25)
_OUTLET_HEAD = re.compile(r"(?:原创[ \u3000]+)?(?:[^\s，。：:、；！？()（）]{1,6}[ \u3000]+)?"
                          r"[^\s，。：:、；！？()（）]{0,8}"
                          r"(?:网|报|社|新闻|电视台|电台|公众号|客户端|周刊|杂志)(?:[ \u3000]+|\s*[|｜·]\s*)"
                          r"|原创[ \u3000]+(?:[\u4e00-\u9fff·]{2,4}[ \u3000]+)?"
                          r"[^\s，。：:、；！？()（）]{2,16}[ \u3000]+")
# any outlet's name before a numeric date and time (第一财经  2024.11.26 19:30, 香港01 2024-11-26 19:30);
# not a schedule's row, whose name is an event or a step (报名截止, 现场答辩, 小米新品发布会), nor
# before 2023年10月25日 22:00
_NAME_HEAD = re.compile(r"(?![^ \u3000]*(?:截止|截至|开始|结束|举行|举办|报名|提交|答辩|开幕|闭幕|出发|到达|抵达|发车|"
                        r"开赛|比赛|赛|考试|时间|日期|会|活动|直播|上映|开播|开售|发售|上线|营业|开放|公示|面试|笔试|缴费|"
                        r"截稿|领取|发放|登记|申报|评审|颁奖|典礼|仪式|演出|讲座|展览|航班|车次)[ \u3000])"
                        r"[\u4e00-\u9fffA-Za-z0-9]{2,8}[ \u3000]+")
_NUMERIC_DATES = frozenset({"date.dot", "date.iso", "date.slash"})
# a paragraph around a run of subheads: this long, with a full stop; the subheads this long on average
_PARAGRAPH_CHARS = 30
# a not-found message among this many first text lines makes an error page
_ERROR_PAGE_TOP = 3
# this many paragraphs repeated in order from the first are the body scraped again; a
# paragraph right after itself is a double read only at this length (dialogue and emphasis repeat
# short lines: “准备好了。” “准备好了。”)
_REPEAT_RUN = 3
_REPEAT_MIN_CHARS = 40
# a short unpunctuated line right above the body's second copy is that copy's headline
_COPY_HEADLINE_CHARS = 40
_SUBHEAD_MEAN_CHARS = 6
_SENTENCE_END = re.compile("[。！？!?]")
# a headline above a writer's name (a column word such as 散文 is not one: 散文 / 白鹭 / date)
_HEADLINE_CJK = 6
# the time line of a self-media layout (搜狐号, 百家号, 头条): where it was posted from
_SELF_MEDIA_TIME = re.compile(r"发布于|发表于|IP属地|来自")
# a self-media time line that describes the account beside the time, and how long its name is
_SELF_MEDIA_ACCOUNT = re.compile(r"官方帐号|官方账号|优质[^\s，。]{0,8}创作者|[^\s，。]{2,8}领域创作者")
_ACCOUNT_NAME_CHARS = 12
# channel words that start like a surname: no name
_NOT_A_NAME = re.compile(r"文化|时政|房产|金融|高考|党建|关注|万象|高清|体育|财经|科技|教育|健康|旅游|汽车|军事|国际|"
                         r"社会|娱乐|时尚|游戏|视频|图片|评论|专题|要闻|热点|原创|散文|诗歌|随笔")
_CLOSING_MARKS = frozenset({"line.footer.end_marker", "line.footer.wire_credit"})
_LATIN_END = re.compile(r"[-—－=~·•\s]*(?:THE\s+)?END[-—－=~·•\s]*", re.IGNORECASE)
# separators of menu items inside one line (新闻/体育, 首页 | 财经): verse has none
_ITEM_SEPARATOR = re.compile(r"[/／|｜·•>»]")
_SIGNATURE = re.compile(r"(?:审判长|审判员|代理审判员|人民陪审员|陪审员|书记员|法官助理|执行员|此致|敬礼)\s*"
                        r"|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$")
# a comment box's closing link: nothing of the box follows it
_COMMENT_END = re.compile(r"查看(?:更多|全部)评论")
# a comment's own marks: its user's time stamp, its buttons, its floor number, the box's closing link
_COMMENT_MARK = re.compile(r"^(?:回复|举报|赞|顶|踩|引用)"
                           r"(?:\s*[(（]?\d*[)）]?\s*(?:回复|举报|赞|顶|踩|引用|支持|反对))+"
                           r"|(?:\s|(?<=[^:：\s]))\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^\d+\s*楼\s*[:：]?$|^沙发$"
                           # ... or a relative one after the user's name (江城老王 2小时前, 风中的鱼 昨天 22:41)
                           r"|^\S{1,16}(?:\s+|\s*[·•丨|]\s*)(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|(?:昨天|前天)\s*\d{1,2}:\d{2})$"
                           # (用户714：说得好; a story quotes 网友1356：)
                           rf"|{_COMMENT_END.pattern}|^用户\s*\d{{3,}}\s*[:：]")
# a relative time before byline fields ("今天 15:00 来源：X", "3小时前 作者：Y"): a dateline with no date
_RELATIVE_TIME = re.compile(r"\s*(?:今天|昨天|前天|今日|昨日|刚刚|\d{1,2}\s*(?:分钟|小时|天)前)\s*(?:\d{1,2}:\d{2})?\s")
_TEASER_END = re.compile(r"(?:…|\.{3})\s*$")
# a site's name (and domain) before a labelled date: "中国网 china.com.cn　时间： 2009-08-12"
_SITE_THEN_LABEL = re.compile(r"[^\s，。：:、；！？()（）]{1,10}(?:网|报|社|新闻)"
                              r"(?:[ \u3000]+[A-Za-z0-9.\-]+\.[A-Za-z]{2,4})?"
                              r"[ \u3000]+(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*")
# byline fields after a dateline's date: labelled, a Taiwan reporter/place byline (联合报／记者X／台北报导)
# or a wire one
_FIELD_LABEL = re.compile(r"(?:作者|来源|编辑|记者|点击|浏览|阅读|稿源|字号)\s*[:：数]"
                          r"|记者[^\s，。/／]{2,4}[/／][^\s，。]{0,10}(?:报导|报道)"
                          r"|记者[^\s，。/／]{2,10}?\d{1,2}日(?:专)?电")  # a wire byline: 中央社记者X台北1日电


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    label: str
    priority: int
    pattern: re.Pattern[str] | None
    max_chars: int
    formats: frozenset[str]


@cache
def _rules() -> tuple[_Rule, ...]:
    rules = [_Rule(r["id"], r["label"], int(r["priority"]),
                   None if r["pattern"] == "-" else compile_pattern(r["pattern"]),
                   1 << 30 if r["max_chars"] == "-" else int(r["max_chars"]), frozenset(r["formats"].split(",")))
             for r in load_table("lines")]
    return tuple(sorted(rules, key=lambda r: (r.priority, r.id)))


def _is_dateline(view: str) -> bool:
    """A short line that starts with a date (after an optional label) or pairs one with bylines.

    A sentence that merely opens with a date (``2016年2月19日，总书记…``) is not a dateline: what
    follows the date must be byline fields or nothing much, never prose with commas.
    """
    if len(view) > 120 or "。" in view:
        return False
    fields = _FIELD_LABEL.search(view) is not None
    for rule, pattern in date_patterns_in(view):
        if rule == "date.cjk_numerals" and not fields:
            continue  # 二〇二三年九月四日 alone signs a notice; with 来源/作者 after it, it dates a story
        m = pattern.search(view)
        if m is None:
            continue
        rest = _UPDATED_NOTE.sub("", view[m.end():])
        if not fields and ("，" in rest or (len(rest.strip(" )）]】")) > 12
                                            and not _OUTLET_BYLINE.fullmatch(rest.strip()))):
            return False
        head = view[:m.start()]
        if _DATE_LABEL.match(head) or fields or _SITE_THEN_LABEL.fullmatch(head) or (
                len(view) <= 60 and m.groupdict().get("H") and (
                    ((_OUTLET_HEAD.fullmatch(head) or (rule in _NUMERIC_DATES and _NAME_HEAD.fullmatch(head)))
                     and _OUTLET_REST.fullmatch(rest.strip()))
                    or (_DOTTED_HEAD.fullmatch(head) and _DOTTED_REST.fullmatch(rest) and _dotted_byline(head, rest)))):
            return True
    # a day and time without the year, then byline fields ("10月6日 09:12 · 来源：中新网"): a dateline,
    # though it gives no date (the year is never guessed)
    return fields and (_YEARLESS.match(view) or _RELATIVE_TIME.match(view)) is not None


def applies(rule_id: str, fmt: str) -> bool:
    """Whether a line rule runs on pages of this format (the table's ``formats`` column)."""
    return fmt in _formats()[rule_id]


@cache
def _formats() -> dict[str, frozenset[str]]:
    return {r.id: r.formats for r in _rules()}


def label_line(view: str, config: Config, fmt: str = "text", spam_terms: bool = True) -> tuple[str, str]:
    """(label, rule id) of one line judged alone, from its simplified, trimmed view.

    ``spam_terms=False`` says the line holds no spam vocabulary (known from one pass over the
    page), so the per-line spam measurement is skipped.
    """
    return _label_line(view, fmt, spam_terms, config.spam)


@lru_cache(maxsize=1 << 14)
def _label_line(view: str, fmt: str, spam_terms: bool, spam: SpamConfig) -> tuple[str, str]:
    """:func:`label_line`, remembered: a site's chrome (menus, share bars, footers, related
    headers) repeats line for line on every page, so about half the lines were judged before."""
    if not view:
        return "blank", "line.blank"
    if spam_terms:
        measured = measure_line(view)
        if (is_spam(measured, spam) and not _headline_glued(view) and not _prose_then_run(view)
                and not _prose_around_run(view)):
            return "spam", "line.spam.keywords"
        if (measured.strong and not measured.guarded and not view.endswith("。") and _contact_handle(view)
                # coverage of what the ad says, without its handles and their labels (加微信：yp6969)
                and measure_line(_CONTACT_PART.sub("", view)).coverage >= _CONTACT_AD_COVERAGE):
            return "spam", "line.spam.contact_ad"
    present = _literals_in(view)
    index = _rule_index(fmt, min(len(view), _longest_limit() + 1))
    for k in _picked(index, present):
        label, rule_id, pattern, _ = index[0][k]
        if pattern is None:
            if _is_dateline(view):
                return label, rule_id
        elif pattern.search(view):
            return label, rule_id
    return "body", "line.body.text"



@cache
def _literal_filter() -> tuple[LiteralFilter, dict[str, frozenset[int] | None]]:
    """The literals the rules' patterns need (``rules.prefilter``), and for each rule the numbers
    of its literals (``None``: no literal is needed, always search)."""
    patterned = [r for r in _rules() if r.pattern is not None]
    found = LiteralFilter([r.pattern for r in patterned if r.pattern is not None])
    return found, {r.id: need for r, need in zip(patterned, found.needs, strict=True)}


def _literals_in(view: str) -> set[int]:
    """The numbers of the rules' literals that occur in ``view``: a rule none of whose literals
    occurs cannot match, and its search is skipped."""
    return _literal_filter()[0].present(view)


def _prose_then_run(view: str) -> bool:
    """A paragraph with a keyword run glued after its last sentence (``…得到群众普遍好评。澳门新葡京
    网上赌场…``), or a spam sentence after it (``…注意防寒保暖。澳门新葡京…注册送彩金，…黄色网站。``):
    not a spam line; ``spam.spans`` cuts the run and the paragraph stays."""
    first = next((a for a, _, row in vocabulary("spam_vocab").find(view) if row["weight"] == "strong"), len(view))
    # (a mirror's full stop may be ASCII: …注意防寒保暖.澳门新葡京…)
    cut = max((m.start() for m in _SENTENCE_STOP.finditer(view, 0, first)), default=-1)
    if cut < 0 or cut == len(view) - 1:
        return False
    head = view[:cut + 1]
    return cjk_count(head) >= _PROSE_HEAD_CJK and not measure_line(head).strong


_PROSE_HEAD_CJK = 15
_SENTENCE_STOP = re.compile(f"[。！？]|{MIRROR_STOP.pattern}")


def _prose_around_run(view: str) -> bool:
    """A sentence with a keyword run spliced between its clauses (``…789亿美元，皇冠体育投注平台，
    太阳城娱乐网址，法国是中国…。``): prose before the first strong spam word and after the last,
    ending the sentence; not a spam line, ``spam.spans`` cuts the run and the paragraph stays."""
    if not view.endswith(("。", "！", "？")):
        return False
    strong = [(s, e) for s, e, row in vocabulary("spam_vocab").find(view) if row["weight"] == "strong"]
    if not strong:
        return False
    head, tail = view[:strong[0][0]], view[strong[-1][1]:]
    before, after = cjk_count(head), cjk_count(tail)
    # (a splice after the sentence's first clause leaves a short head: 开业三个月来，…)
    sides = (before >= _PROSE_SIDE_CJK and after >= _PROSE_SIDE_CJK) or (
        min(before, after) >= _PROSE_SIDE_MIN and before + after >= 2 * _PROSE_SIDE_CJK
        and head.rstrip().endswith(("，", "；", "："))
        and not _CLAUSE_MARK.search(view, strong[0][0], strong[-1][1]))  # one clause spliced, not an ad's list
    return sides and not measure_line(head).strong and not measure_line(tail).strong


_PROSE_SIDE_CJK = 10
_PROSE_SIDE_MIN = 4
_CLAUSE_MARK = re.compile("[，,；;]")


# a contact handle: an ad's way back to its seller (微信：fp8888668, QQ：1234567, 电报 @abc)
_CONTACT_HANDLE = re.compile(r"(?:微信|加微|[vV]信|QQ|qq|电话|手机|电报|Telegram|TG|WhatsApp)"
                             r"\s*[:：号]?\s*@?[A-Za-z0-9_-]{5,}|(?<!\d)1[3-9]\d{9}(?!\d)")
# a notice's own contact words: a bare mobile number after them is a hotline or a sign-up number
# (助老上门服务热线：139…, 交友活动报名：139…), not a seller's handle
_NOTICE_CONTACT = re.compile(r"热线|报名|投诉|举报|服务台|联系人|社区|活动|志愿|养老|助老|护理|医院|卫生|政务")


def _contact_handle(view: str) -> bool:
    """Whether the line gives a seller's handle: a labelled one, or a bare mobile number with no
    notice word beside it."""
    found = [m.group() for m in _CONTACT_HANDLE.finditer(view)]
    if not found:
        return False
    return any(not h.isdigit() for h in found) or _NOTICE_CONTACT.search(view) is None


# a handle with the words around it that only reach the seller (联系、加、（微信同号）)
_CONTACT_PART = re.compile(r"(?:联系(?:方式)?|请?加)?(?:" + _CONTACT_HANDLE.pattern + r")|[(（]?微信同号[)）]?")


# ... on a line mostly spam words (an ad, not a notice that names a service: 提供上门服务，…联系电话)
_CONTACT_AD_COVERAGE = 0.3


def _headline_glued(view: str) -> bool:
    """A clean headline with keywords glued on by ``_`` or a title separator (``会议部署…_澳门新葡京``,
    ``…上线运行 - 久久精品视频``), or a keyword run of GLUED_RUN_STRONG strong terms set before it by
    a space (``国产精品一区二区三区 国产大模型发布…``): not a spam line; ``spam.spans`` cuts the
    keywords and the headline stays."""
    if " " in view:
        run, _, rest = view.partition(" ")
        lead = measure_line(run)
        if (lead.strong >= GLUED_RUN_STRONG and lead.coverage >= _LEAD_RUN_COVERAGE
                and cjk_count(rest) >= 6 and not measure_line(rest).strong):
            return True
    m = TITLE_GLUE.search(view)
    if m is None:
        return False
    head = view[:m.start()]
    return cjk_count(head) >= 6 and not measure_line(head).strong and (
        m.group() == "_" or measure_line(view[m.end():]).strong >= GLUED_RUN_STRONG)


# the share of a word before a headline that spam words must cover for it to be a keyword run
_LEAD_RUN_COVERAGE = 0.8


@cache
def _longest_limit() -> int:
    """The largest finite ``max_chars`` of the table: longer lines all see the same rules."""
    return max((r.max_chars for r in _rules() if r.max_chars < 1 << 30), default=0)


def warm_rules() -> None:
    """Build every format's rule list for every line length ahead of the pages (see :func:`_line_rules`):
    a worker that forks after this inherits them, instead of building one per new length it meets."""
    for fmt in {f for r in _rules() for f in r.formats}:
        for size in range(_longest_limit() + 2):
            _rule_index(fmt, size)


_RuleRow = tuple[str, str, re.Pattern[str] | None, frozenset[int] | None]


_RuleIndex = tuple[tuple[_RuleRow, ...], tuple[int, ...], dict[int, tuple[int, ...]]]


@cache
def _rule_index(fmt: str, size: int) -> _RuleIndex:
    """:func:`_line_rules`, the places of those tried on every line (the dateline test, a pattern
    that needs no literal) and, for each literal, the places of the rules that need it: a line's
    literals pick the rules worth a search without a pass over them all."""
    return _index_rules(_line_rules(fmt, size))


def _picked(index: _RuleIndex, present: set[int]) -> Sequence[int]:
    """The places of the rules worth a search on a line holding the literals ``present``: those
    that need one of them, and those tried on every line, in priority order."""
    _, always, by_literal = index
    return sorted({k for n in present for k in by_literal.get(n, ())}.union(always)) if present else always


@cache
def _index_rules(rules: tuple[_RuleRow, ...]) -> _RuleIndex:
    """:func:`_rule_index` of one list of rules, built once for all the line lengths that have it."""
    always = tuple(k for k, (_, _, pattern, needs) in enumerate(rules) if pattern is None or needs is None)
    by_literal: dict[int, list[int]] = {}
    for k, (_, _, pattern, needs) in enumerate(rules):
        if pattern is not None and needs is not None:
            for n in needs:
                by_literal.setdefault(n, []).append(k)
    return rules, always, {n: tuple(places) for n, places in by_literal.items()}


@cache
def _line_rules(fmt: str, size: int) -> tuple[_RuleRow, ...]:
    """(label, id, pattern, literals) of the rules :func:`label_line` tries on a line of ``size``
    characters of a ``fmt`` page, by priority; ``None`` is the dateline test. Choosing them once per
    format and line length keeps the per-line loop to the searches that can match; ``literals``
    (see :func:`_literal_filter`) skips the searches whose pattern needs a literal the line lacks."""
    needs = _literal_filter()[1]
    return tuple((r.label, r.id, r.pattern, needs.get(r.id)) for r in _rules() if fmt in r.formats and (
        r.id == "line.dateline.date" or (r.pattern is not None and size <= r.max_chars)))


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded; CR LF, CR and LF all end a line.

    Several steps ask for the lines of the same text (the text changes only when a step edits
    it): they are found once per text, and each caller gets its own list.
    """
    return list(_line_spans(text))


@lru_cache(maxsize=8)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    if "\r" not in text:
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            spans.append((pos, end))
            pos = end + 1
        return tuple(spans)
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return tuple(spans)


def _short_text(view: str, limit: int) -> bool:
    return len(view) <= limit and not _END_PUNCT.search(view)


def _headline(view: str, limit: int) -> bool:
    """Short and not ending like a sentence or a lead-in (a headline may end in ！ or ？)."""
    return len(view) <= limit and not _HEADLINE_END.search(view)


class LabelLines:
    """Label lines before any repair, on a view of each line that sees through the corruption.

    The view has verified ruby readings removed and is in simplified script, so one rule table
    serves mirrors, genuine traditional pages and clean pages alike. Labelling first lets the
    verdict measure the article's own lines rather than the page's chrome and spam.
    """

    name = "lines.label"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        cfg = self.config.lines
        current = split_lines(doc.text)
        original = split_lines(doc.original)
        if len(current) != len(original):  # a repair put line breaks back (tags, flattened indents)
            original = original_spans(doc.edits, current)
        views = page_views(doc)
        fmt = doc.provenance.get("format", "text")
        spammy = _lines_with_spam_terms(views)
        lines: list[Line] = []
        for i, (view, (os_, oe)) in enumerate(zip(views, original, strict=True)):
            label, rule = label_line(view, self.config, fmt, i in spammy)
            lines.append(Line(i, os_, oe, doc.original[os_:oe], label, rule))
        if fmt == "html":
            _marked_captions(lines, views, doc.meta.get("captions") or {})
        _structure(lines, views, fmt, cfg)
        doc.lines = lines
        return doc


# a caption the markup marks is kept apart when it holds at most this many ideographs (a box of
# caption class may hold a story)
_MARKED_CAPTION_CJK = 80


def _marked_captions(lines: list[Line], views: list[str], captions: dict[str, Any]) -> None:
    """The lines of the captions an HTML page's markup marked (figcaption, a caption class), kept
    apart like a text page's: short ones, that the page shows no more often than its captions
    do (a subhead that a caption repeats is the subhead), and never every line of the body (a
    photo story told in captions is the story)."""
    marked = Counter(line_view(c) for c in captions.get("value", []) if cjk_count(c) <= _MARKED_CAPTION_CJK)
    if not marked:
        return
    seen = Counter(views)
    hits = [ln for ln in lines if ln.label == "body" and 0 < seen[views[ln.index]] <= marked[views[ln.index]]]
    if hits and len(hits) < sum(ln.label == "body" for ln in lines):
        for ln in hits:
            _set(ln, "caption", "line.caption.html")


def _lines_with_spam_terms(views: list[str]) -> set[int]:
    """Indexes of the lines holding any spam vocabulary: one automaton pass over the page."""
    starts = list(accumulate((len(v) + 1 for v in views), initial=0))
    return {bisect_right(starts, s) - 1 for s, _, _ in vocabulary("spam_vocab").find("\n".join(views))}


def page_views(doc: Document) -> list[str]:
    """One view per line (see :func:`line_view`), made with one ruby scan and one conversion."""
    text = without_ruby(doc.text, ruby_scan(doc))
    if has_traditional(text):
        text = to_simplified(text)
    views = [" ".join(line.split()) for line in _LINE_BREAK.split(fold_label_marks(text))]
    if len(views) != len(split_lines(doc.text)):  # a conversion that touched line breaks
        views = [line_view(doc.text[s:e]) for s, e in split_lines(doc.text)]
    return views


# what a headline's repeat may wear: a label, brackets around it (标题：…, 【…】)
_HEADLINE_WRAP = re.compile(r"^(?:标题|题目|標題|題目)\s*[:：]\s*|^[【\[《「]|[】\]》」]$|\s+")


def _headline_key(view: str) -> str:
    """A headline line as compared with its repeats: no label, brackets or spaces."""
    return _HEADLINE_WRAP.sub("", view)


def line_view(line: str) -> str:
    """Trimmed, space-collapsed, ruby-free, simplified form of a line, for matching rules."""
    view = " ".join(fold_label_marks(line).split())
    if "(" in view or "（" in view:
        view = without_ruby(view, find_ruby(view)[0])
    if has_traditional(view):
        view = to_simplified(view)
    return view


def _set(line: Line, label: str, rule: str) -> None:
    line.label, line.rule = label, rule


def _run_after(lines: list[Line], text_idx: list[int], head: str, label: str, rule: str,
               fits: Callable[[int], bool]) -> None:
    """Body lines after a ``head``-labelled line that ``fit`` take ``label``, up to the first that does not."""
    inside = False
    for i in text_idx:
        ln = lines[i]
        if ln.label == head:
            inside = True
        elif inside and ln.label == "body":
            if fits(i):
                _set(ln, label, rule)
            else:
                inside = False


def _article_list(run: list[int], lines: list[Line], views: list[str], text_idx: list[int]) -> bool:
    """Whether a run of short lines is the article's own: a list that the line right above it
    (or its own first line) introduces as one (``名单公布如下：``, ``食材：``; rule
    ``line.body.list_intro``), subheads longer than menu items right between two paragraphs, or
    verse in stanzas (blank-separated groups of two or more lines
    of some length, no item separators). A menu is one item to a line or one to a group, and a
    sidebar's heading (``本周热点：``) names no list."""
    k = text_idx.index(run[0])
    intro = [text_idx[k - 1]] if k else []
    if any(lines[i].rule == "line.body.list_intro" for i in [*intro, run[0]]):
        return True
    # a document's closing block (a judgement's 审判员/书记员, a letter's 此致 敬礼, a date in
    # Chinese numerals) after its last paragraph: signed text, not a menu
    if any(_SIGNATURE.match(views[i]) for i in run) and not any(
            _paragraph(lines[i], views[i]) for i in text_idx[text_idx.index(run[-1]) + 1:]):
        return True
    # between two of the article's paragraphs, lines longer than menu items (subheads, a photo
    # essay's lines, a document's front matter): 守护绿色生态底线 / 激活绿色产业发展
    m = text_idx.index(run[-1])
    after = [text_idx[m + 1]] if m + 1 < len(text_idx) else []
    if intro and after and all(_paragraph(lines[i], views[i]) for i in (*intro, *after)) and (
            sum(len(views[i]) for i in run) >= _SUBHEAD_MEAN_CHARS * len(run)):
        return True
    stanzas = _groups(run)
    verse = all(len(views[i]) >= 3 and not _ITEM_SEPARATOR.search(views[i]) for i in run) and (
        sum(len(views[i]) for i in run) >= 5 * len(run))
    # ... or the rest of a stanza: right above it (no blank between) stand at least two verse lines,
    # the nearest with a comma (…每一级都有一声鸟鸣 / 到了山顶，才知道 / 远方也不过是另一座山): a
    # menu item holds no comma, a paragraph above a menu is a long one, and one comma line (a
    # sign-off, a bio, a slogan) is no stanza
    above = [i for i in range(run[0] - _STANZA_ABOVE, run[0]) if i >= 0]
    stanza_end = (len(above) == _STANZA_ABOVE and "，" in views[above[-1]]
                  and all(lines[i].label == "body" and _verse_line(views[i]) for i in above)
                  and all(3 * cjk_count(views[i]) >= 2 * len(views[i]) for i in run))  # words, not counts
    return verse and ((len(stanzas) >= 2 and min(map(len, stanzas)) >= 2) or stanza_end)


# a stanza's lines above a run of short lines that ends it; a verse line is short (no name alone),
# mostly ideographs, with no full stop (it ends in none, or a comma) and no label's colon
# (文字：王明，摄影：李华)
_STANZA_ABOVE = 2
_VERSE_LINE_CJK = 16
_VERSE_LINE_MIN_CJK = 5  # (a name alone, 刘进平, over a sidebar is no verse)
_NOT_VERSE = re.compile("[。！？!?；:：]")


def _verse_line(view: str) -> bool:
    n = cjk_count(view)
    return _VERSE_LINE_MIN_CJK <= n <= _VERSE_LINE_CJK and 3 * n >= 2 * len(view) and not _NOT_VERSE.search(view)


_CLOSING_NAMES = re.compile(
    r"^[(（]\s*([^()（）]{2,40}?)\s*[)）](?:\s*(?:责任)?编辑\s*[:：]\s*[\u4e00-\u9fff·]{2,4})?$")
_NAME_ROLE = re.compile(r"^(?:记者|通讯员|实习生|摄影|摄)")
_DEPARTMENT = re.compile(r"(?:科|中心|部|组|站|局|委|办|院|台|社|所|队|室)$")
_NOT_NAMES = frozenset({"全文", "待续", "组图", "视频", "图文", "更新", "上", "中", "下", "完"})


def _closing_names(view: str) -> bool:
    """A line of nothing but personal names in brackets, as a story's byline closes it:
    ``（张三 李四）``, ``（记者 张然） 编辑：于丹``, ``（心血管内科 王建国 刘洋）`` (a department
    first). Every name two to four ideographs with a common surname first; ``（全文）`` is none.

    >>> _closing_names("（张三 李四）"), _closing_names("（心血管内科 王建国 刘洋）"), _closing_names("（全文）")
    (True, True, False)
    """
    m = _CLOSING_NAMES.match(view)
    if m is None:
        return False
    parts = [p for p in re.split(r"[\s、，,]+", m.group(1)) if p]
    department = len(parts) > 1 and _DEPARTMENT.search(parts[0]) is not None and not _NAME_ROLE.match(parts[0])
    if department:
        parts = parts[1:]
    labelled = department or any(_NAME_ROLE.match(p) for p in parts)
    names = [_NAME_ROLE.sub("", p) for p in parts]
    names = [n for n in names if n]
    if len(names) == 1 and not labelled:
        return False  # one word in brackets (（于北京）, （连载）) is no byline without a role or a department
    return bool(names) and all(2 <= len(n) <= 4 and cjk_count(n) == len(n) and n not in _NOT_NAMES
                               and (n[0] in SURNAMES or n[:2] in COMPOUND_SURNAMES) for n in names)


def _repeats(lines: list[Line], views: list[str], text_idx: list[int], fmt: str = "text") -> None:
    """A text scrape that read a paragraph twice: right after itself (a ``<p>`` and its wrapper; a
    paragraph of ``_REPEAT_MIN_CHARS`` or more), or the body over again (a run of ``_REPEAT_RUN``
    paragraphs or more, in order from the first, most of what came before it). The repeat goes. One
    paragraph repeated apart from itself stays (a lead restated as the summary), and so do a
    chorus that comes back and a short line said twice.
    In HTML only the body over again (a print copy inside the article's container): the extractor
    reads each element once, and a page that shows one paragraph twice has it twice
    (magic-html-zh's references keep both)."""
    body = [i for i in text_idx if lines[i].label == "body" and _SENTENCE_END.search(views[i]) is not None]
    first: dict[str, int] = {}
    for k, i in enumerate(body):
        first.setdefault(views[i], k)
    k = 0
    while k < len(body):
        i = body[k]
        if (fmt == "text" and k and views[i] == views[body[k - 1]] and len(views[i]) >= _REPEAT_MIN_CHARS
                and text_idx.index(i) == text_idx.index(body[k - 1]) + 1):
            _set(lines[i], "duplicate", "line.body.repeat")
            k += 1
            continue
        start = first[views[i]]
        run = 0
        while k + run < len(body) and start + run < k and first.get(views[body[k + run]]) == start + run:
            run += 1
        if run >= _REPEAT_RUN and start == 0 and run >= 0.8 * k:
            for j in body[k:k + run]:
                _set(lines[j], "duplicate", "line.body.repeat")
            at = text_idx.index(i)
            head = text_idx[at - 1] if at > 0 else -1
            if (head >= 0 and lines[head].label == "body" and not sentence_punct(views[head])
                    and 0 < len(views[head]) <= _COPY_HEADLINE_CHARS):
                _set(lines[head], "duplicate", "line.body.repeat")  # the copy's own headline
            k += run
        else:
            k += 1
    # a notice's signature under its closing formula (特此通知。/ 市城市管理局 / 2024年10月28日): the
    # issuer and the date are the document's own, not a dateline
    for k, i in enumerate(text_idx):
        if lines[i].label == "body" and _CLOSING_FORMULA.fullmatch(views[i]):
            tail = text_idx[k + 1:k + 3]
            if (len(tail) == 2 and lines[tail[0]].label == "body" and not sentence_punct(views[tail[0]])
                    and len(views[tail[0]]) <= _ISSUER_CHARS and lines[tail[1]].label == "dateline"
                    and _BARE_DATE.fullmatch(views[tail[1]])):
                _set(lines[tail[1]], "body", "line.body.signature")
    # a summary box that copies the lead (摘要：本报讯…, cut short or whole) right above it: the copy goes
    for k, i in enumerate(text_idx[:-1]):
        nxt = text_idx[k + 1]
        if fmt != "text" or lines[i].label != "body" or lines[nxt].label != "body":
            continue
        m = SUMMARY_LABEL.match(views[i])
        stem = views[i][m.end():].rstrip(".…。 \u3000") if m else ""
        if len(stem) >= _SUMMARY_COPY_CHARS and views[nxt].startswith(stem):
            _set(lines[i], "duplicate", "line.body.repeat")


# a notice's headline: 关于… first, or a notice's kind last, no sentence mark
_NOTICE_HEADLINE = re.compile(r"^(?:关于[^，。：:]{2,60}"
                              r"|[^，。：:]{0,30}(?:通知|公告|通告|决定|启事|通报|公示|批复|意见|办法))$")
# a notice's closing formula, its issuer's length, and the bare date it signs with
_CLOSING_FORMULA = re.compile(r"(?:特此(?:通知|公告|通告|函告|报告|证明|批复|说明)|此复|此函)[。.]?")
_ISSUER_CHARS = 30
_BARE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# the least of the lead a summary's copy under its label (摘要：) repeats
_SUMMARY_COPY_CHARS = 15


# three or more words, each followed by its reading in brackets (pinyin or zhuyin)
_READING_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[（(]"
                           r"[a-zA-Zü\u00e0-\u01dc\u3105-\u3129\u02ca\u02c7\u02cb\u02d9\s]+[)）][\s\u3000、，,]*){3,}")
_MENU_SHAPES = frozenset({"line.nav.tokens", "line.nav.short_run"})
# columns of a flattened table: a tab, or two or more spaces, between cells
_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}")
# ... or one space, in a table of at least this many columns
_SPACES = re.compile(r"[ \u3000]+")
_SPACED_CELLS = 3
_NUMBER_CELL = re.compile(r"(?:^|\s)[-+]?\d[\d.,:]*(?:%|万|亿|元|场|分|胜|负|平|球|次|票|个|岁|名|米|秒)?(?=\s|$)")


def _tables(lines: list[Line], text_idx: list[int], min_rows: int) -> None:
    """Rows of a table flattened to text (江南区  优  3.12  29天, 番茄<TAB>2个): ``min_rows`` or more
    consecutive lines cut into the same number (two or more) of cells by tabs or runs of spaces,
    at least half of them holding a digit. They are the article's, not a menu; a header row of
    the same shape goes with them. Menus hold no numbers, and a pager's numbers sit on one line.
    Cells parted by one space count too from three cells on (车次 始发站 终到站 over G4567 北京西
    长沙南 07:12): rows of one width with numbers in them are still no menu."""
    for gap, widest in ((_CELL_GAP, 2), (_SPACES, _SPACED_CELLS)):
        # body lines, and lines only the generic menu shapes took (never a specific chrome rule's)
        rows = [i for i in text_idx if (lines[i].label == "body" or lines[i].rule in _MENU_SHAPES)
                and _cell_count(gap, lines[i].text) >= widest]
        # (cells parted by one space: numbers standing as cells, 12场 or 6.2万 too, and no row
        # twice; a menu's CCTV-1 CCTV-2 or a pager's row repeated is no table)
        spaced = gap is _SPACES
        for run in _groups_of(rows, text_idx):
            widths = {len(gap.split(lines[i].text.strip())) for i in run}
            numbered = sum(_numbered(lines[i].text, spaced) for i in run)
            if len(run) >= min_rows and len(widths) == 1 and 2 * numbered >= len(run) and not (
                    spaced and len({lines[i].text.strip() for i in run}) < len(run)):
                for i in run:
                    if lines[i].label != "body" or lines[i].rule == "line.body.text":
                        _set(lines[i], "body", "line.body.table")


def _comments(lines: list[Line], views: list[str], text_idx: list[int], head: int) -> None:
    """The comment section under its heading (``text_idx[head]``), when two lines show comments'
    marks: body lines or a user's dated stamp (a dated source line, 来源：…, is no stamp). It ends
    with the comment after its last stamp, or at a closing 我要评论 box: a story quoting comments
    goes on after them, and an article under a sidebar's comment box is the article."""
    marks = [k for k, i in enumerate(text_idx) if k > head and _COMMENT_MARK.search(views[i])
             and (lines[i].label in ("body", "share")
                  or (lines[i].label == "dateline" and not _FIELD_LABEL.search(views[i])))]
    if len(marks) < 2:
        return
    last = marks[-1]
    end = last + 1 if _COMMENT_END.search(views[text_idx[last]]) else last + 2
    heads = [k for k in range(last, len(text_idx)) if lines[text_idx[k]].label == "comment_header"]
    if heads:  # (a closing 我要评论 and its rules line: the box's own)
        end = max(end, heads[-1] + 2)
    for k, i in enumerate(text_idx[head + 1:], head + 1):
        if k >= end and lines[i].label != "share":
            break
        if lines[i].label in ("body", "comment_header", "share"):
            _set(lines[i], "comment", "line.comment.item")


def _cell_count(gap: re.Pattern[str], row: str) -> int:
    """How many cells ``gap`` cuts a row into: one when it holds no tab and no space of either
    width, what both gaps are made of (most lines of prose), without a split."""
    row = row.strip()
    if " " not in row and "\u3000" not in row and "\t" not in row:
        return 1
    return len(gap.split(row))


def _numbered(row: str, spaced: bool) -> bool:
    """Whether a row holds a number: as a cell of its own when its cells are parted by one space."""
    return _NUMBER_CELL.search(row) is not None if spaced else any(c.isdigit() for c in row)


def _groups_of(rows: list[int], text_idx: list[int]) -> list[list[int]]:
    """``rows`` cut where another text line stands between two of them."""
    pos = {i: k for k, i in enumerate(text_idx)}
    out: list[list[int]] = []
    for i in rows:
        if out and pos[i] == pos[out[-1][-1]] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


# prose after a photo marker this long, of two sentences, is no caption (the caption printed above it is)
_PROSE_AFTER_MARKER = 40
# ... or one this long with clauses in it (a mirror's half-width commas and one full stop)
_CLAUSE_MARKS = re.compile(r"[，,；;]")
# ... when the line above says what a picture shows (图为, 摄, 资料图, someone 在 somewhere, a date):
# a short line above a picture is as often the subhead the picture illustrates (重点项目加快推进)
_CAPTION_CUE = re.compile(r"图为|图片|资料图|供图|截图|摄|^\d{1,2}月\d{1,2}日"
                          r"|(?<![存现实所持要将正仍还都也是就])在(?![线乎意于])")
# a sponsor line, and a sentence that leads in to a list (依次点击：) this long
_SPONSOR_LINE = re.compile(r"(?:主办|承办|协办)(?:单位)?\s*[:：]")
_LEAD_IN_CHARS = 6
# ... not a site's own label for its breadcrumb (您现在所处的位置是：)
_WHERE_YOU_ARE = re.compile(r"位置|当前|所在|导航")
# a sponsor pair: 主办：X 承办：Y (line.footer.site_info takes it with a site footer's field on the line)
_SPONSOR_PAIR = re.compile(r"(?:主办|承办|协办)\s*[:：]\s*[^，。]{2,30}"
                           r"(?:\s+|[|｜]\s*)(?:承办|协办|主办|技术支持)\s*[:：]")
# the reasons a report widget lists (line.widget.player matches each), and the lines around them
_REPORT_REASONS = frozenset({"广告软文", "重复、旧闻", "文章质量差", "文字、图片、视频等展示问题", "标题夸张、文不对题",
                             "与事实不符", "低俗色情", "欺诈或恶意营销", "疑似抄袭", "其他问题，我要吐槽"})
_REPORT_CUES = frozenset({"举报", "我要举报", "请填写原因", "*请填写原因", "不感兴趣"})
# a bulleted line: a list item's mark first
_BULLETED = re.compile(r"^[·•●▪◆◇■□○◎>»]\s*\S")
# an event's time and place lines in a notice's body
_ITEM_NUMBER = r"^[(（]?[一二三四五六七八九十\d]*[)）、.]?\s*"
# the fields that only an open-information header has, and the date lines inside such a block
_GOV_KEY = re.compile(r"(?:索引号|主题分类|发文机关|发文字号|文号|成文日期|组配分类|体裁分类)\s*[:：]")
_GOV_VALUE_CHARS = 40
_GOV_DATE = re.compile(r"(?:发布日期|发布时间)\s*[:：]")
_BARE_TIME = re.compile(r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*")
# a full date with no time after it, ending the line
_DATE_NO_TIME = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$")
_EVENT_TIME = re.compile(_ITEM_NUMBER + r"(?:时间|日期|活动时间|会议时间|比赛时间|举办时间|报名时间|截止时间)\s*[:：]")
_EVENT_PLACE = re.compile(_ITEM_NUMBER + r"(?:地点|地址|活动地点|会议地点|比赛地点|举办地点|参加人员|参赛对象)\s*[:：]")


def _bare_name(view: str) -> bool:
    """A personal name alone on a line: two or three ideographs, a common surname first, no
    channel or place word (文化, 江苏)."""
    return (len(view) in (2, 3) and view[0] in SURNAMES and cjk_count(view) == len(view)
            and _NOT_A_NAME.search(view) is None and view not in term_forms("places", "place"))


def _paragraph(line: Line, view: str) -> bool:
    """A body line that reads as a paragraph: long, with a sentence in it."""
    return line.label == "body" and len(view) >= _PARAGRAPH_CHARS and _SENTENCE_END.search(view) is not None


def _groups(run: list[int]) -> list[list[int]]:
    """``run`` cut where its line numbers are not consecutive (a blank or other line between)."""
    out: list[list[int]] = []
    for i in run:
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _structure(lines: list[Line], views: list[str], fmt: str, cfg: LineConfig) -> None:
    text_idx = [i for i, ln in enumerate(lines) if ln.label != "blank"]
    # news about a crackdown names the sites and games it closed, in sentences of their own that
    # hold no enforcement word: on a page whose other lines report one, a sentence is no keyword run.
    # Only the story's own lines report it: every mainland site's footer names its 违法和不良信息举报
    # hotline, and farms append their spam right under it
    spam = [i for i in text_idx if lines[i].rule == "line.spam.keywords" and sentence_shaped(views[i])]
    if spam and any(lines[i].label in ("body", "title") and holds_guard(views[i]) for i in text_idx):
        for i in spam:
            _set(lines[i], "body", "line.body.text")
    _tables(lines, text_idx, cfg.table_rows)
    # a lesson's new words, each with its reading (爸（bà）　妈（mā）…): a word list, not a menu
    for i in text_idx:
        if lines[i].rule == "line.nav.tokens" and _READING_LIST.fullmatch(lines[i].text.strip()):
            _set(lines[i], "body", "line.body.text")
    # end marks and wire credits close a story only where no text follows: （完） between the items
    # of a roundup is text; 完 over a release's date and time lines closes it
    after_text = False
    for i in reversed(text_idx):
        if lines[i].rule in _CLOSING_MARKS and after_text and "分隔线" not in views[i]:  # DedeCMS's rule
            tail = [j for j in text_idx if j > i and lines[j].label == "body"]
            before = [j for j in text_idx if j < i]
            if (_LATIN_END.fullmatch(views[i]) and len(tail) <= cfg.max_after_end_lines
                    and sum(len(views[j]) for j in tail) <= cfg.max_after_end_chars
                    and not (before and views[before[-1]].endswith(("：", ":", "，", ",")))):  # quoted: 两个单词：
                # a post's —END— (WeChat's) closes it: the few lines under it are the account's
                # (作者简介, 往期推荐), not the story's
                for j in tail:
                    _set(lines[j], "footer", "line.footer.after_end")
                after_text = False
                continue
            _set(lines[i], "body", "line.body.text")
        after_text = after_text or (lines[i].label == "body" and not _closing_names(views[i]))
    # a closing line of names in brackets (（张三 李四）, （心血管内科 王建国）): the byline, not text
    for i in text_idx[-2:]:
        if lines[i].label == "body" and _closing_names(views[i]):
            _set(lines[i], "dateline", "line.dateline.closing_names")
    if fmt == "html":
        # In an extracted article a dateline sits at the top or the bottom; a date in the
        # middle (a table cell, a list of events) is content.
        edge = set(text_idx[:5]) | set(text_idx[-3:])
        for i in text_idx:
            if lines[i].rule == "line.dateline.date" and i not in edge:
                _set(lines[i], "body", "line.body.text")
    # a notice's own event time (时间：10月20日至22日 beside 地点：…, or under …如下：) is its text
    for k, i in enumerate(text_idx):
        if lines[i].label == "dateline" and _EVENT_TIME.match(views[i]) and any(
                lines[j].label == "body" for j in text_idx[:k]):
            near = [views[j] for j in text_idx[max(k - 1, 0):k + 2] if j != i]
            listed = k > 0 and views[text_idx[k - 1]].endswith(("如下：", "如下:", "如下。"))
            if listed or any(_EVENT_PLACE.match(v) for v in near):
                _set(lines[i], "body", "line.body.text")
    # a time alone on the line under the page's dateline, whose byline fields end in a date without
    # one (a dump split the spans of 来源：X 作者：Y 2024-03-04 | 08:12), above the story: its time (on
    # a page with no other time alone on a line: a live blog's first entry is no dateline's time)
    head = next((k for k, i in enumerate(text_idx) if lines[i].label == "dateline"), None)
    if head is not None and head + 1 < len(text_idx):
        a, b = text_idx[head], text_idx[head + 1]
        if (lines[b].label == "body" and _BARE_TIME.fullmatch(views[b]) and _DATE_NO_TIME.search(views[a])
                and _FIELD_LABEL.search(views[a]) and not any(_paragraph(lines[j], views[j]) for j in text_idx[:head])
                and sum(_BARE_TIME.fullmatch(views[j]) is not None for j in text_idx) == 1):  # a live blog's times
            _set(lines[b], "dateline", "line.dateline.time_after_date")
    # a government page's open-information header is a block of such fields (索引号, 主题分类,
    # 成文日期): one field alone (服务对象：…, 生效日期：… in a notice) is the notice's text
    k = 0
    while k < len(text_idx):
        if lines[text_idx[k]].rule != "line.dateline.gov_fields":
            k += 1
            continue
        end = k
        values: list[int] = []  # a table's cells: the label alone, its value on the next line
        while end + 1 < len(text_idx):
            nxt = text_idx[end + 1]
            if lines[nxt].rule == "line.dateline.gov_fields" or _GOV_DATE.match(views[nxt]):
                end += 1
            elif (views[text_idx[end]].endswith((":", "：")) and lines[nxt].label == "body"
                  and len(views[nxt]) <= _GOV_VALUE_CHARS and not sentence_punct(views[nxt])):
                values.append(nxt)
                end += 1
            else:
                break
        if values and values[-1] == text_idx[end] and not any(c.isdigit() for c in views[text_idx[end]]):
            values.pop()  # a line after the table's last, empty label is the text below it (主题词： / 检查对象和范围)
            end -= 1
        block = text_idx[k:end + 1]
        if len(block) - len(values) < 2 or not any(_GOV_KEY.match(views[i]) for i in block):
            for i in block:
                if lines[i].rule == "line.dateline.gov_fields":
                    _set(lines[i], "body", "line.body.text")
        else:
            for i in values:
                _set(lines[i], "dateline", "line.dateline.gov_fields")
        k = end + 1
    # captions: the line after a photo marker; or the one above it, when that one is a short
    # unpunctuated line that describes a picture and the one after is prose of two sentences (a
    # caption printed first)
    if applies("line.caption.after_marker", fmt):
        above: list[int] = []  # short lines printed above a marker with prose after it
        cued = False
        for k, (a, b) in enumerate(pairwise(text_idx)):
            if lines[a].label != "photo_marker" or lines[b].label != "body":
                continue
            first = text_idx[k - 1] if k > 0 else -1
            if len(views[b]) >= _PROSE_AFTER_MARKER and (
                    len(_SENTENCE_END.findall(views[b])) >= 2 or (
                        len(views[b]) >= 1.5 * _PROSE_AFTER_MARKER and len(_CLAUSE_MARKS.findall(views[b])) >= 2)):
                if (first >= 0 and lines[first].label == "body" and len(views[first]) <= cfg.max_caption_chars
                        and not sentence_punct(views[first])):
                    above.append(first)
                    cued = cued or _CAPTION_CUE.search(views[first]) is not None
            elif len(views[b]) <= cfg.max_caption_chars:
                _set(lines[b], "caption", "line.caption.after_marker")
        # the page prints captions above its markers when one of those lines describes a picture
        # (观众在展厅参观); then, in a numbered gallery (1, 2, 3), the others are captions too
        # (宋代青白釉瓷瓶); a subhead over a [图片] slot stays one
        numbered = sum(views[i].isdigit() for i in text_idx if lines[i].label == "photo_marker")
        for i in above if cued else []:
            if numbered >= 2 or _CAPTION_CUE.search(views[i]):
                _set(lines[i], "caption", "line.caption.after_marker")
    # an event's sponsors (主办单位：X, 主办：X 承办：Y) are a notice's text between its sentences;
    # a site's when a footer line is beside them
    for k, i in enumerate(text_idx):
        if not _SPONSOR_LINE.match(views[i]):
            continue
        footer = any(lines[j].label == "footer" and not _SPONSOR_LINE.match(views[j])
                     for j in text_idx[max(k - 1, 0):k + 2] if j != i)
        if lines[i].label == "body" and footer and _SPONSOR_PAIR.match(views[i]):
            _set(lines[i], "footer", "line.footer.site_info")
        elif (lines[i].rule == "line.footer.site_info" and not footer
              and all(any(lines[j].label == "body" and _SENTENCE_END.search(views[j]) for j in side)
                      for side in (text_idx[k + 1:k + 4], text_idx[:k]))):
            _set(lines[i], "body", "line.body.text")
    # a list's heading word alone (热搜榜, 大家都在搜) over a sentence is the story's subhead
    for k, i in enumerate(text_idx[:-1]):
        if (lines[i].rule == "line.nav.link_list" and not any(c in views[i] for c in ":：")
                and lines[text_idx[k + 1]].label == "body" and _SENTENCE_END.search(views[text_idx[k + 1]])
                and len(views[text_idx[k + 1]]) >= _LEAD_IN_CHARS * 2):
            _set(lines[i], "body", "line.body.text")
    # a path through an app's menus after a sentence leading in to it (依次点击：/ 首页 → 我的 → 设置)
    for k, i in enumerate(text_idx):
        if (k > 0 and lines[i].label == "breadcrumb" and lines[text_idx[k - 1]].label == "body"
                and views[text_idx[k - 1]].endswith(("：", ":")) and len(views[text_idx[k - 1]]) >= _LEAD_IN_CHARS
                and not _WHERE_YOU_ARE.search(views[text_idx[k - 1]])):
            _set(lines[i], "body", "line.body.text")
    # a report widget's reasons (疑似抄袭, 与事实不符) come as a list: one alone is a story's subhead
    for k, i in enumerate(text_idx):
        if lines[i].rule == "line.widget.player" and views[i].rstrip(".。… ") in _REPORT_REASONS:
            near = [views[j].rstrip(".。… ") for j in text_idx[max(k - 1, 0):k + 2] if j != i]
            if not any(v in _REPORT_REASONS or v in _REPORT_CUES for v in near):
                _set(lines[i], "body", "line.body.text")
    # a rule of asterisks between two paragraphs is a scene break, the text's own
    for k, i in enumerate(text_idx):
        if lines[i].rule == "line.nav.rule" and 0 < k < len(text_idx) - 1 and all(
                _paragraph(lines[j], views[j]) for j in (text_idx[k - 1], text_idx[k + 1])):
            _set(lines[i], "body", "line.body.text")
    # a comment section: under its heading, every text line, when two lines show comments' marks
    # (a body line's mark: a dated source line is no comment's stamp); the section ends with the
    # comment after its last stamp (a story quoting comments goes on, an article follows a sidebar box)
    head = next((k for k, i in enumerate(text_idx) if lines[i].label == "comment_header"), None)
    if head is not None:
        _comments(lines, views, text_idx, head)
    # a ranking under a related header (24小时热门 / 1 / headline / 2 / …) numbers its items: the
    # numbers are no photo slots and the headlines no captions
    for k, i in enumerate(text_idx):
        if lines[i].label != "related_header":
            continue
        for j in text_idx[k + 1:]:
            if not ((lines[j].label == "photo_marker" and views[j].isdigit())
                    or lines[j].rule == "line.caption.after_marker"):
                break
            _set(lines[j], "body", "line.body.text")
    # related lists: short lines after a related header, up to the next long text line;
    # footer tail: short unpunctuated lines after a footer line (contacts, site codes)
    # (a related run ends at the line right above a dateline: that is the story's headline, under
    # a ranking sidebar that a text dump printed above it)
    next_line = dict(pairwise(text_idx))
    _run_after(lines, text_idx, "related_header", "related_item", "line.related.item",
               lambda i: _short_text(views[i], cfg.max_related_chars)
               and not (i in next_line and lines[next_line[i]].label == "dateline"))
    _run_after(lines, text_idx, "footer", "footer", "line.footer.tail",
               lambda i: len(views[i]) <= cfg.max_related_chars and not sentence_punct(views[i]))
    # teasers after the story's closing editor line, with no related header (it was an image or
    # a tab): bulleted short lines, each a headline (an editor line above the story's first
    # paragraph closes nothing: the key points under it are the story's)
    opening = next((i for i in text_idx if _paragraph(lines[i], views[i])), None)
    closing = [i for i in text_idx if opening is not None and i > opening]
    _run_after(lines, closing, "editor", "related_item", "line.related.after_editor",
               lambda i: _BULLETED.match(views[i]) is not None and len(views[i]) <= cfg.max_related_chars
               and not _SENTENCE_END.search(views[i]))
    if applies("line.body.repeat", fmt):
        _repeats(lines, views, text_idx, fmt)
    # a not-found message near the top of a page with no dateline, and a sentence or two after it
    # explaining it: the page has no article (a brief quoting the message has its dateline)
    dated = any(lines[i].label == "dateline" for i in text_idx)
    for k, i in enumerate(text_idx):
        # a story quoting the message it met (页面显示：/ 对不起，您要找的页面不存在)
        if (dated and k > 0 and lines[i].rule == "line.nav.error_page"
                and views[text_idx[k - 1]].rstrip().endswith((":", "：", "显示", "提示"))
                and lines[text_idx[k - 1]].label == "body"):
            _set(lines[i], "body", "line.body.text")
    error = next((k for k, i in enumerate(text_idx) if lines[i].rule == "line.nav.error_page"), None)
    if error is not None and error < _ERROR_PAGE_TOP and not any(lines[i].label == "dateline" for i in text_idx):
        after = [i for i in text_idx[error + 1:] if lines[i].label == "body"]
        if sum(len(views[i]) for i in after) <= cfg.error_page_body_chars:
            for i in after:
                _set(lines[i], "navigation", "line.nav.error_page")
    # a list of teasers (search results): every body line cut short with an ellipsis, between the
    # results' link-and-date lines (an essay's paragraphs may all trail off). Only where an extractor chose the block: a
    # plain-text corpus keeps a company site's teasers as the text it has
    body = [i for i in text_idx if lines[i].label == "body"]
    results = any(lines[i].rule == "line.nav.result_source" for i in text_idx)
    if applies("line.related.teasers", fmt) and results and len(body) >= cfg.teaser_run and all(
            _TEASER_END.search(views[i]) for i in body):
        for i in body:
            _set(lines[i], "related_item", "line.related.teasers")
    # headline: the last text line above the first dateline, if only chrome-like short lines
    # come before it (a date inside the article is not a dateline's headline)
    title = None
    datelines = [i for i in text_idx if lines[i].label == "dateline"]
    if datelines and applies("line.title.before_dateline", fmt):
        above = [i for i in text_idx if i < datelines[0] and lines[i].label == "body"]
        # (a label ending in a colon above it is a sidebar's heading, 热搜：, not the story's text)
        if above and _headline(views[above[-1]], cfg.max_title_chars) and all(
                _headline(views[i], cfg.max_title_chars) or views[i].endswith(("：", ":")) for i in above):
            title = above[-1]
            if len(above) > 1 and views[title].startswith(("—", "－－", "--")):
                _set(lines[title], "title", "line.title.subtitle")  # ——记… under the headline
                title = above[-2]
            elif len(above) > 1 and _bare_name(views[title]) and (
                    _SELF_MEDIA_TIME.search(views[datelines[0]]) or cjk_count(views[above[-2]]) >= _HEADLINE_CJK):
                # a self-media layout puts the writer's name alone between headline and time
                _set(lines[title], "dateline", "line.dateline.author_name")
                title = above[-2]
            elif (len(above) > 1 and _SELF_MEDIA_ACCOUNT.search(views[datelines[0]])
                  and len(views[title]) <= _ACCOUNT_NAME_CHARS and views[title] in views[datelines[0]]
                  and cjk_count(views[above[-2]]) >= _HEADLINE_CJK):
                # ... or the account's name, when the time line describes that account (百家号:
                # 江城日报 / 2024-03-05 10:21湖北江城日报社官方帐号)
                _set(lines[title], "dateline", "line.dateline.account")
                title = above[-2]
            _set(lines[title], "title", "line.title.before_dateline")
    # Without a dateline, a headline is only guessed on a page that shows chrome (menus, share
    # buttons, footers...): bare text has no headline to find, and restoring twice must be a no-op.
    # End marks and wire credits do not make a bare text a page with chrome (a poem ending in
    # （完） has no menu to find)
    chrome = any(ln.label not in ("blank", "body", "spam") and ln.rule not in _CLOSING_MARKS for ln in lines)
    # a signed notice (its date kept as text, no dateline) whose first line names a notice (停水通知,
    # 关于…的公告) has that headline; a greeting or a document number first (各位业主, 城安委〔2024〕12号) is none
    body = [i for i in text_idx if lines[i].label == "body"]
    signed = bool(body) and any(ln.rule == "line.body.signature" for ln in lines) and (
        _NOTICE_HEADLINE.search(views[body[0]]) is not None)
    if (title is None and (chrome or signed) and applies("line.title.first_text", fmt) and body
            and _headline(views[body[0]], cfg.max_title_chars) and cjk_count(views[body[0]]) >= 4 and (
                len(body) == 1 or not _short_text(views[body[1]], cfg.nav_line_chars))):
        title = body[0]
        _set(lines[title], "title", "line.title.first_text")
    if title is not None:
        for i in text_idx:
            if i >= title:
                break
            if lines[i].label == "body":
                _set(lines[i], "navigation", "line.nav.before_title")
        if applies("line.title.repeat", fmt) and len(key := _headline_key(views[title])) >= _HEADLINE_CJK:
            # the first body line, or a later one opening the page's second copy (the first body
            # line follows it again): an essay's closing line or a song's refrain may be its title
            after = [i for i in text_idx if i > title and lines[i].label in ("body", "duplicate")]
            opening = next((i for i in after if _headline_key(views[i]) != key), -1)
            for k, i in enumerate(after):
                if lines[i].label == "body" and _headline_key(views[i]) == key and (
                        k == 0 or (opening >= 0 and k + 1 < len(after) and views[after[k + 1]] == views[opening])):
                    _set(lines[i], "title", "line.title.repeat")
    # menus: runs of short body lines without sentence punctuation (lines with other labels
    # between them do not break a run, so the result is the same once they are removed, but a
    # photo caption does: a photo essay's short lines between captions are no menu), on pages
    # that show other chrome: a clean text's heading block is not a menu
    if not applies("line.nav.short_run", fmt) or not chrome:
        return
    run: list[int] = []
    for i in [*(j for j in text_idx if lines[j].label in ("body", "caption")), -1]:
        if (i >= 0 and lines[i].label == "body" and lines[i].rule != "line.body.table"
                and len(views[i]) <= cfg.nav_line_chars and not sentence_punct(views[i])):
            run.append(i)
            continue
        if len(run) >= cfg.nav_run and not _article_list(run, lines, views, text_idx):
            for j in run:
                _set(lines[j], "navigation", "line.nav.short_run")
        run = []
