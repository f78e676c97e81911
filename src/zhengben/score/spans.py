"""Span-level spam excision: injected text *inside* otherwise genuine lines and titles.

Spam farms splice into good sentences: a gambling brand (``…1时39分，某某现金网网址：宜春市…``),
the same brand substituted for a real name on every line, a target query repeated in every
paragraph, link anchor text or a bare URL mid-sentence, random tokens and invisible control
characters. Each finding is a :class:`Found` (``start, end, rule``) in the line's coordinates; the
step :class:`ExciseSpans` turns them into edits (``doc.apply``) that keep the sentence around them,
and relabels a line as spam when findings cover almost all of it (footers, keyword lines, fake
summaries). Rule ids and reasons live in ``rules/spam_spans.tsv``; the brand grammar in
``rules/spam_brands.tsv`` (matched with Aho-Corasick).

Brands are *chains* of adjacent vocabulary terms: ``[head] brand? tail* web*`` where the head is a
latin run (``js333``, ``ope``) or two to four CJK characters. Evidence decides (never one ordinary
word): a known brand with the suffix it needs, a strong tail (``贵宾会``, ``现金网``), a latin head with
a gambling tail, a lottery game with its context, or a repeated ``X体育``/``X国际`` that the title also
carries. News about casinos and crackdowns names operators without web suffixes and is kept.

Unmarked splices (queries, anchors, ads) are found by *splice signals*: a keyword the page declares
(tag line, title) sitting where a sentence reads as one without it, a local commercial query
(``rules/spam_queries.tsv``) whose city the text never names, a trading keyword glued to link titles,
a headline sharing no bigram with its text. Thresholds are in :class:`SpanConfig`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import groupby, pairwise, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from zhengben.config import Config, SpanConfig
from zhengben.document import Change, Document
from zhengben.lines.label import label_line, line_view, split_lines
from zhengben.repair.ruby import RubyMatch, ruby_scan
from zhengben.repair.script import converter
from zhengben.repair.space import spaced_out
from zhengben.rules import load_table, reasons
from zhengben.score.spam import GLUED_RUN_STRONG, SENTENCE_MARK, TITLE_GLUE, measure_line
from zhengben.score.vocab import Vocabulary, vocabulary
from zhengben.text import CJK_CLASS, MIRROR_STOP, cjk_count, is_cjk

__all__ = ["ExciseSpans", "Found", "PageContext", "SpanConfig", "cjk_bigrams", "find_spans", "title_spans"]




class Found(NamedTuple):
    start: int
    end: int
    rule: str


# ---------------------------------------------------------------- vocabulary


class _Term(NamedTuple):
    kind: str
    strength: str
    term: str


@cache
def _terms() -> dict[str, _Term]:
    return {r["term"]: _Term(r["kind"], r["strength"], r["term"]) for r in load_table("spam_brands")
            if r["kind"] not in ("guard", "legit_head", "place_head", "topic")}


@cache
def _legit_heads() -> frozenset[str]:
    return frozenset(r["term"] for r in load_table("spam_brands") if r["kind"] == "legit_head")


@cache
def _places() -> tuple[frozenset[str], tuple[int, ...]]:
    """Places a brand is sold under (``place_head`` rows, in both scripts), and their lengths
    longest first."""
    terms = [r["term"] for r in load_table("spam_brands") if r["kind"] == "place_head"]
    heads = frozenset(terms) | {converter(c).convert(t) for c in ("s2t", "s2hk") for t in terms}
    return heads, tuple(sorted({len(p) for p in heads}, reverse=True))


def _place_before(text: str, pos: int) -> int:
    """Length of a place head (澳门, 澳門) ending at ``pos``, or 0."""
    heads, lengths = _places()
    return next((n for n in lengths if n <= pos and text[pos - n:pos] in heads), 0)


def _legit(head: str) -> bool:
    legit = _legit_heads()
    return any(head[-n:] in legit for n in range(1, len(head) + 1))


# web suffixes that make a sign-up brand of X体育/X国际/X娱乐 on their own (not 平台, 在线, 官方, 最新)
_SIGNUP_HANS = frozenset({"app", "官网", "登录", "登陆", "登入", "登录器", "网址", "手机版", "下载", "注册", "开户",
                     "客户端", "入口", "中文版", "网页版", "官方版", "手机下载", "登录网址", "代理网址", "注册送"})
# ... in both scripts: a traditional mirror's spam says 官網, 網址, 註冊
_SIGNUP = _SIGNUP_HANS | {converter(c).convert(w) for c in ("s2t", "s2tw", "s2hk") for w in _SIGNUP_HANS}


_LATIN = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
# _LATIN's matches are the runs of ASCII letters and digits that hold a letter: these runs, less the
# all-digit ones, are found twice as fast
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_LATIN_DIGITS = re.compile(r"[a-z]{1,6}\d{2,5}|\d{2,5}[a-z]{1,6}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{12,40}(?![A-Za-z0-9])")
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~/?#=&%]+[A-Za-z0-9/]")
_URL_LEAD = re.compile(
    r"(?:访问|登录|登陆|网址|网站|官网|主页|地址|域名|链接|详见|参见|浏览|点击|关注|输入|进入|搜索|查询)|"
    r"(?:[见为是至到在或和及与、:：(（\[【<《\s])$")
# a public body's or a school's own site is never a spam farm's link
_PUBLIC_HOST = re.compile(r"\.(?:gov|edu|org)(?:\.[a-z]{2})?(?:[/?#]|$)", re.IGNORECASE)
_ANCHOR_LT = re.compile(f"<[{CJK_CLASS}]{{2,16}}(?=[，。！？；\\n]|$)")
# simplified and traditional forms: these run on the page's own text, before script conversion
_KEYWORD_LINE = re.compile(r"(?:关键词|关键字|标签|關鍵詞|關鍵字|標籤|tags?)\s*[:：]", re.IGNORECASE)
_SUMMARY_LINE = re.compile(
    r"^\s*[\[【]?\s*(?:文章)?(?:摘要|简介|簡介|导读|導讀|内容提要|內容提要|提要)\s*[\]】]?\s*[:：]")
_CLAUSE = re.compile(r"[^，。！？；：,!?;:\n]+")
_NAMED_CLAUSE = re.compile(r"[“”\"《》「」『』、]|^(?:这|该|此|其|那)")
_OPENERS = frozenset("【[「『“《(（")
_CLOSERS = frozenset("】]」』”》)）")
_QUERY_WORDS = re.compile(r"什么|怎么|怎样|如何|哪家|哪个|哪里|哪些|多少|吗|好不好|为什么|是否|"
                          r"什麼|怎麼|怎樣|哪個|哪裡|哪些|嗎|為什麼")
_SENTENCE_END = "。！？!?；;…"
_SEPARATORS = "，,、"
_CJK_RUN = re.compile(f"[{CJK_CLASS}]{{2,}}")
_KEY_SEP = re.compile(r"[,，、\s]+")
_TITLE_SEP = re.compile(r"[_|｜]|\s[-–—]\s")
_BRACKETS = {"【": "】", "[": "]", "‘": "’", "'": "'", "〖": "〗"}
_SPLICE_BRACKETS = {**_BRACKETS, "(": ")", "（": "）"}


class _Tok(NamedTuple):
    start: int
    end: int
    kind: str       # brand, strong_tail, tail, web, lottery, lottery_ctx, latin
    strength: str


# ``_Tok(...)`` and ``_Chain(...)`` through the tuple constructor: a named tuple's own ``__new__`` is
# Python code, twice as slow, and a page makes one token per vocabulary hit and latin run
_new_tok = partial(tuple.__new__, _Tok)


def _tokens(text: str) -> list[_Tok]:
    """Brand-grammar tokens: vocabulary hits (Aho-Corasick) and whole latin runs."""
    return _scan(text)[0]


def _guards(text: str) -> list[int]:
    """Positions of enforcement words (``guard`` rows of the brand table)."""
    return _scan(text)[1]


# a strong tail that is the end of another word when this follows it (电网投资, 并网投产)
_NOT_BEFORE = {"网投": frozenset("资入产运放用")}


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[list[_Tok], list[int]]:
    """One Aho-Corasick pass: grammar tokens, and the positions of guard words."""
    terms = _terms()
    toks: list[_Tok] = []
    guards: list[int] = []
    for s, e, row in vocabulary("spam_brands").find(text):
        if row["kind"] == "guard":
            guards.append(s)
        elif row["kind"] in ("legit_head", "place_head", "topic"):
            continue
        elif not row["term"].isascii():  # latin terms: looked up as whole runs below (no "app" in "apple")
            if text[e:e + 1] and text[e] in _NOT_BEFORE.get(row["term"], ()):
                continue
            toks.append(_new_tok((s, e, row["kind"], row["strength"])))
    for m in _ALNUM_RUN.finditer(text):
        run = m.group()
        if run.isdigit():  # ASCII digits only: no latin run
            continue
        term = terms.get(run.lower())
        s, e = m.span()
        if term is None:  # an unknown latin run: a possible brand head (js333, ope)
            toks.append(_new_tok((s, e, "latin", "")))
        else:
            toks.append(_new_tok((s, e, term.kind, term.strength)))
    toks.sort()
    out: list[_Tok] = []
    for tok in toks:  # overlaps (a term like 快3 spans CJK and a latin run): the longer wins
        if out and tok.start < out[-1].end:
            if tok.end - tok.start > out[-1].end - out[-1].start:
                out[-1] = tok
            continue
        out.append(tok)
    return out, guards


_Scan = tuple[list[_Tok], list[int]]
_NO_SCAN: _Scan = ([], [])  # shared and never mutated, like every cached scan


def _line_scans(lines: list[str], page: str, same_length: bool) -> dict[int, _Scan]:
    """What ``_scan`` finds on each line that matters to the line finders, sliced from the scan of
    ``page`` (the lines joined with newlines): a line's tokens when one of them is not a latin run
    (latin runs alone make chains that yield nothing), and its guards. A line left out has neither.

    No vocabulary term holds a newline and neither does a latin run, so the leftmost-longest
    matches of the page are each line's own, shifted; the page is lower-cased as its lines are
    when lower-casing keeps every length, ``same_length`` (else each line is scanned on its own).
    """
    vocab = vocabulary("spam_brands")
    if not (vocab.line_safe and same_length) or page.count("\n") != len(lines) - 1:
        return {i: _scan(line) for i, line in enumerate(lines)}
    toks, guards = _scan(page)
    out: dict[int, _Scan] = {}
    bases = _line_bases(lines, [t.start for t in toks])
    for (i, base), run in groupby(zip(bases, toks, strict=True), key=itemgetter(0)):  # a line's tokens
        line_toks = [t for _, t in run]
        if any(t.kind != "latin" for t in line_toks):
            out[i] = ([_new_tok((t[0] - base, t[1] - base, t[2], t[3])) for t in line_toks], [])
    for g, (i, base) in zip(guards, _line_bases(lines, guards), strict=True):
        out.setdefault(i, ([], []))[1].append(g - base)
    return out


def _line_bases(lines: list[str], positions: list[int]) -> list[tuple[int, int]]:
    """For each of ascending positions in the lines joined with newlines: its line and where it starts."""
    out = []
    i, base, end = 0, 0, len(lines[0]) if lines else 0
    for at in positions:
        while at > end:  # past line i and its newline
            i += 1
            base = end + 1
            end = base + len(lines[i])
        out.append((i, base))
    return out


class _Chain(NamedTuple):
    start: int          # first token (no CJK head yet)
    end: int
    kinds: tuple[str, ...]
    strengths: tuple[str, ...]
    key_end: int        # end of the first tail token (the chain's key is text[start:key_end])


_new_chain = partial(tuple.__new__, _Chain)


def _chains(text: str, toks: list[_Tok] | None = None) -> list[_Chain]:
    if toks is None:
        toks = _tokens(text)
    chains: list[list[_Tok]] = []
    for t in toks:
        if chains and chains[-1][-1].end == t.start:
            chains[-1].append(t)
        else:
            chains.append([t])
    out = []
    for c in chains:
        if len(c) == 1:  # most chains: one token, its own key
            t = c[0]
            out.append(_new_chain((t[0], t[1], (t[2],), (t[3],), t[1])))
            continue
        key_end = next((t.end for t in c if t.kind in ("tail", "strong_tail", "lottery")), c[-1].end)
        out.append(_new_chain((c[0].start, c[-1].end, tuple(t.kind for t in c), tuple(t.strength for t in c), key_end)))
    return out


def _lone_latin_cut(toks: list[_Tok]) -> list[_Tok]:
    """The tokens less the latin runs that touch no other token (each a chain of its own)."""
    keep: list[_Tok] = []
    last = len(toks) - 1
    for k, t in enumerate(toks):
        if t.kind == "latin" and (k == 0 or toks[k - 1].end != t.start) and (
                k == last or toks[k + 1].start != t.end):
            continue
        keep.append(t)
    return keep


def _needs_head(c: _Chain) -> bool:
    return c.kinds[0] in ("strong_tail", "tail", "lottery")


def _cjk_before(text: str, pos: int, limit: int = 4) -> str:
    """The CJK characters right before ``pos``, at most ``limit`` of them: the leftmost start in
    ``text[pos - limit:pos]`` from which only CJK characters run to ``pos`` (``\\Z``: a line break
    before ``pos`` is not the end that ``$`` would also take)."""
    m = _CJK_TAIL.search(text, max(0, pos - limit), pos) if limit > 0 and pos > 0 else None
    return m.group() if m is not None else ""


_CJK_TAIL = re.compile(f"[{CJK_CLASS}]*\\Z")


# ---------------------------------------------------------------- page context


@dataclass
class PageContext:
    """What the page says about itself: its title, its text, and the CJK heads seen before each chain."""

    title: str = ""
    full: str = ""              # title and text, lower-cased (ASCII only, offsets kept)
    # chain key (its text up to its first tail) -> the CJK characters before each occurrence
    heads: dict[str, list[str]] | None = None
    keyword_lines: tuple[str, ...] = ()   # lower-cased keyword lines (本文关键词：...)
    # news about the gaming industry or the state lottery (two ``topic`` words of the brand table):
    # operators, junkets and games are named there, and only a sign-up word makes one an ad
    topical: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # occurrences of a key in ``full`` (memo)

    def count(self, key: str) -> int:
        n = self.counts.get(key)
        if n is None:
            n = self.counts[key] = self.full.count(key)
        return n


def page_context(text: str, title: str = "") -> PageContext:
    return _page_context.__wrapped__(text, title, True)  # a context of its own, every head in it


@lru_cache(maxsize=2)
def _page_context(text: str, title: str, every_head: bool = False) -> PageContext:
    """``page_context``; without ``every_head``, the heads of a lone unknown latin run (js333) are
    left out: ``_brand_spans`` never looks them up (it skips such a chain, and every key it looks up
    is a known term or holds a character outside ASCII).

    Cached: a crawl record's title is judged (``title_spans``) against the page its lines were
    (the context's only state, ``counts``, is a memo of ``full.count``)."""
    heads: dict[str, list[str]] = defaultdict(list)
    for src in (title, text):
        toks = _tokens(src)
        for c in _chains(src, toks if every_head else _lone_latin_cut(toks)):
            heads[_first_tail(c, src).lower()].append(_cjk_before(src, c.start))
    full = (title + "\n" + text).lower()
    labels = _lines_holding(full, (*_KEYWORD_WORDS, "tag"))  # the lines that can be keyword lines
    keyword_lines = tuple(line for k, line in enumerate(full.split("\n"))
                          if k in labels and _KEYWORD_LINE.search(line)) if labels else ()
    return PageContext(title, full, dict(heads), keyword_lines, topical=_topical(full))


@cache
def _topic_hint() -> re.Pattern[str]:
    """The first characters of the ``topic`` words: a page without them holds none."""
    return re.compile(f"[{''.join(sorted({r['term'][0] for r in load_table('spam_brands') if r['kind'] == 'topic'}))}]")


def _topical(full: str) -> bool:
    """Whether the page's own sentences (a comma or full stop inside: a farm's keyword footer of
    福彩3d 体彩排列三 has neither) hold two ``topic`` words."""
    if not _topic_hint().search(full):
        return False  # no topic word's first character: no topic word
    brands = vocabulary("spam_brands")
    if sum(row["kind"] == "topic" for _, _, row in brands.find(full)) < _TOPIC_MIN:
        return False
    topics = {row["term"] for line in full.split("\n") if SENTENCE_MARK.search(line)
              for _, _, row in brands.find(line) if row["kind"] == "topic"}
    return len(topics) >= _TOPIC_MIN


def _head_len(core: str, ctx: PageContext, cfg: SpanConfig, default: int) -> int:
    seen = (ctx.heads or {}).get(core, [])
    for n in (4, 3, 2):
        if n <= default:
            break
        if len(seen) >= cfg.head_extend_min and all(len(h) >= n for h in seen) and len({h[-n:] for h in seen}) == 1:
            return n
    return default


def _accept(c: _Chain, core: str, head: str, ctx: PageContext, text: str, place: int = 0) -> str | None:
    """The brand rule a chain satisfies, or None. ``place``: length of a place head before it."""
    kinds, strengths = c.kinds, c.strengths
    ks = set(kinds)
    start = c.start - place
    if _NAMED.search(text, 0, start):
        return None  # a name the text reports (一款名为“开云体育app”的软件): news about it
    bracketed = start > 0 and c.end < len(text) and _BRACKETS.get(text[start - 1]) == text[c.end]
    # a brand with its place in 【】 and a sentence running on both sides: 部署【澳门新葡京】进一步
    # (round brackets name an operator in news: 另一家运营商（澳门威尼斯人）表示; a brand alone in
    # 【】 may be a car or a place: 一汽丰田【皇冠】陆放, 马来西亚【沙巴】亚庇)
    spliced = bracketed and place > 0 and start > 1 and c.end + 1 < len(text) and is_cjk(text[start - 2]) and (
        is_cjk(text[c.end + 1]) or text[c.end + 1] in "，。；、")
    signups = sum(text[a:b].lower() in _SIGNUP for a, b in _web_spans(c, text))
    web_signup = signups > 0
    if ctx.topical and not (web_signup or spliced):
        return None  # 新濠国际发展, 德晋贵宾会, 福彩快3 in industry or lottery news
    signup = "strong_tail" in ks or web_signup or (bracketed and "web" in ks) or spliced  # 【金沙网站】
    for k, s in zip(kinds, strengths, strict=True):
        if k != "brand":
            continue
        # a brand that needs a tail takes a gambling tail or a sign-up word, not any web word:
        # 韦德官方账号, 九游官方, 爱游戏平台 name a footballer's account, a game store, a platform
        if s == "alone" or (s == "needs_tail" and (ks & _NAMING_SUFFIX or web_signup or kinds.count("brand") > 1)) or (
                s == "needs_web" and signup):
            return "spam.span.brand"
    if "strong_tail" in ks and (head or "latin" in ks or "brand" in ks):
        if (text[c.end - 1:c.end + 1] in ("网站", "網站") and _QUANTIFIER_HEAD.search(head) and not web_signup
                and not _WEB_AFTER.match(text, c.end + 1)):
            return None  # 一家博彩网站: the word for a gambling site, after a story's quantifier
        return "spam.span.brand"
    if "lottery" in ks and ks & {"lottery_ctx", "web", "tail"}:
        return "spam.span.lottery"
    if kinds[0] == "latin":
        latin = text[c.start:c.start + len(_LATIN.match(text, c.start).group())].lower()  # type: ignore[union-attr]
        if _LATIN_DIGITS.fullmatch(latin) and (ks & {"tail", "lottery"} or signup):
            return "spam.span.brand"  # bt365手机下载, js333金沙线路
        if ks & {"tail", "lottery"} and "web" in ks:
            return "spam.span.brand"  # ope体育app
    if ks & {"tail", "lottery"} and head and not _legit(head):
        key = head + _first_tail(c, text).lower()
        repeated = ctx.count(key) >= 2
        if key in ctx.title.lower() and repeated and (
                "web" in ks or _title_suffix(ctx.title, key) or any(key in line for line in ctx.keyword_lines)):
            return "spam.span.brand_repeated"
        glued = c.end < len(text) and text[c.end] in ":："
        if signup and (repeated or _spliced(text, c.start - len(head), c.end)):
            return "spam.span.brand_repeated"  # 金鼎体育app下载 spliced, or repeated on the page
        if signups >= 2:
            return "spam.span.brand"  # 江南体育app下载 even inside a sentence: two sign-up words name a site
        if glued and repeated:
            return "spam.span.brand_repeated"  # ，金鼎娱乐：宜春市… (a name with a colon, again and again)
    return None


# a name the sentence reports, in quotes after the words that introduce one (名为“…”, 自称“…”)
_NAMED = re.compile(r"(?:名为|名叫|叫做|称为|自称|冒充|假冒|所谓)\s*[“「\"『]\s*$")
_TOPIC_MIN = 2
_NAMING_SUFFIX = frozenset({"strong_tail", "tail", "lottery", "lottery_ctx"})

_DECIDING = frozenset({"brand", "strong_tail", "tail", "lottery"})


def _never(c: _Chain) -> bool:
    """A chain ``_accept`` returns None for whatever the page: no brand, tail or lottery token, and
    not a latin head with more after it (a lone latin run, a lone web word or lottery context)."""
    return _DECIDING.isdisjoint(c.kinds) and (c.kinds[0] != "latin" or len(c.kinds) == 1)


def _web_spans(c: _Chain, text: str) -> list[tuple[int, int]]:
    return [(t.start + c.start, t.end + c.start) for t in _tokens(text[c.start:c.end]) if t.kind == "web"]


def _spliced(text: str, start: int, end: int) -> bool:
    """Between sentence boundaries: line start or punctuation before, punctuation or a colon after."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (before == "" or not (is_cjk(before) or before.isalnum())) and (
        after == "" or not (is_cjk(after) or after.isalnum()))


def _first_tail(c: _Chain, text: str) -> str:
    """Text of the chain up to and including its first tail token."""
    return text[c.start:c.key_end]


def _title_suffix(title: str, brand: str) -> bool:
    low = title.lower().strip()
    return any(low.endswith(sep + brand) for sep in "_|｜-") or low.startswith(brand + "_")


def _guarded(text: str, guards: list[int], start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] holds an enforcement or reporting word."""
    if not guards:
        return False
    a = max(text.rfind(p, 0, start) for p in "。！？!?\n")
    ends = [k for k in (text.find(p, end) for p in "。！？!?\n") if k >= 0]
    b = min(ends) if ends else len(text)
    return any(a < g < b for g in guards)


def _brand_spans(text: str, ctx: PageContext, cfg: SpanConfig, scan: _Scan | None = None) -> list[Found]:
    out: list[Found] = []
    toks, guards = scan if scan is not None else _scan(text)
    if not toks:
        return out
    low = text.lower()
    for c in _chains(text, toks):
        if _never(c):
            continue
        core = low[c.start:c.end]
        default = 2 if _needs_head(c) else 0
        n = _head_len(_first_tail(c, text).lower(), ctx, cfg, default)
        head = _cjk_before(text, c.start, n) if n else ""
        if n and len(head) < min(n, 2):
            head = ""
        place = 0 if head else _place_before(text, c.start)
        rule = _accept(c, core, head, ctx, text, place)
        if rule is None or _guarded(text, guards, c.start, c.end):
            continue
        out.append(Found(c.start - (len(head) or place), c.end, rule))
    return out


# ---------------------------------------------------------------- other span kinds


def _control_spans(text: str) -> list[Found]:
    return [Found(m.start(), m.end(), "spam.span.control") for m in _CONTROL.finditer(text)]


def _token_spans(text: str) -> list[Found]:
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        switches = sum(1 for a, b in pairwise(tok) if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        lower_run = max((len(r) for r in re.findall("[a-z]+", tok)), default=0)
        digits = sum(ch.isdigit() for ch in tok)
        # random, not CamelCase words (HealthSearchQA): a digit, many case switches, short lower-case runs
        if switches >= 4 and digits and lower_run <= 3 and (is_cjk(before) or is_cjk(after)):
            out.append(Found(m.start(), m.end(), "spam.span.random_token"))
    return out


def _url_spans(text: str, own_host: str = "") -> list[Found]:
    out = []
    for m in _URL.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        after = text[m.end()] if m.end() < len(text) else ""
        prev = before[-1:] if before else ""
        if not is_cjk(prev) or _URL_LEAD.search(before):
            continue
        if (own_host and own_host in m.group()) or _PUBLIC_HOST.search(m.group()):
            continue
        if not after or not (is_cjk(after) or after in "，。；！？,"):
            continue  # a link at the end of a line is link residue of a list, not a splice
        out.append(Found(m.start(), m.end(), "spam.span.url"))
    return out


# a site's address, with or without www (xpj3388.com, www.tyc888.com/), and the words that
# introduce it after a brand (官网, 网址：)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,30}(?:\.[A-Za-z0-9-]{1,30})*"
                     r"\.(?:com|net|cc|vip|top|xyz|bet|club|site|live|info|tv|io|me|app|co|cn|org)(?![A-Za-z0-9-])"
                     r"(?:/[A-Za-z0-9\-._~/?#=&%]*)?", re.IGNORECASE)
_DOMAIN_LEAD = re.compile(r"(?:\s?(?:官网|官網|官方网站|官方網站|网址|網址|网站|網站)\s*[:：]?)?\s?$")
_GRAMMAR_KINDS = frozenset({"brand", "strong_tail", "tail", "web", "lottery", "latin"})
_BRAND_TAIL_CHARS = 2


def _brand_url_spans(line: str, scan: _Scan | None = None) -> list[Found]:
    """A gambling brand with its site's address right after it (澳门新葡京官网www.xpj3388.com,
    太阳城集团www.tyc888.com, 澳门新葡京xpj3388.com): the brand and the address go together, with
    the brackets around them when they hold nothing else (（澳门新葡京 www.xpj3388.com）). A word the
    table does not list between brand and address (太阳城集团) counts only before a host with digits,
    as farms' hosts have: 开云集团官网www.kering.com is a company's. An address after no brand is left
    to the URL finder; a sentence with an enforcement word is news."""
    if "." not in line:
        return []
    toks, guards = scan if scan is not None else _scan(line)
    if not any(t.kind == "brand" for t in toks):
        return []
    out: list[Found] = []
    for m in _DOMAIN.finditer(line):
        lead = _DOMAIN_LEAD.search(line, 0, m.start())
        at = lead.start() if lead else m.start()
        # the grammar tokens right before, back to where the run of them starts (a brand's own
        # tail the table does not list, 太阳城集团, may stand between)
        run = [t for t in toks if t.end <= at and t.kind in _GRAMMAR_KINDS]
        start, branded, bridged = at, False, False
        for t in reversed(run):
            gap = line[t.end:start]
            if len(gap) > _BRAND_TAIL_CHARS or not all(is_cjk(c) or c == " " for c in gap):
                break
            start, branded = t.start, branded or t.kind == "brand"
            bridged = bridged or gap.strip() != ""
        if not branded or _guarded(line, guards, start, m.end()):
            continue
        if bridged and not any(c.isdigit() for c in m.group().split("/")[2 if "//" in m.group() else 0]):
            continue  # 开云集团官网www.kering.com, 金沙中国官网: a company's own site (a farm's host has digits)
        start -= _place_before(line, start)  # 澳门新葡京: the place goes with the brand
        if start > 0 and is_cjk(line[start - 1]):
            continue  # the brand ends another word (骁龙8 Gen2: a phone's chip)
        end = m.end()
        if start > 0 and line[start - 1] in _SPLICE_BRACKETS and line[end:end + 1] == _SPLICE_BRACKETS[line[start - 1]]:
            start, end = start - 1, end + 1
        elif line[end:end + 1] == " ":
            end += 1  # the space a splicer put after the address
        out.append(Found(start, end, "spam.span.brand_url"))
    return out


# a site's watermark spliced into its text against scrapers: a bracketed source note naming a
# domain, a bracketed reprint request, or a domain in full-width letters (ｗｗｗ．ｊｃｗ８８．ｃｏｍ);
# and a click prompt glued to a sentence (【点击投票】)
_WATERMARK = re.compile(
    r"[【\[（(]\s*(?:本文)?(?:来源|來源|出处|出處)\s*[:：]\s*(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?\s*[】\]）)]"
    r"|[【\[（(]\s*(?:转载请|轉載請)(?:保留|注明)[^】\]）)\n]{0,12}[】\]）)]"
    r"|【(?:点击|點擊)(?:投票|报名|報名|参与|參與|领取|領取|购买|購買|订阅|訂閱)】(?!按钮|按鈕|键|鍵|图标|圖標)"
    r"|[ｗＷ]{3}．[ａ-ｚＡ-Ｚ０-９－]+(?:．[ａ-ｚＡ-Ｚ]{2,4})+")
_WATERMARK_HINTS = ("ｗｗｗ", "ＷＷＷ", "转载请", "轉載請", "【点击", "【點擊")


def _watermark_spans(text: str) -> list[Found]:
    """Watermarks spliced into a line with text on both sides (a line of its own is the line
    rules'). A public body's address (.gov, .edu, .org) and one the text leads up to (商务部网站
    （ｗｗｗ．ｍｏｆｃｏｍ．ｇｏｖ．ｃｎ）, 登录…) are the text's own."""
    out = []
    for m in _WATERMARK.finditer(text):
        # (a click prompt may end the line: …欢迎市民为他们投票。【点击投票】)
        if not (text[:m.start()].strip() and (text[m.end():].strip() or m.group()[1:3] in ("点击", "點擊"))):
            continue
        plain = unicodedata.normalize("NFKC", m.group())
        host = re.sub(r"[】\])）)]+$", "", plain)
        if _PUBLIC_HOST.search(host) or _URL_LEAD.search(text[max(0, m.start() - 8):m.start()]):
            continue
        out.append(Found(m.start(), m.end(), "spam.span.watermark"))
    return out


def _anchor_spans(text: str) -> list[Found]:
    out = []
    for m in _ANCHOR_LT.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if before and (is_cjk(before) or before in "，。；！？"):
            out.append(Found(m.start(), m.end(), "spam.span.anchor"))
    return out


@cache
def _web_tail() -> re.Pattern[str]:
    """Sign-up words (``web`` rows) after a brand, each after an optional separator, the first after
    an optional bracketed region: ``(中国)官方网站-登录入口``, ``|官网``."""
    web = sorted((r["term"] for r in load_table("spam_brands") if r["kind"] == "web"), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in web)
    return re.compile(rf"(?:[(（][{CJK_CLASS}]{{1,4}}[)）])?(?:[-–—_|｜·]?(?:{words}))+", re.IGNORECASE)


_BRACKETED = re.compile(r"[（(【\[]([^()（）【】\[\]\n]{2,30})[)）】\]]")
# the share of a bracketed aside that spam vocabulary must cover
_BRACKETED_COVERAGE = 0.5


def _bracketed_spam_spans(lines: list[str]) -> dict[int, list[Found]]:
    """A bracketed aside inside a sentence that is a porn keyword run (``会议指出（亚洲无码在线观看），``):
    removed with its brackets. Only an aside half covered by such vocabulary, never where the
    sentence reports on it (a guard word), never a whole line. Gambling words are left to the brand grammar (news
    names an operator in brackets), ad words too (a gloss: 服用伟哥（壮阳药）后)."""
    vocab = vocabulary("spam_vocab")
    out: dict[int, list[Found]] = {}
    bracketed = [i for i, line in enumerate(lines) if ("（" in line or "(" in line or "【" in line or "[" in line)]
    for i in bracketed:
        line = lines[i]
        for m in _BRACKETED.finditer(line):
            s, e = m.span()
            # inside a sentence, or appended after its full stop
            if s == 0 or not (is_cjk(line[s - 1]) or (e >= len(line) and line[s - 1] in "。！？")) or (
                    e >= len(line) and is_cjk(line[s - 1])):
                continue
            inner = m.group(1)
            if cjk_count(inner) < 2:  # a reading (xié), a year, a Latin name
                continue
            # porn words in any aside; gambling and ad words only as a run of keywords, every word
            # one of them (百家樂在線 真人荷官), never one name or a gloss
            parts = inner.split()
            run = len(parts) >= 2 and all(any(True for _ in vocab.find(part)) or any(
                t.kind != "latin" for t in _scan(part)[0]) for part in parts)
            hits = [(a, b, row["weight"]) for a, b, row in vocab.find(inner)
                    if row["category"] == "porn" or (run and row["category"] in ("gambling", "ad"))]
            strong = any(weight == "strong" for _, _, weight in hits)
            if run:  # the brand grammar's words count too (真人荷官)
                hits += [(t.start, t.end, "") for t in _scan(inner)[0] if t.kind != "latin"]
            covered = len({k for a, b, _ in hits for k in range(a, b) if is_cjk(inner[k])})
            if strong and covered >= _BRACKETED_COVERAGE * max(cjk_count(inner), 1) and not _guarded(
                    line, _scan(line)[1], s, e):
                out.setdefault(i, []).append(Found(s, e, "spam.span.bracketed"))
    return out


# a sign-up offer right after a gambling brand, up to the end of its clause
_PROMO_TAIL = re.compile(r"(?:注册|註冊|开户|開戶|首存|首充|充值|存款)?(?:就|即|立|再)?送\s*\d{1,5}\s*(?:元|%|％)?"
                         r"(?:彩金|红包|紅包|现金|現金|礼金|禮金)?|\d{1,5}\s*元\s*(?:彩金|红包|紅包|礼金|禮金)"
                         r"|(?<=送)(?:彩金|红包|紅包|礼金|禮金)")  # (注册送, the brand's own tail, then 彩金)
_CLAUSE_END = frozenset("，,。；;！!？?\n")
_CLAUSE_SPLIT = re.compile(r"[^，,。！？；;!?\n]+")


def _porn_term(hits: list[tuple[int, int, Any]]) -> bool:
    """Whether vocabulary hits hold a strong porn term of ``_PORN_AD_TERM`` characters or more."""
    return any(row["category"] == "porn" and row["weight"] == "strong" and b - a >= _PORN_AD_TERM
               for a, b, row in hits)


def _spam_sentence_spans(lines: list[str], hits_by_line: dict[int, list[Any]]) -> dict[int, list[Found]]:
    """A whole spam sentence appended to a paragraph's prose (…驻留消耗品。最新日本无码av在线观看免费
    高清，太阳城娱乐平台信誉第一提款秒到账。): a sentence of the line mostly spam vocabulary, two strong
    words in it, beside prose with no spam word; never a quoted one, nor on a line reporting a
    crackdown (a guard word anywhere on it)."""
    out: dict[int, list[Found]] = {}
    for i, hits in hits_by_line.items():
        if sum(row["weight"] == "strong" for _, _, row in hits) < 2:
            continue  # most lines: no spam word or one
        line = lines[i]
        sentences = _sentences(line)
        if len(sentences) < 2 or _scan(line)[1]:
            continue
        for s, e in sentences:
            sentence = line[s:e]
            if _QUOTED.search(sentence) or cjk_count(sentence) < _SPAM_SENTENCE_CJK:
                continue  # quoted, or a short labelled line of figures (十位杀号：0158，胆码关注：269。)
            m = measure_line(sentence)
            if m.strong < 2 or m.coverage < _SPAM_SENTENCE_COVERAGE:
                continue
            rest = line[:s] + line[e:]
            if cjk_count(rest) >= _PORN_AD_REST and measure_line(rest).strong == 0:
                out.setdefault(i, []).append(Found(s, e, "spam.span.spam_sentence"))
    return out


def _spam_clause_spans(lines: list[str], hits_by_line: dict[int, list[Any]]) -> dict[int, list[Found]]:
    """A run of keyword clauses spliced between a paragraph's clauses (…789亿美元，皇冠体育投注平台，
    太阳城娱乐网址，法国是…): consecutive clauses that spam words fill end to end, two strong words in
    the run (one if a porn term), with the spam words glued to the head of the clause after the run
    (…网址，办理各类证件法国是…); beside prose with no strong spam word, never a quoted clause, nor
    in a sentence reporting a crackdown (a guard word). Cut with one comma beside it. Spam words
    glued to the head of a clause of prose go too (…4000亿，国产精品一区二区三区每次推理…)."""
    vocab = vocabulary("spam_vocab")
    out: dict[int, list[Found]] = {}
    for i, hits in hits_by_line.items():
        if not any(row["weight"] == "strong" for _, _, row in hits):
            continue  # most lines: no strong spam word
        line = lines[i]
        covered = sum(b - a for a, b, _ in hits)
        if covered * 5 >= len(line.replace(" ", "")) * 4:
            continue  # a keyword line (the line rules and find_spans take it whole): no prose to keep
        clauses = [m.span() for m in _CLAUSE_SPLIT.finditer(line)]
        # only a clause a spam word opens can be a keyword clause or have a run glued to its head
        opened = {a for a, _, _ in hits}
        spam = [_keyword_clause(line, s, e, vocab) if _opened(line, s, e, opened) else -1 for s, e in clauses]
        guards = _scan(line)[1]
        k = 0
        while k < len(clauses):
            if spam[k] < 0:
                k += 1
                continue
            j = k
            while j + 1 < len(clauses) and spam[j + 1] >= 0:
                j += 1
            s, e = clauses[k][0], clauses[j][1]
            strong = sum(spam[k:j + 1])
            k = j + 1
            glued = False
            if e < len(line) and line[e] in "，," and k < len(clauses):
                head, _ = _glued_head(line, *clauses[k], vocab)
                if head > clauses[k][0] and cjk_count(line[head:clauses[k][1]]) >= _SPAM_CLAUSE_REST:
                    e, glued = head, True  # 办理各类证件 glued to the prose after the run
            if (strong < 2 and not (strong and _porn_term(vocab.find(line[s:e])))) or _guarded(line, guards, s, e):
                continue  # (one strong word is enough when it is a porn term: 欧美成人视频网站)
            if line.startswith("等", e) or line.startswith("等", clauses[j][1]):
                continue  # names a list ends with 等 (威尼斯人，银河娱乐，永利娱乐等综合度假村): the sentence's own
            rest = line[:s] + line[e:]
            if cjk_count(rest) < _PORN_AD_REST or measure_line(rest).strong:
                continue
            if not glued:  # (glued: the comma before the run is the prose's own)
                if e < len(line) and line[e] in "，,":
                    e += 1
                elif s > 0 and line[s - 1] in "，,":
                    s -= 1
            out.setdefault(i, []).append(Found(s, e, "spam.span.spam_clauses"))
        for (s, e), strong in zip(clauses, spam, strict=True):
            if strong >= 0 or not _opened(line, s, e, opened):
                continue
            # a keyword run glued to the head of a clause of prose (…4000亿，国产精品一区二区三区每次推理…)
            head, _ = _glued_head(line, s, e, vocab)
            # two strong words side by side, not one read twice (一区二区三区的居民, 线上娱乐平台用户)
            words = sum(row["weight"] == "strong" for _, _, row in vocab.find(line[s:head]))
            if (words >= 2 and cjk_count(line[head:e]) >= _SPAM_CLAUSE_REST
                    and not measure_line(line[head:e]).strong and not _guarded(line, guards, s, head)
                    and cjk_count(line[:s] + line[head:]) >= _PORN_AD_REST):
                while head < e and line[head] == " ":
                    head += 1  # the space that set the run apart (国产精品一区二区三区 国产大模型发布…)
                out.setdefault(i, []).append(Found(s, head, "spam.span.spam_clauses"))
    return out


def _opened(line: str, s: int, e: int, starts: set[int]) -> bool:
    """Whether a spam word starts the clause ``line[s:e]`` (after its spaces)."""
    while s < e and line[s].isspace():
        s += 1
    return s in starts


def _glued_head(line: str, s: int, e: int, vocab: Vocabulary) -> tuple[int, int]:
    """Where the spam words opening ``line[s:e]`` end, each starting inside or right after the
    one before (一区二区 then 二区三区), and how many of them are strong; spaces before them are theirs."""
    head, words = s, 0
    while head < e and line[head].isspace():
        head += 1
    while True:
        start = max(s, head - 2)
        found = [(start + b, row) for a, b, row in vocab.find(line[start:e]) if start + a <= head and start + b > head]
        if not found:
            return head, words
        head, row = max(found, key=itemgetter(0))
        words += row["weight"] == "strong"


def _keyword_clause(line: str, s: int, e: int, vocab: Vocabulary) -> int:
    """The strong spam words of the clause ``line[s:e]`` when spam words, two of them at least, fill
    it end to end and it is not quoted, else -1: a sentence's clause naming games (后来下载了百家乐和
    老虎机) has words of its own between them, and one word alone is a name in a list (威尼斯人，
    银河娱乐; 人妻，少妇), never a farm's keyword phrase (皇冠体育投注平台)."""
    if cjk_count(line[s:e]) < 2 or _QUOTED.search(line, s, e):
        return -1
    head, words = _glued_head(line, s, e, vocab)
    if head != e or len(vocab.find(line[s:e])) < 2:
        return -1
    return words


# the prose a clause must keep after spam words glued to its head
_SPAM_CLAUSE_REST = 6


# a story's quantifier or qualifier before 博彩网站 (一家, 这个, 非法), and the sign-up or ranking
# words after it that make it a farm's anchor all the same (博彩网站官网, 博彩网站排名)
_QUANTIFIER_HEAD = re.compile(r"(?:[一这那该某多几每各][家个]|某|非法)$")
_WEB_AFTER = re.compile(r"\s*(?:官网|官方|网址|入口|注册|登录|排名|推荐|大全|app|APP|下载)")
# a sentence with its end mark; a sentence this much spam vocabulary (by characters) is spam
_SENTENCE_RUN = re.compile(r"[^。！？!?]+[。！？!?]*")


def _sentences(line: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``line``: ended by 。！？!? or an ASCII full stop between ideographs."""
    out = []
    for m in _SENTENCE_RUN.finditer(line):
        a = m.start()
        for stop in MIRROR_STOP.finditer(line, a, m.end()):
            out.append((a, stop.end()))
            a = stop.end()
        if a < m.end():
            out.append((a, m.end()))
    return out
_QUOTED = re.compile(r"[“”\"「」『』]")
_SPAM_SENTENCE_COVERAGE = 0.5
_SPAM_SENTENCE_CJK = 12


def _porn_ad_spans(lines: list[str], hits_by_line: dict[int, list[Any]]) -> dict[int, list[Found]]:
    """A porn advertisement spliced into a sentence (…工艺，想看更多亚洲色图请访问www.xx.com。合作社…):
    a clause with strong porn vocabulary and a web address, not where the sentence reports on it
    (a guard word: 警方查明…色情网站…), never a whole line. Cut with the comma before it."""
    vocab = vocabulary("spam_vocab")
    out: dict[int, list[Found]] = {}
    # the page's one pass of spam words (hits_by_line); the address is looked for only on porn lines
    porn = [i for i, hits in hits_by_line.items() if _porn_term(hits)]
    for i in porn:
        line = lines[i]
        if "." not in line or _DOMAIN.search(line) is None:
            continue
        for m in _CLAUSE_SPLIT.finditer(line):
            s, e = m.span()
            domain = _DOMAIN.search(m.group())
            if ((s, e) == (0, len(line)) or domain is None or _PUBLIC_HOST.search(domain.group())
                    or not _porn_term(vocab.find(m.group()))):
                continue  # (a public site's address, or a two-character hit inside a word: 所有码头)
            rest = line[:s] + line[e:]
            if cjk_count(rest) < _PORN_AD_REST or _guarded(line, _scan(line)[1], s, e):
                continue
            if s > 0 and line[s - 1] in "，,":
                s -= 1
            elif e < len(line) and line[e] in "，,":
                e += 1
            out.setdefault(i, []).append(Found(s, e, "spam.span.porn_ad"))
    return out


# the genuine text a line must keep beside a porn ad for the ad to be a splice, and the length of
# the porn term it must hold (有码 and 啪啪 sit inside ordinary words: 所有码头, 啪啪打脸)
_PORN_AD_REST = 10
_PORN_AD_TERM = 3


def _with_separators(text: str, spans: list[Found], keyword_line: bool) -> list[Found]:
    """Take the separator that belongs to a spliced brand: brackets around it, a colon after it,
    and in keyword lines the comma after it."""
    out = []
    for s, e, rule in spans:
        if rule in ("spam.span.brand", "spam.span.brand_repeated", "spam.span.lottery"):
            tail = _web_tail().match(text, e)
            if tail:  # 开云体育(中国)官方网站-登录入口: the sign-up words after the brand go with it
                e = tail.end()
            promo = _PROMO_TAIL.match(text, e)
            if promo and (promo.end() == len(text) or text[promo.end()] in _CLAUSE_END):
                e = promo.end()  # ...注册送888元彩金, 首存送100%: the offer ends the brand's clause
            if s > 0 and e < len(text) and text[s - 1] in "，," and text[e] in "，,":
                e += 1  # a whole clause between two commas goes with one of them
            elif s > 0 and e < len(text) and text[s - 1] in "，," and text[e] in "。！？!?；;":
                s -= 1  # ... and the last clause of a sentence with the comma before it
            if s > 0 and e < len(text) and _SPLICE_BRACKETS.get(text[s - 1]) == text[e]:
                s, e = s - 1, e + 1
            if e < len(text) and (text[e] in ":：" or (keyword_line and text[e] in _SEPARATORS)):
                e += 1
            if not text[e:].strip() and s > 1 and text[s - 1] in "—-" and text[s - 2] not in "—-":
                s -= 1  # a headline's dash before a brand that ends the line (…300部—澳门新葡京娱乐场官网)
        out.append(Found(s, e, rule))
    return out


def _merge(spans: Sequence[Found]) -> list[Found]:
    out: list[Found] = []
    for f in sorted(spans):
        if out and f.start < out[-1].end:  # overlapping (adjacent findings stay two edits)
            last = out[-1]
            if f.end > last.end:
                out[-1] = Found(last.start, f.end, last.rule)
            continue
        out.append(f)
    return out


def _shattered(line: str, brands: set[str], spans: list[Found]) -> list[Found]:
    """In a keyword line, a run of tokens that spells a brand (``海,德,体育,官网,``) goes whole."""
    if not brands:
        return []
    terms = _terms()
    toks = [(m.start(), m.end()) for m in re.finditer(r"[^,，、\s]+", line)]
    out = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks):
            piece = line[toks[j][0]:toks[j][1]].lower()
            bare = piece.strip("‘’'【】[]")
            brandish = (not bare) or any(bare in b for b in brands) or (
                bare in terms and terms[bare].kind != "lottery_ctx")
            if not brandish:
                break
            j += 1
        if j - i >= 2:
            joined = "".join(line[a:b].lower().strip("‘’'【】[]") for a, b in toks[i:j])
            if any(b in joined or _shares(joined, b, 4) for b in brands):
                end = toks[j - 1][1]
                m = re.match(r"[,，、]", line[end:])
                out.append(Found(toks[i][0], end + (1 if m else 0), "spam.span.keyword_run"))
        i = max(j, i + 1)
    return out


def _run_after_prose(line: str) -> Found | None:
    """A keyword run glued after a paragraph's last sentence (``…转移受威胁群众。网上赌场 百家乐 六合彩``):
    a tail with no sentence in it, mostly spam words, one of them strong."""
    if not line or line[-1] in _ENDS_CLEAN:
        return None  # most lines: a sentence or nothing ends them
    cut = max(line.rfind("。"), line.rfind("！"), line.rfind("？"))
    if cut < 0 or cut >= len(line) - 2:
        return None
    start = cut + 1
    while start < len(line) and line[start] in _CLOSERS:  # the sentence's closing quote is its own
        start += 1
    tail = line[start:]
    if not tail or SENTENCE_MARK.search(tail):
        return None
    m = measure_line(tail)  # two strong words at least: 他答：葡京 is an answer
    if m.strong >= 2 and m.coverage >= _TAIL_COVERAGE:
        return Found(start, len(line), "spam.span.keyword_run")
    return None


def _run_before_prose(line: str) -> Found | None:
    """A keyword run glued before a paragraph's first sentence (``澳门新葡京娱乐城 百家乐在线
    真人荷官记者从…``): space-separated words, mostly spam and two strong, the last one glued to the
    sentence; the run and that last word go, the sentence stays."""
    head_end = min((k for k in (line.find(c) for c in "，。！？；：") if k >= 0), default=-1)
    if head_end < 0 or line.count(" ", 0, head_end) < 2:
        return None
    last_space = line.rfind(" ", 0, head_end)
    words = line[:last_space].split()
    if len(words) < 2 or any(not cjk_count(w) for w in words):
        return None
    m = measure_line(" ".join(words))
    if m.strong < 2 or m.coverage < _TAIL_COVERAGE or _scan(line)[1]:
        return None
    # the word glued to the sentence: one ending in a vocabulary or grammar word that starts in
    # its first two characters (真人荷官: 荷官 is the grammar's)
    glued = line[last_space + 1:head_end]
    ends = [b for a, b, _ in vocabulary("spam_vocab").find(glued) if a <= 2]
    ends += [t.end for t in _scan(glued)[0] if t.start <= 2 and t.kind != "latin"]
    end = last_space + 1 + max(ends) if ends else last_space + 1
    if end >= head_end:
        # the run is the clause itself: words a story quotes when what follows points back at them
        # (一肖一码 期期准 今晚必中，这样的字眼…); else a run spliced before the sentence, its comma too
        if _POINTS_BACK.match(line, head_end + 1):
            return None
        return Found(0, head_end + 1, "spam.span.keyword_run")
    return Found(0, end, "spam.span.keyword_run")


# words that refer back to what was just quoted (这样的字眼, 此类宣传, 类似说法)
_POINTS_BACK = re.compile(r"\s*(?:这样|這樣|这些|這些|这类|這類|此类|此類|诸如此类|類似|类似"
                          r"|这种|這種|此种|此種|以上|上述)")


_TAIL_COVERAGE = 0.5
_ENDS_CLEAN = frozenset("。！？”」）)")


def _keyword_brands(line: str, ctx: PageContext) -> list[Found]:
    """Keywords of a keyword line that name a gambling brand the title does not carry (体育平台, X娱乐)."""
    label = _KEYWORD_LINE.search(line)
    start = label.end() if label else 0
    title = ctx.title.lower()
    out = []
    for m in re.finditer(r"[^,，、\s]+", line[start:]):
        word = m.group().lower()
        if word in title or _guards(word):
            continue
        toks = _tokens(word)
        kinds = {t.kind for t in toks}
        named = any(t.kind == "tail" and len(word) > t.end - t.start for t in toks)
        if (kinds & {"brand", "strong_tail", "lottery"} and len(toks) >= 2) or (named and kinds & {"web", "brand"}):
            s, e = start + m.start(), start + m.end()
            if e < len(line) and line[e] in _SEPARATORS:
                e += 1
            out.append(Found(s, e, "spam.span.keyword_brand"))
    return out


def _shares(a: str, b: str, n: int) -> bool:
    """Whether a and b share a substring of n characters."""
    return any(a[k:k + n] in b for k in range(len(a) - n + 1))


class _Runs(NamedTuple):
    """Which line finders can find anything on a page: for each, the lines that hold what its
    pattern needs. Most is read off the page's ASCII characters, newlines kept (a position's line
    is the count of newlines before it): those patterns need ASCII there."""

    control: frozenset[int]     # a control character
    token: frozenset[int]       # 12 ASCII letters or digits in a row (runs joined across other text)
    url: frozenset[int]         # http://, https:// or www.
    anchor: frozenset[int]      # <
    sale: frozenset[int]        # _ or a title separator (a sale keyword or a spam run is glued with it)
    contact: frozenset[int]     # a contact field's name
    keyword: frozenset[int]     # a keyword line's label

    def any(self, i: int) -> bool:
        return i in self.control or i in self.token or i in self.url or i in self.anchor or i in self.sale or (
            i in self.contact or i in self.keyword)


_ASC_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ASC_TOKEN = re.compile(r"[A-Za-z0-9]{12}")
_ASC_URL = re.compile(r"https?://|www\.|[A-Za-z0-9]\.(?:com|net|cc|vip|top|xyz|bet)(?![A-Za-z])", re.IGNORECASE)
# re.IGNORECASE matches an ASCII letter with itself in either case and only these others (tested):
# İ and ı for i, ſ for s, the Kelvin sign for k
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
_CONTACT_WORDS = ("phone", "tel", "mobile", "fax", "mail")  # what _CONTACT needs in ASCII (e-?mail)
# what _KEYWORD_LINE needs: no character but t, a and g themselves (either case) folds or lower-cases to them
_KEYWORD_WORDS = ("关键", "标签", "關鍵", "標籤")


def _lines_at(text: str, positions: Iterable[int]) -> frozenset[int]:
    """The lines of text (split at newlines) where the positions are."""
    out: set[int] = set()
    line = prev = 0
    for k in sorted(positions):
        line += text.count("\n", prev, k)
        prev = k
        out.add(line)
    return frozenset(out)


def _lines_holding(text: str, words: Iterable[str]) -> frozenset[int]:
    """The lines of text that hold one of words (none holds a newline)."""
    return _lines_at(text, {k for w in words for k in _occurrences(text, w)})


def _page_runs(lines: list[str], page: str) -> _Runs | None:
    """The finders to run on each line of ``page`` (the lines joined), or None: all of them."""
    if page.count("\n") != len(lines) - 1:
        return None
    asc = page.encode("ascii", "ignore").decode("ascii")
    low = asc.lower()

    def at(pattern: re.Pattern[str]) -> frozenset[int]:
        return _lines_at(asc, [m.start() for m in pattern.finditer(asc)])

    # a contact field's name is in ASCII but for a character that folds to i (then it is on its line)
    contact = _lines_holding(low, _CONTACT_WORDS) | _lines_holding(page, ("邮箱", "郵箱", *_ASCII_FOLDS))
    keyword = _lines_holding(low, ("tag",)) | _lines_holding(page, _KEYWORD_WORDS)
    glue = _lines_holding(asc, ("_", "-", " | ")) | _lines_holding(page, ("｜", "—"))  # TITLE_GLUE's
    url = at(_ASC_URL) | _lines_holding(page, _WATERMARK_HINTS)
    return _Runs(at(_ASC_CONTROL), at(_ASC_TOKEN), url, _lines_holding(asc, ("<",)), glue, contact, keyword)


def _line_findings(line: str, ctx: PageContext, cfg: SpanConfig, own_host: str,
                   scan: _Scan | None = None, runs: _Runs | None = None, i: int = 0) -> list[Found]:
    keyword_line = (runs is None or i in runs.keyword) and _KEYWORD_LINE.search(line) is not None
    found = _brand_spans(line, ctx, cfg, scan)
    if runs is None:
        found += _control_spans(line) + _token_spans(line) + _url_spans(line, own_host) + _anchor_spans(line)
        found += _watermark_spans(line) + _brand_url_spans(line, scan)
        found += _sale_spans(line) + _glued_spam_spans(line) + _contact_spans(line)
    else:  # the same finders in the same order, each where it can find anything
        if i in runs.control:
            found += _control_spans(line)
        if i in runs.token:
            found += _token_spans(line)
        if i in runs.url:
            found += _url_spans(line, own_host) + _watermark_spans(line) + _brand_url_spans(line, scan)
        if i in runs.anchor:
            found += _anchor_spans(line)
        if i in runs.sale:
            found += _sale_spans(line) + _glued_spam_spans(line)
        if i in runs.contact:
            found += _contact_spans(line)
    if not found and not keyword_line:
        return found
    found = _with_separators(line, found, keyword_line)
    if keyword_line:
        brands = {line[s:e].lower().strip("‘’'【】[]:：,，") for s, e, r in found if r.startswith("spam.span.brand")}
        found += _shattered(line, brands, found)
        found += _keyword_brands(line, ctx)
    return _merge(found)


# ---------------------------------------------------------------- repeated queries


def _query_candidates(page: str, title_segs: set[str], cfg: SpanConfig) -> list[str]:
    """The clauses of ``page`` (its lines joined) that could pass ``_query_spans``'s tests on their
    text alone: one of the title's segments, or in enough lines, and of a query's length.

    A superset: a clause's occurrences (at least the lines that hold it) are counted under both its
    text and its text without a list number, whether or not it opens a line."""
    counts = Counter(map(str.strip, _CLAUSE.findall(page)))
    for c in list(filter(_LIST_MARK.match, counts)):
        if mark := _LIST_MARK.match(c):
            counts[c[mark.end():]] += counts[c]
    need = min(cfg.query_repeats, cfg.query_repeats_plain)
    often = [c for c, n in counts.items() if n >= need]
    often += [t for t in title_segs if t in counts and counts[t] < need]
    return [c for c in often if len(c) <= cfg.query_max_chars and cjk_count(c) >= cfg.query_min_cjk]


def _query_spans(lines: list[str], title: str, cfg: SpanConfig, page: str | None = None) -> dict[int, list[Found]]:
    """A query clause spliced into paragraphs (the SEO target), with the separator it brought.

    A clause counts when it reads as a search query or the title carries it, and it stands alone:
    a clause whose neighbours repeat with it is a duplicated paragraph, not an injection.
    """
    # with the page: clauses are only read in the lines that hold a candidate (every occurrence of a
    # candidate, its neighbours and its line's list number are there; no other clause can pass)
    read: set[int] | None = None
    if page is not None:
        wanted = _query_candidates(
            page, {t.strip() for t in _TITLE_SEP.split(title) if cjk_count(t) >= cfg.query_min_cjk}, cfg)
        if not wanted:
            return {}
        at = sorted({k for c in wanted for k in _occurrences(page, c)})  # no clause holds a newline
        read = {i for i, _ in _line_bases(lines, at)}
    where: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    clauses: list[list[tuple[str, int, int]]] = []
    item: dict[int, int] = {}  # line -> end of its list-item number (5、): the line starts there
    for i, line in enumerate(lines):
        row: list[tuple[str, int, int]] = []
        clauses.append(row)
        if read is not None and i not in read:
            continue
        lead = len(line) - len(line.lstrip())  # a clause at or before this opens the line
        for m in _CLAUSE.finditer(line):
            clause = m.group().strip()
            if not clause:
                continue
            s = m.start() + (len(m.group()) - len(m.group().lstrip()))
            mark = _LIST_MARK.match(clause) if s <= lead else None
            if mark:  # a list item's number (5、) is not part of the clause
                clause, s = clause[mark.end():], s + mark.end()
                item[i] = s
            row.append((clause, s, s + len(clause)))
    title_segs = {t.strip() for t in _TITLE_SEP.split(title) if cjk_count(t) >= cfg.query_min_cjk}
    # a clause in fewer lines than any rule asks for, and not the title's, cannot pass: skip it early
    in_lines: dict[str, set[int]] = defaultdict(set)
    for i, row in enumerate(clauses):
        for clause, _, _ in row:
            in_lines[clause].add(i)
    need = min(cfg.query_repeats, cfg.query_repeats_plain)
    if not any(len(at) >= need or clause in title_segs for clause, at in in_lines.items()):
        return {}
    pairs = Counter((a[0], b[0]) for row in clauses for a, b in pairwise(row))
    for i, row in enumerate(clauses):
        line = lines[i]
        for k, (clause, s, e) in enumerate(row):
            if len(in_lines[clause]) < need and clause not in title_segs:
                continue
            if len(clause) > cfg.query_max_chars or cjk_count(clause) < cfg.query_min_cjk:
                continue
            if len(line.strip()) - len(clause) < 6:
                continue  # the clause is (almost) the whole line: a heading, not a splice
            if _NAMED_CLAUSE.search(clause) or line[s - 1:s] in _OPENERS or line[e:e + 1] in _CLOSERS:
                continue  # a quoted name, an enumeration, an anaphor or a bracketed title: the page's own words
            prev_rep = k > 0 and pairs[(row[k - 1][0], clause)] > 1
            next_rep = k + 1 < len(row) and pairs[(clause, row[k + 1][0])] > 1
            if prev_rep or next_rep:
                continue
            where[clause].append((i, s, e))
    out: dict[int, list[Found]] = defaultdict(list)
    for clause, occ in where.items():
        lines_hit = len({i for i, _, _ in occ})
        query = _QUERY_WORDS.search(clause) is not None or any(lines[i][e:e + 1] in ("？", "?") for i, _, e in occ)
        titled = any(clause in t for t in title_segs)
        title_splice = clause in title_segs and all(_appended(lines[i], s, e) for i, s, e in occ)
        if not ((lines_hit >= cfg.query_repeats and query) or (lines_hit >= cfg.query_repeats_plain and titled)
                or title_splice):
            continue
        for i, s, e in occ:
            floor = item.get(i, 0)
            s, e = _clause_separator(lines[i][floor:], s - floor, e - floor)
            s, e = s + floor, e + floor
            out[i].append(Found(s, e, "spam.span.query_repeat" if not title_splice else "spam.span.title_splice"))
    return out


def _occurrences(text: str, part: str) -> list[int]:
    """Where part starts in text, overlapping occurrences included."""
    out = []
    k = text.find(part)
    while k >= 0:
        out.append(k)
        k = text.find(part, k + 1)
    return out


def _appended(line: str, s: int, e: int) -> bool:
    """The clause closes its line after a comma (a query glued to the end of a paragraph).

    With a full stop after it, only a query does: a news lead often ends in its own headline
    (``…9月13日，某某论坛在成都举行。``)."""
    tail = line[e:].strip()
    if tail and not (tail in ("。", ".", "!", "！") and _QUERY_WORDS.search(line[s:e])):
        return False
    return line[:s].rstrip()[-1:] in ("，", ",")


def _clause_separator(line: str, s: int, e: int) -> tuple[int, int]:
    """The separator that came with an injected clause: the comma before it when it was appended
    to a sentence, the punctuation after it when it was prepended to one."""
    before = line[:s].rstrip()
    if s > 0 and line[s - 1] == " ":
        s = len(before)
    prev = before[-1:]
    nxt = line[e:e + 1]
    if prev and prev in _SEPARATORS and (not nxt.strip() or nxt in "。.!！?？"):
        return len(before) - 1, e
    if prev == "" or prev in _SENTENCE_END or prev in _SEPARATORS:
        if nxt and nxt in "，,？?：:、。":
            e += 1
        if e < len(line) and line[e] == " " and not line[e + 1:].strip():
            e += 1
    return s, e


# ---------------------------------------------------------------- whole lines


# games only lotteries have (幸运8, 时时彩, 极速赛车), and racing words any sports page has (赛车, 飞艇)
_LOTTERY_GAME = re.compile(
    r"(?:幸运|极速|秒速|北京)(?:赛车|飞艇)|幸运\d+|澳洲\d+|加拿大28|\d+彩|时时彩|快[3三]|pk10|11选5|六合彩", re.I)
_RACING = re.compile(r"(?:[a-z]{2})?(?:赛车|飞艇|快艇)", re.I)
_LOTTERY_STRONG = re.compile(r"开奖|预测|计划|走势|投注|下注|开户|注册|彩|app|官网|平台", re.I)
_LOTTERY_WORD = re.compile(r"开奖|预测|计划|走势|投注|下注|开户|注册|彩|app|官网|平台|规则|结果|历史|软件|玩法|"
                           r"技巧|公式|助手|网|期", re.I)


_GUIDE = re.compile(r"^\s*(?:导读|導讀)\s*[:：]\s*(?P<kw>[^\s\-_:：]{4,30})\s*[-_]\s*(?P<tail>\S{1,8})\s*$")


def _guide_keywords(lines: list[str], page: str | None = None) -> tuple[dict[int, str], list[str]]:
    """A farm template: ``导读:KEYWORD-word`` lines (two or more) name the keywords injected elsewhere."""
    if page is not None and "导读" not in page and "導讀" not in page:
        return {}, []  # every template line holds one of them
    guide = {i: m.group("kw") for i, line in enumerate(lines) if (m := _GUIDE.match(line))}
    if len(guide) < 2:
        return {}, []
    return guide, sorted(set(guide.values()), key=len, reverse=True)


def _guide_spans(line: str, keywords: list[str]) -> list[Found]:
    """Each occurrence of a template keyword, with its decoration (「」, [], and a glued _ - : or space)."""
    out: list[Found] = []
    for kw in keywords:
        for m in re.finditer(re.escape(kw), line):
            s, e = m.start(), m.end()
            if s > 0 and e < len(line) and _BRACKETS.get(line[s - 1], {"「": "」"}.get(line[s - 1])) == line[e]:
                s, e = s - 1, e + 1
            elif e < len(line) and line[e] in "_-:： " and (s == 0 or not is_cjk(line[s - 1])):
                e += 1
            out.append(Found(s, e, "spam.span.keyword_guide"))
    return out


_PREFIX = re.compile(r"^(?:「(?P<a>[^」\s]{4,20})」|\[(?P<b>[^\]\s]{4,20})\]|"
                     r"(?P<c>[^\s_:：\-「\[]{4,20})[_:：\s])(?=\S)")


def _guide_prefix_spans(line: str, keywords: list[str]) -> list[Found]:
    """On a farm-template page, an entry title opened by a keyword of the template's kind
    (``「成长作文800字初中」<title>``): decorated like the template's keywords, sharing at least two
    bigrams with them, and not itself a keyword the template named."""
    m = _PREFIX.match(line)
    if m is None:
        return []
    word = m.group("a") or m.group("b") or m.group("c") or ""
    if cjk_count(word) < 4 or re.search(r"[，。！？、,.!?《》]", word) or cjk_count(line[m.end():]) < 4:
        return []
    grams = _guide_bigrams(tuple(keywords))
    if len(cjk_bigrams(word) & grams) < 2:
        return []
    return [Found(0, m.end(), "spam.span.keyword_prefix")]


@lru_cache(maxsize=64)
def _guide_bigrams(keywords: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for kw in keywords:
        out |= cjk_bigrams(kw)
    return frozenset(out)


_LOTTERY_STOPS = re.compile("[。，！？；]")


def _lottery_line(line: str) -> bool:
    """A short line naming a lottery game with a site word (results, plans, predictions)."""
    view = line.strip()
    if len(view) > 30 or _LOTTERY_STOPS.search(view):
        return False
    game = _LOTTERY_GAME.search(view)
    if game is not None:
        return _LOTTERY_WORD.search(view[game.end():] + " " + view[:game.start()]) is not None
    race = _RACING.search(view)
    return race is not None and _LOTTERY_STRONG.search(view[race.end():] + " " + view[:race.start()]) is not None


def _lottery_game_spans(line: str, scan: _Scan | None = None) -> list[Found]:
    """On a lottery page, each lottery game with its two-character head (澳洲幸运8) and a glued 网."""
    out: list[Found] = []
    toks, guards = scan if scan is not None else _scan(line)
    if not toks:
        return out
    for c in _chains(line, toks):
        if "lottery" not in c.kinds or _guarded(line, guards, c.start, c.end):
            continue
        if line[c.start] == "快" and (_COUNT_GOES_ON.match(line, c.end) or line[c.start - 1:c.start] in _DEGREE):
            continue  # a count, not the game 快三: 最快三十分钟, 快三天, 快30岁, 飞快三步
        head = _cjk_before(line, c.start, 2) if _needs_head(c) else ""
        end = c.end + (1 if line[c.end:c.end + 1] == "网" else 0)
        out.append(Found(c.start - len(head), end, "spam.span.lottery"))
    return out


# 快三 / 快3 running on into a number or a unit is 快 "nearly" before a count (快三十分钟, 快三天,
# 快30岁, 快三公里), and after a degree word 快 "fast" (最快三, 飞快三步); 快三分析, 快三倍投 stay games
_COUNT_GOES_ON = re.compile(r"[0-9十百千万天个年月周次岁里成点秒步米]|分钟|分之|小时|公里")
_DEGREE = frozenset("最很更较尽赶加飞太挺特真")


_STOPS = re.compile("[。！？]")


def _footer_line(line: str, cfg: SpanConfig, guards: list[int] | None = None) -> str | None:
    segs = line.split()
    if len(segs) < min(cfg.footer_min_segments, cfg.cloud_min_segments):
        return None  # too few segments for either
    if _STOPS.search(line) or (guards if guards is not None else _guards(line)):
        return None
    if len(segs) >= cfg.footer_min_segments:
        gambling = 0
        for k, seg in enumerate(segs):
            if (gambling + len(segs) - k) / len(segs) < cfg.footer_share:
                break  # even with every segment left the share is not reached
            toks = _tokens(seg)
            kinds = {t.kind for t in toks}
            named = any(t.kind == "tail" and len(seg) >= t.end - t.start + 2 for t in toks)  # 登峰娱乐, not 娱乐
            if kinds & {"brand", "strong_tail", "lottery"} or named or _strong_segment(seg):
                gambling += 1
        if gambling / len(segs) >= cfg.footer_share:
            return "spam.line.keyword_footer"
    if len(segs) >= cfg.stem_min_segments and max(len(s) for s in segs) <= cfg.stem_segment_chars \
            and not re.search("[，,。；！？]", line):
        # one search stem with query suffixes: 实木地板 实木地板价格 实木地板品牌 实木地板哪个好
        stem, n = Counter(s[:_STEM_CHARS] for s in segs).most_common(1)[0]
        if cjk_count(stem) == _STEM_CHARS and n >= cfg.stem_share * len(segs) and sum(
                len(s) > _STEM_CHARS for s in segs if s.startswith(stem)) >= cfg.stem_min_segments - 1 and sum(
                bool(_QUERY_SUFFIX.search(s)) for s in segs) >= 2:  # queries, not a list of districts
            return "spam.line.keyword_stem"
    if len(segs) >= cfg.cloud_min_segments and max(len(s) for s in segs) <= cfg.cloud_segment_chars \
            and sum(1 for s in segs if cjk_count(s) >= 2) >= 0.8 * len(segs):
        mean = sum(len(s) for s in segs) / len(segs)
        if mean >= 4 and not re.search("[，,]", line):
            return "spam.line.keyword_cloud"
    return None


@lru_cache(maxsize=8192)
def _strong_segment(seg: str) -> bool:
    """Whether a footer segment holds a strong spam word: the segments of a farm's keyword footer
    (澳门新葡京, 百家乐) come back line after line and page after page."""
    return any(r["weight"] == "strong" for _, _, r in vocabulary("spam_vocab").find(seg))


_STEM_CHARS = 3  # a search stem's first characters, shared by every keyword built on it
# what a search query adds to its stem (价格, 哪个好, 厂家…)
_QUERY_SUFFIX = re.compile(r"价格|多少钱|哪个好|哪家好|品牌|厂家|电话|排名|排行|批发|报价|图片|怎么样|收费|维修|官网|"
                           r"推荐|大全|哪里|加盟|代理|招聘")


# ---------------------------------------------------------------- splice signals
#
# Injected queries and anchors carry no mark of their own; what betrays them is where they sit and
# what the page says about itself. Each finder below measures one such signal and the thresholds in
# SpanConfig decide: a keyword the page declares (its tag line or title) sitting at a splice point,
# a local commercial query (<city><service>) whose city the body never mentions, a trading keyword
# glued to link titles, a headline that shares nothing with the text under it.

# question words, and A-not-A or choice questions (是不是, 有没有, 还是): a phrase with none of them
# before a ？ is a search query, not a question
_INTERROGATIVE = re.compile(_QUERY_WORDS.pattern + r"|呢|谁|几|难道|么|还是|能否|可否|有没有|(.)不\1")
_PARTICLE_END = re.compile(r"(?:吗|呢|么|吧|怎么样|有哪些|是什么|哪家好|哪里好|多少钱)$")
_CLAUSE_PUNCT = "，,；;。、"
_LIST_MARK = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]\s*")
_ORG_TITLE = re.compile(r"(?:公司|集团|网|官网|大学|学院|学校|医院|中心|协会|学会|门户|网站|平台|商城|之家|频道|论坛|"
                        r"委员会|政府|局|厅|院|所|馆|社|报|台)$")
_HEADLINE_SHAPE = re.compile(r"[\s【】\[\]|｜丨·:：_—–-]")
_CONTACT = re.compile(r"^\s*(?:phone|tel|mobile|fax|e-?mail|邮箱|电子邮箱|郵箱)\s*[:：]\s*"
                      f"(?P<v>[{CJK_CLASS}]{{2,12}})\\s*$", re.IGNORECASE)


def _site_keywords(lines: list[str], title: str, cfg: SpanConfig,
                   labelled: frozenset[int] | None = None) -> list[str]:
    """Keywords the page declares: its tag or keyword lines, and its title's segments.

    ``labelled``: the only lines that can be keyword lines (``_Runs.keyword``), when known."""
    out: set[str] = set()
    for i in range(len(lines)) if labelled is None else sorted(labelled):
        line = lines[i]
        m = _KEYWORD_LINE.search(line)
        if m:
            out.update(_KEY_SEP.split(line[m.end():]))
    out.update(t.strip() for t in _TITLE_SEP.split(title.replace("\ufeff", "")))
    keep = {k.rstrip("？?") for k in out}
    long = (k for k in keep if len(k) >= cfg.site_keyword_min_chars and cjk_count(k) >= cfg.site_keyword_min_cjk)
    return sorted(long, key=len, reverse=True)


def _site_keyword_spans(lines: list[str], title: str, cfg: SpanConfig,
                        labelled: frozenset[int] | None = None) -> dict[int, list[Found]]:
    """A declared keyword at a splice point: the sentence around it reads as one without it.

    * a query ending in a sentence-final particle (吗, 呢, 怎么样) glued into a clause and followed by a
      comma or more text: ``…可以忽略了<keyword>吗，所以…`` (a question never ends mid-sentence);
    * a question closed and the sentence going on: ``…之后<keyword>？，或者…`` (its ``？，`` goes too);
    * a noun-phrase query (no question word) prefixed to a sentence with ``？``, or to a heading with
      ``：`` when the rest of the line is another line of the page.
    """
    keywords = _site_keywords(lines, title, cfg, labelled)
    if not keywords:
        return {}
    stripped = {line.strip() for line in lines}
    out: dict[int, list[Found]] = defaultdict(list)
    for i, line in enumerate(lines):
        if (labelled is None or i in labelled) and _KEYWORD_LINE.search(line):
            continue
        low = line.lower()
        taken: list[tuple[int, int]] = []
        for kw in keywords:
            key = kw.lower()
            if key not in low or line.strip().rstrip("？?") == kw:
                continue  # absent, or a heading that is the keyword: the page's own
            for m in re.finditer(re.escape(key), low):
                s, e = m.start(), m.end()
                if any(a < e and s < b for a, b in taken):
                    continue
                pre = line[s - 1] if s else ""
                nxt = line[e] if e < len(line) else ""
                glued = is_cjk(pre) or pre.isalnum() or pre in _CLOSERS
                found: tuple[int, int] | None = None
                if glued and _PARTICLE_END.search(kw) and (nxt in _CLAUSE_PUNCT or is_cjk(nxt)) and nxt:
                    found = (s, e)
                elif nxt in "？?" and line[e + 1:e + 2] in ("，", ",", "。"):
                    found = (s, e + 2)
                elif (not pre or pre in _SENTENCE_END or pre.isspace()) and nxt in "？?：:":
                    rest = line[e + 1:].strip()
                    if rest and is_cjk(rest[0]) and (
                            (nxt in "？?" and not _INTERROGATIVE.search(kw)) or (nxt in "：:" and rest in stripped)):
                        found = (s, e + 1 + (1 if line[e + 1:e + 2] == " " else 0))
                if found:
                    taken.append(found)
                    out[i].append(Found(found[0], found[1], "spam.span.site_keyword"))
    return out


class _QueryTables(NamedTuple):
    places: Vocabulary          # place names (Aho-Corasick)
    rest: re.Pattern[str]       # what follows a place in a query: 市? up to 6 CJK, a service or question, a tail
    questions: frozenset[str]   # service endings that ask (哪家好, 多少钱)
    sale: re.Pattern[str]       # a trading keyword as a whole segment
    intent: tuple[str, ...]     # commercial words of a title that declares a local SEO target


@cache
def _query_tables() -> _QueryTables:
    rows = load_table("spam_queries")
    by: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by[r["kind"]].append(r["term"])

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    places = Vocabulary(tuple(r for r in rows if r["kind"] == "place"))
    rest = re.compile(f"市?[{CJK_CLASS}]{{0,6}}?(?P<end>{alt(by['service'] + by['question'])})"
                      f"(?:{alt(by['tail'])})?")
    sale = re.compile(f"^(?:[{CJK_CLASS}A-Za-z0-9]{{1,8}}(?:{alt(by['sale'])})|[买卖][{CJK_CLASS}]{{2,6}})$")
    intent = tuple(by["service"] + by["question"] + by["sale"] + by["intent"])
    return _QueryTables(places, rest, frozenset(by["question"]), sale, intent)


# what may follow a genuine question word in the same sentence (多少钱一斤, 哪家好呢, 哪家好的)
_QUESTION_GOES_ON = frozenset("一每的呢吗啊呀吧了？?")


def _local_query_spans(lines: list[str], title: str) -> dict[int, list[Found]]:
    """A local commercial query (``<city><product>哪家好``, ``<city><service>取证``) spliced into text.

    A query ending in a question (哪家好, 多少钱) that opens a clause and runs on into the next sentence
    without a ``？`` goes. One ending in a service word (维修中心, 私家侦探) goes when the title declares
    a local commercial target (the city and a commercial word: 上海X手表维修服务), the text never names
    that city anywhere else, and the query opens a clause or closes with a comma.
    """
    tables = _query_tables()
    places, rest, questions = tables.places, tables.rest, tables.questions
    commercial = any(w in title for w in tables.intent)
    cands: dict[str, list[tuple[int, int, int, bool]]] = defaultdict(list)
    mentions: Counter[str] = Counter()
    head = title.replace("\ufeff", "").strip()
    for i, hits in places.find_lines(lines).items():  # the lines that name a place, in order
        line = lines[i]
        if line.strip() == head:
            continue  # no city, or the headline repeating the title: not a mention in the text
        # a sentence or a heading, not a list of the site's own links (热门城市：A价格 B价格 C价格)
        prose = re.search("[。！？]", line) is not None or len(line.split()) <= 2
        for s, e, row in hits:
            place = row["term"]
            mentions[place] += 1
            m = rest.match(line, e)
            if m is None or not prose:
                continue
            end = m.end()
            pre = line[s - 1] if s else ""
            nxt = line[end] if end < len(line) else ""
            opens = not pre or pre in "。！？；，,.!?;:：<" or pre.isspace()
            if not (is_cjk(nxt) or nxt.isdigit() or nxt in "，,《“「（(【") or _clause_guarded(line, s, end):
                continue  # the query runs on into the next sentence (or a date), or closes with a comma
            if m.group("end") in questions:
                if opens and nxt not in _QUESTION_GOES_ON:
                    cands[place].append((i, s, end, True))
            elif opens or nxt in "，,":
                cands[place].append((i, s, end, False))
    out: dict[int, list[Found]] = defaultdict(list)
    for place, occ in cands.items():
        local = commercial and place in title and mentions[place] == len(occ)
        for i, s, e, asked in occ:
            if not (asked or local):
                continue
            line = lines[i]
            nxt = line[e] if e < len(line) else ""
            if nxt in "，,：:":
                e += 1
            elif s and line[s - 1] in "，," and (not nxt or nxt in "。.!！"):
                s -= 1
            out[i].append(Found(s, e, "spam.span.local_query"))
    return out


def _clause_guarded(line: str, start: int, end: int) -> bool:
    """Whether the clause around line[start:end] holds an enforcement or reporting word."""
    a = max(line.rfind(p, 0, start) for p in "，。；！？,;!?")
    ends = [k for k in (line.find(p, end) for p in "，。；！？,;!?") if k >= 0]
    b = min(ends) if ends else len(line)
    return any(a < g < b for g in _guards(line))


def _sale_spans(line: str) -> list[Found]:
    """A trading keyword (``账号购买``, ``买X号``, ``等级号出售``) glued with ``_`` to a headline or link title."""
    if "_" not in line or re.search("[。！？]", line):
        return []
    sale = _query_tables().sale
    segs = [(m.start(), m.end()) for m in re.finditer(r"[^_]+", line)]
    if len(segs) < 2 or not any(cjk_count(line[a:b]) >= 6 for a, b in segs):
        return []
    headline = cjk_bigrams(max((line[a:b] for a, b in segs), key=cjk_count))
    out = []
    for k, (a, b) in enumerate(segs):
        word = line[a:b].strip()
        if k not in (0, len(segs) - 1) or not sale.match(word) or _guards(word):
            continue
        if cjk_bigrams(word) & headline:
            continue  # the headline's own subject (二手车出售_二手车交易市场): a listing, not a glued keyword
        out.append(Found(a, b + 1, "spam.span.sale_keyword") if k == 0 else Found(a - 1, b, "spam.span.sale_keyword"))
    return out


def _glued_spam_spans(line: str) -> list[Found]:
    """Porn, gambling or ad keywords glued with ``_`` or a title separator after a headline
    (``会议部署…_澳门新葡京_百家乐``, ``…上线运行 - 久久精品视频``): the trailing segments that are
    keyword runs go, with their separators; the headline stays."""
    if re.search("[。！？]", line):
        return []
    cuts = [(m.start(), m.end()) for m in TITLE_GLUE.finditer(line)]
    if not cuts:
        return []
    bounds = [0, *(e for _, e in cuts)]
    ends = [*(a for a, _ in cuts), len(line)]
    segs = list(zip(bounds, ends, strict=True))
    if cjk_count(line[slice(*segs[0])]) < 4 or measure_line(line[slice(*segs[0])]).strong:
        return []  # no headline before the keywords (a keyword line is judged whole)
    first = len(segs)
    for k in range(len(segs) - 1, 0, -1):
        a, b = segs[k]
        word = line[a:b].strip()
        word = word[_place_after_start(word):]  # 澳门新葡京: the place goes with its brand
        ms = measure_line(word)
        if not (ms.strong and ms.coverage >= 0.5 and not ms.guarded):
            break
        first = k
    # after a title's own separator (not _), one name (… - 澳门威尼斯人, … | 六合彩) is the title's:
    # a cut there takes a keyword run
    while (first < len(segs) and line[slice(*cuts[first - 1])] != "_"
           and measure_line(line[segs[first][0]:]).strong < GLUED_RUN_STRONG):
        first += 1
    if first == len(segs) or cjk_count(line[:segs[first][0]]) < 4:
        return []
    return [Found(cuts[first - 1][0], len(line), "spam.span.glued_keywords")]


def _place_after_start(word: str) -> int:
    """Length of a place head (``place_head`` rows) that ``word`` starts with, or 0."""
    heads, lengths = _places()
    return next((n for n in lengths if n < len(word) and word[:n] in heads), 0)


def _contact_spans(line: str) -> list[Found]:
    """A contact field (Phone :, Email :) filled with a keyword instead of a number or address."""
    m = _CONTACT.match(line)
    return [Found(m.start("v"), m.end("v"), "spam.span.contact_keyword")] if m else []


def _unrelated_title_lines(lines: list[str], title: str, cfg: SpanConfig) -> list[int]:
    """Lines repeating a headline that shares no bigram with the text under it (an ad or nonsense title)."""
    head = title.replace("\ufeff", "").strip()
    # a headline with a column bracket, a space or a separator is a news headline's shape: those
    # share little with their text (【一线调研】小零件做成大生意) and are left alone
    if cjk_count(head) < cfg.unrelated_title_min_cjk or _ORG_TITLE.search(head) or _HEADLINE_SHAPE.search(head):
        return []
    same = [i for i, line in enumerate(lines) if line.replace("\ufeff", "").strip() == head]
    if not same:
        return []
    rest = "\n".join(line for i, line in enumerate(lines) if i not in same)
    if cjk_count(rest) < cfg.unrelated_title_min_body or _overlap(head, rest) > cfg.unrelated_title_overlap:
        return []
    return same


# ---------------------------------------------------------------- public API


def find_spans(lines: list[str], title: str = "", cfg: SpanConfig | None = None,
               own_host: str = "", title_given: bool = True) -> tuple[dict[int, list[Found]], dict[int, str]]:
    """In-line findings per line index, and whole lines judged spam (index -> rule).

    ``title_given`` is false when the title is the page's own headline line (no record title): a
    line is then never judged against it as an unrelated headline, and its words are not keywords
    the page declares (a headline's question, 湿疹的临床症状具体有哪些, is the article's own topic).
    """
    cfg = cfg or SpanConfig()
    page = "\n".join(lines)
    ctx = _page_context(page, title)
    # the page's scan (made for its context), sliced into lines; ctx.full is the title and page lower-cased
    scans = _line_scans(lines, page, len(ctx.full) == len(title) + 1 + len(page))
    runs = _page_runs(lines, page)
    spans: dict[int, list[Found]] = {}
    whole: dict[int, str] = {}
    for i, line in enumerate(lines):
        scan = scans.get(i, _NO_SCAN)
        if not (scan[0] or runs is None or runs.any(i)) or not line.strip():
            continue  # no token, and no finder's pattern on the line: nothing to find
        found = _line_findings(line, ctx, cfg, own_host, scan, runs, i)
        if found:
            spans[i] = found
    for finder in (_query_spans(lines, title, cfg, page),
                   _site_keyword_spans(lines, title if title_given else "", cfg,
                                       None if runs is None else runs.keyword),
                   _local_query_spans(lines, title)):
        for i, extra in finder.items():
            spans[i] = _merge([*spans.get(i, []), *extra])
    for i, extra in _bracketed_spam_spans(lines).items():
        spans[i] = _merge([*spans.get(i, []), *extra])
    hits_by_line = vocabulary("spam_vocab").find_lines(lines)
    for i, extra in _porn_ad_spans(lines, hits_by_line).items():
        spans[i] = _merge([*spans.get(i, []), *extra])
    for i, extra in _spam_sentence_spans(lines, hits_by_line).items():
        spans[i] = _merge([*spans.get(i, []), *extra])
    for i, extra in _spam_clause_spans(lines, hits_by_line).items():
        # a finding the run overlaps takes the run in and keeps its rule: a brand's own rule decides
        # its line (spam.line.fake_summary)
        had = spans.get(i, [])
        for f in extra:
            over = [h for h in had if f.start < h.end and h.start < f.end]
            had = [h for h in had if h not in over]
            had.append(Found(min(f.start, *(h.start for h in over)), max(f.end, *(h.end for h in over)),
                             min(over).rule) if over else f)
        spans[i] = _merge(had)
    for i, line in enumerate(lines):
        if tail := _run_after_prose(line):
            spans[i] = _merge([*spans.get(i, []), tail])
        if " " in line and (head := _run_before_prose(line)):
            spans[i] = _merge([*spans.get(i, []), head])
    guide, keywords = _guide_keywords(lines, page)
    if keywords:
        for i, line in enumerate(lines):
            if i not in guide and (extra := _guide_spans(line, keywords) + _guide_prefix_spans(line, keywords)):
                spans[i] = _merge([*spans.get(i, []), *extra])
    brand_rules = ("spam.span.brand", "spam.span.brand_repeated", "spam.span.lottery")
    lottery = [i for i, line in enumerate(lines) if _lottery_line(line)]
    unrelated = set(_unrelated_title_lines(lines, title, cfg)) if title_given else set()
    lottery_page = len(lottery) >= 2 or any(f.rule == "spam.span.lottery" for fs in spans.values() for f in fs)
    if lottery_page:  # a page that sells lottery: a game named anywhere else goes too
        for i, line in enumerate(lines):
            if extra := _lottery_game_spans(line, scans.get(i, _NO_SCAN)):
                spans[i] = _merge([*spans.get(i, []), *extra])
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        rule = _footer_line(line, cfg, scans.get(i, _NO_SCAN)[1])
        if rule is None and lottery_page and i in lottery:
            rule = "spam.line.lottery"
        if rule is None and i in guide:
            rule = "spam.line.keyword_guide"
        if rule is None and i in unrelated:
            rule = "spam.line.unrelated_title"
        found = spans.get(i, [])
        if rule is None and found and any(f.rule in brand_rules for f in found) and _SUMMARY_LINE.search(line):
            rule = "spam.line.fake_summary"
        if rule is None and found:
            covered = sum(len(line[f.start:f.end].replace(" ", "")) for f in found)
            if covered >= cfg.whole_line_share * max(len(line.replace(" ", "")), 1) and any(
                    f.rule in brand_rules for f in found):
                rule = "spam.line.brand"
        if rule is not None:
            whole[i] = rule
            spans.pop(i, None)
    for i, found in spans.items():
        spans[i] = _without_debris(lines[i], found)
    return spans, whole


# a cut's seam: what may stand just before a cut (a boundary); the stub a keyword's cut may leave
_SEAM_BOUNDARY = frozenset("。！？!?；;")
_STUB = re.compile(r"[^\W\d_a-zA-Z]{1,2}|[0-9a-zA-Z]{1,5}")
_STUB_RULES = frozenset({"spam.span.brand", "spam.span.brand_repeated", "spam.span.lottery", "spam.span.keyword_run"})


def _without_debris(line: str, found: list[Found]) -> list[Found]:
    """Cuts widened over what they would leave as debris: the head of a keyword the vocabulary
    reads from its middle, between a sentence's end and a brand, lottery or keyword-run cut that
    runs to the line's end (``…片区。分分彩百家乐`` cut at ``分彩`` left ``分``; ``。188金宝博``
    left ``188``): one or two ideographs, or up to five letters and digits, glued to the cut. Never
    after a comma, 、 or a colon (``广州、深圳金宝博``, ``编辑：王五``: a list's item, a value),
    across a space, nor a longer clause (``落实责任`` of ``，落实责任金宝博平台``). And one of two
    commas a clause's cut brings together (``据介绍，百家乐，新线路`` left ``据介绍，，新线路``)."""
    out = []
    for f in found:
        s, e = f.start, f.end
        if f.rule in _STUB_RULES and not line[e:].strip():
            b = s
            while b > 0 and s - b <= 5 and not (line[b - 1] in _SEAM_BOUNDARY or line[b - 1] in _CLOSERS
                                                 or line[b - 1].isspace()):
                b -= 1
            # (a closing quote after the sentence's end is the sentence's: 。”分分彩; after a word, ”时代 is text)
            end = b - 1
            while end > 0 and line[end] in _CLOSERS and line[end - 1] in _CLOSERS | _SEAM_BOUNDARY:
                end -= 1
            if b > 0 and line[end] in _SEAM_BOUNDARY and _STUB.fullmatch(line, b, s):
                s = b
        if s > 0 and e < len(line) and line[s - 1] in "，," and line[e] in "，,":
            e += 1
        out.append(Found(s, e, f.rule))
    return _merge(out)


def title_spans(title: str, text: str, cfg: SpanConfig | None = None, title_given: bool = True) -> list[Found]:
    """Injected parts of a page title (the ``title`` field of a crawl record), given the page text.

    ``title_given`` is false for a title taken from the page itself (its first line): it is then
    never judged as an unrelated headline."""
    cfg = cfg or SpanConfig()
    # the page's context is only needed to judge brand-like tokens in the title
    found = _brand_spans(title, _page_context(text, title), cfg) if _tokens(title) else []
    found = _with_separators(title, found, False)
    found += _control_spans(title) + _sale_spans(title)
    branded = any(f.rule.startswith(("spam.span.brand", "spam.span.lottery")) for f in found)
    if title_given and not branded and _unrelated_title_lines(text.split("\n"), title, cfg):
        # an ad or nonsense headline over a page it has nothing to do with: all of it (not a BOM)
        pad = "\ufeff \t\u3000"
        return [Found(len(title) - len(title.lstrip(pad)), len(title.rstrip(pad)), "spam.line.unrelated_title")]
    if any(f.rule == "spam.span.lottery" for f in found):  # a lottery title: each lottery segment goes
        for m in re.finditer(r"[^\s_|｜]+", title):
            if _lottery_line(m.group()):
                found.append(Found(m.start(), m.end(), "spam.span.lottery"))
    out: list[Found] = []
    segs = _title_segments(title)
    for f in _merge(found):
        s, e = f.start, f.end
        # the separator before a brand suffix, or after a brand prefix
        for a, b in segs:
            if a <= s and e <= b:
                rest = title[e:b]
                if rest.strip() and _overlap(rest, text) < cfg.title_overlap:
                    e = b  # nonsense glued to the brand inside its segment
                if a > 0 and b == len(title.rstrip()) and s == a:
                    s = a - 1
                    while s > 0 and title[s - 1] in "_|｜ ":
                        s -= 1
                elif a == 0 and e == b and b < len(title) and title[b] in "_|｜":
                    e = b + 1
                break
        out.append(Found(s, e, f.rule))
    return _merge(out)


def _title_segments(title: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _TITLE_SEP.finditer(title):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(title)))
    return out


def cjk_bigrams(text: str) -> set[str]:
    """Every pair of adjacent CJK characters in text."""
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def _overlap(part: str, body: str) -> float:
    """Share of part's CJK bigrams that body contains."""
    grams = cjk_bigrams(part)
    return sum(1 for g in grams if g in body) / len(grams) if grams else 1.0


# the site regions (readers.html_meta.site_region) whose lotteries are licensed and reported as news
_LICENSED_LOTTERY = frozenset({"hk", "mo"})


class ExciseSpans:
    """Remove injected spans inside lines (each an edit) and mark whole injected lines as spam.

    Runs right after ``lines.label``: findings are made on the current text (only whitespace was
    repaired before), so the original offsets of every removal are recorded in
    ``doc.signals["spam_spans"]`` as ``[start, end, rule]``.
    """

    name = "spam.spans"

    def __init__(self, config: SpanConfig | None = None, lines: Config | None = None) -> None:
        self.config = config or SpanConfig()
        self.lines = lines or Config()  # for labelling a line again once spans are cut from it

    def __call__(self, doc: Document) -> Document:
        spans = split_lines(doc.text)
        texts, to_line = _reading_free(doc, spans)
        skip = {ln.index for ln in doc.lines if ln.label == "spam"}
        title = str(doc.provenance.get("title") or "")
        recorded_title = bool(title)
        if not title:
            title = next((texts[ln.index] for ln in doc.lines if ln.label == "title"), "")
        host = _host(str(doc.provenance.get("url") or ""))
        found, whole = find_spans(texts, title, self.config, host, recorded_title)
        if (doc.provenance.get("site_region") or {}).get("region") in _LICENSED_LOTTERY:
            # Hong Kong's and Macau's own outlets report their licensed lotteries (六合彩 draws):
            # a game named there is news, not a farm's lottery ad
            found = {i: kept for i, fs in found.items() if (kept := [f for f in fs if f.rule != "spam.span.lottery"])}
            whole = {i: rule for i, rule in whole.items() if rule != "spam.line.lottery"}
        why = reasons()
        changes: list[Change] = []
        for i, rule in whole.items():
            if i in skip or i >= len(doc.lines):
                continue
            ln = doc.lines[i]
            ln.label, ln.rule = "spam", rule
        counts: Counter[str] = Counter(whole.values())
        for i, items in sorted(found.items()):
            if i in skip or i in whole:
                continue
            base, at = spans[i][0], to_line.get(i)
            for f in items:
                start, end = (f.start, f.end) if at is None else (at(f.start), at(f.end))
                changes.append(Change(base + start, base + end, "", f.rule, why[f.rule]))
                counts[f.rule] += 1
        doc.apply(changes)
        if changes:
            cut = {i for i in found if i not in skip and i not in whole}
            _respace_cut_lines(doc, cut, self.lines)
            _relabel_cut_lines(doc, cut, self.lines)
        own = {c.rule for c in changes}
        recorded = [[e.start, e.end, e.rule] for e in doc.edits if e.rule in own]
        recorded += [[ln.start, ln.end, ln.rule] for ln in doc.lines if ln.label == "spam"]
        doc.signals["spam_spans"] = sorted(recorded)
        doc.signals["spam_rules"] = dict(sorted(counts.items()))
        given = doc.provenance.get("title")
        if isinstance(given, str) and given:  # the record's own title field (crawl records carry one)
            doc.signals["title_spam"] = [list(f) for f in title_spans(given, doc.original, self.config)]
        return doc


# what a body line cut down to its remainder may turn out to be (a brand glued before 关键词：…, or
# before a menu's items: 威尼斯人现金网新 华 社 北 京 leaves a row of one-character items)
_RELABEL = frozenset({"keywords", "editor", "dateline", "footer", "app", "share", "related_header", "spam",
                      "navigation"})


def _respace_cut_lines(doc: Document, cut: set[int], config: Config) -> None:
    """Join the spaced-out characters of a line that spans were cut from: with the spam's unspaced
    characters gone, what remains may be a spaced-out line (``中国威尼斯人现金网新 华 社 北 京`` leaves
    ``中国新 华 社 北 京``), which the space step would have joined had the spam not been there."""
    spans = split_lines(doc.text)
    mine = [(s, e) for i, (s, e) in enumerate(spans) if i in cut]
    if not mine:
        return
    found = spaced_out(doc.text, config.space, reasons()["space.cjk_gap"])
    doc.apply([c for c in found if any(s <= c.start and c.end <= e for s, e in mine)])


def _relabel_cut_lines(doc: Document, cut: set[int], config: Config) -> None:
    """Label again, alone, each body line that lost spans: what remains may be a line the label
    step would have taken had the spam not been glued to it (``威尼斯人现金网关键词:…`` leaves a
    keyword line), and restoring the restored page must not take it a second time."""
    spans = split_lines(doc.text)
    fmt = str(doc.provenance.get("format", "text"))
    for i in cut:
        ln = doc.lines[i] if i < len(doc.lines) and i < len(spans) else None
        if ln is None or ln.label != "body":
            continue
        label, rule = label_line(line_view(doc.text[slice(*spans[i])]), config, fmt)
        if label in _RELABEL:
            ln.label, ln.rule = label, rule


def _reading_free(doc: Document, spans: Sequence[tuple[int, int]]) -> tuple[list[str], dict[int, Callable[[int], int]]]:
    """Each line with its verified ruby readings cut out (a mirror's ``葡(pú)京`` is read as
    ``葡京``, and readings are not taken for latin brand heads), and for the lines that had any, a
    map from an offset in the cut line back to the line: a reading goes with the character it follows.
    """
    texts = [doc.text[s:e] for s, e in spans]
    matches = ruby_scan(doc)
    if not matches:
        return texts, {}
    starts = [s for s, _ in spans]
    by_line: dict[int, list[RubyMatch]] = defaultdict(list)
    for m, i in zip(matches, map(bisect_right, repeat(starts), map(itemgetter(0), matches)), strict=True):
        if m[1] <= spans[i - 1][1]:  # a reading never spans lines; be safe
            by_line[i - 1].append(m)
    maps: dict[int, Callable[[int], int]] = {}
    for i, found in by_line.items():
        base, line = spans[i][0], texts[i]
        parts, cuts, removed, pos, gone = [], [], [0], 0, 0
        for m in found:
            start, end = m[0] - base, m[1] - base
            parts.append(line[pos:start])
            cuts.append(start - gone)  # where the reading sat in the cut line
            gone += end - start
            removed.append(gone)
            pos = end
        parts.append(line[pos:])
        texts[i] = "".join(parts)
        maps[i] = partial(_back, tuple(cuts), tuple(removed))
    return texts, maps


def _back(cuts: tuple[int, ...], removed: tuple[int, ...], p: int) -> int:
    """Offset ``p`` of a cut line in the line: past every reading cut at or before ``p``."""
    return p + removed[bisect_right(cuts, p)]


def _host(url: str) -> str:
    m = re.match(r"[a-z]+://([^/:]+)", url)
    if not m:
        return ""
    parts = m.group(1).split(".")
    return ".".join(parts[-2:])
