"""Speed of zhengben's full HTML pipeline against trafilatura, in one run.

Times ``zhengben.extract`` (decode, extract the article, then the whole text pipeline:
repair, line labels, metadata — what ``zhengben.restore_html`` does, in the evaluation
harness's output shape) and ``trafilatura.extract`` (default settings) over every page
of the cwced and magic-html-zh sets in ``../shared/data`` (beside the repository). The
extraction step alone (``zhengben.readers.html.extract_html``) is timed too, to show
what the text pipeline costs on top.

The extractors take turns, round after round (``--rounds``, default 5), and each one's best
round counts: a shared machine's speed drifts by 10-20% within a minute, and a single pass of
each, one after the other, lets that drift decide the ratio (one run printed 2.89x, the next
1.83x, on the same code). Every round is printed.

Each extractor runs in its own forked child process, so the peak resident memory
printed (``resource.getrusage``, the child's own high-water mark) is that extractor's
alone, pages and interpreter included. Pages are read and gunzipped before timing; each
extractor gets one untimed warm-up call (lazy imports, dictionaries), and zhengben's full
pipeline builds its tables first with ``zhengben.pipeline.warm_up``, as every crawl worker does.

    python benchmarks/extract_bench.py [--rounds N] [--repeat N] [--data-dir DIR]

Run it with an interpreter that has both zhengben's dependencies and the ``bench`` extra
(trafilatura). The target is zhengben (full pipeline) >= 2x trafilatura's pages/s.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing as mp
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("cwced", "magic-html-zh")


def load_pages(data_dir: Path) -> list[bytes]:
    pages: list[bytes] = []
    for name in SETS:
        folder = data_dir / name / "html"
        if not folder.is_dir():
            sys.exit(f"extract_bench: {folder} not found; the shared test data must be beside the repo "
                     f"(or pass --data-dir)")
        pages.extend(gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz")))
    return pages


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _extractor(name: str) -> Callable[[bytes], object]:
    """The function under test, imported inside the child (imports count in its memory)."""
    if name == "zhengben":
        from zhengben import Config, extract, restore_steps
        from zhengben.pipeline import warm_up

        warm_up(restore_steps(Config()))  # its tables, built once as a crawl worker does
        return extract
    if name == "zhengben-extract-only":
        from zhengben.readers.html import extract_html

        return extract_html
    import trafilatura

    return lambda data: trafilatura.extract(data)


def _child(name: str, pages: list[bytes], repeat: int, out: mp.SimpleQueue[tuple[float, float]]) -> None:
    fn = _extractor(name)
    fn(pages[0])  # warm-up, not timed
    start = time.perf_counter()
    for _ in range(repeat):
        for data in pages:
            fn(data)
    out.put((len(pages) * repeat / (time.perf_counter() - start), peak_rss_mib()))


def timed(name: str, pages: list[bytes], repeat: int) -> tuple[float, float]:
    """(pages/s, peak RSS MiB) of one extractor, measured in a forked child process."""
    ctx = mp.get_context("fork")
    queue: mp.SimpleQueue[tuple[float, float]] = ctx.SimpleQueue()
    proc = ctx.Process(target=_child, args=(name, pages, repeat, queue))
    proc.start()
    proc.join()
    if proc.exitcode != 0 or queue.empty():
        sys.exit(f"extract_bench: the {name} run failed (exit code {proc.exitcode})")
    return queue.get()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages in a round (default 1)")
    parser.add_argument("--rounds", type=int, default=5, help="turns each extractor takes; the best counts (default 5)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if args.repeat < 1 or args.rounds < 1:
        parser.error("--repeat and --rounds must be at least 1")
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        sys.exit("extract_bench: trafilatura is not installed (pip install 'zhengben[bench]')")

    pages = load_pages(args.data_dir)
    size = sum(map(len, pages)) / 1e6
    print(f"pages: {len(pages)} ({', '.join(SETS)}), {size:.1f} MB, repeat {args.repeat}, rounds {args.rounds}")
    print(f"peak RSS of the parent after loading pages: {peak_rss_mib():.0f} MiB")
    labels = {"zhengben": "zhengben full pipeline (zhengben.extract)",
              "zhengben-extract-only": "zhengben extract_html only", "trafilatura": "trafilatura.extract"}
    best: dict[str, tuple[float, float]] = {}
    for k in range(args.rounds):
        rates = []
        for name in labels:
            rate, rss = timed(name, pages, args.repeat)
            rates.append(f"{name} {rate:.1f}")
            if name not in best or rate > best[name][0]:
                best[name] = (rate, rss)
        print(f"round {k + 1}: " + ", ".join(rates) + " pages/s")
    for name, label in labels.items():
        rate, rss = best[name]
        print(f"{label:42s} {rate:8.1f} pages/s   peak RSS {rss:.0f} MiB   (best of {args.rounds})")
    ratio = best["zhengben"][0] / best["trafilatura"][0]
    print(f"ratio zhengben full pipeline / trafilatura: {ratio:.2f}x (target >= 2x)")


if __name__ == "__main__":
    main()
