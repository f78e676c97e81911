"""Reject records: every document a run did not output, with its reason and enough to audit it.

A reject keeps where the record came from (input, offset, id, URL), the rule or error that
decided it, a detail (and for errors a short traceback), the length of the original and its
first ``HEAD_CHARS`` characters.
"""

from __future__ import annotations

import traceback
from typing import Any

__all__ = ["HEAD_CHARS", "reject_record", "traceback_summary"]

HEAD_CHARS = 2000


def _head(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data[: HEAD_CHARS * 4].decode("utf-8", errors="replace")[:HEAD_CHARS]
    return data[:HEAD_CHARS]


def reject_record(*, doc_id: str, reason: str, detail: str, input: str, offset: int, url: str | None,
                  original: bytes | str | None, length: int, unit: str, trace: str | None = None,
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """One line of ``rejects/``: provenance, reason, detail, length and head of the original."""
    rec: dict[str, Any] = {"id": doc_id, "reason": reason, "detail": detail, "input": input, "offset": offset,
                           "url": url, "length": length, "length_unit": unit, "head": _head(original)}
    if trace:
        rec["traceback"] = trace
    if extra:
        rec["provenance"] = extra
    return rec


def traceback_summary(exc: BaseException, frames: int = 4) -> str:
    """``Type: message`` and the innermost frames as ``file:line in func``, one line each."""
    tb = traceback.extract_tb(exc.__traceback__)[-frames:]
    where = [f"{fr.filename.rsplit('/', 1)[-1]}:{fr.lineno} in {fr.name}" for fr in tb]
    return "\n".join([f"{type(exc).__name__}: {str(exc)[:300]}", *where])
