"""``zhengben run`` end to end: a broken WARC on both engines, kill -9 and resume, guards.

The heavy tests (2,000-record WARC with a 50 MB record, Ray, real SIGKILLs) carry the ``slow``
mark; they still run by default and stay lean (small records, 2 workers).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from run_helpers import (
    WarcFixture,
    build_jsonl,
    build_warc,
    cli,
    comparable_summary,
    read_jsonl_gz,
    tree_bytes,
)
from zhengben.document import Document, Drop
from zhengben.errors import ConfigError
from zhengben.executors.tasks import TaskRunner, TaskSettings
from zhengben.readers.sources import ReadOptions, expand_inputs, plan_tasks
from zhengben.run import RunOptions, run
from zhengben.writers.summary import TaskStats

slow = pytest.mark.slow
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _opts(inputs: list[str], outdir: Path, *, engine: str = "local", workers: int = 2, task_bytes: int = 400_000,
          resume: bool = False, **settings: Any) -> RunOptions:
    read = ReadOptions(task_bytes=task_bytes)
    s = TaskSettings(outdir=str(outdir), read=read, **settings)
    return RunOptions(inputs=tuple(inputs), settings=s, engine=engine, workers=workers, resume=resume,  # type: ignore[arg-type]
                      progress=False)


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> WarcFixture:
    return build_warc(tmp_path_factory.mktemp("warc") / "crawl.warc.gz", n=2000)


def _check_warc_output(fx: WarcFixture, out: Path, summary: dict[str, Any]) -> None:
    t = summary["totals"]
    assert t["records"] == fx.documents == t["clean"] + t["rejects"]
    assert t["ignored"] == fx.ignored
    clean = read_jsonl_gz(out, "data")
    rejects = read_jsonl_gz(out, "rejects")
    assert len(clean) == t["clean"] and len(rejects) == t["rejects"]
    assert len({r["id"] for r in clean} | {r["id"] for r in rejects}) == fx.documents  # nothing twice
    by_id = {r["id"]: r for r in rejects}
    for rid, reason in fx.broken.items():
        assert rid in by_id, f"broken record {rid} missing from rejects/"
        assert by_id[rid]["reason"].startswith(reason), (rid, by_id[rid]["reason"])
        assert {"detail", "input", "offset", "length", "head"} <= set(by_id[rid])
    for r in clean:
        assert r["provenance"]["input"] == str(fx.path) and isinstance(r["provenance"]["offset"], int)
    assert sum(summary["reasons"].values()) == t["rejects"]
    assert summary["inputs"][str(fx.path)]["records"] == fx.documents


@slow
def test_warc_local_and_ray_identical(warc: WarcFixture, tmp_path: Path) -> None:
    local = run(_opts([str(warc.path)], tmp_path / "local"))
    _check_warc_output(warc, tmp_path / "local", local)
    pytest.importorskip("ray")
    ray_summary = run(_opts([str(warc.path)], tmp_path / "ray", engine="ray"))
    _check_warc_output(warc, tmp_path / "ray", ray_summary)
    a, b = tree_bytes(tmp_path / "local"), tree_bytes(tmp_path / "ray")
    assert a.keys() == b.keys() and a == b
    assert comparable_summary(tmp_path / "local") == comparable_summary(tmp_path / "ray")


def _done(out: Path) -> int:
    d = out / "_tasks"
    return sum(1 for p in d.iterdir() if p.suffix == ".json") if d.is_dir() else 0


def _wait_for_tasks(out: Path, n: int, proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Until ``n`` task manifests exist (or the process ends, or 120 s pass)."""
    deadline = time.monotonic() + 120
    while _done(out) < n and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


@slow
def test_kill_and_resume_equals_uninterrupted(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    build_jsonl(src, 4000, empty_every=40)
    ref = tmp_path / "ref"
    run(_opts([str(src)], ref, task_bytes=100_000))
    out = tmp_path / "killed"
    args = cli(str(src), "-o", str(out), "--workers", "2", "--task-mb", str(100_000 / (1 << 20)), "--progress", "off")
    total = len(list((ref / "_tasks").iterdir()))
    rng = random.Random(int(os.environ.get("ZHENGBEN_KILL_SEED", "11")))
    # Kill points: during start-up/planning, then after random numbers of finished tasks.
    targets = [0, *sorted(rng.sample(range(2, total - 2), 3))]
    seen: list[int] = []
    for i, target in enumerate(targets):
        p = subprocess.Popen(args + (["--resume"] if i else []), env=_env(), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if target == 0:
            time.sleep(0.15)
        else:
            _wait_for_tasks(out, target, p)
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        seen.append(_done(out))
    assert any(0 < n < total for n in seen), seen  # at least one kill landed mid-run
    done = subprocess.run([*args, "--resume"], env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    a, b = tree_bytes(ref), tree_bytes(out)
    assert a.keys() == b.keys() and a == b
    assert comparable_summary(ref) == comparable_summary(out)
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]


def test_existing_outdir_needs_resume_and_same_inputs(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    build_jsonl(src, 30)
    run(_opts([str(src)], tmp_path / "o", workers=1))
    with pytest.raises(ConfigError, match="--resume"):
        run(_opts([str(src)], tmp_path / "o", workers=1))
    other = tmp_path / "other.jsonl"
    build_jsonl(other, 5)
    with pytest.raises(ConfigError, match="inputs"):
        run(_opts([str(other)], tmp_path / "o", workers=1, resume=True))
    again = run(_opts([str(src)], tmp_path / "o", workers=1, resume=True))
    assert again["totals"]["clean"] == 30 and again["time"]["tasks_run"] == 0


class _Boom:
    name = "test.boom"

    def __call__(self, doc: Document) -> Document | Drop:
        if "BOOM" in doc.text:
            raise ValueError("step exploded")
        if "SLOW" in doc.text:  # busy Python code, as a runaway step would be
            end = time.monotonic() + 5
            while time.monotonic() < end:
                pass
        return doc


@pytest.mark.parametrize("in_thread", [False, True], ids=["sigalrm", "watchdog"])
def test_guards_turn_errors_and_timeouts_into_rejects(tmp_path: Path, in_thread: bool) -> None:
    src = tmp_path / "g.jsonl"
    rows = [{"id": "ok1", "text": "第一篇文章。"}, {"id": "boom", "text": "BOOM 文章。"},
            {"id": "slow", "text": "SLOW 文章。"}, {"id": "big", "text": "长" * 300},
            {"id": "ok2", "text": "第二篇文章。"}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    settings = TaskSettings(outdir=str(tmp_path / "o"), time_limit=0.5, max_chars=200)
    for sub in ("data", "rejects", "_tasks"):
        (tmp_path / "o" / sub).mkdir(parents=True)
    runner = TaskRunner(settings)
    runner.steps = [_Boom(), *runner.steps]
    (task,) = plan_tasks(expand_inputs([str(src)]), settings.read)
    t0 = time.monotonic()
    if in_thread:  # as on Ray, whose actors call the UDF off the main thread
        box: list[TaskStats] = []
        th = threading.Thread(target=lambda: box.append(runner.run(task)))
        th.start()
        th.join()
        (stats,) = box
    else:
        stats = runner.run(task)
    assert time.monotonic() - t0 < 4
    assert (stats.records, stats.clean, stats.rejects) == (5, 2, 3)
    rejects = {r["id"]: r for r in read_jsonl_gz(tmp_path / "o", "rejects")}
    assert rejects["boom"]["reason"] == "error.exception" and "ValueError" in rejects["boom"]["traceback"]
    assert rejects["slow"]["reason"] == "error.limit.time"
    assert rejects["big"]["reason"] == "error.limit.size" and rejects["big"]["length"] == 300
    assert [r["id"] for r in read_jsonl_gz(tmp_path / "o", "data")] == ["ok1", "ok2"]


def test_cli_parquet_edits_and_page_files(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        (pages / f"{i}.txt").write_text(f"标题{i}\n\n这是第{i}篇文章的正文，内容完整。")
    (pages / "blank.txt").write_text("   \n")
    src = tmp_path / "in.jsonl"
    build_jsonl(src, 20)
    out = tmp_path / "o"
    p = subprocess.run(cli(str(src), str(pages), "-o", str(out), "--workers", "1", "--format", "parquet", "--edits",
                           "--progress", "off"), env=_env(), capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] == 25 and summary["totals"]["clean"] == 24
    assert summary["reasons"] == {"drop.empty": 1}
    rows = [r for f in sorted((out / "data").glob("*.parquet")) for r in pq.read_table(f).to_pylist()]
    assert len(rows) == 24 and json.loads(rows[0]["provenance"])["input"] == str(src)
    assert len(read_jsonl_gz(out, "edits")) == 24
    assert set(summary["inputs"]) == {str(src), str(pages)}


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@slow
def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    build_jsonl(src, 10000)  # a run of several seconds, so a loaded machine still interrupts it
    out = tmp_path / "o"
    args = cli(str(src), "-o", str(out), "--workers", "2", "--task-mb", "0.02", "--progress", "off")
    # a shell's background job inherits SIGINT ignored (POSIX), and so would the run: give it the
    # default disposition a terminal's Ctrl-C meets
    p = subprocess.Popen(args, env=_env(), start_new_session=True, stderr=subprocess.PIPE, text=True,
                         preexec_fn=_default_sigint)
    _wait_for_tasks(out, 3, p)
    os.killpg(p.pid, signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "--resume" in err and "Traceback" not in err
    assert 3 <= _done(out) < 40
    done = subprocess.run([*args, "--resume"], env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "summary.json").read_text())["totals"]["clean"] == 10000


def test_ray_import_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from zhengben.executors import ray as ray_exec

    real = builtins.__import__

    def fake(name: str, *a: Any, **k: Any) -> Any:
        if name == "ray" or name.startswith("ray."):
            raise ImportError("no ray")
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ConfigError, match=r"zhengben\[ray\]"):
        ray_exec._import_ray()


def test_no_spam_spans_reaches_the_workers(tmp_path: Path) -> None:
    from zhengben.cli import build_parser
    from zhengben.cli_run import options_from_args
    from zhengben.executors.tasks import TaskRunner, TaskSettings

    args = build_parser().parse_args(["run", "in.jsonl", "-o", str(tmp_path), "--no-spam-spans"])
    settings = options_from_args(args).settings
    assert settings.spam_spans is False
    assert TaskSettings.from_dict(settings.as_dict()).spam_spans is False  # as workers receive it
    assert "spam.spans" not in [s.name for s in TaskRunner(settings).steps]
    assert "spam.spans" in [s.name for s in TaskRunner(TaskSettings(outdir=str(tmp_path))).steps]
