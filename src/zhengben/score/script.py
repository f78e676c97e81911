"""Which script a text is in, counted with OpenCC's own tables (no hand-made character list)."""

from __future__ import annotations

import re
from functools import cache

from zhengben.repair.script import converter

__all__ = ["script_counts", "variant_counts"]


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


@cache
def _variant_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of the characters OpenCC's tw2t and hk2t change (Taiwan / Hong Kong variants)."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    found = []
    for name in ("tw2t", "hk2t"):
        conv = converter(name).convert(joined).split("\n")
        found.append(re.compile(f"[{re.escape(''.join(c for c, t in zip(chars, conv, strict=True) if t != c))}]"))
    return found[0], found[1]


def variant_counts(text: str) -> tuple[int, int]:
    """(Taiwan variant characters, Hong Kong variant characters) in ``text``."""
    tw, hk = _variant_classes()
    return len(tw.findall(text)), len(hk.findall(text))
