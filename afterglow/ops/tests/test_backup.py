"""A backup taken while the app serves and writes restores to a new instance with every
record, and every encrypted value still decrypts."""

import sqlite3
import subprocess
import sys
import urllib.request

import pytest

from afterglow.testing.server import ROOT, gunicorn, manage, prepare, server_env


def table_counts(path):
    with sqlite3.connect(path) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.django_db(transaction=True)
def test_backup_of_a_running_instance_restores_whole_and_readable(tmp_path):
    live = server_env(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    prepare(live)
    manage(live, "load_demo")
    backup_file = tmp_path / "backup.sqlite3"
    with gunicorn(live) as base:
        # The app serves, and a reminder run writes, while the backup is taken.
        writer = subprocess.Popen(
            [sys.executable, "manage.py", "send_reminders"], cwd=ROOT, env=live
        )
        for _ in range(5):
            with urllib.request.urlopen(f"{base}/accounts/login/") as page:
                assert page.status == 200
        manage(live, "backup", str(backup_file))
        assert writer.wait(timeout=120) == 0
        with urllib.request.urlopen(f"{base}/healthz") as health:
            assert health.status == 200  # still serving
    assert backup_file.stat().st_mode & 0o777 == 0o600  # its owner's only
    fresh = server_env(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    report = manage(fresh, "restore", str(backup_file))
    assert "encrypted values decrypt" in report
    encrypted = int(report.split("all ")[1].split(" encrypted")[0].replace(",", ""))
    assert encrypted > 20  # the demo's journals, notes, goals and medicines
    saved = table_counts(backup_file)
    assert saved["journal_entry"] > 0 and saved["accounts_user"] > 0
    assert table_counts(tmp_path / "restored.sqlite3") == saved
    with gunicorn(fresh) as base, urllib.request.urlopen(f"{base}/healthz") as health:
        assert health.status == 200


def test_a_backup_never_overwrites_and_a_wrong_file_is_refused(tmp_path):
    live = server_env(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    manage(live, "migrate", "--noinput", "-v0")
    (tmp_path / "taken.sqlite3").write_text("x")
    with pytest.raises(RuntimeError, match="exists already"):
        manage(live, "backup", str(tmp_path / "taken.sqlite3"))
    with pytest.raises(RuntimeError, match="not a sound Afterglow database|file is not a database"):
        manage(live, "restore", str(tmp_path / "taken.sqlite3"))


def test_postgresql_is_pointed_to_pg_dump(tmp_path):
    env = server_env("postgres://postgres@127.0.0.1:5432/postgres")
    with pytest.raises(RuntimeError, match="pg_dump"):
        manage(env, "backup", str(tmp_path / "b.sqlite3"))
