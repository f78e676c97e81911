"""Executors run the same steps: in memory (tests, one page), local processes, Ray Data."""
