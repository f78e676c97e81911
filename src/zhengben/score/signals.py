"""Measure a page before repairing it: script, ruby residue, punctuation, regional vocabulary.

Nothing here changes text; the numbers go to ``doc.signals`` and ``score.verdict`` decides.
"""

from __future__ import annotations

import re
from functools import cache

from zhengben.document import Document
from zhengben.repair.punct import count_punct
from zhengben.repair.ruby import find_ruby
from zhengben.repair.script import converter
from zhengben.score.vocab import vocabulary

__all__ = ["Measure", "script_counts"]


@cache
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of traditional-only and simplified-only characters, from OpenCC's own tables."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    t2s = converter("t2s").convert(joined).split("\n")
    s2t = converter("s2t").convert(joined).split("\n")
    hant = "".join(c for c, s in zip(chars, t2s, strict=True) if s != c)
    hans = "".join(c for c, t in zip(chars, s2t, strict=True) if t != c)
    return re.compile(f"[{re.escape(hant)}]"), re.compile(f"[{re.escape(hans)}]")


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only characters, simplified-only characters) in ``text``."""
    hant, hans = _script_classes()
    return len(hant.findall(text)), len(hans.findall(text))


_LINE_HANS_MIN = 3


class Measure:
    """Store the signals the verdict needs; cheap enough to run on every page."""

    name = "score.measure"

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        sig = doc.signals
        hant, hans = script_counts(text)
        hans_lines = hans_in_lines = 0
        if hant and hans:
            # simplified lines beside a traditional body: typical of spam appended to a mirror
            for line in text.split("\n"):
                h, s = script_counts(line)
                if s >= _LINE_HANS_MIN and h == 0:
                    hans_lines += 1
                    hans_in_lines += s
        sig["hant_chars"], sig["hans_chars"] = hant, hans
        sig["hans_lines"], sig["hans_in_lines"] = hans_lines, hans_in_lines
        matches, rejected = find_ruby(text)
        sig["ruby_verified"] = len(matches)
        sig["ruby_single"] = sum(1 for m in matches if m.syllables == 1)
        sig["ruby_rejected"] = rejected
        half, full = count_punct(text)
        sig["halfwidth_punct"], sig["fullwidth_punct"] = half, full
        mainland = taiwan = 0
        if hant:
            for _, _, row in vocabulary("regional_vocab").find(text):
                if row["region"] == "mainland":
                    mainland += 1
                else:
                    taiwan += 1
        sig["mainland_terms"], sig["taiwan_terms"] = mainland, taiwan
        return doc
