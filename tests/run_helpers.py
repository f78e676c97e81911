"""Generated inputs for the ``zhengben run`` tests and benchmark: WARC/WET with broken records, JSONL.

Everything is built from a seeded RNG, so a test's input (and so its expected output) is the
same on every machine.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIMPLIFIED = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
              "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
              "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
              "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
              "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知"
              "较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则")
TRADITIONAL = ("的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下"
               "過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都"
               "兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重"
               "新線內數正心反你明看原又麼利比或但質氣第向")
TITLES = ("国务院常务会议研究部署稳就业工作", "全国秋粮收购进度过半", "新一代信息技术产业稳步发展",
          "城市更新行动持续推进")


def sentences(rng: random.Random, n: int, alphabet: str = SIMPLIFIED) -> list[str]:
    out = []
    for _ in range(n):
        k = rng.randint(18, 48)
        body = "".join(rng.choice(alphabet) for _ in range(k))
        cut = rng.randint(5, k - 5)
        out.append(f"{body[:cut]}，{body[cut:]}。")
    return out


def article_text(rng: random.Random, paragraphs: int = 5, alphabet: str = SIMPLIFIED) -> str:
    paras = ["".join(sentences(rng, rng.randint(2, 4), alphabet)) for _ in range(paragraphs)]
    return rng.choice(TITLES) + "\n\n" + "\n\n".join(paras)


def article_html(rng: random.Random, charset: str, alphabet: str = SIMPLIFIED) -> str:
    text = article_text(rng, rng.randint(3, 6), alphabet)
    title, *paras = text.split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<nav><a href="/">首页</a> <a href="/news">新闻</a></nav><article><h1>{title}</h1>'
            f'<div class="info">2024-05-0{rng.randint(1, 9)} 10:00 来源：新华社</div>{body}</article>'
            f"<footer>版权所有</footer></body></html>")


def _member(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6, mtime=0)


def _rid(i: int) -> str:
    return f"<urn:uuid:{hashlib.md5(str(i).encode()).hexdigest()}>"


def _response(i: int, body: bytes, ctype: str, status: str = "200 OK",
              extra: list[tuple[str, str]] | None = None) -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    headers = [("WARC-Type", "response"), ("WARC-Record-ID", _rid(i)), ("WARC-Date", "2024-05-01T00:00:00Z"),
               ("WARC-Target-URI", f"http://news.example.cn/{i}.html"),
               ("Content-Type", "application/http; msgtype=response"), *(extra or [])]
    return _member(headers, http)


@dataclass
class WarcFixture:
    """A generated WARC: path, how many document records, and the reasons broken ones must get."""

    path: Path
    documents: int
    ignored: int
    broken: dict[str, str] = field(default_factory=dict)  # record id (or path:offset) -> reason prefix


def build_warc(path: Path, n: int = 2000, seed: int = 7, huge_mb: int = 50) -> WarcFixture:
    """A gzip WARC of ``n`` document records: HTML in UTF-8/GBK/Big5, WET text, and broken records.

    Broken: a truncated gzip member, a member with flipped (invalid) bytes, a WARC header that is
    not WARC, a ``huge_mb`` MB single-line page, binary payloads (image, NULs labelled HTML),
    a revisit, a 404, a ``WARC-Truncated`` record. warcinfo and request records are ignored.
    """
    rng = random.Random(seed)
    src = str(path)
    members: list[bytes] = []
    broken_at: dict[int, str] = {}  # member index -> reason, for gzip-level breaks (id is path:offset)
    fixture = WarcFixture(path, 0, 0)
    members.append(_member([("WARC-Type", "warcinfo"), ("WARC-Record-ID", _rid(-1)),
                            ("Content-Type", "application/warc-fields")], b"software: zhengben-tests\r\n"))
    fixture.ignored += 1
    specials = {5: "truncated_gzip", 17: "flipped_gzip", 29: "not_warc", 41: "huge", 53: "image", 65: "nul_html",
                77: "revisit", 89: "http404", 101: "warc_truncated", 113: "request"}
    i = 0
    while fixture.documents < n:
        kind = specials.get(i)
        rid = _rid(i)
        if kind == "request":
            members.append(_member([("WARC-Type", "request"), ("WARC-Record-ID", rid),
                                    ("WARC-Target-URI", f"http://news.example.cn/{i}.html"),
                                    ("Content-Type", "application/http; msgtype=request")],
                                   b"GET / HTTP/1.1\r\nHost: news.example.cn\r\n\r\n"))
            fixture.ignored += 1
            i += 1
            continue
        fixture.documents += 1
        if kind == "truncated_gzip":
            m = _response(i, article_html(rng, "utf-8").encode(), "text/html; charset=utf-8")
            members.append(m[: len(m) // 2])
            broken_at[len(members) - 1] = "warc.corrupt_gzip"
        elif kind == "flipped_gzip":
            m = bytearray(_response(i, article_html(rng, "utf-8").encode(), "text/html; charset=utf-8"))
            for j in range(len(m) // 3, len(m) // 3 + 24):
                m[j] ^= 0xA5
            members.append(bytes(m))
            broken_at[len(members) - 1] = "warc.corrupt_gzip"
        elif kind == "not_warc":
            members.append(gzip.compress(b"\xff\xfe garbage \x80\x81 not a warc header\r\n\r\nbody", mtime=0))
            broken_at[len(members) - 1] = "warc."
        elif kind == "huge":
            line = ("<html><body><p>" + "这是一行非常长的文字，" * (huge_mb * (1 << 20) // 33) + "</p></body></html>")
            members.append(_response(i, line.encode(), "text/html; charset=utf-8"))
            fixture.broken[rid] = "error.limit.size"
        elif kind == "image":
            members.append(_response(i, bytes(rng.randrange(256) for _ in range(3000)), "image/jpeg"))
            fixture.broken[rid] = "warc.non_html"
        elif kind == "nul_html":
            members.append(_response(i, b"\x00\x01\x02\x03" * 800, "text/html; charset=utf-8"))
            fixture.broken[rid] = "error."
        elif kind == "revisit":
            members.append(_member([("WARC-Type", "revisit"), ("WARC-Record-ID", rid),
                                    ("WARC-Target-URI", f"http://news.example.cn/{i}.html"),
                                    ("WARC-Refers-To-Target-URI", "http://news.example.cn/1.html"),
                                    ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")],
                                   b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"))
            fixture.broken[rid] = "warc.revisit"
        elif kind == "http404":
            members.append(_response(i, b"<html><body>not found</body></html>", "text/html", "404 Not Found"))
            fixture.broken[rid] = "warc.http_status"
        elif kind == "warc_truncated":
            members.append(_response(i, article_html(rng, "utf-8").encode(), "text/html", extra=[("WARC-Truncated",
                                                                                                  "length")]))
            fixture.broken[rid] = "warc.truncated"
        elif i % 7 == 3:  # WET conversion record
            text = article_text(rng).encode()
            members.append(_member([("WARC-Type", "conversion"), ("WARC-Record-ID", rid),
                                    ("WARC-Target-URI", f"http://news.example.cn/{i}.html"),
                                    ("Content-Type", "text/plain")], text))
        else:
            r = i % 5
            if r in (0, 1):
                body, ctype = article_html(rng, "utf-8").encode(), "text/html; charset=utf-8"
            elif r in (2, 3):
                body, ctype = article_html(rng, "gbk").encode("gbk", "xmlcharrefreplace"), "text/html; charset=GBK"
            else:
                body = article_html(rng, "big5", TRADITIONAL).encode("big5", "xmlcharrefreplace")
                ctype = "text/html; charset=big5"
            if i % 97 == 11:  # a few stray invalid bytes inside an otherwise good page
                body = body[:200] + b"\xff\xfe" + body[200:]
            members.append(_response(i, body, ctype))
        i += 1
    offset = 0
    with open(path, "wb") as f:
        for k, m in enumerate(members):
            if k in broken_at:
                fixture.broken[f"{src}:{offset}"] = broken_at[k]
            f.write(m)
            offset += len(m)
    return fixture


def build_jsonl(path: Path, n: int, seed: int = 3, paragraphs: int = 5, empty_every: int = 0) -> int:
    """``n`` JSONL article rows (text field); every ``empty_every``-th row is blank text. Returns bytes."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = "" if empty_every and i % empty_every == 0 else article_text(rng, paragraphs)
            f.write(json.dumps({"id": f"doc-{i:07d}", "url": f"http://news.example.cn/{i}.html", "text": text},
                               ensure_ascii=False) + "\n")
    return os.path.getsize(path)


def tree_bytes(outdir: Path, subdirs: tuple[str, ...] = ("data", "rejects", "edits", "_tasks")) -> dict[str, bytes]:
    """Every output file (relative path -> bytes) under the given sub-directories."""
    out: dict[str, bytes] = {}
    for sub in subdirs:
        d = outdir / sub
        if d.is_dir():
            for p in sorted(d.iterdir()):
                out[f"{sub}/{p.name}"] = p.read_bytes()
    return out


def read_jsonl_gz(outdir: Path, sub: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for p in sorted((outdir / sub).glob("*.jsonl*")):
        opener = gzip.open if p.name.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f)
    return rows


def comparable_summary(outdir: Path) -> dict[str, Any]:
    s: dict[str, Any] = json.loads((outdir / "summary.json").read_text())
    s.pop("time")
    return s


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "zhengben.cli_run", *args]
