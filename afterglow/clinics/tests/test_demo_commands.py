"""The demo's commands work as `make run` and the README print them, and `make run` serves
links, runs the background jobs and raises the flags the way the README says."""

import os
import re
import subprocess
import sys
from pathlib import Path

from afterglow.clinics.demo import DEMO_CODE_COMMAND
from afterglow.lib.devkeys import use_for_demo_commands

ROOT = Path(__file__).resolve().parents[3]


def test_the_printed_demo_code_command_runs_as_typed_in_a_bare_shell():
    assert DEMO_CODE_COMMAND in (ROOT / "README.md").read_text()
    bare = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    program, script, command = DEMO_CODE_COMMAND.split()
    done = subprocess.run(
        [sys.executable, script, command],  # the checkout's .venv/bin/python, as printed
        cwd=ROOT,
        env=bare,  # no SECRET_KEY, no encryption keys, no settings module
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"\d{6}\n", done.stdout)
    assert program == ".venv/bin/python"


def test_the_demo_commands_alone_use_the_development_keys(tmp_path):
    environ: dict[str, str] = {}
    use_for_demo_commands(["manage.py", "demo_code"], environ, tmp_path)
    assert environ["SECRET_KEY_FILE"] == str(tmp_path / "secret_key")
    assert (tmp_path / "secret_key").exists() and (tmp_path / "encryption_keys").exists()

    other: dict[str, str] = {}
    use_for_demo_commands(["manage.py", "migrate"], other, tmp_path / "x")
    assert other == {} and not (tmp_path / "x").exists()


def test_a_configured_secret_always_wins(tmp_path):
    environ = {"AFTERGLOW_ENCRYPTION_KEYS_FILE": "/run/secrets/keys"}
    use_for_demo_commands(["manage.py", "load_demo"], environ, tmp_path)
    assert environ == {"AFTERGLOW_ENCRYPTION_KEYS_FILE": "/run/secrets/keys"}


def make_dry_run(*args: str) -> str:
    done = subprocess.run(
        ["make", "-n", "--always-make", "run", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.replace("\\\n", " ")  # one line per command


def test_make_run_links_to_the_port_it_serves_on():
    commands = make_dry_run("PORT=8017")
    assert "--bind 127.0.0.1:8017" in commands
    assert "AFTERGLOW_BASE_URL=http://127.0.0.1:8017" in commands
    assert (
        "AFTERGLOW_BASE_URL=http://127.0.0.1:8017 .venv/bin/python manage.py send_reminders"
        in commands
    )


def test_make_run_raises_due_flags_with_the_reminders_loop():
    loop = next(line for line in make_dry_run().splitlines() if "while true" in line)
    assert "send_reminders" in loop and "raise_due_flags" in loop
