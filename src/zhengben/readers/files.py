"""Page files (.txt as text, .html/.htm as HTML): one document per file, sorted paths.

Tasks are slices of ``files_per_task`` paths; the document id is the path as found.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from zhengben.readers.sources import FILE_SUFFIXES, RawRecord, ReadOptions, RecordKind, Task

__all__ = ["plan", "read"]


def plan(paths: tuple[str, ...], opts: ReadOptions) -> list[tuple[int, int, int]]:
    step = max(1, opts.files_per_task)
    out = []
    for a in range(0, len(paths), step):
        b = min(a + step, len(paths))
        out.append((a, b, sum(os.path.getsize(p) for p in paths[a:b])))
    return out


def read(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    for path in task.files:
        kind: RecordKind = "html" if FILE_SUFFIXES[os.path.splitext(path.lower())[1]] == "html" else "text"
        try:
            size = os.path.getsize(path)
            with open(path, "rb") as f:
                if size > opts.max_bytes:
                    yield RawRecord(path, path, 0, reject="error.limit.size", data=f.read(8192), length=size,
                                    detail=f"file of {size} bytes > max_bytes {opts.max_bytes}")
                    continue
                data = f.read()
        except OSError as exc:  # gone or unreadable since planning: this file only
            yield RawRecord(path, path, 0, reject="input.unreadable", detail=f"{type(exc).__name__}: {exc}"[:300])
            continue
        yield RawRecord(path, path, 0, kind, data, length=size)
