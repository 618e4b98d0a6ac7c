# baoxun: `make run` and `make test` work on a fresh machine with only Python 3.11.
# The interpreter .venv is made with: the distribution's python3.11 when it can make a venv (Debian,
# Ubuntu and Fedora build theirs with profile-guided optimisation; pyenv's default build has none,
# and extraction, pure Python, takes ~7-9 % more CPU on it), else the first python3.11 on PATH,
# else python3. `make PYTHON=/path/to/python3.11 run` chooses another; an existing .venv is kept.
PYTHON ?= $(shell for p in /usr/bin/python3.11 "$$(command -v python3.11)" "$$(command -v python3)"; do \
	[ -x "$$p" ] && "$$p" -c "import ensurepip, venv" 2>/dev/null && { echo "$$p"; break; }; done)
VENV   := .venv
BIN    := $(VENV)/bin
# One stamp per lock: a changed lock (or pyproject.toml) reinstalls exactly what it pins.
STAMP      := $(VENV)/.installed-run-$(shell cat requirements-build.lock requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat requirements-test.lock pyproject.toml | cksum | cut -d' ' -f1)
BENCH_STAMP := $(VENV)/.installed-bench-$(shell cat requirements-bench.lock pyproject.toml | cksum | cut -d' ' -f1)
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# The locks are written by uv (make lock), hashes included; pip checks every hash on install.
UV_VERSION ?= 0.13.8
RAW    ?= raw

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: run test stress bench bench-dates lock clean help

help:
	@echo "make run    - create .venv from requirements.lock (running packages only) if needed, ingest $(RAW)/ into warehouse/baoxun.duckdb"
	@echo "make test   - add the test packages and the Dask runner (requirements-test.lock) and run the test suite"
	@echo "make stress - the slow robustness tests (crash, concurrency, large files)"
	@echo "make bench  - benchmarks (synthetic ten-year corpus; start-up on the samples; a 50 MB undated file; PAGES=dir: also your own paper's pages)"
	@echo "make bench-dates - date normaliser accuracy and speed vs jionlp (if installed) and dateparser"
	@echo "make lock   - rewrite the four locks with uv from pyproject.toml, keeping their pins (UPGRADE=1 to upgrade)"

$(STAMP): requirements-build.lock requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# pip first (its own hashed lock): the pip a venv starts with cannot install the others.
	$(PIP) -r requirements-build.lock
	$(PIP) -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	@# Prefect's database migrated once here, not in the first `baoxun run` (~10 s).
	$(BIN)/python -m flows.prefect_daemon --init
	@rm -f $(VENV)/.installed-run-*
	@touch $@

# The running packages plus pytest, hypothesis, khal, psutil and the optional Dask runner.
$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(PIP) -r requirements-test.lock
	@rm -f $(VENV)/.installed-test-*
	@touch $@

run: $(STAMP)
	$(BIN)/baoxun run $(RAW)

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

stress: $(TEST_STAMP)
	$(BIN)/python -m pytest -q -m slow

# N daily issues (default ten years) through `baoxun run`, against the floor and the jionlp peer.
N ?= 3650
bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.run_bench --n $(N) --json bench/out/bench.json $(if $(PAGES),--pages $(PAGES))

bench-dates: $(BENCH_STAMP)
	$(BIN)/python bench/bench_dates.py --json bench/out/dates.json
	@if [ -n "$(JIONLP_DIR)$(RECOGNIZERS_DIR)" ]; then \
	  $(BIN)/python bench/peer_suites.py $(if $(JIONLP_DIR),--jionlp $(JIONLP_DIR)) \
	    $(if $(RECOGNIZERS_DIR),--recognizers $(RECOGNIZERS_DIR)) --json bench/out/peer_suites.json; \
	else echo "peer suites: set JIONLP_DIR and RECOGNIZERS_DIR to checkouts of JioNLP and Recognizers-Text to score them"; fi

# Each lock is complete for its purpose; the test and bench locks are resolved against the running
# lock (-c), so a package they share has one version everywhere. Extras stay in the locks
# (httpx[http2]==…), which is why pip itself comes first from requirements-build.lock.
LOCK_WITH := $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --no-strip-extras --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade,)

lock: $(STAMP)
	$(PIP) uv==$(UV_VERSION)
	$(LOCK_WITH) pyproject.toml -o requirements.lock
	$(LOCK_WITH) requirements-build.in -c requirements.lock -o requirements-build.lock
	$(LOCK_WITH) pyproject.toml --extra test --extra dask -c requirements.lock -o requirements-test.lock
	$(LOCK_WITH) pyproject.toml --extra bench --extra dask -c requirements.lock -o requirements-bench.lock

# The running packages plus the benchmarks' peers (jionlp, trafilatura), psutil and the Dask runner.
$(BENCH_STAMP): $(STAMP) requirements-bench.lock
	$(PIP) -r requirements-bench.lock
	@rm -f $(VENV)/.installed-bench-*
	@touch $@

clean:
	rm -rf $(VENV) .state warehouse/baoxun.duckdb warehouse/baoxun.duckdb.wal warehouse/deadlines.ics
