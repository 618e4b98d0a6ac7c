"""Loading the extractors' data before the first issue needs it.

The extractors load their data on first use: compiled patterns, word lists, the +86 prefix table
(under a second), and jieba's dictionaries (~170 MB, ~3 s), which the meeting extractor needs for
a speaker named without a title. A run loads them ahead, while it waits for Prefect's API, or once
in the process its extraction workers are forked from (:mod:`flows.worker_preload`).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

# A few lines in the shapes the extractors look for: running them once loads what the first issue
# would otherwise load.
# A headline line too: the segmenter compiles its line patterns per last character on first use.
WARM_UP_TEXT = "某某会议召开\n本报讯 12月1日上午,某某会议在市会议中心召开。报名时间为12月1日至12月5日。\n咨询电话:0351-4000000,13900000000。\n"


def warm_up(*, jieba: bool) -> None:
    """Load the extractors' data, and with ``jieba`` jieba's dictionaries (with and without HMM)."""
    from extractors.pipeline import SourceMeta, process_issue

    try:
        process_issue(WARM_UP_TEXT.encode("utf-8"), SourceMeta(source_path="warm-up.txt", issue_date=date(2023, 12, 1)))
        if jieba:
            # The first headline naming a speaker without a title needs them; the warm-up text
            # cannot be sure to reach that path.
            from extractors import people

            people.jieba_names("王小明讲话")
            people.leading_body("市文物局召开会议")
    except Exception:  # noqa: BLE001 - only a head start: the batches report real failures
        pass


def jieba_tables_cached() -> bool:
    """Whether jieba's packed tables are in the cache folder, for the installed jieba."""
    from extractors.cache import cache_dir
    from extractors.jieba_tables import tables_cache_path

    try:
        return tables_cache_path(cache_dir() / "jieba").is_file()
    except OSError:
        return False


def build_caches_apart(timeout: float = 300) -> None:
    """Where jieba's tables are not cached yet, build them (and the compiled patterns) in a child
    interpreter that exits, so that this process reads the compact files like every later run.

    Built in place, the process keeps what building left behind (~80 MB more resident): in the fork
    server every extraction worker inherits it, and a machine's first run peaked at ~800 MB summed
    RSS against ~550 MB for every run after it. A child that fails or times out changes nothing:
    the warm-up after it builds in place, as before.
    """
    if jieba_tables_cached():
        return
    try:
        subprocess.run(
            [sys.executable, "-c", "from flows.warm_up import warm_up; warm_up(jieba=True)"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=timeout, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        pass
