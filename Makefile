# Every target bootstraps .venv by itself: `make reports` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := analysis-py311

.PHONY: install reports test check lint lock clean-reports

install: $(STAMP)

# The install compiles the modules listed in pyproject.toml ([tool.analysis] compiled)
# with mypyc (setup.py; a few minutes), and a compiled module that no longer matches its
# source refuses to import: so the install reruns when the pins, the metadata or one of
# those modules change. ANALYSIS_PURE_PYTHON=1 installs without compiling (no C
# compiler needed); the choice is kept in .venv until ANALYSIS_PURE_PYTHON=0.
COMPILED := $(shell $(PYTHON) -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["tool"]["analysis"]["compiled"]))')
ANALYSIS_PURE_PYTHON ?= $(shell cat $(VENV)/.pure-python 2>/dev/null || echo 0)
export ANALYSIS_PURE_PYTHON
ifeq ($(ANALYSIS_PURE_PYTHON),1)
BUILD := $(VENV)/.build-pure
else
BUILD := $(VENV)/.build-compiled src/analysis/compiled.json $(COMPILED:%=src/analysis/%.py)
endif

# The stamp takes the install's start time: a module saved during the build is newer.
$(STAMP): pyproject.toml constraints.txt setup.py $(BUILD)
	mkdir -p $(VENV) && touch $(STAMP).new
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "analysis (Python 3.11)" > /dev/null
	test ! -f src/analysis/compiled.json || touch -r $(STAMP).new src/analysis/compiled.json
	mv $(STAMP).new $(STAMP)

# Switching between a compiled and a pure install reinstalls.
$(VENV)/.build-%:
	mkdir -p $(VENV)
	rm -f $(VENV)/.build-*
	echo $(ANALYSIS_PURE_PYTHON) > $(VENV)/.pure-python
	touch $@

# A missing build record (removed by hand, or never built) reinstalls too.
src/analysis/compiled.json: ;

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
	ANALYSIS_PURE_PYTHON=1 .lock-venv/bin/python -m pip install --quiet '.[dev]'  # pins only: no need to compile
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^analysis' > constraints.txt
	rm -rf .lock-venv build src/*.egg-info

clean-reports:
	rm -f reports/*.html reports/*.pdf reports/*.ipynb
