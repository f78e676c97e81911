"""Script conversion through OpenCC's dictionaries, behind a small interface.

Upstream ``opencc`` (Apache-2.0) is the engine: its ``t2s`` keeps 著 where mainland text
keeps it (著眼, 著作), which the faster ``opencc-pyo3`` and ``tw2s`` turn into 着 (measured
on the specimen; see README). Converted text is diffed against the input to produce one
edit per run of changed characters, so the audit trail shows ``發展 → 发展``.
"""

from __future__ import annotations

import difflib
import re
from functools import cache, partial
from typing import Literal, Protocol

import numpy as np
import opencc

from zhengben.document import Change, Document
from zhengben.rules import load_table, reasons

__all__ = ["ConvertScript", "changes_between", "converter", "to_simplified"]

ConfigName = Literal["t2s", "tw2s", "tw2sp", "hk2s", "s2t", "s2tw", "s2twp", "s2hk", "tw2t", "hk2t"]


class Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def converter(name: ConfigName) -> Converter:
    """A cached OpenCC converter for a config name (``t2s``, ``tw2s``, ``hk2s``, ...)."""
    conv: Converter = opencc.OpenCC(f"{name}.json")
    return conv


def to_simplified(text: str) -> str:
    """Simplified view of any text (for matching rules written in simplified)."""
    return converter("t2s").convert(text)


def _codepoints(text: str) -> np.ndarray[tuple[int], np.dtype[np.uint32]]:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


# ``Change(...)`` through the tuple constructor (the named tuple's own ``__new__`` is Python
# code, twice as slow): a converted page makes a change per run of converted characters.
_new_change = partial(tuple.__new__, Change)


def changes_between(old: str, new: str, rule: str, reason: str) -> list[Change]:
    """Edits turning ``old`` into ``new``: one per run of changed characters."""
    if old == new:
        return []
    if len(old) != len(new):
        return _changes_by_diff(old, new, rule, reason)
    idx = np.flatnonzero(_codepoints(old) != _codepoints(new))
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > 1)
    starts = np.concatenate(([idx[0]], idx[breaks + 1])).tolist()
    ends = (np.concatenate((idx[breaks], [idx[-1]])) + 1).tolist()
    return [_new_change((s, e, new[s:e], rule, reason)) for s, e in zip(starts, ends, strict=True)]



def _changes_by_diff(old: str, new: str, rule: str, reason: str) -> list[Change]:
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [Change(i1, i2, new[j1:j2], rule, reason)
            for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _particle_zhe(source: str, converted: str) -> list[Change]:
    """On a Taiwan-style mirror every 着 was written 著; ``t2s`` keeps 著, ``tw2s`` turns the
    particle and the 着 words back (随著, 著力) and keeps 著名, 著作, 显著. Take ``tw2s``'s 着, except
    at the start of a paragraph (著眼 there, as some mainland outlets write it: the specimen).
    Keeping 著 at every clause start instead left 115 characters wrong on 3,000 新闻联播
    transcripts mirrored with s2tw (着力 after a comma), this 19 (``zhe_eval.py --articles 3000``)."""
    phrase = converter("tw2s").convert(source)
    if len(phrase) != len(converted):
        return []
    why = reasons()["script.zhe"]
    zhu = {m.start() + k for m in _zhu_words().finditer(converted) for k, c in enumerate(m.group()) if c == "著"}
    return [Change(i, i + 1, "着", "script.zhe", why) for i, ch in enumerate(converted)
            if ch == "著" and phrase[i] == "着" and i > 0 and converted[i - 1] not in "\n\u3000 " and i not in zhu]


def _zhu_kept(converted: str) -> str:
    """``tw2s`` output with 著 back in the words where it is zhù (土着 → 土著)."""
    return _zhu_words().sub(lambda m: m.group().replace("着", "著"), converted) if "着" in converted else converted


@cache
def _zhu_words() -> re.Pattern[str]:
    """The words of ``rules/zhu_words.tsv`` (著 as zhù, which tw2s reads as 着 in some: 土著, 专著)."""
    words = sorted((r["word"] for r in load_table("zhu_words")), key=len, reverse=True)
    # each word as 著 or as tw2s wrote it (着)
    return re.compile("|".join(re.escape(w).replace("著", "[著着]") for w in words))


def _merge(changes: list[Change], zhe: list[Change]) -> list[Change]:
    """Script changes with the particle fixes folded in (a 著 already changed is replaced)."""
    if not zhe:
        return changes
    at = {c.start for c in zhe}
    out = [c for c in changes if not (c.end - c.start == 1 and c.start in at)]
    split: list[Change] = []
    for c in out:  # a multi-character run holding a fixed 著 is cut around it
        inside = [z for z in zhe if c.start <= z.start < c.end]
        if not inside or c.end - c.start == 1:
            split.append(c)
            continue
        pos = c.start
        for z in inside:
            if z.start > pos:
                split.append(Change(pos, z.start, c.after[pos - c.start:z.start - c.start], c.rule, c.reason))
            pos = z.end
        if pos < c.end:
            split.append(Change(pos, c.end, c.after[pos - c.start:], c.rule, c.reason))
    return sorted([*split, *zhe])


_CURLY = {"「": "“", "」": "”", "『": "‘", "』": "’"}
_CORNER = re.compile("[「」『』]")


class ConvertScript:
    """Convert the document to simplified when the verdict says so (``decisions['convert']``)."""

    name = "repair.script"

    def __call__(self, doc: Document) -> Document:
        config_name: ConfigName | None = doc.decisions.get("convert")
        if not config_name:
            return doc
        rule = f"script.{config_name}"
        conv = converter(config_name)
        converted = conv.convert(doc.text)
        if config_name == "tw2s" and "着" in converted:
            converted = _zhu_kept(converted)
        changes = changes_between(doc.text, converted, rule, reasons()[rule])
        if doc.decisions.get("taiwan_style") and config_name == "t2s" and "著" in converted:
            changes = _merge(changes, _particle_zhe(doc.text, converted))
        doc.apply(changes)
        if doc.decisions.get("mirror"):
            # a converter that wrote the mainland page's “” as 「」 (and ‘’ as 『』): quoted back
            why = reasons()["script.corner_quotes"]
            doc.apply([Change(m.start(), m.end(), _CURLY[m.group()], "script.corner_quotes", why)
                       for m in _CORNER.finditer(doc.text)])
        # Fields that came with the page (HTML metadata) are in the same script: convert them too.
        for entry in doc.meta.values():
            value = entry["value"]
            new = [conv.convert(v) for v in value] if isinstance(value, list) else conv.convert(value)
            if new != value:
                entry["value"], entry["converted"] = new, rule
        return doc
