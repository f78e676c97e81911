"""A whole crawl through the pipeline: plan tasks, run them on an engine, sum the counts.

OUTDIR layout (see docs/run.md)::

    _run.json            inputs, options and the task plan (a resume reuses them as they are)
    _tasks/KEY.json      one manifest per finished task: its counts and files (written last)
    data/part-KEY.*      clean records (to_record schema + provenance), JSONL(.gz) or Parquet
    rejects/part-KEY.jsonl.gz   every document not output: reason, detail, head of the original
    edits/part-KEY.jsonl.gz     optional (--edits): each clean record's edits and lines
    summary.json         totals, per input, per reason, per rule id, per verdict, bytes, time

A task is done iff its manifest exists, so ``--resume`` after any kill runs exactly the tasks
without one; shard names depend only on the plan, so reruns overwrite rather than duplicate.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from zhengben.errors import ConfigError
from zhengben.executors.tasks import TaskSettings, manifest_path
from zhengben.readers.sources import Task, expand_inputs, plan_tasks
from zhengben.writers.shards import atomic_write
from zhengben.writers.summary import TaskStats, build_summary, write_summary

__all__ = ["RunOptions", "run"]

Engine = Literal["local", "ray"]
_PLAN_VERSION = 1


@dataclass(frozen=True, slots=True)
class RunOptions:
    inputs: tuple[str, ...]
    settings: TaskSettings
    engine: Engine = "local"
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    resume: bool = False
    ray_address: str | None = None
    progress: bool | None = None  # None: when stderr is a terminal


def _plan_options(settings: TaskSettings) -> dict[str, Any]:
    d = settings.as_dict()
    d.pop("outdir")
    d.pop("time_limit")  # a resume may allow more time without changing any shard name
    return d


def _load_or_plan(opts: RunOptions, outdir: Path, say: Callable[[str], None]) -> list[Task]:
    plan_file = outdir / "_run.json"
    want = {"version": _PLAN_VERSION, "inputs": list(opts.inputs), "options": _plan_options(opts.settings)}
    if plan_file.exists():
        if not opts.resume:
            raise ConfigError(f"{outdir} holds a run already: pass --resume to finish it, or use a new OUTDIR")
        saved = json.loads(plan_file.read_text())
        for key in ("version", "inputs", "options"):
            if saved.get(key) != want[key]:
                raise ConfigError(f"{outdir} was started with other {key}: {saved.get(key)!r}")
        return [Task.from_dict(t) for t in saved["tasks"]]
    left_out: list[str] = []
    sources = expand_inputs(list(opts.inputs), left_out)
    if left_out:
        say(f"{len(left_out)} file(s) of no known kind left out (by suffix; see docs/run.md), first: {left_out[0]}")
    heavy = sum(1 for s in sources if s.fmt == "warc")  # planning walks every gzip member
    if heavy > 1 and opts.workers > 1:
        with ProcessPoolExecutor(min(opts.workers, heavy), mp_context=mp.get_context("spawn")) as pool:
            tasks = plan_tasks(sources, opts.settings.read, pool.map)
    else:
        tasks = plan_tasks(sources, opts.settings.read)
    # (ASCII with escapes: a file name that is not UTF-8 holds surrogates, which only an escape keeps)
    atomic_write(plan_file, json.dumps({**want, "tasks": [t.as_dict() for t in tasks]}).encode() + b"\n")
    return tasks


def _clean_temps(outdir: Path) -> None:
    for sub in ("data", "rejects", "edits", "_tasks", "."):
        d = outdir / sub
        if d.is_dir():
            for p in d.iterdir():
                if ".tmp-" in p.name:
                    p.unlink(missing_ok=True)


class _Progress:
    """A rich progress bar over task bytes: docs, docs/s, MB/s, rejects so far, ETA."""

    def __init__(self, enabled: bool, total_bytes: int, total_tasks: int) -> None:
        self.docs = self.rejects = self.bytes = 0
        self.t0 = time.monotonic()
        self.bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("[bold]run"), BarColumn(bar_width=24), TextColumn("{task.percentage:>5.1f}%"),
                            TextColumn("{task.fields[info]}"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.bar.start()
        self.id = self.bar.add_task("run", total=max(1, total_bytes), info=f"0/{total_tasks} tasks")
        self.total_tasks, self.tasks = total_tasks, 0

    def update(self, task: Task, stats: TaskStats) -> None:
        self.docs += stats.records
        self.rejects += stats.rejects
        self.bytes += task.size
        if self.bar is None:
            return
        self.tasks += 1
        dt = max(1e-9, time.monotonic() - self.t0)
        info = (f"{self.docs:,} docs  {self.docs / dt:,.0f} docs/s  {self.bytes / dt / 1e6:,.1f} MB/s  "
                f"{self.rejects:,} rejects  {self.tasks}/{self.total_tasks} tasks")
        self.bar.update(self.id, advance=task.size, info=info)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run(opts: RunOptions, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run (or finish, with ``resume``) a crawl into ``opts.settings.outdir``; returns the summary."""
    say = log or (lambda msg: None)
    if opts.workers < 1:
        raise ConfigError("--workers must be at least 1")
    started, t0 = datetime.now(UTC), time.monotonic()
    outdir = Path(opts.settings.outdir)
    for sub in ("data", "rejects", "_tasks", *(["edits"] if opts.settings.edits else [])):
        (outdir / sub).mkdir(parents=True, exist_ok=True)
    _clean_temps(outdir)
    tasks = _load_or_plan(opts, outdir, say)
    pending = [t for t in tasks if not manifest_path(outdir, t.key).exists()]
    say(f"{len(tasks)} tasks, {len(tasks) - len(pending)} already done, {len(pending)} to run "
        f"on {opts.engine} with {opts.workers} worker(s)")
    show = sys.stderr.isatty() if opts.progress is None else opts.progress
    progress = _Progress(show, sum(t.size for t in pending), len(pending))
    try:
        if opts.engine == "ray":
            from zhengben.executors.ray import run_ray

            run_ray(pending, opts.settings, opts.workers, opts.ray_address, progress.update)
        elif opts.engine == "local":
            from zhengben.executors.local import run_local

            run_local(pending, opts.settings, opts.workers, progress.update)
        else:
            raise ConfigError(f"unknown engine {opts.engine!r}")
    finally:
        progress.close()
    stats = [TaskStats.from_dict(json.loads(manifest_path(outdir, t.key).read_text())["stats"]) for t in tasks]
    seconds = time.monotonic() - t0
    timing = {"started": started.isoformat(timespec="seconds"), "seconds": round(seconds, 3),
              "engine": opts.engine, "workers": opts.workers, "tasks_run": len(pending),
              "docs_per_s": round(progress.docs / seconds, 1) if seconds else None,
              "mb_per_s": round(progress.bytes / seconds / 1e6, 3) if seconds else None}
    summary = build_summary(stats, time=timing, options=_plan_options(opts.settings))
    write_summary(outdir / "summary.json", summary)
    return summary
