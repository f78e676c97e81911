"""Measure a page before repairing it: script, ruby residue, punctuation, regional vocabulary.

Nothing here changes text; the numbers go to ``doc.signals`` and ``score.verdict`` decides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import repeat
from operator import attrgetter, or_

from zhengben.document import Document
from zhengben.lines.label import split_lines
from zhengben.meta.names import SURNAMES
from zhengben.repair.punct import count_punct
from zhengben.repair.ruby import RubyMatch, is_default_reading, readings, ruby_scan, without_ruby
from zhengben.repair.script import to_simplified
from zhengben.rules import load_table
from zhengben.score.script import mainland_licence, script_counts, standard_forms
from zhengben.score.vocab import vocabulary
from zhengben.text import cjk_count, common_chars

__all__ = ["Measure"]


_LINE_HANS_MIN = 3
_start = attrgetter("start")
_syllables = attrgetter("syllables")
# the article's own lines: its body and its photo captions (the same writer's script and words)
_ARTICLE = frozenset({"body", "caption"})
# a mainland agency's or paper's dateline opening the story (新华社北京7月21日电, 人民网北京…电):
# Taiwan and Hong Kong outlets open with their own (中央社記者X台北21日電)
_WIRES = (r"(?:新华社|新华网|中新社|中新网|人民网|人民日报|央视网|央视新闻|光明日报|经济日报|中国日报|"
          r"中国青年报|法制日报|解放军报|环球时报)")
_MAINLAND_DATELINE = re.compile(rf"^\s*[(（【]?{_WIRES}[^，。]{{0,16}}?\d{{1,2}}月\d{{1,2}}日(?:电|讯|专电)")
_WIRE = re.compile(_WIRES)
_TAIWAN_PARTICLE = re.compile("[囉喔唷齁]")
_WIRE_SOURCE = re.compile(rf"来源\s*[:：]\s*{_WIRES}")
# ... a mainland paper's own lead, which no Taiwan or Hong Kong outlet opens a story with: a reporter
# signing with a 通讯员 (a mainland paper's correspondent, whom Taiwan and Hong Kong bylines do not
# have: 本报讯（记者 何佳 通讯员 唐强）), or a paper's own 讯 (mainland_paper_lead)
_OWN_PAPER_LEAD = re.compile(r"\s*[(（【]?本报讯")
_CORRESPONDENT_LEAD = re.compile(  # (a 特约通讯员 is a Taiwan paper's stringer too: 更生日报)
    r"^[^，。]{0,12}[(（]\s*(?:本报|本台|本网)?记者\s*[\u4e00-\u9fff·]{2,4}(?:[、\s]+(?!特约)[\u4e00-\u9fff·]{2,4}){0,3}"
    r"[、\s]*(?<!特约)通讯员")


@cache
def _mainland_paper() -> str:
    """The name of a mainland paper, as a pattern: a province's or city's paper (重庆日报, 长沙晚报;
    the places of ``rules/places.tsv``, not Taiwan's, Hong Kong's or Macao's) or a paper of
    ``rules/mainland_papers.tsv`` (科技日报, 扬子晚报)."""
    places = _place_names()
    papers = sorted((r["name"] for r in load_table("mainland_papers")), key=len, reverse=True)
    return f"(?:(?:{'|'.join(map(re.escape, places))})(?:日报|晚报|都市报|商报)|{'|'.join(map(re.escape, papers))})"


@cache
def mainland_paper_lead() -> re.Pattern[str]:
    """A mainland paper's own lead opening the story (重庆日报讯, 扬子晚报讯, 新京报北京5月8日电)."""
    return re.compile(rf"^\s*[(（【]?(?:{_mainland_paper()}(?:讯|[^，。]{{0,16}}?\d{{1,2}}月\d{{1,2}}日电)"
                      rf"|(?:{'|'.join(map(re.escape, _place_names()))})新闻网讯)")


@cache
def _mainland_paper_name() -> re.Pattern[str]:
    return re.compile(_mainland_paper())


@cache
def _mainland_source() -> re.Pattern[str]:
    """A byline naming a mainland paper as the source (来源：齐鲁晚报): the paper 本报讯 speaks for."""
    return re.compile(rf"来源\s*[:：]\s*{_mainland_paper()}")


@cache
def _place_names() -> tuple[str, ...]:
    return tuple(sorted((r["place"] for r in load_table("places") if r["kind"] in ("province", "city")
                         and r["place"] not in ("香港", "澳门", "台湾")), key=len, reverse=True))


# ...and a Taiwan, Hong Kong or overseas outlet's own (【香港文匯報訊】, 中央社記者X台北6日電,
# 〔記者X／台北報導〕: 報導 with a slash is Taiwan's form): the page is that outlet's, in its own script
@cache
def _regional_name() -> re.Pattern[str]:
    """A Taiwan, Hong Kong, Macau or overseas outlet of ``rules/regional_outlets.tsv`` named anywhere."""
    rows = sorted(load_table("regional_outlets"), key=lambda r: -len(r["name"]))
    return re.compile("|".join(re.escape(row["name"]) for row in rows))


@cache
def _regional_dateline() -> re.Pattern[str]:
    """The dateline of an outlet in ``rules/regional_outlets.tsv``, or Taiwan's ``〔記者X／台北報導〕``."""
    return re.compile(
        rf"^\s*[(（【〔\[]?\s*(?:香港)?(?:{_regional_name().pattern})"
        r"[^，。]{0,24}?(?:(?:讯|传真|全媒体报道)\s*(?:[】\]）)]|[(（]\s*(?:本报)?记者)|\d{1,2}日(?:专)?电|(?:报导|报道)\s*(?:[)）〕】]|$)|记者\s*[\u4e00-\u9fff]{2,4}\s*$)"
        r"|[(（〔【]\s*(?:记者|编译|特派员)?[^／/()（）〔〕【】，。]{1,16}[／/][^／/()（）〔〕【】，。]{0,10}报导\s*[)）〕】]"
        # the same Taiwan form on a line of its own (ETtoday, 三立: 記者王小明/台北報導)
        r"|^\s*(?:[^\s，。]{1,12}\s+)?(?:记者|编译|特派员)[^／/()（）〔〕【】，。]{1,16}[／/][^／/()（）〔〕【】，。]{0,10}报导\s*$")


# words of a language lesson (seen through the simplified view): a page that glosses words and
# says these teaches them
_LESSON = re.compile(r"第[一二三四五六七八九十\d]+课|课文|生字|生词|普通话|华语|国语|粤语|汉语|学中文|"
                     r"拼音|注音|读音|发音|识字|同学们|跟读|领读|跟我读|读一读|念一念|声调")
# byline lines among this many first lines of a page can name a Taiwan or Hong Kong outlet
_BYLINE_LINES = 12
# pages decoded from Big5 were written in traditional script, not converted to it
_BIG5 = frozenset({"big5", "big5hkscs", "cp950"})


# a reading right before one of these glosses the quoted word (常把「買（mǎi）」說錯)
_CLOSING_QUOTES = frozenset("」』”’")  # not ASCII ": on a half-width mirror it opens quotes too
# a quoted word or phrase this short, with a reading inside, is the thing a lesson teaches
_SHORT_QUOTE = 6
_QUOTE_OPENED = re.compile(rf"[「『“‘][^。！？，；」』”’]{{0,{_SHORT_QUOTE}}}\Z")
_QUOTE_CLOSES = re.compile(rf"[^。！？，；「『“‘]{{0,{_SHORT_QUOTE}}}[」』”’]")


# <ruby> on this share of the article's characters or more is a lesson's reading of a passage
_HTML_RUBY_LESSON_SHARE = 0.25
_PINYIN = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+[1-5]?")


@cache
def _converts(ch: str) -> bool:
    """Whether ``t2s`` changes ``ch`` (one character): one OpenCC call per character ever, not
    one per reading on it (a mirror page has hundreds)."""
    return to_simplified(ch) != ch


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether the reading at ``start:end`` sits in a short quoted phrase (常把「買（mǎi）」說錯,
    「爸（ㄅㄚˋ）爸好」): a quote opens at most a few characters before it and closes right after it
    or a few characters later, with no sentence mark between."""
    if text[end:end + 1] in _CLOSING_QUOTES:
        return True
    return (_QUOTE_OPENED.search(text, max(0, start - _SHORT_QUOTE), start) is not None
            and _QUOTE_CLOSES.match(text, end) is not None)


# a sentence ends at these (for counting which sentences hold readings)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# a reading stated in the prose, after the verb that introduces it: 读báo, 念作“lù”, 讀音ㄕˋ
_READING_IN_PROSE = re.compile(
    r"(?:读|讀|念|唸)(?:音|作|成|做|为|為)?(?:是)?\s*[“\"「‘]?"
    r"((?:[a-zü]*[\u0101-\u01dc\u00e0-\u00fc][a-zü\u0101-\u01dc\u00e0-\u00fc]*|[\u3105-\u312f]+[ˊˇˋ˙]?))")


def _lesson_label(line: str) -> bool:
    """Whether a line names itself part of a reading lesson: a cue word as a label (``本课生字：``,
    ``多音字：``), not merely in a sentence (news about pinyin teaching says 拼音 everywhere)."""
    if "：" not in line and ":" not in line:
        return False
    cues = vocabulary("teaching_cues")
    return any(line[e:e + 2].lstrip()[:1] in (":", "：") for _, e, _ in cues.find(line))


_TITLE_AFTER = re.compile(r"(?:先生|女士|小姐|老师|老師|同学|同學|师傅|師傅|某|姓|教授|医生|醫生|"
                          r"阿姨|大爷|大爺|大妈|大媽)")
# a page that labels itself an edition with readings (儿童故事（注音版）): its readings are its text
# (a headline sentence that merely says 注音版, 教材推出注音版, labels nothing)
_READING_EDITION = re.compile(r"[（(【\[]\s*(?:注音版|拼音版|注音读物|注音讀物|带拼音|帶拼音)\s*[)）】\]]")


def _cue_lines(text: str, spans: list[tuple[int, int]], annotated: set[int]) -> set[int]:
    """The annotated lines that a lesson's label covers: its own line (``本课生字：揠(yà)``), the
    lines of glosses under a label line that ends with its colon (``注释：`` over ``谪（zhé）守：…``,
    up to the first line without a reading), or every line of a page whose opening names it an
    edition with readings (``注音版``)."""
    opening = [text[s:e] for s, e in spans[:6] if text[s:e].strip()][:3]
    if any(_READING_EDITION.search(line) for line in opening):
        return set(annotated)
    out: set[int] = set()
    heading = False
    for i, (s, e) in enumerate(spans):
        line = text[s:e].strip()
        if not line:
            continue
        if _lesson_label(line):
            out.add(i)
            heading = line.endswith((":", "："))
        elif heading and i in annotated:
            out.add(i)
        else:
            heading = False
    return out & annotated


def _drill_readings(text: str, spans: list[tuple[int, int]], matches: list[RubyMatch], lines_of: list[int]) -> int:
    """Readings on drill lines: lines where every ideograph is read (``媽（mā）麻（má）馬（mǎ）罵（mà）``,
    ``你好（nǐ hǎo）——Hello``, ``學（xué）`` alone). A lesson lists the characters it reads; a
    converter's ruby falls here and there, short lines too (``在線(xiàn)咨詢(xún)``)."""
    annotated: dict[int, int] = {}
    for m, i in zip(matches, lines_of, strict=True):
        annotated[i] = annotated.get(i, 0) + len(m.han)
    # (readings are Latin letters or zhuyin, which count no ideographs)
    drill = {i for i, n in annotated.items() if n >= cjk_count(text[spans[i][0]:spans[i][1]])}
    return sum(i in drill for i in lines_of)


def _without_matches(text: str, spans: list[tuple[int, int]], body: set[int], matches: list[RubyMatch]) -> str:
    """The body lines joined, with the ruby matches cut out."""
    kept = without_ruby(text, matches)
    if len(split_lines(kept)) != len(spans):  # a match spanning lines: count with the readings in
        return "\n".join(text[s:e] for i, (s, e) in enumerate(spans) if i in body)
    return "\n".join(kept[s:e] for i, (s, e) in enumerate(split_lines(kept)) if i in body)


class Measure:
    """Store the signals the verdict needs, measured on the article's own lines (body and photo
    captions: the same writer's script and words).

    Chrome and spam are left out so that they cannot tip the verdict.
    """

    name = "score.measure"

    def __call__(self, doc: Document) -> Document:
        spans = split_lines(doc.text)
        body: list[str] = []
        hans_lines = 0
        for ln in doc.lines:
            s, e = spans[ln.index]
            if ln.label in _ARTICLE:
                body.append(doc.text[s:e])
            elif ln.label != "blank":
                h, k = script_counts(doc.text[s:e])
                hans_lines += k >= _LINE_HANS_MIN and h == 0
        # an HTML page's own headline (<title>, <h1>) is a line of the page too: simplified over a
        # traditional body, it is what a farm that converted only the body left
        title = doc.meta.get("title") or {}
        if str(title.get("origin", "")).startswith("html:h1"):  # the page's shown headline, not an SEO <title>
            h, k = script_counts(str(title.get("value") or ""))
            hans_lines += k >= _LINE_HANS_MIN and h == 0
        text = "\n".join(body)
        sig = doc.signals
        sig["hant_chars"], sig["hans_chars"] = script_counts(text)
        sig["hans_lines"] = hans_lines
        body_lines = {ln.index for ln in doc.lines if ln.label in _ARTICLE}
        starts = [s for s, _ in spans]
        # the line of each match (one bisection each, in one pass), and the matches in body lines
        scan = ruby_scan(doc)
        line_of = [i - 1 for i in map(bisect_right, repeat(starts), map(_start, scan))]
        matches = [m for m, i in zip(scan, line_of, strict=True) if i in body_lines]
        sig["ruby_verified"] = len(matches)
        if (html := doc.provenance.get("html_ruby")) and not doc.provenance.get("site_region"):
            # an HTML mirror's <ruby> markup (dropped by the reader, base kept): pinyin readings of
            # characters the converter changed count as its ruby residue. A lesson's readings of
            # simplified words, Taiwan's zhuyin, an outlet's own site and a Putonghua column that
            # reads a passage character by character (a quarter of the text or more) do not
            converted = sum(
                len(r["base"]) == 1 and _PINYIN.fullmatch(r["reading"]) is not None and _converts(r["base"])
                and r["reading"].lower() in readings(r["base"]) for r in html)
            if converted and len(html) < _HTML_RUBY_LESSON_SHARE * max(cjk_count(text), 1):
                sig["html_ruby_converted"] = converted
                sig["ruby_verified"] += converted
        sig["ruby_single"] = list(map(_syllables, matches)).count(1)
        sig["ruby_rejected"] = doc.scratch.get("ruby_rejected", 0)
        if matches:
            # a lesson annotates rare characters (纸鸢（yuān）) or lists readings beside words that
            # name it one (本课生字：揠(yà)、苗(miáo)); a mirror's ruby falls on ordinary characters anywhere
            common = common_chars()
            bases = "".join(m.han for m in matches)
            # judged on the simplified form too: 衆 裏 爲 are OpenCC's own forms of 众 里 为, not rare
            simple = to_simplified(bases) if sig["hant_chars"] else bases
            # the pairs (as zip pairs them) where neither form is common: all pairs less those with a common one
            is_common = common.__contains__
            rare = min(len(bases), len(simple)) - sum(map(or_, map(is_common, bases), map(is_common, simple)))
            sig["ruby_rare_share"] = round(rare / len(bases), 3)
            # a writer glosses whole words (你好(nǐ hǎo)); the specimen's converter glossed single
            # characters here and there, each one it had converted (77 of 77)
            sig["ruby_word_share"] = round(sum(len(m.han) > 1 for m in matches) / len(matches), 3)
            sig["lesson_words"] = len(_LESSON.findall(to_simplified(text) if sig["hant_chars"] else text))

            # a gloss explains an uncommon reading (六（lù）安, 蚌（bèng）埠); a converter reads the common way
            single = [m for m in matches if len(m.han) == 1]
            uncommon = sum(not is_default_reading(m.han, m.reading) for m in single)
            sig["ruby_uncommon_share"] = round(uncommon / len(single), 3) if single else 0.0
            if sig["hant_chars"]:  # ... and on characters it had converted (the specimen: 77 of 77)
                converted = sum(map(_converts, [m.han for m in single]))
                sig["ruby_converted_share"] = round(converted / len(single), 3) if single else 0.0
            lines_of = [i for i in line_of if i in body_lines]
            cue_lines = _cue_lines(doc.text, spans, set(lines_of))
            sig["ruby_on_cue_lines"] = sum(i in cue_lines for i in lines_of)
            sig["ruby_quoted"] = sum(_in_short_quote(doc.text, m.start, m.end) for m in matches)
            sig["ruby_drill"] = _drill_readings(doc.text, spans, matches, lines_of)
            # a surname glossed before its title (单（shàn）先生, 仇（qiú）女士): the writer's help
            sig["ruby_surnames"] = sum(m.han[-1:] in SURNAMES and _TITLE_AFTER.match(doc.text, m.end) is not None
                                       for m in matches)
            ends = [e.start() for e in _SENTENCE_END.finditer(doc.text)]
            sig["ruby_sentences"] = len(set(map(bisect_right, repeat(ends), map(_start, matches))))
        # ruby brackets are the reading's, not the text's: punctuation is counted without them
        counted = _without_matches(doc.text, spans, body_lines, matches) if matches else text
        sig["halfwidth_punct"], sig["fullwidth_punct"] = count_punct(counted)
        if matches:  # a bracketed reading the prose states again outside the ruby (“薄（báo）饼”读báo)
            given = {m.reading for m in matches}
            sig["readings_in_prose"] = sum(r in given for r in _READING_IN_PROSE.findall(counted))
        found = {"mainland": 0, "mainland_hk": 0, "taiwan": 0, "hongkong": 0, "cantonese": 0}
        if sig["hant_chars"]:
            for _, _, row in vocabulary("regional_vocab").find(text):
                found[row["region"]] += 1
        mainland, shared, hongkong = found["mainland"], found["mainland_hk"], found["hongkong"] + found["cantonese"]
        # words Hong Kong writes too (網絡, 軟件) count beside a term it does not use, or on a page
        # with no Hong Kong mark (錄得, 立法會, Cantonese 嘅)
        sig["mainland_terms"] = mainland + (shared if mainland or not hongkong else 0)
        sig["taiwan_terms"], sig["hongkong_terms"] = found["taiwan"], hongkong
        sig["cantonese_terms"] = found["cantonese"]
        sig["standard_forms"] = standard_forms(text) if sig["hant_chars"] else 0
        # converter_slips is measured by score.decide, only when the other evidence leaves it open
        doc.scratch["article_text"] = text
        # the story's opening lines, and the byline lines above them (聯合報／記者X／台北即時報導 stands
        # on a line of its own, labelled a dateline)
        bylines = [doc.text[slice(*spans[ln.index])] for ln in doc.lines[:_BYLINE_LINES] if ln.label == "dateline"]
        opening = [to_simplified(line) for line in [*body[:3], *bylines]] if sig["hant_chars"] else []
        # a mainland site's ICP number in its footer (a footer line of the text, or a block of the
        # HTML around the article), never prose that names one (在大陆架站要先办ICP备案)
        sig["mainland_licence"] = bool(sig["hant_chars"]) and (
            bool(doc.provenance.get("mainland_licence")) or any(
                ln.label == "footer" and mainland_licence(doc.text[slice(*spans[ln.index])]) for ln in doc.lines))
        sig["mainland_dateline"] = any(_MAINLAND_DATELINE.search(line) for line in opening)
        # a mainland paper's lead opens the story's first line (a press review quotes 扬子晚报讯 further
        # down); 本报讯 counts under a byline whose source is a mainland paper (来源：齐鲁晚报)
        first = opening[:1] if body else []
        byline_views = [to_simplified(line) for line in bylines] if sig["hant_chars"] else []
        # (not on a page that quotes with 「」 alone: a converter keeps the mainland's “”, a Hong Kong
        # or Taiwan outlet reprinting a mainland story writes its own marks)
        corner_only = "「" in text and "“" not in text
        sig["mainland_lead"] = not corner_only and any(
            mainland_paper_lead().search(line) or _CORRESPONDENT_LEAD.search(line) or (
            _OWN_PAPER_LEAD.match(line) and any(_mainland_source().search(b) for b in byline_views)) for line in first)
        # a Taiwan writer's own particles (囉, 喔, 唷, 齁: no mainland text and no converter writes them)
        sig["taiwan_particles"] = len(_TAIWAN_PARTICLE.findall(text)) if sig["hant_chars"] else 0
        # a mainland paper or news site named as the source on a byline (来源：光明网), or in an HTML
        # page's byline field (doc.meta, read before the text was made): a weaker sign, as a Hong
        # Kong page may reprint one; the wires Hong Kong papers run daily (新华社, 人民网) are "wire"
        stated = str((doc.meta.get("source") or {}).get("value") or "") if sig["hant_chars"] else ""
        stated = to_simplified(stated) if stated else ""
        sig["mainland_source"] = (
            "paper" if any(_mainland_source().search(b) for b in byline_views)
            or (stated and _mainland_paper_name().match(stated))
            else "wire" if any(_WIRE_SOURCE.search(b) for b in byline_views) or (stated and _WIRE.match(stated))
            else None)
        dateline = _regional_dateline()
        # an outlet's own dateline opening the story, or the outlet named on a byline line above it
        # (2024-04-22　來源：香港文匯報 over a lead of （記者 X 通訊員 Y）)
        named = any(_regional_name().search(line) for line in byline_views)
        sig["regional_origin"] = ("dateline" if named or any(dateline.search(line) for line in opening)
                                  else "big5" if doc.provenance.get("encoding") in _BIG5 and sig["hant_chars"]
                                  else "site" if doc.provenance.get("site_region") and sig["hant_chars"]
                                  else None)
        # mainland text quotes with “” where Taiwan and Hong Kong use 「」; converters keep them
        # characters a wrong decoding already lost (U+FFFD): no repair brings them back
        lost = text.count("\ufffd")
        sig["lost_chars"] = lost
        sig["lost_share"] = round(lost / (lost + cjk_count(text)), 3) if lost else 0.0
        sig["curly_quotes"] = text.count("“") + text.count("”")
        sig["corner_quotes"] = text.count("「") + text.count("」") + text.count("『") + text.count("』")
        return doc
