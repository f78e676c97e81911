"""A check of `restore` on mirrors made *without* zhengben.synth, from real clean articles.

    python benchmarks/mirror_eval.py [--pages 120] [--seed 42] [--converters s2t,s2tw,s2hk] [--varied]
    (--converters also takes s2twp; chars, OpenCC's character table alone; and hanziconv, HanziConv from the
    bench extra: both character-by-character converters)

Takes the Skywork government articles in ../shared (clean text with title and date), corrupts
each one independently of the project's own generator — pypinyin readings (marked or numbered)
after 15% of characters in either bracket width, OpenCC s2t/s2tw/s2hk (or those named:
``--converters s2twp`` for Taiwan-phrase mirrors), half-width punctuation, a
portal menu, breadcrumb, dateline, font-size/print widgets, editor line, previous-article link,
footer and a gambling spam line — and prints how much of the article and its fields come back.
``--varied`` draws more kinds for each page: zhuyin readings too, in round, full-width or square
brackets, bare or set apart by spaces, and one kind of scraper debris (NBSP, CR LF, zero-width
characters, HTML references, paragraph indents). ``--mojibake KIND`` then reads the whole page
in the wrong encoding, as a scraper does: ``utf8-cp1252`` (UTF-8 read as Windows-1252, the
undefined bytes as C1 controls, as browsers do), ``utf8-gbk`` (UTF-8 read as GBK by Python's
codec, which loses a byte where a pair is invalid), ``utf8-gb18030``, ``gbk-latin1``,
``big5-latin1`` (the page saved in GB18030 or Big5 and read as Latin-1), or ``mixed`` (one of
these a page).
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
import tempfile
import unicodedata
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

from zhengben import restore_record
from zhengben.config import Config, LineConfig

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "skywork-domain-eval" / "zh_government.jsonl"
HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def _keep(chars: str) -> list[list[str]]:
    return [[c] for c in chars]


LAYOUTS = {"round": ("(", ")"), "full": ("（", "）"), "square": ("[", "]"), "bare": ("", ""), "spaced": (" ", " ")}


def debris(text: str, kind: str) -> str:
    """What a scraper leaves in a page: one kind of it."""
    if kind == "nbsp":
        return text.replace("，", "，\u00a0").replace(",", ",\u00a0")
    if kind == "crlf":
        return text.replace("\n", "\r\n")
    if kind == "zero-width":
        return "\u200b".join(text[i:i + 7] for i in range(0, len(text), 7))
    if kind == "entity":
        return text.replace("“", "&ldquo;").replace("”", "&rdquo;")
    if kind == "indent":
        return "\n".join("\u3000\u3000" + ln if len(ln) > 20 else ln for ln in text.split("\n"))
    return text


MOJIBAKE = ["utf8-cp1252", "utf8-gbk", "utf8-gb18030", "gbk-latin1", "big5-latin1"]


def misread(text: str, kind: str) -> str:
    """``text`` saved in one encoding and read in another (``kind``: saved-read)."""
    if kind == "utf8-cp1252":
        raw = text.encode("utf-8")
        return "".join(raw[i:i + 1].decode("cp1252", errors="ignore") or chr(raw[i]) for i in range(len(raw)))
    saved, read = kind.split("-")
    codec = {"utf8": "utf-8", "gbk": "gb18030", "big5": "big5hkscs"}[saved]
    return text.encode(codec, errors="replace").decode({"latin1": "latin-1"}.get(read, read), errors="replace")


def with_ruby(line: str, rng: random.Random, style: Style, brackets: tuple[str, str], rate: float) -> str:
    readings = pinyin(line, style=style, errors=_keep)  # type: ignore[arg-type]  # stub too narrow
    if len(readings) != len(line):
        return line
    out = []
    for ch, reading in zip(line, readings, strict=True):
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < rate and reading[0] != ch:
            out.append(brackets[0] + reading[0] + brackets[1])
    return "".join(out)


# the articles hold Xinhua's photo captions where they stand: compared with captions in the text,
# as ``zhengben.extract`` gives them (the record lists them apart)
CAPTIONS_IN_TEXT = Config(lines=LineConfig(captions_in_text=True))


def _character_converter() -> opencc.OpenCC:
    """OpenCC with its character table alone (``STCharacters``): each character's first
    traditional form, as character-by-character converters (HanziConv and the like) write
    头发 → 頭發, 天后宫 → 天後宮 (``--converters chars``)."""
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    table = {"type": "ocd2", "file": str(share / "STCharacters.ocd2")}
    config = Path(tempfile.mkdtemp(prefix="mirror-eval-")) / "chars.json"
    config.write_text(json.dumps({"name": "chars", "segmentation": {"type": "mmseg", "dict": table},
                                  "conversion_chain": [{"dict": table}]}), "utf-8")
    return opencc.OpenCC(str(config))


class _HanziConv:
    """HanziConv (the ``bench`` extra), a converter that maps each character alone with its own
    table, behind OpenCC's ``convert``."""

    def __init__(self) -> None:
        try:
            from hanziconv import HanziConv
        except ImportError:
            sys.exit("mirror_eval: --converters hanziconv needs the bench extra (pip install 'zhengben[bench]')")
        self._to = HanziConv.toTraditional

    def convert(self, text: str) -> str:
        return str(self._to(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--converters", default="s2t,s2tw,s2hk", help="OpenCC configs the mirrors are made with")
    ap.add_argument("--varied", action="store_true", help="every reading style and layout, and scraper debris")
    ap.add_argument("--ruby-rate", type=float, default=0.15, help="share of characters given a reading (0: none)")
    ap.add_argument("--bare", action="store_true",
                    help="title, dateline and body only: no menus, footer or spam line (nothing simplified left)")
    ap.add_argument("--marks", choices=["ascii", "nfkc", "keep"], default="ascii",
                    help="what the mirror does to punctuation: swap marks for ASCII (default), fold the "
                         "whole text with NFKC (… becomes ...), or keep them")
    ap.add_argument("--mojibake", choices=[*MOJIBAKE, "mixed"], help="read each page in the wrong encoding")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this check needs ../shared (real articles, not redistributable)")
    rng = random.Random(args.seed)
    converters = [_character_converter() if name == "chars" else _HanziConv() if name == "hanziconv"
                  else opencc.OpenCC(f"{name}.json") for name in args.converters.split(",")]
    sims: list[float] = []
    hits = {"title": 0, "published": 0, "source": 0, "editor": 0}
    mirrors = 0
    chars = lost = 0
    for line in DATA.read_text("utf-8").splitlines()[:args.pages]:
        row = json.loads(line)
        paras = [p.strip() for p in row["text"].replace("\u3000", "").split("\n") if p.strip()]
        if len(paras) < 2:
            continue
        title, date = row["title"].replace("<br />", "").strip(), row["date"][:10]
        style = rng.choice([Style.TONE, Style.TONE3, *([Style.BOPOMOFO] if args.varied else [])])
        brackets = LAYOUTS[rng.choice(list(LAYOUTS) if args.varied else ["round", "full"])]
        dirt = rng.choice(["none", "nbsp", "crlf", "zero-width", "entity", "indent"]) if args.varied else "none"
        conv = rng.choice(converters)
        lines = ["网站首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流", "当前位置：首页 > 新闻中心", "", title,
                 f"发布日期：{date}　来源：市政府办公室", "【字号：大 中 小】 【打印】", ""]
        for p in paras:
            lines += [p, ""]
        lines += ["（责任编辑：李华）", "", "上一篇：市领导调研工作",
                  "版权所有：某某市人民政府 备案号：ICP备12345678号"]
        fold = {"ascii": lambda t: t.translate(HALF), "nfkc": lambda t: unicodedata.normalize("NFKC", t),
                "keep": lambda t: t}[args.marks]
        page = [fold(conv.convert(with_ruby(ln, rng, style, brackets, args.ruby_rate))) if ln else "" for ln in lines]
        if args.bare:
            page = page[3:-4]  # the site's menus, credits, footer and the spam line left out
        else:
            page.append("澳门葡京娱乐城_百家乐官网开户送彩金_时时彩平台注册_威尼斯人现金网")
        text = debris("\n".join(page), dirt)
        if args.mojibake:
            chars += len(text)
            text = misread(text, rng.choice(MOJIBAKE) if args.mojibake == "mixed" else args.mojibake)
            lost += text.count("\ufffd")  # a byte the misreading could not read: its character is gone
        rec = restore_record(text, CAPTIONS_IN_TEXT)
        want, got = "".join("".join(paras).split()), "".join("".join(rec["paragraphs"]).split())
        sims.append(difflib.SequenceMatcher(None, want, got, autojunk=False).ratio())
        hits["title"] += "".join((rec["title"] or "").split()) == "".join(title.split())
        hits["published"] += (rec["published"] or "")[:10] == date
        hits["source"] += rec["source"] == "市政府办公室"
        hits["editor"] += rec["editor"] == "李华"
        mirrors += bool(rec["verdict"]["mirror"])
    n = len(sims)
    print(f"{n} mirrored articles: body similarity mean {sum(sims) / n:.4f}, "
          f">= 0.999 on {sum(s >= 0.999 for s in sims)}, >= 0.99 on {sum(s >= 0.99 for s in sims)}")
    print("fields exact: " + ", ".join(f"{k} {v / n:.3f}" for k, v in hits.items()))
    print(f"called mirrors by the verdict: {mirrors} of {n}")
    if args.mojibake:
        print(f"the misreading itself left {lost} U+FFFD for {chars} characters ({lost / chars:.1%}): "
              f"characters no repair can bring back")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
