"""Turn the measured signals into the page's verdict and the repairs to apply.

Mirror evidence (weights; ``ScriptConfig.mirror_score`` is the bar, 2), on a traditional page:
ruby residue 2 (1 for a lesson's word glosses), half-width punctuation 1, mainland vocabulary
outweighing Taiwan's 1, simplified lines beside the traditional body 1, OpenCC's own forms 1,
curly quotes 1, a mainland wire's dateline 0.5, a mainland paper's own lead 2 (named as the
source on a byline, 1), a character converter's slips 1 or 2. Ruby and a paper's lead are proof
alone; any other sign needs a second one (Taiwan blogs often type ASCII punctuation:
readability-zh's pixnet page does). A Taiwan/Hong Kong origin (an outlet's dateline or site, Big5
bytes, written Cantonese) takes the usage signs out; every weight is in ``ScriptConfig``.
"""

from __future__ import annotations

from typing import Any

from zhengben.config import Config
from zhengben.document import Document
from zhengben.repair.phrases import mainland_phrases
from zhengben.repair.ruby import ruby_scan, without_ruby
from zhengben.score.script import converter_slips, taiwan_phrasing, variant_counts

__all__ = ["Conclude", "Decide", "mirror_evidence", "script_of", "variant"]


def script_of(sig: dict[str, Any], config: Config) -> str:
    """hant, hans, mixed or none, from the body's script-specific characters."""
    hant, hans = sig["hant_chars"], sig["hans_chars"]
    if hant + hans == 0:
        return "none"
    share = hant / (hant + hans)
    if hant >= config.script.min_hant_chars and share >= config.script.hant_share:
        return "hant"
    if share <= 1 - config.script.hant_share:
        return "hans"
    return "mixed"


_USAGE_EVIDENCE = frozenset({"mainland_vocabulary", "mainland_quotes", "mainland_dateline", "mainland_licence",
                             "mainland_lead", "mainland_source"})


def _word_lesson(sig: dict[str, Any], config: Config) -> bool:
    """Readings that gloss whole words on a page that speaks of a lesson (你好(nǐ hǎo) in 普通話科)."""
    return bool(sig.get("ruby_word_share", 0.0) >= config.script.ruby_word_share and sig.get("lesson_words", 0) > 0)


def mirror_evidence(sig: dict[str, Any], halfwidth: bool, config: Config) -> dict[str, float]:
    """Evidence that a traditional (or half-traditional) page is a machine conversion, weighted by
    ``config.script``."""
    w = config.script
    ev = {
        # (less when the readings are a lesson's word glosses: see ScriptConfig.ruby_word_share)
        "ruby": 0.0 if not sig["ruby_verified"] or sig.get("ruby_teaching")
        else w.weight_lesson_ruby if _word_lesson(sig, config) else w.weight_ruby,
        "halfwidth": w.weight_halfwidth if halfwidth else 0.0,
        "mainland_vocabulary": w.weight_vocabulary
        if sig["mainland_terms"] >= 2 and sig["mainland_terms"] > sig["taiwan_terms"] else 0.0,
        "simplified_lines": w.weight_simplified_lines if sig["hans_lines"] else 0.0,
        # 爲/衆/僞: OpenCC's own traditional forms, which Taiwan and Hong Kong writers do not use
        "converter_forms": w.weight_converter_forms
        if sig.get("standard_forms", 0) >= w.standard_forms_min else 0.0,
        # weak alone: Taiwan blogs quote with “”, Hong Kong papers run Xinhua wires
        "mainland_quotes": w.weight_mainland_quotes
        if sig.get("curly_quotes", 0) >= w.curly_quotes_min and not sig.get("corner_quotes") else 0.0,
        # only a site hosted in the mainland shows an ICP filing number: a usage mark like the others
        "mainland_licence": w.weight_mainland_licence if sig.get("mainland_licence") else 0.0,
        # a wire's or paper's dateline is an outlet's usage (a Hong Kong paper runs Xinhua wires), but
        # beside a converter's own trace (half-width marks, 爲 forms) it is the page it was made from
        "mainland_dateline": 0.0 if not sig.get("mainland_dateline")
        else w.weight_mainland_dateline_traced if halfwidth or sig.get("standard_forms", 0) >= w.standard_forms_min
        else w.weight_mainland_dateline,
        # a mainland paper's own lead (扬子晚报讯, 本报讯（记者 X 通讯员 Y）): no Taiwan or Hong Kong
        # outlet opens a story with one, so a traditional page that does is that paper's, converted
        "mainland_lead": w.weight_mainland_lead if sig.get("mainland_lead") else 0.0,
        # ... and one named as the source on a byline (来源：光明网): a page may reprint one
        # (a wire's name, as its dateline, weighs less unless a converter's trace stands beside it)
        # (not on a page that writes Taiwan's words or particles, 網路, 喔: a Taiwan blog citing 光明網)
        # (a wire named both as the source and in the dateline is one fact, weighed once: a Hong Kong
        # paper running 新華社北京…電 names 新華社 as its source too)
        "mainland_source": 0.0 if not sig.get("mainland_source") or sig.get("mainland_lead")
        or (sig["mainland_source"] == "wire" and sig.get("mainland_dateline"))
        or sig["taiwan_terms"] > max(sig["mainland_terms"], 1) or sig.get("taiwan_particles")
        else w.weight_mainland_source if sig["mainland_source"] == "paper" or halfwidth
        or sig.get("standard_forms", 0) >= w.standard_forms_min else w.weight_mainland_dateline,
        # a character-by-character converter's wrong picks (頭發, 天後宮): no writer makes them
        "converter_slips": 0.0 if (sig.get("converter_slips") or 0) < w.slips_min
        else w.weight_converter_slips * (2 if sig["converter_slips"] >= w.slips_strong else 1),
    }
    if sig.get("script") == "mixed":
        # half in each script (a mirror that converted some paragraphs, or simplified text quoting
        # traditional): only the converter's own traces count (ruby, half-width marks, 爲 forms);
        # usage and simplified lines are the simplified half's own
        ev = {k: v for k, v in ev.items() if k not in _USAGE_EVIDENCE and k != "simplified_lines"}
    origin = sig.get("regional_origin")
    if origin == "site":
        # a page on a Taiwan/Hong Kong outlet's site: its “” quotes and a wire's dateline are the
        # outlet's usage (文匯報, 大公報 run Xinhua wires); mainland-only terms still count, as a
        # farm can sit on any host
        ev = {k: v for k, v in ev.items() if k not in (
            "mainland_quotes", "mainland_dateline", "mainland_lead", "mainland_source", "mainland_licence",
            "converter_slips")}
    elif origin:
        # a Taiwan/Hong Kong outlet's own dateline, or Big5 bytes: “” quotes, mainland terms and a
        # wire dateline are that outlet's usage (文匯報, 大紀元), not a converter's trace; nor are
        # its writers' own picks among one simplified character's forms
        ev = {k: v for k, v in ev.items() if k not in _USAGE_EVIDENCE and k != "converter_slips"}
    return {k: v for k, v in ev.items() if v}


def variant(tw: int, hk: int, *, mirror: bool) -> str:
    """Which OpenCC config undoes a traditional text with ``tw`` Taiwan and ``hk`` Hong Kong
    variant forms (characters OpenCC's ``tw2t`` / ``hk2t`` change): ``t2s``, ``tw2s`` or ``hk2s``.

    A mirror gets ``hk2s`` for HK-only variants (衞 敍 枱, which ``t2s`` misses), else ``t2s``:
    ``tw2s`` would turn every 著 into 着, the specimen's 著眼 included; Taiwan-style mirrors get
    their particle 着 back from the narrower ``script.zhe`` rule instead. A genuine page
    converted on request gets the config of its region.
    """
    if hk > tw:
        return "hk2s"
    return "tw2s" if tw > hk and not mirror else "t2s"


class Decide:
    name = "score.decide"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        cfg, sig, dec = self.config, doc.signals, doc.decisions
        script = script_of(sig, cfg)
        ruby = sig["ruby_verified"]
        half, full = sig["halfwidth_punct"], sig["fullwidth_punct"]
        share = half / (half + full) if half else 0.0
        halfwidth = half >= cfg.punct.min_halfwidth and share >= cfg.punct.halfwidth_share
        # a few readings in one sentence are a gloss only on a simplified page with no half-width
        # mark: a lightly annotated mirror's few readings can fall in one sentence too
        clustered = (ruby <= cfg.ruby.teaching_cluster_max and sig.get("ruby_sentences", 0) == 1 and half == 0
                     and (script == "hans" or sig.get("ruby_uncommon_share", 0.0) >= cfg.ruby.gloss_uncommon_share
                          or sig.get("ruby_converted_share", 1.0) == 0.0))
        sig["ruby_teaching"] = bool(ruby) and (
            sig.get("ruby_rare_share", 0.0) >= cfg.ruby.teaching_rare_share
            or sig.get("ruby_on_cue_lines", 0) >= cfg.ruby.teaching_cue_share * ruby
            or sig.get("ruby_quoted", 0) == ruby or sig.get("ruby_surnames", 0) == ruby
            # a drill (媽（mā）麻（má）馬（mǎ）罵（mà）) and glossed quotes (「買（mǎi）」) together
            or (sig.get("ruby_drill", 0) >= cfg.ruby.drill_min and sig.get("lesson_words", 0) > 0 and half == 0
                and sig.get("ruby_drill", 0) + sig.get("ruby_quoted", 0) >= cfg.ruby.teaching_cue_share * ruby)
            or clustered or sig.get("readings_in_prose", 0) > 0)
        sig["script"] = script
        # a page half in each script is judged only when it shows a converter's ruby (at least
        # min_matches readings, not a lesson's) on enough traditional text: a classical quotation
        # with 爲 and ASCII commas, or an English page glossing 關係 (guānxì), is no mirror
        judged = script == "hant" or (
            script == "mixed" and sig["hant_chars"] >= cfg.script.min_hant_chars
            and ruby >= cfg.ruby.min_matches and not sig["ruby_teaching"])
        if sig.get("regional_origin") is None and sig.get("cantonese_terms", 0) >= cfg.script.cantonese_min:
            # written Cantonese: a Hong Kong writer's own page, as an outlet's dateline says
            sig["regional_origin"] = "cantonese"
        sig["converter_slips"] = None  # not measured: not needed (no traditional page, or decided without it)
        evidence = mirror_evidence(sig, halfwidth, cfg) if judged else {}
        if judged and sig["hant_chars"] and not sig.get("regional_origin") and (
                sum(evidence.values()) < cfg.script.mirror_score):
            # the one signal that renders the page four times: measured only when it can tip the verdict
            sig["converter_slips"] = len(converter_slips(doc.scratch.get("article_text", "")))
            evidence = mirror_evidence(sig, halfwidth, cfg)
        mirror = judged and sum(evidence.values()) >= cfg.script.mirror_score
        # a Taiwan or Hong Kong outlet's own article (its dateline says so, or its Big5 bytes) that a
        # farm re-hosted (ruby, half-width marks, spam lines added) is a mirror that was never
        # converted: its script is its own unless a converter's own forms (爲 衆) show
        sig["regional_copy"] = (mirror and sig.get("regional_origin") in ("dateline", "big5")
                                and not evidence.get("converter_forms"))
        # a lesson's word glosses on a page that is no mirror are the writer's; a simplified page
        # names its lesson twice (普通话…第一课…拼音), one 同学们 in a school story is no lesson
        writers = not mirror and _word_lesson(sig, cfg) and (script == "hant" or sig.get("lesson_words", 0) >= 2)
        strip_ruby = not sig["ruby_teaching"] and not writers and (
            ruby >= cfg.ruby.min_matches or (mirror and ruby >= cfg.ruby.min_matches_on_mirror))
        # Punctuation is only restored on pages already shown to be machine-mangled (a mirror,
        # or ruby residue); a clean page's ASCII brackets are the publisher's choice. There, the
        # marks of a farm that swapped only some of them count from min_halfwidth on (on a mirror
        # from min_halfwidth_mirror), whatever their share (only marks in CJK context are ever restored).
        restore_punct = (mirror or strip_ruby) and half > 0 and (
            share >= cfg.punct.halfwidth_share or half >= cfg.punct.min_halfwidth
            or (mirror and half >= cfg.punct.min_halfwidth_mirror))
        convert: str | None = None
        converted_page = mirror and not sig["regional_copy"]
        wanted = converted_page or cfg.script.target == "hans"
        if script in ("hant", "mixed") and wanted and cfg.script.target != "keep":
            tw, hk = variant_counts(doc.text)
            convert = variant(tw, hk, mirror=converted_page)
            # A Taiwan-style converter wrote every 着 as 著 (OpenCC's s2t and s2hk keep 着): no 着
            # left, and Taiwan variant forms at least as many as Hong Kong ones
            dec["taiwan_style"] = converted_page and "着" not in doc.text and tw >= hk
            if converted_page and mainland_phrases(doc.text):
                # a Taiwan-phrase converter (s2twp) rewrote words too (项目 → 專案): repair.phrases
                # takes back the ones its table holds, so the test runs when the page has one
                phrased, plain = taiwan_phrasing(without_ruby(doc.text, ruby_scan(doc)))
                sig["taiwan_phrases"], sig["plain_phrases"] = phrased, plain
                dec["taiwan_phrases"] = phrased >= cfg.script.phrase_min and phrased > cfg.script.phrase_ratio * plain
        sig["mirror_evidence"] = evidence
        dec.update(mirror=mirror, strip_ruby=strip_ruby, restore_punct=restore_punct, convert=convert)
        obf = []
        if converted_page:
            obf.append("traditional-script")
        if strip_ruby:
            obf.append("ruby-pinyin")
        if restore_punct:
            obf.append("halfwidth-punctuation")
        if dec.get("taiwan_phrases"):
            obf.append("taiwan-phrases")
        if sig.get("lookalike_glyphs"):
            obf.append("lookalike-glyphs")
        lost = (sig.get("lost_chars", 0) >= cfg.mojibake.lost_min
                and sig.get("lost_share", 0.0) >= cfg.mojibake.lost_share)
        if sig.get("mojibake") or lost:
            obf.append("mojibake")  # read again, or lost to a wrong decoding for good
        dec["obfuscations"] = obf
        return doc


class Conclude:
    """After labelling: count what was found per label and set ``injected_spam``."""

    name = "score.conclude"

    def __call__(self, doc: Document) -> Document:
        counts: dict[str, int] = {}
        for ln in doc.lines:
            counts[ln.label] = counts.get(ln.label, 0) + 1
        doc.signals["line_labels"] = counts
        doc.signals["body_chars"] = sum(len(ln.text) for ln in doc.lines if ln.label == "body")
        doc.decisions["injected_spam"] = counts.get("spam", 0) > 0
        return doc
