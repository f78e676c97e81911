"""An HTML page to a Document: extract the article, then hand it to the same text pipeline.

The extracted paragraphs (one per line, blank lines between) become the document's
``original`` text, so an HTML mirror gets exactly the treatment of a scraped text page:
ruby, script, punctuation, line labels. What the extractor learnt from the markup — title,
dates, author, source, editor, keywords (each with its origin), captions, the decoding
decision and the ``<ruby>`` readings it dropped — goes onto the record beside it.
"""

from __future__ import annotations

from typing import Any

from zhengben.document import Document
from zhengben.readers.html import extract_html
from zhengben.readers.text import check_not_binary

__all__ = ["document_from_html"]

_FIELDS = ("title", "published", "author", "source", "editor")


def document_from_html(data: bytes, *, doc_id: str = "-", url: str | None = None, http_charset: str | None = None,
                       **provenance: Any) -> Document:
    check_not_binary(data)
    art = extract_html(data, url=url, http_charset=http_charset)
    text = "\n\n".join(art.paragraphs)
    doc = Document.from_text(text, doc_id, **provenance)
    if url:
        doc.provenance["url"] = url
    doc.provenance.update(format="html", encoding=art.decoded.encoding, decoded=art.decoded.source,
                          replaced=art.decoded.replaced, has_article=art.has_article)
    if art.site_region:
        # the site is a Taiwan/Hong Kong/overseas outlet: its pages are written in their script
        doc.provenance["site_region"] = {"region": art.site_region[0], "origin": art.site_region[1]}
    if art.mainland_licence:
        # a mainland site's licence numbers in its footer: where the page is hosted (score.signals)
        doc.provenance["mainland_licence"] = True
    if art.no_article_reason:
        doc.provenance["no_article_reason"] = art.no_article_reason
    if art.outside_spam:
        # spam the page shows outside its article (footer links, hidden blocks, <title>): measured
        # here, judged by score.quality (SpamVerdictConfig.outside_spam_min_terms)
        doc.provenance["outside_spam"] = {"terms": art.outside_spam, "rule": "spam.page.outside_article"}
    if art.inside_spam:
        # ... and in the blocks left out between the article's paragraphs (a farm's link row)
        doc.provenance["inside_spam"] = {"terms": art.inside_spam, "rule": "spam.page.inside_article"}
    if art.ruby:
        # <ruby> handled structurally: base text kept, <rt>/<rp> dropped before the text existed
        doc.provenance["html_ruby"] = [{"base": base, "reading": reading, "rule": "html.ruby",
                                        "reason": "<rt>/<rp> reading dropped, base text kept"}
                                       for base, reading in art.ruby]
    for name in _FIELDS:
        found = getattr(art, name)
        if found is not None and found.value:
            doc.meta[name] = {"value": found.value, "origin": f"html:{found.origin}"}
    if art.keywords:
        doc.meta["keywords"] = {"value": list(art.keywords), "origin": "html:meta[keywords]"}
    if art.channel:
        doc.meta["channel"] = {"value": list(art.channel[0]), "origin": f"html:{art.channel[1]}"}
    if art.captions:
        doc.meta["captions"] = {"value": list(art.captions), "origin": "html:figcaption"}
    return doc
