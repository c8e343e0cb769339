"""The README's deployment, end to end: two gunicorn processes on one PostgreSQL database
and one Redis cache. A sign-in, an entry and a flag cross between them."""

import os
import re
import subprocess
import uuid

import pytest

from afterglow.testing.http import Agent
from afterglow.testing.server import gunicorn, manage, prepare, server_env

PG = "postgres://postgres@127.0.0.1:5432"
PASSWORD = "glow-demo-2026!"


def postgres_ready() -> bool:
    done = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False)
    return done.returncode == 0


def psql(sql: str) -> None:
    subprocess.run(
        ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", sql],
        check=True,
    )


@pytest.fixture
def pg_env():
    if not postgres_ready():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is needed for the deployment test")
        pytest.skip("PostgreSQL is not running on 127.0.0.1")
    name = f"afterglow_deploy_{uuid.uuid4().hex[:8]}"
    psql(f"CREATE DATABASE {name}")
    try:
        yield server_env(f"{PG}/{name}", REDIS_URL="redis://127.0.0.1:6379/15")
    finally:
        psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def sign_in(agent: Agent, base: str, email: str) -> None:
    reply = agent.post_form(f"{base}/accounts/login/", {"username": email, "password": PASSWORD})
    assert reply.status == 302, reply.text[:500]


@pytest.mark.django_db(transaction=True)
def test_two_web_processes_share_sign_ins_entries_and_flags(pg_env):
    prepare(pg_env)
    # As deployed behind TLS (the processes below serve plain HTTP on loopback).
    manage({**pg_env, "AFTERGLOW_HTTPS": "true"}, "check", "--deploy", "--fail-level", "WARNING")
    manage(pg_env, "load_demo")
    with gunicorn(pg_env) as one, gunicorn(pg_env) as two:
        patient = Agent()
        sign_in(patient, one, "alex@demo.afterglow.test")
        assert patient.get(f"{two}/today/").status == 200  # the sign-in holds on the other
        words = f"Crossing between processes {uuid.uuid4().hex[:6]}"
        reply = patient.post_form(f"{two}/journal/new/", {"body": words, "title": "Two"})
        assert reply.status == 302
        assert words in patient.get(f"{one}/journal/").text
        # PHQ-9 with item 9 above 0, through the second process: a safety flag.
        form = patient.get(f"{two}/outcomes/phq9/").text
        nonce = re.search(r'name="nonce" value="([^"]+)"', form).group(1)
        answers = {f"item_{n}": "1" for n in range(9)}
        reply = patient.post_form(
            f"{two}/outcomes/phq9/", {**answers, "difficulty": "1", "nonce": nonce}
        )
        assert reply.status == 200 and "988" in reply.text
        clinician = Agent()
        sign_in(clinician, two, "maya@demo.afterglow.test")
        code = manage(pg_env, "demo_code").strip()
        reply = clinician.post_form(f"{two}/accounts/two-step/", {"token": code})
        assert reply.status == 302
        caseload = clinician.get(f"{one}/caseload/").text
        first_row = caseload.split("<tbody>")[1].split("</tr>")[0]
        assert "Alex" in first_row and "badge-safety" in first_row
