"""Voice notes: upload and playback of a 10-minute note, time and peak memory of the web
process. Run with ``.venv/bin/python bench/voice_bench.py`` (``make bench`` runs it too).

In-process through Django's full middleware stack (the test client), in a fresh SQLite
database and voice folder under var/bench/voice/. The note is 10 minutes of Opus at 64 kbit/s
(4.8 MB; MediaRecorder's default is about 32-64 kbit/s) sent in the browser's 256 KiB pieces.
Peak memory is what Python allocated during each step (tracemalloc), next to the note's size:
a note that sat whole in memory would show a peak above 4.8 MB. Writes docs/benchmarks-voice.md.
"""

import gc
import os
import platform
import shutil
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench" / "voice"
SECONDS = int(os.environ.get("BENCH_VOICE_SECONDS", "600"))
BYTES_PER_SECOND = 8000  # 64 kbit/s
PIECE = 256 * 1024
WEBM_HEAD = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01"
    b"\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm"
)


def setup_django() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
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
            "AFTERGLOW_VOICE_ROOT": str(WORK / "audio"),
            "DATABASE_URL": f"sqlite:///{WORK / 'voice.sqlite3'}",
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def patient_client() -> Any:
    from django.test import Client

    from afterglow.accounts.models import User
    from afterglow.clinics.models import Clinic, Patient

    clinic = Clinic.objects.create(name="Bench Clinic", slug="bench")
    user = User.objects.create_user("voice@bench.example", "bench password 2026", full_name="V")
    Patient.objects.create(user=user, clinic=clinic)
    client = Client()
    client.force_login(user)
    return client


def timed(step: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = step()
    return time.perf_counter() - started, result


def peak_of(step: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    step()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    setup_django()
    from django.urls import reverse

    client = patient_client()
    size = SECONDS * BYTES_PER_SECOND
    data = WEBM_HEAD + os.urandom(size - len(WEBM_HEAD))
    per_request: list[int] = []

    def send(note_id: uuid.UUID, index: int) -> None:
        response = client.post(
            reverse("voice:chunk", args=[note_id, index]),
            data=data[index * PIECE : (index + 1) * PIECE],
            content_type="application/octet-stream",
        )
        assert response.status_code == 200, response.content

    def upload(note_id: uuid.UUID, *, traced: bool = False) -> int:
        pieces = (size + PIECE - 1) // PIECE
        for index in range(pieces):
            if traced:
                per_request.append(peak_of(lambda i=index: send(note_id, i)))
            else:
                send(note_id, index)
        done = client.post(reverse("voice:finish", args=[note_id]), {"duration_ms": SECONDS * 1000})
        assert done.status_code == 200
        return pieces

    def play(note_id: uuid.UUID, header: str | None = None) -> Callable[[], int]:
        def run() -> int:
            extra = {"HTTP_RANGE": header} if header else {}
            response = client.get(reverse("voice:audio", args=[note_id]), **extra)
            return sum(len(piece) for piece in response.streaming_content)

        return run

    # Warm up: URLs, templates and the detector's patterns load on the first request.
    send(uuid.uuid4(), 0)
    timed_note, traced_note = uuid.uuid4(), uuid.uuid4()
    elapsed, pieces = timed(lambda: upload(timed_note))
    upload(traced_note, traced=True)  # the same upload again, for memory (tracing slows it)
    rows = [(f"Upload ({pieces} pieces of 256 KiB)", elapsed, max(per_request))]
    for label, header, expected in (
        ("Play the whole note", None, size),
        ("Seek: the last half (Range bytes=N-)", f"bytes={size // 2}-", size - size // 2),
        ("Seek: 64 KiB in the middle", f"bytes={size // 2}-{size // 2 + 65535}", 65536),
    ):
        elapsed, count = timed(play(timed_note, header))
        assert count == expected
        rows.append((label, elapsed, peak_of(play(traced_note, header))))
    report(size, rows)


def report(size: int, rows: list[tuple[str, float, int]]) -> None:
    lines = [
        "# Voice notes: upload and playback of a 10-minute note",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, SQLite. Made by `bench/voice_bench.py`.",
        "",
        f"Note: {SECONDS} s at 64 kbit/s = {size / 1e6:.1f} MB, sent as the browser sends it.",
        "Time is wall-clock in this process through the full middleware stack (no network),",
        "measured without tracing. Peak memory is what Python allocated (tracemalloc) in a",
        "second, traced run, counting the test client's copy of the request or response too;",
        "for the upload, the highest of its requests, each from a collected heap (a request's",
        "objects form reference cycles that Python's collector frees every few requests).",
        "",
        "| step | time | peak memory |",
        "|---|---:|---:|",
    ]
    for label, elapsed, peak in rows:
        lines.append(f"| {label} | {elapsed * 1000:.0f} ms | {peak / 1e6:.2f} MB |")
    lines += [
        "",
        "Each piece is sealed and opened on its own (AES-GCM), so the peak stays near a few",
        "pieces' size whatever the note's length.",
    ]
    text = "\n".join(lines) + "\n"
    (ROOT / "docs" / "benchmarks-voice.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
