"""Plain-text pages: bytes (any common Chinese encoding) to a Document.

Decoding never guesses silently: the chosen encoding and how it was chosen go into the
document's provenance (``readers.decode``). Binary payloads are a ``DecodeError``, which an
executor turns into a per-record reject.
"""

from __future__ import annotations

import re
from typing import Any

from zhengben.document import Document
from zhengben.errors import DecodeError
from zhengben.readers.decode import decode_bytes

__all__ = ["check_not_binary", "read_text", "surrogate_free", "without_surrogates"]

# C0 controls other than tab, LF, FF, CR and ESC: rare in text, common in binary formats.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])


def check_not_binary(data: bytes) -> None:
    """Raise DecodeError when the first 64 KB look like a binary payload, not text."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a BOM: text, whatever its NUL bytes say
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(1, len(head) // 20):
        raise DecodeError(f"binary payload: {controls} control bytes in the first {len(head)}")


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (``\\ud800`` escaped in JSON, a file name's undecodable byte)
    as U+FFFD, and how many there were: no encoder writes one, so no output could hold it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)
    return text, 0


_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_free(text: str, provenance: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``text`` without lone surrogates, and ``provenance`` saying how many were replaced (if any)."""
    text, lone = without_surrogates(text)
    return text, ({**provenance, "surrogates_replaced": lone} if lone else provenance)


def read_text(data: bytes | str, doc_id: str = "-", **provenance: Any) -> Document:
    if isinstance(data, str):
        data, provenance = surrogate_free(data, provenance)
        return Document.from_text(data, doc_id, **provenance)
    check_not_binary(data)
    decoded = decode_bytes(data, html=False)
    return Document.from_text(decoded.text, doc_id, encoding=decoded.encoding, decoded=decoded.source,
                              replaced=decoded.replaced, **provenance)
