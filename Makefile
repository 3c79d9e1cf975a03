# One place for the commands the README gives.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
REPORTS ?= seeds
OUT ?= outputs

.PHONY: graph test lint bench eval sysdeps clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $@

## graph: build the knowledge graph of $(REPORTS)/ into $(OUT)/
graph: $(VENV)/.installed
	$(VENV)/bin/cppcc-kg build $(REPORTS) -o $(OUT)

## test: ruff and the whole pytest suite
test: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

## bench: the speed benchmark (see bench/README.md)
bench: $(VENV)/.installed
	$(PY) -m bench

## eval: our extraction beside the peers, on the dev set (needs ../shared)
eval: $(VENV)/.installed
	$(PY) -m bench.evaluate

## sysdeps: Debian tools the tests drive (rapper, roqet, serdi, chromium); needs root
sysdeps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils rasqal-utils serdi chromium chromium-driver fonts-noto-cjk >/dev/null

clean:
	rm -rf $(VENV) build *.egg-info
