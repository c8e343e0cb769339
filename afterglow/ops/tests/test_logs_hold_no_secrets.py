"""Whatever way the app is started, what the server writes holds no search words, no calendar
secret and no password-reset token: the server started as `make run` starts it, as the
README's production command does, and with gunicorn's access log turned on anyway."""

import logging
import re
import shlex
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from afterglow.testing.http import Agent
from afterglow.testing.server import ROOT, free_port, gunicorn, manage, prepare, server_env

PASSWORD = "glow-demo-2026!"
PATIENT = "alex@demo.afterglow.test"
RESET_LINK = (
    "from django.contrib.auth.tokens import default_token_generator as g;"
    "from django.utils.http import urlsafe_base64_encode as e;"
    "from afterglow.accounts.models import User;"
    f"u = User.objects.get(email='{PATIENT}');"
    "print('RESET', e(str(u.pk).encode()), g.make_token(u))"
)


def gunicorn_args(command: str) -> list[str]:
    """gunicorn's options in a documented command, less bind and workers (the test's own)."""
    words = shlex.split(command.replace("\\\n", " "))
    words = words[words.index("afterglow.wsgi") + 1 :]
    kept, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word in ("--bind", "--workers"):
            skip = True
        else:
            kept.append(word)
    return kept


def make_run_command() -> str:
    recipe = (ROOT / "Makefile").read_text().split("\nrun:", 1)[1]
    return recipe.split("gunicorn ", 1)[1].split("\n\n", 1)[0]


def readme_command() -> str:
    readme = (ROOT / "README.md").read_text()
    return re.search(r"^\s+(gunicorn afterglow\.wsgi .+)$", readme, re.MULTILINE).group(1)


STARTS = {
    "make run": lambda: gunicorn_args("gunicorn " + make_run_command()),
    "README production command": lambda: gunicorn_args(readme_command()),
    "access log turned on anyway": lambda: [
        *gunicorn_args(readme_command()),
        "--access-logfile",
        "-",
    ],
}


@pytest.fixture(scope="module")
def served_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logs")
    env = server_env(f"sqlite:///{folder / 'db.sqlite3'}", LOG_LEVEL="INFO")
    prepare(env)
    manage(env, "load_demo")
    return env


def visit_the_secret_places(base: str, env: dict[str, str]) -> list[str]:
    """Sign in, search, open the calendar feed and a reset link; the secrets that went by."""
    agent = Agent()
    reply = agent.post_form(f"{base}/accounts/login/", {"username": PATIENT, "password": PASSWORD})
    assert reply.status == 302, reply.text[:300]
    words = f"lanternfish{uuid.uuid4().hex[:8]}"
    assert agent.get(f"{base}/journal/?q={words}&tag=quietharbour").status == 200
    page = agent.post_form(f"{base}/reminders/calendar/", {}, token_from=f"{base}/reminders/")
    token = re.search(r"/calendar/([A-Za-z0-9_-]+)\.ics", page.text).group(1)
    feed = Agent().get(f"{base}/calendar/{token}.ics")
    assert feed.status == 200 and "BEGIN:VCALENDAR" in feed.text
    printed = manage(env, "shell", "-v0", "-c", RESET_LINK)
    uid, reset = re.search(r"^RESET (\S+) (\S+)$", printed, re.MULTILINE).groups()
    opened = Agent().get(f"{base}/accounts/password/reset/{uid}/{reset}/")
    assert opened.status == 302  # to the set-password page, the token kept in the session
    missing = Agent().get(f"{base}/calendar/not-{token[:10]}.ics")
    assert missing.status == 404  # logged by Django as "Not Found: <path>" unless cut
    return [words, "quietharbour", token, token[:10], reset, f"/{uid}/"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("start", STARTS)
def test_what_the_server_writes_holds_no_secret(served_env, tmp_path, start):
    args = STARTS[start]()
    assert args[:2] == ["--config", "python:afterglow.ops.gunicorn_conf"]
    log = tmp_path / "server.log"
    with gunicorn(served_env, log=log, args=args) as base:
        secrets = visit_the_secret_places(base, served_env)
    written = log.read_text()
    assert '"route": "/calendar/<str:token>.ics"' in written  # the app's own lines are there
    for secret in secrets:
        assert secret not in written, f"{secret!r} is in what the server wrote ({start})"
    if start == "access log turned on anyway":
        assert "[url not logged]" in written


def test_runserver_writes_no_url_either(served_env, tmp_path):
    # Django's development server writes each raw request line; ours stands in for it.
    port = free_port()
    log = tmp_path / "runserver.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=served_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    Agent().get(f"{base}/healthz?lanternfish=1")
                    break
                except OSError:
                    time.sleep(0.1)
            assert Agent().get(f"{base}/calendar/quietharbour.ics").status == 404
            assert Agent().get(f"{base}/accounts/login/?next=/journal/%3Fq%3Dlanternfish").status
        finally:
            server.terminate()
            server.wait(timeout=20)
    written = log.read_text()
    assert '"route": "/calendar/<str:token>.ics"' in written
    assert "lanternfish" not in written and "quietharbour" not in written


def test_plain_lines_lose_the_path_and_the_exception_message():
    import sys

    from afterglow.ops.logs import PlainFormatter, RedactPaths

    try:
        raise ValueError("the words someone wrote")
    except ValueError:
        info = sys.exc_info()
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Not Found: %s", ("/calendar/s3.ics",), info
    )
    RedactPaths().filter(record)
    line = PlainFormatter("%(name)s %(message)s").format(record)
    assert "s3.ics" not in line and "someone wrote" not in line
    assert line.startswith("django.request Not Found") and "ValueError" in line


def test_make_run_and_the_readme_use_the_apps_gunicorn_settings():
    assert "--access-logfile" not in make_run_command()
    assert "python:afterglow.ops.gunicorn_conf" in make_run_command()
    assert "python:afterglow.ops.gunicorn_conf" in readme_command()
    assert Path(ROOT / "afterglow" / "ops" / "gunicorn_conf.py").exists()
