# baoxun: `make run` and `make test` work on a fresh machine with only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
RAW    ?= raw

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: run test stress bench bench-dates lock clean help

help:
	@echo "make run    - create .venv from requirements.lock if needed, ingest $(RAW)/ into warehouse/baoxun.duckdb"
	@echo "make test   - create .venv if needed and run the test suite"
	@echo "make stress - the slow robustness tests (crash, concurrency, large files)"
	@echo "make bench  - benchmarks (synthetic ten-year corpus; start-up on the samples; a 50 MB undated file)"
	@echo "make bench-dates - date normaliser accuracy and speed vs jionlp (if installed) and dateparser"
	@echo "make lock   - re-pin requirements.lock from the current .venv"

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# Prefect's database migrated once here, not in the first `baoxun run` (~10 s).
	$(BIN)/python -m flows.prefect_daemon --init
	@rm -f $(VENV)/.installed-*
	@touch $@

run: $(STAMP)
	$(BIN)/baoxun run $(RAW)

test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

stress: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

# N daily issues (default ten years) through `baoxun run`, against the floor and the jionlp peer.
N ?= 3650
bench: $(VENV)/.bench-installed
	$(BIN)/python -m bench.run_bench --n $(N) --json bench/out/bench.json

bench-dates: $(VENV)/.bench-installed
	$(BIN)/python bench/bench_dates.py --json bench/out/dates.json
	@if [ -n "$(JIONLP_DIR)$(RECOGNIZERS_DIR)" ]; then \
	  $(BIN)/python bench/peer_suites.py $(if $(JIONLP_DIR),--jionlp $(JIONLP_DIR)) \
	    $(if $(RECOGNIZERS_DIR),--recognizers $(RECOGNIZERS_DIR)) --json bench/out/peer_suites.json; \
	else echo "peer suites: set JIONLP_DIR and RECOGNIZERS_DIR to checkouts of JioNLP and Recognizers-Text to score them"; fi

# Packages only the benchmarks use (the jionlp peer, trafilatura compared in bench/bench_html.py); never runtime dependencies.
BENCH_ONLY := jiojio|jionlp|numpy|zipfile36|trafilatura|courlan|htmldate|jusText|tld|babel

lock:
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E "^(baoxun|pip)==" > /tmp/baoxun-freeze.txt
	grep -v -E "^($(BENCH_ONLY))==" /tmp/baoxun-freeze.txt > requirements.lock
	grep -E "^($(BENCH_ONLY))==" /tmp/baoxun-freeze.txt > requirements-bench.lock

$(VENV)/.bench-installed: $(STAMP) requirements-bench.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.lock
	@touch $@

clean:
	rm -rf $(VENV) .state warehouse/baoxun.duckdb warehouse/baoxun.duckdb.wal warehouse/deadlines.ics
