# Two commands a new machine needs: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint fixtures clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsclean seeds/*.txt

test: $(STAMP)
	$(VENV)/bin/ruff check newsclean site_rules tests benchmarks tools
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Rewrite a fixture's expected JSON from the current output, for review with `git diff`:
#   make fixtures CASE=fixtures/tempo/some_case.txt   (or without CASE: every fixture)
fixtures: $(STAMP)
	$(PY) tools/regen_fixtures.py $(CASE)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
