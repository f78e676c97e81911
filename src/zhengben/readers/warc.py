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
import tempfile
import zlib
from collections.abc import Callable, Iterator
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


def _decompress(f: IO[bytes], pos: int, sink: Callable[[bytes], bool]) -> tuple[int, str | None]:
    """Decompress the gzip member at ``pos``, handing its output to ``sink`` at most ``_OUT_CHUNK``
    at a time (``sink`` returns False to stop: a limit reached); (compressed bytes read, the error
    that stopped it or None)."""
    f.seek(pos)
    d = zlib.decompressobj(31)
    read = 0
    while True:
        chunk = f.read(_IN_CHUNK)
        if not chunk:
            return read, "gzip member cut short by end of file"
        buf = chunk
        try:
            while buf:
                if not sink(d.decompress(buf, _OUT_CHUNK)):
                    return read + len(chunk), "stopped"
                if d.eof:
                    # unused_data: the bytes of this chunk after the member's end
                    return read + len(chunk) - len(d.unused_data), None
                buf = d.unconsumed_tail
        except zlib.error as exc:
            return read + len(chunk), f"gzip data error: {exc}"
        read += len(chunk)


def _inflate(f: IO[bytes], pos: int, keep: int) -> Member:
    """Decompress the member at ``pos``; ``error`` is set when it is corrupt or cut short.

    Only the first ``keep`` bytes of its output are kept, so a gzip bomb or a 50 MB page costs
    bounded memory.
    """
    parts: list[bytes] = []
    counts = [0, 0]  # kept, total

    def head(out: bytes) -> bool:
        counts[1] += len(out)
        if counts[0] < keep:
            parts.append(out[: keep - counts[0]])
            counts[0] += min(len(out), keep - counts[0])
        return True

    size, error = _decompress(f, pos, head)
    return Member(pos, size, b"".join(parts), counts[1], error)


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


def _dechunk(body: bytes) -> bytes:
    """An HTTP body sent with ``Transfer-Encoding: chunked`` joined back from its chunks, or the
    body as it is when it does not parse as chunks (crawlers that stored it decoded but kept the
    header)."""
    out: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            return body
        try:
            n = int(body[pos:eol].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return body
        if n == 0:
            return b"".join(out)
        start = eol + 2
        if start + n > len(body):
            out.append(body[start:])  # the last chunk cut short: what arrived
            return b"".join(out)
        out.append(body[start:start + n])
        pos = start + n
        if body[pos:pos + 2] == b"\r\n":
            pos += 2


def _records(data: bytes, source: str, offset: int, opts: ReadOptions, full_length: int) -> Iterator[RawRecord]:
    """The records of one (decompressed) member or uncompressed file chunk."""
    yield from _parse(io.BytesIO(data), len(data), source, offset, opts, full_length)


def _parse(f: IO[bytes], size: int, source: str, base: int, opts: ReadOptions, full_length: int,
           ) -> Iterator[RawRecord]:
    """The records of the WARC stream ``f`` (``size`` bytes; record offsets are ``base`` plus their
    position in it), surviving what FastWARC cannot parse.

    Bytes that are no record (garbage between records, padding after the last) are one
    ``warc.malformed`` reject each, and the parse goes on at the next ``WARC/`` header, so the
    records after them are kept. Stray bytes right where a record's ``Content-Length`` says it
    ends, with no record after them, are that record's own tail: its length was too short, and it
    is rejected as ``warc.bad_length`` instead of being output cut (a record whose length is
    right ends with CRLF there). A record running past the end of the stream (a file cut
    mid-record) is ``warc.truncated_record``.
    """
    from fastwarc.warc import ArchiveIterator

    pos = 0
    while pos < size:
        f.seek(pos)
        it = ArchiveIterator(f, parse_http=False)
        pending: RawRecord | None = None  # the last record, held until what follows it is known
        end, closed = pos, True  # where the last record's bytes end; whether a CRLF closed it there
        while True:
            try:
                rec = next(it)
            except StopIteration:
                if pending is not None:
                    yield pending
                return
            except Exception as exc:  # FastWARC raises OSError/ValueError on malformed headers
                nxt = _next_start(f, size, end + 1)
                if nxt >= size and pending is not None and not closed:
                    # no record after the stray bytes, and no CRLF where the record was to end:
                    # they are its own tail
                    yield _bad_length(pending, size - end)
                    return
                if pending is not None:
                    yield pending
                yield RawRecord(f"{source}:{base + end}", source, base + end, reject="warc.malformed",
                                detail=f"{exc}; {nxt - end} bytes up to the next record skipped"[:300],
                                data=_head(f, end), length=nxt - end)
                pos = nxt
                break
            if pending is not None:
                yield pending
            start = int(rec.stream_pos)
            length = int(rec.content_length)
            f_pos = f.tell()
            block_end = _block_end(f, start, length, size)
            if block_end > size:
                f.seek(f_pos)
                rec.consume()
                pending = RawRecord(rec.record_id or f"{source}:{base + start}", source, base + start,
                                    url=_header(rec, "WARC-Target-URI"), reject="warc.truncated_record",
                                    detail=f"Content-Length {length}, the input ends {block_end - size} bytes short",
                                    length=size - start, extra={"warc_type": str(rec.record_type),
                                                                "record_id": rec.record_id})
                end, closed = size, True
                continue
            f.seek(block_end)
            tail = f.read(4)
            f.seek(f_pos)
            closers = len(tail) - len(tail.lstrip(b"\r\n"))
            end, closed = block_end + closers, closers > 0 or block_end == size
            pending = _one(rec, source, base + start, opts, full_length)


def _block_end(f: IO[bytes], start: int, length: int, size: int) -> int:
    """Where the block of the record at ``start`` with this ``Content-Length`` ends (past ``size``
    when the stream is cut inside it)."""
    f.seek(start)
    head = f.read(4096)
    i = head.find(b"\r\n\r\n")
    if i < 0:
        f.seek(start)
        head = f.read(1 << 16)
        i = head.find(b"\r\n\r\n")
        if i < 0:
            return size + 1
    return start + i + 4 + length


def _next_start(f: IO[bytes], size: int, pos: int) -> int:
    """Offset of the next ``WARC/1.`` header at a line's start from ``pos`` (``size`` if none)."""
    while pos < size:
        f.seek(max(0, pos - 1))
        block = f.read(_IN_CHUNK + 8)
        if not block:
            break
        i = block.find(b"\nWARC/1.")
        if i >= 0:
            return max(0, pos - 1) + i + 1
        pos += _IN_CHUNK
    return size


def _head(f: IO[bytes], at: int) -> bytes:
    f.seek(at)
    return f.read(8192)


def _bad_length(rec: RawRecord, extra: int) -> RawRecord:
    if rec.reject is None:
        rec.data = rec.data[:8192] if isinstance(rec.data, bytes) else None
    rec.reject, rec.kind = "warc.bad_length", None
    rec.detail = f"{extra} bytes follow the record's Content-Length: the length is wrong, the record cut"
    return rec


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
    if rec.http_headers is None or rec.http_headers.status_code is None:
        return mk(reject="warc.bad_http", detail="the response block is no HTTP response", data=rec.reader.read(8192),
                  length=length)
    status = rec.http_headers.status_code
    ctype = (rec.http_content_type or "").lower()
    body = rec.reader.read()
    if "chunked" in (rec.http_headers.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
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
            yield from _parse(f, os.path.getsize(task.source), task.source, 0, opts, 0)
        return
    with open(task.source, "rb") as f:
        for m in iter_members(f, task.start, task.stop, keep):
            if m.length > keep:
                # a whole file in one gzip member (not one per record): decompressed to a temporary
                # file and read record by record, with the same offsets as a small one's
                yield from _read_spooled(f, task.source, m, opts)
                continue
            records = _records(m.data, task.source, m.offset, opts, m.length)
            yield from (_before_break(records, m, task.source) if m.error is not None else records)


def _before_break(records: Iterator[RawRecord], m: Member, source: str) -> Iterator[RawRecord]:
    """The records of a broken member but its last (cut by the break, or under a wrong checksum),
    then one ``warc.corrupt_gzip`` reject for the rest: a per-record member is that one reject,
    a whole-file gzip cut short keeps every record before the cut."""
    kept = 0
    last: RawRecord | None = None
    for rec in records:
        if last is not None:
            yield last
            kept += 1
        last = rec
    yield RawRecord(f"{source}:{m.offset}", source, m.offset, reject="warc.corrupt_gzip",
                    detail=f"{m.error}; {m.size} compressed bytes, the records in them after the first {kept} "
                           "lost"[:300], data=m.data[:8192], length=m.size)


# a member decompressing to more than this many times max_bytes is a gzip bomb: read no further
_SPOOL_TIMES = 50


def _read_spooled(f: IO[bytes], source: str, m: Member, opts: ReadOptions) -> Iterator[RawRecord]:
    with tempfile.TemporaryFile() as tmp:
        error = _inflate_to(f, m.offset, tmp, _SPOOL_TIMES * opts.max_bytes)
        size = tmp.tell()
        records = _parse(tmp, size, source, m.offset, opts, 0)
        if error is None:
            yield from records
        else:
            yield from _before_break(records, Member(m.offset, m.size, b"", size, error), source)


def _inflate_to(f: IO[bytes], pos: int, out: IO[bytes], limit: int) -> str | None:
    """Decompress the member at ``pos`` into ``out``; the error that stopped it, or None."""
    total = [0]

    def write(data: bytes) -> bool:
        out.write(data)
        total[0] += len(data)
        return total[0] <= limit

    _, error = _decompress(f, pos, write)
    return f"decompresses to more than {limit} bytes" if error == "stopped" else error
