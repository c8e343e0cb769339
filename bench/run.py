"""Benchmarks: the journal at 10,000 entries (against jrnl) and the caseload at 50 and 200
patients, server time.

Run with ``make bench`` (or ``.venv/bin/python bench/journal_bench.py``). It builds a fresh
SQLite database under var/bench/ (or uses DATABASE_URL), makes a believable journal from a
fixed seed, times each page in-process through Django's full middleware stack (session,
authentication, access checks, queries, decryption, templates), then runs the same word
search in jrnl on the same journal, and writes docs/benchmarks.md.
"""

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
ENTRIES = int(os.environ.get("BENCH_ENTRIES", "10000"))
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
SEED = 20261129


def setup_django() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    db = WORK / "journal.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "afterglow.settings",
            "DEBUG": "false",
            "AFTERGLOW_HTTPS": "false",
            "ALLOWED_HOSTS": "testserver",
            "SECRET_KEY": "bench-secret-key-bench-secret-key-bench-secret-key-0123456789",
            "AFTERGLOW_ENCRYPTION_KEYS": "bench:" + "YmVuY2hiZW5jaGJlbmNoYmVuY2hiZW5jaGJlbmNoMTI=",
            "AFTERGLOW_AUDIT_KEYS": "benchaudit:" + "YXVkaXRiZW5jaGF1ZGl0YmVuY2hhdWRpdGJlbmNoMTI=",
            "AFTERGLOW_STATIC_ROOT": str(WORK / "static"),
        }
    )
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{db}")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def build_journal() -> tuple[object, list[tuple[datetime, str, str]]]:
    from afterglow.accounts.models import User
    from afterglow.clinics.models import Clinic, Patient
    from afterglow.journal.index import entry_tokens
    from afterglow.journal.models import Entry, EntryToken
    from afterglow.journal.vocab import EMOTIONS
    from afterglow.ops.words import WORDS, sentence

    rng = random.Random(SEED)
    clinic = Clinic.objects.create(name="Bench Clinic", slug="bench")
    user = User.objects.create_user(
        "bench@example.com", "bench password 2026", full_name="Bench Patient"
    )
    patient = Patient.objects.create(user=user, clinic=clinic)
    start = datetime(2016, 1, 1, 8, tzinfo=UTC)
    rows = []
    for n in range(ENTRIES):
        moment = start + timedelta(hours=8 * n + rng.randint(0, 6))
        title = " ".join(rng.choice(WORDS) for _ in range(3)).capitalize()
        body = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
        rows.append((moment, title, body))
    for chunk in range(0, ENTRIES, 1000):
        entries = [
            Entry(
                patient=patient,
                title=title,
                body=body,
                created_at=moment,
                written_on=moment.date(),
                emotions=[rng.choice(EMOTIONS)[0]],
            )
            for moment, title, body in rows[chunk : chunk + 1000]
        ]
        Entry.objects.bulk_create(entries)
        EntryToken.objects.bulk_create(
            EntryToken(entry=e, token=t) for e in entries for t in entry_tokens(e)
        )
    return user, rows


def analyze() -> None:
    """PostgreSQL plans from statistics; a live database has them (autovacuum), a database
    filled a moment ago does not. Gather them as the running system would have."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def timed(fn, runs: int) -> list[float]:
    for _ in range(5):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure_afterglow(user: object) -> dict[str, list[float]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    queries = {}

    def page(url: str):
        def run():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        with CaptureQueriesContext(connection) as ctx:
            run()
        queries[url] = len(ctx.captured_queries)
        return run

    counter = iter(range(10**6))

    def add():
        response = client.post(
            "/journal/new/",
            {"body": f"A new entry {next(counter)} about the river and the morning light."},
        )
        assert response.status_code == 302

    results = {
        "Journal list (page 1 of 10,000)": timed(page("/journal/"), RUNS),
        'Search one word ("ocean")': timed(page("/journal/?q=ocean"), RUNS),
        'Search two words ("sister garden")': timed(page("/journal/?q=sister+garden"), RUNS),
        "Search by emotion (grief)": timed(page("/journal/?emotion=grief"), RUNS),
        "Add an entry": timed(add, RUNS),
    }
    return results, queries


JRNL_CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {path}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def measure_jrnl(rows: list[tuple[datetime, str, str]]) -> tuple[list[float], int] | None:
    venv = WORK / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if not jrnl.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "jrnl==4.6"], check=True)
    text = WORK / "journal.txt"
    with text.open("w") as f:
        for moment, title, body in rows:
            f.write(f"[{moment:%Y-%m-%d %H:%M}] {title}\n{body}\n\n")
    config = WORK / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(path=text))
    command = [str(jrnl), "--config-file", str(config), "-contains", "ocean", "--format", "short"]
    env = {**os.environ, "HOME": str(WORK), "XDG_CONFIG_HOME": str(WORK)}
    found = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    return times, len([line for line in found.stdout.splitlines() if line.strip()])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {sys.version.split()[0]}"


def main() -> None:
    setup_django()
    from django.db import connection

    t0 = time.perf_counter()
    user, rows = build_journal()
    built = time.perf_counter() - t0
    analyze()
    results, queries = measure_afterglow(user)
    jrnl = measure_jrnl(rows)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from caseload_bench import measure as measure_caseload

    extra = measure_caseload(timed, pct)
    from server_bench import measure_server

    extra += measure_server()
    write_report(results, queries, jrnl, built, connection.vendor, extra)


TARGETS = {"Journal list (page 1 of 10,000)": 30, "Add an entry": 20}


def write_report(results, queries, jrnl, built, vendor, extra) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Figures from `make bench` on this project's machine; rerun it to refresh them.",
        "",
        f"- Machine: {machine()}",
        f"- Database: {vendor} (fresh, built by the benchmark)",
        f"- Journal: {ENTRIES:,} entries of one patient (fixed seed), bodies, titles and "
        f"emotions encrypted, search index built; built in {built:.1f} s",
        f"- Method: each request runs in-process through Django's whole middleware stack "
        f"(session, sign-in, access checks, queries, decryption, template), {RUNS} times "
        "after 5 warm-up requests; server time, no network.",
        "",
        "## Journal",
        "",
        "| what | p50 ms | p95 ms | p99 ms | target p95 | queries |",
        "|---|---|---|---|---|---|",
    ]
    urls = list(queries)
    for i, (name, values) in enumerate(results.items()):
        target = TARGETS.get(name, 50)
        q = queries[urls[i]] if i < len(urls) else "—"
        status = "met" if pct(values, 95) <= target else "**missed**"
        lines.append(
            f"| {name} | {pct(values, 50):.1f} | {pct(values, 95):.1f} | "
            f"{pct(values, 99):.1f} | ≤ {target} ({status}) | {q} |"
        )
    search = results['Search one word ("ocean")']
    if jrnl:
        times, hits = jrnl
        ratio = statistics.median(times) / statistics.median(search)
        lines += [
            "",
            "## The same search in jrnl",
            "",
            f"jrnl 4.6 (PyPI), the same {ENTRIES:,} entries in its plain-text format, "
            "`jrnl -contains ocean --format short`, 10 runs of the command:",
            "",
            "| | p50 ms | p95 ms |",
            "|---|---|---|",
            f"| jrnl (whole command: start, parse, search) | {statistics.median(times):.0f} | "
            f"{pct(times, 95):.0f} |",
            f"| Afterglow (search page, server time) | {statistics.median(search):.1f} | "
            f"{pct(search, 95):.1f} |",
            "",
            f"Afterglow answers the same search {ratio:.0f}× faster (median against median). "
            f"jrnl found {hits} lines of output. jrnl reads and parses the whole file on "
            "every search; Afterglow looks up keyed word hashes in an index "
            '(docs/architecture.md, "Journal search") and decrypts only the page it shows.',
        ]
    lines += extra
    out = ROOT / "docs" / "benchmarks.md"
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
