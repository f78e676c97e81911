"""Page files (.txt as text, .html/.htm as HTML): one document per file, sorted paths.

Tasks are slices of ``files_per_task`` paths; the document id is the path as found.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from zhengben.readers.sources import FILE_SUFFIXES, RawRecord, ReadOptions, RecordKind, Task, file_size

__all__ = ["plan", "read"]


def plan(paths: tuple[str, ...], opts: ReadOptions) -> list[tuple[int, int, int]]:
    step = max(1, opts.files_per_task)
    out = []
    for a in range(0, len(paths), step):
        b = min(a + step, len(paths))
        out.append((a, b, sum(map(file_size, paths[a:b]))))
    return out


def read(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    for path in task.files:
        kind: RecordKind = "html" if FILE_SUFFIXES.get(os.path.splitext(path.lower())[1]) == "html" else "text"
        try:
            st = os.stat(path)
            if stat.S_ISDIR(st.st_mode):  # a folder os.walk could not list (sources.expand_inputs)
                try:
                    os.listdir(path)
                    why = "a folder that could not be listed"
                except OSError as exc:
                    why = f"a folder that cannot be listed: {type(exc).__name__}: {exc}"
                yield RawRecord(path, path, 0, reject="input.unreadable", detail=why[:300])
                continue
            if not stat.S_ISREG(st.st_mode):
                # a device, a pipe or a socket named like a page (a link to /dev/zero): opening a pipe
                # would wait for a writer, reading a device never ends
                yield RawRecord(path, path, 0, reject="input.unreadable", detail="not a regular file")
                continue
            size = st.st_size
            with open(path, "rb") as f:
                if size > opts.max_bytes:
                    yield RawRecord(path, path, 0, reject="error.limit.size", data=f.read(8192), length=size,
                                    detail=f"file of {size} bytes > max_bytes {opts.max_bytes}")
                    continue
                data = f.read(opts.max_bytes + 1)  # (a file that grew since its size was taken)
        except OSError as exc:  # gone or unreadable since planning: this file only
            yield RawRecord(path, path, 0, reject="input.unreadable", detail=f"{type(exc).__name__}: {exc}"[:300])
            continue
        if len(data) > opts.max_bytes:
            yield RawRecord(path, path, 0, reject="error.limit.size", data=data[:8192], length=len(data),
                            detail=f"file of more than max_bytes {opts.max_bytes} bytes")
            continue
        yield RawRecord(path, path, 0, kind, data, length=size)
