"""Evaluate span excision and spam verdicts on the labelled ChineseWebText sample (issue #5).

    .venv/bin/python benchmarks/spam_eval.py [DATA_JSONL] [--labels tests/labels/chinesewebtext.jsonl] [-v]

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
finance, general and sports/tech news; read, never copied) and reports every removal and flag there:
on genuine pages each one is a false positive.
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


def negatives(verbose: bool = False) -> dict[str, Any]:
    """Removals and flags on genuine articles (every one a false positive)."""
    steps = spam_steps(Config())
    docs = chars = removed = 0
    pages: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for path in sorted(SKYWORK.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            text, title = row["text"], row.get("title") or ""
            doc = Document.from_text(text, path.stem, **({"title": title} if title else {}))
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
                    print(f"  NEG {path.stem} {rule} {text[max(0, s - 10):s]!r} [[{text[s:e]!r}]]", file=sys.stderr)
    return {"docs": docs, "chars": chars, "removed": removed, "pages": pages, "flags": flags}


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
        print(f"genuine articles (skywork-domain-eval): {neg['docs']} pages, {neg['chars']} chars")
        print(f"  pages with removals      {neg['pages']['with removals']}  ({neg['removed']} chars removed)")
        print("  pages flagged            " + ", ".join(f"{k} {n}" for k, n in sorted(neg["flags"].items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
