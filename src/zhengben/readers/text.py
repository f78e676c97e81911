"""Plain-text pages: bytes (any common Chinese encoding) to a Document.

Decoding never guesses silently: the chosen encoding and how it was chosen go into the
document's provenance. Binary payloads are a ``DecodeError`` (a per-record reject).
"""

from __future__ import annotations

import codecs

from zhengben.document import Document
from zhengben.errors import DecodeError

__all__ = ["decode_text", "read_text"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Tried strictly in order; GB18030 is a superset of GBK/GB2312, Big5-HKSCS of Big5.
_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")


def decode_text(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, how) for plain-text bytes; raises DecodeError for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc, "bom"
    head = data[:65536]
    if head.count(0) > max(1, len(head) // 100):
        raise DecodeError(f"binary payload: {head.count(0)} NUL bytes in the first {len(head)}")
    for enc in _CANDIDATES:
        try:
            return data.decode(enc), enc, "strict"
        except UnicodeDecodeError:
            continue
    text = data.decode("utf-8", errors="replace")
    return text, "utf-8", f"replaced {text.count(chr(0xFFFD))} undecodable bytes"


def read_text(data: bytes | str, doc_id: str = "-", **provenance: object) -> Document:
    if isinstance(data, str):
        return Document.from_text(data, doc_id, **provenance)
    text, enc, how = decode_text(data)
    return Document.from_text(text, doc_id, encoding=enc, decoded=how, **provenance)
