"""Readers of ``zhengben run``: every record read exactly once, whatever the task split."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import pytest

from run_helpers import build_jsonl, build_warc
from zhengben.errors import ConfigError
from zhengben.readers.sources import RawRecord, ReadOptions, expand_inputs, plan_tasks, read_task


def _read_all(paths: list[str], opts: ReadOptions) -> list[RawRecord]:
    return [r for t in plan_tasks(expand_inputs(paths), opts) for r in read_task(t, opts)]


@pytest.mark.parametrize("task_bytes", [1, 97, 1000, 4096, 1 << 30])
def test_jsonl_byte_ranges_cover_every_line_once(tmp_path: Path, task_bytes: int) -> None:
    path = tmp_path / "a.jsonl"
    build_jsonl(path, 60, paragraphs=1)
    recs = _read_all([str(path)], ReadOptions(task_bytes=task_bytes))
    assert [r.id for r in recs] == [f"doc-{i:07d}" for i in range(60)]
    offsets = [0]
    for line in path.read_bytes().splitlines(keepends=True)[:-1]:
        offsets.append(offsets[-1] + len(line))
    assert [r.offset for r in recs] == offsets


def test_jsonl_compressed_fields_and_bad_lines(tmp_path: Path) -> None:
    import zstandard

    rows = [{"doc": "x1", "body": "正文一。", "link": "http://a/1"}, {"doc": "x2", "page": "<p>网页</p>"},
            {"doc": "x3"}, [1, 2]]
    raw = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows) + b"{broken\n\n"
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(raw))
    opts = ReadOptions(text_field="body", html_field="page", url_field="link", id_field="doc")
    for name in ("a.jsonl.gz", "b.jsonl.zst"):
        recs = _read_all([str(tmp_path / name)], opts)
        assert [(r.id, r.kind, r.reject) for r in recs][:3] == [("x1", "text", None), ("x2", "html", None),
                                                              ("x3", None, "input.no_content")]
        assert [r.reject for r in recs[3:]] == ["input.bad_row", "input.bad_json"]
        assert recs[0].url == "http://a/1"


def test_oversized_line_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "长" * 5000}) + "\n" + json.dumps({"text": "短文。"}) + "\n")
    recs = _read_all([str(path)], ReadOptions(max_bytes=1000))
    assert [r.reject for r in recs] == ["error.limit.size", None]
    assert recs[0].length > 15000 and len(recs[0].data or b"") <= 8192


def test_parquet_row_groups(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": [f"p{i}" for i in range(50)], "text": [f"第{i}段。" for i in range(50)]})
    pq.write_table(table, tmp_path / "a.parquet", row_group_size=7)
    recs = _read_all([str(tmp_path / "a.parquet")], ReadOptions(task_bytes=100))
    assert [r.id for r in recs] == [f"p{i}" for i in range(50)]
    assert [r.offset for r in recs] == list(range(50))


def test_directory_of_pages(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for i in range(5):
        (tmp_path / "d" / f"{i}.txt").write_text(f"第{i}篇。")
    (tmp_path / "d" / "sub" / "x.html").write_bytes(b"<p>x</p>")
    (tmp_path / "d" / "notes.bin").write_bytes(b"\x00")
    left_out: list[str] = []
    sources = expand_inputs([str(tmp_path / "d")], left_out)
    assert [s.fmt for s in sources] == ["files"] and len(sources[0].files) == 6
    assert left_out == [str(tmp_path / "d" / "notes.bin")]  # said, not silently skipped
    recs = _read_all([str(tmp_path / "d")], ReadOptions(files_per_task=2))
    assert [r.kind for r in recs] == ["text"] * 5 + ["html"]
    with pytest.raises(ConfigError):
        expand_inputs([str(tmp_path / "missing")])


def test_warc_split_and_resync(tmp_path: Path) -> None:
    fx = build_warc(tmp_path / "w.warc.gz", n=150, huge_mb=1)
    whole = _read_all([str(fx.path)], ReadOptions(task_bytes=1 << 30, max_bytes=500_000))
    split = _read_all([str(fx.path)], ReadOptions(task_bytes=5000, max_bytes=500_000))
    assert [(r.id, r.offset, r.reject) for r in whole] == [(r.id, r.offset, r.reject) for r in split]
    docs = [r for r in whole if not r.ignored]
    assert len(docs) == fx.documents and len(whole) - len(docs) == fx.ignored
    got = {r.id: r.reject for r in docs}
    for rid, reason in fx.broken.items():
        if reason == "error.":
            continue  # binary labelled HTML: decided by the worker, not the reader
        assert (got.get(rid) or "").startswith(reason), (rid, got.get(rid))
    assert {r.http_charset for r in docs if r.kind == "html"} >= {"utf-8", "gbk", "big5"}
    assert any(r.kind == "text" for r in docs)


def test_parallel_planning_gives_the_same_plan(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    for i in range(3):
        build_warc(tmp_path / f"w{i}.warc.gz", n=40, seed=i, huge_mb=0)
    build_jsonl(tmp_path / "a.jsonl", 50)
    sources = expand_inputs([str(tmp_path)])
    opts = ReadOptions(task_bytes=3000)
    with ThreadPoolExecutor(2) as pool:
        assert plan_tasks(sources, opts, pool.map) == plan_tasks(sources, opts)
    assert [s.fmt for s in sources] == ["jsonl", "warc", "warc", "warc"]


def _truncated(tmp_path: Path, name: str, compress: Any) -> tuple[Path, int]:
    """A compressed JSONL of 1,500 varied rows (several zstd blocks) cut in the middle: how many whole rows precede the cut."""
    rng = random.Random(5)  # varied text, so the cut falls about half-way through the rows
    rows = [json.dumps({"id": f"r{i}", "text": "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(200))},
                       ensure_ascii=False) for i in range(1500)]
    raw = "\n".join(rows).encode() + b"\n"
    data = compress(raw)
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    return path, len(rows)


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_truncated_compressed_jsonl_keeps_the_rows_before_the_cut(tmp_path: Path, suffix: str) -> None:
    import zstandard

    compress = gzip.compress if suffix.endswith(".gz") else zstandard.ZstdCompressor().compress
    path, total = _truncated(tmp_path, "a" + suffix, compress)
    recs = _read_all([str(path)], ReadOptions())
    good = [r for r in recs if r.reject is None]
    assert 300 < len(good) < total and [r.id for r in good] == [f"r{i}" for i in range(len(good))]
    assert recs[-1].reject == "input.truncated" and "EOFError" in recs[-1].detail
    assert f"after {len(recs) - 1} record(s)" in recs[-1].detail
    assert all(r.reject in (None, "input.bad_json", "input.truncated") for r in recs)


def test_concatenated_gzip_members_are_all_read(tmp_path: Path) -> None:
    one = json.dumps({"id": "a", "text": "第一篇。"}, ensure_ascii=False).encode() + b"\n"
    two = json.dumps({"id": "b", "text": "第二篇。"}, ensure_ascii=False).encode() + b"\n"
    (tmp_path / "m.jsonl.gz").write_bytes(gzip.compress(one) + gzip.compress(two))
    assert [(r.id, r.reject) for r in _read_all([str(tmp_path / "m.jsonl.gz")], ReadOptions())] == [
        ("a", None), ("b", None)]


def test_unreadable_inputs_are_rejects_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really a parquet file PAR1")
    build_jsonl(tmp_path / "good.jsonl", 5)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("正文一。")
    (pages / "b.txt").write_text("正文二。")
    opts = ReadOptions()
    tasks = plan_tasks(expand_inputs([str(tmp_path / "bad.parquet"), str(tmp_path / "good.jsonl"), str(pages)]),
                       opts)
    (pages / "a.txt").unlink()  # gone between planning and reading
    recs = [r for t in tasks for r in read_task(t, opts)]
    assert [r.reject for r in recs] == ["input.unreadable"] + [None] * 5 + ["input.unreadable", None]
    assert "ArrowInvalid" in recs[0].detail and "FileNotFoundError" in recs[6].detail
    assert recs[6].id.endswith("a.txt") and recs[7].id.endswith("b.txt")
