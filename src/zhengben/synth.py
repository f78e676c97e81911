"""Make corrupted pages from clean articles, for tests, the demo and benchmarks.

A spam-farm mirror, reproduced step by step: script conversion (OpenCC ``s2t``/``s2tw``/``s2hk``),
flattened ruby on converted characters (marked, numbered or zhuyin readings from pypinyin, in
context), half-width punctuation, no-break spaces, portal chrome (menu, breadcrumb, dateline,
share, photo markers and captions, editor, keywords, app line, related list, footer) and
appended SEO spam. The clean article is the expected restoration.

    >>> import random
    >>> page = corrupt(ARTICLE_EXAMPLE, random.Random(1))
    >>> "\\n" in page
    True
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from pypinyin import Style, pinyin

from zhengben.repair.script import ConfigName, converter
from zhengben.rules import load_table

__all__ = ["ARTICLE_EXAMPLE", "corrupt"]

ARTICLE_EXAMPLE: dict[str, Any] = {
    "title": "新图书馆正式开放",
    "published": "2024-03-18T09:30:00+08:00",
    "author": "林晓", "source": "江城日报", "editor": "陈默",
    "keywords": ["图书馆", "阅读"], "channel": ["首页", "本地"], "captions": ["读者在新馆看书"],
    "paragraphs": ["3月17日，新图书馆正式开放，首日共接待读者三千余人次。", "新馆设有少儿阅读区和数字体验室。"],
}

_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_NAV = ["首页", "新闻", "要闻", "国内", "国际", "财经", "体育", "文化", "视频", "评论", "专题", "图片", "理论"]
_RUBY_STYLE = {"marked": Style.TONE, "numbered": Style.TONE3, "zhuyin": Style.BOPOMOFO}


def _dateline(a: dict[str, Any], rng: random.Random) -> list[str]:
    when = datetime.fromisoformat(a["published"])
    form = rng.randrange(4)
    if form == 0:
        return [f"{when:%Y年%m月%d日 %H:%M}  |  作者：{a['author']}  |  来源：{a['source']}"]
    if form == 1:
        return [f"发布时间：{when:%Y-%m-%d %H:%M:%S} 来源：{a['source']} 作者：{a['author']}"]
    if form == 2:
        return [f"{when.year}/{when.month}/{when.day} {when:%H:%M} 来源：{a['source']}", f"作者：{a['author']}"]
    return [f"时间：{when:%Y.%m.%d %H:%M}　来源：{a['source']}　作者：{a['author']}"]


def _spam_line(rng: random.Random) -> str:
    rows = load_table("spam_vocab")
    strong = [r["term"] for r in rows if r["weight"] == "strong" and r["category"] in ("porn", "gambling")]
    weak = [r["term"] for r in rows if r["weight"] == "weak"]
    items = ["".join(rng.sample(strong, 2)) + rng.choice(weak) for _ in range(rng.randint(3, 6))]
    return rng.choice([",", " | ", "_"]).join(items)


def _keep_chars(chars: str) -> list[list[str]]:
    return [[c] for c in chars]


def _ruby(original: str, converted: str, rng: random.Random, rate: float, style: str, full: bool,
          bare: bool = False, spaced: bool = False) -> str:
    """Add readings after some converted characters, read in the simplified sentence's context."""
    if rate <= 0 or len(original) != len(converted):
        return converted
    readings = pinyin(original, style=_RUBY_STYLE[style], errors=_keep_chars)  # type: ignore[arg-type]  # stub too narrow
    if len(readings) != len(original):
        return converted
    left, right = (" ", " ") if spaced else ("", "") if bare else ("（", "）") if full else ("(", ")")
    out = []
    for ch_s, ch_t, reading in zip(original, converted, readings, strict=True):
        out.append(ch_t)
        if ch_s != ch_t and rng.random() < rate and reading[0] != ch_s:
            out.append(f"{left}{reading[0]}{right}")
    return "".join(out)


def corrupt(article: dict[str, Any], rng: random.Random, *, script: ConfigName | None = "s2t",
            ruby_rate: float = 0.3, ruby_style: str = "marked", ruby_fullwidth: bool = False, ruby_bare: bool = False,
            ruby_spaced: bool = False, halfwidth: bool = True, chrome: bool = True, spam: bool = True,
            nbsp: bool = True) -> str:
    """A corrupted page (plain text, as scraped) of ``article``; see the module docstring."""
    lines: list[str] = []
    if chrome:
        lines += [" ".join(rng.sample(_NAV, rng.randint(5, 9))), "", ">".join(article["channel"]), ""]
    lines += [article["title"], ""]
    if chrome:
        lines += [*_dateline(article, rng), "分享到：", ""]
    captions = list(article["captions"]) if chrome else []
    for i, para in enumerate(article["paragraphs"]):
        lines += [para, ""]
        if captions and i < len(article["paragraphs"]) - 1:
            n = len(article["captions"]) - len(captions) + 1
            lines += [str(n), "", ("    " if nbsp else "") + captions.pop(0), ""]
    if chrome:
        lines += [f"编辑：{article['editor']}", "", f"关键词：{' '.join(article['keywords'])}", "", "",
                  f"{article['source']}客户端下载 >", "", "相关新闻", ""]
    page_lines = []
    for line in lines:
        out = line
        if script:
            conv = converter(script).convert(line)
            out = _ruby(line, conv, rng, ruby_rate, ruby_style, ruby_fullwidth, ruby_bare, ruby_spaced)
        if halfwidth:
            out = out.translate(_HALF)
        if nbsp and out and rng.random() < 0.1:
            out = out + "\u00a0"
        page_lines.append(out)
    if spam:
        page_lines += [_spam_line(rng) for _ in range(rng.randint(1, 2))]
    return "\n".join(page_lines)
