"""Production settings: secure by default, loud when something required is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from afterglow.lib import env
from afterglow.lib.crypto import new_key

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "afterglow.settings",
    "DEBUG": "false",
    "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-key-0123456789",
    "AFTERGLOW_ENCRYPTION_KEYS": f"k1:{new_key()}",
    "AFTERGLOW_AUDIT_KEYS": f"a1:{new_key()}",
    "ALLOWED_HOSTS": "afterglow.example.org",
}


def manage(*args: str, drop: tuple[str, ...] = (), **extra: str) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AFTERGLOW_", "SECRET_KEY", "DATABASE_URL", "DJANGO_"))
    }
    environment.update(PRODUCTION)
    environment.update(extra)
    for name in drop:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_under_production_settings(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "AFTERGLOW_ENCRYPTION_KEYS", "AFTERGLOW_AUDIT_KEYS", "ALLOWED_HOSTS"]
)
def test_a_production_start_without_a_required_setting_names_it(missing):
    result = manage("check", drop=(missing,))
    assert result.returncode != 0
    assert missing in result.stderr


def test_secrets_can_come_from_files(tmp_path, monkeypatch):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("SOME_SECRET_FILE", str(secret))
    assert env.env_required("SOME_SECRET") == "from-a-file"


@pytest.mark.parametrize(("raw", "parsed"), [("true", True), ("0", False), ("Yes", True)])
def test_booleans_are_read_strictly(monkeypatch, raw, parsed):
    monkeypatch.setenv("A_FLAG", raw)
    assert env.env_bool("A_FLAG", False) is parsed


@pytest.mark.parametrize(("reader", "raw"), [(env.env_bool, "maybe"), (env.env_int, "ten")])
def test_a_bad_value_fails_loudly(monkeypatch, reader, raw):
    monkeypatch.setenv("A_VALUE", raw)
    with pytest.raises(ImproperlyConfigured, match="A_VALUE"):
        reader("A_VALUE", 0)


def test_sqlite_runs_in_wal_mode_with_immediate_transactions(settings, db):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "mmap_size" not in options["init_command"]
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == 20000


def test_argon2_hashes_passwords_first():
    from afterglow import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
