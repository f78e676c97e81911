"""One typed, frozen config: every threshold that turns a signal into a decision.

Steps *measure* (signals on the record); these numbers *decide*. Each option's comment says
which way it errs. Lengths are counted in characters (CJK ideographs), never in
whitespace-separated words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from zhengben.errors import ConfigError

__all__ = [
    "Config",
    "LineConfig",
    "MojibakeConfig",
    "PunctConfig",
    "RubyConfig",
    "ScriptConfig",
    "SpaceConfig",
    "SpamConfig",
    "SpamVerdictConfig",
    "SpanConfig",
]

ScriptTarget = Literal["auto", "hans", "keep"]


@dataclass(frozen=True, slots=True)
class RubyConfig:
    # Strip readings when at least this many verified `字(reading)` matches are found.
    # Lower: more teaching annotations lost; higher: residue left on lightly annotated pages.
    min_matches: int = 3
    # On a page already judged a mirror, one verified match is enough.
    min_matches_on_mirror: int = 1
    # A reading lesson keeps its readings, and they are no evidence of a mirror: at least this share
    # of the annotated characters are rare (outside GB2312 level 1 and Big5's frequent set), or at
    # least this share of the readings stand on lines that name a lesson (rules/teaching_cues.tsv).
    # A mirror's ruby falls on ordinary characters anywhere (the specimen: 0 rare, 0 on such lines).
    teaching_rare_share: float = 0.3
    teaching_cue_share: float = 0.5
    # ...or at least teaching_cue_share of them stand on drill lines (every ideograph of the line
    # is read: 媽（mā）麻（má）馬（mǎ）罵（mà）) or gloss quoted words, together, with drill_min on
    # drill lines at least, on a page that names a lesson (華語, 普通話, 拼音) and shows no
    # half-width mark in Chinese text (a mirror's short lines 館(guǎn)長(zhǎng), 會(huì)議(yì)現(xiàn)場(chǎng)
    # are read whole too, and a mirror of school news says 同學們).
    drill_min: int = 3
    # ...or every reading glosses a quoted word (常把「買（mǎi）」說錯); or there are at most
    # teaching_cluster_max, all in one sentence (六（lù）安、亳（bó）州、歙（shè）县) on a simplified
    # page with no half-width mark (or a traditional one whose readings are uncommon ones:
    # gloss_uncommon_share); or the text states a reading outside brackets too
    # (“薄（báo）饼”读báo). A converter's ruby is spread over the article, inside quotes or not,
    # and never stands bare after 读.
    teaching_cluster_max: int = 5
    # ...on a traditional page only when at least this share of them give an uncommon reading (not
    # pypinyin's first): a gloss explains one (六（lù）安, 蚌（bèng）埠); a converter reads the common way;
    # or when none falls on a character the converter changed (頭份（fèn）市: a converter glosses what
    # it converted). A light mirror whose two or three readings in one sentence all fall on
    # unconverted characters is then left alone: genuine text comes first.
    gloss_uncommon_share: float = 0.66


@dataclass(frozen=True, slots=True)
class ScriptConfig:
    # "auto": convert mirrors to simplified, keep genuine traditional pages traditional;
    # "hans": convert every traditional page; "keep": never convert.
    target: ScriptTarget = "auto"
    # A page is traditional when this share of its script-specific characters is traditional.
    hant_share: float = 0.7
    # ...and it has at least this many traditional-only characters.
    min_hant_chars: int = 5
    # Mirror score: sum of evidence weights (see score/verdict.py); at or above -> mirror.
    # Lower: genuine HK/TW pages converted; higher: mirrors left traditional.
    mirror_score: float = 2.0
    # The weights (score/verdict.py ``mirror_evidence``): ruby residue alone is enough; each of
    # the others needs another beside it; mainland quotes and a mainland dateline need two more
    # (a Taiwan blog quotes with “”, a Hong Kong paper runs Xinhua wires). On a page that opens with
    # a Taiwan/Hong Kong outlet's own dateline, or was decoded from Big5, vocabulary, quotes and a
    # wire dateline do not count at all (文匯報 and 大紀元 write “” and mainland terms).
    weight_ruby: float = 2.0
    # Readings glossing whole words (你好(nǐ hǎo)) on a page that speaks of a lesson (课, 学习,
    # 普通话, 拼音: score.signals._LESSON) are a lesson's: when at least this share of the readings
    # are word glosses, ruby weighs weight_lesson_ruby, and on a traditional page that is no mirror
    # they stay. Without the lesson words, word readings are a converter's like any others.
    ruby_word_share: float = 0.5
    weight_lesson_ruby: float = 1.0
    # This many written-Cantonese words (嘅 咗 喺 啲: rules/regional_vocab.tsv, region cantonese) make
    # a page a Hong Kong writer's own, as an outlet's dateline does: no mirror of a mainland page is
    # written in Cantonese, so mainland terms, quotes and slips on it are the writer's usage.
    cantonese_min: int = 2
    weight_halfwidth: float = 1.0
    weight_vocabulary: float = 1.0
    weight_simplified_lines: float = 1.0
    weight_converter_forms: float = 1.0
    # A character-by-character converter's wrong picks among one simplified character's traditional
    # forms of different meaning (頭發, 天後宮, 聯係: score.script.converter_slips, rules/slip_forms.tsv),
    # counted as distinct characters: from slips_min on they weigh weight_converter_slips, from
    # slips_strong on twice that. Genuine Taiwan and Hong Kong pages of the probes show at most one
    # (writers' own variants such as 熱綫, 發佈, 週, 颱風 are no slips); mirrors made with HanziConv
    # and nothing else are called 115 of 119 (76 without the signal: benchmarks/mirror_eval.py
    # --converters hanziconv --bare --ruby-rate 0 --marks keep).
    weight_converter_slips: float = 1.0
    slips_min: int = 3
    slips_strong: int = 5
    weight_mainland_quotes: float = 1.0
    weight_mainland_dateline: float = 0.5
    # A mainland paper's own lead opening the story (扬子晚报讯, 重庆日报讯, 本报讯（记者 X 通讯员 Y）:
    # score.signals.mainland_paper_lead, rules/mainland_papers.tsv) is proof alone: a Hong Kong paper
    # runs Xinhua's wires, but no Taiwan or Hong Kong outlet opens its story with another paper's
    # lead. It counts as usage: an outlet's own dateline or site, or Big5 bytes, take it out.
    weight_mainland_lead: float = 2.0
    # ... and such a paper or news site named as the source on a byline (来源：光明网) a sign like
    # the others: a Hong Kong page may reprint one, so it needs a second sign beside it. A wire
    # named as the source (来源：新华社) weighs as its dateline does (weight_mainland_dateline, 1
    # beside a converter's trace).
    weight_mainland_source: float = 1.0
    # ... and as much as mainland vocabulary beside a converter's trace (half-width marks, 爲 forms):
    # no Hong Kong paper running a Xinhua wire types ASCII commas
    weight_mainland_dateline_traced: float = 1.0
    # A mainland site's ICP or public-security filing number (京ICP备…号) on a traditional page: the
    # site is hosted in the mainland, which no Taiwan or Hong Kong outlet is.
    weight_mainland_licence: float = 1.0
    # OpenCC's standard traditional forms (爲 衆 僞, which neither Taiwan nor Hong Kong writes)
    # count as evidence of a converter from this many on.
    standard_forms_min: int = 2
    # Curly quotes (“”) and no corner brackets (「」) count as a mainland page's punctuation from
    # this many curly quote marks on (Taiwan and Hong Kong quote with 「」).
    curly_quotes_min: int = 4
    # A mirror made with Taiwan phrases (s2twp: 项目 → 專案) shows at least this many of them, and
    # this many times more than words left in the plain form; its phrases are taken back
    # (``rules/taiwan_phrases.tsv``).
    phrase_min: int = 2
    phrase_ratio: float = 3.0


@dataclass(frozen=True, slots=True)
class SpaceConfig:
    # A line is spaced out (``新 华 社 北 京``, every character set apart) when it has at least
    # this many spaces between two CJK characters and this many times more of them than CJK
    # characters written together; only then are its single spaces next to CJK removed.
    spaced_min_gaps: int = 8
    spaced_gap_ratio: float = 2.0
    # A line at least this long with at least this many paragraph indents (``　　``) inside it
    # is a flattened page: a line break goes back before each indent.
    indent_line_min_chars: int = 120
    indent_min_breaks: int = 2
    # A page is hard-wrapped when at least this many lines that run on into the next share one
    # width (within ``wrap_slack``: a wide character or a word that did not fit ends a line
    # early), at least half of such lines, and the width is at least this many display columns
    # (or half as many characters: dumps wrap at 60-80 columns; verse of 20 characters a line
    # is not a wrap). Joined only if at most this share of those full-width lines end a
    # sentence, repeat, or are followed by a line opening like a list row.
    wrap_min_lines: int = 3
    wrap_min_width: int = 50
    wrap_slack: int = 2
    wrap_max_share: float = 0.2
    # ... and at least this share of them hold punctuation: wrapped prose, not a list of names
    wrap_min_prose_share: float = 0.5


@dataclass(frozen=True, slots=True)
class MojibakeConfig:
    # A page whose text holds this many U+FFFD, this share of its ideographs and them, was decoded
    # wrongly before it reached us (GBK bytes read as UTF-8 with replacement): the verdict names
    # mojibake though nothing can be read again.
    lost_min: int = 10
    lost_share: float = 0.2
    # A page is found misread when its runs that read again into two or more common characters,
    # mostly common (``min_share`` of their ideographs), give at least ``min_chars`` common
    # characters in all (fewer is too little to tell a misreading from chance) ...
    min_chars: int = 8
    min_share: float = 0.8
    # ... raise the share of common characters in those runs by this much (genuine text read
    # again gives rare characters and U+FFFD) ...
    min_gain: float = 0.3
    # ... and, given at least ``frequent_from`` ideographs, read as running Chinese: this share
    # of them among the most frequent characters (Chinese openings of 300 characters: 21% at the
    # 1st percentile; Korean or Japanese bytes read as GBK give common but random characters,
    # 0-10%). A headline alone is too short to tell (titles: 5% at the 1st percentile).
    min_frequent: float = 0.1
    frequent_from: int = 30
    # ... and with fewer, at least this many of the most frequent characters (a headline has a
    # few; a Korean line read as GBK, all common characters, seldom two)
    min_frequent_short: int = 2
    # UTF-8 read as GBK or Big5 is looked for only where rare characters (outside the common
    # GB2312 and Big5 sets) are at least this share of the page's ideographs (genuine text has
    # a few percent, such mojibake about half), or cluster (four within a few characters).
    rare_share: float = 0.25


@dataclass(frozen=True, slots=True)
class PunctConfig:
    # Half-width punctuation in CJK context is an obfuscation when at least this many
    # occur and they are at least this share of all restorable punctuation.
    min_halfwidth: int = 3
    halfwidth_share: float = 0.5
    # On a page shown to be a mirror, this many are enough, whatever their share: a farm that
    # swapped the marks of one paragraph (…仪表,一边告诉记者,…) left them among its full-width ones.
    min_halfwidth_mirror: int = 1


@dataclass(frozen=True, slots=True)
class LineConfig:
    # Titles and captions longer than this (characters) are body text instead.
    max_title_chars: int = 80
    max_caption_chars: int = 80
    # A run of at least this many consecutive short lines (no sentence punctuation) is a menu.
    nav_run: int = 3
    nav_line_chars: int = 10
    # A line belongs to a "related" list when it is at most this long.
    max_related_chars: int = 60
    # A post's Latin end mark (—END—) closes it when at most this many body lines, this many
    # characters in all, follow it (the account's bio and links); more, or a line introducing it
    # (只有两个单词：), and the mark is text.
    max_after_end_lines: int = 3
    max_after_end_chars: int = 150
    # At least this many body lines, every one cut short with an ellipsis, are a list of teasers
    # (a search result or channel page), not an article.
    teaser_run: int = 3
    # A page with a not-found message (line.nav.error_page) among its first lines, no dateline, and
    # at most this many characters of body text after the message is an error page: that text
    # explains the message, and there is no article.
    error_page_body_chars: int = 160
    # At least this many consecutive lines cut into the same number of cells (tabs or runs of
    # spaces), at least half of them holding a digit, are a flattened table: text, not a menu.
    table_rows: int = 3
    # Keep photo captions in the text, where they stand (``extract`` does, as reference
    # extractions do); by default they leave the body and the record lists them apart.
    captions_in_text: bool = False


@dataclass(frozen=True, slots=True)
class SpamConfig:
    # A line is spam when its vocabulary score reaches this (strong terms weigh 3, weak 1)...
    line_score: float = 6.0
    # ...and spam terms cover at least this share of its CJK characters.
    line_coverage: float = 0.25
    # A sentence (a comma inside, a full stop at the end) needs this share: news names games and
    # sites in sentences whose other words are its own (该平台设有百家乐、骰宝、时时彩等多种玩法，…。)
    sentence_coverage: float = 0.5
    # A list of at least this many words (pieces between , | _ / 、 and spaces; this many CJK
    # characters a word at most, on average) with this many strong terms is spam, whatever its
    # other words (a farm's vocabulary is larger than any table)
    list_segments: int = 4
    list_word_cjk: int = 6
    list_strong: int = 2


@dataclass(frozen=True, slots=True)
class SpanConfig:
    """Span excision (issue 5): injected brands, queries and keyword lines cut out of good text."""

    # On by default: a corpus should not keep spliced spam. Off (CLI --no-spam-spans) makes restore
    # about 4x faster on spam-farm pages (benchmarks/spam_bench.py; docs/spam.md).
    enabled: bool = True

    # A line whose non-space characters are covered this much by findings is spam as a whole.
    whole_line_share: float = 0.8
    # A clause (CJK characters at least/at most) that reads as a search query, repeated inside longer
    # lines of this many lines, is injected; one the title carries but that asks nothing needs more.
    # Lower: slogans and refrains of genuine pages cut; higher: SEO queries left in.
    query_min_cjk: int = 5
    query_max_chars: int = 30
    query_repeats: int = 3
    query_repeats_plain: int = 4
    # A brand head (CJK characters before a tail) is widened beyond two characters only when the
    # brand occurs at least this often, always behind the same characters.
    head_extend_min: int = 3
    # Footer keyword lines: at least this many space-separated segments, this share with gambling terms.
    footer_min_segments: int = 3
    footer_share: float = 0.5
    # Keyword stems: this many segments (at most stem_segment_chars each), this share opening with one
    # stem, all but one of them longer than it (实木地板 实木地板价格 实木地板品牌 …).
    stem_min_segments: int = 5
    stem_segment_chars: int = 12
    stem_share: float = 0.8
    # Keyword clouds: this many short segments (at most cloud_segment_chars each) with no sentence.
    cloud_min_segments: int = 15
    cloud_segment_chars: int = 8
    # A title segment after a brand that shares less than this share of its bigrams with the body.
    title_overlap: float = 0.2
    # Keywords the page declares (tag/keyword lines, title segments) of at least this many characters
    # and CJK characters are cut where they sit at a splice point (score/spans.py: _site_keyword_spans).
    site_keyword_min_chars: int = 6
    site_keyword_min_cjk: int = 4
    # A line repeating the record's title, of at least unrelated_title_min_cjk CJK characters (not a
    # site or organisation name, not shaped like a news headline), is injected when at most this share
    # of its bigrams occurs in the rest of a page of at least unrelated_title_min_body CJK characters
    # (an ad or nonsense title over a mash-up). Genuine literary headlines share nothing either, but
    # carry a column bracket or a space (【一线调研】…, 奋斗正当时 人勤春来早).
    unrelated_title_min_cjk: int = 8
    unrelated_title_min_body: int = 200
    unrelated_title_overlap: float = 0.0


@dataclass(frozen=True, slots=True)
class SpamVerdictConfig:
    """Spam verdicts (injected_spam, keyword_stuffing, spun, hijacked, quality) and their policy."""

    # spun: weighted spin hits per 1,000 CJK characters at or above this, and at least spin_min_hits hits.
    spin_rate: float = 1.5
    spin_min_hits: int = 2
    # keyword_stuffing: this many repeated-query removals, or one keyword footer/cloud line.
    stuffing_query_repeats: int = 2
    # signal only: how often the title's longest phrase (>= title_phrase_cjk CJK chars) recurs.
    title_phrase_cjk: int = 6
    # signal only (signals["hijack"]["title_unrelated"]): a title sharing less than this share of its
    # bigrams with a body of at least hijack_min_body CJK characters. Portal titles do too.
    hijack_title_overlap: float = 0.05
    hijack_min_body: int = 300
    # injected_spam on an HTML page that shows this many distinct strong porn or gambling terms
    # outside its article (footer links, hidden blocks, <title>): genuine pages in ../shared show
    # at most one (a drama's 人妻, a Macau hotel), farms four or more (probe s11c).
    outside_spam_min_terms: int = 3
    # ... and this many in the blocks the extractor left out between the article's own paragraphs
    # (a farm's link row spliced into the story: 澳门赌场 无码av 亚洲色图; probe s12c)
    inside_spam_min_terms: int = 2
    # policy (corpus runs): drop documents with any of these verdicts, or quality below min_quality.
    drop_verdicts: tuple[str, ...] = ()
    min_quality: float = 0.0


@dataclass(frozen=True, slots=True)
class Config:
    ruby: RubyConfig = field(default_factory=RubyConfig)
    script: ScriptConfig = field(default_factory=ScriptConfig)
    punct: PunctConfig = field(default_factory=PunctConfig)
    space: SpaceConfig = field(default_factory=SpaceConfig)
    mojibake: MojibakeConfig = field(default_factory=MojibakeConfig)
    lines: LineConfig = field(default_factory=LineConfig)
    spam: SpamConfig = field(default_factory=SpamConfig)
    spans: SpanConfig = field(default_factory=SpanConfig)
    spam_verdict: SpamVerdictConfig = field(default_factory=SpamVerdictConfig)
    # Default timezone for datelines that give none (mainland and Taiwan/HK pages alike).
    default_utc_offset: str = "+08:00"
    # Size guard: documents longer than this many characters are rejected, not processed.
    max_chars: int = 5_000_000

    def __post_init__(self) -> None:
        if self.script.target not in ("auto", "hans", "keep"):
            raise ConfigError(f"script.target must be auto, hans or keep, not {self.script.target!r}")
        if not 0 < self.script.hant_share <= 1:
            raise ConfigError("script.hant_share must be in (0, 1]")

    def with_spam_spans(self, enabled: bool = True) -> Config:
        """A copy with span excision and the spam verdicts switched on or off."""
        return replace(self, spans=replace(self.spans, enabled=enabled))

    def with_script(self, target: ScriptTarget) -> Config:
        """A copy with another script target (the CLI's --script)."""
        return replace(self, script=replace(self.script, target=target))
