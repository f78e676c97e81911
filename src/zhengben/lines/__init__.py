"""Line labels (rules/lines.tsv) and the assembly of the article from its body lines."""
