"""``zhengben explain``: every line's label and rule, every in-line edit as a diff.

Colour in a terminal, plain text when piped (rich decides; ``--color`` overrides).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from zhengben.document import Document, Edit

__all__ = ["explain"]

_STYLE = {"body": "green", "title": "bold cyan", "caption": "cyan", "spam": "bold red", "blank": "dim"}


def _leaf_edits(e: Edit) -> list[Edit]:
    return [e] if not e.parts else [p for part in e.parts for p in _leaf_edits(part)]


def explain(doc: Document, color: str = "auto") -> None:
    console = Console(force_terminal={"always": True, "never": False}.get(color), no_color=color == "never",
                      highlight=False, soft_wrap=True)
    v = doc.decisions
    console.print(Text(f"verdict: mirror={v.get('mirror')} injected_spam={v.get('injected_spam')} "
                       f"obfuscations={', '.join(v.get('obfuscations', [])) or 'none'} "
                       f"script={doc.signals.get('script')} convert={v.get('convert')}", style="bold"))
    console.print(Text(f"signals: { {k: val for k, val in doc.signals.items() if k != 'line_labels'} }",
                       style="dim"))
    console.print(Text("\nlines (label, rule):", style="bold"))
    for ln in doc.lines:
        row = Text(f"{ln.index:>4} {ln.label:<14} {ln.rule:<28} ", style=_STYLE.get(ln.label, "yellow"))
        shown = ln.text.replace("\n", "⏎")  # a line that joined wrapped lines spans several in the original
        row.append(shown if len(shown) <= 60 else shown[:59] + "…")
        console.print(row)
    console.print(Text("\nedits (in-line; whole-line removals are listed above):", style="bold"))
    leaves = sorted((e for top in doc.edits for e in _leaf_edits(top)), key=lambda e: (e.start, e.end))
    for e in leaves:
        if not e.rule.startswith(("line.", "layout.")):
            row = Text(f"{e.start:>6} {e.rule:<22} ")
            row.append(repr(e.before), style="red strike")
            row.append(" → ")
            row.append(repr(e.after), style="green")
            row.append(f"  {e.reason}", style="dim")
            console.print(row)
    console.print(Text(f"\n{len(doc.edits)} edits; replay(original, edits) reproduces the output.", style="dim"))
