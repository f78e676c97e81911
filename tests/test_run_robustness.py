"""Inputs that broke a whole run or lost records without a word (probe s15b, written blind from
docs/run.md): every record read is in the output or in a reject with a named reason."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from run_helpers import cli, read_jsonl_gz
from zhengben import restore
from zhengben.readers.decode import decode_bytes
from zhengben.readers.page import document_from_page
from zhengben.readers.sources import RawRecord, ReadOptions, expand_inputs, plan_tasks, read_task

SRC = str(Path(__file__).resolve().parents[1] / "src")
ART = "新华社北京7月21日电 国务院总理今天主持召开国务院常务会议，部署进一步做好防汛救灾工作。"


def _read_all(paths: list[str], opts: ReadOptions | None = None) -> list[RawRecord]:
    opts = opts or ReadOptions()
    return [r for t in plan_tasks(expand_inputs(paths), opts) for r in read_task(t, opts)]


def _run(tmp_path: Path, *inputs: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    p = subprocess.run(cli(*inputs, "-o", str(out), "--workers", "1", "--progress", "off"), env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    return json.loads((out / "summary.json").read_text()), read_jsonl_gz(out, "data"), read_jsonl_gz(out, "rejects")


def _response(i: int, body: bytes, extra: str = "") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra}\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i:08d}>\r\n"
            f"WARC-Target-URI: http://news.example.cn/{i}.html\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _page(i: int) -> bytes:
    return f"<html><head><title>标题{i}</title></head><body><h1>标题{i}</h1><p>{ART}第{i}篇。</p></body></html>".encode()


def test_a_file_name_that_is_not_utf8_is_read_and_named_by_its_escapes(tmp_path: Path) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.txt").write_text(ART)
    with open(os.fsencode(pages) + b"/" + "国家".encode("gbk") + b".txt", "wb") as f:
        f.write(ART.encode())
    summary, data, _ = _run(tmp_path, str(pages))
    assert summary["totals"]["clean"] == 2
    assert any("\\udc" in row["id"] for row in data)


def test_links_to_nothing_to_devices_and_folders_that_cannot_be_listed_are_rejects(tmp_path: Path) -> None:
    pages = tmp_path / "in"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(ART)
    (pages / "sub" / "c.txt").write_text(ART)
    (pages / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (pages / "zero.txt").symlink_to("/dev/zero")
    recs = _read_all([str(pages)])
    reasons = {os.path.basename(r.id): (r.reject, r.detail) for r in recs}
    assert reasons["a.txt"][0] is None and reasons["c.txt"][0] is None
    assert reasons["gone.txt"][0] == "input.unreadable" and reasons["zero.txt"] == ("input.unreadable", "not a regular file")
    if os.geteuid() != 0:  # (root lists any folder)
        (pages / "sub").chmod(0)
        try:
            recs = _read_all([str(pages)])
        finally:
            (pages / "sub").chmod(0o755)
        assert any(r.reject == "input.unreadable" and r.id.endswith("sub") for r in recs)


def test_stray_bytes_between_warc_records_are_one_reject_and_the_records_after_them_stay(tmp_path: Path) -> None:
    recs = [_response(i, _page(i)) for i in range(6)]
    path = tmp_path / "a.warc"
    path.write_bytes(b"".join(recs[:2]) + b"GARBAGE!!\r\n" + b"".join(recs[2:]))
    got = _read_all([str(path)])
    assert [r.reject for r in got] == [None, None, "warc.malformed", None, None, None, None]
    assert got[2].offset == len(recs[0]) + len(recs[1])
    assert [r.offset for r in got if r.reject is None][2:] == [len(recs[0]) + len(recs[1]) + 11 + sum(
        len(r) for r in recs[2:k]) for k in range(2, 6)]


def test_a_record_cut_by_the_end_of_the_file_or_longer_than_its_content_length_is_a_reject(tmp_path: Path) -> None:
    recs = [_response(i, _page(i)) for i in range(3)]
    cut = tmp_path / "cut.warc"
    cut.write_bytes(recs[0] + recs[1] + recs[2][: len(recs[2]) * 6 // 10])
    assert [r.reject for r in _read_all([str(cut)])] == [None, None, "warc.truncated_record"]
    short = tmp_path / "short.warc.gz"  # one gzip member per record, the second's Content-Length 40 too short
    block = len(recs[1].split(b"\r\n\r\n", 1)[1]) - 4
    body = recs[1].replace(f"Content-Length: {block}".encode(), f"Content-Length: {block - 40}".encode())
    short.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in (recs[0], body, recs[2])))
    assert [r.reject for r in _read_all([str(short)])] == [None, "warc.bad_length", None]


def test_a_whole_file_gzip_warc_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    rng = random.Random(5)  # (pages that do not compress to nothing: the cut falls after three records)
    recs = [_response(i, _page(i) + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(400)).encode())
            for i in range(6)]
    whole = gzip.compress(b"".join(recs), mtime=0)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(whole[: len(whole) * 7 // 10])
    got = _read_all([str(path)])
    assert [r.reject for r in got][:3] == [None, None, None] and got[-1].reject == "warc.corrupt_gzip"


def test_a_chunked_http_body_is_joined_and_a_block_that_is_no_http_is_bad_http(tmp_path: Path) -> None:
    page = _page(1)
    chunked = b"".join(f"{len(page[k:k + 50]):x}\r\n".encode() + page[k:k + 50] + b"\r\n" for k in range(0, len(page), 50))
    path = tmp_path / "a.warc"
    path.write_bytes(_response(1, chunked + b"0\r\n\r\n", "Transfer-Encoding: chunked\r\n")
                     + _response(2, page).replace(b"HTTP/1.1 200 OK", b"NOT HTTP AT ALL"))
    first, second = _read_all([str(path)])
    assert first.data == page and second.reject == "warc.bad_http"


def test_a_corrupt_parquet_row_group_is_one_reject_and_binary_text_columns_are_read(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "a.parquet"
    table = pa.table({"id": [f"d{i}" for i in range(30)], "text": [f"{ART}第{i}篇。".encode() for i in range(30)]})
    pq.write_table(table, path, row_group_size=10)
    recs = _read_all([str(path)])
    assert [r.kind for r in recs] == ["text"] * 30 and document_from_page(recs[0].data or b"").text.startswith("新华社")
    meta = pq.ParquetFile(path).metadata.row_group(1).column(1)
    raw = bytearray(path.read_bytes())
    at = meta.data_page_offset
    raw[at:at + 16] = b"\xff" * 16  # the second group's text column page header destroyed
    path.write_bytes(bytes(raw))
    recs = _read_all([str(path)])
    assert sum(r.reject is None for r in recs) == 20
    assert [r.reject for r in recs if r.reject] == ["input.unreadable"] and "row group 1" in recs[10].detail


def test_a_byte_order_mark_and_an_escaped_lone_surrogate_in_jsonl_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": ART}).encode() + b"\n"
                     + b'{"id": "b", "text": "\\u524d\\u6587\\ud800\\u540e\\u6587"}\n')
    recs = _read_all([str(path)])
    assert [(r.id, r.reject) for r in recs] == [("a", None), ("b", None)]
    doc = document_from_page(recs[1].data or "")
    assert doc.text == "前文\ufffd后文" and doc.provenance["surrogates_replaced"] == 1


def test_restore_never_raises_on_a_lone_surrogate_nor_on_a_url_that_does_not_parse() -> None:
    assert restore("前文\ud800后文").text == "前文\ufffd后文"
    assert document_from_page(_page(1), "html", url="http://[::1/a").text


def test_utf8_with_a_broken_tail_is_read_as_utf8() -> None:
    got = decode_bytes(ART.encode() + b"\xc0\xaf\xf8\x88\x80\x80\x80", html=False)
    assert got.encoding == "utf-8" and got.text.startswith(ART)


def test_deeply_nested_markup_is_refused_before_the_parser_spends_minutes_on_it() -> None:
    from zhengben.errors import DepthError
    from zhengben.readers.html import extract_html

    with pytest.raises(DepthError) as info:
        extract_html(("<html><body>" + "<div><span>" * 20000 + ART).encode())
    assert info.value.reason == "error.limit.depth"


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_a_task_size_that_is_no_positive_number_is_refused_with_a_message(tmp_path: Path, value: str) -> None:
    p = subprocess.run(cli(str(tmp_path), "-o", str(tmp_path / "o"), "--task-mb", value), capture_output=True,
                       text=True, timeout=60, env={**os.environ, "PYTHONPATH": SRC})
    assert p.returncode == 2 and "a number above 0 expected" in p.stderr


def test_python_dash_m_zhengben_runs_the_command_line() -> None:
    p = subprocess.run([os.sys.executable, "-m", "zhengben", "--help"], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": SRC})
    assert p.returncode == 0 and "restore" in p.stdout



# review s15b of the fixes above: what they first broke on valid or near-valid input


def test_a_lone_surrogate_in_a_jsonl_url_or_id_does_not_stop_the_run(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "ok", "url": "http://ex.com/\\ud800", "text": "' + ART.encode() + b'"}\n'
                    + b'{"id": "x\\ud800", "text": "' + ART.encode() + b'"}\n')
    summary, data, _ = _run(tmp_path, str(src))
    assert summary["totals"]["clean"] == 2 and len(data) == 2


def test_sloppy_markup_that_closes_spans_implicitly_is_not_too_deep() -> None:
    from zhengben.readers.html import extract_html

    items = "".join(f"<li><span>第{i}条消息：{ART}" for i in range(5200))
    page = f"<html><body><ul>{items}</ul></body></html>".replace("<li>", "</li><li>").encode()
    assert extract_html(page).has_article


def test_a_record_without_closing_crlfs_or_followed_by_padding_is_still_clean(tmp_path: Path) -> None:
    recs = [_response(i, _page(i)) for i in range(3)]
    bare = tmp_path / "bare.warc.gz"  # per-record members with no CRLFs after the block
    bare.write_bytes(b"".join(gzip.compress(r[:-4], mtime=0) for r in recs))
    assert [r.reject for r in _read_all([str(bare)])] == [None, None, None]
    padded = tmp_path / "padded.warc"
    padded.write_bytes(b"".join(recs) + b"\x00" * 16)
    assert [r.reject for r in _read_all([str(padded)])] == [None, None, None, "warc.malformed"]


def test_a_member_with_a_wrong_checksum_is_one_reject(tmp_path: Path) -> None:
    # (a page that does not compress to little: its output is read before the checksum fails)
    rng = random.Random(3)
    noise = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(40_000)).encode()
    member = bytearray(gzip.compress(_response(1, _page(1) + noise), mtime=0))
    member[-8] ^= 0xFF  # the CRC32
    path = tmp_path / "a.warc.gz"
    path.write_bytes(gzip.compress(_response(0, _page(0)), mtime=0) + bytes(member))
    assert [r.reject for r in _read_all([str(path)])] == [None, "warc.corrupt_gzip"]


def test_a_large_whole_file_gzip_reads_every_record_at_its_offset_and_keeps_those_before_a_cut(tmp_path: Path) -> None:
    recs = [_response(i, _page(i)) for i in range(400)]
    whole = gzip.compress(b"".join(recs), mtime=0)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(whole)
    small = ReadOptions(max_bytes=20_000)  # far less than the member: read through a temporary file
    got = _read_all([str(path)], small)
    offsets = [sum(len(r) for r in recs[:k]) for k in range(400)]
    assert [r.reject for r in got] == [None] * 400 and [r.offset for r in got] == offsets
    assert [r.offset for r in _read_all([str(path)])] == offsets  # the same as read in memory
    path.write_bytes(whole[: len(whole) // 2])
    got = _read_all([str(path)], small)
    assert got[-1].reject == "warc.corrupt_gzip" and all(r.reject is None for r in got[:-1]) and len(got) > 100
