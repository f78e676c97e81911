"""Records out: the JSON record of a restored document (and, later, shards and rejects)."""
