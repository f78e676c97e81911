"""The error tree, typed by what an executor does with each error.

    ZhengbenError
    ├── RecordError      one document is bad: reject it with a reason, go on
    │   ├── DecodeError  bytes that cannot be read as text at all (binary payload)
    │   └── LimitError   a document over the size or time limit
    │       └── DepthError  HTML nested too deep to parse in time
    ├── ReplayError      edits do not reproduce the text: a bug, reject the record loudly
    ├── RuleTableError   a package-data table is malformed: fatal at start-up
    └── ConfigError      an invalid option: fatal at start-up
"""

from __future__ import annotations

__all__ = [
    "ConfigError", "DecodeError", "DepthError", "LimitError", "RecordError", "ReplayError", "RuleTableError",
    "ZhengbenError",
]


class ZhengbenError(Exception):
    """Base of every error zhengben raises on purpose."""


class RecordError(ZhengbenError):
    """One record cannot be processed; the run goes on without it (it becomes a reject)."""

    reason = "error.record"


class DecodeError(RecordError):
    """The bytes are not text (binary payload, or undecodable beyond repair)."""

    reason = "error.decode"


class LimitError(RecordError):
    """The record exceeds a size or time guard."""

    reason = "error.limit"


class DepthError(LimitError):
    """HTML that leaves so many elements open that parsing it would take minutes, in C code a
    time limit cannot stop (readers.html refuses it before parsing)."""

    reason = "error.limit.depth"


class ReplayError(ZhengbenError):
    """Edits do not fit the text they claim to change."""

    reason = "error.replay"


class RuleTableError(ZhengbenError):
    """A rule table shipped as package data is malformed."""


class ConfigError(ZhengbenError):
    """An option has an invalid value."""
