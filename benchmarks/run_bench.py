"""Benchmark of ``zhengben run``: throughput with 1 and 2 workers, peak RSS vs corpus size, datatrove yardstick.

One invocation generates the input (seeded synthetic Chinese articles, JSONL shards) and prints:

1. zhengben docs/s and MB/s with 1 and 2 workers on the small corpus (target: 2 workers >= 1.8x one);
2. peak RSS of the whole process tree (sampled) and of the largest process, for the small and
   the large corpus (target: within 10%: memory must not grow with the corpus);
3. the same small corpus through the nearest datatrove pipeline that runs offline: its JSONL
   reader, the filters that need no downloaded model (Gopher repetition and quality, C4 quality,
   FineWeb quality, with datatrove's Chinese word tokenizer) and its JSONL writer, same worker
   count (target: zhengben doing all its repairs is no slower than datatrove doing only that).

Wall time is measured around each subprocess, start-up included, for both tools alike.

    python benchmarks/run_bench.py [--small 10000] [--large 100000] [--workers 2] [--shards 8]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

_CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
          "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
          "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
          "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
          "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少")
_TITLES = ("国务院常务会议研究部署稳就业工作", "全国秋粮收购进度过半", "新一代信息技术产业稳步发展",
           "城市更新行动持续推进")


def generate(folder: Path, docs: int, shards: int, seed: int = 5, corrupt_share: float = 0.0) -> int:
    """``docs`` article rows over ``shards`` JSONL files; returns total bytes.

    A ``corrupt_share`` of them are spam-farm mirrors made by ``zhengben.synth.corrupt``
    (traditional script, ruby, half-width punctuation, chrome, spam), so every repair works.
    """
    from zhengben.synth import ARTICLE_EXAMPLE, corrupt

    rng = random.Random(seed)
    pool = []
    for _ in range(20000):
        k = rng.randint(18, 48)
        s = "".join(rng.choices(_CHARS, k=k))
        cut = rng.randint(5, k - 5)
        pool.append(f"{s[:cut]}，{s[cut:]}。")
    folder.mkdir(parents=True, exist_ok=True)
    files = [open(folder / f"part-{i:03d}.jsonl", "w", encoding="utf-8") for i in range(shards)]  # noqa: SIM115
    for i in range(docs):
        paras = ["".join(rng.choices(pool, k=rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
        text = rng.choice(_TITLES) + "\n\n" + "\n\n".join(paras)
        if rng.random() < corrupt_share:
            article = dict(ARTICLE_EXAMPLE, title=rng.choice(_TITLES), paragraphs=paras)
            text = corrupt(article, rng, script=rng.choice(["s2t", "s2tw", "s2hk"]),
                           ruby_style=rng.choice(["marked", "numbered", "zhuyin"]))
        row = {"id": f"doc-{i:07d}", "url": f"http://news.example.cn/{i}.html", "text": text}
        files[i * shards // docs].write(json.dumps(row, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    return sum(p.stat().st_size for p in folder.iterdir())


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (from /proc)."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


# Runs the command and reports its process tree's largest max RSS (RUSAGE_CHILDREN of this wrapper only).
_WRAP = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
         "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print('cpu_s', r.ru_utime + r.ru_stime, 'maxrss_kb', r.ru_maxrss, file=sys.stderr); sys.exit(rc)")


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall seconds, peak tree RSS (sampled every 50 ms) and the largest single process's max RSS."""
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-c", _WRAP, *cmd], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(p.pid))
            stop.wait(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = p.communicate()
    wall = time.monotonic() - t0
    stop.set()
    th.join()
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    _, cpu_s, _, maxrss_kb = err.strip().splitlines()[-1].split()
    return {"wall": wall, "cpu_s": float(cpu_s), "tree_rss_mb": peak / 2**20, "max_proc_rss_mb": int(maxrss_kb) / 1024}


def zhengben(inp: Path, out: Path, workers: int, task_mb: float, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    m: dict[str, Any] = measure([sys.executable, "-m", "zhengben.cli_run", str(inp), "-o", str(out), "--workers",
                                 str(workers), "--progress", "off", "--task-mb", str(task_mb), *extra])
    s = json.loads((out / "summary.json").read_text())
    m.update(docs=s["totals"]["records"], clean=s["totals"]["clean"], internal_s=s["time"]["seconds"])
    if s["reasons"]:
        print(f"  rejects by reason: {s['reasons']}", flush=True)
    return m


_DATATROVE = """
import sys
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter, GopherQualityFilter,
                                        GopherRepetitionFilter)
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
inp, out, workers, tasks = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lang = sys.argv[5]
LocalPipelineExecutor(pipeline=[
    JsonlReader(inp, glob_pattern="*.jsonl"),
    GopherRepetitionFilter(language=lang), GopherQualityFilter(language=lang),
    C4QualityFilter(language=lang), FineWebQualityFilter(language=lang),
    JsonlWriter(out + "/data"),
], tasks=tasks, workers=workers, logging_dir=out + "/logs").run()
"""


def datatrove(inp: Path, out: Path, workers: int, tasks: int, lang: str) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    m: dict[str, Any] = measure([sys.executable, "-c", _DATATROVE, str(inp), str(out), str(workers), str(tasks), lang])
    import gzip

    kept = 0
    for p in (out / "data").glob("*"):
        with gzip.open(p, "rt", encoding="utf-8") as f:
            kept += sum(1 for _ in f)
    m["clean"] = kept
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=10_000, help="documents in the small corpus")
    ap.add_argument("--large", type=int, default=100_000, help="documents in the large corpus (RSS only)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shards", type=int, default=8, help="JSONL files per corpus (datatrove splits by file)")
    ap.add_argument("--task-mb", type=float, default=1.0, help="zhengben --task-mb")
    ap.add_argument("--skip-datatrove", action="store_true")
    ap.add_argument("--datatrove-lang", default="cmn,zho",
                    help="datatrove word tokenizers to try: cmn (jieba, Chinese words), zho (spaCy multilingual)")
    ap.add_argument("--workdir", default=None, help="keep inputs and outputs here (default: a temp dir)")
    ap.add_argument("--corrupt-share", type=float, default=0.0,
                    help="share of documents generated as spam-farm mirrors (zhengben.synth), 0..1")
    ap.add_argument("--no-spam-spans", action="store_true", help="run zhengben without its spam steps")
    args = ap.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="zhengben-bench-"))
    small, large = work / "small", work / "large"
    t0 = time.monotonic()
    small_bytes = generate(small, args.small, args.shards, corrupt_share=args.corrupt_share)
    large_bytes = generate(large, args.large, args.shards, seed=6, corrupt_share=args.corrupt_share)
    print(f"input ({args.corrupt_share:.0%} spam-farm mirrors): "
          f"{args.small:,} docs / {small_bytes / 1e6:.1f} MB and {args.large:,} docs / "
          f"{large_bytes / 1e6:.1f} MB in {args.shards} JSONL shards each (generated in "
          f"{time.monotonic() - t0:.1f} s); {os.cpu_count()} CPUs", flush=True)

    def rate(m: dict[str, Any], docs: int, nbytes: int, cpu: bool = True) -> str:
        busy = f", {m['cpu_s'] / m['wall']:.2f} CPUs busy" if cpu else ""
        return f"{docs / m['wall']:8,.0f} docs/s {nbytes / m['wall'] / 1e6:6.2f} MB/s  ({m['wall']:.1f} s wall{busy})"

    runs: dict[tuple[str, int], dict[str, Any]] = {}
    for name, folder, docs, nbytes in (("small", small, args.small, small_bytes), ("large", large, args.large,
                                                                                   large_bytes)):
        for w in (1, args.workers):
            m = runs[name, w] = zhengben(folder, work / f"z-{name}-{w}", w, args.task_mb,
                                         ("--no-spam-spans",) if args.no_spam_spans else ())
            if m["docs"] != docs:  # nothing may be lost: every input record is clean or a reject
                raise SystemExit(f"LOST RECORDS: {docs:,} generated, {m['docs']:,} counted in {work}/z-{name}-{w}")
            print(f"zhengben {docs:>9,} docs, {w} worker(s): {rate(m, docs, nbytes)}  clean {m['clean']:,}  "
                  f"peak RSS tree {m['tree_rss_mb']:.0f} MB, largest process {m['max_proc_rss_mb']:.0f} MB", flush=True)
    w = args.workers
    for name in ("small", "large"):
        up = runs[name, 1]["wall"] / runs[name, w]["wall"]
        c1, cw = runs[name, 1]["cpu_s"], runs[name, w]["cpu_s"]
        target = "target >= 1.8x" if name == "large" else "start-up weighs on a run this short; judged on large"
        print(f"speed-up {w} workers vs 1 ({name}): {up:.2f}x ({target}); CPU seconds {c1:.1f} vs {cw:.1f} "
              f"({(cw / c1 - 1) * 100:+.1f}% parallel overhead; a busy shared machine lowers the wall-clock speed-up, "
              f"not this)")
    a, b = runs["small", w], runs["large", w]
    print(f"peak RSS {args.small:,} -> {args.large:,} docs ({w} workers): tree {a['tree_rss_mb']:.0f} -> "
          f"{b['tree_rss_mb']:.0f} MB ({(b['tree_rss_mb'] / a['tree_rss_mb'] - 1) * 100:+.1f}%), largest process "
          f"{a['max_proc_rss_mb']:.0f} -> {b['max_proc_rss_mb']:.0f} MB "
          f"({(b['max_proc_rss_mb'] / a['max_proc_rss_mb'] - 1) * 100:+.1f}%) (target within 10%)", flush=True)
    two = runs["small", w]
    if not args.skip_datatrove:
        for lang in args.datatrove_lang.split(","):
            dt = datatrove(small, work / f"dt-{lang}", args.workers, args.shards, lang)
            print(f"datatrove {args.small:>9,} docs, {args.workers} worker(s): "
                  f"{rate(dt, args.small, small_bytes, cpu=False)}  "
                  f"kept {dt['clean']:,}  (JsonlReader -> Gopher repetition + quality, C4 quality, FineWeb quality "
                  f"[language={lang}] -> JsonlWriter)", flush=True)
            print(f"zhengben / datatrove [{lang}] throughput, {args.workers} workers: {dt['wall'] / two['wall']:.2f}x "
                  f"(target >= 1.0x)", flush=True)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
