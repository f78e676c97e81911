"""HTML character references left in scraped text (``&nbsp;``, ``&#12290;``, ``&amp;quot;``) decoded.

A scraper that copied a page's source, or escaped it twice, leaves references in the text;
later steps would otherwise read ``&nbsp;`` as a word and its ``;`` as punctuation. Only
complete references (with their ``;``) that decode to something are touched, repeated escapes
are undone in one edit, and a text that looks like HTML source itself (it has tags) is left alone,
as ftfy does. Spaces and invisible characters come out as what :mod:`space` would make of them.
"""

from __future__ import annotations

import html
import re

from zhengben.document import Change, Document
from zhengben.rules import reasons

__all__ = ["DecodeEntities", "decode_entities", "decode_escapes", "decode_percent"]

_REFERENCE = re.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"<[A-Za-z/!]")
_NAMED_AFTER = re.compile(r"\s*(?:(?:这个|這個|这种|這種)(?:字符)?|字符)(?:实体|實體)|\s*(?:实体|實體)字符")
_NAMED_BEFORE = re.compile(r"(?:写成|寫成|写作|寫作|转义为|轉義為)\s*$")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": None, "\u200c": None,
                         "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None})


def _decode(ref: str) -> str:
    out = ref
    while True:  # &amp;nbsp; → &nbsp; → NBSP
        new = html.unescape(out)
        if new == out:
            return out.translate(_SPACES)
        out = new


def decode_entities(text: str) -> list[Change]:
    """One change per character reference that decodes to printable text (or to nothing)."""
    if "&" not in text or _TAG.search(text):
        return []
    rule, why = "entity.html", reasons()["entity.html"]
    out: list[Change] = []
    for m in _REFERENCE.finditer(text):
        if _NAMED_AFTER.match(text, m.end()) or _NAMED_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # a reference the text talks about: "使用&nbsp;这个字符实体", "写成&amp;"
        ref = m.group()
        new = _decode(ref)
        if new == ref or "\ufffd" in new or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in new):
            continue  # unknown name, an invalid code point, or a control character: keep as written
        out.append(Change(m.start(), m.end(), new, rule, why))
    return out


_JSON_ESCAPE = re.compile(r'\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\[nrt"/\\]')
_JSON_HINT = re.compile(r"\\u[0-9a-fA-F]{4}|\\n")
# a page is a JSON string's literal when it holds this many escapes and (almost) no line breaks of its own
_JSON_MIN_ESCAPES = 4


def decode_escapes(text: str) -> list[Change]:
    """One change per JSON escape (``\\u65b0``, a literal ``\\n``) on a page stored as a JSON string's
    literal: escapes in number and one line or none of its own. A program's text that mentions
    one ``\\n`` keeps it."""
    if "\\" not in text or text.count("\n") > 1 or len(_JSON_HINT.findall(text)) < _JSON_MIN_ESCAPES:
        return []
    why = reasons()["escape.json"]
    out: list[Change] = []
    for m in _JSON_ESCAPE.finditer(text):
        esc = m.group()
        if esc.startswith("\\u"):
            new = esc.encode("ascii").decode("unicode_escape").encode("utf-16", "surrogatepass").decode("utf-16")
        else:
            new = {"n": "\n", "r": "", "t": " ", '"': '"', "/": "/", "\\": "\\"}[esc[1]]
        out.append(Change(m.start(), m.end(), new, "escape.json", why))
    return out


# a run of percent-encoded UTF-8 (%E5%AE%B6…: a URL's query copied in for its text), not inside a
# URL or an address (a link keeps its own encoding)
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2}){6,}")
_IN_URL = re.compile(r"(?:https?://|www\.|[/?=&#])\S*$")


def decode_percent(text: str) -> list[Change]:
    """One change per run of percent-encoded UTF-8 on a line encoded whole that reads into prose,
    outside a URL: ``%E5%AE%B6%E4%BD%8F…`` → ``家住…``."""
    if "%" not in text:
        return []
    why = reasons()["escape.percent"]
    out: list[Change] = []
    for line_start, line in _lines_holding_percent(text):
        runs = list(_PERCENT_RUN.finditer(line))
        # a paragraph or headline encoded whole (its runs are nearly all of it), of 8 ideographs or
        # more: a sample quoted in a sentence (例如 %E4%B8%AD 表示“中”), a file name or a short
        # payload (欢迎光临) stays
        if sum(m.end() - m.start() for m in runs) < _PERCENT_LINE_SHARE * len(line.strip()):
            continue
        changes = []
        for m in runs:
            if _IN_URL.search(line, max(0, m.start() - 200), m.start()):
                break
            try:
                new = bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
            except UnicodeDecodeError:
                break
            changes.append(Change(line_start + m.start(), line_start + m.end(), new, "escape.percent", why))
        else:
            decoded = "".join(c.after for c in changes)
            if sum("\u3400" <= c <= "\u9fff" for c in decoded) >= _PERCENT_MIN_CJK:
                out.extend(changes)
    return out


_PERCENT_LINE_SHARE = 0.8
_PERCENT_MIN_CJK = 8


def _lines_holding_percent(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if "%" in line:
            out.append((pos, line))
        pos += len(line) + 1
    return out


class DecodeEntities:
    """Decode HTML character references on every page (always a scraping artefact in text)."""

    name = "repair.entities"

    def __call__(self, doc: Document) -> Document:
        doc.apply(decode_escapes(doc.text))
        doc.apply(decode_percent(doc.text))
        doc.apply(decode_entities(doc.text))
        return doc
