"""Assemble the article: keep body lines as paragraphs, everything else leaves the text by edit.

The output text is the paragraphs joined by one blank line. Every removed line is an edit
whose rule is the line's rule (so ``explain`` shows *why* the caption or the menu went), and
layout changes (trimmed spaces, paragraph breaks) are edits too; ``replay`` still holds.
"""

from __future__ import annotations

from zhengben.document import Change, Document
from zhengben.lines.label import split_lines
from zhengben.rules import reasons

__all__ = ["KEEP", "KEEP_WITH_CAPTIONS", "Assemble"]

KEEP = frozenset({"body"})
# the article as reference extractions read it: photo captions stay where they stand
KEEP_WITH_CAPTIONS = frozenset({"body", "caption"})


class Assemble:
    """Keep the lines whose label is in ``keep`` (the body by default; the record lists captions apart)."""

    name = "lines.assemble"

    def __init__(self, keep: frozenset[str] = KEEP) -> None:
        self.keep = keep

    def __call__(self, doc: Document) -> Document:
        why = reasons()
        keep = self.keep
        text = doc.text
        spans = split_lines(doc.text)
        # a kept line that earlier steps emptied (spam cut out of it) is a blank line now
        emptied = {ln.index for ln in doc.lines if ln.label in keep and not text[slice(*spans[ln.index])].strip()}
        kept = [ln.index for ln in doc.lines if ln.label in keep and ln.index not in emptied]
        last_kept = kept[-1] if kept else -1
        strip, brk = why["layout.strip"], why["layout.paragraph_break"]
        changes: list[Change] = []
        started = blank_kept = False
        for ln, (s, e) in zip(doc.lines, spans, strict=True):
            i = ln.index
            nl_end = spans[i + 1][0] if i + 1 < len(spans) else e  # end of this line's break
            label = "blank" if i in emptied else ln.label
            if label in keep:
                content = text[s:e]
                lead = len(content) - len(content.lstrip())
                trail = len(content) - len(content.rstrip())
                if started and not blank_kept:
                    changes.append(Change(s, s, "\n", "layout.paragraph_break", brk))
                if lead:
                    changes.append(Change(s, s + lead, "", "layout.strip", strip))
                if trail:
                    changes.append(Change(e - trail, e, "", "layout.strip", strip))
                if i == last_kept and nl_end > e:
                    changes.append(Change(e, nl_end, "", "layout.paragraph_break", brk))
                started, blank_kept = True, False
            elif label == "blank" and started and not blank_kept and i < last_kept:
                blank_kept = True  # one blank line stays as the paragraph break
                if e > s:
                    changes.append(Change(s, e, "", "layout.strip", strip))
            elif nl_end > s:
                rule = "line.blank" if i in emptied else ln.rule
                changes.append(Change(s, nl_end, "", rule, why[rule]))
        doc.apply(changes)
        return doc
