"""Rule tables shipped as package data, and their loader.

Each table is a UTF-8 TSV file: ``#`` lines first (format, source, licence, used by), then a
header row, then one row per rule, sorted by ``id`` and unique. Loading validates all of that,
so a malformed table fails at start-up (``RuleTableError``), never silently mid-run.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from zhengben.errors import RuleTableError

__all__ = ["Row", "compile_pattern", "load_table", "reasons", "table_names"]

Row = dict[str, str]


def table_names() -> list[str]:
    """Names (without ``.tsv``) of every table shipped with the package."""
    root = resources.files(__package__)
    return sorted(p.name[:-4] for p in root.iterdir() if p.name.endswith(".tsv"))


@cache
def load_table(name: str) -> tuple[Row, ...]:
    """Rows of ``rules/<name>.tsv`` as dicts keyed by the header; validated, cached."""
    path = resources.files(__package__).joinpath(f"{name}.tsv")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RuleTableError(f"no rule table {name!r}") from exc
    lines = [ln for ln in raw.split("\n") if ln and not ln.startswith("#")]
    if not lines:
        raise RuleTableError(f"{name}.tsv has no header")
    header = lines[0].split("\t")
    if header[0] != "id":
        raise RuleTableError(f"{name}.tsv: first column must be 'id', not {header[0]!r}")
    rows: list[Row] = []
    for n, ln in enumerate(lines[1:], start=2):
        cells = ln.split("\t")
        if len(cells) != len(header):
            raise RuleTableError(f"{name}.tsv row {n}: {len(cells)} cells, header has {len(header)}")
        rows.append(dict(zip(header, cells, strict=True)))
    ids = [r["id"] for r in rows]
    if ids != sorted(ids):
        raise RuleTableError(f"{name}.tsv: rows are not sorted by id")
    if len(set(ids)) != len(ids):
        raise RuleTableError(f"{name}.tsv: duplicate ids")
    return tuple(rows)


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleTableError(f"bad pattern {pattern!r}: {exc}") from exc


@cache
def reasons() -> dict[str, str]:
    """Every rule id in every table mapped to its reason: the one place ids are looked up."""
    out: dict[str, str] = {}
    for name in table_names():
        for row in load_table(name):
            if row["id"] in out:
                raise RuleTableError(f"rule id {row['id']!r} appears in two tables")
            out[row["id"]] = row.get("reason", "")
    return out
