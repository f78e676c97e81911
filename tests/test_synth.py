"""Round trip: corrupt a clean article the way mirrors do, restore it, get the article back."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from zhengben import restore_record
from zhengben.synth import corrupt

ARTICLES: list[dict[str, Any]] = json.loads((Path(__file__).parent / "fixtures" / "articles.json").read_text("utf-8"))
FIELDS = ("title", "published", "author", "source", "editor", "keywords", "channel", "captions", "paragraphs")


@pytest.mark.parametrize("script", ["s2t", "s2hk"])
@pytest.mark.parametrize("style", ["marked", "numbered", "zhuyin"])
@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_mirror_round_trip_is_exact(article: dict[str, Any], style: str, script: str) -> None:
    rng = random.Random(f"{article['id']}{style}{script}")
    for fullwidth, bare, spaced in ((False, False, False), (True, False, False), (False, True, False),
                                    (False, False, True)):
        rec = restore_record(corrupt(article, rng, script=script, ruby_style=style, ruby_fullwidth=fullwidth,
                                     ruby_bare=bare, ruby_spaced=spaced))
        assert {k: rec[k] for k in FIELDS} == {k: article[k] for k in FIELDS}
        assert rec["verdict"]["mirror"] and rec["verdict"]["injected_spam"]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_taiwan_style_mirror_round_trip(article: dict[str, Any]) -> None:
    """s2tw writes both 着 and 著 as 著; the particle rule (script.zhe) gives 着 back after a character."""
    rec = restore_record(corrupt(article, random.Random(article["id"]), script="s2tw"))
    assert {k: rec[k] for k in FIELDS} == {k: article[k] for k in FIELDS}


def test_half_width_punctuation_alone_is_left_to_the_publisher() -> None:
    """No mirror, no ruby: ASCII punctuation is not proof of corruption, so it stays."""
    article = ARTICLES[0]
    rec = restore_record(corrupt(article, random.Random(3), script=None, chrome=False, spam=False, nbsp=False))
    assert rec["verdict"]["obfuscations"] == []
    assert "".join(rec["paragraphs"]).count(",") > 5


def test_taiwan_phrase_mirror_is_told_from_plain_mirrors() -> None:
    """s2twp rewrites words (软件 → 軟體, 项目 → 專案); s2t, s2tw and s2hk never do. Converting back
    and forth (score.script.taiwan_phrasing) tells which converter made the page."""
    from zhengben.config import ScriptConfig
    from zhengben.repair.script import converter
    from zhengben.score.script import taiwan_phrasing

    cfg = ScriptConfig()
    text = "".join(a["paragraphs"][0] for a in ARTICLES) + "新的软件系统上线后，读者可以通过网络查询信息，项目进展顺利。"
    phrased, plain = taiwan_phrasing(converter("s2twp").convert(text))
    assert phrased >= cfg.phrase_min and phrased > cfg.phrase_ratio * plain
    for name in ("s2t", "s2tw", "s2hk"):
        phrased, plain = taiwan_phrasing(converter(name).convert(text))
        assert not (phrased >= cfg.phrase_min and phrased > cfg.phrase_ratio * plain), name
