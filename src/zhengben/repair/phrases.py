"""Mainland words back on a mirror made with Taiwan phrases: ``专案`` → ``项目``, ``软体`` → ``软件``.

OpenCC's ``s2twp`` rewrites words as well as characters, and ``t2s`` undoes only the characters.
On a page the verdict found to be such a mirror (``decisions['taiwan_phrases']``, from
:func:`zhengben.score.script.taiwan_phrasing`), the Taiwan phrases of ``rules/taiwan_phrases.tsv``
are replaced by the mainland words they stand for, one edit per phrase with its row's id. The
table holds only phrases not in ordinary mainland use: OpenCC's own reverse table (``tw2sp``)
also turns 核心 into 内核 and 建立 into 创建, which a mainland text says all the time.
"""

from __future__ import annotations

from functools import cache

from zhengben.document import Change, Document
from zhengben.rules import load_table
from zhengben.score.vocab import Vocabulary

__all__ = ["RestorePhrases", "mainland_phrases"]


@cache
def _table() -> Vocabulary:
    return Vocabulary(load_table("taiwan_phrases"), column="taiwan")


def mainland_phrases(text: str) -> list[Change]:
    """One change per Taiwan phrase of the table in ``text`` (simplified script), longest first."""
    return [Change(s, e, row["mainland"], row["id"], row["reason"]) for s, e, row in _table().find(text)]


class RestorePhrases:
    """Replace Taiwan phrases by mainland words on a Taiwan-phrase mirror (after script conversion)."""

    name = "repair.phrases"

    def __call__(self, doc: Document) -> Document:
        if doc.decisions.get("taiwan_phrases"):
            doc.apply(mainland_phrases(doc.text))
            # fields that came with the page (an HTML page's headline, its byline) were converted
            # with the text (repair.script): their phrases go back too (释出 → 发布 in a <title>)
            for entry in doc.meta.values():
                value = entry["value"]
                new = [_replaced(v) for v in value] if isinstance(value, list) else _replaced(value)
                if new != value:
                    entry["value"], entry["phrases"] = new, "repair.phrases"
        return doc


def _replaced(value: object) -> object:
    """A field's string with its Taiwan phrases replaced (anything else as it is)."""
    if not isinstance(value, str):
        return value
    out: list[str] = []
    at = 0
    for c in mainland_phrases(value):
        out += (value[at:c.start], c.after)
        at = c.end
    return "".join(out) + value[at:]
