"""Inputs of a run: INPUT arguments to deterministic tasks, and tasks to raw records.

A *source* is one input file (JSONL, Parquet, WARC/WET) or a group of page files (.txt/.html)
found under one argument. Each source is split into *tasks*, the unit of parallel work and of
resume: a task owns the records that *start* in its range (bytes for JSONL and gzip WARC,
row groups for Parquet, a slice of the sorted file list for page files). The split depends only
on the inputs and ``task_bytes``/``files_per_task``, never on the worker count or the engine, so
every engine writes the same shards with the same names.

Readers yield :class:`RawRecord` s: page bytes or text plus provenance, or a reader-level reject
(non-HTML response, revisit, truncated record, corrupt gzip member, oversized line) that carries
its reason and the head of what was read, so nothing read is ever silently lost.
"""

from __future__ import annotations

import glob
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from zhengben.errors import ConfigError
from zhengben.writers.rejects import traceback_summary

__all__ = [
    "FILE_SUFFIXES", "RawRecord", "ReadOptions", "Source", "Task", "expand_inputs", "file_size", "plan_source",
    "plan_tasks",
    "read_task",
]

Format = Literal["jsonl", "parquet", "warc", "files"]
RecordKind = Literal["text", "html"]
MapFn = Callable[[Callable[[tuple[int, "Source", "ReadOptions"]], list["Task"]],
                  Iterable[tuple[int, "Source", "ReadOptions"]]], Iterable[list["Task"]]]

FILE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_COMPRESSIONS = ("", ".gz", ".zst")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet", ".warc.wet.gz")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read and split; stored in the run manifest so a resume splits the same way."""

    text_field: str = "text"
    html_field: str = "html"
    url_field: str = "url"
    id_field: str = "id"
    task_bytes: int = 16 << 20
    files_per_task: int = 1000
    # Records (payloads, JSONL lines) longer than this are rejected by the reader unread.
    max_bytes: int = 20_000_000

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a data file, or the page files found under one argument."""

    name: str
    fmt: Format
    files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Task:
    """Records of ``source`` whose position lies in ``[start, stop)`` (``stop == -1``: to the end)."""

    key: str
    source: str
    fmt: Format
    start: int
    stop: int
    size: int
    files: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["files"] = list(self.files)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Task:
        return cls(key=str(d["key"]), source=str(d["source"]), fmt=d["fmt"], start=int(d["start"]),
                   stop=int(d["stop"]), size=int(d["size"]), files=tuple(d.get("files", ())))


@dataclass(slots=True)
class RawRecord:
    """One record as read: what to build a Document from, or why the reader rejected it.

    ``offset`` is the record's position in its input (byte offset of the line or gzip member,
    row index for Parquet, 0 for a page file). ``ignored`` marks WARC records that are not
    documents (warcinfo, request, metadata): counted, never output.
    """

    id: str
    input: str
    offset: int
    kind: RecordKind | None = None
    data: bytes | str | None = None
    url: str | None = None
    http_charset: str | None = None
    reject: str | None = None
    detail: str = ""
    length: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    ignored: bool = False

    def __post_init__(self) -> None:
        # a file name that is not UTF-8 (or a JSON id or URL with an escaped lone surrogate) holds
        # surrogates no writer can encode: the record names it with their escapes instead
        self.id, self.input = _printable(self.id), _printable(self.input)
        if self.url is not None:
            self.url = _printable(self.url)
        if self.extra:
            self.extra = {k: _printable(v) if isinstance(v, str) else v for k, v in self.extra.items()}

    def provenance(self) -> dict[str, Any]:
        out: dict[str, Any] = {"input": self.input, "offset": self.offset}
        out.update(self.extra)
        return out


def _printable(name: str) -> str:
    """``name`` as UTF-8 can write it: a lone surrogate as its escape (``\\udcb9``)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return name


def _fmt_of(path: str) -> Format | None:
    low = path.lower()
    if low.endswith(_WARC_SUFFIXES):
        return "warc"
    if low.endswith(".parquet"):
        return "parquet"
    if any(low.endswith(s + c) for s in _JSONL_SUFFIXES for c in _COMPRESSIONS):
        return "jsonl"
    if os.path.splitext(low)[1] in FILE_SUFFIXES:
        return "files"
    return None


def expand_inputs(args: list[str], left_out: list[str] | None = None) -> list[Source]:
    """INPUT arguments (files, directories, globs) to sources, in argument order, sorted within each.

    Files of no known kind inside a directory or glob are left out, and listed in ``left_out``
    when one is given (so the run can say so)."""
    sources: list[Source] = []
    seen: set[str] = set()
    for arg in args:
        unlisted: list[str] = []
        if os.path.isdir(arg):
            errors: list[OSError] = []
            walked = os.walk(arg, onerror=errors.append)
            found = sorted(os.path.join(root, f) for root, _, names in walked for f in names)
            # a folder that cannot be listed is read as a page file: its read rejects it, saying why
            unlisted = sorted(str(e.filename) for e in errors if e.filename)
            name = arg.rstrip("/") or "/"
        elif any(ch in arg for ch in "*?["):
            found = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            name = arg
        elif os.path.isfile(arg):
            found, name = [arg], arg
        else:
            raise ConfigError(f"input not found: {arg}")
        pages: list[str] = list(unlisted)
        for path in found:
            fmt = _fmt_of(path)
            if fmt is None and left_out is not None:
                left_out.append(path)
            if fmt is None or path in seen:
                continue
            seen.add(path)
            if fmt == "files":
                pages.append(path)
            else:
                sources.append(Source(path, fmt))
        if pages:
            sources.append(Source(name if len(found) + len(unlisted) > 1 else pages[0], "files", tuple(pages)))
    if not sources:
        raise ConfigError(f"no readable input in {' '.join(args)} "
                          "(.jsonl[.gz|.zst], .parquet, .warc[.gz], .wet[.gz], .txt, .html)")
    return sources


def plan_source(index: int, src: Source, opts: ReadOptions) -> list[Task]:
    """The tasks of one source, keyed ``SSSSS-TTTTTT`` (source index, task index)."""
    from zhengben.readers import files, jsonl, parquet, warc

    if src.fmt == "files":
        return [Task(f"{index:05d}-{ti:06d}", src.name, "files", a, b, size, src.files[a:b])
                for ti, (a, b, size) in enumerate(files.plan(src.files, opts))]
    planner = {"jsonl": jsonl.plan, "parquet": parquet.plan, "warc": warc.plan}[src.fmt]
    try:
        ranges = planner(src.name, opts)
    except Exception:  # an unreadable file becomes one whole-file task whose read reports why
        size = file_size(src.name)
        # (a gzip WARC's whole range is its byte range; -1 is every other reader's "to the end")
        ranges = [(0, size if src.fmt == "warc" and src.name.lower().endswith(".gz") else -1, size)]
    return [Task(f"{index:05d}-{ti:06d}", src.name, src.fmt, a, b, size) for ti, (a, b, size) in enumerate(ranges)]


def file_size(path: str) -> int:
    """The file's size, 0 for one that cannot be looked at (a dangling link: its read says why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def plan_tasks(sources: list[Source], opts: ReadOptions, map_fn: MapFn | None = None) -> list[Task]:
    """Split every source into tasks, in source order.

    Gzip WARCs are planned by walking their members; ``map_fn`` (a pool's ``map``) lets several
    files be walked at once. The result never depends on it.
    """
    args = list(zip(range(len(sources)), sources, [opts] * len(sources), strict=True))
    mapped = map_fn(_plan_one, args) if map_fn is not None else map(_plan_one, args)
    return [t for tasks in mapped for t in tasks]


def _plan_one(arg: tuple[int, Source, ReadOptions]) -> list[Task]:
    return plan_source(*arg)


def read_task(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    """Every record the task owns, in input order."""
    from zhengben.readers import files, jsonl, parquet, warc

    reader = {"jsonl": jsonl.read, "parquet": parquet.read, "warc": warc.read}.get(task.fmt, files.read)
    return _guarded(task, reader(task, opts))


def _guarded(task: Task, records: Iterator[RawRecord]) -> Iterator[RawRecord]:
    """The reader's records, then, if reading broke off, one reject saying where and why.

    A truncated ``.gz``/``.zst`` stream, a corrupt Parquet file or a file that vanished keeps
    the records read before the break and ends only its own task, never the run.
    """
    where, count = task.start if task.start > 0 else 0, 0
    try:
        for rec in records:
            where, count = rec.offset + (1 if task.fmt == "parquet" else rec.length), count + 1
            yield rec
    except Exception as exc:  # any reader failure is a per-task reject, not a crash
        detail = f"reading stopped after {count} record(s): {type(exc).__name__}: {exc}"[:300]
        if isinstance(exc, EOFError):
            reason = "input.truncated"
        elif isinstance(exc, (OSError, ValueError, zlib.error)) or type(exc).__module__.split(".")[0] in (
                "pyarrow", "zstandard", "fastwarc"):
            reason = "input.unreadable"
        else:  # not the input's fault: a reader bug, reported with where it happened
            reason = "error.reader"
            detail = f"{detail} | {traceback_summary(exc)}"[:1000]
        yield RawRecord(f"{task.source}:{where}", task.source, where, reject=reason, detail=detail)
