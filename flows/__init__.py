"""Thin orchestration: Prefect flows over the pure pipeline, and the ``baoxun`` CLI."""
