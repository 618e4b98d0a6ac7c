"""Pure extraction: decoded text and an issue context in, typed records out.

Nothing here imports Prefect or DuckDB or touches files; see ``records`` for the vocabulary and
``registry`` for the list of extractors the flow runs.
"""
