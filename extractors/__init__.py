"""Pure extraction: decoded text and an issue context in, typed records out.

Nothing here imports Prefect or DuckDB or reads or writes files (jieba keeps its dictionary cache in
the user cache folder `cache` names, never beside the code); see ``records`` for the vocabulary and
``registry`` for the list of extractors the flow runs.
"""
