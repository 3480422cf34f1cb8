# Two commands for a fresh clone: `make run` (install, migrate, demo content, serve)
# and `make test` (lint, checks and the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test budget bench-pages messages migrate demo lint format bench-search bench-scale clean serve install-production lock smoke bench-load bench-import

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependency list changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

# axe-core for the accessibility checks in the browser tests (npm; public pages use none).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the axe-core accessibility checks will be skipped"; fi

install: $(VENV)/.installed

install-test: install node_modules/.installed

messages: install
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: install
	# --noinput: modeltranslation's migrate asks a question and crashes without a terminal.
	$(MANAGE) migrate --noinput

demo: migrate messages
	$(MANAGE) load_demo

run: demo
	@echo ""
	@echo "  Dược liệu số is at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Demo accounts are listed above (admin, curator, expert, steward, researcher, dao-member)."
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Both cores: two pytest-xdist workers, the browser tests together in one of them.
PYTEST_PARALLEL ?= -n 2 --dist loadgroup
test: install-test messages lint
	DJANGO_SETTINGS_MODULE=museum.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=museum.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_PARALLEL)

# Embedded search on 60,000 generated documents, pinned to one core: p50/p95 latencies.
bench-search: install
	taskset -c 0 $(BIN)/python bench/search_bench.py

# The demo next to 10,000 generated species and 2,000 remedies: p50/p95, queries, memory.
bench-scale: install
	$(BIN)/python bench/scale_bench.py

# The first-view budget of the public pages, in Chromium, against a running site
# (`make run` in another terminal, or BASE_URL=https://…).
BASE_URL ?= http://$(HOST):$(PORT)
budget: install
	$(BIN)/python bench/page_budget.py $(BASE_URL)

# Server time per page, from the page cache and rendered, on the demo content.
bench-pages: install
	taskset -c 0 $(BIN)/python bench/page_bench.py

# -- Production ---------------------------------------------------------------------
# The locked, hash-checked dependencies of a public server (requirements/production.txt).
# The site runs from this folder (manage.py, gunicorn museum.wsgi): nothing else to install.
# EXTRAS=1 also installs the s3 and sentry extras (S3 media, error reports), locked too.
LOCKED = requirements/$(if $(EXTRAS),production-extras,production).txt
install-production: | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(LOCKED)

# Refresh the lock after changing dependencies in pyproject.toml.
lock: install
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra production --generate-hashes \
		--python-version 3.11 --no-header --quiet -o requirements/production.txt
	$(BIN)/uv pip compile pyproject.toml --extra production --extra s3 --extra sentry \
		--generate-hashes --python-version 3.11 --no-header --quiet \
		-o requirements/production-extras.txt

# The site as the public gets it: production settings, static files collected and
# compressed, migrations, the search index, then gunicorn and the background worker. Needs SECRET_KEY,
# ALLOWED_HOSTS and PUBLIC_BASE_URL (and DATABASE_URL for PostgreSQL); LOAD_DEMO=1
# also loads the demo content (without the demo accounts).
WORKERS ?= 3
PROD := DJANGO_SETTINGS_MODULE=museum.settings.production $(BIN)/python manage.py
serve: install-production
	$(PROD) compilemessages --ignore=.venv --verbosity 0
	$(PROD) collectstatic --noinput --verbosity 0
	$(PROD) migrate --noinput
	$(PROD) public_site
	$(PROD) check --deploy --fail-level ERROR
	@if [ "$(LOAD_DEMO)" = "1" ]; then $(PROD) load_demo; else $(PROD) search_index update; fi
	# The background worker (Wagtail's reference index, the admin's search) beside the
	# app server, stopped with it; docs/deploy.md runs each under systemd instead.
	$(PROD) db_worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=museum.settings.production $(BIN)/gunicorn museum.wsgi \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile - --error-logfile -

# The checks below speak to the app server as nginx would: with the public host name
# (from PUBLIC_BASE_URL) in Host, which ALLOWED_HOSTS lets in.
PUBLIC_HOST = $(word 2,$(subst /, ,$(PUBLIC_BASE_URL)))
AS_PROXY = $(if $(PUBLIC_HOST),--host $(PUBLIC_HOST))

# Every public page type against a running production server (BASE_URL=…).
smoke: install
	$(BIN)/python bench/smoke.py $(BASE_URL) $(AS_PROXY)

# 2,000 generated species through import_species: species/s, time until searchable.
bench-import: install
	$(BIN)/python bench/import_bench.py 2000

# 50 visitors for 60 s against a running production server (BASE_URL=…).
bench-load: install
	$(BIN)/python bench/load.py $(BASE_URL) $(AS_PROXY)

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm var static node_modules
