"""Caseload benchmark: a clinician with 50 and then 200 patients, each with a believable
history (plan, sessions, questionnaires, a shared entry, some flags). Run by bench/run.py."""

import gc
import os
import random
import uuid
from datetime import date, timedelta

RUNS = 100
COUNTS = [int(n) for n in os.environ.get("BENCH_CASELOAD", "1000").split(",") if n.strip()]


def build(count: int, clinician, clinic, rng: random.Random) -> None:
    from django.utils import timezone

    from afterglow.accounts.models import User
    from afterglow.careteam import summary
    from afterglow.clinics.models import CareTeamMember, Patient
    from afterglow.journal.models import Entry
    from afterglow.outcomes.models import Response
    from afterglow.safety.models import Flag
    from afterglow.treatments.models import MaintenancePlan, Protocol, TreatmentSession

    now = timezone.now()
    iv = Protocol.objects.get(clinic=clinic, key="iv-boosters")
    start = Patient.objects.filter(clinic=clinic).count()
    for n in range(start, count):
        user = User.objects.create(email=f"p{n}@bench.example", full_name=f"Patient {n:03d}")
        patient = Patient.objects.create(user=user, clinic=clinic)
        CareTeamMember.objects.create(patient=patient, clinician=clinician)
        MaintenancePlan.objects.create(
            patient=patient, protocol=iv, start_date=date.today() - timedelta(days=200)
        )
        sessions = [
            TreatmentSession(
                patient=patient,
                modality="iv",
                status="completed",
                starts_at=now - timedelta(days=d),
                ends_at=now - timedelta(days=d, minutes=-50),
            )
            for d in (200, 198, 195, 192, 188, 184, 156, 128, 100, 72, 44, 16)
        ]
        TreatmentSession.objects.bulk_create(sessions)
        Response.objects.bulk_create(
            Response(
                patient=patient,
                instrument=code,
                answers=[1] * items,
                total=total,
                band="mild",
                nonce=uuid.uuid4(),
                created_at=now - timedelta(days=d),
            )
            for d in range(0, 180, 14)
            for code, items, total in (("phq9", 9, 9), ("gad7", 7, 7))
        )
        Entry.objects.create(
            patient=patient,
            body="A shared note",
            written_on=date.today(),
            shared_at=now if rng.random() < 0.3 else None,
        )
        summary.refresh([patient.pk])  # as the app does on each write; bulk_create sends none
        if rng.random() < 0.1:
            Flag.objects.create(
                patient=patient,
                kind="worsening",
                severity="attention",
                reasons=["phq9_up_5"],
                source_type="bench",
                source_id=str(n),
            )


def measure(pct) -> list[str]:
    """The caseload at CASELOAD patients, interleaved with the minimal signed-in request."""
    import time

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from afterglow.accounts.models import User
    from afterglow.careteam import summary
    from afterglow.clinics.models import Clinic, Membership
    from afterglow.testing.people import sign_in

    rng = random.Random(7)
    clinic = Clinic.objects.create(name="Caseload Bench", slug="caseload-bench")
    clinician = User.objects.create_user(
        "clinician@bench.example", "bench password 2026", full_name="Bench Clinician"
    )
    Membership.objects.create(user=clinician, clinic=clinic, role="clinician")
    client = sign_in(Client(), clinician)
    lines = [
        "",
        "## Caseload at scale",
        "",
        "A clinician's caseload page, every patient with a plan, 12 sessions, 26 "
        f"questionnaires, a journal entry and some flags; {RUNS} rounds, each requesting the "
        "minimal signed-in request and the caseload in a shuffled order.",
        "",
        "| patients | p50 ms | p95 ms | × minimal (p50) | target p95 | queries |",
        "|---|---|---|---|---|---|",
    ]
    for count in COUNTS:
        build(count, clinician, clinic, rng)
        assert summary.drift() == [], "the caseload summaries must match the records"
        from run import analyze

        analyze()
        gc.collect()
        gc.freeze()
        pages = {"minimal": "/accounts/session/", "caseload": "/caseload/"}
        for url in pages.values():
            assert client.get(url).status_code in (200, 204)
        with CaptureQueriesContext(connection) as ctx:
            client.get("/caseload/")
        queries = len(ctx.captured_queries)
        times: dict[str, list[float]] = {k: [] for k in pages}
        for _ in range(RUNS):
            order = list(pages.items())
            rng.shuffle(order)
            for name, url in order:
                t0 = time.perf_counter()
                assert client.get(url).status_code in (200, 204)
                times[name].append((time.perf_counter() - t0) * 1000)
        values = times["caseload"]
        ok = pct(values, 95) <= 50
        lines.append(
            f"| {count:,} | {pct(values, 50):.1f} | {pct(values, 95):.1f} | "
            f"{pct(values, 50) / pct(times['minimal'], 50):.1f}× | "
            f"≤ 50 ({'met' if ok else '**missed**'}) | {queries} |"
        )
    return lines
