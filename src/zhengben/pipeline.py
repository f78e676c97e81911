"""The default pipeline, in order. The one place that lists steps: no registration by import.

    space → label lines → measure → decide → ruby → punctuation → script → metadata → assemble
    → conclude → (policy: keep or drop)
"""

from __future__ import annotations

from zhengben.config import Config
from zhengben.lines.assemble import Assemble
from zhengben.lines.label import LabelLines
from zhengben.meta.fields import ParseMeta
from zhengben.repair.punct import RestorePunct
from zhengben.repair.ruby import StripRuby
from zhengben.repair.script import ConvertScript
from zhengben.repair.space import NormalizeSpace
from zhengben.score.policy import KeepPolicy
from zhengben.score.signals import Measure
from zhengben.score.verdict import Conclude, Decide
from zhengben.step import Step

__all__ = ["default_pipeline", "restore_steps"]


def restore_steps(config: Config) -> list[Step]:
    """Every step that restores a page; no document is dropped here."""
    return [
        NormalizeSpace(),
        LabelLines(config),
        Measure(),
        Decide(config),
        StripRuby(),
        RestorePunct(),
        ConvertScript(),
        ParseMeta(config),
        Assemble(),
        Conclude(),
    ]


def default_pipeline(config: Config) -> list[Step]:
    """Restore, then apply the keep/drop policy (what ``run`` uses over a corpus)."""
    return [*restore_steps(config), KeepPolicy(config)]
