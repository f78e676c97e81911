"""Shard files written atomically and byte-for-byte reproducibly.

Every shard is written to ``NAME.tmp-PID`` and renamed into place only when complete, so a
final name never holds a partial file, whatever moment a run is killed at. Gzip headers carry
no timestamp or file name and Parquet rows have a fixed schema, so the same records give the
same bytes on every engine and every rerun.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import IO, Any, Literal

import orjson

__all__ = ["PARQUET_JSON_COLUMNS", "JsonlShard", "ParquetShard", "Shard", "atomic_write", "open_shard"]

OutFormat = Literal["jsonl", "jsonl.gz", "parquet"]

# to_record fields with nested, per-record shapes: stored as JSON strings in Parquet.
PARQUET_JSON_COLUMNS = ("verdict", "meta_origin", "provenance", "lines", "edits")
_PARQUET_LIST_COLUMNS = ("keywords", "channel", "captions", "paragraphs")
_PARQUET_ROWS = 1000


def _tmp(path: Path) -> Path:
    return path.with_name(f"{path.name}.tmp-{os.getpid()}")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file and a rename."""
    tmp = _tmp(path)
    tmp.write_bytes(data)
    os.replace(tmp, path)


class JsonlShard:
    """JSON lines, gzip-compressed (deterministic header) when the name ends in ``.gz``."""

    def __init__(self, path: Path, level: int = 3) -> None:
        self.path, self.tmp, self.count = path, _tmp(path), 0
        self._raw: IO[bytes] = open(self.tmp, "wb")  # noqa: SIM115 - closed in close()/abort()
        self._out: gzip.GzipFile | IO[bytes] = self._raw
        if path.name.endswith(".gz"):
            self._out = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, compresslevel=level, mtime=0)

    def write(self, rec: dict[str, Any]) -> None:
        self._out.write(orjson.dumps(rec) + b"\n")
        self.count += 1

    def close(self) -> int:
        """Finish and rename into place; returns the file size (0 and no file when nothing was written)."""
        if self._out is not self._raw:
            self._out.close()
        self._raw.close()
        if not self.count:
            self.tmp.unlink()
            return 0
        os.replace(self.tmp, self.path)
        return self.path.stat().st_size

    def abort(self) -> None:
        self._raw.close()
        self.tmp.unlink(missing_ok=True)


class ParquetShard:
    """Clean records in Parquet: scalar and list columns as such, nested ones as JSON strings."""

    def __init__(self, path: Path) -> None:
        self.path, self.tmp, self.count = path, _tmp(path), 0
        self._rows: list[dict[str, Any]] = []
        self._writer: Any = None

    def write(self, rec: dict[str, Any]) -> None:
        row: dict[str, Any] = {}
        for k, v in rec.items():
            if k in PARQUET_JSON_COLUMNS:
                row[k] = orjson.dumps(v).decode()
            elif k in _PARQUET_LIST_COLUMNS:
                row[k] = [str(x) for x in v]
            else:
                row[k] = None if v is None else str(v)
        for k in PARQUET_JSON_COLUMNS:
            row.setdefault(k, None)
        self._rows.append(row)
        self.count += 1
        if len(self._rows) >= _PARQUET_ROWS:
            self._flush()

    def _schema(self) -> Any:
        import pyarrow as pa

        names = list(self._rows[0]) if self._rows else []
        return pa.schema([(n, pa.list_(pa.string()) if n in _PARQUET_LIST_COLUMNS else pa.string()) for n in names])

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        if self._writer is None:
            self._writer = pq.ParquetWriter(str(self.tmp), self._schema(), compression="zstd")
        table = pa.Table.from_pylist(self._rows, schema=self._writer.schema)
        self._writer.write_table(table)
        self._rows = []

    def close(self) -> int:
        self._flush()
        if self._writer is None:
            return 0
        self._writer.close()
        os.replace(self.tmp, self.path)
        return self.path.stat().st_size

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.tmp.unlink(missing_ok=True)


Shard = JsonlShard | ParquetShard


def open_shard(path_stem: Path, fmt: OutFormat) -> Shard:
    """A shard named ``STEM.jsonl``, ``STEM.jsonl.gz`` or ``STEM.parquet``."""
    if fmt == "parquet":
        return ParquetShard(path_stem.with_name(path_stem.name + ".parquet"))
    return JsonlShard(path_stem.with_name(path_stem.name + "." + fmt))
