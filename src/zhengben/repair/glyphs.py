"""Look-alike ideographs replaced by the ordinary ones: ``⼈民`` (a Kangxi radical) → ``人民``.

Kangxi radicals (U+2F00–2FD5), the CJK radicals supplement (U+2E80–2EF3: the two that Unicode
equates with an ideograph, and those drawn like a whole one, ``rules/radicals.tsv``), and the CJK
compatibility ideographs look the same as ordinary characters but are
other code points: a PDF extractor or a spam farm dodging duplicate and keyword filters leaves
them, and they break every later search, vocabulary match and conversion. Each is replaced by
its Unicode (NFKC) equivalent or its table row, one edit per character; others stay.
The count is stored as ``signals['lookalike_glyphs']`` and named ``lookalike-glyphs`` in the verdict.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from zhengben.document import Change, Document
from zhengben.rules import load_table, reasons

__all__ = ["NormalizeGlyphs", "composed_marks", "lookalike_glyphs"]

_KANGXI = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5]")
_COMPAT = re.compile("[\uf900-\ufaff\U0002f800-\U0002fa1f]")
_ANY = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff\U0002f800-\U0002fa1f]")


@cache
def _radicals() -> dict[str, str]:
    """Radicals-supplement look-alikes with no Unicode equivalent (``rules/radicals.tsv``)."""
    return {r["glyph"]: r["ideograph"] for r in load_table("radicals")}


def lookalike_glyphs(text: str) -> list[Change]:
    """One change per look-alike ideograph that has an ordinary equivalent."""
    if _ANY.search(text) is None:
        return []
    why = reasons()
    out: list[Change] = []
    for rule, pattern in (("glyph.kangxi", _KANGXI), ("glyph.compat", _COMPAT)):
        for m in pattern.finditer(text):
            new = unicodedata.normalize("NFKC", m.group())
            which = rule
            if new == m.group() and new in _radicals():
                new, which = _radicals()[new], "glyph.radical"
            if new != m.group():
                out.append(Change(m.start(), m.end(), new, which, why[which]))
    out.sort()
    return out


_DECOMPOSED = re.compile("[A-Za-z\u00fc\u00dc][\u0300-\u036f]+")
_MARK = re.compile("[\u0300-\u036f]")


def composed_marks(text: str) -> list[Change]:
    """One change per Latin letter written with separate combining marks (``xi\u0301e``, as a
    copy from macOS gives): composed (NFC), the form readings are matched in; same text to read."""
    if _MARK.search(text) is None:  # one regex scan, not a Python test per character
        return []
    why = reasons()["glyph.combining"]
    return [Change(m.start(), m.end(), new, "glyph.combining", why) for m in _DECOMPOSED.finditer(text)
            if (new := unicodedata.normalize("NFC", m.group())) != m.group()]


class NormalizeGlyphs:
    """Replace look-alike ideographs on every page (never a publisher's intent in running text),
    and compose letters written with separate tone marks."""

    name = "repair.glyphs"

    def __call__(self, doc: Document) -> Document:
        found = lookalike_glyphs(doc.text)
        doc.signals["lookalike_glyphs"] = len(found)
        doc.apply(sorted([*found, *composed_marks(doc.text)]))
        return doc
