"""Real server processes for tests and benchmarks: gunicorn with production settings
(DEBUG off), its own environment, a free port, ready once /healthz answers."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = "ops1:" + "b3BzLXRlc3Qta2V5LW9wcy10ZXN0LWtleS1vcHMtMTI="
AUDIT_KEYS = "opsaudit1:" + "b3BzLWF1ZGl0LW9wcy1hdWRpdC1vcHMtYXVkaXQtMTI="


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a production-style process on ``database_url``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "AFTERGLOW_", "DATABASE_", "REDIS_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "afterglow.settings",
            "DATABASE_URL": database_url,
            "SECRET_KEY": "ops-test-secret-key-ops-test-secret-key-ops-test-0123456789",
            "AFTERGLOW_ENCRYPTION_KEYS": KEYS,
            "AFTERGLOW_AUDIT_KEYS": AUDIT_KEYS,
            "DEBUG": "false",
            "AFTERGLOW_HTTPS": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "AFTERGLOW_STATIC_ROOT": str(ROOT / "var" / "static-test"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def prepare(env: dict[str, str]) -> None:
    """What a deployment does before serving: migrate, collect the static files."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")


CONFIG = ["--config", "python:afterglow.ops.gunicorn_conf"]


@contextmanager
def gunicorn(
    env: dict[str, str],
    *,
    workers: int = 1,
    log: Path | None = None,
    args: list[str] | None = None,
) -> Iterator[str]:
    """A running server; yields its base URL. Logs go to ``log`` when given. ``args`` are
    gunicorn's options besides bind, workers and threads (default: the app's config file,
    as the README's production command)."""
    port = free_port()
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "afterglow.wsgi",
            *(CONFIG if args is None else args),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start (exit {process.returncode})")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            out.close()  # type: ignore[union-attr]
