"""Server benchmark: the key pages of a patient and a clinician, served by gunicorn with
production settings (DEBUG off), under wrk with 1 and then 16 concurrent connections, on
SQLite and (when DATABASE_URL names a PostgreSQL server) on PostgreSQL.

The clinic is made by ``manage.py seed_scale --patients 200 --years 1``. Server time comes
from the app's own request log (one JSON line a request, ``duration_ms``), grouped by the
``X-Request-ID`` each wrk run sends; throughput and errors come from wrk; the queries each
page issues are counted in-process on the same database. Run by bench/run.py.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
sys.path.insert(0, str(ROOT))

from afterglow.testing.http import Agent  # noqa: E402
from afterglow.testing.server import gunicorn, manage, prepare, server_env  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
PATIENTS = int(os.environ.get("BENCH_PATIENTS", "200"))
WORKERS = 4
PASSWORD = "scale password 2026"
CONNECTIONS = (1, 16)
MINIMAL = "Minimal signed-in request (session check)"
POST_SCRIPT = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  math.randomseed(os.time() * 97 + tid * 7919)
end
local function hex(n)
  local out = {}
  for i = 1, n do out[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(out)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
request = function()
  local nonce = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-8" .. hex(3) .. "-" .. hex(12)
  local body = string.gsub(BODY, "NONCE", nonce)
  body = string.gsub(body, "WORD", hex(6))
  return wrk.format(nil, nil, nil, body)
end
"""


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def databases() -> list[tuple[str, str, str | None]]:
    """(label, url, PostgreSQL database to drop afterwards)."""
    sqlite = WORK / "server.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{sqlite}{suffix}").unlink(missing_ok=True)
    found = [("SQLite", f"sqlite:///{sqlite}", None)]
    given = os.environ.get("DATABASE_URL", "")
    if given.startswith(("postgres://", "postgresql://")):
        parts = urllib.parse.urlsplit(given)
        name = "afterglow_server_bench"
        admin = parts._replace(path="/postgres").geturl()
        psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        psql(admin, f"CREATE DATABASE {name}")
        found.append(("PostgreSQL", parts._replace(path=f"/{name}").geturl(), admin))
    return found


def psql(url: str, sql: str) -> None:
    subprocess.run(["psql", "-q", url, "-c", sql], check=True)


def sign_in(base: str, email: str, code: str = "") -> Agent:
    agent = Agent()
    reply = agent.post_form(f"{base}/accounts/login/", {"username": email, "password": PASSWORD})
    assert reply.status == 302, (email, reply.status)
    if code:
        reply = agent.post_form(f"{base}/accounts/two-step/", {"token": code})
        assert reply.status == 302, ("two-step", reply.status)
    return agent


def cookies(agent: Agent) -> dict[str, str]:
    return {c.name: c.value for c in agent.jar}


def wrk(url: str, agent: Agent, request_id: str, connections: int, body: str = "") -> dict:
    jar = cookies(agent)
    command = [
        "wrk",
        f"-t{min(connections, 4)}",
        f"-c{connections}",
        f"-d{SECONDS}s",
        "--timeout",
        "10s",
        "-H",
        "Cookie: " + "; ".join(f"{k}={v}" for k, v in jar.items()),
        "-H",
        f"X-Request-ID: {request_id}",
        "-H",
        f"Referer: {url}",
    ]
    if body:
        script = WORK / f"{request_id}.lua"
        body = body.replace("CSRF", jar.get("csrftoken", ""))
        script.write_text(f"BODY = {json.dumps(body)}\n" + POST_SCRIPT)
        command += ["-s", str(script)]
    done = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    out = done.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "rate": float(rate.group(1)) if rate else 0.0,
        "errors": (int(bad.group(1)) if bad else 0)
        + (sum(int(g) for g in sockets.groups()) if sockets else 0),
    }


def pages(base: str, patient_id: str) -> list[tuple[str, str, str, str, float]]:
    """(name, who, url, POST body or "", target p95 ms at one user)."""
    word = "garden"
    answers = "&".join(f"item_{n}=1" for n in range(8)) + "&item_8=0&difficulty=1"
    return [
        (MINIMAL, "patient", f"{base}/accounts/session/", "", 0),
        ("Today", "patient", f"{base}/today/", "", 30),
        ("Journal list", "patient", f"{base}/journal/", "", 30),
        (f'Journal search ("{word}")', "patient", f"{base}/journal/?q={word}", "", 30),
        (
            "New journal entry (POST)",
            "patient",
            f"{base}/journal/new/",
            "csrfmiddlewaretoken=CSRF&body=A+walk+by+the+river+WORD",
            30,
        ),
        (
            "PHQ-9 submit (POST)",
            "patient",
            f"{base}/outcomes/phq9/",
            f"csrfmiddlewaretoken=CSRF&nonce=NONCE&{answers}",
            30,
        ),
        ("Circle chart (SVG)", "patient", f"{base}/wellbeing/chart.svg", "", 30),
        (f"Caseload ({PATIENTS} patients)", "clinician", f"{base}/caseload/", "", 50),
        ("A patient's page (timeline)", "clinician", f"{base}/caseload/{patient_id}/", "", 50),
    ]


def server_times(log: Path) -> dict[str, list[tuple[float, int]]]:
    found: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for line in log.read_text().splitlines():
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        if event.get("logger") == "afterglow.request":
            found[event["request_id"]].append((event["duration_ms"], event["status"]))
    return found


def count_queries(env: dict[str, str], plan: list[tuple[str, str, str, str, float]]) -> dict:
    """Queries per page, counted in a child process on the same database."""
    paths = {}
    for name, who, url, body, _ in plan:
        if not body:
            parts = urllib.parse.urlsplit(url)
            paths[name] = (who, parts.path + (f"?{parts.query}" if parts.query else ""))
    code = f"""
import json, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from afterglow.accounts.models import User
from afterglow.testing.people import sign_in
clients = {{
    "patient": sign_in(Client(), User.objects.get(email="patient0@scale-2026.test")),
    "clinician": sign_in(Client(), User.objects.get(email="clinician0@scale-2026.test")),
}}
counts = {{}}
for name, (who, path) in {json.dumps(paths)}.items():
    clients[who].get(path)
    with CaptureQueriesContext(connection) as ctx:
        assert clients[who].get(path).status_code in (200, 204), path
    counts[name] = len(ctx.captured_queries)
print(json.dumps(counts))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "ALLOWED_HOSTS": "testserver"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_on(label: str, url: str) -> list[str]:
    env = server_env(url, LOG_FORMAT="json", REQUEST_LOG_LEVEL="INFO")
    prepare(env)
    seeded = manage(env, "seed_scale", "--patients", str(PATIENTS), "--years", "1", "-v0")
    if url.startswith("postgres"):
        psql(url, "ANALYZE")  # the statistics a running database keeps (autovacuum)
    log = WORK / f"server-{label.lower()}.log"
    results = []
    with gunicorn(env, workers=WORKERS, log=log) as base:
        patient = sign_in(base, "patient0@scale-2026.test")
        clinician = sign_in(base, "clinician0@scale-2026.test", manage(env, "demo_code").strip())
        caseload = clinician.get(f"{base}/caseload/").text
        patient_id = re.search(r'href="/caseload/([0-9a-f-]{36})/"', caseload).group(1)
        plan = pages(base, patient_id)
        for name, who, page_url, body, target in plan:
            agent = patient if who == "patient" else clinician
            for connections in CONNECTIONS:
                request_id = f"bench-{label}-{len(results)}"
                outcome = wrk(page_url, agent, request_id, connections, body)
                results.append((name, connections, request_id, target, outcome))
    queries = count_queries(env, plan)
    times = server_times(log)
    return report(label, seeded, results, times, queries)


def report(label, seeded, results, times, queries) -> list[str]:
    minimal = statistics.median(
        d for name, c, rid, _, _ in results if name == MINIMAL and c == 1 for d, _ in times[rid]
    )
    lines = [
        "",
        f"### {label}",
        "",
        f"{seeded.strip()}",
        "",
        "| page | users | p50 ms | p95 ms | p99 ms | req/s | errors | queries | × minimal "
        "(p50) | target p95 (1 user) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    missed_speed, missed_ratio, errors_at_16 = [], [], 0
    for name, connections, request_id, target, outcome in results:
        samples = times.get(request_id, [])
        durations = [d for d, _ in samples]
        server_errors = sum(1 for _, status in samples if status >= 500)
        errors = outcome["errors"] + server_errors
        if not durations:
            lines.append(f"| {name} | {connections} | — | — | — | 0 | all | — | — | — |")
            continue
        p50, p95 = pct(durations, 50), pct(durations, 95)
        ratio = f"{p50 / minimal:.1f}×" if name != MINIMAL else "1×"
        goal = "—"
        if target and connections == 1:
            goal = f"≤ {target} ({'met' if p95 <= target else '**missed**'})"
            if p95 > target:
                missed_speed.append(f"{name} ({p95:.0f} ms)")
            if target == 30 and p50 > 3 * minimal:
                missed_ratio.append(f"{name} ({p50 / minimal:.1f}×)")
        if connections == 16:
            errors_at_16 += errors
        lines.append(
            f"| {name} | {connections} | {p50:.1f} | {p95:.1f} | {pct(durations, 99):.1f} | "
            f"{outcome['rate']:.0f} | {errors} | {queries.get(name, '—')} | {ratio} | {goal} |"
        )
    lines += [
        "",
        f"Targets on {label}:",
        "",
        "- p95 at one user (patient pages ≤ 30 ms, clinician pages ≤ 50 ms): "
        + ("all met." if not missed_speed else "missed by " + ", ".join(missed_speed) + "."),
        f"- Errors at 16 concurrent users: {errors_at_16}"
        + (" (met)." if errors_at_16 == 0 else " (**missed**)."),
        "- A patient page at most 3× the minimal signed-in request (medians, one user): "
        + ("met." if not missed_ratio else "missed by " + ", ".join(missed_ratio) + "."),
    ]
    return lines


def measure_server() -> list[str]:
    WORK.mkdir(parents=True, exist_ok=True)
    lines = [
        "",
        "## The key pages on a production-style server",
        "",
        f"gunicorn ({WORKERS} workers, `DEBUG` off, the app's own settings), a clinic made by "
        f"`seed_scale --patients {PATIENTS} --years 1`, wrk for {SECONDS} s per row with 1 "
        "and then 16 concurrent connections, signed in as the first patient and as their "
        "clinician. Server time is the app's own `duration_ms` from its request log "
        "(whole middleware stack, no network); req/s and errors are wrk's (errors also count "
        "any 5xx the server logged); queries are counted in-process for the same page. "
        '"× minimal" compares each page\'s median with the median of the cheapest signed-in '
        "request on the same server.",
    ]
    for label, url, admin in databases():
        try:
            lines += run_on(label, url)
        finally:
            if admin:
                psql(admin, "DROP DATABASE IF EXISTS afterglow_server_bench WITH (FORCE)")
    return lines


if __name__ == "__main__":
    print("\n".join(measure_server()))
