# Every target bootstraps .venv by itself: `make reports` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := analysis-py311

.PHONY: install reports test check lint lock clean-reports

install: $(STAMP)

# Reinstall when the dependency pins, the project metadata or any module changes: the
# install compiles the hot modules with mypyc (setup.py; about two minutes), and a
# compiled module older than its source refuses to import. ANALYSIS_PURE_PYTHON=1
# installs without compiling.
$(STAMP): pyproject.toml constraints.txt setup.py $(wildcard src/analysis/*.py)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "analysis (Python 3.11)" > /dev/null
	touch $(STAMP)

reports: $(STAMP)
	$(BIN)/analysis report

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks notebooks setup.py
	$(BIN)/ruff format --check src tests benchmarks notebooks setup.py
	$(BIN)/mypy

check: lint test

# Refresh the pins: resolve the newest versions allowed by pyproject.toml in a scratch venv.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade "pip>=24"
	.lock-venv/bin/python -m pip install --quiet '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^analysis' > constraints.txt
	rm -rf .lock-venv build src/*.egg-info
	$(MAKE) --always-make install  # the lock install rebuilt the extensions in src/

clean-reports:
	rm -f reports/*.html reports/*.pdf reports/*.ipynb
