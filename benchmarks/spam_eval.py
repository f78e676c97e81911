"""Evaluate span excision and spam verdicts on the labelled ChineseWebText sample (issue #5).

    .venv/bin/python benchmarks/spam_eval.py [DATA_JSONL] [--labels tests/labels/chinesewebtext.jsonl] [-v]
        [--negatives] [--synthetic]

The data (../shared/data/chinesewebtext/cc_2021-43_cleared1.jsonl) has no licence and is read, never
copied. Each page goes through the restore pipeline with the spam steps inserted (``spam_steps``); the
removals the spam rules made (``doc.signals["spam_spans"]``: in-line edits and whole spam lines, in
original offsets) are compared with the labelled spans:

* char level: precision = removed chars inside labelled spans / removed chars; recall = labelled
  chars removed / labelled chars (whitespace counted like any character);
* span level: a labelled span is found when at least half of its characters were removed; a removal
  is correct when at least half of its characters are labelled;
* body kept: non-space characters of the labelled body lines outside labelled spans that no spam rule
  removed (and, separately, that survive the whole pipeline, line labelling included);
* titles: the record's ``title`` field against ``title_spans`` with :func:`title_spans`;
* verdicts: each flag against the labels (tp/fp/fn, and any clean page flagged injected_spam).

``--negatives`` also restores the genuine articles of ../shared/data/skywork-domain-eval (government,
finance, general and sports/tech news) and ../shared/data/xwlb-news (新闻联播 articles, headline as the
first line and as the record title; both read, never copied) and reports every removal and flag
there: on genuine pages each one is a false positive. ``--synthetic`` splices local queries, declared
question keywords and trading keywords made of vocabulary no labelled page uses into those articles and
reports the recall per kind and every other character removed (a check that the rules generalise).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from zhengben.config import Config
from zhengben.document import Document
from zhengben.pipeline import restore_steps
from zhengben.score.spans import title_spans
from zhengben.step import Step, run_steps

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "chinesewebtext" / "cc_2021-43_cleared1.jsonl"
LABELS = REPO / "tests" / "labels" / "chinesewebtext.jsonl"
VERDICTS = ("injected_spam", "keyword_stuffing", "spun", "hijacked", "mirror")


def spam_steps(config: Config) -> list[Step]:
    """``restore_steps`` with span excision and the spam verdicts switched on."""
    return restore_steps(config.with_spam_spans())


def _chars(spans: list[list[Any]] | list[tuple[int, int, str]], kinds: set[str] | None = None) -> set[int]:
    out: set[int] = set()
    for a, b, k in spans:
        if kinds is None or k in kinds:
            out.update(range(a, b))
    return out


def evaluate(data: Path, labels: Path, verbose: bool = False) -> dict[str, Any]:
    recs = [json.loads(line) for line in data.open(encoding="utf-8")]
    labs = [json.loads(line) for line in labels.open(encoding="utf-8")]
    steps = spam_steps(Config())
    tot: Counter[str] = Counter()
    verdict: dict[str, Counter[str]] = {v: Counter() for v in VERDICTS}
    clean_flagged: list[int] = []
    rule_chars: Counter[str] = Counter()
    rule_fp: Counter[str] = Counter()
    kind_chars: Counter[str] = Counter()
    kind_hit: Counter[str] = Counter()
    for lab in labs:
        rec = recs[lab["n"]]
        assert rec["digest"] == lab["digest"], lab["n"]
        text, title = rec["raw_content"], rec["title"]
        doc = Document.from_text(text, str(lab["n"]), url=rec["url"], title=title, format="text")
        out = run_steps(steps, doc)
        assert isinstance(out, Document)
        removed = _chars(out.signals["spam_spans"])
        gold_spans = [tuple(s) for s in lab["spans"]]
        gold = _chars(gold_spans)
        gold_no_other = _chars(gold_spans, {"gambling", "porn", "ad", "anchor", "summary", "footer"})
        tot["removed"] += len(removed)
        tot["gold"] += len(gold)
        tot["hit"] += len(removed & gold)
        tot["gold_no_other"] += len(gold_no_other)
        tot["hit_no_other"] += len(removed & gold_no_other)
        for a, b, kind in gold_spans:
            n = b - a
            got = len(removed & set(range(a, b)))
            kind_chars[kind] += n
            kind_hit[kind] += got
            key = "other" if kind == "other" else "named"
            tot[f"spans_{key}"] += 1
            tot[f"found_{key}"] += got * 2 >= n
            if verbose and got * 2 < n:
                print(f"  MISS #{lab['n']} {kind} {text[a:b]!r}", file=sys.stderr)
        for a, b, rule in out.signals["spam_spans"]:
            n = b - a
            inside = len(gold & set(range(a, b)))
            tot["pred_spans"] += 1
            tot["pred_ok"] += inside * 2 >= n
            rule_chars[rule] += n
            rule_fp[rule] += n - inside
            if verbose and inside * 2 < n:
                print(f"  FP   #{lab['n']} {rule} {text[a:b]!r}", file=sys.stderr)
        # genuine body characters
        lines = text.split("\n")
        starts = [0]
        for ln in lines:
            starts.append(starts[-1] + len(ln) + 1)
        body = {i for k in lab["body_lines"] for i in range(starts[k], starts[k] + len(lines[k]))
                if not text[i].isspace()} - gold
        deleted = _deleted(out)
        tot["body"] += len(body)
        tot["body_kept_spam"] += len(body - removed)
        tot["body_kept_all"] += len(body - deleted)
        # titles
        tgold = _chars([tuple(s) for s in lab["title_spans"]])
        tpred = _chars([tuple(f) for f in title_spans(title, text)])
        tot["t_gold"] += len(tgold)
        tot["t_pred"] += len(tpred)
        tot["t_hit"] += len(tgold & tpred)
        if verbose and tgold != tpred:
            print(f"  TITLE #{lab['n']} gold={[title[a:b] for a, b, _ in lab['title_spans']]} "
                  f"pred={[title[f.start:f.end] for f in title_spans(title, text)]}", file=sys.stderr)
        clean = not any(lab["verdict"].values())
        for v in VERDICTS:
            want, got_v = lab["verdict"][v], bool(out.decisions.get(v))
            verdict[v]["tp" if want and got_v else "fp" if got_v else "fn" if want else "tn"] += 1
            if verbose and want != got_v and v != "mirror":
                print(f"  VERDICT #{lab['n']} {v} want={want} got={got_v} "
                      f"{ {k: out.signals.get(k) for k in ('spin', 'stuffing', 'hijack')} }", file=sys.stderr)
        if clean and out.decisions.get("injected_spam"):
            clean_flagged.append(lab["n"])
    return {"totals": tot, "verdicts": verdict, "clean_flagged": clean_flagged,
            "rule_chars": rule_chars, "rule_fp": rule_fp, "kind_chars": kind_chars, "kind_hit": kind_hit}


SKYWORK = REPO.parent / "shared" / "data" / "skywork-domain-eval"
XWLB = REPO.parent / "shared" / "data" / "xwlb-news" / "articles.jsonl"


def _genuine() -> list[tuple[str, str, str]]:
    """(source, text, title) of the genuine articles: skywork-domain-eval as given, and the 新闻联播
    articles with their headline as the first line and as the record title."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(SKYWORK.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.append((path.stem, row["text"], row.get("title") or ""))
    if XWLB.exists():
        for line in XWLB.open(encoding="utf-8"):
            row = json.loads(line)
            out.append(("xwlb", "\n".join([row["title"], *row["paragraphs"]]), row["title"]))
    return out


def negatives(verbose: bool = False) -> dict[str, Any]:
    """Removals and flags on genuine articles (every one a false positive)."""
    steps = spam_steps(Config())
    docs = chars = removed = 0
    pages: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for source, text, title in _genuine():
        doc = Document.from_text(text, source, **({"title": title} if title else {}))
        out = run_steps(steps, doc)
        assert isinstance(out, Document)
        docs += 1
        chars += len(text)
        spans = out.signals["spam_spans"]
        removed += sum(e - s for s, e, _ in spans)
        pages["with removals"] += bool(spans)
        for v in ("injected_spam", "keyword_stuffing", "spun", "hijacked"):
            flags[v] += bool(out.decisions.get(v))
        if verbose:
            for s, e, rule in spans:
                print(f"  NEG {source} {rule} {text[max(0, s - 10):s]!r} [[{text[s:e]!r}]]", file=sys.stderr)
    return {"docs": docs, "chars": chars, "removed": removed, "pages": pages, "flags": flags}


def synthetic(n: int = 300, seed: int = 7, verbose: bool = False) -> dict[str, Any]:
    """Unmarked splices with vocabulary none of the labelled pages uses, in genuine 新闻联播 articles.

    Each article gets one kind: ``asked`` (``<city><product>哪家好`` opening a paragraph), ``service``
    (``<city><product>取证`` with a title declaring that target), ``tag`` (a declared question keyword
    glued into two sentences) or ``sale`` (``_<product>账号购买`` after a link title). Returns char
    recall per kind and every removed character outside the injections (false positives).
    """
    import random

    rng = random.Random(seed)
    arts = [json.loads(line) for line in XWLB.open(encoding="utf-8")]
    arts = [a for a in arts if len(a["paragraphs"]) >= 4]
    rng.shuffle(arts)
    cities = ["南京", "成都", "武汉", "西安", "长沙", "青岛", "大连", "昆明", "贵阳", "太原", "济南", "合肥"]
    products = ["空调", "热水器", "净水器", "叉车", "钢板", "玻璃", "轴承", "阀门", "地板", "门窗"]
    services = ["维修中心", "私家侦探", "取证", "回收", "代办"]
    asks = ["哪家好", "多少钱", "哪里好", "哪家强"]
    steps = spam_steps(Config())
    gold: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    fp = 0
    for art in arts[:n]:
        paras, title = list(art["paragraphs"]), art["title"]
        kind = rng.choice(["asked", "service", "tag", "sale"])
        city, product = rng.choice(cities), rng.choice(products)
        injected: list[str] = []
        if kind in ("asked", "service"):
            end = rng.choice(asks if kind == "asked" else services)
            kw = f"{city}{product}{end}"
            if kind == "service":
                title = f"{kw}_{city}{product}维修服务"
            k = rng.randrange(1, len(paras))
            paras[k] = kw + paras[k]
            injected.append(kw)
        elif kind == "tag":
            kw = f"{product}可以自己安装吗"
            for k in rng.sample(range(1, len(paras)), 2):
                cut = paras[k].find("，")
                if cut >= 3:
                    paras[k] = paras[k][:cut] + kw + paras[k][cut:]
                    injected.append(kw)
            paras.append(f"标签:{kw} {product} 安装")
        else:
            kw = f"_{product}账号购买"
            other = arts[rng.randrange(len(arts))]["title"].replace(" ", "")
            paras.append(f"上一篇：{other}{kw}")
            injected.append(kw)
        text = "\n".join([art["title"], *paras])
        out = run_steps(steps, Document.from_text(text, "synthetic", title=title))
        assert isinstance(out, Document)
        removed = [text[a:b] for a, b, _ in out.signals["spam_spans"]]
        gold[kind] += sum(len(x) for x in injected)
        hit[kind] += sum(len(x) for x in injected if any(x in r for r in removed))
        wrong = [r for r in removed if not any(x in r for x in injected)]
        fp += sum(len(r) for r in wrong)
        if verbose:
            for r in wrong:
                print(f"  SYN FP {kind} {r!r}", file=sys.stderr)
            if any(not any(x in r for r in removed) for x in injected):
                print(f"  SYN MISS {kind} {injected}", file=sys.stderr)
    return {"gold": gold, "hit": hit, "fp": fp, "pages": min(n, len(arts))}


def _deleted(doc: Document) -> set[int]:
    """Original offsets whose character is not in the output (from the edits)."""
    from difflib import SequenceMatcher

    out: set[int] = set()
    for e in doc.edits:
        if not e.after:
            out.update(range(e.start, e.end))
            continue
        sm = SequenceMatcher(None, e.before, e.after, autojunk=False)
        kept = set()
        for a, _, n in sm.get_matching_blocks():
            kept.update(range(a, a + n))
        out.update(e.start + i for i in range(len(e.before)) if i not in kept)
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.4f} ({a}/{b})" if b else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(DATA))
    ap.add_argument("--labels", default=str(LABELS))
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and false positives (stderr)")
    ap.add_argument("--negatives", action="store_true", help="also run the genuine skywork-domain-eval articles")
    ap.add_argument("--synthetic", action="store_true",
                    help="also splice unseen local queries, tags and trading keywords into 新闻联播 articles")
    args = ap.parse_args()
    if not Path(args.data).exists():
        print(f"{args.data} is absent (the labelled pages live in ../shared, not in the repo)", file=sys.stderr)
        return 2
    r = evaluate(Path(args.data), Path(args.labels), args.verbose)
    t = r["totals"]
    print("spans (page text)")
    print(f"  char precision           {_ratio(t['hit'], t['removed'])}")
    print(f"  char recall              {_ratio(t['hit'], t['gold'])}")
    print(f"  char recall w/o 'other'  {_ratio(t['hit_no_other'], t['gold_no_other'])}")
    print(f"  span recall (named kinds){_ratio(t['found_named'], t['spans_named'])}")
    print(f"  span recall ('other')    {_ratio(t['found_other'], t['spans_other'])}")
    found, spans = t["found_named"] + t["found_other"], t["spans_named"] + t["spans_other"]
    print(f"  span recall (all)        {_ratio(found, spans)}")
    print(f"  span precision           {_ratio(t['pred_ok'], t['pred_spans'])}")
    print("  char recall by kind      " + ", ".join(
        f"{k} {r['kind_hit'][k] / n:.2f}" for k, n in sorted(r["kind_chars"].items())))
    print("titles (record field)")
    print(f"  char precision           {_ratio(t['t_hit'], t['t_pred'])}")
    print(f"  char recall              {_ratio(t['t_hit'], t['t_gold'])}")
    print("genuine body characters kept")
    print(f"  by the spam rules        {_ratio(t['body_kept_spam'], t['body'])}")
    print(f"  by the whole pipeline    {_ratio(t['body_kept_all'], t['body'])}")
    print("verdicts (tp fp fn tn)")
    for v, c in r["verdicts"].items():
        print(f"  {v:<17} {c['tp']:>3} {c['fp']:>3} {c['fn']:>3} {c['tn']:>3}")
    print(f"clean pages flagged injected_spam: {r['clean_flagged'] or 'none'}")
    print("removed chars by rule (false-positive chars)")
    for rule, n in sorted(r["rule_chars"].items()):
        print(f"  {rule:<28} {n:>6} ({r['rule_fp'][rule]})")
    if args.negatives and SKYWORK.exists():
        neg = negatives(args.verbose)
        print(f"genuine articles (skywork-domain-eval, xwlb-news): {neg['docs']} pages, {neg['chars']} chars")
        print(f"  pages with removals      {neg['pages']['with removals']}  ({neg['removed']} chars removed)")
        print("  pages flagged            " + ", ".join(f"{k} {n}" for k, n in sorted(neg["flags"].items())))
    if args.synthetic and XWLB.exists():
        syn = synthetic(verbose=args.verbose)
        g, h = syn["gold"], syn["hit"]
        print(f"synthetic splices in genuine articles (xwlb-news): {syn['pages']} pages")
        print(f"  char recall              {_ratio(sum(h.values()), sum(g.values()))}  by kind: "
              + ", ".join(f"{k} {h[k] / g[k]:.2f}" for k in sorted(g)))
        print(f"  removed outside them     {syn['fp']} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
