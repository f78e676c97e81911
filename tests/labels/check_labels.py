#!/usr/bin/env python3
"""Check tests/labels/chinesewebtext.jsonl against the shared ChineseWebText sample.

Usage (from the repo root):
    python3 tests/labels/check_labels.py [DATA_JSONL] [--labels LABELS_JSONL] [--no-text]

DATA_JSONL defaults to ../shared/data/chinesewebtext/cc_2021-43_cleared1.jsonl relative to
the repo root. The labels hold only digests and character offsets; this script reads the
shared file to show what each span covers (for human review). Standard library only.
Exit status is 1 on any inconsistency, 0 otherwise.
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO / '..' / 'shared' / 'data' / 'chinesewebtext' / 'cc_2021-43_cleared1.jsonl'
DEFAULT_LABELS = Path(__file__).resolve().parent / 'chinesewebtext.jsonl'
VERDICTS = ('injected_spam', 'keyword_stuffing', 'spun', 'hijacked', 'mirror')
KINDS = ('gambling', 'porn', 'ad', 'anchor', 'summary', 'footer', 'other')
KEYS = ('digest', 'n', 'url', 'verdict', 'title_spans', 'spans', 'body_lines', 'notes')


def check_spans(spans, text, where, errors):
    """Validate [start, end, kind] triples against text; return the valid ones."""
    ok = []
    prev_end = -1
    if not isinstance(spans, list):
        errors.append(f'{where}: spans is not a list')
        return ok
    for s in spans:
        if not (isinstance(s, list) and len(s) == 3 and isinstance(s[0], int)
                and isinstance(s[1], int) and isinstance(s[2], str)):
            errors.append(f'{where}: malformed span {s!r}')
            continue
        a, b, kind = s
        if kind not in KINDS:
            errors.append(f'{where}: unknown kind {kind!r} in {s!r}')
        if not 0 <= a < b <= len(text):
            errors.append(f'{where}: span {s!r} out of range (len {len(text)})')
            continue
        if a < prev_end:
            errors.append(f'{where}: span {s!r} overlaps or is out of order (previous end {prev_end})')
        prev_end = max(prev_end, b)
        ok.append((a, b, kind))
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument('data', nargs='?', default=str(DEFAULT_DATA))
    ap.add_argument('--labels', default=str(DEFAULT_LABELS))
    ap.add_argument('--no-text', action='store_true', help='do not print span texts')
    args = ap.parse_args()

    try:
        with open(args.data, encoding='utf-8') as f:
            recs = [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        print(f'cannot read data file: {e}', file=sys.stderr)
        return 1
    with open(args.labels, encoding='utf-8') as f:
        labels = [json.loads(line) for line in f if line.strip()]

    errors = []
    if len(labels) != len(recs):
        errors.append(f'{len(labels)} labels for {len(recs)} records')

    verdict_counts = Counter()
    kind_counts = Counter()
    kind_chars = Counter()
    title_kind_counts = Counter()
    clean = 0
    for idx, lab in enumerate(labels):
        missing = [k for k in KEYS if k not in lab]
        if missing:
            errors.append(f'label line {idx}: missing keys {missing}')
            continue
        n = lab['n']
        if n != idx:
            errors.append(f'label line {idx}: n={n} (labels must be in file order)')
        if not isinstance(n, int) or not 0 <= n < len(recs):
            errors.append(f'label line {idx}: n={n!r} out of range')
            continue
        rec = recs[n]
        where = f'#{n} {lab["digest"]}'
        if rec['digest'] != lab['digest']:
            errors.append(f'{where}: digest mismatch (data has {rec["digest"]})')
            continue
        if rec['url'] != lab['url']:
            errors.append(f'{where}: url mismatch')
        v = lab['verdict']
        if set(v) != set(VERDICTS) or not all(isinstance(v[k], bool) for k in VERDICTS):
            errors.append(f'{where}: verdict must have exactly {VERDICTS} as booleans')
            continue
        text, title = rec['raw_content'], rec['title']
        spans = check_spans(lab['spans'], text, where + ' spans', errors)
        tspans = check_spans(lab['title_spans'], title, where + ' title_spans', errors)
        if v['injected_spam'] != bool(spans or tspans):
            errors.append(f'{where}: injected_spam={v["injected_spam"]} but {len(spans)} spans, '
                          f'{len(tspans)} title spans (must be true iff any span)')
        nlines = len(text.split('\n'))
        body = lab['body_lines']
        if (not isinstance(body, list) or body != sorted(set(body))
                or not all(isinstance(i, int) and 0 <= i < nlines for i in body)):
            errors.append(f'{where}: body_lines must be sorted unique ints in [0, {nlines})')
        if not isinstance(lab['notes'], str) or not lab['notes'].strip():
            errors.append(f'{where}: empty notes')

        for k in VERDICTS:
            verdict_counts[k] += v[k]
        if not any(v.values()):
            clean += 1
        for a, b, kind in spans:
            kind_counts[kind] += 1
            kind_chars[kind] += b - a
        for _, _, kind in tspans:
            title_kind_counts[kind] += 1

        if not args.no_text and (spans or tspans):
            flags = ','.join(k for k in VERDICTS if v[k])
            print(f'== #{n} {lab["digest"]} [{flags}] body_lines={len(body)}')
            for a, b, kind in tspans:
                print(f'   title {a:>4}-{b:<4} {kind:<8} {title[a:b]!r}')
            for a, b, kind in spans:
                print(f'   {a:>5}-{b:<5} {kind:<8} {text[a:b]!r}')

    print()
    print(f'documents: {len(labels)}  clean (all verdicts false): {clean}')
    for k in VERDICTS:
        print(f'  {k:<17} {verdict_counts[k]}')
    print(f'spans: {sum(kind_counts.values())}  characters: {sum(kind_chars.values())}')
    for k in KINDS:
        if kind_counts[k]:
            print(f'  {k:<9} {kind_counts[k]:>4} spans {kind_chars[k]:>6} chars')
    print(f'title spans: {sum(title_kind_counts.values())} '
          + ' '.join(f'{k}={c}' for k, c in sorted(title_kind_counts.items())))
    if errors:
        print(f'\n{len(errors)} ERROR(S):', file=sys.stderr)
        for e in errors:
            print('  ' + e, file=sys.stderr)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
