"""The default pipeline, in order. The one place that lists steps: no registration by import.

    mojibake → markup → entities → space → glyphs → label lines → [spans] → measure → decide → ruby → punctuation
    → script → phrases → metadata → assemble → conclude → [spam verdict]
    → (policy: keep or drop [, spam policy])

Bracketed steps run when ``config.spans.enabled`` (span excision and the spam verdicts of
issue 5; on by default, off with ``--no-spam-spans`` for about 4x the speed on spam-farm pages).
"""

from __future__ import annotations

from zhengben.config import Config
from zhengben.lines.assemble import KEEP, KEEP_WITH_CAPTIONS, Assemble
from zhengben.lines.label import LabelLines
from zhengben.meta.fields import ParseMeta
from zhengben.repair.entities import DecodeEntities
from zhengben.repair.glyphs import NormalizeGlyphs
from zhengben.repair.markup import StripTags
from zhengben.repair.mojibake import RepairMojibake
from zhengben.repair.phrases import RestorePhrases
from zhengben.repair.punct import RestorePunct
from zhengben.repair.ruby import StripRuby
from zhengben.repair.script import ConvertScript
from zhengben.repair.space import NormalizeSpace
from zhengben.score.policy import KeepPolicy
from zhengben.score.quality import SpamPolicy, SpamVerdict
from zhengben.score.signals import Measure
from zhengben.score.spans import ExciseSpans
from zhengben.score.verdict import Conclude, Decide
from zhengben.step import Step

__all__ = ["default_pipeline", "restore_steps", "warm_up"]


def restore_steps(config: Config) -> list[Step]:
    """Every step that restores a page; no document is dropped here."""
    spans = config.spans.enabled
    return [
        RepairMojibake(config.mojibake),
        StripTags(),
        DecodeEntities(),
        NormalizeSpace(config.space),
        NormalizeGlyphs(),
        LabelLines(config),
        *([ExciseSpans(config.spans, config)] if spans else []),
        Measure(),
        Decide(config),
        StripRuby(),
        RestorePunct(),
        ConvertScript(),
        RestorePhrases(),
        ParseMeta(config),
        Assemble(KEEP_WITH_CAPTIONS if config.lines.captions_in_text else KEEP),
        Conclude(),
        *([SpamVerdict(config.spam_verdict)] if spans else []),
    ]


def default_pipeline(config: Config) -> list[Step]:
    """Restore, then apply the keep/drop policy (what ``run`` uses over a corpus)."""
    spam_policy = [SpamPolicy(config.spam_verdict)] if config.spans.enabled else []
    return [*restore_steps(config), KeepPolicy(config), *spam_policy]


def warm_up(steps: list[Step]) -> None:
    """Run the steps once on a small mirror page (and on that page misread as GBK) so rule tables,
    automata and converters are built; an executor calls this before forking workers, which then
    inherit them ready."""
    import random

    from zhengben.document import Document
    from zhengben.lines.label import warm_rules
    from zhengben.repair.mojibake import may_be_misread
    from zhengben.score.script import converter_slips
    from zhengben.step import run_steps
    from zhengben.synth import ARTICLE_EXAMPLE, corrupt

    page = corrupt(ARTICLE_EXAMPLE, random.Random(0))
    run_steps(steps, Document.from_text(page, "warm-up"))
    # the misread page builds the mojibake repair's character sets; the slips' tables are built
    # only when a verdict is open, which the mirror page never leaves
    misread = page.encode("utf-8").decode("gbk", errors="replace")
    run_steps(steps, Document.from_text(misread, "warm-up"))
    converter_slips("頭發")
    warm_rules()
    may_be_misread(page)  # (its character class, which only HTML pages use)
