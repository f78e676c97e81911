"""Parquet inputs, read as record batches of the needed columns only.

Tasks are runs of whole row groups (about ``task_bytes`` of uncompressed data each); offsets
are row indices in the file. Field names are the same options as for JSONL.
"""

from __future__ import annotations

from collections.abc import Iterator

from zhengben.readers.jsonl import record_from_row
from zhengben.readers.sources import RawRecord, ReadOptions, Task

__all__ = ["plan", "read"]

_BATCH_ROWS = 256


def plan(path: str, opts: ReadOptions) -> list[tuple[int, int, int]]:
    """Row-group ranges ``(first, stop, bytes)``."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    out: list[tuple[int, int, int]] = []
    first, size = 0, 0
    for i in range(meta.num_row_groups):
        size += meta.row_group(i).total_byte_size
        if size >= opts.task_bytes:
            out.append((first, i + 1, size))
            first, size = i + 1, 0
    if first < meta.num_row_groups or not out:
        out.append((first, meta.num_row_groups, size))
    return out


def read(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(task.source)
    meta = pf.metadata
    names = set(pf.schema_arrow.names)
    wanted = [c for c in (opts.id_field, opts.url_field, opts.html_field, opts.text_field) if c in names]
    row = sum(meta.row_group(i).num_rows for i in range(task.start))
    groups = list(range(task.start, task.stop if task.stop >= 0 else meta.num_row_groups))  # -1: to the end
    if not groups or not wanted:
        return
    for g in groups:
        # one row group at a time: a corrupt one is one reject, and the file's other groups are read
        rows = meta.row_group(g).num_rows
        done = 0
        try:
            for batch in pf.iter_batches(batch_size=_BATCH_ROWS, row_groups=[g], columns=wanted):
                for values in batch.to_pylist():
                    yield _record(values, task.source, row + done, opts)
                    done += 1
        except Exception as exc:  # pyarrow's errors on a damaged group (OSError, ArrowInvalid, ...)
            yield RawRecord(f"{task.source}:{row + done}", task.source, row + done, reject="input.unreadable",
                            detail=f"row group {g}: {rows - done} of its {rows} rows unreadable: "
                                   f"{type(exc).__name__}: {exc}"[:300], length=rows - done)
        row += rows


def _record(values: dict[str, object], source: str, row: int, opts: ReadOptions) -> RawRecord:
    length = sum(len(v) for v in values.values() if isinstance(v, str | bytes))
    if length > opts.max_bytes:
        return RawRecord(f"{source}:{row}", source, row, reject="error.limit.size",
                         detail=f"row of {length} chars > max_bytes {opts.max_bytes}", length=length,
                         data=str(values.get(opts.html_field) or values.get(opts.text_field) or "")[:2000])
    return record_from_row(values, source, row, opts, length)
