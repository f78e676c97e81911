"""One task, start to finish: read its records, run the steps with guards, write its shards.

Both engines call :class:`TaskRunner` (local worker processes and Ray actors alike), so they
run the same step objects (``default_pipeline(config)`` through ``run_steps``) and write the
same bytes. Per document:

* a reader-level reject, a ``Drop`` from the policy, a ``RecordError``, any other exception
  (with a short traceback), a document over ``max_chars`` or over the time limit all become a
  line in ``rejects/``; the task goes on;
* a kept document becomes a ``to_record`` line in ``data/`` (plus ``edits/`` when asked).

A task's files are renamed into place first and its manifest ``_tasks/KEY.json`` last: a task
is done iff its manifest exists, and redoing an unfinished task overwrites the same names, so
no record is lost or written twice after a kill.
"""

from __future__ import annotations

import ctypes
import json
import signal
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import FrameType
from typing import Any

from zhengben.config import Config
from zhengben.document import Document, Drop
from zhengben.errors import LimitError, ZhengbenError
from zhengben.pipeline import default_pipeline
from zhengben.readers.page import document_from_page
from zhengben.readers.sources import RawRecord, ReadOptions, Task, read_task
from zhengben.step import Step, run_steps
from zhengben.writers.record import to_record
from zhengben.writers.rejects import reject_record, traceback_summary
from zhengben.writers.shards import JsonlShard, OutFormat, Shard, atomic_write, open_shard
from zhengben.writers.summary import TaskStats

__all__ = ["DocTimeout", "TaskRunner", "TaskSettings", "manifest_path", "task_done"]


@dataclass(frozen=True, slots=True)
class TaskSettings:
    """Everything a worker needs besides the task; plain data, so it pickles to any process."""

    outdir: str
    read: ReadOptions = field(default_factory=ReadOptions)
    out_format: OutFormat = "jsonl.gz"
    edits: bool = False
    time_limit: float = 60.0  # seconds per document; 0 disables
    max_chars: int = Config().max_chars
    spam_spans: bool = Config().spans.enabled  # span excision and spam verdicts (--no-spam-spans: off)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["read"] = self.read.as_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TaskSettings:
        return cls(**{**d, "read": ReadOptions(**d["read"])})


class DocTimeout(BaseException):
    """Raised by the interval timer inside a document that ran past the time limit."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise DocTimeout


class _Watchdog:
    """Time limit for documents processed off the main thread (Ray runs UDFs in a thread).

    A daemon thread checks the armed deadline every 50 ms and raises :class:`DocTimeout` in the
    working thread (``PyThreadState_SetAsyncExc``); disarming clears an exception not yet raised.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._deadline: float | None = None
        self._tid = 0
        self._fired = False
        threading.Thread(target=self._loop, name="zhengben-doc-watchdog", daemon=True).start()

    def arm(self, seconds: float) -> None:
        with self._lock:
            self._tid, self._deadline, self._fired = threading.get_ident(), time.monotonic() + seconds, False

    def disarm(self) -> None:
        with self._lock:
            self._deadline = None
            if self._fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), None)
                self._fired = False

    def _loop(self) -> None:
        while True:
            time.sleep(0.05)
            with self._lock:
                if self._deadline is not None and time.monotonic() > self._deadline:
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), ctypes.py_object(DocTimeout))
                    self._deadline, self._fired = None, True


def manifest_path(outdir: Path, key: str) -> Path:
    return outdir / "_tasks" / f"{key}.json"


def task_done(outdir: Path, key: str) -> bool:
    return manifest_path(outdir, key).exists()


class TaskRunner:
    """Builds the steps once per process, then runs any number of tasks."""

    def __init__(self, settings: TaskSettings) -> None:
        self.settings = settings
        config = replace(Config(), max_chars=settings.max_chars).with_spam_spans(settings.spam_spans)
        self.steps: list[Step] = default_pipeline(config)
        self.outdir = Path(settings.outdir)
        if settings.time_limit > 0 and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGALRM, _on_alarm)
        self._watchdog: _Watchdog | None = None

    def _use_timer(self) -> bool:
        """SIGALRM only reaches the main thread: time documents with it only when running there."""
        return (self.settings.time_limit > 0 and threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGALRM) is _on_alarm)

    def run(self, task: Task) -> TaskStats:
        """Process one task and commit its files; returns its counts (also in its manifest)."""
        s = self.settings
        stats = TaskStats(input=task.source, bytes_in=task.size)
        stem = f"part-{task.key}"
        for sub in ("data", "rejects", "edits"):  # leftovers of an unfinished earlier attempt
            for old in (self.outdir / sub).glob(f"{stem}.*"):
                if ".tmp-" not in old.name:
                    old.unlink(missing_ok=True)
        data = open_shard(self.outdir / "data" / stem, s.out_format)
        rejects = JsonlShard(self.outdir / "rejects" / f"{stem}.jsonl.gz")
        edits = JsonlShard(self.outdir / "edits" / f"{stem}.jsonl.gz") if s.edits else None
        shards: list[Shard] = [data, rejects] + ([edits] if edits else [])
        try:
            for raw in read_task(task, s.read):
                self._one(raw, stats, data, rejects, edits)
        except BaseException:
            for sh in shards:
                sh.abort()
            raise
        for sh in shards:
            size = sh.close()
            if size:
                stats.bytes_out += size
                stats.files.append(str(sh.path.relative_to(self.outdir)))
        # (ASCII with escapes, as _run.json: a file name that is not UTF-8 holds surrogates)
        body = json.dumps({"key": task.key, "task": task.as_dict(), "stats": stats.as_dict()})
        atomic_write(manifest_path(self.outdir, task.key), body.encode() + b"\n")
        return stats

    def _one(self, raw: RawRecord, stats: TaskStats, data: Shard, rejects: JsonlShard,
             edits: JsonlShard | None) -> None:
        if raw.ignored:
            stats.ignored += 1
            return
        stats.records += 1
        stats.payload_bytes += raw.length
        if raw.reject is not None:
            stats.count_reject(raw.reject)
            rejects.write(reject_record(doc_id=raw.id, reason=raw.reject, detail=raw.detail, input=raw.input,
                                        offset=raw.offset, url=raw.url, original=raw.data, length=raw.length,
                                        unit="bytes", extra=raw.extra or None))
            return
        doc: Document | None = None
        trace: str | None = None
        try:
            doc, result = self._process(raw)
        except DocTimeout:
            result = Drop(raw.id, "error.limit.time", f"over the time limit of {self.settings.time_limit:g} s")
        except ImportError as exc:
            result = Drop(raw.id, "error.html_unavailable", f"{type(exc).__name__}: {exc}"[:300])
        except Exception as exc:
            reason = exc.reason if isinstance(exc, ZhengbenError) and hasattr(exc, "reason") else "error.exception"
            result = Drop(raw.id, str(reason), f"{type(exc).__name__}: {exc}"[:300])
            trace = traceback_summary(exc)
        if isinstance(result, Document):
            rec = to_record(result, lines=False, edits=False)
            data.write(rec)
            stats.count_clean(result)
            if edits is not None:
                edits.write({"id": result.id, "edits": [e.as_dict() for e in result.edits],
                             "lines": [ln.as_dict() for ln in result.lines]})
            return
        stats.count_reject(result.reason)
        original: bytes | str | None = doc.original if doc is not None else raw.data
        unit = "chars" if doc is not None or isinstance(raw.data, str) else "bytes"
        length = len(doc.original) if doc is not None else raw.length
        rejects.write(reject_record(doc_id=raw.id, reason=result.reason, detail=result.detail, input=raw.input,
                                    offset=raw.offset, url=raw.url, original=original, length=length, unit=unit,
                                    trace=trace, extra=raw.extra or None))

    def _process(self, raw: RawRecord) -> tuple[Document | None, Document | Drop]:
        """Decode, guard, run the steps; the interval timer covers decoding and every step."""
        if raw.data is None or raw.kind is None:
            raise LimitError("record has no content")
        limit = self.settings.time_limit
        timer = self._use_timer()
        watchdog = None
        if timer:
            signal.setitimer(signal.ITIMER_REAL, limit)
        elif limit > 0:
            watchdog = self._watchdog = self._watchdog or _Watchdog()
            watchdog.arm(limit)
        try:
            doc = document_from_page(raw.data, raw.kind, doc_id=raw.id, url=raw.url, http_charset=raw.http_charset,
                                     **raw.provenance())
            if len(doc.original) > self.settings.max_chars:
                return doc, Drop(raw.id, "error.limit.size",
                                 f"{len(doc.original)} chars > max_chars {self.settings.max_chars}")
            result = run_steps(self.steps, doc)
        finally:
            if timer:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elif watchdog is not None:
                watchdog.disarm()
        return doc, result
