"""Which script a text is in, counted with OpenCC's own tables (no hand-made character list),
and which OpenCC converter made a mirror, told by converting back and forth."""

from __future__ import annotations

import difflib
import json
import re
import tempfile
from functools import cache
from pathlib import Path

import opencc

from zhengben.repair.script import Converter, converter
from zhengben.rules import load_table

__all__ = ["converter_slips", "has_traditional", "mainland_licence", "script_counts", "standard_forms",
           "taiwan_phrasing", "variant_counts"]


@cache
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of traditional-only and simplified-only characters, from OpenCC's own tables."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    t2s = converter("t2s").convert(joined).split("\n")
    s2t = converter("s2t").convert(joined).split("\n")
    hant = "".join(c for c, s in zip(chars, t2s, strict=True) if s != c)
    hans = "".join(c for c, t in zip(chars, s2t, strict=True) if t != c)
    return re.compile(f"[{re.escape(hant)}]"), re.compile(f"[{re.escape(hans)}]")


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only characters, simplified-only characters) in ``text``."""
    hant, hans = _script_classes()
    return len(hant.findall(text)), len(hans.findall(text))


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a traditional-only character: ``script_counts(text)[0] > 0``, without
    counting them all (nor the simplified ones)."""
    return _script_classes()[0].search(text) is not None


@cache
def _variant_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of the characters OpenCC's tw2t and hk2t change (Taiwan / Hong Kong variants)."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    found = []
    for name in ("tw2t", "hk2t"):
        conv = converter(name).convert(joined).split("\n")
        found.append(re.compile(f"[{re.escape(''.join(c for c, t in zip(chars, conv, strict=True) if t != c))}]"))
    return found[0], found[1]


def variant_counts(text: str) -> tuple[int, int]:
    """(Taiwan variant characters, Hong Kong variant characters) in ``text``."""
    tw, hk = _variant_classes()
    return len(tw.findall(text)), len(hk.findall(text))


# Forms OpenCC's t2tw and t2hk change but that Taiwan or Hong Kong writers use all the same:
# 祕 (Taiwan's standard form, 祕書長), 糉 鍼 癡 脣 喫 (Hong Kong: 糉, 鍼灸, 癡線, 嘴脣), 踊 棱 鉢.
_WRITTEN_IN_TW_HK = frozenset("祕糉鍼癡脣喫踊棱鉢")


@cache
def _standard_class() -> re.Pattern[str]:
    """Characters in OpenCC's own standard traditional forms that neither Taiwan nor Hong Kong
    writes (爲 衆 僞 纔: OpenCC's ``t2tw`` and ``t2hk`` both change them, and no writer there
    uses them)."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    tw, hk = (converter(name).convert(joined).split("\n") for name in ("t2tw", "t2hk"))
    found = "".join(c for c, a, b in zip(chars, tw, hk, strict=True)
                    if a != c and b != c and c not in _WRITTEN_IN_TW_HK)
    return re.compile(f"[{re.escape(found)}]")


def standard_forms(text: str) -> int:
    """How many characters of ``text`` are in OpenCC's standard traditional forms: the output
    of ``s2t``, not of a Taiwan or Hong Kong writer (为 comes out 爲, where both write 為).

    >>> standard_forms("我們爲人民服務"), standard_forms("我們為人民服務")
    (1, 0)
    """
    return len(_standard_class().findall(text))


# forms Taiwan and Hong Kong writers choose themselves where OpenCC's phrase tables pick another
# (发布 as 發布, 周 for 週, 台风 as 颱風, 了解 as 了解, 係 in Cantonese, 舖, 合併, 讚): seen on genuine
# pages, so they are no converter's slips
_WRITERS_VARIANTS = frozenset("布佈周週颱台了毀盡係複復併畫回讚歷舖並儘")


def converter_slips(text: str) -> set[str]:
    """Traditional characters of ``text`` that no phrase-level rendering of its own simplified
    form gives (OpenCC ``s2t``, ``s2tw``, ``s2hk``, ``s2twp``), among the traditional forms of
    different meaning one simplified character stands for: a character-by-character converter's
    wrong picks (头发 → 頭發, 天后宫 → 天後宮, 联系 → 聯係), which no writer makes and no
    phrase-level converter does. A writer's own variant of a word (熱綫, 炸鷄, 感歎) is none.

    >>> sorted(converter_slips("她的頭發很乾淨，天後宮")), converter_slips("她的頭髮很乾淨，天后宮，熱綫")
    (['後', '發'], set())
    """
    out: set[str] = set()
    slips = _slip_forms()
    if not _slip_class().search(text):
        return out  # none of the forms a converter could have picked wrongly: nothing to render
    simple_text = converter("t2s").convert(text)
    renderings = [converter(c).convert(simple_text) for c in ("s2t", "s2tw", "s2hk", "s2twp")]
    lines = text.split("\n")
    simple_lines = simple_text.split("\n")
    rendered = [r.split("\n") for r in renderings]
    if len(simple_lines) != len(lines) or any(len(r) != len(lines) for r in rendered):
        return out
    for k, line in enumerate(lines):
        spots = [m.start() for m in _slip_class().finditer(line)]
        if spots:  # a writer's own word (麵線, 蛋捲) that no phrase table knows holds no slip
            own = {j for m in _writer_words().finditer(line) for j in range(m.start(), m.end())}
            spots = [i for i in spots if i not in own]
        if not spots:
            continue
        simple = simple_lines[k]
        outs = [r[k] for r in rendered]
        if len(simple) != len(line) or any(len(o) != len(line) for o in outs):
            continue  # a phrase changed the line's length: positions no longer line up
        for i in spots:
            # one of a simplified character's traditional forms of different meaning (rules/
            # slip_forms.tsv) where every phrase-level rendering writes another
            ch = line[i]
            if ch in slips.get(simple[i], ()) and all(o[i] != ch for o in outs):
                out.add(ch)
    return out


@cache
def _slip_class() -> re.Pattern[str]:
    """Any traditional form of ``rules/slip_forms.tsv`` but the writers' own variants."""
    forms = {c for fs in _slip_forms().values() for c in fs} - _WRITERS_VARIANTS
    return re.compile(f"[{re.escape(''.join(sorted(forms)))}]")


@cache
def _writer_words() -> re.Pattern[str]:
    """The traditional words of ``rules/writer_words.tsv``, longest first."""
    words = sorted((r["word"] for r in load_table("writer_words")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def _slip_forms() -> dict[str, frozenset[str]]:
    """Simplified character -> its traditional forms of different meaning (``rules/slip_forms.tsv``)."""
    return {r["simplified"]: frozenset(r["traditional"].split()) for r in load_table("slip_forms")}


@cache
def _phrase_tables() -> tuple[Converter, Converter] | None:
    """OpenCC with only its Taiwan phrase dictionaries (``TWPhrasesRev``, ``TWPhrases``): the
    part of ``s2twp``/``tw2sp`` that rewrites words, about twice as fast as the whole configs.
    The configs point at the installed package's own dictionary files; None if it has none."""
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    if not (share / "TWPhrases.ocd2").exists() or not (share / "TWPhrasesRev.ocd2").exists():
        return None
    out = []
    with tempfile.TemporaryDirectory(prefix="zhengben-opencc-") as folder:  # read once, at construction
        for name in ("TWPhrasesRev", "TWPhrases"):
            table = {"type": "ocd2", "file": str(share / f"{name}.ocd2")}
            config = Path(folder) / f"{name}.json"
            config.write_text(json.dumps({"name": name, "segmentation": {"type": "mmseg", "dict": table},
                                          "conversion_chain": [{"dict": table}]}), "utf-8")
            out.append(opencc.OpenCC(str(config)))
    return out[0], out[1]


def taiwan_phrasing(text: str) -> tuple[int, int]:
    """(words written the Taiwan-phrase way, words written the plain way) in a mirror's text,
    each distinct word counted once (a mainland text may say 执行 ten times, s2twp's form of 运行).

    Undo the Taiwan phrases (軟體 → 軟件), then put them back: where the two disagree (項目 or
    專案), the page shows which converter made it. A mirror made with ``s2t``/``s2tw``/``s2hk``
    keeps the plain form almost everywhere; one made with ``s2twp`` has the Taiwan phrase
    everywhere. Lines are compared one by one (the converters keep line breaks), character by
    character where lengths agree.
    """
    tables = _phrase_tables()
    if tables is not None:
        plain = tables[0].convert(text)
        phrased = tables[1].convert(plain)
    else:  # the same through the whole configs
        source = converter("tw2sp").convert(text)
        plain, phrased = converter("s2tw").convert(source), converter("s2twp").convert(source)
    taiwan: set[str] = set()
    kept: set[str] = set()
    if plain == phrased:
        return 0, 0
    lines, plains, phraseds = text.split("\n"), plain.split("\n"), phrased.split("\n")
    if not len(lines) == len(plains) == len(phraseds):
        lines, plains, phraseds = [text], [plain], [phrased]
    for line, a, b in zip(lines, plains, phraseds, strict=True):
        if a != b:
            _compare(line, a, b, taiwan, kept)
    return len(taiwan), len(kept)


def _compare(line: str, plain: str, phrased: str, taiwan: set[str], kept: set[str]) -> None:
    """Add the words where ``line`` follows ``phrased`` to ``taiwan``, ``plain`` to ``kept``."""
    if len(plain) == len(phrased):
        at_place = len(line) == len(plain)  # else a word is looked up in the line
        i, n = 0, len(plain)
        while i < n:
            if plain[i] == phrased[i]:
                i += 1
                continue
            j = i
            while j < n and plain[j] != phrased[j]:
                j += 1
            a, b = plain[i:j], phrased[i:j]
            if (line[i:j] == b) if at_place else (b in line):
                taiwan.add(b)
            elif (line[i:j] == a) if at_place else (a in line):
                kept.add(a)
            i = j
        return
    # a phrase changed length (U盘 → 隨身碟): compare by opcodes, looked up in the line
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, plain, phrased, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if phrased[j1:j2] and phrased[j1:j2] in line:
            taiwan.add(phrased[j1:j2])
        elif plain[i1:i2] and plain[i1:i2] in line:
            kept.add(plain[i1:i2])


# a mainland site's licence numbers in its footer (京ICP备05012345号, 京公网安备11010502001234号, in
# either script): only a site hosted in the mainland shows them, never a Taiwan or Hong Kong outlet
_MAINLAND_LICENCE = re.compile(r"ICP\s*[备備证證]\s*[\d-]{5}|ICP[备備]案|公[网網]安[备備]\s*\d{6}")


def mainland_licence(text: str) -> bool:
    """Whether ``text`` shows a mainland site's ICP or public-security filing number.

    >>> mainland_licence("京ICP備05012345號 京公網安備11010502001234號"), mainland_licence("版權所有")
    (True, False)
    """
    if "ICP" not in text and "公网安" not in text and "公網安" not in text:
        return False  # most pages: three substring tests, no regex over the page
    return _MAINLAND_LICENCE.search(text) is not None
