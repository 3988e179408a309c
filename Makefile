# make run: install and run factx on the seeds; make test: install, lint and test. Each does its own set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/factx extract seeds/
	$(BIN)/factx conflicts

lint: install
	$(BIN)/ruff check factx tests bench
	$(BIN)/ruff format --check factx tests bench

test: install lint
	$(BIN)/pytest -q -rs

bench: install
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) .factx .pytest_cache .ruff_cache bench/out
