"""Keep or drop a whole document, by config, from the signals already on it."""

from __future__ import annotations

from zhengben.config import Config
from zhengben.document import Document, Drop
from zhengben.rules import reasons

__all__ = ["KeepPolicy"]


class KeepPolicy:
    """Drop documents with no article left; everything else is kept with its verdict."""

    name = "score.policy"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document | Drop:
        if not doc.text.strip():
            return Drop(doc.id, "drop.empty", reasons()["drop.empty"])
        return doc
