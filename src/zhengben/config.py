"""One typed, frozen config: every threshold that turns a signal into a decision.

Steps *measure* (signals on the record); these numbers *decide*. Each option's comment says
which way it errs. Lengths are counted in characters (CJK ideographs), never in
whitespace-separated words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from zhengben.errors import ConfigError

__all__ = ["Config", "LineConfig", "RubyConfig", "ScriptConfig", "SpamConfig"]

ScriptTarget = Literal["auto", "hans", "keep"]


@dataclass(frozen=True, slots=True)
class RubyConfig:
    # Strip readings when at least this many verified `字(reading)` matches are found.
    # Lower: more teaching annotations lost; higher: residue left on lightly annotated pages.
    min_matches: int = 3
    # On a page already judged a mirror, one verified match is enough.
    min_matches_on_mirror: int = 1


@dataclass(frozen=True, slots=True)
class ScriptConfig:
    # "auto": convert mirrors to simplified, keep genuine traditional pages traditional;
    # "hans": convert every traditional page; "keep": never convert.
    target: ScriptTarget = "auto"
    # A page is traditional when this share of its script-specific characters is traditional.
    hant_share: float = 0.7
    # ...and it has at least this many traditional-only characters.
    min_hant_chars: int = 5
    # Mirror score: sum of evidence weights (see score/verdict.py); at or above -> mirror.
    # Lower: genuine HK/TW pages converted; higher: mirrors left traditional.
    mirror_score: float = 2.0


@dataclass(frozen=True, slots=True)
class PunctConfig:
    # Half-width punctuation in CJK context is an obfuscation when at least this many
    # occur and they are at least this share of all restorable punctuation.
    min_halfwidth: int = 3
    halfwidth_share: float = 0.5


@dataclass(frozen=True, slots=True)
class LineConfig:
    # Titles and captions longer than this (characters) are body text instead.
    max_title_chars: int = 80
    max_caption_chars: int = 80
    # A run of at least this many consecutive short lines (no sentence punctuation) is a menu.
    nav_run: int = 3
    nav_line_chars: int = 10
    # A line belongs to a "related" list when it is at most this long.
    max_related_chars: int = 60


@dataclass(frozen=True, slots=True)
class SpamConfig:
    # A line is spam when its vocabulary score reaches this (strong terms weigh 3, weak 1)...
    line_score: float = 6.0
    # ...and spam terms cover at least this share of its CJK characters.
    line_coverage: float = 0.25


@dataclass(frozen=True, slots=True)
class Config:
    ruby: RubyConfig = field(default_factory=RubyConfig)
    script: ScriptConfig = field(default_factory=ScriptConfig)
    punct: PunctConfig = field(default_factory=PunctConfig)
    lines: LineConfig = field(default_factory=LineConfig)
    spam: SpamConfig = field(default_factory=SpamConfig)
    # Default timezone for datelines that give none (mainland and Taiwan/HK pages alike).
    default_utc_offset: str = "+08:00"
    # Size guard: documents longer than this many characters are rejected, not processed.
    max_chars: int = 5_000_000

    def __post_init__(self) -> None:
        if self.script.target not in ("auto", "hans", "keep"):
            raise ConfigError(f"script.target must be auto, hans or keep, not {self.script.target!r}")
        if not 0 < self.script.hant_share <= 1:
            raise ConfigError("script.hant_share must be in (0, 1]")

    def with_script(self, target: ScriptTarget) -> Config:
        """A copy with another script target (the CLI's --script)."""
        return replace(self, script=replace(self.script, target=target))
