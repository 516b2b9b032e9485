# Two commands a new machine needs: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint fixtures clean typecheck

# Modules the opt-in mypyc build compiles (setup.py); `make typecheck` checks them.
COMPILED := $(shell sed -n 's/^ *"\(newsclean\/[a-z_]*\.py\)",$$/\1/p' setup.py)

# The install is pure Python; extensions an earlier mypyc build left beside the sources would be
# imported before them (and hide an edit), so they go first.
$(STAMP): pyproject.toml setup.py
	find newsclean -name '*.so' -delete
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsclean seeds/*.txt

test: $(STAMP)
	$(VENV)/bin/ruff check newsclean site_rules tests benchmarks tools setup.py
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Rewrite a fixture's expected JSON from the current output, for review with `git diff`:
#   make fixtures CASE=fixtures/tempo/some_case.txt   (or without CASE: every fixture)
fixtures: $(STAMP)
	$(PY) tools/regen_fixtures.py $(CASE)

# What the build checks before compiling: the compiled modules pass mypy.
typecheck: $(STAMP)
	$(PY) -m pip install --quiet mypy
	$(PY) -m mypy --ignore-missing-imports --follow-imports=silent $(COMPILED)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find newsclean -name '*.so' -delete
