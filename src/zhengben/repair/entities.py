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

__all__ = ["DecodeEntities", "decode_entities"]

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


class DecodeEntities:
    """Decode HTML character references on every page (always a scraping artefact in text)."""

    name = "repair.entities"

    def __call__(self, doc: Document) -> Document:
        doc.apply(decode_entities(doc.text))
        return doc
