"""Benchmarks: a synthetic ten-year corpus, the ingest timings, the floor and the peer."""
