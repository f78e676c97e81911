"""JSONL inputs (plain, .gz, .zst), streamed line by line.

Plain files are split into byte ranges: a task owns the lines that *start* in its range, so
ranges need no pre-scan and adjacent tasks never share or miss a line. Compressed files cannot
be seeked, so each is one task (shard large compressed inputs upstream). Offsets are byte
offsets of the line in the (decompressed) stream.
"""

from __future__ import annotations

import io
import json
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

import orjson

from zhengben.readers.sources import RawRecord, ReadOptions, Task

__all__ = ["open_stream", "plan", "read", "record_from_row"]

_READ_CHUNK = 1 << 20
_PIECE = 1 << 16
_OUT_MAX = 1 << 20


class _Decompressing(io.RawIOBase):
    """A compressed file decompressed as it is read, so a broken file gives every byte before the break.

    ``gzip.GzipFile`` raises inside the ``read`` that would have returned the last megabyte,
    losing the records in it, and zstandard's stream reader ends a truncated frame silently.
    Here the bytes come first, then ``EOFError`` (truncated) or the decoder's own error (corrupt).
    Concatenated members or frames are read one after another, with zero padding between them.
    Input goes to the decoder ``_PIECE`` bytes at a time, and a zlib decoder returns at most
    ``_OUT_MAX`` bytes a call, so memory stays bounded and an error loses one piece's output.
    """

    def __init__(self, path: str, new_decoder: Callable[[], Any], bounded: bool) -> None:
        self._raw = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._new = new_decoder
        self._bounded = bounded  # the decoder takes max_length and keeps an unconsumed_tail (zlib)
        self._z = new_decoder()
        self._in = b""  # compressed bytes not yet decoded
        self._out = b""  # decoded bytes not yet read, from self._pos
        self._pos = 0
        self._raw_ended = False
        self._in_member = False  # a member has begun and not yet ended
        self._error: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._pos >= len(self._out):
            if self._error is not None:
                raise self._error
            if not self._decode():
                return 0
        n = min(len(buffer), len(self._out) - self._pos)
        buffer[:n] = self._out[self._pos:self._pos + n]
        self._pos += n
        return n

    def _decode(self) -> bool:
        """Decode the next stretch of output into ``_out``; False at a clean end of the file."""
        while True:
            if not self._in:
                if self._raw_ended:
                    if self._in_member:
                        raise EOFError("compressed file ended before the end-of-stream marker was reached")
                    return False
                self._in = self._raw.read(_PIECE)
                self._raw_ended = not self._in
                continue
            if not self._in_member:
                self._in = self._in.lstrip(b"\0")  # padding between members
                if not self._in:
                    continue
                self._in_member = True
            try:
                if self._bounded:
                    out = self._z.decompress(self._in, _OUT_MAX)
                    self._in = self._z.unconsumed_tail
                else:
                    out, self._in = self._z.decompress(self._in), b""
            except Exception as exc:  # raised once the bytes before it are read
                self._error, self._in = exc, b""
                return True
            if self._z.eof:  # the member ended: what follows starts the next one
                self._in = self._z.unused_data + self._in
                self._z = self._new()
                self._in_member = False
            if out:
                self._out, self._pos = out, 0
                return True

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_stream(path: str) -> IO[bytes]:
    """A binary stream of the decompressed file."""
    low = path.lower()
    if low.endswith(".gz"):
        return io.BufferedReader(_Decompressing(path, lambda: zlib.decompressobj(wbits=31), True), 1 << 20)
    if low.endswith(".zst"):
        import zstandard

        return io.BufferedReader(_Decompressing(path, lambda: zstandard.ZstdDecompressor().decompressobj(), False),
                                 1 << 20)
    return open(path, "rb", buffering=1 << 20)


def plan(path: str, opts: ReadOptions) -> list[tuple[int, int, int]]:
    """Byte ranges ``(start, stop, size)`` for plain files; one whole-file range for compressed ones."""
    size = os.path.getsize(path)
    if path.lower().endswith((".gz", ".zst")) or size <= opts.task_bytes:
        return [(0, -1, size)]
    step = opts.task_bytes
    return [(a, min(a + step, size), min(step, size - a)) for a in range(0, size, step)]


def _lines(f: IO[bytes], start: int, stop: int, max_bytes: int) -> Iterator[tuple[int, bytes, int]]:
    """(offset, line or its head when too long, full length) for lines starting in [start, stop)."""
    pos = 0
    if start > 0:
        f.seek(start - 1)
        pos = start - 1
        skipped = _skip_line(f)  # the line straddling `start` belongs to the previous task
        pos += skipped
    while stop < 0 or pos < stop:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        offset, length = pos, len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            length += _skip_line(f)
        pos += length
        yield offset, line, length


def _skip_line(f: IO[bytes]) -> int:
    n = 0
    while True:
        chunk = f.readline(_READ_CHUNK)
        n += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return n


def _url(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value if isinstance(value, str) and value.strip() else None


def _text(value: Any) -> str | bytes | None:
    """A field's page: a string, or bytes (a Parquet binary column; the page reader decodes them)."""
    return value if isinstance(value, str | bytes) and value.strip() else None


def record_from_row(row: Any, source: str, offset: int, opts: ReadOptions, length: int) -> RawRecord:
    """A JSON object or Parquet row to a raw record (HTML preferred over text when both exist)."""
    fallback_id = f"{source}:{offset}"
    if not isinstance(row, dict):
        return RawRecord(fallback_id, source, offset, reject="input.bad_row", detail="not a JSON object",
                         data=repr(row)[:2000], length=length)
    rid = row.get(opts.id_field)
    doc_id = str(rid) if rid is not None and rid != "" else fallback_id
    url = _url(row.get(opts.url_field))
    html, text = _text(row.get(opts.html_field)), _text(row.get(opts.text_field))
    extra: dict[str, Any] = {} if rid is None else {"record_id": str(rid)}
    if html is not None:
        return RawRecord(doc_id, source, offset, "html", html, url, length=length, extra=extra)
    if text is not None:
        return RawRecord(doc_id, source, offset, "text", text, url, length=length, extra=extra)
    return RawRecord(doc_id, source, offset, url=url, reject="input.no_content", length=length, extra=extra,
                     detail=f"neither {opts.html_field!r} nor {opts.text_field!r} holds text")


def read(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    with open_stream(task.source) as f:
        for offset, line, length in _lines(f, task.start, task.stop, opts.max_bytes):
            if length > opts.max_bytes:
                yield RawRecord(f"{task.source}:{offset}", task.source, offset, reject="error.limit.size",
                                detail=f"line of {length} bytes > max_bytes {opts.max_bytes}",
                                data=line[:8192], length=length)
                continue
            if line.startswith(_BOM):
                line = line[len(_BOM):]  # a byte order mark opening the file (Windows tools write one)
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                row = _strict_json(line)
                if row is _INVALID:
                    yield RawRecord(f"{task.source}:{offset}", task.source, offset, reject="input.bad_json",
                                    detail=str(exc)[:300], data=line[:8192], length=length)
                    continue
            yield record_from_row(row, task.source, offset, opts, length)


_BOM = b"\xef\xbb\xbf"
_INVALID = object()


def _strict_json(line: bytes) -> Any:
    """``line`` as the standard library reads it, or ``_INVALID``: valid JSON that orjson refuses
    (an escaped lone surrogate, ``"\\ud800"``; the text reader replaces it and says so)."""
    try:
        return json.loads(line)
    except ValueError:
        return _INVALID
