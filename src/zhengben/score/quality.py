"""Document spam verdicts with their signals: injected_spam, keyword_stuffing, spun, hijacked, quality.

Measured after the article is assembled (``score.conclude``); every number goes to
``doc.signals`` and every flag to ``doc.decisions``, so a record shows *why*. Thresholds are in
:class:`SpamVerdictConfig`; :class:`SpamPolicy` (corpus runs only) drops by verdict or quality.

* ``injected_spam``: any span or line removed as injected (``spam.spans``) or a spam line.
* ``keyword_stuffing``: a query clause repeated inside paragraphs, a keyword footer or cloud, or a
  phrase of the title repeated far beyond a natural rate.
* ``spun``: known 伪原创 substitutions in their spinning context (``rules/spin_pairs.tsv``), weighted,
  per 1,000 CJK characters of the article.
* ``hijacked``: a gambling brand in the title, a summary or the body's sentences (a title that shares
  almost nothing with its body is measured and shown, not decisive: portal titles do that too).
* ``quality``: the product of visible parts in [0, 1] (``signals["quality_parts"]``).
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick_rs

from zhengben.config import SpamVerdictConfig
from zhengben.document import Document, Drop
from zhengben.rules import compile_pattern, load_table, reasons
from zhengben.score.spans import cjk_bigrams, title_spans
from zhengben.text import CJK_CLASS, cjk_count

__all__ = ["SpamPolicy", "SpamVerdict", "SpamVerdictConfig", "spin_hits"]




_STUFFING_LINES = frozenset({"spam.line.keyword_footer", "spam.line.keyword_cloud", "spam.line.keyword_stem",
                             "spam.line.keyword_guide", "spam.line.lottery", "line.spam.keywords"})
_QUERY_RULES = frozenset({"spam.span.query_repeat", "spam.span.title_splice", "spam.span.keyword_guide",
                          "spam.span.site_keyword", "spam.span.local_query"})
_BRAND_RULES = ("spam.span.brand", "spam.span.brand_repeated", "spam.span.lottery", "spam.span.keyword_run",
                "spam.span.keyword_brand",
                "spam.line.brand", "spam.line.fake_summary")


@cache
def _spin_rules() -> tuple[tuple[str, float, re.Pattern[str]], ...]:
    return tuple((r["id"], float(r["weight"]), compile_pattern(r["pattern"])) for r in load_table("spin_pairs"))


@cache
def _spin_words() -> tuple[str, ...]:
    """Each rule's spun word, which every match of its pattern contains (a cheap test first)."""
    return tuple(r["spun"] for r in load_table("spin_pairs"))


@cache
def _spin_finder() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """Every spun word in one automaton (all occurrences, overlapping), and the words by index."""
    words = tuple(dict.fromkeys(w for w in _spin_words() if w))
    return ahocorasick_rs.AhoCorasick(list(words)), words


def spin_hits(text: str) -> dict[str, int]:
    """Spin rule id -> number of matches in text."""
    out: dict[str, int] = {}
    finder, words = _spin_finder()
    present = {words[i] for i, _, _ in finder.find_matches_as_indexes(text, overlapping=True)}
    for (rule, _, pattern), word in zip(_spin_rules(), _spin_words(), strict=True):
        if word and word not in present:  # the spun word is not in text
            continue
        n = len(pattern.findall(text))
        if n:
            out[rule] = n
    return out


_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")


def _cjk_chars(text: str) -> int:
    """``cjk_count`` of a page, counted by runs (a page holds thousands of CJK characters)."""
    return sum(map(len, _CJK_RUN.findall(text)))


_TITLE_SPLIT = re.compile(r"[_|｜\s\-–—,，:：()（）【】\[\]]+")


class SpamVerdict:
    name = "spam.verdict"

    def __init__(self, config: SpamVerdictConfig | None = None) -> None:
        self.config = config or SpamVerdictConfig()

    def __call__(self, doc: Document) -> Document:
        cfg, sig, dec = self.config, doc.signals, doc.decisions
        spans = sig.get("spam_spans", [])
        rules = [r for _, _, r in spans]
        line_labels = sig.get("line_labels", {})
        body = doc.text
        body_cjk = _cjk_chars(body)
        # keyword_stuffing
        query = sum(1 for r in rules if r in _QUERY_RULES)
        stuffing_lines = sum(1 for ln in doc.lines if ln.rule in _STUFFING_LINES)
        title = str(doc.provenance.get("title") or doc.meta_value("title") or "")
        phrase, phrase_n = _title_phrase(title, doc.original, cfg.title_phrase_cjk)
        # (no count of the page's characters when the phrase is absent: the rate is 0.0 either way)
        phrase_rate = 1000 * phrase_n / max(_cjk_chars(doc.original), 1) if phrase_n else 0.0
        # the title phrase's rate is shown, not decisive: genuine finance and government pages repeat
        # a fund's or a park's name as often as a doorway page repeats its query
        stuffing = query >= cfg.stuffing_query_repeats or stuffing_lines > 0
        sig["stuffing"] = {"query_repeats": query, "keyword_lines": stuffing_lines,
                           "title_phrase": phrase, "title_phrase_count": phrase_n,
                           "title_phrase_rate": round(phrase_rate, 2)}
        # spun
        hits = spin_hits(body)
        weights = {r: w for r, w, _ in _spin_rules()}
        score = sum(weights[r] * n for r, n in hits.items())
        rate = 1000 * score / max(body_cjk, 1)
        spun = sum(hits.values()) >= cfg.spin_min_hits and rate >= cfg.spin_rate
        sig["spin"] = {"hits": hits, "score": score, "rate": round(rate, 2)}
        # hijacked
        brand_body = sum(1 for r in rules if r in _BRAND_RULES)
        if "title_spam" in sig:  # measured by spam.spans on the record's title field
            title_found = [str(f[2]) for f in sig["title_spam"]]
        else:
            given = bool(doc.provenance.get("title"))
            title_found = [f.rule for f in title_spans(title, doc.original, title_given=given)] if title else []
        # a brand makes the page hijacked; an ad or nonsense title is injected text, not a brand
        brand_title = any(r in _BRAND_RULES for r in title_found)
        overlap = None
        if title and body_cjk >= cfg.hijack_min_body:
            tb = cjk_bigrams(title)
            overlap = sum(1 for g in tb if g in body) / len(tb) if tb else None
        unrelated = overlap is not None and overlap < cfg.hijack_title_overlap
        # a title sharing nothing with its body is only a signal: portal titles (site names) do too
        hijacked = brand_body > 0 or brand_title
        # injected_spam: anything removed as injected, or a brand in the title. A lone control
        # character is removed too, but it is scraping debris (a \x1f from a database export), not
        # the anti-duplicate runs a farm inserts: alone it flags nothing.
        injected = any(r != "spam.span.control" or e - s > 1 for s, e, r in spans) \
            or line_labels.get("spam", 0) > 0 or bool(title_found)
        # an HTML page's spam outside its article: the extractor left it out, the page carried it
        outside = list(doc.provenance.get("outside_spam", {}).get("terms", ()))
        if outside:
            sig["outside_spam"] = outside
            injected = injected or len(outside) >= cfg.outside_spam_min_terms
        inside = list(doc.provenance.get("inside_spam", {}).get("terms", ()))
        if inside:
            sig["inside_spam"] = inside
            injected = injected or len(inside) >= cfg.inside_spam_min_terms
        sig["hijack"] = {"brand_spans": brand_body, "brand_in_title": brand_title,
                         "title_body_overlap": None if overlap is None else round(overlap, 3),
                         "title_unrelated": unrelated}
        # quality
        removed = sum(e - s for s, e, _ in spans)
        original_chars = max(len("".join(doc.original.split())), 1) if removed else 1  # 0 / n is 0.0 for any n
        parts = {
            "injection": round(max(0.0, 1 - 2 * removed / original_chars), 3),
            "article": round(min(1.0, body_cjk / 200), 3),
            "stuffing": 0.5 if stuffing else 1.0,
            "spin": round(max(0.0, 1 - rate / (4 * cfg.spin_rate)), 3),
            "hijack": 0.6 if hijacked else 1.0,
        }
        quality = 1.0
        for v in parts.values():
            quality *= v
        sig["quality_parts"] = parts
        sig["quality"] = round(quality, 3)
        dec.update(injected_spam=injected, keyword_stuffing=stuffing, spun=spun, hijacked=hijacked,
                   quality=round(quality, 3))
        dec.setdefault("mirror", False)
        return doc


def _title_phrase(title: str, text: str, min_cjk: int) -> tuple[str, int]:
    """The title's longest segment (>= min_cjk CJK chars) and how often the page repeats it."""
    segs = [s for s in _TITLE_SPLIT.split(title) if cjk_count(s) >= min_cjk]
    if not segs:
        return "", 0
    best = max(segs, key=len)
    return best, text.count(best)


class SpamPolicy:
    """Drop a document by verdict or by quality (``SpamVerdictConfig.drop_verdicts``, ``min_quality``)."""

    name = "spam.policy"

    def __init__(self, config: SpamVerdictConfig | None = None) -> None:
        self.config = config or SpamVerdictConfig()

    def __call__(self, doc: Document) -> Document | Drop:
        for verdict in self.config.drop_verdicts:
            if doc.decisions.get(verdict):
                return Drop(doc.id, "spam.drop.verdict", f"{reasons()['spam.drop.verdict']}: {verdict}")
        quality = doc.signals.get("quality")
        if isinstance(quality, float) and quality < self.config.min_quality:
            return Drop(doc.id, "spam.drop.low_quality", f"quality {quality} < {self.config.min_quality}")
        return doc
