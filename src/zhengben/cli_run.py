"""``zhengben run INPUT... -o OUTDIR``: a whole crawl, locally or on Ray, resumable.

``add_run_parser(subparsers)`` adds the sub-command to the main CLI; ``python -m
zhengben.cli_run ...`` runs it on its own.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from typing import Any

from zhengben.executors.tasks import TaskSettings
from zhengben.readers.sources import ReadOptions
from zhengben.run import RunOptions, run
from zhengben.writers.shards import OutFormat

__all__ = ["add_run_parser", "cmd_run", "main"]


def _positive(value: str) -> float:
    """A finite number above 0 (``nan``, ``inf`` and ``0`` are refused by argparse, with a message)."""
    x = float(value)
    if not math.isfinite(x) or x <= 0:
        raise argparse.ArgumentTypeError(f"a number above 0 expected, got {value!r}")
    return x


def _not_negative(value: str) -> float:
    x = float(value)
    if not math.isfinite(x) or x < 0:
        raise argparse.ArgumentTypeError(f"a number of 0 or more expected, got {value!r}")
    return x


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL(.gz/.zst), Parquet, WARC/WET(.gz) files, directories or globs of .txt/.html pages")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output directory")
    p.add_argument("--engine", choices=["local", "ray"], default="local", help="local processes (default) or Ray Data")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    p.add_argument("--resume", action="store_true", help="finish an interrupted run in OUTDIR")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl",
                   help="clean record shards (default jsonl)")
    p.add_argument("--no-compress", action="store_true", help="write .jsonl instead of .jsonl.gz")
    p.add_argument("--edits", action="store_true", help="also write the edits/ sidecar")
    p.add_argument("--text-field", default="text", help="JSONL/Parquet field holding plain text (default text)")
    p.add_argument("--html-field", default="html", help="JSONL/Parquet field holding HTML (default html)")
    p.add_argument("--url-field", default="url", help="JSONL/Parquet field holding the URL (default url)")
    p.add_argument("--id-field", default="id", help="JSONL/Parquet field holding the record id (default id)")
    p.add_argument("--task-mb", type=_positive, default=16.0, help="input megabytes per task (resume granularity)")
    p.add_argument("--files-per-task", type=int, default=1000, help="page files per task")
    p.add_argument("--spam-spans", action=argparse.BooleanOptionalAction, default=True,
                   help="cut spam spliced into sentences, give and apply the spam verdicts (default: on)")
    p.add_argument("--time-limit", type=_not_negative, default=60.0,
                   help="seconds per document before it is rejected (0: off)")
    p.add_argument("--ray-address", default=None, help="Ray cluster address (default: RAY_ADDRESS, else local Ray)")
    p.add_argument("--progress", choices=["auto", "on", "off"], default="auto", help="progress bar (auto: on a tty)")
    p.set_defaults(func=cmd_run)


def add_run_parser(subparsers: Any) -> None:
    """Register ``run`` on the main CLI's sub-parsers."""
    p = subparsers.add_parser("run", help="restore a whole crawl into sharded records, locally or on Ray")
    _add_arguments(p)


def options_from_args(args: argparse.Namespace) -> RunOptions:
    from zhengben.config import Config

    read = ReadOptions(text_field=args.text_field, html_field=args.html_field, url_field=args.url_field,
                       id_field=args.id_field, task_bytes=max(1, int(args.task_mb * (1 << 20))),
                       files_per_task=args.files_per_task, max_bytes=4 * Config().max_chars)
    fmt: OutFormat = "parquet" if args.format == "parquet" else ("jsonl" if args.no_compress else "jsonl.gz")
    settings = TaskSettings(outdir=args.output, read=read, out_format=fmt, edits=args.edits,
                            time_limit=args.time_limit, spam_spans=args.spam_spans)
    progress = {"auto": None, "on": True, "off": False}[args.progress]
    return RunOptions(inputs=tuple(args.inputs), settings=settings, engine=args.engine, workers=args.workers,
                      resume=args.resume, ray_address=args.ray_address, progress=progress)


def _log(msg: str) -> None:
    sys.stderr.write(f"zhengben run: {msg}\n")


def cmd_run(args: argparse.Namespace) -> int:
    opts = options_from_args(args)
    try:
        summary = run(opts, log=_log)
    except KeyboardInterrupt:
        sys.stderr.write(f"zhengben run: interrupted; finish with: zhengben run ... -o {args.output} --resume\n")
        return 130
    t = summary["totals"]
    sys.stderr.write(f"zhengben run: {t['records']} documents: {t['clean']} clean, {t['rejects']} rejected, "
                     f"{t['ignored']} non-document records ignored; {summary['time']['seconds']} s\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m zhengben.cli_run ...`` is ``zhengben run ...`` (same parser, same errors)."""
    from zhengben.cli import main as zhengben_main

    return zhengben_main(["run", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
