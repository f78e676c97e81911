"""The local executor: tasks over a pool of worker processes, a bounded number in flight.

Workers read their own task's records from disk and write their own shards, so the parent
holds only the task list and per-task counts: memory does not grow with the corpus. Workers
ignore SIGINT; on Ctrl-C the parent cancels pending tasks, lets running ones finish (their
files are committed atomically either way) and raises ``KeyboardInterrupt`` for the caller to
report; ``--resume`` picks up from there.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from zhengben.config import Config
from zhengben.executors.tasks import TaskRunner, TaskSettings
from zhengben.pipeline import default_pipeline, warm_up
from zhengben.readers.sources import Task
from zhengben.writers.summary import TaskStats

__all__ = ["run_local"]

_runner: TaskRunner | None = None


def _init(settings: dict[str, Any]) -> None:
    global _runner
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _runner = TaskRunner(TaskSettings.from_dict(settings))


def _work(task: dict[str, Any]) -> dict[str, Any]:
    if _runner is None:
        raise RuntimeError("worker not initialised")
    return _runner.run(Task.from_dict(task)).as_dict()


def run_local(tasks: list[Task], settings: TaskSettings, workers: int,
              on_done: Callable[[Task, TaskStats], None]) -> None:
    """Run ``tasks`` on ``workers`` processes, calling ``on_done`` in the parent as each finishes."""
    # fork: workers inherit the imported pipeline (no per-worker import cost); they only read
    # files and write their own shards, never the parent's console or locks.
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "fork":  # build tables and converters once, before forking
        warm_up(default_pipeline(Config().with_spam_spans(settings.spam_spans)))
    pending: Iterator[Task] = iter(tasks)
    in_flight: dict[Future[dict[str, Any]], Task] = {}
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                               initargs=(settings.as_dict(),))
    try:
        while True:
            while len(in_flight) < 2 * workers:
                task = next(pending, None)
                if task is None:
                    break
                in_flight[pool.submit(_work, task.as_dict())] = task
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in sorted(done, key=lambda f: in_flight[f].key):
                task = in_flight.pop(fut)
                on_done(task, TaskStats.from_dict(fut.result()))
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
