"""Metadata parsed from labelled lines: each field with its value and the rule it came from."""
