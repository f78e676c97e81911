"""Article metadata from an HTML page: title, published, author, source, editor, keywords.

Every value is a :class:`MetaField` that says where it came from (``meta[og:title]``,
``json-ld``, ``h1``, ``title-tag``, ``dateline``, ``byline``, ``url`` …), because a
wrong date from a page header and a right one from the dateline look the same once
they are strings.

Order of trust, from what the evaluation sets showed and what templates do:

* title: an ``<h1>``/``<h2>`` that the ``<title>``/og:title confirms, else og:title,
  else ``<title>``, each minus its site suffix (``rules/html_title.tsv``).
* published: explicit publication meta/JSON-LD/``<time>``, else a dateline next to the
  title or the first lines of the article (labelled ``发布时间`` first), else the URL,
  else a generic ``date``/modified meta, else a publish timestamp in the page's script
  (WeChat's ``var ct``). Never the page's "today" banner: only the title's
  neighbourhood is searched. A document's own signature date (落款: an issuer line,
  then a bare date, at the article's start or end) overrides a later portal date.
* author: a labelled byline next to the title or in the first/last short lines of the
  article (``rules/html_byline.tsv``; two consecutive byline lines are one team), a
  forum/blog post's signature line ("本贴由X于…发表", "由X张贴"), else a person-like
  meta/JSON-LD author, else a bare name line, else the signature's issuer or a
  ``来源`` that names a person.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from zhengben.meta.dates import UPDATE_LABEL, all_dates, parse_date
from zhengben.meta.names import COMPOUND_SURNAMES, SURNAMES, without_place
from zhengben.readers.html_rules import byline_labels, title_separators
from zhengben.repair.script import converter
from zhengben.rules import load_table
from zhengben.rules.prefilter import LiteralFilter
from zhengben.score.vocab import term_forms
from zhengben.text import cjk_count, collapse_spaces, fold_label_marks, split_keywords

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser
    from selectolax.lexbor import LexborNode as Node

    from zhengben.readers.html import Block

__all__ = ["CHINESE_PAGE_CJK", "MetaField", "PageFields", "PageMeta", "beijing_time", "extract_meta", "site_region"]


@dataclass(frozen=True)
class MetaField:
    """A metadata value and where it was found (e.g. ``meta[og:title]``, ``dateline``)."""

    value: str
    origin: str


# a page whose first article blocks hold this many ideographs is a Chinese page: its UTC times
# are given in the publisher's zone (UTC+8 in mainland China, Taiwan, Hong Kong, Macau, Singapore)
CHINESE_PAGE_CJK = 20
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\+00:00)")
_UTC8 = timezone(timedelta(hours=8))
_KANA = re.compile("[\u3041-\u30ff]")


def beijing_time(field: MetaField) -> MetaField:
    """A UTC time (``…T16:30:00Z``, from JSON-LD or ``<time datetime>``) as the same instant in
    UTC+8, so that its day is the day the page shows (00:30 on the 6th, not 16:30 on the 5th).

    >>> beijing_time(MetaField("2023-10-05T16:30:00.000Z", "time[datetime]"))
    MetaField(value='2023-10-06T00:30:00+08:00', origin='time[datetime]+utc8')
    """
    if not _UTC_TIME.fullmatch(field.value):
        return field
    moment = datetime.fromisoformat(field.value.replace("Z", "+00:00")).astimezone(_UTC8)
    return MetaField(moment.replace(microsecond=0).isoformat(), f"{field.origin}+utc8")


PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "pubdate",
    "pub_date", "publication_date", "og:release_date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "weibo:article:create_at",
    "article:published", "apub:time", "firstpublishedtime", "releasedate", "createdate",
    "datecreated", "dc.date.created",
)
GENERIC_DATE_KEYS = ("dc.date", "date", "article:modified_time", "og:updated_time", "lastmodified", "datemodified",
                     "dateupdate")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "byline", "sailthru.author", "parsely-author",
               "twitter:creator", "og:article:author", "article:author_name")
SOURCE_KEYS = ("source", "og:site_name", "article:publisher", "mediaid")
# (ArticleTitle: the TRS CMS of government sites, whose <title> is a breadcrumb)
TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title", "headline", "articletitle")

_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[0-9A-Za-z]+")
_NOT_KEY = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff0-9A-Za-z]+")
# (a bare 时间/日期 labels a dateline; 北京时间 in a sentence, an event's 活动时间 or 截止日期 does not)
_NOT_PUBLISHED = "".join(f"(?<!{w})" for w in (
    "北京", "活动", "活動", "会议", "會議", "比赛", "比賽", "报名", "報名", "截止", "开幕", "開幕",
    "举办", "舉辦", "演出", "考试", "考試", "开奖", "開獎", "当地", "當地", "美东", "美東"))
_DATE_LABEL = re.compile(
    r"(发布时间|發佈時間|發布時間|发表时间|發表時間|发表于|發表於|发布日期|發佈日期|發布日期|刊发时间|刊發時間|"
    rf"出版日期|{_NOT_PUBLISHED}(?:时间|時間|日期)|Posted|Published|由\S{{1,20}}[于於])\s*[:：]?\s*$",
)
# a name: two to eight ideographs, or longer with a middle dot (Uyghur and Kazakh names:
# 热依拉·迪力木拉提, 阿不都热合曼·吐尔逊)
_NAME = r"(?:[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff·•]{1,14}|[\u4e00-\u9fff·•&]{2,10})"
_NAMES = re.compile(
    rf"^(?:{_NAME}(?:[ \u3000、，,]+{_NAME}){{0,4}}(?:\s*[(（][A-Za-z .]{{2,30}}[)）])?"
    r"|[A-Za-z][A-Za-z0-9_.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3})"
)
_NAME_STOP = re.compile(
    r"(报道|報導|报导|報道|翻摄|翻攝|摄影|攝影|摄|攝|发自|發自|通讯员|通訊員|实习生|實習生|编辑|編輯|来源|來源|综合|綜合|"
    r"整理|日电|日電|专电|專電|电$|等$|供图|供圖|发表|發表|阅读|閱讀|评论|評論|时间|時間|日期|出自|"
    r"单位|單位|访问|訪問|统计|統計|联系|聯繫|发布|發佈|發布|更新|整合|"
    # an empty field followed by the next label ("作者：责任编辑：X") is no name
    r"责任|責任|审核|審核|校对|校對|责编|責編|主编|主編)"
)
_REPORTED = ("报道", "報導", "报导", "報道")
_NOT_PERSON = re.compile(
    r"(网|網|报|報|社|站|台|刊|新闻|新聞|中心|编辑部|編輯部|公司|集团|集團|日报|官方|频道|頻道|客户端|"
    r"https?:|www\.|\.com|\.net|\.cn\b|\.org|admin|佚名|未知|匿名|unknown|简介|簡介|训练|訓練|营$|營$|无内容|無內容|discuz|powered|"
    r"最新|文章|财经|財經|自媒体|自媒體|综合|綜合|消息|讯|訊|管理员|管理員|贡献者|貢獻者|contributors|赞赏|讚賞|喜欢|喜歡|关注|關注|^\d+$|"
    # page controls and a dispatch dateline put where a name belongs ("文字大小", "澎湖縣28日電")
    r"文字|字号|字號|字体|字體|大小|列印|打印|分享|收藏|登入|登录|登錄|注册|註冊|搜索|搜尋|\d{1,2}日(?:电|電)|"
    # a paywall or serial marker in brackets where a byline would close the story: （節錄）
    r"节录|節錄|摘录|摘錄|待续|待續|未完|全文|此件|公开发布|公開發佈|"
    r"游客|遊客|市民|读者|讀者|网友|網友|用户|用戶|匿名|"
    # a picture note in brackets (（资料图）, （受访者供图）), a CMS's placeholder (小编, 秩名)
    r"资料图|資料圖|示意图|示意圖|效果图|效果圖|组图|組圖|宣传图|宣傳圖|图集|圖集|组照|組照|图片|圖片|截图|截圖|供图|供圖|"
    r"受访者|受訪者|视频|視頻|小编|小編|秩名|转载|轉載|"
    r"webmaster|本站|"
    # a channel's name alone under the headline (时政, 文化)
    r"^(?:时政|時政|文化|房产|房產|文体|文體|教育|科技|体育|體育|娱乐|娛樂|健康|军事|軍事|国际|國際|国内|國內|社会|社會|"
    r"法治|生活|旅游|旅遊|汽车|汽車|美食|时尚|時尚|评论|評論|要闻|要聞|本地|民生|专题|專題)$|"
    # a disclaimer or reprint notice that names the author's role ("本文仅代表作者观点", "作者本人",
    # "经作者授权转载", "版权归作者所有")
    r"观点|觀點|本人|授权|授權|立场|立場|独立|獨立|所有|个人|個人|声明|聲明|版权|版權|"
    # ... or a platform's note on who posted it ("本文为看点作者上传", "头条号作者原创", "支持作者持续创作")
    r"上传|上傳|原创|原創|创作|創作|"
    # a clause, not a name: "记者获悉", "记者了解到", "记者的接触中"
    r"^(?:获悉|獲悉|了解|看到|注意|发现|發現|采访|採訪|走访|走訪|来到|來到|近日|日前|昨天|今天|今日|从|從|在|对|對|"
    # ... or a reporter's or writer's verb: "记者调查发现", "记者留意到", "作者认为", "通讯作者介绍"
    r"调查|調查|留意|实地|實地|查询|查詢|暗访|暗訪|观察|觀察|随机|隨機|认为|認為|表示|介绍|介紹|指出|坦言|透露|"
    r"强调|強調|提到|写道|寫道|说|說|称|稱|发布|發佈|發布|统计|統計|梳理|联系|聯繫|致电|致電|翻阅|翻閱|"
    r"向|与|與|和|的|了|也|还|還|又|就|都|将|將|已|曾|是|被|把|随|隨|跟|据|據|于|於|即|则|則|并|並|而|但|或|这|這|"
    r"那|该|該|其|一|多|每|有|无|無|不|所|为|為|以|后|後|前|现|現|再|又|亦))",
    re.IGNORECASE,
)


# an outlet's short name written before its writer's (文｜财新 张而弛, 界面新闻记者 X)
_OUTLET_WORD = re.compile(r"财新|財新|财新周刊|財新周刊|界面|界面新闻|澎湃|澎湃新闻|封面|红星|紅星|南都|北青|九派|上游|"
                          r"观察者|觀察者|极目|極目|潮新闻|大象|新京报|新京報|第一财经|第一財經|每经|每經|华商|華商")
# a role before a name in a meta or JSON-LD author ("記者王小明", "本报记者 X")
_ROLE_PREFIX = re.compile(r"^(?:本报|本報)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者)\s*(?=[\u4e00-\u9fff]{2,4}$)")
# an editor's label in a meta value: the name after it is the editor's
_EDITOR_LABEL = re.compile(r"^(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]?\s*([\u4e00-\u9fff·]{2,8})$")
_REPORT_END = re.compile(r"[／/]\s*[\u4e00-\u9fff]{0,4}(?:报道|報導|报导|報道)$")
# ... or any outlet's name, by its ending (钱江晚报, 論盡媒體, 轉角國際), when a person's name follows
_OUTLET_SHAPE = re.compile(r"(?:报|報|网|網|媒体|媒體|传媒|傳媒|新闻|新聞|国际|國際|周刊|週刊|杂志|雜誌|"
                           r"电视台|電視台|时报|時報)$")
_NEXT_LABEL = re.compile(r"(?:\s+|[，,；;])[^\s:：，,|｜]{1,4}[:：|｜]"
                         # a counter's or field's span glued on with no space (王明浏览：88)
                         r"|(?=(?:浏览|瀏覽|人气|人氣|点击|點擊|阅读|閱讀|热度|熱度|来源|來源|责任编辑|責任編輯|编辑|編輯"
                         r"|时间|時間|发布|發佈|發布)(?:量|数|數|次数|次數)?\s*[:：])")
# what a credit line says its names did (（宣传部 供稿）): a role, not a name
_ROLE_WORDS = frozenset({"供稿", "提供", "整理", "撰稿", "编辑", "編輯", "报道", "報道", "报导", "報導", "摄影", "攝影",
                         "采写", "採寫", "供图", "供圖", "撰文", "编译", "編譯", "校对", "校對", "审核", "審核"})
# surnames that are also clause-opening words (于 "at", 曾 "once", 向 "towards")
_CLAUSE_SURNAMES = frozenset("于曾向")
_INNER_LABEL = re.compile(
    r"(?<=[\u4e00-\u9fff][\s、，,])\s*(?:本报|本報|(?![\u4e00-\u9fff]{0,4}(?:摄|攝))[\u4e00-\u9fff]{2,6}?"
    r"(?=(?:实习|實習|见习|見習|特约|特約)?(?:记者|記者|实习生|實習生)))?"
    r"(?:实习|實習|见习|見習|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*(?=[\u4e00-\u9fff]{2,4})"
)
# a role label a name list opens with after 作者： ("作者：记者 X 实习生 Y", "作者：南方周末记者 X")
_LEAD_LABEL = re.compile(r"^(?:(?![\u4e00-\u9fff]{0,4}(?:摄|攝))[\u4e00-\u9fff]{2,6}?)?(?:本报|本報)?"
                         r"(?:实习|實習|见习|見習|特约|特約)?(?:记者|記者)"
                         r"\s*(?=[\u4e00-\u9fff]{2,4})")


def _organisation(kind: Any) -> bool:
    """A schema.org type (or list of types) for an organisation: ``Organization`` and its subtypes
    (``NewsMediaOrganization``, ``Corporation``, ``GovernmentOrganization``, ``NGO``)."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith("Organization") or k in ("Corporation", "NGO")) for k in kinds)


# a two-character name padded to line up with three-character ones (本报记者　王　浩, 陈 晨)
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def _unpad(raw: str) -> str:
    """``王　浩`` → ``王浩`` where a surname and one more ideograph stand alone; ``王浩 李刚`` stays."""
    return _PADDED.sub(lambda m: m.group(1) + m.group(2) if m.group(1) in SURNAMES else m.group(0), raw)


def _clean_name(raw: str) -> str | None:
    """The person name(s) at the start of ``raw`` (after a byline label), or None."""
    raw = _unpad(raw.lstrip(" \u3000:：（(【["))
    raw = _LEAD_LABEL.sub("", raw, 1)
    # "宪瑞  人气：1234", "林艺，题图来自：…", "周涛　点击：" (a count a script fills): the next label ends the names
    raw = _NEXT_LABEL.split(raw, 1)[0].rstrip(" \u3000:：（(【[")
    # "李明 通讯员 王芳": a second label inside one byline joins its names to the list
    raw = _INNER_LABEL.sub("", raw)
    m = _NAMES.match(raw)
    if not m:
        return None
    names = m.group(0)
    if raw[m.end():m.end() + 1] in {"=", "@", "."}:
        return None  # attribute debris (size="20"), e-mail addresses
    dispatch = re.match(r"\d{1,2}日(?:電|电|專電|专电)", raw[m.end():])
    if dispatch:  # "記者陳家倫台北3日電", "記者王小明、李大華台北6日電": the last name, then the place
        head, sep, last = names.rpartition("、")
        if re.fullmatch(r"[\u4e00-\u9fff]{5,6}", last):
            names = head + sep + last[:3]
    stop = _NAME_STOP.search(names)
    if stop:
        names = names[: stop.start()]
        if stop.group(0) in _REPORTED:
            names = without_place(names)
            if re.fullmatch(r"[\u4e00-\u9fff]{4}", names) and names[:2] not in COMPOUND_SURNAMES:
                return None  # "記者李明大坪報道": a name and a place glued, no known place to cut at
    parts = [p for p in re.split(r"[ \u3000、，,]+", names) if p]
    if stop and stop.group(0) in {"报道", "報導", "报导"} and len(parts) > 1 and not names[-1:].isspace():
        parts = parts[:-1]  # "彭冲 山东冠县报道": the last word is the place
    while len(parts) > 1 and (_OUTLET_WORD.fullmatch(parts[0]) or (
            _OUTLET_SHAPE.search(parts[0]) and _is_person(parts[1]))):
        names = names[names.find(parts[0]) + len(parts[0]):]
        parts = parts[1:]  # "文｜财新 张而弛", "文／轉角國際 張鎮宏": the outlet before its writer
    if not parts:
        return None
    out: list[str] = []
    # "于文凯", "曾伟" alone on a byline are names; "于3日", "曾表示，" after 记者 are clauses
    tail = raw[m.end():m.end() + 1]
    isolated = not tail or not (_is_cjk(tail) or tail.isalnum() or tail in "，,、。“‘「『《\"")  # 从省“扫黄打非”办
    for p in parts:
        if re.fullmatch(r"[\u4e00-\u9fff·•&]+", p):
            if len(p) < 2 or (len(p) > 4 and not any(c in p for c in "·•&")) or p in _ROLE_WORDS:
                break
            hit = _NOT_PERSON.search(p)
            # a pen name opening with a clause word's character (随心, 和风), the only name after its
            # label, is a name; "记者获悉…" runs on into its sentence, and 每经 after a name is an outlet
            if hit and not (len(p) <= 3 and isolated and (
                    p[0] in _CLAUSE_SURNAMES or (hit.span() == (0, 1) and len(parts) == 1))):
                break
        out.append(p)
    if not out:
        return None
    # keep the page's own separators ("赵延东、风笑天"), up to the last accepted name
    end = names.find(out[-1], sum(len(p) for p in out[:-1])) + len(out[-1])
    value = re.sub(r"[ \u3000]+", " ", names[:end].strip()) if end > 0 else " ".join(out)
    if value.isascii() and _NOT_PERSON.search(value):
        return None  # a CMS's account name where a writer's belongs (admin, webmaster)
    # "樊亮 张明超 记者惠禾": a second label inside the list is not part of a name
    return _INNER_LABEL.sub("", value).strip() or None


@dataclass(kw_only=True)
class PageFields:
    """The article's metadata fields, each with its origin: what PageMeta finds and HtmlArticle carries."""

    title: MetaField | None = None
    published: MetaField | None = None
    author: MetaField | None = None
    source: MetaField | None = None
    editor: MetaField | None = None
    keywords: list[str] = field(default_factory=list)

    def take_fields(self, other: PageFields) -> None:
        """Copy every metadata field from ``other``."""
        for f in fields(PageFields):
            setattr(self, f.name, getattr(other, f.name))


@dataclass
class PageMeta(PageFields):
    """Metadata gathered from the head, then completed from the body's blocks."""

    url: str | None
    metas: dict[str, str]
    jsonld: list[dict[str, Any]]
    title_tag: str | None
    headings: list[str]
    time_tags: list[str]
    script_time: str | None = None
    # the page's region writes day/month/year (``<html lang="zh-HK">``, a .hk/.sg/.my/.fr host):
    # a slashed date whose day could be a month is read that way
    day_first: bool = False
    # the parsed page, for the author elements looked up only when no byline text names one
    tree: LexborHTMLParser | None = None
    _title_idx: int = -1
    _first_idx: int = -1
    # the region's lines between the headline and the story (a dateline's own place)
    _under: list[str] = field(default_factory=list)
    # the UTC time is the story's as stated: the page shows its UTC day (an outlet west of UTC+8)
    _utc_shown: bool = False

    @property
    def title_text(self) -> str | None:
        return self.title.value if self.title else None

    # ------------------------------------------------------------------ title
    def find_title(self) -> None:
        split, blog = title_separators(), title_separators(1)
        candidates: list[tuple[str, str]] = []
        for key in TITLE_KEYS:
            if self.metas.get(key):
                # (a CMS field may hold the markup its editor typed: 标题<div>——副题</div>)
                value = self.metas[key]
                candidates.append((_MARKUP.sub("", value) if key == "articletitle" else value, f"meta[{key}]"))
        for obj in self.jsonld:
            if isinstance(obj.get("headline"), str):
                candidates.append((obj["headline"], "json-ld"))
        tag = (self.title_tag or "").strip()
        # (a <title> that is the site's name alone, <title>澳門日報</title>, names no story)
        # (or named like a site, 浙江日报, where the page has a heading that is not: a story may be
        # titled 织密民生保障网 where nothing else names it)
        site_only = tag in self._own_names() or _regional_outlet_name(tag) or (
            len(tag) <= _SITE_TITLE_CHARS and _SITE_NAME_SHAPE.fullmatch(tag) is not None
            and any(_cjk_count(h) >= 6 and not _SITE_NAME_SHAPE.fullmatch(h) for h in self.headings[:1]))
        if self.title_tag and tag and not _GENERIC_TITLE.fullmatch(tag) and not site_only:
            candidates.append((self.title_tag, "title-tag"))
        # "标题_副题 @ 博客 :: 平台": before a blog separator is the whole title, underscores and all
        titles = [blog.split(text, maxsplit=1)[0].strip() for text, _ in candidates]
        # (a CMS's own ArticleTitle field holds the headline alone, its subtitle's dash included)
        segments = [[t] if t != c[0] or c[1] == "meta[articletitle]"
                    else [s.strip() for s in split.split(t) if s and s.strip()]
                    for t, c in zip(titles, candidates, strict=True)]
        keys = [_key(t) for t in titles]
        # a heading that is only the site's name (the <title>'s last segment, shorter than its
        # first and named like a site: 标题_华夏资讯网) confirms no headline; a column's or a site's
        # name first (法国报纸摘要 - 标题, 江城市人民政府门户网站 - 标题) leaves the headline last
        own = self._own_names()
        suffixes = {_key(segs[-1]) for segs in segments if len(segs) > 1 and len(segs[-1]) < len(segs[0])
                    and (segs[-1] in own or _SITE_NAME_SHAPE.fullmatch(segs[-1]))}
        # A heading the <title> holds is the headline; of several, the one holding its first
        # segment (before a —— subtitle: 奋斗者的春天——记…) wins: a blog's name in the page header's
        # <h1> is a <title> segment too (标题 - 码农老李 - 博客园), as is an agency's name in a footer
        # heading. Else the longest: a site's name in a logo heading is shorter than the headline.
        named = [h for h in self.headings if len(_key(h)) >= 4 and any(_key(h) in k for k in keys)
                 and _key(h) not in suffixes]
        firsts = {_key(re.split("——|--", segs[0])[0]) for segs in segments if len(segs) > 1}
        opening = [h for h in named if any(len(f) >= 4 and f in _key(h) for f in firsts)
                   and h not in own and not _SITE_NAME_SHAPE.fullmatch(h)]
        if opening or named:
            self.title = MetaField(opening[0] if opening else max(named, key=lambda h: len(_key(h))), "h1")
            return
        # a <title> cut short (标题前半…_网站): the heading it opens is the whole headline
        for h in self.headings:
            hk = _key(h)
            for seg in (seg for segs in segments for seg in segs):
                cut = _key(_ELLIPSIS_END.sub("", seg))
                if _ELLIPSIS_END.search(seg) and len(cut) >= _HEADING_PREFIX_MIN and hk.startswith(cut) and hk != cut:
                    self.title = MetaField(h, "h1")
                    return
        # a heading that holds more than its headline (PHPCMS's <h1>标题<br><span>date 来源…</span>):
        # the <title> segment it opens with, wherever the segment stands (spam may come first)
        for h in self.headings:
            hk = _key(h)
            for seg in (seg for segs in segments for seg in segs):
                if (len(_key(seg)) >= _HEADING_PREFIX_MIN and hk.startswith(_key(seg)) and _key(seg) not in suffixes
                        and _DATELINE_REST.search(h, len(seg))):
                    self.title = MetaField(seg, "h1+title-tag")
                    return
        for segs, (_, origin) in zip(segments, candidates, strict=True):
            if not segs:
                continue
            # the title comes first ("标题_频道_网站"); a one-character first segment is debris, and
            # a site's name first ("澳門日報 - 標題", old Founder templates) gives way to the headline
            segs = self._site_last(segs)
            best = next((s for s in segs if len(_key(s)) >= 2), max(segs, key=len))
            if (len(best) <= _SITE_TITLE_CHARS and _SITE_NAME_SHAPE.fullmatch(best)
                    and (heads := [h for h in self.headings[:1] if _cjk_count(h) >= 6
                                   and not _SITE_NAME_SHAPE.fullmatch(h)])):
                # the <title> names the site and its channel (金門日報全球資訊網-地方新聞): the heading
                # is the story's
                self.title = MetaField(heads[0], "h1")
                return
            self.title = MetaField(best, origin)
            return
        if self.headings:
            self.title = MetaField(self.headings[0], "h1")

    def _own_names(self) -> set[str]:
        """The site's names its metadata states (``og:site_name``, ``application-name``)."""
        return {self.metas.get("og:site_name", "").strip(), self.metas.get("application-name", "").strip()} - {""}

    def _site_last(self, segs: list[str]) -> list[str]:
        """``segs`` with a leading site name moved last: the page's own ``og:site_name``, or a
        name shaped like one (澳門日報, 某某新聞網), when a longer segment follows it."""
        if len(segs) < 2:
            return segs
        first, rest = segs[0], segs[1:]
        own = self._own_names()
        longest = max(len(_key(s)) for s in rest)
        if (first in own or _SITE_NAME_SHAPE.fullmatch(first)) and (longest >= max(8, 2 * len(_key(first))) or (
                # a short headline after the site (中国青年网_就业帮扶 一对一), never another site's name
                longest >= max(6, len(_key(first)) + 1)
                and not any(_SITE_NAME_SHAPE.fullmatch(r) or _ORG_END.search(r) for r in rest))):
            return [*rest, first]
        if (len(_key(first)) <= _OUTLET_NAME_CHARS and _OUTLET_WORD_END.search(first)
                and longest > len(_key(first))):
            return [*rest, first]  # a paper's or station's own name first (華僑報 - 標題, 金門日報全球資訊網 - 標題)
        if (len(segs) >= 3 and len(_key(first)) <= _KICKER_CHARS
                and _cjk_count(rest[0]) >= max(8, 2 * len(_key(first)))
                and rest[0] not in own and not _SITE_NAME_SHAPE.fullmatch(rest[0]) and not _ORG_END.search(rest[0])):
            return [*rest, first]  # a column's kicker before the headline (新闻联播｜标题_央视网, 深度｜标题)
        return segs

    def _meta_date(self, keys: Iterable[str]) -> MetaField | None:
        """The first of these <meta> keys whose value parses as a date (compact 20231015221800 too)."""
        for key in keys:
            v = self.metas.get(key)
            if v and _COMPACT_STAMP.fullmatch(v.strip()):
                c = v.strip()
                v = f"{c[:4]}-{c[4:6]}-{c[6:8]}" + (f" {c[8:10]}:{c[10:12]}" if len(c) >= 12 else "")
            parsed = parse_date(v) if v else None
            if parsed:
                return MetaField(parsed[0], f"meta[{key}]")
        return None

    # ------------------------------------------------------------- head-only
    def head_fields(self) -> None:
        self.published = self._meta_date(PUBLISHED_KEYS)
        if self.published is None:
            for obj in self.jsonld:
                for key in ("datePublished", "dateCreated"):
                    v = obj.get(key)
                    parsed = parse_date(v) if isinstance(v, str) else None
                    if parsed:
                        self.published = MetaField(parsed[0], "json-ld")
                        break
                if self.published:
                    break
        if self.published is None:
            for v in self.time_tags:
                parsed = parse_date(v)
                if parsed:
                    self.published = MetaField(parsed[0], "time[datetime]")
                    break
        kw = self.metas.get("keywords") or self.metas.get("news_keywords")
        if kw:
            self.keywords = split_keywords(kw)[:30]
        for key in SOURCE_KEYS:
            v = self.metas.get(key)
            if v and len(v) <= 40 and not v.startswith("http"):
                self.source = MetaField(v.strip(), f"meta[{key}]")
                break

    def _meta_author(self) -> MetaField | None:
        editor = (self.metas.get("editor") or "").strip()
        own = {self.metas.get(k, "").strip() for k in ("og:site_name", "application-name")} - {""}
        for key in AUTHOR_KEYS:
            v = (self.metas.get(key) or "").strip()
            if v == editor or (v in own and not _is_person(v)) or _EDITOR_LABEL.match(v):
                continue  # a CMS that fills "author" with the page's editor (中国日报: both 严玉洁) or its site
            v = _ROLE_PREFIX.sub("", v)
            if key == "byline" and not (_LATIN_NAMES.fullmatch(v) or (_is_person(v) and v[-1] not in _NAMED_BODY_END)):
                continue  # (a byline field holding an agency, a role or a platform: Reuters, 特约撰稿人, 金融界)
            if _REPORT_END.search(v):
                v = _clean_name(v) or ""  # "王小明／台北報導"
            if v and len(v) <= 30 and not _NOT_PERSON.search(v) and not v.startswith("@"):
                return MetaField(v, f"meta[{key}]")
        for obj in self.jsonld:
            a = obj.get("author")
            people = [p for p in (a if isinstance(a, list) else [a])  # an organisation is no author
                      if not (isinstance(p, dict) and _organisation(p.get("@type")))]
            found = [p.get("name") if isinstance(p, dict) else p for p in people]
            found = [_ROLE_PREFIX.sub("", n.strip()) if isinstance(n, str) else n for n in found]
            names = [n.strip() for n in found if isinstance(n, str) and n.strip() and not _NOT_PERSON.search(n)]
            if names:  # every person of an author list, in order ("Jane Smith, John Doe")
                sep = ", " if any(" " in n for n in names) else " "
                return MetaField(sep.join(dict.fromkeys(names)), "json-ld")
        return None

    # -------------------------------------------------------------- body-based
    def complete(self, blocks: list[Block], kept: list[Block]) -> None:
        """Fill published/author/source/editor from datelines and bylines.

        Searched, in this order: the title's neighbourhood (a few blocks before it, up
        to the first lines of the article), then the article's first and last short
        lines plus the few blocks right after it (forum and blog posts put "发表于" and
        the poster there), then the URL and generic meta.
        """
        region = self._region(blocks, kept)
        lo = self._title_idx + 1 if self._title_idx >= 0 else max(0, self._first_idx - 3)
        hi = lo + 2 if self._title_idx >= 0 else max(0, self._first_idx)
        name_lines = [b.text for b in blocks[lo:hi] if b.tag not in {"td", "th", "dd", "dt", "li"}]
        edges = self._edges(blocks, kept)
        if self.published is None:
            self.published = (
                self._dateline(region, labelled_only=True)
                or self._dateline(region)
                or self._dateline(edges, labelled_only=True, origin="dateline-article")
            )
        elif len(self.published.value) == 10:  # a meta date without its time: the visible dateline may hold it
            shown = self._dateline(region, labelled_only=True) or self._dateline(region)
            if shown is not None and len(shown.value) > 10 and shown.value.startswith(self.published.value):
                self.published = shown
        elif self.published.value.endswith(("Z", "+00:00")):
            # a UTC meta whose clock is the visible local dateline's: the site wrote local time and
            # called it UTC (自由時報: pubdate 08:19:35Z beside a shown 08:19), so the shown one holds
            shown = self._dateline(region, labelled_only=True) or self._dateline(region)
            local = shown is not None and len(shown.value) > 16 and not shown.value.endswith(("Z", "+00:00"))
            if shown is not None and local and shown.value[:16] == self.published.value[:16]:
                self.published = MetaField(self.published.value[:19] + shown.value[19:],
                                           f"{self.published.origin}+{shown.origin}")
            else:
                # ... or, on a Chinese page, a local day (a date alone) under the headline that the UTC
                # time falls beside (世界日報 in Los Angeles shows 2024年3月17日 for 01:30Z on the 18th):
                # the day the page shows is the story's (a shown clock would be a local one we cannot
                # place, and a top bar's day above the headline is the reader's: the meta time holds)
                day = self._dateline(self._under, labelled_only=True) or self._dateline(self._under)
                if (day is not None and len(day.value) == 10 and _day_apart(day.value, self.published.value)
                        and day.value != _utc8_day(self.published.value) and _cjk_count(self.title_text or "")):
                    self.published = day
                elif (day is not None and day.value == self.published.value[:10]
                        and day.value != _utc8_day(self.published.value)):
                    # ... or the UTC day itself (BBC in London shows 2024年7月17日 for 20:05Z on the
                    # 17th): the stated instant keeps its zone, not moved to the next day in UTC+8
                    self._utc_shown = True
        if self.published is None and self.url:
            parsed = parse_date(self.url, "url")
            if parsed:
                self.published = MetaField(parsed[0], "url")
        if self.published is None:
            self.published = self._meta_date(GENERIC_DATE_KEYS)
        if self.published is None:
            self.published = self._dateline(edges, origin="dateline-article") or self._year_month(edges)
        if self.published is None and self.script_time is not None:
            self.published = MetaField(self.script_time, "script[publish time]")
        if self.published is None:
            self.published = self._issue_date(blocks)

        start = self._first_idx if self._first_idx >= 0 else 0
        signed = self._signature([b.text for b in kept[-4:]])
        if signed is None:
            signed = self._signature([b.text for b in blocks[max(0, start - 4): start]] + [b.text for b in kept[:8]])
            if signed is not None and signed[1] is not None and self.title is not None and (
                    _key(signed[1].value) == _key(self.title.value)):
                signed = (signed[0], None)  # the headline over a date line (市政府召开防汛工作会 / 2024年3月5日)
        if signed is not None and (self.published is None or (
                signed[0].value <= self.published.value and not self.published.value.startswith(signed[0].value))):
            self.published = signed[0]

        if (self.published is not None and len(self.published.value) == 10 and self.script_time is not None
                and self.script_time.startswith(self.published.value)):
            # a day shown without its time, which the page's script states (var __$pubtime=…)
            self.published = MetaField(self.script_time, "script[publish time]")
        opening = "".join(b.text for b in kept[:12])
        if self.published is not None and not self._utc_shown and cjk_count(opening) >= CHINESE_PAGE_CJK and len(
                _KANA.findall(opening)) * 10 < cjk_count(opening):  # kanji with kana: a Japanese page
            self.published = beijing_time(self.published)

        near = self._bylines(region)
        far = self._bylines(edges)
        self.author = (near.get("author") or far.get("author") or self._class_author(blocks)
                       or self._tail_names(kept) or self._meta_author() or self._name_line(name_lines)
                       or (signed[1] if signed else None))
        self.editor = near.get("editor") or far.get("editor")
        meta_editor = (self.metas.get("editor") or "").strip()
        labelled = _EDITOR_LABEL.match((self.metas.get("author") or "").strip())
        if self.editor is None and labelled:  # <meta name="author" content="责任编辑：赵亮">
            meta_editor = labelled.group(1)
        if self.editor is None and _NAME_ONLY.fullmatch(meta_editor) and not _NOT_PERSON.search(meta_editor):
            self.editor = MetaField(meta_editor, "meta[editor]")
        src = near.get("source") or far.get("source")
        if (self.author is None and self.editor is None and src is not None and _is_person(src.value)
                and src.value not in term_forms("places", "place") and src.value[-1] not in _OUTLET_END):
            # "来源: 尹娟": personal pages and reposts name the writer as the source
            self.author = MetaField(src.value, "byline:html.byline.author.source_person")
        if src:
            self.source = src

    def _region(self, blocks: list[Block], kept: list[Block]) -> list[str]:
        """Texts of the blocks around the title (or just before the article), in page order."""
        tkey = _key(self.title.value) if self.title else ""
        index = {id(b): i for i, b in enumerate(blocks)}
        title_idx = -1
        if len(tkey) >= 4:
            # the headline shown as a heading, else the first shown block that holds it (a hidden
            # share box's <h1> copy at the top must not pull the region away from the real one)
            found: list[int] = []
            for i, b in enumerate(blocks):
                if found and i > found[0] + HEADLINE_COPY_SPAN:
                    break  # a real headline is not pages away from the first copy
                k = _key(b.text)
                if k and (k == tkey or (b.heading and len(k) >= 4 and k in tkey)
                          or (len(k) >= 8 and tkey.startswith(k) and _cjk_count(k) >= 6)):
                    found.append(i)
                    if b.heading and b.boiler in (None, "html.tag.header"):
                        break
            shown = [i for i in found if blocks[i].boiler in (None, "html.tag.header")]
            title_idx = ([i for i in shown if blocks[i].heading] or shown
                         or [i for i in found if blocks[i].heading] or found or [-1])[0]
        first = index.get(id(kept[0]), -1) if kept else -1
        self._title_idx, self._first_idx = title_idx, first
        if title_idx >= 0 and (first < 0 or title_idx <= first + 2):
            lo, hi = max(0, title_idx - 3), max(title_idx + 12, min(first + 3, title_idx + 30))
        elif first >= 0:
            lo, hi = max(0, first - 8), first + 3
        else:
            return []
        # a dateline whose source or author is a link ("2023-05-10 来源：<a>人民网-人民日报</a>") is
        # mostly link text, yet no feed: above the article it opens with its date
        lines = [(i, b.text) for i, b in enumerate(blocks[lo:hi], lo)
                 if i != title_idx and len(b.text) <= 200 and (
                     b.link_tokens * 2 <= b.tokens or _LABELLED.match(b.text)
                     or ((first < 0 or i < first) and (_DATED_START.match(b.text) or (
                         len(b.text) <= _LINKED_DATELINE_CHARS and _DATE_TIME.search(b.text)) or (
                         i > title_idx and b.link_tokens <= _LINKED_OUTLET_TOKENS
                         and _OUTLET_DATED_END.search(b.text)))))]
        # the lines between the headline and the story first: a date above the headline is as often
        # a top bar's day (2024年03月28日 星期四) or a hot list's as the story's own; then those above
        # it (明報 prints its date there); the story's own lines and what follows it last
        def place(i: int) -> int:
            if title_idx < 0:
                return 0
            return 0 if title_idx < i and (first < 0 or i < first) else 1 if i < title_idx else 2

        self._under = [t for i, t in lines if title_idx >= 0 and place(i) == 0]
        return [t for i, t in sorted(lines, key=lambda it: (place(it[0]), it[0]))]

    @staticmethod
    def _edges(blocks: list[Block], kept: list[Block]) -> list[str]:
        """Short lines at the article's start and end, and the few blocks right after it."""
        if not kept:
            return []
        index = {id(b): i for i, b in enumerate(blocks)}
        last = index.get(id(kept[-1]), len(blocks))
        after = blocks[last + 1: last + 8]
        # the signature line of a post ("本贴由X于…发表") follows its last paragraph, which
        # is not the container's last line when a reply list or a notice was kept below it
        long_idx = [k for k, b in enumerate(kept) if b.tokens >= 40]
        tail = kept[long_idx[-1] + 1: long_idx[-1] + 4] if long_idx else []
        # a post footer links its time and comment count, not its poster: kept despite links
        out = [b.text for b in kept[:3] + tail + kept[-5:] + after
               if len(b.text) <= 120
               and (b.link_tokens * 2 <= b.tokens or _POSTED_BY.search(b.text) or _LABELLED.match(b.text))]
        # a bracketed byline opening the first paragraph, after the paper's tag, on its own (in a
        # long line a label after an ideograph is taken for a word of a sentence)
        # ("【大紀元2023年07月28日訊】（大紀元記者李明綜合報導）…")
        lead = _LEAD_BYLINE.match(kept[0].text)
        if lead:
            out.append(lead.group(0))
        return list(dict.fromkeys(out))

    def _dateline(
        self, texts: list[str], origin: str = "dateline", labelled_only: bool = False
    ) -> MetaField | None:
        first: MetaField | None = None
        updated: MetaField | None = None
        for t in texts:
            for value, _, before in all_dates(t, day_first=self.day_first):
                if _TODAY.search(before):
                    continue  # "今天是：2023年10月9日 星期一": the reader's day in a top bar, not the story's
                if UPDATE_LABEL.search(before):
                    # "最後更新：…　發佈時間：…": the update time only if the page shows no other
                    updated = updated or MetaField(value, origin)
                    continue
                if _DATE_LABEL.search(before):
                    return MetaField(value, origin)
                # an unlabelled date counts on a dateline, not in a sentence of the story (a
                # meeting's 2023年9月28日上午，市委常委会召开会议…。 under a page dated below it), nor
                # in a subtitle (——写在2023年12月31日新年到来之际)
                if (first is None and not labelled_only and not ("。" in t and "，" in t)
                        and not _SUBTITLE_LINE.match(t)):
                    first = MetaField(value, origin)
        return first or (None if labelled_only else updated)

    @staticmethod
    def _signature(lines: list[str]) -> tuple[MetaField, MetaField | None] | None:
        """The date a document bears (落款): a bare date line right under its issuer's line.

        Official notices end with "吉林省人民政府 / 2022年1月27日"; reports open with
        "课题组 / 2003年5月" under their title. That is the document's own date (成文日期),
        which annotators take over the day a portal re-posted it. Searched in the article's last
        lines, then in those just before and at its start; the issuer line must be short and
        unpunctuated. The issuer is returned too: an organisation there is the document's author.
        """
        for k in range(1, len(lines)):
            line = lines[k].strip()
            m = _BARE_DATE.fullmatch(line)
            if not m:
                continue
            issuer = lines[k - 1].strip()
            if not (3 <= len(issuer) <= 25 and _cjk_count(issuer) >= 3 and not _ISSUER_BAD.search(issuer)):
                continue
            parsed = parse_date(line)
            if parsed:
                value = parsed[0]
            elif m.group("ym_y"):
                value = f"{m.group('ym_y')}-{int(m.group('ym_m')):02d}"
            else:
                continue
            who = MetaField(issuer, "signature") if _ISSUER_ORG.search(issuer) else None
            return MetaField(value, "dateline-signature"), who
        return None

    def _issue_date(self, blocks: list[Block]) -> MetaField | None:
        """An e-paper's issue date in its masthead (浙江日报 2024年07月18日 over 第00003版：要闻):
        the day the story was printed, when the page gives no other. Elsewhere a masthead's day is
        the reader's, and no date stays null."""
        top = blocks[:self._first_idx] if self._first_idx > 0 else []
        # (the page's own label, 第00003版：要闻 or 南方日报 数字报: not a menu's link, not a headline's 第8版)
        if not any(_EPAPER.search(b.text) and len(b.text) <= _EPAPER_LABEL_CHARS and not b.heading
                   and b.link_tokens * 2 <= b.tokens for b in top):
            return None
        for b in top:
            for value, _, before in all_dates(b.text, day_first=self.day_first):
                if len(value) == 10 and not _TODAY.search(before):
                    return MetaField(value, "epaper-masthead")
        return None

    @staticmethod
    def _year_month(texts: list[str]) -> MetaField | None:
        """Year and month only (``《北京之春》1998年3月号``): reduced-precision ISO 8601."""
        for t in reversed(texts):
            m = _YEAR_MONTH.search(t)
            if m and 1 <= int(m.group(2)) <= 12:
                return MetaField(f"{m.group(1)}-{int(m.group(2)):02d}", "dateline-month")
        return None

    @staticmethod
    def _name_line(texts: list[str]) -> MetaField | None:
        """A line that is nothing but a person's name next to the title (essays, columns)."""
        for t in texts:
            t = t.strip(" \u3000")
            parts = re.split(r"[、，, \u3000]+", t)
            if len(t) <= 30 and parts[0][:1] in SURNAMES and all(
                2 <= len(p) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts
            ):
                name = _clean_name(t)
                if name:
                    return MetaField(name, "byline:html.byline.author.name_line")
        return None

    def _class_author(self, blocks: list[Block]) -> MetaField | None:
        """A name alone in an element whose class or id says author, next to the headline
        (``<div class="author"><a href="/reporter/899">謝明俊</a></div>``)."""
        if self._title_idx < 0:
            return None
        shown = blocks[self._title_idx].boiler  # an article's own <header> holds headline and byline
        for b in blocks[max(0, self._title_idx - 2): self._title_idx + 8]:
            if not (b.label and _AUTHOR_CLASS.search(b.label)) or b.boiler not in (None, shown):
                continue
            text = _CLASS_BYLINE_OUTLET.sub("", _CLASS_BYLINE_TAIL.sub("", b.text.strip(" \u3000")))
            if _NAME_ONLY.fullmatch(text) and not _NOT_PERSON.search(text) and not self._is_outlet(text):
                name = _clean_name(text)
                if name:
                    return MetaField(name, "byline:html.byline.author.class")
        # an inline author element inside a dateline block: its name must be shown near the headline
        near = " ".join(b.text for b in blocks[max(0, self._title_idx - 2): self._title_idx + 8])
        for text in _class_names(self.tree) if self.tree is not None else []:
            if text in near and not _NOT_PERSON.search(text) and not self._is_outlet(text):
                name = _clean_name(text)
                if name:
                    return MetaField(name, "byline:html.byline.author.class")
        return None

    def _is_outlet(self, name: str) -> bool:
        """Whether ``name`` is (part of) the site's own name: ``（中時）`` closing a story is a source tag."""
        # (not the <title>: a column's <title> names its writer: 紀曉風：內地客經港轉機恢復)
        names = [self.metas.get(k) or "" for k in ("og:site_name", "application-name", "source", "publisher",
                                                   "copyright")]
        return any(name in n for n in names if n)

    def _tail_names(self, kept: list[Block]) -> MetaField | None:
        """``（常书香 马丹阳）`` / ``（记者 X）`` / ``（X／台中報導）`` closing one of the last paragraphs
        (standing notices may follow it) or opening the first; never a photo credit or the outlet."""
        texts = [b.text for b in kept[-TAIL_BYLINE_BLOCKS:][::-1] + kept[:2] if not b.caption]
        for t in texts:
            m = _TAIL_NAMES.search(t.rstrip())
            if m and not _SHOT_BY.search(t):
                name = _clean_name(m.group(1))
                if name and not self._is_outlet(name) and not _CREDIT_WORDS.search(name):
                    return MetaField(name, "byline:html.byline.author.parenthesised")
        return None

    @staticmethod
    def _bylines(texts: list[str]) -> dict[str, MetaField]:
        out: dict[str, MetaField] = {}
        for i, t in enumerate(texts):
            t = fold_label_marks(t)
            had_author = "author" in out
            for fld, regex in _byline_regexes():
                if fld in out:
                    continue
                for m in regex.finditer(t):
                    start = m.start()
                    prev = t[start - 1] if start > 0 else " "
                    if prev in _BAD_PREFIX or (len(t) > 40 and _is_cjk(prev) and prev not in _LABEL_PREFIX
                                               and t[max(0, start - 3):start] not in _MEDIA_CENTRE):
                        continue  # 小记者训练营; "记者经历了" inside a sentence
                    if _PHOTO_CREDIT.search(t, 0, start) or _SHOT_BY.search(t):
                        continue  # "（圖／記者林悅翻攝）", "中新社记者 贾天勇 摄" credit a photo, not the article
                    rest = t[m.end():]
                    if fld == "source":
                        if t[max(0, start - 2):start] in _PICTURE_LABELS or t[start - 1:start] in ("图", "圖"):
                            continue  # 图片来源：视觉中国 credits a photo, not the article
                        # "来源于网络", "来自新华社": the label's verb is not the outlet
                        value = _SOURCE_END.split(rest.lstrip(" :：\u3000[【于於自"))[0].strip("【】[]()（）")
                        if value and len(value) <= 30 and _TOKEN.search(value):
                            out[fld] = MetaField(value, f"byline:{m.lastgroup or fld}".replace("_", "."))
                            break
                        continue
                    # BBC's "作者, 王小明": a comma ends the label only on a short line it opens
                    comma = start == 0 and len(t) <= 20 and re.match(r"\s*[,，]\s*[\u4e00-\u9fff]", rest)
                    if not comma and not re.match(r"\s*[:：/／|｜丨︱]|\s|[\u4e00-\u9fffA-Za-z]", rest):
                        continue
                    # (the next field glued on: 撰文：黃家慧 劉嘉頌出版：2024-11-26 from <span>s side by side)
                    name = _clean_name(_GLUED_FIELD.split(rest.lstrip(" :：/／|｜丨︱\u3000[【,，"), 1)[0])
                    if name:
                        out[fld] = MetaField(name, f"byline:{m.lastgroup or fld}".replace("_", "."))
                        break
            if "author" in out and not had_author and i + 1 < len(texts):
                more = _next_byline(texts[i + 1])
                found = out["author"]
                known = set(re.split(r"[\s、，,]+", found.value))
                extra = [n for n in re.split(r"[\s、，,]+", more or "") if n and n not in known]
                if extra:  # "本报实习生 刘国栋 周炜" then "本报记者 王燕平 方云凤": one team (a name once)
                    out["author"] = MetaField(f"{found.value} {' '.join(extra)}", found.origin)
            if "author" not in out:
                literals = _poster_filter()
                present = literals.present(t)
                for (pat, rid), need in zip(_POSTER_PATTERNS, literals.needs, strict=True):
                    if need is not None and need.isdisjoint(present):
                        continue  # a literal the pattern needs is not in the line
                    hit = pat.search(t)
                    name = _clean_name(hit.group("name")) if hit else None
                    if name and rid in _SURNAMED and not all(_is_person(n) and n not in _GENRE_WORDS
                                                             for n in name.split()):
                        continue  # "（组图）", "（时评）" after a dispatch name no writer
                    if name and name not in term_forms("places", "place"):  # （中央社／華盛頓綜合報導）
                        out["author"] = MetaField(name, f"byline:{rid}")
                        break
        return out


# (a longer label first: 王五 美术编辑：赵六 is cut before 美术, not inside it)
_GLUED_FIELD = re.compile(r"(?:美术编辑|美術編輯|图片编辑|圖片編輯|责任编辑|責任編輯|本文来源|本文來源|"
                          r"文章来源|文章來源|"
                          r"出版日期|出版时间|出版時間|首发时间|首發時間|上线时间|上線時間|发布时间|發佈時間|發布時間|"
                          r"更新时间|更新時間|出版|更新|发布|發佈|發布|时间|時間|日期|来源|來源|编辑|編輯)\s*[:：]")
# what a TV newsroom's closing bracket credits instead of a writer (（三立新聞／資料照片）)
_CREDIT_WORDS = re.compile("资料|資料|提供|照片|画面|畫面|翻摄|翻攝|截图|截圖|直播|示意")


@cache
def _poster_filter() -> LiteralFilter:
    return LiteralFilter([pat for pat, _ in _POSTER_PATTERNS])


def _next_byline(text: str) -> str | None:
    """Names of a short line that opens with an author label (the second line of a byline)."""
    if len(text) > 40:
        return None
    author = next((rx for fld, rx in _byline_regexes() if fld == "author"), None)
    m = author.search(text) if author else None
    if m is None or m.start() > 4 or re.search(r"[，。！？；]", text):
        return None
    return _clean_name(text[m.end():].lstrip(" :：/／\u3000[【"))


# a line that is nothing but a date, full or year-month ("2022年1月27日", "2003年5月", "二〇二〇年二月十九日")
_BARE_DATE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?P<ym_y>(?:19|20)\d{2})\s*年\s*(?P<ym_m>\d{1,2})\s*月"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
)
# an issuer line is a name, not a sentence, a label or a date
_ISSUER_BAD = re.compile(
    r"[，。！？；：:,.!?;、“”\d]|来源|來源|作者|编辑|編輯|记者|記者|发布|發佈|發布|时间|時間|日期|责任|責任"
)
_ISSUER_ORG = re.compile(
    r"(?:政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|[部局厅廳署院会會处處]|中心|课题组|課題組|公司|集团|集團)$"
)
# a byline whose name links to a profile page is still a byline: "作者： <a>放飞&心情</a>"
_LABELLED = re.compile(r"\s*[\[【(（]?\s*(?:作者|作\s者|发帖人|發帖人|楼主|樓主|博主|记者|記者|撰文|撰稿|"
                       r"(?:图|圖)?文(?=\s*[／/|｜]))\s*(?:[:：／/|｜]|"
                       r"[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4}){0,3}\s*$)"
                       r"|.{2,30}(?:報導|报导|報道|报道)\s*[）)〕】]?$")
# the opening of a paragraph up to a bracketed byline: a tag or dateline, then （…记者X…）
_LEAD_BYLINE = re.compile(r"\s*(?:【[^】]{1,30}】|[^，。（(【]{0,30}?(?:讯|訊|电|電|消息))?"
                          r"\s*[（(][^()（），。]{2,40}[)）]")
# ... or a short line holding a full date and its time between linked outlets (新浪 2012:
# "<a>新浪财经</a> 2012年09月12日 16:40 <a>中国证券报</a>")
# ... or a linked outlet's name, then the bare date (<a>消费日报</a><span>2023-11-03</span>)
_LINKED_OUTLET_TOKENS = 8
_OUTLET_DATED_END = re.compile(r"(?:报|報|网|網|社|台|新闻|新聞|客户端|号|號|发布|發布|时报|時報"
                               r"|财经|財經|周刊|週刊|杂志|雜誌|App|APP)\s*[|｜·•]?\s*"
                               r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*$")
_LINKED_DATELINE_CHARS = 60
_DATE_TIME = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
# a line that opens with a full date, perhaps after a short label ("时间：2023-05-10 …")
_DATED_START = re.compile(r"\s*(?:[^\d\s:：]{1,6}\s*[:：]\s*)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_POSTED_BY = re.compile(r"由\s*[^\s于於]{2,20}?\s*(?:张贴|張貼|发表|發表)|发表于|發表於")
# a source that ends like a site or an institution (格隆汇, 汽车之家, 江城网) names no writer (园, 堂
# and 会 end given names too: 李小园)
_OUTLET_END = frozenset("网網站社报報台号號家圈汇匯馆館所院局部委刊")
_BAD_PREFIX = set("小大老名著女男原")
_PHOTO_CREDIT = re.compile(r"[图圖]\s*[/／:：]\s*$")
_SHOT_BY = re.compile(r"(?<![文/／])(?:摄|攝)(?:影)?\s*[)）]?\s*$")  # not 文/摄: he wrote it too
_LABEL_PREFIX = set("报報社网網台站本约約习習席·讯訊电電点點")
_PICTURE_LABELS = ("图片", "圖片", "配图", "配圖", "题图", "題圖")
# a media centre's reporter (全媒体记者X), where 体 alone is no label prefix (新闻媒体记者齐聚…)
_MEDIA_CENTRE = ("融媒体", "全媒体", "融媒體", "全媒體")
# (发布 only where a label follows: an account's name ends in it, 上海发布; a closing bracket ends a
# bracketed field, 【信息来源：民政局】【信息时间：…】)
_SOURCE_END = re.compile(r"[\s|｜\u3000】\]]|编辑|編輯|作者|记者|記者|责任|責任|时间|時間|日期"
                         r"|(?:发布|發佈|發布)(?=时间|時間|日期|于|於|[:：])"
                         r"|(?<=\D)(?:19|20)\d{2}[-/.年]\d")  # a date span glued on (中国青年报2024-04-02)
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
# the real headline is looked for this many blocks past its first copy; a closing byline in
# the last this many blocks (standing notices and captions may follow it); at most this many
# names from author elements
HEADLINE_COPY_SPAN = 60
TAIL_BYLINE_BLOCKS = 8
MAX_CLASS_NAMES = 5
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|writer|reporter|byline|journalist)(?:[_-]?names?)?(?:$|\s)",
                           re.IGNORECASE)
# what an author element holds around its names: Taiwan's place and 報導 (黃政淵 林子謙 / 花蓮 報導), a
# posting time (梁伟康 发布/2024年10月17日 15:42), the outlet first (中時新聞網 陳祐誠)
_CLASS_BYLINE_TAIL = re.compile(r"\s*(?:[/／]\s*[\u4e00-\u9fff]{2,4}\s*(?:報導|报导|報道|报道)"
                                r"|(?:发布|發佈|發布)?\s*[/／:：]?\s*(?:19|20)\d{2}[-/.年]\d.*)$")
_CLASS_BYLINE_OUTLET = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:新聞網|新闻网|網|网|報|报|社)\s+(?=[\u4e00-\u9fff·]{2,4}$)")
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff·]{2,5}(?:[ 、，,\u3000]+[\u4e00-\u9fff·]{2,5}){0,3}")
_TAIL_NAMES = re.compile(
    r"(?:^|[。！？!?”」])\s*[（(]\s*(?:[\u4e00-\u9fff·]{0,8}?(?:记者|記者|通讯员|通訊員)\s*|(?:文|图|圖)[/／](?:文|图|圖)\s*"
    r"|[\u4e00-\u9fff]{1,8}(?:科|中心|部|组|組|站|局|委|办|辦|院|所|队|隊|室)\s+(?=[\u4e00-\u9fff]{2,4}(?:[\s、，,]|[)）]))"
    # ... or a TV newsroom's name and a slash (（民視新聞／李志銘、陳嘉宏 台北報導）)
    r"|[\u4e00-\u9fff]{2,6}(?:新闻|新聞)\s*[/／]\s*)?"
    r"((?:[\u4e00-\u9fff]{2,4}[\s、，,]*){1,5}?)"
    r"(?:\s*[/／]?\s*[\u4e00-\u9fff]{2}(?:报道|報導))?\s*[)）]$"
)
# one to four names of two to four characters, separated by 、 or spaces ("王小明、李大華")
_NAME_LIST = r"[\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,3}?"
# a paper's name: 《…报》 after its country, or 日本经济新闻（中文版：日经中文网）
_FOREIGN_PAPER = (r"(?:[^\s《》（）()]{0,10}《[^》]{0,10}(?:报|報|新闻|新聞|周刊|週刊|杂志|雜誌)》"
                  r"|[^\s（）()]{0,10}(?:新闻|新聞|报|報|社|网|網|电视|電視)[^\s（）()]{0,4}[（(][^（）()]{1,20}[)）])")
# a byline's line may open with the date and time (更新于2023年9月22日 06:21 …)
_DATE_FIRST = (r"^(?:[^\s\d]{0,4}(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
               r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*)?")
_SURNAMED = frozenset({"html.byline.author.dispatch", "html.byline.author.commentary",
                       "html.byline.author.outlet_name"})
# genre and column words in brackets after a dispatch or after a subhead mark, which a surname
# test alone would take for names (时评 解读 连线: 时, 解 and 连 are surnames)
_GENRE_TEXT = (
    "时评 時評 解读 解讀 连线 連線 纪实 紀實 高清 组图 組圖 图文 圖文 视频 視頻 "
    "快讯 快訊 特写 特寫 综述 綜述 述评 述評 评论 評論 观察 觀察 专访 專訪 调查 "
    "調查 独家 獨家 现场 現場 聚焦 焦点 焦點 关注 關注 全文 更新 常识 常識 方法 "
    "文化 江湖 程序 马上 馬上 任务 任務 连载 連載 马上评 馬上評 快评 快評 短评 短評 锐评 銳評 "
    "热评 熱評 微评 微評 社论 社論 观点 觀點"
)
_GENRE_WORDS = frozenset(_GENRE_TEXT.split())
# a date and time opening a byline line, and a posting stamp closing one
_DATE_TIME_HEAD = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s+"
_POSTED_STAMP = r"\s+(?:發布|发布|發佈|更新)\s*[\d\s./\-:|｜年月日]{8,24}"
_POSTER_PATTERNS = (
    (re.compile(r"本[贴帖]由\s*(?P<name>[^\s于於]{2,20})\s*[于於]"), "html.byline.author.poster"),
    # blog post footers: "由海姑娘张贴 @ 2005-03-21 01:20:44"
    (re.compile(r"(?:^|\s)由\s*(?P<name>[^\s于於]{2,20}?)\s*(?:张贴|張貼|发表|發表)\s*[@于於]"),
     "html.byline.author.poster"),
    (re.compile(r"(?:^|\s)(?P<name>[A-Za-z0-9_\u4e00-\u9fff][\w\u4e00-\u9fff.\-]{1,20})\s+(?:发表于|發表於)"),
     "html.byline.author.poster"),
    # a dispatch with the writers' names in brackets and no label: "中新经纬10月6日电 (王玉玲)",
    # "人民网北京10月6日电 （申佳平）" (each name with a common surname first; see _bylines)
    (re.compile(rf"^\s*[^，。（(【\s]{{2,30}}?\d{{1,2}}日(?:电|電|专电|專電)\s*[（(]\s*(?P<name>{_NAME_LIST})\s*[)）]"),
     "html.byline.author.dispatch"),
    # a commentary's byline: "□史洪举（法律工作者）", "■ 张三"
    # ("■ 解读" is a subhead: the name must be a person's, not a genre or column word)
    (re.compile(r"^\s*[□■◎○●]\s*(?:本报评论员|本報評論員|评论员|評論員)?\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*"
                r"(?:[（(][^()（）]{1,20}[)）])?\s*$"),
     "html.byline.author.commentary"),
    # Drupal's node footer: "由 周明远 于 星期一, 10/09/2023 - 14:30 提交"
    (re.compile(r"^\s*由\s*(?P<name>[^\s于於]{2,20}?)\s*[于於]\s*(?=.{0,40}?(?:\d{1,2}:\d{2}|星期|周[一二三四五六日]))"
                r"(?!.*(?:审议|審議|通过|通過|批准|印发|印發)).{0,40}?(?:提交|发布|發佈|发表|發表)\s*$"),
     "html.byline.author.poster"),
    # a name-first byline: "陈雨桐/文 李想/图" (北青, 新京报, magazines)
    (re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[/／]\s*文(?:\s|$)"), "html.byline.author.name_slash"),
    # a bracketed name right after the time on a dateline: "2004年7月16日08:19 [ 黄宇 ]"
    (re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[\[［【]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[\]］】]"),
     "html.byline.author.bracketed"),
    # a Taiwan outlet and its writer alone on a line: "中天新聞網 / 吳佩璇", "TVBS新聞網 / 王小明"
    (re.compile(r"^\s*[A-Za-z\u4e00-\u9fff]{2,10}(?:新聞網|新闻网|新聞|新闻|電視台|电视台|網|网)\s*[／/|｜]\s*"
                r"(?P<name>[\u4e00-\u9fff]{2,4})(?:\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\d:\s]*)?\s*$"),
     "html.byline.author.outlet_name"),
    # Taiwan TV and web outlets: "（民視新聞／王小明、李大華 台北報導）", "新頭殼newtalk | 王小明 綜合報導",
    # "（壹蘋新聞網／徐珮華報導）"
    # (with the time it was posted after it: "新頭殼newtalk | 林朝億 綜合報導 發布 2024.07.18 | 16:10")
    (re.compile(rf"^(?!.*外[電电])[（(〔【]?\s*[^／/|｜，。（）()\s][^／/|｜，。（）()]{{1,15}}?\s*[／/|｜]\s*(?P<name>{_NAME_LIST})"
                r"(?:\s+(?:[\u4e00-\u9fff]{2,4})?)?(?:綜合|综合|即時|即时|專題|专题)?(?:報導|报导|報道|报道)\s*[）)〕】]?"
                rf"(?:{_POSTED_STAMP})?$"),
     "html.byline.author.outlet_slash"),
    # ... "東森新聞 王小明 報導", and TVBS's "王小明 / 攝影 陳大文 報導" (the reporter, then the camera;
    # a caption "雪後故宮 / 攝影 陳大文" names no reporter); a wire roundup (綜合外電報導) names a place
    # (and "（華視新聞 王小明 李大華 台北報導）", names and place set apart by spaces only)
    # (after the date and time on one line: "2024/07/18 16:10 東森新聞 許文豪 報導")
    (re.compile(rf"^(?:{_DATE_TIME_HEAD})?[（(〔【]?[^\s／/|｜，。（(〔【]{{2,10}}?(?:新聞|新闻|電視|电视)\s+(?P<name>{_NAME_LIST})\s+"
                r"(?:[\u4e00-\u9fff]{2,4})?(?:綜合|综合)?(?:報導|报导|報道|报道)\s*[）)〕】]?$"),
     "html.byline.author.outlet_slash"),
    (re.compile(rf"^(?P<name>{_NAME_LIST})\s*[／/]\s*(?:攝影|摄影)\s*[\u4e00-\u9fff·]{{2,4}}\s*(?:報導|报导|報道|报道)$"),
     "html.byline.author.outlet_slash"),
    # a foreign paper's Chinese edition: its name, the correspondents (translated names with a middle
    # dot), the city: "英国《金融时报》 德尔菲娜·斯特劳斯 , 克里斯·贾尔斯 伦敦报道" (FT中文网),
    # "日本经济新闻（中文版：日经中文网）山田健一 东京"
    (re.compile(_DATE_FIRST + _FOREIGN_PAPER + r"\s*(?:(?:专栏作家|專欄作家|首席|特约|特約|驻|駐)[^\s]{0,6}\s+)?"
                rf"(?!专栏|專欄|中文版|记者|記者|编辑|編輯|评论员|評論員)(?P<name>{_NAME}(?:\s*[、，,]\s*{_NAME}){{0,3}})"
                r"\s+[\u4e00-\u9fff]{2,5}?(?:报道|報道|报导|報導|电|電)?$"),
     "html.byline.author.outlet_slash"),
    (re.compile(_DATE_FIRST + r"(?P<name>[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,14}"
                r"(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,14}){0,3})\s+[\u4e00-\u9fff]{2,5}?(?:报道|報道|报导|報導|电|電)$"),
     "html.byline.author.outlet_slash"),
    # ... and the reporter alone before the slash: "陳冠廷／綜合報導", "陳冠廷／台北報導" (中天, 東森)
    (re.compile(_DATE_FIRST + rf"[（(]?(?P<name>{_NAME_LIST})\s*[／/]\s*(?:[\u4e00-\u9fff]{{2,4}}?)?"
                r"(?:綜合|综合|即時|即时)?(?:報導|报导|報道|报道)\s*[）)]?$"),
     "html.byline.author.outlet_slash"),
    # "by X" only on a line that also carries a date: "发布时间 2005/03/15 22:36:13 by duscha"
    (re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+by\s+(?P<name>[A-Za-z0-9_][\w.\-]{1,30})", re.IGNORECASE),
     "html.byline.author.by_time"),
)




# how the names of bodies and platforms end (金融界, 丁香园, 林业局, 陆金所, 马蜂窝): no person's
_NAMED_BODY_END = frozenset("界园局所窝网社报台站会部厅院司馆店号家圈派帮吧汇邦宝通云城厂行")
# a byline of people written in Latin letters (DANIEL MARSH; Jane Smith and John Doe): two words a name
_LATIN_NAMES = re.compile(r"(?:By |BY )?[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+)+(?:(?:,| and) [A-Z][A-Za-z'.-]+"
                          r"(?: [A-Z][A-Za-z'.-]+)+)*")


def _is_person(value: str) -> bool:
    """A bare Chinese personal name: two or three ideographs, a common surname first."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", value):
        return False
    return value[0] in SURNAMES and not _NOT_PERSON.search(value)


def _cjk_count(text: str) -> int:
    return sum(1 for ch in text if _is_cjk(ch))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _byline_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _compiled_bylines()


@cache
def _compiled_bylines() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One alternation per field; group names are the rule ids (dots as underscores)."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for fld, pairs in byline_labels().items():
        by_rule: dict[str, list[str]] = {}
        for rid, label in pairs:
            by_rule.setdefault(rid, []).append(label)
        alt = "|".join(f"(?P<{rid.replace('.', '_')}>{'|'.join(labels)})" for rid, labels in by_rule.items())
        out.append((fld, re.compile(alt)))
    order = {"author": 0, "editor": 1, "source": 2}
    return tuple(sorted(out, key=lambda p: order.get(p[0], 9)))


def _key(text: str) -> str:
    """``"".join(_TOKEN.findall(text)).lower()``: the text without what no token holds."""
    return _NOT_KEY.sub("", text).lower()


# containers whose <time> dates something else (whole class or id tokens): a comment, a ticker,
# a list of other stories (commentbox, comment-box, relatedlist); after the short words (hot, live,
# rank, flash) more words only after a separator or a capital (hot-news, liveNews: hotel-news and
# livelihood are other words), and commentary is no comment
_OTHER_TIMES = re.compile(r"(?i:comments?(?!ary)|commentlist|repl(?:y|ies)|ticker|related|sidebar|recommend|marquee"
                          r"|breaking-?ticker)[-_A-Za-z0-9]*"
                          r"|(?i:rank(?:s|list|ing)?|hot|hotnews|hotlist|flash|live|livenews)(?:[-_A-Z][a-z0-9]*)*")
# a link this short beside a <time> in a list item names the outlet or the writer (an info row's
# 江城日报), not another story's headline
_BYLINE_LINK_CHARS = 8
# ... in a row that says so (发布时间：, 来源：) or whose link is an outlet's name (江城日报)
_BYLINE_ROW = re.compile(r"(?:发布|發佈|發布|时间|時間|日期|来源|來源|作者|记者|記者)\s*[:：]"
                         r"|(?:报|報|网|網|社|台|新闻|新聞|客户端)\s*$|(?:报|報|网|網|社|台|新闻|新聞|客户端)(?=\s*(?:19|20)\d{2})")
# ... and a class token that names the article's own box, by its first word
_ARTICLE_BOX = re.compile(r"(?:article|content|entry|post|story|main|detail)[-_A-Za-z0-9]*", re.IGNORECASE)


def _article_time(node: Any) -> bool:
    """Whether a ``<time>`` (or ``itemprop=datePublished``) dates the article: not inside a comment,
    a ticker or a list of other stories (an aside, a nav, a page footer), up to the article's own
    container; and not labelled an update (最後更新日期：<time>)."""
    e = node.parent
    while e is not None and e.tag not in ("body", "html"):
        a = e.attributes or {}
        tokens = f"{a.get('class') or ''} {a.get('id') or ''}".split()
        if e.tag in ("aside", "nav") or any(_OTHER_TIMES.fullmatch(t) for t in tokens):
            return False
        link = e.css_first("a") if e.tag == "li" else None
        if link is not None and node.text(deep=True).strip() not in (linked := link.text(deep=True)) and not (
                len(linked.strip()) <= _BYLINE_LINK_CHARS and _BYLINE_ROW.search(e.text(deep=True))):
            return False  # a list item linking another story (a ticker's, a feed's), not its own permalink
        if e.tag in ("article", "main") or any(_ARTICLE_BOX.fullmatch(t) for t in tokens):
            break  # inside the article's own box: its footer dates the article too
        if e.tag == "footer":
            return False
        e = e.parent
    parent = node.parent
    if parent is not None and node.attributes.get("itemprop") != "datePublished":
        shown = parent.text(deep=True)
        before = shown[:max(shown.find(node.text(deep=True)), 0)]
        if UPDATE_LABEL.search(before.rstrip()):
            return False
    return True


def _jsonld_objects(raw: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    out: list[dict[str, Any]] = []
    stack: list[Any] = [data]
    while stack and len(out) < 20:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))  # popped in page order
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return out


def extract_meta(tree: LexborHTMLParser, url: str | None) -> PageMeta:
    """Everything the page states about itself outside the body text."""
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
        content = a.get("content")
        if key and content and key.lower() not in metas:
            metas[key.lower()] = content.strip()
    jsonld: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        jsonld.extend(_jsonld_objects(node.text(deep=True)))
    time_tags: list[str] = []
    for node in tree.css("time[datetime], [itemprop=datePublished]"):
        a = node.attributes
        v = a.get("datetime") or a.get("content") or node.text(deep=True)
        if v and _article_time(node):
            time_tags.append(v)
    script_time = None
    for node in tree.css("script:not([src])"):
        code = node.text(deep=True)
        m = _SCRIPT_TIME.search(code) if _SCRIPT_TIME_CUE.search(code) else None
        if m:
            stamp = datetime.fromtimestamp(int(m.group(1)), timezone(timedelta(hours=8)))
            script_time = stamp.isoformat()
            break
        m = _SCRIPT_DATE.search(code)  # var __$pubtime='2021-01-05 16:59:00' (government CMSes)
        parsed = parse_date(m.group(1)) if m else None
        if parsed:
            script_time = parsed[0]
            break
    if script_time is None:
        # a publish time kept for a script in a textarea (环球网: <textarea class="article-time">
        # 1697598000000</textarea>): seconds or milliseconds since 1970
        for node in tree.css("textarea"):
            stamp_text = node.text(deep=True).strip()
            if "time" in (node.attributes.get("class") or "").lower() and _EPOCH.fullmatch(stamp_text):
                stamp = datetime.fromtimestamp(int(stamp_text[:10]), timezone(timedelta(hours=8)))
                script_time = stamp.isoformat()
                break
    title_node = tree.css_first("title")
    title_tag = _ws(title_node.text(deep=True)) if title_node else None
    headings = [_ws(h.text(deep=True)) for h in tree.css("h1")[:4] if not _site_heading(h)][:3]
    headings += [_ws(h.text(deep=True)) for h in tree.css("h2")[:3] if not _site_heading(h, home_only=True)]
    headings = [h for h in headings if h]
    if url is None:
        url = metas.get("og:url") or None
        canon = tree.css_first('link[rel="canonical"]')
        if url is None and canon is not None:
            url = canon.attributes.get("href")
    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") or "") if html_node is not None else ""
    meta = PageMeta(url=url, metas=metas, jsonld=jsonld, title_tag=title_tag or None,
                    headings=headings, time_tags=time_tags, script_time=script_time, tree=tree,
                    day_first=_day_first_region(lang, url))
    meta.find_title()
    meta.head_fields()
    return meta


# regions that write day/month/year, by the language tag's region and by the host's country domain
_DAY_FIRST_REGIONS = frozenset({"hk", "mo", "sg", "my", "gb", "uk", "au", "nz", "in", "fr", "de", "es", "it", "nl"})
_LANG_REGION = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})\b", re.IGNORECASE)


_TODAY = re.compile(r"(?:今天是|今日是|今天|今日|现在是|現在是|当前时间|當前時間|today\s+is)\s*[:：]?\s*$",
                    re.IGNORECASE)
_REGIONAL_HOSTS = frozenset({"hk", "tw", "mo"})
# a site's name that ends as only an outlet's does (a paper, a station, a news site)
_OUTLET_NAME_CHARS = 12
# (a word ending in 报 is no paper: 情况通报, 简报, 公报, 预报, 快报, 海报, 举报, 汇报, 喜报)
_OUTLET_WORD_END = re.compile(r"(?:日报|日報|晚报|晚報|时报|時報|(?<=[^通簡简公預预快海舉举匯汇喜捷情警電电申])[报報]"
                              r"|电台|電台|新闻网|新聞網|资讯网|資訊網)(?:\s+[A-Za-z][A-Za-z0-9.]{1,15})?$")
# a <title>'s first segment this short before a long one is a column's kicker, not the headline,
# unless the long one names a site or an office (情况通报_江城市公安局官方网站_…)
_KICKER_CHARS = 4
_ORG_END = re.compile(r"(?:网站|官网|网|網|公司|集团|集團|政府|局|委|院|中心|办公室|辦公室)$")
# a <title> segment that opens a heading is its headline from this many characters, when the
# rest of the heading is a dateline (a date, or a source or author label)
_HEADING_PREFIX_MIN = 6
_MARKUP = re.compile(r"<[^<>]{1,200}>")
_ELLIPSIS_END = re.compile(r"\s*(?:…+|\.{3,}|⋯+)\s*$")
_DATELINE_REST = re.compile(r"(?:19|20)\d{2}\s*[-/.年]|来源|來源|作者|发布|發佈|發布")
# a segment of a <title> that names the site, not the story: a short name ending as outlets do
# an e-paper's page furniture: the page (版) the story is on, the edition's navigation
_EPAPER_LABEL_CHARS = 24
_EPAPER = re.compile(r"第\s*0*\d{1,3}\s*版|\b[A-Z]?\d{1,3}版[：:]|[上下]一版|版面导航|版面導航|返回版面"
                     r"|本版新闻|本版新聞|数字报|數字報|电子版|電子版")
# a <title> this short that is named like a site (浙江日报, 更生日報) is the site's name alone, where the
# page's first heading is not (a headline may be named so too: 织密民生保障网, 小学生自办班级日报)
_SITE_TITLE_CHARS = 6
_SITE_NAME_SHAPE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,8}"
                              r"(?:日报|日報|晚报|晚報|时报|時報|新闻网|新聞網|网|網|电子版|電子版|新闻频道|新聞頻道|"
                              r"新闻中心|新聞中心)")
# what may follow an outlet's name in its site's name: a word for a site or its edition, a Latin
# name, or nothing (中時新聞網, 轉角國際 udn Global); 中央社会工作部 and 看中国经济网 are other names
_SITE_NAME_END = re.compile(r"(?:新闻网|新聞網|电子报|電子報|中文网|中文網|即时新闻|即時新聞|新闻|新聞|网|網|官网|官網|"
                            r"日报|日報|头条|頭條|电视台|電視台|时报|時報|财经|財經|全媒体|全媒體|周刊|週刊|"
                            r"online|Online|\s|[A-Za-z|｜_\-–—]|$)")


_SITE_ONLY_TITLE = 12


def site_region(url: str | None, metas: dict[str, str], title_tag: str | None) -> tuple[str, str] | None:
    """``(region, origin)`` when the site itself is a Taiwan, Hong Kong, Macau or overseas outlet:
    its host's country domain (``.hk``), or its own name (``og:site_name``, ``application-name``,
    the ``<title>``'s last part) in ``rules/regional_outlets.tsv``. Its pages were written in their
    script; the page's language tag is not asked (a farm copies it as easily as anything).

    >>> site_region("https://www.tkww.hk/a/1.html", {}, None)
    ('hk', 'host')
    >>> site_region(None, {}, "社評：打擊網絡詐騙 - 香港文匯報")
    ('hk', 'site_name')
    >>> site_region(None, {"og:site_name": "新华网"}, "标题_新华网") is None
    True
    """
    host = _hostname(url)
    if host.rsplit(".", 1)[-1].lower() in _REGIONAL_HOSTS:
        return host.rsplit(".", 1)[-1].lower(), "host"
    names = [metas.get("og:site_name") or "", metas.get("application-name") or ""]
    if title_tag:
        parts = title_separators().split(title_tag)  # the site-suffix separators of rules/html_title.tsv
        if len(parts) > 1:
            names.append(parts[-1])
        elif len(title_tag.strip()) <= _SITE_ONLY_TITLE:
            names.append(title_tag)  # a <title> that is the site's name alone (<title>澳門日報</title>)
    by_first = _regional_outlets_by_first()
    for name in names:
        # the site's name opens with the outlet's (中時新聞網, 香港文匯報): 人民视频 holds 民视 but is none
        name = name.strip()
        for own in (name, name.removeprefix("香港")):
            for outlet, region in by_first.get(own[:1], ()):
                if own.startswith(outlet) and _SITE_NAME_END.match(own, len(outlet)):
                    return region, "site_name"
    return None


def _regional_outlet_name(name: str) -> bool:
    """Whether ``name`` is a Taiwan, Hong Kong, Macau or overseas outlet's name alone (澳門日報,
    中時新聞網), as a <title> that names no story."""
    return len(title_separators().split(name)) == 1 and site_region(None, {"og:site_name": name}, None) is not None


@cache
def _regional_outlets_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`_regional_outlets` by first character, in table order (a name is tried against the
    outlets it could open with only)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for outlet, region in _regional_outlets():
        out.setdefault(outlet[:1], []).append((outlet, region))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _regional_outlets() -> tuple[tuple[str, str], ...]:
    """Every outlet name of ``rules/regional_outlets.tsv`` in every script (大紀元, 文匯報), with its region."""
    forms = {c: converter(c).convert for c in ("s2t", "s2tw", "s2hk")}
    return tuple((form, row["region"]) for row in load_table("regional_outlets")
                 for form in sorted({row["name"], *(convert(row["name"]) for convert in forms.values())}))


def _day_first_region(lang: str, url: str | None) -> bool:
    """Whether the page's language tag (``zh-HK``, ``zh-Hant-HK``) or its host's country domain
    (``.hk``, ``.com.sg``, ``.fr``) names a region that writes day/month/year.

    >>> _day_first_region("zh-HK", None), _day_first_region("zh-CN", "https://www.rfi.fr/cn/a")
    (True, True)
    >>> _day_first_region("zh-TW", None), _day_first_region("zh-Hant", "https://news.ltn.com.tw/a")
    (False, False)
    """
    m = _LANG_REGION.match(lang.strip())
    if m and m.group(1).lower() in _DAY_FIRST_REGIONS:
        return True
    host = _hostname(url)
    return host.rsplit(".", 1)[-1].lower() in _DAY_FIRST_REGIONS


def _class_names(tree: LexborHTMLParser) -> list[str]:
    """Person names standing alone in elements whose class or id says author (or in a ``name``
    element inside one: ``<div class="author"><span class="name">谢若含</span><span>日期…``)."""
    out: list[str] = []
    # (WeChat names the writer in a plain meta span beside the account's name and the time:
    # <div id="meta_content"><span class="rich_media_meta rich_media_meta_text">刘颖</span>…)
    for node in tree.css('[class*="uthor"], [class*="writer"], [class*="eporter"], [class*="yline"], '
                         '[id*="uthor"], [itemprop="author"], #meta_content .rich_media_meta_text'):
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        wechat = "rich_media_meta_text" in label
        if (attrs.get("itemprop") != "author" and not wechat and not _AUTHOR_CLASS.search(label)) or _in_comments(node):
            continue
        if wechat and _NOT_PERSON.search(_ws(node.text(deep=True))):
            continue  # its 原创 mark
        # schema.org microdata names the person in an inner itemprop="name" (a <meta content> or
        # text): the page says it is the author's name, a pen name (通信老柳) included
        if attrs.get("itemprop") == "author":
            named = [re.sub(r"^[Bb][Yy]\s+", "", _ws(c.attributes.get("content") or c.text(deep=True)))
                     for c in node.css('[itemprop="name"]')]
            given = next((t for t in named if t and len(t) <= 20 and not _NOT_PERSON.search(t)), None)
            if given and given not in out:
                out.append(given)
                continue
        texts = [node.text(deep=True)] + [c.text(deep=True) for c in node.css('[class*="name"]')]
        for text in texts:
            text = _CLASS_BYLINE_OUTLET.sub("", _ws(text))  # (中時新聞網 陳祐誠: the outlet, then its writer)
            # each name surname-checked: 游客, 市民 in a comment box are not bylines
            if text and _NAME_ONLY.fullmatch(text) and all(
                    _is_person(n) for n in re.split(r"[、，, \u3000]+", text)) and text not in out:
                out.append(text)
                break
        if len(out) >= MAX_CLASS_NAMES:
            break
    return out


_COMMENTS = re.compile(r"comment|reply|pinglun|discuss|sohucs|changyan", re.IGNORECASE)


def _in_comments(node: Node) -> bool:
    """Whether an element is, or sits in, a reader-comment box (its author spans name readers)."""
    parent: Node | None = node
    for _ in range(9):
        if parent is None:
            return False
        a = parent.attributes
        if _COMMENTS.search(f"{a.get('class') or ''} {a.get('id') or ''}"):
            return True
        parent = parent.parent
    return False


_LOGO = re.compile(r"logo|brand|site-?name|sitename", re.IGNORECASE)


def _site_heading(h: Node, home_only: bool = False) -> bool:
    """An ``<h1>`` that names the site, not the article: a logo's (by class or id, its own or
    its parent's), or one that is wholly a link to the site's or a section's root. An ``<h2>``
    only when it links to the site's home (an article's slug, /the-early-reviews, is no section)."""
    for node in (h, h.parent):
        if node is not None and _LOGO.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
            return True
    links = h.css("a[href]")
    if len(links) != 1 or _ws(links[0].text(deep=True)) != _ws(h.text(deep=True)):
        return False
    path = _url_path(links[0].attributes.get("href") or "")
    if home_only:  # (an empty href links nowhere)
        linked = bool((links[0].attributes.get("href") or "").strip())
        return linked and path in ("", "index.html", "index.htm", "index.php")
    return path.count("/") == 0 and "." not in path and not any(c.isdigit() for c in path)


# an article's publication time as a Unix timestamp in the page's script: WeChat's
# ``var ct = "1581517074"``, ``"publish_time": 1581517074`` in app-rendered pages
_EPOCH = re.compile(r"1[0-9]{9}(?:[0-9]{3})?")
# a compact date in a meta value: 20231015, 202310152218, 20231015221800
_COMPACT_STAMP = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}")
_SCRIPT_DATE = re.compile(
    r"(?:publish_?time|pub_?time|publishTime|pubTime|pub_?date|pubDate|publish_?date|publishDate)[\"']?\s*[=:]\s*"
    r"[\"']((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)[\"']"
)
_SCRIPT_TIME = re.compile(
    r"(?:\bvar\s+ct|[\"']?(?:publish_?time|pub_?time|publishTime|pubTime|pubTimeLong)[\"']?)\s*[=:]\s*[\"']?"
    r"(1[2-9]\d{8})(?:\d{3})?\b"
)
# what every match of _SCRIPT_TIME holds, found fast (its leading alternation leaves the regex
# engine no literal to skip ahead to, a scan of every script at every position): scripts
# without it are not searched
_SCRIPT_TIME_CUE = re.compile(r"var\s+ct|pub(?:lish)?_?[tT]ime")


# a subtitle under the headline: a dash first, or a date that an event phrase follows
_SUBTITLE_LINE = re.compile(r"\s*(?:——|—|--|－－)"
                            r"|.*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\d:：]{0,12}(?:之际|前夕|之时|到来|召开|开幕|举行)")


def _day_apart(a: str, b: str) -> bool:
    """Whether two ISO dates fall on neighbouring calendar days."""
    try:
        return abs((datetime.fromisoformat(a[:10]) - datetime.fromisoformat(b[:10])).days) == 1
    except ValueError:
        return False


def _utc8_day(value: str) -> str:
    """The calendar day (UTC+8) of an ISO time with a zone; the written day when it has none."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return when.astimezone(timezone(timedelta(hours=8))).date().isoformat()
    except ValueError:
        return value[:10]


# a <title> that names the view, not the story (a print page's 打印页面): no title; the headline
# in the page gives it
_GENERIC_TITLE = re.compile(r"(?:打印页面|打印本页|打印预览|打印|列印|列印本頁|列印頁面|友好打印"
                            r"|Print(?: Preview)?|无标题文档|無標題文件|Untitled(?: Document)?"
                            # an e-paper's masthead alone (农民日报 数字报, 人民日报-电子版): the edition, not the story
                            r"|[^\s_|]{2,10}(?:日报|日報|晚报|晚報|报|報)\s*[-_|·]?\s*(?:数字报刊?|數字報刊?|电子版|電子版|数字版|數字版))",
                            re.IGNORECASE)


def _hostname(url: str | None) -> str:
    """The URL's host name, "" for none or for a URL that does not parse (``http://[::1``)."""
    try:
        return (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""


def _url_path(url: str) -> str:
    try:
        return urlsplit(url).path.strip("/")
    except ValueError:
        return ""


def _ws(text: str | None) -> str:
    return collapse_spaces(text or "")
