"""The Ray Data executor: the same tasks and the same :class:`TaskRunner`, scheduled by ``ray.data``.

The dataset is the task list (one row per task, one block per task); ``map`` runs each task
on a pool of actors that each build the steps once. Workers read their inputs and write their
shards under OUTDIR themselves, so OUTDIR and the inputs must be on storage every node sees
(a shared filesystem); the driver only collects per-task counts. This module is the only one
that imports ``ray``, and only when the Ray engine is chosen.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from zhengben.errors import ConfigError
from zhengben.executors.tasks import TaskRunner, TaskSettings
from zhengben.readers.sources import Task
from zhengben.writers.summary import TaskStats

__all__ = ["run_ray"]


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError("the Ray engine needs Ray Data: pip install 'zhengben[ray]'") from exc
    return ray


class _RayTask:
    """Ray actor UDF: one TaskRunner per actor process."""

    def __init__(self, settings_json: str, cwd: str) -> None:
        if os.path.isdir(cwd):  # relative INPUT and OUTDIR paths mean the same on every node
            os.chdir(cwd)
        self.runner = TaskRunner(TaskSettings.from_dict(json.loads(settings_json)))

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        task = Task.from_dict(json.loads(row["task"]))
        stats = self.runner.run(task)
        return {"key": task.key, "stats": json.dumps(stats.as_dict())}


def run_ray(tasks: list[Task], settings: TaskSettings, workers: int, address: str | None,
            on_done: Callable[[Task, TaskStats], None]) -> None:
    """Run ``tasks`` on Ray (``address``, else ``RAY_ADDRESS``, else a local Ray with ``workers`` CPUs)."""
    ray = _import_ray()
    address = address or os.environ.get("RAY_ADDRESS")
    started_here = False
    if not ray.is_initialized():
        init: dict[str, Any] = {"ignore_reinit_error": True, "log_to_driver": False,
                                "include_dashboard": False}
        if address:
            init["address"] = address
        else:
            init["num_cpus"] = workers
        ray.init(**init)
        started_here = True
    try:
        if not tasks:
            return
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        by_key = {t.key: t for t in tasks}
        ds = ray.data.from_items([{"task": json.dumps(t.as_dict())} for t in tasks],
                                 override_num_blocks=len(tasks))
        settings_json = json.dumps(settings.as_dict())
        out = ds.map(_RayTask, fn_constructor_kwargs={"settings_json": settings_json, "cwd": os.getcwd()},
                     compute=ray.data.ActorPoolStrategy(size=max(1, workers)), num_cpus=1)
        for row in out.iter_rows():
            task = by_key[row["key"]]
            on_done(task, TaskStats.from_dict(json.loads(row["stats"])))
    finally:
        if started_here:
            ray.shutdown()
