# The two commands of the README: `make run` and `make test`. Each sets up what it needs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= tidings.db

.PHONY: run test lint setup setup-dev browser bench lock clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"

$(VENV)/.run-installed: requirements/run.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/run.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements/dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.run-installed

setup: $(VENV)/.run-installed
setup-dev: $(VENV)/.dev-installed

## The main job: ingest the bundled sample corpus into SQLite and show what came out.
run: setup
	$(BIN)/tidings demo --db $(DB)

## Everything the tests need (dev deps, a headless chromium from Debian), then the tests.
test: setup-dev browser
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: browser tests will skip (install Debian's chromium to run them)"; fi; }

lint: setup-dev
	$(BIN)/ruff check src tests bench

## Regenerate the hash-pinned lock files from pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/run.lock -q
	uv pip compile pyproject.toml --extra dev --extra bench --extra ray --python-version 3.11 --generate-hashes -o requirements/dev.lock -q

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
