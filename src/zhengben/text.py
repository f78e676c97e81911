"""Character classes and small text helpers shared by the steps (no dependencies)."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["CJK_CLASS", "CJK_MARKS", "FREQUENT_CHARS", "FREQUENT_IDEOGRAPHS", "MIRROR_STOP", "SUMMARY_LABEL",
           "cjk_count", "collapse_spaces", "common_chars", "is_cjk", "is_cjk_or_mark", "line_end", "sentence_punct",
           "split_keywords"]

# CJK ideographs: Extension A, the URO, compatibility ideographs.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK_CLASS}]")
_CJK_RUNS_RE = re.compile(f"[{CJK_CLASS}]+")

# The most frequent characters of modern Chinese in both scripts, and its commonest marks: a
# correct decoding of a Chinese page is dense in them, a wrong one (GBK read as Big5, Korean
# EUC-KR read as GBK) is not. On the 300-character openings of 1,913 Skywork and
# ChineseWebText articles in ../shared, 21% of the ideographs are among them at the 1st
# percentile, 37% at the median.
FREQUENT_CHARS = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对"
    "小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同"
    "日手又行意动方期它头经长儿回位分爱老因很给名法间知世什两次使身者被高已亲其进此话常与活正"
    "這個們來為國說時會過對於學麼發當還樣種開從無現動頭經長兒愛給間親進與話業產關點實際應該"
    "年月新闻新聞记者記者报报導報導市区區公司政府发展發展工作问题問題，。、：；！？“”"
)
FREQUENT_IDEOGRAPHS = frozenset(c for c in FREQUENT_CHARS if _CJK_RE.fullmatch(c))
# Full-width CJK punctuation and quotes that count as "CJK context" for a neighbour.
CJK_MARKS = "，。、；：？！（）《》〈〉「」『』【】“”‘’…—·　"
# colon look-alikes some Hong Kong templates put in labels (記者︰X, U+FE30; ∶ U+2236) are
# matched as ：, and full-width digits (发布时间：２０２３年１２月２０日) as ASCII ones: one
# character for one, so offsets hold
LABEL_MARKS = str.maketrans({"\ufe30": "：", "\u2236": "：", **{chr(0xFF10 + d): str(d) for d in range(10)}})
_LABEL_MARK_RE = re.compile("[\ufe30\u2236\uff10-\uff19]")


def fold_label_marks(text: str) -> str:
    """``text`` with :data:`LABEL_MARKS` folded, for matching labels and dates (checked first:
    ``translate`` is slow on CJK).

    >>> fold_label_marks("記者︰脫芷晴"), fold_label_marks("２０２３年１２月２０日")
    ('記者：脫芷晴', '2023年12月20日')
    """
    return text.translate(LABEL_MARKS) if _LABEL_MARK_RE.search(text) else text
_CJK_OR_MARK_RE = re.compile(f"[{CJK_CLASS}{CJK_MARKS}]")
_SENTENCE_PUNCT_RE = re.compile("[，。；！？、,;!?]")
_SPACES_RE = re.compile(r"\s+")


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_RE.match(ch) is not None


def is_cjk_or_mark(ch: str) -> bool:
    return bool(ch) and _CJK_OR_MARK_RE.match(ch) is not None


def cjk_count(text: str) -> int:
    """Number of CJK ideographs: the unit of length everywhere in zhengben.

    >>> cjk_count("新华社3月1日电 (Reuters)")
    6
    """
    return sum(map(len, _CJK_RUNS_RE.findall(text)))  # runs, not characters: far fewer matches


# a mirror's ASCII sentence end between two ideographs (…注意防寒保暖.澳门新葡京…): a full stop there
MIRROR_STOP = re.compile(r"(?<=[\u4e00-\u9fff])[.!?](?=[\u4e00-\u9fff])")
# a summary box's label (摘要：, 【导语】, 導讀：), in either script
SUMMARY_LABEL = re.compile(r"^\s*[【\[]?(?:摘要|导语|導語|导读|導讀|内容提要|內容提要|核心提示)[】\]]?\s*[:：]?\s*")


def line_end(text: str, at: int) -> int:
    """Where the line holding ``text[at]`` ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def sentence_punct(text: str) -> bool:
    return _SENTENCE_PUNCT_RE.search(text) is not None


def collapse_spaces(text: str) -> str:
    """Runs of whitespace as one space, trimmed; a lone ideographic space (a headline's 「　」
    separator) stays: full-width marks are never folded to ASCII.

    >>> collapse_spaces(" 颱風外圍環流影響　北部山區防豪雨 \t ")
    '颱風外圍環流影響　北部山區防豪雨'
    >>> collapse_spaces("平鎮輪胎行惡火  疏散7人")
    '平鎮輪胎行惡火 疏散7人'
    """
    return _SPACES_RE.sub(lambda m: m.group() if m.group() == "\u3000" else " ", text).strip()


# between keywords: spaces, commas, bars, and a slash with spaces around it (高铁 / 交通, 高铁 ／ 交通);
# a slash inside a word stays (5G/6G, 5G／6G)
_KEYWORD_SPLIT = re.compile(r"(?:[\s,，、;；|｜]|(?<=\s)[/／](?=\s))+")


def split_keywords(value: str) -> list[str]:
    """The keywords of a keyword line's value or a ``keywords`` meta tag.

    >>> split_keywords("高铁 / 西渝高铁，交通|5G/6G")
    ['高铁', '西渝高铁', '交通', '5G/6G']
    """
    return [k for k in _KEYWORD_SPLIT.split(value) if k]


@cache
def common_chars() -> frozenset[str]:
    """The ordinary characters: GB2312 level 1 (the 3,755 most used simplified characters) and
    Big5's 5,401 frequently used traditional ones, read from Python's own codecs."""
    pairs = [(bytes((lead, trail)), "gb2312") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)]
    pairs += [(bytes((lead, trail)), "big5") for lead in range(0xA4, 0xC7)
              for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]]
    out = {pair.decode(codec, errors="replace") for pair, codec in pairs}
    return frozenset(c for c in out if _CJK_RE.fullmatch(c))
