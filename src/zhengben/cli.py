"""Command line: ``zhengben restore|explain PAGE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from zhengben import __version__
from zhengben.cli_run import add_run_parser
from zhengben.config import Config
from zhengben.document import Document
from zhengben.errors import ZhengbenError
from zhengben.pipeline import restore_steps
from zhengben.readers.page import PageKind, document_from_page
from zhengben.rules import reasons
from zhengben.step import run_steps
from zhengben.writers.record import to_record

__all__ = ["main"]


def _read(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()


def _looks_like_html(data: bytes, name: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head


def _restore(args: argparse.Namespace) -> Document:
    config = Config().with_script(args.script).with_spam_spans(args.spam_spans)
    data = _read(args.page)
    html = args.format == "html" or (args.format == "auto" and _looks_like_html(data, args.page))
    kind: PageKind = "html" if html else "text"
    doc = document_from_page(data, kind, doc_id=args.page, url=args.url)
    out = run_steps(restore_steps(config), doc)
    if not isinstance(out, Document):
        raise ZhengbenError(f"{args.page}: dropped ({out.reason})")
    return out


def _print_article(rec: dict[str, Any]) -> None:
    w = sys.stdout.write
    if rec["title"]:
        w(f"{rec['title']}\n\n")
    for key, label in (("published", "发布"), ("author", "作者"), ("source", "来源"), ("editor", "编辑")):
        if rec[key]:
            w(f"{label}：{rec[key]}\n")
    if rec["keywords"]:
        w(f"关键词：{'、'.join(rec['keywords'])}\n")
    if rec["channel"]:
        w(f"栏目：{' > '.join(rec['channel'])}\n")
    v = rec["verdict"]
    flags = ", ".join(v["obfuscations"]) or "none"
    w(f"[verdict: mirror={v['mirror']} injected_spam={v['injected_spam']} obfuscations={flags}]\n\n")
    if v["no_article"]:
        w(f"[no article: {v['no_article']}: {reasons().get(v['no_article'], '')}]\n")
        return
    w(rec["text"] + "\n")
    if rec["captions"]:
        w("\n" + "\n".join(f"[图] {c}" for c in rec["captions"]) + "\n")


def cmd_restore(args: argparse.Namespace) -> int:
    rec = to_record(_restore(args), lines=args.json, edits=args.json)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(rec, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        _print_article(rec)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from zhengben.report.explain import explain

    explain(_restore(args), color=args.color)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhengben", description="Recover the genuine article from scraped Chinese pages.")
    p.add_argument("--version", action="version", version=f"zhengben {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for name, func, help_ in (("restore", cmd_restore, "print the restored article (or --json record)"),
                              ("explain", cmd_explain, "show every line's label and every edit")):
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("page", help="a plain-text page, or - for stdin")
        sp.add_argument("--script", choices=["auto", "hans", "keep"], default="auto",
                        help="auto: convert mirrors only (default); hans: convert all traditional text; keep")
        sp.add_argument("--format", choices=["auto", "text", "html"], default="auto",
                        help="page format (auto: HTML when the name or the first bytes say so)")
        sp.add_argument("--url", help="the page's URL (helps HTML metadata: dates in paths, site names)")
        sp.add_argument("--spam-spans", action=argparse.BooleanOptionalAction, default=True,
                        help="cut spam spliced into sentences and give the spam verdicts (default: on; "
                             "--no-spam-spans is about 4x faster on spam-farm pages)")
        sp.set_defaults(func=func)
    sub.choices["restore"].add_argument("--json", action="store_true", help="print the full record as JSON")
    add_run_parser(sub)
    sub.choices["explain"].add_argument("--color", choices=["auto", "always", "never"], default="auto")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except (OSError, ZhengbenError) as exc:
        sys.stderr.write(f"zhengben: {exc}\n")
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
