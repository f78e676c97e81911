"""Speed of zhengben's HTML extraction against trafilatura, in one process.

Runs ``zhengben.readers.html.extract_html`` and ``trafilatura.extract`` (default settings)
over every page of the cwced and magic-html-zh sets in ``../shared/data`` (beside the
repository), and prints pages/s of each, the ratio, and the peak resident memory
(``resource.getrusage``) after each run. Pages are read and gunzipped before timing;
each extractor gets one untimed warm-up call (lazy imports, dictionaries).

    python benchmarks/extract_bench.py [--repeat N] [--data-dir DIR]

The target is zhengben >= 2x trafilatura's pages/s.
"""

from __future__ import annotations

import argparse
import gzip
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


def timed(fn: Callable[[bytes], object], pages: list[bytes], repeat: int) -> float:
    fn(pages[0])  # warm-up, not timed
    start = time.perf_counter()
    for _ in range(repeat):
        for data in pages:
            fn(data)
    return len(pages) * repeat / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages (default 1)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    try:
        import trafilatura
    except ImportError:
        sys.exit("extract_bench: trafilatura is not installed (pip install trafilatura)")
    from zhengben.readers.html import extract_html

    pages = load_pages(args.data_dir)
    base = peak_rss_mib()
    size = sum(map(len, pages)) / 1e6
    print(f"pages: {len(pages)} ({', '.join(SETS)}), {size:.1f} MB, repeat {args.repeat}")
    print(f"peak RSS after loading pages: {base:.0f} MiB")

    zb = timed(lambda d: extract_html(d), pages, args.repeat)
    zb_rss = peak_rss_mib()
    print(f"zhengben    {zb:8.1f} pages/s   peak RSS {zb_rss:.0f} MiB")

    tf = timed(lambda d: trafilatura.extract(d), pages, args.repeat)
    tf_rss = peak_rss_mib()
    print(f"trafilatura {tf:8.1f} pages/s   peak RSS {tf_rss:.0f} MiB (process peak, after both runs)")
    print(f"ratio zhengben/trafilatura: {zb / tf:.2f}x (target >= 2x)")


if __name__ == "__main__":
    main()
