"""Readers: bytes in, documents out, with the decoding decision recorded."""
