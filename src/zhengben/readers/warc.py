"""WARC and WET inputs: response records as HTML (with the HTTP charset), conversion records as text.

Gzip WARCs are walked gzip member by gzip member with zlib, and each member's records are parsed
by FastWARC. Walking members ourselves is what makes a broken file survivable: a truncated or
corrupt member becomes one ``warc.corrupt_gzip`` reject and the walk resynchronises on the next
member that decompresses, where a plain stream reader would stop and lose the rest of the file.
The planner walks the file once to find member offsets and cuts tasks at member starts, so
every task can seek straight to its first member.

Rejects (never crashes): revisits, non-HTML responses, non-200 statuses, ``WARC-Truncated``
records, unsupported content encodings, payloads over ``max_bytes``. warcinfo, request and
metadata records are not documents: they are counted as ignored.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from zhengben.readers.sources import RawRecord, ReadOptions, Task

__all__ = ["Member", "iter_members", "plan", "read"]

_MAGIC = b"\x1f\x8b\x08"
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
_IGNORED = ("warcinfo", "request", "metadata", "continuation")


@dataclass(slots=True)
class Member:
    """One gzip member: where it starts, its compressed size, its data (head only when over the limit)."""

    offset: int
    size: int
    data: bytes
    length: int
    error: str | None = None


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _inflate(f: IO[bytes], pos: int, keep: int) -> Member:
    """Decompress the member at ``pos``; ``error`` is set when it is corrupt or cut short.

    Output is produced at most ``_OUT_CHUNK`` at a time and only the first ``keep`` bytes are
    kept, so a gzip bomb or a 50 MB page costs bounded memory.
    """
    f.seek(pos)
    d = zlib.decompressobj(31)
    parts: list[bytes] = []
    kept = total = read = 0
    while True:
        chunk = f.read(_IN_CHUNK)
        if not chunk:
            return Member(pos, read, b"".join(parts), total, "gzip member cut short by end of file")
        buf = chunk
        try:
            while buf:
                out = d.decompress(buf, _OUT_CHUNK)
                total += len(out)
                if kept < keep:
                    parts.append(out[: keep - kept])
                    kept += min(len(out), keep - kept)
                if d.eof:
                    # unused_data: the bytes of this chunk after the member's end
                    return Member(pos, read + len(chunk) - len(d.unused_data), b"".join(parts), total)
                buf = d.unconsumed_tail
        except zlib.error as exc:
            return Member(pos, read + len(chunk), b"".join(parts), total, f"gzip data error: {exc}")
        read += len(chunk)


def _resync(f: IO[bytes], pos: int) -> int:
    """Offset of the next member after ``pos`` that decompresses cleanly (file size if none)."""
    f.seek(0, os.SEEK_END)
    end = f.tell()
    cur = pos + 1
    while cur < end:
        f.seek(cur)
        block = f.read(_IN_CHUNK + 2)
        i = block.find(_MAGIC)
        if i < 0:
            cur += max(1, len(block) - 2)
            continue
        cand = cur + i
        if _inflate(f, cand, 0).error is None:
            return cand
        cur = cand + 1
    return end


def iter_members(f: IO[bytes], start: int, stop: int, keep: int) -> Iterator[Member]:
    """Members starting in ``[start, stop)``; a corrupt one is yielded with ``error`` set, then skipped."""
    f.seek(0, os.SEEK_END)
    end = f.tell()
    pos = start
    while pos < end and (stop < 0 or pos < stop):
        m = _inflate(f, pos, keep)
        if m.error is not None:
            nxt = _resync(f, pos)
            m.size = nxt - pos
            yield m
            pos = nxt
            continue
        yield m
        pos += m.size


def plan(path: str, opts: ReadOptions) -> list[tuple[int, int, int]]:
    """Task ranges cut at gzip member starts (uncompressed WARCs are one task)."""
    size = os.path.getsize(path)
    if not _is_gzip(path):
        return [(0, -1, size)]
    out: list[tuple[int, int, int]] = []
    first = 0
    with open(path, "rb") as f:
        for m in iter_members(f, 0, -1, 0):
            if m.offset - first >= opts.task_bytes:
                out.append((first, m.offset, m.offset - first))
                first = m.offset
    out.append((first, size, size - first))
    return out


def _header(rec: Any, name: str) -> str | None:
    value = rec.headers.get(name)
    return None if value is None else str(value)


def _decode_body(body: bytes, encoding: str | None) -> bytes:
    enc = (encoding or "identity").strip().lower()
    if enc in ("identity", ""):
        return body
    if enc in ("gzip", "x-gzip"):
        return gzip.decompress(body)
    if enc == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -15)
    raise ValueError(f"unsupported content encoding {enc!r}")


def _records(data: bytes, source: str, offset: int, opts: ReadOptions, full_length: int) -> Iterator[RawRecord]:
    """The records of one (decompressed) member or uncompressed file chunk."""
    from fastwarc.warc import ArchiveIterator

    n = 0
    it = ArchiveIterator(io.BytesIO(data), parse_http=False)
    while True:
        try:
            rec = next(it)
        except StopIteration:
            return
        except Exception as exc:  # FastWARC raises OSError/ValueError on malformed headers
            yield RawRecord(f"{source}:{offset}", source, offset, reject="warc.malformed", detail=str(exc)[:300],
                            data=data[:8192], length=len(data))
            return
        yield _one(rec, source, offset if n == 0 else offset + rec.stream_pos, opts, full_length)
        n += 1


def _one(rec: Any, source: str, offset: int, opts: ReadOptions, member_length: int) -> RawRecord:
    rtype = str(rec.record_type)
    rid = rec.record_id or f"{source}:{offset}"
    url = _header(rec, "WARC-Target-URI")
    extra: dict[str, Any] = {"warc_type": rtype, "record_id": rec.record_id}

    def mk(**kw: Any) -> RawRecord:
        return RawRecord(id=rid, input=source, offset=offset, url=url, extra=extra, **kw)

    if rtype in _IGNORED:
        rec.consume()
        return mk(ignored=True, reject=f"warc.ignored.{rtype}")
    length = int(rec.content_length)
    if length > opts.max_bytes or member_length > opts.max_bytes + (1 << 16):
        head = rec.reader.read(8192)
        return mk(reject="error.limit.size", data=head, length=max(length, member_length),
                         detail=f"record of {length} bytes > max_bytes {opts.max_bytes}")
    if rtype == "revisit":
        target = _header(rec, "WARC-Refers-To-Target-URI") or _header(rec, "WARC-Refers-To")
        return mk(reject="warc.revisit", length=length, detail=f"refers to {target}")
    truncated = _header(rec, "WARC-Truncated")
    if truncated:
        return mk(reject="warc.truncated", data=rec.reader.read(8192), length=length,
                         detail=f"WARC-Truncated: {truncated}")
    if rtype == "conversion":
        return mk(kind="text", data=rec.reader.read(), length=length)
    if rtype == "resource":
        ctype = (_header(rec, "Content-Type") or "").lower()
        body = rec.reader.read()
        if ctype.startswith("text/plain"):
            return mk(kind="text", data=body, length=length)
        if ctype.startswith(_HTML_TYPES):
            return mk(kind="html", data=body, length=length)
        return mk(reject="warc.non_html", data=body[:8192], length=length, detail=f"resource {ctype}")
    if rtype != "response":
        return mk(reject=f"warc.type.{rtype}", length=length)
    try:
        rec.parse_http()
    except Exception as exc:
        return mk(reject="warc.bad_http", detail=str(exc)[:300], data=rec.reader.read(8192),
                         length=length)
    status = rec.http_headers.status_code
    ctype = (rec.http_content_type or "").lower()
    body = rec.reader.read()
    if status is not None and status != 200:
        return mk(reject="warc.http_status", detail=f"HTTP {status}", data=body[:8192],
                         length=len(body))
    if not ctype.startswith(_HTML_TYPES) and not (not ctype and body.lstrip()[:1] == b"<"):
        return mk(reject="warc.non_html", detail=f"Content-Type {ctype or 'missing'}",
                         data=body[:8192], length=len(body))
    try:
        body = _decode_body(body, rec.http_headers.get("Content-Encoding"))
    except (ValueError, OSError, zlib.error, EOFError) as exc:
        return mk(reject="warc.content_encoding", detail=str(exc)[:300], data=body[:8192],
                         length=len(body))
    return mk(kind="html", data=body, http_charset=rec.http_charset, length=len(body))


def read(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    keep = opts.max_bytes + (1 << 16)
    if task.stop < 0:  # an uncompressed WARC: one pass with FastWARC over the file
        with open(task.source, "rb") as f:
            data = f.read() if os.path.getsize(task.source) <= 4 * keep else b""
        if data:
            yield from _records(data, task.source, 0, opts, 0)
            return
        yield from _read_plain_stream(task, opts)
        return
    with open(task.source, "rb") as f:
        for m in iter_members(f, task.start, task.stop, keep):
            if m.error is not None:
                yield RawRecord(f"{task.source}:{m.offset}", task.source, m.offset, reject="warc.corrupt_gzip",
                                detail=f"{m.error}; {m.size} compressed bytes skipped", data=m.data[:8192],
                                length=m.size)
                continue
            yield from _records(m.data, task.source, m.offset, opts, m.length)


def _read_plain_stream(task: Task, opts: ReadOptions) -> Iterator[RawRecord]:
    """A large uncompressed WARC, streamed by FastWARC; an unreadable tail is one reject."""
    from fastwarc.warc import ArchiveIterator

    it = ArchiveIterator(task.source, parse_http=False)
    last = 0
    while True:
        try:
            rec = next(it)
        except StopIteration:
            return
        except Exception as exc:
            yield RawRecord(f"{task.source}:{last}", task.source, last, reject="warc.malformed",
                            detail=str(exc)[:300])
            return
        last = int(rec.stream_pos)
        yield _one(rec, task.source, last, opts, 0)
