# Every target sets up .venv first, so a fresh clone needs nothing done by hand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= councilplans-demo.db
# mypy finds the four folders as councilplans.* through a tree of links (the editable install's
# import hook is invisible to it)
TYPECHECK := build/typecheck
STAGES := extractors normalise store ingest

.PHONY: install test lint format docs demo bench samples pairs fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,serve,dask,ocr]'
	touch $(STAMP)

install: $(STAMP)

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@mkdir -p $(TYPECHECK)/councilplans
	@for d in $(STAGES); do ln -sfn ../../../$$d $(TYPECHECK)/councilplans/$$d; done
	@for f in councilplans/*.py; do ln -sfn ../../../$$f $(TYPECHECK)/$$f; done
	$(BIN)/mypy --strict -p councilplans.extractors -p councilplans.normalise
	$(BIN)/mypy -p councilplans.store -p councilplans.ingest -m councilplans.api

# A long fuzz run of extract over mutated PDFs and DOCX files (tests/test_fuzz.py; `make test`
# runs a few fixed examples). Failing inputs land in build/fuzz/crashes/, counts in build/fuzz/.
FUZZ_EXAMPLES ?= 2000
fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:cacheprovider \
		tests/test_fuzz.py::test_fuzz; status=$$?; cat build/fuzz/*.summary.json; exit $$status

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# docs/data-dictionary.md, from store/dictionary.toml and the exports' columns
docs: install
	@mkdir -p docs
	$(BIN)/python -c 'import sys; from councilplans.store.dictionary import main; main(sys.argv[1:])' \
		docs/data-dictionary.md

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/councilplans ingest samples --db $(DEMO_DB)
	$(BIN)/councilplans compare --db $(DEMO_DB)
	$(BIN)/councilplans compare --db $(DEMO_DB) --theme obesity --kind indicator

# COUNCILPLANS_MORE_PLANS=FOLDER adds whole real documents to the memory measure (bench/badbatch.py)
bench: install
	$(BIN)/python bench/run.py

# Rebuilds samples/ from samples/seeds; needs LibreOffice (Debian: libreoffice-writer-nogui).
samples: install
	$(BIN)/python samples/build.py

# Rebuilds tests/fixtures/pairs/: the development set's DOCX files as LibreOffice prints them.
pairs:
	soffice --headless --convert-to pdf --outdir tests/fixtures/pairs bench/authority/docs/*/*.docx

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(DEMO_DB)
