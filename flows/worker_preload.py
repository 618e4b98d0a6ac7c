"""Imported by the fork server the extraction workers are forked from: loads what they all need.

``baoxun run`` starts its extraction workers from a fork server (``multiprocessing``'s
"forkserver"): a fresh interpreter that imports this module, then forks one worker per core.
Each worker started by ``spawn`` loaded the extractors' data and jieba's dictionaries (~170 MB,
~3 s) again: two workers held two copies of jieba. Forked from here, they share these pages
(copy-on-write) and start with everything loaded.

Importing this module has these effects on purpose (a fork server can only import modules);
nothing else imports it. The fork server is a clean interpreter that never holds the run's
Prefect, DuckDB connections or threads, so forking from it is safe where forking the run's process
is not. Nothing imported here may start a thread (``warehouse.load`` imports pyarrow, which does,
only when it writes).
"""

from __future__ import annotations

import atexit
import gc

import flows.ingest  # noqa: F401 - what the workers run (process_files) and unpickle (its batch types)
from flows.warm_up import build_caches_apart, warm_up

# On a machine's first run jieba's tables are built, not read: built here, their leftovers would be
# resident in every worker forked from here.
build_caches_apart()
warm_up(jieba=True)
# What is loaded now lives as long as the workers: their collectors need not walk it (walking it
# writes to its pages, which would then stop being shared).
gc.freeze()
# As the fork server exits, its objects go back to the collector: left frozen, DuckDB's bindings
# would report them as leaked on stderr. (Workers leave through os._exit, without finalizing.)
atexit.register(gc.unfreeze)
