# Two commands a new machine needs: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint fixtures clean typecheck

# The install is pure Python; extensions an earlier build (mypyc, before 0.2) left beside the
# sources would be imported before them (and hide an edit), so they go first.
# The editable install is strict (a tree of links: a folder named newsclean/ in the working directory
# can never stand in for the package); a module added or removed changes a folder, which reinstalls.
$(STAMP): pyproject.toml $(wildcard newsclean/ newsclean/*/ site_rules/)
	find newsclean -name '*.so' -delete
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]' --config-settings editable_mode=strict
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsclean seeds/*.txt

test: $(STAMP)
	$(VENV)/bin/ruff check newsclean site_rules tests benchmarks tools
	$(PY) -m mypy newsclean site_rules
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Rewrite a fixture's expected JSON from the current output, for review with `git diff`:
#   make fixtures CASE=fixtures/tempo/some_case.txt   (or without CASE: every fixture)
fixtures: $(STAMP)
	$(PY) tools/regen_fixtures.py $(CASE)

# The whole package passes mypy (`make test` runs it too).
typecheck: $(STAMP)
	$(PY) -m mypy newsclean

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find newsclean -name '*.so' -delete
