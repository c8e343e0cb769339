# Afterglow: the few commands you need. `make run` then `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
# Test workers (pytest-xdist): one per core by default; PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
# Local development environment for `make run`: production-style server, DEBUG off,
# plain HTTP on the loopback address, secrets kept under var/ (never used in production),
# links in emails and the calendar feed to the port it serves on. `manage.py demo_code` and
# `load_demo` find the same environment by themselves (afterglow/lib/devkeys.py).
RUN_ENV := DEBUG=false AFTERGLOW_HTTPS=false ALLOWED_HOSTS=127.0.0.1,localhost \
	SECRET_KEY_FILE=var/secret_key AFTERGLOW_ENCRYPTION_KEYS_FILE=var/encryption_keys \
	AFTERGLOW_AUDIT_KEYS_FILE=var/audit_keys AFTERGLOW_VAPID_PRIVATE_KEY_FILE=var/vapid_private_key \
	AFTERGLOW_STATIC_ROOT=var/static AFTERGLOW_BASE_URL=http://127.0.0.1:$(PORT)

.PHONY: run test e2e lint fmt typecheck migrations-check bench bench-safety train-safety cv-safety demo clean messages

# Translations (docs/i18n.md): each catalogue afterglow/locale/<code>/LC_MESSAGES/django.po is
# compiled with GNU gettext's msgfmt, installed from Debian's packages when missing.
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard afterglow/locale/*/LC_MESSAGES/django.po))
%.mo: %.po
	@command -v msgfmt >/dev/null || { echo "--- installing GNU gettext (Debian's package)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }
	msgfmt --check -o $@ $<

messages: $(CATALOGUES)

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PIP) install -q -c constraints.txt -e '.[dev]'
	touch $@

var/secret_key var/encryption_keys var/audit_keys var/vapid_private_key: | $(VENV)/.installed
	$(PY) -m afterglow.lib.devkeys var

demo: $(VENV)/.installed $(CATALOGUES) var/secret_key var/encryption_keys var/audit_keys var/vapid_private_key
	$(RUN_ENV) $(PY) manage.py migrate --noinput -v0
	$(RUN_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(RUN_ENV) $(PY) manage.py load_demo

# Reminders are sent, and the flags that time makes due raised, every minute in the
# background while the app serves (Ctrl-C stops all). Requests are logged by the app itself
# (route patterns, no URLs): gunicorn keeps no access log.
run: demo
	@echo "Serving Afterglow on http://127.0.0.1:$(PORT)  (Ctrl-C to stop)"
	@( while true; do $(RUN_ENV) $(PY) manage.py send_reminders -v0; \
		$(RUN_ENV) $(PY) manage.py raise_due_flags >/dev/null; \
		$(RUN_ENV) $(PY) manage.py delete_old_offline_sends -v0; sleep 60; done ) & \
	loop=$$!; trap 'kill $$loop 2>/dev/null' EXIT INT TERM; \
	$(RUN_ENV) $(VENV)/bin/gunicorn afterglow.wsgi --config python:afterglow.ops.gunicorn_conf \
		--bind 127.0.0.1:$(PORT) --workers 2

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(VENV)/.dev-installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

typecheck: $(VENV)/.dev-installed
	$(VENV)/bin/mypy afterglow

migrations-check: $(VENV)/.dev-installed
	mkdir -p var
	DJANGO_SETTINGS_MODULE=afterglow.testing.settings $(PY) manage.py makemigrations --check --dry-run

test: lint typecheck migrations-check $(CATALOGUES)
	AFTERGLOW_URL_GATE=1 $(VENV)/bin/pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

e2e: $(VENV)/.dev-installed $(CATALOGUES)
	$(VENV)/bin/pytest -q -m browser $(PYTEST_ARGS)

bench: $(VENV)/.dev-installed
	@command -v wrk >/dev/null || { echo "--- installing wrk (Debian's package)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	$(PY) bench/run.py
	$(PY) bench/safety_bench.py
	$(PY) bench/voice_bench.py

# The crisis-language detector: recall per category, specificity, latency, memory.
bench-safety: $(VENV)/.installed
	$(PY) bench/safety_bench.py

# Train the detector's statistical reading again after changing the development corpus
# (writes afterglow/safety/language/model.json; a test fails until it is done).
train-safety: $(VENV)/.installed
	$(PIP) install -q -c constraints.txt -e '.[train]'
	$(PY) bench/train_language_model.py

# Compare ways to train it on writers it never saw (docs/safety-language.md); slow: minutes a
# variant. `make cv-safety VARIANTS="today nb-explicit-head"` for some of bench/model_cv.py's.
cv-safety: $(VENV)/.installed
	$(PIP) install -q -c constraints.txt -e '.[train]'
	$(PY) bench/model_cv.py $(VARIANTS)

clean:
	rm -rf $(VENV) var/*.sqlite3* var/static
