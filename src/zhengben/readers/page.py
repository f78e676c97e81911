"""Any page to a Document: plain text, or HTML through the extractor, by ``kind``.

The one entry point readers and executors use, so a WARC response, a JSONL row and a file on
disk become documents the same way.
"""

from __future__ import annotations

from typing import Any, Literal

from zhengben.document import Document
from zhengben.readers.text import read_text, surrogate_free

__all__ = ["PageKind", "document_from_page"]

PageKind = Literal["text", "html"]


def document_from_page(data: bytes | str, kind: PageKind = "text", *, doc_id: str = "-", url: str | None = None,
                       http_charset: str | None = None, **provenance: Any) -> Document:
    """Decode (and for HTML, extract) a page into a Document ready for the pipeline."""
    if kind == "text":
        return read_text(data, doc_id, **({"url": url} if url else {}), **provenance)
    from zhengben.readers.html_document import document_from_html

    if isinstance(data, str):  # (a JSON row's HTML: a lone surrogate in it could not be encoded)
        text, provenance = surrogate_free(data, provenance)
        data = text.encode("utf-8")
    return document_from_html(data, doc_id=doc_id, url=url, http_charset=http_charset, **provenance)
