"""Line-level SEO spam signals from the spam vocabulary (``rules/spam_vocab.tsv``).

A line is *measured* here (score, coverage, keyword-run shape); ``SpamConfig`` decides.
Genuine news about crackdowns reads as sentences with few strong terms and low coverage;
injected spam is a run of keywords with most of its characters covered. A sentence that holds an
enforcement or reporting word (the ``guard`` rows of ``rules/spam_brands.tsv``: 警方, 破获, 赌博...)
is news about gambling or pornography, never a spam line, however many brands it names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from zhengben.config import SpamConfig
from zhengben.score.vocab import vocabulary
from zhengben.text import cjk_count

__all__ = ["GLUED_RUN_STRONG", "SENTENCE_MARK", "TITLE_GLUE", "LineSpam", "holds_guard", "is_spam", "measure_line",
           "sentence_shaped"]

_WEIGHT = {"strong": 3.0, "weak": 1.0}
# what glues keywords onto a headline: _ (any keyword), or a title's own separator (' - ', ' | ',
# '｜', a hyphen or one em dash between two ideographs), after which only a keyword run of GLUED_RUN_STRONG strong
# terms is spam (… - 澳门威尼斯人 names a venue)
TITLE_GLUE = re.compile(r"_| [-|—] |｜| -- |(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])"
                        r"|(?<=[\u4e00-\u9fff\d])—(?=[\u4e00-\u9fff])")  # (one em dash: a sentence's dash is ——)
GLUED_RUN_STRONG = 2
# a short label and its colon opening a line (关键词：, 重点整治：, Tags:)
_LABEL = re.compile(r"\s*[^\s:：，。,]{1,8}\s*[:：]")
_SEPARATORS = re.compile(r"[,，|｜_/、 ]+")
# a clause mark: a line holding none is no sentence (a keyword run, a footer, a heading)
SENTENCE_MARK = re.compile(r"[，。；！？]")
_SENTENCE_SHAPE = re.compile(r"[，,].*[。！？!?]”?$")
_CALL = re.compile(r"注册送|註冊送|官网|官網|官方网站|官方網站|开户|開戶|网址|網址|加微信|加我|体验一下|體驗一下|彩金|"
                   r"送\d+")


@dataclass(frozen=True, slots=True)
class LineSpam:
    score: float          # strong hits weigh 3, weak 1
    strong: int           # strong hits
    coverage: float       # share of the line's CJK characters inside hits
    segments: int         # keyword-run shape: pieces between , | _ / 、 and spaces
    guarded: bool = False  # a sentence with an enforcement or reporting word (news about spam)
    sentence: bool = False  # a comma inside and a full stop at the end: a keyword run has neither
    calls: bool = False     # a call to sign up or visit (注册, 官网, 下载, 开户…): an ad, sentence or not
    cjk: int = 0            # CJK characters of the line
    labelled: bool = False  # opens with a short label and its colon (关键词：, 标签：, Tags:)
    listed: int = 0         # pieces (between separators) holding a strong term, each a different one


def sentence_shaped(text: str) -> bool:
    """A comma inside and a full stop at the end: a sentence, which a keyword run never is."""
    return _SENTENCE_SHAPE.search(text) is not None


def holds_guard(text: str) -> bool:
    """Whether ``text`` holds an enforcement or reporting word (``guard`` rows of the brand table)."""
    return any(row["kind"] == "guard" for _, _, row in vocabulary("spam_brands").find(text))


def measure_line(text: str) -> LineSpam:
    hits = vocabulary("spam_vocab").find(text)
    if not hits:
        return LineSpam(0.0, 0, 0.0, 0)
    score = sum(_WEIGHT[row["weight"]] for _, _, row in hits)
    strong = sum(1 for _, _, row in hits if row["weight"] == "strong")
    covered = sum(cjk_count(text[s:e]) or (e - s) for s, e, _ in hits)
    total = max(cjk_count(text), 1)
    segments = len([p for p in _SEPARATORS.split(text) if p])
    # (a headline has no clause mark, but its one em dash joins two of its own parts: 揭秘办假证产业链—窝点被端)
    # (or a label's colon: 重点整治：卖淫嫖娼、楼凤、外围女 lists what a notice targets)
    labelled = _LABEL.match(text) is not None
    guarded = (SENTENCE_MARK.search(text) is not None or "—" in text or labelled) and holds_guard(text)
    sentence = sentence_shaped(text)
    calls = sentence and _CALL.search(text) is not None
    return LineSpam(score, strong, min(covered / total, 1.0), segments, guarded, sentence, calls, total, labelled,
                    _listed(text, hits) if strong >= 2 else strong)


def _listed(text: str, hits: list[tuple[int, int, dict[str, str]]]) -> int:
    """Pieces of ``text`` holding a strong term not met in an earlier piece: one word said twice
    (肏！肏！) or two glued in one piece (深圳分分彩百家乐) make one."""
    seen: set[str] = set()
    pieces: set[int] = set()
    bounds = [m.end() for m in _SEPARATORS.finditer(text)]
    for s, e, row in hits:
        word = text[s:e].lower()
        if row["weight"] == "strong" and word not in seen:
            seen.add(word)
            pieces.add(bisect_right(bounds, s))
    return len(pieces)


def is_spam(m: LineSpam, config: SpamConfig) -> bool:
    """Keyword runs: enough weight, enough coverage, and at least one strong term; or a list of
    short words whose pieces hold two different strong terms (``SpamConfig.list_*``). Never a
    guarded line (a guard word in a sentence, after a dash, or in a labelled line)."""
    coverage = config.sentence_coverage if m.sentence and not m.calls else config.line_coverage
    if m.guarded or not m.strong:
        return False
    return (m.score >= config.line_score and m.coverage >= coverage) or (
        # a list of short words, two of them strong, whatever the others are (the long tail of a
        # farm's vocabulary: 壮根,风尘劫,狂操,日逼,A片,大b); never a labelled one (关键词：…, 标签：…)
        m.listed >= config.list_strong and m.segments >= config.list_segments and not m.sentence
        and m.cjk <= config.list_word_cjk * m.segments and not m.labelled)
