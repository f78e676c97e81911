"""In-line repairs: whitespace, ruby residue, punctuation, script. Each emits edits with rule ids."""
