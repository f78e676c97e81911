"""Main content and metadata of an HTML page, Chinese-aware.

How the article is found (DOM parsed by lexbor through selectolax):

1. **Blocks.** One walk cuts the text into blocks at block-level tags and ``<br>``.
   A block knows its tokens (one per ideograph, one per run of other letters: the
   evaluation's unit), link tokens, punctuation and its container. script/style/forms
   are skipped; ``nav``/``footer``/``aside``, ARIA landmarks, ``display:none`` and
   class/id boilerplate (``rules/html_boilerplate.tsv``) are *flagged*, not dropped.
2. **Values.** Prose (punctuated, few links) is positive; link lists, flagged blocks
   and short unpunctuated labels are negative. Two corrections: six or more short
   unlinked lines in one container are verse or lyrics (positive), and repeated
   "linked headline + summary" pairs are a feed (their summaries count 0).
3. **Container.** The seed is the element holding the most prose directly (its own
   and its children's blocks, half its grandchildren's), or, when the title is found
   in the body, the best container of the first sentence after it (unless the page's
   main prose block is over 3x larger: an encyclopedia's summary box). From the seed,
   climb while the parent's subtree value does not drop: sibling paragraphs merge,
   navigation and feeds stop the climb. A photo caption right under the title is weak
   evidence: when its container stays small, the container of the most prose wins.
   **Post lists**: when the container is one of three or more same-template, dated
   siblings (a blog archive, a forum thread) and not the first, the first post is taken
   (what such a page is about; its own date and poster go with it).
4. **Recovery.** A flagged container that holds half the page's prose, or the first
   sentence after the title, was misnamed (``col-no-side-gutter``): walk again without
   that flag and keep the better result. If nothing scores, walk again without flags.
5. **Clean-up.** Inside the container: link-list clusters, flagged blocks, furniture
   lines (``rules/html_lines.tsv``: ``drop`` a line, or ``cut`` everything after a
   "相关新闻" / copyright / comments heading), a leading copy of the title, and
   datelines/bylines before the first sentence are dropped; an editor line right
   after the container is attached, and a summary box between the title and the
   container (``lemma-summary``, ``abstract``, 导语) is put in front. Icon-font glyphs
   (private use area) are removed from the text.

Metadata comes from :mod:`zhengben.readers.html_meta` and records its origin.
Measured against the evaluation sets and the speed target in ``benchmarks/extract_bench.py``.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from zhengben.config import Config
from zhengben.errors import DepthError
from zhengben.meta.dates import parse_date
from zhengben.meta.fields import breadcrumb_channel
from zhengben.readers.decode import Decoded, decode_bytes
from zhengben.readers.html_meta import (
    CHINESE_PAGE_CJK,
    MetaField,
    PageFields,
    PageMeta,
    beijing_time,
    extract_meta,
    site_region,
)
from zhengben.readers.html_rules import boilerplate_rules, furniture_filter, furniture_lines
from zhengben.repair.mojibake import may_be_misread, read_again
from zhengben.score.script import mainland_licence
from zhengben.score.vocab import guard_words, operator_names, vocabulary
from zhengben.text import SUMMARY_LABEL, cjk_count

__all__ = ["Block", "HtmlArticle", "MetaField", "extract_html", "extract_json"]

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "select", "option", "textarea", "button", "input", "head", "title", "meta", "link", "map",
    "area", "audio", "video", "source", "track", "math", "frameset", "frame", "#comment", "-comment",
})
BOILER_TAGS = frozenset({"nav", "footer", "aside", "header", "menu"})
BOILER_ROLES = frozenset({"navigation", "contentinfo", "banner", "complementary", "menu", "menubar",
                          "search", "dialog", "alert"})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
    "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "blockquote", "pre",
    "figure", "figcaption", "header", "footer", "nav", "aside", "form", "fieldset", "address",
    "center", "hr", "details", "summary", "caption", "body", "html", "menu", "legend",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CAPTION_CLASS = re.compile(r"caption|pic_?text|img_?desc|pictext|tuzhu|photo_?desc", re.IGNORECASE)
# visibility:hidden is not a signal: WeChat and other apps hide the article until a script runs
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# ... and a zero font size on a short inline element: text hidden for search engines inside a
# sentence (<font style="font-size:0px">威尼斯人娱乐城</font>); on a block it is a layout trick
# (inline-block children set their own size), never a sign
_ZERO_FONT = re.compile(r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)", re.IGNORECASE)
BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|list-item|table)\b", re.IGNORECASE)
# a page's own stylesheet rule that hides a class or id (".x7f{display:none}", "span#k2 { display:
# none }"), found case-sensitively: CSS is written in lower case, and a case-blind scan of a
# page's whole CSS costs ten times as much
_CSS_HIDDEN = re.compile(r"display\s*:\s*none")
_SIMPLE_SELECTOR = re.compile(r"^[a-z]*([.#])([\w-]+)$", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# hidden inline text is left out where it stands only when this short: anti-copy junk spliced
# into sentences ("禁止采集", a site name) is a few characters; a hidden article or "read more"
# half is not
MAX_HIDDEN_INLINE = 30

# One token per ideograph, kana or hangul syllable; one per run of other letters/digits (any
# script, so Russian or Korean pages are measured too, not seen as empty).
_CJK_CLASS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_CJK_CLASS}]|[^\\W_{_CJK_CLASS}]+")
_TOKEN_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_TOKEN_WORD = re.compile(f"[^\\W_{_CJK_CLASS}]+")


def _count_tokens(text: str) -> int:
    """``len(_TOKEN.findall(text))``: the ideographs are the characters their runs' removal takes
    away, the words the count of runs removed (no list of matched strings is built)."""
    return len(text) - len(_TOKEN_CJK_RUN.sub("", text)) + _TOKEN_WORD.subn("", text)[1]


_PUNCT = re.compile(r"[，。！？；：、“”「」『』…,.!?;:]")
# icon-font glyphs (private use area): a web font draws them as pictures, they are never text
_ICON = re.compile("[\ue000-\uf8ff]")
# a text opening with a year and its date mark (2024-08-02, 2024年8月): a date, even right after digits
_YEAR_DATE = re.compile(r"(?:19|20)\d\d[-/.年]\d")
_COUNTER_END = re.compile(r"\d{1,3}/\d{1,3}$")
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]+")
# the characters _WS folds and a block's ends lose: a buffer of only these holds no text
_BLANK = " \t\n\r\f\v\u00a0\u200b\u2028\u2029\u202f\u205f\ufeff\u3000" + "".join(map(chr, range(0x2000, 0x200b)))

MIN_ARTICLE_VALUE = 25.0
_CONFIG = Config()  # (the line labeller's defaults, for reading a breadcrumb above the article)
# a linked paragraph of at least this many tokens, ending as a sentence, is text (see _linked_sentence)
LINKED_SENTENCE_TOKENS = 20
_SENTENCE_DONE = re.compile(r"。[”」』]?$")
# a teaser is looked for among the first blocks kept, must hold this many characters before
# its dots, and must open one of the next few paragraphs
# a story goes on after a related-news heading in its flow only with this many paragraphs in a row
RESUME_PARAGRAPHS = 2
TEASER_FIRST_BLOCKS = 3
TEASER_MIN_CHARS = 15
TEASER_LOOKAHEAD = 5
# ... and an unmarked copy of the very next paragraph's opening, of this many characters at least
TEASER_BARE_CHARS = 24
# a JSON-LD articleBody with at least this many CJK characters is taken when the page shows less
MIN_STATED_CJK = 100
# a script state's strings this long count; the article's must be this many times the next longest
STATE_MIN_CHARS = 40
STATE_LEAD = 1.5
# blocks above the story searched for a headline over its dateline when the metadata names none
TITLE_LOOKBACK = 4
ANCHOR_OVERRIDE = 3.0
# a line longer than furniture lines is furniture only when a rule matches this near its start,
# and only a statement or a notice opens so (the test spares every long paragraph the rules)
_OPENING_CHARS = 4
_LONG_FURNITURE = re.compile(r"^.{0,6}(?:声明|聲明|以上|原标|原標|版权|版權|免责|免責|本文|Copyright|©)")
# climbing passes a parent that loses at most this share of the value (an entry's time stamp
# beside its text) when the level above it gains at least CLIMB_GAIN times the value
CLIMB_DIP = 0.1
CLIMB_GAIN = 1.5
# how many levels above the dip the run of entries may start (an entry's box inside its <li>)
ENTRY_LEVELS = 3
# a table of at least this many cells can be a data table (see _data_tables)...
DATA_TABLE_CELLS = 6
# ... when a block of at least this value stands beside it (a paragraph of the story)
DATA_TABLE_PROSE = 20


@dataclass(slots=True)
class Block:
    """One paragraph-like run of text and the facts used to score it."""

    text: str
    owner: int
    tokens: int
    link_tokens: int
    punct: int
    boiler: str | None
    flag_root: int
    heading: bool
    caption: bool
    tag: str
    label: str = ""  # class and id of the element that owns the block

    @property
    def link_ratio(self) -> float:
        return self.link_tokens / self.tokens if self.tokens else 0.0


@dataclass
class HtmlArticle(PageFields):
    """What :func:`extract_html` found: decoded page, metadata with origins, main text."""

    decoded: Decoded
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # the breadcrumb above the article (首页 > 社会 > 正文 gives ["首页", "社会"]) and the rule that read it
    channel: tuple[list[str], str] | None = None
    ruby: list[tuple[str, str]] = field(default_factory=list)
    has_article: bool = False
    no_article_reason: str | None = None
    blocks: list[dict[str, Any]] = field(default_factory=list)
    # (region, origin) when the site is a Taiwan, Hong Kong, Macau or overseas outlet
    site_region: tuple[str, str] | None = None
    # strong spam terms the page shows outside its article (outside_spam_terms)
    outside_spam: list[str] = field(default_factory=list)
    # ... and those of the blocks left out between the article's own paragraphs
    inside_spam: list[str] = field(default_factory=list)
    # the page shows a mainland site's ICP or public-security filing number (its footer)
    mainland_licence: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class _Walk:
    """One DOM walk: element table (parent, tag, flag) and the list of text blocks."""

    def __init__(self, use_flags: bool, unflag: frozenset[int] = frozenset(),
                 hidden: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
        self.use_flags = use_flags
        self.unflag = unflag
        self.hidden_classes, self.hidden_ids = hidden
        self.flag_root: list[int] = []
        self.parent: list[int] = []
        self.tags: list[str] = []
        self.labels: list[str] = []
        self.classes: list[str] = []  # class attribute alone: a template's signature (ids differ per post)
        self.notes: list[str] = []  # ids of the container decisions taken (reported in HtmlArticle.blocks)
        self.title_at: dict[str | None, int] = {}  # _title_index's answers, by title
        self.blocks: list[Block] = []
        self.ruby: list[tuple[str, str]] = []
        self._buf: list[str] = []
        self._link: list[str] = []

    def _flush(self, owner: int, boiler: str | None, heading: bool, caption: bool, root: int) -> None:
        if not self._buf:
            return
        raw = "".join(self._buf)
        link = "".join(self._link)
        self._buf.clear()
        self._link.clear()
        if not raw.strip(_BLANK):
            return  # layout whitespace between tags: most flushes, skipped before any regex
        text = _WS.sub(" ", _ICON.sub("", raw)).strip(" \u3000")
        if not text or (text[0] == "<" and text[-1] == ">"):
            return  # empty, or markup leaked as text (noscript/iframe fallbacks)
        tokens = _count_tokens(text)
        if tokens == 0 and len(text) < 3:
            return
        # all of it link text (the link parts are some of the buffer's, in order): the clean-up
        # above only takes tokens away, so the block's own count is the smaller one
        all_link = len(link) == len(raw)
        link_tokens = tokens if all_link else min(tokens, _count_tokens(link)) if link else 0
        self.blocks.append(Block(
            text=text, owner=owner, tokens=tokens, link_tokens=link_tokens,
            punct=len(_PUNCT.findall(text)), boiler=boiler, flag_root=root, heading=heading, caption=caption,
            tag=self.tags[owner], label=self.labels[owner],
        ))

    def run(self, root: LexborNode) -> None:
        """Walk ``root`` with an explicit stack (deep, malformed pages overflow recursion)."""
        # stack items: (node, parent element id, in_link); node None = exit of element id. A node
        # brings in its first child and its next sibling one at a time: no child list is built
        stack: list[tuple[LexborNode | None, int, bool]] = [(root, -1, False)]
        owner_of: list[int] = []
        flag: list[str | None] = []
        heading: list[bool] = []
        code: list[bool] = []
        caption: list[bool] = []
        buf, link = self._buf, self._link
        tags, parents, labels, classes, flag_root = self.tags, self.parent, self.labels, self.classes, self.flag_root
        use_flags, unflag = self.use_flags, self.unflag
        hide_any = bool(self.hidden_classes or self.hidden_ids)  # else only a style or `hidden` hides
        text_parent = -1  # the element of the last text node buffered

        def flush(owner: int) -> None:
            if buf:
                if owner < 0:
                    buf.clear()
                    link.clear()
                    return
                self._flush(owner, flag[owner], heading[owner], caption[owner], self.flag_root[owner])

        while stack:
            node, parent, in_link = stack.pop()
            if node is None:
                if buf and owner_of[parent] == parent:
                    flush(parent)
                continue
            if parent >= 0 and (after := node.next) is not None:
                stack.append((after, parent, in_link))  # the next sibling, after this node's subtree
            tag = node.tag or ""
            if tag == "-text":
                text = node.text_content
                if text and (buf or text.strip(_BLANK)):
                    # (layout whitespace opening a block is left out: the block's text is stripped)
                    if buf and parent != text_parent and buf[-1][-1:].isdigit() and text[:1].isdigit() and (
                            _YEAR_DATE.match(text) or _COUNTER_END.search(buf[-1])):
                        # a count, then another element's date (<span>856</span><span>2024-08-02…), or a
                        # slide's counter, then its caption (<span>1/4</span>11月12日…)
                        buf.append(" ")
                    text_parent = parent
                    buf.append(text)
                    if in_link:
                        link.append(text)
                continue
            if tag in SKIP_TAGS or tag[:1] in ("-", "#"):
                continue
            if tag == "br":
                if buf:
                    flush(owner_of[parent] if parent >= 0 else -1)
                continue
            if tag == "ruby":
                self._ruby(node, in_link)
                continue
            attrs = node.attributes
            if (attrs and tag not in BLOCK_TAGS and (hide_any or "style" in attrs or "hidden" in attrs)
                    and self._hidden_inline(node, attrs)):
                # hidden text inside a sentence is left out where it stands, so the sentence
                # stays one paragraph (anti-copy pages splice "禁止采集" into every line)
                if "html.boilerplate.hidden_inline" not in self.notes:
                    self.notes.append("html.boilerplate.hidden_inline")
                continue
            eid = len(tags)
            tags.append(tag)
            parents.append(parent)
            if attrs:
                cls = attrs.get("class") or ""
                ident = attrs.get("id")
                label = f"{cls} {ident}".strip() if ident else cls.strip()
                style = attrs.get("style") or ""
            else:
                cls = label = style = ""
            labels.append(label)
            classes.append(cls.strip())
            inherited = flag[parent] if parent >= 0 else None
            in_code = parent >= 0 and code[parent]
            own: str | None = None
            if use_flags and inherited is None and eid not in unflag:
                if tag in BOILER_TAGS:
                    own = f"html.tag.{tag}"
                elif attrs and (attrs.get("role") or "").lower() in BOILER_ROLES:
                    own = "html.tag.role"
                elif attrs and ("hidden" in attrs or (style and HIDDEN_STYLE.search(style))):
                    own = "html.boilerplate.hidden_style"
                elif label and tag not in {"body", "html"} and not in_code:
                    # syntax-highlighting classes inside code ("hljs-comment") are not page parts
                    own = _boiler_label(label)
            is_cap = tag == "figcaption" or bool(label and _caption_label(label))
            flag.append(own or inherited)
            inherited_root = flag_root[parent] if parent >= 0 and inherited else -1
            flag_root.append(eid if own else inherited_root)
            heading.append(tag in HEADING_TAGS or (parent >= 0 and heading[parent]))
            code.append(in_code or tag in {"pre", "code"})
            caption.append(is_cap or (parent >= 0 and caption[parent]))
            # an inline element styled display:block breaks the line ("<span style='display:block;
            # height:1em'></span>" is how some templates separate paragraphs)
            is_block = tag in BLOCK_TAGS or own is not None or is_cap or (
                bool(style) and BLOCK_STYLE.search(style) is not None)
            if is_block:
                if buf:
                    flush(owner_of[parent] if parent >= 0 else -1)
                owner_of.append(eid)
            else:
                owner_of.append(owner_of[parent] if parent >= 0 else eid)
            if tag == "a" and "href" in attrs:
                in_link = True
            if (first := node.child) is not None:
                if is_block or parent < 0:
                    stack.append((None, eid, in_link))  # its exit ends its block (an inline's ends none)
                stack.append((first, eid, in_link))
        flush(0 if self.tags else -1)

    def _hidden_inline(self, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """Whether a short inline element is not shown: ``hidden``, ``display:none`` in its style,
        or a class or id the page's stylesheet hides; never one holding blocks. A long hidden
        stretch (an article a script reveals) goes the way of hidden blocks, where a container
        holding most of the page's prose is still recovered."""
        style = attrs.get("style")
        if "hidden" in attrs or (style and (HIDDEN_STYLE.search(style) or _ZERO_FONT.search(style))):
            pass
        elif self.hidden_classes or self.hidden_ids:
            classes = (attrs.get("class") or "").split()
            if not (any(c in self.hidden_classes for c in classes) or (attrs.get("id") or "") in self.hidden_ids):
                return False
        else:
            return False
        if len(node.text(deep=True).strip()) > MAX_HIDDEN_INLINE:
            return False
        return not any(d.tag in BLOCK_TAGS for d in node.traverse(include_text=False) if d is not node)

    def _ruby(self, node: LexborNode, in_link: bool) -> None:
        base: list[str] = []
        reading: list[str] = []
        for child in node.iter(include_text=True):
            ctag = child.tag
            if ctag == "rt":
                reading.append(child.text(deep=True).strip())
            elif ctag == "rp":
                continue
            elif ctag == "-text":
                base.append(child.text_content or "")
            elif ctag and not ctag.startswith("-"):
                base.append(child.text(deep=True))
        text = "".join(base)
        self._buf.append(text)
        if in_link:
            self._link.append(text)
        self.ruby.append((text.strip(), " ".join(r for r in reading if r)))


@lru_cache(maxsize=1 << 16)
def _boiler_label(label: str) -> str | None:
    """Boilerplate rule id of a class/id label; remembered, as templates repeat their labels."""
    return boilerplate_rules().match(label)


@lru_cache(maxsize=1 << 16)
def _caption_label(label: str) -> bool:
    return CAPTION_CLASS.search(label) is not None


def _value(b: Block, use_flag: bool = True) -> float:
    """Evidence that a block is article text (positive) or page furniture (negative)."""
    n = b.tokens
    if n == 0:
        return 0.0
    if b.boiler is not None and use_flag:
        return -1.0 * n
    own = n - b.link_tokens
    if b.link_tokens * 2 > n:
        return -1.0 * n
    if b.punct == 0 and own < 20:
        return -0.3 * own
    if own >= 60 and b.punct * 100 < own:
        return -0.5 * own  # a long run without punctuation: keyword stuffing, tag clouds
    if own < 8 and b.punct <= 1:
        return -0.2 * own
    return float(own) - b.link_tokens


def _linked_sentence(b: Block) -> bool:
    """A paragraph that is a whole sentence behind its link, of LINKED_SENTENCE_TOKENS tokens at
    least, inside the article (a round-up's items: <p><a>国家统计局：一季度…良好开局。</a></p>): text.
    A menu's, a list item's or a teaser's link ends in no full stop, a headline's in none at all."""
    return (b.tag == "p" and b.punct >= 2 and b.tokens >= LINKED_SENTENCE_TOKENS and not b.heading
            and _SENTENCE_DONE.search(b.text) is not None)


def _dateline_block(b: Block) -> bool:
    """A short block with a date and a byline label (2023-10-16 10:00 来源：新华网): a dateline,
    the page's or a teaser's, no prose."""
    return (b.tokens - b.link_tokens < _META_LINE_TOKENS and _META_LINE.search(b.text) is not None
            and _DIGIT_DATE.search(b.text) is not None and not _SENTENCE_END.search(b.text))


# a short line with a date and a byline label is a dateline, worth nothing as text
# (a count's word only with its number: 评论 26, 阅读：1.2万; a chronology's 全民阅读活动 is prose)
_META_LINE = re.compile(r"来源|來源|作者|编辑|編輯|稿源"
                        r"|(?:评论|評論|阅读|閱讀|浏览|瀏覽|点击|點擊|播放|跟帖|跟贴)\s*[:：]?\s*\d")
_META_LINE_TOKENS = 40
_TEASER_DATELINES = 3


def _verse_runs(blocks: list[Block], values: list[float], parent: list[int]) -> None:
    """Lines of verse and lyrics: six or more short unlinked lines in one container.

    Chinese poems and lyrics separate clauses with spaces and line breaks, not
    punctuation, so each line alone looks like a label. A run of them under one parent
    is text; menus are links and are not counted. Most lines of a verse (or of its pinyin)
    hold four or more tokens; a video player's controls ("倍速", "2.0X", "00:00", "高清")
    do not.
    """
    start = 0
    n = len(blocks)
    while start < n:
        b0 = blocks[start]
        key = {b0.owner, parent[b0.owner] if b0.owner >= 0 else -1}
        end = start
        while end + 1 < n:
            nb = blocks[end + 1]
            if nb.boiler or nb.link_tokens * 2 > nb.tokens:
                break
            if nb.owner not in key and (parent[nb.owner] if nb.owner >= 0 else -1) not in key:
                break
            end += 1
        run = blocks[start:end + 1]
        if (len(run) >= 6 and not b0.boiler and b0.link_tokens * 2 <= b0.tokens
                and 5 * sum(1 for b in run if b.tokens >= 4) >= 3 * len(run)):
            for i in range(start, end + 1):
                if values[i] < 0:
                    values[i] = 0.5 * (blocks[i].tokens - blocks[i].link_tokens)
        start = end + 1


def _values(blocks: list[Block], parent: list[int], title_idx: int = -1) -> list[float]:
    """Block values, with feed teasers neutralised.

    Datelines count 0 on a page with several (a list of teasers with their 来源 lines is no
    article; a brief's one dateline still counts). A teaser is prose
    right after a linked headline (at most two short lines, such as
    "来源·3小时前", in between): the summary of another article in a feed. It counts 0, so
    a feed below a short article neither outweighs it nor gets merged into it. The first prose
    after the page's own headline is its lead, never a teaser, when the link before it is a menu
    above the headline (a linked headline after it heads another story's teaser).
    """
    values = [_value(b) for b in blocks]
    datelines = [i for i, b in enumerate(blocks) if values[i] > 0 and _dateline_block(b)]
    if len(datelines) >= _TEASER_DATELINES:  # a list's teasers each with its dateline: no prose
        for i in datelines:
            values[i] = 0.0
    _verse_runs(blocks, values, parent)
    lead = next((i for i in range(title_idx + 1, len(blocks)) if values[i] > 0), -1) if title_idx >= 0 else -1
    if lead >= 0:
        # the lead goes on into paragraphs beside it; a lone item in its own box under the
        # headline (a ticker's 【即時新聞快訊】…) may be another story's
        box = parent[blocks[lead].owner]
        if not any(values[j] > 0 and parent[blocks[j].owner] == box for j in range(lead + 1, len(blocks))):
            lead = -1
    last_link = -10
    candidates: list[int] = []
    for i, b in enumerate(blocks):
        if 6 <= b.tokens <= 60 and b.link_tokens * 2 > b.tokens:
            last_link = i
            continue
        own_lead = i == lead and last_link < title_idx
        near_link = values[i] > 0 and i - last_link <= 3 and b.tokens < 600 and not own_lead
        if near_link and all(blocks[k].tokens < 12 for k in range(last_link + 1, i)):
            candidates.append(i)
    # only repeated headline+summary pairs make a feed
    for n, i in enumerate(candidates):
        prev_gap = i - candidates[n - 1] if n > 0 else 99
        next_gap = candidates[n + 1] - i if n + 1 < len(candidates) else 99
        if min(prev_gap, next_gap) <= 20:
            values[i] = 0.0
    return values


def _data_tables(walk: _Walk, values: list[float]) -> None:
    """Cells of a data table count 0, not as furniture: a statistics release's table of labels
    and numbers (食品烟酒 0.8 -1.5) is short unpunctuated text like a menu, but it is unlinked,
    numeric and part of the story, and counting it against its container would cut the story
    at the paragraph above it. A table of at least ``DATA_TABLE_CELLS`` cells, almost no links,
    a third of its cells holding digits, none flagged as boilerplate."""
    cells: dict[int, list[int]] = {}
    for i, b in enumerate(walk.blocks):
        if b.tag not in ("td", "th"):
            continue
        e = walk.parent[b.owner] if b.owner >= 0 else -1
        while e >= 0 and walk.tags[e] != "table":
            e = walk.parent[e]
        if e >= 0:
            cells.setdefault(e, []).append(i)
    for table, members in cells.items():
        blocks = [walk.blocks[i] for i in members]
        tokens = sum(b.tokens for b in blocks)
        if (len(members) >= DATA_TABLE_CELLS and tokens and sum(b.link_tokens for b in blocks) * 10 <= tokens
                and all(b.boiler is None for b in blocks)
                and sum(any(c.isdigit() for c in b.text) for b in blocks) * 3 >= len(blocks)
                and _beside_prose(walk, table, values)):
            for i in members:
                values[i] = max(values[i], 0.0)


def _beside_prose(walk: _Walk, table: int, values: list[float]) -> bool:
    """Whether the table's parent holds a paragraph of prose outside the table (the story it
    belongs to), not only widgets: a sidebar's quote table stands among boxes, not paragraphs.
    A wrapper that holds the table alone (<div class="tbl"><table>) is passed for its parent."""
    box = walk.parent[table]
    if box >= 0 and all(_within(walk, b.owner, table) for b in walk.blocks if _within(walk, b.owner, box)):
        box = walk.parent[box]
    if box < 0:
        return False
    return any(values[i] >= DATA_TABLE_PROSE and _is_prose(b) and _within(walk, b.owner, box)
               and not _within(walk, b.owner, table) for i, b in enumerate(walk.blocks))


def _within(walk: _Walk, e: int, ancestor: int) -> bool:
    """Whether element ``e`` is ``ancestor`` or inside it."""
    while e >= 0:
        if e == ancestor:
            return True
        e = walk.parent[e]
    return False


def _choose(walk: _Walk, title_idx: int, values: list[float]) -> tuple[int, list[float]]:
    """The article container: (element id, subtree values of all elements).

    Seed: the element holding the most prose directly (its own blocks and its children's
    in full, its grandchildren's at half, much as Readability does), so junk nested deep
    inside the article's container (old table layouts put whole ad tables inside ``<p>``)
    does not hide it. When the title was found in the body, the seed is taken among the
    containers of the first prose block after it instead (unless that is a photo caption
    whose container stays small): a long feed or comment stream below a short article
    has more prose, but the article is what follows its title. Then climb while the parent's subtree value is
    not smaller: that merges sibling paragraphs and split containers, and stops before
    navigation, feeds and footers.
    """
    n = len(walk.tags)
    subtree = [0.0] * n
    direct = [0.0] * n
    parent = walk.parent
    anchor, anchor_caption = -1, False
    for i, b in enumerate(walk.blocks):
        v = values[i]
        if v == 0.0:
            continue
        e = b.owner
        if v > 0:
            # owner and parent in full, then fading: paragraphs wrapped in their own
            # "card" divs still add up in the container that holds the cards
            a = e
            for w in (1.0, 1.0, 0.5):
                if a < 0:
                    break
                direct[a] += v * w
                a = parent[a]
            # (never a site's statement under the headline: CSDN's 版权声明 box)
            if (anchor < 0 and 0 <= title_idx < i and v >= 25 and b.punct >= 2 and not b.heading
                    and not _STATEMENT.match(b.text) and _furniture(b.text[:160], True) is None):
                anchor, anchor_caption = e, b.caption
        subtree[e] += v
    # summed up the tree in one pass from the last element (children follow their parents): a
    # climb per block costs blocks x depth, minutes on a page of 20,000 unclosed <div>s
    for e in range(n - 1, 0, -1):
        if (p := parent[e]) >= 0 and subtree[e]:
            subtree[p] += subtree[e]
    if n == 0:
        return 0, subtree
    top = max(range(n), key=direct.__getitem__)
    seed = top
    if anchor >= 0:
        best, e = anchor, anchor
        while e >= 0:
            if direct[e] > direct[best]:
                best = e
            e = parent[e]
        # the text after the title wins unless the page's main prose block is far larger
        # (an encyclopedia's summary box above its body)
        if direct[top] <= ANCHOR_OVERRIDE * direct[best]:
            seed = best
    node = _climb(seed, subtree, parent, walk)
    if seed != top and anchor_caption:
        # a photo caption under the title is weak evidence: when its container stays
        # small while the paragraphs elsewhere add up to far more, those are the article
        alt = _climb(top, subtree, parent)
        if subtree[alt] > 2 * subtree[node]:
            node = alt
    return node, subtree


def _climb(node: int, subtree: list[float], parent: list[int], walk: _Walk | None = None) -> int:
    """Climb while the parent's subtree value is not smaller (sibling paragraphs merge).

    With ``walk``, a parent a little smaller is passed when it is one of a run of entries of
    one template (same tag and class) and the level above is far larger: a live page's
    entries each hold a short time stamp beside their text, which costs every entry a
    little, and the whole list is the article.
    """
    while (p := parent[node]) >= 0:
        if subtree[p] >= subtree[node]:
            node = p
            continue
        if walk is None or subtree[node] - subtree[p] > CLIMB_DIP * subtree[node]:
            break
        entries = _entries_above(walk, p, subtree, CLIMB_GAIN * subtree[node])
        if entries < 0:
            break
        node = entries
    return node


def _entries_above(walk: _Walk, e: int, subtree: list[float], enough: float) -> int:
    """The element holding a run of entries that ``e`` belongs to, ``e``'s parent or up to
    ``ENTRY_LEVELS`` levels higher (a slide's ``<li>`` holds its caption box), when it is worth
    ``enough``; else -1."""
    child, a = e, walk.parent[e]
    for _ in range(ENTRY_LEVELS):
        if a < 0:
            return -1
        if subtree[a] >= enough and _entry_run(walk, child, a):
            return a
        child, a = a, walk.parent[a]
    return -1


def _entry_run(walk: _Walk, e: int, container: int) -> bool:
    """Whether ``e`` and at least two siblings under ``container`` share its tag and class and
    each holds a time stamp (a short line with a time or a day): a live page's entries, not a
    page's generic boxes (an article box beside a comment box of the same class)."""
    sig = (walk.tags[e], walk.classes[e])
    same = [c for c, pc in enumerate(walk.parent) if pc == container and (walk.tags[c], walk.classes[c]) == sig]
    if len(same) < 3:
        return False
    stamped: set[int] = set()
    for b in walk.blocks:
        if len(b.text) <= 30 and _TIME_STAMP.search(b.text):
            a = b.owner
            while a >= 0 and a != container and a not in stamped:
                stamped.add(a)
                a = walk.parent[a]
    return all(c in stamped for c in same)


# an entry's label: a time or a day (15:42, 10月6日), a month (2023年3月), a slide's number (1/4),
# a step (第一步)
_TIME_STAMP = re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月"
                         r"|^第[一二三四五六七八九十\d]{1,3}[步章节]")


def _first_post(walk: _Walk, root: int, pos: list[float], title_idx: int) -> int:
    """The first of several dated posts, when the container is one post of a list.

    Blog archive pages and forum threads repeat one post template (same tag and class;
    ids differ per post) for every entry, each with its own date line; what the page is
    about is the first entry, not the longest one the container search found. Climbing from the container,
    the first ancestor that has at least three same-template siblings, each holding prose
    and a date, decides: when the container is not in the first of them, the first one's
    compact core (its deepest element still holding 90% of its prose) is returned.
    A news page whose title heading sits inside the container is never switched: the
    sibling "posts" there are related-article summaries.
    """
    parent, tags, labels = walk.parent, walk.tags, walk.classes
    if title_idx >= 0 and _inside(walk.blocks[title_idx].owner, root, parent):
        return root
    children: dict[int, list[int]] | None = None
    dated: set[int] | None = None
    a = root
    for _ in range(12):
        p = parent[a]
        if p < 0:
            break
        if children is None:
            children = {}
            for e, pe in enumerate(parent):
                children.setdefault(pe, []).append(e)
        sig = (tags[a], labels[a])
        posts = [c for c in children[p] if (tags[c], labels[c]) == sig and pos[c] >= MIN_ARTICLE_VALUE]
        if len(posts) >= 3:
            if dated is None:
                dated = _dated_elements(walk)
            if not all(c in dated for c in posts):
                return root  # layout columns or cells, not a list of posts
            first = posts[0]
            if first == a:
                return root
            if title_idx >= 0 and _inside(walk.blocks[title_idx].owner, a, parent):
                return root
            core, depth = first, 0
            for e in range(first + 1, len(parent)):
                d = _depth_below(e, first, parent)
                if d < 0:
                    break  # element ids are in document order: the subtree is contiguous
                if d > depth and pos[e] >= 0.9 * pos[first]:
                    core, depth = e, d
            return core
        a = p
    return root


def _inside(e: int, ancestor: int, parent: list[int]) -> bool:
    while e >= 0:
        if e == ancestor:
            return True
        e = parent[e]
    return False


def _depth_below(e: int, ancestor: int, parent: list[int]) -> int:
    """Levels from ``ancestor`` down to ``e``, or -1 when ``e`` is not below it."""
    d = 0
    while e >= 0:
        if e == ancestor:
            return d
        e = parent[e]
        d += 1
    return -1


def _dated_elements(walk: _Walk) -> set[int]:
    """Elements holding a short line with a date (a post's time stamp), and their ancestors."""
    out: set[int] = set()
    for b in walk.blocks:
        if len(b.text) <= 80 and _DIGIT_DATE.search(b.text) and parse_date(b.text):
            e = b.owner
            while e >= 0 and e not in out:
                out.add(e)
                e = walk.parent[e]
    return out


_DIGIT_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")


# what a key leaves out: everything but tokens' characters (the underscore is taken out apart: a
# word character that no token holds)
_NOT_KEY = re.compile(f"[^\\w{_CJK_CLASS}]+")


def _norm_key(text: str) -> str:
    """``"".join(_TOKEN.findall(text)).lower()``: the text without what no token holds."""
    return _NOT_KEY.sub("", text).replace("_", "").lower()


def _title_index(walk: _Walk, title: str | None) -> int:
    """Index of the block that shows the article's title, or -1 (looked for once per walk: its
    blocks are final when it ends)."""
    found = walk.title_at.get(title)
    if found is None:
        found = walk.title_at[title] = _find_title(walk, title)
    return found


def _find_title(walk: _Walk, title: str | None) -> int:
    key = _norm_key(title) if title else ""
    if len(key) < 2:
        return -1
    for i, b in enumerate(walk.blocks):
        if b.tokens > 4 * len(key) + 10:
            continue
        k = _norm_key(b.text)
        if k == key or (b.heading and len(k) >= 4 and len(key) >= 4 and (k in key or key in k)) or (
            len(k) >= 8 and key.startswith(k) and sum(1 for c in k if "\u4e00" <= c <= "\u9fff") >= 6
        ):
            return i
    return -1


def _select(walk: _Walk, title: str | None) -> tuple[list[Block], int, float]:
    title_idx = _title_index(walk, title)
    values = _values(walk.blocks, walk.parent, title_idx)
    _data_tables(walk, values)
    root, subtree = _choose(walk, title_idx, values)
    parent = walk.parent
    nblocks = [0] * len(walk.tags)
    ntok = [0] * len(walk.tags)
    nlink = [0] * len(walk.tags)
    pos = [0.0] * len(walk.tags)
    # prose before feed neutralisation: a blog archive is a feed whose entries are posts
    raw = [max(_value(b), 0.0) for b in walk.blocks]
    rawpos = [0.0] * len(walk.tags)
    for i, b in enumerate(walk.blocks):  # each block on its owner, then summed up the tree in
        e = b.owner                      # one pass from the last element (children follow parents)
        nblocks[e] += 1
        ntok[e] += b.tokens
        nlink[e] += b.link_tokens if b.boiler is None else b.tokens
        pos[e] += max(values[i], 0.0)
        rawpos[e] += raw[i]
    for e in range(len(parent) - 1, 0, -1):
        p = parent[e]
        if p >= 0:
            nblocks[p] += nblocks[e]
            ntok[p] += ntok[e]
            nlink[p] += nlink[e]
            pos[p] += pos[e]
            rawpos[p] += rawpos[e]
    post = _first_post(walk, root, rawpos, title_idx)
    if post != root:
        root, values = post, raw
        walk.notes.append("html.container.first_post")
    furniture = furniture_lines()
    title_key = _norm_key(title) if title else ""
    # inside the container, and not inside a junk cluster nested in it (link lists, ad tables:
    # not data tables, whose short cells are not links); one pass in document order, where
    # every parent comes before its children
    inside = [False] * len(parent)
    junk = [False] * len(parent)
    for e, p in enumerate(parent):
        if e == root:
            inside[e] = True
        elif p >= 0 and inside[p]:
            inside[e] = True
            junk[e] = junk[p] or (subtree[e] < 0 and nblocks[e] >= 3 and 2 * nlink[e] >= ntok[e]
                                  and pos[e] < 0.2 * (pos[e] - subtree[e]))
    kept: list[Block] = []
    prose = 0.0
    resume = 0
    for i, b in enumerate(walk.blocks):
        e = b.owner
        if i < resume or not inside[e] or junk[e] or b.boiler is not None or b.tokens == 0:
            continue
        linked = b.link_tokens * 2 > b.tokens
        if linked and not ((b.punct >= 2 and b.tokens >= 30) or _linked_sentence(b) or _linked_names_sentence(b)):
            continue
        # a longer line is furniture only by its opening (a platform's 280-character statement)
        if len(b.text) <= 160:
            rule = _furniture(b.text)
        else:
            rule = _furniture(b.text[:160], True) if _LONG_FURNITURE.match(b.text) else None
        # drops are short lines; cuts catch long footers too; leads open the text; notes go anywhere
        if (rule == "drop" and len(b.text) > 40) or (
                rule == "lead" and (prose >= MIN_ARTICLE_VALUE or len(b.text) > 80)):
            rule = None
        if rule == "cut" and prose >= MIN_ARTICLE_VALUE:
            resume = _story_resumes(walk, i, inside, junk) if _related_heading(b.text, furniture) else 0
            if not resume:
                break
            walk.notes.append("html.container.related_inside")
            continue
        if rule is not None:
            continue
        if prose < MIN_ARTICLE_VALUE and title_key and _norm_key(b.text) == title_key:
            continue  # the headline repeated in the container, before its prose (a kicker may precede)
        kept.append(b)
        prose += max(values[i], 0.0)
    # an author box after the last paragraph (WordPress's author-info: the writer's name and bio) is
    # no text; the same classes hold bylines above the body, so only a box at the end goes, and
    # not one that holds the byline itself (163's post_author: 本文来源：X 作者：Y / 责任编辑：Z)
    while kept and _in_author_box(walk, kept[-1].owner) and not _BYLINE_WORD.search(kept[-1].text):
        kept.pop()
        if "html.container.author_box_after" not in walk.notes:
            walk.notes.append("html.container.author_box_after")
    if kept:
        # the editor line often sits just outside the body container ("[责任编辑：X]")
        last = walk.blocks.index(kept[-1])
        for b in walk.blocks[last + 1: last + 4]:
            if b.boiler is None and len(b.text) <= 40 and _EDITOR_LINE.search(b.text):
                kept.append(b)
                break
    # a teaser that copies the opening paragraph, cut off with dots or in an excerpt/summary
    # element ("人们对于…总是能很有共同话题..." above the paragraph): the copy goes
    copied: Block | None = None
    for k in range(min(TEASER_FIRST_BLOCKS, len(kept))):
        if _teaser_copy(kept[k], kept[k + 1:k + 1 + TEASER_LOOKAHEAD], walk):
            copied = kept[k]
            kept = kept[:k] + kept[k + 1:]
            walk.notes.append("html.container.teaser_copy")
            break
    # datelines, bylines, "播报文章" before the first sentence (verse has no sentence: keep)
    first = next((k for k, b in enumerate(kept[:8])
                  if _is_prose(b) or b.tokens >= 30 or _NEWS_LEAD.search(b.text) or _OPENING.search(b.text)), 0)
    # ... but a column's kicker and its opening heading (【短视频文化现象观察】, 开栏的话) stay
    kept = [b for b in kept[:first] if _KICKER.fullmatch(b.text.strip())] + kept[first:]
    if kept and title_idx >= 0:
        # a standfirst outside the container, but never the teaser copy just left out, nor another
        lead = [b for b in _lead(walk, title_idx, walk.blocks.index(kept[0]), values)
                if b is not copied and not _teaser_copy(b, kept[:TEASER_LOOKAHEAD], walk)]
        kept = lead + kept
        if lead:
            walk.notes.append("html.container.summary_box")
        prose += sum(max(values[walk.blocks.index(b)], 0.0) for b in lead)
    return kept, root, prose


def _furniture(text: str, opening: bool = False) -> str | None:
    """Action of the first furniture rule matching ``text`` (with ``opening``, only one matching
    in its first characters), or None.

    A footer states its notice up front; a long line of several sentences that only
    mentions "版权所有" halfway ("须获得版权所有者的许可。") is the article's prose.
    """
    literals = furniture_filter()
    present = literals.present(text)
    for (rid, action, pattern), need in zip(furniture_lines(), literals.needs, strict=True):
        if need is not None and need.isdisjoint(present):
            continue  # a literal the rule needs is not in the line
        m = pattern.search(text)
        if m is None or (opening and m.start() > _OPENING_CHARS):
            continue
        if len(text) > 80 and m.start() > 20 and len(_SENTENCE_END.findall(text[:m.start()])) >= 2:
            continue
        if rid in _MENTIONED_RULES and _prose_mention(text, m.start()):
            continue
        return action
    return None


# the unanchored footer rules whose phrase a sentence may name (中央网信办违法和不良信息举报中心受理…)
_MENTIONED_RULES = frozenset({"html.line.copyright", "html.line.disclaimer"})
# a disclaimer's own words: a line holding them is the disclaimer, not prose naming one
_DISCLAIMER_WORDS = re.compile(r"转载|轉載|不代表|立场|立場|侵权|侵權|版权归|版權歸|仅代表|僅代表|免责|免責")
# what only a footer holds: a copyright sign, a licence or record number
_FOOTER_TOKEN = re.compile(r"©|\(c\)|Copyright|ICP|\d{6,}|All Rights", re.IGNORECASE)


def _prose_mention(text: str, start: int) -> bool:
    """A sentence that names a footer's phrase (其中，中央网信办违法和不良信息举报中心受理举报…。;
    图片上并无“版权所有”字样。): it ends as a sentence, a clause or a quote leads up to the
    phrase, and nothing in it is a footer's own token. The story goes on after it."""
    if not re.search(r"[。！？][”」]?\s*$", text) or _FOOTER_TOKEN.search(text) or _STATEMENT.match(text) or (
            _DISCLAIMER_WORDS.search(text)):
        return False
    before = text[:start]
    return bool(re.search(r"[，,“「]", before)) or cjk_count(before) >= 8


_AUTHOR_BOX = re.compile(r"author[-_]?(?:info|card|description|bio|box|profile|intro)|post[-_]author|about[-_]author",
                         re.IGNORECASE)


_BYLINE_WORD = re.compile(r"作者|来源|來源|编辑|編輯|记者|記者")


def _in_author_box(walk: _Walk, e: int) -> bool:
    """Whether element ``e`` or one of its four nearest ancestors is named an author box."""
    for _ in range(5):
        if e < 0:
            return False
        if _AUTHOR_BOX.search(walk.labels[e]):
            return True
        e = walk.parent[e]
    return False


def _related_heading(text: str, rules: tuple[tuple[str, str, re.Pattern[str]], ...]) -> bool:
    return any(rid == "html.line.related" and pattern.search(text) for rid, _, pattern in rules)


# a related box's own heading words (a subhead would not be worded so): 相关推荐, 延伸阅读, 猜你喜欢
_RELATED_BOX_WORD = re.compile(r"相关|相關|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜|为你推荐|為你推薦|你可能"
                               r"|Related", re.IGNORECASE)


def _story_resumes(walk: _Walk, at: int, inside: list[bool], junk: list[bool]) -> int:
    """Where the story goes on after a related-news heading set in its flow (``<p>【延伸阅读】</p>``,
    two linked headlines, then the story again), or 0 when the heading ends it.

    Only linked lines may stand between the heading and the story (or none: the heading was a
    subhead), and the story must go on with at least ``RESUME_PARAGRAPHS`` paragraphs in a row,
    none a link: a feed of headlines and summaries (link, prose, link, prose) or a list of
    unlinked titles ends the article."""
    j = at + 1
    blocks = walk.blocks
    while j < len(blocks):
        b = blocks[j]
        if not inside[b.owner]:
            return 0
        if b.tokens and not junk[b.owner] and b.boiler is None and b.link_tokens * 2 <= b.tokens:
            break
        j += 1
    if j >= len(blocks):
        return 0
    # a related box that has closed (<div class="moreArticle">相关新闻 + links</div>) before the
    # text goes on says by itself that the story resumes: one paragraph is enough; a heading with
    # no link under it at all is a subhead that reads like one (大家都在看, over the story's prose)
    if j == at + 1 and _RELATED_BOX_WORD.search(blocks[at].text):
        return 0  # 相关推荐 over unlinked teasers is still the box; only a softer word may be a subhead
    need = RESUME_PARAGRAPHS if j == at + 1 else 1 if _closed_box(walk, at, j) else RESUME_PARAGRAPHS
    run, k = 0, j
    while k < len(blocks) and run < need:
        b = blocks[k]
        if not inside[b.owner] or b.link_tokens or not _is_prose(b) or b.tokens < 20:
            break
        run += 1
        k += 1
    return j if run >= need else 0


def _closed_box(walk: _Walk, at: int, j: int) -> bool:
    """Whether the element holding block ``at`` (a heading) and the links after it, up to block
    ``j``, does not hold block ``j``: the list was a box of its own inside the story."""
    def chain(e: int) -> list[int]:
        out = []
        while e >= 0:
            out.append(e)
            e = walk.parent[e]
        return out

    links = [set(chain(walk.blocks[k].owner)) for k in range(at + 1, j)]
    box = next((a for a in chain(walk.blocks[at].owner) if all(a in up for up in links)), -1)
    return box >= 0 and box not in chain(walk.blocks[j].owner)


def _teaser_copy(b: Block, following: list[Block], walk: _Walk) -> bool:
    """Whether ``b`` copies the opening of one of the ``following`` blocks: cut off with dots, or
    in an excerpt/summary element (its own or one of its two parents)."""
    text = SUMMARY_LABEL.sub("", b.text)  # (摘要：… copies the lead after its label)
    stem = text.rstrip(".…。 \u3000")
    # cut off with ASCII dots or one "…"; a "……" is a writer's own (a refrain the next paragraph
    # repeats and continues) unless the element is named a summary or excerpt
    cut = text.endswith("...") or (text.endswith("…") and not text.endswith("……"))
    labels, e = [b.label], b.owner
    for _ in range(2):
        e = walk.parent[e] if e >= 0 else -1
        if e >= 0:
            labels.append(walk.labels[e])
    teaser = cut or any(_TEASER_LABEL.search(label) for label in labels)
    if not teaser and len(text) >= TEASER_BARE_CHARS and following and following[0].text.startswith(text) and (
            len(following[0].text) > len(text)):
        return True  # a long cut copy of the very next paragraph's opening, unmarked
    return teaser and len(stem) >= TEASER_MIN_CHARS and any(
        f.text.startswith(stem) or _WIRE_OPENING.sub("", f.text, count=1).startswith(stem) for f in following)


def _lead(walk: _Walk, title_idx: int, start: int, values: list[float]) -> list[Block]:
    """Summary paragraphs between the title and the article container, and a first paragraph
    opening with the paper's tag or a wire dateline there.

    An encyclopedia's summary box and a news page's standfirst (导语, 摘要) sit under the
    headline but outside the body's container. They are recognised by what the page
    calls them (``lemma-summary``, ``abstract``, ``zhaiyao``, within three levels) and
    must be prose: full sentences, unlinked, not a caption, not flagged. Teasers of other
    articles and photo captions between a title and its body have no such name.
    """
    out: list[Block] = []
    for i in range(title_idx + 1, start):
        b = walk.blocks[i]
        if b.boiler is not None or b.caption or b.link_tokens or b.tokens < 20 or not _is_prose(b):
            continue
        if _LEAD_TAG.match(b.text) and not any(_is_prose(walk.blocks[j]) for j in range(i + 1, start)):
            out.append(b)  # the story's first paragraph in a wrapper of its own, right before the
            continue       # container (明報: 【明報專訊】…)
        if values[i] <= 0:
            continue
        e = b.owner
        for _ in range(3):
            if e < 0:
                break
            if any(_SUMMARY_PART.fullmatch(p) for p in _LABEL_SPLIT.split(walk.labels[e].lower()) if p):
                out.append(b)
                break
            e = walk.parent[e]
    return out


# a paper's tag or a wire dateline opening a story: 【明報專訊】, （中央社記者X台北12日電）, 新华社北京9月12日电
# (not a news-flash label: 【即時新聞快訊】 heads a ticker item)
_LEAD_TAG = re.compile(r"^【[^】，。\s]{1,16}(?<!快)(?:專訊|专讯|訊|讯)】"
                       r"|^[（(]?[^，。\s()（）]{2,20}\d{1,2}日(?:電|电|專電|专电)")


# ... the wire dateline and its reporters a paragraph opens with, which its teaser leaves out
# (新华社郑州10月8日电（记者刘宏伟）国庆假期刚过…, 本报讯（记者 王强）…)
_WIRE_OPENING = re.compile(r"^(?:【[^】]{1,16}】|[（(〔]?[^，。\s()（）〔〕]{2,24}\d{1,2}日(?:電|电|專電|专电)[）)〕]?"
                           r"|[（(〔][^，。()（）〔〕]{2,24}(?:報導|报导|報道|报道)[）)〕]|[^，。\s()（）]{2,12}(?:讯|訊)"
                           r"|[^，。\s()（）]{2,10}消息[:：]|(?:本报|本報)?(?:记者|記者)[\u4e00-\u9fff]{2,4}\s)"
                           r"\s*(?:[（(][^()（）]{1,30}[)）])?\s*")
_TEASER_LABEL = re.compile(
    r"excerpt|summary|abstract|digest|desc|intro|teaser|subhead|standfirst|preface|zhaiyao|daoyu", re.IGNORECASE)
_SUMMARY_PART = re.compile(r"summary|abstract|digest|zhaiyao|daoyu|daodu|standfirst|lead|lede|synopsis")
_LABEL_SPLIT = re.compile(r"[-_\s]+")


_SENTENCE_END = re.compile(r"[。！？!?]")
_SENTENCE = re.compile(r"[，。！？；,.!?;]")
# the dots of a date (撰文者：王小明 2023.10.06) are no sentence's
_DOTTED_DATE = re.compile(r"\d{2,4}\.\d{1,2}\.\d{1,2}")
_EDITOR_LINE = re.compile(r"^[\[【(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")
# "TNW中文站 10月14日报道", "1905电影网讯", "新华社北京5月19日电": the article's first words
_NEWS_LEAD = re.compile(r"(?:\d{1,2}日|[网網]|[社台])(?:讯|訊|电|電|报道|報導|專電|专电)\s*[)）】]?$")


# an opening that runs on into the next block ("下周一，") or greets the audience ("女士们、先生们：")
_OPENING = re.compile(r"^[^。！？：:]{1,16}[，,]$"
                      r"|^[^，。：:]{0,12}(?:们|各位|同志|朋友|先生|女士|同学)[^，。：:]{0,6}[:：]$"
                      # a notice's addressee (各有关单位：), a bulletin's lead-in (…继续发布寒潮蓝色预警：)
                      r"|^各[\u4e00-\u9fff、]{1,14}[:：]$|^[^，。：:|｜]{6,60}(?:如下|预警|通知|公告|通告|提示|提醒)[:：]$")


# a search page's own heading or <title> (「颱風」的搜尋結果 - Yahoo奇摩新聞, 搜索结果_某某网): then
# nothing, or the site's name after a separator (谷歌的搜索结果 — 正在被AI内容淹没 is a headline)
_SEARCH_PAGE = re.compile(r"^(?:[「“\"].{1,30}[」”\"]\s*的|[^\s「“\"_|｜]{1,10}的)?\s*"
                          r"(?:搜尋結果|搜索结果|搜索結果|检索结果|檢索結果|search results)"
                          r"(?:\s*$|\s*[-_|｜]\s*(?:[^\s\-_|｜]{1,4}|[^\s\-_|｜]{1,12}(?:网|網|站|新闻|新聞|搜索|搜尋|频道|頻道|[A-Za-z]))\s*$)",
                          re.IGNORECASE)
# ... over no more text than a page of teasers
SEARCH_PAGE_MAX_CJK = 400
# a column's kicker or opening heading above the first sentence: the article's, not a byline
_KICKER = re.compile(r"[【\[〖](?![^】\]〗]*(?:报道|報導|報道|讯|訊|电|電|记者|記者|编辑|編輯|来源|來源|作者|摄|攝))"
                     r"[^】\]〗\d:：]{2,24}[】\]〗]|(?:开栏的话|開欄的話|编者按|編者按|编者的话|編者的話|编辑的话|"
                     r"引子|引言|前言|导语|導語)[:：]?")
# a site's statement box (版权声明：本文为博主原创文章…): never the text after the headline
_STATEMENT = re.compile(r"^[【\[]?\s*(?:版权声明|版權聲明|免责声明|免責聲明|声明|聲明)\s*[】\]]?\s*[:：]")


def _linked_names_sentence(b: Block) -> bool:
    """A short sentence whose names are links (个股方面，<a>贵州茅台</a>、<a>五粮液</a>…涨幅居前。, as
    finance sites link every stock): it ends as a sentence, lists with marks, and has words of its
    own around the links. A linked headline or a list of links has none of these."""
    return (b.punct >= 3 and b.tokens - b.link_tokens >= 6 and _SENTENCE_END.search(b.text[-2:]) is not None)


def _is_prose(b: Block) -> bool:
    """A sentence, not a label: punctuated and not mostly a date or a name list."""
    return b.tokens >= 6 and _SENTENCE.search(_DOTTED_DATE.sub("", b.text)) is not None and _value(b) > 0


def _misflagged(walk: _Walk, title_idx: int) -> frozenset[int]:
    """Flagged containers (not comments) that must hold the article after all.

    Either the container holds at least half of the page's prose, or it holds the first
    sentence after the title: class names like ``col-side`` or ``card-footer`` are
    layout words, and a page's own headline is better evidence than its CSS.
    """
    total = 0.0
    per_root: dict[int, float] = {}
    after_title: set[int] = set()
    for i, b in enumerate(walk.blocks):
        v = _value(b, use_flag=False)
        if v <= 0:
            continue
        total += v
        if b.boiler is not None and b.flag_root >= 0 and b.boiler != "html.boilerplate.comment":
            per_root[b.flag_root] = per_root.get(b.flag_root, 0.0) + v
            # a copy hidden by its style (a share box's summary) is not the article's first sentence
            if 0 <= title_idx < i <= title_idx + 4 and v >= 25 and b.punct >= 2 and (
                    b.boiler != "html.boilerplate.hidden_style"):
                after_title.add(b.flag_root)
    big = {r for r, v in per_root.items() if v >= 0.5 * total and v >= MIN_ARTICLE_VALUE}
    return frozenset(big | after_title)


def _path(walk: _Walk, eid: int) -> str:
    parts: list[str] = []
    while eid >= 0:
        label = walk.labels[eid].split()
        parts.append(walk.tags[eid] + ("." + label[0] if label else ""))
        eid = walk.parent[eid]
    return " > ".join(reversed(parts))


_TEXTAREA = re.compile(r"<textarea\b([^>]*)>(.*?)</textarea\s*>", re.IGNORECASE | re.DOTALL)
# escaped paragraphs in a textarea (&lt;p&gt;…): the article, stored for a script to render
_ESCAPED_PROSE = re.compile(r"&lt;(?:p|div|br)\b", re.IGNORECASE)
TEXTAREA_MIN_CJK = 100


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{12,}")


def _shown_elsewhere(stored: str, outside: str) -> bool:
    """Whether the first long run of ideographs of ``stored`` markup appears in ``outside``."""
    m = _CJK_RUN.search(re.sub(r"<[^>]*>", "", stored))
    return m is not None and m.group()[:20] in outside


_UNSEEN = re.compile(r"<head\b.*?</head\s*>|<script\b.*?</script\s*>|<meta\b[^>]*>", re.IGNORECASE | re.DOTALL)


def _open_textareas(markup: str) -> tuple[str, bool]:
    """The page with each textarea that stores an article's escaped markup (环球网 keeps the body
    in ``<textarea class="article-content">&lt;p&gt;…``, for a script to render) turned into a
    ``<div>`` of that markup, so the walk reads it; other textareas (forms) stay skipped."""
    if "<textarea" not in markup and "<TEXTAREA" not in markup:
        return markup, False
    stored = [m for m in _TEXTAREA.finditer(markup)
              if _ESCAPED_PROSE.search(m.group(2)) and cjk_count(m.group(2)) >= TEXTAREA_MIN_CJK]
    if not stored:
        return markup, False
    # a textarea whose opening words the page also shows elsewhere (a "copy this code to your
    # blog" box repeats the article) stays skipped, or the article would come out twice
    # (what a reader sees: not the <head>'s description nor a script's copy of the lead)
    outside = _UNSEEN.sub("", _TEXTAREA.sub("", markup))
    keep = {m.start() for m in stored if not _shown_elsewhere(html.unescape(m.group(2)), outside)}
    if not keep:
        return markup, False
    return _TEXTAREA.sub(lambda m: f"<div{m.group(1)}>{html.unescape(m.group(2))}</div>"
                         if m.start() in keep else m.group(0), markup), True


# markup a browser shows only without scripts, or a script renders from: a <noscript> fallback, a
# <script type="text/html"> template. Read only when the page shows no article without them.
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.IGNORECASE | re.DOTALL)
_TEMPLATE = re.compile(r"<script\b[^>]*\btype\s*=\s*[\"']?text/(?:html|template|x-template)[^>]*>(.*?)</script\s*>",
                       re.IGNORECASE | re.DOTALL)
_TEMPLATE_TYPE = re.compile(r"\btype\s*=\s*[\"']?text/(?:html|template|x-template)", re.IGNORECASE)
# a login or consent dialog's template (手机号码和验证码, 隐私政策): no article
_SIGN_IN = re.compile(r"登录|登入|登錄|注册|註冊|同意")
_CREDENTIAL = re.compile(r"验证码|驗證碼|密码|密碼|用户协议|用戶協議|服务协议|服務協議|隐私政策|隱私政策|隐私权|隱私權")
LOGIN_FORM_MAX_CJK = 400


def _login_form(text: str) -> bool:
    """A short text that asks to sign in or to consent (an anti-fraud story naming 验证码 is longer
    or asks nothing)."""
    return (cjk_count(text) <= LOGIN_FORM_MAX_CJK and _SIGN_IN.search(text) is not None
            and _CREDENTIAL.search(text) is not None)


def _open_fallbacks(markup: str) -> str | None:
    """The page with its script-free fallbacks and script templates that hold prose turned into
    ``<div>``s, or None when it has none. A page whose <noscript> tags do not all close is read
    without them (the pattern would scan to the end from each one)."""
    lower = markup.lower()
    found = False

    def opened(m: re.Match[str]) -> str:
        nonlocal found
        inner = m.group(1)
        if cjk_count(inner) < TEXTAREA_MIN_CJK or _login_form(LexborHTMLParser(inner).text()):
            return m.group(0)
        found = True
        return f"<div>{inner}</div>"

    out = markup
    if lower.count("<noscript") == lower.count("</noscript") > 0:
        out = _NOSCRIPT.sub(opened, out)
    if _TEMPLATE_TYPE.search(out) is not None:
        out = _TEMPLATE.sub(opened, out)
    return out if found else None


def extract_html(data: bytes, *, url: str | None = None, http_charset: str | None = None) -> HtmlArticle:
    """Decode ``data``, find the article's paragraphs and its metadata; never raises on bad input."""
    article, shown, between = _extract(data, url, http_charset)
    if shown:
        article.outside_spam = outside_spam_terms(shown, article.paragraphs)
    if between:  # a link row a farm spliced between the paragraphs: measured apart
        article.inside_spam = outside_spam_terms(between, article.paragraphs)
    return article


def outside_spam_terms(shown: list[str], paragraphs: list[str]) -> list[str]:
    """Strong porn and gambling terms (``rules/spam_vocab.tsv``) the page shows outside its
    article: ``shown`` is its ``<title>``, keywords and every text block the reader walked
    (footer link lists, tag clouds, hidden blocks), where a farm injects them and the extractor
    never keeps them. A term counts in a block it mostly fills (a link list, a keyword line; not
    东京热浪来袭 or 所有码头 in a headline) that holds no sentence and is not the article's own
    text, never beside an enforcement word (``guard`` rows of the brand table: 警方, 骗局);
    casino operators that news names (威尼斯人, 银河娱乐: the brand table's ``needs_web`` rows)
    never count. The reader only measures; ``score.quality`` turns the count into
    ``injected_spam``."""
    text = "\n".join(line.replace("\n", " ") for line in shown)
    article = "\n".join(paragraphs)
    guards, operators = _outside_guards(), _operator_forms()
    # one pass over the page: every spam word's place, by the line it stands on
    hits: dict[tuple[int, int], list[tuple[int, int, Any]]] = {}
    for start, end, row in vocabulary("spam_vocab").find(text):
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        hits.setdefault((a, b if b >= 0 else len(text)), []).append((start - a, end - a, row))
    terms: set[str] = set()
    for (a, b), found in hits.items():
        line = text[a:b]
        # (a term the article itself uses names its topic in a tag list: 时时彩 under a lottery-ban story)
        strong = [(s0, e0, row["term"]) for s0, e0, row in found
                  if row["category"] in ("porn", "gambling") and row["weight"] == "strong"
                  and row["term"] not in operators and line[s0:e0] not in article]
        view = line.strip()
        if not strong or _SENTENCE_END.search(view) or view in article or any(g in view for g in guards):
            continue
        # the line's spam words of any kind (弱 terms, 开奖, 官网, 注册) fill it, not one collision
        spans = [(s0, e0) for s0, e0, _ in found]
        spans += [(s0, e0) for s0, e0, row in vocabulary("spam_brands").find(line) if row["kind"] != "guard"]
        covered = len({k for s0, e0 in spans for k in range(s0, e0) if not line[k].isspace()})
        if covered >= _OUTSIDE_COVERAGE * max(len("".join(view.split())), 1):
            terms.update(t for _, _, t in strong)
    return sorted(terms)


@cache
def _outside_guards() -> tuple[str, ...]:
    """The guard words that tell a news line outside the article: the vice words among them (赌场
    色情 淫秽) are a spam anchor's own (网上赌场注册送彩金)."""
    return tuple(g for g in guard_words() if not _VICE.search(g))


@cache
def _operator_forms() -> frozenset[str]:
    """Casino operators news names, and their companies (银河娱乐): never spam outside an article."""
    return frozenset(f for op in operator_names() for f in (op, f"{op}娱乐", f"{op}娛樂"))


# a block outside the article counts for spam when spam words fill this share of it
_OUTSIDE_COVERAGE = 0.5
_VICE = re.compile("[赌賭色淫卖賣]")


def _extract(data: bytes, url: str | None, http_charset: str | None) -> tuple[HtmlArticle, list[str], list[str]]:
    """The article, what the page shows beside it (:func:`_shown`) and the blocks left out between
    its first and last paragraph."""
    decoded = decode_bytes(data, http_charset=http_charset, html=True)
    if may_be_misread(decoded.text):
        # stored misread (double-encoded), the extractor would find no Chinese to score: read
        # again first (a page merely partly misread is left to the text pipeline's repair.mojibake)
        text, misread = read_again(decoded.text)
        if misread:
            decoded = replace(decoded, text=text, source=f"{decoded.source}+{misread}")
    article = HtmlArticle(decoded=decoded)
    markup, opened = _open_textareas(decoded.text)
    if (len(markup) > _DEEP_CHECK_CHARS and markup.count("<") > 2 * MAX_UNCLOSED
            and (unclosed := _unclosed(markup)) > MAX_UNCLOSED):
        # the parser's time grows with the square of the depth (20,000 levels: seconds), in C,
        # where no time limit can stop it: such a page is refused before it is parsed
        raise DepthError(f"{unclosed} <div>/<span> elements left open (at most {MAX_UNCLOSED})")
    tree = LexborHTMLParser(markup)
    body = tree.body or tree.root
    if body is None:
        article.no_article_reason = "html.empty"
        return article, [], []
    meta: PageMeta = extract_meta(tree, url)
    article.site_region = site_region(meta.url, meta.metas, meta.title_tag)

    hidden = hidden_selectors(tree)
    walk = _Walk(use_flags=True, hidden=hidden)
    if opened:
        walk.notes.append("html.container.textarea_markup")
    walk.run(body)
    # the licence numbers a reader sees (a footer block), not a template's comment
    article.mainland_licence = any(mainland_licence(b.text) for b in walk.blocks)
    blocks, root, value = _select(walk, meta.title_text)
    wrong = _misflagged(walk, _title_index(walk, meta.title_text))
    if wrong:
        # a "sidebar"/"footer"-named container that holds most of the page's prose is the article
        again = _Walk(use_flags=True, unflag=wrong, hidden=hidden)
        again.run(body)
        blocks2, root2, value2 = _select(again, meta.title_text)
        if value2 > value:
            walk, blocks, root, value = again, blocks2, root2, value2
    if value < MIN_ARTICLE_VALUE:
        # the article may sit in a container whose class looks like boilerplate
        retry = _Walk(use_flags=False, hidden=hidden)
        retry.run(body)
        blocks2, root2, value2 = _select(retry, meta.title_text)
        if value2 >= MIN_ARTICLE_VALUE and value2 > value:
            walk, blocks, root, value = retry, blocks2, root2, value2
    if value < MIN_ARTICLE_VALUE and (fallback := _open_fallbacks(markup)) is not None:
        # the article is in a <noscript> fallback or a script's template (a script-rendered page)
        body3 = LexborHTMLParser(fallback).body
        if body3 is not None:
            third = _Walk(use_flags=True, hidden=hidden)
            third.run(body3)
            blocks3, root3, value3 = _select(third, meta.title_text)
            if value3 >= MIN_ARTICLE_VALUE:
                third.notes.append("html.container.script_fallback")
                walk, blocks, root, value = third, blocks3, root3, value3

    if _headline_block(blocks, meta):
        meta.title = MetaField(blocks[0].text, "first-block")
        blocks = blocks[1:]
        walk.notes.append("html.title.first_block")
    meta.complete(walk.blocks, blocks)
    if meta.title is None and blocks:
        meta.title = _title_before_dateline(walk.blocks, blocks[0])
    article.take_fields(meta)
    article.ruby = walk.ruby
    article.blocks = [{"path": _path(walk, root), "score": round(value, 1), "rules": list(walk.notes)}]
    stated = _stated_body(meta)
    found = value >= MIN_ARTICLE_VALUE and bool(blocks)
    if stated and (not found or cjk_count("".join(b.text for b in blocks)) * 3 < cjk_count("".join(stated))):
        # the page renders a teaser or nothing (the text arrives by script), but states its whole
        # body in JSON-LD: that is the article
        article.has_article = True
        article.paragraphs = stated
        article.blocks.append({"path": "json-ld articleBody", "score": 0.0, "rules": ["html.article.json_ld"]})
        if article.published is not None and cjk_count("".join(stated)) >= CHINESE_PAGE_CJK:
            article.published = beijing_time(article.published)  # as complete() does for a shown article
        return article, _shown(walk, meta), []
    state, stamp = _script_state(tree, meta.title_text) if not found else ([], None)
    if state:
        # nothing in the HTML, the article in a script's state: a script-rendered page
        article.has_article = True
        article.paragraphs = state
        parsed = parse_date(stamp) if stamp and article.published is None else None
        if parsed:
            article.published = MetaField(parsed[0], "script[state time]")
        article.blocks.append({"path": "script state", "score": 0.0, "rules": ["html.article.script_state"]})
        return article, _shown(walk, meta), []
    if not found:
        article.no_article_reason = "html.no_article.low_score"
        return article, _shown(walk, meta), []
    if _SEARCH_PAGE.search(meta.title_text or "") and cjk_count("".join(b.text for b in blocks)) < SEARCH_PAGE_MAX_CJK:
        article.no_article_reason = "html.no_article.search_page"
        return article, _shown(walk, meta), []
    article.has_article = True
    article.paragraphs = _rows_joined(walk, blocks)
    article.captions = [b.text for b in blocks if b.caption]
    # the blocks the article's own run left out between its first and last paragraph
    index = {id(b): i for i, b in enumerate(walk.blocks)}
    # (above the headline: a flow of steps under it, 报到 > 缴费 > 体检, is the story's)
    top = index[id(blocks[0])] if meta._title_idx < 0 else min(meta._title_idx, index[id(blocks[0])])
    article.channel = breadcrumb_channel([(b.text, b.label) for b in walk.blocks[:top] if not b.heading], _CONFIG,
                                         meta.title_text)
    kept = {id(b) for b in blocks}
    between = [b.text for b in walk.blocks[index[id(blocks[0])] + 1:index[id(blocks[-1])]] if id(b) not in kept]
    return article, _shown(walk, meta), between


# a table cell this short, with no full stop, is a data cell: a row of them is one line, in a
# table of this many rows
ROW_CELL_CHARS = 40
DATA_ROWS = 3


def _rows_joined(walk: _Walk, blocks: list[Block]) -> list[str]:
    """The blocks' texts, the cells of one table row joined into one line (``1 上海海港 25 60``, not
    four paragraphs), as the page shows a row. Only a data table's rows join: three rows of two
    cells or more, none with a label cell (``发布日期：`` of a form, whose fields the line rules
    read one by one); only short cells without a full stop, one line each (a layout table's
    cells hold whole stories, or a byline and a share call)."""
    lines_of = Counter(b.owner for b in blocks)  # a cell of several lines (<br>) is no data cell

    def cell(b: Block) -> bool:
        return (b.tag in ("td", "th") and not b.caption and len(b.text) <= ROW_CELL_CHARS and "。" not in b.text
                and lines_of[b.owner] == 1)

    cells = [cell(b) for b in blocks]
    rows: dict[int, list[Block]] = {}
    for b, is_cell in zip(blocks, cells, strict=True):
        if is_cell:
            rows.setdefault(walk.parent[b.owner], []).append(b)
    tables: dict[int, list[list[Block]]] = {}
    for tr, row_cells in rows.items():
        table = walk.parent[tr] if tr >= 0 else -1
        while table >= 0 and walk.tags[table] != "table":  # (through <tbody>, <thead>)
            table = walk.parent[table]
        if table >= 0:
            tables.setdefault(table, []).append(row_cells)

    def form(table: list[list[Block]]) -> bool:
        return any(b.text.endswith(("：", ":")) for r in table for b in r)

    data = {walk.parent[r[0].owner] for table in tables.values()
            if sum(len(r) >= 2 for r in table) >= DATA_ROWS and not form(table) for r in table}
    out: list[str] = []
    row = -1  # the <tr> of the last line when it is a data table's row
    for b, is_cell in zip(blocks, cells, strict=True):
        tr = walk.parent[b.owner] if is_cell else -1
        if tr >= 0 and tr == row:
            out[-1] += " " + b.text
        else:
            out.append(b.text)
        row = tr if tr in data else -1
    return out


# a page this long, with twice as many tags, is checked for elements left open (16 counts over the
# page: only where they can matter), of which it may hold this many
_DEEP_CHECK_CHARS = 100_000
MAX_UNCLOSED = 10_000


def _unclosed(markup: str) -> int:
    """How many <div> and <span> elements ``markup`` opens and never closes, less the closing tags
    that close them implicitly (``<li><span>…</li>``, ``<td><div>…</td>``, ``<p><span>…</p>``)."""
    opened = sum(markup.count(f"<{t}") - markup.count(f"</{t}") for t in ("div", "span", "DIV", "SPAN"))
    return opened - sum(markup.count(f"</{t}") for t in ("li", "p", "td", "tr", "LI", "P", "TD", "TR"))


def _shown(walk: _Walk, meta: PageMeta) -> list[str]:
    """What the page shows beside its article, as :func:`outside_spam_terms` reads it: its
    ``<title>``, its keywords, and every text block of the walk."""
    return [meta.title_tag or "", meta.metas.get("keywords") or "", *(b.text for b in walk.blocks)]


def hidden_selectors(tree: LexborHTMLParser) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that the page's own ``<style>`` rules hide with ``display:none``.

    Only top-level rules with simple selectors (``.x``, ``span.x``, ``#x``) count: a rule
    inside ``@media`` hides a part on some screens only.

    >>> t = LexborHTMLParser("<style>.k{display:none} @media print{.p{display:none}} #d ,i.j{display : none}</style>")
    >>> sorted(hidden_selectors(t)[0]), sorted(hidden_selectors(t)[1])
    (['j', 'k'], ['d'])
    """
    classes: set[str] = set()
    ids: set[str] = set()
    for style in tree.css("style"):
        css = style.text(deep=True)
        if _CSS_HIDDEN.search(css) is None:
            continue
        if "/*" in css:
            css = _CSS_COMMENT.sub("", css)
        css = css.replace("<!--", " ").replace("-->", " ")  # old pages wrap their CSS in comments
        # from each display:none back to its rule's braces; the nesting depth is counted
        # incrementally, so one pass over the CSS (a page may inline 1 MB of it)
        depth, at = 0, 0
        for m in _CSS_HIDDEN.finditer(css):
            start = css.rfind("{", 0, m.start())
            if start < at:
                continue  # (unbalanced CSS: a brace before the last one read)
            depth += css.count("{", at, start) - css.count("}", at, start)
            at = start
            if depth != 0:
                continue  # inside @media (or unbalanced): shown on some screens
            prelude = css[max(css.rfind("}", 0, start), css.rfind(";", 0, start)) + 1:start]
            if "@" in prelude:
                continue
            for selector in prelude.split(","):
                simple = _SIMPLE_SELECTOR.match(selector.strip())
                if simple:
                    (classes if simple.group(1) == "." else ids).add(simple.group(2))
    return frozenset(classes), frozenset(ids)


_DATED = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")


def _title_before_dateline(shown: list[Block], first: Block) -> MetaField | None:
    """On a page whose metadata names no title (a print view's <title> is 打印页面), the short
    unpunctuated line right above the dateline over the story, as a reader sees the headline."""
    at = next((i for i, b in enumerate(shown) if b is first), -1)
    for i in range(max(0, at - TITLE_LOOKBACK), at):
        b, nxt = shown[i], shown[i + 1]
        if (4 <= len(b.text) <= 60 and not _SENTENCE_END.search(b.text) and not b.link_tokens
                and _DATED.search(nxt.text) and len(nxt.text) <= 80):
            return MetaField(b.text, "html.title.before_dateline")
    return None


def _headline_block(blocks: list[Block], meta: PageMeta) -> bool:
    """Whether the article's first block is its headline, on a page with no ``<h1>`` for it:
    a short line without a full stop that the ``<title>`` holds with the site's name around it
    ("明日股市预测--" before, " 湖南省中医药研究院附属医院" after), or any such line when the
    ``<title>`` names only a section ("新闻动态--中国地理学会官网")."""
    if len(blocks) < 3 or meta.title is None or meta.title.origin == "h1":
        return False
    text = blocks[0].text
    if not 8 <= len(text) <= 80 or "。" in text or text.endswith(("：", ":")) or cjk_count(text) < 6:
        return False
    key, shown = _norm_key(text), _norm_key(meta.title_tag or meta.title.value)
    if key in shown and key != shown:
        return True
    # a section-only <title>: the first block is the headline only if it reads as one (no clause break)
    return len(_norm_key(meta.title.value)) < 6 and not re.search("[，,、；;]", text)


def _stated_body(meta: PageMeta) -> list[str]:
    """Paragraphs of a JSON-LD ``articleBody`` long enough to be an article (tags and references
    in it undone), or none."""
    for obj in meta.jsonld:
        body = obj.get("articleBody")
        if not isinstance(body, str) or cjk_count(body) < MIN_STATED_CJK:
            continue
        text = LexborHTMLParser(f"<div>{body}</div>").text(separator="\n") if "<" in body else html.unescape(body)
        return [p for p in (" ".join(line.split()) for line in text.split("\n")) if p]
    return []


# a string literal in a script (JSON's "…", JavaScript's '…'), and the escapes inside one
_STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'')
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", re.DOTALL)
_ESCAPED_CHAR = {"n": "\n", "t": "\t", "r": "", "b": "", "f": ""}


def _unescape_literal(s: str) -> str:
    """A string literal's text: its backslash escapes undone (\\u4e2d, \\n, \\", \\/), an
    escaped surrogate pair (an emoji, \\ud83d\\ude00) joined, a lone surrogate dropped."""
    out = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else _ESCAPED_CHAR.get(m.group(2), m.group(2)),
                      s)
    if _SURROGATE.search(out) is None:
        return out
    return _SURROGATE.sub("", out.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _script_state(tree: LexborHTMLParser, title: str | None) -> tuple[list[str], str | None]:
    """Paragraphs of the article a script-rendered page keeps in its state (window.__NUXT__,
    __INITIAL_STATE__, 今日头条's BASE_DATA content), or none: the longest prose string of a script
    that also holds the page's headline, as HTML or lines; and the publish time that script states
    beside it (``time: '2024-01-05 20:41'``), if any. (Its "author" is as often a platform account,
    金融界 or 丁香园, shaped like a person's name: it is not read.)"""
    key = _norm_key(title or "")
    if len(key) < 4:
        return [], None
    best, best_code, second = "", "", 0
    for node in tree.css("script"):
        if node.attributes.get("src"):
            continue
        code = node.text(deep=True)
        if len(code) < MIN_STATED_CJK or key[:12] not in _norm_key(_unescape_literal(code)):
            continue
        for m in _STRING_LITERAL.finditer(code):
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            if len(raw) < STATE_MIN_CHARS:
                continue
            value = _unescape_literal(raw)
            if "&lt;" in value or "&quot;" in value:
                value = html.unescape(html.unescape(value)).strip('"')
            if cjk_count(value) < STATE_MIN_CHARS or not _is_prose_text(value) or _login_form(value):
                continue
            if cjk_count(value) > cjk_count(best):
                best, best_code, second = value, code, max(second, cjk_count(best))
            else:
                second = max(second, cjk_count(value))
    # a channel's list of long abstracts is no article: the article's text stands far above the rest
    if not best or cjk_count(best) < MIN_STATED_CJK or cjk_count(best) < STATE_LEAD * second:
        return [], None
    text = LexborHTMLParser(f"<div>{best}</div>").text(separator="\n") if "<" in best else best
    stamp = _STATE_TIME.search(best_code)
    paragraphs = [p for p in (" ".join(line.split()) for line in text.split("\n")) if p]
    return paragraphs, stamp.group(1) if stamp else None


# a publish time in a script's state: a time key, then a date (with its time) as a string
_STATE_TIME = re.compile(r"[\"']?(?:publish_?[Tt]ime|pub_?[Tt]ime|publish_?[Dd]ate|pub_?[Dd]ate|datePublished"
                         r"|published_?[Aa]t|publish_?[Aa]t|release_?[Tt]ime|news_?[Tt]ime|ctime|time)[\"']?\s*:\s*"
                         r"[\"']((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)[\"']")


def _is_prose_text(value: str) -> bool:
    """Sentences, not a list of names or a stylesheet: at least three full stops or commas."""
    return sum(value.count(c) for c in "。，！？") >= 3


def extract_json(data: bytes) -> dict[str, str | None]:
    """Adapter for the evaluation harness: text and metadata as plain strings.

    ``author`` falls back to the editor when no author is named.
    """
    art = extract_html(data)
    # the person answerable for the text: the editor when no author is named (how the
    # cwced annotators and Chinese portals' "责任编辑" convention read it)
    author = art.author or art.editor
    return {
        "text": art.text,
        "title": art.title.value if art.title else None,
        "author": author.value if author else None,
        "published": art.published.value if art.published else None,
    }


def _main() -> None:
    import sys

    for path in sys.argv[1:]:
        with open(path, "rb") as fh:
            print(json.dumps(extract_json(fh.read()), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    _main()
