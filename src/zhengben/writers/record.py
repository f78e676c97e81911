"""The record ``restore --json`` prints: article fields, verdict, lines and edits."""

from __future__ import annotations

from typing import Any

from zhengben.document import Document

__all__ = ["FIELDS", "to_record"]

FIELDS = ("title", "published", "author", "source", "editor", "keywords", "channel", "captions")
_LIST_FIELDS = {"keywords", "channel", "captions"}


def to_record(doc: Document, *, lines: bool = True, edits: bool = True) -> dict[str, Any]:
    """The full record; absent fields are ``None`` (lists: ``[]`` only when the page has none)."""
    rec: dict[str, Any] = {"id": doc.id}
    for name in FIELDS:
        value = doc.meta_value(name)
        rec[name] = value if value is not None else ([] if name in _LIST_FIELDS else None)
    paragraphs = doc.text.split("\n\n") if doc.text else []
    rec["paragraphs"] = paragraphs
    rec["text"] = doc.text
    dec, sig = doc.decisions, doc.signals
    rec["verdict"] = {
        "mirror": bool(dec.get("mirror")),
        "injected_spam": bool(dec.get("injected_spam")),
        "obfuscations": list(dec.get("obfuscations", [])),
        "keyword_stuffing": dec.get("keyword_stuffing"),
        "spun": dec.get("spun"),
        "hijacked": dec.get("hijacked"),
        "quality": dec.get("quality"),
        "script": sig.get("script"),
        "converted": dec.get("convert"),
        # why nothing is left: the extractor's reason on an HTML page, else the text steps' own
        "no_article": None if paragraphs else _no_article(doc),
        "signals": {k: v for k, v in sig.items() if k != "script"},
    }
    rec["meta_origin"] = {k: {"origin": v["origin"], "line": v.get("line")} for k, v in doc.meta.items()}
    if doc.provenance:
        rec["provenance"] = doc.provenance
    if lines:
        rec["lines"] = [ln.as_dict() for ln in doc.lines]
    if edits:
        rec["edits"] = [e.as_dict() for e in doc.edits]
    return rec


# line rules that say a whole page is no article (a not-found page, a list of search results)
_NO_ARTICLE_RULES = ("line.nav.error_page", "line.related.teasers")
_TOP_LINES = 4


def _no_article(doc: Document) -> str:
    """Why a document has no paragraphs: the extractor's reason, a page-level line rule, or ``drop.empty``."""
    reason = doc.provenance.get("no_article_reason")
    if reason:
        return str(reason)
    # the rule must have taken the page, not one stray line: its line among the first text lines
    top = [ln.rule for ln in doc.lines if ln.label != "blank"][:_TOP_LINES]
    return next((r for r in _NO_ARTICLE_RULES if r in top), "drop.empty")
