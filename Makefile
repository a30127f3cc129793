# Two commands: `make run` opens the GUI, `make test` runs every check.
# The venv is created on first use and reinstalled only when pyproject.toml changes.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench screenshots clean

$(VENV)/stamp: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/stamp
	$(BIN)/weegwijzer

lint: $(VENV)/stamp
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(VENV)/stamp
	for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

screenshots: $(VENV)/stamp
	mkdir -p docs/images
	for v in ranking scores whatif compare acceptability portfolio; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/weegwijzer --screenshot docs/images/$$v.png --view $$v || exit 1; \
	done

clean:
	rm -rf $(VENV) build *.egg-info
